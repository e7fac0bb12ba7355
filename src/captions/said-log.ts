// What the segmenter has said: the words of the latest utterances, kept to recognise a caption view
// that shows them again (Zoom's panel replaying the call, a returning overlay window) as history
// rather than new speech. Pure, like the segmenter.
import { normName } from './roles.ts';
import { saidPrefix, tokenize, wholeSaidPrefix } from './align.ts';
import type { Block, Seg } from './blocks.ts';
import type { CaptionSnapshot } from './types.ts';

/** Normalised words kept (a replayed view reaches back a few screens at most). */
const SAID_MAX = 4000;
/** Utterances kept, all speakers. */
const RECENT_MAX = 64;
/** A speaker's utterances a returning block may repeat (segmenter.ts, wholeSaidPrefix). */
const HISTORY_UTTERANCES = 8;

export class SaidLog {
  private said: string[] = [];
  // The latest emitted segments, newest last.
  private readonly recent: Seg[] = [];

  /** `s` was emitted for the first time. */
  note(s: Seg): void {
    this.recent.push(s);
    if (this.recent.length > RECENT_MAX) this.recent.splice(0, this.recent.length - RECENT_MAX);
    for (const t of tokenize(s.text)) this.said.push(t.norm);
    if (this.said.length > SAID_MAX) this.said = this.said.slice(-SAID_MAX / 2);
  }

  /** `speaker`'s latest utterances, each as its normalised words. */
  recentOf(speaker: string): string[][] {
    const who = normName(speaker);
    return this.recent.filter((x) => normName(x.speaker) === who).slice(-HISTORY_UTTERANCES).map((x) => tokenize(x.text).map((t) => t.norm));
  }

  /**
   * Replayed history (segmenter.ts, `baseline: 'replay'`): how many leading words of each new block
   * were already said (in the log or in `open`, the utterances still open), and the last block that
   * repeats what was said (3+ words, or all of a 2-word text), -1 if none.
   */
  replayed(snaps: readonly CaptionSnapshot[], blocks: ReadonlyMap<string, Block>, open: readonly Seg[]): { saidLen: number[]; lastSaid: number } {
    const known = this.said.concat(...open.map((o) => tokenize(o.text).map((t) => t.norm)));
    let lastSaid = -1;
    const saidLen = snaps.map((sn, i) => {
      if (blocks.has(sn.blockKey)) return 0;
      const w = tokenize(sn.text);
      // A speaker's overlay window runs their turns together, without the other side's turns between
      // them that the log has: after the run found in the log, whole utterances of theirs count too.
      const run = saidPrefix(known, w);
      const n = run + wholeSaidPrefix(this.recentOf(sn.speaker), w.slice(run));
      if (n >= 3 || (n >= 2 && n === w.length)) lastSaid = i;
      return n;
    });
    return { saidLen, lastSaid };
  }
}
