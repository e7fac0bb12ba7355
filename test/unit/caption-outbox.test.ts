// The content script's delivery guarantees (src/messaging/caption-outbox.ts, wired by CsLink): one
// request in flight, the next posted the moment the previous is acked, a lost or unacked request
// re-sent after a backoff, a rejected one dropped, a correction replacing a queued revision, and
// drained() waiting for every ack. Synthetic text only.
import { describe, expect, it } from 'vitest';
import { ACK_TIMEOUT_MS, BACKOFF_MS, createCaptionOutbox } from '../../src/messaging/caption-outbox';
import type { Utterance } from '../../src/captions/types';

const utt = (id: string, revision = 0): Utterance => ({ id, speaker: 'A', role: 'clinician', text: `line ${id}.${revision}`, startMs: 0, endMs: 1, revision });

function rig(opts: { postOk?: () => boolean } = {}) {
  const posted: string[] = [];
  type Timer = { fn: () => void; ms: number; cleared: boolean };
  // Backoff timers and the ack watchdog's timers apart (told by their kind); a clock the test moves.
  const all: Timer[] = [];
  const timers: Timer[] = [];
  const watchdogs: Timer[] = [];
  let disabled = 0;
  let stale = 0;
  const clock = { ms: 0 };
  const box = createCaptionOutbox({
    post: (u) => (posted.push(`${u.id}.${u.revision}`), opts.postOk ? opts.postOk() : true),
    onDisabled: () => void disabled++,
    onStale: () => void stale++,
    now: () => clock.ms,
    setTimer: (fn, ms, kind) => {
      const t = { fn, ms, cleared: false };
      (kind === 'watchdog' ? watchdogs : timers).push(t);
      return all.push(t) - 1;
    },
    clearTimer: (t) => void (all[t as number]!.cleared = true),
  });
  const fireFrom = (list: Timer[]) => (): void => {
    const t = list.find((x) => !x.cleared);
    if (!t) throw new Error('no timer');
    t.cleared = true;
    t.fn();
  };
  return { box, posted, timers, watchdogs, clock, fire: fireFrom(timers), fireWatchdog: fireFrom(watchdogs), disabled: () => disabled, stale: () => stale };
}

describe('caption outbox', () => {
  it('posts at once, keeps one request in flight, and posts the next on each ack', () => {
    const { box, posted, timers } = rig();
    box.add(utt('a'));
    expect(posted).toEqual(['a.0']); // immediately, no timer
    box.add(utt('b'));
    box.add(utt('c'));
    expect(posted).toEqual(['a.0']);
    box.answered({ ok: true });
    expect(posted).toEqual(['a.0', 'b.0']);
    box.answered({ ok: true });
    box.answered({ ok: true });
    expect(posted).toEqual(['a.0', 'b.0', 'c.0']);
    expect(box.pending()).toBe(0);
    expect(timers).toHaveLength(0);
    box.answered({ ok: true }); // a stray answer with nothing in flight changes nothing
    expect(posted).toHaveLength(3);
  });

  it('re-sends a lost request after a growing backoff, and resets the backoff after an ack', () => {
    const { box, posted, timers, fire } = rig();
    box.add(utt('a'));
    box.lost(); // the port closed
    expect(timers.map((t) => t.ms)).toEqual([BACKOFF_MS[0]]);
    box.add(utt('b')); // queued during the backoff, not posted
    expect(posted).toEqual(['a.0']);
    fire();
    expect(posted).toEqual(['a.0', 'a.0']);
    box.answered({ ok: false }); // not an ack: retried as well
    expect(timers.map((t) => t.ms)).toEqual([BACKOFF_MS[0], BACKOFF_MS[1]]);
    fire();
    box.answered({ ok: true });
    expect(posted).toEqual(['a.0', 'a.0', 'a.0', 'b.0']);
    box.lost();
    expect(timers.at(-1)!.ms).toBe(BACKOFF_MS[0]);
  });

  it('retries when the port cannot take the message', () => {
    let ok = false;
    const { box, posted, fire } = rig({ postOk: () => ok });
    box.add(utt('a'));
    ok = true;
    fire();
    box.answered({ ok: true });
    expect(posted).toEqual(['a.0', 'a.0']);
    expect(box.pending()).toBe(0);
  });

  it('drops a rejected utterance and goes on; stops everything when the platform is disabled', () => {
    const { box, posted, disabled } = rig();
    box.add(utt('a'));
    box.add(utt('b'));
    box.add(utt('c'));
    box.answered({ rejected: true });
    expect(posted).toEqual(['a.0', 'b.0']);
    box.answered({ ok: true, disabled: true });
    expect(disabled()).toBe(1);
    expect(box.pending()).toBe(0);
    box.add(utt('d'));
    expect(posted).toEqual(['a.0', 'b.0']);
  });

  it('a correction replaces a queued revision; the one in flight is not shifted by its ack', () => {
    const { box, posted } = rig();
    box.add(utt('a'));
    box.add(utt('b'));
    box.add(utt('b', 1)); // replaces b.0, still queued
    box.add(utt('a', 1)); // a.0 is in flight: its ack must not drop a.1
    box.answered({ ok: true });
    box.answered({ ok: true });
    box.answered({ ok: true });
    expect(posted).toEqual(['a.0', 'b.1', 'a.1']);
    expect(box.pending()).toBe(0);
  });

  it('a request unanswered for a whole watchdog period is presumed lost: port dropped, re-sent', () => {
    const { box, posted, timers, watchdogs, fire, fireWatchdog, stale } = rig();
    box.add(utt('a'));
    expect(watchdogs.map((t) => t.ms)).toEqual([ACK_TIMEOUT_MS]); // one watchdog, armed by the post
    box.add(utt('b'));
    fireWatchdog(); // a.0 posted before it was armed and still unanswered
    expect(stale()).toBe(1);
    expect(timers.map((t) => t.ms)).toEqual([BACKOFF_MS[0]]);
    fire();
    expect(posted).toEqual(['a.0', 'a.0']);
    box.answered({ ok: true });
    box.answered({ ok: true });
    expect(posted).toEqual(['a.0', 'a.0', 'b.0']);
    expect(box.pending()).toBe(0);
    expect(stale()).toBe(1);
  });

  it('the watchdog does not fire on a flowing stream: one timer per period, not one per message', () => {
    const { box, posted, watchdogs, fireWatchdog, stale } = rig();
    for (let i = 0; i < 50; i++) {
      box.add(utt(`u${i}`));
      if (i < 49) box.answered({ ok: true });
    }
    expect(posted).toHaveLength(50);
    expect(watchdogs).toHaveLength(1);
    fireWatchdog(); // u49 was posted after the watchdog was armed: watched for another period
    expect(stale()).toBe(0);
    expect(watchdogs).toHaveLength(2);
    box.answered({ ok: true });
    fireWatchdog(); // nothing in flight: no stale, not re-armed
    expect(stale()).toBe(0);
    expect(watchdogs).toHaveLength(2);
  });

  it('a request posted while an older one was watched is given up on one period after its own post', () => {
    const { box, posted, watchdogs, clock, fireWatchdog, stale } = rig();
    box.add(utt('a'));
    clock.ms = 4900;
    box.answered({ ok: true });
    box.add(utt('b')); // posted 100 ms before the watchdog armed for a fires
    clock.ms = ACK_TIMEOUT_MS;
    fireWatchdog();
    expect(stale()).toBe(0);
    expect(watchdogs.map((t) => t.ms)).toEqual([ACK_TIMEOUT_MS, 4900]); // b's remaining period, not a whole new one
    clock.ms = 9900;
    fireWatchdog();
    expect(stale()).toBe(1);
    expect(posted).toEqual(['a.0', 'b.0']);
  });

  it('drained() waits for every ack, through a backoff; stop() releases it', async () => {
    const { box, fire } = rig();
    await box.drained(); // nothing queued
    box.add(utt('a'));
    box.add(utt('b'));
    let done = false;
    const d = box.drained().then(() => void (done = true));
    box.answered({ ok: true });
    box.lost();
    await Promise.resolve();
    expect(done).toBe(false);
    fire();
    box.answered({ ok: true });
    await d;
    expect(done).toBe(true);
    box.add(utt('c'));
    const s = box.drained();
    box.stop();
    await s;
    box.answered({ ok: true });
    expect(box.inFlight).toBe(false);
  });
});
