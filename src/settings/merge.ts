// Pure: effective settings = defaults, then the user's values, then the clinic's policy.
// Policy values arrive unchecked: Firefox does no schema validation at all, and Chrome's
// registry/plist conversion can still hand us surprises. So every value is re-checked here; a bad
// one is ignored (the lower layer stays in force) and reported for the options page. Never throws.
import {
  CATALOG,
  defaultSettings,
  isSettingKey,
  isStrictKey,
  SETTING_KEYS,
  STRICT_VALUES,
  type SettingKey,
  type Settings,
  type SettingSpec,
} from './catalog';

export type ProblemCode =
  | 'not-object' // the whole user or policy object is not an object
  | 'read-failed' // the backend could not read the area
  | 'unknown-key'
  | 'wrong-type'
  | 'out-of-range'
  | 'too-long'
  | 'bad-item' // some list items were dropped; the rest were kept
  | 'not-user-editable'
  | 'strict-applied' // a privacy setting's policy value was invalid: its strictest value applies
  | 'policy-unavailable'; // the policy could not be read: every privacy setting is at its strictest

export interface SettingProblem {
  /** The offending key, or '*' for the whole object. */
  key: string;
  source: 'user' | 'managed';
  code: ProblemCode;
  /** English, for logs and tests; the options page translates `code`. Never contains the value. */
  message: string;
}

export interface MergedSettings {
  values: Settings;
  /** Keys whose value comes from a valid clinic policy: read-only for the user. */
  lockedKeys: SettingKey[];
  problems: SettingProblem[];
  /** True when the clinic's policy could not be read: capture off, exports hidden, nothing kept. */
  policyUnavailable?: boolean;
}

/** Enough to show admins their typos without letting a huge policy object flood the page. */
const MAX_PROBLEMS_PER_SOURCE = 30;

type Checked = { ok: true; value: unknown; dropped?: number } | { ok: false; code: ProblemCode; message: string };

/** Check one raw value against its spec. Lists keep their valid items (see `bad-item`). */
export function checkValue(spec: SettingSpec, raw: unknown): Checked {
  switch (spec.type) {
    case 'boolean':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : wrongType('a boolean');
    case 'integer':
    case 'number': {
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return wrongType('a number');
      if (spec.type === 'integer' && !Number.isInteger(raw)) return wrongType('a whole number');
      if (raw < spec.min || raw > spec.max) {
        return { ok: false, code: 'out-of-range', message: `must be between ${spec.min} and ${spec.max}` };
      }
      return { ok: true, value: raw };
    }
    case 'string': {
      if (typeof raw !== 'string') return wrongType('a string');
      if (raw.length > spec.maxLength) {
        return { ok: false, code: 'too-long', message: `must be at most ${spec.maxLength} characters` };
      }
      return { ok: true, value: raw.trim() };
    }
    case 'string[]': {
      if (!Array.isArray(raw)) return wrongType('a list of strings');
      const kept: string[] = [];
      let dropped = 0;
      for (const item of raw.slice(0, 1000)) {
        const s = typeof item === 'string' ? item.trim() : null;
        const allowed = spec.items ? s !== null && spec.items.includes(s) : s !== null && s.length > 0;
        if (s === null || !allowed || s.length > spec.itemMaxLength || kept.includes(s)) dropped++;
        else if (kept.length < spec.maxItems) kept.push(s);
        else dropped++;
      }
      dropped += Math.max(0, raw.length - 1000);
      return dropped > 0 ? { ok: true, value: kept, dropped } : { ok: true, value: kept };
    }
  }
}

function wrongType(what: string): Checked {
  return { ok: false, code: 'wrong-type', message: `must be ${what}` };
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readLayer(
  raw: unknown,
  source: 'user' | 'managed',
  problems: SettingProblem[],
): Map<SettingKey, unknown> {
  const out = new Map<SettingKey, unknown>();
  if (raw === undefined || raw === null) return out;
  if (!isPlainObject(raw)) {
    problems.push({ key: '*', source, code: 'not-object', message: 'settings must be an object; ignored' });
    return out;
  }
  let reported = 0;
  const report = (p: Omit<SettingProblem, 'source'>) => {
    if (reported++ < MAX_PROBLEMS_PER_SOURCE) problems.push({ ...p, source });
  };
  let keys: string[];
  try {
    keys = Object.keys(raw);
  } catch {
    problems.push({ key: '*', source, code: 'not-object', message: 'settings could not be read; ignored' });
    return out;
  }
  for (const key of keys) {
    // Key names are admin- or storage-supplied: cap what we echo back.
    const shownKey = key.slice(0, 80);
    if (!isSettingKey(key)) {
      report({ key: shownKey, code: 'unknown-key', message: 'unknown setting; ignored' });
      continue;
    }
    const spec: SettingSpec = CATALOG[key];
    if (source === 'user' && !spec.userEditable) {
      report({ key, code: 'not-user-editable', message: 'only the organisation policy can set this; ignored' });
      continue;
    }
    let value: unknown;
    try {
      value = raw[key];
    } catch {
      report({ key, code: 'wrong-type', message: 'value could not be read; ignored' });
      continue;
    }
    const r = checkValue(spec, value);
    if (!r.ok && source === 'managed' && isStrictKey(key)) {
      // Fail closed: the admin meant to set this privacy setting; the strictest value is the safe reading.
      report({ key, code: 'strict-applied', message: `${r.message}; the strictest value applies` });
      const strict = STRICT_VALUES[key];
      out.set(key, Array.isArray(strict) ? [...strict] : strict);
      continue;
    }
    if (!r.ok) {
      report({ key, code: r.code, message: `${r.message}; ignored` });
      continue;
    }
    if (r.dropped) report({ key, code: 'bad-item', message: `${r.dropped} invalid or duplicate item(s) dropped` });
    out.set(key, r.value);
  }
  return out;
}

/**
 * Merge defaults < user < managed. `user` and `managed` are whatever storage returned (unknown on
 * purpose). A key is locked when the policy gives it a valid value.
 */
export function mergeSettings(user: unknown, managed: unknown, opts: { policyUnavailable?: boolean } = {}): MergedSettings {
  const problems: SettingProblem[] = [];
  const values = defaultSettings() as Record<SettingKey, unknown>;
  const userLayer = readLayer(user, 'user', problems);
  const managedLayer = readLayer(managed, 'managed', problems);
  if (opts.policyUnavailable) {
    // Until the policy can be read, every privacy setting is at its strictest and locked.
    for (const [k, v] of Object.entries(STRICT_VALUES)) managedLayer.set(k as SettingKey, Array.isArray(v) ? [...v] : v);
  }
  for (const [k, v] of userLayer) values[k] = v;
  const lockedKeys: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (managedLayer.has(key)) {
      values[key] = managedLayer.get(key);
      lockedKeys.push(key);
    }
  }
  return { values: values as Settings, lockedKeys, problems, ...(opts.policyUnavailable ? { policyUnavailable: true } : {}) };
}
