// Goals and tasks with their agreement state (recomputed with the clinician's corrections).
import type { RecordTally } from '../../sessions/summarize';
import type { T } from '../common/i18n';

export function GoalsTasks({ tally, t }: { tally: RecordTally; t: T }) {
  const items = [...tally.goals, ...tally.tasks];
  return (
    <section class="goals-tasks">
      <h2>{t('summary_goals_title')}</h2>
      {items.length === 0 ? (
        <p>{t('summary_none')}</p>
      ) : (
        <ul>
          {items.map((i) => (
            <li key={i.id} data-item={i.id} data-kind={i.kind} data-state={i.state}>
              <strong>{t(`summary_kind_${i.kind}`)}</strong> <span class={`state state-${i.state}`}>({t(`summary_state_${i.state}`)})</span>:{' '}
              {i.text ?? <em>{t('summary_no_text')}</em>}
            </li>
          ))}
        </ul>
      )}
      {!tally.recomputed && <p class="note">{t('summary_snapshot_note')}</p>}
    </section>
  );
}
