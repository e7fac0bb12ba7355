// The service worker's line to the offscreen document (Chrome): one long-lived port, opened when
// first needed and reopened after the document or the worker went away. Each request carries a
// number and resolves with the `{ n, reply }` answer that carries it back.
import { OFFSCREEN_PORT, isPortReply, type BgToOff } from '../messaging/protocol';
import { chromeApi } from './browser';
import { ensureOffscreen } from './offscreen';

/** A port that closed before its answer came: the request was not (or not fully) served. */
export class OffscreenGone extends Error {
  constructor(readonly notListening: boolean, message: string) {
    super(message);
  }
}

// A document created a moment ago may not listen yet: Chrome then closes the port at once with this.
const NOT_LISTENING = /Receiving end does not exist|Could not establish connection/i;

interface Link {
  send(msg: BgToOff): Promise<unknown>;
}

let link: Link | null = null;

function openLink(): Link {
  const api = chromeApi!;
  const port = api.runtime.connect({ name: OFFSCREEN_PORT });
  const waiting = new Map<number, { resolve: (reply: unknown) => void; reject: (e: Error) => void }>();
  let n = 0;
  let closed: OffscreenGone | null = null;
  port.onMessage.addListener((raw: unknown) => {
    if (!isPortReply(raw)) return;
    const w = waiting.get(raw.n);
    waiting.delete(raw.n);
    w?.resolve(raw.reply);
  });
  port.onDisconnect.addListener(() => {
    const why = api.runtime.lastError?.message ?? 'the offscreen document closed';
    closed = new OffscreenGone(NOT_LISTENING.test(why), why);
    if (link === self) link = null;
    for (const w of waiting.values()) w.reject(closed);
    waiting.clear();
  });
  const self: Link = {
    send(msg) {
      if (closed) return Promise.reject(closed);
      const id = n++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        port.postMessage({ n: id, msg });
      });
    },
  };
  return self;
}

/**
 * Sends one request to the offscreen document, creating the document if needed. A port refused
 * because the new document is not listening yet is retried (up to 2 s); any other loss is thrown,
 * and the next request reconnects.
 */
export async function requestOffscreen(msg: BgToOff): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    if (!link) {
      await ensureOffscreen();
      link ??= openLink();
    }
    try {
      return await link.send(msg);
    } catch (e) {
      if (!(e instanceof OffscreenGone) || !e.notListening || attempt >= 40) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
