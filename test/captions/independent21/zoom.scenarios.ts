// Blind Zoom web-client scenarios (round 21): ordinary telehealth visits with everyday speech
// (fillers, false starts, self-corrections, trailing off, questions answered with questions, a
// patient reading out a medication list, a clinician summing up at the end).
//
// Written only from /work/shared/research/caption-platforms.md, plus the scenario API in
// ../independent/kit.ts and ../independent/runner.ts. Research sections used:
//   §1   cross-platform summary (Zoom: one rolling overlay node, no names; named panel rows)
//   §3.1 URL shapes (/wc/<8-12 digit id>/join|start, ?fromPWA=1, us04web/app/zoom.us), the same-origin
//        <iframe id="webclient"> vs top-document builds (#zmmtg-root, #wc-container), and the in-call
//        markers #audioOptionMenu and `#wc-footer .footer__leave-btn-container button`
//   §3.3 overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img | initials
//        <span>) + span.live-transcription-subtitle__item; one persistent text rewritten in place, a
//        rolling window of about 100-150 chars; a returning speaker shows their ACCUMULATED window;
//        the initials bubble is replaced by the photo a moment later; system lines in the same area
//   §3.4 panel: [aria-label="Live Transcription List"].new-lt-list-container#full-transcription with
//        .lt-full-transcript__item rows (avatar, display-name, time, message), name only on the first
//        row of a run (…__title--first), letter avatar next to the name, re-punctuation and
//        re-spelled words, rows recycled by the virtualised list
//   §7   Zoom for Healthcare uses the same web client
//   §8   items 1, 4, 7, 8, 9, 11 (BEM anchors, characterData rewrites, stabilisation, recycled rows,
//        rolling-window diffing, noise: status lines, timestamps, doubled initials)
//   §9   fixture checklist (captions switched on mid-call, img vs initials, top vs iframe, rolling
//        window, retention/recycling, re-punctuation, non-caption live region)
//
// Where the research is silent, each scenario says what it assumes. Assumptions common to all:
//   - the panel's last row grows word by word while the person talks (a live row), and any ASR
//     correction lands on that row before the next row starts;
//   - the local user's panel row carries their own display name (not "You"/"Me");
//   - the local user is the clinician (their display name starts with "Dr." too), so only their
//     rows get an expected role; the other party's role is left open;
//   - overlay speakers get `{ key }` (no names in the overlay, §3.3), and no roles;
//   - the overlay keeps the last text on screen during silence (it is not cleared between turns);
//   - leaving unmounts the meeting UI (or at least the footer with both markers); the URL stays.
import { el, q, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Page model

type OverlayAvatar = { img: string } | { initials: string };
type PanelAvatar = { img: string } | { letter: string };

interface Person {
  /** Display name (panel rows and participant tiles only; never in the overlay). */
  name: string;
  speaker: Expected['speaker'];
  role?: Role;
  overlayAvatar: OverlayAvatar;
  panelAvatar?: PanelAvatar;
  /** On this person's first overlay turn, an initials bubble shows before the photo loads (§3.3). */
  flapInitials?: string;
}

interface Turn {
  who: string;
  /** What was said, as the ASR finally shows it. */
  text: string;
  /**
   * What the ASR shows while the words arrive, before the final re-punctuation/re-spelling. Default:
   * the final text without its closing punctuation (the full stop lands last).
   */
  interim?: string;
  /** Silence before the turn, ms. */
  gap?: number;
  /** Something else on the page changes just before this turn (chat message…). */
  before?: (doc: Document) => void;
}

interface Timing {
  lo: number;
  hi: number;
  /** Words added per update, cycled (default one word per update). */
  chunks?: number[];
}

interface Call {
  frame?: boolean;
  people: Record<string, Person>;
  turns: Turn[];
  timing: Timing;
  overlay?: boolean;
  panel?: { clockStart: number; maxRows?: number };
  intro?: (doc: Document, overlay: Overlay | null, wait: (ms: number) => Promise<void>) => Promise<void>;
}

const WINDOW_CHARS = 130;

/** The rolling overlay window: the longest tail of whole words that fits (§3.3, "about 100-150"). */
function tail(words: string[]): string {
  let start = 0;
  while (start < words.length - 1 && words.slice(start).join(' ').length > WINDOW_CHARS) start++;
  return words.slice(start).join(' ');
}

class Overlay {
  private readonly doc: Document;
  private row: HTMLElement | null = null;
  private node: Text | null = null;
  /** Everything each speaker has said so far (the overlay shows a returning speaker's accumulated tail). */
  private readonly said = new Map<string, string[]>();

  constructor(doc: Document) {
    this.doc = doc;
  }

  private parts(): { row: HTMLElement; node: Text } {
    if (!this.row || !this.node) {
      const row = el(this.doc, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
      const node = this.doc.createTextNode('');
      q(row, '.live-transcription-subtitle__item').append(node);
      q(this.doc, '.live-transcription-subtitle__box').append(row);
      this.row = row;
      this.node = node;
    }
    return { row: this.row, node: this.node };
  }

  private avatar(row: HTMLElement): Element | null {
    const first = row.firstElementChild;
    return first && !first.classList.contains('live-transcription-subtitle__item') ? first : null;
  }

  /** A status line in the subtitle area, with no avatar. */
  system(text: string) {
    const { row, node } = this.parts();
    this.avatar(row)?.remove();
    node.data = text;
  }

  setAvatar(a: OverlayAvatar) {
    const { row } = this.parts();
    const cur = this.avatar(row);
    if ('img' in a && cur?.tagName === 'IMG') {
      if (cur.getAttribute('src') !== a.img) cur.setAttribute('src', a.img);
      return;
    }
    if ('initials' in a && cur?.tagName === 'SPAN') {
      if (cur.textContent !== a.initials) cur.textContent = a.initials;
      return;
    }
    const next = 'img' in a ? el(this.doc, `<img src="${a.img}" alt="">`) : el(this.doc, `<span>${a.initials}</span>`);
    if (cur) cur.replaceWith(next);
    else row.insertBefore(next, row.firstChild);
  }

  show(who: string, words: string[]) {
    this.parts().node.data = tail([...(this.said.get(who) ?? []), ...words]);
  }

  commit(who: string, words: string[]) {
    this.said.set(who, [...(this.said.get(who) ?? []), ...words].slice(-60));
  }
}

class Panel {
  private readonly doc: Document;
  private readonly maxRows: number;
  private last: string | null = null;

  constructor(doc: Document, maxRows: number) {
    this.doc = doc;
    this.maxRows = maxRows;
  }

  /** Starts a row (a title row when the speaker changes, else a continuation row) and returns its text. */
  add(id: string, who: Person, time: string, text: string): Text {
    const doc = this.doc;
    const list = q(doc, '#full-transcription');
    const title = this.last !== id;
    this.last = id;
    let row: HTMLElement;
    let node: Text;
    const oldest = list.firstElementChild as HTMLElement | null;
    if (oldest && list.children.length >= this.maxRows) {
      // The list scrolled: the virtualised list reuses its oldest row element for the new utterance
      // (§3.4, §8.8). It moves to the bottom and every part of it is rewritten, the message text node
      // included (characterData on a node that held an earlier utterance).
      row = oldest;
      list.append(row);
      const msg = q(row, '.lt-full-transcript__message');
      node = msg.firstChild as Text;
      for (const c of Array.from(row.children)) if (c !== msg) c.remove();
    } else {
      row = el(doc, '<div class="lt-full-transcript__item"><div class="lt-full-transcript__message"></div></div>');
      node = doc.createTextNode('');
      q(row, '.lt-full-transcript__message').append(node);
      list.append(row);
    }
    row.className = title ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
    const msg = q(row, '.lt-full-transcript__message');
    if (title) {
      const a = who.panelAvatar ?? { letter: who.name.replace(/^Dr\.\s*/, '').charAt(0) };
      const avatar = 'img' in a ? `<div class="lt-full-transcript__avatar"><img src="${a.img}" alt=""></div>` : `<div class="lt-full-transcript__avatar">${a.letter}</div>`;
      msg.before(el(doc, avatar), el(doc, `<span class="lt-full-transcript__display-name">${who.name}</span>`));
    }
    msg.before(el(doc, `<span class="lt-full-transcript__time">${time}</span>`));
    node.data = text;
    return node;
  }
}

function step(t: Timing, n: number): number {
  return t.lo + ((n * 47 + 13) % (t.hi - t.lo + 1));
}

function clock(startSec: number, elapsedMs: number): string {
  const s = startSec + Math.floor(elapsedMs / 1000);
  return [Math.floor(s / 3600) % 24, Math.floor(s / 60) % 60, s % 60].map((v) => String(v).padStart(2, '0')).join(':');
}

function frameDoc(p: Page): Document {
  const d = q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

async function playCall(p: Page, c: Call): Promise<void> {
  const doc = c.frame ? frameDoc(p) : p.doc;
  const overlay = c.overlay ? new Overlay(doc) : null;
  const panel = c.panel ? new Panel(doc, c.panel.maxRows ?? Number.POSITIVE_INFINITY) : null;
  const clockStart = c.panel?.clockStart ?? 0;
  let elapsed = 0;
  const wait = async (ms: number) => {
    elapsed += ms;
    await p.sleep(ms);
  };
  if (c.intro) await c.intro(doc, overlay, wait);
  const seen = new Set<string>();
  const chunks = c.timing.chunks ?? [1];
  let n = 0;
  for (let ti = 0; ti < c.turns.length; ti++) {
    const t = c.turns[ti]!;
    const who = c.people[t.who]!;
    await wait(t.gap ?? 300 + ((ti * 389) % 900));
    t.before?.(doc);
    const interim = (t.interim ?? t.text.replace(/[.?!,]+$/, '')).split(' ');
    const final = t.text.split(' ');
    const flap = !seen.has(t.who) && who.flapInitials !== undefined;
    seen.add(t.who);
    let node: Text | null = null;
    let shown = 0;
    for (let ci = 0; shown < interim.length; ci++) {
      shown = Math.min(interim.length, shown + (chunks[ci % chunks.length] ?? 1));
      const part = interim.slice(0, shown);
      if (panel) {
        if (node) node.data = part.join(' ');
        else node = panel.add(t.who, who, clock(clockStart, elapsed), part.join(' '));
      }
      if (overlay) {
        if (ci === 0) overlay.setAvatar(flap ? { initials: who.flapInitials! } : who.overlayAvatar);
        else if (ci === 1 && flap) overlay.setAvatar(who.overlayAvatar);
        overlay.show(t.who, part);
      }
      await wait(step(c.timing, n++));
    }
    if (interim.join(' ') !== t.text) {
      // The ASR's final pass: re-punctuation / re-spelling of the words just shown.
      if (node) node.data = t.text;
      overlay?.show(t.who, final);
      await wait(step(c.timing, n++));
    }
    overlay?.commit(t.who, final);
  }
}

function expectedOf(c: Call): Expected[] {
  return c.turns.map((t) => {
    const w = c.people[t.who]!;
    return w.role ? { speaker: w.speaker, role: w.role, text: t.text } : { speaker: w.speaker, text: t.text };
  });
}

function scenario(s: Omit<Scenario, 'play' | 'expected'> & { call: Call }): Scenario {
  const { call, ...rest } = s;
  return { ...rest, play: (p) => playCall(p, call), expected: expectedOf(call) };
}

/** The meeting UI (top document or inside #webclient), per §3.1/§3.3/§3.4. */
function meetingHtml(o: { overlay?: boolean; panel?: boolean; tiles?: string; chat?: boolean }): string {
  return [
    '<div id="zmmtg-root"><div id="wc-container" class="meeting-client"><div class="meeting-client-inner">',
    '<div id="wc-content" class="meeting-app">',
    o.tiles ?? '<div class="speaker-view"><canvas class="speaker-active-container__video-frame"></canvas></div>',
    o.overlay ? '<div class="live-transcription-subtitle__box"></div>' : '',
    '</div>',
    o.panel
      ? '<div class="transcript-panel"><div class="transcript-panel__header">Live Transcript</div><div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div></div>'
      : '',
    o.chat
      ? '<div class="chat-container"><div class="chat-container__header">Chat</div><div class="chat-container__chat-list" role="log" aria-live="polite"></div></div>'
      : '',
    '<div id="wc-footer" class="footer"><div class="footer__inner">',
    '<div id="audioOptionMenu" class="footer-button-base__audio"><button type="button" aria-label="mute my microphone">Mute</button></div>',
    '<button type="button">Stop Video</button><button type="button">Participants</button><button type="button">More</button>',
    '<div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn">Leave</button></div>',
    '</div></div>',
    '</div></div></div>',
  ].join('');
}

/** Leaving: the meeting UI unmounts (both in-call markers go) and a status line is left behind. */
function leaveMeeting(doc: Document) {
  doc.getElementById('wc-container')?.remove();
  doc.getElementById('zmmtg-root')?.append(el(doc, '<div class="zm-modal-body-title">You have left the meeting</div>'));
}

const CHROME = ['Mute', 'Stop Video', 'Participants', 'Leave', 'Live Transcript'];

// ---------------------------------------------------------------------------------------------
// 1. Overlay only, top document: blood-pressure follow-up.
// Assumptions (research silent): the overlay box is mounted (empty) when the capture starts; the
// clinician has a photo avatar and the patient an initials bubble for the whole call; the overlay
// also re-punctuates (a "." becoming "," mid-window once, closing punctuation landing last); leaving
// removes #wc-footer (both markers) while the last caption stays on screen.
const bpCall: Call = {
  overlay: true,
  timing: { lo: 90, hi: 180 },
  people: {
    clin: { name: 'Dr. Nadia Okonkwo', speaker: { key: 'clinician' }, overlayAvatar: { img: 'https://app.zoom.us/p/v2/7c1e55d0a4b2f913/avatar.jpg' } },
    pt: { name: 'Gerald Hughes', speaker: { key: 'patient' }, overlayAvatar: { initials: 'GH' } },
  },
  turns: [
    { who: 'clin', gap: 400, text: 'Hi Gerald, can you hear me okay?' },
    { who: 'pt', gap: 700, text: "Yeah, yeah I can hear you. Can you, um, can you see me? The camera's kind of" },
    { who: 'clin', gap: 500, text: "I can see you fine. So we're following up on the blood pressure, how have the readings been?" },
    { who: 'pt', gap: 900, text: 'Pretty good I think. I wrote them down somewhere, hang on', interim: 'Pretty good I think. I wrote them down somewhere. Hang on' },
    { who: 'pt', gap: 1400, text: 'Okay so last week it was, uh, one thirty-eight over eighty-six, then one forty-two, and yesterday one thirty-four over eighty.' },
    { who: 'clin', gap: 600, text: "That's a lot better than before. Are you taking the lisinopril every morning?" },
    { who: 'pt', gap: 500, text: 'Every morning, yeah. Well, I missed, no, I took it Sunday, I just took it late.' },
    { who: 'clin', gap: 800, text: 'Late is fine. Any dizziness when you stand up, or, you know, feeling lightheaded?' },
    { who: 'pt', gap: 1100, text: 'Is that normal? Because sometimes in the shower I get a bit woozy' },
    { who: 'clin', gap: 400, text: 'It can happen. How often are we talking, like once a week?' },
    { who: 'pt', gap: 600, text: 'Maybe twice. It goes away pretty quick.' },
    { who: 'clin', gap: 900, text: "Okay. Um, so let me just sum up. Your numbers are improving, we'll keep the lisinopril at ten milligrams, and I'd like you to stand up slowly and drink more water." },
    { who: 'pt', gap: 500, text: 'Stand up slowly, more water. Got it.' },
    { who: 'clin', gap: 400, text: 'And send me your readings again in two weeks. Sound good?' },
    { who: 'pt', gap: 300, text: 'Sounds good, thanks doc.' },
  ],
};

// ---------------------------------------------------------------------------------------------
// 2. Panel only, top document (us04 web client): medication review, the patient reads her bottles
// out, one row per bottle (continuation rows without a name), letter avatars.
// Assumptions (research silent): the virtualised list renders at most six row elements and, when a
// new row is needed, moves the oldest element to the bottom and rewrites it (DOM order = visual order);
// the ASR re-spells drug names and moves full stops before the row is final; leaving unmounts the
// whole #zmmtg-root and leaves a status line in the body.
const medsCall: Call = {
  panel: { clockStart: 9 * 3600 + 14 * 60 + 2, maxRows: 6 },
  timing: { lo: 90, hi: 160 },
  people: {
    clin: { name: 'Dr. Samuel Brennan', speaker: 'Dr. Samuel Brennan', role: 'clinician', overlayAvatar: { initials: 'SB' }, panelAvatar: { letter: 'S' } },
    pt: { name: 'Rosa Delgado', speaker: 'Rosa Delgado', overlayAvatar: { initials: 'RD' }, panelAvatar: { letter: 'R' } },
  },
  turns: [
    {
      who: 'clin',
      gap: 400,
      text: 'Morning Rosa. So today I mostly want to go through your medications and make sure my list matches yours.',
      interim: 'Morning Rosa so today I mostly want to go through your medications and make sure my list matches yours',
    },
    { who: 'pt', gap: 700, text: 'Okay. I have the bottles right here, do you want me to just read them?' },
    { who: 'clin', gap: 500, text: 'Yes please, read me the name and the dose on each one.' },
    {
      who: 'pt',
      gap: 1200,
      text: 'Alright, the first one is metformin, five hundred milligrams, twice a day with food.',
      interim: 'Alright. The first one is metformin five hundred. Milligrams twice a day with food',
    },
    { who: 'pt', gap: 900, text: "Then, um, atorvastatin, twenty milligrams, that's at night.", interim: "Then um a tour of a statin twenty milligrams that's at night" },
    { who: 'pt', gap: 1300, text: 'The little one is amlodipine five. And then the, uh, the vitamin D, a thousand units.' },
    { who: 'clin', gap: 500, text: 'And are you still on the glipizide?' },
    { who: 'pt', gap: 600, text: 'The glip, no, that one they stopped. In March I think? Or was it April', interim: 'The glip no that one they stopped in March. I think or was it April' },
    { who: 'clin', gap: 700, text: "That's fine, I'll check the pharmacy record. Any low sugars since it was stopped?" },
    { who: 'pt', gap: 800, text: "Not that I've noticed. My fasting ones are like one twenty, one thirty.", interim: "Not that I've noticed my fasting ones are like. One twenty one thirty" },
    { who: 'clin', gap: 400, text: 'Good. And the metformin, any stomach trouble with it?' },
    { who: 'pt', gap: 900, text: 'A little bit in the beginning but, you know, it settled down' },
    {
      who: 'clin',
      gap: 1000,
      text: "Okay, so to summarize. Metformin five hundred twice a day, atorvastatin twenty at night, amlodipine five, the vitamin D, and the glipizide stays stopped. Your fasting sugars look reasonable, and we'll recheck your A1C next month.",
    },
    { who: 'pt', gap: 500, text: 'Okay. Do I need to fast for that?' },
    { who: 'clin', gap: 300, text: "No, the A1C doesn't need fasting." },
  ],
};

// ---------------------------------------------------------------------------------------------
// 3. Panel + overlay inside the same-origin <iframe id="webclient">: knee pain after a fall.
// Assumptions (research silent): the iframe has no src (about:blank, same origin) and the meeting UI
// is written into it before capture starts; panel and overlay update in the same tick from one ASR
// stream (the overlay shows the same words as the live panel row); the clinician has a photo, the
// patient an initials bubble in the overlay and a letter avatar in the panel; leaving unmounts
// #wc-container inside the iframe (the iframe itself stays).
const kneeCall: Call = {
  frame: true,
  overlay: true,
  panel: { clockStart: 14 * 3600 + 31 * 60 + 40 },
  timing: { lo: 90, hi: 150 },
  people: {
    clin: {
      name: 'Dr. Aisha Karim',
      speaker: 'Dr. Aisha Karim',
      role: 'clinician',
      overlayAvatar: { img: 'https://zoom.us/p/v2/e04b9a61c3d2/avatar.png' },
      panelAvatar: { img: 'https://zoom.us/p/v2/e04b9a61c3d2/avatar.png' },
    },
    pt: { name: 'Daniel Forsythe', speaker: 'Daniel Forsythe', overlayAvatar: { initials: 'DF' }, panelAvatar: { letter: 'D' } },
  },
  turns: [
    { who: 'clin', gap: 400, text: "Hi Daniel, it's Dr. Karim. I see you had a fall last week, how's the knee doing?" },
    { who: 'pt', gap: 800, text: "Um, it's, it's better than it was. Still swollen though, mostly around the, uh, the inside part" },
    { who: 'clin', gap: 500, text: 'Can you put weight on it?' },
    { who: 'pt', gap: 700, text: 'Does limping count? I can walk, I just, you know, I limp a bit going down the stairs.' },
    { who: 'clin', gap: 600, text: 'Limping counts. When you fell, did you hear a pop or feel it give way?' },
    { who: 'pt', gap: 900, text: 'No pop. It sort of twisted, I was stepping off the curb and my foot went one way and' },
    { who: 'pt', gap: 1000, text: 'yeah, the rest of me went the other way.' },
    { who: 'clin', gap: 500, text: 'Ouch. Have you been icing it, or taking anything for the pain?' },
    {
      who: 'pt',
      gap: 700,
      text: 'Ice at night, and ibuprofen, two of the two hundreds, maybe three times a day. Is that too much?',
      interim: 'Ice at night and ibuprofen. Two of the two hundreds maybe three times a day is that too much',
    },
    { who: 'clin', gap: 600, text: "That's fine for a short stretch, just take it with food. Any locking, where the knee gets stuck?" },
    { who: 'pt', gap: 1100, text: 'Once, I think. Getting out of the car it kind of caught and then it let go' },
    {
      who: 'clin',
      gap: 800,
      text: "Alright, so here's what I think. It sounds like a sprain, maybe a small meniscus tear. I'll refer you to physio, keep icing, ibuprofen with food, and if it locks again we'll get an MRI.",
    },
    { who: 'pt', gap: 500, text: 'Okay, physio and ice. Will they call me or do I call them?' },
    { who: 'clin', gap: 300, text: "They'll call you within a week or so." },
  ],
};

// ---------------------------------------------------------------------------------------------
// 4. Overlay only, top document, three people: an older patient with his daughter (caregiver)
// about a diuretic. Captions are switched on a moment into the call (the box mounts), the first
// thing in it is the "Captions will be shown in English (US)" status line (§3.3), and the daughter's
// first turn starts under her initials bubble before her photo replaces it (§3.3 flap). Participant
// tiles carry the photos and names the way TT looks them up (img.parentElement.nextSibling).
// Assumptions (research silent): the status line sits in the subtitle item with no avatar and is
// replaced by the first caption; tile class names are made up; the patient has no photo (initials
// for the whole call); leaving unmounts #wc-container and leaves "You have left the meeting".
const waterPillCall: Call = {
  overlay: true,
  timing: { lo: 90, hi: 160 },
  people: {
    clin: { name: 'Dr. Leah Whitfield', speaker: { key: 'clinician' }, overlayAvatar: { img: 'https://zoom.us/p/v2/51aa0f7d92c4e6b8/avatar.jpg' } },
    pt: { name: 'Harold Pruitt', speaker: { key: 'patient' }, overlayAvatar: { initials: 'HP' } },
    cg: { name: 'Karen Pruitt', speaker: { key: 'caregiver' }, overlayAvatar: { img: 'https://zoom.us/p/v2/b83f2e61047a9dc5/avatar.jpg' }, flapInitials: 'KP' },
  },
  intro: async (doc, overlay, wait) => {
    await wait(600);
    q(doc, '#wc-content').append(el(doc, '<div class="live-transcription-subtitle__box"></div>'));
    overlay?.system('Captions will be shown in English (US)');
    await wait(1000);
  },
  turns: [
    { who: 'clin', gap: 300, text: 'Hello Mr. Pruitt, hi Karen. Can you both hear me alright?' },
    { who: 'cg', gap: 700, text: "We can hear you. Dad, she's asking if you can hear her." },
    { who: 'pt', gap: 1200, text: "I can hear. It's a bit quiet" },
    { who: 'clin', gap: 600, text: "I'll speak up. So, Karen mentioned the new water pill has you going to the bathroom a lot at night?" },
    { who: 'pt', gap: 900, text: 'Every, oh, every hour it feels like. Every two hours.' },
    { who: 'cg', gap: 400, text: 'He takes it with dinner, is that, should he be taking it in the morning instead?' },
    { who: 'clin', gap: 600, text: "Yes, that's the main fix. The furosemide works for about six hours, so if he takes it in the morning most of that is done by bedtime." },
    { who: 'pt', gap: 1000, text: 'So I just move it. To breakfast' },
    { who: 'clin', gap: 400, text: 'Exactly, with breakfast. Any swelling in the ankles this week?' },
    { who: 'cg', gap: 800, text: 'Less, I think. Dad, show her your, um, no, the other foot.' },
    { who: 'pt', gap: 1300, text: "That one's better. That one was the bad one." },
    { who: 'clin', gap: 500, text: 'That looks a lot better than last month. Are you still weighing yourself every morning?' },
    { who: 'pt', gap: 700, text: 'Most mornings. One eighty-one today.' },
    {
      who: 'clin',
      gap: 600,
      text: "Good. So to wrap up, move the furosemide to breakfast, keep weighing every day, and call us if the weight goes up three pounds in a couple of days. Karen, I'll put the instructions in the portal too.",
    },
    { who: 'cg', gap: 400, text: 'Perfect, thank you so much.' },
  ],
};

const pruittTiles =
  '<div class="gallery-video-container__wrap">' +
  '<div class="video-avatar__avatar"><div class="video-avatar__avatar-img-box"><img src="https://zoom.us/p/v2/51aa0f7d92c4e6b8/avatar.jpg" alt=""></div><div class="video-avatar__avatar-name">Dr. Leah Whitfield</div></div>' +
  '<div class="video-avatar__avatar"><div class="video-avatar__avatar-img-box"><img src="https://zoom.us/p/v2/b83f2e61047a9dc5/avatar.jpg" alt=""></div><div class="video-avatar__avatar-name">Karen Pruitt</div></div>' +
  '<div class="video-avatar__avatar"><div class="video-avatar__avatar-initials">HP</div><div class="video-avatar__avatar-name">Harold Pruitt</div></div>' +
  '</div>';

// ---------------------------------------------------------------------------------------------
// 5. Panel only, top document, product timing: a sore throat, with the patient answering questions
// with questions. Updates 150-250 ms apart, sometimes two words at once (ASR chunks).
// Assumptions (research silent): photo avatars in the panel rows; a /start URL (host started the
// meeting); leaving removes #wc-footer (both markers) while the panel stays mounted.
const throatCall: Call = {
  panel: { clockStart: 16 * 3600 + 40 * 60 + 5 },
  timing: { lo: 150, hi: 250, chunks: [1, 2, 1, 2, 2] },
  people: {
    clin: {
      name: 'Dr. Marcus Lee',
      speaker: 'Dr. Marcus Lee',
      role: 'clinician',
      overlayAvatar: { initials: 'ML' },
      panelAvatar: { img: 'https://app.zoom.us/p/v2/0d6c93e2a7f14b58/avatar.jpg' },
    },
    pt: { name: 'Priya Natarajan', speaker: 'Priya Natarajan', overlayAvatar: { initials: 'PN' }, panelAvatar: { img: 'https://app.zoom.us/p/v2/9e27b4c01f5d83a6/avatar.jpg' } },
  },
  turns: [
    { who: 'clin', gap: 400, text: "Hi Priya, what's going on today?" },
    { who: 'pt', gap: 800, text: "So I've had this sore throat since, um, Thursday? Friday maybe.", interim: "So I've had this sore throat since um Thursday. Friday maybe" },
    { who: 'clin', gap: 500, text: 'Any fever with it?' },
    { who: 'pt', gap: 1000, text: 'Does ninety-nine point eight count as a fever?' },
    { who: 'clin', gap: 600, text: "Not really, that's borderline. Any cough, runny nose?" },
    { who: 'pt', gap: 700, text: 'Runny nose yes, cough a little, mostly at night' },
    { who: 'clin', gap: 900, text: 'Okay. Can you open your mouth and tilt the phone toward the light for me?' },
    { who: 'pt', gap: 1400, text: 'Like this? Is it, can you see anything' },
    { who: 'clin', gap: 500, text: "I can. It's red but I don't see any white patches. Are you able to swallow okay?" },
    { who: 'pt', gap: 600, text: 'It hurts but yeah, I can eat. Do I need antibiotics?', interim: 'It hurts but yeah I can eat do I need antibiotics' },
    {
      who: 'clin',
      gap: 800,
      text: "I don't think so. This looks viral, so antibiotics won't help. Rest, fluids, salt water gargles, and ibuprofen or acetaminophen for the pain.",
    },
    { who: 'pt', gap: 500, text: "And if it's not better by, like, next week?" },
    { who: 'clin', gap: 400, text: "Then send me a message and we'll get a strep test. Feel better, Priya." },
  ],
};

// ---------------------------------------------------------------------------------------------
// 6. Panel + overlay, top document: sertraline follow-up with sleep trouble. Both people have photo
// avatars, so the overlay's <img> only changes its src between speakers; a chat message (a separate
// aria-live log) arrives mid-call; the clinician's two last turns run on (two panel rows, one name).
// Assumptions (research silent): the overlay img is updated in place (src attribute) rather than
// replaced; chat markup/class names are made up; leaving unmounts #wc-container.
const sleepCall: Call = {
  overlay: true,
  panel: { clockStart: 11 * 3600 + 2 * 60 + 48 },
  timing: { lo: 90, hi: 160 },
  people: {
    clin: {
      name: 'Dr. Elena Varga',
      speaker: 'Dr. Elena Varga',
      role: 'clinician',
      overlayAvatar: { img: 'https://us02web.zoom.us/p/v2/3f9d1c7a20b6e548/avatar.jpg' },
      panelAvatar: { img: 'https://us02web.zoom.us/p/v2/3f9d1c7a20b6e548/avatar.jpg' },
    },
    pt: {
      name: 'Jordan Mills',
      speaker: 'Jordan Mills',
      overlayAvatar: { img: 'https://us02web.zoom.us/p/v2/a61e08d4bc973f25/avatar.jpg' },
      panelAvatar: { img: 'https://us02web.zoom.us/p/v2/a61e08d4bc973f25/avatar.jpg' },
    },
  },
  turns: [
    { who: 'clin', gap: 400, text: "Hi Jordan, good to see you again. How's the sertraline been going?" },
    { who: 'pt', gap: 900, text: 'Um, okay I think? The first week was rough, I felt kind of jittery' },
    { who: 'clin', gap: 500, text: "That's pretty common at the start. Is the jittery feeling still there?" },
    { who: 'pt', gap: 700, text: "Not really, it's mostly gone. But my sleep is, I don't know, it's weird" },
    { who: 'clin', gap: 400, text: 'Weird how? Trouble falling asleep, or waking up a lot?' },
    {
      who: 'pt',
      gap: 1200,
      text: "Both? I fall asleep fine, no wait, that's not true. It takes me like an hour, and then I wake up around four.",
      interim: "Both I fall asleep fine no wait that's not true it takes me like an hour. And then I wake up around four",
    },
    {
      who: 'clin',
      gap: 600,
      text: 'What time of day are you taking it?',
      before: (doc) =>
        q(doc, '.chat-container__chat-list').append(
          el(doc, '<div class="chat-item"><div class="chat-item__sender">Jordan Mills</div><div class="chat-message__text-box">sorry my wifi dropped for a sec</div></div>'),
        ),
    },
    { who: 'pt', gap: 500, text: 'At night, before bed. Should I not be?' },
    { who: 'clin', gap: 700, text: 'Some people find it a bit activating, so switching to the morning often helps with sleep.' },
    { who: 'pt', gap: 800, text: "Oh. Okay, that's easy. And the anxiety is, honestly, it's better. Like I went to the grocery store on a Saturday" },
    { who: 'clin', gap: 600, text: "That's a big deal, good for you." },
    {
      who: 'clin',
      gap: 1100,
      text: "So let me recap. We're keeping the sertraline at fifty milligrams, you'll move it to the morning, and we'll see how sleep goes over the next two weeks. If it's still bad we can talk about other options.",
    },
    { who: 'pt', gap: 600, text: 'Morning, fifty, two weeks. Do I need to do anything else?' },
    { who: 'clin', gap: 400, text: "Just keep a rough sleep diary if you can. I'll see you in two weeks." },
  ],
};

export const zoomScenarios: Scenario[] = [
  scenario({
    name: 'zoom21 overlay: blood pressure follow-up, photo vs initials, accumulated windows',
    url: 'https://app.zoom.us/wc/84172630915/join?fromPWA=1',
    selfNames: ['Dr. Nadia Okonkwo', 'Nadia Okonkwo'],
    body: meetingHtml({ overlay: true }),
    call: bpCall,
    leave: (p) => p.doc.getElementById('wc-footer')?.remove(),
    forbidden: [...CHROME, 'GH'],
  }),
  scenario({
    name: 'zoom21 panel: medication review read from the bottles, recycled rows',
    url: 'https://us04web.zoom.us/wc/7391046528/join',
    selfNames: ['Dr. Samuel Brennan', 'Samuel Brennan'],
    body: meetingHtml({ panel: true }),
    call: medsCall,
    leave: (p) => {
      p.doc.getElementById('zmmtg-root')?.remove();
      p.doc.body.append(el(p.doc, '<div class="zm-modal-body-title">You have left the meeting</div>'));
    },
    forbidden: [...CHROME, 'Delgado', 'Brennan', '09:14:', '09:15:', 'You have left'],
  }),
  scenario({
    name: 'zoom21 iframe panel+overlay: knee pain after a fall',
    url: 'https://zoom.us/wc/93418270655/join?fromPWA=1',
    selfNames: ['Dr. Aisha Karim', 'Aisha Karim'],
    body: '<div class="pwa-shell"><iframe id="webclient" title="Zoom meeting"></iframe></div>',
    prepare: (p) => {
      const d = frameDoc(p);
      const body = d.body ?? d.documentElement.appendChild(d.createElement('body'));
      body.innerHTML = meetingHtml({ overlay: true, panel: true });
    },
    call: kneeCall,
    leave: (p) => leaveMeeting(frameDoc(p)),
    forbidden: [...CHROME, 'Forsythe', 'DF', '14:31:', '14:32:', 'You have left'],
  }),
  scenario({
    name: 'zoom21 overlay: diuretic timing with a caregiver, captions switched on, avatar flap',
    url: 'https://zoom.us/wc/6502918374/join',
    selfNames: ['Dr. Leah Whitfield', 'Leah Whitfield'],
    body: meetingHtml({ tiles: pruittTiles }),
    call: waterPillCall,
    leave: (p) => leaveMeeting(p.doc),
    forbidden: [...CHROME, 'Captions will be shown', 'English (US)', 'HP', 'KP', 'Whitfield', 'You have left'],
  }),
  scenario({
    name: 'zoom21 panel: sore throat, questions answered with questions',
    url: 'https://app.zoom.us/wc/5286037419/start',
    selfNames: ['Dr. Marcus Lee', 'Marcus Lee'],
    body: meetingHtml({ panel: true }),
    call: throatCall,
    productTiming: true,
    leave: (p) => p.doc.getElementById('wc-footer')?.remove(),
    forbidden: [...CHROME, 'Natarajan', '16:40:', '16:41:'],
  }),
  scenario({
    name: 'zoom21 panel+overlay: sertraline and sleep, photo avatars, chat message',
    url: 'https://us02web.zoom.us/wc/81236649021/join?fromPWA=1',
    selfNames: ['Dr. Elena Varga', 'Elena Varga'],
    body: meetingHtml({ overlay: true, panel: true, chat: true }),
    call: sleepCall,
    leave: (p) => leaveMeeting(p.doc),
    forbidden: [...CHROME, 'wifi dropped', 'Mills', 'Varga', '11:02:', '11:03:', 'You have left'],
  }),
];
