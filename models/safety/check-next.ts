// `npx tsx models/safety/check-next.ts`: how the committed safety detector does on rounds v5/v6
// (since session 9 the model trains on them too, so these figures are in-sample; before that it never did; since session `saferules` a development set the rules were tuned
// on, see test/safety/train-next/README.md). Scores every line of test/safety/train-next/ with the
// real inference path, detectRisk()
// (src/safety/detect.ts: rules, then the learned stage at the thresholds of the committed
// src/safety/risk-model.json), and prints counts only, never a line of text:
//   recall of the risk and context lines, overall, by category, by language, by round;
//   false positives on the hard negatives, and on the figurative ones alone.
// The real-speech false positives are `npm run -s eval -- --safety` (its `realSpeech` part).
// This folder is a measurement: nothing here feeds training or the word classes (risk-lexicon.ts).
import { detectRisk, detectRiskRules } from '../../src/safety/detect';
import { loadOwn, roundOf, type Item } from './data';

const items = loadOwn('test/safety/train-next');
const fires = (it: Item) => detectRisk({ text: it.text, ...(it.context ? { context: it.context } : {}) }) !== null;
const hit = new Map(items.map((it) => [it, fires(it)]));
const pos = items.filter((i) => i.kind !== 'neg'), neg = items.filter((i) => i.kind === 'neg');
const fig = neg.filter((i) => i.file.startsWith('neg-figurative'));
const rate = (set: Item[]) => { const a = set.filter((i) => hit.get(i)).length; return set.length ? `${(a / set.length).toFixed(4)} (${a}/${set.length})` : '-'; };

const byRules = pos.filter((it) => detectRiskRules({ text: it.text, ...(it.context ? { context: it.context } : {}) }) !== null).length;
console.log(`train-next recall ${rate(pos)}; rules alone ${byRules}`);
for (const c of ['suicidal', 'self-harm', 'harm-others', 'abuse']) {
  const p = pos.filter((i) => i.y === c);
  console.log(`  ${c.padEnd(12)} ${rate(p)}  en ${rate(p.filter((i) => i.lang === 'en'))}  es ${rate(p.filter((i) => i.lang === 'es'))}`);
}
for (const l of ['en', 'es']) console.log(`  lang ${l}       ${rate(pos.filter((i) => i.lang === l))}`);
for (const r of ['v5', 'v6']) console.log(`  round ${r}       ${rate(pos.filter((i) => roundOf(i.file) === r))}`);
console.log(`  context lines   ${rate(pos.filter((i) => i.kind === 'ctx'))}`);
console.log(`hard-negative FP ${rate(neg)}; figurative FP ${rate(fig)}`);
