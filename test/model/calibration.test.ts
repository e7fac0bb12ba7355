// Calibration maths on synthetic scores with a known answer: temperature scaling recovers the
// temperature that generated over-confident scores, ECE is ~0 for calibrated scores, and the unsure
// threshold is the lowest one whose kept predictions meet the target accuracy.
import { describe, it, expect } from 'vitest';
import { fitTemperature, temper, reliability, chooseThreshold, bootstrapCI, type Scored } from '../../models/train/calibrate';
import { mulberry32 } from '../../models/train/rng';

/** Scores whose true class probabilities are `p`, drawn honestly, then sharpened by 1/T. */
function synthetic(n: number, T: number, seed = 1): Scored[] {
  const rng = mulberry32(seed);
  const out: Scored[] = [];
  for (let i = 0; i < n; i++) {
    const top = 0.35 + 0.6 * rng();
    const p = [top, (1 - top) * 0.6, (1 - top) * 0.4];
    const r = rng();
    const y = r < p[0]! ? 0 : r < p[0]! + p[1]! ? 1 : 2;
    out.push({ p: temper(p, 1 / T), y, group: `g${i % 50}` });
  }
  return out;
}

describe('temperature scaling', () => {
  it('recovers the temperature that made scores over-confident', () => {
    const xs = synthetic(4000, 2);
    expect(fitTemperature(xs)).toBeGreaterThan(1.7);
    expect(fitTemperature(xs)).toBeLessThan(2.3);
  });
  it('leaves calibrated scores alone (T near 1) and their ECE is small', () => {
    const xs = synthetic(4000, 1, 2);
    expect(Math.abs(fitTemperature(xs) - 1)).toBeLessThan(0.15);
    expect(reliability(xs).ece).toBeLessThan(0.04);
    expect(reliability(synthetic(4000, 3, 3)).ece).toBeGreaterThan(0.08);
  });
  it('keeps probabilities summing to one', () => {
    const p = temper([0.7, 0.2, 0.1], 1.7);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(p[0]).toBeLessThan(0.7);
  });
});

describe('unsure threshold', () => {
  it('is the lowest step whose kept predictions reach the target accuracy', () => {
    const xs = synthetic(4000, 1, 4);
    const { threshold, keptAccuracy } = chooseThreshold(xs, 0.8);
    expect(keptAccuracy).toBeGreaterThanOrEqual(0.8);
    const below = chooseThreshold(xs.filter((x) => Math.max(...x.p) >= threshold - 0.05), 0.8);
    expect(below.threshold).toBeGreaterThanOrEqual(threshold - 0.05);
  });
});

describe('bootstrap intervals', () => {
  it('bracket the point estimate and are deterministic', () => {
    const xs = synthetic(1000, 1, 5);
    const a = bootstrapCI(xs, ['a', 'b', 'c'], 100), b = bootstrapCI(xs, ['a', 'b', 'c'], 100);
    expect(a).toEqual(b);
    expect(a.macroF1[0]).toBeLessThanOrEqual(a.macroF1[1]);
  });
});
