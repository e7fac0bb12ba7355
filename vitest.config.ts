import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Files that take minutes go first, so they overlap the many short ones on the other worker instead
// of starting last (a clean clone has no duration cache, and the default order is by file size).
const LONG_FIRST = ['test/safety/risk-model-train.test.ts'];
class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification): number => {
      const i = LONG_FIRST.findIndex((p) => f.moduleId.endsWith(p));
      return i === -1 ? LONG_FIRST.length : i;
    };
    return sorted.sort((a, b) => rank(a) - rank(b)); // stable: the rest keep vitest's order
  }
}

// Two projects: `unit` runs pure logic in Node (fast, parallel); `e2e` drives the built extension in
// Debian's Chromium one file at a time (each file launches its own browser; 2 cores cannot take more).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/captions/**/*.test.ts', 'test/model/**/*.test.ts', 'test/safety/**/*.test.ts'],
          environment: 'node',
          // Two workers on the 2-core machine (vitest's default is cores - 1 = 1): the retrain test
          // alone takes about 10 minutes, and serially it pushed CI towards its 30-minute limit.
          maxWorkers: 2,
          sequence: { sequencer: LongFirst },
          // Property tests and corpus-wide checks take seconds; on a loaded 2-core machine the
          // default 5 s timed out tests that pass (a timeout here is a hang guard, not a budget).
          testTimeout: 60_000,
          // The blind caption scenarios wait on real timers (~20 s each, a few % of a core): a round
          // of up to ~20 runs at once instead of in waves of vitest's default 5. Set here, not on
          // the command line: a CLI --maxConcurrency does not reach the projects.
          maxConcurrency: 24,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          // Fails fast, with a clear message, if a managed policy file from another run is present.
          setupFiles: ['test/e2e/setup-policy-guard.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
