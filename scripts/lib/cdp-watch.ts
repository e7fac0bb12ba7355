// An independent DevTools-protocol observer for e2e privacy and reliability tests. Playwright's own
// CDP sessions cannot address flattened child sessions (service worker, offscreen document), and a
// persistent context has no Browser object, so this opens its own browser-level connection on the
// port Chromium writes to <userDataDir>/DevToolsActivePort (launch with --remote-debugging-port=0).
// It auto-attaches to every target (pages, service workers, the offscreen document, workers,
// iframes), enables Network on each and records every request any of them starts.
// Minimal RFC 6455 client on node:http (Node 20 has no global WebSocket; no extra dependency).
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';

export interface TargetInfo { targetId: string; type: string; url: string }
export interface SeenRequest { url: string; method: string; targetType: string; targetUrl: string; requestId: string }
export interface FailedRequest { requestId: string; blockedReason?: string; errorText?: string }
type Pending = { resolve: (v: any) => void; reject: (e: Error) => void };

export const REMOTE_DEBUGGING_ARG = '--remote-debugging-port=0';

export class CdpWatch {
  readonly requests: SeenRequest[] = [];
  readonly failures: FailedRequest[] = [];
  /** Targets attached now (by session id), for addressing commands. */
  readonly sessions = new Map<string, TargetInfo>();
  /** Every target ever attached (kept after it goes away), for assertions and the report. */
  readonly seen: TargetInfo[] = [];
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private buf = Buffer.alloc(0);

  private constructor(private socket: Socket) {
    socket.on('data', (d: Buffer) => this.onData(d));
    socket.on('close', () => this.pending.forEach((p) => p.reject(new Error('CDP socket closed'))));
    socket.on('error', () => undefined);
  }

  /** Connects to the browser launched with REMOTE_DEBUGGING_ARG and starts watching every target. */
  static async attach(userDataDir: string): Promise<CdpWatch> {
    const file = join(userDataDir, 'DevToolsActivePort');
    const deadline = Date.now() + 10_000;
    while (!existsSync(file) || readFileSync(file, 'utf8').split('\n').length < 2) {
      if (Date.now() > deadline) throw new Error('DevToolsActivePort not written: launch with ' + REMOTE_DEBUGGING_ARG);
      await new Promise((r) => setTimeout(r, 50));
    }
    const [port, path] = readFileSync(file, 'utf8').trim().split('\n');
    const socket = await new Promise<Socket>((resolve, reject) => {
      const req = request({
        host: '127.0.0.1', port: Number(port), path,
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': randomBytes(16).toString('base64') },
      });
      req.on('upgrade', (_res, s: Socket) => resolve(s));
      req.on('error', reject);
      req.end();
    });
    const w = new CdpWatch(socket);
    // Browser-level auto-attach covers every top-level target that exists now or appears later.
    await w.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true });
    await w.send('Target.setDiscoverTargets', { discover: true }); // keeps urls and types current
    return w;
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<any> {
    const id = this.nextId++;
    const frame = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.write(encodeFrame(Buffer.from(frame)));
    });
  }

  /** Attached sessions whose target matches, e.g. t => t.type === 'service_worker'. */
  find(match: (t: TargetInfo) => boolean): Array<{ sessionId: string; target: TargetInfo }> {
    return [...this.sessions].filter(([, t]) => match(t)).map(([sessionId, target]) => ({ sessionId, target }));
  }

  /** Re-reads every target's type and url (an attach event can carry an empty url). */
  async refresh(): Promise<void> {
    const { targetInfos } = await this.send('Target.getTargets');
    for (const t of targetInfos as TargetInfo[]) this.updateTarget(t);
  }

  /** Evaluates an expression (awaiting promises) in the first attached target that matches. */
  async evaluate<T = unknown>(match: (t: TargetInfo) => boolean, expression: string): Promise<T> {
    await this.refresh();
    const hit = this.find(match)[0];
    if (!hit) throw new Error('no attached target matches');
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, hit.sessionId);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value as T;
  }

  close(): void {
    this.socket.destroy();
  }

  private onEvent(msg: { method: string; params: any; sessionId?: string }): void {
    const { method, params } = msg;
    if (method === 'Target.attachedToTarget') {
      const { sessionId, targetInfo } = params;
      const info = { targetId: targetInfo.targetId, type: targetInfo.type, url: targetInfo.url };
      this.sessions.set(sessionId, info);
      this.seen.push(info);
      // Nested targets (iframes, dedicated workers) hang off their parent's session.
      for (const [m, p] of [
        ['Network.enable', {}],
        ['Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: true }],
        ['Runtime.runIfWaitingForDebugger', {}],
      ] as const) void this.send(m, p, sessionId).catch(() => undefined);
      return;
    }
    if (method === 'Target.targetInfoChanged') {
      // The offscreen document attaches as type 'other' with an empty url that is filled in later.
      this.updateTarget(params.targetInfo);
      return;
    }
    if (method === 'Target.detachedFromTarget') {
      this.sessions.delete(params.sessionId);
      return;
    }
    const target = (msg.sessionId && this.sessions.get(msg.sessionId)) || { type: 'browser', url: '' };
    if (method === 'Network.requestWillBeSent') {
      this.requests.push({ url: params.request.url, method: params.request.method, targetType: target.type, targetUrl: target.url, requestId: params.requestId });
    } else if (method === 'Network.webSocketCreated') {
      this.requests.push({ url: params.url, method: 'WEBSOCKET', targetType: target.type, targetUrl: target.url, requestId: params.requestId });
    } else if (method === 'Network.loadingFailed') {
      this.failures.push({ requestId: params.requestId, blockedReason: params.blockedReason, errorText: params.errorText });
    }
  }

  private updateTarget(t: TargetInfo): void {
    for (const info of this.sessions.values()) if (info.targetId === t.targetId) Object.assign(info, { type: t.type, url: t.url });
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      const f = decodeFrame(this.buf);
      if (!f) return;
      this.buf = this.buf.subarray(f.size);
      if (f.opcode !== 1) continue; // CDP only sends unfragmented text frames; ignore ping/close
      const msg = JSON.parse(f.payload.toString('utf8'));
      if (typeof msg.id === 'number') {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.error) p?.reject(new Error(`${msg.error.message} (${msg.error.code})`));
        else p?.resolve(msg.result);
      } else if (msg.method) this.onEvent(msg);
    }
  }
}

/** Client frames must be masked (RFC 6455 §5.3). */
function encodeFrame(payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x81, 0x80 | len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) { head[0] = 0x81; head[1] = 0x80 | 126; head.writeUInt16BE(len, 2); }
  if (len >= 65536) { head[0] = 0x81; head[1] = 0x80 | 127; head.writeBigUInt64BE(BigInt(len), 2); }
  const mask = randomBytes(4);
  const body = Buffer.alloc(len);
  for (let i = 0; i < len; i++) body[i] = payload[i]! ^ mask[i & 3]!;
  return Buffer.concat([head, mask, body]);
}

function decodeFrame(b: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (b.length < 2) return null;
  let len = b[1]! & 0x7f;
  let off = 2;
  if (len === 126) { if (b.length < 4) return null; len = b.readUInt16BE(2); off = 4; }
  else if (len === 127) { if (b.length < 10) return null; len = Number(b.readBigUInt64BE(2)); off = 10; }
  if (b.length < off + len) return null; // server frames are never masked
  return { opcode: b[0]! & 0x0f, payload: b.subarray(off, off + len), size: off + len };
}
