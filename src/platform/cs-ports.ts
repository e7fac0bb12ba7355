// The service worker's end of the content scripts' caption port (CS_PORT in protocol.ts): checks the
// sender like runtime.onMessage does, hands each request to the same handler and answers it on the
// port. A port that disconnects (tab gone, worker stopping) simply drops its pending answers: the
// content script re-sends what was not acked.
import type { Runtime } from 'webextension-polyfill';
import { CS_PORT, PortRequestSchema, parse } from '../messaging/protocol';
import { browser } from './browser';

export function listenForCaptionPorts(handle: (raw: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CS_PORT) return;
    const sender = port.sender ?? {};
    port.onMessage.addListener((raw: unknown) => {
      const req = parse(PortRequestSchema, raw);
      if (!req) return;
      void Promise.resolve(handle(req.msg, sender)).then(
        (reply) => {
          try {
            port.postMessage({ n: req.n, reply: reply ?? null });
          } catch {
            // the content script went away: it re-sends on its next connection
          }
        },
        () => undefined,
      );
    });
  });
}
