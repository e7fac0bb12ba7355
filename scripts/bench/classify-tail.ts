// `npx tsx scripts/bench/classify-tail.ts [--iterations 3000] [--warmup 300] [--dist dir,dir2,...] [--rounds 1] [--isolate]`:
// the classifier section's offscreen figure (the `ms` of each reply) for one or more built
// extensions, interleaved round by round (A B A B ...) so a changing machine load hits both alike.
// With an instrumented build (`git apply scripts/bench/classify-tail.patch && npx vite build`, never
// committed: it fills `globalThis.__clfTrace` in hostClassify; bench/README.md "Classify tail,
// round 2") it also prints each part's distribution and what the slowest 1 % of
// samples spent their time on, and, with --enable-precise-memory-info, whether the used JS heap
// shrank during the sample (a garbage collection inside the span).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, launch } from '../lib/extension-browser';
import { benchChromiumClassifier, classifyInOffscreen } from './chromium-classifier';
import { ExtensionTargets } from './cdp-targets';
import { cycle, loadCorpus } from './corpus';
import { dist as distOf, percentile } from './stats';
import { DEFAULTS } from '../bench';
import { snapshotDist } from './dist-snapshot';
import { BUSY_200MS, extensionRendererPid, mainThreadTimes, niceOf, timesBetween, type ThreadTimes } from './renderer-cpu';

const arg = (k: string, d: string): string => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? (process.argv[i + 1] ?? d) : d;
};
const n = Number(arg('iterations', '3000'));
const rounds = Number(arg('rounds', '1'));
const warmup = Number(arg('warmup', String(DEFAULTS.warmup)));
// --gap <ms>: idle time before each timed request (a call sends one every few seconds, not back to back).
const gap = Number(arg('gap', '0'));
const dists = arg('dist', DIST).split(',').map((d) => resolve(d));
const items = loadCorpus();
// --isolate: the private copy's extension pages cross-origin isolated (snapshotDist): a 5 µs clock in
// the offscreen document instead of 100 µs. A measuring aid only: isolation made the offscreen
// model's warm load ~1 s slower (bench/README.md round 2) and moves the offscreen document into a
// renderer process of its own (bench/notes/ort.md).
const isolate = process.argv.includes('--isolate');
// Extra Chromium switches for a diagnosis (e.g. --js-flags=--no-liftoff), space-separated.
const extra = arg('chrome-args', '').split(' ').filter(Boolean);
// --dump <file>: every round's per-sample trace as JSON (numbers only, no text; sample i of a round is
// corpus item warmup + i of cycle()), to study which lines make the tail.
const dump = arg('dump', '');

type Trace = Record<string, number>;

async function once(dir: string): Promise<{ ms: number[]; trace: Trace[]; cpu?: ThreadTimes; nice?: number; wallMs: number }> {
  // A private copy: builds swapped in under a running browser break it.
  const copy = snapshotDist(dir, { isolate });
  const h = await launch({ args: [...copy.args, '--enable-precise-memory-info', ...extra] });
  try {
    const sw = await h.serviceWorker();
    await benchChromiumClassifier(sw, items, 10, warmup);
    const cdp = process.env.NOCDP ? null : await ExtensionTargets.open(h.context.browser()!, h.extensionId);
    await cdp?.command('offscreen', 'Runtime.evaluate', { expression: 'globalThis.__clfTrace = []' });
    const ms: number[] = [];
    const pid = cdp ? await extensionRendererPid(h.context.browser()!, () => cdp.command('offscreen', 'Runtime.evaluate', { expression: BUSY_200MS })) : undefined;
    const before = pid ? mainThreadTimes(pid) : undefined;
    const nice = pid ? niceOf(pid) : undefined;
    const w0 = performance.now();
    for (let done = 0; done < n; done += 500) {
      for (const [inside] of await classifyInOffscreen(sw, cycle(items, Math.min(500, n - done), warmup + done), gap)) ms.push(inside);
    }
    const wallMs = performance.now() - w0;
    const cpu = pid && before ? timesBetween(before, mainThreadTimes(pid)) : undefined;
    if (!cdp) return { ms, trace: [], cpu, nice, wallMs };
    const r = await cdp.command<{ result: { value: Trace[] | undefined } }>('offscreen', 'Runtime.evaluate', {
      expression: 'globalThis.__clfTrace',
      returnByValue: true,
    });
    await cdp.close();
    return { ms, trace: r.result.value ?? [], cpu, nice, wallMs };
  } finally {
    await h.close();
    copy.dispose();
  }
}

const fmt = (xs: number[]): string => {
  const d = distOf(xs, 3);
  return `p50 ${d.p50} p99 ${d.p99} p99.9 ${d.p999} max ${d.max} mean ${d.mean}`;
};

function report(label: string, ms: number[], trace: Trace[], cpu?: ThreadTimes, nice?: number, wallMs?: number): void {
  console.log(`${label}: n ${ms.length}  ${fmt(ms)}`);
  // The renderer main thread over the whole timed loop (spans, messaging and idle alike): CPU time
  // per classification against the spans' mean says how much of a span's wall time is on a core.
  if (cpu && wallMs) console.log(`  renderer main thread: nice ${nice}, cpu ${(cpu.cpuMs / ms.length).toFixed(3)} ms per classification (span mean ${(ms.reduce((a, b) => a + b, 0) / ms.length).toFixed(3)}), runnable but waiting ${(cpu.waitMs / ms.length).toFixed(3)} ms, ${(cpu.slices / ms.length).toFixed(2)} slices; loop wall ${(wallMs / ms.length).toFixed(3)} ms per classification`);
  if (trace.length === 0) return;
  const parts = Object.keys(trace[0]!).filter((k) => !['tA', 'tD', 'dm', 'len'].includes(k));
  for (const p of parts) console.log(`  ${p.padEnd(7)} ${fmt(trace.map((t) => t[p]!))}`);
  const gc = trace.filter((t) => t.dm! < 0);
  const grew = trace.filter((t) => t.dm! > 0);
  console.log(`  used JS heap shrank during ${gc.length} of ${trace.length} samples (a GC inside the span), grew in ${grew.length} (median ${(percentile(grew.map((t) => t.dm!).sort((a, b) => a - b), 0.5) / 1024).toFixed(1)} KB)`);
  if (gc.length) console.log(`  samples with a GC: ${fmt(gc.map((t) => t.total!))}`);
  const cut = percentile([...trace.map((t) => t.total!)].sort((a, b) => a - b), 0.99);
  const tail = trace.filter((t) => t.total! >= cut);
  const sum = (xs: Trace[], p: string): number => xs.reduce((a, t) => a + t[p]!, 0);
  const share = parts.filter((p) => p !== 'total').map((p) => `${p} ${((100 * sum(tail, p)) / sum(tail, 'total')).toFixed(0)}%`);
  console.log(`  slowest 1 % (>= ${cut.toFixed(3)} ms, ${tail.length} samples): ${share.join(', ')}; with GC ${tail.filter((t) => t.dm! < 0).length}; mean chars ${(sum(tail, 'len') / tail.length).toFixed(0)} vs all ${(sum(trace, 'len') / trace.length).toFixed(0)}`);
  const allShare = parts.filter((p) => p !== 'total').map((p) => `${p} ${((100 * sum(trace, p)) / sum(trace, 'total')).toFixed(0)}%`);
  console.log(`  all samples: ${allShare.join(', ')}`);
}

const all = new Map<string, { ms: number[]; trace: Trace[] }>();
for (let r = 0; r < rounds; r++) {
  for (const d of r % 2 === 0 ? dists : [...dists].reverse()) {
    const res = await once(d);
    report(`${d} round ${r + 1}`, res.ms, res.trace, res.cpu, res.nice, res.wallMs);
    const acc = all.get(d) ?? { ms: [], trace: [] };
    acc.ms.push(...res.ms);
    acc.trace.push(...res.trace);
    all.set(d, acc);
  }
}
if (rounds > 1) for (const [d, res] of all) report(`${d} all rounds`, res.ms, res.trace);
if (dump) writeFileSync(dump, JSON.stringify({ warmup, n, rounds: [...all].map(([d, r]) => ({ dist: d, ms: r.ms, trace: r.trace })) }));
