// Caption snapshots → final utterances. PURE: no DOM, no timers, no browser API; time comes in as
// arguments, so every behaviour is replayable in a Node test.
//
// Model. Each caption block (blockKey) holds its accumulated word list (tokens) and a list of
// segments: contiguous token ranges, each one utterance. Only a block's last segment can be open.
// On every push the block's new text is aligned with what we had, comparing words after
// normalisation (case and punctuation folded):
//   - growth / re-punctuation / re-spelt last word: the same tokens are refined in place;
//   - rolling window (Zoom overlay): words dropped off the front are kept, the overlap is merged,
//     only words after the overlap are new (never lost, never duplicated);
//   - wholesale replacement (recycled list row, Meet long-monologue reset, another speaker on the
//     same element): the block's segments are finalised and it starts over.
// Growth after a segment became final (the speaker went on in the same block) opens a new segment,
// i.e. a new utterance that holds only the new words. A block whose element moved behind blocks it
// used to precede is a recycled list row: its next non-extending text is a new utterance.
// Recycled elements also show old rows again (a virtualised list scrolled up): a block's segments
// are shelved when it is rewritten, and a block that shows a shelved segment's words again (or,
// for the newest ones, those words and more) takes it back instead of saying them twice (shelf.ts).
// Ambiguity we accept: a live text of ≤ 6 words rewritten wholesale on the same element is taken
// as ASR rewriting it (Meet does), so it is not split; so is any text whose rewrite keeps at least
// half of it in order once numbers and stutters are folded (align.ts sameSpeech: recognisers format
// "one thirty over eighty five" as "130/85" all through a line, also after it went final).
//
// Finalisation. An open utterance is final when a newer segment appears anywhere (it is
// superseded), when it has not changed for `stableMs` (default 1500 ms; 900 ms = 0.6 × stableMs if it
// ends with sentence-final punctuation), when it has been open `maxOpenMs` (default 15 s) or grown
// past `maxChars` (default 1000), or on flush() at call end. Finalising one utterance finalises
// every older open one first, so ids are issued in speaking order.
//
// Quick end of utterance (platform-aware, `quickMs`, from the adapter's data): an utterance that ends
// with sentence-final punctuation is final after only `quickMs` of quiet, because on the platform
// that punctuation is a strong end signal (Teams writes it in its final refinement; Meet and Zoom
// re-punctuate at the end of a phrase). It may still grow: until the time the old rule would have
// finalised it (changedMs + punctMs), and while no newer segment exists, new words or a
// re-punctuation in its block RE-OPEN it instead of starting a new utterance; when it is final
// again it is emitted under the same id with revision + 1. So the split/merge decisions are those of
// the slow rule, only the first emission comes earlier.
//
// Corrections. If the text of an already-final utterance changes (Meet corrects earlier blocks,
// Teams re-punctuates), the same `id` is emitted again with `revision` + 1 and the new text. An id
// is never emitted twice with the same revision; consumers keep the highest revision per id.
//
// Root replacement. A key that appears for the first time is matched to a vanished block with the
// same speaker whose text it repeats (equal or extended, after normalisation): the block is
// re-keyed instead of emitting its words again. Any vanished block qualifies when every key of the
// previous non-empty push vanished at once (the region was replaced); otherwise only texts of at
// least 4 words qualify, so a repeated short "Yes." from a new block still counts as new speech.
// push(..., { baseline: true }) records the blocks as already said without emitting them (captions
// still on screen when a call ended). { baseline: 'replay' } is for a switch to a caption view that
// replays history (Zoom's transcript panel opened while the overlay ran): its blocks up to the last
// one whose words were already said (recent words, kept for this) are history; blocks after it, and
// words beyond the said part of that last one, were spoken before the switch was noticed and are
// new speech.
//
// Ids are `${callStart}-${n}` with n counting up from 1 in emission order: deterministic.
import type { CaptionSnapshot, Role, Utterance } from './types.ts';
import { normName } from './roles.ts';
import { type Tok, commonPrefix, commonSuffix, extendsTol, findRewrittenRoll, findRoll, findUnroll, joinRaw, UNROLL_MAX, keptShare, sameSpeech, tokenize, tokenizeAfter, wholeSaidPrefix } from './align.ts';
import { type Block, type Place, type Seg, findOrphan, lastSeq, reshown } from './blocks.ts';
import { type Shelved, movedRows, shelve, shownByVanished, takeShown } from './shelf.ts';
import { SaidLog } from './said-log.ts';

export { normWord } from './align.ts';

export const DEFAULT_STABLE_MS = 1500;
export const DEFAULT_MAX_OPEN_MS = 15_000;
export const DEFAULT_MAX_CHARS = 1000;

export interface SegmenterOptions {
  callStart: number;
  roleOf(speaker: string): Role;
  stableMs?: number;
  punctMs?: number;
  maxOpenMs?: number;
  maxChars?: number;
  /** Quiet after sentence-final punctuation that ends an utterance provisionally (see above); off when unset. */
  quickMs?: number;
}

export interface PushOptions {
  baseline?: boolean | 'replay';
  /**
   * The caller's promise that `snaps` has the same keys in the same order as the last push and that
   * only the snapshots at these positions (ascending) may differ from it: only they are compared,
   * so a push costs what changed, not the whole scroll-back (capture's child reads). Ignored for a
   * replay and when the last push had another length or repeated keys.
   */
  changed?: readonly number[];
  /**
   * When the first write of a block new to this push happened, if before `now`: its utterance starts
   * then. Capture reads a new block late when nothing is open for it to supersede, and `now` is the
   * newest write read.
   */
  startAt?: number;
  /**
   * The blocks are speakers' rolling windows (Zoom's overlay): their order is not speaking order, and
   * one that flips back shows its speaker's window exactly as it was (caption-platforms.md §3.3), so
   * where a block stands says nothing about whether it is shown again (blocks.ts, Place).
   */
  windows?: boolean;
}

export interface Segmenter {
  push(snaps: readonly CaptionSnapshot[], now: number, opts?: PushOptions): Utterance[];
  /** Finalises what is due at `now`. */
  tick(now: number): Utterance[];
  /** Finalises everything still open (call end). */
  flush(now: number): Utterance[];
  /** When the next time-based finalisation is due, or null if nothing is open. */
  nextDeadline(): number | null;
}

const SENTENCE_END = /[.!?…。！？؟]["'”’)\]]*$/u;
/**
 * Tested on the last characters only: every read asks this of each open utterance (deadline, due)
 * and a regex with an unanchored start scans the whole text for a candidate first.
 */
const endsSentence = (t: string): boolean => SENTENCE_END.test(t.length > 16 ? t.slice(-16) : t);
const MAX_BLOCKS = 400;
/** Words said elsewhere that a returning block must repeat before they are taken as history. */
const MIN_HISTORY_WORDS = 6;

export function createSegmenter(opts: SegmenterOptions): Segmenter {
  const stableMs = opts.stableMs ?? DEFAULT_STABLE_MS;
  const punctMs = opts.punctMs ?? Math.round(stableMs * 0.6);
  const maxOpenMs = opts.maxOpenMs ?? DEFAULT_MAX_OPEN_MS;
  const maxChars = opts.maxChars ?? DEFAULT_MAX_CHARS;
  const quickMs = opts.quickMs !== undefined && opts.quickMs < punctMs ? opts.quickMs : null;
  const blocks = new Map<string, Block>();
  let lastKeys = new Map<string, number>(); // keys of the last non-empty push
  let lastOrder = new Map<string, number>(); // key → index in the last push
  let lastList: string[] | null = []; // the last push's keys in order; null if some repeated
  let counter = 0;
  let seq = 0;
  // Where the block being read stands (blocks.ts, Place): which vanished blocks it may show again.
  const place: Place = { after: 0, floor: 0 };
  // The push being read shows speakers' rolling windows (PushOptions.windows).
  let windows = false;
  let out: Utterance[] = [];
  // Open segments (always the last of their block) in creation order, which is seq order: the
  // per-push work stays proportional to what is open and what was pushed, not to retained blocks.
  const open = new Set<Seg>();
  const saidLog = new SaidLog();
  // Segments whose block now shows other text (a recycled list element): see shelf.ts.
  const shelf: Shelved[] = [];
  const openSegs = (): Seg[] => [...open];
  const emit = (s: Seg): void => {
    if (s.id) out.push({ id: s.id, speaker: s.speaker, role: s.role, text: s.text, startMs: s.startMs, endMs: s.changedMs, revision: s.revision });
  };
  /** Finalise `s` and every open segment older than it, oldest first. */
  const finalise = (s: Seg): void => {
    for (const o of openSegs()) {
      if (o.seq > s.seq) break;
      o.final = true;
      open.delete(o);
      o.reopenBy = quickMs !== null && endsSentence(o.text) ? o.changedMs + punctMs : null;
      if (!o.text) continue; // nothing was said: drop silently
      if (o.id) o.revision++; // re-opened by the quick rule and final again: a correction
      else {
        o.id = `${opts.callStart}-${++counter}`;
        saidLog.note(o);
      }
      o.role = opts.roleOf(o.speaker);
      emit(o);
    }
  };
  let pushes = 0; // pushes so far: a row shelved and shown again within one push moved (shelf.ts)
  let begun: number | null = null; // push's startAt while a block new to the push is updated
  const newSeg = (b: Block, start: number, now: number, baseline: boolean): Seg => {
    const s: Seg = { start, text: '', speaker: b.speaker, startMs: Math.min(begun ?? now, now), changedMs: now, seq: ++seq, final: baseline, id: null, role: 'other', revision: 0, reopenBy: null };
    if (!baseline) {
      const older = openSegs().pop();
      if (older) finalise(older); // a newer segment supersedes every open one
      open.add(s);
    }
    b.segs.push(s);
    b.gap = false;
    return s;
  };
  /** Empties the block, its segments shelved as they are (an open one stays open until it is due). */
  const detach = (b: Block): void => {
    shelve(shelf, b, pushes);
    b.toks = [];
    b.off = 0;
    b.segs = [];
  };
  const resetBlock = (b: Block): void => {
    const last = b.segs[b.segs.length - 1];
    if (last && !last.final) finalise(last);
    detach(b);
  };

  /** `s` (its block's last segment) ended by the quick rule and may still be re-opened at `now`. */
  const reopenable = (s: Seg, now: number): boolean =>
    s.final && s.reopenBy !== null && now < s.reopenBy && s.seq === seq && now - s.startMs < maxOpenMs && s.text.length < maxChars;

  /** Align `full` with the block's tokens, move segment boundaries, emit corrections. */
  const applyFull = (b: Block, full: Tok[], now: number, baseline: boolean): void => {
    const old = b.toks;
    const cp = commonPrefix(old, full);
    const cs = commonSuffix(old, full, cp);
    const delta = full.length - old.length;
    const map = (k: number): number =>
      k <= cp ? k : k >= old.length - cs ? k + delta : Math.min(Math.max(k, cp), full.length - cs);
    let prev = 0;
    for (const s of b.segs) prev = s.start = Math.max(prev, map(s.start));
    const last = b.segs[b.segs.length - 1];
    // Ended early by the quick rule and changed before the slow rule would have ended it, with
    // nothing said elsewhere since: the speaker went on, so it is open again (same id, see top). A
    // block that vanished meanwhile (region re-rendered, overlay flipped away and back) counts too,
    // as the slow rule would still have had the utterance open.
    if (last && reopenable(last, now) && !baseline) {
      last.final = false;
      last.reopenBy = null;
      open.add(last);
    }
    // Words beyond a final last segment are new speech when this block is still the newest one
    // or came back after vanishing (Zoom overlay flipping back to a speaker). A block that stayed on
    // screen while a newer one started is being corrected late (Meet): the words join its segment.
    const late = !!last && last.final && last.seq < seq && !b.gap;
    const pinned = last?.final ? (cs > 0 || late ? full.length : Math.min(old.length, full.length)) : 0;
    if (!last || (last.final && full.length > pinned)) {
      // A block back after vanishing may show words said meanwhile in another view (Zoom's overlay
      // keeps a speaker's window across turns the panel showed): those are history, not new speech.
      const said = last && b.back && !baseline ? wholeSaidPrefix(saidLog.recentOf(b.speaker), full.slice(pinned)) : 0;
      const history = said >= MIN_HISTORY_WORDS ? said : 0;
      const start = last ? pinned : 0;
      // History is a segment of its own, final and never emitted, so it does not join the one before.
      if (history > 0) newSeg(b, start, now, true);
      if (start + history < full.length) newSeg(b, start + history, now, baseline);
    }
    b.toks = full;
    b.back = false;
    b.segs.forEach((s, i) => {
      const text = joinRaw(full.slice(s.start, b.segs[i + 1]?.start ?? full.length));
      if (text === s.text) return;
      if (!s.final) {
        s.text = text;
        s.changedMs = now;
      } else if (text) {
        s.text = text;
        if (s.id) {
          s.revision++;
          emit(s);
        }
      }
    });
    // Words that rolled off the front inside final segments can never change again: drop them, but
    // keep the last UNROLL_MAX of them, which a rewrite that shortens the line shows again
    // (findUnroll: "five milligrams" -> "5 mg" brings back the word before the window).
    while (b.segs.length > 1 && b.segs[0]!.final && b.segs[1]!.start + UNROLL_MAX <= b.off) {
      const n = b.segs[1]!.start;
      b.toks = b.toks.slice(n);
      b.off -= n;
      b.segs.shift();
      for (const s of b.segs) s.start -= n;
    }
  };

  /**
   * A block about to be rewritten wholesale that shows a shelved segment again takes it back: no
   * words said twice, and the words after it (said while it was out of view) are new speech.
   */
  const takeBack = (b: Block, speaker: string, win: Tok[], now: number, baseline: boolean, stamp: string | undefined): boolean => {
    const e = takeShown(shelf, speaker, win, seq, stamp, pushes);
    const v = e ? null : shownByVanished(blocks, b, speaker, win, stamp, place);
    if (!e && !v) return false;
    detach(b);
    if (e) Object.assign(b, { speaker, toks: e.toks, off: e.off, segs: e.segs });
    else {
      // Its element went away (unmounted) and another shows it now: the block moves to that key.
      const [key, old] = v!;
      blocks.delete(key);
      Object.assign(b, { speaker, toks: old.toks, off: old.off, segs: old.segs });
    }
    Object.assign(b, { gap: true, moved: false, back: true });
    applyFull(b, b.toks.slice(0, b.off).concat(win), now, baseline);
    return true;
  };

  const update = (b: Block, speaker: string, win: Tok[], now: number, baseline: boolean, stamp?: string): void => {
    // Another speaker, or where rows carry stamps another stamp, is another row on a recycled
    // element, even with the same words ("Okay." at 10:14:07, then at 10:14:18).
    const otherSpeaker = speaker !== b.speaker && normName(speaker) !== normName(b.speaker);
    const otherStamp = stamp !== undefined && b.stamp !== undefined && stamp !== b.stamp;
    if (b.toks.length > 0 && (otherSpeaker || otherStamp)) {
      if (takeBack(b, speaker, win, now, baseline, stamp)) return;
      resetBlock(b);
    }
    b.speaker = speaker;
    // A rolled window that shows dropped words again at its front (shortened by a rewrite) starts there.
    const unroll = b.off > 0 && !extendsTol(b.toks.slice(b.off), win) ? findUnroll(b.toks, b.off, win) : 0;
    b.off -= unroll;
    const shown = b.toks.slice(b.off);
    if (shown.length === win.length && joinRaw(shown) === joinRaw(win)) return void (b.back = false);
    const last = b.segs[b.segs.length - 1];
    const cp = commonPrefix(shown, win);
    const changed = cp < shown.length;
    // Not plain growth (nor a re-spelt last word of a longer text): a recycled element may be
    // showing a row said before (even one of a single word, which any text "extends" with a
    // re-spelt last word), or an empty block (new, or emptied by a move) one that moved to it.
    const wholesale = shown.length === 0 || cp < shown.length - 1 || (changed && shown.length <= 2);
    // A speaker's window that only rolled (words off the front, new ones at the end) is still that
    // window, even where it now starts exactly like a row another view showed before it went (Zoom's
    // overlay after the transcript panel closed: taken back, the panel's row would end the open turn
    // and the words after it would be said again).
    const rolled = windows && wholesale && shown.length > 2 && findRoll(shown, win) > 0;
    if (wholesale && !rolled && takeBack(b, speaker, win, now, baseline, stamp)) return;
    // In a speaker's window, a finished text of one or two words that went away and came back with
    // other words from the first one ("Sure.", then "Thanks" on Zoom's overlay after the other side
    // spoke) is their next turn: a one-word text "extends" any other with a re-spelt last word. (A
    // list's block re-rendered with a short text corrected, "a" -> "ax", is still a correction; longer
    // windows come back rolled: findRoll below.)
    const recycled = changed && (b.moved || (windows && cp === 0 && shown.length <= 2 && b.gap && !!last?.final));
    b.moved = false;
    if (recycled) resetBlock(b);
    else if (shown.length > 0 && !extendsTol(shown, win)) {
      // Only the overlay rolls; a window that keeps its first word never needs the rewrite-tolerant search.
      const p = findRoll(shown, win) || (win[0]?.norm !== shown[0]?.norm ? findRewrittenRoll(shown, win) : 0);
      if (p > 0) {
        b.off += p;
      } else {
        const kept = keptShare(shown, win);
        // Live ASR rewrites short texts freely; a final or long text that changes this much is
        // a different utterance on a recycled element (or Meet's monologue reset).
        const liveRewrite = !!last && (!last.final || reopenable(last, now)) && shown.length <= 6 && win.length >= shown.length;
        // A recogniser's rewrite of the same speech (numbers formatted, stutters dropped, words
        // fixed all through the line, also after the utterance went final) is a correction of it.
        if (kept < 0.5 && !liveRewrite && sameSpeech(shown, win) < 0.5) resetBlock(b);
      }
    }
    applyFull(b, b.toks.slice(0, b.off).concat(win), now, baseline);
  };

  /**
   * Drops an open, never emitted segment of `speaker` whose words start `win` (a replayed view shows
   * the same speech again in a new block), so that only the new block carries it. True if one was.
   */
  const absorbOpen = (speaker: string, win: readonly Tok[]): boolean => {
    const who = normName(speaker);
    for (const o of openSegs()) {
      if (o.id || normName(o.speaker) !== who) continue;
      const words = tokenize(o.text);
      if (words.length === 0 || commonPrefix(words, win) < words.length) continue;
      open.delete(o);
      o.final = true; // never emitted: its id stays null
      return true;
    }
    return false;
  };

  const quietFor = (s: Seg): number => (endsSentence(s.text) ? quickMs ?? punctMs : stableMs);
  const due = (s: Seg, now: number): boolean =>
    now - s.changedMs >= quietFor(s) ||
    now - s.startMs >= maxOpenMs ||
    s.text.length >= maxChars;

  const take = (): Utterance[] => {
    const r = out;
    out = [];
    return r;
  };

  const tick = (now: number): Utterance[] => {
    const dueSegs = openSegs().filter((s) => due(s, now));
    const newest = dueSegs[dueSegs.length - 1];
    if (newest) finalise(newest);
    return take();
  };

  return {
    push(snaps, now, pushOpts) {
      pushes++;
      const replay = pushOpts?.baseline === 'replay';
      const baseline = pushOpts?.baseline === true || replay;
      // Replayed history (see top): how many leading words of each new block were already said,
      // and the last block that repeats what was said (≥ 3 words, or all of a 2-word text).
      const { saidLen, lastSaid } = replay ? saidLog.replayed(snaps, blocks, openSegs()) : { saidLen: [], lastSaid: -1 };
      // The steady state: the same blocks in the same order as the last push, one of them with new
      // text. Presence, order and turnover cannot have changed, so only texts are compared.
      const hinted = pushOpts?.changed !== undefined && !replay && !!lastList && snaps.length === lastList.length;
      const same = hinted || (!!lastList && snaps.length === lastList.length && snaps.every((sn, i) => sn.blockKey === lastList![i]));
      // Duplicate keys: the last index (the order check below reads it).
      const keys = same ? lastOrder : new Map(snaps.map((sn, i) => [sn.blockKey, i]));
      // Only needed when a new key appears (findOrphan), so computed then.
      let turnover: ReadonlySet<string> | null = null;
      const turnoverNow = (): ReadonlySet<string> =>
        (turnover ??= lastKeys.size > 0 && ![...lastKeys.keys()].some((k) => keys.has(k)) ? new Set(lastKeys.keys()) : new Set());
      // Exactly the blocks of the last push are marked present (see the end of push), so only they
      // can change state; blocks absent before already have present = false and gap = true.
      const gone: Block[] = []; // the blocks whose element went in this push
      for (const key of same ? [] : lastOrder.keys()) {
        const b = blocks.get(key);
        if (b && !keys.has(key)) (b.present = false), (b.gap = true), gone.push(b);
      }
      for (const key of same ? [] : keys.keys()) {
        const b = blocks.get(key);
        if (b) b.present = true;
      }
      // Virtualised lists move a recycled element behind the others: mark it, so that its next
      // text is taken as a new utterance even when it looks like a rewrite of the old one.
      let maxPrev = -1;
      if (!same) snaps.forEach((sn) => {
        const prev = lastOrder.get(sn.blockKey);
        if (prev === undefined) return;
        const b = blocks.get(sn.blockKey);
        if (b && prev < maxPrev) b.moved = true;
        maxPrev = Math.max(maxPrev, prev);
      });
      const todo = hinted ? pushOpts!.changed!.map((i) => snaps[i]!) : snaps;
      // Rows that moved between elements in this push: detached first (shelf.ts, movedRows).
      if (!replay) for (const b of movedRows(blocks, todo, gone)) detach(b);
      const done = new Set<string>();
      place.after = 0;
      windows = !!pushOpts?.windows;
      const ordered = !windows;
      for (const snap of todo) {
        if (!same && done.has(snap.blockKey)) continue; // duplicate keys: first one wins
        if (!same) done.add(snap.blockKey);
        let b = blocks.get(snap.blockKey);
        place.floor = 0;
        if (b && snap.text === b.lastText && snap.speaker === b.speaker) {
          if (ordered) place.after = Math.max(place.after, lastSeq(b));
          continue;
        }
        // A known block's text mostly grows at its end: its shown words are reused up to the change.
        const win = b ? tokenizeAfter(b.toks, b.off, snap.text) : tokenize(snap.text);
        let fresh = false;
        if (!b) {
          if (win.length === 0) continue;
          // The whole region went: a block that left before it comes back only inside a run of
          // history (a list scrolled far up shows old rows one after another), not alone or followed
          // by a block that shows no vanished row (a Jitsi paragraph that timed out earlier, a
          // repeated question in a burst of new rows after a stall).
          const region = [...turnoverNow()].map((k) => lastSeq(blocks.get(k)));
          const next = region.length > 0 ? snaps[snaps.indexOf(snap) + 1] : undefined;
          if (ordered && region.length > 0 && (!next || !reshown(blocks, next.speaker, tokenize(next.text)))) place.floor = Math.min(...region);
          const orphan = findOrphan(blocks, snap.speaker, win, turnoverNow(), snaps.length === 1, place);
          if (orphan) {
            b = blocks.get(orphan)!;
            b.back = true;
            blocks.delete(orphan);
          } else (b = { speaker: snap.speaker, toks: [], off: 0, segs: [], present: true, gap: false, moved: false, lastText: '' }), (fresh = true);
          b.present = true;
          blocks.set(snap.blockKey, b);
        }
        if (win.length > 0 && (snap.text !== b.lastText || snap.speaker !== b.speaker)) {
          b.lastText = snap.text;
          begun = fresh ? pushOpts?.startAt ?? null : null;
          const i = replay ? snaps.indexOf(snap) : -1;
          if (replay && lastSaid >= 0 && i >= lastSaid) {
            // The last history block: its said words are history, the rest is new; later blocks are new.
            // A new block that starts with the words of an utterance still open in the old view
            // (the overlay showed "Have", the panel shows "Have you had any") is that utterance:
            // it is carried on here, not emitted as well.
            const carried = fresh && absorbOpen(snap.speaker, win);
            if (i === lastSaid && !carried) update(b, snap.speaker, win.slice(0, saidLen[i]), now, true);
            update(b, snap.speaker, win, now, false);
          } else update(b, snap.speaker, win, now, baseline, snap.stamp);
          b.stamp = snap.stamp;
          begun = null;
        }
        if (ordered) place.after = Math.max(place.after, lastSeq(b));
      }
      if (keys.size > 0) lastKeys = keys;
      lastOrder = keys;
      if (!same) lastList = keys.size === snaps.length ? snaps.map((sn) => sn.blockKey) : null;
      if (blocks.size > MAX_BLOCKS) {
        for (const [key, b] of blocks) {
          if (blocks.size <= MAX_BLOCKS) break;
          if (!b.present && b.segs.every((s) => s.final)) blocks.delete(key);
        }
      }
      return [...take(), ...tick(now)];
    },
    tick,
    flush(now) {
      const open = openSegs();
      const newest = open[open.length - 1];
      if (newest) finalise(newest);
      void now; // kept in the signature: endMs stays the time of the last change, not of the flush
      return take();
    },
    nextDeadline() {
      let next: number | null = null;
      for (const s of openSegs()) {
        const t = Math.min(s.changedMs + quietFor(s), s.startMs + maxOpenMs);
        next = next === null ? t : Math.min(next, t);
      }
      return next;
    },
  };
}
