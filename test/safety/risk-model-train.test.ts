// Byte-reproducibility of the learned risk stage: `npm run train:safety` into a temp dir gives
// exactly the committed src/safety/risk-model.json and its report. Needs the real-speech corpora
// (../shared/data beside the repository, or $ALLIANCE_DATA) for the training negatives; skipped without them.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DATA_ROOT } from '../../scripts/lib/patient-turns';

const haveData = existsSync(`${DATA_ROOT}/primock57/turns.csv`);

describe('npm run train:safety', () => {
  it.skipIf(!haveData)('retrains into a temp dir byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'risk-model-'));
    try {
      // The real command in a process of its own: the same training inside a vitest worker ran about
      // twice as slow (over 10 min against 5.5 min alone with tsx, session 18).
      await promisify(execFile)(join('node_modules', '.bin', 'tsx'), ['models/safety/train-risk.ts', '--out', dir], { maxBuffer: 16 << 20 });
      expect(readFileSync(join(dir, 'risk-model.json'), 'utf8')).toBe(readFileSync('src/safety/risk-model.json', 'utf8'));
      expect(readFileSync(join(dir, 'risk-model-report.json'), 'utf8')).toBe(readFileSync('models/safety/risk-model-report.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A hang guard, not a budget: 5.5 min alone on 2 cores (44,569 own items and 7,611 real turns;
    // 5 folds + 4 more tail seeds x 5 folds + the final fit); vitest.config.ts starts this file first.
  }, 1_500_000);
});
