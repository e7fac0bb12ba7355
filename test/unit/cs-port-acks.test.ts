// The worker's gathered acks on the caption port (src/messaging/acks.ts): plain acks wait and go out
// together, anything else goes out at once, and a flush answers what came before it promptly.
import { describe, expect, it } from 'vitest';
import { createAckBatcher } from '../../src/messaging/acks';
import type { CsPortReply } from '../../src/messaging/protocol';

function rig() {
  const posted: CsPortReply[] = [];
  let timer: (() => void) | null = null;
  const b = createAckBatcher({
    post: (r) => posted.push(r),
    delayMs: 2000,
    setTimer: (fn) => ((timer = fn), 1),
    clearTimer: () => (timer = null),
  });
  return { b, posted, fire: () => timer?.(), armed: () => timer !== null };
}

describe('caption port acks', () => {
  it('gathers plain acks into one message when the timer fires', () => {
    const { b, posted, fire } = rig();
    for (const n of [0, 1, 2]) b.received(n), b.answered(n, { ok: true });
    expect(posted).toEqual([]);
    fire();
    expect(posted).toEqual([{ acked: [0, 1, 2] }]);
  });

  it('sends any other answer at once, with what was gathered', () => {
    const { b, posted, armed } = rig();
    b.received(0), b.answered(0, { ok: true });
    b.received(1), b.answered(1, { ok: false, rejected: true });
    expect(posted).toEqual([{ n: 1, reply: { ok: false, rejected: true } }, { acked: [0] }]);
    expect(armed()).toBe(false);
    b.received(2), b.answered(2, undefined);
    expect(posted[2]).toEqual({ n: 2, reply: null });
  });

  it('after a flush, answers every request received before it as soon as it is handled', () => {
    const { b, posted } = rig();
    b.received(0), b.received(1), b.answered(0, { ok: true });
    b.flush();
    expect(posted).toEqual([{ acked: [0] }]);
    b.answered(1, { ok: true });
    expect(posted).toEqual([{ acked: [0] }, { acked: [1] }]);
    // later requests are gathered again
    b.received(2), b.answered(2, { ok: true });
    expect(posted).toHaveLength(2);
  });

  it('drops what was gathered when the port closes', () => {
    const { b, posted, armed, fire } = rig();
    b.received(0), b.answered(0, { ok: true });
    b.close();
    expect(armed()).toBe(false);
    fire();
    expect(posted).toEqual([]);
  });
});
