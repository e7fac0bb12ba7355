// Microsoft Teams (new/v2) adapter. DOM facts: shared/research/caption-platforms.md §4.
// Fluent class hashes rotate; the `data-tid` telemetry ids survived every redesign, so they are
// the anchors. Host and guest DOMs differ above the item, and the only atoms common to both are
// `[data-tid=author]` and `[data-tid=closed-caption-text]`, which we pair in document order.
import type { CaptionSnapshot } from '../types.ts';
import { type CaptionRoot, type PlatformAdapter, type ReadContext, type SelfMarker, cleanSpace, hostIs, queryFirst, readSelfName, textWithout } from './shared.ts';

const SEL = {
  // Ordered like LCS: newest wrapper first, then older containers, then any caption-ish data-tid.
  root: [
    '[data-tid="closed-caption-v2-window-wrapper"]',
    '[data-tid="closed-caption-renderer-wrapper"]',
    '[data-tid="closed-captions-renderer"]',
    '[data-tid="closed-caption-v2-virtual-list-content"]',
  ],
  loose: '[data-tid*="closed-caption"]:not(button):not([role="button"]), [data-tid*="closed-captions"]:not(button)',
  atoms: '[data-tid="author"], [data-tid="closed-caption-text"]',
  // Classic / Northstar items (2023–mid 2025), kept as the last fallback.
  legacyAtoms: '.ui-chat__message__author, .ui-chat__message .fui-StyledText',
  item: '.fui-ChatMessageCompact, .ui-chat__item',
  hangup: [
    '#hangup-button',
    'button[data-tid="hangup-main-btn"]',
    'button[data-tid="hangup-leave-button"]',
    'button[data-tid="hangup-end-meeting-button"]',
    'button[data-tid="hangup-button"]',
    'button[data-tid="anon-hangup-button"]',
  ],
} as const;

/**
 * The local user's name: the profile ("me control") in the app header (signed-in users), then the
 * self video tile (guests too). `data-tid` telemetry ids, like the caption atoms. Not in the shared
 * research; from public Teams scrapers' selector lists (me-control-displayname, myself-video).
 */
const SELF: readonly SelfMarker[] = [
  { sel: '[data-tid="me-control-displayname"], [data-tid="me-control-display-name"]' },
  { sel: '[data-tid="myself-video"]', name: '[data-tid="participant-info"], [data-tid="participant-name"]' },
];

const HOSTS = ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'];

function isAuthor(el: Element): boolean {
  return el.getAttribute('data-tid') === 'author' || el.classList.contains('ui-chat__message__author');
}

/**
 * The element that stands for one caption item: the Fluent item when there is one (host DOM), else
 * the nearest ancestor that also holds an author (guest DOM: `(div) > author + text`).
 */
function itemOf(textEl: Element, root: Element): Element {
  const fluent = textEl.closest(SEL.item);
  if (fluent && root.contains(fluent)) return fluent;
  for (let el = textEl.parentElement; el && el !== root; el = el.parentElement) {
    if (el.querySelector('[data-tid="author"]')) return el;
  }
  return textEl;
}

function read(root: CaptionRoot, ctx: ReadContext): CaptionSnapshot[] {
  let atoms = Array.from(root.el.querySelectorAll(SEL.atoms));
  if (atoms.length === 0) atoms = Array.from(root.el.querySelectorAll(SEL.legacyAtoms));
  const out: CaptionSnapshot[] = [];
  let speaker = '';
  const seen = new Set<string>();
  for (const el of atoms) {
    if (isAuthor(el)) {
      speaker = cleanSpace(el.textContent ?? '');
      continue;
    }
    const blockKey = ctx.keyOf(itemOf(el, root.el));
    if (seen.has(blockKey)) continue; // one text per item; a second would be a nested duplicate
    seen.add(blockKey);
    // Through the shared walker, so a caption that was just replaced is read as it was (capture).
    out.push({ blockKey, speaker, text: textWithout(el, '') });
  }
  return out;
}

export const teams: PlatformAdapter = {
  id: 'teams',
  // Teams is a single-page app: any page on its hosts may become a call, isInCall decides.
  matchesUrl: (url) => HOSTS.some((h) => hostIs(url, h)),
  findRoot: (doc) => {
    const el = queryFirst(doc, SEL.root);
    return el ? { el, kind: 'list' } : null;
  },
  read,
  isInCall: (doc) => queryFirst(doc, SEL.hangup) !== null,
  looksLikeCaptions: (doc) => doc.querySelector(SEL.loose) !== null,
  selfAliases: [],
  readSelfName: (doc) => readSelfName([doc], SELF),
  // Teams writes sentence-final punctuation in its last refinement of an item ("we should ship" ->
  // "We should ship the CC lane."), so it is nearly final at once (research §4.4).
  quickEndMs: 100,
  captionsHint: {
    key: 'captionsHintTeams',
    text: 'Turn on live captions: More (…) → Language and speech → Turn on live captions (guests: More → Captions). Shortcut Alt+Shift+C.',
  },
};
