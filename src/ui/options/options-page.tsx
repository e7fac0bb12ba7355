import { SETTING_KEYS, type SettingKey } from '../../settings/catalog';
import { AboutData } from './about-data';
import { ProblemList } from './problem-list';
import { SettingRow } from './setting-row';
import type { OptionsPageProps } from './types';

/** Groups keep the page scannable; every catalog key must appear in exactly one (tested). */
export const GROUPS: ReadonlyArray<{ id: string; keys: readonly SettingKey[] }> = [
  { id: 'capture', keys: ['enabledPlatforms', 'clinicianNames', 'silenceEndMin'] },
  {
    id: 'coaching',
    keys: ['coachingEnabled', 'promptKinds', 'nudgeIntervalSec', 'promptExpirySec', 'lectureRunCount', 'lectureRunSec',
      'noGoalAfterMin', 'noTaskAfterMin', 'talkShareWindowMin', 'talkShareMax', 'emotionReflectWindowSec'],
  },
  { id: 'privacy', keys: ['storeTranscript', 'clinicianLinesOnly', 'retentionDays', 'metricsRetentionDays', 'exportsAllowed', 'deidentifiedExportsOnly', 'supportContact'] },
  { id: 'safety', keys: ['safetyModeEnabled', 'safetyCrisisText', 'safetyProcedureSteps'] },
];

export function OptionsPage({ merged, t, onChange, onReset, rejected = [], onEraseAll }: OptionsPageProps) {
  const { values, lockedKeys, problems } = merged;
  const support = values.supportContact;
  const managedCount = lockedKeys.length;
  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      {managedCount > 0 && <p class="managed-banner" data-managed="true">{t('options_managedBanner')}</p>}
      {support && (
        <p class="support" data-support="true">
          {t('options_supportContact')} <span class="contact">{support}</span>
        </p>
      )}
      <ProblemList problems={[...problems, ...rejected]} t={t} />
      {GROUPS.map((g) => (
        <section key={g.id} class="group" aria-labelledby={`group-${g.id}`}>
          <h2 id={`group-${g.id}`}>{t(`options_group_${g.id}`)}</h2>
          {g.keys.map((key) => (
            <SettingRow key={key} settingKey={key} value={values[key]} locked={lockedKeys.includes(key)} t={t} onChange={onChange} onReset={onReset} />
          ))}
        </section>
      ))}
      {onReset && (
        <button type="button" class="reset-all" onClick={() => onReset()}>{t('options_resetAll')}</button>
      )}
      <AboutData values={values} t={t} onEraseAll={onEraseAll} />
    </main>
  );
}

/** Every catalog key is in a group once (checked by a test, kept here so the rule is visible). */
export function ungroupedKeys(): SettingKey[] {
  const seen = GROUPS.flatMap((g) => g.keys);
  return SETTING_KEYS.filter((k) => seen.filter((s) => s === k).length !== 1);
}
