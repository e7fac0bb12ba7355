// The Progress view's rules: per-call metrics from a record (disputes applied), skill goals and
// whether a call met them, merging full records with metrics-only rows, axis scaling; the pilot
// report (no text, no names, days, opaque ids); the metrics-only store and its retention.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MetricsStore, metricsDays } from '../../src/sessions/metrics-store';
import { pilotCsv, pilotFiles, pilotJson, pilotRows, PILOT_COLUMNS, localDay, newReportId } from '../../src/sessions/pilot-report';
import { callMetrics, goalMet, goalRecords, isCallMetrics, mergeProgress, niceMax, sanitizeGoals, ticks, type CallMetrics, type SkillGoal } from '../../src/sessions/progress';
import { withDispute } from '../../src/sessions/record';
import { DAY_MS } from '../../src/sessions/retention';
import { sampleRecord } from '../../src/sessions/sample';
import { progressSampleRecords } from '../../src/sessions/sample-progress';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;

describe('callMetrics', () => {
  it('takes the codebook figures with corrections, per 10 captioned minutes, and prompt outcomes', () => {
    const m = callMetrics(sampleRecord());
    expect(m).toMatchObject({
      callId: 'call-sample-1', reflections: 1, questions: 4, rq: 0.25, rqBand: 'few', empathy: 1, sympathy: 1,
      longestLectureSec: 19, goalsProposed: 1, goalsAgreed: 0, tasksProposed: 1, tasksAgreed: 1,
      promptsShown: 1, promptsActedOn: 1, promptsDismissed: 0, disputedLabels: 0, durationMin: 1.58, captionedMin: 1.35,
    });
    // 1 reflection in 1.35 captioned minutes.
    expect(m.reflectionsPer10Min).toBeCloseTo((1 / 1.35) * 10, 1);
    const d = callMetrics(withDispute(sampleRecord(), 'u3', { label: 'empathic_reflection', atMs: 1 }));
    expect(d).toMatchObject({ reflections: 2, sympathy: 0, disputedLabels: 1 });
    expect(isCallMetrics(m)).toBe(true);
    expect(isCallMetrics({ ...m, rq: 'x' })).toBe(false);
  });

  it('holds no caption text or names, with or without the transcript', () => {
    for (const r of [sampleRecord(), sampleRecord({ storeTranscript: false })]) {
      const s = JSON.stringify(callMetrics(r));
      expect(s).not.toMatch(/Maria|Anna|Lee|Gomez|exhausted|sleep|555/);
    }
  });

  it('a call under a minute of captions has no per-10-minute rate; nothing said has no talk share', () => {
    const r = sampleRecord();
    const short = { ...r, utterances: r.utterances.slice(0, 3) };
    expect(callMetrics(short).reflectionsPer10Min).toBeNull();
    expect(callMetrics({ ...r, utterances: [] }).talkShare).toBeNull();
  });

  it('the three scripted calls improve week by week', () => {
    const ms = progressSampleRecords().map(callMetrics);
    expect(ms.map((m) => m.reflections)).toEqual([1, 2, 3]);
    expect(ms.map((m) => m.longestLectureSec)).toEqual([19, 10, 0]);
    expect(ms.map((m) => m.goalsAgreed)).toEqual([0, 0, 1]);
    expect(ms.map((m) => [m.promptsActedOn, m.promptsDismissed])).toEqual([[1, 0], [1, 0], [0, 1]]);
    expect(ms.map((m) => m.disputedLabels)).toEqual([0, 0, 1]);
  });
});

const base = callMetrics(sampleRecord());
const with_ = (o: Partial<CallMetrics>): CallMetrics => ({ ...base, ...o });

describe('skill goals', () => {
  const g = (kind: SkillGoal['kind'], threshold: number): SkillGoal => ({ id: kind, kind, threshold });

  it('R:Q >= x is judged only on rated calls (MITI minimum of reflections + questions)', () => {
    expect(goalMet(g('rq-min', 1), with_({ rq: 0.25, rqBand: 'few' }))).toBeNull();
    expect(goalMet(g('rq-min', 1), with_({ rq: 0.5, rqBand: 'none' }))).toBeNull();
    expect(goalMet(g('rq-min', 1), with_({ rq: 1.2, rqBand: 'fair' }))).toBe(true);
    expect(goalMet(g('rq-min', 1), with_({ rq: 0.8, rqBand: 'below' }))).toBe(false);
    expect(goalMet(g('rq-min', 1), with_({ rq: null, rqBand: 'good' }))).toBe(true); // reflections, no questions
  });

  it('a goal agreed in every visit, talk share at most, lecture at most, reflections per 10 min', () => {
    expect(goalMet(g('goal-agreed', 1), with_({ goalsAgreed: 0 }))).toBe(false);
    expect(goalMet(g('goal-agreed', 1), with_({ goalsAgreed: 2 }))).toBe(true);
    expect(goalMet(g('task-agreed', 1), with_({ tasksAgreed: 1 }))).toBe(true);
    expect(goalMet(g('talk-share-max', 0.6), with_({ talkShare: 0.6 }))).toBe(true);
    expect(goalMet(g('talk-share-max', 0.6), with_({ talkShare: 0.61 }))).toBe(false);
    expect(goalMet(g('talk-share-max', 0.6), with_({ talkShare: null }))).toBeNull();
    expect(goalMet(g('lecture-max-sec', 30), with_({ longestLectureSec: 31 }))).toBe(false);
    expect(goalMet(g('reflections-per-10-min', 3), with_({ reflectionsPer10Min: null }))).toBeNull();
    expect(goalMet(g('reflections-per-10-min', 3), with_({ reflectionsPer10Min: 3 }))).toBe(true);
  });

  it('counts met / missed / cannot tell over the calls', () => {
    const calls = progressSampleRecords().map(callMetrics);
    const [goal, rq] = goalRecords([g('goal-agreed', 1), g('rq-min', 1)], calls);
    expect(goal).toMatchObject({ results: [false, false, true], met: 1, missed: 2, unknown: 0 });
    expect(rq).toMatchObject({ results: [null, null, null], unknown: 3 });
  });

  it('stored goals are validated: unknown kinds, out-of-range thresholds and duplicates dropped', () => {
    expect(sanitizeGoals([
      { id: 'a', kind: 'rq-min', threshold: 1 },
      { id: 'a', kind: 'goal-agreed', threshold: 1 },
      { id: 'b', kind: 'nope', threshold: 1 },
      { id: 'c', kind: 'talk-share-max', threshold: 3 },
      { id: 'd', kind: 'lecture-max-sec', threshold: Number.NaN },
      'x',
    ])).toEqual([{ id: 'a', kind: 'rq-min', threshold: 1 }]);
    expect(sanitizeGoals('nope')).toEqual([]);
  });
});

describe('merge and axes', () => {
  it('a full record wins over its metrics-only row; metrics-only rows of expired calls stay; oldest first', () => {
    const [a, b, c] = progressSampleRecords().map(callMetrics) as [CallMetrics, CallMetrics, CallMetrics];
    const staleB = { ...b, reflections: 0 };
    expect(mergeProgress([c, b], [staleB, a]).map((m) => [m.callId, m.reflections])).toEqual([
      ['progress-call-1', 1], ['progress-call-2', 2], ['progress-call-3', 3],
    ]);
  });

  it('scales to the data (not a fixed 0-10) with round ticks', () => {
    expect(niceMax([0.25, 0.75])).toBe(1);
    expect(niceMax([3, 7])).toBe(10);
    expect(niceMax([12])).toBe(20);
    expect(niceMax([23])).toBe(25);
    expect(niceMax([0.6], 0.1)).toBe(1);
    expect(niceMax([null, null])).toBe(1);
    expect(ticks(1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(25)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(ticks(2)).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(ticks(10, true)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(1, true)).toEqual([0, 1]);
  });
});

describe('pilot report', () => {
  const calls = progressSampleRecords().map(callMetrics);
  const period = { from: '2025-03-01', to: '2025-03-12' };

  it('keeps the period (by day), numbers calls with opaque ids, and carries no text, names or local ids', () => {
    const rows = pilotRows({ calls, period, reportId: '1a2b3c4d' });
    expect(rows.map((r) => [r.call_ref, r.date])).toEqual([['1a2b3c4d-01', '2025-03-03'], ['1a2b3c4d-02', '2025-03-10']]);
    expect(rows[1]).toMatchObject({ reflections: 2, longest_unrequested_info_sec: 10, prompts_acted_on: 1, rq_band: 'few' });
    const files = pilotFiles({ calls, period: { from: '2025-01-01', to: '2025-12-31' }, reportId: '1a2b3c4d' });
    expect(files.rows).toBe(3);
    for (const f of [files.csv, files.json]) {
      expect(f.content).not.toMatch(/progress-call|Maria|Anna|Gomez|sleep|T\d\d:\d\d|1741/);
      expect(f.filename).toBe(`alliance-pilot-2025-01-01_2025-12-31-1a2b3c4d.${f === files.csv ? 'csv' : 'json'}`);
    }
  });

  it('CSV: a header of the documented columns, one line per call, empty cells for unknown', () => {
    const rows = pilotRows({ calls, period: { from: '2025-03-01', to: '2025-03-31' }, reportId: 'ffff0000' });
    rows[0]!.rq = null;
    const lines = pilotCsv(rows).trimEnd().split('\r\n');
    expect(lines[0]).toBe(PILOT_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]!.split(',')).toHaveLength(PILOT_COLUMNS.length);
    expect(lines[1]!.split(',')[PILOT_COLUMNS.indexOf('rq')]).toBe('');
    const json = pilotJson(rows, { period, reportId: 'ffff0000' });
    expect(json).toMatchObject({ format: 'alliance-coach/pilot-report', schemaVersion: 1, calls: 3, columns: [...PILOT_COLUMNS] });
    expect(Object.keys(json.rows[0]!)).toEqual([...PILOT_COLUMNS]);
  });

  it('an inverted or malformed period gives no rows; ids are random hex', () => {
    expect(pilotRows({ calls, period: { from: '2025-04-01', to: '2025-03-01' }, reportId: 'x' })).toEqual([]);
    expect(pilotRows({ calls, period: { from: '2025-3-1', to: '2025-03-31' }, reportId: 'x' })).toEqual([]);
    expect(newReportId(() => new Uint8Array([0, 15, 160, 255]))).toBe('000fa0ff');
    expect(localDay(new Date(2025, 0, 5, 23, 30).getTime())).toBe('2025-01-05');
  });
});

describe('MetricsStore (metrics-only rows)', () => {
  const fresh = () => new MetricsStore({ idb: new IDBFactory(), subtle });
  const [a, b] = progressSampleRecords().map(callMetrics) as [CallMetrics, CallMetrics];

  it('keeps metrics for the longer of the two retentions; nothing when both are 0', async () => {
    expect(metricsDays({ retentionDays: 7, metricsRetentionDays: 365 })).toBe(365);
    expect(metricsDays({ retentionDays: 30, metricsRetentionDays: 0 })).toBe(30);
    const s = fresh();
    expect(await s.put(a, { retentionDays: 0, metricsRetentionDays: 0 })).toBe(false);
    expect(await s.list()).toEqual([]);
    expect(await s.put(a, { retentionDays: 7, metricsRetentionDays: 365 })).toBe(true);
    expect(await s.put(b, { retentionDays: 7, metricsRetentionDays: 0 })).toBe(true);
    expect((await s.list()).map((m) => m.callId)).toEqual([a.callId, b.callId]);
    // 8 days after b: b's metrics went with its call; a's stay for a year.
    expect(await s.purgeExpired(b.endedAt + 8 * DAY_MS)).toEqual([b.callId]);
    expect((await s.list()).map((m) => m.callId)).toEqual([a.callId]);
    // A shorter policy now applies to rows already stored.
    expect(await s.purgeExpired(a.endedAt + 31 * DAY_MS, { retentionDays: 7, metricsRetentionDays: 30 })).toEqual([a.callId]);
  });

  it('rows are encrypted (no figures in clear), deleted one by one or all, and goals round-trip', async () => {
    const idb = new IDBFactory();
    const s = new MetricsStore({ idb, subtle });
    await s.put(a, { retentionDays: 30, metricsRetentionDays: 0 });
    const raw = await new Promise<any>((ok) => {
      const q = idb.open('alliance-progress');
      q.onsuccess = () => { const g = q.result.transaction('metrics').objectStore('metrics').get(a.callId); g.onsuccess = () => ok(g.result); };
    });
    expect(raw.data).toBeInstanceOf(ArrayBuffer);
    expect(JSON.stringify(raw)).not.toContain('reflections');
    await s.delete(a.callId);
    expect(await s.list()).toEqual([]);
    expect(await s.setGoals([{ id: 'g1', kind: 'goal-agreed', threshold: 1 }, { id: 'bad', kind: 'x' as never, threshold: 1 }])).toEqual([{ id: 'g1', kind: 'goal-agreed', threshold: 1 }]);
    expect(await s.getGoals()).toEqual([{ id: 'g1', kind: 'goal-agreed', threshold: 1 }]);
    await s.put(b, { retentionDays: 30, metricsRetentionDays: 0 });
    await s.deleteAll();
    expect(await s.list()).toEqual([]);
  });
});
