// Safety mode end to end on the Meet fixture, through the built extension: two scripted calls at the
// real Meet URL. A call full of figurative speech ("this knee is killing me") never shows safety
// mode. A call where the patient voices suicidal thoughts shows it within 1 s of the patient's
// caption becoming final: coaching prompts pause, the clinician ticks items and closes it, and the
// summary keeps the safety moment with its ticked items.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { feed, isLive, liveCallId, play } from './panel-feed';

const PACE = { wordMs: 25, stepMs: 80 };
/** The segmenter finalises a line ending in . ! ? after 0.6 × its 1500 ms stable time (segmenter.ts). */
const PUNCT_FINAL_MS = 900;

interface Line { self?: true; speaker: string; text: string }
const dr = (text: string): Line => ({ self: true, speaker: 'Dr. Alice Smith', text });
const pt = (text: string): Line => ({ speaker: 'Bob Jones', text });

const FIGURATIVE: Line[] = [
  dr('Hi Bob, how has the running been going?'),
  pt('Honestly this knee is killing me after the long runs.'),
  dr('That sounds really frustrating for you.'),
  pt('The hills will be the death of me, but I am dying to get back to running.'),
  dr('What would you like to be able to do by next month?'),
  pt('My boss will kill me if I miss another day, I nearly died of embarrassment last time.'),
  pt('I could murder a pizza after a session like that, I was dead on my feet.'),
  dr('Would you be willing to try the stretches twice a day?'),
  pt('Yes, I can do that.'),
];

const RISK_LINE = 'Honestly, some days I think everyone would be better off without me.';
const RISK_CALL: Line[] = [
  dr('Hi Bob, how have things been since we last spoke?'),
  pt('Not good. I feel so frustrated, nothing I do seems to help.'),
  pt(RISK_LINE),
];
const AFTER: Line[] = [
  dr("Oh no, that's terrible, you poor thing, I can't imagine."),
  pt('It has been a really hard few months.'),
];

const script = (lines: Line[]) => ({ steps: lines.map(({ self, speaker, text }) => ({ ...(self ? { self } : {}), speaker, text })) });

/** Records, inside the panel page, when a [data-safety] element first appears (and any ever does). */
function watchSafety(panel: Page): Promise<void> {
  return panel.evaluate(() => {
    const w = window as unknown as { __safetySeenAt: number | null };
    w.__safetySeenAt = null;
    const check = () => {
      if (w.__safetySeenAt === null && document.querySelector('[data-safety]')) w.__safetySeenAt = Date.now();
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
    check();
  });
}
const safetySeenAt = (panel: Page) => panel.evaluate(() => (window as unknown as { __safetySeenAt: number | null }).__safetySeenAt);

async function heard(panel: Page, lines: Line[]): Promise<void> {
  await expect.poll(async () => {
    const rows = await feed(panel);
    return lines.every((l) => rows.some((r) => r.text === l.text && (!l.self || r.label)));
  }, { timeout: 30_000 }).toBe(true);
}

async function utteranceEnd(sw: Worker, tabId: number, text: string): Promise<number | null> {
  return sw.evaluate(async ({ tabId, text }) => {
    const call = (await chrome.storage.session.get(`call:${tabId}`))[`call:${tabId}`] as { coach: { utterances: { text: string; endMs: number }[] } } | undefined;
    return call?.coach.utterances.find((u) => u.text === text)?.endMs ?? null;
  }, { tabId, text });
}

describe.skipIf(!haveBrowser())('safety mode on a scripted Meet call (built extension)', () => {
  let h: Harness;
  let sw: Worker;

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('never shows safety mode during a call of figurative speech', async () => {
    const call = await h.openCall('https://meet.google.com/fig-urat-ive');
    const tabId = await h.tabIdFor('meet');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('[role="status"]').count(), { timeout: 10_000 }).toBe(1);
    await watchSafety(panel);
    await call.evaluate(({ s, pace }) => (window as any).__fixture.play(s, pace), { s: script(FIGURATIVE), pace: PACE });
    await heard(panel, FIGURATIVE);
    await panel.waitForTimeout(1500); // past the latency budget of the last line
    expect(await safetySeenAt(panel)).toBeNull();
    expect(await panel.locator('[data-safety]').count()).toBe(0);
    expect(await sw.evaluate(async (id) => ((await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { safety?: unknown }).safety ?? null, tabId)).toBeNull();
    await play(call, 'callEnd');
    await expect.poll(() => isLive(sw, tabId), { timeout: 15_000 }).toBe(false);
    await call.close();
    await panel.close();
  });

  it('shows safety mode within 1 s of the risk caption becoming final, pauses prompts, ticks, closes, and keeps the moment', async () => {
    await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { nudgeIntervalSec: 10, promptExpirySec: 60 });
    const call = await h.openCall('https://meet.google.com/saf-etym-ode');
    const tabId = await h.tabIdFor('meet');
    const panel = await h.openPanel(tabId);
    await expect.poll(() => panel.locator('[role="status"]').count(), { timeout: 10_000 }).toBe(1);
    await watchSafety(panel);
    await call.evaluate(({ s, pace }) => (window as any).__fixture.play(s, pace), { s: script(RISK_CALL), pace: PACE });

    const box = panel.locator('[data-safety="active"]');
    await expect.poll(() => box.count(), { timeout: 15_000 }).toBe(1);
    const seen = (await safetySeenAt(panel))!;
    const end = await utteranceEnd(sw, tabId, RISK_LINE);
    expect(end).not.toBeNull();
    const latency = seen - (end! + PUNCT_FINAL_MS);
    console.log(`safety mode shown ${latency} ms after the risk caption became final`);
    expect(latency).toBeLessThanOrEqual(1000);
    expect(await panel.locator('[data-safety]').count()).toBe(1);
    expect(await box.getAttribute('data-safety-category')).toBe('suicidal');
    expect(await box.locator('input[data-safety-item]').count()).toBe(5);
    expect((await box.textContent()) ?? '').toMatch(/988|emergency services/);

    // Coaching prompts pause: a sympathy line that would prompt "reflect instead" shows nothing.
    await call.evaluate(({ s, pace }) => (window as any).__fixture.play(s, pace), { s: script(AFTER), pace: PACE });
    await heard(panel, AFTER);
    await panel.waitForTimeout(1500);
    expect(await panel.locator('[data-prompt-kind]').count()).toBe(0);
    expect(await panel.locator('[role="status"]').count()).toBe(1);

    // Ticks persist through the worker; the mode stays until the clinician closes it.
    await box.locator('input[data-safety-item="thoughts"]').check();
    await box.locator('input[data-safety-item="means"]').check();
    await expect.poll(() => box.locator('input[data-safety-item="means"]').isChecked(), { timeout: 5000 }).toBe(true);
    await expect.poll(() => sw.evaluate(async (id) => ((await chrome.storage.session.get(`call:${id}`))[`call:${id}`] as { safety: { episodes: { ticked: string[] }[] } }).safety.episodes[0]!.ticked, tabId), { timeout: 5000 }).toEqual(['thoughts', 'means']);
    await panel.waitForTimeout(500);
    expect(await box.count()).toBe(1);
    await box.locator('[data-action="safety-close"]').click();
    await expect.poll(() => panel.locator('[data-safety]').count(), { timeout: 5000 }).toBe(0);

    // After the call: the summary shows the safety moment with its ticked items and its trigger.
    const callId = await liveCallId(sw, tabId);
    await play(call, 'callEnd');
    await expect.poll(() => isLive(sw, tabId), { timeout: 15_000 }).toBe(false);
    const summary = await h.openExtensionPage(`src/entries/summary/index.html?call=${encodeURIComponent(callId)}`);
    const moment = summary.locator('[data-safety-moment]');
    await expect.poll(() => moment.count(), { timeout: 15_000 }).toBe(1);
    expect(await moment.getAttribute('data-category')).toBe('suicidal');
    expect(await moment.locator('[data-ticked="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-item')))).toEqual(['thoughts', 'means']);
    expect(await moment.locator('.safety-trigger').textContent()).toContain(RISK_LINE);
    expect(h.egress).toEqual([]);
  });
});
