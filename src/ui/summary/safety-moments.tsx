// Safety moments of a finished call: when safety mode was shown, what kind of risk, which checklist
// items were ticked, and the utterance that triggered it (as text, when the transcript was kept).
import { useMemo } from 'preact/hooks';
import { clockText } from '../../sessions/metric-rows';
import type { CallRecord } from '../../sessions/record';
import { safetyMoments } from '../../sessions/safety-moments';
import type { ChecklistItem, RiskCategory } from '../../safety/types';
import { CHECKLIST_ITEMS } from '../../safety/types';
import type { T } from '../common/i18n';

const CATEGORY_KEYS: Record<RiskCategory, string> = {
  suicidal: 'summary_safety_category_suicidal',
  'self-harm': 'summary_safety_category_self_harm',
  'harm-others': 'summary_safety_category_harm_others',
  abuse: 'summary_safety_category_abuse',
};
const ITEM_KEYS: Record<ChecklistItem, string> = {
  thoughts: 'summary_safety_item_thoughts',
  plan: 'summary_safety_item_plan',
  means: 'summary_safety_item_means',
  timeline: 'summary_safety_item_timeline',
  protective: 'summary_safety_item_protective',
};

export function SafetyMoments({ record, t }: { record: CallRecord; t: T }) {
  const moments = useMemo(() => safetyMoments(record), [record]);
  if (moments.length === 0) return null;
  return (
    <section class="safety-moments" aria-labelledby="safety-moments-h">
      <h2 id="safety-moments-h">{t('summary_safety_title')}</h2>
      {moments.map((m) => (
        <article key={m.id} class="safety-moment" data-safety-moment={m.id} data-category={m.category}>
          <h3>
            <span class="time" data-at-ms={m.atMs}>{t('summary_safety_at', [clockText(m.atMs)])}</span> · {t(CATEGORY_KEYS[m.category])}
          </h3>
          <p>
            <strong>{t('summary_safety_ticked')}:</strong>
          </p>
          <ul class="safety-ticked">
            {CHECKLIST_ITEMS.map((i) => (
              <li key={i} data-item={i} data-ticked={m.ticked.includes(i) ? 'true' : 'false'}>
                {m.ticked.includes(i) ? '☑' : '☐'} {t(ITEM_KEYS[i])}
              </li>
            ))}
          </ul>
          {m.ticked.length === 0 && <p class="note">{t('summary_safety_none_ticked')}</p>}
          <p class="safety-trigger" data-utterance={m.triggerUtteranceId}>
            <strong>{t('summary_safety_trigger')}:</strong> <q>{m.triggerText ?? t('summary_no_text')}</q>
          </p>
          <p class="note">{m.closedAtMs === null ? t('summary_safety_open') : t('summary_safety_closed', [clockText(m.closedAtMs)])}</p>
        </article>
      ))}
    </section>
  );
}
