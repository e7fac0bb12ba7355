// Small statistics for the bench: nearest-rank percentiles over raw samples (no interpolation, so a
// reported p99 is a latency that was actually observed) and rounding that keeps reports diffable.

export interface Dist {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  /** p99.9 (nearest rank: with fewer than 1,000 samples it is the maximum). */
  p999: number;
  max: number;
  mean: number;
}

export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Nearest-rank percentile of an ascending-sorted array (p in 0..1). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function dist(samples: readonly number[], digits = 3): Dist {
  const s = [...samples].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / (s.length || 1);
  return {
    n: s.length,
    p50: round(percentile(s, 0.5), digits),
    p95: round(percentile(s, 0.95), digits),
    p99: round(percentile(s, 0.99), digits),
    p999: round(percentile(s, 0.999), digits),
    max: round(s[s.length - 1] ?? NaN, digits),
    mean: round(mean, digits),
  };
}

/** Least-squares slope of y over x (e.g. heap bytes per utterance). */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
