// The shared IndexedDB opener of the call store and the metrics-only store (src/sessions/idb-open.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { DBSchema } from 'idb';
import { describe, expect, it } from 'vitest';
import { LazyDb } from '../../src/sessions/idb-open';

interface S extends DBSchema {
  a: { key: string; value: { callId: string; n: number } };
  b: { key: string; value: { id: string } };
}

describe('LazyDb', () => {
  it('creates every missing store with its key path, opens once, and reopens after close', async () => {
    const idb = new IDBFactory();
    const one = new LazyDb<S>(idb, 'x', 1, { a: 'callId' });
    const db = await one.open();
    expect(await one.open()).toBe(db);
    await db.put('a', { callId: 'c1', n: 1 });
    one.close();
    // A newer version adds a store and keeps the rows of the old one.
    const two = new LazyDb<S>(idb, 'x', 2, { a: 'callId', b: 'id' });
    const db2 = await two.open();
    expect([...db2.objectStoreNames].sort()).toEqual(['a', 'b']);
    expect(db2.transaction('b').store.keyPath).toBe('id');
    expect(await db2.get('a', 'c1')).toEqual({ callId: 'c1', n: 1 });
    two.close();
    expect(await (await two.open()).get('a', 'c1')).toEqual({ callId: 'c1', n: 1 });
    two.close();
  });

  it('does not cache a failed open: the next use tries again', async () => {
    const real = new IDBFactory();
    let calls = 0;
    // The first open asks for an older version than the one on disk (a VersionError), then a good one.
    await new Promise((ok) => { const q = real.open('y', 2); q.onsuccess = () => { q.result.close(); ok(null); }; });
    const flaky = { open: (name: string, v?: number) => real.open(name, calls++ === 0 ? 1 : v) } as unknown as IDBFactory;
    const lazy = new LazyDb<S>(flaky, 'y', 3, { a: 'callId' });
    await expect(lazy.open()).rejects.toBeTruthy();
    expect([...(await lazy.open()).objectStoreNames]).toEqual(['a']);
    expect(calls).toBe(2);
    lazy.close();
  });
});
