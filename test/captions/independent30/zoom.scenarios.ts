// Zoom web client (app.zoom.us/wc, *.zoom.us/wc; Zoom for Healthcare uses the same client). Round 30:
// a telehealth visit held in Spanish, with the client's interface in Spanish.
//
// Written blind, from /work/shared/research/caption-platforms.md only. Sections used:
//   §1    cross-platform summary (Zoom column: overlay = one persistent rolling node with no name;
//         panel = rows with names; the local user has an avatar/initials only)
//   §3.1  URL patterns (/wc/<8-12 digits>/join, us04web, app.zoom.us), the same-origin
//         <iframe id="webclient"> vs. top-document builds (#zmmtg-root, #wc-container), and the
//         in-call markers #audioOptionMenu and `#wc-footer .footer__leave-btn-container button`
//   §3.2  turning captions on/off (More → Captions, a "Show Captions" toolbar button in some builds)
//   §3.3  overlay: .live-transcription-subtitle__box › #live-transcription-subtitle › (img alt="" |
//         initials <span>) + span.live-transcription-subtitle__item; text rewritten in place with old
//         words rolling off the front; avatar flap (initials first, the photo a moment later);
//         interleaving speakers come back showing their ACCUMULATED window; system lines such as
//         "Captions will be shown in English (US)" in the same area
//   §3.4  full-transcript panel: container [aria-label] / .new-lt-list-container / #full-transcription
//         / .lt-full-transcript; rows .lt-full-transcript__item with __avatar, __display-name, __time,
//         __message; the name header only on the first row of a group (…__title--first), a letter
//         avatar inside the title element; React-virtualized row recycling; ASR re-punctuation and a
//         re-spelled trailing word; the panel name is localized
//   §7    Zoom for Healthcare = the same web client
//   §8    strategies (rolling-window diffing, noise filters, a wholesale-rewritten recycled row is a new
//         utterance), §9 fixture checklist (captions off → on with a new root, img vs. initials
//         avatars, top document vs. iframe, rolling window, re-punctuation, retention)
//
// Assumptions where the research is silent (each scenario repeats the ones it relies on):
//  A1 Spanish UI strings are my own translations: leave button "Salir"; #audioOptionMenu
//     aria-label "Opciones de audio"; the toolbar captions button "Mostrar subtítulos" /
//     "Ocultar subtítulos" (localized "Show Captions"); "More" = "Más"; the panel name
//     "Transcripción"; the panel list aria-label "Lista de transcripción en directo" (the research only
//     has the English "Live Transcription List"; class and id stay language-neutral); the leave page
//     "Ha salido de la reunión" (localized "You have left the meeting"); the caption-language notice
//     "Los subtítulos se mostrarán en inglés (EE. UU.)" / "… en español." (localized "Captions will be
//     shown in English (US)").
//  A2 The overlay box sits inside #wc-content. The participant-tile markup (video-avatar__*) is my
//     own, shaped so that `img.parentElement.nextSibling.textContent` is the name (TT's lookup).
//  A3 When the overlay avatar stays the same element type between two speakers, React updates it in
//     place (the img's src, or the initials' text node); between img and initials it swaps the node.
//  A4 A caption-language change shows the notice as the overlay text with no avatar, and afterwards the
//     speakers' accumulated windows start empty. Turning captions off removes the box; turning them
//     on inserts a NEW box (the §9 checklist), which first shows the language notice.
//  A5 Panel rows grow word by word in the message's text node before the last-row revision the
//     research documents. While the panel is open, the bottom overlay is not rendered.
//  A6 The local user's panel rows carry her own display name: the research documents no "You"/"Tú"
//     caption label for Zoom (avatar/initials only). A self tile label "(Tú)" appears in one scenario
//     as a distractor only; it is not a caption string.
//  A7 Zoom's Spanish ASR writes some numbers as digits (decimal comma "38,5", "9:30", "2026") and
//     others as words. Comparisons are loose (§3.4: Zoom re-punctuates and re-cases).
//  Roles: the research ties a role to no one but the local user (selfNames = the clinician). In the
//  overlay no name is in the DOM, so overlay speakers are {key}s and carry no role; in the panel the
//  local user's rows are expected as the clinician.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 90; // ms between word steps
const GAP = 420; // ms after a turn's final re-punctuation
const WINDOW = 120; // overlay rolling window, chars (research: about 100-150)
const MAX_ROWS = 6; // virtualized panel rows kept mounted before the oldest is recycled

const SELF = 'María José Fernández Ríos';
const SELF_PHOTO = 'https://us04images.zoom.us/p/v2/a81f3c0d9e/4b7e2a90-mjfr-1702.png';

interface Person {
  key: string;
  name: string;
  initials: string;
  photo?: string;
}

interface Said {
  who: string;
  /** Final (re-punctuated) caption text = the expected utterance. */
  text: string;
  /** The words as they grow before the final rewrite (default: `text` without sentence punctuation). */
  rough?: string;
  /** Avatar flap: the initials bubble first, the photo from the third word on (§3.3). */
  flap?: boolean;
  /** Spoken while captions were off: nothing reaches the page, nothing is expected. */
  off?: boolean;
}
type Step = Said | { notice: string } | { captions: 'on' | 'off' };

const isSaid = (s: Step): s is Said => 'who' in s;

/** Growth form: ASR places sentence punctuation when the phrase settles (keeps "38,5" and "9:30"). */
function rough(final: string): string {
  return final
    .replace(/[¿¡?!]/g, '')
    .replace(/[.,;:](?=\s|$)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The overlay's rolling window: old words drop off the front. */
function tail(s: string): string {
  if (s.length <= WINDOW) return s;
  const cut = s.indexOf(' ', s.length - WINDOW);
  return cut < 0 ? s.slice(-WINDOW) : s.slice(cut + 1);
}

const COMMON_FORBIDDEN = [
  'Opciones de audio',
  'Mostrar subtítulos',
  'Ocultar subtítulos',
  'Ha salido de la reunión',
  'Los subtítulos se mostrarán',
];

// ---------------------------------------------------------------------------------------------
// Page shell (§3.1, A1, A2)

function tile(x: Person, label = x.name): string {
  const pic = x.photo
    ? `<div class="video-avatar__avatar-img"><img src="${x.photo}" alt=""></div>`
    : `<div class="video-avatar__avatar-initials">${x.initials}</div>`;
  return `<div class="video-avatar__avatar">${pic}<div class="video-avatar__avatar-footer"><span>${label}</span></div></div>`;
}

const BOX_HTML =
  '<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle">' +
  '<span class="live-transcription-subtitle__item"></span></div></div>';

const PANEL_HTML =
  '<div class="lt-full-transcript" role="complementary">' +
  '<div class="lt-full-transcript__header"><span class="lt-full-transcript__title">Transcripción</span>' +
  '<button type="button" class="lt-full-transcript__close" aria-label="Cerrar">×</button></div>' +
  '<div aria-label="Lista de transcripción en directo" class="new-lt-list-container" id="full-transcription"></div>' +
  '<div class="lt-full-transcript__footer"><button type="button">Guardar transcripción</button></div>' +
  '</div>';

const ccLabel = (on: boolean) => (on ? 'Ocultar subtítulos' : 'Mostrar subtítulos');

function footer(ccOn: boolean): string {
  return (
    '<div id="wc-footer" class="footer"><div class="footer__inner">' +
    '<div class="join-audio-container"><button id="audioOptionMenu" type="button" class="join-audio-container__btn" aria-label="Opciones de audio" aria-haspopup="menu"></button></div>' +
    '<button type="button" class="footer-button__button" aria-label="Silenciar mi audio"><span class="footer-button__label">Silenciar</span></button>' +
    `<button type="button" class="footer-button__button footer-cc-btn" aria-label="${ccLabel(ccOn)}"><span class="footer-button__label">Subtítulos</span></button>` +
    '<button type="button" class="footer-button__button" aria-label="Más"><span class="footer-button__label">Más</span></button>' +
    '<div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn" aria-label="Salir">Salir</button></div>' +
    '</div></div>'
  );
}

function zoomUi(o: { tiles: string; overlay?: boolean; panel?: boolean; ccOn: boolean }): string {
  return (
    '<div id="zmmtg-root"><div id="wc-container" class="meeting-client" lang="es">' +
    `<div id="wc-content" class="meeting-client-inner"><div class="gallery-video-container__main-view">${o.tiles}</div>` +
    `${o.overlay ? BOX_HTML : ''}</div>` +
    `${o.panel ? PANEL_HTML : ''}` +
    footer(o.ccOn) +
    '</div></div>'
  );
}

/** The same-origin meeting frame (§3.1). */
const frameDoc = (p: Page): Document => {
  const d = q<HTMLIFrameElement>(p.doc, 'iframe#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
};

const FRAME_BODY =
  '<div id="app" class="app-container"><iframe id="webclient" title="Zoom" allow="camera; microphone; display-capture" style="width:100%;height:100%;border:0"></iframe></div>';

/** Leaving tears down the meeting UI (markers, captions) and shows the localized leave page (A1). */
function leaveZoom(doc: Document): void {
  doc.querySelector('#wc-container')?.remove();
  (doc.querySelector('#zmmtg-root') ?? doc.body).appendChild(
    el(doc, '<div class="zm-leave-meeting" role="alert"><p>Ha salido de la reunión</p></div>'),
  );
}

function setCc(doc: Document, on: boolean): void {
  const b = doc.querySelector('.footer-cc-btn');
  if (b) b.setAttribute('aria-label', ccLabel(on));
}

// ---------------------------------------------------------------------------------------------
// Overlay driver (§3.3)

class Overlay {
  private acc = new Map<string, string>();
  private cur: string | null = null;

  private constructor(
    private readonly doc: Document,
    private readonly row: HTMLElement,
    private readonly item: HTMLElement,
    private readonly text: Text,
  ) {}

  static attach(doc: Document): Overlay {
    const box = q(doc, '.live-transcription-subtitle__box');
    const row = q(box, '#live-transcription-subtitle');
    const item = q(box, '.live-transcription-subtitle__item');
    let text = item.firstChild as Text | null;
    if (!text) {
      text = doc.createTextNode('');
      item.appendChild(text);
    }
    return new Overlay(doc, row, item, text);
  }

  /** Captions turned on: a new box node (A4). */
  static mount(doc: Document): Overlay {
    q(doc, '#wc-content').appendChild(el(doc, BOX_HTML));
    return Overlay.attach(doc);
  }

  private current(): Element | null {
    const first = this.row.firstElementChild;
    return first && first !== this.item ? first : null;
  }

  /** Swap between img and initials; same type is updated in place (A3). */
  private avatar(kind: 'img' | 'initials', who: Person): void {
    const cur = this.current();
    if (kind === 'img' && cur?.tagName === 'IMG') {
      cur.setAttribute('src', who.photo ?? '');
      return;
    }
    if (kind === 'initials' && cur?.tagName === 'SPAN' && cur.firstChild) {
      (cur.firstChild as Text).data = who.initials;
      return;
    }
    cur?.remove();
    const node = kind === 'img' ? el(this.doc, `<img src="${who.photo}" alt="">`) : el(this.doc, `<span>${who.initials}</span>`);
    this.row.insertBefore(node, this.item);
  }

  /** A system line in the caption area, with no avatar (A4). */
  async notice(p: Page, msg: string): Promise<void> {
    this.current()?.remove();
    this.cur = null;
    this.acc.clear();
    this.text.data = msg;
    await p.sleep(900);
  }

  async say(p: Page, who: Person, s: Said): Promise<void> {
    const before = this.acc.get(who.key) ?? '';
    const words = (s.rough ?? rough(s.text)).split(' ');
    const upto = (x: string) => (before ? `${before} ${x}` : x);
    const show = (full: string) => {
      this.acc.set(who.key, full);
      this.text.data = tail(full);
    };
    if (this.cur !== who.key) {
      this.cur = who.key;
      this.avatar(who.photo && !s.flap ? 'img' : 'initials', who);
      if (before) {
        // Interleaving: the returning speaker's accumulated window comes back first (§3.3).
        this.text.data = tail(before);
        await p.sleep(STEP);
      }
    }
    for (let i = 1; i <= words.length; i++) {
      if (s.flap && who.photo && i === 3) this.avatar('img', who);
      show(upto(words.slice(0, i).join(' ')));
      await p.sleep(STEP);
    }
    show(upto(s.text));
    await p.sleep(GAP);
  }
}

async function playOverlay(p: Page, doc: () => Document, people: Person[], steps: Step[]): Promise<void> {
  const by = new Map(people.map((x) => [x.key, x] as const));
  let ov: Overlay | null = doc().querySelector('.live-transcription-subtitle__box') ? Overlay.attach(doc()) : null;
  for (const s of steps) {
    if ('captions' in s) {
      if (s.captions === 'off') {
        doc().querySelector('.live-transcription-subtitle__box')?.remove();
        ov = null;
      } else {
        ov = Overlay.mount(doc());
      }
      setCc(doc(), s.captions === 'on');
      await p.sleep(250);
    } else if ('notice' in s) {
      if (!ov) throw new Error('scenario bug: notice while captions are off');
      await ov.notice(p, s.notice);
    } else if (s.off) {
      await p.sleep(1200); // spoken while captions were off: nothing reaches the page
    } else {
      const who = by.get(s.who);
      if (!who || !ov) throw new Error(`scenario bug: cannot say ${s.who}`);
      await ov.say(p, who, s);
    }
  }
}

const overlayExpected = (steps: Step[]): Expected[] =>
  steps.filter(isSaid).filter((s) => !s.off).map((s) => ({ speaker: { key: s.who }, text: s.text }));

// ---------------------------------------------------------------------------------------------
// Full-transcript panel driver (§3.4)

interface PanelRow {
  text: string;
  rough?: string;
}
interface PanelTurn {
  who: string;
  rows: PanelRow[];
}

class Panel {
  private rows: HTMLElement[] = [];
  private clock: number;

  constructor(
    private readonly doc: Document,
    private readonly list: HTMLElement,
    startSec: number,
  ) {
    this.clock = startSec;
  }

  private nextTime(): string {
    this.clock += 3 + (this.rows.length % 4);
    const h = Math.floor(this.clock / 3600);
    const m = Math.floor((this.clock % 3600) / 60);
    const s = this.clock % 60;
    return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
  }

  private avatarNode(who: Person): Element {
    return who.photo ? el(this.doc, `<img src="${who.photo}" alt="">`) : el(this.doc, `<span>${who.name.charAt(0)}</span>`);
  }

  /** Writes a row's content in place (new rows and recycled rows alike). */
  private fill(row: HTMLElement, who: Person, first: boolean, time: string, firstWord: string): void {
    row.classList.toggle('lt-full-transcript__title--first', first);
    const timeEl = q(row, '.lt-full-transcript__time');
    let avatar = row.querySelector('.lt-full-transcript__avatar');
    let name = row.querySelector('.lt-full-transcript__display-name');
    if (first) {
      if (!avatar) {
        avatar = el(this.doc, '<div class="lt-full-transcript__avatar"></div>');
        row.insertBefore(avatar, timeEl);
      }
      if (!name) {
        name = el(this.doc, '<span class="lt-full-transcript__display-name"></span>');
        row.insertBefore(name, timeEl);
      }
      avatar.replaceChildren(this.avatarNode(who));
      name.textContent = who.name;
    } else {
      avatar?.remove();
      name?.remove();
    }
    timeEl.textContent = time;
    (q(row, '.lt-full-transcript__message').firstChild as Text).data = firstWord;
  }

  async add(p: Page, who: Person, first: boolean, r: PanelRow): Promise<void> {
    const words = (r.rough ?? rough(r.text)).split(' ');
    const time = this.nextTime();
    let row: HTMLElement;
    const recycled = this.rows.length >= MAX_ROWS ? this.rows.shift() : undefined;
    if (recycled) {
      // React-virtualized: the oldest row element is reused for the new utterance (§3.4, §8).
      row = recycled;
      this.fill(row, who, first, time, words[0] ?? '');
      this.list.appendChild(row);
    } else {
      row = el(this.doc, '<div class="lt-full-transcript__item"><span class="lt-full-transcript__time"></span><div class="lt-full-transcript__message"></div></div>');
      q(row, '.lt-full-transcript__message').appendChild(this.doc.createTextNode(''));
      this.fill(row, who, first, time, words[0] ?? '');
      this.list.appendChild(row);
    }
    this.rows.push(row);
    const msg = q(row, '.lt-full-transcript__message').firstChild as Text;
    await p.sleep(STEP);
    for (let i = 2; i <= words.length; i++) {
      msg.data = words.slice(0, i).join(' ');
      await p.sleep(STEP);
    }
    msg.data = r.text; // last-row revision: punctuation, case, re-spelled trailing word
    await p.sleep(GAP);
  }
}

async function playPanel(p: Page, doc: Document, people: Person[], turns: PanelTurn[]): Promise<void> {
  const by = new Map(people.map((x) => [x.key, x] as const));
  const panel = new Panel(doc, q(doc, '#full-transcription'), 16 * 3600 + 4 * 60 + 5);
  for (const t of turns) {
    const who = by.get(t.who);
    if (!who) throw new Error(`scenario bug: unknown ${t.who}`);
    for (const [i, r] of t.rows.entries()) await panel.add(p, who, i === 0, r);
  }
}

function panelExpected(people: Person[], turns: PanelTurn[]): Expected[] {
  const by = new Map(people.map((x) => [x.key, x] as const));
  return turns.map((t) => {
    const who = by.get(t.who)!;
    const e: Expected = { speaker: who.name, text: t.rows.map((r) => r.text).join(' ') };
    if (who.name === SELF) e.role = 'clinician';
    return e;
  });
}

// ---------------------------------------------------------------------------------------------
// Scenario 1: iframe overlay, Spanish visit, photo vs. initials, accumulated windows

const s1People: Person[] = [
  { key: 'dra', name: SELF, initials: 'MF', photo: SELF_PHOTO },
  { key: 'pac', name: 'Íñigo Azcárate Muñoz', initials: 'ÍA' },
];

const s1Steps: Step[] = [
  { who: 'dra', text: 'Buenos días, Íñigo. ¿Me escucha bien?' },
  { who: 'pac', text: 'Sí, doctora, la escucho perfectamente.' },
  { who: 'dra', text: '¡Qué bien! Cuénteme, ¿qué tal desde la última consulta?' },
  { who: 'pac', text: 'Pues desde el 2 de febrero tengo una tos seca que no se me quita, sobre todo por la noche.' },
  { who: 'dra', text: '¿Ha tenido fiebre? ¿Más de treinta y ocho grados?' },
  { who: 'pac', text: 'El domingo llegué a 38,5, pero con el paracetamol bajó enseguida.' },
  { who: 'dra', text: 'Vale. ¿Y nota que le falta el aire al subir escaleras o al caminar deprisa?' },
  { who: 'pac', text: 'Un poquito, sí. En el tercer piso ya voy cansado, y antes no me pasaba.' },
  { who: 'dra', text: 'Entiendo. Le voy a pedir una radiografía de tórax y una analítica para el jueves.' },
  { who: 'pac', text: '¿Tengo que ir en ayunas a la analítica?' },
  { who: 'dra', text: 'Sí, ocho horas de ayuno. La cita es a las ocho y media en el centro de salud de Chamberí.' },
  { who: 'pac', text: 'Perfecto, muchísimas gracias, doctora. ¡Hasta el jueves!' },
];

/**
 * Tests: the meeting UI inside the same-origin iframe#webclient (§3.1) with a Spanish interface;
 * captions already on when capture starts (the box is present and empty). Two speakers alternate in
 * the ONE persistent overlay row: the clinician (local user) with a photo avatar (img alt=""), the
 * patient with an initials bubble "ÍA" (accented initials), no names in the overlay. Every return of
 * a speaker first shows that speaker's accumulated rolling window (§3.3), so earlier words must not
 * be repeated; the window drops words off the front past ~120 chars. Spanish with accents, ñ, ¿ ¡, a
 * date said "el 2 de febrero", a temperature with a decimal comma "38,5". Growth is unpunctuated,
 * the phrase is re-punctuated when it settles (loose comparison). Assumptions: A1 (Spanish labels),
 * A2 (box inside #wc-content, tile markup), A3 (in-place avatar updates), A7 (digits vs. words).
 */
const s1: Scenario = {
  name: 'zoom-es: iframe overlay, Spanish visit, photo vs. initials speakers return with their accumulated window',
  url: 'https://app.zoom.us/wc/84512367901/join?fromPWA=1',
  selfNames: [SELF],
  body: FRAME_BODY,
  prepare(p) {
    p.doc.documentElement.lang = 'es';
    const d = frameDoc(p);
    d.documentElement.lang = 'es';
    d.body.innerHTML = zoomUi({ tiles: s1People.map((x) => tile(x)).join(''), overlay: true, ccOn: true });
  },
  play: (p) => playOverlay(p, () => frameDoc(p), s1People, s1Steps),
  leave: (p) => leaveZoom(frameDoc(p)),
  expected: overlayExpected(s1Steps),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'Íñigo Azcárate Muñoz', 'ÍAPues', 'ÍASí'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 2: top-document full-transcript panel, two-surname names, code-switching clinician

const s2People: Person[] = [
  { key: 'dra', name: SELF, initials: 'MF' }, // letter avatar "M"
  { key: 'pac', name: 'José Ángel Ibáñez Quiñones', initials: 'JI', photo: 'https://us04images.zoom.us/p/v2/5c0e7f11aa/jaiq-3381.jpg' },
  { key: 'esposa', name: 'Begoña Ruiz de la Peña', initials: 'BR' }, // letter avatar "B"
];

const s2Turns: PanelTurn[] = [
  { who: 'dra', rows: [{ text: "Buenas tardes, José Ángel. Okay, let's get started. ¿Cómo se encuentra hoy?" }] },
  {
    who: 'pac',
    rows: [
      { text: 'Regular, doctora. Me cuesta dormir y estoy muy cansado.', rough: 'Regular doctora me cuesta dormir y estoy muy cansa' },
      { text: 'Y además me duelen las piernas por la noche.' },
    ],
  },
  {
    who: 'esposa',
    rows: [
      {
        text: 'Perdone que interrumpa, soy Begoña, su mujer. Ronca muchísimo desde hace un mes.',
        rough: 'Perdone que interrumpa soy Begoña su mujer. Ronca muchísimo desde hace un m',
      },
    ],
  },
  {
    who: 'dra',
    rows: [
      { text: 'Gracias, Begoña, es muy útil. So, your labs came back, y la hemoglobina glicosilada está en 7,2 por ciento.' },
      { text: "It's a little high, pero ha mejorado desde el 8,1 de octubre.", rough: "It's a little high. Pero ha mejorado desde el 8,1 de octu" },
    ],
  },
  { who: 'pac', rows: [{ text: '¿Entonces tengo que cambiar la medicación?' }] },
  { who: 'dra', rows: [{ text: 'No, de momento seguimos igual. Just keep taking la metformina, mil miligramos dos veces al día.' }] },
  { who: 'esposa', rows: [{ text: '¿Y lo del ronquido? ¿Puede ser apnea del sueño?' }] },
  { who: 'dra', rows: [{ text: "Puede ser, sí. I'll refer him to the sleep clinic para un estudio del sueño en casa." }] },
  { who: 'pac', rows: [{ text: 'Vale. ¿Cuánto tarda la cita, más o menos?' }] },
  { who: 'dra', rows: [{ text: 'Unas tres o cuatro semanas. Le llamarán al teléfono que termina en cuarenta y siete, ochenta y dos.' }] },
  { who: 'pac', rows: [{ text: 'De acuerdo.' }, { text: 'Muchas gracias por todo, doctora.' }] },
  { who: 'dra', rows: [{ text: 'De nada. Take care, y nos vemos el veintidós de mayo.' }] },
];

/**
 * Tests: a top-document build (no iframe; #zmmtg-root/#wc-container, §3.1) with the full-transcript
 * panel open (§3.4): localized panel name "Transcripción" and a localized list aria-label (A1), so
 * anchors must be the class/id. Rows carry names with two surnames and accents ("María José
 * Fernández Ríos", "José Ángel Ibáñez Quiñones", "Begoña Ruiz de la Peña"); letter avatars "M"/"B"
 * sit inside the title row (naive text gives "MMaría…"), the patient has a photo avatar; each row has
 * a time stamp that is not speech. Consecutive rows of one person: only the first has the name header
 * (continuation rows inherit it). The last row grows word by word and is then re-punctuated, twice
 * with a re-spelled trailing word ("cansa" → "cansado.", "octu" → "octubre."). The clinician
 * code-switches English/Spanish inside a turn; lab values with decimal commas ("7,2", "8,1"); a phone
 * number and a date said in words. Only 6 rows stay mounted: from the 7th row on the oldest row
 * ELEMENT is recycled (rewritten wholesale, moved to the end), which must start a new utterance and
 * never revise the old one. The local user's rows are the clinician (role). Assumptions: A1, A5
 * (word growth in rows, overlay hidden while the panel is open), A6 (own display name, no "Tú"), A7.
 */
const s2: Scenario = {
  name: 'zoom-es: top-document transcript panel, two-surname names, code-switching clinician, recycled rows',
  url: 'https://us04web.zoom.us/wc/7234981056/join?fromPWA=1',
  selfNames: [SELF],
  body: zoomUi({ tiles: s2People.map((x) => tile(x)).join(''), panel: true, ccOn: true }),
  prepare(p) {
    p.doc.documentElement.lang = 'es';
  },
  play: (p) => playPanel(p, p.doc, s2People, s2Turns),
  leave: (p) => leaveZoom(p.doc),
  expected: panelExpected(s2People, s2Turns),
  loose: true,
  forbidden: [
    ...COMMON_FORBIDDEN,
    'Transcripción',
    'Guardar transcripción',
    '16:',
    'MMaría',
    'BBegoña',
    SELF,
    'José Ángel Ibáñez Quiñones',
    'Begoña Ruiz de la Peña',
  ],
};

// ---------------------------------------------------------------------------------------------
// Scenario 3: iframe overlay, captions off at start, caption language English → Spanish, off/on

const s3People: Person[] = [
  { key: 'dra', name: SELF, initials: 'MF', photo: SELF_PHOTO },
  { key: 'pac', name: 'Ángeles Ortega Núñez', initials: 'ÁO' },
];

const s3Steps: Step[] = [
  { who: 'dra', off: true, text: 'Hola, ¿me oye bien? Espere, que pongo los subtítulos.' },
  { captions: 'on' },
  { notice: 'Los subtítulos se mostrarán en inglés (EE. UU.)' },
  { who: 'dra', text: "Good morning, Mrs. Ortega, I'm Doctor Fernandez. Can you see me okay?" },
  { who: 'pac', text: 'Yes, I can see you, but my English is not very good.' },
  { who: 'dra', text: 'No problem at all, I speak Spanish. Let me change the captions to Spanish, un momentito.' },
  { notice: 'Los subtítulos se mostrarán en español.' },
  { who: 'dra', text: 'Listo, ya está. Ahora los subtítulos salen en español. ¿Me entiende mejor así?' },
  { who: 'pac', text: '¡Sí, mucho mejor! Muchas gracias, doctora.' },
  { who: 'dra', text: 'Perfecto. Bueno, I saw your blood pressure log, y la tensión está en ciento cuarenta y cinco sobre noventa.' },
  { who: 'pac', text: 'Es que se me olvida la pastilla de la mañana, sobre todo los fines de semana.' },
  { captions: 'off' },
  { who: 'pac', off: true, text: 'Y el sábado tampoco me la tomé, la verdad.' },
  { captions: 'on' },
  { notice: 'Los subtítulos se mostrarán en español.' },
  { who: 'dra', text: 'Perdone, se me han quitado los subtítulos. Le decía que ponga una alarma en el móvil a las nueve.' },
  { who: 'pac', text: 'Vale, a las nueve. ¿Y sigo con la misma dosis, cinco miligramos?' },
  { who: 'dra', text: 'Sí, cinco miligramos de amlodipino. Check it again en dos semanas, el lunes 14 de julio.' },
  { who: 'pac', text: '¿Le mando los números por el portal?' },
  { who: 'dra', text: 'Exacto, por el portal del paciente. ¡Cuídese mucho, Ángeles!' },
  { who: 'pac', text: 'Gracias, igualmente. Adiós.' },
];

/**
 * Tests: iframe#webclient build with a Spanish UI; captions OFF when capture starts (no box; the
 * clinician's first words are not expected). Captions on (More → Subtítulos): a box appears and first
 * shows the localized notice "Los subtítulos se mostrarán en inglés (EE. UU.)" (the §3.3 system line
 * "Captions will be shown in English (US)"), with no avatar. Three English-captioned turns (the
 * clinician code-switches "un momentito"), then the caption language is changed mid-call: the notice
 * "Los subtítulos se mostrarán en español." replaces the text, and the conversation continues in
 * Spanish with the clinician switching into English inside turns, blood pressure said in words, a
 * dose and a date ("el lunes 14 de julio"). Then captions are turned off (the box is removed; the
 * patient's words meanwhile are not expected) and on again: a NEW box node, the notice again, then
 * the visit ends. No notice text and no toolbar label ("Mostrar/Ocultar subtítulos") may leak into
 * any utterance. Assumptions: A1 (localized notice and labels), A2, A3, A4 (notice shape and
 * placement, windows reset after it, new box per toggle), A7.
 */
const s3: Scenario = {
  name: 'zoom-es: iframe overlay, captions turned on late, caption language English→Spanish, off/on with a new box',
  url: 'https://app.zoom.us/wc/95120873346/join',
  selfNames: [SELF],
  body: FRAME_BODY,
  prepare(p) {
    p.doc.documentElement.lang = 'es';
    const d = frameDoc(p);
    d.documentElement.lang = 'es';
    d.body.innerHTML = zoomUi({ tiles: s3People.map((x) => tile(x)).join(''), overlay: false, ccOn: false });
  },
  play: (p) => playOverlay(p, () => frameDoc(p), s3People, s3Steps),
  leave: (p) => leaveZoom(frameDoc(p)),
  expected: overlayExpected(s3Steps),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'EE. UU.', 'en inglés (', 'Ángeles Ortega Núñez', 'pongo los subtítulos', 'tampoco me la tomé'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 4: top-document overlay, three interleaving speakers, avatar flap, long rolling monologue

const s4People: Person[] = [
  { key: 'dra', name: SELF, initials: 'MF', photo: SELF_PHOTO },
  { key: 'joaquin', name: 'Joaquín Muñoz Peña', initials: 'JM' },
  { key: 'lucia', name: 'Lucía Muñoz Sáez', initials: 'LM', photo: 'https://us04images.zoom.us/p/v2/e3d9b2c471/lucia-5520.jpg' },
];

const s4Steps: Step[] = [
  { who: 'dra', text: 'Hola, don Joaquín. Veo que hoy viene acompañado.' },
  { who: 'joaquin', text: 'Sí, ha venido mi hija, que me ayuda con las medicinas.' },
  { who: 'lucia', flap: true, text: 'Hola, doctora, soy Lucía. ¿Se me oye bien?' },
  { who: 'dra', text: "Perfectamente, Lucía. Bueno, let's go over the new plan, que tenemos varios cambios." },
  {
    who: 'dra',
    text: 'Vamos a empezar con metformina de 850 miligramos, una pastilla con el desayuno y otra con la cena, durante tres meses. Y luego repetimos la analítica el 15 de abril de 2026 a las 9:30 de la mañana.',
  },
  { who: 'joaquin', text: '¿Ochocientos cincuenta? Eso es mucho, ¿no?' },
  { who: 'dra', text: "Es la dosis habitual, don Joaquín. Honestly, it's a standard dose, no se preocupe." },
  { who: 'lucia', text: '¿Y si se le olvida una toma? ¿Se la puede tomar más tarde?' },
  { who: 'dra', text: 'Si se acuerda en las dos horas siguientes, sí. Si no, se la salta y sigue normal.' },
  { who: 'joaquin', text: '¡Ah, vale! Entonces no pasa nada.' },
  { who: 'lucia', text: 'Yo le preparo el pastillero los domingos, así no se equivoca.' },
  { who: 'dra', text: 'Muy buena idea, Lucía. Any other questions? ¿Alguna otra pregunta?' },
  { who: 'joaquin', text: 'No, ninguna. Muchas gracias, doctora.' },
  { who: 'lucia', text: 'Gracias a usted. Nos vemos en abril.' },
];

/**
 * Tests: a top-document build (§3.1) with captions on from the start. Three people in one overlay
 * row: the clinician (local user, photo), the patient (initials "JM") and his daughter (photo). The
 * daughter's first turn shows the avatar flap (§3.3): the initials bubble first (the "JM" span is
 * updated in place to "LM", A3), her photo replaces it from the third word on; it is still one
 * speaker and one turn. Clinician → daughter later is img → img with only the src changing in place
 * (A3). Speakers interleave and every return first shows the returning speaker's accumulated window
 * (§3.3). The clinician's two consecutive turns form one long monologue (a dose, "850 miligramos", a
 * date "el 15 de abril de 2026 a las 9:30") that rolls well past the ~120-char window, so its start
 * drops off the front while it grows. ¿…? and ¡…! inside turns, code-switching inside turns
 * ("Honestly, it's a standard dose, no se preocupe"). The self tile is labelled "… (Tú)" (A6: a
 * distractor; no name is in the overlay, so speakers are keys without roles). Assumptions: A1, A2,
 * A3, A6, A7.
 */
const s4: Scenario = {
  name: 'zoom-es: top-document overlay, three interleaving speakers, initials→photo flap, rolling monologue',
  url: 'https://us04web.zoom.us/wc/6039187425/join?fromPWA=1',
  selfNames: [SELF],
  body: zoomUi({
    tiles: s4People.map((x) => (x.key === 'dra' ? tile(x, `${x.name} (Tú)`) : tile(x))).join(''),
    overlay: true,
    ccOn: true,
  }),
  prepare(p) {
    p.doc.documentElement.lang = 'es';
  },
  play: (p) => playOverlay(p, () => p.doc, s4People, s4Steps),
  leave: (p) => leaveZoom(p.doc),
  expected: overlayExpected(s4Steps),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, '(Tú)', 'Joaquín Muñoz Peña', 'Lucía Muñoz Sáez', 'JMSí', 'LMHola'],
};

export const zoomScenarios: Scenario[] = [s1, s2, s3, s4];
