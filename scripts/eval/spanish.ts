// `npm run -s eval -- --es`: the Spanish held-out set (eval/es/heldout-es.jsonl, written
// independently of the Spanish training lines; never trained on), clean and caption-noised.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readExamples } from '../../models/train/jsonl.ts';
import { noised, score, side, type Predictor } from './shared.ts';

export const ES_HELDOUT = resolve(import.meta.dirname, '../../eval/es/heldout-es.jsonl');

export async function evalSpanish(p: Predictor, file = ES_HELDOUT): Promise<unknown> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const xs = readExamples(file).examples.map((e) => ({ ...e, lang: 'es' }));
  const clean = await score(p, xs);
  const noisy = await score(p, noised(xs));
  return { set: 'Spanish held-out (eval/es/heldout-es.jsonl)', n: xs.length, macroF1: clean.report.macroF1, macroF1Noisy: noisy.report.macroF1, cleanVsNoisyF1: side(clean.report, noisy.report, ['clean', 'noisy']), clean: clean.report };
}
