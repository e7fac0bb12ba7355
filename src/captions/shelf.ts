// Segments whose caption element now shows something else, kept so that an element that shows one
// of them again takes it back instead of saying it twice. Virtualised transcript lists (Zoom's
// panel, caption-platforms.md §3.4) hand a row's element to another row "when the list scrolls":
// scrolled up, the live row's element shows an old row; scrolled back, some element shows the live
// row again, with the words said meanwhile. Pure, like the segmenter.
import { normName } from './roles.ts';
import { type Tok, commonPrefix } from './align.ts';
import type { Seg } from './blocks.ts';

export interface Shelved {
  seg: Seg;
  /** The segment's words as its block last showed them. */
  toks: Tok[];
  /** Its row's stamp, if the platform gives one. */
  stamp?: string;
}

/** Entries kept: a scroll shows at most a screenful again, and old rows are long final. */
const SHELF_MAX = 200;
/** A re-shown text this short could as well be new speech ("Yes, exactly."): it is not matched. */
const MIN_WORDS = 4;
/** Without the same speaker (a continuation row shown first keeps a stale name), only long texts match. */
const MIN_WORDS_ANY_SPEAKER = 8;
/** Only the few newest segments can still be growing when their row comes back. */
const GROWING_WITHIN = 6;

export function shelve(shelf: Shelved[], seg: Seg, toks: Tok[], stamp?: string): void {
  if (!seg.text || toks.length === 0) return;
  shelf.push(stamp === undefined ? { seg, toks } : { seg, toks, stamp });
  if (shelf.length > SHELF_MAX) shelf.splice(0, shelf.length - SHELF_MAX);
}

/**
 * The shelved segment that `win` shows again, newest first, taken off the shelf: the same words
 * (history scrolled back into view), or, for one of the newest segments of the same speaker, its
 * words followed by more (the live row back with what was said while it was out of view). Where
 * rows carry stamps, a stamp names the row: the same stamp and speaker match at any length (a
 * re-shown "Yes."), a different stamp never matches.
 */
export function takeShown(shelf: Shelved[], speaker: string, win: readonly Tok[], seq: number, stamp?: string): Shelved | null {
  if (win.length < (stamp === undefined ? MIN_WORDS : 1)) return null;
  const who = normName(speaker);
  for (let i = shelf.length - 1; i >= 0; i--) {
    const e = shelf[i]!;
    const stamped = stamp !== undefined && e.stamp !== undefined;
    if (stamped && e.stamp !== stamp) continue;
    const same = normName(e.seg.speaker) === who;
    const n = e.toks.length;
    if (n > win.length || commonPrefix(e.toks, win) < n) continue;
    const hit = stamped
      ? same
      : n >= MIN_WORDS && (n === win.length ? same || n >= MIN_WORDS_ANY_SPEAKER : same && e.seg.seq > seq - GROWING_WITHIN);
    if (!hit) continue;
    shelf.splice(i, 1);
    return e;
  }
  return null;
}
