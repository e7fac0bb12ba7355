// The quick end-of-utterance rule (segmenter.ts, "Quick end of utterance"): a caption ending in
// sentence-final punctuation is final after `quickMs`, and growth before the slow rule's deadline
// re-opens it under the same id (revision + 1). Its promise: the same utterances as the slow rule,
// only emitted earlier, which the property below checks on random traces against the slow rule.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSegmenter } from '../../src/captions/segmenter.ts';
import type { CaptionSnapshot, Utterance } from '../../src/captions/types.ts';
import { latest } from './helpers.ts';

const T0 = 1_000_000;
const A = 'Dr. Alice Smith';
const B = 'Bob Jones';
const snap = (blockKey: string, speaker: string, text: string): CaptionSnapshot => ({ blockKey, speaker, text });
const make = (quickMs?: number) => createSegmenter({ callStart: T0, roleOf: () => 'other', stableMs: 1000, quickMs });

describe('quick end of utterance', () => {
  it('ends an utterance with a full stop after quickMs instead of 0.6 × stableMs', () => {
    const s = make(150);
    s.push([snap('k1', A, 'It started on Monday.')], T0);
    expect(s.nextDeadline()).toBe(T0 + 150);
    expect(s.tick(T0 + 149)).toEqual([]);
    expect(s.tick(T0 + 150).map((u) => [u.text, u.revision])).toEqual([['It started on Monday.', 0]]);
  });

  it('leaves text without final punctuation to the slow rule', () => {
    const s = make(150);
    s.push([snap('k1', A, 'It started on Monday')], T0);
    expect(s.nextDeadline()).toBe(T0 + 1000);
  });

  it('is off when quickMs is not below the slow punctuation wait', () => {
    const s = make(600);
    s.push([snap('k1', A, 'It started on Monday.')], T0);
    expect(s.nextDeadline()).toBe(T0 + 600);
  });

  it('re-opens on growth before the slow deadline: same id, revision + 1 once final again', () => {
    const s = make(150);
    s.push([snap('k1', A, 'It started on Monday.')], T0);
    const [first] = s.tick(T0 + 150);
    expect(s.push([snap('k1', A, 'It started on Monday, after the')], T0 + 400)).toEqual([]); // open again, nothing emitted
    expect(s.push([snap('k1', A, 'It started on Monday, after the walk.')], T0 + 500)).toEqual([]);
    const again = s.tick(T0 + 650);
    expect(again).toEqual([{ ...first!, text: 'It started on Monday, after the walk.', endMs: T0 + 500, revision: 1 }]);
  });

  it('a re-punctuation alone also re-opens (Meet "." -> ",")', () => {
    const s = make(150);
    s.push([snap('k1', A, 'So the knee.')], T0);
    s.tick(T0 + 150);
    expect(s.push([snap('k1', A, 'So the knee,')], T0 + 300)).toEqual([]);
    expect(s.tick(T0 + 1300).map((u) => [u.text, u.revision])).toEqual([['So the knee,', 1]]);
  });

  it('growth after the slow deadline is a new utterance, as before', () => {
    const s = make(150);
    s.push([snap('k1', A, 'It started on Monday.')], T0);
    s.tick(T0 + 150);
    s.push([snap('k1', A, 'It started on Monday. Then it got worse.')], T0 + 600);
    const r = s.tick(T0 + 800);
    expect(r.map((u) => [u.id, u.text, u.revision])).toEqual([[`${T0}-2`, 'Then it got worse.', 0]]);
  });

  it('no re-open once someone else spoke: the late-correction path applies', () => {
    const s = make(150);
    s.push([snap('k1', A, 'It started on Monday.')], T0);
    s.tick(T0 + 150);
    s.push([snap('k1', A, 'It started on Monday.'), snap('k2', B, 'Okay')], T0 + 200);
    const r = s.push([snap('k1', A, 'It started on Monday night.'), snap('k2', B, 'Okay')], T0 + 300);
    expect(r.map((u) => [u.id, u.text, u.revision])).toEqual([[`${T0}-1`, 'It started on Monday night.', 1]]);
  });
});

// Random traces of block captions (growth in chunks, interim punctuation that changes, pauses of
// any length, new blocks, some by the same speaker), driven like capture.ts drives the segmenter:
// a tick at every deadline the segmenter announces before the next push.
const SPEAKERS = [A, B];
const PUNCT = ['', '', ',', '.', '?'];
interface Turn {
  speaker: number;
  words: string[];
  end: number; // index into PUNCT for the final word
}
const word = fc.stringMatching(/^[a-z]{1,6}$/);
const turnsArb = fc.array(fc.record({ speaker: fc.integer({ min: 0, max: 1 }), words: fc.array(word, { minLength: 1, maxLength: 10 }), end: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: 6 });

function play(turns: readonly Turn[], chunks: readonly number[], gaps: readonly number[], punct: readonly number[], quickMs?: number): Utterance[] {
  const seg = createSegmenter({ callStart: 7, roleOf: () => 'other', stableMs: 1000, quickMs });
  const out: Utterance[] = [];
  let now = 0;
  const advance = (to: number): void => {
    for (let d = seg.nextDeadline(); d !== null && d <= to; d = seg.nextDeadline()) {
      out.push(...seg.tick(Math.max(now, d)));
      if (seg.nextDeadline() === d) break;
    }
    now = to;
  };
  const blocks: CaptionSnapshot[] = [];
  let step = 0;
  turns.forEach((t, ti) => {
    const b = { blockKey: `k${ti}`, speaker: SPEAKERS[t.speaker]!, text: '' };
    blocks.push(b);
    for (let n = 0; n < t.words.length; ) {
      n = Math.min(t.words.length, n + chunks[step % chunks.length]!);
      const ws = t.words.slice(0, n);
      const p = n < t.words.length ? PUNCT[punct[step % punct.length]!]! : PUNCT[t.end]!;
      b.text = ws.join(' ') + p;
      advance(now + gaps[step % gaps.length]!);
      out.push(...seg.push(blocks.map((x) => ({ ...x })), now));
      step++;
    }
  });
  advance(now + 5000);
  out.push(...seg.flush(now));
  return out;
}

describe('quick end of utterance: same utterances as the slow rule', () => {
  it('random traces give the same ids, speakers, texts and start times (latest revision)', () => {
    fc.assert(
      fc.property(
        turnsArb,
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 1400 }), { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 8 }),
        (turns, chunks, gaps, punct) => {
          const key = (u: Utterance) => `${u.id}|${u.speaker}|${u.text}|${u.startMs}|${u.endMs}`;
          const slow = latest(play(turns, chunks, gaps, punct)).map(key);
          const quick = latest(play(turns, chunks, gaps, punct, 150)).map(key);
          expect(quick).toEqual(slow);
        },
      ),
      { numRuns: 400 },
    );
  });
});
