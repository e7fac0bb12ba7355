// `npm run demo`: the built extension in Chromium with a bundled Meet-style call page that plays a
// scripted knee-pain visit as live captions, the side panel page beside it, and at the end the
// call's summary, then the Progress view (this call after three scripted example calls). With no
// display (or --headless) it runs headless and writes screenshots, the session output, the summary
// exports and the pilot report to demo-output/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { SIDE_PANEL_WIDTH, haveBrowser, launch } from './lib/extension-browser';
import { storedCall } from './lib/stored-call';
import { seedProgress } from './lib/seed-progress';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'demo-output');
const CALL_URL = 'https://meet.google.com/abc-defg-hij';
const headed = !!process.env.DISPLAY && !process.argv.includes('--headless') && !process.env.CI;
const script = JSON.parse(readFileSync(join(ROOT, 'scripts/demo/knee-pain.json'), 'utf8')) as {
  setup: object;
  steps: Array<{ do?: string }>;
};

function log(msg: string): void {
  process.stdout.write(`demo: ${msg}\n`);
}

async function shot(page: Page, name: string): Promise<void> {
  if (headed) return;
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });
  log(`wrote demo-output/${name}.png`);
}

async function main(): Promise<void> {
  if (!haveBrowser()) throw new Error('dist/ or /usr/bin/chromium missing: run `npm run setup && npm run build` first');
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const h = await launch({ headed });
  log(`extension ${h.extensionId} loaded in ${headed ? 'a window' : 'headless Chromium'}`);
  const sw = await h.serviceWorker();
  // Demo pacing: the real defaults (one nudge a minute, 30 s of unrequested information) are too
  // slow for a two-minute script.
  await sw.evaluate(() => chrome.storage.local.set({ settings: { nudgeIntervalSec: 10, promptExpirySec: 30, noGoalAfterMin: 1, lectureRunSec: 10 } }));

  const call = await h.openCall(CALL_URL);
  const tabId = await h.tabIdFor('meet');
  const panel = await h.openPanel(tabId);
  // The side panel's real width: what the clinician sees during the call is the compact panel.
  await panel.setViewportSize({ width: SIDE_PANEL_WIDTH, height: 720 });
  log('call page and side panel open; playing the scripted visit');

  const speech = { ...script, steps: script.steps.filter((s) => s.do !== 'leave') };
  // Each screenshot waits until the panel shows that many utterances of the script (not a timer),
  // and, where named, for the prompt that moment is about (a nudge follows the caption and the
  // nudge budget), so it captures the moment it is named after.
  const shots: Array<[string, number, string?]> = [
    ['panel-1-feeling', 4, '[data-prompt-kind="unreflected-emotion"]'],
    ['panel-2-sympathy', 5, '[data-prompt-kind="reflect-sympathy"]'],
    ['panel-3-resolved', 7, '[data-prompt-resolved]'],
    ['panel-4-lecture', 11, '[data-prompt-kind="lecture-run"]'],
    ['panel-5-goal', 16],
    ['panel-6-tasks', 20],
  ];
  const playing = call.evaluate((s) => (window as any).__fixture.play(s, { wordMs: 70, stepMs: 1200 }), speech);
  for (const [name, count, selector] of shots) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await panel.locator('.ac-feed li[data-role]').count()) < count) {
      await new Promise((r) => setTimeout(r, 150));
    }
    if (selector) await panel.waitForSelector(selector, { timeout: 15_000 }).catch(() => log(`${name}: ${selector} did not show`));
    else await new Promise((r) => setTimeout(r, 700)); // the label and any prompt follow the caption
    await shot(panel, name);
  }
  await playing;
  await new Promise((r) => setTimeout(r, 2500)); // let the last utterance become final
  await shot(panel, 'panel-7-end-of-call');
  // Behind the one disclosure: the live feed with labels and confidence, the tally evidence and the
  // bond rule. Then the panel blanked to a neutral screen (button or Alt+Shift+B).
  await panel.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details.ac-more').forEach((d) => (d.open = true)));
  await shot(panel, 'panel-8-details');
  await panel.locator('.ac-blank-toggle').click();
  await shot(panel, 'panel-9-blank');
  await panel.locator('.ac-blank-toggle').click();
  await shot(call, 'call-page');

  const live = (await storedCall(sw, tabId))!.call;
  if (!headed) {
    writeFileSync(join(OUT, 'session.json'), JSON.stringify({ utterances: live.coach.utterances, tally: live.coach.tally, prompts: live.coach.history }, null, 2));
    log(`wrote demo-output/session.json (${live.coach.utterances.length} utterances)`);
  }

  await call.evaluate(() => (window as any).__fixture.play({ setup: {}, steps: [{ do: 'leave' }] }, { stepMs: 0 }));
  log('the clinician left the call; waiting for the extension to store it');
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const still = await sw.evaluate(async (id) => `call:${id}` in (await chrome.storage.session.get(`call:${id}`)), tabId);
    if (!still) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const summary = await h.openExtensionPage(`src/entries/summary/index.html?call=${encodeURIComponent(live.callId)}`);
  await summary.setViewportSize({ width: 1100, height: 1400 });
  await summary.waitForSelector(`[data-call-id], [data-metric]`, { timeout: 20_000 }).catch(() => undefined);
  await shot(summary, 'summary');
  if (!headed) await writeExports(summary);
  await showProgress(h.openExtensionPage.bind(h));

  if (headed) {
    log('close the browser window to end the demo');
    await new Promise<void>((r) => h.context.on('close', () => r()));
  } else {
    if (h.egress.length) throw new Error(`unexpected network requests: ${h.egress.join(', ')}`);
    await h.close();
    log('done; nothing left the device (no request outside the extension and the routed call page)');
  }
}

/**
 * The Progress view over this call plus three scripted example calls from the weeks before (the
 * first kept as metrics only), with two skill goals chosen through the page; screenshots and the
 * pilot report (CSV and JSON) go to demo-output/.
 */
async function showProgress(open: (path: string) => Promise<Page>): Promise<void> {
  const seed = await open('src/entries/summary/index.html');
  const n = await seedProgress(seed);
  await seed.close();
  log(`stored ${n} scripted example calls from the previous weeks (for the Progress view)`);
  const page = await open('src/entries/summary/index.html?view=progress');
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.waitForSelector('[data-view="progress"] [data-progress-count]', { timeout: 20_000 });
  for (const [kind, value] of [['goal-agreed', '1'], ['rq-min', '1']] as const) {
    await page.locator('select[data-goal-kind]').selectOption(kind);
    await page.locator('input[data-goal-threshold]').fill(value);
    await page.locator('[data-action="add-goal"]').click();
    await page.waitForSelector(`[data-skill-goal="${kind}"]`);
  }
  await shot(page, 'progress');
  await page.setViewportSize({ width: 420, height: 1400 });
  await shot(page, 'progress-narrow');
  await page.setViewportSize({ width: 1100, height: 1400 });
  if (!headed) {
    for (const format of ['csv', 'json'] as const) {
      const button = page.locator(`[data-pilot="${format}"]`);
      if ((await button.count()) === 0 || (await button.isDisabled())) {
        log(`no pilot report ${format} button (exports off?)`);
        continue;
      }
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), button.click()]);
      await download.saveAs(join(OUT, `pilot-report.${format}`));
      log(`wrote demo-output/pilot-report.${format}`);
    }
  }
}

/** Clicks the summary's export buttons (identified and de-identified) and saves what they download. */
async function writeExports(summary: Page): Promise<void> {
  for (const [kind, file] of [
    ['json', 'summary.json'],
    ['markdown', 'summary.md'],
    // The de-identified JSON export, made by the summary page's own button exactly as a clinician makes it.
    ['json-deidentified', 'summary-deidentified.json'],
  ] as const) {
    const button = summary.locator(`[data-export="${kind}"]`);
    if ((await button.count()) === 0) {
      log(`no ${kind} export button on the summary page`);
      continue;
    }
    const [download] = await Promise.all([summary.waitForEvent('download', { timeout: 10_000 }), button.first().click()]);
    await download.saveAs(join(OUT, file));
    log(`wrote demo-output/${file}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`demo failed: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
