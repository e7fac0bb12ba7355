// The worker's "I started" notice (RestartNoticeSchema): sent by a new worker generation to the tabs
// of live calls and to the extension's pages, heard by the content script's and the panel's links.
// Only the worker's own messages count: the sender must be this extension and not a tab.
import { parse, RestartNoticeSchema, type RestartNotice } from '../messaging/protocol';
import type { Runtime } from 'webextension-polyfill';
import { browser } from './browser';

/** Worker side: tells each live call's content script and every open panel that this worker started at `bootAt`. */
export function announceRestart(tabIds: readonly number[], bootAt: number): void {
  const msg: RestartNotice = { kind: 'bg/restarted', bootAt };
  for (const tabId of tabIds) browser.tabs.sendMessage(tabId, msg).catch(() => undefined); // tab gone or no content script
  browser.runtime.sendMessage(msg).catch(() => undefined); // no page open
}

/** Page side: calls `onNotice` with the worker's start time; stops listening when `signal` aborts. */
export function onRestartNotice(onNotice: (bootAt: number) => void, signal?: AbortSignal): void {
  const listener = (raw: unknown, sender: { id?: string; tab?: unknown }): undefined => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const m = parse(RestartNoticeSchema, raw);
    if (m) onNotice(m.bootAt);
    return undefined; // no answer: other listeners (and the worker's sendMessage) are unaffected
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Closes a port that may already be gone (a stopped worker's, or one Chrome closed meanwhile). */
export function disconnectQuietly(port: Runtime.Port | null): void {
  try {
    port?.disconnect();
  } catch {
    // already gone
  }
}
