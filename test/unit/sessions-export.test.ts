import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupFromMessages, makeT, type MessageEntry } from '../../src/ui/common/i18n';
import { allowedExports, exportCall, exportObject, EXPORT_SCHEMA_VERSION } from '../../src/sessions/export';
import { exportMarkdown, mdText } from '../../src/sessions/markdown';
import { withDispute } from '../../src/sessions/record';
import { sampleRecord } from '../../src/sessions/sample';
import { coachUtterances, recordMetrics, recordTally, tallySeries } from '../../src/sessions/summarize';
import { computeMetrics } from '../../src/coach/metrics';

const en = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, MessageEntry>;
const t = makeT(lookupFromMessages(en));
const NOW = Date.UTC(2025, 2, 4);
const open = { exportsAllowed: true, deidentifiedExportsOnly: false };

describe('summary figures', () => {
  it('match the coach metrics on the same utterances, with and without a transcript', () => {
    const withText = recordMetrics(sampleRecord());
    const noText = recordMetrics(sampleRecord({ storeTranscript: false }));
    expect(withText).toEqual(computeMetrics(coachUtterances(sampleRecord())));
    // Word counts and question form survive without text, so every figure but agreement matches.
    expect({ ...noText, goals: null, tasks: null }).toEqual({ ...withText, goals: null, tasks: null });
    expect(withText.reflections).toBe(1);
    expect(withText.sympathy).toBe(1);
    expect(withText.longestLectureRun.count).toBe(2);
  });

  it('recompute with disputes: a sympathy corrected to a reflection counts as a reflection', () => {
    const r = withDispute(sampleRecord(), 'u3', { label: 'empathic_reflection', atMs: 1 });
    expect(recordMetrics(r).reflections).toBe(2);
    expect(recordMetrics(r).sympathy).toBe(0);
    expect(recordMetrics(r, false).reflections).toBe(1);
  });

  it('without a transcript, goals/tasks come from the snapshot, adjusted for disputes', () => {
    const r = sampleRecord({ storeTranscript: false });
    expect(recordTally(r).recomputed).toBe(false);
    expect(recordMetrics(r).tasks).toEqual({ proposed: 1, agreed: 1 });
    const d = withDispute(r, 'u11', { label: 'question', atMs: 1 });
    expect(recordMetrics(d).tasks).toEqual({ proposed: 0, agreed: 0 });
    const g = withDispute(r, 'u13', { label: 'goal_setting', atMs: 1 });
    expect(recordMetrics(g).goals.proposed).toBe(2);
  });

  it('tally series starts at zero and ends at the call end', () => {
    const r = sampleRecord();
    const s = tallySeries(r, recordTally(r));
    expect(s[0]).toMatchObject({ t: 0, goals: 0, tasks: 0, bond: 0 });
    expect(s[s.length - 1]?.t).toBe(95_000);
    expect(s[s.length - 1]?.tasksAgreed).toBeGreaterThanOrEqual(0);
  });
});

describe('JSON export', () => {
  it('has the versioned schema shape', () => {
    const x = exportObject(sampleRecord(), { deidentified: false, t, now: NOW });
    expect(x.schemaVersion).toBe(EXPORT_SCHEMA_VERSION);
    expect(x.schemaVersion).toBe(1);
    expect(x.format).toBe('alliance-coach/call-export');
    expect(Object.keys(x).sort()).toEqual(
      ['bond', 'call', 'callNote', 'coachingMoments', 'coverage', 'deidentificationNote', 'deidentified', 'disputes', 'disputesApplied', 'exportedAt', 'format', 'goals', 'goalsTasksRecomputed', 'metrics', 'metricsAsLabelled', 'model', 'patientTextIncluded', 'safetyMoments', 'schemaVersion', 'tasks', 'transcriptIncluded', 'utterances'].sort(),
    );
    expect(Object.keys(x.metrics).sort()).toEqual(['byLabel', 'clinicianTalkShare', 'empathyVsSympathy', 'goals', 'longLectureRuns', 'longestLectureRun', 'reflectionToQuestion', 'tasks']);
    expect(x.metrics.reflectionToQuestion).toMatchObject({ fair: 1, good: 2 });
    expect(x.call).toMatchObject({ callId: 'call-sample-1', platform: 'meet', startedAt: '2025-03-03T14:00:00.000Z', year: 2025, durationSec: 95, endReason: 'left' });
    expect(x.utterances[0]).toEqual({ id: 'u1', role: 'clinician', speaker: 'Dr. Anna Lee', startSec: 0, endSec: 4, words: 7, askedAsQuestion: true, label: 'other', correctedLabel: null, text: 'Hi Maria, can you hear me okay?' });
    expect(x.coachingMoments[0]?.suggestion).toContain('It sounds like');
    expect(x.model.perLabelF1).toMatchObject({ question: 0.9 });
    // The whole export survives a JSON round trip unchanged (no Dates, Maps or undefined values).
    expect(JSON.parse(JSON.stringify(x))).toEqual(x);
  });

  it('records disputes with the model label and the correction', () => {
    const r = withDispute(sampleRecord(), 'u4', { label: 'task_agreement', note: 'plan', atMs: NOW });
    const x = exportObject(r, { deidentified: false, t, now: NOW });
    expect(x.disputes).toEqual([{ utteranceId: 'u4', modelLabel: 'lecture', label: 'task_agreement', note: 'plan', at: new Date(NOW).toISOString() }]);
    expect(x.utterances.find((u) => u.id === 'u4')?.correctedLabel).toBe('task_agreement');
    expect(x.disputesApplied).toBe(1);
  });

  it('follows the export policy', () => {
    expect(allowedExports({ exportsAllowed: false, deidentifiedExportsOnly: false })).toEqual({ identified: false, deidentified: false });
    expect(allowedExports({ exportsAllowed: true, deidentifiedExportsOnly: true })).toEqual({ identified: false, deidentified: true });
    expect(exportCall(sampleRecord(), { format: 'json', deidentified: false }, { exportsAllowed: false, deidentifiedExportsOnly: false }, t, NOW)).toBeNull();
    expect(exportCall(sampleRecord(), { format: 'json', deidentified: false }, { exportsAllowed: true, deidentifiedExportsOnly: true }, t, NOW)).toBeNull();
    const forced = exportCall(sampleRecord(), { format: 'json', deidentified: true }, { exportsAllowed: true, deidentifiedExportsOnly: true }, t, NOW);
    const parsed = JSON.parse(forced!.content) as ReturnType<typeof exportObject>;
    // The policy promises "labels and metrics only": no text at all, not even masked.
    expect(parsed.transcriptIncluded).toBe(false);
    expect(parsed.utterances.every((u) => u.text === null)).toBe(true);
    expect(forced!.content).not.toMatch(/Maria|Anna|Peter|Gomez|Lee\b|2025-03-03/);
    const file = exportCall(sampleRecord(), { format: 'json', deidentified: false }, open, t, NOW);
    expect(file).toMatchObject({ filename: 'alliance-call-2025-03-03-meet.json', mime: 'application/json' });
  });

  it('a de-identified export the user picks keeps masked text and says "best-effort"', () => {
    const file = exportCall(sampleRecord(), { format: 'json', deidentified: true }, open, t, NOW)!;
    const x = JSON.parse(file.content) as ReturnType<typeof exportObject>;
    expect(x.deidentified).toBe(true);
    expect(x.deidentificationNote).toMatch(/best effort/);
    expect(x.call.callId).toBeNull();
    expect(x.call.startedAt).toBeNull();
    expect(x.exportedAt).toBeNull();
    expect(x.utterances[0]?.speaker).toBe('Clinician');
    expect(x.utterances[0]?.text).toBe('Hi [PATIENT], can you hear me okay?');
    expect(file.content).not.toMatch(/Maria|Anna|Peter|555-123-4567|March 3rd/);
    expect(file.filename).toBe('alliance-call-deidentified.json');
  });
});

describe('Markdown export', () => {
  it('has the metrics table with MITI bands, goals/tasks, moments, disputes and transcript', () => {
    const r = withDispute(sampleRecord(), 'u3', { label: 'empathic_reflection', atMs: NOW });
    const md = exportMarkdown(r, { deidentified: false, t });
    expect(md).toContain('# Call summary');
    expect(md).toContain('| Metric | Value | MITI fair | MITI good | Model accuracy on real speech |');
    // Questions by form whatever the label ("can you hear me okay?" is labelled other), said in the
    // row; five reflections and questions are too few for a MITI band.
    expect(md).toMatch(/\| Reflection-to-question ratio \| 0\.5:1 \(2 reflections \/ 4 questions\); counted: 1 other asked as questions, 1 goal setting asked as questions, 1 task agreement asked as questions, 1 questions \(too few to rate: fewer than 10 reflections and questions\) \| 1:1 \| 2:1 \| empathic reflection F1 0\.81 \(n 40\)/);
    // The accuracy says what it was measured on: real speech, not written text.
    expect(md).toContain('measured on 1247 real clinician turns');
    expect(md).toMatch(/\| Clinician talk share \| \d+% \|  \|  \| from word counts, not labels \|/);
    expect(md).toContain('Computed on 1.4 minutes of captioned speech.');
    expect(md).toContain('## Goals and tasks');
    expect(md).toMatch(/- Task \(agreed\): Would you be willing to keep a sleep diary/);
    expect(md).toContain('## Coaching moments');
    expect(md).toContain('A better phrasing: Try: “It sounds like you\'re exhausted, your son Peter was up all night…”');
    expect(md).toContain('## Disputed labels');
    expect(md).toMatch(/\| u3 \| sympathy \| empathic reflection \|/);
    expect(md).toContain('Figures include 1 label corrections');
    expect(md).toContain('## Transcript');
    expect(md).toContain('not the alliance itself');
  });

  it('escapes caption text so it cannot become HTML or Markdown', () => {
    const md = exportMarkdown(sampleRecord(), { deidentified: false, t });
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;b&gt;bold&lt;/b&gt;');
    expect(mdText('a | b *c* [x](y) <i>\n_d_')).toBe('a \\| b \\*c\\* \\[x\\](y) &lt;i&gt; \\_d\\_');
    // Finding 10: bare URLs, www. links, emails and link-like display names cannot become links.
    for (const [input, out] of [
      ['see https://evil.example/x now', 'see https\\[:\\]//evil\\[.\\]example/x now'],
      ['go to www.evil.org', 'go to www\\[.\\]evil\\[.\\]org'],
      ['mariagomez.com', 'mariagomez\\[.\\]com'],
      ['mail bob@evil.org', 'mail bob\\[@\\]evil\\[.\\]org'],
      ['javascript:alert(1)', 'javascript\\[:\\]alert(1)'],
      ['3.5 mg, e.g. fine', '3.5 mg, e.g. fine'],
    ] as const) expect(mdText(input)).toBe(out);
  });

  it('without a transcript: no transcript section, "(text not kept)" in moments', () => {
    const md = exportMarkdown(sampleRecord({ storeTranscript: false }), { deidentified: false, t });
    expect(md).not.toContain('## Transcript');
    expect(md).toContain('(text not kept)');
    expect(md).not.toMatch(/Maria|exhausted/);
  });

  it('de-identified Markdown states best-effort and shows only the year', () => {
    const md = exportCall(sampleRecord(), { format: 'markdown', deidentified: true }, open, t, NOW)!.content;
    expect(md).toMatch(/best effort/);
    expect(md).toContain('Date: 2025');
    expect(md).not.toMatch(/Maria|Anna|Peter|14:00/);
  });
});
