// Findings 4, 5 and 10 on the built extension with a real Chromium managed-policy file (a name of its
// own, removed afterwards): the summary page follows policy changes while open; print obeys the same
// policy as export (no button, and paper shows only a notice or the de-identified view);
// enabledPlatforms is enforced on every content-script message, so a platform switched off mid-call
// stops being captured; a synthetic pagehide from the call page does not end the call.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { canWritePolicy, policyFile, policySeen } from './policy-file';

const PATIENT = 'Zebulon Quartermaine';
const policy = policyFile('alliance-coach-privacy-policy-e2e');
const setPolicy = (values: Record<string, unknown>) => policy.setExtension(values);

const liveCall = (sw: Worker, tabId: number) => sw.evaluate(async (id) => (await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { coach: { utterances: Array<{ text: string }> } } | undefined, tabId);

describe.skipIf(!haveBrowser() || !canWritePolicy)('privacy policy on the built extension (findings 4, 5, 10)', () => {
  let h: Harness;
  let sw: Worker;
  let summary: Page;

  beforeAll(async () => {
    setPolicy({ exportsAllowed: false, enabledPlatforms: ['meet', 'teams'] });
    h = await launch();
    sw = await h.serviceWorker();
    await policySeen(sw, (m) => m.exportsAllowed === false);
    // A clinician name the user picked earlier (user data, not policy): "Erase all" must forget it.
    await sw.evaluate(() => chrome.storage.local.set({ settings: { clinicianNames: ['Dr. Remembered Name'] } }));
  });
  afterAll(async () => {
    await h?.close();
    policy.remove();
  });

  it('a synthetic pagehide from the call page does not end the call (finding 10)', async () => {
    const call = await h.openCall('https://meet.google.com/pol-icye-two');
    const tabId = await h.tabIdFor('meet');
    await call.evaluate(async (patient) => {
      const f = (window as any).__fixture;
      await f.play({ steps: [f.scripts.basic.steps[0], { speaker: patient, text: 'Hello doctor, the cough is worse at night.' }] }, { wordMs: 8, stepMs: 40 });
    }, PATIENT);
    await expect.poll(async () => (await liveCall(sw, tabId))?.coach.utterances.length ?? 0, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await call.evaluate(() => {
      dispatchEvent(new Event('pagehide'));
      dispatchEvent(new Event('beforeunload'));
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await liveCall(sw, tabId)).toBeDefined();
    // Leave for real: the call is stored for the summary tests below.
    await call.evaluate(() => (window as any).__fixture.play({ steps: [{ do: 'leave' }] }, { stepMs: 0 }));
    await expect.poll(async () => (await liveCall(sw, tabId)) === undefined, { timeout: 20_000 }).toBe(true);
    await call.close();
  });

  it('exports off: no export or print button, and paper shows only a notice (finding 5)', async () => {
    summary = await h.openExtensionPage('src/entries/summary/index.html');
    await expect.poll(async () => { await summary.reload(); return summary.locator('li[data-call-id] button[data-action="open"]').count(); }, { timeout: 20_000 }).toBe(1);
    await summary.locator('button[data-action="open"]').click();
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain(PATIENT);
    expect(await summary.locator('[data-export]').count()).toBe(0);
    expect(await summary.locator('[data-action="print"]').count()).toBe(0);
    await summary.emulateMedia({ media: 'print' });
    expect(await summary.locator('[data-print="off"]').isVisible()).toBe(true);
    expect(await summary.locator('.call-summary').first().isVisible()).toBe(false);
    await summary.emulateMedia({ media: 'screen' });
  });

  it('the open summary page follows a policy change: de-identified only, and paper shows the de-identified view (findings 4, 5)', async () => {
    setPolicy({ exportsAllowed: true, deidentifiedExportsOnly: true, enabledPlatforms: ['meet', 'teams'] });
    await policySeen(sw, (m) => m.deidentifiedExportsOnly === true);
    // Same page, no reload.
    await expect.poll(() => summary.locator('[data-export]').count(), { timeout: 15_000 }).toBe(2);
    expect(await summary.locator('[data-export="json"]').count()).toBe(0);
    expect(await summary.locator('[data-action="print"]').count()).toBe(1);
    await summary.emulateMedia({ media: 'print' });
    const paper = summary.locator('[data-print="deidentified"]');
    expect(await paper.isVisible()).toBe(true);
    expect(await paper.locator('[data-deidentified="true"]').count()).toBe(1);
    const printed = (await paper.textContent()) ?? '';
    expect(printed).not.toContain(PATIENT.split(' ')[0]!);
    expect(printed).not.toContain('cough');
    expect(await summary.locator('.screen-only').isVisible()).toBe(false);
    await summary.emulateMedia({ media: 'screen' });
  });

  it('a platform switched off mid-call is not captured from then on (finding 4: every message is checked)', async () => {
    const call = await h.openCall('https://meet.google.com/pol-icye-thr');
    const tabId = await h.tabIdFor('meet');
    await call.evaluate(async () => {
      const f = (window as any).__fixture;
      await f.play({ steps: f.scripts.basic.steps.slice(0, 2) }, { wordMs: 8, stepMs: 40 });
    });
    await expect.poll(async () => (await liveCall(sw, tabId))?.coach.utterances.length ?? 0, { timeout: 15_000 }).toBe(2);
    setPolicy({ exportsAllowed: true, deidentifiedExportsOnly: true, enabledPlatforms: ['teams'] });
    await policySeen(sw, (m) => Array.isArray(m.enabledPlatforms) && !m.enabledPlatforms.includes('meet'));
    await call.evaluate(async () => {
      const f = (window as any).__fixture;
      await f.play({ steps: [{ speaker: 'Bob Jones', text: 'This line is spoken after Meet was switched off.' }, { speaker: 'Bob Jones', text: 'And so is this one.' }] }, { wordMs: 8, stepMs: 40 });
    });
    await new Promise((r) => setTimeout(r, 3000));
    const live = await liveCall(sw, tabId);
    expect(JSON.stringify(live ?? {})).not.toContain('switched off');
    expect(JSON.stringify(live ?? {})).not.toContain('so is this one');
  });

  it("\"keep only the clinician's lines\" set by policy: the stored call and its exports keep no patient text (issue 16)", async () => {
    setPolicy({ storeTranscript: true, clinicianLinesOnly: true, exportsAllowed: true, deidentifiedExportsOnly: false, enabledPlatforms: ['meet'] });
    await policySeen(sw, (m) => m.clinicianLinesOnly === true && Array.isArray(m.enabledPlatforms) && m.enabledPlatforms.includes('meet'));
    const call = await h.openCall('https://meet.google.com/pol-icye-fou');
    const tabId = await h.tabIdFor('meet');
    await call.evaluate(async (patient) => {
      const f = (window as any).__fixture;
      const [clin] = f.scripts.basic.steps;
      await f.play({ steps: [clin, { speaker: patient, text: 'My neighbour Ottoline feeds the parrots at dawn.' }, { ...clin, text: 'Would you try the new inhaler twice a day?' }, { do: 'leave' }] }, { wordMs: 8, stepMs: 40 });
    }, PATIENT);
    await expect.poll(async () => (await liveCall(sw, tabId)) === undefined, { timeout: 20_000 }).toBe(true);
    await call.close();
    // The record comes back from the real (encrypted) IndexedDB store through the summary page; it is
    // the newest call, first in the list once stored.
    const page = await h.openExtensionPage('src/entries/summary/index.html');
    await expect.poll(async () => {
      await page.reload();
      const open = page.locator('li[data-call-id] button[data-action="open"]').first();
      if (!(await open.waitFor({ timeout: 3000 }).then(() => true, () => false))) return '';
      await open.click();
      if (!(await page.locator('li.utterance').first().waitFor({ timeout: 3000 }).then(() => true, () => false))) return '';
      return (await page.locator('body').textContent()) ?? '';
    }, { timeout: 30_000 }).toContain('the new inhaler twice a day');
    const patientRow = page.locator('li.utterance.role-patient');
    expect(await patientRow.count()).toBe(1);
    expect(await patientRow.locator('.text').textContent()).toBe("(not kept: only the clinician's lines are kept for this call)");
    const body = (await page.locator('body').textContent()) ?? '';
    for (const phi of ['Ottoline', 'parrots', 'Zebulon', 'Quartermaine']) expect(body).not.toContain(phi);
    const get = async (which: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${which}"]`).click()]);
      return readFileSync((await d.path())!, 'utf8');
    };
    for (const which of ['json', 'markdown', 'json-deidentified', 'markdown-deidentified']) {
      const text = await get(which);
      expect(text, which).toMatch(/inhaler/);
      for (const phi of ['Ottoline', 'parrots', 'Zebulon', 'Quartermaine']) expect(text, which).not.toContain(phi);
    }
    expect(JSON.parse(await get('json'))).toMatchObject({ transcriptIncluded: true, patientTextIncluded: false });
    await page.close();
  });

  it('"Erase all" on the options page erases every call, its metrics-only rows and the remembered clinician names (findings 6, 7)', async () => {
    const options = await h.openExtensionPage('src/entries/options/index.html');
    // Metrics-only progress rows (their own IndexedDB, `alliance-progress`) go too: the calls above left some.
    const progressRows = () => options.evaluate(() => new Promise<number>((ok, fail) => {
      const q = indexedDB.open('alliance-progress');
      q.onerror = () => fail(q.error);
      q.onsuccess = () => {
        const db = q.result;
        if (!db.objectStoreNames.contains('metrics')) return ok(0);
        const c = db.transaction('metrics').objectStore('metrics').count();
        c.onsuccess = () => { db.close(); ok(c.result); };
      };
    }));
    expect(await progressRows()).toBeGreaterThan(0);
    await options.locator('button.danger').first().click();
    await options.locator('button.danger').first().click(); // the confirmation
    await expect
      .poll(async () => JSON.stringify(await sw.evaluate(() => chrome.storage.local.get('settings'))), { timeout: 10_000 })
      .not.toContain('Remembered');
    const fresh = await h.openExtensionPage('src/entries/summary/index.html');
    await expect.poll(() => fresh.locator('p.empty').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(progressRows, { timeout: 10_000 }).toBe(0);
  });
});
