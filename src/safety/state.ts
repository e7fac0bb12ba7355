// Safety mode state: (state, event) -> state, pure. Held in the persisted call state (plain JSON).
// A risk hit opens an episode; it stays open until the clinician closes it. While one is open no
// other opens. An utterance that already opened an episode (e.g. a caption revision of it) never
// opens another.
import { detectRisk } from './detect';
import { CHECKLIST_ITEMS, type ChecklistItem, type SafetyEpisode, type SafetyState } from './types';

/** The same patient's utterances just before this one, with no one else speaking between: oldest first. */
export interface EarlierInTurn {
  ids: string[];
  text: string;
}

export type SafetyEvent =
  | { type: 'patient-utterance'; id: string; text: string; context?: string; earlier?: EarlierInTurn; atMs: number }
  | { type: 'tick-item'; item: ChecklistItem; checked: boolean }
  | { type: 'close'; atMs: number };

export function activeEpisode(s: SafetyState | undefined): SafetyEpisode | null {
  const last = s?.episodes.at(-1);
  return last && last.closedMs === undefined ? last : null;
}

function withActive(s: SafetyState, f: (e: SafetyEpisode) => SafetyEpisode): SafetyState {
  const active = activeEpisode(s);
  if (!active) return s;
  return { episodes: s.episodes.map((e) => (e === active ? f(e) : e)) };
}

/** Longest joined turn the learned stage may fire on (see reduceSafety). */
export const JOIN_MODEL_WORDS = 30;
const wordCount = (t: string): number => t.split(/\s+/).filter(Boolean).length;

export function reduceSafety(s: SafetyState, event: SafetyEvent, enabled: boolean): SafetyState {
  switch (event.type) {
    case 'patient-utterance': {
      if (!enabled || activeEpisode(s) || s.episodes.some((e) => e.triggerId === event.id)) return s;
      const context = event.context ? { context: event.context } : {};
      const hit = detectRisk({ text: event.text, ...context });
      // Captions split a turn at pauses ("I have thought about" / "ending it."): read the turn so
      // far. Not past words that opened an episode already, or closing safety mode would re-open it
      // on the patient's next words. The learned stage's reading counts only for a short join (a
      // disclosure split in two): on joins of two unrelated ordinary lines (eval/safety/ordinary/)
      // it fired on 32 of 3,642, 3 of them within 30 words; the rules fired on none.
      const earlier = !hit && event.earlier && !event.earlier.ids.some((id) => s.episodes.some((e) => e.triggerId === id || e.joinedIds?.includes(id))) ? event.earlier : undefined;
      const text = earlier ? `${earlier.text} ${event.text}` : '';
      const read = earlier ? detectRisk({ text, ...context }) : null;
      const joined = read && (read.rule !== 'model' || wordCount(text) <= JOIN_MODEL_WORDS) ? read : null;
      const found = hit ?? joined;
      if (!found) return s;
      const episode: SafetyEpisode = { id: `s${s.episodes.length + 1}`, category: found.category, via: found.via, triggerId: event.id, ...(joined && earlier ? { joinedIds: [...earlier.ids] } : {}), startedMs: event.atMs, ticked: [] };
      return { episodes: [...s.episodes, episode] };
    }
    case 'tick-item':
      return withActive(s, (e) => {
        const has = e.ticked.includes(event.item);
        if (has === event.checked) return e;
        const ticked = event.checked ? [...e.ticked, event.item] : e.ticked.filter((x) => x !== event.item);
        return { ...e, ticked: CHECKLIST_ITEMS.filter((x) => ticked.includes(x)) };
      });
    case 'close':
      return withActive(s, (e) => ({ ...e, closedMs: Math.max(e.startedMs, event.atMs) }));
  }
}
