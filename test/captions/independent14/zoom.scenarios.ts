// Round 14 (independent14), Zoom web client (incl. Zoom for Healthcare): ordinary clinical calls of
// 14–22 turns. Written only from /work/shared/research/caption-platforms.md (§3 Zoom, §7, §8, §9) and
// the test kit API (test/captions/independent/kit.ts, runner.ts). No product source, product fixtures
// or other scenario folders were read.
//
// Overlay (§3.3): div.live-transcription-subtitle__box › div#live-transcription-subtitle (one
// persistent row) › first child = avatar (<img alt=""> or an initials <span>) + span
// .live-transcription-subtitle__item whose single text node is rewritten in place; the text is a
// rolling window (~120 chars, old words drop off the front); no speaker name; when speakers alternate
// the row flips to the other speaker and, on return, shows that speaker's ACCUMULATED window again.
// Panel (§3.4): [aria-label="Live Transcription List"].new-lt-list-container#full-transcription ›
// .lt-full-transcript__item rows (avatar, display-name, time, message); consecutive utterances of one
// person are grouped under one header (first row has …__title--first), continuation rows have no
// name; the last row's text is revised; rows are recycled by a virtualised list.
// Frames (§3.1): the meeting UI lives in the same-origin iframe#webclient in some scenarios and in
// the top document in others. In-call markers: #audioOptionMenu and #wc-footer
// .footer__leave-btn-container button (§3.1); leaving removes them ("You have left the meeting").
// Assumptions where the research is silent are noted per scenario. Participant tiles hold the avatar
// img and the name as `img.parentElement.nextSibling` (the relation TT relies on, §3.3); the tile
// class names are mine.
// Roles: the extension user (selfNames) is the clinician, the other person the patient. In
// overlay-only scenarios speakers are `{ key }` (no name in the DOM) and no role is asserted.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

/** Cumulative states growing `prev` by the words of `add`, 1–2 words a step. */
function more(prev: string, add: string): string[] {
  const base = prev ? prev.split(' ') : [];
  const w = add.split(' ');
  const out: string[] = [];
  for (let i = 0, k = 0; i < w.length; ) {
    i = Math.min(w.length, i + (k++ % 2 === 0 ? 1 : 2));
    out.push([...base, ...w.slice(0, i)].join(' '));
  }
  return out;
}
const words = (text: string) => more('', text);

const PHOTO = (id: string) => `https://us04st1.zoom.us/p/v2/${id}/avatar.jpg`;
const tileImg = (src: string, name: string) =>
  `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${src}" alt=""></div><span class="video-avatar__avatar-footer"><span>${name}</span></span></div>`;

function zoomApp(o: { tiles: string; captions: boolean; panel?: boolean }): string {
  return `<div id="zmmtg-root"><div id="wc-container" class="meeting-client">
  <div class="meeting-client-inner">
    <div class="gallery-video-container">${o.tiles}</div>
    ${o.captions ? '<div class="live-transcription-subtitle__box"></div>' : ''}
  </div>
  ${
    o.panel
      ? '<div class="transcript-panel"><div class="transcript-panel__header">Transcript</div><div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div></div>'
      : ''
  }
  <div id="wc-footer" class="footer">
    <button id="audioOptionMenu" class="footer-button" aria-label="Audio options"></button>
    <button class="footer-button footer-button__more" aria-label="More">More</button>
    <div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div>
  </div>
</div></div>`;
}

const IFRAME_BODY = '<div id="app-root"><iframe id="webclient" title="Zoom web client"></iframe></div>';

/** The document holding the meeting UI: iframe#webclient's when present, else the top one. */
function zdoc(p: Page): Document {
  const f = p.doc.querySelector<HTMLIFrameElement>('#webclient');
  return f ? f.contentDocument! : p.doc;
}

function fillIframe(p: Page, html: string) {
  const d = zdoc(p);
  d.body.innerHTML = html;
}

function leave(p: Page) {
  const d = zdoc(p);
  d.querySelector('#zmmtg-root')?.remove();
  d.body.appendChild(el(d, '<div class="leave-meeting">You have left the meeting</div>'));
}

const NOISE = ['You have left the meeting', 'Captions will be shown in English (US)', 'Transcript', 'Leave'];

// ----- overlay --------------------------------------------------------------------------------------

const WINDOW = 120;
function windowOf(s: string): string {
  if (s.length <= WINDOW) return s;
  const cut = s.slice(s.length - WINDOW);
  const i = cut.indexOf(' ');
  return i >= 0 ? cut.slice(i + 1) : cut;
}

class Overlay {
  private acc = new Map<string, string>();
  private cur: string | null = null;
  constructor(
    private doc: Document,
    public avatars: Record<string, string>,
  ) {}

  private row(): { row: HTMLElement; text: Text } {
    const box = q(this.doc, '.live-transcription-subtitle__box');
    let row = box.querySelector<HTMLElement>('#live-transcription-subtitle');
    if (!row) {
      row = el<HTMLElement>(this.doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
      box.appendChild(row);
    }
    const item = q(row, '.live-transcription-subtitle__item');
    if (!item.firstChild) item.appendChild(this.doc.createTextNode(''));
    return { row, text: item.firstChild as Text };
  }

  /** Swaps the row's first child (img ↔ initials span) for the given avatar markup. */
  setAvatar(html: string) {
    const { row } = this.row();
    const av = el(this.doc, html);
    const first = row.firstElementChild!;
    if (first.classList.contains('live-transcription-subtitle__item')) row.insertBefore(av, first);
    else row.replaceChild(av, first);
  }

  /** Shows the speaker's accumulated text followed by `state` (the utterance so far), windowed. */
  show(key: string, state: string) {
    const { text } = this.row();
    if (this.cur !== key) {
      this.setAvatar(this.avatars[key]!);
      this.cur = key;
    }
    const prev = this.acc.get(key);
    const w = windowOf(prev ? `${prev} ${state}` : state);
    if (text.data !== w) text.data = w;
  }

  commit(key: string, final: string) {
    const prev = this.acc.get(key);
    this.acc.set(key, prev ? `${prev} ${final}` : final);
  }
}

type Step = string | (() => void);

/** One utterance on the overlay; function steps run in between (e.g. the avatar loading). */
async function ovSay(p: Page, ov: Overlay, key: string, steps: Step[], ms = 150) {
  let last = '';
  for (const s of steps) {
    if (typeof s === 'function') {
      s();
      continue;
    }
    ov.show(key, s);
    last = s;
    await p.sleep(ms);
  }
  ov.commit(key, last);
}

// ----- panel ----------------------------------------------------------------------------------------

interface PWho {
  key: string;
  name: string;
  /** Panel avatar: a photo URL, or a one-letter avatar. */
  photo?: string;
  letter?: string;
}
interface Row {
  who: PWho;
  text: string;
  time: string;
}

function setText(node: Element, s: string) {
  const t = node.firstChild;
  if (t && t.nodeType === 3) {
    if ((t as Text).data !== s) (t as Text).data = s;
  } else node.textContent = s;
}

class Panel {
  rows: Row[] = [];
  els: HTMLElement[] = [];
  start = 0;
  follow = true;
  constructor(
    private doc: Document,
    private cap = Infinity,
  ) {}

  private list() {
    return q(this.doc, '#full-transcription');
  }

  private isFirst(i: number) {
    return i === 0 || this.rows[i - 1]!.who !== this.rows[i]!.who;
  }

  /** Rewrites a row element to show row i (text nodes in place when the shape is the same). */
  private render(elm: HTMLElement, i: number) {
    const r = this.rows[i]!;
    const first = this.isFirst(i);
    const hasTitle = elm.classList.contains('lt-full-transcript__title--first');
    const avatar = r.who.photo ? `<img src="${r.who.photo}" alt="">` : (r.who.letter ?? '');
    if (elm.childElementCount === 0 || hasTitle !== first) {
      elm.className = first ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
      elm.innerHTML =
        (first
          ? `<div class="lt-full-transcript__avatar">${avatar}</div><span class="lt-full-transcript__display-name">${r.who.name}</span>`
          : '') + '<span class="lt-full-transcript__time"></span><div class="lt-full-transcript__message"></div>';
    } else if (first) {
      setText(q(elm, '.lt-full-transcript__display-name'), r.who.name);
      const av = q(elm, '.lt-full-transcript__avatar');
      if (av.innerHTML !== avatar) av.innerHTML = avatar;
    }
    setText(q(elm, '.lt-full-transcript__time'), r.time);
    setText(q(elm, '.lt-full-transcript__message'), r.text);
  }

  add(who: PWho, text: string, time: string) {
    this.rows.push({ who, text, time });
    const i = this.rows.length - 1;
    if (!this.follow) return; // scrolled up: the new row is not rendered
    let elm: HTMLElement;
    if (this.els.length < this.cap) {
      elm = this.doc.createElement('div');
      this.list().appendChild(elm);
      this.els.push(elm);
    } else {
      elm = this.els.shift()!; // recycle the top element for the new bottom row
      this.list().appendChild(elm);
      this.els.push(elm);
    }
    this.render(elm, i);
    this.start = this.rows.length - this.els.length;
  }

  update(text: string) {
    const i = this.rows.length - 1;
    this.rows[i]!.text = text;
    const k = i - this.start;
    if (k >= 0 && k < this.els.length) setText(q(this.els[k]!, '.lt-full-transcript__message'), text);
  }

  /** The user scrolls the virtualised list: the same elements now show rows from `start`. */
  scrollTo(start: number) {
    this.follow = false;
    this.start = start;
    this.els.forEach((e, k) => this.render(e, start + k));
  }

  bottom() {
    this.follow = true;
    this.start = Math.max(0, this.rows.length - this.els.length);
    this.els.forEach((e, k) => this.render(e, this.start + k));
  }
}

function clock(h: number, m: number, s: number) {
  let t = h * 3600 + m * 60 + s;
  return () => {
    t += 3 + (t % 4);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`;
  };
}

/**
 * One utterance shown on the overlay (if any) and as a panel row (new row, or the last row grown).
 */
async function both(p: Page, ov: Overlay | null, pn: Panel, who: PWho, steps: string[], time: string, ms = 150) {
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    ov?.show(who.key, s);
    if (i === 0) pn.add(who, s, time);
    else pn.update(s);
    await p.sleep(ms);
  }
  ov?.commit(who.key, steps[steps.length - 1]!);
}

// ---------------------------------------------------------------------------------------------------

const MEI_IMG = `<img src="${PHOTO('mei-ling')}" alt="">`;
const BART_IMG = `<img src="${PHOTO('bartholomew')}" alt="">`;

/**
 * 20-turn asthma review on the overlay only, inside iframe#webclient: quick alternation ("No.",
 * "Okay." ×2, "Yes." ×1 …), each return of a speaker shows that speaker's accumulated, rolling window
 * plus the new words; the patient's avatar flaps from the initials bubble to the photo in the middle of
 * his first answer (speaker label changes); "two hundred micrograms" → "200 micrograms".
 * §3.1 (iframe), §3.3 (overlay, accumulated window, flap).
 * Assumption: the overlay row only appears with the first caption (research silent on an empty box).
 */
const asthma: Scenario = {
  name: 'zoom overlay: asthma review in the iframe, fast alternation, initials-to-photo flap mid-answer',
  url: 'https://app.zoom.us/wc/84512239071/join?fromPWA=1',
  selfNames: ['Dr. Mei-Ling Chou'],
  productTiming: true,
  body: IFRAME_BODY,
  prepare(p) {
    fillIframe(
      p,
      zoomApp({
        tiles: tileImg(PHOTO('mei-ling'), 'Dr. Mei-Ling Chou') + tileImg(PHOTO('bartholomew'), 'Bartholomew Adébáyọ̀'),
        captions: true,
      }),
    );
  },
  async play(p) {
    const ov = new Overlay(zdoc(p), { mei: MEI_IMG, bart: '<span>BA</span>' });
    const gap = () => p.sleep(600);
    const M = (s: Step[]) => ovSay(p, ov, 'mei', s);
    const B = (s: Step[]) => ovSay(p, ov, 'bart', s);
    await M(words('Hi Bartholomew, can you hear me?'));
    await gap();
    await B([
      'Yes,',
      'Yes, loud',
      () => {
        // The photo finishes loading: the initials bubble is replaced by the img.
        ov.setAvatar(BART_IMG);
        ov.avatars.bart = BART_IMG;
      },
      'Yes, loud and',
      'Yes, loud and clear.',
    ]);
    await gap();
    await M(words("How's your breathing been?"));
    await gap();
    await B(words('Better since the new inhaler.'));
    await gap();
    await M(words('How many puffs a day?'));
    await gap();
    await B(words('Two puffs, twice a day.'));
    await gap();
    await M(words('Good. Any night-time cough?'));
    await gap();
    await B(['No.']);
    await gap();
    await M(words('Using the blue inhaler much?'));
    await gap();
    await B(words('Maybe once a week.'));
    await gap();
    await M(['Okay.']);
    await gap();
    await B(words('Is that okay?'));
    await gap();
    await M(words("Yes, that's what we want."));
    await gap();
    await B(['Okay.']);
    await gap();
    await M([
      ...words('Keep the budesonide at two hundred micrograms,'),
      'Keep the budesonide at 200 micrograms,',
      ...more('Keep the budesonide at 200 micrograms,', 'two puffs twice a day.'),
    ]);
    await gap();
    await B(['Yes.']);
    await gap();
    await M(words('And rinse your mouth afterwards.'));
    await gap();
    await B(words('Yes, I do.'));
    await gap();
    await M(words('Great. See you in three months.'));
    await gap();
    await B(words('Thanks, bye.'));
  },
  leave,
  forbidden: NOISE,
  expected: [
    { speaker: { key: 'M' }, text: 'Hi Bartholomew, can you hear me?' },
    { speaker: { key: 'B' }, text: 'Yes, loud and clear.' },
    { speaker: { key: 'M' }, text: "How's your breathing been?" },
    { speaker: { key: 'B' }, text: 'Better since the new inhaler.' },
    { speaker: { key: 'M' }, text: 'How many puffs a day?' },
    { speaker: { key: 'B' }, text: 'Two puffs, twice a day.' },
    { speaker: { key: 'M' }, text: 'Good. Any night-time cough?' },
    { speaker: { key: 'B' }, text: 'No.' },
    { speaker: { key: 'M' }, text: 'Using the blue inhaler much?' },
    { speaker: { key: 'B' }, text: 'Maybe once a week.' },
    { speaker: { key: 'M' }, text: 'Okay.' },
    { speaker: { key: 'B' }, text: 'Is that okay?' },
    { speaker: { key: 'M' }, text: "Yes, that's what we want." },
    { speaker: { key: 'B' }, text: 'Okay.' },
    { speaker: { key: 'M' }, text: 'Keep the budesonide at 200 micrograms, two puffs twice a day.' },
    { speaker: { key: 'B' }, text: 'Yes.' },
    { speaker: { key: 'M' }, text: 'And rinse your mouth afterwards.' },
    { speaker: { key: 'B' }, text: 'Yes, I do.' },
    { speaker: { key: 'M' }, text: 'Great. See you in three months.' },
    { speaker: { key: 'B' }, text: 'Thanks, bye.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const GOSIA_IMG = `<img src="${PHOTO('malgorzata')}" alt="">`;

/**
 * 14-turn results call on the overlay in the top document. Captions are switched on (More →
 * Captions) just before the talk: the box appears showing "Captions will be shown in English (US)".
 * The clinician (initials bubble) explains gallstones for ~330 characters: the window rolls, and
 * words/punctuation are rewritten near the tail ("meals the stones" → "meals. The stones",
 * "paracetamol one gram" → "paracetamol, 1 g"). The patient's "Mm-hmm." flips the overlay away and
 * back twice. §3.1 (top-document build), §3.2, §3.3 (rolling window, flip-back, system lines).
 * Assumption (research silent): the system line shows as the row's text, with no avatar yet.
 */
const gallstones: Scenario = {
  name: 'zoom overlay: long gallstone explanation rolls off the front, backchannels flip it away and back',
  url: 'https://us04web.zoom.us/wc/83310045512/start',
  selfNames: ['Dr. Oluwaseun Bakare'],
  loose: true,
  body: zoomApp({
    tiles:
      '<div class="video-avatar__avatar"><span class="video-avatar__avatar-initials">OB</span><span class="video-avatar__avatar-footer"><span>Dr. Oluwaseun Bakare</span></span></div>' +
      tileImg(PHOTO('malgorzata'), 'Małgorzata Wiśniewska'),
    captions: false,
  }),
  async play(p) {
    const d = zdoc(p);
    // More → Captions: the subtitle box appears with Zoom's status line.
    q(d, '.meeting-client-inner').appendChild(
      el(
        d,
        '<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">Captions will be shown in English (US)</span></div></div>',
      ),
    );
    await p.sleep(1200);
    const ov = new Overlay(d, { ob: '<span>OB</span>', mw: GOSIA_IMG });
    const gap = () => p.sleep(600);
    const O = (s: Step[]) => ovSay(p, ov, 'ob', s);
    const M = (s: Step[]) => ovSay(p, ov, 'mw', s);
    await O(words('Hello Mrs. Wiśniewska, I have your scan results.'));
    await gap();
    await M(['Okay.']);
    await gap();
    const a =
      "The ultrasound shows several stones in your gallbladder, which explains the pain you've been getting under your right ribs after fatty meals. The stones";
    const b = `${a} themselves are common and often cause no trouble, but because you've had three attacks now,`;
    await O([
      ...words(
        "the ultrasound shows several stones in your gallbladder which explains the pain you've been getting under your right ribs after fatty meals the stones",
      ),
      a,
      ...more(a, "themselves are common and often cause no trouble but because you've had three attacks now"),
      b,
      ...more(b, "and one of them needed a hospital visit, I think it's worth talking about having the gallbladder removed."),
    ]);
    await gap();
    await M(['Mm-hmm.']);
    await gap();
    await O(
      words(
        'The operation is usually done by keyhole surgery, most people go home the same day or the next morning, and you can live completely normally without a gallbladder.',
      ),
    );
    await gap();
    await M(['Mm-hmm.']);
    await gap();
    const c = 'In the meantime, try to avoid fatty and fried food, and you can take paracetamol, 1 g';
    await O([
      ...words('In the meantime, try to avoid fatty and fried food, and you can take paracetamol one gram'),
      c,
      ...more(c, 'up to four times a day, for the pain.'),
    ]);
    await gap();
    await M(['Okay.']);
    await gap();
    await O(words('Shall I refer you to the surgeons?'));
    await gap();
    await M(words('Yes, please.'));
    await gap();
    await O(words('If you get a fever, yellow skin or severe pain, go to A&E straight away.'));
    await gap();
    await M(words('Okay, I will.'));
    await gap();
    await O(['Any questions?']);
    await gap();
    await M(words('No, thank you, doctor.'));
  },
  leave,
  forbidden: NOISE,
  expected: [
    { speaker: { key: 'O' }, text: 'Hello Mrs. Wiśniewska, I have your scan results.' },
    { speaker: { key: 'M' }, text: 'Okay.' },
    {
      speaker: { key: 'O' },
      text: "The ultrasound shows several stones in your gallbladder, which explains the pain you've been getting under your right ribs after fatty meals. The stones themselves are common and often cause no trouble, but because you've had three attacks now, and one of them needed a hospital visit, I think it's worth talking about having the gallbladder removed.",
    },
    { speaker: { key: 'M' }, text: 'Mm-hmm.' },
    {
      speaker: { key: 'O' },
      text: 'The operation is usually done by keyhole surgery, most people go home the same day or the next morning, and you can live completely normally without a gallbladder.',
    },
    { speaker: { key: 'M' }, text: 'Mm-hmm.' },
    {
      speaker: { key: 'O' },
      text: 'In the meantime, try to avoid fatty and fried food, and you can take paracetamol, 1 g up to four times a day, for the pain.',
    },
    { speaker: { key: 'M' }, text: 'Okay.' },
    { speaker: { key: 'O' }, text: 'Shall I refer you to the surgeons?' },
    { speaker: { key: 'M' }, text: 'Yes, please.' },
    { speaker: { key: 'O' }, text: 'If you get a fever, yellow skin or severe pain, go to A&E straight away.' },
    { speaker: { key: 'M' }, text: 'Okay, I will.' },
    { speaker: { key: 'O' }, text: 'Any questions?' },
    { speaker: { key: 'M' }, text: 'No, thank you, doctor.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const KRYSTIAN: PWho = { key: 'kn', name: 'Dr. Krystian Nowak', letter: 'K' };
const ANAIS: PWho = { key: 'al', name: 'Anaïs Lefèvre', photo: PHOTO('anais') };

/**
 * 18-turn migraine review, iframe#webclient, with the full-transcript panel open from the start
 * (opened via Captions → "View full transcript") and the overlay running as well. Panel rows carry the
 * names; the clinician's letter avatar sits in the title ("KDr. Krystian Nowak" to naive text);
 * his consecutive utterances are continuation rows without a name; the last row is re-punctuated and
 * its trailing word re-spelled ("same dose. For another two mon." → "same dose for another two
 * months."); "forty milligrams" → "40 mg"; timestamps in every row. §3.3, §3.4.
 * Assumption (research silent): the overlay keeps showing while the panel is open; every row of this
 * short call stays rendered.
 */
const migraine: Scenario = {
  name: 'zoom panel: migraine review with grouped continuation rows, re-punctuated last row, overlay alongside',
  url: 'https://app.zoom.us/wc/89023344556/join',
  selfNames: ['Dr. Krystian Nowak'],
  productTiming: true,
  loose: true,
  body: IFRAME_BODY,
  prepare(p) {
    fillIframe(
      p,
      zoomApp({
        tiles:
          '<div class="video-avatar__avatar"><span class="video-avatar__avatar-initials">KN</span><span class="video-avatar__avatar-footer"><span>Dr. Krystian Nowak</span></span></div>' +
          tileImg(PHOTO('anais'), 'Anaïs Lefèvre'),
        captions: true,
        panel: true,
      }),
    );
  },
  async play(p) {
    const d = zdoc(p);
    const ov = new Overlay(d, { kn: '<span>KN</span>', al: `<img src="${PHOTO('anais')}" alt="">` });
    const pn = new Panel(d);
    const now = clock(11, 20, 4);
    const gap = () => p.sleep(550);
    const K = (s: string[]) => both(p, ov, pn, KRYSTIAN, s, now());
    const A = (s: string[]) => both(p, ov, pn, ANAIS, s, now());
    await K(words('Hi Anaïs, how have the headaches been?'));
    await gap();
    await A(words('Less often, maybe two a week.'));
    await gap();
    await K(words("That's an improvement."));
    await p.sleep(200);
    await K(words('Are they as severe?'));
    await gap();
    await A(['No,', 'No, milder.']);
    await gap();
    await K(words('Are you still taking propranolol?'));
    await gap();
    await A(['Yes.']);
    await gap();
    await K(['What', 'What dose?']);
    await gap();
    await A([...words('Forty milligrams'), 'Forty milligrams twice', '40 mg twice a day.']);
    await gap();
    await K(words('Any tiredness or cold hands?'));
    await gap();
    await A(['A little.']);
    await gap();
    await K(['Okay.']);
    await gap();
    await A(words('Should I keep going?'));
    await gap();
    await K([
      "Yes, let's keep",
      "Yes, let's keep the same dose.",
      "Yes, let's keep the same dose. For another",
      "Yes, let's keep the same dose. For another two mon.",
      "Yes. Let's keep the same dose for another two months.",
    ]);
    await p.sleep(200);
    await K(words('Keep a headache diary so we can see the pattern.'));
    await gap();
    await A(['Okay.']);
    await gap();
    await K(words('And limit the sumatriptan to two days a week.'));
    await gap();
    await A(['Yes.']);
    await gap();
    await K(words('Great, talk soon.'));
    await gap();
    await A(words('Thank you, bye.'));
  },
  leave,
  forbidden: [...NOISE, '11:2', 'KDr'],
  expected: [
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Hi Anaïs, how have the headaches been?' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'Less often, maybe two a week.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: "That's an improvement." },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Are they as severe?' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'No, milder.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Are you still taking propranolol?' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'Yes.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'What dose?' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: '40 mg twice a day.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Any tiredness or cold hands?' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'A little.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Okay.' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'Should I keep going?' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: "Yes. Let's keep the same dose for another two months." },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Keep a headache diary so we can see the pattern.' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'Okay.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'And limit the sumatriptan to two days a week.' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'Yes.' },
    { speaker: 'Dr. Krystian Nowak', role: 'clinician', text: 'Great, talk soon.' },
    { speaker: 'Anaïs Lefèvre', role: 'patient', text: 'Thank you, bye.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const SUNIL: PWho = { key: 'sv', name: 'Dr. Sunil Venkataraman', photo: PHOTO('sunil') };
const BJORN: PWho = { key: 'ba', name: 'Björn Åkesson', letter: 'B' };

/**
 * 22-turn post-heart-attack review in the top document with the full-transcript panel open and the
 * overlay running. The panel is a virtualised list that renders six row elements and recycles the top
 * one for each new bottom row. In the middle of the clinician's long ticagrelor explanation the user
 * scrolls the panel up (the same six elements are rewritten to older rows, the live row is no longer
 * rendered while it keeps growing) and then back to the bottom. "eighty milligrams" → "80 mg",
 * "ninety milligrams" → "90 mg". §3.4 (virtualised, recycled rows; grouped rows), §8 item 8.
 * Assumptions (research silent): six rendered rows; recycled elements are moved to the end of the list;
 * the overlay keeps showing while the panel is open.
 */
const postMi: Scenario = {
  name: 'zoom panel: post-MI review, virtualised panel scrolled up mid-explanation and back (rows recycled)',
  url: 'https://zoom.us/wc/81234567890/join?fromPWA=1',
  selfNames: ['Dr. Sunil Venkataraman'],
  body: zoomApp({
    tiles:
      tileImg(PHOTO('sunil'), 'Dr. Sunil Venkataraman') +
      '<div class="video-avatar__avatar"><span class="video-avatar__avatar-initials">BÅ</span><span class="video-avatar__avatar-footer"><span>Björn Åkesson</span></span></div>',
    captions: true,
    panel: true,
  }),
  async play(p) {
    const d = zdoc(p);
    const ov = new Overlay(d, { sv: `<img src="${PHOTO('sunil')}" alt="">`, ba: '<span>BÅ</span>' });
    const pn = new Panel(d, 6);
    const now = clock(14, 5, 2);
    const gap = () => p.sleep(500);
    const S = (s: string[]) => both(p, ov, pn, SUNIL, s, now());
    const B = (s: string[]) => both(p, ov, pn, BJORN, s, now());
    await S(words('Hi Björn, how are you feeling since you got home?'));
    await gap();
    await B(words('Pretty good, a bit tired.'));
    await gap();
    await S(words("That's normal after a heart attack."));
    await gap();
    await B(['Okay.']);
    await gap();
    await S(words('Any chest pain?'));
    await gap();
    await B(['No.']);
    await gap();
    await S(words('Breathlessness on the stairs?'));
    await gap();
    await B(words('A little.'));
    await gap();
    await S(words('Are you taking all five medicines?'));
    await gap();
    await B(['Yes.']);
    await gap();
    await S(words('The aspirin, ticagrelor, atorvastatin, bisoprolol and ramipril?'));
    await gap();
    await B(words('Yes, all of them.'));
    await gap();
    await S(words('What dose of atorvastatin?'));
    await gap();
    await B([...words('Eighty milligrams'), '80 mg at', '80 mg at night.']);
    await gap();
    await S(['Good.']);
    await p.sleep(200);
    // The long explanation; the user scrolls the panel up in the middle of it, then back down.
    const head = 'The ticagrelor is 90 mg twice a day for twelve months,';
    const steps = [
      ...words('The ticagrelor is ninety milligrams'),
      'The ticagrelor is 90 mg twice',
      head,
      ...more(head, "and it's really important not to stop it early, even if you feel well, because it keeps the stent open."),
    ];
    const t = now();
    for (let i = 0; i < steps.length; i++) {
      ov.show('sv', steps[i]!);
      if (i === 0) pn.add(SUNIL, steps[i]!, t);
      else pn.update(steps[i]!);
      if (i === 5) pn.scrollTo(2);
      if (i === 13) pn.bottom();
      await p.sleep(150);
    }
    ov.commit('sv', steps[steps.length - 1]!);
    await gap();
    await B(['Mm-hmm.']);
    await gap();
    await S(words("If you need any dental work or surgery, tell them you're on it."));
    await gap();
    await B(['Okay.']);
    await gap();
    await S(words('The cardiac rehab team will call you this week.'));
    await gap();
    await B(words('Okay, great.'));
    await gap();
    await S(words('Any questions for me?'));
    await gap();
    await B(words("No, that's all. Thank you."));
  },
  leave,
  forbidden: [...NOISE, '14:0', 'BBjörn'],
  expected: [
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'Hi Björn, how are you feeling since you got home?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Pretty good, a bit tired.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: "That's normal after a heart attack." },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Okay.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'Any chest pain?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'No.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'Breathlessness on the stairs?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'A little.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'Are you taking all five medicines?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Yes.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'The aspirin, ticagrelor, atorvastatin, bisoprolol and ramipril?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Yes, all of them.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'What dose of atorvastatin?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: '80 mg at night.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'Good.' },
    {
      speaker: 'Dr. Sunil Venkataraman',
      role: 'clinician',
      text: "The ticagrelor is 90 mg twice a day for twelve months, and it's really important not to stop it early, even if you feel well, because it keeps the stent open.",
    },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Mm-hmm.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: "If you need any dental work or surgery, tell them you're on it." },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Okay.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'The cardiac rehab team will call you this week.' },
    { speaker: 'Björn Åkesson', role: 'patient', text: 'Okay, great.' },
    { speaker: 'Dr. Sunil Venkataraman', role: 'clinician', text: 'Any questions for me?' },
    { speaker: 'Björn Åkesson', role: 'patient', text: "No, that's all. Thank you." },
  ],
};

export const zoomScenarios: Scenario[] = [asthma, gallstones, migraine, postMi];
