// The clinician's review notes: one on the whole call and one per coaching moment, stored inside
// the call's encrypted record (SessionStore.update re-encrypts under a fresh key). A note is the
// clinician's own writing but may mention the patient, so it follows the dispute-note rule: it is
// kept only when the call's caption text is kept (storeTranscript), never in metrics-only rows or
// the pilot report. Pure.
import type { CallRecord, ReviewNotes } from './record';

export const NOTE_MAX = 2000;

export type NoteTarget = { kind: 'call' } | { kind: 'moment'; promptId: string };

/** Whether notes can be kept for this call (the transcript was stored). */
export function notesAllowed(record: Pick<CallRecord, 'transcriptStored'>): boolean {
  return record.transcriptStored;
}

export function noteOf(record: Pick<CallRecord, 'notes'>, target: NoteTarget): string {
  return (target.kind === 'call' ? record.notes?.call : record.notes?.moments?.[target.promptId]) ?? '';
}

/**
 * Sets (or with an empty text, removes) one note. Text is trimmed and capped at NOTE_MAX; a note on
 * an unknown moment, or on a call kept without its transcript, leaves the record unchanged.
 */
export function withNote(record: CallRecord, target: NoteTarget, text: string): CallRecord {
  if (!notesAllowed(record)) return record;
  if (target.kind === 'moment' && !record.prompts.some((p) => p.id === target.promptId)) return record;
  const clean = text.trim().slice(0, NOTE_MAX);
  const notes: ReviewNotes = { ...(record.notes?.call ? { call: record.notes.call } : {}), moments: { ...(record.notes?.moments ?? {}) } };
  if (target.kind === 'call') {
    if (clean) notes.call = clean;
    else delete notes.call;
  } else if (clean) notes.moments![target.promptId] = clean;
  else delete notes.moments![target.promptId];
  if (Object.keys(notes.moments!).length === 0) delete notes.moments;
  const { notes: _old, ...rest } = record;
  return Object.keys(notes).length ? { ...rest, notes } : rest;
}
