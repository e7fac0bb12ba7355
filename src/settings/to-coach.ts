// The coach's thresholds come from the effective settings (defaults, user, clinic policy).
import { coachSettings, PROMPT_KINDS, type CoachSettings } from '../coach/types';
import type { Settings } from './catalog';

export function toCoachSettings(s: Settings): CoachSettings {
  const kinds = new Set<string>(s.promptKinds);
  return coachSettings({
    coachingEnabled: s.coachingEnabled,
    promptKinds: Object.fromEntries(PROMPT_KINDS.map((k) => [k, kinds.has(k)])) as CoachSettings['promptKinds'],
    nudgeIntervalSec: s.nudgeIntervalSec,
    promptExpirySec: s.promptExpirySec,
    lectureRunCount: s.lectureRunCount,
    lectureRunSec: s.lectureRunSec,
    noGoalAfterMin: s.noGoalAfterMin,
    noTaskAfterMin: s.noTaskAfterMin,
    talkShareWindowMin: s.talkShareWindowMin,
    talkShareMax: s.talkShareMax,
    emotionReflectWindowSec: s.emotionReflectWindowSec,
  });
}
