// The panel's bounded window onto a call of any length (pure). The worker sends, and the panel
// renders, only the newest rows of each growing list plus how many came before them, so the
// panel's DOM and heap stay the same size at minute 60 as at minute 1; the whole call is in the
// summary. Counts the panel shows (the strip's data-value) come from the totals, not the window.

export interface Windowed<T> {
  /** The newest `max` items, oldest first. */
  shown: T[];
  /** How many items came before `shown` (0 when the whole list fits). */
  earlier: number;
}

export function newest<T>(items: readonly T[], max: number): Windowed<T> {
  const n = Math.max(0, Math.floor(max));
  const from = Math.max(0, items.length - n);
  return { shown: n === 0 ? [] : items.slice(from), earlier: from };
}
