// Loads the classifier once from the model bytes and runs utterances one at a time: onnxruntime-web
// sessions must not run concurrently, so every call is chained on one promise queue.
import type * as Ort from 'onnxruntime-web/wasm';
import { configureOrt, type WasmSource } from './ort-env';
import { featurizeShared } from './featurize';
import type { Classification } from './labels';
import { decide } from './decision';

export const MODEL_IO = { ids: 'ids', weights: 'weights', scores: 'scores' } as const;

export interface Classifier {
  /** Labels one clinician utterance; `context` is the patient's previous utterance, if any. */
  classify(text: string, context?: string): Promise<Classification>;
  /** Releases the session; later calls reject. */
  dispose(): Promise<void>;
}


/** Turns the model's (calibrated) probability vector into the coach's decision. */
export const toClassification = decide;

/**
 * Creates the one session for this JS realm. `modelBytes`: the .onnx file's bytes (extension: fetch
 * of runtime.getURL('models/alliance-classifier.onnx')); `wasm`: see WasmSource in ort-env.ts.
 */
export async function loadClassifier(modelBytes: Uint8Array, wasm: WasmSource): Promise<Classifier> {
  const ort = configureOrt(wasm);
  const session: Ort.InferenceSession = await ort.InferenceSession.create(modelBytes, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
  let queue: Promise<unknown> = Promise.resolve();
  let disposed = false;

  async function run(text: string, context?: string): Promise<Classification> {
    if (disposed) throw new Error('classifier disposed');
    // Views into featurize's reused buffers: onnxruntime copies them into the wasm heap during
    // run(), and the queue below never starts the next featurize before this run has finished.
    const f = featurizeShared(text, context);
    const feeds = {
      [MODEL_IO.ids]: new ort.Tensor('int32', f.ids, [f.ids.length]),
      [MODEL_IO.weights]: new ort.Tensor('float32', f.weights, [1, f.weights.length]),
    };
    const out = await session.run(feeds);
    const scores = out[MODEL_IO.scores];
    if (!scores) throw new Error(`model has no "${MODEL_IO.scores}" output`);
    return toClassification(scores.data as Float32Array);
  }

  return {
    classify(text, context) {
      const p = queue.then(() => run(text, context));
      queue = p.catch(() => undefined); // one failed run must not poison the queue
      return p;
    },
    async dispose() {
      disposed = true;
      await queue;
      await session.release();
    },
  };
}
