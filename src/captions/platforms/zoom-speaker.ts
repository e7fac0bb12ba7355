// Who speaks in the Zoom overlay, which shows no name (caption-platforms.md §3.3): the name is
// looked up beside the same avatar in a participant tile, and a speaker label that flaps while the
// text goes on (initials bubble, then the photo) is kept as one speaker. Split from zoom.ts to
// keep the adapter small.
import { cleanSpace, shortHash } from './shared.ts';

/**
 * Name shown next to a tile's avatar: TT takes the avatar parent's next sibling (§3.3, an element or
 * a text node), which is the name when the photo sits in a wrapper of its own. An initials bubble may sit straight in the tile,
 * and then its parent's next sibling is the next participant's tile: only a label counts (no avatar
 * photo in it, at most one piece of text), else the avatar's own next sibling.
 */
function nameBeside(avatar: Element): string {
  for (const from of [avatar.parentElement, avatar]) {
    // TT reads nextSibling: the name may be a bare text node as well as an element.
    let next = from?.nextSibling ?? null;
    while (next && next.nodeType === 3 && !cleanSpace(next.textContent ?? '')) next = next.nextSibling;
    if (!next || (next.nodeType === 1 && !isLabel(next as Element))) continue;
    const name = cleanSpace(next.textContent ?? '');
    if (name) return name;
  }
  return '';
}
const isLabel = (el: Element): boolean =>
  el.tagName !== 'IMG' && !el.querySelector('img') && Array.from(el.querySelectorAll('*')).filter((c) => c.children.length === 0 && cleanSpace(c.textContent ?? '')).length <= 1;

/** Titles Zoom's initials bubble leaves out: "Dr. Elena Novak" shows "EN". */
const TITLE = /^(?:dr|dra|drs|prof|profa|mr|mrs|ms|mx|sr|sra|srta|doc)\.?$/i;
const initialsOf = (name: string): string =>
  name.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !TITLE.test(w)).map((w) => w[0]!.toUpperCase()).join('');

/**
 * The overlay has no name. A participant tile elsewhere in the page shows the same avatar (img
 * src) or initials next to the name, so look that up; else fall back to a stable key.
 */
export function overlaySpeaker(avatar: Element | null, root: Element): string {
  if (!avatar) return '';
  const doc = root.ownerDocument;
  const isImg = avatar.tagName === 'IMG';
  const src = isImg ? (avatar.getAttribute('src') ?? '') : '';
  const initials = isImg ? '' : cleanSpace(avatar.textContent ?? '');
  const candidates = isImg ? doc.querySelectorAll('img') : doc.querySelectorAll('span, div');
  for (const c of Array.from(candidates)) {
    if (root.contains(c) || c.children.length > 0) continue;
    const same = isImg ? c.getAttribute('src') === src : cleanSpace(c.textContent ?? '') === initials;
    if (!same) continue;
    const name = nameBeside(c);
    if (name && name !== initials) return name;
  }
  if (isImg) return src ? `Speaker ${shortHash(src)}` : '';
  // The initials bubble shows before a speaker's photo has loaded (§3.3): name it after the one
  // photo tile whose name has these initials, so both forms give the same speaker.
  const named = new Set<string>();
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    if (root.contains(img)) continue;
    const name = nameBeside(img);
    const ini = initialsOf(name);
    if (name && initials.length >= 2 && (ini === initials || ini[0]! + ini[ini.length - 1]! === initials)) named.add(name);
  }
  return named.size === 1 ? [...named][0]! : initials;
}

/** Overlay row → the speaker labels it showed and the text it last had (see `canonicalSpeaker`). */
const overlayState = new WeakMap<Element, { speaker: string; words: string[]; alias: Map<string, string> }>();
const words = (s: string): string[] => s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, '').split(/\s+/).filter(Boolean);

/**
 * The speaker key flaps when the photo loads a moment after the initials bubble (§3.3). A label
 * change while the text simply goes on (old words, last one tolerated, still lead the new text)
 * is that flap, not a new speaker: keep the first label, and map the new one to it from now on,
 * so the block (and the rolling-window merge when the overlay returns to this speaker) stays one.
 */
export function canonicalSpeaker(row: Element, raw: string, text: string): string {
  let st = overlayState.get(row);
  if (!st) overlayState.set(row, (st = { speaker: raw, words: [], alias: new Map() }));
  let speaker = st.alias.get(raw) ?? raw;
  const now = words(text);
  const prev = st.words;
  const continues = prev.length >= 2 && now.length >= prev.length && prev.slice(0, -1).every((w, i) => now[i] === w);
  if (speaker !== st.speaker && continues) {
    st.alias.set(raw, st.speaker);
    speaker = st.speaker;
  }
  st.speaker = speaker;
  st.words = now;
  return speaker;
}
