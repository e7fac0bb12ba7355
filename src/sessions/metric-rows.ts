// The codebook's metrics table as rows, shared by the summary page and the Markdown export so
// both show the same figures, MITI bands and model accuracy. Label-derived rows name the labels
// whose known F1 should be stated beside them (CODEBOOK: "state the model's known per-label
// accuracy beside any figure derived from it").
import type { Label } from '../classifier/labels';
import type { CoachMetrics } from '../coach/metrics';
import type { Translate } from './export';
import { RQ_FAIR, RQ_GOOD } from './summarize';

export type MetricName = 'reflection-to-question' | 'empathy-vs-sympathy' | 'clinician-talk-share' | 'longest-lecture-run' | 'goals' | 'tasks';

export interface MetricRow {
  name: MetricName;
  title: string;
  /** Display text. */
  value: string;
  /** Machine value for tests and data-value (ratio, share, count); '' when undefined. */
  raw: string;
  /** MITI 4.2.1 thresholds, only where MITI has them. */
  fair: string | null;
  good: string | null;
  /** good / fair / below / none for the ratio; null where no band exists. */
  band: string | null;
  /** Labels the figure is derived from ([] = not from labels: word counts). */
  labels: Label[];
}

const round = (x: number, d = 2) => String(Math.round(x * 10 ** d) / 10 ** d);

export function formatRatio(ratio: number | null): string {
  return ratio === null ? '–' : `${round(ratio, 1)}:1`;
}

/** "; counted: 2 questions, 1 goal setting asked as a question" — what the R:Q row counted. */
function questionsCounted(m: CoachMetrics, t: Translate): string {
  const parts = Object.entries(m.questionsByLabel).filter(([, n]) => n).map(([l, n]) =>
    l === 'question' ? t('summary_rq_part_question', [String(n)]) : t('summary_rq_part_other', [String(n), t(`summary_label_${l}`)]));
  return parts.length ? t('summary_rq_counted', [parts.join(', ')]) : '';
}

export function metricRows(m: CoachMetrics, t: Translate): MetricRow[] {
  return [
    {
      name: 'reflection-to-question', title: t('summary_metric_rq'),
      value: t('summary_rq_value', [formatRatio(m.ratio), String(m.reflections), String(m.questions)]) + questionsCounted(m, t),
      raw: m.ratio === null ? '' : round(m.ratio, 4),
      fair: `${RQ_FAIR}:1`, good: `${RQ_GOOD}:1`, band: m.band,
      labels: ['empathic_reflection', 'question', 'goal_setting', 'task_agreement', 'lecture'],
    },
    {
      name: 'empathy-vs-sympathy', title: t('summary_metric_empathy'),
      value: t('summary_pair_value', [String(m.empathy), String(m.sympathy)]),
      raw: `${m.empathy}:${m.sympathy}`, fair: null, good: null, band: null,
      labels: ['empathic_reflection', 'sympathy'],
    },
    {
      name: 'clinician-talk-share', title: t('summary_metric_talk'),
      value: m.talkShare === null ? '–' : `${Math.round(m.talkShare * 100)}%`,
      raw: m.talkShare === null ? '' : round(m.talkShare, 4), fair: null, good: null, band: null, labels: [],
    },
    {
      name: 'longest-lecture-run', title: t('summary_metric_lecture'),
      value: t('summary_lecture_value', [String(m.longestLectureRun.count), String(Math.round(m.longestLectureRun.seconds))]),
      raw: String(m.longestLectureRun.count), fair: null, good: null, band: null, labels: ['lecture'],
    },
    {
      name: 'goals', title: t('summary_metric_goals'),
      value: t('summary_pair_agreed', [String(m.goals.proposed), String(m.goals.agreed)]),
      raw: `${m.goals.proposed}:${m.goals.agreed}`, fair: null, good: null, band: null, labels: ['goal_setting'],
    },
    {
      name: 'tasks', title: t('summary_metric_tasks'),
      value: t('summary_pair_agreed', [String(m.tasks.proposed), String(m.tasks.agreed)]),
      raw: `${m.tasks.proposed}:${m.tasks.agreed}`, fair: null, good: null, band: null, labels: ['task_agreement'],
    },
  ];
}

/** "empathic reflection F1 0.81, question F1 0.90" or the not-from-labels / unknown note. */
/** "reflection F1 0.62 (n 40)": per-label real-speech F1 with the number of test turns behind it. */
export function accuracyText(labels: readonly Label[], f1: Partial<Record<Label, number>> | undefined, t: Translate, n?: Partial<Record<Label, number>>): string {
  if (labels.length === 0) return t('summary_not_label');
  const known = labels.filter((l) => f1?.[l] !== undefined);
  if (known.length === 0) return t('summary_f1_unknown');
  return known.map((l) => t('summary_f1', [t(`summary_label_${l}`), (f1?.[l] ?? 0).toFixed(2), String(n?.[l] ?? '?')])).join(', ');
}

/** m:ss for durations and offsets. */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}
