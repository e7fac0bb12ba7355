// The segmenter's state per caption block (see segmenter.ts for the model), and the search for a
// vanished block that a re-rendered caption region shows again. Pure, like the segmenter.
import type { Role } from './types.ts';
import { normName } from './roles.ts';
import { type Tok, commonPrefix, findRoll, joinRaw } from './align.ts';

export interface Seg {
  start: number;
  text: string;
  speaker: string;
  startMs: number;
  changedMs: number;
  seq: number;
  final: boolean;
  id: string | null; // null until first emitted (and forever for baseline segments)
  role: Role;
  revision: number;
  /** Final by the quick end-of-utterance rule: until this time, growth of its block re-opens it. */
  reopenBy: number | null;
}
export interface Block {
  speaker: string;
  toks: Tok[];
  off: number; // index where the currently displayed window starts (rolling windows)
  segs: Seg[];
  present: boolean;
  gap: boolean; // vanished from the snapshots since its last segment began
  moved: boolean; // jumped behind blocks it used to precede: a recycled list element
  lastText: string; // raw text of the last push: unchanged blocks cost one string compare
  stamp?: string; // the row's stamp in the last push (CaptionSnapshot.stamp)
  back?: boolean; // re-keyed from a vanished or shelved state, until its next text is applied
}

/** The seq of the block's newest segment (0 for none): which of two blocks was said later. */
export const lastSeq = (b: Block | undefined): number => b?.segs[b.segs.length - 1]?.seq ?? 0;

/** A block whose element went, that showed words of the speaker `who` (normName). */
const vanishedOf = (b: Block, who: string): boolean => !b.present && b.toks.length > 0 && normName(b.speaker) === who;
/** `win` starts with every word of `shown`. */
const startsWithAll = (win: readonly Tok[], shown: readonly Tok[]): boolean => win.length >= shown.length && commonPrefix(shown, win) === shown.length;

/** Whether some vanished block of the speaker showed words that `win` starts with (history shown again). */
export function reshown(blocks: ReadonlyMap<string, Block>, speaker: string, win: Tok[]): boolean {
  const who = normName(speaker);
  for (const b of blocks.values()) if (vanishedOf(b, who) && startsWithAll(win, b.toks.slice(b.off))) return true;
  return false;
}

/**
 * Where a block being read stands among what was said (segment seqs), for a vanished block whose
 * words it shows exactly. `after`: the newest segment of the blocks shown before it in this push (a
 * re-rendered list keeps its order, so a block said before one of those is not what it shows).
 * `floor`: the oldest segment of a region that went whole, when this block is not inside a run of
 * re-shown history (a block that left before that region is not re-rendered alone). Either way the
 * same words are the sentence said again ("Can you hear me now?" minutes later). A block that shows
 * more than it did (grew out of view, a rolled window) may still continue it. Not used on Zoom's
 * overlay, whose boxes keep no speaking order (segmenter.ts, PushOptions.windows).
 */
export interface Place {
  after: number;
  floor: number;
}

/** Whether vanished block `b` may be the one `win` shows again, from where `win` stands. */
export function inPlace(b: Block, win: readonly Tok[], place: Readonly<Place>): boolean {
  return win.length !== b.toks.length - b.off || lastSeq(b) >= Math.max(place.after, place.floor);
}

/**
 * Root replacement: the vanished block (same speaker) whose text `win` repeats, to be re-keyed;
 * any such block when it is in `turnover`, else only for texts of at least 4 words and only from its
 * place (inPlace). `alone`: `win` is the only block of its push.
 */
export function findOrphan(blocks: ReadonlyMap<string, Block>, speaker: string, win: Tok[], turnover: ReadonlySet<string>, alone = false, place: Readonly<Place> = { after: 0, floor: 0 }): string | null {
  const who = normName(speaker);
  // The blocks the replaced root showed last come first: a block that went long before ("Yes." at
  // the start of the call) must not take the re-rendered "Yes, now I can." whose words it starts.
  const order = turnover.size === 0 ? blocks.keys() : [...turnover, ...[...blocks.keys()].filter((k) => !turnover.has(k))];
  for (const key of order) {
    const b = blocks.get(key);
    if (!b || !vanishedOf(b, who)) continue;
    if (!turnover.has(key) && win.length < 4) continue;
    if (!turnover.has(key) && !inPlace(b, win, place)) continue;
    const shown = b.toks.slice(b.off);
    // A short ended text re-rendered shows exactly what the old block showed ("Yes."), beside the
    // other blocks the region had; new speech after a captions toggle that repeats it ("yes", then
    // "Yes.") comes alone into an empty region, and re-keying it would make it a revision of the old
    // utterance instead of a new one. A block still open may have grown while the region was replaced.
    if (win.length < 4 && b.segs[b.segs.length - 1]?.final && (alone || joinRaw(win) !== joinRaw(shown))) continue;
    // Re-rendered blocks arrive in display order, so the oldest matching orphan is the one.
    if (startsWithAll(win, shown)) return key;
    // A rolling window shown again by a new element (Zoom's overlay back after a view switch, §3.3)
    // has dropped words off its front meanwhile: the rest of the old window still starts the new one.
    const p = findRoll(shown, win);
    if (p > 0 && shown.length - p >= 4) return key;
  }
  return null;
}
