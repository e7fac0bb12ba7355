// Word-level alignment of caption texts, used by the segmenter (pure). Words are compared after
// normalisation (NFKC, lower case, punctuation removed) so re-punctuation and re-capitalisation
// never look like new words.

export interface Tok {
  raw: string;
  norm: string;
}
const MAX_ROLL_SCAN = 4000; // bounds the rolling-window search on pathological repeated text

// A growing caption is re-tokenised on every read, so the same words are normalised again and
// again: remember recent ones (bounded; cleared when full).
const NORM_CACHE_MAX = 4096;
const normCache = new Map<string, string>();

export function normWord(raw: string): string {
  let n = normCache.get(raw);
  if (n === undefined) {
    if (normCache.size >= NORM_CACHE_MAX) normCache.clear();
    n = raw.normalize('NFKC').toLowerCase().replace(/\p{P}/gu, '');
    normCache.set(raw, n);
  }
  return n;
}
export function tokenize(text: string): Tok[] {
  return text.split(/\s+/).filter(Boolean).map((raw) => ({ raw, norm: normWord(raw) }));
}
export const joinRaw = (t: readonly Tok[]): string => t.map((x) => x.raw).join(' ');

export function commonPrefix(a: readonly Tok[], b: readonly Tok[]): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i]!.norm === b[i]!.norm) i++;
  return i;
}
export function commonSuffix(a: readonly Tok[], b: readonly Tok[], cp: number): number {
  const n = Math.min(a.length, b.length) - cp;
  let i = 0;
  while (i < n && a[a.length - 1 - i]!.norm === b[b.length - 1 - i]!.norm) i++;
  return i;
}
/** b continues a, tolerating a re-spelt or dropped last word of a. */
export function extendsTol(a: readonly Tok[], b: readonly Tok[]): boolean {
  return b.length >= a.length - 1 && commonPrefix(a, b) >= a.length - 1;
}
/** Rolling window: smallest p such that a[p..] (last word tolerated) starts b with ≥ 2 words matched. */
export function findRoll(a: readonly Tok[], b: readonly Tok[]): number {
  const first = b[0]?.norm;
  for (let p = 1; p < a.length && p < MAX_ROLL_SCAN; p++) {
    if (a[p]!.norm !== first) continue;
    const rest = a.length - p;
    if (b.length < rest - 1) continue;
    let m = 0;
    while (m < rest && a[p + m]!.norm === b[m]?.norm) m++;
    if ((m === rest || m === rest - 1) && m >= 2) return p;
  }
  return 0;
}
