// Jitsi Meet adapter (meet.jit.si, 8x8.vc). DOM facts: shared/research/caption-platforms.md §6.
// `div.transcription-subtitles` holds one <p> per transcript message; its span reads
// "<participantName>: <text>", interim text being replaced by the final one in the same <p>. Newer
// builds also list subtitles in the chat panel (jitsi-list.ts), read while that panel is open.
import type { CaptionSnapshot } from '../types.ts';
import { readSubtitlesList } from './jitsi-list.ts';
import { type CaptionRoot, type PlatformAdapter, type ReadContext, type SelfMarker, DECORATION, cleanSpace, hostIs, memoized, queryFirst, readSelfName } from './shared.ts';

const SEL = {
  root: ['.transcription-subtitles', '[class*="transcription-subtitles"]'],
  /** The chat panel's subtitles list (newer builds; jitsi-list.ts), read while it is open. */
  list: ['#subtitles-messages-list'],
  line: 'p',
  hangup: [
    '.toolbox-content-items .hangup-button',
    '.hangup-button',
    '[data-testid="toolbar.hangup"]',
    '#new-toolbox [aria-label="Leave the meeting"]',
  ],
  loose: '#subtitles-messages-list, #subtitles-messages-container, [class*="subtitle"]',
  /** Participants' display names in the filmstrip (jitsi-meet's `span.displayname`; unverified on 2026 builds). */
  names: '.displayname',
} as const;

/**
 * The local user's name: the local video tile's display name (`#localDisplayName` in jitsi-meet's
 * filmstrip; a "(me)" decoration is stripped). Not in the shared research: unverified on 2026 builds.
 */
const SELF: readonly SelfMarker[] = [{ sel: '#localVideoContainer #localDisplayName, #localDisplayName' }];

/**
 * "Name: text" → [name, text]. The first ": " separates them, unless the line starts with one of
 * `names` (the call's display names) followed by ": ": a name may hold ": " itself ("Dr. Ada Lee:
 * Cardiology"), and the speech often does ("at 8: 30", "she said: take them").
 */
export function splitNameLine(line: string, names: readonly string[] = []): [string, string] {
  const i = line.indexOf(': ');
  if (i <= 0) return ['', line];
  let cut = i;
  for (const n of names) if (n.length > cut && line.startsWith(`${n}: `)) cut = n.length;
  return [line.slice(0, cut).trim(), line.slice(cut + 2).trim()];
}

/** The display names on the call page, without decorations such as "(me)". */
function participantNames(doc: Document): string[] {
  return Array.from(doc.querySelectorAll(SEL.names), (el) => cleanSpace(el.textContent ?? '').replace(DECORATION, '')).filter(Boolean);
}

function read(root: CaptionRoot, ctx: ReadContext): CaptionSnapshot[] {
  const out: CaptionSnapshot[] = [];
  let names: string[] | null = null; // read only for a line a name with ": " could start
  for (const p of Array.from(root.el.querySelectorAll(SEL.line))) {
    let [speaker, text] = memoized(ctx, p, () => splitNameLine(cleanSpace(p.textContent ?? '')));
    if (text.includes(': ')) {
      names ??= participantNames(root.el.ownerDocument).filter((n) => n.includes(': '));
      if (names.length > 0) [speaker, text] = splitNameLine(cleanSpace(p.textContent ?? ''), names);
    }
    if (text) out.push({ blockKey: ctx.keyOf(p), speaker, text });
  }
  return out;
}

export const jitsi: PlatformAdapter = {
  id: 'jitsi',
  // A room path is required: the bare host is the landing page.
  matchesUrl: (url) =>
    (url.hostname === 'meet.jit.si' || hostIs(url, '8x8.vc')) && url.pathname.split('/').filter(Boolean).length > 0,
  findRoot: (doc) => {
    // The chat panel's list, while it is open, over the stage: it keeps every message and does not
    // come and go with each paragraph, so capture does not flip between two views of the same speech.
    const list = queryFirst(doc, SEL.list);
    if (list) return { el: list, kind: 'list' };
    const el = queryFirst(doc, SEL.root);
    return el ? { el, kind: 'subtitles' } : null;
  },
  read: (root, ctx) => (root.kind === 'list' ? readSubtitlesList(root.el, ctx) : read(root, ctx)),
  participantNames,
  isInCall: (doc) => queryFirst(doc, SEL.hangup) !== null,
  looksLikeCaptions: (doc) => doc.querySelector(SEL.loose) !== null,
  selfAliases: [],
  readSelfName: (doc) => readSelfName([doc], SELF),
  captionsHint: {
    key: 'captionsHintJitsi',
    text: 'Turn on subtitles: click "CC" (or More → Start subtitles) in the toolbar. The meeting needs a transcriber.',
  },
};
