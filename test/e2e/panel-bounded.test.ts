// A long call does not grow the side panel: ~270 utterances played on the Meet fixture through the
// real capture, worker, classifier and panel; with the disclosure open, the feed renders the newest
// FEED_MAX lines (the hooks data-role / data-label on them, the newest last), the goal / task lists
// at most TALLY_MAX items each, and the element count stays the same from the middle of the call
// to its end. Counts only; no timing is asserted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { openDetails } from './panel-feed';
import { storedCall } from '../../scripts/lib/stored-call';
import { buildScript, playRecorded, type Script } from '../../scripts/bench/call-driver';
import { cycle, loadCorpus } from '../../scripts/bench/corpus';
import { FEED_MAX, TALLY_MAX } from '../../src/ui/panel/model';

describe.skipIf(!haveBrowser())('bounded side panel over a long call (Chromium)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('renders the newest lines only, with their hooks, and the same DOM at the end as in the middle', async () => {
    const call = await h.openCall('https://meet.google.com/abc-defg-hij');
    const tabId = await h.tabIdFor('meet');
    const panel = await h.openPanel(tabId);
    const sw = await h.serviceWorker();
    const script = buildScript(cycle(loadCorpus(), 160, 40));
    const half = Math.floor(script.steps.length / 2);
    const stored = async () => (await storedCall(sw, tabId))?.call.coach.utterances.length ?? 0;
    const dom = () =>
      panel.evaluate(() => {
        for (const d of Array.from(document.querySelectorAll<HTMLDetailsElement>('details.ac-more'))) d.open = true;
        const rows = Array.from(document.querySelectorAll<HTMLElement>('.ac-feed li[data-role]'));
        const last = rows.at(-1);
        return {
          elements: document.getElementsByTagName('*').length,
          rows: rows.length,
          items: document.querySelectorAll('li[data-item-id]').length,
          earlier: Number(document.querySelector('[data-feed-earlier]')?.getAttribute('data-feed-earlier') ?? 0),
          lastId: last?.dataset.utteranceId ?? null,
          roles: new Set(rows.map((r) => r.getAttribute('data-role'))).size,
          labelled: rows.filter((r) => r.getAttribute('data-role') === 'clinician' && r.hasAttribute('data-label')).length,
          pillars: Array.from(document.querySelectorAll('[data-pillar]')).map((p) => [p.getAttribute('data-pillar'), p.getAttribute('data-value')]),
        };
      });
    const played = async (part: Script, want: number) => {
      await playRecorded(call, part, { wordMs: 4, stepMs: 20 });
      await expect.poll(stored, { timeout: 90_000, interval: 500 }).toBeGreaterThanOrEqual(want);
      const ids = (await storedCall(sw, tabId))!.call.coach.utterances.map((u) => u.id);
      // The panel has caught up once its newest row is the call's newest utterance.
      await expect.poll(async () => (await dom()).lastId, { timeout: 30_000 }).toBe(ids.at(-1));
      return { ids, view: await dom() };
    };

    await openDetails(panel);
    const mid = await played({ steps: script.steps.slice(0, half) }, half);
    const end = await played({ steps: script.steps.slice(half) }, script.steps.length);

    expect(end.ids.length).toBeGreaterThan(5 * FEED_MAX);
    for (const { ids, view } of [mid, end]) {
      expect(view.rows).toBe(FEED_MAX);
      expect(view.earlier).toBe(ids.length - FEED_MAX);
      expect(view.items).toBeLessThanOrEqual(2 * TALLY_MAX);
      expect(view.roles).toBe(2); // clinician and patient rows, each with data-role
      expect(view.labelled).toBeGreaterThan(FEED_MAX / 4); // clinician rows carry data-label
      expect(view.pillars.map(([p]) => p)).toEqual(['goals', 'tasks', 'bond']);
    }
    // Twice the call, same panel: only the tally lists may still be filling up to their bound.
    expect(end.view.elements).toBeLessThanOrEqual(mid.view.elements + 10 * 2 * TALLY_MAX);
    expect(end.view.elements).toBeLessThan(1200);
    await panel.close();
    await call.close();
  }, 240_000);
});
