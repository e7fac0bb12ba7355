// Helpers shared by the eval modes: the real model through onnxruntime-web in Node (or the keyword
// baseline), per-label reports, and the caption-noised copy of a set (models/train/caption-noise.ts).
import { LABELS, type Label } from '../../src/classifier/labels';
import { baselineLabel } from '../../src/classifier/baseline';
import { evaluate, type Report } from '../../models/train/metrics.ts';
import { loadNodeClassifier } from '../../models/train/node-classifier.ts';
import { captionNoise } from '../../models/train/caption-noise.ts';
import { mulberry32 } from '../../models/train/rng.ts';
import { fnv1a } from '../../src/classifier/featurize';

export interface Predictor { predict(text: string, context: string): Promise<{ label: Label; confidence: number; probs: number[] }>; close(): Promise<void> }

export async function predictor(useBaseline: boolean): Promise<Predictor> {
  if (useBaseline) {
    return {
      predict: async (t) => { const label = baselineLabel(t); return { label, confidence: 1, probs: LABELS.map((l) => (l === label ? 1 : 0)) }; },
      close: async () => {},
    };
  }
  const clf = await loadNodeClassifier();
  return {
    predict: async (t, c) => { const r = await clf.classify(t, c); return { label: r.label, confidence: r.confidence, probs: LABELS.map((l) => r.scores[l]) }; },
    close: () => clf.dispose(),
  };
}

export interface Gold { text: string; context: string; label: string; lang?: string; group?: string }

/** One caption-noised copy per line, seeded by the line itself (the same noise on every run). */
export function noised(xs: Gold[]): Gold[] {
  return xs.map((x) => ({ ...x, text: captionNoise(x.text, mulberry32(fnv1a(`eval-noise:${x.text}`)), x.lang) }));
}

export async function score(p: Predictor, xs: Gold[], labels: readonly string[] = LABELS, map?: (l: Label, text: string) => string): Promise<{ report: Report; probs: number[][]; pred: Label[] }> {
  const pred: Label[] = [], probs: number[][] = [];
  for (const x of xs) { const r = await p.predict(x.text, x.context); pred.push(r.label); probs.push(r.probs); }
  const report = evaluate(xs.map((x) => x.label), pred.map((l, i) => (map ? map(l, xs[i]!.text) : l)), labels);
  return { report, probs, pred };
}

/** Per-label F1 side by side: clean against noisy (or with against without context). */
export function side(a: Report, b: Report, names: [string, string]): Record<string, Record<string, number>> {
  return Object.fromEntries(Object.keys(a.perLabel).map((l) => [l, { [names[0]]: a.perLabel[l]!.f1, [names[1]]: b.perLabel[l]!.f1, support: a.perLabel[l]!.support }]));
}
