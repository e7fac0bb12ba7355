// The service worker's answers on one caption port (CS_PORT, protocol.ts), gathered: every message
// that reaches the call page costs it a task, and a plain ack per utterance was one such message per
// utterance. A plain `{ ok: true }` waits up to `delayMs` and goes out with the acks gathered
// meanwhile as `{ acked: [...] }`; any other answer (rejected, disabled, a failure) goes out at once,
// with what was gathered. After `flush()` every request already received is answered as soon as it
// is handled. Pure: the port and the clock come in as functions.
import type { CsPortReply } from './protocol';

export interface AckBatcherDeps {
  post(reply: CsPortReply): void;
  delayMs: number;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(t: unknown): void;
}

export interface AckBatcher {
  /** A request numbered `n` has arrived (before it is handled). */
  received(n: number): void;
  /** Its handler answered `reply`. */
  answered(n: number, reply: unknown): void;
  /** Answer what was received so far as soon as it is handled, and send what is gathered now. */
  flush(): void;
  /** The port closed: drop what is gathered (the content script re-sends what was not acked). */
  close(): void;
}

const isPlainOk = (r: unknown): boolean =>
  typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === true && Object.keys(r).length === 1;

export function createAckBatcher(d: AckBatcherDeps): AckBatcher {
  let gathered: number[] = [];
  let timer: unknown = null;
  let lastReceived = -1;
  let promptUpTo = -1; // requests up to this number were received before a flush
  const send = (): void => {
    if (timer !== null) d.clearTimer(timer);
    timer = null;
    if (gathered.length === 0) return;
    const acked = gathered;
    gathered = [];
    d.post({ acked });
  };
  return {
    received(n) {
      lastReceived = Math.max(lastReceived, n);
    },
    answered(n, reply) {
      if (isPlainOk(reply) && n > promptUpTo) {
        gathered.push(n);
        timer ??= d.setTimer(send, d.delayMs);
        return;
      }
      if (isPlainOk(reply)) gathered.push(n);
      else d.post({ n, reply: reply ?? null });
      send();
    },
    flush() {
      promptUpTo = lastReceived;
      send();
    },
    close() {
      if (timer !== null) d.clearTimer(timer);
      timer = null;
      gathered = [];
    },
  };
}
