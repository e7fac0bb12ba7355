// `npx tsx models/safety/generalise.ts`: how well the learned risk stage generalises to lines written
// separately. Leave-one-round-out: the hand-written files come in rounds (no part = round 1, then
// .v2, .v3, ... written later with new phrasings); each round's lines are scored by a model trained
// on every other round (plus the real fit-half turns), at the committed per-category thresholds of
// src/safety/risk-model.json, through the real inference path (rules + model + veto). A line whose
// text also occurs in another round is left out of that round's training. Prints recall per
// category and language (with and without the rules), and the false positives on the round's hard
// negatives. Random k-fold (train-risk.ts) overstates generalisation: neighbouring lines of one
// round share templates; a held-out round does not.
import { readFileSync } from 'node:fs';
import { fillerItems, loadOwn, loadReal, roundOf, type Item } from './data';
import { samplesOf, scoreItem, toFile, trainLR, type Scored } from './train-risk';
import { loadRiskModel, type RiskModelFile } from '../../src/safety/risk-model';

const committed = JSON.parse(readFileSync('src/safety/risk-model.json', 'utf8')) as RiskModelFile;
const th = (c: string) => committed.thresholds?.[c] ?? committed.threshold;

const own = loadOwn();
const real = loadReal('fit');
const rounds = [...new Set(own.map((i) => roundOf(i.file)))].sort();
const only = process.argv.slice(2);
const pct = (a: number, n: number) => (n ? `${((100 * a) / n).toFixed(1)}% (${a}/${n})` : '-');
const all: Scored[] = [];
for (const r of rounds.filter((r) => !only.length || only.includes(r))) {
  const test = own.filter((i) => roundOf(i.file) === r);
  const testTexts = new Set(test.map((i) => i.text));
  const trainOwn = own.filter((i) => roundOf(i.file) !== r && !testTexts.has(i.text));
  // Filler spans are found in the training rounds only: the held-out round's own wrappers stay unseen.
  const train: Item[] = [...trainOwn, ...real, ...fillerItems(trainOwn)];
  const { W, b } = trainLR(train.flatMap(samplesOf));
  const f = toFile(W, b, committed.threshold, committed.thresholds);
  const m = loadRiskModel(f);
  const scored = test.map((it) => scoreItem(it, m));
  all.push(...scored);
  report(`round ${r} (train ${trainOwn.length} own lines)`, scored);
}
if (!only.length) report('all rounds', all);

function report(title: string, sc: Scored[]): void {
  const fires = (s: Scored) => s.rule || (!s.veto && s.score >= th(s.cat));
  const pos = sc.filter((s) => s.it.kind !== 'neg'), neg = sc.filter((s) => s.it.kind === 'neg');
  const fig = neg.filter((s) => s.it.file.startsWith('neg-figurative'));
  console.log(`== ${title}`);
  console.log(`  recall ${pct(pos.filter(fires).length, pos.length)}; rules alone ${pct(pos.filter((s) => s.rule).length, pos.length)}`);
  for (const c of ['suicidal', 'self-harm', 'harm-others', 'abuse']) {
    const p = pos.filter((s) => s.it.y === c);
    console.log(`  ${c.padEnd(12)} en ${pct(p.filter((s) => s.it.lang === 'en' && fires(s)).length, p.filter((s) => s.it.lang === 'en').length)}  es ${pct(p.filter((s) => s.it.lang === 'es' && fires(s)).length, p.filter((s) => s.it.lang === 'es').length)}`);
  }
  console.log(`  hard negatives FP ${pct(neg.filter(fires).length, neg.length)} (model only ${pct(neg.filter((s) => !s.rule && fires(s)).length, neg.length)}); figurative FP ${pct(fig.filter(fires).length, fig.length)} (rules ${pct(fig.filter((s) => s.rule).length, fig.length)})`);
}
