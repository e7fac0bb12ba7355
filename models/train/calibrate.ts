// Confidence that means something: temperature scaling fitted on real dev turns, expected
// calibration error with a reliability table, the "unsure" threshold, and bootstrap confidence
// intervals by dialogue for per-label figures. Pure functions over probability vectors.
import { evaluate } from './metrics.ts';
import { mulberry32 } from './rng.ts';

export interface Scored { p: Float32Array | number[]; y: number; group?: string }

/** Probabilities after dividing the logits by T (log p is the logit up to a constant). */
export function temper(p: ArrayLike<number>, T: number): number[] {
  const z = Array.from(p, (v) => Math.log(Math.max(v, 1e-12)) / T);
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

export function nll(xs: Scored[], T: number): number {
  let s = 0;
  for (const x of xs) s -= Math.log(Math.max(temper(x.p, T)[x.y]!, 1e-12));
  return s / Math.max(1, xs.length);
}

/** Search of T in [0.3, 4] minimising dev NLL: a 0.1 grid, then 0.01 around the best; deterministic. */
export function fitTemperature(dev: Scored[]): number {
  let best = 1, bestL = Infinity;
  const tryT = (t: number): void => {
    const l = nll(dev, t);
    if (l < bestL - 1e-12) { bestL = l; best = t; }
  };
  for (let t = 3; t <= 40; t++) tryT(t / 10);
  const c = Math.round(best * 100);
  for (let t = Math.max(30, c - 10); t <= Math.min(400, c + 10); t++) tryT(t / 100);
  return Math.round(best * 100) / 100;
}

const top = (p: ArrayLike<number>): { k: number; c: number } => {
  let k = 0;
  for (let i = 1; i < p.length; i++) if (p[i]! > p[k]!) k = i;
  return { k, c: p[k]! };
};

export interface ReliabilityBin { from: number; to: number; n: number; meanConfidence: number; accuracy: number }
/** ECE over `bins` equal-width confidence bins, with the table (empty bins omitted). */
export function reliability(xs: Scored[], bins = 10): { ece: number; table: ReliabilityBin[] } {
  const acc = new Array(bins).fill(0), conf = new Array(bins).fill(0), n = new Array(bins).fill(0);
  for (const x of xs) {
    const { k, c } = top(x.p);
    const b = Math.min(bins - 1, Math.floor(c * bins));
    n[b]++; conf[b] += c; acc[b] += k === x.y ? 1 : 0;
  }
  let ece = 0;
  const table: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (!n[b]) continue;
    ece += (n[b] / xs.length) * Math.abs(acc[b] / n[b] - conf[b] / n[b]);
    table.push({ from: b / bins, to: (b + 1) / bins, n: n[b], meanConfidence: r3(conf[b] / n[b]), accuracy: r3(acc[b] / n[b]) });
  }
  return { ece: r3(ece), table };
}

/**
 * The "unsure" threshold: the lowest confidence t (step 0.05) at which the predictions kept
 * (confidence >= t) are right at least `target` of the time on dev. Below it the coach counts the
 * utterance as no evidence.
 */
export function chooseThreshold(dev: Scored[], target: number): { threshold: number; keptAccuracy: number; coverage: number } {
  for (let t = 0; t <= 95; t += 5) {
    const kept = dev.filter((x) => top(x.p).c >= t / 100);
    if (!kept.length) break;
    const a = kept.filter((x) => top(x.p).k === x.y).length / kept.length;
    if (a >= target) return { threshold: t / 100, keptAccuracy: r3(a), coverage: r3(kept.length / dev.length) };
  }
  return { threshold: 0.95, keptAccuracy: NaN, coverage: 0 };
}

/** Accuracy and coverage of the confident predictions at a given threshold. */
export function abstention(xs: Scored[], threshold: number): { coverage: number; keptAccuracy: number; allAccuracy: number } {
  const kept = xs.filter((x) => top(x.p).c >= threshold);
  return {
    coverage: r3(kept.length / Math.max(1, xs.length)),
    keptAccuracy: r3(kept.filter((x) => top(x.p).k === x.y).length / Math.max(1, kept.length)),
    allAccuracy: r3(xs.filter((x) => top(x.p).k === x.y).length / Math.max(1, xs.length)),
  };
}

/**
 * 95% percentile bootstrap intervals of per-label F1 / precision / recall and macro-F1, resampling
 * whole dialogues (turns of one consultation are not independent). Seeded.
 */
export function bootstrapCI(xs: Scored[], labels: readonly string[], rounds = 300, seed = 7): {
  macroF1: [number, number]; perLabel: Record<string, { f1: [number, number]; precision: [number, number]; recall: [number, number] }>;
} {
  const groups = new Map<string, Scored[]>();
  for (const x of xs) { const g = x.group ?? String(groups.size); groups.set(g, [...(groups.get(g) ?? []), x]); }
  const keys = [...groups.keys()];
  const rng = mulberry32(seed);
  const macro: number[] = [];
  const per: Record<string, { f1: number[]; precision: number[]; recall: number[] }> = Object.fromEntries(labels.map((l) => [l, { f1: [], precision: [], recall: [] }]));
  for (let r = 0; r < rounds; r++) {
    const sample: Scored[] = [];
    for (let i = 0; i < keys.length; i++) sample.push(...groups.get(keys[Math.floor(rng() * keys.length)]!)!);
    const rep = evaluate(sample.map((x) => labels[x.y]!), sample.map((x) => labels[top(x.p).k]!), labels);
    macro.push(rep.macroF1);
    for (const l of labels) {
      const m = rep.perLabel[l]!;
      if (!m.support) continue;
      per[l]!.f1.push(m.f1); per[l]!.precision.push(m.precision); per[l]!.recall.push(m.recall);
    }
  }
  const ci = (v: number[]): [number, number] => {
    const s = [...v].sort((a, b) => a - b);
    return s.length ? [r3(s[Math.floor(0.025 * (s.length - 1))]!), r3(s[Math.ceil(0.975 * (s.length - 1))]!)] : [NaN, NaN];
  };
  return {
    macroF1: ci(macro),
    perLabel: Object.fromEntries(labels.map((l) => [l, { f1: ci(per[l]!.f1), precision: ci(per[l]!.precision), recall: ci(per[l]!.recall) }])),
  };
}

function r3(x: number): number { return Math.round(x * 1000) / 1000; }
