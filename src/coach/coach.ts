// The coach reducer: (state, event, settings) -> state, pure and deterministic. Time only comes in
// events (utterance endMs, tick nowMs), so the service worker can replay or resume it freely.
// When an event changes nothing (most ticks) the same state object is returned, so the caller can
// skip persisting and re-rendering with a reference check.
import { choose, showingOf } from './prompts';
import { HEADLINE_KEYS } from './plain';
import { ColdAccess } from './cold';
import { attachLive, peekLive, takeLive, type Live } from './live';
import { lastStartedBy, liveCandidates, resolvedBy, turnsSince } from './live-rules';
import { CONTEXT } from './prompt-log';
import { DEFAULT_COACH_SETTINGS } from './types';
import type {
  CoachEvent, CoachSettings, CoachState, CoachView, EvidenceView, LabelledUtterance, PromptView, ShownPrompt,
} from './types';

/** How long the panel acknowledges a resolved prompt. */
export const ACK_MS = 6000;

export function initCoach(settings: CoachSettings, startMs: number): CoachState {
  return {
    v: 1, startMs, nowMs: startMs, seq: 0, paused: false, coachingEnabled: settings.coachingEnabled,
    utterances: [], tally: { goals: [], tasks: [], bond: { value: 0, changes: [] } },
    history: [], lastShownMs: null, snoozedUntil: {},
  };
}

function upsert(state: CoachState, incoming: LabelledUtterance, live: Live): CoachState | null {
  // Labels belong to clinician utterances only (codebook); a stray label on a patient line is dropped.
  const u: LabelledUtterance = incoming.role === 'clinician' ? { ...incoming } : stripLabel(incoming);
  const taken = live.tl.upsert(u); // null: a duplicate or stale correction
  if (!taken) return null;
  const history = taken.prev ? state.history : live.log.withAfter(state.history, u);
  return { ...state, utterances: taken.list, history: history as ShownPrompt[], tally: live.tl.tally(), nowMs: Math.max(state.nowMs, u.endMs) };
}

function stripLabel(u: LabelledUtterance): LabelledUtterance {
  // Nothing to strip (a patient's utterance is never classified): keep the object as it came, since
  // a rest copy of it holds its fields out of object (a separate property array per utterance).
  if (!('label' in u) && !('scores' in u)) return u;
  const { label: _l, scores: _s, ...rest } = u;
  return rest;
}

/** The history with the showing prompt (always the latest, prompts.ts showingOf) ended; null if none shows. */
function endShowing(history: readonly ShownPrompt[], outcome: ShownPrompt['outcome'], nowMs: number, only?: (h: ShownPrompt) => boolean): ShownPrompt[] | null {
  const showing = showingOf(history);
  if (!showing || (only && !only(showing))) return null;
  return [...history.slice(0, -1), { ...showing, outcome, endedMs: nowMs }];
}

/** The showing prompt's fate given what was said since it showed: resolved, expired, or still up. */
function settle(state: CoachState, nowMs: number, settings: CoachSettings, live: Live): ShownPrompt[] | null {
  const showing = showingOf(state.history);
  if (!showing) return null;
  // Resolved by an utterance that ended after the prompt showed: captions arrive only once an
  // utterance is final, so a reply already under way when the prompt appeared still counts.
  const by = resolvedBy(live.tl, showing);
  if (by) {
    const ended = endShowing(state.history, 'resolved', Math.max(showing.shownMs, by.endMs))!;
    ended[ended.length - 1] = { ...ended[ended.length - 1]!, resolvedById: by.id };
    return ended;
  }
  // The moment passes with utterances said after the prompt showed.
  if (turnsSince(live.tl, showing) >= settings.promptExpiryTurns || nowMs >= showing.expiresMs) return endShowing(state.history, 'expired', nowMs);
  return null;
}

/** Resolve or expire the current prompt, then show the best candidate (or replace the current one). */
function step(state: CoachState, nowMs: number, settings: CoachSettings, live: Live): CoachState {
  let s = state;
  const settled = settle(s, nowMs, settings, live);
  if (settled) s = { ...s, history: settled };
  if (!settings.coachingEnabled) {
    const off = endShowing(s.history, 'paused', nowMs); // coaching switched off mid-call
    if (off) s = { ...s, history: off };
  }
  live.log.sync(s.history);
  const delivery = { ...s, prompted: (key: string) => live.log.keys.has(key) };
  const pick = choose(liveCandidates(live.tl, live.log, s.tally, nowMs, settings), delivery, nowMs, settings);
  if (pick) {
    const c = pick.candidate;
    const history = pick.replaces ? endShowing(s.history, 'replaced', nowMs)! : s.history;
    const shown: ShownPrompt = {
      id: `p${s.seq + 1}`, kind: c.kind, key: c.key, headlineKey: c.headlineKey,
      reasonKey: c.reasonKey, reasonSubs: c.reasonSubs, suggestionKey: c.suggestionKey, suggestionSubs: c.suggestionSubs,
      dueMs: c.dueMs, causeIds: c.causeIds, beforeIds: lastStartedBy(live.tl, nowMs, CONTEXT), afterIds: [],
      shownMs: nowMs, expiresMs: nowMs + settings.promptExpirySec * 1000, outcome: 'showing',
    };
    s = { ...s, seq: s.seq + 1, history: [...history, shown], lastShownMs: nowMs };
  }
  if (s.coachingEnabled !== settings.coachingEnabled) s = { ...s, coachingEnabled: settings.coachingEnabled };
  return s === state ? state : { ...s, nowMs: Math.max(s.nowMs, nowMs) };
}

export function reduceCoach(state: CoachState, event: CoachEvent, settings: CoachSettings): CoachState {
  // The running state moves from `state` to the state returned (live.ts); only utterances change the tally.
  const live = takeLive(state, settings, event.type === 'utterance' ? settings : undefined);
  return attachLive(reduceWith(state, event, settings, live), live);
}

function reduceWith(state: CoachState, event: CoachEvent, settings: CoachSettings, live: Live): CoachState {
  switch (event.type) {
    case 'utterance': {
      const next = upsert(state, event.utterance, live);
      return next ? step(next, next.nowMs, settings, live) : state;
    }
    case 'tick':
      return step(state, Math.max(state.nowMs, event.nowMs), settings, live);
    case 'prompt-action': {
      const nowMs = Math.max(state.nowMs, event.nowMs);
      const target = state.history.find((h) => h.id === event.promptId);
      if (!target) return state;
      let s = state;
      if (target.outcome === 'showing') {
        const outcome = event.action === 'dismiss' ? 'dismissed' : event.action === 'snooze' ? 'snoozed' : 'helpful';
        s = { ...s, history: endShowing(s.history, outcome, nowMs, (h) => h.id === target.id) ?? s.history };
        if (event.action === 'snooze') s = { ...s, snoozedUntil: { ...s.snoozedUntil, [target.kind]: nowMs + settings.snoozeMin * 60_000 } };
      } else if (event.action === 'helpful' && target.outcome !== 'helpful') {
        // Marking a past prompt helpful (e.g. after it expired) keeps its original end time.
        s = { ...s, history: s.history.map((h) => (h.id === target.id ? { ...h, outcome: 'helpful' } : h)) };
      } else {
        return state;
      }
      return { ...s, nowMs };
    }
    case 'pause': {
      if (event.paused === state.paused) return state;
      const nowMs = Math.max(state.nowMs, event.nowMs);
      // Pausing hides the current prompt; the tally keeps counting while paused.
      const history = event.paused ? endShowing(state.history, 'paused', nowMs) ?? state.history : state.history;
      return step({ ...state, paused: event.paused, history, nowMs }, nowMs, settings, live);
    }
  }
}

// ---- views ----

interface ById {
  get(id: string): LabelledUtterance | undefined;
}
/** Utterances by id through the live timeline's index (built once per state chain, not per view). */
function byId(state: CoachState, settings: CoachSettings): ById {
  const { tl } = peekLive(state, settings);
  return {
    get: (id) => {
      const i = tl.indexOf(id);
      // Not held: dropped from a compacted call (compact.ts), not absent from it.
      if (i === undefined && tl.cold > 0) throw new ColdAccess();
      return i === undefined ? undefined : tl.list[i];
    },
  };
}

function evidence(index: ById, ids: readonly { utteranceId: string; why: EvidenceView['why'] }[]): EvidenceView[] {
  const out: EvidenceView[] = [];
  for (const e of ids) {
    const u = index.get(e.utteranceId);
    if (u) out.push({ utteranceId: u.id, why: e.why, role: u.role, speaker: u.speaker, text: u.text });
  }
  return out;
}

function promptView(h: ShownPrompt): PromptView {
  return {
    id: h.id, kind: h.kind, headlineKey: h.headlineKey ?? HEADLINE_KEYS[h.kind], reasonKey: h.reasonKey, reasonSubs: h.reasonSubs,
    suggestionKey: h.suggestionKey, suggestionSubs: h.suggestionSubs, shownMs: h.shownMs, expiresMs: h.expiresMs,
  };
}

/** The view carries only the latest bond changes: it is sent to the panel on every update. */
export const VIEW_BOND_CHANGES = 20;

export function coachView(state: CoachState, nowMs: number, settings: CoachSettings = DEFAULT_COACH_SETTINGS): CoachView {
  const index = byId(state, settings);
  const current = state.history.find((h) => h.outcome === 'showing' && nowMs < h.expiresMs);
  const items = (list: CoachState['tally']['goals']) => list.map((i) => ({
    id: i.id, kind: i.kind, text: i.text, state: i.state, proposedBy: i.proposedBy, evidence: evidence(index, i.evidence),
  }));
  const changes = state.tally.bond.changes;
  const recent = changes.slice(-VIEW_BOND_CHANGES);
  const last = state.history.at(-1);
  const acked = !current && last?.outcome === 'resolved' && last.endedMs !== undefined && nowMs - last.endedMs < ACK_MS && !state.paused ? last : null;
  const windowMs = settings.bondWindowMin * 60_000;
  const latest = peekLive(state, settings).tl.lastEnd;
  // Changes are in time order, so those in the window are the last ones.
  let from = changes.length;
  while (from > 0 && changes[from - 1]!.atMs > latest - windowMs) from--;
  const inWindow = changes.slice(from);
  return {
    paused: state.paused,
    coachingEnabled: state.coachingEnabled,
    prompt: current && !state.paused ? promptView(current) : null,
    ack: acked ? { kind: acked.kind, headlineKey: acked.headlineKey ?? HEADLINE_KEYS[acked.kind] } : null,
    goals: items(state.tally.goals),
    tasks: items(state.tally.tasks),
    bond: {
      value: state.tally.bond.value,
      builds: inWindow.filter((c) => c.delta > 0).length,
      wears: inWindow.filter((c) => c.delta < 0).length,
      windowMin: settings.bondWindowMin,
      totalChanges: changes.length,
      changes: recent.map((c) => ({ kind: c.kind, delta: c.delta, value: c.value, evidence: evidence(index, c.utteranceIds.map((id) => ({ utteranceId: id, why: c.kind }))) })),
    },
    counts: {
      empathy: changes.filter((c) => c.kind === 'empathic-reflection').length,
      sympathy: changes.filter((c) => c.kind === 'sympathy').length,
      affirmations: changes.filter((c) => c.kind === 'affirmation').length,
    },
  };
}

export interface CoachMoment {
  prompt: PromptView;
  outcome: ShownPrompt['outcome'];
  cause: EvidenceView[];
  before: EvidenceView[];
  after: EvidenceView[];
}

/** Every prompt shown in the call with the talk around it, for the post-call "coaching moments". */
export function coachMoments(state: CoachState): CoachMoment[] {
  const index = byId(state, DEFAULT_COACH_SETTINGS);
  const ev = (ids: string[]) => evidence(index, ids.map((id) => ({ utteranceId: id, why: 'context' as const })));
  return state.history.map((h) => ({ prompt: promptView(h), outcome: h.outcome, cause: ev(h.causeIds), before: ev(h.beforeIds), after: ev(h.afterIds) }));
}
