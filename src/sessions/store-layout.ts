// The call store's IndexedDB layout: object stores, row shapes and chunk ids. A file of its own
// because both the store's transactions (store.ts) and the sealing of rows (record-cipher.ts) read it.
import type { DBSchema } from 'idb';
import type { PlatformId } from '../captions/types';

export interface IndexEntry {
  callId: string;
  startedAt: number;
  endedAt: number;
  platform: PlatformId;
  expiresAt: number;
}

export interface KeyRow { callId: string; key: CryptoKey }
export interface BlobRow { callId: string; iv: Uint8Array; data: ArrayBuffer }
interface TombstoneRow { callId: string; deletedAt: number }
export interface ChunkRow { id: string; key: CryptoKey; iv: Uint8Array; data: ArrayBuffer }
/**
 * The sealed chunks of a checkpoint: `u` stored utterances, `b` bond changes, `p` prompts, `g`
 * goals, `t` tasks (every list of a record that grows with the call).
 */
export const RECORD_CHUNK_LISTS = ['u', 'b', 'p', 'g', 't'] as const;
export type RecordChunkList = (typeof RECORD_CHUNK_LISTS)[number];
export interface RecordChunk { list: RecordChunkList; k: number; items: readonly unknown[] }
export type ChunkCounts = Record<RecordChunkList, number>;
export const chunkId = (callId: string, list: RecordChunkList, k: number): string => `${callId}/${list}${k}`;
/** Every chunk id of a call (ids are `callId/…`; a callId has no '/'). */
export const chunksOf = (callId: string): IDBKeyRange => IDBKeyRange.bound(`${callId}/`, `${callId}/\uffff`);
export const callOfChunk = (id: string): string => id.slice(0, id.lastIndexOf('/'));
export interface SessionsDB extends DBSchema {
  index: { key: string; value: IndexEntry };
  keys: { key: string; value: KeyRow };
  blobs: { key: string; value: BlobRow };
  tombstones: { key: string; value: TombstoneRow };
  chunks: { key: string; value: ChunkRow };
}
export const STORES = ['index', 'keys', 'blobs'] as const;
export const WRITE_STORES = ['index', 'keys', 'blobs', 'tombstones', 'chunks'] as const;
