/** @jsxImportSource preact */
// "Which speaker is you?" Teams, Zoom and Jitsi caption the local user under their display name,
// which the extension only knows if the clinician entered it in the options. Until one speaker is
// known to be the clinician, the panel asks, with one button per speaker heard so far.
import type { LabelledUtterance } from '../../coach/types';
import { useT } from '../common/i18n';

const MAX_CHOICES = 6;

export function speakersToPick(feed: readonly LabelledUtterance[]): string[] {
  if (feed.some((u) => u.role === 'clinician')) return [];
  const seen: string[] = [];
  for (const u of feed) if (u.speaker && !seen.includes(u.speaker)) seen.push(u.speaker);
  return seen.slice(0, MAX_CHOICES);
}

export function SelfPicker({ feed, onPick }: { feed: readonly LabelledUtterance[]; onPick?: (name: string) => void }) {
  const t = useT();
  const names = speakersToPick(feed);
  if (!onPick || names.length === 0) return null;
  return (
    <section class="ac-self" aria-labelledby="ac-self-h" data-self-picker="true">
      <h2 id="ac-self-h">{t('panel_self_question')}</h2>
      <p class="ac-hint">{t('panel_self_hint')}</p>
      <div class="ac-self-choices">
        {names.map((n) => (
          <button type="button" key={n} data-self-choice={n} onClick={() => onPick(n)}>
            {n}
          </button>
        ))}
      </div>
    </section>
  );
}
