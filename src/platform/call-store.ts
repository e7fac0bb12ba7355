// Live call state lives in chrome.storage.session: memory-only, cleared when the browser closes,
// not readable by content scripts (access level stays TRUSTED_CONTEXTS), and it survives the
// service worker being stopped. One call per tab.
//
// Layout (this file is the only one that knows it). storage.session's set() takes time in
// proportion to what it writes (about 100 ms for a 60-minute call's 330 KB in one value), and the
// worker saves after every utterance, so a call is split into pieces and a save writes O(1) data:
//   call:<tabId>      header: the LiveCall holding only the utterances after the sealed chunks,
//                     plus `sealed` (how many chunks there are);
//   call:<tabId>:<k>  chunk k: utterances [k × CHUNK, (k + 1) × CHUNK), for k < sealed;
//   call:<tabId>:b<k> chunk k of the coach's bond changes, the same way (`sealedBond`): the bond
//                     history grows with the call too (~50 B an utterance; 52 KB of a 900-utterance
//                     header before, which made minute-60 saves slower than minute-1 ones).
//   call:<tabId>:g<k>, call:<tabId>:t<k>  goal k and task k of the tally, one a key (`sealedGoals`,
//                     `sealedTasks`): there are a few dozen, each changes (gains evidence) at any time
//                     of the call, and in the header they grew it 2 -> 10 KB over the bench's long
//                     call, and storage.session's set() time with it (bench/notes/m60.md);
//   call:<tabId>:p<k> chunk k of the coach's prompt history (`sealedPrompts`), 8 prompts a chunk.
// A save writes the header plus every chunk whose utterances are not the very objects last written
// (usually none; one when a chunk fills; an old one when a correction revises an old utterance or
// the speaker picker relabels the call), all in one set() call, so the stored call is never a mix of
// two saves and the "saved before ack" rule of call-service.ts holds as before.
//
// The worker's copy of a long call holds COLD (src/coach/cold.ts) in the slots of old utterances
// (issue 18, flat memory): those are in sealed chunks here and never change while cold, so a cold
// slot counts as unchanged, and what this store remembers of such a chunk is the slots as they are
// now (not the dropped utterances). load() always reads the whole call back. An utterance read()
// gave back for a cold slot also counts as unchanged at its own position, in the next save: the
// worker saves the whole call after a correction of a dropped line, and only the corrected line's
// chunk is written (before: every chunk, and the checkpoint then rebuilt the whole call).
import type { LiveCall } from '../calls/live-call';
import { COLD } from '../coach/cold';
import type { BondChange, LabelledUtterance, ShownPrompt, TallyItem } from '../coach/types';

export const CHUNK = 32;
const PREFIX = 'call:';
const headKey = (tabId: number): string => `${PREFIX}${tabId}`;
/** The lists kept in chunks: `''` utterances, `'b'` bond changes, `'g'`/`'t'` goals and tasks, `'p'` prompts. */
type ListId = '' | 'b' | 'g' | 't' | 'p';
const LISTS: readonly ListId[] = ['', 'b', 'g', 't', 'p'];
/** The header's count of sealed chunks of each list. */
const SEALED = { '': 'sealed', b: 'sealedBond', g: 'sealedGoals', t: 'sealedTasks', p: 'sealedPrompts' } as const;
/**
 * Items a chunk of each list holds: goals and tasks one each (any of them may change, see above);
 * prompts 8 (a shown prompt is ~250 B and only the latest one changes).
 */
const SIZE: Record<ListId, number> = { '': CHUNK, b: CHUNK, g: 1, t: 1, p: 8 };
const chunkKey = (tabId: number, k: number, list: ListId = ''): string => `${PREFIX}${tabId}:${list}${k}`;
const chunkKeys = (tabId: number, from: number, to: number, list: ListId = ''): string[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => chunkKey(tabId, from + i, list));

/** The part of a storage area this store uses (browser.storage.session; a Map in unit tests). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+: names without values (get(null) would read every call in full). */
  getKeys?(): Promise<string[]>;
}

type Header = LiveCall & { sealed?: number; sealedBond?: number; sealedGoals?: number; sealedTasks?: number; sealedPrompts?: number };
type Chunk = readonly unknown[];
interface Written {
  callId: string;
  /** Per list, what each stored chunk holds (the worker's objects, COLD for dropped slots). */
  chunks: Record<ListId, Array<Chunk | undefined>>;
}

/** Each list of a call, as the worker holds it. */
function listsOf(call: LiveCall): Record<ListId, readonly unknown[]> {
  const { tally } = call.coach;
  return { '': call.coach.utterances, b: tally.bond.changes, g: tally.goals, t: tally.tasks, p: call.coach.history };
}

/** `call` with each list replaced by `lists` (the header's tails, or the lists read back whole). */
function withLists(call: LiveCall, lists: Record<ListId, readonly unknown[]>): LiveCall {
  const { tally } = call.coach;
  return {
    ...call,
    coach: {
      ...call.coach,
      utterances: lists[''] as LabelledUtterance[],
      history: lists.p as ShownPrompt[],
      tally: { ...tally, goals: lists.g as TallyItem[], tasks: lists.t as TallyItem[], bond: { ...tally.bond, changes: lists.b as BondChange[] } },
    },
  };
}

export interface CallStore {
  load(tabId: number): Promise<LiveCall | null>;
  /** The whole call as stored, for a one-off use (the store keeps noting the worker's own copy). */
  read(tabId: number): Promise<LiveCall | null>;
  /** How many leading utterances of a call of `count` are in sealed chunks. */
  sealedUpTo(count: number): number;
  /** Resolves once the call is stored (header and changed chunks in one write). */
  save(call: LiveCall): Promise<void>;
  remove(tabId: number): Promise<void>;
  liveTabIds(): Promise<number[]>;
  /** The items of sealed chunk `k` of a list as stored (`u` utterances, `b` bond changes); null: none. */
  readChunk(tabId: number, k: number, list: 'u' | 'b'): Promise<readonly unknown[] | null>;
  /**
   * The lowest chunk of each list a save wrote since the last time this was asked (Infinity:
   * none), so the checkpoint (src/sessions/checkpoint.ts) builds again exactly what changed.
   */
  takeRewritten(tabId: number): { u: number; b: number };
}

export function createCallStore(area: SessionArea): CallStore {
  // Per tab, what each stored chunk holds: the same utterance objects the worker keeps (immutable
  // coach state), so finding the chunks a save must write takes reference compares only. Lost with
  // the worker; load() fills it again from what it reads.
  const written = new Map<number, Written>();
  /** Per tab, the lowest chunk of each list written since takeRewritten last asked. */
  const rewrites = new Map<number, { u: number; b: number }>();
  const noteWrite = (tabId: number, list: ListId, k: number): void => {
    const r = rewrites.get(tabId) ?? { u: Infinity, b: Infinity };
    if (list === '') r.u = Math.min(r.u, k);
    else if (list === 'b') r.b = Math.min(r.b, k);
    rewrites.set(tabId, r);
  };
  /**
   * Utterances read() gave back, by their position in the call: stored as they are there, so a
   * save of the whole call (a correction of a dropped line) need not write their chunk again. Only
   * for the next save: after it, what the store remembers is the worker's objects themselves.
   */
  let readBack = new WeakMap<object, number>();

  /**
   * 'same': the very objects stored. 'equal': what is stored, though not all the same objects:
   * utterances read back from where they are stored (for cold slots), or goals, tasks, bond changes
   * and prompts built again equal (the coach rebuilds them all when it takes the whole call back,
   * and they went out whole every time). 'dropped': the worker's copy has cold slots here; nothing in
   * such a chunk can have changed (the coach refuses any change before its cold boundary), even
   * where the copy holds an object read back separately. 'changed': anything else.
   */
  const compare = (have: Chunk | undefined, us: readonly unknown[], from: number, size: number, list: ListId): 'same' | 'equal' | 'dropped' | 'changed' => {
    if (!have || have.length !== size) return 'changed';
    let same = true;
    let equal = true;
    let cold = false;
    for (let i = 0; i < size; i++) {
      const x = us[from + i];
      if (x === COLD) cold = true;
      else if (have[i] !== x) {
        same = false;
        if (list === '' ? !(have[i] === COLD && readBack.get(x as object) === from + i) : JSON.stringify(have[i]) !== JSON.stringify(x)) equal = false;
      }
    }
    return cold ? 'dropped' : same ? 'same' : equal ? 'equal' : 'changed';
  };

  /** Reads `sealed` chunks of one list; a missing one stays undefined (see load). */
  const readChunks = async (tabId: number, sealed: number, list: ListId): Promise<Array<Chunk | undefined>> => {
    const keys = chunkKeys(tabId, 0, sealed, list);
    const got = keys.length > 0 ? await area.get(keys) : {};
    return keys.map((k) => (Array.isArray(got[k]) ? (got[k] as Chunk) : undefined));
  };

  /** The whole call as stored; `note`: remember what each chunk holds (the worker takes this copy). */
  const readCall = async (tabId: number, note: boolean): Promise<LiveCall | null> => {
    const key = headKey(tabId);
    const head = (await area.get(key))[key] as Header | undefined;
    if (!head) return null;
    const { sealed: _u, sealedBond: _b, sealedGoals: _g, sealedTasks: _t, sealedPrompts: _p, ...call } = head;
    // A missing chunk cannot come from our single-set saves; if one does, keep what exists and
    // leave it unrecorded so the next save writes it again.
    const chunks = {} as Written['chunks'];
    const tails = listsOf(call);
    const lists = {} as Record<ListId, readonly unknown[]>;
    for (const l of LISTS) {
      chunks[l] = await readChunks(tabId, head[SEALED[l]] ?? 0, l);
      lists[l] = [...chunks[l].flatMap((c) => c ?? []), ...tails[l]];
    }
    if (note) written.set(tabId, { callId: call.callId, chunks });
    else chunks[''].forEach((c, k) => c?.forEach((x, i) => readBack.set(x as object, k * CHUNK + i)));
    return withLists(call, lists);
  };

  /** Adds to `items` every sealed chunk of `all` not written as these very objects; returns the chunks. */
  const sealChunks = (tabId: number, all: readonly unknown[], had: ReadonlyArray<Chunk | undefined>, list: ListId, items: Record<string, unknown>): Chunk[] => {
    const chunks: Chunk[] = [];
    const size = SIZE[list];
    for (let k = 0; k < Math.floor(all.length / size); k++) {
      const from = k * size;
      const was = compare(had[k], all, from, size, list);
      // 'dropped': remember the slots, not the utterances the worker let go (storage has them).
      // 'equal': remember the worker's objects now, so the next save compares by reference again.
      const chunk = was === 'same' ? had[k]! : all.slice(from, from + size);
      if (was === 'changed') {
        // A dropped utterance is only ever in a chunk stored whole: never write one that is not.
        if (chunk.includes(COLD as never)) throw new Error('call store: a compacted chunk is not stored');
        items[chunkKey(tabId, k, list)] = chunk;
        noteWrite(tabId, list, k);
      }
      chunks.push(chunk);
    }
    return chunks;
  };

  return {
    async load(tabId) {
      return readCall(tabId, true);
    },

    read(tabId) {
      return readCall(tabId, false);
    },

    async save(call) {
      const prev = written.get(call.tabId);
      const same = prev?.callId === call.callId;
      const items: Record<string, unknown> = {};
      const all = listsOf(call);
      const chunks = {} as Written['chunks'];
      const tails = {} as Record<ListId, readonly unknown[]>;
      const header = {} as Record<string, number>;
      for (const l of LISTS) {
        chunks[l] = sealChunks(call.tabId, all[l], same ? prev.chunks[l] : [], l, items);
        tails[l] = all[l].slice(chunks[l].length * SIZE[l]);
        header[SEALED[l]] = chunks[l].length;
      }
      readBack = new WeakMap();
      items[headKey(call.tabId)] = { ...withLists(call, tails), ...header } satisfies Header;
      await area.set(items);
      written.set(call.tabId, { callId: call.callId, chunks });
      // Chunks beyond the new count (a new call in the tab that was not removed first; a bond
      // recount can shorten the bond list) would otherwise outlive it.
      const stale = LISTS.flatMap((l) => chunkKeys(call.tabId, chunks[l].length, prev?.chunks[l].length ?? 0, l));
      if (stale.length > 0) await area.remove(stale);
    },

    async remove(tabId) {
      const key = headKey(tabId);
      const have = written.get(tabId);
      const head = have ? null : ((await area.get(key))[key] as Header | undefined);
      written.delete(tabId);
      rewrites.delete(tabId);
      await area.remove([key, ...LISTS.flatMap((l) => chunkKeys(tabId, 0, have?.chunks[l].length ?? head?.[SEALED[l]] ?? 0, l))]);
    },

    async readChunk(tabId, k, list) {
      const key = chunkKey(tabId, k, list === 'u' ? '' : 'b');
      const got = (await area.get(key))[key];
      return Array.isArray(got) ? (got as unknown[]) : null;
    },

    takeRewritten(tabId) {
      const r = rewrites.get(tabId) ?? { u: Infinity, b: Infinity };
      rewrites.delete(tabId);
      return r;
    },

    sealedUpTo(count) {
      return Math.floor(count / CHUNK) * CHUNK;
    },

    async liveTabIds() {
      const keys = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
      return keys.map((k) => /^call:(\d+)$/.exec(k)?.[1]).filter((n) => n !== undefined).map(Number);
    },
  };
}
