// What the side panel shows for one tab, derived from the live call (pure).
import { coachView, initCoach } from '../coach/coach';
import { DEFAULT_COACH_SETTINGS } from '../coach/types';
import type { ModelStatus } from '../messaging/protocol';
import { DEFAULT_SAFETY_PANEL_CONFIG, safetyView, type SafetyPanelConfig } from '../safety/view';
import { FEED_MAX, type PanelModel } from '../ui/panel/model';
import type { LiveCall } from './live-call';

export const SUMMARY_PATH = 'src/entries/summary/index.html';

export function summaryPath(callId?: string): string {
  return callId ? `${SUMMARY_PATH}?call=${encodeURIComponent(callId)}` : SUMMARY_PATH;
}

export function toPanelModel(
  call: LiveCall | null,
  classifier: ModelStatus,
  nowMs: number,
  endedCallId?: string,
  safetyConfig: SafetyPanelConfig = DEFAULT_SAFETY_PANEL_CONFIG,
): PanelModel {
  if (!call) {
    return {
      health: { state: 'waiting' },
      platform: null,
      classifier,
      paused: false,
      coach: coachView(initCoach(DEFAULT_COACH_SETTINGS, nowMs), nowMs),
      feed: [],
      summaryUrl: summaryPath(endedCallId),
      safety: null,
    };
  }
  return {
    health: call.health,
    platform: call.platform,
    classifier,
    paused: call.coach.paused,
    coach: coachView(call.coach, nowMs),
    feed: call.coach.utterances.slice(-FEED_MAX),
    summaryUrl: summaryPath(),
    safety: safetyView(call.safety, safetyConfig),
  };
}
