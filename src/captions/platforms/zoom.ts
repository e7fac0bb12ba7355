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
  memoized,
  queryAllFirst,
  queryFirst,
  readSelfName,
  type SelfMarker,
  textWithout,
} from './shared.ts';
import { canonicalSpeaker, overlaySpeaker } from './zoom-speaker.ts';

const SEL = {
  panel: ['[aria-label="Live Transcription List"]', '#full-transcription', '.lt-full-transcript', '[class*="new-lt-list-container"]'],
  panelRow: ['.lt-full-transcript__item', '[class*="lt-full-transcript__item"]'],
  rowName: '.lt-full-transcript__display-name, [class*="lt-full-transcript__display-name"]',
  rowTitle: '[class*="lt-full-transcript__title"]',
  rowMessage: '.lt-full-transcript__message, [class*="lt-full-transcript__message"]',
  rowNoise: '[class*="lt-full-transcript__avatar"], [class*="lt-full-transcript__time"], img',
  rowTime: '.lt-full-transcript__time, [class*="lt-full-transcript__time"]',
  overlay: ['.live-transcription-subtitle__box', '#live-transcription-subtitle'],
  overlayRow: ['#live-transcription-subtitle', '[class*="live-transcription-subtitle__row"]'],
  overlayText: '.live-transcription-subtitle__item, [class*="live-transcription-subtitle__item"]',
  inCall: ['#wc-footer', '.footer__leave-btn-container button', '#audioOptionMenu'],
  loose: '[class*="live-transcription"], [class*="lt-full-transcript"], [id*="transcription"]',
} as const;

/**
 * The local user's name: the participants list marks it "(Me)" beside the display name (seen in a
 * saved real web-client DOM: `participants-item__display-name` + `participants-item__name-label`).
 * The list must have been rendered (Zoom keeps it in the DOM once the Participants panel opened).
 */
const SELF: readonly SelfMarker[] = [
  { sel: '.participants-item__name-section, [class*="participants-item__name-section"]', name: '[class*="participants-item__display-name"]', marker: { sel: '[class*="participants-item__name-label"]', text: /^\((me|yo|moi|ich|eu|io|我)\)$/i } },
];

/**
 * Status lines Zoom writes into the caption area; they are not speech (§3.3). The web client is
 * localised, so the same notices in the UI languages clinics use (Spanish first: a clinician on a
 * Spanish interface saw "Los subtítulos se mostrarán en inglés (EE. UU.)" read as the patient's words).
 */
const SYSTEM_TEXT = new RegExp(
  '^(' +
    [
      String.raw`connecting\b|joining meeting|captions will be shown in|english \(|you have left the meeting|meeting recording|this meeting is being`,
      String.raw`los subt[ií]tulos se (?:mostrar[aá]n|ver[aá]n)|subt[ií]tulos en (?:ingl[eé]s|espa[nñ]ol) \(|conectando\b|uni[eé]ndose a la reuni[oó]n|(?:ha|has) salido de la reuni[oó]n|esta reuni[oó]n se est[aá] grabando|grabaci[oó]n de la reuni[oó]n|ingl[eé]s \(|espa[nñ]ol \(`,
      String.raw`les sous-titres (?:seront|s'afficheront)|i sottotitoli (?:verranno|saranno)|as legendas ser[aã]o|untertitel werden`,
    ].join('|') +
    ')',
  'i',
);
const SYSTEM_ANYWHERE = new RegExp(SYSTEM_TEXT.source.slice(1), 'i');

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

function readRow(row: Element): { name: string; text: string; time: string } {
  const nameEl = row.querySelector(SEL.rowName) ?? row.querySelector(SEL.rowTitle);
  const msg = row.querySelector(SEL.rowMessage);
  const time = row.querySelector(SEL.rowTime);
  return {
    name: nameEl ? stripLetterAvatar(textWithout(nameEl, SEL.rowNoise)) : '',
    text: msg ? cleanSpace(msg.textContent ?? '') : '',
    time: time ? cleanSpace(time.textContent ?? '') : '',
  };
}

/**
 * Speaker last attributed to a panel row. The virtualised list drops its top rows, so a
 * continuation row can end up first with its name header gone; it keeps the speaker it had
 * (else it would read as a new, nameless utterance). Weak: dies with the row.
 */
const rowSpeaker = new WeakMap<Element, string>();
/**
 * The same by the row's time, for rows that carry one: the list also hands a row's element to
 * another row (§3.4), so after a scroll the element's own memory may be another speaker's.
 */
// Per document, not per list: a panel closed and opened again is a new list showing the same rows.
const timeSpeakers = new WeakMap<Document, Map<string, string>>();
const TIME_SPEAKERS_MAX = 500;

function rememberSpeaker(byTime: Map<string, string>, row: Element, time: string, speaker: string): void {
  rowSpeaker.set(row, speaker);
  if (!time || byTime.get(time) === speaker) return;
  byTime.delete(time);
  byTime.set(time, speaker);
  if (byTime.size > TIME_SPEAKERS_MAX) byTime.delete(byTime.keys().next().value!);
}

/** A virtualised row's place in the list: React-virtualized positions each row with an inline `top`. */
function rowTop(row: Element): number {
  const top = (row as HTMLElement).style?.top;
  return top ? Number.parseFloat(top) : Number.NaN;
}

/**
 * The panel's rows in the order the list shows them. The virtualised list recycles row elements
 * (§3.4): a recycled element is rewritten in place and moved down with its inline `top`, so the
 * document order stops being the transcript's order, and a continuation row would inherit the name
 * of whatever row precedes it in the DOM. When every row has a `top`, that order wins.
 */
export function panelRowsInOrder(rows: Element[]): Element[] {
  // Each row's `top` read once: this runs on every read of the panel.
  const tops = rows.map(rowTop);
  if (tops.some(Number.isNaN)) return rows;
  if (tops.every((t, i) => i === 0 || t >= tops[i - 1]!)) return rows;
  return rows.map((row, i) => ({ row, top: tops[i]! })).sort((a, b) => a.top - b.top).map((x) => x.row);
}

function readPanel(root: Element, ctx: ReadContext): CaptionSnapshot[] {
  const out: CaptionSnapshot[] = [];
  let speaker = '';
  let byTime = timeSpeakers.get(root.ownerDocument);
  if (!byTime) timeSpeakers.set(root.ownerDocument, (byTime = new Map()));
  for (const row of panelRowsInOrder(queryAllFirst(root, SEL.panelRow))) {
    // The panel keeps the whole transcript: parse only rows that changed since the last read.
    const { name, text, time } = memoized(ctx, row, () => readRow(row));
    if (name) speaker = name; // continuation rows carry no name: inherit the header's
    else if (!speaker) speaker = (time && byTime.get(time)) || rowSpeaker.get(row) || '';
    if (speaker) rememberSpeaker(byTime, row, time, speaker);
    if (text && !SYSTEM_TEXT.test(text)) out.push(time ? { blockKey: ctx.keyOf(row), speaker, text, stamp: time } : { blockKey: ctx.keyOf(row), speaker, text });
  }
  return out;
}

function readOverlay(root: Element, ctx: ReadContext): CaptionSnapshot[] {
  const rows = queryAllFirst(root, SEL.overlayRow);
  const out: CaptionSnapshot[] = [];
  for (const row of rows.length ? rows : [root]) {
    const textEl = row.querySelector(SEL.overlayText);
    const text = textEl ? cleanSpace(textEl.textContent ?? '') : '';
    if (!text || SYSTEM_TEXT.test(text)) continue;
    const avatar = Array.from(row.children).find((c) => c !== textEl && !c.contains(textEl)) ?? null;
    const speaker = canonicalSpeaker(row, overlaySpeaker(avatar, root), text);
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
  readSelfName: (doc) => readSelfName(docs(doc), SELF),
  // The overlay shows status lines ("Captions will be shown in English (US)") after an avatar's
  // initials; that is Zoom talking, not a layout we fail to read.
  isNoise: (text) => SYSTEM_ANYWHERE.test(text),
  // Zoom's overlay is one rolling node that runs on across sentences: a little more quiet before a
  // full stop counts, and growth re-opens the utterance (research §3.3).
  quickEndMs: 200,
  captionsHint: {
    key: 'captionsHintZoom',
    text: 'Turn on captions: More → Captions → Show captions, then "View full transcript" so speakers are named.',
  },
};
