// Three invented calls a week apart (no real person) for the Progress view's tests and demo: the
// same short visit with the clinician improving (more reflections, less unrequested information,
// a goal agreed), the third kept without its transcript, with a corrected label.
import type { Label } from '../classifier/labels';
import type { CoachState } from '../coach/types';
import { buildRecord, withDispute, type CallRecord } from './record';
import { SAMPLE_STARTED_AT, sampleCoachState } from './sample';

const WEEK = 7 * 86_400_000;
const MODEL = { version: '0.1.0', sha256: 'ab'.repeat(32) };

function relabel(state: CoachState, labels: Record<string, Label>): CoachState {
  return { ...state, utterances: state.utterances.map((u) => (labels[u.id] ? { ...u, label: labels[u.id] } : u)) };
}

function call(i: number, state: CoachState, storeTranscript: boolean, base: number): CallRecord {
  const startedAt = base + i * WEEK;
  return buildRecord(
    { callId: `progress-call-${i + 1}`, platform: 'meet', startedAt, endedAt: startedAt + 95_000, endReason: 'left', state, model: MODEL },
    { storeTranscript },
  );
}

/** @param base when the first call started (epoch ms); the others follow a week apart. */
export function progressSampleRecords(base = SAMPLE_STARTED_AT): CallRecord[] {
  const first = call(0, sampleCoachState(), true, base);
  // Week 2: the lecture became a reflection and the prompt was acted on.
  const s2 = relabel(sampleCoachState(), { u5: 'empathic_reflection' });
  s2.history = s2.history.map((p) => ({ ...p, outcome: 'resolved' }));
  const second = call(1, s2, true, base);
  // Week 3: no lecture at all, the goal agreed, the prompt dismissed; kept without the transcript,
  // and the clinician corrected one label (the greeting was a question).
  const s3 = relabel(sampleCoachState(), { u4: 'empathic_reflection', u5: 'empathic_reflection' });
  s3.history = s3.history.map((p) => ({ ...p, outcome: 'dismissed' }));
  s3.tally = { ...s3.tally, goals: s3.tally.goals.map((g) => ({ ...g, state: 'agreed' })) };
  const third = withDispute(call(2, s3, false, base), 'u1', { label: 'question', atMs: base + 2 * WEEK + 200_000 });
  return [first, second, third];
}
