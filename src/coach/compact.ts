// The live call held compactly (issue 18, flat memory): utterances the store already holds and
// nothing live still reads are dropped from the worker's copy of the call (cold.ts, timeline.ts
// compact). Kept ("pinned"): what the panel's view shows (goal, task and recent bond-change
// evidence; the first clinician speaker the panel may ask to confirm), the first utterance (call
// minutes and talk windows count from it) and the latest utterances the prompt rules look up by
// position (latest labelled clinician line and the one after it, latest lecture-breaking line,
// latest patient line, the patient line before the latest labelled one). Everything else a rule
// might reach is recent, and if it is not, the rule gets ColdAccess and the step is redone on the
// whole call.
import { VIEW_BOND_CHANGES } from './coach';
import { COLD } from './cold';
import { attachLive, liveOf, takeLive } from './live';
import type { Timeline } from './timeline';
import type { CoachSettings, CoachState } from './types';

/** Per timeline: positions scanned for the first clinician speaker, and where it is (-1: not yet). */
const firstSelf = new WeakMap<Timeline, { scanned: number; at: number }>();

/**
 * `state` with utterances [0, upTo) dropped except the pinned ones (upTo: how many leading
 * utterances the store holds that may go). `ready`: whether everything the view reads is held; when
 * not (something the view needs went cold earlier), compact the whole call read back instead.
 */
export function compactCoach(state: CoachState, settings: CoachSettings, upTo: number): { state: CoachState; ready: boolean } {
  const live = takeLive(state, settings);
  const { tl } = live;
  const keep = new Set<number>([0]);
  let ready = true;
  const need = (id: string): void => {
    const j = tl.indexOf(id);
    if (j === undefined) ready = false;
    else keep.add(j);
  };
  for (const item of state.tally.goals) for (const e of item.evidence) need(e.utteranceId);
  for (const item of state.tally.tasks) for (const e of item.evidence) need(e.utteranceId);
  for (const c of state.tally.bond.changes.slice(-VIEW_BOND_CHANGES)) for (const id of c.utteranceIds) need(id);
  const m = tl.marks.at(-1);
  if (m) {
    for (const j of [m.labelled, m.labelled + 1, m.breaking, m.patient]) if (j >= 0) keep.add(j);
    const before = m.labelled >= 0 ? tl.marks[m.labelled] : undefined;
    if (before && before.patient >= 0) keep.add(before.patient);
  }
  const self = firstClinician(tl, upTo);
  if (self >= 0) keep.add(self);
  const list = tl.compact(upTo, keep);
  for (const j of keep) if (j < tl.list.length && tl.list[j] === COLD) ready = false;
  const next = list === state.utterances ? state : { ...state, utterances: list as CoachState['utterances'] };
  return { state: attachLive(next, live), ready };
}

/** Position of the first clinician utterance with a speaker among the first `upTo` (-1: none). */
function firstClinician(tl: Timeline, upTo: number): number {
  const f = firstSelf.get(tl) ?? { scanned: 0, at: -1 };
  for (; f.at < 0 && f.scanned < Math.min(upTo, tl.list.length); f.scanned++) {
    const u = tl.list[f.scanned]!;
    if (u !== COLD && u.role === 'clinician' && u.speaker) f.at = f.scanned;
  }
  firstSelf.set(tl, f);
  return f.at;
}

/**
 * Start of the latest dropped utterance, or -Infinity when none is dropped: an utterance starting
 * no later may be one of them (a re-send, a correction) and needs the whole call. A compacted state
 * whose running state is gone (it was reduced since) says Infinity: only the whole call will do.
 */
export function coldUntil(state: CoachState): number {
  const live = liveOf(state);
  if (live) return live.tl.cold > 0 ? live.tl.coldLastStart : -Infinity;
  return state.utterances.includes(COLD) ? Infinity : -Infinity;
}

/** Whether `state` holds every utterance (no slot dropped). */
export function isWhole(state: CoachState): boolean {
  const live = liveOf(state);
  return live ? live.tl.cold === 0 : !state.utterances.includes(COLD);
}
