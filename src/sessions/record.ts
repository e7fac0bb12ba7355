// The stored record of one finished call, built from the live coach state by a pure function.
// Minimum necessary (45 CFR 164.502(b)): when storeTranscript is off, nothing that carries caption
// text or names survives: utterance text, goal/task text, prompt substitutions (which quote the
// patient) and speaker names are dropped; labels, roles, timings and word counts stay so the
// metrics can still be computed.
// "Keep only the clinician's lines" (clinicianLinesOnly) is the middle choice: the clinician's
// utterances and the goals/tasks they proposed keep their text; every other speaker's utterance is
// kept like a metrics-only one (alias, role, timings, word count, question form, and whether it
// declined: the one fact about its text the metrics still read), prompt substitutions go.
import type { PlatformId, Role } from '../captions/types';
import { isLabel, type Label } from '../classifier/labels';
import { classifyAssent, isQuestion, wordCount } from '../coach/text';
import { DEFAULT_COACH_SETTINGS, type CoachSettings, type CoachState, type LabelledUtterance, type ShownPrompt, type Tally, type TallyItem } from '../coach/types';
import type { SafetyEpisode, SafetyState } from '../safety/types';
import { speakerAliases } from './aliases';

/**
 * What buildRecordTail needs to know of the utterances before the tail (src/sessions/checkpoint.ts):
 * the speakers' aliases so far, and the latest end among them.
 */
export interface RecordPrefix {
  aliases: ReadonlyMap<string, string>;
  lastEndMs: number;
}

export const CALL_RECORD_SCHEMA_VERSION = 1 as const;

export const END_REASONS = ['left', 'tab-closed', 'silence', 'interrupted', 'user'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** A labelled utterance as stored. `text` is absent when the transcript was not kept. */
export type StoredUtterance = Omit<LabelledUtterance, 'text'> & {
  text?: string;
  /** Word count of the text (kept even without text: talk share needs it). */
  words: number;
  /** Phrased as a question (reflection-to-question ratio counts questions by form). */
  asked: boolean;
  /**
   * Set on a patient's or other speaker's utterance kept without text when it declined
   * (classifyAssent): a declined permission ends "information after asking permission" in lecture
   * runs, so the metrics need it once the text is gone.
   */
  dissent?: true;
};

export type StoredPrompt = Omit<ShownPrompt, 'reasonSubs' | 'suggestionSubs'> & {
  reasonSubs?: string[];
  suggestionSubs?: string[];
};

export type StoredTallyItem = Omit<TallyItem, 'text'> & { text?: string };
export interface StoredTally {
  goals: StoredTallyItem[];
  tasks: StoredTallyItem[];
  bond: Tally['bond'];
}

export interface Dispute {
  /** The label the clinician says was right. */
  label: Label;
  note?: string;
  /** Wall-clock time of the dispute (epoch ms). */
  atMs: number;
}
export type Disputes = Record<string, Dispute>;

export interface ModelInfo {
  version: string;
  sha256: string;
  /** F1 per label on the real-speech test split (models/MODEL_CARD.md), when known. */
  perLabelF1?: Partial<Record<Label, number>>;
  /** How many real-speech test turns of each label that F1 rests on. */
  perLabelN?: Partial<Record<Label, number>>;
  /** What the figures were measured on, in words (shown beside them). */
  measuredOn?: string;
}

export interface CallRecord {
  schemaVersion: typeof CALL_RECORD_SCHEMA_VERSION;
  callId: string;
  platform: PlatformId;
  /** Epoch ms. */
  startedAt: number;
  endedAt: number;
  endReason: EndReason;
  /** False when the policy dropped caption text and names (see file comment). */
  transcriptStored: boolean;
  /**
   * Only the clinician's lines kept their text: every other speaker's utterance has none (absent in
   * records made before this choice existed, and when the whole transcript or none of it was kept).
   */
  clinicianLinesOnly?: true;
  /** The coach's clock span (same time base as utterance startMs/endMs). */
  clock: { startMs: number; endMs: number };
  utterances: StoredUtterance[];
  prompts: StoredPrompt[];
  tally: StoredTally;
  disputes: Disputes;
  model: ModelInfo;
  /** The coach settings of the call (plain numbers): metrics are recomputed with the same thresholds. */
  coachSettings: CoachSettings;
  /**
   * Safety mode episodes ("safety moments"); absent in records made before safety mode. They hold no
   * caption text (the trigger is an utterance id), so they are kept whatever the transcript policy.
   */
  safety?: SafetyEpisode[];
  /** The clinician's review notes (src/sessions/notes.ts); absent when none were written. */
  notes?: ReviewNotes;
}

export interface ReviewNotes {
  /** A note on the whole call. */
  call?: string;
  /** A note per coaching moment, by prompt id. */
  moments?: Record<string, string>;
}

export interface BuildRecordInput {
  callId: string;
  platform: PlatformId;
  startedAt: number;
  endedAt: number;
  endReason: EndReason;
  state: CoachState;
  model: ModelInfo;
  disputes?: Disputes;
  settings?: CoachSettings;
  safety?: SafetyState;
}

export interface RecordPolicy {
  storeTranscript: boolean;
  /** With storeTranscript: keep the clinician's lines only (see file comment). */
  clinicianLinesOnly?: boolean;
}

export type TranscriptScope = 'full' | 'clinician' | 'none';

/** What a policy keeps: the whole transcript, the clinician's lines only, or no text. */
export function transcriptScope(policy: RecordPolicy): TranscriptScope {
  return !policy.storeTranscript ? 'none' : policy.clinicianLinesOnly ? 'clinician' : 'full';
}

/** What a stored record kept (older records: full or none). */
export function recordScope(record: Pick<CallRecord, 'transcriptStored' | 'clinicianLinesOnly'>): TranscriptScope {
  return !record.transcriptStored ? 'none' : record.clinicianLinesOnly ? 'clinician' : 'full';
}

function keepsTextOf(scope: TranscriptScope, role: Role): boolean {
  return scope === 'full' || (scope === 'clinician' && role === 'clinician');
}

export function storeUtterance(u: LabelledUtterance, scope: TranscriptScope, alias: string | undefined): StoredUtterance {
  const { text, ...rest } = u;
  // Everything measured from the text is measured here, before the text can be dropped.
  const out: StoredUtterance = { ...rest, words: wordCount(text), asked: isQuestion(text) };
  if (keepsTextOf(scope, u.role)) out.text = text;
  else {
    out.speaker = alias ?? u.role;
    if (u.role !== 'clinician' && classifyAssent(text) === 'dissent') out.dissent = true;
  }
  return out;
}

export function storeItem(item: TallyItem, keepText: boolean): StoredTallyItem {
  const { text, ...rest } = item;
  return keepText ? { ...rest, text, evidence: item.evidence.map((e) => ({ ...e })) } : { ...rest, evidence: item.evidence.map((e) => ({ ...e })) };
}

export function storePrompt(p: ShownPrompt, keepText: boolean): StoredPrompt {
  const { reasonSubs, suggestionSubs, ...rest } = p;
  const base: StoredPrompt = { ...rest, causeIds: [...p.causeIds], beforeIds: [...p.beforeIds], afterIds: [...p.afterIds] };
  if (keepText) return { ...base, reasonSubs: [...reasonSubs], suggestionSubs: [...suggestionSubs] };
  // Topic paraphrase keys ("@coach_topic_sleep") are our own words, not caption text: kept.
  const keys = suggestionSubs.filter((x) => /^@coach_topic_[a-z]+$/.test(x));
  return keys.length ? { ...base, suggestionSubs: keys } : base;
}

/**
 * A goal or task is worded by the utterance that created it (`goal:<utteranceId>`): with the
 * clinician's lines only, its text stays only when the clinician both said and proposed it.
 * `roleOf`: roles of the utterances at hand; one not among them goes by who proposed the item (the
 * tally makes an item "by the clinician" from a clinician's utterance only, src/coach/tally.ts).
 */
export function itemKeepsTextOf(item: TallyItem, scope: TranscriptScope, roleOf: ReadonlyMap<string, Role>): boolean {
  return scope === 'full' || (scope === 'clinician' && item.proposedBy === 'clinician' && (roleOf.get(item.id.slice(item.id.indexOf(':') + 1)) ?? 'clinician') === 'clinician');
}

/** Pure: the record to store for a finished call. Copies everything; never shares state arrays. */
export function buildRecord(input: BuildRecordInput, policy: RecordPolicy): CallRecord {
  return buildRecordTail(input, policy, { aliases: speakerAliases(input.state.utterances), lastEndMs: input.state.startMs });
}

/**
 * The record of `input` when its state holds only the tail of the call's utterances (and bond
 * changes), the ones before being stored already: `prefix` says what the record needs of those.
 * With the whole call and a prefix of nothing it is buildRecord. Goals and tasks whose wording
 * utterance is not in the tail go by who proposed them (itemKeepsTextOf).
 */
export function buildRecordTail(input: BuildRecordInput, policy: RecordPolicy, prefix: RecordPrefix): CallRecord {
  const { state } = input;
  const scope = transcriptScope(policy);
  const keep = scope !== 'none';
  // Prompt substitutions quote the patient: only the full transcript keeps them.
  const keepSubs = scope === 'full';
  const aliases = prefix.aliases;
  const roleOf = new Map(state.utterances.map((u) => [u.id, u.role]));
  const itemKeepsText = (item: TallyItem) => itemKeepsTextOf(item, scope, roleOf);
  const utterances = [...state.utterances]
    .sort((a, b) => a.startMs - b.startMs)
    .map((u) => storeUtterance(u, scope, aliases.get(u.speaker)));
  const ids = new Set(utterances.map((u) => u.id));
  const disputes: Disputes = {};
  for (const [id, d] of Object.entries(input.disputes ?? {})) {
    if (ids.has(id) && isLabel(d.label)) disputes[id] = keep || d.note === undefined ? { ...d } : { label: d.label, atMs: d.atMs };
  }
  const last = utterances.reduce((m, u) => Math.max(m, u.endMs), Math.max(state.startMs, prefix.lastEndMs));
  return {
    schemaVersion: CALL_RECORD_SCHEMA_VERSION,
    callId: input.callId,
    platform: input.platform,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    endReason: input.endReason,
    transcriptStored: keep,
    ...(scope === 'clinician' ? { clinicianLinesOnly: true as const } : {}),
    clock: { startMs: state.startMs, endMs: Math.max(state.nowMs, last) },
    utterances,
    prompts: state.history.map((p) => storePrompt(p, keepSubs)),
    tally: {
      goals: state.tally.goals.map((g) => storeItem(g, itemKeepsText(g))),
      tasks: state.tally.tasks.map((t) => storeItem(t, itemKeepsText(t))),
      bond: { value: state.tally.bond.value, changes: state.tally.bond.changes.map((c) => ({ ...c, utteranceIds: [...c.utteranceIds] })) },
    },
    disputes,
    model: {
      ...input.model,
      ...(input.model.perLabelF1 ? { perLabelF1: { ...input.model.perLabelF1 } } : {}),
      ...(input.model.perLabelN ? { perLabelN: { ...input.model.perLabelN } } : {}),
    },
    coachSettings: structuredClone(input.settings ?? DEFAULT_COACH_SETTINGS),
    ...(input.safety?.episodes.length ? { safety: input.safety.episodes.map((e) => ({ ...e, ticked: [...e.ticked] })) } : {}),
  };
}

/**
 * Pure: sets (or with `null` clears) the clinician's dispute of one utterance's label. Only labelled
 * clinician utterances can be disputed; disputing with the model's own label clears the dispute.
 */
export function withDispute(record: CallRecord, utteranceId: string, dispute: Dispute | null): CallRecord {
  const u = record.utterances.find((x) => x.id === utteranceId);
  if (!u || u.role !== 'clinician' || u.label === undefined) return record;
  const disputes = { ...record.disputes };
  if (dispute === null || dispute.label === u.label) delete disputes[utteranceId];
  else disputes[utteranceId] = record.transcriptStored || dispute.note === undefined ? { ...dispute } : { label: dispute.label, atMs: dispute.atMs };
  return { ...record, disputes };
}

/**
 * The message shown in place of an utterance's missing text: why it was not kept. (A de-identified
 * view without text has transcriptStored false: there no line has text, whoever spoke it.)
 */
export function noTextKey(record: Pick<CallRecord, 'transcriptStored' | 'clinicianLinesOnly'>, u: Pick<StoredUtterance, 'role'>): string {
  return recordScope(record) === 'clinician' && u.role !== 'clinician' ? 'summary_not_kept_clinician_only' : 'summary_no_text';
}

/** The label in force for an utterance: the clinician's correction if disputed, else the model's. */
export function effectiveLabel(record: Pick<CallRecord, 'disputes'>, u: Pick<StoredUtterance, 'id' | 'label'>): Label | undefined {
  return record.disputes[u.id]?.label ?? u.label;
}

const ROLES: readonly Role[] = ['clinician', 'patient', 'other'];

/** Shape check for decrypted records: enough to render safely, not a full schema validation. */
export function isCallRecord(x: unknown): x is CallRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<CallRecord>;
  return (
    r.schemaVersion === CALL_RECORD_SCHEMA_VERSION &&
    typeof r.callId === 'string' &&
    typeof r.startedAt === 'number' &&
    typeof r.endedAt === 'number' &&
    Array.isArray(r.utterances) &&
    r.utterances.every((u) => typeof u?.id === 'string' && ROLES.includes(u.role) && typeof u.startMs === 'number') &&
    Array.isArray(r.prompts) &&
    typeof r.tally === 'object' && r.tally !== null &&
    typeof r.disputes === 'object' && r.disputes !== null &&
    typeof r.model === 'object' && r.model !== null &&
    typeof r.coachSettings === 'object' && r.coachSettings !== null
  );
}
