// The worker's own copy of each tab's live call: a write-through cache over the store, kept
// compacted (old utterances dropped once stored) and read back whole when a step needs the whole
// call. Apart from call-service.ts, which orders the steps and decides what each one does.
import { isColdAccess, COLD } from '../coach/cold';
import { compactCoach, isWhole } from '../coach/compact';
import { forgetFeatures } from '../coach/features';
import type { CallDeps } from './call-service';
import type { LiveCall } from './live-call';

/**
 * The latest utterances the worker always holds whole, however long the call: the panel's feed
 * (FEED_MAX, 50) and the prompt rules' look-backs read them. Older ones are dropped from memory once
 * the store holds them (issue 18, flat memory; see `stored` and src/coach/compact.ts).
 */
export const KEEP_HELD = 64;

/** What the held copy uses of the service's deps (the deps as given, not the cached ones). */
type StoreDeps = Pick<CallDeps, 'load' | 'save' | 'coachSettings' | 'stored' | 'read'>;

export class HeldCalls {
  /**
   * Write-through copy of each tab's call. storage.session stays the truth across worker restarts,
   * but reading a long call back (hundreds of KB by minute 60) for every utterance made latency grow
   * with call length; the worker is the only writer, so its own copy is never stale.
   */
  private cache = new Map<number, LiveCall>();
  private deps: StoreDeps;
  /**
   * A step took the whole call for a pass over it (the end's record and metrics, a checkpoint
   * without `checkpointsHeld`, a rebuild after a cold read): copies of every utterance went
   * through features().
   */
  private wholePass = false;

  constructor(deps: StoreDeps) {
    this.deps = deps;
  }

  /** The tab's call: the worker's copy, read from the store only when it holds none (a restart). */
  async load(tabId: number): Promise<LiveCall | null> {
    const have = this.cache.get(tabId);
    if (have) return have;
    const loaded = await this.deps.load(tabId);
    if (loaded) this.cache.set(tabId, loaded);
    return loaded;
  }

  async save(call: LiveCall): Promise<void> {
    await this.deps.save(call);
    this.cache.set(call.tabId, call);
  }

  forget(tabId: number): void {
    this.cache.delete(tabId);
  }

  /**
   * Saves `call` and keeps it compacted: utterances the store holds in sealed chunks, other than
   * the latest KEEP_HELD and what the panel and the prompt rules still read, are dropped from the
   * worker's copy (src/coach/compact.ts). Returns the copy kept, which is what gets published.
   */
  async commit(call: LiveCall): Promise<LiveCall> {
    await this.save(call);
    const kept = await this.compacted(call).catch((e: unknown) => {
      if (isColdAccess(e)) return call; // its running state is gone: compacted at the next save
      throw e;
    });
    this.cache.set(call.tabId, kept);
    return kept;
  }

  private async compacted(call: LiveCall): Promise<LiveCall> {
    const n = call.coach.utterances.length;
    const upTo = this.deps.stored && n > KEEP_HELD ? this.deps.stored(n - KEEP_HELD) : 0;
    if (upTo <= 0) return call;
    const settings = await this.deps.coachSettings();
    let base = call;
    let out = compactCoach(call.coach, settings, upTo);
    if (!out.ready) {
      // Something the panel shows went cold earlier: compact the whole call read back instead.
      base = await this.whole(call.tabId, call);
      out = compactCoach(base.coach, settings, upTo);
    }
    return out.state === base.coach ? base : { ...base, coach: out.state };
  }

  /** The call with every utterance: the worker's copy when it holds them all, else read back. */
  async whole(tabId: number, call: LiveCall): Promise<LiveCall> {
    this.wholePass = true;
    if (isWhole(call.coach)) return call;
    const read = await (this.deps.read ?? this.deps.load)(tabId);
    const mem = call.coach.utterances;
    // The worker's own objects where it holds them (what the store noted), the stored ones elsewhere.
    // A stored call missing a chunk (no save of ours leaves one) keeps what the worker holds: the
    // call still ends and is summarised rather than failing every step.
    const utterances = read && read.coach.utterances.length === mem.length
      ? read.coach.utterances.map((u, i) => (mem[i] === COLD ? u : mem[i]!))
      : mem.filter((u) => u !== COLD);
    return { ...call, coach: { ...call.coach, utterances } };
  }

  /** Runs `step` on `call`; if it read an utterance the worker dropped, again on the whole call. */
  async onCall(tabId: number, call: LiveCall, step: (call: LiveCall) => Promise<void>): Promise<void> {
    try {
      await step(call);
    } catch (e) {
      if (!isColdAccess(e)) throw e;
      // The worker's copy as it is now (the step may have saved before it failed).
      await step(await this.whole(tabId, (await this.load(tabId)) ?? call));
    }
  }

  /**
   * After a step with a whole-call pass (a checkpoint, a cold read, the call's end): the feature
   * memo was filled with one entry per utterance of the copies it made or read back, and its table
   * would keep that size for the rest of the worker's life, so it starts afresh
   * (src/coach/features.ts).
   */
  settle(): void {
    if (!this.wholePass) return;
    this.wholePass = false;
    forgetFeatures();
  }
}
