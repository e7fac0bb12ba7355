import { defineConfig } from 'vitest/config';

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
          // Property tests and corpus-wide checks take seconds; on a loaded 2-core machine the
          // default 5 s timed out tests that pass (a timeout here is a hang guard, not a budget).
          testTimeout: 60_000,
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
