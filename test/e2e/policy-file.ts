// A clinic's Chromium policy, laid down the real way: a JSON file in Chromium's managed policy
// directory. Chromium merges every file there and watches the directory, so each test file writes a
// file of its own name, keeps it while its browser runs (removing it withdraws the policy) and
// removes it in afterAll.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';

export const POLICY_DIR = '/etc/chromium/policies/managed';
/** The id the manifest's key gives the built extension (docs/ADMIN.md). */
export const EXTENSION_ID = 'hkpaneogcmnboopmmdfanfnlgapabgjc';

/** Whether this process can write the policy directory (root, as in CI); policy tests skip if not. */
export const canWritePolicy = (() => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    return true;
  } catch {
    return false;
  }
})();

export interface PolicyFile {
  readonly path: string;
  /** Writes the whole file: browser policies and, under `3rdparty`, extension settings. */
  write(policy: Record<string, unknown>): void;
  /** Writes only the extension's settings (`3rdparty.extensions.<id>`). */
  setExtension(values: Record<string, unknown>, id?: string): void;
  remove(): void;
}

/** The policy file `<name>.json` in POLICY_DIR. */
export function policyFile(name: string): PolicyFile {
  const path = `${POLICY_DIR}/${name}.json`;
  const write = (policy: Record<string, unknown>) => writeFileSync(path, JSON.stringify(policy));
  return {
    path,
    write,
    setExtension: (values, id = EXTENSION_ID) => write({ '3rdparty': { extensions: { [id]: values } } }),
    remove: () => rmSync(path, { force: true }),
  };
}

/**
 * Waits until the extension sees a policy that passes `check` (Chromium reads the directory
 * asynchronously at start-up and a few seconds after a change); throws if it never does.
 */
export async function policySeen(sw: Worker, check: (managed: Record<string, unknown>) => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const managed = (await sw.evaluate(() => chrome.storage.managed.get(null))) as Record<string, unknown>;
    if (check(managed)) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('policy not seen by the extension');
}
