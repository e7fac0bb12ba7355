// The Firefox build in a real Firefox (Debian's firefox-esr, headless, WebDriver BiDi through
// puppeteer-core). As a clinic deploys it: `package:firefox`'s zip is force-installed by
// policies.json (ExtensionSettings) with the pilot settings ("3rdparty" managed storage); it
// captures a Meet fixture call served at meet.google.com, its background page classifies the
// clinician's utterances (no offscreen documents in Firefox), and the options page shows the
// settings locked. What works and what needs a workaround: scripts/lib/firefox-browser.ts.
//
// policies.json is read only at startup, from the distribution/ folder beside the Firefox binary;
// the test writes it there only if no policies.json exists yet (and it can: root), and removes it
// afterwards. Otherwise the add-on is installed over BiDi and the policy checks are skipped.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { buildFirefox } from '../../scripts/build-firefox';
import { packageFirefox } from '../../scripts/lib/packager';
import { FIREFOX, launchFirefox, type FirefoxHarness } from '../../scripts/lib/firefox-browser';
import { GECKO_ID } from '../../scripts/lib/firefox-manifest';
import { DIST, FIXTURES, FIXTURE_ORIGINS, ROOT } from './harness';

// The pilot kit's policy (docs/PILOT.md step 3), as Firefox's policies.json carries it.
const PILOT_POLICY = JSON.parse(readFileSync(join(ROOT, 'docs/policy-examples/pilot.json'), 'utf8')) as Record<string, unknown>;
const hasFirefox = existsSync(FIREFOX);
const hasDist = existsSync(join(DIST, 'manifest.json'));
const policyDir = hasFirefox ? join(dirname(realpathSync(FIREFOX)), 'distribution') : '';
const policyFile = join(policyDir, 'policies.json');
const systemPolicy = ['/etc/firefox-esr/policies/policies.json', '/etc/firefox/policies/policies.json'].some(existsSync);
const skipReason = !hasFirefox
  ? ` (skipped: no Firefox at ${FIREFOX}; \`bash scripts/setup.sh\` installs firefox-esr)`
  : !hasDist
    ? ' (skipped: dist/ absent, run `npx vite build` first)'
    : '';

async function feedRows(panel: Page) {
  return panel.evaluate(() =>
    Array.from(document.querySelectorAll('.ac-feed li[data-role]')).map((li) => ({
      role: li.getAttribute('data-role'),
      text: li.querySelector('.ac-text')?.textContent ?? '',
      label: li.getAttribute('data-label'),
    })),
  );
}

async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    v = await fn();
  }
  return v;
}

describe.skipIf(!hasFirefox || !hasDist)(`Firefox add-on in firefox-esr${skipReason}`, () => {
  let tmp: string;
  let ff: FirefoxHarness;
  let wrotePolicy = false;

  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ac-firefox-'));
    const addon = join(tmp, 'dist-firefox');
    buildFirefox(DIST, addon);
    const xpi = packageFirefox({ srcDir: addon, outDir: join(tmp, 'release') }).zipPath;
    if (!existsSync(policyFile) && !systemPolicy) {
      try {
        mkdirSync(policyDir, { recursive: true });
        writeFileSync(
          policyFile,
          JSON.stringify({
            policies: {
              ExtensionSettings: { [GECKO_ID]: { installation_mode: 'force_installed', install_url: pathToFileURL(xpi).href } },
              '3rdparty': { Extensions: { [GECKO_ID]: PILOT_POLICY } },
            },
          }),
        );
        wrotePolicy = true;
      } catch {
        // not root: installed over BiDi below, policy checks skipped
      }
    }
    ff = await launchFirefox({ origins: FIXTURE_ORIGINS, ...(wrotePolicy ? {} : { addonDir: addon }) });
  });
  afterAll(async () => {
    await ff?.close();
    if (wrotePolicy) rmSync(policyFile, { force: true });
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('captures a Meet call and the background page labels the clinician utterances', async () => {
    const call = await ff.openCall('https://meet.google.com/abc-defg-hij', FIXTURES);
    const options = await ff.openExtensionPage('src/entries/options/index.html');
    const tabId = await until(
      () =>
        options.evaluate(async () => {
          const all = (await (globalThis as any).browser.storage.session.get(null)) as Record<string, { platform?: string; tabId?: number }>;
          return Object.values(all).find((c) => c.platform === 'meet')?.tabId ?? null;
        }),
      (v) => v !== null,
      20_000,
    );
    expect(tabId).not.toBeNull();
    const panel = await ff.openExtensionPage(`src/entries/sidepanel/index.html?tab=${tabId}`);
    // A background tab's timers are throttled to 1 s: the call tab plays in front, as it would.
    await call.bringToFront();
    const want = (await call.evaluate(async () => {
      const f = (window as any).__fixture;
      await f.play(f.scripts.basic, { wordMs: 15, stepMs: 60 });
      return f.expected(f.scripts.basic);
    })) as Array<{ text: string; self: boolean }>;
    const clinicianLines = want.filter((w) => w.self).length;
    const rows = await until(
      () => feedRows(panel),
      (r) => r.length >= want.length && r.filter((x) => x.role === 'clinician' && x.label).length >= clinicianLines,
      30_000,
    );
    expect(rows.map((r) => r.text)).toEqual(want.map((w) => w.text));
    expect(rows.filter((r) => r.role === 'clinician' && r.label).length).toBe(clinicianLines);
    expect(rows.filter((r) => r.role !== 'clinician' && r.label)).toEqual([]);
    expect(ff.egress).toEqual([]);
  });

  it('was force-installed by policies.json and shows its 3rdparty values locked', async (ctx) => {
    if (!wrotePolicy) ctx.skip();
    expect(await ff.installSource()).toBe('enterprise-policy');
    const options = await ff.openExtensionPage('src/entries/options/index.html');
    const read = () =>
      options.evaluate(() => ({
        retention: document.querySelector('[data-setting="retentionDays"]')?.getAttribute('data-locked') ?? null,
        coaching: document.querySelector('[data-setting="coachingEnabled"]')?.getAttribute('data-locked') ?? null,
        support: document.querySelector('[data-support]')?.textContent ?? '',
      }));
    const got = await until(read, (v) => v.retention === 'true', 15_000);
    expect(got.retention).toBe('true');
    expect(got.coaching).not.toBe('true');
    expect(got.support).toContain(String(PILOT_POLICY.supportContact));
  });
});
