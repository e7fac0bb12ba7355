// `npm run -s eval -- --annomi [CSV]`: AnnoMI-dev therapist turns (EVALUATION ONLY, never trained on),
// 4 classes through the mapping in ../shared/data/README.md, plus the same with MITI's question-by-
// form rule (the codebook's R:Q counts goal and task utterances phrased as questions as questions),
// so a goal-eliciting question is not held against the model as "therapist input".
import { existsSync } from 'node:fs';
import { ANNOMI_CSV, ANNOMI_CLASSES, TO_ANNOMI, loadAnnomi } from '../../models/train/annomi.ts';
import { score, noised, type Predictor } from './shared.ts';

const byForm = (l: keyof typeof TO_ANNOMI, text: string): string =>
  (l === 'goal_setting' || l === 'task_agreement') && /\?\s*$/.test(text) ? 'question' : TO_ANNOMI[l];

export async function evalAnnomi(p: Predictor, csv = ANNOMI_CSV): Promise<unknown> {
  if (!existsSync(csv)) throw new Error(`${csv}: no such file`);
  const turns = loadAnnomi(csv).map((t) => ({ text: t.text, context: t.context, label: t.gold }));
  const readme = await score(p, turns, ANNOMI_CLASSES, (l) => TO_ANNOMI[l]);
  const form = await score(p, turns, ANNOMI_CLASSES, byForm);
  const noisy = await score(p, noised(turns), ANNOMI_CLASSES, (l) => TO_ANNOMI[l]);
  const noContext = await score(p, turns.map((t) => ({ ...t, context: '' })), ANNOMI_CLASSES, (l) => TO_ANNOMI[l]);
  return {
    set: 'AnnoMI-dev therapist turns (evaluation only)', n: turns.length,
    macroF1: readme.report.macroF1, reflectionRecall: readme.report.perLabel.reflection!.recall,
    macroF1QuestionsByForm: form.report.macroF1,
    macroF1Noisy: noisy.report.macroF1, macroF1NoContext: noContext.report.macroF1,
    readmeMapping: readme.report, questionsByForm: form.report,
  };
}
