// Post-call summary metrics (CODEBOOK.md "Metrics for the post-call summary", MITI 4.2.1 where it
// has them). A pure function of the call's labelled utterances plus optional label overrides for
// disputed labels, so the summary page recomputes exactly what the user corrected.
import type { Label } from '../classifier/labels';
import { isLongRun, labelOf, latestById, lectureRuns, talkShare } from './runs';
import { computeTally } from './tally';
import { features } from './features';
import { DEFAULT_COACH_SETTINGS, type CoachSettings, type LabelledUtterance } from './types';

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

function coverageMs(list: readonly LabelledUtterance[]): number {
  const spans = list.map((u) => [u.startMs, Math.max(u.startMs, u.endMs)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [a, b] of spans) {
    if (a > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else curEnd = Math.max(curEnd, b);
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total;
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
  const byLabel: Record<Label, number> = { empathic_reflection: 0, sympathy: 0, lecture: 0, goal_setting: 0, task_agreement: 0, question: 0, other: 0 };
  let questions = 0;
  const questionsByLabel: Partial<Record<Label, number>> = {};
  let labelled = 0;
  let unlabelled = 0;
  for (const u of list) {
    if (u.role !== 'clinician') continue;
    const label = labelOf(u, overrides);
    if (!label) {
      unlabelled++;
      continue;
    }
    labelled++;
    byLabel[label]++;
    if (label === 'question' || (label !== 'empathic_reflection' && features(u).question)) {
      questions++;
      questionsByLabel[label] = (questionsByLabel[label] ?? 0) + 1;
    }
  }
  const reflections = byLabel.empathic_reflection;
  const talk = talkShare(list);
  const runs = lectureRuns(list, overrides);
  // Unrequested information only: asked-for, permitted and results runs are not lectures here.
  const unrequested = runs.filter((r) => r.requested === null && r.seconds > 0);
  const longest = unrequested.reduce<(typeof runs)[number] | null>((best, r) => (!best || r.seconds > best.seconds ? r : best), null);
  const tally = computeTally(list, settings, overrides);
  const count = (items: typeof tally.goals) => ({ proposed: items.length, agreed: items.filter((i) => i.state === 'agreed').length });
  return {
    reflections,
    questions,
    questionsByLabel,
    ratio: questions > 0 ? reflections / questions : null,
    band: rqBand(reflections, questions),
    empathy: byLabel.empathic_reflection,
    sympathy: byLabel.sympathy,
    clinicianWords: talk.clinicianWords,
    totalWords: talk.totalWords,
    talkShare: talk.share,
    // Seconds are estimated from words, so a tenth is all the precision they have (a raw float sum
    // also printed 11.600000000000001 in exports).
    longestLectureRun: longest ? { count: longest.count, seconds: Math.round(longest.seconds * 10) / 10, utteranceIds: longest.ids } : { count: 0, seconds: 0, utteranceIds: [] },
    longLectureRuns: runs.filter((r) => isLongRun(r, settings.lectureRunSec)).length,
    goals: count(tally.goals),
    tasks: count(tally.tasks),
    coverageMinutes: coverageMs(list) / 60_000,
    labelled,
    unlabelled,
    byLabel,
  };
}
