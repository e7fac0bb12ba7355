// Section 1 in Node: the classifier through the same session.ts the extension uses (onnxruntime-web,
// wasm, 1 thread), and the keyword/regex baseline on the same texts for scale.
import { statSync } from 'node:fs';
import { baselineLabel } from '../../src/classifier/baseline';
import { detectRisk, warmUpDetector } from '../../src/safety/detect';
import { MODEL_PATH, loadNodeClassifier } from '../../models/train/node-classifier';
import { cycle, type Item } from './corpus';
import { dist, round, type Dist } from './stats';

export interface NodeClassifierResult {
  modelBytes: number;
  /** First load in this process: wasm compile + instantiate + session create. */
  loadColdMs: number;
  /** Second load in the same process: the wasm module is already instantiated, session create only. */
  loadWarmMs: number;
  classifyMs: Dist;
  baselineMs: Dist;
  /** classify p50 / baseline p50: how many times slower the model is than the regexes. */
  ratioP50: number;
  /** The safety check (rules + risk model) on the same texts, as the worker runs it on each patient utterance. */
  safetyMs: Dist;
}

export async function benchNodeClassifier(items: readonly Item[], n: number, warmup: number): Promise<NodeClassifierResult> {
  let t0 = performance.now();
  const first = await loadNodeClassifier();
  const loadColdMs = performance.now() - t0;
  await first.dispose();
  t0 = performance.now();
  const clf = await loadNodeClassifier();
  const loadWarmMs = performance.now() - t0;

  // Warm-up: JIT, the wasm heap and the session's buffers; not counted.
  for (const it of cycle(items, warmup)) await clf.classify(it.text, it.context);
  const times: number[] = [];
  for (const it of cycle(items, n, warmup)) {
    const s = performance.now();
    await clf.classify(it.text, it.context);
    times.push(performance.now() - s);
  }
  await clf.dispose();

  for (const it of cycle(items, warmup)) baselineLabel(it.text);
  const base: number[] = [];
  for (const it of cycle(items, n, warmup)) {
    const s = performance.now();
    baselineLabel(it.text);
    base.push(performance.now() - s);
  }
  // Safety runs in the service worker before the coach on every patient utterance: timed here
  // rather than in a unit test (the machines are noisy).
  warmUpDetector();
  for (const it of cycle(items, warmup)) detectRisk({ text: it.text, context: it.context });
  const safety: number[] = [];
  for (const it of cycle(items, n, warmup)) {
    const s = performance.now();
    detectRisk({ text: it.text, context: it.context });
    safety.push(performance.now() - s);
  }
  const classifyMs = dist(times, 4);
  const baselineMs = dist(base, 4);
  return {
    modelBytes: statSync(MODEL_PATH).size,
    loadColdMs: round(loadColdMs, 1),
    loadWarmMs: round(loadWarmMs, 1),
    classifyMs,
    baselineMs,
    ratioP50: round(classifyMs.p50 / Math.max(baselineMs.p50, 1e-6), 1),
    safetyMs: dist(safety, 4),
  };
}
