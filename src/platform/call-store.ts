// Live call state lives in chrome.storage.session: memory-only, cleared when the browser closes,
// not readable by content scripts (access level stays TRUSTED_CONTEXTS), and it survives the
// service worker being stopped. One call per tab.
//
// Layout (this file is the only one that knows it). storage.session's set() takes time in
// proportion to what it writes (about 100 ms for a 60-minute call's 330 KB in one value), and the
// worker saves after every utterance, so a call is split into pieces and a save writes O(1) data:
//   call:<tabId>      header: the LiveCall holding only the utterances after the sealed chunks,
//                     plus `sealed` (how many chunks there are);
//   call:<tabId>:<k>  chunk k: utterances [k × CHUNK, (k + 1) × CHUNK), for k < sealed.
// A save writes the header plus every chunk whose utterances are not the very objects last written
// (usually none; one when a chunk fills; an old one when a correction revises an old utterance or
// the speaker picker relabels the call), all in one set() call, so the stored call is never a mix of
// two saves and the "saved before ack" rule of call-service.ts holds as before.
import type { LiveCall } from '../calls/live-call';
import type { LabelledUtterance } from '../coach/types';

export const CHUNK = 32;
const PREFIX = 'call:';
const headKey = (tabId: number): string => `${PREFIX}${tabId}`;
const chunkKey = (tabId: number, k: number): string => `${PREFIX}${tabId}:${k}`;
const chunkKeys = (tabId: number, from: number, to: number): string[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, i) => chunkKey(tabId, from + i));

/** The part of a storage area this store uses (browser.storage.session; a Map in unit tests). */
export interface SessionArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+: names without values (get(null) would read every call in full). */
  getKeys?(): Promise<string[]>;
}

type Header = LiveCall & { sealed?: number };
type Chunk = readonly LabelledUtterance[];

export interface CallStore {
  load(tabId: number): Promise<LiveCall | null>;
  /** Resolves once the call is stored (header and changed chunks in one write). */
  save(call: LiveCall): Promise<void>;
  remove(tabId: number): Promise<void>;
  liveTabIds(): Promise<number[]>;
}

export function createCallStore(area: SessionArea): CallStore {
  // Per tab, what each stored chunk holds: the same utterance objects the worker keeps (immutable
  // coach state), so finding the chunks a save must write takes reference compares only. Lost with
  // the worker; load() fills it again from what it reads.
  const written = new Map<number, { callId: string; chunks: Array<Chunk | undefined> }>();

  const sameChunk = (have: Chunk | undefined, us: readonly LabelledUtterance[], from: number): boolean => {
    if (!have || have.length !== CHUNK) return false;
    for (let i = 0; i < CHUNK; i++) if (have[i] !== us[from + i]) return false;
    return true;
  };

  return {
    async load(tabId) {
      const key = headKey(tabId);
      const head = (await area.get(key))[key] as Header | undefined;
      if (!head) return null;
      const { sealed = 0, ...call } = head;
      const keys = chunkKeys(tabId, 0, sealed);
      const got = keys.length > 0 ? await area.get(keys) : {};
      // A missing chunk cannot come from our single-set saves; if one does, keep what exists and
      // leave it unrecorded so the next save writes it again.
      const chunks = keys.map((k) => (Array.isArray(got[k]) ? (got[k] as Chunk) : undefined));
      written.set(tabId, { callId: call.callId, chunks });
      const utterances = [...chunks.flatMap((c) => c ?? []), ...call.coach.utterances];
      return { ...call, coach: { ...call.coach, utterances } };
    },

    async save(call) {
      const us = call.coach.utterances;
      const sealed = Math.floor(us.length / CHUNK);
      const prev = written.get(call.tabId);
      const had = prev?.callId === call.callId ? prev.chunks : [];
      const items: Record<string, unknown> = {};
      const chunks: Chunk[] = [];
      for (let k = 0; k < sealed; k++) {
        const from = k * CHUNK;
        let chunk = had[k];
        if (!chunk || !sameChunk(chunk, us, from)) {
          chunk = us.slice(from, from + CHUNK);
          items[chunkKey(call.tabId, k)] = chunk;
        }
        chunks.push(chunk);
      }
      const header: Header = { ...call, coach: { ...call.coach, utterances: us.slice(sealed * CHUNK) }, sealed };
      items[headKey(call.tabId)] = header;
      await area.set(items);
      written.set(call.tabId, { callId: call.callId, chunks });
      // Chunks beyond the new count (a new call in the tab that was not removed first; revisions
      // never shrink a call) would otherwise outlive it.
      const before = prev?.chunks.length ?? 0;
      if (before > sealed) await area.remove(chunkKeys(call.tabId, sealed, before));
    },

    async remove(tabId) {
      const key = headKey(tabId);
      let n = written.get(tabId)?.chunks.length;
      if (n === undefined) n = ((await area.get(key))[key] as Header | undefined)?.sealed ?? 0;
      written.delete(tabId);
      await area.remove([key, ...chunkKeys(tabId, 0, n)]);
    },

    async liveTabIds() {
      const keys = area.getKeys ? await area.getKeys() : Object.keys(await area.get(null));
      return keys.map((k) => /^call:(\d+)$/.exec(k)?.[1]).filter((n) => n !== undefined).map(Number);
    },
  };
}
