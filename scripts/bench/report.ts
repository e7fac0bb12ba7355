// The report: every figure beside its budget from shared/design/ARCHITECTURE.md ("Budgets"), with
// the machine and browser that produced it. JSON is the record; Markdown is the table people read.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { ChromiumClassifierResult } from './chromium-classifier';
import type { CueCallResult, LongCallResult, ScriptedCallResult } from './end-to-end';
import type { NodeClassifierResult } from './node-classifier';
import type { PageCostResult } from './page-cost';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium: string;
  platform: string;
  /** 1-minute load average when the bench started and ended: above the core count = shared/busy. */
  load: { start: number; end: number };
}

/** The commit the bench ran on (with "-dirty" if the work tree had changes), or 'unknown'. */
export function gitCommit(cwd: string): string {
  try {
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha}-dirty` : sha;
  } catch {
    return 'unknown';
  }
}

export const loadNow = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;

export interface Figure {
  what: string;
  value: string;
  budget: string;
  /** null = no budget for this figure (context only). */
  pass: boolean | null;
}

export interface Report {
  generatedAt: string;
  commit: string;
  machine: Machine;
  options: Record<string, number>;
  figures: Figure[];
  nodeClassifier?: NodeClassifierResult;
  chromiumClassifier?: ChromiumClassifierResult;
  endToEnd?: ScriptedCallResult;
  anticipatory?: CueCallResult;
  pageCost?: PageCostResult;
  longCall?: LongCallResult;
}

export function machine(chromiumVersion: string, loadAtStart = loadNow()): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux: os.cpus() already named it
  }
  return { cpu, cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion, platform: `${process.platform}-${process.arch}`, load: { start: loadAtStart, end: loadNow() } };
}

const ms = (x: number): string => `${x} ms`;
const mb = (b: number): string => `${(b / 2 ** 20).toFixed(2)} MB`;

export function figures(r: Omit<Report, 'figures' | 'generatedAt' | 'commit' | 'machine' | 'options'>): Figure[] {
  const f: Figure[] = [];
  const n = r.nodeClassifier;
  const c = r.chromiumClassifier;
  if (c) {
    f.push({ what: 'classify warm, Chromium offscreen, inside (p50 / p99; p99.9)', value: `${ms(c.classifyInsideMs.p50)} / ${ms(c.classifyInsideMs.p99)}; ${ms(c.classifyInsideMs.p999)} (n=${c.classifyInsideMs.n})`, budget: 'p50 <= 0.3 ms, p99 <= 0.5 ms', pass: c.classifyInsideMs.p50 <= 0.3 && c.classifyInsideMs.p99 <= 0.5 });
    if (c.hostSpeed) {
      const { before: b, after: a } = c.hostSpeed;
      f.push({ what: 'host just before / after those timed runs: fixed work in Node, registers only / pointer chase through 16 MB (median; lower is faster)', value: `${ms(b.aluMs)} / ${ms(b.memoryMs)} -> ${ms(a.aluMs)} / ${ms(a.memoryMs)}`, budget: '- (quiet host: bench/README.md)', pass: null });
    }
    f.push({ what: 'classify, worker -> offscreen round trip (p50 / p95 / p99)', value: `${ms(c.roundTripMs.p50)} / ${ms(c.roundTripMs.p95)} / ${ms(c.roundTripMs.p99)}`, budget: '-', pass: null });
    if (c.offscreenHeap) {
      const oh = c.offscreenHeap;
      const mbs = (b: number): string => (b / 2 ** 20).toFixed(2);
      f.push({
        what: 'offscreen document alone (no panel open), heap after warm-up -> halfway -> end of the timed runs; growth per classify, all / second half',
        value: `${mbs(oh.afterWarmup)} -> ${mbs(oh.halfway)} -> ${mbs(oh.afterTimed)} MB; ${oh.bytesPerClassify} / ${oh.bytesPerClassifySecondHalf} B`,
        budget: 'flat: second half <= 16 B/classify',
        pass: oh.bytesPerClassifySecondHalf <= 16,
      });
    }
    f.push({ what: 'model load in offscreen, cold / warm (wall)', value: `${ms(c.loadColdMs)} / ${ms(c.loadWarmMs)}`, budget: '- (design note: 0.4-1.8 s)', pass: null });
    if (c.warmUp) f.push({ what: 'JIT warm-up in offscreen after the model loads, before the timed runs (calls, wall)', value: `${c.warmUp.calls} calls, ${ms(c.warmUp.ms)}`, budget: '- (once per document; real requests go first)', pass: null });
  }
  if (n) {
    f.push({ what: 'model file', value: mb(n.modelBytes), budget: '<= 3 MB', pass: n.modelBytes <= 3 * 2 ** 20 });
    f.push({ what: 'classify warm, Node, featurize + run (p50 / p95 / p99; p99.9)', value: `${ms(n.classifyMs.p50)} / ${ms(n.classifyMs.p95)} / ${ms(n.classifyMs.p99)}; ${ms(n.classifyMs.p999)}`, budget: '-', pass: null });
    if (n.languageMs) f.push({ what: 'language detection (eld, first 160 characters), Node (p50 / p99; p99.9)', value: `${ms(n.languageMs.p50)} / ${ms(n.languageMs.p99)}; ${ms(n.languageMs.p999)}`, budget: '-', pass: null });
    f.push({ what: 'model load in Node, cold / warm', value: `${ms(n.loadColdMs)} / ${ms(n.loadWarmMs)}`, budget: '-', pass: null });
    f.push({ what: 'regex baseline, Node (p50 / p99); model/baseline p50', value: `${ms(n.baselineMs.p50)} / ${ms(n.baselineMs.p99)}; ${n.ratioP50}x`, budget: '-', pass: null });
    // The mean is what the worker's per-utterance budget is about; the tail here is mostly the
    // process being descheduled on a shared machine (short lines took 13 ms at load 6 on 2 cores).
    if (n.safetyMs) f.push({ what: 'safety check per patient utterance (rules + risk model), Node (mean / p50 / p99)', value: `${ms(n.safetyMs.mean)} / ${ms(n.safetyMs.p50)} / ${ms(n.safetyMs.p99)}`, budget: 'mean <= 1 ms', pass: n.safetyMs.mean <= 1 });
  }
  const e = r.endToEnd;
  if (e) {
    f.push({ what: 'utterance final (emitted) -> label in panel (p50 / p95)', value: `${ms(e.emittedToLabelMs.p50)} / ${ms(e.emittedToLabelMs.p95)} (n=${e.emittedToLabelMs.n})`, budget: 'p95 <= 150 ms', pass: e.emittedToLabelMs.p95 <= 150 });
    f.push({ what: 'last word rendered -> label in panel (p50 / p95)', value: `${ms(e.renderedToLabelMs.p50)} / ${ms(e.renderedToLabelMs.p95)}`, budget: 'p95 <= 250 ms', pass: e.renderedToLabelMs.p95 <= 250 });
    f.push({ what: 'last word rendered -> utterance final (emitted) (p50 / p95)', value: `${ms(e.renderedToEmittedMs.p50)} / ${ms(e.renderedToEmittedMs.p95)}`, budget: '- (the segmenter\'s wait)', pass: null });
  }
  const a = r.anticipatory;
  if (a) {
    // A cue whose prompt never showed is a failure of the feature, whatever the percentiles say.
    f.push({
      what: 'patient caption final (emitted) -> anticipatory prompt shown in panel (p50 / p95)',
      value: `${ms(a.emittedToPromptMs.p50)} / ${ms(a.emittedToPromptMs.p95)} (n=${a.emittedToPromptMs.n}; shown for ${a.shown} of ${a.cues} cues: ${a.replaced} replacing a prompt, ${a.firstShown} first shows${a.shown < a.cues ? `; not shown: ${a.notShown.noFeedRow} no feed row, ${a.notShown.notReceived} not received, ${a.notShown.noPrompt} no prompt` : ''}; nudge interval ${a.nudgeIntervalSec} s)`,
      budget: 'p95 <= 300 ms, every cue shown',
      pass: a.shown === a.cues && a.emittedToPromptMs.p95 <= 300,
    });
    f.push({ what: 'patient last word rendered -> anticipatory prompt shown (p50 / p95)', value: `${ms(a.renderedToPromptMs.p50)} / ${ms(a.renderedToPromptMs.p95)}`, budget: '- (adds the segmenter\'s wait)', pass: null });
  }
  const p = r.pageCost;
  if (p) {
    f.push({ what: 'content script added main-thread time (task / script)', value: `${p.addedPctOfCore} % / ${p.addedScriptPctOfCore} % of one core`, budget: '<= 0.2 %', pass: p.addedPctOfCore <= 0.2 });
  }
  const l = r.longCall;
  if (l) {
    const slopes = (x: Record<string, number>): string => Object.entries(x).map(([k, v]) => `${k} ${v}`).join(', ');
    if (l.dataSlopeBytesPerUtterance) {
      f.push({ what: `long call (${l.utterances} utt.) heap growth B/utterance without compiled code, vs record`, value: `${slopes(l.dataSlopeBytesPerUtterance)}; record ${l.recordSlopeBytesPerUtterance}`, budget: 'flat: sum <= 2 x record (one live copy + the stored one)', pass: l.flat });
      f.push({ what: 'long call heap growth B/utterance with compiled code (not budgeted)', value: slopes(l.heapSlopeBytesPerUtterance), budget: '- (code tier-up: see the minute rows)', pass: null });
    } else {
      f.push({ what: `long call (${l.utterances} utt.) heap growth B/utterance vs record`, value: `${slopes(l.heapSlopeBytesPerUtterance)}; record ${l.recordSlopeBytesPerUtterance}`, budget: 'flat beyond the stored record', pass: l.flat });
    }
    if (l.heapTailSlopeBytesPerUtterance) {
      const tail = Object.entries(l.heapTailSlopeBytesPerUtterance).map(([k, v]) => `${k} ${v}`).join(', ');
      f.push({ what: 'long call heap growth B/utterance over the second half only (not budgeted)', value: `${tail}; record ${l.recordTailSlopeBytesPerUtterance}`, budget: '- (see bench/README.md, flat memory)', pass: null });
    }
    const hm = (b: number): string => `${(b / 2 ** 20).toFixed(1)}`;
    for (const c of Object.keys(l.heapAtMinute[60] ?? {})) {
      f.push({ what: `long call heap, ${c} at minute 1 / 30 / 60`, value: `${[1, 30, 60].map((m) => hm(l.heapAtMinute[m as 1 | 30 | 60]?.[c] ?? NaN)).join(' / ')} MB`, budget: '- (see the slope above)', pass: null });
      if (l.code) f.push({ what: `long call compiled code, ${c} at utterance ${l.code.from.utterances} / ${l.code.to.utterances}`, value: `${hm(l.code.from.bytes[c] ?? NaN)} / ${hm(l.code.to.bytes[c] ?? NaN)} MB`, budget: '- (bounded by the bundle: tier-up)', pass: null });
    }
    const m1 = l.minute1.emittedToLabelMs;
    const m60 = l.minute60.emittedToLabelMs;
    f.push({ what: 'long call emitted -> label p50 / max, minute 1 vs minute 60', value: `${ms(m1.p50)} / ${ms(m1.max)} (n=${m1.n}) vs ${ms(m60.p50)} / ${ms(m60.max)} (n=${m60.n})`, budget: '-', pass: null });
    f.push({ what: 'long call replay wall time (feed + pipeline drain + heap samples)', value: `${l.wallSeconds} s`, budget: '-', pass: null });
  }
  return f;
}

export function markdown(r: Report): string {
  const m = r.machine;
  const rows = r.figures.map((f) => `| ${f.what} | ${f.value} | ${f.budget} | ${f.pass === null ? '-' : f.pass ? 'pass' : '**FAIL**'} |`);
  const failed = r.figures.filter((f) => f.pass === false).length;
  const budgeted = r.figures.filter((f) => f.pass !== null).length;
  return [
    `# Bench report (${r.generatedAt})`,
    '',
    `Commit: \`${r.commit}\`.`,
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform}; Node ${m.node}; Chromium ${m.chromium} (headless=new).`,
    `Load average (1 min) at start / end: ${m.load.start} / ${m.load.end}${Math.max(m.load.start, m.load.end) > m.cores ? ' (above the core count: the machine was shared with other jobs, tails are noisy)' : ''}.`,
    `Options: ${Object.entries(r.options).map(([k, v]) => `${k}=${v}`).join(', ')}.`,
    '',
    `Budgets met: ${budgeted - failed} of ${budgeted}${failed ? ` (${failed} FAIL)` : ''}.`,
    '',
    '| figure | value | budget | pass/FAIL |',
    '|---|---|---|---|',
    ...rows,
    '',
    'Details (all percentiles, memory samples): `bench/report.json`. How each figure is measured: `bench/README.md`.',
    '',
  ].join('\n');
}
