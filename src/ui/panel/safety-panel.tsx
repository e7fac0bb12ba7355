/** @jsxImportSource preact */
// Safety mode: shown above the prompt area while the patient may be at risk; coaching prompts are
// paused meanwhile. A short checklist the clinician can tick, the clinic's crisis procedure and
// crisis line (policy text, rendered as text), and a close button: only the clinician closes it.
// The element carries data-safety="active" while shown and nothing carries it otherwise (tests
// outside the project rely on that).
import type { ChecklistItem, RiskCategory } from '../../safety/types';
import { CHECKLIST_ITEMS } from '../../safety/types';
import type { SafetyView } from '../../safety/view';
import { useT } from '../common/i18n';

const REASON_KEYS: Record<RiskCategory, string> = {
  suicidal: 'panel_safety_reason_suicidal',
  'self-harm': 'panel_safety_reason_self_harm',
  'harm-others': 'panel_safety_reason_harm_others',
  abuse: 'panel_safety_reason_abuse',
};

export const ITEM_KEYS: Record<ChecklistItem, string> = {
  thoughts: 'panel_safety_item_thoughts',
  plan: 'panel_safety_item_plan',
  means: 'panel_safety_item_means',
  timeline: 'panel_safety_item_timeline',
  protective: 'panel_safety_item_protective',
};

export interface SafetyPanelProps {
  safety: SafetyView | null | undefined;
  onItem?: (item: ChecklistItem, checked: boolean) => void;
  onClose?: () => void;
}

export function SafetyPanel({ safety, onItem, onClose }: SafetyPanelProps) {
  const t = useT();
  if (!safety) return null;
  return (
    <section class="ac-safety" data-safety="active" data-safety-category={safety.category} aria-labelledby="ac-safety-h">
      <h2 id="ac-safety-h">{t('panel_safety_title')}</h2>
      <p class="ac-safety-reason" role="alert">{t(REASON_KEYS[safety.category])}</p>
      <h3>{t('panel_safety_checklist')}</h3>
      <ul class="ac-safety-list">
        {CHECKLIST_ITEMS.map((item) => {
          const checked = safety.ticked.includes(item);
          return (
            <li key={item}>
              <label>
                <input
                  type="checkbox"
                  data-safety-item={item}
                  checked={checked}
                  onChange={(e) => onItem?.(item, (e.currentTarget as HTMLInputElement).checked)}
                />{' '}
                {t(ITEM_KEYS[item])}
              </label>
            </li>
          );
        })}
      </ul>
      {safety.procedureSteps.length > 0 ? (
        <>
          <h3>{t('panel_safety_procedure')}</h3>
          <ol class="ac-safety-steps" data-safety-procedure="clinic">
            {safety.procedureSteps.map((s, i) => <li key={i}>{s}</li>)}
          </ol>
        </>
      ) : null}
      <p class="ac-safety-crisis" data-safety-crisis={safety.crisisText ? 'clinic' : 'default'}>
        <strong>{t('panel_safety_crisis_line')}:</strong> {safety.crisisText || t(safety.crisisKey)}
      </p>
      <p class="ac-note">{t('panel_safety_note')}</p>
      <button type="button" class="ac-safety-close" data-action="safety-close" onClick={() => onClose?.()}>
        {t('panel_safety_close')}
      </button>
    </section>
  );
}
