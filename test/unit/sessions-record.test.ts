import { describe, expect, it } from 'vitest';
import { buildRecord, isCallRecord, withDispute, effectiveLabel } from '../../src/sessions/record';
import { sampleCoachState, sampleRecord, SAMPLE_STARTED_AT } from '../../src/sessions/sample';
import { expiredIds, expiresAt, nextExpiry, shouldStore, DAY_MS, retentionDaysOf, effectiveExpiry } from '../../src/sessions/retention';

describe('buildRecord', () => {
  it('keeps text, names, prompt substitutions and goal text when storeTranscript is on', () => {
    const r = sampleRecord({ storeTranscript: true });
    expect(r.schemaVersion).toBe(1);
    expect(r.transcriptStored).toBe(true);
    expect(r.utterances[0]).toMatchObject({ id: 'u1', speaker: 'Dr. Anna Lee', text: 'Hi Maria, can you hear me okay?', words: 7, asked: true, label: 'other' });
    expect(r.prompts[0]?.suggestionSubs?.[0]).toContain('Peter');
    expect(r.tally.goals[0]?.text).toBe('sleep through the night');
    expect(isCallRecord(r)).toBe(true);
  });

  it('drops every caption text and name when storeTranscript is off, keeping labels, roles, timings, word counts', () => {
    const r = sampleRecord({ storeTranscript: false });
    expect(r.transcriptStored).toBe(false);
    for (const u of r.utterances) expect(u).not.toHaveProperty('text');
    expect(r.utterances.map((u) => u.speaker)).toContain('Clinician');
    expect(r.utterances.map((u) => u.speaker)).toContain('Patient');
    expect(r.utterances[2]).toMatchObject({ id: 'u3', role: 'clinician', label: 'sympathy', startMs: 15_000, endMs: 19_000, words: 7 });
    expect(r.prompts[0]).not.toHaveProperty('suggestionSubs');
    expect(r.prompts[0]).toMatchObject({ suggestionKey: 'coach_suggest_reflect', beforeIds: ['u1', 'u2', 'u3'] });
    expect(r.tally.goals[0]).not.toHaveProperty('text');
    const json = JSON.stringify(r);
    for (const phi of ['Maria', 'Anna', 'Peter', 'exhausted', '555-123', 'sleep diary']) expect(json).not.toContain(phi);
    expect(isCallRecord(r)).toBe(true);
  });

  it('copies state (no shared arrays) and keeps only disputes of known utterances', () => {
    const state = sampleCoachState();
    const r = buildRecord(
      { callId: 'c', platform: 'zoom', startedAt: 1, endedAt: 2, endReason: 'silence', state, model: { version: 'v', sha256: 's' }, disputes: { u3: { label: 'empathic_reflection', atMs: 5 }, ghost: { label: 'other', atMs: 5 } } },
      { storeTranscript: true },
    );
    state.utterances[0]!.text = 'changed';
    state.history[0]!.causeIds.push('x');
    expect(r.utterances[0]?.text).not.toBe('changed');
    expect(r.prompts[0]?.causeIds).toEqual(['u2', 'u3']);
    expect(Object.keys(r.disputes)).toEqual(['u3']);
    expect(r.clock).toEqual({ startMs: 0, endMs: 95_000 });
  });

  it('withDispute sets, clears and ignores patient or same-label disputes', () => {
    const r = sampleRecord();
    const d = withDispute(r, 'u3', { label: 'empathic_reflection', note: 'I reflected', atMs: 9 });
    expect(d.disputes.u3).toEqual({ label: 'empathic_reflection', note: 'I reflected', atMs: 9 });
    expect(effectiveLabel(d, d.utterances[2]!)).toBe('empathic_reflection');
    expect(r.disputes).toEqual({}); // pure
    expect(withDispute(d, 'u3', null).disputes).toEqual({});
    expect(withDispute(d, 'u3', { label: 'sympathy', atMs: 1 }).disputes).toEqual({});
    expect(withDispute(r, 'u2', { label: 'lecture', atMs: 1 })).toBe(r);
    // Without a transcript, a free-text note is not kept either.
    const nt = withDispute(sampleRecord({ storeTranscript: false }), 'u3', { label: 'question', note: 'Maria asked', atMs: 2 });
    expect(nt.disputes.u3).toEqual({ label: 'question', atMs: 2 });
  });

  it('isCallRecord rejects wrong versions and shapes', () => {
    expect(isCallRecord({ ...sampleRecord(), schemaVersion: 2 })).toBe(false);
    expect(isCallRecord({ ...sampleRecord(), utterances: [{ id: 1 }] })).toBe(false);
    expect(isCallRecord(null)).toBe(false);
  });
});

describe('retention', () => {
  const e = (callId: string, endedAt: number, days: number) => ({ callId, endedAt, expiresAt: expiresAt(endedAt, days) });

  it('0 days keeps nothing after the call; bad values mean 0, never forever', () => {
    expect(shouldStore(0)).toBe(false);
    expect(shouldStore(1)).toBe(true);
    expect(expiresAt(SAMPLE_STARTED_AT, 0)).toBe(SAMPLE_STARTED_AT);
    expect(retentionDaysOf(-3)).toBe(0);
    expect(retentionDaysOf(Number.NaN)).toBe(0);
    expect(retentionDaysOf(Infinity)).toBe(0);
    expect(retentionDaysOf(2.9)).toBe(2);
  });

  it('expires exactly at endedAt + days', () => {
    const list = [e('a', 0, 1), e('b', DAY_MS, 1), e('c', 0, 30)];
    expect(expiredIds(list, DAY_MS - 1)).toEqual([]);
    expect(expiredIds(list, DAY_MS)).toEqual(['a']);
    expect(expiredIds(list, 2 * DAY_MS)).toEqual(['a', 'b']);
    expect(nextExpiry(list)).toBe(DAY_MS);
    expect(nextExpiry([])).toBeNull();
  });

  it('a shorter current policy applies to stored calls; a longer one does not extend them', () => {
    const x = e('x', 0, 30);
    expect(effectiveExpiry(x, 7)).toBe(7 * DAY_MS);
    expect(effectiveExpiry(x, 90)).toBe(30 * DAY_MS);
    expect(effectiveExpiry(x, 0)).toBe(0);
    expect(expiredIds([x], 7 * DAY_MS, 7)).toEqual(['x']);
    expect(nextExpiry([x], 7)).toBe(7 * DAY_MS);
  });
});
