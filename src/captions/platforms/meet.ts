// Google Meet adapter. DOM facts: shared/research/caption-platforms.md §2.
// The caption region is `div[role=region][tabindex="0"]` (language-neutral since Feb 2025); one
// child block per speaker turn, followed by non-caption trailers (a dummy div, the "Jump to bottom"
// button). Class tokens rotate, so structural anchors come first and classes are fallbacks.
import type { CaptionSnapshot } from '../types.ts';
import {
  type CaptionRoot,
  type PlatformAdapter,
  type ReadContext,
  ICON_SELECTOR,
  cleanSpace,
  hasIconText,
  memoized,
  queryFirst,
  readSelfName,
  type SelfMarker,
  textWithout,
} from './shared.ts';

const SEL = {
  region: ['div[role="region"][tabindex="0"]', '[role="region"][aria-label]'],
  // Ancestors that only the caption bar has; used to tell the caption region from other regions.
  regionAnchors: ['[jsname="dsyhDe"]', '.iOzk7', '.DtJ7e', '[jscontroller="KPn5nb"]'],
  legacyList: ['.a4cQT [jsname="dsyhDe"]', '.a4cQT'],
  name: ['.NWpY1d', '.jxFHg', '.KcIKyf', '.zs7s8d'],
  text: ['.VbkSUe', '.ygicle', '[jsname="tgaKEf"]', '.iTTPOb', '.bh44bd'],
  avatar: 'img[data-iml], img[src*="googleusercontent.com"], img',
  chat: '[aria-live], [jsname="xySENc"], .Ge9Kpc',
  trailer: 'button, .IMKgW',
  preJoinName: ['.awLEm'],
} as const;

/** The pre-join screen's name (TT `.awLEm`), then the self tile's `data-self-name` (ENC), §2.6. */
const SELF: readonly SelfMarker[] = [{ sel: SEL.preJoinName.join(', ') }, { sel: '[data-self-name]', attr: 'data-self-name' }];

/** Localised aria-labels of the caption region seen in the wild (§2.3). */
const REGION_LABELS = ['captions', 'sottotitoli', '자막', 'phụ đề', '字幕', 'untertitel', 'sous-titres', 'subtítulos', 'legendas', 'субтитры'];

/**
 * "You" as Meet labels the local user's captions, in the UI languages we know of. Matching is
 * case-insensitive after trimming; the user's own names come from the options page.
 */
export const MEET_SELF_ALIASES = [
  'You', 'Вы', 'Ты', 'Tú', 'Usted', 'Vous', 'Toi', 'Sie', 'Du', 'Voi', 'Tu', 'Você', 'Jij', 'U', 'Ty',
  'Siz', 'Sen', 'Ön', 'Εσείς', 'Ви', 'あなた', '你', '您', '나', '당신', 'Anda', 'Kamu',
  'Saya', 'Bạn', 'คุณ', 'आप', 'أنت', 'אתה', 'Ikaw', 'Kayo',
] as const;

/** The self label(s) per UI language (the page's <html lang>), so a guest named "Du" is not self on an English page. */
const SELF_BY_LANG: Record<string, readonly string[]> = {
  en: ['You'], ru: ['Вы', 'Ты'], es: ['Tú', 'Usted'], fr: ['Vous', 'Toi'], de: ['Sie', 'Du'], it: ['Voi', 'Tu'],
  pt: ['Você', 'Tu'], nl: ['Jij', 'U'], pl: ['Ty'], cs: ['Vy', 'Ty'], tr: ['Siz', 'Sen'], hu: ['Ön'], el: ['Εσείς'], uk: ['Ви'],
  ja: ['あなた'], zh: ['你', '您'], ko: ['나', '당신'], id: ['Anda', 'Kamu', 'Saya'], ms: ['Anda', 'Kamu', 'Saya'],
  vi: ['Bạn'], th: ['คุณ'], hi: ['आप'], ar: ['أنت'], he: ['אתה'], iw: ['אתה'], fil: ['Ikaw', 'Kayo'], tl: ['Ikaw', 'Kayo'],
};

export function meetSelfAliasesFor(doc: Document): readonly string[] {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  // Meet always sets <html lang>; without one (or in a language we have no label for) every known label counts.
  return SELF_BY_LANG[lang] ?? MEET_SELF_ALIASES;
}

function isCaptionRegion(el: Element): boolean {
  if (el.matches(SEL.chat)) return false; // the chat is a separate live region (§2.3)
  const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase();
  if (REGION_LABELS.includes(label)) return true;
  if (SEL.regionAnchors.some((a) => el.closest(a) !== null)) return true;
  return el.querySelector(SEL.avatar) !== null && el.querySelector(SEL.text.join(', ')) !== null;
}

function findRoot(doc: Document): CaptionRoot | null {
  for (const sel of SEL.region) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (isCaptionRegion(el)) return { el: listIn(el), kind: 'region' };
    }
  }
  const legacy = queryFirst(doc, SEL.legacyList);
  return legacy ? { el: legacy, kind: 'legacy' } : null;
}

/** The jump button, the area holding it (a button but no caption text) or the dummy div. */
function isTrailer(el: Element): boolean {
  if (el.matches(SEL.trailer)) return true;
  if (el.querySelector('button') && !queryFirst(el, SEL.text)) return true;
  return el.childNodes.length < 2 && el.children.length < 1;
}

/**
 * The element whose children are the blocks. A build may wrap them in one list div inside the
 * region (blind round 24): the region then has a single child that is not a block. It is told from
 * a first block only once it holds two (until then reading the wrapper as that block is the same
 * text); the capture's poll re-attaches to it then. Per-entry wrappers stay children of the region.
 */
function listIn(region: Element): Element {
  let content: Element | null = null;
  for (let k = region.firstElementChild; k; k = k.nextElementSibling) {
    if (isTrailer(k)) continue;
    if (content) return region;
    content = k;
  }
  if (!content) return region;
  let blocks = 0;
  for (let k = content.firstElementChild; k && blocks < 2; k = k.nextElementSibling) if (queryFirst(k, SEL.text)) blocks++;
  return blocks >= 2 ? content : region;
}

/** One block → snapshot, or null for trailers (jump button, dummy div) and unparseable children. */
function readBlock(block: Element, ctx: ReadContext): CaptionSnapshot | null {
  if (isTrailer(block)) return null;
  let textEl = queryFirst(block, SEL.text);
  let nameEl = queryFirst(block, SEL.name);
  if (!textEl) {
    // Structural fallback (GMC tiers): the text div is the last element child without an avatar.
    const kids = Array.from(block.children);
    const inner = kids.length === 1 && kids[0] ? Array.from(kids[0].children) : kids;
    textEl = [...inner].reverse().find((k) => !k.querySelector('img') && k.tagName !== 'IMG') ?? null;
    nameEl = nameEl ?? inner.find((k) => k !== textEl && k.querySelector('img'))?.querySelector('span') ?? null;
  }
  if (!textEl) return null;
  const text = textWithout(textEl, ICON_SELECTOR);
  const speaker = nameEl ? textWithout(nameEl, ICON_SELECTOR) : '';
  if (!text && !speaker) return null;
  return { blockKey: ctx.keyOf(block), speaker, text };
}

function read(root: CaptionRoot, ctx: ReadContext): CaptionSnapshot[] {
  const out: CaptionSnapshot[] = [];
  // Meet keeps the scroll-back (40+ blocks): only blocks that mutated since the last read are parsed.
  for (let child = root.el.firstElementChild; child; child = child.nextElementSibling) {
    const block = child;
    const snap = memoized(ctx, block, () => readBlock(block, ctx));
    if (snap) out.push(snap);
  }
  return out;
}

export const meet: PlatformAdapter = {
  id: 'meet',
  matchesUrl: (url) => url.hostname === 'meet.google.com' && /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}(\/|$)/.test(url.pathname),
  findRoot,
  read,
  readChild: readBlock,
  keepsBlocks: true,
  // The leave button's icon ligature; also present in the lobby, before captions exist (§2.1).
  isInCall: (doc) => hasIconText(doc, 'call_end'),
  looksLikeCaptions: (doc) => hasIconText(doc, 'closed_caption') && !hasIconText(doc, 'closed_caption_off'),
  selfAliases: MEET_SELF_ALIASES,
  selfAliasesFor: meetSelfAliasesFor,
  exactNames: true,
  readSelfName: (doc) => readSelfName([doc], SELF),
  // Meet punctuates at the end of a phrase and may re-punctuate ("." -> ",") as the speaker goes on: a
  // short quiet after a full stop ends the utterance, a re-punctuation re-opens it (research §2.5).
  quickEndMs: 150,
  captionsHint: { key: 'captionsHintMeet', text: 'Turn on captions: click the CC button at the bottom of the call, or press c.' },
};
