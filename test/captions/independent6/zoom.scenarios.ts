// Zoom web client (and Zoom for Healthcare, same client, doc §7) scenarios written only from
// /work/shared/research/caption-platforms.md §1, §3, §8, §9. This round: names as the page shows
// them (decorations, "Last, First", credentials, letter avatars, initials vs photo, truncated tile
// names) and the noise a real page injects (system lines, toasts, chat previews, timestamps, buttons).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Page chrome

/** The meeting document inside the same-origin `<iframe id="webclient">` (doc §3.1). */
function frame(p: Page): Document {
  const f = q<HTMLIFrameElement>(p.doc, 'iframe#webclient');
  const d = f.contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

const IFRAME_BODY = `<div id="zoom-top-shell"><iframe id="webclient" title="Zoom web client" allow="camera; microphone"></iframe></div>`;

/** Meeting UI with the documented in-call markers (#audioOptionMenu, footer leave button; doc §3.1). */
function meeting(stage: string, side = '', extra = ''): string {
  return `<div id="zmmtg-root"><div id="wc-container" class="meeting-app">` +
    `<div class="meeting-client"><div class="meeting-client-inner">${stage}</div>${side}</div>` +
    `<div class="notification-stack">${extra}</div>` +
    `<div id="wc-footer" class="footer"><div class="footer__inner">` +
    `<div class="footer-button__audio"><button class="footer-button-base__button" aria-label="mute my microphone"><span class="footer-button-base__button-label">Mute</span></button>` +
    `<button id="audioOptionMenu" class="footer-button__audio-option" aria-label="Audio options"></button></div>` +
    `<button class="footer-button-base__button" aria-label="open the participants list pane"><span class="footer-button-base__button-label">Participants</span></button>` +
    `<button class="footer-button-base__button" aria-label="open the chat pane"><span class="footer-button-base__button-label">Chat</span></button>` +
    `<button class="footer-button-base__button" aria-label="Captions"><span class="footer-button-base__button-label">Captions</span></button>` +
    `<button class="footer-button-base__button" aria-label="Reactions"><span class="footer-button-base__button-label">Reactions</span></button>` +
    `<div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div>` +
    `</div></div></div></div>`;
}

/** Leaving tears down the meeting UI, taking the in-call markers with it (doc §3.1). */
function leaveMeeting(d: Document) {
  d.querySelector('#wc-container')?.remove();
}

/** A video tile whose avatar img's parent's next sibling is the name (the lookup TT relies on, §3.3). */
function tile(name: string, src?: string, initials?: string): string {
  const face = src
    ? `<div class="video-avatar__avatar-img-wrap"><img class="video-avatar__avatar-img" src="${src}" alt=""></div>`
    : `<div class="video-avatar__avatar-initials"><span>${initials ?? ''}</span></div>`;
  return `<div class="video-avatar__avatar">${face}<span class="video-avatar__avatar-footer">${name}</span></div>`;
}

function toast(d: Document, text: string, cls = 'notification-toast'): HTMLElement {
  const t = el(d, `<div class="${cls}" role="alert">${text}</div>`);
  q(d, '.notification-stack').appendChild(t);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Full transcript panel (doc §3.4)

interface Who {
  name: string;
  letter: string;
}

const PANEL = `<div class="transcript-side-panel" role="complementary"><div class="transcript-side-panel__header">Transcript</div>` +
  `<div id="full-transcription" class="new-lt-list-container lt-full-transcript" aria-label="Live Transcription List" role="list"></div>` +
  `<div class="transcript-side-panel__footer"><button>Save Transcript</button></div></div>`;

/** Row innards: a name header (letter avatar glued to the name, "KKrystian") or a bare continuation. */
function rowInner(who: Who | null, time: string, first: string): string {
  const head = who
    ? `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-letter">${who.letter}</span></div><span class="lt-full-transcript__display-name">${who.name}</span>`
    : '';
  return `${head}<span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message">${first}</div>`;
}

function rowClass(who: Who | null) {
  return who ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
}

/** Appends a row with the first recognised word and grows it word by word. */
async function say(p: Page, list: Element, who: Who | null, time: string, text: string, final?: string, stepMs = 90): Promise<Text> {
  const d = list.ownerDocument;
  const first = text.split(' ')[0] ?? '';
  const row = el(d, `<div class="${rowClass(who)}" role="listitem">${rowInner(who, time, first)}</div>`);
  list.appendChild(row);
  const node = q(row, '.lt-full-transcript__message').firstChild as Text;
  await grow(p, node, text, final, stepMs, 1);
  return node;
}

/**
 * Virtualised list: the oldest row element is moved to the bottom and reused for a new utterance.
 * Same-shaped rows are patched in place (text nodes rewritten); a shape change re-renders its children.
 */
async function recycle(p: Page, list: Element, who: Who | null, time: string, text: string, final?: string, stepMs = 90) {
  const row = list.firstElementChild as HTMLElement;
  list.appendChild(row);
  const first = text.split(' ')[0] ?? '';
  const nameEl = row.querySelector('.lt-full-transcript__display-name');
  let node: Text;
  if (who && nameEl) {
    (nameEl.firstChild as Text).data = who.name;
    (q(row, '.lt-full-transcript__avatar-letter').firstChild as Text).data = who.letter;
    (q(row, '.lt-full-transcript__time').firstChild as Text).data = time;
    node = q(row, '.lt-full-transcript__message').firstChild as Text;
    node.data = first;
  } else {
    row.className = rowClass(who);
    row.innerHTML = rowInner(who, time, first);
    node = q(row, '.lt-full-transcript__message').firstChild as Text;
  }
  await grow(p, node, text, final, stepMs, 1);
}

// ---------------------------------------------------------------------------------------------
// Bottom overlay (doc §3.3): one persistent row, avatar img or initials bubble, rolling text.

const OVERLAY = `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle">` +
  `<span class="live-transcription-subtitle__item">Captions will be shown in English (US)</span></div></div>`;

const WINDOW = 130;

function tail(s: string, max = WINDOW): string {
  const w = s.split(' ');
  while (w.length > 1 && w.join(' ').length > max) w.shift();
  return w.join(' ');
}

class Overlay {
  private said = new Map<string, string>();
  constructor(
    private p: Page,
    private d: Document,
  ) {}

  private get row() {
    return q(this.d, '#live-transcription-subtitle');
  }

  private get node(): Text {
    const item = q(this.d, '.live-transcription-subtitle__item');
    if (!item.firstChild) item.appendChild(this.d.createTextNode(''));
    return item.firstChild as Text;
  }

  /** Puts `html` (an img or an initials span) in front of the text, replacing any avatar. */
  avatar(html: string | null) {
    const row = this.row;
    const cur = row.firstElementChild;
    const hasAvatar = cur !== null && !cur.classList.contains('live-transcription-subtitle__item');
    if (html === null) {
      if (hasAvatar) cur.remove();
      return;
    }
    if (hasAvatar && cur.outerHTML === el(this.d, html).outerHTML) return;
    const next = el(this.d, html);
    if (hasAvatar) row.replaceChild(next, cur);
    else row.insertBefore(next, row.firstChild);
  }

  /** A status line shown in the subtitle row, no avatar. */
  async system(text: string, ms: number) {
    this.avatar(null);
    this.node.data = text;
    await this.p.sleep(ms);
  }

  /**
   * One turn. When a speaker comes back, the overlay shows their ACCUMULATED window again and
   * grows it (doc §3.3 interleaving); old words roll off the front past ~130 chars.
   * `flap` = show `flap.first` (initials) for `flap.words` words, then the real avatar.
   */
  async turn(key: string, avatarHtml: string, text: string, opts: { final?: string; stepMs?: number; flap?: { first: string; words: number } } = {}) {
    const step = opts.stepMs ?? 90;
    const prev = this.said.get(key) ?? '';
    this.avatar(opts.flap ? opts.flap.first : avatarHtml);
    const words = text.split(' ');
    for (let i = 1; i <= words.length; i++) {
      if (opts.flap && i === opts.flap.words + 1) this.avatar(avatarHtml);
      const now = words.slice(0, i).join(' ');
      this.node.data = tail(prev ? `${prev} ${now}` : now);
      await this.p.sleep(step);
    }
    const done = opts.final ?? text;
    if (opts.final !== undefined) {
      this.node.data = tail(prev ? `${prev} ${done}` : done);
      await this.p.sleep(step);
    }
    this.said.set(key, prev ? `${prev} ${done}` : done);
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const MARIA_SHE: Who = { name: 'María Fernández (she/her)', letter: 'M' };
const DR_RUIZ: Who = { name: 'Dr. Ana Ruiz', letter: 'A' };

const RUIZ_LAST_FIRST: Who = { name: 'Ruiz, Ana', letter: 'R' };
const OKAFOR_GUEST: Who = { name: 'Okafor, Chidi (Guest)', letter: 'O' };

const OSEI: Who = { name: 'Dr. Samuel Osei', letter: 'S' };
const ALEXANDRA: Who = { name: 'Alexandra Konstantinidou-Whitfield (Guest)', letter: 'A' };

const RUIZ_MD: Who = { name: 'Ana Ruiz, MD', letter: 'A' };
const TOMAS: Who = { name: 'Tomás Herrera', letter: 'T' };
const LUCIA: Who = { name: 'Lucía Herrera (Guest)', letter: 'L' };

const AR_JPG = 'https://us04st1.zoom.us/p/v2/7f3c0a9e1b2d/ana-ruiz.jpg';
const MF_JPG = 'https://us04st1.zoom.us/p/v2/c41d88a02e7f/maria-f.jpg';

export const zoomScenarios: Scenario[] = [
  // Doc §3.4: panel rows carry display names; letter avatar sits inside the title ("KKrystian");
  // rows carry timestamps; continuation rows have no name; ASR re-punctuates the last row.
  // Names: pronoun-decorated patient, titled clinician (= selfNames). Noise: join/raise-hand toasts, chat.
  {
    name: 'zoom panel: pronoun-decorated guest, letter avatars glued to names, timestamps, chat and toasts',
    url: 'https://us04web.zoom.us/wc/7391046628/join',
    selfNames: ['Dr. Ana Ruiz'],
    loose: true,
    body: meeting(
      tile('Dr. Ana Ruiz', undefined, 'AR') + tile('María Fernández (she/her)', undefined, 'MF'),
      PANEL +
        `<div class="chat-container" role="log" aria-live="polite"><div class="chat-item__sender">María Fernández (she/her) to Everyone</div>` +
        `<div class="chat-message__text">I uploaded my headache diary to the portal</div></div>`,
    ),
    async play(p) {
      const d = p.doc;
      const list = q(d, '#full-transcription');
      const joined = toast(d, 'María Fernández (she/her) joined');
      await p.sleep(300);
      await say(p, list, MARIA_SHE, '10:02:11', 'Hi doctor can you hear me. Okay', 'Hi, doctor, can you hear me OK?');
      joined.remove();
      await p.sleep(400);
      await say(p, list, DR_RUIZ, '10:02:15', 'Yes, I can hear you fine, María. How have the headaches been since last week?');
      await p.sleep(400);
      await say(p, list, MARIA_SHE, '10:02:24', 'Better, maybe 2 a week. Instead of every day.', 'Better. Maybe 2 a week instead of every day.');
      const hand = toast(d, 'María Fernández (she/her) raised hand');
      await p.sleep(200);
      await say(p, list, null, '10:02:29', 'But I still get the one behind my left eye in the morning.');
      await p.sleep(400);
      hand.remove();
      const chat = q(d, '.chat-container');
      chat.appendChild(el(d, `<div class="chat-message__text">Sorry, my camera is frozen</div>`));
      await say(p, list, DR_RUIZ, '10:02:38', 'Okay, and are you still taking the sumatriptan, the 50 mg?');
      await p.sleep(400);
      await say(p, list, MARIA_SHE, '10:02:44', 'Yes, only when it is bad', 'Yes, only when it is bad.');
    },
    leave: (p) => leaveMeeting(p.doc),
    expected: [
      { speaker: ['María Fernández (she/her)', 'María Fernández'], role: 'patient', text: 'Hi, doctor, can you hear me OK?' },
      { speaker: 'Dr. Ana Ruiz', role: 'clinician', text: 'Yes, I can hear you fine, María. How have the headaches been since last week?' },
      {
        speaker: ['María Fernández (she/her)', 'María Fernández'],
        role: 'patient',
        text: 'Better. Maybe 2 a week instead of every day. But I still get the one behind my left eye in the morning.',
      },
      { speaker: 'Dr. Ana Ruiz', role: 'clinician', text: 'Okay, and are you still taking the sumatriptan, the 50 mg?' },
      { speaker: ['María Fernández (she/her)', 'María Fernández'], role: 'patient', text: 'Yes, only when it is bad.' },
    ],
    forbidden: ['10:02:11', '10:02:24', '10:02:44', 'MMaría', 'ADr', 'joined', 'raised hand', 'headache diary', 'camera is frozen', 'Save Transcript', 'Live Transcription'],
  },

  // Doc §3.1 iframe #webclient + §3.4 panel. Names in "Last, First" directory form with a (Guest) tag;
  // ASR text with doses, temperatures, BP, percent, phone number, dates/times; short back-channel rows.
  {
    name: 'zoom panel in #webclient iframe: "Last, First" names, (Guest) tag, doses/vitals/phone numbers, back-channels',
    url: 'https://app.zoom.us/wc/84512345678/join?fromPWA=1',
    selfNames: ['Ruiz, Ana'],
    loose: true,
    body: IFRAME_BODY,
    prepare(p) {
      frame(p).body.innerHTML = meeting(
        tile('Ruiz, Ana', undefined, 'RA') + tile('Okafor, Chidi (Guest)', undefined, 'OC'),
        PANEL,
        `<div class="recording-indicator" aria-label="Recording">Recording…</div>`,
      );
    },
    async play(p) {
      const d = frame(p);
      const list = q(d, '#full-transcription');
      await say(p, list, RUIZ_LAST_FIRST, '14:02:07', 'So the amoxicillin is 500 mg three times a day for 7', 'So, the amoxicillin is 500 mg, three times a day for 7 days.');
      await p.sleep(250);
      await say(p, list, null, '14:02:13', 'Take it with food, and if your temperature goes above 38.5 °C, call us at 555-0142.');
      await p.sleep(150);
      await say(p, list, OKAFOR_GUEST, '14:02:20', 'Mm-hmm.', undefined, 60);
      await p.sleep(150);
      const preview = toast(d, 'Okafor, Chidi (Guest): is the pharmacy on Main Street open late?', 'chat-preview-toast');
      await say(p, list, RUIZ_LAST_FIRST, '14:02:22', 'And your blood pressure today was 142/90, which is a bit high.');
      await p.sleep(150);
      await say(p, list, OKAFOR_GUEST, '14:02:27', 'Right.', undefined, 60);
      await p.sleep(150);
      preview.remove();
      await say(p, list, RUIZ_LAST_FIRST, '14:02:29', "We'll recheck it in 2 weeks, on the 14th, at 10:30 AM.");
      await p.sleep(300);
      await say(p, list, OKAFOR_GUEST, '14:02:35', 'Okay 10:30 on the 14th. And is it OK to take ibuprofen like 400 mg with it', 'Okay, 10:30 on the 14th. And is it OK to take ibuprofen, like 400 mg, with it?');
      await p.sleep(200);
      await say(p, list, null, '14:02:42', 'My sats were 97% this morning, by the way.');
      await p.sleep(300);
      await say(p, list, RUIZ_LAST_FIRST, '14:02:47', 'Yes, up to 3 times a day, 1,200 mg max, for 3 to 5 days.');
    },
    leave: (p) => leaveMeeting(frame(p)),
    expected: [
      {
        speaker: ['Ruiz, Ana', 'Ana Ruiz'],
        role: 'clinician',
        text: 'So, the amoxicillin is 500 mg, three times a day for 7 days. Take it with food, and if your temperature goes above 38.5 °C, call us at 555-0142.',
      },
      { speaker: ['Okafor, Chidi (Guest)', 'Okafor, Chidi', 'Chidi Okafor'], role: 'patient', text: 'Mm-hmm.' },
      { speaker: ['Ruiz, Ana', 'Ana Ruiz'], role: 'clinician', text: 'And your blood pressure today was 142/90, which is a bit high.' },
      { speaker: ['Okafor, Chidi (Guest)', 'Okafor, Chidi', 'Chidi Okafor'], role: 'patient', text: 'Right.' },
      { speaker: ['Ruiz, Ana', 'Ana Ruiz'], role: 'clinician', text: "We'll recheck it in 2 weeks, on the 14th, at 10:30 AM." },
      {
        speaker: ['Okafor, Chidi (Guest)', 'Okafor, Chidi', 'Chidi Okafor'],
        role: 'patient',
        text: 'Okay, 10:30 on the 14th. And is it OK to take ibuprofen, like 400 mg, with it? My sats were 97% this morning, by the way.',
      },
      { speaker: ['Ruiz, Ana', 'Ana Ruiz'], role: 'clinician', text: 'Yes, up to 3 times a day, 1,200 mg max, for 3 to 5 days.' },
    ],
    forbidden: ['14:02:07', '14:02:20', '14:02:42', 'Recording', 'pharmacy on Main Street', 'ROkafor', 'RRuiz', 'OOkafor'],
  },

  // Doc §3.4 "React-virtualized ... recycles row elements for different utterances" (oldest row moved
  // to the bottom and patched in place, or re-rendered when its shape changes). Long guest name is
  // whole in the panel, truncated with an ellipsis in the video tile.
  {
    name: 'zoom panel in iframe: recycled rows across speakers, long hyphenated guest name truncated in the tile',
    url: 'https://app.zoom.us/wc/96311245870/join',
    selfNames: ['Dr. Samuel Osei'],
    loose: true,
    body: IFRAME_BODY,
    prepare(p) {
      frame(p).body.innerHTML = meeting(tile('Dr. Samuel Osei', undefined, 'SO') + tile('Alexandra Konstantinidou-Whi…', undefined, 'AK'), PANEL);
    },
    async play(p) {
      const list = q(frame(p), '#full-transcription');
      // Four row elements are mounted; later utterances reuse them.
      await say(p, list, OSEI, '09:14:02', "Good morning, Alexandra, I'm Dr. Osei, I'll be covering for Dr. Patel today.");
      await p.sleep(350);
      await say(p, list, ALEXANDRA, '09:14:09', 'Morning. Thanks for seeing me on short notice.');
      await p.sleep(200);
      await say(p, list, null, '09:14:13', "The rash on my forearm is spreading, it's about 5 cm now.");
      await p.sleep(350);
      await say(p, list, OSEI, '09:14:19', 'Is it itchy or painful, on a scale of 0 to 10?');
      await p.sleep(350);
      // row 1 (Osei header) → Alexandra header, patched in place
      await recycle(p, list, ALEXANDRA, '09:14:24', 'Itchy, maybe a 6 out of 10, worse at night.');
      await p.sleep(350);
      // row 2 (Alexandra header) → Osei header, patched in place
      await recycle(p, list, OSEI, '09:14:30', 'Okay. Any fever above 38 °C or new medications in the last 2 weeks?');
      await p.sleep(350);
      // row 3 (continuation) → Alexandra header, re-rendered
      await recycle(p, list, ALEXANDRA, '09:14:37', 'No fever. I started lisinopril 10 mg on the 2nd.');
      await p.sleep(350);
      // row 4 (Osei header) → Osei header, same name, text wholly replaced
      await recycle(p, list, OSEI, '09:14:43', "That can cause it. Let's stop it, and send me a photo in 48 hours.");
    },
    leave: (p) => leaveMeeting(frame(p)),
    expected: [
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: "Good morning, Alexandra, I'm Dr. Osei, I'll be covering for Dr. Patel today." },
      {
        speaker: ['Alexandra Konstantinidou-Whitfield (Guest)', 'Alexandra Konstantinidou-Whitfield'],
        role: 'patient',
        text: "Morning. Thanks for seeing me on short notice. The rash on my forearm is spreading, it's about 5 cm now.",
      },
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: 'Is it itchy or painful, on a scale of 0 to 10?' },
      { speaker: ['Alexandra Konstantinidou-Whitfield (Guest)', 'Alexandra Konstantinidou-Whitfield'], role: 'patient', text: 'Itchy, maybe a 6 out of 10, worse at night.' },
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: 'Okay. Any fever above 38 °C or new medications in the last 2 weeks?' },
      { speaker: ['Alexandra Konstantinidou-Whitfield (Guest)', 'Alexandra Konstantinidou-Whitfield'], role: 'patient', text: 'No fever. I started lisinopril 10 mg on the 2nd.' },
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: "That can cause it. Let's stop it, and send me a photo in 48 hours." },
    ],
    forbidden: ['09:14:02', '09:14:24', '09:14:43', 'Whi…', 'SDr', 'AAlexandra'],
  },

  // Doc §3.3: overlay has no names (initials bubbles), one rolling node; system lines in the same area
  // ("Captions will be shown in English (US)", "Meeting recording…"); returning speaker shows their
  // accumulated window. Noise outside: join toast, network warning, "You are muted" tooltip.
  {
    name: 'zoom overlay (top document): initials bubbles, caption-area system lines, toasts and tooltips are not speech',
    url: 'https://zoom.us/wc/5820461937/join',
    selfNames: ['Dr. Ana Ruiz'],
    loose: true,
    body: meeting(tile('Dr. Ana Ruiz', undefined, 'AR') + tile('María Fernández', undefined, 'MF') + OVERLAY),
    async play(p) {
      const d = p.doc;
      const o = new Overlay(p, d);
      const AR = '<span class="live-transcription-subtitle__avatar-initials">AR</span>';
      const MF = '<span class="live-transcription-subtitle__avatar-initials">MF</span>';
      await p.sleep(700);
      const joined = toast(d, 'María Fernández joined');
      await o.turn('ana', AR, 'Hi María, thanks for joining. Before we start, can you confirm your date of birth for me?');
      joined.remove();
      await p.sleep(300);
      await o.turn('maria', MF, "Sure it's March 3rd 1961", { final: "Sure, it's March 3rd, 1961." });
      await p.sleep(300);
      await o.system('Meeting recording…', 800);
      const net = toast(d, 'Your internet connection is unstable', 'network-warning');
      await o.turn('ana', AR, "Great, thank you. And you're still at 20 mg of the citalopram, once a day?");
      const muted = toast(d, 'You are muted. Unmute to speak', 'footer-tooltip');
      await p.sleep(300);
      await o.turn('maria', MF, 'Yes, every morning.', { stepMs: 60 });
      muted.remove();
      net.remove();
      await p.sleep(300);
      await o.turn('ana', AR, 'Okay. Any side effects, like nausea or trouble sleeping?');
      await p.sleep(300);
      await o.turn(
        'maria',
        MF,
        "A little trouble sleeping the first week, but now it's fine. I go to bed around 11 and wake up at 6:30, and I feel a lot calmer than I did in January, honestly.",
      );
    },
    leave: (p) => leaveMeeting(p.doc),
    expected: [
      { speaker: { key: 'ana' }, text: 'Hi María, thanks for joining. Before we start, can you confirm your date of birth for me?' },
      { speaker: { key: 'maria' }, text: "Sure, it's March 3rd, 1961." },
      { speaker: { key: 'ana' }, text: "Great, thank you. And you're still at 20 mg of the citalopram, once a day?" },
      { speaker: { key: 'maria' }, text: 'Yes, every morning.' },
      { speaker: { key: 'ana' }, text: 'Okay. Any side effects, like nausea or trouble sleeping?' },
      {
        speaker: { key: 'maria' },
        text: "A little trouble sleeping the first week, but now it's fine. I go to bed around 11 and wake up at 6:30, and I feel a lot calmer than I did in January, honestly.",
      },
    ],
    forbidden: ['Captions will be shown', 'English (US)', 'Meeting recording', 'joined', 'unstable', 'You are muted', 'Unmute'],
  },

  // Doc §3.3: photo avatars (alt="") matched to tiles by src (tiles carry decorated names); the speaker
  // key flaps because the img loads after the initials bubble; back-channels interleave and the
  // overlay returns with the earlier speaker's accumulated window. Iframe build (§3.1).
  {
    name: 'zoom overlay in #webclient iframe: initials bubble then photo for one speaker, back-channels, accumulated windows',
    url: 'https://app.zoom.us/wc/73019284651/join?fromPWA=1',
    selfNames: ['Dr. Ana Ruiz'],
    loose: true,
    body: IFRAME_BODY,
    prepare(p) {
      frame(p).body.innerHTML = meeting(tile('Dr. Ana Ruiz', AR_JPG) + tile('María Fernández (Guest)', MF_JPG) + OVERLAY);
    },
    async play(p) {
      const d = frame(p);
      const o = new Overlay(p, d);
      const AR = `<img src="${AR_JPG}" alt="">`;
      const MF = `<img src="${MF_JPG}" alt="">`;
      const MF_INITIALS = '<span class="live-transcription-subtitle__avatar-initials">MF</span>';
      await p.sleep(600);
      await o.turn('ana', AR, 'So the plan is to lower the insulin to 18 units at night and check your sugar before breakfast.');
      await p.sleep(250);
      await o.turn('maria', MF, "And if it's under 70, I eat something first, right?", { flap: { first: MF_INITIALS, words: 3 } });
      await p.sleep(150);
      await o.turn('ana', AR, 'Right.', { stepMs: 60 });
      await p.sleep(150);
      await o.turn('maria', MF, 'Okay, sí, sí, 4 ounces of juice, got it.', { stepMs: 70 });
      await p.sleep(250);
      const react = toast(d, 'María Fernández (Guest) reacted with Thumbs Up', 'reaction-toast');
      await o.turn('ana', AR, "Exactly. And we'll talk again on Friday at 2 PM to see how the numbers look.");
      react.remove();
    },
    leave: (p) => leaveMeeting(frame(p)),
    expected: [
      { speaker: { key: 'ana' }, text: 'So the plan is to lower the insulin to 18 units at night and check your sugar before breakfast.' },
      { speaker: { key: 'maria' }, text: "And if it's under 70, I eat something first, right?" },
      { speaker: { key: 'ana' }, text: 'Right.' },
      { speaker: { key: 'maria' }, text: 'Okay, sí, sí, 4 ounces of juice, got it.' },
      { speaker: { key: 'ana' }, text: "Exactly. And we'll talk again on Friday at 2 PM to see how the numbers look." },
    ],
    forbidden: ['Captions will be shown', 'English (US)', 'reacted', 'Thumbs Up', 'MF '],
  },

  // Doc §3.4: ASR re-spells the trailing word and rewrites punctuation (a restart mid-word here);
  // continuation rows inherit the speaker. Three people: credentials suffix on the clinician's name,
  // a (Guest) family member; short fast back-channel rows between turns.
  {
    name: 'zoom panel: mid-word restart rewritten by ASR, "sí, sí" and "Mm-hmm" bursts, credential suffix, family guest',
    url: 'https://us04web.zoom.us/wc/6624019375/start',
    selfNames: ['Ana Ruiz, MD'],
    loose: true,
    body: meeting(tile('Ana Ruiz, MD', undefined, 'AR') + tile('Tomás Herrera', undefined, 'TH') + tile('Lucía Herrera (Guest)', undefined, 'LH'), PANEL),
    async play(p) {
      const d = p.doc;
      const list = q(d, '#full-transcription');
      await say(p, list, RUIZ_MD, '16:40:03', 'Tomás, tell me about the metformin. Are you still taking it?');
      await p.sleep(300);
      const n = await say(p, list, TOMAS, '16:40:08', 'I stopped taking the metfor');
      await p.sleep(250);
      n.data = 'I stopped taking the, the metformin';
      await p.sleep(90);
      await grow(
        p,
        n,
        'I stopped taking the, the metformin on March 3rd because my stomach was really upset',
        'I stopped taking the, the metformin on March 3rd because my stomach was really upset.',
        90,
        6,
      );
      await p.sleep(120);
      await say(p, list, RUIZ_MD, '16:40:15', 'Mm-hmm.', undefined, 50);
      await p.sleep(120);
      await say(p, list, TOMAS, '16:40:16', 'Sí, sí, and after 2 days the nausea was gone.', undefined, 60);
      await p.sleep(150);
      const hand = toast(d, 'Lucía Herrera (Guest) raised hand');
      await say(p, list, LUCIA, '16:40:20', "He didn't tell anyone, doctor. He also skipped the 8 PM dose of the lisinopril twice.");
      hand.remove();
      await p.sleep(100);
      await say(p, list, TOMAS, '16:40:26', 'Only twice!', undefined, 50);
      await p.sleep(300);
      await say(p, list, RUIZ_MD, '16:40:28', "Okay, that's helpful, thank you both. We'll try the extended release 500 mg with dinner and go up slowly", "Okay, that's helpful, thank you both. We'll try the extended-release, 500 mg with dinner, and go up slowly.");
      await p.sleep(200);
      await say(p, list, null, '16:40:36', 'Call the office at 555-0187 if the stomach pain comes back.');
    },
    leave: (p) => leaveMeeting(p.doc),
    expected: [
      { speaker: ['Ana Ruiz, MD', 'Ana Ruiz'], role: 'clinician', text: 'Tomás, tell me about the metformin. Are you still taking it?' },
      { speaker: 'Tomás Herrera', text: 'I stopped taking the, the metformin on March 3rd because my stomach was really upset.' },
      { speaker: ['Ana Ruiz, MD', 'Ana Ruiz'], role: 'clinician', text: 'Mm-hmm.' },
      { speaker: 'Tomás Herrera', text: 'Sí, sí, and after 2 days the nausea was gone.' },
      { speaker: ['Lucía Herrera (Guest)', 'Lucía Herrera'], text: "He didn't tell anyone, doctor. He also skipped the 8 PM dose of the lisinopril twice." },
      { speaker: 'Tomás Herrera', text: 'Only twice!' },
      {
        speaker: ['Ana Ruiz, MD', 'Ana Ruiz'],
        role: 'clinician',
        text: "Okay, that's helpful, thank you both. We'll try the extended-release, 500 mg with dinner, and go up slowly. Call the office at 555-0187 if the stomach pain comes back.",
      },
    ],
    forbidden: ['16:40:03', '16:40:15', '16:40:36', 'raised hand', 'metfor metformin', 'TTomás', 'LLucía', 'AAna'],
  },
];
