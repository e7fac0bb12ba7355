// A scripted diabetes follow-up on the Meet fixture, end to end through the built extension: live
// captions → on-device classifier (ONNX in the offscreen document) → coach → side panel. The script
// follows the codebook with clearly prototypical lines (a sympathy line, an empathic reflection, a
// goal elicited, proposed by the patient and confirmed, a lecture run of three, a task proposed and
// assented to). The panel must show the expected labels on the clinician's utterances, the tally
// (an agreed goal, an agreed task, bond changes with their causes), and the prompts: "reflect
// instead of sympathy" right after the sympathy line, gone once dismissed, then "lecture run" once
// the nudge budget (set to its 10 s minimum) allows, never earlier.
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';

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

interface Row { role: string; speaker: string; text: string; label: string | null }

function feed(panel: Page): Promise<Row[]> {
  return panel.evaluate(() =>
    Array.from(document.querySelectorAll('.ac-feed li[data-role]')).map((li) => ({
      role: li.getAttribute('data-role') ?? '',
      speaker: li.querySelector('.ac-speaker')?.textContent ?? '',
      text: li.querySelector('.ac-text')?.textContent ?? '',
      label: li.getAttribute('data-label'),
    })),
  );
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
  let sympathyShownAt = 0;

  beforeAll(async () => {
    h = await launch();
    sw = await h.serviceWorker();
    // The shortest nudge budget the settings allow, so two prompts fit in a short test.
    await sw.evaluate((s) => chrome.storage.local.set({ settings: s }), { nudgeIntervalSec: NUDGE_SEC, promptExpirySec: 60 });
    call = await h.openCall(MEET);
    panel = await h.openPanel(await h.tabIdFor('meet'));
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

  it('prompts to reflect right after the sympathy line; Dismiss removes the prompt', async () => {
    await say(call, OPENING);
    const prompt = panel.locator('[role="status"] [data-prompt-kind="reflect-sympathy"]');
    await expect.poll(() => prompt.count(), { timeout: 20_000 }).toBe(1);
    sympathyShownAt = Date.now();
    // The suggestion reflects the patient's own words back ("It sounds like you feel so frustrated…").
    expect(await prompt.locator('.ac-prompt-suggestion').textContent()).toContain('frustrated');
    await prompt.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => panel.locator('[data-prompt-kind]').count(), { timeout: 10_000 }).toBe(0);
    expect(await panel.locator('[role="status"]').count()).toBe(1);
  });

  it('counts the empathic reflection for the bond, the sympathy line as shown-not-counted', async () => {
    await say(call, REFLECT);
    const bond = panel.locator('[data-pillar="bond"]');
    await expect.poll(() => bond.getAttribute('data-value'), { timeout: 20_000 }).toBe('1');
    expect(await bond.locator('li[data-bond-kind="empathic-reflection"]').getAttribute('data-delta')).toBe('1');
    expect(await bond.locator('li[data-bond-kind="sympathy"]').getAttribute('data-delta')).toBe('0');
    // The dismissed prompt stays dismissed: a later utterance does not bring it back.
    expect(await panel.locator('[data-prompt-kind]').count()).toBe(0);
  });

  it('after a lecture run of three, prompts once the nudge budget allows, and the bond drops', async () => {
    await say(call, GOAL_AND_LECTURE);
    const prompt = panel.locator('[role="status"] [data-prompt-kind="lecture-run"]');
    await expect.poll(() => prompt.count(), { timeout: 30_000 }).toBe(1);
    // Never within the budget of the previous prompt (allow for the 0.1 s polling lag).
    expect(Date.now() - sympathyShownAt).toBeGreaterThanOrEqual(NUDGE_SEC * 1000 - 500);
    expect(await prompt.locator('.ac-prompt-reason').textContent()).toMatch(/^3 pieces of information in a row/);
    const bond = panel.locator('[data-pillar="bond"]');
    await expect.poll(() => bond.getAttribute('data-value'), { timeout: 10_000 }).toBe('0');
    expect(await bond.locator('li[data-bond-kind="lecture-run"]').getAttribute('data-delta')).toBe('-1');
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
    const goal = goals.locator('li[data-state="agreed"]').filter({ hasText: 'more energy to play with my grandkids' });
    await expect.poll(() => goal.count(), { timeout: 10_000 }).toBe(1);
    const goalWhy = await goal.locator('.ac-evidence li').allTextContents();
    expect(goalWhy.join('\n')).toContain('What would you like to be different');
    expect(goalWhy.join('\n')).toContain('So our goal is');
    // The task the clinician proposed, assented to by the patient.
    const task = tasks.locator('li[data-state="agreed"]').filter({ hasText: 'walk for ten minutes after dinner' });
    await expect.poll(() => task.count(), { timeout: 10_000 }).toBe(1);
    expect((await task.locator('.ac-evidence li').allTextContents()).join('\n')).toContain('Yes, I can do that.');
    expect(h.egress).toEqual([]);
  });
});
