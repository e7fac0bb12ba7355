// Promise 3 ("PHI is kept only encrypted and can be erased"): a Meet call whose captions carry a
// unique canary ends by `leave` and is stored; the canary is never on disk in clear (UTF-8 or
// UTF-16LE, every file of the profile), not even inside the encrypted store's raw rows; after the
// browser restarts the call is deleted from the summary page UI, its key is gone (crypto-shredding)
// and the profile still holds no canary. Cleartext controls prove the scan finds what is there.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

const MEET = 'https://meet.google.com/qrs-tuvw-xyz';
const SUMMARY = 'src/entries/summary/index.html';
// Random hex: unique per run and incompressible, so a snappy-compressed LevelDB block keeps it literal.
const CANARY = `CANARY${randomBytes(10).toString('hex')}`;
const LOCAL_CONTROL = `CTRLLOCAL${randomBytes(10).toString('hex')}`;
const IDB_CONTROL = `CTRLIDB${randomBytes(10).toString('hex')}`;

/** Files of the profile containing `needle` as UTF-8 or UTF-16LE, and how many bytes were read. */
function scan(dir: string, needle: string): { hits: string[]; bytes: number; files: number } {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const out = { hits: [] as string[], bytes: 0, files: 0 };
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) {
        const buf = readFileSync(p);
        out.bytes += buf.length;
        out.files++;
        if (forms.some((f) => buf.includes(f))) out.hits.push(p.slice(dir.length + 1));
      }
    }
  };
  walk(dir);
  return out;
}

/** Files of the profile that contain these exact bytes. */
function rawScan(dir: string, bytes: Buffer): string[] {
  const hits: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p, { throwIfNoEntry: false });
      if (st?.isDirectory()) walk(p);
      else if (st?.isFile() && readFileSync(p).includes(bytes)) hits.push(p.slice(dir.length + 1));
    }
  };
  walk(dir);
  return hits;
}

/** The encrypted store's raw rows, read from the summary page (the extension's IndexedDB). */
function rawRows(page: Page): Promise<{ keys: number; blobs: Array<{ callId: string; bytes: number[] }>; index: string }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, ko) => { const q = indexedDB.open('alliance-sessions'); q.onsuccess = () => ok(q.result); q.onerror = ko; });
    const all = (s: string) => new Promise<any[]>((ok) => { const q = db.transaction(s).objectStore(s).getAll(); q.onsuccess = () => ok(q.result); });
    const [keys, blobs, index] = [await all('keys'), await all('blobs'), await all('index')];
    db.close();
    return {
      keys: keys.length,
      blobs: blobs.map((b) => ({ callId: b.callId, bytes: [...new Uint8Array(b.data)] })),
      index: JSON.stringify(index),
    };
  });
}

describe.skipIf(!haveBrowser())('privacy: a deleted call leaves no caption on disk', () => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'alliance-privacy-delete-'));
  let h: Harness | undefined;
  let ciphertext: number[] = [];
  afterAll(async () => {
    await h?.close();
    rmSync(userDataDir, { recursive: true, force: true });
  });

  it('stores the call encrypted: the canary is in the summary, never in clear in the store or the profile', async () => {
    h = await launch({ userDataDir });
    const call = await h.openCall(MEET);
    await h.tabIdFor('meet');
    await call.evaluate(async (canary) => {
      const f = (window as any).__fixture;
      const steps = [...f.scripts.basic.steps.slice(0, 3), { speaker: 'Bob Jones', text: `My member number is ${canary} by the way.` }, { do: 'leave' }];
      await f.play({ steps }, { wordMs: 8, stepMs: 40 });
    }, CANARY);

    const summary = await h.openExtensionPage(SUMMARY);
    await expect.poll(async () => { await summary.reload(); return summary.locator('li[data-call-id]').count(); }, { timeout: 20_000 }).toBe(1);
    await summary.locator('button[data-action="open"]').click();
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain(CANARY);

    const rows = await rawRows(summary);
    expect(rows.keys).toBe(1);
    expect(rows.blobs).toHaveLength(1);
    ciphertext = rows.blobs[0]!.bytes;
    const bytes = Buffer.from(ciphertext);
    expect(bytes.includes(Buffer.from(CANARY, 'utf8')) || bytes.includes(Buffer.from(CANARY, 'utf16le'))).toBe(false);
    expect(rows.index).not.toContain(CANARY);

    // Cleartext controls the scan must find: one in chrome.storage.local, one in the extension's IndexedDB.
    await summary.evaluate(async ({ local, idb }) => {
      await chrome.storage.local.set({ e2eControl: local });
      const db = await new Promise<IDBDatabase>((ok) => { const q = indexedDB.open('e2e-control', 1); q.onupgradeneeded = () => q.result.createObjectStore('s'); q.onsuccess = () => ok(q.result); });
      await new Promise((ok) => { const tx = db.transaction('s', 'readwrite'); tx.objectStore('s').put(idb, 'k'); tx.oncomplete = ok; });
      db.close();
    }, { local: LOCAL_CONTROL, idb: IDB_CONTROL });
    await h.context.close(); // flushes LevelDB and IndexedDB to disk

    const found = scan(userDataDir, CANARY);
    console.log(`[privacy-delete] before delete: ${found.files} files, ${found.bytes} bytes scanned, canary hits ${found.hits.length}`);
    expect(scan(userDataDir, LOCAL_CONTROL).hits.length).toBeGreaterThan(0);
    expect(scan(userDataDir, IDB_CONTROL).hits.length).toBeGreaterThan(0);
    expect(found.hits).toEqual([]);
    // Control for the remnant measurement below: the stored ciphertext itself is found on disk.
    const mid = Math.floor(ciphertext.length / 2);
    expect(rawScan(userDataDir, Buffer.from(ciphertext.slice(mid, mid + 48))).length).toBeGreaterThan(0);
  });

  it('after a restart, delete from the summary UI: gone from the list, key shredded, no canary on disk', async () => {
    expect(ciphertext.length).toBeGreaterThan(0);
    h = await launch({ userDataDir });
    const summary = await h.openExtensionPage(SUMMARY);
    await expect.poll(() => summary.locator('li[data-call-id] button[data-action="open"]').count(), { timeout: 10_000 }).toBe(1);
    await summary.locator('button[data-action="open"]').click();
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain(CANARY); // it survived the restart
    await summary.locator('button[data-action="delete"]').click();
    await summary.locator('button[data-confirm-yes="delete"]').click();
    await expect.poll(() => summary.locator('p.empty').count(), { timeout: 10_000 }).toBe(1);
    expect(await summary.locator('body').textContent()).not.toContain(CANARY);

    const rows = await rawRows(summary);
    expect(rows).toEqual({ keys: 0, blobs: [], index: '[]' });
    // No key is left, so the ciphertext read before (or a stale copy LevelDB keeps) cannot be opened
    // by anything in this profile; a fresh page load agrees the list is empty.
    const fresh = await h.openExtensionPage(SUMMARY);
    await expect.poll(() => fresh.locator('p.empty').count(), { timeout: 10_000 }).toBe(1);
    await h.context.close();

    const found = scan(userDataDir, CANARY);
    const controls = [scan(userDataDir, LOCAL_CONTROL).hits.length, scan(userDataDir, IDB_CONTROL).hits.length];
    console.log(`[privacy-delete] after delete: ${found.files} files, ${found.bytes} bytes scanned, canary hits ${found.hits.length}, control hits ${controls}`);
    expect(controls.every((n) => n > 0)).toBe(true);
    expect(found.hits).toEqual([]);
    // Finding 1, measured rather than promised: do the deleted call's ciphertext bytes (a 48-byte
    // window from its middle) remain in the profile? docs/PRIVACY.md states that they may, until the
    // browser's database compacts its files; this line records what this Chromium did.
    const mid = Math.floor(ciphertext.length / 2);
    const remnants = rawScan(userDataDir, Buffer.from(ciphertext.slice(mid, mid + 48)));
    console.log(`[privacy-delete] deleted ciphertext still on disk after close: ${remnants.length > 0 ? remnants.join(', ') : 'no'}`);
  });
});
