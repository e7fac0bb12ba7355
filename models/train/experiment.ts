// One training run = featurize rows, weight classes, train a Net, score it per epoch on a
// validation set (and, for model selection only, on AnnoMI-dev's four classes).
import { featurize, FEATURIZER } from '../../src/classifier/featurize';
import { LABELS } from '../../src/classifier/labels';
import { initNet, train, predict, forward, type Net, type Sample, type HyperParams } from './net.ts';
import { evaluate, type Report } from './metrics.ts';
import { ANNOMI_CLASSES, TO_ANNOMI, type AnnomiTurn } from './annomi.ts';
import type { Row } from './data.ts';
import type { Features } from '../../src/classifier/featurize';

export interface Featurized { f: Features; y: number; source: string }

export function featurizeRows(rows: Array<{ text: string; context: string; label: string; source?: string }>): Featurized[] {
  return rows.map((r) => ({ f: featurize(r.text, r.context), y: (LABELS as readonly string[]).indexOf(r.label), source: r.source ?? '' }));
}

/**
 * Example weights: classes are weighted by (mean count / class count)^power so the rare real-data
 * classes (sympathy, goal setting) still pull; `sourceWeight` scales a whole source (PA, real).
 */
export function toSamples(xs: Featurized[], power: number, sourceWeight: Record<string, number>): Sample[] {
  const counts = new Array(LABELS.length).fill(0);
  for (const x of xs) counts[x.y]++;
  const mean = xs.length / LABELS.length;
  return xs.map((x) => ({
    f: x.f, y: x.y,
    w: Math.min(5, (mean / Math.max(1, counts[x.y])) ** power) * (sourceWeight[x.source] ?? 1),
  }));
}

export function reportOn(net: Net, xs: Featurized[]): Report {
  return evaluate(xs.map((x) => LABELS[x.y]!), xs.map((x) => LABELS[predict(net, x.f)]!), LABELS);
}

/** Mean top score vs accuracy: equal when the scores can be read as confidence. */
export function calibration(net: Net, xs: Featurized[]): { meanTopScore: number; accuracy: number } {
  let conf = 0, acc = 0;
  for (const x of xs) {
    const { p } = forward(net, x.f);
    let b = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[b]!) b = k;
    conf += p[b]!; acc += b === x.y ? 1 : 0;
  }
  const r = (v: number): number => Math.round((v / Math.max(1, xs.length)) * 1000) / 1000;
  return { meanTopScore: r(conf), accuracy: r(acc) };
}

export interface AnnomiSet { turns: AnnomiTurn[]; feats: Features[] }
export function prepareAnnomi(turns: AnnomiTurn[]): AnnomiSet {
  return { turns, feats: turns.map((t) => featurize(t.text, t.context)) };
}
export function annomiReport(net: Net, a: AnnomiSet): Report {
  return evaluate(a.turns.map((t) => t.gold), a.feats.map((f) => TO_ANNOMI[LABELS[predict(net, f)]!]), ANNOMI_CLASSES);
}

export interface RunResult { hp: HyperParams; val: number; annomi: number; score: number; net: Net }

/**
 * Trains the full schedule and scores the final weights (no mid-schedule snapshot: with a decaying
 * learning rate the last epoch is the stable one, and the final refit can reproduce it exactly).
 */
export function runConfig(hp: HyperParams, trainSet: Sample[], val: Featurized[], annomi: AnnomiSet | undefined, annomiWeight: number): RunResult {
  const net = initNet(FEATURIZER.buckets, hp.dim, LABELS.length, hp.seed);
  train(net, trainSet, hp);
  const v = reportOn(net, val).macroF1;
  const a = annomi && annomiWeight > 0 ? annomiReport(net, annomi).macroF1 : 0;
  return { hp, val: v, annomi: a, score: v + annomiWeight * a, net };
}
