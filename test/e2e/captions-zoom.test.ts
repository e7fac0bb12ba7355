// Zoom web client, end to end: the built extension on the Zoom fixture served at app.zoom.us, one
// tab (one call) per caption UI: the bottom overlay (one rolling text node, no names: the speaker is
// found through the participant tile showing the same avatar), the full-transcript panel, and the
// panel inside the same-origin `iframe#webclient` with letter avatars glued to the names. The
// profile starts fresh: the clinician's display name is read from the page, not from the options. The side panel must go
// waiting → captions-off → capturing, list every utterance once, in order, with the right speaker
// and role, keep doing so across the CC toggle (panel removed and re-added empty), and on Leave end
// the call: out of chrome.storage.session, listed on the summary page.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

const ZOOM = 'https://app.zoom.us/wc/123456789/join';
import { SELF, PATIENT, type Want, feed, health, play, asRows, strip, leaveAndCheckStored } from './panel-feed';

/** Lower-cased words with their speaker: overlay checks must not depend on where utterances split. */
const stream = (items: Array<{ speaker: string; text: string }>) =>
  items.flatMap((u) => u.text.split(/\s+/).map((w) => `${u.speaker}|${w.toLowerCase().replace(/[^\p{L}\p{N}']/gu, '')}`).filter((x) => !x.endsWith('|')));

describe.skipIf(!haveBrowser())('Zoom web captions in the side panel (built extension, app.zoom.us)', () => {
  let h: Harness;
  let sw: Worker;
  const tabs: number[] = [];

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
    // A fresh profile with no options set: the clinician's name comes from the page ("(Me)" in the participants list).
    expect(await sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)))).not.toContain('settings');
  });
  afterAll(async () => {
    await h?.close();
  });

  async function open(): Promise<{ call: Page; panel: Page; tabId: number }> {
    const call = await h.openCall(ZOOM);
    const tabId = await h.tabIdFor('zoom', { exclude: tabs });
    tabs.push(tabId);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('waiting'); // pre-join screen
    return { call, panel, tabId };
  }

  it('overlay: speakers found through the participant tiles; every word once, in order', async () => {
    const { call, panel } = await open();
    // One text node rewritten for every speaker: give each line's last words time to be read, and
    // the capture a moment to find the overlay (tiles for both speakers are rendered with the call).
    const want = await call.evaluate(async () => {
      const f = (window as any).__fixture;
      const s = { ...f.scripts.overlayImg, steps: [{ do: 'pause', ms: 700 }, ...f.scripts.overlayImg.steps] };
      await f.play(s, { wordMs: 25, stepMs: 150 });
      return f.expected(s) as Want[];
    });
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');
    await expect.poll(async () => stream(await feed(panel)), { timeout: 20_000 }).toEqual(stream(want));
    for (const r of await feed(panel)) expect(r.role).toBe(r.speaker === SELF ? 'clinician' : 'patient');
    expect(new Set((await feed(panel)).map((r) => r.speaker))).toEqual(new Set([SELF, PATIENT]));
  });

  it('transcript panel: health, order, roles, a CC toggle without duplicates; leaving stores the call', async () => {
    const { call, panel, tabId } = await open();
    const setup = { view: 'panel' };
    await play(call, { setup: { ...setup, cc: false }, steps: [] }); // in the call, captions off
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('captions-off');
    await play(call, { setup, steps: [] }); // captions on, full transcript open
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');

    const want: Want[] = [];
    want.push(...(await play(call, 'panel'))); // continuation rows carry no name
    want.push(...(await play(call, 'ccToggle'))); // panel removed and re-added empty, twice
    await expect.poll(async () => strip(await feed(panel)), { timeout: 20_000 }).toEqual(asRows(want));
    expect(await health(panel)).toBe('capturing');
    await expect.poll(async () => (await feed(panel)).filter((r) => r.role === 'clinician' && r.label).length, { timeout: 20_000 })
      .toBe(want.filter((w) => w.self).length);

    await leaveAndCheckStored(h, sw, call, tabId, 'Zoom', want);
  });

  it('transcript panel inside iframe#webclient, letter avatars glued to names: exact utterances', async () => {
    const { call, panel } = await open();
    await play(call, { setup: { frame: 'iframe', view: 'panel', names: 'plain' }, steps: [] });
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');
    const want = await play(call, 'iframePanel');
    await expect.poll(async () => strip(await feed(panel)), { timeout: 20_000 }).toEqual(asRows(want));
    expect(h.egress).toEqual([]);
  });
});
