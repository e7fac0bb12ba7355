import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/classifier/labels';
import { coachSettings } from '../../src/coach/types';
import { computeMetrics, rqBand, MIN_RATED } from '../../src/coach/metrics';
import type { LabelledUtterance } from '../../src/coach/types';

let n = 0;
function c(startS: number, text: string, label: Label | undefined, id = `c${++n}`, durS = 4): LabelledUtterance {
  return { id, speaker: 'Dr Lee', role: 'clinician', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0, ...(label ? { label } : {}) };
}
function p(startS: number, text: string, id = `p${++n}`, durS = 3): LabelledUtterance {
  return { id, speaker: 'Pat', role: 'patient', text, startMs: startS * 1000, endMs: (startS + durS) * 1000, revision: 0 };
}

describe('reflection-to-question ratio', () => {
  it('counts questions by form, whatever the label (reflections aside), and says what it counted', () => {
    const m = computeMetrics([
      c(0, 'How has the knee been?', 'question'),
      c(10, 'What would you like to be different?', 'goal_setting'),
      c(20, 'So the goal is walking without pain.', 'goal_setting'),
      c(30, 'Would you be willing to keep a diary?', 'task_agreement'),
      c(40, 'It sounds like the nights are hard.', 'empathic_reflection'),
      c(50, "You've been carrying this alone.", 'empathic_reflection'),
      c(60, 'That must be hard.', 'empathic_reflection'),
    ]);
    expect(m.questions).toBe(3);
    expect(m.questionsByLabel).toEqual({ question: 1, goal_setting: 1, task_agreement: 1 });
    expect(m.reflections).toBe(3);
    expect(m.ratio).toBe(1);
    // Six reflections and questions: too few to rate, whatever the ratio.
    expect(m.band).toBe('few');
    const more = computeMetrics([
      c(0, 'How has the knee been?', 'question'),
      c(10, 'Does that make sense?', 'lecture'), // information checked with a question: a question by form
      c(20, 'Any swelling?', 'question'),
      c(30, 'And at night?', 'question'),
      c(40, 'Is it worse on stairs?', 'question'),
      ...[50, 60, 70, 80, 90].map((t) => c(t, 'So the nights have been the hardest part.', 'empathic_reflection')),
    ]);
    expect([more.questions, more.reflections, more.band]).toEqual([5, 5, 'fair']);
    expect(more.questionsByLabel).toEqual({ question: 4, lecture: 1 });
  });

  it('MITI bands: good at 2:1, fair at 1:1, below under 1:1', () => {
    expect(rqBand(8, 4)).toBe('good');
    expect(rqBand(6, 4)).toBe('fair');
    expect(rqBand(3, 7)).toBe('below');
    expect(rqBand(10, 0)).toBe('good');
    expect(rqBand(0, 0)).toBe('none');
    // Below MIN_RATED reflections + questions there is no band, only "too few to rate".
    expect(rqBand(MIN_RATED - 1, 0)).toBe('few');
    expect(rqBand(1, 2)).toBe('few');
    expect(computeMetrics([]).ratio).toBeNull();
  });
});

describe('other metrics', () => {
  const call = [
    c(0, 'Hi there, can you hear me okay?', 'other', 'o1'),
    p(5, "Yes. I'm exhausted, my son was up all night.", 'p1'),
    c(15, "Oh you poor thing, I'm so sorry.", 'sympathy', 's1'),
    c(20, 'Sleep loss raises blood pressure.', 'lecture', 'l1'),
    p(25, 'mm-hmm', 'bc'),
    c(30, 'Caffeine after two keeps you awake.', 'lecture', 'l2', 10),
    c(41, 'So you need to cut it out.', 'lecture', 'l3'),
    p(46, 'But I need coffee to get through the day.', 'p2'),
    c(55, 'Screens also keep you awake.', 'lecture', 'l4'),
    c(60, 'It sounds like mornings are a real struggle.', 'empathic_reflection', 'e1'),
    c(70, 'So the goal is sleeping through.', 'goal_setting', 'g1'),
    p(75, 'Yes, definitely.', 'y1'),
  ];

  it('empathy vs sympathy, talk share by words, longest lecture run, goals, coverage', () => {
    const m = computeMetrics(call);
    expect([m.empathy, m.sympathy]).toEqual([1, 1]);
    const cw = 7 + 7 + 5 + 6 + 7 + 5 + 8 + 6; // o1 s1 l1 l2 l3 l4 e1 g1
    const pw = 9 + 1 + 9 + 2;
    expect([m.clinicianWords, m.totalWords]).toEqual([cw, cw + pw]);
    expect(m.talkShare).toBeCloseTo(cw / (cw + pw));
    // Seconds of clinician talk (4 + 10 + 4), not the span from the first start to the last end.
    expect(m.longestLectureRun).toEqual({ count: 3, seconds: 18, utteranceIds: ['l1', 'l2', 'l3'] });
    expect(m.longLectureRuns).toBe(0); // 18 s is under lectureRunSec (30 s of unrequested talk)
    expect(computeMetrics(call, {}, coachSettings({ lectureRunSec: 15 })).longLectureRuns).toBe(1);
    expect(m.goals).toEqual({ proposed: 1, agreed: 1 });
    expect(m.tasks).toEqual({ proposed: 0, agreed: 0 });
    // Speech from 0 to 78 s with gaps: 4+3+4+4+3+10+4+3+4+4+4+3 = 50 s.
    expect(m.coverageMinutes).toBeCloseTo(50 / 60);
  });

  it('disputed-label overrides change the figures', () => {
    const m = computeMetrics(call, { s1: 'empathic_reflection', l2: 'question' });
    expect([m.empathy, m.sympathy]).toEqual([2, 0]);
    // The corrected question, and "can you hear me okay?" asked as a question (label other).
    expect(m.questions).toBe(2);
    expect(m.questionsByLabel).toEqual({ other: 1, question: 1 });
    expect(m.longestLectureRun.count).toBe(1);
    expect(m.byLabel.lecture).toBe(3);
  });

  it('uses only the latest revision and counts unlabelled clinician utterances apart', () => {
    const m = computeMetrics([
      c(0, 'Any dizziness?', 'question', 'q'),
      { ...c(0, 'Any dizziness at all?', 'other', 'q'), revision: 1 },
      c(10, 'um', undefined, 'x'),
    ]);
    expect(m.questions).toBe(1); // the latest revision still asks, though labelled other
    expect(m.byLabel.other).toBe(1);
    expect([m.labelled, m.unlabelled]).toEqual([1, 1]);
  });

  it('overlapping speech counts once in coverage', () => {
    expect(computeMetrics([c(0, 'a b', 'other', 'a', 10), p(5, 'c d', 'b', 10)]).coverageMinutes).toBeCloseTo(15 / 60);
  });
});
