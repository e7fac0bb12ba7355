// The encrypted session store on real IndexedDB + WebCrypto, in an extension page of the built
// extension in Chromium. The store module (src/sessions/store.ts) is bundled with esbuild and
// evaluated in the page through the DevTools protocol, so this proves the shipped code's storage
// behaviour (non-extractable keys survive structured clone, per-call crypto-shredding, no
// plaintext on disk) independently of how the summary page is wired.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, ROOT, type Harness } from './harness';

const PAGE = 'src/entries/summary/index.html';
const CANARY = 'CANARY-7f3a9c1e-summary-store';

// Exposes the store and the sample record on window.__sessions (test only; not shipped).
const ENTRY = `
import { SessionStore, DB_NAME } from './src/sessions/store';
import { sampleRecord } from './src/sessions/sample';
import { withDispute } from './src/sessions/record';
// The sample call moved to an hour ago: the store (and the summary page open beside it) drop calls
// past their encrypted expiry, and the sample's own date is in 2025.
const recentSample = (...a) => {
  const r = sampleRecord(...a);
  const shift = Date.now() - 3600000 - r.startedAt;
  return { ...r, startedAt: r.startedAt + shift, endedAt: r.endedAt + shift };
};
globalThis.__sessions = { SessionStore, DB_NAME, sampleRecord: recentSample, withDispute };
`;

async function bundle(): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' },
    bundle: true, format: 'iife', platform: 'browser', target: 'chrome116', write: false,
  });
  return out.outputFiles[0]!.text;
}

type W = typeof globalThis & { __sessions: any };

describe.skipIf(!haveBrowser())('session store in Chromium (real IndexedDB + WebCrypto)', () => {
  let h: Harness;
  let code: string;
  let page: Page;
  const userDataDir = mkdtempSync(join(tmpdir(), 'alliance-summary-e2e-'));

  const open = async () => {
    const p = await h.openExtensionPage(PAGE);
    await p.evaluate(code);
    return p;
  };

  beforeAll(async () => {
    code = await bundle();
    h = await launch({ userDataDir });
    page = await open();
  });
  afterAll(async () => {
    await h?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('puts, lists and gets a call; keys are non-extractable AES-GCM 256 and survive a new page', async () => {
    const res = await page.evaluate(async (canary) => {
      const { SessionStore, sampleRecord } = (globalThis as W).__sessions;
      const store = new SessionStore({ idb: indexedDB, subtle: crypto.subtle, });
      const rec = sampleRecord();
      rec.utterances[1].text = `${canary} ${rec.utterances[1].text}`;
      const stored = await store.put(rec, { retentionDays: 30 });
      const list = await store.list();
      store.close();
      return { stored, list, id: rec.callId };
    }, CANARY);
    expect(res.stored).toBe(true);
    expect(res.list).toEqual([expect.objectContaining({ callId: res.id, platform: 'meet', status: 'ok' })]);

    // A fresh page and a fresh store instance: the CryptoKey came back from IndexedDB by structured clone.
    const fresh = await open();
    const got = await fresh.evaluate(async () => {
      const { SessionStore, DB_NAME } = (globalThis as W).__sessions;
      const store = new SessionStore({ idb: indexedDB, subtle: crypto.subtle, });
      const r = await store.get('call-sample-1');
      const db = await new Promise<IDBDatabase>((ok) => { const q = indexedDB.open(DB_NAME); q.onsuccess = () => ok(q.result); });
      const row = await new Promise<any>((ok) => { const q = db.transaction('keys').objectStore('keys').get('call-sample-1'); q.onsuccess = () => ok(q.result); });
      db.close();
      const exported = await crypto.subtle.exportKey('raw', row.key).then(() => 'exported', (e: Error) => e.name);
      store.close();
      return { ok: r.ok, text: r.ok ? r.record.utterances[1].text : null, isKey: row.key instanceof CryptoKey, extractable: row.key.extractable, algo: row.key.algorithm, exported };
    });
    expect(got.ok).toBe(true);
    expect(got.text).toContain(CANARY);
    expect(got).toMatchObject({ isKey: true, extractable: false, algo: { name: 'AES-GCM', length: 256 }, exported: 'InvalidAccessError' });
    await fresh.close();
  });

  it('a deleted key makes the call undecryptable: flagged in the list, never thrown', async () => {
    const res = await page.evaluate(async () => {
      const { SessionStore, DB_NAME, sampleRecord } = (globalThis as W).__sessions;
      const store = new SessionStore({ idb: indexedDB, subtle: crypto.subtle, });
      await store.put(sampleRecord(undefined, 'shred-me'), { retentionDays: 30 });
      const db = await new Promise<IDBDatabase>((ok) => { const q = indexedDB.open(DB_NAME); q.onsuccess = () => ok(q.result); });
      await new Promise((ok) => { const tx = db.transaction('keys', 'readwrite'); tx.objectStore('keys').delete('shred-me'); tx.oncomplete = ok; });
      db.close();
      const got = await store.get('shred-me');
      const list = await store.list();
      store.close();
      return { got, statuses: Object.fromEntries(list.map((x: any) => [x.callId, x.status])) };
    });
    expect(res.got).toEqual({ ok: false, reason: 'corrupted' });
    expect(res.statuses).toEqual({ 'shred-me': 'corrupted', 'call-sample-1': 'ok' });
  });

  it('update (dispute) re-encrypts; delete removes key and ciphertext; purge honours retention', async () => {
    const res = await page.evaluate(async () => {
      const { SessionStore, DB_NAME, sampleRecord, withDispute } = (globalThis as W).__sessions;
      const store = new SessionStore({ idb: indexedDB, subtle: crypto.subtle, });
      const upd = await store.update('call-sample-1', (r: any) => withDispute(r, 'u3', { label: 'empathic_reflection', atMs: 1 }));
      const disputes = upd.ok ? upd.record.disputes : null;
      await store.delete('shred-me');
      const old = { ...sampleRecord(undefined, 'old'), startedAt: 0, endedAt: 1000 };
      await store.put(old, { retentionDays: 1 });
      // A fixed clock: one day after the old call ended (the sample call is from 2025 and kept 30 days).
      const purged = await store.purgeExpired(1000 + 86_400_000);
      const db = await new Promise<IDBDatabase>((ok) => { const q = indexedDB.open(DB_NAME); q.onsuccess = () => ok(q.result); });
      const count = (s: string) => new Promise<number>((ok) => { const q = db.transaction(s).objectStore(s).count(); q.onsuccess = () => ok(q.result); });
      const counts = { keys: await count('keys'), blobs: await count('blobs'), index: await count('index') };
      db.close();
      const list = (await store.list()).map((x: any) => x.callId);
      store.close();
      return { disputes, purged, counts, list };
    });
    expect(res.disputes).toEqual({ u3: { label: 'empathic_reflection', atMs: 1 } });
    expect(res.purged).toEqual(['old']);
    expect(res.counts).toEqual({ keys: 1, blobs: 1, index: 1 });
    expect(res.list).toEqual(['call-sample-1']);
  });

  it('no caption plaintext reaches the profile on disk (a plaintext control store proves the grep works)', async () => {
    const CONTROL = 'CONTROL-5d2e-plaintext-visible';
    await page.evaluate(async (control) => {
      const db = await new Promise<IDBDatabase>((ok) => {
        const q = indexedDB.open('e2e-plaintext-control', 1);
        q.onupgradeneeded = () => q.result.createObjectStore('s');
        q.onsuccess = () => ok(q.result);
      });
      await new Promise((ok) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(control, 'k'); tx.oncomplete = ok; });
      db.close();
    }, CONTROL);
    await h.context.close(); // flush LevelDB to disk
    const grep = (needle: string) => {
      try {
        return execFileSync('grep', ['-rlaF', needle, userDataDir], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
      } catch {
        return []; // grep exits 1 when nothing matches
      }
    };
    expect(grep(CONTROL).length).toBeGreaterThan(0);
    expect(grep(CANARY)).toEqual([]);
    expect(grep('Maria Gomez')).toEqual([]);
    expect(h.egress).toEqual([]);
  });
});
