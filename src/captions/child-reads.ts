// Reads proportional to the change, for adapters whose blocks are the caption root's children read
// one by one (PlatformAdapter.readChild; Meet). Meet keeps ~40 blocks of scroll-back on screen, and
// walking all of them on every read (DOM walk, memo lookup, then the segmenter comparing each) was
// a large part of a read while one block had changed. This keeps the last read's snapshot list and
// re-reads only the children the mutation records touched; a change of the root's own child list
// (a block added, removed or moved) reads every child again (unchanged ones through ctx.memo).
import type { CaptionSnapshot } from './types.ts';
import { type ReadContext, memoized } from './platforms/shared.ts';

export type ReadChild = (child: Element, ctx: ReadContext) => CaptionSnapshot | null;

export interface ChildReader {
  /** Every child of `root`, in order: the same list as the adapter's own read. */
  full(root: Element, ctx: ReadContext): CaptionSnapshot[];
  /**
   * The last list with only the `touched` children re-read (edited in place), and the positions in
   * it that were re-read; null when that cannot stand for a full read: another root, a touched node
   * that is not one of the children last read, or a child that turned into a block or out of one.
   */
  patch(root: Element, ctx: ReadContext, touched: Iterable<Node>): { snaps: CaptionSnapshot[]; changed: number[] } | null;
  /** Forget the last list (a new root was attached). */
  reset(): void;
}

export function createChildReader(readChild: ReadChild): ChildReader {
  let of: Element | null = null;
  let list: CaptionSnapshot[] = [];
  // Each child last read → its position in `list`, or -1 when it read as no block (trailers).
  let at = new Map<Node, number>();
  return {
    full(root, ctx) {
      of = root;
      list = [];
      at = new Map();
      for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
        const el = child;
        const snap = memoized(ctx, el, () => readChild(el, ctx));
        at.set(el, snap ? list.push(snap) - 1 : -1);
      }
      return list;
    },
    patch(root, ctx, touched) {
      if (root !== of) return null;
      const changed: number[] = [];
      for (const n of touched) {
        const i = at.get(n);
        if (i === undefined || n.parentNode !== root) return null;
        const el = n as Element;
        const snap = memoized(ctx, el, () => readChild(el, ctx));
        if ((i < 0) !== (snap === null)) return null;
        if (i >= 0) (list[i] = snap!), changed.push(i);
      }
      return { snaps: list, changed: changed.sort((a, b) => a - b) }; // in display order, as a full read compares them
    },
    reset() {
      of = null;
      list = [];
      at = new Map();
    },
  };
}
