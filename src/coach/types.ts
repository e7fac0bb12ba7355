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
  /** Sub-kind of `other` (CODEBOOK.md), once the model outputs it; until then affirmation.ts finds it from text. */
  subKind?: 'affirmation';
};

export const PROMPT_KINDS = [
  'reflect-sympathy',
  'lecture-run',
  'no-goal',
  'no-task',
  'talk-share',
  'unreflected-emotion',
  'evoke-change',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export interface CoachSettings {
  coachingEnabled: boolean;
  /** Which prompt rules may show a prompt (the tally counts regardless). */
  promptKinds: Record<PromptKind, boolean>;
  /** Nudge budget: at most one prompt per this many seconds. */
  nudgeIntervalSec: number;
  /** Backstop: a prompt nobody acted on leaves after this many seconds even in silence. */
  promptExpirySec: number;
  /** The moment has passed: a prompt expires once this many substantive utterances followed it. */
  promptExpiryTurns: number;
  /** How long "snooze" silences that kind of prompt. */
  snoozeMin: number;
  /** Unused since lectures are measured in seconds of talk (kept so stored settings stay valid). */
  lectureRunCount: number;
  /** Seconds of unrequested clinician information in one run that make a "lecture run". */
  lectureRunSec: number;
  noGoalAfterMin: number;
  noTaskAfterMin: number;
  talkShareWindowMin: number;
  talkShareMax: number;
  /** Unused since emotion prompts show as the patient finishes (kept so stored settings stay valid). */
  emotionReflectWindowSec: number;
  /** Bond is a score over this many recent minutes of the call. */
  bondWindowMin: number;
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
    'evoke-change': true,
  },
  nudgeIntervalSec: 60,
  promptExpirySec: 90,
  promptExpiryTurns: 3,
  snoozeMin: 10,
  lectureRunCount: 3,
  lectureRunSec: 30,
  noGoalAfterMin: 5,
  noTaskAfterMin: 10,
  talkShareWindowMin: 3,
  talkShareMax: 0.65,
  emotionReflectWindowSec: 30,
  bondWindowMin: 10,
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

export type BondChangeKind = 'empathic-reflection' | 'affirmation' | 'sympathy' | 'lecture-run' | 'talk-dominance';

export interface BondChange {
  kind: BondChangeKind;
  /** +1 (builds), 0 (shown, not counted), -1 (wears). */
  delta: number;
  /** The bond score (sum of deltas over the recent window) right after this change. */
  value: number;
  atMs: number;
  utteranceIds: string[];
}

export interface Tally {
  goals: TallyItem[];
  tasks: TallyItem[];
  /** `value`: sum of the deltas of the changes inside the last `bondWindowMin` minutes (no clamping). */
  bond: { value: number; changes: BondChange[] };
}

// ---- prompts ----

export type PromptAction = 'dismiss' | 'snooze' | 'helpful';
/**
 * 'resolved': the clinician did what it asked; 'expired': the moment passed (turns or backstop
 * timer); 'replaced': a newer, more relevant prompt took its place.
 */
export type PromptOutcome = 'showing' | 'expired' | 'dismissed' | 'snoozed' | 'helpful' | 'paused' | 'resolved' | 'replaced';

export interface ShownPrompt {
  id: string;
  kind: PromptKind;
  /** Trigger identity (e.g. `reflect-sympathy:<utteranceId>`); one trigger never prompts twice. */
  key: string;
  /** Short imperative (coach_head_*); absent on prompts stored before plain words. */
  headlineKey?: string;
  reasonKey: string;
  reasonSubs: string[];
  /** The example phrasing (coach_ex_*). */
  suggestionKey: string;
  suggestionSubs: string[];
  /** When the cue became due (for "newer replaces older"); absent on older records = shownMs. */
  dueMs?: number;
  /** The utterance that did what the prompt asked. */
  resolvedById?: string;
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
  headlineKey: string;
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
  /** A prompt the clinician just acted on, acknowledged briefly (ACK_MS) when no prompt shows. */
  ack: { kind: PromptKind; headlineKey: string } | null;
  goals: TallyItemView[];
  tasks: TallyItemView[];
  /** `changes` holds the latest changes only (oldest first); `totalChanges` counts them all. */
  /** `builds`/`wears`: changes of each sign in the window; `windowMin`: the window the score covers. */
  bond: { value: number; builds: number; wears: number; windowMin: number; totalChanges: number; changes: BondChangeView[] };
  counts: { empathy: number; sympathy: number; affirmations: number };
}
