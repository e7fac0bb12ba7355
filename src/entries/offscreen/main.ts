// Offscreen document (Chrome): hosts the classifier and answers the service worker. Wiring only.
import { hostClassify, hostStatus } from '../../platform/classifier-host';
import { serveOffscreenPort } from '../../platform/offscreen-port';

void hostStatus(); // start loading the model and the wasm right away

serveOffscreenPort(async (msg) => {
  if (msg.kind === 'off/status') return hostStatus();
  return hostClassify(msg.text, msg.context).then(
    (r) => ({ ok: true, label: r.label, scores: r.scores, confidence: r.confidence, unsure: r.unsure, lang: r.lang, langReliable: r.langReliable, ms: r.ms }),
    (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
