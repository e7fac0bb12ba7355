// Loads the training corpus and makes the train/validation split. Splits are by hash (FNV-1a of
// the text, or of the dialogue for real turns, so turns of one consultation never straddle the
// split): deterministic and stable when new lines are added. The held-out set is not read here.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readExamples, readJsonl, toExample, type Example } from './jsonl.ts';
import { parseCsv } from './csv.ts';
import { fnv1a } from '../../src/classifier/featurize';
import type { Label } from '../../src/classifier/labels';

export const CORPUS = resolve(import.meta.dirname, '../corpus');
export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');

export interface Row extends Example { source: string; group: string; file?: string }

export const VAL_PCT = { synthetic: 15, real: 20 } as const;

export function loadSynthetic(): { rows: Row[]; invalid: number } {
  const dir = resolve(CORPUS, 'train');
  const rows: Row[] = [];
  let invalid = 0;
  if (!existsSync(dir)) return { rows, invalid };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const { examples, errors } = readExamples(resolve(dir, f));
    invalid += errors.length;
    for (const e of examples) rows.push({ ...e, source: 'synthetic', group: e.text, file: f });
  }
  return { rows, invalid };
}

export function loadReal(): Row[] {
  const rows: Row[] = [];
  for (const { value } of readJsonl(resolve(CORPUS, 'real/labelled.jsonl')).rows) {
    const o = value as { id: string; source: string };
    const e = toExample(value);
    if (typeof e === 'string') continue;
    const [src, dialog] = o.id.split(':');
    rows.push({ ...e, source: o.source, group: `${src}:${dialog}` });
  }
  return rows;
}

/**
 * PA-counseling (Apache-2.0): its dialogue-act annotation maps onto ours only in part, so only
 * unambiguous counsellor sentences are used (see MODEL_CARD.md); everything else is skipped.
 */
export function loadPaCounseling(): Row[] {
  const p = resolve(SHARED_DATA, 'pa-counseling/dialogs.csv');
  if (!existsSync(p)) return [];
  const all = parseCsv(readFileSync(p, 'utf8'));
  const rows: Row[] = [];
  all.forEach((r, i) => {
    if (r.speaker !== 'counselor' || !r.utterance) return;
    const task = r.task_focused, social = r.social_exchange, strat = r.strategy1;
    let label: Label | undefined;
    if (/\bsounds like|must be|can (see|understand) why\b/i.test(r.utterance)) label = undefined; // reflections hide in "Agree"
    else if (task === 'Give-GenInfo' && strat !== 'Goal' && social === 'None') label = 'lecture';
    else if (task === 'Ask-PerInfo' && strat !== 'Goal' && social === 'None') label = 'question';
    else if ((social === 'Greeting' || social === 'Goodbye') && task === 'None') label = 'other';
    else if (social === 'Approve/Encourage' && (task === 'None' || task === 'Give-Opinion')) label = 'other';
    if (!label) return;
    const prev = all[i - 1];
    const context = prev && prev.dialog === r.dialog && prev.speaker === 'client' ? prev.utterance ?? '' : '';
    rows.push({ text: r.utterance, label, context, source: 'pa-counseling', group: `pa:${r.dialog}` });
  });
  return rows;
}

export function isValidation(r: Row): boolean {
  const pct = r.source === 'synthetic' ? VAL_PCT.synthetic : VAL_PCT.real;
  return fnv1a(`split:${r.group}`) % 100 < pct;
}
