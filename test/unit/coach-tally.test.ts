import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/classifier/labels';
import { coachView, initCoach, reduceCoach } from '../../src/coach/coach';
import { bond, computeTally } from '../../src/coach/tally';
import { coachSettings, type LabelledUtterance } from '../../src/coach/types';

const S = coachSettings();
let n = 0;
function c(startS: number, text: string, label: Label, id = `c${++n}`, durS = 4, unsure = false): LabelledUtterance {
  return { id, speaker: 'Dr Lee', role: 'clinician', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0, label, ...(unsure ? { unsure: true as const } : {}) };
}
function p(startS: number, text: string, id = `p${++n}`, durS = 3): LabelledUtterance {
  return { id, speaker: 'Pat', role: 'patient', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0 };
}

describe('goals and tasks', () => {
  it('a clinician goal becomes agreed when the patient assents shortly after', () => {
    const g = c(0, 'So the goal is walking to the shop without pain.', 'goal_setting', 'g1');
    const yes = p(6, 'Yes, that sounds good.', 'y1');
    const t = computeTally([g, yes], S);
    expect(t.goals).toHaveLength(1);
    expect(t.goals[0]).toMatchObject({ id: 'goal:g1', state: 'agreed', proposedBy: 'clinician', text: g.text });
    expect(t.goals[0]!.evidence).toEqual([{ utteranceId: 'g1', why: 'proposed' }, { utteranceId: 'y1', why: 'assent' }]);
  });

  it('stays proposed on dissent, on silence, or when the assent comes too late', () => {
    const g = c(0, 'Would you be willing to walk ten minutes after dinner?', 'task_agreement', 't1');
    expect(computeTally([g, p(6, "I'm not sure.")], S).tasks[0]!.state).toBe('proposed');
    expect(computeTally([g], S).tasks[0]!.state).toBe('proposed');
    expect(computeTally([g, p(60, 'Okay.')], S).tasks[0]!.state).toBe('proposed');
  });

  it('an open elicitation answered by the patient and confirmed by the clinician is agreed, patient-proposed', () => {
    const q = c(0, 'What would you like to be different by next month?', 'goal_setting', 'q1');
    const a = p(5, "I'd like to be able to walk to the shop without my knee killing me.", 'a1');
    const conf = c(10, 'So the goal is walking to the shop without pain.', 'goal_setting', 'k1');
    const before = computeTally([q, a], S);
    expect(before.goals[0]).toMatchObject({ state: 'proposed', proposedBy: 'patient', text: a.text });
    const t = computeTally([q, a, conf], S);
    expect(t.goals).toHaveLength(1);
    expect(t.goals[0]).toMatchObject({ id: 'goal:a1', state: 'agreed', proposedBy: 'patient' });
    expect(t.goals[0]!.evidence.map((e) => [e.utteranceId, e.why])).toEqual([['q1', 'elicited'], ['a1', 'patient-proposed'], ['k1', 'confirmed']]);
  });

  it('a patient proposal confirmed by a clinician task statement is agreed at once', () => {
    const a = p(0, 'I could try walking after dinner maybe.', 'a2');
    const conf = c(5, "Great, so you'll walk ten minutes after dinner and we'll review in two weeks.", 'task_agreement', 'k2');
    const t = computeTally([a, conf], S);
    expect(t.tasks).toEqual([{ id: 'task:a2', kind: 'task', text: a.text, state: 'agreed', proposedBy: 'patient', evidence: [{ utteranceId: 'a2', why: 'patient-proposed' }, { utteranceId: 'k2', why: 'confirmed' }] }]);
  });

  it('a newer proposal supersedes an open one: the assent goes to the latest', () => {
    const g = c(0, 'So the goal is better sleep.', 'goal_setting', 'g2');
    const tk = c(5, "You'll keep a sleep diary and I'll review it.", 'task_agreement', 't2');
    const t = computeTally([g, tk, p(10, 'Okay, I can do that.')], S);
    expect(t.goals[0]!.state).toBe('proposed');
    expect(t.tasks[0]!.state).toBe('agreed');
  });

  it('corrections replace the earlier revision and never double count', () => {
    const g = c(0, 'So the goal is better sleep.', 'goal_setting', 'g3');
    let s = initCoach(S, 0);
    s = reduceCoach(s, { type: 'utterance', utterance: g }, S);
    s = reduceCoach(s, { type: 'utterance', utterance: p(6, 'yes', 'y3') }, S);
    s = reduceCoach(s, { type: 'utterance', utterance: { ...g, revision: 1, text: 'So the goal is better sleep at night.' } }, S);
    s = reduceCoach(s, { type: 'utterance', utterance: { ...g, revision: 1, text: 'duplicate of revision 1' } }, S);
    expect(s.utterances).toHaveLength(2);
    expect(s.tally.goals).toHaveLength(1);
    expect(s.tally.goals[0]).toMatchObject({ text: 'So the goal is better sleep at night.', state: 'agreed' });
    // A correction that changes the label removes the goal.
    s = reduceCoach(s, { type: 'utterance', utterance: { ...g, revision: 2, label: 'other' } }, S);
    expect(s.tally.goals).toHaveLength(0);
  });

  it('the view resolves evidence ids to utterance text', () => {
    let s = initCoach(S, 0);
    for (const u of [c(0, 'So the goal is better sleep.', 'goal_setting', 'g4'), p(6, 'Definitely.', 'y4')]) s = reduceCoach(s, { type: 'utterance', utterance: u }, S);
    const v = coachView(s, 10_000);
    expect(v.goals[0]!.evidence.map((e) => [e.utteranceId, e.text, e.role])).toEqual([['g4', 'So the goal is better sleep.', 'clinician'], ['y4', 'Definitely.', 'patient']]);
  });

  it('a label on a patient utterance is ignored', () => {
    const wrong: LabelledUtterance = { ...p(0, 'So the goal is better sleep.', 'pp'), label: 'goal_setting' };
    let s = initCoach(S, 0);
    s = reduceCoach(s, { type: 'utterance', utterance: wrong }, S);
    expect(s.tally.goals).toHaveLength(0);
    expect(s.utterances[0]!.label).toBeUndefined();
  });
});

describe('bond formula', () => {
  it('+1 per empathic reflection, 0 for sympathy', () => {
    const b = bond([c(0, 'It sounds like the nights are exhausting.', 'empathic_reflection', 'e1'), c(10, 'Oh you poor thing.', 'sympathy', 's1'), c(20, "You've been carrying this alone.", 'empathic_reflection', 'e2')], S);
    expect(b.value).toBe(2);
    expect(b.changes.map((x) => [x.kind, x.delta, x.value, x.utteranceIds])).toEqual([
      ['empathic-reflection', 1, 1, ['e1']], ['sympathy', 0, 1, ['s1']], ['empathic-reflection', 1, 2, ['e2']],
    ]);
  });

  it('-1 per run of unrequested information reaching lectureRunSec seconds of talk, once per run', () => {
    const reflect = [1, 2, 3].map((i) => c(i * 5, 'It sounds like that was hard.', 'empathic_reflection', `r${i}`));
    const run = [0, 1, 2].map((i) => c(30 + i * 13, 'You need to cut down on salt and on white bread.', 'lecture', `l${i}`, 12));
    const b = bond([...reflect, ...run], S);
    expect(b.value).toBe(2);
    expect(b.changes.at(-1)).toMatchObject({ kind: 'lecture-run', delta: -1, utteranceIds: ['l0', 'l1', 'l2'] });
    // 24 s of talk is under the threshold, however many caption segments it came in.
    expect(bond([...reflect, ...run.slice(0, 2)], S).value).toBe(3);
    const segments = [0, 1, 2, 3, 4, 5].map((i) => c(30 + i * 4, 'Less salt.', 'lecture', `s${i}`, 3));
    expect(bond([...reflect, ...segments], S).value).toBe(3);
  });

  it('information asked for, after permission, or results disclosure does not wear bond', () => {
    const run = (t0: number) => [0, 1, 2].map((i) => c(t0 + i * 13, 'You need to cut down on salt and on white bread.', 'lecture', undefined, 12));
    expect(bond([p(0, 'What should I be eating instead?'), ...run(5)], S).value).toBe(0);
    expect(bond([c(0, 'Is it okay if I share some ideas about food?', 'question'), p(4, 'Sure.'), ...run(8)], S).value).toBe(0);
    expect(bond([c(0, 'Your blood tests came back and your A1C is 8.1.', 'lecture', 'res', 30)], S).value).toBe(0);
    expect(bond(run(0), S).value).toBe(-1);
  });

  it('affirmations count positively (text cues on confident `other`, or the model sub-kind)', () => {
    const b = bond([c(0, "You've done really well keeping up with the walks.", 'other', 'a1'), c(10, 'That took courage.', 'other', 'a2'), c(20, 'Let me pull up your chart.', 'other')], S);
    expect(b.changes.map((x) => [x.kind, x.delta])).toEqual([['affirmation', 1], ['affirmation', 1]]);
    expect(b.value).toBe(2);
    expect(bond([{ ...c(0, 'Brilliant.', 'other'), subKind: 'affirmation' }], S).value).toBe(1);
    expect(bond([c(0, "You haven't done well with it.", 'other')], S).value).toBe(0);
    expect(bond([c(0, "You've done really well.", 'other', 'u', 4, true)], S).value).toBe(0); // unsure: no evidence
  });

  it('a backchannel does not break a lecture run, a real patient turn does', () => {
    const mk = (mid: LabelledUtterance) => [c(0, 'a', 'lecture', undefined, 12), c(13, 'b', 'lecture', undefined, 12), mid, c(30, 'c', 'lecture', undefined, 12)];
    expect(bond([c(-10, 'r', 'empathic_reflection'), ...mk(p(26, 'mm-hmm'))], S).value).toBe(0);
    expect(bond([c(-10, 'r', 'empathic_reflection'), ...mk(p(26, 'but what about my blood pressure pills'))], S).value).toBe(1);
  });

  it('-1 per completed window where the clinician dominates the talk', () => {
    const words = (k: number) => Array.from({ length: k }, () => 'word').join(' ');
    const first = [c(0, 'It sounds like work is a lot.', 'empathic_reflection', 'e'), c(10, words(60), 'lecture', 'w1'), p(60, words(10))];
    // The window closes once speech is seen past 3 minutes.
    const later = [p(200, 'okay then'), c(205, 'It sounds like you are tired.', 'empathic_reflection', 'e2')];
    const b = bond([...first, ...later], S);
    expect(b.changes.map((x) => x.kind)).toEqual(['empathic-reflection', 'talk-dominance', 'empathic-reflection']);
    expect(b.value).toBe(1);
    expect(b.changes[1]!.utteranceIds).toEqual(['e', 'w1']);
  });

  it('is a plain sum over the recent window: no clamping, so the order of events does not matter', () => {
    const lect = (t0: number) => [0, 1, 2].map((i) => c(t0 + i * 13, 'Take it after breakfast every single day without fail.', 'lecture', undefined, 12));
    const refl = (t0: number) => [0, 1].map((i) => c(t0 + i * 5, 'It sounds like that hurt.', 'empathic_reflection'));
    // Lecture first then reflections, or the other way round: the same score (clamping at 0 would differ).
    expect(bond([...lect(0), ...refl(60)], S).value).toBe(1);
    expect(bond([...refl(0), ...lect(20)], S).value).toBe(1);
    // Only the last bondWindowMin minutes count.
    expect(bond([...refl(0), c(11 * 60, 'Hello again.', 'other')], S).value).toBe(0);
    expect(bond([...refl(0), c(11 * 60, 'Hello again.', 'other')], S).changes.map((x) => x.value)).toEqual([1, 2]);
  });
});
