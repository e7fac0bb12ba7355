// THROWAWAY in-domain reference: trains the same featurizer + network directly on AnnoMI-dev's four
// therapist classes, 5-fold cross-validated BY TRANSCRIPT, and prints the pooled macro-F1. It shows
// how much of the shipped model's AnnoMI gap is domain/label mismatch rather than architecture.
// Nothing is written anywhere: AnnoMI is evaluation-only and these weights are never shipped.
// Usage: npx tsx models/train/annomi-throwaway.ts   (model-card.ts also calls runThrowaway())
import { FEATURIZER, fnv1a } from '../../src/classifier/featurize';
import { loadAnnomi, ANNOMI_CLASSES } from './annomi.ts';
import { initNet, train, predict, type HyperParams } from './net.ts';
import { evaluate, type Report } from './metrics.ts';
import { prepareAnnomi } from './experiment.ts';

const FOLDS = 5;
export const THROWAWAY_HP: HyperParams = { dim: 24, epochs: 8, lr: 0.004, l2: 0, featDrop: 0.3, hiddenDrop: 0.1, seed: 7, smoothing: 0.1 };

export function runThrowaway(): { folds: number; split: string; hyperParams: HyperParams; perFoldMacroF1: number[]; pooled: Report } | undefined {
  const hp = THROWAWAY_HP;
  const set = prepareAnnomi(loadAnnomi());
  if (set.turns.length === 0) return undefined;
  const fold = (t: string): number => fnv1a(`fold:${t}`) % FOLDS;
  const ys = set.turns.map((t) => (ANNOMI_CLASSES as readonly string[]).indexOf(t.gold));
  const counts = ANNOMI_CLASSES.map((_, k) => ys.filter((y) => y === k).length);
  const mean = ys.length / ANNOMI_CLASSES.length;
  const gold: string[] = [], pred: string[] = [];
  const perFold: number[] = [];
  for (let k = 0; k < FOLDS; k++) {
    const tr = set.turns.flatMap((t, i) => (fold(t.transcript) !== k ? [i] : []));
    const te = set.turns.flatMap((t, i) => (fold(t.transcript) === k ? [i] : []));
    const net = initNet(FEATURIZER.buckets, hp.dim, ANNOMI_CLASSES.length, hp.seed + k);
    train(net, tr.map((i) => ({ f: set.feats[i]!, y: ys[i]!, w: Math.sqrt(mean / counts[ys[i]!]!) })), hp);
    const g = te.map((i) => set.turns[i]!.gold), p = te.map((i) => ANNOMI_CLASSES[predict(net, set.feats[i]!)]!);
    perFold.push(evaluate(g, p, ANNOMI_CLASSES).macroF1);
    gold.push(...g); pred.push(...p);
  }
  return { folds: FOLDS, split: 'by transcript_id', hyperParams: hp, perFoldMacroF1: perFold, pooled: evaluate(gold, pred, ANNOMI_CLASSES) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = runThrowaway();
  if (!r) { console.error('annomi-throwaway: ../shared/data/annomi-dev not found'); process.exit(2); }
  console.log(JSON.stringify(r, null, 2));
}
