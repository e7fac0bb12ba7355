// A scripted diabetes follow-up on the Meet fixture, end to end through the built extension: live
// captions → on-device classifier (ONNX in the offscreen document) → coach → side panel. The script
// follows the codebook with clearly prototypical lines (a sympathy line, an empathic reflection, a
// goal elicited, proposed by the patient and confirmed, a run of unrequested information, a task
// proposed and assented to, a worry left unreflected). It proves the prompt life cycle on a real
// call: the patient's frustration prompts "Reflect the feeling" as their caption ends, the sympathy
// line replaces it with the more relevant prompt, the reflection resolves it (acknowledged), the
// lecture run prompts once the nudge budget allows, and a later worry's prompt expires when the
// conversation moves on. The panel is discreet (prompt + strip; details behind one disclosure) at
// its real width, screenshotted, and blanks to a neutral screen and back.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { haveBrowser, launch, type Harness } from './harness';
import { PANEL_WIDTH, feed, openDetails } from './panel-feed';
import { storedCall } from '../../scripts/lib/stored-call';

const MEET = 'https://meet.google.com/dia-bete-sfu';
const PACE = { wordMs: 25, stepMs: 80 };
const NUDGE_SEC = 10;

type Label = 'empathic_reflection' | 'sympathy' | 'lecture' | 'goal_setting' | 'task_agreement' | 'question' | 'other';
interface Line { self?: true; speaker?: string; text: string; label?: Label; exact?: true }

const dr = (text: string, label: Label, exact?: true): Line => ({ self: true, speaker: 'Dr. Alice Smith', text, label, ...(exact ? { exact } : {}) });
const pt = (text: string): Line => ({ speaker: 'Bob Jones', text });

// Segment 1: opening, history, the patient's frustration met with sympathy.
const OPENING: Line[] = [
  dr('Hi Bob, good to see you again. Can you hear me okay?', 'other'),
  pt('Yes, I can hear you fine.'),
  dr('How have your sugars been since we last spoke?', 'question'),
  pt('Not good. I feel so frustrated, I check my sugar every day and it is still high.'),
  dr("Oh no, that's terrible, you poor thing, I can't imagine.", 'sympathy', true),
  pt('It has been a hard few months.'),
];
// Segment 2a: the clinician reflects instead.
const REFLECT: Line[] = [
  dr('It sounds like you have been working really hard and it feels like nothing is paying off.', 'empathic_reflection', true),
  pt('Yes, exactly.'),
];
// Segment 2b: a goal elicited, proposed by the patient, confirmed and assented to; then three
// pieces of unsolicited information in a row.
const GOAL_AND_LECTURE: Line[] = [
  dr('What would you like to be different by the time we next meet?', 'goal_setting', true),
  pt('I would like to have more energy to play with my grandkids.'),
  dr('So our goal is that you have enough energy to play with your grandkids again.', 'goal_setting'),
  pt('Yes, definitely.'),
  dr('You need to cut down on sugary drinks and white bread.', 'lecture'),
  dr('High blood sugar damages the nerves and the blood vessels in your feet and your eyes.', 'lecture'),
  dr('You should take the metformin with breakfast and with dinner every single day.', 'lecture'),
];
// Segment 3: the patient takes the floor again; a task is proposed and agreed.
const TASK: Line[] = [
  pt('Okay, that makes sense, thanks for explaining.'),
  dr('Would you be willing to walk for ten minutes after dinner each day?', 'task_agreement', true),
  pt('Yes, I can do that.'),
];
// Segment 4: a worry the clinician does not reflect; the conversation moves on, the prompt expires.
const WORRY: Line[] = [pt("I'm worried about how much the test strips cost me.")];
const MOVE_ON: Line[] = [
  dr('How many strips do you use in a normal week?', 'question'),
  pt('About fourteen, two every single day.'),
  dr('And does your insurance cover any of them at the moment?', 'question'),
];

type Shown = { kind: string; outcome: string; resolvedById?: string };
async function prompts(sw: Worker, tabId: number): Promise<Shown[]> {
  return ((await storedCall(sw, tabId))?.call.coach.history ?? []) as Shown[];
}

/** Speaks the lines on the call page (Meet captions the clinician as "You"). */
async function say(call: Page, lines: Line[]): Promise<void> {
  const steps = lines.map(({ self, speaker, text }) => ({ ...(self ? { self } : {}), speaker, text }));
  await call.evaluate(({ steps, pace }) => (window as any).__fixture.play({ steps }, pace), { steps, pace: PACE });
}

/** Waits until every line is in the feed (clinician lines labelled), in order. */
async function heard(panel: Page, lines: Line[]): Promise<void> {
  await expect.poll(async () => {
    const rows = await feed(panel);
    return lines.every((l) => rows.some((r) => r.text === l.text && (!l.self || r.label)));
  }, { timeout: 20_000 }).toBe(true);
}

describe.skipIf(!haveBrowser())('coaching a scripted Meet visit (built extension, on-device model)', () => {
  let h: Harness;
  let sw: Worker;
  let call: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
    // The shortest nudge budget and lecture threshold the settings allow, so the prompts fit in a
    // short test (the fixture speaks far faster than people do).
    await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { nudgeIntervalSec: NUDGE_SEC, lectureRunSec: 10 });
    call = await h.openCall(MEET);
    tabId = await h.tabIdFor('meet');
    panel = await h.openPanel(tabId);
    await panel.setViewportSize({ width: PANEL_WIDTH, height: 640 }); // the side panel's real width
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has the polite status region in the DOM before any prompt (so screen readers announce it)', async () => {
    const region = panel.locator('[role="status"]');
    await expect.poll(() => region.count(), { timeout: 10_000 }).toBe(1);
    expect(await region.getAttribute('aria-live')).toBe('polite');
    expect(await panel.locator('[data-prompt-kind]').count()).toBe(0);
  });

  it('frustration prompts "Reflect the feeling"; the sympathy line replaces it with the more relevant prompt', async () => {
    await say(call, OPENING);
    const prompt = panel.locator('[role="status"] [data-prompt-kind="reflect-sympathy"]');
    await expect.poll(() => prompt.count(), { timeout: 20_000 }).toBe(1);
    const history = await prompts(sw, tabId);
    expect(history.map((p) => `${p.kind}:${p.outcome}`)).toEqual(['unreflected-emotion:replaced', 'reflect-sympathy:showing']);
    // Plain words: a short headline and an example built from the meaning (frustration about the
    // sugar), not the patient's own words; no theory words up front.
    expect(await prompt.locator('.ac-prompt-headline').textContent()).toBe('Reflect the feeling');
    const example = (await prompt.locator('.ac-prompt-suggestion').textContent()) ?? '';
    expect(example).toContain('blood sugar');
    expect(example.toLowerCase()).not.toContain('frustrated');
    expect(await prompt.textContent()).not.toMatch(/sympathy|empath/i);
  });

  it('shows only the prompt and a compact strip at the panel\'s real width; details sit behind one disclosure', async () => {
    expect(await panel.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANEL_WIDTH);
    expect(await panel.locator('.ac-feed').isVisible()).toBe(false);
    expect(await panel.locator('[data-pillar="bond"]').isVisible()).toBe(true);
    const more = panel.locator('details.ac-more > summary');
    expect(await more.count()).toBe(1);
    mkdirSync('test-results', { recursive: true });
    const png = await panel.screenshot({ path: 'test-results/panel-compact.png', fullPage: true });
    expect(png.length).toBeGreaterThan(5_000);
    // Keyboard: the disclosure opens from its summary.
    await more.focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.ac-feed').isVisible(), { timeout: 5_000 }).toBe(true);
    expect(await panel.locator('.ac-prompt-reason').textContent()).toContain('sympathy');
    await panel.screenshot({ path: 'test-results/panel-details.png', fullPage: true });
  });

  it('blanks to a neutral screen at once and comes back', async () => {
    await panel.locator('.ac-blank-toggle').click();
    await expect.poll(() => panel.locator('[data-blank="true"]').count(), { timeout: 2_000 }).toBe(1);
    const text = (await panel.locator('body').innerText()).toLowerCase();
    for (const l of OPENING) expect(text).not.toContain(l.text.toLowerCase());
    expect(await panel.locator('[data-prompt-kind], [data-pillar]').count()).toBe(0);
    await panel.screenshot({ path: 'test-results/panel-blank.png' });
    await panel.locator('.ac-blank-toggle').click();
    await expect.poll(() => panel.locator('[data-prompt-kind="reflect-sympathy"]').count(), { timeout: 2_000 }).toBe(1);
  });

  it('the reflection resolves the prompt (acknowledged) and counts for the bond; sympathy is shown, not counted', async () => {
    await say(call, REFLECT);
    const ack = panel.locator('[role="status"] [data-prompt-resolved="reflect-sympathy"]');
    await expect.poll(() => ack.count(), { timeout: 20_000 }).toBe(1);
    expect(await ack.textContent()).toBe('Done: Reflect the feeling');
    expect((await prompts(sw, tabId)).at(-1)).toMatchObject({ kind: 'reflect-sympathy', outcome: 'resolved' });
    const bond = panel.locator('[data-pillar="bond"]');
    await expect.poll(() => bond.getAttribute('data-value'), { timeout: 20_000 }).toBe('1');
    await openDetails(panel);
    const detail = panel.locator('[data-detail="bond"]');
    expect(await detail.locator('li[data-bond-kind="empathic-reflection"]').getAttribute('data-delta')).toBe('1');
    expect(await detail.locator('li[data-bond-kind="sympathy"]').getAttribute('data-delta')).toBe('0');
    expect(await panel.locator('[data-bond-rule]').textContent()).toContain('after asking permission');
  });

  it('after a run of unrequested information, prompts once the nudge budget allows, and the bond drops', async () => {
    await say(call, GOAL_AND_LECTURE);
    const prompt = panel.locator('[role="status"] [data-prompt-kind="lecture-run"]');
    await expect.poll(() => prompt.count(), { timeout: 30_000 }).toBe(1);
    // Never within the nudge budget of the previous prompt (times as the coach recorded them).
    const shown = (await prompts(sw, tabId)) as Array<Shown & { shownMs: number }>;
    const i = shown.findIndex((p) => p.kind === 'lecture-run');
    expect(i).toBeGreaterThan(0);
    expect(shown[i]!.shownMs - shown[i - 1]!.shownMs).toBeGreaterThanOrEqual(NUDGE_SEC * 1000);
    expect(await prompt.locator('.ac-prompt-headline').textContent()).toBe('Pause and ask their view');
    await openDetails(panel);
    expect(await panel.locator('.ac-prompt-reason').textContent()).toMatch(/^About \d+ s of information they did not ask for/);
    const bond = panel.locator('[data-pillar="bond"]');
    await expect.poll(() => bond.getAttribute('data-value'), { timeout: 10_000 }).toBe('0');
    expect(await panel.locator('[data-detail="bond"] li[data-bond-kind="lecture-run"]').getAttribute('data-delta')).toBe('-1');
    await prompt.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => panel.locator('[data-prompt-kind]').count(), { timeout: 10_000 }).toBe(0);
  });

  it('labels the clinician utterances as the codebook says and tallies an agreed goal and task', async () => {
    await say(call, TASK);
    const all = [...OPENING, ...REFLECT, ...GOAL_AND_LECTURE, ...TASK];
    await heard(panel, all);
    const rows = await feed(panel);
    // Every line once, in order, with its role; only the clinician's lines carry a label.
    expect(rows.map((r) => r.text)).toEqual(all.map((l) => l.text));
    expect(rows.map((r) => r.role)).toEqual(all.map((l) => (l.self ? 'clinician' : 'patient')));
    expect(rows.filter((r) => r.role === 'clinician').every((r) => r.speaker === 'You')).toBe(true);
    expect(rows.filter((r) => r.role !== 'clinician' && r.label !== null)).toEqual([]);

    const clinician = all.filter((l) => l.self);
    const got = (l: Line) => rows.find((r) => r.text === l.text)?.label;
    for (const l of clinician.filter((x) => x.exact)) expect(got(l), l.text).toBe(l.label);
    const mismatches = clinician.filter((l) => got(l) !== l.label).map((l) => `${l.label} → ${got(l)}: ${l.text}`);
    expect(mismatches.length, mismatches.join('\n')).toBeLessThanOrEqual(1);

    const goals = panel.locator('[data-pillar="goals"]');
    const tasks = panel.locator('[data-pillar="tasks"]');
    await expect.poll(async () => Number(await tasks.getAttribute('data-value')), { timeout: 10_000 }).toBeGreaterThanOrEqual(1);
    expect(Number(await goals.getAttribute('data-value'))).toBeGreaterThanOrEqual(1);
    // The goal the patient put forward, confirmed by the clinician: agreed, with its evidence.
    await openDetails(panel);
    const goal = panel.locator('[data-detail="goals"] li[data-state="agreed"]').filter({ hasText: 'more energy to play with my grandkids' });
    await expect.poll(() => goal.count(), { timeout: 10_000 }).toBe(1);
    const goalWhy = await goal.locator('.ac-evidence li').allTextContents();
    expect(goalWhy.join('\n')).toContain('What would you like to be different');
    expect(goalWhy.join('\n')).toContain('So our goal is');
    // The task the clinician proposed, assented to by the patient.
    const task = panel.locator('[data-detail="tasks"] li[data-state="agreed"]').filter({ hasText: 'walk for ten minutes after dinner' });
    await expect.poll(() => task.count(), { timeout: 10_000 }).toBe(1);
    expect((await task.locator('.ac-evidence li').allTextContents()).join('\n')).toContain('Yes, I can do that.');
  });

  it('a worry left unreflected prompts at once and expires when the conversation moves on', async () => {
    await panel.waitForTimeout(NUDGE_SEC * 1000); // past the nudge budget of the last prompt
    await say(call, WORRY);
    const prompt = panel.locator('[role="status"] [data-prompt-kind="unreflected-emotion"]');
    await expect.poll(() => prompt.count(), { timeout: 20_000 }).toBe(1);
    expect(await prompt.locator('.ac-prompt-headline').textContent()).toBe('Reflect the feeling');
    await say(call, MOVE_ON);
    await heard(panel, MOVE_ON);
    await expect.poll(() => prompt.count(), { timeout: 20_000 }).toBe(0);
    expect((await prompts(sw, tabId)).at(-1)).toMatchObject({ kind: 'unreflected-emotion', outcome: 'expired' });
    expect(h.egress).toEqual([]);
  });
});
