import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/classifier/labels';
import { coachMoments, coachView, initCoach, reduceCoach } from '../../src/coach/coach';
import { ACK_MS } from '../../src/coach/coach';
import { PROMPT_PRIORITY, lectureRule, sympathyRule } from '../../src/coach/prompts';
import { coachSettings, type CoachEvent, type CoachSettings, type CoachState, type LabelledUtterance } from '../../src/coach/types';

const S = coachSettings();
let n = 0;
function c(startS: number, text: string, label: Label, id = `c${++n}`, durS = 4, unsure = false): LabelledUtterance {
  return { id, speaker: 'Dr Lee', role: 'clinician', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0, label, ...(unsure ? { unsure: true as const } : {}) };
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
const dismiss = (s: CoachState, sec: number): CoachEvent => ({ type: 'prompt-action', promptId: current(s)!.id, action: 'dismiss', nowMs: sec * 1000 });
const kinds = (s: CoachState) => s.history.map((h) => `${h.kind}:${h.outcome}`);
/** Lectures long enough to count: 12 s of talk each. */
const lectures = (...at: number[]) => at.map((t) => c(t, 'You need to take the tablets every morning after breakfast.', 'lecture', undefined, 12));
const words = (k: number) => Array.from({ length: k }, (_, i) => `w${i}`).join(' ');

const sympathyScene = [p(0, "I'm exhausted, my son was up all night again.", 'pt'), c(10, "Oh you poor thing, I'm so sorry.", 'sympathy', 'sy')];

describe('prompt rules', () => {
  it('sympathy -> reflect the feeling, with an example built from the feeling and situation (not their words)', () => {
    const s = run(sympathyScene);
    const cur = current(s)!;
    expect(cur).toMatchObject({
      kind: 'reflect-sympathy', causeIds: ['pt', 'sy'], headlineKey: 'coach_head_reflect',
      suggestionKey: 'coach_ex_tired_topic', suggestionSubs: ['@coach_topic_sleep'], reasonKey: 'coach_reason_sympathy',
    });
    expect(coachView(s, 15_000).prompt?.kind).toBe('reflect-sympathy');
  });
  it('sympathy already followed by a reflection does not prompt; no patient words -> generic example', () => {
    expect(sympathyRule([...sympathyScene, c(15, 'It sounds like the nights are wearing you down.', 'empathic_reflection')])).toEqual([]);
    expect(sympathyRule([c(0, 'I feel so bad for you.', 'sympathy')])[0]?.suggestionKey).toBe('coach_ex_reflect');
  });

  it('lecture run: unrequested information measured in seconds of talk, not in caption segments', () => {
    const short = [0, 5, 10, 15, 20].map((t) => c(t, 'Take it daily.', 'lecture')); // five segments, ~20 s
    expect(current(run(short))).toBeUndefined();
    const l = lectures(0, 13, 26); // 36 s of talk
    expect(current(run(l.slice(0, 2)))).toBeUndefined(); // 24 s
    const s = run(l);
    expect(current(s)).toMatchObject({ kind: 'lecture-run', reasonSubs: ['36'], causeIds: l.map((u) => u.id), headlineKey: 'coach_head_ask_view' });
    expect(lectureRule([...l, c(40, 'What do you make of that?', 'question')], S)).toEqual([]);
  });
  it('lecture run: information the patient asked for, after permission, or results is no lecture', () => {
    const asked = [p(0, 'What does the metformin actually do?'), ...lectures(5, 18, 31)];
    expect(current(run(asked))).toBeUndefined();
    const permitted = [c(0, 'Would it be okay if I shared what we know about sugar and the nerves?', 'question'), p(5, 'Sure.'), ...lectures(8, 21, 34)];
    expect(current(run(permitted))).toBeUndefined();
    const declined = [c(0, 'Would it be okay if I shared what we know about sugar and the nerves?', 'question'), p(5, 'No, not today.'), ...lectures(8, 21, 34)];
    expect(current(run(declined))?.kind).toBe('lecture-run');
    const results = [0, 13, 26].map((t) => c(t, 'Your A1C came back at 8.1, which is higher than last time.', 'lecture', undefined, 12));
    expect(current(run(results))).toBeUndefined();
  });

  it('no goal after noGoalAfterMin minutes of captioned talk', () => {
    const start = [c(0, 'Hi, can you hear me?', 'other')];
    expect(current(run([...start, tick(299)]))).toBeUndefined();
    expect(current(run([...start, tick(300)]))).toMatchObject({ kind: 'no-goal', reasonSubs: ['5'], headlineKey: 'coach_head_goal', suggestionKey: 'coach_ex_goal' });
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

  it('anticipatory: a feeling prompts "reflect the feeling" as the patient finishes, before any reply', () => {
    const fear = p(0, "I'm really scared about the operation.", 'fe');
    const s = run([fear]);
    expect(current(s)).toMatchObject({ kind: 'unreflected-emotion', causeIds: ['fe'], reasonSubs: ['scared'], shownMs: 3000, suggestionKey: 'coach_ex_fear_topic', suggestionSubs: ['@coach_topic_future'] });
    expect(current(run([p(0, "I'm not worried at all.")]))).toBeUndefined();
  });
  it('anticipatory: change talk prompts "ask why it matters"; sustain talk does not', () => {
    const s = run([p(0, 'I really want to be able to play with my grandkids again.', 'ct')]);
    expect(current(s)).toMatchObject({ kind: 'evoke-change', causeIds: ['ct'], headlineKey: 'coach_head_evoke', reasonSubs: ['i want to'] });
    expect(current(run([p(0, "I don't want to change anything right now.")]))).toBeUndefined();
  });
});

describe('prompt life cycle', () => {
  it('documents the priority order', () => {
    expect(PROMPT_PRIORITY).toEqual(['reflect-sympathy', 'unreflected-emotion', 'evoke-change', 'lecture-run', 'talk-share', 'no-task', 'no-goal']);
  });

  it('resolves when the clinician does what it asked, with a brief acknowledgement', () => {
    let s = run([p(0, "I'm so worried about my sugar.", 'w1')]);
    expect(current(s)?.kind).toBe('unreflected-emotion');
    s = run([c(5, 'It sounds like the numbers have been frightening.', 'empathic_reflection', 'r1')], S, s);
    expect(current(s)).toBeUndefined();
    expect(s.history[0]).toMatchObject({ outcome: 'resolved', resolvedById: 'r1', endedMs: 9000 });
    expect(coachView(s, 9000).ack).toEqual({ kind: 'unreflected-emotion', headlineKey: 'coach_head_reflect' });
    expect(coachView(s, 9000 + ACK_MS).ack).toBeNull();
  });
  it('a reply already under way when the prompt appeared still resolves it (captions arrive when final)', () => {
    let s = run([...lectures(0, 13, 26), tick(40)]); // shown at 40 s
    expect(current(s)?.kind).toBe('lecture-run');
    s = run([c(38, 'What do you make of all that?', 'question', 'q1', 4)], S, s); // started 38 s, ended 42 s
    expect(s.history[0]).toMatchObject({ outcome: 'resolved', resolvedById: 'q1' });
  });
  it('a goal resolves the no-goal prompt; an unsure reflection resolves nothing', () => {
    let s = run([c(0, 'Hi, can you hear me?', 'other'), tick(300)]);
    s = run([c(301, 'What would you like to be different by next month?', 'goal_setting', 'g1')], S, s);
    expect(s.history[0]).toMatchObject({ kind: 'no-goal', outcome: 'resolved', resolvedById: 'g1' });
    const u = run([p(0, "I'm so worried about my sugar."), c(5, 'It sounds like the numbers have been frightening.', 'empathic_reflection', 'r2', 4, true)]);
    expect(current(u)?.kind).toBe('unreflected-emotion');
  });

  it('expires when the moment has passed: a few substantive utterances later (backchannels do not count)', () => {
    let s = run([p(0, "I'm so worried about my sugar.")]);
    s = run([c(5, 'Mm-hmm.', 'other'), p(6, 'yeah'), c(8, 'How often do you check it?', 'question'), p(12, 'Every morning before breakfast.')], S, s);
    expect(current(s)?.kind).toBe('unreflected-emotion');
    s = run([c(16, 'And have you had any lows this month?', 'question')], S, s);
    expect(s.history[0]).toMatchObject({ outcome: 'expired', endedMs: 20_000 });
    // In silence, the backstop timer ends it.
    const quiet = run([p(0, "I'm so worried about my sugar."), tick(3 + S.promptExpirySec)]);
    expect(quiet.history[0]!.outcome).toBe('expired');
  });

  it('a newer, more relevant prompt replaces an older one at once (the nudge budget does not apply)', () => {
    const s = run(sympathyScene);
    expect(kinds(s)).toEqual(['unreflected-emotion:replaced', 'reflect-sympathy:showing']);
    // Same priority, newer moment: the newer feeling replaces the older one.
    const t = run([p(0, "I'm scared of the injections.", 'a'), c(4, 'Okay.', 'other'), p(6, "And honestly I'm exhausted from work.", 'b')]);
    expect(kinds(t)).toEqual(['unreflected-emotion:replaced', 'unreflected-emotion:showing']);
    expect(current(t)!.causeIds).toEqual(['b']);
    // A newer moment replaces an older one whatever its kind: the patient moved on to a new feeling.
    const v = run([...sympathyScene, p(20, "And honestly I'm scared about the operation.", 'new')]);
    expect(kinds(v)).toEqual(['unreflected-emotion:replaced', 'reflect-sympathy:replaced', 'unreflected-emotion:showing']);
    // Lower priority never replaces: the no-goal check waits while the feeling is up.
    const u = run([c(0, 'Hi.', 'other'), p(298, "I'm so worried about my sugar."), tick(302)]);
    expect(kinds(u)).toEqual(['unreflected-emotion:showing']);
  });

  it('unsure labels count for nothing: no sympathy prompt, no lecture run', () => {
    expect(current(run([c(0, 'Oh you poor thing.', 'sympathy', 'us', 4, true)]))).toBeUndefined();
    const l = [0, 13, 26].map((t) => c(t, 'You need to take the tablets every morning after breakfast.', 'lecture', undefined, 12, true));
    expect(current(run(l))).toBeUndefined();
  });

  it('one nudge per moment: a dismissed prompt about those words never comes back', () => {
    let s = run(sympathyScene);
    s = run([dismiss(s, 15), tick(80)], S, s);
    expect(kinds(s)).toEqual(['unreflected-emotion:replaced', 'reflect-sympathy:dismissed']);
  });
});

describe('delivery', () => {
  it('nudge budget: at most one new prompt per nudgeIntervalSec', () => {
    let s = run(sympathyScene); // shown at 14 s
    s = run([dismiss(s, 16), ...lectures(20, 33, 46)], S, s);
    expect(current(s)).toBeUndefined(); // lecture run due at 58 s, budget blocks until 74 s
    s = run([tick(73)], S, s);
    expect(current(s)).toBeUndefined();
    s = run([tick(74)], S, s);
    expect(current(s)).toMatchObject({ kind: 'lecture-run', shownMs: 74_000 });
  });

  it('dismiss hides it for good; helpful can be marked later', () => {
    let s = run(sympathyScene);
    const id = current(s)!.id;
    s = run([dismiss(s, 15)], S, s);
    expect(coachView(s, 15_000).prompt).toBeNull();
    s = run([tick(200)], S, s);
    expect(s.history).toHaveLength(2);
    s = run([{ type: 'prompt-action', promptId: id, action: 'helpful', nowMs: 201_000 }], S, s);
    expect(s.history[1]!.outcome).toBe('helpful');
  });

  it('snooze silences that kind for snoozeMin, other kinds still show', () => {
    const S = coachSettings({ noGoalAfterMin: 60 }); // keep the no-goal rule out of this scene
    let s = run(sympathyScene, S);
    s = run([{ type: 'prompt-action', promptId: current(s)!.id, action: 'snooze', nowMs: 15_000 }], S, s);
    expect(s.snoozedUntil['reflect-sympathy']).toBe(15_000 + 10 * 60_000);
    s = run([p(100, 'It is hard to sleep.'), c(105, "I'm so sorry, that's awful.", 'sympathy')], S, s);
    expect(current(s)).toBeUndefined();
    s = run(lectures(120, 133, 146), S, s);
    expect(current(s)?.kind).toBe('lecture-run');
    s = run([dismiss(s, 160), p(700, 'It is hard to sleep at all.'), c(705, 'Oh you poor thing.', 'sympathy')], S, s);
    expect(current(s)?.kind).toBe('reflect-sympathy');
  });

  it('pause: no prompts while paused, the tally still counts, resume allows fresh prompts', () => {
    let s = run([...sympathyScene]);
    s = run([{ type: 'pause', paused: true, nowMs: 15_000 }], S, s);
    expect(s.history[1]!.outcome).toBe('paused');
    expect(coachView(s, 15_000)).toMatchObject({ paused: true, prompt: null });
    s = run([c(100, 'So the goal is better sleep.', 'goal_setting'), ...lectures(110, 123, 136)], S, s);
    expect(current(s)).toBeUndefined();
    expect(s.tally.goals).toHaveLength(1);
    s = run([{ type: 'pause', paused: false, nowMs: 150_000 }], S, s);
    expect(current(s)?.kind).toBe('lecture-run');
  });

  it('disabled kinds and coaching off never show', () => {
    const none = { ...S.promptKinds, 'reflect-sympathy': false, 'unreflected-emotion': false };
    expect(current(run(sympathyScene, coachSettings({ promptKinds: none })))).toBeUndefined();
    const off = run(sympathyScene, coachSettings({ coachingEnabled: false }));
    expect(current(off)).toBeUndefined();
    expect(coachView(off, 15_000).coachingEnabled).toBe(false);
  });

  it('keeps the talk around each prompt for the post-call coaching moments', () => {
    const s = run([c(-5, 'Hello.', 'other', 'h0'), ...sympathyScene, c(20, 'It sounds like nights are hard.', 'empathic_reflection', 'a1'), p(25, 'yes', 'a2'), c(30, 'ok', 'other', 'a3'), p(35, 'more', 'a4')]);
    const sym = s.history.find((h) => h.kind === 'reflect-sympathy')!;
    expect(sym).toMatchObject({ beforeIds: ['h0', 'pt', 'sy'], afterIds: ['a1', 'a2', 'a3'], outcome: 'resolved', resolvedById: 'a1' });
    const m = coachMoments(s).find((x) => x.prompt.kind === 'reflect-sympathy')!;
    expect(m.cause.map((e) => e.text)).toEqual([sympathyScene[0]!.text, sympathyScene[1]!.text]);
    expect(m.after).toHaveLength(3);
  });

  it('returns the same state when a tick changes nothing (callers can skip persisting)', () => {
    const s = run([c(0, 'Hi.', 'other')]);
    expect(reduceCoach(s, tick(10), S)).toBe(s);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
