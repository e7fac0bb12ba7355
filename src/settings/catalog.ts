// The one declaration of every setting and clinic policy. Defaults, the options page, the merge
// reader and public/managed_schema.json (scripts/gen-schema.ts) are all derived from this table,
// so a key cannot exist in one place and be missing in another (rule 7 of ARCHITECTURE.md).
// Titles and descriptions are English: they go into the managed schema that admin consoles show.
// The options page uses the translated `settings_<key>_title` / `settings_<key>_desc` messages.

import { PROMPT_KINDS } from '../coach/types';

export { PROMPT_KINDS };
export const PLATFORMS = ['meet', 'teams', 'zoom', 'jitsi'] as const;

interface SpecBase {
  title: string;
  description: string;
  /** false = only the clinic's policy can change it; the options page shows it read-only. */
  userEditable: boolean;
}
export interface BooleanSpec extends SpecBase { type: 'boolean'; default: boolean }
export interface IntegerSpec extends SpecBase { type: 'integer'; default: number; min: number; max: number }
/** `min`/`max` are enforced at run time; Chrome's schema gets them only for integers (see gen-schema). */
export interface NumberSpec extends SpecBase { type: 'number'; default: number; min: number; max: number; step: number }
export interface StringSpec extends SpecBase { type: 'string'; default: string; maxLength: number }
export interface StringListSpec extends SpecBase {
  type: 'string[]';
  default: readonly string[];
  /** Allowed values; absent = free text (each item capped at itemMaxLength). */
  items?: readonly string[];
  itemMaxLength: number;
  maxItems: number;
}
export type SettingSpec = BooleanSpec | IntegerSpec | NumberSpec | StringSpec | StringListSpec;

const int = (title: string, description: string, def: number, min: number, max: number): IntegerSpec => ({
  type: 'integer', title, description, default: def, min, max, userEditable: true,
});

export const CATALOG = {
  enabledPlatforms: {
    type: 'string[]',
    title: 'Enabled meeting platforms',
    description: 'Platforms on which Alliance Coach reads live captions. Captions on other platforms are never read.',
    default: PLATFORMS,
    items: PLATFORMS,
    itemMaxLength: 20,
    maxItems: PLATFORMS.length,
    userEditable: true,
  },
  coachingEnabled: {
    type: 'boolean',
    title: 'Live coaching',
    description: 'Show coaching prompts during calls. When off, calls are still summarised afterwards.',
    default: true,
    userEditable: true,
  },
  promptKinds: {
    type: 'string[]',
    title: 'Prompt kinds',
    description: 'Which kinds of coaching prompt may be shown during a call.',
    default: PROMPT_KINDS,
    items: PROMPT_KINDS,
    itemMaxLength: 40,
    maxItems: PROMPT_KINDS.length,
    userEditable: true,
  },
  nudgeIntervalSec: int('Minimum seconds between prompts', 'At most one new prompt in this many seconds.', 60, 10, 1800),
  promptExpirySec: int('Prompt lifetime (seconds)', 'Backstop: a prompt nobody acts on leaves after this many seconds (it normally leaves when the conversation moves on).', 90, 5, 600),
  lectureRunCount: int('Lecture run: utterances (unused)', 'No longer used: lecture runs are measured in seconds of clinician talk.', 3, 2, 20),
  lectureRunSec: int('Lecture run: seconds', 'Seconds of clinician talk giving information the patient did not ask for that count as a lecture run.', 30, 10, 900),
  noGoalAfterMin: int('No goal after (minutes)', 'Prompt to agree a goal if none is heard after this many minutes.', 5, 1, 120),
  noTaskAfterMin: int('No task after (minutes)', 'Prompt to agree a task if none is heard after this many minutes.', 10, 1, 180),
  talkShareWindowMin: int('Talk share window (minutes)', 'Rolling window over which the clinician talk share is measured.', 3, 1, 60),
  talkShareMax: {
    type: 'number',
    title: 'Maximum clinician talk share',
    description: 'Prompt when the clinician speaks more than this share of the window (0.30 to 0.95).',
    default: 0.65,
    min: 0.3,
    max: 0.95,
    step: 0.05,
    userEditable: true,
  },
  emotionReflectWindowSec: int('Emotion reflection window (seconds, unused)', 'No longer used: the reflect prompt shows as soon as the patient finishes speaking.', 30, 5, 300),
  storeTranscript: {
    type: 'boolean',
    title: 'Keep caption text of finished calls',
    description: 'When off, finished calls keep only labels and metrics, never the caption text.',
    default: true,
    userEditable: true,
  },
  // The middle choice between no transcript and the full one: a second key rather than a new value
  // of storeTranscript, so every stored setting and policy that sets storeTranscript stays valid
  // (Chrome's policy schema allows one type per key).
  clinicianLinesOnly: {
    type: 'boolean',
    title: "Keep only the clinician's lines",
    description: "When caption text is kept: keep the clinician's lines only. The patient's and other speakers' lines are kept as role, timing and word count, without text or names.",
    default: false,
    userEditable: true,
  },
  retentionDays: {
    ...int('Retention (days)', 'Finished calls are deleted after this many days. 0 keeps nothing after the call ends.', 30, 0, 3650),
    // Retention is a clinical-governance decision; a user must not lengthen what the clinic keeps.
    userEditable: false,
  },
  metricsRetentionDays: {
    ...int(
      'Metrics retention (days)',
      'Per-call metrics (numbers only: no caption text, no names) are kept this many days for the Progress view and the pilot report, even after the call itself is deleted by retention. 0 = they go with the call.',
      0, 0, 3650,
    ),
    userEditable: false,
  },
  exportsAllowed: {
    type: 'boolean',
    title: 'Allow exports',
    description: 'Allow the clinician to export a finished call summary (JSON or Markdown).',
    default: true,
    userEditable: false,
  },
  deidentifiedExportsOnly: {
    type: 'boolean',
    title: 'De-identified exports only',
    description: 'Exports contain labels and metrics only: no caption text and no names.',
    default: false,
    userEditable: false,
  },
  clinicianNames: {
    type: 'string[]',
    title: 'Clinician display names',
    description: 'Your display names on Teams, Zoom or Jitsi, used to recognise which captions are yours.',
    default: [],
    itemMaxLength: 200,
    maxItems: 20,
    userEditable: true,
  },
  silenceEndMin: int('Call ends after silence (minutes)', 'A call is treated as finished when captions stay silent this long.', 10, 1, 120),
  supportContact: {
    type: 'string',
    title: 'Support contact',
    description: 'Who clinicians contact about this extension (shown on the options page).',
    default: '',
    maxLength: 500,
    userEditable: false,
  },
  // Safety mode (src/safety/): a clinical-governance decision, so only the clinic's policy sets it.
  safetyModeEnabled: {
    type: 'boolean',
    title: 'Safety mode',
    description: 'When the patient voices self-harm, harm to others or abuse, coaching pauses and the safety checklist and crisis procedure are shown. Detection runs on the device.',
    default: true,
    userEditable: false,
  },
  safetyCrisisText: {
    type: 'string',
    title: 'Crisis line text',
    description: "Shown in safety mode. Empty: the 988 Suicide & Crisis Lifeline in the US, the local emergency services elsewhere (by the browser's region).",
    default: '',
    maxLength: 1000,
    userEditable: false,
  },
  safetyProcedureSteps: {
    type: 'string[]',
    title: 'Crisis procedure steps',
    description: "The clinic's own crisis procedure, one step per item, shown in order in safety mode.",
    default: [],
    itemMaxLength: 300,
    maxItems: 12,
    userEditable: false,
  },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof CATALOG;

/**
 * The privacy-relevant settings and their strictest values. They apply when the clinic's policy
 * cannot be read (fail closed: no capture, no exports, nothing kept) and, key by key, when the
 * policy gives one of them a value of the wrong kind (an admin who wrote "true" for
 * deidentifiedExportsOnly meant the strict choice, not the default).
 */
export const STRICT_VALUES = {
  enabledPlatforms: [] as string[],
  storeTranscript: false,
  clinicianLinesOnly: true,
  retentionDays: 0,
  exportsAllowed: false,
  deidentifiedExportsOnly: true,
} as const satisfies Partial<Record<SettingKey, unknown>>;
export type StrictKey = keyof typeof STRICT_VALUES;
export function isStrictKey(key: string): key is StrictKey {
  return Object.prototype.hasOwnProperty.call(STRICT_VALUES, key);
}
export const SETTING_KEYS = Object.keys(CATALOG) as SettingKey[];

type ValueOf<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'integer' | 'number' }
    ? number
    : S extends { type: 'string[]'; items: readonly (infer I)[] }
      ? I[]
      : S extends { type: 'string[]' }
        ? string[]
        : string;

/** The effective value of every setting. */
export type Settings = { -readonly [K in SettingKey]: ValueOf<(typeof CATALOG)[K]> };

export function specOf(key: SettingKey): SettingSpec {
  return CATALOG[key];
}

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(CATALOG, key);
}

/** Fresh copy of the defaults (arrays copied so callers cannot mutate the catalog). */
export function defaultSettings(): Settings {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const d = CATALOG[key].default;
    out[key] = Array.isArray(d) ? [...d] : d;
  }
  return out as Settings;
}
