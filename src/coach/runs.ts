// Shared sequence helpers for the tally, the prompt rules and the metrics, so all three agree on
// what a "lecture run" and a "talk-dominance window" are.
import type { Label } from '../classifier/labels';
import type { LabelledUtterance } from './types';
import { features, type Features } from './features';

/** Keep the highest revision of each id, ordered by startMs (ties: original arrival order). */
export function latestById(list: readonly LabelledUtterance[]): LabelledUtterance[] {
  const best = new Map<string, { u: LabelledUtterance; order: number }>();
  list.forEach((u, order) => {
    const prev = best.get(u.id);
    if (!prev) best.set(u.id, { u, order });
    else if (u.revision > prev.u.revision) best.set(u.id, { u, order: prev.order });
  });
  return [...best.values()].sort((a, b) => a.u.startMs - b.u.startMs || a.order - b.order).map((x) => x.u);
}

/**
 * Effective label: an override (a disputed label settled by the user) wins; only clinicians have
 * labels; an unsure label (below the calibrated threshold) or an uncoded language is no evidence.
 */
export function labelOf(u: LabelledUtterance, overrides?: Readonly<Record<string, Label>>): Label | undefined {
  if (u.role !== 'clinician') return undefined;
  const settled = overrides?.[u.id];
  if (settled) return settled;
  return u.unsure || u.uncoded ? undefined : u.label;
}

/** Patient backchannels ("mm-hmm", "okay", "right") up to this length do not break a lecture run. */
export const BACKCHANNEL_MAX_WORDS = 3;

/** Speaking rate used to turn words into seconds of talk when caption timing is shorter (150 wpm). */
export const WORDS_PER_SEC = 2.5;

/**
 * Seconds of talk in one utterance: its caption duration, or its words at a normal speaking rate
 * when that is longer (captions can arrive in bursts, which would undercount the time spoken).
 */
export function talkSeconds(u: LabelledUtterance, f: Features = features(u)): number {
  return Math.max(0, (u.endMs - u.startMs) / 1000, f.words / WORDS_PER_SEC);
}

/**
 * Why information was not unrequested: the patient asked for it ('asked'), or the clinician asked
 * permission first and the patient did not decline ('permission', elicit-provide-elicit).
 */
export type InfoRequest = 'asked' | 'permission' | null;

export interface LectureRun {
  ids: string[];
  count: number;
  /** Seconds of *unrequested* information in the run: results disclosure and requested runs count 0. */
  seconds: number;
  startMs: number;
  endMs: number;
  requested: InfoRequest;
  /** Lectures in the run that disclose results (never unrequested). */
  resultsIds: string[];
}

const PERMISSION = [
  /\b(is it|would it be|would that be) (ok|okay|alright|all right) (if|for me to|to)\b/i,
  /\b(can|could|may|might) i (share|tell|explain|give|go over|talk about|mention|offer)\b/i,
  /\bwould you (like|want|be interested|mind if i)\b.*\b(know|hear|share|information|explain|tell|some)/i,
  /\bdo you want (me to|to (hear|know))\b/i,
  /\b(le parece bien|está bien) (si|que) (le )?(comparto|explico|cuento|hable)/i,
  /\b(puedo|podría) (compartir|explicarle|contarle|darle)/i,
  /\b(quiere|le gustaría) (saber|que le (explique|cuente))/i,
];
/** Asking permission to share information (elicit-provide-elicit). */
export function isPermissionAsk(text: string): boolean {
  return PERMISSION.some((r) => r.test(text));
}

const RESULTS = [
  /\bresults?\b/i,
  /\bcame back\b/i,
  /\byour (a1c|hba1c|scan|x-?ray|mri|ct|ultrasound|labs?|blood (test|work)|tests?|numbers|levels?|readings?|biopsy|ecg|ekg)s? (show|shows|showed|was|were|is|are|look|looks|looked)\b/i,
  /\bresultados?\b/i,
  /\b(su|sus) (análisis|prueba|pruebas|radiografía|resonancia|niveles) (muestra|muestran|salió|salieron|está|están)\b/i,
];
/** Results disclosure ("Your A1C came back at 8.1"): information, but not unrequested. */
export function isResultsDisclosure(text: string): boolean {
  return RESULTS.some((r) => r.test(text));
}

/** The lecture-run fold between two utterances (immutable, so the live coach can keep one per utterance). */
export interface RunFold {
  /** The run being built, or null. */
  cur: OpenRun | null;
  /** The last labelled clinician utterance asked permission, not declined since. */
  permission: boolean;
  /** The last patient turn since then was a question. */
  asked: boolean;
}

export interface OpenRun {
  ids: readonly string[];
  resultsIds: readonly string[];
  /** Talk seconds of the run's non-results lectures, summed in order (0 is added to nothing). */
  talk: number;
  startMs: number;
  endMs: number;
  requested: InfoRequest;
}

export const RUN_START: RunFold = { cur: null, permission: false, asked: false };

/** Folds with no run open: four possible, shared (the live coach keeps a fold per utterance). */
const IDLE: readonly RunFold[] = [RUN_START, { cur: null, permission: true, asked: false }, { cur: null, permission: false, asked: true }, { cur: null, permission: true, asked: true }];
function idle(permission: boolean, asked: boolean): RunFold {
  return IDLE[(permission ? 1 : 0) + (asked ? 2 : 0)]!;
}

/** The run as reported; `seconds` is 0 for a requested run. */
export function closeRun(r: OpenRun): LectureRun {
  return { ids: [...r.ids], count: r.ids.length, seconds: r.requested ? 0 : r.talk, startMs: r.startMs, endMs: r.endMs, requested: r.requested, resultsIds: [...r.resultsIds] };
}

/**
 * One utterance of the lecture-run fold: the next fold and the run it ended, if any.
 * `f` is features(u) and `label` labelOf(u, overrides), passed in so the caller computes them once.
 */
export function runStep(s: RunFold, u: LabelledUtterance, f: Features, label: Label | undefined): { next: RunFold; ended: LectureRun | null } {
  // Ending a run also ends what permitted or asked for it: one permission covers the information
  // that follows it, not the rest of the call.
  const end = (): { ended: LectureRun | null; permission: boolean; asked: boolean } =>
    s.cur ? { ended: closeRun(s.cur), permission: false, asked: false } : { ended: null, permission: s.permission, asked: s.asked };
  if (u.role === 'clinician') {
    if (label === 'lecture') {
      const results = isResultsDisclosure(u.text);
      const cur: OpenRun = s.cur
        ? { ...s.cur, ids: [...s.cur.ids, u.id], resultsIds: results ? [...s.cur.resultsIds, u.id] : s.cur.resultsIds, talk: results ? s.cur.talk : s.cur.talk + talkSeconds(u, f), endMs: u.endMs }
        : { ids: [u.id], resultsIds: results ? [u.id] : [], talk: results ? 0 : 0 + talkSeconds(u, f), startMs: u.startMs, endMs: u.endMs, requested: s.asked ? 'asked' : s.permission ? 'permission' : null };
      return { next: { ...s, cur }, ended: null };
    }
    if (label === undefined) return { next: s, ended: null };
    return { next: idle(isPermissionAsk(u.text), false), ended: end().ended };
  }
  let next = s;
  let ended: LectureRun | null = null;
  if (f.words > BACKCHANNEL_MAX_WORDS || f.question) {
    const e = end();
    ended = e.ended;
    next = idle(e.permission, f.question);
  }
  if (f.assent === 'dissent' && next.permission) next = next.cur ? { ...next, permission: false } : idle(false, next.asked);
  return { next, ended };
}

/**
 * Lecture runs: maximal sequences of clinician `lecture` utterances. A clinician utterance with any
 * other confident label, or a patient utterance longer than a backchannel (or any patient
 * question), ends the run; unlabelled or unsure clinician utterances neither extend nor break it.
 * A run is requested when the last patient turn before it was a question, or when the last
 * labelled clinician utterance before it asked permission and the patient did not decline.
 */
export function lectureRuns(list: readonly LabelledUtterance[], overrides?: Readonly<Record<string, Label>>): LectureRun[] {
  const runs: LectureRun[] = [];
  let s = RUN_START;
  for (const u of list) {
    const step = runStep(s, u, features(u), labelOf(u, overrides));
    if (step.ended) runs.push(step.ended);
    s = step.next;
  }
  if (s.cur) runs.push(closeRun(s.cur));
  return runs;
}

/** A run long enough to count: at least `seconds` of unrequested information. */
export function isLongRun(run: LectureRun, seconds: number): boolean {
  return run.requested === null && run.seconds >= seconds;
}

/** Fewer words than this in a window is too little speech to judge who dominates. */
export const MIN_WINDOW_WORDS = 30;

export interface TalkShare {
  clinicianWords: number;
  totalWords: number;
  share: number | null;
  clinicianIds: string[];
}

/** Who spoke how much in `list`; `feats[i]`, when given, is features(list[i]). */
export function talkShare(list: readonly LabelledUtterance[], feats?: readonly Features[]): TalkShare {
  let clinicianWords = 0;
  let totalWords = 0;
  const clinicianIds: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const u = list[i]!;
    const n = (feats ? feats[i]! : features(u)).words;
    totalWords += n;
    if (u.role === 'clinician') {
      clinicianWords += n;
      clinicianIds.push(u.id);
    }
  }
  return { clinicianWords, totalWords, share: totalWords > 0 ? clinicianWords / totalWords : null, clinicianIds };
}

export function isDominated(t: TalkShare, max: number): boolean {
  return t.totalWords >= MIN_WINDOW_WORDS && t.share !== null && t.share > max;
}

/**
 * Fixed, non-overlapping windows of `windowMs` from the first utterance's start; an utterance belongs
 * to the window its start falls in. Only windows that have fully elapsed by `untilMs` are returned,
 * so a window never flips from dominated to not as the call goes on.
 */
export function talkWindows(list: readonly LabelledUtterance[], windowMs: number, untilMs: number): Array<TalkShare & { endMs: number }> {
  const first = list[0];
  if (!first || windowMs <= 0) return [];
  const out: Array<TalkShare & { endMs: number }> = [];
  for (let start = first.startMs; start + windowMs <= untilMs; start += windowMs) {
    const inside = list.filter((u) => u.startMs >= start && u.startMs < start + windowMs);
    out.push({ ...talkShare(inside), endMs: start + windowMs });
  }
  return out;
}
