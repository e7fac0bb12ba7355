// Runs every Chromium code path of `npm run bench` on a handful of utterances and checks the report's
// shape: the classifier in the offscreen document, caption -> panel label, patient cue -> prompt shown, call-page cost with the
// control browser, and the long call's heap samples. Timings are not asserted (shared machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haveBrowser } from './harness';
import { DEFAULTS, runBench } from '../../scripts/bench';

describe.skipIf(!haveBrowser())('bench smoke (built extension in Chromium)', () => {
  it('measures every section on a few utterances', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
    try {
      const r = await runBench({
        ...DEFAULTS,
        iterations: 30,
        warmup: 5,
        e2e: 3,
        cues: 3,
        long: 12,
        samples: 2,
        only: ['chromium', 'e2e', 'cues', 'cost', 'long'],
        out,
        pace: { wordMs: 20, stepMs: 60 },
      });
      expect(r.machine.chromium).toMatch(/^\d+\./);
      expect(r.chromiumClassifier?.classifyInsideMs.n).toBe(30);
      expect(r.chromiumClassifier?.loadColdMs).toBeGreaterThan(0);
      expect(r.endToEnd?.clinicianLabelled).toBeGreaterThanOrEqual(2);
      expect(r.pageCost?.withoutExtension.taskMs).toBeGreaterThan(0);
      // Anticipatory prompts: every cue's prompt observed in the panel (the figure's n).
      expect(r.anticipatory?.cues).toBe(3);
      expect(r.anticipatory?.emittedToPromptMs.n).toBe(r.anticipatory?.shown);
      // Samples after minute 1 and minute 30 of the replayed call, then `samples` evenly spaced ones.
      expect(r.longCall?.memory.length).toBeGreaterThanOrEqual(2);
      expect(r.longCall?.memory[0]?.heaps.map((h) => h.context).sort()).toEqual(['offscreen+panel', 'service_worker']);
      expect(Object.keys(r.longCall?.heapAtMinute ?? {}).sort()).toEqual(['1', '30', '60']);
      expect(r.longCall?.heapAtMinute[60]['service_worker']).toBeGreaterThan(0);
      // Compiled code comes from a real heap snapshot: present, and only part of the used heap.
      const sw = r.longCall?.memory.at(-1)?.heaps.find((h) => h.context === 'service_worker');
      expect(sw?.codeBytes).toBeGreaterThan(0);
      expect(sw?.codeBytes).toBeLessThan(sw?.usedBytes ?? 0);
      expect(r.chromiumClassifier?.offscreenHeap?.afterTimed).toBeGreaterThan(0);
      expect(r.commit).toMatch(/^[0-9a-f]{40}(-dirty)?$|^unknown$/);
      const budgets = r.figures.filter((f) => f.pass !== null).map((f) => f.budget);
      expect(budgets).toEqual(expect.arrayContaining(['p50 <= 0.3 ms, p99 <= 0.5 ms', 'p95 <= 150 ms', 'p95 <= 250 ms', 'p95 <= 300 ms, every cue shown', '<= 0.2 %', 'flat: sum <= 2 x record (one live copy + the stored one)']));
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
