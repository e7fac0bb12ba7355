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
/**
 * tokenize(text), reusing the leading tokens of `prev` (from index `from`) that `text` still
 * starts with, each followed by whitespace: a growing caption re-tokenises only its changed tail.
 * The same tokens as tokenize(text) (a reused token is a whole word of `text` with the same raw).
 */
export function tokenizeAfter(prev: readonly Tok[], from: number, text: string): Tok[] {
  const out: Tok[] = [];
  let pos = 0;
  for (let i = from; i < prev.length; i++) {
    while (pos < text.length && isSpace(text[pos]!)) pos++;
    const raw = prev[i]!.raw;
    const end = pos + raw.length;
    if (end >= text.length || !isSpace(text[end]!) || !text.startsWith(raw, pos)) break;
    out.push(prev[i]!);
    pos = end;
  }
  if (out.length === 0) return tokenize(text);
  for (const t of tokenize(text.slice(pos))) out.push(t);
  return out;
}
const SPACE = /\s/;
const isSpace = (c: string): boolean => c === ' ' || SPACE.test(c);
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
/**
 * Share of a's text that b keeps at its start and end: by words, or by letters when that is more,
 * because live ASR also re-splits words ("organ. ize" → "organize", "w" → "want to") and then few
 * whole words line up although the text is barely changed.
 */
export function keptShare(a: readonly Tok[], b: readonly Tok[]): number {
  const cp = commonPrefix(a, b);
  const words = (cp + commonSuffix(a, b, cp)) / a.length;
  if (words >= 0.5) return words;
  const x = a.map((t) => t.norm).join('');
  const y = b.map((t) => t.norm).join('');
  if (!x) return words;
  const n = Math.min(x.length, y.length);
  let p = 0;
  while (p < n && x[p] === y[p]) p++;
  let q = 0;
  while (q < n - p && x[x.length - 1 - q] === y[y.length - 1 - q]) q++;
  return Math.max(words, (p + q) / x.length);
}
/** Length of the longest prefix of `w` that occurs as a contiguous run of `said` (normalised words). */
export function saidPrefix(said: readonly string[], w: readonly Tok[]): number {
  let best = 0;
  const first = w[0]?.norm;
  for (let i = 0; i < said.length && best < w.length; i++) {
    if (said[i] !== first) continue;
    let m = 1;
    while (m < w.length && i + m < said.length && said[i + m] === w[m]!.norm) m++;
    if (m > best) best = m;
  }
  return best;
}
/**
 * Length of the prefix of `w` made of whole utterances from `said` (each a list of normalised
 * words), one after another in any order: a view that keeps one speaker's words across turns (Zoom's
 * overlay window, §3.3) shows utterances that were said apart, with the other speaker's between.
 */
export function wholeSaidPrefix(said: readonly (readonly string[])[], w: readonly Tok[]): number {
  let at = 0;
  for (;;) {
    let step = 0;
    for (const u of said) {
      if (u.length <= step || at + u.length > w.length) continue;
      let i = 0;
      while (i < u.length && u[i] === w[at + i]!.norm) i++;
      if (i === u.length) step = u.length;
    }
    if (step === 0) return at;
    at += step;
  }
}
/** b continues a, tolerating a re-spelt or dropped last word of a. */
export function extendsTol(a: readonly Tok[], b: readonly Tok[]): boolean {
  return b.length >= a.length - 1 && commonPrefix(a, b) >= a.length - 1;
}
/**
 * A window this long may be full and roll: Zoom's overlay holds about 100-150 characters
 * (caption-platforms.md §3.3). A stutter dropped from a shorter one is a rewrite, not a roll.
 */
const ROLL_FULL_CHARS = 80;
const charsOf = (a: readonly Tok[]): number => a.reduce((n, t) => n + t.raw.length + 1, 0);

/**
 * Rolling window: smallest p such that a[p..] (last word tolerated) starts b with ≥ 2 words matched.
 * Not a roll: the p dropped words repeat the words right after them ("I I have been" -> "I have
 * been taking") in a window too short to be full: live ASR removing a stutter at the front, often
 * as the next word arrives, is a rewrite of the same words. In a full window a repeated phrase
 * ("not great not great at all") rolling off is a roll: taken for a stutter, every later word would
 * shift by p places into the wrong utterance.
 */
export function findRoll(a: readonly Tok[], b: readonly Tok[]): number {
  const first = b[0]?.norm;
  for (let p = 1; p < a.length && p < MAX_ROLL_SCAN; p++) {
    if (a[p]!.norm !== first) continue;
    const rest = a.length - p;
    if (b.length < rest - 1) continue;
    let m = 0;
    while (m < rest && a[p + m]!.norm === b[m]?.norm) m++;
    if (m >= rest - 1 && repeatsAfter(a, p) && charsOf(a) < ROLL_FULL_CHARS) continue;
    if ((m === rest || m === rest - 1) && m >= 2) return p;
  }
  return 0;
}

/**
 * A rolling window that dropped words off the front while the recogniser rewrote words further on,
 * in one change (Zoom's overlay: a final re-punctuation makes the line longer, so the window drops
 * its first word or two as "radio grafía" becomes "radiografía"). findRoll needs the rest of `a` to
 * start `b` almost word for word and misses it; aligned from the front, every word would then shift
 * one place and slip into the previous utterance. Smallest p (at most ROLL_MAX_DROP, in a window of
 * ROLL_MIN_WINDOW words or more) whose next ROLL_ANCHOR words start `b`
 * exactly, where the rest of `a` and `b` are the same speech (sameSpeech >= 0.5); else 0.
 */
export function findRewrittenRoll(a: readonly Tok[], b: readonly Tok[]): number {
  const first = b[0]?.norm;
  // A rolling window is long and a rewrite lengthens it by a few characters: it drops a word or
  // three. A short caption, or a bigger drop, is something else (Meet restarting its text).
  if (b.length < ROLL_MIN_WINDOW) return 0;
  for (let p = 1; p <= ROLL_MAX_DROP && p + ROLL_ANCHOR <= a.length; p++) {
    if (a[p]!.norm !== first) continue;
    let m = 1;
    while (m < ROLL_ANCHOR && a[p + m]!.norm === b[m]!.norm) m++;
    if (m < ROLL_ANCHOR || repeatsAfter(a, p)) continue;
    return sameSpeech(a.slice(p), b) >= 0.5 ? p : 0;
  }
  return 0;
}
const ROLL_ANCHOR = 4;
const ROLL_MAX_DROP = 3;
const ROLL_MIN_WINDOW = 8;

/** A rewrite shortens a line by a number or a phrase ("one hundred and two" -> "102"): short words come back. */
export const UNROLL_MAX = 8;
/**
 * A rolling window whose front moved back: a rewrite made the line shorter ("two hundred
 * micrograms" -> "200 micrograms"), so a window cut to its last ~120 characters shows again a word
 * or more it had dropped. `toks` are the block's words, `off` where its shown window starts, `win`
 * the new window. Smallest k (at most UNROLL_MAX) such that the k dropped words and the next
 * ROLL_ANCHOR shown words start `win` exactly, in a window of ROLL_MIN_WINDOW words or more; else 0.
 * Read as new words instead, each later word would shift k places into the wrong utterance.
 */
export function findUnroll(toks: readonly Tok[], off: number, win: readonly Tok[]): number {
  if (win.length < ROLL_MIN_WINDOW || toks.length - off < ROLL_ANCHOR) return 0;
  for (let k = 1; k <= UNROLL_MAX && k <= off; k++) {
    let m = 0;
    while (m < k + ROLL_ANCHOR && toks[off - k + m]!.norm === win[m]?.norm) m++;
    if (m === k + ROLL_ANCHOR) return k;
  }
  return 0;
}

/** a's first p words are repeated right after them (a stutter: "I I", "you know you know"). */
function repeatsAfter(a: readonly Tok[], p: number): boolean {
  if (2 * p > a.length) return false;
  for (let i = 0; i < p; i++) if (a[i]!.norm !== a[p + i]!.norm) return false;
  return true;
}

// Number words, which live recognisers rewrite as digits ("one thirty over eighty five" -> "130/85",
// "veinte miligramos" -> "20 mg"): English and Spanish, as the classifier codes both.
const NUMBER_WORDS = new Set(
  ('zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
    'eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand point half ' +
    'cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete ' +
    'dieciocho diecinueve veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento mil punto medio').split(' '),
);
const DIGIT = /\d/;
/** Words as a recogniser's rewrite leaves them comparable: any number one token, stutters once. */
function speechShape(t: readonly Tok[]): string[] {
  const out: string[] = [];
  const isNumber = (x: Tok | undefined): boolean => !!x && (DIGIT.test(x.norm) || NUMBER_WORDS.has(x.norm));
  let spelling = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    // "treinta y nueve y medio" / "forty and a half" is one number, as "39.5" is.
    if (out[out.length - 1] === '#' && NUMBER_JOINERS.has(x.norm) && (isNumber(t[i + 1]) || (t[i + 1]?.norm === 'a' && isNumber(t[i + 2])))) continue;
    if (x.norm === 'a' && out[out.length - 1] === '#' && t[i - 1]?.norm === 'and' && isNumber(t[i + 1])) continue;
    // Letters spelt one by one ("R X", "M R N") are the code a rewrite writes whole ("RX").
    const letter = x.norm.length === 1 && x.norm >= 'a' && x.norm <= 'z' && (t[i - 1]?.norm.length === 1 || t[i + 1]?.norm.length === 1);
    if (letter && spelling) { out[out.length - 1] += x.norm; continue; }
    spelling = letter;
    // "four oh seven" is "407": "oh" between or beside digits is a zero.
    const zero = (x.norm === 'oh' || x.norm === 'o') && (isNumber(t[i - 1]) || isNumber(t[i + 1]));
    const w = isNumber(x) || zero ? '#' : x.norm;
    if (w && out[out.length - 1] !== w) out.push(w);
  }
  return out;
}
/** Words that join the parts of one spoken number ("thirty and a half", "treinta y nueve"). */
const NUMBER_JOINERS = new Set(['and', 'y', 'e']);
const MAX_SHAPE = 600; // longest-common-subsequence cells are bounded: a caption is cut at 1,000 chars
/**
 * How much of the longer of two captions a recogniser's rewrite of one into the other would keep:
 * the longest common subsequence of their shapes (numbers as one token, stutters once) over the
 * longer shape. A final rewrite formats numbers, drops stutters and fixes words all through a
 * line ("well it it started about three weeks ago" -> "Well, it started about 3 weeks ago."), which
 * a kept prefix and suffix cannot see; another utterance shares little in order.
 */
export function sameSpeech(a: readonly Tok[], b: readonly Tok[]): number {
  const x = speechShape(a), y = speechShape(b);
  const n = Math.max(x.length, y.length);
  if (n === 0 || x.length > MAX_SHAPE || y.length > MAX_SHAPE) return 0;
  let prev = new Uint16Array(y.length + 1), cur = new Uint16Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) cur[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[y.length]! / n;
}
