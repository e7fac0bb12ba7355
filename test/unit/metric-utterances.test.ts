// "Show me the utterances behind this figure": the same rules as the metrics, disputes applied,
// with and without the transcript.
import { describe, expect, it } from 'vitest';
import { metricUtteranceIds } from '../../src/sessions/metric-utterances';
import { withDispute, type CallRecord } from '../../src/sessions/record';
import { sampleRecord } from '../../src/sessions/sample';
import { recordMetrics, recordTally } from '../../src/sessions/summarize';

const ids = (r: CallRecord, name: Parameters<typeof metricUtteranceIds>[3]) => metricUtteranceIds(r, recordMetrics(r), recordTally(r), name);

describe('metricUtteranceIds', () => {
  it('R:Q: reflections and questions by form (the greeting asks, the goal and task are asked)', () => {
    expect(ids(sampleRecord(), 'reflection-to-question')).toEqual(['u1', 'u7', 'u9', 'u11', 'u13']);
    expect(recordMetrics(sampleRecord())).toMatchObject({ reflections: 1, questions: 4 });
  });

  it('follows corrections: a sympathy relabelled as a reflection joins R:Q and stays in empathy vs sympathy', () => {
    const r = withDispute(sampleRecord(), 'u3', { label: 'empathic_reflection', atMs: 1 });
    expect(ids(r, 'reflection-to-question')).toContain('u3');
    expect(ids(r, 'empathy-vs-sympathy')).toEqual(['u3', 'u7']);
  });

  it('talk share: every clinician utterance; lecture: the longest run; goals and tasks: their evidence', () => {
    const r = sampleRecord();
    expect(ids(r, 'clinician-talk-share')).toEqual(['u1', 'u3', 'u4', 'u5', 'u7', 'u9', 'u11', 'u13']);
    expect(ids(r, 'longest-lecture-run')).toEqual(['u4', 'u5']);
    expect(ids(r, 'goals')).toEqual(['u9', 'u10']);
    expect(ids(r, 'tasks')).toEqual(['u11', 'u12']);
  });

  it('works on a call kept without its transcript (goals and tasks from the snapshot)', () => {
    const r = sampleRecord({ storeTranscript: false });
    expect(ids(r, 'reflection-to-question')).toEqual(['u1', 'u7', 'u9', 'u11', 'u13']);
    expect(ids(r, 'goals')).toEqual(['u9', 'u10']);
    expect(ids(r, 'longest-lecture-run')).toEqual(['u4', 'u5']);
  });
});
