// Two SVG charts over the call: one mark per utterance coloured by its (corrected) label, each
// with a <title> (time, role, label: never the caption text, so a hover cannot surface text the
// page does not already show), and the goals / tasks / bond tally as step lines.
import { LABELS, type Label } from '../../classifier/labels';
import { effectiveLabel, type CallRecord } from '../../sessions/record';
import { clockText } from '../../sessions/metric-rows';
import { BOND_RANGE, type SeriesPoint } from '../../sessions/summarize';
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

const W = 800;
const ROW = 18;

export function UtteranceTimeline({ record, t }: { record: CallRecord; t: T }) {
  const t0 = record.clock.startMs;
  const span = Math.max(1, record.clock.endMs - t0);
  const x = (ms: number) => ((ms - t0) / span) * W;
  const rowOf = { clinician: 0, patient: 1, other: 2 } as const;
  const h = ROW * 3 + 16;
  return (
    <figure class="timeline">
      <figcaption>{t('summary_timeline_labels')}</figcaption>
      <svg viewBox={`0 0 ${W} ${h}`} width="100%" role="img" aria-label={t('summary_timeline_labels')} data-chart="utterances">
        {(['clinician', 'patient', 'other'] as const).map((r) => (
          <text x={2} y={rowOf[r] * ROW + 12} class="row-label" key={r}>
            {t(`summary_role_${r}`)}
          </text>
        ))}
        {record.utterances.map((u) => {
          const label = effectiveLabel(record, u);
          const disputed = record.disputes[u.id] !== undefined;
          return (
            <rect
              key={u.id}
              data-utterance={u.id}
              data-label={label ?? ''}
              class={`mark${disputed ? ' disputed' : ''}`}
              x={x(u.startMs)}
              y={rowOf[u.role] * ROW + 2}
              width={Math.max(2, x(u.endMs) - x(u.startMs))}
              height={ROW - 4}
              fill={label ? LABEL_COLOURS[label] : UNLABELLED}
            >
              <title>{`${clockText(u.startMs - t0)} ${t(`summary_role_${u.role}`)}${label ? `: ${t(`summary_label_${label}`)}` : ''}`}</title>
            </rect>
          );
        })}
        <text x={W - 2} y={h - 2} text-anchor="end" class="axis">
          {clockText(span)}
        </text>
      </svg>
      <ul class="legend">
        {LABELS.map((l) => (
          <li key={l}>
            <span class="swatch" style={{ background: LABEL_COLOURS[l] }} /> {t(`summary_label_${l}`)}
          </li>
        ))}
      </ul>
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

export function TallyTimeline({ series, spanMs, t }: { series: readonly SeriesPoint[]; spanMs: number; t: T }) {
  const H = 120;
  const top = Math.max(BOND_RANGE.max, ...series.map((p) => Math.max(p.goals, p.tasks)));
  const x = (ms: number) => (ms / Math.max(1, spanMs)) * W;
  const y = (v: number) => H - 4 - (Math.max(0, v) / top) * (H - 8); // a negative bond score sits on the axis
  const last = series[series.length - 1];
  const lines = [
    { key: 'goals', cls: 'line-goals', name: t('summary_legend_goals') },
    { key: 'tasks', cls: 'line-tasks', name: t('summary_legend_tasks') },
    { key: 'bond', cls: 'line-bond', name: t('summary_legend_bond') },
  ] as const;
  return (
    <figure class="timeline">
      <figcaption>{t('summary_timeline_tally')}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" role="img" aria-label={t('summary_timeline_tally')} data-chart="tally">
        {lines.map((l) => (
          <polyline key={l.key} class={l.cls} data-line={l.key} fill="none" stroke-width={2} points={steps(series, l.key, x, y)}>
            <title>{`${l.name}: ${last ? last[l.key] : 0}`}</title>
          </polyline>
        ))}
      </svg>
      <ul class="legend">
        {lines.map((l) => (
          <li key={l.key}>
            <span class={`swatch ${l.cls}`} /> {l.name}
          </li>
        ))}
      </ul>
    </figure>
  );
}
