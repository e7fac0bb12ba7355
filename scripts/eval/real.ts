// `npm run -s eval -- --real`: the real-speech TEST split (models/corpus/speech, by dialogue; never
// trained on or used for selection): 7-label figures with 95% bootstrap intervals by dialogue,
// clean against caption-noised, with against without the patient's context, calibration (ECE,
// reliability table) and the unsure abstention.
import { LABELS } from '../../src/classifier/labels';
import { UNSURE_BELOW } from '../../src/classifier/decision';
import { loadSpeech } from '../../models/train/data.ts';
import { bootstrapCI, reliability, abstention } from '../../models/train/calibrate.ts';
import { noised, score, side, type Gold, type Predictor } from './shared.ts';

export async function evalReal(p: Predictor): Promise<unknown> {
  const test: Gold[] = loadSpeech().filter((r) => r.split === 'test').map((r) => ({ text: r.text, context: r.context, label: r.label, group: r.group }));
  if (!test.length) throw new Error('no real-speech test split: models/corpus/speech/labelled.jsonl is missing');
  const clean = await score(p, test);
  const noisy = await score(p, noised(test));
  const noContext = await score(p, test.map((x) => ({ ...x, context: '' })));
  const scored = test.map((x, i) => ({ p: clean.probs[i]!, y: LABELS.indexOf(x.label as never), group: x.group }));
  return {
    set: 'real-speech test split (models/corpus/speech/labelled.jsonl, split = test)',
    n: test.length,
    macroF1: clean.report.macroF1, macroF1Noisy: noisy.report.macroF1, macroF1NoContext: noContext.report.macroF1,
    ci95: bootstrapCI(scored, LABELS),
    cleanVsNoisyF1: side(clean.report, noisy.report, ['clean', 'noisy']),
    withVsWithoutContextF1: side(clean.report, noContext.report, ['withContext', 'withoutContext']),
    calibration: { ...reliability(scored), unsureBelow: UNSURE_BELOW, abstention: abstention(scored, UNSURE_BELOW) },
    clean: clean.report,
  };
}
