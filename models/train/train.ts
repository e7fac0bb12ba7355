// `npm run train`: corpus -> models/alliance-classifier.onnx + labels.json + manifest.json.
// Deterministic: seeded rng, fixed grid order, hash splits; the same corpus gives the same bytes.
// 1. pick hyper-parameters on the validation split (7-label macro-F1; AnnoMI-dev 4-class macro-F1
//    may be added to the selection score with --annomi-select W, it is never trained on);
// 2. retrain the chosen configuration on train + validation;
// 3. round the embedding table to float16 (what the ONNX file stores) and report metrics from it;
// 4. refresh agreement.json, the golden cases and MODEL_CARD.md (skip with --no-card).
import { writeFileSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { FEATURIZER } from '../../src/classifier/featurize';
import { LABELS } from '../../src/classifier/labels';
import { baselineLabel } from '../../src/classifier/baseline';
import { initNet, train, type HyperParams, type Net } from './net.ts';
import { loadSynthetic, loadReal, loadPaCounseling, isValidation, CORPUS, VAL_PCT, type Row } from './data.ts';
import { readExamples } from './jsonl.ts';
import { evaluate } from './metrics.ts';
import { loadAnnomi, TO_ANNOMI, ANNOMI_CLASSES } from './annomi.ts';
import { featurizeRows, toSamples, reportOn, prepareAnnomi, annomiReport, runConfig, calibration, type RunResult } from './experiment.ts';
import { exportOnnx, roundEmbeddingsToHalf, OPSET, IR_VERSION, INPUTS, OUTPUT } from './export-onnx.ts';

const MODELS = resolve(import.meta.dirname, '..');
const MODEL_FILE = 'alliance-classifier.onnx';
const argv = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const ANNOMI_SELECT = opt('--annomi-select', 0.5);
const QUICK = argv.includes('--quick');
const log = (...xs: unknown[]): void => console.error('train:', ...xs);

// ---- data
const synthetic = loadSynthetic();
const real = loadReal();
const pa = loadPaCounseling();
const held = readExamples(resolve(CORPUS, 'heldout/heldout.jsonl')).examples;
const trainRows = [...synthetic.rows, ...real].filter((r) => !isValidation(r));
const valRows = [...synthetic.rows, ...real].filter(isValidation);
log(`synthetic ${synthetic.rows.length} (invalid ${synthetic.invalid}), real ${real.length}, pa ${pa.length}, train ${trainRows.length}, val ${valRows.length}, held-out ${held.length}`);
const trainF = featurizeRows(trainRows), valF = featurizeRows(valRows), paF = featurizeRows(pa);
const annomi = prepareAnnomi(loadAnnomi());
log(`annomi-dev therapist turns: ${annomi.turns.length} (model selection weight ${ANNOMI_SELECT})`);

// ---- 1. grid search (fixed order; ties keep the earlier config)
interface Config { hp: HyperParams; power: number; paWeight: number }
const grid: Config[] = [];
for (const dim of QUICK ? [24] : [16, 24]) {
  for (const epochs of QUICK ? [8] : [5, 10]) {
    for (const featDrop of QUICK ? [0.3] : [0.2, 0.4]) {
      for (const paWeight of QUICK ? [0.5] : [0, 0.5]) {
        grid.push({ hp: { dim, epochs, lr: 0.004, l2: 0, featDrop, hiddenDrop: 0.1, seed: 20240601, smoothing: 0.1 }, power: 0.5, paWeight });
      }
    }
  }
}
const withPa = (w: number): ReturnType<typeof featurizeRows> => (w > 0 ? [...trainF, ...paF] : trainF);
let best: (RunResult & { cfg: Config }) | undefined;
const tried: unknown[] = [];
for (const cfg of grid) {
  const t0 = Date.now();
  const samples = toSamples(withPa(cfg.paWeight), cfg.power, { 'pa-counseling': cfg.paWeight });
  const r = runConfig(cfg.hp, samples, valF, annomi.turns.length ? annomi : undefined, ANNOMI_SELECT);
  tried.push({ ...cfg.hp, paWeight: cfg.paWeight, valMacroF1: r.val, annomiMacroF1: r.annomi });
  log(`dim ${cfg.hp.dim} epochs ${cfg.hp.epochs} drop ${cfg.hp.featDrop} pa ${cfg.paWeight}: val ${r.val} annomi ${r.annomi} (${Date.now() - t0} ms)`);
  if (!best || r.score > best.score) best = { ...r, cfg };
}
const chosen = best!;
log(`chosen: ${JSON.stringify({ ...chosen.cfg.hp, paWeight: chosen.cfg.paWeight })}`);

// ---- 2. retrain the chosen configuration on train + validation
const allSamples = toSamples([...withPa(chosen.cfg.paWeight), ...valF], chosen.cfg.power, { 'pa-counseling': chosen.cfg.paWeight });
const final: Net = initNet(FEATURIZER.buckets, chosen.cfg.hp.dim, LABELS.length, chosen.cfg.hp.seed);
train(final, allSamples, chosen.cfg.hp);
roundEmbeddingsToHalf(final);
roundEmbeddingsToHalf(chosen.net); // the validation numbers below are for the fp16 model too

// ---- 3. metrics and artifacts
const heldF = featurizeRows(held);
const heldReport = reportOn(final, heldF);
const baselineHeld = evaluate(held.map((e) => e.label), held.map((e) => baselineLabel(e.text)), LABELS);
const valReport = reportOn(chosen.net, valF);
const realVal = valF.filter((x) => x.source !== 'synthetic');
const annomiFinal = annomi.turns.length ? annomiReport(final, annomi) : undefined;
const annomiBaseline = annomi.turns.length
  ? evaluate(annomi.turns.map((t) => t.gold), annomi.turns.map((t) => TO_ANNOMI[baselineLabel(t.text)]), ANNOMI_CLASSES) : undefined;

const labelsMeta = JSON.stringify(LABELS);
const bytes = exportOnnx(final, {
  labels: labelsMeta,
  featurizer: JSON.stringify(FEATURIZER),
  inputs: `${INPUTS.ids}:int32[n],${INPUTS.weights}:float32[1,n]`,
  output: `${OUTPUT}:float32[1,${LABELS.length}]`,
});
writeFileSync(resolve(MODELS, MODEL_FILE), bytes);
writeFileSync(resolve(MODELS, 'labels.json'), JSON.stringify(LABELS, null, 2) + '\n');
const sha256 = createHash('sha256').update(bytes).digest('hex');
let commit: string | null = null;
try { commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: MODELS, encoding: 'utf8' }).trim(); } catch { commit = null; }
const count = (rows: Array<{ label: string }>): Record<string, number> =>
  Object.fromEntries(LABELS.map((l) => [l, rows.filter((r) => r.label === l).length]));
let assembly: unknown = null;
try { assembly = JSON.parse(readFileSync(resolve(CORPUS, 'assembly.json'), 'utf8')); } catch { assembly = null; }
const manifest = {
  file: MODEL_FILE, sha256, bytes: bytes.length, opset: OPSET, irVersion: IR_VERSION,
  inputs: [{ name: INPUTS.ids, type: 'int32', shape: ['n'] }, { name: INPUTS.weights, type: 'float32', shape: [1, 'n'] }],
  outputs: [{ name: OUTPUT, type: 'float32', shape: [1, LABELS.length], meaning: 'probabilities in labels.json order' }],
  labels: LABELS,
  featurizer: { ...FEATURIZER, module: 'src/classifier/featurize.ts', hashFunction: 'FNV-1a 32-bit over UTF-16 code units of "<group>:<feature>", bucket = hash & (buckets-1)' },
  architecture: { embedding: [FEATURIZER.buckets, chosen.cfg.hp.dim], embeddingDtype: 'float16', hidden: chosen.cfg.hp.dim, activation: 'relu', output: 'softmax' },
  training: {
    commit, hyperParams: { ...chosen.cfg.hp, classWeightPower: chosen.cfg.power, paCounselingWeight: chosen.cfg.paWeight },
    selection: { metric: `validation 7-label macro-F1 + ${ANNOMI_SELECT} x AnnoMI-dev 4-class macro-F1`, validationPct: VAL_PCT, grid: tried },
    finalFit: 'chosen configuration retrained on train + validation splits (same seed and schedule)',
  },
  corpus: {
    synthetic: { n: synthetic.rows.length, invalidLines: synthetic.invalid, byLabel: count(synthetic.rows), byFile: Object.fromEntries([...new Set(synthetic.rows.map((r) => r.file))].map((f) => [f, count(synthetic.rows.filter((r) => r.file === f))])) },
    real: { n: real.length, byLabel: count(real), bySource: Object.fromEntries(['primock57', 'mts-dialog', 'aci-bench'].map((s) => [s, real.filter((r: Row) => r.source === s).length])) },
    paCounseling: { n: pa.length, used: chosen.cfg.paWeight > 0, byLabel: count(pa) },
    heldout: { n: held.length, byLabel: count(held) },
    assembly,
  },
  metrics: {
    heldout: heldReport,
    calibration: { heldout: calibration(final, heldF), validation: calibration(chosen.net, valF), validationRealOnly: calibration(chosen.net, realVal) },
    heldoutBaseline: baselineHeld,
    validation: { all: valReport, realOnly: reportOn(chosen.net, realVal), note: 'model trained on the train split only (selection run)' },
    annomiDev4Class: annomiFinal ? { model: annomiFinal, baseline: annomiBaseline, note: 'AnnoMI-dev also entered model selection (weight above): optimistic' } : null,
  },
};
writeFileSync(resolve(MODELS, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
log(`wrote ${MODEL_FILE} (${bytes.length} bytes, sha256 ${sha256})`);
log(`held-out macro-F1 ${heldReport.macroF1} (baseline ${baselineHeld.macroF1}); val ${valReport.macroF1}; annomi ${annomiFinal?.macroF1} (baseline ${annomiBaseline?.macroF1})`);

if (!argv.includes('--no-card')) {
  for (const step of ['kappa.ts', 'goldens.ts', 'model-card.ts']) {
    execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, step)], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
}
