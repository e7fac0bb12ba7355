// The contract every platform adapter fulfils, plus the few DOM helpers they share.
// Adapters are data (selector lists, ordered: semantic anchors first, class names last) and small
// pure-ish functions over a Document; they never keep state, never observe, never log.
import type { CaptionSnapshot, PlatformId } from '../types.ts';

/** A caption root the capture layer observes. `kind` lets it notice a switch of UI (Zoom overlay ↔ panel). */
export interface CaptionRoot {
  el: Element;
  kind: string;
}

/** Gives each caption element a key that lives as long as the element (capture backs it with a WeakMap). */
export interface ReadContext {
  keyOf(el: Element): string;
  /**
   * `parse()`'s last result for `el` if nothing inside `el` has mutated since (capture tracks this
   * from its MutationObserver records), else `parse()` afresh. `parse` must depend only on `el`'s
   * subtree. Absent (tests, one-off reads): always parse.
   */
  memo?<T>(el: Element, parse: () => T): T;
}

/** `parse()` through the context's per-element cache when it has one. */
export function memoized<T>(ctx: ReadContext, el: Element, parse: () => T): T {
  return ctx.memo ? ctx.memo(el, parse) : parse();
}

export interface CaptionsHint {
  /** Stable key for localisation (the lead maps it to _locales). */
  key: string;
  /** English text, shown when no translation exists. */
  text: string;
}

export interface PlatformAdapter {
  id: PlatformId;
  /** True on pages where a call can happen (landing pages excluded). */
  matchesUrl(url: URL): boolean;
  /** The caption root, or null when captions are off / not rendered. */
  findRoot(doc: Document): CaptionRoot | null;
  /** Blocks in display order. Must not throw on odd DOM; returns [] when nothing parses. */
  read(root: CaptionRoot, ctx: ReadContext): CaptionSnapshot[];
  /**
   * Set when every block is one element child of the root, read on its own: `read` is then exactly
   * the non-null results of this over the root's element children, in order. Capture re-reads only
   * the children that mutated and keeps the rest of its last read (child-reads.ts). Must depend
   * only on the child's subtree, and give a child the same blockKey as long as it lives.
   */
  readChild?(child: Element, ctx: ReadContext): CaptionSnapshot | null;
  /**
   * True when blocks stay on screen long after they end (Meet keeps ~40 turns of scroll-back), so
   * capture may read growing text late (every 1 s instead of 400 ms) without the block vanishing
   * unread. Lists that drop old lines (Jitsi's three, Teams' virtualised list) leave it unset.
   */
  keepsBlocks?: boolean;
  /** True while the local user is in (or in the lobby of) a call. */
  isInCall(doc: Document): boolean;
  /**
   * The participants' display names as the call page lists them (Jitsi's filmstrip), where it does:
   * tells a participant who renamed themselves from a new person joining (roles.ts).
   */
  participantNames?(doc: Document): string[];
  /** Caption-like UI that no selector of ours parses: reported as "layout not recognised". */
  looksLikeCaptions(doc: Document): boolean;
  /** Labels that the platform itself uses for the local user ("You" and its translations). */
  selfAliases: readonly string[];
  /**
   * The self labels that can be meant on this page (its UI language), when the platform says; a
   * guest called "Ty" or "Du" on an English page is a guest. Absent = every one of selfAliases.
   */
  selfAliasesFor?(doc: Document): readonly string[];
  /**
   * True when the platform never decorates caption names ("(Host)", "(You)"): a decorated name is
   * then a participant's own choice and must not match the clinician's name (Meet).
   */
  exactNames?: boolean;
  /**
   * The local user's own display name if the page shows it (Meet pre-join screen, Teams profile
   * and self tile, Zoom "(Me)" in participants, Jitsi local tile): the first call needs no set-up.
   */
  readSelfName?(doc: Document): string | null;
  captionsHint: CaptionsHint;
  /** Platform status text that may fill the caption area without being captions (not "layout not recognised"). */
  isNoise?(text: string): boolean;
  /**
   * End-of-utterance rule (data): quiet in ms after which a caption ending in sentence-final
   * punctuation is final on this platform; it is re-opened (revision + 1) if it grows after all
   * (segmenter.ts, "Quick end of utterance"). Unset: the slow rule only (0.6 × stableMs).
   */
  quickEndMs?: number;
}

/**
 * Where a platform shows the local user's own name (data, per platform file). An element matching
 * `sel` names the local user; with `marker`, only if its `marker.sel` descendant's text matches
 * `marker.text` (Zoom's participants list: "(Me)" beside one name). The name is the text of the
 * `name` descendant (default: the element's own text), without decorations like "(me)".
 */
export interface SelfMarker {
  sel: string;
  marker?: { sel: string; text: RegExp };
  name?: string;
  /** Read the name from this attribute instead of the text (Meet `data-self-name`). */
  attr?: string;
}

/** A name's decoration such as "(me)" or "(guest)" (the local tile, guest labels). */
export const DECORATION = /\s*\((me|you|yo|moi|ich|eu|io|host|guest|invitado)\)\s*$/i;

/** The local user's name per the first marker that finds one, or null. */
export function readSelfName(docs: readonly ParentNode[], markers: readonly SelfMarker[]): string | null {
  for (const m of markers) {
    for (const d of docs) {
      for (const el of Array.from(d.querySelectorAll(m.sel))) {
        if (m.marker) {
          const mark = el.querySelector(m.marker.sel);
          if (!mark || !m.marker.text.test(cleanSpace(mark.textContent ?? ''))) continue;
        }
        const nameEl = m.name ? el.querySelector(m.name) : el;
        const raw = m.attr ? el.getAttribute(m.attr) ?? '' : nameEl ? textWithout(nameEl, m.marker?.sel ?? '') : '';
        const name = cleanSpace(raw).replace(DECORATION, '');
        if (name) return name;
      }
    }
  }
  return null;
}

/** First element matching any selector, in list order (the order is the preference). */
export function queryFirst(scope: ParentNode, selectors: readonly string[]): Element | null {
  for (const sel of selectors) {
    const el = scope.querySelector(sel);
    if (el) return el;
  }
  return null;
}

/** All elements matching the first selector in the list that matches anything. */
export function queryAllFirst(scope: ParentNode, selectors: readonly string[]): Element[] {
  for (const sel of selectors) {
    const els = scope.querySelectorAll(sel);
    if (els.length > 0) return Array.from(els);
  }
  return [];
}

export function cleanSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Texts that text nodes showed a moment ago, read instead of their current data (see `readingAsBefore`). */
let before: ReadonlyMap<Node, string> | null = null;

/**
 * Runs `fn` with the given text nodes read as their earlier text: capture uses it to read what a
 * caption said just before the platform dropped it and started over (a Meet monologue reset).
 */
export function readingAsBefore(texts: ReadonlyMap<Node, string>, fn: () => void): void {
  before = texts;
  try {
    fn();
  } finally {
    before = null;
  }
}

/**
 * Text of `el` without the subtrees matched by `skip` (icon ligatures, avatars, timestamps).
 * Walks text nodes instead of cloning so it stays cheap on every mutation batch.
 */
export function textWithout(el: Element, skip: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(before?.get(c) ?? (c as Text).data);
      else if (c.nodeType === 1 && !(skip && (c as Element).matches(skip))) walk(c);
    }
  };
  walk(el);
  return cleanSpace(parts.join(''));
}

/** Icon elements whose text is a ligature name (call_end, arrow_downward) rather than words. */
export const ICON_SELECTOR = '.google-symbols, .google-material-icons, .material-icons, .material-icons-extended, .material-symbols-outlined';

// The icon that answered yes last time, per document and name. The poll asks "in call?" every period
// and the answer was a document-wide query on a large call page; while that same icon is still in the
// document, still an icon and still says `name`, the query would answer yes too.
const lastIcon = new WeakMap<ParentNode, Map<string, Element>>();

/** Is there an icon whose ligature text is `name` (Meet's controls are found this way). */
export function hasIconText(doc: ParentNode, name: string): boolean {
  const seen = lastIcon.get(doc)?.get(name);
  if (seen && (doc as unknown as Node).contains(seen) && seen.matches(ICON_SELECTOR) && (seen.textContent ?? '').trim() === name) return true;
  for (const el of Array.from(doc.querySelectorAll(ICON_SELECTOR))) {
    if ((el.textContent ?? '').trim() === name) {
      let byName = lastIcon.get(doc);
      if (!byName) lastIcon.set(doc, (byName = new Map()));
      byName.set(name, el);
      return true;
    }
  }
  return false;
}

/** Short deterministic hash (FNV-1a) used for speaker keys derived from avatar URLs. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).slice(0, 5);
}

/** Host equals `domain` or is a subdomain of it. */
export function hostIs(url: URL, domain: string): boolean {
  return url.hostname === domain || url.hostname.endsWith(`.${domain}`);
}
