// The prompt rules of prompts.ts, read from the live timeline instead of scanning the whole call:
// each looks up what its rule already holds (the latest labelled utterance, the open run, the open
// patient moment) and visits only the utterances near the end of the call. They give exactly the
// candidates of prompts.ts candidates() (coach-incremental.property.test.ts).
import { countVisits } from './probe';
import { isTurn, goalTaskRules, lectureCandidate, patientCueCandidates, resolves, sympathyCandidate, talkShareCandidate, type Candidate } from './prompts';
import type { PromptLog } from './prompt-log';
import { labelOf } from './runs';
import type { Timeline } from './timeline';
import type { CoachSettings, LabelledUtterance, PromptKind, ShownPrompt, Tally } from './types';

export function liveCandidates(tl: Timeline, log: PromptLog, tally: Tally, nowMs: number, s: CoachSettings): Candidate[] {
  return [
    ...patientCues(tl, log, nowMs, s),
    ...sympathy(tl),
    ...lecture(tl, s),
    ...talkShareNow(tl, log, nowMs, s),
    ...goalTaskRules(tl.list, tally, nowMs, s),
  ];
}

function sympathy(tl: Timeline): Candidate[] {
  const at = tl.marks.at(-1)?.labelled ?? -1;
  if (at < 0) return [];
  const last = tl.list[at]!;
  if (labelOf(last) !== 'sympathy') return [];
  // The patient's latest words starting no later than the sympathy: usually before it in the call,
  // but one starting at the same moment may sit just after it.
  let p = tl.marks[at]!.patient;
  for (let j = at + 1; j < tl.list.length && tl.list[j]!.startMs <= last.startMs; j++) {
    countVisits();
    if (tl.list[j]!.role === 'patient' && tl.feats[j]!.words >= 3) p = j;
  }
  return [sympathyCandidate(last, p < 0 ? undefined : tl.list[p], p < 0 ? undefined : tl.feats[p])];
}

function lecture(tl: Timeline, s: CoachSettings): Candidate[] {
  // The run must still be going: the latest utterance that extends or ends a run is a lecture.
  const at = tl.marks.at(-1)?.breaking ?? -1;
  if (at >= 0 && labelOf(tl.list[at]!) !== 'lecture') return [];
  return lectureCandidate(tl.lastRun(), s);
}

function talkShareNow(tl: Timeline, log: PromptLog, nowMs: number, s: CoachSettings): Candidate[] {
  const windowMs = s.talkShareWindowMin * 60_000;
  const first = tl.list[0];
  if (!first || nowMs - first.startMs < windowMs) return [];
  // One talk-share nudge per window: the clinician needs time to change course.
  if (log.lastTalkShareMs > nowMs - windowMs) return [];
  return talkShareCandidate(tl.talkEndingAfter(nowMs - windowMs), nowMs, s);
}

/**
 * The patient's latest substantive utterance, if the moment is still open: fewer than
 * `promptExpiryTurns` substantive utterances after it, and within the backstop time. The walk back
 * stops as soon as no earlier utterance could qualify.
 */
function openPatientMoment(tl: Timeline, nowMs: number, s: CoachSettings): number {
  let after = 0;
  const oldest = nowMs - s.promptExpirySec * 1000;
  for (let j = tl.list.length - 1; j >= 0; j--) {
    const u = tl.list[j]!;
    const f = tl.feats[j]!;
    countVisits();
    if (u.role === 'patient' && f.words >= 3) return after < s.promptExpiryTurns && u.endMs >= oldest ? j : -1;
    if (isTurn(u, f)) after++;
    if (after >= s.promptExpiryTurns || u.startMs + tl.maxDur < oldest) return -1;
  }
  return -1;
}

function patientCues(tl: Timeline, log: PromptLog, nowMs: number, s: CoachSettings): Candidate[] {
  const at = openPatientMoment(tl, nowMs, s);
  if (at < 0) return [];
  const p = tl.list[at]!;
  if (log.causes.has(p.id)) return [];
  const after: ReturnType<typeof labelOf>[] = [];
  // Clinician utterances starting once the patient finished: after the patient in the call, or
  // (same start, zero length) just before.
  for (let j = at - 1; j >= 0 && tl.list[j]!.startMs >= p.endMs; j--) {
    countVisits();
    if (tl.list[j]!.role === 'clinician') after.push(labelOf(tl.list[j]!));
  }
  for (let j = at + 1; j < tl.list.length; j++) {
    countVisits();
    const u = tl.list[j]!;
    if (u.startMs >= p.endMs && u.role === 'clinician') after.push(labelOf(u));
  }
  return patientCueCandidates(p, tl.feats[at]!, after);
}

/** The first utterance (call order) said after the prompt showed that did what it asked. */
export function resolvedBy(tl: Timeline, showing: ShownPrompt): LabelledUtterance | undefined {
  // Ended after it showed, so started no earlier than maxDur before.
  for (let j = tl.firstStartingFrom(showing.shownMs - tl.maxDur); j < tl.list.length; j++) {
    countVisits();
    const u = tl.list[j]!;
    if (u.endMs >= showing.shownMs && !showing.causeIds.includes(u.id) && resolves(showing.kind as PromptKind, u, tl.feats[j]!)) return u;
  }
  return undefined;
}

/** Substantive utterances said since the prompt showed (other than its causes). */
export function turnsSince(tl: Timeline, showing: ShownPrompt): number {
  let n = 0;
  for (let j = tl.firstStartingFrom(showing.shownMs - 250); j < tl.list.length; j++) {
    countVisits();
    const u = tl.list[j]!;
    if (!showing.causeIds.includes(u.id) && isTurn(u, tl.feats[j]!)) n++;
  }
  return n;
}

/** The last `n` utterances started by `nowMs`. */
export function lastStartedBy(tl: Timeline, nowMs: number, n: number): string[] {
  const out: string[] = [];
  for (let j = tl.list.length - 1; j >= 0 && out.length < n; j--) {
    countVisits();
    if (tl.list[j]!.startMs <= nowMs) out.push(tl.list[j]!.id);
  }
  return out.reverse();
}
