// The live-call store over a fake storage.session: a call comes back whole however it was split,
// each save writes O(1) data (header + at most the chunk that changed; goals and tasks chunked too),
// corrections of old utterances reach storage and rewrite only their chunk even when the worker
// saves a call it read back whole, and removing a call leaves nothing behind.
import { describe, expect, it } from 'vitest';
import type { LiveCall } from '../../src/calls/live-call';
import { CHUNK, createCallStore, type SessionArea } from '../../src/platform/call-store';
import { initCoach, reduceCoach } from '../../src/coach/coach';
import { COLD } from '../../src/coach/cold';
import { DEFAULT_COACH_SETTINGS, type LabelledUtterance, type TallyItem } from '../../src/coach/types';

function fakeArea() {
  const data = new Map<string, unknown>();
  const writes: string[][] = [];
  const area: SessionArea = {
    get: async (keys) => {
      const list = keys === null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(list.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    set: async (items) => {
      writes.push(Object.keys(items));
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => void (typeof keys === 'string' ? [keys] : keys).forEach((k) => data.delete(k)),
  };
  return { area, data, writes };
}

const u = (i: number, revision = 0, text = `line ${i}`): LabelledUtterance => ({
  id: `c-${i}`, speaker: i % 2 ? 'Pat' : 'You', role: i % 2 ? 'patient' : 'clinician', text, startMs: i * 1000, endMs: i * 1000 + 500, revision,
});

function call(tabId: number, utterances: LabelledUtterance[], callId = `meet-x-${tabId}`): LiveCall {
  return {
    tabId, callId, callKey: 'k', platform: 'meet', startedAt: 0, lastCaptionAt: 0, health: { state: 'capturing' }, selfNames: [],
    coach: { ...initCoach(DEFAULT_COACH_SETTINGS, 0), utterances },
  };
}

describe('call store', () => {
  it('gives back exactly the call it saved, across chunk boundaries and for a fresh worker', async () => {
    const f = fakeArea();
    const store = createCallStore(f.area);
    for (const n of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK + 5]) {
      const c = call(7, Array.from({ length: n }, (_, i) => u(i)));
      await store.save(c);
      expect(await store.load(7)).toEqual(c);
      expect(await createCallStore(f.area).load(7)).toEqual(c); // a restarted worker reads it all back
    }
    expect(await store.load(8)).toBeNull();
  });

  it('writes the header and at most one new chunk per added utterance (O(1) per save)', async () => {
    const f = fakeArea();
    const store = createCallStore(f.area);
    let state = initCoach(DEFAULT_COACH_SETTINGS, 0);
    for (let i = 0; i < 5 * CHUNK; i++) {
      state = reduceCoach(state, { type: 'utterance', utterance: u(i) }, DEFAULT_COACH_SETTINGS);
      await store.save({ ...call(3, []), coach: state });
      const keys = f.writes.at(-1)!;
      expect(keys).toContain('call:3');
      expect(keys.length).toBe((i + 1) % CHUNK === 0 ? 2 : 1);
    }
    expect(JSON.stringify(f.data.get('call:3')).length).toBeLessThan(JSON.stringify(state).length / 3);
  });

  it('keeps the header small when the bond history grows: bond changes go in chunks too, and come back whole', async () => {
    const f = fakeArea();
    const store = createCallStore(f.area);
    let state = initCoach(DEFAULT_COACH_SETTINGS, 0);
    const headerAt: number[] = [];
    for (let i = 0; i < 12 * CHUNK; i++) {
      // Every clinician line a confident reflection: one bond change per clinician utterance.
      const x = u(i);
      const utterance: LabelledUtterance = x.role === 'clinician' ? { ...x, label: 'empathic_reflection' } : x;
      state = reduceCoach(state, { type: 'utterance', utterance }, DEFAULT_COACH_SETTINGS);
      await store.save({ ...call(5, []), coach: state });
      headerAt.push(JSON.stringify(f.data.get('call:5')).length);
    }
    expect(state.tally.bond.changes.length).toBeGreaterThan(4 * CHUNK); // the history really grew
    // The header at the end is no bigger than early in the call, give or take one chunk's worth of
    // bond changes and utterances (before, it carried the whole bond history: ~50 B per utterance).
    expect(headerAt.at(-1)!).toBeLessThan(headerAt[2 * CHUNK]! + 2 * CHUNK * 200);
    expect(headerAt.at(-1)!).toBeLessThan(JSON.stringify(state.tally.bond.changes).length / 3);
    const fresh = (await createCallStore(f.area).load(5))!;
    expect(fresh.coach).toEqual(state);
    await store.remove(5);
    expect([...f.data.keys()]).toEqual([]);
  });

  it('keeps the header flat when goals and tasks pile up: each is stored under its own key, written when it changes', async () => {
    const f = fakeArea();
    const store = createCallStore(f.area);
    const item = (i: number, kind: 'goal' | 'task', state: TallyItem['state'] = 'proposed'): TallyItem => ({
      id: `${kind}:c-${i}`, kind, text: `item ${i}`, state, proposedBy: 'patient', evidence: [{ utteranceId: `c-${i}`, why: 'proposed' }, { utteranceId: `c-${i + 1}`, why: 'assent' }],
    });
    const base = call(6, []);
    let tally = base.coach.tally;
    const headerAt: number[] = [];
    for (let i = 0; i < 8 * CHUNK; i++) {
      tally = { ...tally, goals: i % 2 ? [...tally.goals, item(i, 'goal')] : tally.goals, tasks: [...tally.tasks, item(i, 'task')] };
      await store.save({ ...base, coach: { ...base.coach, tally } });
      headerAt.push(JSON.stringify(f.data.get('call:6')).length);
      expect(f.writes.at(-1)!.length).toBeLessThanOrEqual(3); // the header, the new task and the new goal
    }
    // Before, the header carried every goal and task (~200 B each, 384 of them here); now only their
    // counts (give or take a digit or two).
    expect(headerAt.at(-1)!).toBeLessThanOrEqual(Math.max(...headerAt.slice(0, 2 * CHUNK)) + 8);
    // An early task agreed: that task and the header are written, nothing else.
    const tasks = tally.tasks.map((t, i) => (i === 40 ? { ...t, state: 'agreed' as const } : t));
    await store.save({ ...base, coach: { ...base.coach, tally: { ...tally, tasks } } });
    expect(f.writes.at(-1)!.sort()).toEqual(['call:6', 'call:6:t40']);
    const fresh = (await createCallStore(f.area).load(6))!;
    expect(fresh.coach.tally).toEqual({ ...tally, tasks });
    await store.remove(6);
    expect([...f.data.keys()]).toEqual([]);
  });

  it('after a read() of the whole call, saving it back writes only the chunk that changed (a correction of a dropped line)', async () => {
    const f = fakeArea();
    const store = createCallStore(f.area);
    const list = Array.from({ length: 10 * CHUNK + 3 }, (_, i) => u(i));
    await store.save(call(9, list));
    // The worker dropped the first 8 chunks (cold slots), as a compacted copy does.
    const compacted = list.map((x, i) => (i < 8 * CHUNK ? (COLD as LabelledUtterance) : x));
    await store.save(call(9, compacted));
    expect(f.writes.at(-1)).toEqual(['call:9']);
    store.takeRewritten(9);
    const whole = (await store.read(9))!;
    const fixed = whole.coach.utterances.map((x, i) => (i === 5 * CHUNK + 2 ? u(i, 1, 'corrected') : i < 8 * CHUNK ? x : compacted[i]!));
    await store.save({ ...whole, coach: { ...whole.coach, utterances: fixed } });
    expect(f.writes.at(-1)!.sort()).toEqual(['call:9', 'call:9:5']); // before: all 10 chunks
    expect(store.takeRewritten(9).u).toBe(5);
    // Read-back objects count only for the save after the read: a later save compares them as the worker's own.
    await store.save({ ...whole, coach: { ...whole.coach, utterances: fixed } });
    expect(f.writes.at(-1)).toEqual(['call:9']);
    // Moved to another position, a read-back utterance is a change there.
    await store.save(call(9, compacted));
    expect(f.writes.at(-1)).toEqual(['call:9']);
    const again = (await store.read(9))!.coach.utterances;
    const moved = again.map((x, i) => (i === 3 ? again[4]! : i === 4 ? again[3]! : i < 8 * CHUNK ? x : compacted[i]!));
    await store.save({ ...whole, coach: { ...whole.coach, utterances: moved } });
    expect(f.writes.at(-1)!.sort()).toEqual(['call:9', 'call:9:0']);
    expect((await createCallStore(f.area).load(9))!.coach.utterances).toEqual(moved);
  });

  it('rewrites an old chunk when an utterance in it is corrected, also after a restart', async () => {
    const f = fakeArea();
    let store = createCallStore(f.area);
    const list = Array.from({ length: 2 * CHUNK + 3 }, (_, i) => u(i));
    await store.save(call(1, list));
    const fixed = list.map((x, i) => (i === 5 ? u(5, 1, 'corrected') : x));
    await store.save(call(1, fixed));
    expect(f.writes.at(-1)!.sort()).toEqual(['call:1', 'call:1:0']);
    store = createCallStore(f.area); // worker restarted: nothing in memory, everything from storage
    const loaded = (await store.load(1))!;
    expect(loaded.coach.utterances[5]!.text).toBe('corrected');
    const again = loaded.coach.utterances.map((x, i) => (i === CHUNK + 1 ? u(i, 1, 'again') : x));
    await store.save({ ...loaded, coach: { ...loaded.coach, utterances: again } });
    expect(f.writes.at(-1)!.sort()).toEqual(['call:1', 'call:1:1']);
    expect((await createCallStore(f.area).load(1))!.coach.utterances[CHUNK + 1]!.text).toBe('again');
  });

  it('a new call in the same tab starts over; remove leaves no piece behind, with or without memory', async () => {
    const f = fakeArea();
    const store = createCallStore(f.area);
    await store.save(call(2, Array.from({ length: 3 * CHUNK }, (_, i) => u(i)), 'old'));
    await store.save(call(2, [u(0)], 'new'));
    expect((await store.load(2))!.coach.utterances).toEqual([u(0)]);
    await store.save(call(2, Array.from({ length: 2 * CHUNK }, (_, i) => u(i)), 'new'));
    await store.save(call(4, Array.from({ length: 2 * CHUNK }, (_, i) => u(i))));
    expect((await store.liveTabIds()).sort()).toEqual([2, 4]);
    await store.remove(2);
    await createCallStore(f.area).remove(4);
    expect([...f.data.keys()]).toEqual([]);
    expect(await store.liveTabIds()).toEqual([]);
  });
});
