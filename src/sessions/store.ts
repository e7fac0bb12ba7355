// Encrypted store of finished calls in IndexedDB (via idb), injectable so it runs on real
// IndexedDB + WebCrypto in the browser and on fake-indexeddb + Node's WebCrypto in unit tests.
//
// Layout: three object stores keyed by callId.
//   index  cleartext, PHI-free: {callId, startedAt, endedAt, platform, expiresAt} (listing, retention)
//   keys   {callId, key}: a non-extractable AES-GCM 256 CryptoKey per call (structured clone)
//   blobs  {callId, iv, data}: the JSON record, AES-GCM encrypted, 96-bit random IV
// Every write makes a fresh key and IV and replaces key + blob + index in one transaction, so an
// older version's stale bytes (LevelDB does not wipe them, bitwarden/clients#485) were encrypted
// under a key that no longer exists: deleting a key is the real erasure (crypto-shredding).
// Limit, stated honestly: the key lives in the same profile; this protects a copied disk image of
// the ciphertext store less than a key held elsewhere would (security-checklist B5, gotcha 16).
// Crypto runs before each transaction opens: an IDB transaction auto-commits across an await.
//
// Deletion wins (finding 6). A live call is checkpointed every few utterances and stored again at
// its end, and a dispute is a read, a decrypt and a write: any of those could land after the user
// deleted the call and bring it back. So a delete leaves a tombstone {callId, deletedAt} and "Erase
// all" an erase mark {callId: '*', deletedAt}; every write checks them in the same transaction as
// it writes, and refuses a tombstoned call or one that started before the last erase. An update is a
// compare-and-swap: its write goes through only if the blob it read is still the one stored.
// Tombstones name no person (a callId is platform, start time and tab) and are dropped after
// TOMBSTONE_MS, long after any live call that could still write has ended.
//
// Checkpoints are written in pieces (issue 18: a checkpoint's cost flat in the call's length;
// src/sessions/checkpoint.ts): the blob holds the head ({v: 3, expiresAt, record, sealed}, the
// record of the call's tail) and a fourth object store, `chunks`, the sealed chunks before it, each
// {id: callId/list+k, key, iv, data} under a key of its own (AAD binds it to the call, list and
// place), written once. A rewritten chunk gets a new key, so its old bytes are shredded as a
// rewritten blob's are. get() and update() assemble the record; list() reads the head only. The
// call's end is written whole (v2) and deletes its chunks in the same transaction; deletes, "Erase
// all" and the purge of orphans take chunks with them.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { PlatformId } from '../captions/types';
import { LazyDb } from './idb-open';
import { isCallRecord, type CallRecord } from './record';
import { expiredIds, expiresAt, nextExpiry, shouldStore } from './retention';

export const DB_NAME = 'alliance-sessions';
const DB_VERSION = 3;
/** How long a tombstone is kept: longer than any live call can go on writing. */
export const TOMBSTONE_MS = 2 * 86_400_000;
const ERASE_ALL = '*';

export interface IndexEntry {
  callId: string;
  startedAt: number;
  endedAt: number;
  platform: PlatformId;
  expiresAt: number;
}
export type ListItem = IndexEntry & { status: 'ok' | 'corrupted' };
export type GetResult = { ok: true; record: CallRecord } | { ok: false; reason: 'missing' | 'corrupted' };

interface KeyRow { callId: string; key: CryptoKey }
interface BlobRow { callId: string; iv: Uint8Array; data: ArrayBuffer }
interface TombstoneRow { callId: string; deletedAt: number }
interface ChunkRow { id: string; key: CryptoKey; iv: Uint8Array; data: ArrayBuffer }
/**
 * The sealed chunks of a checkpoint: `u` stored utterances, `b` bond changes, `p` prompts, `g`
 * goals, `t` tasks (every list of a record that grows with the call).
 */
export const RECORD_CHUNK_LISTS = ['u', 'b', 'p', 'g', 't'] as const;
export type RecordChunkList = (typeof RECORD_CHUNK_LISTS)[number];
export interface RecordChunk { list: RecordChunkList; k: number; items: readonly unknown[] }
export type ChunkCounts = Record<RecordChunkList, number>;
const chunkId = (callId: string, list: RecordChunkList, k: number): string => `${callId}/${list}${k}`;
/** Every chunk id of a call (ids are `callId/…`; a callId has no '/'). */
const chunksOf = (callId: string): IDBKeyRange => IDBKeyRange.bound(`${callId}/`, `${callId}/\uffff`);
const callOfChunk = (id: string): string => id.slice(0, id.lastIndexOf('/'));
interface SessionsDB extends DBSchema {
  index: { key: string; value: IndexEntry };
  keys: { key: string; value: KeyRow };
  blobs: { key: string; value: BlobRow };
  tombstones: { key: string; value: TombstoneRow };
  chunks: { key: string; value: ChunkRow };
}
const STORES = ['index', 'keys', 'blobs'] as const;
const WRITE_STORES = ['index', 'keys', 'blobs', 'tombstones', 'chunks'] as const;

export interface SessionStoreDeps {
  idb: IDBFactory;
  subtle: SubtleCrypto;
  /** Source of IVs; defaults to the global crypto.getRandomValues. */
  randomBytes?: (n: number) => Uint8Array;
  dbName?: string;
  /** Clock for tombstones; defaults to Date.now. */
  now?: () => number;
  /** Told the size of every plaintext encrypted (an operation count for tests). */
  onSeal?: (bytes: number) => void;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// Binds a ciphertext to its call, so a blob copied under another callId fails authentication.
function aad(callId: string): Uint8Array {
  return new TextEncoder().encode(`alliance-coach/call/v1:${callId}`);
}
/** A chunk's bytes are bound to its call, list and place (its id). */
function chunkAad(id: string): Uint8Array {
  return new TextEncoder().encode(`alliance-coach/call-chunk/v1:${id}`);
}

export class SessionStore {
  private readonly deps: SessionStoreDeps;
  private readonly db: LazyDb<SessionsDB>;

  constructor(deps: SessionStoreDeps) {
    this.deps = deps;
    this.db = new LazyDb(deps.idb, deps.dbName ?? DB_NAME, DB_VERSION, { ...Object.fromEntries(WRITE_STORES.map((s) => [s, 'callId'])), chunks: 'id' });
  }

  private open(): Promise<IDBPDatabase<SessionsDB>> {
    return this.db.open();
  }

  private random(n: number): Uint8Array {
    return this.deps.randomBytes ? this.deps.randomBytes(n) : crypto.getRandomValues(new Uint8Array(n));
  }

  // The ciphertext holds the record AND its expiry ({v: 2, expiresAt, record}): the cleartext index
  // only lists and schedules; a row edited to "expire later" cannot extend retention, because get and
  // list go by the encrypted expiry (finding 10). A v1 blob (the bare record) falls back to the index.
  private async encrypt(record: CallRecord, expiresAt: number, sealed?: ChunkCounts): Promise<{ key: CryptoKey; blob: BlobRow }> {
    const { key, iv, data } = await this.seal(sealed ? { v: 3, expiresAt, record, sealed } : { v: 2, expiresAt, record }, aad(record.callId));
    return { key, blob: { callId: record.callId, iv, data } };
  }

  /** JSON of `value` under a fresh non-extractable key and a random IV. */
  private async seal(value: unknown, additional: Uint8Array): Promise<{ key: CryptoKey; iv: Uint8Array; data: ArrayBuffer }> {
    const key = await this.deps.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = this.random(12);
    const plain = new TextEncoder().encode(JSON.stringify(value));
    this.deps.onSeal?.(plain.byteLength);
    const data = await this.deps.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: additional as BufferSource }, key, plain);
    return { key, iv, data };
  }

  private async open_(key: CryptoKey, iv: Uint8Array, data: ArrayBuffer, additional: Uint8Array): Promise<unknown> {
    const plain = await this.deps.subtle.decrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: additional as BufferSource }, key, data);
    return JSON.parse(new TextDecoder().decode(plain));
  }

  /** Decrypts and shape-checks; every failure (no key, wrong key, tampered bytes, bad JSON) is null. */
  /**
   * `chunks`: the call's chunk rows, to assemble a checkpoint (v3) record; without them (listing)
   * a v3 record is its head alone.
   */
  private async decrypt(callId: string, key: KeyRow | undefined, blob: BlobRow | undefined, indexExpiry?: number, chunks?: readonly ChunkRow[]): Promise<{ record: CallRecord; expiresAt: number } | null> {
    if (!key || !blob) return null;
    try {
      const parsed = (await this.open_(key.key, blob.iv, blob.data, aad(callId))) as { v?: unknown; expiresAt?: unknown; record?: unknown; sealed?: ChunkCounts };
      const versioned = (parsed?.v === 2 || parsed?.v === 3) && typeof parsed.expiresAt === 'number';
      let record: unknown = versioned ? parsed.record : parsed;
      const expiresAt = versioned ? (parsed.expiresAt as number) : indexExpiry;
      if (!isCallRecord(record) || record.callId !== callId || expiresAt === undefined) return null;
      if (parsed.v === 3 && chunks) record = await this.assemble(record, parsed.sealed, chunks);
      return record ? { record: record as CallRecord, expiresAt } : null;
    } catch {
      return null; // deliberately silent: the error could carry record bytes, and PHI is never logged
    }
  }

  /** A checkpoint's head with its sealed chunks before its own utterances and bond changes; null: one is missing or bad. */
  private async assemble(head: CallRecord, sealed: ChunkCounts | undefined, rows: readonly ChunkRow[]): Promise<CallRecord | null> {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const list = async (l: RecordChunkList): Promise<unknown[] | null> => {
      const out: unknown[] = [];
      for (let k = 0; k < (sealed?.[l] ?? 0); k++) {
        const id = chunkId(head.callId, l, k);
        const row = byId.get(id);
        if (!row) return null;
        const items = await this.open_(row.key, row.iv, row.data, chunkAad(id));
        if (!Array.isArray(items)) return null;
        out.push(...(items as unknown[]));
      }
      return out;
    };
    const [u, b, p, g, t] = await Promise.all(RECORD_CHUNK_LISTS.map(list));
    if (!u || !b || !p || !g || !t) return null;
    const { tally } = head;
    const cat = <T>(before: unknown[], after: readonly T[]): T[] => [...(before as T[]), ...after];
    const record: CallRecord = {
      ...head,
      utterances: cat(u, head.utterances),
      prompts: cat(p, head.prompts),
      tally: { ...tally, goals: cat(g, tally.goals), tasks: cat(t, tally.tasks), bond: { ...tally.bond, changes: cat(b, tally.bond.changes) } },
    };
    return isCallRecord(record) ? record : null;
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }

  /**
   * Encrypts, then in ONE transaction checks the tombstones (and, for an update, that the stored
   * blob is still `expectIv`) and writes key + blob + index. False = refused (deleted, or changed).
   * A checkpoint also checks that every sealed chunk it does not write is stored ('incomplete' if
   * not: a whole-record write, a dispute or a note on the interrupted call, dropped them).
   */
  private async write(record: CallRecord, expiry: number, expectIv?: Uint8Array, checkpoint?: { sealed: ChunkCounts; chunks: readonly RecordChunk[]; stale: readonly string[] }): Promise<boolean | 'incomplete'> {
    const { key, blob } = await this.encrypt(record, expiry, checkpoint?.sealed);
    const chunkRows: ChunkRow[] = [];
    for (const c of checkpoint?.chunks ?? []) {
      const id = chunkId(record.callId, c.list, c.k);
      chunkRows.push({ id, ...(await this.seal(c.items, chunkAad(id))) });
    }
    const entry: IndexEntry = {
      callId: record.callId,
      startedAt: record.startedAt,
      endedAt: record.endedAt,
      platform: record.platform,
      expiresAt: expiry,
    };
    const db = await this.open();
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const [dead, erased, current, have] = await Promise.all([
      tx.objectStore('tombstones').get(record.callId),
      tx.objectStore('tombstones').get(ERASE_ALL),
      expectIv ? tx.objectStore('blobs').get(record.callId) : Promise.resolve(undefined),
      checkpoint ? tx.objectStore('chunks').getAllKeys(chunksOf(record.callId)) : Promise.resolve([]),
    ]);
    const held = new Set([...have, ...chunkRows.map((r) => r.id)]);
    const incomplete = checkpoint && RECORD_CHUNK_LISTS.some((l) => Array.from({ length: checkpoint.sealed[l] }, (_, k) => chunkId(record.callId, l, k)).some((id) => !held.has(id)));
    const refused =
      dead !== undefined ||
      (erased !== undefined && record.startedAt <= erased.deletedAt) ||
      (expectIv !== undefined && (!current || !sameBytes(current.iv, expectIv)));
    if (refused || incomplete) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return refused ? false : 'incomplete';
    }
    const chunks = tx.objectStore('chunks');
    // A whole record (the call's end, a dispute) replaces the checkpoint's chunks; a checkpoint
    // writes its new ones and drops those past its end.
    const chunkOps = checkpoint
      ? [...chunkRows.map((r) => chunks.put(r)), ...checkpoint.stale.map((id) => chunks.delete(id))]
      : [chunks.delete(chunksOf(record.callId))];
    await Promise.all([tx.objectStore('keys').put({ callId: record.callId, key }), tx.objectStore('blobs').put(blob), tx.objectStore('index').put(entry), ...chunkOps, tx.done]);
    return true;
  }

  /**
   * Stores (or replaces) a finished call. With retentionDays 0 nothing is kept after the call, so
   * nothing is written and false is returned (show the summary from memory instead). False too when
   * the call was deleted, or started before "Erase all": deletion wins over later checkpoints.
   */
  async put(record: CallRecord, opts: { retentionDays: number }): Promise<boolean> {
    if (!shouldStore(opts.retentionDays)) return false;
    return (await this.write(record, expiresAt(record.endedAt, opts.retentionDays))) === true;
  }

  /**
   * Stores a live call's checkpoint in pieces (see the file comment): `head` is the record of the
   * tail after `sealed` chunks; `chunks` the ones new or changed since the last checkpoint (the
   * others stored already); chunks at or past `sealed` up to `stored` (what the last one had) go.
   * Same refusals as put; 'incomplete' (nothing written) when a chunk it relies on is not stored.
   */
  async putCheckpoint(head: CallRecord, sealed: ChunkCounts, chunks: readonly RecordChunk[], opts: { retentionDays: number; stored?: ChunkCounts }): Promise<boolean | 'incomplete'> {
    if (!shouldStore(opts.retentionDays)) return false;
    const stale = RECORD_CHUNK_LISTS.flatMap((l) => Array.from({ length: Math.max(0, (opts.stored?.[l] ?? 0) - sealed[l]) }, (_, i) => chunkId(head.callId, l, sealed[l] + i)));
    return this.write(head, expiresAt(head.endedAt, opts.retentionDays), undefined, { sealed, chunks, stale });
  }

  /**
   * Read-modify-write of one call (disputes), keeping its expiry. The write is a compare-and-swap
   * on the blob that was read: if the call was deleted or rewritten meanwhile, the change is re-read
   * and re-applied (a few times), and a deleted call stays deleted ('missing').
   */
  async update(callId: string, change: (r: CallRecord) => CallRecord): Promise<GetResult> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const [entry, key, blob, chunks] = await this.rows(callId);
      if (!entry || !blob) return { ok: false, reason: 'missing' };
      const got = await this.decrypt(callId, key, blob, entry.expiresAt, chunks);
      if (!got) return { ok: false, reason: 'corrupted' };
      if (got.expiresAt <= this.now()) return { ok: false, reason: 'missing' };
      const next = change(got.record);
      if (next.callId !== callId) throw new Error('update must not change callId');
      if ((await this.write(next, got.expiresAt, blob.iv)) === true) return { ok: true, record: next };
    }
    return { ok: false, reason: 'missing' };
  }

  /** A call's index entry, key and blob, read in one transaction. */
  private async rows(callId: string): Promise<[IndexEntry | undefined, KeyRow | undefined, BlobRow | undefined, ChunkRow[]]> {
    const tx = (await this.open()).transaction([...STORES, 'chunks'], 'readonly');
    const rows = await Promise.all([tx.objectStore('index').get(callId), tx.objectStore('keys').get(callId), tx.objectStore('blobs').get(callId), tx.objectStore('chunks').getAll(chunksOf(callId))]);
    await tx.done;
    return rows;
  }

  /** Never throws for a bad record: it is reported as corrupted. */
  async get(callId: string): Promise<GetResult> {
    const [entry, key, blob, chunks] = await this.rows(callId);
    if (!entry && !key && !blob) return { ok: false, reason: 'missing' };
    const got = await this.decrypt(callId, key, blob, entry?.expiresAt, chunks);
    if (!got) return { ok: false, reason: 'corrupted' };
    if (got.expiresAt <= this.now()) {
      await this.deleteMany([callId]); // past its (encrypted) expiry, whatever the index says
      return { ok: false, reason: 'missing' };
    }
    return { ok: true, record: got.record };
  }

  /** Every stored call, newest first; each one is test-decrypted so corrupted ones are flagged. */
  async list(): Promise<ListItem[]> {
    const db = await this.open();
    const tx = db.transaction(STORES, 'readonly');
    const [entries, keys, blobs] = await Promise.all([
      tx.objectStore('index').getAll(),
      tx.objectStore('keys').getAll(),
      tx.objectStore('blobs').getAll(),
    ]);
    await tx.done;
    const keyOf = new Map(keys.map((k) => [k.callId, k]));
    const blobOf = new Map(blobs.map((b) => [b.callId, b]));
    const now = this.now();
    const expired: string[] = [];
    const items = await Promise.all(
      entries.map(async (e): Promise<ListItem | null> => {
        const got = await this.decrypt(e.callId, keyOf.get(e.callId), blobOf.get(e.callId), e.expiresAt);
        if (got && got.expiresAt <= now) {
          expired.push(e.callId);
          return null;
        }
        // What is listed comes from the encrypted record where it can, not from the editable index.
        return got
          ? { ...e, startedAt: got.record.startedAt, endedAt: got.record.endedAt, platform: got.record.platform, expiresAt: got.expiresAt, status: 'ok' }
          : { ...e, status: 'corrupted' };
      }),
    );
    if (expired.length > 0) await this.deleteMany(expired);
    return items.filter((i): i is ListItem => i !== null).sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Deletes the key and the ciphertext (and the index entry) of one call, atomically. */
  async delete(callId: string): Promise<void> {
    await this.deleteMany([callId]);
  }

  /** Deletes rows and leaves a tombstone per call, in one transaction. */
  private async deleteMany(callIds: readonly string[]): Promise<void> {
    if (callIds.length === 0) return;
    const db = await this.open();
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const deletedAt = this.now();
    const ops: Promise<unknown>[] = [];
    for (const id of callIds) {
      for (const name of STORES) ops.push(tx.objectStore(name).delete(id));
      ops.push(tx.objectStore('chunks').delete(chunksOf(id)));
      ops.push(tx.objectStore('tombstones').put({ callId: id, deletedAt }));
    }
    await Promise.all([...ops, tx.done]);
  }

  /** Erases every call, and refuses any later write of a call that started before now (a live call). */
  async deleteAll(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    await Promise.all([
      ...STORES.map((name) => tx.objectStore(name).clear()),
      tx.objectStore('chunks').clear(),
      tx.objectStore('tombstones').clear(),
      tx.objectStore('tombstones').put({ callId: ERASE_ALL, deletedAt: this.now() }),
      tx.done,
    ]);
  }

  /**
   * Deletes calls whose retention has run out at `now` (a shorter current policy applies to old
   * calls too), plus keys or blobs left without an index entry. Returns the deleted call ids.
   */
  async purgeExpired(now: number, retentionDays?: number): Promise<string[]> {
    const db = await this.open();
    const tx = db.transaction([...STORES, 'chunks'], 'readonly');
    const [entries, keyIds, blobIds, chunkIds] = await Promise.all([
      tx.objectStore('index').getAll(),
      tx.objectStore('keys').getAllKeys(),
      tx.objectStore('blobs').getAllKeys(),
      tx.objectStore('chunks').getAllKeys(),
    ]);
    await tx.done;
    const expired = expiredIds(entries, now, retentionDays);
    const indexed = new Set(entries.map((e) => e.callId));
    const orphans = [...new Set([...keyIds, ...blobIds, ...chunkIds.map(callOfChunk)])].filter((id) => !indexed.has(id));
    await this.deleteMany([...expired, ...orphans]);
    await this.dropOldTombstones(now);
    return expired;
  }

  private async dropOldTombstones(now: number): Promise<void> {
    const db = await this.open();
    const tx = db.transaction('tombstones', 'readwrite');
    const rows = await tx.store.getAll();
    await Promise.all([...rows.filter((r) => r.callId !== ERASE_ALL && now - r.deletedAt > TOMBSTONE_MS).map((r) => tx.store.delete(r.callId)), tx.done]);
  }

  /** When the next purge is due (for the background's alarm), or null when nothing is stored. */
  async nextPurgeAt(retentionDays?: number): Promise<number | null> {
    const entries = await (await this.open()).getAll('index');
    return nextExpiry(entries, retentionDays);
  }

  close(): void {
    this.db.close();
  }
}
