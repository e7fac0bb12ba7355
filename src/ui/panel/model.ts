// Everything the side panel renders, as one plain object the entry builds from bg->panel messages.
import type { CaptionHealth, PlatformId } from '../../captions/types';
import type { CoachView, LabelledUtterance, PromptAction } from '../../coach/types';
import type { ModelStatus } from '../../messaging/protocol';
import type { ComponentChildren } from 'preact';
import type { ChecklistItem } from '../../safety/types';
import type { SafetyView } from '../../safety/view';
import type { MessageLookup } from '../common/i18n';

/** Feed rows the panel holds and renders; older lines are counted (`feedEarlier`), never kept. */
export const FEED_MAX = 50;
/** Goals and tasks the panel holds and renders per list, newest; older ones are counted (`tally`). */
export const TALLY_MAX = 12;
/** Evidence lines the panel holds per goal, task or bond change, newest (the summary has them all). */
export const EVIDENCE_MAX = 6;

/** Whole-call counts behind the panel's bounded goals / tasks lists (what the strip shows). */
export interface TallyTotals {
  goals: { total: number; agreed: number };
  tasks: { total: number; agreed: number };
}

export interface PanelModel {
  health: CaptionHealth;
  /** null before a call page has said hello. */
  platform: PlatformId | null;
  classifier: ModelStatus;
  paused: boolean;
  coach: CoachView;
  /** Recent utterances, newest last, at most FEED_MAX (the panel keeps only the last FEED_MAX). */
  feed: LabelledUtterance[];
  /** Utterances of the call before `feed` (in the summary, not in the panel); absent = 0. */
  feedEarlier?: number;
  /**
   * Whole-call goal / task counts when `coach.goals` / `coach.tasks` hold only the newest TALLY_MAX
   * items each; absent = the lists are whole.
   */
  tally?: TallyTotals;
  /** Overrides the built-in "how to turn captions on" hint for the platform. */
  captionHint?: string;
  /** Set once the call has a summary to open. */
  summaryUrl?: string;
  /** Numbers the bond rule quotes (from the coach settings). */
  rules?: { lectureRunSec: number; talkShareWindowMin: number };
  /** The speaker detected as the clinician, until the clinician confirms it (stored only then). */
  selfCheck?: { name: string } | null;
  /** Speakers the clinician marked as interpreter or family (their role is "other"). */
  relations?: Record<string, SpeakerRelation>;
  /** Safety mode, while it is shown (src/safety/); null otherwise. */
  safety?: SafetyView | null;
}

export type SpeakerRelation = 'interpreter' | 'family';
/** What the live "who is who" control can mark a speaker as. */
export type SpeakerAs = 'me' | 'patient' | SpeakerRelation;

export interface PanelProps {
  model: PanelModel;
  /** chrome.i18n.getMessage in the extension; lookupFromMessages(json) in tests. */
  getMessage: MessageLookup;
  onPromptAction: (promptId: string, action: PromptAction) => void;
  onPause: (paused: boolean) => void;
  onOpenSummary?: () => void;
  /** The clinician says which speaker they are (see self-picker.tsx); also confirms a detected name. */
  onSelfName?: (name: string) => void;
  /** Live correction: this speaker is me / the patient / an interpreter / family; relabels the call. */
  onSpeakerRole?: (name: string, as: SpeakerAs) => void;
  /** Blank the panel to a neutral screen (screen sharing, someone looking over the shoulder). */
  blank?: boolean;
  onBlank?: (blank: boolean) => void;
  /** Rendered above the prompt area (e.g. the safety-mode component). */
  beforePrompt?: ComponentChildren;
  /** Safety mode: the clinician ticks a checklist item, or closes safety mode. */
  onSafetyItem?: (item: ChecklistItem, checked: boolean) => void;
  onSafetyClose?: () => void;
}
