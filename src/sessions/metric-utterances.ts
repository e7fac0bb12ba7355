// Which utterances a summary metric rests on, so a click on the metric shows them in the
// transcript. The same rules as the metrics (disputes applied): R:Q counts reflections and
// questions by form; empathy vs sympathy the two labels; talk share every clinician utterance;
// the longest unrequested-information run its utterances; goals and tasks their evidence.
import type { CoachMetrics } from '../coach/metrics';
import type { MetricName } from './metric-rows';
import { effectiveLabel, type CallRecord } from './record';
import type { RecordTally } from './summarize';

export function metricUtteranceIds(record: CallRecord, metrics: CoachMetrics, tally: RecordTally, name: MetricName): string[] {
  const clin = record.utterances.filter((u) => u.role === 'clinician');
  const ids = (() => {
    switch (name) {
      case 'reflection-to-question':
        return clin
          .filter((u) => {
            const l = effectiveLabel(record, u);
            return l === 'empathic_reflection' || l === 'question' || (l !== undefined && u.asked);
          })
          .map((u) => u.id);
      case 'empathy-vs-sympathy':
        return clin.filter((u) => ['empathic_reflection', 'sympathy'].includes(effectiveLabel(record, u) ?? '')).map((u) => u.id);
      case 'clinician-talk-share':
        return clin.map((u) => u.id);
      case 'longest-lecture-run':
        return metrics.longestLectureRun.utteranceIds;
      case 'goals':
        return tally.goals.flatMap((g) => g.evidence.map((e) => e.utteranceId));
      case 'tasks':
        return tally.tasks.flatMap((g) => g.evidence.map((e) => e.utteranceId));
    }
  })();
  const known = new Set(record.utterances.map((u) => u.id));
  return [...new Set(ids)].filter((id) => known.has(id));
}
