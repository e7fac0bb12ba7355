// Summary page: wiring only. Lists stored calls (?call=<id> opens one, ?view=progress the Progress
// view), applies disputes and review notes, exports and deletes through the encrypted stores, with
// the policy deciding which exports exist.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { CallList, CallSummary, PrintView, ProgressView } from '../../ui/summary/index';
import '../../ui/summary/summary.css';
import { makeT } from '../../ui/common/i18n';
import { allowedExports, exportCall, type ExportPolicy } from '../../sessions/export';
import { withDispute, type CallRecord } from '../../sessions/record';
import type { ListItem } from '../../sessions/store';
import { withNote } from '../../sessions/notes';
import { callMetrics, mergeProgress, type CallMetrics, type SkillGoal } from '../../sessions/progress';
import { localDay, newReportId, pilotFiles, type Period } from '../../sessions/pilot-report';
import { browser } from '../../platform/browser';
import { saveFile } from '../../platform/download';
import { eraseAllCallData, metricsStore, modelInfo, sessionStore } from '../../platform/finished-calls';
import { effectiveSettings, settingsStore } from '../../platform/settings';
import type { MergedSettings } from '../../settings/merge';

const t = makeT((key, subs) => browser.i18n.getMessage(key, subs));
const locale = browser.i18n.getUILanguage();
const store = sessionStore();
const metrics = metricsStore();

interface Progress {
  calls: CallMetrics[];
  fullIds: Set<string>;
  goals: SkillGoal[];
}

/** Full records still stored (their figures follow the latest corrections) plus metrics-only rows. */
async function loadProgress(): Promise<Progress> {
  const list = (await store.list()).filter((c) => c.status === 'ok');
  const full: CallMetrics[] = [];
  for (const c of list) {
    const got = await store.get(c.callId);
    if (got.ok) full.push(callMetrics(got.record));
  }
  const [only, goals] = await Promise.all([metrics.list().catch(() => []), metrics.getGoals().catch(() => [])]);
  return { calls: mergeProgress(full, only), fullIds: new Set(full.map((m) => m.callId)), goals };
}

/** Keeps the metrics-only row in step with the record (after a correction). */
async function syncMetrics(record: CallRecord): Promise<void> {
  const s = (await effectiveSettings()).values;
  await metrics.put(callMetrics(record), { retentionDays: s.retentionDays, metricsRetentionDays: s.metricsRetentionDays }).catch(() => undefined);
}

// One report id per period, so the CSV and the JSON of the same period carry the same opaque ids.
let pilot: { key: string; id: string } | null = null;
function reportIdFor(period: Period): string {
  const key = `${period.from}/${period.to}`;
  if (pilot?.key !== key) pilot = { key, id: newReportId((n) => crypto.getRandomValues(new Uint8Array(n))) };
  return pilot.id;
}

type View =
  | { kind: 'list' }
  | { kind: 'call'; record: CallRecord }
  | { kind: 'error'; callId: string; reason: string }
  | { kind: 'progress'; progress: Progress | null };

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
  const showProgress = (): void => {
    setView({ kind: 'progress', progress: null });
    history.replaceState(null, '', '?view=progress');
    void loadProgress()
      .catch((): Progress => ({ calls: [], fullIds: new Set(), goals: [] })) // a broken store shows "no calls", never a spinner forever
      .then((progress) => setView({ kind: 'progress', progress }));
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
    const params = new URLSearchParams(location.search);
    const wanted = params.get('call');
    if (wanted) void open(wanted);
    else if (params.get('view') === 'progress') showProgress();
    return off;
  }, []);

  if (view.kind === 'progress') {
    const p = view.progress;
    if (!p) return <main aria-busy="true" />;
    return (
      <ProgressView
        calls={p.calls}
        fullIds={p.fullIds}
        goals={p.goals}
        t={t}
        locale={locale}
        dayOf={localDay}
        exportsAllowed={policy.exportsAllowed}
        onBack={back}
        onOpenCall={(id) => void open(id)}
        onGoalsChange={(goals) => void metrics.setGoals(goals).then((g) => setView({ kind: 'progress', progress: { ...p, goals: g } }))}
        onPilotReport={(period, format) => {
          const files = pilotFiles({ calls: p.calls, period, reportId: reportIdFor(period), dayOf: localDay });
          saveFile(format === 'csv' ? files.csv : files.json);
        }}
      />
    );
  }
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
            if (got.ok) {
              setView({ kind: 'call', record: got.record });
              void syncMetrics(got.record);
            }
          })
        }
        onNote={(target, text) =>
          store.update(record.callId, (r) => withNote(r, target, text)).then((got) => {
            if (got.ok) setView({ kind: 'call', record: got.record });
            return got.ok;
          })
        }
        onExport={(choice) => {
          const file = exportCall(record, choice, policy, (k, s) => t(k, s), Date.now()); // t resolves "@coach_topic_*" subs
          if (file) saveFile(file);
        }}
        onDelete={(id) => void Promise.all([store.delete(id), metrics.delete(id)]).then(back)}
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
        onDelete={(id) => void Promise.all([store.delete(id), metrics.delete(id)]).then(refresh)}
        onDeleteAll={() => void eraseAllCallData().then(refresh)}
        onProgress={showProgress}
      />
    </main>
  );
}

document.documentElement.lang = locale;
render(<App />, document.getElementById('app')!);
