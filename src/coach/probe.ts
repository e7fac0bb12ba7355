// Operation counts for tests: how often the coach enters features() and how many utterances its
// rules visit. Tests prove the coach's cost per utterance is flat in the length of the call with
// these counts (timings are too noisy on a shared machine). Off (null) in production: one null
// check per operation.
export interface CoachProbe {
  features: number;
  visits: number;
}

let active: CoachProbe | null = null;

/** Start counting into `probe` (or stop with null). */
export function setCoachProbe(probe: CoachProbe | null): void {
  active = probe;
}

export function countFeatures(): void {
  if (active) active.features++;
}

export function countVisits(n = 1): void {
  if (active) active.visits += n;
}
