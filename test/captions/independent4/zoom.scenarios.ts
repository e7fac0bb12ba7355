// Blind caption scenarios for the Zoom web client (Zoom for Healthcare runs the same client), written
// only from /work/shared/research/caption-platforms.md (§1, §3, §7, §8, §9) and the "Live captions"
// paragraph of the codebook. No product code, fixtures or other scenario sets were read.
//
// This round is about how live speech recognition rewrites caption text in place (numbers
// formatted, stutters dropped, a mid-caption word replaced, words merged, punctuation and capitals
// added, a sentence split by a full stop), and about conversation shapes: short replies that repeat,
// overlapping turns, a three-person call, a one-minute monologue on the rolling overlay.
//
// Zoom DOM facts used (doc §3):
// - URL `/wc/<8–12 digit id>/join|start` on zoom.us, app.zoom.us, regional/vanity subdomains (§3.1).
// - The meeting lives in a same-origin `<iframe id="webclient">`, or, in some builds, directly in the
//   top document (`#zmmtg-root`, `#wc-container`) (§3.1). In-call markers: `#audioOptionMenu` and
//   `#wc-footer .footer__leave-btn-container button` (§3.1).
// - Overlay: `.live-transcription-subtitle__box` › `#live-transcription-subtitle` › (avatar `<img alt="">`
//   or initials `<span>`) + `span.live-transcription-subtitle__item`; one persistent node, rewritten
//   in place, old words roll off the front; no speaker name; when speakers interleave it returns with
//   the earlier speaker's ACCUMULATED window; the avatar can flap from initials to `<img>`; system
//   lines such as "Captions will be shown in English (US)" show in the same area (§3.3).
// - Full transcript panel: `#full-transcription.new-lt-list-container[aria-label="Live Transcription
//   List"]`, rows `.lt-full-transcript__item` with `__avatar`, `__display-name`, `__time`,
//   `__message`; consecutive rows of one person sit under one name header (`__title--first`) and
//   continuation rows carry no name; a letter avatar sits next to the name (naive text "KKrystian");
//   rows are virtualised and recycled; the ASR moves punctuation and re-spells the trailing word
//   (§3.4, §8.8, §8.11).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Small helpers (page building and speech states); nothing here reads the product.

/** Word-by-word interim states that append `add` to `base`. */
function words(base: string, add: string): string[] {
  const out: string[] = [];
  let cur = base;
  for (const w of add.split(' ')) {
    cur = cur ? `${cur} ${w}` : w;
    out.push(cur);
  }
  return out;
}

/** Shows each state of a live caption in turn (characterData rewrites of one text node). */
async function say(p: Page, node: Text, states: string[], stepMs = 90, each?: (s: string) => void) {
  for (const s of states) {
    node.data = s;
    each?.(s);
    await p.sleep(stepMs);
  }
}

/** The document of the same-origin `#webclient` iframe. */
function frame(p: Page): Document {
  const d = q<HTMLIFrameElement>(p.doc, 'iframe#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

const TOP_SHELL = (title: string) =>
  `<div id="root"><div class="meeting-app"><div class="pwa-banner" role="banner">Zoom Workplace · ${title}</div>` +
  `<iframe id="webclient" title="Zoom Meeting" allow="camera; microphone; display-capture"></iframe></div></div>`;

/** The web client footer with the in-call markers (#audioOptionMenu, the leave button). */
function footer(people: number, captionsLabel = 'Show Captions'): string {
  const btn = (aria: string, label: string) =>
    `<button class="footer-button-base__button" type="button" aria-label="${aria}"><span class="footer-button-base__button-label">${label}</span></button>`;
  return (
    `<div id="wc-footer" class="footer"><div class="footer__inner">` +
    `<div class="footer-button-base__button-container">${btn('mute my microphone', 'Mute')}` +
    `<button id="audioOptionMenu" class="footer-button-base__audio-option" type="button" aria-label="More audio controls"></button></div>` +
    btn('stop my video', 'Stop Video') +
    `<button class="footer-button-base__button" type="button" aria-label="open the participants list pane, [${people}] particpants"><span class="footer-button-base__button-label">Participants</span><span class="footer-button__number-counter">${people}</span></button>` +
    btn('open the chat pane', 'Chat') +
    btn('Share Screen', 'Share Screen') +
    `<button class="footer-button-base__button" type="button" aria-label="${captionsLabel}"><span class="footer-button-base__button-label">${captionsLabel}</span></button>` +
    btn('More meeting control', 'More') +
    `<div class="footer__leave-btn-container"><button class="footer__leave-btn" type="button" aria-label="Leave">Leave</button></div>` +
    `</div></div>`
  );
}

/** A participant video tile; the avatar's parent's next sibling holds the name (§3.3 TT lookup). */
function tile(name: string, avatar: string): string {
  return (
    `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img-wrap">${avatar}</div>` +
    `<div class="video-avatar__avatar-footer"><span class="video-avatar__avatar-name">${name}</span></div></div>`
  );
}

function chat(msgs: [string, string, string][]): string {
  return (
    `<div class="chat-container" aria-label="Chat"><div class="chat-container__header">Meeting Chat</div>` +
    `<div id="chat-list-content" class="chat-virtualized-list" role="log" aria-live="polite">` +
    msgs
      .map(
        ([who, time, text]) =>
          `<div class="chat-item"><div class="chat-item__title"><span class="chat-item__sender">${who}</span><span class="chat-item__chat-info-time-stamp">${time}</span></div><div class="chat-message__text-content">${text}</div></div>`,
      )
      .join('') +
    `</div><textarea class="chat-box__chat-textarea" placeholder="Type message here ..."></textarea></div>`
  );
}

const PANEL =
  `<div class="lt-full-transcript"><div class="lt-full-transcript__header"><span class="lt-full-transcript__header-title">Transcript</span>` +
  `<button class="lt-full-transcript__save" type="button">Save transcript</button></div>` +
  `<div id="full-transcription" class="new-lt-list-container" role="list" aria-label="Live Transcription List"></div></div>`;

const OVERLAY =
  `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div></div>`;

const img = (src: string) => `<img src="${src}" alt="">`;
const initials = (s: string) => `<span>${s}</span>`;

interface RowSpec {
  /** Display name; absent = continuation row under the previous name header. */
  name?: string;
  /** Inner HTML of `.lt-full-transcript__avatar` (letter or `<img>`). */
  avatar?: string;
  time: string;
  first: string;
  /** 'outline': `__title--first` on the row; 'nested': on a title element holding avatar + name. */
  layout?: 'outline' | 'nested';
  top?: number;
}

function rowHtml(s: RowSpec): string {
  const style = s.top === undefined ? '' : ` style="position: absolute; top: ${s.top}px; height: 52px; width: 100%;"`;
  const time = `<span class="lt-full-transcript__time">${s.time}</span>`;
  const msg = `<div class="lt-full-transcript__message"></div>`;
  if (s.name === undefined) return `<div class="lt-full-transcript__item" role="listitem"${style}>${time}${msg}</div>`;
  const avatar = `<div class="lt-full-transcript__avatar">${s.avatar ?? ''}</div>`;
  const name = `<span class="lt-full-transcript__display-name">${s.name}</span>`;
  if (s.layout === 'nested') {
    return `<div class="lt-full-transcript__item" role="listitem"${style}><div class="lt-full-transcript__title lt-full-transcript__title--first">${avatar}${name}</div>${time}${msg}</div>`;
  }
  return `<div class="lt-full-transcript__item lt-full-transcript__title--first" role="listitem"${style}>${avatar}${name}${time}${msg}</div>`;
}

/** Appends a transcript row and returns its message text node (already showing `first`). */
function addRow(doc: Document, s: RowSpec): Text {
  const row = el(doc, rowHtml(s));
  const text = doc.createTextNode(s.first);
  q(row, '.lt-full-transcript__message').appendChild(text);
  q(doc, '#full-transcription').appendChild(row);
  return text;
}

/**
 * Virtualised list: the oldest rendered row element is reused for a new utterance (all of its text
 * rewritten in place) and moved to the bottom (§3.4 "recycles row elements", §8.8).
 */
function recycleRow(doc: Document, s: RowSpec): Text {
  const list = q(doc, '#full-transcription');
  const row = list.firstElementChild as HTMLElement | null;
  if (!row) throw new Error('scenario bug: nothing to recycle');
  const time = q(row, '.lt-full-transcript__time');
  (time.firstChild as Text).data = s.time;
  const nameEl = row.querySelector('.lt-full-transcript__display-name');
  const avatarEl = row.querySelector('.lt-full-transcript__avatar');
  if (s.name !== undefined) {
    row.classList.add('lt-full-transcript__title--first');
    if (nameEl && avatarEl) {
      (nameEl.firstChild as Text).data = s.name;
      avatarEl.innerHTML = s.avatar ?? '';
    } else {
      row.insertBefore(el(doc, `<div class="lt-full-transcript__avatar">${s.avatar ?? ''}</div>`), time);
      row.insertBefore(el(doc, `<span class="lt-full-transcript__display-name">${s.name}</span>`), time);
    }
  } else {
    row.classList.remove('lt-full-transcript__title--first');
    nameEl?.remove();
    avatarEl?.remove();
  }
  const msg = q(row, '.lt-full-transcript__message');
  const text = msg.firstChild as Text;
  text.data = s.first;
  if (s.top !== undefined) row.style.top = `${s.top}px`;
  list.appendChild(row);
  return text;
}

interface Voice {
  avatar: string;
  said: string[];
  cur: string[];
  start: number;
}

/**
 * The bottom subtitle overlay (§3.3): one persistent item whose text is rewritten in place. Each
 * speaker keeps an accumulated window; old words roll off the front (never back on) once the window
 * passes `max` characters, and a returning speaker is shown with their accumulated tail.
 */
class Overlay {
  private readonly voices = new Map<string, Voice>();
  private shown = '';
  constructor(
    private readonly doc: Document,
    private readonly max: number,
  ) {}

  voice(key: string, avatar: string): this {
    this.voices.set(key, { avatar, said: [], cur: [], start: 0 });
    return this;
  }

  private get(key: string): Voice {
    const v = this.voices.get(key);
    if (!v) throw new Error(`scenario bug: no voice ${key}`);
    return v;
  }

  private setAvatar(html: string) {
    const row = q(this.doc, '#live-transcription-subtitle');
    const item = q(row, '.live-transcription-subtitle__item');
    const first = row.firstElementChild;
    const next = el(this.doc, html);
    if (first && first !== item) first.replaceWith(next);
    else row.insertBefore(next, item);
  }

  /** The avatar of a speaker changes (initials bubble → photo once it loads). */
  avatar(key: string, html: string) {
    this.get(key).avatar = html;
    if (this.shown === key) this.setAvatar(html);
  }

  /** Shows `key` speaking, with `text` as the current (still live) part of their caption. */
  show(key: string, text: string) {
    const v = this.get(key);
    if (this.shown !== key) {
      this.setAvatar(v.avatar);
      this.shown = key;
    }
    v.cur = text ? text.split(' ') : [];
    const all = [...v.said, ...v.cur];
    while (v.start < all.length - 1 && all.slice(v.start).join(' ').length > this.max) v.start++;
    const shownText = all.slice(v.start).join(' ');
    const item = q(this.doc, '.live-transcription-subtitle__item');
    const node = item.firstChild;
    if (node && node.nodeType === 3 && item.childNodes.length === 1) (node as Text).data = shownText;
    else item.textContent = shownText;
  }

  /** The current part is final; it stays in the speaker's accumulated window. */
  end(key: string) {
    const v = this.get(key);
    v.said.push(...v.cur);
    v.cur = [];
  }

  async turn(p: Page, key: string, states: string[], stepMs = 90) {
    for (const s of states) {
      this.show(key, s);
      await p.sleep(stepMs);
    }
    this.end(key);
  }
}

/** Leaving: the web client tears down the meeting container (markers, captions) and says so. */
function leaveMeeting(doc: Document) {
  q(doc, '#wc-container').replaceWith(
    el(doc, `<div class="zm-leave-meeting" role="alert"><h2>You have left the meeting</h2><button type="button">Rejoin</button></div>`),
  );
}

const COMMON_FORBIDDEN = [
  'Stop Video',
  'Share Screen',
  'Show Captions',
  'Participants',
  'Save transcript',
  'Meeting Chat',
  'Type message here',
  'You have left the meeting',
  'Rejoin',
];

// ---------------------------------------------------------------------------------------------
// 1. Panel in the iframe, numbers and doses formatted by the recogniser.

const S1 = { clin: 'Dr. Maya Patel', pt: 'Jordan Lee' };
const S1_TIMES = ['10:02:11', '10:02:16', '10:02:24', '10:02:31', '10:02:36', '10:02:41', '10:02:47'] as const;

const panelIframeDoses: Scenario = {
  // §3.1 (iframe #webclient, URL, markers), §3.4 (panel rows, name header + continuation row, letter
  // avatar, times), §8.11 (timestamps, doubled initials). Rewrites: "one thirty over eighty five" →
  // "130/85", "twenty milligrams" → "20 mg", "I I" and "the the" dropped, "for" → "four", a full stop
  // splitting a caption, capitals and final punctuation.
  name: 'zoom: transcript panel in the #webclient iframe, readings and doses reformatted live',
  url: 'https://app.zoom.us/wc/84261937520/join?fromPWA=1',
  selfNames: [S1.clin],
  body: TOP_SHELL('Hypertension follow-up'),
  prepare(p) {
    frame(p).body.innerHTML =
      `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
      `<div class="meeting-info-container"><span class="meeting-info-container__topic">Hypertension follow-up</span><span class="meeting-info-container__timer">00:04:12</span></div>` +
      `<div class="gallery-video-container">` +
      tile(S1.pt, `<span class="video-avatar__avatar-initials">JL</span>`) +
      tile(S1.clin, img('https://us04images.zoom.us/p/v2/5e1f0a/maya-patel.jpg')) +
      `</div><div class="sidebar-container">${PANEL}${chat([
        [S1.pt, '10:01 AM', 'Sorry, my camera is slow to start'],
        [S1.clin, '10:01 AM', 'No problem at all'],
      ])}</div>${footer(2)}</div></div>`;
  },
  async play(p) {
    const d = frame(p);
    const clinAvatar = img('https://us04images.zoom.us/p/v2/5e1f0a/maya-patel.jpg');
    let t = addRow(d, { name: S1.clin, avatar: clinAvatar, time: S1_TIMES[0], first: 'so' });
    await grow(p, t, 'so what was your blood pressure this morning', 'So what was your blood pressure this morning?', 90, 1);
    await p.sleep(400);

    t = addRow(d, { name: S1.pt, avatar: 'J', time: S1_TIMES[1], first: 'it' });
    await say(p, t, [
      ...words('it', 'was one thirty over eighty five'),
      'it was 130/85',
      ...words('it was 130/85', 'which is a bit lower than last week'),
      'It was 130/85, which is a bit lower than last week.',
    ]);
    await p.sleep(300);
    t = addRow(d, { time: S1_TIMES[2], first: 'I' });
    await say(p, t, [
      ...words('I', 'I have been'),
      ...words('I have been', 'taking the twenty milligrams'),
      'I have been taking the 20 mg',
      ...words('I have been taking the 20 mg', 'every morning'),
      'I have been taking the 20 mg every morning.',
    ]);
    await p.sleep(400);

    t = addRow(d, { name: S1.clin, avatar: clinAvatar, time: S1_TIMES[3], first: 'good' });
    await say(p, t, [
      ...words('good', 'and are you getting'),
      'Good. And are you getting',
      ...words('Good. And are you getting', 'any headaches or dizziness'),
      'Good. And are you getting any headaches or dizziness?',
    ]);
    await p.sleep(400);

    t = addRow(d, { name: S1.pt, avatar: 'J', time: S1_TIMES[4], first: 'no' });
    await say(p, t, [
      ...words('no', 'not since I started the the new'),
      'No, not since I started the new',
      'No, not since I started the new dose.',
    ]);
    await p.sleep(400);

    t = addRow(d, { name: S1.clin, avatar: clinAvatar, time: S1_TIMES[5], first: 'okay' });
    await say(p, t, [
      ...words('okay', "let's keep you on twenty milligrams"),
      "okay let's keep you on 20 mg",
      ...words("okay let's keep you on 20 mg", 'and check again in for'),
      "okay let's keep you on 20 mg and check again in four weeks",
      "Okay, let's keep you on 20 mg and check again in four weeks.",
    ]);
    await p.sleep(400);

    t = addRow(d, { name: S1.pt, avatar: 'J', time: S1_TIMES[6], first: 'four' });
    await grow(p, t, 'four weeks okay thank you', 'Four weeks, okay. Thank you.', 90, 1);
  },
  leave(p) {
    leaveMeeting(frame(p));
  },
  expected: [
    { speaker: S1.clin, role: 'clinician', text: 'So what was your blood pressure this morning?' },
    { speaker: S1.pt, role: 'patient', text: 'It was 130/85, which is a bit lower than last week.' },
    { speaker: S1.pt, role: 'patient', text: 'I have been taking the 20 mg every morning.' },
    { speaker: S1.clin, role: 'clinician', text: 'Good. And are you getting any headaches or dizziness?' },
    { speaker: S1.pt, role: 'patient', text: 'No, not since I started the new dose.' },
    { speaker: S1.clin, role: 'clinician', text: "Okay, let's keep you on 20 mg and check again in four weeks." },
    { speaker: S1.pt, role: 'patient', text: 'Four weeks, okay. Thank you.' },
  ],
  forbidden: [
    ...COMMON_FORBIDDEN,
    ...S1_TIMES,
    'JJordan',
    'Jordan Lee',
    'Maya Patel',
    'camera is slow',
    'No problem at all',
    '00:04:12',
    'Hypertension follow-up',
  ],
};

// ---------------------------------------------------------------------------------------------
// 2. Overlapping turns in the panel while the nameless overlay keeps rolling the same speech.

const S2 = { clin: 'Dr. Elena Rossi', pt: 'Sam Whitaker' };
const S2_TIMES = ['11:15:02', '11:15:06', '11:15:12', '11:15:15', '11:15:16', '11:15:21', '11:15:24', '11:15:29', '11:15:34'] as const;
const S2_PT_PHOTO = 'https://us04images.zoom.us/p/v2/9f3c77/sam-whitaker.png';

const panelOverlap: Scenario = {
  // §3.4 (panel rows; continuation row; late revision of a row after the next one started) with the
  // §3.3 overlay also on screen (nameless, rolling, flipping between interleaved speakers) — the
  // panel is the source with names (§3.4 "preferred"), the overlay must not add a second copy.
  // Overlaps: the patient's row starts before the clinician's caption is final, twice. Rewrites:
  // capitals and punctuation at the end, "the the" dropped, a full stop splitting a caption. Short
  // replies: "Yes." then a row starting "Yes, …"; each side repeats the other's words.
  name: 'zoom: overlapping turns in the transcript panel while the bottom overlay rolls the same speech',
  url: 'https://us04web.zoom.us/wc/91827364510/start',
  selfNames: [S2.clin],
  body: TOP_SHELL('Asthma review'),
  prepare(p) {
    frame(p).body.innerHTML =
      `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
      `<div class="speaker-active-container">` +
      tile(S2.pt, img(S2_PT_PHOTO)) +
      tile(S2.clin, `<span class="video-avatar__avatar-initials">ER</span>`) +
      `</div><div class="meeting-caption-area">${OVERLAY}</div>` +
      `<div class="sidebar-container">${PANEL}</div>${footer(2, 'Hide Captions')}` +
      `<div class="notification-message-wrap" role="status">Sam Whitaker has joined the meeting</div>` +
      `</div></div>`;
  },
  async play(p) {
    const d = frame(p);
    const ov = new Overlay(d, 110).voice('C', initials('ER')).voice('P', img(S2_PT_PHOTO));
    const mirror = (key: string) => (s: string) => ov.show(key, s);
    const clin = { name: S2.clin, avatar: 'E' };
    const pt = { name: S2.pt, avatar: 'S' };

    const c1 = addRow(d, { ...clin, time: S2_TIMES[0], first: 'and' });
    ov.show('C', 'and');
    await say(p, c1, words('and', 'the reliever inhaler how often are you using it'), 90, mirror('C'));
    // The patient starts answering while the clinician is still talking.
    const p1 = addRow(d, { ...pt, time: S2_TIMES[1], first: 'mostly' });
    ov.show('P', 'mostly');
    await p.sleep(90);
    await say(
      p,
      c1,
      [
        'and the reliever inhaler how often are you using it these',
        'and the reliever inhaler how often are you using it these days',
        'And the reliever inhaler, how often are you using it these days?',
      ],
      90,
      mirror('C'),
    );
    ov.end('C');
    await say(
      p,
      p1,
      [...words('mostly', 'at night maybe two or three times'), 'Mostly at night, maybe two or three times.'],
      90,
      mirror('P'),
    );
    ov.end('P');
    await p.sleep(350);

    const c2 = addRow(d, { ...clin, time: S2_TIMES[2], first: 'is' });
    ov.show('C', 'is');
    await say(p, c2, [...words('is', 'that more than a month ago'), 'Is that more than a month ago?'], 90, mirror('C'));
    ov.end('C');
    await p.sleep(250);

    const p2a = addRow(d, { ...pt, time: S2_TIMES[3], first: 'yes' });
    ov.show('P', 'yes');
    await say(p, p2a, ['yes', 'Yes.'], 90, mirror('P'));
    ov.end('P');
    await p.sleep(200);
    const p2b = addRow(d, { time: S2_TIMES[4], first: 'yes' });
    ov.show('P', 'yes');
    await say(
      p,
      p2b,
      [...words('yes', "it's been every night this week"), "Yes, it's been every night this week."],
      90,
      mirror('P'),
    );
    ov.end('P');
    await p.sleep(350);

    const c3 = addRow(d, { ...clin, time: S2_TIMES[5], first: 'okay' });
    ov.show('C', 'okay');
    await say(p, c3, words('okay', 'so we should step up the the preventer'), 90, mirror('C'));
    const p3 = addRow(d, { ...pt, time: S2_TIMES[6], first: 'the' });
    ov.show('P', 'the');
    await say(p, p3, ['the brown'], 90, mirror('P'));
    await say(p, c3, ['Okay. So we should step up the preventer.'], 90, mirror('C'));
    ov.end('C');
    await say(
      p,
      p3,
      [...words('the brown', 'one I stopped that in march'), 'The brown one? I stopped that in March.'],
      90,
      mirror('P'),
    );
    ov.end('P');
    await p.sleep(350);

    const c4 = addRow(d, { ...clin, time: S2_TIMES[7], first: 'yes' });
    ov.show('C', 'yes');
    await say(
      p,
      c4,
      [...words('yes', 'the brown one two puffs morning and night'), 'Yes, the brown one. Two puffs morning and night.'],
      90,
      mirror('C'),
    );
    ov.end('C');
    await p.sleep(300);

    const p4 = addRow(d, { ...pt, time: S2_TIMES[8], first: 'two' });
    ov.show('P', 'two');
    await say(
      p,
      p4,
      [...words('two', 'puffs morning and night got it'), 'Two puffs morning and night, got it.'],
      90,
      mirror('P'),
    );
    ov.end('P');
  },
  leave(p) {
    leaveMeeting(frame(p));
  },
  expected: [
    { speaker: S2.clin, role: 'clinician', text: 'And the reliever inhaler, how often are you using it these days?' },
    { speaker: S2.pt, role: 'patient', text: 'Mostly at night, maybe two or three times.' },
    { speaker: S2.clin, role: 'clinician', text: 'Is that more than a month ago?' },
    { speaker: S2.pt, role: 'patient', text: 'Yes.' },
    { speaker: S2.pt, role: 'patient', text: "Yes, it's been every night this week." },
    { speaker: S2.clin, role: 'clinician', text: 'Okay. So we should step up the preventer.' },
    { speaker: S2.pt, role: 'patient', text: 'The brown one? I stopped that in March.' },
    { speaker: S2.clin, role: 'clinician', text: 'Yes, the brown one. Two puffs morning and night.' },
    { speaker: S2.pt, role: 'patient', text: 'Two puffs morning and night, got it.' },
  ],
  forbidden: [...COMMON_FORBIDDEN, ...S2_TIMES, 'Hide Captions', 'has joined the meeting', 'SSam', 'EDr.', 'Sam Whitaker'],
};

// ---------------------------------------------------------------------------------------------
// 3. Three people (patient, carer, clinician); the virtualised panel recycles row elements.

const S3 = { clin: 'Dr. Samuel Okafor', pt: 'Harold Bennett', carer: 'Claire Bennett' };
const S3_TIMES = ['09:40:05', '09:40:11', '09:40:16', '09:40:19', '09:40:25', '09:40:30', '09:40:35', '09:40:38', '09:40:44'] as const;

const threePersonRecycled: Scenario = {
  // §3.4 (rows grouped under a name header, continuation row without a name, React-virtualised list
  // that recycles row elements: the oldest rendered row is rewritten for a new utterance), §8.8
  // (wholesale replacement = new utterance, not a revision), §1/§7 (Zoom for Healthcare = same
  // client). Three speakers, two sharing a surname. Rewrites: "I I" dropped, "there" → "their"
  // mid-caption, "may be" → "Maybe" merged, sentence split by a full stop, punctuation at the end.
  name: 'zoom: three-person call (patient, carer, clinician) with recycled transcript rows',
  url: 'https://app.zoom.us/wc/73019246851/join',
  selfNames: [S3.clin],
  body: TOP_SHELL('Memory clinic review'),
  prepare(p) {
    frame(p).body.innerHTML =
      `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
      `<div class="recording-indicator" role="status"><span>Recording…</span></div>` +
      `<div class="gallery-video-container">` +
      tile(S3.pt, `<span class="video-avatar__avatar-initials">HB</span>`) +
      tile(S3.carer, `<span class="video-avatar__avatar-initials">CB</span>`) +
      tile(S3.clin, `<span class="video-avatar__avatar-initials">SO</span>`) +
      `</div><div class="sidebar-container">${PANEL}${chat([
        [S3.carer, '09:38 AM', 'We are both on my laptop and Dad is on his tablet'],
      ])}</div>${footer(3)}</div></div>`;
    q(frame(p), '#full-transcription').setAttribute('style', 'position: relative; height: 240px; overflow: auto;');
  },
  async play(p) {
    const d = frame(p);
    const clin = { name: S3.clin, avatar: 'S' };
    const pt = { name: S3.pt, avatar: 'H' };
    const carer = { name: S3.carer, avatar: 'C' };
    const ROW = 56;

    let t = addRow(d, { ...clin, time: S3_TIMES[0], first: 'mr', top: 0 });
    await say(p, t, [
      ...words('mr', 'bennett how have you been sleeping since we changed the tablets'),
      'Mr. Bennett, how have you been sleeping since we changed the tablets?',
    ]);
    await p.sleep(350);

    t = addRow(d, { ...pt, time: S3_TIMES[1], first: 'not', top: ROW });
    await say(p, t, [
      ...words('not', 'too bad I I wake'),
      ...words('not too bad I wake', 'up once or twice'),
      'Not too bad. I wake up once or twice.',
    ]);
    await p.sleep(300);

    t = addRow(d, { ...carer, time: S3_TIMES[2], first: "he's", top: 2 * ROW });
    await say(p, t, [...words("he's", 'up more than that dad'), "He's up more than that, Dad."]);
    await p.sleep(200);
    t = addRow(d, { time: S3_TIMES[3], first: 'mum', top: 3 * ROW });
    await say(p, t, [
      ...words('mum', 'and dad keep there'),
      ...words('mum and dad keep their', 'tablets in the same box'),
      'Mum and Dad keep their tablets in the same box.',
    ]);
    await p.sleep(350);

    // From here on the list only renders four rows: each new utterance reuses the top row element.
    t = recycleRow(d, { ...clin, time: S3_TIMES[4], first: "that's", top: 4 * ROW });
    await say(p, t, [
      ...words("that's", 'helpful could the tablets be getting mixed up'),
      "That's helpful. Could the tablets be getting mixed up?",
    ]);
    await p.sleep(300);

    t = recycleRow(d, { ...carer, time: S3_TIMES[5], first: 'may', top: 5 * ROW });
    await say(p, t, [
      ...words('may', "be I'll put"),
      ...words("Maybe I'll put", 'them in a weekly organiser'),
      "Maybe. I'll put them in a weekly organiser.",
    ]);
    await p.sleep(300);

    t = recycleRow(d, { ...pt, time: S3_TIMES[6], first: 'I', top: 6 * ROW });
    await grow(p, t, 'I can do that myself', 'I can do that myself.', 90, 1);
    await p.sleep(300);

    t = recycleRow(d, { ...clin, time: S3_TIMES[7], first: "let's", top: 7 * ROW });
    await say(p, t, [
      ...words("let's", "do it together and I'll see you both in two weeks"),
      "Let's do it together, and I'll see you both in two weeks.",
    ]);
    await p.sleep(300);

    t = recycleRow(d, { ...pt, time: S3_TIMES[8], first: 'two', top: 8 * ROW });
    await grow(p, t, 'two weeks thank you doctor', 'Two weeks. Thank you, doctor.', 90, 1);
  },
  leave(p) {
    leaveMeeting(frame(p));
  },
  expected: [
    { speaker: S3.clin, role: 'clinician', text: 'Mr. Bennett, how have you been sleeping since we changed the tablets?' },
    { speaker: S3.pt, text: 'Not too bad. I wake up once or twice.' },
    { speaker: S3.carer, text: "He's up more than that, Dad." },
    { speaker: S3.carer, text: 'Mum and Dad keep their tablets in the same box.' },
    { speaker: S3.clin, role: 'clinician', text: "That's helpful. Could the tablets be getting mixed up?" },
    { speaker: S3.carer, text: "Maybe. I'll put them in a weekly organiser." },
    { speaker: S3.pt, text: 'I can do that myself.' },
    { speaker: S3.clin, role: 'clinician', text: "Let's do it together, and I'll see you both in two weeks." },
    { speaker: S3.pt, text: 'Two weeks. Thank you, doctor.' },
  ],
  forbidden: [...COMMON_FORBIDDEN, ...S3_TIMES, 'Recording', 'on my laptop', 'HHarold', 'CClaire', 'Claire Bennett', 'Harold Bennett'],
};

// ---------------------------------------------------------------------------------------------
// 4. Overlay only: captions switched on mid-call, speakers interleave, accumulated windows return.

const S4 = { clin: 'Dr. Nadia Ahmed', pt: 'Tom Fischer' };
const S4_PT_PHOTO = 'https://us04images.zoom.us/p/v2/7c1e0b/tom-fischer.jpg';

const overlayInterleave: Scenario = {
  // §3.3 (overlay: no name, avatar img or initials, one node rewritten in place; an interleaving
  // speaker returns with their ACCUMULATED window; the avatar flaps from initials to photo; the
  // "Captions will be shown in English (US)" line in the same area), §3.2 (captions turned on in the
  // call), §9 (captions off, then on). The patient answers "Yes." and later "Yes, …", which returns
  // as "Yes. Yes, …" in the window; the clinician repeats the patient's words; "fifty eight" → "58".
  name: 'zoom: overlay only, captions switched on mid-call, interleaved speakers come back with their accumulated window',
  url: 'https://zoom.us/wc/65504718293/join?fromPWA=1',
  selfNames: [S4.clin],
  body: TOP_SHELL('Diabetes check-in'),
  prepare(p) {
    frame(p).body.innerHTML =
      `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
      `<div class="speaker-active-container">` +
      tile(S4.pt, img(S4_PT_PHOTO)) +
      tile(S4.clin, `<span class="video-avatar__avatar-initials">NA</span>`) +
      `</div><div class="meeting-caption-area"></div>` +
      chat([[S4.pt, '15:58', 'Can you see my screen ok']]) +
      footer(2) +
      `</div></div>`;
  },
  async play(p) {
    const d = frame(p);
    await p.sleep(300);
    // More → Captions: the overlay appears with the language notice first.
    const captionsBtn = q(d, '#wc-footer button[aria-label="Show Captions"]');
    captionsBtn.setAttribute('aria-label', 'Hide Captions');
    q(captionsBtn, '.footer-button-base__button-label').textContent = 'Hide Captions';
    q(d, '.meeting-caption-area').appendChild(el(d, OVERLAY));
    q(d, '.live-transcription-subtitle__item').textContent = 'Captions will be shown in English (US)';
    await p.sleep(800);

    const ov = new Overlay(d, 110).voice('C', initials('NA')).voice('P', initials('TF'));
    await ov.turn(p, 'C', [...words('', 'hi tom can you hear me okay'), 'Hi Tom, can you hear me okay?']);
    await p.sleep(300);

    // The patient's initials bubble shows first; the photo replaces it a moment later.
    ov.show('P', 'yes');
    await p.sleep(250);
    ov.avatar('P', img(S4_PT_PHOTO));
    await ov.turn(p, 'P', ['Yes.']);
    await p.sleep(300);

    await ov.turn(p, 'C', [
      ...words('', 'great are you still taking the metformin every day'),
      'Great. Are you still taking the metformin every day?',
    ]);
    await p.sleep(300);

    await ov.turn(p, 'P', [...words('', 'yes twice a day with meals'), 'Yes, twice a day with meals.']);
    await p.sleep(300);

    await ov.turn(p, 'C', [
      ...words('', 'twice a day with meals good and your last blood sugar test was fifty eight'),
      'twice a day with meals good and your last blood sugar test was 58',
      'Twice a day with meals, good. And your last blood sugar test was 58?',
    ]);
    await p.sleep(300);

    await ov.turn(p, 'P', [...words('', 'I think it was fifty eight'), 'I think it was 58.']);
    await p.sleep(300);

    await ov.turn(p, 'C', [...words('', "okay we'll recheck it next month"), "Okay, we'll recheck it next month."]);
  },
  leave(p) {
    leaveMeeting(frame(p));
  },
  expected: [
    { speaker: { key: 'clinician' }, text: 'Hi Tom, can you hear me okay?' },
    { speaker: { key: 'patient' }, text: 'Yes.' },
    { speaker: { key: 'clinician' }, text: 'Great. Are you still taking the metformin every day?' },
    { speaker: { key: 'patient' }, text: 'Yes, twice a day with meals.' },
    { speaker: { key: 'clinician' }, text: 'Twice a day with meals, good. And your last blood sugar test was 58?' },
    { speaker: { key: 'patient' }, text: 'I think it was 58.' },
    { speaker: { key: 'clinician' }, text: "Okay, we'll recheck it next month." },
  ],
  forbidden: [...COMMON_FORBIDDEN, 'Captions will be shown', 'English (US)', 'Hide Captions', 'see my screen', 'Tom Fischer', '15:58'],
};

// ---------------------------------------------------------------------------------------------
// 5. A one-minute patient history on the rolling overlay, meeting rendered in the top document.

const S5 = { clin: 'Dr. Ben Carter', pt: 'Grace Owusu' };
const S5_PT_PHOTO = 'https://us04images.zoom.us/p/v2/a51d99/grace-owusu.png';

/** Live states of a long caption: words arrive one by one; `fix` rewrites the tail in place. */
class Speech {
  readonly states: string[] = [];
  private text = '';
  add(more: string): this {
    this.states.push(...words(this.text, more));
    this.text = this.states[this.states.length - 1] ?? this.text;
    return this;
  }
  fix(oldTail: string, newTail: string): this {
    if (!this.text.endsWith(oldTail)) throw new Error(`scenario bug: "${this.text}" does not end with "${oldTail}"`);
    this.text = this.text.slice(0, this.text.length - oldTail.length) + newTail;
    this.states.push(this.text);
    return this;
  }
  get final(): string {
    return this.text;
  }
}

const MONOLOGUE = new Speech()
  .add('it started about three weeks ago')
  .fix('it started about three weeks ago', 'It started about 3 weeks ago')
  .add('when I was lifting boxes at work at first it was')
  .fix('work at first it was', 'work. At first it was')
  .add('just stiff in the mornings but')
  .fix('mornings but', 'mornings, but')
  .add('then it got worse when I bent')
  .fix('worse when I bent', 'worse. When I bent')
  .add('down to pick up my grandson I felt')
  .fix('grandson I felt', 'grandson, I felt')
  .add('a sharp pain go down my left leg I I have')
  .fix('leg I I have', 'leg. I have')
  .add('been taking two hundred milligrams')
  .fix('two hundred milligrams', '200 mg')
  .add('of ibuprofen sometimes three')
  .fix('ibuprofen sometimes three', 'ibuprofen, sometimes three')
  .add('times a day and')
  .fix('day and', 'day, and')
  .add('my neighbours lent me there heat')
  .fix('there heat', 'their heat')
  .add('pad which')
  .fix('pad which', 'pad, which')
  .add('helps a little I still')
  .fix('little I still', 'little. I still')
  .add('walk the dog every day')
  .fix('every day', 'everyday')
  .add('but')
  .fix('everyday but', 'everyday, but')
  .add('I have to stop and rest halfway round the park sleeping')
  .fix('park sleeping', 'park. Sleeping')
  .add("is the hardest part because I can't find a comfortable position and I wake up every couple of hours my")
  .fix('hours my', 'hours. My')
  .add('GP gave me some exercises last year and I started doing them again but')
  .fix('again but', 'again, but')
  .add("I'm not sure they're helping")
  .fix('helping', 'helping.');

const overlayMonologue: Scenario = {
  // §3.3 (rolling overlay: one node, text rewritten in place, old words drop off the front; a
  // returning speaker shows their accumulated tail), §3.1 (build that renders the meeting in the top
  // document: #zmmtg-root/#wc-container, no iframe), §8.9 (overlap merging of a rolling window),
  // §9 (long monologue: Zoom rolling window), codebook (utterances up to ~80+ words). ~125 words of
  // patient history, rewritten at the tail as it rolls: "three weeks" → "3 weeks", capitals, full
  // stops splitting sentences, "I I" dropped, "two hundred milligrams" → "200 mg", "there" → "their",
  // "every day" → "everyday". The patient's short reply afterwards comes back on the monologue's tail.
  name: 'zoom: one-minute patient history on the rolling overlay (meeting in the top document)',
  url: 'https://northbridgehealth.zoom.us/wc/50219384766/join',
  selfNames: [S5.clin],
  body:
    `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
    `<div class="meeting-info-container"><span class="meeting-info-container__topic">New patient: lower back pain</span></div>` +
    `<div class="speaker-active-container">` +
    tile(S5.pt, img(S5_PT_PHOTO)) +
    tile(S5.clin, `<span class="video-avatar__avatar-initials">BC</span>`) +
    `</div><div class="meeting-caption-area">${OVERLAY}</div>` +
    chat([[S5.clin, '08:59', 'Joining in one minute']]) +
    footer(2, 'Hide Captions') +
    `</div></div>`,
  async play(p) {
    const ov = new Overlay(p.doc, 120).voice('C', initials('BC')).voice('P', img(S5_PT_PHOTO));
    await ov.turn(p, 'C', [...words('', 'tell me about the back pain from the start'), 'Tell me about the back pain from the start.'], 80);
    await p.sleep(300);
    await ov.turn(p, 'P', MONOLOGUE.states, 55);
    await p.sleep(300);
    await ov.turn(
      p,
      'C',
      [
        ...words('', 'that sounds really tough any numbness or trouble with your bladder'),
        'That sounds really tough. Any numbness or trouble with your bladder?',
      ],
      80,
    );
    await p.sleep(300);
    await ov.turn(p, 'P', [...words('', 'no nothing like that'), 'No, nothing like that.'], 80);
  },
  leave(p) {
    leaveMeeting(p.doc);
  },
  expected: [
    { speaker: { key: 'clinician' }, text: 'Tell me about the back pain from the start.' },
    { speaker: { key: 'patient' }, text: MONOLOGUE.final },
    { speaker: { key: 'clinician' }, text: 'That sounds really tough. Any numbness or trouble with your bladder?' },
    { speaker: { key: 'patient' }, text: 'No, nothing like that.' },
  ],
  forbidden: [...COMMON_FORBIDDEN, 'Hide Captions', 'Joining in one minute', 'New patient', 'Grace Owusu', '08:59'],
};

// ---------------------------------------------------------------------------------------------
// 6. Zoom for Healthcare: transcript opened mid-call, punctuation moved, trailing word re-spelled.

const S6 = { clin: 'Dr. Priya Raman', pt: 'Daniel Kowalski' };
const S6_TIMES = ['14:31:02', '14:31:08', '14:31:14', '14:31:20', '14:31:26', '14:31:31', '14:31:37', '14:31:40', '14:31:45'] as const;

const healthcarePanelRespelled: Scenario = {
  // §7 (Zoom for Healthcare = same web client, vanity subdomain), §3.4 (panel opened from Captions →
  // "View full transcript"; the letter avatar inside the title element next to the name; continuation
  // row without a name; the ASR moves mid-sentence punctuation and re-spells the trailing word, as in
  // "Dobry wszystkim, jak mnie. Słych." → "Dobry wszystkim. Jak mnie słychać.", here also after the
  // next row has started), §9 (root appears). Rewrites: "anti depressant" → "antidepressant",
  // "Bet" → "better", "Most" → "mostly", "I I" dropped, "fifty milligrams" → "50 mg", "any time" →
  // "anytime", full stops splitting captions. Loose: the platform re-punctuates late.
  name: 'zoom: Zoom for Healthcare transcript opened mid-call, punctuation moved and trailing words re-spelled',
  url: 'https://northside-clinic.zoom.us/wc/97310482265/join',
  selfNames: [S6.clin],
  body: TOP_SHELL('Medication review'),
  prepare(p) {
    frame(p).body.innerHTML =
      `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">` +
      `<div class="gallery-video-container">` +
      tile(S6.pt, `<span class="video-avatar__avatar-initials">DK</span>`) +
      tile(S6.clin, `<span class="video-avatar__avatar-initials">PR</span>`) +
      `</div><div class="sidebar-container"></div>` +
      `<div class="zmu-toast" role="status">This meeting is being transcribed</div>` +
      footer(2) +
      `</div></div>`;
  },
  async play(p) {
    const d = frame(p);
    await p.sleep(300);
    // Captions → View full transcript: the panel mounts.
    const captionsBtn = q(d, '#wc-footer button[aria-label="Show Captions"]');
    captionsBtn.setAttribute('aria-label', 'Hide Captions');
    q(captionsBtn, '.footer-button-base__button-label').textContent = 'Hide Captions';
    q(d, '.sidebar-container').innerHTML = PANEL;
    await p.sleep(300);
    const clin = { name: S6.clin, avatar: 'P', layout: 'nested' as const };
    const pt = { name: S6.pt, avatar: 'D', layout: 'nested' as const };

    let t = addRow(d, { ...clin, time: S6_TIMES[0], first: 'daniel' });
    await say(p, t, [
      ...words('daniel', 'how have you been since we started the new anti depressant'),
      'daniel how have you been since we started the new antidepressant',
      'Daniel, how have you been since we started the new antidepressant?',
    ]);
    await p.sleep(350);

    const p1 = addRow(d, { ...pt, time: S6_TIMES[1], first: 'honestly' });
    await say(p, p1, [
      'honestly a',
      'honestly a bit',
      'Honestly, a bit. Bet',
      "Honestly, a bit better. I'm",
      ...words("Honestly, a bit better. I'm", 'sleeping through the'),
      "Honestly, a bit better. I'm sleeping through the night. Most",
    ]);
    // The next row starts; the previous one is re-punctuated and its last word re-spelled late.
    t = addRow(d, { time: S6_TIMES[2], first: 'but' });
    await say(p, t, ['but I', 'but I I']);
    p1.data = "Honestly, a bit better. I'm sleeping through the night, mostly.";
    await p.sleep(90);
    await say(p, t, [
      ...words('but I', 'still feel flat'),
      ...words('but I still feel flat', 'in the afternoons'),
      'But I still feel flat in the afternoons.',
    ]);
    await p.sleep(350);

    t = addRow(d, { ...clin, time: S6_TIMES[3], first: 'okay' });
    await say(p, t, [
      ...words('okay', 'have you had any side effects like nausea'),
      'Okay. Have you had any side effects like nausea',
      ...words('Okay. Have you had any side effects like nausea', 'or headaches'),
      'Okay. Have you had any side effects, like nausea or headaches?',
    ]);
    await p.sleep(350);

    t = addRow(d, { ...pt, time: S6_TIMES[4], first: 'a' });
    await grow(p, t, "a little nausea the first week but it's gone now", "A little nausea the first week, but it's gone now.", 90, 1);
    await p.sleep(350);

    t = addRow(d, { ...clin, time: S6_TIMES[5], first: 'good' });
    await say(p, t, [
      ...words('good', "we'll stay at fifty milligrams"),
      "good we'll stay at 50 mg",
      ...words("good we'll stay at 50 mg", 'for now and review in a month'),
      "Good. We'll stay at 50 mg for now and review in a month.",
    ]);
    await p.sleep(300);

    t = addRow(d, { ...pt, time: S6_TIMES[6], first: 'stay' });
    await say(p, t, [...words('stay', 'at fifty okay'), 'Stay at 50, okay.']);
    await p.sleep(300);

    t = addRow(d, { ...clin, time: S6_TIMES[7], first: 'and' });
    await say(p, t, [
      ...words('and', 'remember you can message the clinic any time'),
      'and remember you can message the clinic anytime',
      'And remember, you can message the clinic anytime.',
    ]);
    await p.sleep(300);

    t = addRow(d, { ...pt, time: S6_TIMES[8], first: 'thanks' });
    await grow(p, t, 'thanks I will', 'Thanks, I will.', 90, 1);
  },
  leave(p) {
    leaveMeeting(frame(p));
  },
  loose: true,
  expected: [
    { speaker: S6.clin, role: 'clinician', text: 'Daniel, how have you been since we started the new antidepressant?' },
    { speaker: S6.pt, role: 'patient', text: "Honestly, a bit better. I'm sleeping through the night, mostly." },
    { speaker: S6.pt, role: 'patient', text: 'But I still feel flat in the afternoons.' },
    { speaker: S6.clin, role: 'clinician', text: 'Okay. Have you had any side effects, like nausea or headaches?' },
    { speaker: S6.pt, role: 'patient', text: "A little nausea the first week, but it's gone now." },
    { speaker: S6.clin, role: 'clinician', text: "Good. We'll stay at 50 mg for now and review in a month." },
    { speaker: S6.pt, role: 'patient', text: 'Stay at 50, okay.' },
    { speaker: S6.clin, role: 'clinician', text: 'And remember, you can message the clinic anytime.' },
    { speaker: S6.pt, role: 'patient', text: 'Thanks, I will.' },
  ],
  forbidden: [
    ...COMMON_FORBIDDEN,
    ...S6_TIMES,
    'Hide Captions',
    'being transcribed',
    'DDaniel',
    'PDr.',
    'Daniel Kowalski',
    'Priya Raman',
    'Transcript',
  ],
};

export const zoomScenarios: Scenario[] = [
  panelIframeDoses,
  panelOverlap,
  threePersonRecycled,
  overlayInterleave,
  overlayMonologue,
  healthcarePanelRespelled,
];
