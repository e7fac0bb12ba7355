// Round 12, Zoom web client: exact repeats and short turns. Written ONLY from
// /work/shared/research/caption-platforms.md and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixture was read. Sections relied on:
//   §3.1 `/wc/<id>/join` URLs on `us04web.zoom.us`, the same-origin `<iframe id="webclient">` (and
//   builds rendering in the top document, `#wc-container`/`#zmmtg-root`), in-call markers
//   `#audioOptionMenu` and `#wc-footer .footer__leave-btn-container button`; §3.2 captions turned on/off
//   from the menu; §3.3 the overlay: ONE persistent `#live-transcription-subtitle` row whose
//   `.live-transcription-subtitle__item` text is rewritten in place and rolls (old words drop off the
//   front), no speaker name (img avatar with empty alt, or an initials `<span>`), "when speakers
//   interleave, the overlay flips away and then returns showing the earlier speaker's ACCUMULATED
//   window", participant-tile img lookup (`img.parentElement.nextSibling`); §3.4 the full-transcript
//   panel: `#full-transcription.new-lt-list-container[aria-label="Live Transcription List"]`, rows
//   `.lt-full-transcript__item` with avatar / display-name / time / message, consecutive utterances of
//   one person grouped under one header (`…__title--first`; continuation rows carry no speaker), letter
//   avatars, "the list is React-virtualized and recycles row elements for different utterances", the
//   ASR re-punctuates; §9 checklist: captions off removes the root, on again gives a NEW root node.
// The overlay carries no names, so overlay scenarios use speaker keys ({ key }).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://us04web.zoom.us/wc/84512399012/join?fromPWA=1';
const DOC = 'Dr. Hannah Okafor';
const PAT = 'Ana Costa';
const SELF = [DOC];
const PAT_IMG = 'https://us04images.zoom.us/p/v2/7f3c1a2b9e/ana-costa-1a2b.jpg';
const DOC_IMG = 'https://us04images.zoom.us/p/v2/0d9e8f7a6b/hannah-okafor-9f8e.jpg';

const TILES = `<div class="gallery-video-container__wrap">
  <div class="video-avatar__avatar"><div class="video-avatar__avatar-img-box"><img class="video-avatar__avatar-img" src="${PAT_IMG}" alt=""></div><span class="video-avatar__avatar-footer">${PAT}</span></div>
  <div class="video-avatar__avatar"><div class="video-avatar__avatar-img-box"><span class="video-avatar__avatar-initials">HO</span></div><span class="video-avatar__avatar-footer">${DOC}</span></div>
</div>`;
const FOOTER = `<div id="wc-footer" class="footer"><div class="footer__inner"><button id="audioOptionMenu" aria-label="Audio options"></button><div class="footer__leave-btn-container"><button class="footer__leave-btn" aria-label="Leave">Leave</button></div></div></div>`;
const BOX = `<div class="live-transcription-subtitle__box"></div>`;
const PANEL = `<div class="transcript-panel"><div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div></div>`;
const meeting = (captions: string) => `<div id="wc-container"><div id="zmmtg-root">${TILES}${captions}${FOOTER}</div></div>`;

/** The document holding the meeting UI: the `#webclient` iframe's when present, else the top one. */
function zdoc(p: Page): Document {
  const f = p.doc.getElementById('webclient') as HTMLIFrameElement | null;
  return f?.contentDocument ?? p.doc;
}

function leave(p: Page) {
  const d = zdoc(p);
  d.getElementById('wc-footer')?.remove();
  d.querySelector('.live-transcription-subtitle__box')?.remove();
  d.querySelector('.transcript-panel')?.remove();
}

// ---------------------------------------------------------------------------------------------------
// Overlay model (§3.3): one row, avatar swapped per speaker, per-speaker accumulated rolling window.

interface Avatar {
  img?: string;
  initials?: string;
}

class Overlay {
  private acc = new Map<string, string[]>();
  private cur: string | undefined;
  constructor(
    private p: Page,
    private spk: Record<string, Avatar>,
    private max = 130,
  ) {}
  private get doc() {
    return zdoc(this.p);
  }
  private view(words: string[]): string {
    let i = 0;
    while (words.slice(i).join(' ').length > this.max) i++;
    return words.slice(i).join(' ');
  }
  private avatar(key: string): Element {
    const a = this.spk[key]!;
    return a.img ? el(this.doc, `<img src="${a.img}" alt="">`) : el(this.doc, `<span>${a.initials}</span>`);
  }
  /** Captions turned off and on: the new box starts without any accumulated text (my assumption). */
  reset() {
    this.acc.clear();
    this.cur = undefined;
  }
  /**
   * The speaker `key` says `raw` (word by word into the rolling window), optionally re-punctuated to
   * `final` (same utterance). `accFirst`: when the overlay flips back to this speaker, it first shows
   * the accumulated window alone for a moment before the new words arrive.
   */
  async speak(key: string, raw: string, final?: string, step = 200, accFirst = false) {
    const words = raw.split(' ');
    const acc = this.acc.get(key) ?? [];
    this.acc.set(key, acc);
    let row: HTMLElement | null = this.doc.getElementById('live-transcription-subtitle');
    if (!row) {
      row = el<HTMLElement>(this.doc, `<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>`);
      row.prepend(this.avatar(key));
      q(row, '.live-transcription-subtitle__item').appendChild(this.doc.createTextNode(''));
      q(this.doc, '.live-transcription-subtitle__box').appendChild(row);
      this.cur = key;
    } else if (this.cur !== key) {
      row.replaceChild(this.avatar(key), row.firstChild!);
      this.cur = key;
    }
    const t = q(row, '.live-transcription-subtitle__item').firstChild as Text;
    if (accFirst && acc.length) {
      t.data = this.view(acc);
      await this.p.sleep(250);
    }
    for (const w of words) {
      acc.push(w);
      t.data = this.view(acc);
      await this.p.sleep(step);
    }
    if (final !== undefined) {
      acc.splice(acc.length - words.length, words.length, ...final.split(' '));
      t.data = this.view(acc);
      await this.p.sleep(step);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Panel model (§3.4): a virtualised list showing K rows; row elements are recycled for other
// utterances. How the recycling is ordered in the DOM is not documented; I keep DOM order = visual
// order (a recycled element is moved to its new position and all its parts are rewritten).

interface PanelUtt {
  name: string;
  time: string;
  text: string;
  first: boolean;
}

class Panel {
  utts: PanelUtt[] = [];
  private shown = new Map<number, HTMLElement>();
  private atBottom = true;
  constructor(
    private p: Page,
    private K: number,
    private avatars: Record<string, string>,
  ) {}
  private get doc() {
    return zdoc(this.p);
  }
  private list() {
    return q(this.doc, '#full-transcription');
  }
  private newRow(): HTMLElement {
    const r = el(this.doc, `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time"></span><div class="lt-full-transcript__message"></div></div>`);
    q(r, '.lt-full-transcript__time').appendChild(this.doc.createTextNode(''));
    q(r, '.lt-full-transcript__message').appendChild(this.doc.createTextNode(''));
    return r;
  }
  private fill(r: HTMLElement, u: PanelUtt) {
    r.querySelector('.lt-full-transcript__avatar')?.remove();
    r.querySelector('.lt-full-transcript__display-name')?.remove();
    r.classList.toggle('lt-full-transcript__title--first', u.first);
    if (u.first) {
      const a = this.avatars[u.name]!;
      const av = a.startsWith('http')
        ? `<div class="lt-full-transcript__avatar"><img src="${a}" alt=""></div>`
        : `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-letter">${a}</span></div>`;
      r.prepend(el(this.doc, av), el(this.doc, `<span class="lt-full-transcript__display-name">${u.name}</span>`));
    }
    (q(r, '.lt-full-transcript__time').firstChild as Text).data = u.time;
    (q(r, '.lt-full-transcript__message').firstChild as Text).data = u.text;
  }
  /** Shows utterances [start, start+K): keeps rows still in view, recycles the others. */
  private render(start: number) {
    const want: number[] = [];
    for (let i = start; i < Math.min(start + this.K, this.utts.length); i++) want.push(i);
    const free: HTMLElement[] = [];
    for (const [i, r] of [...this.shown]) {
      if (!want.includes(i)) {
        free.push(r);
        this.shown.delete(i);
      }
    }
    const l = this.list();
    let prev: Element | null = null;
    for (const i of want) {
      let r = this.shown.get(i);
      if (!r) {
        r = free.shift() ?? this.newRow();
        this.fill(r, this.utts[i]!);
        this.shown.set(i, r);
      }
      const slot: Element | null = prev ? prev.nextElementSibling : l.firstElementChild;
      if (slot !== r) l.insertBefore(r, slot);
      prev = r;
    }
    for (const r of free) r.remove();
  }
  scrollTo(start: number) {
    this.atBottom = start >= this.utts.length - this.K;
    this.render(Math.max(0, Math.min(start, this.utts.length - this.K)));
  }
  scrollToBottom() {
    this.scrollTo(this.utts.length);
  }
  /** A new utterance row at the tail, growing word by word, then re-punctuated. */
  async say(name: string, time: string, raw: string, final: string, step = 200) {
    const words = raw.split(' ');
    const last = this.utts[this.utts.length - 1];
    const u: PanelUtt = { name, time, text: words[0]!, first: !last || last.name !== name };
    this.utts.push(u);
    const idx = this.utts.length - 1;
    if (this.atBottom) this.render(Math.max(0, this.utts.length - this.K));
    const msg = () => this.shown.get(idx) && (q(this.shown.get(idx)!, '.lt-full-transcript__message').firstChild as Text);
    await this.p.sleep(step);
    for (let i = 2; i <= words.length; i++) {
      u.text = words.slice(0, i).join(' ');
      const m = msg();
      if (m) m.data = u.text;
      await this.p.sleep(step);
    }
    u.text = final;
    const m = msg();
    if (m) m.data = u.text;
    await this.p.sleep(step);
  }
}

const DOC_KEY = { key: 'clinician' };
const PAT_KEY = { key: 'patient' };
const OVERLAY_AVATARS: Record<string, Avatar> = { doc: { initials: 'HO' }, pat: { img: PAT_IMG } };
const PANEL_AVATARS: Record<string, string> = { [DOC]: DOC_IMG, [PAT]: 'A' };

export const zoomScenarios: Scenario[] = [
  {
    // §3.1 the meeting UI inside the same-origin `#webclient` iframe. §3.3 the overlay flips between
    // speakers and "returns showing the earlier speaker's ACCUMULATED window": each time the patient
    // answers "Yes." again, her row shows "Yes. yes" → "Yes. Yes." → later "Yes. Yes. Yes." — the old
    // "Yes." is shown again, the new one is said once. Here the flip back and the first new word arrive
    // in the same render (the plausible reading: the flip is caused by her new caption).
    name: 'zoom: overlay (iframe) — the patient\'s "Yes." comes back inside her accumulated window',
    url: URL,
    selfNames: SELF,
    body: `<div id="zoom-app-shell"><iframe id="webclient" title="Zoom web client"></iframe></div>`,
    prepare(p) {
      zdoc(p).body.innerHTML = meeting(BOX);
    },
    async play(p) {
      const o = new Overlay(p, OVERLAY_AVATARS);
      await o.speak('doc', 'did the new inhaler help', 'Did the new inhaler help?', 200);
      await p.sleep(800);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(900);
      await o.speak('doc', 'are you using it twice a day', 'Are you using it twice a day?', 200);
      await p.sleep(800);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(900);
      await o.speak('doc', 'and the spacer too', 'And the spacer too?', 200);
      await p.sleep(800);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(900);
      await o.speak('doc', 'good', 'Good.', 200);
      await p.sleep(500);
    },
    leave,
    expected: [
      { speaker: DOC_KEY, text: 'Did the new inhaler help?' },
      { speaker: PAT_KEY, text: 'Yes.' },
      { speaker: DOC_KEY, text: 'Are you using it twice a day?' },
      { speaker: PAT_KEY, text: 'Yes.' },
      { speaker: DOC_KEY, text: 'And the spacer too?' },
      { speaker: PAT_KEY, text: 'Yes.' },
      { speaker: DOC_KEY, text: 'Good.' },
    ],
  },
  {
    // §3.4 full-transcript panel, virtualised with 4 visible rows and recycled row elements. Both
    // speakers say "Okay." in turn; when a new row is needed, the element that showed an older "Okay."
    // (e.g. Ana's 10:14:07 row) is reused for Ana's new "Okay." at 10:14:18 — same name, same text,
    // only the time differs. A scroll-back re-renders old rows (old times) into recycled elements and
    // back; nothing was said then. §3.4 "consecutive utterances of one person are grouped under a single
    // name header": Ana's final "Bye." is a continuation row without a name.
    name: 'zoom: panel — "Okay." in turn by both speakers, recycled rows and a scroll-back',
    url: URL,
    selfNames: SELF,
    body: meeting(PANEL),
    productTiming: true,
    async play(p) {
      const pn = new Panel(p, 4, PANEL_AVATARS);
      await pn.say(DOC, '10:14:02', 'i have sent the new prescription to your pharmacy', 'I have sent the new prescription to your pharmacy.', 220);
      await p.sleep(1500);
      await pn.say(PAT, '10:14:07', 'okay', 'Okay.', 250);
      await p.sleep(1500);
      await pn.say(DOC, '10:14:09', 'okay', 'Okay.', 250);
      await p.sleep(1500);
      await pn.say(PAT, '10:14:11', 'okay', 'Okay.', 250);
      await p.sleep(1500);
      await pn.say(DOC, '10:14:14', 'okay and pick it up tomorrow', 'Okay, and pick it up tomorrow.', 220);
      await p.sleep(1500);
      await pn.say(PAT, '10:14:18', 'okay', 'Okay.', 250);
      await p.sleep(1600);
      pn.scrollTo(0); // the user scrolls back to the start
      await p.sleep(2200);
      pn.scrollToBottom();
      await p.sleep(1500);
      await pn.say(DOC, '10:14:21', 'bye for now', 'Bye for now.', 220);
      await p.sleep(1500);
      await pn.say(PAT, '10:14:23', 'okay', 'Okay.', 250);
      await p.sleep(1200);
      await pn.say(PAT, '10:14:26', 'bye', 'Bye.', 250);
      await p.sleep(1500);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'I have sent the new prescription to your pharmacy.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Okay.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Okay, and pick it up tomorrow.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Bye for now.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: PAT, text: 'Bye.' },
    ],
    forbidden: ['10:14', 'AAna'],
  },
  {
    // §3.4 panel, 5 visible rows, recycled elements. "Can you hear me?" is said at 09:30:04 and again
    // at 09:40:31 (after an audio drop). Ana's three "Yes." at the start are continuation rows under one
    // name header (no speaker in the DOM for rows 2 and 3). The user scrolls back to the top: recycled
    // elements show the first "Can you hear me?" and the three "Yes." again (with their old times,
    // the top-of-view continuation rows still without a name); then jumps back to the bottom before the
    // question is asked again.
    name: 'zoom: panel — "Can you hear me?" ten minutes apart, three "Yes." continuation rows, scroll-back',
    url: URL,
    selfNames: SELF,
    body: meeting(PANEL),
    async play(p) {
      const pn = new Panel(p, 5, PANEL_AVATARS);
      await pn.say(DOC, '09:30:04', 'can you hear me', 'Can you hear me?', 180);
      await p.sleep(700);
      await pn.say(PAT, '09:30:07', 'yes', 'Yes.', 220);
      await p.sleep(1000);
      await pn.say(PAT, '09:30:10', 'yes', 'Yes.', 220);
      await p.sleep(1000);
      await pn.say(PAT, '09:30:13', 'yes', 'Yes.', 220);
      await p.sleep(800);
      await pn.say(DOC, '09:30:19', 'sorry my audio lagged let us look at your results', 'Sorry, my audio lagged. Let us look at your results.', 160);
      await p.sleep(600);
      await pn.say(DOC, '09:30:26', 'your cholesterol is down', 'Your cholesterol is down.', 160);
      await p.sleep(700);
      await pn.say(PAT, '09:30:30', 'good', 'Good.', 220);
      await p.sleep(700);
      await pn.say(DOC, '09:30:33', 'and your blood pressure is normal', 'And your blood pressure is normal.', 160);
      await p.sleep(700);
      await pn.say(PAT, '09:30:37', 'great', 'Great.', 220);
      await p.sleep(1000);
      pn.scrollTo(1); // top of view: Ana's first "Yes." (with header), then two continuation rows
      await p.sleep(1200);
      pn.scrollTo(0);
      await p.sleep(1200);
      pn.scrollToBottom();
      await p.sleep(1000);
      await pn.say(DOC, '09:40:31', 'can you hear me', 'Can you hear me?', 180);
      await p.sleep(700);
      await pn.say(PAT, '09:40:35', 'yes', 'Yes.', 220);
      await p.sleep(700);
      await pn.say(PAT, '09:40:38', 'you cut out for a while', 'You cut out for a while.', 180);
      await p.sleep(700);
      await pn.say(DOC, '09:40:42', 'sorry about that', 'Sorry about that.', 180);
      await p.sleep(500);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'Sorry, my audio lagged. Let us look at your results.' },
      { speaker: DOC, text: 'Your cholesterol is down.' },
      { speaker: PAT, text: 'Good.' },
      { speaker: DOC, text: 'And your blood pressure is normal.' },
      { speaker: PAT, text: 'Great.' },
      { speaker: DOC, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'You cut out for a while.' },
      { speaker: DOC, text: 'Sorry about that.' },
    ],
    forbidden: ['09:30', '09:40', 'AAna'],
  },
  {
    // §3.3 overlay: the clinician's long explanation rolls (window of ~130 chars, old words drop off
    // the front); the patient's "Mm-hmm." backchannels accumulate in HER window, so the overlay shows
    // "Mm-hmm." → "Mm-hmm. Mm-hmm." → "Mm-hmm. Mm-hmm. Mm-hmm.". Here the flip back first shows the
    // accumulated window alone for 250 ms (a speaker-change render before the new words; the research
    // does not say which comes first, both readings are plausible). Two backchannels in a row by the
    // patient (no flip between) then "Okay.".
    name: 'zoom: overlay — "Mm-hmm." backchannels accumulate in the patient\'s window, clinician\'s window rolls',
    url: URL,
    selfNames: SELF,
    body: meeting(BOX),
    productTiming: true,
    async play(p) {
      const o = new Overlay(p, OVERLAY_AVATARS);
      await o.speak('doc', 'your blood sugar has been higher than we would like over the last three months', 'Your blood sugar has been higher than we would like over the last three months.', 200);
      await p.sleep(1300);
      await o.speak('pat', 'mm-hmm', 'Mm-hmm.', 250, true);
      await p.sleep(1300);
      await o.speak('doc', 'so i would like to add a second tablet in the evening with dinner', 'So I would like to add a second tablet in the evening with dinner.', 200, true);
      await p.sleep(1300);
      await o.speak('pat', 'mm-hmm', 'Mm-hmm.', 250, true);
      await p.sleep(1600);
      await o.speak('pat', 'mm-hmm', 'Mm-hmm.', 250, true);
      await p.sleep(1300);
      await o.speak('doc', 'it can upset your stomach for the first week or so', 'It can upset your stomach for the first week or so.', 200, true);
      await p.sleep(1300);
      await o.speak('pat', 'okay', 'Okay.', 250, true);
      await p.sleep(1300);
      await o.speak('doc', 'we will check again in three months', 'We will check again in three months.', 200, true);
      await p.sleep(1500);
    },
    leave,
    expected: [
      { speaker: DOC_KEY, text: 'Your blood sugar has been higher than we would like over the last three months.' },
      { speaker: PAT_KEY, text: 'Mm-hmm.' },
      { speaker: DOC_KEY, text: 'So I would like to add a second tablet in the evening with dinner.' },
      { speaker: PAT_KEY, text: 'Mm-hmm.' },
      { speaker: PAT_KEY, text: 'Mm-hmm.' },
      { speaker: DOC_KEY, text: 'It can upset your stomach for the first week or so.' },
      { speaker: PAT_KEY, text: 'Okay.' },
      { speaker: DOC_KEY, text: 'We will check again in three months.' },
    ],
  },
  {
    // §3.2 captions are turned off/on from the menu; §9 "off (the root is removed), then on again (a
    // NEW root node)". The research is silent on what the new box shows first; I model an empty box
    // and a fresh accumulated window. The patient's "Yes." is the last caption before captions go off
    // (300 ms after its final text) and the first after they come back.
    name: 'zoom: overlay — "Yes." right before and right after captions are turned off and on',
    url: URL,
    selfNames: SELF,
    body: meeting(BOX),
    async play(p) {
      const o = new Overlay(p, OVERLAY_AVATARS);
      await o.speak('doc', 'is the pain worse at night', 'Is the pain worse at night?', 200);
      await p.sleep(800);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(900);
      await o.speak('doc', 'does it wake you up', 'Does it wake you up?', 200);
      await p.sleep(800);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(300);
      const d = zdoc(p);
      q(d, '.live-transcription-subtitle__box').remove();
      o.reset();
      await p.sleep(2000);
      q(d, '#zmmtg-root').insertBefore(el(d, BOX), d.getElementById('wc-footer'));
      await p.sleep(400);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(900);
      await o.speak('doc', 'every night', 'Every night?', 200);
      await p.sleep(800);
      await o.speak('pat', 'yes', 'Yes.', 250);
      await p.sleep(500);
    },
    leave,
    expected: [
      { speaker: DOC_KEY, text: 'Is the pain worse at night?' },
      { speaker: PAT_KEY, text: 'Yes.' },
      { speaker: DOC_KEY, text: 'Does it wake you up?' },
      { speaker: PAT_KEY, text: 'Yes.' },
      { speaker: PAT_KEY, text: 'Yes.' },
      { speaker: DOC_KEY, text: 'Every night?' },
      { speaker: PAT_KEY, text: 'Yes.' },
    ],
  },
];
