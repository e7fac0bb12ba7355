// The offscreen document's end of the classifier port (OFFSCREEN_PORT in protocol.ts): accepts a
// port from the service worker only, hands each request to `handle` and answers on the port in the
// `{ n, reply }` envelope. Requests are answered in the order they finish; the worker matches by n.
import { OFFSCREEN_PORT, BgToOffSchema, PortRequestSchema, parse, type BgToOff } from '../messaging/protocol';
import { isServiceWorker } from '../messaging/senders';
import { browser, extensionOrigin } from './browser';

export function serveOffscreenPort(handle: (msg: BgToOff) => Promise<unknown>): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== OFFSCREEN_PORT) return;
    if (!isServiceWorker(port.sender ?? {}, browser.runtime.id, extensionOrigin())) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((raw: unknown) => {
      const req = parse(PortRequestSchema, raw);
      const msg = req && parse(BgToOffSchema, req.msg);
      if (!req || !msg) return; // malformed: ignored, never thrown
      const answer = (reply: unknown): void => {
        try {
          port.postMessage({ n: req.n, reply });
        } catch {
          // the worker stopped: it reconnects and asks again
        }
      };
      // A failed handler still answers (null is no valid reply): the worker must not wait forever.
      handle(msg).then(answer, () => answer(null));
    });
  });
}
