// Safety mode state: (state, event) -> state, pure. Held in the persisted call state (plain JSON).
// A risk hit opens an episode; it stays open until the clinician closes it. While one is open no
// other opens. An utterance that already opened an episode (e.g. a caption revision of it) never
// opens another.
import { detectRisk } from './detect';
import { CHECKLIST_ITEMS, type ChecklistItem, type SafetyEpisode, type SafetyState } from './types';

export type SafetyEvent =
  | { type: 'patient-utterance'; id: string; text: string; context?: string; atMs: number }
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

export function reduceSafety(s: SafetyState, event: SafetyEvent, enabled: boolean): SafetyState {
  switch (event.type) {
    case 'patient-utterance': {
      if (!enabled || activeEpisode(s) || s.episodes.some((e) => e.triggerId === event.id)) return s;
      const hit = detectRisk({ text: event.text, ...(event.context ? { context: event.context } : {}) });
      if (!hit) return s;
      const episode: SafetyEpisode = { id: `s${s.episodes.length + 1}`, category: hit.category, via: hit.via, triggerId: event.id, startedMs: event.atMs, ticked: [] };
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
