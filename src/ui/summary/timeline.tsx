// Two SVG charts over the call, readable without colour: one mark per utterance coloured by its
// (corrected) label and overlaid with that label's pattern, in rows whose names sit in a gutter
// the marks never reach, over a time axis; and the goals / tasks / bond tally as step lines that
// differ in colour, dash and point shape, on an axis scaled to the call's own values. Each chart
// has a visually hidden data table with the same figures for screen readers. Titles and tables
// hold time, role and label only: never caption text.
import { LABELS, type Label } from '../../classifier/labels';
import { effectiveLabel, type CallRecord } from '../../sessions/record';
import { clockText } from '../../sessions/metric-rows';
import { niceMax, ticks } from '../../sessions/progress';
import type { SeriesPoint } from '../../sessions/summarize';
import type { T } from '../common/i18n';

/** Colour-blind-safe palette (Okabe–Ito), one colour per label. */
export const LABEL_COLOURS: Record<Label, string> = {
  empathic_reflection: '#009E73',
  sympathy: '#E69F00',
  lecture: '#D55E00',
  goal_setting: '#0072B2',
  task_agreement: '#56B4E9',
  question: '#CC79A7',
  other: '#999999',
};
const UNLABELLED = '#dddddd';

/** A second channel besides colour: each label's overlay pattern (SVG path in a 6x6 tile). */
export const LABEL_PATTERNS: Record<Label, string> = {
  empathic_reflection: '', // solid
  sympathy: 'M0 6 L6 0', // diagonal /
  lecture: 'M0 3 H6', // horizontal
  goal_setting: 'M0 0 L6 6', // diagonal \
  task_agreement: 'M3 0 V6', // vertical
  question: 'M1 1 h1 v1 h-1 Z M4 4 h1 v1 h-1 Z', // dots
  other: 'M0 6 L6 0 M0 0 L6 6', // cross-hatch
};

const W = 800;
const GUTTER = 78; // row names and the y axis live here; marks start after it
const PLOT = W - GUTTER - 8;

function timeTicks(spanMs: number): number[] {
  const max = niceMax([spanMs / 60_000], 1);
  return ticks(max).map((m) => m * 60_000).filter((ms) => ms <= spanMs + 1);
}

function TimeAxis({ spanMs, y }: { spanMs: number; y: number }) {
  const x = (ms: number) => GUTTER + (ms / Math.max(1, spanMs)) * PLOT;
  return (
    <g class="axis" aria-hidden="true">
      <line x1={GUTTER} x2={GUTTER + PLOT} y1={y} y2={y} class="axis-line" />
      {timeTicks(spanMs).map((ms) => (
        <g key={ms}>
          <line x1={x(ms)} x2={x(ms)} y1={y} y2={y + 4} class="axis-line" />
          <text x={x(ms)} y={y + 15} text-anchor="middle">
            {clockText(ms)}
          </text>
        </g>
      ))}
    </g>
  );
}

function Patterns() {
  return (
    <defs>
      {LABELS.filter((l) => LABEL_PATTERNS[l]).map((l) => (
        <pattern key={l} id={`ac-pat-${l}`} width={6} height={6} patternUnits="userSpaceOnUse">
          <path d={LABEL_PATTERNS[l]} stroke="#000" stroke-opacity={0.55} stroke-width={1.2} fill="#000" fill-opacity={0.55} />
        </pattern>
      ))}
    </defs>
  );
}

/** A legend swatch: the label's colour with its pattern on top (same as the marks). */
export function LabelSwatch({ label }: { label: Label }) {
  return (
    <svg class="swatch-svg" width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
      <rect width={14} height={14} fill={LABEL_COLOURS[label]} />
      {LABEL_PATTERNS[label] && <rect width={14} height={14} fill={`url(#ac-pat-${label})`} />}
    </svg>
  );
}

export function UtteranceTimeline({ record, t }: { record: CallRecord; t: T }) {
  const t0 = record.clock.startMs;
  const span = Math.max(1, record.clock.endMs - t0);
  const x = (ms: number) => GUTTER + ((ms - t0) / span) * PLOT;
  const ROW = 20;
  const rowOf = { clinician: 0, patient: 1, other: 2 } as const;
  const h = ROW * 3 + 26;
  return (
    <figure class="timeline" data-figure="utterances">
      <figcaption id="ac-fig-utterances">{t('summary_timeline_labels')}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} width="100%" role="img" aria-labelledby="ac-fig-utterances" data-chart="utterances">
        <Patterns />
        {(['clinician', 'patient', 'other'] as const).map((r) => (
          <text x={GUTTER - 6} y={rowOf[r] * ROW + 14} text-anchor="end" class="row-label" key={r}>
            {t(`summary_role_${r}`)}
          </text>
        ))}
        {record.utterances.map((u) => {
          const label = effectiveLabel(record, u);
          const disputed = record.disputes[u.id] !== undefined;
          const geom = { x: x(u.startMs), y: rowOf[u.role] * ROW + 3, width: Math.max(2, x(u.endMs) - x(u.startMs)), height: ROW - 6 };
          return (
            <g key={u.id}>
              <rect data-utterance={u.id} data-label={label ?? ''} class={`mark${disputed ? ' disputed' : ''}`} {...geom} fill={label ? LABEL_COLOURS[label] : UNLABELLED}>
                <title>{`${clockText(u.startMs - t0)} ${t(`summary_role_${u.role}`)}${label ? `: ${t(`summary_label_${label}`)}` : ''}`}</title>
              </rect>
              {label && LABEL_PATTERNS[label] && <rect class="mark-pattern" {...geom} fill={`url(#ac-pat-${label})`} pointer-events="none" />}
            </g>
          );
        })}
        <TimeAxis spanMs={span} y={ROW * 3 + 2} />
      </svg>
      <ul class="legend" aria-hidden="true">
        {LABELS.map((l) => (
          <li key={l}>
            <LabelSwatch label={l} /> {t(`summary_label_${l}`)}
          </li>
        ))}
      </ul>
      <table class="visually-hidden" data-table="utterances">
        <caption>{t('summary_timeline_labels')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary_col_time')}</th>
            <th scope="col">{t('summary_col_speaker')}</th>
            <th scope="col">{t('summary_col_label')}</th>
          </tr>
        </thead>
        <tbody>
          {record.utterances.map((u) => {
            const label = effectiveLabel(record, u);
            return (
              <tr key={u.id}>
                <td>{clockText(u.startMs - t0)}</td>
                <td>{t(`summary_role_${u.role}`)}</td>
                <td>
                  {label ? t(`summary_label_${label}`) : '–'}
                  {record.disputes[u.id] && u.label ? ` (${t('summary_disputed', [t(`summary_label_${u.label}`)])})` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}

function steps(points: readonly SeriesPoint[], key: keyof SeriesPoint, x: (t: number) => number, y: (v: number) => number): string {
  const out: string[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev) out.push(`${x(p.t).toFixed(1)},${y(prev[key]).toFixed(1)}`);
    out.push(`${x(p.t).toFixed(1)},${y(p[key]).toFixed(1)}`);
  });
  return out.join(' ');
}

/** Point shapes: circle (goals), square (tasks), triangle (bond). */
export function Marker({ shape, cx, cy, r = 4, cls }: { shape: 'circle' | 'square' | 'triangle' | 'diamond'; cx: number; cy: number; r?: number; cls?: string }) {
  if (shape === 'circle') return <circle class={cls} cx={cx} cy={cy} r={r} />;
  if (shape === 'square') return <rect class={cls} x={cx - r} y={cy - r} width={2 * r} height={2 * r} />;
  if (shape === 'diamond') return <path class={cls} d={`M${cx} ${cy - r - 1} L${cx + r + 1} ${cy} L${cx} ${cy + r + 1} L${cx - r - 1} ${cy} Z`} />;
  return <path class={cls} d={`M${cx} ${cy - r - 1} L${cx + r + 1} ${cy + r} L${cx - r - 1} ${cy + r} Z`} />;
}

export function TallyTimeline({ series, spanMs, t }: { series: readonly SeriesPoint[]; spanMs: number; t: T }) {
  const H = 150;
  const TOP = 8;
  const BOTTOM = H - 24;
  // Scaled to this call's values (not a fixed 0-10); a negative bond score gets room below 0.
  const hi = niceMax(series.flatMap((p) => [p.goals, p.tasks, p.bond]), 1);
  const yt = ticks(hi, true);
  const step = yt.length > 1 ? yt[1]! - yt[0]! : hi;
  const lowest = Math.min(0, ...series.map((p) => p.bond));
  const lo = lowest < 0 ? -Math.ceil(-lowest / step) * step : 0;
  const allTicks = [...Array.from({ length: Math.round(-lo / step) }, (_, i) => lo + i * step), ...yt];
  const x = (ms: number) => GUTTER + (ms / Math.max(1, spanMs)) * PLOT;
  const y = (v: number) => BOTTOM - ((v - lo) / (hi - lo)) * (BOTTOM - TOP);
  const lines = [
    { key: 'goals', cls: 'line-goals', shape: 'circle', name: t('summary_legend_goals') },
    { key: 'tasks', cls: 'line-tasks', shape: 'square', name: t('summary_legend_tasks') },
    { key: 'bond', cls: 'line-bond', shape: 'triangle', name: t('summary_legend_bond') },
  ] as const;
  const changes = series.slice(1, -1);
  return (
    <figure class="timeline" data-figure="tally">
      <figcaption id="ac-fig-tally">{t('summary_timeline_tally')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-labelledby="ac-fig-tally" data-chart="tally" data-y-max={hi}>
        <g class="axis" aria-hidden="true">
          <line x1={GUTTER} x2={GUTTER} y1={TOP} y2={BOTTOM} class="axis-line" />
          {allTicks.map((v) => (
            <g key={v} data-tick={v}>
              <line x1={GUTTER - 4} x2={GUTTER + PLOT} y1={y(v)} y2={y(v)} class={v === 0 ? 'axis-line' : 'grid-line'} />
              <text x={GUTTER - 8} y={y(v) + 4} text-anchor="end">
                {v}
              </text>
            </g>
          ))}
        </g>
        <TimeAxis spanMs={spanMs} y={BOTTOM} />
        {lines.map((l) => (
          <g key={l.key} class={l.cls}>
            <polyline data-line={l.key} fill="none" stroke-width={2} points={steps(series, l.key, x, y)}>
              <title>{`${l.name}: ${series[series.length - 1]?.[l.key] ?? 0}`}</title>
            </polyline>
            {changes
              .filter((p, i) => p[l.key] !== (i === 0 ? series[0]![l.key] : changes[i - 1]![l.key]))
              .map((p, i) => (
                <Marker key={i} shape={l.shape} cx={x(p.t)} cy={y(p[l.key])} cls="point" />
              ))}
          </g>
        ))}
      </svg>
      <ul class="legend" aria-hidden="true">
        {lines.map((l) => (
          <li key={l.key}>
            <svg class={`swatch-svg ${l.cls}`} width={26} height={12} viewBox="0 0 26 12">
              <line x1={0} x2={26} y1={6} y2={6} stroke-width={2} />
              <Marker shape={l.shape} cx={13} cy={6} r={3.5} cls="point" />
            </svg>{' '}
            {l.name}
          </li>
        ))}
      </ul>
      <table class="visually-hidden" data-table="tally">
        <caption>{t('summary_timeline_tally')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary_col_time')}</th>
            {lines.map((l) => (
              <th scope="col" key={l.key}>
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.map((p, i) => (
            <tr key={i}>
              <td>{clockText(p.t)}</td>
              <td>{p.goals}</td>
              <td>{p.tasks}</td>
              <td>{p.bond}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
