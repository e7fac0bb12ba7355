// Microsoft Teams scenarios for round 15 (independent15). Written only from
// /work/shared/research/caption-platforms.md (§4 Teams, §8, §9) and the kit/runner API in
// test/captions/independent/. Host items follow the TMS-FIX outline of §4.3 (renderer-wrapper ›
// v2-window-wrapper › v2-virtual-list-content › list inner › 3× fui-Flex › fui-ChatMessageCompact with
// data-tid="author" and data-tid="closed-caption-text"); guest items follow VEXA's
// "virtual-list-content › (div) › author + text" (§4.3). Text is refined in place through the span's
// text node (§4.4), one item per utterance (the same speaker gets consecutive items), oldest items
// removed (retention), the wrapper removed/re-added on a captions toggle (§4.2, §4 plan), and
// `#hangup-button[data-tid=hangup-main-btn]` as the in-call marker (§4.1).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL_V2 = 'https://teams.microsoft.com/v2/';
const URL_CLOUD = 'https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_NzQ1@thread.v2/0';
const photo = (id: string) => `https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:${id}/profilepicturev2?size=HR64x64`;
const FORBIDDEN = ['Leave', 'Live captions', 'Caption settings'];

interface Talk {
  grow: string;
  rewrites?: [string, string][];
  final?: string;
}

async function talk(p: Page, set: (s: string) => void, t: Talk | string, ms: number, want: string): Promise<void> {
  const spec: Talk = typeof t === 'string' ? { grow: t } : t;
  const pending = [...(spec.rewrites ?? [])];
  let cur = '';
  for (const w of spec.grow.split(' ')) {
    cur = cur ? `${cur} ${w}` : w;
    set(cur);
    await p.sleep(ms);
    for (let i = 0; i < pending.length; i++) {
      const [from, to] = pending[i]!;
      if (!cur.includes(from)) continue;
      cur = cur.replace(from, to);
      pending.splice(i--, 1);
      set(cur);
      await p.sleep(ms);
    }
  }
  if (pending.length) throw new Error(`scenario bug: rewrites never applied: ${JSON.stringify(pending)}`);
  if (spec.final !== undefined) {
    cur = spec.final;
    set(cur);
    await p.sleep(ms);
  }
  if (cur !== want) throw new Error(`scenario bug: screen shows "${cur}", expected text is "${want}"`);
}

const CAPTIONS = (items = '') =>
  `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___1h2k3cd"><div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___m1s8x2"><div data-tid="closed-caption-v2-virtual-list-content" class="___pq8rz0">${items}</div></div></div>`;

function teamsBody(captions: string): string {
  return `
<div id="app" class="app-layout">
  <div data-tid="calling-stage" class="calling-stage">
    <div data-tid="video-tile" class="tile"><span class="tile-name">Hannah Cole</span></div>
  </div>
  <div data-tid="captions-slot">${captions}</div>
  <div data-tid="calling-controls" role="toolbar">
    <button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More"></button>
    <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave"><span>Leave</span></button>
  </div>
</div>`;
}

/** Host item (TMS-FIX outline, §4.3). Name and text are single text nodes. */
function hostItemHtml(name: string, src: string, text: string): string {
  return (
    `<div class="fui-Flex ___7mb1q0"><div class="fui-Flex ___c2m9kx"><div class="fui-Flex ___w41ahd">` +
    `<div class="fui-ChatMessageCompact ___1ccp5kb"><div></div>` +
    `<div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">` +
    `<span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="${src}"></span></div></div>` +
    `<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>` +
    `<div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>` +
    `<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>` +
    `<div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${text}</span></div>` +
    `</div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i></div></div></div></div>`
  );
}

/** Guest item (VEXA, §4.3): no items-renderer; assumption: author and text spans are direct children. */
function guestItemHtml(name: string, text: string): string {
  return `<div class="fui-Flex ___g7kq2"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${text}</span></div>`;
}

/** The element new host items are appended to: the list inner fui-Flex (host) or the list content (guest). */
function listOf(p: Page): HTMLElement {
  const content = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  return (content.querySelector(':scope > .fui-Flex.___list') as HTMLElement | null) ?? content;
}

interface Item {
  root: HTMLElement;
  author: Text;
  text: Text;
  img: HTMLImageElement | null;
}

function addItem(p: Page, name: string, src: string | null, retain = Infinity): Item {
  const list = listOf(p);
  const root = el(p.doc, src === null ? guestItemHtml(name, '') : hostItemHtml(name, src, ''));
  const text = p.doc.createTextNode('');
  q(root, '[data-tid="closed-caption-text"]').appendChild(text);
  list.appendChild(root);
  while (list.children.length > retain) list.firstElementChild!.remove();
  return { root, author: q(root, '[data-tid="author"]').firstChild as Text, text, img: root.querySelector('img') };
}

async function say(p: Page, name: string, src: string | null, t: Talk | string, ms: number, want: string, retain = Infinity) {
  const item = addItem(p, name, src, retain);
  await talk(p, (s) => (item.text.data = s), t, ms, want);
  return item;
}

function leave(p: Page) {
  p.doc.body.innerHTML = '<div data-tid="post-call-screen"><h2>Call ended</h2></div>';
}

const HOST_LIST = '<div class="fui-Flex ___list"></div>';

// ---------------------------------------------------------------------------------------------------
// T1: host view; each item grows lower-case, then Teams re-punctuates and re-cases it (§4.4 VEXA
// example), with rewrites that shorten the line ("a one c was seven point two" → "A1C was 7.2",
// "that is" → "that's", "thirty" → "30"). The same speaker produces consecutive items (§4.4).
// loose: Teams itself re-punctuates and re-cases.
const T1 = {
  self: 'Dr. Hannah Cole',
  pt: 'Priya Nair',
  u1: 'Priya, your lab results came back this morning.',
  u2: 'Your A1C was 7.2.',
  u3: "Oh, that's higher than last time.",
  u4: "I've been walking 30 minutes every day, though.",
  u5: "That's great, keep it up. We'll recheck in 3 months.",
};
const teamsHostRefine: Scenario = {
  name: 'teams host: in-place refinement with digits and contractions, one speaker over consecutive items',
  url: URL_V2,
  selfNames: [T1.self],
  body: teamsBody(CAPTIONS(HOST_LIST)),
  loose: true,
  async play(p) {
    const hc = photo('hc-1f2e'), pn = photo('pn-88ab');
    await p.sleep(300);
    await say(p, T1.self, hc, { grow: 'priya your lab results came back this morning', final: T1.u1 }, 110, T1.u1);
    await say(
      p,
      T1.self,
      hc,
      { grow: 'your a one c was seven point two', rewrites: [['a one c was seven point two', 'A1C was 7.2']], final: T1.u2 },
      110,
      T1.u2,
    );
    await p.sleep(400);
    await say(p, T1.pt, pn, { grow: 'oh that is higher than last time', rewrites: [['that is', "that's"]], final: T1.u3 }, 110, T1.u3);
    await say(
      p,
      T1.pt,
      pn,
      { grow: 'i have been walking thirty minutes every day though', rewrites: [['i have been', "I've been"], ['thirty', '30']], final: T1.u4 },
      110,
      T1.u4,
    );
    await p.sleep(400);
    await say(
      p,
      T1.self,
      hc,
      { grow: 'that is great keep it up we will recheck in three months', rewrites: [['we will', "we'll"], ['three months', '3 months']], final: T1.u5 },
      110,
      T1.u5,
    );
  },
  leave,
  expected: [
    { speaker: T1.self, role: 'clinician', text: T1.u1 },
    { speaker: T1.self, role: 'clinician', text: T1.u2 },
    { speaker: T1.pt, role: 'patient', text: T1.u3 },
    { speaker: T1.pt, role: 'patient', text: T1.u4 },
    { speaker: T1.self, role: 'clinician', text: T1.u5 },
  ],
  forbidden: FORBIDDEN,
};

// T2: guest (anonymous) view (§4.3 VEXA); the user starts capture with three items already in the list
// (history at start); the patient's son joins after she has spoken (three-person call); the list keeps
// only the 5 newest items (retention, §4.4). Assumption (research silent): history on screen at start
// belongs to the visit and should be captured; the retention count of 5 is my choice.
const T2 = {
  self: 'Dr. Marcus Webb',
  pt: 'Eleanor Price',
  son: 'James Price',
  h1: "Hi Eleanor, it's Dr. Webb, can you see me?",
  h2: 'Yes, the picture is a bit dark but I can hear you.',
  h3: "That's fine. How is the new inhaler working?",
  u1: 'Better, I only needed it twice this week.',
  u2: 'Mostly at night.',
  u3: "Hi, I'm her son James. She was coughing a lot on Tuesday night.",
  u4: 'Thanks James. Was there any fever with the cough?',
  u5: 'No fever, we checked.',
  u6: 'It was the cold air, I think.',
  u7: "Let's keep the same dose for now.",
};
const teamsGuestHistory: Scenario = {
  name: 'teams guest: history at start, son joins after the patient, oldest items removed',
  url: URL_CLOUD,
  selfNames: [T2.self],
  body: teamsBody(CAPTIONS(guestItemHtml(T2.self, T2.h1) + guestItemHtml(T2.pt, T2.h2) + guestItemHtml(T2.self, T2.h3))),
  productTiming: true,
  async play(p) {
    await p.sleep(900);
    await say(p, T2.pt, null, T2.u1, 220, T2.u1, 5);
    await p.sleep(500);
    await say(p, T2.pt, null, T2.u2, 220, T2.u2, 5);
    await p.sleep(900);
    await say(p, T2.son, null, T2.u3, 200, T2.u3, 5);
    await p.sleep(900);
    await say(p, T2.self, null, T2.u4, 200, T2.u4, 5);
    await p.sleep(800);
    await say(p, T2.son, null, T2.u5, 200, T2.u5, 5);
    await p.sleep(700);
    await say(p, T2.pt, null, T2.u6, 200, T2.u6, 5);
    await p.sleep(800);
    await say(p, T2.self, null, T2.u7, 200, T2.u7, 5);
  },
  leave,
  expected: [
    { speaker: T2.self, role: 'clinician', text: T2.h1 },
    { speaker: T2.pt, role: 'patient', text: T2.h2 },
    { speaker: T2.self, role: 'clinician', text: T2.h3 },
    { speaker: T2.pt, role: 'patient', text: T2.u1 },
    { speaker: T2.pt, role: 'patient', text: T2.u2 },
    { speaker: T2.son, role: 'other', text: T2.u3 },
    { speaker: T2.self, role: 'clinician', text: T2.u4 },
    { speaker: T2.son, role: 'other', text: T2.u5 },
    { speaker: T2.pt, role: 'patient', text: T2.u6 },
    { speaker: T2.self, role: 'clinician', text: T2.u7 },
  ],
  forbidden: FORBIDDEN,
};

// T3: host view; very short turns in rapid alternation with Spanish/English code-switching; the user
// turns captions off and on: `closed-caption-renderer-wrapper` removed entirely, then re-added (§4.2,
// §4 mutation plan "Toggle"). Assumption (research silent): the re-added wrapper starts empty.
const T3 = {
  self: 'Dra. Isabel Moreno',
  pt: 'Luis Fernández',
  u1: '¿Le duele ahora?',
  u2: 'Sí.',
  u3: 'Where exactly?',
  u4: 'Aquí, on the left side.',
  u5: '¿Desde cuándo?',
  u6: 'Since Friday.',
  u7: '¿Tomó algo para el dolor?',
  u8: 'Tylenol, dos pastillas.',
  u9: 'Okay.',
  u10: 'Gracias, doctora.',
};
const teamsToggleRapid: Scenario = {
  name: 'teams host: rapid short code-switched turns, captions toggled off and on (wrapper re-added)',
  url: URL_V2,
  selfNames: [T3.self],
  body: teamsBody(CAPTIONS(HOST_LIST)),
  productTiming: true,
  async play(p) {
    const im = photo('im-41c0'), lf = photo('lf-9d3a');
    const turns: [string, string, string][] = [
      [T3.self, im, T3.u1],
      [T3.pt, lf, T3.u2],
      [T3.self, im, T3.u3],
      [T3.pt, lf, T3.u4],
      [T3.self, im, T3.u5],
      [T3.pt, lf, T3.u6],
    ];
    await p.sleep(400);
    for (const [who, src, text] of turns) {
      await say(p, who, src, text, 160, text);
      await p.sleep(350);
    }
    await p.sleep(1200);
    const slot = q(p.doc, '[data-tid="captions-slot"]');
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
    await p.sleep(1800);
    slot.append(el(p.doc, CAPTIONS(HOST_LIST)));
    await p.sleep(500);
    const after: [string, string, string][] = [
      [T3.self, im, T3.u7],
      [T3.pt, lf, T3.u8],
      [T3.self, im, T3.u9],
      [T3.pt, lf, T3.u10],
    ];
    for (const [who, src, text] of after) {
      await say(p, who, src, text, 160, text);
      await p.sleep(350);
    }
  },
  leave,
  expected: [
    { speaker: T3.self, role: 'clinician', text: T3.u1 },
    { speaker: T3.pt, role: 'patient', text: T3.u2 },
    { speaker: T3.self, role: 'clinician', text: T3.u3 },
    { speaker: T3.pt, role: 'patient', text: T3.u4 },
    { speaker: T3.self, role: 'clinician', text: T3.u5 },
    { speaker: T3.pt, role: 'patient', text: T3.u6 },
    { speaker: T3.self, role: 'clinician', text: T3.u7 },
    { speaker: T3.pt, role: 'patient', text: T3.u8 },
    { speaker: T3.self, role: 'clinician', text: T3.u9 },
    { speaker: T3.pt, role: 'patient', text: T3.u10 },
  ],
  forbidden: FORBIDDEN,
};

// T4: host view; the patient talks ~40 s without a pause, spread over three consecutive items (one item
// per utterance, §4.4). Then the user resizes the caption window: the wrapper's height changes and the
// virtualised list re-renders so that "the first message was replaced by a more recent one" (§4.4, LCS
// #5): the first item elements are rewritten (author, avatar, text) to show the newest items and the
// rest are dropped. Assumption: the re-render keeps the first three elements and shifts content into them.
const T4 = {
  self: 'Dr. Hannah Cole',
  pt: 'George Mills',
  u1: 'George, walk me through what a normal day of eating looks like for you.',
  m1: 'Well, I usually skip breakfast because I am not hungry in the morning, maybe just a coffee with two sugars and a splash of cream on the way to work.',
  m2: 'Then for lunch I grab a sandwich from the deli near the office, usually turkey on white bread with chips and a diet soda, and sometimes a cookie if they have the oatmeal ones.',
  m3: 'Dinner is the big meal, my wife makes pasta or rice with chicken most nights, and I have a big glass of orange juice before bed because it helps me sleep.',
  u5: "That's really helpful, thank you.",
  u6: 'Should I cut out the orange juice completely?',
  u7: "Let's switch it to whole fruit instead.",
};
const teamsResizeMonologue: Scenario = {
  name: 'teams host: 40 s monologue over consecutive items, window resized and items recycled',
  url: URL_V2,
  selfNames: [T4.self],
  body: teamsBody(CAPTIONS(HOST_LIST)),
  async play(p) {
    const hc = photo('hc-1f2e'), gm = photo('gm-70b5');
    await p.sleep(300);
    const items: { name: string; src: string; text: string }[] = [];
    const sayRec = async (name: string, src: string, text: string, ms: number) => {
      await say(p, name, src, text, ms, text);
      items.push({ name, src, text });
    };
    await sayRec(T4.self, hc, T4.u1, 110);
    await p.sleep(500);
    await sayRec(T4.pt, gm, T4.m1, 430);
    await sayRec(T4.pt, gm, T4.m2, 430);
    await sayRec(T4.pt, gm, T4.m3, 430);
    await p.sleep(500);
    await sayRec(T4.self, hc, T4.u5, 110);
    await p.sleep(1200);
    // Resize: wrapper height changes, the list shows the newest 3 items in its first 3 elements.
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').setAttribute('style', 'height: 20%;');
    const roots = Array.from(listOf(p).children) as HTMLElement[];
    const keep = items.slice(-3);
    roots.forEach((root, i) => {
      const it = keep[i];
      if (!it) {
        root.remove();
        return;
      }
      (q(root, '[data-tid="author"]').firstChild as Text).data = it.name;
      q<HTMLImageElement>(root, 'img').src = it.src;
      (q(root, '[data-tid="closed-caption-text"]').firstChild as Text).data = it.text;
    });
    await p.sleep(1000);
    await say(p, T4.pt, gm, T4.u6, 110, T4.u6);
    await p.sleep(500);
    await say(p, T4.self, hc, T4.u7, 110, T4.u7);
  },
  leave,
  expected: [
    { speaker: T4.self, role: 'clinician', text: T4.u1 },
    { speaker: T4.pt, role: 'patient', text: T4.m1 },
    { speaker: T4.pt, role: 'patient', text: T4.m2 },
    { speaker: T4.pt, role: 'patient', text: T4.m3 },
    { speaker: T4.self, role: 'clinician', text: T4.u5 },
    { speaker: T4.pt, role: 'patient', text: T4.u6 },
    { speaker: T4.self, role: 'clinician', text: T4.u7 },
  ],
  forbidden: FORBIDDEN,
};

export const teamsScenarios: Scenario[] = [teamsHostRefine, teamsGuestHistory, teamsToggleRapid, teamsResizeMonologue];
