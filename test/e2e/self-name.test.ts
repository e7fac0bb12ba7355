// Who is who, live. On a Teams page where your name shows nowhere (no profile, no self tile), your
// own captions carry a name the extension cannot know: the panel asks "Which speaker is you?";
// picking a speaker re-roles the whole call, labels that speaker's utterances, and remembers the
// name for the next call. Any speaker can then be corrected live (patient / interpreter / family),
// which relabels the call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { openDetails } from './panel-feed';

describe.skipIf(!haveBrowser())('choosing "this speaker is me" and correcting roles in the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('re-roles and labels the call, remembers the name, and takes live corrections', async () => {
    const call = await h.openCall('https://teams.live.com/v2/');
    const tabId = await h.tabIdFor('teams');
    const panel = await h.openPanel(tabId);
    await call.evaluate(() => {
      const f = (window as any).__fixture;
      return f.play({ ...f.scripts.basic, setup: { ...(f.scripts.basic.setup ?? {}), selfMarkers: false } }, { wordMs: 15, stepMs: 50 });
    });
    await openDetails(panel);
    const feed = panel.locator('.ac-feed');
    const choice = panel.locator('[data-self-choice="Dr. Alice Smith"]');
    await expect.poll(() => choice.count(), { timeout: 20_000 }).toBe(1);
    expect(await feed.locator('[data-role="clinician"]').count()).toBe(0);

    await choice.click();
    await expect.poll(() => feed.locator('[data-role="clinician"][data-label]').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(new Set(await feed.locator('[data-role="clinician"] .ac-speaker').allTextContents())).toEqual(new Set(['Dr. Alice Smith']));
    expect(await feed.locator('[data-role="patient"] .ac-speaker').first().textContent()).not.toBe('Dr. Alice Smith');
    expect(await panel.locator('[data-self-picker]').count()).toBe(0);
    expect(await panel.locator('[data-self-check]').count()).toBe(0); // picked = confirmed

    const sw = await h.serviceWorker();
    const stored = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { clinicianNames?: string[] });
    expect(stored.clinicianNames).toContain('Dr. Alice Smith');

    // Live correction: the patient was really an interpreter; the whole call is relabelled.
    await openDetails(panel);
    const patient = (await feed.locator('[data-role="patient"] .ac-speaker').first().textContent())!;
    await panel.locator(`select[data-speaker-role="${patient}"]`).selectOption('interpreter');
    await expect.poll(() => feed.locator('[data-role="patient"]').count(), { timeout: 20_000 }).toBe(0);
    expect(new Set(await feed.locator('[data-role="other"] .ac-speaker').allTextContents())).toContain(patient);
    expect(await panel.locator(`select[data-speaker-role="${patient}"]`).inputValue()).toBe('interpreter');
    // Nothing but the clinician's own name is ever stored.
    const after = await sw.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
    expect(Object.keys(after)).toEqual(['clinicianNames']);
    expect(after.clinicianNames).toEqual(['Dr. Alice Smith']);
  });
});
