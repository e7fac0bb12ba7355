// Review notes: one per call and per coaching moment, kept inside the encrypted record (update
// path), only when the call's text is kept, exported only in identified exports.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportObject } from '../../src/sessions/export';
import { NOTE_MAX, noteOf, withNote } from '../../src/sessions/notes';
import { sampleRecord } from '../../src/sessions/sample';
import { SessionStore } from '../../src/sessions/store';
import { deidentifyRecord } from '../../src/sessions/deidentify';
import { exportMarkdown } from '../../src/sessions/markdown';

describe('review notes', () => {
  it('sets, replaces and removes notes on the call and on a moment; trims and caps', () => {
    let r = withNote(sampleRecord(), { kind: 'call' }, '  more reflections  ');
    r = withNote(r, { kind: 'moment', promptId: 'p1' }, 'reflect the exhaustion');
    expect(r.notes).toEqual({ call: 'more reflections', moments: { p1: 'reflect the exhaustion' } });
    expect(noteOf(r, { kind: 'moment', promptId: 'p1' })).toBe('reflect the exhaustion');
    expect(withNote(r, { kind: 'moment', promptId: 'nope' }, 'x')).toBe(r);
    r = withNote(r, { kind: 'moment', promptId: 'p1' }, '   ');
    expect(r.notes).toEqual({ call: 'more reflections' });
    r = withNote(r, { kind: 'call' }, '');
    expect('notes' in r).toBe(false);
    expect(noteOf(withNote(r, { kind: 'call' }, 'x'.repeat(NOTE_MAX + 50)), { kind: 'call' })).toHaveLength(NOTE_MAX);
  });

  it('are not kept for a call stored without its text', () => {
    const r = sampleRecord({ storeTranscript: false });
    expect(withNote(r, { kind: 'call' }, 'note')).toBe(r);
  });

  it('are stored through the encrypted store update path and exported only when identified', async () => {
    // The store checks expiry against its clock: run it on the sample call's own day.
    const store = new SessionStore({ idb: new IDBFactory(), subtle: webcrypto.subtle as unknown as SubtleCrypto, now: () => sampleRecord().endedAt + 60_000 });
    await store.put(sampleRecord(), { retentionDays: 30 });
    const got = await store.update('call-sample-1', (x) => withNote(withNote(x, { kind: 'call' }, 'call note'), { kind: 'moment', promptId: 'p1' }, 'moment note'));
    expect(got.ok && got.record.notes).toEqual({ call: 'call note', moments: { p1: 'moment note' } });
    const again = await store.get('call-sample-1');
    expect(again.ok && again.record.notes?.call).toBe('call note');
    const rec = again.ok ? again.record : sampleRecord();
    const id = exportObject(rec, { deidentified: false, now: 0 });
    expect(id.callNote).toBe('call note');
    expect(id.coachingMoments[0]?.note).toBe('moment note');
    const de = exportObject(deidentifyRecord(rec, { keepText: true }), { deidentified: true, now: 0 });
    expect(de.callNote).toBeNull();
    expect(de.coachingMoments[0]?.note).toBeNull();
    expect(JSON.stringify(de)).not.toContain('moment note');
    const t = (k: string) => k;
    const md = exportMarkdown(rec, { deidentified: false, t });
    expect(md).toContain('summary_note_moment: moment note');
    expect(md).toContain('## summary_notes_title\n\ncall note');
    const mdDe = exportMarkdown(deidentifyRecord(rec, { keepText: true }), { deidentified: true, t });
    expect(mdDe).not.toMatch(/moment note|call note/);
  });
});
