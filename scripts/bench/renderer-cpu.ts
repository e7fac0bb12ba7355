// CPU time of the extension renderer's main thread (where the offscreen document runs), read from
// /proc: the kernel's count of time on a core and time spent runnable but waiting for one. Wall
// time alone cannot tell slow code from a descheduled renderer on the shared 2-core machine.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export interface ThreadTimes {
  /** ms on a core */
  cpuMs: number;
  /** ms runnable but waiting for a core */
  waitMs: number;
  /** times the thread was put on a core */
  slices: number;
}

/**
 * The pid of the extension renderer that runs the offscreen document (its main thread has tid =
 * pid). Cross-origin isolated extension pages get a process of their own, apart from the service
 * worker's: then `busyOffscreen` (~200 ms of work in the offscreen document) picks the one whose
 * main thread got the CPU time.
 */
export async function extensionRendererPid(browser: Browser, busyOffscreen: () => Promise<unknown>): Promise<number | undefined> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as never)) as unknown as { processInfo: Array<{ type: string; id: number }> };
    const ext = processInfo.filter((p) => p.type === 'renderer' && readFileSync(`/proc/${p.id}/cmdline`, 'utf8').includes('--extension-process')).map((p) => p.id);
    if (ext.length <= 1) return ext[0];
    const before = ext.map((pid) => mainThreadTimes(pid).cpuMs);
    await busyOffscreen();
    const gained = ext.map((pid, i) => mainThreadTimes(pid).cpuMs - before[i]!);
    return ext[gained.indexOf(Math.max(...gained))];
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** ~200 ms of plain JS for extensionRendererPid, run through CDP in the offscreen document. */
export const BUSY_200MS = '(() => { const e = performance.now() + 200; let x = 0; while (performance.now() < e) x++; return x; })()';

/** The main thread's cumulative times (sum_exec_runtime is brought up to date only at scheduler events: read it over seconds, not per call). */
export function mainThreadTimes(pid: number): ThreadTimes {
  const [run, wait, slices] = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').trim().split(/\s+/).map(Number);
  return { cpuMs: run! / 1e6, waitMs: wait! / 1e6, slices: slices! };
}

/** The nice value of the process (Chrome lowers a backgrounded renderer's priority). */
export function niceOf(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[16]);
}

export function timesBetween(a: ThreadTimes, b: ThreadTimes): ThreadTimes {
  return { cpuMs: b.cpuMs - a.cpuMs, waitMs: b.waitMs - a.waitMs, slices: b.slices - a.slices };
}
