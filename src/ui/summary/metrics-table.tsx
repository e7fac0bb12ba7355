// The codebook's metrics table: value, MITI fair/good where MITI has them, and the model's known
// accuracy beside every label-derived figure. Figures include the clinician's corrections.
import type { ModelInfo } from '../../sessions/record';
import type { CoachMetrics } from '../../coach/metrics';
import { accuracyText, metricRows, type MetricName } from '../../sessions/metric-rows';
import { MIN_RATED } from '../../coach/metrics';
import type { T } from '../common/i18n';

export interface MetricsTableProps {
  metrics: CoachMetrics;
  t: T;
  model: ModelInfo;
  disputes: number;
  /** When given, each metric's name is a button that shows its utterances in the transcript. */
  onShow?: (name: MetricName, title: string) => void;
}

export function MetricsTable({ metrics, t, model, disputes, onShow }: MetricsTableProps) {
  return (
    <section class="metrics">
      <h2>{t('summary_metrics_title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('summary_col_metric')}</th>
            <th scope="col">{t('summary_col_value')}</th>
            <th scope="col">{t('summary_col_fair')}</th>
            <th scope="col">{t('summary_col_good')}</th>
            <th scope="col">{t('summary_col_accuracy')}</th>
          </tr>
        </thead>
        <tbody>
          {metricRows(metrics, t).map((r) => (
            <tr key={r.name}>
              <th scope="row">
                {onShow ? (
                  <button type="button" class="link" data-metric-show={r.name} onClick={() => onShow(r.name, r.title)}>
                    {r.title}
                    <span class="visually-hidden"> ({t('summary_metric_show')})</span>
                  </button>
                ) : (
                  r.title
                )}
              </th>
              <td data-metric={r.name} data-value={r.raw} data-band={r.band ?? undefined}>
                {r.value}
                {r.band && <span class={`band band-${r.band}`}> ({t(`summary_band_${r.band}`, [String(MIN_RATED)])})</span>}
              </td>
              <td>{r.fair ?? ''}</td>
              <td>{r.good ?? ''}</td>
              <td class="accuracy">{accuracyText(r.labels, model.perLabelF1, t, model.perLabelN)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {model.measuredOn && <p class="note" data-accuracy-source>{t('summary_accuracy_note', [model.measuredOn])}</p>}
      {onShow && <p class="note no-print">{t('summary_metric_show_hint')}</p>}
      <p class="note">{t('summary_proxy_note')}</p>
      {disputes > 0 && <p class="note" data-disputes={disputes}>{t('summary_disputes_note', [disputes])}</p>}
    </section>
  );
}
