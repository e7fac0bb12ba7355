// Blind Zoom web-client scenarios (telehealth), written only from
// /work/shared/research/caption-platforms.md and the kit/runner API. Nothing under src/ or any other
// scenario/fixture file was read.
//
// Research sections used:
//   §1   cross-platform summary (Zoom: one rolling overlay node, no speaker name; panel rows carry names)
//   §3.1 URL patterns (/wc/<8-12 digit id>/join|start, ?fromPWA=1, app./us04web./vanity hosts), the
//        same-origin <iframe id="webclient"> vs. top-document builds, in-call markers
//        (#audioOptionMenu, #wc-footer .footer__leave-btn-container button)
//   §3.2 captions toggled by the user; "Show Captions" toolbar button in some builds
//   §3.3 overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img alt="" | initials
//        <span>) + .live-transcription-subtitle__item; text rewritten in place, rolling window that drops
//        words off the front; the speaker key can flap (initials before the photo loads); when speakers
//        interleave the overlay returns showing the earlier speaker's ACCUMULATED window; TT resolves a
//        photo by finding the same img src in a participant tile and reading
//        img.parentElement.nextSibling.textContent; system lines ("Captions will be shown in English (US)",
//        "You have left the meeting", …)
//   §3.4 full transcript panel: [aria-label="Live Transcription List"].new-lt-list-container#full-transcription,
//        .lt-full-transcript__item rows (avatar, display-name, time, message), consecutive rows of one
//        person grouped under one name header (…__title--first), continuation rows carry no name, a letter
//        avatar inside the title element ("KKrystian"), React-virtualised rows that are recycled, ASR
//        re-punctuation and trailing-word re-spelling
//   §7   Zoom for Healthcare = same web client
//   §8   items 4 (characterData growth), 7 (stabilisation), 8 (recycled elements, wholesale replacement),
//        9 (rolling-window diffing), 11 (noise: status lines, panel timestamps, doubled avatar initials)
//   §9   fixture checklist (captions off → root removed → on again = a NEW root; img vs initials avatars;
//        top document vs iframe #webclient; non-caption live regions present)
//   §10  gaps (Zoom sources are unattributed, so behaviours they do not describe are stated as assumptions)
//
// Simulation model shared by all scenarios (assumptions where the research is silent):
//   - The overlay row is created on the first caption and then kept; on a speaker change React swaps the
//     avatar child (img ↔ initials span) or, img → img, only rewrites the src attribute in place, and
//     rewrites the item's text node (characterData) in the same tick.
//   - The overlay shows the last ~120 characters (cut at a word boundary) of the current speaker's
//     accumulated text across all their turns; it is not cleared between turns.
//   - Panel rows grow word by word with the ASR, each row's message is one text node; at most a handful of
//     rows are mounted (older ones unmounted from the top as new rows arrive at the bottom).
//   - Leaving: the client tears the meeting UI down (footer with #audioOptionMenu and the leave button,
//     caption box, panel) and shows a "You have left the meeting" page in the same document.
import { el, q, type Expected, type Page, type Role, type Scenario, type SpeakerSpec } from '../independent/kit.ts';

// ───────────────────────────────────────────── model ─────────────────────────────────────────────

type Face = { img: string } | { initials: string };

interface Who {
  spec: SpeakerSpec;
  role?: Role;
  /** Display name (participant tile, transcript panel). */
  name: string;
  /** Overlay / tile avatar. */
  face: Face;
  /** Initials shown for ~350 ms on the first appearance before the photo loads (§3.3 flap). */
  flap?: string;
  /** Panel letter avatar when there is no photo (defaults to the initials). */
  letter?: string;
}
type Cast = Record<string, Who>;

interface Ctx {
  p: Page;
  d: Document;
  overlay: Overlay | undefined;
  panel: Panel | undefined;
}

type Step =
  | string // words appended one at a time to the current row
  | { edit: (s: string) => string } // the recogniser rewrites the current row in place
  | { pause: number } // the speaker pauses mid-turn, nothing changes on screen
  | { row: true } // the panel starts a continuation row (same speaker, same turn)
  | { fix: number; edit: (s: string) => string } // late rewrite of the row `fix` rows before the current one
  | { run: (c: Ctx) => void | Promise<void> }; // something the user does mid-turn (scrolling)

interface Turn {
  who: string;
  say: Step[];
  /** Silence before the first word (ms). */
  gap?: number;
  /** Said while captions were off: never on screen, so not expected. */
  unseen?: boolean;
}
interface Act {
  act: (c: Ctx) => void | Promise<void>;
}
type Item = Turn | Act;

interface Row {
  turn: number;
  who: string;
  text: string;
}

interface State {
  rows: Row[];
  idx: number;
  t: number;
  who: string;
  turnText: string;
  fix: boolean;
}

const join = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

/** The tail of `s` that fits in `max` characters, starting at a word boundary (rolling window). */
function tail(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.length - max;
  const sp = s.indexOf(' ', cut - 1);
  return sp < 0 ? s.slice(cut) : s.slice(sp + 1);
}

/** Recogniser rewrite of a phrase in the current row. */
const rw = (from: string, to: string): Step => ({
  edit: (s) => {
    if (!s.includes(from)) throw new Error(`scenario bug: "${from}" not in "${s}"`);
    return s.replace(from, to);
  },
});
/** Recogniser adds punctuation at a pause. */
const punct = (ch: string): Step => ({ edit: (s) => s + ch });
/** Recogniser takes back the trailing punctuation (optionally replacing it) when speech resumes. */
const unpunct = (ch = ''): Step => ({ edit: (s) => s.replace(/[.,?!]$/, '') + ch });
const hold = (ms: number): Step => ({ pause: ms });
const ROW: Step = { row: true };
const wait = (ms: number): Act => ({ act: (c) => c.p.sleep(ms) });

function simulate(script: Item[]): Row[] {
  const rows: Row[] = [];
  script.forEach((it, t) => {
    if ('act' in it) return;
    rows.push({ turn: t, who: it.who, text: '' });
    for (const s of it.say) {
      const cur = rows[rows.length - 1]!;
      if (typeof s === 'string') {
        for (const w of s.split(' ')) cur.text = join(cur.text, w);
      } else if ('pause' in s || 'run' in s) {
        // nothing visible changes
      } else if ('row' in s) {
        rows.push({ turn: t, who: it.who, text: '' });
      } else if ('fix' in s) {
        const r = rows[rows.length - 1 - s.fix]!;
        r.text = s.edit(r.text);
      } else {
        cur.text = s.edit(cur.text);
      }
    }
  });
  return rows;
}

function expectedOf(cast: Cast, script: Item[]): Expected[] {
  const rows = simulate(script);
  const out: Expected[] = [];
  script.forEach((it, t) => {
    if ('act' in it || it.unseen) return;
    const w = cast[it.who];
    if (!w) throw new Error(`scenario bug: unknown speaker ${it.who}`);
    const text = rows
      .filter((r) => r.turn === t)
      .map((r) => r.text)
      .filter(Boolean)
      .join(' ');
    out.push(w.role ? { speaker: w.spec, role: w.role, text } : { speaker: w.spec, text });
  });
  return out;
}

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const hash = (s: string) => [...s].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0, 7);

// ──────────────────────────────────────────── overlay ────────────────────────────────────────────

const NOTICE = 'Captions will be shown in English (US)';

class Overlay {
  private box: HTMLElement | null;
  private readonly host: HTMLElement;
  private row: HTMLElement | null = null;
  private item: HTMLElement | null = null;
  private text: Text | null = null;
  private who: string | null = null;
  private turn = -1;
  private base = '';
  private readonly acc = new Map<string, string>();
  private readonly met = new Set<string>();

  constructor(
    private readonly d: Document,
    private readonly cast: Cast,
    private readonly max: number,
  ) {
    this.box = q<HTMLElement>(d, '.live-transcription-subtitle__box');
    this.host = this.box.parentElement!;
  }

  private makeRow() {
    const row = el<HTMLElement>(this.d, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
    this.item = q<HTMLElement>(row, '.live-transcription-subtitle__item');
    this.text = this.d.createTextNode('');
    this.item.appendChild(this.text);
    this.row = row;
    this.who = null;
    return row;
  }

  private setFace(f: Face) {
    const row = this.row!;
    const item = this.item!;
    const cur = row.firstElementChild === item ? null : row.firstElementChild;
    if ('img' in f) {
      if (cur && cur.tagName === 'IMG') {
        if (cur.getAttribute('src') !== f.img) cur.setAttribute('src', f.img);
        return;
      }
      const img = el<HTMLElement>(this.d, `<img src="${f.img}" alt="">`);
      if (cur) cur.replaceWith(img);
      else row.insertBefore(img, item);
    } else {
      if (cur && cur.tagName === 'SPAN') {
        const tn = cur.firstChild;
        if (tn && tn.nodeType === 3) {
          if ((tn as Text).data !== f.initials) (tn as Text).data = f.initials;
        } else cur.textContent = f.initials;
        return;
      }
      const sp = el<HTMLElement>(this.d, `<span>${f.initials}</span>`);
      if (cur) cur.replaceWith(sp);
      else row.insertBefore(sp, item);
    }
  }

  private faceFor(who: string) {
    const w = this.cast[who]!;
    if (w.flap && 'img' in w.face && !this.met.has(who)) {
      this.met.add(who);
      this.setFace({ initials: w.flap });
      const face = w.face;
      setTimeout(() => {
        if (this.who === who && this.row && this.row.isConnected) this.setFace(face);
      }, 350);
      return;
    }
    this.met.add(who);
    this.setFace(w.face);
  }

  show(st: State) {
    if (!this.box || st.fix) return;
    if (st.t !== this.turn) {
      this.turn = st.t;
      this.base = this.acc.get(st.who) ?? '';
    }
    const shown = tail(join(this.base, st.turnText), this.max);
    const row = this.row ?? this.makeRow();
    if (this.who !== st.who) {
      this.who = st.who;
      this.faceFor(st.who);
    }
    if (this.text!.data !== shown) this.text!.data = shown;
    if (!row.isConnected) this.box.appendChild(row);
  }

  end(t: number, who: string, turnText: string) {
    if (!this.box || this.turn !== t) return;
    this.acc.set(who, join(this.base, turnText));
  }

  /** CC turned off: the whole box is unmounted (§9). */
  off() {
    this.box?.remove();
    this.box = null;
    this.row = null;
    this.who = null;
    this.turn = -1;
  }

  /** CC turned on again: a NEW box; assumption: the caption history starts afresh. */
  on(notice?: string) {
    const box = el<HTMLElement>(this.d, '<div class="live-transcription-subtitle__box"></div>');
    this.acc.clear();
    this.row = null;
    this.who = null;
    this.turn = -1;
    if (notice) {
      const row = this.makeRow();
      this.text!.data = notice;
      box.appendChild(row);
    }
    this.box = box;
    this.host.appendChild(box);
  }
}

// ───────────────────────────────────────────── panel ─────────────────────────────────────────────

interface PRow {
  who: string;
  first: boolean;
  time: string;
  text: string;
}

class Panel {
  private readonly list: HTMLElement;
  private readonly rows: PRow[] = [];
  private readonly els: HTMLElement[] = [];
  private lo = 0;
  private hi = 0;
  private readonly t0 = Date.now();

  constructor(
    private readonly d: Document,
    private readonly cast: Cast,
    private readonly max: number,
    private readonly clock: number,
  ) {
    this.list = q<HTMLElement>(d, '#full-transcription');
  }

  private stamp() {
    const s = this.clock + Math.floor((Date.now() - this.t0) / 1000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }

  private paint(e: HTMLElement, r: PRow) {
    const cls = `lt-full-transcript__item${r.first ? ' lt-full-transcript__title--first' : ''}`;
    if (e.className !== cls) e.className = cls;
    let title = e.querySelector<HTMLElement>('.lt-full-transcript__title');
    const w = this.cast[r.who]!;
    if (r.first) {
      if (!title) {
        title = el<HTMLElement>(this.d, '<div class="lt-full-transcript__title"><div class="lt-full-transcript__avatar"></div><span class="lt-full-transcript__display-name"></span></div>');
        e.insertBefore(title, e.firstChild);
      }
      const av = q<HTMLElement>(title, '.lt-full-transcript__avatar');
      const cur = av.firstElementChild;
      if ('img' in w.face) {
        if (!(cur && cur.tagName === 'IMG' && cur.getAttribute('src') === w.face.img)) {
          av.replaceChildren(el<HTMLElement>(this.d, `<img src="${w.face.img}" alt="">`));
        }
      } else {
        const letter = w.letter ?? w.face.initials;
        if (!(cur && cur.tagName === 'SPAN' && cur.textContent === letter)) {
          av.replaceChildren(el<HTMLElement>(this.d, `<span class="lt-full-transcript__avatar-letter">${letter}</span>`));
        }
      }
      const nm = q<HTMLElement>(title, '.lt-full-transcript__display-name');
      if (nm.textContent !== w.name) nm.textContent = w.name;
    } else if (title) {
      title.remove();
    }
    let tm = e.querySelector<HTMLElement>('.lt-full-transcript__time');
    if (!tm) {
      tm = el<HTMLElement>(this.d, '<span class="lt-full-transcript__time"></span>');
      e.appendChild(tm);
    }
    if (tm.textContent !== r.time) tm.textContent = r.time;
    let msg = e.querySelector<HTMLElement>('.lt-full-transcript__message');
    if (!msg) {
      msg = el<HTMLElement>(this.d, '<div class="lt-full-transcript__message"></div>');
      msg.appendChild(this.d.createTextNode(''));
      e.appendChild(msg);
    }
    const tn = msg.firstChild as Text;
    if (tn.data !== r.text) tn.data = r.text;
  }

  private append() {
    const e = el<HTMLElement>(this.d, '<div class="lt-full-transcript__item"></div>');
    this.paint(e, this.rows[this.hi]!);
    this.list.appendChild(e);
    this.els.push(e);
    this.hi++;
    while (this.els.length > this.max) {
      this.els.shift()!.remove();
      this.lo++;
    }
  }

  show(st: State) {
    while (this.rows.length <= st.idx) {
      const r = st.rows[this.rows.length]!;
      const prev = this.rows[this.rows.length - 1];
      this.rows.push({
        who: r.who,
        first: !prev || this.cast[prev.who]!.name !== this.cast[r.who]!.name,
        time: this.stamp(),
        text: r.text,
      });
      if (this.hi === this.rows.length - 1) this.append(); // only when scrolled to the bottom
    }
    const pr = this.rows[st.idx]!;
    pr.text = st.rows[st.idx]!.text;
    if (st.idx >= this.lo && st.idx < this.hi) this.paint(this.els[st.idx - this.lo]!, pr);
  }

  /** The user scrolls back up by n rows: the bottom elements are recycled for older rows. */
  scrollUp(n: number) {
    for (let k = 0; k < n && this.lo > 0; k++) {
      const e = this.els.pop()!;
      this.hi--;
      this.lo--;
      this.paint(e, this.rows[this.lo]!);
      this.list.insertBefore(e, this.list.firstChild);
      this.els.unshift(e);
    }
  }

  /** Back to the bottom: top elements recycled for the newer rows (including rows that arrived meanwhile). */
  scrollToBottom() {
    while (this.hi < this.rows.length) {
      if (this.els.length >= this.max) {
        const e = this.els.shift()!;
        this.lo++;
        this.paint(e, this.rows[this.hi]!);
        this.list.appendChild(e);
        this.els.push(e);
        this.hi++;
      } else {
        this.append();
      }
    }
  }
}

// ──────────────────────────────────────────── page ──────────────────────────────────────────────

interface Build {
  name: string;
  url: string;
  selfNames: string[];
  /** The meeting UI lives in the same-origin <iframe id="webclient"> (§3.1). */
  frame: boolean;
  overlay: boolean;
  panel: boolean;
  cast: Cast;
  script: Item[];
  /** Word update spacing and silence between turns (ms ranges). */
  ms: [number, number];
  gap: [number, number];
  windowChars?: number;
  panelRows?: number;
  /** Panel clock start, seconds since midnight. */
  clock?: number;
  extras?: string;
  loose?: boolean;
  productTiming?: boolean;
  forbidden?: string[];
}

const BASE_FORBIDDEN = ['Hide Captions', 'Show Captions', NOTICE, 'You have left the meeting', 'Save Transcript', 'Live Transcription List'];

function tile(w: Who): string {
  const face = 'img' in w.face ? `<img src="${w.face.img}" alt="">` : `<span class="video-avatar__avatar-initials">${w.face.initials}</span>`;
  // No whitespace: TT reads img.parentElement.nextSibling.textContent as the name (§3.3).
  return `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img">${face}</div><div class="video-avatar__avatar-footer"><span>${w.name}</span></div></div>`;
}

function meetingHtml(b: Build): string {
  const tiles = Object.values(b.cast).map(tile).join('');
  const panel = b.panel
    ? `<div class="transcript-panel" role="complementary">
         <div class="transcript-panel__header"><span class="transcript-panel__title">Transcript</span><button class="transcript-panel__save">Save Transcript</button></div>
         <div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div>
       </div>`
    : '';
  return `<div id="zmmtg-root"><div id="wc-container">
      <div class="meeting-client-inner">
        <div class="gallery-video-container">${tiles}</div>
        ${b.overlay ? '<div class="live-transcription-subtitle__box"></div>' : ''}
      </div>
      ${panel}
      ${b.extras ?? ''}
      <div id="wc-footer" class="footer"><div class="footer__inner"><div class="footer__audio"><button class="footer-button__audio" aria-label="mute my microphone"><span class="footer-button-base__button-label">Mute</span></button><button id="audioOptionMenu" aria-label="More audio controls" class="footer-button__audio-option"></button></div><button class="footer-button-base__button footer__cc-btn" aria-label="Hide Captions"><span class="footer-button-base__button-label">Captions</span></button><div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div></div></div>
    </div></div>`;
}

function frameDoc(p: Page): Document {
  const f = p.doc.getElementById('webclient') as HTMLIFrameElement | null;
  const d = f?.contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

function leaveMeeting(d: Document) {
  d.getElementById('audioOptionMenu')?.remove();
  d.getElementById('wc-footer')?.remove();
  const root = d.getElementById('zmmtg-root');
  if (root) root.replaceChildren(el<HTMLElement>(d, '<div class="leave-meeting-page"><div class="leave-meeting-page__title">You have left the meeting</div></div>'));
}

function setCcButton(d: Document, on: boolean) {
  const b = d.querySelector('.footer__cc-btn');
  b?.setAttribute('aria-label', on ? 'Hide Captions' : 'Show Captions');
}
const ccOff: Act = {
  act: (c) => {
    setCcButton(c.d, false);
    c.overlay!.off();
  },
};
const ccOn = (notice: boolean): Act => ({
  act: (c) => {
    setCcButton(c.d, true);
    c.overlay!.on(notice ? NOTICE : undefined);
  },
});

async function perform(p: Page, d: Document, b: Build) {
  const rand = rng(hash(b.name));
  const span = ([lo, hi]: [number, number]) => Math.round(lo + (hi - lo) * rand());
  const overlay = b.overlay ? new Overlay(d, b.cast, b.windowChars ?? 120) : undefined;
  const panel = b.panel ? new Panel(d, b.cast, b.panelRows ?? 8, b.clock ?? 14 * 3600 + 2 * 60 + 10) : undefined;
  const c: Ctx = { p, d, overlay, panel };
  const rows: Row[] = [];
  for (let t = 0; t < b.script.length; t++) {
    const it = b.script[t]!;
    if ('act' in it) {
      await it.act(c);
      continue;
    }
    await p.sleep(it.gap ?? span(b.gap));
    rows.push({ turn: t, who: it.who, text: '' });
    const turnText = () =>
      rows
        .filter((r) => r.turn === t)
        .map((r) => r.text)
        .filter(Boolean)
        .join(' ');
    const show = (idx: number, fix: boolean) => {
      const st: State = { rows, idx, t, who: it.who, turnText: turnText(), fix };
      overlay?.show(st);
      panel?.show(st);
    };
    for (const s of it.say) {
      const idx = rows.length - 1;
      const cur = rows[idx]!;
      if (typeof s === 'string') {
        for (const w of s.split(' ')) {
          cur.text = join(cur.text, w);
          show(idx, false);
          await p.sleep(span(b.ms));
        }
      } else if ('pause' in s) {
        await p.sleep(s.pause);
      } else if ('run' in s) {
        await s.run(c);
      } else if ('row' in s) {
        rows.push({ turn: t, who: it.who, text: '' });
      } else if ('fix' in s) {
        const k = idx - s.fix;
        rows[k]!.text = s.edit(rows[k]!.text);
        show(k, true);
        await p.sleep(span(b.ms));
      } else {
        cur.text = s.edit(cur.text);
        show(idx, false);
        await p.sleep(span(b.ms));
      }
    }
    overlay?.end(t, it.who, turnText());
  }
}

function zoom(b: Build): Scenario {
  const html = meetingHtml(b);
  const docOf = (p: Page) => (b.frame ? frameDoc(p) : p.doc);
  return {
    name: b.name,
    url: b.url,
    selfNames: b.selfNames,
    body: b.frame
      ? '<div id="app-root" class="wc-app"><iframe id="webclient" title="Zoom web client" allow="camera; microphone"></iframe></div>'
      : html,
    prepare: b.frame
      ? (p) => {
          frameDoc(p).body.innerHTML = html;
        }
      : undefined,
    play: (p) => perform(p, docOf(p), b),
    leave: (p) => leaveMeeting(docOf(p)),
    expected: expectedOf(b.cast, b.script),
    loose: b.loose,
    productTiming: b.productTiming,
    forbidden: [...BASE_FORBIDDEN, ...(b.forbidden ?? [])],
  };
}

const chat = (sender: string, text: string) =>
  `<div class="chat-container" aria-live="polite"><div class="chat-item__chat-info"><span class="chat-item__sender">${sender}</span><div class="chat-message__text-content">${text}</div></div></div>`;

// ─────────────────────────────────────────── scenarios ──────────────────────────────────────────

// 1. Phone dial-in patient.
// Assumptions (research silent): a dial-in participant has no photo and Zoom renders a GENERIC avatar
// image (the same default image in their tile, whose label is the phone number); the clinician's photo
// flaps in after an initials bubble on her first caption (§3.3 flap) and then only img src changes on
// flips between the two image avatars. Overlay only (no transcript panel), meeting inside iframe
// #webclient. Speaker names are not in the overlay, so speakers are keys and roles are not asserted.
const s1Cast: Cast = {
  doc: {
    spec: { key: 'clinician' },
    name: 'Dr. Hannah Okafor',
    face: { img: 'https://app.zoom.us/p/v2/4c1e9a7f0b2d/okafor-profile.jpg' },
    flap: 'HO',
  },
  phone: {
    spec: { key: 'phone patient' },
    name: '+1 415 555 0142',
    face: { img: 'https://app.zoom.us/wc/static/images/default-avatar-phone.png' },
  },
};
const s1: Scenario = zoom({
  name: 'zoom: patient dialled in by phone (generic avatar) with a clinician who has a photo',
  url: 'https://app.zoom.us/wc/84512367901/start',
  selfNames: ['Dr. Hannah Okafor'],
  frame: true,
  overlay: true,
  panel: false,
  cast: s1Cast,
  ms: [90, 190],
  gap: [300, 1200],
  extras: chat('Hannah Okafor', 'Dialling in is fine, I will call you back if we drop.'),
  forbidden: ['Dialling in is fine', '+1 415 555 0142'],
  script: [
    { who: 'doc', say: ['Good morning, this is Dr. Okafor. Can you hear me all right on the phone?'] },
    { who: 'phone', say: ["Yes, I can hear you fine. Sorry, my camera isn't working so I just called in."] },
    { who: 'doc', say: ["That's completely fine, we can do everything by voice today. I wanted to check how the new blood pressure tablet is going."] },
    { who: 'phone', say: ["It's going okay. I've been taking it every morning with breakfast like you said."] },
    { who: 'doc', say: ['Good. Have you been able to check your readings at home with the cuff?'] },
    { who: 'phone', say: ["I have. Most mornings it's somewhere around one thirty five over eighty five."] },
    { who: 'doc', say: ["That's already better than at the last visit. Any dizziness when you stand up quickly?"] },
    { who: 'phone', say: ['Maybe once or twice, just for a second, when I get out of bed.'] },
    { who: 'doc', say: ['That can happen in the first few weeks. Try sitting on the edge of the bed for a moment before you stand.'] },
    { who: 'phone', say: ['I can do that.'] },
    { who: 'doc', say: ['Any dry cough since starting it? Some people get a tickly cough with this medicine.'] },
    { who: 'phone', say: ['No, no cough at all.'] },
    { who: 'doc', say: ["Great. I'd like to keep the same dose and see you again in a month. I'll send a lab order to check your kidney function."] },
    { who: 'phone', say: ['Do I need to fast for that blood test?'] },
    { who: 'doc', say: ['No fasting needed. Any morning that week is fine.'] },
    { who: 'phone', say: ['Okay. Thank you, doctor.'] },
  ],
});

// 2. Two participants with the same initials, no photos, transcript panel open alongside the overlay.
// Assumptions (research silent): with the panel open the bottom overlay keeps showing (so both surfaces
// mutate together); both overlay bubbles read "ML", so the overlay cannot tell the two apart and names
// must come from the panel rows; the panel letter avatar also shows the two initials ("MLMaria Lopez"
// when read naively, cf. "KKrystian"); some turns are split over a continuation row. Names are in the
// DOM, so speakers and roles are asserted by name (Mark Lee is selfNames → clinician).
const s2Cast: Cast = {
  doc: { spec: 'Mark Lee', role: 'clinician', name: 'Mark Lee', face: { initials: 'ML' } },
  pt: { spec: 'Maria Lopez', role: 'patient', name: 'Maria Lopez', face: { initials: 'ML' } },
};
const s2: Scenario = zoom({
  name: 'zoom: clinician and patient with identical "ML" initials, no photos, panel + overlay',
  url: 'https://us04web.zoom.us/wc/73920158846/join?fromPWA=1',
  selfNames: ['Mark Lee'],
  frame: false,
  overlay: true,
  panel: true,
  cast: s2Cast,
  ms: [90, 180],
  gap: [300, 1100],
  clock: 9 * 3600 + 41 * 60 + 5,
  extras: chat('Clinic Front Desk', 'Reminder: photos can be uploaded in the patient portal.'),
  forbidden: ['photos can be uploaded in the patient portal', 'MLMaria', 'MLMark'],
  script: [
    { who: 'doc', say: ["Hi Maria, it's Mark Lee from the dermatology clinic. Can you see and hear me okay?"] },
    { who: 'pt', say: ['Yes, I can. Funny, we have the same initials on the screen.'] },
    { who: 'doc', say: ['We do, I noticed that too. So tell me how your hands have been since you started the new cream.'] },
    { who: 'pt', say: ['The cracking on my knuckles is much better.', ROW, 'The itching at night is still there, though.'] },
    { who: 'doc', say: ['How many nights a week is it waking you up?'] },
    { who: 'pt', say: ['Probably three or four. I scratch without noticing and wake up with little cuts.'] },
    { who: 'doc', say: ['Okay. Are you still washing dishes without gloves?'] },
    { who: 'pt', say: ['Mostly with gloves now. But I work at a bakery, so my hands are in water a lot.'] },
    { who: 'doc', say: ["That makes sense. I'd like you to use the steroid ointment every night for two weeks,", ROW, 'then only on weekends after that.'] },
    { who: 'pt', say: ['Just on the patches, or the whole hand?'] },
    { who: 'doc', say: ['Just the red, rough patches, in a thin layer. Keep using the moisturiser everywhere else as often as you can.'] },
    { who: 'pt', say: ['And cotton gloves over it at night, like last time?'] },
    { who: 'doc', say: ['Yes, exactly, that helps it soak in. Send me a photo through the portal in two weeks.'] },
    { who: 'pt', say: ['I will. Thank you, Dr. Lee.'] },
  ],
});

// 3. Rapid back-and-forth of 1-3 word turns; the overlay flips every second or so.
// Assumptions (research silent): the clinician has no photo (initials "SR"), the patient has one, so
// each flip replaces the avatar element (span ↔ img) and rewrites the text in the same tick; on every
// return the overlay shows that speaker's accumulated window ("No. A little, on stairs. No, not
// really. …") plus the new words; short gaps of 200-450 ms. Identical short texts said by different
// people ("Okay.") are separate turns. Overlay only, iframe build; speakers as keys, no roles.
const s3Cast: Cast = {
  doc: { spec: { key: 'clinician' }, name: 'Dr. Sanjay Rao', face: { initials: 'SR' } },
  pt: { spec: { key: 'patient' }, name: 'Tom Becker', face: { img: 'https://zoom.us/p/v2/9d03be7a11/tbecker.png' } },
};
const s3: Scenario = zoom({
  name: 'zoom: rapid yes/no symptom checklist, overlay flipping between speakers every second',
  url: 'https://zoom.us/wc/96021475530/join?fromPWA=1',
  selfNames: ['Dr. Sanjay Rao'],
  frame: true,
  overlay: true,
  panel: false,
  cast: s3Cast,
  ms: [100, 160],
  gap: [200, 450],
  script: [
    { who: 'doc', say: ["I'm going to run through a quick list, just yes or no. Any chest pain?"], gap: 600 },
    { who: 'pt', say: ['No.'] },
    { who: 'doc', say: ['Shortness of breath?'] },
    { who: 'pt', say: ['A little, on stairs.'] },
    { who: 'doc', say: ['Okay. Swollen ankles?'] },
    { who: 'pt', say: ['No, not really.'] },
    { who: 'doc', say: ['Palpitations?'] },
    { who: 'pt', say: ['Sometimes.'] },
    { who: 'doc', say: ['At night?'] },
    { who: 'pt', say: ['Yes.'] },
    { who: 'doc', say: ['Right.'] },
    { who: 'pt', say: ['Mostly lying down.'] },
    { who: 'doc', say: ['Okay.'] },
    { who: 'pt', say: ['Is that bad?'] },
    { who: 'doc', say: ["Not necessarily. We'll put a heart monitor on you for two days to check."], gap: 700 },
    { who: 'pt', say: ['Okay.'] },
  ],
});

// 4. Code-switching Spanish/English patient, doses rewritten by the recogniser.
// Assumptions (research silent): the captions render Spanish words as spoken, with accents, ñ and the
// inverted marks (¿); the recogniser rewrites spelled-out numbers/doses into digits in place a word or
// two after they were first shown ("five hundred milligrams" → "500 mg", "sesenta y dos" → "62") and
// once fixes a missing accent ("Mas" → "Más"); the final on-screen form is what is expected. Clinician
// has a photo, patient an initials bubble; overlay only, top-document build; keys, no roles.
const s4Cast: Cast = {
  doc: { spec: { key: 'clinician' }, name: 'Dr. Samuel Ortega', face: { img: 'https://northbayhealth.zoom.us/p/v2/51aa0e/ortega.jpg' } },
  pt: { spec: { key: 'patient' }, name: 'Rosa Iñiguez', face: { initials: 'RI' } },
};
const s4: Scenario = zoom({
  name: 'zoom: patient code-switching into Spanish, accents and doses rewritten to digits',
  url: 'https://northbayhealth.zoom.us/wc/61847203395/join',
  selfNames: ['Dr. Samuel Ortega'],
  frame: false,
  overlay: true,
  panel: false,
  cast: s4Cast,
  ms: [90, 190],
  gap: [300, 1300],
  extras: chat('Intérprete disponible', 'Si necesita un intérprete, escriba aquí.'),
  forbidden: ['Si necesita un intérprete', 'Intérprete disponible'],
  script: [
    { who: 'doc', say: ['Hola, señora Iñiguez. How have you been since we changed the diabetes medicine?'] },
    { who: 'pt', say: ['Mas o', rw('Mas o', 'Más o'), 'menos, doctor. Some days good, some days I feel very tired.'] },
    { who: 'doc', say: ['Are you still taking the metformin five hundred milligrams', rw('five hundred milligrams', '500 mg'), 'twice a day?'] },
    { who: 'pt', say: ['Sí, una en la mañana y otra en la noche, con la comida.'] },
    { who: 'doc', say: ['Perfecto. And the new one, the glipizide, five milligrams before', rw('five milligrams', '5 mg'), 'breakfast?'] },
    { who: 'pt', say: ['Esa sí me la tomo, pero a veces me da temblor y sudor antes del almuerzo.'] },
    { who: 'doc', say: ['That sounds like low sugar. ¿Ha medido el azúcar cuando le pasa eso?'] },
    { who: 'pt', say: ['Una vez. Salió sesenta y dos.', rw('sesenta y dos.', '62.')] },
    { who: 'doc', say: ['Sixty two', rw('Sixty two', '62'), 'is too low. I want to lower the glipizide to two point five milligrams.', rw('two point five milligrams.', '2.5 mg.')] },
    { who: 'pt', say: ['¿Dos punto cinco? Okay, la mitad de la pastilla.'] },
    { who: 'doc', say: ['Exactly, half a tablet. Y siempre coma algo a media mañana.'] },
    { who: 'pt', say: ['Sí, entiendo. Can I still drink my café con leche in the morning?'] },
    { who: 'doc', say: ['Yes, just go easy on the sugar. Check your glucose every morning for two weeks.'] },
    { who: 'pt', say: ['Muy bien. Muchas gracias, doctor, nos vemos en dos semanas.'] },
  ],
});

// 5. Captions turned off from the CC button and on again, three times, once mid-sentence.
// Assumptions (research silent): "Hide Captions" unmounts the whole subtitle box and "Show Captions"
// mounts a NEW one (§9); the re-mounted overlay first shows the status line "Captions will be shown in
// English (US)" in the row (no avatar) until someone speaks; the caption history starts afresh after
// re-enabling (no accumulated window from before), so words said while captions were off never appear
// and are not expected — including one whole patient reply. The mid-sentence cut is expected as the
// visible parts of that sentence (same speaker, merged). Both participants have photos, so speaker flips
// change only the img src. Overlay only, iframe build; keys, no roles.
const s5Cast: Cast = {
  doc: { spec: { key: 'clinician' }, name: 'Dr. Julia Park', face: { img: 'https://app.zoom.us/p/v2/77b2c0d1/jpark.jpg' } },
  pt: { spec: { key: 'patient' }, name: 'Kevin Marsh', face: { img: 'https://app.zoom.us/p/v2/0fe93a44/kmarsh.jpg' } },
};
const s5: Scenario = zoom({
  name: 'zoom: CC turned off and on three times, once mid-sentence',
  url: 'https://app.zoom.us/wc/50318846271/join?fromPWA=1',
  selfNames: ['Dr. Julia Park'],
  frame: true,
  overlay: true,
  panel: false,
  cast: s5Cast,
  ms: [90, 180],
  gap: [300, 1100],
  script: [
    { who: 'doc', say: ["Hi Kevin, it's Dr. Park. It's been two weeks since the knee replacement, so let's see how things are going."] },
    { who: 'pt', say: ["Hi. It's better than I expected, honestly. The first few nights were rough."] },
    { who: 'doc', say: ["That's normal. How is the pain now, on a scale of zero to ten?"] },
    { who: 'pt', say: ['Around a four during the day, maybe a six after physio.'] },
    ccOff,
    wait(1500),
    ccOn(true),
    { who: 'doc', say: ['Sorry, I clicked the wrong button there. A four to six is reasonable at this stage. Are you taking the tablets regularly?'], gap: 1000 },
    { who: 'pt', say: ['I take the paracetamol four times a day and the stronger one only at night.'] },
    { who: 'doc', say: ['Good. What about swelling around the knee?'] },
    { who: 'pt', say: ['The swelling goes down overnight, but by the afternoon'] },
    ccOff, // mid-sentence: "it's puffy again and" is said while captions are off
    wait(2600),
    ccOn(true),
    { who: 'pt', say: ['I put the ice pack on for twenty minutes.'], gap: 700 },
    { who: 'doc', say: ["That's exactly right, keep doing that. Can you bend the knee past ninety degrees yet?"] },
    { who: 'pt', say: ['The physio measured it yesterday. She said a hundred and five.'] },
    { who: 'doc', say: ["That's excellent for two weeks. I'd like you to keep going with the exercises three times a day."] },
    ccOff,
    { who: 'pt', say: ['Okay, I can do that.'], unseen: true, gap: 500 },
    wait(600),
    ccOn(false),
    { who: 'doc', say: ['And please call us if the wound gets red or starts to drain.'], gap: 400 },
    { who: 'pt', say: ['I will. When do the staples come out?'] },
    { who: 'doc', say: ["The nurse will take them out on Thursday, and I'll see you again in four weeks."] },
  ],
});

// 6. Speakers who pause 3-4 s mid-sentence and then finish the same sentence.
// Assumptions (research silent): during the pause the overlay text simply stays; the recogniser
// sometimes puts a full stop at the pause and takes it back (or turns it into a comma) when speech
// resumes, and once re-spells the word before the pause ("peek." → "pick"); the sentence continues in
// the same rolling text. Since the platform re-punctuates, comparison is loose. Clinician photo, patient
// initials; overlay only, top-document build; keys, no roles.
const s6Cast: Cast = {
  doc: { spec: { key: 'clinician' }, name: 'Dr. Miriam Feld', face: { img: 'https://zoom.us/p/v2/c3d9f1e2/mfeld.jpg' } },
  pt: { spec: { key: 'patient' }, name: 'Dolores Amato', face: { initials: 'DA' } },
};
const s6: Scenario = zoom({
  name: 'zoom: 3-4 s pauses mid-sentence, overlay text stays then grows again',
  url: 'https://zoom.us/wc/2215098734/join',
  selfNames: ['Dr. Miriam Feld'],
  frame: false,
  overlay: true,
  panel: false,
  cast: s6Cast,
  ms: [90, 160],
  gap: [300, 1000],
  loose: true,
  script: [
    { who: 'doc', say: ["Hi Mrs. Amato, it's Dr. Feld. How have things been since your last visit?"] },
    { who: 'pt', say: ["Oh, not too bad. I've been sleeping better, but my knees", punct('.'), hold(3600), unpunct(','), 'especially the left one, have been giving me trouble.'] },
    { who: 'doc', say: ["I'm sorry to hear that. Which tablets are you taking for the knees at the moment?"] },
    { who: 'pt', say: ['The ones in the', hold(3300), 'blue box. The naproxen, I think.'] },
    { who: 'doc', say: ['And how often are you taking the naproxen?'] },
    { who: 'pt', say: ['Twice a day with food. Sometimes I forget the', hold(3800), "evening one, if I'm honest."] },
    { who: 'doc', say: ["That's all right. Have you had any stomach pain or black stools while you've been on it?"] },
    { who: 'pt', say: ['No stomach pain, no.'] },
    { who: 'doc', say: ['With your blood pressure being a bit higher lately, I would rather we', punct('.'), hold(3000), unpunct(), 'switch you to a gel that you rub on the knee instead of the tablets.'] },
    { who: 'pt', say: ['A gel. Does that work as well as the tablets?'] },
    { who: 'doc', say: ["For knees it often works just as well, and it's much gentler on the stomach and the kidneys."] },
    { who: 'pt', say: ["All right, I'll try it. Where do I peek", punct('.'), hold(3400), rw('peek.', 'pick'), 'it up, the usual pharmacy?'] },
    { who: 'doc', say: ["Yes, I'll send it to the pharmacy on Elm Street. Use it four times a day on the sore knee."] },
    { who: 'pt', say: ["Four times a day. I'll write that down on my calendar."] },
  ],
});

// 7. Transcript panel open the whole call: late re-punctuation and a recycled row.
// Assumptions (research silent): the user hid the bottom subtitle, so only the panel mutates; at most 7
// rows are mounted; a row's punctuation/case is revised by the ASR after the NEXT row has already started
// (words unchanged); when the clinician scrolls back up 3 rows, the 3 bottom row elements are moved to the
// top and fully rewritten with older rows (name header, time, message), and when the list returns to the
// bottom the top elements are recycled again for the newer rows, including one the patient started
// while the list was scrolled up (not rendered until then). Loose comparison because of the
// re-punctuation. Names in the DOM → speakers and roles by name.
const s7Cast: Cast = {
  doc: { spec: 'Dr. Naomi Briggs', role: 'clinician', name: 'Dr. Naomi Briggs', face: { img: 'https://us04web.zoom.us/p/v2/a8e0c2/nbriggs.jpg' } },
  pt: { spec: 'Peter Sandoval', role: 'patient', name: 'Peter Sandoval', face: { initials: 'PS' }, letter: 'P' },
};
const s7: Scenario = zoom({
  name: 'zoom: panel open all call, late re-punctuation and a row recycled while scrolling up and down',
  url: 'https://us04web.zoom.us/wc/88301927456/join?fromPWA=1',
  selfNames: ['Dr. Naomi Briggs'],
  frame: true,
  overlay: false,
  panel: true,
  panelRows: 7,
  cast: s7Cast,
  ms: [90, 180],
  gap: [300, 1200],
  clock: 16 * 3600 + 15 * 60 + 40,
  loose: true,
  script: [
    { who: 'doc', say: ["Hi Peter, I've got the transcript open so I can keep notes.", ROW, 'How has the asthma been since the winter?'] },
    { who: 'pt', say: ['Mostly okay. I had one bad week in February when I caught a cold.'] },
    { who: 'doc', say: ['Did you need the blue reliever inhaler a lot that week?'] },
    { who: 'pt', say: ['Yeah, maybe six or seven times a day. For a few days then it settled down'] },
    {
      who: 'doc',
      say: [
        'That sounds',
        { fix: 1, edit: () => 'Yeah, maybe six or seven times a day for a few days. Then it settled down.' },
        'like a proper flare. Did anyone give you a course of steroid tablets?',
      ],
    },
    { who: 'pt', say: ["No, I didn't see anyone. I just waited it out."] },
    { who: 'doc', say: ['Okay.', ROW, 'Next time, if you need the reliever more than three times a day, please call us the same day.'] },
    { who: 'pt', say: ["Will do. Sorry, I didn't want to bother anyone."] },
    { who: 'doc', say: ["It's no bother at all, that's what we're here for.", ROW, 'Which preventer are you using now, the brown one?'] },
    { act: (c) => c.panel!.scrollUp(3) },
    wait(900),
    {
      who: 'pt',
      gap: 400,
      say: ['Yes, the brown one, two puffs in the', { run: (c) => c.panel!.scrollToBottom() }, 'morning and two at night. I do rinse my mouth after.'],
    },
    { who: 'doc', say: ["Good, that helps prevent thrush. How's your technique, do you use a spacer?"] },
    { who: 'pt', say: ["I have one but I don't really use it it's in a drawer somewhere"] },
    {
      who: 'doc',
      say: [
        'Try to',
        { fix: 1, edit: () => "I have one, but I don't really use it. It's in a drawer somewhere." },
        'dig it out. It really does get more of the medicine into your lungs.',
        ROW,
        "I'll send you a short video on how to use it.",
      ],
    },
    { who: 'pt', say: ["Okay, I'll find it tonight. Thanks, Dr. Briggs."] },
  ],
});

// 8. Caregiver and patient sharing one device with a clinician.
// Assumptions (research silent): one Zoom participant ("Eleanor Whitfield", no photo, "EW" bubble, letter
// avatar "E" in the panel) carries two voices — the patient and her daughter Claire — and Zoom has no
// way to tell them apart, so every line from that device is the patient's by name; consecutive mother /
// daughter lines land as continuation rows under the same name header and merge in the comparison. The
// panel is open and the overlay keeps showing (both mutate together), top-document build. Names in the
// DOM → speakers and roles by name.
const s8Cast: Cast = {
  doc: { spec: 'Dr. Amir Haddad', role: 'clinician', name: 'Dr. Amir Haddad', face: { img: 'https://app.zoom.us/p/v2/d41f77/ahaddad.jpg' } },
  pt: { spec: 'Eleanor Whitfield', role: 'patient', name: 'Eleanor Whitfield', face: { initials: 'EW' }, letter: 'E' },
};
const s8: Scenario = zoom({
  name: 'zoom: caregiver and patient sharing one device (one name, two voices), panel + overlay',
  url: 'https://app.zoom.us/wc/43270918562/join?fromPWA=1',
  selfNames: ['Dr. Amir Haddad'],
  frame: false,
  overlay: true,
  panel: true,
  cast: s8Cast,
  ms: [90, 190],
  gap: [300, 1200],
  clock: 11 * 3600 + 5 * 60 + 30,
  extras: chat('Eleanor Whitfield', 'Claire here, typing for Mum: our new number is on the form.'),
  forbidden: ['Claire here, typing for Mum', 'EWEleanor', 'EEleanor'],
  script: [
    { who: 'doc', say: ["Hello, Mrs. Whitfield. I can see you've got someone with you today."] },
    { who: 'pt', say: ['Yes, this is my daughter Claire. She helps me with the computer.'] }, // patient
    { who: 'pt', say: ["Hi, Doctor. I also keep track of Mum's tablets, so I thought I'd join."], gap: 600 }, // daughter
    { who: 'doc', say: ["That's really helpful, thank you, Claire. Mrs. Whitfield, how has your breathing been this week?"] },
    { who: 'pt', say: ['Better than last week. I can get to the letterbox without stopping now.'] }, // patient
    { who: 'doc', say: ["That's good progress. Are you still using the oxygen at night?"] },
    { who: 'pt', say: ['She is, every night. Though she takes the tubing off around three in the morning sometimes.'] }, // daughter
    { who: 'pt', say: ['It tickles my nose, dear.'], gap: 500 }, // patient
    { who: 'doc', say: ["That's common, I can arrange a softer nasal cannula. Any ankle swelling?"] },
    { who: 'pt', say: ['A little in the evenings, mostly on the right side.'] }, // daughter
    { who: 'doc', say: ["Okay. Keep her legs up when she's sitting, and let's weigh her every morning."] },
    { who: 'pt', say: ['I have scales in the bathroom.'] }, // patient
    { who: 'doc', say: ['Perfect. If her weight goes up by more than two kilos in three days, please call the clinic.'] },
    { who: 'pt', say: ["Two kilos in three days, got it. I'll put a note on the fridge."] }, // daughter
    { who: 'doc', say: ["Thank you both. I'll see you in two weeks."] },
  ],
});

// 9. A long-ish new-patient consultation at a realistic pace, run with the product's own timing.
// Assumptions (research silent): word updates every 150-250 ms, 400-1500 ms between turns, a slightly
// wider overlay window (130 chars) that still rolls on the longer turns, no recogniser rewrites (the
// point is the product's own read/poll/stabilisation timing at a natural pace). Clinician photo,
// patient initials; overlay only, iframe build; keys, no roles.
const s9Cast: Cast = {
  doc: { spec: { key: 'clinician' }, name: 'Dr. Lena Whitaker', face: { img: 'https://us05web.zoom.us/p/v2/e2b7a9/lwhitaker.jpg' } },
  pt: { spec: { key: 'patient' }, name: 'Jordan Ellis', face: { initials: 'JE' } },
};
const s9: Scenario = zoom({
  name: 'zoom: long migraine consultation at a realistic pace (product timing)',
  url: 'https://us05web.zoom.us/wc/71194402836/join?fromPWA=1',
  selfNames: ['Dr. Lena Whitaker'],
  frame: true,
  overlay: true,
  panel: false,
  cast: s9Cast,
  ms: [150, 250],
  gap: [400, 1500],
  windowChars: 130,
  productTiming: true,
  script: [
    { who: 'doc', say: ["Hello, I'm Dr. Whitaker, a neurologist. Your GP referred you about headaches?"] },
    { who: 'pt', say: ["Yes, I've had migraines for two years, but lately they're much more frequent."] },
    { who: 'doc', say: ['How many headache days do you have in a typical month now?'] },
    { who: 'pt', say: ['Maybe ten or twelve. Four or five are bad enough that I have to lie down.'] },
    { who: 'doc', say: ['Do you get any warning beforehand, like zigzag lines or flashing lights?'] },
    { who: 'pt', say: ['Sometimes a shimmering patch in my vision, about half an hour before.'] },
    { who: 'doc', say: ["That's a visual aura. What have you been taking when one starts?"] },
    { who: 'pt', say: ["Ibuprofen, usually two tablets. Lately it's almost every other day."] },
    { who: 'doc', say: ["Taking painkillers that often can keep the headaches going. It's called medication overuse headache."] },
    { who: 'pt', say: ['Oh. Nobody told me that.'] },
    { who: 'doc', say: ["It's very common. I'd suggest a daily preventer, and ibuprofen on two days a week at most."] },
    { who: 'pt', say: ["What kind of preventer? I can't take anything that makes me sleepy at work."] },
    { who: 'doc', say: ['Propranolol is often the first choice, and most people find it does not make them drowsy.'] },
    { who: 'pt', say: ['Is that safe with my asthma inhaler?'] },
    { who: 'doc', say: ["Good question, and no, not with asthma. Let's use candesartan instead, and please keep a headache diary."] },
    { who: 'pt', say: ["That sounds fine. I'll start the diary tonight."] },
  ],
});

export const zoomScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6, s7, s8, s9];
