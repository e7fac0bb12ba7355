// tokenizeAfter (the segmenter's incremental tokenising of a changed caption) must give exactly
// what tokenizing the whole text gives, whatever the previous tokens were: a growing text, a
// rewritten tail, re-spacing, or an unrelated text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, tokenizeAfter } from '../../src/captions/align.ts';

const word = fc.constantFrom('so', 'So', 'the', 'plan', 'plan.', 'plan,', 'in', 'detail', 'naïve', 'ＡＢ', '¿qué?', 'a', 'an');
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\u00a0');
const text = fc.array(fc.tuple(word, space), { maxLength: 12 }).map((ws) => ws.map(([w, s]) => w + s).join('').trimEnd());

describe('tokenizeAfter', () => {
  it('equals tokenize(text) for any previous tokens and start index', () => {
    fc.assert(
      fc.property(text, text, fc.nat(4), (prev, next, from) => {
        expect(tokenizeAfter(tokenize(prev), from, next)).toEqual(tokenize(next));
      }),
      { numRuns: 500 },
    );
  });

  it('equals tokenize(text) when the text grows or its tail is rewritten', () => {
    fc.assert(
      fc.property(text, text, fc.nat(20), (prev, tail, cut) => {
        const next = `${prev.slice(0, Math.min(cut, prev.length))}${tail}`;
        expect(tokenizeAfter(tokenize(prev), 0, next)).toEqual(tokenize(next));
      }),
      { numRuns: 500 },
    );
  });

  it('reuses the unchanged leading words (the same token objects)', () => {
    const prev = tokenize('so let me walk you through');
    const next = tokenizeAfter(prev, 0, 'so let me walk you through the plan.');
    expect(next.slice(0, 5).every((t, i) => t === prev[i])).toBe(true);
    expect(next.map((t) => t.raw)).toEqual(['so', 'let', 'me', 'walk', 'you', 'through', 'the', 'plan.']);
  });
});
