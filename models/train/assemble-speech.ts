// Assembles the real-speech corpus from the labelling sample and the blind passes:
//   corpus/speech/sample.jsonl + labels/pass-{a,b}-chunk-k.tsv (+ labels/adjudicated*.tsv)
//   -> corpus/speech/labelled.jsonl (final labels, split by dialogue), agreement.json (Cohen's κ,
//      overall and per label), tasks/disagreements.jsonl (what the adjudicator is given).
// A turn enters the corpus when both passes agree, or when the adjudicator decided; a turn coded X
// (not clinician speech to the patient) is left out. See corpus/speech/LABELLING.md.
// Usage: npx tsx models/train/assemble-speech.ts
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fnv1a } from '../../src/classifier/featurize';
import { patientContext } from '../../src/classifier/context';
import { LABELS, type Label } from '../../src/classifier/labels';
import { cohenKappa } from './kappa.ts';
import type { SpeechTurn } from './sample-speech.ts';

export const SPEECH = resolve(import.meta.dirname, '../corpus/speech');
export const CODES: Record<string, { label: Label; affirmation?: true } | 'exclude'> = {
  R: { label: 'empathic_reflection' }, S: { label: 'sympathy' }, L: { label: 'lecture' }, G: { label: 'goal_setting' },
  T: { label: 'task_agreement' }, Q: { label: 'question' }, O: { label: 'other' }, A: { label: 'other', affirmation: true }, X: 'exclude',
};
/** Dialogue-level split: turns of one consultation never straddle train, dev and test. */
export const SPLIT_PCT = { test: 20, dev: 15 } as const;
export type Split = 'train' | 'dev' | 'test';
export function splitOf(dialog: string): Split {
  const h = fnv1a(`speech-split:${dialog}`) % 100;
  return h < SPLIT_PCT.test ? 'test' : h < SPLIT_PCT.test + SPLIT_PCT.dev ? 'dev' : 'train';
}

export interface SpeechRow {
  id: string; source: string; dialog: string; text: string; context: string; label: Label; affirmation?: true;
  split: Split; by: 'agreed' | 'adjudicated'; passA: string; passB: string;
}

function readCodes(file: string): Map<string, string> {
  const m = new Map<string, string>();
  if (!existsSync(file)) return m;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, code] = line.trim().split('\t');
    if (id && code && code.trim().toUpperCase() in CODES) m.set(id, code.trim().toUpperCase());
  }
  return m;
}

function readPass(letter: 'a' | 'b'): Map<string, string> {
  const all = new Map<string, string>();
  const dir = resolve(SPEECH, 'labels');
  if (!existsSync(dir)) return all;
  for (const f of readdirSync(dir).filter((n) => n.startsWith(`pass-${letter}-`)).sort()) {
    for (const [k, v] of readCodes(resolve(dir, f))) all.set(k, v);
  }
  return all;
}

const labelOfCode = (c: string): string => (CODES[c] === 'exclude' ? 'X' : (CODES[c] as { label: Label }).label);

if (import.meta.url === `file://${process.argv[1]}`) {
  const sample: SpeechTurn[] = readFileSync(resolve(SPEECH, 'sample.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const A = readPass('a'), B = readPass('b');
  const adj = new Map<string, string>();
  const labelDir = resolve(SPEECH, 'labels');
  for (const f of existsSync(labelDir) ? readdirSync(labelDir).filter((n) => n.startsWith('adjudicated')).sort() : []) {
    for (const [k, v] of readCodes(resolve(labelDir, f))) adj.set(k, v);
  }
  const rows: SpeechRow[] = [];
  const disagreements: string[] = [];
  const pairs: Array<[string, string]> = [];
  let excluded = 0, unresolved = 0, unlabelled = 0;
  for (const t of sample) {
    const a = A.get(t.id), b = B.get(t.id);
    if (!a || !b) { unlabelled++; continue; }
    pairs.push([labelOfCode(a), labelOfCode(b)]);
    // A vs O on the same turn is agreement on the label (other) and a disagreement on the sub-kind only.
    const same = a === b || (CODES[a] !== 'exclude' && CODES[b] !== 'exclude' && labelOfCode(a) === labelOfCode(b));
    let final: string | undefined = same ? (a === 'A' || b === 'A' ? (a === b ? 'A' : adj.get(t.id) ?? 'O') : a) : adj.get(t.id);
    if (!same && !adj.has(t.id)) disagreements.push(JSON.stringify({ id: t.id, prev: t.prev, text: t.text, codes: [a, b].sort() }));
    if (!final) { unresolved++; continue; }
    const c = CODES[final]!;
    if (c === 'exclude') { excluded++; continue; }
    rows.push({
      id: t.id, source: t.source, dialog: t.dialog, text: t.text,
      context: patientContext(t.prev.map((p) => ({ role: p.speaker, text: p.text }))),
      label: c.label, ...(c.affirmation ? { affirmation: true as const } : {}),
      split: splitOf(t.dialog), by: same ? 'agreed' : 'adjudicated', passA: a, passB: b,
    });
  }
  writeFileSync(resolve(SPEECH, 'labelled.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(resolve(SPEECH, 'tasks/disagreements.jsonl'), disagreements.join('\n') + (disagreements.length ? '\n' : ''));
  const cats = [...LABELS, 'X'];
  const overall = cohenKappa(pairs, cats);
  const perLabel = Object.fromEntries(cats.map((l) => [l, {
    kappa: Math.round(1000 * cohenKappa(pairs.map(([x, y]) => [x === l ? 'y' : 'n', y === l ? 'y' : 'n'] as [string, string]), ['y', 'n'])) / 1000,
    passA: pairs.filter(([x]) => x === l).length, passB: pairs.filter(([, y]) => y === l).length,
  }]));
  const count = (f: (r: SpeechRow) => boolean): Record<string, number> => Object.fromEntries(LABELS.map((l) => [l, rows.filter((r) => r.label === l && f(r)).length]));
  const agreement = {
    method: 'two blind passes by AI-assistant labelling sessions over every sampled turn (LABELLING.md); disagreements decided by a third session that saw both codes',
    sampled: sample.length, doublyLabelled: pairs.length, unlabelled, agreedRaw: pairs.filter(([x, y]) => x === y).length,
    cohenKappa: Math.round(overall * 1000) / 1000, perLabelKappa: perLabel,
    adjudicated: rows.filter((r) => r.by === 'adjudicated').length, unresolved, excludedNotClinicianSpeech: excluded,
    corpus: { n: rows.length, byLabel: count(() => true), affirmations: rows.filter((r) => r.affirmation).length,
      bySplit: Object.fromEntries((['train', 'dev', 'test'] as const).map((s) => [s, { n: rows.filter((r) => r.split === s).length, byLabel: count((r) => r.split === s) }])),
      bySource: Object.fromEntries([...new Set(rows.map((r) => r.source))].sort().map((s) => [s, rows.filter((r) => r.source === s).length])) },
  };
  writeFileSync(resolve(SPEECH, 'agreement.json'), JSON.stringify(agreement, null, 2) + '\n');
  console.error(`assemble-speech: ${rows.length} labelled turns (${agreement.adjudicated} adjudicated), ${disagreements.length} awaiting adjudication, ${unresolved} unresolved, ${excluded} excluded, ${unlabelled} not yet double-labelled; kappa ${overall}`);
}
