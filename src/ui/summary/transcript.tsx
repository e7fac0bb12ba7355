// The transcript with filters: by (corrected) label, by speaker, and by the metric the clinician
// clicked in the metrics table ("show me the utterances behind this figure"). All native controls,
// so everything is reachable with the keyboard; the count of shown utterances is announced.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LABELS, type Label } from '../../classifier/labels';
import { effectiveLabel, type CallRecord } from '../../sessions/record';
import type { T } from '../common/i18n';
import { UtteranceRow } from './utterance-row';

export interface MetricFocus {
  /** The metric's title as shown. */
  title: string;
  ids: readonly string[];
}

export interface TranscriptProps {
  record: CallRecord;
  t: T;
  onDispute?: (utteranceId: string, label: Label | null) => void;
  focus: MetricFocus | null;
  onClearFocus: () => void;
}

const UNLABELLED = '-';

export function Transcript({ record, t, onDispute, focus, onClearFocus }: TranscriptProps) {
  const [label, setLabel] = useState<string>('');
  const [speaker, setSpeaker] = useState<string>('');
  const status = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (focus) status.current?.focus();
  }, [focus]);
  const speakers = [...new Set(record.utterances.map((u) => u.speaker))];
  const inFocus = focus ? new Set(focus.ids) : null;
  const shown = record.utterances.filter((u) => {
    if (inFocus && !inFocus.has(u.id)) return false;
    if (speaker && u.speaker !== speaker) return false;
    if (label) {
      const l = effectiveLabel(record, u);
      if (label === UNLABELLED ? l !== undefined : l !== label) return false;
    }
    return true;
  });
  return (
    <section class="transcript" aria-labelledby="ac-transcript-title">
      <h2 id="ac-transcript-title">{t('summary_transcript_title')}</h2>
      <div class="filters no-print" role="group" aria-label={t('summary_filter_title')}>
        <label>
          {t('summary_filter_label')}{' '}
          <select data-filter="label" value={label} onChange={(e) => setLabel((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('summary_filter_all')}</option>
            {LABELS.map((l) => (
              <option key={l} value={l}>
                {t(`summary_label_${l}`)}
              </option>
            ))}
            <option value={UNLABELLED}>{t('summary_filter_unlabelled')}</option>
          </select>
        </label>{' '}
        <label>
          {t('summary_filter_speaker')}{' '}
          <select data-filter="speaker" value={speaker} onChange={(e) => setSpeaker((e.currentTarget as HTMLSelectElement).value)}>
            <option value="">{t('summary_filter_all')}</option>
            {speakers.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="filter-status" data-shown={shown.length} tabIndex={-1} ref={status} aria-live="polite">
        {focus ? t('summary_filter_metric', [String(shown.length), focus.title]) : t('summary_filter_count', [String(shown.length), String(record.utterances.length)])}{' '}
        {focus && (
          <button type="button" class="no-print" data-action="clear-metric" onClick={onClearFocus}>
            {t('summary_filter_show_all')}
          </button>
        )}
      </p>
      <ul class="utterances">
        {shown.map((u) => (
          <UtteranceRow key={u.id} u={u} record={record} t={t} onDispute={onDispute} />
        ))}
      </ul>
    </section>
  );
}
