// Long-lived ports from side panels (one per window, or a panel page opened in a tab with ?tab=).
// A port subscribes to one call tab; the service worker pushes a fresh model after every change.
// When the worker stops, ports disconnect and the panel reconnects by itself (see panel-link.ts).
import { PANEL_PORT, PanelToBgSchema, parse, type PanelToBg } from '../messaging/protocol';
import { isExtensionPage } from '../messaging/senders';
import { browser, extensionOrigin } from './browser';
import type { Runtime } from 'webextension-polyfill';

type Port = Runtime.Port;
const byTab = new Map<number, Set<Port>>();

export function listenForPanels(onMessage: (msg: PanelToBg, port: Port) => void): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    if (!isExtensionPage(port.sender ?? {}, browser.runtime.id, extensionOrigin())) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((raw: unknown) => {
      const msg = parse(PanelToBgSchema, raw);
      if (!msg) return; // not ours or malformed: ignored, never thrown
      if (msg.kind === 'panel/subscribe') subscribe(port, msg.tabId);
      onMessage(msg, port);
    });
    port.onDisconnect.addListener(() => unsubscribe(port));
  });
}

function subscribe(port: Port, tabId: number): void {
  unsubscribe(port);
  let set = byTab.get(tabId);
  if (!set) byTab.set(tabId, (set = new Set()));
  set.add(port);
}

function unsubscribe(port: Port): void {
  for (const [tab, set] of byTab) {
    set.delete(port);
    if (set.size === 0) byTab.delete(tab);
  }
}

export function hasPanels(tabId: number): boolean {
  return (byTab.get(tabId)?.size ?? 0) > 0;
}

export function postToPanels(tabId: number, message: unknown): void {
  for (const port of byTab.get(tabId) ?? []) {
    try {
      port.postMessage(message);
    } catch {
      unsubscribe(port); // the panel went away between the check and the post
    }
  }
}

export function postTo(port: Port, message: unknown): void {
  try {
    port.postMessage(message);
  } catch {
    unsubscribe(port);
  }
}

/** Every connected panel, whatever tab it follows (the blank command applies to all of them). */
export function postToAllPanels(message: unknown): void {
  for (const tab of [...byTab.keys()]) postToPanels(tab, message);
}
