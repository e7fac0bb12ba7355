// npm run -s eval -- FILE.jsonl [--baseline]        lines {"text", "label", "context"?}: 7 labels
// npm run -s eval -- --annomi [CSV] [--baseline]     AnnoMI therapist turns, 4 classes (our labels
//   mapped: reflection <- empathic_reflection; therapist_input <- lecture, goal_setting,
//   task_agreement; question <- question; other <- sympathy, other), previous client turn as context.
// Prints {n, accuracy, macroF1, perLabel: {precision, recall, f1, support}, confusion} as JSON.
// npm run -s eval -- --safety [RISK.jsonl] [FIGURATIVE.jsonl] [--dev] [--show]
//   the safety detector: recall, figurativeFpRate and fpPerHour (real patient speech) as JSON;
//   see scripts/lib/safety-eval.ts.
// --baseline scores the keyword/regex baseline instead of the model. Exit 1 if any line failed.
import { existsSync } from 'node:fs';
import { LABELS, isLabel, type Label } from '../src/classifier/labels';
import { baselineLabel } from '../src/classifier/baseline';
import { evaluate } from '../models/train/metrics.ts';
import { ANNOMI_CSV, ANNOMI_CLASSES, TO_ANNOMI, loadAnnomi } from '../models/train/annomi.ts';
import { loadNodeClassifier } from '../models/train/node-classifier.ts';
import { readInputLines } from '../models/train/jsonl-input.ts';

const args = process.argv.slice(2);
if (args.includes('--safety')) {
  const { safetyEval } = await import('./lib/safety-eval.ts');
  process.exit(await safetyEval(args.filter((a) => a !== '--safety')));
}
const useBaseline = args.includes('--baseline');
const annomiMode = args.includes('--annomi');
const positional = args.filter((a) => !a.startsWith('--'));

async function predictor(): Promise<{ predict: (t: string, c: string) => Promise<Label>; close: () => Promise<void> }> {
  if (useBaseline) return { predict: async (t) => baselineLabel(t), close: async () => {} };
  const clf = await loadNodeClassifier();
  return { predict: async (t, c) => (await clf.classify(t, c)).label, close: () => clf.dispose() };
}

let failed = 0;
let report;
if (annomiMode) {
  const csv = positional[0] ?? ANNOMI_CSV;
  if (!existsSync(csv)) { console.error(`eval: ${csv}: no such file`); process.exit(2); }
  const turns = loadAnnomi(csv);
  const p = await predictor();
  const pred: string[] = [];
  for (const t of turns) pred.push(TO_ANNOMI[await p.predict(t.text, t.context)]);
  await p.close();
  report = evaluate(turns.map((t) => t.gold), pred, ANNOMI_CLASSES);
} else {
  const file = positional[0];
  if (!file || (file !== '-' && !existsSync(file))) {
    console.error(file ? `eval: ${file}: no such file` : 'usage: npm run -s eval -- FILE.jsonl [--baseline] | --annomi [CSV]');
    process.exit(2);
  }
  const read = readInputLines(file, 'eval', (o) => (isLabel(o.label) ? undefined : `"label" must be one of ${LABELS.join(', ')}`));
  failed = read.failed;
  const p = await predictor();
  const pred: string[] = [];
  for (const l of read.lines) pred.push(await p.predict(l.text, l.context));
  await p.close();
  report = evaluate(read.lines.map((l) => l.obj.label as string), pred, LABELS);
}
console.log(JSON.stringify(report, null, 2));
process.exitCode = failed ? 1 : 0;
