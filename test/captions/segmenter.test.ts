// Segmenter unit tests: one per mutation kind, with explicit timestamps (the segmenter is pure).
import { describe, expect, it } from 'vitest';
import { createSegmenter, DEFAULT_STABLE_MS, type PushOptions, type Segmenter } from '../../src/captions/segmenter.ts';
import { createRoleBook } from '../../src/captions/roles.ts';
import type { CaptionSnapshot, Utterance } from '../../src/captions/types.ts';
import { latest } from './helpers.ts';

const T0 = 1_000_000;

function make(extra: Partial<Parameters<typeof createSegmenter>[0]> = {}): { seg: Segmenter; out: Utterance[]; push(s: CaptionSnapshot[], t: number, o?: PushOptions): Utterance[]; tick(t: number): Utterance[] } {
  const roles = createRoleBook({ selfNames: ['Dr. Alice Smith'] });
  const seg = createSegmenter({ callStart: T0, roleOf: roles.roleOf, ...extra });
  const out: Utterance[] = [];
  return {
    seg,
    out,
    push: (s, t, o) => {
      const r = seg.push(s, t, o);
      out.push(...r);
      return r;
    },
    tick: (t) => {
      const r = seg.tick(t);
      out.push(...r);
      return r;
    },
  };
}
const A = 'Dr. Alice Smith';
const B = 'Bob Jones';
const snap = (blockKey: string, speaker: string, text: string): CaptionSnapshot => ({ blockKey, speaker, text });

describe('growth and finalisation timing', () => {
  it('in-place growth becomes one utterance, final after stableMs of silence', () => {
    const s = make();
    ['how', 'how long', 'how long have you', 'how long have you had the cough'].forEach((t, i) => s.push([snap('k1', A, t)], T0 + i * 200));
    const last = T0 + 600;
    expect(s.tick(last + DEFAULT_STABLE_MS - 1)).toEqual([]);
    const [u] = s.tick(last + DEFAULT_STABLE_MS);
    expect(u).toEqual({ id: `${T0}-1`, speaker: A, role: 'clinician', text: 'how long have you had the cough', startMs: T0, endMs: last, revision: 0 });
  });

  it('sentence-final punctuation finalises faster (0.6 × stableMs)', () => {
    const s = make({ stableMs: 1000 });
    s.push([snap('k1', B, 'It started on Monday.')], T0);
    expect(s.tick(T0 + 599)).toEqual([]);
    expect(s.tick(T0 + 600)).toHaveLength(1);
  });

  it('a newer block supersedes the open one immediately', () => {
    const s = make();
    s.push([snap('k1', A, 'How are you')], T0);
    const r = s.push([snap('k1', A, 'How are you'), snap('k2', B, 'Fine')], T0 + 100);
    expect(r.map((u) => u.text)).toEqual(['How are you']);
  });

  it('force-commits a very long open utterance', () => {
    const s = make({ maxOpenMs: 5000 });
    let text = 'word';
    for (let t = 0; t <= 6000; t += 500) {
      text += ' more';
      s.push([snap('k1', A, text)], T0 + t);
    }
    expect(s.out.length).toBeGreaterThanOrEqual(1);
    expect(s.out[0]!.endMs - s.out[0]!.startMs).toBeLessThanOrEqual(5000);
  });

  it('nextDeadline tells when to tick, flush() finalises what is open', () => {
    const s = make({ stableMs: 1000 });
    expect(s.seg.nextDeadline()).toBeNull();
    s.push([snap('k1', A, 'so we')], T0);
    expect(s.seg.nextDeadline()).toBe(T0 + 1000);
    expect(s.seg.flush(T0 + 10).map((u) => u.text)).toEqual(['so we']);
    expect(s.seg.nextDeadline()).toBeNull();
  });
});

describe('mutation kinds', () => {
  it('re-punctuation and capitalisation refine the same utterance', () => {
    const s = make();
    ['we should', 'we should ship', 'we should ship the', 'We should ship the CC lane.'].forEach((t, i) => s.push([snap('k1', B, t)], T0 + i * 100));
    s.tick(T0 + 5000);
    expect(s.out.map((u) => u.text)).toEqual(['We should ship the CC lane.']);
  });

  it('a re-spelt last word is replaced, not appended', () => {
    const s = make();
    s.push([snap('k1', B, 'Dobry wszystkim, jak mnie. Słych.')], T0);
    s.push([snap('k1', B, 'Dobry wszystkim. Jak mnie słychać.')], T0 + 100);
    s.tick(T0 + 5000);
    expect(s.out.map((u) => u.text)).toEqual(['Dobry wszystkim. Jak mnie słychać.']);
  });

  it('a late correction of a final utterance re-emits the same id with revision + 1', () => {
    const s = make();
    s.push([snap('k1', A, 'Any wheezing at night?')], T0);
    s.push([snap('k1', A, 'Any wheezing at night?'), snap('k2', B, 'A little')], T0 + 100);
    const r = s.push([snap('k1', A, 'Any wheezing or whistling at night?'), snap('k2', B, 'A little')], T0 + 200);
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ id: `${T0}-1`, revision: 1, text: 'Any wheezing or whistling at night?' });
    s.push([snap('k1', A, 'Any wheezing or whistling at night?'), snap('k2', B, 'A little')], T0 + 300);
    expect(s.out.filter((u) => u.id === `${T0}-1`)).toHaveLength(2); // unchanged text: no re-emission
  });

  it('words added to a superseded block that stayed on screen are a late correction, not new speech', () => {
    const s = make();
    s.push([snap('k1', B, 'A little, when I lie down flat.')], T0);
    s.push([snap('k1', B, 'A little, when I lie down flat.'), snap('k2', A, 'Okay.')], T0 + 100);
    const r = s.push([snap('k1', B, 'A little, when I lie down flat on my back.'), snap('k2', A, 'Okay.')], T0 + 200);
    expect(r).toEqual([expect.objectContaining({ id: `${T0}-1`, revision: 1, text: 'A little, when I lie down flat on my back.' })]);
  });

  it('the same speaker in consecutive blocks gives separate utterances', () => {
    const s = make();
    s.push([snap('k1', B, 'I wake up twice.')], T0);
    s.push([snap('k1', B, 'I wake up twice.'), snap('k2', B, 'And I feel tired.')], T0 + 300);
    s.seg.flush(T0 + 400).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => u.text)).toEqual(['I wake up twice.', 'And I feel tired.']);
  });

  it('speech continuing in the same block after it went final opens a new utterance with only the new words', () => {
    const s = make();
    s.push([snap('k1', B, 'It hurts')], T0);
    s.tick(T0 + 2000);
    s.push([snap('k1', B, 'It hurts when I walk')], T0 + 2500);
    s.tick(T0 + 9000);
    expect(s.out.map((u) => u.text)).toEqual(['It hurts', 'when I walk']);
  });

  it('a recycled row (text replaced wholesale) starts a new utterance and keeps the old one', () => {
    const s = make();
    s.push([snap('k1', A, 'Tell me about your appetite.')], T0);
    s.tick(T0 + 2000);
    s.push([snap('k1', B, 'About two glasses a day.')], T0 + 2500);
    s.push([snap('k1', A, 'Let us aim for six glasses.')], T0 + 3000);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['Tell me about your appetite.', 'About two glasses a day.', 'Let us aim for six glasses.']);
  });

  it('a recycled element that shows an old row again says nothing; the live row back with more words goes on', () => {
    // A virtualised list: k1's element is recycled for the live row, then (scrolled up) shows its old
    // row again, then (scrolled back) the live row with the words said meanwhile.
    const s = make();
    const q = 'How has the week been for you?';
    const r = 'Honestly a rough one with the knee.';
    s.push([snap('k1', A, q)], T0);
    s.push([snap('k1', A, q), snap('k2', B, r)], T0 + 2000);
    s.push([snap('k2', B, r), snap('k1', B, 'I think the worst part is that')], T0 + 4000);
    s.push([snap('k1', A, q), snap('k2', B, r)], T0 + 4300);
    s.push([snap('k2', B, r), snap('k1', B, 'I think the worst part is that I lie awake at night.')], T0 + 4800);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual([q, r, 'I think the worst part is that I lie awake at night.']);
  });

  it('a live row that comes back after it went final keeps its words once and adds only the new ones', () => {
    const s = make();
    const q = 'How has the week been for you?';
    const r = 'Honestly a rough one with the knee.';
    s.push([snap('k1', A, q), snap('k2', B, r)], T0);
    s.push([snap('k2', B, r), snap('k1', B, 'I think the worst part is that')], T0 + 2000);
    s.push([snap('k1', A, q), snap('k2', B, r)], T0 + 2300);
    s.tick(T0 + 6000);
    s.push([snap('k2', B, r), snap('k1', B, 'I think the worst part is that I lie awake')], T0 + 6500);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual([q, r, 'I think the worst part is that', 'I lie awake']);
  });

  it('a list whose k-th element shows the k-th row: every row moving up one element is said once', () => {
    const s = make();
    const r = ['How has the week been for you?', 'Honestly a rough one with the knee.', 'Did the ice help at all this time?', 'A little, mostly at night I think.'];
    s.push([snap('k1', A, r[0]!), snap('k2', B, r[1]!), snap('k3', A, r[2]!)], T0);
    // A new row: every element shows the next row (k1 <- row 2, k2 <- row 3, k3 <- the new one).
    s.push([snap('k1', B, r[1]!), snap('k2', A, r[2]!), snap('k3', B, 'A little')], T0 + 2000);
    s.push([snap('k1', B, r[1]!), snap('k2', A, r[2]!), snap('k3', B, r[3]!)], T0 + 2300);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(r);
  });

  it('an element that shows a row whose own element was unmounted carries it on', () => {
    const s = make();
    s.push([snap('k1', A, 'How has the week been for you?'), snap('k2', B, 'Honestly a rough one with')], T0);
    // k2 unmounted (scrolled away), then k1 reused for that row, now longer.
    s.push([snap('k1', A, 'How has the week been for you?')], T0 + 200);
    s.push([snap('k1', B, 'Honestly a rough one with the knee.')], T0 + 400);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['How has the week been for you?', 'Honestly a rough one with the knee.']);
  });

  it('a rolling window back in a new element, showing words said meanwhile elsewhere, says only the new ones', () => {
    const s = make();
    const w1 = 'How often are you using your rescue inhaler, and has anything changed with the weather?';
    s.push([snap('o1', A, w1)], T0);
    s.tick(T0 + 3000);
    // Another view (a panel) carries the next turns; the overlay is gone.
    s.push([snap('p1', B, 'About four times a week.'), snap('p2', A, 'Okay, that tells me it is not fully controlled.')], T0 + 4000);
    s.tick(T0 + 7000);
    // The overlay is back in a new element with this speaker's window: rolled, both old turns, then new words.
    s.push([snap('o2', A, 'has anything changed with the weather? Okay, that tells me it is not fully controlled. Yes, that is fine.')], T0 + 8000);
    s.tick(T0 + 12000);
    expect(latest(s.out).map((u) => u.text)).toEqual([w1, 'About four times a week.', 'Okay, that tells me it is not fully controlled.', 'Yes, that is fine.']);
  });

  it('a block re-keyed after a re-render keeps new words that only partly repeat an earlier utterance', () => {
    // The bench's long Meet call lost "OK. Thank you so" when history was any 4 words said before.
    const s = make();
    s.push([snap('m1', B, 'OK. Thank you so much for coming in today.')], T0);
    s.tick(T0 + 3000);
    s.push([snap('m2', B, 'Great.')], T0 + 4000);
    s.tick(T0 + 7000);
    s.push([snap('n1', B, 'Great, OK. Thank you so much for your time.')], T0 + 8000);
    s.tick(T0 + 12000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['OK. Thank you so much for coming in today.', 'Great,', 'OK. Thank you so much for your time.']);
  });

  it('without the shelf match (a short old row), the recycled element still says it as before', () => {
    const s = make();
    s.push([snap('k1', A, 'Any fever?'), snap('k2', B, 'No fever at all, just the cough.')], T0);
    s.push([snap('k2', B, 'No fever at all, just the cough.'), snap('k1', A, 'Good to hear.')], T0 + 2000);
    s.push([snap('k1', A, 'Any fever?'), snap('k2', B, 'No fever at all, just the cough.')], T0 + 4000);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['Any fever?', 'No fever at all, just the cough.', 'Good to hear.', 'Any fever?']);
  });

  it('ASR re-splitting words while it rewrites a live caption is a rewrite, not a new utterance', () => {
    const s = make();
    ['I', 'I so', 'I so w', 'I so want to', 'I so want to organ', 'I so want to organ. ize'].forEach((t, i) => s.push([snap('k1', B, t)], T0 + i * 90));
    s.push([snap('k1', B, 'I just want to organize')], T0 + 600);
    s.push([snap('k1', B, 'I just want to organize my pills better.')], T0 + 700);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['I just want to organize my pills better.']);
  });

  it('ASR formatting a short live caption into fewer words is a rewrite, not a new utterance', () => {
    const s = make();
    ['around', 'around one thirty', 'around one thirty over eighty five'].forEach((t, i) => s.push([snap('k1', B, t)], T0 + i * 90));
    s.push([snap('k1', B, 'Around 130 over 85.')], T0 + 300);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['Around 130 over 85.']);
  });

  it('a short live caption replaced by fewer, different words is still a new utterance', () => {
    const s = make();
    s.push([snap('k1', B, 'thanks for coming in today')], T0);
    s.push([snap('k1', B, 'so how')], T0 + 300);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['thanks for coming in today', 'so how']);
  });

  it('ASR removing a stutter at the front of a live caption is a rewrite, not a rolled-off word', () => {
    const s = make();
    ['I', 'I I', 'I I think', 'I I think I can manage that'].forEach((t, i) => s.push([snap('k1', B, t)], T0 + i * 90));
    s.push([snap('k1', B, 'I think I can manage that.')], T0 + 400);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['I think I can manage that.']);
  });

  it('a final rewrite that formats numbers and drops stutters all through a long line is the same utterance', () => {
    const s = make();
    const live = 'well it it started about three weeks ago when I lifted a box and I have taken ibuprofen four hundred milligrams since';
    live.split(' ').forEach((_, i, w) => s.push([snap('p1', B, w.slice(0, i + 1).join(' '))], T0 + i * 90));
    s.push([snap('p1', B, 'Well, it started about 3 weeks ago when I lifted a box, and I have taken ibuprofen 400 mg since.')], T0 + 2400);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['Well, it started about 3 weeks ago when I lifted a box, and I have taken ibuprofen 400 mg since.']);
  });

  it('a rewrite arriving after the utterance went final is a correction (same id, revision + 1), not new speech', () => {
    const s = make();
    s.push([snap('p1', B, 'I have taken them every day for for days now')], T0);
    s.tick(T0 + 3000); // final by silence
    s.push([snap('p1', B, 'I have taken them every day for four days now.')], T0 + 3500);
    s.tick(T0 + 9000);
    expect(s.out.map((u) => [u.id, u.revision, u.text])).toEqual([
      [`${T0}-1`, 0, 'I have taken them every day for for days now'],
      [`${T0}-1`, 1, 'I have taken them every day for four days now.'],
    ]);
  });

  it('a stutter dropped at the front as the next word arrives is not a rolled-off word', () => {
    const s = make();
    ['I', 'I I', 'I I have', 'I I have been'].forEach((t, i) => s.push([snap('k1', B, t)], T0 + i * 90));
    s.push([snap('k1', B, 'I have been taking')], T0 + 400);
    s.push([snap('k1', B, 'I have been taking the 20 mg every morning.')], T0 + 500);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['I have been taking the 20 mg every morning.']);
  });

  it('a replayed history view: said rows stay silent, rows and words spoken before the switch are new', () => {
    const s = make();
    s.push([snap('ov', B, 'I checked my sugar twice')], T0);
    s.tick(T0 + 5000);
    s.push(
      [snap('r1', 'Earlier Person', 'Said before capture began.'), snap('r2', B, 'I checked my sugar twice today.'), snap('r3', A, 'What were the numbers?')],
      T0 + 6000,
      { baseline: 'replay' },
    );
    s.tick(T0 + 12000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['I checked my sugar twice', 'today.', 'What were the numbers?']);
  });

  it('a replayed view whose new row starts with an utterance still open in the old view carries it on, once', () => {
    const s = make();
    s.push([snap('ov:A', A, 'Can you tell me more about the dizziness?')], T0);
    s.tick(T0 + 2000);
    s.push([snap('ov:B', B, 'It happens when I stand up.')], T0 + 2500);
    s.tick(T0 + 4500);
    // The overlay flips back to A with her accumulated window and the first new word...
    s.push([snap('ov:A', A, 'Can you tell me more about the dizziness? Have')], T0 + 5000);
    // ...then the transcript panel (a replayed history) becomes the view, the new row further on.
    s.push(
      [snap('r1', A, 'Can you tell me more about the dizziness?'), snap('r2', B, 'It happens when I stand up.'), snap('r3', A, 'Have you had any falls')],
      T0 + 5200,
      { baseline: 'replay' },
    );
    s.push([snap('r1', A, 'Can you tell me more about the dizziness?'), snap('r2', B, 'It happens when I stand up.'), snap('r3', A, 'Have you had any falls or near misses?')], T0 + 5600);
    s.tick(T0 + 12000);
    expect(latest(s.out).map((u) => u.text)).toEqual(['Can you tell me more about the dizziness?', 'It happens when I stand up.', 'Have you had any falls or near misses?']);
  });

  it('Meet long-monologue reset: text shrinking a lot finalises and starts over', () => {
    const s = make();
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    s.push([snap('k1', A, long)], T0);
    s.push([snap('k1', A, 'and then we')], T0 + 200);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual([long, 'and then we']);
  });

  it('rolling window: words dropping off the front are neither lost nor repeated', () => {
    const s = make();
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`);
    for (let end = 1; end <= words.length; end += 2) {
      const start = Math.max(0, end - 8);
      s.push([snap('ov:A', A, words.slice(start, end).join(' '))], T0 + end * 50);
    }
    s.push([snap('ov:A', A, words.slice(32).join(' '))], T0 + 2100);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => u.text)).toEqual([words.join(' ')]);
  });

  it('a rolled window shortened by a rewrite shows dropped words again at its front: nothing shifts', () => {
    const s = make();
    const cut = (t: string) => (t.length <= 60 ? t : t.slice(t.indexOf(' ', t.length - 60) + 1)); // a 60-character window
    const said = 'Good. Any night-time cough? Using the blue inhaler much?';
    s.push([snap('o', A, cut(said))], T0);
    s.tick(T0 + 3000);
    const long = `${said} Keep the budesonide at two hundred micrograms`;
    s.push([snap('o', A, cut(long))], T0 + 4000);
    s.push([snap('o', A, cut(`${said} Keep the budesonide at 200 micrograms`))], T0 + 4200); // shorter: the front comes back
    s.push([snap('o', A, cut(`${said} Keep the budesonide at 200 micrograms, twice a day.`))], T0 + 4400);
    s.tick(T0 + 9000);
    expect(cut(`${said} Keep the budesonide at 200 micrograms`).startsWith(cut(long).split(' ')[0]!)).toBe(false); // the case is real
    expect(latest(s.out).map((u) => u.text)).toEqual([said, 'Keep the budesonide at 200 micrograms, twice a day.']);
  });

  it('a rewrite that shortens a rolled window brings back the last word of an utterance that rolled off whole', () => {
    const s = make();
    const cut = (t: string) => (t.length <= 84 ? t : t.slice(t.indexOf(' ', t.length - 84) + 1)); // an 84-character window
    const u1 = 'How have you been since the change of medicine?';
    const u2 = 'Are you still taking the metformin twice a day?';
    let t = T0;
    s.push([snap('o', A, u1)], t);
    s.tick((t += 3000));
    s.push([snap('o', A, cut(`${u1} ${u2}`))], (t += 200));
    s.tick((t += 3000));
    const grown = `${u1} ${u2} And the glipizide, five milligrams`;
    s.push([snap('o', A, cut(grown))], (t += 200));
    const shorter = `${u1} ${u2} And the glipizide, 5 mg`;
    s.push([snap('o', A, cut(shorter))], (t += 200)); // the window starts a word earlier again
    expect(cut(grown).startsWith('Are')).toBe(true); // the first utterance had rolled off whole
    expect(cut(shorter).startsWith('medicine? Are')).toBe(true); // and its last word is back
    s.push([snap('o', A, cut(`${shorter} before breakfast?`))], (t += 200));
    s.tick((t += 5000));
    expect(latest(s.out).map((u) => u.text)).toEqual([u1, u2, 'And the glipizide, 5 mg before breakfast?']);
  });

  it('a rewrite that shortens a rolled window by a spoken number brings back up to eight dropped words', () => {
    const s = make();
    const cut = (t: string) => (t.length <= 70 ? t : t.slice(t.indexOf(' ', t.length - 70) + 1));
    const before = 'even if you feel better after three or four days, drink plenty of water, and if you get a fever over';
    s.push([snap('o', A, cut(before))], T0);
    s.push([snap('o', A, cut(`${before} one hundred and two`))], T0 + 300);
    s.push([snap('o', A, cut(`${before} 102`))], T0 + 600); // four short words come back at the front
    expect(cut(`${before} 102`).startsWith(`${cut(before)} 102`.split(' ').slice(0, 4).join(' '))).toBe(true); // four words came back
    s.tick(T0 + 5000);
    expect(latest(s.out).map((u) => u.text)).toEqual([`${cut(before)} 102`]);
  });

  it("a speaker's overlay window back after the panel showed their turns: those turns are history, only new words are said", () => {
    const s = make();
    const [u1, u2, u3, u4, u5] = ['Hi Grace, I can see your wound photo came through.', 'Great, it looks a little red around the edges to me.', 'A little redness is normal, is it warm to the touch?', 'Not really, only when I press on it.', 'Good, keep it covered and send another photo on Friday.'];
    let t = T0;
    const push = (snaps: CaptionSnapshot[], o: PushOptions = {}) => {
      s.push(snaps, t, o);
      t += 2500;
      s.tick(t);
    };
    push([snap('o:A', A, u1)], { windows: true });
    push([snap('o:B', B, u2)], { windows: true });
    push([snap('p1', A, u1), snap('p2', B, u2)], { baseline: 'replay' }); // the transcript panel opens
    push([snap('p1', A, u1), snap('p2', B, u2), snap('p3', A, u3)]);
    push([snap('p1', A, u1), snap('p2', B, u2), snap('p3', A, u3), snap('p4', B, u4)]);
    push([snap('o:A', A, `${u1} ${u3}`)], { baseline: 'replay', windows: true }); // panel closed: the overlay again
    push([snap('o:A', A, `${u1} ${u3} ${u5}`)], { windows: true });
    push([snap('o:B', B, `${u2} ${u4}`)], { windows: true }); // flips back to the patient's window
    push([snap('o:B', B, `${u2} ${u4} Will do.`)], { windows: true });
    s.seg.flush(t).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => `${u.id}#${u.revision} ${u.text}`)).toEqual([1, 2, 3, 4, 5, 6].map((n, i) => `${T0}-${n}#0 ${[u1, u2, u3, u4, u5, 'Will do.'][i]}`));
  });

  it("a speaker's overlay window that rolls to start exactly at a row the closed panel showed goes on rolling", () => {
    const s = make();
    const [u1, u2, u3] = ['What do you usually take?', 'Two ibuprofen, then I lie down.', 'How many days a month would you say you take painkillers?'];
    const u4 = "Okay, that's often enough that the painkillers themselves can start causing headaches.";
    let t = T0;
    const push = (snaps: CaptionSnapshot[], o: PushOptions = {}) => {
      s.push(snaps, t, o);
      t += 150;
    };
    const rows = [snap('p1', A, u1), snap('p2', B, u2), snap('p3', A, u3)]; // the transcript panel
    for (let i = 1; i <= rows.length; i++) {
      push(rows.slice(0, i));
      t += 2500;
      s.tick(t);
    }
    push([snap('o:B', B, u2)], { baseline: 'replay', windows: true }); // panel closed: the overlay again
    // Her window: her turns from the panel, then new words; it rolls once it is full, until it
    // starts with "How many days", exactly the panel row that went.
    const words = `${u1} ${u3} ${u4}`.split(' ');
    const first = `${u1} ${u3}`.split(' ').length;
    const shown: string[] = [];
    for (let n = first + 1; n <= words.length; n++) shown.push(words.slice(Math.max(0, n - 22), n).join(' '));
    for (const w of shown) push([snap('o:A', A, w)], { windows: true });
    expect(shown.some((w) => w.startsWith(`${u3} Okay,`))).toBe(true); // one window started exactly at the row
    s.seg.flush(t + 3000).forEach((u) => s.out.push(u));
    expect(latest(s.out).map((u) => u.text)).toEqual([u1, u2, u3, u4]);
  });

  it("a one-word answer's block back after the other side spoke, with other words, is a new utterance", () => {
    const s = make();
    s.push([snap('o:B', B, 'Sure.')], T0, { windows: true });
    s.push([snap('o:A', A, "I'll send the refill to the same pharmacy.")], T0 + 1500, { windows: true });
    s.push([snap('o:B', B, 'Thanks')], T0 + 4000, { windows: true }); // her window starts afresh
    s.push([snap('o:B', B, 'Thanks so much.')], T0 + 4300, { windows: true });
    s.seg.flush(T0 + 6000).forEach((u) => s.out.push(u));
    expect(latest(s.out).map((u) => u.text)).toEqual(['Sure.', "I'll send the refill to the same pharmacy.", 'Thanks so much.']);
  });

  it('Zoom overlay flipping back shows the accumulated tail: only the new words are new', () => {
    const s = make();
    s.push([snap('ov:A', A, 'please keep a diary of the nights')], T0);
    s.push([snap('ov:B', B, 'okay I will')], T0 + 500);
    s.push([snap('ov:A', A, 'keep a diary of the nights and bring it next week')], T0 + 1000);
    s.tick(T0 + 9000);
    expect(latest(s.out).map((u) => `${u.speaker}|${u.text}`)).toEqual([
      `${A}|please keep a diary of the nights`,
      `${B}|okay I will`,
      `${A}|and bring it next week`,
    ]);
  });

  it('root replacement with re-rendered blocks re-emits nothing; growth continues', () => {
    const s = make();
    s.push([snap('k1', A, 'Can you hear me?'), snap('k2', B, 'Yes the sound')], T0);
    s.push([], T0 + 100); // captions off: region gone
    const r = s.push([snap('n1', A, 'Can you hear me?'), snap('n2', B, 'Yes the sound')], T0 + 400);
    expect(r).toEqual([]);
    s.push([snap('n1', A, 'Can you hear me?'), snap('n2', B, 'Yes the sound is fine.')], T0 + 500);
    s.tick(T0 + 9000);
    expect(s.out.map((u) => u.text).join(' ')).toBe('Can you hear me? Yes the sound is fine.');
    expect(new Set(s.out.map((u) => `${u.id}#${u.revision}`)).size).toBe(s.out.length);
  });

  it('after captions are toggled off and on, a short answer alone in the empty new region is new speech', () => {
    for (const first of ['yes', 'Yes.']) {
      const s = make();
      s.push([snap('k1', A, 'Did you bring your readings?'), snap('k2', B, 'Yes.')], T0);
      s.push([], T0 + 300); // captions off: region gone
      s.push([], T0 + 2000); // on again: a new, empty region
      s.push([snap('n1', B, first)], T0 + 2400);
      s.push([snap('n1', B, 'Yes.')], T0 + 2600);
      s.seg.flush(T0 + 4000).forEach((u) => s.out.push(u));
      expect(s.out.map((u) => `${u.id}#${u.revision} ${u.text}`)).toEqual([`${T0}-1#0 Did you bring your readings?`, `${T0}-2#0 Yes.`, `${T0}-3#0 Yes.`]);
    }
  });

  it('a short answer re-rendered beside the rest of the region is history, not said again', () => {
    const s = make();
    s.push([snap('k1', A, 'Did you bring your readings?'), snap('k2', B, 'Yes.')], T0);
    s.push([], T0 + 300);
    expect(s.push([snap('n1', A, 'Did you bring your readings?'), snap('n2', B, 'Yes.')], T0 + 600)).toEqual([]);
    s.seg.flush(T0 + 4000).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => u.text)).toEqual(['Did you bring your readings?', 'Yes.']);
  });

  it('an element that shows a row with another stamp shows another row, even with the same words', () => {
    const s = make();
    const row = (key: string, who: string, text: string, stamp: string): CaptionSnapshot => ({ ...snap(key, who, text), stamp });
    s.push([row('r1', A, 'Okay.', '10:14:07'), row('r2', B, 'Okay.', '10:14:09')], T0);
    s.push([row('r2', B, 'Okay.', '10:14:09'), row('r1', A, 'okay', '10:14:18')], T0 + 2000); // r1 recycled for a new row
    s.push([row('r2', B, 'Okay.', '10:14:09'), row('r1', A, 'Okay.', '10:14:18')], T0 + 2200);
    s.seg.flush(T0 + 4000).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => `${u.id}#${u.revision} ${u.text}`)).toEqual([`${T0}-1#0 Okay.`, `${T0}-2#0 Okay.`, `${T0}-3#0 Okay.`]);
  });

  it('a re-mounted list takes back the blocks it showed last, not an older block whose words start one', () => {
    const s = make();
    s.push([snap('k1', A, 'Can you hear me?'), snap('k2', B, 'Yes.')], T0);
    s.push([snap('k3', A, 'The picture froze.')], T0 + 5000); // the first two timed out
    s.push([snap('k4', A, 'Can')], T0 + 9000); // asked again, growing
    s.push([snap('k4', A, 'Can you hear me?')], T0 + 9300);
    s.push([snap('k4', A, 'Can you hear me?'), snap('k5', B, 'Yes,')], T0 + 9700);
    s.push([snap('k4', A, 'Can you hear me?'), snap('k5', B, 'Yes, now I can.')], T0 + 10_000);
    expect(s.push([snap('n4', A, 'Can you hear me?'), snap('n5', B, 'Yes, now I can.')], T0 + 10_400)).toEqual([]); // re-mounted
    s.seg.flush(T0 + 12_000).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => `${u.id}#${u.revision} ${u.text}`)).toEqual([1, 2, 3, 4, 5].map((n, i) => `${T0}-${n}#0 ${['Can you hear me?', 'Yes.', 'The picture froze.', 'Can you hear me?', 'Yes, now I can.'][i]}`));
  });

  it('a list re-rendered by index into fewer elements says nothing again, short rows included', () => {
    const s = make();
    const rows: [string, string][] = [[A, 'I will lower your dose.'], [B, 'Okay.'], [A, 'Okay.'], [B, 'Okay.'], [A, 'Okay. Call me if it gets worse.'], [B, 'Okay.']];
    s.push(rows.map(([who, text], i) => snap(`e${i}`, who, text)), T0);
    s.tick(T0 + 5000);
    // Element i now shows row i + 2; the last two elements are gone.
    expect(s.push(rows.slice(2).map(([who, text], i) => snap(`e${i}`, who, text)), T0 + 6000)).toEqual([]);
    s.push([...rows.slice(2).map(([who, text], i) => snap(`e${i}`, who, text)), snap('e9', A, 'Take care.')], T0 + 7000);
    s.seg.flush(T0 + 9000).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => `${u.revision} ${u.text}`)).toEqual([...rows.map(([, text]) => `0 ${text}`), '0 Take care.']);
  });

  it('a short repeated answer in a new block is new speech, not a re-render', () => {
    const s = make();
    s.push([snap('k1', B, 'Yes.')], T0);
    s.push([snap('k2', A, 'Every night?')], T0 + 300);
    s.push([snap('k2', A, 'Every night?'), snap('k3', B, 'Yes.')], T0 + 600);
    s.seg.flush(T0 + 700).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => u.text)).toEqual(['Yes.', 'Every night?', 'Yes.']);
  });

  it('a sentence said again whole, after a block said later than its first one, is new speech', () => {
    const s = make();
    const flush = (t: number) => s.seg.flush(t).forEach((u) => s.out.push(u));
    s.push([snap('k1', A, 'Can you hear me now?')], T0);
    s.push([snap('k1', A, 'Can you hear me now?'), snap('k2', B, 'Okay, take your time.')], T0 + 2000);
    s.push([snap('k2', B, 'Okay, take your time.')], T0 + 4000); // the first block left the region
    // Shown after the newer block: not the first block re-rendered (that keeps its place), said again.
    s.push([snap('k2', B, 'Okay, take your time.'), snap('k3', A, 'Can you hear me now?')], T0 + 6000);
    flush(T0 + 8000);
    expect(s.out.map((u) => `${u.id}#${u.revision} ${u.text}`)).toEqual([`${T0}-1#0 Can you hear me now?`, `${T0}-2#0 Okay, take your time.`, `${T0}-3#0 Can you hear me now?`]);
  });

  it('alone in an emptied region, a block that left before the region did is said again; the last one is re-rendered', () => {
    const said = (last: string) => {
      const s = make();
      s.push([snap('p1', B, 'Can you hear me now?')], T0);
      s.push([snap('p1', B, 'Can you hear me now?'), snap('p2', A, 'Tell me about the headaches.')], T0 + 2000);
      s.push([snap('p2', A, 'Tell me about the headaches.')], T0 + 4000); // p1 timed out
      s.push([], T0 + 6000); // p2 timed out too
      s.push([snap('p3', last === 'old' ? B : A, last === 'old' ? 'Can you hear me now?' : 'Tell me about the headaches.')], T0 + 8000);
      s.seg.flush(T0 + 10_000).forEach((u) => s.out.push(u));
      return s.out.map((u) => u.text);
    };
    expect(said('old')).toEqual(['Can you hear me now?', 'Tell me about the headaches.', 'Can you hear me now?']);
    expect(said('region')).toEqual(['Can you hear me now?', 'Tell me about the headaches.']);
  });

  it("on Zoom's overlay a speaker's window that flips back exactly as it was is shown again, not said again", () => {
    const run = (windows: boolean) => {
      const s = make();
      const push = (snaps: CaptionSnapshot[], t: number) => s.push(snaps, t, windows ? { windows } : {});
      push([snap('o1', A, 'Can you tell me when it started?')], T0);
      push([snap('o2', B, 'It started on Sunday on my forearm.')], T0 + 2000); // flips to the patient
      push([snap('o3', A, 'Can you tell me when it started?')], T0 + 4000); // back to the clinician's window
      push([snap('o3', A, 'Can you tell me when it started? Does it burn?')], T0 + 4500);
      s.seg.flush(T0 + 8000).forEach((u) => s.out.push(u));
      return s.out.map((u) => u.text);
    };
    expect(run(true)).toEqual(['Can you tell me when it started?', 'It started on Sunday on my forearm.', 'Does it burn?']);
    // The same pushes from a list of paragraphs: the clinician asked again.
    expect(run(false)).toEqual(['Can you tell me when it started?', 'It started on Sunday on my forearm.', 'Can you tell me when it started? Does it burn?']);
  });

  it('after every element is replaced, an old sentence is history only inside a run of old rows', () => {
    const rows: [string, string][] = [[A, 'Can you hear me now?'], [B, 'Yes, go ahead please.'], [A, 'How is the swelling today?'], [B, 'Much better than yesterday.']];
    const run = (after: CaptionSnapshot[]) => {
      const s = make();
      rows.forEach((_, i) => s.push(rows.slice(Math.max(0, i - 2), i + 1).map(([who, text], k) => snap(`e${Math.max(0, i - 2) + k}`, who, text)), T0 + i * 2000));
      s.push(after, T0 + 10_000);
      s.seg.flush(T0 + 12_000).forEach((u) => s.out.push(u));
      return s.out.map((u) => u.text);
    };
    // A burst of new rows after a stall (keep 3): the repeated question is new speech.
    expect(run([snap('n1', A, 'Can you hear me now?'), snap('n2', B, 'Yes, you froze for a bit.'), snap('n3', A, 'Sorry about that.')])).toEqual([...rows.map(([, t]) => t), 'Can you hear me now?', 'Yes, you froze for a bit.', 'Sorry about that.']);
    // The list scrolled far up: old rows one after another, nothing said again.
    expect(run([snap('n1', A, 'Can you hear me now?'), snap('n2', B, 'Yes, go ahead please.')])).toEqual(rows.map(([, t]) => t));
  });

  it('a list re-rendered by index moves a short row to the element before it, with a long repeat behind it', () => {
    const s = make();
    const rows: [string, string][] = [[B, 'I will send it today.'], [A, 'The photos of the rash, right?'], [B, 'Yes, the photos.'], [A, 'Great, and the pharmacy receipt.'], [B, 'I will send it today.']];
    rows.forEach((_, i) => s.push(rows.slice(0, i + 1).map(([who, text], k) => snap(`e${k}`, who, text)), T0 + i * 2000));
    s.tick(T0 + 12_000);
    expect(s.push(rows.slice(1).map(([who, text], k) => snap(`e${k}`, who, text)), T0 + 13_000)).toEqual([]);
    s.seg.flush(T0 + 16_000).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => `${u.revision} ${u.text}`)).toEqual(rows.map(([, text]) => `0 ${text}`));
  });

  it('baseline push records history without emitting it', () => {
    const s = make();
    expect(s.seg.push([snap('r1', A, 'Old line one.'), snap('r2', B, 'Old line two')], T0, { baseline: true })).toEqual([]);
    s.push([snap('r1', A, 'Old line one.'), snap('r2', B, 'Old line two and a new part')], T0 + 100);
    s.tick(T0 + 9000);
    expect(s.out.map((u) => u.text)).toEqual(['and a new part']);
  });

  it('ids are deterministic: callStart-counter in emission order', () => {
    const s = make();
    s.push([snap('k1', A, 'one')], T0);
    s.push([snap('k2', B, 'two')], T0 + 10);
    s.push([snap('k3', A, 'three')], T0 + 20);
    s.seg.flush(T0 + 30).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => u.id)).toEqual([`${T0}-1`, `${T0}-2`, `${T0}-3`]);
  });
});

describe('bad input', () => {
  // Speed on huge input is the bench's business (no timings in tests); a quadratic blow-up would
  // still show as the unit project's 60 s hang guard.
  it('100 KB of caption text: no throw, committed once, every word kept in order', () => {
    const s = make();
    const big = Array.from({ length: 17_000 }, (_, i) => `word${i % 997}`).join(' ');
    expect(big.length).toBeGreaterThan(100_000);
    s.push([snap('k1', B, big.slice(0, 50_000))], T0);
    s.push([snap('k1', B, big)], T0 + 100);
    s.push([snap('k1', B, big)], T0 + 200);
    s.tick(T0 + 9000);
    const words = latest(s.out).flatMap((u) => u.text.split(' '));
    expect(words).toEqual(big.split(' '));
  });

  it('HTML-like, empty and odd speaker names and emoji/RTL text pass through as plain strings', () => {
    const s = make();
    s.push([snap('k1', '<img src=x onerror=alert(1)>', 'hi <b>there</b>')], T0);
    s.push([snap('k2', '', 'أنا بخير، شكرا لك 🙂')], T0 + 10);
    s.push([snap('k3', '   ', '')], T0 + 20);
    s.push([snap('k3', '\u202eevil', '👍🏽 ok')], T0 + 30);
    s.seg.flush(T0 + 40).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => u.text)).toEqual(['hi <b>there</b>', 'أنا بخير، شكرا لك 🙂', '👍🏽 ok']);
    expect(s.out.map((u) => u.role)).toEqual(['patient', 'other', 'other']);
  });

  it('duplicate keys in one snapshot list and empty lists do not throw or duplicate', () => {
    const s = make();
    s.push([snap('k1', A, 'hello'), snap('k1', A, 'hello again')], T0);
    s.push([], T0 + 10);
    s.push([], T0 + 20);
    s.seg.flush(T0 + 30).forEach((u) => s.out.push(u));
    expect(s.out.map((u) => u.text)).toEqual(['hello']);
  });
});
