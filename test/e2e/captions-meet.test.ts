// Google Meet, end to end: the built extension on the Meet fixture served at meet.google.com. The
// panel must go waiting → captions-off → capturing, list every utterance once, in order, with the
// right speaker and role (Meet captions you as "You"), survive the CC button replacing the caption
// region (history re-rendered into a new root) and Meet's late corrections of earlier blocks
// without duplicating anything, and on "Leave call" end the call: the live state leaves
// chrome.storage.session and the finished call is listed on the summary page.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { feed, health, type Row, type Want } from './panel-feed';

const MEET = 'https://meet.google.com/abc-defg-hij';
const FAST = { wordMs: 20, stepMs: 60 };

/** Plays a fixture script by name (optionally only some of its steps) on the call page. */
function play(call: Page, name: string | { setup?: object; steps: object[] }): Promise<Want[]> {
  return call.evaluate(
    async ({ name, opts }) => {
      const f = (window as any).__fixture;
      const s = typeof name === 'string' ? f.scripts[name] : name;
      await f.play(s, opts);
      return f.expected(s);
    },
    { name, opts: FAST },
  );
}
const asRows = (want: Want[]) => want.map((w) => ({ role: w.self ? 'clinician' : 'patient', speaker: w.speaker, text: w.text }));
const strip = (rows: Row[]) => rows.map(({ role, speaker, text }) => ({ role, speaker, text }));

describe.skipIf(!haveBrowser())('Meet captions in the side panel (built extension, meet.google.com)', () => {
  let h: Harness;
  let sw: Worker;
  let call: Page;
  let panel: Page;
  let tabId: number;
  const expected: Want[] = [];

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('reports waiting on the pre-join screen, then captions-off in the call with CC off', async () => {
    call = await h.openCall(MEET);
    tabId = await h.tabIdFor('meet');
    panel = await h.openPanel(tabId);
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('waiting');
    await play(call, { setup: { cc: false }, steps: [] }); // joined, captions not turned on
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('captions-off');
    expect(await panel.locator('.ac-feed li').count()).toBe(0);
  });

  it('captures in order with speakers and roles; a CC toggle and late corrections duplicate nothing', async () => {
    // ccToggle: CC off/on twice; the new region re-renders the last two blocks (new nodes, same text).
    expected.push(...(await play(call, 'ccToggle')));
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');
    // corrections: Meet rewrites already-final blocks; the panel shows the corrected text, once.
    expected.push(...(await play(call, 'corrections')));
    await expect.poll(async () => strip(await feed(panel)), { timeout: 20_000 }).toEqual(asRows(expected));
    const rows = await feed(panel);
    expect(new Set(rows.filter((r) => r.role === 'clinician').map((r) => r.speaker))).toEqual(new Set(['You']));
    expect(rows.map((r) => r.text)).toContain('Have you noticed any wheezing or whistling at night?');
    expect(rows.map((r) => r.text)).toContain('A little, mostly when I lie down flat on my back.');
    // The on-device model labels clinician utterances only.
    await expect.poll(async () => (await feed(panel)).filter((r) => r.role === 'clinician' && r.label).length, { timeout: 20_000 })
      .toBe(expected.filter((e) => e.self).length);
    expect((await feed(panel)).filter((r) => r.role !== 'clinician' && r.label)).toEqual([]);
    expect(await health(panel)).toBe('capturing');
    expect(await panel.locator('[data-model-state]').getAttribute('data-model-state')).toBe('ready');
  });

  it('leaving the call ends it: removed from session storage, listed on the summary page', async () => {
    const callId = await sw.evaluate(async (id) => ((await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { callId: string }).callId, tabId);
    expected.push(...(await play(call, 'callEnd')));
    await expect.poll(() => sw.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`call:${id}`)).length, tabId), { timeout: 15_000 }).toBe(0);
    // The panel falls back to "no call" and offers this call's summary.
    await expect.poll(() => panel.locator('.ac-feed li').count(), { timeout: 10_000 }).toBe(0);

    const summary = await h.openExtensionPage('src/entries/summary/index.html');
    const item = summary.locator(`li[data-call-id="${callId}"]`);
    await expect.poll(async () => { await summary.reload(); return item.count(); }, { timeout: 15_000 }).toBe(1);
    expect(await item.locator('.platform').textContent()).toBe('Google Meet');
    await item.locator('button[data-action="open"]').click();
    // The stored call holds the whole conversation, the words said just before leaving included.
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('Thank you, goodbye.');
    const body = (await summary.locator('body').textContent()) ?? '';
    for (const e of expected) expect(body).toContain(e.text);
    expect(h.egress).toEqual([]);
  });
});
