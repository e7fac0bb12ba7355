import { describe, expect, it } from 'vitest';
import { DEIDENTIFIED_NOTICE, deidentifyRecord, deidentifyText, nameMasks, speakerAliases } from '../../src/sessions/deidentify';
import { sampleRecord } from '../../src/sessions/sample';
import { withDispute } from '../../src/sessions/record';

const speakers = [
  { speaker: 'Dr. Anna Lee', role: 'clinician' as const },
  { speaker: 'Maria Gomez', role: 'patient' as const },
];
const names = nameMasks(speakers);
const d = (s: string) => deidentifyText(s, names);

describe('deidentifyText', () => {
  it('replaces known speaker names with their role, in any case and position', () => {
    expect(d('Maria, this is Anna.')).toBe('[PATIENT], this is [CLINICIAN].');
    expect(d('thanks maria gomez')).toBe('thanks [PATIENT] [PATIENT]');
  });

  it('masks numbers, dates, emails, phones and web addresses', () => {
    expect(d('Call 555-123-4567 or +1 (555) 987 6543.')).toBe('Call [PHONE] or [PHONE].');
    expect(d('Write to anna.lee@clinic.org today')).toBe('Write to [EMAIL] today');
    expect(d('on 12/03/2024 and 2024-03-12')).toBe('on [DATE] and [DATE]');
    expect(d('since March 3rd, 2024 and the 5th of May')).toBe('since [DATE] and the [DATE]');
    expect(d('back in July we said')).toBe('back in [DATE] we said');
    expect(d('take 20 mg twice, A1C was 7.2.')).toBe('take [NUMBER] mg twice, A1C was [NUMBER].');
    expect(d('see www.example.org/x now')).toBe('see [URL] now');
  });

  it('masks titles with names and capitalised words mid-sentence, not at a sentence start', () => {
    expect(d('I saw Dr. Patel and Mrs. Jones.')).toBe('I saw Dr. [NAME] and Mrs. [NAME].');
    expect(d('My son Peter came. Later he left.')).toBe('My son [NAME] came. Later he left.');
    expect(d("I'm fine, OK? I think so.")).toBe("I'm fine, OK? I think so.");
    expect(d('we went to Zoë’s house')).toBe('we went to [NAME] house');
  });

  it('"May" the verb is kept; "May 5" the date is masked', () => {
    expect(d('May I ask? It was May 5.')).toBe('May I ask? It was [DATE].');
  });
});

describe('speaker aliases and records', () => {
  it('aliases speakers by role in order of appearance', () => {
    const a = speakerAliases([...speakers, { speaker: 'Jo Gomez', role: 'patient' }, { speaker: 'Maria Gomez', role: 'patient' }]);
    expect([...a.entries()]).toEqual([['Dr. Anna Lee', 'Clinician'], ['Maria Gomez', 'Patient'], ['Jo Gomez', 'Patient 2']]);
    // A family name shared across roles masks as a plain name.
    expect(nameMasks([{ speaker: 'Ann Gomez', role: 'clinician' }, { speaker: 'Maria Gomez', role: 'patient' }]).get('gomez')).toBe('[NAME]');
  });

  it('de-identifies a whole record: names→roles, text masked, id and dates withheld', () => {
    const r = withDispute(sampleRecord(), 'u3', { label: 'empathic_reflection', note: 'Maria was crying', atMs: 123 });
    const x = deidentifyRecord(r, { keepText: true });
    const json = JSON.stringify(x);
    for (const phi of ['Maria', 'Anna', 'Gomez', 'Peter', '555-123-4567', 'call-sample-1', 'March 3rd']) expect(json).not.toContain(phi);
    expect(x.utterances[1]).toMatchObject({ speaker: 'Patient', text: "Yes. I'm exhausted, my son [NAME] was up all night again on [DATE]." });
    expect(x.disputes.u3).toEqual({ label: 'empathic_reflection', note: '[PATIENT] was crying', atMs: Date.UTC(2025, 0, 1) });
    expect(x.startedAt).toBe(Date.UTC(2025, 0, 1));
    expect(x.endedAt - x.startedAt).toBe(r.endedAt - r.startedAt);
    expect(x.prompts[0]?.suggestionSubs?.[0]).toContain('[NAME]');
    const bare = deidentifyRecord(r, { keepText: false });
    expect(bare.utterances.every((u) => u.text === undefined)).toBe(true);
    expect(bare.tally.goals[0]?.text).toBeUndefined();
    expect(bare.transcriptStored).toBe(false);
    expect(DEIDENTIFIED_NOTICE).toMatch(/best effort/);
  });
});
