// What a batch of caption mutation records says, read cheaply in the observer callback (no layout,
// no parse): whether a caption dropped and started over, and whether a read must come soon.

/** A caption text this many characters shorter than a moment ago was dropped, not re-punctuated. */
const DROP_CHARS = 20;
/** Text that ends a sentence (trailing quotes/brackets and spaces allowed); mirrors the segmenter's rule. */
const SENTENCE_END = /[.!?…。！？؟]["'”’)\]]*\s*$/u;
/** Tested on the last characters only: an unanchored-start regex would scan a long caption on every mutation. */
const TAIL = 16;
const endsSentence = (t: string): boolean => SENTENCE_END.test(t.length > TAIL ? t.slice(-TAIL) : t);

/**
 * Text nodes whose text dropped and started over in `records`, with their text just before; null
 * unless those texts are all that changed. A recycled element changes its name too (Teams), and
 * its old text under the new name would be a duplicate under the wrong speaker.
 */
export function drops(records: readonly MutationRecord[]): Map<Node, string> | null {
  let out: Map<Node, string> | null = null;
  for (const r of records) {
    if (r.type !== 'characterData') return null;
    const old = r.oldValue;
    if (old !== null && old.length - (r.target as CharacterData).data.length >= DROP_CHARS) (out ??= new Map()).set(r.target, old);
  }
  if (out) for (const r of records) if (!out.has(r.target)) return null;
  return out;
}

/**
 * What a batch of records may do to the utterances (capture.ts decides from it how soon to read):
 * 'start' when an element or a non-text node was added (a new block: it may supersede the open
 * utterance), 'end' when a text now ends in sentence-final punctuation (the quick end-of-utterance
 * rule starts counting there), null when texts only grew. Cheap: no layout, no parse.
 */
export function urgency(records: readonly MutationRecord[]): 'start' | 'end' | null {
  let end = false;
  for (const r of records) {
    if (r.type === 'characterData') {
      end ||= endsSentence((r.target as CharacterData).data);
      continue;
    }
    const added = r.addedNodes;
    for (let a = 0; a < added.length; a++) {
      const n = added[a]!;
      if (n.nodeType !== 3) return 'start';
      end ||= endsSentence((n as Text).data);
    }
  }
  return end ? 'end' : null;
}
