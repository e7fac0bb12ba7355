// Options page: wiring only. Shows the effective settings (defaults, then the user's, then the
// clinic's policy, which is locked) and re-renders when either changes, policy included.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsPage } from '../../ui/options/index';
import '../../ui/options/options.css';
import type { MergedSettings, SettingProblem } from '../../settings/merge';
import { browser } from '../../platform/browser';
import { settingsStore } from '../../platform/settings';
import { metricsStore, sessionStore } from '../../platform/finished-calls';

const t = (key: string, subs?: string[]): string => browser.i18n.getMessage(key, subs);

function App() {
  const [merged, setMerged] = useState<MergedSettings | null>(null);
  const [rejected, setRejected] = useState<SettingProblem[]>([]);
  useEffect(() => {
    void settingsStore.load().then(setMerged);
    return settingsStore.subscribe(setMerged);
  }, []);
  // The first policy read can take seconds at browser start-up; say so instead of a blank page.
  if (!merged) return <p class="options" aria-busy="true">{t('options_loading')}</p>;
  return (
    <OptionsPage
      merged={merged}
      t={t}
      rejected={rejected}
      onChange={(patch) =>
        void settingsStore.update(patch).then((r) => {
          setMerged(r.merged);
          setRejected(r.rejected);
        })
      }
      onReset={(key) => void settingsStore.reset(key ? [key] : undefined).then(setMerged)}
      onEraseAll={() => void Promise.all([sessionStore().deleteAll(), metricsStore().deleteAll()])}
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
