// Where the long call's heap goes: a narrower tool than `npm run bench`'s long call. Replays
// `--items` corpus items (patient + clinician line each) on the routed Meet fixture in `--chunks`
// parts; after each part it drains the pipeline, reads every extension context's used heap (after
// GC) and the stored record's size, and (with --snapshots) takes a V8 heap snapshot of the service
// worker and of the extension pages' isolate (offscreen document + side panel), summarised by
// constructor. The last two summaries are diffed, so what grows per utterance shows by name.
// Prints counts and byte sizes only, never caption text.
//   npx vite build && npx tsx scripts/bench/memory-probe.ts [--items 300] [--chunks 3] [--snapshots]
// Environment: PROBE_DUMP=<dir> keeps the raw snapshots (every part; they hold caption text, local
// only), PROBE_JS_FLAGS passes V8 flags (e.g. '--trace-opt --trace-deopt', or '--log-code
// --logfile=<dir>/v8-%p.log' for code creation per function and isolate), PROBE_READS=n reads the
// heaps n times 0.4 s apart (to see whether work still in flight moves them).
import { writeFileSync } from 'node:fs';
import { launch } from '../lib/extension-browser';
import { storedCall } from '../lib/stored-call';
import { buildScript, playRecorded, shownRows, waitLabelled, forgetReceived, receivedTimes, type Script } from './call-driver';
import { ExtensionTargets } from './cdp-targets';
import { cycle, loadCorpus } from './corpus';
import { snapshotDist } from './dist-snapshot';
import { summariseSnapshot, type SnapshotSummary } from './heap-snapshot';
import { openCallWithPanel } from './end-to-end';
import { slope } from './stats';

/** Snapshot summaries of every isolate; PROBE_DUMP=<dir> also keeps the raw JSON (caption text: local only). */
let taken = 0;
async function summaries(targets: ExtensionTargets): Promise<Record<string, SnapshotSummary>> {
  taken++;
  const out: Record<string, SnapshotSummary> = {};
  for (const [name, json] of Object.entries(await targets.snapshots())) {
    if (process.env.PROBE_DUMP) writeFileSync(`${process.env.PROBE_DUMP}/${name}-${taken}.heapsnapshot`, json);
    out[name] = summariseSnapshot(json);
  }
  return out;
}

function diff(a: SnapshotSummary, b: SnapshotSummary, per: number, top = 25): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  const rows = [...keys].map((k) => {
    const x = a.get(k) ?? { count: 0, bytes: 0 };
    const y = b.get(k) ?? { count: 0, bytes: 0 };
    return { k, dc: y.count - x.count, db: y.bytes - x.bytes };
  });
  rows.sort((p, q) => Math.abs(q.db) - Math.abs(p.db));
  return rows.slice(0, top).map((r) => `${(r.db / per).toFixed(1).padStart(8)} B/utt ${(r.dc / per).toFixed(2).padStart(7)} obj/utt  ${r.k}`);
}

function arg(name: string, dflt: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
}

const items = arg('items', 300);
const parts = arg('chunks', 3);
const withSnapshots = process.argv.includes('--snapshots');
const dist = snapshotDist();
// PROBE_JS_FLAGS (e.g. '--trace-opt --trace-deopt') reaches V8 in every extension context; its
// output goes to the browser's stdout (run with DEBUG=pw:browser to see it).
const jsFlags = process.env.PROBE_JS_FLAGS ? [`--js-flags=${process.env.PROBE_JS_FLAGS}`] : [];
const h = await launch({ args: [...dist.args, ...jsFlags] });
try {
  const { call, panel, tabId } = await openCallWithPanel(h);
  const targets = await ExtensionTargets.open(h.context.browser()!, h.extensionId);
  const script = buildScript(cycle(loadCorpus(), items, 30));
  const total = script.steps.length;
  const sw = await h.serviceWorker();
  const points: Array<{ utterances: number; record: number; heaps: Record<string, number> }> = [];
  const snaps: Array<{ utterances: number; s: Record<string, SnapshotSummary> }> = [];
  for (let k = 1, from = 0; k <= parts; k++) {
    const to = Math.round((k * total) / parts);
    const part: Script = { steps: script.steps.slice(from, to) };
    await playRecorded(call, part, { wordMs: 4, stepMs: 20 });
    await waitLabelled(panel, part.steps.filter((s) => s.self).length, 60_000);
    const shown = await shownRows(panel, true);
    await forgetReceived(sw, shown.map((r) => r.id));
    await receivedTimes(sw);
    from = to;
    const record = (await storedCall(sw, tabId))?.bytes ?? 0;
    const reads: Array<Record<string, number>> = [];
    for (let r = 0; r < Number(process.env.PROBE_READS ?? 1); r++) {
      if (r > 0) await new Promise((res) => setTimeout(res, 400));
      reads.push(Object.fromEntries((await targets.heaps()).map((x) => [x.context, x.usedBytes])));
    }
    if (reads.length > 1) process.stderr.write(`[probe] reads ${JSON.stringify(reads)}\n`);
    const heaps = reads[0]!;
    const dom = await panel.evaluate(() => ({
      nodes: document.getElementsByTagName('*').length,
      feedRows: document.querySelectorAll('.ac-feed-list > li').length,
      tallyItems: document.querySelectorAll('li[data-item-id]').length,
      evidence: document.querySelectorAll('.ac-evidence > li').length,
    }));
    points.push({ utterances: to, record, heaps });
    process.stderr.write(`[probe] ${to}/${total} utterances, record ${record} B, heaps ${JSON.stringify(heaps)}, panel DOM ${JSON.stringify(dom)}\n`);
    // With PROBE_DUMP every part is snapshotted (to follow a category over the call); the summary
    // diff still uses the last two.
    if (withSnapshots && (k >= parts - 1 || process.env.PROBE_DUMP)) snaps.push({ utterances: to, s: await summaries(targets) });
  }
  const later = points.slice(1);
  const contexts = Object.keys(points.at(-1)!.heaps);
  const out: string[] = [`utterances ${total}, record ${points.at(-1)!.record} B`];
  out.push(`record slope ${slope(later.map((p) => [p.utterances, p.record] as const)).toFixed(0)} B/utt`);
  for (const c of contexts) out.push(`${c} slope ${slope(later.map((p) => [p.utterances, p.heaps[c] ?? 0] as const)).toFixed(0)} B/utt`);
  if (snaps.length >= 2) {
    const [a, b] = snaps.slice(-2) as [(typeof snaps)[0], (typeof snaps)[0]];
    const per = b.utterances - a.utterances;
    for (const ctx of Object.keys(b.s)) {
      out.push(`-- ${ctx}: growth per utterance between ${a.utterances} and ${b.utterances} (heap snapshot self sizes)`);
      out.push(...diff(a.s[ctx] ?? new Map(), b.s[ctx]!, per));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  await targets.close();
} finally {
  await h.close();
  dist.dispose();
}
