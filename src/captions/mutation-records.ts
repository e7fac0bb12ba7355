// What a batch of caption mutation records says, read cheaply in the observer callback (no layout,
// no parse): whether a caption dropped and started over, and whether a read must come soon.

/** A caption text this many characters shorter than a moment ago was dropped, not re-punctuated. */
const DROP_CHARS = 20;
/** Text that ends a sentence (trailing quotes/brackets and spaces allowed); mirrors the segmenter's rule. */
const SENTENCE_END = /[.!?…。！？؟]["'”’)\]]*\s*$/u;
/** Tested on the last characters only: an unanchored-start regex would scan a long caption on every mutation. */
const TAIL = 16;
const endsSentence = (t: string): boolean => SENTENCE_END.test(t.length > TAIL ? t.slice(-TAIL) : t);

/** What the observer needs from a batch of records, in one pass over them (see `factsOf`). */
export interface BatchFacts {
  /**
   * Text nodes whose text dropped and started over, with their text just before; null unless those
   * texts are all that changed. A recycled element changes its name too (Teams), and its old text
   * under the new name would be a duplicate under the wrong speaker.
   */
  dropped: Map<Node, string> | null;
  /**
   * How soon a read must come (capture.ts): 'start' when an element or a non-text node was added
   * (a new block: it may supersede the open utterance), 'end' when a text now ends in sentence-final
   * punctuation (the quick end-of-utterance rule starts counting there), null when texts only grew.
   * With `open` false (no utterance open, so a new block supersedes nothing) an added element counts
   * only for the text it brings.
   */
  urgent: 'start' | 'end' | null;
  /** An element (or other non-text node) was added: a new block may have begun. */
  added: boolean;
}

/**
 * The facts of one batch, read cheaply in the observer callback (no layout, no parse), in a single
 * pass: the callback runs on every caption write, and each record property read from a content
 * script is a call into the DOM bindings.
 */
export function factsOf(records: readonly MutationRecord[], open = true): BatchFacts {
  let dropped: Map<Node, string> | null = null;
  let onlyText = true;
  let end = false;
  let added = false;
  for (const r of records) {
    if (r.type === 'characterData') {
      const t = r.target as CharacterData;
      const data = t.data;
      end ||= endsSentence(data);
      const old = r.oldValue;
      if (old !== null && old.length - data.length >= DROP_CHARS) (dropped ??= new Map()).set(t, old);
      continue;
    }
    onlyText = false;
    const nodes = r.addedNodes;
    for (let a = 0; a < nodes.length; a++) {
      const n = nodes[a]!;
      if (n.nodeType === 3) end ||= endsSentence((n as Text).data);
      else if (open) added = true;
      else (added = true), (end ||= endsSentence(n.textContent ?? ''));
    }
  }
  if (dropped && (!onlyText || records.some((r) => !dropped!.has(r.target)))) dropped = null;
  return { dropped, urgent: added && open ? 'start' : end ? 'end' : null, added };
}

/** What a read learns from the records queued since the last one (see `forgetStale`). */
export interface Staleness {
  /** The root's children with a record inside them (text written, nodes added or removed). */
  touched: Set<Node>;
  /** The root's own child list changed (a block added, removed or moved). */
  structural: boolean;
}

/**
 * Walks the records' targets up to `top` once, calling `forget` on each node passed (its parse is
 * stale) and on every element of an inserted subtree (it may hold elements parsed before they were
 * detached, and mutations of detached nodes are not observed). A text written four times between
 * two reads walks its ancestors once. Parents are followed as they are now: a node moved since left
 * an old parent that had a childList record of its own.
 */
export function forgetStale(batches: readonly (readonly MutationRecord[])[], top: Node | null, forget: (n: Node) => void): Staleness {
  const touched = new Set<Node>();
  let structural = false;
  const seen = new Set<Node>(); // ancestors already forgotten by an earlier record
  for (const records of batches) for (const r of records) {
    if (r.target === top) structural = true;
    for (let n: Node | null = r.target; n && n !== top && !seen.has(n); n = n.parentNode) {
      seen.add(n);
      forget(n);
      if (n.parentNode === top) touched.add(n);
    }
    if (r.type !== 'childList') continue;
    const added = r.addedNodes;
    for (let a = 0; a < added.length; a++) {
      const n = added[a]!;
      if (n.nodeType !== 1) continue;
      forget(n);
      const all = (n as Element).getElementsByTagName('*');
      for (let i = 0; i < all.length; i++) forget(all[i]!);
    }
  }
  return { touched, structural };
}
