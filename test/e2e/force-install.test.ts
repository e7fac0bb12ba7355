// A clinic's deployment, end to end, the way IT does it: `npm run package` signs a CRX with the
// clinic's key and writes update.xml; both are served by an update server (here a local HTTP server
// on 127.0.0.1 that this test starts and stops); a Chromium policy file force-installs the extension
// from that update URL and fixes some of its settings (3rdparty policy for the key's id). Chromium
// is started with NO --load-extension: the extension must install itself, under the key's id, show
// the clinic's settings locked and capture a (routed) Meet call. Then a new version is packed and
// served, an update check is asked for (chrome://extensions › Update, as IT would do to roll out at
// once) and Chromium must install it, keeping the stored call. Last, the extension is taken off the
// force-install list: Chromium must uninstall it, and a reinstall must start with no calls.
//
// The signing key is generated here, in the OS temp dir, and deleted afterwards: never committed.
// The policy file has a name of its own and is removed in afterAll (Chromium watches the directory,
// so it must stay while the browser runs).
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, ROOT, haveBrowser, launch, type Harness } from './harness';
import { FAST, feed, play } from './panel-feed';
import { canWritePolicy, EXTENSION_ID, policyFile } from './policy-file';

const policy = policyFile('alliance-coach-force-install-e2e');
const MEET = 'https://meet.google.com/abc-defg-hij';
// The pilot kit's own policy (docs/PILOT.md step 3), exactly as a clinic would deploy it.
const PILOT_POLICY = JSON.parse(readFileSync(join(ROOT, 'docs/policy-examples/pilot.json'), 'utf8')) as Record<string, unknown>;

/** 0.1.0 -> 0.1.0.1, 1.2.3.4 -> 1.2.3.5: a higher Chrome version for the same code. */
function bumpVersion(v: string): string {
  const parts = v.split('.').map(Number);
  if (parts.length < 4) parts.push(1);
  else parts[3]! += 1;
  return parts.join('.');
}

/** `npm run package` (the CLI itself) on a dist, with the test key and the local codebase. */
function pack(dist: string, out: string, keyFile: string, codebase: string): { id: string; version: string } {
  const r = spawnSync('npx', ['tsx', 'scripts/package.ts', '--dist', dist, '--out', out, '--key', keyFile, '--codebase', codebase], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ALLIANCE_CRX_KEY_FILE: '' },
  });
  if (r.status !== 0) throw new Error(`npm run package failed: ${r.stderr}${r.stdout}`);
  const id = /^id:\s+([a-p]{32})$/m.exec(r.stdout)?.[1];
  const version = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).version as string;
  if (!id) throw new Error(`no id in package output: ${r.stdout}`);
  return { id, version };
}

async function versionOfRunningExtension(h: Harness, id: string): Promise<string | null> {
  for (const w of h.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${id}/`))) {
    try {
      return await w.evaluate(() => chrome.runtime.getManifest().version);
    } catch {
      // a worker of the old version going away
    }
  }
  return null;
}

describe.skipIf(!haveBrowser() || !canWritePolicy)('force-install from a local update server (real Chromium policy)', () => {
  let tmp: string;
  let keyFile: string;
  let server: Server;
  let codebase: string;
  let serving: string; // the release directory the update server answers from
  const requests: string[] = [];
  let v1: { id: string; version: string };
  let h: Harness;
  let callId: string;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ac-force-install-'));
    keyFile = join(tmp, 'clinic-test-key.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });

    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      requests.push(path);
      const file = join(serving, basename(path));
      if (!(path === '/update.xml' || path.endsWith('.crx')) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type = path.endsWith('.crx') ? 'application/x-chrome-extension' : 'text/xml';
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(readFileSync(file));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    codebase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    serving = join(tmp, 'release-1');
    v1 = pack(DIST, serving, keyFile, codebase);
    writePolicy(true);
    h = await launch({ forceInstalledId: v1.id, serviceWorkerTimeoutMs: 60_000 });
  });

  /** The clinic's policy file; `forced` false is "take it off the force-install list". */
  function writePolicy(forced: boolean): void {
    policy.write({
      ...(forced ? { ExtensionInstallForcelist: [`${v1.id};${codebase}update.xml`] } : {}),
      // Off-store installs only from our update server, and only ordinary extensions.
      ExtensionInstallSources: [`${codebase}*`],
      ExtensionAllowedTypes: ['extension'],
      // Test-only: Chromium's default (0) bars DevTools, and so CDP and playwright, from
      // policy-installed extensions: their pages close on navigation and their worker is
      // invisible. A clinic leaves this at its default.
      DeveloperToolsAvailability: 1,
      '3rdparty': { extensions: { [v1.id]: PILOT_POLICY } },
    });
  }

  afterAll(async () => {
    await h?.close();
    policy.remove();
    server?.closeAllConnections();
    await new Promise((ok) => (server ? server.close(() => ok(undefined)) : ok(undefined)));
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('installs by itself from the update URL, under the id of the signing key', async () => {
    expect(h.extensionId).toBe(v1.id);
    expect(v1.id).not.toBe(EXTENSION_ID); // the test key, not the project's
    expect(requests).toContain('/update.xml');
    expect(requests).toContain(`/alliance-coach-${v1.version}.crx`);
    const sw = await h.serviceWorker();
    expect(await sw.evaluate(() => chrome.runtime.getManifest().version)).toBe(v1.version);
    // Installed by policy: the user cannot remove or disable it.
    const options = await h.openExtensionPage('src/entries/options/index.html');
    const locked = (k: string) => options.locator(`[data-setting="${k}"]`).getAttribute('data-locked');
    await expect.poll(() => locked('retentionDays'), { timeout: 20_000 }).toBe('true');
    // Every key of the pilot policy that has a row on the options page is locked.
    const rows = await options.locator('[data-setting]').evaluateAll((els) => els.map((e) => e.getAttribute('data-setting')));
    const policyRows = Object.keys(PILOT_POLICY).filter((k) => rows.includes(k));
    expect(policyRows.length).toBeGreaterThanOrEqual(5);
    for (const k of policyRows) expect(await locked(k), k).toBe('true');
    expect(await options.locator('[data-setting="nudgeIntervalSec"]').textContent()).toContain('Set by your organisation');
    expect(await locked('coachingEnabled')).not.toBe('true');
    expect(await options.locator('[data-support]').textContent()).toContain(String(PILOT_POLICY.supportContact));
    await options.close();
  });

  it('captures a Meet call and stores it when the call ends', async () => {
    const call = await h.openCall(MEET);
    const tabId = await h.tabIdFor('meet');
    const panel = await h.openPanel(tabId);
    const want = await play(call, 'basic', undefined, FAST);
    await expect.poll(async () => (await feed(panel)).map((r) => r.text), { timeout: 20_000 }).toEqual(want.map((w) => w.text));
    const sw = await h.serviceWorker();
    callId = await sw.evaluate(async (id) => ((await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { callId: string }).callId, tabId);
    await play(call, 'callEnd', undefined, FAST);
    const summary = await h.openExtensionPage('src/entries/summary/index.html');
    await expect
      .poll(async () => { await summary.reload(); return summary.locator(`li[data-call-id="${callId}"]`).count(); }, { timeout: 15_000 })
      .toBe(1);
    for (const p of [call, panel, summary]) await p.close();
  });

  it('updates to a newer version from the same server on an update check and keeps the stored call', async () => {
    const dist2 = join(tmp, 'dist-2');
    cpSync(DIST, dist2, { recursive: true, filter: (src) => !/[\\/]\.[^\\/]+$/.test(src) });
    const manifest = JSON.parse(readFileSync(join(dist2, 'manifest.json'), 'utf8'));
    manifest.version = bumpVersion(manifest.version);
    writeFileSync(join(dist2, 'manifest.json'), JSON.stringify(manifest));
    const release2 = join(tmp, 'release-2');
    const v2 = pack(dist2, release2, keyFile, codebase);
    expect(v2.id).toBe(v1.id);
    serving = release2; // the update server now offers the new version
    const before = requests.length;

    // Chromium's own schedule checks every few hours (and installs an update only when the
    // extension is idle, which the classifier's offscreen document rarely is); even with
    // --extensions-update-frequency=5 no check came within 40 s here. chrome://extensions "Update"
    // (developer mode) checks now and installs at once: what IT does to roll out early.
    const ext = await h.context.newPage();
    await ext.goto('chrome://extensions');
    await ext.locator('#devMode').click();
    await ext.locator('#updateNow').click();
    await expect.poll(() => versionOfRunningExtension(h, v1.id), { timeout: 60_000, interval: 1_000 }).toBe(v2.version);
    expect(requests.slice(before)).toContain(`/alliance-coach-${v2.version}.crx`);
    await ext.close();

    const summary: Page = await h.openExtensionPage('src/entries/summary/index.html');
    const item = summary.locator(`li[data-call-id="${callId}"]`);
    await expect.poll(async () => { await summary.reload(); return item.count(); }, { timeout: 15_000 }).toBe(1);
    await item.locator('button[data-action="open"]').click();
    // Still decryptable after the update: the per-call keys survived with the data.
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('Thank you, goodbye.');
    // The policy still applies to the updated extension.
    const options = await h.openExtensionPage('src/entries/options/index.html');
    await expect.poll(() => options.locator('[data-setting="retentionDays"]').getAttribute('data-locked'), { timeout: 10_000 }).toBe('true');
    expect(h.egress).toEqual([]);
  });

  it('taken off the force-install list, it is uninstalled with all its data', async () => {
    const installed = () =>
      h.context.newPage().then(async (p) => {
        const ok = await p
          .goto(`chrome-extension://${v1.id}/src/entries/options/index.html`)
          .then(() => p.evaluate(() => typeof chrome !== 'undefined' && !!chrome.runtime?.id), () => false)
          .catch(() => false);
        await p.close();
        return ok;
      });
    expect(await installed()).toBe(true);
    writePolicy(false); // Chromium watches the policy directory
    await expect.poll(installed, { timeout: 60_000, interval: 1_000 }).toBe(false);
    // Put back: it installs afresh, with no calls from before.
    const before = requests.length;
    writePolicy(true);
    await expect.poll(installed, { timeout: 60_000, interval: 1_000 }).toBe(true);
    expect(requests.slice(before)).toContain('/update.xml');
    const summary = await h.openExtensionPage('src/entries/summary/index.html');
    await expect.poll(() => summary.evaluate(() => document.readyState), { timeout: 10_000 }).toBe('complete');
    await new Promise((r) => setTimeout(r, 1_000)); // the list loads from IndexedDB
    expect(await summary.locator('.call-list .empty').count()).toBe(1);
    expect(await summary.locator(`li[data-call-id="${callId}"]`).count()).toBe(0);
    expect(await summary.locator('li[data-call-id]').count()).toBe(0);
  });
});
