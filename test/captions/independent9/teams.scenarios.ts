// Independent caption scenarios, round 9: the USER INTERACTING with the Microsoft Teams web call
// page during a call (scrolling the captions pane of a virtualised list, captions toggled off/on,
// the chat pane, caption/spoken-language settings, moving/resizing the caption window, scrolling
// while the live item is still being refined). Written ONLY from
// /work/shared/research/caption-platforms.md and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixtures were read. Research sections are cited per scenario.
//
// Page model used everywhere (§4.1, §4.2, §4.3, §4.4, §4.5):
//  - in-call marker: `#hangup-button` / `button[data-tid=hangup-main-btn | anon-hangup-button]`;
//    leave() removes the call UI.
//  - captions on ⇔ `[data-tid=closed-caption-renderer-wrapper]` (class `.f419p8h`, ~43% of stage)
//    › `[data-tid=closed-caption-v2-window-wrapper]` › `[data-tid=closed-caption-v2-virtual-list-content]`
//    › list inner `div.fui-Flex` › one item per utterance.
//  - host item: 3 × `div.fui-Flex` › `.fui-ChatMessageCompact` (empty stub, avatar with
//    `data-tid=closed-captions-v2-items-renderer`, tabster dummies, body › author
//    `[data-tid=author]` + `div.fui-Flex` › `[data-tid=closed-caption-text]`), per the TMS-FIX outline.
//  - guest item: `(div) › author + text`, no items-renderer (§4.3, VEXA).
//  - text: one text node refined in place (characterData): growth, then re-punctuation (§4.4).
//  - the self (clinician) captions carry the clinician's own display name (§4.5).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 55;

function captionsWrapper(): string {
  return `<div class="f419p8h ___r3tr1z" data-tid="closed-caption-renderer-wrapper" style="height: 43%;">
  <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___1kq7w0h">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___16zla5h">
      <div class="fui-Flex ___1ccp5kb f13qh94s"></div>
    </div>
  </div>
</div>`;
}

interface TeamsPage {
  clinician: string;
  patient: string;
  guest?: boolean;
  captions?: boolean;
}

function teamsBody(o: TeamsPage): string {
  return `
<div id="app" class="fui-FluentProvider fui-FluentProviderr0">
  <div data-tid="calling-screen" class="fui-Flex ___stg1">
    <div data-tid="meeting-stage" class="fui-Flex ___stg2">
      <div data-tid="video-gallery" class="___gal">
        <div data-tid="video-tile" aria-label="${o.patient}, video on"><span class="fui-StyledText">${o.patient}</span></div>
        <div data-tid="video-tile" aria-label="${o.clinician}, video on, muted"><span class="fui-StyledText">${o.clinician}</span></div>
      </div>
      ${o.captions === false ? '' : captionsWrapper()}
    </div>
    <div data-tid="calling-controls" role="toolbar" aria-label="Meeting controls">
      <span data-tid="call-duration">04:12</span>
      <button data-tid="chat-button" aria-label="Chat"><span>Chat</span></button>
      <button data-tid="raise-hand-button" aria-label="Raise"><span>Raise</span></button>
      <button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More"><span>More</span></button>
      <button data-tid="toggle-mute" aria-label="Mute mic"><span>Mic</span></button>
      <button id="hangup-button" data-tid="${o.guest ? 'anon-hangup-button' : 'hangup-main-btn'}" aria-label="Leave"><span>Leave</span></button>
    </div>
  </div>
</div>`;
}

function teamsLeave(p: Page) {
  q(p.doc, '[data-tid="calling-screen"]').remove();
  p.doc.body.appendChild(
    el(p.doc, `<div data-tid="post-call-screen"><h2>You left the meeting</h2><span>How was the call quality?</span><button>Rejoin</button><button>Dismiss</button></div>`),
  );
}

const listInner = (doc: Document) => q(doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');

let hover = 8100;
function hostItem(doc: Document, name: string, text: string): HTMLElement {
  return el(
    doc,
    `<div class="fui-Flex ___1y8hxhk"><div class="fui-Flex ___k3d0f2"><div class="fui-Flex ___p6t9ul">
  <div class="fui-ChatMessageCompact ___1o4y9s2">
    <div></div>
    <div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="lpc-${(hover += 13)}"><span role="presentation" class="fui-Avatar r81b29z"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:${name.length}a/profilepicturev2?size=HR64x64"></span></div></div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>
      <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>
      <div class="fui-Flex ___ts0p"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${text}</span></div>
    </div></div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
  </div>
</div></div></div>`,
  );
}

function guestItem(doc: Document, name: string, text: string): HTMLElement {
  return el(
    doc,
    `<div class="fui-Flex ___g9r1"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${text}</span></div>`,
  );
}

const textNode = (item: Element) => q(item, '[data-tid="closed-caption-text"]').firstChild as Text;
const authorNode = (item: Element) => q(item, '[data-tid="author"]').firstChild as Text;

interface SayOpts {
  step?: number;
  guest?: boolean;
  /** keep at most this many mounted items (virtualised list, §4.4) */
  max?: number;
  /** stop after this many words (the item keeps the partial text) */
  upTo?: number;
}

/** Appends a new item at the tail and refines it in place: growth, then re-punctuation (§4.4). */
async function say(p: Page, name: string, words: string, final?: string, o: SayOpts = {}): Promise<{ item: HTMLElement; node: Text }> {
  const step = o.step ?? STEP;
  const list = listInner(p.doc);
  const first = words.split(' ')[0]!;
  const item = o.guest ? guestItem(p.doc, name, first) : hostItem(p.doc, name, first);
  list.appendChild(item);
  if (o.max !== undefined) while (list.children.length > o.max) list.firstElementChild!.remove();
  const node = textNode(item);
  await p.sleep(step);
  if (o.upTo !== undefined) await grow(p, node, words.split(' ').slice(0, o.upTo).join(' '), undefined, step, 1);
  else await grow(p, node, words, final, step, 1);
  return { item, node };
}

function scroll(p: Page, up: boolean) {
  const w = q(p.doc, '[data-tid="closed-caption-v2-window-wrapper"]');
  w.dispatchEvent(new p.win.Event('wheel', { bubbles: true }));
  w.dispatchEvent(new p.win.Event('scroll'));
  w.setAttribute('data-scrolled-up', String(up)); // stand-in for scrollTop, which jsdom does not lay out
}

/** The duration a line takes to say when its item is NOT mounted (virtualised away). */
const speakTime = (words: string, step = STEP) => words.split(' ').length * step + step;

const COMMON_FORBIDDEN = ['You left the meeting', 'How was the call quality', '04:12', 'Mute mic'];

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T1 — §4.3 (virtual-list-content; host item), §4.4 ("Virtualised list, limited retention": the DOM
// keeps only some entries; oldest unmounted), §8.8 (virtualised lists), §4.5 (own display name).
// The user scrolls the captions pane up to re-read: the virtual list re-mounts two OLD items at
// the top (fresh elements, same final text) and unmounts the tail. The patient keeps talking while
// the user is scrolled up, so that item is not mounted at all; scrolling back down re-mounts the
// tail with the already-finished item.
const t1 = {
  c: 'Priya Natarajan',
  p: 'Marcus Bell',
  lines: [
    ['c', 'hi marcus thanks for joining how has your breathing been this month', 'Hi Marcus, thanks for joining. How has your breathing been this month?'],
    ['p', 'better overall I only used the rescue inhaler twice last week', 'Better overall. I only used the rescue inhaler twice last week.'],
    ['c', 'good any night time coughing or waking up short of breath', 'Good. Any night time coughing or waking up short of breath?'],
    ['p', "maybe once after I was around my friend's cat", "Maybe once, after I was around my friend's cat."],
    ['c', 'okay cat dander could definitely be a trigger for you', 'Okay, cat dander could definitely be a trigger for you.'],
    ['p', 'I figured can I take an allergy pill before I visit her', 'I figured. Can I take an allergy pill before I visit her?'],
    ['c', 'yes a daily antihistamine is fine which one did you use before', 'Yes, a daily antihistamine is fine. Which one did you use before?'],
    ['p', 'cetirizine I think it did not make me sleepy', 'Cetirizine, I think. It did not make me sleepy.'],
    ['c', 'great take it an hour before you go and keep the rescue inhaler with you', 'Great, take it an hour before you go and keep the rescue inhaler with you.'],
    ['p', 'will do thanks doctor', 'Will do. Thanks, doctor.'],
  ] as const,
};
const teamsScrollUpRemount: Scenario = {
  name: 'teams: user scrolls the caption list up, old items re-mounted, tail deferred',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t1.c, 'Dr. Priya Natarajan'],
  body: teamsBody({ clinician: t1.c, patient: t1.p }),
  loose: true,
  forbidden: COMMON_FORBIDDEN,
  async play(p) {
    const who = (k: string) => (k === 'c' ? t1.c : t1.p);
    const L = t1.lines;
    const list = listInner(p.doc);
    const W = 5; // items mounted when at the bottom
    for (let i = 0; i < 7; i++) {
      await say(p, who(L[i]![0]), L[i]![1], L[i]![2], { max: W });
      await p.sleep(i % 2 ? 450 : 380);
    }
    // DOM now holds items 3..7. User scrolls up by two: items 1,2 re-mounted, 6,7 unmounted.
    scroll(p, true);
    list.lastElementChild!.remove();
    list.lastElementChild!.remove();
    list.insertBefore(hostItem(p.doc, who(L[1]![0]), L[1]![2]), list.firstChild);
    list.insertBefore(hostItem(p.doc, who(L[0]![0]), L[0]![2]), list.firstChild);
    await p.sleep(300);
    // patient answers while the user is still scrolled up: not mounted
    await p.sleep(speakTime(L[7]![1], 65));
    await p.sleep(400);
    // user scrolls back down: items 1..3 unmounted, items 6,7,8 mounted with their final text
    scroll(p, false);
    for (let k = 0; k < 3; k++) list.firstElementChild!.remove();
    for (const i of [5, 6, 7]) list.appendChild(hostItem(p.doc, who(L[i]![0]), L[i]![2]));
    await p.sleep(400);
    await say(p, who(L[8]![0]), L[8]![1], L[8]![2], { max: W });
    await p.sleep(450);
    await say(p, who(L[9]![0]), L[9]![1], L[9]![2], { max: W });
  },
  leave: teamsLeave,
  expected: t1.lines.map(([k, , f]) => ({ speaker: k === 'c' ? t1.c : t1.p, role: k === 'c' ? 'clinician' : 'patient', text: f })),
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T2 — §4.4 (virtualised list; LCS #5: after the user moved/resized the pane "the first message was
// replaced by a more recent one" = element reuse), §8.8 ("Virtualised lists (Teams, Zoom panel)
// recycle elements ... detect a wholesale text replacement"), §4.3, §4.5.
// The user scrolls up and back down; the list RECYCLES item elements: the same element is moved
// and its author and text nodes are rewritten (characterData) with another utterance's content.
const t2 = {
  c: 'Samuel Okafor',
  p: 'Hannah Whitfield',
  lines: [
    ['p', 'hi doctor sorry my camera is a bit slow today', 'Hi doctor, sorry, my camera is a bit slow today.'],
    ['c', 'no problem hannah how many migraines did you have since our last visit', 'No problem, Hannah. How many migraines did you have since our last visit?'],
    ['p', 'about four and two of them lasted the whole day', 'About four, and two of them lasted the whole day.'],
    ['c', 'did the sumatriptan help when you took it early', 'Did the sumatriptan help when you took it early?'],
    ['p', 'it helped the first time but the second time I threw up', 'It helped the first time, but the second time I threw up.'],
    ['c', 'okay nausea is common we could try the nasal spray version instead', 'Okay, nausea is common. We could try the nasal spray version instead.'],
    ['p', 'the spray sounds better is it covered by my insurance', 'The spray sounds better. Is it covered by my insurance?'],
    ['c', 'most plans cover it I will send it to your pharmacy today', 'Most plans cover it. I will send it to your pharmacy today.'],
    ['p', 'thank you that helps a lot', 'Thank you, that helps a lot.'],
  ] as const,
};
function recycle(item: HTMLElement, name: string, text: string) {
  authorNode(item).data = name;
  textNode(item).data = text;
  q(item, '[data-tid="closed-captions-v2-items-renderer"]').setAttribute('data-lpc-hover-target-id', `lpc-${(hover += 13)}`);
}
const teamsScrollRecycle: Scenario = {
  name: 'teams: user scrolls up and down, virtual list recycles item elements',
  url: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  selfNames: [t2.c, 'Dr. Samuel Okafor'],
  body: teamsBody({ clinician: t2.c, patient: t2.p }),
  loose: true,
  forbidden: COMMON_FORBIDDEN,
  async play(p) {
    const who = (k: string) => (k === 'c' ? t2.c : t2.p);
    const L = t2.lines;
    const list = listInner(p.doc);
    const W = 4;
    const els: HTMLElement[] = [];
    for (let i = 0; i < 6; i++) {
      els[i] = (await say(p, who(L[i]![0]), L[i]![1], L[i]![2], { max: W })).item;
      await p.sleep(i % 2 ? 420 : 380);
    }
    // mounted: e3 e4 e5 e6 (items 3..6). Scroll up by two: e6 → item 1, e5 → item 2, moved to the top.
    scroll(p, true);
    const [e3, e4, e5, e6] = [els[2]!, els[3]!, els[4]!, els[5]!];
    list.insertBefore(e6, list.firstChild);
    recycle(e6, who(L[0]![0]), L[0]![2]);
    e6.after(e5);
    recycle(e5, who(L[1]![0]), L[1]![2]);
    await p.sleep(300);
    // patient speaks item 7 while the user is scrolled up (tail not mounted)
    await p.sleep(speakTime(L[6]![1], 65));
    await p.sleep(350);
    // scroll back down: window items 4..7 → e6 → item 5, e5 → item 6, e3 → item 7, moved to the end
    scroll(p, false);
    list.appendChild(e6);
    recycle(e6, who(L[4]![0]), L[4]![2]);
    list.appendChild(e5);
    recycle(e5, who(L[5]![0]), L[5]![2]);
    list.appendChild(e3);
    recycle(e3, who(L[6]![0]), L[6]![2]);
    void e4;
    await p.sleep(400);
    await say(p, who(L[7]![0]), L[7]![1], L[7]![2], { max: W });
    await p.sleep(450);
    await say(p, who(L[8]![0]), L[8]![1], L[8]![2], { max: W });
  },
  leave: teamsLeave,
  expected: t2.lines.map(([k, , f]) => ({ speaker: k === 'c' ? t2.c : t2.p, role: k === 'c' ? 'clinician' : 'patient', text: f })),
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T3 — §4.2 (host path More → Language and speech → "Show live captions" menuitemcheckbox;
// Alt+Shift+C; captions on ⇔ `closed-caption-renderer-wrapper` present), §4.4 plan ("Toggle: remove
// `closed-caption-renderer-wrapper` entirely, then re-add it"), §9 (a NEW root each time).
// The user turns captions off through the menu, back on with the shortcut, off again with the
// shortcut while the clinician is mid-sentence, and on again through the menu.
const t3 = {
  c: 'Elena Sokolova',
  p: 'Kevin Park',
  c1: ["hi kevin I'm doctor sokolova how can I help you today", "Hi Kevin, I'm Doctor Sokolova. How can I help you today?"],
  p1: ['my lower back has been hurting for about a week since I moved some furniture', 'My lower back has been hurting for about a week since I moved some furniture.'],
  p2: ['it gets worse when I sit for a long time at work', 'It gets worse when I sit for a long time at work.'],
  c2: ['any numbness or tingling going down your legs', 'Any numbness or tingling going down your legs?'],
  p3: ['no just a dull ache on the right side', 'No, just a dull ache on the right side.'],
  c3partial: 'okay that sounds muscular I would start with',
  c4: ['and use heat for twenty minutes a few times a day', 'And use heat for twenty minutes a few times a day.'],
  p4: ['got it thank you doctor', 'Got it. Thank you, doctor.'],
} as const;
async function t3Menu(p: Page): Promise<void> {
  q(p.doc, '#callingButtons-showMoreBtn').click();
  const menu = el(
    p.doc,
    `<div class="fui-MenuPopover" role="menu" data-tid="more-options-menu"><div role="menuitem" id="LanguageSpeechMenuControl-id" aria-haspopup="menu"><span>Language and speech</span></div><div role="menuitem"><span>Meeting info</span></div><div role="menuitem"><span>Settings</span></div></div>`,
  );
  p.doc.body.appendChild(menu);
  await p.sleep(250);
  const sub = el(
    p.doc,
    `<div class="fui-MenuPopover" role="menu"><div role="menuitemcheckbox" id="closed-captions-button" aria-checked="${p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]') ? 'true' : 'false'}"><span>Show live captions</span></div><div role="menuitem"><span>Language settings</span></div></div>`,
  );
  p.doc.body.appendChild(sub);
  await p.sleep(250);
  q(sub, '#closed-captions-button').click();
  sub.remove();
  menu.remove();
}
function t3Off(p: Page) {
  q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
}
function t3On(p: Page) {
  q(p.doc, '[data-tid="meeting-stage"]').appendChild(el(p.doc, captionsWrapper()));
}
function shortcut(p: Page) {
  p.doc.body.dispatchEvent(new p.win.KeyboardEvent('keydown', { key: 'C', code: 'KeyC', altKey: true, shiftKey: true, bubbles: true }));
}
const teamsCaptionsToggle: Scenario = {
  name: 'teams: captions off/on via menu and Alt+Shift+C, second off mid-sentence',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: [t3.c, 'Dr. Elena Sokolova'],
  body: teamsBody({ clinician: t3.c, patient: t3.p }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'Show live captions', 'Language and speech', 'Meeting info', 'Language settings'],
  async play(p) {
    await say(p, t3.c, t3.c1[0], t3.c1[1]);
    await p.sleep(450);
    await say(p, t3.p, t3.p1[0], t3.p1[1], { step: 65 });
    await p.sleep(200);
    await t3Menu(p);
    t3Off(p);
    await p.sleep(1500); // uncaptioned talk
    shortcut(p);
    t3On(p);
    await p.sleep(300);
    await say(p, t3.p, t3.p2[0], t3.p2[1]);
    await p.sleep(450);
    await say(p, t3.c, t3.c2[0], t3.c2[1]);
    await p.sleep(450);
    await say(p, t3.p, t3.p3[0], t3.p3[1]);
    await p.sleep(400);
    await say(p, t3.c, t3.c3partial, undefined);
    shortcut(p);
    t3Off(p);
    await p.sleep(1200); // "ibuprofen and gentle stretching" said while off
    await t3Menu(p);
    t3On(p);
    await p.sleep(250);
    await say(p, t3.c, t3.c4[0], t3.c4[1]);
    await p.sleep(450);
    await say(p, t3.p, t3.p4[0], t3.p4[1]);
  },
  leave: teamsLeave,
  expected: [
    { speaker: t3.c, role: 'clinician', text: t3.c1[1] },
    { speaker: t3.p, role: 'patient', text: t3.p1[1] },
    { speaker: t3.p, role: 'patient', text: t3.p2[1] },
    { speaker: t3.c, role: 'clinician', text: t3.c2[1] },
    { speaker: t3.p, role: 'patient', text: t3.p3[1] },
    { speaker: t3.c, role: 'clinician', text: t3.c3partial },
    { speaker: t3.c, role: 'clinician', text: t3.c4[1] },
    { speaker: t3.p, role: 'patient', text: t3.p4[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T4 — §4.3 (the caption items are Fluent `fui-ChatMessageCompact`; only the data-tid atoms mark
// captions), §4.2 (`.f419p8h` sizing), §4.4, §4.5. The user opens the meeting chat pane (Fluent
// chat messages that look like caption items, but without the caption data-tids), the stage and
// the caption wrapper are resized, messages arrive while someone is speaking, the clinician types
// and sends a reply, then closes the pane.
const t4 = {
  c: 'Priya Natarajan',
  p: 'Grace Mensah',
  c1: ['hi grace congratulations again on the baby how are you feeling', 'Hi Grace, congratulations again on the baby. How are you feeling?'],
  p1: ['tired but okay I put my blood pressure readings in the chat', 'Tired but okay. I put my blood pressure readings in the chat.'],
  c2: ['thanks I see them those are a bit higher than I would like', 'Thanks, I see them. Those are a bit higher than I would like.'],
  p2: ['should I be worried I have had a mild headache since yesterday', 'Should I be worried? I have had a mild headache since yesterday.'],
  c3: ['with a headache and those numbers I want you to be seen today in the obstetric triage unit', 'With a headache and those numbers, I want you to be seen today in the obstetric triage unit.'],
  p3: ['okay my husband can drive me there now', 'Okay, my husband can drive me there now.'],
  c4: ['good I will call ahead so they expect you', 'Good, I will call ahead so they expect you.'],
} as const;
function chatMessage(doc: Document, author: string | null, time: string, text: string): HTMLElement {
  return el(
    doc,
    `<div class="fui-ChatMessage ___cm1" data-tid="chat-pane-message" role="group">
      ${author ? `<div class="fui-ChatMessage__avatar"><span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:gm/profilepicturev2"></span></div>` : ''}
      <div class="fui-ChatMessage__body">
        ${author ? `<span class="fui-ChatMessage__author"><span class="fui-StyledText">${author}</span></span>` : ''}
        <span class="fui-ChatMessage__timestamp"><time>${time}</time></span>
        <div class="fui-Flex" dir="auto" data-tid="chat-pane-message-content"><p>${text}</p></div>
      </div>
    </div>`,
  );
}
const teamsChatPane: Scenario = {
  name: 'teams: user opens chat pane, messages arrive, clinician replies, pane closed',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t4.c, 'Dr. Priya Natarajan'],
  body: teamsBody({ clinician: t4.c, patient: t4.p }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, '142/91', 'my ankles are puffy', 'Checking your labs now', 'Type a message', 'Meeting chat'],
  async play(p) {
    const wrapper = q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]');
    const stage = q(p.doc, '[data-tid="meeting-stage"]');
    await say(p, t4.c, t4.c1[0], t4.c1[1]);
    await p.sleep(450);
    await say(p, t4.p, t4.p1[0], t4.p1[1]);
    await p.sleep(250);
    // user opens the chat pane
    q(p.doc, '[data-tid="chat-button"]').click();
    const pane = el(
      p.doc,
      `<div data-tid="chat-pane" role="complementary" aria-label="Meeting chat" class="fui-Flex ___cp">
        <h2 class="fui-StyledText">Meeting chat</h2>
        <div data-tid="chat-pane-list" role="list"></div>
        <div data-tid="ckeditor-replyConversation" contenteditable="true" role="textbox" aria-label="Type a message" data-placeholder="Type a message"></div>
        <button data-tid="newMessageCommands-send" aria-label="Send">Send</button>
      </div>`,
    );
    q(p.doc, '[data-tid="calling-screen"]').appendChild(pane);
    const chat = q(pane, '[data-tid="chat-pane-list"]');
    chat.appendChild(chatMessage(p.doc, t4.p, '10:14 AM', 'Readings: 142/91 this morning, 138/88 last night'));
    stage.setAttribute('style', 'width: calc(100% - 360px);');
    wrapper.setAttribute('style', 'height: 43%; width: calc(100% - 360px);');
    await p.sleep(250);
    await say(p, t4.c, t4.c2[0], t4.c2[1]);
    await p.sleep(400);
    // a chat message arrives while the patient is speaking
    const p2 = await say(p, t4.p, t4.p2[0], undefined, { upTo: 5 });
    chat.appendChild(chatMessage(p.doc, t4.p, '10:16 AM', 'also my ankles are puffy'));
    await grow(p, p2.node, t4.p2[0], t4.p2[1], STEP, 5);
    await p.sleep(300);
    // the clinician types and sends a reply
    const box = q(pane, '[data-tid="ckeditor-replyConversation"]');
    for (const part of ['Chec', 'Checking your', 'Checking your labs now']) {
      box.textContent = part;
      box.dispatchEvent(new p.win.Event('input', { bubbles: true }));
      await p.sleep(110);
    }
    q(pane, '[data-tid="newMessageCommands-send"]').click();
    box.textContent = '';
    chat.appendChild(chatMessage(p.doc, null, '10:16 AM', 'Checking your labs now'));
    await p.sleep(200);
    await say(p, t4.c, t4.c3[0], t4.c3[1]);
    await p.sleep(450);
    await say(p, t4.p, t4.p3[0], t4.p3[1]);
    await p.sleep(250);
    // user closes the chat pane
    pane.remove();
    stage.removeAttribute('style');
    wrapper.setAttribute('style', 'height: 43%;');
    await p.sleep(250);
    await say(p, t4.c, t4.c4[0], t4.c4[1]);
  },
  leave: teamsLeave,
  expected: [
    { speaker: t4.c, role: 'clinician', text: t4.c1[1] },
    { speaker: t4.p, role: 'patient', text: t4.p1[1] },
    { speaker: t4.c, role: 'clinician', text: t4.c2[1] },
    { speaker: t4.p, role: 'patient', text: t4.p2[1] },
    { speaker: t4.c, role: 'clinician', text: t4.c3[1] },
    { speaker: t4.p, role: 'patient', text: t4.p3[1] },
    { speaker: t4.c, role: 'clinician', text: t4.c4[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T5 — §4.2 ("Spoken language is set under Caption settings → spoken language. If it is wrong, the
// captions are garbage", LCS #8; More → Language and speech), §4.4, §4.5 (dir="auto" spans), §4.3.
// The patient answers in Spanish while the spoken language is English (garbage captions, kept as
// shown); the clinician opens the caption settings and switches the spoken language to Spanish;
// the list is NOT rebuilt (undocumented), later items are Spanish.
const t5 = {
  c: 'Rafael Ortiz',
  p: 'Carmen Díaz',
  c1: ["good afternoon carmen I'm doctor ortiz can you hear me well", "Good afternoon, Carmen. I'm Doctor Ortiz. Can you hear me well?"],
  p1: ['see low ego bean doctor', 'See low ego bean, doctor.'],
  c2: ['no problem let me change the spoken language to spanish', 'No problem, let me change the spoken language to Spanish.'],
  c3: ['listo carmen me puede decir qué síntomas tiene', 'Listo, Carmen. ¿Me puede decir qué síntomas tiene?'],
  p2: ['tengo dolor de garganta y fiebre desde el sábado', 'Tengo dolor de garganta y fiebre desde el sábado.'],
  c4: ['ha medido la temperatura en casa', '¿Ha medido la temperatura en casa?'],
  p3: ['sí anoche tenía treinta y ocho y medio', 'Sí, anoche tenía treinta y ocho y medio.'],
  c5: ['bien voy a pedir una prueba rápida de estreptococo', 'Bien, voy a pedir una prueba rápida de estreptococo.'],
} as const;
const teamsSpokenLanguage: Scenario = {
  name: 'teams: clinician changes the spoken language to Spanish in caption settings',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t5.c, 'Dr. Rafael Ortiz'],
  body: teamsBody({ clinician: t5.c, patient: t5.p }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'Caption settings', 'Meeting spoken language', 'English (United States)', 'Spanish (Mexico)', 'Language and speech'],
  async play(p) {
    await say(p, t5.c, t5.c1[0], t5.c1[1]);
    await p.sleep(450);
    await say(p, t5.p, t5.p1[0], t5.p1[1], { step: 80 });
    await p.sleep(450);
    await say(p, t5.c, t5.c2[0], t5.c2[1]);
    await p.sleep(200);
    q(p.doc, '#callingButtons-showMoreBtn').click();
    const menu = el(
      p.doc,
      `<div class="fui-MenuPopover" role="menu"><div role="menuitem" id="LanguageSpeechMenuControl-id" aria-haspopup="menu"><span>Language and speech</span></div></div>`,
    );
    p.doc.body.appendChild(menu);
    await p.sleep(200);
    menu.appendChild(el(p.doc, `<div role="menuitem" data-tid="caption-settings"><span>Caption settings</span></div>`));
    await p.sleep(200);
    menu.remove();
    const dlg = el(
      p.doc,
      `<div role="dialog" aria-modal="true" aria-label="Caption settings" class="fui-DialogSurface">
        <h2 class="fui-DialogTitle">Caption settings</h2>
        <label class="fui-Label">Meeting spoken language</label>
        <button role="combobox" aria-expanded="true" class="fui-Dropdown__button">English (United States)</button>
        <div role="listbox"><div role="option" aria-selected="true">English (United States)</div><div role="option">Spanish (Mexico)</div><div role="option">Spanish (Spain)</div></div>
        <button class="fui-Button">Cancel</button><button class="fui-Button" data-tid="caption-settings-update">Update</button>
      </div>`,
    );
    p.doc.body.appendChild(dlg);
    await p.sleep(500);
    q(dlg, '[role="combobox"]').textContent = 'Spanish (Mexico)';
    await p.sleep(200);
    q(dlg, '[data-tid="caption-settings-update"]').click();
    dlg.remove();
    await p.sleep(400);
    await say(p, t5.c, t5.c3[0], t5.c3[1]);
    await p.sleep(450);
    await say(p, t5.p, t5.p2[0], t5.p2[1], { step: 65 });
    await p.sleep(400);
    await say(p, t5.c, t5.c4[0], t5.c4[1]);
    await p.sleep(400);
    await say(p, t5.p, t5.p3[0], t5.p3[1], { step: 65 });
    await p.sleep(400);
    await say(p, t5.c, t5.c5[0], t5.c5[1]);
  },
  leave: teamsLeave,
  expected: [
    { speaker: t5.c, role: 'clinician', text: t5.c1[1] },
    { speaker: t5.p, role: 'patient', text: t5.p1[1] },
    { speaker: t5.c, role: 'clinician', text: t5.c2[1] },
    { speaker: t5.c, role: 'clinician', text: t5.c3[1] },
    { speaker: t5.p, role: 'patient', text: t5.p2[1] },
    { speaker: t5.c, role: 'clinician', text: t5.c4[1] },
    { speaker: t5.p, role: 'patient', text: t5.p3[1] },
    { speaker: t5.c, role: 'clinician', text: t5.c5[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T6 — §4.4 (LCS #5: after the user resized or moved the caption window the list misbehaved,
// element reuse/keying; limited retention), §4.2 (`.f419p8h` height), §8.5 (re-attach when nodes
// are re-mounted), §8.8. While the clinician is mid-utterance, the user drags the caption window
// smaller: the list content is re-rendered from scratch (new elements, fewer items, the live item
// re-created with its current partial text) and the live item keeps growing in its NEW text node.
// Later the user moves the window (style only).
const t6 = {
  c: 'Samuel Okafor',
  p: 'Linda Brooks',
  c1: ['hi linda how have you been doing on the atorvastatin', 'Hi Linda, how have you been doing on the atorvastatin?'],
  p1: ['pretty well but my thighs have been achy for a couple of weeks', 'Pretty well, but my thighs have been achy for a couple of weeks.'],
  c2: ['is it both legs and is it worse after exercise', 'Is it both legs, and is it worse after exercise?'],
  p2: ['both legs and it is not really related to exercise it is just there', 'Both legs, and it is not really related to exercise. It is just there.'],
  c3: ['okay muscle aches can happen with statins so I want to check a blood test called CK', 'Okay. Muscle aches can happen with statins, so I want to check a blood test called CK.'],
  p3: ['do I need to stop the medicine until then', 'Do I need to stop the medicine until then?'],
  c4: ['yes pause it for two weeks and we will see if the aches go away', 'Yes, pause it for two weeks and we will see if the aches go away.'],
  p4: ['all right thank you', 'All right, thank you.'],
} as const;
const teamsResizeRemount: Scenario = {
  name: 'teams: user resizes the caption window mid-utterance, list re-rendered',
  url: 'https://teams.cloud.microsoft/',
  selfNames: [t6.c, 'Dr. Samuel Okafor'],
  body: teamsBody({ clinician: t6.c, patient: t6.p }),
  loose: true,
  forbidden: COMMON_FORBIDDEN,
  async play(p) {
    await say(p, t6.c, t6.c1[0], t6.c1[1]);
    await p.sleep(450);
    await say(p, t6.p, t6.p1[0], t6.p1[1]);
    await p.sleep(400);
    await say(p, t6.c, t6.c2[0], t6.c2[1]);
    await p.sleep(450);
    await say(p, t6.p, t6.p2[0], t6.p2[1]);
    await p.sleep(400);
    const live = await say(p, t6.c, t6.c3[0], undefined, { upTo: 9 });
    // user drags the caption window's edge: wrapper resized, list content re-rendered
    const wrapper = q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]');
    wrapper.setAttribute('style', 'height: 24%;');
    const vlc = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
    const old = listInner(p.doc);
    const fresh = el(p.doc, `<div class="fui-Flex ___1ccp5kb f13qh94s"></div>`);
    fresh.appendChild(hostItem(p.doc, t6.c, t6.c2[1]));
    fresh.appendChild(hostItem(p.doc, t6.p, t6.p2[1]));
    const liveNew = hostItem(p.doc, t6.c, live.node.data);
    fresh.appendChild(liveNew);
    old.remove();
    vlc.appendChild(fresh);
    await p.sleep(STEP);
    await grow(p, textNode(liveNew), t6.c3[0], t6.c3[1], STEP, 9);
    await p.sleep(450);
    await say(p, t6.p, t6.p3[0], t6.p3[1], { max: 3 });
    await p.sleep(300);
    // user moves the window (style only)
    wrapper.setAttribute('style', 'height: 24%; transform: translate(-120px, -40px);');
    await p.sleep(200);
    await say(p, t6.c, t6.c4[0], t6.c4[1], { max: 3 });
    await p.sleep(450);
    await say(p, t6.p, t6.p4[0], t6.p4[1], { max: 3 });
  },
  leave: teamsLeave,
  expected: [
    { speaker: t6.c, role: 'clinician', text: t6.c1[1] },
    { speaker: t6.p, role: 'patient', text: t6.p1[1] },
    { speaker: t6.c, role: 'clinician', text: t6.c2[1] },
    { speaker: t6.p, role: 'patient', text: t6.p2[1] },
    { speaker: t6.c, role: 'clinician', text: t6.c3[1] },
    { speaker: t6.p, role: 'patient', text: t6.p3[1] },
    { speaker: t6.c, role: 'clinician', text: t6.c4[1] },
    { speaker: t6.p, role: 'patient', text: t6.p4[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// T7 — §4.1 (teams.live.com light meetings; `anon-hangup-button`), §4.3 (GUEST DOM: virtual-list
// › (div) › author + text, no items-renderer), §4.4 (in-place refinement: growth then
// re-punctuation; partials revised until the next item appears), §4.5. The clinician joined as a
// guest. The user scrolls the pane up and back down while the last item is still a partial; the
// LIVE item is revised (a word and punctuation) after the user scrolled; in the second case the
// same item keeps growing after the scroll before being re-punctuated.
const t7 = {
  c: 'Dr. Aisha Rahman',
  p: 'Peter Novak',
  c1: ['hi peter how is the ankle doing this week', 'Hi Peter, how is the ankle doing this week?'],
  p1grow: 'better but it is still swollen when I walk more than a few blogs',
  p1final: 'Better, but it is still swollen when I walk more than a few blocks.',
  c2: ['are you still wearing the brace during the day', 'Are you still wearing the brace during the day?'],
  p2: ['mostly yes I take it off at night and when I shower', 'Mostly, yes. I take it off at night and when I shower.'],
  c3: ['that is fine keep elevating it and start the ankle circles we talked about', 'That is fine. Keep elevating it and start the ankle circles we talked about.'],
  p3: ['sounds good see you in two weeks', 'Sounds good. See you in two weeks.'],
} as const;
const teamsGuestReviseAfterScroll: Scenario = {
  name: 'teams (guest): live item revised after the user scrolled up and back',
  url: 'https://teams.live.com/light-meetings/launch?p=Kz9qWm3ZtY7',
  selfNames: [t7.c, 'Aisha Rahman'],
  body: teamsBody({ clinician: t7.c, patient: t7.p, guest: true }),
  loose: true,
  forbidden: COMMON_FORBIDDEN,
  async play(p) {
    const g = { guest: true };
    await say(p, t7.c, t7.c1[0], t7.c1[1], g);
    await p.sleep(450);
    const p1 = await say(p, t7.p, t7.p1grow, undefined, g);
    await p.sleep(200);
    scroll(p, true);
    await p.sleep(500);
    scroll(p, false);
    await p.sleep(300);
    p1.node.data = t7.p1final; // revised after the scroll
    await p.sleep(500);
    await say(p, t7.c, t7.c2[0], t7.c2[1], g);
    await p.sleep(400);
    const p2 = await say(p, t7.p, t7.p2[0], undefined, { ...g, upTo: 4 });
    scroll(p, true);
    await p.sleep(350);
    scroll(p, false);
    await grow(p, p2.node, t7.p2[0], t7.p2[1], STEP, 4);
    await p.sleep(450);
    await say(p, t7.c, t7.c3[0], t7.c3[1], g);
    await p.sleep(450);
    await say(p, t7.p, t7.p3[0], t7.p3[1], g);
  },
  leave: teamsLeave,
  expected: [
    { speaker: t7.c, role: 'clinician', text: t7.c1[1] },
    { speaker: t7.p, role: 'patient', text: t7.p1final },
    { speaker: t7.c, role: 'clinician', text: t7.c2[1] },
    { speaker: t7.p, role: 'patient', text: t7.p2[1] },
    { speaker: t7.c, role: 'clinician', text: t7.c3[1] },
    { speaker: t7.p, role: 'patient', text: t7.p3[1] },
  ],
};

export const teamsScenarios: Scenario[] = [
  teamsScrollUpRemount,
  teamsScrollRecycle,
  teamsCaptionsToggle,
  teamsChatPane,
  teamsSpokenLanguage,
  teamsResizeRemount,
  teamsGuestReviseAfterScroll,
];
