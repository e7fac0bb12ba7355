// The live coach's retained state per utterance (issue 18, flat memory), in object counts rather
// than heap bytes: the worker keeps the timeline (timeline.ts) for the whole call, so every object
// it holds per utterance is paid for the length of the call. Shared objects (empty cues, idle run
// folds, the utterance as it came) count once.
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../src/classifier/labels';
import { initCoach, reduceCoach } from '../../src/coach/coach';
import { peekLive } from '../../src/coach/live';
import { DEFAULT_COACH_SETTINGS, type LabelledUtterance } from '../../src/coach/types';

const SAID = {
  clinician: [
    'The tablets lower how much sugar the liver releases, and the stomach can be unsettled for a week or two.',
    'It sounds like this has been exhausting for you.', 'That must be hard, I am sorry.', 'Could we try a short walk after lunch each day?',
    'What matters most to you about your health this year?', 'Nice work keeping the food diary going.',
  ],
  patient: ['Sure, I can do that.', 'I am scared about what the scan will show.', 'uh-huh', 'I want to get back to gardening without my knee hurting.', 'Right.'],
};

function call(n: number): LabelledUtterance[] {
  return Array.from({ length: n }, (_, i): LabelledUtterance => {
    const role = i % 3 === 1 ? 'patient' : 'clinician';
    const lines = SAID[role];
    const startMs = i * 4000;
    const base = { id: `c${i}`, speaker: role === 'patient' ? 'Sam' : 'Dr Ng', role, revision: 0, text: lines[(i * 5) % lines.length]!, startMs, endMs: startMs + 3500 } as const;
    return role === 'clinician' ? { ...base, label: LABELS[(i * 3) % LABELS.length]!, ...(i % 7 === 0 ? { unsure: true as const } : {}) } : base;
  });
}

describe('live coach retained state', () => {
  const S = DEFAULT_COACH_SETTINGS;
  const us = call(1000);
  let state = initCoach(S, 0);
  for (const u of us) {
    state = reduceCoach(state, { type: 'utterance', utterance: u }, S);
    state = reduceCoach(state, { type: 'tick', nowMs: u.endMs + 500 }, S);
  }
  const { tl } = peekLive(state, S);

  it('holds a bounded number of objects per utterance in features and rule folds', () => {
    expect(tl.marks).toHaveLength(1000);
    const seen = new Set<object>();
    for (const f of tl.feats) seen.add(f).add(f.cues);
    for (const m of tl.marks) {
      seen.add(m).add(m.run).add(m.goal).add(m.emitted);
      if (m.run.cur) seen.add(m.run.cur);
      for (const e of m.emitted) seen.add(e).add(e.out);
    }
    // Today: a features object and a mark per utterance, plus the few folds and bond events that
    // change. Regressions this catches: a fresh cues object or idle run fold per utterance, a copy
    // of each bond event beside its published change.
    expect(seen.size / 1000).toBeLessThanOrEqual(2.9);
  });

  it('shares what does not differ between utterances', () => {
    const cues = new Set(tl.feats.filter((f) => !f.cues.emotion && !f.cues.changeTalk && !f.cues.topic).map((f) => f.cues));
    expect(cues.size).toBe(1);
    const idle = new Set(tl.marks.filter((m) => !m.run.cur).map((m) => m.run));
    expect(idle.size).toBeLessThanOrEqual(4);
    // A patient's utterance (no label to strip) is held as it came, not copied.
    us.forEach((u, i) => {
      if (u.role === 'patient') expect(tl.list[i]).toBe(u);
    });
  });

  it('keeps each bond change once, its fields in a fixed order', () => {
    const entries = tl.marks.flatMap((m) => m.emitted);
    expect(entries.length).toBeGreaterThan(50);
    for (const e of entries) {
      expect(Object.keys(e)).toEqual(['out']);
      expect(Object.keys(e.out)).toEqual(['kind', 'delta', 'atMs', 'utteranceIds', 'value']);
    }
  });
});
