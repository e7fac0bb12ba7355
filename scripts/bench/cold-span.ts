// `npx tsx scripts/bench/cold-span.ts [--items 1000] [--rounds 2]`: the offscreen span's parts in
// Node (featurize, tensors, session.run, decide, language), back to back ("tight", as the Node
// section of the bench runs them) and after sweeping 32 MB through the caches before each item
// ("evict": the state the offscreen document is in when a message arrives after IPC, the service
// worker and other processes have run). Also splits session.run into onnxruntime's OrtRun, its
// other wasm calls and its JS, and times a two-Identity model with the same inputs: the fixed cost
// of onnxruntime-web's run path whatever the model. bench/notes/ort.md has the findings.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeModel, DT } from '../../models/train/onnx-writer';
import { cycle, loadCorpus } from './corpus';
import { dist as distOf } from './stats';

const arg = (k: string, d: string): string => {
  const i = process.argv.indexOf(`--${k}`);
  return i >= 0 ? (process.argv[i + 1] ?? d) : d;
};
const nItems = Number(arg('items', '1000'));
const rounds = Number(arg('rounds', '2'));

// Time inside the wasm exports, by wrapping the instance onnxruntime-web instantiates. The export
// names are the minified ones of onnxruntime-web 1.30.0's ort.wasm.bundle.min.mjs (`_OrtRun=s.sb`,
// `_malloc=s.wb`, ...): with another version the split is skipped, not guessed.
const ORT_RUN = 'sb';
const PER_RUN_CALLS = ['wb', 'xb', 'fb', 'gb', 'hb', 'ib', 'jb', 'lb']; // malloc, free, OrtFree, Create/GetData/ReleaseTensor, Create/ReleaseRunOptions
const ORT_VERSION = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../node_modules/onnxruntime-web/package.json'), 'utf8')) as { version: string }).version;
const inWasm = { ortRun: 0, other: 0, calls: 0 };
if (ORT_VERSION === '1.30.0') {
  const instantiate = WebAssembly.instantiate.bind(WebAssembly) as (...a: unknown[]) => Promise<WebAssembly.WebAssemblyInstantiatedSource>;
  const timed = (f: (...x: unknown[]) => unknown, ortRun: boolean) => (...x: unknown[]): unknown => {
    const t = performance.now();
    const y = f(...x);
    const d = performance.now() - t;
    if (ortRun) inWasm.ortRun += d;
    else {
      inWasm.other += d;
      inWasm.calls++;
    }
    return y;
  };
  (WebAssembly as { instantiate: unknown }).instantiate = async (...a: unknown[]) => {
    const r = await instantiate(...a);
    const exports: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r.instance.exports)) {
      exports[k] = typeof v === 'function' && (k === ORT_RUN || PER_RUN_CALLS.includes(k)) ? timed(v as (...x: unknown[]) => unknown, k === ORT_RUN) : v;
    }
    return { instance: { exports }, module: r.module };
  };
}

// Imported after the wrapper is in place (onnxruntime-web instantiates on the first session).
const { configureOrt } = await import('../../src/classifier/ort-env');
const { featurizeShared } = await import('../../src/classifier/featurize');
const { decide } = await import('../../src/classifier/decision');
const { detectLanguage } = await import('../../src/language/detect');
const { MODEL_PATH } = await import('../../models/train/node-classifier');

const ort = configureOrt({ binary: new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm'))) });
const OPTIONS = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' } as const; // as session.ts
const model = await ort.InferenceSession.create(new Uint8Array(readFileSync(MODEL_PATH)), OPTIONS);
const trivial = await ort.InferenceSession.create(
  encodeModel({
    irVersion: 8,
    opset: 17,
    producer: 'bench',
    producerVersion: '1',
    docString: '',
    metadata: {},
    graph: {
      name: 'identity',
      initializers: [],
      nodes: [
        { op: 'Identity', name: 'a', inputs: ['weights'], outputs: ['scores'] },
        { op: 'Identity', name: 'b', inputs: ['ids'], outputs: ['ids_out'] },
      ],
      inputs: [
        { name: 'ids', elemType: DT.INT32, dims: ['n'] },
        { name: 'weights', elemType: DT.FLOAT, dims: [1, 'n'] },
      ],
      outputs: [
        { name: 'scores', elemType: DT.FLOAT, dims: [1, 'n'] },
        { name: 'ids_out', elemType: DT.INT32, dims: ['n'] },
      ],
    },
  }),
  OPTIONS,
);

const items = loadCorpus();
const sweep = new Int32Array((32 << 20) >> 2);
/** Touches one int per 64-byte line of 32 MB: more than this machine's caches hold. */
const evict = (): void => {
  for (let i = 0; i < sweep.length; i += 16) sweep[i]! += 1;
};

type Parts = Record<'feat' | 'tens' | 'run' | 'decide' | 'lang' | 'span' | 'trivialRun', number[]>;
const empty = (): Parts => ({ feat: [], tens: [], run: [], decide: [], lang: [], span: [], trivialRun: [] });

async function span(text: string, context: string, p: Parts | null): Promise<void> {
  const t0 = performance.now();
  const f = featurizeShared(text, context);
  const t1 = performance.now();
  const feeds = { ids: new ort.Tensor('int32', f.ids, [f.ids.length]), weights: new ort.Tensor('float32', f.weights, [1, f.weights.length]) };
  const t2 = performance.now();
  const out = await model.run(feeds);
  const t3 = performance.now();
  decide(out.scores!.data as Float32Array);
  const t4 = performance.now();
  detectLanguage(text);
  const t5 = performance.now();
  if (!p) return;
  p.feat.push(t1 - t0);
  p.tens.push(t2 - t1);
  p.run.push(t3 - t2);
  p.decide.push(t4 - t3);
  p.lang.push(t5 - t4);
  p.span.push(t5 - t0);
}

for (const it of cycle(items, 3000)) await span(it.text, it.context, null); // warm-up: JIT tiers
const fmt = (xs: number[]): string => {
  const d = distOf(xs, 3);
  return `p50 ${d.p50} p99 ${d.p99} mean ${d.mean}`;
};
for (let r = 0; r < rounds; r++) {
  for (const mode of ['tight', 'evict'] as const) {
    const p = empty();
    let runMs = 0;
    inWasm.ortRun = inWasm.other = inWasm.calls = 0;
    for (const it of cycle(items, nItems, 3000 + r * nItems)) {
      if (mode === 'evict') evict();
      await span(it.text, it.context, p);
    }
    runMs = p.run.reduce((a, b) => a + b, 0);
    const split = { ...inWasm };
    for (const it of cycle(items, nItems, 3000 + r * nItems)) {
      const f = featurizeShared(it.text, it.context);
      const feeds = { ids: new ort.Tensor('int32', f.ids, [f.ids.length]), weights: new ort.Tensor('float32', f.weights, [1, f.weights.length]) };
      if (mode === 'evict') evict();
      const t = performance.now();
      await trivial.run(feeds);
      p.trivialRun.push(performance.now() - t);
    }
    console.log(`round ${r + 1} ${mode}`);
    for (const [k, v] of Object.entries(p)) console.log(`  ${k.padEnd(10)} ${fmt(v)}`);
    if (split.calls > 0) {
      const n = p.run.length;
      console.log(`  session.run mean ${(runMs / n).toFixed(4)} ms = OrtRun ${(split.ortRun / n).toFixed(4)} + ${(split.calls / n).toFixed(0)} other wasm calls ${(split.other / n).toFixed(4)} + JS ${((runMs - split.ortRun - split.other) / n).toFixed(4)} (the timers add ~${((split.calls / n + 1) * 2).toFixed(0)} performance.now() calls)`);
    }
  }
}
