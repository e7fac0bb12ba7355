// A thin async API over storage that the platform layer provides. This file must not import the
// browser API (rule 6): src/platform/ implements SettingsBackend with chrome.storage.local (user)
// and chrome.storage.managed (policy), so this module stays testable in plain Node.
import { CATALOG, isSettingKey, type SettingKey, type Settings } from './catalog';
import { checkValue, mergeSettings, type MergedSettings, type SettingProblem } from './merge';

export interface SettingsBackend {
  /** The user's stored settings object ({} when none). */
  getUser(): Promise<Record<string, unknown>>;
  /** Shallow-merge `patch` into the user's stored settings. */
  setUser(patch: Record<string, unknown>): Promise<void>;
  /** Remove user values so the default (or the policy) applies again. */
  removeUser(keys: string[]): Promise<void>;
  /**
   * The clinic's policy object. Must resolve `{}` when there is none: Chrome returns {}, Firefox
   * THROWS "Managed storage manifest not found" (w3c/webextensions#497), so catch that one there.
   * Any other failure must reject: the store then fails closed.
   */
  getManaged(): Promise<Record<string, unknown>>;
  /**
   * Called when user or managed settings change. Firefox never reports managed changes (it caches
   * policy until restart, bug 1685965): that is expected, not an error. Returns an unsubscribe.
   */
  onChange(cb: (area: 'user' | 'managed') => void): () => void;
}

export interface UpdateResult {
  merged: MergedSettings;
  /** Keys of the patch that were not written, with why (locked, not editable, invalid). */
  rejected: SettingProblem[];
}

export interface SettingsStore {
  load(): Promise<MergedSettings>;
  update(patch: Partial<Settings>): Promise<UpdateResult>;
  reset(keys?: SettingKey[]): Promise<MergedSettings>;
  subscribe(cb: (merged: MergedSettings) => void): () => void;
}

export function createSettingsStore(backend: SettingsBackend): SettingsStore {
  async function load(): Promise<MergedSettings> {
    const readFailed: SettingProblem[] = [];
    let policyUnavailable = false;
    // Each area is read on its own so a failing one cannot hide the other. A failed policy read
    // fails closed: capture off, exports hidden, nothing kept (mergeSettings' policyUnavailable).
    const [user, managed] = await Promise.all([
      backend.getUser().catch(() => {
        readFailed.push({ key: '*', source: 'user', code: 'read-failed', message: 'user settings could not be read' });
        return {};
      }),
      backend.getManaged().catch(() => {
        policyUnavailable = true;
        readFailed.push({ key: '*', source: 'managed', code: 'policy-unavailable', message: 'policy could not be read; privacy settings are at their strictest' });
        return {};
      }),
    ]);
    const merged = mergeSettings(user, managed, { policyUnavailable });
    return { ...merged, problems: [...readFailed, ...merged.problems] };
  }

  async function update(patch: Partial<Settings>): Promise<UpdateResult> {
    const current = await load();
    const rejected: SettingProblem[] = [];
    const write: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(patch as Record<string, unknown>)) {
      const reject = (code: SettingProblem['code'], message: string) =>
        rejected.push({ key: key.slice(0, 80), source: 'user', code, message });
      if (!isSettingKey(key)) { reject('unknown-key', 'unknown setting'); continue; }
      if (!CATALOG[key].userEditable) { reject('not-user-editable', 'only the organisation policy can set this'); continue; }
      if (current.lockedKeys.includes(key)) { reject('not-user-editable', 'set by your organisation'); continue; }
      const r = checkValue(CATALOG[key], raw);
      if (!r.ok) { reject(r.code, r.message); continue; }
      write[key] = r.value;
    }
    if (Object.keys(write).length > 0) await backend.setUser(write);
    return { merged: await load(), rejected };
  }

  async function reset(keys?: SettingKey[]): Promise<MergedSettings> {
    const all = Object.keys(CATALOG);
    await backend.removeUser(keys ? keys.filter((k) => all.includes(k)) : all);
    return load();
  }

  function subscribe(cb: (merged: MergedSettings) => void): () => void {
    let alive = true;
    // Reload on any change; a late reply after unsubscribe is dropped.
    const off = backend.onChange(() => {
      void load().then((m) => {
        if (alive) cb(m);
      });
    });
    return () => {
      alive = false;
      off();
    };
  }

  return { load, update, reset, subscribe };
}
