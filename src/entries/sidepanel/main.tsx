// Side panel: wiring only. Follows the window's active tab (or the tab named by ?tab=<id> when the
// page is opened in an ordinary tab, as tests and the demo do) and renders what the worker pushes.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Panel, type PanelModel } from '../../ui/panel/index';
import '../../ui/panel/panel.css';
import { browser, extensionUrl, i18n } from '../../platform/browser';
import { connectPanel, followActiveTab } from '../../platform/panel-link';
import { toPanelModel } from '../../calls/panel-model';

const fixedTab = Number(new URLSearchParams(location.search).get('tab'));
/**
 * How often an open panel advances the coach's clock (prompt expiry, time-based prompts, and a
 * prompt held back only by the nudge budget, which must show while its moment lasts: a lecture run
 * is prompted only while it is still going). 5 s let such a prompt miss its moment (the demo's
 * lecture run ended before the next tick); a tick is one small message and a no-op reduce.
 */
const TICK_MS = 1000;
const getMessage = (key: string, subs?: string[]): string => i18n(key, subs);

function App() {
  const [model, setModel] = useState<PanelModel>(() => toPanelModel(null, { state: 'loading' }, Date.now()));
  const [tabId, setTabId] = useState<number | null>(Number.isInteger(fixedTab) && fixedTab > 0 ? fixedTab : null);
  const [blank, setBlank] = useState(false);
  const [link] = useState(() =>
    connectPanel(
      (m) => {
        const msg = m as { kind?: string; tabId?: number; model?: PanelModel };
        if (msg.kind === 'bg/model' && msg.model) setModel(msg.model);
        if (msg.kind === 'bg/blank-toggle') setBlank((b) => !b);
      },
      () => undefined,
    ),
  );
  useEffect(() => {
    if (tabId === null) void followActiveTab((id) => setTabId(id));
  }, []);
  useEffect(() => {
    if (tabId === null) return;
    link.follow(tabId);
    const tick = setInterval(() => link.send({ kind: 'panel/tick', tabId }), TICK_MS);
    return () => clearInterval(tick);
  }, [tabId]);
  document.documentElement.lang = browser.i18n.getUILanguage();

  return (
    <Panel
      model={model}
      getMessage={getMessage}
      onPromptAction={(promptId, action) => tabId !== null && link.send({ kind: 'panel/prompt', tabId, promptId, action })}
      onPause={(paused) => tabId !== null && link.send({ kind: 'panel/pause', tabId, paused })}
      onSelfName={(name) => tabId !== null && link.send({ kind: 'panel/self-name', tabId, name })}
      onSpeakerRole={(name, as) => tabId !== null && link.send({ kind: 'panel/speaker-role', tabId, name, as })}
      blank={blank}
      onBlank={setBlank}
      onSafetyItem={(item, checked) => tabId !== null && link.send({ kind: 'panel/safety-item', tabId, item, checked })}
      onSafetyClose={() => tabId !== null && link.send({ kind: 'panel/safety-close', tabId })}
      onOpenSummary={() => void browser.tabs.create({ url: extensionUrl(model.summaryUrl ?? 'src/entries/summary/index.html') })}
    />
  );
}

render(<App />, document.getElementById('app')!);
