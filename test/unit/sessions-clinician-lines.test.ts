// "Keep only the clinician's lines": the middle transcript choice. Saved records, both export
// formats (identified and de-identified) and the figures built from them must hold no text the
// patient said, while the clinician's lines keep theirs and the metrics stay what the full text gave.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoachState, LabelledUtterance } from '../../src/coach/types';
import { computeTally } from '../../src/coach/tally';
import { wordCount } from '../../src/coach/text';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { exportCall } from '../../src/sessions/export';
import { buildRecord, recordScope, transcriptScope, withDispute, type CallRecord, type RecordPolicy } from '../../src/sessions/record';
import { sampleCoachState, sampleRecord, SAMPLE_UTTERANCES } from '../../src/sessions/sample';
import { callMetrics } from '../../src/sessions/progress';
import { coachUtterances, recordMetrics, recordTally } from '../../src/sessions/summarize';
import { withNote } from '../../src/sessions/notes';
import { lookupFromMessages, makeT, type MessageEntry } from '../../src/ui/common/i18n';

const messages = (lang: string) => JSON.parse(readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, MessageEntry>;
const t = makeT(lookupFromMessages(messages('en')));
const CLINICIAN_ONLY: RecordPolicy = { storeTranscript: true, clinicianLinesOnly: true };
const NOW = Date.UTC(2025, 2, 4);

const patientTexts = SAMPLE_UTTERANCES.filter((u) => u.role !== 'clinician').map((u) => u.text);
const clinicianTexts = SAMPLE_UTTERANCES.filter((u) => u.role === 'clinician').map((u) => u.text);
// Words only the patient said (or the coach quoted from the patient), and the patient's full name.
const PATIENT_ONLY = ['Maria Gomez', 'Gomez', 'exhausted', 'Peter', 'March 3rd', '555-123-4567', '<b>bold</b>', 'sleep through the night', 'definitely'];

function expectNoPatientText(s: string, where: string) {
  for (const text of patientTexts) expect(s, `${where}: ${text}`).not.toContain(text);
  for (const w of PATIENT_ONLY) expect(s, `${where}: ${w}`).not.toContain(w);
}

describe('transcript scope', () => {
  it('maps the two settings onto none / clinician / full, old records included', () => {
    expect(transcriptScope({ storeTranscript: false, clinicianLinesOnly: true })).toBe('none');
    expect(transcriptScope({ storeTranscript: false })).toBe('none');
    expect(transcriptScope({ storeTranscript: true })).toBe('full');
    expect(transcriptScope(CLINICIAN_ONLY)).toBe('clinician');
    expect(recordScope({ transcriptStored: true })).toBe('full');
    expect(recordScope(sampleRecord(CLINICIAN_ONLY))).toBe('clinician');
    expect(recordScope(sampleRecord({ storeTranscript: false, clinicianLinesOnly: true }))).toBe('none');
  });
});

describe("buildRecord with the clinician's lines only", () => {
  const r = sampleRecord(CLINICIAN_ONLY);

  it('keeps the clinician lines as text and the patient lines as role, timing and word count only', () => {
    expect(r.transcriptStored).toBe(true);
    expect(r.clinicianLinesOnly).toBe(true);
    for (const u of r.utterances) {
      const src = SAMPLE_UTTERANCES.find((x) => x.id === u.id)!;
      expect(u.words).toBeGreaterThan(0);
      expect({ role: u.role, startMs: u.startMs, endMs: u.endMs }).toEqual({ role: src.role, startMs: src.startMs, endMs: src.endMs });
      if (u.role === 'clinician') {
        expect(u.text).toBe(src.text);
        expect(u.speaker).toBe('Dr. Anna Lee');
      } else {
        expect(u).not.toHaveProperty('text');
        expect(u.speaker).toBe('Patient');
      }
    }
    // Prompt substitutions quote the patient; a goal the patient worded loses its text, a task the
    // clinician proposed keeps it.
    expect(r.prompts[0]).not.toHaveProperty('suggestionSubs');
    expect(r.tally.goals[0]).not.toHaveProperty('text');
    expect(r.tally.tasks[0]?.text).toBe('keep a sleep diary, review in two weeks');
    expectNoPatientText(JSON.stringify(r), 'record');
    for (const text of clinicianTexts) expect(JSON.stringify(r)).toContain(JSON.stringify(text).slice(1, -1));
  });

  it('a goal the patient proposed keeps no text even when the tally names a clinician utterance', () => {
    const state = sampleCoachState();
    state.tally.goals[0] = { ...state.tally.goals[0]!, id: 'goal:u10', evidence: [{ utteranceId: 'u10', why: 'patient-proposed' }] };
    const rec = buildRecord({ callId: 'c', platform: 'meet', startedAt: 0, endedAt: 1, endReason: 'left', state, model: { version: 'v', sha256: 's' } }, CLINICIAN_ONLY);
    expect(rec.tally.goals[0]).not.toHaveProperty('text');
  });

  it('keeps clinician notes and dispute notes (the clinician wrote them), as with the full transcript', () => {
    const d = withNote(withDispute(r, 'u3', { label: 'empathic_reflection', note: 'I reflected', atMs: 2 }), { kind: 'call' }, 'Follow up');
    expect(d.disputes.u3?.note).toBe('I reflected');
    expect(d.notes?.call).toBe('Follow up');
  });
});

describe("exports of a call that kept only the clinician's lines", () => {
  const r = sampleRecord(CLINICIAN_ONLY);
  const open = { exportsAllowed: true, deidentifiedExportsOnly: false };

  it('contain no patient text in JSON or Markdown, identified or de-identified', () => {
    for (const format of ['json', 'markdown'] as const) {
      for (const deidentified of [false, true]) {
        const f = exportCall(r, { format, deidentified }, open, t, NOW);
        expect(f, `${format} ${deidentified}`).not.toBeNull();
        expectNoPatientText(f!.content, `${format} deidentified=${deidentified}`);
      }
    }
  });

  it('say so: the clinician lines are there, the patient lines are marked as not kept', () => {
    const json = JSON.parse(exportCall(r, { format: 'json', deidentified: false }, open, t, NOW)!.content);
    expect(json.transcriptIncluded).toBe(true);
    expect(json.patientTextIncluded).toBe(false);
    expect(json.utterances.find((u: { id: string }) => u.id === 'u7').text).toBe('It sounds like these nights have been wearing you down.');
    expect(json.utterances.find((u: { id: string }) => u.id === 'u2')).toMatchObject({ role: 'patient', speaker: 'Patient', text: null, words: wordCount(SAMPLE_UTTERANCES[1]!.text) });
    const md = exportCall(r, { format: 'markdown', deidentified: false }, open, t, NOW)!.content;
    expect(md).toContain("Patient**: (not kept: only the clinician's lines are kept for this call)");
    expect(md).toContain('It sounds like these nights have been wearing you down.');
    // Under "de-identified exports only" no line has text, and none claims the clinician's were kept.
    const strict = exportCall(r, { format: 'markdown', deidentified: true }, { exportsAllowed: true, deidentifiedExportsOnly: true }, t, NOW)!.content;
    expect(strict).not.toContain("only the clinician's lines");
    expect(strict).not.toContain('It sounds like these nights');
    // The full transcript, as a control: the same check finds the patient's words there.
    const full = exportCall(sampleRecord(), { format: 'markdown', deidentified: false }, open, t, NOW)!.content;
    expect(full).toContain('exhausted');
    expect(JSON.parse(exportCall(sampleRecord(), { format: 'json', deidentified: false }, open, t, NOW)!.content).patientTextIncluded).toBe(true);
  });
});

// A call where the only thing that decides a metric is what the patient said: the clinician asks
// permission to share information, the patient declines in two words, the clinician lectures for
// 40 s. Declined permission makes the lecture unrequested (a long run, bond -1); read as neutral,
// the permission would cover it.
function declinedPermissionState(): CoachState {
  const mk = (id: string, role: 'clinician' | 'patient', s: number, e: number, text: string, label?: LabelledUtterance['label']): LabelledUtterance => ({
    id, speaker: role === 'clinician' ? 'Dr. Lee' : 'Sam Patient', role, text, startMs: s * 1000, endMs: e * 1000, revision: 0, ...(label ? { label } : {}),
  });
  const utterances = [
    mk('a1', 'clinician', 0, 4, 'Could I share some information about sleep and blood pressure?', 'question'),
    mk('a2', 'patient', 5, 6, 'Not really.'),
    mk('a3', 'clinician', 7, 27, 'Sleep loss raises blood pressure and makes the heart work harder through the night, which over months adds up.', 'lecture'),
    mk('a4', 'clinician', 28, 48, 'Caffeine after two in the afternoon keeps you awake, and alcohol breaks sleep in the second half of the night too.', 'lecture'),
    mk('a5', 'patient', 49, 55, 'I would like to cut down on coffee after lunch.'),
    mk('a6', 'clinician', 56, 60, "Let's make that your goal for this month.", 'goal_setting'),
  ];
  const base = sampleCoachState();
  return { ...base, nowMs: 61_000, seq: utterances.length, utterances, history: [], tally: computeTally(utterances, DEFAULT_COACH_SETTINGS) };
}

describe("metrics of a call that kept only the clinician's lines", () => {
  const build = (policy: RecordPolicy) =>
    buildRecord({ callId: 'm', platform: 'meet', startedAt: 0, endedAt: 61_000, endReason: 'left', state: declinedPermissionState(), model: { version: 'v', sha256: 's' } }, policy);
  const full = build({ storeTranscript: true });
  const clin = build(CLINICIAN_ONLY);

  it('equal the figures the full transcript gives, including what needed the patient words', () => {
    expect(clin.utterances.find((u) => u.id === 'a2')).toMatchObject({ dissent: true, words: 2 });
    expect(clin.utterances.find((u) => u.id === 'a2')).not.toHaveProperty('text');
    const m = recordMetrics(full);
    expect(m.longestLectureRun.seconds).toBeGreaterThanOrEqual(30); // the declined permission counts
    expect(recordMetrics(clin)).toEqual(m);
    expect(recordTally(clin).bond).toEqual(recordTally(full).bond);
    expect(recordTally(full).bond.changes.map((c) => c.kind)).toContain('lecture-run');
    // Goals come from the snapshot made with the patient's words (their proposal, then confirmed).
    expect(recordTally(clin).recomputed).toBe(false);
    expect(recordMetrics(clin).goals).toEqual({ proposed: 1, agreed: 1 });
    expect(callMetrics(clin)).toEqual({ ...callMetrics(full) });
  });

  it('would differ without the dissent measured at build time (the test can fail)', () => {
    const lost: CallRecord = { ...clin, utterances: clin.utterances.map(({ dissent: _d, ...u }) => u) };
    expect(recordMetrics(lost).longestLectureRun.seconds).toBeLessThan(recordMetrics(full).longestLectureRun.seconds);
    // The stand-in reads as a dissent only when the record says so.
    expect(coachUtterances(clin).find((u) => u.id === 'a2')?.text).toBe('no w');
    expect(coachUtterances(lost).find((u) => u.id === 'a2')?.text).toBe('w w');
  });
});
