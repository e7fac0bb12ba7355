// The bond's changes kept sorted as they come and go, for the live coach. A change's score is the
// sum of the deltas in the `bondWindowMin` minutes up to it, so adding or removing one event only
// re-scores the events in the window after it: the work per utterance does not grow with the call.
// The order and scores are exactly those of tally.ts bond(), which sorts and scores a whole call.
import { byTime, type BondEvent } from './tally';
import type { BondChange } from './types';

/**
 * One event in the track; `out` is the published change (the event and its score), replaced (never
 * changed) when it is re-scored. The event's own fields are read from it: no second copy per event.
 */
export interface BondEntry {
  out: BondChange;
}

export class BondTrack {
  private entries: BondEntry[] = [];
  private published: BondChange[] = [];
  private dirty = false;
  /** Earliest and latest times added or removed since the last settle. */
  private lo = Infinity;
  private hi = -Infinity;

  /** `order(id)`: where an utterance stands in the call, to order events of one kind at one time. */
  constructor(private windowMs: number, private order: (utteranceId: string) => number) {}

  add(ev: BondEvent): BondEntry {
    const e: BondEntry = { out: change(ev, 0) };
    let a = 0;
    let b = this.entries.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.before(this.entries[m]!.out, ev)) a = m + 1;
      else b = m;
    }
    this.entries.splice(a, 0, e);
    this.touch(ev.atMs);
    return e;
  }

  remove(e: BondEntry): void {
    let i = this.firstAt(e.out.atMs);
    while (i < this.entries.length && this.entries[i] !== e) i++;
    if (i === this.entries.length) return;
    this.entries.splice(i, 1);
    this.touch(e.out.atMs);
  }

  /** The changes, oldest first, re-scored where events came or went; the same array while nothing did. */
  changes(): BondChange[] {
    if (!this.dirty) return this.published;
    this.rescore(this.lo, this.hi + this.windowMs);
    this.published = this.entries.map((e) => e.out);
    this.dirty = false;
    this.lo = Infinity;
    this.hi = -Infinity;
    return this.published;
  }

  /** The score at `t` (no event after it): the deltas of the window up to `t`. */
  valueAt(t: number): number {
    let sum = 0;
    for (let i = this.entries.length - 1; i >= 0 && this.entries[i]!.out.atMs > t - this.windowMs; i--) sum += this.entries[i]!.out.delta;
    return sum;
  }

  lastAtMs(): number | undefined {
    return this.entries.at(-1)?.out.atMs;
  }

  private before(a: BondEvent, b: BondEvent): boolean {
    const c = byTime(a, b);
    if (c !== 0) return c < 0;
    // Same time and kind: the whole-call sort keeps the order events were found in, which is call order.
    return this.order(a.utteranceIds[0]!) < this.order(b.utteranceIds[0]!);
  }

  private touch(atMs: number): void {
    this.dirty = true;
    if (atMs < this.lo) this.lo = atMs;
    if (atMs > this.hi) this.hi = atMs;
  }

  /** First entry at or after `atMs`. */
  private firstAt(atMs: number): number {
    let a = 0;
    let b = this.entries.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.entries[m]!.out.atMs < atMs) a = m + 1;
      else b = m;
    }
    return a;
  }

  /** Re-score the entries at times in [from, to): each is the sum of deltas in (atMs - window, atMs]. */
  private rescore(from: number, to: number): void {
    const es = this.entries;
    let left = this.firstAfter(from - this.windowMs);
    let right = this.firstAt(from);
    let sum = 0;
    for (let j = left; j < right; j++) sum += es[j]!.out.delta;
    for (let i = this.firstAt(from); i < es.length && es[i]!.out.atMs < to; i++) {
      const t = es[i]!.out.atMs;
      while (right < es.length && es[right]!.out.atMs <= t) sum += es[right++]!.out.delta;
      while (left < right && es[left]!.out.atMs <= t - this.windowMs) sum -= es[left++]!.out.delta;
      if (es[i]!.out.value !== sum) es[i]!.out = change(es[i]!.out, sum);
    }
  }

  /** First entry after `atMs`. */
  private firstAfter(atMs: number): number {
    let a = 0;
    let b = this.entries.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.entries[m]!.out.atMs <= atMs) a = m + 1;
      else b = m;
    }
    return a;
  }
}

/**
 * The published change, written out field by field (the order a spread of the event plus `value`
 * gives): a spread with an added field makes a hidden class and a property array per object, and
 * the worker keeps every change of the call.
 */
function change(ev: BondEvent, value: number): BondChange {
  return { kind: ev.kind, delta: ev.delta, atMs: ev.atMs, utteranceIds: ev.utteranceIds, value };
}
