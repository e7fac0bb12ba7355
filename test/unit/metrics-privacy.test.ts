// The privacy promises of metrics-only progress records (the `alliance-progress` IndexedDB store,
// which can outlive a call's transcript) and of the pilot report built from them: numbers only,
// whatever the transcript choice, notes and corrections included; the store keeps nothing else even
// when handed more; the report's files carry no text, names, local ids or times of day.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MetricsStore } from '../../src/sessions/metrics-store';
import { withNote } from '../../src/sessions/notes';
import { pilotFiles } from '../../src/sessions/pilot-report';
import { callMetrics, type CallMetrics } from '../../src/sessions/progress';
import { withDispute, type CallRecord, type RecordPolicy } from '../../src/sessions/record';
import { sampleRecord } from '../../src/sessions/sample';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const POLICIES: RecordPolicy[] = [{ storeTranscript: true }, { storeTranscript: true, clinicianLinesOnly: true }, { storeTranscript: false }];
// Words of the sample call's captions, its speakers' names, and the notes added below.
const PHI = /Maria|Gomez|Anna|Lee\b|Peter|exhausted|sleep|diary|555|bold|knee|caffeine|blood|SECRET-NOTE|Dispute-note/i;
const STRING_FIELDS = ['callId', 'platform', 'rqBand'];

/** A reviewed call: a corrected label with a note, a note on the call and on a coaching moment. */
function reviewed(policy: RecordPolicy, callId: string): CallRecord {
  let r = sampleRecord(policy, callId);
  r = withDispute(r, 'u3', { label: 'empathic_reflection', note: 'Dispute-note: Maria cried', atMs: 1 });
  r = withNote(r, { kind: 'call' }, 'SECRET-NOTE about Maria Gomez');
  return withNote(r, { kind: 'moment', promptId: r.prompts[0]!.id }, 'SECRET-NOTE on the moment');
}

describe('metrics-only progress records', () => {
  it('are numbers, a platform id, a band and the local call id, for every transcript choice', () => {
    for (const policy of POLICIES) {
      const r = reviewed(policy, 'meet-local-1');
      if (policy.storeTranscript) expect(JSON.stringify(r)).toMatch(PHI); // control: the record has text to leak
      const m = callMetrics(r);
      for (const [k, v] of Object.entries(m)) {
        if (STRING_FIELDS.includes(k)) expect(typeof v, k).toBe('string');
        else expect(v === null || typeof v === 'number', `${k} = ${String(v)}`).toBe(true);
      }
      expect(m).toMatchObject({ callId: 'meet-local-1', platform: 'meet', disputedLabels: 1 });
      expect(JSON.stringify(m)).not.toMatch(PHI);
    }
  });

  it('the store encrypts and returns only the metrics fields, even when handed more', async () => {
    const idb = new IDBFactory();
    const s = new MetricsStore({ idb, subtle });
    const m = callMetrics(reviewed({ storeTranscript: true }, 'meet-local-2'));
    const tainted = { ...m, note: 'SECRET-NOTE about Maria Gomez', goalText: 'sleep through the night' } as CallMetrics;
    expect(await s.put(tainted, { retentionDays: 7, metricsRetentionDays: 365 })).toBe(true);
    const [back] = await s.list();
    expect(back).toEqual(m);
    expect(JSON.stringify(back)).not.toMatch(PHI);
    // The stored row itself: ciphertext under a non-extractable key, no figure or word in clear.
    const raw = await new Promise<Record<string, unknown>>((ok) => {
      const q = idb.open('alliance-progress');
      q.onsuccess = () => {
        const g = q.result.transaction('metrics').objectStore('metrics').get('meet-local-2');
        g.onsuccess = () => ok(g.result);
      };
    });
    expect(raw.data).toBeInstanceOf(ArrayBuffer);
    expect((raw.key as CryptoKey).extractable).toBe(false);
    expect(Object.keys(raw).sort()).toEqual(['callId', 'data', 'endedAt', 'expiresAt', 'iv', 'key']);
    const plain = new TextDecoder().decode(
      await subtle.decrypt({ name: 'AES-GCM', iv: raw.iv as BufferSource, additionalData: new TextEncoder().encode('alliance-coach/metrics/v1:meet-local-2') }, raw.key as CryptoKey, raw.data as ArrayBuffer),
    );
    expect(plain).not.toMatch(PHI);
    expect(Object.keys(JSON.parse(plain)).sort()).toEqual(Object.keys(m).sort());
  });
});

describe('pilot report', () => {
  it('carries no caption text, notes, names, local call ids or times of day, for every transcript choice', () => {
    const calls = POLICIES.map((p, i) => callMetrics(reviewed(p, `meet-local-${i}-1741010400000`)));
    const files = pilotFiles({ calls, period: { from: '2025-01-01', to: '2025-12-31' }, reportId: 'c0ffee00' });
    expect(files.rows).toBe(3);
    for (const f of [files.csv, files.json]) {
      expect(f.content).not.toMatch(PHI);
      expect(f.content).not.toMatch(/meet-local|1741010400000|T\d\d:\d\d|\d{10,}/);
      expect(f.content).toContain('c0ffee00-03');
    }
  });
});
