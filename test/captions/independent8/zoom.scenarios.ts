// Round 8 (independent8): the USER INTERACTING with the Zoom web-client page during a call, and
// long-call list behaviour. Written ONLY from /work/shared/research/caption-platforms.md and the
// runner's API (test/captions/independent/kit.ts, runner.ts). No product code or fixture was read.
//
// Research facts used (caption-platforms.md):
// - §3.1 URL shapes (/wc/<id>/join, us04web / app.zoom.us), in-call markers (#audioOptionMenu,
//   #wc-footer .footer__leave-btn-container button), same-origin iframe #webclient vs top document.
// - §3.3 overlay: one persistent #live-transcription-subtitle node, avatar <img alt=""> or initials
//   <span> as first child, text rewritten in place as a rolling ~100-150 char window, the img loading
//   a moment after the initials, a returning speaker shown with their ACCUMULATED window, system line
//   "Captions will be shown in English (US)".
// - §3.4 panel: [aria-label="Live Transcription List"].new-lt-list-container or
//   #full-transcription.lt-full-transcript; rows .lt-full-transcript__item with __avatar (letter avatar
//   inside the title), __display-name, __time, __message; consecutive rows of one person grouped under
//   one name header (…__title--first), continuation rows carry no name; React-virtualized list that
//   RECYCLES row elements for different utterances when the list scrolls (rows absolutely positioned
//   by inline style top); the ASR re-punctuates and re-spells the trailing word; localized panel name.
// - §8.8 identity (recycled rows = wholesale text replacement), §8.11 noise (timestamps in panel
//   rows, Zoom status lines), §9 checklist (captions off → root removed; on again → new root;
//   retention; img vs initials; top-document vs iframe).
//
// Page model (mine): the panel keeps the whole transcript in memory (segs) but renders only a window
// of `size` rows. When it follows the live end, every appended row scrolls the window. Recycling is
// either 'inorder' (slot i always shows window row i, so every slot's text is rewritten on each
// scroll) or 'modulo' (row idx lives in slot idx % size; DOM order then differs from visual order,
// which only style.top gives).
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface Person {
  name: string;
  letter: string;
  initials: string;
  avatar?: string;
}

const H = 56; // row height, px

const pad = (n: number) => String(n).padStart(2, '0');

function zoomShell(people: Person[], es = false): string {
  const tiles = people
    .map((p) =>
      p.avatar
        ? `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img-wrap"><img class="video-avatar__avatar-img" src="${p.avatar}" alt=""></div><div class="video-avatar__avatar-footer"><span>${p.name}</span></div></div>`
        : `<div class="video-avatar__avatar"><div class="video-avatar__avatar-initials">${p.initials}</div><div class="video-avatar__avatar-footer"><span>${p.name}</span></div></div>`,
    )
    .join('');
  const t = es
    ? { mute: 'Silenciar', parts: 'Participantes', chat: 'Chat', cc: 'Subtítulos', leave: 'Salir' }
    : { mute: 'Mute', parts: 'Participants', chat: 'Chat', cc: 'Captions', leave: 'Leave' };
  return `<div id="zmmtg-root"><div class="meeting-app"><div id="wc-container" class="meeting-client-inner">
<div id="wc-container-left" class="main-layout"><div class="gallery-video-container__wrap">${tiles}</div><div class="main-layout__bottom"></div></div>
<div id="wc-container-right" class="sidebar"></div>
<div id="wc-footer" class="footer"><div class="footer__inner"><div class="join-audio-container"><button id="audioOptionMenu" class="footer-button__button" type="button" aria-label="audio options"></button><button class="footer-button__button" type="button">${t.mute}</button></div><button class="footer-button__button" type="button">${t.parts}</button><button class="footer-button__button" type="button">${t.chat}</button><button class="footer-button__button" type="button">${t.cc}</button><div class="footer__leave-btn-container"><button class="footer__leave-btn" type="button">${t.leave}</button></div></div></div>
</div></div></div>`;
}

/** What the web client does on leave: the meeting UI goes away, a status page remains. */
function zoomLeave(doc: Document) {
  doc.getElementById('wc-container')?.remove();
  doc.getElementById('zmmtg-root')?.appendChild(el<HTMLElement>(doc, '<div class="leave-meeting-container"><p>You have left the meeting</p></div>'));
}

const ZOOM_UI = ['Save Transcript', 'Search transcript', 'Participants', 'Leave', 'Mute', 'Captions will be shown', 'You have left the meeting'];

type Mode = 'inorder' | 'modulo';
interface PanelOpts {
  size: number;
  mode: Mode;
  clock: string;
  legacy?: boolean;
  label?: string;
  title?: string;
  search?: string;
  save?: string;
}
interface Seg {
  who: Person;
  text: string;
  time: string;
  first: boolean;
}
interface Slot {
  row: HTMLElement;
  msg: Text;
  title: HTMLElement | null;
  time: HTMLElement | null;
}
interface SayOpts {
  final?: string;
  step?: number;
  /** Called after word i is on the page (i from 0), before the step pause. */
  onWord?: (i: number, word: string) => void;
}

function setText(e: Element, t: string) {
  const f = e.firstChild;
  if (f && f.nodeType === 3) {
    if ((f as Text).data !== t) (f as Text).data = t;
  } else e.textContent = t;
}

/** The React-virtualized full-transcript panel (§3.4). */
class ZoomPanel {
  readonly segs: Seg[] = [];
  private slots: Slot[] = [];
  private start = 0;
  private follow = true;
  private root: HTMLElement | null = null;
  private grid: HTMLElement | null = null;
  private inner: HTMLElement | null = null;
  private secs: number;

  constructor(
    private readonly p: Page,
    private readonly host: () => HTMLElement,
    private readonly o: PanelOpts,
  ) {
    const [h, m, s] = o.clock.split(':').map(Number);
    this.secs = (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
  }

  private get doc(): Document {
    return this.host().ownerDocument;
  }

  get isOpen() {
    return this.root !== null;
  }

  open() {
    const o = this.o;
    const list = o.legacy
      ? '<div id="full-transcription" class="lt-full-transcript">'
      : `<div aria-label="${o.label ?? 'Live Transcription List'}" class="new-lt-list-container">`;
    this.root = el<HTMLElement>(
      this.doc,
      `<div class="transcript-panel" role="complementary"><div class="transcript-panel__header"><span class="transcript-panel__title">${o.title ?? 'Transcript'}</span><button type="button" class="transcript-panel__close" aria-label="close"></button></div><div class="transcript-panel__search"><input type="text" placeholder="${o.search ?? 'Search transcript'}"></div>${list}<div class="ReactVirtualized__Grid ReactVirtualized__List" role="grid" tabindex="0" style="box-sizing: border-box; height: ${o.size * H}px; position: relative; overflow-x: hidden; overflow-y: auto; will-change: transform;"><div class="ReactVirtualized__Grid__innerScrollContainer" role="rowgroup" style="width: auto; height: 0px; position: relative; overflow: hidden;"></div></div></div><div class="transcript-panel__footer"><button type="button">${o.save ?? 'Save Transcript'}</button></div></div>`,
    );
    this.grid = q<HTMLElement>(this.root, '.ReactVirtualized__Grid');
    this.inner = q<HTMLElement>(this.root, '.ReactVirtualized__Grid__innerScrollContainer');
    this.slots = [];
    this.follow = true; // the panel opens at the live end
    this.render();
    this.host().appendChild(this.root);
  }

  close() {
    this.root?.remove();
    this.root = this.grid = this.inner = null;
    this.slots = [];
  }

  private tick(): string {
    this.secs += 3 + (this.segs.length % 4);
    const s = this.secs;
    return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }

  private visibleCount() {
    return Math.min(this.o.size, this.segs.length);
  }

  private slotOf(idx: number): Slot | null {
    if (!this.root) return null;
    if (idx < this.start || idx >= this.start + this.visibleCount()) return null;
    const s = this.o.mode === 'modulo' ? this.slots[idx % this.o.size] : this.slots[idx - this.start];
    return s ?? null;
  }

  private makeSlot(): Slot {
    const row = el<HTMLElement>(
      this.doc,
      `<div class="lt-full-transcript__item" role="row" style="height: ${H}px; left: 0px; position: absolute; top: 0px; width: 100%;"><div class="lt-full-transcript__message"></div></div>`,
    );
    const msg = this.doc.createTextNode('');
    q(row, '.lt-full-transcript__message').appendChild(msg);
    return { row, msg, title: null, time: null };
  }

  private paint(s: Slot, idx: number) {
    const seg = this.segs[idx]!;
    const msgEl = s.msg.parentElement!;
    if (seg.first) {
      if (s.time) {
        s.time.remove();
        s.time = null;
      }
      if (!s.title) {
        s.title = el<HTMLElement>(
          this.doc,
          '<div class="lt-full-transcript__title lt-full-transcript__title--first"><div class="lt-full-transcript__avatar"></div><span class="lt-full-transcript__display-name"></span><span class="lt-full-transcript__time"></span></div>',
        );
        s.row.insertBefore(s.title, msgEl);
      }
      const av = q(s.title, '.lt-full-transcript__avatar');
      const key = seg.who.avatar ?? `letter:${seg.who.letter}`;
      if (av.getAttribute('data-k') !== key) {
        av.setAttribute('data-k', key);
        av.innerHTML = seg.who.avatar
          ? `<img src="${seg.who.avatar}" alt="">`
          : `<span class="lt-full-transcript__avatar-letter">${seg.who.letter}</span>`;
      }
      setText(q(s.title, '.lt-full-transcript__display-name'), seg.who.name);
      setText(q(s.title, '.lt-full-transcript__time'), seg.time);
    } else {
      if (s.title) {
        s.title.remove();
        s.title = null;
      }
      if (!s.time) {
        s.time = el<HTMLElement>(this.doc, '<span class="lt-full-transcript__time"></span>');
        s.row.insertBefore(s.time, msgEl);
      }
      setText(s.time, seg.time);
    }
    if (s.msg.data !== seg.text) s.msg.data = seg.text;
    s.row.style.top = `${idx * H}px`;
  }

  private render() {
    const len = this.segs.length;
    const maxStart = Math.max(0, len - this.o.size);
    if (this.follow) this.start = maxStart;
    this.start = Math.min(Math.max(0, this.start), maxStart);
    if (!this.inner || !this.grid) return;
    this.inner.style.height = `${len * H}px`;
    const n = this.visibleCount();
    while (this.slots.length < n) {
      const s = this.makeSlot();
      this.slots.push(s);
      this.inner.appendChild(s.row);
    }
    for (let i = 0; i < n; i++) {
      const idx = this.start + i;
      this.paint(this.slotOf(idx)!, idx);
    }
    this.grid.scrollTop = this.start * H;
  }

  private update(idx: number) {
    const s = this.slotOf(idx);
    if (s) this.paint(s, idx);
  }

  /** A new row for `who` (a name header only when the previous row is someone else's). */
  async say(who: Person, text: string, o: SayOpts = {}): Promise<number> {
    const step = o.step ?? 55;
    const words = text.split(' ');
    const prev = this.segs[this.segs.length - 1];
    const seg: Seg = { who, text: words[0]!, time: this.tick(), first: !prev || prev.who !== who };
    this.segs.push(seg);
    const idx = this.segs.length - 1;
    this.render();
    o.onWord?.(0, words[0]!);
    await this.p.sleep(step);
    for (let i = 1; i < words.length; i++) {
      seg.text = words.slice(0, i + 1).join(' ');
      this.update(idx);
      o.onWord?.(i, words[i]!);
      await this.p.sleep(step);
    }
    if (o.final !== undefined) {
      seg.text = o.final;
      this.update(idx);
      await this.p.sleep(step);
    }
    return idx;
  }

  /** The ASR rewrites a row (re-punctuation, re-spelt last word), whether or not it is rendered. */
  revise(idx: number, text: string) {
    this.segs[idx]!.text = text;
    this.update(idx);
  }

  private scrolled() {
    if (!this.grid) return;
    const W = this.doc.defaultView as unknown as typeof globalThis;
    this.grid.dispatchEvent(new W.Event('scroll'));
  }

  /** The user scrolls by whole rows (negative = up). Reaching the end resumes following. */
  scrollBy(rows: number) {
    const maxStart = Math.max(0, this.segs.length - this.o.size);
    this.start = Math.min(Math.max(0, this.start + rows), maxStart);
    this.follow = this.start === maxStart;
    this.render();
    this.scrolled();
  }

  scrollToTop() {
    this.start = 0;
    this.follow = this.segs.length <= this.o.size;
    this.render();
    this.scrolled();
  }

  scrollToBottom() {
    this.follow = true;
    this.render();
    this.scrolled();
  }
}

/** The bottom subtitle overlay (§3.3): one node, rolling window, no name. */
class ZoomOverlay {
  private box: HTMLElement | null = null;
  private item: Text | null = null;
  private cur: Person | null = null;
  private readonly acc = new Map<Person, string>();

  constructor(
    private readonly host: () => HTMLElement,
    private readonly width = 130,
  ) {}

  private get doc(): Document {
    return this.host().ownerDocument;
  }

  show(system = '') {
    this.box = el<HTMLElement>(
      this.doc,
      '<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div></div>',
    );
    this.item = this.doc.createTextNode(system);
    q(this.box, '.live-transcription-subtitle__item').appendChild(this.item);
    this.cur = null;
    this.host().appendChild(this.box);
  }

  hide() {
    this.box?.remove();
    this.box = this.item = this.cur = null;
  }

  private face(who: Person, initialsOnly: boolean) {
    const row = q(this.box!, '#live-transcription-subtitle');
    const first = row.firstElementChild;
    if (first && !first.classList.contains('live-transcription-subtitle__item')) first.remove();
    const f = who.avatar && !initialsOnly ? el<HTMLElement>(this.doc, `<img src="${who.avatar}" alt="">`) : el<HTMLElement>(this.doc, `<span>${who.initials}</span>`);
    row.insertBefore(f, row.firstChild);
  }

  private tail(s: string) {
    if (s.length <= this.width) return s;
    const t = s.slice(s.length - this.width);
    const sp = t.indexOf(' ');
    return sp >= 0 ? t.slice(sp + 1) : t;
  }

  /** One more recognised word for `who`; the avatar of a photo user may show initials first. */
  push(who: Person, word: string, flap = false) {
    const a = this.acc.get(who);
    const next = a ? `${a} ${word}` : word;
    this.acc.set(who, next);
    if (!this.box || !this.item) return;
    if (this.cur !== who) {
      this.face(who, flap);
      this.cur = who;
    }
    this.item.data = this.tail(next);
  }

  /** The avatar image finished loading: the initials bubble is replaced by the <img>. */
  avatarLoaded() {
    if (!this.box || !this.cur?.avatar) return;
    const first = q(this.box, '#live-transcription-subtitle').firstElementChild;
    if (first && first.tagName === 'SPAN' && !first.classList.contains('live-transcription-subtitle__item')) this.face(this.cur, false);
  }
}

const ex = (speaker: Expected['speaker'], role: Expected['role'] | undefined, ...texts: string[]): Expected =>
  role ? { speaker, role, text: texts.join(' ') } : { speaker, text: texts.join(' ') };

// ---------------------------------------------------------------------------------------------
// Z1: the clinician scrolls up to re-read while the patient keeps talking, then scrolls back down.
// §3.4 (virtualized, recycling 'inorder'), §8.8.
const z1 = (() => {
  const DR: Person = { name: 'Dr. Ana Ruiz', letter: 'A', initials: 'AR', avatar: 'https://us04web.zoom.us/p/v2/8a1f0c/ana-ruiz.jpg' };
  const PT: Person = { name: 'Marta Gil', letter: 'M', initials: 'MG' };
  const T = {
    c1: 'Good afternoon Marta, thanks for joining the video visit today.',
    p2: 'Hi doctor, thanks for fitting me in so quickly.',
    c3: 'Of course. Last time we started you on lisinopril ten milligrams every morning.',
    c4: 'How has that been going for you?',
    p5: "Mostly fine, but I've had a dry cough for about two weeks now.",
    p6: 'It gets worse at night when I lie down.',
    p7: 'I also noticed my ankles were a bit swollen on Sunday.',
    p8: 'And the pharmacy machine said one thirty-eight over eighty-six.',
    c9: 'A dry cough is a known side effect of lisinopril, so that fits.',
    c10: "I'd like to switch you to losartan fifty milligrams instead.",
    p11: 'Okay. Will that help with the swelling as well?',
    c12: "It may, and I'll also order a basic metabolic panel this week.",
  };
  let panel: ZoomPanel;
  const s: Scenario = {
    name: 'Z1 panel: clinician scrolls up to re-read while the patient keeps talking, then back down',
    url: 'https://us04web.zoom.us/wc/84512093376/join?fromPWA=1',
    selfNames: ['Dr. Ana Ruiz', 'Ana Ruiz'],
    body: zoomShell([DR, PT]),
    async play(p) {
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 5, mode: 'inorder', clock: '10:02:11' });
      panel.open();
      await p.sleep(200);
      await panel.say(DR, T.c1);
      await p.sleep(800);
      await panel.say(PT, T.p2);
      await p.sleep(800);
      await panel.say(DR, T.c3);
      await p.sleep(250);
      await panel.say(DR, T.c4);
      await p.sleep(900);
      await panel.say(PT, T.p5);
      await p.sleep(300);
      // Mid-row: the clinician scrolls up three rows to re-read the dose; the live row leaves the window.
      await panel.say(PT, T.p6, { onWord: (i) => i === 2 && panel.scrollBy(-3) });
      await p.sleep(300);
      // A small nudge down while the patient goes on (row 6 comes back, complete; row 7 is still off).
      await panel.say(PT, T.p7, { onWord: (i) => i === 4 && panel.scrollBy(1) });
      await p.sleep(300);
      await panel.say(PT, T.p8);
      await p.sleep(500);
      panel.scrollToBottom();
      await p.sleep(1000);
      await panel.say(DR, T.c9);
      await p.sleep(300);
      await panel.say(DR, T.c10);
      await p.sleep(900);
      await panel.say(PT, T.p11);
      await p.sleep(900);
      await panel.say(DR, T.c12);
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex(DR.name, 'clinician', T.c1),
      ex(PT.name, 'patient', T.p2),
      ex(DR.name, 'clinician', T.c3, T.c4),
      ex(PT.name, 'patient', T.p5, T.p6, T.p7, T.p8),
      ex(DR.name, 'clinician', T.c9, T.c10),
      ex(PT.name, 'patient', T.p11),
      ex(DR.name, 'clinician', T.c12),
    ],
    forbidden: [...ZOOM_UI, '10:0'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z2: the clinician scrolls up BETWEEN turns and stays there while she herself and then the patient
// speak; both rows appear at once, complete, when she scrolls down. Legacy container, 'modulo'
// recycling (DOM order != visual order). §3.4, §8.8.
const z2 = (() => {
  const DR: Person = { name: 'Dr. Kevin Osei', letter: 'K', initials: 'KO' };
  const PT: Person = { name: 'Linda Park', letter: 'L', initials: 'LP', avatar: 'https://us04web.zoom.us/p/v2/77be21/linda.png' };
  const T = {
    c1: 'Hi Linda, I can see you now. Can you hear me okay?',
    p2: 'Yes, I can hear you fine, the connection seems good today.',
    c3: 'Great. I got your message about the rash on your forearm.',
    c4: 'When did you first notice it?',
    p5: 'It started two days after I went hiking last weekend.',
    p6: "It's itchy and it has these little blisters in a straight line.",
    c7: 'Did you walk through any brush or tall plants on the trail?',
    p8: 'Yes, we went off the path near the creek for a while.',
    c9: 'That pattern sounds like poison ivy, which is a contact dermatitis.',
    c10: 'Could you hold your arm up closer to the camera for me?',
    p11: "Sure, is this better? I'll tilt it toward the window.",
    c12: "Yes, that's clear. I'll send a prescription for a steroid cream.",
    p13: 'Thank you. How often should I put it on?',
    c14: 'Twice a day for two weeks, and call us if it spreads to your face.',
  };
  let panel: ZoomPanel;
  const s: Scenario = {
    name: 'Z2 panel: scrolled up between turns; own turn and the reply arrive unseen, shown on scroll-down',
    url: 'https://app.zoom.us/wc/91877340021/join',
    selfNames: ['Dr. Kevin Osei'],
    body: zoomShell([DR, PT]),
    async play(p) {
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 6, mode: 'modulo', clock: '14:31:40', legacy: true });
      panel.open();
      await p.sleep(200);
      await panel.say(DR, T.c1, { step: 45 });
      await p.sleep(700);
      await panel.say(PT, T.p2, { step: 60 });
      await p.sleep(700);
      await panel.say(DR, T.c3, { step: 45 });
      await p.sleep(200);
      await panel.say(DR, T.c4, { step: 45 });
      await p.sleep(800);
      await panel.say(PT, T.p5, { step: 60 });
      await p.sleep(250);
      await panel.say(PT, T.p6, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c7, { step: 45 });
      await p.sleep(800);
      await panel.say(PT, T.p8, { step: 60 });
      await p.sleep(700);
      panel.scrollBy(-3); // between turns, to re-read when it started
      await p.sleep(600);
      await panel.say(DR, T.c9, { step: 45 });
      await p.sleep(250);
      await panel.say(DR, T.c10, { step: 45 });
      await p.sleep(900);
      await panel.say(PT, T.p11, { step: 60 });
      await p.sleep(300);
      panel.scrollBy(1); // still not at the end
      await p.sleep(500);
      panel.scrollToBottom();
      await p.sleep(1200);
      await panel.say(DR, T.c12, { step: 45 });
      await p.sleep(800);
      await panel.say(PT, T.p13, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c14, { step: 45 });
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex(DR.name, 'clinician', T.c1),
      ex(PT.name, 'patient', T.p2),
      ex(DR.name, 'clinician', T.c3, T.c4),
      ex(PT.name, 'patient', T.p5, T.p6),
      ex(DR.name, 'clinician', T.c7),
      ex(PT.name, 'patient', T.p8),
      ex(DR.name, 'clinician', T.c9, T.c10),
      ex(PT.name, 'patient', T.p11),
      ex(DR.name, 'clinician', T.c12),
      ex(PT.name, 'patient', T.p13),
      ex(DR.name, 'clinician', T.c14),
    ],
    forbidden: [...ZOOM_UI, '14:3'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z3: a long patient monologue pushes its name header out of the rendered window (only continuation
// rows are in the DOM while the patient is still talking); later a scroll leaves a continuation row
// first in the window. §3.4 (grouping under one header, continuation rows without a name), §8.8.
const z3 = (() => {
  const DR: Person = { name: 'Dr. Priya Raman', letter: 'P', initials: 'PR', avatar: 'https://us04web.zoom.us/p/v2/c0ffee/priya.jpg' };
  const PT: Person = { name: 'Tom Becker', letter: 'T', initials: 'TB' };
  const T = {
    c1: 'Tom, tell me more about the back pain you mentioned on the intake form.',
    p2: 'Sure. It started about a month ago when I was moving furniture.',
    p3: 'At first it was just stiffness in the mornings.',
    p4: 'Then last week it started shooting down my left leg.',
    p5: 'Sometimes my foot feels a little numb, especially when I sit for long.',
    p6: "I've been taking ibuprofen but it only takes the edge off.",
    c7: "Thanks, that's really helpful.",
    c8: 'Any trouble controlling your bladder or bowels?',
    p9: 'No, nothing like that.',
    c10: "Good. I'd like you to try some gentle stretches and I'll refer you to physical therapy.",
    c11: 'If the numbness gets worse, please go to urgent care.',
    p12: 'Okay, I will. Thanks doctor.',
  };
  let panel: ZoomPanel;
  const s: Scenario = {
    name: 'Z3 panel: header row recycled away during a monologue; continuation row first after a scroll',
    url: 'https://us04web.zoom.us/wc/73001928844/join',
    selfNames: ['Dr. Priya Raman', 'Priya Raman'],
    body: zoomShell([DR, PT]),
    async play(p) {
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 4, mode: 'inorder', clock: '09:15:03' });
      panel.open();
      await p.sleep(200);
      await panel.say(DR, T.c1, { step: 45 });
      await p.sleep(900);
      await panel.say(PT, T.p2, { step: 65 });
      await p.sleep(250);
      await panel.say(PT, T.p3, { step: 65 });
      await p.sleep(250);
      await panel.say(PT, T.p4, { step: 65 });
      await p.sleep(250);
      await panel.say(PT, T.p5, { step: 65 }); // window = p2..p5: the header row p2 is still in
      await p.sleep(250);
      await panel.say(PT, T.p6, { step: 65 }); // window = p3..p6: no name anywhere in the list
      await p.sleep(900);
      await panel.say(DR, T.c7, { step: 45 });
      await p.sleep(200);
      await panel.say(DR, T.c8, { step: 45 });
      await p.sleep(500);
      panel.scrollBy(-1); // window = p4, p5, p6 (continuations), c7: a continuation row is first
      await p.sleep(400);
      await panel.say(PT, T.p9, { step: 65 }); // unseen
      await p.sleep(300);
      panel.scrollBy(-1); // p3..p6, continuation rows only
      await p.sleep(500);
      panel.scrollBy(3); // to the end: p6 (continuation) first, then c7, c8, p9 (new)
      await p.sleep(900);
      await panel.say(DR, T.c10, { step: 45 });
      await p.sleep(250);
      await panel.say(DR, T.c11, { step: 45 });
      await p.sleep(800);
      await panel.say(PT, T.p12, { step: 65 });
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex(DR.name, 'clinician', T.c1),
      ex(PT.name, 'patient', T.p2, T.p3, T.p4, T.p5, T.p6),
      ex(DR.name, 'clinician', T.c7, T.c8),
      ex(PT.name, 'patient', T.p9),
      ex(DR.name, 'clinician', T.c10, T.c11),
      ex(PT.name, 'patient', T.p12),
    ],
    forbidden: [...ZOOM_UI, '09:1'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z4: small scroll nudges up and down, several times, some while the live row is growing. 'modulo'
// recycling. §3.4, §8.8.
const z4 = (() => {
  const DR: Person = { name: 'Dr. Sarah Cohen', letter: 'S', initials: 'SC' };
  const PT: Person = { name: "James O'Neill", letter: 'J', initials: 'JO', avatar: 'https://us04web.zoom.us/p/v2/12ab34/james.jpg' };
  const T = {
    p1: "Hi doctor, sorry I'm a couple of minutes late.",
    c2: "No problem at all, James. Let's go over your sleep study results.",
    c3: 'The study showed moderate obstructive sleep apnea, about twenty two events per hour.',
    p4: "Wow, okay. Is that why I'm so tired during the day?",
    c5: 'Very likely. When your airway closes, your sleep keeps getting interrupted.',
    c6: 'The usual treatment is a CPAP machine that you wear at night.',
    c7: 'Most people get used to the mask within a couple of weeks.',
    p8: 'Do I have to wear it every single night?',
    c9: 'Ideally yes, at least four hours a night to get the benefit.',
    p10: "Alright, I'll give it a try.",
    c11: "Great, I'll send the order to the supply company today.",
  };
  let panel: ZoomPanel;
  const s: Scenario = {
    name: 'Z4 panel: small scroll nudges up and down while rows grow (modulo recycling)',
    url: 'https://us04web.zoom.us/wc/66120944310/join?fromPWA=1',
    selfNames: ['Dr. Sarah Cohen'],
    body: zoomShell([DR, PT]),
    async play(p) {
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 5, mode: 'modulo', clock: '16:44:52' });
      panel.open();
      await p.sleep(200);
      await panel.say(PT, T.p1, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c2, { step: 50 });
      await p.sleep(250);
      await panel.say(DR, T.c3, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p4, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c5, { step: 50 });
      await p.sleep(250);
      await panel.say(DR, T.c6, {
        step: 50,
        onWord: (i) => {
          if (i === 2) panel.scrollBy(-1);
          if (i === 6) panel.scrollBy(1);
        },
      });
      await p.sleep(250);
      await panel.say(DR, T.c7, {
        step: 50,
        onWord: (i) => {
          if (i === 1) panel.scrollBy(-2);
          if (i === 4) panel.scrollBy(1);
          if (i === 7) panel.scrollBy(1);
        },
      });
      await p.sleep(800);
      await panel.say(PT, T.p8, { step: 60, onWord: (i) => i === 3 && panel.scrollBy(-1) });
      await p.sleep(300);
      panel.scrollBy(1);
      await p.sleep(700);
      await panel.say(DR, T.c9, { step: 50 });
      await p.sleep(300);
      panel.scrollBy(-2);
      await p.sleep(300);
      panel.scrollBy(2);
      await p.sleep(500);
      await panel.say(PT, T.p10, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c11, { step: 50 });
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex(PT.name, 'patient', T.p1),
      ex(DR.name, 'clinician', T.c2, T.c3),
      ex(PT.name, 'patient', T.p4),
      ex(DR.name, 'clinician', T.c5, T.c6, T.c7),
      ex(PT.name, 'patient', T.p8),
      ex(DR.name, 'clinician', T.c9),
      ex(PT.name, 'patient', T.p10),
      ex(DR.name, 'clinician', T.c11),
    ],
    forbidden: [...ZOOM_UI, '16:4'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z5: the ASR re-punctuates and re-spells the last word of a row: once while the row is in view,
// once while the clinician has scrolled away (the revision is seen only when she scrolls back), and
// an earlier (not last) row re-punctuated in view. §3.4 (re-punctuation, re-spelt trailing word).
const z5 = (() => {
  const DR: Person = { name: 'Dr. Hannah Weiss', letter: 'H', initials: 'HW', avatar: 'https://us04web.zoom.us/p/v2/9e9e9e/hw.jpg' };
  const PT: Person = { name: 'Robert Lee', letter: 'R', initials: 'RL' };
  const T = {
    c1: 'Robert, how have your blood sugars been since we increased the insulin?',
    p2: 'Better I think. Mornings are usually between one ten and one thirty.',
    c3: "That's a real improvement. Any lows?",
    p4raw: 'I had one low on, Friday night. After skipping dinn',
    p4: 'I had one low on Friday night after skipping dinner.',
    p5raw: 'It was fifty four. And I felt shaky and sweat',
    p5: 'It was fifty-four, and I felt shaky and sweaty.',
    p6: 'I drank some juice and it came back up in about fifteen minutes.',
    c7raw: "Good that's exactly the right thing to do.",
    c7: "Good. That's exactly the right thing to do.",
    c8: "Let's lower the evening dose by two units so it doesn't happen again.",
    p9: 'Okay, two units less at night. Got it.',
  };
  let panel: ZoomPanel;
  const s: Scenario = {
    name: 'Z5 panel: rows re-punctuated and last word re-spelt, once while scrolled away',
    url: 'https://us04web.zoom.us/wc/80455512039/join',
    selfNames: ['Dr. Hannah Weiss'],
    body: zoomShell([DR, PT]),
    async play(p) {
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 4, mode: 'inorder', clock: '11:20:05' });
      panel.open();
      await p.sleep(200);
      await panel.say(DR, T.c1, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p2, { step: 65 });
      await p.sleep(800);
      await panel.say(DR, T.c3, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p4raw, { step: 65, final: T.p4 }); // revised in view
      await p.sleep(250);
      const r5 = await panel.say(PT, T.p5raw, { step: 65 });
      await p.sleep(250);
      panel.scrollBy(-3); // the clinician scrolls up to check the morning numbers
      await p.sleep(500);
      panel.revise(r5, T.p5); // revised while not rendered
      await p.sleep(200);
      await panel.say(PT, T.p6, { step: 65 }); // unseen
      await p.sleep(500);
      panel.scrollToBottom();
      await p.sleep(1000);
      const r7 = await panel.say(DR, T.c7raw, { step: 50 });
      await p.sleep(200);
      await panel.say(DR, T.c8, { step: 50 });
      await p.sleep(150);
      panel.revise(r7, T.c7); // an earlier row, in view
      await p.sleep(900);
      await panel.say(PT, T.p9, { step: 65 });
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex(DR.name, 'clinician', T.c1),
      ex(PT.name, 'patient', T.p2),
      ex(DR.name, 'clinician', T.c3),
      ex(PT.name, 'patient', T.p4, T.p5, T.p6),
      ex(DR.name, 'clinician', T.c7, T.c8),
      ex(PT.name, 'patient', T.p9),
    ],
    loose: true,
    forbidden: [...ZOOM_UI, '11:2'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z6: the transcript panel is closed and reopened mid-call (a new list root, re-rendered with the
// history); once between turns (two patient rows said while it was closed), once mid-row.
// §3.4, §9 (off → root removed, on → a NEW root node), §8.5.
const z6 = (() => {
  const DR: Person = { name: 'Dr. Michael Brandt', letter: 'M', initials: 'MB' };
  const PT: Person = { name: 'Aisha Rahman', letter: 'A', initials: 'AR', avatar: 'https://us04web.zoom.us/p/v2/5151aa/aisha.jpg' };
  const T = {
    c1: 'Hello Aisha, this is Dr. Brandt. Are you able to see and hear me?',
    p2: 'Yes, I can. Hello.',
    c3: 'I wanted to follow up on the knee X-ray from last Thursday.',
    c4: "The good news is there's no fracture.",
    p5: "Oh, that's a relief. It still hurts when I climb stairs though.",
    p6: 'And it clicks sometimes when I straighten it.',
    p7: 'My neighbor said it might be a torn meniscus.',
    c8: "That's possible. Clicking and pain on stairs can point to a meniscus problem.",
    c9: "I'm going to order an MRI so we can take a proper look at it.",
    p10: 'How long does it take to get the results?',
    c11: "Usually within a week, and I'll call you as soon as I've read it.",
    p12: 'Perfect, thank you so much.',
  };
  let panel: ZoomPanel;
  const s: Scenario = {
    name: 'Z6 panel closed and reopened mid-call (history re-rendered; once mid-row)',
    url: 'https://us04web.zoom.us/wc/70233019876/join',
    selfNames: ['Dr. Michael Brandt', 'Michael Brandt'],
    body: zoomShell([DR, PT]),
    async play(p) {
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 6, mode: 'modulo', clock: '08:05:30', legacy: true });
      panel.open();
      await p.sleep(200);
      await panel.say(DR, T.c1, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p2, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c3, { step: 50 });
      await p.sleep(250);
      await panel.say(DR, T.c4, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p5, { step: 60 });
      await p.sleep(400);
      panel.close(); // the clinician clicks the panel's close button
      await p.sleep(300);
      await panel.say(PT, T.p6, { step: 60 }); // nothing on screen shows it yet
      await p.sleep(250);
      await panel.say(PT, T.p7, { step: 60 });
      await p.sleep(500);
      panel.open(); // Captions → View full transcript: rows 2..7 rendered at once
      await p.sleep(1000);
      await panel.say(DR, T.c8, { step: 50 });
      await p.sleep(250);
      await panel.say(DR, T.c9, {
        step: 60,
        onWord: (i) => {
          if (i === 4) panel.close();
          if (i === 9) panel.open();
        },
      });
      await p.sleep(900);
      await panel.say(PT, T.p10, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c11, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p12, { step: 60 });
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex(DR.name, 'clinician', T.c1),
      ex(PT.name, 'patient', T.p2),
      ex(DR.name, 'clinician', T.c3, T.c4),
      ex(PT.name, 'patient', T.p5, T.p6, T.p7),
      ex(DR.name, 'clinician', T.c8, T.c9),
      ex(PT.name, 'patient', T.p10),
      ex(DR.name, 'clinician', T.c11),
      ex(PT.name, 'patient', T.p12),
    ],
    forbidden: [...ZOOM_UI, '08:0'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z7: switching between the bottom subtitle overlay and the panel. Overlay only (no names; photo
// avatar loads after the initials; system line) → the panel is opened (history rendered) while the
// overlay still shows the same live words → subtitles hidden (overlay root removed) → panel closed
// and subtitles shown again (a new overlay root; a returning speaker shows their accumulated window).
// §3.3, §3.4, §8.11, §9.
const z7 = (() => {
  const DR: Person = { name: 'Dr. Elena Novak', letter: 'E', initials: 'EN', avatar: 'https://us04web.zoom.us/p/v2/e1e2e3/elena-novak.jpg' };
  const PT: Person = { name: 'Samuel Diaz', letter: 'S', initials: 'SD' };
  const T = {
    c1: "Hi Samuel, I'm Dr. Novak. I'll be covering for Dr. Patel today.",
    p2: "Nice to meet you. I'm calling about my asthma.",
    c3: 'Of course. How often are you using your rescue inhaler right now, and has anything changed recently at home, at work, or with the weather?',
    p4: "About four times a week, mostly when I'm walking to the bus in the cold.",
    c5: "Okay. That tells me your asthma isn't fully controlled.",
    p6: 'Should I be taking something every day instead?',
    c7: "Yes. I'd like to start a daily inhaled steroid, one puff twice a day.",
    c8: 'Keep the rescue inhaler for flare-ups.',
    p9: 'Got it. Is it okay to use both on the same day?',
    c10: "Yes, that's fine. We'll check in again in four weeks.",
  };
  let panel: ZoomPanel;
  let ov: ZoomOverlay;
  let loaded = false; // the photo loads once; until then the overlay shows the initials bubble
  const say = (who: Person, text: string, overlayToo: boolean, step = 55) =>
    panel.say(who, text, {
      step,
      onWord: (i, w) => {
        if (!overlayToo) return;
        ov.push(who, w, who === DR && !loaded);
        if (i === 2 && who === DR && !loaded) {
          loaded = true;
          ov.avatarLoaded();
        }
      },
    });
  const s: Scenario = {
    name: 'Z7 overlay → panel (both live) → overlay hidden → panel closed, overlay back (accumulated window)',
    url: 'https://us04web.zoom.us/wc/85500173624/join?fromPWA=1',
    selfNames: ['Dr. Elena Novak'],
    body: zoomShell([DR, PT]),
    async play(p) {
      const host = () => q(p.doc, '.main-layout__bottom');
      ov = new ZoomOverlay(host);
      panel = new ZoomPanel(p, () => q(p.doc, '#wc-container-right'), { size: 6, mode: 'inorder', clock: '13:10:00' });
      ov.show('Captions will be shown in English (US)');
      await p.sleep(700);
      await say(DR, T.c1, true);
      await p.sleep(900);
      await say(PT, T.p2, true);
      await p.sleep(900);
      await say(DR, T.c3, true, 45); // longer than the window: leading words roll off
      await p.sleep(900);
      await say(PT, T.p4, true);
      await p.sleep(700);
      panel.open(); // More → Captions → View full transcript; the overlay stays on
      await p.sleep(800);
      await say(DR, T.c5, true); // the same words in both places
      await p.sleep(500);
      ov.hide(); // Hide captions: the overlay root goes away
      await p.sleep(500);
      await say(PT, T.p6, false);
      await p.sleep(900);
      await say(DR, T.c7, false);
      await p.sleep(250);
      await say(DR, T.c8, false);
      await p.sleep(600);
      panel.close();
      await p.sleep(300);
      ov.show('Captions will be shown in English (US)'); // Show captions: a new root
      await p.sleep(600);
      await say(PT, T.p9, true);
      await p.sleep(900);
      await say(DR, T.c10, true);
    },
    leave: (p) => zoomLeave(p.doc),
    expected: [
      ex({ key: 'clin' }, undefined, T.c1),
      ex({ key: 'pt' }, undefined, T.p2),
      ex({ key: 'clin' }, undefined, T.c3),
      ex({ key: 'pt' }, undefined, T.p4),
      ex(DR.name, 'clinician', T.c5),
      ex(PT.name, 'patient', T.p6),
      ex(DR.name, 'clinician', T.c7, T.c8),
      ex({ key: 'pt' }, undefined, T.p9),
      ex({ key: 'clin' }, undefined, T.c10),
    ],
    forbidden: [...ZOOM_UI, 'English (US)', '13:1'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// Z8: the meeting inside the same-origin iframe #webclient, Spanish UI (localized panel label) and
// dialogue; the patient posts in chat; the clinician scrolls to the very top to re-read and back;
// a row revised while unseen. §3.1 (iframe), §3.4 (localized, virtualized, revisions), §9.
const z8 = (() => {
  const DR: Person = { name: 'Dra. Lucía Fernández', letter: 'L', initials: 'LF', avatar: 'https://us04web.zoom.us/p/v2/aa01bb/lucia.jpg' };
  const PT: Person = { name: 'Jorge Castillo', letter: 'J', initials: 'JC' };
  const T = {
    c1: 'Buenos días, Jorge. ¿Cómo sigue la tos desde la última consulta?',
    p2: 'Buenos días, doctora. La tos está mejor, pero todavía me canso al subir escaleras.',
    c3: '¿Ha tenido fiebre o dolor en el pecho esta semana?',
    p4raw: 'Fiebre no, dolor en el pecho. Un poco cuando toso fuer',
    p4: 'Fiebre no. Dolor en el pecho un poco, cuando toso fuerte.',
    c5: 'Entiendo. ¿Sigue tomando el jarabe que le receté?',
    p6: 'Sí, dos veces al día, aunque a veces se me olvida la dosis de la noche.',
    c7: 'Vale. Déjeme revisar lo que me dijo la semana pasada.',
    p8: 'Tranquila, doctora, la espero.',
    p9raw: 'Mientras tanto puedo seguir yendo al gimna',
    p9: 'Mientras tanto, ¿puedo seguir yendo al gimnasio?',
    c10: 'Sí, pero con ejercicio suave durante dos semanas más.',
    c11: 'Le voy a enviar la receta por el portal del paciente.',
    p12: 'Muchas gracias, doctora. Hasta luego.',
  };
  const CHAT = 'Le mandé la foto del termómetro por el portal';
  let panel: ZoomPanel;
  let idoc: Document;
  const s: Scenario = {
    name: 'Z8 iframe #webclient, Spanish: chat message, scroll to top and back, row revised unseen',
    url: 'https://app.zoom.us/wc/93384412077/join?fromPWA=1',
    selfNames: ['Dra. Lucía Fernández', 'Lucía Fernández'],
    body: '<div id="pwa-root"><iframe id="webclient" title="Zoom"></iframe></div>',
    prepare(p) {
      idoc = q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument!;
      idoc.body.innerHTML = zoomShell([DR, PT], true);
    },
    async play(p) {
      panel = new ZoomPanel(p, () => q(idoc, '#wc-container-right'), {
        size: 5,
        mode: 'modulo',
        clock: '12:40:18',
        label: 'Lista de transcripción en directo',
        title: 'Transcripción',
        search: 'Buscar en la transcripción',
        save: 'Guardar transcripción',
      });
      panel.open();
      await p.sleep(200);
      await panel.say(DR, T.c1, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p2, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c3, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p4raw, { step: 60, final: T.p4 });
      await p.sleep(400);
      // The patient types in chat; the clinician has the chat panel open next to the transcript.
      q(idoc, '#wc-container-right').appendChild(
        el<HTMLElement>(
          idoc,
          `<div class="chat-container"><div class="chat-item-container"><div class="chat-item__sender">${PT.name}</div><div class="chat-message__text-box"><div class="chat-message__text-content">${CHAT}</div></div></div></div>`,
        ),
      );
      await p.sleep(500);
      await panel.say(DR, T.c5, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p6, { step: 60 });
      await p.sleep(800);
      await panel.say(DR, T.c7, { step: 50 });
      await p.sleep(300);
      panel.scrollToTop(); // back to the first rows of the call
      await p.sleep(600);
      await panel.say(PT, T.p8, { step: 60 }); // unseen
      await p.sleep(250);
      const r9 = await panel.say(PT, T.p9raw, { step: 60 }); // unseen
      await p.sleep(300);
      panel.revise(r9, T.p9); // unseen
      await p.sleep(300);
      panel.scrollBy(1);
      await p.sleep(400);
      panel.scrollToBottom();
      await p.sleep(1000);
      await panel.say(DR, T.c10, { step: 50 });
      await p.sleep(250);
      await panel.say(DR, T.c11, { step: 50 });
      await p.sleep(800);
      await panel.say(PT, T.p12, { step: 60 });
    },
    leave: () => zoomLeave(idoc),
    expected: [
      ex(DR.name, 'clinician', T.c1),
      ex(PT.name, 'patient', T.p2),
      ex(DR.name, 'clinician', T.c3),
      ex(PT.name, 'patient', T.p4),
      ex(DR.name, 'clinician', T.c5),
      ex(PT.name, 'patient', T.p6),
      ex(DR.name, 'clinician', T.c7),
      ex(PT.name, 'patient', T.p8, T.p9),
      ex(DR.name, 'clinician', T.c10, T.c11),
      ex(PT.name, 'patient', T.p12),
    ],
    loose: true,
    forbidden: ['Guardar transcripción', 'Buscar en la transcripción', 'Le mandé la foto', 'Silenciar', 'Participantes', 'Salir', 'You have left', '12:4'],
  };
  return s;
})();

export const zoomScenarios: Scenario[] = [z1, z2, z3, z4, z5, z6, z7, z8];
