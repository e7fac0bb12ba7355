// The classifier network, in plain TypeScript for training (the same maths is exported to ONNX by
// export-onnx.ts):  h = relu(weights · E[ids] + b1);  scores = softmax(h · W2 + b2).
// An embedding bag (fastText-like) with one hidden ReLU layer: the hidden layer lets features
// combine ("sorry" + "you" + "sounds like" -> reflection, "sorry" alone -> sympathy).
// Optimiser: Adam, lazily on the embedding rows an example touches. All randomness is seeded.
import type { Features } from '../../src/classifier/featurize';
import { mulberry32, shuffleInPlace } from './rng.ts';

export interface Net { buckets: number; dim: number; classes: number; E: Float32Array; b1: Float32Array; W2: Float32Array; b2: Float32Array }
export interface Sample { f: Features; y: number; w: number }
export interface HyperParams {
  dim: number; epochs: number; lr: number; l2: number; featDrop: number; hiddenDrop: number; seed: number;
  /** Label-smoothing mass spread over all classes (0 = plain cross-entropy). */
  smoothing: number;
}

export function initNet(buckets: number, dim: number, classes: number, seed: number): Net {
  const rng = mulberry32(seed);
  const E = new Float32Array(buckets * dim);
  for (let i = 0; i < E.length; i++) E[i] = (rng() * 2 - 1) * 0.1;
  const a = Math.sqrt(6 / (dim + classes));
  const W2 = new Float32Array(dim * classes);
  for (let i = 0; i < W2.length; i++) W2[i] = (rng() * 2 - 1) * a;
  return { buckets, dim, classes, E, b1: new Float32Array(dim).fill(0.05), W2, b2: new Float32Array(classes) };
}

/** Hidden pre-activation, then class probabilities. `keep` masks features (training dropout). */
export function forward(net: Net, f: Features, keep?: Uint8Array): { h0: Float32Array; p: Float32Array } {
  const { dim, classes, E, b1, W2, b2 } = net;
  const h0 = Float32Array.from(b1);
  for (let i = 0; i < f.ids.length; i++) {
    if (keep && !keep[i]) continue;
    const w = f.weights[i]!, row = f.ids[i]! * dim;
    for (let d = 0; d < dim; d++) h0[d]! += w * E[row + d]!;
  }
  const z = Float32Array.from(b2);
  for (let d = 0; d < dim; d++) {
    const h = h0[d]! > 0 ? h0[d]! : 0;
    if (h === 0) continue;
    for (let k = 0; k < classes; k++) z[k]! += h * W2[d * classes + k]!;
  }
  let m = -Infinity;
  for (const v of z) m = Math.max(m, v);
  let s = 0;
  for (let k = 0; k < classes; k++) { z[k] = Math.exp(z[k]! - m); s += z[k]!; }
  for (let k = 0; k < classes; k++) z[k] = z[k]! / s;
  return { h0, p: z };
}

export function predict(net: Net, f: Features): number {
  const { p } = forward(net, f);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return best;
}

class Adam {
  m: Float32Array; v: Float32Array;
  constructor(n: number, private b1 = 0.9, private b2 = 0.999) { this.m = new Float32Array(n); this.v = new Float32Array(n); }
  /** `lrt` is the bias-corrected step size lr * sqrt(1 - b2^t) / (1 - b1^t), computed once per step. */
  step(p: Float32Array, i: number, g: number, lrt: number): void {
    const m = (this.m[i] = this.b1 * this.m[i]! + (1 - this.b1) * g);
    const v = (this.v[i] = this.b2 * this.v[i]! + (1 - this.b2) * g * g);
    p[i]! -= (lrt * m) / (Math.sqrt(v) + 1e-8);
  }
}

/** Trains in place for hp.epochs epochs (per-example updates, seeded shuffling and dropout). */
export function train(net: Net, data: Sample[], hp: HyperParams): void {
  const rng = mulberry32(hp.seed ^ 0x9e3779b9);
  const { dim, classes, E, b1, W2, b2 } = net;
  const oE = new Adam(E.length), ob1 = new Adam(dim), oW2 = new Adam(W2.length), ob2 = new Adam(classes);
  const order = data.map((_, i) => i);
  const gh = new Float32Array(dim), hmask = new Float32Array(dim);
  let t = 0;
  const total = hp.epochs * data.length;
  for (let ep = 0; ep < hp.epochs; ep++) {
    shuffleInPlace(order, rng);
    for (const idx of order) {
      const { f, y, w } = data[idx]!;
      t++;
      const lr = (hp.lr * (1 - 0.9 * (t / total)) * Math.sqrt(1 - 0.999 ** t)) / (1 - 0.9 ** t); // linear decay to 10%
      const keep = new Uint8Array(f.ids.length);
      let kept = 0;
      for (let i = 0; i < keep.length; i++) if (rng() >= hp.featDrop) { keep[i] = 1; kept++; }
      if (kept === 0) keep.fill(1);
      for (let d = 0; d < dim; d++) hmask[d] = rng() >= hp.hiddenDrop ? 1 / (1 - hp.hiddenDrop) : 0;
      const { h0 } = forward(net, f, keep);
      // Recompute the output with hidden dropout applied (forward() is the inference path).
      const h = new Float32Array(dim);
      for (let d = 0; d < dim; d++) h[d] = (h0[d]! > 0 ? h0[d]! : 0) * hmask[d]!;
      const z = Float32Array.from(b2);
      for (let d = 0; d < dim; d++) if (h[d]) for (let k = 0; k < classes; k++) z[k]! += h[d]! * W2[d * classes + k]!;
      let m = -Infinity; for (const v of z) m = Math.max(m, v);
      let s = 0; for (let k = 0; k < classes; k++) { z[k] = Math.exp(z[k]! - m); s += z[k]!; }
      const dz = new Float32Array(classes);
      // Label smoothing keeps the scores from saturating at 0/1 (the coach reads them as confidence).
      const on = 1 - hp.smoothing, off = hp.smoothing / classes;
      for (let k = 0; k < classes; k++) dz[k] = w * (z[k]! / s - (k === y ? on + off : off));
      gh.fill(0);
      for (let d = 0; d < dim; d++) {
        for (let k = 0; k < classes; k++) {
          gh[d]! += W2[d * classes + k]! * dz[k]!;
          if (h[d]) oW2.step(W2, d * classes + k, h[d]! * dz[k]! + hp.l2 * W2[d * classes + k]!, lr);
        }
        gh[d] = h0[d]! > 0 ? gh[d]! * hmask[d]! : 0;
      }
      for (let k = 0; k < classes; k++) ob2.step(b2, k, dz[k]!, lr);
      for (let d = 0; d < dim; d++) ob1.step(b1, d, gh[d]!, lr);
      for (let i = 0; i < f.ids.length; i++) {
        if (!keep[i]) continue;
        const wi = f.weights[i]!, row = f.ids[i]! * dim;
        for (let d = 0; d < dim; d++) oE.step(E, row + d, wi * gh[d]! + hp.l2 * E[row + d]!, lr);
      }
    }
  }
}
