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
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';
import type { PlatformId } from '../captions/types';
import { isCallRecord, type CallRecord } from './record';
import { expiredIds, expiresAt, nextExpiry, shouldStore } from './retention';

export const DB_NAME = 'alliance-sessions';
const DB_VERSION = 1;

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
interface SessionsDB extends DBSchema {
  index: { key: string; value: IndexEntry };
  keys: { key: string; value: KeyRow };
  blobs: { key: string; value: BlobRow };
}
const STORES = ['index', 'keys', 'blobs'] as const;

export interface SessionStoreDeps {
  idb: IDBFactory;
  subtle: SubtleCrypto;
  /** Source of IVs; defaults to the global crypto.getRandomValues. */
  randomBytes?: (n: number) => Uint8Array;
  dbName?: string;
}

// Binds a ciphertext to its call, so a blob copied under another callId fails authentication.
function aad(callId: string): Uint8Array {
  return new TextEncoder().encode(`alliance-coach/call/v1:${callId}`);
}

export class SessionStore {
  private readonly deps: SessionStoreDeps;
  private db: Promise<IDBPDatabase<SessionsDB>> | null = null;

  constructor(deps: SessionStoreDeps) {
    this.deps = deps;
  }

  private open(): Promise<IDBPDatabase<SessionsDB>> {
    if (!this.db) {
      const request = this.deps.idb.open(this.deps.dbName ?? DB_NAME, DB_VERSION);
      request.addEventListener('upgradeneeded', () => {
        const db = request.result;
        for (const name of STORES) if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'callId' });
      });
      this.db = (wrap(request) as Promise<IDBPDatabase<SessionsDB>>).catch((e: unknown) => {
        this.db = null; // let a later call retry instead of caching the failure
        throw e;
      });
    }
    return this.db;
  }

  private random(n: number): Uint8Array {
    return this.deps.randomBytes ? this.deps.randomBytes(n) : crypto.getRandomValues(new Uint8Array(n));
  }

  private async encrypt(record: CallRecord): Promise<{ key: CryptoKey; blob: BlobRow }> {
    const key = await this.deps.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = this.random(12);
    const plain = new TextEncoder().encode(JSON.stringify(record));
    const data = await this.deps.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad(record.callId) as BufferSource }, key, plain);
    return { key, blob: { callId: record.callId, iv, data } };
  }

  /** Decrypts and shape-checks; every failure (no key, wrong key, tampered bytes, bad JSON) is null. */
  private async decrypt(callId: string, key: KeyRow | undefined, blob: BlobRow | undefined): Promise<CallRecord | null> {
    if (!key || !blob) return null;
    try {
      const plain = await this.deps.subtle.decrypt(
        { name: 'AES-GCM', iv: blob.iv as BufferSource, additionalData: aad(callId) as BufferSource },
        key.key,
        blob.data,
      );
      const parsed: unknown = JSON.parse(new TextDecoder().decode(plain));
      return isCallRecord(parsed) && parsed.callId === callId ? parsed : null;
    } catch {
      return null; // deliberately silent: the error could carry record bytes, and PHI is never logged
    }
  }

  private async write(record: CallRecord, expiry: number): Promise<void> {
    const { key, blob } = await this.encrypt(record);
    const entry: IndexEntry = {
      callId: record.callId,
      startedAt: record.startedAt,
      endedAt: record.endedAt,
      platform: record.platform,
      expiresAt: expiry,
    };
    const db = await this.open();
    const tx = db.transaction(STORES, 'readwrite');
    await Promise.all([tx.objectStore('keys').put({ callId: record.callId, key }), tx.objectStore('blobs').put(blob), tx.objectStore('index').put(entry), tx.done]);
  }

  /**
   * Stores (or replaces) a finished call. With retentionDays 0 nothing is kept after the call, so
   * nothing is written and false is returned (show the summary from memory instead).
   */
  async put(record: CallRecord, opts: { retentionDays: number }): Promise<boolean> {
    if (!shouldStore(opts.retentionDays)) return false;
    await this.write(record, expiresAt(record.endedAt, opts.retentionDays));
    return true;
  }

  /** Read-modify-write of one call (disputes), keeping its expiry. */
  async update(callId: string, change: (r: CallRecord) => CallRecord): Promise<GetResult> {
    const got = await this.get(callId);
    if (!got.ok) return got;
    const entry = await (await this.open()).get('index', callId);
    if (!entry) return { ok: false, reason: 'missing' };
    const next = change(got.record);
    if (next.callId !== callId) throw new Error('update must not change callId');
    await this.write(next, entry.expiresAt);
    return { ok: true, record: next };
  }

  /** Never throws for a bad record: it is reported as corrupted. */
  async get(callId: string): Promise<GetResult> {
    const db = await this.open();
    const tx = db.transaction(STORES, 'readonly');
    const [entry, key, blob] = await Promise.all([
      tx.objectStore('index').get(callId),
      tx.objectStore('keys').get(callId),
      tx.objectStore('blobs').get(callId),
    ]);
    await tx.done;
    if (!entry && !key && !blob) return { ok: false, reason: 'missing' };
    const record = await this.decrypt(callId, key, blob);
    return record ? { ok: true, record } : { ok: false, reason: 'corrupted' };
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
    const items = await Promise.all(
      entries.map(async (e): Promise<ListItem> => {
        const ok = (await this.decrypt(e.callId, keyOf.get(e.callId), blobOf.get(e.callId))) !== null;
        return { ...e, status: ok ? 'ok' : 'corrupted' };
      }),
    );
    return items.sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Deletes the key and the ciphertext (and the index entry) of one call, atomically. */
  async delete(callId: string): Promise<void> {
    await this.deleteMany([callId]);
  }

  private async deleteMany(callIds: readonly string[]): Promise<void> {
    if (callIds.length === 0) return;
    const db = await this.open();
    const tx = db.transaction(STORES, 'readwrite');
    const ops: Promise<unknown>[] = [];
    for (const id of callIds) for (const name of STORES) ops.push(tx.objectStore(name).delete(id));
    await Promise.all([...ops, tx.done]);
  }

  async deleteAll(): Promise<void> {
    const db = await this.open();
    const tx = db.transaction(STORES, 'readwrite');
    await Promise.all([...STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
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
    return expired;
  }

  /** When the next purge is due (for the background's alarm), or null when nothing is stored. */
  async nextPurgeAt(retentionDays?: number): Promise<number | null> {
    const entries = await (await this.open()).getAll('index');
    return nextExpiry(entries, retentionDays);
  }

  close(): void {
    const db = this.db;
    this.db = null;
    void db?.then((d) => d.close()).catch(() => undefined);
  }
}
