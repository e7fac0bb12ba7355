// Hosts the one classifier of this browser session: in the offscreen document on Chrome, in the
// background page on Firefox. The model and the wasm are extension files, read from the extension
// itself (connect-src 'self'); loading starts as soon as this module runs and happens once.
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import modelUrl from '../../models/alliance-classifier.onnx?url';
import { loadClassifier, type Classifier } from '../classifier/session';
import type { Classification } from '../classifier/labels';
import type { ModelStatus } from '../messaging/protocol';
import { browser } from './browser';
import { detectLanguage } from '../language/detect';
import { WARM_UP, messageChannelTurn, runWarmUp, warmUpInputs } from '../classifier/warm-up';

let status: ModelStatus = { state: 'loading' };
let loading: Promise<Classifier> | null = null;
// Real requests between their arrival and their reply: the warm-up waits while there are any.
let inFlight = 0;

function load(): Promise<Classifier> {
  loading ??= (async () => {
    const t0 = performance.now();
    try {
      // Extension-local files only: the CSP forbids any other origin.
      const res = await fetch(browser.runtime.getURL(modelUrl));
      if (!res.ok) throw new Error(`model file missing (${res.status})`);
      const bytes = new Uint8Array(await res.arrayBuffer());
      const c = await loadClassifier(bytes, { url: browser.runtime.getURL(wasmUrl) });
      status = { state: 'ready', loadMs: Math.round(performance.now() - t0) };
      void warm(c);
      return c;
    } catch (e) {
      status = { state: 'failed', error: e instanceof Error ? e.message : String(e) };
      throw e;
    }
  })();
  return loading;
}

/** One request's work: the label and the line's language (the warm-up runs exactly this path). */
async function classifyLine(c: Classifier, text: string, context: string): Promise<Classification> {
  const r = await c.classify(text, context);
  const d = detectLanguage(text);
  // The classification is this call's own object: filled in place, not copied (the span is budgeted).
  r.lang = d.code;
  r.langReliable = d.reliable;
  return r;
}

async function warm(c: Classifier): Promise<void> {
  const r = await runWarmUp(warmUpInputs(WARM_UP.calls), (t, x) => classifyLine(c, t, x), {
    batch: WARM_UP.batch,
    yieldTurn: messageChannelTurn(),
    busy: () => inFlight > 0,
  });
  if (status.state === 'ready') status = { ...status, warmUp: { calls: r.calls, ms: Math.round(r.ms) } };
}

export async function hostStatus(): Promise<ModelStatus> {
  await load().catch(() => undefined);
  return status;
}

export async function hostClassify(text: string, context: string): Promise<Classification & { ms: number }> {
  inFlight++;
  try {
    const c = await load();
    const t0 = performance.now();
    const r: Classification & { ms?: number } = await classifyLine(c, text, context);
    r.ms = performance.now() - t0;
    return r as Classification & { ms: number };
  } finally {
    inFlight--;
  }
}
