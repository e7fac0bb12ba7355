// Everything the side panel renders, as one plain object the entry builds from bg->panel messages.
import type { CaptionHealth, PlatformId } from '../../captions/types';
import type { CoachView, LabelledUtterance, PromptAction } from '../../coach/types';
import type { ModelStatus } from '../../messaging/protocol';
import type { ChecklistItem } from '../../safety/types';
import type { SafetyView } from '../../safety/view';
import type { MessageLookup } from '../common/i18n';

export const FEED_MAX = 50;

export interface PanelModel {
  health: CaptionHealth;
  /** null before a call page has said hello. */
  platform: PlatformId | null;
  classifier: ModelStatus;
  paused: boolean;
  coach: CoachView;
  /** Recent utterances, newest last, at most FEED_MAX (the panel keeps only the last FEED_MAX). */
  feed: LabelledUtterance[];
  /** Overrides the built-in "how to turn captions on" hint for the platform. */
  captionHint?: string;
  /** Set once the call has a summary to open. */
  summaryUrl?: string;
  /** Safety mode, while it is shown (src/safety/); null otherwise. */
  safety?: SafetyView | null;
}

export interface PanelProps {
  model: PanelModel;
  /** chrome.i18n.getMessage in the extension; lookupFromMessages(json) in tests. */
  getMessage: MessageLookup;
  onPromptAction: (promptId: string, action: PromptAction) => void;
  onPause: (paused: boolean) => void;
  onOpenSummary?: () => void;
  /** The clinician says which speaker they are (see self-picker.tsx). */
  onSelfName?: (name: string) => void;
  /** Safety mode: the clinician ticks a checklist item, or closes safety mode. */
  onSafetyItem?: (item: ChecklistItem, checked: boolean) => void;
  onSafetyClose?: () => void;
}
