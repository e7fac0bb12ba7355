// Section 1 in Node: the classifier through the same session.ts the extension uses (onnxruntime-web,
// wasm, 1 thread), and the keyword/regex baseline on the same texts for scale.
import { statSync } from 'node:fs';
import { baselineLabel } from '../../src/classifier/baseline';
import { detectRisk, warmUpDetector } from '../../src/safety/detect';
import { detectLanguage } from '../../src/language/detect';
import { MODEL_PATH, loadNodeClassifier } from '../../models/train/node-classifier';
import { cycle, type Item } from './corpus';
import { WARM_UP, warmUpInputs } from '../../src/classifier/warm-up';
import { dist, round, type Dist } from './stats';

export interface NodeClassifierResult {
  modelBytes: number;
  /** First load in this process: wasm compile + instantiate + session create. */
  loadColdMs: number;
  /** Second load in the same process: the wasm module is already instantiated, session create only. */
  loadWarmMs: number;
  /** featurize + session.run + decide (session.ts), without language detection. */
  classifyMs: Dist;
  /**
   * detectLanguage (eld on the line's first 160 characters) on the same texts: the offscreen
   * document runs it after classify inside the budgeted span, so its own cost is shown apart.
   */
  languageMs?: Dist;
  baselineMs: Dist;
  /** classify p50 / baseline p50: how many times slower the model is than the regexes. */
  ratioP50: number;
  /** The safety check (rules + risk model) on the same texts, as the worker runs it on each patient utterance. */
  safetyMs: Dist;
}

/** Times `f` on `n` items after `warmup` untimed calls (ms per call). */
function timeEach(items: readonly Item[], n: number, warmup: number, f: (it: Item) => unknown): number[] {
  for (const it of cycle(items, warmup)) f(it);
  const out: number[] = [];
  for (const it of cycle(items, n, warmup)) {
    const s = performance.now();
    f(it);
    out.push(performance.now() - s);
  }
  return out;
}

export async function benchNodeClassifier(items: readonly Item[], n: number, warmup: number): Promise<NodeClassifierResult> {
  let t0 = performance.now();
  const first = await loadNodeClassifier();
  const loadColdMs = performance.now() - t0;
  await first.dispose();
  t0 = performance.now();
  const clf = await loadNodeClassifier();
  const loadWarmMs = performance.now() - t0;

  // The product's own warm-up after loading (classifier-host.ts), then the bench's: JIT, the wasm
  // heap and the session's buffers; not counted.
  for (const it of warmUpInputs(WARM_UP.calls)) await clf.classify(it.text, it.context);
  for (const it of cycle(items, warmup)) await clf.classify(it.text, it.context);
  const times: number[] = [];
  for (const it of cycle(items, n, warmup)) {
    const s = performance.now();
    await clf.classify(it.text, it.context);
    times.push(performance.now() - s);
  }
  await clf.dispose();

  const lang = timeEach(items, n, warmup, (it) => detectLanguage(it.text));
  const base = timeEach(items, n, warmup, (it) => baselineLabel(it.text));
  // Safety runs in the service worker before the coach on every patient utterance: timed here
  // rather than in a unit test (the machines are noisy).
  warmUpDetector();
  const safety = timeEach(items, n, warmup, (it) => detectRisk({ text: it.text, context: it.context }));
  const classifyMs = dist(times, 4);
  const baselineMs = dist(base, 4);
  return {
    modelBytes: statSync(MODEL_PATH).size,
    loadColdMs: round(loadColdMs, 1),
    loadWarmMs: round(loadWarmMs, 1),
    classifyMs,
    languageMs: dist(lang, 4),
    baselineMs,
    ratioP50: round(classifyMs.p50 / Math.max(baselineMs.p50, 1e-6), 1),
    safetyMs: dist(safety, 4),
  };
}
