// `npm run train` reproduces the shipped model byte for byte: training runs again from the
// committed corpus into a temporary directory, and the ONNX file and the decision threshold must
// equal the committed ones. (About a minute on 2 cores; the only slow unit test, and the one that
// proves the model is a build product of the repository, not a hand-placed file.)
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared/data/annomi-dev');

// Selection reads AnnoMI-dev from ../shared (evaluation and selection only); without it training
// may choose another configuration, so the comparison only holds where the data is present.
describe.skipIf(!existsSync(shared))('training reproducibility', () => {
  it('retrains the shipped model byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'ac-train-'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'models/train/train.ts', '--out', out], { cwd: root, encoding: 'utf8', timeout: 240_000 });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    expect(readFileSync(join(out, 'alliance-classifier.onnx')).equals(readFileSync(resolve(root, 'models/alliance-classifier.onnx')))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'decision.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(resolve(root, 'src/classifier/decision.json'), 'utf8')));
  }, 300_000);
});
