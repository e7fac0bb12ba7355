// Blind Zoom web-client caption scenarios. Written only from /work/shared/research/caption-platforms.md
// (§1 summary, §3 Zoom web client, §7 Zoom for Healthcare, §8 strategies, §9 fixture checklist) and
// the kit/runner contract; no product code or product fixtures were read.
//
// Page model (§3.1): the meeting UI lives either in a same-origin `<iframe id="webclient">` (filled in
// `prepare`) or, in some builds, directly in the top document (`#zmmtg-root` / `#wc-container`).
// In-call markers are `#audioOptionMenu` and `#wc-footer .footer__leave-btn-container button`; leaving
// tears the meeting UI down and shows a "You have left the meeting" screen.
// Bottom overlay (§3.3): one persistent `#live-transcription-subtitle` row in
// `.live-transcription-subtitle__box`, avatar (`<img alt="">` or an initials `<span>`) then one text
// node rewritten in place, whose old words roll off the front; no speaker name in the overlay.
// Full-transcript panel (§3.4): `[aria-label="Live Transcription List"]` / `#full-transcription` rows
// `.lt-full-transcript__item`, name + time on the first row of a group only, letter avatar in the title.
import type { Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// Page builders

interface Who {
  name: string;
  initials: string;
  photo?: string;
}

const PHOTO = 'https://us04images.zoom.us/p/v2/';

const frameDoc = (p: Page): Document => {
  const d = q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
};

/** Top frame of the web client when the meeting runs in `<iframe id="webclient">` (§3.1). */
const IFRAME_SHELL =
  '<div id="root" class="wc-pwa-shell"><iframe id="webclient" title="Zoom Meeting" allow="camera; microphone; display-capture"></iframe></div>';

/** A participant tile: `img.parentElement.nextSibling` is the name footer (what TT relies on, §3.3). */
function tile(w: Who): string {
  const face = w.photo
    ? `<img class="video-avatar__avatar-img" src="${w.photo}" alt="">`
    : `<span class="video-avatar__avatar-initials">${w.initials}</span>`;
  return `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img-container">${face}</div><div class="video-avatar__avatar-footer"><span class="video-avatar__avatar-name">${w.name}</span></div></div>`;
}

const FOOTER = `
  <div id="wc-footer" class="footer">
    <div class="footer__inner">
      <div class="join-audio-container">
        <button class="join-audio-container__btn" aria-label="mute my microphone">Mute</button>
        <button id="audioOptionMenu" class="join-audio-container__audio-option" aria-label="More audio controls"></button>
      </div>
      <div class="send-video-container"><button class="send-video-container__btn" aria-label="stop sending my video">Stop Video</button></div>
      <button class="footer-button-base__button" aria-label="open the participants list pane">Participants</button>
      <button class="footer-button-base__button" aria-label="open the chat pane">Chat</button>
      <button class="footer-button-base__button" aria-label="Show Captions">Show Captions</button>
      <button class="footer-button-base__button" aria-label="More meeting control">More</button>
      <div class="footer__leave-btn-container"><button class="footer__leave-btn" aria-label="Leave">Leave</button></div>
    </div>
  </div>`;

function chat(sender: string, msg: string): string {
  return `<div class="chat-container" role="complementary"><div class="chat-container__header">Chat</div><div class="chat-list" aria-live="polite"><div class="chat-item"><span class="chat-item__sender">${sender}</span><div class="chat-item__chat-info-msg">${msg}</div></div></div></div>`;
}

const PANEL_HEAD =
  '<div class="transcript-panel__header"><span class="transcript-panel__title">Transcript</span><button class="zm-btn" aria-label="Save Transcript">Save Transcript</button><button class="zm-btn" aria-label="close the transcript panel">Close</button></div>';

/** The full-transcript side panel (§3.4), list empty or pre-filled with history rows. */
function panel(rows = ''): string {
  return `<div class="transcript-panel" role="complementary">${PANEL_HEAD}<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription" role="list">${rows}</div></div>`;
}

interface RowSpec {
  /** Absent on a continuation row (same speaker as the row above, §3.4). */
  who?: Who;
  time: string;
  text: string;
}

/** One `.lt-full-transcript__item`; the letter avatar sits inside the title (naive text: "DDr. …"). */
function rowHtml(r: RowSpec): string {
  const msg = `<div class="lt-full-transcript__message">${r.text}</div>`;
  if (!r.who) {
    return `<div class="lt-full-transcript__item" role="listitem"><span class="lt-full-transcript__time">${r.time}</span>${msg}</div>`;
  }
  const face = r.who.photo ? `<img src="${r.who.photo}" alt="">` : `<span class="lt-full-transcript__avatar-letter">${r.who.name.charAt(0)}</span>`;
  return `<div class="lt-full-transcript__item lt-full-transcript__title--first" role="listitem"><div class="lt-full-transcript__title"><div class="lt-full-transcript__avatar">${face}</div><span class="lt-full-transcript__display-name">${r.who.name}</span><span class="lt-full-transcript__time">${r.time}</span></div>${msg}</div>`;
}

interface UiOpts {
  people: Who[];
  /** Bottom subtitle box present (captions shown). */
  overlay?: boolean;
  /** Transcript panel HTML (see `panel`). */
  panel?: string;
  chat?: string;
}

/** The in-meeting web client (`#zmmtg-root` › `#wc-container`). */
function meetingUi(o: UiOpts): string {
  return `<div id="zmmtg-root"><div id="wc-container" class="meeting-app"><div class="meeting-client"><div class="meeting-client-inner">
    <div id="wc-content" class="video-layout">${o.people.map(tile).join('')}</div>
    ${o.overlay ? '<div class="live-transcription-subtitle__box"></div>' : ''}
    <div class="sidebar">${o.chat ?? ''}${o.panel ?? ''}</div>
    ${FOOTER}
  </div></div></div></div>`;
}

/** Leaving: Zoom tears the meeting UI down (markers, overlay, panel) and shows the leave screen. */
function leaveMeeting(d: Document) {
  q(d, '#zmmtg-root').replaceChildren(
    el(d, '<div class="leave-meeting-container"><p class="leave-meeting-container__title">You have left the meeting</p><button class="zm-btn">Rejoin</button></div>'),
  );
}

// ---------------------------------------------------------------------------------------------------
// Overlay (§3.3): one row, one text node, a rolling window per speaker

/** The last whole words of what was said that fit in `max` characters (old words roll off). */
function tail(words: readonly string[], max: number): string {
  let out = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const next = out ? `${words[i]} ${out}` : (words[i] ?? '');
    if (next.length > max) break;
    out = next;
  }
  return out;
}

interface Subtitle {
  doc: Document;
  row: HTMLElement;
  text: Text;
  max: number;
  /** Each speaker's accumulated words: the overlay shows their tail again when they come back. */
  said: Map<Who, string[]>;
}

function mountSubtitle(doc: Document, box: Element, max = 110): Subtitle {
  const row = el(doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
  const text = doc.createTextNode('');
  q(row, '.live-transcription-subtitle__item').appendChild(text);
  box.appendChild(row);
  return { doc, row, text, max, said: new Map() };
}

/** Swaps the row's avatar: photo `<img alt="">` or an initials bubble `<span>`; null = none. */
function setAvatar(s: Subtitle, who: Who | null, photo = true) {
  const first = s.row.firstElementChild;
  if (first && !first.classList.contains('live-transcription-subtitle__item')) first.remove();
  if (!who) return;
  const face = photo && who.photo ? el(s.doc, `<img src="${who.photo}" alt="">`) : el(s.doc, `<span>${who.initials}</span>`);
  s.row.insertBefore(face, s.row.firstChild);
}

/** Speaker change: avatar swapped and the text jumps to that speaker's accumulated window. */
function turnTo(s: Subtitle, who: Who, photo = true) {
  setAvatar(s, who, photo);
  s.text.data = tail(s.said.get(who) ?? [], s.max);
}

function saidBy(s: Subtitle, who: Who): string[] {
  let words = s.said.get(who);
  if (!words) s.said.set(who, (words = []));
  return words;
}

/** Rolls `sentence` into the overlay word by word; `onWord(i)` runs after each word (i = 1-based). */
async function say(p: Page, s: Subtitle, who: Who, sentence: string, stepMs = 100, onWord?: (i: number) => void) {
  const words = saidBy(s, who);
  let i = 0;
  for (const w of sentence.split(' ')) {
    words.push(w);
    s.text.data = tail(words, s.max);
    onWord?.(++i);
    await p.sleep(stepMs);
  }
}

// ---------------------------------------------------------------------------------------------------
// Panel rows that grow in place

/** Appends a row showing the first word and returns its message text node. */
function addRow(doc: Document, list: Element, r: RowSpec): Text {
  const first = r.text.split(' ')[0] ?? '';
  const row = el(doc, rowHtml({ ...r, text: first }));
  list.appendChild(row);
  return q(row, '.lt-full-transcript__message').firstChild as Text;
}

async function growRow(p: Page, doc: Document, list: Element, r: RowSpec, final?: string, stepMs = 100) {
  const node = addRow(doc, list, r);
  await p.sleep(stepMs);
  await grow(p, node, r.text, final, stepMs, 1);
}

/** One turn shown in both the overlay (rolling) and a new panel row (growing), in lockstep. */
async function sayBoth(p: Page, s: Subtitle, list: Element, who: Who, r: RowSpec, photo = true) {
  turnTo(s, who, photo);
  const words = r.text.split(' ');
  let node: Text | null = null;
  await say(p, s, who, r.text, 100, (i) => {
    if (!node) node = addRow(s.doc, list, r);
    else node.data = words.slice(0, i).join(' ');
  });
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

// S1 — §3.1 (iframe #webclient, app.zoom.us /wc/<id>/join?fromPWA=1) + §3.3 (rolling overlay).
const s1Patient: Who = { name: 'Marcus Oyelaran', initials: 'MO', photo: `${PHOTO}marcus-oyelaran.jpg` };
const s1Self: Who = { name: 'Dr. Leila Haddad', initials: 'LH' };
const S1_P =
  'So, um, the pain started about three weeks ago, mostly in my lower back, and then it kind of spread down into my left leg, especially when I sit at my desk for more than an hour, and, you know, it wakes me up at night.';
const S1_C = 'Okay. Does anything make it better, like lying down or a heat pack?';

// S2 — §3.1 (top-document build, us04web) + §3.3 interleaving: the returning speaker's ACCUMULATED
// window is shown again before their new words.
const s2Patient: Who = { name: 'Beatriz Souza', initials: 'BS' };
const s2Self: Who = { name: 'Dr. Kenji Watanabe', initials: 'KW', photo: `${PHOTO}kenji-watanabe.png` };
const S2_A1 =
  "I've been checking my blood sugar every morning like you asked, and it's mostly been between six and eight, except for the weekend when we had my sister's birthday party.";
const S2_B1 = "That's really consistent. What happened at the party?";
const S2_A2 = 'Honestly, cake. And I forgot my evening tablet that night.';
const S2_B2 = "That happens. Let's talk about a plan for the next party.";

// S3 — §3.3: initials bubble first, photo avatar loads mid-turn (speaker key flaps); system line in
// the overlay before speech; iframe layout (§3.1) on zoom.us.
const s3Patient: Who = { name: 'Jürgen Müller', initials: 'JM', photo: `${PHOTO}juergen-mueller.jpg` };
const s3Self: Who = { name: 'Dr. Olu Adeyemi', initials: 'OA', photo: `${PHOTO}olu-adeyemi.jpg` };
const S3_P =
  'Yeah, hi. So the new knee brace helps when I walk, but going down stairs is still, um, really painful, especially in the evening.';
const S3_C = 'Thanks, Jürgen. On a scale of zero to ten, how bad is it on the stairs?';

// S4 — §3.4: panel opened mid-call replays history; grouped rows under one name header; letter
// avatars; timestamps next to names; accented names.
const s4Self: Who = { name: 'Dr. Renée Dubois', initials: 'RD' };
const s4Patient: Who = { name: 'José Álvarez', initials: 'JÁ' };
const S4 = {
  c1: 'Hi José, thanks for joining. Can you hear me okay?',
  p1: 'Yes, I can hear you. Sorry, my camera is a bit slow today.',
  p1b: 'I had to restart the laptop twice.',
  c2: 'No problem at all. So what brings you in today?',
  p2: "Um, mostly the headaches. They've been getting worse since, you know, I started the new job.",
  p2b: "And I'm not sleeping much either.",
  c3: "That sounds really hard. Let's figure out together what would help you most.",
  p3: "Okay, yeah. I'd like that.",
};

// S5 — §3.3 + §3.4 (+ §1): overlay and transcript panel both live; each turn once, named from the panel.
const s5Self: Who = { name: 'Dr. Samuel Okafor', initials: 'SO', photo: `${PHOTO}samuel-okafor.jpg` };
const s5Patient: Who = { name: 'Aroha Ngātai', initials: 'AN' };
const S5 = {
  c1: 'How have the new inhalers been working for you this week?',
  p1: 'Better, I think. I only needed the blue one twice, and both times it was after I walked up the hill to the bus stop in the cold.',
  c2: "That's a real improvement. Well done for keeping track of it.",
  p2: 'Thanks. My daughter made me a chart for the fridge.',
};

// S6 — §3.4 + §9 (toggle → a NEW root node): panel closed and reopened; the reopened list replays
// history including turns spoken while it was closed.
const s6Self: Who = { name: 'Dr. Ingrid Halvorsen', initials: 'IH' };
const s6Patient: Who = { name: 'Tomás Ruiz-Peña', initials: 'TR', photo: `${PHOTO}tomas-ruiz-pena.jpg` };
const S6 = {
  c1: 'Before we finish, I want to check in about the plan we made last time.',
  p1: "The walking plan? I've done it most days, maybe four out of seven.",
  c2: 'Four out of seven is great. What got in the way on the other days?',
  p2: 'Mostly the rain, honestly, and one late shift.',
  c3: 'That makes sense. Shall we plan an indoor option for rainy days?',
  p3: 'Yes, definitely. I could use the stairs at work.',
};

// S7 — §3.4 (React-virtualized list recycles row elements; ASR re-punctuates and re-spells the
// trailing word) + §8.8; top-document build, host /start URL.
const s7Self: Who = { name: 'Dr. Hannah Kowalczyk', initials: 'HK' };
const s7Patient: Who = { name: "Siobhán O'Donnell", initials: 'SO' };
const S7 = {
  c1: 'How has your mood been since we adjusted the dose?',
  p1grow: 'A bit steadier, the mornings. Are still rough tho',
  p1: 'A bit steadier. The mornings are still rough, though.',
  c2: 'What happens in the mornings, usually?',
  p2: "I just, um, I can't get going. I lie there for like an hour.",
  p2b: "Some days I'm late for work because of it.",
  c3: "Thank you for telling me that. Let's look at it together.",
};

// S8 — §7 (Zoom for Healthcare = same web client, vanity subdomain) + §3.1 (pre-join → in-call) +
// §3.2 (captions turned on late) + §3.3 overlay, then §3.4 panel opened replaying what the overlay showed.
const s8Self: Who = { name: 'Dr. Amara Nwosu', initials: 'AN' };
const s8Patient: Who = { name: 'Đặng Thu Hà', initials: 'ĐH', photo: `${PHOTO}dang-thu-ha.jpg` };
const S8 = {
  c1: 'Can you tell me a little more about the dizziness?',
  p1: 'It happens when I stand up too fast, and sometimes in the shower, and it lasts maybe ten seconds.',
  c2: 'Have you had any falls or near misses?',
  p2: 'No falls. I hold onto the wall until it passes.',
};

// S9 — §9 + §3.2: captions turned off (overlay box removed) and on again (a NEW box); top document.
const s9Self: Who = { name: 'Dr. Maya Goldberg', initials: 'MG' };
const s9Patient: Who = { name: 'Ana Lúcia Ferreira', initials: 'AF', photo: `${PHOTO}ana-lucia-ferreira.jpg` };
const S9 = {
  p1: 'The physio exercises are going okay, but I skipped them on Tuesday because my shoulder felt, um, kind of hot and swollen.',
  c1: 'Is it still swollen today, or has that settled down?',
  p2: 'It settled by Thursday. I put ice on it like the leaflet said.',
};

export const zoomScenarios: Scenario[] = [
  {
    // §3.1 iframe layout + §3.3: one long patient monologue rolls through the overlay window, so its
    // first words have left the DOM long before the turn ends; then the clinician (initials bubble).
    name: 'zoom overlay (iframe): long monologue rolls old words off the front',
    url: 'https://app.zoom.us/wc/84712345678/join?fromPWA=1',
    selfNames: [s1Self.name],
    body: IFRAME_SHELL,
    prepare(p) {
      frameDoc(p).body.innerHTML = meetingUi({
        people: [s1Self, s1Patient],
        overlay: true,
        chat: chat(s1Patient.name, 'running 2 min late, sorry!'),
      });
    },
    async play(p) {
      const d = frameDoc(p);
      const s = mountSubtitle(d, q(d, '.live-transcription-subtitle__box'), 100);
      await p.sleep(300);
      turnTo(s, s1Patient);
      await say(p, s, s1Patient, S1_P);
      await p.sleep(900);
      turnTo(s, s1Self, false);
      await say(p, s, s1Self, S1_C);
      await p.sleep(600);
    },
    leave(p) {
      leaveMeeting(frameDoc(p));
    },
    expected: [
      { speaker: { key: 'marcus' }, text: S1_P },
      { speaker: { key: 'leila' }, text: S1_C },
    ],
    forbidden: ['running 2 min late', 'LH', 'MO', 'Show Captions', 'You have left the meeting'],
  },
  {
    // §3.1 top-document build + §3.3 interleaving: A, B, A, B; each return first re-shows that
    // speaker's accumulated window, then adds new words. Only the new words belong to the new turn.
    name: 'zoom overlay (top document): alternating speakers, returning speaker re-shows old window',
    url: 'https://us04web.zoom.us/wc/83459012345/join?fromPWA=1',
    selfNames: [s2Self.name],
    body: meetingUi({ people: [s2Self, s2Patient], overlay: true }),
    async play(p) {
      const s = mountSubtitle(p.doc, q(p.doc, '.live-transcription-subtitle__box'), 110);
      await p.sleep(200);
      turnTo(s, s2Patient);
      await say(p, s, s2Patient, S2_A1);
      await p.sleep(700);
      turnTo(s, s2Self);
      await say(p, s, s2Self, S2_B1);
      await p.sleep(700);
      turnTo(s, s2Patient); // the patient's accumulated (rolled) window comes back first
      await p.sleep(350);
      await say(p, s, s2Patient, S2_A2);
      await p.sleep(700);
      turnTo(s, s2Self); // the clinician's whole earlier turn comes back first
      await p.sleep(350);
      await say(p, s, s2Self, S2_B2);
      await p.sleep(500);
    },
    leave(p) {
      leaveMeeting(p.doc);
    },
    expected: [
      { speaker: { key: 'beatriz' }, text: S2_A1 },
      { speaker: { key: 'kenji' }, text: S2_B1 },
      { speaker: { key: 'beatriz' }, text: S2_A2 },
      { speaker: { key: 'kenji' }, text: S2_B2 },
    ],
    forbidden: ['BS', 'Stop Video', 'Leave'],
  },
  {
    // §3.3: "Captions will be shown in English (US)" sits in the overlay when captions come on; the
    // patient's initials bubble is replaced by the photo a few words in (same turn, speaker key
    // flaps). Identity is not in the DOM, so only the running text is compared.
    name: 'zoom overlay (iframe): initials bubble swaps to photo mid-turn after a caption notice',
    url: 'https://zoom.us/wc/92087654321/join?fromPWA=1',
    selfNames: [s3Self.name],
    body: IFRAME_SHELL,
    prepare(p) {
      frameDoc(p).body.innerHTML = meetingUi({ people: [s3Self, s3Patient] });
    },
    async play(p) {
      const d = frameDoc(p);
      await p.sleep(500);
      // More → Captions: the box appears with the language notice.
      const box = el(d, '<div class="live-transcription-subtitle__box"></div>');
      q(d, '#wc-content').after(box);
      const s = mountSubtitle(d, box, 120);
      s.text.data = 'Captions will be shown in English (US)';
      await p.sleep(1200);
      turnTo(s, s3Patient, false); // initials first
      await say(p, s, s3Patient, S3_P, 100, (i) => {
        if (i === 4) setAvatar(s, s3Patient, true); // the photo finished loading
      });
      await p.sleep(900);
      turnTo(s, s3Self);
      await say(p, s, s3Self, S3_C);
      await p.sleep(500);
    },
    leave(p) {
      leaveMeeting(frameDoc(p));
    },
    textOnly: true,
    expected: [
      { speaker: { key: 'juergen' }, text: S3_P },
      { speaker: { key: 'olu' }, text: S3_C },
    ],
    forbidden: ['Captions will be shown', 'English (US)', 'JM', 'OA'],
  },
  {
    // §3.4: captions run but only the chat is open; the clinician opens "View full transcript"
    // mid-call and the list mounts with the history so far (grouped rows: the patient's second row
    // has no name), then new rows grow live, one of them a continuation row.
    name: 'zoom transcript panel: opened mid-call replays history, grouped rows, live growth',
    url: 'https://app.zoom.us/wc/81234567890/join?fromPWA=1',
    selfNames: [s4Self.name],
    body: IFRAME_SHELL,
    prepare(p) {
      frameDoc(p).body.innerHTML = meetingUi({
        people: [s4Self, s4Patient],
        chat: chat(s4Patient.name, 'Is the intake form the blue link?'),
      });
    },
    async play(p) {
      const d = frameDoc(p);
      await p.sleep(600);
      const history = [
        rowHtml({ who: s4Self, time: '10:02:11', text: S4.c1 }),
        rowHtml({ who: s4Patient, time: '10:02:16', text: S4.p1 }),
        rowHtml({ time: '10:02:21', text: S4.p1b }),
        rowHtml({ who: s4Self, time: '10:02:27', text: S4.c2 }),
      ].join('');
      q(d, '.sidebar').appendChild(el(d, panel(history)));
      const list = q(d, '#full-transcription');
      await p.sleep(1000);
      await growRow(p, d, list, { who: s4Patient, time: '10:02:35', text: S4.p2 });
      await p.sleep(300);
      await growRow(p, d, list, { time: '10:02:41', text: S4.p2b });
      await p.sleep(900);
      await growRow(p, d, list, { who: s4Self, time: '10:02:47', text: S4.c3 });
      await p.sleep(900);
      await growRow(p, d, list, { who: s4Patient, time: '10:02:55', text: S4.p3 });
      await p.sleep(400);
    },
    leave(p) {
      leaveMeeting(frameDoc(p));
    },
    expected: [
      { speaker: s4Self.name, role: 'clinician', text: S4.c1 },
      { speaker: s4Patient.name, role: 'patient', text: S4.p1 },
      { speaker: s4Patient.name, role: 'patient', text: S4.p1b },
      { speaker: s4Self.name, role: 'clinician', text: S4.c2 },
      { speaker: s4Patient.name, role: 'patient', text: S4.p2 },
      { speaker: s4Patient.name, role: 'patient', text: S4.p2b },
      { speaker: s4Self.name, role: 'clinician', text: S4.c3 },
      { speaker: s4Patient.name, role: 'patient', text: S4.p3 },
    ],
    forbidden: [
      '10:02',
      'Save Transcript',
      'Transcript',
      'intake form the blue link',
      'José Álvarez',
      'Renée Dubois',
      'JJosé',
      'DDr.',
    ],
  },
  {
    // §3.3 + §3.4 (§1: the panel carries names, the overlay none): both are open, so every word
    // appears twice in the DOM; each turn must come out once, under the panel's display name. The
    // patient's second turn re-shows their rolled overlay window before the new words.
    name: 'zoom overlay and transcript panel both open: one utterance per turn, named',
    url: 'https://us02web.zoom.us/wc/88812345678/join',
    selfNames: [s5Self.name],
    body: meetingUi({ people: [s5Self, s5Patient], overlay: true, panel: panel() }),
    async play(p) {
      const d = p.doc;
      const s = mountSubtitle(d, q(d, '.live-transcription-subtitle__box'), 110);
      const list = q(d, '#full-transcription');
      await p.sleep(300);
      await sayBoth(p, s, list, s5Self, { who: s5Self, time: '09:14:02', text: S5.c1 });
      await p.sleep(800);
      await sayBoth(p, s, list, s5Patient, { who: s5Patient, time: '09:14:07', text: S5.p1 }, false);
      await p.sleep(800);
      await sayBoth(p, s, list, s5Self, { who: s5Self, time: '09:14:16', text: S5.c2 });
      await p.sleep(800);
      await sayBoth(p, s, list, s5Patient, { who: s5Patient, time: '09:14:22', text: S5.p2 }, false);
      await p.sleep(500);
    },
    leave(p) {
      leaveMeeting(p.doc);
    },
    expected: [
      { speaker: s5Self.name, role: 'clinician', text: S5.c1 },
      { speaker: s5Patient.name, role: 'patient', text: S5.p1 },
      { speaker: s5Self.name, role: 'clinician', text: S5.c2 },
      { speaker: s5Patient.name, role: 'patient', text: S5.p2 },
    ],
    forbidden: ['09:14', 'Save Transcript', 'Aroha Ngātai', 'Samuel Okafor', 'AN'],
  },
  {
    // §3.4 + §9: panel open, two turns; the clinician closes it (the list node is removed) while the
    // conversation goes on; reopening mounts a NEW list that replays all rows, including the two turns
    // spoken while it was closed; then two more live turns.
    name: 'zoom transcript panel: closed and reopened mid-call, history replayed once',
    url: 'https://us06web.zoom.us/wc/87654321098/join?fromPWA=1',
    selfNames: [s6Self.name],
    body: IFRAME_SHELL,
    prepare(p) {
      frameDoc(p).body.innerHTML = meetingUi({ people: [s6Self, s6Patient], panel: panel() });
    },
    async play(p) {
      const d = frameDoc(p);
      let list = q(d, '#full-transcription');
      await p.sleep(300);
      await growRow(p, d, list, { who: s6Self, time: '16:40:03', text: S6.c1 });
      await p.sleep(800);
      await growRow(p, d, list, { who: s6Patient, time: '16:40:10', text: S6.p1 });
      await p.sleep(800);
      q(d, '.transcript-panel').remove(); // closed
      await p.sleep(1500); // c2 and p2 are spoken now; nothing of them is in the DOM
      const history = [
        rowHtml({ who: s6Self, time: '16:40:03', text: S6.c1 }),
        rowHtml({ who: s6Patient, time: '16:40:10', text: S6.p1 }),
        rowHtml({ who: s6Self, time: '16:40:17', text: S6.c2 }),
        rowHtml({ who: s6Patient, time: '16:40:24', text: S6.p2 }),
      ].join('');
      q(d, '.sidebar').appendChild(el(d, panel(history))); // reopened: a new list node
      list = q(d, '#full-transcription');
      await p.sleep(800);
      await growRow(p, d, list, { who: s6Self, time: '16:40:31', text: S6.c3 });
      await p.sleep(800);
      await growRow(p, d, list, { who: s6Patient, time: '16:40:38', text: S6.p3 });
      await p.sleep(400);
    },
    leave(p) {
      leaveMeeting(frameDoc(p));
    },
    expected: [
      { speaker: s6Self.name, role: 'clinician', text: S6.c1 },
      { speaker: s6Patient.name, role: 'patient', text: S6.p1 },
      { speaker: s6Self.name, role: 'clinician', text: S6.c2 },
      { speaker: s6Patient.name, role: 'patient', text: S6.p2 },
      { speaker: s6Self.name, role: 'clinician', text: S6.c3 },
      { speaker: s6Patient.name, role: 'patient', text: S6.p3 },
    ],
    forbidden: ['16:40', 'Save Transcript', 'Tomás Ruiz-Peña', 'Ingrid Halvorsen'],
  },
  {
    // §3.4 + §8.8: the virtualized list keeps three row elements; each new row reuses the oldest
    // element (its name, time and message text node are rewritten, then it moves to the bottom). The
    // ASR rewrites one row's punctuation and re-spells its trailing word ("tho" → "though.").
    name: 'zoom transcript panel: virtualized rows recycled, trailing word re-spelled',
    url: 'https://zoom.us/wc/95551234567/start',
    selfNames: [s7Self.name],
    body: meetingUi({ people: [s7Self, s7Patient], panel: panel() }),
    async play(p) {
      const d = p.doc;
      const list = q(d, '#full-transcription');
      let top = 0;
      /** A new row: a fresh element while fewer than 3 exist, else the oldest one recycled. */
      const nextRow = (r: RowSpec): Text => {
        const y = `position: absolute; top: ${(top += 64)}px;`;
        if (list.children.length < 3) {
          const node = addRow(d, list, r);
          (node.parentElement!.parentElement as HTMLElement).setAttribute('style', y);
          return node;
        }
        const row = list.firstElementChild as HTMLElement;
        row.setAttribute('style', y);
        row.className = r.who ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
        row.querySelector('.lt-full-transcript__title')?.remove();
        row.querySelector(':scope > .lt-full-transcript__time')?.remove();
        const head = el(d, rowHtml({ ...r, text: '' }));
        const lead = r.who ? q(head, '.lt-full-transcript__title') : q(head, '.lt-full-transcript__time');
        row.insertBefore(lead, row.firstChild);
        const node = q(row, '.lt-full-transcript__message').firstChild as Text;
        node.data = r.text.split(' ')[0] ?? '';
        list.appendChild(row);
        return node;
      };
      const turn = async (r: RowSpec, grown = r.text, final?: string) => {
        const node = nextRow({ ...r, text: grown });
        await p.sleep(90);
        await grow(p, node, grown, final, 90, 1);
      };
      await p.sleep(300);
      await turn({ who: s7Self, time: '11:20:04', text: S7.c1 });
      await p.sleep(800);
      await turn({ who: s7Patient, time: '11:20:09', text: S7.p1 }, S7.p1grow, S7.p1);
      await p.sleep(800);
      await turn({ who: s7Self, time: '11:20:15', text: S7.c2 });
      await p.sleep(800);
      await turn({ who: s7Patient, time: '11:20:19', text: S7.p2 }); // recycles the c1 row
      await p.sleep(300);
      await turn({ time: '11:20:25', text: S7.p2b }); // recycles the p1 row as a continuation row
      await p.sleep(800);
      await turn({ who: s7Self, time: '11:20:30', text: S7.c3 }); // recycles the c2 row
      await p.sleep(500);
    },
    leave(p) {
      leaveMeeting(p.doc);
    },
    loose: true,
    expected: [
      { speaker: s7Self.name, role: 'clinician', text: S7.c1 },
      { speaker: s7Patient.name, role: 'patient', text: S7.p1 },
      { speaker: s7Self.name, role: 'clinician', text: S7.c2 },
      { speaker: s7Patient.name, role: 'patient', text: S7.p2 },
      { speaker: s7Patient.name, role: 'patient', text: S7.p2b },
      { speaker: s7Self.name, role: 'clinician', text: S7.c3 },
    ],
    forbidden: ['11:20', 'Save Transcript', "Siobhán O'Donnell", 'Hannah Kowalczyk'],
  },
  {
    // §7 (Zoom for Healthcare: same web client on a vanity subdomain) + §3.1 + §3.2 + §3.3 + §3.4:
    // the clinician is on the pre-join screen, joins, talks without captions (nothing to capture),
    // turns captions on late (overlay: no names), then opens the full transcript, which replays the
    // two overlay turns with names; the rest of the visit shows in both overlay and panel.
    name: 'zoom for healthcare: pre-join, captions on late, transcript opened after overlay turns',
    url: 'https://mercyhealth.zoom.us/wc/93456789012/join?fromPWA=1',
    selfNames: [s8Self.name],
    body: IFRAME_SHELL,
    prepare(p) {
      frameDoc(p).body.innerHTML = `<div id="zmmtg-root"><div class="preview-meeting-info">
        <h1 class="preview-meeting-info__title">Telehealth visit</h1>
        <input id="input-for-name" type="text" value="${s8Self.name}">
        <button class="zm-btn preview-join-button">Join</button>
      </div></div>`;
    },
    async play(p) {
      const d = frameDoc(p);
      await p.sleep(800);
      d.body.innerHTML = meetingUi({ people: [s8Self, s8Patient] }); // joined
      await p.sleep(1000); // small talk, captions still off: nothing in the DOM
      const box = el(d, '<div class="live-transcription-subtitle__box"></div>');
      q(d, '#wc-content').after(box);
      const s = mountSubtitle(d, box, 110);
      await p.sleep(300);
      turnTo(s, s8Self, false);
      await say(p, s, s8Self, S8.c1);
      await p.sleep(800);
      turnTo(s, s8Patient);
      await say(p, s, s8Patient, S8.p1);
      await p.sleep(800);
      const history = [
        rowHtml({ who: s8Self, time: '14:30:05', text: S8.c1 }),
        rowHtml({ who: s8Patient, time: '14:30:09', text: S8.p1 }),
      ].join('');
      q(d, '.sidebar').appendChild(el(d, panel(history)));
      const list = q(d, '#full-transcription');
      await p.sleep(1000);
      await sayBoth(p, s, list, s8Self, { who: s8Self, time: '14:30:17', text: S8.c2 }, false);
      await p.sleep(800);
      await sayBoth(p, s, list, s8Patient, { who: s8Patient, time: '14:30:21', text: S8.p2 });
      await p.sleep(500);
    },
    leave(p) {
      leaveMeeting(frameDoc(p));
    },
    expected: [
      { speaker: { key: 'amara' }, text: S8.c1 },
      { speaker: { key: 'ha' }, text: S8.p1 },
      { speaker: s8Self.name, role: 'clinician', text: S8.c2 },
      { speaker: s8Patient.name, role: 'patient', text: S8.p2 },
    ],
    forbidden: ['14:30', 'Telehealth visit', 'Join', 'Save Transcript', 'Đặng Thu Hà', 'Amara Nwosu'],
  },
  {
    // §9 (captions off → root removed → on again → a NEW root) + §3.2 (More → Captions): the overlay
    // box is removed while the patient keeps talking, then a new box and row are mounted.
    name: 'zoom overlay: captions turned off and on again mid-call (new overlay box)',
    url: 'https://app.zoom.us/wc/86420135790/join?fromPWA=1',
    selfNames: [s9Self.name],
    body: meetingUi({
      people: [s9Self, s9Patient],
      overlay: true,
      chat: chat(s9Self.name, 'Here is the exercise sheet again'),
    }),
    async play(p) {
      const d = p.doc;
      let s = mountSubtitle(d, q(d, '.live-transcription-subtitle__box'), 110);
      await p.sleep(300);
      turnTo(s, s9Patient);
      await say(p, s, s9Patient, S9.p1);
      await p.sleep(800);
      q(d, '.live-transcription-subtitle__box').remove(); // captions off
      await p.sleep(1200);
      const box = el(d, '<div class="live-transcription-subtitle__box"></div>'); // captions on again
      q(d, '#wc-content').after(box);
      s = mountSubtitle(d, box, 110);
      await p.sleep(200);
      turnTo(s, s9Self, false);
      await say(p, s, s9Self, S9.c1);
      await p.sleep(800);
      turnTo(s, s9Patient);
      await say(p, s, s9Patient, S9.p2);
      await p.sleep(500);
    },
    leave(p) {
      leaveMeeting(p.doc);
    },
    expected: [
      { speaker: { key: 'ana' }, text: S9.p1 },
      { speaker: { key: 'maya' }, text: S9.c1 },
      { speaker: { key: 'ana' }, text: S9.p2 },
    ],
    forbidden: ['exercise sheet again', 'MG', 'Show Captions', 'More meeting control'],
  },
];
