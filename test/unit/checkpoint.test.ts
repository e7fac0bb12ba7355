// A live call's checkpoint built incrementally (src/sessions/checkpoint.ts, issue 18 "flat cost per
// utterance"). Proven here with the real worker (CallService, the compacting call store) and the
// real encrypted store on fake-indexeddb: every checkpoint stores exactly the record buildRecord
// makes of the whole call, and exactly callMetrics' row, under each transcript policy, through a
// correction, an utterance far out of order, a settings change, a worker restart and the speaker
// picker; and its work (features() calls, utterances read back, bytes encrypted) over the last
// hundred utterances of a 1,260-utterance call is what it was over the first hundred, where the
// whole-call checkpoint it replaced grows with the call.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CallService, type CallDeps } from '../../src/calls/call-service';
import type { LiveCall } from '../../src/calls/live-call';
import type { Utterance } from '../../src/captions/types';
import { LABELS, type Classification } from '../../src/classifier/labels';
import { setCoachProbe, type CoachProbe } from '../../src/coach/probe';
import { initCoach } from '../../src/coach/coach';
import { DEFAULT_COACH_SETTINGS, coachSettings, type CoachSettings, type TallyItem } from '../../src/coach/types';
import { CHUNK, createCallStore, type SessionArea } from '../../src/platform/call-store';
import { CallCheckpoints, storeCheckpoint } from '../../src/sessions/checkpoint';
import type { MetricsStore } from '../../src/sessions/metrics-store';
import { callMetrics, type CallMetrics } from '../../src/sessions/progress';
import { buildRecord, type BuildRecordInput, type CallRecord, type RecordPolicy } from '../../src/sessions/record';
import { SessionStore } from '../../src/sessions/store';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
const WORDS = ['walk', 'sleep', 'sugar', 'knee', 'tablets', 'morning', 'garden', 'diary', 'scan', 'family'];
const CLINICIAN = ['It sounds like {0} has been hard for you.', 'How is the {0} going?', 'Could we agree on a {0} plan this week?', 'The {0} results came back normal.', 'Well done with the {0}.', 'Sorry to hear about the {0}.'];
const PATIENT = ['Yes, let us do that.', 'mm-hmm', 'I worry about my {0} a lot.', 'No, I do not think so.', 'I want to fix my {0} soon.'];

const T0 = 1_700_000_000_000;
function line(i: number, revision = 0, startMs = T0 + i * 3000): Utterance {
  const patient = i % 3 === 2;
  const forms = patient ? PATIENT : CLINICIAN;
  const text = forms[(i + revision) % forms.length]!.replace('{0}', WORDS[(i * 7) % WORDS.length]!);
  const speaker = patient ? (i % 11 === 0 ? 'Lee Park' : 'Ana Cruz') : 'Dr Osei';
  return { id: `u${i}`, speaker, role: patient ? 'patient' : 'clinician', text, startMs, endMs: startMs + 2500, revision };
}

function memoryArea(): SessionArea {
  const kept = new Map<string, string>();
  return {
    get: async (keys) => {
      const want = keys === null ? [...kept.keys()] : ([] as string[]).concat(keys);
      return Object.fromEntries(want.flatMap((k) => (kept.has(k) ? [[k, JSON.parse(kept.get(k)!)]] : [])));
    },
    set: async (items) => void Object.entries(items).forEach(([k, v]) => kept.set(k, JSON.stringify(v))),
    remove: async (keys) => void ([] as string[]).concat(keys).forEach((k) => kept.delete(k)),
  };
}

const classify = async (text: string): Promise<Classification> => {
  const label = LABELS[(text.length * 5) % LABELS.length]!;
  const scores = Object.fromEntries(LABELS.map((l) => [l, l === label ? 0.9 : 0.1 / 6])) as Classification['scores'];
  return { label, scores, confidence: 0.9, unsure: text.length % 7 === 0, lang: 'en', langReliable: true };
};

interface Rig {
  settings: CoachSettings;
  service: CallService;
  /** Restart the worker: its memory (call copy, call store's notes, checkpoint folds) is lost. */
  restart(): void;
}

/**
 * A worker over a compacting call store whose checkpoint is `checkpoint` (given the call as held and
 * the call store). The worker swallows a failed checkpoint, so failures are kept in `failed`.
 */
function rig(area: SessionArea, checkpoint: (call: LiveCall, store: ReturnType<typeof createCallStore>) => Promise<void>): Rig & { failed: unknown[] } {
  const r = {
    failed: [] as unknown[],
    settings: DEFAULT_COACH_SETTINGS,
    service: null as unknown as CallService,
    restart() {
      const store = createCallStore(area);
      const deps: CallDeps = {
        now: () => T0,
        load: (t) => store.load(t),
        read: (t) => store.read(t),
        stored: (n) => store.sealedUpTo(n),
        save: (c) => store.save(c),
        remove: (t) => store.remove(t),
        classify,
        coachSettings: async () => r.settings,
        publish: () => undefined,
        finish: async () => undefined,
        checkpoint: (call) => checkpoint(call, store).catch((e: unknown) => void r.failed.push(e)),
        checkpointsHeld: true,
      };
      r.service = new CallService(deps);
    },
  };
  r.restart();
  return r;
}

const input = (call: LiveCall, settings: CoachSettings): BuildRecordInput => ({
  callId: call.callId, platform: call.platform, startedAt: call.startedAt, endedAt: T0 + 9e6, endReason: 'interrupted', state: call.coach, model: { version: 't', sha256: 'x' }, settings,
});

/** The incremental checkpoint into a real encrypted store; `rows` gets the metrics rows. */
function incremental(sessions: SessionStore, rows: CallMetrics[], policy: RecordPolicy, settings: () => CoachSettings) {
  let cps = new CallCheckpoints(CHUNK);
  const metrics = { put: async (m: CallMetrics) => (rows.push(m), true) } as unknown as MetricsStore;
  const fn = async (call: LiveCall, store: ReturnType<typeof createCallStore>) => {
    const source = { readChunk: (k: number) => store.readChunk(call.tabId, k, 'u'), rewritten: () => store.takeRewritten(call.tabId) };
    await storeCheckpoint(cps, input(call, settings()), policy, source, { sessions, metrics }, { retentionDays: 7, metricsRetentionDays: 0 });
  };
  return { fn, restart: () => void (cps = new CallCheckpoints(CHUNK)) };
}

const POLICIES: Record<string, RecordPolicy> = {
  full: { storeTranscript: true },
  clinician: { storeTranscript: true, clinicianLinesOnly: true },
  none: { storeTranscript: false },
};

describe('incremental checkpoint', () => {
  for (const [name, policy] of Object.entries(POLICIES)) {
    it(`stores exactly the whole call's record and metrics at every checkpoint (${name})`, async () => {
      const area = memoryArea();
      const sessions = new SessionStore({ idb: new IDBFactory(), subtle, now: () => T0 });
      const rows: CallMetrics[] = [];
      let w: ReturnType<typeof rig> | null = null;
      const cp = incremental(sessions, rows, policy, () => w!.settings);
      let checked = 0;
      let reader = createCallStore(area);
      w = rig(area, async (call, store) => {
        await cp.fn(call, store);
        const whole = await reader.read(call.tabId);
        const want = buildRecord(input(whole!, w!.settings), policy);
        const got = await sessions.get(call.callId);
        expect(got.ok && got.record).toEqual(want);
        expect(rows.at(-1)).toEqual(callMetrics(want));
        checked++;
      });
      const tab = 4;
      for (let i = 0; i < 330; i++) {
        await w.service.utterance(tab, 'meet', 'k', line(i));
        if (i === 120) await w.service.utterance(tab, 'meet', 'k', line(105, 1)); // a correction of a held line
        if (i === 150) await w.service.utterance(tab, 'meet', 'k', { ...line(4000), startMs: T0 + 20 * 3000 + 1, endMs: T0 + 20 * 3000 + 900 }); // far out of order
        if (i === 180) {
          // A note written on the interrupted call from the summary page: the record is written
          // whole, its chunks go, and the next checkpoint writes them all again.
          const callId = (await w.service.current(tab))!.callId;
          expect((await sessions.update(callId, (r) => ({ ...r, notes: { call: 'note' } }))).ok).toBe(true);
        }
        if (i === 200) w.settings = coachSettings({ lectureRunSec: 15 });
        if (i === 230) {
          w.restart();
          cp.restart();
          reader = createCallStore(area);
        }
        if (i === 260) await w.service.setSelf(tab, 'Dr Osei');
        if (i === 290) await w.service.setSpeakerRole(tab, 'Lee Park', 'family');
        if (i % 45 === 0) await w.service.checkpointAll([tab]);
      }
      expect(w.failed).toEqual([]);
      expect(checked).toBeGreaterThan(35);
      // The call's end is stored whole and takes the checkpoint's chunks with it.
      const ended = buildRecord({ ...input((await reader.read(tab))!, w.settings), endReason: 'user' }, policy);
      expect(await sessions.put(ended, { retentionDays: 7 })).toBe(true);
      expect(await sessions.get(ended.callId)).toEqual({ ok: true, record: ended });
    }, 120_000);
  }

  it('with retention 0 stores no record but still the metrics row; when retention allows again, the whole record', async () => {
    const area = memoryArea();
    const sessions = new SessionStore({ idb: new IDBFactory(), subtle, now: () => T0 });
    const rows: CallMetrics[] = [];
    const metrics = { put: async (m: CallMetrics) => (rows.push(m), true) } as unknown as MetricsStore;
    const cps = new CallCheckpoints(CHUNK);
    let retentionDays = 0;
    const reader = createCallStore(area);
    const w = rig(area, async (call, store) => {
      const source = { readChunk: (k: number) => store.readChunk(call.tabId, k, 'u'), rewritten: () => store.takeRewritten(call.tabId) };
      await storeCheckpoint(cps, input(call, DEFAULT_COACH_SETTINGS), POLICIES.full!, source, { sessions, metrics }, { retentionDays, metricsRetentionDays: 30 });
      const want = buildRecord(input((await reader.read(call.tabId))!, DEFAULT_COACH_SETTINGS), POLICIES.full!);
      expect(rows.at(-1)).toEqual(callMetrics(want));
      expect(await sessions.get(call.callId)).toEqual(retentionDays ? { ok: true, record: want } : { ok: false, reason: 'missing' });
    });
    for (let i = 0; i < 200; i++) {
      if (i === 150) retentionDays = 7; // its dropped utterances are read back from the call store once
      await w.service.utterance(2, 'meet', 'k', line(i));
    }
    expect(w.failed).toEqual([]);
    expect(rows).toHaveLength(20);
  }, 60_000);

  it('does the same work per checkpoint at the end of a 1,260-utterance call as at its start; the whole-call checkpoint did not', async () => {
    const N = 1260;
    /** Work per window of 100 utterances: features() calls, utterances read back, bytes encrypted. */
    const measure = async (whole: boolean) => {
      const probe: CoachProbe = { features: 0, visits: 0 };
      const work = { features: 0, readBack: 0, sealed: 0 };
      const sessions = new SessionStore({ idb: new IDBFactory(), subtle, now: () => T0, onSeal: (n) => void (work.sealed += n) });
      const cp = incremental(sessions, [], POLICIES.full!, () => DEFAULT_COACH_SETTINGS);
      const area = memoryArea();
      const counted: SessionArea = {
        ...area,
        get: async (keys) => {
          const got = await area.get(keys);
          for (const v of Object.values(got)) work.readBack += Array.isArray(v) ? v.length : ((v as LiveCall).coach?.utterances.length ?? 0);
          return got;
        },
      };
      const windows: Array<typeof work> = [];
      const w = rig(counted, async (call, store) => {
        const before = { ...work, features: probe.features };
        setCoachProbe(probe);
        try {
          if (whole) {
            // As before: the whole call read back, its record built, encrypted and its metrics computed.
            const record = buildRecord(input((await store.read(call.tabId))!, DEFAULT_COACH_SETTINGS), POLICIES.full!);
            await sessions.put(record, { retentionDays: 7 });
            callMetrics(record);
          } else await cp.fn(call, store);
        } finally {
          setCoachProbe(null);
        }
        const at = Math.floor((call.coach.utterances.length - 1) / 100);
        const win = (windows[at] ??= { features: 0, readBack: 0, sealed: 0 });
        win.features += probe.features - before.features;
        win.sealed += work.sealed - before.sealed;
        win.readBack += work.readBack - before.readBack;
      });
      for (let i = 0; i < N; i++) {
        await w.service.utterance(7, 'meet', 'k', line(i));
        if (i % 30 === 29) await w.service.checkpointAll([7]); // the 30 s alarm
      }
      expect(w.failed).toEqual([]);
      return { first: windows[0]!, last: windows[Math.floor((N - 1) / 100)]! };
    };
    const now = await measure(false);
    const before = await measure(true);
    // The whole-call checkpoint: its work grows with the call (the control: the counts do measure it).
    expect(before.last.features).toBeGreaterThan(8 * before.first.features);
    expect(before.last.readBack).toBeGreaterThan(8 * Math.max(1, before.first.readBack));
    expect(before.last.sealed).toBeGreaterThan(5 * before.first.sealed);
    // The incremental one: the same as at the start, up to a small constant.
    expect(now.last.features).toBeLessThanOrEqual(now.first.features + 2 * CHUNK);
    expect(now.last.readBack).toBeLessThanOrEqual(now.first.readBack + CHUNK);
    expect(now.last.sealed).toBeLessThanOrEqual(now.first.sealed * 1.5);
  }, 300_000);

  it('builds no goal or task chunk again when the coach rebuilt them equal (a correction of a dropped line)', async () => {
    const item = (i: number): TallyItem => ({ id: `task:t-${i}`, kind: 'task', text: 'synthetic task', state: i % 3 ? 'agreed' : 'proposed', proposedBy: 'clinician', evidence: [{ utteranceId: `t-${i}`, why: 'proposed' }] });
    const coach = initCoach(DEFAULT_COACH_SETTINGS, T0);
    const tasks = Array.from({ length: 3 * CHUNK + 5 }, (_, i) => item(i));
    const at = (ts: TallyItem[]): BuildRecordInput => ({ ...input({ callId: 'c1', platform: 'meet', startedAt: T0 } as LiveCall, DEFAULT_COACH_SETTINGS), state: { ...coach, tally: { ...coach.tally, tasks: ts } } });
    const source = { readChunk: async () => null, rewritten: () => ({ u: Infinity, b: Infinity }) };
    const cps = new CallCheckpoints(CHUNK);
    const first = await cps.build(at(tasks), POLICIES.full!, source, true);
    expect(first.chunks.filter((c) => c.list === 't')).toHaveLength(3);
    first.commit();
    const rebuilt = await cps.build(at(structuredClone(tasks)), POLICIES.full!, source, true);
    expect(rebuilt.chunks.filter((c) => c.list === 't')).toHaveLength(0); // before: all 3 again
    rebuilt.commit();
    const agreed = structuredClone(tasks).map((t, i) => (i === CHUNK + 1 ? { ...t, state: 'agreed' as const, evidence: [...t.evidence, { utteranceId: 'x', why: 'assent' as const }] } : t));
    const next = await cps.build(at(agreed), POLICIES.full!, source, true);
    expect(next.chunks.filter((c) => c.list === 't').map((c) => c.k)).toEqual([1, 2]); // from the changed one on, as before
  });
});
