// Live call state lives in chrome.storage.session: memory-only, cleared when the browser closes,
// not readable by content scripts (access level stays TRUSTED_CONTEXTS), and it survives the
// service worker being stopped. One key per tab.
import type { LiveCall } from '../calls/live-call';
import { browser } from './browser';

const PREFIX = 'call:';

export async function loadCall(tabId: number): Promise<LiveCall | null> {
  const key = PREFIX + tabId;
  const got = await browser.storage.session.get(key);
  return (got[key] as LiveCall | undefined) ?? null;
}

export async function saveCall(call: LiveCall): Promise<void> {
  await browser.storage.session.set({ [PREFIX + call.tabId]: call });
}

export async function removeCall(tabId: number): Promise<void> {
  await browser.storage.session.remove(PREFIX + tabId);
}

export async function liveTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)))
    .filter((n) => Number.isInteger(n));
}
