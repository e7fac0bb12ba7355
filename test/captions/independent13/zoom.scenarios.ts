// Round 13, Zoom web client: whole sentences that appear at once, and sentences said again.
// Written ONLY from /work/shared/research/caption-platforms.md (§3.1 URL, same-origin iframe
// `#webclient` or top-document builds, in-call markers `#audioOptionMenu` / footer leave button; §3.3
// the overlay: one persistent rolling node rewritten in place, no name (img or initials), TT's
// img → participant-tile name lookup, "when speakers interleave, the overlay flips away and then returns
// showing the earlier speaker's ACCUMULATED window", system lines; §3.4 the full-transcript panel: rows
// with name/time/message, continuation rows without a name, React-virtualised rows recycled for
// different utterances, letter avatar inside the title; §8.8, §8.9) and the runner's API
// (test/captions/independent/kit.ts, runner.ts). No product code or fixture was read.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://app.zoom.us/wc/81234567890/join?fromPWA=1';
const SELF = 'Dr. Alice Smith';
const ALICE_IMG = 'https://us04web.zoom.us/p/v2/alice-smith.jpg';
const JORDAN_IMG = 'https://us04web.zoom.us/p/v2/jordan-lee.jpg';

/** Participant tiles: TT's lookup takes `img.parentElement.nextSibling.textContent` (§3.3). */
const TILES = `<div class="gallery-video-container"><div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${ALICE_IMG}" alt=""></div><span class="video-avatar__avatar-footer">${SELF}</span></div><div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${JORDAN_IMG}" alt=""></div><span class="video-avatar__avatar-footer">Jordan Lee</span></div><div class="video-avatar__avatar"><div class="video-avatar__avatar-initials">SL</div><span class="video-avatar__avatar-footer">Sam Lee</span></div></div>`;
const FOOTER = '<div id="wc-footer"><button id="audioOptionMenu" aria-label="Audio">Audio</button><div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div></div>';

const meetingHtml = (inner: string) => `<div id="wc-container"><div id="zmmtg-root">${TILES}${inner}${FOOTER}</div></div>`;
const OVERLAY = '<div class="live-transcription-subtitle__box"></div>';
const FORBIDDEN = ['Captions will be shown in English (US)', 'English (US)', 'You have left the meeting', 'Connecting'];

function leaveIn(doc: Document) {
  // The meeting UI unmounts and the post-call notice replaces it.
  q(doc, '#wc-container').remove();
  doc.body.appendChild(el(doc, '<div class="zm-modal-body-title">You have left the meeting</div>'));
}

function frameDoc(p: Page): Document {
  const d = q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

// ---------------------------------------------------------------------------------------------------
// Overlay (§3.3)

interface Who {
  key: string;
  img?: string;
  initials?: string;
}
const ALICE: Who = { key: 'alice', img: ALICE_IMG };
const JORDAN: Who = { key: 'jordan', img: JORDAN_IMG };
const SAM: Who = { key: 'sam', initials: 'SL' };

/** Rolling window: old words drop off the front (research: about 100–150 chars). */
const MAX = 120;
function roll(s: string): string {
  const words = s.split(' ').filter(Boolean);
  while (words.join(' ').length > MAX && words.length > 1) words.shift();
  return words.join(' ');
}

class Overlay {
  private row: HTMLElement | null = null;
  private node: Text | null = null;
  private current: string | null = null;
  private windows = new Map<string, string>();
  constructor(
    private p: Page,
    private doc: Document,
  ) {}

  private avatar(w: Who): Element {
    return w.img ? el(this.doc, `<img src="${w.img}" alt="">`) : el(this.doc, `<span>${w.initials}</span>`);
  }

  /** Shows `text` for `w` in one write (creating the row, or swapping the avatar on a flip). */
  private show(w: Who, text: string) {
    if (!this.row) {
      const box = q(this.doc, '.live-transcription-subtitle__box');
      this.row = el<HTMLElement>(this.doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
      this.node = this.doc.createTextNode('');
      this.row.firstElementChild!.appendChild(this.node);
      box.appendChild(this.row);
    }
    if (this.current !== w.key) {
      const first = this.row.firstChild!;
      const isItem = first.nodeType === 1 && (first as Element).classList.contains('live-transcription-subtitle__item');
      if (isItem) this.row.insertBefore(this.avatar(w), first);
      else this.row.replaceChild(this.avatar(w), first);
      this.current = w.key;
    }
    this.node!.data = text;
    this.windows.set(w.key, text);
  }

  /** A system line in the caption area, no avatar (§3.3 noise). */
  system(text: string) {
    const box = q(this.doc, '.live-transcription-subtitle__box');
    this.row = el<HTMLElement>(this.doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
    this.node = this.doc.createTextNode(text);
    this.row.firstElementChild!.appendChild(this.node);
    box.appendChild(this.row);
  }

  /** The overlay flips back to `w` and shows their accumulated window again — no new words. */
  async flipBack(w: Who, showMs = 400) {
    this.show(w, this.windows.get(w.key) ?? '');
    await this.p.sleep(showMs);
  }

  /**
   * `w` says `sentence`. A returning speaker's accumulated window is shown first (flip, not speech);
   * a first-time speaker's flip already carries the first word. `once` appends the whole sentence in
   * one write.
   */
  async say(w: Who, sentence: string, opts: { once?: boolean; step?: number; showMs?: number } = {}) {
    const step = opts.step ?? 200;
    const prior = this.windows.get(w.key) ?? '';
    if (this.current !== w.key && prior) await this.flipBack(w, opts.showMs ?? 400);
    if (opts.once) {
      this.show(w, roll(`${prior} ${sentence}`));
      await this.p.sleep(step);
      return;
    }
    let win = prior;
    for (const word of sentence.split(' ')) {
      win = roll(`${win} ${word}`);
      this.show(w, win);
      await this.p.sleep(step);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Full transcript panel (§3.4)

interface Row {
  name: string;
  time: string;
  msg: string;
  title: boolean;
}
const LETTER: Record<string, string> = { [SELF]: `<img src="${ALICE_IMG}" alt="">`, 'Jordan Lee': 'J' };

function rowHtml(r: Row): string {
  return r.title
    ? `<div class="lt-full-transcript__item lt-full-transcript__title--first"><div class="lt-full-transcript__avatar">${LETTER[r.name]}</div><span class="lt-full-transcript__display-name">${r.name}</span><span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message">${r.msg}</div></div>`
    : `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message">${r.msg}</div></div>`;
}

/**
 * A virtualised panel with a fixed number of row slots. When the list scrolls, slot elements are
 * recycled by rewriting all their text with the next rows' content (§3.4 "recycles row elements for
 * different utterances"; plan: "Recycle a row element by rewriting all of its text when the list
 * scrolls"). The slot count is not documented; 4 is a short panel.
 */
class Panel {
  rows: Row[] = [];
  constructor(
    private p: Page,
    private slots = 4,
  ) {}
  private get list() {
    return q(this.p.doc, '[aria-label="Live Transcription List"]');
  }
  private text(slot: Element, sel: string, value: string) {
    const n = slot.querySelector(sel)!;
    if (n.textContent === value) return; // React leaves unchanged text alone
    if (n.firstChild && n.firstChild.nodeType === 3 && n.childNodes.length === 1) (n.firstChild as Text).data = value;
    else n.textContent = value;
  }
  /** Renders the last `slots` rows into the slot elements (patching in place, React style). */
  private render() {
    const start = Math.max(0, this.rows.length - this.slots);
    const visible = this.rows.slice(start);
    const list = this.list;
    visible.forEach((r, i) => {
      const slot = list.children[i];
      if (!slot) {
        list.appendChild(el(this.p.doc, rowHtml(r)));
        return;
      }
      const isTitle = slot.classList.contains('lt-full-transcript__title--first');
      if (isTitle !== r.title) {
        const fresh = el(this.p.doc, rowHtml(r));
        slot.className = fresh.className;
        slot.replaceChildren(...Array.from(fresh.childNodes));
        return;
      }
      if (r.title) {
        const av = slot.querySelector('.lt-full-transcript__avatar')!;
        if (av.innerHTML !== LETTER[r.name]) av.innerHTML = LETTER[r.name]!;
        this.text(slot, '.lt-full-transcript__display-name', r.name);
      }
      this.text(slot, '.lt-full-transcript__time', r.time);
      this.text(slot, '.lt-full-transcript__message', r.msg);
    });
  }
  /** Adds rows (one task; several = a burst). Title rows start a new speaker group. */
  add(...items: [name: string, time: string, msg: string][]) {
    for (const [name, time, msg] of items) {
      const prev = this.rows[this.rows.length - 1];
      this.rows.push({ name, time, msg, title: !prev || prev.name !== name });
    }
    this.render();
  }
  /** The newest row's message grows word by word in place. */
  async say(name: string, time: string, text: string, step = 220) {
    const words = text.split(' ');
    this.add([name, time, words[0]!]);
    await this.p.sleep(step);
    for (let i = 2; i <= words.length; i++) {
      this.rows[this.rows.length - 1]!.msg = words.slice(0, i).join(' ');
      this.render();
      await this.p.sleep(step);
    }
  }
}

export const zoomScenarios: Scenario[] = [
  {
    // §3.3: "when speakers interleave, the overlay flips away and then returns showing the earlier
    // speaker's ACCUMULATED window". Alice's "Can you hear me now?" is shown again on every flip back
    // (not speech), once with no new words at all (I assume a flip back can happen on a late revision of
    // the earlier segment — the research does not say what triggers a flip), and later she GENUINELY
    // repeats "Can you hear me now?", appended to the same window. Only the genuine repeat is new.
    name: 'zoom overlay: flip-backs re-show a window vs. a genuine repeat of the same question',
    url: URL,
    selfNames: [SELF],
    body: meetingHtml(OVERLAY),
    productTiming: true,
    forbidden: FORBIDDEN,
    async play(p) {
      const o = new Overlay(p, p.doc);
      await o.say(ALICE, 'Can you hear me now?');
      await p.sleep(500);
      await o.say(JORDAN, 'Yes, I can hear you.');
      await p.sleep(300);
      await o.flipBack(ALICE, 700); // re-shown, nothing new
      await p.sleep(200);
      await o.say(JORDAN, 'Go ahead.');
      await p.sleep(500);
      await o.say(ALICE, 'Good, let us start with your blood pressure.');
      await p.sleep(500);
      await o.say(JORDAN, 'It was high this morning.');
      await p.sleep(1200);
      await o.say(ALICE, 'Can you hear me now?', { showMs: 600 });
      await p.sleep(500);
      await o.say(JORDAN, 'Yes, you cut out for a second.');
    },
    leave: (p) => leaveIn(p.doc),
    expected: [
      { speaker: { key: 'alice' }, text: 'Can you hear me now?' },
      { speaker: { key: 'jordan' }, text: 'Yes, I can hear you. Go ahead.' },
      { speaker: { key: 'alice' }, text: 'Good, let us start with your blood pressure.' },
      { speaker: { key: 'jordan' }, text: 'It was high this morning.' },
      { speaker: { key: 'alice' }, text: 'Can you hear me now?' },
      { speaker: { key: 'jordan' }, text: 'Yes, you cut out for a second.' },
    ],
  },
  {
    // §3.3 rolling window (~120 chars here): Jordan's first "Could you repeat that please?" has rolled
    // off the front of his window by the time he says it again; the repeat is appended in ONE write (the
    // same write also drops words off the front). Before it, the flip back re-shows his rolled window.
    // Sam (initials avatar) interjects once.
    name: 'zoom overlay: a rolled-off question repeated in one write after a flip back',
    url: URL,
    selfNames: [SELF],
    body: meetingHtml(OVERLAY),
    forbidden: FORBIDDEN,
    async play(p) {
      const o = new Overlay(p, p.doc);
      await o.say(JORDAN, 'Could you repeat that please?', { step: 140 });
      await p.sleep(400);
      await o.say(ALICE, 'I said the new dose starts on Friday morning.', { step: 140 });
      await p.sleep(400);
      await o.say(
        JORDAN,
        'Okay, Friday morning, and I keep taking the old tablets until then, and I should call the pharmacy to check the refill is ready.',
        { step: 140 },
      );
      await p.sleep(400);
      await o.say(ALICE, 'Yes, and bring the old bottle to your next visit.', { step: 140 });
      await p.sleep(400);
      await o.say(SAM, 'He will.', { step: 140 });
      await p.sleep(400);
      await o.say(JORDAN, 'Could you repeat that please?', { once: true, showMs: 500 });
      await p.sleep(600);
      await o.say(ALICE, 'Bring the old bottle to your next visit.', { step: 140 });
    },
    leave: (p) => leaveIn(p.doc),
    expected: [
      { speaker: { key: 'jordan' }, text: 'Could you repeat that please?' },
      { speaker: { key: 'alice' }, text: 'I said the new dose starts on Friday morning.' },
      {
        speaker: { key: 'jordan' },
        text: 'Okay, Friday morning, and I keep taking the old tablets until then, and I should call the pharmacy to check the refill is ready.',
      },
      { speaker: { key: 'alice' }, text: 'Yes, and bring the old bottle to your next visit.' },
      { speaker: { key: 'sam' }, text: 'He will.' },
      { speaker: { key: 'jordan' }, text: 'Could you repeat that please?' },
      { speaker: { key: 'alice' }, text: 'Bring the old bottle to your next visit.' },
    ],
  },
  {
    // §3.4 panel only (the research does not say whether the bottom overlay stays visible while the
    // panel is open; I leave it out). Rows carry names; continuation rows carry none; the list is
    // virtualised and recycles row elements by rewriting their text when it scrolls (4 slots here).
    // Alice's "I will send it today." scrolls out; a two-row burst arrives in one task; then Alice says
    // "I will send it today." again as a CONTINUATION row (no name), whole, in one write, which also
    // recycles every slot. Timestamps differ, as they would.
    name: 'zoom panel: burst rows, recycled slots and a repeated sentence in a nameless continuation row',
    url: URL,
    selfNames: [SELF],
    body: meetingHtml('<div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div>'),
    productTiming: true,
    forbidden: [...FORBIDDEN, '10:0', 'JJordan'],
    async play(p) {
      const panel = new Panel(p, 4);
      await panel.say(SELF, '10:02:11', 'I will send it today.');
      await p.sleep(300);
      panel.add([SELF, '10:02:14', 'The referral letter, I mean.']);
      await p.sleep(700);
      await panel.say('Jordan Lee', '10:02:18', 'Thank you, doctor.');
      await p.sleep(1200);
      await panel.say(SELF, '10:03:40', 'Any questions about the referral?');
      await p.sleep(1000);
      panel.add(['Jordan Lee', '10:03:45', 'No, that is clear.'], [SELF, '10:03:47', 'Then we are nearly done.']);
      await p.sleep(1200);
      panel.add([SELF, '10:03:52', 'I will send it today.']);
      await p.sleep(1000);
      await panel.say('Jordan Lee', '10:03:58', 'Great, I will look out for it.');
    },
    leave: (p) => leaveIn(p.doc),
    expected: [
      { speaker: SELF, text: 'I will send it today.' },
      { speaker: SELF, text: 'The referral letter, I mean.' },
      { speaker: 'Jordan Lee', text: 'Thank you, doctor.' },
      { speaker: SELF, text: 'Any questions about the referral?' },
      { speaker: 'Jordan Lee', text: 'No, that is clear.' },
      { speaker: SELF, text: 'Then we are nearly done.' },
      { speaker: SELF, text: 'I will send it today.' },
      { speaker: 'Jordan Lee', text: 'Great, I will look out for it.' },
    ],
  },
  {
    // §3.1: the meeting UI lives in the same-origin iframe #webclient. §3.3: a system line sits in the
    // caption area first. The same sentence "I will send it today." is said by two speakers: Jordan's
    // arrives whole in the first write of his window (fast recogniser), Alice's is appended whole to
    // her accumulated window after a flip back.
    name: 'zoom overlay in #webclient: the same sentence by two speakers, both whole',
    url: URL,
    selfNames: [SELF],
    body: '<div id="app-shell"><iframe id="webclient" title="Zoom web client"></iframe></div>',
    prepare(p) {
      frameDoc(p).body.innerHTML = meetingHtml(OVERLAY);
    },
    forbidden: FORBIDDEN,
    async play(p) {
      const d = frameDoc(p);
      const o = new Overlay(p, d);
      o.system('Captions will be shown in English (US)');
      await p.sleep(800);
      await o.say(ALICE, 'Please upload the photos of the rash.', { step: 150 });
      await p.sleep(500);
      await o.say(JORDAN, 'I will send it today.', { once: true });
      await p.sleep(700);
      await o.say(ALICE, 'Good. Your prescription is ready.', { step: 150 });
      await p.sleep(300);
      await o.say(ALICE, 'I will send it today.', { once: true });
      await p.sleep(700);
      await o.say(JORDAN, 'Great, thanks.', { step: 150 });
    },
    leave: (p) => leaveIn(frameDoc(p)),
    expected: [
      { speaker: { key: 'alice' }, text: 'Please upload the photos of the rash.' },
      { speaker: { key: 'jordan' }, text: 'I will send it today.' },
      { speaker: { key: 'alice' }, text: 'Good. Your prescription is ready.' },
      { speaker: { key: 'alice' }, text: 'I will send it today.' },
      { speaker: { key: 'jordan' }, text: 'Great, thanks.' },
    ],
  },
];
