// Section 3: the call page's main-thread time (CDP Performance.getMetrics: TaskDuration, the time
// the renderer main thread spent in tasks, and ScriptDuration, the JS part) over a caption stream,
// with the extension (content script injected) and, at the same time, in a second browser launched
// without it.
import { chromium, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, FIXTURES } from '../lib/extension-browser';
import { round } from './stats';

export interface MainThread {
  wallMs: number;
  taskMs: number;
  scriptMs: number;
  /** taskMs as % of one core over wallMs. */
  taskPctOfCore: number;
}

/** Runs `fn` and reports the main-thread time the page's renderer spent meanwhile. */
export async function mainThread(page: Page, fn: () => Promise<void>): Promise<MainThread> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async (): Promise<Record<string, number>> =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const a = await read();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const b = await read();
  await cdp.detach();
  const taskMs = ((b.TaskDuration ?? 0) - (a.TaskDuration ?? 0)) * 1000;
  const scriptMs = ((b.ScriptDuration ?? 0) - (a.ScriptDuration ?? 0)) * 1000;
  return { wallMs: round(wallMs, 0), taskMs: round(taskMs, 1), scriptMs: round(scriptMs, 1), taskPctOfCore: round((100 * taskMs) / wallMs, 3) };
}

/** The control arm: the same routed page in a second browser with no extension at all. */
export interface ControlPage {
  page: Page;
  close(): Promise<void>;
}

/**
 * Opens the control page. The bench plays the stream on it *at the same time* as on the extension's
 * call page, so both arms run under the same host conditions. Played one after the other, the
 * fixture's own work (~500-700 ms of main-thread time over the 48 s stream) differed by 20-60 ms
 * between the arms of one build, as much as the extension's whole cost (bench/README.md, "Page cost,
 * round 9": the task row swung between -0.06 % and 0.32 % of a core; played at once, 0.11-0.18 %).
 */
export async function openControl(url: string): Promise<ControlPage> {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-bench-bare-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: false,
    // The extension launcher's flags minus the extension ones, so the two browsers differ only there.
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await context.route('**/*', async (route) => {
      const u = new URL(route.request().url());
      const file = join(FIXTURES, 'meet', u.pathname.endsWith('.js') ? u.pathname.split('/').pop()! : 'call.html');
      if (u.origin !== 'https://meet.google.com' || !existsSync(file)) return route.abort();
      return route.fulfill({ status: 200, contentType: file.endsWith('.js') ? 'text/javascript' : 'text/html', body: readFileSync(file) });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.bringToFront();
    return { page, close };
  } catch (e) {
    await close();
    throw e;
  }
}

export interface PageCostResult {
  withExtension: MainThread;
  withoutExtension: MainThread;
  /** (task time with - task time without) as % of one core over the stream. */
  addedPctOfCore: number;
  addedScriptPctOfCore: number;
}

export function pageCost(withExtension: MainThread, withoutExtension: MainThread): PageCostResult {
  const wall = (withExtension.wallMs + withoutExtension.wallMs) / 2;
  return {
    withExtension,
    withoutExtension,
    addedPctOfCore: round((100 * (withExtension.taskMs - withoutExtension.taskMs)) / wall, 3),
    addedScriptPctOfCore: round((100 * (withExtension.scriptMs - withoutExtension.scriptMs)) / wall, 3),
  };
}
