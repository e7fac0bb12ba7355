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
import type { DBSchema, IDBPDatabase } from 'idb';
import type { PlatformId } from '../captions/types';
import { LazyDb } from './idb-open';
import { isCallRecord, type CallRecord } from './record';
import { expiredIds, expiresAt, nextExpiry, shouldStore } from './retention';

export const DB_NAME = 'alliance-sessions';
const DB_VERSION = 2;
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
interface SessionsDB extends DBSchema {
  index: { key: string; value: IndexEntry };
  keys: { key: string; value: KeyRow };
  blobs: { key: string; value: BlobRow };
  tombstones: { key: string; value: TombstoneRow };
}
const STORES = ['index', 'keys', 'blobs'] as const;
const WRITE_STORES = ['index', 'keys', 'blobs', 'tombstones'] as const;

export interface SessionStoreDeps {
  idb: IDBFactory;
  subtle: SubtleCrypto;
  /** Source of IVs; defaults to the global crypto.getRandomValues. */
  randomBytes?: (n: number) => Uint8Array;
  dbName?: string;
  /** Clock for tombstones; defaults to Date.now. */
  now?: () => number;
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

export class SessionStore {
  private readonly deps: SessionStoreDeps;
  private readonly db: LazyDb<SessionsDB>;

  constructor(deps: SessionStoreDeps) {
    this.deps = deps;
    this.db = new LazyDb(deps.idb, deps.dbName ?? DB_NAME, DB_VERSION, Object.fromEntries(WRITE_STORES.map((s) => [s, 'callId'])));
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
  private async encrypt(record: CallRecord, expiresAt: number): Promise<{ key: CryptoKey; blob: BlobRow }> {
    const key = await this.deps.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = this.random(12);
    const plain = new TextEncoder().encode(JSON.stringify({ v: 2, expiresAt, record }));
    const data = await this.deps.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad(record.callId) as BufferSource }, key, plain);
    return { key, blob: { callId: record.callId, iv, data } };
  }

  /** Decrypts and shape-checks; every failure (no key, wrong key, tampered bytes, bad JSON) is null. */
  private async decrypt(callId: string, key: KeyRow | undefined, blob: BlobRow | undefined, indexExpiry?: number): Promise<{ record: CallRecord; expiresAt: number } | null> {
    if (!key || !blob) return null;
    try {
      const plain = await this.deps.subtle.decrypt(
        { name: 'AES-GCM', iv: blob.iv as BufferSource, additionalData: aad(callId) as BufferSource },
        key.key,
        blob.data,
      );
      const parsed = JSON.parse(new TextDecoder().decode(plain)) as { v?: unknown; expiresAt?: unknown; record?: unknown };
      const v2 = parsed?.v === 2 && typeof parsed.expiresAt === 'number';
      const record: unknown = v2 ? parsed.record : parsed;
      const expiresAt = v2 ? (parsed.expiresAt as number) : indexExpiry;
      if (!isCallRecord(record) || record.callId !== callId || expiresAt === undefined) return null;
      return { record, expiresAt };
    } catch {
      return null; // deliberately silent: the error could carry record bytes, and PHI is never logged
    }
  }

  private now(): number {
    return this.deps.now ? this.deps.now() : Date.now();
  }

  /**
   * Encrypts, then in ONE transaction checks the tombstones (and, for an update, that the stored
   * blob is still `expectIv`) and writes key + blob + index. False = refused (deleted, or changed).
   */
  private async write(record: CallRecord, expiry: number, expectIv?: Uint8Array): Promise<boolean> {
    const { key, blob } = await this.encrypt(record, expiry);
    const entry: IndexEntry = {
      callId: record.callId,
      startedAt: record.startedAt,
      endedAt: record.endedAt,
      platform: record.platform,
      expiresAt: expiry,
    };
    const db = await this.open();
    const tx = db.transaction(WRITE_STORES, 'readwrite');
    const [dead, erased, current] = await Promise.all([
      tx.objectStore('tombstones').get(record.callId),
      tx.objectStore('tombstones').get(ERASE_ALL),
      expectIv ? tx.objectStore('blobs').get(record.callId) : Promise.resolve(undefined),
    ]);
    const refused =
      dead !== undefined ||
      (erased !== undefined && record.startedAt <= erased.deletedAt) ||
      (expectIv !== undefined && (!current || !sameBytes(current.iv, expectIv)));
    if (refused) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return false;
    }
    await Promise.all([tx.objectStore('keys').put({ callId: record.callId, key }), tx.objectStore('blobs').put(blob), tx.objectStore('index').put(entry), tx.done]);
    return true;
  }

  /**
   * Stores (or replaces) a finished call. With retentionDays 0 nothing is kept after the call, so
   * nothing is written and false is returned (show the summary from memory instead). False too when
   * the call was deleted, or started before "Erase all": deletion wins over later checkpoints.
   */
  async put(record: CallRecord, opts: { retentionDays: number }): Promise<boolean> {
    if (!shouldStore(opts.retentionDays)) return false;
    return this.write(record, expiresAt(record.endedAt, opts.retentionDays));
  }

  /**
   * Read-modify-write of one call (disputes), keeping its expiry. The write is a compare-and-swap
   * on the blob that was read: if the call was deleted or rewritten meanwhile, the change is re-read
   * and re-applied (a few times), and a deleted call stays deleted ('missing').
   */
  async update(callId: string, change: (r: CallRecord) => CallRecord): Promise<GetResult> {
    for (let attempt = 0; attempt < 4; attempt++) {
      const [entry, key, blob] = await this.rows(callId);
      if (!entry || !blob) return { ok: false, reason: 'missing' };
      const got = await this.decrypt(callId, key, blob, entry.expiresAt);
      if (!got) return { ok: false, reason: 'corrupted' };
      if (got.expiresAt <= this.now()) return { ok: false, reason: 'missing' };
      const next = change(got.record);
      if (next.callId !== callId) throw new Error('update must not change callId');
      if (await this.write(next, got.expiresAt, blob.iv)) return { ok: true, record: next };
    }
    return { ok: false, reason: 'missing' };
  }

  /** A call's index entry, key and blob, read in one transaction. */
  private async rows(callId: string): Promise<[IndexEntry | undefined, KeyRow | undefined, BlobRow | undefined]> {
    const tx = (await this.open()).transaction(STORES, 'readonly');
    const rows = await Promise.all([tx.objectStore('index').get(callId), tx.objectStore('keys').get(callId), tx.objectStore('blobs').get(callId)]);
    await tx.done;
    return rows;
  }

  /** Never throws for a bad record: it is reported as corrupted. */
  async get(callId: string): Promise<GetResult> {
    const [entry, key, blob] = await this.rows(callId);
    if (!entry && !key && !blob) return { ok: false, reason: 'missing' };
    const got = await this.decrypt(callId, key, blob, entry?.expiresAt);
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
    const tx = db.transaction(STORES, 'readonly');
    const [entries, keyIds, blobIds] = await Promise.all([
      tx.objectStore('index').getAll(),
      tx.objectStore('keys').getAllKeys(),
      tx.objectStore('blobs').getAllKeys(),
    ]);
    await tx.done;
    const expired = expiredIds(entries, now, retentionDays);
    const indexed = new Set(entries.map((e) => e.callId));
    const orphans = [...new Set([...keyIds, ...blobIds])].filter((id) => !indexed.has(id));
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
