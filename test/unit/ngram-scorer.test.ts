// ngram-scorer.ts re-does eld.detect() with fewer allocations: its language and reliability must be
// eld's own on every input, or the call's language vote (and so which labels a line gets) changes.
// Compared with the real eld on every corpus text (whole, and the opening detectLanguage judges) and
// on random strings built to reach each branch: ASCII fast path, multi-byte and surrogate-pair
// bytes, eld's 350/380-byte cuts, words over 70 bytes, apostrophes the separator pattern keeps.
import { describe, expect, it } from 'vitest';
import { eld } from 'eld/extrasmall';
import { cachedRows, detectEld, MAX_CACHED_ROWS, resetCache } from '../../src/language/ngram-scorer';
import { detectLanguage, MIN_WORDS, opening } from '../../src/language/detect';
import { loadCorpus } from '../../scripts/bench/corpus';
import { mulberry32 } from '../../models/train/rng';

function eldVerdict(text: string): { code: string; reliable: boolean } {
  const r = eld.detect(text);
  return { code: r.language ?? '', reliable: r.isReliable() };
}

function same(text: string): void {
  const want = eldVerdict(text);
  const got = detectEld(text, true);
  if (got.code !== want.code || got.reliable !== want.reliable) expect({ text, ...got }).toEqual({ text, ...want });
  expect(detectEld(text, false)).toEqual({ code: want.code, reliable: false });
}

const PIECES = ['you', "you're", 'feel', 'so', 'worried', '?', '.', ',', '¿', 'qué', 'sí', 'mm-hmm', 'um', '—', '“quoted”', '12.5', 'mg', 'ñandú',
  'x', 'a', "it's", 'sounds like', '(laughs)', 'corazón', 'también', 'über', 'straße', 'привет', 'здоровье', '中文', '我的膝盖很疼', '😀', '𝒜𝒷',
  'e\u0301', 'ﬁ', ' ', '  ', '-', "'", '`', '’', "'''", '\u00a0', '\t', '½', 'İ', 'ß', 'ＡＢＣ', 'θεραπεία', 'שלום', 'مرحبا', 'नमस्ते', 'entonces',
  'usted', 'quiere', 'caminar', 'the', 'knee', 'week', 'ab', 'abc', 'abcd', 'abcde', 'supercalifragilistic'.repeat(5), 'ñ'.repeat(40)];

function randomText(rand: () => number, maxPieces: number): string {
  const n = 1 + Math.floor(rand() * maxPieces);
  let s = '';
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)]! + (rand() < 0.7 ? ' ' : '');
  return s;
}

describe('detectEld gives eld.detect\'s verdict', () => {
  it('on every corpus text, whole and its opening', () => {
    const items = loadCorpus();
    expect(items.length).toBeGreaterThan(1000);
    for (const it of items) {
      same(it.text);
      same(opening(it.text));
      if (it.context) same(it.context);
    }
  });

  it('on 20,000 random strings, short to past eld\'s 380-byte cut', () => {
    const rand = mulberry32(20261204);
    for (let i = 0; i < 20_000; i++) same(randomText(rand, i % 4 === 0 ? 120 : 12));
  });

  it('on edge cases', () => {
    // ASCII only, English for eld's first 350 bytes and Spanish far beyond: the cut decides.
    const cut = `${'the knee week so you feel worried '.repeat(11)}${'entonces usted quiere caminar sin dolor '.repeat(20)}`;
    expect(eldVerdict(cut).code).toBe('en');
    for (const t of [cut, '', ' ', 'a', 'ab', 'abc', 'abcd', "don't", "'", '12345', 'x'.repeat(71), 'x'.repeat(400), `${'a '.repeat(200)}`, 'é'.repeat(300), '😀'.repeat(120)]) same(t);
  });
});

describe('the row cache', () => {
  it('gives the same verdicts when full (rows read from the table again) and after a reset', () => {
    resetCache(40);
    const items = loadCorpus().slice(0, 600);
    for (const it of items) same(it.text);
    expect(cachedRows()).toBe(40);
    resetCache();
    for (const it of items) same(it.text);
    expect(cachedRows()).toBeGreaterThan(40);
    expect(cachedRows()).toBeLessThanOrEqual(MAX_CACHED_ROWS);
  });
});

describe('detectLanguage with the lean scorer', () => {
  it('asks for reliability only on lines long enough to be trusted, and agrees with eld there', () => {
    const rand = mulberry32(7);
    for (let i = 0; i < 3000; i++) {
      const text = randomText(rand, 16);
      const d = detectLanguage(text);
      const head = opening(text);
      const want = eldVerdict(head);
      if (d.code !== '' || want.code !== '') expect(d.code).toBe(want.code);
      if (d.reliable) expect(want.reliable).toBe(true);
      if (!want.reliable) expect(d.reliable).toBe(false);
    }
    expect(MIN_WORDS).toBe(4);
  });
});
