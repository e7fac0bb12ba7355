// Property tests: random caption mutation traces in the styles of the real platforms, checked
// against the guarantees of segmenter.ts (every spoken word once, in order, with its speaker; each
// (id, revision) emitted once; corrections only as revision + 1 of the same id).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSegmenter } from '../../src/captions/segmenter.ts';
import type { CaptionSnapshot, Utterance } from '../../src/captions/types.ts';
import { latest, stream } from './helpers.ts';

const STABLE = 1000;
const SPEAKERS = ['Dr. Alice Smith', 'Bob Jones', 'María García'];
const PUNCT = ['', '', '', ',', '.', '?', '!'];

interface Spoken {
  speaker: number;
  words: string[];
}

function run(trace: (push: (s: CaptionSnapshot[], dt: number) => void) => void): Utterance[] {
  const seg = createSegmenter({ callStart: 42, roleOf: () => 'other', stableMs: STABLE });
  const all: Utterance[] = [];
  let now = 0;
  trace((snaps, dt) => {
    now += dt;
    all.push(...seg.push(snaps, now));
  });
  all.push(...seg.tick(now + 10 * STABLE), ...seg.flush(now + 10 * STABLE));
  return all;
}

function checkEmissions(all: readonly Utterance[]): void {
  const lastRev = new Map<string, number>();
  for (const u of all) {
    expect(u.revision).toBe((lastRev.get(u.id) ?? -1) + 1); // never a duplicate, never a skipped revision
    lastRev.set(u.id, u.revision);
  }
  const ids = [...lastRev.keys()].map((id) => Number(id.split('-')[1]));
  expect(ids).toEqual(ids.map((_, i) => i + 1)); // issued in order, no gaps
}

/** Random punctuation and case on interim words: the platform re-punctuates as it goes. */
function roughen(words: readonly string[], seed: number): string[] {
  return words.map((w, i) => {
    const r = (seed * 31 + i * 17) % 11;
    const p = PUNCT[r % PUNCT.length]!;
    return (r % 3 === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w) + p;
  });
}

const word = fc.stringMatching(/^[a-zà-ÿ]{1,8}$/);
const spokenArb = fc.array(fc.record({ speaker: fc.integer({ min: 0, max: 2 }), words: fc.array(word, { minLength: 1, maxLength: 14 }) }), { minLength: 1, maxLength: 8 });
const expectedStream = (spoken: readonly Spoken[]): string[] => stream(spoken.map((s) => ({ speaker: SPEAKERS[s.speaker]!, text: s.words.join(' ') })));

describe('segmenter properties', () => {
  it('block platforms: random chunked growth, re-punctuation, pauses, corrections, root replacements', () => {
    fc.assert(
      fc.property(
        spokenArb,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 20 }), // chunk sizes
        fc.array(fc.integer({ min: 0, max: 1600 }), { minLength: 1, maxLength: 20 }), // time gaps (some > stableMs)
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 20 }), // events: 0 = replace root, 1 = correct an earlier block
        fc.integer({ min: 0, max: 1000 }),
        (spoken, chunks, gaps, events, seed) => {
          const final = spoken.map((s) => [...s.words]);
          const all = run((push) => {
            const blocks: Array<{ key: string; speaker: number; text: string }> = [];
            let gen = 0;
            let step = 0;
            const show = (dt: number): void => push(blocks.map((b) => ({ blockKey: b.key, speaker: SPEAKERS[b.speaker]!, text: b.text })), dt);
            spoken.forEach((s, si) => {
              const b = { key: `g${gen}-${si}`, speaker: s.speaker, text: '' };
              blocks.push(b);
              for (let n = 0; n < s.words.length; ) {
                n = Math.min(s.words.length, n + chunks[step % chunks.length]!);
                const shown = n < s.words.length ? roughen(s.words.slice(0, n), seed + step) : s.words;
                b.text = shown.join(' ');
                const ev = events[step % events.length]!;
                if (ev === 0) {
                  push([], gaps[step % gaps.length]! % 200); // region removed (CC off) …
                  gen++;
                  blocks.forEach((x, i) => (x.key = `g${gen}-${i}`)); // … and re-rendered as new nodes
                } else if (ev === 1 && si > 0) {
                  const j = (seed + step) % si; // an earlier block gets a one-word correction
                  const w = final[j]!;
                  const k = (seed + step) % w.length;
                  w[k] = `${w[k]}x`;
                  blocks[j]!.text = w.join(' ');
                }
                show(gaps[step % gaps.length]!);
                step++;
              }
            });
          });
          checkEmissions(all);
          const want = expectedStream(spoken.map((s, i) => ({ speaker: s.speaker, words: final[i]! })));
          expect(stream(latest(all))).toEqual(want);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rolling window (Zoom overlay): random widths and steps, interleaved speakers flipping back', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 60, maxLength: 120 }),
        fc.array(fc.record({ speaker: fc.integer({ min: 0, max: 2 }), n: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 5, max: 16 }), // window width in words
        fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 10 }), // words per update (< width - 2)
        fc.array(fc.integer({ min: 0, max: 1600 }), { minLength: 1, maxLength: 10 }),
        (vocab, turns, width, chunks, gaps) => {
          // Unique words: a periodic window is ambiguous for any overlap merge, real speech is not.
          let next = 0;
          const spoken: Spoken[] = [];
          for (const t of turns) {
            const words = vocab.slice(next, next + t.n);
            next += t.n;
            if (words.length) spoken.push({ speaker: t.speaker, words });
          }
          const acc = new Map<number, string[]>();
          const all = run((push) => {
            let step = 0;
            for (const s of spoken) {
              const prev = acc.get(s.speaker) ?? [];
              for (let n = 0; n < s.words.length; ) {
                n = Math.min(s.words.length, n + chunks[step % chunks.length]!);
                const full = [...prev, ...s.words.slice(0, n)];
                const text = full.slice(-width).join(' ');
                push([{ blockKey: `ov:${s.speaker}`, speaker: SPEAKERS[s.speaker]!, text }], gaps[step % gaps.length]!);
                step++;
              }
              acc.set(s.speaker, [...prev, ...s.words]);
            }
          });
          checkEmissions(all);
          expect(stream(latest(all))).toEqual(expectedStream(spoken));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('recycled list rows: any row element may be reused for a later utterance', () => {
    fc.assert(
      // At least two rows: virtualisation reuses elements that scrolled away, never the live one
      // (a live short text rewritten wholesale is indistinguishable from ASR rewriting it).
      fc.property(spokenArb, fc.integer({ min: 2, max: 5 }), (spoken, rows) => {
        // Distinct vocabularies per utterance so a recycled row is a wholesale replacement.
        const texts = spoken.map((s, i) => s.words.map((w) => `${w}${i}`));
        const all = run((push) => {
          const shown: Array<{ key: string; speaker: string; text: string }> = [];
          texts.forEach((words, i) => {
            if (shown.length >= rows) shown.shift(); // the oldest row element is recycled …
            const row = { key: `row${i % rows}`, speaker: SPEAKERS[spoken[i]!.speaker]!, text: '' };
            shown.push(row); // … and appended at the tail with the next utterance
            for (let n = 1; n <= words.length; n++) {
              row.text = words.slice(0, n).join(' ');
              push(shown.map((r) => ({ blockKey: r.key, speaker: r.speaker, text: r.text })), 120);
            }
          });
        });
        checkEmissions(all);
        expect(stream(latest(all))).toEqual(stream(texts.map((w, i) => ({ speaker: SPEAKERS[spoken[i]!.speaker]!, text: w.join(' ') }))));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary snapshot lists and keeps its emission guarantees', () => {
    const snapArb = fc.record({ blockKey: fc.constantFrom('a', 'b', 'c', 'd'), speaker: fc.string({ maxLength: 12 }), text: fc.string({ maxLength: 60 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(snapArb, { maxLength: 4 }), fc.integer({ min: 0, max: 3000 })), { maxLength: 30 }), (trace) => {
        const all = run((push) => trace.forEach(([snaps, dt]) => push(snaps, dt)));
        checkEmissions(all);
      }),
      { numRuns: 300 },
    );
  });
});
