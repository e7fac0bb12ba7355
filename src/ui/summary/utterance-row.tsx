// One utterance as text (never as markup), with its label and, for labelled clinician utterances,
// a "Correct label" button that appears on demand (hover, keyboard focus, or when the row is
// selected) and opens the "I disagree: this was a …" choice. A disputed utterance shows the
// corrected label and the model's original one.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LABELS, type Label } from '../../classifier/labels';
import { clockText } from '../../sessions/metric-rows';
import { effectiveLabel, noTextKey, type CallRecord, type StoredUtterance } from '../../sessions/record';
import type { T } from '../common/i18n';

export interface UtteranceRowProps {
  u: StoredUtterance;
  record: CallRecord;
  t: T;
  /** Omit to render without the dispute control (coaching moments). */
  onDispute?: (utteranceId: string, label: Label | null) => void;
  highlight?: boolean;
}

export function UtteranceRow({ u, record, t, onDispute, highlight }: UtteranceRowProps) {
  const [open, setOpen] = useState(false);
  // Selecting a row (a click or tap on it) shows its control too: touch screens have no hover.
  const [selected, setSelected] = useState(false);
  const select = useRef<HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (open) select.current?.focus();
  }, [open]);
  const dispute = record.disputes[u.id];
  const label = effectiveLabel(record, u);
  const disputable = u.role === 'clinician' && u.label !== undefined && onDispute !== undefined;
  return (
    <li
      class={`utterance role-${u.role}${highlight ? ' cause' : ''}`}
      data-utterance={u.id}
      data-label={label ?? undefined}
      data-disputed={dispute ? 'true' : undefined}
      data-selected={open || selected ? 'true' : undefined}
      onClick={disputable ? (e) => {
        if (!(e.target as Element).closest('button, select, label')) setSelected((x) => !x);
      } : undefined}
    >
      <span class="time">{clockText(u.startMs - record.clock.startMs)}</span> <span class="speaker">{u.speaker}</span>
      {label && (
        <span class={`label label-${label}`}>
          {' '}
          [{t(`summary_label_${label}`)}
          {dispute && u.label && <span class="was"> · {t('summary_disputed', [t(`summary_label_${u.label}`)])}</span>}]
        </span>
      )}
      : <span class="text">{u.text ?? <em>{t(noTextKey(record, u))}</em>}</span>
      {disputable && !open && (
        <button type="button" class="on-demand no-print" data-dispute-open={u.id} aria-expanded="false" onClick={() => setOpen(true)}>
          {t('summary_dispute_open')}
          <span class="visually-hidden"> ({clockText(u.startMs - record.clock.startMs)})</span>
        </button>
      )}
      {disputable && open && (
        <span class="dispute no-print">
          {' '}
          <label>
            <span class="visually-hidden">{t('summary_dispute_select')}</span>
            <select
              data-dispute-for={u.id}
              value={dispute?.label ?? ''}
              ref={select}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                onDispute(u.id, v === '' ? null : (v as Label));
                setOpen(false);
              }}
            >
              <option value="">{dispute ? t('summary_dispute_none') : t('summary_dispute_select')}</option>
              {LABELS.filter((l) => l !== u.label).map((l) => (
                <option key={l} value={l}>
                  {t(`summary_label_${l}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" data-dispute-close={u.id} onClick={() => setOpen(false)}>
            {t('summary_cancel')}
          </button>
        </span>
      )}
    </li>
  );
}
