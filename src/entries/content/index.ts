// Content script: wiring only. Starts caption capture when the service worker says this platform is
// enabled, and forwards health, utterances and call end. Everything it starts hangs off one
// AbortController (rule 4) so an invalidated extension context tears it all down quietly.
import { startCapture } from '../../captions/capture';
import { adapterForUrl } from '../../captions/platforms/index';
import { CsLink } from '../../platform/cs-link';

void (async () => {
  const adapter = adapterForUrl(location.href);
  if (!adapter) return;
  const ac = new AbortController();
  const callKey = crypto.randomUUID();
  const link = new CsLink(adapter.id, callKey, ac.signal, () => ac.abort());
  const hello = await link.hello();
  if (!hello?.enabled || ac.signal.aborted) return;

  const started = startCapture({
    doc: document,
    url: location.href,
    selfNames: hello.selfNames,
    signal: ac.signal,
    onUtterance: (u) => link.utterance(u),
    onHealth: (h) => link.health(h),
    onCallEnded: () => void link.ended('left'),
  });
  if (!started) return;
  // The page going away mid-call still ends the call with what was captured.
  // Only the browser's own pagehide counts: the call page can dispatch a synthetic one (isTrusted false).
  addEventListener('pagehide', (e) => e.isTrusted && void link.ended('unload'), { signal: ac.signal });
})().catch(() => undefined);
