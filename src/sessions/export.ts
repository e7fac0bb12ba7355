// Pure exports of one call: JSON with a versioned schema (docs/EXPORT-SCHEMA.md documents every
// field; bump EXPORT_SCHEMA_VERSION on any incompatible change) and Markdown (./markdown.ts).
// Times inside a call are seconds from the start of the call, not wall-clock times.
import { LABELS, type Label } from '../classifier/labels';
import type { CoachMetrics } from '../coach/metrics';
import { DEIDENTIFIED_NOTICE, deidentifyRecord } from './deidentify';
import { exportMarkdown } from './markdown';
import type { CallRecord, StoredTallyItem } from './record';
import { safetyMoments, safetyMomentsJson } from './safety-moments';
import { BOND_RANGE, RQ_FAIR, RQ_GOOD, durationMs, recordMetrics, recordTally } from './summarize';

export const EXPORT_SCHEMA_VERSION = 1 as const;
export const EXPORT_FORMAT = 'alliance-coach/call-export' as const;

/** i18n lookup (chrome.i18n.getMessage in the page; a table in tests). */
export type Translate = (key: string, subs?: string[]) => string;

export interface ExportPolicy {
  exportsAllowed: boolean;
  deidentifiedExportsOnly: boolean;
}
export type ExportFormat = 'json' | 'markdown';
export interface ExportChoice {
  format: ExportFormat;
  deidentified: boolean;
}

/** Which export buttons exist: none when exports are off; only de-identified ones when policy says. */
export function allowedExports(policy: ExportPolicy): { identified: boolean; deidentified: boolean } {
  if (!policy.exportsAllowed) return { identified: false, deidentified: false };
  return { identified: !policy.deidentifiedExportsOnly, deidentified: true };
}

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

const sec = (ms: number) => Math.round(ms) / 1000;
// Ratios to 4 decimals: more says nothing, and a long digit run looks like an id or a timestamp.
const r4 = (x: number | null) => (x === null || !Number.isFinite(x) ? x : Math.round(x * 10_000) / 10_000);
const iso = (ms: number) => new Date(ms).toISOString();

function metricsJson(m: CoachMetrics) {
  return {
    reflectionToQuestion: { reflections: m.reflections, questions: m.questions, ratio: r4(m.ratio), band: m.band, fair: RQ_FAIR, good: RQ_GOOD },
    empathyVsSympathy: { empathicReflections: m.empathy, sympathy: m.sympathy },
    clinicianTalkShare: { clinicianWords: m.clinicianWords, totalWords: m.totalWords, share: r4(m.talkShare) },
    longestLectureRun: { utterances: m.longestLectureRun.count, seconds: m.longestLectureRun.seconds, utteranceIds: m.longestLectureRun.utteranceIds },
    longLectureRuns: m.longLectureRuns,
    goals: m.goals,
    tasks: m.tasks,
    byLabel: m.byLabel,
  };
}

function itemJson(i: StoredTallyItem) {
  return { id: i.id, text: i.text ?? null, state: i.state, proposedBy: i.proposedBy, evidence: i.evidence.map((e) => ({ utteranceId: e.utteranceId, why: e.why })) };
}

/** The export object (schema version 1). `record` must already be de-identified when it should be. */
export function exportObject(record: CallRecord, opts: { deidentified: boolean; t?: Translate; now: number }) {
  const m = recordMetrics(record, true);
  const tally = recordTally(record, true);
  const t0 = record.clock.startMs;
  const f1 = record.model.perLabelF1;
  const render = (key: string, subs: string[] | undefined) => (opts.t ? opts.t(key, subs ?? []) : null);
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    format: EXPORT_FORMAT,
    exportedAt: opts.deidentified ? null : iso(opts.now),
    deidentified: opts.deidentified,
    deidentificationNote: opts.deidentified ? DEIDENTIFIED_NOTICE : null,
    transcriptIncluded: record.utterances.some((u) => u.text !== undefined),
    patientTextIncluded: record.utterances.some((u) => u.role !== 'clinician' && u.text !== undefined),
    call: {
      callId: opts.deidentified ? null : record.callId,
      platform: record.platform,
      startedAt: opts.deidentified ? null : iso(record.startedAt),
      endedAt: opts.deidentified ? null : iso(record.endedAt),
      year: new Date(record.startedAt).getUTCFullYear(),
      durationSec: sec(durationMs(record)),
      endReason: record.endReason,
    },
    model: {
      version: record.model.version,
      sha256: record.model.sha256,
      perLabelF1: f1 ? Object.fromEntries(LABELS.filter((l) => f1[l] !== undefined).map((l) => [l, f1[l]])) : null,
      perLabelN: record.model.perLabelN ? Object.fromEntries(LABELS.filter((l) => record.model.perLabelN![l] !== undefined).map((l) => [l, record.model.perLabelN![l]])) : null,
      accuracyMeasuredOn: record.model.measuredOn ?? null,
    },
    coverage: {
      captionedMinutes: Math.round(m.coverageMinutes * 100) / 100,
      utterances: record.utterances.length,
      clinicianUtterances: record.utterances.filter((u) => u.role === 'clinician').length,
      labelled: m.labelled,
      unlabelled: m.unlabelled,
    },
    disputesApplied: Object.keys(record.disputes).length,
    metrics: metricsJson(m),
    metricsAsLabelled: metricsJson(recordMetrics(record, false)),
    goals: tally.goals.map(itemJson),
    tasks: tally.tasks.map(itemJson),
    goalsTasksRecomputed: tally.recomputed,
    bond: {
      value: tally.bond.value,
      min: BOND_RANGE.min,
      max: BOND_RANGE.max,
      changes: tally.bond.changes.map((c) => ({ kind: c.kind, delta: c.delta, value: c.value, atSec: sec(c.atMs - t0), utteranceIds: c.utteranceIds })),
    },
    utterances: record.utterances.map((u) => ({
      id: u.id,
      role: u.role,
      speaker: u.speaker,
      startSec: sec(u.startMs - t0),
      endSec: sec(u.endMs - t0),
      words: u.words,
      askedAsQuestion: u.asked,
      label: u.label ?? null,
      correctedLabel: record.disputes[u.id]?.label ?? null,
      text: u.text ?? null,
    })),
    coachingMoments: record.prompts.map((p) => ({
      id: p.id,
      kind: p.kind,
      shownAtSec: sec(p.shownMs - t0),
      outcome: p.outcome,
      reasonKey: p.reasonKey,
      suggestionKey: p.suggestionKey,
      // Rendered in the exporter's language; substitutions are absent when text was not kept.
      reason: render(p.reasonKey, p.reasonSubs),
      suggestion: render(p.suggestionKey, p.suggestionSubs),
      causeIds: p.causeIds,
      beforeIds: p.beforeIds,
      afterIds: p.afterIds,
      // The clinician's review note: withheld from de-identified exports (free text is not masked).
      note: opts.deidentified ? null : (record.notes?.moments?.[p.id] ?? null),
    })),
    // Safety moments survive de-identification (without text): see safety-moments.ts.
    safetyMoments: safetyMomentsJson(safetyMoments(record), opts.deidentified),
    callNote: opts.deidentified ? null : (record.notes?.call ?? null),
    disputes: Object.entries(record.disputes).map(([id, d]) => ({
      utteranceId: id,
      modelLabel: (record.utterances.find((u) => u.id === id)?.label ?? null) as Label | null,
      label: d.label,
      note: d.note ?? null,
      at: opts.deidentified ? null : iso(d.atMs),
    })),
  };
}
export type CallExportV1 = ReturnType<typeof exportObject>;

/**
 * The file for one export choice, or null when the policy forbids it. Under a
 * deidentifiedExportsOnly policy the export carries labels and metrics only (no caption text, as
 * the policy promises the admin); a de-identified export the user picks keeps masked text.
 */
export function exportCall(record: CallRecord, choice: ExportChoice, policy: ExportPolicy, t: Translate, now: number): ExportFile | null {
  const allowed = allowedExports(policy);
  if (choice.deidentified ? !allowed.deidentified : !allowed.identified) return null;
  // The safety moments are carried over from the original record whatever de-identification does
  // (they hold no text; the de-identified export drops their utterance ids and trigger text).
  const rec = choice.deidentified ? withSafety(deidentifyRecord(record, { keepText: !policy.deidentifiedExportsOnly }), record) : record;
  const stem = choice.deidentified ? 'alliance-call-deidentified' : `alliance-call-${iso(record.startedAt).slice(0, 10)}-${record.platform}`;
  if (choice.format === 'json') {
    const content = JSON.stringify(exportObject(rec, { deidentified: choice.deidentified, t, now }), null, 2);
    return { filename: `${stem}.json`, mime: 'application/json', content };
  }
  return { filename: `${stem}.md`, mime: 'text/markdown', content: exportMarkdown(rec, { deidentified: choice.deidentified, t }) };
}

function withSafety(deidentified: CallRecord, original: CallRecord): CallRecord {
  if (!original.safety?.length) return deidentified;
  // Times stay relative to the de-identified clock (the same offsets as the original).
  const shift = deidentified.clock.startMs - original.clock.startMs;
  return { ...deidentified, safety: original.safety.map((e) => ({ ...e, startedMs: e.startedMs + shift, ...(e.closedMs !== undefined ? { closedMs: e.closedMs + shift } : {}), ticked: [...e.ticked] })) };
}
