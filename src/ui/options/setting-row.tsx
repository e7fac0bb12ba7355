import { CATALOG, type SettingKey, type Settings } from '../../settings/catalog';
import { SettingControl } from './setting-control';
import type { Translate } from './types';

interface Props {
  settingKey: SettingKey;
  value: Settings[SettingKey];
  /** Fixed by the clinic's policy. */
  locked: boolean;
  t: Translate;
  onChange: (patch: Partial<Settings>) => void;
  onReset?: (key: SettingKey) => void;
}

export function SettingRow({ settingKey, value, locked, t, onChange, onReset }: Props) {
  const adminOnly = !CATALOG[settingKey].userEditable;
  const inputId = `setting-${settingKey}`;
  const descId = `${inputId}-desc`;
  return (
    <div class="setting" data-setting={settingKey} data-locked={locked ? 'true' : undefined} data-admin-only={adminOnly ? 'true' : undefined}>
      <label for={inputId} class="title">{t(`settings_${settingKey}_title`)}</label>
      <SettingControl
        settingKey={settingKey}
        value={value}
        disabled={locked || adminOnly}
        t={t}
        inputId={inputId}
        describedBy={descId}
        onCommit={(v) => onChange({ [settingKey]: v } as Partial<Settings>)}
      />
      <p id={descId} class="desc">
        {t(`settings_${settingKey}_desc`)}
        {locked && <strong class="locked-note"> {t('options_locked')}</strong>}
        {!locked && adminOnly && <em class="admin-note"> {t('options_adminOnly')}</em>}
      </p>
      {!locked && !adminOnly && onReset && (
        <button type="button" class="reset" onClick={() => onReset(settingKey)}>{t('options_resetOne')}</button>
      )}
    </div>
  );
}
