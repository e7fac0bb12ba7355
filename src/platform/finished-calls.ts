// Finished calls go to the encrypted IndexedDB store (src/sessions/store.ts), as settings and policy
// allow: with or without the transcript, kept for retentionDays (0 = nothing kept after the call).
import manifest from '../../models/manifest.json' with { type: 'json' };
import type { EndReason as LiveEndReason } from '../calls/call-service';
import type { LiveCall } from '../calls/live-call';
import type { CoachSettings } from '../coach/types';
import { CallCheckpoints, storeCheckpoint, type CheckpointSource } from '../sessions/checkpoint';
import { buildRecord, type BuildRecordInput, type EndReason, type ModelInfo, type RecordPolicy } from '../sessions/record';
import { CHUNK } from './call-store';
import { SessionStore } from '../sessions/store';
import { MetricsStore } from '../sessions/metrics-store';
import { callMetrics } from '../sessions/progress';
import { coachSettingsNow, effectiveSettings, settingsStore } from './settings';

let store: SessionStore | null = null;
export function sessionStore(): SessionStore {
  store ??= new SessionStore({ idb: indexedDB, subtle: crypto.subtle });
  return store;
}

let metrics: MetricsStore | null = null;
/** Metrics-only rows (no text, no names) that may outlive the call: metricsRetentionDays. */
export function metricsStore(): MetricsStore {
  metrics ??= new MetricsStore({ idb: indexedDB, subtle: crypto.subtle });
  return metrics;
}

const REASONS: Record<LiveEndReason, EndReason> = {
  left: 'left',
  'tab-closed': 'tab-closed',
  silence: 'silence',
  unload: 'left',
  user: 'user',
  replaced: 'interrupted',
};

/**
 * The model's accuracy as users see it: F1 per label on the real-speech test split (transcribed
 * consultations the model never trained on), with n, never the written held-out figures.
 */
export function modelInfo(): ModelInfo {
  const m = manifest as { version?: string; sha256: string; metrics?: { realTest?: { clean?: { n: number; perLabel?: Record<string, { f1: number; support: number }> } } } };
  const real = m.metrics?.realTest?.clean;
  const per = real?.perLabel;
  return {
    version: m.version ?? m.sha256.slice(0, 12),
    sha256: m.sha256,
    ...(per ? {
      perLabelF1: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, v.f1])),
      perLabelN: Object.fromEntries(Object.entries(per).map(([k, v]) => [k, v.support])),
      measuredOn: `${real!.n} real clinician turns (held-out test split of transcribed consultations)`,
    } : {}),
  } as ModelInfo;
}

export function storeFinishedCall(call: LiveCall, reason: LiveEndReason): Promise<void> {
  checkpoints.forget(call.callId);
  return storeRecord(call, REASONS[reason]);
}

const checkpoints = new CallCheckpoints(CHUNK);

/**
 * A live call saved as "interrupted" until its proper end replaces it, from the worker's copy as it
 * holds it (dropped utterances are read from the call store only where a chunk must be built again):
 * only what changed since the last checkpoint is built and encrypted (src/sessions/checkpoint.ts).
 * Stores the record and metrics row that buildRecord and callMetrics make of the whole call, with
 * `endReason` 'interrupted' (same callId: the call's end replaces it).
 */
export async function checkpointHeld(call: LiveCall, source: CheckpointSource): Promise<void> {
  if (call.coach.utterances.length === 0) return; // nothing was captured: nothing to review
  const s = (await effectiveSettings()).values;
  const input = recordInput(call, 'interrupted', await coachSettingsNow());
  await storeCheckpoint(checkpoints, input, policyOf(s), source, { sessions: sessionStore(), metrics: metricsStore() }, s);
}

function recordInput(call: LiveCall, endReason: EndReason, settings: CoachSettings): BuildRecordInput {
  return {
    callId: call.callId,
    platform: call.platform,
    startedAt: call.startedAt,
    endedAt: Date.now(),
    endReason,
    state: call.coach,
    model: modelInfo(),
    settings,
    ...(call.safety ? { safety: call.safety } : {}),
  };
}

function policyOf(s: { storeTranscript: boolean; clinicianLinesOnly: boolean }): RecordPolicy {
  return { storeTranscript: s.storeTranscript, clinicianLinesOnly: s.clinicianLinesOnly };
}

async function storeRecord(call: LiveCall, endReason: EndReason): Promise<void> {
  if (call.coach.utterances.length === 0) return; // nothing was captured: nothing to review
  const s = (await effectiveSettings()).values;
  const record = buildRecord(recordInput(call, endReason, await coachSettingsNow()), policyOf(s));
  await sessionStore().put(record, { retentionDays: s.retentionDays });
  await metricsStore().put(callMetrics(record), { retentionDays: s.retentionDays, metricsRetentionDays: s.metricsRetentionDays }).catch(() => undefined);
}

export async function purgeExpiredCalls(): Promise<void> {
  const merged = await effectiveSettings();
  // With the policy unreadable its retention is unknown: each call's stored expiry still applies,
  // but a transient read failure must not delete every call as "retention 0" would.
  const days = merged.policyUnavailable ? undefined : merged.values.retentionDays;
  await sessionStore().purgeExpired(Date.now(), days).catch(() => undefined);
  if (merged.policyUnavailable) return; // metrics rows keep their stored expiry until the policy reads again
  const s = merged.values;
  await metricsStore().purgeExpired(Date.now(), { retentionDays: s.retentionDays, metricsRetentionDays: s.metricsRetentionDays }).catch(() => undefined);
}

/**
 * "Erase all": every stored call (and, through the erase mark, the rest of a call still running),
 * its metrics-only rows, and the clinician's remembered display names (a policy-set list is the
 * clinic's, not user data).
 */
export async function eraseAllCallData(): Promise<void> {
  await sessionStore().deleteAll();
  await metricsStore().deleteAll();
  await settingsStore.reset(['clinicianNames']);
}
