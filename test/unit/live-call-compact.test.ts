// The worker's compact utterance (live-call.ts `labelled`) stores exactly what the spread form did:
// the persisted call (storage.session chunks, finished records) keeps its format.
import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/calls/live-call';
import type { Utterance } from '../../src/captions/types';
import { LABELS, type Classification } from '../../src/classifier/labels';

const u: Utterance = { id: '1733300000000-7', speaker: 'Dr. Alice Smith', role: 'clinician', text: 'What would help most this week?', startMs: 1733300004000, endMs: 1733300007500, revision: 1 };
// Scores in another key order than the labels' (as a message may deliver them).
const scores = Object.fromEntries([...LABELS].reverse().map((l, i) => [l, i / 10])) as Classification['scores'];
const c = (unsure: boolean): Classification => ({ label: 'question', scores, confidence: 0.6, unsure, lang: 'en', langReliable: true });

/** What `labelled` returned before it was made compact (spread of the message objects). */
function spread(x: Utterance, k: Classification | null, lang?: string): object {
  if (!k) return { ...x };
  if (lang && lang !== 'en' && lang !== 'es') return { ...x, lang, uncoded: 'language' };
  return { ...x, label: k.label, scores: k.scores, confidence: k.confidence, ...(k.unsure ? { unsure: true } : {}), ...(lang ? { lang } : {}) };
}
const canon = (o: unknown): unknown =>
  o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canon(v)])) : o;

describe('labelled (compact live utterance)', () => {
  it.each([
    ['patient, unclassified', { ...u, role: 'patient' as const }, null, undefined],
    ['clinician, no language', u, c(false), undefined],
    ['clinician, English', u, c(false), 'en'],
    ['clinician, unsure', u, c(true), 'en'],
    ['clinician, unsure, no language', u, c(true), undefined],
    ['clinician, a language the model cannot code', u, c(false), 'fr'],
  ])('%s: same fields and values as before, no undefined fields', (_name, x, k, lang) => {
    const got = labelled(x, k, lang, [{ ...u, speaker: 'Dr. Alice Smith' }]);
    expect(JSON.stringify(canon(got))).toBe(JSON.stringify(canon(spread(x, k, lang))));
    expect(Object.values(got).includes(undefined)).toBe(false);
  });

  it('scores come in the labels order, whatever order the message had', () => {
    expect(Object.keys(labelled(u, c(false), 'en').scores!)).toEqual([...LABELS]);
  });
});
