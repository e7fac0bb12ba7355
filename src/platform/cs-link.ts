// The content script's line to the service worker. Utterances are queued until the worker acks them
// (the ack comes after the call state is saved), and re-sent with backoff if the worker was stopped
// or restarting, so none is lost. If the extension is reloaded the old content script's context is
// invalidated: it stops quietly instead of throwing into the call page.
import type { CaptionHealth, PlatformId, Utterance } from '../captions/types';
import type { Runtime } from 'webextension-polyfill';
import { CS_PORT, isPortReply, MAX_NAME, MAX_TEXT, type CsToBg } from '../messaging/protocol';
import { BACKOFF_MS, createCaptionOutbox } from '../messaging/caption-outbox';
import { browser } from './browser';
import { disconnectQuietly, onRestartNotice } from './restart-notice';

export interface HelloReply {
  ok: true;
  enabled: boolean;
  selfNames: string[];
}

export class CsLink {
  // Utterances go over one port (see CS_PORT); hello/health/end stay on sendMessage (rare).
  private port: Runtime.Port | null = null;
  /** When the port was opened (Date.now(): the worker's restart notice carries the same clock). */
  private portSince = 0;
  private n = 0;
  private outbox = createCaptionOutbox({
    post: (u) => this.post(u),
    onDisabled: () => this.onDead(),
    onStale: () => this.dropPort(),
    setTimer: (fn, ms) => setTimeout(fn, ms),
    now: () => performance.now(),
    clearTimer: (t) => clearTimeout(t as ReturnType<typeof setTimeout>),
  });
  // One request object, refilled per utterance: postMessage serialises it before it returns.
  private req: { n: number; msg: Extract<CsToBg, { kind: 'cs/utterance' }> } | null = null;

  constructor(
    private platform: PlatformId,
    readonly callKey: string,
    private signal: AbortSignal,
    private onDead: () => void,
  ) {
    signal.addEventListener('abort', () => this.outbox.stop(), { once: true });
    // A worker that started after this port was opened is not the one at its other end: the port
    // may never report closing (Chromium 156), so the request in flight is re-sent over a new one
    // now instead of when the ack watchdog gives up on it (5 s without captions).
    onRestartNotice((bootAt) => {
      if (!this.port || this.portSince >= bootAt) return;
      this.dropPort();
      this.outbox.lost();
    }, signal);
  }

  private dropPort(): void {
    const port = this.port;
    this.port = null;
    disconnectQuietly(port);
  }

  private async send(msg: CsToBg): Promise<unknown> {
    try {
      return await browser.runtime.sendMessage(msg);
    } catch (e) {
      if (String(e).includes('context invalidated')) this.onDead();
      throw e;
    }
  }

  /** The caption port, connected if needed; null if it cannot be (the context is gone). */
  private connect(): Runtime.Port | null {
    if (this.port) return this.port;
    let port: Runtime.Port;
    try {
      port = browser.runtime.connect({ name: CS_PORT });
    } catch (e) {
      if (String(e).includes('context invalidated')) this.onDead();
      return null;
    }
    // Only the answer to the request in flight counts: a number that is not it is a stale answer.
    port.onMessage.addListener((raw: unknown) => {
      if (isPortReply(raw) && raw.n === this.req?.n && this.outbox.inFlight) this.outbox.answered(raw.reply);
    });
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      this.outbox.lost();
    });
    this.signal.addEventListener('abort', () => port.disconnect(), { once: true });
    this.port = port;
    this.portSince = Date.now();
    return port;
  }

  /** Posts `u` as the next request over the port; false when it could not be posted. */
  private post(u: Utterance): boolean {
    const port = this.connect();
    if (!port) return false;
    const req = (this.req ??= { n: 0, msg: { kind: 'cs/utterance', platform: this.platform, callKey: this.callKey, utterance: u } });
    req.n = this.n++;
    req.msg.utterance = u;
    try {
      port.postMessage(req);
      return true;
    } catch (e) {
      if (this.port === port) this.port = null;
      if (String(e).includes('context invalidated')) this.onDead();
      return false;
    }
  }

  async hello(): Promise<HelloReply | null> {
    for (let i = 0; i < BACKOFF_MS.length && !this.signal.aborted; i++) {
      try {
        const r = (await this.send({ kind: 'cs/hello', platform: this.platform, callKey: this.callKey })) as HelloReply | undefined;
        if (r?.ok) return r;
      } catch {
        /* worker starting: retry */
      }
      await sleep(BACKOFF_MS[i]!);
    }
    return null;
  }

  health(health: CaptionHealth): void {
    this.send({ kind: 'cs/health', platform: this.platform, callKey: this.callKey, health }).then(
      (r) => (r as { disabled?: boolean } | undefined)?.disabled && this.onDead(),
      () => undefined,
    );
  }

  utterance(raw: Utterance): void {
    // The worker's schema rejects longer fields, and a rejected message is never acked: without the
    // cap one 100 KB caption would be re-sent forever and block every caption queued behind it.
    const u = raw.text.length > MAX_TEXT || raw.speaker.length > MAX_NAME ? { ...raw, text: raw.text.slice(0, MAX_TEXT), speaker: raw.speaker.slice(0, MAX_NAME) } : raw;
    this.outbox.add(u);
  }

  async ended(reason: 'left' | 'silence' | 'unload'): Promise<void> {
    await this.outbox.drained();
    await this.send({ kind: 'cs/call-ended', platform: this.platform, callKey: this.callKey, reason }).catch(() => undefined);
  }

  pending(): number {
    return this.outbox.pending();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
