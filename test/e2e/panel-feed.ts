// Shared by the per-platform caption e2e tests: read the side panel's feed and health, play a
// fixture script on the call page, and ask the worker about the live call.
import type { Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { SIDE_PANEL_WIDTH } from '../../scripts/lib/extension-browser';

export const SELF = 'Dr. Alice Smith';
export const PATIENT = 'Bob Jones';
export const FAST = { wordMs: 15, stepMs: 60 };

export interface Row { role: string; speaker: string; text: string; label: string | null }
export interface Want { speaker: string; text: string; self: boolean }
export type Script = { setup?: object; steps: object[] };

/** The side panel's width in the browser (Chrome opens it at 320 CSS px). */
export const PANEL_WIDTH = SIDE_PANEL_WIDTH;

/**
 * Opens the panel's one disclosure (live feed, confidences, tally evidence, who-is-who): during a
 * call the panel shows only the prompt and the compact strip. Idempotent; the feed keeps its
 * data-role / data-label hooks behind it.
 */
export function openDetails(panel: Page): Promise<void> {
  return panel.evaluate(() => {
    for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.ac-more'))) d.open = true;
  });
}

export function feed(panel: Page): Promise<Row[]> {
  return panel.evaluate(() => {
    for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.ac-more'))) d.open = true;
    return Array.from(document.querySelectorAll('.ac-feed li[data-role]')).map((li) => ({
      role: li.getAttribute('data-role') ?? '',
      speaker: li.querySelector('.ac-speaker')?.textContent ?? '',
      text: li.querySelector('.ac-text')?.textContent ?? '',
      label: li.getAttribute('data-label'),
    }));
  });
}
export const health = (panel: Page) => panel.locator('[data-health]').getAttribute('data-health');
/**
 * Plays a fixture script (by name, optionally under another setup) and returns what it says.
 * The fixture speaks a line in ~0.1 s; real captions stay up for seconds. The capture re-finds a
 * replaced caption root by polling (≤ 1 s) and reads mutations 50 ms late, and this fixture's CC-on
 * shows an empty list, so a line must stay up a moment before CC goes off, as any real one does.
 */
export function play(call: Page, name: string | Script, setup?: object, pace: object = FAST): Promise<Want[]> {
  return call.evaluate(
    async ({ name, setup, opts }) => {
      const f = (window as any).__fixture;
      const base = typeof name === 'string' ? f.scripts[name] : name;
      // A script whose setup differs re-renders the whole call page; the capture re-finds the new
      // caption root by polling, so the first line waits a moment, as speech after a re-render would.
      const lead = JSON.stringify(setup ?? base.setup ?? {}) !== JSON.stringify(f.__lastSetup ?? null) ? [{ do: 'pause', ms: 1500 }] : [];
      f.__lastSetup = setup ?? base.setup ?? {};
      const steps = [...lead, ...base.steps.flatMap((st: any) =>
        st.do === 'cc-off' ? [{ do: 'pause', ms: 1000 }, st]
        // Captions just switched back on: the capture re-finds the new root by polling, so the
        // next line waits a moment, as it does on a real call while the caption bar appears.
        : st.do === 'cc-toggle' ? [{ do: 'pause', ms: 1000 }, st, { do: 'pause', ms: 1000 }]
        : st.do === 'cc-on' ? [st, { do: 'pause', ms: 1000 }]
        : [st])];
      const s = { ...base, steps, ...(setup ? { setup } : {}) };
      await f.play(s, opts);
      return f.expected(s);
    },
    { name, setup, opts: pace },
  );
}
export const roleOf = (w: Want) => (w.self ? 'clinician' : w.speaker === PATIENT ? 'patient' : 'other');
export const asRows = (want: Want[]) => want.map((w) => ({ role: roleOf(w), speaker: w.speaker, text: w.text }));
export const strip = (rows: Row[]) => rows.map(({ role, speaker, text }) => ({ role, speaker, text }));
export const liveCallId = (sw: Worker, tabId: number) =>
  sw.evaluate(async (id) => ((await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { callId: string }).callId, tabId);
export const isLive = (sw: Worker, tabId: number) => sw.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`call:${id}`)).length > 0, tabId);

/**
 * Leaves the call on the fixture page and checks the worker ended it and the summary page lists it
 * under `platformName`, holding every line in `want` plus the leave script's own lines.
 */
export async function leaveAndCheckStored(
  h: { openExtensionPage(path: string): Promise<Page> },
  sw: Worker,
  call: Page,
  tabId: number,
  platformName: string,
  want: Want[],
): Promise<void> {
  const callId = await liveCallId(sw, tabId);
  want.push(...(await play(call, 'callEnd')));
  await expect.poll(() => isLive(sw, tabId), { timeout: 15_000 }).toBe(false);
  const summary = await h.openExtensionPage('src/entries/summary/index.html');
  const item = summary.locator(`li[data-call-id="${callId}"]`);
  await expect.poll(async () => { await summary.reload(); return item.count(); }, { timeout: 15_000 }).toBe(1);
  expect(await item.locator('.platform').textContent()).toBe(platformName);
  await item.locator('button[data-action="open"]').click();
  await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('Thank you, goodbye.');
  const body = (await summary.locator('body').textContent()) ?? '';
  for (const w of want) expect(body).toContain(w.text);
}
