// The live coach is incremental (timeline.ts, live-rules.ts): it keeps each rule's running state
// and refolds only from a changed utterance onward. This drives random calls (new utterances, some
// out of order, revisions, late labels, live role relabels, replays after a speaker pick, ticks,
// prompt actions, pauses, settings changes, states reloaded from storage) through it and through
// the frozen whole-call coach (./coach-reference), and asserts the same state and view at every
// step. Disputes live in the post-call summary (overrides to computeTally / computeMetrics), so
// those are checked against the frozen whole-call tally and runs with random overrides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../../src/classifier/labels';
import { coachView, initCoach, reduceCoach } from '../../src/coach/coach';
import { lectureRuns } from '../../src/coach/runs';
import { computeTally } from '../../src/coach/tally';
import { coachSettings, type CoachEvent, type CoachSettings, type CoachState, type LabelledUtterance } from '../../src/coach/types';
import * as ref from './coach-reference/coach';
import { lectureRuns as refRuns } from './coach-reference/runs';
import { computeTally as refTally } from './coach-reference/tally';

// Whole seconds, so events often share a time (ties in the bond's order). Texts chosen to hit every feature the rules read: assent, dissent, proposals, questions, open
// elicitations, emotion and change talk, affirmations, results, permission asks, backchannels.
const TEXTS = [
  'Yes, that sounds good.', "I'm not sure.", 'Okay.', 'mm-hmm', 'Right.', 'No.',
  "I'd like to walk to the shop without pain.", 'I could try walking after dinner maybe.',
  "I'm so worried about the surgery next week.", "I'm exhausted, I can't sleep at night.",
  'I really want to be able to play with my grandkids again.', 'What can I do about it?',
  'What would you like to be different by next month?', 'Would you be willing to walk ten minutes after dinner?',
  'So the goal is walking to the shop without pain.', "Let's book a follow-up in two weeks.",
  'You sound really worn down by all of this.', "I'm so sorry to hear that.", "You've done really well with the walks.",
  'Your A1C came back at 8.1 which is higher than we want.', 'Is it okay if I share some information about the medication?',
  'Metformin works by lowering the sugar your liver makes and it can upset the stomach at first so take it with food every day.',
  'Insulin resistance means your cells do not respond well and the pancreas has to work harder over many years.',
  'How are you feeling today?', 'Tell me what matters most to you.', 'Great job keeping up with it.',
  'Sí, claro, de acuerdo.', 'Me gustaría dormir mejor.', 'Estoy muy preocupada por mi hijo.',
];

const S0 = coachSettings({
  talkShareWindowMin: 0.5, bondWindowMin: 1, lectureRunSec: 10, assentWindowSec: 20,
  noGoalAfterMin: 1, noTaskAfterMin: 2, nudgeIntervalSec: 8, promptExpirySec: 20, promptExpiryTurns: 3, snoozeMin: 0.5,
});

type Op =
  | { op: 'new'; role: 0 | 1 | 2; text: number; label: number; gap: number; dur: number; back: number; unsure: boolean; twin: boolean; long: boolean }
  | { op: 'revise'; pick: number; text: number; label: number; shift: number; dur: number; role: number }
  | { op: 'tick'; by: number }
  | { op: 'action'; pick: number; action: 0 | 1 | 2 }
  | { op: 'pause'; paused: boolean }
  | { op: 'settings'; which: number }
  | { op: 'reload' }
  | { op: 'branch' }
  | { op: 'replay'; pickSpeaker: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ op: fc.constant('new' as const), role: fc.constantFrom(0 as const, 0 as const, 1 as const, 1 as const, 2 as const), text: fc.nat(TEXTS.length - 1), label: fc.nat(LABELS.length + 1), gap: fc.integer({ min: -4, max: 9 }).map((x) => x * 1000), dur: fc.integer({ min: 0, max: 16 }).map((x) => x * 1000), back: fc.constantFrom(0, 0, 0, 0, 0, 0, 1, 3), unsure: fc.boolean(), twin: fc.constantFrom(false, false, false, false, true), long: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('revise' as const), pick: fc.nat(), text: fc.nat(TEXTS.length - 1), label: fc.nat(LABELS.length + 1), shift: fc.constantFrom(0, 0, 0, -3000, 2000, 40000), dur: fc.integer({ min: 0, max: 16 }).map((x) => x * 1000), role: fc.nat(5) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('tick' as const), by: fc.integer({ min: 0, max: 30000 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('action' as const), pick: fc.nat(), action: fc.constantFrom(0 as const, 1 as const, 2 as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('pause' as const), paused: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('settings' as const), which: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reload' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('branch' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replay' as const), pickSpeaker: fc.nat(2) }) },
);

const ROLES = ['clinician', 'patient', 'other'] as const;
const SPEAKERS = ['Dr Lee', 'Pat', 'Sam'];

/** Label index: LABELS, then "no label", then "uncoded". */
function labelled(u: LabelledUtterance, label: number, unsure: boolean): LabelledUtterance {
  if (u.role !== 'clinician' && label % 3 !== 0) return u; // patients mostly arrive unlabelled; sometimes a stray label
  if (label < LABELS.length) return { ...u, label: LABELS[label]!, ...(unsure ? { unsure: true as const } : {}) };
  if (label === LABELS.length) return u;
  return { ...u, uncoded: 'language', lang: 'de' };
}

function settingsFor(which: number): CoachSettings {
  switch (which) {
    case 0: return S0;
    case 1: return { ...S0, coachingEnabled: false };
    case 2: return { ...S0, lectureRunSec: 5, bondWindowMin: 0.5, talkShareMax: 0.5, assentWindowSec: 40 };
    default: return { ...S0, promptKinds: { ...S0.promptKinds, 'talk-share': false, 'no-goal': false } };
  }
}

/** What the random calls reached, so the generator is known to exercise every rule. */
const seen = new Set<string>();

/** The same events into both coaches; `check` after each. */
function run(ops: Op[]): void {
  let settings = S0;
  let live = initCoach(settings, 0);
  let old = ref.initCoach(settings, 0);
  let n = 0;
  let clock = 0;
  let lastStart = 0;
  const check = (label: string) => {
    const changes = old.tally.bond.changes;
    for (const c of changes) seen.add(c.kind);
    if (changes.some((c, k) => k > 0 && c.atMs === changes[k - 1]!.atMs && c.kind === changes[k - 1]!.kind)) seen.add('tie');
    for (const h of old.history) seen.add(`prompt:${h.kind}:${h.outcome}`).add(`outcome:${h.outcome}`);
    if (old.tally.goals.some((g) => g.state === 'agreed')) seen.add('agreed');
    expect(live, label).toEqual(old);
    expect(coachView(live, live.nowMs + 1000, settings), label).toEqual(ref.coachView(old, old.nowMs + 1000, settings));
  };
  const both = (e: CoachEvent) => {
    live = reduceCoach(live, e, settings);
    old = ref.reduceCoach(old, e, settings);
  };
  for (const [i, o] of ops.entries()) {
    switch (o.op) {
      case 'new': {
        const back = o.back ? old.utterances.at(-o.back)?.startMs ?? lastStart : null;
        const prev = old.utterances.at(-1);
        // A twin shares the previous utterance's times: events at one time must keep call order.
        const startMs = o.twin && prev ? prev.startMs : back !== null ? back - 500 : Math.max(0, lastStart + o.gap);
        const endMs = o.twin && prev ? prev.endMs : startMs + o.dur;
        if (back === null) lastStart = Math.max(lastStart, startMs);
        // Long clinician talk, so that talk windows are sometimes dominated.
        const text = o.long && o.role === 0 ? `${TEXTS[o.text]!} ${TEXTS[21]!}` : TEXTS[o.text]!;
        const u = o.twin && prev
          ? { ...prev, id: `u${++n}`, revision: 0 } // said again at the same time (ASR echo, two captions)
          : labelled({ id: `u${++n}`, speaker: SPEAKERS[o.role]!, role: ROLES[o.role]!, text, startMs, endMs, revision: 0 }, o.label, o.unsure);
        clock = Math.max(clock, u.endMs);
        both({ type: 'utterance', utterance: u });
        break;
      }
      case 'revise': {
        const have = old.utterances;
        if (!have.length) break;
        const was = have[o.pick % have.length]!;
        const role = o.role < 4 ? was.role : ROLES[o.role % 3]!; // sometimes a live relabel of the speaker
        const { label: _l, scores: _s, unsure: _u, uncoded: _c, lang: _g, ...bare } = was;
        const startMs = Math.max(0, was.startMs + o.shift);
        const u = labelled({ ...bare, role, text: o.label % 2 ? TEXTS[o.text]! : was.text, startMs, endMs: startMs + o.dur, revision: was.revision + 1 }, o.label, false);
        both({ type: 'utterance', utterance: u });
        both({ type: 'utterance', utterance: { ...u, revision: was.revision } }); // a stale re-send changes nothing
        break;
      }
      case 'tick':
        clock += o.by;
        both({ type: 'tick', nowMs: clock });
        break;
      case 'action': {
        const h = old.history;
        if (!h.length) break;
        both({ type: 'prompt-action', promptId: h[(h.length - 1 - (o.pick % 3)) < 0 ? 0 : h.length - 1 - (o.pick % 3)]!.id, action: (['dismiss', 'snooze', 'helpful'] as const)[o.action], nowMs: clock });
        break;
      }
      case 'pause':
        both({ type: 'pause', paused: o.paused, nowMs: clock });
        break;
      case 'settings':
        settings = settingsFor(o.which);
        break;
      case 'reload':
        // The worker restarted: the state comes back from storage without its running state.
        live = JSON.parse(JSON.stringify(live)) as CoachState;
        break;
      case 'branch': {
        // Reducing one state twice (the first result dropped) must not disturb the second.
        reduceCoach(live, { type: 'tick', nowMs: clock + 5000 }, settings);
        break;
      }
      case 'replay': {
        // The speaker picker: the call is replayed from the start with corrected roles (call-service relabel).
        const me = SPEAKERS[o.pickSpeaker]!;
        const replay = old.utterances.map((u) => (u.speaker === me ? { ...u, role: 'clinician' as const } : u.role === 'clinician' ? { ...u, role: 'patient' as const } : u));
        live = initCoach(settings, 0);
        old = ref.initCoach(settings, 0);
        for (const u of replay) both({ type: 'utterance', utterance: u });
        break;
      }
    }
    check(`op ${i} ${o.op}`);
  }
}

describe('the incremental coach equals the whole-call coach', () => {
  it('at every step of random calls with revisions, late labels, relabels, reloads and settings changes', () => {
    const want = ['empathic-reflection', 'sympathy', 'affirmation', 'lecture-run', 'talk-dominance', 'tie', 'agreed',
      'outcome:resolved', 'outcome:snoozed', 'outcome:helpful', 'outcome:paused', 'prompt:reflect-sympathy:expired', 'prompt:lecture-run:expired', 'prompt:unreflected-emotion:replaced', 'prompt:evoke-change:dismissed', 'prompt:no-goal:expired', 'prompt:talk-share:expired'];
    // The calls are random, so a rare path ("a lecture-run prompt expires") can be missed by one batch
    // of 150 (it was, once in a clean-clone run): more batches run until every path has been exercised,
    // so the coverage check fails only when a path is really unreachable, not by the draw.
    for (let batch = 0; batch < 6 && (batch === 0 || want.some((w) => !seen.has(w))); batch++) {
      fc.assert(fc.property(fc.array(opArb, { minLength: 1, maxLength: 90, size: 'max' }), (ops) => run(ops)), { numRuns: 150 });
    }
    expect(want.filter((w) => !seen.has(w))).toEqual([]);
  }, 120_000);

  it('post-call disputes: tally and lecture runs with overrides equal the whole-call ones', () => {
    const call = fc.array(fc.record({ role: fc.nat(2), text: fc.nat(TEXTS.length - 1), label: fc.nat(LABELS.length + 1), gap: fc.integer({ min: -3000, max: 9000 }), dur: fc.nat(15000) }), { maxLength: 60, size: 'max' });
    const disputes = fc.array(fc.tuple(fc.nat(), fc.nat(LABELS.length - 1)), { maxLength: 8 });
    fc.assert(fc.property(call, disputes, fc.nat(3), (spec, ds, which) => {
      let t = 0;
      const list = spec.map((x, i) => {
        t = Math.max(0, t + x.gap);
        return labelled({ id: `u${i}`, speaker: SPEAKERS[x.role]!, role: ROLES[x.role]!, text: TEXTS[x.text]!, startMs: t, endMs: t + x.dur, revision: 0 }, x.label, false);
      }).sort((a, b) => a.startMs - b.startMs);
      const overrides: Record<string, Label> = {};
      for (const [pick, l] of ds) if (list.length) overrides[list[pick % list.length]!.id] = LABELS[l]!;
      const s = settingsFor(which);
      expect(computeTally(list, s, overrides)).toEqual(refTally(list, s, overrides));
      expect(lectureRuns(list, overrides)).toEqual(refRuns(list, overrides));
    }), { numRuns: 200 });
  }, 60_000);
});
