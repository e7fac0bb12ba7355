// Draws a reproducible sample of clinician turns from the three CC BY 4.0 corpora in ../shared/data
// so the project can label them with the codebook (see models/MODEL_CARD.md). Each turn carries the
// patient's previous turn as `context`, the way the extension sees it live.
// Usage: npx tsx models/train/sample-real.ts  -> models/corpus/real/sample.jsonl (unlabelled)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from './csv.ts';
import { mulberry32, shuffleInPlace } from './rng.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared/data');
const OUT = resolve(import.meta.dirname, '../corpus/real/sample.jsonl');
const PLAN: Array<{ source: string; file: string; n: number }> = [
  { source: 'primock57', file: 'primock57/turns.csv', n: 520 },
  { source: 'mts-dialog', file: 'mts-dialog/turns.csv', n: 420 },
  { source: 'aci-bench', file: 'aci-bench/turns.csv', n: 420 },
];
const MAX_WORDS = 70; // live captions arrive as 1-80 word utterances; longer turns are monologue dumps

/** aci-bench is lower-cased and tokenised ("do n't", " ."); undo the tokenisation only. */
function detokenise(s: string): string {
  return s.replace(/ n't\b/g, "n't").replace(/ ('s|'re|'m|'ll|'ve|'d)\b/g, '$1').replace(/ ([.,?!;:])/g, '$1').trim();
}

if (!existsSync(SHARED)) {
  console.error(`sample-real: ${SHARED} not found`);
  process.exit(1);
}
const rng = mulberry32(57);
const out: string[] = [];
for (const { source, file, n } of PLAN) {
  const rows = parseCsv(readFileSync(resolve(SHARED, file), 'utf8'));
  const picks: Array<Record<string, string>> = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r.speaker !== 'clinician') continue;
    const text = source === 'aci-bench' ? detokenise(r.text ?? '') : (r.text ?? '').trim();
    const words = text.split(/\s+/).filter(Boolean).length;
    if (words === 0 || words > MAX_WORDS) continue;
    const prev = rows[i - 1];
    const context = prev && prev.dialog_id === r.dialog_id && prev.speaker === 'patient'
      ? (source === 'aci-bench' ? detokenise(prev.text ?? '') : (prev.text ?? '').trim()) : '';
    picks.push({ id: `${source}:${r.dialog_id}:${r.turn_index}`, source, text, context });
  }
  shuffleInPlace(picks, rng);
  for (const p of picks.slice(0, n)) out.push(JSON.stringify(p));
}
writeFileSync(OUT, out.join('\n') + '\n');
console.error(`sample-real: wrote ${out.length} turns to ${OUT}`);
