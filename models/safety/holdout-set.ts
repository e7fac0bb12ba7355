// `npx tsx models/safety/holdout-set.ts --train train,next,first,v2,v3 --test v4`: would more
// hand-written data help on lines written apart? Trains the learned risk stage exactly as
// `npm run train:safety` does (same thresholds procedure) on the named sources, then scores one spent
// evaluation set it did not train on, through the training's own scoring path (rules, then the model
// at its per-category thresholds, with the veto). Prints counts only, never a line of text.
// Sources: train = test/safety/train, next = test/safety/train-next, first = eval/safety (the first
// independent set), vN = eval/safety/vN. Only spent sets may be named: the newest blind set is
// scored once, by `npm run eval -- --safety`, never here.
// HOLDOUT_LOG=1 also prints the training's threshold and out-of-fold lines (and, with RISK_DEBUG=1, the
// top real-speech scores, which are public corpora, never caption text).
import { loadOwn, loadReal, loadSpentSet, NEWEST_BLIND, spentSetDir, type Item } from './data';
import { scoreItem, trainAll, type Scored } from './train-risk';
import { loadRiskModel } from '../../src/safety/risk-model';

const arg = (k: string, d: string) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1]! : d; };
const source = (name: string): Item[] =>
  name === NEWEST_BLIND ? (() => { throw new Error(`${NEWEST_BLIND} is the blind set: scored once by npm run eval -- --safety, never here`); })()
  : name === 'train' ? loadOwn() : name === 'next' ? loadOwn('test/safety/train-next') : loadSpentSet(spentSetDir(name), `set-${name}`);
const test = source(arg('--test', 'v4'));
const testTexts = new Set(test.map((i) => i.text.toLowerCase().trim()));
const own = arg('--train', 'train').split(',').flatMap(source).filter((i) => !testTexts.has(i.text.toLowerCase().trim()));
const { file } = trainAll(process.env.HOLDOUT_LOG ? (s) => { if (/^thresholds|^out-of-fold|^REAL/.test(s)) console.log(s); } : () => {}, own);
const m = loadRiskModel(file);
const th = (c: string) => m.thresholds[c] ?? m.threshold;
const fires = (s: Scored) => s.rule || (!s.veto && s.score >= th(s.cat));
const sc = test.map((it) => scoreItem(it, m));
const pos = sc.filter((s) => s.it.kind !== 'neg'), neg = sc.filter((s) => s.it.kind === 'neg');
const rate = (set: Scored[], f = fires) => `${(set.filter(f).length / Math.max(1, set.length)).toFixed(4)} (${set.filter(f).length}/${set.length})`;
const real = loadReal('heldout').map((it) => scoreItem(it, m));
const hours = real.reduce((a, s) => a + (s.it.words ?? 0), 0) / 150 / 60;
console.log(`train ${arg('--train', 'train')} (${own.length} lines) -> test ${arg('--test', 'v4')}; thresholds ${JSON.stringify(m.thresholds)}`);
console.log(`  recall ${rate(pos)}; rules alone ${rate(pos, (s) => s.rule)}; en ${rate(pos.filter((s) => s.it.lang === 'en'))} es ${rate(pos.filter((s) => s.it.lang === 'es'))}`);
for (const c of ['suicidal', 'self-harm', 'harm-others', 'abuse']) console.log(`  ${c.padEnd(12)} ${rate(pos.filter((s) => s.it.y === c))}`);
console.log(`  negatives FP ${rate(neg)} (figurative ${rate(neg.filter((s) => s.it.file.startsWith('neg-figurative')))})`);
console.log(`  real held-out half: ${real.filter(fires).length} hits in ${hours.toFixed(2)} h (model only ${real.filter((s) => !s.rule && fires(s)).length})`);
