// Node warm-latency benchmark of one classify() call (featurize + onnxruntime-web wasm, 1 thread).
// The budget is measured in Chromium by `npm run bench`; this is the Node figure for the model card.
// Usage: npx tsx models/train/bench-node.ts [N]
import { loadNodeClassifier } from './node-classifier.ts';
import { GOLDEN_INPUTS } from './goldens.ts';

export async function benchNode(n: number): Promise<{ runs: number; loadMs: number; p50Ms: number; p90Ms: number; p99Ms: number; maxMs: number }> {
  const t0 = performance.now();
  const clf = await loadNodeClassifier();
  const loadMs = performance.now() - t0;
  for (let i = 0; i < 500; i++) await clf.classify(GOLDEN_INPUTS[i % GOLDEN_INPUTS.length]!.text); // warm-up
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = GOLDEN_INPUTS[i % GOLDEN_INPUTS.length]!;
    const s = performance.now();
    await clf.classify(g.text, g.context);
    times.push(performance.now() - s);
  }
  await clf.dispose();
  times.sort((a, b) => a - b);
  const q = (p: number): number => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]! * 1000) / 1000;
  return { runs: n, loadMs: Math.round(loadMs), p50Ms: q(0.5), p90Ms: q(0.9), p99Ms: q(0.99), maxMs: q(1) };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await benchNode(Number(process.argv[2] ?? 5000))));
