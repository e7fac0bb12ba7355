// npm run -s eval -- FILE.jsonl [--noisy] [--baseline]   lines {"text", "label", "context"?}: 7 labels
// npm run -s eval -- --real      the real-speech test split: per label with n and 95% CIs, clean vs
//                                noisy, with vs without context, ECE and the unsure abstention
// npm run -s eval -- --annomi [CSV]   AnnoMI-dev therapist turns, 4 classes (evaluation only)
// npm run -s eval -- --es        the Spanish held-out set
// npm run -s eval -- --cues [FILE]   the patient-cue detector (emotion, change talk): P / R / F1
// npm run -s eval -- --safety [RISK.jsonl] [FIGURATIVE.jsonl] [--dev] [--show]
//   the safety detector: recall, figurativeFpRate and fpPerHour (real patient speech) as JSON;
//   see scripts/lib/safety-eval.ts.
// Prints JSON. --baseline scores the keyword/regex baseline instead of the model. Exit 1 if any
// input line failed, 2 on a usage error or a missing file.
import { existsSync } from 'node:fs';
import { LABELS, isLabel } from '../src/classifier/labels';
import { readInputLines } from '../models/train/jsonl-input.ts';
import { predictor, score, noised, side } from './eval/shared.ts';
import { evalReal } from './eval/real.ts';
import { evalAnnomi } from './eval/annomi.ts';
import { evalSpanish } from './eval/spanish.ts';
import { evalCues } from './eval/cues.ts';

const args = process.argv.slice(2);
if (args.includes('--safety')) {
  // No classifier needed: the safety detector is rules over patient speech.
  const { safetyEval } = await import('./lib/safety-eval.ts');
  process.exit(await safetyEval(args.filter((a) => a !== '--safety')));
}
const has = (f: string): boolean => args.includes(f);
const positional = args.filter((a) => !a.startsWith('--'));
const usage = 'usage: npm run -s eval -- FILE.jsonl [--noisy] [--baseline] | --real | --annomi [CSV] | --es | --cues [FILE] | --safety';

let failed = 0;
let out: unknown;
const p = await predictor(has('--baseline'));
try {
  if (has('--cues')) out = evalCues(positional[0]);
  else if (has('--real')) out = await evalReal(p);
  else if (has('--annomi')) out = await evalAnnomi(p, positional[0]);
  else if (has('--es')) out = await evalSpanish(p);
  else {
    const file = positional[0];
    if (!file || (file !== '-' && !existsSync(file))) throw new Error(file ? `${file}: no such file` : usage);
    const read = readInputLines(file, 'eval', (o) => (isLabel(o.label) ? undefined : `"label" must be one of ${LABELS.join(', ')}`));
    failed = read.failed;
    const xs = read.lines.map((l) => ({ text: l.text, context: l.context, label: l.obj.label as string, lang: typeof l.obj.lang === 'string' ? l.obj.lang : undefined }));
    const clean = await score(p, xs);
    if (has('--noisy')) {
      const noisy = (await score(p, noised(xs))).report;
      out = { ...clean.report, noisy, cleanVsNoisyF1: side(clean.report, noisy, ['clean', 'noisy']) };
    } else out = clean.report;
  }
} catch (e) {
  console.error(`eval: ${e instanceof Error ? e.message : String(e)}`);
  await p.close();
  process.exit(2);
}
await p.close();
console.log(JSON.stringify(out, null, 2));
process.exitCode = failed ? 1 : 0;
