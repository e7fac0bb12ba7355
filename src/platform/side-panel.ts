// Chrome's side panel (Firefox uses sidebar_action from the manifest; nothing to do there).
import { chromeApi } from './browser';

export async function openPanelOnActionClick(): Promise<void> {
  await chromeApi?.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
}

/** Make sure the panel is available on a call tab (the manifest default covers the rest). */
export async function enablePanelForTab(tabId: number): Promise<void> {
  await chromeApi?.sidePanel?.setOptions({ tabId, enabled: true }).catch(() => undefined);
}
