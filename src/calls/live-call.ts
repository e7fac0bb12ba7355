// The live state of one call in one tab, owned by the service worker and persisted after every change
// (the worker may be stopped at any moment). The utterances themselves live in the coach state
// (latest revision of each); this adds what the coach does not need. Pure functions only.
import type { CaptionHealth, PlatformId, Utterance } from '../captions/types';
import type { Classification } from '../classifier/labels';
import { CONTEXT_TURNS, patientContext, type PrevTurn } from '../classifier/context';
import type { CoachState, LabelledUtterance } from '../coach/types';
import type { SpeakerAs } from './self-roles';
import { isCoded, utteranceLanguage, vote, type LanguageVotes } from '../language/call-language';
import type { SafetyState } from '../safety/types';

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
  /** Live corrections from the panel: speaker -> me / patient / interpreter / family (self-roles.ts). */
  assigned?: Record<string, SpeakerAs>;
  /** The clinician's own names from the options (already confirmed; the panel does not ask again). */
  confirmedNames?: string[];
  /** Word-weighted votes of the on-device language detection (call-language.ts); absent = none yet. */
  langVotes?: LanguageVotes;
  /** Safety mode episodes of this call (src/safety/); absent = none yet. */
  safety?: SafetyState;
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

/** The patient's words just before `u`, as the classifier was trained to read them (context.ts). */
export function contextFor(call: LiveCall, u: Utterance): string {
  const prev: PrevTurn[] = [];
  const all = call.coach.utterances;
  // Walk back from the end: only the last CONTEXT_TURNS turns before `u` matter (no full-call scan).
  for (let j = all.length - 1; j >= 0 && prev.length < CONTEXT_TURNS; j--) {
    const x = all[j]!;
    if (x.id === u.id || x.startMs > u.startMs) continue;
    prev.unshift({ role: x.role, text: x.text });
  }
  return patientContext(prev);
}

/** The clinician's last utterance before `u` (within the last few turns), for the safety detector. */
export function clinicianBefore(call: LiveCall, u: Utterance): string | undefined {
  const all = call.coach.utterances;
  for (let j = all.length - 1, seen = 0; j >= 0 && seen < 4; j--) {
    const x = all[j]!;
    if (x.id === u.id || x.startMs > u.startMs) continue;
    seen++;
    if (x.role === 'clinician') return x.text;
  }
  return undefined;
}

/**
 * The utterance with its classification, once its language is known. An utterance in a language the
 * model was not trained on keeps no label at all (`uncoded`): the panel says it can't code that
 * language instead of showing confident English-model labels.
 */
export function labelled(u: Utterance, c: Classification | null, lang?: string): LabelledUtterance {
  if (!c) return { ...u };
  if (lang && !isCoded(lang)) return { ...u, lang, uncoded: 'language' };
  return { ...u, label: c.label, scores: c.scores, confidence: c.confidence, ...(c.unsure ? { unsure: true } : {}), ...(lang ? { lang } : {}) };
}

/** Adds one classification's language detection to the call's vote and says which language codes it. */
export function withLanguage(call: LiveCall, u: Utterance, c: Classification | null): { call: LiveCall; lang?: string } {
  if (!c || c.lang === undefined) return { call };
  const d = { code: c.lang, reliable: c.langReliable ?? false };
  const langVotes = vote(call.langVotes ?? {}, d, u.text.split(/\s+/).filter(Boolean).length);
  return { call: langVotes === call.langVotes ? call : { ...call, langVotes }, lang: utteranceLanguage(langVotes, d) };
}
