// One input suited to the setting's type. Number inputs commit on `change` (blur or Enter) and
// only when valid, so half-typed values never reach storage; the row shows why a value is refused.
import { useEffect, useState } from 'preact/hooks';
import { CATALOG, type SettingKey, type Settings, type SettingSpec } from '../../settings/catalog';
import { checkValue } from '../../settings/merge';
import { msgKey, type Translate } from './types';

interface Props {
  settingKey: SettingKey;
  value: Settings[SettingKey];
  disabled: boolean;
  t: Translate;
  inputId: string;
  describedBy: string;
  onCommit: (value: unknown) => void;
}

/** Message-key prefix for the labels of a list setting's allowed values. */
const ITEM_PREFIX: Partial<Record<SettingKey, string>> = {
  enabledPlatforms: 'settings_platform_',
  promptKinds: 'settings_promptKind_',
};

export function SettingControl({ settingKey, value, disabled, t, inputId, describedBy, onCommit }: Props) {
  const spec: SettingSpec = CATALOG[settingKey];
  const [draft, setDraft] = useState(() => toText(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDraft(toText(value));
    setInvalid(false);
  }, [value]);

  const commit = (raw: unknown) => {
    const r = checkValue(spec, raw);
    setInvalid(!r.ok);
    if (r.ok) onCommit(r.value);
  };
  const common = { id: inputId, disabled, 'aria-describedby': describedBy };

  switch (spec.type) {
    case 'boolean':
      return <input type="checkbox" {...common} checked={value === true} onChange={(e) => commit(e.currentTarget.checked)} />;
    case 'integer':
    case 'number':
      return (
        <span>
          <input
            type="number"
            {...common}
            min={spec.min}
            max={spec.max}
            step={spec.type === 'number' ? spec.step : 1}
            value={draft}
            aria-invalid={invalid}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onChange={(e) => commit(e.currentTarget.value === '' ? NaN : Number(e.currentTarget.value))}
          />
          {invalid && <span class="error" role="alert">{t('options_invalidRange', [String(spec.min), String(spec.max)])}</span>}
        </span>
      );
    case 'string':
      return <input type="text" {...common} maxLength={spec.maxLength} value={draft} onChange={(e) => commit(e.currentTarget.value)} />;
    case 'string[]': {
      const list = Array.isArray(value) ? (value as string[]) : [];
      if (spec.items) {
        const prefix = ITEM_PREFIX[settingKey] ?? `settings_${settingKey}_`;
        return (
          <span id={inputId} role="group" aria-describedby={describedBy}>
            {spec.items.map((item) => (
              <label key={item} class="choice">
                <input
                  type="checkbox"
                  disabled={disabled}
                  data-item={item}
                  checked={list.includes(item)}
                  // Keep the catalog order so stored lists are stable.
                  onChange={(e) => commit(spec.items!.filter((i) => (i === item ? e.currentTarget.checked : list.includes(i))))}
                />
                {t(prefix + msgKey(item))}
              </label>
            ))}
          </span>
        );
      }
      // Free text (clinician names): one per line.
      return (
        <textarea
          {...common}
          rows={3}
          value={draft}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value.split('\n').map((s) => s.trim()).filter(Boolean))}
        />
      );
    }
  }
}

function toText(value: unknown): string {
  return Array.isArray(value) ? value.join('\n') : String(value ?? '');
}
