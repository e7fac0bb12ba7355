// Microsoft Teams web scenarios, round 6: names as real pages show them, and the noise real pages
// inject. Written only from /work/shared/research/caption-platforms.md (§1, §4, §8, §9) and the
// CODEBOOK "Live captions" paragraph; no product source or fixtures were read.
//
// DOM used (doc §4.3): `[data-tid=closed-caption-renderer-wrapper]` › `[data-tid=closed-caption-v2-window-wrapper]`
// › `[data-tid=closed-caption-v2-virtual-list-content]` › list inner `div.fui-Flex` › three nested
// `div.fui-Flex` › `div.fui-ChatMessageCompact` (host view), author in `[data-tid=author]`, text in
// `[data-tid=closed-caption-text]`. Guest view: `virtual-list-content › (div) › author + text`, no
// items-renderer. One item per utterance; the text node is refined in place (word growth, then
// re-punctuation) (§4.4). In-call markers: `#hangup-button` / `button[data-tid=hangup-*]` (§4.1).
// Local user: captions carry the user's own display name, not "You" (§4.5, [I]).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// Page pieces

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Meeting controls with the documented hangup marker (the clickable button has a sibling BUTTON). */
function controls(hangupTid = 'hangup-main-btn'): string {
  return `<div data-tid="calling-controls" role="toolbar" aria-label="Meeting controls" class="fui-Flex ___k2v9a1">
    <button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More actions"><span>More</span></button>
    <button data-tid="cc-toggle-button" id="captions-button" aria-pressed="true" aria-label="Turn off live captions"><span>Captions</span></button>
    <button data-tid="microphone-button" id="microphone-button" aria-label="Unmute mic"><span>Mic</span></button>
    <div class="fui-Flex"><button id="hangup-button" data-tid="${hangupTid}" aria-label="Leave (Ctrl+Shift+H)"><span>Leave</span></button><button aria-label="Leave options" data-tid="hangup-options"></button></div>
  </div>`;
}

/** Caption panel; the wrapper with class f419p8h (§4.2). Host: list inner div; guest: items go straight in. */
function captionPanel(view: 'host' | 'guest'): string {
  const inner = view === 'host' ? '<div class="fui-Flex ___1ccp5kb f13qh94s f1l02sjl"></div>' : '';
  return `<div class="f419p8h ___9xk2pq0" data-tid="closed-caption-renderer-wrapper">
    <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___r6t1m0q">
      <div data-tid="closed-caption-v2-virtual-list-content" class="___z0m3n8e">${inner}</div>
    </div>
  </div>`;
}

/** Participant tiles on the stage (names as the tiles show them, which may differ from captions). */
function tiles(names: string[]): string {
  return names
    .map(
      (n) => `<div data-tid="video-tile" class="fui-Flex ___tile"><div class="fui-Flex"><span class="fui-StyledText ___tilename" title="${esc(n)}">${esc(n)}</span></div></div>`,
    )
    .join('');
}

/** Notification area for toasts (joins, hands, recording, network, chat previews). */
const TOASTS = '<div data-tid="notification-area" role="status" aria-live="polite" class="___toasts"></div>';

function chatPane(messages: [string, string][]): string {
  return `<div data-tid="chat-pane" role="complementary" aria-label="Meeting chat"><div role="list" data-tid="chat-pane-list">${messages
    .map(
      ([who, text]) =>
        `<div role="listitem" data-tid="chat-pane-item" class="fui-ChatMessage ___cm"><div class="fui-ChatMessage__body"><span data-tid="message-author-name" class="fui-StyledText">${esc(who)}</span><div data-tid="chat-pane-message" class="fui-StyledText"><p>${esc(text)}</p></div></div></div>`,
    )
    .join('')}</div></div>`;
}

function page(opts: { view: 'host' | 'guest'; tiles: string[]; chat?: [string, string][]; extra?: string; hangupTid?: string }): string {
  return `<div id="app" class="app-layout">
  <div data-tid="meeting-header" class="fui-Flex"><span class="fui-StyledText">Follow-up visit</span><span data-tid="call-duration">12:04</span></div>
  <div data-tid="calling-stage" class="fui-Flex ___stage">
    <div data-tid="video-gallery" class="fui-Flex">${tiles(opts.tiles)}</div>
    ${captionPanel(opts.view)}
  </div>
  ${TOASTS}
  ${opts.extra ?? ''}
  ${opts.chat ? chatPane(opts.chat) : ''}
  ${controls(opts.hangupTid)}
</div>`;
}

type Avatar = { img: true } | { initials: string; label: string };

/** One host-view caption item (TMS-FIX outline), text starting with `first`. */
function hostItem(doc: Document, author: string, first: string, avatar: Avatar): HTMLElement {
  const av =
    'img' in avatar
      ? `<span role="presentation" class="fui-Avatar ___av"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/emea-02/beta/users/8:orgid:0000/profilepicturev2?size=HR64x64"></span>`
      : `<span role="img" class="fui-Avatar ___av" aria-label="${esc(avatar.label)}"><span class="fui-Avatar__initials ___ini" aria-hidden="true">${esc(avatar.initials)}</span></span>`;
  return el(
    doc,
    `<div class="fui-Flex ___o1"><div class="fui-Flex ___o2"><div class="fui-Flex ___o3">
      <div class="fui-ChatMessageCompact ___1x9pq2r">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar">
          <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">${av}</div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
        <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
          <div>
            <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${esc(author)}</span></span></div>
            <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${esc(first)}</span></div>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      </div>
    </div></div></div>`,
  );
}

/** One guest-view caption item: `(div) > author + text`, no items-renderer (VEXA). */
function guestItem(doc: Document, author: string, first: string): HTMLElement {
  return el(
    doc,
    `<div class="fui-Flex ___g1">
      <div><span dir="auto" data-tid="author" class="fui-StyledText">${esc(author)}</span></div>
      <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${esc(first)}</span></div>
    </div>`,
  );
}

function listOf(p: Page, view: 'host' | 'guest'): HTMLElement {
  const content = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  if (view === 'guest') return content;
  const inner = content.firstElementChild;
  if (!inner) throw new Error('scenario bug: list inner not found');
  return inner as HTMLElement;
}

function textNode(item: Element): Text {
  return q(item, '[data-tid="closed-caption-text"]').firstChild as Text;
}

interface SayOpts {
  view?: 'host' | 'guest';
  avatar?: Avatar;
  step?: number;
  /** Keep at most this many items in the list (virtualised retention, §4.4). */
  keep?: number;
}

/**
 * Appends a caption item for `author` and refines it in place: word growth of `words`, then the
 * re-punctuated `final` (if given). Returns the item.
 */
async function say(p: Page, author: string, words: string, final?: string, o: SayOpts = {}): Promise<HTMLElement> {
  const view = o.view ?? 'host';
  const list = listOf(p, view);
  const first = words.split(' ')[0]!;
  const item = view === 'host' ? hostItem(p.doc, author, first, o.avatar ?? { img: true }) : guestItem(p.doc, author, first);
  list.appendChild(item);
  if (o.keep !== undefined) while (list.children.length > o.keep) list.firstElementChild!.remove();
  await p.sleep(o.step ?? 90);
  await grow(p, textNode(item), words, final, o.step ?? 90, 1);
  return item;
}

/** Sets the text node through explicit states (restarts, mid-word stops, ASR re-formatting). */
async function states(p: Page, item: Element, seq: string[], ms = 90) {
  const node = textNode(item);
  for (const s of seq) {
    node.data = s;
    await p.sleep(ms);
  }
}

function toast(p: Page, text: string, tid = 'toast') {
  const area = q(p.doc, '[data-tid="notification-area"]');
  area.appendChild(el(p.doc, `<div data-tid="${tid}" class="fui-Toast ___t"><div class="fui-Toast__title">${esc(text)}</div></div>`));
}

function clearToasts(p: Page) {
  q(p.doc, '[data-tid="notification-area"]').replaceChildren();
}

/** Leaving: the stage and controls (hangup markers) go away and the post-call screen shows (§4.1). */
function leaveCall(p: Page) {
  p.doc.querySelectorAll('#hangup-button, button[data-tid^="hangup-"], button[data-tid="anon-hangup-button"]').forEach((b) => b.remove());
  p.doc.querySelector('[data-tid="calling-controls"]')?.remove();
  p.doc.querySelector('[data-tid="calling-stage"]')?.remove();
  p.doc.body.appendChild(
    el(p.doc, '<div data-tid="post-call-screen" class="fui-Flex"><h1>You left the meeting</h1><button data-tid="rejoin-button">Rejoin</button></div>'),
  );
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

const MQ = 'Marisol Quintero (Guest)';
const MQ_NAMES = [MQ, 'Marisol Quintero'];

// §4.3 host item + §4.5 own display name; patient with a "(Guest)" suffix and initials avatar; the
// tile shows the clinician without her title; toasts (join, hand, recording) are not speech.
const guestSuffixAndToasts: Scenario = {
  name: 'teams r6: (Guest) patient with initials avatar, title-less tile, join/hand/recording toasts',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: ['Dr. Ana Ruiz'],
  body: page({
    view: 'host',
    tiles: ['Ana Ruiz', MQ],
    extra: '<div data-tid="roster-organizer-label" class="fui-StyledText">Organizer</div>',
    chat: [['Ana Ruiz', 'Welcome, the visit will start in a minute']],
  }),
  async play(p) {
    toast(p, `${MQ} joined the meeting`, 'participant-joined-toast');
    await p.sleep(400);
    const avatar: Avatar = { initials: 'MQ', label: MQ };
    await say(p, 'Dr. Ana Ruiz', 'good morning Marisol can you hear me okay', 'Good morning, Marisol. Can you hear me okay?');
    await p.sleep(350);
    await say(p, MQ, 'yes I can hear you fine', 'Yes, I can hear you fine.', { avatar });
    await p.sleep(300);
    toast(p, 'Recording and transcription have started. Let everyone know that they are being recorded and transcribed.', 'recording-banner');
    await p.sleep(300);
    await say(p, 'Dr. Ana Ruiz', 'which dose of metformin are you taking now', 'Which dose of metformin are you taking now?');
    await p.sleep(300);
    await say(p, MQ, '500 mg twice a day with breakfast and dinner', '500 mg twice a day, with breakfast and dinner.', { avatar });
    toast(p, `${MQ} raised a hand`, 'raise-hand-toast');
    await p.sleep(200);
    await say(p, MQ, 'and sometimes I forget the evening one', 'And sometimes I forget the evening one.', { avatar });
    await p.sleep(400);
    clearToasts(p);
    toast(p, 'Ana Ruiz reacted with Like', 'reaction-toast');
    await say(p, 'Dr. Ana Ruiz', "okay let's set a phone reminder for 7:30 PM", "Okay, let's set a phone reminder for 7:30 p.m.");
    await p.sleep(300);
  },
  leave: leaveCall,
  expected: [
    { speaker: 'Dr. Ana Ruiz', role: 'clinician', text: 'Good morning, Marisol. Can you hear me okay?' },
    { speaker: MQ_NAMES, role: 'patient', text: 'Yes, I can hear you fine.' },
    { speaker: 'Dr. Ana Ruiz', role: 'clinician', text: 'Which dose of metformin are you taking now?' },
    { speaker: MQ_NAMES, role: 'patient', text: '500 mg twice a day, with breakfast and dinner.' },
    { speaker: MQ_NAMES, role: 'patient', text: 'And sometimes I forget the evening one.' },
    { speaker: 'Dr. Ana Ruiz', role: 'clinician', text: "Okay, let's set a phone reminder for 7:30 p.m." },
  ],
  forbidden: ['joined the meeting', 'raised a hand', 'Recording and transcription', 'reacted with', 'MQ', 'Organizer', 'Welcome, the visit'],
};

const CHEN = 'Chen, Wei (External)';
const CHEN_NAMES = [CHEN, 'Chen, Wei', 'Wei Chen'];
const OKAFOR = 'Okafor, Samuel (Northside Health)';

// §4.4 "one item per utterance": same-speaker consecutive items and one-word back-channels; §4.5 the
// local user is their own display name, here in enterprise "Last, First (Org)" form; chat and a
// network warning sit outside the caption list (§9 non-caption regions).
const lastFirstAndBackchannels: Scenario = {
  name: 'teams r6: "Last, First (Org)" clinician, (External) patient, back-channels between bursts',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2YjQ1NzQtOGE0Ny00%40thread.v2/0?context=%7b%22Tid%22%3a%22f00d%22%7d',
  selfNames: [OKAFOR],
  body: page({
    view: 'host',
    tiles: ['Okafor, Samuel (Northside Health)', 'Chen, Wei (External)'],
    chat: [[CHEN, 'Sorry my camera is not working today']],
  }),
  async play(p) {
    const fast = { step: 45 };
    await say(p, OKAFOR, 'so the scan showed a small cyst on the left kidney', 'So the scan showed a small cyst on the left kidney.');
    await p.sleep(200);
    await say(p, CHEN, 'mm-hmm', 'Mm-hmm.', fast);
    await p.sleep(200);
    await say(p, OKAFOR, "it's 12 mm which is small and very common", "It's 12 mm, which is small and very common.");
    await p.sleep(150);
    await say(p, CHEN, 'right', 'Right.', fast);
    toast(p, 'Poor network quality detected. Others might have trouble hearing you.', 'network-warning');
    await p.sleep(200);
    await say(p, OKAFOR, "we'll repeat the ultrasound in 6 months", "We'll repeat the ultrasound in 6 months.");
    await say(p, OKAFOR, 'around the 14th of March', 'Around the 14th of March.', fast);
    await p.sleep(250);
    await say(p, CHEN, 'okay do I need to fast before that', 'Okay, do I need to fast before that?', fast);
    await say(p, CHEN, 'like no breakfast', 'Like, no breakfast?', fast);
    await p.sleep(250);
    toast(p, `${CHEN}: Is parking free at the clinic?`, 'chat-preview-toast');
    await say(p, OKAFOR, 'no fasting needed just drink 1 l of water an hour before', 'No fasting needed, just drink 1 L of water an hour before.');
    await p.sleep(300);
  },
  leave: leaveCall,
  expected: [
    { speaker: OKAFOR, role: 'clinician', text: 'So the scan showed a small cyst on the left kidney.' },
    { speaker: CHEN_NAMES, role: 'patient', text: 'Mm-hmm.' },
    { speaker: OKAFOR, role: 'clinician', text: "It's 12 mm, which is small and very common." },
    { speaker: CHEN_NAMES, role: 'patient', text: 'Right.' },
    { speaker: OKAFOR, role: 'clinician', text: "We'll repeat the ultrasound in 6 months." },
    { speaker: OKAFOR, role: 'clinician', text: 'Around the 14th of March.' },
    { speaker: CHEN_NAMES, role: 'patient', text: 'Okay, do I need to fast before that?' },
    { speaker: CHEN_NAMES, role: 'patient', text: 'Like, no breakfast?' },
    { speaker: OKAFOR, role: 'clinician', text: 'No fasting needed, just drink 1 L of water an hour before.' },
  ],
  forbidden: ['Poor network quality', 'parking free', 'camera is not working', 'trouble hearing you'],
};

const PRIYA_DOM = 'Dr. Priya Natarajan (Guest)';
const JORDAN = 'Jordan Lee (they/them)';

// §4.3 guest (anonymous) DOM with no items-renderer, on a teams.live.com light meeting (§4.1); the
// local guest's own name carries a "(Guest)" decoration and the patient's carries pronouns; the
// recogniser's symbols (°, %, /, masked profanity) must come through unchanged.
const guestViewDecoratedNames: Scenario = {
  name: 'teams r6: guest view light meeting, pronouns and (Guest) on names, symbols and masked profanity',
  url: 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nVXJsIjoiaHR0cHM6Ly90ZWFtcy5saXZlLmNvbS9tZWV0LzkzNzYifQ',
  selfNames: ['Dr. Priya Natarajan'],
  body: page({
    view: 'guest',
    hangupTid: 'anon-hangup-button',
    tiles: [PRIYA_DOM, JORDAN],
    extra: '<div data-tid="mute-banner" role="alert" class="fui-MessageBar">You are muted. Unmute to speak.</div>',
  }),
  async play(p) {
    const g = { view: 'guest' as const };
    await say(p, PRIYA_DOM, 'hi Jordan how has the fever been since Monday', 'Hi Jordan, how has the fever been since Monday?', g);
    q(p.doc, '[data-tid="mute-banner"]').remove();
    await p.sleep(300);
    await say(p, JORDAN, 'it peaked at 38.5 °C on Tuesday night', 'It peaked at 38.5 °C on Tuesday night.', g);
    await say(p, JORDAN, 'and the headache honestly it hurt like f*** for two days', 'And the headache, honestly, it hurt like f*** for two days.', g);
    await p.sleep(300);
    toast(p, `${JORDAN} is now presenting`, 'presenting-toast');
    await say(p, PRIYA_DOM, 'and now on a scale of 0/10 how bad is it', 'And now, on a scale of 0 to 10, how bad is it?', g);
    await p.sleep(250);
    await say(p, JORDAN, "maybe a 3/10 it's like 70% better", "Maybe a 3/10. It's like 70% better.", g);
    await p.sleep(300);
    toast(p, 'Your webcam is being used by another application', 'device-warning');
    await say(p, PRIYA_DOM, 'good keep the ibuprofen at 400 mg every 8 hours with food', 'Good. Keep the ibuprofen at 400 mg every 8 hours with food.', g);
    await p.sleep(300);
  },
  leave: leaveCall,
  expected: [
    { speaker: [PRIYA_DOM, 'Dr. Priya Natarajan'], role: 'clinician', text: 'Hi Jordan, how has the fever been since Monday?' },
    { speaker: [JORDAN, 'Jordan Lee'], role: 'patient', text: 'It peaked at 38.5 °C on Tuesday night.' },
    { speaker: [JORDAN, 'Jordan Lee'], role: 'patient', text: 'And the headache, honestly, it hurt like f*** for two days.' },
    { speaker: [PRIYA_DOM, 'Dr. Priya Natarajan'], role: 'clinician', text: 'And now, on a scale of 0 to 10, how bad is it?' },
    { speaker: [JORDAN, 'Jordan Lee'], role: 'patient', text: "Maybe a 3/10. It's like 70% better." },
    { speaker: [PRIYA_DOM, 'Dr. Priya Natarajan'], role: 'clinician', text: 'Good. Keep the ibuprofen at 400 mg every 8 hours with food.' },
  ],
  forbidden: ['You are muted', 'Unmute to speak', 'is now presenting', 'webcam is being used'],
};

const JOSE_DOM = 'Dr. José Núñez';
const LUCIA = 'Lucía Fernández';

// §4.5 / §8.10 self = the author equal to your own display name; the configured name is the same
// name typed without accents and in another case, as a clinician often types it; Spanish back-channels
// and the roster panel's "Muted"/"Organizer" labels around the captions.
const selfNameAccentsAndCase: Scenario = {
  name: 'teams r6: configured self name without accents/case vs "Dr. José Núñez", sí-sí back-channel',
  url: 'https://teams.cloud.microsoft/v2/?meetingjoin=true#/l/meetup-join/19:meeting_YjA1@thread.v2/0',
  selfNames: ['dr. jose nunez'],
  body: page({
    view: 'host',
    tiles: [JOSE_DOM, LUCIA],
    extra: `<div data-tid="roster-pane" role="complementary" aria-label="Participants">
      <div role="treeitem" data-tid="roster-item"><span class="fui-StyledText">${esc(JOSE_DOM)}</span><span>Organizer</span></div>
      <div role="treeitem" data-tid="roster-item"><span class="fui-StyledText">${esc(LUCIA)}</span><span>Attendee</span><span>Muted</span></div>
    </div>`,
  }),
  async play(p) {
    await say(p, JOSE_DOM, 'take one tablet every 8 hours', 'Take one tablet every 8 hours.');
    await p.sleep(150);
    await say(p, LUCIA, 'sí sí', 'Sí, sí.', { step: 50 });
    await p.sleep(150);
    await say(p, JOSE_DOM, 'but no more than 3 g in a day', 'But no more than 3 g in a day.');
    await p.sleep(250);
    await say(p, LUCIA, 'okay every 8 hours so 6 7 and 10', 'Okay, every 8 hours, so 6, 7 and 10?');
    await p.sleep(200);
    await say(p, JOSE_DOM, 'no 6 AM 2 PM and 10 PM', 'No. 6 a.m., 2 p.m. and 10 p.m.');
    await p.sleep(200);
    await say(p, LUCIA, 'ah claro 6 2 and 10 got it', 'Ah, claro. 6, 2 and 10. Got it.');
    await p.sleep(300);
  },
  leave: leaveCall,
  expected: [
    { speaker: [JOSE_DOM, 'dr. jose nunez', 'Dr. Jose Nunez'], role: 'clinician', text: 'Take one tablet every 8 hours.' },
    { speaker: LUCIA, role: 'patient', text: 'Sí, sí.' },
    { speaker: [JOSE_DOM, 'dr. jose nunez', 'Dr. Jose Nunez'], role: 'clinician', text: 'But no more than 3 g in a day.' },
    { speaker: LUCIA, role: 'patient', text: 'Okay, every 8 hours, so 6, 7 and 10?' },
    { speaker: [JOSE_DOM, 'dr. jose nunez', 'Dr. Jose Nunez'], role: 'clinician', text: 'No. 6 a.m., 2 p.m. and 10 p.m.' },
    { speaker: LUCIA, role: 'patient', text: 'Ah, claro. 6, 2 and 10. Got it.' },
  ],
  forbidden: ['Organizer', 'Attendee', 'Muted'],
};

const ALICE = 'Dr. Alice Smith';
const ROB = "Robert O'Connor";

// §4.4 "a NEW entry appears at the tail: the previous one can never change again": an abandoned
// fragment stays as its own item, the patient interrupts, the clinician restarts in a new item; within
// an item the text is refined in place, including a stopped-mid-word partial and a number re-formatted
// on re-punctuation (loose: the platform re-punctuates/re-cases).
const restartsAndInterruptions: Scenario = {
  name: 'teams r6: abandoned fragment, interruption, restarted turn, mid-word partial rewritten in place',
  url: 'https://teams.microsoft.com/meet/3981276540123?p=kZ7w1xQ',
  selfNames: [ALICE],
  loose: true,
  body: page({ view: 'host', tiles: [ALICE, ROB] }),
  async play(p) {
    const a = await say(p, ALICE, 'so your insur');
    await states(p, a, ['so your insurance']);
    await p.sleep(200);
    await say(p, ROB, 'sorry the line cut out can you repeat that', 'Sorry, the line cut out. Can you repeat that?', { step: 60 });
    await p.sleep(200);
    await say(p, ALICE, 'so your insurance covers the first ten physio visits', 'So your insurance covers the first 10 physio visits.');
    await p.sleep(250);
    const r = await say(p, ROB, 'I think I I think I already used', undefined, { step: 60 });
    await states(p, r, ['I think I I think I already used three', 'I think I I think I already used three of them', 'I think I, I think I already used 3 of them.']);
    await p.sleep(250);
    const b = await say(p, ALICE, 'then we can book the fol');
    await states(p, b, [
      'then we can book the follow',
      'then we can book the follow up for Tuesday',
      'then we can book the follow up for Tuesday the 4th at',
      'then we can book the follow up for Tuesday the 4th at 10:15',
      'Then we can book the follow-up for Tuesday the 4th at 10:15.',
    ]);
    await p.sleep(150);
    await say(p, ROB, 'mm-hmm perfect', 'Mm-hmm, perfect.', { step: 60 });
    await p.sleep(300);
  },
  leave: leaveCall,
  expected: [
    { speaker: ALICE, role: 'clinician', text: 'so your insurance' },
    { speaker: ROB, role: 'patient', text: 'Sorry, the line cut out. Can you repeat that?' },
    { speaker: ALICE, role: 'clinician', text: 'So your insurance covers the first 10 physio visits.' },
    { speaker: ROB, role: 'patient', text: 'I think I, I think I already used 3 of them.' },
    { speaker: ALICE, role: 'clinician', text: 'Then we can book the follow-up for Tuesday the 4th at 10:15.' },
    { speaker: ROB, role: 'patient', text: 'Mm-hmm, perfect.' },
  ],
};

const HANNAH = 'Dr. Hannah Okoye';
const ALEX = 'Alexandra Konstantinopoulou-Whitfield';

// §4.4 virtualised list with limited retention (oldest items removed) while short, fast items arrive;
// the tile truncates a long name with an ellipsis while the caption author shows it whole; numbers,
// phone numbers, dates and times as the recogniser writes them; a chat preview toast is not speech.
const retentionLongNameNumbers: Scenario = {
  name: 'teams r6: fast short items with retention, long name truncated on the tile only, phone/date/time',
  url: 'https://teams.microsoft.com/v2/?ring=general',
  selfNames: [HANNAH],
  body: page({ view: 'host', tiles: [HANNAH, 'Alexandra Konstantinopoulou-Whi…'] }),
  async play(p) {
    const o = { keep: 4, step: 50 };
    const turns: [string, string, string][] = [
      [HANNAH, 'what number should the pharmacy call', 'What number should the pharmacy call?'],
      [ALEX, '555-0142', '555-0142.'],
      [ALEX, "that's my mobile", "That's my mobile."],
      [HANNAH, 'and a backup number', 'And a backup number?'],
      [ALEX, 'work is 020 7946 0958 extension 12', 'Work is 020 7946 0958, extension 12.'],
      [HANNAH, 'got it', 'Got it.'],
      [HANNAH, 'your bloods are booked for the 3rd of June', 'Your bloods are booked for the 3rd of June.'],
      [ALEX, 'what time', 'What time?'],
      [HANNAH, '8:30 AM fasting from midnight', '8:30 a.m., fasting from midnight.'],
      [ALEX, 'okay', 'Okay.'],
      [ALEX, 'and the HbA1c was 7.2% last time', 'And the HbA1c was 7.2% last time.'],
      [HANNAH, 'yes we want it under 7%', 'Yes, we want it under 7%.'],
    ];
    let i = 0;
    for (const [who, words, final] of turns) {
      await say(p, who, words, final, o);
      if (i === 5) toast(p, `${ALEX}: sent you the photo of the rash`, 'chat-preview-toast');
      i++;
      await p.sleep(140);
    }
    await p.sleep(300);
  },
  leave: leaveCall,
  expected: [
    { speaker: HANNAH, role: 'clinician', text: 'What number should the pharmacy call?' },
    { speaker: ALEX, role: 'patient', text: "555-0142. That's my mobile." },
    { speaker: HANNAH, role: 'clinician', text: 'And a backup number?' },
    { speaker: ALEX, role: 'patient', text: 'Work is 020 7946 0958, extension 12.' },
    { speaker: HANNAH, role: 'clinician', text: 'Got it. Your bloods are booked for the 3rd of June.' },
    { speaker: ALEX, role: 'patient', text: 'What time?' },
    { speaker: HANNAH, role: 'clinician', text: '8:30 a.m., fasting from midnight.' },
    { speaker: ALEX, role: 'patient', text: 'Okay. And the HbA1c was 7.2% last time.' },
    { speaker: HANNAH, role: 'clinician', text: 'Yes, we want it under 7%.' },
  ],
  forbidden: ['photo of the rash', 'Whi…'],
};

export const teamsScenarios: Scenario[] = [
  guestSuffixAndToasts,
  lastFirstAndBackchannels,
  guestViewDecoratedNames,
  selfNameAccentsAndCase,
  restartsAndInterruptions,
  retentionLongNameNumbers,
];
