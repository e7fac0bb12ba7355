/** @jsxImportSource preact */
// The side panel: everything comes in by props (PanelModel + callbacks); nothing here touches the
// browser. The entry renders <Panel> with chrome.i18n.getMessage as `getMessage`.
import { useMemo } from 'preact/hooks';
import { I18nContext, makeT } from '../common/i18n';
import { LiveFeed } from './live-feed';
import type { PanelProps } from './model';
import { PromptCard } from './prompt-card';
import { SafetyPanel } from './safety-panel';
import { SelfPicker } from './self-picker';
import { StatusLines } from './status-lines';
import { TallyView } from './tally-view';

export function Panel({ model, getMessage, onPromptAction, onPause, onOpenSummary, onSelfName, onSafetyItem, onSafetyClose }: PanelProps) {
  const t = useMemo(() => makeT(getMessage), [getMessage]);
  return (
    <I18nContext.Provider value={t}>
      <main class="ac-panel">
        <header class="ac-header">
          <h1>{t('panel_title')}</h1>
          <StatusLines health={model.health} platform={model.platform} classifier={model.classifier} captionHint={model.captionHint} />
        </header>
        <SelfPicker feed={model.feed} onPick={onSelfName} />
        <SafetyPanel safety={model.safety} onItem={onSafetyItem} onClose={onSafetyClose} />
        {/* In safety mode the prompt area stays (a live region must persist) but shows "paused". */}
        <PromptCard
          prompt={model.safety ? null : model.coach.prompt}
          paused={model.paused || !!model.safety}
          coachingEnabled={model.safety ? true : model.coach.coachingEnabled}
          onPromptAction={onPromptAction}
        />
        <div class="ac-controls">
          <button type="button" class="ac-pause" aria-pressed={model.paused} onClick={() => onPause(!model.paused)}>
            {model.paused ? t('panel_resume') : t('panel_pause')}
          </button>
          {model.summaryUrl && onOpenSummary ? (
            <button type="button" class="ac-summary" onClick={() => onOpenSummary()}>{t('panel_open_summary')}</button>
          ) : null}
        </div>
        <TallyView coach={model.coach} />
        <LiveFeed feed={model.feed} />
      </main>
    </I18nContext.Provider>
  );
}
