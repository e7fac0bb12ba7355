// What paper may show (finding 5). Printing is an export on paper, and the browser's own print
// command bypasses any button, so the printed content is decided by the export policy itself:
// exports off = only a notice; de-identified exports only = the de-identified view (labels and
// metrics, no caption text or names), as the de-identified export. Returns null when printing the
// page as shown is allowed. Pair it with the `screen-only` class on the on-screen summary.
import { deidentifyRecord } from '../../sessions/deidentify';
import { allowedExports, type ExportPolicy } from '../../sessions/export';
import type { CallRecord } from '../../sessions/record';
import type { T } from '../common/i18n';
import { CallSummary } from './call-summary';

export function PrintView({ record, policy, t, locale }: { record: CallRecord; policy: ExportPolicy; t: T; locale?: string }) {
  const allowed = allowedExports(policy);
  if (allowed.identified) return null;
  if (!allowed.deidentified) {
    return (
      <p class="print-only" data-print="off">
        {t('summary_print_off')}
      </p>
    );
  }
  const none = (): void => undefined;
  return (
    <div class="print-only" data-print="deidentified">
      {/* A paper copy has no actions: no export buttons are rendered in it at all. */}
      <CallSummary record={deidentifyRecord(record, { keepText: false })} deidentified t={t} policy={{ exportsAllowed: false, deidentifiedExportsOnly: true }} locale={locale} onDispute={none} onExport={none} onDelete={none} />
    </div>
  );
}
