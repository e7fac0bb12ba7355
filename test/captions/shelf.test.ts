// The shelf (src/captions/shelf.ts): which re-shown text takes a shelved segment back.
import { describe, expect, it } from 'vitest';
import { type Shelved, shelve, takeShown } from '../../src/captions/shelf.ts';
import { tokenize } from '../../src/captions/align.ts';
import type { Seg } from '../../src/captions/blocks.ts';

const seg = (speaker: string, text: string, seq: number): Seg => ({ start: 0, text, speaker, startMs: 0, changedMs: 0, seq, final: true, id: `x-${seq}`, role: 'other', revision: 0, reopenBy: null });
const shelfOf = (...xs: [string, string, number][]): Shelved[] => {
  const shelf: Shelved[] = [];
  for (const [who, text, n] of xs) shelve(shelf, seg(who, text, n), tokenize(text));
  return shelf;
};

describe('takeShown', () => {
  it('takes back the same words of the same speaker, re-punctuated or re-cased, and only once', () => {
    const shelf = shelfOf(['Sam', 'Honestly a bit rough, the knee kept me up.', 2], ['Dr. Ortiz', 'What did you try?', 3]);
    const e = takeShown(shelf, 'sam', tokenize('honestly a bit rough the knee kept me up'), 10);
    expect(e?.seg.seq).toBe(2);
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
    expect(takeShown(shelf, 'Dr. Ortiz', tokenize('Ice and the tablets, but only at night.'), 9)?.seg.seq).toBe(2);
  });

  it('takes a recent segment of the same speaker back with more words after it, not an old one', () => {
    const shelf = shelfOf(['Sam', 'I think the worst part is that', 20], ['Sam', 'The knee kept me up all night', 3]);
    const grown = tokenize('I think the worst part is that I lie awake');
    expect(takeShown(shelf, 'Dr. Ortiz', grown, 22)).toBeNull();
    expect(takeShown(shelf, 'Sam', tokenize('The knee kept me up all night again and again'), 22)).toBeNull();
    expect(takeShown(shelf, 'Sam', grown, 22)?.seg.seq).toBe(20);
  });

  it('with stamps (a Zoom row time), the stamp names the row: short texts match, other stamps never do', () => {
    const shelf: Shelved[] = [];
    shelve(shelf, seg('Sam', 'Yes.', 5), tokenize('Yes.'), '14:12:25');
    shelve(shelf, seg('Sam', 'Ice and the tablets, but only at night.', 6), tokenize('Ice and the tablets, but only at night.'), '14:12:40');
    expect(takeShown(shelf, 'Sam', tokenize('Ice and the tablets, but only at night.'), 99, '14:13:02')).toBeNull();
    expect(takeShown(shelf, 'Dr. Ortiz', tokenize('Yes.'), 99, '14:12:25')).toBeNull();
    expect(takeShown(shelf, 'Sam', tokenize('Yes.'), 99, '14:12:25')?.seg.seq).toBe(5);
    expect(takeShown(shelf, 'Sam', tokenize('Ice and the tablets, but only at night, and'), 99, '14:12:40')?.seg.seq).toBe(6);
  });

  it('keeps a bounded number of entries', () => {
    const shelf: Shelved[] = [];
    for (let i = 0; i < 500; i++) shelve(shelf, seg('Sam', `line number ${i} of the call`, i), tokenize(`line number ${i} of the call`));
    expect(shelf.length).toBeLessThanOrEqual(200);
    expect(takeShown(shelf, 'Sam', tokenize('line number 499 of the call'), 500)?.seg.seq).toBe(499);
    expect(takeShown(shelf, 'Sam', tokenize('line number 3 of the call'), 500)).toBeNull();
  });
});
