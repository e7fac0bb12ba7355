// The DOM side of caption capture, used by the content script: picks the platform adapter, finds
// and observes the caption root, feeds the pure segmenter and reports health and call end.
//
// Cost: the MutationObserver watches only the caption root (never the whole page), and its
// records are coalesced: one read per `throttleMs` (default 50 ms) however many mutations
// arrived (read-timers.ts). A read re-parses only the blocks the records touched (root-reader.ts):
// Meet keeps the whole scroll-back on screen, and re-parsing all of it ~10 times a second was
// most of the page cost. Every FULL_READ_POLLS-th poll re-parses everything, which also picks up
// attribute-only changes (not observed) within that many poll periods. A root that is removed
// (CC toggle, caption-language change, call left) is noticed at once by watching its ancestors'
// child lists, which polls immediately; otherwise a cheap poll (default every 4000 ms while
// attached, 2000 ms on a rolling overlay, 250 ms while no root is attached) re-finds the root when another one is
// preferred or it was replaced unseen (SPA re-render, an iframe removed), tracks in-call state and keeps reading
// when the tab is hidden and rendering is throttled. Time-based finalisation uses one timer set
// to the segmenter's next deadline.
// Nothing here logs, and callbacks are wrapped so a failure never reaches the page. Everything
// started here is tied to `signal` (rule 4); after abort nothing is emitted any more.
import { createSegmenter, type Segmenter } from './segmenter.ts';
import { createRoleBook, withSelfLabels, type RoleBook } from './roles.ts';
import { adapterForUrl, type CaptionRoot, type CaptionsHint } from './platforms/index.ts';
import { readingAsBefore } from './platforms/shared.ts';
import type { CaptionHealth, PlatformId, Utterance } from './types.ts';
import { factsOf } from './mutation-records.ts';
import { createRootReader } from './root-reader.ts';
import { createDeadlineTimer, createReadQueue, DEADLINE_SLACK_MS } from './read-timers.ts';

export interface CaptureOptions {
  doc: Document;
  url: string;
  /** The clinician's own display names (options); Meet's "You" forms are added automatically. */
  selfNames: string[];
  /** If the user named the patient; otherwise the first other speaker is the patient (roles.ts). */
  patientName?: string;
  /** Silence after which an utterance is final (default 1500 ms, see segmenter.ts). */
  stableMs?: number;
  onUtterance(u: Utterance): void;
  onHealth(h: CaptionHealth): void;
  onCallEnded(): void;
  signal: AbortSignal;
  now?: () => number;
  /** Re-attach / in-call poll period while attached (default 4000 ms; at most 2000 ms on an overlay, 250 ms while searching). */
  pollMs?: number;
  /** Coalescing window for caption mutations (default 50 ms; 0 = one read per microtask). */
  throttleMs?: number;
  /** Whether an event came from the browser (default: event.isTrusted; jsdom tests cannot make a trusted one). */
  isTrusted?: (e: Event) => boolean;
  /**
   * Coalescing window for mutations that only grow text without ending a sentence (default
   * 20 × throttleMs, 1 s, where the platform keeps blocks on screen long after they end (Meet's
   * scroll-back), else 8 × throttleMs, as a list that drops old lines may drop unread words with them;
   * 2 × throttleMs for a rolling overlay, whose words must be read before they roll off).
   * The deadline timer reads pending growth before it ends anything, so this window only trades
   * reads for how stale the segmenter's view of a growing caption may be.
   */
  growthMs?: number;
}

export interface CaptureHandle {
  platform: PlatformId;
  hint: CaptionsHint;
}

/** Every this many polls the read re-parses every block instead of only those that mutated. */
const FULL_READ_POLLS = 10;
/** Once the local user's name is known, it is re-read every this many polls only. */
const SELF_NAME_POLLS = 30;
/** Polls in a row without in-call markers before we call the call ended (survives re-renders). */
const LEAVE_POLLS = 2;
/**
 * Poll period while a rolling overlay is attached: only the poll finds the preferred view that may
 * open beside it (Zoom's transcript panel, which names speakers), and what is said meanwhile is
 * read from the panel's history only once it is found.
 */
const OVERLAY_MS = 2000;
/** Poll period while no caption root is attached. */
const SEARCH_MS = 250;
/**
 * Poll period once a poll found no in-call markers: the next poll confirms the call ended. Short, so
 * the call ends about a second after the user leaves even where the caption view stays on screen
 * (otherwise up to two slow polls, 8 s); still long enough that a re-render is not a call end.
 */
const LEAVE_CONFIRM_MS = 1000;

/** Starts capture on a call page; returns null (and does nothing) when no adapter matches. */
export function startCapture(opts: CaptureOptions): CaptureHandle | null {
  const adapter = adapterForUrl(opts.url);
  const win = opts.doc.defaultView;
  if (!adapter || !win || opts.signal.aborted) return null;
  const { doc, signal } = opts;
  const now = opts.now ?? (() => Date.now());
  const pollMs = opts.pollMs ?? 4000;
  const throttleMs = opts.throttleMs ?? 50;
  const growthMs = opts.growthMs ?? throttleMs * (adapter.keepsBlocks ? 20 : 8);
  // A sentence-final text is read when the quick rule ends it (read-timers.ts); without the rule the
  // slow one waits far longer than growth reads, so it is read as growth.
  const endWait = adapter.quickEndMs !== undefined ? adapter.quickEndMs + DEADLINE_SLACK_MS : Infinity;

  const safe = <A extends unknown[]>(fn: (...a: A) => void) => (...a: A): void => {
    if (signal.aborted) return;
    try {
      fn(...a);
    } catch {
      // Never throw into the page; there is deliberately no logging (captions are PHI).
    }
  };
  const onUtterance = safe(opts.onUtterance);
  const onHealth = safe(opts.onHealth);
  const onCallEnded = safe(opts.onCallEnded);

  const reader = createRootReader(adapter);
  // The segmenter that got the child reader's last list: only it may be told which entries changed.
  let childPush: Segmenter | null = null;

  let roles: RoleBook;
  let seg: Segmenter;
  const newCall = (): void => {
    // The platform's self labels are matched outside the book (withSelfLabels): which of them can be
    // meant is read from the page when each speaker is judged (Meet: the UI language), so a guest who
    // calls themselves "Ty" on an English page is a guest, and the book never sees the self label.
    const book = createRoleBook({
      selfNames: opts.selfNames,
      patientName: opts.patientName,
      exactNames: adapter.exactNames === true,
      ...(adapter.participantNames ? { present: () => adapter.participantNames!(doc) } : {}),
    });
    roles = withSelfLabels(book, () => (adapter.selfAliasesFor ? adapter.selfAliasesFor(doc) : adapter.selfAliases));
    if (selfName) roles.addSelfName(selfName);
    seg = createSegmenter({ callStart: now(), roleOf: (s) => roles.roleOf(s), stableMs: opts.stableMs, quickMs: adapter.quickEndMs });
  };
  let selfName: string | null = null;
  newCall();

  let root: CaptionRoot | null = null;
  let lastKind: string | null = null;
  let baseline: boolean | 'replay' = false;
  let observer: MutationObserver | null = null;
  let watcher: MutationObserver | null = null;
  let unparsed = false;
  let inCall = false;
  let missing = 0;
  let health: CaptionHealth['state'] | null = null;
  let startedAt = 0; // the oldest unread write that added an element (0: none)
  let mutatedAt = 0; // the newest observed mutation not read yet (0: none)
  let pushedAt = 0; // the time given to the last push (kept monotonic)
  let reads = 0; // reads since the last poll
  let polls = 0;

  const deliver = (list: Utterance[]): void => list.forEach((u) => onUtterance(u));
  const readQueue = createReadQueue({ win, signal, throttleMs, growthMs, endWait, onTimer: () => readThenPoll(), onMicrotask: () => read(false, true) });
  const fireDeadline = safe(() => {
    deadline.fired();
    // Growth not read yet (it is read late, see read-timers.ts) may belong to the utterance that is
    // due: read it first, so the utterance is judged on what the page shows, not ended and re-opened.
    // The read ticks and re-arms itself.
    if (readQueue.queued && root) return read(false, true);
    deliver(seg.tick(now()));
    armDeadline();
  });
  const deadline = createDeadlineTimer(win, now, fireDeadline);
  const armDeadline = (): void => {
    const due = seg.nextDeadline();
    deadline.arm(due === null ? null : due + DEADLINE_SLACK_MS);
  };

  const report = (): void => {
    let state: CaptionHealth['state'];
    if (root) state = unparsed ? 'layout-unknown' : 'capturing';
    else if (!inCall) state = 'waiting';
    else state = adapter.looksLikeCaptions(doc) ? 'layout-unknown' : 'captions-off';
    if (state !== health) {
      health = state;
      onHealth({ state });
    }
  };

  const read = safe((full?: boolean, detachedOk?: boolean) => {
    readQueue.taken();
    // The text changed when the observer saw it, not when the coalesced read runs: timing from the
    // mutation keeps the coalescing out of the end-of-utterance wait.
    const at = Math.max(pushedAt, mutatedAt || now());
    mutatedAt = 0;
    const startAt = startedAt || undefined;
    startedAt = 0;
    reads++;
    const got = reader.read(root, full === true, detachedOk === true, childPush === seg && !baseline);
    if (!got) return;
    const { snaps, changed } = got;
    unparsed = got.unparsed;
    pushedAt = at;
    deliver(seg.push(snaps, at, { baseline, changed, startAt, windows: root?.kind === 'overlay' }));
    childPush = reader.byChild ? seg : null;
    baseline = false;
    // The push is timed at the write; what is due by now (a read queued for the quick rule's moment,
    // see read-timers.ts) ends here, not in a deadline timer a moment later.
    deliver(seg.tick(now()));
    armDeadline();
    report();
  });
  // Each timer wake-up of the content script costs the page a fixed ~0.4-0.7 ms however little it
  // does, and while captions flow a read timer fires about every second: a poll that is due soon
  // runs in that wake-up instead of in one of its own (bench/notes/cs4.md). It runs up to a quarter
  // of its period early, so while captions flow polls come every 3-4 s instead of every 4 s.
  const readThenPoll = (): void => {
    read(false, true);
    if (!signal.aborted && root && pollTimer !== 0 && now() >= pollDueAt - pollPeriod() / 4) pollNow();
  };
  /**
   * Growth is read late (growthMs), so the last words of a caption can still be unread when its
   * root goes away (the call ends, the page re-renders). A removed subtree keeps its text: read it
   * once more before letting go, so nothing said is lost.
   */
  const readPending = (): void => {
    if (readQueue.queued && root) read(false, true);
  };

  const attach = (next: CaptionRoot | null): void => {
    readPending();
    observer?.disconnect();
    observer = null;
    watcher?.disconnect();
    watcher = null;
    root = next;
    reader.reset();
    childPush = null;
    unparsed = false;
    if (!next) return;
    // A different caption view (Zoom overlay → panel) replays history: record it, do not re-emit.
    baseline = lastKind !== null && lastKind !== next.kind ? 'replay' : false;
    lastKind = next.kind;
    const MO = next.el.ownerDocument.defaultView?.MutationObserver ?? win.MutationObserver;
    observer = new MO(
      safe((records: MutationRecord[]) => {
        reader.note(records);
        // A new block is read soon only to supersede an open utterance (a deadline is armed exactly
        // while one is open) or when writes are still unread (a list that moves on may drop the
        // blocks they were in before the growth read: Jitsi keeps three lines). When the last
        // utterance already ended (the quick rule, or silence) and everything was read, the block
        // waits for its growth read like any other growth; the segmenter still starts it at its
        // first write.
        const { dropped, urgent, added } = factsOf(records, deadline.armed || readQueue.queued);
        // A caption dropped and started over (Meet resets a long monologue in place): the words it
        // had may not have been read yet (growth is read late), so read it as it was first.
        if (dropped) {
          readingAsBefore(dropped, () => read(true, true));
          reader.note(records); // what that read parsed is the text before the drop
        }
        mutatedAt = now();
        if (added && startedAt === 0) startedAt = mutatedAt;
        readQueue.queue(urgent, mutatedAt, root?.kind === 'overlay');
      }),
    );
    observer.observe(next.el, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
    // The root's removal (CC toggled off, language change, call left) is seen at once, so the poll
    // can be slow while attached: each ancestor's own child list is watched (no subtree, so only a
    // change of its direct children is reported, which is rare), and a removal polls immediately.
    // A removal around the root (the call UI torn down while the caption view stays, Zoom's footer
    // with its leave button) polls at once too, so leaving is noticed without waiting for the poll.
    watcher = new MO(safe((records: MutationRecord[]) => root && (!root.el.isConnected || (inCall && records.some((r) => r.removedNodes.length > 0))) && pollNow()));
    for (let a = next.el.parentNode; a; a = a.parentNode) watcher.observe(a, { childList: true });
  };

  const endCall = (): void => {
    readPending();
    deliver(seg.flush(now()));
    onCallEnded();
    newCall();
    baseline = true; // captions still on screen belong to the call that ended
    armDeadline();
  };

  const poll = safe(() => {
    // The name is looked for on every poll until found (pre-join screen, first seconds of a call),
    // then only now and then (a rename): two document-wide queries a second were a visible part of
    // the poll's cost on a large call page.
    const name = selfName === null || polls % SELF_NAME_POLLS === 0 ? adapter.readSelfName?.(doc) ?? null : null;
    if (name && name !== selfName) {
      selfName = name;
      roles.addSelfName(name);
    }
    const found = adapter.findRoot(doc);
    if (found?.el !== root?.el || (root && !root.el.isConnected)) attach(found && found.el.isConnected ? found : null);
    const here = adapter.isInCall(doc);
    if (here) {
      inCall = true;
      missing = 0;
    } else if (inCall && ++missing >= LEAVE_POLLS) {
      inCall = false;
      missing = 0;
      endCall();
    }
    // The observer's reads keep the segmenter current; the poll reads only when none ran since the
    // last poll (nothing mutated, or the observer is not delivering) and for the periodic full read.
    const full = ++polls % FULL_READ_POLLS === 0;
    if (root && (full || reads === 0)) read(full);
    reads = 0;
    report();
  });

  // While no root is attached, look more often: captions that appear must be caught before the
  // first words roll away (Zoom overlay, Jitsi). A few querySelector calls per tick are cheap.
  let pollTimer = 0;
  let pollDueAt = 0; // when the armed poll timer fires (now() clock)
  const pollPeriod = (): number =>
    missing > 0 ? Math.min(LEAVE_CONFIRM_MS, pollMs) : !root ? Math.min(SEARCH_MS, pollMs) : root.kind === 'overlay' ? Math.min(OVERLAY_MS, pollMs) : pollMs;
  const pollNow = (): void => {
    win.clearTimeout(pollTimer);
    pollTimer = 0;
    poll();
    if (signal.aborted) return;
    const ms = pollPeriod();
    pollDueAt = now() + ms;
    pollTimer = win.setTimeout(pollNow, ms);
  };
  // Only the browser's own pagehide ends the call: a page script can dispatch a synthetic one.
  const onPageHide = safe((e: Event) => {
    if ((opts.isTrusted ? opts.isTrusted(e) : e.isTrusted) && inCall) endCall();
  });
  win.addEventListener('pagehide', onPageHide);
  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
      watcher?.disconnect();
      win.clearTimeout(pollTimer);
      readQueue.stop();
      deadline.stop();
      win.removeEventListener('pagehide', onPageHide);
    },
    { once: true },
  );
  pollNow();
  return { platform: adapter.id, hint: adapter.captionsHint };
}
