// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOG, SETTING_KEYS } from '../../src/settings/catalog';
import { mergeSettings, type MergedSettings } from '../../src/settings/merge';
import { OptionsPage } from '../../src/ui/options';
import { ungroupedKeys } from '../../src/ui/options/options-page';
import type { OptionsPageProps, Translate } from '../../src/ui/options';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const load = (lang: string): Messages =>
  // cwd, not import.meta.url: under the jsdom environment the module URL is not a file URL.
  JSON.parse(readFileSync(join(process.cwd(), 'public', '_locales', lang, 'messages.json'), 'utf8'));
const locales = { en: load('en'), es: load('es') };

/** chrome.i18n.getMessage semantics: named placeholders -> $n, '' for a missing key. */
function makeT(messages: Messages, used: Set<string>): Translate {
  return (key, subs = []) => {
    used.add(key);
    const m = messages[key];
    if (!m) return '';
    return m.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (_x, d: string) => subs[Number(d) - 1] ?? '');
    });
  };
}

let root: HTMLElement;
let used: Set<string>;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  used = new Set();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(merged: MergedSettings, extra: Partial<OptionsPageProps> = {}, lang: 'en' | 'es' = 'en') {
  const props: OptionsPageProps = { merged, t: makeT(locales[lang], used), onChange: vi.fn(), onReset: vi.fn(), onEraseAll: vi.fn(), ...extra };
  act(() => render(h(OptionsPage, props), root));
  return props;
}
const row = (key: string) => root.querySelector<HTMLElement>(`[data-setting="${key}"]`)!;

describe('options page', () => {
  it('has one row per catalog key, each with a control', () => {
    expect(ungroupedKeys()).toEqual([]);
    show(mergeSettings({}, {}));
    const rows = [...root.querySelectorAll<HTMLElement>('[data-setting]')].map((r) => r.dataset.setting);
    expect(rows.sort()).toEqual([...SETTING_KEYS].sort());
    for (const key of SETTING_KEYS) expect(row(key).querySelector('input, textarea'), key).not.toBeNull();
    expect(row('coachingEnabled').querySelector('input')!.type).toBe('checkbox');
    expect(row('nudgeIntervalSec').querySelector('input')!).toMatchObject({ type: 'number', min: '10', max: '1800' });
    expect(row('enabledPlatforms').querySelectorAll('input[type=checkbox]')).toHaveLength(4);
    expect(row('clinicianNames').querySelector('textarea')).not.toBeNull();
  });

  it('locks clinic-set rows with the note, and leaves the others editable', () => {
    show(mergeSettings({}, { coachingEnabled: false, enabledPlatforms: ['meet'] }));
    for (const key of ['coachingEnabled', 'enabledPlatforms']) {
      expect(row(key).dataset.locked).toBe('true');
      expect(row(key).textContent).toContain('Set by your organisation');
      for (const input of row(key).querySelectorAll('input')) expect(input.disabled).toBe(true);
    }
    expect(row('nudgeIntervalSec').dataset.locked).toBeUndefined();
    expect(row('nudgeIntervalSec').querySelector('input')!.disabled).toBe(false);
    // Admin-only keys are read-only for the user but not "locked" unless a policy sets them.
    expect(row('retentionDays').dataset.locked).toBeUndefined();
    expect(row('retentionDays').querySelector('input')!.disabled).toBe(true);
    expect(root.querySelector('[data-managed="true"]')).not.toBeNull();
  });

  it('lists ignored values with their reason and never the value', () => {
    show(mergeSettings({ clinicianNames: 'Dr Secret' }, { retentionDays: 99999, allowExport: false }));
    const items = [...root.querySelectorAll<HTMLElement>('[data-problem-key]')];
    expect(items.map((i) => [i.dataset.problemKey, i.dataset.problemCode])).toEqual([
      ['clinicianNames', 'wrong-type'], ['retentionDays', 'strict-applied'], ['allowExport', 'unknown-key'],
    ]);
    expect(items[1]!.textContent).toContain('Organisation policy');
    expect(items[1]!.textContent).toContain('strictest choice applies');
    expect(root.textContent).not.toContain('Dr Secret');
  });

  it('shows the support contact only when set (as text)', () => {
    show(mergeSettings({}, {}));
    expect(root.querySelector('[data-support]')).toBeNull();
    show(mergeSettings({}, { supportContact: '<b>IT</b> ext. 12' }));
    expect(root.querySelector('[data-support]')!.textContent).toContain('<b>IT</b> ext. 12');
    expect(root.querySelector('[data-support] b')).toBeNull();
  });

  it('"About your data" follows the effective settings', () => {
    show(mergeSettings({}, { retentionDays: 0, storeTranscript: false, exportsAllowed: false }));
    const about = (k: string) => root.querySelector(`[data-about="${k}"]`)!.textContent;
    expect(about('retention')).toBe('Nothing is kept after a call ends.');
    expect(about('finished')).toMatch(/only labels and metrics/);
    expect(about('exports')).toBe('Exports are turned off.');
    show(mergeSettings({}, { storeTranscript: true, clinicianLinesOnly: true }));
    expect(about('finished')).toMatch(/the clinician's lines.*the patient's and other speakers' words are not kept/);
    expect(row('clinicianLinesOnly').dataset.locked).toBe('true');
    show(mergeSettings({}, {}));
    expect(about('finished')).toMatch(/including caption text/);
    expect(about('retention')).toBe('Finished calls are deleted automatically after 30 days.');
    expect(about('erase')).toMatch(/remove the extension/);
    expect(about('limits')).toMatch(/disk encryption.*malicious software/);
  });

  it('"About your data" says when metrics outlive the calls ("keep metrics 1 year, text 7 days")', () => {
    show(mergeSettings({}, { retentionDays: 7, metricsRetentionDays: 365 }));
    const about = (k: string) => root.querySelector(`[data-about="${k}"]`)?.textContent;
    expect(about('retention')).toBe('Finished calls are deleted automatically after 7 days.');
    expect(about('metrics')).toMatch(/numbers only.*365 days/);
    show(mergeSettings({}, { retentionDays: 0, metricsRetentionDays: 30 }));
    expect(about('retention')).toBe('Calls are not kept after they end; only their metrics are (below).');
    show(mergeSettings({}, { retentionDays: 30, metricsRetentionDays: 7 }));
    expect(about('metrics')).toBeUndefined();
  });

  it('commits valid edits only', () => {
    const props = show(mergeSettings({}, {}));
    const num = row('nudgeIntervalSec').querySelector('input')!;
    act(() => {
      num.value = '5';
      num.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onChange).not.toHaveBeenCalled();
    expect(row('nudgeIntervalSec').querySelector('[role=alert]')!.textContent).toBe('Enter a value from 10 to 1800.');
    act(() => {
      num.value = '120';
      num.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onChange).toHaveBeenLastCalledWith({ nudgeIntervalSec: 120 });
    const zoom = row('enabledPlatforms').querySelector<HTMLInputElement>('[data-item="zoom"]')!;
    act(() => zoom.click());
    expect(props.onChange).toHaveBeenLastCalledWith({ enabledPlatforms: ['meet', 'teams', 'jitsi'] });
    const names = row('clinicianNames').querySelector('textarea')!;
    act(() => {
      names.value = ' Dr. Ana Ruiz \n\nAna R';
      names.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onChange).toHaveBeenLastCalledWith({ clinicianNames: ['Dr. Ana Ruiz', 'Ana R'] });
  });

  it('erase asks for confirmation first', () => {
    const props = show(mergeSettings({}, {}));
    const btn = () => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Erase all call records');
    act(() => btn()!.click());
    expect(props.onEraseAll).not.toHaveBeenCalled();
    act(() => [...root.querySelectorAll('button')].find((b) => b.textContent === 'Erase')!.click());
    expect(props.onEraseAll).toHaveBeenCalledOnce();
  });

  it('every message key it uses exists in English and Spanish', () => {
    const all = mergeSettings({ x: 1, clinicianNames: 3 }, { nope: 1, retentionDays: -1, storeTranscript: 'no', supportContact: 'a'.repeat(900), enabledPlatforms: ['x'] });
    show(all);
    show(mergeSettings({}, { storeTranscript: false, retentionDays: 0, deidentifiedExportsOnly: true, supportContact: 'IT' }));
    show(mergeSettings('bad', 7));
    for (const code of ['read_failed']) used.add(`options_problem_${code}`);
    for (const lang of ['en', 'es'] as const) {
      const missing = [...used].filter((k) => !locales[lang][k]?.message);
      expect(missing, lang).toEqual([]);
    }
    // Each catalog key's title/description is present (also for keys never shown as problems).
    for (const key of SETTING_KEYS) expect(used.has(`settings_${key}_title`) && used.has(`settings_${key}_desc`)).toBe(true);
    expect(Object.keys(CATALOG)).toHaveLength(SETTING_KEYS.length);
  });

  it('renders in Spanish', () => {
    show(mergeSettings({}, { coachingEnabled: false }), {}, 'es');
    expect(row('coachingEnabled').textContent).toContain('Definido por su organización');
    expect(root.querySelector('h1')!.textContent).toBe('Configuración de Alliance Coach');
  });
});
