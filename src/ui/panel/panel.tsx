/** @jsxImportSource preact */
// The side panel: everything comes in by props (PanelModel + callbacks); nothing here touches the
// browser. The entry renders <Panel> with chrome.i18n.getMessage as `getMessage`.
// Discreet by default: during a call only the current prompt and a compact goals / tasks / bond
// strip show. The live feed, confidences, the bond rule and the evidence sit behind one
// disclosure. "Hide panel" (or the keyboard command) blanks everything to a neutral screen at once.
import { useMemo } from 'preact/hooks';
import { I18nContext, makeT } from '../common/i18n';
import { LiveFeed } from './live-feed';
import type { PanelModel, PanelProps } from './model';
import { PromptCard, PromptReason } from './prompt-card';
import { SafetyPanel } from './safety-panel';
import { SelfPicker } from './self-picker';
import { SelfCheck, SpeakerRoles } from './speakers';
import { StatusLines } from './status-lines';
import { TallyStrip, TallyView } from './tally-view';

export function Panel({ model, getMessage, onPromptAction, onPause, onOpenSummary, onSelfName, onSpeakerRole, blank, onBlank, beforePrompt, onSafetyItem, onSafetyClose }: PanelProps) {
  const t = useMemo(() => makeT(getMessage), [getMessage]);
  const blankButton = onBlank ? (
    <button type="button" class="ac-blank-toggle" aria-pressed={blank === true} onClick={() => onBlank(!blank)}>
      {blank ? t('panel_unblank') : t('panel_blank')}
    </button>
  ) : null;
  if (blank) {
    // Neutral screen: no caption text, names, prompt or tally; only the way back.
    return (
      <I18nContext.Provider value={t}>
        <main class="ac-panel ac-blanked" data-blank="true">
          <p class="ac-note">{t('panel_blank_note')}</p>
          {blankButton}
        </main>
      </I18nContext.Provider>
    );
  }
  return (
    <I18nContext.Provider value={t}>
      <main class="ac-panel" data-blank="false">
        <header class="ac-header">
          <div class="ac-titlebar">
            <h1>{t('panel_title')}</h1>
            {blankButton}
          </div>
          <StatusLines health={model.health} platform={model.platform} classifier={model.classifier} captionHint={model.captionHint} uncodedLang={latestUncoded(model.feed)} />
        </header>
        <SelfPicker feed={model.feed} onPick={onSelfName} />
        {model.selfCheck ? <SelfCheck name={model.selfCheck.name} onConfirm={onSelfName} /> : null}
        <div class="ac-live">
          {beforePrompt}
          <SafetyPanel safety={model.safety} onItem={onSafetyItem} onClose={onSafetyClose} />
          {/* In safety mode the prompt area stays (a live region must persist) but shows "paused". */}
          <PromptCard
            prompt={model.safety ? null : model.coach.prompt}
            ack={model.safety ? null : model.coach.ack}
            paused={model.paused || !!model.safety}
            coachingEnabled={model.safety ? true : model.coach.coachingEnabled}
            onPromptAction={onPromptAction}
          />
        </div>
        <TallyStrip coach={model.coach} totals={model.tally} />
        <div class="ac-controls">
          <button type="button" class="ac-pause" aria-pressed={model.paused} onClick={() => onPause(!model.paused)}>
            {model.paused ? t('panel_resume') : t('panel_pause')}
          </button>
          {model.summaryUrl && onOpenSummary ? (
            <button type="button" class="ac-summary" onClick={() => onOpenSummary()}>{t('panel_open_summary')}</button>
          ) : null}
        </div>
        <details class="ac-more" id="ac-more">
          <summary>{t('panel_more')}</summary>
          <PromptReason prompt={model.coach.prompt} />
          <TallyView coach={model.coach} rules={model.rules} totals={model.tally} />
          <SpeakerRoles feed={model.feed} relations={model.relations} onSpeakerRole={onSpeakerRole} />
          <LiveFeed feed={model.feed} earlier={model.feedEarlier} />
        </details>
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
