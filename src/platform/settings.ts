// chrome.storage.local (the user's choices) and chrome.storage.managed (the clinic's policy) behind
// the SettingsBackend interface of src/settings/store.ts. Policy changes apply while running.
import type { CoachSettings } from '../coach/types';
import type { SafetyPanelConfig } from '../safety/view';
import type { MergedSettings } from '../settings/merge';
import { createSettingsStore, type SettingsBackend } from '../settings/store';
import { toCoachSettings } from '../settings/to-coach';
import { browser } from './browser';

const USER_KEY = 'settings';

export const settingsBackend: SettingsBackend = {
  async getUser() {
    const got = await browser.storage.local.get(USER_KEY);
    const v = got[USER_KEY];
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  },
  async setUser(patch) {
    const current = await settingsBackend.getUser();
    await browser.storage.local.set({ [USER_KEY]: { ...current, ...patch } });
  },
  async removeUser(keys) {
    const current = await settingsBackend.getUser();
    for (const k of keys) delete current[k];
    await browser.storage.local.set({ [USER_KEY]: current });
  },
  async getManaged() {
    // Chrome resolves {} without a policy; Firefox throws when no policy manifest exists, which
    // means "no policy". Every other failure rejects, and the settings store fails closed.
    try {
      return ((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
    } catch (e) {
      if (/managed storage manifest not found/i.test(String(e))) return {};
      throw e;
    }
  },
  onChange(cb) {
    const listener = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'managed') cb('managed');
      else if (area === 'local' && USER_KEY in changes) cb('user');
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

export const settingsStore = createSettingsStore(settingsBackend);

// Read once per worker lifetime and again after any change, not once per utterance.
let cached: Promise<MergedSettings> | null = null;
settingsBackend.onChange(() => {
  cached = null;
});

export function effectiveSettings(): Promise<MergedSettings> {
  if (!cached) {
    const loading = settingsStore.load();
    cached = loading;
    // A failed policy read is not remembered: it applies (fail closed) to this caller only, and the
    // next caller reads the policy again.
    void loading.then((m) => {
      if (m.policyUnavailable && cached === loading) cached = null;
    });
  }
  return cached;
}

export async function coachSettingsNow(): Promise<CoachSettings> {
  return toCoachSettings((await effectiveSettings()).values);
}

/** Remembers a display name the clinician picked as "me", for later calls (unless policy-locked). */
export async function rememberClinicianName(name: string): Promise<void> {
  const merged = await effectiveSettings();
  const names = merged.values.clinicianNames;
  if (merged.lockedKeys.includes('clinicianNames') || names.some((n) => n.toLowerCase() === name.toLowerCase())) return;
  await settingsStore.update({ clinicianNames: [...names, name].slice(-10) });
}

/** Safety mode on or off (clinic policy; on by default). */
export async function safetyEnabledNow(): Promise<boolean> {
  return (await effectiveSettings()).values.safetyModeEnabled;
}

/** The clinic's crisis text and procedure, and the browser's language for the default crisis line. */
export async function safetyPanelConfigNow(): Promise<SafetyPanelConfig> {
  const v = (await effectiveSettings()).values;
  return { crisisText: v.safetyCrisisText, procedureSteps: [...v.safetyProcedureSteps], uiLanguage: browser.i18n.getUILanguage() };
}
