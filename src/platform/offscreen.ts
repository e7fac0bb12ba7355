// Chrome runs the classifier in an offscreen document (the service worker cannot instantiate
// onnxruntime-web's wasm: no dynamic import, no URL.createObjectURL there). Only one offscreen
// document may exist; creating it twice throws, so creation is shared through one promise.
import { chromeApi } from './browser';

export const OFFSCREEN_PATH = 'src/entries/offscreen/index.html';

let creating: Promise<void> | null = null;

export function hasOffscreenApi(): boolean {
  return !!chromeApi?.offscreen;
}

export async function ensureOffscreen(): Promise<void> {
  const api = chromeApi;
  if (!api?.offscreen) return;
  const url = api.runtime.getURL(OFFSCREEN_PATH);
  const contexts = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= api.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Runs the on-device utterance classifier (WebAssembly); no data leaves the device.',
    })
    .catch((e: unknown) => {
      // Another caller won the race: the document exists, which is what we wanted.
      if (!String(e).includes('single offscreen')) throw e;
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}
