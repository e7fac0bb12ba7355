// Offscreen document (Chrome): hosts the classifier and answers the service worker. Wiring only.
import type { Runtime } from 'webextension-polyfill';
import { BgToOffSchema, parse } from '../../messaging/protocol';
import { isExtensionPage } from '../../messaging/senders';
import { browser, extensionOrigin } from '../../platform/browser';
import { hostClassify, hostStatus } from '../../platform/classifier-host';

void hostStatus(); // start loading the model and the wasm right away

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const msg = parse(BgToOffSchema, raw);
  if (!msg) return undefined; // not addressed to the offscreen document
  // Only the service worker (an extension context without a tab) may ask.
  if (sender.tab || !isExtensionPage(sender, browser.runtime.id, extensionOrigin())) return undefined;
  if (msg.kind === 'off/status') return hostStatus();
  return hostClassify(msg.text, msg.context).then(
    (r) => ({ ok: true, label: r.label, scores: r.scores, confidence: r.confidence, unsure: r.unsure, lang: r.lang, langReliable: r.langReliable, ms: r.ms }),
    (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
});
