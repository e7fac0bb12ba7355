// AnnoMI-dev lives beside the project (../shared), is evaluation-only and may be absent (a fresh
// clone, CI without the shared data): these tests skip then, with the reason in the name.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { loadAnnomi, ANNOMI_CSV } from '../../models/train/annomi';

const root = resolve(import.meta.dirname, '../..');
const hasShared = existsSync(ANNOMI_CSV);
const manifest = JSON.parse(readFileSync(resolve(root, 'models/manifest.json'), 'utf8'));

describe.skipIf(!hasShared)('AnnoMI-dev 4-class evaluation (skipped: ../shared/data/annomi-dev absent)', () => {
  it('reads therapist turns with the previous client turn as context', () => {
    const turns = loadAnnomi();
    expect(turns.length).toBeGreaterThan(2000);
    expect(turns.some((t) => t.context !== '')).toBe(true);
  });

  it('the eval CLI reproduces the manifest figures for model and baseline', () => {
    for (const [args, want] of [[[], manifest.metrics.annomiDev4Class.model.macroF1], [['--baseline'], manifest.metrics.annomiDev4Class.baseline.macroF1]] as const) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--annomi', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).macroF1).toBeCloseTo(want, 3);
    }
  }, 180_000);
});
