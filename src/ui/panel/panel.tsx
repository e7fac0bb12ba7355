/** @jsxImportSource preact */
// The side panel: everything comes in by props (PanelModel + callbacks); nothing here touches the
// browser. The entry renders <Panel> with chrome.i18n.getMessage as `getMessage`.
import { useMemo } from 'preact/hooks';
import { I18nContext, makeT } from '../common/i18n';
import { LiveFeed } from './live-feed';
import type { PanelModel, PanelProps } from './model';
import { PromptCard } from './prompt-card';
import { SelfPicker } from './self-picker';
import { StatusLines } from './status-lines';
import { TallyView } from './tally-view';

export function Panel({ model, getMessage, onPromptAction, onPause, onOpenSummary, onSelfName }: PanelProps) {
  const t = useMemo(() => makeT(getMessage), [getMessage]);
  return (
    <I18nContext.Provider value={t}>
      <main class="ac-panel">
        <header class="ac-header">
          <h1>{t('panel_title')}</h1>
          <StatusLines health={model.health} platform={model.platform} classifier={model.classifier} captionHint={model.captionHint} uncodedLang={latestUncoded(model.feed)} />
        </header>
        <SelfPicker feed={model.feed} onPick={onSelfName} />
        <PromptCard prompt={model.coach.prompt} paused={model.paused} coachingEnabled={model.coach.coachingEnabled} onPromptAction={onPromptAction} />
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

/** The language of the clinician's latest line when the model can't code it (no label was given). */
function latestUncoded(feed: PanelModel['feed']): string | undefined {
  for (let i = feed.length - 1; i >= 0; i--) {
    const u = feed[i]!;
    if (u.role !== 'clinician') continue;
    return u.uncoded ? u.lang : undefined;
  }
  return undefined;
}
