// The service worker's view of the classifier. On Chrome it lives in the offscreen document and is
// reached over a port (offscreen-link.ts); on Firefox the background page is a document and hosts it in-process.
// Either way the model loads once, early (when a call page says hello), in one place.
import type { Classification } from '../classifier/labels';
import { ClassifyReplySchema, ModelStatusSchema, parse, type ModelStatus } from '../messaging/protocol';
import { hasOffscreenApi } from './offscreen';
import { requestOffscreen } from './offscreen-link';

export interface InProcessClassifier {
  status(): Promise<ModelStatus>;
  classify(text: string, context: string): Promise<Classification>;
}

let inProcess: (() => Promise<InProcessClassifier>) | null = null;
let lastStatus: ModelStatus = { state: 'loading' };

/** Firefox wiring: the background page hosts the classifier itself. */
export function useInProcessClassifier(factory: () => Promise<InProcessClassifier>): void {
  inProcess = factory;
}

export function modelStatus(): ModelStatus {
  return lastStatus;
}

/** Starts loading the model if it is not loaded; resolves with its state once known. */
export async function warmUp(): Promise<ModelStatus> {
  try {
    if (!hasOffscreenApi() && inProcess) {
      lastStatus = await (await inProcess()).status();
      return lastStatus;
    }
    const reply = parse(ModelStatusSchema, await requestOffscreen({ kind: 'off/status' }));
    lastStatus = reply ?? { state: 'failed', error: 'no reply from the classifier' };
  } catch (e) {
    lastStatus = { state: 'failed', error: e instanceof Error ? e.message : String(e) };
  }
  return lastStatus;
}

export async function classifyRemote(text: string, context: string): Promise<Classification | null> {
  try {
    if (!hasOffscreenApi() && inProcess) return await (await inProcess()).classify(text, context);
    const reply = parse(ClassifyReplySchema, await requestOffscreen({ kind: 'off/classify', text, context }));
    if (!reply || !reply.ok) {
      lastStatus = { state: 'failed', error: reply && !reply.ok ? reply.error : 'invalid reply' };
      return null;
    }
    lastStatus = { state: 'ready', loadMs: lastStatus.loadMs };
    const { ok: _ok, ms: _ms, ...classification } = reply;
    return classification;
  } catch (e) {
    lastStatus = { state: 'failed', error: e instanceof Error ? e.message : String(e) };
    return null;
  }
}
