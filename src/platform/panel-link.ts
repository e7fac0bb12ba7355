// The side panel's port to the service worker. The worker may be stopped at any time, which
// disconnects the port; the panel reconnects by itself with backoff and re-subscribes, so the user
// never has to reopen it.
import type { PanelToBg } from '../messaging/protocol';
import { PANEL_PORT } from '../messaging/protocol';
import { browser } from './browser';
import { disconnectQuietly, onRestartNotice } from './restart-notice';
import type { Runtime } from 'webextension-polyfill';

export interface PanelLink {
  send(msg: PanelToBg): void;
  follow(tabId: number): void;
  close(): void;
}

export function connectPanel(onMessage: (msg: unknown) => void, onConnection: (up: boolean) => void): PanelLink {
  let port: Runtime.Port | null = null;
  let tabId: number | null = null;
  let closed = false;
  let attempt = 0;
  let portSince = 0; // Date.now() when the port was opened (compared with a restart notice's bootAt)

  const open = (): void => {
    if (closed) return;
    try {
      port = browser.runtime.connect({ name: PANEL_PORT });
    } catch {
      retry();
      return;
    }
    port.onMessage.addListener((m: unknown) => {
      attempt = 0;
      onMessage(m);
    });
    const mine = port;
    mine.onDisconnect.addListener(() => {
      if (port !== mine) return; // replaced after a restart notice
      port = null;
      onConnection(false);
      retry();
    });
    portSince = Date.now();
    onConnection(true);
    if (tabId !== null) port.postMessage({ kind: 'panel/subscribe', tabId } satisfies PanelToBg);
  };
  const retry = (): void => {
    if (closed) return;
    const wait = Math.min(2000, 100 * 2 ** attempt++);
    setTimeout(open, wait);
  };
  open();
  // A worker that started after the port was opened: the port may never report closing
  // (restart-notice.ts), so the panel connects to the new worker and subscribes again now.
  onRestartNotice((bootAt) => {
    if (closed || !port || portSince >= bootAt) return;
    const old = port;
    port = null; // its onDisconnect, if it ever comes, finds port changed and does nothing
    disconnectQuietly(old);
    onConnection(false);
    attempt = 0;
    open();
  });

  return {
    send(msg) {
      try {
        port?.postMessage(msg);
      } catch {
        /* reconnecting; the next model push reflects the truth */
      }
    },
    follow(id) {
      tabId = id;
      this.send({ kind: 'panel/subscribe', tabId: id });
    },
    close() {
      closed = true;
      port?.disconnect();
    },
  };
}

/** The tab the real side panel should follow: the active tab of its window, updated on switches. */
export async function followActiveTab(onTab: (tabId: number) => void): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) onTab(tab.id);
  const win = tab?.windowId;
  browser.tabs.onActivated.addListener((info) => {
    if (win === undefined || info.windowId === win) onTab(info.tabId);
  });
}
