// The released model is a verified artifact: its bytes match the manifest, its label order matches
// LABELS, its I/O names match what session.ts feeds, it fits the 3 MB budget, and the decision
// threshold the extension applies was written for this very model.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { LABELS } from '../../src/classifier/labels';
import { MODEL_IO } from '../../src/classifier/session';
import { FEATURIZER } from '../../src/classifier/featurize';

const models = resolve(import.meta.dirname, '../../models');
const manifest = JSON.parse(readFileSync(resolve(models, 'manifest.json'), 'utf8'));

describe('released model artifacts', () => {
  it('model file sha256 and size equal the manifest', () => {
    const bytes = readFileSync(resolve(models, manifest.file));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(manifest.sha256);
    expect(bytes.length).toBe(manifest.bytes);
    expect(bytes.length).toBeLessThanOrEqual(3 * 1024 * 1024); // the model budget (ARCHITECTURE.md)
  });

  it('labels.json and the manifest list LABELS in model output order', () => {
    expect(JSON.parse(readFileSync(resolve(models, 'labels.json'), 'utf8'))).toEqual([...LABELS]);
    expect(manifest.labels).toEqual([...LABELS]);
  });

  it('input/output names and featurizer parameters match the code', () => {
    expect(manifest.inputs.map((i: { name: string }) => i.name)).toEqual([MODEL_IO.ids, MODEL_IO.weights]);
    expect(manifest.outputs.map((o: { name: string }) => o.name)).toEqual([MODEL_IO.scores]);
    expect(manifest.featurizer.version).toBe(FEATURIZER.version);
    expect(manifest.featurizer.buckets).toBe(FEATURIZER.buckets);
  });

  it('decision.json (the unsure threshold) belongs to this model and matches the manifest', () => {
    const decision = JSON.parse(readFileSync(resolve(models, '../src/classifier/decision.json'), 'utf8'));
    expect(decision.modelSha256).toBe(manifest.sha256);
    expect(decision.unsureBelow).toBe(manifest.decision.unsureBelow);
    expect(decision.temperature).toBe(manifest.decision.temperature);
    expect(decision.unsureBelow).toBeGreaterThan(0);
    expect(decision.unsureBelow).toBeLessThan(1);
  });
});
