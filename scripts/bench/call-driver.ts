// Drives a scripted Meet call on the routed fixture page and records, on one wall clock
// (performance.timeOrigin + performance.now() in every context):
//   rendered  - fixture page: the moment an utterance's last word (with its final punctuation) is
//               written into the caption DOM;
//   received  - service worker: the moment the content script's `cs/utterance` arrives, i.e. the
//               segmenter has declared the utterance final and the content script has sent it;
//   shown     - side panel: the moment its feed row exists in the DOM with a `data-label` (a
//               MutationObserver callback, i.e. before the next paint, at most one frame early).
import type { Page, Worker } from 'playwright-core';
import type { Item } from './corpus';

export interface Step {
  speaker: string;
  self?: boolean;
  text: string;
}
export interface Script {
  steps: Step[];
}
export interface Pace {
  wordMs: number;
  stepMs: number;
}

const CLINICIAN = { speaker: 'Dr. Alice Smith', self: true };
const PATIENT = { speaker: 'Bob Jones' };

/** Patient line (the item's context) then clinician line, per item; every text used once only. */
export function buildScript(items: readonly Item[]): Script {
  const used = new Set<string>();
  const steps: Step[] = [];
  for (const it of items) {
    const ctx = it.context.trim();
    if (ctx && !used.has(ctx.toLowerCase()) && !/^\W*$/.test(ctx)) {
      used.add(ctx.toLowerCase());
      steps.push({ ...PATIENT, text: ctx });
    }
    if (used.has(it.text.toLowerCase())) continue;
    used.add(it.text.toLowerCase());
    steps.push({ ...CLINICIAN, text: it.text });
  }
  return { steps };
}

/**
 * tsx (esbuild keepNames) wraps named functions in `__name(...)`, which does not exist in the page a
 * function is evaluated in; a string is evaluated untransformed, so it can define the helper.
 */
export async function nameShim(target: Page): Promise<void> {
  await target.evaluate('globalThis.__name ??= (f) => f');
}

/** Plays `script` on the call page, recording when each step's final text was rendered. */
export async function playRecorded(call: Page, script: Script, pace: Pace): Promise<void> {
  await nameShim(call);
  await call.evaluate(
    async ({ script, pace }) => {
      type W = { __fixture: { play(s: unknown, o: object): Promise<void> }; __benchRendered?: Array<[string, number]> };
      const w = window as unknown as W;
      const rendered = (w.__benchRendered ??= []);
      const texts = script.steps.map((s) => s.text);
      let k = 0;
      // The fixture calls sleep() right after every DOM write, so checking the newest caption block
      // here timestamps the final write of each utterance without an observer of our own.
      const sleep = (ms: number): Promise<void> => {
        const blocks = document.querySelectorAll('.nMcdL .ygicle');
        const last = blocks[blocks.length - 1];
        if (k < texts.length && last?.textContent === texts[k]) rendered.push([texts[k++]!, performance.timeOrigin + performance.now()]);
        return new Promise((r) => setTimeout(r, ms));
      };
      await w.__fixture.play(script, { ...pace, sleep });
    },
    { script, pace },
  );
}

export async function renderedTimes(call: Page): Promise<Map<string, number>> {
  const list = await call.evaluate(() => (window as unknown as { __benchRendered?: Array<[string, number]> }).__benchRendered ?? []);
  return new Map(list);
}

/** Service worker: records the arrival of each utterance id (first revision only); answers nothing. */
export async function recordReceived(sw: Worker): Promise<void> {
  await sw.evaluate('globalThis.__name ??= (f) => f'); // see nameShim
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __benchRecv?: Record<string, number> };
    if (g.__benchRecv) return;
    const recv: Record<string, number> = (g.__benchRecv = {});
    const note = (m: unknown): undefined => {
      const msg = m as { kind?: string; utterance?: { id?: string } } | null;
      const id = msg?.kind === 'cs/utterance' ? msg.utterance?.id : undefined;
      if (id && !(id in recv)) recv[id] = performance.timeOrigin + performance.now();
      return undefined; // never answer: the product's own listener does
    };
    chrome.runtime.onMessage.addListener(note);
    // Utterances come over the content script's caption port (CS_PORT in src/messaging/protocol.ts).
    chrome.runtime.onConnect.addListener((port) => {
      if (port.name === 'alliance-captions') port.onMessage.addListener((m: unknown) => note((m as { msg?: unknown } | null)?.msg));
    });
  });
}

/**
 * `forget`: ids already joined, removed so the bench's own bookkeeping does not grow the heap being
 * measured (ids still waiting for their panel row are kept).
 */
export async function receivedTimes(sw: Worker, forget: string[] = []): Promise<Map<string, number>> {
  const rec = await sw.evaluate((forget) => {
    const g = globalThis as unknown as { __benchRecv?: Record<string, number> };
    for (const id of forget) delete g.__benchRecv?.[id];
    return { ...(g.__benchRecv ?? {}) };
  }, forget);
  return new Map(Object.entries(rec));
}

export async function forgetReceived(sw: Worker, ids: string[]): Promise<void> {
  await receivedTimes(sw, ids);
}

export interface Shown {
  id: string;
  text: string;
  role: string;
  label: string | null;
  t: number;
}

/** Sequence number of a segmenter id (`${callStart}-${n}`), which counts up in emission order. */
export function seqOf(id: string): number {
  return Number(id.slice(id.lastIndexOf('-') + 1));
}

/** Side panel: records the first time each feed row is present with its label (clinician rows). */
export async function recordShown(panel: Page): Promise<void> {
  await nameShim(panel);
  await panel.evaluate(() => {
    const g = window as unknown as { __benchShown?: Record<string, Shown>; __benchDrained?: number };
    if (g.__benchShown) return;
    const seen: Record<string, Shown> = (g.__benchShown = {});
    g.__benchDrained = 0;
    const scan = (): void => {
      const t = performance.timeOrigin + performance.now();
      for (const li of document.querySelectorAll<HTMLElement>('li[data-utterance-id]')) {
        const id = li.dataset.utteranceId!;
        if (Number(id.slice(id.lastIndexOf('-') + 1)) <= g.__benchDrained!) continue; // already reported
        const label = li.getAttribute('data-label');
        const prev = seen[id];
        if (prev && (prev.label || !label)) continue;
        seen[id] = { id, t, label, role: li.dataset.role ?? '', text: li.querySelector('.ac-text')?.textContent ?? '' };
      }
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-label'] });
    scan();
  });
}

/**
 * `drain` forgets the rows reported (up to the highest sequence number seen), so the bench's own
 * bookkeeping stays constant in size while the panel's heap is being measured.
 */
export async function shownRows(panel: Page, drain = false): Promise<Shown[]> {
  return panel.evaluate((drain) => {
    const g = window as unknown as { __benchShown?: Record<string, Shown>; __benchDrained?: number };
    const all = Object.values(g.__benchShown ?? {});
    if (drain && g.__benchShown) {
      for (const r of all) {
        g.__benchDrained = Math.max(g.__benchDrained ?? 0, Number(r.id.slice(r.id.lastIndexOf('-') + 1)));
        delete g.__benchShown[r.id];
      }
    }
    return all;
  }, drain);
}

/** Waits until the panel shows `n` labelled clinician rows (the pipeline may lag behind the feed). */
export async function waitLabelled(panel: Page, n: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const have = (await shownRows(panel)).filter((r) => r.role === 'clinician' && r.label).length;
    if (have >= n || Date.now() > deadline) return have;
    await new Promise((r) => setTimeout(r, 200));
  }
}

export interface Joined {
  id: string;
  text: string;
  renderedToShown: number;
  receivedToShown: number;
  renderedToReceived: number;
}

/** Joins the three clocks for labelled clinician rows (by id to the worker, by text to the page). */
export function join(rendered: Map<string, number>, received: Map<string, number>, shown: Shown[]): Joined[] {
  const out: Joined[] = [];
  for (const s of shown) {
    if (s.role !== 'clinician' || !s.label) continue;
    const r = rendered.get(s.text);
    const q = received.get(s.id);
    if (r === undefined || q === undefined) continue;
    out.push({ id: s.id, text: s.text, renderedToShown: s.t - r, receivedToShown: s.t - q, renderedToReceived: q - r });
  }
  return out;
}
