/** @jsxImportSource preact */
// Goals / tasks / bond. Every item and every bond change opens onto the utterances behind it, so
// the clinician can see why the tally moved (and disagree with it).
import type { CoachView, EvidenceView, TallyItemView } from '../../coach/types';
import { useT } from '../common/i18n';
import { BOND_KEYS, STATE_KEYS, WHY_KEYS } from './keys';

/** Older bond changes are summarised by count: the panel is narrow and the call can be long. */
const BOND_CHANGES_SHOWN = 8;

function Evidence({ items }: { items: EvidenceView[] }) {
  const t = useT();
  return (
    <ul class="ac-evidence">
      {items.map((e) => (
        <li key={e.utteranceId + e.why} data-utterance-id={e.utteranceId} data-role={e.role}>
          <span class="ac-why">{t(WHY_KEYS[e.why])}</span> <span class="ac-speaker">{e.speaker}:</span> <q>{e.text}</q>
        </li>
      ))}
    </ul>
  );
}

function Items({ items, empty }: { items: TallyItemView[]; empty: string }) {
  const t = useT();
  if (items.length === 0) return <p class="ac-empty">{empty}</p>;
  return (
    <ul class="ac-items">
      {items.map((i) => (
        <li key={i.id} data-item-id={i.id} data-state={i.state}>
          <details>
            <summary>
              <span class={`ac-badge ac-badge-${i.state}`}>{t(STATE_KEYS[i.state])}</span> {i.text}
            </summary>
            <Evidence items={i.evidence} />
          </details>
        </li>
      ))}
    </ul>
  );
}

export function TallyView({ coach }: { coach: CoachView }) {
  const t = useT();
  const changes = coach.bond.changes.slice(-BOND_CHANGES_SHOWN).reverse();
  const hidden = coach.bond.totalChanges - changes.length;
  return (
    <section class="ac-tally" aria-labelledby="ac-tally-h">
      <h2 id="ac-tally-h">{t('panel_tally_heading')}</h2>
      <p class="ac-note">{t('panel_tally_note')}</p>
      <div class="ac-pillar" data-pillar="goals" data-value={coach.goals.length}>
        <h3>{t('panel_goals')} <span class="ac-count">{coach.goals.length}</span></h3>
        <Items items={coach.goals} empty={t('panel_goals_none')} />
      </div>
      <div class="ac-pillar" data-pillar="tasks" data-value={coach.tasks.length}>
        <h3>{t('panel_tasks')} <span class="ac-count">{coach.tasks.length}</span></h3>
        <Items items={coach.tasks} empty={t('panel_tasks_none')} />
      </div>
      <div class="ac-pillar" data-pillar="bond" data-value={coach.bond.value}>
        <h3>{t('panel_bond')} <span class="ac-count">{coach.bond.value}</span></h3>
        <meter min={coach.bond.min} max={coach.bond.max} value={coach.bond.value} aria-label={t('panel_bond')} />
        <p class="ac-explain">{t('panel_bond_formula', [coach.bond.min, coach.bond.max])}</p>
        <p class="ac-counts">{t('panel_bond_counts', [coach.counts.empathy, coach.counts.sympathy])}</p>
        <ul class="ac-items">
          {changes.map((c, idx) => (
            <li key={`${coach.bond.totalChanges - idx}`} data-bond-kind={c.kind} data-delta={c.delta}>
              <details>
                <summary>
                  <span class="ac-delta">{c.delta > 0 ? `+${c.delta}` : String(c.delta)}</span> {t(BOND_KEYS[c.kind])}
                </summary>
                <Evidence items={c.evidence} />
              </details>
            </li>
          ))}
        </ul>
        {hidden > 0 ? <p class="ac-note">{t('panel_bond_earlier', [hidden])}</p> : null}
      </div>
    </section>
  );
}
