// The service worker's live-call memory in Node, per utterance: the real CallService and call
// store (storage replaced by a sink), utterances and classifications arriving as JSON (as extension
// messaging delivers them). Heap after GC at two call lengths; prints bytes per utterance next to
// the stored record's JSON size. Run: node --expose-gc --import tsx scripts/bench/worker-heap.ts [n]
// CHECKPOINT=held|whole also runs the checkpoint every 10 utterances (and every 30, the alarm)
// into an encrypted store on fake-indexeddb, and prints its time and features() calls per
// checkpoint by sixth of the call: `held` is the extension's (src/sessions/checkpoint.ts), `whole`
// the one before it (the whole call read back, buildRecord, put, callMetrics). The heap then also
// holds the fake database, so read heap figures from a run without it.
import { CallService } from '../../src/calls/call-service';
import type { LiveCall } from '../../src/calls/live-call';
import { createCallStore } from '../../src/platform/call-store';
import { LABELS, type Classification } from '../../src/classifier/labels';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { buildScript } from './call-driver';
import { cycle, loadCorpus } from './corpus';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const total = Number(process.argv[2] ?? 900);
const steps = buildScript(cycle(loadCorpus(), total, 30)).steps.slice(0, total);
let recordBytes = 0;
const sizes = new Map<string, number>();
const kept = new Map<string, Buffer>();
const store = createCallStore({
  // Storage keeps JSON outside the JS heap (as storage.session keeps its own copy outside the
  // worker's): the worker may read the call back.
  get: async (keys) => {
    const out: Record<string, unknown> = {};
    for (const k of keys === null ? [...kept.keys()] : [keys].flat()) if (kept.has(k)) out[k] = JSON.parse(kept.get(k)!.toString());
    return out;
  },
  set: async (items) => {
    for (const [k, v] of Object.entries(items)) {
      const json = JSON.stringify(v);
      sizes.set(k, json.length);
      kept.set(k, Buffer.from(json));
    }
  },
  remove: async () => undefined,
});
let k = 0;
const mode = process.env.CHECKPOINT as 'held' | 'whole' | undefined;
const cpStats: Array<{ n: number; ms: number; features: number }> = [];
let checkpoint: (call: LiveCall) => Promise<void> = async () => undefined;
if (mode) {
  // @ts-expect-error: the package's exports map hides its types for this path
  await import('fake-indexeddb/auto');
  const { IDBFactory } = await import('fake-indexeddb');
  const { webcrypto } = await import('node:crypto');
  const { SessionStore } = await import('../../src/sessions/store');
  const { buildRecord } = await import('../../src/sessions/record');
  const { callMetrics } = await import('../../src/sessions/progress');
  const { CallCheckpoints, storeCheckpoint } = await import('../../src/sessions/checkpoint');
  const { CHUNK } = await import('../../src/platform/call-store');
  const { setCoachProbe } = await import('../../src/coach/probe');
  const sessions = new SessionStore({ idb: new IDBFactory(), subtle: webcrypto.subtle as unknown as SubtleCrypto });
  const metrics = { put: async () => true } as never;
  const cps = new CallCheckpoints(CHUNK);
  const policy = { storeTranscript: true };
  checkpoint = async (call) => {
    const input = { callId: call.callId, platform: call.platform, startedAt: call.startedAt, endedAt: Date.now(), endReason: 'interrupted' as const, state: call.coach, model: { version: 'b', sha256: 'b' }, settings: DEFAULT_COACH_SETTINGS };
    const probe = { features: 0, visits: 0 };
    setCoachProbe(probe);
    const t = performance.now();
    if (mode === 'whole') {
      const record = buildRecord(input, policy);
      await sessions.put(record, { retentionDays: 7 });
      callMetrics(record);
    } else {
      const source = { readChunk: (c: number) => store.readChunk(call.tabId, c, 'u'), rewritten: () => store.takeRewritten(call.tabId) };
      await storeCheckpoint(cps, input, policy, source, { sessions, metrics }, { retentionDays: 7, metricsRetentionDays: 0 });
    }
    cpStats.push({ n: call.coach.utterances.length, ms: performance.now() - t, features: probe.features });
    setCoachProbe(null);
  };
}
const calls = new CallService({
  now: () => Date.now(),
  load: (tabId) => store.load(tabId),
  read: (tabId) => store.read(tabId),
  stored: (count) => store.sealedUpTo(count),
  save: (call) => store.save(call),
  remove: (tabId) => store.remove(tabId),
  classify: async (text) => {
    const label = LABELS[(text.length * 7) % LABELS.length]!;
    const scores = Object.fromEntries(LABELS.map((l, i) => [l, l === label ? 0.8123456 : (0.2 - i * 0.01) / 6 + Math.random() * 1e-3]));
    const reply: Classification = { label, scores: scores as Classification['scores'], confidence: 0.8123456, unsure: k % 5 === 0, lang: 'en', langReliable: true };
    return JSON.parse(JSON.stringify(reply)) as Classification;
  },
  coachSettings: async () => DEFAULT_COACH_SETTINGS,
  publish: () => undefined,
  finish: async () => undefined,
  checkpoint: (call) => checkpoint(call),
  checkpointsHeld: mode === 'held',
});
const t0 = 1_733_300_000_000;
const heap = (): number => {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
};
const points: Array<[number, number, number]> = [];
// Time of each CallService step (utterance in -> state published, checkpoints included), to see
// whether the cost per utterance grows with the call.
const stepMs: number[] = [];
for (; k < steps.length; k++) {
  const s = steps[k]!;
  const u = { id: `${t0}-${k + 1}`, speaker: s.self ? 'Dr. Alice Smith' : 'Bob Jones', role: s.self ? 'clinician' : 'patient', text: s.text, startMs: t0 + k * 4000, endMs: t0 + k * 4000 + 3500, revision: 0 };
  const st = performance.now();
  await calls.utterance(7, 'meet', 'key', JSON.parse(JSON.stringify(u)) as LiveCall['coach']['utterances'][number]);
  stepMs.push(performance.now() - st);
  if (mode && (k + 1) % 30 === 0) await calls.checkpointAll([7]);
  // MARK_EVERY=n prints a marker line every n utterances, so a run under `--trace-opt --trace-deopt`
  // can be cut into windows of the call (V8's trace goes to the same stdout).
  if (process.env.MARK_EVERY && (k + 1) % Number(process.env.MARK_EVERY) === 0) process.stdout.write(`@@mark ${k + 1}\n`);
  if ((k + 1) % Math.floor(total / 6) === 0) {
    recordBytes = [...sizes.values()].reduce((a, b) => a + b, 0);
    points.push([k + 1, heap(), recordBytes]);
    if (process.env.SNAP && (points.length === 2 || k + 1 === total)) (await import('node:v8')).writeHeapSnapshot(`/tmp/pm/w-${k + 1}.heapsnapshot`);
  }
}
const [a, b] = [points[1]!, points.at(-1)!];
const per = b[0] - a[0];
process.stdout.write(`utterances ${b[0]}: heap ${((b[1] - a[1]) / per).toFixed(0)} B/utt, record ${((b[2] - a[2]) / per).toFixed(0)} B/utt (from ${a[0]} to ${b[0]})\n`);
{
  const sixth = Math.floor(total / 6);
  const med = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? NaN;
  const parts = Array.from({ length: 6 }, (_, i) => stepMs.slice(i * sixth, (i + 1) * sixth));
  process.stdout.write(`step (utterance in -> published) median / mean ms by sixth of the call: ${parts.map((p) => `${med(p).toFixed(2)}/${(p.reduce((a, b) => a + b, 0) / Math.max(1, p.length)).toFixed(2)}`).join(', ')}\n`);
}
if (mode) {
  const sixth = Math.floor(total / 6);
  const rows = Array.from({ length: 6 }, (_, i) => cpStats.filter((c) => c.n > i * sixth && c.n <= (i + 1) * sixth));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  process.stdout.write(`checkpoint (${mode}) by sixth of the call: ${rows.map((r) => `${mean(r.map((c) => c.ms)).toFixed(1)} ms/${mean(r.map((c) => c.features)).toFixed(0)} features`).join(', ')}; ${cpStats.length} checkpoints, ${cpStats.reduce((a, c) => a + c.ms, 0).toFixed(0)} ms in all\n`);
}
