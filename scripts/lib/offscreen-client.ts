// For the bench and the end-to-end tests: the product's request path to the offscreen document
// (OFFSCREEN_PORT, `{ n, msg }` -> `{ n, reply }`, as src/platform/offscreen-link.ts speaks it),
// installed in the real service worker as `globalThis.__offscreen(msg)`. The worker's own module
// cannot be imported from a Playwright evaluate, so this is the same protocol spoken from outside.
// Reconnects after the document is closed or re-created, and waits while a new one is not listening.
import type { Worker } from 'playwright-core';
import { OFFSCREEN_PORT, type BgToOff } from '../../src/messaging/protocol';

export type OffscreenRequest = (msg: BgToOff) => Promise<unknown>;

/** Installs `globalThis.__offscreen` in the worker (idempotent; call it again after a worker restart). */
export async function installOffscreenClient(sw: Worker): Promise<void> {
  // tsx (esbuild, keepNames) wraps named functions in a `__name` helper the worker does not have.
  await sw.evaluate('globalThis.__name ??= (f) => f');
  await sw.evaluate((name) => {
    const g = globalThis as unknown as { __offscreen?: OffscreenRequest };
    if (g.__offscreen) return;
    let port: chrome.runtime.Port | null = null;
    let n = 0;
    const waiting = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
    const connect = (): chrome.runtime.Port => {
      const p = chrome.runtime.connect({ name });
      p.onMessage.addListener((raw: { n: number; reply: unknown }) => {
        const w = waiting.get(raw.n);
        waiting.delete(raw.n);
        w?.resolve(raw.reply);
      });
      p.onDisconnect.addListener(() => {
        const why = chrome.runtime.lastError?.message ?? 'closed';
        if (port === p) port = null;
        for (const w of waiting.values()) w.reject(new Error(why));
        waiting.clear();
      });
      return p;
    };
    g.__offscreen = async (msg) => {
      for (let attempt = 0; ; attempt++) {
        port ??= connect();
        const p = port;
        try {
          return await new Promise((resolve, reject) => {
            const id = n++;
            waiting.set(id, { resolve, reject });
            p.postMessage({ n: id, msg });
          });
        } catch (e) {
          // A port to a closed document (re-created by the bench) or to one not listening yet.
          if (!/Receiving end|establish connection|disconnected port|^Error: closed$/.test(String(e)) || attempt >= 2000) throw e; // 10 s
          if (port === p) port = null;
          await new Promise((r) => setTimeout(r, 5));
        }
      }
    };
  }, OFFSCREEN_PORT);
}
