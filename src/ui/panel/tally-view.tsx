/** @jsxImportSource preact */
// Goals / tasks / bond. Every item and every bond change opens onto the utterances behind it, so
// the clinician can see why the tally moved (and disagree with it).
import type { CoachView, EvidenceView, TallyItemView } from '../../coach/types';
import { useT } from '../common/i18n';
import { BOND_KEYS, STATE_KEYS, WHY_KEYS } from './keys';
import type { TallyTotals } from './model';

/** Whole-call counts: the model's totals when its lists are bounded, else the lists themselves. */
function totalsOf(coach: CoachView, totals?: TallyTotals): TallyTotals {
  if (totals) return totals;
  const count = (items: TallyItemView[]) => ({ total: items.length, agreed: items.filter((i) => i.state === 'agreed').length });
  return { goals: count(coach.goals), tasks: count(coach.tasks) };
}

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

function Items({ items, empty, total }: { items: TallyItemView[]; empty: string; total: number }) {
  const t = useT();
  if (items.length === 0) return <p class="ac-empty">{empty}</p>;
  // The panel holds the newest items only (TALLY_MAX); the rest are counted, and in the summary.
  const earlier = total - items.length;
  return (
    <>
    {earlier > 0 ? <p class="ac-note" data-earlier={earlier}>{t('panel_items_earlier', [earlier])}</p> : null}
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
    </>
  );
}

/** The compact goals / tasks / bond strip shown during the call (data-pillar / data-value hooks). */
export function TallyStrip({ coach, totals }: { coach: CoachView; totals?: TallyTotals }) {
  const t = useT();
  const { goals, tasks } = totalsOf(coach, totals);
  const bond = coach.bond.value > 0 ? `+${coach.bond.value}` : String(coach.bond.value);
  return (
    <ul class="ac-strip" aria-label={t('panel_tally_heading')}>
      <li class="ac-pillar" data-pillar="goals" data-value={goals.total}>{t('panel_strip_goals', [goals.total, goals.agreed])}</li>
      <li class="ac-pillar" data-pillar="tasks" data-value={tasks.total}>{t('panel_strip_tasks', [tasks.total, tasks.agreed])}</li>
      <li class="ac-pillar" data-pillar="bond" data-value={coach.bond.value}>{t('panel_strip_bond', [bond])}</li>
    </ul>
  );
}

export interface TallyRules {
  lectureRunSec: number;
  talkShareWindowMin: number;
}

/** Goals, tasks and bond with their evidence and the bond rule (inside the disclosure). */
export function TallyView({ coach, rules, totals }: { coach: CoachView; rules?: TallyRules; totals?: TallyTotals }) {
  const t = useT();
  const { goals, tasks } = totalsOf(coach, totals);
  const changes = coach.bond.changes.slice(-BOND_CHANGES_SHOWN).reverse();
  const hidden = coach.bond.totalChanges - changes.length;
  return (
    <section class="ac-tally" aria-labelledby="ac-tally-h">
      <h2 id="ac-tally-h">{t('panel_tally_heading')}</h2>
      <p class="ac-note">{t('panel_tally_note')}</p>
      <div class="ac-detail" data-detail="goals">
        <h3>{t('panel_goals')} <span class="ac-count">{goals.total}</span></h3>
        <Items items={coach.goals} empty={t('panel_goals_none')} total={goals.total} />
      </div>
      <div class="ac-detail" data-detail="tasks">
        <h3>{t('panel_tasks')} <span class="ac-count">{tasks.total}</span></h3>
        <Items items={coach.tasks} empty={t('panel_tasks_none')} total={tasks.total} />
      </div>
      <div class="ac-detail" data-detail="bond">
        <h3>{t('panel_bond')} <span class="ac-count">{coach.bond.value}</span></h3>
        <p class="ac-explain" data-bond-rule="true">{t('panel_bond_formula', [coach.bond.windowMin, rules?.lectureRunSec ?? 30, rules?.talkShareWindowMin ?? 3])}</p>
        <p class="ac-counts">{t('panel_bond_counts', [coach.bond.builds, coach.bond.wears, coach.counts.empathy, coach.counts.affirmations, coach.counts.sympathy])}</p>
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
