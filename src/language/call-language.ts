// Which language a call is coded in, decided utterance by utterance from on-device detection.
// Pure and JSON-serialisable (the worker persists it with the live call).
// A reliable detection of a long enough line decides that line; a short or unreliable line takes
// the call's language so far (a running, word-weighted vote), so "okay" or "sí" never flips a call.

import type { Detected } from './detect';

/** Languages the classifier was trained and evaluated on (models/MODEL_CARD.md). */
export const CODED_LANGUAGES = ['en', 'es'] as const;
export type CodedLanguage = (typeof CODED_LANGUAGES)[number];

/** Word-weighted votes per language code over the call's reliably detected lines. */
export type LanguageVotes = Record<string, number>;

export function isCoded(code: string): code is CodedLanguage {
  return (CODED_LANGUAGES as readonly string[]).includes(code);
}

/** The call's language so far: the code with most votes ('' before any reliable line). */
export function callLanguage(votes: LanguageVotes): string {
  let best = '', n = 0;
  for (const [code, v] of Object.entries(votes).sort(([a], [b]) => a.localeCompare(b))) if (v > n) { best = code; n = v; }
  return best;
}

export function vote(votes: LanguageVotes, d: Detected, words: number): LanguageVotes {
  if (!d.reliable || !d.code) return votes;
  return { ...votes, [d.code]: (votes[d.code] ?? 0) + words };
}

/**
 * The language one utterance is coded in: its own reliable detection, else the call's language,
 * else English (the extension's default before anything reliable has been heard).
 */
export function utteranceLanguage(votes: LanguageVotes, d: Detected): string {
  if (d.reliable && d.code) return d.code;
  return callLanguage(votes) || (d.code && isCoded(d.code) ? d.code : 'en');
}
