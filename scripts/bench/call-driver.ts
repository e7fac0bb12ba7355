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

// ---- anticipatory prompts (patient cue -> prompt shown) ----

/**
 * Patient lines written for the bench (no corpus text), each carrying exactly one cue as the
 * product detects it (src/coach/cues.ts; checked when the script is built): a feeling, which asks
 * the clinician to reflect it, or change talk, which asks them to evoke the reason.
 */
export const CUE_LINES: ReadonlyArray<{ kind: 'unreflected-emotion' | 'evoke-change'; text: string }> = [
  { kind: 'unreflected-emotion', text: "I've been so worried about the test results coming back." },
  { kind: 'evoke-change', text: 'I really want to be able to walk to the park again.' },
  { kind: 'unreflected-emotion', text: 'Honestly I feel completely overwhelmed with all the appointments.' },
  { kind: 'evoke-change', text: "I'd like to get my blood pressure under control this year." },
  { kind: 'unreflected-emotion', text: 'I get so frustrated when my sugar readings jump around.' },
  { kind: 'evoke-change', text: 'I need to start cooking at home more often.' },
  { kind: 'unreflected-emotion', text: "I'm exhausted, the baby has been up every night this week." },
  { kind: 'evoke-change', text: "I'm going to try cutting back on soda." },
  { kind: 'unreflected-emotion', text: 'It has been really lonely since my sister moved away.' },
  { kind: 'evoke-change', text: 'I want to sleep through the night without waking.' },
  { kind: 'unreflected-emotion', text: "I'm scared the pain will come back after the surgery." },
  { kind: 'evoke-change', text: "I'd love to play football with my grandson next summer." },
  { kind: 'unreflected-emotion', text: 'I feel embarrassed that I keep forgetting my tablets.' },
  { kind: 'evoke-change', text: "I'm ready to stop smoking for good this time." },
  { kind: 'unreflected-emotion', text: "It's been so stressful juggling work and the clinic visits." },
  { kind: 'evoke-change', text: 'My goal is to lose a few pounds before the wedding.' },
  { kind: 'unreflected-emotion', text: "I'm anxious every time the phone rings with news." },
  { kind: 'evoke-change', text: 'I hope to be off the insulin by spring.' },
  { kind: 'unreflected-emotion', text: "I'm fed up with feeling sick after every meal." },
  { kind: 'evoke-change', text: 'I want my knees to hold up on the stairs.' },
  { kind: 'unreflected-emotion', text: 'I feel guilty about missing the last two check ups.' },
  { kind: 'evoke-change', text: 'I could probably walk after lunch on weekdays.' },
  { kind: 'unreflected-emotion', text: "I've been nervous about driving since the accident." },
  { kind: 'evoke-change', text: 'I have to get my energy back for my job.' },
];
/** The clinician's backchannels between cues: no label that resolves a prompt, and not a turn (<= 3 words). */
const BACKCHANNELS = [
  'Mm-hmm.', 'I see.', 'Okay.', 'Right.', 'Uh-huh.', 'Sure.', 'Got it.', 'Yes.', 'Mm.', 'Okay, yes.', 'Right, right.', 'I see, yes.',
  'Mm, okay.', 'Yeah.', 'Sure, okay.', 'Uh-huh, yes.', 'Right, okay.', 'Okay, sure.', 'Yes, okay.', 'Got it, yes.', 'Mm-hmm, yes.', 'Yeah, okay.', 'Okay then.', 'Right then.',
];
/** Three substantive turns without a cue: the moment passes and the showing prompt expires. */
export const MOVE_ON: readonly Step[] = [
  { ...CLINICIAN, text: 'When is your next appointment with the nurse?' },
  { ...PATIENT, text: 'Next Tuesday at ten in the morning.' },
  { ...CLINICIAN, text: 'And the pharmacy has the new prescription ready for you.' },
];

export interface CueStep extends Step {
  /** The prompt kind this patient line should show. */
  expect: 'unreflected-emotion' | 'evoke-change';
}

/**
 * `n` cue lines in blocks (cue, backchannel, cue, ...). Within a block each cue replaces the prompt
 * of the one before it at once (a newer moment outranks the showing one; the nudge budget does not
 * apply to a replacement); kinds alternate so every new prompt changes `data-prompt-kind`. Between
 * blocks MOVE_ON lets the prompt expire, and the driver waits out the nudge interval, so the first
 * cue of the next block is a first show under the nudge budget.
 */
export function buildCueBlocks(n: number, blocks: number, cues: (text: string) => { emotion: unknown; changeTalk: unknown }): CueStep[][] {
  if (n > CUE_LINES.length) throw new Error(`--cues: at most ${CUE_LINES.length}`);
  for (const l of [...CUE_LINES, ...MOVE_ON.filter((s) => !s.self)]) {
    const c = cues(l.text);
    const want = 'kind' in l ? l.kind : null;
    if (Boolean(c.emotion) !== (want === 'unreflected-emotion') || Boolean(c.changeTalk) !== (want === 'evoke-change')) {
      throw new Error(`bench cue line no longer carries exactly its cue (${want ?? 'none'}); see CUE_LINES`);
    }
  }
  const per = Math.ceil(n / blocks);
  const out: CueStep[][] = [];
  for (let b = 0, i = 0; b < blocks && i < n; b++) {
    const block: CueStep[] = [];
    for (let k = 0; k < per && i < n; k++, i++) block.push({ ...PATIENT, text: CUE_LINES[i]!.text, expect: CUE_LINES[i]!.kind });
    out.push(block);
  }
  return out;
}

/** A block as a script: each cue followed by the clinician's backchannel (which finalises the cue's caption). */
export function cueScript(block: readonly CueStep[], offset: number): Script {
  return { steps: block.flatMap((c, k) => [{ speaker: c.speaker, text: c.text }, { ...CLINICIAN, text: BACKCHANNELS[(offset + k) % BACKCHANNELS.length]! }]) };
}

/** Side panel: every change of the shown prompt's kind (null = no prompt), with its time. */
export async function recordPrompts(panel: Page): Promise<void> {
  await nameShim(panel);
  await panel.evaluate(() => {
    const g = window as unknown as { __benchPrompts?: Array<[string | null, number]> };
    if (g.__benchPrompts) return;
    const events: Array<[string | null, number]> = (g.__benchPrompts = []);
    let last: string | null | undefined;
    const scan = (): void => {
      const kind = document.querySelector('[data-prompt-kind]')?.getAttribute('data-prompt-kind') ?? null;
      if (kind !== last) events.push([kind, performance.timeOrigin + performance.now()]);
      last = kind;
    };
    new MutationObserver(scan).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-prompt-kind'] });
    scan();
  });
}

export async function promptEvents(panel: Page): Promise<Array<[string | null, number]>> {
  return panel.evaluate(() => (window as unknown as { __benchPrompts?: Array<[string | null, number]> }).__benchPrompts ?? []);
}

export interface CueJoined {
  text: string;
  expect: string;
  /** Patient caption final (worker received the utterance) -> the prompt of that kind shown; null = not shown. */
  emittedToPrompt: number | null;
  renderedToPrompt: number | null;
  /** 'replace': another prompt was showing; 'first': none was. */
  path: 'first' | 'replace' | null;
  /** Why not shown: the panel has no feed row for the text, the worker no receipt, or no prompt came. */
  why?: 'no-row' | 'no-emit' | 'no-prompt';
}

/**
 * Each cue's prompt: the first time the panel shows the expected kind after the cue was final (ids
 * by text from the panel's feed rows, emission times from the worker).
 */
export function joinCues(cues: readonly CueStep[], rendered: Map<string, number>, received: Map<string, number>, shown: readonly Shown[], events: ReadonlyArray<[string | null, number]>): CueJoined[] {
  const idOf = new Map(shown.filter((s) => s.role === 'patient').map((s) => [s.text, s.id]));
  const emitted = cues.map((c) => {
    const id = idOf.get(c.text);
    return id === undefined ? undefined : received.get(id);
  });
  const why = (c: CueStep): CueJoined['why'] => (idOf.has(c.text) ? (received.has(idOf.get(c.text)!) ? 'no-prompt' : 'no-emit') : 'no-row');
  return cues.map((c, i) => {
    const e = emitted[i];
    const r = rendered.get(c.text);
    // Kinds alternate, so a prompt of this kind until the cue after next is final can only be this cue's.
    const until = emitted.slice(i + 2).find((x) => x !== undefined) ?? Infinity;
    const at = e === undefined ? -1 : events.findIndex(([k, t]) => k === c.expect && t >= e && t < until);
    if (e === undefined || at < 0) return { text: c.text, expect: c.expect, emittedToPrompt: null, renderedToPrompt: null, path: null, why: why(c) };
    const t = events[at]![1];
    return { text: c.text, expect: c.expect, emittedToPrompt: t - e, renderedToPrompt: r === undefined ? null : t - r, path: at > 0 && events[at - 1]![0] !== null ? 'replace' : 'first' };
  });
}
