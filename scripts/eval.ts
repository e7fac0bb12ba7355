// npm run -s eval -- FILE.jsonl [--baseline]        lines {"text", "label", "context"?}: 7 labels
// npm run -s eval -- --annomi [CSV] [--baseline]     AnnoMI therapist turns, 4 classes (our labels
//   mapped: reflection <- empathic_reflection; therapist_input <- lecture, goal_setting,
//   task_agreement; question <- question; other <- sympathy, other), previous client turn as context.
// Prints {n, accuracy, macroF1, perLabel: {precision, recall, f1, support}, confusion} as JSON.
// --baseline scores the keyword/regex baseline instead of the model. Exit 1 if any line failed.
// npm run -s eval -- --cues [FILE.jsonl]   patient-cue detector (src/coach/cues.ts) against lines
//   {"text", "lang", "emotion": bool, "changeTalk": bool} (default eval/patient-cues/patient-cues.jsonl):
//   precision / recall / F1 of each cue, overall and per language.
import { existsSync, readFileSync } from 'node:fs';
import { detectChangeTalk, detectEmotion } from '../src/coach/cues';
import { LABELS, isLabel, type Label } from '../src/classifier/labels';
import { baselineLabel } from '../src/classifier/baseline';
import { evaluate } from '../models/train/metrics.ts';
import { ANNOMI_CSV, ANNOMI_CLASSES, TO_ANNOMI, loadAnnomi } from '../models/train/annomi.ts';
import { loadNodeClassifier } from '../models/train/node-classifier.ts';
import { readInputLines } from '../models/train/jsonl-input.ts';

const args = process.argv.slice(2);
const useBaseline = args.includes('--baseline');
const annomiMode = args.includes('--annomi');
const positional = args.filter((a) => !a.startsWith('--'));

async function predictor(): Promise<{ predict: (t: string, c: string) => Promise<Label>; close: () => Promise<void> }> {
  if (useBaseline) return { predict: async (t) => baselineLabel(t), close: async () => {} };
  const clf = await loadNodeClassifier();
  return { predict: async (t, c) => (await clf.classify(t, c)).label, close: () => clf.dispose() };
}

const CUES_FILE = 'eval/patient-cues/patient-cues.jsonl';

function cueReport(file: string): object {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; lang?: string; emotion: boolean; changeTalk: boolean });
  const score = (list: typeof rows, gold: (r: (typeof rows)[number]) => boolean, pred: (t: string) => boolean) => {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const r of list) {
      const g = gold(r), p = pred(r.text);
      if (g && p) tp++; else if (p) fp++; else if (g) fn++; else tn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : null;
    const recall = tp + fn ? tp / (tp + fn) : null;
    const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
    const r3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
    return { n: list.length, positives: tp + fn, tp, fp, fn, tn, precision: r3(precision), recall: r3(recall), f1: r3(f1) };
  };
  const both = (list: typeof rows) => ({
    emotion: score(list, (r) => r.emotion, (t) => detectEmotion(t) !== null),
    changeTalk: score(list, (r) => r.changeTalk, (t) => detectChangeTalk(t) !== null),
  });
  const langs = [...new Set(rows.map((r) => r.lang ?? '?'))].sort();
  return { file, n: rows.length, ...both(rows), byLang: Object.fromEntries(langs.map((l) => [l, both(rows.filter((r) => (r.lang ?? '?') === l))])) };
}

let failed = 0;
let report;
if (args.includes('--cues')) {
  const file = positional[0] ?? CUES_FILE;
  if (!existsSync(file)) { console.error(`eval: ${file}: no such file`); process.exit(2); }
  report = cueReport(file);
} else if (annomiMode) {
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
