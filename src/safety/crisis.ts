// The crisis line shown in safety mode: the clinic's own text when its policy sets one, otherwise
// a default by the browser's region: the 988 Suicide & Crisis Lifeline in the US, local emergency
// services elsewhere. Pure; the keys are literal for the locale test.

export const CRISIS_KEY_US = 'panel_safety_crisis_us';
export const CRISIS_KEY_DEFAULT = 'panel_safety_crisis_default';

/** `uiLanguage` is a BCP 47 tag such as "en-US" or "es-419". */
export function defaultCrisisKey(uiLanguage: string): string {
  const region = uiLanguage.split(/[-_]/)[1]?.toUpperCase();
  return region === 'US' ? CRISIS_KEY_US : CRISIS_KEY_DEFAULT;
}

export interface SafetyConfig {
  enabled: boolean;
  /** Clinic's crisis line text; '' = the default for the region. */
  crisisText: string;
  /** Clinic's crisis procedure, in order. */
  procedureSteps: string[];
}
