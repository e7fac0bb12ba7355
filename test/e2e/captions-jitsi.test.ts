// Jitsi Meet, end to end: the built extension on the Jitsi fixture served at meet.jit.si. Jitsi
// writes "<name>: <text>" paragraphs and keeps only the last three, so the extension must hold the
// whole call itself. The profile starts fresh: the clinician's display name is read from the page.
// The panel must go waiting → captions-off → capturing, list every utterance once, in order, with
// the right speaker and role (interpreter and relative are "other"), keep doing so across the CC
// toggle (subtitle box removed and re-added), and on hang-up end the call: out of
// chrome.storage.session, listed on the summary page with everything that was said.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { SELF, type Want, feed, health, play, asRows, strip, leaveAndCheckStored } from './panel-feed';

describe.skipIf(!haveBrowser())('Jitsi captions in the side panel (built extension, meet.jit.si)', () => {
  let h: Harness;
  let sw: Worker;

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
    // A fresh profile with no options set: the clinician's name comes from the page (the local tile).
    expect(await sw.evaluate(async () => Object.keys(await chrome.storage.local.get(null)))).not.toContain('settings');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('health, order, roles and no duplicates across a CC toggle; hang-up stores the call', async () => {
    const call = await h.openCall('https://meet.jit.si/AllianceDemoRoom');
    const tabId = await h.tabIdFor('jitsi');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('waiting'); // pre-join screen
    await play(call, { setup: { cc: false }, steps: [] }); // in the room, subtitles off
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('captions-off');
    await play(call, { steps: [] }); // subtitles on
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');

    const want: Want[] = [];
    want.push(...(await play(call, 'basic'))); // 7 lines through a 3-paragraph window
    want.push(...(await play(call, 'ccToggle'))); // subtitle box removed and re-added twice
    want.push(...(await play(call, 'threeParty')));
    await expect.poll(async () => strip(await feed(panel)), { timeout: 20_000 }).toEqual(asRows(want));
    expect(await health(panel)).toBe('capturing');
    expect([...new Set((await feed(panel)).filter((r) => r.role === 'other').map((r) => r.speaker))]).toEqual(['María García', 'Carol Jones']);
    expect(await panel.locator('[data-self-picker]').count()).toBe(0); // the name came from the page
    await expect.poll(async () => (await feed(panel)).filter((r) => r.role === 'clinician' && r.label).length, { timeout: 20_000 })
      .toBe(want.filter((w) => w.self).length);

    await leaveAndCheckStored(h, sw, call, tabId, 'Jitsi Meet', want);
    expect(h.egress).toEqual([]);
  });
});
