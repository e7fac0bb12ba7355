// Progress across calls: the clinician's skill goals (chosen here) and whether each call met them,
// the per-call metrics as a table and as small charts over time (each with its own scale, point
// shapes, axes and a visually hidden data table), and the pilot report download. Works on
// metrics-only rows too, so calls whose transcript has expired still count. Data in by props,
// actions out by callbacks (the summary entry owns the stores and downloads).
import { useState } from 'preact/hooks';
import type { Period } from '../../sessions/pilot-report';
import { GOAL_DEFAULTS, GOAL_KINDS, GOAL_LIMITS, goalRecords, niceMax, SERIES, ticks, type CallMetrics, type GoalKind, type SeriesKey, type SkillGoal } from '../../sessions/progress';
import type { T } from '../common/i18n';
import { Marker } from './timeline';

export interface ProgressViewProps {
  calls: readonly CallMetrics[];
  /** Call ids whose full record (transcript or labels) is still stored. */
  fullIds: ReadonlySet<string>;
  goals: readonly SkillGoal[];
  t: T;
  locale?: string;
  /** YYYY-MM-DD of a time (the entry passes the local day). */
  dayOf: (ms: number) => string;
  exportsAllowed: boolean;
  onGoalsChange: (goals: SkillGoal[]) => void;
  onPilotReport: (period: Period, format: 'csv' | 'json') => void;
  onOpenCall?: (callId: string) => void;
  onBack?: () => void;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

function seriesText(key: SeriesKey, v: number | null): string {
  if (v === null) return '–';
  if (key === 'talkShare') return pct(v);
  if (key === 'rq') return `${v}:1`;
  return String(v);
}

function goalText(g: SkillGoal, t: T): string {
  const v = g.kind === 'talk-share-max' ? pct(g.threshold) : String(g.threshold);
  return t(`progress_goal_${g.kind.replace(/-/g, '_')}`, [v]);
}

/** The series a goal is about, to draw its threshold on that chart. */
const GOAL_SERIES: Partial<Record<GoalKind, SeriesKey>> = {
  'rq-min': 'rq',
  'reflections-per-10-min': 'reflectionsPer10Min',
  'talk-share-max': 'talkShare',
  'lecture-max-sec': 'longestLectureSec',
  'goal-agreed': 'goalsAgreed',
  'task-agreed': 'tasksAgreed',
};

const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;

function SeriesChart({ k, calls, goals, t, dayOf, index }: { k: SeriesKey; calls: readonly CallMetrics[]; goals: readonly SkillGoal[]; t: T; dayOf: (ms: number) => string; index: number }) {
  const W = 360;
  const H = 170;
  const L = 44;
  const R = 10;
  const TOP = 10;
  const BOTTOM = H - 34;
  const values = calls.map((c) => c[k]);
  const lines = goals.filter((g) => GOAL_SERIES[g.kind] === k).map((g) => g.threshold);
  const hi = k === 'talkShare' ? 1 : niceMax([...values, ...lines], 1);
  const isCount = !['rq', 'reflectionsPer10Min', 'talkShare'].includes(k);
  const yt = ticks(hi, isCount);
  const n = calls.length;
  const x = (i: number) => (n <= 1 ? L + (W - L - R) / 2 : L + (i / (n - 1)) * (W - L - R));
  const y = (v: number) => BOTTOM - (v / hi) * (BOTTOM - TOP);
  const shape = SHAPES[index % SHAPES.length]!;
  const title = t(`progress_series_${k}`);
  const capId = `ac-progress-${k}`;
  const pts = values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
  // Label every date when few, else the first, middle and last, so labels never overlap.
  const labelled = new Set(n <= 4 ? calls.map((_, i) => i) : [0, Math.floor((n - 1) / 2), n - 1]);
  return (
    <figure class="progress-chart" data-series={k}>
      <figcaption id={capId}>{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby={capId} data-chart={`progress-${k}`} data-y-max={hi}>
        <g class="axis" aria-hidden="true">
          {yt.map((v) => (
            <g key={v}>
              <line x1={L - 4} x2={W - R} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis-line' : 'grid-line'} />
              <text x={L - 7} y={y(v) + 4} text-anchor="end">
                {seriesText(k, v)}
              </text>
            </g>
          ))}
          <line x1={L} x2={L} y1={TOP} y2={BOTTOM} class="axis-line" />
          {calls.map((c, i) =>
            labelled.has(i) ? (
              <text key={c.callId} x={x(i)} y={BOTTOM + 16} text-anchor={n > 1 && i === 0 ? 'start' : n > 1 && i === n - 1 ? 'end' : 'middle'}>
                {dayOf(c.startedAt).slice(5)}
              </text>
            ) : null,
          )}
        </g>
        {lines.map((v, i) => (
          <line key={i} class="goal-line" x1={L} x2={W - R} y1={y(Math.min(v, hi))} y2={y(Math.min(v, hi))} data-goal-line={v} />
        ))}
        <polyline class="series-line" fill="none" points={pts.filter((p) => p !== null).map((p) => p!.join(',')).join(' ')} />
        {pts.map((p, i) => (p ? <Marker key={i} shape={shape} cx={p[0]} cy={p[1]} cls="point series-point" /> : null))}
      </svg>
      <table class="visually-hidden" data-table={`progress-${k}`}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('progress_col_date')}</th>
            <th scope="col">{title}</th>
          </tr>
        </thead>
        <tbody>
          {calls.map((c) => (
            <tr key={c.callId}>
              <td>{dayOf(c.startedAt)}</td>
              <td>{seriesText(k, c[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function GoalEditor({ goals, t, onGoalsChange }: Pick<ProgressViewProps, 'goals' | 't' | 'onGoalsChange'>) {
  const [kind, setKind] = useState<GoalKind>('rq-min');
  const [value, setValue] = useState(String(GOAL_DEFAULTS['rq-min']));
  const lim = GOAL_LIMITS[kind];
  const num = Number(value);
  const valid = value !== '' && Number.isFinite(num) && num >= lim.min && num <= lim.max;
  return (
    <form
      class="goal-editor no-print"
      data-goal-editor
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        const id = `${kind}-${Date.now().toString(36)}`;
        onGoalsChange([...goals.filter((g) => !(g.kind === kind && g.threshold === num)), { id, kind, threshold: num }]);
      }}
    >
      <label>
        {t('progress_goal_kind')}{' '}
        <select
          data-goal-kind
          value={kind}
          onChange={(e) => {
            const k = (e.currentTarget as HTMLSelectElement).value as GoalKind;
            setKind(k);
            setValue(String(GOAL_DEFAULTS[k]));
          }}
        >
          {GOAL_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`progress_goal_kind_${k.replace(/-/g, '_')}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        {t('progress_goal_threshold')}{' '}
        <input
          type="number"
          data-goal-threshold
          min={lim.min}
          max={lim.max}
          step={lim.step}
          value={value}
          aria-invalid={valid ? undefined : 'true'}
          onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
        />
      </label>{' '}
      <button type="submit" data-action="add-goal" disabled={!valid}>
        {t('progress_goal_add')}
      </button>
    </form>
  );
}

function ResultCell({ r, t }: { r: boolean | null; t: T }) {
  const key = r === true ? 'met' : r === false ? 'missed' : 'unknown';
  return (
    <td data-goal-result={key} class={`goal-${key}`}>
      <span aria-hidden="true">{r === true ? '✓ ' : r === false ? '✗ ' : '– '}</span>
      {t(`progress_result_${key}`)}
    </td>
  );
}

export function ProgressView(props: ProgressViewProps) {
  const { calls, goals, t, dayOf } = props;
  const records = goalRecords(goals, calls);
  const first = calls[0];
  const last = calls[calls.length - 1];
  const [from, setFrom] = useState(first ? dayOf(first.startedAt) : '');
  const [to, setTo] = useState(last ? dayOf(last.startedAt) : '');
  const periodOk = /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  const inPeriod = periodOk ? calls.filter((c) => dayOf(c.startedAt) >= from && dayOf(c.startedAt) <= to).length : 0;
  const metricsOnly = calls.filter((c) => !props.fullIds.has(c.callId)).length;
  return (
    <main class="progress-view" data-view="progress">
      {props.onBack && (
        <button type="button" class="no-print" data-action="back" onClick={props.onBack}>
          {t('summary_back')}
        </button>
      )}
      <h1>{t('progress_title')}</h1>
      {calls.length === 0 ? (
        <p class="empty">{t('progress_empty')}</p>
      ) : (
        <p data-progress-count={calls.length}>
          {t('progress_intro', [String(calls.length), dayOf(first!.startedAt), dayOf(last!.startedAt)])}
          {metricsOnly > 0 && <> {t('progress_metrics_only', [String(metricsOnly)])}</>}
        </p>
      )}
      <p class="note">{t('progress_note')}</p>

      <section class="skill-goals" aria-labelledby="ac-goals-title">
        <h2 id="ac-goals-title">{t('progress_goals_title')}</h2>
        {goals.length === 0 && <p>{t('progress_goals_none')}</p>}
        <ul class="goals">
          {records.map((r) => (
            <li key={r.goal.id} data-skill-goal={r.goal.kind} data-met={r.met} data-missed={r.missed} data-unknown={r.unknown}>
              <strong>{goalText(r.goal, t)}</strong>:{' '}
              {r.met + r.missed === 0 ? t('progress_goal_none_judged') : t('progress_goal_summary', [String(r.met), String(r.met + r.missed)])}
              {r.unknown > 0 && <> {t('progress_goal_unknown', [String(r.unknown)])}</>}{' '}
              <button type="button" class="no-print" data-remove-goal={r.goal.id} onClick={() => props.onGoalsChange(goals.filter((g) => g.id !== r.goal.id))}>
                {t('progress_goal_remove')}
                <span class="visually-hidden">: {goalText(r.goal, t)}</span>
              </button>
            </li>
          ))}
        </ul>
        <GoalEditor goals={goals} t={t} onGoalsChange={props.onGoalsChange} />
      </section>

      {calls.length > 0 && (
        <section class="progress-table" aria-labelledby="ac-calls-title">
          <h2 id="ac-calls-title">{t('progress_calls_title')}</h2>
          <div class="scroll" tabIndex={0} role="region" aria-labelledby="ac-calls-title">
            <table data-table="progress">
              <thead>
                <tr>
                  <th scope="col">{t('progress_col_date')}</th>
                  {SERIES.map((k) => (
                    <th scope="col" key={k}>
                      {t(`progress_series_${k}`)}
                    </th>
                  ))}
                  {goals.map((g) => (
                    <th scope="col" key={g.id}>
                      {goalText(g, t)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {calls.map((c, i) => (
                  <tr key={c.callId} data-progress-call={c.callId} data-kept={props.fullIds.has(c.callId) ? 'full' : 'metrics'}>
                    <th scope="row">
                      {props.onOpenCall && props.fullIds.has(c.callId) ? (
                        <button type="button" class="link" data-open-call={c.callId} onClick={() => props.onOpenCall!(c.callId)}>
                          {dayOf(c.startedAt)}
                        </button>
                      ) : (
                        <>
                          {dayOf(c.startedAt)} <span class="note">{t('progress_metrics_only_mark')}</span>
                        </>
                      )}
                    </th>
                    {SERIES.map((k) => (
                      <td key={k} data-series={k} data-value={c[k] ?? ''}>
                        {seriesText(k, c[k])}
                        {k === 'rq' && (c.rqBand === 'few' || c.rqBand === 'none') && <span class="note"> ({t('progress_rq_few')})</span>}
                      </td>
                    ))}
                    {records.map((r) => (
                      <ResultCell key={r.goal.id} r={r.results[i] ?? null} t={t} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {calls.length > 0 && (
        <section class="progress-charts" aria-labelledby="ac-charts-title">
          <h2 id="ac-charts-title">{t('progress_charts_title')}</h2>
          <div class="chart-grid">
            {SERIES.map((k, i) => (
              <SeriesChart key={k} k={k} calls={calls} goals={goals} t={t} dayOf={dayOf} index={i} />
            ))}
          </div>
        </section>
      )}

      <section class="pilot-report no-print" aria-labelledby="ac-pilot-title">
        <h2 id="ac-pilot-title">{t('progress_pilot_title')}</h2>
        <p class="note">{t('progress_pilot_note')}</p>
        {!props.exportsAllowed ? (
          <p data-exports-off="true">{t('summary_exports_off')}</p>
        ) : (
          <form
            data-pilot-form
            onSubmit={(e) => {
              e.preventDefault();
            }}
          >
            <label>
              {t('progress_pilot_from')} <input type="date" data-pilot-from value={from} onInput={(e) => setFrom((e.currentTarget as HTMLInputElement).value)} />
            </label>{' '}
            <label>
              {t('progress_pilot_to')} <input type="date" data-pilot-to value={to} onInput={(e) => setTo((e.currentTarget as HTMLInputElement).value)} />
            </label>{' '}
            <span role="status" data-pilot-count={inPeriod}>
              {periodOk ? t('progress_pilot_count', [String(inPeriod)]) : t('progress_pilot_bad_period')}
            </span>
            <p class="buttons">
              <button type="button" data-pilot="csv" disabled={!periodOk || inPeriod === 0} onClick={() => props.onPilotReport({ from, to }, 'csv')}>
                {t('progress_pilot_csv')}
              </button>
              <button type="button" data-pilot="json" disabled={!periodOk || inPeriod === 0} onClick={() => props.onPilotReport({ from, to }, 'json')}>
                {t('progress_pilot_json')}
              </button>
            </p>
          </form>
        )}
      </section>
    </main>
  );
}
