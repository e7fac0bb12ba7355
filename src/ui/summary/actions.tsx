// Export (as the policy allows), print and delete. Export buttons do not exist when exports are off;
// only de-identified ones exist when the policy says so.
import { allowedExports, type ExportChoice, type ExportPolicy } from '../../sessions/export';
import type { T } from '../common/i18n';
import { ConfirmButton } from './confirm-button';

export interface ActionsProps {
  callId: string;
  t: T;
  policy: ExportPolicy;
  onExport: (choice: ExportChoice) => void;
  onDelete: (callId: string) => void;
  onDeleteAll?: () => void;
  onPrint?: () => void;
}

export function Actions({ callId, t, policy, onExport, onDelete, onDeleteAll, onPrint }: ActionsProps) {
  const allowed = allowedExports(policy);
  const button = (key: string, choice: ExportChoice) => (
    <button type="button" data-export={`${choice.format}${choice.deidentified ? '-deidentified' : ''}`} onClick={() => onExport(choice)}>
      {t(key)}
    </button>
  );
  return (
    <section class="actions no-print">
      <h2>{t('summary_export_title')}</h2>
      {!allowed.identified && !allowed.deidentified ? (
        <p data-exports-off="true">{t('summary_exports_off')}</p>
      ) : (
        <>
          <p class="note">{t('summary_export_warning')}</p>
          <p class="buttons">
            {allowed.identified && button('summary_export_json', { format: 'json', deidentified: false })}{' '}
            {allowed.identified && button('summary_export_md', { format: 'markdown', deidentified: false })}{' '}
            {allowed.deidentified && button('summary_export_deid_json', { format: 'json', deidentified: true })}{' '}
            {allowed.deidentified && button('summary_export_deid_md', { format: 'markdown', deidentified: true })}
          </p>
        </>
      )}
      <p class="buttons">
        {/* Print is an export on paper: it exists only when exports do (finding 5). */}
        {onPrint && (allowed.identified || allowed.deidentified) && (
          <button type="button" data-action="print" onClick={onPrint}>
            {t('summary_print')}
          </button>
        )}{' '}
        <ConfirmButton label={t('summary_delete')} question={t('summary_confirm_delete')} yes={t('summary_confirm_yes')} no={t('summary_cancel')} action="delete" onConfirm={() => onDelete(callId)} />{' '}
        {onDeleteAll && (
          <ConfirmButton label={t('summary_delete_all')} question={t('summary_confirm_delete_all')} yes={t('summary_confirm_yes')} no={t('summary_cancel')} action="delete-all" onConfirm={onDeleteAll} />
        )}
      </p>
    </section>
  );
}
