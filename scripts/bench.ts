// `npm run bench`: measures the figures of the Budgets table in shared/design/ARCHITECTURE.md and
// writes bench/report.json + bench/report.md (see bench/README.md for what each figure means).
// Usage: tsx scripts/bench.ts [--iterations 3000] [--warmup 300] [--e2e 30] [--cues 20] [--long 540]
//        [--samples 6] [--only node,chromium,e2e,cues,cost,long] [--out bench]
// Defaults are sized to finish in about 5 minutes on 2 busy cores; raise them for a quieter run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { haveBrowser, launch, ROOT } from './lib/extension-browser';
import type { Pace } from './bench/call-driver';
import { benchChromiumClassifier } from './bench/chromium-classifier';
import { cycle, loadCorpus } from './bench/corpus';
import { cueCall, longCall, MEET, scriptedCall } from './bench/end-to-end';
import { patientCues } from '../src/coach/cues';
import { snapshotDist } from './bench/dist-snapshot';
import { ExtensionTargets } from './bench/cdp-targets';
import { benchNodeClassifier } from './bench/node-classifier';
import { openControl, pageCost } from './bench/page-cost';
import { figures, gitCommit, loadNow, machine, markdown, type Report } from './bench/report';

export interface BenchOptions {
  iterations: number;
  warmup: number;
  /** Clinician utterances in the scripted call (each preceded by its patient line). */
  e2e: number;
  /** Patient cue utterances (emotion / change talk) in the anticipatory-prompt call. */
  cues: number;
  /** Corpus items in the long call (~2 utterances each: patient + clinician ≈ a 60-minute call). */
  long: number;
  samples: number;
  only: string[];
  out: string;
  /** A busy but human caption stream: ASR updates every 100 ms, 200 ms between turns. */
  pace: Pace;
  /** The long call "at speed": as fast as the fixture's timers go. */
  longPace: Pace;
}

export const DEFAULTS: BenchOptions = {
  iterations: 3000,
  warmup: 300,
  e2e: 30,
  cues: 20,
  long: 540,
  samples: 6,
  only: ['node', 'chromium', 'e2e', 'cues', 'cost', 'long'],
  out: join(ROOT, 'bench'),
  pace: { wordMs: 100, stepMs: 200 },
  longPace: { wordMs: 4, stepMs: 20 },
};

export function parseArgs(argv: string[]): BenchOptions {
  const o: BenchOptions = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i += 2) {
    const [k, v] = [argv[i]!.replace(/^--/, ''), argv[i + 1] ?? ''];
    if (k === 'only') o.only = v.split(',');
    else if (k === 'out') o.out = resolve(v);
    else if (k === 'iterations' || k === 'warmup' || k === 'e2e' || k === 'cues' || k === 'long' || k === 'samples') {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--${k} needs a positive integer`);
      o[k] = n;
    } else throw new Error(`unknown option --${k}`);
  }
  return o;
}

const started = Date.now();
const log = (s: string): void => void process.stderr.write(`[bench ${Math.round((Date.now() - started) / 1000)}s] ${s}\n`);

export async function runBench(o: BenchOptions): Promise<Report> {
  const items = loadCorpus();
  const loadAtStart = loadNow();
  const commit = gitCommit(ROOT);
  const has = (s: string): boolean => o.only.includes(s);
  const parts: Omit<Report, 'figures' | 'generatedAt' | 'commit' | 'machine' | 'options'> = {};
  let chromiumVersion = 'not run';

  if (has('node')) {
    log(`node classifier: ${o.iterations} utterances`);
    parts.nodeClassifier = await benchNodeClassifier(items, o.iterations, o.warmup);
  }
  const browserParts = ['chromium', 'e2e', 'cues', 'cost', 'long'].filter(has);
  if (browserParts.length > 0) {
    if (!haveBrowser()) throw new Error('Chromium or dist/ missing: run `npx vite build` first');
    const dist = snapshotDist();
    // A fresh profile, so the first offscreen load below is a real cold load.
    const h = await launch({ args: dist.args });
    try {
      chromiumVersion = h.context.browser()?.version() ?? 'unknown';
      if (has('chromium')) {
        log(`chromium classifier: ${o.iterations} utterances`);
        const targets = await ExtensionTargets.open(h.context.browser()!, h.extensionId);
        const offscreenHeap = async (): Promise<number | undefined> => (await targets.heaps()).find((x) => x.context === 'offscreen')?.usedBytes;
        try {
          parts.chromiumClassifier = await benchChromiumClassifier(await h.serviceWorker(), items, o.iterations, o.warmup, offscreenHeap);
        } finally {
          await targets.close();
        }
      }
      if (has('e2e') || has('cost')) {
        log(`scripted call: ${o.e2e} clinician utterances${has('cost') ? ', and the same stream at the same time without the extension' : ''}`);
        const control = has('cost') ? await openControl(MEET) : undefined;
        try {
          parts.endToEnd = await scriptedCall(h, cycle(items, o.e2e), o.pace, control?.page);
        } finally {
          await control?.close();
        }
        if (parts.endToEnd.controlPage) parts.pageCost = pageCost(parts.endToEnd.callPage, parts.endToEnd.controlPage);
      }
      if (has('cues')) {
        log(`anticipatory prompts: ${o.cues} patient cues`);
        parts.anticipatory = await cueCall(h, o.cues, o.pace, patientCues);
      }
      if (has('long')) {
        log(`long call: ${o.long} items`);
        parts.longCall = await longCall(h, cycle(items, o.long, o.e2e), o.longPace, o.samples);
      }
    } finally {
      await h.close();
      dist.dispose();
    }
  }

  const report: Report = {
    generatedAt: new Date().toISOString(),
    commit,
    machine: machine(chromiumVersion, loadAtStart),
    options: { iterations: o.iterations, warmup: o.warmup, e2e: o.e2e, cues: o.cues, long: o.long, samples: o.samples, wordMs: o.pace.wordMs, stepMs: o.pace.stepMs, longWordMs: o.longPace.wordMs, longStepMs: o.longPace.stepMs },
    figures: figures(parts),
    ...parts,
  };
  mkdirSync(o.out, { recursive: true });
  writeFileSync(join(o.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(join(o.out, 'report.md'), markdown(report));
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t0 = Date.now();
  const report = await runBench(parseArgs(process.argv.slice(2)));
  process.stdout.write(markdown(report));
  log(`done in ${Math.round((Date.now() - t0) / 1000)} s`);
}
