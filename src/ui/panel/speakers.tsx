/** @jsxImportSource preact */
// Who is who, live. A detected self name is confirmed with one unobtrusive line (and only then
// stored in the options); any speaker can be marked as me / patient / interpreter / family, which
// relabels the whole call.
import type { LabelledUtterance } from '../../coach/types';
import { useT } from '../common/i18n';
import type { SpeakerAs, SpeakerRelation } from './model';

const MAX_SPEAKERS = 8;

export function SelfCheck({ name, onConfirm }: { name: string; onConfirm?: (name: string) => void }) {
  const t = useT();
  if (!onConfirm) return null;
  return (
    <p class="ac-selfcheck" data-self-check={name}>
      {t('panel_self_detected', [name])}{' '}
      <button type="button" class="ac-link" onClick={() => onConfirm(name)}>{t('panel_self_confirm')}</button>
    </p>
  );
}

function currentAs(u: LabelledUtterance, relations: Record<string, SpeakerRelation>): SpeakerAs | '' {
  if (u.role === 'clinician') return 'me';
  if (u.role === 'patient') return 'patient';
  return relations[u.speaker] ?? '';
}

export function SpeakerRoles({ feed, relations = {}, onSpeakerRole }: {
  feed: readonly LabelledUtterance[];
  relations?: Record<string, SpeakerRelation>;
  onSpeakerRole?: (name: string, as: SpeakerAs) => void;
}) {
  const t = useT();
  if (!onSpeakerRole) return null;
  const latest = new Map<string, LabelledUtterance>();
  for (const u of feed) if (u.speaker) latest.set(u.speaker, u);
  const speakers = [...latest.values()].slice(0, MAX_SPEAKERS);
  if (speakers.length === 0) return null;
  const options: Array<[SpeakerAs, string]> = [
    ['me', t('panel_as_me')], ['patient', t('panel_as_patient')], ['interpreter', t('panel_as_interpreter')], ['family', t('panel_as_family')],
  ];
  return (
    <section class="ac-speakers" aria-labelledby="ac-speakers-h">
      <h2 id="ac-speakers-h">{t('panel_speakers')}</h2>
      <ul>
        {speakers.map((u) => (
          <li key={u.speaker}>
            <label>
              <span class="ac-speaker">{u.speaker}</span>
              <select
                data-speaker-role={u.speaker}
                value={currentAs(u, relations)}
                onChange={(e) => {
                  const v = (e.currentTarget as HTMLSelectElement).value as SpeakerAs | '';
                  if (v) onSpeakerRole(u.speaker, v);
                }}
              >
                <option value="" disabled>—</option>
                {options.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
