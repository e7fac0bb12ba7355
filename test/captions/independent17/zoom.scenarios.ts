// Round 17, Zoom web client. Written only from /work/shared/research/caption-platforms.md (§3.1 URLs,
// the same-origin `#webclient` iframe vs. top-document builds and in-call markers, §3.3 overlay:
// one persistent rolling node, img or initials avatar, no name, avatar flap, flip-back with the
// accumulated window, system lines; §3.4 full-transcript panel: rows, grouped continuation rows,
// letter avatar inside the title row, virtualised row recycling, ASR re-punctuation, localized panel
// name; §8, §9) and the kit API. Expected utterances are what was said in each scenario.
import { el, type Expected, type Page, type Role, type Scenario, type SpeakerSpec } from '../independent/kit.ts';

const STEP = 90;

/** §3.1 in-call markers: `#audioOptionMenu` and the footer leave button. */
const inCall = `<div id="wc-container"><div id="wc-footer"><div id="audioOptionMenu"></div><div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div></div></div>`;

function leaveZoom(d: Document) {
  d.getElementById('wc-footer')?.remove();
  d.querySelector('.live-transcription-subtitle__box')?.remove();
  d.getElementById('full-transcription')?.remove();
  d.querySelector('.lt-full-transcript')?.remove();
}
const frameDoc = (p: Page) => (p.doc.getElementById('webclient') as HTMLIFrameElement).contentDocument!;

// ---------------------------------------------------------------------------------------------
// Overlay
// ---------------------------------------------------------------------------------------------
interface OPerson {
  key: string;
  avatar: { img: string } | { initials: string };
}
interface OTurn {
  who: string;
  say: string;
  /** The speaker comes back right after an interjection: the overlay shows their accumulated window. */
  resume?: boolean;
  /** The initials bubble shows first, the avatar img replaces it a moment later (§3.3 flap). */
  flap?: string;
  before?: (d: Document) => void;
}

function avatarNode(d: Document, a: OPerson['avatar']): Element {
  return 'img' in a ? el(d, `<img src="${a.img}" alt="">`) : el(d, `<span>${a.initials}</span>`);
}

/** Last words of `words` that fit in ~110 chars (the rolling window, old words drop off the front). */
function tail(words: string[]): string {
  const out: string[] = [];
  let len = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    len += words[i]!.length + 1;
    if (len > 110 && out.length > 0) break;
    out.unshift(words[i]!);
  }
  return out.join(' ');
}

async function playOverlay(p: Page, d: Document, turns: OTurn[], people: Record<string, OPerson>) {
  const row = d.getElementById('live-transcription-subtitle')!;
  const item = row.querySelector('.live-transcription-subtitle__item')!;
  let node = item.firstChild as Text | null;
  if (!node) node = item.appendChild(d.createTextNode(''));
  const said = new Map<string, string[]>(); // words each speaker has in their accumulated window
  let current: string | null = null;
  for (const t of turns) {
    t.before?.(d);
    const who = people[t.who]!;
    if (current !== t.who) {
      // the persistent row swaps its first child (avatar) when the speaker changes
      const av = t.flap ? el(d, `<span>${t.flap}</span>`) : avatarNode(d, who.avatar);
      if (row.firstChild === item) row.insertBefore(av, item);
      else row.replaceChild(av, row.firstChild!);
    }
    // Assumption: a new turn after someone else spoke starts an empty window; only `resume` (a
    // return right after an interjection) shows the earlier accumulated text again.
    const win: string[] = current === t.who || t.resume ? (said.get(t.who) ?? []) : [];
    current = t.who;
    const words = t.say.split(' ');
    for (const [k, w] of words.entries()) {
      win.push(w);
      node.data = tail(win);
      if (t.flap && k === 1) row.replaceChild(avatarNode(d, who.avatar), row.firstChild!);
      await p.sleep(STEP);
    }
    said.set(t.who, win);
    await p.sleep(400);
  }
}

function oExpected(turns: OTurn[], people: Record<string, OPerson>): Expected[] {
  // No roles: the overlay carries no name, so who is the extension user is not in the caption DOM.
  return turns.map((t) => ({ speaker: { key: people[t.who]!.key } as SpeakerSpec, text: t.say }));
}

const overlayHtml = (initial: string) =>
  `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">${initial}</span></div></div>`;

/** Participant tiles (TT looks up the avatar src there: img.parentElement.nextSibling = name).
 *  Assumption: tile markup beyond that relation is made up. */
const tiles = (xs: [string, string][]) =>
  `<div class="gallery-video-container">${xs.map(([src, name]) => `<div class="video-avatar__avatar"><div><img src="${src}" alt=""></div><span class="video-avatar__name">${name}</span></div>`).join('')}</div>`;

// 1. Overlay inside the `#webclient` iframe, photo avatars; the patient's avatar flaps from
//    initials to img on her first turn; she interjects and the clinician's window returns.
const z1People: Record<string, OPerson> = {
  C: { key: 'clinician', avatar: { img: 'https://us04images.zoom.us/p/v2/aa11/clin.jpg' } },
  P: { key: 'patient', avatar: { img: 'https://us04images.zoom.us/p/v2/bb22/sara.jpg' } },
};
const z1Turns: OTurn[] = [
  { who: 'C', say: 'Hi Sara, good to see you again. How has the sertraline been going?' },
  { who: 'P', say: 'Better than I expected, honestly.', flap: 'SK' },
  { who: 'C', say: 'Any nausea, headaches, or trouble sleeping since we went up to fifty milligrams?' },
  { who: 'P', say: "Um, some trouble falling asleep the first week, but that's gone now." },
  { who: 'C', say: 'Good. On a scale of one to ten, where would you put your anxiety these days, compared with' },
  { who: 'P', say: 'Maybe a four.' },
  { who: 'C', say: 'When we first met in April you said eight.', resume: true },
  { who: 'P', say: "Yeah, it's a lot better." },
  { who: 'C', say: "Let's stay at fifty milligrams for another three months then." },
  { who: 'P', say: 'Okay. Can I still have a glass of wine on weekends?' },
  { who: 'C', say: 'One glass is fine, just not every night.' },
  { who: 'P', say: 'Sure.' },
  { who: 'C', say: "I'll send the refill to the same pharmacy." },
  { who: 'P', say: 'Thanks so much.' },
];
const zoomOverlayIframe: Scenario = {
  name: 'zoom overlay in #webclient iframe: img avatars, rolling window, initials→img flap, flip-back after an interjection',
  url: 'https://app.zoom.us/wc/84512345678/join?fromPWA=1',
  selfNames: ['Dr. Ben Carter'],
  body: `<iframe id="webclient" title="Zoom"></iframe>`,
  prepare(p) {
    frameDoc(p).body.innerHTML = `${inCall}${tiles([
      ['https://us04images.zoom.us/p/v2/aa11/clin.jpg', 'Dr. Ben Carter'],
      ['https://us04images.zoom.us/p/v2/bb22/sara.jpg', 'Sara Kim'],
    ])}${overlayHtml('')}`;
  },
  play: (p) => playOverlay(p, frameDoc(p), z1Turns, z1People),
  leave: (p) => leaveZoom(frameDoc(p)),
  expected: oExpected(z1Turns, z1People),
  productTiming: true,
};

// 2. Overlay in the top document (#zmmtg-root build), initials bubbles, a third speaker, Zoom's
//    status lines in the same area before anyone speaks.
const z2People: Record<string, OPerson> = {
  C: { key: 'clinician', avatar: { initials: 'MO' } },
  P: { key: 'patient', avatar: { initials: 'RD' } },
  L: { key: 'son', avatar: { initials: 'LD' } },
};
const z2Turns: OTurn[] = [
  { who: 'C', say: "Good morning Mrs. Diaz, I'm Dr. Obi. What brings you in today?" },
  { who: 'P', say: 'My lower back, it started hurting last Tuesday, no, Wednesday.' },
  { who: 'C', say: 'Did anything happen, like lifting something heavy?' },
  { who: 'P', say: 'I picked up my grandson.' },
  { who: 'L', say: 'She also has some tingling in her right leg.' },
  { who: 'C', say: 'Thanks. Mrs. Diaz, is the tingling all the way down to your foot?' },
  { who: 'P', say: 'Just to the knee.' },
  { who: 'C', say: 'Any trouble controlling your bladder?' },
  { who: 'P', say: 'No, no.' },
  {
    who: 'C',
    say: "Okay, that's reassuring. I'd suggest ibuprofen, four hundred milligrams up to three times a day with food, plus gentle walking.",
  },
  { who: 'P', say: 'Uh, can I use a heating pad too?' },
  { who: 'C', say: 'Yes, twenty minutes at a time.' },
  { who: 'L', say: "We'll start today." },
  { who: 'C', say: "Call back if it isn't better in two weeks." },
];
const zoomOverlayTop: Scenario = {
  name: 'zoom overlay in the top document: initials avatars, three speakers, status lines before speech',
  url: 'https://us04web.zoom.us/wc/91234567890/join',
  selfNames: ['Dr. Michael Obi'],
  body: `<div id="zmmtg-root">${inCall}${overlayHtml('Connecting')}</div>`,
  async play(p) {
    // Assumption: the status lines are shown as the overlay text with no avatar before speech.
    const node = p.doc.querySelector('.live-transcription-subtitle__item')!.firstChild as Text;
    await p.sleep(300);
    node.data = 'Captions will be shown in English (US)';
    await p.sleep(900);
    node.data = '';
    await playOverlay(p, p.doc, z2Turns, z2People);
  },
  leave: (p) => leaveZoom(p.doc),
  expected: oExpected(z2Turns, z2People),
  productTiming: true,
  forbidden: ['Connecting', 'Captions will be shown', 'English (US)'],
};

// ---------------------------------------------------------------------------------------------
// Full-transcript panel
// ---------------------------------------------------------------------------------------------
interface PPerson {
  name: string;
  avatar: string; // letter, or an img URL
  role?: Role;
}
interface PTurn {
  who: string;
  /** The final row text. */
  say: string;
  /** The last interim text before the ASR's rewrite (mid-sentence punctuation, trailing word). */
  interim?: string;
}

function pExpected(turns: PTurn[], people: Record<string, PPerson>): Expected[] {
  return turns.map((t) => {
    const who = people[t.who]!;
    const e: Expected = { speaker: who.name, text: t.say };
    if (who.role) e.role = who.role;
    return e;
  });
}

function rowHead(d: Document, who: PPerson, time: string): HTMLElement {
  const av = who.avatar.startsWith('http') ? `<img src="${who.avatar}" alt="">` : who.avatar;
  return el(
    d,
    `<div class="lt-full-transcript__item lt-full-transcript__title--first"><div class="lt-full-transcript__avatar">${av}</div><span class="lt-full-transcript__display-name">${who.name}</span><span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message"></div></div>`,
  );
}
function rowCont(d: Document, time: string): HTMLElement {
  return el(
    d,
    `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message"></div></div>`,
  );
}
const clock = (base: number, i: number) => {
  const s = base + i * 9;
  return `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

/** Rows appended; a continuation row (same speaker) has no name. `recycleAbove`: once the list holds
 *  more rows, the top row element is reused (moved to the end, all text rewritten). Assumption: the
 *  research says rows are recycled but not how; moving the node is one way. */
async function playPanel(
  p: Page,
  d: Document,
  list: HTMLElement,
  turns: PTurn[],
  people: Record<string, PPerson>,
  opts: { base: number; recycleAbove?: number },
) {
  let last: string | null = null;
  for (const [i, t] of turns.entries()) {
    const who = people[t.who]!;
    const time = clock(opts.base, i);
    let row = last === t.who ? rowCont(d, time) : rowHead(d, who, time);
    if (opts.recycleAbove && list.children.length >= opts.recycleAbove) {
      const old = list.firstElementChild as HTMLElement;
      old.className = row.className;
      old.replaceChildren(...row.childNodes);
      row = old;
    }
    list.appendChild(row);
    last = t.who;
    const msg = row.querySelector('.lt-full-transcript__message')!;
    const node = d.createTextNode('');
    msg.appendChild(node);
    const words = (t.interim ?? t.say).split(' ');
    for (let k = 1; k <= words.length; k++) {
      node.data = words.slice(0, k).join(' ');
      await p.sleep(STEP);
    }
    if (t.interim) {
      node.data = t.say;
      await p.sleep(STEP);
    }
    await p.sleep(350);
  }
}

// 3. Panel inside the iframe: letter avatars, grouped rows, recycling, ASR rewrites.
const z3People: Record<string, PPerson> = {
  G: { name: 'Dr. Grace Liu', avatar: 'G', role: 'clinician' },
  K: { name: 'Krystian Nowak', avatar: 'K', role: 'patient' },
};
const z3Turns: PTurn[] = [
  { who: 'G', say: 'Hi Krystian, thanks for logging on.' },
  { who: 'G', say: 'How is the big toe doing?' },
  { who: 'K', say: 'Much better, the swelling is almost gone.', interim: 'Much better. The swelling is almost gon' },
  { who: 'K', say: 'It still hurts a bit when I walk a lot.' },
  { who: 'G', say: 'Are you still taking the colchicine?' },
  { who: 'K', say: 'Um, I stopped on Sunday, no, on Saturday, when the pain went away.' },
  { who: 'G', say: 'That is fine. Your uric acid was 9.1, so I want to start allopurinol.' },
  { who: 'G', say: 'We will begin with 100 milligrams a day.', interim: 'We will begin with 100 milligrams. A de' },
  { who: 'K', say: "Every day, even when it doesn't hurt?" },
  { who: 'G', say: 'Yes, every day, it prevents the next attack.' },
  { who: 'K', say: 'Okay.' },
  { who: 'G', say: 'Drink plenty of water and go easy on beer.' },
  { who: 'K', say: "Ha, I'll try." },
  { who: 'G', say: 'We will recheck the blood in four weeks.' },
];
const zoomPanelIframe: Scenario = {
  name: 'zoom full-transcript panel in #webclient: letter avatars, grouped continuation rows, recycled rows, ASR rewrites',
  url: 'https://us04web.zoom.us/wc/82233445566/join',
  selfNames: ['Dr. Grace Liu'],
  body: `<iframe id="webclient" title="Zoom"></iframe>`,
  prepare(p) {
    frameDoc(p).body.innerHTML = `${inCall}<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div>`;
  },
  play: (p) =>
    playPanel(p, frameDoc(p), frameDoc(p).getElementById('full-transcription')!, z3Turns, z3People, {
      base: 10 * 3600 + 2 * 60 + 11,
      recycleAbove: 8,
    }),
  leave: (p) => leaveZoom(frameDoc(p)),
  expected: pExpected(z3Turns, z3People),
  loose: true, // Zoom's ASR re-punctuates rows and re-spells the trailing word (§3.4)
  forbidden: ['10:0', 'KKrystian', 'GDr.'],
};

// 4. Polish UI, panel in the top document, localized panel name (§3.4: "Transkrypcja").
//    Assumption: the localized name is the list's aria-label; photo avatars in the title rows.
const z4People: Record<string, PPerson> = {
  A: { name: 'Anna Kowalska', avatar: 'https://zoom.us/p/v2/cc33/anna.jpg', role: 'clinician' },
  J: { name: 'Jan Wiśniewski', avatar: 'https://zoom.us/p/v2/dd44/jan.jpg', role: 'patient' },
  M: { name: 'Maria Wiśniewska', avatar: 'https://zoom.us/p/v2/ee55/maria.jpg', role: 'other' },
};
const z4Turns: PTurn[] = [
  { who: 'A', say: 'Dzień dobry, panie Janie. Jak się pan czuje?' },
  { who: 'J', say: 'Dzień dobry. Trochę lepiej, ale nadal kaszlę.', interim: 'Dzień dobry, trochę lepiej. Ale nadal kasz.' },
  { who: 'A', say: 'Od ilu dni?' },
  { who: 'J', say: 'Od pięciu, nie, od sześciu dni.' },
  { who: 'A', say: 'Czy ma pan gorączkę?' },
  { who: 'J', say: 'Wczoraj było trzydzieści osiem i pół.' },
  { who: 'M', say: 'W nocy też miał dreszcze.' },
  { who: 'A', say: 'Dziękuję, pani Mario.' },
  { who: 'A', say: 'Przepiszę antybiotyk, amoksycylinę, pięćset miligramów trzy razy dziennie.' },
  { who: 'J', say: 'Przez ile dni?' },
  { who: 'A', say: 'Przez siedem dni. Proszę dużo pić.' },
  { who: 'J', say: 'Dobrze, dziękuję.' },
  { who: 'A', say: 'Do widzenia.' },
];
const zoomPanelPolish: Scenario = {
  name: 'zoom full-transcript panel, Polish UI ("Transkrypcja"), top document, three speakers',
  url: 'https://zoom.us/wc/87766554433/join',
  selfNames: ['Anna Kowalska'],
  body: `<div id="zmmtg-root">${inCall}<div aria-label="Transkrypcja" class="lt-full-transcript new-lt-list-container"></div></div>`,
  play: (p) =>
    playPanel(p, p.doc, p.doc.querySelector<HTMLElement>('.lt-full-transcript')!, z4Turns, z4People, { base: 14 * 3600 + 30 * 60 }),
  leave: (p) => leaveZoom(p.doc),
  expected: pExpected(z4Turns, z4People),
  loose: true, // Zoom's ASR re-punctuates rows (§3.4 example is Polish)
  productTiming: true,
  forbidden: ['14:3'],
};

export const zoomScenarios: Scenario[] = [zoomOverlayIframe, zoomOverlayTop, zoomPanelIframe, zoomPanelPolish];
