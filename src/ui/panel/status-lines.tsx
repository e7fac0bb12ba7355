/** @jsxImportSource preact */
// Caption health and classifier state: the panel never goes silent when capture or the model fails.
import type { CaptionHealth, PlatformId } from '../../captions/types';
import type { ModelStatus } from '../../messaging/protocol';
import { useT } from '../common/i18n';
import { HEALTH_KEYS, HINT_KEYS, MODEL_KEYS, PLATFORM_NAMES } from './keys';

export interface StatusLinesProps {
  health: CaptionHealth;
  platform: PlatformId | null;
  classifier: ModelStatus;
  captionHint?: string;
}

export function StatusLines({ health, platform, classifier, captionHint }: StatusLinesProps) {
  const t = useT();
  const name = platform ? PLATFORM_NAMES[platform] : t('panel_platform_unknown');
  const hint = health.state === 'captions-off' ? captionHint ?? (platform ? t(HINT_KEYS[platform]) : t('panel_hint_generic')) : null;
  return (
    <div class="ac-status">
      <p class="ac-health" data-health={health.state}>
        <span class="ac-dot" aria-hidden="true" />
        {t(HEALTH_KEYS[health.state], [name])}
        {hint ? <span class="ac-hint"> {hint}</span> : null}
      </p>
      <p class="ac-model" data-model-state={classifier.state}>
        {t(MODEL_KEYS[classifier.state])}
      </p>
    </div>
  );
}
