// "About your data": what is stored where, for how long, and how to erase it, computed from the
// effective settings so it never contradicts what the extension actually does.
import { useState } from 'preact/hooks';
import type { Settings } from '../../settings/catalog';
import type { Translate } from './types';

interface Props {
  values: Settings;
  t: Translate;
  onEraseAll?: () => void;
}

export function AboutData({ values, t, onEraseAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  const days = values.retentionDays;
  return (
    <section class="about-data" aria-labelledby="about-h">
      <h2 id="about-h">{t('options_aboutTitle')}</h2>
      <ul>
        <li data-about="device">{t('options_aboutOnDevice')}</li>
        <li data-about="live">{t('options_aboutLive')}</li>
        <li data-about="finished">{t(!values.storeTranscript ? 'options_aboutFinishedLabels' : values.clinicianLinesOnly ? 'options_aboutFinishedClinician' : 'options_aboutFinishedText')}</li>
        <li data-about="retention">
          {days === 0 ? t(values.metricsRetentionDays > 0 ? 'options_aboutRetentionNoCalls' : 'options_aboutRetentionNone') : t('options_aboutRetentionDays', [String(days)])}
        </li>
        {values.metricsRetentionDays > days && <li data-about="metrics">{t('options_aboutMetricsDays', [String(values.metricsRetentionDays)])}</li>}
        <li data-about="settings">{t('options_aboutSettings')}</li>
        <li data-about="exports">{t(!values.exportsAllowed ? 'options_aboutExportsOff' : values.deidentifiedExportsOnly ? 'options_aboutExportsDeid' : 'options_aboutExportsOn')}</li>
        <li data-about="erase">{t('options_aboutErase')}</li>
        <li data-about="limits">{t('options_aboutLimits')}</li>
      </ul>
      {onEraseAll &&
        (confirming ? (
          <p role="alert">
            {t('options_eraseConfirm')}{' '}
            <button type="button" class="danger" onClick={() => { setConfirming(false); onEraseAll(); }}>{t('options_eraseYes')}</button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>{t('options_eraseNo')}</button>
          </p>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>{t('options_eraseAll')}</button>
        ))}
    </section>
  );
}
