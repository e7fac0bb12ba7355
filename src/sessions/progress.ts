// Progress across calls: one small, text-free metrics row per call (what a metrics-only record
// keeps after the transcript is gone), the clinician's own skill goals and whether each call met
// them. Pure: no clock, no browser API. Figures come from recordMetrics (disputes applied), so the
// Progress view, the summary page and the pilot report cannot disagree.
import type { PlatformId } from '../captions/types';
import type { CoachMetrics, RqBand } from '../coach/metrics';
import type { CallRecord } from './record';
import { recordMetrics } from './summarize';

export const CALL_METRICS_VERSION = 1 as const;

/**
 * Per-call metrics, free of caption text and names by construction (numbers, a platform id and
 * the local call id). This is what outlives the transcript when `metricsRetentionDays` allows.
 */
export interface CallMetrics {
  v: typeof CALL_METRICS_VERSION;
  /** Local call id (never exported: the pilot report uses opaque ids). */
  callId: string;
  platform: PlatformId;
  /** Epoch ms. */
  startedAt: number;
  endedAt: number;
  /** Wall-clock minutes of the call. */
  durationMin: number;
  /** Minutes of captioned speech the figures rest on. */
  captionedMin: number;
  reflections: number;
  questions: number;
  /** reflections / questions; null with no questions. */
  rq: number | null;
  rqBand: RqBand;
  /** Empathic reflections per 10 minutes of captioned speech; null below 1 captioned minute. */
  reflectionsPer10Min: number | null;
  empathy: number;
  sympathy: number;
  /** Clinician words / all words (0..1); null when nothing was said. */
  talkShare: number | null;
  /** Longest run of unrequested information, seconds of clinician talk. */
  longestLectureSec: number;
  goalsProposed: number;
  goalsAgreed: number;
  tasksProposed: number;
  tasksAgreed: number;
  promptsShown: number;
  /** The clinician did what it asked ('resolved') or marked it helpful. */
  promptsActedOn: number;
  /** Dismissed or snoozed by the clinician. */
  promptsDismissed: number;
  /** Labels the clinician corrected. */
  disputedLabels: number;
  labelled: number;
  unlabelled: number;
}

const r2 = (x: number) => Math.round(x * 100) / 100;

/** The metrics row of one call, with the clinician's corrections applied. */
export function callMetrics(record: CallRecord): CallMetrics {
  return callMetricsOf(record, recordMetrics(record, true));
}

/** The metrics row of a call whose figures `m` (disputes applied) are known already (checkpoint.ts). */
export function callMetricsOf(record: Pick<CallRecord, 'callId' | 'platform' | 'startedAt' | 'endedAt' | 'prompts' | 'disputes'>, m: CoachMetrics): CallMetrics {
  const p = record.prompts;
  return {
    v: CALL_METRICS_VERSION,
    callId: record.callId,
    platform: record.platform,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    durationMin: r2(Math.max(0, record.endedAt - record.startedAt) / 60_000),
    captionedMin: r2(m.coverageMinutes),
    reflections: m.reflections,
    questions: m.questions,
    rq: m.ratio === null ? null : r2(m.ratio),
    rqBand: m.band,
    reflectionsPer10Min: m.coverageMinutes >= 1 ? r2((m.reflections / m.coverageMinutes) * 10) : null,
    empathy: m.empathy,
    sympathy: m.sympathy,
    talkShare: m.talkShare === null ? null : r2(m.talkShare),
    longestLectureSec: Math.round(m.longestLectureRun.seconds),
    goalsProposed: m.goals.proposed,
    goalsAgreed: m.goals.agreed,
    tasksProposed: m.tasks.proposed,
    tasksAgreed: m.tasks.agreed,
    promptsShown: p.length,
    promptsActedOn: p.filter((x) => x.outcome === 'resolved' || x.outcome === 'helpful').length,
    promptsDismissed: p.filter((x) => x.outcome === 'dismissed' || x.outcome === 'snoozed').length,
    disputedLabels: Object.keys(record.disputes).length,
    labelled: m.labelled,
    unlabelled: m.unlabelled,
  };
}

const NUMERIC: readonly (keyof CallMetrics)[] = [
  'durationMin', 'captionedMin', 'reflections', 'questions', 'empathy', 'sympathy', 'longestLectureSec', 'goalsProposed', 'goalsAgreed',
  'tasksProposed', 'tasksAgreed', 'promptsShown', 'promptsActedOn', 'promptsDismissed', 'disputedLabels', 'labelled', 'unlabelled', 'startedAt', 'endedAt',
];
const NULLABLE: readonly (keyof CallMetrics)[] = ['rq', 'reflectionsPer10Min', 'talkShare'];
const BANDS: readonly RqBand[] = ['good', 'fair', 'below', 'few', 'none'];

/** Shape check for a decrypted metrics row. */
export function isCallMetrics(x: unknown): x is CallMetrics {
  if (typeof x !== 'object' || x === null) return false;
  const o = x as Record<string, unknown>;
  return (
    o.v === CALL_METRICS_VERSION &&
    typeof o.callId === 'string' &&
    typeof o.platform === 'string' &&
    BANDS.includes(o.rqBand as RqBand) &&
    NUMERIC.every((k) => typeof o[k] === 'number' && Number.isFinite(o[k])) &&
    NULLABLE.every((k) => o[k] === null || (typeof o[k] === 'number' && Number.isFinite(o[k])))
  );
}

/**
 * Exactly the fields of a metrics row, nothing else: what the metrics store encrypts and returns,
 * so a field added to an object by mistake (a note, a goal's wording) never reaches a row that can
 * outlive the call's transcript.
 */
export function metricsRow(m: CallMetrics): CallMetrics {
  const out: Record<string, unknown> = { v: m.v, callId: m.callId, platform: m.platform, rqBand: m.rqBand };
  for (const k of [...NUMERIC, ...NULLABLE]) out[k] = m[k];
  return out as unknown as CallMetrics;
}

/**
 * The calls to show, oldest first: full records where they still exist (their figures follow the
 * latest corrections), metrics-only rows for calls whose transcript has expired.
 */
export function mergeProgress(fromRecords: readonly CallMetrics[], metricsOnly: readonly CallMetrics[]): CallMetrics[] {
  const byId = new Map<string, CallMetrics>();
  for (const m of metricsOnly) byId.set(m.callId, m);
  for (const m of fromRecords) byId.set(m.callId, m);
  return [...byId.values()].sort((a, b) => a.startedAt - b.startedAt || a.callId.localeCompare(b.callId));
}

// ---- skill goals ----

/** What a clinician can choose to work on; each has one threshold. */
export const GOAL_KINDS = ['rq-min', 'reflections-per-10-min', 'talk-share-max', 'lecture-max-sec', 'goal-agreed', 'task-agreed'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export interface SkillGoal {
  id: string;
  kind: GoalKind;
  /** R:Q at least; reflections per 10 min at least; talk share at most (0..1); seconds at most; goals/tasks agreed at least. */
  threshold: number;
}

/** Sensible starting thresholds (MITI fair R:Q, a goal agreed in every visit, ...). */
export const GOAL_DEFAULTS: Record<GoalKind, number> = {
  'rq-min': 1,
  'reflections-per-10-min': 3,
  'talk-share-max': 0.6,
  'lecture-max-sec': 30,
  'goal-agreed': 1,
  'task-agreed': 1,
};

/** Limits of the threshold inputs. */
export const GOAL_LIMITS: Record<GoalKind, { min: number; max: number; step: number }> = {
  'rq-min': { min: 0.1, max: 5, step: 0.1 },
  'reflections-per-10-min': { min: 0.5, max: 30, step: 0.5 },
  'talk-share-max': { min: 0.1, max: 0.95, step: 0.05 },
  'lecture-max-sec': { min: 5, max: 600, step: 5 },
  'goal-agreed': { min: 1, max: 10, step: 1 },
  'task-agreed': { min: 1, max: 10, step: 1 },
};

/** Validates stored goals: unknown kinds and out-of-range thresholds are dropped, at most 12 kept. */
export function sanitizeGoals(x: unknown): SkillGoal[] {
  if (!Array.isArray(x)) return [];
  const out: SkillGoal[] = [];
  for (const g of x) {
    if (typeof g !== 'object' || g === null) continue;
    const { id, kind, threshold } = g as Record<string, unknown>;
    if (typeof id !== 'string' || !id || id.length > 40) continue;
    if (!(GOAL_KINDS as readonly unknown[]).includes(kind)) continue;
    const lim = GOAL_LIMITS[kind as GoalKind];
    if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold < lim.min || threshold > lim.max) continue;
    if (out.some((o) => o.id === id)) continue;
    out.push({ id, kind: kind as GoalKind, threshold });
  }
  return out.slice(0, 12);
}

/**
 * Whether one call met one goal: true, false, or null when the call cannot say (R:Q below the
 * MITI minimum of reflections + questions, nothing said, less than a minute of captions).
 */
export function goalMet(goal: SkillGoal, m: CallMetrics): boolean | null {
  switch (goal.kind) {
    case 'rq-min':
      if (m.rqBand === 'none' || m.rqBand === 'few') return null;
      return m.rq === null ? true : m.rq >= goal.threshold; // reflections without questions: met
    case 'reflections-per-10-min':
      return m.reflectionsPer10Min === null ? null : m.reflectionsPer10Min >= goal.threshold;
    case 'talk-share-max':
      return m.talkShare === null ? null : m.talkShare <= goal.threshold;
    case 'lecture-max-sec':
      return m.longestLectureSec <= goal.threshold;
    case 'goal-agreed':
      return m.goalsAgreed >= goal.threshold;
    case 'task-agreed':
      return m.tasksAgreed >= goal.threshold;
  }
}

export interface GoalRecord {
  goal: SkillGoal;
  /** Per call, in the order given. */
  results: (boolean | null)[];
  met: number;
  missed: number;
  unknown: number;
}

export function goalRecords(goals: readonly SkillGoal[], calls: readonly CallMetrics[]): GoalRecord[] {
  return goals.map((goal) => {
    const results = calls.map((c) => goalMet(goal, c));
    return {
      goal,
      results,
      met: results.filter((r) => r === true).length,
      missed: results.filter((r) => r === false).length,
      unknown: results.filter((r) => r === null).length,
    };
  });
}

// ---- series for the charts ----

/** The per-call figures the Progress view charts, in display order. */
export const SERIES = [
  'rq',
  'reflectionsPer10Min',
  'talkShare',
  'longestLectureSec',
  'goalsAgreed',
  'tasksAgreed',
  'promptsShown',
  'promptsActedOn',
  'promptsDismissed',
  'disputedLabels',
] as const satisfies readonly (keyof CallMetrics)[];
export type SeriesKey = (typeof SERIES)[number];

/** A "nice" upper bound for an axis (1, 2, 2.5, 5 x 10^n) at or above the largest value. */
export function niceMax(values: readonly (number | null)[], floor = 1): number {
  const top = Math.max(floor, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const p = 10 ** Math.floor(Math.log10(top));
  for (const s of [1, 2, 2.5, 5, 10]) if (s * p >= top) return s * p;
  return 10 * p;
}

/** Axis ticks from 0 to max (max from niceMax), 3 to 6 of them where possible; whole numbers for counts. */
export function ticks(max: number, whole = false): number[] {
  const p = 10 ** Math.floor(Math.log10(max));
  const fits = (s: number) => {
    const n = max / s;
    return Math.abs(n - Math.round(n)) < 1e-9 && n >= 3 && n <= 5 && (!whole || Number.isInteger(s));
  };
  const step = [2 * p, p, p / 2, p / 4, p / 5].find(fits) ?? max;
  const out: number[] = [];
  for (let i = 0; i * step <= max + 1e-9; i++) out.push(Math.round(i * step * 1000) / 1000);
  return out;
}
