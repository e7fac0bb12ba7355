// Blind caption scenarios for the Microsoft Teams web client (new Teams / v2). Written only from
// /work/shared/research/caption-platforms.md (§1, §4, §8, §9), the "Live captions" paragraph of the
// codebook, and the independent kit/runner. No product code, fixtures or other scenario files were read.
//
// Page model used throughout (doc §4.1–§4.5):
// - in call: a hang-up control (`#hangup-button` / `button[data-tid=hangup-…]`, or
//   `button[data-tid=anon-hangup-button]` for anonymous guests); before joining, `#prejoin-join-button`.
// - captions on: `[data-tid=closed-caption-renderer-wrapper]` › `[data-tid=closed-caption-v2-window-wrapper]`
//   › `[data-tid=closed-caption-v2-virtual-list-content]` › list › one `.fui-ChatMessageCompact` item per
//   utterance with `[data-tid=author]` and `[data-tid=closed-caption-text]` (host); the anonymous-guest
//   view has no items-renderer: `virtual-list-content` › `div` › author + text.
// - text: one text node, refined in place (word growth, then re-casing and re-punctuation).
// - the list is virtualised: old items are dropped and item elements are reused for new utterances.
// - self captions carry the local user's display name (not "You").
// - leaving: Teams unmounts the whole call screen (toolbar with hang-up and captions) and shows a
//   post-call screen.
import { el, grow, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// DOM builders

interface Who {
  name: string;
  /** live-persona-card id on the avatar hover target (per person, not per caption). */
  lpc: string;
  /** Initials avatar instead of a photo. */
  initials?: string;
}

interface Line {
  row: HTMLElement;
  span: HTMLElement;
  text: Text;
}

/** A turn as spoken: the partial words Teams shows while growing, then its final re-punctuated form. */
interface Say {
  who: Who;
  partial: string;
  final: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function avatarHtml(w: Who): string {
  return w.initials
    ? `<span role="presentation" class="fui-Avatar ___1h9a7ep f1euv43f"><span class="fui-Avatar__initials ___tn7xsk f1wnk6ou" aria-hidden="true">${esc(w.initials)}</span></span>`
    : `<span role="presentation" class="fui-Avatar ___1h9a7ep f1euv43f"><img class="fui-Avatar__image ___17h0pbv" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/amer-02/beta/users/${encodeURIComponent(w.lpc)}/profilepicturev2?size=HR64x64"></span>`;
}

/** Host view item (doc §4.3 outline): 3 row wrappers › ChatMessageCompact › avatar + body(author, text). */
function hostRowHtml(w: Who, text: string): string {
  return `<div class="fui-Flex ___m1x4l0 f1vx9l62 f22iagw7" role="listitem">
  <div class="fui-Flex ___1kq6b0k f22iagw7"><div class="fui-Flex ___ezkufm f1869bpl">
    <div class="fui-ChatMessageCompact ___1qk7cbn fqerorx f1vx9l62">
      <div></div>
      <div class="fui-ChatMessageCompact__avatar ___1wy4d1n">
        <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="${esc(w.lpc)}">${avatarHtml(w)}</div>
      </div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      <div class="fui-ChatMessageCompact__body ___1ccp5kb f13qh94s" tabindex="0" data-is-focusable="false">
        <div>
          <div><span class="fui-ChatMessageCompact__author ___9xo1o9"><span dir="auto" data-tid="author" class="fui-StyledText ___1m2kh4f">${esc(w.name)}</span></span></div>
          <div class="fui-Flex ___1gm9x3c"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___n5b5ty">${esc(text)}</span></div>
        </div>
      </div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    </div>
  </div></div>
</div>`;
}

/** Anonymous-guest view item (doc §4.3, VEXA): no items-renderer, just a div with author + text. */
function guestRowHtml(w: Who, text: string): string {
  return `<div class="fui-Flex ___x0k2pq f1vx9l62"><span dir="auto" data-tid="author" class="fui-StyledText ___1m2kh4f">${esc(w.name)}</span><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___n5b5ty">${esc(text)}</span></div>`;
}

const CAPTIONS_HOST = `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___1n2kq3v fly5x3f">
  <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___c0vwx1 f1p9o1ba">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___1yq0qdh f1l02sjl">
      <div class="fui-Flex ___9y6q0c f22iagw7" role="list"></div>
    </div>
  </div>
</div>`;

const CAPTIONS_GUEST = `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___1n2kq3v fly5x3f">
  <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___c0vwx1 f1p9o1ba">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___1yq0qdh f1l02sjl"></div>
  </div>
</div>`;

const LIST_CONTENT = '[data-tid="closed-caption-v2-virtual-list-content"]';

function hostList(p: Page): HTMLElement {
  return q(p.doc, `${LIST_CONTENT} > div`);
}

function addRow(p: Page, w: Who, text: string, guest = false): Line {
  const row = el(p.doc, guest ? guestRowHtml(w, text) : hostRowHtml(w, text));
  (guest ? q(p.doc, LIST_CONTENT) : hostList(p)).append(row);
  const span = q(row, '[data-tid="closed-caption-text"]');
  return { row, span, text: span.firstChild as Text };
}

/**
 * Appends a new caption item, grows its single text node word by word (characterData) and then
 * re-punctuates it in place. `lateMs` = the final re-punctuation arrives only after a pause.
 */
async function say(p: Page, s: Say, o: { step?: number; guest?: boolean; lateMs?: number } = {}): Promise<Line> {
  const step = o.step ?? 90;
  const first = s.partial.split(' ')[0] ?? '';
  const line = addRow(p, s.who, first, o.guest);
  await p.sleep(step);
  await grow(p, line.text, s.partial, undefined, step, 1);
  if (o.lateMs) await p.sleep(o.lateMs);
  line.text.data = s.final;
  await p.sleep(step);
  return line;
}

/**
 * Virtualisation (doc §4.4, §8.8): the oldest item element is taken out of the list, re-rendered
 * with another utterance (new author, avatar and text, the text node keeps its identity) and put back
 * at the tail.
 */
function recycleOldest(p: Page, w: Who, first: string): Line {
  const list = hostList(p);
  const row = list.firstElementChild as HTMLElement;
  row.remove();
  const hover = q(row, '[data-tid="closed-captions-v2-items-renderer"]');
  hover.setAttribute('data-lpc-hover-target-id', w.lpc);
  hover.innerHTML = avatarHtml(w);
  (q(row, '[data-tid="author"]').firstChild as Text).data = w.name;
  const span = q(row, '[data-tid="closed-caption-text"]');
  const text = span.firstChild as Text;
  text.data = first;
  list.append(row);
  return { row, span, text };
}

/** Grows a recycled item's text node from its first word, then finalises it. */
async function sayInto(p: Page, line: Line, s: Say, step = 90) {
  await p.sleep(step);
  await grow(p, line.text, s.partial, s.final, step, 1);
}

// ---------------------------------------------------------------------------------------------------
// Page chrome

function hostToolbar(hangup?: string): string {
  return `<div role="toolbar" aria-label="Meeting controls" data-tid="calling-unified-bar" class="fui-Toolbar ___8b1kx3">
  <span data-tid="call-duration" class="fui-Text">12:04</span>
  <button type="button" data-tid="chat-button" aria-label="Chat (Ctrl+Shift+R)" class="fui-Button">Chat</button>
  <button type="button" data-tid="roster-button" aria-label="People (Ctrl+Shift+P)" class="fui-Button">People</button>
  <button type="button" data-tid="raise-hand-button" aria-label="Raise (Ctrl+Shift+K)" class="fui-Button">Raise</button>
  <button type="button" id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" class="fui-Button">More</button>
  <button type="button" data-tid="toggle-video" aria-label="Turn camera off (Ctrl+Shift+O)" class="fui-Button">Camera</button>
  <button type="button" data-tid="toggle-mute" aria-label="Mute mic (Ctrl+Shift+M)" class="fui-Button">Mic</button>
  <button type="button" data-tid="share-button" aria-label="Share (Ctrl+Shift+E)" class="fui-Button">Share</button>
  ${hangup ?? `<button type="button" id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave (Ctrl+Shift+H)" class="fui-Button ___1x0f4jv">Leave</button>`}
</div>`;
}

function videoTiles(names: string[]): string {
  return `<div data-tid="calling-stage" class="fui-Flex ___v1d3o2">${names
    .map((n) => `<div data-tid="video-tile" role="group" aria-label="${esc(n)}, video is off"><div class="fui-Avatar"></div><span class="fui-Text ___tile">${esc(n)}</span></div>`)
    .join('')}</div>`;
}

function chatPane(msgs: [string, string, string][]): string {
  return `<div data-tid="meeting-chat-pane" role="complementary" aria-label="Meeting chat" class="fui-Flex ___chat">
  <h2 class="fui-Text">Meeting chat</h2>
  <div role="log" aria-live="polite" data-tid="message-pane-list-viewport">${msgs.map(chatMsg).join('')}</div>
  <div role="textbox" contenteditable="true" aria-label="Type a message" data-tid="ckeditor"></div>
</div>`;
}

function chatMsg([author, time, body]: [string, string, string]): string {
  return `<div class="fui-ChatMessage ___cm1" data-tid="chat-pane-message"><div class="fui-ChatMessage__author"><span data-tid="message-author-name">${esc(author)}</span><span class="fui-ChatMessage__timestamp">${esc(time)}</span></div><div class="fui-ChatMessage__body"><div data-tid="chat-pane-message-content" dir="auto">${esc(body)}</div></div></div>`;
}

function roster(people: [string, string][]): string {
  return `<div data-tid="roster-panel" role="complementary" aria-label="Participants"><h2>Participants</h2><ul role="tree">${people
    .map(([n, r]) => `<li role="treeitem" data-tid="participantsInCall-${esc(n)}"><span class="fui-Text">${esc(n)}</span><span class="fui-Text">${esc(r)}</span></li>`)
    .join('')}</ul></div>`;
}

const APP_SHELL = `<div data-tid="app-bar" role="navigation" aria-label="App bar"><button>Activity</button><button>Chat</button><button>Teams</button><button>Calendar</button></div>`;

function callScreen(parts: { tiles: string[]; captions?: string; toolbar?: string; side?: string }): string {
  return `<div data-tid="calling-screen" class="fui-Flex ___call">
  ${videoTiles(parts.tiles)}
  ${parts.captions ?? ''}
  ${parts.toolbar ?? hostToolbar()}
  ${parts.side ?? ''}
</div>`;
}

const TOASTS = `<div data-tid="toast-container" aria-live="polite" class="fui-Toaster"></div>`;

function toast(p: Page, text: string) {
  q(p.doc, '[data-tid="toast-container"]').append(
    el(p.doc, `<div role="status" data-tid="notification-toast" class="fui-Toast"><div class="fui-ToastTitle">${esc(text)}</div><button aria-label="Dismiss">×</button></div>`),
  );
}

function postChat(p: Page, m: [string, string, string]) {
  q(p.doc, '[data-tid="message-pane-list-viewport"]').append(el(p.doc, chatMsg(m)));
}

/** Leaving (doc §4.1): the call screen (hang-up control, captions) unmounts; a post-call screen shows. */
function leaveCall(p: Page, heading = 'You left the meeting', rate = 'How was the call quality?', rejoin = 'Rejoin') {
  p.doc.querySelector('[data-tid="calling-screen"]')?.remove();
  p.doc.body.append(
    el(
      p.doc,
      `<div data-tid="post-call-screen" class="fui-Flex ___post"><h2 class="fui-Text">${esc(heading)}</h2><div class="fui-Text">${esc(rate)}</div><button type="button" data-tid="rejoin-button">${esc(rejoin)}</button></div>`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// S1 — doc §4.3 (host item outline), §4.4 (in-place refinement; one item per utterance, so a speaker's
// consecutive items), §4.5 (self = own display name), §9 (two speakers alternating, chat distractor).

const s1C: Who = { name: 'Dr. Helen Carter', lpc: '8:orgid:3f2a9c1e-7b4d-4e8a-9d61-0c5b2e7f1a44' };
const s1P: Who = { name: 'Daniel Brooks', lpc: '8:orgid:9b7e2d10-52c4-4f0e-b1a8-6d3e9f4c2b17' };
const s1: Say[] = [
  { who: s1C, partial: 'hi daniel can you hear me okay', final: 'Hi Daniel, can you hear me okay?' },
  { who: s1P, partial: 'yes i can hear you fine', final: 'Yes, I can hear you fine.' },
  { who: s1C, partial: 'good so what brings you in today', final: 'Good. So what brings you in today?' },
  { who: s1P, partial: "i've had this cough for about two weeks", final: "I've had this cough for about two weeks." },
  { who: s1P, partial: "it's worse at night and keeps me awake", final: "It's worse at night and keeps me awake." },
  { who: s1C, partial: 'any fever or shortness of breath', final: 'Any fever or shortness of breath?' },
  { who: s1P, partial: 'no fever but i get a bit winded on the stairs', final: 'No fever, but I get a bit winded on the stairs.' },
  { who: s1C, partial: "okay i'd like to get a chest x-ray to be safe", final: "Okay, I'd like to get a chest X-ray to be safe." },
];

const s1Scenario: Scenario = {
  name: 'teams v2 host call: word growth, re-punctuation, a turn split over two items',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: ['Dr. Helen Carter'],
  body: `${APP_SHELL}${callScreen({
    tiles: ['Daniel Brooks', 'Dr. Helen Carter'],
    captions: CAPTIONS_HOST,
    side: chatPane([
      ['Dr. Helen Carter', '10:01', 'Welcome, I will be with you in a minute'],
      ['Daniel Brooks', '10:02', 'Sorry, my camera keeps freezing'],
    ]),
  })}${TOASTS}`,
  async play(p) {
    for (let i = 0; i < s1.length; i++) {
      await say(p, s1[i]!);
      if (i === 2) toast(p, 'Recording has started. Everyone in the meeting has been notified.');
      if (i === 5) postChat(p, ['Dr. Helen Carter', '10:06', 'Intake form: https://forms.example.org/intake']);
      await p.sleep(350);
    }
  },
  leave: (p) => leaveCall(p),
  expected: s1.map((s) => ({ speaker: s.who.name, role: s.who === s1C ? 'clinician' : 'patient', text: s.final })),
  forbidden: ['camera keeps freezing', 'Intake form', 'Recording has started', 'Welcome, I will', 'Meeting chat', 'Turn camera off'],
};

// ---------------------------------------------------------------------------------------------------
// S2 — doc §4.1 (meetup-join URL), §4.4 (partials then finals; a final arrives after a pause), §4.5,
// §9 (two speakers alternating). Patient joined as a guest, so Teams labels her "(Guest)". Many
// one-word acknowledgements. `loose` because Teams re-punctuates/re-cases late (after a pause).

const s2C: Who = { name: 'Dr. Samuel Whitfield', lpc: '8:orgid:c7d1e5a2-0f3b-4a9c-8e12-5b6d7a8f9e01' };
const s2P: Who = { name: 'Maria Gonzalez (Guest)', lpc: '8:teamsvisitor:a41c9e3b7f2d4c6a', initials: 'MG' };
const s2: [Say, number][] = [
  [{ who: s2C, partial: "so i'm going to go over your blood test results", final: "So I'm going to go over your blood test results." }, 0],
  [{ who: s2P, partial: 'okay', final: 'Okay.' }, 0],
  [{ who: s2C, partial: 'your cholesterol is a little higher than last time', final: 'Your cholesterol is a little higher than last time.' }, 1000],
  [{ who: s2P, partial: 'mm-hmm', final: 'Mm-hmm.' }, 0],
  [{ who: s2C, partial: 'but your blood sugar looks good', final: 'But your blood sugar looks good.' }, 0],
  [{ who: s2P, partial: 'oh good', final: 'Oh, good.' }, 0],
  [{ who: s2C, partial: "i'd like you to try cutting back on fried food", final: "I'd like you to try cutting back on fried food." }, 0],
  [{ who: s2P, partial: 'yes', final: 'Yes.' }, 0],
  [{ who: s2C, partial: 'does that sound doable', final: 'Does that sound doable?' }, 1100],
  [{ who: s2P, partial: 'yeah i think so', final: 'Yeah, I think so.' }, 0],
];

const s2Scenario: Scenario = {
  name: 'teams meetup-join: (Guest) patient, one-word acknowledgements, late re-punctuation',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGY3ZTk1MmQtOTRlNy00YjQ2LWE1ZjMtMmQ4%40thread.v2/0?context=%7b%22Tid%22%3a%22c1a2b3c4%22%2c%22Oid%22%3a%22d5e6f7a8%22%7d',
  selfNames: ['Dr. Samuel Whitfield'],
  body: `${APP_SHELL}${callScreen({
    tiles: ['Maria Gonzalez (Guest)', 'Dr. Samuel Whitfield'],
    captions: CAPTIONS_HOST,
    side: roster([
      ['Dr. Samuel Whitfield', 'Organizer'],
      ['Maria Gonzalez (Guest)', 'Unverified'],
    ]),
  })}${TOASTS}`,
  async play(p) {
    for (let i = 0; i < s2.length; i++) {
      const [s, late] = s2[i]!;
      await say(p, s, { lateMs: late });
      if (i === 4) toast(p, 'Maria Gonzalez (Guest) raised a hand');
      await p.sleep(300);
    }
  },
  leave: (p) => leaveCall(p),
  expected: s2.map(([s]) => ({
    speaker: s.who === s2C ? s.who.name : ['Maria Gonzalez (Guest)', 'Maria Gonzalez'],
    role: s.who === s2C ? 'clinician' : 'patient',
    text: s.final,
  })),
  loose: true,
  forbidden: ['raised a hand', 'Organizer', 'Unverified', 'Participants'],
};

// ---------------------------------------------------------------------------------------------------
// S3 — doc §4.4 (virtualised list, limited retention; "the first message was replaced by a more
// recent one"), §8.8 (recycled elements: wholesale text replacement = new utterance), §9 (retention).
// The list keeps 4 items: the oldest is dropped, then item elements are reused for new utterances —
// for another speaker and, last, for the same speaker. Patient is from another org: "(External)".

const s3C: Who = { name: "Dr. Kevin O'Brien", lpc: '8:orgid:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
const s3P: Who = { name: 'Aisha Khan (External)', lpc: '8:orgid:7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918' };
const s3: Say[] = [
  { who: s3C, partial: 'how have the headaches been since we changed the medication', final: 'How have the headaches been since we changed the medication?' },
  { who: s3P, partial: 'a lot better honestly', final: 'A lot better, honestly.' },
  { who: s3P, partial: 'maybe one or two a week now', final: 'Maybe one or two a week now.' },
  { who: s3C, partial: "that's great to hear", final: "That's great to hear." },
  // list full from here on
  { who: s3P, partial: "but i've been feeling tired in the afternoons", final: "But I've been feeling tired in the afternoons." },
  { who: s3C, partial: 'that can be a side effect', final: 'That can be a side effect.' },
  { who: s3C, partial: 'we could try taking it in the evening instead', final: 'We could try taking it in the evening instead.' },
  { who: s3P, partial: 'okay i can try that', final: 'Okay, I can try that.' },
  { who: s3P, partial: "and i'll send you a note if it gets worse", final: "And I'll send you a note if it gets worse." },
];

const s3Scenario: Scenario = {
  name: 'teams virtualised list: oldest item dropped, item elements recycled for new utterances',
  url: 'https://teams.microsoft.com/v2/?culture=en-us&country=us',
  selfNames: ["Dr. Kevin O'Brien"],
  body: `${APP_SHELL}${callScreen({
    tiles: ['Aisha Khan (External)', "Dr. Kevin O'Brien"],
    captions: CAPTIONS_HOST,
    side: chatPane([['Aisha Khan (External)', '14:30', 'Hi, joining from my phone today']]),
  })}${TOASTS}`,
  async play(p) {
    for (let i = 0; i < s3.length; i++) {
      const s = s3[i]!;
      if (i < 4) {
        await say(p, s);
      } else if (i === 4) {
        hostList(p).firstElementChild!.remove(); // retention limit: the oldest item goes
        await say(p, s);
      } else {
        // rows 2, 3, 4 (P→C, P→C, C→P) and then row 5 (P→P) are reused for the new utterances
        await sayInto(p, recycleOldest(p, s.who, s.partial.split(' ')[0]!), s);
      }
      await p.sleep(400);
    }
  },
  leave: (p) => leaveCall(p),
  expected: s3.map((s) => ({
    speaker: s.who === s3C ? s.who.name : ['Aisha Khan (External)', 'Aisha Khan'],
    role: s.who === s3C ? 'clinician' : 'patient',
    text: s.final,
  })),
  forbidden: ['joining from my phone'],
};

// ---------------------------------------------------------------------------------------------------
// S4 — doc §4.1 (pre-join `#prejoin-join-button`, then the hang-up control; cloud domain), §4.2 (More →
// Language and speech → live captions; captions on = the renderer wrapper appears), §4.4 plan ("Toggle:
// remove closed-caption-renderer-wrapper entirely, then re-add it"), §9 (captions off → on → off → on
// with a new root). Words spoken while captions are off never reach the page.

const s4C: Who = { name: 'Dr. Naomi Fischer', lpc: '8:orgid:5d4c3b2a-1908-4f7e-a6d5-c4b3a2910f8e' };
const s4P: Who = { name: 'Robert Hale', lpc: '8:orgid:e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7' };
const s4a: Say[] = [
  { who: s4C, partial: 'can you tell me how the physiotherapy is going', final: 'Can you tell me how the physiotherapy is going?' },
  { who: s4P, partial: "it's going well i do the exercises every morning", final: "It's going well. I do the exercises every morning." },
  { who: s4C, partial: 'great any pain during the exercises', final: 'Great. Any pain during the exercises?' },
];
const s4b: Say[] = [
  { who: s4P, partial: 'only a little in the knee when i bend it fully', final: 'Only a little in the knee when I bend it fully.' },
  { who: s4C, partial: "that's normal at this stage", final: "That's normal at this stage." },
];

function captionsMenu(p: Page, items: string) {
  const menu = el(p.doc, `<div class="fui-Portal"><div role="menu" class="fui-MenuPopover" data-tid="more-menu">${items}</div></div>`);
  p.doc.body.append(menu);
  return menu;
}

const s4Scenario: Scenario = {
  name: 'teams cloud: joins from pre-join, captions turned on late, turned off and on again (new root)',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: ['Dr. Naomi Fischer'],
  body: `${APP_SHELL}<div data-tid="prejoin-screen" class="fui-Flex ___pre">
  <h1 class="fui-Text">Follow-up: Robert Hale</h1>
  <div class="fui-Text">Choose your video and audio options</div>
  <input data-tid="prejoin-display-name-input" aria-label="Type your name" value="Dr. Naomi Fischer">
  <button type="button" data-tid="toggle-video">Camera</button>
  <button type="button" id="prejoin-join-button" data-tid="prejoin-join-button">Join now</button>
</div>${TOASTS}`,
  async play(p) {
    await p.sleep(500);
    // Join: the pre-join screen is replaced by the call screen (captions still off).
    q(p.doc, '[data-tid="prejoin-screen"]').replaceWith(
      el(p.doc, callScreen({ tiles: ['Robert Hale', 'Dr. Naomi Fischer'], side: roster([['Dr. Naomi Fischer', 'Organizer'], ['Robert Hale', 'Attendee']]) })),
    );
    await p.sleep(900); // small talk, not captioned
    // More → Language and speech → Show live captions
    let menu = captionsMenu(p, `<div role="menuitem" id="LanguageSpeechMenuControl-id">Language and speech</div><div role="menuitem">Settings</div>`);
    await p.sleep(200);
    menu.remove();
    menu = captionsMenu(p, `<div role="menuitemcheckbox" aria-checked="false" id="closed-captions-button">Show live captions</div><div role="menuitem">Language settings</div>`);
    await p.sleep(200);
    menu.remove();
    q(p.doc, '[data-tid="calling-stage"]').after(el(p.doc, CAPTIONS_HOST));
    await p.sleep(300);
    for (const s of s4a) {
      await say(p, s);
      await p.sleep(400);
    }
    await p.sleep(400);
    // Captions turned off (the wrapper unmounts) while the patient answers; then on again.
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
    await p.sleep(1200);
    q(p.doc, '[data-tid="calling-stage"]').after(el(p.doc, CAPTIONS_HOST));
    await p.sleep(300);
    for (const s of s4b) {
      await say(p, s);
      await p.sleep(400);
    }
  },
  leave: (p) => leaveCall(p),
  expected: [...s4a, ...s4b].map((s) => ({ speaker: s.who.name, role: s.who === s4C ? 'clinician' : 'patient', text: s.final })),
  forbidden: ['Show live captions', 'Language and speech', 'Join now', 'Choose your video', 'Follow-up: Robert Hale', 'Attendee'],
};

// ---------------------------------------------------------------------------------------------------
// S5 — doc §4.4 (ACS: partials come and go, overlapping speakers interleave; the earlier-started item
// keeps refining after a new one appears below it), §4.5 (self = own display name, here the org
// directory form "Last, First"), §4.1 (`/meet/<id>` URL). Initials avatars (text inside the item).

const s5C: Who = { name: 'Raman, Priya', lpc: '8:orgid:2b3c4d5e-6f70-4812-93a4-b5c6d7e8f901', initials: 'RP' };
const s5P: Who = { name: 'Thomas Nguyen', lpc: '8:orgid:8f9e0d1c-2b3a-4c5d-9e6f-7a8b9c0d1e2f', initials: 'TN' };
const s5Final = {
  c1: 'Thanks for sending the photos of the rash.',
  p1: 'No problem.',
  c2: "It looks like contact dermatitis, so we'll start you on a mild steroid cream.",
  p2: 'Okay, sure.',
  p3: 'How often should I put it on?',
  c3: 'Twice a day for one week.',
  p4: 'Got it, thank you, Doctor.',
};

const s5Scenario: Scenario = {
  name: 'teams /meet link: clinician shown as "Last, First", patient speaks while her item is still partial',
  url: 'https://teams.microsoft.com/meet/2354876519?p=Xk3hQ9bW2',
  selfNames: ['Raman, Priya'],
  body: `${APP_SHELL}${callScreen({
    tiles: ['Thomas Nguyen', 'Raman, Priya'],
    captions: CAPTIONS_HOST,
    side: chatPane([['Thomas Nguyen', '09:12', 'I sent the photos by email yesterday']]),
  })}${TOASTS}`,
  async play(p) {
    await say(p, { who: s5C, partial: 'thanks for sending the photos of the rash', final: s5Final.c1 });
    await p.sleep(350);
    await say(p, { who: s5P, partial: 'no problem', final: s5Final.p1 });
    await p.sleep(350);
    // Overlap: the clinician's item is still partial when the patient's item appears below it.
    const c = addRow(p, s5C, 'it');
    await p.sleep(90);
    await grow(p, c.text, "it looks like contact dermatitis so we'll start you on", undefined, 90, 1);
    const pt = addRow(p, s5P, 'okay');
    await p.sleep(150);
    c.text.data = "it looks like contact dermatitis so we'll start you on a";
    await p.sleep(120);
    c.text.data = "it looks like contact dermatitis so we'll start you on a mild";
    await p.sleep(120);
    pt.text.data = 'okay sure';
    await p.sleep(120);
    c.text.data = "it looks like contact dermatitis so we'll start you on a mild steroid";
    await p.sleep(120);
    c.text.data = "it looks like contact dermatitis so we'll start you on a mild steroid cream";
    await p.sleep(150);
    c.text.data = s5Final.c2;
    await p.sleep(200);
    pt.text.data = s5Final.p2;
    await p.sleep(500);
    await say(p, { who: s5P, partial: 'how often should i put it on', final: s5Final.p3 });
    await p.sleep(350);
    await say(p, { who: s5C, partial: 'twice a day for one week', final: s5Final.c3 });
    await p.sleep(350);
    await say(p, { who: s5P, partial: 'got it thank you doctor', final: s5Final.p4 });
  },
  leave: (p) => leaveCall(p),
  expected: [
    { speaker: ['Raman, Priya', 'Priya Raman'], role: 'clinician', text: s5Final.c1 },
    { speaker: 'Thomas Nguyen', role: 'patient', text: s5Final.p1 },
    { speaker: ['Raman, Priya', 'Priya Raman'], role: 'clinician', text: s5Final.c2 },
    { speaker: 'Thomas Nguyen', role: 'patient', text: s5Final.p2 },
    { speaker: 'Thomas Nguyen', role: 'patient', text: s5Final.p3 },
    { speaker: ['Raman, Priya', 'Priya Raman'], role: 'clinician', text: s5Final.c3 },
    { speaker: 'Thomas Nguyen', role: 'patient', text: s5Final.p4 },
  ],
  forbidden: ['photos by email', 'RP', 'TN'],
};

// ---------------------------------------------------------------------------------------------------
// S6 — doc §4.3 (anonymous-guest DOM: no items-renderer, author + text paired in order), §4.1
// (teams.live.com light meetings, `anon-hangup-button`), §4.2/§4.5 (spoken language Spanish; `dir=auto`),
// §9 (localization). The clinician joined anonymously from the browser; UI and captions in Spanish.

const s6C: Who = { name: 'Dra. Lucía Fernández', lpc: '8:teamsvisitor:9c1e5a7b3d' };
const s6P: Who = { name: 'José Hernández', lpc: '8:live:jose.hernandez' };
const s6: Say[] = [
  { who: s6C, partial: 'buenos días josé cómo se ha sentido desde la última consulta', final: 'Buenos días, José. ¿Cómo se ha sentido desde la última consulta?' },
  { who: s6P, partial: 'mejor pero todavía me duele la rodilla por las mañanas', final: 'Mejor, pero todavía me duele la rodilla por las mañanas.' },
  { who: s6C, partial: 'sigue tomando el ibuprofeno', final: '¿Sigue tomando el ibuprofeno?' },
  { who: s6P, partial: 'sí', final: 'Sí.' },
  { who: s6P, partial: 'dos veces al día con la comida', final: 'Dos veces al día con la comida.' },
  { who: s6C, partial: 'muy bien vamos a pedir una radiografía de la rodilla', final: 'Muy bien, vamos a pedir una radiografía de la rodilla.' },
  { who: s6P, partial: 'de acuerdo gracias doctora', final: 'De acuerdo, gracias, doctora.' },
];

const s6Scenario: Scenario = {
  name: 'teams.live.com light meeting: anonymous-guest caption DOM, Spanish captions with accents',
  url: 'https://teams.live.com/light-meetings/launch?agent=web&version=25011600100&coords=eyJtZWV0aW5nQ29kZSI6IjkzODQ3MjYxMDQ1In0%3D&deeplinkId=5c1e9a&correlationId=7a4f2b',
  selfNames: ['Dra. Lucía Fernández'],
  body: `<div data-tid="calling-screen" class="fui-Flex ___call" lang="es">
  ${videoTiles(['José Hernández', 'Dra. Lucía Fernández'])}
  <div class="fui-Text ___lang">Idioma hablado: español (España)</div>
  ${CAPTIONS_GUEST}
  <div role="toolbar" aria-label="Controles de la reunión" class="fui-Toolbar">
    <span class="fui-Text">08:41</span>
    <button type="button" data-tid="more-button" aria-label="Más">Más</button>
    <button type="button" data-tid="toggle-mute" aria-label="Silenciar">Micrófono</button>
    <button type="button" data-tid="anon-hangup-button" aria-label="Salir">Salir</button>
  </div>
  ${chatPane([['José Hernández', '08:33', 'Le envío la foto de la receta']]).replaceAll('Meeting chat', 'Chat de la reunión')}
</div>${TOASTS}`,
  async play(p) {
    for (const s of s6) {
      await say(p, s, { guest: true });
      await p.sleep(350);
    }
  },
  leave: (p) => leaveCall(p, 'Ha salido de la reunión', '¿Cómo fue la calidad de la llamada?', 'Volver a unirse'),
  expected: s6.map((s) => ({ speaker: s.who.name, role: s.who === s6C ? 'clinician' : 'patient', text: s.final })),
  forbidden: ['Idioma hablado', 'foto de la receta', 'Salir', 'Micrófono'],
};

// ---------------------------------------------------------------------------------------------------
// S7 — doc §4.4 (TT splits a same-speaker item when the text shrinks by >50 chars: "Teams can also
// replace a long caption's text"; §8.8/§8.9 wholesale replacement = new utterance), §4.1
// (`hangup-leave-button` split control), §9 (more than two people). A three-person call: patient plus
// his daughter who joined as a guest, so only the clinician's role is asserted.

const s7C: Who = { name: 'Dr. Emeka Obi', lpc: '8:orgid:4a5b6c7d-8e9f-4012-a3b4-c5d6e7f80912' };
const s7P: Who = { name: 'Walter Schmidt', lpc: '8:orgid:1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f' };
const s7D: Who = { name: 'Anna Schmidt (Guest)', lpc: '8:teamsvisitor:77b3e19d0c', initials: 'AS' };
const s7Long: Say = {
  who: s7P,
  partial: 'well it started about a month ago when i stood up too quickly from the kitchen table and since then it happens most mornings',
  final: 'Well, it started about a month ago when I stood up too quickly from the kitchen table, and since then it happens most mornings.',
};
const s7Replaced: Say = { who: s7P, partial: 'and sometimes the room spins', final: 'And sometimes the room spins.' };
const s7Rest: Say[] = [
  { who: s7D, partial: "he also fell last week but he didn't tell anyone", final: "He also fell last week, but he didn't tell anyone." },
  { who: s7P, partial: "it wasn't a real fall", final: "It wasn't a real fall." },
  { who: s7C, partial: 'okay', final: 'Okay.' },
  { who: s7C, partial: 'did you hit your head when that happened', final: 'Did you hit your head when that happened?' },
  { who: s7P, partial: 'no i landed on my hip', final: 'No, I landed on my hip.' },
];
const s7First: Say = { who: s7C, partial: "walter i'm going to ask you a few questions about your dizziness", final: "Walter, I'm going to ask you a few questions about your dizziness." };

const s7Scenario: Scenario = {
  name: 'teams three-person call: a long caption replaced wholesale in the same item',
  url: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  selfNames: ['Dr. Emeka Obi'],
  body: `${APP_SHELL}${callScreen({
    tiles: ['Walter Schmidt', 'Anna Schmidt (Guest)', 'Dr. Emeka Obi'],
    captions: CAPTIONS_HOST,
    toolbar: hostToolbar(
      `<div id="hangup-button" class="fui-Flex ___split"><button type="button" data-tid="hangup-leave-button" aria-label="Leave (Ctrl+Shift+H)">Leave</button><button type="button" data-tid="hangup-menu-button" aria-label="Leave options">⌄</button></div>`,
    ),
    side: roster([
      ['Dr. Emeka Obi', 'Organizer'],
      ['Walter Schmidt', 'Attendee'],
      ['Anna Schmidt (Guest)', 'Unverified'],
    ]),
  })}${TOASTS}`,
  async play(p) {
    await say(p, s7First);
    await p.sleep(300);
    const long = await say(p, s7Long);
    await p.sleep(900);
    // Same item, same speaker: the whole caption text is replaced by the next sentence.
    long.span.textContent = 'and';
    await sayInto(p, { ...long, text: long.span.firstChild as Text }, s7Replaced);
    await p.sleep(300);
    toast(p, 'Anna Schmidt (Guest) is presenting');
    for (const s of s7Rest) {
      await say(p, s);
      await p.sleep(300);
    }
  },
  leave: (p) => leaveCall(p),
  expected: [s7First, s7Long, s7Replaced, ...s7Rest].map((s) => ({
    speaker: s.who === s7D ? ['Anna Schmidt (Guest)', 'Anna Schmidt'] : s.who.name,
    ...(s.who === s7C ? { role: 'clinician' as const } : {}),
    text: s.final,
  })),
  forbidden: ['is presenting', 'Leave options', 'Organizer', 'Unverified'],
};

// ---------------------------------------------------------------------------------------------------
// S8 — doc §4.4 (LCS #5: after the caption window is resized the list re-renders; element reuse /
// keying trouble), §8.8 (identity: don't key utterances on elements; recycled nodes), §4.1
// (teams.live.com), §4.5 (accented display names). After a quiet spell the caption window is
// resized and its list re-mounts: the last three items come back as brand-new elements with the
// same author and text. They are not new speech.

const s8C: Who = { name: 'Dr. Zoë Müller', lpc: '8:live:zoe.mueller' };
const s8P: Who = { name: 'Nguyễn Thị Lan', lpc: '8:live:lan.nguyen' };
const s8a: Say[] = [
  { who: s8C, partial: 'lan did the new sleep routine help at all', final: 'Lan, did the new sleep routine help at all?' },
  { who: s8P, partial: "a little i'm falling asleep faster", final: "A little. I'm falling asleep faster." },
  { who: s8P, partial: 'but i still wake up around four', final: 'But I still wake up around four.' },
  { who: s8C, partial: "that's still progress", final: "That's still progress." },
];
const s8b: Say[] = [
  { who: s8C, partial: "let's keep the same plan for another two weeks", final: "Let's keep the same plan for another two weeks." },
  { who: s8P, partial: 'sounds good', final: 'Sounds good.' },
];

const s8Scenario: Scenario = {
  name: 'teams.live.com: caption window resized, list re-mounts old items as new elements',
  url: 'https://teams.live.com/v2/',
  selfNames: ['Dr. Zoë Müller'],
  body: `${APP_SHELL}${callScreen({
    tiles: ['Nguyễn Thị Lan', 'Dr. Zoë Müller'],
    captions: CAPTIONS_HOST,
    side: chatPane([['Nguyễn Thị Lan', '16:05', 'Can you see my sleep diary?']]),
  })}${TOASTS}`,
  async play(p) {
    for (const s of s8a) {
      await say(p, s);
      await p.sleep(350);
    }
    await p.sleep(900);
    // Resize: the window gets smaller and the list re-mounts showing the last three items.
    const wrapper = q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]');
    wrapper.setAttribute('style', 'height: 20%;');
    const list = hostList(p);
    list.replaceChildren();
    await p.sleep(60);
    for (const s of s8a.slice(-3)) list.append(el(p.doc, hostRowHtml(s.who, s.final)));
    await p.sleep(700);
    for (const s of s8b) {
      await say(p, s);
      await p.sleep(350);
    }
  },
  leave: (p) => leaveCall(p),
  expected: [...s8a, ...s8b].map((s) => ({ speaker: s.who.name, role: s.who === s8C ? 'clinician' : 'patient', text: s.final })),
  forbidden: ['sleep diary'],
};

export const teamsScenarios: Scenario[] = [s1Scenario, s2Scenario, s3Scenario, s4Scenario, s5Scenario, s6Scenario, s7Scenario, s8Scenario];
