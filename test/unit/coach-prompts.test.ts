import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/classifier/labels';
import { coachMoments, coachView, initCoach, reduceCoach } from '../../src/coach/coach';
import { lectureRule, sympathyRule } from '../../src/coach/prompts';
import { coachSettings, type CoachEvent, type CoachSettings, type CoachState, type LabelledUtterance } from '../../src/coach/types';

const S = coachSettings();
let n = 0;
function c(startS: number, text: string, label: Label, id = `c${++n}`, durS = 4): LabelledUtterance {
  return { id, speaker: 'Dr Lee', role: 'clinician', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0, label };
}
function p(startS: number, text: string, id = `p${++n}`, durS = 3): LabelledUtterance {
  return { id, speaker: 'Pat', role: 'patient', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0 };
}
function run(events: Array<LabelledUtterance | CoachEvent>, settings: CoachSettings = S, from?: CoachState): CoachState {
  let s = from ?? initCoach(settings, 0);
  for (const e of events) s = reduceCoach(s, 'type' in e ? e : { type: 'utterance', utterance: e }, settings);
  return s;
}
const tick = (sec: number): CoachEvent => ({ type: 'tick', nowMs: sec * 1000 });
const current = (s: CoachState) => s.history.find((h) => h.outcome === 'showing');
const words = (k: number) => Array.from({ length: k }, (_, i) => `w${i}`).join(' ');

const sympathyScene = [p(0, "I'm exhausted, my son was up all night again.", 'pt'), c(10, "Oh you poor thing, I'm so sorry.", 'sympathy', 'sy')];

describe('prompt rules', () => {
  it('sympathy -> suggests a reflection built from the patient\'s last words', () => {
    const s = run(sympathyScene);
    const cur = current(s)!;
    expect(cur).toMatchObject({ kind: 'reflect-sympathy', causeIds: ['pt', 'sy'], suggestionKey: 'coach_suggest_reflect', reasonKey: 'coach_reason_sympathy' });
    expect(cur.suggestionSubs).toEqual(["you're exhausted, your son was up all night again"]);
    expect(coachView(s, 15_000).prompt?.kind).toBe('reflect-sympathy');
  });
  it('sympathy already followed by a reflection does not prompt; no patient words -> generic phrasing', () => {
    expect(sympathyRule([...sympathyScene, c(15, 'It sounds like the nights are wearing you down.', 'empathic_reflection')])).toEqual([]);
    expect(sympathyRule([c(0, 'I feel so bad for you.', 'sympathy')])[0]?.suggestionKey).toBe('coach_suggest_reflect_generic');
  });

  it('lecture run: fires at lectureRunCount consecutive lectures, not before, not after the run ended', () => {
    const l = [0, 6, 12].map((t) => c(t, 'You need to cut down on salt.', 'lecture'));
    expect(current(run(l.slice(0, 2)))).toBeUndefined();
    const s = run(l);
    expect(current(s)).toMatchObject({ kind: 'lecture-run', reasonSubs: ['3', '16'], causeIds: l.map((u) => u.id) });
    expect(lectureRule([...l, c(20, 'What do you make of that?', 'question')], S)).toEqual([]);
  });
  it('lecture run: fires on lectureRunSec even with fewer utterances', () => {
    expect(current(run([c(0, 'a', 'lecture', 'la', 30), c(31, 'b', 'lecture', 'lb', 30)]))?.kind).toBe('lecture-run');
  });

  it('no goal after noGoalAfterMin minutes of captioned talk', () => {
    const start = [c(0, 'Hi, can you hear me?', 'other')];
    expect(current(run([...start, tick(299)]))).toBeUndefined();
    expect(current(run([...start, tick(300)]))).toMatchObject({ kind: 'no-goal', reasonSubs: ['5'] });
    expect(current(run([c(0, 'So the goal is better sleep.', 'goal_setting'), tick(300)]))).toBeUndefined();
  });

  it('goal but no task after noTaskAfterMin', () => {
    const g = c(0, 'So the goal is better sleep.', 'goal_setting', 'gg');
    expect(current(run([g, tick(599)]))).toBeUndefined();
    expect(current(run([g, tick(600)]))).toMatchObject({ kind: 'no-task', causeIds: ['gg'] });
    expect(current(run([g, c(30, "You'll keep a diary and I'll review it.", 'task_agreement'), tick(600)]))).toBeUndefined();
  });

  it('talk share above talkShareMax over the last window', () => {
    const talky = [c(0, 'How are you?', 'question'), p(5, words(10)), ...[20, 60, 100, 140].map((t) => c(t, words(30), 'other'))];
    expect(current(run([...talky, tick(170)]))).toBeUndefined(); // window not yet filled
    expect(current(run([...talky, tick(181)]))).toMatchObject({ kind: 'talk-share', reasonSubs: ['92', '3'] });
    const balanced = [...talky, ...[30, 70, 110, 150].map((t) => p(t, words(30)))];
    expect(current(run([...balanced, tick(181)]))).toBeUndefined();
  });

  it('a strong feeling not reflected within emotionReflectWindowSec', () => {
    const fear = p(0, "I'm really scared about the operation.", 'fe');
    expect(current(run([fear, tick(20)]))).toBeUndefined(); // not yet due (due at 33 s)
    const s = run([fear, tick(34)]);
    expect(current(s)).toMatchObject({ kind: 'unreflected-emotion', causeIds: ['fe'], reasonSubs: ['scared'] });
    expect(current(s)!.suggestionSubs[0]).toContain("you're really scared");
    expect(current(run([fear, c(8, 'It sounds like the operation is frightening.', 'empathic_reflection'), tick(34)]))).toBeUndefined();
    expect(current(run([fear, tick(100)]))).toBeUndefined(); // stale by then
    expect(current(run([p(0, "I'm not worried at all."), tick(34)]))).toBeUndefined();
  });

  it('one nudge per moment: the emotion rule does not repeat a sympathy prompt about the same words', () => {
    const s = run([...sympathyScene, { type: 'prompt-action', promptId: 'p1', action: 'dismiss', nowMs: 15_000 }, tick(80)]);
    expect(s.history.map((h) => h.kind)).toEqual(['reflect-sympathy']);
  });
});

describe('delivery', () => {
  it('nudge budget: at most one prompt per nudgeIntervalSec', () => {
    const lect = [20, 26, 32].map((t) => c(t, 'Take it after breakfast.', 'lecture'));
    let s = run([...sympathyScene, { type: 'prompt-action', promptId: 'p1', action: 'dismiss', nowMs: 16_000 }, ...lect]);
    expect(current(s)).toBeUndefined(); // lecture run due at 36 s, budget blocks until 74 s
    s = run([tick(73)], S, s);
    expect(current(s)).toBeUndefined();
    s = run([tick(74)], S, s);
    expect(current(s)).toMatchObject({ kind: 'lecture-run', shownMs: 74_000 });
  });

  it('prompts expire after promptExpirySec', () => {
    let s = run(sympathyScene); // shown at 14 s
    expect(coachView(s, 58_999).prompt).not.toBeNull();
    expect(coachView(s, 59_000).prompt).toBeNull(); // the view hides it even before the tick
    s = run([tick(59)], S, s);
    expect(s.history[0]).toMatchObject({ outcome: 'expired', endedMs: 59_000 });
  });

  it('dismiss hides it for good; helpful can be marked later', () => {
    let s = run([...sympathyScene, { type: 'prompt-action', promptId: 'p1', action: 'dismiss', nowMs: 15_000 }]);
    expect(coachView(s, 15_000).prompt).toBeNull();
    expect(s.history[0]!.outcome).toBe('dismissed');
    s = run([tick(200)], S, s);
    expect(s.history).toHaveLength(1);
    s = run([{ type: 'prompt-action', promptId: 'p1', action: 'helpful', nowMs: 201_000 }], S, s);
    expect(s.history[0]!.outcome).toBe('helpful');
  });

  it('snooze silences that kind for snoozeMin, other kinds still show', () => {
    const S = coachSettings({ noGoalAfterMin: 60 }); // keep the no-goal rule out of this scene
    let s = run([...sympathyScene, { type: 'prompt-action', promptId: 'p1', action: 'snooze', nowMs: 15_000 }], S);
    expect(s.snoozedUntil['reflect-sympathy']).toBe(15_000 + 10 * 60_000);
    s = run([p(100, 'It is hard to sleep.'), c(105, "I'm so sorry, that's awful.", 'sympathy')], S, s);
    expect(current(s)).toBeUndefined();
    s = run([c(120, 'You must take it daily.', 'lecture'), c(125, 'And drink water.', 'lecture'), c(130, 'And rest.', 'lecture')], S, s);
    expect(current(s)?.kind).toBe('lecture-run');
    s = run([{ type: 'prompt-action', promptId: current(s)!.id, action: 'dismiss', nowMs: 136_000 }, p(700, 'I feel awful all day.'), c(705, 'Oh you poor thing.', 'sympathy')], S, s);
    expect(current(s)?.kind).toBe('reflect-sympathy');
  });

  it('pause: no prompts while paused, the tally still counts, resume allows fresh prompts', () => {
    let s = run([...sympathyScene]);
    s = run([{ type: 'pause', paused: true, nowMs: 15_000 }], S, s);
    expect(s.history[0]!.outcome).toBe('paused');
    expect(coachView(s, 15_000)).toMatchObject({ paused: true, prompt: null });
    s = run([c(100, 'So the goal is better sleep.', 'goal_setting'), ...[110, 115, 120].map((t) => c(t, 'Take it daily.', 'lecture'))], S, s);
    expect(current(s)).toBeUndefined();
    expect(s.tally.goals).toHaveLength(1);
    s = run([{ type: 'pause', paused: false, nowMs: 130_000 }], S, s);
    expect(current(s)?.kind).toBe('lecture-run');
  });

  it('disabled kinds and coaching off never show', () => {
    expect(current(run(sympathyScene, coachSettings({ promptKinds: { ...S.promptKinds, 'reflect-sympathy': false } })))).toBeUndefined();
    const off = run(sympathyScene, coachSettings({ coachingEnabled: false }));
    expect(current(off)).toBeUndefined();
    expect(coachView(off, 15_000).coachingEnabled).toBe(false);
  });

  it('keeps the talk around each prompt for the post-call coaching moments', () => {
    const s = run([c(-5, 'Hello.', 'other', 'h0'), ...sympathyScene, c(20, 'It sounds like nights are hard.', 'empathic_reflection', 'a1'), p(25, 'yes', 'a2'), c(30, 'ok', 'other', 'a3'), p(35, 'more', 'a4')]);
    expect(s.history[0]).toMatchObject({ beforeIds: ['h0', 'pt', 'sy'], afterIds: ['a1', 'a2', 'a3'] });
    const m = coachMoments(s)[0]!;
    expect(m.cause.map((e) => e.text)).toEqual([sympathyScene[0]!.text, sympathyScene[1]!.text]);
    expect(m.after).toHaveLength(3);
  });

  it('returns the same state when a tick changes nothing (callers can skip persisting)', () => {
    const s = run([c(0, 'Hi.', 'other')]);
    expect(reduceCoach(s, tick(10), S)).toBe(s);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
