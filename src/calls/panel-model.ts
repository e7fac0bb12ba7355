// What the side panel shows for one tab, derived from the live call (pure).
import { coachView, initCoach } from '../coach/coach';
import { COLD, isColdAccess } from '../coach/cold';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../coach/types';
import { normName } from '../captions/roles';
import type { ModelStatus } from '../messaging/protocol';
import { DEFAULT_SAFETY_PANEL_CONFIG, safetyView, type SafetyPanelConfig } from '../safety/view';
import { EVIDENCE_MAX, FEED_MAX, TALLY_MAX, type PanelModel, type SpeakerRelation, type TallyTotals } from '../ui/panel/model';
import { newest } from '../ui/panel/window';
import type { CoachView } from '../coach/types';
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
  settings: CoachSettings = DEFAULT_COACH_SETTINGS,
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
  const relations: Record<string, SpeakerRelation> = {};
  for (const [n, a] of Object.entries(call.assigned ?? {})) if (a === 'interpreter' || a === 'family') relations[n] = a;
  const { coach, tally } = boundedTally(coachView(call.coach, nowMs, settings));
  const feed = newest(call.coach.utterances, FEED_MAX);
  return {
    health: call.health,
    platform: call.platform,
    classifier,
    paused: call.coach.paused,
    coach,
    tally,
    feed: feed.shown,
    feedEarlier: feed.earlier,
    summaryUrl: summaryPath(),
    rules: { lectureRunSec: settings.lectureRunSec, talkShareWindowMin: settings.talkShareWindowMin },
    selfCheck: selfToConfirm(call),
    relations,
    safety: safetyView(call.safety, safetyConfig),
  };
}

/**
 * The panel model, or null for a call state superseded before this push ran: a compacted state
 * hands its index of held utterances on to the next one (src/coach/compact.ts), and the newer
 * state's push follows anyway.
 */
export function currentModel(...args: Parameters<typeof toPanelModel>): ReturnType<typeof toPanelModel> | null {
  try {
    return toPanelModel(...args);
  } catch (e) {
    if (isColdAccess(e)) return null;
    throw e;
  }
}

/**
 * The speaker taken for the clinician from the page (Teams, Zoom, Jitsi self markers), until the
 * clinician confirms it with one click. Meet's "You" needs no confirmation; names picked in the
 * panel or stored in the options are already confirmed.
 */
export function selfToConfirm(call: LiveCall): { name: string } | null {
  if (call.platform === 'meet' || call.selfNames.length > 0 || Object.values(call.assigned ?? {}).includes('me')) return null;
  const confirmed = new Set((call.confirmedNames ?? []).map((n) => normName(n)));
  // A compacted call keeps its first clinician utterance (compact.ts); the dropped slots are skipped.
  const self = call.coach.utterances.find((u) => u !== COLD && u.role === 'clinician' && u.speaker);
  return self && !confirmed.has(normName(self.speaker)) ? { name: self.speaker } : null;
}

/**
 * The view with only the newest TALLY_MAX goals and tasks, each with at most EVIDENCE_MAX evidence
 * lines (as the bond changes), plus the whole call's counts: the model is pushed to the panel after
 * every utterance and the panel renders it, so neither the message nor the panel's DOM grows with
 * the call (a goal the patient keeps coming back to, or a long lecture run, adds evidence).
 */
export function boundedTally(view: CoachView): { coach: CoachView; tally: TallyTotals } {
  const count = (items: CoachView['goals']) => ({ total: items.length, agreed: items.filter((i) => i.state === 'agreed').length });
  const tally = { goals: count(view.goals), tasks: count(view.tasks) };
  const items = (list: CoachView['goals']) => newest(list, TALLY_MAX).shown.map(withEvidence);
  const bond = { ...view.bond, changes: view.bond.changes.map(withEvidence) };
  return { coach: { ...view, goals: items(view.goals), tasks: items(view.tasks), bond }, tally };
}

/** The first evidence line (what proposed the goal, where the run began) and the newest ones. */
function withEvidence<T extends { evidence: CoachView['goals'][number]['evidence'] }>(x: T): T {
  if (x.evidence.length <= EVIDENCE_MAX) return x;
  return { ...x, evidence: [x.evidence[0]!, ...newest(x.evidence.slice(1), EVIDENCE_MAX - 1).shown] };
}
