// `npx tsx scripts/bench/profile-call.ts [--e2e 30] [--count | --trace]`: the bench's busy caption stream
// (section 3) on the call page with the CDP sampling profiler running, then the content script's
// functions by self time (extension frames only; the fixture's own script and the browser are left out).
// Used to find what the content script spends its main-thread time on (bench/README.md).
// `--trace` records a Chromium trace instead and sums the thread time of every call into the content
// script as Blink itself times it (the FunctionCall events that ScriptDuration adds up, see trace.ts).
import type { Page } from 'playwright-core';
import { launch } from '../lib/extension-browser';
import { buildScript, playRecorded } from './call-driver';
import { cycle, loadCorpus } from './corpus';
import { openCallWithPanel } from './end-to-end';
import { snapshotDist } from './dist-snapshot';
import { DEFAULTS } from '../bench';
import { captionWrites, formatTrace, traceContentScript } from './trace';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const n = Number(process.argv[process.argv.indexOf('--e2e') + 1] || DEFAULTS.e2e) || DEFAULTS.e2e;
const dist = snapshotDist();
const h = await launch({ args: dist.args });
try {
  const { call } = await openCallWithPanel(h);
  if (process.argv.includes('--trace')) {
    const script = buildScript(cycle(loadCorpus(), n));
    const trace = await traceContentScript(call, () => playRecorded(call, script, DEFAULTS.pace));
    console.log(formatTrace(trace, captionWrites(script)));
  } else await profile(call);
} finally {
  await h.close();
  dist.dispose();
}

async function profile(call: Page): Promise<void> {
  const cdp = await call.context().newCDPSession(call);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const t0 = performance.now();
  await playRecorded(call, buildScript(cycle(loadCorpus(), n)), DEFAULTS.pace);
  const wall = performance.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  // `--count`: each sample counts as one sampling interval instead of its wall-clock delta. On a
  // loaded machine a descheduled renderer yields one late sample with a long delta, which the
  // wall-clock sum charges to whatever was on the stack; the count stays close to CPU time.
  const byCount = process.argv.includes('--count');
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (byCount ? 0.1 : (profile.timeDeltas[i] ?? 0) / 1000)));
  // A native frame (DOM, timers, extension APIs) counts for the content script when the nearest
  // scripted frame above it is the content script's.
  const parent = new Map<number, Node>();
  const byId = new Map(profile.nodes.map((nd) => [nd.id, nd]));
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd);
  const isExt = (nd: Node): boolean => nd.callFrame.url.startsWith('chrome-extension://');
  const owner = (nd: Node | undefined): Node | undefined => {
    for (let p = nd; p; p = parent.get(p.id)) if (p.callFrame.url) return p;
    return undefined;
  };
  const byFn = new Map<string, number>();
  let ext = 0;
  let gc = 0;
  for (const node of byId.values()) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const ms = self.get(node.id) ?? 0;
    if (functionName === '(garbage collector)') gc += ms;
    const o = owner(node);
    if (!o || !isExt(o)) continue;
    const key = url ? `${functionName || '(anonymous)'} ${url.split('/').slice(3).join('/')}:${lineNumber + 1}:${columnNumber + 1}` : `${functionName} (native, from ${o.callFrame.functionName || '(anonymous)'})`;
    ext += ms;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
  }
  // Inclusive time by entry point (the outermost content-script frame of each stack: the observer
  // callback, a timer, a port message), to see which kind of wake-up the time goes to.
  // Two frames deep: the outermost is often a wrapper (capture's `safe`), the one below names the work.
  const entry = (nd: Node): Node[] => {
    const out: Node[] = [];
    for (let p: Node | undefined = nd; p; p = parent.get(p.id)) if (isExt(p)) out.unshift(p);
    return out.slice(0, 2);
  };
  const where = (nd: Node): string => `${nd.callFrame.functionName || '(anonymous)'} ${nd.callFrame.url.split('/').slice(3).join('/')}:${nd.callFrame.lineNumber + 1}`;
  const byEntry = new Map<string, number>();
  const entrySelf = new Map<string, Map<string, number>>();
  for (const node of byId.values()) {
    const ms = self.get(node.id) ?? 0;
    const o = owner(node);
    if (!o || !isExt(o)) continue;
    const key = entry(o).map(where).join(' > ');
    byEntry.set(key, (byEntry.get(key) ?? 0) + ms);
    const fn = node.callFrame.url ? where(node) : `${node.callFrame.functionName} (native, from ${o.callFrame.functionName || '(anonymous)'})`;
    const m = entrySelf.get(key) ?? new Map<string, number>();
    m.set(fn, (m.get(fn) ?? 0) + ms);
    entrySelf.set(key, m);
  }
  const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`${byCount ? 'by sample count' : 'by wall-clock deltas'}; wall ${(wall / 1000).toFixed(1)} s; content-script time (own frames + natives they call) ${ext.toFixed(1)} ms (${((100 * ext) / wall).toFixed(3)} % of a core); page GC ${gc.toFixed(1)} ms`);
  for (const [k, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
  console.log('inclusive time by entry point:');
  for (const [k, ms] of [...byEntry].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
    if (ms < 5) continue;
    const inner = [...(entrySelf.get(k) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`           ${inner.map(([f, t]) => `${f} ${t.toFixed(1)}`).join('; ')}`);
  }
}
