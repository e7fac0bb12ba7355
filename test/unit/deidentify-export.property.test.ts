// Finding 2: de-identified exports leaked the call's start time (utterance ids were
// `${callStart}-n`, and goal, task and prompt ids, evidence, causeIds and disputes repeat them).
// Property: for random calls built the real way (captions through the real segmenter, roles from the
// real role book, the real coach reducer, buildRecord, a dispute with a note), the de-identified
// JSON and Markdown exports contain no run of 10 or more digits, no date finer than a year (so
// nothing finer than a day), and none of the speakers' or the patient's names.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRoleBook } from '../../src/captions/roles';
import { createSegmenter } from '../../src/captions/segmenter';
import type { Utterance } from '../../src/captions/types';
import { LABELS } from '../../src/classifier/labels';
import { initCoach, reduceCoach } from '../../src/coach/coach';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { newCallId } from '../../src/calls/live-call';
import { exportCall } from '../../src/sessions/export';
import { buildRecord, withDispute } from '../../src/sessions/record';
import { lookupFromMessages, makeT, type MessageEntry } from '../../src/ui/common/i18n';

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, MessageEntry>;
const t = makeT(lookupFromMessages(en));
const model = JSON.parse(readFileSync(new URL('../../models/manifest.json', import.meta.url), 'utf8')) as { sha256: string };

const FIRST = ['Anna', 'Kevin', 'Maria', 'John', 'Sarah', 'David', 'Emily', 'Carlos', 'Lucia', 'Robert', 'Linda', 'James', 'Jessica', 'Michael', 'Laura'];
const LAST = ['Lee', 'Gomez', 'Smith', 'Patel', 'Jones', 'Brown', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Martinez', 'Taylor'];
const OTHERS = ['Peter', 'Sophia', 'Daniel', 'Olivia', 'Thomas', 'Grace'];

// What a clinician and a patient say, with names, dates and numbers where people say them.
const CLINICIAN_LINES = [
  'Hi {p}, can you hear me okay?',
  'It sounds like the nights have been hard, {p}.',
  'What would you like to be different by next month?',
  'Would you be willing to keep a diary until March 3rd?',
  'This is Dr. {cl}, I will see you on the 12th of May.',
  'How has the knee been since {o} came to stay?',
  'So you feel tired most days, {pl} family has noticed too.',
  'Let us meet again on 2025-06-01 at 3 pm.',
];
const PATIENT_LINES = [
  "Yes. I'm exhausted, {o} was up all night again.",
  'my name is {p} {pl} and I was born on the twelfth of march nineteen fifty two.',
  '{p} here, call me on 555-123-4567 or {p}.{pl}@example.com.',
  'I am ninety three and my MRN is 00482913.',
  'Dr. {cl} said I should rest. {cf} was right.',
  'I live on elm street in springfield with {o}.',
  'Okay.',
];

const callArb = fc.record({
  callStart: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }),
  clinician: fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST), meetYou: fc.boolean() }),
  patient: fc.record({ first: fc.constantFrom(...FIRST), last: fc.constantFrom(...LAST) }),
  other: fc.constantFrom(...OTHERS),
  turns: fc.array(fc.record({ clinician: fc.boolean(), line: fc.nat(), gapMs: fc.integer({ min: 2000, max: 60_000 }), label: fc.constantFrom(...LABELS) }), { minLength: 2, maxLength: 14 }),
  disputeNote: fc.boolean(),
});

type Call = typeof callArb extends fc.Arbitrary<infer C> ? C : never;

function build(c: Call) {
  const clinicianName = c.clinician.meetYou ? 'You' : `Dr. ${c.clinician.first} ${c.clinician.last}`;
  const patientName = `${c.patient.first} ${c.patient.last}`;
  const fill = (line: string) =>
    line.replaceAll('{p}', c.patient.first).replaceAll('{pl}', c.patient.last).replaceAll('{cl}', c.clinician.last).replaceAll('{cf}', c.clinician.first).replaceAll('{o}', c.other);
  const book = createRoleBook({ selfNames: [clinicianName] });
  const seg = createSegmenter({ callStart: c.callStart, roleOf: (s) => book.roleOf(s) });
  const utterances: Utterance[] = [];
  let now = c.callStart;
  c.turns.forEach((turn, i) => {
    const lines = turn.clinician ? CLINICIAN_LINES : PATIENT_LINES;
    const text = fill(lines[turn.line % lines.length]!);
    now += turn.gapMs;
    utterances.push(...seg.push([{ blockKey: `b${i}`, speaker: turn.clinician ? clinicianName : patientName, text }], now));
    utterances.push(...seg.tick(now + 1600));
  });
  utterances.push(...seg.flush(now + 5000));
  let coach = initCoach(DEFAULT_COACH_SETTINGS, c.callStart);
  utterances.forEach((u, i) => {
    const label = u.role === 'clinician' ? c.turns[i % c.turns.length]!.label : undefined;
    coach = reduceCoach(coach, { type: 'utterance', utterance: { ...u, ...(label ? { label } : {}) } }, DEFAULT_COACH_SETTINGS);
    coach = reduceCoach(coach, { type: 'tick', nowMs: u.endMs + 1000 }, DEFAULT_COACH_SETTINGS);
  });
  let record = buildRecord(
    { callId: newCallId('meet', 7, c.callStart), platform: 'meet', startedAt: c.callStart, endedAt: now + 5000, endReason: 'left', state: coach, model: { version: 'test', sha256: model.sha256 } },
    { storeTranscript: true },
  );
  const disputed = record.utterances.find((u) => u.role === 'clinician' && u.label !== undefined && u.label !== 'other');
  if (disputed) record = withDispute(record, disputed.id, { label: 'other', atMs: now + 9000, ...(c.disputeNote ? { note: `${c.patient.first} disagreed with ${c.clinician.last}` } : {}) });
  return { record, names: [c.clinician.first, c.clinician.last, c.patient.first, c.patient.last, c.other, ...(c.clinician.meetYou ? [] : [])] };
}

describe('de-identified exports (finding 2, property)', () => {
  it('no 10+ digit run, no date finer than a year, no speaker or patient name', () => {
    fc.assert(
      fc.property(callArb, (c) => {
        const { record, names } = build(c);
        expect(record.utterances.length).toBeGreaterThan(0);
        for (const format of ['json', 'markdown'] as const) {
          const file = exportCall(record, { format, deidentified: true }, { exportsAllowed: true, deidentifiedExportsOnly: false }, t, c.callStart + 86_400_000);
          expect(file).not.toBeNull();
          // The model's own hash is not about the call; everything else is checked.
          const text = file!.content.replaceAll(model.sha256, '<model>');
          expect(text, 'a run of 10+ digits').not.toMatch(/\d{10,}/);
          expect(text, 'the start time in base 36').not.toContain(c.callStart.toString(36));
          expect(text, 'a day-precise date').not.toMatch(/\b\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/);
          const day = new Date(c.callStart);
          expect(text).not.toContain(day.toISOString().slice(0, 10));
          for (const n of names) expect(text, `name ${n}`).not.toMatch(new RegExp(`\\b${n}\\b`, 'i'));
          expect(text).toMatch(/best effort/);
        }
      }),
      {
        numRuns: 60,
        // Found by CI: three lecture lines summed to 11.600000000000001 s, a 15-digit run in the export.
        examples: [[{ callStart: 1420070400000, clinician: { first: 'Anna', last: 'Lee', meetYou: false }, patient: { first: 'Anna', last: 'Lee' }, other: 'Peter', turns: [{ clinician: true, line: 144529308, gapMs: 2000, label: 'lecture' }, { clinician: true, line: 0, gapMs: 2000, label: 'lecture' }, { clinician: true, line: 1676472190, gapMs: 2000, label: 'lecture' }, { clinician: false, line: 0, gapMs: 2000, label: 'empathic_reflection' }], disputeNote: false }]],
      },
    );
  });
});
