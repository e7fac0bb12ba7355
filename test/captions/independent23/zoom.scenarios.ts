// Zoom web client: blind scenarios, round 23. Round theme: the edges of a call's life and of the
// caption settings.
// Written from /work/shared/research/caption-platforms.md only. Sections used:
//   §1 Zoom column (overlay = one persistent rolling node with no name; panel = rows with names;
//      both may sit inside the same-origin iframe #webclient).
//   §3.1 URL patterns (/wc/<8-12 digits>/join on app.zoom.us, zoom.us, us04web.zoom.us), the same-origin
//      <iframe id="webclient"> vs. top-document builds (#zmmtg-root, #wc-container), and the in-call
//      markers #audioOptionMenu and #wc-footer .footer__leave-btn-container button.
//   §3.2 Turning captions on (More → Captions, a "Show Captions" toolbar button in some builds; the web
//      client has no "always show captions" setting). Captions turn off in breakout rooms and have to
//      be turned on again afterwards.
//   §3.3 Overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img alt="" |
//      initials <span>) + span.live-transcription-subtitle__item. The text is rewritten in place and
//      rolls (old words drop off the front). A returning speaker comes back with their accumulated
//      window. System lines ("Captions will be shown in English (US)", "Joining meeting…",
//      "You have left the meeting", "Connecting") show up in the same area.
//   §3.4 Full transcript panel: [aria-label="Live Transcription List"].new-lt-list-container
//      #full-transcription, rows .lt-full-transcript__item. A first row carries
//      lt-full-transcript__title--first, avatar (letter avatar possible), display name and time.
//      Continuation rows have no name. The ASR re-punctuates and re-spells the trailing word.
//   §7 Zoom for Healthcare uses the same web client.
//   §8 Noise filters (Zoom status lines, panel timestamps, letter avatars).
//   §9 Fixture checklist (captions off → root removed, on again → a NEW root node; img vs. initials
//      avatar; top document vs. iframe #webclient).
// Not written, because the research documents nothing for Zoom: translated captions (§3 is silent; §4.5
// marks the Teams equivalent [U], and §5 covers only Webex's SDK), and Zoom's waiting-room DOM (the
// assumed waiting-room markup is described in scenario 1).
// Assumptions used by several scenarios, because the research does not cover these points:
//   - Turning captions off removes the overlay box and the full-transcript panel. Turning them on again
//     inserts NEW nodes. These start empty and show no earlier history.
//   - The panel shows the local user's own display name, as it shows every other participant's.
//   - A Zoom status line is shown in the overlay's item span, with no avatar in front of it.
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// People. `overlay` is the avatar that becomes the row's first child in the overlay (§3.3). `panel` is
// what sits inside .lt-full-transcript__avatar (§3.4).

interface Person {
  name: string;
  overlay: string;
  panel: string;
}

const MAYA: Person = {
  name: 'Dr. Maya Patel',
  overlay: '<img src="https://us04web.zoom.us/p/v2/5f1c9e2a7b/avatar-maya.jpg" alt="">',
  panel: '<img src="https://us04web.zoom.us/p/v2/5f1c9e2a7b/avatar-maya.jpg" alt="">',
};
const SELF = [MAYA.name];

function person(name: string, initials: string, img?: string): Person {
  return {
    name,
    overlay: img ? `<img src="${img}" alt="">` : `<span>${initials}</span>`,
    panel: img ? `<img src="${img}" alt="">` : initials.charAt(0), // letter avatar (§3.4, "KKrystian")
  };
}

// ---------------------------------------------------------------------------------------------------
// Page pieces (§3.1). The footer holds the two documented in-call markers.

const FOOTER = (captionsButton = false) =>
  `<div id="wc-footer" class="footer"><div class="footer__inner">` +
  `<div id="audioOptionMenu" class="audio-option-menu"><button aria-label="Audio">Audio</button></div>` +
  (captionsButton ? `<button class="footer-button__captions" aria-label="Show Captions">Show Captions</button>` : '') +
  `<button class="footer-button__more" aria-label="More">More</button>` +
  `<div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div>` +
  `</div></div>`;

const MEETING = (captionsButton = false) =>
  `<div id="wc-container" class="meeting-client">` +
  `<div class="meeting-app"><div class="video-layout"><video></video><video></video></div></div>` +
  `<div class="meeting-sidebar"></div>` +
  FOOTER(captionsButton) +
  `</div>`;

const IN_CALL_TOP = `<div id="zmmtg-root">${MEETING()}</div>`;
const IFRAME_BODY = `<div class="wc-shell"><iframe id="webclient" title="Zoom web client"></iframe></div>`;

function frameDoc(p: Page): Document {
  const d = q<HTMLIFrameElement>(p.doc, 'iframe#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

/** Leaving: the web client tears down the meeting UI (footer, audio menu, captions) and shows its
 * goodbye line. Assumption: #wc-container is removed and a status line takes its place. */
function tearDown(d: Document, line: string) {
  d.querySelector('#wc-container')?.remove();
  d.querySelector('#zmmtg-root')?.appendChild(el(d, `<div class="meeting-ended"><p>${line}</p></div>`));
}

// ---------------------------------------------------------------------------------------------------
// Overlay (§3.3): one persistent row. The avatar is swapped on speaker change and one text node is
// rewritten in place with a ~120-char rolling window. Each speaker's accumulated text is kept, so a
// returning speaker shows their earlier tail again.

const WINDOW_CHARS = 120;

function rollWindow(text: string): string {
  const words = text.split(' ');
  while (words.length > 1 && words.join(' ').length > WINDOW_CHARS) words.shift();
  return words.join(' ');
}

class Overlay {
  private box: HTMLElement | null = null;
  private row: HTMLElement | null = null;
  private avatar: Element | null = null;
  private text: Text | null = null;
  private shownFor: string | null = null;
  private readonly acc = new Map<string, string>();

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
  ) {}

  /** Captions on: a fresh box. The row appears with the first caption or status line. */
  on() {
    this.box = el<HTMLElement>(this.doc, '<div class="live-transcription-subtitle__box"></div>');
    this.row = null;
    this.avatar = null;
    this.text = null;
    this.shownFor = null;
    this.acc.clear();
    this.host.appendChild(this.box);
  }

  /** Captions off: the box is removed (§9 checklist). */
  off() {
    this.box?.remove();
    this.box = null;
    this.row = null;
    this.avatar = null;
    this.text = null;
    this.shownFor = null;
  }

  private ensureRow(): Text {
    if (!this.box) throw new Error('scenario bug: overlay is off');
    if (!this.row || !this.text) {
      this.row = el<HTMLElement>(this.doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
      this.text = this.doc.createTextNode('');
      q(this.row, '.live-transcription-subtitle__item').appendChild(this.text);
      this.box.appendChild(this.row);
    }
    return this.text;
  }

  /** A status line in the item span, shown without an avatar. Assumption: it also restarts the accumulation. */
  status(line: string) {
    const t = this.ensureRow();
    this.avatar?.remove();
    this.avatar = null;
    this.shownFor = null;
    this.acc.clear();
    t.data = line;
  }

  /** Swaps the avatar to `who` and shows their accumulated window. Returns whether it flipped. */
  show(who: Person): boolean {
    const t = this.ensureRow();
    if (this.shownFor === who.name) return false;
    const av = el(this.doc, who.overlay);
    if (this.avatar) this.avatar.replaceWith(av);
    else this.row!.insertBefore(av, this.row!.firstChild);
    this.avatar = av;
    this.shownFor = who.name;
    t.data = rollWindow(this.acc.get(who.name) ?? '');
    return true;
  }

  add(who: Person, word: string) {
    const t = this.ensureRow();
    this.show(who);
    const prev = this.acc.get(who.name);
    const next = prev ? `${prev} ${word}` : word;
    this.acc.set(who.name, next);
    t.data = rollWindow(next);
  }

  /** Re-punctuates the end of `who`'s accumulated text: `raw` becomes `final`. */
  revise(who: Person, raw: string, final: string) {
    const t = this.ensureRow();
    const prev = this.acc.get(who.name) ?? '';
    if (!prev.endsWith(raw)) throw new Error('scenario bug: revise() tail mismatch');
    const next = prev.slice(0, prev.length - raw.length) + final;
    this.acc.set(who.name, next);
    if (this.shownFor === who.name) t.data = rollWindow(next);
  }
}

async function overlaySay(p: Page, ov: Overlay, who: Person, text: string, stepMs = 100) {
  if (ov.show(who)) await p.sleep(stepMs); // the flip (and a returning speaker's old tail) shows first
  for (const w of text.split(' ')) {
    ov.add(who, w);
    await p.sleep(stepMs);
  }
}

// ---------------------------------------------------------------------------------------------------
// Full transcript panel (§3.4): rows appended. Consecutive rows of one person are grouped under one
// name header, and the message text grows in place.

class Panel {
  private root: HTMLElement | null = null;
  private lastWho: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: Element,
  ) {}

  open() {
    this.root = el<HTMLElement>(this.doc, '<div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div>');
    this.lastWho = null;
    this.host.appendChild(this.root);
  }

  close() {
    this.root?.remove();
    this.root = null;
    this.lastWho = null;
  }

  row(who: Person, time: string): Text {
    if (!this.root) throw new Error('scenario bug: panel is closed');
    const first = this.lastWho !== who.name;
    const item = el(
      this.doc,
      first
        ? `<div class="lt-full-transcript__item lt-full-transcript__title--first">` +
            `<div class="lt-full-transcript__avatar">${who.panel}</div>` +
            `<span class="lt-full-transcript__display-name">${who.name}</span>` +
            `<span class="lt-full-transcript__time">${time}</span>` +
            `<div class="lt-full-transcript__message"></div></div>`
        : `<div class="lt-full-transcript__item">` +
            `<span class="lt-full-transcript__time">${time}</span>` +
            `<div class="lt-full-transcript__message"></div></div>`,
    );
    const t = this.doc.createTextNode('');
    q(item, '.lt-full-transcript__message').appendChild(t);
    this.root.appendChild(item);
    this.lastWho = who.name;
    return t;
  }
}

async function panelSay(p: Page, panel: Panel, who: Person, time: string, text: string, final?: string, stepMs = 100) {
  const t = panel.row(who, time);
  await grow(p, t, text, final, stepMs);
}

/** Overlay and panel updated word by word in step (captions on with the transcript panel open). */
async function bothSay(p: Page, ov: Overlay, panel: Panel, who: Person, time: string, text: string, stepMs = 100) {
  if (ov.show(who)) await p.sleep(stepMs);
  const t = panel.row(who, time);
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    ov.add(who, words[i]!);
    t.data = words.slice(0, i + 1).join(' ');
    await p.sleep(stepMs);
  }
}

const ZOOM_STATUS = [
  'Captions will be shown',
  'English (US)',
  'Joining meeting',
  'Connecting',
  'You have left the meeting',
  'Show Captions',
  'Hide Captions',
];

// ===================================================================================================
// 1. The clinician waits in the waiting room, is admitted, and turns captions on only some time in.
//    Overlay only, inside the same-origin iframe #webclient.
// Tests: capture must not start or end the call while the clinician waits (no in-call markers yet). It
// picks up the in-call markers once they appear inside the iframe, then the caption box, which comes
// later and opens with a status line. Speech before captions were on is not in the DOM, so it is not
// expected. Then come four overlay turns: initials vs. img avatar, rolling windows, and each speaker
// returning with their accumulated tail, which must not be emitted again.
// Assumptions (research silent): the waiting room has no #wc-footer or #audioOptionMenu and shows a
// plain message. Admission replaces it with the meeting UI (footer markers first, with a "Show Captions"
// button). Turning captions on relabels that button "Hide Captions". The box's first content is the
// status line "Captions will be shown in English (US)", shown without an avatar.
// ===================================================================================================

const ROSA = person('Rosa Kim', 'RK');

const s1Turns: [Person, string][] = [
  [ROSA, 'Hi doctor, can you hear me now? The audio kept cutting out while I was waiting.'],
  [MAYA, "Yes, I can hear you clearly now. Let's go over the blood pressure readings you logged this week."],
  [ROSA, 'They were mostly around one forty over ninety, a little lower in the evenings.'],
  [MAYA, 'That is still higher than we want, so I will raise the lisinopril to twenty milligrams.'],
];

const waitingRoomAdmitted: Scenario = {
  name: 'zoom23 waiting room, admitted, captions on minutes in (overlay, iframe)',
  url: 'https://app.zoom.us/wc/84512093377/join?fromPWA=1',
  selfNames: SELF,
  body: IFRAME_BODY,
  prepare(p) {
    const d = frameDoc(p);
    d.body.innerHTML =
      `<div id="zmmtg-root"><div class="waiting-room-container">` +
      `<h3 class="wr-title">Please wait, the meeting host will let you in soon.</h3>` +
      `<p class="wr-topic">Riverside Clinic telehealth room</p></div></div>`;
  },
  async play(p) {
    const d = frameDoc(p);
    const root = q(d, '#zmmtg-root');
    await p.sleep(1500); // still waiting
    q(root, '.wr-title').textContent = 'Joining meeting…';
    await p.sleep(400);
    q(root, '.waiting-room-container').replaceWith(el(d, MEETING(true)));
    // In the call, audio joined; the conversation starts without captions (not in the DOM).
    await p.sleep(2000);
    // More → Captions (or the toolbar button): the box appears and opens with a status line.
    const btn = q(d, '.footer-button__captions');
    btn.setAttribute('aria-label', 'Hide Captions');
    btn.textContent = 'Hide Captions';
    const ov = new Overlay(d, q(d, '.meeting-app'));
    ov.on();
    ov.status('Captions will be shown in English (US)');
    await p.sleep(900);
    for (const [who, text] of s1Turns) {
      await overlaySay(p, ov, who, text, 95);
      await p.sleep(600);
    }
  },
  leave(p) {
    tearDown(frameDoc(p), 'You have left the meeting');
  },
  expected: s1Turns.map(([who, text]): Expected => ({ speaker: { key: who === MAYA ? 'clinician' : 'patient' }, text })),
  forbidden: [...ZOOM_STATUS, 'Please wait', 'Riverside Clinic'],
};

// ===================================================================================================
// 2. Captions switched off mid-sentence and on again (panel only, top document).
// Tests: the panel root is removed in the middle of the patient's sentence. The cut row must be kept
// as it was shown (words spoken while captions were off are never in the DOM, so they are not
// expected). When captions come back a NEW panel root appears, and its first row continues the same
// patient's turn. Speakers come from the panel names. The local user (selfNames) is the clinician. The
// scenario also covers ASR re-punctuation and re-spelling of the trailing word (§3.4), a continuation row
// without a name, letter avatars, and timestamps that must not leak.
// Assumptions (research silent): turning captions off removes #full-transcription. Turning them on and
// reopening "View full transcript" inserts a new, empty panel (no backfilled history).
// ===================================================================================================

const LUIS = person('Luis Ortega', 'LO');
const MAYA_LETTER: Person = { ...MAYA, panel: 'M' };

const offOnMidSentence: Scenario = {
  name: 'zoom23 captions off and on mid-sentence (panel, top document)',
  url: 'https://us04web.zoom.us/wc/7261849305/join',
  selfNames: SELF,
  body: IN_CALL_TOP,
  async play(p) {
    const d = p.doc;
    const panel = new Panel(d, q(d, '.meeting-sidebar'));
    await p.sleep(300);
    panel.open();
    await panelSay(p, panel, MAYA_LETTER, '14:05:02', 'good afternoon Luis how has the new inhaler been working for you', 'Good afternoon Luis, how has the new inhaler been working for you?');
    await p.sleep(500);
    await panelSay(p, panel, LUIS, '14:05:09', 'Much better during the day, but at night I still wake up');
    // Captions off mid-sentence. Luis goes on: "coughing around three in the morning" (never shown).
    panel.close();
    await p.sleep(1800);
    // Captions on again and the transcript reopened: a new panel root.
    panel.open();
    await panelSay(p, panel, LUIS, '14:05:21', 'and most nights I need the rescue inhaler before I can sleep again.');
    await p.sleep(500);
    await panelSay(p, panel, MAYA_LETTER, '14:05:30', 'Okay, that tells me the night symptoms are not control', 'Okay. That tells me the night symptoms are not controlled.');
    await p.sleep(300);
    await panelSay(p, panel, MAYA_LETTER, '14:05:36', "Let's add an evening controller dose and check again in two weeks.");
    await p.sleep(500);
    await panelSay(p, panel, LUIS, '14:05:44', 'That sounds good. To me', 'That sounds good to me.');
  },
  leave(p) {
    tearDown(p.doc, 'You have left the meeting');
  },
  expected: [
    { speaker: MAYA.name, role: 'clinician', text: 'Good afternoon Luis, how has the new inhaler been working for you?' },
    { speaker: LUIS.name, text: 'Much better during the day, but at night I still wake up' },
    { speaker: LUIS.name, text: 'and most nights I need the rescue inhaler before I can sleep again.' },
    { speaker: MAYA.name, role: 'clinician', text: 'Okay. That tells me the night symptoms are not controlled.' },
    { speaker: MAYA.name, role: 'clinician', text: "Let's add an evening controller dose and check again in two weeks." },
    { speaker: LUIS.name, text: 'That sounds good to me.' },
  ],
  loose: true, // Zoom's ASR re-punctuates and re-cases the panel text (§3.4)
  forbidden: [...ZOOM_STATUS, '14:05', 'LLuis', 'MDr.'],
};

// ===================================================================================================
// 3. The spoken/caption language changes mid-call, English → Spanish → English. Overlay and panel
//    both on, inside the same-origin iframe #webclient.
// Tests: every Spanish word (accents, ñ, ¿) arrives once under the right speaker. The language-change
// status lines in the overlay never leak into an utterance. With both views present, each turn comes
// out once, named from the panel. The local user is the clinician.
// Assumptions (research silent for Zoom): a caption-language change keeps the same box and panel nodes
// (unlike Meet, §2.5.7). The overlay shows "Captions will be shown in Spanish" / "... in English (US)"
// (modelled on the documented English line) with no avatar, and the overlay's rolling text starts
// afresh. The panel gets no status row, and its later rows are in the new language.
// ===================================================================================================

const ANA = person('Ana Beltrán', 'AB');

const languageSwitch: Scenario = {
  name: 'zoom23 caption language English to Spanish and back (overlay + panel, iframe)',
  url: 'https://app.zoom.us/wc/3390417726/join',
  selfNames: SELF,
  body: IFRAME_BODY,
  prepare(p) {
    frameDoc(p).body.innerHTML = `<div id="zmmtg-root">${MEETING()}</div>`;
  },
  async play(p) {
    const d = frameDoc(p);
    const ov = new Overlay(d, q(d, '.meeting-app'));
    const panel = new Panel(d, q(d, '.meeting-sidebar'));
    await p.sleep(400);
    ov.on();
    panel.open();
    await p.sleep(300);
    await bothSay(p, ov, panel, MAYA, '09:31:04', 'Hello Ana, I can see you now. Would you prefer that we continue in Spanish?');
    await p.sleep(500);
    await bothSay(p, ov, panel, ANA, '09:31:11', 'Yes please, I explain myself much better in Spanish.');
    await p.sleep(400);
    ov.status('Captions will be shown in Spanish');
    await p.sleep(1000);
    await bothSay(p, ov, panel, MAYA, '09:31:25', 'Muy bien. ¿Desde cuándo tiene el dolor en el pecho?');
    await p.sleep(500);
    await bothSay(p, ov, panel, ANA, '09:31:31', 'Desde el lunes, sobre todo cuando subo las escaleras de mi casa y me falta el aire.');
    await p.sleep(500);
    await bothSay(p, ov, panel, MAYA, '09:31:42', 'Entiendo. Voy a cambiar los subtítulos al inglés para mis notas.');
    await p.sleep(400);
    ov.status('Captions will be shown in English (US)');
    await p.sleep(1000);
    await bothSay(p, ov, panel, MAYA, '09:31:55', 'Thank you, Ana. I am ordering an ECG for tomorrow morning, and please go to the emergency room if the pain gets worse.');
    await p.sleep(500);
    await bothSay(p, ov, panel, ANA, '09:32:07', 'Okay, thank you doctor.');
  },
  leave(p) {
    tearDown(frameDoc(p), 'You have left the meeting');
  },
  expected: [
    { speaker: MAYA.name, role: 'clinician', text: 'Hello Ana, I can see you now. Would you prefer that we continue in Spanish?' },
    { speaker: ANA.name, text: 'Yes please, I explain myself much better in Spanish.' },
    { speaker: MAYA.name, role: 'clinician', text: 'Muy bien. ¿Desde cuándo tiene el dolor en el pecho?' },
    { speaker: ANA.name, text: 'Desde el lunes, sobre todo cuando subo las escaleras de mi casa y me falta el aire.' },
    { speaker: MAYA.name, role: 'clinician', text: 'Entiendo. Voy a cambiar los subtítulos al inglés para mis notas.' },
    { speaker: MAYA.name, role: 'clinician', text: 'Thank you, Ana. I am ordering an ECG for tomorrow morning, and please go to the emergency room if the pain gets worse.' },
    { speaker: ANA.name, text: 'Okay, thank you doctor.' },
  ],
  forbidden: [...ZOOM_STATUS, '09:3'], // "Captions will be shown in Spanish" is covered by its prefix
};

// ===================================================================================================
// 4. Breakout rooms: main room → breakout room → main room (overlay only, top document).
// Tests: captions turn off on moving into a breakout room and must be turned on again (§3.2). Each
// re-enable gives a NEW overlay box. Speech in a room before captions come back is not expected. The
// call must not end while moving between rooms, since the in-call markers stay present. Speaker keys
// (img src / initials) must stay consistent across the three boxes. The overlay has no names, so
// speakers are keys and no role is checked.
// Assumptions (research silent): a room move re-renders #wc-footer in one synchronous replace (the
// markers are never absent). A "Breakout Room 2" label shows in the meeting area while there. A
// re-enabled box starts empty, with no accumulated window from the previous room.
// ===================================================================================================

const TOM = person('Tom Nguyen', 'TN');
const JORDAN = person('Jordan Blake', 'JB', 'https://us04web.zoom.us/p/v2/8d03aa41c2/avatar-jordan.jpg');

const s4Rooms: [Person, string][][] = [
  [
    [MAYA, 'Welcome back, everyone. In a moment I will open breakout rooms for the coping skills exercise.'],
    [TOM, 'Will we come back to the main room afterwards?'],
    [MAYA, 'Yes, after ten minutes everyone returns here automatically.'],
  ],
  [
    [JORDAN, 'I tried the breathing exercise twice this week when I felt panicky.'],
    [MAYA, 'That is a good start, Jordan. Did it help the second time?'],
    [JORDAN, 'A little, my heart rate came down faster than before.'],
  ],
  [
    [TOM, 'Our room finished the worksheet together.'],
    [MAYA, 'Thank you all, we will stop here for today.'],
  ],
];

const keyOf = (who: Person) => (who === MAYA ? 'clinician' : who === TOM ? 'tom' : 'jordan');

const breakoutRooms: Scenario = {
  name: 'zoom23 breakout room and back, captions re-enabled each time (overlay, top document)',
  url: 'https://app.zoom.us/wc/93018274651/join?fromPWA=1',
  selfNames: SELF,
  body: IN_CALL_TOP,
  async play(p) {
    const d = p.doc;
    const app = q(d, '.meeting-app');
    const ov = new Overlay(d, app);
    const moveRoom = (label: string | null) => {
      ov.off(); // captions turn off when changing rooms (§3.2)
      q(d, '#wc-footer').replaceWith(el(d, FOOTER()));
      d.querySelector('.breakout-room-label')?.remove();
      if (label) app.prepend(el(d, `<div class="breakout-room-label">${label}</div>`));
    };
    await p.sleep(400);
    for (let r = 0; r < s4Rooms.length; r++) {
      if (r === 1) moveRoom('Breakout Room 2');
      if (r === 2) moveRoom(null);
      if (r > 0) await p.sleep(1500); // talk in the new room before captions are back: not in the DOM
      ov.on();
      await p.sleep(300);
      for (const [who, text] of s4Rooms[r]!) {
        await overlaySay(p, ov, who, text, 95);
        await p.sleep(550);
      }
    }
  },
  leave(p) {
    tearDown(p.doc, 'You have left the meeting');
  },
  expected: s4Rooms.flat().map(([who, text]): Expected => ({ speaker: { key: keyOf(who) }, text })),
  forbidden: [...ZOOM_STATUS, 'Breakout Room'],
};

// ===================================================================================================
// 5. A very short call (three turns) that ends abruptly mid-sentence (panel only, iframe #webclient).
// Tests: the panel appears right after joining. The patient's phone dies mid-sentence and the clinician
// leaves at once. The last, unfinished row must still come out in full, once, under the patient. The
// call must end when the meeting UI inside the iframe is torn down. The local user is the clinician.
// Assumptions (research silent): leaving replaces #wc-container inside the iframe with a goodbye line.
// The unfinished row is never re-punctuated.
// ===================================================================================================

const PRIYA = person('Priya Shah', 'PS');

const shortAbruptCall: Scenario = {
  name: 'zoom23 very short call ending abruptly mid-sentence (panel, iframe)',
  url: 'https://zoom.us/wc/4821937560/join',
  selfNames: SELF,
  body: IFRAME_BODY,
  prepare(p) {
    frameDoc(p).body.innerHTML = `<div id="zmmtg-root">${MEETING()}</div>`;
  },
  async play(p) {
    const d = frameDoc(p);
    const panel = new Panel(d, q(d, '.meeting-sidebar'));
    await p.sleep(300);
    panel.open();
    await panelSay(p, panel, PRIYA, '18:40:03', 'Hi, sorry, my phone battery is almost dead.');
    await p.sleep(400);
    await panelSay(p, panel, MAYA_LETTER, '18:40:08', 'No problem. Quickly, are you still taking the antibiotic twice a day?');
    await p.sleep(400);
    await panelSay(p, panel, PRIYA, '18:40:14', 'Yes, and the swelling is going down but');
  },
  leave(p) {
    tearDown(frameDoc(p), 'You have left the meeting');
  },
  expected: [
    { speaker: PRIYA.name, text: 'Hi, sorry, my phone battery is almost dead.' },
    { speaker: MAYA.name, role: 'clinician', text: 'No problem. Quickly, are you still taking the antibiotic twice a day?' },
    { speaker: PRIYA.name, text: 'Yes, and the swelling is going down but' },
  ],
  forbidden: [...ZOOM_STATUS, '18:40', 'PPriya'],
};

export const zoomScenarios: Scenario[] = [waitingRoomAdmitted, offOnMidSentence, languageSwitch, breakoutRooms, shortAbruptCall];
