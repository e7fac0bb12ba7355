// Heap of every extension context (service worker, offscreen document, side panel) through one
// browser-level CDP session. Playwright exposes no CDP session for workers or offscreen documents,
// so targets are attached the non-flattened way (Target.sendMessageToTarget), which a browser
// session supports alongside Playwright's own flattened sessions.
import type { Browser, CDPSession } from 'playwright-core';
import { codeBytes, summariseSnapshot } from './heap-snapshot';

export interface HeapSample {
  /** 'service_worker' | 'offscreen' | 'panel' | other extension page path. */
  context: string;
  usedBytes: number;
  /** With `heaps({ code: true })`: bytes of V8's compiled code category (heap snapshot), see heap-snapshot.ts. */
  codeBytes?: number;
}

/** Options for `heaps()`. */
export interface HeapOptions {
  /** Also take a heap snapshot of each context and report its compiled-code bytes (a few seconds each). */
  code?: boolean;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export class ExtensionTargets {
  private sessions = new Map<string, string>(); // targetId -> sessionId
  private pending = new Map<number, Pending>();
  private chunks = new Map<string, string[]>(); // sessionId -> heap snapshot chunks in flight
  private nextId = 1;

  private constructor(
    private cdp: CDPSession,
    private extensionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; method?: string; params?: { chunk?: string }; result?: unknown; error?: { message: string } };
      if (msg.method === 'HeapProfiler.addHeapSnapshotChunk') this.chunks.get(e.sessionId)?.push(msg.params?.chunk ?? '');
      const p = msg.id === undefined ? undefined : this.pending.get(msg.id);
      if (!p || msg.id === undefined) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message));
      else p.resolve(msg.result);
    });
  }

  static async open(browser: Browser, extensionId: string): Promise<ExtensionTargets> {
    return new ExtensionTargets(await browser.newBrowserCDPSession(), extensionId);
  }

  private send<T>(sessionId: string, method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    const done = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    void this.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch((e: Error) => {
      this.pending.delete(id);
      throw e;
    });
    return done;
  }

  private static contextName(type: string, url: string): string {
    if (type === 'service_worker') return 'service_worker';
    if (url.includes('/offscreen/')) return 'offscreen';
    if (url.includes('/sidepanel/')) return 'panel';
    return new URL(url).pathname;
  }

  private async sessionFor(targetId: string): Promise<string> {
    let sessionId = this.sessions.get(targetId);
    if (!sessionId) {
      sessionId = (await this.cdp.send('Target.attachToTarget', { targetId, flatten: false })).sessionId;
      this.sessions.set(targetId, sessionId);
    }
    return sessionId;
  }

  /** Sends one CDP command to the extension context named `context` (e.g. 'offscreen'). */
  async command<T>(context: string, method: string, params: object = {}): Promise<T> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    const t = targetInfos.find((x) => x.url.startsWith(`chrome-extension://${this.extensionId}/`) && ExtensionTargets.contextName(x.type, x.url) === context);
    if (!t) throw new Error(`no ${context} target`);
    return this.send<T>(await this.sessionFor(t.targetId), method, params);
  }

  /**
   * The extension's contexts grouped by V8 isolate: each service worker alone, and all extension pages
   * (offscreen document, panel) together, since they share one renderer process and one isolate.
   */
  private async isolates(): Promise<Array<{ name: string; sessionId: string }>> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    const mine = targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${this.extensionId}/`) && t.type !== 'other');
    const workers = mine.filter((t) => t.type === 'service_worker');
    const pages = mine.filter((t) => t.type !== 'service_worker');
    const groups = workers.map((t) => [t]);
    if (pages.length > 0) groups.push(pages);
    const out: Array<{ name: string; sessionId: string }> = [];
    for (const group of groups) {
      const name = group.map((g) => ExtensionTargets.contextName(g.type, g.url)).sort().join('+');
      out.push({ name, sessionId: await this.sessionFor(group[0]!.targetId) });
    }
    return out;
  }

  /** Forces a full GC in each isolate, then reads its used JS heap (and, with `code`, its compiled code). */
  async heaps(opts: HeapOptions = {}): Promise<HeapSample[]> {
    const out: HeapSample[] = [];
    for (const { name, sessionId } of await this.isolates()) {
      // Two collections: the first can leave objects that only the second frees (weak callbacks).
      await this.send(sessionId, 'HeapProfiler.collectGarbage');
      await this.send(sessionId, 'HeapProfiler.collectGarbage');
      const h = await this.send<{ usedSize: number }>(sessionId, 'Runtime.getHeapUsage');
      const sample: HeapSample = { context: name, usedBytes: h.usedSize };
      if (opts.code) sample.codeBytes = codeBytes(summariseSnapshot(await this.snapshotOf(sessionId)));
      out.push(sample);
    }
    return out;
  }

  /** Whole-isolate heap snapshots (JSON; they hold caption text: keep them local), by isolate name. */
  async snapshots(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const { name, sessionId } of await this.isolates()) out[name] = await this.snapshotOf(sessionId);
    return out;
  }

  private async snapshotOf(sessionId: string): Promise<string> {
    this.chunks.set(sessionId, []);
    try {
      await this.send(sessionId, 'HeapProfiler.takeHeapSnapshot', { reportProgress: false });
      return this.chunks.get(sessionId)!.join('');
    } finally {
      this.chunks.delete(sessionId);
    }
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
