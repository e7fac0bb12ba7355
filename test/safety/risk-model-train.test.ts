// Byte-reproducibility of the learned risk stage: retraining from the committed data into a temp
// dir gives exactly the committed src/safety/risk-model.json. Needs the real-speech corpora
// (../shared/data beside the repository, or $ALLIANCE_DATA) for the training negatives; skipped without them.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_ROOT } from '../../scripts/lib/patient-turns';

const haveData = existsSync(`${DATA_ROOT}/primock57/turns.csv`);

describe('npm run train:safety', () => {
  it.skipIf(!haveData)('retrains into a temp dir byte for byte', async () => {
    const { trainAll, writeModel } = await import('../../models/safety/train-risk');
    const dir = mkdtempSync(join(tmpdir(), 'risk-model-'));
    try {
      const { file, report } = trainAll(() => {});
      writeModel(dir, file, report);
      expect(readFileSync(join(dir, 'risk-model.json'), 'utf8')).toBe(readFileSync('src/safety/risk-model.json', 'utf8'));
      expect(readFileSync(join(dir, 'risk-model-report.json'), 'utf8')).toBe(readFileSync('models/safety/risk-model-report.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000); // about 4 min alone on 2 cores (5 tail seeds x 5 folds); longer beside other test files
});
