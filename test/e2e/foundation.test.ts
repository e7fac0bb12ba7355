// The ground everything stands on: the built extension loads in real Chromium with its fixed id,
// the content script runs on a routed Meet URL, and what it captures reaches the side panel page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

const MEET = 'https://meet.google.com/abc-defg-hij';

describe.skipIf(!haveBrowser())('foundation (built extension in Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('loads with the id fixed by the manifest key', () => {
    expect(h.extensionId).toBe('hkpaneogcmnboopmmdfanfnlgapabgjc');
  });

  it('runs the content script on a Meet call URL and delivers captions to the side panel', async () => {
    const call = await h.openCall(MEET);
    const tabId = await h.tabIdFor('meet'); // the content script said hello to the service worker
    const panel = await h.openPanel(tabId);
    await call.evaluate(() => (window as any).__fixture.play((window as any).__fixture.scripts.basic, { wordMs: 20, stepMs: 60 }));
    const feed = panel.locator('.ac-feed');
    const clinician = feed.locator('[data-role="clinician"]');
    const patient = feed.locator('[data-role="patient"]');
    await expect.poll(() => clinician.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => patient.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    await expect.poll(() => patient.allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('mostly at night')]),
    );
    // Clinician utterances come back labelled by the on-device model.
    await expect.poll(() => feed.locator('[data-role="clinician"][data-label]').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    expect(h.egress).toEqual([]);
  });
});
