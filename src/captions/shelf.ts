// Segments whose caption element now shows something else, kept so that an element that shows one
// of them again takes it back instead of saying it twice. Virtualised transcript lists (Zoom's
// panel, caption-platforms.md §3.4) hand a row's element to another row "when the list scrolls":
// scrolled up, the live row's element shows an old row; scrolled back, some element shows the live
// row again, with the words said meanwhile. A block is shelved whole (a row can hold several
// segments: the speaker went on after one ended). Pure, like the segmenter.
import { normName } from './roles.ts';
import { type Tok, commonPrefix, extendsTol, joinRaw, keptShare, sameSpeech, tokenize } from './align.ts';
import { type Block, type Place, type Seg, inPlace } from './blocks.ts';
import type { CaptionSnapshot } from './types.ts';

/** A block's state when its element was given another row: its words and all its segments. */
export interface Shelved {
  toks: Tok[];
  off: number;
  segs: Seg[];
  speaker: string;
  /** Its row's stamp, if the platform gives one. */
  stamp?: string;
  /** The push it was shelved in (segmenter.ts counts them): a row moved within one push. */
  push?: number;
}

/** Entries kept: a scroll shows at most a screenful again, and old rows are long final. */
const SHELF_MAX = 200;
/** A re-shown text this short could as well be new speech ("Yes, exactly."): it is not matched. */
const MIN_WORDS = 4;
/** Without the same speaker (a continuation row shown first keeps a stale name), only long texts match. */
const MIN_WORDS_ANY_SPEAKER = 8;
/** Only the few newest segments can still be growing when their row comes back. */
const GROWING_WITHIN = 6;

/** Shelves the block's state (a copy of its arrays: the block itself is emptied and reused). */
export function shelve(shelf: Shelved[], b: Pick<Block, 'toks' | 'off' | 'segs' | 'speaker' | 'stamp'>, push?: number): void {
  if (!b.segs.some((x) => x.text) || b.toks.length <= b.off) return;
  shelf.push({ toks: b.toks, off: b.off, segs: b.segs, speaker: b.speaker, ...(b.stamp !== undefined ? { stamp: b.stamp } : {}), ...(push !== undefined ? { push } : {}) });
  if (shelf.length > SHELF_MAX) shelf.splice(0, shelf.length - SHELF_MAX);
}

/** What a row showed: its words, speaker and stamp; `recent` if it may still have been growing. */
export interface ShownRow {
  toks: readonly Tok[];
  speaker: string;
  stamp?: string | undefined;
  recent: boolean;
}

/**
 * Whether `win` (with its speaker and stamp) shows `row` again: the same words, or, for a recent row
 * of the same speaker, its words followed by more (said while it was out of view). Where rows carry
 * stamps, a stamp names the row: the same stamp and speaker match at any length (a re-shown "Yes."),
 * also revised meanwhile, and a different stamp never matches. Without stamps, only texts of
 * MIN_WORDS or more, and of another speaker only the same words at MIN_WORDS_ANY_SPEAKER or more.
 */
export function showsAgain(row: ShownRow, speaker: string, win: readonly Tok[], stamp?: string): boolean {
  const n = row.toks.length;
  if (n === 0) return false;
  const same = normName(row.speaker) === normName(speaker);
  // The same stamp is the same row, also revised meanwhile (re-punctuated, a word re-spelt).
  if (stamp !== undefined && row.stamp !== undefined) return row.stamp === stamp && same && (extendsTol(row.toks, win) || keptShare(row.toks, win) >= 0.5 || sameSpeech(row.toks, win) >= 0.5);
  if (n > win.length || commonPrefix(row.toks, win) < n) return false;
  if (n < MIN_WORDS) return false;
  return n === win.length ? same || n >= MIN_WORDS_ANY_SPEAKER : same && row.recent;
}

/**
 * A short row ("Okay.") shelved in this same push whose exact text (words and punctuation) `win`
 * shows, by the same speaker: the list re-rendered its rows into other elements at once, so it moved
 * rather than was said again. Taken off the shelf. Across pushes a short text stays new speech.
 */
function movedShort(shelf: Shelved[], speaker: string, win: readonly Tok[], push: number): Shelved | null {
  const who = normName(speaker);
  const text = joinRaw(win);
  for (let i = shelf.length - 1; i >= 0 && shelf[i]!.push === push; i--) {
    const e = shelf[i]!;
    if (normName(e.speaker) !== who || joinRaw(e.toks.slice(e.off)) !== text) continue;
    shelf.splice(i, 1);
    return e;
  }
  return null;
}

/** The shelved block that `win` shows again (showsAgain), newest first, taken off the shelf. */
export function takeShown(shelf: Shelved[], speaker: string, win: readonly Tok[], seq: number, stamp?: string, push?: number): Shelved | null {
  if (win.length < (stamp === undefined ? MIN_WORDS : 1)) return push === undefined ? null : movedShort(shelf, speaker, win, push);
  for (let i = shelf.length - 1; i >= 0; i--) {
    const e = shelf[i]!;
    const recent = (e.segs[e.segs.length - 1]?.seq ?? 0) > seq - GROWING_WITHIN;
    if (!showsAgain({ toks: e.toks.slice(e.off), speaker: e.speaker, stamp: e.stamp, recent }, speaker, win, stamp)) continue;
    shelf.splice(i, 1);
    return e;
  }
  return null;
}

/**
 * A block whose element went away (unmounted, `present` false) and whose row `win` shows again in
 * another block `b`: its key and state, so that `b` carries it on. Every vanished block counts as
 * recent: its last segment may still be open.
 */
export function shownByVanished(blocks: ReadonlyMap<string, Block>, b: Block, speaker: string, win: readonly Tok[], stamp?: string, place: Readonly<Place> = { after: 0, floor: 0 }): [string, Block] | null {
  if (win.length < (stamp === undefined ? MIN_WORDS : 1)) return null;
  for (const [key, v] of blocks) {
    if (v === b || v.present || v.toks.length === 0 || !inPlace(v, win, place)) continue;
    if (showsAgain({ toks: v.toks.slice(v.off), speaker: v.speaker, stamp: v.stamp, recent: true }, speaker, win, stamp)) return [key, v];
  }
  return null;
}

const sameWords = (a: readonly Tok[], b: readonly Tok[]): boolean => a.length === b.length && commonPrefix(a, b) === a.length;

/** More blocks than this changing in one push are not searched for rows that moved between them. */
const MAX_MOVE_SCAN = 60;

/**
 * Rows that moved between elements in one push (a list whose k-th element always shows the k-th
 * row on screen rewrites every element when a row is added or the list scrolls): the blocks whose
 * text another changing block now shows, or that show word for word the row of a block in
 * `vanished` (its element went in this push). The segmenter detaches them first, their segments shelved
 * as they are, so that the block showing one takes it back whatever order the two are read in.
 */
export function movedRows(blocks: ReadonlyMap<string, Block>, todo: readonly CaptionSnapshot[], vanished: readonly Block[] = []): Block[] {
  let changing: { b: Block; shown: Tok[]; win: Tok[]; snap: CaptionSnapshot }[] | null = null;
  for (const snap of todo) {
    const b = blocks.get(snap.blockKey);
    if (!b || b.toks.length === 0 || (snap.text === b.lastText && snap.speaker === b.speaker)) continue;
    (changing ??= []).push({ b, shown: b.toks.slice(b.off), win: tokenize(snap.text), snap });
    if (changing.length > MAX_MOVE_SCAN) return [];
  }
  if (!changing || (changing.length < 2 && vanished.length === 0)) return [];
  const moved: Block[] = [];
  for (const from of changing) {
    if (extendsTol(from.shown, from.win)) {
      // Its own row growing, unless it now shows word for word the row of an element that went in
      // this same push: a list re-rendered into fewer elements by index ("Okay." -> the same
      // speaker's "Okay. Call me if it gets worse." from two rows down, whose element was removed).
      if (from.win.length >= MIN_WORDS && vanished.some((v) => normName(v.speaker) === normName(from.snap.speaker) && sameWords(v.toks.slice(v.off), from.win))) moved.push(from.b);
      continue;
    }
    const row = { toks: from.shown, speaker: from.b.speaker, stamp: from.b.stamp, recent: true };
    // A short row ("Yes, the photos.") moves too when another element shows its exact text in this
    // same push (movedShort takes it back there): too short to match across pushes, not within one.
    const text = from.shown.length < MIN_WORDS ? joinRaw(from.shown) : null;
    const showsShort = (to: NonNullable<typeof changing>[number]): boolean =>
      text !== null && to.snap.stamp === undefined && normName(to.snap.speaker) === normName(from.b.speaker) && joinRaw(to.win) === text;
    if (changing.some((to) => to !== from && (showsAgain(row, to.snap.speaker, to.win, to.snap.stamp) || showsShort(to)))) moved.push(from.b);
  }
  return moved;
}
