// The bench's pure parts and its Node section on a few items: the report has every figure beside its
// budget and the Markdown table carries the machine. No timing assertions (this machine is shared).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseArgs, runBench } from '../../scripts/bench';
import { buildScript, join as joinClocks, seqOf } from '../../scripts/bench/call-driver';
import { cycle, loadCorpus } from '../../scripts/bench/corpus';
import { figures } from '../../scripts/bench/report';
import { dist, percentile, slope } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it('uses nearest-rank percentiles and least-squares slopes', () => {
    const s = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(s, 0.5)).toBe(50);
    expect(percentile(s, 0.99)).toBe(99);
    expect(dist(s)).toMatchObject({ n: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(slope([[0, 10], [10, 30], [20, 50]])).toBe(2);
  });
});

describe('bench inputs', () => {
  it('cycles unique caption-style corpus texts into a call script with unique lines', () => {
    const items = loadCorpus();
    expect(items.length).toBeGreaterThan(500);
    const script = buildScript(cycle(items, 40));
    const texts = script.steps.map((s) => s.text.toLowerCase());
    expect(new Set(texts).size).toBe(texts.length);
    expect(script.steps.filter((s) => s.self).length).toBe(40);
  });

  it('joins the three clocks by id and text', () => {
    expect(seqOf('1700000000000-12')).toBe(12);
    const rows = joinClocks(new Map([['Hello there.', 100]]), new Map([['c-1', 900]]), [
      { id: 'c-1', text: 'Hello there.', role: 'clinician', label: 'other', t: 950 },
      { id: 'c-2', text: 'Fine.', role: 'patient', label: null, t: 990 },
    ]);
    expect(rows).toEqual([{ id: 'c-1', text: 'Hello there.', renderedToShown: 850, receivedToShown: 50, renderedToReceived: 800 }]);
  });

  it('parses iteration counts and rejects unknown options', () => {
    expect(parseArgs(['--iterations', '50', '--only', 'node']).iterations).toBe(50);
    expect(() => parseArgs(['--iterations', '0'])).toThrow();
    expect(() => parseArgs(['--bogus', '1'])).toThrow();
  });
});

describe('bench Node section (smoke)', () => {
  it('writes report.json and report.md with figures beside budgets', async () => {
    const out = mkdtempSync(join(tmpdir(), 'bench-unit-'));
    try {
      const r = await runBench({ ...DEFAULTS, iterations: 20, warmup: 5, only: ['node'], out });
      expect(r.machine.cores).toBeGreaterThan(0);
      expect(r.nodeClassifier?.classifyMs.n).toBe(20);
      expect(r.nodeClassifier?.languageMs?.n).toBe(20);
      expect(r.figures.some((f) => f.what.startsWith('language detection (eld'))).toBe(true);
      expect(r.figures.find((f) => f.what === 'model file')).toMatchObject({ budget: '<= 3 MB', pass: true });
      const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as typeof r;
      expect(json.figures.length).toBe(r.figures.length);
      const md = readFileSync(join(out, 'report.md'), 'utf8');
      expect(md).toContain('| figure | value | budget |');
      expect(md).toContain(r.machine.cpu);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('bench long-call figures', () => {
  const dist0 = dist([1]);
  const longCall = {
    pace: { wordMs: 4, stepMs: 20 },
    utterances: 900,
    clinicianLabelled: 450,
    wallSeconds: 1,
    memory: [],
    heapSlopeBytesPerUtterance: { service_worker: 700, 'offscreen+panel': 200 },
    recordSlopeBytesPerUtterance: 400,
    heapTailSlopeBytesPerUtterance: { service_worker: 300, 'offscreen+panel': 50 },
    recordTailSlopeBytesPerUtterance: 410,
    flat: false,
    heapAtMinute: { 1: {}, 30: {}, 60: {} },
    minute1: { emittedToLabelMs: dist0, renderedToLabelMs: dist0 },
    minute60: { emittedToLabelMs: dist0, renderedToLabelMs: dist0 },
  };

  it('shows the second-half slope beside the budgeted whole-call one, which alone decides the verdict', () => {
    const f = figures({ longCall } as unknown as Parameters<typeof figures>[0]);
    const budgeted = f.find((x) => x.what.startsWith('long call (900 utt.) heap growth'));
    expect(budgeted).toMatchObject({ value: 'service_worker 700, offscreen+panel 200; record 400', pass: false });
    const tail = f.find((x) => x.what.includes('second half only'));
    expect(tail).toMatchObject({ value: 'service_worker 300, offscreen+panel 50; record 410', pass: null });
  });

  it('budgets the slope without compiled code when the run measured it, and shows the whole-heap one beside it', () => {
    const withCode = { ...longCall, dataSlopeBytesPerUtterance: { service_worker: 150, 'offscreen+panel': 180 }, flat: true, code: { from: { utterances: 290, bytes: { service_worker: 9.5 * 2 ** 20 } }, to: { utterances: 900, bytes: { service_worker: 10.25 * 2 ** 20 } } }, heapAtMinute: { 1: { service_worker: 1 }, 30: { service_worker: 1 }, 60: { service_worker: 1 } } };
    const f = figures({ longCall: withCode } as unknown as Parameters<typeof figures>[0]);
    expect(f.find((x) => x.what.includes('without compiled code'))).toMatchObject({ value: 'service_worker 150, offscreen+panel 180; record 400', pass: true });
    expect(f.find((x) => x.what.includes('with compiled code'))).toMatchObject({ value: 'service_worker 700, offscreen+panel 200', pass: null });
    expect(f.find((x) => x.what.includes('compiled code, service_worker'))).toMatchObject({ what: 'long call compiled code, service_worker at utterance 290 / 900', value: '9.5 / 10.3 MB' });
    expect(f.filter((x) => x.what.includes('heap growth') && x.pass !== null)).toHaveLength(1);
  });
});
