// The content script's main-thread time on the call page as Blink itself accounts it: a Chromium
// trace (devtools.timeline) of the stream, then the thread time (not wall time) of every call from the
// browser into the content script (FunctionCall events: the observer callback, timers, port messages,
// with the microtasks they run and any GC inside them). CDP's ScriptDuration is the sum of these same
// calls over the whole page, so this is the "script" row of section 3 without the subtraction of a
// second browser's run; and thread time leaves out the time the renderer waits for a core. The tasks
// that ran such a call are summed too (their whole thread time: the call plus the task's own
// overhead). Used by profile-call.ts --trace (bench/README.md, "Profiling the content script").
import type { Page } from 'playwright-core';
import type { Script } from './call-driver';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tts?: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string; functionName?: string; lineNumber?: number } };
}

/** One call into the page's JS, with its thread time (µs) and the task it ran in. */
interface Call {
  key: string;
  ours: boolean;
  threadUs: number;
  task: number;
}

export interface TraceResult {
  wallMs: number;
  /** Thread time of every call into the content script, by entry function. */
  byEntry: Map<string, { ms: number; calls: number }>;
  contentScriptMs: number;
  contentScriptCalls: number;
  /** Whole thread time of the tasks that called into the content script at least once. */
  contentTasksMs: number;
  contentTasks: number;
  /** The call page's other script (the fixture, the bench's own evaluate). */
  otherScriptMs: number;
  /** Every task on the call page's main thread. */
  allTasksMs: number;
}

const CONTENT = '/assets/content-script.js';

export async function traceContentScript(page: Page, fn: () => Promise<void>): Promise<TraceResult> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline', 'toplevel'], excludedCategories: ['*'] } });
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return summarise(events, wallMs);
}

function summarise(events: TraceEvent[], wallMs: number): TraceResult {
  // The call page's main thread: where the content script's calls ran.
  const first = events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.includes(CONTENT));
  const mine = first ? events.filter((e) => e.pid === first.pid && e.tid === first.tid).sort((a, b) => a.ts - b.ts) : [];
  const tasks: Array<{ ts: number; end: number; tdur: number }> = [];
  const calls: Call[] = [];
  const open: TraceEvent[] = [];
  let depth = 0; // nested FunctionCalls count once, for the outermost
  const taskAt = (ts: number): number => {
    for (let i = tasks.length - 1; i >= 0 && i >= tasks.length - 4; i--) if (tasks[i]!.ts <= ts && ts <= tasks[i]!.end) return i;
    return -1;
  };
  const call = (b: TraceEvent, threadUs: number): void => {
    const d = b.args?.data ?? {};
    const url = d.url ?? '';
    calls.push({ key: `${d.functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${(d.lineNumber ?? 0) + 1}`, ours: url.includes(CONTENT), threadUs, task: taskAt(b.ts) });
  };
  for (const e of mine) {
    if (e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')) tasks.push({ ts: e.ts, end: e.ts + (e.dur ?? 0), tdur: e.tdur ?? 0 });
    else if (e.name === 'FunctionCall' && e.ph === 'X') {
      if (!open.length) call(e, e.tdur ?? 0);
    } else if (e.name === 'FunctionCall' && e.ph === 'B') {
      if (depth++ === 0) open.push(e);
    } else if (e.name === 'FunctionCall' && e.ph === 'E') {
      if (--depth === 0) {
        const b = open.pop()!;
        call(b, (e.tts ?? 0) - (b.tts ?? 0));
      }
      depth = Math.max(0, depth);
    }
  }
  const byEntry = new Map<string, { ms: number; calls: number }>();
  const ourTasks = new Set<number>();
  let ours = 0;
  let other = 0;
  for (const c of calls) {
    if (!c.ours) {
      other += c.threadUs;
      continue;
    }
    ours += c.threadUs;
    if (c.task >= 0) ourTasks.add(c.task);
    const x = byEntry.get(c.key) ?? { ms: 0, calls: 0 };
    x.ms += c.threadUs / 1000;
    x.calls++;
    byEntry.set(c.key, x);
  }
  return {
    wallMs,
    byEntry,
    contentScriptMs: ours / 1000,
    contentScriptCalls: calls.filter((c) => c.ours).length,
    contentTasksMs: [...ourTasks].reduce((s, i) => s + tasks[i]!.tdur, 0) / 1000,
    contentTasks: ourTasks.size,
    otherScriptMs: other / 1000,
    allTasksMs: tasks.reduce((s, t) => s + t.tdur, 0) / 1000,
  };
}

/**
 * How many times the Meet fixture writes caption text for `script` (test/fixtures/meet/render.js,
 * `speak`: 1-3 words per update by the same formula), to state costs per 1,000 caption updates.
 */
export function captionWrites(script: Script): number {
  let writes = 0;
  for (const step of script.steps) {
    const len = step.text.split(' ').length;
    for (let i = 0, n = 0; i < len; writes++) i = Math.min(len, i + 1 + ((n++ * 7 + len) % 3));
  }
  return writes;
}

export function formatTrace(t: TraceResult, writes: number): string {
  const per = (ms: number): string => `${((1000 * ms) / writes).toFixed(1)} ms per 1,000 caption updates`;
  const pct = (ms: number): string => `${((100 * ms) / t.wallMs).toFixed(3)} % of a core`;
  const lines = [
    `wall ${(t.wallMs / 1000).toFixed(1)} s, ${writes} caption updates; thread time on the call page's main thread:`,
    `content script calls: ${t.contentScriptMs.toFixed(1)} ms in ${t.contentScriptCalls} calls (${pct(t.contentScriptMs)}; ${per(t.contentScriptMs)})`,
    `tasks that called it: ${t.contentTasksMs.toFixed(1)} ms in ${t.contentTasks} tasks (${pct(t.contentTasksMs)}; ${per(t.contentTasksMs)})`,
    `other script on the page: ${t.otherScriptMs.toFixed(1)} ms; all tasks: ${t.allTasksMs.toFixed(1)} ms`,
    'by entry function (thread ms / calls / µs per call):',
  ];
  for (const [k, v] of [...t.byEntry].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
    lines.push(`${v.ms.toFixed(1).padStart(8)} ms ${String(v.calls).padStart(6)}  ${((1000 * v.ms) / v.calls).toFixed(0).padStart(5)} µs  ${k}`);
  }
  return lines.join('\n');
}
