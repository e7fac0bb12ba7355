// The service worker's end of the content scripts' caption port (CS_PORT in protocol.ts): checks the
// sender like runtime.onMessage does, hands each request to the same handler and answers it on the
// port, plain acks gathered (acks.ts). A port that disconnects (tab gone, worker stopping) simply
// drops its pending answers: the content script re-sends what was not acked.
import type { Runtime } from 'webextension-polyfill';
import { ACK_BATCH_MS, CS_PORT, CsPortRequestSchema, parse } from '../messaging/protocol';
import { createAckBatcher } from '../messaging/acks';
import { browser } from './browser';

export function listenForCaptionPorts(handle: (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CS_PORT) return;
    const sender = port.sender ?? {};
    const acks = createAckBatcher({
      post: (reply) => {
        try {
          port.postMessage(reply);
        } catch {
          // the content script went away: it re-sends on its next connection
        }
      },
      delayMs: ACK_BATCH_MS,
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
    });
    port.onDisconnect.addListener(() => acks.close());
    port.onMessage.addListener((raw: unknown) => {
      const req = parse(CsPortRequestSchema, raw);
      if (!req) return;
      if ('flush' in req) return acks.flush();
      acks.received(req.n);
      void Promise.resolve(handle(req.msg, sender)).then(
        (reply) => acks.answered(req.n, reply),
        () => undefined,
      );
    });
  });
}
