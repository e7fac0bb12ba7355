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
  private queue: Utterance[] = [];
  private sending = false;
  private drained: Promise<void> = Promise.resolve();
  private attempt = 0;
  // Utterances go over one port (see CS_PORT); hello/health/end stay on sendMessage (rare).
  private port: Runtime.Port | null = null;
  private n = 0;
  private waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  constructor(
    private platform: PlatformId,
    readonly callKey: string,
    private signal: AbortSignal,
    private onDead: () => void,
  ) {}

  private async send(msg: CsToBg): Promise<unknown> {
    try {
      return await browser.runtime.sendMessage(msg);
    } catch (e) {
      if (String(e).includes('context invalidated')) this.onDead();
      throw e;
    }
  }

  /** Sends over the caption port, connecting it if needed; rejects if the port drops first. */
  private request(msg: CsToBg): Promise<unknown> {
    if (!this.port) {
      let port: Runtime.Port;
      try {
        port = browser.runtime.connect({ name: CS_PORT });
      } catch (e) {
        if (String(e).includes('context invalidated')) this.onDead();
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      port.onMessage.addListener((raw: unknown) => {
        const r = parse(CsPortReplySchema, raw);
        const w = r ? this.waiting.get(r.n) : undefined;
        if (!r || !w) return;
        this.waiting.delete(r.n);
        w.resolve(r.reply);
      });
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = null;
        const pending = [...this.waiting.values()];
        this.waiting.clear();
        for (const w of pending) w.reject(new Error('port closed'));
      });
      this.signal.addEventListener('abort', () => port.disconnect(), { once: true });
      this.port = port;
    }
    const n = this.n++;
    const port = this.port;
    return new Promise((resolve, reject) => {
      this.waiting.set(n, { resolve, reject });
      try {
        port.postMessage({ n, msg });
      } catch (e) {
        this.waiting.delete(n);
        if (this.port === port) this.port = null;
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
    // A correction replaces a queued older revision of the same utterance.
    this.queue = this.queue.filter((q) => q.id !== u.id);
    this.queue.push(u);
    void this.pump();
  }

  async ended(reason: 'left' | 'silence' | 'unload'): Promise<void> {
    await this.pump();
    await this.send({ kind: 'cs/call-ended', platform: this.platform, callKey: this.callKey, reason }).catch(() => undefined);
  }

  pending(): number {
    return this.queue.length;
  }

  /** Starts draining the queue, or joins the drain in flight (ended() must wait for it to finish). */
  private pump(): Promise<void> {
    if (!this.sending) this.drained = this.drain();
    return this.drained;
  }

  private async drain(): Promise<void> {
    this.sending = true;
    try {
      while (this.queue.length > 0 && !this.signal.aborted) {
        const u = this.queue[0]!;
        let acked = false;
        try {
          const r = (await this.request({ kind: 'cs/utterance', platform: this.platform, callKey: this.callKey, utterance: u })) as
            | { ok?: boolean; rejected?: boolean; disabled?: boolean }
            | undefined;
          // The platform was switched off (policy): stop capturing altogether.
          if (r?.disabled) {
            this.queue = [];
            this.onDead();
            return;
          }
          // "rejected" means the worker will never accept it (malformed): drop it, do not retry.
          acked = r?.ok === true || r?.rejected === true;
        } catch {
          acked = false;
        }
        if (acked) {
          if (this.queue[0] === u) this.queue.shift();
          this.attempt = 0;
        } else {
          await sleep(BACKOFF_MS[Math.min(this.attempt++, BACKOFF_MS.length - 1)]!);
        }
      }
    } finally {
      this.sending = false;
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
