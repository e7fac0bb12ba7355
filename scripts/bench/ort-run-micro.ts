// `npx tsx scripts/bench/ort-run-micro.ts [--dist dir] [--items 1000] [--reps 6] [--configs name,...]
// [--chrome-args "..."] [--node-only | --chrome-only]`: onnxruntime-web's `session.run` alone, the same
// feature vectors in Node and in the extension's offscreen document, with session option variants
// interleaved batch by batch in one process (so load changes hit all alike). Needs an instrumented
// build for the Chromium side (`git apply scripts/bench/classify-tail.patch && npx vite build --outDir
// <dir>`: it exposes the page's ort, session and model bytes as `globalThis.__ortBench`).
// Besides wall time per run (performance.now) it reads the CPU time the offscreen renderer's main
// thread got and the time it waited for a core (/proc/<pid>/task/<pid>/schedstat): the two separate
// "slow code" from "descheduled" (bench/notes/ort.md). Features only, no caption text, reach the page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type * as Ort from 'onnxruntime-web/wasm';
import { DIST, launch } from '../lib/extension-browser';
import { benchChromiumClassifier } from './chromium-classifier';
import { ExtensionTargets } from './cdp-targets';
import { cycle, loadCorpus } from './corpus';
import { dist as distOf } from './stats';
import { DEFAULTS } from '../bench';
import { snapshotDist } from './dist-snapshot';
import { BUSY_200MS, extensionRendererPid, mainThreadTimes, niceOf, timesBetween, type ThreadTimes } from './renderer-cpu';
import { featurize } from '../../src/classifier/featurize';
import { configureOrt } from '../../src/classifier/ort-env';
import { MODEL_PATH } from '../../models/train/node-classifier';

const arg = (k: string, d: string): string => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? (process.argv[i + 1] ?? d) : d;
};
const nItems = Number(arg('items', '1000'));
const reps = Number(arg('reps', '6'));
const distDir = resolve(arg('dist', DIST));
const extra = arg('chrome-args', '').split(' ').filter(Boolean);
const isolate = process.argv.includes('--isolate');
// --gap <ms>: sleep between runs (untimed), as the product does between captions: caches and the
// core's state are then those of an idle renderer woken by a message, not of a tight loop.
const gap = Number(arg('gap', '0'));

/** Session option variants (the first, 'shipped', is what session.ts creates). */
const CONFIGS: Record<string, Ort.InferenceSession.SessionOptions> = {
  shipped: { executionProviders: ['wasm'], graphOptimizationLevel: 'all' },
  noArena: { executionProviders: ['wasm'], graphOptimizationLevel: 'all', enableCpuMemArena: false, enableMemPattern: false },
  seq: { executionProviders: ['wasm'], graphOptimizationLevel: 'all', executionMode: 'sequential', logSeverityLevel: 3, logVerbosityLevel: 0 },
  noSpin: { executionProviders: ['wasm'], graphOptimizationLevel: 'all', extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } } },
  optBasic: { executionProviders: ['wasm'], graphOptimizationLevel: 'basic' },
};
const names = arg('configs', Object.keys(CONFIGS).join(',')).split(',');

const items = cycle(loadCorpus(), nItems, DEFAULTS.warmup);
const feats = items.map((it) => {
  const f = featurize(it.text, it.context);
  return [Array.from(f.ids), Array.from(f.weights)] as [number[], number[]];
});

// Runs in the page and in Node alike (stringified for the page): per config, per batch the mean ms
// per run, and each run's time. `runOpts`: a RunOptions object or null.
async function loop(
  env: { ort: typeof Ort; modelBytes: Uint8Array; sessions?: Ort.InferenceSession[] },
  feats: Array<[number[], number[]]>,
  configs: Ort.InferenceSession.SessionOptions[],
  reps: number,
  gapMs: number,
): Promise<{ batch: number[][]; each: number[][] }> {
  const { ort } = env;
  const sessions: Ort.InferenceSession[] = [];
  for (const c of configs) sessions.push(await ort.InferenceSession.create(env.modelBytes, c));
  const typed = feats.map(([ids, w]) => [new Int32Array(ids), new Float32Array(w)] as const);
  const batch: number[][] = configs.map(() => []);
  const each: number[][] = configs.map(() => []);
  for (let r = -1; r < reps; r++) {
    for (let k = 0; k < sessions.length; k++) {
      const s = sessions[(k + Math.max(r, 0)) % sessions.length]!; // rotate the order each batch
      const idx = (k + Math.max(r, 0)) % sessions.length;
      const t0 = performance.now();
      let idle = 0;
      for (const [ids, w] of typed) {
        if (gapMs > 0) {
          const g = performance.now();
          await new Promise((r) => setTimeout(r, gapMs));
          idle += performance.now() - g;
        }
        const a = performance.now();
        await s.run({ ids: new ort.Tensor('int32', ids, [ids.length]), weights: new ort.Tensor('float32', w, [1, w.length]) });
        if (r >= 0) each[idx]!.push(performance.now() - a);
      }
      if (r >= 0) batch[idx]!.push((performance.now() - t0 - idle) / typed.length);
    }
  }
  for (const s of sessions) await s.release();
  return { batch, each };
}

function show(where: string, res: { batch: number[][]; each: number[][] }, cpu?: ThreadTimes): void {
  names.forEach((name, i) => {
    const b = res.batch[i]!.map((x) => x.toFixed(4)).join(' ');
    const d = distOf(res.each[i]!, 4);
    console.log(`${where} ${name.padEnd(9)} mean/run by batch [${b}] ms; each p50 ${d.p50} p99 ${d.p99} p99.9 ${d.p999} mean ${d.mean}`);
  });
  if (cpu) console.log(`${where} renderer main thread over the loop: cpu ${cpu.cpuMs.toFixed(0)} ms (${(cpu.cpuMs / runs).toFixed(4)} ms per run, session creation included), waiting for a core ${cpu.waitMs.toFixed(0)} ms, ${cpu.slices} slices`);
}

const configs = names.map((n) => {
  const c = CONFIGS[n];
  if (!c) throw new Error(`unknown config ${n}`);
  return c;
});

// Runs in a loop() call, the untimed first batch included: CPU time is read over the whole loop.
const runs = feats.length * (reps + 1) * names.length;

if (!process.argv.includes('--chrome-only')) {
  const ort = configureOrt({ binary: new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm'))) });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const res = await loop({ ort, modelBytes: new Uint8Array(readFileSync(MODEL_PATH)) }, feats, configs, reps, gap);
  const cu = process.cpuUsage(c0);
  show('node', res);
  console.log(`node process cpu ${((cu.user + cu.system) / 1000).toFixed(0)} ms over ${(performance.now() - t0).toFixed(0)} ms wall: ${((cu.user + cu.system) / 1000 / runs).toFixed(4)} ms per run (session creation included)`);
}

if (!process.argv.includes('--node-only')) {
  const copy = snapshotDist(distDir, { isolate });
  const h = await launch({ args: [...copy.args, ...extra] });
  try {
    const sw = await h.serviceWorker();
    await benchChromiumClassifier(sw, loadCorpus(), 10, 50);
    const browser = h.context.browser()!;
    const targets = await ExtensionTargets.open(browser, h.extensionId);
    const pid = await extensionRendererPid(browser, () => targets.command('offscreen', 'Runtime.evaluate', { expression: BUSY_200MS }));
    const info = await targets.command<{ result: { value: unknown } }>('offscreen', 'Runtime.evaluate', {
      expression: `({ coi: self.crossOriginIsolated, sab: typeof SharedArrayBuffer, simd: globalThis.__ortBench?.ort.env.wasm.simd, threads: globalThis.__ortBench?.ort.env.wasm.numThreads, mem: (() => { try { return String(globalThis.__ortBench && Object.prototype.toString.call(new WebAssembly.Memory({ initial: 1, maximum: 2, shared: true }).buffer)); } catch (e) { return String(e); } })(), ua: navigator.userAgent })`,
      returnByValue: true,
    });
    console.log('offscreen', JSON.stringify(info.result.value), 'extension renderer pid', pid ?? '? (not one)', 'nice', pid ? niceOf(pid) : '?');
    const before = pid ? mainThreadTimes(pid) : undefined;
    const r = await targets.command<{ result: { value: { batch: number[][]; each: number[][] } }; exceptionDetails?: unknown }>('offscreen', 'Runtime.evaluate', {
      expression: `(${loop.toString()})(globalThis.__ortBench, ${JSON.stringify(feats)}, ${JSON.stringify(configs)}, ${reps}, ${gap})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(JSON.stringify(r.exceptionDetails));
    const after = pid ? mainThreadTimes(pid) : undefined;
    show('chrome', r.result.value, before && after ? timesBetween(before, after) : undefined);
    await targets.close();
  } finally {
    await h.close();
    copy.dispose();
  }
}
