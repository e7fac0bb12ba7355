// Stores the three scripted example calls (src/sessions/sample-progress.ts) through the shipped
// encrypted stores in an extension page, so the demo's Progress view has a history to show. The
// stores are bundled with esbuild and evaluated in the page (test and demo tooling only; nothing
// here ships in dist/).
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = `
import { SessionStore } from './src/sessions/store';
import { MetricsStore } from './src/sessions/metrics-store';
import { callMetrics } from './src/sessions/progress';
import { progressSampleRecords } from './src/sessions/sample-progress';
globalThis.__seedProgress = async (base, metricsOnlyFirst) => {
  const calls = new SessionStore({ idb: indexedDB, subtle: crypto.subtle });
  const metrics = new MetricsStore({ idb: indexedDB, subtle: crypto.subtle });
  const records = progressSampleRecords(base);
  for (const [i, r] of records.entries()) {
    if (!(metricsOnlyFirst && i === 0)) await calls.put(r, { retentionDays: 30 });
    await metrics.put(callMetrics(r), { retentionDays: 7, metricsRetentionDays: 365 });
  }
  calls.close();
  metrics.close();
  return records.length;
};
`;

/** Seeds the example calls (first one metrics-only) starting `daysAgo` days before now. */
export async function seedProgress(page: Page, daysAgo = 22): Promise<number> {
  const out = await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', target: 'chrome116', write: false });
  await page.evaluate(out.outputFiles[0]!.text);
  const base = Date.now() - daysAgo * 86_400_000;
  return page.evaluate(([b]) => (globalThis as unknown as { __seedProgress: (b: number, m: boolean) => Promise<number> }).__seedProgress(b!, true), [base]);
}
