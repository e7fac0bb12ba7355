/** @jsxImportSource preact */
// The current prompt. The status region is always in the DOM (even empty) because screen readers
// only announce changes to live regions that existed before the change.
import type { PromptAction, PromptView } from '../../coach/types';
import { useT } from '../common/i18n';

export interface PromptCardProps {
  prompt: PromptView | null;
  paused: boolean;
  coachingEnabled: boolean;
  onPromptAction: (promptId: string, action: PromptAction) => void;
}

export function PromptCard({ prompt, paused, coachingEnabled, onPromptAction }: PromptCardProps) {
  const t = useT();
  const quiet = !coachingEnabled ? t('panel_coaching_off') : paused ? t('panel_paused_note') : '';
  return (
    <section class="ac-prompt-region" role="status" aria-live="polite" aria-atomic="true" aria-label={t('panel_prompt_region')}>
      {prompt ? (
        <div class="ac-prompt" data-prompt-kind={prompt.kind}>
          <p class="ac-prompt-reason">{t(prompt.reasonKey, prompt.reasonSubs)}</p>
          <p class="ac-prompt-suggestion">{t(prompt.suggestionKey, prompt.suggestionSubs)}</p>
          <div class="ac-prompt-actions">
            <button type="button" onClick={() => onPromptAction(prompt.id, 'helpful')}>{t('panel_prompt_helpful')}</button>
            <button type="button" onClick={() => onPromptAction(prompt.id, 'snooze')}>{t('panel_prompt_snooze')}</button>
            <button type="button" onClick={() => onPromptAction(prompt.id, 'dismiss')}>{t('panel_prompt_dismiss')}</button>
          </div>
        </div>
      ) : (
        <p class="ac-prompt-quiet">{quiet}</p>
      )}
    </section>
  );
}
