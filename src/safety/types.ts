// Shapes of safety mode. Plain JSON only: the safety state lives in the persisted call state
// (chrome.storage.session), which the service worker may reload between any two events.

export const RISK_CATEGORIES = ['suicidal', 'self-harm', 'harm-others', 'abuse'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** The structured checklist shown in safety mode, in order. */
export const CHECKLIST_ITEMS = ['thoughts', 'plan', 'means', 'timeline', 'protective'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/**
 * What the detector found. `rule` names the rule (never the words) so a hit can be explained in
 * tests and the eval without copying caption text anywhere. `via: 'context'` = the patient
 * answered a clinician's direct risk question in the affirmative.
 */
export interface RiskHit {
  category: RiskCategory;
  via: 'statement' | 'context';
  rule: string;
}

/** One time safety mode was shown in a call. Holds no caption text: `triggerId` points at the utterance. */
export interface SafetyEpisode {
  id: string;
  category: RiskCategory;
  via: RiskHit['via'];
  /** Utterance that triggered it. */
  triggerId: string;
  /**
   * The patient's utterances just before it, in the same turn, that the detector read together with
   * it (a disclosure the captions split in two): absent when it fired on the trigger alone.
   */
  joinedIds?: string[];
  /** Coach clock (same time base as utterance startMs/endMs). */
  startedMs: number;
  ticked: ChecklistItem[];
  /** Set when the clinician closed safety mode. */
  closedMs?: number;
}

export interface SafetyState {
  episodes: SafetyEpisode[];
}

export const EMPTY_SAFETY: SafetyState = { episodes: [] };
