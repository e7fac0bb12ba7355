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

let status: ModelStatus = { state: 'loading' };
let loading: Promise<Classifier> | null = null;

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
      return c;
    } catch (e) {
      status = { state: 'failed', error: e instanceof Error ? e.message : String(e) };
      throw e;
    }
  })();
  return loading;
}

export async function hostStatus(): Promise<ModelStatus> {
  await load().catch(() => undefined);
  return status;
}

export async function hostClassify(text: string, context: string): Promise<Classification & { ms: number }> {
  const c = await load();
  const t0 = performance.now();
  const r = await c.classify(text, context);
  const d = detectLanguage(text);
  return { ...r, lang: d.code, langReliable: d.reliable, ms: performance.now() - t0 };
}
