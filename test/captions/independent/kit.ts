// Shared shapes and tiny DOM helpers for the independent caption scenarios. Written from
// /work/shared/research/caption-platforms.md only (no product fixtures), so the product is tested
// against pages it has never seen.
export type Role = 'clinician' | 'patient' | 'other';

/** `key` = the name is not in the DOM (Zoom overlay): any name, but consistent per key. */
export type SpeakerSpec = string | string[] | { key: string };

export interface Expected {
  speaker: SpeakerSpec;
  role?: Role;
  text: string;
}

export interface Page {
  win: Window & typeof globalThis;
  doc: Document;
  sleep(ms: number): Promise<void>;
}

export interface Scenario {
  name: string;
  url: string;
  selfNames: string[];
  /** Initial body HTML (in-call markers, empty containers, distractors). */
  body: string;
  /** Runs synchronously before startCapture (e.g. filling a same-origin iframe). */
  prepare?(p: Page): void;
  play(p: Page): Promise<void>;
  /** Removes the in-call markers the way the platform does when the user leaves. */
  leave(p: Page): void;
  /** Expected utterances; consecutive same-speaker entries are compared merged (see run.test.ts). */
  expected: Expected[];
  /** Compare only the running text, not speakers (speaker identity is not in the DOM). */
  textOnly?: boolean;
  /** Where the platform itself re-punctuates/re-cases, compare without punctuation and case. */
  loose?: boolean;
  /**
   * Run with the product's own timing (coalesced growth reads, 1 s polls, default stableMs) instead
   * of the fast test timing, where reads that lag the page can lose words.
   */
  productTiming?: boolean;
  /** Strings that must never show up in any utterance (chat, system lines, icons, buttons). */
  forbidden?: string[];
}

/** Parses one element from HTML in the page's own realm. */
export function el<T extends Element = HTMLElement>(doc: Document, html: string): T {
  const t = doc.createElement('template');
  t.innerHTML = html.trim();
  return t.content.firstElementChild as unknown as T;
}

/** Rewrites a text node word by word (characterData), optionally ending with a re-punctuated form. */
export async function grow(p: Page, node: Text, text: string, final?: string, stepMs = 90, from = 0) {
  const words = text.split(' ');
  for (let i = from + 1; i <= words.length; i++) {
    node.data = words.slice(0, i).join(' ');
    await p.sleep(stepMs);
  }
  if (final !== undefined) {
    node.data = final;
    await p.sleep(stepMs);
  }
}

export function q<T extends Element = HTMLElement>(root: ParentNode, sel: string): T {
  const found = root.querySelector(sel);
  if (!found) throw new Error(`scenario bug: ${sel} not found`);
  return found as unknown as T;
}

/** The same scenario run with the product's own timing (see `productTiming`). */
export function withProductTiming(list: readonly Scenario[], names: readonly string[]): Scenario[] {
  return list.filter((s) => names.includes(s.name)).map((s) => ({ ...s, name: `${s.name} (product timing)`, productTiming: true }));
}
