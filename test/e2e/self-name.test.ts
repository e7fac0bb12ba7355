// On Teams your own captions carry your display name. Without it in the options the panel asks
// "Which speaker is you?"; picking a speaker re-roles the whole call, labels that speaker's
// utterances, and remembers the name for the next call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

describe.skipIf(!haveBrowser())('choosing "this speaker is me" in the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('re-roles and labels the call, and remembers the name', async () => {
    const call = await h.openCall('https://teams.live.com/v2/');
    const tabId = await h.tabIdFor('teams');
    const panel = await h.openPanel(tabId);
    await call.evaluate(() => (window as any).__fixture.play((window as any).__fixture.scripts.basic, { wordMs: 15, stepMs: 50 }));
    const feed = panel.locator('.ac-feed');
    const choice = panel.locator('[data-self-choice="Dr. Alice Smith"]');
    await expect.poll(() => choice.count(), { timeout: 20_000 }).toBe(1);
    expect(await feed.locator('[data-role="clinician"]').count()).toBe(0);

    await choice.click();
    await expect.poll(() => feed.locator('[data-role="clinician"][data-label]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(new Set(await feed.locator('[data-role="clinician"] .ac-speaker').allTextContents())).toEqual(new Set(['Dr. Alice Smith']));
    expect(await feed.locator('[data-role="patient"] .ac-speaker').first().textContent()).not.toBe('Dr. Alice Smith');
    expect(await panel.locator('[data-self-picker]').count()).toBe(0);

    const sw = await h.serviceWorker();
    const stored = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { clinicianNames?: string[] });
    expect(stored.clinicianNames).toContain('Dr. Alice Smith');
  });
});
