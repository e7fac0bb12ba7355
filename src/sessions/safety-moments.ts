// The post-call "safety moments": when safety mode was shown, which checklist items were ticked,
// and the utterance that triggered it. A safety moment is never hidden by de-identification: the
// de-identified form keeps that it happened and the ticked items, with no text and no ids.
import type { ChecklistItem, RiskCategory } from '../safety/types';
import type { CallRecord } from './record';

export interface SafetyMoment {
  id: string;
  /** ms from the start of the call's clock. */
  atMs: number;
  closedAtMs: number | null;
  category: RiskCategory;
  via: 'statement' | 'context';
  ticked: ChecklistItem[];
  triggerUtteranceId: string;
  /**
   * The triggering utterance's text when the transcript was kept, else null; led by the patient's
   * words just before it when the detector read them together (a disclosure split by the captions).
   */
  triggerText: string | null;
}

export function safetyMoments(record: CallRecord): SafetyMoment[] {
  const t0 = record.clock.startMs;
  const byId = new Map(record.utterances.map((u) => [u.id, u]));
  return (record.safety ?? []).map((e) => ({
    id: e.id,
    atMs: Math.max(0, e.startedMs - t0),
    closedAtMs: e.closedMs === undefined ? null : Math.max(0, e.closedMs - t0),
    category: e.category,
    via: e.via,
    ticked: [...e.ticked],
    triggerUtteranceId: e.triggerId,
    triggerText: triggerText(e.joinedIds ?? [], e.triggerId, byId),
  }));
}

function triggerText(joined: readonly string[], id: string, byId: ReadonlyMap<string, { text?: string | undefined }>): string | null {
  const own = byId.get(id)?.text;
  if (own === undefined) return null;
  return [...joined.map((j) => byId.get(j)?.text).filter((t): t is string => !!t), own].join(' ');
}

const sec = (ms: number | null) => (ms === null ? null : Math.round(ms) / 1000);

/** The export form (schema: docs/EXPORT-SCHEMA.md). De-identified: no text, no utterance id. */
export function safetyMomentsJson(moments: readonly SafetyMoment[], deidentified: boolean) {
  return moments.map((m) => ({
    atSec: sec(m.atMs),
    closedAtSec: sec(m.closedAtMs),
    category: m.category,
    via: m.via,
    ticked: [...m.ticked],
    triggerUtteranceId: deidentified ? null : m.triggerUtteranceId,
    triggerText: deidentified ? null : m.triggerText,
  }));
}
