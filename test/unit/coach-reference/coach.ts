// Frozen copy of src/coach/coach.ts at bfcad42 (the whole-call coach before it became incremental).
// Test oracle only: coach-incremental.property.test.ts checks the live coach against it, step by step.
// The coach reducer: (state, event, settings) -> state, pure and deterministic. Time only comes in
// events (utterance endMs, tick nowMs), so the service worker can replay or resume it freely.
// When an event changes nothing (most ticks) the same state object is returned, so the caller can
// skip persisting and re-rendering with a reference check.
import { candidates, choose, isTurn, resolves } from './prompts';
import { HEADLINE_KEYS } from '../../../src/coach/plain';
import { latestById } from './runs';
import { computeTally } from './tally';
import { DEFAULT_COACH_SETTINGS } from '../../../src/coach/types';
import type {
  CoachEvent, CoachSettings, CoachState, CoachView, EvidenceView, LabelledUtterance, PromptView, ShownPrompt,
} from '../../../src/coach/types';

const CONTEXT = 3;
/** How long the panel acknowledges a resolved prompt. */
export const ACK_MS = 6000;

export function initCoach(settings: CoachSettings, startMs: number): CoachState {
  return {
    v: 1, startMs, nowMs: startMs, seq: 0, paused: false, coachingEnabled: settings.coachingEnabled,
    utterances: [], tally: { goals: [], tasks: [], bond: { value: 0, changes: [] } },
    history: [], lastShownMs: null, snoozedUntil: {},
  };
}

function upsert(state: CoachState, incoming: LabelledUtterance, settings: CoachSettings): CoachState | null {
  const prev = state.utterances.find((u) => u.id === incoming.id);
  if (prev && prev.revision >= incoming.revision) return null; // duplicate or stale correction
  // Labels belong to clinician utterances only (codebook); a stray label on a patient line is dropped.
  const u: LabelledUtterance = incoming.role === 'clinician' ? { ...incoming } : stripLabel(incoming);
  const last = state.utterances.at(-1);
  // Fast path: captions arrive in order, so a new utterance usually just goes on the end.
  const utterances = !prev && (!last || u.startMs >= last.startMs) ? [...state.utterances, u] : latestById([...state.utterances, u]);
  const history = prev ? state.history : state.history.map((h) => withAfter(h, u));
  return { ...state, utterances, history, tally: computeTally(utterances, settings), nowMs: Math.max(state.nowMs, u.endMs) };
}

function stripLabel(u: LabelledUtterance): LabelledUtterance {
  const { label: _l, scores: _s, ...rest } = u;
  return rest;
}

function withAfter(h: ShownPrompt, u: LabelledUtterance): ShownPrompt {
  if (h.afterIds.length >= CONTEXT || u.startMs < h.shownMs || h.beforeIds.includes(u.id)) return h;
  return { ...h, afterIds: [...h.afterIds, u.id] };
}

function endShowing(history: readonly ShownPrompt[], outcome: ShownPrompt['outcome'], nowMs: number, only?: (h: ShownPrompt) => boolean): ShownPrompt[] | null {
  let changed = false;
  const next = history.map((h) => {
    if (h.outcome !== 'showing' || (only && !only(h))) return h;
    changed = true;
    return { ...h, outcome, endedMs: nowMs };
  });
  return changed ? next : null;
}

/** The showing prompt's fate given what was said since it showed: resolved, expired, or still up. */
function settle(state: CoachState, nowMs: number, settings: CoachSettings): ShownPrompt[] | null {
  const showing = state.history.find((h) => h.outcome === 'showing');
  if (!showing) return null;
  const others = state.utterances.filter((u) => !showing.causeIds.includes(u.id));
  // Resolved by an utterance that ended after the prompt showed: captions arrive only once an
  // utterance is final, so a reply already under way when the prompt appeared still counts.
  const by = others.find((u) => u.endMs >= showing.shownMs && resolves(showing.kind, u));
  if (by) return endShowing(state.history, 'resolved', Math.max(showing.shownMs, by.endMs), (h) => h.id === showing.id)!.map((h) => (h.id === showing.id ? { ...h, resolvedById: by.id } : h));
  // The moment passes with utterances said after the prompt showed.
  const turns = others.filter((u) => u.startMs >= showing.shownMs - 250 && isTurn(u)).length;
  if (turns >= settings.promptExpiryTurns || nowMs >= showing.expiresMs) return endShowing(state.history, 'expired', nowMs, (h) => h.id === showing.id);
  return null;
}

/** Resolve or expire the current prompt, then show the best candidate (or replace the current one). */
function step(state: CoachState, nowMs: number, settings: CoachSettings): CoachState {
  let s = state;
  const settled = settle(s, nowMs, settings);
  if (settled) s = { ...s, history: settled };
  if (!settings.coachingEnabled) {
    const off = endShowing(s.history, 'paused', nowMs); // coaching switched off mid-call
    if (off) s = { ...s, history: off };
  }
  const pick = choose(candidates(s.utterances, s.tally, s.history, nowMs, settings), s, nowMs, settings);
  if (pick) {
    const c = pick.candidate;
    const history = pick.replaces ? endShowing(s.history, 'replaced', nowMs, (h) => h.id === pick.replaces!.id)! : s.history;
    const before = s.utterances.filter((u) => u.startMs <= nowMs).slice(-CONTEXT).map((u) => u.id);
    const shown: ShownPrompt = {
      id: `p${s.seq + 1}`, kind: c.kind, key: c.key, headlineKey: c.headlineKey,
      reasonKey: c.reasonKey, reasonSubs: c.reasonSubs, suggestionKey: c.suggestionKey, suggestionSubs: c.suggestionSubs,
      dueMs: c.dueMs, causeIds: c.causeIds, beforeIds: before, afterIds: [],
      shownMs: nowMs, expiresMs: nowMs + settings.promptExpirySec * 1000, outcome: 'showing',
    };
    s = { ...s, seq: s.seq + 1, history: [...history, shown], lastShownMs: nowMs };
  }
  if (s.coachingEnabled !== settings.coachingEnabled) s = { ...s, coachingEnabled: settings.coachingEnabled };
  return s === state ? state : { ...s, nowMs: Math.max(s.nowMs, nowMs) };
}

export function reduceCoach(state: CoachState, event: CoachEvent, settings: CoachSettings): CoachState {
  switch (event.type) {
    case 'utterance': {
      const next = upsert(state, event.utterance, settings);
      return next ? step(next, next.nowMs, settings) : state;
    }
    case 'tick':
      return step(state, Math.max(state.nowMs, event.nowMs), settings);
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
      return step({ ...state, paused: event.paused, history, nowMs }, nowMs, settings);
    }
  }
}

// ---- views ----

type ById = ReadonlyMap<string, LabelledUtterance>;
const byId = (state: CoachState): ById => new Map(state.utterances.map((u) => [u.id, u]));

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
  const index = byId(state);
  const current = state.history.find((h) => h.outcome === 'showing' && nowMs < h.expiresMs);
  const items = (list: CoachState['tally']['goals']) => list.map((i) => ({
    id: i.id, kind: i.kind, text: i.text, state: i.state, proposedBy: i.proposedBy, evidence: evidence(index, i.evidence),
  }));
  const changes = state.tally.bond.changes;
  const recent = changes.slice(-VIEW_BOND_CHANGES);
  const last = state.history.at(-1);
  const acked = !current && last?.outcome === 'resolved' && last.endedMs !== undefined && nowMs - last.endedMs < ACK_MS && !state.paused ? last : null;
  const windowMs = settings.bondWindowMin * 60_000;
  const latest = state.utterances.reduce((m, u) => Math.max(m, u.endMs), -Infinity);
  const inWindow = changes.filter((c) => c.atMs > latest - windowMs);
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
  const index = byId(state);
  const ev = (ids: string[]) => evidence(index, ids.map((id) => ({ utteranceId: id, why: 'context' as const })));
  return state.history.map((h) => ({ prompt: promptView(h), outcome: h.outcome, cause: ev(h.causeIds), before: ev(h.beforeIds), after: ev(h.afterIds) }));
}
