// Props shared by the options components. Data comes in by props and goes out by callbacks: these
// components never touch the browser API (the options entry wires them to the settings store).
import type { SettingKey, Settings } from '../../settings/catalog';
import type { MergedSettings, SettingProblem } from '../../settings/merge';

/** Same contract as chrome.i18n.getMessage: returns '' for a missing key. */
export type Translate = (key: string, substitutions?: string[]) => string;

export interface OptionsPageProps {
  merged: MergedSettings;
  t: Translate;
  /** Called with one valid key at a time; the store re-checks and may still reject it. */
  onChange: (patch: Partial<Settings>) => void;
  /** Put one setting (or all, with no key) back to its default. */
  onReset?: (key?: SettingKey) => void;
  /** Problems from the last save (rejected by the store), shown beside the policy problems. */
  rejected?: SettingProblem[];
  /** Erase every stored call record. Absent = no erase button (e.g. while the store is busy). */
  onEraseAll?: () => void;
}

/** Message keys may only hold [A-Za-z0-9_]; enum values use '-'. */
export const msgKey = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');
