// Inter-rater agreement between the first labelling pass (corpus/real/labelled.jsonl) and the
// independent second pass (corpus/real/second-pass.jsonl): Cohen's kappa overall and per source,
// plus the pass1 x pass2 confusion. Writes corpus/real/agreement.json, which MODEL_CARD.md cites.
// Usage: npx tsx models/train/kappa.ts
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readJsonl } from './jsonl.ts';
import { LABELS } from '../../src/classifier/labels';

export function cohenKappa(pairs: Array<[string, string]>, cats: readonly string[]): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  let agree = 0;
  const pa = new Map<string, number>(), pb = new Map<string, number>();
  for (const [a, b] of pairs) {
    if (a === b) agree++;
    pa.set(a, (pa.get(a) ?? 0) + 1); pb.set(b, (pb.get(b) ?? 0) + 1);
  }
  const po = agree / n;
  const pe = cats.reduce((s, c) => s + ((pa.get(c) ?? 0) / n) * ((pb.get(c) ?? 0) / n), 0);
  return pe === 1 ? 1 : (po - pe) / (1 - pe);
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

if (import.meta.url === `file://${process.argv[1]}`) {
  const REAL = resolve(import.meta.dirname, '../corpus/real');
  const first = new Map<string, { label: string; source: string }>();
  for (const { value } of readJsonl(resolve(REAL, 'labelled.jsonl')).rows) {
    const o = value as { id: string; label: string; source: string };
    first.set(o.id, { label: o.label, source: o.source });
  }
  const bySource = new Map<string, Array<[string, string]>>();
  const all: Array<[string, string]> = [];
  for (const { value } of readJsonl(resolve(REAL, 'second-pass.jsonl')).rows) {
    const o = value as { id: string; label: string };
    const f = first.get(o.id);
    if (!f) continue;
    all.push([f.label, o.label]);
    bySource.set(f.source, [...(bySource.get(f.source) ?? []), [f.label, o.label]]);
  }
  const confusion: Record<string, Record<string, number>> = {};
  for (const [a, b] of all) { confusion[a] ??= {}; confusion[a][b] = (confusion[a][b] ?? 0) + 1; }
  const out = {
    n: all.length,
    kappa: round(cohenKappa(all, LABELS)),
    rawAgreement: round(all.filter(([a, b]) => a === b).length / Math.max(1, all.length)),
    perSource: Object.fromEntries([...bySource].sort(([a], [b]) => a.localeCompare(b)).map(([s, p]) => [s, {
      n: p.length, kappa: round(cohenKappa(p, LABELS)), rawAgreement: round(p.filter(([a, b]) => a === b).length / p.length),
    }])),
    confusionPass1RowsPass2Cols: confusion,
  };
  writeFileSync(resolve(REAL, 'agreement.json'), JSON.stringify(out, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
}
