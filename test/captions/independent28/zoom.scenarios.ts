/**
 * Zoom web client: independent scenarios, round 28 ("the research taken literally").
 *
 * Written only from /work/shared/research/caption-platforms.md, using these sections:
 *   §1   cross-platform summary, Zoom column (overlay = one persistent rolling node with no name;
 *        panel = rows with names; local user shown by avatar/initials only)
 *   §3.1 URL shapes (/wc/<id>/join|start, ?fromPWA=1, app.zoom.us, us04web, vanity subdomains),
 *        the same-origin <iframe id="webclient"> vs. top-document builds (#zmmtg-root, #wc-container),
 *        and the in-call markers #audioOptionMenu and #wc-footer .footer__leave-btn-container button
 *   §3.2 captions turned on in the call (More → Captions); captions can go off and must be re-enabled
 *   §3.3 overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img alt="" |
 *        initials <span>) + span.live-transcription-subtitle__item; text rewritten in place, old
 *        words roll off the front (~100–150 chars); the img loads a moment after the initials bubble;
 *        interleaving returns the earlier speaker's ACCUMULATED window; system lines
 *        ("Captions will be shown in English (US)", "You have left the meeting"); TT's name lookup
 *        via a participant tile img with the same src (img.parentElement.nextSibling)
 *   §3.4 full transcript panel: [aria-label="Live Transcription List"].new-lt-list-container
 *        #full-transcription, rows .lt-full-transcript__item with __avatar/__display-name/__time/
 *        __message, a __title--first row per speaker group, nameless continuation rows, a letter
 *        avatar ("KKrystian"), timestamps, React-virtualised row recycling, ASR re-punctuation and
 *        re-spelling of the trailing word
 *   §7   Zoom for Healthcare uses the same web client
 *   §8   BEM anchors, overlap/prefix diffing of the rolling window, recycled-element identity,
 *        noise filters (status lines, timestamps, doubled avatar initials)
 *   §9   fixture checklist: captions off → on → off → on (new root), two speakers alternating,
 *        self speaker, same-speaker continuation, re-punctuation, rolling window, panel retention,
 *        img vs. initials avatar, top document vs. iframe #webclient
 *
 * General assumptions where the research is silent (each scenario lists its own as well):
 * - The overlay text is one text node inside .live-transcription-subtitle__item whose data is
 *   rewritten (characterData); the avatar swap and the text rewrite happen in one React commit.
 * - Interim ASR words arrive without punctuation; the sentence's punctuation appears when the
 *   sentence completes (the documented re-punctuation), and a partially heard trailing word is
 *   re-spelled when the next word arrives. Hence `loose` (the platform re-punctuates).
 * - Participant tiles are `<div><div><img src=…></div><div>Name</div></div>`: only TT's rule
 *   `img.parentElement.nextSibling.textContent` is documented, the class names are made up.
 * - On leaving, the meeting UI (#wc-container, holding the footer and #audioOptionMenu) unmounts.
 */
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Shared page pieces

type Avatar = { kind: 'img'; src: string } | { kind: 'initials'; text: string };

interface Person {
  id: string;
  avatar: Avatar;
  /** Initials bubble shown first, before the photo loads (§3.3 "speaker key can flap"). */
  flap?: string;
}

/** §3.3: "a sliding window of about 100–150 chars that drops leading words". */
const WINDOW = 120;

function tail(words: readonly string[], max = WINDOW): string {
  const out: string[] = [];
  let len = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const add = w.length + (out.length ? 1 : 0);
    if (out.length && len + add > max) break;
    out.unshift(w);
    len += add;
  }
  return out.join(' ');
}

function avatarNode(doc: Document, a: Avatar): Element {
  return a.kind === 'img' ? el(doc, `<img src="${a.src}" alt="">`) : el(doc, `<span>${a.text}</span>`);
}

function avatarKey(a: Avatar): string {
  return a.kind === 'img' ? `img:${a.src}` : `ini:${a.text}`;
}

/** A participant tile (assumed shape, see header): TT maps an overlay img src to this name. */
function tile(a: Avatar, name: string): string {
  const face = a.kind === 'img' ? `<img src="${a.src}" alt="">` : `<span>${a.text}</span>`;
  return `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img">${face}</div><div class="video-avatar__avatar-footer">${name}</div></div>`;
}

/** Footer with the documented in-call markers (§3.1). */
const FOOTER =
  '<div id="wc-footer" class="footer"><div class="footer__inner">' +
  '<div class="footer-button-base__audio"><button type="button" aria-label="mute my microphone">Mute</button>' +
  '<ul id="audioOptionMenu" class="dropdown-menu" role="menu"></ul></div>' +
  '<div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn">Leave</button></div>' +
  '</div></div>';

function frameDoc(p: Page): Document {
  const f = p.doc.getElementById('webclient') as HTMLIFrameElement | null;
  if (!f?.contentDocument) throw new Error('scenario bug: #webclient iframe has no document');
  return f.contentDocument;
}

/** The meeting UI unmounts on leave: footer, leave button and #audioOptionMenu go with it. */
function unmountMeeting(doc: Document) {
  doc.getElementById('wc-container')?.remove();
}

/**
 * The bottom overlay (§3.3): one persistent #live-transcription-subtitle row whose first child is the
 * speaker's avatar (img with empty alt, or an initials span) and whose item text is rewritten in
 * place as a rolling window.
 */
class Overlay {
  private row: HTMLElement | null;
  private item: HTMLElement | null;
  private text: Text | null;
  private shown: string | null = null;
  /** Each speaker's accumulated words (what the overlay returns to, §3.3 interleaving). */
  readonly acc = new Map<string, string[]>();
  readonly seen = new Set<string>();

  constructor(
    private readonly doc: Document,
    private readonly box: HTMLElement,
  ) {
    this.row = box.querySelector<HTMLElement>('#live-transcription-subtitle');
    this.item = this.row?.querySelector<HTMLElement>('.live-transcription-subtitle__item') ?? null;
    if (this.item && !this.item.firstChild) this.item.append(doc.createTextNode(''));
    this.text = (this.item?.firstChild as Text | null) ?? null;
  }

  render(a: Avatar, s: string) {
    const key = avatarKey(a);
    if (!this.row || !this.item || !this.text) {
      const row = el(this.doc, '<div id="live-transcription-subtitle"></div>');
      const item = el(this.doc, '<span class="live-transcription-subtitle__item"></span>');
      const text = this.doc.createTextNode(s);
      item.append(text);
      row.append(avatarNode(this.doc, a), item);
      this.box.append(row);
      this.row = row;
      this.item = item;
      this.text = text;
      this.shown = key;
      return;
    }
    if (this.shown !== key) {
      const node = avatarNode(this.doc, a);
      const first = this.row.firstChild;
      if (first && first !== this.item) this.row.replaceChild(node, first);
      else this.row.insertBefore(node, this.item);
      this.shown = key;
    }
    this.text.data = s;
  }
}

interface SayOpts {
  /** true: start from the speaker's accumulated window (interleaving); false: a fresh window. */
  keep: boolean;
  /** Interim mis-hearings of a trailing word (lower-case final word → what is shown first). */
  slips?: Record<string, string>;
  step?: number;
}

/** One speaker turn in the overlay: words grow, sentences get punctuated, the window rolls. */
async function say(p: Page, o: Overlay, who: Person, text: string, opts: SayOpts) {
  const step = opts.step ?? 90;
  const slips = opts.slips ?? {};
  const sentences = text.split(/(?<=[.?!])\s+/);
  let done = opts.keep ? [...(o.acc.get(who.id) ?? [])] : [];
  let wordNo = 0;
  const firstAppearance = !o.seen.has(who.id);
  for (const sentence of sentences) {
    const fin = sentence.split(' ');
    const interim = fin.map((w) => w.replace(/[.,?!;:]+$/, ''));
    for (let i = 1; i <= fin.length; i++) {
      const shown = interim.slice(0, i);
      const slip = slips[shown[i - 1]!.toLowerCase()];
      if (slip !== undefined) shown[i - 1] = slip;
      wordNo++;
      const avatar: Avatar =
        who.flap && firstAppearance && wordNo <= 2 ? { kind: 'initials', text: who.flap } : who.avatar;
      o.render(avatar, tail([...done, ...shown]));
      await p.sleep(step);
    }
    done = [...done, ...fin];
    o.render(who.avatar, tail(done));
    await p.sleep(step);
  }
  o.acc.set(who.id, done);
  o.seen.add(who.id);
}

const C = { key: 'clinician' } as const;
const P = { key: 'patient' } as const;

// ---------------------------------------------------------------------------------------------
// 1. Overlay inside the same-origin #webclient iframe, photo vs. initials avatar, rolling window

const S1_DOC_SRC = 'https://app.zoom.us/p/v2/7c1e9a40d2b3f5a6/0b8e2f7a-4c1d-avatar.jpg';
const s1Clinician: Person = { id: 'c', avatar: { kind: 'img', src: S1_DOC_SRC } };
const s1Patient: Person = { id: 'p', avatar: { kind: 'initials', text: 'MR' } };

const s1Turns: { who: Person; text: string; slips?: Record<string, string> }[] = [
  {
    who: s1Clinician,
    text: 'Hi Marcus, thanks for joining today. How have you been since we started the sertraline last month?',
    slips: { sertraline: 'sir' },
  },
  { who: s1Patient, text: 'Pretty good overall. The first week I felt a little queasy, but that went away after a few days.' },
  { who: s1Clinician, text: "That's common early on. How has your sleep been?" },
  {
    who: s1Patient,
    text:
      "Sleep is better than it was. I'm falling asleep around eleven now, and I only wake up once or twice, usually around three in the morning. " +
      'Most nights I can get back to sleep within twenty minutes, which is a big change from before.',
  },
  { who: s1Clinician, text: "That's real progress. And your mood, on a scale of one to ten?" },
  { who: s1Patient, text: "I'd say a six most days. Last month it was more like a three or four.", slips: { four: 'for' } },
  {
    who: s1Clinician,
    text:
      "Good. I'd like to keep the same dose for now, fifty milligrams every morning with breakfast. " +
      'If the early waking continues, we can talk about adjusting the timing at your next visit.',
  },
  { who: s1Patient, text: 'Okay, that works. Should I keep doing the sleep diary?' },
  { who: s1Clinician, text: 'Yes, please keep the diary and bring it to our next appointment in four weeks.' },
  { who: s1Patient, text: 'Will do. Thank you, doctor.' },
];

/**
 * Tests: the documented current layout — the meeting UI inside the same-origin <iframe id="webclient">
 * (§3.1) on app.zoom.us/wc/<id>/join?fromPWA=1 — with the bottom overlay (§3.3). The local clinician
 * speaks with a photo <img alt=""> and the patient with an initials <span>MR</span>; the first child
 * of the one persistent row is swapped at each speaker change (no name in the overlay, so speakers are
 * keys; the tiles allow TT's src → name lookup). Two long answers exceed the ~120-char window, so old
 * words roll off the front while new ones grow (§3.3, §8.9); trailing words are re-spelled
 * ("sir" → "sertraline") and sentences re-punctuated. The raw row text would be "MRPretty good…"
 * (doubled initials, §8.11), so "MR" must never appear in text.
 * Assumptions: captions were already on (box present, empty) when capture starts; each turn follows
 * a pause, so the overlay starts that speaker's window fresh (the returning accumulated window is
 * scenario 2); role is not set because the overlay carries no self marker (§1).
 */
const s1: Scenario = {
  name: 'zoom r28: iframe #webclient overlay, photo vs initials avatar, rolling window on a medication follow-up',
  url: 'https://app.zoom.us/wc/84512345678/join?fromPWA=1',
  selfNames: ['Dr. Alice Smith'],
  body: '<iframe id="webclient" title="Zoom web client"></iframe>',
  prepare(p) {
    const d = frameDoc(p);
    d.body.innerHTML =
      '<div id="zmmtg-root"><div id="wc-container"><div class="meeting-client"><div class="gallery-video-container">' +
      tile(s1Clinician.avatar, 'Dr. Alice Smith') +
      tile(s1Patient.avatar, 'Marcus Reed') +
      '</div><div class="live-transcription-subtitle__box"></div></div>' +
      FOOTER +
      '</div></div>';
  },
  async play(p) {
    const d = frameDoc(p);
    const o = new Overlay(d, q(d, '.live-transcription-subtitle__box'));
    for (const t of s1Turns) {
      await say(p, o, t.who, t.text, { keep: false, slips: t.slips ?? {}, step: 85 });
      await p.sleep(450);
    }
  },
  leave(p) {
    unmountMeeting(frameDoc(p));
  },
  expected: s1Turns.map((t): Expected => ({ speaker: t.who === s1Clinician ? C : P, text: t.text })),
  loose: true,
  forbidden: ['MR'],
};

// ---------------------------------------------------------------------------------------------
// 2. Top-document build, interleaving returns the accumulated window, initials → img flap

const s2ClinicianSrc = 'https://northvalleyhealth.zoom.us/p/v2/a93f0c11e2/priya-nair-avatar.jpg';
const s2PatientSrc = 'https://northvalleyhealth.zoom.us/p/v2/5d7b2e8c40/dana-w-avatar.jpg';
const s2Clinician: Person = { id: 'c', avatar: { kind: 'img', src: s2ClinicianSrc } };
const s2Patient: Person = { id: 'p', avatar: { kind: 'img', src: s2PatientSrc }, flap: 'DW' };

const s2Turns: { who: Person; text: string; slips?: Record<string, string>; quick?: boolean }[] = [
  { who: s2Clinician, text: 'Good afternoon, Dana. How is the back pain this week?' },
  { who: s2Patient, text: "It's been up and down. Mornings are the worst, it's stiff for about an hour after I get up." },
  { who: s2Clinician, text: 'Okay.', quick: true },
  { who: s2Patient, text: 'But once I start moving and do the stretches from physical therapy, it loosens up by mid-morning.', quick: true },
  { who: s2Clinician, text: "That's encouraging. What would you rate the pain today, from zero to ten?" },
  { who: s2Patient, text: 'Today about a four. At its worst last week it was a seven.' },
  { who: s2Clinician, text: 'Right.', quick: true },
  { who: s2Patient, text: 'That was after I carried groceries up the stairs.', quick: true },
  { who: s2Clinician, text: 'Are you still taking the naproxen twice a day with food?', slips: { naproxen: 'nap' } },
  { who: s2Patient, text: 'Just once a day now, in the evening. It upsets my stomach less that way.' },
  {
    who: s2Clinician,
    text: "That's fine. Let's set a goal of walking twenty minutes a day, and I'll send a new physical therapy referral for another six weeks.",
  },
  { who: s2Patient, text: 'Sounds good. Thank you so much.' },
];

/**
 * Tests: the top-document build (§3.1: "Some builds render the meeting directly in the top document",
 * detected by #zmmtg-root / #wc-container / #live-transcription-subtitle) on a vanity subdomain with
 * /wc/<id>/start (the clinician hosts). Both speakers have photo avatars; the patient's first
 * appearance shows the initials bubble "DW" for two words before the img loads (§3.3 flap) — one
 * speaker, one turn. Every return to a speaker shows that speaker's ACCUMULATED window (§3.3
 * interleaving): the clinician's one-word back-channels "Okay." and "Right." arrive as
 * "…How is the back pain this week? Okay", and the patient's continuations arrive behind her earlier
 * tail, so only the new words are new (§8.9 overlap diffing). Sentences are re-punctuated as they
 * complete; "nap" is re-spelled to "naproxen".
 * Assumptions: the accumulated window is kept for the whole call (research gives no reset rule);
 * the flap happens only on the first appearance (the photo is cached afterwards).
 */
const s2: Scenario = {
  name: 'zoom r28: top-document overlay, interleaved back-channels return the accumulated window, initials→photo flap',
  url: 'https://northvalleyhealth.zoom.us/wc/91234567890/start',
  selfNames: ['Dr. Priya Nair'],
  body:
    '<div id="zmmtg-root"><div id="wc-container"><div class="meeting-client"><div class="gallery-video-container">' +
    tile(s2Clinician.avatar, 'Dr. Priya Nair') +
    tile(s2Patient.avatar, 'Dana Whitfield') +
    '</div><div class="live-transcription-subtitle__box"></div></div>' +
    FOOTER +
    '</div></div>',
  async play(p) {
    const o = new Overlay(p.doc, q(p.doc, '.live-transcription-subtitle__box'));
    for (let i = 0; i < s2Turns.length; i++) {
      const t = s2Turns[i]!;
      await say(p, o, t.who, t.text, { keep: true, slips: t.slips ?? {}, step: 90 });
      // A back-channel and the resumed answer follow with hardly any gap.
      await p.sleep(s2Turns[i + 1]?.quick ? 200 : 420);
    }
  },
  leave(p) {
    unmountMeeting(p.doc);
  },
  expected: s2Turns.map((t): Expected => ({ speaker: t.who === s2Clinician ? C : P, text: t.text })),
  loose: true,
  forbidden: ['DW'],
};

// ---------------------------------------------------------------------------------------------
// 3. Full transcript side panel: names, grouped rows, letter avatar, ASR rewrites, recycled rows

interface PanelRow {
  who: 'c' | 'p';
  time: string;
  /** What the ASR shows while the row grows (word by word). */
  interim: string;
  /** The re-punctuated / re-spelled final form, if it differs. */
  final?: string;
}

const S3_DOC = 'Dr. Kevin Osei';
const S3_PAT = 'Krystal Lane';
const S3_DOC_AVATAR = '<img src="https://us04web.zoom.us/p/v2/e41b7a9c03/kevin-osei.jpg" alt="">';
const S3_PAT_AVATAR = 'K'; // letter avatar: naive title text gives "KKrystal Lane" (§3.4)

const s3Rows: PanelRow[] = [
  { who: 'c', time: '14:02:05', interim: 'Hi Krystal, can you. Hear me oh', final: 'Hi Krystal, can you hear me okay?' },
  { who: 'p', time: '14:02:09', interim: 'Yes, I can hear you fine.' },
  { who: 'c', time: '14:02:14', interim: 'Great. How have you been doing on the lisa', final: 'Great. How have you been doing on the lisinopril?' },
  {
    who: 'p',
    time: '14:02:20',
    interim: 'Pretty well, my home readings have mostly been in the high. One twenties',
    final: 'Pretty well. My home readings have mostly been in the high one twenties.',
  },
  { who: 'p', time: '14:02:27', interim: "I did get a dry cough a couple of weeks ago, but it's mostly gone now." },
  {
    who: 'c',
    time: '14:02:35',
    interim: "Okay. I'm glad it settled, any dizziness when you stand",
    final: "Okay, I'm glad it settled. Any dizziness when you stand up?",
  },
  { who: 'p', time: '14:02:41', interim: 'Only once, when I got out of bed too quickly.' },
  { who: 'c', time: '14:02:46', interim: 'And how are you sleeping these days?' },
  { who: 'p', time: '14:02:50', interim: "Better, I'm getting about seven. Ours most", final: "Better. I'm getting about seven hours most nights." },
  { who: 'p', time: '14:02:56', interim: 'I stopped drinking coffee after lunch like you suggested.' },
  {
    who: 'c',
    time: '14:03:03',
    interim: "That's great to hear. Let's keep the same dose and check your laps",
    final: "That's great to hear. Let's keep the same dose and check your labs in two weeks.",
  },
  { who: 'c', time: '14:03:10', interim: "I'll send the lab order to the clinic today." },
  { who: 'p', time: '14:03:15', interim: 'Perfect, thank you so much.' },
];

/** Rows the virtualised list keeps mounted before it starts recycling elements. */
const S3_POOL = 6;

function setTitleParts(doc: Document, row: HTMLElement, who: 'c' | 'p') {
  const name = who === 'c' ? S3_DOC : S3_PAT;
  let avatar = row.querySelector<HTMLElement>('.lt-full-transcript__avatar');
  let display = row.querySelector<HTMLElement>('.lt-full-transcript__display-name');
  const time = q(row, '.lt-full-transcript__time');
  if (!avatar) {
    avatar = el<HTMLElement>(doc, '<div class="lt-full-transcript__avatar"></div>');
    row.insertBefore(avatar, time);
  }
  if (!display) {
    display = el<HTMLElement>(doc, '<span class="lt-full-transcript__display-name"></span>');
    row.insertBefore(display, time);
  }
  const wantImg = who === 'c';
  const hasImg = !!avatar.querySelector('img');
  if (wantImg && !hasImg) avatar.replaceChildren(el(doc, S3_DOC_AVATAR));
  else if (!wantImg && hasImg) avatar.replaceChildren(doc.createTextNode(S3_PAT_AVATAR));
  if (display.firstChild?.nodeType === 3) (display.firstChild as Text).data = name;
  else display.replaceChildren(doc.createTextNode(name));
}

/**
 * Tests: the full transcript side panel (§3.4, "preferred because its rows carry speaker names") in
 * the #webclient iframe on us04web.zoom.us (the build ZWC verified). Rows are
 * .lt-full-transcript__item with __avatar / __display-name / __time / __message; a speaker's first row
 * carries lt-full-transcript__title--first and the name, continuation rows carry only time + message
 * and inherit the speaker. The patient has a letter avatar "K" next to "Krystal Lane" (naive text
 * "KKrystal Lane"), timestamps like "14:02:05" must not leak into text (§8.11). The last row's message
 * grows word by word and the ASR then rewrites mid-sentence punctuation and re-spells the trailing
 * word ("can you. Hear me oh" → "can you hear me okay?", like ZWC's Polish example). After six rows
 * the React-virtualised list recycles row elements for new utterances (§3.4, §8.8): the oldest row's
 * name/time/message are rewritten wholesale (its old utterance must stay intact) and it becomes the
 * newest row. The local clinician appears under his own display name (in selfNames → clinician role).
 * Assumptions: the panel is already open and the bottom overlay hidden ("Hide subtitle"), so only the
 * panel shows captions; the self row shows the display name (no "(Me)"); a recycled element is moved
 * to the end of the list in the same commit that rewrites its text, and title parts are added/removed
 * when it changes between a title row and a continuation row.
 */
const s3: Scenario = {
  name: 'zoom r28: full transcript panel rows with names, grouped continuations, ASR rewrites and recycled rows',
  url: 'https://us04web.zoom.us/wc/87654321098/join',
  selfNames: [S3_DOC],
  body: '<iframe id="webclient" title="Zoom web client"></iframe>',
  prepare(p) {
    const d = frameDoc(p);
    d.body.innerHTML =
      '<div id="zmmtg-root"><div id="wc-container"><div class="meeting-client"><div class="speaker-view"></div></div>' +
      '<div class="transcript-side-panel"><div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div></div>' +
      FOOTER +
      '</div></div>';
  },
  async play(p) {
    const d = frameDoc(p);
    const list = q(d, '#full-transcription');
    const mounted: HTMLElement[] = [];
    let prev: 'c' | 'p' | null = null;
    for (const r of s3Rows) {
      const title = r.who !== prev;
      const first = r.interim.split(' ')[0]!;
      let row: HTMLElement;
      if (mounted.length < S3_POOL) {
        row = el(
          d,
          `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message">${first}</div></div>`,
        );
        row.className = title ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
        if (title) setTitleParts(d, row, r.who);
        list.append(row);
      } else {
        // Virtualisation: the row scrolled out of view is reused for the new utterance.
        row = mounted.shift()!;
        row.className = title ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
        if (title) setTitleParts(d, row, r.who);
        else {
          row.querySelector('.lt-full-transcript__avatar')?.remove();
          row.querySelector('.lt-full-transcript__display-name')?.remove();
        }
        (q(row, '.lt-full-transcript__time').firstChild as Text).data = r.time;
        (q(row, '.lt-full-transcript__message').firstChild as Text).data = first;
        list.append(row);
      }
      mounted.push(row);
      const msg = q(row, '.lt-full-transcript__message').firstChild as Text;
      await p.sleep(100);
      await grow(p, msg, r.interim, r.final, 100, 1);
      prev = r.who;
      await p.sleep(400);
    }
  },
  leave(p) {
    unmountMeeting(frameDoc(p));
  },
  expected: s3Rows.map(
    (r): Expected =>
      r.who === 'c' ? { speaker: S3_DOC, role: 'clinician', text: r.final ?? r.interim } : { speaker: S3_PAT, text: r.final ?? r.interim },
  ),
  loose: true,
  forbidden: [...s3Rows.map((r) => r.time), S3_PAT, 'Kevin Osei'],
};

// ---------------------------------------------------------------------------------------------
// 4. Captions off → on → off → on again (a new overlay root), status line, iframe build

const s4Clinician: Person = { id: 'c', avatar: { kind: 'initials', text: 'HC' } };
const s4Patient: Person = { id: 'p', avatar: { kind: 'img', src: 'https://zoom.us/p/v2/19ce4d7a52/luis-ortega.jpg' } };

const s4Before: { who: Person; text: string; slips?: Record<string, string> }[] = [
  { who: s4Clinician, text: 'Okay, the captions are on now. So Luis, how has your mood been over the past two weeks?' },
  { who: s4Patient, text: 'Honestly a bit better. I still have some anxious days, mostly on Sunday nights before work.' },
  { who: s4Clinician, text: 'What have you been doing on those evenings to manage it?' },
  { who: s4Patient, text: "The breathing exercise helps, and I've been going for a short walk after dinner." },
  { who: s4Clinician, text: 'Good. Are you still taking the buspirone twice a day?', slips: { buspirone: 'bus' } },
  { who: s4Patient, text: "Yes, morning and evening. I haven't missed any doses." },
];
// While captions are off the patient says "And my sleep has been a little broken up." (never shown).
const s4After: { who: Person; text: string; slips?: Record<string, string> }[] = [
  { who: s4Clinician, text: 'Sorry, the captions dropped for a moment. You mentioned your sleep is still broken up?' },
  { who: s4Patient, text: 'A little. I wake up maybe once a night now instead of three or four times.' },
  { who: s4Clinician, text: "That's a good change. For next steps, let's keep the same dose and set a goal of three walks a week." },
  { who: s4Patient, text: 'I can do that. When should we meet again?' },
  { who: s4Clinician, text: "Let's do a video visit in one month, and message me sooner if the anxiety gets worse." },
  { who: s4Patient, text: 'Okay, thanks so much.' },
];

const STATUS = 'Captions will be shown in English (US)';

function captionsOn(d: Document): HTMLElement {
  const box = el(
    d,
    `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">${STATUS}</span></div></div>`,
  );
  q(d, '.meeting-client').append(box);
  return box;
}

/**
 * Tests: §9's toggle checklist on Zoom — captions off when capture starts (no
 * .live-transcription-subtitle__box), turned on from More → Captions (§3.2: the box appears), off
 * again mid-visit (the box is removed; the patient's sentence during that gap is not expected), then on
 * again (a NEW box node, §8.5 re-attach). Each time captions come on, the row first shows the
 * documented status line "Captions will be shown in English (US)" (§3.3 system lines, §8.11) before
 * speech replaces it. The local clinician has an initials avatar "HC" and the patient a photo; the
 * meeting UI is in the #webclient iframe on plain zoom.us/wc/<10-digit id>/join. On leave the
 * meeting UI unmounts and "You have left the meeting" is shown (a documented system line).
 * Assumptions: the status line sits in the item span with no avatar before the first speaker; the
 * same status shows again on re-enable; turns after pauses start fresh windows; no role (overlay has
 * no self marker).
 */
const s4: Scenario = {
  name: 'zoom r28: captions off, on, off, on again (new overlay box) with status line, iframe build, mood follow-up',
  url: 'https://zoom.us/wc/7712345678/join',
  selfNames: ['Dr. Hannah Cole'],
  body: '<iframe id="webclient" title="Zoom web client"></iframe>',
  prepare(p) {
    const d = frameDoc(p);
    d.body.innerHTML =
      '<div id="zmmtg-root"><div id="wc-container"><div class="meeting-client"><div class="gallery-video-container">' +
      tile(s4Clinician.avatar, 'Dr. Hannah Cole') +
      tile(s4Patient.avatar, 'Luis Ortega') +
      '</div></div>' +
      FOOTER +
      '</div></div>';
  },
  async play(p) {
    const d = frameDoc(p);
    await p.sleep(600); // captions still off
    let o = new Overlay(d, captionsOn(d));
    await p.sleep(900);
    for (const t of s4Before) {
      await say(p, o, t.who, t.text, { keep: false, slips: t.slips ?? {}, step: 85 });
      await p.sleep(400);
    }
    await p.sleep(300);
    q(d, '.live-transcription-subtitle__box').remove(); // captions off
    await p.sleep(1600);
    o = new Overlay(d, captionsOn(d)); // captions on again: a new root
    await p.sleep(900);
    for (const t of s4After) {
      await say(p, o, t.who, t.text, { keep: false, slips: t.slips ?? {}, step: 85 });
      await p.sleep(400);
    }
  },
  leave(p) {
    const d = frameDoc(p);
    unmountMeeting(d);
    d.body.append(el(d, '<div class="zm-modal-body-title">You have left the meeting</div>'));
  },
  expected: [...s4Before, ...s4After].map((t): Expected => ({ speaker: t.who === s4Clinician ? C : P, text: t.text })),
  loose: true,
  forbidden: ['Captions will be shown', 'English (US)', 'HC', 'You have left the meeting'],
};

export const zoomScenarios: Scenario[] = [s1, s2, s3, s4];
