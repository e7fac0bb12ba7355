// The worker holds a long call compactly (issue 18, flat memory): utterances the store already
// holds in sealed chunks are dropped from its copy (src/coach/compact.ts). Proven here: the same
// call driven through a worker that compacts and one that holds everything gives the very same
// panel models, checkpoints and final record, through corrections and re-sends of dropped
// utterances, one arriving far out of order, prompt actions, a settings change, the speaker picker
// and a worker restart; and what the compacting worker holds per utterance stays bounded.
import { describe, expect, it } from 'vitest';
import { CallService, type CallDeps } from '../../src/calls/call-service';
import { KEEP_HELD } from '../../src/calls/held-calls';
import type { LiveCall } from '../../src/calls/live-call';
import { toPanelModel } from '../../src/calls/panel-model';
import type { Utterance } from '../../src/captions/types';
import { LABELS, type Classification } from '../../src/classifier/labels';
import { COLD } from '../../src/coach/cold';
import { featureMemoEntries } from '../../src/coach/features';
import { peekLive } from '../../src/coach/live';
import { DEFAULT_COACH_SETTINGS, coachSettings, type CoachSettings } from '../../src/coach/types';
import { CHUNK, createCallStore, type SessionArea } from '../../src/platform/call-store';
import { FEED_MAX } from '../../src/ui/panel/model';
import { callMetrics } from '../../src/sessions/progress';
import { buildRecord } from '../../src/sessions/record';

const SAID = {
  clinician: [
    'The tablets lower how much sugar the liver releases, and the stomach can be unsettled for a week or two.',
    'It sounds like this has been exhausting for you.', 'That must be hard, I am sorry.', 'Could we try a short walk after lunch each day?',
    'What matters most to you about your health this year?', 'Nice work keeping the food diary going.',
    'So you would like to sleep through the night again.', 'Shall we agree you check your sugar every morning?',
  ],
  patient: [
    'Sure, I can do that.', 'I am scared about what the scan will show.', 'uh-huh', 'I want to get back to gardening without my knee hurting.',
    'Right.', 'I really need to stop smoking, I know it.', 'Yes, let us do that.',
  ],
};

function area() {
  const data = new Map<string, string>();
  const a: SessionArea = {
    get: async (keys) => {
      const list = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, JSON.parse(data.get(k)!)]));
    },
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v));
    },
    remove: async (keys) => void (typeof keys === 'string' ? [keys] : keys).forEach((k) => data.delete(k)),
  };
  return a;
}

/** A worker over `store`: compacting (the extension's wiring) or holding the whole call. */
function worker(sa: SessionArea, compacting: boolean, out: { models: string[]; finished: string[]; checkpoints: string[]; settings: CoachSettings; reads: number }, checkpoint?: (call: LiveCall) => void) {
  const store = createCallStore(sa);
  const deps: CallDeps = {
    now: () => 1_000_000,
    load: (t) => store.load(t),
    save: (c) => store.save(c),
    remove: (t) => store.remove(t),
    classify: async (text): Promise<Classification> => {
      const label = LABELS[(text.length * 7) % LABELS.length]!;
      const scores = Object.fromEntries(LABELS.map((l, i) => [l, l === label ? 0.8 : (0.2 - i * 0.01) / 6])) as Classification['scores'];
      return { label, scores, confidence: 0.8, unsure: text.length % 5 === 0, lang: 'en', langReliable: true };
    },
    coachSettings: async () => out.settings,
    publish: (call, tabId, ended) => void out.models.push(JSON.stringify(toPanelModel(call, { state: 'ready' } as never, 5_000_000, ended, out.settings))),
    finish: async (call) => void out.finished.push(JSON.stringify(call)),
    checkpoint: async (call) => void (checkpoint ? checkpoint(call) : out.checkpoints.push(JSON.stringify(call))),
    ...(compacting ? { stored: (n: number) => store.sealedUpTo(n), read: (t: number) => (out.reads++, store.read(t)) } : {}),
  };
  return new CallService(deps);
}

const T0 = 1_733_300_000_000;
let GAP = 4000;
function line(i: number, revision = 0, startMs = T0 + i * GAP): Utterance {
  const role = i % 3 === 1 ? 'patient' : 'clinician';
  const lines = SAID[role];
  return { id: `${T0}-${i}`, speaker: role === 'patient' ? 'Sam Rivera' : 'Dr Ng', role, text: lines[(i * 5 + revision) % lines.length]!, startMs, endMs: startMs + GAP - 500, revision };
}

/** The same script for both workers; `restart` replaces the worker (memory lost, storage kept). */
async function drive(compacting: boolean, platform: 'meet' | 'zoom') {
  const out = { models: [] as string[], finished: [] as string[], checkpoints: [] as string[], settings: DEFAULT_COACH_SETTINGS, reads: 0 };
  const reads: Record<string, number> = {};
  const sa = area();
  let w = worker(sa, compacting, out);
  let held = 0;
  const tab = 3;
  const prompt = (): string | undefined => (JSON.parse(out.models.at(-1)!) as { coach: { prompt: { id: string } | null } }).coach.prompt?.id;
  for (let i = 0; i < 420; i++) {
    await w.utterance(tab, platform, 'k', line(i));
    if (i % 4 === 0) await w.coachEvent(tab, { type: 'tick', nowMs: T0 + i * GAP + GAP - 100 });
    if (i % 37 === 0 && prompt()) await w.coachEvent(tab, { type: 'prompt-action', promptId: prompt()!, action: i % 2 ? 'helpful' : 'dismiss', nowMs: T0 + i * GAP + GAP - 50 });
    const before = out.reads;
    if (i === 150) await w.utterance(tab, platform, 'k', line(20, 1)); // a correction of a dropped utterance
    if (i === 160) await w.utterance(tab, platform, 'k', line(21)); // a re-send of a dropped one
    if (i === 170) await w.utterance(tab, platform, 'k', { ...line(1000), startMs: T0 + 30 * GAP + 1, endMs: T0 + 30 * GAP + 900 }); // far out of order
    if (i === 200) await w.utterance(tab, platform, 'k', line(199, 1)); // a correction of a held one
    if (i === 230) {
      out.settings = coachSettings({ lectureRunSec: 20 }); // the tally's settings change mid-call
      await w.utterance(tab, platform, 'k', line(5000, 0, T0 + i * GAP + GAP - 10));
    }
    if (i === 260) w = worker(sa, compacting, out); // the worker was stopped and started again
    if (i === 300 && platform === 'zoom') await w.setSelf(tab, 'Dr Ng');
    if (i === 330 && platform === 'zoom') await w.setSpeakerRole(tab, 'Sam Rivera', 'patient');
    if ([150, 160, 170, 200, 230].includes(i)) reads[i] = out.reads - before;
    const have = await w.current(tab);
    held = have!.coach.utterances.filter((u) => u !== COLD).length;
  }
  const last = await w.current(tab);
  await w.end(tab, 'user');
  return { out, held, last: last!, reads, total: out.reads };
}

describe('compacted live call', () => {
  it('KEEP_HELD covers the panel feed', () => {
    expect(KEEP_HELD).toBeGreaterThanOrEqual(FEED_MAX);
  });

  for (const platform of ['meet', 'zoom'] as const) {
    it(`gives the same panel, checkpoints and record as holding the whole call (${platform})`, async () => {
      const whole = await drive(false, platform);
      const compact = await drive(true, platform);
      expect(whole.held).toBe(422);
      expect(compact.out.models.length).toBe(whole.out.models.length);
      for (let i = 0; i < whole.out.models.length; i++) expect(compact.out.models[i], `model ${i}`).toBe(whole.out.models[i]);
      expect(compact.out.checkpoints).toEqual(whole.out.checkpoints);
      expect(compact.out.finished).toHaveLength(1);
      expect(compact.out.finished).toEqual(whole.out.finished);
      // It did drop utterances, and holds a bounded number however long the call.
      expect(compact.held).toBeLessThanOrEqual(KEEP_HELD + CHUNK + 12);
      expect(compact.last.coach.utterances.filter((u) => u === COLD).length).toBeGreaterThan(300);
      // The steps that needed dropped utterances read the call back; a correction of a held one did not.
      expect(compact.reads).toEqual({ 150: 1, 160: 1, 170: 1, 200: 0, 230: 1 });
    }, 120_000);
  }

  it('a fast-paced call (1 s a line: the talk-share window spans far more than is held) needs no extra reads', async () => {
    GAP = 1000;
    try {
      const whole = await drive(false, 'meet');
      const compact = await drive(true, 'meet');
      expect(compact.out.models).toEqual(whole.out.models);
      expect(compact.out.finished).toEqual(whole.out.finished);
      // Reads: the checkpoints and call end (the record is whole), the scripted steps above, and
      // at most one per elapsed talk window whose first clinician lines went cold (7 minutes: 2).
      const checkpoints = compact.out.checkpoints.length + 1;
      expect(compact.total).toBeLessThanOrEqual(checkpoints + 4 + 2);
    } finally {
      GAP = 4000;
    }
  }, 120_000);

  it('a stored call missing a chunk (no save of ours leaves one) still ends with what the worker holds', async () => {
    const out = { models: [] as string[], finished: [] as string[], checkpoints: [] as string[], settings: DEFAULT_COACH_SETTINGS, reads: 0 };
    const sa = area();
    const w = worker(sa, true, out);
    for (let i = 0; i < 200; i++) await w.utterance(3, 'meet', 'k', line(i));
    await sa.remove('call:3:0');
    await w.end(3, 'user');
    expect(out.finished).toHaveLength(1);
    const held = (JSON.parse(out.finished[0]!) as LiveCall).coach.utterances.length;
    expect(held).toBeGreaterThan(KEEP_HELD);
    expect(held).toBeLessThan(200);
  });

  it('drops what the timeline kept beside a dropped utterance (features, rule marks, index)', async () => {
    const { last } = await drive(true, 'meet');
    const { tl } = peekLive(last.coach, DEFAULT_COACH_SETTINGS);
    const cold = last.coach.utterances.map((u, j) => (u === COLD ? j : -1)).filter((j) => j >= 0);
    expect(cold.length).toBeGreaterThan(300);
    expect(cold.filter((j) => tl.feats[j] !== undefined)).toEqual([]);
    expect(cold.filter((j) => tl.marks[j] !== undefined).length).toBeLessThanOrEqual(1);
  }, 60_000);

  it('does not keep a feature memo the size of the call after checkpoints read it back', async () => {
    // The extension's checkpoint: the record and its metrics, built from the whole call read back
    // from the store, which puts every utterance's fresh copy through features(). A WeakMap's table
    // keeps the most entries it ever held, so the worker starts a new memo after such a step.
    const out = { models: [] as string[], finished: [] as string[], checkpoints: [] as string[], settings: DEFAULT_COACH_SETTINGS, reads: 0 };
    let inPass = 0;
    const w = worker(area(), true, out, (call) => {
      const model = { version: 't', sha256: 'x' };
      callMetrics(buildRecord({ callId: call.callId, platform: call.platform, startedAt: call.startedAt, endedAt: 1, endReason: 'interrupted', state: call.coach, model }, { storeTranscript: true }));
      inPass = Math.max(inPass, featureMemoEntries());
    });
    let after = 0;
    for (let i = 0; i < 400; i++) {
      await w.utterance(3, 'meet', 'k', line(i));
      after = Math.max(after, featureMemoEntries());
    }
    expect(inPass).toBeGreaterThan(400); // a checkpoint's pass does fill it (copies of every line)
    expect(after).toBeLessThanOrEqual(2 * KEEP_HELD + CHUNK); // between steps it holds what the live call touched
  }, 60_000);
});
