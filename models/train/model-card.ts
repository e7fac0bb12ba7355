// Regenerates models/MODEL_CARD.md from models/manifest.json, corpus/speech/agreement.json, the
// throwaway AnnoMI cross-validation (recomputed, never saved) and a Node latency run, so the card's
// numbers cannot drift from the released model. Prose lives in model-card-text.ts.
// Usage (after train.ts and kappa.ts): npx tsx models/train/model-card.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runThrowaway } from './annomi-throwaway.ts';
import { benchNode } from './bench-node.ts';
import { featurize } from '../../src/classifier/featurize';
import { GOLDEN_INPUTS } from './goldens.ts';
import { cardText, type CardInputs } from './model-card-text.ts';
import type { Report } from './metrics.ts';

const MODELS = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(MODELS, 'manifest.json'), 'utf8'));
const agreement = JSON.parse(readFileSync(resolve(MODELS, 'corpus/speech/agreement.json'), 'utf8'));

const f3 = (x: number): string => x.toFixed(3);

export function perLabelTable(r: Report): string {
  const rows = Object.entries(r.perLabel).map(([l, m]) => `| ${l} | ${f3(m.precision)} | ${f3(m.recall)} | ${f3(m.f1)} | ${m.support} |`);
  return ['| label | precision | recall | F1 | support |', '|---|---|---|---|---|', ...rows,
    `| **macro** | | | **${f3(r.macroF1)}** | ${r.n} (accuracy ${f3(r.accuracy)}) |`].join('\n');
}

export function confusionTable(r: Report): string {
  const { labels, matrix } = r.confusion;
  const short = (l: string): string => l.replace('empathic_reflection', 'reflect').replace('task_agreement', 'task').replace('goal_setting', 'goal');
  return [`| gold \\ predicted | ${labels.map(short).join(' | ')} |`, `|---|${labels.map(() => '---').join('|')}|`,
    ...matrix.map((row, i) => `| ${short(labels[i]!)} | ${row.join(' | ')} |`)].join('\n');
}

const throwaway = runThrowaway();
const latency = await benchNode(5000);
// Featurizer alone (pure JS), median per call, to show where the time goes.
const ft: number[] = [];
for (let i = 0; i < 20000; i++) {
  const g = GOLDEN_INPUTS[i % GOLDEN_INPUTS.length]!;
  const s = performance.now();
  featurize(g.text, g.context);
  ft.push(performance.now() - s);
}
const featurizeUs = Math.round(ft.sort((a, b) => a - b)[10000]! * 1000);

const inputs: CardInputs = { manifest, agreement, throwaway, latency, featurizeUs, perLabelTable, confusionTable };
writeFileSync(resolve(MODELS, 'MODEL_CARD.md'), cardText(inputs));
console.error(`model-card: wrote models/MODEL_CARD.md (latency p50 ${latency.p50Ms} ms, throwaway ${throwaway?.pooled.macroF1})`);
