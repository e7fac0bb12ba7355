// Metrics-only records of finished calls (src/sessions/progress.ts CallMetrics: numbers, no caption
// text, no names), kept for `metricsRetentionDays` so the Progress view can outlive the transcript
// ("keep metrics 1 year, text 7 days"). A database of its own beside the call store, so the two
// evolve independently; rows are encrypted the same way (AES-GCM 256, a fresh non-extractable key
// and IV per write, the call id as additional data) and deleting a row deletes its key.
// Also holds the clinician's skill goals (no patient data) under `prefs`.
import type { DBSchema, IDBPDatabase } from 'idb';
import { LazyDb } from './idb-open';
import { isCallMetrics, metricsRow, sanitizeGoals, type CallMetrics, type SkillGoal } from './progress';
import { DAY_MS, retentionDaysOf } from './retention';

export const METRICS_DB_NAME = 'alliance-progress';
const DB_VERSION = 1;

interface MetricsRow {
  callId: string;
  endedAt: number;
  expiresAt: number;
  key: CryptoKey;
  iv: Uint8Array;
  data: ArrayBuffer;
}
interface PrefRow { id: string; value: unknown }
interface ProgressDB extends DBSchema {
  metrics: { key: string; value: MetricsRow };
  prefs: { key: string; value: PrefRow };
}

export interface MetricsStoreDeps {
  idb: IDBFactory;
  subtle: SubtleCrypto;
  randomBytes?: (n: number) => Uint8Array;
  dbName?: string;
}

export interface MetricsRetention {
  /** The call's own retention (text and all). */
  retentionDays: number;
  /** How long its metrics may be kept; 0 = as long as the call. */
  metricsRetentionDays: number;
}

/** Days a call's metrics are kept: the longer of the call's retention and the metrics retention. */
export function metricsDays(p: MetricsRetention): number {
  return Math.max(retentionDaysOf(p.retentionDays), retentionDaysOf(p.metricsRetentionDays));
}

const aad = (callId: string) => new TextEncoder().encode(`alliance-coach/metrics/v1:${callId}`);

export class MetricsStore {
  private readonly deps: MetricsStoreDeps;
  private readonly db: LazyDb<ProgressDB>;

  constructor(deps: MetricsStoreDeps) {
    this.deps = deps;
    this.db = new LazyDb(deps.idb, deps.dbName ?? METRICS_DB_NAME, DB_VERSION, { metrics: 'callId', prefs: 'id' });
  }

  private open(): Promise<IDBPDatabase<ProgressDB>> {
    return this.db.open();
  }

  /**
   * Stores (or replaces) a call's metrics row. Returns false, writing nothing, when neither the
   * call's nor the metrics retention keeps anything after the call.
   */
  async put(m: CallMetrics, policy: MetricsRetention): Promise<boolean> {
    const days = metricsDays(policy);
    if (days <= 0) {
      await this.delete(m.callId);
      return false;
    }
    const key = await this.deps.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = this.deps.randomBytes ? this.deps.randomBytes(12) : crypto.getRandomValues(new Uint8Array(12));
    const data = await this.deps.subtle.encrypt(
      { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad(m.callId) as BufferSource },
      key,
      new TextEncoder().encode(JSON.stringify(metricsRow(m))),
    );
    const db = await this.open();
    await db.put('metrics', { callId: m.callId, endedAt: m.endedAt, expiresAt: m.endedAt + days * DAY_MS, key, iv, data });
    return true;
  }

  private async decrypt(row: MetricsRow): Promise<CallMetrics | null> {
    try {
      const plain = await this.deps.subtle.decrypt({ name: 'AES-GCM', iv: row.iv as BufferSource, additionalData: aad(row.callId) as BufferSource }, row.key, row.data);
      const parsed: unknown = JSON.parse(new TextDecoder().decode(plain));
      return isCallMetrics(parsed) && parsed.callId === row.callId ? metricsRow(parsed) : null;
    } catch {
      return null; // silent by design (never log record bytes)
    }
  }

  /** Every readable metrics row, oldest first (unreadable rows are skipped). */
  async list(): Promise<CallMetrics[]> {
    const rows = await (await this.open()).getAll('metrics');
    const out = (await Promise.all(rows.map((r) => this.decrypt(r)))).filter((m): m is CallMetrics => m !== null);
    return out.sort((a, b) => a.startedAt - b.startedAt);
  }

  async delete(callId: string): Promise<void> {
    await (await this.open()).delete('metrics', callId);
  }

  async deleteAll(): Promise<void> {
    await (await this.open()).clear('metrics');
  }

  /**
   * Deletes rows whose retention has run out at `now`. A shorter current policy applies to rows
   * already stored; a longer one does not extend them. Returns the deleted call ids.
   */
  async purgeExpired(now: number, policy?: MetricsRetention): Promise<string[]> {
    const db = await this.open();
    const rows = await db.getAll('metrics');
    const days = policy ? metricsDays(policy) : undefined;
    const expired = rows.filter((r) => Math.min(r.expiresAt, days === undefined ? Infinity : r.endedAt + days * DAY_MS) <= now).map((r) => r.callId);
    if (expired.length) {
      const tx = db.transaction('metrics', 'readwrite');
      await Promise.all([...expired.map((id) => tx.store.delete(id)), tx.done]);
    }
    return expired;
  }

  async getGoals(): Promise<SkillGoal[]> {
    const row = await (await this.open()).get('prefs', 'skillGoals');
    return sanitizeGoals(row?.value);
  }

  async setGoals(goals: readonly SkillGoal[]): Promise<SkillGoal[]> {
    const clean = sanitizeGoals(goals);
    await (await this.open()).put('prefs', { id: 'skillGoals', value: clean });
    return clean;
  }

  close(): void {
    this.db.close();
  }
}
