// Round 25, Zoom web client: timing under stress on ordinary clinician-patient calls.
//
// Written only from /work/shared/research/caption-platforms.md. Sections used:
//   §1   cross-platform summary (Zoom: one rolling overlay node with no name; panel rows with names)
//   §3.1 URL shapes (/wc/<id>/join, app.zoom.us, us04web.zoom.us), the same-origin
//        <iframe id="webclient">, builds that render in the top document (#zmmtg-root,
//        #wc-container), and the in-call markers (#audioOptionMenu,
//        #wc-footer .footer__leave-btn-container button)
//   §3.3 overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img with empty
//        alt | initials <span>) + span.live-transcription-subtitle__item, text rewritten in place and
//        rolling (old words drop off the front, window about 100-150 chars), no speaker name,
//        interleaving flips the overlay away and back to the earlier speaker's ACCUMULATED window,
//        and system lines ("Captions will be shown in English (US)", "You have left the meeting")
//   §3.4 full transcript panel: #full-transcription / .lt-full-transcript / new-lt-list-container
//        with aria-label "Live Transcription List", rows .lt-full-transcript__item (avatar, letter
//        avatar, display-name, time, message), __title--first header rows, continuation rows with
//        no name, React-virtualised row recycling, ASR re-punctuation and re-spelling of the tail
//   §7   Zoom for Healthcare uses the same web client
//   §8   (6) observers and rendering are throttled in hidden tabs (YUN); (7) ZWC finalisation
//        windows (900 ms after sentence-final punctuation, 2.5 s mid-sentence); (8) recycled rows
//        are a new utterance; (9) rolling-window diffing; (11) noise: status lines, timestamps,
//        doubled letter avatars
//   §9   fixture checklist (img vs. initials avatar, top document vs. iframe #webclient)
//
// Assumptions shared by all four scenarios (the research is silent on these):
// - Text is updated as characterData on one text node (overlay item; panel message), as the
//   research's "rewritten in place" reads; a panel row appears with its first word already in it.
// - A speaker change in the overlay swaps the avatar child and rewrites the text in the same task.
// - The overlay's rolling window never moves its front backwards for a speaker (a re-spelling that
//   shortens the tail does not bring dropped words back).
// - Re-spelling of numbers, doses and dates ("twenty five" → "25" → "25 mg") happens in the overlay
//   too, since it shows the same ASR stream the panel shows (§3.4 documents it for the panel).
// - A hidden (background) tab is emulated by document.visibilityState = 'hidden' plus a
//   'visibilitychange' event on every document involved; Zoom's page code is throttled, so the
//   DOM updates it queued land in a burst, 1-3 ms apart, after a 1-3 s silence. Each update still
//   lands in its own task, so a correct reader can see every state.
// - The local user's display name shows in panel rows as the plain display name (no "(Me)"), so
//   panel scenarios set role 'clinician' for it; the overlay shows only an avatar, so overlay-only
//   scenarios use speaker keys and no roles.
// - Leaving unmounts the meeting UI (#wc-container with #wc-footer, #audioOptionMenu and captions).
// - Zoom re-punctuates and re-cases (§3.4), so every scenario compares loosely (no punctuation/case);
//   duplicates are still caught by word content.
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, q } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Small page-side helpers (scenario machinery, not product logic)

/** Cumulative word-by-word states of `sentence`, starting after its first `from` words. */
function steps(sentence: string, from = 0): string[] {
  const w = sentence.split(' ');
  const out: string[] = [];
  for (let i = from + 1; i <= w.length; i++) out.push(w.slice(0, i).join(' '));
  return out;
}

/** States that extend `prefix` word by word with `rest`. */
function more(prefix: string, rest: string): string[] {
  return steps(`${prefix} ${rest}`, prefix.split(' ').length);
}

interface Sink {
  show(state: string): void;
}

function both(...sinks: Sink[]): Sink {
  return { show: (s) => sinks.forEach((k) => k.show(s)) };
}

interface Avatar {
  key: string;
  /** `<img src=… alt="">` (photo avatar) or `<span>XY</span>` (initials bubble), §3.3. */
  html: string;
}

/** The §3.3 overlay: one persistent row, avatar swapped per speaker, rolling text window. */
class Overlay {
  private acc = new Map<string, string>();
  private dropped = new Map<string, number>();
  private cur = '';
  private constructor(
    private doc: Document,
    private row: Element,
    private text: Text,
    private max: number,
  ) {}

  static mount(doc: Document, max: number): Overlay {
    const row = q(doc, '.live-transcription-subtitle__box #live-transcription-subtitle');
    const item = q(row, '.live-transcription-subtitle__item');
    let t = item.firstChild as Text | null;
    if (!t) {
      t = doc.createTextNode('');
      item.appendChild(t);
    }
    return new Overlay(doc, row, t, max);
  }

  /** Shows `who` with their whole accumulated text (the overlay shows its rolling tail). */
  private show(who: Avatar, full: string) {
    if (this.cur !== who.key) {
      const first = this.row.firstElementChild;
      const av = el(this.doc, who.html);
      if (first && !first.classList.contains('live-transcription-subtitle__item')) first.replaceWith(av);
      else this.row.insertBefore(av, this.row.firstChild);
      this.cur = who.key;
    }
    this.acc.set(who.key, full);
    const words = full.split(' ');
    let start = this.dropped.get(who.key) ?? 0;
    while (start < words.length - 1 && words.slice(start).join(' ').length > this.max) start++;
    this.dropped.set(who.key, start);
    this.text.data = words.slice(start).join(' ');
  }

  /** A new turn of `who`: its states are appended to what they said before (accumulated window). */
  turn(who: Avatar): Sink {
    const base = this.acc.get(who.key) ?? '';
    return { show: (s) => this.show(who, base ? `${base} ${s}` : s) };
  }
}

/** The §3.4 full transcript panel: header rows per speaker group, continuation rows, recycling. */
class Panel {
  private last = '';
  constructor(
    private doc: Document,
    private list: Element,
    private letters: Record<string, string>,
  ) {}

  private add(name: string, time: string, text: string, recycle: boolean): Text {
    const cont = name === this.last;
    this.last = name;
    const cls = cont ? 'lt-full-transcript__item' : 'lt-full-transcript__item lt-full-transcript__title--first';
    const head = cont
      ? ''
      : `<div class="lt-full-transcript__avatar">${this.letters[name] ?? '?'}</div><span class="lt-full-transcript__display-name">${name}</span>`;
    const inner = `${head}<span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message">${text}</div>`;
    let row: Element;
    const oldest = this.list.firstElementChild;
    if (recycle && oldest) {
      // Virtualised list: the row scrolled out at the top is reused for the newest utterance.
      this.list.appendChild(oldest);
      oldest.className = cls;
      oldest.innerHTML = inner;
      row = oldest;
    } else {
      row = el(this.doc, `<div class="${cls}">${inner}</div>`);
      this.list.appendChild(row);
    }
    return q(row, '.lt-full-transcript__message').firstChild as Text;
  }

  /** One utterance row; it appears with its first state and is then rewritten in place. */
  turn(name: string, time: string, recycle = false): Sink {
    let node: Text | undefined;
    return {
      show: (s) => {
        if (!node) node = this.add(name, time, s, recycle);
        else node.data = s;
      },
    };
  }
}

/** Word steps at a speaking pace (`ms`, plus a small repeating jitter). */
async function say(p: Page, sink: Sink, states: string[], ms: number, jitter = 0) {
  for (let i = 0; i < states.length; i++) {
    sink.show(states[i]!);
    await p.sleep(ms + (i % 3) * jitter);
  }
}

/** Queued updates of a throttled background tab landing together: 1-3 ms apart. */
async function burst(p: Page, sink: Sink, states: string[]) {
  for (let i = 0; i < states.length; i++) {
    sink.show(states[i]!);
    await p.sleep(1 + (i % 3));
  }
}

/** Two speakers starting `lagMs` apart, each stepping every `ms`, their updates interleaved. */
async function overlap(p: Page, a: Sink, as: string[], b: Sink, bs: string[], lagMs: number, ms: number) {
  const ev = [
    ...as.map((s, i) => ({ t: i * ms, f: () => a.show(s) })),
    ...bs.map((s, i) => ({ t: lagMs + i * ms, f: () => b.show(s) })),
  ].sort((x, y) => x.t - y.t);
  let now = 0;
  for (const e of ev) {
    if (e.t > now) {
      await p.sleep(e.t - now);
      now = e.t;
    }
    e.f();
  }
  await p.sleep(ms);
}

/** Background tab on/off for every document involved (top page and the #webclient frame). */
function setHidden(docs: Document[], hidden: boolean) {
  for (const d of docs) {
    if (hidden) {
      Object.defineProperty(d, 'visibilityState', { configurable: true, get: () => 'hidden' });
      Object.defineProperty(d, 'hidden', { configurable: true, get: () => true });
    } else {
      delete (d as unknown as Record<string, unknown>).visibilityState;
      delete (d as unknown as Record<string, unknown>).hidden;
    }
    const W = (d.defaultView ?? window) as Window & typeof globalThis;
    d.dispatchEvent(new W.Event('visibilitychange'));
  }
}

function frame(p: Page): Document {
  const d = q<HTMLIFrameElement>(p.doc, 'iframe#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

const OVERLAY = `
  <div class="live-transcription-subtitle__box">
    <div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>
  </div>`;

const FOOTER = `
  <div id="wc-footer" class="footer">
    <button id="audioOptionMenu" type="button" aria-label="Audio settings">^</button>
    <div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn">Leave</button></div>
  </div>`;

/** The top page that hosts the same-origin meeting frame (§3.1). */
const FRAME_HOST = `
  <div id="root"><div class="wc-frame-holder"><iframe id="webclient" title="Zoom Web Client" allow="microphone; camera"></iframe></div></div>`;

const C = { key: 'clinician' };
const P = { key: 'patient' };

// ---------------------------------------------------------------------------------------------
// Scenario 1: overlay only, inside the #webclient iframe.
// Tests: very fast speakers (word updates every 30-45 ms) on a ~100-char rolling window that drops words off
// the front; a dose spelled then re-spelled ("twenty five" → "25" → "25 mg"); the clinician's tab
// going hidden so that the rest of a question (after a 2 s silence) and the start of the patient's
// answer land within a few ms of each other, the overlay flipping speakers inside the burst; a
// 1.5 s hidden-tab gap mid-answer; two people starting within 70 ms of each other (the overlay flips
// back and forth showing each speaker's accumulated window); a date re-spelled; a punctuation-only
// last update. The clinician shows as initials "MP", the patient as a photo avatar; no names are
// in the DOM, so speakers are keys and no roles are set.
// Assumption: in the overlap, each flip back to a speaker is still that speaker's same turn (the
// turn started 70 ms earlier and is not over), so one utterance per speaker is expected there.
const S1_C: Avatar = { key: 'c', html: '<span>MP</span>' };
const S1_P: Avatar = { key: 'p', html: '<img src="https://us04images.zoom.us/p/v2/5c1e9a7b0d4f/avatar.jpg" alt="">' };

const s1: Scenario = {
  name: 'zoom25 overlay in #webclient: fast talkers, hidden-tab word bursts, overlapping start',
  url: 'https://app.zoom.us/wc/84512399021/join?fromPWA=1',
  selfNames: ['Maya Patel'],
  body: FRAME_HOST,
  prepare(p) {
    frame(p).body.innerHTML = `<div id="zmmtg-root"><div id="wc-container"><div class="meeting-client-inner">${OVERLAY}</div>${FOOTER}</div></div>`;
  },
  async play(p) {
    const d = frame(p);
    const o = Overlay.mount(d, 100);
    await say(p, o.turn(S1_C), steps('Good morning, thanks for joining. How has the new blood pressure medicine been going?'), 80, 10);
    await p.sleep(500);
    await say(p, o.turn(S1_P), steps('Pretty well I think, I have been taking it every morning with breakfast like you said and the headaches are mostly gone.'), 30, 8);
    await p.sleep(450);
    await say(p, o.turn(S1_C), steps('Great. What dose are you on right now?'), 40, 5);
    await p.sleep(500);
    await say(
      p,
      o.turn(S1_P),
      [
        ...steps('It says twenty five'),
        ...steps('It says 25 milligrams', 2),
        'It says 25 mg',
        ...steps('It says 25 mg once a day', 4),
        'It says 25 mg once a day.',
      ],
      90,
    );
    await p.sleep(500);

    // The clinician opens the chart in another tab: updates now arrive in bursts.
    setHidden([p.doc, d], true);
    const q5 = 'Okay, and have you had any dizziness when you stand up quickly';
    const s5 = [...steps(q5), `${q5}?`];
    const t5 = o.turn(S1_C);
    await say(p, t5, s5.slice(0, 3), 90);
    await p.sleep(2000);
    await burst(p, t5, s5.slice(3));
    const s6 = steps('No, not really, maybe once last Tuesday.');
    const t6 = o.turn(S1_P);
    await burst(p, t6, s6.slice(0, 3));
    await p.sleep(1500);
    await burst(p, t6, s6.slice(3));
    await p.sleep(1200);
    setHidden([p.doc, d], false);

    await say(p, o.turn(S1_C), steps("Okay. I'd like you to keep a log."), 70);
    await p.sleep(900);
    await overlap(
      p,
      o.turn(S1_P),
      steps('So, sorry, go ahead.'),
      o.turn(S1_C),
      steps('Write down your readings twice a day, morning and night.'),
      70,
      120,
    );
    await p.sleep(600);
    const a10 = 'Okay, I can do that. Should I bring it on the';
    await say(p, o.turn(S1_P), [...steps(`${a10} fourteenth`), `${a10} 14th`, `${a10} 14th?`], 60);
    await p.sleep(500);
    await say(
      p,
      o.turn(S1_C),
      [...steps('Yes, bring it on June fourteenth'), 'Yes, bring it on June 14th', ...more('Yes, bring it on June 14th', 'and we will go over it together.')],
      35,
      5,
    );
    await p.sleep(500);
    await say(p, o.turn(S1_P), [...steps('Sounds good, thank you doctor'), 'Sounds good, thank you, doctor.'], 90);
  },
  leave(p) {
    q(frame(p), '#wc-container').remove();
  },
  expected: [
    { speaker: C, text: 'Good morning, thanks for joining. How has the new blood pressure medicine been going?' },
    { speaker: P, text: 'Pretty well I think, I have been taking it every morning with breakfast like you said and the headaches are mostly gone.' },
    { speaker: C, text: 'Great. What dose are you on right now?' },
    { speaker: P, text: 'It says 25 mg once a day.' },
    { speaker: C, text: 'Okay, and have you had any dizziness when you stand up quickly?' },
    { speaker: P, text: 'No, not really, maybe once last Tuesday.' },
    { speaker: C, text: "Okay. I'd like you to keep a log." },
    { speaker: P, text: 'So, sorry, go ahead.' },
    { speaker: C, text: 'Write down your readings twice a day, morning and night.' },
    { speaker: P, text: 'Okay, I can do that. Should I bring it on the 14th?' },
    { speaker: C, text: 'Yes, bring it on June 14th and we will go over it together.' },
    { speaker: P, text: 'Sounds good, thank you, doctor.' },
  ] satisfies Expected[],
  loose: true,
  forbidden: ['Leave', 'Audio settings'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 2: full transcript panel only, in the top document (a build without the iframe, §3.1).
// Tests: a date and a phone number spelled then re-spelled in the trailing words; the clinician's
// tab hidden so that, after a 2.5 s silence, three whole rows (two speakers, one continuation row
// with no name) are appended within a few ms, then a continuation row grows by a burst of words, is
// silent for 2 s mid-sentence, and finishes in a second burst together with the clinician's next
// row 2 ms later; a continuation row of the clinician after "I see." (inherit the header's name);
// a dose re-spelled ("four hundred" → "400 mg"); both people starting within 60 ms (two rows
// growing at once, the older one not last); and the last three rows reusing recycled row elements
// from the top of the list (wholesale rewrite, a new utterance each). Letter avatars and
// timestamps must not leak. The clinician's display name is in selfNames, so role is set.
// Assumptions: recycled rows are moved to the end of the list (DOM order = visual order); two
// overlapping speakers get two rows that both grow, in the order their speech started.
const LENA = 'Lena Hoffmann';
const MARCUS = 'Marcus Bell';

const s2: Scenario = {
  name: 'zoom25 panel top document: whole turns in hidden-tab bursts, overlapping rows, recycled rows, re-spelled dates and doses',
  url: 'https://zoom.us/wc/71250938846/join',
  selfNames: [LENA],
  body: `
    <div id="zmmtg-root"><div id="wc-container">
      <div class="meeting-client-inner"><div class="video-share-layout"></div></div>
      <div class="sidebar-container">
        <div class="transcript-panel-title">Transcript</div>
        <div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div>
      </div>
      ${FOOTER}
    </div></div>`,
  async play(p) {
    const d = p.doc;
    const pn = new Panel(d, q(d, '#full-transcription'), { [LENA]: 'L', [MARCUS]: 'M' });
    await say(p, pn.turn(LENA, '14:20:03'), steps('Hi Marcus, before we start, can you confirm your date of birth?'), 80, 10);
    await p.sleep(500);
    await say(p, pn.turn(MARCUS, '14:20:08'), [...steps("It's March third nineteen eighty"), "It's March 3rd 1980", "It's March 3, 1980."], 90);
    await p.sleep(500);
    const q3 = 'Thank you. And the last four digits of your phone number';
    await say(p, pn.turn(LENA, '14:20:12'), [...steps(q3), `${q3}?`], 80);
    await p.sleep(500);
    await say(p, pn.turn(MARCUS, '14:20:16'), [...steps("It's eight eight zero four"), "It's 8804", "It's 8804."], 100);

    // The clinician switches to the EHR tab: whole turns arrive together.
    setHidden([d], true);
    await p.sleep(2500);
    pn.turn(LENA, '14:20:19').show('Perfect, that matches our records.');
    await p.sleep(2);
    pn.turn(MARCUS, '14:20:21').show('Okay, good.');
    await p.sleep(3);
    pn.turn(MARCUS, '14:20:22').show('So the reason I am calling is my knee.');
    await p.sleep(1500);
    const knee = pn.turn(MARCUS, '14:20:25');
    const s6 = steps('It is still swollen after the fall in April.');
    await burst(p, knee, s6.slice(0, 5));
    await p.sleep(2000);
    await burst(p, knee, s6.slice(5));
    pn.turn(LENA, '14:20:29').show('I see.');
    await p.sleep(800);
    setHidden([d], false);

    const q7 = 'How much ibuprofen are you taking for it';
    await say(p, pn.turn(LENA, '14:20:31'), [...steps(q7), `${q7}?`], 70);
    await p.sleep(500);
    await say(
      p,
      pn.turn(MARCUS, '14:20:35'),
      [...steps('About four hundred'), 'About 400', 'About 400 milligrams', 'About 400 mg', ...more('About 400 mg', 'three times a day'), 'About 400 mg three times a day.'],
      90,
    );
    await p.sleep(700);
    await overlap(
      p,
      pn.turn(LENA, '14:20:40'),
      steps('Okay, that is within the safe range.'),
      pn.turn(MARCUS, '14:20:40'),
      [...steps('So twelve hundred'), 'So 1200', ...more('So 1200', 'a day total'), 'So 1200 a day total.'],
      60,
      110,
    );
    await p.sleep(500);
    const x = 'I would still like an x-ray, I can order it for Thursday the';
    await say(p, pn.turn(LENA, '14:20:44', true), [...steps(`${x} ninth`), `${x} 9th`, `${x} 9th.`], 80, 10);
    await p.sleep(500);
    await say(p, pn.turn(MARCUS, '14:20:49', true), steps('Thursday works for me. Thanks, doctor.'), 80);
    await p.sleep(500);
    await say(p, pn.turn(LENA, '14:20:52', true), [...steps('Great, see you then, Marcus'), 'Great, see you then, Marcus.'], 80);
  },
  leave(p) {
    q(p.doc, '#wc-container').remove();
  },
  expected: [
    { speaker: LENA, role: 'clinician', text: 'Hi Marcus, before we start, can you confirm your date of birth?' },
    { speaker: MARCUS, text: "It's March 3, 1980." },
    { speaker: LENA, role: 'clinician', text: 'Thank you. And the last four digits of your phone number?' },
    { speaker: MARCUS, text: "It's 8804." },
    { speaker: LENA, role: 'clinician', text: 'Perfect, that matches our records.' },
    { speaker: MARCUS, text: 'Okay, good.' },
    { speaker: MARCUS, text: 'So the reason I am calling is my knee.' },
    { speaker: MARCUS, text: 'It is still swollen after the fall in April.' },
    { speaker: LENA, role: 'clinician', text: 'I see.' },
    { speaker: LENA, role: 'clinician', text: 'How much ibuprofen are you taking for it?' },
    { speaker: MARCUS, text: 'About 400 mg three times a day.' },
    { speaker: LENA, role: 'clinician', text: 'Okay, that is within the safe range.' },
    { speaker: MARCUS, text: 'So 1200 a day total.' },
    { speaker: LENA, role: 'clinician', text: 'I would still like an x-ray, I can order it for Thursday the 9th.' },
    { speaker: MARCUS, text: 'Thursday works for me. Thanks, doctor.' },
    { speaker: LENA, role: 'clinician', text: 'Great, see you then, Marcus.' },
  ] satisfies Expected[],
  loose: true,
  forbidden: ['14:20', 'LLena', 'MMarcus', 'Transcript', 'Leave'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 3: overlay AND full transcript panel together, inside the #webclient iframe.
// Tests: the same speech seen twice (overlay + panel) must give each word once; a patient pausing
// 3 s mid-sentence and the clinician pausing 2.5 s mid-sentence (past mid-sentence finalisation
// windows) and both going on in the same row / same overlay window; a dose re-spelled after the
// pause ("five hundred milligrams" → "500 mg"); clinician and patient starting within 50 ms (two
// panel rows growing at once, the overlay flipping between their accumulated windows); a date
// re-spelled ("twenty first" → "21st"); then the clinician's tab hidden: after 2 s, three whole
// turns (patient, clinician, patient) land within a few ms in both views, and after another 1.2 s
// the clinician's next sentence arrives as a word burst, stops 2.5 s mid-sentence and finishes in a
// second burst. Names are in the panel, so speakers are names; the clinician (selfNames) has the
// clinician role. The clinician has a photo avatar in the overlay, the patient initials "TA".
// Assumption: the overlay and the panel are updated in the same task for one ASR update.
const PRIYA = 'Priya Nair';
const TOM = 'Tom Alvarez';
const S3_C: Avatar = { key: 'c', html: '<img src="https://us04images.zoom.us/p/v2/0b7d41f9c3e2/avatar.jpg" alt="">' };
const S3_P: Avatar = { key: 'p', html: '<span>TA</span>' };

const s3: Scenario = {
  name: 'zoom25 overlay + panel in #webclient: 2-4 s mid-sentence pauses, simultaneous starts, whole turns in bursts',
  url: 'https://app.zoom.us/wc/66038152207/join?fromPWA=1',
  selfNames: [PRIYA],
  body: FRAME_HOST,
  prepare(p) {
    frame(p).body.innerHTML = `
      <div id="zmmtg-root"><div id="wc-container">
        <div class="meeting-client-inner">${OVERLAY}</div>
        <div class="sidebar-container">
          <div aria-label="Live Transcription List" class="lt-full-transcript new-lt-list-container" id="full-transcription"></div>
        </div>
        ${FOOTER}
      </div></div>`;
  },
  async play(p) {
    const d = frame(p);
    const o = Overlay.mount(d, 130);
    const pn = new Panel(d, q(d, '#full-transcription'), { [PRIYA]: 'P', [TOM]: 'T' });
    const c = (time: string) => both(o.turn(S3_C), pn.turn(PRIYA, time));
    const t = (time: string) => both(o.turn(S3_P), pn.turn(TOM, time));

    await say(p, c('15:40:02'), steps('Hello Tom, how are you feeling since we changed the antibiotic?'), 80, 10);
    await p.sleep(500);
    const a2 = t('15:40:07');
    const a2s = steps('Better, the fever broke on Sunday night and I have not had chills since.');
    await say(p, a2, a2s.slice(0, 5), 90);
    await p.sleep(3000);
    await say(p, a2, a2s.slice(5), 90);
    await p.sleep(500);
    const q3 = 'Good. Are you taking the amoxicillin';
    const q3b = `${q3} 500 mg three times a day`;
    const c3 = c('15:40:14');
    await say(p, c3, steps(q3), 80);
    await p.sleep(2500);
    await say(
      p,
      c3,
      [...more(q3, 'five hundred milligrams'), `${q3} 500 milligrams`, `${q3} 500 mg`, ...more(`${q3} 500 mg`, 'three times a day'), `${q3b}?`],
      80,
    );
    await p.sleep(500);
    await say(p, t('15:40:21'), [...steps('Yes, three times, with food'), 'Yes, three times, with food.'], 100);
    await p.sleep(800);
    await overlap(p, c('15:40:24'), steps('Any stomach upset or rash?'), t('15:40:24'), steps('Sorry, I have a question.'), 50, 120);
    await p.sleep(400);
    await say(p, c('15:40:26'), steps('Go ahead.'), 90);
    await p.sleep(400);
    await say(p, t('15:40:28'), steps('Can I drink coffee while I am on it?'), 45, 5);
    await p.sleep(500);
    const a9 = 'Yes, coffee is fine, just avoid alcohol until you finish the course on the';
    await say(p, c('15:40:31'), [...steps(`${a9} twenty first`), `${a9} 21st`, `${a9} 21st.`], 45, 5);

    // The clinician opens the pharmacy portal in another tab.
    setHidden([p.doc, d], true);
    await p.sleep(2000);
    t('15:40:36').show('Okay, no alcohol until then.');
    await p.sleep(3);
    c('15:40:38').show('And finish every pill, even if you feel fine.');
    await p.sleep(2);
    t('15:40:40').show('Will do.');
    await p.sleep(1200);
    const c12 = c('15:40:42');
    const s12 = steps('I will send you a message on Friday to check in.');
    await burst(p, c12, s12.slice(0, 6));
    await p.sleep(2500);
    await burst(p, c12, s12.slice(6));
    await p.sleep(700);
    setHidden([p.doc, d], false);

    await say(p, t('15:40:47'), [...steps('Thanks, talk to you Friday'), 'Thanks, talk to you Friday.'], 80);
  },
  leave(p) {
    q(frame(p), '#wc-container').remove();
  },
  expected: [
    { speaker: PRIYA, role: 'clinician', text: 'Hello Tom, how are you feeling since we changed the antibiotic?' },
    { speaker: TOM, text: 'Better, the fever broke on Sunday night and I have not had chills since.' },
    { speaker: PRIYA, role: 'clinician', text: 'Good. Are you taking the amoxicillin 500 mg three times a day?' },
    { speaker: TOM, text: 'Yes, three times, with food.' },
    { speaker: PRIYA, role: 'clinician', text: 'Any stomach upset or rash?' },
    { speaker: TOM, text: 'Sorry, I have a question.' },
    { speaker: PRIYA, role: 'clinician', text: 'Go ahead.' },
    { speaker: TOM, text: 'Can I drink coffee while I am on it?' },
    { speaker: PRIYA, role: 'clinician', text: 'Yes, coffee is fine, just avoid alcohol until you finish the course on the 21st.' },
    { speaker: TOM, text: 'Okay, no alcohol until then.' },
    { speaker: PRIYA, role: 'clinician', text: 'And finish every pill, even if you feel fine.' },
    { speaker: TOM, text: 'Will do.' },
    { speaker: PRIYA, role: 'clinician', text: 'I will send you a message on Friday to check in.' },
    { speaker: TOM, text: 'Thanks, talk to you Friday.' },
  ] satisfies Expected[],
  loose: true,
  forbidden: ['15:40', 'PPriya', 'TTom', 'Leave'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 4: overlay only, in the top document (no iframe).
// Tests: the "Captions will be shown in English (US)" system line in the overlay before anyone
// speaks (must not become an utterance); a patient and a clinician talking very fast (word updates
// every 25-35 ms) with long turns that roll the ~110-char window; insulin units re-spelled
// ("thirty two" → "32"); a clinician pausing 3 s and a patient pausing 2.5 s mid-sentence; a phone
// number spelled digit group by digit group and re-spelled ("five five five" → "555" → "555 0142"
// → "555-0142."); punctuation-only rewrites ("Got it, I've sent it" → "Got it. I've sent it.");
// then the clinician's tab hidden while sending the prescription: the patient's answer arrives in
// two word bursts 2 s apart after a 1.5 s silence, and the clinician's reply starts 2 ms after the
// patient's last word and finishes in a burst 1.2 s later. The clinician has a photo avatar, the
// patient initials "RG"; no names are in the DOM, so speakers are keys and no roles are set.
// Assumptions: the system line shows in the item span with no avatar; leaving shows "You have left
// the meeting" outside the (removed) meeting UI.
const S4_C: Avatar = { key: 'c', html: '<img src="https://us04images.zoom.us/p/v2/e81f3c22aa90/avatar.jpg" alt="">' };
const S4_P: Avatar = { key: 'p', html: '<span>RG</span>' };

const s4: Scenario = {
  name: 'zoom25 overlay top document: 25 ms talkers, rolling window, mid-sentence pauses, re-spelled numbers',
  url: 'https://us04web.zoom.us/wc/93017724581/join',
  selfNames: ['Sam Okafor'],
  body: `
    <div id="zmmtg-root"><div id="wc-container">
      <div class="meeting-client-inner">
        <div class="live-transcription-subtitle__box">
          <div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">Captions will be shown in English (US)</span></div>
        </div>
      </div>
      ${FOOTER}
    </div></div>`,
  async play(p) {
    const d = p.doc;
    const o = Overlay.mount(d, 110);
    await p.sleep(800);
    await say(
      p,
      o.turn(S4_P),
      steps('Hi doctor, I am calling about the refill for my insulin, the pharmacy said they need a new prescription from you before Friday.'),
      30,
      5,
    );
    await p.sleep(400);
    await say(p, o.turn(S4_C), steps('Sure, I can send that today. Which insulin is it and how many units are you taking at night?'), 35, 5);
    await p.sleep(450);
    const u = "It's the long acting one,";
    await say(p, o.turn(S4_P), [...steps(`${u} thirty two`), `${u} 32`, ...more(`${u} 32`, 'units at bedtime'), `${u} 32 units at bedtime.`], 80);
    await p.sleep(500);
    const c4 = o.turn(S4_C);
    const s4c = steps('Okay, and your pharmacy is still the one on Maple Street, correct?');
    await say(p, c4, s4c.slice(0, 9), 70);
    await p.sleep(3000);
    await say(p, c4, s4c.slice(9), 70);
    await p.sleep(500);
    const n = 'Yes. The number there is';
    await say(
      p,
      o.turn(S4_P),
      [...steps(`${n} five five five`), `${n} 555`, `${n} 555 zero`, `${n} 555 01`, `${n} 555 0142`, `${n} 555-0142`, `${n} 555-0142.`],
      60,
    );
    await p.sleep(500);
    await say(p, o.turn(S4_C), [...steps("Got it, I've sent it"), "Got it. I've sent it", "Got it. I've sent it."], 80);
    await p.sleep(500);
    const sug = 'And one more thing, my sugar was';
    const p7 = o.turn(S4_P);
    await say(p, p7, steps(sug), 70);
    await p.sleep(2500);
    await say(
      p,
      p7,
      [...more(sug, 'two hundred and ten'), `${sug} 210`, ...more(`${sug} 210`, 'this morning'), `${sug} 210 this morning.`],
      60,
    );
    await p.sleep(500);
    const h = "That's a bit high. Keep taking the";
    const h2 = `${h} 32 units, check your sugar before breakfast and before dinner every day this week, and call us if it goes above`;
    await say(p, o.turn(S4_C), [...more(h, 'thirty two'), `${h} 32`, ...more(`${h} 32`, h2.slice(h.length + 4)), ...more(h2, 'three hundred'), `${h2} 300`, `${h2} 300.`], 25, 5);
    await p.sleep(500);

    // The clinician switches to the e-prescribing tab.
    setHidden([d], true);
    await p.sleep(1500);
    const p9 = o.turn(S4_P);
    const s9 = steps('Okay, I will check it twice a day and call if it is over 300.');
    await burst(p, p9, s9.slice(0, 8));
    await p.sleep(2000);
    await burst(p, p9, s9.slice(8));
    const c10 = o.turn(S4_C);
    const s10 = steps('Perfect, the prescription is sent to Maple Street.');
    await burst(p, c10, s10.slice(0, 3));
    await p.sleep(1200);
    await burst(p, c10, s10.slice(3));
    await p.sleep(600);
    setHidden([d], false);

    await say(p, o.turn(S4_P), [...steps('Thank you so much, bye'), 'Thank you so much. Bye.'], 90);
    await p.sleep(500);
    await say(p, o.turn(S4_C), [...steps('Take care, Rosa'), 'Take care, Rosa.'], 100);
  },
  leave(p) {
    q(p.doc, '#wc-container').remove();
    q(p.doc, '#zmmtg-root').appendChild(el(p.doc, '<div class="zm-modal-body-title">You have left the meeting</div>'));
  },
  expected: [
    { speaker: P, text: 'Hi doctor, I am calling about the refill for my insulin, the pharmacy said they need a new prescription from you before Friday.' },
    { speaker: C, text: 'Sure, I can send that today. Which insulin is it and how many units are you taking at night?' },
    { speaker: P, text: "It's the long acting one, 32 units at bedtime." },
    { speaker: C, text: 'Okay, and your pharmacy is still the one on Maple Street, correct?' },
    { speaker: P, text: 'Yes. The number there is 555-0142.' },
    { speaker: C, text: "Got it. I've sent it." },
    { speaker: P, text: 'And one more thing, my sugar was 210 this morning.' },
    {
      speaker: C,
      text: "That's a bit high. Keep taking the 32 units, check your sugar before breakfast and before dinner every day this week, and call us if it goes above 300.",
    },
    { speaker: P, text: 'Okay, I will check it twice a day and call if it is over 300.' },
    { speaker: C, text: 'Perfect, the prescription is sent to Maple Street.' },
    { speaker: P, text: 'Thank you so much. Bye.' },
    { speaker: C, text: 'Take care, Rosa.' },
  ] satisfies Expected[],
  loose: true,
  forbidden: ['Captions will be shown', 'English (US)', 'You have left the meeting', 'Leave'],
};

export const zoomScenarios: Scenario[] = [s1, s2, s3, s4];
