/** @jsxImportSource preact */
// The current prompt, in plain words: a short imperative headline and an optional example. The
// reason (which may use theory words) lives behind the panel's disclosure (PromptReason). When the
// clinician does what the prompt asked, a brief acknowledgement replaces it.
// The status region is always in the DOM (even empty) because screen readers only announce
// changes to live regions that existed before the change.
import type { CoachView, PromptAction, PromptView } from '../../coach/types';
import { useT } from '../common/i18n';

export interface PromptCardProps {
  prompt: PromptView | null;
  ack?: CoachView['ack'];
  paused: boolean;
  coachingEnabled: boolean;
  onPromptAction: (promptId: string, action: PromptAction) => void;
}

export function PromptCard({ prompt, ack, paused, coachingEnabled, onPromptAction }: PromptCardProps) {
  const t = useT();
  const quiet = !coachingEnabled ? t('panel_coaching_off') : paused ? t('panel_paused_note') : '';
  return (
    <section class="ac-prompt-region" role="status" aria-live="polite" aria-atomic="true" aria-label={t('panel_prompt_region')}>
      {prompt ? (
        <div class="ac-prompt" data-prompt-kind={prompt.kind}>
          <p class="ac-prompt-headline">{t(prompt.headlineKey)}</p>
          <p class="ac-prompt-suggestion">{t(prompt.suggestionKey, prompt.suggestionSubs)}</p>
          <div class="ac-prompt-actions">
            <button type="button" onClick={() => onPromptAction(prompt.id, 'helpful')}>{t('panel_prompt_helpful')}</button>
            <button type="button" onClick={() => onPromptAction(prompt.id, 'snooze')}>{t('panel_prompt_snooze')}</button>
            <button type="button" onClick={() => onPromptAction(prompt.id, 'dismiss')}>{t('panel_prompt_dismiss')}</button>
          </div>
        </div>
      ) : ack ? (
        <p class="ac-prompt-ack" data-prompt-resolved={ack.kind}>{t('panel_prompt_done', [t(ack.headlineKey)])}</p>
      ) : (
        <p class="ac-prompt-quiet">{quiet}</p>
      )}
    </section>
  );
}

/** Why the current prompt showed (inside the disclosure). */
export function PromptReason({ prompt }: { prompt: PromptView | null }) {
  const t = useT();
  if (!prompt) return null;
  return (
    <section class="ac-why-prompt" aria-labelledby="ac-why-h">
      <h2 id="ac-why-h">{t('panel_prompt_why')}</h2>
      <p class="ac-prompt-reason">{t(prompt.reasonKey, prompt.reasonSubs)}</p>
    </section>
  );
}
