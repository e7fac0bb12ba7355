// The pilot report: per-call metrics for a chosen period, as CSV and JSON, for a training director
// to combine across clinicians outside the extension (docs/PILOT-REPORT.md). By construction it
// holds no caption text and no names (it is built from CallMetrics, which has neither), dates at
// day granularity only, and opaque ids: a random report id chosen per export plus a sequence
// number, never the local call id, so two reports cannot be joined on ids. Pure: the caller passes
// the report id and the day function.
import { CALL_METRICS_VERSION, type CallMetrics } from './progress';

export const PILOT_REPORT_FORMAT = 'alliance-coach/pilot-report' as const;
export const PILOT_REPORT_VERSION = 1 as const;

/** The columns, in order; docs/PILOT-REPORT.md explains each. */
export const PILOT_COLUMNS = [
  'report_id',
  'call_ref',
  'date',
  'platform',
  'duration_min',
  'captioned_min',
  'reflections',
  'questions',
  'rq',
  'rq_band',
  'reflections_per_10_min',
  'empathic_reflections',
  'sympathy',
  'clinician_talk_share',
  'longest_unrequested_info_sec',
  'goals_proposed',
  'goals_agreed',
  'tasks_proposed',
  'tasks_agreed',
  'prompts_shown',
  'prompts_acted_on',
  'prompts_dismissed',
  'disputed_labels',
  'labelled_utterances',
  'unlabelled_utterances',
] as const;
export type PilotColumn = (typeof PILOT_COLUMNS)[number];
export type PilotRow = Record<PilotColumn, string | number | null>;

export interface Period {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD of an epoch-ms time in UTC (the default day function). */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** YYYY-MM-DD in the device's local time zone (what the clinician calls "that day"). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isPeriod(p: Period): boolean {
  return DAY.test(p.from) && DAY.test(p.to) && p.from <= p.to;
}

/** A fresh opaque report id (8 hex digits) from a source of random bytes. */
export function newReportId(randomBytes: (n: number) => Uint8Array): string {
  return [...randomBytes(4)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PilotReportInput {
  calls: readonly CallMetrics[];
  period: Period;
  reportId: string;
  dayOf?: (ms: number) => string;
}

/** The rows for the period, oldest first, call_ref numbered from 1 within this report. */
export function pilotRows({ calls, period, reportId, dayOf = utcDay }: PilotReportInput): PilotRow[] {
  if (!isPeriod(period)) return [];
  const inPeriod = calls
    .filter((c) => c.v === CALL_METRICS_VERSION)
    .map((c) => ({ c, day: dayOf(c.startedAt) }))
    .filter(({ day }) => day >= period.from && day <= period.to)
    .sort((a, b) => a.c.startedAt - b.c.startedAt);
  const width = Math.max(2, String(inPeriod.length).length);
  return inPeriod.map(({ c, day }, i) => ({
    report_id: reportId,
    call_ref: `${reportId}-${String(i + 1).padStart(width, '0')}`,
    date: day,
    platform: c.platform,
    duration_min: c.durationMin,
    captioned_min: c.captionedMin,
    reflections: c.reflections,
    questions: c.questions,
    rq: c.rq,
    rq_band: c.rqBand,
    reflections_per_10_min: c.reflectionsPer10Min,
    empathic_reflections: c.empathy,
    sympathy: c.sympathy,
    clinician_talk_share: c.talkShare,
    longest_unrequested_info_sec: c.longestLectureSec,
    goals_proposed: c.goalsProposed,
    goals_agreed: c.goalsAgreed,
    tasks_proposed: c.tasksProposed,
    tasks_agreed: c.tasksAgreed,
    prompts_shown: c.promptsShown,
    prompts_acted_on: c.promptsActedOn,
    prompts_dismissed: c.promptsDismissed,
    disputed_labels: c.disputedLabels,
    labelled_utterances: c.labelled,
    unlabelled_utterances: c.unlabelled,
  }));
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  // Values are numbers and fixed words; quote anyway if a comma, quote or newline ever appears, and
  // neutralise a leading formula character so a spreadsheet never evaluates a cell.
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function pilotCsv(rows: readonly PilotRow[]): string {
  const lines = [PILOT_COLUMNS.join(',')];
  for (const r of rows) lines.push(PILOT_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

export function pilotJson(rows: readonly PilotRow[], input: Pick<PilotReportInput, 'period' | 'reportId'>) {
  return {
    format: PILOT_REPORT_FORMAT,
    schemaVersion: PILOT_REPORT_VERSION,
    reportId: input.reportId,
    period: { from: input.period.from, to: input.period.to },
    calls: rows.length,
    note: 'Per-call metrics only: no caption text, no names, dates by day, opaque ids. Label-derived figures are only as good as the on-device model (see the model card).',
    columns: [...PILOT_COLUMNS],
    rows: rows.map((r) => ({ ...r })),
  };
}

export interface PilotFile {
  filename: string;
  mime: string;
  content: string;
}

/** Both files of one report (same report id and rows). */
export function pilotFiles(input: PilotReportInput): { csv: PilotFile; json: PilotFile; rows: number } {
  const rows = pilotRows(input);
  const stem = `alliance-pilot-${input.period.from}_${input.period.to}-${input.reportId}`;
  return {
    rows: rows.length,
    csv: { filename: `${stem}.csv`, mime: 'text/csv', content: pilotCsv(rows) },
    json: { filename: `${stem}.json`, mime: 'application/json', content: `${JSON.stringify(pilotJson(rows, input), null, 2)}\n` },
  };
}
