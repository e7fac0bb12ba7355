// `npx tsx scripts/bench/profile-call.ts [--e2e 30]`: the bench's busy caption stream (section 3) on
// the call page with the CDP sampling profiler running, then the content script's functions by
// self time (extension frames only; the fixture's own script and the browser are left out).
// Used to find what the content script spends its main-thread time on (bench/README.md).
import { launch } from '../lib/extension-browser';
import { buildScript, playRecorded } from './call-driver';
import { cycle, loadCorpus } from './corpus';
import { openCallWithPanel } from './end-to-end';
import { snapshotDist } from './dist-snapshot';
import { DEFAULTS } from '../bench';

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
  const cdp = await call.context().newCDPSession(call);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const t0 = performance.now();
  await playRecorded(call, buildScript(cycle(loadCorpus(), n)), DEFAULTS.pace);
  const wall = performance.now() - t0;
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
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
  const top = [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log(`wall ${(wall / 1000).toFixed(1)} s; content-script time (own frames + natives they call) ${ext.toFixed(1)} ms (${((100 * ext) / wall).toFixed(3)} % of a core); page GC ${gc.toFixed(1)} ms`);
  for (const [k, ms] of top) console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`);
} finally {
  await h.close();
  dist.dispose();
}
