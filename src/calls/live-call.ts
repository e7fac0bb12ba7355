// The live state of one call in one tab, owned by the service worker and persisted after every change
// (the worker may be stopped at any moment). The utterances themselves live in the coach state
// (latest revision of each); this adds what the coach does not need. Pure functions only.
import type { CaptionHealth, PlatformId, Utterance } from '../captions/types';
import type { Classification } from '../classifier/labels';
import type { CoachState, LabelledUtterance } from '../coach/types';

export interface LiveCall {
  tabId: number;
  callId: string;
  /** Identifies the page load that produced the captions; a new key in the same tab is a new call. */
  callKey: string;
  platform: PlatformId;
  startedAt: number;
  /** When the worker last received a caption (service-worker clock), for the silence rule. */
  lastCaptionAt: number;
  health: CaptionHealth;
  coach: CoachState;
  /** Speaker names the clinician picked in the panel as "me" for this call (see self-roles.ts). */
  selfNames: string[];
}

export function newCallId(platform: PlatformId, tabId: number, startedAt: number): string {
  return `${platform}-${startedAt.toString(36)}-${tabId}`;
}

export type UtteranceChange = 'new' | 'revised' | 'duplicate';

/** Whether an incoming utterance is new, a correction of one we have, or a re-send we already hold. */
export function classifyChange(call: LiveCall, u: Utterance): UtteranceChange {
  const have = call.coach.utterances.find((x) => x.id === u.id);
  if (!have) return 'new';
  return u.revision > have.revision ? 'revised' : 'duplicate';
}

/** The patient's words just before `u` (nothing if the clinician spoke in between): classifier context. */
export function contextFor(call: LiveCall, u: Utterance): string {
  const before = call.coach.utterances.filter((x) => x.id !== u.id && x.startMs <= u.startMs);
  for (let j = before.length - 1; j >= 0; j--) {
    const prev = before[j]!;
    if (prev.role === 'patient') return prev.text;
    if (prev.role === 'clinician') return '';
  }
  return '';
}

export function labelled(u: Utterance, c: Classification | null): LabelledUtterance {
  return c ? { ...u, label: c.label, scores: c.scores } : { ...u };
}
