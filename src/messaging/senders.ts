// Who may send what. A compromised renderer can forge content-script messages, so the service worker
// accepts caption messages only from a top frame of a supported call origin, and panel messages only
// from the extension's own pages. Pure: the sender object is passed in.

/** Origins whose pages run our content script (must match manifest content_scripts.matches). */
const CALL_HOSTS: RegExp[] = [
  /^meet\.google\.com$/,
  /^teams\.microsoft\.com$/,
  /^teams\.live\.com$/,
  /^teams\.cloud\.microsoft$/,
  /^([a-z0-9-]+\.)*zoom\.us$/,
  /^meet\.jit\.si$/,
  /^8x8\.vc$/,
];

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export function isCallPageUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && CALL_HOSTS.some((h) => h.test(u.hostname));
  } catch {
    return false;
  }
}

/** Returns the tab id when the sender is our content script in a call page's top frame. */
export function contentScriptTab(sender: SenderLike, extensionId: string): number | null {
  if (sender.id !== extensionId) return null;
  if (sender.frameId !== 0 || typeof sender.tab?.id !== 'number') return null;
  return isCallPageUrl(sender.url) ? sender.tab.id : null;
}

/** True when the sender is one of this extension's own pages (panel, summary, options, offscreen). */
export function isExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  try {
    return new URL(sender.url).origin === extensionOrigin;
  } catch {
    return false;
  }
}
