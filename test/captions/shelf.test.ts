// The shelf (src/captions/shelf.ts): which re-shown text takes a shelved segment back.
import { describe, expect, it } from 'vitest';
import { type Shelved, shelve, takeShown } from '../../src/captions/shelf.ts';
import { tokenize } from '../../src/captions/align.ts';
import type { Seg } from '../../src/captions/blocks.ts';

const seg = (speaker: string, text: string, seq: number): Seg => ({ start: 0, text, speaker, startMs: 0, changedMs: 0, seq, final: true, id: `x-${seq}`, role: 'other', revision: 0, reopenBy: null });
/** A block as the segmenter holds it: one segment over all its words. */
const block = (who: string, text: string, n: number, stamp?: string) => ({ toks: tokenize(text), off: 0, segs: [seg(who, text, n)], speaker: who, ...(stamp ? { stamp } : {}) });
const shelfOf = (...xs: [string, string, number][]): Shelved[] => {
  const shelf: Shelved[] = [];
  for (const [who, text, n] of xs) shelve(shelf, block(who, text, n));
  return shelf;
};
const seqOf = (e: Shelved | null) => e?.segs[e.segs.length - 1]?.seq;

describe('takeShown', () => {
  it('takes back the same words of the same speaker, re-punctuated or re-cased, and only once', () => {
    const shelf = shelfOf(['Sam', 'Honestly a bit rough, the knee kept me up.', 2], ['Dr. Ortiz', 'What did you try?', 3]);
    const e = takeShown(shelf, 'sam', tokenize('honestly a bit rough the knee kept me up'), 10);
    expect(seqOf(e)).toBe(2);
    expect(takeShown(shelf, 'Sam', tokenize('Honestly a bit rough, the knee kept me up.'), 10)).toBeNull();
    expect(shelf).toHaveLength(1);
  });

  it('leaves short texts alone: a new "Yes, exactly." is new speech', () => {
    const shelf = shelfOf(['Sam', 'Yes, exactly.', 2], ['Sam', 'Sure, that helps', 3]);
    expect(takeShown(shelf, 'Sam', tokenize('Yes, exactly.'), 4)).toBeNull();
    expect(takeShown(shelf, 'Sam', tokenize('Sure, that helps'), 4)).toBeNull();
  });

  it('needs the same speaker unless the text is long (a stale name on a continuation row)', () => {
    const shelf = shelfOf(['Sam', 'Ice and the tablets, but only at night.', 2], ['Sam', 'Ice and tablets at night', 3]);
    expect(takeShown(shelf, 'Dr. Ortiz', tokenize('Ice and tablets at night'), 9)).toBeNull();
    expect(seqOf(takeShown(shelf, 'Dr. Ortiz', tokenize('Ice and the tablets, but only at night.'), 9))).toBe(2);
  });

  it('takes a recent segment of the same speaker back with more words after it, not an old one', () => {
    const shelf = shelfOf(['Sam', 'I think the worst part is that', 20], ['Sam', 'The knee kept me up all night', 3]);
    const grown = tokenize('I think the worst part is that I lie awake');
    expect(takeShown(shelf, 'Dr. Ortiz', grown, 22)).toBeNull();
    expect(takeShown(shelf, 'Sam', tokenize('The knee kept me up all night again and again'), 22)).toBeNull();
    expect(seqOf(takeShown(shelf, 'Sam', grown, 22))).toBe(20);
  });

  it('with stamps (a Zoom row time), the stamp names the row: short texts match, other stamps never do', () => {
    const shelf: Shelved[] = [];
    shelve(shelf, block('Sam', 'Yes.', 5, '14:12:25'));
    shelve(shelf, block('Sam', 'Ice and the tablets, but only at night.', 6, '14:12:40'));
    expect(takeShown(shelf, 'Sam', tokenize('Ice and the tablets, but only at night.'), 99, '14:13:02')).toBeNull();
    expect(takeShown(shelf, 'Dr. Ortiz', tokenize('Yes.'), 99, '14:12:25')).toBeNull();
    expect(seqOf(takeShown(shelf, 'Sam', tokenize('Yes.'), 99, '14:12:25'))).toBe(5);
    expect(seqOf(takeShown(shelf, 'Sam', tokenize('Ice and the tablets, but only at night, and'), 99, '14:12:40'))).toBe(6);
  });

  it('shelves a row whole: one that held two utterances comes back as one entry with both', () => {
    const shelf: Shelved[] = [];
    const two = { toks: tokenize('It gets worse at night when I lie down.'), off: 0, segs: [{ ...seg('Sam', 'It gets', 7), start: 0 }, { ...seg('Sam', 'worse at night when I lie down.', 8), start: 2 }], speaker: 'Sam', stamp: '10:02:36' };
    shelve(shelf, two);
    const e = takeShown(shelf, 'Sam', tokenize('It gets worse at night when I lie down.'), 9, '10:02:36');
    expect(e?.segs.map((x) => x.text)).toEqual(['It gets', 'worse at night when I lie down.']);
  });

  it('keeps a bounded number of entries', () => {
    const shelf: Shelved[] = [];
    for (let i = 0; i < 500; i++) shelve(shelf, block('Sam', `line number ${i} of the call`, i));
    expect(shelf.length).toBeLessThanOrEqual(200);
    expect(seqOf(takeShown(shelf, 'Sam', tokenize('line number 499 of the call'), 500))).toBe(499);
    expect(takeShown(shelf, 'Sam', tokenize('line number 3 of the call'), 500)).toBeNull();
  });
});
