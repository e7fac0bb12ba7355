// Two calls at once (Meet and Teams in two tabs) are two separate call sessions: each panel shows
// only its own call's utterances, and closing one tab ends that call cleanly (its summary is stored
// with its own utterances only) while the other keeps capturing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

const MEET = 'https://meet.google.com/abc-twoo-one';
const TEAMS = 'https://teams.microsoft.com/v2/';

/** A short call whose every utterance carries `tag`, so leaks between calls are visible. */
function play(page: Page, tag: string, n: number): Promise<number> {
  return page.evaluate(
    async ({ tag, n }) => {
      const f = (window as any).__fixture;
      const steps = f.scripts.basic.steps.filter((s: any) => !s.do).slice(0, n).map((s: any) => ({ ...s, text: `${s.text} ${tag}` }));
      await f.play({ steps }, { wordMs: 10, stepMs: 60 });
      return steps.length as number;
    },
    { tag, n },
  );
}

describe.skipIf(!haveBrowser())('reliability: two calls in two tabs', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the calls apart, and closing one tab stores its summary while the other keeps running', async () => {
    const meet = await h.openCall(MEET);
    const meetTab = await h.tabIdFor('meet');
    const teams = await h.openCall(TEAMS);
    const teamsTab = await h.tabIdFor('teams');
    expect(teamsTab).not.toBe(meetTab);
    const meetPanel = await h.openPanel(meetTab);
    const teamsPanel = await h.openPanel(teamsTab);

    const [nMeet, nTeams] = await Promise.all([play(meet, 'MEETTAG', 5), play(teams, 'TEAMSTAG', 4)]);
    const texts = (p: Page) => p.locator('.ac-feed li .ac-text').allTextContents();
    await expect.poll(async () => (await texts(meetPanel)).length, { timeout: 20_000 }).toBe(nMeet);
    await expect.poll(async () => (await texts(teamsPanel)).length, { timeout: 20_000 }).toBe(nTeams);
    expect((await texts(meetPanel)).every((t) => t.endsWith('MEETTAG'))).toBe(true);
    expect((await texts(teamsPanel)).every((t) => t.endsWith('TEAMSTAG'))).toBe(true);

    // Close the Meet tab: its call ends (tab-closed / unload) and is stored.
    await meet.close();
    const summary = await h.openExtensionPage('src/entries/summary/index.html');
    await expect.poll(async () => { await summary.reload(); return summary.locator('li[data-call-id]').count(); }, { timeout: 20_000 }).toBe(1);
    expect(await summary.locator('li[data-call-id] .platform').textContent()).toBe('Google Meet');
    await summary.locator('button[data-action="open"]').click();
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 10_000 }).toContain('MEETTAG');
    expect(await summary.locator('body').textContent()).not.toContain('TEAMSTAG');
    expect(await h.context.serviceWorkers()[0]!.evaluate(async (id) => Object.keys(await chrome.storage.session.get(`call:${id}`)).length, meetTab)).toBe(0);

    // The Teams call goes on in the same session and its panel keeps updating.
    const more = await teams.evaluate(async () => {
      const f = (window as any).__fixture;
      const steps = [{ speaker: 'Bob Jones', text: 'Still here after the other call ended TEAMSTAG' }];
      await f.play({ steps }, { wordMs: 10, stepMs: 60 });
      return steps.length;
    });
    await expect.poll(async () => (await texts(teamsPanel)).length, { timeout: 20_000 }).toBe(nTeams + more);
    expect(await teamsPanel.locator('.ac-feed').textContent()).toContain('Still here after the other call ended');
    expect(h.egress).toEqual([]);
  });
});
