// The training data of the learned risk stage. Hand-written lines in test/safety/train/:
//   risk-<category>[.<part>]-<lang>.txt   risk statements (category: suicidal, self-harm, harm-others,
//                                abuse; an optional .<part> names a further file of the same category)
//   ctx-<category>-<lang>.txt    replies that disclose only given the clinician's question
//   neg-<kind>-<lang>.txt        hard negatives (figurative idioms, denials, grief, medication
//                                questions, symptom talk, frustration without risk)
// One utterance a line; "reply || clinician question" gives the context; '#' starts a comment.
// Plus the real patient turns of the 'fit' half of PriMock57 / MTS-Dialog / ACI-Bench (negatives).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPatientTurns, realSpeechHalf, wordsOf } from '../../scripts/lib/patient-turns';

export const TRAIN_DIR = 'test/safety/train';
export type Kind = 'risk' | 'ctx' | 'neg' | 'real';
export interface Item { text: string; context?: string; y: string; kind: Kind; file: string; group: string; lang: string; words?: number }

export function loadOwn(dir = TRAIN_DIR): Item[] {
  const out: Item[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const m = /^(risk|ctx|neg)-(.+)-(en|es)\.txt$/.exec(f);
    if (!m) throw new Error(`${dir}/${f}: expected risk|ctx|neg-<name>-<en|es>.txt`);
    const [, kind, name, lang] = m as unknown as [string, 'risk' | 'ctx' | 'neg', string, string];
    readFileSync(join(dir, f), 'utf8').split('\n').forEach((line) => {
      const l = line.trim();
      if (!l || l.startsWith('#')) return;
      const [text, context] = l.split('||').map((s) => s.trim());
      out.push({ text: text!, ...(context ? { context } : {}), y: kind === 'neg' ? 'none' : name.split('.')[0]!, kind, file: f, group: `own:${text}`, lang });
    });
  }
  return out;
}

export function loadReal(half: 'fit' | 'heldout'): Item[] {
  return loadPatientTurns()
    .filter((t) => realSpeechHalf(t) === half)
    .map((t) => ({ text: t.text, context: t.context, y: 'none', kind: 'real' as const, file: t.corpus, group: `real:${t.corpus}/${t.dialog}`, lang: 'en', words: wordsOf(t.text) }));
}
