// The live state of one call in one tab, owned by the service worker and persisted after every change
// (the worker may be stopped at any moment). The utterances themselves live in the coach state
// (latest revision of each); this adds what the coach does not need. Pure functions only.
import type { CaptionHealth, PlatformId, Utterance } from '../captions/types';
import { LABELS, type Classification, type Label, type Scores } from '../classifier/labels';
import { CONTEXT_TURNS, patientContext, type PrevTurn } from '../classifier/context';
import { COLD } from '../coach/cold';
import type { CoachState, LabelledUtterance } from '../coach/types';
import type { SpeakerAs } from './self-roles';
import { isCoded, utteranceLanguage, vote, type LanguageVotes } from '../language/call-language';
import type { SafetyState } from '../safety/types';
import type { EarlierInTurn } from '../safety/state';

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
  // Dropped slots (cold.ts) are skipped: the caller reads the whole call back first when `u` may be one.
  const have = call.coach.utterances.find((x) => x !== COLD && x.id === u.id);
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

/** At most this many of the patient's earlier utterances, and characters, are read with the newest. */
const TURN_JOIN_UTTERANCES = 2;
const TURN_JOIN_CHARS = 400;

/**
 * The same patient's utterances just before `u` with no one else's between (the turn so far, which
 * the captions may have split at pauses), oldest first: the safety detector reads them with `u`.
 */
export function patientTurnBefore(call: LiveCall, u: Utterance): EarlierInTurn | undefined {
  const all = call.coach.utterances;
  const ids: string[] = [];
  const texts: string[] = [];
  let chars = 0;
  for (let j = all.length - 1; j >= 0 && ids.length < TURN_JOIN_UTTERANCES; j--) {
    const x = all[j]!;
    if (x === COLD) break;
    if (x.id === u.id || x.startMs > u.startMs) continue;
    if (x.role !== 'patient' || x.speaker !== u.speaker || chars + x.text.length > TURN_JOIN_CHARS) break;
    ids.unshift(x.id);
    texts.unshift(x.text);
    chars += x.text.length;
  }
  return ids.length ? { ids, text: texts.join(' ') } : undefined;
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
 *
 * Compact, because the worker holds every utterance of the call for its whole length: the object is
 * written out field by field (one hidden class per variant, every field in-object: a spread of a
 * message object plus added fields puts them in a separate property array), the scores object has
 * the labels' fixed order, and the short strings every utterance repeats (role, label, language,
 * the speaker's name) are the one copy the call already holds instead of a fresh copy from each
 * message. `recent`: the call's latest utterances, whose speaker strings are reused.
 */
export function labelled(u: Utterance, c: Classification | null, lang?: string, recent: readonly Utterance[] = []): LabelledUtterance {
  const speaker = sharedSpeaker(u.speaker, recent);
  const role = ROLES[u.role] ?? u.role;
  const base = (): LabelledUtterance => ({ id: u.id, speaker, role, text: u.text, startMs: u.startMs, endMs: u.endMs, revision: u.revision });
  if (!c) return base();
  const code = lang === undefined ? undefined : langCode(lang);
  if (code && !isCoded(code)) return { id: u.id, speaker, role, text: u.text, startMs: u.startMs, endMs: u.endMs, revision: u.revision, lang: code, uncoded: 'language' };
  const label = LABEL_OF.get(c.label) ?? c.label;
  const scores = fixedScores(c.scores);
  if (c.unsure) {
    return code
      ? { id: u.id, speaker, role, text: u.text, startMs: u.startMs, endMs: u.endMs, revision: u.revision, label, scores, confidence: c.confidence, unsure: true, lang: code }
      : { id: u.id, speaker, role, text: u.text, startMs: u.startMs, endMs: u.endMs, revision: u.revision, label, scores, confidence: c.confidence, unsure: true };
  }
  return code
    ? { id: u.id, speaker, role, text: u.text, startMs: u.startMs, endMs: u.endMs, revision: u.revision, label, scores, confidence: c.confidence, lang: code }
    : { id: u.id, speaker, role, text: u.text, startMs: u.startMs, endMs: u.endMs, revision: u.revision, label, scores, confidence: c.confidence };
}

const ROLES: Readonly<Record<string, Utterance['role']>> = { clinician: 'clinician', patient: 'patient', other: 'other' };
const LABEL_OF: ReadonlyMap<string, Label> = new Map(LABELS.map((l) => [l, l]));
/** Language codes seen (ISO 639 codes: a few dozen at most), one string each. */
const LANGS = new Map<string, string>();

function langCode(lang: string): string {
  const have = LANGS.get(lang);
  if (have !== undefined) return have;
  if (LANGS.size < 256 && /^[a-z]{0,3}(-[A-Za-z0-9]{1,8})?$/.test(lang)) LANGS.set(lang, lang);
  return lang;
}

/** The speaker's name as the call already holds it (the same few names repeat all call long). */
function sharedSpeaker(name: string, recent: readonly Utterance[]): string {
  for (let j = recent.length - 1, seen = 0; j >= 0 && seen < 16; j--, seen++) if (recent[j]!.speaker === name) return recent[j]!.speaker;
  return name;
}

/** Scores in the labels' order, so every scores object of the call shares one hidden class. */
function fixedScores(s: Scores): Scores {
  return {
    empathic_reflection: s.empathic_reflection, sympathy: s.sympathy, lecture: s.lecture, goal_setting: s.goal_setting,
    task_agreement: s.task_agreement, question: s.question, other: s.other,
  };
}

/** Adds one classification's language detection to the call's vote and says which language codes it. */
export function withLanguage(call: LiveCall, u: Utterance, c: Classification | null): { call: LiveCall; lang?: string } {
  if (!c || c.lang === undefined) return { call };
  const d = { code: c.lang, reliable: c.langReliable ?? false };
  const langVotes = vote(call.langVotes ?? {}, d, u.text.split(/\s+/).filter(Boolean).length);
  return { call: langVotes === call.langVotes ? call : { ...call, langVotes }, lang: utteranceLanguage(langVotes, d) };
}
