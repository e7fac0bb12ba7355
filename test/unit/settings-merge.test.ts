import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CATALOG, defaultSettings, PLATFORMS, PROMPT_KINDS, SETTING_KEYS } from '../../src/settings/catalog';
import { mergeSettings } from '../../src/settings/merge';

describe('catalog', () => {
  it('declares every required key with the documented defaults', () => {
    const d = defaultSettings();
    expect(d).toMatchObject({
      enabledPlatforms: [...PLATFORMS], coachingEnabled: true, promptKinds: [...PROMPT_KINDS],
      nudgeIntervalSec: 60, promptExpirySec: 90, lectureRunCount: 3, lectureRunSec: 30, noGoalAfterMin: 5,
      noTaskAfterMin: 10, talkShareWindowMin: 3, talkShareMax: 0.65, emotionReflectWindowSec: 30,
      storeTranscript: true, retentionDays: 30, exportsAllowed: true, deidentifiedExportsOnly: false,
      clinicianNames: [], silenceEndMin: 10, supportContact: '',
    });
    expect(CATALOG.nudgeIntervalSec).toMatchObject({ min: 10, max: 1800 });
  });

  it('every default passes its own checks (no problems with empty layers)', () => {
    expect(mergeSettings({}, {})).toEqual({ values: defaultSettings(), lockedKeys: [], problems: [] });
    expect(mergeSettings(defaultSettings(), {}).problems.filter((p) => p.code !== 'not-user-editable')).toEqual([]);
  });

  it('defaults are copies: mutating them does not touch the catalog', () => {
    defaultSettings().enabledPlatforms.pop();
    expect(defaultSettings().enabledPlatforms).toHaveLength(4);
  });
});

describe('mergeSettings', () => {
  it('applies defaults < user < managed and locks managed keys', () => {
    const m = mergeSettings({ nudgeIntervalSec: 90, talkShareMax: 0.7 }, { nudgeIntervalSec: 300, storeTranscript: false });
    expect(m.values.nudgeIntervalSec).toBe(300);
    expect(m.values.talkShareMax).toBe(0.7);
    expect(m.values.storeTranscript).toBe(false);
    expect(m.lockedKeys.sort()).toEqual(['nudgeIntervalSec', 'storeTranscript']);
    expect(m.problems).toEqual([]);
  });

  it('ignores and reports wrong types and out-of-range values; the lower layer stays', () => {
    const m = mergeSettings(
      { nudgeIntervalSec: 5, coachingEnabled: 'yes' },
      { retentionDays: -1, talkShareMax: 2, promptExpirySec: 12.5, supportContact: 42 },
    );
    expect(m.values.nudgeIntervalSec).toBe(60);
    expect(m.values.coachingEnabled).toBe(true);
    // retentionDays is a privacy setting: a bad policy value applies its strictest value (finding 4).
    expect(m.values.retentionDays).toBe(0);
    expect(m.values.talkShareMax).toBe(0.65);
    expect(m.lockedKeys).toEqual(['retentionDays']);
    const byKey = Object.fromEntries(m.problems.map((p) => [`${p.source}:${p.key}`, p.code]));
    expect(byKey).toEqual({
      'user:nudgeIntervalSec': 'out-of-range', 'user:coachingEnabled': 'wrong-type',
      'managed:retentionDays': 'strict-applied', 'managed:talkShareMax': 'out-of-range',
      'managed:promptExpirySec': 'wrong-type', 'managed:supportContact': 'wrong-type',
    });
  });

  it('a wrongly typed privacy value in the policy means the strict choice, locked and listed (finding 4)', () => {
    const m = mergeSettings(
      { storeTranscript: true },
      { deidentifiedExportsOnly: 'true', exportsAllowed: 'no', storeTranscript: 1, enabledPlatforms: 'meet', retentionDays: '14' },
    );
    expect(m.values).toMatchObject({ deidentifiedExportsOnly: true, exportsAllowed: false, storeTranscript: false, enabledPlatforms: [], retentionDays: 0 });
    expect([...m.lockedKeys].sort()).toEqual(['deidentifiedExportsOnly', 'enabledPlatforms', 'exportsAllowed', 'retentionDays', 'storeTranscript']);
    expect(m.problems.map((p) => [p.key, p.code])).toEqual([
      ['deidentifiedExportsOnly', 'strict-applied'], ['exportsAllowed', 'strict-applied'], ['storeTranscript', 'strict-applied'],
      ['enabledPlatforms', 'strict-applied'], ['retentionDays', 'strict-applied'],
    ]);
  });

  it('a policy that could not be read fails closed: no capture, no exports, nothing kept (finding 4)', () => {
    const m = mergeSettings({ enabledPlatforms: ['meet'], storeTranscript: true }, {}, { policyUnavailable: true });
    expect(m.policyUnavailable).toBe(true);
    expect(m.values).toMatchObject({ enabledPlatforms: [], exportsAllowed: false, deidentifiedExportsOnly: true, retentionDays: 0, storeTranscript: false });
    expect(m.lockedKeys).toEqual(expect.arrayContaining(['enabledPlatforms', 'exportsAllowed', 'retentionDays', 'storeTranscript']));
  });

  it("keeps only the clinician's lines as the middle transcript choice: old settings stay valid, a policy locks it, a bad value is strict", () => {
    // Settings and policies written before the choice existed: valid as they are, full transcript.
    const old = mergeSettings({ storeTranscript: true }, { storeTranscript: true, retentionDays: 14 });
    expect(old.problems).toEqual([]);
    expect(old.values).toMatchObject({ storeTranscript: true, clinicianLinesOnly: false });
    expect(mergeSettings({ storeTranscript: false }, {}).values).toMatchObject({ storeTranscript: false, clinicianLinesOnly: false });
    // The user may choose it; the clinic's policy may lock it either way.
    expect(mergeSettings({ clinicianLinesOnly: true }, {}).values.clinicianLinesOnly).toBe(true);
    const locked = mergeSettings({ clinicianLinesOnly: false }, { storeTranscript: true, clinicianLinesOnly: true });
    expect(locked.values).toMatchObject({ storeTranscript: true, clinicianLinesOnly: true });
    expect([...locked.lockedKeys].sort()).toEqual(['clinicianLinesOnly', 'storeTranscript']);
    expect(mergeSettings({ clinicianLinesOnly: true }, { clinicianLinesOnly: false }).values.clinicianLinesOnly).toBe(false);
    // A wrongly typed value means the strict choice (no patient text), locked and listed.
    const bad = mergeSettings({ clinicianLinesOnly: false }, { storeTranscript: true, clinicianLinesOnly: 'false' });
    expect(bad.values).toMatchObject({ storeTranscript: true, clinicianLinesOnly: true });
    expect(bad.lockedKeys).toContain('clinicianLinesOnly');
    expect(bad.problems.map((p) => [p.key, p.code])).toEqual([['clinicianLinesOnly', 'strict-applied']]);
    // An unreadable policy: no transcript at all, and the clinician-only switch at its strict value too.
    expect(mergeSettings({ clinicianLinesOnly: false }, {}, { policyUnavailable: true }).values).toMatchObject({ storeTranscript: false, clinicianLinesOnly: true });
  });

  it('reports unknown keys, including prototype-pollution names, without using them', () => {
    const managed = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "allowExport": false}');
    const m = mergeSettings({}, managed);
    expect(m.problems.map((p) => p.key).sort()).toEqual(['__proto__', 'allowExport', 'constructor']);
    expect(m.problems.every((p) => p.code === 'unknown-key' && p.source === 'managed')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps valid list items, drops bad and duplicate ones, and says so', () => {
    const m = mergeSettings({}, { enabledPlatforms: ['meet', 'Zoom', 'meet', 7, 'teams'] });
    expect(m.values.enabledPlatforms).toEqual(['meet', 'teams']);
    expect(m.lockedKeys).toEqual(['enabledPlatforms']);
    expect(m.problems).toEqual([expect.objectContaining({ key: 'enabledPlatforms', code: 'bad-item' })]);
  });

  it('an empty list from policy is valid (e.g. no platforms at all)', () => {
    expect(mergeSettings({}, { enabledPlatforms: [] }).values.enabledPlatforms).toEqual([]);
  });

  it('user values for admin-only keys are ignored and reported', () => {
    const m = mergeSettings({ retentionDays: 3650, exportsAllowed: true, supportContact: 'me' }, {});
    expect(m.values.retentionDays).toBe(30);
    expect(m.problems.map((p) => p.code)).toEqual(['not-user-editable', 'not-user-editable', 'not-user-editable']);
  });

  it('trims clinician names and caps over-long strings', () => {
    const m = mergeSettings({ clinicianNames: ['  Dr. Ana Ruiz ', '', 'x'.repeat(201)] }, { supportContact: 'y'.repeat(501) });
    expect(m.values.clinicianNames).toEqual(['Dr. Ana Ruiz']);
    expect(m.values.supportContact).toBe('');
    expect(m.problems.map((p) => p.code).sort()).toEqual(['bad-item', 'too-long']);
  });

  it('a non-object layer is reported and ignored', () => {
    for (const bad of ['x', 3, [1, 2], true]) {
      const m = mergeSettings(bad, bad);
      expect(m.values).toEqual(defaultSettings());
      expect(m.problems.map((p) => p.code)).toEqual(['not-object', 'not-object']);
    }
    expect(mergeSettings(null, undefined).problems).toEqual([]);
  });

  it('problems never echo the rejected value (it may be PHI-adjacent, e.g. names)', () => {
    const m = mergeSettings({ clinicianNames: 'Secret Name' }, {});
    expect(JSON.stringify(m.problems)).not.toContain('Secret Name');
  });

  it('caps the number of reported problems per source', () => {
    const junk = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(mergeSettings(junk, {}).problems.length).toBeLessThanOrEqual(30);
  });

  it('never throws and always returns values of the declared types (fuzz)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (u, mg) => {
        const m = mergeSettings(u, mg);
        for (const key of SETTING_KEYS) {
          const spec = CATALOG[key];
          const v = m.values[key];
          if (spec.type === 'string[]') expect(Array.isArray(v)).toBe(true);
          else if (spec.type === 'integer' || spec.type === 'number') expect(typeof v).toBe('number');
          else expect(typeof v).toBe(spec.type);
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...SETTING_KEYS), fc.anything()), (mg) => {
        const m = mergeSettings({}, mg);
        for (const key of m.lockedKeys) expect(mg).toHaveProperty(key);
      }),
      { numRuns: 300 },
    );
  });
});
