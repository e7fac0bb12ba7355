// One finished call: header (date, platform, duration, coverage, model), metrics with MITI bands
// and model accuracy, goals/tasks, timelines, coaching moments, utterances with dispute controls,
// and the actions. Figures are recomputed from the record with the clinician's corrections.
import { useMemo, useState } from 'preact/hooks';
import { metricUtteranceIds } from '../../sessions/metric-utterances';
import { noteOf, notesAllowed } from '../../sessions/notes';
import { NoteEditor } from './note-editor';
import { Transcript, type MetricFocus } from './transcript';
import { clockText } from '../../sessions/metric-rows';
import { bondRuleSubs, durationMs, recordMetrics, recordTally, tallySeries } from '../../sessions/summarize';
import { Actions } from './actions';
import { GoalsTasks } from './goals-tasks';
import { MetricsTable } from './metrics-table';
import { Moments } from './moments';
import { SafetyMoments } from './safety-moments';
import { TallyTimeline, UtteranceTimeline } from './timeline';
import type { CallSummaryProps } from './types';

export function CallSummary(props: CallSummaryProps) {
  const { record, t, locale } = props;
  const metrics = useMemo(() => recordMetrics(record, true), [record]);
  const tally = useMemo(() => recordTally(record, true), [record]);
  const series = useMemo(() => tallySeries(record, tally), [record, tally]);
  const disputes = Object.keys(record.disputes).length;
  const when = props.deidentified
    ? String(new Date(record.startedAt).getUTCFullYear())
    : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(record.startedAt);
  const [focus, setFocus] = useState<MetricFocus | null>(null);
  return (
    <article class="call-summary" data-call-id={record.callId}>
      <header>
        {props.onBack && (
          <button type="button" class="no-print" data-action="back" onClick={props.onBack}>
            {t('summary_back')}
          </button>
        )}
        <h1>{t('summary_title')}</h1>
        {props.deidentified && <p class="note" data-deidentified="true">{t('summary_print_deidentified')}</p>}
        <dl class="facts">
          <dt>{t('summary_date')}</dt>
          <dd>{when}</dd>
          <dt>{t('summary_platform')}</dt>
          <dd>{record.platform}</dd>
          <dt>{t('summary_duration')}</dt>
          <dd data-duration-ms={durationMs(record)}>{clockText(durationMs(record))}</dd>
          <dt>{t('summary_end_reason')}</dt>
          <dd>{t(`summary_endreason_${record.endReason.replace('-', '_')}`)}</dd>
        </dl>
        <p class="coverage" data-coverage-minutes={metrics.coverageMinutes.toFixed(2)}>
          {t('summary_coverage', [metrics.coverageMinutes.toFixed(1)])}
        </p>
        <p class="model">{t('summary_model', [record.model.version, record.model.sha256.slice(0, 12)])}</p>
      </header>
      <SafetyMoments record={record} t={t} />
      <MetricsTable metrics={metrics} t={t} model={props.model?.sha256 === record.model.sha256 ? props.model : record.model} disputes={disputes}
        onShow={(name, title) => setFocus({ title, ids: metricUtteranceIds(record, metrics, tally, name) })}
      />
      <GoalsTasks tally={tally} t={t} />
      <section class="timelines">
        <h2>{t('summary_timeline_title')}</h2>
        <UtteranceTimeline record={record} t={t} />
        <TallyTimeline series={series} spanMs={record.clock.endMs - record.clock.startMs} t={t} />
        <p class="bond-rule" data-bond-rule="true">{t('summary_bond_rule', bondRuleSubs(record))}</p>
      </section>
      <Moments record={record} t={t} onNote={props.onNote} />
      <Transcript record={record} t={t} onDispute={props.onDispute} focus={focus} onClearFocus={() => setFocus(null)} />
      <section class="call-notes">
        <h2>{t('summary_notes_title')}</h2>
        {notesAllowed(record) ? (
          props.onNote ? (
            <NoteEditor id="call" label={t('summary_note_call')} value={noteOf(record, { kind: 'call' })} t={t} onSave={(text) => props.onNote!({ kind: 'call' }, text)} />
          ) : (
            <p class="call-note">{noteOf(record, { kind: 'call' }) || t('summary_none')}</p>
          )
        ) : (
          <p class="note" data-notes-off="true">{t('summary_notes_off')}</p>
        )}
      </section>
      <Actions callId={record.callId} t={t} policy={props.policy} onExport={props.onExport} onDelete={props.onDelete} onDeleteAll={props.onDeleteAll} onPrint={props.onPrint} />
    </article>
  );
}
