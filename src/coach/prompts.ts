// Prompt rules and the prompt life cycle. Rules look at the utterances and the tally and propose
// candidates; delivery shows one at a time, respecting the nudge budget, snoozes, pause, disabled
// kinds and freshness. Texts are i18n keys: a short headline (plain.ts), an example, and a reason
// (theory words allowed; the panel keeps it behind its disclosure).
//
// Life cycle of a prompt (docs: README "What the clinician sees"):
//   shown     -> the best candidate, when nothing shows and the nudge budget allows;
//   resolved  -> the clinician did what it asked (resolves() below), acknowledged briefly;
//   expired   -> the moment passed: `promptExpiryTurns` substantive utterances followed it, or the
//                `promptExpirySec` backstop (silence) ran out;
//   replaced  -> a newer, more relevant candidate (byRelevance: moment prompts first, the newest
//                moment winning; then priority) takes its place at once (the nudge budget does not
//                apply to a replacement);
//   dismissed / snoozed / helpful / paused -> the clinician's own actions.
// Only confident labels trigger or resolve a prompt (runs.ts labelOf); an unsure utterance still
// counts as talk and as a turn that moves the moment on.
import { features, type Features } from './features';
import { EXAMPLE_KEYS, HEADLINE_KEYS, reflectExample } from './plain';
import type { Label } from '../classifier/labels';
import { BACKCHANNEL_MAX_WORDS, isLongRun, labelOf, lectureRuns, talkShare, type LectureRun, type TalkShare } from './runs';
import type { CoachSettings, LabelledUtterance, PromptKind, ShownPrompt, Tally } from './types';

export interface Candidate {
  kind: PromptKind;
  key: string;
  /** When the cue became due; the candidate is stale `promptExpirySec` after this. */
  dueMs: number;
  causeIds: string[];
  headlineKey: string;
  reasonKey: string;
  reasonSubs: string[];
  suggestionKey: string;
  suggestionSubs: string[];
}

/**
 * Priority, most relevant first. The three "moment" prompts answer something just said (the
 * clinician's sympathy, the patient's feeling, the patient's change talk) and lose their value
 * within seconds, so they come first and, among them, the newest moment wins (ties in this order:
 * what the clinician just did is the most actionable). Then the run of information, then the
 * slower, call-level checks.
 */
export const PROMPT_PRIORITY: readonly PromptKind[] = [
  'reflect-sympathy', 'unreflected-emotion', 'evoke-change', 'lecture-run', 'talk-share', 'no-task', 'no-goal',
];
export const rank = (k: PromptKind): number => PROMPT_PRIORITY.indexOf(k);
const MOMENT_KINDS: ReadonlySet<PromptKind> = new Set(['reflect-sympathy', 'unreflected-emotion', 'evoke-change']);
export const isMoment = (k: PromptKind): boolean => MOMENT_KINDS.has(k);

/** Sort order of candidates: moments first, newest first among them; then by priority, newest first. */
export function byRelevance(a: { kind: PromptKind; dueMs: number }, b: { kind: PromptKind; dueMs: number }): number {
  const ma = isMoment(a.kind);
  const mb = isMoment(b.kind);
  if (ma !== mb) return ma ? -1 : 1;
  if (ma) return b.dueMs - a.dueMs || rank(a.kind) - rank(b.kind);
  return rank(a.kind) - rank(b.kind) || b.dueMs - a.dueMs;
}

/** A substantive utterance moves the conversation on (backchannels like "mm-hmm" do not). */
export function isTurn(u: LabelledUtterance, f: Features = features(u)): boolean {
  return f.words > BACKCHANNEL_MAX_WORDS;
}

function lastPatientBefore(list: readonly LabelledUtterance[], ms: number): LabelledUtterance | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    if (u.role === 'patient' && u.startMs <= ms && features(u).words >= 3) return u;
  }
  return undefined;
}

export function reflectFor(p: LabelledUtterance | undefined, f: Features | undefined = p && features(p)): { suggestionKey: string; suggestionSubs: string[] } {
  const c = f ? f.cues : null;
  const ex = reflectExample(c?.emotion ?? null, c?.topic ?? null);
  return { suggestionKey: ex.key, suggestionSubs: ex.subs };
}

export function sympathyRule(list: readonly LabelledUtterance[]): Candidate[] {
  // Only the latest labelled clinician utterance: any later one (a reflection, a question) moved on.
  const last = [...list].reverse().find((u) => labelOf(u) !== undefined);
  if (!last || labelOf(last) !== 'sympathy') return [];
  return [sympathyCandidate(last, lastPatientBefore(list, last.startMs))];
}

/** `last` said sympathy; `p` is the patient's words it answered (`f` their features). */
export function sympathyCandidate(last: LabelledUtterance, p: LabelledUtterance | undefined, f?: Features): Candidate {
  return {
    kind: 'reflect-sympathy', key: `reflect-sympathy:${last.id}`, dueMs: last.endMs,
    causeIds: p ? [p.id, last.id] : [last.id], headlineKey: HEADLINE_KEYS['reflect-sympathy'],
    reasonKey: 'coach_reason_sympathy', reasonSubs: [], ...reflectFor(p, f ?? (p && features(p))),
  };
}

export function lectureRule(list: readonly LabelledUtterance[], s: CoachSettings): Candidate[] {
  // The run must still be going: nothing after it that would have ended it.
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    const label = labelOf(u);
    if (u.role === 'clinician' ? label === undefined : features(u).words <= BACKCHANNEL_MAX_WORDS && !features(u).question) continue;
    if (label !== 'lecture') return [];
    break;
  }
  return lectureCandidate(lectureRuns(list).at(-1), s);
}

/** The call's last run (still going), if long enough to prompt. */
export function lectureCandidate(run: LectureRun | null | undefined, s: CoachSettings): Candidate[] {
  if (!run || !isLongRun(run, s.lectureRunSec)) return [];
  return [{
    kind: 'lecture-run', key: `lecture-run:${run.ids[0]}`, dueMs: run.endMs, causeIds: run.ids, headlineKey: HEADLINE_KEYS['lecture-run'],
    reasonKey: 'coach_reason_lecture_run', reasonSubs: [String(Math.round(run.seconds))],
    suggestionKey: EXAMPLE_KEYS['lecture-run'], suggestionSubs: [],
  }];
}

export function goalTaskRules(list: readonly LabelledUtterance[], tally: Tally, nowMs: number, s: CoachSettings): Candidate[] {
  // Minutes count from the first captioned utterance: captions may start late in the call.
  const first = list[0];
  if (!first) return [];
  const minutes = (nowMs - first.startMs) / 60_000;
  const out: Candidate[] = [];
  if (tally.goals.length === 0 && minutes >= s.noGoalAfterMin) {
    out.push({ kind: 'no-goal', key: 'no-goal', dueMs: nowMs, causeIds: [], headlineKey: HEADLINE_KEYS['no-goal'], reasonKey: 'coach_reason_no_goal', reasonSubs: [String(Math.floor(minutes))], suggestionKey: EXAMPLE_KEYS['no-goal'], suggestionSubs: [] });
  }
  if (tally.goals.length > 0 && tally.tasks.length === 0 && minutes >= s.noTaskAfterMin) {
    out.push({ kind: 'no-task', key: 'no-task', dueMs: nowMs, causeIds: tally.goals.map((g) => g.evidence[0]!.utteranceId), headlineKey: HEADLINE_KEYS['no-task'], reasonKey: 'coach_reason_no_task', reasonSubs: [String(Math.floor(minutes))], suggestionKey: EXAMPLE_KEYS['no-task'], suggestionSubs: [] });
  }
  return out;
}

export function talkShareRule(list: readonly LabelledUtterance[], history: readonly ShownPrompt[], nowMs: number, s: CoachSettings): Candidate[] {
  const windowMs = s.talkShareWindowMin * 60_000;
  const first = list[0];
  if (!first || nowMs - first.startMs < windowMs) return [];
  // One talk-share nudge per window: the clinician needs time to change course.
  if (history.some((h) => h.kind === 'talk-share' && h.shownMs > nowMs - windowMs)) return [];
  return talkShareCandidate(talkShare(list.filter((u) => u.endMs > nowMs - windowMs)), nowMs, s);
}

/** `t`: the talk of the last `talkShareWindowMin` minutes. */
export function talkShareCandidate(t: TalkShare, nowMs: number, s: CoachSettings): Candidate[] {
  if (t.totalWords < 30 || t.share === null || t.share <= s.talkShareMax) return [];
  return [{
    kind: 'talk-share', key: `talk-share:${nowMs}`, dueMs: nowMs, causeIds: t.clinicianIds.slice(-3), headlineKey: HEADLINE_KEYS['talk-share'],
    reasonKey: 'coach_reason_talk_share', reasonSubs: [String(Math.round(t.share * 100)), String(s.talkShareWindowMin)],
    suggestionKey: EXAMPLE_KEYS['talk-share'], suggestionSubs: [],
  }];
}

/**
 * The patient's latest substantive utterance, if the moment is still open: fewer than
 * `promptExpiryTurns` substantive utterances after it, and within the backstop time.
 */
function openPatientMoment(list: readonly LabelledUtterance[], nowMs: number, s: CoachSettings): LabelledUtterance | null {
  let after = 0;
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    if (u.role === 'patient' && features(u).words >= 3) {
      return after < s.promptExpiryTurns && nowMs - u.endMs <= s.promptExpirySec * 1000 ? u : null;
    }
    if (isTurn(u)) after++;
  }
  return null;
}

/**
 * Anticipatory prompts: as the patient's caption ends, before the clinician replies. A feeling
 * asks for a reflection; change talk ("I really want to be able to…") asks for the reason behind
 * it. Not when the clinician already did so, and never twice for one moment.
 */
export function patientCueRules(list: readonly LabelledUtterance[], history: readonly ShownPrompt[], nowMs: number, s: CoachSettings): Candidate[] {
  const p = openPatientMoment(list, nowMs, s);
  if (!p || history.some((h) => h.causeIds.includes(p.id))) return [];
  const after = list.filter((u) => u.startMs >= p.endMs && u.role === 'clinician').map((u) => labelOf(u));
  return patientCueCandidates(p, features(p), after);
}

/** The open moment `p` (`f` its features); `after`: the labels of the clinician's replies since. */
export function patientCueCandidates(p: LabelledUtterance, f: Features, after: readonly (Label | undefined)[]): Candidate[] {
  const { emotion, changeTalk } = f.cues;
  const out: Candidate[] = [];
  if (emotion && !after.includes('empathic_reflection')) {
    out.push({
      kind: 'unreflected-emotion', key: `unreflected-emotion:${p.id}`, dueMs: p.endMs, causeIds: [p.id], headlineKey: HEADLINE_KEYS['unreflected-emotion'],
      reasonKey: 'coach_reason_emotion', reasonSubs: [emotion.cue], ...reflectFor(p, f),
    });
  }
  if (changeTalk && !after.some((l) => l === 'goal_setting' || l === 'empathic_reflection')) {
    out.push({
      kind: 'evoke-change', key: `evoke-change:${p.id}`, dueMs: p.endMs, causeIds: [p.id], headlineKey: HEADLINE_KEYS['evoke-change'],
      reasonKey: 'coach_reason_change', reasonSubs: [changeTalk.cue], suggestionKey: EXAMPLE_KEYS['evoke-change'], suggestionSubs: [],
    });
  }
  return out;
}

export function candidates(list: readonly LabelledUtterance[], tally: Tally, history: readonly ShownPrompt[], nowMs: number, s: CoachSettings): Candidate[] {
  return [
    ...patientCueRules(list, history, nowMs, s),
    ...sympathyRule(list),
    ...lectureRule(list, s),
    ...talkShareRule(list, history, nowMs, s),
    ...goalTaskRules(list, tally, nowMs, s),
  ];
}

/** Did `u` (said after the prompt showed) do what the prompt asked? */
export function resolves(kind: PromptKind, u: LabelledUtterance, f: Features = features(u)): boolean {
  const label = labelOf(u);
  switch (kind) {
    case 'reflect-sympathy':
    case 'unreflected-emotion':
      return label === 'empathic_reflection';
    case 'evoke-change':
      return label === 'goal_setting' || label === 'empathic_reflection' || (label === 'question' && f.openElicitation);
    case 'lecture-run':
      // Asking their view (any question), reflecting, or turning to goals and tasks ends the lecture.
      return label === 'question' || label === 'empathic_reflection' || label === 'goal_setting' || label === 'task_agreement';
    case 'no-goal':
      return label === 'goal_setting';
    case 'no-task':
      return label === 'task_agreement';
    case 'talk-share':
      return u.role === 'patient' && f.words >= 12;
  }
}

export interface Delivery {
  paused: boolean;
  history: readonly ShownPrompt[];
  /** Whether a prompt with this key was ever shown (default: a search of `history`). */
  prompted?: (key: string) => boolean;
  lastShownMs: number | null;
  snoozedUntil: Partial<Record<PromptKind, number>>;
}

export interface Choice {
  candidate: Candidate;
  /** The showing prompt it replaces, if any. */
  replaces: ShownPrompt | null;
}

/** Newer and more relevant: comes before the showing prompt in `byRelevance` (and is another cue). */
export function outranks(c: Candidate, showing: ShownPrompt): boolean {
  return c.key !== showing.key && byRelevance(c, { kind: showing.kind, dueMs: showing.dueMs ?? showing.shownMs }) < 0;
}

/**
 * The candidate to show now, or null. Nothing is shown while paused or with coaching off. While a
 * prompt shows, only a candidate that outranks it may replace it. Otherwise the nudge budget
 * (`nudgeIntervalSec` since the last prompt shown) applies. Disabled and snoozed kinds, stale cues
 * and cues already prompted are skipped.
 */
export function choose(cands: readonly Candidate[], d: Delivery, nowMs: number, s: CoachSettings): Choice | null {
  if (!s.coachingEnabled || d.paused) return null;
  const prompted = d.prompted ?? ((key: string) => d.history.some((h) => h.key === key));
  const ok = cands.filter((c) =>
    s.promptKinds[c.kind] &&
    !((d.snoozedUntil[c.kind] ?? -Infinity) > nowMs) &&
    nowMs - c.dueMs <= s.promptExpirySec * 1000 &&
    !prompted(c.key));
  ok.sort(byRelevance);
  const best = ok[0];
  if (!best) return null;
  const showing = showingOf(d.history);
  if (showing) return outranks(best, showing) ? { candidate: best, replaces: showing } : null;
  if (d.lastShownMs !== null && nowMs - d.lastShownMs < s.nudgeIntervalSec * 1000) return null;
  return { candidate: best, replaces: null };
}

/**
 * The prompt showing now, if any. At most one shows, and it is the latest: a prompt is only added
 * when none shows or when it replaces the one showing, so looking at the last entry is enough.
 */
export function showingOf(history: readonly ShownPrompt[]): ShownPrompt | undefined {
  const last = history.at(-1);
  return last?.outcome === 'showing' ? last : undefined;
}
