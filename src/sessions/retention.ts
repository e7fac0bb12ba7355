// Pure retention rules: which stored calls expire when. No clock is read here; callers pass `now`
// so the rules are testable with a fake clock and the background can schedule its purge alarm.

export const DAY_MS = 86_400_000;

/** The cleartext, PHI-free part of a stored call that retention needs. */
export interface RetentionEntry {
  callId: string;
  endedAt: number;
  expiresAt: number;
}

/** Normalises a policy value: negative, fractional or non-finite values never mean "keep forever". */
export function retentionDaysOf(days: number): number {
  if (!Number.isFinite(days) || days <= 0) return 0;
  return Math.floor(days);
}

/** retentionDays 0 means nothing is kept after the call ends, so the record expires at its end. */
export function expiresAt(endedAt: number, retentionDays: number): number {
  return endedAt + retentionDaysOf(retentionDays) * DAY_MS;
}

/** Whether a finished call may be written at all (0 days: keep nothing after the call). */
export function shouldStore(retentionDays: number): boolean {
  return retentionDaysOf(retentionDays) > 0;
}

/**
 * The expiry in force for an entry. A policy that shortens retention applies to calls already
 * stored (the stricter of the stored expiry and the current rule wins); a longer policy does not
 * resurrect the right to keep an old call beyond what it was stored under.
 */
export function effectiveExpiry(entry: RetentionEntry, retentionDays?: number): number {
  if (retentionDays === undefined) return entry.expiresAt;
  return Math.min(entry.expiresAt, expiresAt(entry.endedAt, retentionDays));
}

export function isExpired(entry: RetentionEntry, now: number, retentionDays?: number): boolean {
  return effectiveExpiry(entry, retentionDays) <= now;
}

/** Ids of the calls to delete at `now`. */
export function expiredIds(entries: readonly RetentionEntry[], now: number, retentionDays?: number): string[] {
  return entries.filter((e) => isExpired(e, now, retentionDays)).map((e) => e.callId);
}

/** When the next purge is due (for an alarm), or null when nothing is stored. */
export function nextExpiry(entries: readonly RetentionEntry[], retentionDays?: number): number | null {
  let next: number | null = null;
  for (const e of entries) {
    const t = effectiveExpiry(e, retentionDays);
    if (next === null || t < next) next = t;
  }
  return next;
}
