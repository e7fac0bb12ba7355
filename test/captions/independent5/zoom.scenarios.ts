// Zoom web client scenarios, round 5: page lifecycle / structure churn and non-English text.
// Written only from /work/shared/research/caption-platforms.md (§1, §3, §7, §8, §9), the CODEBOOK
// "Live captions" paragraph and the independent kit/runner. No product source or fixtures were read.
import { el, grow, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Page chrome (§3.1): meeting UI inside a same-origin <iframe id="webclient">, or in the top document
// for some builds. In-call markers: #audioOptionMenu and `#wc-footer .footer__leave-btn-container button`.
// Strings are joined without whitespace so `img.parentElement.nextSibling` is the name element (TT lookup).
// ---------------------------------------------------------------------------------------------

interface Tile {
  name: string;
  img?: string;
  initials?: string;
}

const LABELS = {
  en: ['Mute', 'Start Video', 'Participants', 'Chat', 'Share Screen', 'Captions', 'More', 'Leave'],
  es: ['Silenciar', 'Iniciar video', 'Participantes', 'Chat', 'Compartir pantalla', 'Subtítulos', 'Más', 'Salir'],
} as const;

function tileHtml(t: Tile): string {
  const avatar = t.img
    ? `<div class="video-avatar__avatar"><img class="video-avatar__avatar-img" src="${t.img}" alt=""></div>`
    : `<div class="video-avatar__avatar"><span class="video-avatar__avatar-initials">${t.initials ?? '?'}</span></div>`;
  return `<div class="gallery-video-container__video-frame">${avatar}<div class="video-avatar__avatar-footer"><span>${t.name}</span></div></div>`;
}

function meetingUi(tiles: Tile[], lang: 'en' | 'es' = 'en', side = ''): string {
  const [mute, video, people, chat, share, captions, more, leave] = LABELS[lang];
  return (
    `<div id="zmmtg-root"><div id="wc-container" class="meeting-client"><div class="meeting-client-inner">` +
    `<div id="wc-content" class="meeting-app"><div class="main-layout">` +
    `<div class="gallery-video-container__main-view">${tiles.map(tileHtml).join('')}</div>` +
    `</div><div id="wc-side" class="sidebar-container">${side}</div></div>` +
    `<div id="wc-footer" class="footer"><div class="footer__inner">` +
    `<button id="audioOptionMenu" class="footer-button-base__button" aria-label="audio options"></button>` +
    `<button class="footer-button-base__button">${mute}</button>` +
    `<button class="footer-button-base__button">${video}</button>` +
    `<button class="footer-button-base__button">${people}</button>` +
    `<button class="footer-button-base__button">${chat}</button>` +
    `<button class="footer-button-base__button">${share}</button>` +
    `<button class="footer-button-base__button">${captions}</button>` +
    `<button class="footer-button-base__button">${more}</button>` +
    `</div><div class="footer__leave-btn-container"><button class="footer__leave-btn">${leave}</button></div></div>` +
    `</div></div></div>`
  );
}

const IFRAME_BODY = `<div id="root"><iframe id="webclient" title="Zoom web client"></iframe></div>`;

const inner = (p: Page): Document => {
  const d = q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
};

function fillIframe(p: Page, html: string) {
  inner(p).body.innerHTML = html;
}

/** Leaving: the meeting root (markers, captions) goes away and the left-meeting notice shows. */
function leaveIn(d: Document) {
  d.querySelector('#audioOptionMenu')?.remove();
  d.querySelector('#wc-footer')?.remove();
  const root = d.querySelector('#zmmtg-root');
  if (root) root.innerHTML = '<div class="leave-meeting-container"><div class="leave-meeting-title">You have left the meeting</div></div>';
}

// ---------------------------------------------------------------------------------------------
// Overlay (§3.3): one persistent row whose first child is an <img alt=""> or an initials <span>,
// then `.live-transcription-subtitle__item` whose text is rewritten in place as a rolling window.
// Returning to an earlier speaker shows that speaker's accumulated tail again.
// ---------------------------------------------------------------------------------------------

type Av = { img: string } | { initials: string };

interface Overlay {
  doc: Document;
  box: HTMLElement;
  row: HTMLElement;
  item: HTMLElement;
  text: Text;
  cur: string | null;
  av: Av | null;
  acc: Map<string, string[]>;
}

const WINDOW_CHARS = 130;

function windowOf(words: string[]): string {
  const out: string[] = [];
  let len = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    const add = w.length + (out.length ? 1 : 0);
    if (out.length && len + add > WINDOW_CHARS) break;
    out.unshift(w);
    len += add;
  }
  return out.join(' ');
}

function avatarNode(doc: Document, av: Av): Element {
  return 'img' in av ? el(doc, `<img src="${av.img}" alt="">`) : el(doc, `<span>${av.initials}</span>`);
}

function setAvatar(ov: Overlay, av: Av | null) {
  const first = ov.row.firstElementChild;
  if (first && first !== ov.item) first.remove();
  if (av) ov.row.insertBefore(avatarNode(ov.doc, av), ov.item);
  ov.av = av;
}

/** Captions turned on: a NEW box node (fresh accumulation unless `carry` is given). */
function mountOverlay(doc: Document, parent: Element, carry?: Overlay): Overlay {
  const box = el(doc, `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div></div>`);
  const row = q(box, '#live-transcription-subtitle');
  const item = q(box, '.live-transcription-subtitle__item');
  const text = doc.createTextNode(carry ? carry.text.data : '');
  item.appendChild(text);
  const ov: Overlay = { doc, box, row, item, text, cur: carry?.cur ?? null, av: null, acc: carry?.acc ?? new Map() };
  if (carry?.av) setAvatar(ov, carry.av);
  parent.appendChild(box);
  return ov;
}

/** Layout re-render: the box is unmounted and a new one mounted elsewhere with the same current text. */
function remountOverlay(ov: Overlay, parent: Element): Overlay {
  ov.box.remove();
  return mountOverlay(ov.doc, parent, ov);
}

/** A status line shown in the overlay row with no avatar (§3.3 system/noise lines). */
async function sysLine(p: Page, ov: Overlay, line: string, ms: number) {
  setAvatar(ov, null);
  ov.cur = null;
  ov.text.data = line;
  await p.sleep(ms);
}

interface SayOpts {
  final?: string;
  step?: number;
  /** The initials bubble is replaced by the photo <img> after this many words (§3.3 key flap). */
  flap?: { after: number; av: Av };
}

async function say(p: Page, ov: Overlay, who: string, av: Av, text: string, o: SayOpts = {}) {
  const step = o.step ?? 90;
  let acc = ov.acc.get(who);
  if (!acc) ov.acc.set(who, (acc = []));
  if (ov.cur !== who) {
    ov.cur = who;
    setAvatar(ov, av);
    ov.text.data = windowOf(acc);
    await p.sleep(step);
  }
  const base = acc.length;
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    acc.push(words[i]!);
    ov.text.data = windowOf(acc);
    if (o.flap && i + 1 === o.flap.after) setAvatar(ov, o.flap.av);
    await p.sleep(step);
  }
  if (o.final !== undefined) {
    acc.splice(base, acc.length - base, ...o.final.split(' '));
    ov.text.data = windowOf(acc);
    await p.sleep(step);
  }
}

// ---------------------------------------------------------------------------------------------
// Full-transcript panel (§3.4): react-virtualized rows; a name header only on a speaker's first row
// (`lt-full-transcript__title--first`), continuation rows carry no name; letter avatar or <img>;
// `__time` per row; the last row's text grows and is re-punctuated; row elements are recycled.
// ---------------------------------------------------------------------------------------------

const ROW_H = 64;

function panelHtml(ariaLabel: string, header: string, saveLabel: string): string {
  return (
    `<div class="lt-full-transcript-panel"><div class="lt-full-transcript__header"><span class="lt-full-transcript__header-title">${header}</span></div>` +
    `<div aria-label="${ariaLabel}" class="new-lt-list-container lt-full-transcript" id="full-transcription">` +
    `<div class="ReactVirtualized__Grid ReactVirtualized__List" role="grid" tabindex="0">` +
    `<div class="ReactVirtualized__Grid__innerScrollContainer" role="rowgroup"></div></div></div>` +
    `<div class="lt-full-transcript__footer"><button class="lt-full-transcript__save-btn">${saveLabel}</button></div></div>`
  );
}

interface Panel {
  doc: Document;
  inner: HTMLElement;
  last: string | null;
  next: number;
  /** Pool size; when reached, the oldest row element is recycled for the new utterance. */
  pool: number;
  avatars: Record<string, string>;
}

function mountPanel(doc: Document, parent: Element, avatars: Record<string, string>, pool = 1000, ariaLabel = 'Live Transcription List', header = 'Transcript', save = 'Save Transcript'): Panel {
  parent.insertAdjacentHTML('beforeend', panelHtml(ariaLabel, header, save));
  return { doc, inner: q(parent, '.ReactVirtualized__Grid__innerScrollContainer'), last: null, next: 0, pool, avatars };
}

function avatarHtml(src: string): string {
  return src.startsWith('http') ? `<div class="lt-full-transcript__avatar"><img src="${src}" alt=""></div>` : `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-letter">${src}</span></div>`;
}

function setTextIn(e: Element, s: string) {
  const t = e.firstChild;
  if (t && t.nodeType === 3) (t as Text).data = s;
  else e.textContent = s;
}

/** Writes a row's whole content (new row, or a recycled element rewritten in place). Returns the message text node. */
function fillRow(pn: Panel, row: HTMLElement, name: string | null, time: string, first: string): Text {
  row.classList.toggle('lt-full-transcript__title--first', name !== null);
  row.style.top = `${pn.next * ROW_H}px`;
  let av = row.querySelector('.lt-full-transcript__avatar');
  let nm = row.querySelector('.lt-full-transcript__display-name');
  if (name === null) {
    av?.remove();
    nm?.remove();
  } else {
    const avSrc = pn.avatars[name] ?? name.charAt(0);
    const want = avatarHtml(avSrc);
    if (av) av.remove();
    av = el(pn.doc, want);
    row.prepend(av);
    if (!nm) {
      nm = el(pn.doc, `<span class="lt-full-transcript__display-name"></span>`);
      av.after(nm);
    }
    setTextIn(nm, name);
  }
  let tm = row.querySelector('.lt-full-transcript__time');
  if (!tm) {
    tm = el(pn.doc, `<span class="lt-full-transcript__time"></span>`);
    row.insertBefore(tm, row.querySelector('.lt-full-transcript__message'));
  }
  setTextIn(tm, time);
  let msg = row.querySelector('.lt-full-transcript__message');
  if (!msg) {
    msg = el(pn.doc, `<div class="lt-full-transcript__message"></div>`);
    row.appendChild(msg);
  }
  setTextIn(msg, first);
  if (!msg.firstChild) msg.appendChild(pn.doc.createTextNode(first));
  return msg.firstChild as Text;
}

async function line(p: Page, pn: Panel, name: string, time: string, text: string, final?: string, step = 90) {
  const header = pn.last === name ? null : name;
  pn.last = name;
  const words = text.split(' ');
  const rows = [...pn.inner.querySelectorAll<HTMLElement>('.lt-full-transcript__item')];
  let node: Text;
  if (rows.length >= pn.pool) {
    // Recycle the element that holds the oldest utterance: all of its text is rewritten in place.
    const oldest = rows.reduce((a, b) => (parseInt(a.style.top, 10) <= parseInt(b.style.top, 10) ? a : b));
    node = fillRow(pn, oldest, header, time, words[0]!);
  } else {
    const row = el(pn.doc, `<div class="lt-full-transcript__item" role="row" style="position: absolute; left: 0px; width: 100%; height: ${ROW_H}px;"></div>`);
    node = fillRow(pn, row, header, time, words[0]!);
    pn.inner.appendChild(row);
  }
  pn.next++;
  pn.inner.style.height = `${pn.next * ROW_H}px`;
  await p.sleep(step);
  await grow(p, node, text, final, step, 1);
}

/** Layout re-render: the whole panel is unmounted and re-created (new nodes) with the rows it showed. */
function remountPanel(pn: Panel, parent: Element): Panel {
  const wrap = pn.inner.closest('.lt-full-transcript-panel');
  if (!wrap) throw new Error('scenario bug: panel wrapper missing');
  const copy = wrap.cloneNode(true) as HTMLElement;
  wrap.remove();
  parent.appendChild(copy);
  return { ...pn, inner: q(copy, '.ReactVirtualized__Grid__innerScrollContainer') };
}

// ---------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------

const IMG = (id: string) => `https://us04st1.zoom.us/p/v2/${id}/large.jpg?type=large`;

// S1 ------------------------------------------------------------------------------------------
const s1Tom: Av = { img: IMG('a7c41e09b2d3f5a6') };
const s1Priya: Av = { initials: 'PR' };

const offOn: Scenario = {
  // §9 "captions off, then on again (a NEW root node)" + §3.3 rolling overlay, accumulated tail on return.
  name: 'zoom overlay (iframe): captions turned off mid-call and on again as a new box',
  url: 'https://app.zoom.us/wc/84512397765/join?fromPWA=1',
  selfNames: ['Dr. Priya Raman'],
  body: IFRAME_BODY,
  prepare: (p) =>
    fillIframe(p, meetingUi([
      { name: 'Dr. Priya Raman', initials: 'PR' },
      { name: 'Tom Becker', img: s1Tom.img },
    ])),
  async play(p) {
    const d = inner(p);
    const host = q(d, '#wc-content');
    await p.sleep(400);
    let ov = mountOverlay(d, host);
    await p.sleep(300);
    await say(p, ov, 'clin', s1Priya, 'good morning Tom can you hear me okay I wanted to go over your blood work from last week', {
      final: 'Good morning, Tom. Can you hear me okay? I wanted to go over your blood work from last week.',
    });
    await p.sleep(700);
    await say(p, ov, 'pat', s1Tom, 'yes I can hear you fine I was a little worried about the cholesterol number they flagged', {
      final: 'Yes, I can hear you fine. I was a little worried about the cholesterol number they flagged.',
    });
    await p.sleep(700);
    await say(p, ov, 'clin', s1Priya, 'that is exactly what I want to talk about your LDL came back at one sixty', {
      final: 'That is exactly what I want to talk about. Your LDL came back at one sixty.',
    });
    await p.sleep(900);
    // More → Captions (off): the overlay is unmounted; whatever is said now is simply not captioned.
    ov.box.remove();
    await p.sleep(2500);
    // Captions on again: a brand-new box node.
    ov = mountOverlay(d, host);
    await p.sleep(400);
    await say(p, ov, 'pat', s1Tom, 'so does that mean I have to start a statin now', { final: 'So does that mean I have to start a statin now?' });
    await p.sleep(700);
    await say(p, ov, 'clin', s1Priya, 'not necessarily let us try diet and walking for three months and then we recheck the numbers', {
      final: "Not necessarily. Let's try diet and walking for three months, and then we recheck the numbers.",
    });
    await p.sleep(700);
    await say(p, ov, 'pat', s1Tom, 'okay that works for me', { final: 'Okay, that works for me.' });
  },
  leave: (p) => leaveIn(inner(p)),
  loose: true,
  expected: [
    { speaker: { key: 'clin' }, text: 'Good morning, Tom. Can you hear me okay? I wanted to go over your blood work from last week.' },
    { speaker: { key: 'pat' }, text: 'Yes, I can hear you fine. I was a little worried about the cholesterol number they flagged.' },
    { speaker: { key: 'clin' }, text: 'That is exactly what I want to talk about. Your LDL came back at one sixty.' },
    { speaker: { key: 'pat' }, text: 'So does that mean I have to start a statin now?' },
    { speaker: { key: 'clin' }, text: "Not necessarily. Let's try diet and walking for three months, and then we recheck the numbers." },
    { speaker: { key: 'pat' }, text: 'Okay, that works for me.' },
  ],
  forbidden: ['Share Screen', 'Start Video', 'Participants', 'You have left the meeting'],
};

// S2 ------------------------------------------------------------------------------------------
const s2Luis: Av = { img: IMG('0f9e8d7c6b5a4321') };
const s2MeganInit: Av = { initials: 'MS' };
const s2Megan: Av = { img: IMG('1a2b3c4d5e6f7081') };

const lobbyTopDoc: Scenario = {
  // §3.1 top-document build + in-call markers appearing after the pre-join page; §3.3 status lines and
  // the initials→<img> key flap ("avatar img loads a moment after the initials bubble").
  name: 'zoom pre-join page and "Joining meeting…" before the call (top-document build), then captions with a status line and an avatar flap',
  url: 'https://us04web.zoom.us/wc/81234567890/join',
  selfNames: ['Dr. Luis Ortega'],
  body:
    `<div id="root"><div class="preview-container"><h1 class="preview-title">Join Meeting</h1>` +
    `<div class="preview-meeting-info">Dr. Luis Ortega's Personal Meeting Room</div>` +
    `<label for="input-for-name">Your Name</label><input id="input-for-name" type="text" value="Dr. Luis Ortega">` +
    `<label><input type="checkbox"> Remember my name for future meetings</label>` +
    `<button class="preview-join-button">Join</button></div></div>`,
  async play(p) {
    await p.sleep(900);
    const root = q(p.doc, '#root');
    root.innerHTML = '<div class="loading-layer"><span class="loading-text">Joining meeting…</span></div>';
    await p.sleep(900);
    setTextIn(q(root, '.loading-text'), 'Connecting');
    await p.sleep(900);
    root.remove();
    p.doc.body.insertAdjacentHTML(
      'beforeend',
      meetingUi([
        { name: 'Dr. Luis Ortega', img: s2Luis.img },
        { name: 'Megan Shaw', img: s2Megan.img },
      ]),
    );
    await p.sleep(1200);
    // More → Captions: the overlay appears, first with the language notice.
    const ov = mountOverlay(p.doc, q(p.doc, '#wc-content'));
    await sysLine(p, ov, 'Captions will be shown in English (US)', 1500);
    await say(p, ov, 'clin', s2Luis, 'thanks for joining Megan how has the new inhaler been working for you', {
      final: 'Thanks for joining, Megan. How has the new inhaler been working for you?',
    });
    await p.sleep(700);
    await say(p, ov, 'pat', s2MeganInit, 'honestly much better I have only needed the rescue inhaler twice this week and both times were after running', {
      final: 'Honestly, much better. I have only needed the rescue inhaler twice this week, and both times were after running.',
      flap: { after: 3, av: s2Megan },
    });
    await p.sleep(700);
    await say(p, ov, 'clin', s2Luis, 'that is great to hear any coughing at night', { final: 'That is great to hear. Any coughing at night?' });
    await p.sleep(600);
    await say(p, ov, 'pat', s2Megan, 'no not really', { final: 'No, not really.' });
    await p.sleep(700);
    await say(p, ov, 'clin', s2Luis, 'good then we will keep the same dose and check in again in a month', {
      final: "Good. Then we'll keep the same dose and check in again in a month.",
    });
  },
  leave: (p) => leaveIn(p.doc),
  loose: true,
  expected: [
    { speaker: { key: 'clin' }, text: 'Thanks for joining, Megan. How has the new inhaler been working for you?' },
    { speaker: { key: 'pat' }, text: 'Honestly, much better. I have only needed the rescue inhaler twice this week, and both times were after running.' },
    { speaker: { key: 'clin' }, text: 'That is great to hear. Any coughing at night?' },
    { speaker: { key: 'pat' }, text: 'No, not really.' },
    { speaker: { key: 'clin' }, text: "Good. Then we'll keep the same dose and check in again in a month." },
  ],
  forbidden: [
    'Captions will be shown',
    'English (US)',
    'Joining meeting',
    'Connecting',
    'Personal Meeting Room',
    'Remember my name',
    'You have left the meeting',
  ],
};

// S3 ------------------------------------------------------------------------------------------
const spanishPanel: Scenario = {
  // §3.4 panel rows with names (grouped header + nameless continuation rows), localized panel, ASR
  // re-punctuation that re-spells the trailing word (the Polish example), here in Spanish.
  name: 'zoom full-transcript panel, whole call in Spanish: accents, ñ, ¿¡, re-punctuation, a one-word "Sí."',
  url: 'https://zoom.us/wc/93177420518/join',
  selfNames: ['Dra. Inés Muñoz'],
  body: IFRAME_BODY,
  prepare: (p) =>
    fillIframe(p, meetingUi([
      { name: 'Dra. Inés Muñoz', initials: 'IM' },
      { name: 'José Ángel Núñez', initials: 'JN' },
    ], 'es')),
  async play(p) {
    const d = inner(p);
    await p.sleep(400);
    const pn = mountPanel(d, q(d, '#wc-side'), { 'Dra. Inés Muñoz': 'I', 'José Ángel Núñez': 'J' }, 1000, 'Lista de transcripción en directo', 'Transcripción', 'Guardar transcripción');
    await p.sleep(400);
    const ines = 'Dra. Inés Muñoz';
    const jose = 'José Ángel Núñez';
    await line(p, pn, ines, '10:02:11', 'Buenos días José, cómo se ha sentido desde la última. Consul', 'Buenos días, José. ¿Cómo se ha sentido desde la última consulta?');
    await p.sleep(600);
    await line(p, pn, jose, '10:02:18', 'Pues la verdad un poco mejor ya no me duele tanto la rodilla', 'Pues, la verdad, un poco mejor. Ya no me duele tanto la rodilla.');
    await p.sleep(300);
    await line(p, pn, jose, '10:02:24', 'pero todavía me cuesta subir las escaleras por la mañana sobre todo al levantarme', 'Pero todavía me cuesta subir las escaleras por la mañana, sobre todo al levantarme.');
    await p.sleep(600);
    await line(p, pn, ines, '10:02:33', 'Está tomando el ibuprofeno dos veces al día con. Comi', '¿Está tomando el ibuprofeno dos veces al día con comida?');
    await p.sleep(500);
    await line(p, pn, jose, '10:02:38', 'Sí', 'Sí.');
    await p.sleep(600);
    await line(p, pn, ines, '10:02:41', 'Muy bien entonces seguimos así otras dos semanas y si no mejora le pido una resonancia magnética de la rodilla', 'Muy bien. Entonces seguimos así otras dos semanas y, si no mejora, le pido una resonancia magnética de la rodilla.');
    await p.sleep(300);
    await line(p, pn, ines, '10:02:52', 'Le parece bien señor Núñez', '¿Le parece bien, señor Núñez?');
    await p.sleep(600);
    await line(p, pn, jose, '10:02:55', 'Perfecto muchas gracias doctora que tenga buen día', '¡Perfecto! Muchas gracias, doctora. Que tenga buen día.');
  },
  leave: (p) => leaveIn(inner(p)),
  loose: true,
  expected: [
    { speaker: 'Dra. Inés Muñoz', role: 'clinician', text: 'Buenos días, José. ¿Cómo se ha sentido desde la última consulta?' },
    { speaker: 'José Ángel Núñez', role: 'patient', text: 'Pues, la verdad, un poco mejor. Ya no me duele tanto la rodilla.' },
    { speaker: 'José Ángel Núñez', role: 'patient', text: 'Pero todavía me cuesta subir las escaleras por la mañana, sobre todo al levantarme.' },
    { speaker: 'Dra. Inés Muñoz', role: 'clinician', text: '¿Está tomando el ibuprofeno dos veces al día con comida?' },
    { speaker: 'José Ángel Núñez', role: 'patient', text: 'Sí.' },
    { speaker: 'Dra. Inés Muñoz', role: 'clinician', text: 'Muy bien. Entonces seguimos así otras dos semanas y, si no mejora, le pido una resonancia magnética de la rodilla.' },
    { speaker: 'Dra. Inés Muñoz', role: 'clinician', text: '¿Le parece bien, señor Núñez?' },
    { speaker: 'José Ángel Núñez', role: 'patient', text: '¡Perfecto! Muchas gracias, doctora. Que tenga buen día.' },
  ],
  forbidden: ['10:02', 'Transcripción', 'Guardar', 'Compartir pantalla', 'Participantes', 'IDra', 'JJosé', 'You have left the meeting'],
};

// S4 ------------------------------------------------------------------------------------------
const s4Linda = IMG('9d8c7b6a55443322');

const thirdSpeaker: Scenario = {
  // §3.4 grouped name headers / inherited continuation rows with a third participant (family member,
  // emoji in the display name) and a clinician and patient who share a first name and avatar letter.
  name: 'zoom full-transcript panel: family member joins as a third speaker; clinician and patient share a first name',
  url: 'https://app.zoom.us/wc/86604491230/join',
  selfNames: ['Dr. Maria Alvarez'],
  body: IFRAME_BODY,
  prepare: (p) =>
    fillIframe(p, meetingUi([
      { name: 'Dr. Maria Alvarez', initials: 'MA' },
      { name: 'Maria Chen', initials: 'MC' },
    ])),
  async play(p) {
    const d = inner(p);
    await p.sleep(400);
    const dr = 'Dr. Maria Alvarez';
    const mc = 'Maria Chen';
    const linda = 'Linda Chen 🌻';
    const pn = mountPanel(d, q(d, '#wc-side'), { [dr]: 'M', [mc]: 'M', [linda]: s4Linda });
    await p.sleep(400);
    await line(p, pn, dr, '15:30:02', "Hi Maria it's Doctor Alvarez before we start is anyone else joining us today", "Hi Maria, it's Doctor Alvarez. Before we start, is anyone else joining us today?");
    await p.sleep(600);
    await line(p, pn, mc, '15:30:09', 'Yes my daughter Linda is going to call in she helps me with my medications', 'Yes, my daughter Linda is going to call in. She helps me with my medications.');
    await p.sleep(1200);
    // Linda is admitted: a new gallery tile appears (not caption text).
    q(d, '.gallery-video-container__main-view').insertAdjacentHTML('beforeend', tileHtml({ name: linda, img: s4Linda }));
    await p.sleep(800);
    await line(p, pn, linda, '15:30:21', "Hi sorry I'm here I was stuck in the waiting room", "Hi, sorry, I'm here. I was stuck in the waiting room.");
    await p.sleep(600);
    await line(p, pn, dr, '15:30:26', 'No problem Linda so Maria how many times a day are you checking your blood sugar', 'No problem, Linda. So, Maria, how many times a day are you checking your blood sugar?');
    await p.sleep(600);
    await line(p, pn, mc, '15:30:33', 'Twice', 'Twice.');
    await p.sleep(500);
    await line(p, pn, linda, '15:30:35', 'She checks it in the morning before breakfast and again after dinner and I write the numbers in a notebook for her', 'She checks it in the morning before breakfast and again after dinner, and I write the numbers in a notebook for her.');
    await p.sleep(300);
    await line(p, pn, linda, '15:30:44', 'the morning ones have been around one twenty', 'The morning ones have been around one twenty.');
    await p.sleep(600);
    await line(p, pn, dr, '15:30:49', 'That is really helpful could you send me a photo of that notebook through the portal', 'That is really helpful. Could you send me a photo of that notebook through the portal?');
    await p.sleep(500);
    await line(p, pn, linda, '15:30:55', 'Sure', 'Sure.');
    await p.sleep(600);
    await line(p, pn, dr, '15:30:57', 'Great and Maria keep taking the metformin with dinner exactly as before', 'Great. And, Maria, keep taking the metformin with dinner exactly as before.');
  },
  leave: (p) => leaveIn(inner(p)),
  loose: true,
  expected: [
    { speaker: 'Dr. Maria Alvarez', role: 'clinician', text: "Hi Maria, it's Doctor Alvarez. Before we start, is anyone else joining us today?" },
    { speaker: 'Maria Chen', role: 'patient', text: 'Yes, my daughter Linda is going to call in. She helps me with my medications.' },
    { speaker: ['Linda Chen 🌻', 'Linda Chen'], text: "Hi, sorry, I'm here. I was stuck in the waiting room." },
    { speaker: 'Dr. Maria Alvarez', role: 'clinician', text: 'No problem, Linda. So, Maria, how many times a day are you checking your blood sugar?' },
    { speaker: 'Maria Chen', text: 'Twice.' },
    { speaker: ['Linda Chen 🌻', 'Linda Chen'], text: 'She checks it in the morning before breakfast and again after dinner, and I write the numbers in a notebook for her.' },
    { speaker: ['Linda Chen 🌻', 'Linda Chen'], text: 'The morning ones have been around one twenty.' },
    { speaker: 'Dr. Maria Alvarez', role: 'clinician', text: 'That is really helpful. Could you send me a photo of that notebook through the portal?' },
    { speaker: ['Linda Chen 🌻', 'Linda Chen'], text: 'Sure.' },
    { speaker: 'Dr. Maria Alvarez', role: 'clinician', text: 'Great. And, Maria, keep taking the metformin with dinner exactly as before.' },
  ],
  forbidden: ['15:30', 'Save Transcript', 'MDr.', 'MMaria', 'Share Screen', 'You have left the meeting'],
};

// S5 ------------------------------------------------------------------------------------------
const recycleSilenceShare: Scenario = {
  // §3.4 "React-virtualized and recycles row elements" + §9 retention; a 5 s silence mid-turn; §8.5 the
  // panel re-mounted (new nodes, same rows) when the clinician starts presenting.
  name: 'zoom full-transcript panel: recycled rows, a long silence, and the panel re-rendered when screen sharing starts',
  url: 'https://us04web.zoom.us/wc/87723310045/start',
  selfNames: ['Dr. Sam Okafor'],
  body: IFRAME_BODY,
  prepare: (p) =>
    fillIframe(p, meetingUi([
      { name: 'Dr. Sam Okafor', img: IMG('5e5e5e5e11112222') },
      { name: 'Rosa Delgado', initials: 'RD' },
    ])),
  async play(p) {
    const d = inner(p);
    await p.sleep(400);
    const sam = 'Dr. Sam Okafor';
    const rosa = 'Rosa Delgado';
    let pn = mountPanel(d, q(d, '#wc-side'), { [sam]: IMG('5e5e5e5e11112222'), [rosa]: 'R' }, 4);
    await p.sleep(300);
    await line(p, pn, sam, '09:14:03', "Okay Rosa I have your chart up can you tell me which medications you're taking right now", "Okay, Rosa, I have your chart up. Can you tell me which medications you're taking right now?", 70);
    await p.sleep(600);
    await line(p, pn, rosa, '09:14:10', 'Sure let me go get the bottles so I read them right', 'Sure, let me go get the bottles so I read them right.', 70);
    // Rosa walks away; nothing is said for a while.
    await p.sleep(5000);
    await line(p, pn, rosa, '09:14:31', "Okay I'm back the first one says metoprolol twenty five milligrams twice a day", "Okay, I'm back. The first one says metoprolol twenty five milligrams twice a day.", 70);
    await p.sleep(300);
    await line(p, pn, rosa, '09:14:38', 'and the other one is atorvastatin forty at night', 'And the other one is atorvastatin forty at night.', 70);
    await p.sleep(600);
    // Fifth row: the oldest row element is recycled.
    await line(p, pn, sam, '09:14:44', 'Good those match what I have here any dizziness when you stand up', 'Good, those match what I have here. Any dizziness when you stand up?', 70);
    await p.sleep(500);
    // The clinician starts sharing: the layout changes and the side panel is re-rendered elsewhere.
    const content = q(d, '#wc-content');
    content.insertAdjacentHTML(
      'afterbegin',
      `<div class="sharing-status-container"><span class="sharing-status-text">You are screen sharing</span><button class="sharing-stop-btn">Stop Share</button></div><div class="sharing-layout"><div class="sharing-layout__side"></div></div>`,
    );
    pn = remountPanel(pn, q(d, '.sharing-layout__side'));
    await p.sleep(500);
    await line(p, pn, rosa, '09:14:51', 'A little bit in the mornings but it goes away after a minute or so', 'A little bit in the mornings, but it goes away after a minute or so.', 70);
    await p.sleep(600);
    await line(p, pn, sam, '09:14:58', "Okay I'm sharing your blood pressure log now you can see the morning readings are lower", "Okay, I'm sharing your blood pressure log now. You can see the morning readings are lower.", 70);
    await p.sleep(500);
    await line(p, pn, rosa, '09:15:06', 'Oh I see it', 'Oh, I see it.', 70);
    await p.sleep(600);
    await line(p, pn, sam, '09:15:08', "Let's cut the morning dose in half and see how you feel in two weeks", "Let's cut the morning dose in half and see how you feel in two weeks.", 70);
  },
  leave: (p) => leaveIn(inner(p)),
  loose: true,
  expected: [
    { speaker: 'Dr. Sam Okafor', role: 'clinician', text: "Okay, Rosa, I have your chart up. Can you tell me which medications you're taking right now?" },
    {
      speaker: 'Rosa Delgado',
      role: 'patient',
      text: "Sure, let me go get the bottles so I read them right. Okay, I'm back. The first one says metoprolol twenty five milligrams twice a day. And the other one is atorvastatin forty at night.",
    },
    { speaker: 'Dr. Sam Okafor', role: 'clinician', text: 'Good, those match what I have here. Any dizziness when you stand up?' },
    { speaker: 'Rosa Delgado', role: 'patient', text: 'A little bit in the mornings, but it goes away after a minute or so.' },
    { speaker: 'Dr. Sam Okafor', role: 'clinician', text: "Okay, I'm sharing your blood pressure log now. You can see the morning readings are lower." },
    { speaker: 'Rosa Delgado', role: 'patient', text: 'Oh, I see it.' },
    { speaker: 'Dr. Sam Okafor', role: 'clinician', text: "Let's cut the morning dose in half and see how you feel in two weeks." },
  ],
  forbidden: ['09:14', '09:15', 'You are screen sharing', 'Stop Share', 'Save Transcript', 'You have left the meeting'],
};

// S6 ------------------------------------------------------------------------------------------
const s6Carlos: Av = { img: IMG('c4c4c4c4d5d5d5d5') };
const s6Hannah: Av = { initials: 'HW' };

const layoutChurn: Scenario = {
  // §3.3 rolling window + "flips away and returns showing the earlier speaker's ACCUMULATED window";
  // §8.5 the overlay re-mounted with its current text when chat opens and when the patient presents.
  name: 'zoom overlay (iframe): chat panel opens and screen share starts mid-turn, the box re-mounts with its current text',
  url: 'https://app.zoom.us/wc/89012345678/join',
  selfNames: ['Dr. Hannah Weiss'],
  body: IFRAME_BODY,
  prepare: (p) =>
    fillIframe(p, meetingUi([
      { name: 'Dr. Hannah Weiss', initials: 'HW' },
      { name: 'Carlos Mendes', img: s6Carlos.img },
    ])),
  async play(p) {
    const d = inner(p);
    await p.sleep(400);
    let ov = mountOverlay(d, q(d, '#wc-content'));
    await p.sleep(300);
    await say(p, ov, 'clin', s6Hannah, 'hi Carlos I got your message about the rash can you tell me when it started', {
      final: 'Hi Carlos, I got your message about the rash. Can you tell me when it started?',
    });
    await p.sleep(700);
    await say(p, ov, 'pat', s6Carlos, 'it started on Sunday on my forearm it was just a small red patch and I thought it was from gardening');
    // Chat opened: the meeting area is re-laid out and the caption box re-rendered inside it.
    q(d, '#wc-side').insertAdjacentHTML(
      'beforeend',
      `<div class="chat-container" role="complementary"><div class="chat-header__title">Chat</div><div class="chat-list" aria-live="polite"></div><div class="chat-box"><textarea placeholder="Type message here..."></textarea></div></div>`,
    );
    const wrap = el(d, `<div class="main-layout main-layout--with-sidebar"></div>`);
    q(d, '#wc-content').prepend(wrap);
    ov = remountOverlay(ov, wrap);
    await p.sleep(200);
    await say(p, ov, 'pat', s6Carlos, 'but by Tuesday it had spread up to my elbow and it itches a lot at night especially after a shower', {
      final: 'But by Tuesday it had spread up to my elbow, and it itches a lot at night, especially after a shower.',
    });
    await p.sleep(400);
    q(d, '.chat-list').insertAdjacentHTML(
      'beforeend',
      `<div class="chat-item"><div class="chat-item__sender">Carlos Mendes</div><div class="chat-message__text">here is a photo from this morning</div></div>`,
    );
    await p.sleep(700);
    await say(p, ov, 'clin', s6Hannah, 'thanks I can see the photo does it burn or is it mostly itchy', {
      final: 'Thanks, I can see the photo. Does it burn, or is it mostly itchy?',
    });
    await p.sleep(600);
    await say(p, ov, 'pat', s6Carlos, 'itchy', { final: 'Itchy.' });
    await p.sleep(600);
    await say(p, ov, 'clin', s6Hannah, 'okay that looks like contact dermatitis', {});
    // Carlos starts sharing his screen: layout changes again, box re-mounted mid-turn.
    q(d, '#wc-content').insertAdjacentHTML('afterbegin', `<div class="sharing-layout"><div class="sharing-layout__screen"></div><div class="sharing-layout__caption"></div></div>`);
    ov = remountOverlay(ov, q(d, '.sharing-layout__caption'));
    await p.sleep(150);
    await say(p, ov, 'clin', s6Hannah, 'I will send a steroid cream to your pharmacy and please avoid the garden gloves for now', {
      final: 'I will send a steroid cream to your pharmacy, and please avoid the garden gloves for now.',
    });
  },
  leave: (p) => leaveIn(inner(p)),
  loose: true,
  expected: [
    { speaker: { key: 'clin' }, text: 'Hi Carlos, I got your message about the rash. Can you tell me when it started?' },
    {
      speaker: { key: 'pat' },
      text: 'it started on Sunday on my forearm it was just a small red patch and I thought it was from gardening But by Tuesday it had spread up to my elbow, and it itches a lot at night, especially after a shower.',
    },
    { speaker: { key: 'clin' }, text: 'Thanks, I can see the photo. Does it burn, or is it mostly itchy?' },
    { speaker: { key: 'pat' }, text: 'Itchy.' },
    {
      speaker: { key: 'clin' },
      text: 'okay that looks like contact dermatitis I will send a steroid cream to your pharmacy, and please avoid the garden gloves for now.',
    },
  ],
  forbidden: ['here is a photo from this morning', 'Type message here', 'Share Screen', 'You have left the meeting'],
};

// S7 ------------------------------------------------------------------------------------------
const s7Daniel: Av = { img: IMG('7d7d7d7d8e8e8e8e') };
const s7Gabriela: Av = { initials: 'GR' };

const languageSwitch: Scenario = {
  // §3.3 status line in the overlay ("Captions will be shown in …") + §9 a new root after captions
  // restart; here the spoken language is switched to Spanish mid-call and the ASR re-spells/re-punctuates.
  name: 'zoom overlay (iframe): caption language switched to Spanish mid-call, captions restart in a new box',
  url: 'https://zoom.us/wc/95566712340/join?fromPWA=1',
  selfNames: ['Dr. Daniel Reyes'],
  body: IFRAME_BODY,
  prepare: (p) =>
    fillIframe(p, meetingUi([
      { name: 'Dr. Daniel Reyes', img: s7Daniel.img },
      { name: 'Gabriela Ríos', initials: 'GR' },
    ])),
  async play(p) {
    const d = inner(p);
    const host = q(d, '#wc-content');
    await p.sleep(400);
    let ov = mountOverlay(d, host);
    await p.sleep(300);
    await say(p, ov, 'clin', s7Daniel, 'good afternoon Gabriela would it be easier for you if we did the visit in Spanish', {
      final: 'Good afternoon, Gabriela. Would it be easier for you if we did the visit in Spanish?',
    });
    await p.sleep(600);
    await say(p, ov, 'pat', s7Gabriela, 'yes please that would help a lot', { final: 'Yes, please. That would help a lot.' });
    await p.sleep(800);
    // Captions → speaking language: Spanish. The overlay restarts as a new box with a notice.
    ov.box.remove();
    await p.sleep(600);
    ov = mountOverlay(d, host);
    await sysLine(p, ov, 'Captions will be shown in Spanish', 1400);
    await say(p, ov, 'clin', s7Daniel, 'perfecto entonces cuénteme qué le pasó con el tobillo', { final: 'Perfecto. Entonces, cuénteme, ¿qué le pasó con el tobillo?' });
    await p.sleep(600);
    await say(p, ov, 'pat', s7Gabriela, 'me caí bajando del autobús el martes y desde entonces se me hincha mucho por la tarde', {
      final: 'Me caí bajando del autobús el martes y, desde entonces, se me hincha mucho por la tarde.',
    });
    await p.sleep(600);
    await say(p, ov, 'clin', s7Daniel, 'puede apoyar el pie y caminar', { final: '¿Puede apoyar el pie y caminar?' });
    await p.sleep(500);
    await say(p, ov, 'pat', s7Gabriela, 'sí pero con dolor', { final: 'Sí, pero con dolor.' });
    await p.sleep(600);
    await say(p, ov, 'clin', s7Daniel, 'vale le voy a pedir una radio grafía para descartar una fractura y mientras tanto hielo y reposo', {
      final: 'Vale, le voy a pedir una radiografía para descartar una fractura y, mientras tanto, hielo y reposo.',
    });
    await p.sleep(600);
    await say(p, ov, 'pat', s7Gabriela, 'muchas gracias doctor', { final: '¡Muchas gracias, doctor!' });
  },
  leave: (p) => leaveIn(inner(p)),
  loose: true,
  expected: [
    { speaker: { key: 'clin' }, text: 'Good afternoon, Gabriela. Would it be easier for you if we did the visit in Spanish?' },
    { speaker: { key: 'pat' }, text: 'Yes, please. That would help a lot.' },
    { speaker: { key: 'clin' }, text: 'Perfecto. Entonces, cuénteme, ¿qué le pasó con el tobillo?' },
    { speaker: { key: 'pat' }, text: 'Me caí bajando del autobús el martes y, desde entonces, se me hincha mucho por la tarde.' },
    { speaker: { key: 'clin' }, text: '¿Puede apoyar el pie y caminar?' },
    { speaker: { key: 'pat' }, text: 'Sí, pero con dolor.' },
    { speaker: { key: 'clin' }, text: 'Vale, le voy a pedir una radiografía para descartar una fractura y, mientras tanto, hielo y reposo.' },
    { speaker: { key: 'pat' }, text: '¡Muchas gracias, doctor!' },
  ],
  forbidden: ['Captions will be shown', 'Share Screen', 'You have left the meeting'],
};

export const zoomScenarios: Scenario[] = [offOn, lobbyTopDoc, spanishPanel, thirdSpeaker, recycleSilenceShare, layoutChurn, languageSwitch];
