// The content script's utterances on their way to the service worker: queued until the worker
// answers (its ack comes after the call state is saved), one request in flight at a time, re-sent
// with backoff when the request was lost (the worker stopped or restarted) or not acked, so none
// is lost. Pure: the port and the clock come in as functions (CsLink in src/platform wires them).
//
// Cost: this runs on the call page for every utterance and every ack, so it is plain callbacks and
// fields, no promise, closure or map entry per message (the earlier async loop with a promise per
// request was a visible part of an emission in the page profile). Each utterance is still posted the
// moment it is emitted when nothing is in flight, and each ack is one answer (acks are never
// gathered: d4eadec, reverted in 5055312).
import type { Utterance } from '../captions/types';

export const BACKOFF_MS = [100, 250, 500, 1000, 2000, 4000] as const;
/**
 * A request unanswered for this long is presumed lost even if its port never reported closing. On
 * Chromium 156.0.8078.114 a worker stopped mid-call left the content script waiting for an answer
 * that never came, and no caption reached the worker again (test/e2e/reliability-restart.test.ts;
 * it passed on earlier builds). A lost ack must not stall captions for the rest of the call. One
 * watchdog timer at a time while something is in flight, not one per message: when it fires for an
 * older request, it is set again for what is left of the newer one's period, so a request is given
 * up on ACK_TIMEOUT_MS after its own post (it was up to two periods: 9.3 s measured).
 */
export const ACK_TIMEOUT_MS = 5000;

export interface OutboxDeps {
  /** Posts `u` as a request; returns false when it could not be posted (the port is gone). */
  post(u: Utterance): boolean;
  /** The worker switched this platform off (policy): capture must stop. */
  onDisabled(): void;
  /** The request in flight went unanswered for ACK_TIMEOUT_MS: drop the port (the next post reconnects). */
  onStale(): void;
  /** `kind` only tells the timers apart (tests). */
  setTimer(fn: () => void, ms: number, kind: 'retry' | 'watchdog'): unknown;
  /** A clock in ms (the watchdog's: when the request in flight was posted). */
  now(): number;
  clearTimer(t: unknown): void;
}

export interface CaptionOutbox {
  /** Queues `u` (replacing a queued older revision of the same utterance) and sends it when it is first. */
  add(u: Utterance): void;
  /** The worker's answer to the request in flight. */
  answered(reply: unknown): void;
  /** The request in flight will never be answered (the port closed): it is re-sent after a backoff. */
  lost(): void;
  /** Resolves once every queued utterance is acked (or dropped as rejected), or the outbox is stopped. */
  drained(): Promise<void>;
  /** Whether a request is posted and not answered yet. */
  readonly inFlight: boolean;
  pending(): number;
  /** Nothing is sent any more; waiters of drained() are released. */
  stop(): void;
}

export function createCaptionOutbox(d: OutboxDeps): CaptionOutbox {
  let queue: Utterance[] = [];
  let sent: Utterance | null = null; // the request in flight (it stays queue[0] unless replaced)
  let retry: unknown = null;
  let attempt = 0;
  let stopped = false;
  let waiters: Array<() => void> = [];
  let posts = 0; // requests posted so far
  let watched = -1; // the value of `posts` when the watchdog was armed
  let postedAt = 0; // when the request in flight was posted (d.now())
  let watchdog: unknown = null;

  const release = (): void => {
    if (waiters.length === 0) return;
    const w = waiters;
    waiters = [];
    for (const f of w) f();
  };
  const next = (): void => {
    if (stopped || sent !== null || retry !== null) return;
    const u = queue[0];
    if (u === undefined) return release();
    sent = u;
    if (!d.post(u)) return lostOne();
    posts++;
    postedAt = d.now();
    arm(ACK_TIMEOUT_MS);
  };
  const arm = (ms: number): void => {
    if (watchdog !== null) return;
    watched = posts;
    watchdog = d.setTimer(check, ms, 'watchdog');
  };
  // The request in flight is stale if it was the one watched (it has waited the whole period);
  // a newer one is watched for what is left of its own period.
  const check = (): void => {
    watchdog = null;
    if (sent === null || stopped) return;
    if (posts !== watched) return arm(Math.max(0, ACK_TIMEOUT_MS - (d.now() - postedAt)));
    d.onStale();
    lostOne();
  };
  const lostOne = (): void => {
    sent = null;
    const ms = BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]!;
    retry = d.setTimer(
      () => {
        retry = null;
        next();
      },
      ms,
      'retry',
    );
  };

  return {
    add(u) {
      // A correction replaces a queued older revision of the same utterance (in place of a filter:
      // no new array per utterance). The one in flight is then not shifted by its ack.
      for (let i = 0; i < queue.length; i++) {
        if (queue[i]!.id === u.id) {
          queue.splice(i, 1);
          break;
        }
      }
      queue.push(u);
      next();
    },
    answered(reply) {
      if (sent === null || stopped) return;
      const u = sent;
      const r = reply as { ok?: unknown; rejected?: unknown; disabled?: unknown } | null | undefined;
      if (r?.disabled) {
        sent = null;
        queue = [];
        stopped = true;
        d.onDisabled();
        release();
        return;
      }
      // "rejected" means the worker will never accept it (malformed): drop it, do not retry.
      if (r?.ok === true || r?.rejected === true) {
        sent = null;
        if (queue[0] === u) queue.shift();
        attempt = 0;
        next();
      } else lostOne();
    },
    lost() {
      if (sent !== null && !stopped) lostOne();
    },
    drained() {
      if (stopped || (queue.length === 0 && sent === null)) return Promise.resolve();
      return new Promise((r) => waiters.push(r));
    },
    get inFlight() {
      return sent !== null;
    },
    pending: () => queue.length,
    stop() {
      stopped = true;
      sent = null;
      if (retry !== null) d.clearTimer(retry);
      if (watchdog !== null) d.clearTimer(watchdog);
      retry = null;
      watchdog = null;
      release();
    },
  };
}
