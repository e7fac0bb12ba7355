// Zoom web client adapter. DOM facts: shared/research/caption-platforms.md §3.
// Two caption UIs: the bottom overlay (one node whose text rolls; no speaker name, only an avatar
// img or initials) and the full-transcript panel (rows with names; continuation rows inherit the
// last header). The panel is preferred because it names speakers. Both may live in the top
// document or in the same-origin `iframe#webclient`.
import type { CaptionSnapshot } from '../types.ts';
import {
  type CaptionRoot,
  type PlatformAdapter,
  type ReadContext,
  cleanSpace,
  hostIs,
  queryAllFirst,
  queryFirst,
  shortHash,
  textWithout,
} from './shared.ts';

const SEL = {
  panel: ['[aria-label="Live Transcription List"]', '#full-transcription', '.lt-full-transcript', '[class*="new-lt-list-container"]'],
  panelRow: ['.lt-full-transcript__item', '[class*="lt-full-transcript__item"]'],
  rowName: '.lt-full-transcript__display-name, [class*="lt-full-transcript__display-name"]',
  rowTitle: '[class*="lt-full-transcript__title"]',
  rowMessage: '.lt-full-transcript__message, [class*="lt-full-transcript__message"]',
  rowNoise: '[class*="lt-full-transcript__avatar"], [class*="lt-full-transcript__time"], img',
  overlay: ['.live-transcription-subtitle__box', '#live-transcription-subtitle'],
  overlayRow: ['#live-transcription-subtitle', '[class*="live-transcription-subtitle__row"]'],
  overlayText: '.live-transcription-subtitle__item, [class*="live-transcription-subtitle__item"]',
  inCall: ['#wc-footer', '.footer__leave-btn-container button', '#audioOptionMenu'],
  loose: '[class*="live-transcription"], [class*="lt-full-transcript"], [id*="transcription"]',
} as const;

/** Status lines Zoom writes into the caption area; they are not speech (§3.3). */
const SYSTEM_TEXT = /^(connecting\b|joining meeting|captions will be shown in|english \(|you have left the meeting|meeting recording|this meeting is being)/i;

/** Documents to search: the top one, then the same-origin web-client iframe if reachable. */
function docs(doc: Document): Document[] {
  const out = [doc];
  const frame = doc.querySelector('iframe#webclient');
  try {
    const inner = (frame as HTMLIFrameElement | null)?.contentDocument;
    if (inner) out.push(inner);
  } catch {
    // Cross-origin builds: nothing to read from here.
  }
  return out;
}

function findRoot(doc: Document): CaptionRoot | null {
  const all = docs(doc);
  for (const d of all) {
    const el = queryFirst(d, SEL.panel);
    if (el) return { el, kind: 'panel' };
  }
  for (const d of all) {
    const el = queryFirst(d, SEL.overlay);
    if (el) return { el, kind: 'overlay' };
  }
  return null;
}

/** "KKrystian" / "DSDavid Smith" → the name without the letter-avatar prefix (§3.4). */
export function stripLetterAvatar(s: string): string {
  for (const k of [2, 1]) {
    const prefix = s.slice(0, k);
    const rest = s.slice(k).trim();
    if (!/^\p{Lu}+$/u.test(prefix) || rest.length < 2) continue;
    const initials = rest.split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, k);
    if (initials === prefix && /\p{Ll}/u.test(rest[1] ?? '')) return rest;
  }
  return s;
}

function readPanel(root: Element, ctx: ReadContext): CaptionSnapshot[] {
  const out: CaptionSnapshot[] = [];
  let speaker = '';
  for (const row of queryAllFirst(root, SEL.panelRow)) {
    const nameEl = row.querySelector(SEL.rowName) ?? row.querySelector(SEL.rowTitle);
    const name = nameEl ? stripLetterAvatar(textWithout(nameEl, SEL.rowNoise)) : '';
    if (name) speaker = name; // continuation rows carry no name: inherit the header's
    const msg = row.querySelector(SEL.rowMessage);
    const text = msg ? cleanSpace(msg.textContent ?? '') : '';
    if (text && !SYSTEM_TEXT.test(text)) out.push({ blockKey: ctx.keyOf(row), speaker, text });
  }
  return out;
}

/**
 * The overlay has no name. A participant tile elsewhere in the page shows the same avatar (img
 * src) or initials next to the name, so look that up; else fall back to a stable key.
 */
function overlaySpeaker(avatar: Element | null, root: Element): string {
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
    const name = cleanSpace(c.parentElement?.nextElementSibling?.textContent ?? '');
    if (name) return name;
  }
  if (isImg) return src ? `Speaker ${shortHash(src)}` : '';
  return initials;
}

function readOverlay(root: Element, ctx: ReadContext): CaptionSnapshot[] {
  const rows = queryAllFirst(root, SEL.overlayRow);
  const out: CaptionSnapshot[] = [];
  for (const row of rows.length ? rows : [root]) {
    const textEl = row.querySelector(SEL.overlayText);
    const text = textEl ? cleanSpace(textEl.textContent ?? '') : '';
    if (!text || SYSTEM_TEXT.test(text)) continue;
    const avatar = Array.from(row.children).find((c) => c !== textEl && !c.contains(textEl)) ?? null;
    const speaker = overlaySpeaker(avatar, root);
    // One persistent node shows every speaker; keying by speaker lets the segmenter merge a
    // speaker's accumulated window when the overlay flips back to them (§3.3).
    out.push({ blockKey: `${ctx.keyOf(row)}:${speaker}`, speaker, text });
  }
  return out;
}

export const zoom: PlatformAdapter = {
  id: 'zoom',
  matchesUrl: (url) => hostIs(url, 'zoom.us') && /^\/wc\/\d{8,12}\/(join|start)(\/|$)/.test(url.pathname),
  findRoot,
  read: (root, ctx) => (root.kind === 'panel' ? readPanel(root.el, ctx) : readOverlay(root.el, ctx)),
  isInCall: (doc) => docs(doc).some((d) => queryFirst(d, SEL.inCall) !== null),
  looksLikeCaptions: (doc) => docs(doc).some((d) => d.querySelector(SEL.loose) !== null),
  selfAliases: [],
  captionsHint: {
    key: 'captionsHintZoom',
    text: 'Turn on captions: More → Captions → Show captions, then "View full transcript" so speakers are named.',
  },
};
