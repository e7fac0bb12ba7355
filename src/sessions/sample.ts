// A small, invented call (no real person) for unit tests, the e2e store test and demos of the
// summary page. Names, numbers and an HTML-looking caption are in it on purpose: they exercise
// de-identification and text-only rendering.
import type { Label } from '../classifier/labels';
import type { CoachState, LabelledUtterance } from '../coach/types';
import { buildRecord, type CallRecord, type RecordPolicy } from './record';

const CLIN = 'Dr. Anna Lee';
const PAT = 'Maria Gomez';

function u(id: string, role: 'clinician' | 'patient', startS: number, endS: number, text: string, label?: Label): LabelledUtterance {
  return { id, speaker: role === 'clinician' ? CLIN : PAT, role, text, startMs: startS * 1000, endMs: endS * 1000, revision: 0, ...(label ? { label } : {}) };
}

export const SAMPLE_UTTERANCES: readonly LabelledUtterance[] = [
  u('u1', 'clinician', 0, 4, 'Hi Maria, can you hear me okay?', 'other'),
  u('u2', 'patient', 5, 14, "Yes. I'm exhausted, my son Peter was up all night again on March 3rd."),
  u('u3', 'clinician', 15, 19, "Oh you poor thing, I'm so sorry.", 'sympathy'),
  u('u4', 'clinician', 20, 30, 'Sleep loss raises blood pressure, so you need to rest more.', 'lecture'),
  u('u5', 'clinician', 31, 40, 'Caffeine after 2 pm also keeps you awake.', 'lecture'),
  u('u6', 'patient', 41, 44, 'Okay.'),
  u('u7', 'clinician', 45, 52, 'It sounds like these nights have been wearing you down.', 'empathic_reflection'),
  u('u8', 'patient', 53, 60, 'They have. Call me on 555-123-4567 if anything changes. <b>bold</b>'),
  u('u9', 'clinician', 61, 68, 'What would you like to be different by next month?', 'goal_setting'),
  u('u10', 'patient', 69, 75, 'I want to sleep through the night.'),
  u('u11', 'clinician', 76, 84, "Would you be willing to keep a sleep diary and we'll review it in two weeks?", 'task_agreement'),
  u('u12', 'patient', 85, 88, 'Yes, definitely.'),
  u('u13', 'clinician', 89, 93, 'How has the knee been this week?', 'question'),
];

export function sampleCoachState(): CoachState {
  return {
    v: 1,
    startMs: 0,
    nowMs: 95_000,
    seq: SAMPLE_UTTERANCES.length,
    paused: false,
    coachingEnabled: true,
    utterances: SAMPLE_UTTERANCES.map((x) => ({ ...x })),
    tally: {
      goals: [{ id: 'goal:u9', kind: 'goal', text: 'sleep through the night', state: 'proposed', proposedBy: 'patient', evidence: [{ utteranceId: 'u9', why: 'elicited' }, { utteranceId: 'u10', why: 'patient-proposed' }] }],
      tasks: [{ id: 'task:u11', kind: 'task', text: 'keep a sleep diary, review in two weeks', state: 'agreed', proposedBy: 'clinician', evidence: [{ utteranceId: 'u11', why: 'proposed' }, { utteranceId: 'u12', why: 'assent' }] }],
      bond: {
        value: 5,
        changes: [
          { kind: 'sympathy', delta: 0, value: 4, atMs: 19_000, utteranceIds: ['u3'] },
          { kind: 'empathic-reflection', delta: 1, value: 5, atMs: 52_000, utteranceIds: ['u7'] },
        ],
      },
    },
    history: [
      {
        id: 'p1', kind: 'reflect-sympathy', key: 'reflect-sympathy:u3', reasonKey: 'coach_reason_sympathy', reasonSubs: [],
        suggestionKey: 'coach_suggest_reflect', suggestionSubs: ["you're exhausted, your son Peter was up all night"],
        causeIds: ['u2', 'u3'], beforeIds: ['u1', 'u2', 'u3'], afterIds: ['u4', 'u5', 'u6'],
        shownMs: 19_500, expiresMs: 64_500, outcome: 'helpful', endedMs: 30_000,
      },
    ],
    lastShownMs: 19_500,
    snoozedUntil: {},
  };
}

export const SAMPLE_STARTED_AT = Date.UTC(2025, 2, 3, 14, 0, 0);

export function sampleRecord(policy: RecordPolicy = { storeTranscript: true }, callId = 'call-sample-1'): CallRecord {
  return buildRecord(
    {
      callId,
      platform: 'meet',
      startedAt: SAMPLE_STARTED_AT,
      endedAt: SAMPLE_STARTED_AT + 95_000,
      endReason: 'left',
      state: sampleCoachState(),
      model: { version: '0.1.0', sha256: 'ab'.repeat(32), perLabelF1: { empathic_reflection: 0.81, sympathy: 0.74, lecture: 0.7, goal_setting: 0.77, task_agreement: 0.72, question: 0.9, other: 0.85 }, perLabelN: { empathic_reflection: 40, sympathy: 25, lecture: 150, goal_setting: 12, task_agreement: 130, question: 600, other: 290 }, measuredOn: '1247 real clinician turns (held-out test split of transcribed consultations)' },
    },
    policy,
  );
}
