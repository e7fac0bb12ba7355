// The one way the extension's IndexedDB databases are opened (the call store, store.ts, and the
// metrics-only store, metrics-store.ts): opened lazily once, every object store created on upgrade
// if missing (keyed by `callId` or `id`), a failed open not cached so a later call retries, and a
// close that the next use reopens.
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';

export class LazyDb<S extends DBSchema> {
  private db: Promise<IDBPDatabase<S>> | null = null;

  /** `stores`: object store name -> its keyPath. */
  constructor(
    private readonly idb: IDBFactory,
    private readonly name: string,
    private readonly version: number,
    private readonly stores: Readonly<Record<string, string>>,
  ) {}

  open(): Promise<IDBPDatabase<S>> {
    if (!this.db) {
      const request = this.idb.open(this.name, this.version);
      request.addEventListener('upgradeneeded', () => {
        const db = request.result;
        for (const [store, keyPath] of Object.entries(this.stores)) if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath });
      });
      this.db = (wrap(request) as Promise<IDBPDatabase<S>>).catch((e: unknown) => {
        this.db = null; // let a later call retry instead of caching the failure
        throw e;
      });
    }
    return this.db;
  }

  close(): void {
    const db = this.db;
    this.db = null;
    void db?.then((d) => d.close()).catch(() => undefined);
  }
}
