// A live call's checkpoint (the "interrupted" record a browser closed mid-call leaves, and its
// metrics row) built incrementally, so its cost is flat in the length of the call (issue 18).
// Before, every checkpoint read the whole call back from storage.session, built the whole record,
// put a fresh copy of every utterance through features() for the metrics, and encrypted it all:
// O(call) work every ten utterances (~190 ms by a 600-utterance call in Node).
//
// Now the record is kept as sealed chunks of CHUNK stored utterances (and of bond changes), aligned
// with the call store's own chunks (src/platform/call-store.ts), plus a head: the record of the tail
// (buildRecordTail). A chunk is built, folded into the metrics and encrypted once; a checkpoint
// builds only the chunks sealed since the last one, plus the head. A chunk is built again only when
// the call store says it rewrote it (a correction, the speaker picker relabelling the call, an
// utterance arriving far out of order), from the fold kept at that chunk's start (a few kept;
// older: from the start of the call). What is kept between checkpoints is small and bounded: per
// call the folds at a few chunk boundaries (metrics counters, speaker aliases, latest end).
//
// The assembled record (chunks in order, then the head's) is exactly buildRecord of the whole call,
// and the metrics exactly callMetrics of it (test/unit/checkpoint.test.ts). Checkpoints carry no
// disputes (a live call has none). Pure apart from the `source` it is given.
import { COLD } from '../coach/cold';
import { METRICS_START, metricsOf, metricsStep, type MetricsFold } from '../coach/metrics';
import type { Role } from '../captions/types';
import type { BondChange, CoachSettings, LabelledUtterance, ShownPrompt, TallyItem } from '../coach/types';
import { DEFAULT_COACH_SETTINGS } from '../coach/types';
import { moreAliases, NO_ALIASES, type AliasFold } from './aliases';
import { callMetricsOf, type CallMetrics } from './progress';
import { buildRecordTail, itemKeepsTextOf, storeItem, storePrompt, storeUtterance, transcriptScope, type BuildRecordInput, type CallRecord, type RecordPolicy, type StoredUtterance } from './record';
import { coachUtterance } from './summarize';

import type { MetricsRetention, MetricsStore } from './metrics-store';
import { shouldStore } from './retention';
import type { SessionStore } from './store';
import { RECORD_CHUNK_LISTS, type ChunkCounts, type RecordChunk, type RecordChunkList } from './store-layout';

/** What a checkpoint reads of the call store (which keeps utterances and bond changes in chunks too). */
export interface CheckpointSource {
  /** Utterances of the call store's sealed chunk `k` (for ones the worker dropped); null: missing. */
  readChunk(k: number, list: 'u'): Promise<readonly unknown[] | null>;
  /** The lowest chunk of each of its lists the call store wrote since last asked (Infinity: none). */
  rewritten(): { u: number; b: number };
}

export interface Checkpoint {
  /** The record of the tail, with `sealed` chunks of each list before it. */
  head: CallRecord;
  sealed: ChunkCounts;
  /** Chunks to (re)write (the store keeps the others it holds below `sealed`). */
  chunks: RecordChunk[];
  metrics: CallMetrics;
  /** Keep what this checkpoint folded (call once it is stored; without it the next one starts over). */
  commit(): void;
}

/** The folds at one chunk boundary: everything a record's chunks after it need of the ones before. */
interface Mark {
  aliases: AliasFold;
  metrics: MetricsFold;
  lastEndMs: number;
}
const START: Mark = { aliases: NO_ALIASES, metrics: METRICS_START, lastEndMs: -Infinity };

/** Boundaries kept besides the call's start: a rewrite further back builds from the start. */
const KEEP_MARKS = 4;

/** Lists the worker holds whole (prompts, goals, tasks): a changed chunk is told by its objects. */
const HELD = ['p', 'g', 't'] as const;
type Held = (typeof HELD)[number];
const NONE: ChunkCounts = { u: -1, b: -1, p: -1, g: -1, t: -1 };

interface CallState {
  key: string;
  /** Mark at each kept boundary, by chunk index (0 always). */
  marks: Map<number, Mark>;
  /** Utterance chunks folded (marks are valid up to here). */
  folded: number;
  /** Chunks of each list the encrypted store holds as built here; -1: it holds none of ours. */
  stored: ChunkCounts;
  /** The worker's objects each stored chunk of a held list was built from. */
  refs: Record<Held, ReadonlyArray<readonly unknown[]>>;
}

export class CallCheckpoints {
  private calls = new Map<string, CallState>();
  constructor(private readonly chunk: number) {}

  /** The chunk counts the last stored checkpoint of the call had (undefined: none of ours is stored). */
  stored(callId: string): ChunkCounts | undefined {
    const st = this.calls.get(callId);
    return st && st.stored.u >= 0 ? st.stored : undefined;
  }

  /** Forgets a call (it ended, or a write failed: the next checkpoint builds it all again). */
  forget(callId: string): void {
    this.calls.delete(callId);
  }

  /**
   * The checkpoint of `input` (its state may hold COLD in dropped slots). `store`: whether it will
   * be written to the encrypted store (retention allows); when not, only the metrics are needed.
   */
  async build(input: BuildRecordInput, policy: RecordPolicy, source: CheckpointSource, store: boolean): Promise<Checkpoint> {
    const settings = input.settings ?? DEFAULT_COACH_SETTINGS;
    const scope = transcriptScope(policy);
    const key = `${scope}|${JSON.stringify(settings)}`;
    const had = this.calls.get(input.callId);
    const st: CallState = had && had.key === key ? had : { key, marks: new Map([[0, START]]), folded: 0, stored: NONE, refs: { p: [], g: [], t: [] } };
    const rw = source.rewritten();
    const { state } = input;
    const all = { u: state.utterances, b: state.tally.bond.changes, p: state.history, g: state.tally.goals, t: state.tally.tasks };
    const n = this.chunk;
    const sealed = Object.fromEntries(RECORD_CHUNK_LISTS.map((l) => [l, Math.floor(all[l].length / n)])) as ChunkCounts;
    const slice = <T>(list: readonly T[], k: number): T[] => list.slice(k * n, (k + 1) * n);
    // Stored chunks stay valid up to where the store has ours and nothing in them changed. After a
    // caption correction of a dropped line the coach builds every goal and task again, equal: those
    // are compared by content (once: the refs kept are then the new objects).
    const changed = (l: Held, k: number) =>
      slice(all[l] as readonly unknown[], k).some((x, i) => {
        const was = st.refs[l][k]?.[i];
        return was !== x && (was === undefined || JSON.stringify(was) !== JSON.stringify(x));
      });
    const from = {} as ChunkCounts;
    for (const l of RECORD_CHUNK_LISTS) {
      let k = Math.max(0, Math.min(st.stored[l], sealed[l], l === 'u' || l === 'b' ? rw[l] : Infinity));
      if (l !== 'u' && l !== 'b') for (let j = 0; j < k; j++) if (changed(l, j)) k = j;
      from[l] = store ? k : sealed[l];
    }
    let at = Math.min(st.folded, rw.u, sealed.u, from.u);
    while (!st.marks.has(at)) at--; // 0 is always there
    const marks = new Map([...st.marks].filter(([k]) => k <= at));
    let mark = marks.get(at)!;
    const chunks: RecordChunk[] = [];
    for (let k = at; k < sealed.u; k++) {
      const items = await this.utterancesOf(state.utterances, k, source);
      const built = this.fold(mark, items, scope, settings);
      mark = built.mark;
      marks.set(k + 1, mark);
      if (k >= from.u) chunks.push({ list: 'u', k, items: built.items });
    }
    const keepSubs = scope === 'full';
    const noRoles = new Map<string, Role>();
    const stored = {
      b: (c: BondChange) => ({ ...c, utteranceIds: [...c.utteranceIds] }),
      p: (p: ShownPrompt) => storePrompt(p, keepSubs),
      g: (i: TallyItem) => storeItem(i, itemKeepsTextOf(i, scope, noRoles)),
    };
    for (const l of ['b', 'p', 'g', 't'] as const) {
      const make = (l === 't' ? stored.g : stored[l]) as (x: unknown) => unknown;
      for (let k = from[l]; k < sealed[l]; k++) chunks.push({ list: l, k, items: slice(all[l] as readonly unknown[], k).map(make) });
    }
    const tail = <T>(l: RecordChunkList): T[] => all[l].slice(sealed[l] * n) as T[];
    const tailUs = tail<LabelledUtterance>('u');
    if (tailUs.includes(COLD)) throw new Error('checkpoint: a dropped utterance after the sealed chunks');
    const aliases = moreAliases(mark.aliases, tailUs);
    const tally = { goals: tail<TallyItem>('g'), tasks: tail<TallyItem>('t'), bond: { ...state.tally.bond, changes: tail<BondChange>('b') } };
    const head = buildRecordTail({ ...input, state: { ...state, utterances: tailUs, history: tail<ShownPrompt>('p'), tally } }, policy, { aliases: aliases.aliases, lastEndMs: mark.lastEndMs });
    let fold = mark.metrics;
    for (const u of head.utterances) fold = metricsStep(fold, coachUtterance(u), {}, head.coachSettings);
    // Goals and tasks: the call's tally (what the record keeps); the live coach's tally equals
    // computeTally over the whole call (coach-incremental.property.test.ts).
    const figures = metricsOf(fold, state.tally.goals, state.tally.tasks, head.coachSettings);
    const metrics = callMetricsOf({ ...head, prompts: state.history }, figures);
    const next: CallState = {
      key,
      marks: new Map([...marks].filter(([k]) => k === 0 || k > sealed.u - KEEP_MARKS)),
      folded: sealed.u,
      stored: store ? sealed : NONE,
      refs: store ? { p: this.refs(all.p, sealed.p), g: this.refs(all.g, sealed.g), t: this.refs(all.t, sealed.t) } : { p: [], g: [], t: [] },
    };
    return { head, sealed, chunks, metrics, commit: () => void this.calls.set(input.callId, next) };
  }

  /** The objects of each sealed chunk of a held list (the worker holds them anyway). */
  private refs(list: readonly unknown[], sealed: number): Array<readonly unknown[]> {
    return Array.from({ length: sealed }, (_, k) => list.slice(k * this.chunk, (k + 1) * this.chunk));
  }

  /** Utterances of chunk `k`: the worker's own where it holds them, else read back from the call store. */
  private async utterancesOf(us: readonly LabelledUtterance[], k: number, source: CheckpointSource): Promise<readonly LabelledUtterance[]> {
    const held = us.slice(k * this.chunk, (k + 1) * this.chunk);
    if (!held.includes(COLD)) return held;
    const read = await source.readChunk(k, 'u');
    if (!read || read.length !== this.chunk) throw new Error('checkpoint: a sealed chunk is missing');
    return read as LabelledUtterance[];
  }

  private fold(mark: Mark, us: readonly LabelledUtterance[], scope: ReturnType<typeof transcriptScope>, settings: CoachSettings): { mark: Mark; items: StoredUtterance[] } {
    const aliases = moreAliases(mark.aliases, us);
    const items = us.map((u) => storeUtterance(u, scope, aliases.aliases.get(u.speaker)));
    let metrics = mark.metrics;
    let lastEndMs = mark.lastEndMs;
    for (const u of items) {
      metrics = metricsStep(metrics, coachUtterance(u), {}, settings);
      lastEndMs = Math.max(lastEndMs, u.endMs);
    }
    return { mark: { aliases, metrics, lastEndMs }, items };
  }
}

/**
 * Builds and stores one checkpoint: the record's new pieces (when retention keeps anything) and
 * the call's metrics row, as putting buildRecord's record and callMetrics' row would. A refused
 * write (the call was deleted or erased) or a failure makes the next checkpoint start over.
 */
export async function storeCheckpoint(
  cps: CallCheckpoints,
  input: BuildRecordInput,
  policy: RecordPolicy,
  source: CheckpointSource,
  stores: { sessions: SessionStore; metrics: MetricsStore },
  retention: MetricsRetention,
): Promise<void> {
  const store = shouldStore(retention.retentionDays);
  try {
    let cp = await cps.build(input, policy, source, store);
    const put = (c: Checkpoint) => {
      const stored = cps.stored(input.callId);
      return stores.sessions.putCheckpoint(c.head, c.sealed, c.chunks, { retentionDays: retention.retentionDays, ...(stored ? { stored } : {}) });
    };
    let done = store ? await put(cp) : true;
    if (done === 'incomplete') {
      // Its chunks went (the record was written whole meanwhile: a dispute or a note on the
      // interrupted call): this once, build and write every chunk again.
      cps.forget(input.callId);
      cp = await cps.build(input, policy, source, store);
      done = await put(cp);
    }
    if (done === true) cp.commit();
    else cps.forget(input.callId); // refused (deleted, erased): nothing of ours is stored
    await stores.metrics.put(cp.metrics, retention).catch(() => undefined);
  } catch (e) {
    cps.forget(input.callId); // the next one builds (and writes) the whole call again
    throw e;
  }
}
