// Exploratory sweep (not part of `npm run train`): trains a few configurations on the train split and
// prints real-speech dev macro-F1, AnnoMI-dev (selection data only) and per-label dev F1.
// Usage: npx tsx models/train/sweep.ts
import { FEATURIZER } from '../../src/classifier/featurize';
import { LABELS } from '../../src/classifier/labels';
import { forward, train, initNet, type HyperParams } from './net.ts';
import { loadSynthetic, loadSpeech, loadRealV1, loadSpanish, type Row } from './data.ts';
import { evaluate } from './metrics.ts';
import { loadAnnomi } from './annomi.ts';
import { featurizeRows, toSamples, prepareAnnomi, annomiReport } from './experiment.ts';
import { captionNoise } from './caption-noise.ts';
import { mulberry32 } from './rng.ts';
import { splitOf } from './assemble-speech.ts';
import { fnv1a } from '../../src/classifier/featurize';

const speech = loadSpeech();
const realV1 = loadRealV1(new Set(speech.map((r) => r.id)), splitOf);
const syn = loadSynthetic(), es = loadSpanish();
const clean: Row[] = [...speech.filter((r) => r.split === 'train'), ...realV1, ...syn.rows, ...es.train];
const noisy = clean.map((r) => ({ ...r, text: captionNoise(r.text, mulberry32(fnv1a(`noise:${r.text}`)), r.source === 'spanish' ? 'es' : 'en') }));
const devF = featurizeRows(speech.filter((r) => r.split === 'dev'));
const annomi = prepareAnnomi(loadAnnomi());
const argmax = (p: ArrayLike<number>): number => { let k = 0; for (let i = 1; i < p.length; i++) if (p[i]! > p[k]!) k = i; return k; };
const configs = JSON.parse(process.argv[2] ?? '[{}]') as Array<Partial<HyperParams> & { power?: number; noise?: boolean; realWeight?: number; synWeight?: number; paWeight?: number }>;
for (const c of configs) {
  const hp: HyperParams = { dim: 24, epochs: 5, lr: 0.004, l2: 0, featDrop: 0.3, hiddenDrop: 0.1, seed: 20241204, smoothing: 0.05, ...c };
  const rows = c.noise === false ? clean : [...clean, ...noisy];
  const tf = featurizeRows(rows);
  const net = initNet(FEATURIZER.buckets, hp.dim, LABELS.length, hp.seed);
  train(net, toSamples(tf, c.power ?? 0.5, { primock57: c.realWeight ?? 1, 'mts-dialog': c.realWeight ?? 1, 'aci-bench': c.realWeight ?? 1, 'pa-counseling': c.paWeight ?? c.realWeight ?? 1, synthetic: c.synWeight ?? 1 }), hp);
  const rep = evaluate(devF.map((x) => LABELS[x.y]!), devF.map((x) => LABELS[argmax(forward(net, x.f).p)]!), LABELS);
  const a = annomiReport(net, annomi);
  console.log(JSON.stringify(c), 'dev', rep.macroF1, 'annomi', a.macroF1, 'refl-rec', a.perLabel.reflection!.recall, JSON.stringify(Object.fromEntries(Object.entries(rep.perLabel).map(([l, m]) => [l.slice(0, 6), m.f1]))));
}
