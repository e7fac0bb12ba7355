// When capture reads the caption root and ticks the segmenter: the timer that coalesces mutations
// into reads and the one set to the segmenter's next deadline. Apart from capture.ts, which owns
// what a read does; the timing rules read here on their own.

/** A deadline timer fires this long after the segmenter's deadline (its clock and the timers' may differ by a millisecond). */
export const DEADLINE_SLACK_MS = 5;

export interface ReadQueueOptions {
  win: Window;
  signal: AbortSignal;
  throttleMs: number;
  growthMs: number;
  /** How long after a write that ends a sentence to read it (Infinity: read it as growth). */
  endWait: number;
  /** The queued read, from its timer. */
  onTimer(): void;
  /** The queued read as a microtask (throttleMs 0). */
  onMicrotask(): void;
}

export interface ReadQueue {
  /** A read is queued and has not run yet. */
  readonly queued: boolean;
  /** Queues a read for a write at `t` (now: the observer's mutation time); `overlay`: the root is a rolling overlay. */
  queue(kind: 'start' | 'end' | null, t: number, overlay: boolean): void;
  /** The queued read runs now: its timer is cancelled. */
  taken(): void;
  /** Cancels the timer for good (capture stopped). */
  stop(): void;
}

// Most records are a caption growing by a word or two, and reading (parse + align) ~10 times a
// second was most of the page cost; so growth is read every `growthMs`. A new element (a new
// block, which may supersede the open utterance) is read after only `throttleMs`. A text that now
// ends in sentence-final punctuation is read when the quick end-of-utterance rule would end it
// (quickEndMs after the mutation, + the deadline timer's slack): that one read both sees the text
// and ends the utterance, where a read after throttleMs and then the deadline timer were two
// wake-ups of the page for the same moment; so a growth read already queued is moved to then (on
// a rolling overlay only while the oldest unread write is still read within its growth window,
// before its words roll off). Words that follow are read by that read all the same.
export function createReadQueue(o: ReadQueueOptions): ReadQueue {
  const { win, signal, throttleMs, growthMs, endWait } = o;
  let readTimer: number | null = null;
  let readQueued = false;
  let readAt = 0; // when the queued read runs
  let readSoon = false; // the queued read is for a new block (never moved later)
  let unreadSince = 0; // the oldest write the queued read is for
  return {
    get queued() {
      return readQueued;
    },
    queue(kind, t, overlay) {
      if (signal.aborted) return;
      if (throttleMs <= 0) {
        if (readQueued) return;
        readQueued = true;
        queueMicrotask(() => o.onMicrotask());
        return;
      }
      const growth = overlay ? Math.min(growthMs, throttleMs * 2) : growthMs;
      const wait = kind === 'start' ? throttleMs : kind === 'end' ? Math.min(growth, Math.max(throttleMs, endWait)) : growth;
      if (readQueued) {
        const later = kind === 'end' && !readSoon && t + wait > readAt && (!overlay || t + wait <= unreadSince + growth);
        if (!later && readAt <= t + wait) return;
      } else unreadSince = t;
      if (readTimer !== null) win.clearTimeout(readTimer);
      readSoon = (readQueued && readSoon) || kind === 'start';
      readQueued = true;
      readAt = t + wait;
      // A queued read may find its root already removed (the call ended): it still reads the removed
      // subtree, which keeps its text, so the words that arrived just before are not lost.
      readTimer = win.setTimeout(o.onTimer, wait);
    },
    taken() {
      if (readTimer !== null) win.clearTimeout(readTimer);
      readTimer = null;
      readQueued = false;
    },
    stop() {
      if (readTimer !== null) win.clearTimeout(readTimer);
    },
  };
}

export interface DeadlineTimer {
  /** The timer is set (an utterance is open). */
  readonly armed: boolean;
  /** Sets the timer to fire at `at` (the segmenter's deadline + slack; null: none). */
  arm(at: number | null): void;
  /** The timer fired (call first thing in `fire`). */
  fired(): void;
  /** Cancels the timer for good (capture stopped). */
  stop(): void;
}

// Every read moves the open utterance's deadline later, and re-creating the timer each time was a
// visible part of the page cost: a timer due no later than the deadline is kept, and when it fires
// early it ticks (finalises nothing that is not due) and re-arms for the real deadline.
export function createDeadlineTimer(win: Window, now: () => number, fire: () => void): DeadlineTimer {
  let deadlineTimer: number | null = null;
  let deadlineAt = 0; // when the armed timer fires
  return {
    get armed() {
      return deadlineTimer !== null;
    },
    arm(at) {
      if (deadlineTimer !== null && at !== null && deadlineAt <= at) return;
      if (deadlineTimer !== null) win.clearTimeout(deadlineTimer);
      deadlineTimer = null;
      if (at === null) return;
      deadlineAt = at;
      deadlineTimer = win.setTimeout(fire, Math.max(0, at - now()));
    },
    fired() {
      deadlineTimer = null;
    },
    stop() {
      if (deadlineTimer !== null) win.clearTimeout(deadlineTimer);
    },
  };
}
