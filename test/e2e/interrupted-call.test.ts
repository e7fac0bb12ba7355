// The browser closed mid-call wipes chrome.storage.session (the live state), but the summary of
// what was captured survives: the worker checkpoints each live call into the encrypted store as
// "interrupted", and the proper end would replace it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch } from './harness';

// More than a call-store chunk (32): the checkpoint then stores its record in pieces (a sealed
// chunk and a head, src/sessions/checkpoint.ts) and the summary reads them back whole.
const lines = Array.from({ length: 44 }, (_, i) =>
  i % 2 === 0
    ? { self: true, speaker: 'You', text: `Question number ${i + 1}, how has the pain been on the stairs?` }
    : { speaker: 'Bob Jones', text: `Answer number ${i + 1}, it is a bit better than last week.` },
);

describe.skipIf(!haveBrowser())('a call interrupted by closing the browser', () => {
  const profile = mkdtempSync(join(tmpdir(), 'alliance-interrupted-'));
  afterAll(() => rmSync(profile, { recursive: true, force: true }));

  it('still has a summary of what was captured after the browser restarts', async () => {
    const first = await launch({ userDataDir: profile });
    try {
      const call = await first.openCall('https://meet.google.com/abc-defg-hij');
      const tabId = await first.tabIdFor('meet');
      await call.evaluate((steps) => (window as any).__fixture.play({ steps }, { wordMs: 10, stepMs: 40 }), lines);
      // Wait until the worker holds at least forty utterances: the fortieth triggers a checkpoint.
      const sw = await first.serviceWorker();
      await expect
        .poll(async () => sw.evaluate(async (id) => {
          const head = (await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as any;
          return head ? (head.sealed ?? 0) * 32 + head.coach.utterances.length : 0;
        }, tabId), { timeout: 30_000 })
        .toBeGreaterThanOrEqual(40);
      const summary = await first.openExtensionPage('src/entries/summary/index.html');
      await expect.poll(async () => { await summary.reload(); return summary.locator('[data-call-id]').count(); }, { timeout: 15_000 }).toBe(1);
    } finally {
      await first.close(); // no leave, no tab close event handled: the browser just goes away
    }

    const second = await launch({ userDataDir: profile });
    try {
      const sw = await second.serviceWorker();
      expect(await sw.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).filter((k) => k.startsWith('call:')))).toEqual([]);
      const summary = await second.openExtensionPage('src/entries/summary/index.html');
      const item = summary.locator('[data-call-id]');
      await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
      await item.first().locator('button, a').first().click();
      await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('Question number 1,');
      const text = await summary.locator('body').textContent();
      expect(text).toContain('Answer number 10,');
      expect(text).toContain('Question number 39,');
    } finally {
      await second.close();
    }
  });
});
