// Round 24 — Google Meet blind scenarios: "the platform ships a new front-end build mid-year".
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §2.1 URL patterns and lifecycle (call_end ligature in `.google-symbols` = in call),
//   §2.2 Turning captions on (CC icon ligatures; region detached and replaced on CC toggle),
//   §2.3 Container: selectors over time (`div[role=region][tabindex="0"]` + localized aria-label,
//        `iOzk7` list wrapper, caption-language div, chat `div[aria-live=polite].Ge9Kpc` distractor,
//        phased rollouts / class breaks),
//   §2.4 Region children and block structure (block = one speaker turn; rotating vs stable class
//        tokens `bj4p3b` / `jxFHg` / `VbkSUe` / `r6DyN`; `img[data-iml]` googleusercontent avatar;
//        name = first span; trailing dummy div and "Jump to bottom" button; jsname values [U]),
//   §2.5 How the text changes (new block per turn, characterData growth, late revisions of earlier
//        blocks, span-era phrase spans, same-speaker continuation blocks),
//   §2.6 Local user, names (literal "You" for the local user; self name from selfNames),
//   §8   Strategies (semantic anchors first, re-attach on re-mount, noise filters),
//   §9   Fixture checklist, §10 Gaps (jsname presence in 2026 unverified).
//
// Stable anchors kept in every scenario (the research calls these stable or documented):
//   `[role=region][tabindex="0"]` with an aria-label, one block per speaker turn holding an
//   avatar+name part followed by the text element, the name as the first <span> (or the name
//   element's text), the single growing text node (or documented phrase spans), `img[data-iml]` with
//   an lh3.googleusercontent.com src, the stable half of each class pair (`bj4p3b`, `jxFHg`,
//   `VbkSUe`, `r6DyN`), the literal "You" label, `.google-symbols` ligatures (`call_end`,
//   `closed_caption`), the chat live region `.Ge9Kpc[jsname=xySENc]`.
// Volatile parts varied across scenarios: every rotating class token (`nMcdL`, `adE6rb`, `KcIKyf`,
//   `NWpY1d`, `ygicle`, `Z6byG`, `iOzk7`, `DtJ7e`, `IMKgW` …) is replaced by a new obfuscated token,
//   `jsname`/`jscontroller` attributes on caption nodes are rotated or absent, wrapper divs are added
//   or removed, the region is re-mounted under a new parent, and toasts/tooltips sit next to it.
//
// Common assumptions (research silent): the clinician is the local user (label "You", selfNames =
// her display name); captions are already on when the call page is observed; leaving the call turns
// the page into Meet's "You left the meeting" screen, which no longer has the call_end control or
// the caption bar (same URL).
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

const SELF = 'Dr. Maya Patel';
const ME = ['You', SELF];
const STEP = 90;

interface Who {
  name: string;
  avatar: string;
  iml: string;
}

const YOU: Who = { name: 'You', avatar: 'https://lh3.googleusercontent.com/a/ACg8ocMpatel7Qx=s64-c', iml: '1873.2' };
const who = (name: string, tag: string, iml: string): Who => ({
  name,
  avatar: `https://lh3.googleusercontent.com/a/ACg8oc${tag}=s64-c`,
  iml,
});

/** The class tokens a build uses for one caption block (the stable half of each pair is added). */
interface Build {
  /** Extra wrapper div around each block (an added per-entry wrapper); undefined = none. */
  entryWrap?: string;
  block: string;
  /** Avatar+name wrapper; null = the wrapper is missing (img and name are direct block children). */
  head: string | null;
  img: string;
  name: string;
  nameSpan: string;
  text: string;
}

function blockHtml(b: Build, w: Who): string {
  const img = `<img class="${b.img} r6DyN" alt="" data-iml="${w.iml}" src="${w.avatar}">`;
  const name = `<div class="${b.name} jxFHg"><span class="${b.nameSpan}">${w.name}</span></div>`;
  const head = b.head === null ? img + name : `<div class="${b.head}">${img}${name}</div>`;
  const blk = `<div class="${b.block} bj4p3b">${head}<div class="${b.text} VbkSUe"></div></div>`;
  return b.entryWrap ? `<div class="${b.entryWrap}">${blk}</div>` : blk;
}

interface SayOpts {
  final?: string;
  step?: number;
  /** Runs once after `word` words are on screen (mid-turn events). */
  at?: { word: number; run: () => void | Promise<void> };
}

/** Appends one speaker-turn block (before the trailing non-caption elements) and grows its text node. */
async function say(p: Page, list: Element, before: () => Node | null, b: Build, w: Who, text: string, o: SayOpts = {}): Promise<Text> {
  const step = o.step ?? STEP;
  const outer = el(p.doc, blockHtml(b, w));
  const words = text.split(' ');
  const node = p.doc.createTextNode(words[0] ?? '');
  q(outer, '.VbkSUe').appendChild(node);
  const ref = before();
  list.insertBefore(outer, ref && ref.parentNode === list ? ref : null);
  await p.sleep(step);
  if (o.at && o.at.word < words.length) {
    await grow(p, node, words.slice(0, o.at.word).join(' '), undefined, step, 1);
    await o.at.run();
    await grow(p, node, text, o.final, step, o.at.word);
  } else {
    await grow(p, node, text, o.final, step, 1);
  }
  return node;
}

/** In-call chrome: video tiles, the control bar with CC and call_end ligatures, the chat region. */
function chrome(opts: { tiles: string[]; captionBar: string; chat?: string; barClass: string }): string {
  const tiles = opts.tiles
    .map((n) => `<div class="oZRSLe" ${n === SELF ? `data-self-name="${SELF}"` : ''}><div class="XEazBc"><span class="zWGUib">${n}</span></div></div>`)
    .join('');
  return (
    `<div class="T4LgNb">` +
    `<main class="axUSnc" style="inset: 0px 0px 184px 0px;"><div class="koV58">${tiles}</div></main>` +
    opts.captionBar +
    `<div class="${opts.barClass}" role="toolbar" aria-label="Call controls">` +
    `<button class="VfPpkd-Bz112c" aria-label="Turn off captions (c)"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>` +
    `<button class="VfPpkd-Bz112c" aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>` +
    `</div>` +
    `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc">${opts.chat ?? ''}</div>` +
    `</div>`
  );
}

/** Leaving: Meet swaps the call UI for its "You left the meeting" screen (call_end and captions gone). */
function leaveMeet(p: Page): void {
  p.doc.body.innerHTML =
    '<div class="CRFCdf"><h1 class="roSPhc">You left the meeting</h1>' +
    '<button class="VfPpkd-LgbsSe">Rejoin</button><button class="VfPpkd-LgbsSe">Return to home screen</button></div>';
}

function chatLine(doc: Document, from: string, text: string): HTMLElement {
  return el(doc, `<div class="Ss4fHf"><div class="HNucUd"><div class="poVWob">${from}</div></div><div class="beTDc"><div class="ptNLrf"><div jsname="dTKtvb">${text}</div></div></div></div>`);
}

function setCcIcon(doc: Document, ligature: string): void {
  for (const i of Array.from(doc.querySelectorAll('.google-symbols'))) {
    if (i.textContent === 'closed_caption' || i.textContent === 'closed_caption_off') i.textContent = ligature;
  }
}

const COMMON_FORBIDDEN = ['arrow_downward', 'Jump to', 'call_end', 'closed_caption', 'You left the meeting', 'Rejoin'];

// ------------------------------------------------------------------------------------------------
// 1. Rotated class tokens + an extra wrapper div around every caption entry.
// Tests: a new build where every rotating class token is new, `jsname`/`jscontroller` are gone from
// the caption nodes, and each block sits inside an extra per-entry wrapper div (region › wrapper ›
// block instead of region › block). The region keeps its documented trailing children (a dummy div
// with <2 child nodes, then the "Jump to bottom" button area). A late correction of an earlier
// patient block (§2.5.3: "knight" → "night") arrives while the clinician's next block is growing.
// Kept: region role/tabindex/aria-label "Captions", block › [avatar+name part, text element],
//   text node growth, `bj4p3b`/`jxFHg`/`VbkSUe`/`r6DyN`, img[data-iml] googleusercontent, "You",
//   "Jump to bottom" aria-label, chat region.
// Varied: all rotating class tokens (block, head, img, name, name span, text, list wrapper, bar),
//   no jsname/jscontroller anywhere in the caption tree, the extra per-entry wrapper.
// Assumption (research silent): the extra per-entry wrapper holds exactly one block and carries no
//   text of its own; the correction replaces the whole text node value (characterData).
// ------------------------------------------------------------------------------------------------
const S1_BUILD: Build = {
  entryWrap: 'pW3sQc',
  block: 'Hq2Vtd',
  head: 'oR7mZe',
  img: 'Lx4Jdb',
  name: 'Tb9Kwf',
  nameSpan: 'qM5Yra',
  text: 'gF8nUc',
};
const JORDAN = who('Jordan Reyes', 'Jreyes2Lp', '2210.9');

const s1: Scenario = {
  name: 'meet r24: rotated class tokens and an extra wrapper around each caption entry',
  url: 'https://meet.google.com/kqv-mzrt-wnd',
  selfNames: [SELF],
  body: chrome({
    tiles: [SELF, 'Jordan Reyes'],
    barClass: 'Tqwh9c',
    captionBar:
      `<div class="Wm3Gkc" style="height: 184px">` +
      `<div class="sK7vYe">` +
      `<div class="Pq1Tzb">` +
      `<div role="region" tabindex="0" aria-label="Captions" class="zC6mWd Rb2Pxe">` +
      `<div></div>` +
      `<div class="Yv5Hkc"><button class="Fd3Lsq" aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>` +
      `</div></div></div></div>`,
  }),
  async play(p) {
    const region = q(p.doc, '[role="region"][tabindex="0"]');
    const before = () => region.firstElementChild && region.children.length >= 2 ? region.children[region.children.length - 2]! : null;
    const b = S1_BUILD;
    await say(p, region, before, b, YOU, 'Good morning Jordan, I can see you now. What brings you in today?');
    await p.sleep(350);
    await say(p, region, before, b, JORDAN, 'Hi doctor. I have had a dry cough for about two weeks.');
    await p.sleep(300);
    await say(p, region, before, b, YOU, 'Is it worse at any particular time of day?');
    await p.sleep(300);
    const late = await say(p, region, before, b, JORDAN, 'The cough gets worse at knight mostly when I lie down', {
      final: 'The cough gets worse at knight, mostly when I lie down.',
    });
    await p.sleep(200);
    await say(p, region, before, b, YOU, 'Any fever, shortness of breath, or chest pain?', {
      at: { word: 3, run: () => void (late.data = 'The cough gets worse at night, mostly when I lie down.') },
    });
    await p.sleep(300);
    await say(p, region, before, b, JORDAN, 'No fever. A little short of breath on the stairs.');
    await p.sleep(300);
    await say(p, region, before, b, YOU, 'Okay. I would like to start you on an inhaler and check back in a week.');
    await p.sleep(300);
    await say(p, region, before, b, JORDAN, 'That sounds good, thank you.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: ME, role: 'clinician', text: 'Good morning Jordan, I can see you now. What brings you in today?' },
    { speaker: 'Jordan Reyes', text: 'Hi doctor. I have had a dry cough for about two weeks.' },
    { speaker: ME, role: 'clinician', text: 'Is it worse at any particular time of day?' },
    { speaker: 'Jordan Reyes', text: 'The cough gets worse at night, mostly when I lie down.' },
    { speaker: ME, role: 'clinician', text: 'Any fever, shortness of breath, or chest pain?' },
    { speaker: 'Jordan Reyes', text: 'No fever. A little short of breath on the stairs.' },
    { speaker: ME, role: 'clinician', text: 'Okay. I would like to start you on an inhaler and check back in a week.' },
    { speaker: 'Jordan Reyes', text: 'That sounds good, thank you.' },
  ],
  // Session 26 (scenario fix, not product): 'knight' was listed as forbidden, but `forbidden` is for
  // strings that are never caption text (kit.ts). Meet showed "knight" as caption text; the product
  // emits what was on screen and then the correction as revision 1 of the same utterance, which
  // the expected text (the last revision) checks.
  forbidden: [...COMMON_FORBIDDEN],
};

// ------------------------------------------------------------------------------------------------
// 2. Missing list wrapper + documented phrase-span text layout + caption-language picker.
// Tests: a build where the `iOzk7`-style list wrapper is gone (the region is a direct child of the
// caption bar body), the caption-language settings div sits first in the bar (§2.3, Nov 2024 insert,
// "may or may not have children"), and the text element uses the documented span layout (§2.4 /
// §2.5.4: one <span> per phrase; new spans appended by childList, the last span's text edited).
// Includes a same-speaker continuation in a second consecutive block (§2.5.1) and a chat message
// arriving in the separate `aria-live=polite` chat region mid-call.
// Kept: region role/tabindex/aria-label "Captions", block › [avatar+name part, text element],
//   `bj4p3b`/`jxFHg`/`VbkSUe`/`r6DyN`, img[data-iml] googleusercontent, name as first span, "You",
//   chat region `.Ge9Kpc[jsname=xySENc]`.
// Varied: no list wrapper around the region, rotated class tokens, region `jscontroller` rotated to
//   a new value, text rendered as phrase spans instead of one bare text node.
// Assumptions (research silent): phrase spans carry their own separating space (" over eighty
//   five"); the language picker text "English (United States)" is outside the region.
// ------------------------------------------------------------------------------------------------
const S2_BUILD: Build = {
  block: 'uJ4eKd',
  head: 'Zs8rWq',
  img: 'Mn2Gbe',
  name: 'Xk6Tfa',
  nameSpan: 'Rw1Qpe',
  text: 'hL3vNc',
};
const GRACE = who('Grace Okafor', 'Gokafor9Vz', '3091.7');

/** Span layout: one <span> per phrase inside the text element; words grow inside the last span. */
async function sayPhrases(p: Page, list: Element, b: Build, w: Who, phrases: string[], step = STEP): Promise<void> {
  const outer = el(p.doc, blockHtml(b, w));
  const textEl = q(outer, '.VbkSUe');
  list.appendChild(outer);
  for (let j = 0; j < phrases.length; j++) {
    const words = phrases[j]!.split(' ');
    const lead = j > 0 ? ' ' : '';
    const span = p.doc.createElement('span');
    const node = p.doc.createTextNode(lead + (words[0] ?? ''));
    span.appendChild(node);
    textEl.appendChild(span);
    await p.sleep(step);
    for (let i = 2; i <= words.length; i++) {
      node.data = lead + words.slice(0, i).join(' ');
      await p.sleep(step);
    }
  }
}

const s2: Scenario = {
  name: 'meet r24: no list wrapper, phrase-span text layout, caption-language picker in the bar',
  url: 'https://meet.google.com/hbt-qwex-pfa',
  selfNames: [SELF],
  body: chrome({
    tiles: [SELF, 'Grace Okafor'],
    barClass: 'Jq4Mbn',
    captionBar:
      `<div class="Vd2Xoe" data-side="3">` +
      `<div class="Ke7Hws">` +
      `<div class="Pt5Ucb Qa9Rkd" jscontroller="Tv3mQe"><div class="Lr8Zxe"><span>English (United States)</span><i class="google-symbols">arrow_drop_down</i></div></div>` +
      `<div role="region" tabindex="0" aria-label="Captions" jscontroller="Wz7cPd" class="bR5sMe"></div>` +
      `</div></div>`,
  }),
  async play(p) {
    const region = q(p.doc, '[role="region"][tabindex="0"]');
    const b = S2_BUILD;
    await sayPhrases(p, region, b, YOU, ['Hello Grace, thanks for joining.', 'How have your blood pressure readings been?']);
    await p.sleep(300);
    await sayPhrases(p, region, b, GRACE, ['Mostly around one thirty', 'over eighty five in the mornings.']);
    await p.sleep(700);
    await sayPhrases(p, region, b, GRACE, ['Sometimes a bit higher', 'after work.']);
    await p.sleep(300);
    await sayPhrases(p, region, b, YOU, ['That is better than last month.', 'Are you taking the lisinopril every day?']);
    q(p.doc, '.Ge9Kpc').appendChild(chatLine(p.doc, 'Grace Okafor', 'Here is my reading log link'));
    await p.sleep(300);
    await sayPhrases(p, region, b, GRACE, ['Yes, every morning with breakfast.', 'No dizziness so far.']);
    await p.sleep(300);
    await sayPhrases(p, region, b, YOU, ['Good. Let us keep the same dose', 'and recheck your kidney labs next week.']);
    await p.sleep(300);
    await sayPhrases(p, region, b, GRACE, ['Okay, should I keep', 'logging the readings?']);
    await p.sleep(300);
    await sayPhrases(p, region, b, YOU, ['Yes please,', 'and send them through the portal on Friday.']);
  },
  leave: leaveMeet,
  expected: [
    { speaker: ME, role: 'clinician', text: 'Hello Grace, thanks for joining. How have your blood pressure readings been?' },
    { speaker: 'Grace Okafor', text: 'Mostly around one thirty over eighty five in the mornings.' },
    { speaker: 'Grace Okafor', text: 'Sometimes a bit higher after work.' },
    { speaker: ME, role: 'clinician', text: 'That is better than last month. Are you taking the lisinopril every day?' },
    { speaker: 'Grace Okafor', text: 'Yes, every morning with breakfast. No dizziness so far.' },
    { speaker: ME, role: 'clinician', text: 'Good. Let us keep the same dose and recheck your kidney labs next week.' },
    { speaker: 'Grace Okafor', text: 'Okay, should I keep logging the readings?' },
    { speaker: ME, role: 'clinician', text: 'Yes please, and send them through the portal on Friday.' },
  ],
  forbidden: [...COMMON_FORBIDDEN, 'English (United States)', 'arrow_drop_down', 'reading log link'],
};

// ------------------------------------------------------------------------------------------------
// 3. Flat blocks (no avatar+name wrapper), toasts/tooltips next to the captions, CC off/on.
// Tests: a build whose blocks lack the avatar+name wrapper (img, name element and text element are
// direct block children, the documented Feb 2024 child order img › name › text), with no jsname /
// jscontroller / data-side attributes anywhere. A status toast is inserted next to the region and a
// tooltip appears inside the region's trailing "Jump to bottom" area; both are removed later. The
// clinician then toggles CC off (the region node is detached, §2.2 / §2.5.7), the patient speaks
// while captions are off (nothing in the DOM, not expected), and CC on mounts a NEW region node.
// Three speakers: the clinician ("You"), the patient and his mother.
// Kept: region role/tabindex/aria-label "Captions", block order avatar › name › text with the text
//   element's previous sibling carrying the name, `bj4p3b`/`jxFHg`/`VbkSUe`/`r6DyN`,
//   img[data-iml] googleusercontent, "You", CC ligatures, "Jump to bottom" aria-label.
// Varied: no avatar+name wrapper inside each entry, rotated tokens, no jsname/jscontroller/data-side,
//   a `role=status aria-live=polite` toast and a `role=tooltip` next to / inside the region.
// Assumptions (research silent): the re-mounted region starts empty (history is not re-rendered);
//   the tooltip lives in the jump-button area; the toast is a sibling of the region.
// ------------------------------------------------------------------------------------------------
const S3_BUILD: Build = {
  block: 'fN6yLc',
  head: null,
  img: 'Ec3Wpa',
  name: 'Sy7Rqd',
  nameSpan: 'Oh2Dxb',
  text: 'tA9Kme',
};
const SAM = who('Sam Whitfield', 'Swhit4Rk', '1544.0');
const LINDA = who('Linda Whitfield', 'Lwhit8Tm', '1560.3');

const s3: Scenario = {
  name: 'meet r24: flat blocks without header wrapper, toast and tooltip beside captions, CC off/on new region',
  url: 'https://meet.google.com/wpd-jxkn-rty',
  selfNames: [SELF],
  body: chrome({
    tiles: [SELF, 'Sam Whitfield', 'Linda Whitfield'],
    barClass: 'Ux5Ncq',
    captionBar:
      `<div class="Ax8Feb">` +
      `<div class="Nm3Kqe">` +
      `<div role="region" tabindex="0" aria-label="Captions" class="Gt6Vrb"></div>` +
      `</div></div>`,
  }),
  async play(p) {
    const wrap = q(p.doc, '.Nm3Kqe');
    let region = q(wrap, '[role="region"]');
    const b = S3_BUILD;
    let trail: HTMLElement | null = null;
    const before = () => trail;
    await say(p, region, before, b, YOU, 'Hi Sam, hi Linda. How is the ankle doing since the sprain?');
    await p.sleep(300);
    const toast = el(p.doc, '<div role="status" aria-live="polite" class="Qe1Hvc"><div class="Ri4Lwb">Your network connection is unstable</div></div>');
    wrap.appendChild(toast);
    await say(p, region, before, b, SAM, 'It is less swollen but it still hurts when I walk on it.');
    await p.sleep(300);
    // The user scrolls up: the jump area appears with a hover tooltip, as trailing region children.
    const jumpArea = el<HTMLElement>(p.doc, '<div class="Bv7Jsd"><button class="Zp2Cwe" aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button><div role="tooltip" class="Kd5Tfe">Jump to the most recent captions</div></div>');
    trail = jumpArea;
    region.appendChild(jumpArea);
    await say(p, region, before, b, LINDA, 'He has been using the crutches at school every day.');
    toast.remove();
    await p.sleep(300);
    await say(p, region, before, b, YOU, 'Good. Can you point your toes up and down for me?');
    jumpArea.remove();
    trail = null;
    await p.sleep(400);
    // CC off: the region node is detached; Sam answers while captions are off (not in the DOM).
    region.remove();
    setCcIcon(p.doc, 'closed_caption_off');
    await p.sleep(1500);
    setCcIcon(p.doc, 'closed_caption');
    region = el(p.doc, '<div role="region" tabindex="0" aria-label="Captions" class="Gt6Vrb"></div>');
    wrap.appendChild(region);
    await p.sleep(300);
    await say(p, region, before, b, YOU, 'Thanks. The range of motion looks fine.');
    await p.sleep(300);
    await say(p, region, before, b, SAM, 'When can I go back to soccer?');
    await p.sleep(300);
    await say(p, region, before, b, YOU, 'Give it two more weeks of rest, then start with light jogging.');
    await p.sleep(300);
    await say(p, region, before, b, LINDA, 'Should we keep icing it at night?');
    await p.sleep(300);
    await say(p, region, before, b, YOU, 'Yes, twenty minutes at a time, and keep it elevated.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: ME, role: 'clinician', text: 'Hi Sam, hi Linda. How is the ankle doing since the sprain?' },
    { speaker: 'Sam Whitfield', text: 'It is less swollen but it still hurts when I walk on it.' },
    { speaker: 'Linda Whitfield', text: 'He has been using the crutches at school every day.' },
    { speaker: ME, role: 'clinician', text: 'Good. Can you point your toes up and down for me?' },
    { speaker: ME, role: 'clinician', text: 'Thanks. The range of motion looks fine.' },
    { speaker: 'Sam Whitfield', text: 'When can I go back to soccer?' },
    { speaker: ME, role: 'clinician', text: 'Give it two more weeks of rest, then start with light jogging.' },
    { speaker: 'Linda Whitfield', text: 'Should we keep icing it at night?' },
    { speaker: ME, role: 'clinician', text: 'Yes, twenty minutes at a time, and keep it elevated.' },
  ],
  forbidden: [...COMMON_FORBIDDEN, 'network connection', 'most recent captions'],
};

// ------------------------------------------------------------------------------------------------
// 4. Extra wrapper around the caption list + region re-mounted under a new parent mid-turn.
// Tests: a build that puts an extra div between the region and its blocks (region › list wrapper ›
// blocks; the dummy div and the jump area stay direct region children after the wrapper). In the
// middle of the patient's turn a layout change re-mounts the caption view: the old caption bar
// (with its `data-side="3"` bar and `iOzk7`-style wrapper) is removed from the page, and the SAME
// region node (history and the growing block inside) is attached under a newly created side-panel
// parent; growth of the same text node then continues. The dummy div and the jump button appear and
// disappear, and a chat message arrives.
// Kept: region role/tabindex/aria-label "Captions" (same node throughout), block › [avatar+name
//   part, text element], text node growth, `bj4p3b`/`jxFHg`/`VbkSUe`/`r6DyN`, img[data-iml]
//   googleusercontent, "You", "Jump to bottom" aria-label, chat region.
// Varied: extra list wrapper inside the region, rotated tokens, region `jscontroller` absent,
//   `jsname` only on the OLD list wrapper, new parent chain (new classes, no data-side) after the
//   re-mount, ~150 ms in which the region is detached from the document.
// Assumptions (research silent): a layout change moves the existing caption view (same nodes, its
//   scroll-back history intact) rather than rebuilding it; the words already on screen when it
//   moves are not re-spoken, so each word is still expected once.
// ------------------------------------------------------------------------------------------------
const S4_BUILD: Build = {
  block: 'Jw5Rne',
  head: 'Vy1Ktc',
  img: 'Cp8Heb',
  name: 'Md4Wsa',
  nameSpan: 'Ug6Lox',
  text: 'Fe2Qiv',
};
const PRIYA = who('Priya Natarajan', 'Pnat3Hw', '2718.4');

const s4: Scenario = {
  name: 'meet r24: extra list wrapper, caption view re-mounted under a new parent mid-turn',
  url: 'https://meet.google.com/zrc-mnbv-qls',
  selfNames: [SELF],
  body: chrome({
    tiles: [SELF, 'Priya Natarajan'],
    barClass: 'Hw6Kpe',
    captionBar:
      `<div class="Yo3Vnc" data-side="3">` +
      `<div class="Ld9Qsf">` +
      `<div jsname="dsyhDe" class="Wt2Hxc">` +
      `<div role="region" tabindex="0" aria-label="Captions" class="Nb7Cug">` +
      `<div class="Xr4Peb"></div>` +
      `</div></div></div></div>`,
  }),
  async play(p) {
    const region = q(p.doc, '[role="region"][tabindex="0"]');
    const list = q(region, '.Xr4Peb');
    const b = S4_BUILD;
    const none = () => null;
    await say(p, list, none, b, YOU, 'Hi Priya, I have your latest A1C results here.');
    await p.sleep(300);
    await say(p, list, none, b, PRIYA, 'Great, I have been nervous about them all week.');
    await p.sleep(300);
    const dummy = el(p.doc, '<div></div>');
    const jump = el(p.doc, '<div class="Gk2Wmd"><button class="Sa8Loc" aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>');
    region.append(dummy, jump);
    await say(p, list, none, b, YOU, 'It came down from eight point one to seven point two, which is real progress.');
    dummy.remove();
    jump.remove();
    await p.sleep(300);
    await say(p, list, none, b, PRIYA, 'That is a relief. I have been walking after dinner most days.', {
      at: {
        word: 6,
        run: async () => {
          // Layout change: the bottom bar goes away and the same caption view is mounted in a side panel.
          const oldBar = q(p.doc, '.Yo3Vnc');
          region.remove();
          oldBar.remove();
          await p.sleep(150);
          const panel = el(p.doc, '<div class="Rk5Yte"><div class="Ci3Wdp"><div class="Tn7Abf"></div></div></div>');
          q(panel, '.Tn7Abf').appendChild(region);
          q(p.doc, '.T4LgNb').insertBefore(panel, q(p.doc, 'main'));
          q(p.doc, 'main').setAttribute('style', 'inset: 0px 360px 0px 0px;');
        },
      },
    });
    await p.sleep(300);
    await say(p, list, none, b, YOU, 'Keep that up. Any low sugars or shakiness?');
    q(p.doc, '.Ge9Kpc').appendChild(chatLine(p.doc, 'Priya Natarajan', 'my glucose meter photo is attached'));
    await p.sleep(300);
    await say(p, list, none, b, PRIYA, 'Once last week, when I skipped lunch.');
    await p.sleep(300);
    await say(p, list, none, b, YOU, 'Try not to skip meals while you are on the glipizide.');
    await p.sleep(300);
    await say(p, list, none, b, PRIYA, 'Understood. Thank you, doctor.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: ME, role: 'clinician', text: 'Hi Priya, I have your latest A1C results here.' },
    { speaker: 'Priya Natarajan', text: 'Great, I have been nervous about them all week.' },
    { speaker: ME, role: 'clinician', text: 'It came down from eight point one to seven point two, which is real progress.' },
    { speaker: 'Priya Natarajan', text: 'That is a relief. I have been walking after dinner most days.' },
    { speaker: ME, role: 'clinician', text: 'Keep that up. Any low sugars or shakiness?' },
    { speaker: 'Priya Natarajan', text: 'Once last week, when I skipped lunch.' },
    { speaker: ME, role: 'clinician', text: 'Try not to skip meals while you are on the glipizide.' },
    { speaker: 'Priya Natarajan', text: 'Understood. Thank you, doctor.' },
  ] satisfies Expected[],
  forbidden: [...COMMON_FORBIDDEN, 'glucose meter photo'],
};

export const meetScenarios: Scenario[] = [s1, s2, s3, s4];
