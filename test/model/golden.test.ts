// Golden cases: the released model, run through onnxruntime-web (wasm) in Node exactly as the
// extension runs it, must reproduce the recorded scores within the tolerance. After retraining,
// regenerate with `npx tsx models/train/goldens.ts`.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LABELS } from '../../src/classifier/labels';
import type { Classifier } from '../../src/classifier/session';
import { loadNodeClassifier } from '../../models/train/node-classifier';

interface Golden { text: string; context?: string; label: string; scores: Record<string, number> }
const goldens = JSON.parse(readFileSync(resolve(import.meta.dirname, 'goldens.json'), 'utf8')) as
  { modelSha256: string; tolerance: number; cases: Golden[] };
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../models/manifest.json'), 'utf8'));

let clf: Classifier;
beforeAll(async () => { clf = await loadNodeClassifier(); }, 30_000);
afterAll(async () => { await clf?.dispose(); });

describe('golden cases', () => {
  it('were recorded for the released model', () => {
    expect(goldens.modelSha256).toBe(manifest.sha256);
    expect(goldens.cases.length).toBeGreaterThanOrEqual(15);
  });

  it('reproduce scores within tolerance', async () => {
    for (const g of goldens.cases) {
      const r = await clf.classify(g.text, g.context);
      expect(r.label, g.text).toBe(g.label);
      for (const l of LABELS) expect(Math.abs(r.scores[l] - g.scores[l]!), `${g.text} / ${l}`).toBeLessThanOrEqual(goldens.tolerance);
      const sum = LABELS.reduce((s, l) => s + r.scores[l], 0);
      expect(sum).toBeCloseTo(1, 4);
    }
  });

  it('serialises concurrent calls: same answers as one at a time', async () => {
    const all = await Promise.all(goldens.cases.map((g) => clf.classify(g.text, g.context)));
    all.forEach((r, i) => expect(r.label).toBe(goldens.cases[i]!.label));
  });
});

describe('session lifecycle', () => {
  it('rejects calls after dispose', async () => {
    const c = await loadNodeClassifier();
    await c.classify('Any dizziness?');
    await c.dispose();
    await expect(c.classify('Any dizziness?')).rejects.toThrow(/disposed/);
  }, 30_000);
});
