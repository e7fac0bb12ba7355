// AES-GCM sealing of the call store's records and chunks (a fresh key per write, AAD binding each
// to its call and place): the crypto of store.ts, kept apart from its IndexedDB transactions.
import { isCallRecord, type CallRecord } from './record';
import { chunkId, RECORD_CHUNK_LISTS, type BlobRow, type ChunkCounts, type ChunkRow, type KeyRow, type RecordChunkList } from './store-layout';

export interface CipherDeps {
  subtle: SubtleCrypto;
  /** Source of IVs; defaults to the global crypto.getRandomValues. */
  randomBytes?: (n: number) => Uint8Array;
  /** Told the size of every plaintext encrypted (an operation count for tests). */
  onSeal?: (bytes: number) => void;
}

// Binds a ciphertext to its call, so a blob copied under another callId fails authentication.
function aad(callId: string): Uint8Array {
  return new TextEncoder().encode(`alliance-coach/call/v1:${callId}`);
}
/** A chunk's bytes are bound to its call, list and place (its id). */
export function chunkAad(id: string): Uint8Array {
  return new TextEncoder().encode(`alliance-coach/call-chunk/v1:${id}`);
}

export class RecordCipher {
  private readonly deps: CipherDeps;

  constructor(deps: CipherDeps) {
    this.deps = deps;
  }

  private random(n: number): Uint8Array {
    return this.deps.randomBytes ? this.deps.randomBytes(n) : crypto.getRandomValues(new Uint8Array(n));
  }

  // The ciphertext holds the record AND its expiry ({v: 2, expiresAt, record}): the cleartext index
  // only lists and schedules; a row edited to "expire later" cannot extend retention, because get and
  // list go by the encrypted expiry (finding 10). A v1 blob (the bare record) falls back to the index.
  async encrypt(record: CallRecord, expiresAt: number, sealed?: ChunkCounts): Promise<{ key: CryptoKey; blob: BlobRow }> {
    const { key, iv, data } = await this.seal(sealed ? { v: 3, expiresAt, record, sealed } : { v: 2, expiresAt, record }, aad(record.callId));
    return { key, blob: { callId: record.callId, iv, data } };
  }

  /** JSON of `value` under a fresh non-extractable key and a random IV. */
  async seal(value: unknown, additional: Uint8Array): Promise<{ key: CryptoKey; iv: Uint8Array; data: ArrayBuffer }> {
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
  async decrypt(callId: string, key: KeyRow | undefined, blob: BlobRow | undefined, indexExpiry?: number, chunks?: readonly ChunkRow[]): Promise<{ record: CallRecord; expiresAt: number } | null> {
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
}
