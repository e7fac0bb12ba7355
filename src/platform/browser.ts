// The one import of webextension-polyfill. Everything in src/ that needs the browser goes through
// src/platform/, so the rest of the code is plain TypeScript that runs in Node tests.
// Chrome-only APIs the polyfill does not wrap (sidePanel, offscreen) are reached via `chromeApi`.
import browser from 'webextension-polyfill';

export { browser };

/** Chrome's own namespace when present (Chrome/Edge); undefined on Firefox. */
export const chromeApi: typeof chrome | undefined =
  typeof chrome !== 'undefined' && typeof chrome.runtime?.id === 'string' ? chrome : undefined;

export const extensionOrigin = (): string => new URL(browser.runtime.getURL('/')).origin;

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function i18n(key: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(key, subs) || key;
}
