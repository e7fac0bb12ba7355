// Sections 2, 2b and 4: a scripted call on the routed Meet page of the built extension, caption ->
// label in the side panel; a call of patient cues, caption final -> anticipatory prompt shown; and a
// long call replayed at speed with the heap of every extension context sampled between chunks.
import type { Page } from 'playwright-core';
import type { Harness } from '../lib/extension-browser';
import { ExtensionTargets, type HeapSample } from './cdp-targets';
import { buildCueBlocks, buildScript, cueScript, forgetReceived, join, joinCues, MOVE_ON, playRecorded, promptEvents, receivedTimes, recordPrompts, recordReceived, recordShown, renderedTimes, shownRows, waitLabelled, type Joined, type Pace, type Script } from './call-driver';
import type { Item } from './corpus';
import { mainThread, type MainThread } from './page-cost';
import { dist, round, slope, type Dist } from './stats';
import { storedCall } from '../lib/stored-call';
import { installOffscreenClient, type OffscreenRequest } from '../lib/offscreen-client';

export const MEET = 'https://meet.google.com/abc-defg-hij';

export interface CallPages {
  call: Page;
  panel: Page;
  tabId: number;
}

/** Opens a call page and its panel; the call page is brought to the front (it renders, as in life). */
export async function openCallWithPanel(h: Harness, exclude: number[] = []): Promise<CallPages> {
  const call = await h.openCall(MEET);
  const tabId = await h.tabIdFor('meet', { exclude });
  const panel = await h.openPanel(tabId);
  await recordShown(panel);
  await modelReady(h); // a cold model load is section 1's figure, not a caption's latency
  await recordReceived(await h.serviceWorker());
  await call.bringToFront();
  return { call, panel, tabId };
}

async function modelReady(h: Harness): Promise<void> {
  const sw = await h.serviceWorker();
  await installOffscreenClient(sw);
  await sw.evaluate(async () => {
    for (let i = 0; i < 600; i++) {
      const ask = (globalThis as unknown as { __offscreen: OffscreenRequest }).__offscreen;
      const s = (await ask({ kind: 'off/status' }).catch(() => null)) as { state?: string } | null;
      if (s?.state === 'ready') return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the classifier did not become ready');
  });
}

function clinicianCount(script: Script): number {
  return script.steps.filter((s) => s.self).length;
}

export interface ScriptedCallResult {
  pace: Pace;
  utterances: number;
  clinicianLabelled: number;
  /** Last word rendered on the call page -> label in the panel (includes the segmenter's wait). */
  renderedToLabelMs: Dist;
  /** The worker received the final utterance from the content script -> label in the panel. */
  emittedToLabelMs: Dist;
  /** Last word rendered -> final utterance received by the worker: the segmenter's finalisation. */
  renderedToEmittedMs: Dist;
  callPage: MainThread;
  /** The same stream played at the same time on the control page (no extension), when one was given. */
  controlPage?: MainThread;
}

export async function scriptedCall(h: Harness, items: readonly Item[], pace: Pace, control?: Page): Promise<ScriptedCallResult> {
  const { call, panel } = await openCallWithPanel(h);
  const script = buildScript(items);
  const want = clinicianCount(script);
  // Both arms at once, so the host's speed phases weigh on both alike (page-cost.ts, openControl).
  const [callPage, controlPage] = await Promise.all([
    mainThread(call, () => playRecorded(call, script, pace)),
    control ? mainThread(control, () => playRecorded(control, script, pace)) : undefined,
  ]);
  await waitLabelled(panel, want, 20_000);
  const rows = join(await renderedTimes(call), await receivedTimes(await h.serviceWorker()), await shownRows(panel));
  await panel.close();
  await call.close();
  return {
    pace,
    utterances: script.steps.length,
    clinicianLabelled: rows.length,
    renderedToLabelMs: dist(rows.map((r) => r.renderedToShown), 1),
    emittedToLabelMs: dist(rows.map((r) => r.receivedToShown), 1),
    renderedToEmittedMs: dist(rows.map((r) => r.renderedToReceived), 1),
    callPage,
    ...(controlPage ? { controlPage } : {}),
  };
}

export interface MemoryPoint {
  utterances: number;
  /** Bytes of the call record the worker keeps in storage.session (what the call must store). */
  recordBytes: number;
  /** Seconds since the replay started when this chunk was played and its labels had arrived. */
  seconds: number;
  /** Labelled clinician rows still missing when the drain wait gave up (pipeline behind the feed). */
  lagging: number;
  heaps: HeapSample[];
  /** Seconds spent reading the heaps (two GCs and a heap snapshot per isolate). */
  readSeconds?: number;
}

export interface LongCallResult {
  pace: Pace;
  utterances: number;
  clinicianLabelled: number;
  wallSeconds: number;
  memory: MemoryPoint[];
  /** Heap growth per utterance, least squares from the second sample on (the first is warm-up). */
  heapSlopeBytesPerUtterance: Record<string, number>;
  /**
   * The same slope with V8's compiled code taken out (used heap minus the snapshot's `code` category):
   * what the call's data adds per utterance. Compiled code grows while functions tier up and is bounded
   * by the bundle, not by the call (bench/README.md, "Flat memory"); it is reported at minutes 1/30/60.
   */
  dataSlopeBytesPerUtterance: Record<string, number>;
  /**
   * Compiled code per context (bytes, heap snapshot) at the first sample of the slope and at the end
   * of the call. Snapshots cost seconds each, so only these two are taken; the data slope subtracts
   * the code's average growth over that span from the used heap's least-squares slope.
   */
  code: { from: { utterances: number; bytes: Record<string, number> }; to: { utterances: number; bytes: Record<string, number> } } | null;
  recordSlopeBytesPerUtterance: number;
  /**
   * The same least-squares slopes over the second half of the call only (samples at or after the
   * middle), shown beside the budgeted figure: V8 compiling and tiering up code early in the call
   * weighs on the whole-call slope and not on this one (bench/README.md, "Flat memory"). Not budgeted.
   */
  heapTailSlopeBytesPerUtterance: Record<string, number>;
  recordTailSlopeBytesPerUtterance: number;
  /** Sum of all contexts' data slopes <= 2x the record's slope (one live copy + its serialised form). */
  flat: boolean;
  /** Used JS heap per context (bytes, after GC) at minutes 1, 30 and 60 of the replayed call. */
  heapAtMinute: Record<1 | 30 | 60, Record<string, number>>;
  minute1: { emittedToLabelMs: Dist; renderedToLabelMs: Dist };
  minute60: { emittedToLabelMs: Dist; renderedToLabelMs: Dist };
}

async function recordBytes(h: Harness, tabId: number): Promise<number> {
  return (await storedCall(await h.serviceWorker(), tabId))?.bytes ?? 0;
}

export async function longCall(h: Harness, items: readonly Item[], pace: Pace, samples: number): Promise<LongCallResult> {
  const { call, panel, tabId } = await openCallWithPanel(h);
  const targets = await ExtensionTargets.open(h.context.browser()!, h.extensionId);
  const script = buildScript(items);
  const total = script.steps.length;
  // Heap samples after minute 1 and minute 30 of the replayed 60-minute call, and `samples` evenly
  // spaced ones (the last at minute 60) for the growth slope.
  const perMin = total / 60;
  const ends = [...new Set([Math.ceil(perMin), Math.ceil(30 * perMin), ...Array.from({ length: samples }, (_, k) => Math.ceil(((k + 1) * total) / samples))])]
    .filter((x) => x > 0 && x <= total)
    .sort((a, b) => a - b);
  // Index (in `ends`) of the slope's first sample: the second one after minute 1 (see `later` below).
  const firstSloped = Math.min(ends.length - 1, ends.findIndex((u) => u > Math.ceil(perMin)) + 1);
  const texts = new Map(script.steps.map((s, i) => [s.text, i]));
  const rows: Array<Joined & { index: number }> = [];
  const memory: MemoryPoint[] = [];
  const sw = await h.serviceWorker();
  const t0 = Date.now();
  let carry = 0;
  for (let k = 0, from = 0; k < ends.length; from = ends[k++]!) {
    const chunk = ends[k]! - from;
    const part: Script = { steps: script.steps.slice(from, from + chunk) };
    await playRecorded(call, part, pace);
    // Let the pipeline drain before measuring the heap (rows are counted since the last drain).
    // Rows still missing from earlier chunks are carried; the last chunk waits for everything so
    // minute 60 is measured, and heaps are read with the pipeline at rest.
    const want = clinicianCount(part) + carry;
    const got = await waitLabelled(panel, want, from + chunk >= total ? 180_000 : 30_000);
    carry = Math.max(0, want - got);
    const joined = join(await renderedTimes(call), await receivedTimes(sw), await shownRows(panel, true));
    await forgetReceived(sw, joined.map((r) => r.id));
    rows.push(...joined.map((r) => ({ ...r, index: texts.get(r.text) ?? -1 })));
    const seconds = round((Date.now() - t0) / 1000, 1);
    const read0 = Date.now();
    const heaps = await targets.heaps({ code: k === firstSloped || k === ends.length - 1 });
    memory.push({ utterances: Math.min(total, from + chunk), recordBytes: await recordBytes(h, tabId), seconds, lagging: carry, heaps, readSeconds: round((Date.now() - read0) / 1000, 1) });
  }
  const wallSeconds = round((Date.now() - t0) / 1000, 1);
  await targets.close();
  await panel.close();
  await call.close();

  const contexts = [...new Set(memory.flatMap((m) => m.heaps.map((x) => x.context)))];
  // The slope starts at the second sample (the first is warm-up) and leaves out the minute-1 point.
  const later = memory.filter((m) => m.utterances > Math.ceil(perMin)).slice(1);
  const coded = memory.filter((m) => m.heaps.every((x) => x.codeBytes !== undefined));
  const codeSpan = coded.length >= 2 ? { from: coded[0]!, to: coded[coded.length - 1]! } : null;
  const codeOf = (m: MemoryPoint) => ({ utterances: m.utterances, bytes: Object.fromEntries(m.heaps.map((x) => [x.context, x.codeBytes ?? 0])) });
  const code = codeSpan ? { from: codeOf(codeSpan.from), to: codeOf(codeSpan.to) } : null;
  const at = (u: number): Record<string, number> => {
    const m = memory.find((x) => x.utterances >= u) ?? memory[memory.length - 1];
    return Object.fromEntries((m?.heaps ?? []).map((x) => [x.context, x.usedBytes]));
  };
  const heapSlopes = (points: MemoryPoint[]): Record<string, number> =>
    Object.fromEntries(contexts.map((c) => [c, round(slope(points.map((m) => [m.utterances, m.heaps.find((x) => x.context === c)?.usedBytes ?? 0] as const)), 0)]));
  const recordSlopeOf = (points: MemoryPoint[]): number => round(slope(points.map((m) => [m.utterances, m.recordBytes] as const)), 0);
  const heapSlope = heapSlopes(later);
  const codeSlope = (c: string): number => (code ? ((code.to.bytes[c] ?? 0) - (code.from.bytes[c] ?? 0)) / Math.max(1, code.to.utterances - code.from.utterances) : 0);
  const dataSlope = Object.fromEntries(Object.entries(heapSlope).map(([c, v]) => [c, round(v - codeSlope(c), 0)]));
  const recordSlope = recordSlopeOf(later);
  const tail = memory.filter((m) => m.utterances >= total / 2);
  const perMinute = total / 60;
  const minute = (lo: number, hi: number) => {
    const sel = rows.filter((r) => r.index >= lo && r.index < hi);
    return { emittedToLabelMs: dist(sel.map((r) => r.receivedToShown), 1), renderedToLabelMs: dist(sel.map((r) => r.renderedToShown), 1) };
  };
  return {
    pace,
    utterances: total,
    clinicianLabelled: rows.length,
    wallSeconds,
    memory,
    heapSlopeBytesPerUtterance: heapSlope,
    dataSlopeBytesPerUtterance: dataSlope,
    recordSlopeBytesPerUtterance: recordSlope,
    heapTailSlopeBytesPerUtterance: heapSlopes(tail),
    recordTailSlopeBytesPerUtterance: recordSlopeOf(tail),
    flat: Object.values(dataSlope).reduce((a, b) => a + b, 0) <= 2 * Math.max(recordSlope, 0),
    heapAtMinute: { 1: at(Math.ceil(perMin)), 30: at(Math.ceil(30 * perMin)), 60: at(total) },
    code,
    minute1: minute(0, perMinute),
    minute60: minute(total - perMinute, total),
  };
}

// ---- anticipatory prompts ----

export interface CueCallResult {
  pace: Pace;
  /** Patient cue utterances played, and how many of them showed their prompt. */
  cues: number;
  shown: number;
  /** The nudge interval the call ran with (seconds; set through storage.local, the settings' minimum). */
  nudgeIntervalSec: number;
  /** Prompts that replaced a showing one / showed with none up (under the nudge budget). */
  replaced: number;
  firstShown: number;
  /** Cues without their prompt, by where the trail ends: no panel feed row, no worker receipt, no prompt. */
  notShown: { noFeedRow: number; notReceived: number; noPrompt: number };
  /** Patient caption final (the worker received the utterance) -> the prompt shown in the panel. */
  emittedToPromptMs: Dist;
  /** Last word rendered on the call page -> the prompt shown (adds the segmenter's wait). */
  renderedToPromptMs: Dist;
}

const MIN_NUDGE_SEC = 10;

/**
 * A call of patient cues: emotion and change talk alternating, each followed by the clinician's
 * backchannel, in `blocks` blocks (see buildCueBlocks). The nudge interval is set to the settings'
 * minimum through storage.local for this call and restored afterwards.
 */
export async function cueCall(h: Harness, n: number, pace: Pace, detect: (text: string) => { emotion: unknown; changeTalk: unknown }): Promise<CueCallResult> {
  const blocks = buildCueBlocks(n, n >= 8 ? 2 : 1, detect);
  const sw = await h.serviceWorker();
  const before = await sw.evaluate(async () => (await chrome.storage.local.get('settings'))['settings'] as Record<string, unknown> | undefined);
  await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { ...(before ?? {}), nudgeIntervalSec: MIN_NUDGE_SEC });
  try {
    const { call, panel } = await openCallWithPanel(h);
    await recordPrompts(panel);
    let offset = 0;
    for (const [b, block] of blocks.entries()) {
      if (b > 0) {
        // The moment passes (the prompt expires), then the nudge interval since the last prompt.
        const t0 = Date.now();
        await playRecorded(call, { steps: [...MOVE_ON] }, pace);
        await new Promise((r) => setTimeout(r, Math.max(0, MIN_NUDGE_SEC * 1000 + 500 - (Date.now() - t0))));
      }
      await playRecorded(call, cueScript(block, offset), pace);
      offset += block.length;
    }
    const all = blocks.flat();
    // Wait for the last cue's prompt (or give up after 10 s: it then counts as not shown).
    const last = all[all.length - 1]!;
    for (let i = 0; i < 50 && !(await promptEvents(panel)).some(([k]) => k === last.expect); i++) await new Promise((r) => setTimeout(r, 200));
    const rows = joinCues(all, await renderedTimes(call), await receivedTimes(sw), await shownRows(panel), await promptEvents(panel));
    await panel.close();
    await call.close();
    const ok = rows.filter((r) => r.emittedToPrompt !== null);
    return {
      pace,
      cues: all.length,
      shown: ok.length,
      nudgeIntervalSec: MIN_NUDGE_SEC,
      replaced: ok.filter((r) => r.path === 'replace').length,
      firstShown: ok.filter((r) => r.path === 'first').length,
      notShown: {
        noFeedRow: rows.filter((r) => r.path === null && r.why === 'no-row').length,
        notReceived: rows.filter((r) => r.path === null && r.why === 'no-emit').length,
        noPrompt: rows.filter((r) => r.path === null && r.why === 'no-prompt').length,
      },
      emittedToPromptMs: dist(ok.map((r) => r.emittedToPrompt!), 1),
      renderedToPromptMs: dist(ok.filter((r) => r.renderedToPrompt !== null).map((r) => r.renderedToPrompt!), 1),
    };
  } finally {
    await sw.evaluate((s) => (s ? chrome.storage.local.set({ settings: s }) : chrome.storage.local.remove('settings')), before ?? null);
  }
}
