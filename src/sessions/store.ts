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
// The sealing is in record-cipher.ts, the row shapes and chunk ids in store-layout.ts.
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
import type { IDBPDatabase } from 'idb';
import { LazyDb } from './idb-open';
import type { CallRecord } from './record';
import { chunkAad, RecordCipher, type CipherDeps } from './record-cipher';
import { expiredIds, expiresAt, nextExpiry, shouldStore } from './retention';
import { callOfChunk, chunkId, chunksOf, RECORD_CHUNK_LISTS, STORES, WRITE_STORES, type BlobRow, type ChunkCounts, type ChunkRow, type IndexEntry, type KeyRow, type RecordChunk, type SessionsDB } from './store-layout';

export const DB_NAME = 'alliance-sessions';
const DB_VERSION = 3;
/** How long a tombstone is kept: longer than any live call can go on writing. */
export const TOMBSTONE_MS = 2 * 86_400_000;
const ERASE_ALL = '*';

export type ListItem = IndexEntry & { status: 'ok' | 'corrupted' };
export type GetResult = { ok: true; record: CallRecord } | { ok: false; reason: 'missing' | 'corrupted' };

export interface SessionStoreDeps extends CipherDeps {
  idb: IDBFactory;
  dbName?: string;
  /** Clock for tombstones; defaults to Date.now. */
  now?: () => number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class SessionStore {
  private readonly deps: SessionStoreDeps;
  private readonly db: LazyDb<SessionsDB>;
  private readonly cipher: RecordCipher;

  constructor(deps: SessionStoreDeps) {
    this.deps = deps;
    this.cipher = new RecordCipher(deps);
    this.db = new LazyDb(deps.idb, deps.dbName ?? DB_NAME, DB_VERSION, { ...Object.fromEntries(WRITE_STORES.map((s) => [s, 'callId'])), chunks: 'id' });
  }

  private open(): Promise<IDBPDatabase<SessionsDB>> {
    return this.db.open();
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
    const { key, blob } = await this.cipher.encrypt(record, expiry, checkpoint?.sealed);
    const chunkRows: ChunkRow[] = [];
    for (const c of checkpoint?.chunks ?? []) {
      const id = chunkId(record.callId, c.list, c.k);
      chunkRows.push({ id, ...(await this.cipher.seal(c.items, chunkAad(id))) });
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
      const got = await this.cipher.decrypt(callId, key, blob, entry.expiresAt, chunks);
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
    const got = await this.cipher.decrypt(callId, key, blob, entry?.expiresAt, chunks);
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
        const got = await this.cipher.decrypt(e.callId, keyOf.get(e.callId), blobOf.get(e.callId), e.expiresAt);
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
