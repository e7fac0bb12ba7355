// `npx tsx scripts/bench/profile-offscreen.ts [--iterations 6000]`: the bench's classifier section
// (section 1, Chromium) with the CDP sampling profiler running in the offscreen document, then the
// functions by self time inside the budgeted span (frames under `hostClassify` or the session's
// `run`), and the offscreen clock's resolution. Build with `npx vite build --minify false` first to
// get readable names. Used for "Classify tail" in bench/README.md. ALL=1 counts the whole
// document's self time (async continuations of onnxruntime's run are not under `run` frames, so the
// span filter under-counts onnxruntime); DUMP=<file> writes the raw profile.
import { launch } from '../lib/extension-browser';
import { benchChromiumClassifier, classifyInOffscreen } from './chromium-classifier';
import { ExtensionTargets } from './cdp-targets';
import { cycle, loadCorpus } from './corpus';
import { snapshotDist } from './dist-snapshot';
import { DEFAULTS } from '../bench';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

// The clock as the offscreen page sees it: 200 successive distinct performance.now() readings.
const CLOCK = `(() => { const d = []; let last = performance.now(); while (d.length < 200) { const t = performance.now(); if (t !== last) { d.push(t - last); last = t; } }
  d.sort((a, b) => a - b); return { crossOriginIsolated: self.crossOriginIsolated, minStepMs: d[0], medianStepMs: d[100] }; })()`;
const SPAN = /^(hostClassify|run)$/;

const n = Number(process.argv[process.argv.indexOf('--iterations') + 1] || 6000) || 6000;
const items = loadCorpus();
const dist = snapshotDist();
const h = await launch({ args: dist.args });
try {
  const sw = await h.serviceWorker();
  await benchChromiumClassifier(sw, items, 10, DEFAULTS.warmup);
  const targets = await ExtensionTargets.open(h.context.browser()!, h.extensionId);
  const clock = await targets.command<{ result: { value: unknown } }>('offscreen', 'Runtime.evaluate', { expression: CLOCK, returnByValue: true });
  console.log('offscreen clock', JSON.stringify(clock.result.value));
  await targets.command('offscreen', 'Profiler.enable');
  await targets.command('offscreen', 'Profiler.setSamplingInterval', { interval: 100 });
  await targets.command('offscreen', 'Profiler.start');
  await classifyInOffscreen(sw, cycle(items, n, DEFAULTS.warmup));
  const { profile } = await targets.command<{ profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } }>('offscreen', 'Profiler.stop');
  await targets.close();
  if (process.env.DUMP) (await import('node:fs')).writeFileSync(process.env.DUMP, JSON.stringify(profile));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const parent = new Map<number, Node>();
  for (const nd of profile.nodes) for (const c of nd.children ?? []) parent.set(c, nd);
  const inSpan = (nd: Node): boolean => {
    for (let p: Node | undefined = nd; p; p = parent.get(p.id)) if (SPAN.test(p.callFrame.functionName)) return true;
    return false;
  };
  const byFn = new Map<string, number>();
  let span = 0;
  let gc = 0;
  for (const nd of profile.nodes) {
    const ms = self.get(nd.id) ?? 0;
    if (nd.callFrame.functionName === '(garbage collector)') gc += ms;
    if (!process.env.ALL && !inSpan(nd)) continue;
    const { functionName, url, lineNumber } = nd.callFrame;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}:${lineNumber + 1}`;
    span += ms;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
  }
  console.log(`${n} classifications; in the span ${span.toFixed(0)} ms (sampled wall time: a loaded machine inflates it, read the shares); GC in the document ${gc.toFixed(0)} ms`);
  for (const [k, ms] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${((100 * ms) / span).toFixed(1).padStart(5)} %  ${k}`);
} finally {
  await h.close();
  dist.dispose();
}
