// Coaching moments: each prompt that was shown, the utterances around it (causes highlighted) and
// a better phrasing (the prompt's suggestion, rendered as text).
import type { CallRecord } from '../../sessions/record';
import { noteOf, notesAllowed, type NoteTarget } from '../../sessions/notes';
import { NoteEditor } from './note-editor';
import { clockText } from '../../sessions/metric-rows';
import type { T } from '../common/i18n';
import { UtteranceRow } from './utterance-row';

export function Moments({ record, t, onNote }: { record: CallRecord; t: T; onNote?: (target: NoteTarget, text: string) => void | Promise<boolean> }) {
  const canNote = onNote !== undefined && notesAllowed(record);
  const byId = new Map(record.utterances.map((u) => [u.id, u]));
  return (
    <section class="moments">
      <h2>{t('summary_moments_title')}</h2>
      {record.prompts.length === 0 && <p>{t('summary_none')}</p>}
      {record.prompts.map((p) => {
        const causes = new Set(p.causeIds);
        const ids = [...new Set([...p.beforeIds, ...p.causeIds, ...p.afterIds])];
        const around = ids.map((id) => byId.get(id)).filter((u) => u !== undefined).sort((a, b) => a.startMs - b.startMs);
        return (
          <article key={p.id} class="moment" data-moment={p.id} data-kind={p.kind} data-outcome={p.outcome}>
            <h3>
              <span class="time">{clockText(p.shownMs - record.clock.startMs)}</span> {t(p.reasonKey, p.reasonSubs ?? [])}
            </h3>
            <p class="better">
              <strong>{t('summary_better')}:</strong> {p.headlineKey ? `${t(p.headlineKey)}: ` : ''}{t(p.suggestionKey, p.suggestionSubs ?? [])}
            </p>
            <ul class="utterances">
              {around.map((u) => (
                <UtteranceRow key={u.id} u={u} record={record} t={t} highlight={causes.has(u.id)} />
              ))}
            </ul>
            {canNote && (
              <NoteEditor
                id={p.id}
                label={t('summary_note_moment')}
                compact
                addLabel={t('summary_note_add')}
                value={noteOf(record, { kind: 'moment', promptId: p.id })}
                t={t}
                onSave={(text) => onNote({ kind: 'moment', promptId: p.id }, text)}
              />
            )}
          </article>
        );
      })}
    </section>
  );
}
