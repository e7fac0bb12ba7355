// Reading the attached caption root into snapshots, in proportion to the change: parses are kept per
// element until a mutation record touches it. Apart from capture.ts, which decides when to read.
import { createChildReader } from './child-reads.ts';
import { forgetStale } from './mutation-records.ts';
import type { CaptionRoot, PlatformAdapter, ReadContext } from './platforms/index.ts';
import { ICON_SELECTOR, textWithout } from './platforms/shared.ts';
import type { CaptionSnapshot } from './types.ts';

/** Characters of unparsed text in a found root that make it "layout not recognised". */
const UNKNOWN_TEXT = 20;

export interface RootRead {
  snaps: CaptionSnapshot[];
  /** The positions in `snaps` that were re-read (a read of the touched children only); undefined: all. */
  changed: number[] | undefined;
  /** The root shows text but no block was read from it: a layout the adapter does not know. */
  unparsed: boolean;
}

export interface RootReader {
  /** Blocks are the root's children, read one by one (the adapter has readChild). */
  readonly byChild: boolean;
  /** Queues a batch of mutation records; the next read forgets the parses they touched. */
  note(records: readonly MutationRecord[]): void;
  /**
   * Reads `root` (every block again when `full`; only the touched children when `partOk` and the
   * records allow it). Null, after forgetting what the records touched, when there is no root or it
   * was removed and not `detachedOk`.
   */
  read(root: CaptionRoot | null, full: boolean, detachedOk: boolean, partOk: boolean): RootRead | null;
  /** Forgets every parse and queued record (another root is attached). */
  reset(): void;
}

export function createRootReader(adapter: PlatformAdapter): RootReader {
  const keys = new WeakMap<Element, string>();
  let keyCount = 0;
  // Parse results per element; an entry is valid while no mutation record has touched its subtree.
  let parsed = new WeakMap<Node, unknown>();
  let fullRead = false;
  const ctx: ReadContext = {
    keyOf: (el) => keys.get(el) ?? (keys.set(el, `k${++keyCount}`), `k${keyCount}`),
    memo: <T>(el: Element, parse: () => T): T => {
      if (!fullRead && parsed.has(el)) return parsed.get(el) as T;
      const v = parse();
      parsed.set(el, v);
      return v;
    },
  };
  // Records waiting to invalidate `parsed`: the observer runs on every caption write (~10 a second)
  // and only queues them; the read that needs `parsed` walks them once (forgetStale).
  let stale: (readonly MutationRecord[])[] = [];
  const forget = (n: Node): void => void parsed.delete(n);
  // Adapters whose blocks are the root's children (Meet) are read in proportion to the change: only
  // the children the records touched, the rest kept from the last read (child-reads.ts).
  const children = adapter.readChild ? createChildReader(adapter.readChild) : null;

  return {
    byChild: children !== null,
    note: (records) => void stale.push(records),
    read(root, full, detachedOk, partOk) {
      const { touched, structural } = forgetStale(stale, root?.el ?? null, forget);
      stale = [];
      if (!root || (!root.el.isConnected && !detachedOk)) return null;
      fullRead = full;
      let snaps: CaptionSnapshot[];
      let changed: number[] | undefined;
      try {
        const part = children && !fullRead && !structural && partOk ? children.patch(root.el, ctx, touched) : null;
        if (part) ({ snaps, changed } = part);
        else snaps = children ? children.full(root.el, ctx) : adapter.read(root, ctx);
      } finally {
        fullRead = false;
      }
      const leftover = snaps.length === 0 ? textWithout(root.el, `button, ${ICON_SELECTOR}`).trim() : '';
      return { snaps, changed, unparsed: leftover.length >= UNKNOWN_TEXT && !adapter.isNoise?.(leftover) };
    },
    reset() {
      parsed = new WeakMap();
      stale = [];
      children?.reset();
    },
  };
}
