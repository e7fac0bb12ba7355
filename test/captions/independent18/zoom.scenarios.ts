/*
 * Zoom web-client telehealth scenarios (independent round 18): nine calls the product has never seen.
 *
 * Written ONLY from /work/shared/research/caption-platforms.md and the scenario API
 * (../independent/kit.ts, ../independent/runner.ts). Research sections used:
 *   §1   cross-platform summary: the Zoom overlay is ONE persistent rolling node with no speaker
 *        name (avatar img or initials only); the transcript panel has named rows.
 *   §3.1 URL shapes (/wc/<8-12 digit id>/join|start on app.zoom.us, zoom.us, us04web.zoom.us), the
 *        same-origin <iframe id="webclient"> vs. a meeting rendered in the top document (#zmmtg-root,
 *        #wc-container), in-call markers #audioOptionMenu and #wc-footer .footer__leave-btn-container button.
 *   §3.3 overlay outline (.live-transcription-subtitle__box > #live-transcription-subtitle >
 *        img[alt=""] | initials <span>, + span.live-transcription-subtitle__item), text rewritten in
 *        place with a ~100-150 char window that drops leading words, the initials→img avatar flap,
 *        interleaving returns the earlier speaker's ACCUMULATED window, system lines ("Connecting",
 *        "Captions will be shown in English (US)", "You have left the meeting"), TT's tile lookup
 *        (another img with the same src; img.parentElement.nextSibling = name).
 *   §3.4 full transcript panel ([aria-label="Live Transcription List"].new-lt-list-container
 *        #full-transcription, .lt-full-transcript__item rows, __title--first name headers, nameless
 *        continuation rows, letter avatar inside the title ("KKrystian"), __time stamps, React-virtualised
 *        recycled rows, ASR re-punctuation and re-spelling of the trailing words).
 *   §7   Zoom for Healthcare = the same client.  §8 (re-attach on re-mount, rolling-window diffing,
 *        noise filters, recycled rows)  §9 (fixture checklist).
 *
 * General assumptions where the research is silent (all scenarios):
 *   - Tile, layout, footer, chat and panel-wrapper class names other than the ones quoted above are my
 *     own inventions; only the documented classes/ids are meaningful.
 *   - Participant tiles follow TT's lookup shape: <div><img src=…></div><div>Name</div>.
 *   - The overlay box lives in its own host element next to the video layout.
 *   - The client keeps each speaker's accumulated caption text in its state, so a re-mounted box (or
 *     a box that is shown again) displays the current speaker's window again.
 *   - The panel row of the current utterance grows live, a few words behind the overlay, and gets its
 *     final punctuation when the overlay does.
 *   - Speakers whose name is only reachable through an avatar (overlay) use { key } specs; names come
 *     from the DOM only in panel rows. Role 'clinician' is only asserted where the selfNames person is
 *     named in the DOM (panel rows).
 *   - Leaving tears down the meeting UI: #wc-footer (which holds #audioOptionMenu and the leave button)
 *     and the meeting content go away, and "You have left the meeting" is shown.
 */
import { el, q, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

// ───────────────────────────────────────── helpers ─────────────────────────────────────────

interface Person {
  /** Speaker key for { key } specs (name not in the DOM). */
  key: string;
  /** Display name (tiles, panel rows). */
  name: string;
  /** Initials bubble in the overlay when there is no photo. */
  initials: string;
  /** Avatar photo URL; absent → initials bubble (overlay) / letter avatar (panel). */
  photo?: string;
}

interface Line {
  who: Person;
  /** What this segment finally reads on screen (what was said). */
  text: string;
  /** What the ASR showed while the words came in (default: `text` without its end punctuation). */
  interim?: string;
  /** Explicit successive states of this segment (overrides interim growth); the last equals `text`. */
  states?: string[];
  /** The speaker's name is in the DOM for this line (transcript panel open). */
  named?: boolean;
  /** Pause after this line, ms (default: the scenario's gap generator). */
  gap?: number;
  /** Event (by name) to run right before this line. */
  at?: string;
  /** Overlay: show the initials bubble first (photo not loaded yet). */
  initialsFirst?: boolean;
}

const L = (who: Person, text: string, o: Omit<Line, 'who' | 'text'> = {}): Line => ({ who, text, ...o });

const photo = (id: string) => `https://us04images.zoom.us/p/v2/${id}/avatar.jpg`;

/** Deterministic jitter in [lo, hi] ms. */
function pace(seed: number, lo = 90, hi = 200): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + ((s >>> 8) % (hi - lo + 1));
  };
}

const join = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

/** Word-by-word prefixes of `text`, each after `base`. */
function growth(text: string, base = ''): string[] {
  const w = text.split(' ');
  const out: string[] = [];
  for (let i = 1; i <= w.length; i++) out.push(join(base, w.slice(0, i).join(' ')));
  return out;
}

function statesOf(l: Line): string[] {
  const s = l.states ? [...l.states] : growth(l.interim ?? l.text.replace(/[.?!,]+$/, ''));
  if (s[s.length - 1] !== l.text) s.push(l.text);
  return s;
}

/** The rolling overlay window: the longest word-suffix of `text` that fits in `max` chars. */
function windowOf(text: string, max: number): string {
  if (text.length <= max) return text;
  const words = text.split(' ');
  let len = text.length;
  let i = 0;
  while (len > max && i < words.length - 1) {
    len -= words[i]!.length + 1;
    i++;
  }
  return words.slice(i).join(' ');
}

function expectedOf(lines: Line[], selfNames: string[]): Expected[] {
  return lines.map((l): Expected => {
    if (!l.named) return { speaker: { key: l.who.key }, text: l.text };
    if (selfNames.includes(l.who.name)) {
      const role: Role = 'clinician';
      return { speaker: [...new Set([l.who.name, ...selfNames])], role, text: l.text };
    }
    return { speaker: l.who.name, text: l.text };
  });
}

async function perform(
  p: Page,
  lines: Line[],
  gaps: () => number,
  events: Record<string, () => void | Promise<void>>,
  say: (l: Line) => Promise<void>,
) {
  for (const l of lines) {
    if (l.at) {
      const ev = events[l.at];
      if (!ev) throw new Error(`scenario bug: no event ${l.at}`);
      await ev();
    }
    await say(l);
    await p.sleep(l.gap ?? gaps());
  }
}

/** The Zoom bottom subtitle (§3.3): one row, avatar swapped per speaker, rolling text rewritten in place. */
class Overlay {
  readonly acc = new Map<string, string>();
  box: HTMLElement | null = null;
  private row: HTMLElement | null = null;
  private text: Text | null = null;
  private notice: HTMLElement | null = null;
  cur: Person | null = null;
  readonly doc: Document;
  readonly max: number;

  constructor(doc: Document, max = 130) {
    this.doc = doc;
    this.max = max;
  }

  /** Takes over a box that is already in the page (captions were on before capture started). */
  adopt(box: HTMLElement) {
    this.box = box;
  }

  /** Mounts a new box; with `resume` the current speaker's accumulated window is shown at once. */
  mount(parent: Element, resume = false) {
    const box = el<HTMLElement>(this.doc, '<div class="live-transcription-subtitle__box"></div>');
    this.box = box;
    this.row = null;
    this.text = null;
    this.notice = null;
    if (resume && this.cur) this.buildRow(this.cur, false);
    parent.appendChild(box);
  }

  unmount() {
    this.box?.remove();
    this.box = null;
    this.row = null;
    this.text = null;
    this.notice = null;
  }

  /** Re-parents the very same box node. */
  move(parent: Element) {
    if (this.box) parent.appendChild(this.box);
  }

  /** A fresh caption session: nothing accumulated, no current speaker. */
  forget() {
    this.acc.clear();
    this.cur = null;
  }

  /** The subtitle empties after silence: the row goes away and the next caption starts fresh. */
  clear() {
    this.row?.remove();
    this.row = null;
    this.text = null;
    this.forget();
  }

  /** A system line (no avatar) in the subtitle area; the next caption replaces it. */
  showNotice(msg: string) {
    if (!this.box) throw new Error('scenario bug: no overlay box');
    this.row?.remove();
    this.row = null;
    this.text = null;
    this.notice?.remove();
    const notice = el<HTMLElement>(this.doc, `<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">${msg}</span></div>`);
    this.notice = notice;
    this.box.appendChild(notice);
  }

  /** The photo finished loading: the initials bubble becomes an img (same speaker, same text). */
  setPhoto(who: Person) {
    if (this.row && this.cur === who) this.row.replaceChild(this.avatar(who, false), this.row.firstChild!);
  }

  private avatar(who: Person, initials: boolean): Element {
    return who.photo && !initials ? el(this.doc, `<img src="${who.photo}" alt="">`) : el(this.doc, `<span>${who.initials}</span>`);
  }

  private buildRow(who: Person, initials: boolean) {
    const row = el(this.doc, '<div id="live-transcription-subtitle"></div>');
    row.appendChild(this.avatar(who, initials));
    const item = el(this.doc, '<span class="live-transcription-subtitle__item"></span>');
    const t = this.doc.createTextNode(windowOf(this.acc.get(who.name) ?? '', this.max));
    item.appendChild(t);
    row.appendChild(item);
    this.box!.appendChild(row);
    this.row = row;
    this.text = t;
  }

  /** Puts `who` in the row; true when an earlier accumulated window is shown again. */
  private show(who: Person, initials: boolean): boolean {
    const prev = this.acc.get(who.name) ?? '';
    const switching = this.cur !== who;
    this.cur = who;
    if (!this.box) return false; // captions hidden: the client still tracks the text
    if (this.notice) {
      this.notice.remove();
      this.notice = null;
    }
    if (!this.row) {
      this.buildRow(who, initials);
      return prev !== '';
    }
    if (!switching) return false;
    this.row.replaceChild(this.avatar(who, initials), this.row.firstChild!);
    this.text!.data = windowOf(prev, this.max);
    return prev !== '';
  }

  async say(p: Page, who: Person, states: string[], next: () => number, hook?: (i: number, s: string, last: boolean) => void, initials = false) {
    if (this.show(who, initials)) await p.sleep(next());
    const base = this.acc.get(who.name) ?? '';
    for (let i = 0; i < states.length; i++) {
      const s = states[i]!;
      const full = join(base, s);
      this.acc.set(who.name, full);
      if (this.text) this.text.data = windowOf(full, this.max);
      hook?.(i, s, i === states.length - 1);
      await p.sleep(next());
    }
  }
}

interface PanelEntry {
  who: Person;
  time: string;
  text: string;
  head: boolean;
}

/** The full transcript side panel (§3.4): grouped name headers, continuation rows, recycled rows. */
class Panel {
  private wrap: HTMLElement | null = null;
  private list: HTMLElement | null = null;
  private readonly entries: PanelEntry[] = [];
  private rows: { row: HTMLElement; msg: Text; entry: PanelEntry }[] = [];
  readonly doc: Document;
  readonly clock: () => string;
  readonly maxRows: number;

  constructor(doc: Document, clock: () => string, maxRows = 8) {
    this.doc = doc;
    this.clock = clock;
    this.maxRows = maxRows;
  }

  /** Opens the panel; the virtualised list renders the latest rows, starting at a name header. */
  open(parent: Element) {
    const wrap = el<HTMLElement>(
      this.doc,
      '<div class="lt-full-transcript-panel"><div class="lt-full-transcript-panel__header"><span>Transcript</span><button>Save Transcript</button></div></div>',
    );
    const list = el<HTMLElement>(this.doc, '<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div>');
    wrap.appendChild(list);
    this.wrap = wrap;
    this.list = list;
    let start = Math.max(0, this.entries.length - this.maxRows);
    while (start < this.entries.length && !this.entries[start]!.head) start++;
    for (const e of this.entries.slice(start)) this.append(e);
    parent.appendChild(wrap);
  }

  close() {
    this.wrap?.remove();
    this.wrap = null;
    this.list = null;
    this.rows = [];
  }

  start(who: Person, text: string) {
    const last = this.entries[this.entries.length - 1];
    const e: PanelEntry = { who, time: this.clock(), text, head: !last || last.who !== who };
    this.entries.push(e);
    if (this.list) this.append(e);
  }

  update(text: string) {
    const e = this.entries[this.entries.length - 1];
    if (!e) return;
    e.text = text;
    const r = this.rows[this.rows.length - 1];
    if (r && r.entry === e && r.msg.data !== text) r.msg.data = text;
  }

  /** Per-state hook for Overlay.say: a row per line, growing every third word and at the end. */
  hook(who: Person) {
    return (i: number, s: string, last: boolean) => {
      if (i === 0) this.start(who, s);
      else if (i % 3 === 2 || last) this.update(s);
    };
  }

  private append(e: PanelEntry) {
    const d = this.doc;
    let row: HTMLElement;
    if (this.rows.length >= this.maxRows) row = this.rows.shift()!.row; // recycled element, all text rewritten
    else row = el(d, '<div></div>');
    row.className = `lt-full-transcript__item${e.head ? ' lt-full-transcript__title--first' : ''}`;
    row.textContent = '';
    if (e.head) {
      const av = e.who.photo ? `<img src="${e.who.photo}" alt="">` : e.who.name.charAt(0);
      row.appendChild(
        el(
          d,
          `<div class="lt-full-transcript__title"><div class="lt-full-transcript__avatar">${av}</div><span class="lt-full-transcript__display-name">${e.who.name}</span><span class="lt-full-transcript__time">${e.time}</span></div>`,
        ),
      );
    } else {
      row.appendChild(el(d, `<span class="lt-full-transcript__time">${e.time}</span>`));
    }
    const msgEl = el(d, '<div class="lt-full-transcript__message"></div>');
    const msg = d.createTextNode(e.text);
    msgEl.appendChild(msg);
    row.appendChild(msgEl);
    this.list!.appendChild(row);
    this.rows.push({ row, msg, entry: e });
  }
}

function clock(h: number, m: number, s: number, step: number): () => string {
  let t = h * 3600 + m * 60 + s;
  const pad = (n: number) => String(n).padStart(2, '0');
  return () => {
    const v = t;
    t += step;
    return `${pad(Math.floor(v / 3600))}:${pad(Math.floor(v / 60) % 60)}:${pad(v % 60)}`;
  };
}

function tile(who: Person, cls = 'gallery-video-container__video-frame', withPhoto = true): string {
  const pic =
    who.photo && withPhoto
      ? `<img class="video-avatar__avatar-img" src="${who.photo}" alt="">`
      : `<span class="video-avatar__avatar-initials">${who.initials}</span>`;
  return `<div class="video-avatar__avatar ${cls}"><div class="video-avatar__avatar-frame">${pic}</div><div class="video-avatar__avatar-footer"><span>${who.name}</span></div></div>`;
}

const gallery = (people: Person[]) => `<div class="gallery-video-container__wrap">${people.map((x) => tile(x)).join('')}</div>`;

const speakerView = (active: Person, people: Person[]) =>
  `<div class="speaker-active-container__wrap">${tile(active, 'speaker-active-container__video-frame')}</div>` +
  `<div class="speaker-bar-container__wrap">${people.map((x) => tile(x, 'speaker-bar-container__video-frame')).join('')}</div>`;

/** The meeting UI (#wc-container) with footer markers; `box` pre-mounts an empty subtitle box. */
function shell(o: { layout: string; side?: string; header?: string; box?: boolean; extra?: string }): string {
  return (
    '<div id="wc-container" class="meeting-client"><div class="meeting-client-inner">' +
    '<div id="wc-content">' +
    `<div class="meeting-info-container"><span class="meeting-info-container__title">Zoom Meeting</span><span class="meeting-info-container__timer">00:00:41</span>${o.header ?? ''}</div>` +
    `<div class="main-layout"><div class="video-layout">${o.layout}</div>` +
    `<div class="subtitle-host">${o.box ? '<div class="live-transcription-subtitle__box"></div>' : ''}</div></div>` +
    `<div class="side-panel">${o.side ?? ''}</div>${o.extra ?? ''}</div>` +
    '<div id="wc-footer" class="footer"><div class="footer__inner">' +
    '<div id="audioOptionMenu" class="footer-button__audio-menu"><button class="footer-button__button" aria-label="unmute my microphone">Unmute</button></div>' +
    '<button class="footer-button__button">Stop Video</button><button class="footer-button__button">Participants</button>' +
    '<button class="footer-button__button">Chat</button><button class="footer-button__button">Share Screen</button>' +
    '<button class="footer-button__button">Captions</button>' +
    '<div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div>' +
    '</div></div></div></div>'
  );
}

const top = (inner: string) => `<div id="zmmtg-root">${inner}</div>`;

const FRAME_BODY =
  '<div class="zm-web-shell"><header class="zm-web-shell__header">Zoom Workplace</header><iframe id="webclient" title="Zoom web client"></iframe></div>';

function frameDoc(p: Page): Document {
  const f = q<HTMLIFrameElement>(p.doc, '#webclient');
  const d = f.contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

function fillFrame(p: Page, inner: string) {
  const d = frameDoc(p);
  const body = d.body ?? d.documentElement.appendChild(d.createElement('body'));
  body.innerHTML = top(inner);
}

/** Leaving: footer (with #audioOptionMenu and the leave button) and meeting content go away. */
function leaveMeeting(d: Document) {
  d.getElementById('wc-footer')?.remove();
  d.getElementById('wc-content')?.remove();
  d.getElementById('zmmtg-root')?.appendChild(el(d, '<div class="meeting-ended"><h2>You have left the meeting</h2></div>'));
}

const COMMON_FORBIDDEN = ['Unmute', 'Share Screen', 'Stop Video', 'Participants', 'You have left the meeting', 'Zoom Meeting', '00:00:41'];

// ─────────────────────────── 1. reconnect: box removed and re-added ───────────────────────────

const raman: Person = { key: 'raman', name: 'Dr. Priya Raman', initials: 'PR', photo: photo('c81f0e2b7a4d') };
const becker: Person = { key: 'becker', name: 'Thomas Becker', initials: 'TB' };
const s1Self = ['Dr. Priya Raman', 'Priya Raman'];

const s1Lines: Line[] = [
  L(raman, 'Good morning, Mr. Becker. Can you hear me all right?', { at: 'captionsOn' }),
  L(becker, 'Yes, I can hear you fine now. The picture froze for a second there.'),
  L(raman, 'That happens sometimes. So how has your breathing been since we increased the water pill last week?'),
  L(becker, "Better at night. I'm only using two pillows now instead of three.", { gap: 300 }),
  L(raman, 'That is good to hear. Have you been weighing yourself every morning like we talked about?', { at: 'dropBetweenTurns' }),
  L(becker, 'Every morning before breakfast. It was two hundred and four on Monday and two hundred and one today.'),
  L(raman, 'Great, so that is about three pounds down. What about the swelling in your ankles, is it still', { gap: 120 }),
  L(raman, 'going up to your shins by the evening?', { at: 'dropMidSentence' }),
  L(becker, 'No, it stays around the ankles now. My socks still leave a mark, but my shoes fit again.'),
  L(raman, 'Okay. Any dizziness when you stand up, or feeling lightheaded?', { at: 'chat' }),
  L(becker, 'A little when I get out of bed too fast, so I sit on the edge for a minute first.'),
  L(raman, "That's a sensible habit. I'd like you to keep the same dose for now and have your kidney", { gap: 110 }),
  L(raman, 'function and potassium checked at the lab on Thursday.', { at: 'quickRemount' }),
  L(becker, 'Thursday works. Do I need to fast for that one?'),
  L(raman, 'No fasting needed. Just take your morning pills as usual and bring your weight log to the next visit.'),
  L(becker, 'Will do. Thank you, doctor.'),
  L(raman, "You're welcome. Call the clinic if your weight goes up by more than three pounds in two days."),
];

/*
 * Assumptions (research silent): captions are switched on after capture started, so the box appears
 * with the documented "Captions will be shown in English (US)" line in the row position first. A
 * network reconnect tears the box down; when the client reconnects it mounts a NEW box and the caption
 * session restarts (fresh, nothing accumulated), optionally showing the documented "Connecting" line
 * first. Words spoken while the box was gone are not in the expected text (never shown); the sentence
 * simply continues. A quick React re-mount (no reconnect) keeps the state, so the new box shows the
 * current speaker's window again and the sentence continues in it. In-call markers stay throughout.
 * A chat message arriving mid-call must not leak. Self (clinician) has a photo, patient has initials.
 */
const s1: Scenario = {
  name: 'zoom18: heart-failure follow-up with overlay dropped between turns, mid-sentence reconnect and quick re-mount',
  url: 'https://app.zoom.us/wc/84512397710/join?fromPWA=1',
  selfNames: s1Self,
  body: top(
    shell({
      layout: gallery([raman, becker]),
      side: '<div class="chat-container"><div class="chat-list"><div class="chat-item__chat-info-msg">Welcome to your virtual visit</div></div></div>',
    }),
  ),
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(d, 130);
    const host = q(d, '.subtitle-host');
    const next = pace(101);
    await p.sleep(500);
    await perform(
      p,
      s1Lines,
      pace(102, 250, 1300),
      {
        captionsOn: async () => {
          ov.mount(host);
          ov.showNotice('Captions will be shown in English (US)');
          await p.sleep(1100);
        },
        dropBetweenTurns: async () => {
          ov.unmount();
          await p.sleep(1600);
          ov.forget();
          ov.mount(host);
          await p.sleep(350);
        },
        dropMidSentence: async () => {
          ov.unmount();
          await p.sleep(1200);
          ov.mount(host);
          ov.showNotice('Connecting');
          await p.sleep(900);
          ov.forget();
        },
        chat: () => {
          q(d, '.chat-list').appendChild(el(d, '<div class="chat-item__chat-info-msg">Lab order form sent to your email</div>'));
        },
        quickRemount: async () => {
          ov.unmount();
          await p.sleep(90);
          ov.mount(host, true);
          await p.sleep(160);
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next),
    );
  },
  leave: (p) => leaveMeeting(p.doc),
  expected: expectedOf(s1Lines, s1Self),
  forbidden: [...COMMON_FORBIDDEN, 'Captions will be shown', 'English (US)', 'Connecting', 'Lab order form', 'Welcome to your virtual visit'],
};

// ─────────────────────────── 2. speaker view ↔ gallery view ───────────────────────────

const levin: Person = { key: 'levin', name: 'Marcus Levin', initials: 'ML' };
const karimi: Person = { key: 'karimi', name: 'Aisha Karimi', initials: 'AK', photo: photo('5e90aa13c2f7') };
const s2Self = ['Marcus Levin', 'Dr. Marcus Levin'];

const s2Lines: Line[] = [
  L(levin, 'Hi Aisha, thanks for joining. Is this still a good time to go over your asthma plan?'),
  L(karimi, "Yes, I'm on my lunch break, so I have about twenty minutes."),
  L(levin, 'Perfect. How often have you needed your blue reliever inhaler over the past month?'),
  L(karimi, 'Probably three or four times a week, mostly when I walk up the hill to the train station', { gap: 130 }),
  L(karimi, "in the cold air, and once at night after I'd been around my sister's cat.", { at: 'toSpeaker' }),
  L(levin, 'Okay, and the night time one, did it wake you up or were you already awake?'),
  L(karimi, 'It woke me up around three with a tight chest and coughing. Two puffs sorted it out.'),
  L(levin, 'Thanks. And the brown preventer inhaler, are you managing to take that twice a day?'),
  L(karimi, 'Honestly, the mornings are fine, but I forget the evening dose maybe half the time.'),
  L(levin, "That's really common. Some people keep it next to their toothbrush so it becomes part of the routine."),
  L(karimi, 'That could work. I also wanted to ask whether', { gap: 150 }),
  L(karimi, 'I should be rinsing my mouth after the brown one, because my throat has felt a bit hoarse.', { at: 'toGallery' }),
  L(levin, 'Yes, rinse and spit after every dose. The hoarseness is a known side effect, and rinsing usually helps.'),
  L(karimi, 'Good to know. Nobody told me that when I started it.'),
  L(levin, "I'll send you the written plan through the portal today, with the doses and when to call us.", { at: 'toSpeakerAgain' }),
  L(karimi, 'Thank you, that would be really helpful.'),
];

/*
 * Assumptions (research silent): meeting in the same-origin #webclient iframe, captions already on
 * (empty box present before capture). Switching layouts rebuilds the whole video layout (all tiles,
 * img and name nodes re-mounted with the same photo src); the subtitle box is NOT re-mounted by a
 * layout switch. In speaker view the big tile follows the active speaker and is re-rendered on every
 * speaker change. Two switches happen mid-sentence (in the same task as the next word), one between
 * turns. Self (clinician) has no photo (initials "ML"), the patient has a photo.
 */
const s2: Scenario = {
  name: 'zoom18: asthma review while switching gallery → speaker → gallery → speaker view (iframe client)',
  url: 'https://us04web.zoom.us/wc/7391046628/join',
  selfNames: s2Self,
  body: FRAME_BODY,
  prepare(p) {
    fillFrame(
      p,
      shell({ layout: gallery([levin, karimi]), header: '<button class="layout-switch">Speaker View</button>', box: true }),
    );
  },
  async play(p) {
    const d = frameDoc(p);
    const ov = new Overlay(d, 130);
    ov.adopt(q(d, '.live-transcription-subtitle__box'));
    const next = pace(201);
    let view: 'gallery' | 'speaker' = 'gallery';
    let active: Person = karimi;
    const render = () => {
      q(d, '.video-layout').innerHTML = view === 'gallery' ? gallery([levin, karimi]) : speakerView(active, [levin, karimi]);
      q(d, '.layout-switch').textContent = view === 'gallery' ? 'Speaker View' : 'Gallery View';
    };
    await p.sleep(400);
    await perform(
      p,
      s2Lines,
      pace(202, 250, 1300),
      {
        toSpeaker: () => {
          view = 'speaker';
          render();
        },
        toGallery: () => {
          view = 'gallery';
          render();
        },
        toSpeakerAgain: async () => {
          view = 'speaker';
          render();
          await p.sleep(300);
        },
      },
      async (l) => {
        if (active !== l.who) {
          active = l.who;
          if (view === 'speaker') render();
        }
        await ov.say(p, l.who, statesOf(l), next);
      },
    );
  },
  leave: (p) => leaveMeeting(frameDoc(p)),
  expected: expectedOf(s2Lines, s2Self),
  forbidden: [...COMMON_FORBIDDEN, 'Gallery View', 'Speaker View', 'Zoom Workplace'],
};

// ─────────────────────────── 3. screen sharing starts and stops ───────────────────────────

const tsai: Person = { key: 'tsai', name: 'Dr. Helen Tsai', initials: 'HT', photo: photo('0b3d77e1f9a2') };
const ojo: Person = { key: 'ojo', name: 'Robert Ojo', initials: 'RO', photo: photo('9a1c44d08e6b') };
const s3Self = ['Dr. Helen Tsai', 'Helen Tsai'];

const s3Lines: Line[] = [
  L(tsai, 'Hello Robert, your lab results from last week came back, so I thought we could look at them together.', { at: 'captionsOn' }),
  L(ojo, 'Sure. I was a bit nervous about the sugar one, to be honest.'),
  L(tsai, "That's understandable. Let me share my screen so you can see the numbers", { gap: 140 }),
  L(tsai, 'as I go through them. Can you see a table with three rows?', { at: 'shareOn' }),
  L(ojo, 'Yes, I can see it. The top line says hemoglobin A1c.'),
  L(tsai, "Right. Your A1c was eight point two in March, and now it's seven point one, which is a real improvement."),
  L(ojo, "Oh, that's a relief. I've been cutting back on the sweet tea and walking after dinner."),
  L(tsai, "It shows. The second row is your kidney function, and that's stable and in the normal range."),
  L(ojo, 'And the last one, the cholesterol, that looks high to me.'),
  L(tsai, "Your LDL is one hundred and thirty eight. For someone with diabetes, we'd like it under one hundred."),
  L(ojo, 'So does that mean another pill?'),
  L(tsai, "I'd suggest a low dose statin. It's one tablet at night, and most people tolerate it well."),
  L(ojo, 'Okay. My brother takes one of those and he gets muscle aches,', { gap: 160 }),
  L(ojo, "so I'm a little worried about that.", { at: 'shareOff' }),
  L(tsai, 'That can happen. If you notice aches, let us know and we can lower the dose or try a different one.'),
  L(ojo, "Alright, let's try it then."),
  L(tsai, "Great. I'll send the prescription to your usual pharmacy, and we'll repeat the blood work in three months."),
];

/*
 * Assumptions (research silent on sharing): when the clinician starts sharing, the client switches to
 * a sharing layout and the subtitle box is UNMOUNTED and a new box is MOUNTED inside that layout in the
 * same task; the new box shows the current speaker's accumulated window again (client state kept),
 * mid-sentence. When sharing stops, the SAME box node is moved back to its original host (re-parented),
 * mid-sentence of the patient. The shared screen itself is a canvas (no DOM text); a sharing status bar
 * ("You are screen sharing" / "Stop Share") appears and must not leak. Both people have photos.
 */
const s3: Scenario = {
  name: 'zoom18: lab-results review with screen share start (box re-mounted) and stop (box moved back), mid-sentence',
  url: 'https://zoom.us/wc/96120458813/start',
  selfNames: s3Self,
  body: top(shell({ layout: gallery([tsai, ojo]) })),
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(d, 125);
    const host = q(d, '.subtitle-host');
    const next = pace(301);
    await p.sleep(400);
    await perform(
      p,
      s3Lines,
      pace(302, 250, 1300),
      {
        captionsOn: async () => {
          ov.mount(host);
          await p.sleep(300);
        },
        shareOn: async () => {
          q(d, '.video-layout').setAttribute('hidden', '');
          const share = el(
            d,
            '<div class="sharing-layout"><div class="sharee-container"><canvas class="sharee-container__canvas" width="1280" height="720"></canvas></div><div class="sharing-layout__subtitle"></div></div>',
          );
          q(d, '.main-layout').appendChild(share);
          q(d, '#wc-content').appendChild(el(d, '<div class="sharing-status-container"><span>You are screen sharing</span><button>Stop Share</button></div>'));
          ov.unmount();
          ov.mount(q(share, '.sharing-layout__subtitle'), true);
          await p.sleep(180);
        },
        shareOff: () => {
          ov.move(host);
          q(d, '.sharing-layout').remove();
          q(d, '.sharing-status-container').remove();
          q(d, '.video-layout').removeAttribute('hidden');
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next),
    );
  },
  leave: (p) => leaveMeeting(p.doc),
  expected: expectedOf(s3Lines, s3Self),
  forbidden: [...COMMON_FORBIDDEN, 'You are screen sharing', 'Stop Share'],
};

// ─────────────────────────── 4. long silences, same speaker resumes ───────────────────────────

const ortiz: Person = { key: 'ortiz', name: 'Samuel Ortiz', initials: 'SO' };
const albright: Person = { key: 'albright', name: 'June Albright', initials: 'JA', photo: photo('77f2c0d9b31e') };
const s4Self = ['Samuel Ortiz', 'Dr. Samuel Ortiz'];

const s4Lines: Line[] = [
  L(ortiz, 'Hi June, today I mainly want to go through your medications to make sure our list is up to date.'),
  L(albright, 'Okay. I have a lot of bottles, so bear with me.'),
  L(ortiz, 'No rush at all. Can you start with the ones you take in the morning?'),
  L(albright, "Sure, but they're in the kitchen cabinet. Give me a minute to go get them.", { gap: 11200 }),
  L(albright, "Alright, I'm back. The first one is metoprolol, twenty five milligrams, once in the morning."),
  L(ortiz, "Got it. What's next?"),
  L(albright, "Then there's atorvastatin, forty milligrams, but I take that one at bedtime."),
  L(ortiz, "That's fine, bedtime is a good time for it. Any vitamins or supplements?"),
  L(albright, 'Vitamin D, and a fish oil capsule my daughter told me to take.'),
  L(ortiz, 'And are you still taking the naproxen for your knee?'),
  L(albright, "Only now and then, maybe twice a week when it's bad."),
  L(ortiz, 'Thanks. Give me a moment while I update your list here.', { gap: 4300 }),
  L(ortiz, "Alright, everything is updated. Because of your blood pressure, I'd like you to switch from naproxen to acetaminophen.", {
    at: 'clearAfterSilence',
  }),
  L(albright, 'Acetaminophen is Tylenol, right?'),
  L(ortiz, "Yes, that's right. Up to three thousand milligrams a day is safe for you."),
  L(albright, "Okay, I'll pick some up this afternoon."),
];

/*
 * Assumptions (research silent on silence): first silence (~11 s, patient fetches her bottles): the
 * overlay keeps showing her last window unchanged, and when she resumes, the new words are appended to
 * the same rolling text node (window keeps rolling). Second silence (~11 s, clinician updating the
 * list): after ~4 s the subtitle row is removed (the overlay empties); when the clinician resumes, a
 * new row starts with a fresh window (nothing accumulated). Captions were on before capture started
 * (empty box present). Self has initials only, patient a photo.
 */
const s4: Scenario = {
  name: 'zoom18: medication reconciliation with two 10+ s silences, same speaker resuming each time',
  url: 'https://app.zoom.us/wc/3318820764/join',
  selfNames: s4Self,
  body: top(shell({ layout: gallery([ortiz, albright]), box: true })),
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(d, 130);
    ov.adopt(q(d, '.live-transcription-subtitle__box'));
    const next = pace(401, 90, 160);
    await p.sleep(400);
    await perform(
      p,
      s4Lines,
      pace(402, 250, 900),
      {
        clearAfterSilence: async () => {
          ov.clear();
          await p.sleep(6300);
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next),
    );
  },
  leave: (p) => leaveMeeting(p.doc),
  expected: expectedOf(s4Lines, s4Self),
  forbidden: COMMON_FORBIDDEN,
};

// ─────────────────────────── 5. ASR rewrites the whole window ───────────────────────────

const goldberg: Person = { key: 'goldberg', name: 'Dr. Leah Goldberg', initials: 'LG', photo: photo('d4e5a0918c3b') };
const marsh: Person = { key: 'marsh', name: 'Kevin Marsh', initials: 'KM' };
const s5Self = ['Dr. Leah Goldberg', 'Leah Goldberg'];

const s5Gabapentin = "I tried gabapentin from my wife's prescription once, and it made me really dizzy.";

const s5Lines: Line[] = [
  L(goldberg, "Hi Kevin, I see from your message that you've been having back pain. Tell me what's been going on."),
  L(marsh, 'So about two weeks ago I was lifting a bag of mulch and felt something pull in my lower back.', {
    interim: 'so about two weeks ago i was lifting a bag of mulch and felt something pull in my lower bag',
  }),
  L(goldberg, 'Does the pain stay in your back, or does it travel anywhere else?'),
  L(marsh, 'It radiates down the back of my left leg, all the way to the heel sometimes.', {
    interim: 'it ray dates down the back of my left leg all the way to the heel some times',
  }),
  L(goldberg, 'That sounds like the sciatic nerve is irritated. Any numbness or tingling in your foot?'),
  L(marsh, 'A bit of tingling in the little toes, but no numbness.'),
  L(goldberg, 'And any trouble controlling your bladder or bowels, or numbness in the groin area?'),
  L(marsh, 'No, nothing like that.'),
  L(goldberg, "Good, those are the warning signs I check for. For now I'd suggest meloxicam once a day with food.", {
    interim: "good those are the warning signs i check for for now i'd suggest mellow ox a cam once a day with food",
  }),
  L(marsh, 'Is that the same thing as ibuprofen?'),
  L(goldberg, "It's in the same family, but it lasts longer, so you only need it once a day. Please don't take ibuprofen with it."),
  L(marsh, `${s5Gabapentin} So I stopped after two days.`, {
    states: [
      ...growth("i tried gabby pen tin from my wife's prescription once and it made me really dizzy"),
      s5Gabapentin,
      ...growth('So I stopped after two days', s5Gabapentin),
    ],
  }),
  L(goldberg, "Please don't take anyone else's medication. I'll also refer you to physical therapy, which helps most people within a few weeks.", {
    interim: "please don't take anyone else's medication i'll also refer you to physical the rapy which helps most people with in a few weeks",
  }),
  L(marsh, 'Okay. How long until it starts getting better?'),
  L(goldberg, 'Most sciatica settles within four to six weeks. If your leg gets weak or the pain gets worse, call us right away.'),
];

/*
 * Assumptions (research §3.3/§3.4 say Zoom re-punctuates and re-spells; the exact overlay behaviour of
 * a correction is not documented): a correction replaces the visible window text in ONE characterData
 * write, changing several words at once (mis-heard drug names, "lower bag" → "lower back"), the case of
 * the first word and "i", and adding commas and the final period. Every correction only touches words
 * still inside the 140-char window (each corrected segment is shorter than the window), so the rolled-
 * off words were already final. One correction happens mid-turn and the turn keeps growing after it.
 * Meeting in the #webclient iframe, captions on before capture (empty box). Self has a photo, the
 * patient initials.
 */
const s5: Scenario = {
  name: 'zoom18: back-pain visit where ASR corrections rewrite the whole overlay window (iframe client)',
  url: 'https://app.zoom.us/wc/5562093418/join',
  selfNames: s5Self,
  body: FRAME_BODY,
  prepare(p) {
    fillFrame(p, shell({ layout: gallery([goldberg, marsh]), box: true }));
  },
  async play(p) {
    const d = frameDoc(p);
    const ov = new Overlay(d, 140);
    ov.adopt(q(d, '.live-transcription-subtitle__box'));
    const next = pace(501);
    await p.sleep(400);
    await perform(p, s5Lines, pace(502, 250, 1300), {}, (l) => ov.say(p, l.who, statesOf(l), next));
  },
  leave: (p) => leaveMeeting(frameDoc(p)),
  expected: expectedOf(s5Lines, s5Self),
  forbidden: [...COMMON_FORBIDDEN, 'Zoom Workplace'],
};

// ─────────── 6. self speech, backchannels, one-word answers; panel first, then overlay ───────────

const grant: Person = { key: 'grant', name: 'Dr. Oliver Grant', initials: 'OG', photo: photo('2f6b8c0e15d4') };
const okafor: Person = { key: 'okafor', name: 'Nadia Okafor', initials: 'NO' };
const s6Self = ['Dr. Oliver Grant', 'Oliver Grant'];

const s6Lines: Line[] = [
  L(grant, "Hi Nadia, it's been about four weeks since you started the sertraline. How are you finding it?", { at: 'panelOpen', named: true }),
  L(okafor, 'Honestly, better than I expected. The first week was rough, though.', { named: true }),
  L(grant, 'Mm-hmm.', { named: true, gap: 500 }),
  L(okafor, 'I had some nausea and trouble sleeping, but that mostly settled by the second week.', { named: true }),
  L(grant, 'Okay. Are you taking it in the morning or at night?', { named: true }),
  L(okafor, 'Morning.', { named: true }),
  L(grant, 'Good. Any headaches?', { named: true }),
  L(okafor, 'No.', { named: true }),
  L(grant, 'How would you rate your mood now compared to when we started, on a scale of one to ten?', { at: 'overlayOn', named: true }),
  L(okafor, 'Maybe a six.', { named: true, gap: 450 }),
  L(okafor, 'It was about a three back then.', { named: true }),
  L(grant, "That's a real change. Have you had any thoughts of harming yourself since we last spoke?", { named: true }),
  L(okafor, 'No, none at all.', { named: true }),
  L(grant, 'Okay.', { named: true, gap: 600 }),
  L(okafor, "I've actually started walking again in the evenings, which helps.", { named: true }),
  L(grant, "That's great to hear. I'd like to keep you on fifty milligrams for another month, and the front desk will book a follow-up.", {
    named: true,
  }),
  L(okafor, 'Thanks, Dr. Grant.', { named: true }),
];

/*
 * Assumptions (research silent): the clinician opened "View full transcript" before anyone spoke while
 * the bottom subtitles were hidden, then turned the subtitles on mid-call; both then run together. The
 * client kept tracking the caption text while the subtitles were hidden, so the box appears showing the
 * patient's accumulated window (already in the panel). Each spoken segment is one panel row; the
 * patient's "Maybe a six." / "It was about a three back then." are two rows, the second a nameless
 * continuation row. The virtualised list keeps 8 rows and recycles the top row element (moved to the
 * bottom, all text rewritten). The patient has no photo: letter avatar "N" inside the title (the
 * "KKrystian" trap), initials "NO" in the overlay. Names come from the panel, so roles are asserted
 * for the selfNames clinician.
 */
const s6: Scenario = {
  name: 'zoom18: sertraline check-in with self backchannels and one-word answers; transcript panel first, subtitles later',
  url: 'https://zoom.us/wc/4470912385/join',
  selfNames: s6Self,
  body: top(shell({ layout: gallery([grant, okafor]) })),
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(d, 130);
    const panel = new Panel(d, clock(14, 5, 3, 7), 8);
    const next = pace(601);
    await p.sleep(300);
    await perform(
      p,
      s6Lines,
      pace(602, 250, 1200),
      {
        panelOpen: async () => {
          panel.open(q(d, '.side-panel'));
          await p.sleep(700);
        },
        overlayOn: async () => {
          ov.mount(q(d, '.subtitle-host'), true);
          await p.sleep(800);
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next, panel.hook(l.who)),
    );
  },
  leave: (p) => leaveMeeting(p.doc),
  expected: expectedOf(s6Lines, s6Self),
  forbidden: [...COMMON_FORBIDDEN, 'NNadia', 'Nadia Okafor', 'Oliver Grant', '14:0', 'Transcript'],
};

// ─────────────────────────── 7. transcript panel opened mid-call, then closed ───────────────────────────

const siddiqui: Person = { key: 'siddiqui', name: 'Dr. Farah Siddiqui', initials: 'FS', photo: photo('6c0e93b2d7a1') };
const novak: Person = { key: 'novak', name: 'Daniel Novak', initials: 'DN', photo: photo('b17d24f5e08c') };
const s7Self = ['Dr. Farah Siddiqui', 'Farah Siddiqui'];

const s7Lines: Line[] = [
  L(siddiqui, 'Hi Daniel, how have the headaches been since your last visit?'),
  L(novak, "They're still coming about twice a week, usually starting in the afternoon behind my right eye."),
  L(siddiqui, 'Do you get any warning beforehand, like flashing lights or zigzag lines?'),
  L(novak, 'Sometimes a shimmering spot in my vision, about twenty minutes before the pain starts.'),
  L(siddiqui, "That's what we call an aura. When it starts, what do you usually take?", { at: 'panelOpen', named: true }),
  L(novak, 'Two ibuprofen, and then I lie down in a dark room if I can get away from my desk.', { named: true }),
  L(siddiqui, "How many days a month would you say you're taking painkillers?", { named: true }),
  L(novak, 'Probably ten or twelve days.', { named: true }),
  L(siddiqui, "Okay, that's often enough that the painkillers themselves can start causing headaches.", { at: 'panelClose' }),
  L(novak, "I didn't know that could happen."),
  L(siddiqui, "It's called medication overuse headache. I'd like you to keep a headache diary for the next month."),
  L(novak, 'Is there an app for that, or should I just write it down?'),
  L(siddiqui, 'Either works. Note the time, what you took, and anything that might have set it off, like poor sleep or skipped meals.'),
  L(novak, 'Alright, I can do that.'),
  L(siddiqui, "Good. At the next visit we'll look at the diary together and talk about a daily preventive medicine."),
];

/*
 * Assumptions (research silent): the subtitle overlay runs the whole call; the panel is opened between
 * turns 4 and 5 and renders the earlier rows (history already captured from the overlay, named now),
 * then runs alongside the overlay, and is closed (removed from the DOM) between turns 8 and 9. After it
 * closes, each returning speaker's overlay window still starts with text that was captured via the
 * panel. Turns while the panel is open are expected under their DOM names; the other turns use keys,
 * and a key must stay one name for the whole call (tiles give the src → name mapping, §3.3), so the
 * same person must not turn into two speakers. Both people have photos (same src in overlay, tiles and
 * panel avatars). The list keeps 6 rows.
 */
const s7: Scenario = {
  name: 'zoom18: migraine visit with the transcript panel opened mid-call and closed again while the overlay runs',
  url: 'https://app.zoom.us/wc/62038471925/join',
  selfNames: s7Self,
  body: top(shell({ layout: gallery([siddiqui, novak]), box: true })),
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(d, 130);
    ov.adopt(q(d, '.live-transcription-subtitle__box'));
    const panel = new Panel(d, clock(9, 41, 12, 8), 6);
    const next = pace(701);
    await p.sleep(400);
    await perform(
      p,
      s7Lines,
      pace(702, 250, 1300),
      {
        panelOpen: async () => {
          panel.open(q(d, '.side-panel'));
          await p.sleep(600);
        },
        panelClose: async () => {
          panel.close();
          await p.sleep(300);
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next, panel.hook(l.who)),
    );
  },
  leave: (p) => leaveMeeting(p.doc),
  expected: expectedOf(s7Lines, s7Self),
  forbidden: [...COMMON_FORBIDDEN, 'Daniel Novak', 'Farah Siddiqui', '09:4', 'Transcript'],
};

// ─────────────────────────── 8. a family member joins mid-call ───────────────────────────

const cole: Person = { key: 'cole', name: 'Dr. Benjamin Cole', initials: 'BC', photo: photo('e3a95f1072bd') };
const ellis: Person = { key: 'ellis', name: 'Margaret Ellis', initials: 'ME', photo: photo('48c2d6b0a9f1') };
const whitfield: Person = { key: 'whitfield', name: 'Grace Whitfield', initials: 'GW', photo: photo('a07e3c5d9b24') };
const s8Self = ['Dr. Benjamin Cole', 'Benjamin Cole'];

const s8Lines: Line[] = [
  L(cole, 'Good afternoon, Mrs. Ellis. You mentioned your daughter might join us today?'),
  L(ellis, "Yes, Grace said she'd log on from work. She worries about me more than I do."),
  L(cole, "That's perfectly fine. While we wait, tell me about the fall you had last Tuesday."),
  L(ellis, "I was getting up from the sofa and my legs just went out from under me. I didn't hit my head, though."),
  L(cole, 'Did you feel dizzy or faint before it happened, or was it more like a trip?'),
  L(ellis, 'Not dizzy exactly. Just weak, like my knees gave way.', { at: 'graceJoins' }),
  L(whitfield, "Hi, sorry I'm late.", { initialsFirst: true, gap: 170 }),
  L(whitfield, 'Mom, tell him about the time at the grocery store.', { at: 'photoLoaded' }),
  L(ellis, 'Oh, that was nothing. I just had to sit down on the bench for a bit.'),
  L(whitfield, 'She was really pale, and the staff brought her some water. That was about two weeks ago.'),
  L(cole, "Thank you, Grace, that's helpful. Mrs. Ellis, have you been drinking enough fluids during the day?"),
  L(ellis, "Probably not. I don't like getting up to use the bathroom at night."),
  L(cole, "A lot of people cut back for that reason. I'd like to check your blood pressure lying down and standing, and get some blood tests."),
  L(whitfield, 'Can we do that at the clinic near her house? I can drive her on Friday.'),
  L(cole, 'Yes, the Maple Street clinic can do both. Until then, please get up slowly and keep a glass of water by the sofa.'),
  L(ellis, 'I can do that.'),
];

/*
 * Assumptions (research silent on joins): the daughter joins from another device mid-call; her tile is
 * added with an initials bubble and a "joined the meeting" toast appears in an aria-live region. Her
 * first caption shows the initials bubble "GW"; after her first sentence the photo has loaded and the
 * overlay avatar (and her tile) switch to the img while her text continues: one speaker (the documented
 * flap, §3.3). On leaving, the documented "You have left the meeting" line appears in the subtitle row
 * in the same task as the footer markers are removed. Meeting in the #webclient iframe; captions on
 * before capture (empty box). Three speakers → three keys, no roles asserted.
 */
const s8: Scenario = {
  name: 'zoom18: fall assessment where the patient’s daughter joins mid-call (initials → photo flap, iframe client)',
  url: 'https://app.zoom.us/wc/2904718836/join?fromPWA=1',
  selfNames: s8Self,
  body: FRAME_BODY,
  prepare(p) {
    fillFrame(
      p,
      shell({ layout: gallery([cole, ellis]), box: true, extra: '<div class="notification-region" aria-live="polite"></div>' }),
    );
  },
  async play(p) {
    const d = frameDoc(p);
    const ov = new Overlay(d, 130);
    ov.adopt(q(d, '.live-transcription-subtitle__box'));
    const next = pace(801);
    await p.sleep(400);
    await perform(
      p,
      s8Lines,
      pace(802, 250, 1300),
      {
        graceJoins: async () => {
          q(d, '.gallery-video-container__wrap').appendChild(el(d, tile(whitfield, 'gallery-video-container__video-frame', false)));
          q(d, '.notification-region').appendChild(el(d, '<div class="notification-message">Grace Whitfield joined the meeting</div>'));
          await p.sleep(400);
        },
        photoLoaded: () => {
          ov.setPhoto(whitfield);
          const t = Array.from(d.querySelectorAll('.video-avatar__avatar')).find((x) => x.textContent?.includes(whitfield.name));
          const frame = t?.querySelector('.video-avatar__avatar-frame');
          if (frame) {
            frame.textContent = '';
            frame.appendChild(el(d, `<img class="video-avatar__avatar-img" src="${whitfield.photo}" alt="">`));
          }
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next, undefined, l.initialsFirst ?? false),
    );
  },
  leave(p) {
    const d = frameDoc(p);
    const row = d.getElementById('live-transcription-subtitle');
    if (row) {
      row.textContent = '';
      row.appendChild(el(d, '<span class="live-transcription-subtitle__item">You have left the meeting</span>'));
    }
    d.getElementById('wc-footer')?.remove();
  },
  expected: expectedOf(s8Lines, s8Self),
  forbidden: [...COMMON_FORBIDDEN, 'joined the meeting', 'Zoom Workplace'],
};

// ─────────────────────────── 9. realistic pace with the product's own timing ───────────────────────────

const kim: Person = { key: 'kim', name: 'Rachel Kim', initials: 'RK' };
const herrera: Person = { key: 'herrera', name: 'Luis Herrera', initials: 'LH' };
const s9Self = ['Rachel Kim', 'Dr. Rachel Kim'];

const s9Lines: Line[] = [
  L(kim, "Hi Luis, I'm Dr. Kim. I understand you hurt your knee playing soccer over the weekend?", { at: 'captionsOn' }),
  L(
    herrera,
    'Yeah, on Saturday. I planted my foot to change direction and felt a pop on the inside of my right knee, and it swelled up pretty quickly over the next couple of hours.',
    { gap: 350 },
  ),
  L(kim, 'Mm-hmm.', { gap: 900 }),
  L(herrera, 'I could still walk on it, but it felt unstable going down the stairs, like it might buckle.'),
  L(kim, 'Were you able to finish the game?'),
  L(herrera, 'No, I came off right away.'),
  L(kim, 'Okay. Can you fully straighten the leg now, or does it ever feel locked or stuck?'),
  L(herrera, 'It straightens, but bending it all the way hurts at the back of the knee.'),
  L(
    kim,
    "That's helpful. From what you're describing, I'm concerned about a ligament or meniscus injury, so I'd like to get an MRI and have you seen by sports medicine this week.",
  ),
  L(herrera, 'Okay. Should I keep icing it in the meantime?'),
  L(kim, 'Yes, ice it for twenty minutes a few times a day, keep it elevated, and use crutches if it feels unstable.'),
  L(herrera, "I don't have crutches."),
  L(kim, 'We can have a pair ready for you at the front desk this afternoon.'),
  L(herrera, 'Great, thank you.'),
];

/*
 * Assumptions (research silent on pacing): word updates every 150-250 ms, turn gaps 400-1500 ms,
 * a 120-char window so the two long turns roll several words off the front, the backchannel
 * "Mm-hmm." flips the overlay to the clinician (her accumulated window + the new word) and back to the
 * patient's accumulated window. Nobody has a photo (initials bubbles "RK"/"LH"). Captions are switched
 * on after capture starts, with the documented "Captions will be shown in English (US)" line first.
 */
const s9: Scenario = {
  name: 'zoom18: knee-injury triage at a realistic speaking pace (product timing, initials-only overlay)',
  url: 'https://us04web.zoom.us/wc/81573920466/join',
  selfNames: s9Self,
  productTiming: true,
  body: top(shell({ layout: gallery([kim, herrera]) })),
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(d, 120);
    const next = pace(901, 150, 250);
    await p.sleep(600);
    await perform(
      p,
      s9Lines,
      pace(902, 400, 1500),
      {
        captionsOn: async () => {
          ov.mount(q(d, '.subtitle-host'));
          ov.showNotice('Captions will be shown in English (US)');
          await p.sleep(1200);
        },
      },
      (l) => ov.say(p, l.who, statesOf(l), next),
    );
  },
  leave: (p) => leaveMeeting(p.doc),
  expected: expectedOf(s9Lines, s9Self),
  forbidden: [...COMMON_FORBIDDEN, 'Captions will be shown', 'English (US)'],
};

export const zoomScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6, s7, s8, s9];
