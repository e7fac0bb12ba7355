// The content script's line to the service worker. Utterances are queued until the worker acks them
// (the ack comes after the call state is saved), and re-sent with backoff if the worker was stopped
// or restarting, so none is lost. If the extension is reloaded the old content script's context is
// invalidated: it stops quietly instead of throwing into the call page.
import type { CaptionHealth, PlatformId, Utterance } from '../captions/types';
import type { Runtime } from 'webextension-polyfill';
import { CS_PORT, CsPortReplySchema, MAX_NAME, MAX_TEXT, parse, type CsToBg } from '../messaging/protocol';
import { browser } from './browser';

export interface HelloReply {
  ok: true;
  enabled: boolean;
  selfNames: string[];
}

const BACKOFF_MS = [100, 250, 500, 1000, 2000, 4000];

export class CsLink {
  /** Utterances not acked yet, oldest first. */
  private queue: Utterance[] = [];
  /** Those of them posted on the current port and not answered yet. */
  private sent = new Set<Utterance>();
  private retry: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private emptied: Array<() => void> = [];
  // Utterances go over one port (see CS_PORT); hello/health/end stay on sendMessage (rare).
  private port: Runtime.Port | null = null;
  private n = 0;
  private waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  constructor(
    private platform: PlatformId,
    readonly callKey: string,
    private signal: AbortSignal,
    private onDead: () => void,
  ) {
    signal.addEventListener('abort', () => this.settle(), { once: true });
  }

  private async send(msg: CsToBg): Promise<unknown> {
    try {
      return await browser.runtime.sendMessage(msg);
    } catch (e) {
      if (String(e).includes('context invalidated')) this.onDead();
      throw e;
    }
  }

  private connect(): Runtime.Port {
    const port = browser.runtime.connect({ name: CS_PORT });
    port.onMessage.addListener((raw: unknown) => {
      const r = parse(CsPortReplySchema, raw);
      if (!r) return;
      // Plain acks arrive gathered (protocol.ts): each resolves its request as `{ ok: true }`.
      for (const [n, reply] of 'acked' in r ? r.acked.map((k) => [k, { ok: true }] as const) : [[r.n, r.reply] as const]) {
        const w = this.waiting.get(n);
        if (!w) continue;
        this.waiting.delete(n);
        w.resolve(reply);
      }
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
      const pending = [...this.waiting.values()];
      this.waiting.clear();
      for (const w of pending) w.reject(new Error('port closed'));
    });
    this.signal.addEventListener('abort', () => port.disconnect(), { once: true });
    return port;
  }

  /** Posts on the caption port, connecting it if needed. */
  private post(body: object): void {
    if (!this.port) this.port = this.connect();
    const port = this.port;
    try {
      port.postMessage(body);
    } catch (e) {
      if (this.port === port) this.port = null;
      throw e;
    }
  }

  /** Sends over the caption port; the promise settles with the answer, or rejects if the port drops first. */
  private request(msg: CsToBg): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const n = this.n++;
      this.waiting.set(n, { resolve, reject });
      try {
        this.post({ n, msg });
      } catch (e) {
        this.waiting.delete(n);
        if (String(e).includes('context invalidated')) this.onDead();
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
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
    // A correction replaces a queued older revision of the same utterance (one already posted is
    // still answered; the worker keeps the highest revision).
    this.queue = this.queue.filter((q) => q.id !== u.id);
    this.queue.push(u);
    this.pump();
  }

  async ended(reason: 'left' | 'silence' | 'unload'): Promise<void> {
    // The worker must have every utterance before it hears the call ended: ask for the acks now
    // instead of gathered, and wait for them (re-sends included).
    if (this.queue.length > 0 && !this.signal.aborted) {
      const empty = new Promise<void>((r) => this.emptied.push(r));
      this.pump();
      try {
        this.post({ flush: true });
      } catch {
        // the port is down: the re-send after the backoff reconnects and is acked as usual
      }
      await empty;
    }
    await this.send({ kind: 'cs/call-ended', platform: this.platform, callKey: this.callKey, reason }).catch(() => undefined);
  }

  pending(): number {
    return this.queue.length;
  }

  /**
   * Posts every queued utterance not posted yet, at once: an utterance never waits for the ack of
   * the one before it (acks come gathered, seconds later). After a failure nothing is posted until
   * the backoff has passed; then everything not acked is posted again, in order.
   */
  private pump(): void {
    if (this.retry !== null || this.signal.aborted) return;
    for (const u of this.queue) {
      if (this.sent.has(u)) continue;
      this.sent.add(u);
      this.request({ kind: 'cs/utterance', platform: this.platform, callKey: this.callKey, utterance: u }).then(
        (r) => this.answered(u, r as { ok?: boolean; rejected?: boolean; disabled?: boolean } | undefined),
        () => this.failed(u),
      );
    }
  }

  private answered(u: Utterance, r: { ok?: boolean; rejected?: boolean; disabled?: boolean } | undefined): void {
    this.sent.delete(u);
    // The platform was switched off (policy): stop capturing altogether.
    if (r?.disabled) {
      this.queue = [];
      this.onDead();
      return this.settle();
    }
    // "rejected" means the worker will never accept it (malformed): drop it, do not retry.
    if (r?.ok !== true && r?.rejected !== true) return this.failed(u);
    this.queue = this.queue.filter((q) => q !== u);
    this.attempt = 0;
    if (this.queue.length === 0) this.settle();
  }

  private failed(u: Utterance): void {
    this.sent.delete(u);
    if (this.retry !== null || this.signal.aborted) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      // Whatever is still out on a port that has since dropped is posted again too.
      if (!this.port) this.sent.clear();
      this.pump();
    }, BACKOFF_MS[Math.min(this.attempt++, BACKOFF_MS.length - 1)]!);
  }

  /** Wakes ended() once nothing is left to deliver (or capture stopped). */
  private settle(): void {
    if (this.queue.length > 0 && !this.signal.aborted) return;
    const waiting = this.emptied;
    this.emptied = [];
    for (const w of waiting) w();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
