// The live coach's running state (timeline and prompt log) travels beside the CoachState it
// belongs to, never inside it: CoachState must stay plain JSON for storage. Each reducer step takes
// the state's running state, advances it and hands it to the next state. A state met without one
// (just loaded from storage, or a state reduced twice) gets it rebuilt in one pass over its
// utterances, so results never depend on whether the running state was there.
import { PromptLog } from './prompt-log';
import { Timeline, tallyKey } from './timeline';
import type { CoachSettings, CoachState } from './types';

export interface Live {
  tl: Timeline;
  log: PromptLog;
}

const attached = new WeakMap<CoachState, Live>();

/**
 * The running state of `state`, detached from it (the caller will attach it to the next state).
 * With `tallyFor`, rebuilt if it was built for other tally settings.
 */
export function takeLive(state: CoachState, settings: CoachSettings, tallyFor?: CoachSettings): Live {
  const have = attached.get(state);
  attached.delete(state);
  if (have && have.tl.list === state.utterances && (!tallyFor || have.tl.key === tallyKey(tallyFor))) return have;
  return { tl: new Timeline(state.utterances, tallyFor ?? settings), log: new PromptLog() };
}

export function attachLive<S extends CoachState>(state: S, live: Live): S {
  attached.set(state, live);
  return state;
}

/** The running state attached to `state`, if any (never builds one). */
export function liveOf(state: CoachState): Live | undefined {
  return attached.get(state);
}

/** The running state of `state` for reading (the view), left attached. */
export function peekLive(state: CoachState, settings: CoachSettings): Live {
  const live = takeLive(state, settings);
  return attachLive(state, live) && live;
}
