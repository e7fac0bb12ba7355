// Utterances the worker no longer holds (issue 18, flat memory). The call store keeps every
// utterance in chunks; once a chunk is old enough that nothing live reads it, the worker's copy of
// the call keeps COLD in its slots instead of the utterance, and the timeline drops what it kept
// beside it. Anything that still reads a cold slot gets ColdAccess, and the service worker reads the
// whole call back from the store and does the step again: a cold slot can make a step slower, never
// give a different answer. Pure.
import type { LabelledUtterance } from './types';

/** Thrown by every read of a cold slot (and by lookups the compacted timeline cannot answer). */
export class ColdAccess extends Error {
  constructor() {
    super('utterance not held in memory');
    this.name = 'ColdAccess';
  }
}

/**
 * The one object standing in every cold slot: compared by identity (`u === COLD`), never read.
 * Reading any field throws, so code that was not taught about cold slots fails loudly instead of
 * computing from an empty utterance (and JSON.stringify of it throws too: it can never be stored).
 */
export const COLD: LabelledUtterance = new Proxy(Object.freeze({}), {
  get() {
    throw new ColdAccess();
  },
  has() {
    throw new ColdAccess();
  },
  ownKeys() {
    throw new ColdAccess();
  },
}) as LabelledUtterance;

export function isColdAccess(e: unknown): e is ColdAccess {
  return e instanceof ColdAccess;
}
