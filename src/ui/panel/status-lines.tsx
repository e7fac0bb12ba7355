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
  /** Set while the clinician's latest line is in a language the model can't code (ISO 639-1). */
  uncodedLang?: string;
}

/** The language's own display name in the UI language ("French", "francés"); the code if unknown. */
function languageName(code: string, uiLang: string): string {
  try { return new Intl.DisplayNames([uiLang], { type: 'language' }).of(code) ?? code; } catch { return code; }
}

export function StatusLines({ health, platform, classifier, captionHint, uncodedLang }: StatusLinesProps) {
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
      {uncodedLang ? (
        <p class="ac-language" data-language-uncoded={uncodedLang}>
          {t('panel_language_uncoded', [languageName(uncodedLang, t('panel_ui_lang') || 'en')])}
        </p>
      ) : null}
    </div>
  );
}
