// Post-call summary metrics (CODEBOOK.md "Metrics for the post-call summary", MITI 4.2.1 where it
// has them). A pure function of the call's labelled utterances plus optional label overrides for
// disputed labels, so the summary page recomputes exactly what the user corrected.
import type { Label } from '../classifier/labels';
import { RUN_START, closeRun, isLongRun, labelOf, latestById, runStep, type LectureRun, type RunFold } from './runs';
import { computeTally } from './tally';
import { features } from './features';
import { DEFAULT_COACH_SETTINGS, type CoachSettings, type LabelledUtterance, type TallyItem } from './types';

/** MITI 4.2.1 reflection-to-question thresholds: fair 1:1, good 2:1. */
export const RQ_FAIR = 1;
export const RQ_GOOD = 2;

/**
 * Fewer reflections + questions than this and the ratio is not rated: a 42-second call with one
 * reflection and three questions says nothing about the clinician's style.
 */
export const MIN_RATED = 10;

export type RqBand = 'good' | 'fair' | 'below' | 'few' | 'none';

export interface CoachMetrics {
  reflections: number;
  /**
   * Questions by form, as MITI counts them: every `question`, plus any other clinician utterance
   * asked as a question whatever its label (goal, task, lecture "…does that make sense?"), except
   * reflections, which count as reflections even with a rising "?".
   */
  questions: number;
  /** What `questions` counted, by label. */
  questionsByLabel: Partial<Record<Label, number>>;
  /** reflections / questions; null when there were no questions. */
  ratio: number | null;
  /** 'none' when there were neither reflections nor questions; 'few' below MIN_RATED of them together. */
  band: RqBand;
  empathy: number;
  sympathy: number;
  clinicianWords: number;
  totalWords: number;
  /** clinician words / all words; null when nothing was said. */
  talkShare: number | null;
  /** The longest run of unrequested information, by seconds of clinician talk (runs.ts). */
  longestLectureRun: { count: number; seconds: number; utteranceIds: string[] };
  /** Runs reaching `lectureRunSec` seconds of unrequested information (the ones that cost bond). */
  longLectureRuns: number;
  goals: { proposed: number; agreed: number };
  tasks: { proposed: number; agreed: number };
  /** Minutes of captioned speech (union of utterance intervals, overlaps counted once). */
  coverageMinutes: number;
  labelled: number;
  unlabelled: number;
  byLabel: Record<Label, number>;
}

export function rqBand(reflections: number, questions: number): RqBand {
  if (reflections + questions === 0) return 'none';
  if (reflections + questions < MIN_RATED) return 'few';
  if (questions === 0) return 'good';
  const r = reflections / questions;
  return r >= RQ_GOOD ? 'good' : r >= RQ_FAIR ? 'fair' : 'below';
}

/**
 * @param utterances every utterance of the call, in any order; corrections (same id, higher
 *   revision) replace earlier revisions.
 * @param overrides id -> label for labels the user disputed and corrected.
 */
export function computeMetrics(
  utterances: readonly LabelledUtterance[],
  overrides: Readonly<Record<string, Label>> = {},
  settings: CoachSettings = DEFAULT_COACH_SETTINGS,
): CoachMetrics {
  const list = latestById(utterances);
  let fold = METRICS_START;
  for (const u of list) fold = metricsStep(fold, u, overrides, settings);
  const tally = computeTally(list, settings, overrides);
  return metricsOf(fold, tally.goals, tally.tasks, settings);
}

/**
 * computeMetrics as a fold over the call's utterances in order (latest revisions, by start), so a
 * caller that sees the call grow (the worker's checkpoint, src/sessions/checkpoint.ts) folds each
 * utterance once and keeps the fold, instead of a pass over the whole call every time. Immutable:
 * a step returns a new fold, so one kept at a chunk boundary can be stepped on again.
 */
export interface MetricsFold {
  readonly byLabel: Readonly<Record<Label, number>>;
  readonly questions: number;
  readonly questionsByLabel: Readonly<Partial<Record<Label, number>>>;
  readonly labelled: number;
  readonly unlabelled: number;
  readonly clinicianWords: number;
  readonly totalWords: number;
  readonly run: RunFold;
  /** The longest unrequested run ended so far (the first of equal ones), and how many were long. */
  readonly longest: LectureRun | null;
  readonly longRuns: number;
  /** Union of utterance intervals: the closed total and the span still open (utterances come by start). */
  readonly covered: number;
  readonly spanStart: number;
  readonly spanEnd: number;
}

export const METRICS_START: MetricsFold = {
  byLabel: { empathic_reflection: 0, sympathy: 0, lecture: 0, goal_setting: 0, task_agreement: 0, question: 0, other: 0 },
  questions: 0,
  questionsByLabel: {},
  labelled: 0,
  unlabelled: 0,
  clinicianWords: 0,
  totalWords: 0,
  run: RUN_START,
  longest: null,
  longRuns: 0,
  covered: 0,
  spanStart: -Infinity,
  spanEnd: -Infinity,
};

/** A run that ended: the longest unrequested one and the count of long ones move on. */
function withRun(m: MetricsFold, r: LectureRun, settings: CoachSettings): Pick<MetricsFold, 'longest' | 'longRuns'> {
  // Unrequested information only: asked-for, permitted and results runs are not lectures here.
  const longer = r.requested === null && r.seconds > 0 && (!m.longest || r.seconds > m.longest.seconds);
  return { longest: longer ? r : m.longest, longRuns: m.longRuns + (isLongRun(r, settings.lectureRunSec) ? 1 : 0) };
}

/** One utterance (the next by start, its latest revision) into the fold. */
export function metricsStep(m: MetricsFold, u: LabelledUtterance, overrides: Readonly<Record<string, Label>>, settings: CoachSettings): MetricsFold {
  const f = features(u);
  const next = { ...m, totalWords: m.totalWords + f.words };
  if (u.role === 'clinician') {
    next.clinicianWords += f.words;
    const label = labelOf(u, overrides);
    if (!label) next.unlabelled++;
    else {
      next.labelled++;
      next.byLabel = { ...m.byLabel, [label]: m.byLabel[label] + 1 };
      if (label === 'question' || (label !== 'empathic_reflection' && f.question)) {
        next.questions++;
        next.questionsByLabel = { ...m.questionsByLabel, [label]: (m.questionsByLabel[label] ?? 0) + 1 };
      }
    }
  }
  const step = runStep(m.run, u, f, labelOf(u, overrides));
  next.run = step.next;
  if (step.ended) Object.assign(next, withRun(m, step.ended, settings));
  const end = Math.max(u.startMs, u.endMs);
  if (u.startMs > m.spanEnd) {
    if (m.spanEnd > m.spanStart) next.covered += m.spanEnd - m.spanStart;
    next.spanStart = u.startMs;
    next.spanEnd = end;
  } else next.spanEnd = Math.max(m.spanEnd, end);
  return next;
}

/** The metrics once every utterance is folded; goals and tasks come from the call's tally. */
export function metricsOf(m: MetricsFold, goals: readonly Pick<TallyItem, 'state'>[], tasks: readonly Pick<TallyItem, 'state'>[], settings: CoachSettings): CoachMetrics {
  const { longest, longRuns } = m.run.cur ? withRun(m, closeRun(m.run.cur), settings) : m;
  const reflections = m.byLabel.empathic_reflection;
  const questions = m.questions;
  const covered = m.covered + (m.spanEnd > m.spanStart ? m.spanEnd - m.spanStart : 0);
  const count = (items: readonly Pick<TallyItem, 'state'>[]) => ({ proposed: items.length, agreed: items.filter((i) => i.state === 'agreed').length });
  return {
    reflections,
    questions,
    questionsByLabel: { ...m.questionsByLabel },
    ratio: questions > 0 ? reflections / questions : null,
    band: rqBand(reflections, questions),
    empathy: m.byLabel.empathic_reflection,
    sympathy: m.byLabel.sympathy,
    clinicianWords: m.clinicianWords,
    totalWords: m.totalWords,
    talkShare: m.totalWords > 0 ? m.clinicianWords / m.totalWords : null,
    // Seconds are estimated from words, so a tenth is all the precision they have (a raw float sum
    // also printed 11.600000000000001 in exports).
    longestLectureRun: longest ? { count: longest.count, seconds: Math.round(longest.seconds * 10) / 10, utteranceIds: longest.ids } : { count: 0, seconds: 0, utteranceIds: [] },
    longLectureRuns: longRuns,
    goals: count(goals),
    tasks: count(tasks),
    coverageMinutes: covered / 60_000,
    labelled: m.labelled,
    unlabelled: m.unlabelled,
    byLabel: { ...m.byLabel },
  };
}
