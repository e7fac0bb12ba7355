// Summary page: wiring only. Lists stored calls (?call=<id> opens one), applies disputes, exports
// and deletes through the encrypted store, with the policy deciding which exports exist.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CallList, CallSummary, PrintView } from '../../ui/summary/index';
import '../../ui/summary/summary.css';
import { makeT } from '../../ui/common/i18n';
import { allowedExports, exportCall, type ExportPolicy } from '../../sessions/export';
import { withDispute, type CallRecord } from '../../sessions/record';
import type { ListItem } from '../../sessions/store';
import { browser } from '../../platform/browser';
import { saveFile } from '../../platform/download';
import { eraseAllCallData, modelInfo, sessionStore } from '../../platform/finished-calls';
import { settingsStore } from '../../platform/settings';
import type { MergedSettings } from '../../settings/merge';

const t = makeT((key, subs) => browser.i18n.getMessage(key, subs));
const locale = browser.i18n.getUILanguage();
const store = sessionStore();

type View = { kind: 'list' } | { kind: 'call'; record: CallRecord } | { kind: 'error'; callId: string; reason: string };

function App() {
  const [calls, setCalls] = useState<ListItem[]>([]);
  const [view, setView] = useState<View>({ kind: 'list' });
  // Strictest until the policy has been read; then it follows every policy change while open.
  const [policy, setPolicy] = useState<ExportPolicy>({ exportsAllowed: false, deidentifiedExportsOnly: true });

  const refresh = async (): Promise<void> => setCalls(await store.list());
  const open = async (callId: string): Promise<void> => {
    const got = await store.get(callId);
    setView(got.ok ? { kind: 'call', record: got.record } : { kind: 'error', callId, reason: got.reason });
    history.replaceState(null, '', `?call=${encodeURIComponent(callId)}`);
  };
  const back = (): void => {
    setView({ kind: 'list' });
    history.replaceState(null, '', location.pathname);
    void refresh();
  };

  useEffect(() => {
    const apply = (s: MergedSettings): void => setPolicy({ exportsAllowed: s.values.exportsAllowed, deidentifiedExportsOnly: s.values.deidentifiedExportsOnly });
    void settingsStore.load().then(apply);
    const off = settingsStore.subscribe(apply);
    void refresh();
    const wanted = new URLSearchParams(location.search).get('call');
    if (wanted) void open(wanted);
    return off;
  }, []);

  if (view.kind === 'call') {
    const record = view.record;
    const printable = <PrintView record={record} policy={policy} t={t} locale={locale} />;
    const restricted = !allowedExports(policy).identified;
    return (
      <>
      {printable}
      <div class={restricted ? 'screen-only' : undefined}>
      <CallSummary
        record={record}
        t={t}
        policy={policy}
        locale={locale}
        model={modelInfo()}
        onBack={back}
        onPrint={() => print()}
        onDispute={(id, label) =>
          void store.update(record.callId, (r) => withDispute(r, id, label ? { label, atMs: Date.now() } : null)).then((got) => {
            if (got.ok) setView({ kind: 'call', record: got.record });
          })
        }
        onExport={(choice) => {
          const file = exportCall(record, choice, policy, (k, s) => t(k, s), Date.now()); // t resolves "@coach_topic_*" subs
          if (file) saveFile(file);
        }}
        onDelete={(id) => void store.delete(id).then(back)}
      />
      </div>
      </>
    );
  }
  return (
    <main>
      {view.kind === 'error' ? (
        <p role="alert" data-error={view.reason}>
          {t(view.reason === 'corrupted' ? 'summary_record_corrupted' : 'summary_record_missing')}
        </p>
      ) : null}
      <CallList
        calls={calls}
        t={t}
        locale={locale}
        onOpen={(id) => void open(id)}
        onDelete={(id) => void store.delete(id).then(refresh)}
        onDeleteAll={() => void eraseAllCallData().then(refresh)}
      />
    </main>
  );
}

document.documentElement.lang = locale;
render(<App />, document.getElementById('app')!);
