// The live coach's cost per utterance is flat in the length of the call (issue 18, item 3), proven
// with operation counts rather than timings: how often features() is entered and how many
// utterances the rules visit (probe.ts) for utterance #10, #600 and #1200 of a long call. The same
// count on the frozen whole-call coach (./coach-reference) grows with the call, which shows the
// counter sees the cost this test guards against.
import { afterEach, describe, expect, it } from 'vitest';
import { LABELS } from '../../src/classifier/labels';
import { initCoach, reduceCoach } from '../../src/coach/coach';
import { setCoachProbe, type CoachProbe } from '../../src/coach/probe';
import { DEFAULT_COACH_SETTINGS, type CoachState, type LabelledUtterance } from '../../src/coach/types';
import * as ref from './coach-reference/coach';

const CLINICIAN = [
  'Metformin works by lowering the sugar your liver makes and it can upset the stomach at first.',
  'You sound really worn down by all of this.', "I'm so sorry to hear that.", 'What would you like to be different by next month?',
  'Would you be willing to walk ten minutes after dinner?', 'How are you feeling today?', "You've done really well with the walks.",
];
const PATIENT = [
  'Yes, that sounds good.', "I'm so worried about the surgery next week.", 'mm-hmm',
  "I'd like to walk to the shop without pain.", 'I really want to be able to play with my grandkids again.', 'Okay.',
];

/** A long call: turns alternate, 2.5–6.5 s each, every label and cue recurring (about 110 minutes). */
function longCall(n: number): LabelledUtterance[] {
  let t = 0;
  const out: LabelledUtterance[] = [];
  for (let i = 0; i < n; i++) {
    const clinician = i % 2 === 0;
    const dur = 2000 + ((i * 1379) % 4000);
    out.push({
      id: `u${i}`, speaker: clinician ? 'Dr Lee' : 'Pat', role: clinician ? 'clinician' : 'patient', revision: 0,
      text: clinician ? CLINICIAN[(i * 7) % CLINICIAN.length]! : PATIENT[(i * 5) % PATIENT.length]!,
      startMs: t, endMs: t + dur, ...(clinician ? { label: LABELS[(i * 3) % LABELS.length]! } : {}),
    });
    t += dur + 500;
  }
  return out;
}

type Reduce = typeof reduceCoach;
const S = DEFAULT_COACH_SETTINGS;
const calls = longCall(1200);

/** Operations per utterance (its caption, then a clock tick, as the worker sends them). */
function costs(init: typeof initCoach, reduce: Reduce, us: readonly LabelledUtterance[], at: readonly number[]): { features: number[]; visits: number[]; state: CoachState } {
  let s = init(S, 0);
  const probe: CoachProbe = { features: 0, visits: 0 };
  const out = { features: [] as number[], visits: [] as number[] };
  us.forEach((u, i) => {
    const watch = at.includes(i + 1);
    if (watch) setCoachProbe(probe);
    const before = { ...probe };
    s = reduce(s, { type: 'utterance', utterance: u }, S);
    s = reduce(s, { type: 'tick', nowMs: u.endMs + 1000 }, S);
    if (watch) {
      setCoachProbe(null);
      out.features.push(probe.features - before.features);
      out.visits.push(probe.visits - before.visits);
    }
  });
  return { ...out, state: s };
}

afterEach(() => setCoachProbe(null));

describe('coach cost per utterance is flat in the length of the call', () => {
  it('features() once per utterance, and a bounded number of utterances visited, at #10, #600 and #1200', () => {
    const bands = [10, 600, 1200].map((n) => Array.from({ length: 10 }, (_, k) => n - k));
    const { features, visits } = costs(initCoach, reduceCoach, calls, bands.flat());
    expect(new Set(features)).toEqual(new Set([1]));
    // Visits: the step itself plus the few utterances near the end the prompt rules look at (more
    // while a prompt shows, or when a talk window is scored), so compared over ten utterances.
    const [early, mid, late] = bands.map((_, b) => visits.slice(b * 10, b * 10 + 10).reduce((x, y) => x + y, 0) / 10);
    // Early in the call no prompt has shown yet, so a little less is visited; after that the
    // count stays put however long the call runs.
    expect(mid!).toBeLessThanOrEqual(early! + 15);
    expect(late!).toBeLessThanOrEqual(early! + 15);
    expect(Math.abs(late! - mid!)).toBeLessThanOrEqual(5);
    expect(Math.max(...visits)).toBeLessThanOrEqual(40);
  });

  it('the whole-call coach it replaces enters features() in proportion to the call (what this test catches)', () => {
    const { features } = costs(ref.initCoach, ref.reduceCoach as Reduce, calls.slice(0, 600), [10, 600]);
    expect(features[1]!).toBeGreaterThan(50 * features[0]!);
  });

  it('a revision of the latest utterance (a late label, a grown caption) costs the same at #600 as at #10', () => {
    const revise = (n: number) => {
      const { state } = costs(initCoach, reduceCoach, calls.slice(0, n), []);
      const last = state.utterances.at(-1)!;
      const probe: CoachProbe = { features: 0, visits: 0 };
      setCoachProbe(probe);
      reduceCoach(state, { type: 'utterance', utterance: { ...last, text: `${last.text} And the knee.`, revision: 1 } }, S);
      setCoachProbe(null);
      return probe;
    };
    const early = revise(10);
    const late = revise(600);
    expect(late.features).toBe(1);
    expect(early.features).toBe(1);
    expect(late.visits).toBeLessThanOrEqual(early.visits + 10);
  });

  it('a state reloaded from storage is rebuilt once (one pass), then flat again', () => {
    const { state } = costs(initCoach, reduceCoach, calls.slice(0, 599), []);
    const reloaded = JSON.parse(JSON.stringify(state)) as CoachState;
    const probe: CoachProbe = { features: 0, visits: 0 };
    setCoachProbe(probe);
    // A tick that changes nothing hands the same state back, with its rebuilt running state.
    expect(reduceCoach(reloaded, { type: 'tick', nowMs: reloaded.nowMs }, S)).toBe(reloaded);
    const next = reduceCoach(reloaded, { type: 'utterance', utterance: calls[599]! }, S);
    // JSON copies are new objects: features once each, in the rebuild.
    expect(probe.features).toBe(600);
    const after = { ...probe };
    reduceCoach(next, { type: 'utterance', utterance: calls[600]! }, S);
    setCoachProbe(null);
    expect(probe.features - after.features).toBe(1);
  });
});
