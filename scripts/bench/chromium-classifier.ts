// Section 1 in Chromium: the real offscreen document of the built extension, driven from the service
// worker with the same `off/classify` request, over the same port, as the product. Two figures per utterance:
// `inside` = the `ms` the offscreen reply carries (measured around classify() in the offscreen page),
// `roundTrip` = service worker request -> reply (adds IPC, validation and structured cloning).
import type { Worker } from 'playwright-core';
import type { Item } from './corpus';
import { cycle } from './corpus';
import { dist, round, type Dist } from './stats';
import { hostSpeed, type HostSpeed } from './host-speed';
import { installOffscreenClient, type OffscreenRequest } from '../lib/offscreen-client';

type Off = { __offscreen: OffscreenRequest };

export interface ChromiumClassifierResult {
  /** The host's speed just before and just after the timed runs (host-speed.ts). */
  hostSpeed?: { before: HostSpeed; after: HostSpeed };
  /** Offscreen document created -> model ready, first time in a fresh profile (wall, in the worker). */
  loadColdMs: number;
  /** The offscreen page's own loadMs (fetch model + instantiate wasm + session) for that first load. */
  loadColdInsideMs: number | null;
  /** Same after closing and re-creating the document in the same browser (compiled-wasm caches warm). */
  loadWarmMs: number;
  loadWarmInsideMs: number | null;
  /**
   * The product's own JIT warm-up after the (warm) load, as the offscreen page reports it: calls
   * and wall time. The timed runs start after it, so they measure the steady state a call runs in.
   */
  warmUp?: { calls: number; ms: number };
  classifyInsideMs: Dist;
  roundTripMs: Dist;
  /**
   * The offscreen document's own used JS heap (after GC) after the warm-up, halfway and after the
   * timed classifications, with no panel open (a panel shares its isolate): bytes per
   * classification over all timed runs, and over the second half only (the first thousand or so
   * classifications still grow the heap once: compiled code, inline caches, onnxruntime buffers).
   */
  offscreenHeap?: { afterWarmup: number; halfway: number; afterTimed: number; bytesPerClassify: number; bytesPerClassifySecondHalf: number };
}

const OFFSCREEN = 'src/entries/offscreen/index.html';

/** Creates the offscreen document (closing an existing one first) and waits until its model is ready. */
async function timedLoad(sw: Worker, recreate: boolean): Promise<{ wallMs: number; insideMs: number | null }> {
  await installOffscreenClient(sw);
  return sw.evaluate(
    async ({ path, recreate }) => {
      const url = chrome.runtime.getURL(path);
      const open = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
      if (open.length > 0) {
        if (!recreate) throw new Error('offscreen document already open: cold load cannot be measured');
        await chrome.offscreen.closeDocument();
      }
      const t0 = performance.now();
      await chrome.offscreen.createDocument({ url: path, reasons: ['WORKERS' as chrome.offscreen.Reason], justification: 'bench' });
      // The client waits while the new document does not listen yet.
      for (;;) {
        const s = (await (globalThis as unknown as Off).__offscreen({ kind: 'off/status' })) as { state?: string; loadMs?: number } | undefined;
        if (s?.state === 'ready') return { wallMs: performance.now() - t0, insideMs: s.loadMs ?? null };
        if (s?.state === 'failed') throw new Error('model failed to load');
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    { path: OFFSCREEN, recreate },
  );
}

/** Waits until the offscreen page reports its JIT warm-up done (classifier/warm-up.ts). */
async function waitForWarmUp(sw: Worker): Promise<{ calls: number; ms: number } | undefined> {
  await installOffscreenClient(sw);
  return sw.evaluate(async () => {
    const t0 = performance.now();
    while (performance.now() - t0 < 20_000) {
      const s = (await (globalThis as unknown as Off).__offscreen({ kind: 'off/status' })) as { warmUp?: { calls: number; ms: number } } | undefined;
      if (s?.warmUp) return s.warmUp;
      await new Promise((r) => setTimeout(r, 50));
    }
    return undefined; // an older build without the warm-up: time it as it is
  });
}

/** Times `items` one after the other (as the call service does: never two at once). */
export async function classifyInOffscreen(sw: Worker, items: readonly Item[], gapMs = 0): Promise<Array<[inside: number, roundTrip: number]>> {
  await installOffscreenClient(sw);
  return sw.evaluate(async ({ list, gapMs }) => {
    const out: Array<[number, number]> = [];
    for (const it of list) {
      if (gapMs > 0) await new Promise((r) => setTimeout(r, gapMs));
      const t0 = performance.now();
      const r = (await (globalThis as unknown as Off).__offscreen({ kind: 'off/classify', text: it.text, context: it.context })) as
        | { ok: true; ms: number }
        | { ok: false; error: string };
      const rt = performance.now() - t0;
      if (!r.ok) throw new Error(`classify failed: ${r.error}`);
      out.push([r.ms, rt]);
    }
    return out;
  }, { list: items as Item[], gapMs });
}

export async function benchChromiumClassifier(
  sw: Worker,
  items: readonly Item[],
  n: number,
  warmup: number,
  offscreenHeap?: () => Promise<number | undefined>,
): Promise<ChromiumClassifierResult> {
  const cold = await timedLoad(sw, false);
  const warm = await timedLoad(sw, true);
  const warmUp = await waitForWarmUp(sw);
  await classifyInOffscreen(sw, cycle(items, warmup));
  const speedBefore = hostSpeed();
  const heap0 = await offscreenHeap?.();
  // Batches keep each evaluate() short and the transferred arrays small.
  const samples: Array<[number, number]> = [];
  const half = Math.min(n, Math.ceil(n / 2 / 500) * 500);
  let heapHalf: number | undefined;
  for (let done = 0; done < n; done += 500) {
    if (done === half) heapHalf = await offscreenHeap?.();
    samples.push(...(await classifyInOffscreen(sw, cycle(items, Math.min(500, n - done), warmup + done))));
  }
  const heap1 = await offscreenHeap?.();
  const speedAfter = hostSpeed();
  heapHalf ??= heap1;
  return {
    ...(heap0 !== undefined && heap1 !== undefined && heapHalf !== undefined
      ? { offscreenHeap: { afterWarmup: heap0, halfway: heapHalf, afterTimed: heap1, bytesPerClassify: round((heap1 - heap0) / n, 1), bytesPerClassifySecondHalf: round((heap1 - heapHalf) / Math.max(1, n - half), 1) } }
      : {}),
    loadColdMs: round(cold.wallMs, 1),
    loadColdInsideMs: cold.insideMs,
    loadWarmMs: round(warm.wallMs, 1),
    loadWarmInsideMs: warm.insideMs,
    ...(warmUp ? { warmUp } : {}),
    classifyInsideMs: dist(samples.map((s) => s[0]), 3),
    roundTripMs: dist(samples.map((s) => s[1]), 3),
    hostSpeed: { before: speedBefore, after: speedAfter },
  };
}
