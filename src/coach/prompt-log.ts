// What the live coach needs to know about the prompts already shown, kept as they are added so no
// rule searches the whole history per utterance: the keys shown (a trigger never prompts twice),
// the utterances that caused a prompt (a moment never prompts twice), when talk-share last showed,
// and which prompts still collect the "after" context of their coaching moment.
import type { ShownPrompt } from './types';

/** Utterances before and after a prompt kept for the post-call "coaching moment". */
export const CONTEXT = 3;

export class PromptLog {
  readonly keys = new Set<string>();
  readonly causes = new Set<string>();
  lastTalkShareMs = -Infinity;
  /** Indexes of prompts with fewer than CONTEXT utterances after them. */
  private collecting: number[] = [];
  private seen = 0;

  /** Take in the prompts added since the last call (history only grows; entries never change key or causes). */
  sync(history: readonly ShownPrompt[]): void {
    for (; this.seen < history.length; this.seen++) {
      const h = history[this.seen]!;
      this.keys.add(h.key);
      for (const id of h.causeIds) this.causes.add(id);
      if (h.kind === 'talk-share') this.lastTalkShareMs = Math.max(this.lastTalkShareMs, h.shownMs);
      if (h.afterIds.length < CONTEXT) this.collecting.push(this.seen);
    }
  }

  /** A new utterance joins the "after" context of the prompts still collecting it. */
  withAfter(history: readonly ShownPrompt[], u: { id: string; startMs: number }): readonly ShownPrompt[] {
    this.sync(history);
    let out: ShownPrompt[] | null = null;
    for (const i of this.collecting) {
      const h = history[i]!;
      if (u.startMs < h.shownMs || h.beforeIds.includes(u.id)) continue;
      out ??= history.slice();
      out[i] = { ...h, afterIds: [...h.afterIds, u.id] };
    }
    if (!out) return history;
    const full = out;
    this.collecting = this.collecting.filter((i) => full[i]!.afterIds.length < CONTEXT);
    return full;
  }
}
