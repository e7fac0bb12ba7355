// A clinic's policy, delivered the real way: a JSON file in Chromium's managed policy directory with
// the `3rdparty.extensions.<id>` form. The extension must read it, obey it (clinician names decide
// who is the clinician on Teams) and show those settings locked. Chromium itself drops a value that
// fails managed_schema.json, so a wrong-typed value must simply not take effect (the extension's own
// "ignored value" report covers browsers that do not validate, such as Firefox: unit-tested).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious } from './axe';
import { haveBrowser, launch, type Harness } from './harness';
import { canWritePolicy, policyFile, policySeen } from './policy-file';

const policy = policyFile('alliance-coach-e2e');

describe.skipIf(!haveBrowser() || !canWritePolicy)('clinic policy (real Chromium managed policy file)', () => {
  let h: Harness;
  beforeAll(async () => {
    policy.setExtension({
      clinicianNames: ['Dr. Alice Smith'],
      supportContact: 'Clinic IT desk, ext. 4242',
      retentionDays: 14,
      nudgeIntervalSec: 'often', // wrong type: must be ignored and reported, not fatal
    });
    h = await launch();
    await policySeen(await h.serviceWorker(), (m) => 'supportContact' in m);
  });
  afterAll(async () => {
    await h?.close();
    policy.remove();
  });

  it('shows clinic-set values locked, the support contact, and never applies the bad value', async () => {
    const options = await h.openExtensionPage('src/entries/options/index.html');
    const names = options.locator('[data-setting="clinicianNames"]');
    await expect.poll(() => names.getAttribute('data-locked')).toBe('true');
    expect(await names.textContent()).toContain('Set by your organisation');
    expect(await options.locator('[data-setting="retentionDays"]').getAttribute('data-locked')).toBe('true');
    // Not set by policy: stays editable.
    expect(await options.locator('[data-setting="coachingEnabled"]').getAttribute('data-locked')).not.toBe('true');
    expect(await options.locator('[data-support]').textContent()).toContain('Clinic IT desk, ext. 4242');
    const nudge = options.locator('[data-setting="nudgeIntervalSec"]');
    expect(await nudge.getAttribute('data-locked')).toBeNull();
    expect(await nudge.locator('input').inputValue()).toBe('60');
    // The locked notes must stay readable: a faded row once took them below WCAG AA contrast.
    expect(await axeSerious(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(options)).toEqual([]);
  });

  it('obeys the policy: the clinic-named speaker is the clinician on a Teams call', async () => {
    const call = await h.openCall('https://teams.microsoft.com/v2/');
    const tabId = await h.tabIdFor('teams');
    const panel = await h.openPanel(tabId);
    await call.evaluate(() => (window as any).__fixture.play((window as any).__fixture.scripts.basic, { wordMs: 15, stepMs: 50 }));
    const feed = panel.locator('.ac-feed');
    await expect.poll(() => feed.locator('[data-role="clinician"]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const speakers = await feed.locator('[data-role="clinician"] .ac-speaker').allTextContents();
    expect(new Set(speakers)).toEqual(new Set(['Dr. Alice Smith']));
  });
});
