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
  documentId?: string;
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
  // A prefix test, not URL.origin: non-web schemes have an opaque origin ("null") in some URL
  // parsers (Node's), and the browser hands over sender.url already normalised.
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}/`);
}

/**
 * True when the sender is this extension's service worker. The offscreen document answers only the
 * worker: other extension pages (panel, options, summary) have no business asking the classifier.
 * Chrome gives a worker sender only `id` and `url` (measured: no origin, frame, document or tab);
 * every page has a documentId. The offscreen document cannot read the manifest to compare the
 * worker's exact URL (runtime.getManifest does not exist there).
 */
export function isServiceWorker(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  if (sender.tab !== undefined || sender.frameId !== undefined || sender.documentId !== undefined) return false;
  return isExtensionPage(sender, extensionId, extensionOrigin);
}
