// Zoom web client scenarios, round 7: long calls and late starts, and other UI languages. Written
// only from /work/shared/research/caption-platforms.md (§1, §3, §7, §8, §9): the product has never seen
// these pages. Panel = "View full transcript" side panel (names in rows); overlay = bottom subtitle
// (one rolling node, no names, so speakers are keys there and roles are left open).
import { el, grow, q, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

/** React renders no whitespace text nodes between tags (TT reads `box.lastChild.firstChild`). */
const tight = (s: string) => s.replace(/>\s+</g, '><').trim();

const fmt = (sec: number) =>
  [Math.floor(sec / 3600) % 24, Math.floor(sec / 60) % 60, sec % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** The same-origin `<iframe id="webclient">` document that holds the meeting UI (§3.1). */
const frameDoc = (p: Page): Document => q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument!;

// ---------------------------------------------------------------------------------------------------
// Shared chrome (§3.1 in-call markers: #audioOptionMenu and #wc-footer .footer__leave-btn-container button)

interface Labels {
  audio: string;
  more: string;
  leave: string;
  captions: string;
  transcript: string;
  chatTitle: string;
}
const EN: Labels = {
  audio: 'Audio',
  more: 'More',
  leave: 'Leave',
  captions: 'Show Captions',
  transcript: 'Transcript',
  chatTitle: 'Chat',
};

const footer = (l: Labels) => `
  <div id="wc-footer" class="footer">
    <div class="footer__inner">
      <div class="footer-button-base__button-wrap">
        <button class="footer-button-base__button join-audio-container__btn" aria-label="${l.audio}"><span class="footer-button-base__button-label">${l.audio}</span></button>
        <button id="audioOptionMenu" class="audio-option-menu__pop-menu--arrow" aria-label="${l.audio}"></button>
      </div>
      <button class="footer-button-base__button" aria-label="${l.captions}"><span class="footer-button-base__button-label">${l.captions}</span></button>
      <button class="footer-button-base__button" aria-label="${l.more}"><span class="footer-button-base__button-label">${l.more}</span></button>
      <div class="footer__leave-btn-container"><button class="footer__leave-btn" aria-label="${l.leave}">${l.leave}</button></div>
    </div>
  </div>`;

const chat = (l: Labels, lines: [string, string][]) => `
  <div class="chat-container" aria-label="${l.chatTitle}">
    <div class="chat-header__title">${l.chatTitle}</div>
    <div class="chat-content__chat-scrollbar">
      ${lines
        .map(
          ([who, msg]) =>
            `<div class="chat-item-container"><div class="chat-item__sender">${who}</div><div class="chat-item__chat-info-msg">${msg}</div></div>`,
        )
        .join('')}
    </div>
  </div>`;

/** A video tile: `img.parentElement.nextSibling` is the name, the lookup TT uses for overlay avatars (§3.3). */
const tile = (name: string, avatar: string | null) => `
  <div class="video-avatar__avatar">
    <div class="video-avatar__avatar-img-wrap">${avatar ? `<img class="video-avatar__avatar-img" src="${avatar}" alt="">` : ''}</div>
    <div class="video-avatar__avatar-name">${name}</div>
  </div>`;

function removeMarkers(doc: Document) {
  doc.querySelector('#wc-footer')?.remove();
  doc.querySelector('#audioOptionMenu')?.remove();
}

// ---------------------------------------------------------------------------------------------------
// Full transcript panel (§3.4): rows `.lt-full-transcript__item`, a name header only on the first row of
// a person's run (`__title--first`), letter avatar inside it, a time, the message; React-virtualized.

interface Person {
  name: string;
  letter: string;
  role: Role;
}
interface Turn {
  who: string;
  /** Final text of the row. */
  text: string;
  /** What the ASR shows while growing, before re-punctuating/re-spelling into `text`. */
  raw?: string;
  /** Continuation row: same person as the previous row, no name header. */
  cont?: boolean;
}

const rowHtml = (person: Person | null, time: string, text: string) =>
  person
    ? `<div class="lt-full-transcript__item lt-full-transcript__title--first">` +
      `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-text">${person.letter}</span></div>` +
      `<span class="lt-full-transcript__display-name">${person.name}</span>` +
      `<span class="lt-full-transcript__time">${time}</span>` +
      `<div class="lt-full-transcript__message">${text}</div></div>`
    : `<div class="lt-full-transcript__item">` +
      `<span class="lt-full-transcript__time">${time}</span>` +
      `<div class="lt-full-transcript__message">${text}</div></div>`;

const panelHtml = (ariaLabel: string, title: string, rows = '') => `
  <div class="transcript-panel" role="complementary">
    <div class="transcript-panel__header"><span class="transcript-panel__title">${title}</span><button class="transcript-panel__close" aria-label="${title}">×</button></div>
    <div aria-label="${ariaLabel}" class="new-lt-list-container lt-full-transcript" id="full-transcription">${rows}</div>
  </div>`;

function setText(node: Element, text: string) {
  const t = node.firstChild;
  if (t && t.nodeType === 3) (t as Text).data = text;
  else node.textContent = text;
}

/** Reshapes a (new or recycled) row element in place, the way React patches a reused row. */
function fillRow(doc: Document, row: HTMLElement, person: Person | null, time: string): Text {
  row.className = person ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
  let timeEl = row.querySelector('.lt-full-transcript__time');
  if (!timeEl) {
    timeEl = el(doc, `<span class="lt-full-transcript__time"></span>`);
    row.append(timeEl);
  }
  let msg = row.querySelector('.lt-full-transcript__message');
  if (!msg) {
    msg = el(doc, `<div class="lt-full-transcript__message"></div>`);
    row.append(msg);
  }
  if (!msg.firstChild) msg.append(doc.createTextNode(''));
  const avatar = row.querySelector('.lt-full-transcript__avatar');
  const name = row.querySelector('.lt-full-transcript__display-name');
  if (person) {
    if (avatar) setText(avatar.firstElementChild!, person.letter);
    else row.insertBefore(el(doc, `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-text">${person.letter}</span></div>`), row.firstChild);
    if (name) setText(name, person.name);
    else row.insertBefore(el(doc, `<span class="lt-full-transcript__display-name">${person.name}</span>`), timeEl);
  } else {
    avatar?.remove();
    name?.remove();
  }
  setText(timeEl, time);
  return msg.firstChild as Text;
}

interface PanelOpts {
  people: Record<string, Person>;
  /** Rows React keeps mounted; older ones go away. */
  maxRows: number;
  /** 'recycle': the oldest row element is reused for the new utterance; 'remove': it is unmounted. */
  retention: 'recycle' | 'remove';
  clock: number;
  stepMs: number;
  gapMs: number;
}

/** Plays turns into the panel; rows already in the list (late start) are adopted as the oldest. */
async function playPanel(p: Page, doc: Document, turns: Turn[], o: PanelOpts) {
  const list = q(doc, '#full-transcription');
  const rows = [...list.querySelectorAll<HTMLElement>('.lt-full-transcript__item')];
  let clock = o.clock;
  for (const t of turns) {
    const person = t.cont ? null : o.people[t.who]!;
    clock += 2 + Math.round(t.text.split(' ').length / 2);
    let row: HTMLElement;
    if (rows.length >= o.maxRows && o.retention === 'recycle') {
      row = rows.shift()!;
      row.remove();
    } else {
      if (rows.length >= o.maxRows) rows.shift()!.remove();
      row = doc.createElement('div');
    }
    const node = fillRow(doc, row, person, fmt(clock));
    node.data = '';
    list.append(row);
    rows.push(row);
    if (t.raw) await grow(p, node, t.raw, t.text, o.stepMs);
    else await grow(p, node, t.text, undefined, o.stepMs);
    await p.sleep(o.gapMs);
  }
}

const expectTurns = (turns: Turn[], people: Record<string, Person>): Expected[] =>
  turns.map((t) => ({ speaker: people[t.who]!.name, role: people[t.who]!.role, text: t.text }));

/** Strips the ASR's punctuation, as it streams before re-punctuating. */
const unpunct = (s: string) => s.replace(/[.,?!]/g, '');

// ---------------------------------------------------------------------------------------------------
// Overlay (§3.3): one persistent `#live-transcription-subtitle` row, avatar img or initials span first,
// `.live-transcription-subtitle__item` text rewritten in place as a ~120-char window that drops
// leading words; a returning speaker's window shows their accumulated tail again.

const WINDOW = 120;

/** Tail of the first n words, at most `max` chars, whole words only. */
function windowOf(words: string[], n: number, max = WINDOW): string {
  const out: string[] = [];
  let len = 0;
  for (let i = n - 1; i >= 0; i--) {
    const w = words[i]!;
    const add = out.length ? w.length + 1 : w.length;
    if (out.length && len + add > max) break;
    out.unshift(w);
    len += add;
  }
  return out.join(' ');
}

type Avatar = { img: string } | { initials: string } | null;

const overlayHtml = (avatar: Avatar, text: string) => `
  <div class="live-transcription-subtitle__box">
    <div id="live-transcription-subtitle">${avatarHtml(avatar)}<span class="live-transcription-subtitle__item">${text}</span></div>
  </div>`;

function avatarHtml(a: Avatar): string {
  if (!a) return '';
  return 'img' in a ? `<img src="${a.img}" alt="">` : `<span>${a.initials}</span>`;
}

function setAvatar(doc: Document, a: Avatar) {
  const row = q(doc, '#live-transcription-subtitle');
  const item = q(row, '.live-transcription-subtitle__item');
  if (row.firstElementChild !== item) row.firstElementChild!.remove();
  if (a) row.insertBefore(el(doc, avatarHtml(a)), item);
}

function overlayText(doc: Document): Text {
  const item = q(doc, '.live-transcription-subtitle__item');
  if (!item.firstChild) item.append(doc.createTextNode(''));
  return item.firstChild as Text;
}

/** Drives the overlay, keeping each speaker's accumulated words for when they come back. */
class Overlay {
  private acc = new Map<string, string[]>();
  private current: string | null = null;
  constructor(
    private p: Page,
    private doc: Document,
    private stepMs = 90,
  ) {}
  /** The overlay already shows `shown` words of `key`'s speech when the page is first seen. */
  seed(key: string, words: string[]) {
    this.acc.set(key, words);
    this.current = key;
  }
  /**
   * Speaks `text` as `key`; `freezeAt` = after that many of the new words the area freezes for
   * `freezeMs` (network hiccup) and then jumps ahead by `jump` words at once.
   */
  async say(key: string, avatar: Avatar, text: string, hiccup?: { at: number; ms: number; jump: number }) {
    const prev = this.acc.get(key) ?? [];
    const words = [...prev, ...text.split(' ')];
    this.acc.set(key, words);
    const node = overlayText(this.doc);
    let n = prev.length + 1;
    if (this.current !== key) {
      // Speaker flip: avatar and window change in one React commit.
      setAvatar(this.doc, avatar);
      node.data = windowOf(words, n);
      this.current = key;
      await this.p.sleep(this.stepMs);
      n++;
    }
    for (; n <= words.length; n++) {
      node.data = windowOf(words, n);
      await this.p.sleep(this.stepMs);
      if (hiccup && n === prev.length + hiccup.at) {
        await this.p.sleep(hiccup.ms);
        n += hiccup.jump;
        node.data = windowOf(words, n);
        await this.p.sleep(this.stepMs);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// 1. Long call in the panel: 45 short turns, only 8 rows mounted, old row elements recycled.

const LC_PEOPLE: Record<string, Person> = {
  c: { name: 'Dr. Hannah Weiss', letter: 'H', role: 'clinician' },
  p: { name: 'Marcus Lee', letter: 'M', role: 'patient' },
};
const LC_LINES: [string, string][] = [
  ['c', 'Hi Marcus, can you hear me okay?'],
  ['p', 'Yes, loud and clear.'],
  ['c', 'Great. How have the new tablets been?'],
  ['p', 'Mostly fine, I think.'],
  ['c', 'Any dizziness when you stand up?'],
  ['p', 'Once or twice last week.'],
  ['c', 'Did you fall or feel faint?'],
  ['p', 'No, it passed quickly.'],
  ['c', 'Good. Are you checking your pressure at home?'],
  ['p', 'Every morning before breakfast.'],
  ['c', 'What numbers are you seeing?'],
  ['p', 'Around one thirty five over eighty five.'],
  ['p+', 'Sometimes a bit lower on weekends.'],
  ['c', 'That is a real improvement.'],
  ['p', 'The headaches are gone too.'],
  ['c', 'Glad to hear it. Any swelling in your ankles?'],
  ['p', 'A little in the evenings.'],
  ['c', 'Does it go down overnight?'],
  ['p', "Yes, by morning it's gone."],
  ['c', 'That can happen with amlodipine.'],
  ['c+', "It's usually mild and harmless."],
  ['p', 'Should I stop taking it?'],
  ['c', 'No, please keep taking it for now.'],
  ['p', 'Okay, I will.'],
  ['c', 'How about salt in your diet?'],
  ['p', "I've cut back on takeaway food."],
  ['c', 'And alcohol?'],
  ['p', 'Just a beer on Fridays.'],
  ['c', "That's reasonable."],
  ['p', 'My wife wants me to walk more.'],
  ['c', "She's right, even twenty minutes helps."],
  ['p', 'I could walk the dog after dinner.'],
  ['c', "Perfect, let's make that the plan."],
  ['p', 'Do I need more blood tests?'],
  ['c', 'Yes, kidney function and potassium.'],
  ['p', 'Can I do those at the local clinic?'],
  ['c', "Sure, I'll send the form there today."],
  ['p', 'Do I need to fast beforehand?'],
  ['c', 'No fasting needed for these.'],
  ['p', "Great, that's easier."],
  ['c', 'Any other questions for me?'],
  ['p', "I don't think so."],
  ['c', "Then I'll see you in three months."],
  ['p', 'Thanks, doctor, take care.'],
  ['c', 'You too, bye for now.'],
];
const LC_TURNS: Turn[] = LC_LINES.map(([w, text], i) => ({
  who: w[0]!,
  text,
  cont: w.endsWith('+'),
  // Every third row streams unpunctuated and is re-punctuated when the ASR settles (§3.4).
  ...(i % 3 === 0 ? { raw: unpunct(text) } : {}),
}));

const longCallPanel: Scenario = {
  // §3.4 + §8.8 + §9 retention: React-virtualized panel recycles row elements (wholesale text rewrite), 45 turns.
  name: 'zoom panel: long call of 45 short turns, only 8 rows mounted, oldest row elements recycled',
  url: 'https://app.zoom.us/wc/83412345678/join?fromPWA=1',
  selfNames: ['Dr. Hannah Weiss'],
  body: tight(`
    <div id="zmmtg-root"><div id="wc-container" class="meeting-client">
      <div class="meeting-app">
        <div class="video-layout">${tile('Dr. Hannah Weiss', null)}${tile('Marcus Lee', null)}</div>
        ${panelHtml('Live Transcription List', EN.transcript)}
        ${chat(EN, [['Marcus Lee', 'sorry my camera is slow to start']])}
      </div>
      ${footer(EN)}
    </div></div>`),
  async play(p) {
    await playPanel(p, p.doc, LC_TURNS, {
      people: LC_PEOPLE,
      maxRows: 8,
      retention: 'recycle',
      clock: 10 * 3600 + 2 * 60 + 11,
      stepMs: 50,
      gapMs: 110,
    });
  },
  leave(p) {
    removeMarkers(p.doc);
    p.doc.querySelector('.transcript-panel')?.remove();
  },
  expected: expectTurns(LC_TURNS, LC_PEOPLE),
  loose: true,
  forbidden: ['sorry my camera', 'Transcript', 'Leave', 'Show Captions', '10:02:', '10:03:'],
};

// ---------------------------------------------------------------------------------------------------
// 2. Late start in the panel: four rows already there (the last one still growing), then a
//    continuation row that must inherit the header seen only in the history; old rows unmounted.

const LS_PEOPLE: Record<string, Person> = {
  c: { name: 'Dr. Priya Natarajan', letter: 'P', role: 'clinician' },
  p: { name: 'Tom Okafor', letter: 'T', role: 'patient' },
};
const LS_HISTORY: Turn[] = [
  { who: 'c', text: 'Good afternoon Tom, what brings you in today?' },
  { who: 'p', text: "I've had this cough for about three weeks." },
  { who: 'c', text: 'Is it dry or are you bringing anything up?' },
  { who: 'p', text: 'Mostly dry, but worse at night.' },
];
/** Words of the last history row already on screen when the page is first seen. */
const LS_SHOWN = 3;
const LS_CLOCK = 15 * 3600 + 41 * 60 + 2;
const LS_NEW: Turn[] = [
  { who: 'p', cont: true, text: 'And I get a bit short of breath on the stairs.' },
  { who: 'c', text: 'Any fever or chills?' },
  { who: 'p', raw: 'No fever that I know', text: 'No fever that I know of.' },
  { who: 'c', text: 'Do you smoke at all?' },
  { who: 'p', text: 'I quit about five years ago.' },
  { who: 'c', raw: "Okay I'd like you to get a chest x ray", text: "Okay, I'd like you to get a chest X-ray." },
  { who: 'c', cont: true, text: "I'll also listen to your chest next week in person." },
  { who: 'p', text: 'Sounds good, thank you.' },
];
const lsHistoryRows = LS_HISTORY.map((t, i) =>
  rowHtml(
    LS_PEOPLE[t.who]!,
    fmt(LS_CLOCK - 40 + i * 9),
    i === LS_HISTORY.length - 1 ? t.text.split(' ').slice(0, LS_SHOWN).join(' ') : t.text,
  ),
).join('');

const lateStartPanel: Scenario = {
  // §3.4 continuation rows inherit the last header + §9 retention (old rows removed); page first seen mid-call.
  name: 'zoom panel: capture starts mid-call with four rows on screen, continuation row after the history',
  url: 'https://us04web.zoom.us/wc/92087654321/join',
  selfNames: ['Dr. Priya Natarajan'],
  body: tight(`
    <div id="zmmtg-root"><div id="wc-container" class="meeting-client">
      <div class="meeting-app">
        <div class="video-layout">${tile('Dr. Priya Natarajan', null)}${tile('Tom Okafor', null)}</div>
        ${panelHtml('Live Transcription List', EN.transcript, lsHistoryRows)}
      </div>
      ${footer(EN)}
    </div></div>`),
  async play(p) {
    // The history's last row is still being spoken when capture starts.
    const rows = p.doc.querySelectorAll('.lt-full-transcript__message');
    const last = rows[rows.length - 1]!.firstChild as Text;
    await grow(p, last, LS_HISTORY[LS_HISTORY.length - 1]!.text, undefined, 90, LS_SHOWN);
    await p.sleep(400);
    await playPanel(p, p.doc, LS_NEW, {
      people: LS_PEOPLE,
      maxRows: 6,
      retention: 'remove',
      clock: LS_CLOCK,
      stepMs: 80,
      gapMs: 250,
    });
  },
  leave(p) {
    removeMarkers(p.doc);
    p.doc.querySelector('.transcript-panel')?.remove();
  },
  expected: expectTurns([...LS_HISTORY, ...LS_NEW], LS_PEOPLE),
  loose: true,
  forbidden: ['Transcript', 'Leave', '15:40:', '15:41:'],
};

// ---------------------------------------------------------------------------------------------------
// 3. Late start on the overlay, inside the #webclient iframe: the rolling window already shows the tail
//    of a long patient monologue; only what is on screen from then on exists for the capture.

const LO_PATIENT = { img: 'https://us04web.zoom.us/p/v2/6f1d2c9a0b7e/avatar.jpg' };
const LO_CLIN = { initials: 'RS' };
const LO_WORDS = (
  'So it started on Sunday night with a dull ache behind my right eye, and by Tuesday it had spread ' +
  'across my whole forehead, and the light from my phone made it much worse, so I stayed in a dark ' +
  'room most of Wednesday and took ibuprofen, which helped a little, but it keeps coming back every ' +
  'afternoon around three.'
).split(' ');
/** Words already spoken when the page is first seen (only the window's tail of them is on screen). */
const LO_SEEN = 30;
const LO_SHOWN = windowOf(LO_WORDS, LO_SEEN);
const LO_CLIN_TEXT =
  'Okay, that sounds like it could be a migraine. Have you ever had headaches like this before, or is this the first time?';

const lateStartOverlay: Scenario = {
  // §3.1 iframe #webclient + §3.3 one rolling node (~120 chars, old words drop off the front), seen mid-monologue.
  name: 'zoom overlay in #webclient iframe: capture starts mid-monologue, rolling window keeps dropping words',
  url: 'https://app.zoom.us/wc/71234567890/join?fromPWA=1',
  selfNames: ['Dr. Rosa Santos'],
  body: tight(`<div id="root"><iframe id="webclient" title="Zoom web client"></iframe></div>`),
  prepare(p) {
    frameDoc(p).body.innerHTML = tight(`
      <div id="zmmtg-root"><div id="wc-container" class="meeting-client">
        <div class="meeting-app">
          <div class="video-layout">${tile('Dr. Rosa Santos', null)}${tile('Ines Moreau', LO_PATIENT.img)}</div>
          ${overlayHtml(LO_PATIENT, LO_SHOWN)}
        </div>
        ${footer(EN)}
      </div></div>`);
  },
  async play(p) {
    const doc = frameDoc(p);
    const o = new Overlay(p, doc, 90);
    o.seed('pat', LO_WORDS.slice(0, LO_SEEN));
    await p.sleep(200);
    await o.say('pat', LO_PATIENT, LO_WORDS.slice(LO_SEEN).join(' '));
    await p.sleep(700);
    await o.say('clin', LO_CLIN, LO_CLIN_TEXT);
  },
  leave(p) {
    const doc = frameDoc(p);
    removeMarkers(doc);
    doc.querySelector('.live-transcription-subtitle__box')?.remove();
  },
  expected: [
    { speaker: { key: 'pat' }, text: `${LO_SHOWN} ${LO_WORDS.slice(LO_SEEN).join(' ')}` },
    { speaker: { key: 'clin' }, text: LO_CLIN_TEXT },
  ],
  loose: true,
  forbidden: ['Show Captions', 'Leave'],
};

// ---------------------------------------------------------------------------------------------------
// 4. Network hiccup on the overlay: the window freezes mid-sentence for 5 s, then jumps 11 words ahead;
//    afterwards each speaker returns showing their accumulated window (§3.3 interleaving).

const NH_CLIN = { initials: 'DK' };
const NH_PAT = { img: 'https://zoom.us/p/v2/a83be0c4d1f2/avatar.jpg' };
const NH_C1 =
  "So what I'd like to do today is go over your blood results from last week, talk about the cholesterol " +
  'numbers, and then decide together whether we start a statin or try some diet changes first.';
const NH_P1 = "Diet first, if that's okay with you.";
const NH_C2 = "Absolutely, that's a sensible plan.";
const NH_P2 = 'Great, thank you so much.';

const hiccupOverlay: Scenario = {
  // §3.3 rolling node diffed by overlap (TT findNewPart, §8.9) across a frozen-then-jumping window; status lines (§8.11).
  name: 'zoom overlay: network hiccup freezes captions 5 s mid-sentence, then jumps 11 words; speakers return with accumulated window',
  url: 'https://zoom.us/wc/85512349876/join',
  selfNames: ['Dr. Daniel Kim'],
  body: tight(`
    <div id="zmmtg-root"><div id="wc-container" class="meeting-client">
      <div class="meeting-app">
        <div class="video-layout">${tile('Dr. Daniel Kim', null)}${tile('Grace Park', NH_PAT.img)}</div>
        ${overlayHtml(null, 'Captions will be shown in English (US)')}
        ${chat(EN, [['Grace Park', 'my internet is a bit unstable today']])}
      </div>
      ${footer(EN)}
    </div></div>`),
  async play(p) {
    const o = new Overlay(p, p.doc, 90);
    await p.sleep(600);
    await o.say('clin', NH_CLIN, NH_C1, { at: 22, ms: 5000, jump: 11 });
    await p.sleep(800);
    await o.say('pat', NH_PAT, NH_P1);
    await p.sleep(700);
    await o.say('clin', NH_CLIN, NH_C2);
    await p.sleep(700);
    await o.say('pat', NH_PAT, NH_P2);
  },
  leave(p) {
    // The status line lands in the same area as the meeting UI goes away.
    setAvatar(p.doc, null);
    overlayText(p.doc).data = 'You have left the meeting';
    removeMarkers(p.doc);
  },
  expected: [
    { speaker: { key: 'clin' }, text: NH_C1 },
    { speaker: { key: 'pat' }, text: NH_P1 },
    { speaker: { key: 'clin' }, text: NH_C2 },
    { speaker: { key: 'pat' }, text: NH_P2 },
  ],
  loose: true,
  forbidden: ['Captions will be shown', 'English (US)', 'You have left the meeting', 'internet is a bit unstable', 'Leave'],
};

// ---------------------------------------------------------------------------------------------------
// 5. German UI, panel inside the #webclient iframe: a long clinician explanation split over a header row
//    and four continuation rows, then a quick exchange of one-word turns.

const DE: Labels = {
  audio: 'Audio',
  more: 'Mehr',
  leave: 'Verlassen',
  captions: 'Untertitel anzeigen',
  transcript: 'Transkript',
  chatTitle: 'Chat',
};
const DE_PEOPLE: Record<string, Person> = {
  c: { name: 'Dr. Jonas Becker', letter: 'J', role: 'clinician' },
  p: { name: 'Lena Fischer', letter: 'L', role: 'patient' },
};
const DE_TURNS: Turn[] = [
  { who: 'c', text: 'Guten Morgen, Frau Fischer, ich habe Ihre Laborwerte jetzt vor mir.' },
  { who: 'c', cont: true, text: 'Die Schilddrüsenwerte sind leicht erhöht, aber nicht besorgniserregend.' },
  { who: 'c', cont: true, text: 'Ich würde die Dosis von Ihrem L-Thyroxin etwas anpassen.' },
  { who: 'c', cont: true, text: 'Statt fünfzig Mikrogramm nehmen Sie dann fünfundsiebzig.' },
  {
    who: 'c',
    cont: true,
    raw: 'In sechs Wochen kontrollieren wir das Blut noch mal',
    text: 'In sechs Wochen kontrollieren wir das Blut noch einmal.',
  },
  { who: 'p', text: 'Verstanden.' },
  { who: 'c', text: 'Herzrasen?' },
  { who: 'p', text: 'Nein.' },
  { who: 'c', text: 'Schlafprobleme?' },
  { who: 'p', text: 'Manchmal.' },
  { who: 'c', text: 'Gewicht stabil?' },
  { who: 'p', text: 'Ja.' },
  { who: 'c', text: 'Gut, dann bis bald.' },
  { who: 'p', text: 'Danke, tschüss.' },
];

const germanPanel: Scenario = {
  // §3.4 name header once per run (continuation rows carry no speaker) + localized panel name; §3.1 iframe.
  name: 'zoom panel, German UI in #webclient iframe: long explanation over five rows, then one-word turns',
  url: 'https://zoom.us/wc/91234567890/join?fromPWA=1',
  selfNames: ['Dr. Jonas Becker'],
  body: tight(`<div id="root"><iframe id="webclient" title="Zoom Web-Client"></iframe></div>`),
  prepare(p) {
    frameDoc(p).documentElement.lang = 'de';
    frameDoc(p).body.innerHTML = tight(`
      <div id="zmmtg-root"><div id="wc-container" class="meeting-client">
        <div class="meeting-app">
          <div class="video-layout">${tile('Dr. Jonas Becker', null)}${tile('Lena Fischer', null)}</div>
          ${panelHtml('Live-Transkriptionsliste', DE.transcript)}
          ${chat(DE, [['Lena Fischer', 'Ich hole kurz meine Brille']])}
        </div>
        ${footer(DE)}
      </div></div>`);
  },
  async play(p) {
    const doc = frameDoc(p);
    // The long explanation streams at speaking pace; the exchange rows follow each other quickly.
    await playPanel(p, doc, DE_TURNS.slice(0, 5), {
      people: DE_PEOPLE,
      maxRows: 10,
      retention: 'recycle',
      clock: 9 * 3600 + 14 * 60 + 30,
      stepMs: 80,
      gapMs: 200,
    });
    await playPanel(p, doc, DE_TURNS.slice(5), {
      people: DE_PEOPLE,
      maxRows: 10,
      retention: 'recycle',
      clock: 9 * 3600 + 15 * 60 + 20,
      stepMs: 80,
      gapMs: 300,
    });
  },
  leave(p) {
    const doc = frameDoc(p);
    removeMarkers(doc);
    doc.querySelector('.transcript-panel')?.remove();
  },
  expected: expectTurns(DE_TURNS, DE_PEOPLE),
  loose: true,
  forbidden: ['Transkript', 'Verlassen', 'Untertitel anzeigen', 'Brille', '09:14:', '09:15:'],
};

// ---------------------------------------------------------------------------------------------------
// 6. Polish UI panel ("Transkrypcja"), Polish speech with the documented ASR rewrite, old rows unmounted.

const PL: Labels = {
  audio: 'Dźwięk',
  more: 'Więcej',
  leave: 'Opuść',
  captions: 'Pokaż napisy',
  transcript: 'Transkrypcja',
  chatTitle: 'Czat',
};
const PL_PEOPLE: Record<string, Person> = {
  c: { name: 'Dr Anna Kowalska', letter: 'A', role: 'clinician' },
  p: { name: 'Piotr Nowak', letter: 'P', role: 'patient' },
};
const PL_TURNS: Turn[] = [
  // The exact rewrite documented from a live Polish call (§3.4).
  { who: 'c', raw: 'Dobry wszystkim, jak mnie. Słych.', text: 'Dobry wszystkim. Jak mnie słychać.' },
  { who: 'p', text: 'Dobrze panią słyszę.' },
  { who: 'c', text: 'Jak się pan czuje po zmianie leków?' },
  { who: 'p', raw: 'Trochę lepiej, ale nadal. Mam zawroty', text: 'Trochę lepiej, ale nadal mam zawroty głowy.' },
  { who: 'p', cont: true, text: 'Najczęściej rano, zaraz po wstaniu.' },
  { who: 'c', text: 'Czy mierzy pan ciśnienie w domu?' },
  { who: 'p', text: 'Tak, codziennie wieczorem.' },
  { who: 'c', text: 'Jakie są wyniki?' },
  { who: 'p', raw: 'Około sto dwadzieścia na osiem', text: 'Około sto dwadzieścia na osiemdziesiąt.' },
  { who: 'c', text: 'To bardzo dobre wartości.' },
  { who: 'c', cont: true, text: 'Proszę wstawać powoli i pić więcej wody.' },
  { who: 'p', text: 'Dobrze, spróbuję.' },
  { who: 'c', text: 'Zadzwonię do pana za dwa tygodnie.' },
  { who: 'p', text: 'Dziękuję, do widzenia.' },
];

const polishPanel: Scenario = {
  // §3.4 localized panel name (Polish "Transkrypcja") and the documented Polish re-punctuation/re-spelling.
  name: 'zoom panel, Polish UI: Polish speech with ASR re-punctuation, old rows unmounted after six',
  url: 'https://us04web.zoom.us/wc/84512345678/join',
  selfNames: ['Dr Anna Kowalska'],
  body: tight(`
    <div id="zmmtg-root" lang="pl"><div id="wc-container" class="meeting-client">
      <div class="meeting-app">
        <div class="video-layout">${tile('Dr Anna Kowalska', null)}${tile('Piotr Nowak', null)}</div>
        ${panelHtml('Lista transkrypcji na żywo', PL.transcript)}
        ${chat(PL, [['Piotr Nowak', 'Czy mogę wyłączyć kamerę?']])}
      </div>
      ${footer(PL)}
    </div></div>`),
  async play(p) {
    await playPanel(p, p.doc, PL_TURNS, {
      people: PL_PEOPLE,
      maxRows: 6,
      retention: 'remove',
      clock: 14 * 3600 + 5 * 60 + 3,
      stepMs: 90,
      gapMs: 250,
    });
  },
  leave(p) {
    removeMarkers(p.doc);
    p.doc.querySelector('.transcript-panel')?.remove();
  },
  expected: expectTurns(PL_TURNS, PL_PEOPLE),
  loose: true,
  forbidden: ['Transkrypcja', 'Opuść', 'Pokaż napisy', 'wyłączyć kamerę', '14:05:', '14:06:'],
};

export const zoomScenarios: Scenario[] = [
  longCallPanel,
  lateStartPanel,
  lateStartOverlay,
  hiccupOverlay,
  germanPanel,
  polishPanel,
];
