// Microsoft Teams, end to end: the built extension on the Teams fixture served at the real hosts,
// the host DOM (Fluent items) at teams.microsoft.com and the guest DOM (bare author + text divs) at
// teams.cloud.microsoft. Teams captions you under your display name, so the clinician's name is put
// in the user settings before the call. The panel must go waiting → captions-off → capturing, list
// every utterance once, in order, with the right speaker and role (an interpreter and a relative are
// "other"), keep doing so across the CC toggle (wrapper removed and re-added) and virtualised item
// recycling, and on Leave end the call (out of chrome.storage.session, listed on the summary page).
// The profile starts fresh with no options set: the clinician's name is read from the page (profile
// "me control", self tile), confirmed with one click in the panel, and only then stored.
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { SELF, type Want, feed, health, play, asRows, strip, liveCallId, isLive } from './panel-feed';

describe.skipIf(!haveBrowser())('Teams captions in the side panel (built extension)', () => {
  let h: Harness;
  let sw: Worker;
  const ended: string[] = [];
  const tabs: number[] = [];

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
    // A fresh profile: no options set, no clinician name anywhere.
    expect(await storedNames()).toEqual([]);
  });
  const storedNames = () => sw.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { clinicianNames?: string[] } | undefined)?.clinicianNames ?? []);
  afterAll(async () => {
    await h?.close();
  });

  it('host DOM at teams.microsoft.com: health, order, roles, CC toggle and recycled items, leave', async () => {
    const call = await h.openCall('https://teams.microsoft.com/v2/');
    const tabId = await h.tabIdFor('teams');
    tabs.push(tabId);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('waiting'); // lobby
    await play(call, { setup: { cc: false }, steps: [] }); // joined, live captions off
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('captions-off');
    await play(call, { steps: [] }); // live captions turned on
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');

    const want: Want[] = [];
    want.push(...(await play(call, 'ccToggle'))); // wrapper removed and re-added twice
    want.push(...(await play(call, 'basic'))); // same speaker twice in a row: two items, two utterances
    want.push(...(await play(call, 'recycle'))); // re-render with retain 4: old items moved and rewritten
    await expect.poll(async () => strip(await feed(panel)), { timeout: 20_000 }).toEqual(asRows(want));
    expect(new Set((await feed(panel)).filter((r) => r.role === 'clinician').map((r) => r.speaker))).toEqual(new Set([SELF]));
    expect(await panel.locator('[data-self-picker]').count()).toBe(0); // the name came from the page
    // Confirmed unobtrusively; stored only once confirmed.
    const check = panel.locator(`[data-self-check="${SELF}"]`);
    await expect.poll(() => check.count(), { timeout: 10_000 }).toBe(1);
    expect(await storedNames()).toEqual([]);
    await check.locator('button').click();
    await expect.poll(() => storedNames(), { timeout: 10_000 }).toEqual([SELF]);
    await expect.poll(() => check.count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(async () => (await feed(panel)).filter((r) => r.role === 'clinician' && r.label).length, { timeout: 20_000 })
      .toBe(want.filter((w) => w.self).length);

    const callId = await liveCallId(sw, tabId);
    await play(call, 'callEnd', { retain: 4 }); // same setup: leave from the call as rendered
    await expect.poll(() => isLive(sw, tabId), { timeout: 15_000 }).toBe(false);
    ended.push(callId);
  });

  it('guest DOM at teams.cloud.microsoft: interpreter and relative are "other", leave ends the call', async () => {
    const call = await h.openCall('https://teams.cloud.microsoft/');
    const tabId = await h.tabIdFor('teams', { exclude: tabs });
    tabs.push(tabId);
    const panel = await h.openPanel(tabId);
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('waiting');
    const guest = { variant: 'guest' };
    const want: Want[] = [];
    want.push(...(await play(call, 'guest')));
    await expect.poll(() => health(panel), { timeout: 10_000 }).toBe('capturing');
    want.push(...(await play(call, 'threeParty', guest))); // María García interprets, Carol Jones is family
    await expect.poll(async () => strip(await feed(panel)), { timeout: 20_000 }).toEqual(asRows(want));
    expect([...new Set((await feed(panel)).filter((r) => r.role === 'other').map((r) => r.speaker))]).toEqual(['María García', 'Carol Jones']);

    const callId = await liveCallId(sw, tabId);
    want.push(...(await play(call, 'callEnd', guest)));
    await expect.poll(() => isLive(sw, tabId), { timeout: 15_000 }).toBe(false);
    ended.push(callId);

    const summary = await h.openExtensionPage('src/entries/summary/index.html');
    const items = summary.locator('li[data-call-id]');
    await expect.poll(async () => { await summary.reload(); return items.count(); }, { timeout: 15_000 }).toBe(2);
    expect(new Set(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-call-id'))))).toEqual(new Set(ended));
    expect(await items.locator('.platform').allTextContents()).toEqual(['Microsoft Teams', 'Microsoft Teams']);
    // The guest call as stored holds the whole conversation, the words said just before leaving included.
    await summary.locator(`li[data-call-id="${callId}"] button[data-action="open"]`).click();
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('Thank you, goodbye.');
    const body = (await summary.locator('body').textContent()) ?? '';
    for (const w of want) expect(body).toContain(w.text);
    expect(h.egress).toEqual([]);
  });
});
