// The encrypted store on fake-indexeddb + Node's WebCrypto. The real-browser proof is
// test/e2e/summary-store.test.ts.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { webcrypto } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRecord } from '../../src/sessions/sample';
import { DAY_MS } from '../../src/sessions/retention';
import { SessionStore, DB_NAME } from '../../src/sessions/store';
import { withDispute } from '../../src/sessions/record';

const subtle = webcrypto.subtle as unknown as SubtleCrypto;
let idb: IDBFactory;
let store: SessionStore;

function fresh(): SessionStore {
  idb = new IDBFactory();
  store = new SessionStore({ idb, subtle, now: () => Date.UTC(2025, 2, 4) }); // a day after the sample call
  return store;
}

/** Raw access to the three object stores, bypassing the class (to tamper like a disk attacker). */
async function raw<T>(storeName: string, fn: (s: IDBObjectStore) => IDBRequest<T>, mode: IDBTransactionMode = 'readwrite'): Promise<T> {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = idb.open(DB_NAME);
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const result = await new Promise<T>((res, rej) => {
    const req = fn(db.transaction(storeName, mode).objectStore(storeName));
    req.onsuccess = () => res(req.result);
    req.onerror = () => rej(req.error);
  });
  db.close();
  return result;
}

afterEach(() => store?.close());

describe('SessionStore', () => {
  it('puts, gets and lists a call; the index holds no PHI', async () => {
    const s = fresh();
    const rec = sampleRecord();
    expect(await s.put(rec, { retentionDays: 30 })).toBe(true);
    const got = await s.get(rec.callId);
    expect(got).toEqual({ ok: true, record: rec });
    const list = await s.list();
    expect(list).toEqual([
      { callId: rec.callId, startedAt: rec.startedAt, endedAt: rec.endedAt, platform: 'meet', expiresAt: rec.endedAt + 30 * DAY_MS, status: 'ok' },
    ]);
    const index = await raw('index', (o) => o.get(rec.callId), 'readonly');
    expect(Object.keys(index as object).sort()).toEqual(['callId', 'endedAt', 'expiresAt', 'platform', 'startedAt']);
  });

  it('stores ciphertext only, under a non-extractable per-call key with a fresh IV per write', async () => {
    const s = fresh();
    await s.put(sampleRecord(undefined, 'a'), { retentionDays: 30 });
    await s.put(sampleRecord(undefined, 'b'), { retentionDays: 30 });
    const blobA = (await raw('blobs', (o) => o.get('a'), 'readonly')) as { iv: Uint8Array; data: ArrayBuffer };
    const blobB = (await raw('blobs', (o) => o.get('b'), 'readonly')) as { iv: Uint8Array; data: ArrayBuffer };
    const text = new TextDecoder('utf-8', { fatal: false }).decode(blobA.data);
    expect(text).not.toContain('Maria');
    expect(blobA.iv.byteLength).toBe(12);
    expect(Buffer.from(blobA.iv).equals(Buffer.from(blobB.iv))).toBe(false);
    const keyA = (await raw('keys', (o) => o.get('a'), 'readonly')) as { key: CryptoKey };
    const keyB = (await raw('keys', (o) => o.get('b'), 'readonly')) as { key: CryptoKey };
    expect(keyA.key.extractable).toBe(false);
    expect(keyA.key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(subtle.exportKey('raw', keyA.key)).rejects.toThrow();
    // Per-call keys: b's key cannot open a's ciphertext.
    await expect(subtle.decrypt({ name: 'AES-GCM', iv: blobA.iv as BufferSource }, keyB.key, blobA.data)).rejects.toThrow();
  });

  it('update (a dispute) re-encrypts with a new IV and keeps the expiry', async () => {
    const s = fresh();
    const rec = sampleRecord();
    await s.put(rec, { retentionDays: 7 });
    const before = (await raw('blobs', (o) => o.get(rec.callId), 'readonly')) as { iv: Uint8Array };
    const res = await s.update(rec.callId, (r) => withDispute(r, 'u3', { label: 'empathic_reflection', atMs: 1 }));
    expect(res.ok).toBe(true);
    const got = await s.get(rec.callId);
    expect(got.ok && got.record.disputes).toEqual({ u3: { label: 'empathic_reflection', atMs: 1 } });
    const after = (await raw('blobs', (o) => o.get(rec.callId), 'readonly')) as { iv: Uint8Array };
    expect(Buffer.from(after.iv).equals(Buffer.from(before.iv))).toBe(false);
    expect((await s.list())[0]?.expiresAt).toBe(rec.endedAt + 7 * DAY_MS);
  });

  it('a call whose key was deleted cannot be decrypted: reported corrupted, never thrown', async () => {
    const s = fresh();
    await s.put(sampleRecord(undefined, 'a'), { retentionDays: 30 });
    await s.put(sampleRecord(undefined, 'b'), { retentionDays: 30 });
    await raw('keys', (o) => o.delete('a'));
    expect(await s.get('a')).toEqual({ ok: false, reason: 'corrupted' });
    const list = await s.list();
    expect(list.map((x) => [x.callId, x.status]).sort()).toEqual([['a', 'corrupted'], ['b', 'ok']]);
    expect((await s.get('b')).ok).toBe(true);
  });

  it('tampered ciphertext, a swapped blob and non-JSON plaintext are all reported corrupted', async () => {
    const s = fresh();
    for (const id of ['a', 'b', 'c']) await s.put(sampleRecord(undefined, id), { retentionDays: 30 });
    const blobA = (await raw('blobs', (o) => o.get('a'), 'readonly')) as { callId: string; iv: Uint8Array; data: ArrayBuffer };
    const bytes = new Uint8Array(blobA.data.slice(0));
    bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    await raw('blobs', (o) => o.put({ ...blobA, data: bytes.buffer }));
    // b gets c's blob and key: authenticated data binds a ciphertext to its call id.
    const blobC = (await raw('blobs', (o) => o.get('c'), 'readonly')) as { iv: Uint8Array; data: ArrayBuffer };
    const keyC = (await raw('keys', (o) => o.get('c'), 'readonly')) as { key: CryptoKey };
    await raw('blobs', (o) => o.put({ callId: 'b', iv: blobC.iv, data: blobC.data }));
    await raw('keys', (o) => o.put({ callId: 'b', key: keyC.key }));
    expect(await s.get('a')).toEqual({ ok: false, reason: 'corrupted' });
    expect(await s.get('b')).toEqual({ ok: false, reason: 'corrupted' });
    expect((await s.get('c')).ok).toBe(true);
    expect((await s.list()).filter((x) => x.status === 'corrupted').map((x) => x.callId).sort()).toEqual(['a', 'b']);
  });

  it('get of an unknown call is "missing"', async () => {
    expect(await fresh().get('nope')).toEqual({ ok: false, reason: 'missing' });
  });

  it('delete removes key, ciphertext and index; deleteAll clears everything', async () => {
    const s = fresh();
    for (const id of ['a', 'b', 'c']) await s.put(sampleRecord(undefined, id), { retentionDays: 30 });
    await s.delete('a');
    expect(await raw('keys', (o) => o.get('a'), 'readonly')).toBeUndefined();
    expect(await raw('blobs', (o) => o.get('a'), 'readonly')).toBeUndefined();
    expect(await s.get('a')).toEqual({ ok: false, reason: 'missing' });
    expect((await s.list()).map((x) => x.callId).sort()).toEqual(['b', 'c']);
    await s.deleteAll();
    expect(await s.list()).toEqual([]);
    expect(await raw('keys', (o) => o.count(), 'readonly')).toBe(0);
    expect(await raw('blobs', (o) => o.count(), 'readonly')).toBe(0);
  });

  it('retentionDays 0 writes nothing', async () => {
    const s = fresh();
    expect(await s.put(sampleRecord(), { retentionDays: 0 })).toBe(false);
    expect(await s.list()).toEqual([]);
  });

  it('purgeExpired deletes expired calls (a shorter policy applies to old ones) and orphans', async () => {
    const s = fresh();
    const old = { ...sampleRecord(undefined, 'old'), endedAt: 0, startedAt: -1000 };
    const recent = { ...sampleRecord(undefined, 'recent'), endedAt: 20 * DAY_MS, startedAt: 20 * DAY_MS - 1000 };
    await s.put(old, { retentionDays: 30 });
    await s.put(recent, { retentionDays: 30 });
    await raw('keys', (o) => o.put({ callId: 'orphan', key: null }));
    expect(await s.nextPurgeAt()).toBe(30 * DAY_MS);
    expect(await s.purgeExpired(29 * DAY_MS)).toEqual([]);
    expect(await s.purgeExpired(30 * DAY_MS)).toEqual(['old']);
    expect(await raw('keys', (o) => o.get('orphan'), 'readonly')).toBeUndefined();
    // Policy shortened to 7 days: the recent call expires at day 27, not day 50.
    expect(await s.purgeExpired(26 * DAY_MS, 7)).toEqual([]);
    expect(await s.purgeExpired(27 * DAY_MS, 7)).toEqual(['recent']);
    expect(await s.list()).toEqual([]);
  });

  it('lists newest first', async () => {
    const s = fresh();
    await s.put({ ...sampleRecord(undefined, 'x'), startedAt: 1 }, { retentionDays: 30 });
    await s.put({ ...sampleRecord(undefined, 'y'), startedAt: 3 }, { retentionDays: 30 });
    await s.put({ ...sampleRecord(undefined, 'z'), startedAt: 2 }, { retentionDays: 30 });
    expect((await s.list()).map((x) => x.callId)).toEqual(['y', 'z', 'x']);
  });
});

// Finding 6: deleted calls must not come back through a later checkpoint, a final store or a dispute.
describe('deletion wins (tombstones, transactional writes)', () => {
  const days = { retentionDays: 30 };

  it('a checkpoint after deleting the interrupted entry does not bring the call back', async () => {
    const s = fresh();
    const rec = { ...sampleRecord(), endReason: 'interrupted' as const };
    expect(await s.put(rec, days)).toBe(true);
    await s.delete(rec.callId);
    expect(await s.put({ ...rec, endedAt: rec.endedAt + 30_000 }, days)).toBe(false); // next checkpoint
    expect(await s.put({ ...rec, endReason: 'left' }, days)).toBe(false); // the call's proper end
    expect(await s.get(rec.callId)).toEqual({ ok: false, reason: 'missing' });
    expect(await s.list()).toEqual([]);
  });

  it('"Erase all" during a live call: its later checkpoints are refused; a call started afterwards is stored', async () => {
    let clock = 1_000_000;
    idb = new IDBFactory();
    store = new SessionStore({ idb, subtle, now: () => clock });
    const live = { ...sampleRecord(), callId: 'meet-live-1', startedAt: clock - 60_000, endedAt: clock };
    await store.put(live, days);
    await store.deleteAll();
    clock += 30_000;
    expect(await store.put({ ...live, endedAt: clock }, days)).toBe(false);
    const later = { ...sampleRecord(), callId: 'meet-later-2', startedAt: clock, endedAt: clock + 60_000 };
    expect(await store.put(later, days)).toBe(true);
    expect((await store.list()).map((i) => i.callId)).toEqual(['meet-later-2']);
  });

  it('a dispute saved while the call is being deleted does not resurrect it (compare-and-swap)', async () => {
    const s = fresh();
    const rec = sampleRecord();
    await s.put(rec, days);
    let deleting: Promise<void> | undefined;
    const got = await s.update(rec.callId, (r) => {
      deleting ??= s.delete(rec.callId); // the delete lands between the read and the write
      return withDispute(r, 'u3', { label: 'empathic_reflection', atMs: 1 });
    });
    await deleting;
    expect(got).toEqual({ ok: false, reason: 'missing' });
    expect(await s.get(rec.callId)).toEqual({ ok: false, reason: 'missing' });
    expect(await raw('blobs', (x) => x.count(), 'readonly')).toBe(0);
  });

  it('a dispute racing another write re-reads and applies to the newest version', async () => {
    const s = fresh();
    const rec = sampleRecord();
    await s.put(rec, days);
    let raced = false;
    const got = await s.update(rec.callId, (r) => {
      if (!raced) {
        raced = true;
        void s.put({ ...r, endReason: 'left', endedAt: r.endedAt + 1 }, days);
      }
      return withDispute(r, 'u3', { label: 'empathic_reflection', atMs: 1 });
    });
    expect(got.ok).toBe(true);
    const now = await s.get(rec.callId);
    expect(now.ok && now.record.disputes.u3?.label).toBe('empathic_reflection');
  });

  it('old tombstones are dropped by the purge', async () => {
    const s = fresh();
    await s.put(sampleRecord(), days);
    await s.delete(sampleRecord().callId);
    expect(await raw('tombstones', (x) => x.count(), 'readonly')).toBe(1);
    await s.purgeExpired(Date.now() + 3 * DAY_MS);
    expect(await raw('tombstones', (x) => x.count(), 'readonly')).toBe(0);
  });
});

// Finding 10: the cleartext index is editable by anything with disk access; it must not extend retention.
describe('retention comes from the encrypted record, not the index', () => {
  it('an index row edited to expire later does not keep the call past its encrypted expiry', async () => {
    let clock = Date.UTC(2025, 2, 4);
    idb = new IDBFactory();
    store = new SessionStore({ idb, subtle, now: () => clock });
    const rec = sampleRecord();
    await store.put(rec, { retentionDays: 7 });
    const entry = await raw<any>('index', (x) => x.get(rec.callId), 'readonly');
    await raw('index', (x) => x.put({ ...entry, expiresAt: entry.expiresAt + 3650 * DAY_MS }));
    clock = rec.endedAt + 8 * DAY_MS; // past the 7 days the call was stored under
    expect(await store.get(rec.callId)).toEqual({ ok: false, reason: 'missing' });
    expect(await store.list()).toEqual([]);
    expect(await raw('blobs', (x) => x.count(), 'readonly')).toBe(0); // and it was deleted on sight
  });

  it('list shows the encrypted dates, not edited index dates', async () => {
    const s = fresh();
    const rec = sampleRecord();
    await s.put(rec, { retentionDays: 30 });
    const entry = await raw<any>('index', (x) => x.get(rec.callId), 'readonly');
    await raw('index', (x) => x.put({ ...entry, startedAt: 1, expiresAt: Number.MAX_SAFE_INTEGER }));
    const [item] = await s.list();
    expect(item).toMatchObject({ startedAt: rec.startedAt, expiresAt: entry.expiresAt, status: 'ok' });
  });
});

// Checkpoints in pieces (issue 18, src/sessions/checkpoint.ts): a head plus sealed chunks.
describe('a checkpoint stored as a head and sealed chunks', () => {
  const days = { retentionDays: 30 };
  /** `rec` split after `k` utterances: the head and one `u` chunk of those (the chunk size is the caller's). */
  const split = (rec: ReturnType<typeof sampleRecord>, k: number) => ({
    head: { ...rec, utterances: rec.utterances.slice(k) },
    sealed: { u: 1, b: 0, p: 0, g: 0, t: 0 },
    chunks: [{ list: 'u' as const, k: 0, items: rec.utterances.slice(0, k) }],
  });

  it('reads back as the whole record; the call\'s end (whole) drops the chunks; a dispute too', async () => {
    const s = fresh();
    const rec = { ...sampleRecord(), endReason: 'interrupted' as const };
    const { head, sealed, chunks } = split(rec, 2);
    expect(await s.putCheckpoint(head, sealed, chunks, days)).toBe(true);
    expect(await s.get(rec.callId)).toEqual({ ok: true, record: rec });
    expect((await s.list()).map((i) => i.status)).toEqual(['ok']);
    expect(await raw('chunks', (o) => o.count(), 'readonly')).toBe(1);
    // A later checkpoint writes only its new chunks (here none) and keeps the stored one.
    expect(await s.putCheckpoint({ ...head, endedAt: rec.endedAt + 1 }, sealed, [], { ...days, stored: sealed })).toBe(true);
    expect(await s.get(rec.callId)).toEqual({ ok: true, record: { ...rec, endedAt: rec.endedAt + 1 } });
    const clinician = rec.utterances.find((u) => u.role === 'clinician' && u.label && u.label !== 'sympathy')!;
    const disputed = await s.update(rec.callId, (r) => withDispute(r, clinician.id, { label: 'sympathy', atMs: 1 }));
    expect(disputed.ok && disputed.record.utterances).toEqual(rec.utterances);
    expect(await raw('chunks', (o) => o.count(), 'readonly')).toBe(0);
    const { head: h2, sealed: s2, chunks: c2 } = split(rec, 2);
    await s.putCheckpoint(h2, s2, c2, days);
    await s.put({ ...rec, endReason: 'left' }, days);
    expect(await raw('chunks', (o) => o.count(), 'readonly')).toBe(0);
    expect(await s.get(rec.callId)).toEqual({ ok: true, record: { ...rec, endReason: 'left' } });
  });

  it('a tampered, moved or missing chunk makes the call corrupted, never a wrong record', async () => {
    const s = fresh();
    const rec = sampleRecord();
    const { head, sealed, chunks } = split(rec, 2);
    await s.putCheckpoint(head, sealed, chunks, days);
    const row = await raw<any>('chunks', (o) => o.get(`${rec.callId}/u0`), 'readonly');
    await raw('chunks', (o) => o.put({ ...row, id: `${rec.callId}/b0` }));
    await raw('chunks', (o) => o.delete(`${rec.callId}/u0`));
    expect(await s.get(rec.callId)).toEqual({ ok: false, reason: 'corrupted' });
    const bytes = new Uint8Array(row.data.slice(0));
    bytes[0]! ^= 1;
    await raw('chunks', (o) => o.put({ ...row, data: bytes.buffer }));
    expect(await s.get(rec.callId)).toEqual({ ok: false, reason: 'corrupted' });
  });

  it('delete, "Erase all", expiry and the orphan purge take the chunks with them; a deleted call\'s checkpoint is refused', async () => {
    const s = fresh();
    const a = sampleRecord(undefined, 'a');
    const b = sampleRecord(undefined, 'b');
    for (const r of [a, b]) {
      const { head, sealed, chunks } = split(r, 2);
      await s.putCheckpoint(head, sealed, chunks, days);
    }
    await s.delete('a');
    expect(await raw('chunks', (o) => o.getAllKeys(), 'readonly')).toEqual(['b/u0']);
    const { head, sealed, chunks } = split(a, 2);
    expect(await s.putCheckpoint(head, sealed, chunks, days)).toBe(false);
    expect(await raw('chunks', (o) => o.getAllKeys(), 'readonly')).toEqual(['b/u0']);
    await raw('chunks', (o) => o.put({ id: 'gone/u0', key: null, iv: new Uint8Array(12), data: new ArrayBuffer(1) }));
    await s.purgeExpired(Date.UTC(2025, 2, 4));
    expect(await raw('chunks', (o) => o.getAllKeys(), 'readonly')).toEqual(['b/u0']);
    expect(await s.purgeExpired(b.endedAt + 31 * DAY_MS)).toEqual(['b']);
    expect(await raw('chunks', (o) => o.count(), 'readonly')).toBe(0);
    await s.putCheckpoint(split(b, 2).head, sealed, split(b, 2).chunks, days).catch(() => undefined);
    await s.deleteAll();
    expect(await raw('chunks', (o) => o.count(), 'readonly')).toBe(0);
  });

  it('a database of the previous version (no chunks store) opens, its calls read as before', async () => {
    const s = fresh();
    const rec = sampleRecord();
    // Version 2 as the previous release made it: four stores keyed by callId.
    await new Promise<void>((res, rej) => {
      const r = idb.open(DB_NAME, 2);
      r.onupgradeneeded = () => ['index', 'keys', 'blobs', 'tombstones'].forEach((n) => r.result.createObjectStore(n, { keyPath: 'callId' }));
      r.onsuccess = () => (r.result.close(), res());
      r.onerror = () => rej(r.error);
    });
    expect(await s.put(rec, days)).toBe(true);
    expect(await s.get(rec.callId)).toEqual({ ok: true, record: rec });
    const { head, sealed, chunks } = split(rec, 2);
    expect(await s.putCheckpoint(head, sealed, chunks, days)).toBe(true);
    expect(await s.get(rec.callId)).toEqual({ ok: true, record: rec });
  });
});
