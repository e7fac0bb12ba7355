// Where the long call's emitted -> label latency goes at minute 1 and at minute 60 (issue 18 item 3).
// Replays the bench's long call (`--only long`: the same items, pace and drain points) and, over the
// first and the last minute of the replayed call, runs the CDP sampling profiler in the service
// worker, the side panel and the offscreen document, and times the worker's own steps per clinician
// utterance: queue (received -> its classify request posted), classify round trip, classify answered
// -> storage.session write started (coach), the writes, write done -> model posted to the panel, and
// posted -> label in the panel's DOM. Prints function names, self times and milliseconds only (the
// texts that join the clocks stay in memory). Build with `npx vite build --minify false` for names.
//   npx tsx scripts/bench/long-profile.ts [--items 540] [--top 15]    DUMP=<dir> keeps the raw profiles.
import { writeFileSync } from 'node:fs';
import type { Worker } from 'playwright-core';
import { launch } from '../lib/extension-browser';
import { buildScript, forgetReceived, join, playRecorded, receivedTimes, renderedTimes, shownRows, waitLabelled, type Joined, type Script } from './call-driver';
import { ExtensionTargets } from './cdp-targets';
import { cycle, loadCorpus } from './corpus';
import { snapshotDist } from './dist-snapshot';
import { openCallWithPanel } from './end-to-end';
import { DEFAULTS } from '../bench';

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ITEMS = arg('items', DEFAULTS.long);
const TOP = arg('top', 15);
const CONTEXTS = ['service_worker', 'panel', 'offscreen'] as const;

/** Worker hooks: a timeline of classify round trips (by text, kept in the worker), session writes, panel posts and IDB transactions. */
async function instrument(sw: Worker): Promise<void> {
  await sw.evaluate('globalThis.__name ??= (f) => f');
  await sw.evaluate(() => {
    type Ev = [kind: string, t0: number, t1: number, key?: string];
    const g = globalThis as unknown as { __lp?: Ev[]; __lpText?: Map<string, [number, number]> };
    if (g.__lp) return;
    const ev: Ev[] = (g.__lp = []);
    const byText = (g.__lpText = new Map());
    const now = (): number => performance.timeOrigin + performance.now();
    // webextension-polyfill looks the chrome method up at every call and passes a callback last.
    const wrap = (obj: Record<string, unknown>, name: string, kind: (args: unknown[]) => string | null, done?: (args: unknown[], t0: number, t1: number) => void): void => {
      const orig = obj[name] as (...a: unknown[]) => unknown;
      obj[name] = function (this: unknown, ...args: unknown[]) {
        const k = kind(args);
        if (!k) return orig.apply(this, args);
        const t0 = now();
        const cb = args[args.length - 1];
        const finish = (): void => {
          const t1 = now();
          ev.push([k, t0, t1]);
          done?.(args, t0, t1);
        };
        if (typeof cb === 'function') {
          args[args.length - 1] = (...r: unknown[]) => {
            finish();
            return (cb as (...a: unknown[]) => unknown)(...r);
          };
          return orig.apply(this, args);
        }
        const out = orig.apply(this, args);
        if (out && typeof (out as Promise<unknown>).then === 'function') void (out as Promise<unknown>).then(finish, finish);
        else finish();
        return out;
      };
    };
    // Classify requests go over the offscreen port (src/platform/offscreen-link.ts): time each from
    // its post to its answer. The timing listener is added first, before the product's own.
    const connect = chrome.runtime.connect.bind(chrome.runtime) as (info?: { name?: string }) => chrome.runtime.Port;
    (chrome.runtime as unknown as { connect: typeof connect }).connect = (info) => {
      const port = connect(info);
      if (info?.name !== 'alliance-classifier') return port;
      const sent = new Map<number, [number, string]>();
      const post = port.postMessage.bind(port);
      port.postMessage = (m: { n: number; msg?: { kind?: string; text?: string } }) => {
        if (m?.msg?.kind === 'off/classify') sent.set(m.n, [now(), m.msg.text ?? '']);
        post(m);
      };
      port.onMessage.addListener((r: { n?: number }) => {
        const s = typeof r?.n === 'number' ? sent.get(r.n) : undefined;
        if (!s) return;
        sent.delete(r.n!);
        const t1 = now();
        ev.push(['classify', s[0], t1]);
        byText.set(s[1], [s[0], t1]);
      });
      return port;
    };
    wrap(chrome.storage.session as unknown as Record<string, unknown>, 'set', () => 'session.set', (a, t0, t1) => {
      // Sizes only: how many keys (head + chunks) and how many bytes of JSON one save writes.
      const items = a[0] as Record<string, unknown>;
      const keys = Object.keys(items).length;
      // The head's size by field (two levels), kept for the last save: which part of it grows.
      for (const [key, v] of Object.entries(items)) {
        if (!/^call:\d+$/.test(key) || !v || typeof v !== 'object') continue;
        const br: Record<string, number> = {};
        const walk = (o: Record<string, unknown>, prefix: string, depth: number): void => {
          for (const [f, x] of Object.entries(o)) {
            br[prefix + f] = JSON.stringify(x)?.length ?? 0;
            if (depth > 0 && x && typeof x === 'object' && !Array.isArray(x)) walk(x as Record<string, unknown>, `${prefix}${f}.`, depth - 1);
          }
        };
        walk(v as Record<string, unknown>, '', 3);
        (globalThis as unknown as { __lpHead?: Record<string, number> }).__lpHead = br;
      }
      if (keys > 1) ev.push([`session.set of ${keys} keys`, t0, t1]);
      ev.push([`session.set KB ${Math.min(64, 2 ** Math.ceil(Math.log2(Math.max(1, JSON.stringify(items).length / 1024))))}`, t0, t1]);
    });
    wrap(chrome.storage.session as unknown as Record<string, unknown>, 'get', (a) => (Array.isArray(a[0]) && a[0].length > 1 ? 'session.get of many keys' : null));
    chrome.runtime.onConnect.addListener((port) => {
      const post = port.postMessage.bind(port);
      port.postMessage = (m: unknown) => {
        const t = now();
        if ((m as { kind?: string })?.kind === 'bg/model') {
          ev.push(['post', t, t]);
          ev.push([`post KB ${Math.ceil(JSON.stringify(m).length / 1024)}`, t, t]);
        }
        post(m);
      };
    });
    const tx = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const t0 = now();
      const t = tx.apply(this, args);
      const stores = [...t.objectStoreNames].join('+');
      const end = (): void => void ev.push([`idb ${t.mode} ${stores}`, t0, now()]);
      t.addEventListener('complete', end);
      t.addEventListener('abort', end);
      return t;
    } as IDBDatabase['transaction'];
    const enc = crypto.subtle.encrypt;
    crypto.subtle.encrypt = function (this: SubtleCrypto, ...args: Parameters<SubtleCrypto['encrypt']>) {
      const t0 = now();
      const p = enc.apply(this, args);
      void p.then(() => ev.push(['encrypt', t0, now()]), () => undefined);
      return p;
    } as SubtleCrypto['encrypt'];
  });
}

interface Timeline {
  events: Array<[string, number, number]>;
  classify: Map<string, [number, number]>;
  /** JSON bytes of the last head saved, by field (fields over 300 B). */
  head: Record<string, number>;
}

async function takeTimeline(sw: Worker): Promise<Timeline> {
  const { events, texts, head } = await sw.evaluate(() => {
    const g = globalThis as unknown as { __lp: Array<[string, number, number]>; __lpText: Map<string, [number, number]> };
    const out = { events: g.__lp.splice(0), texts: [...g.__lpText], head: { ...((g as unknown as { __lpHead?: Record<string, number> }).__lpHead ?? {}), ...Object.fromEntries(Object.entries((g as unknown as { __acWhole?: Record<string, number> }).__acWhole ?? {}).map(([k, v]) => [`whole@${k}`, v * 1000])), ...Object.fromEntries(Object.entries((g as unknown as { __acCold?: Record<string, number> }).__acCold ?? {}).map(([k, v]) => [`cold@${k}`, v * 1000])) } };
    g.__lpText.clear();
    return out;
  });
  return { events, classify: new Map(texts), head };
}

interface Stages {
  queue: number;
  classify: number;
  coach: number;
  writes: number;
  publish: number;
  panel: number;
}

/** Splits each row's received -> shown span at the worker's events (see the file's comment). */
function stages(rows: Joined[], received: Map<string, number>, tl: Timeline): Stages[] {
  const out: Stages[] = [];
  for (const r of rows) {
    const q = received.get(r.id);
    const c = tl.classify.get(r.text);
    if (q === undefined || !c) continue;
    const shown = q + r.receivedToShown;
    const sets = tl.events.filter(([k, t0]) => k === 'session.set' && t0 >= c[1] && t0 <= shown);
    const post = tl.events.find(([k, t0]) => k === 'post' && t0 >= c[1] && t0 <= shown);
    if (!post || sets.length === 0) continue;
    const lastSet = sets.filter(([, t0]) => t0 <= post[1]).at(-1) ?? sets[0]!;
    out.push({ queue: c[0] - q, classify: c[1] - c[0], coach: sets[0]![1] - c[1], writes: lastSet[2] - sets[0]![1], publish: post[1] - lastSet[2], panel: shown - post[1] });
  }
  return out;
}

function eventSummary(tl: Timeline): string {
  const kinds = new Map<string, { n: number; ms: number }>();
  for (const [k, t0, t1] of tl.events) {
    const x = kinds.get(k) ?? { n: 0, ms: 0 };
    kinds.set(k, { n: x.n + 1, ms: x.ms + (t1 - t0) });
  }
  const head = Object.entries(tl.head).filter(([, b]) => b > 300).map(([k, b]) => `${k} ${b}`).join(', ');
  return [...kinds].sort((a, b) => a[0].localeCompare(b[0])).map(([k, x]) => `${k} ${x.n}/${x.ms.toFixed(0)}`).join('; ') + `\n    head bytes by field: ${head}`;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function topSelf(p: CpuProfile, top: number): string[] {
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const byFn = new Map<string, number>();
  let busy = 0;
  for (const nd of p.nodes) {
    const ms = self.get(nd.id) ?? 0;
    const { functionName, url, lineNumber } = nd.callFrame;
    if (functionName !== '(idle)' && functionName !== '(program)') busy += ms;
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop() ?? ''}${url ? `:${lineNumber + 1}` : ''}`;
    byFn.set(key, (byFn.get(key) ?? 0) + ms);
  }
  const span = (p.endTime - p.startTime) / 1000;
  return [`  span ${span.toFixed(0)} ms, busy (not idle/program) ${busy.toFixed(0)} ms`, ...[...byFn].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)];
}

async function profiled<T>(targets: ExtensionTargets, label: string, run: () => Promise<T>): Promise<{ out: T; lines: string[] }> {
  const on: string[] = [];
  for (const c of process.env.NOPROF ? [] : CONTEXTS) {
    try {
      await targets.command(c, 'Profiler.enable');
      await targets.command(c, 'Profiler.setSamplingInterval', { interval: 200 });
      await targets.command(c, 'Profiler.start');
      on.push(c);
    } catch (e) {
      process.stderr.write(`[long-profile] ${c}: ${(e as Error).message}\n`);
    }
  }
  const out = await run();
  const lines: string[] = [];
  for (const c of on) {
    const { profile } = await targets.command<{ profile: CpuProfile }>(c, 'Profiler.stop');
    if (process.env.DUMP) writeFileSync(`${process.env.DUMP}/${label}-${c}.cpuprofile`, JSON.stringify(profile));
    lines.push(`-- ${label} ${c}`, ...topSelf(profile, TOP));
  }
  return { out, lines };
}

const dist = snapshotDist();
const h = await launch({ args: dist.args });
try {
  const sw = await h.serviceWorker();
  await instrument(sw);
  const { call, panel } = await openCallWithPanel(h);
  const targets = await ExtensionTargets.open(h.context.browser()!, h.extensionId);
  const script = buildScript(cycle(loadCorpus(), ITEMS, DEFAULTS.e2e));
  const total = script.steps.length;
  const perMin = Math.ceil(total / 60);
  // The bench's drain points (minute 1, minute 30, six even parts); the last minute is split off the last part.
  const ends = [...new Set([perMin, Math.ceil(total / 2), ...Array.from({ length: DEFAULTS.samples }, (_, k) => Math.ceil(((k + 1) * total) / DEFAULTS.samples))])].sort((a, b) => a - b);
  const report: string[] = [`utterances ${total}, a minute = ${perMin} utterances`];
  const windowed = async (label: string, from: number, to: number, lead?: Script): Promise<void> => {
    const part: Script = { steps: script.steps.slice(from, to) };
    if (lead) await playRecorded(call, lead, DEFAULTS.longPace);
    await takeTimeline(sw); // start the window's timeline afresh (lead-in events dropped)
    const { lines } = await profiled(targets, label, async () => {
      await playRecorded(call, part, DEFAULTS.longPace);
      await waitLabelled(panel, part.steps.filter((s) => s.self).length + (lead?.steps.filter((s) => s.self).length ?? 0), 60_000);
    });
    const tl = await takeTimeline(sw);
    const received = await receivedTimes(sw);
    const rows = join(await renderedTimes(call), received, await shownRows(panel, true)).filter((r) => part.steps.some((s) => s.text === r.text));
    await forgetReceived(sw, [...received.keys()]);
    const st = stages(rows, received, tl);
    report.push(`== ${label}: utterances ${from}-${to}, labelled clinician rows ${rows.length}, split ${st.length}`);
    report.push(`  emitted -> label median ${median(rows.map((r) => r.receivedToShown)).toFixed(1)} ms, max ${Math.max(...rows.map((r) => r.receivedToShown)).toFixed(1)} ms`);
    report.push(`  stages median ms: ${(Object.keys(st[0] ?? {}) as Array<keyof Stages>).map((k) => `${k} ${median(st.map((s) => s[k])).toFixed(1)}`).join(', ')}`);
    report.push(`  stages per row (queue/classify/coach/writes/publish/panel): ${st.map((s) => [s.queue, s.classify, s.coach, s.writes, s.publish, s.panel].map((x) => x.toFixed(0)).join('/')).join('  ')}`);
    report.push(`  worker events in the window (count/total ms): ${eventSummary(tl)}`);
    report.push(...lines);
  };
  await windowed('minute1', 0, perMin);
  let from = perMin;
  for (const end of ends.filter((e) => e > perMin && e < total)) {
    await playRecorded(call, { steps: script.steps.slice(from, end) }, DEFAULTS.longPace);
    await waitLabelled(panel, script.steps.slice(from, end).filter((s) => s.self).length, 30_000);
    await forgetReceived(sw, (await shownRows(panel, true)).map((r) => r.id));
    report.push(`-- utterances ${from}-${end}, worker events (count/total ms): ${eventSummary(await takeTimeline(sw))}`);
    process.stderr.write(`[long-profile] ${end}/${total}\n`);
    from = end;
  }
  // As in the bench, minute 60 ends a part played without a pause: its lead-in is played first.
  await windowed('minute60', total - perMin, total, { steps: script.steps.slice(from, total - perMin) });
  process.stdout.write(report.join('\n') + '\n');
  await targets.close();
} finally {
  await h.close();
  dist.dispose();
}
