// Jitsi Meet, end to end: the built extension on the Jitsi fixture served at meet.jit.si. Jitsi
// writes "<name>: <text>" paragraphs and keeps only the last three, so the extension must hold the
// whole call itself. The clinician's display name is put in the user settings before the call.
// The panel must go waiting → captions-off → capturing, list every utterance once, in order, with
// the right speaker and role (interpreter and relative are "other"), keep doing so across the CC
// toggle (subtitle box removed and re-added), and on hang-up end the call: out of
// chrome.storage.session, listed on the summary page with everything that was said.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

const SELF = 'Dr. Alice Smith';
const PATIENT = 'Bob Jones';
const FAST = { wordMs: 15, stepMs: 60 };

interface Row { role: string; speaker: string; text: string; label: string | null }
interface Want { speaker: string; text: string; self: boolean }
type Script = { setup?: object; steps: object[] };

function feed(panel: Page): Promise<Row[]> {
  return panel.evaluate(() =>
    Array.from(document.querySelectorAll('.ac-feed li[data-role]')).map((li) => ({
      role: li.getAttribute('data-role') ?? '',
      speaker: li.querySelector('.ac-speaker')?.textContent ?? '',
      text: li.querySelector('.ac-text')?.textContent ?? '',
      label: li.getAttribute('data-label'),
    })),
  );
}
const health = (panel: Page) => panel.locator('[data-health]').getAttribute('data-health');
/**
 * Plays a fixture script (by name, optionally under another setup) and returns what it says.
 * The fixture speaks a line in ~0.1 s; real captions stay up for seconds. The capture re-finds a
 * replaced caption root by polling (≤ 1 s) and reads mutations 50 ms late, and this fixture's CC-on
 * shows an empty list, so a line must stay up a moment before CC goes off, as any real one does.
 */
function play(call: Page, name: string | Script, setup?: object): Promise<Want[]> {
  return call.evaluate(
    async ({ name, setup, opts }) => {
      const f = (window as any).__fixture;
      const base = typeof name === 'string' ? f.scripts[name] : name;
      // A script whose setup differs re-renders the whole call page; the capture re-finds the new
      // caption root by polling, so the first line waits a moment, as speech after a re-render would.
      const lead = JSON.stringify(setup ?? base.setup ?? {}) !== JSON.stringify(f.__lastSetup ?? null) ? [{ do: 'pause', ms: 1500 }] : [];
      f.__lastSetup = setup ?? base.setup ?? {};
      const steps = [...lead, ...base.steps.flatMap((st: any) => (st.do === 'cc-off' || st.do === 'cc-toggle' ? [{ do: 'pause', ms: 1000 }, st] : [st]))];
      const s = { ...base, steps, ...(setup ? { setup } : {}) };
      await f.play(s, opts);
      return f.expected(s);
    },
    { name, setup, opts: FAST },
  );
}
const roleOf = (w: Want) => (w.self ? 'clinician' : w.speaker === PATIENT ? 'patient' : 'other');
const asRows = (want: Want[]) => want.map((w) => ({ role: roleOf(w), speaker: w.speaker, text: w.text }));
const strip = (rows: Row[]) => rows.map(({ role, speaker, text }) => ({ role, speaker, text }));
const liveCallId = (sw: Worker, tabId: number) =>
  sw.evaluate(async (id) => ((await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { callId: string }).callId, tabId);
const isLive = (sw: Worker, tabId: number) => sw.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`call:${id}`)).length > 0, tabId);

describe.skipIf(!haveBrowser())('Jitsi captions in the side panel (built extension, meet.jit.si)', () => {
  let h: Harness;
  let sw: Worker;

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
    // Read by the content script's hello: must be set before the call page opens.
    await sw.evaluate((name) => chrome.storage.local.set({ settings: { clinicianNames: [name] } }), SELF);
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
    expect(await panel.locator('[data-self-picker]').count()).toBe(0); // the name came from the settings
    await expect.poll(async () => (await feed(panel)).filter((r) => r.role === 'clinician' && r.label).length, { timeout: 20_000 })
      .toBe(want.filter((w) => w.self).length);

    const callId = await liveCallId(sw, tabId);
    want.push(...(await play(call, 'callEnd')));
    await expect.poll(() => isLive(sw, tabId), { timeout: 15_000 }).toBe(false);

    const summary = await h.openExtensionPage('src/entries/summary/index.html');
    const item = summary.locator(`li[data-call-id="${callId}"]`);
    await expect.poll(async () => { await summary.reload(); return item.count(); }, { timeout: 15_000 }).toBe(1);
    expect(await item.locator('.platform').textContent()).toBe('Jitsi Meet');
    await item.locator('button[data-action="open"]').click();
    // The stored call holds the whole conversation, the words said just before leaving included.
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('Thank you, goodbye.');
    const body = (await summary.locator('body').textContent()) ?? '';
    for (const w of want) expect(body).toContain(w.text);
    expect(h.egress).toEqual([]);
  });
});
