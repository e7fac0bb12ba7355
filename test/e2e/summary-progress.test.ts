// The review workflow, the Progress view and the pilot report in the built extension, and axe-core
// on every page a clinician reads (panel during a call, summary, Progress view, options): no
// serious or critical violations.
//
// Three scripted calls (src/sessions/sample-progress.ts) are stored through the shipped stores on
// real IndexedDB + WebCrypto (bundled with esbuild and evaluated in the page, as in
// summary-store.test.ts); the first is kept as metrics only, as if its transcript had expired.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeSerious } from './axe';
import { haveBrowser, launch, ROOT, type Harness } from './harness';

const SUMMARY = 'src/entries/summary/index.html';
// Recent calls (three weeks ago, then weekly): the worker's retention purge (default 30 days, which
// also applies to calls already stored) runs whenever it restarts and must not take them.
const DAY = 86_400_000;
const BASE = Math.floor(Date.now() / DAY) * DAY - 21 * DAY + 12 * 3_600_000;
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const DAYS = [0, 7, 14].map((i) => day(BASE + i * DAY));

const ENTRY = `
import { SessionStore } from './src/sessions/store';
import { MetricsStore } from './src/sessions/metrics-store';
import { callMetrics } from './src/sessions/progress';
import { progressSampleRecords } from './src/sessions/sample-progress';
globalThis.__progress = { SessionStore, MetricsStore, callMetrics, progressSampleRecords };
`;

type W = typeof globalThis & { __progress: any };

describe.skipIf(!haveBrowser())('Progress view, review workflow and accessibility in Chromium', () => {
  let h: Harness;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    code = (await build({ stdin: { contents: ENTRY, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', platform: 'browser', target: 'chrome116', write: false })).outputFiles[0]!.text;
    h = await launch();
    const seed = await h.openExtensionPage(SUMMARY);
    await seed.evaluate(code);
    await seed.evaluate(async (base) => {
      const { SessionStore, MetricsStore, callMetrics, progressSampleRecords } = (globalThis as W).__progress;
      const calls = new SessionStore({ idb: indexedDB, subtle: crypto.subtle });
      const metrics = new MetricsStore({ idb: indexedDB, subtle: crypto.subtle });
      const [first, second, third] = progressSampleRecords(base);
      // The first call's transcript has expired ("text 7 days, metrics 1 year"): metrics only.
      await metrics.put(callMetrics(first), { retentionDays: 7, metricsRetentionDays: 365 });
      for (const r of [second, third]) {
        await calls.put(r, { retentionDays: 3650 });
        await metrics.put(callMetrics(r), { retentionDays: 7, metricsRetentionDays: 365 });
      }
      calls.close();
      metrics.close();
    }, BASE);
    await seed.close();
    page = await h.openExtensionPage(`${SUMMARY}?view=progress`);
    await page.setViewportSize({ width: 1100, height: 1400 });
    await page.waitForSelector('[data-view="progress"] [data-progress-count]');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the three calls over time, the metrics-only one included', async () => {
    expect(await page.locator('[data-progress-count]').getAttribute('data-progress-count')).toBe('3');
    expect(await page.locator('tr[data-progress-call]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kept')))).toEqual(['metrics', 'full', 'full']);
    const col = (k: string) => page.locator(`td[data-series="${k}"]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
    expect(await col('longestLectureSec')).toEqual(['19', '10', '0']);
    expect(await col('goalsAgreed')).toEqual(['0', '0', '1']);
    expect(await col('disputedLabels')).toEqual(['0', '0', '1']);
    expect(await page.locator('figure.progress-chart').count()).toBe(10);
  });

  it('a skill goal chosen with the keyboard is kept and judged per call', async () => {
    await page.locator('select[data-goal-kind]').focus();
    await page.locator('select[data-goal-kind]').selectOption('goal-agreed');
    await page.keyboard.press('Tab'); // the threshold
    await page.keyboard.press('Tab'); // Add goal
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('add-goal');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-skill-goal="goal-agreed"]');
    expect(await page.locator('[data-skill-goal="goal-agreed"]').textContent()).toContain('met in 1 of 3 calls');
    expect(await page.locator('td[data-goal-result]').evaluateAll((c) => c.map((x) => x.getAttribute('data-goal-result')))).toEqual(['missed', 'missed', 'met']);
    // Kept across a reload (stored in the progress database, not in the page).
    await page.reload();
    await page.waitForSelector('[data-skill-goal="goal-agreed"]');
  });

  it('the pilot report: CSV and JSON with the same opaque ids, days only, no text, names or local ids', async () => {
    await page.bringToFront();
    await page.locator('input[data-pilot-from]').fill(DAYS[0]!);
    await page.locator('input[data-pilot-to]').fill(DAYS[2]!);
    expect(await page.locator('[data-pilot-count]').getAttribute('data-pilot-count')).toBe('3');
    const get = async (format: string) => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-pilot="${format}"]`).click()]);
      const path = await d.path();
      return { name: d.suggestedFilename(), text: readFileSync(path!, 'utf8') };
    };
    const csv = await get('csv');
    const json = await get('json');
    expect(csv.name).toMatch(new RegExp(`^alliance-pilot-${DAYS[0]}_${DAYS[2]}-[0-9a-f]{8}\\.csv$`));
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.startsWith('report_id,call_ref,date,platform,')).toBe(true);
    const doc = JSON.parse(json.text);
    expect(doc).toMatchObject({ format: 'alliance-coach/pilot-report', schemaVersion: 1, calls: 3, period: { from: DAYS[0], to: DAYS[2] } });
    expect(doc.rows.map((r: { date: string }) => r.date)).toEqual(DAYS);
    expect(lines[1]!.split(',')[1]).toBe(doc.rows[0].call_ref);
    for (const text of [csv.text, json.text]) expect(text).not.toMatch(/progress-call|Maria|Gomez|Anna|Lee|exhausted|sleep diary|T\d\d:\d\d/);
  });

  it('Progress view: no serious or critical axe violations, in light and dark colour schemes', async () => {
    expect(await axeSerious(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('summary: filters, a metric shows its utterances, dispute on demand, a note saved encrypted; no serious axe violations', async () => {
    await page.bringToFront();
    await page.locator('tr[data-progress-call="progress-call-2"] [data-open-call]').click();
    await page.waitForSelector('.call-summary [data-metric]');
    await page.mouse.move(1, 1); // nothing hovered
    expect(await axeSerious(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // The dispute control is out of sight until asked for, then keyboard-reachable.
    expect(await page.locator('.transcript select[data-dispute-for]').count()).toBe(0);
    const open = page.locator('.transcript [data-dispute-open="u3"]');
    expect((await open.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    // A click (or tap) on the row selects it and shows the control; hover does too.
    await page.locator('.transcript li[data-utterance="u4"] .text').click();
    expect((await page.locator('.transcript [data-dispute-open="u4"]').boundingBox())!.width).toBeGreaterThan(20);
    await page.locator('.transcript li[data-utterance="u4"] .text').click();
    await page.mouse.move(1, 1);
    expect((await page.locator('.transcript [data-dispute-open="u4"]').boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await open.focus();
    expect((await open.boundingBox())!.width).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-dispute-for'))).toBe('u3');
    // The correction is saved in the encrypted record, and the call's metrics-only row follows it.
    await page.locator('select[data-dispute-for="u3"]').selectOption('empathic_reflection');
    await page.waitForSelector('.transcript li[data-utterance="u3"][data-disputed="true"]');
    await page.evaluate(code);
    await expect.poll(() => page.evaluate(async () => {
      const { MetricsStore } = (globalThis as W).__progress;
      const store = new MetricsStore({ idb: indexedDB, subtle: crypto.subtle });
      const row = (await store.list()).find((m: { callId: string }) => m.callId === 'progress-call-2');
      store.close();
      return row ? [row.disputedLabels, row.sympathy, row.reflections] : null;
    })).toEqual([1, 0, 3]);
    // A metric shows its utterances; the label filter narrows the transcript.
    await page.locator('[data-metric-show="longest-lecture-run"]').click();
    expect(await page.locator('.transcript li[data-utterance]').evaluateAll((x) => x.map((li) => li.getAttribute('data-utterance')))).toEqual(['u4']);
    await page.locator('[data-action="clear-metric"]').click();
    await page.locator('select[data-filter="label"]').selectOption('empathic_reflection');
    expect(await page.locator('.transcript li[data-utterance]').evaluateAll((x) => x.map((li) => li.getAttribute('data-utterance')))).toEqual(['u3', 'u5', 'u7']);
    // A note on the coaching moment goes into the encrypted record and survives a reload.
    await page.locator('[data-note-add="p1"]').click();
    await page.locator('[data-note-for="p1"] textarea').fill('Reflect the exhaustion before advice');
    await page.locator('[data-note-save="p1"]').click();
    await expect.poll(() => page.locator('[data-note-for="p1"] [role="status"]').textContent()).toBe('Saved.');
    await page.reload();
    await page.waitForSelector('[data-note-for="p1"] textarea');
    expect(await page.locator('[data-note-for="p1"] textarea').inputValue()).toBe('Reflect the exhaustion before advice');
    expect(await axeSerious(page)).toEqual([]);
  });

  it('deleting a call deletes its metrics too: the Progress view no longer counts it', async () => {
    await page.locator('.actions [data-action="delete"]').click();
    await page.locator('[data-confirm-yes="delete"]').click();
    await page.waitForSelector('.call-list li[data-call-id]');
    expect(await axeSerious(page)).toEqual([]); // the list of calls
    await page.locator('[data-action="progress"]').click();
    await page.waitForSelector('[data-progress-count]');
    expect(await page.locator('[data-progress-count]').getAttribute('data-progress-count')).toBe('2');
    expect(await page.locator('tr[data-progress-call]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-progress-call')))).toEqual(['progress-call-1', 'progress-call-3']);
  });

  it('options page and the side panel during a call: no serious or critical axe violations', async () => {
    const options = await h.openExtensionPage('src/entries/options/index.html');
    await options.waitForSelector('[data-setting="metricsRetentionDays"]');
    expect(await axeSerious(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(options)).toEqual([]);

    await h.openCall('https://meet.google.com/abc-defg-hij');
    const call = h.context.pages().at(-1)!;
    const tabId = await h.tabIdFor('meet');
    const panel = await h.openPanel(tabId);
    await panel.setViewportSize({ width: 320, height: 900 });
    const script = JSON.parse(readFileSync(`${ROOT}/scripts/demo/knee-pain.json`, 'utf8')) as { setup: object; steps: Array<{ do?: string }> };
    await call.evaluate((s) => (window as any).__fixture.play(s, { wordMs: 15, stepMs: 80 }), { setup: script.setup, steps: script.steps.filter((s) => !s.do).slice(0, 6) });
    await expect.poll(() => panel.locator('.ac-feed li[data-role]').count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(4);
    expect(await axeSerious(panel)).toEqual([]);
    await panel.evaluate(() => {
      for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.ac-more'))) d.open = true;
    });
    expect(await axeSerious(panel)).toEqual([]);
    await panel.emulateMedia({ colorScheme: 'dark' });
    expect(await axeSerious(panel)).toEqual([]);
    expect(h.egress).toEqual([]);
  });
});
