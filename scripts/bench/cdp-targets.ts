// Heap of every extension context (service worker, offscreen document, side panel) through one
// browser-level CDP session. Playwright exposes no CDP session for workers or offscreen documents,
// so targets are attached the non-flattened way (Target.sendMessageToTarget), which a browser
// session supports alongside Playwright's own flattened sessions.
import type { Browser, CDPSession } from 'playwright-core';

export interface HeapSample {
  /** 'service_worker' | 'offscreen' | 'panel' | other extension page path. */
  context: string;
  usedBytes: number;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

export class ExtensionTargets {
  private sessions = new Map<string, string>(); // targetId -> sessionId
  private pending = new Map<number, Pending>();
  private nextId = 1;

  private constructor(
    private cdp: CDPSession,
    private extensionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
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

  /** Forces a full GC in each extension context, then reads its used JS heap. */
  async heaps(): Promise<HeapSample[]> {
    const { targetInfos } = await this.cdp.send('Target.getTargets');
    const mine = targetInfos.filter((t) => t.url.startsWith(`chrome-extension://${this.extensionId}/`) && t.type !== 'other');
    // Extension pages (offscreen document, panel) share one renderer process and one V8 isolate, and
    // getHeapUsage reports the isolate, so they are measured once, under all their names.
    const workers = mine.filter((t) => t.type === 'service_worker');
    const pages = mine.filter((t) => t.type !== 'service_worker');
    const groups = workers.map((t) => [t]);
    if (pages.length > 0) groups.push(pages);
    const out: HeapSample[] = [];
    for (const group of groups) {
      const t = group[0]!;
      const sessionId = await this.sessionFor(t.targetId);
      // Two collections: the first can leave objects that only the second frees (weak callbacks).
      await this.send(sessionId, 'HeapProfiler.collectGarbage');
      await this.send(sessionId, 'HeapProfiler.collectGarbage');
      const h = await this.send<{ usedSize: number }>(sessionId, 'Runtime.getHeapUsage');
      const names = group.map((g) => ExtensionTargets.contextName(g.type, g.url)).sort();
      out.push({ context: names.join('+'), usedBytes: h.usedSize });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
