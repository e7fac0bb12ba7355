// Prompt rules and the discreet delivery around them. Rules look at the utterances and the tally
// and propose candidates; delivery shows at most one, respecting the nudge budget, snoozes, pause,
// disabled kinds and freshness (a cue older than the expiry is no longer worth a nudge).
// Reasons and suggestions are i18n keys (coach_*) with substitutions, rendered by the panel.
import { features } from './features';
import { reflectWords } from './text';
import { BACKCHANNEL_MAX_WORDS, isLongRun, labelOf, lectureRuns, talkShare } from './runs';
import type { CoachSettings, LabelledUtterance, PromptKind, ShownPrompt, Tally } from './types';

export interface Candidate {
  kind: PromptKind;
  key: string;
  /** When the cue became due; the candidate is stale `promptExpirySec` after this. */
  dueMs: number;
  causeIds: string[];
  reasonKey: string;
  reasonSubs: string[];
  suggestionKey: string;
  suggestionSubs: string[];
}

/** Interpersonal moments first: they lose their value fastest. */
export const PROMPT_PRIORITY: readonly PromptKind[] = ['unreflected-emotion', 'reflect-sympathy', 'lecture-run', 'talk-share', 'no-task', 'no-goal'];

const GENERIC_REFLECT = 'coach_suggest_reflect_generic';

/** "It sounds like <their words>…" from a patient utterance, focused on its emotion cue if any. */
function reflection(p: LabelledUtterance | undefined): { suggestionKey: string; suggestionSubs: string[] } {
  if (!p) return { suggestionKey: GENERIC_REFLECT, suggestionSubs: [] };
  const words = reflectWords(p.text, features(p).emotion?.index);
  return words ? { suggestionKey: 'coach_suggest_reflect', suggestionSubs: [words] } : { suggestionKey: GENERIC_REFLECT, suggestionSubs: [] };
}

function lastPatientBefore(list: readonly LabelledUtterance[], ms: number): LabelledUtterance | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    if (u.role === 'patient' && u.startMs <= ms && features(u).words >= 3) return u;
  }
  return undefined;
}

export function sympathyRule(list: readonly LabelledUtterance[]): Candidate[] {
  // Only the latest labelled clinician utterance: any later one (a reflection, a question) moved on.
  const last = [...list].reverse().find((u) => labelOf(u) !== undefined);
  if (!last || labelOf(last) !== 'sympathy') return [];
  const p = lastPatientBefore(list, last.startMs);
  return [{
    kind: 'reflect-sympathy', key: `reflect-sympathy:${last.id}`, dueMs: last.endMs,
    causeIds: p ? [p.id, last.id] : [last.id],
    reasonKey: 'coach_reason_sympathy', reasonSubs: [], ...reflection(p),
  }];
}

export function lectureRule(list: readonly LabelledUtterance[], s: CoachSettings): Candidate[] {
  // The run must still be going: nothing after it that would have ended it.
  for (let i = list.length - 1; i >= 0; i--) {
    const u = list[i]!;
    const label = labelOf(u);
    if (u.role === 'clinician' ? label === undefined : features(u).words <= BACKCHANNEL_MAX_WORDS) continue;
    if (label !== 'lecture') return [];
    break;
  }
  const run = lectureRuns(list).at(-1);
  if (!run || !isLongRun(run, s.lectureRunCount, s.lectureRunSec)) return [];
  return [{
    kind: 'lecture-run', key: `lecture-run:${run.ids[0]}`, dueMs: run.endMs, causeIds: run.ids,
    reasonKey: 'coach_reason_lecture_run', reasonSubs: [String(run.count), String(Math.round(run.seconds))],
    suggestionKey: 'coach_suggest_lecture_run', suggestionSubs: [],
  }];
}

export function goalTaskRules(list: readonly LabelledUtterance[], tally: Tally, nowMs: number, s: CoachSettings): Candidate[] {
  // Minutes count from the first captioned utterance: captions may start late in the call.
  const first = list[0];
  if (!first) return [];
  const minutes = (nowMs - first.startMs) / 60_000;
  const out: Candidate[] = [];
  if (tally.goals.length === 0 && minutes >= s.noGoalAfterMin) {
    out.push({ kind: 'no-goal', key: 'no-goal', dueMs: nowMs, causeIds: [], reasonKey: 'coach_reason_no_goal', reasonSubs: [String(Math.floor(minutes))], suggestionKey: 'coach_suggest_no_goal', suggestionSubs: [] });
  }
  if (tally.goals.length > 0 && tally.tasks.length === 0 && minutes >= s.noTaskAfterMin) {
    out.push({ kind: 'no-task', key: 'no-task', dueMs: nowMs, causeIds: tally.goals.map((g) => g.evidence[0]!.utteranceId), reasonKey: 'coach_reason_no_task', reasonSubs: [String(Math.floor(minutes))], suggestionKey: 'coach_suggest_no_task', suggestionSubs: [] });
  }
  return out;
}

export function talkShareRule(list: readonly LabelledUtterance[], history: readonly ShownPrompt[], nowMs: number, s: CoachSettings): Candidate[] {
  const windowMs = s.talkShareWindowMin * 60_000;
  const first = list[0];
  if (!first || nowMs - first.startMs < windowMs) return [];
  // One talk-share nudge per window: the clinician needs time to change course.
  if (history.some((h) => h.kind === 'talk-share' && h.shownMs > nowMs - windowMs)) return [];
  const t = talkShare(list.filter((u) => u.endMs > nowMs - windowMs));
  if (t.totalWords < 30 || t.share === null || t.share <= s.talkShareMax) return [];
  return [{
    kind: 'talk-share', key: `talk-share:${nowMs}`, dueMs: nowMs, causeIds: t.clinicianIds.slice(-3),
    reasonKey: 'coach_reason_talk_share', reasonSubs: [String(Math.round(t.share * 100)), String(s.talkShareWindowMin)],
    suggestionKey: 'coach_suggest_talk_share', suggestionSubs: [],
  }];
}

export function emotionRule(list: readonly LabelledUtterance[], history: readonly ShownPrompt[], nowMs: number, s: CoachSettings): Candidate[] {
  const windowMs = s.emotionReflectWindowSec * 1000;
  const out: Candidate[] = [];
  for (const p of list) {
    if (p.role !== 'patient') continue;
    const dueMs = p.endMs + windowMs;
    if (nowMs < dueMs || nowMs - dueMs > s.promptExpirySec * 1000) continue;
    const cue = features(p).emotion;
    if (!cue) continue;
    const reflected = list.some((u) => u.startMs >= p.startMs && labelOf(u) === 'empathic_reflection');
    // Already nudged about this moment (e.g. by the sympathy rule): one nudge per moment.
    if (reflected || history.some((h) => h.causeIds.includes(p.id))) continue;
    out.push({ kind: 'unreflected-emotion', key: `unreflected-emotion:${p.id}`, dueMs, causeIds: [p.id], reasonKey: 'coach_reason_emotion', reasonSubs: [cue.cue], ...reflection(p) });
  }
  return out;
}

export function candidates(list: readonly LabelledUtterance[], tally: Tally, history: readonly ShownPrompt[], nowMs: number, s: CoachSettings): Candidate[] {
  return [
    ...emotionRule(list, history, nowMs, s),
    ...sympathyRule(list),
    ...lectureRule(list, s),
    ...talkShareRule(list, history, nowMs, s),
    ...goalTaskRules(list, tally, nowMs, s),
  ];
}

export interface Delivery {
  paused: boolean;
  history: readonly ShownPrompt[];
  lastShownMs: number | null;
  snoozedUntil: Partial<Record<PromptKind, number>>;
}

/**
 * The candidate to show now, or null. Nothing is shown while paused, with coaching off, while
 * another prompt is showing, or within `nudgeIntervalSec` of the last prompt (the nudge budget).
 * Disabled and snoozed kinds, stale cues and cues already prompted are skipped.
 */
export function choose(cands: readonly Candidate[], d: Delivery, nowMs: number, s: CoachSettings): Candidate | null {
  if (!s.coachingEnabled || d.paused) return null;
  if (d.history.some((h) => h.outcome === 'showing')) return null;
  if (d.lastShownMs !== null && nowMs - d.lastShownMs < s.nudgeIntervalSec * 1000) return null;
  const ok = cands.filter((c) =>
    s.promptKinds[c.kind] &&
    !((d.snoozedUntil[c.kind] ?? -Infinity) > nowMs) &&
    nowMs - c.dueMs <= s.promptExpirySec * 1000 &&
    !d.history.some((h) => h.key === c.key));
  ok.sort((a, b) => PROMPT_PRIORITY.indexOf(a.kind) - PROMPT_PRIORITY.indexOf(b.kind) || b.dueMs - a.dueMs);
  return ok[0] ?? null;
}
