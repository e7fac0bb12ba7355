// Shapes of the coach: settings, persisted state, events in, view out.
// Everything here is plain JSON: the service worker persists CoachState in chrome.storage.session
// and may be stopped between any two events, so no Maps, Sets, classes or functions in state.
import type { Role, Utterance } from '../captions/types';
import type { Label, Scores } from '../classifier/labels';

/**
 * An utterance after classification (clinician utterances only). `scores` are calibrated;
 * `unsure`: below the model's confidence threshold, shown as unsure and counted as no evidence;
 * `uncoded: 'language'`: spoken in a language the model can't code (`lang`), so no label at all.
 */
export type LabelledUtterance = Utterance & {
  label?: Label; scores?: Scores; confidence?: number; unsure?: true; lang?: string; uncoded?: 'language';
};

export const PROMPT_KINDS = [
  'reflect-sympathy',
  'lecture-run',
  'no-goal',
  'no-task',
  'talk-share',
  'unreflected-emotion',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export interface CoachSettings {
  coachingEnabled: boolean;
  /** Which prompt rules may show a prompt (the tally counts regardless). */
  promptKinds: Record<PromptKind, boolean>;
  /** Nudge budget: at most one prompt per this many seconds. */
  nudgeIntervalSec: number;
  promptExpirySec: number;
  /** How long "snooze" silences that kind of prompt. */
  snoozeMin: number;
  lectureRunCount: number;
  lectureRunSec: number;
  noGoalAfterMin: number;
  noTaskAfterMin: number;
  talkShareWindowMin: number;
  talkShareMax: number;
  emotionReflectWindowSec: number;
  /** "Shortly after": how long a proposal waits for the patient's assent or a clinician's confirmation. */
  assentWindowSec: number;
}

export const DEFAULT_COACH_SETTINGS: CoachSettings = {
  coachingEnabled: true,
  promptKinds: {
    'reflect-sympathy': true,
    'lecture-run': true,
    'no-goal': true,
    'no-task': true,
    'talk-share': true,
    'unreflected-emotion': true,
  },
  nudgeIntervalSec: 60,
  promptExpirySec: 45,
  snoozeMin: 10,
  lectureRunCount: 3,
  lectureRunSec: 60,
  noGoalAfterMin: 5,
  noTaskAfterMin: 10,
  talkShareWindowMin: 3,
  talkShareMax: 0.65,
  emotionReflectWindowSec: 30,
  assentWindowSec: 30,
};

/** Merge a partial override (e.g. from user settings or policy) over the defaults. */
export function coachSettings(over: Partial<CoachSettings> = {}): CoachSettings {
  return {
    ...DEFAULT_COACH_SETTINGS,
    ...over,
    promptKinds: { ...DEFAULT_COACH_SETTINGS.promptKinds, ...(over.promptKinds ?? {}) },
  };
}

// ---- tally (ids only in state; the view resolves text) ----

export type TallyState = 'proposed' | 'agreed';
export type EvidenceWhy = 'proposed' | 'elicited' | 'patient-proposed' | 'assent' | 'confirmed';

export interface EvidenceRef {
  utteranceId: string;
  why: EvidenceWhy;
}

export interface TallyItem {
  /** `goal:<utteranceId>` / `task:<utteranceId>` of the utterance that created the item. */
  id: string;
  kind: 'goal' | 'task';
  text: string;
  state: TallyState;
  proposedBy: 'clinician' | 'patient';
  evidence: EvidenceRef[];
}

export type BondChangeKind = 'empathic-reflection' | 'sympathy' | 'lecture-run' | 'talk-dominance';

export interface BondChange {
  kind: BondChangeKind;
  /** Nominal delta (+1, 0, -1); `value` shows the effect after clamping. */
  delta: number;
  value: number;
  atMs: number;
  utteranceIds: string[];
}

export interface Tally {
  goals: TallyItem[];
  tasks: TallyItem[];
  bond: { value: number; changes: BondChange[] };
}

// ---- prompts ----

export type PromptAction = 'dismiss' | 'snooze' | 'helpful';
export type PromptOutcome = 'showing' | 'expired' | 'dismissed' | 'snoozed' | 'helpful' | 'paused';

export interface ShownPrompt {
  id: string;
  kind: PromptKind;
  /** Trigger identity (e.g. `reflect-sympathy:<utteranceId>`); one trigger never prompts twice. */
  key: string;
  reasonKey: string;
  reasonSubs: string[];
  suggestionKey: string;
  suggestionSubs: string[];
  /** Utterances that triggered the prompt. */
  causeIds: string[];
  /** Up to 3 utterances before and after it was shown: the post-call "coaching moment". */
  beforeIds: string[];
  afterIds: string[];
  shownMs: number;
  expiresMs: number;
  outcome: PromptOutcome;
  endedMs?: number;
}

export interface CoachState {
  v: 1;
  startMs: number;
  /** Latest time seen in any event; never goes backwards. */
  nowMs: number;
  seq: number;
  paused: boolean;
  /** settings.coachingEnabled as of the last event, so the view can say coaching is off. */
  coachingEnabled: boolean;
  /** Latest revision of every utterance, ordered by startMs. */
  utterances: LabelledUtterance[];
  tally: Tally;
  /** Every prompt shown, oldest first; the one with outcome 'showing' is current. */
  history: ShownPrompt[];
  lastShownMs: number | null;
  snoozedUntil: Partial<Record<PromptKind, number>>;
}

export type CoachEvent =
  | { type: 'utterance'; utterance: LabelledUtterance }
  | { type: 'tick'; nowMs: number }
  | { type: 'prompt-action'; promptId: string; action: PromptAction; nowMs: number }
  | { type: 'pause'; paused: boolean; nowMs: number };

// ---- view (what the panel renders) ----

export interface EvidenceView {
  utteranceId: string;
  /** Why this utterance is evidence; 'context' for talk around a coaching moment. */
  why: EvidenceWhy | BondChangeKind | 'context';
  role: Role;
  speaker: string;
  text: string;
}

export interface TallyItemView {
  id: string;
  kind: 'goal' | 'task';
  text: string;
  state: TallyState;
  proposedBy: 'clinician' | 'patient';
  evidence: EvidenceView[];
}

export interface BondChangeView {
  kind: BondChangeKind;
  delta: number;
  value: number;
  evidence: EvidenceView[];
}

export interface PromptView {
  id: string;
  kind: PromptKind;
  reasonKey: string;
  reasonSubs: string[];
  suggestionKey: string;
  suggestionSubs: string[];
  shownMs: number;
  expiresMs: number;
}

export interface CoachView {
  paused: boolean;
  coachingEnabled: boolean;
  prompt: PromptView | null;
  goals: TallyItemView[];
  tasks: TallyItemView[];
  /** `changes` holds the latest changes only (oldest first); `totalChanges` counts them all. */
  bond: { value: number; min: number; max: number; totalChanges: number; changes: BondChangeView[] };
  counts: { empathy: number; sympathy: number };
}
