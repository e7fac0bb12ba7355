// eld's language detection (Efficient Language Detector, Apache-2.0, "extrasmall" database) with the
// same verdicts and fewer allocations: it runs on every clinician line inside the classify budget,
// and eld.detect allocated ~20 KB per line (string-keyed n-gram objects, `for...in` over arrays,
// a result object with closures, a sorted score array), half of what a classification allocated.
// Same steps as eld 2.1's detect() and LanguageResult.isReliable(); only the bookkeeping differs:
// unique n-grams in a reused Set, scores in a reused typed array, each n-gram's table row read once
// into a fixed-size cache, and the reliability check only when asked for (short lines never are).
// test/unit/ngram-scorer.test.ts compares every verdict with eld.detect itself.
import { avgScore, dictionary, ngramsData, separators } from './eld-tables.js';

const TABLE = ngramsData.ngrams;
const CODES: string[] = Object.entries(ngramsData.languages).reduce<string[]>((a, [i, c]) => ((a[Number(i)] = c), a), []);
/** eld stores each score minus 53 to keep its database small. */
const BASE_SCORE = 53;
/** eld's scale for turning a mean n-gram score into a 0-1 score. */
const SCALE = 25;
/** eld's default `isReliable` threshold ratio. */
const THRESHOLD_RATIO = 0.75;

const scores = new Float64Array(CODES.length);
const seen = new Set<string>();
const words: string[] = [];
const ASCII = /^[\x00-\x7f]*$/;

// Table rows already read, in typed arrays allocated once here: iterating a row object with
// `for...in` (what eld does) allocates every time, and a cache that grew with the call would show
// as heap growth for the whole call (the bench's flat-memory figure). N-grams of up to 6 characters
// below 256 (every n-gram but a long word's tail) are keyed by their characters packed in two
// int32s; open addressing, never more than 3/4 full; when full, rows are read from the table again.
// The whole corpus needs ~3,200 rows.
const SLOTS = 8192;
export const MAX_CACHED_ROWS = (SLOTS * 3) / 4;
const slotKey = new Int32Array(SLOTS * 2);
/** 0 = empty, else 1 + (offset in `pool` << 5 | pairs); rows have at most 28 pairs. */
const slotRow = new Int32Array(SLOTS);
/** [language, score] pairs of the cached rows. */
const pool = new Int32Array(SLOTS * 8);
let poolUsed = 0;
let cached = 0;

let maxCached = MAX_CACHED_ROWS;

/** Rows in the cache (for tests: the full-cache path must give the same verdicts). */
export function cachedRows(): number {
  return cached;
}

/** Empties the cache and caps it at `max` rows (tests reach the full-cache path with a small cap). */
export function resetCache(max = MAX_CACHED_ROWS): void {
  slotRow.fill(0);
  poolUsed = 0;
  cached = 0;
  maxCached = Math.min(max, MAX_CACHED_ROWS);
}

export interface Verdict {
  /** ISO 639-1 code, '' when no language scored. */
  code: string;
  /** eld's isReliable(); false when not asked for. */
  reliable: boolean;
}

function tableRow(ngram: string): Record<string, number> | undefined {
  return TABLE[ngram as unknown as number] as Record<string, number> | undefined;
}

/** Adds a table row (an object of language index -> score) to the scores, the way eld does. */
function addRow(o: Record<string, number>): void {
  for (const lang in o) scores[Number(lang)]! += o[lang]! + BASE_SCORE;
}


/** eld's strToUtf8Bytes: words of the text as UTF-8 bytes, one dictionary character per byte, cut after ~350 bytes. */
function utf8Words(str: string): void {
  words.length = 0;
  if (str.length <= 350 && ASCII.test(str)) {
    // One byte per character and at most 350 of them: eld's cuts cannot apply, and its byte
    // characters are the text's own.
    for (let from = 0; from <= str.length; ) {
      let to = str.indexOf(' ', from);
      if (to < 0) to = str.length;
      if (to > from) words.push(str.slice(from, to));
      from = to + 1;
    }
    return;
  }
  let encoded = '';
  let bytes = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (encoded !== '') words.push(encoded);
        encoded = '';
        if (bytes > 350) break;
      } else encoded += str[i];
      bytes++;
    } else if (c < 0x800) {
      encoded += dictionary[0xc0 | (c >> 6)]! + dictionary[0x80 | (c & 0x3f)]!;
      bytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded += dictionary[0xe0 | (c >> 12)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded += dictionary[0xf0 | (c >> 18)]! + dictionary[0x80 | ((c >> 12) & 0x3f)]! + dictionary[0x80 | ((c >> 6) & 0x3f)]! + dictionary[0x80 | (c & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
}

function score(ngram: string): void {
  if (seen.has(ngram)) return;
  seen.add(ngram);
  const n = ngram.length;
  let k0 = n;
  let k1 = 0;
  let packable = n <= 6;
  for (let i = 0; packable && i < n; i++) {
    const c = ngram.charCodeAt(i);
    if (c > 255) packable = false;
    else if (i < 3) k0 |= c << (8 * (i + 1));
    else k1 |= c << (8 * (i - 3));
  }
  if (!packable) {
    const row = tableRow(ngram);
    if (row !== undefined) addRow(row);
    return;
  }
  let slot = (Math.imul(k0 ^ Math.imul(k1, 0x85ebca6b), 0x9e3779b1) >>> 19) & (SLOTS - 1);
  for (let v = slotRow[slot]!; v !== 0; slot = (slot + 1) & (SLOTS - 1), v = slotRow[slot]!) {
    if (slotKey[2 * slot] !== k0 || slotKey[2 * slot + 1] !== k1) continue;
    const from = (v - 1) >>> 5;
    const to = from + 2 * ((v - 1) & 31);
    for (let k = from; k < to; k += 2) scores[pool[k]!]! += pool[k + 1]! + BASE_SCORE;
    return;
  }
  const row = tableRow(ngram);
  if (row === undefined) return; // not in the table: nothing to cache (the lookup allocates nothing)
  addRow(row);
  if (cached >= maxCached) return;
  const from = poolUsed;
  for (const lang in row) {
    if (poolUsed + 2 > pool.length) {
      poolUsed = from;
      return;
    }
    pool[poolUsed++] = Number(lang);
    pool[poolUsed++] = row[lang]!;
  }
  slotKey[2 * slot] = k0;
  slotKey[2 * slot + 1] = k1;
  slotRow[slot] = 1 + ((from << 5) | ((poolUsed - from) >> 1));
  cached++;
}

/** eld's isReliable: the best scaled score against the language's average, and its margin. */
function reliable(code: string, n: number): boolean {
  if (n < 3) return false;
  // eld sorts the positive scores by scaled score (stable, so ties keep language order) and reads
  // the first entry's score and the second entry's *language index* as "next score"; kept as is.
  let top = -1;
  let topScaled = -Infinity;
  let second = -1;
  let secondScaled = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    if (!(scores[i]! > 0)) continue;
    const m = scores[i]! / n;
    const s = m / (m + SCALE);
    if (s > topScaled) {
      second = top;
      secondScaled = topScaled;
      top = i;
      topScaled = s;
    } else if (s > secondScaled) {
      second = i;
      secondScaled = s;
    }
  }
  if (top < 0) return false;
  const next = second >= 0 ? second : 0;
  return !(avgScore[code]! * THRESHOLD_RATIO > topScaled || 0.01 > Math.abs(topScaled - next));
}

/** The language of `text` as eld.detect(text) says, and `.isReliable()` when `withReliability`. */
export function detectEld(text: string, withReliability: boolean): Verdict {
  utf8Words(text.substring(0, 1000).replace(separators, ' ').trim().toLowerCase());
  scores.fill(0);
  seen.clear();
  for (const word of words) {
    const len = word.length > 70 ? 70 : word.length;
    let j = 0;
    for (; j + 4 < len; j += 3) score((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    score((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  let best = -1;
  let max = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && scores[i]! > max) ((max = scores[i]!), (best = i));
  if (best < 0) return { code: '', reliable: false };
  const code = CODES[best] ?? '';
  return { code, reliable: withReliability && reliable(code, seen.size) };
}
