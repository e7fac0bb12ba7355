// The fast featurize() (hashes character ranges, reuses one bucket array) must give exactly the
// ids and float32 weights of featurizeReference() (hashes the feature strings): the model was
// trained on these features. Compared bit for bit on every corpus text and on random strings.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { featureStrings, featurize, featurizeReference, featurizeShared } from '../../src/classifier/featurize';
import { loadCorpus } from '../../scripts/bench/corpus';

function same(text: string, context?: string): void {
  const a = featurize(text, context);
  const b = featurizeReference(text, context);
  if (a.ids.length !== b.ids.length || a.ids.some((v, i) => v !== b.ids[i]) || a.weights.some((v, i) => !Object.is(v, b.weights[i]))) {
    expect({ text, context, ids: [...a.ids], weights: [...a.weights] }).toEqual({ text, context, ids: [...b.ids], weights: [...b.weights] });
  }
}

// Deterministic PRNG (mulberry32) so a failure is reproducible.
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['you', "you're", 'I', 'feel', 'so', 'worried', '?', '.', ',', '!', '¿', 'qué', 'sí', 'mm-hmm', 'um', '—', '“quoted”', '12.5', 'mg',
  'ñandú', 'x', 'a', "it's", 'sounds like', 'let\'s', '(laughs)', '[inaudible]', 'Ok', '中文', '😀', 'e\u0301', 'ﬁ', ' ', '  ', '-', "'", 'your your', 'week',
  'O.K.', 'mmm-hmm', 'uh huh', 'İ', 'ß', '\u00a0', '\t', '½', '２３', '’', '``', '¡', ';', '...', '--', "'''", 'Mm hm', 'ＡＢＣ', "you've", "we'll", 'me'];

/** sha256 over featurize()'s ids and weights for every corpus text (with and without its context, and the context alone) and 30,000 random strings. */
function fingerprint(): string {
  const h = createHash('sha256');
  const feed = (text: string, context?: string): void => {
    const f = featurize(text, context);
    h.update(new Uint8Array(f.ids.buffer, f.ids.byteOffset, f.ids.byteLength)).update(new Uint8Array(f.weights.buffer, f.weights.byteOffset, f.weights.byteLength)).update('|');
  };
  for (const it of loadCorpus()) {
    feed(it.text, it.context);
    feed(it.text);
    feed(it.context);
  }
  const r = rng(7);
  for (let k = 0; k < 30000; k++) {
    const parts: string[] = [];
    for (let i = Math.floor(r() * 30); i > 0; i--) parts.push(r() < 0.15 ? String.fromCharCode(32 + Math.floor(r() * 0x2fff)) : r() < 0.05 ? String.fromCodePoint(Math.floor(r() * 0x10ffff)) : PIECES[Math.floor(r() * PIECES.length)]!);
    feed(parts.join(r() < 0.5 ? ' ' : ''), k % 3 === 0 ? undefined : parts.slice().reverse().join(' '));
  }
  return h.digest('hex');
}

// The released model was trained on exactly these inputs. featurizeReference shares tokens() and the
// cue analysis with featurize, so this is what catches a change there. If you changed the featurizer
// on purpose: bump FEATURIZER.version, retrain, then update this value. If you only edited
// models/corpus, the value changes too: check the change, then update it.
const FROZEN = 'ed7607b42296e4aac46e8d317e4bd0e3e1f98dcd6aa3941e45cf7329ee726bf3';

describe('featurize fast path', () => {
  it('is bit-identical to the reference on every corpus text with its context', () => {
    const items = loadCorpus();
    expect(items.length).toBeGreaterThan(1000);
    for (const it of items) {
      same(it.text, it.context);
      same(it.text);
    }
  });

  it('is bit-identical on 5,000 random strings (unicode, punctuation, fillers, empty)', () => {
    const r = rng(42);
    same('');
    same('', '');
    same('   ', 'um');
    for (let k = 0; k < 5000; k++) {
      const n = Math.floor(r() * 30);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(r() < 0.15 ? String.fromCharCode(32 + Math.floor(r() * 0x2fff)) : PIECES[Math.floor(r() * PIECES.length)]!);
      const text = parts.join(r() < 0.5 ? ' ' : '');
      same(text, k % 3 === 0 ? undefined : parts.slice().reverse().join(' '));
    }
  });

  it('is bit-identical on very long words and on lines that touch thousands of buckets', () => {
    // A 300-letter word grows the 3-gram scratch the 4-grams continue from; a 3,000-word line
    // overflows the shared id buffers and sets most of the bucket bitmap's summary bits.
    const r = rng(9);
    const word = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(r() * 26))).join('');
    same(word(300));
    same(`so ${word(70)} and ${word(130)}?`, word(500));
    const words = Array.from({ length: 3000 }, () => word(2 + Math.floor(r() * 9)));
    same(words.join(' '), words.slice(0, 50).join(' '));
    expect(featurize(words.join(' ')).ids.length).toBeGreaterThan(10_000);
    same('you feel worried', 'i am worried'); // and a short line after them is still exact
  });

  it('returns arrays of its own: a later call does not change them (featurizeShared reuses one pair)', () => {
    const first = featurize('so you feel worried about the dose?', 'i am worried');
    const copy = [...first.ids, ...first.weights];
    const shared = featurizeShared('a completely different long sentence with many many words in it.');
    featurizeShared('so', 'and');
    expect([...first.ids, ...first.weights]).toEqual(copy);
    expect(shared.ids.buffer).toBe(featurizeShared('again').ids.buffer);
  });

  it('leaves nothing behind between calls (the shared bucket array is cleared)', () => {
    const first = featurize('so you feel worried about the dose?', 'i am worried');
    featurize('a completely different long sentence with many many words in it.');
    const again = featurize('so you feel worried about the dose?', 'i am worried');
    expect([...again.ids]).toEqual([...first.ids]);
    expect([...again.weights]).toEqual([...first.weights]);
  });

  it('gives the same features when consecutive lines share their context (the context analysis is reused)', () => {
    const items = loadCorpus().slice(0, 400);
    const flat = (f: { ids: Int32Array; weights: Float32Array }): number[] => [...f.ids, ...f.weights];
    for (let i = 0; i + 1 < items.length; i++) {
      const ctx = items[i]!.context;
      featurize('a line', `another context ${i}`);
      const fresh = flat(featurize(items[i + 1]!.text, ctx)); // analyses ctx
      featurize(items[i]!.text, ctx);
      const reused = flat(featurize(items[i + 1]!.text, ctx)); // reuses that analysis
      expect(reused).toEqual(fresh);
    }
  });

  it('cannot have its reused context analysis changed through featureStrings', () => {
    const ctx = 'i am so worried about my mother';
    const before = featurize('you are worried about your mother', ctx);
    const f = featureStrings('you are worried', ctx);
    f.xw!.push('injected');
    f.x!.push('injected');
    const after = featurize('you are worried about your mother', ctx);
    expect([...after.ids]).toEqual([...before.ids]);
    expect([...after.weights]).toEqual([...before.weights]);
  });

  it('gives the inputs the released model was trained on (frozen fingerprint)', () => {
    expect(fingerprint()).toBe(FROZEN);
  });
});
