// Round 22 — Zoom web client: third parties on a clinical call, people coming and going.
//
// Written blind from /work/shared/research/caption-platforms.md only, using these sections:
//   §1   cross-platform summary (Zoom: one rolling overlay node, panel rows, no name in the overlay,
//        local user shown by avatar/initials only)
//   §3.1 URL patterns and frame layout (/wc/<id>/join on app.zoom.us and us04web.zoom.us, the
//        same-origin <iframe id="webclient">, top-document builds with #zmmtg-root/#wc-container,
//        in-call markers #audioOptionMenu and #wc-footer .footer__leave-btn-container button)
//   §3.3 overlay (.live-transcription-subtitle__box › #live-transcription-subtitle › img|initials span +
//        span.live-transcription-subtitle__item; text rewritten in place, old words roll off the front;
//        interleaving returns the earlier speaker's ACCUMULATED window; initials bubble flapping to
//        the photo; TT's tile lookup img.parentElement.nextSibling; the system line
//        "Captions will be shown in English (US)")
//   §3.4 full transcript panel ([aria-label="Live Transcription List"].new-lt-list-container
//        #full-transcription, .lt-full-transcript__item rows, name only on the __title--first row of
//        a run, letter avatar inside the title, __time, __message, React-virtualized recycling of row
//        elements, re-punctuation and re-spelling of the trailing word)
//   §7   Zoom for Healthcare uses the same client
//   §8   items 5–9 and 11 (re-attach, stabilisation, per-element identity, wholesale replacement of a
//        recycled row = a new utterance, rolling-window diffing, noise filters: status lines, timestamps,
//        doubled letter avatars)
//   §9   fixture checklist (img vs initials avatar, top document vs #webclient iframe, retention)
//
// Assumptions where the research is silent (repeated in the scenarios that depend on them):
//   A1 Participant tiles: <div class="video-avatar__avatar"><div class="video-avatar__avatar-img">
//      <img|span></div><div class="video-avatar__avatar-footer">Name</div></div>, i.e. exactly the
//      shape TT's lookup (img.parentElement.nextSibling) implies; the class names are invented.
//      Joining adds a tile, leaving or a dropped connection removes it; a rejoin adds a new tile
//      element with the same display name (and the same photo).
//   A2 The overlay box exists while captions are on; the #live-transcription-subtitle row is created
//      with the first caption and then persists. React reuses the avatar element: photo→photo is a
//      src change, initials→initials a text change, photo↔initials a node swap. The caption text is
//      one text node rewritten in place (characterData), the way React updates a lone text child.
//   A3 The overlay rolling window is ~110 characters of the current speaker's accumulated words.
//   A4 After a dropped connection and rejoin, Zoom starts the person's overlay window afresh
//      (new session), it does not bring back the pre-drop tail.
//   A5 Panel rows: one row per recognised utterance; the local user's rows carry their own display
//      name (no "You"). A recycled row element gets the NEW live utterance (consistent with ZWC's
//      "wholesale replacement = new utterance"): it is taken from the top and re-appended at the
//      bottom, its header added/removed and its time/message rewritten.
//   A6 The overlay shows the same ASR revisions (re-punctuation, re-spelled last word) as the panel.
//   A7 Leaving unmounts #wc-container (footer with #audioOptionMenu and the leave button included).
//   A8 Spanish speech is captioned as Spanish words (the interpreter's English as English).
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface Person {
  /** Speaker key used where the name is not in the DOM (overlay-only scenarios). */
  id: string;
  name: string;
  initials: string;
  photo?: string;
  self?: boolean;
}

const photo = (tag: string) => `https://us04images.zoom.us/p/v2/${tag}/avatar.jpg`;

/** Word-step delays between 65 and 130 ms, varied so steps do not line up with polls. */
const JITTER = [85, 100, 70, 120, 90, 110, 75, 130, 95, 65, 105, 80];
const stepMs = (i: number) => JITTER[i % JITTER.length]!;

// ---------------------------------------------------------------------------------------------
// Page shell (§3.1, assumption A1)

function tileHtml(x: Person): string {
  const face = x.photo ? `<img src="${x.photo}" alt="">` : `<span class="video-avatar__initials">${x.initials}</span>`;
  // No whitespace between the avatar wrapper and the name: TT reads img.parentElement.nextSibling.
  return `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img">${face}</div><div class="video-avatar__avatar-footer">${x.name}</div></div>`;
}

function meeting(o: { tiles: Person[]; overlay: boolean; panel: boolean }): string {
  return [
    '<div id="zmmtg-root"><div id="wc-container">',
    '<div class="meeting-client-inner">',
    `<div class="gallery-video-container__wrap">${o.tiles.map(tileHtml).join('')}</div>`,
    o.overlay ? '<div class="live-transcription-subtitle__box"></div>' : '',
    '</div>',
    o.panel
      ? '<div class="wc-container-right"><div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div></div>'
      : '',
    '<div id="wc-footer" class="footer"><button id="audioOptionMenu" type="button" aria-label="Audio options"></button>',
    '<div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn">Leave</button></div></div>',
    '</div></div>',
  ].join('');
}

const IFRAME_BODY = '<iframe id="webclient" title="Zoom web client"></iframe>';

function frameDoc(p: Page): Document {
  const d = q<HTMLIFrameElement>(p.doc, 'iframe#webclient').contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no document');
  return d;
}

function addTile(d: Document, x: Person) {
  q(d, '.gallery-video-container__wrap').appendChild(el(d, tileHtml(x)));
}

function removeTile(d: Document, x: Person) {
  for (const t of Array.from(d.querySelectorAll('.video-avatar__avatar'))) {
    if (t.querySelector('.video-avatar__avatar-footer')?.textContent === x.name) t.remove();
  }
}

/** A7: leaving unmounts the meeting view, taking the in-call markers with it. */
function unmount(d: Document) {
  d.querySelector('#wc-container')?.remove();
}

// ---------------------------------------------------------------------------------------------
// Overlay driver (§3.3, assumptions A2–A4)

function windowOf(words: string[], max: number): string {
  let out = words[words.length - 1] ?? '';
  for (let i = words.length - 2; i >= 0; i--) {
    const next = `${words[i]} ${out}`;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

const faceOf = (x: Person, initialsOnly = false) =>
  x.photo && !initialsOnly ? `<img src="${x.photo}" alt="">` : `<span>${x.initials}</span>`;

class Overlay {
  private readonly acc = new Map<string, string[]>();
  private row: HTMLElement | null = null;
  private text: Text | null = null;

  constructor(
    private readonly doc: Document,
    private readonly max = 110,
  ) {}

  private show(avatarHtml: string | null, data: string) {
    if (!this.row || !this.text) {
      const row = el(this.doc, `<div id="live-transcription-subtitle">${avatarHtml ?? ''}<span class="live-transcription-subtitle__item"></span></div>`);
      const text = this.doc.createTextNode(data);
      q(row, '.live-transcription-subtitle__item').appendChild(text);
      q(this.doc, '.live-transcription-subtitle__box').appendChild(row);
      this.row = row;
      this.text = text;
      return;
    }
    this.setAvatar(this.row, avatarHtml);
    if (this.text.data !== data) this.text.data = data;
  }

  private setAvatar(row: HTMLElement, html: string | null) {
    const item = q(row, '.live-transcription-subtitle__item');
    const cur = item.previousElementSibling;
    if (!html) {
      cur?.remove();
      return;
    }
    const next = el(this.doc, html);
    if (!cur) {
      row.insertBefore(next, item);
      return;
    }
    if (cur.tagName === next.tagName) {
      if (cur.tagName === 'IMG') {
        const src = next.getAttribute('src') ?? '';
        if (cur.getAttribute('src') !== src) cur.setAttribute('src', src);
      } else if (cur.textContent !== next.textContent) {
        cur.textContent = next.textContent;
      }
      return;
    }
    cur.replaceWith(next);
  }

  /** A status line in the caption area, with no avatar. */
  system(line: string) {
    this.show(null, line);
  }

  /** A4: a rejoined participant starts a fresh window. */
  forget(id: string) {
    this.acc.delete(id);
  }

  /** `id` says one more word: their accumulated words, rolled to the window, under their avatar. */
  word(id: string, avatarHtml: string, w: string) {
    const words = this.acc.get(id) ?? [];
    this.acc.set(id, words);
    words.push(w);
    this.show(avatarHtml, windowOf(words, this.max));
  }

  /** Rewrites the last `n` words of `id`'s running turn (re-punctuation, re-spelled last word). */
  revise(id: string, avatarHtml: string, n: number, words: string[]) {
    const acc = this.acc.get(id) ?? [];
    acc.splice(Math.max(0, acc.length - n), n, ...words);
    this.acc.set(id, acc);
    this.show(avatarHtml, windowOf(acc, this.max));
  }
}

// ---------------------------------------------------------------------------------------------
// Transcript panel driver (§3.4, assumption A5)

class Panel {
  private last: string | null = null;
  private live: Text | null = null;

  constructor(
    private readonly doc: Document,
    private readonly maxRows: number,
    /** true: the recycled row is moved first and rewritten while attached; false: rewritten detached. */
    private readonly moveThenRewrite: boolean,
  ) {}

  private fill(row: HTMLElement, who: Person, first: boolean, time: string, data: string): Text {
    const d = this.doc;
    row.className = first ? 'lt-full-transcript__item lt-full-transcript__title--first' : 'lt-full-transcript__item';
    let avatar = row.querySelector('.lt-full-transcript__avatar');
    let name = row.querySelector('.lt-full-transcript__display-name');
    if (first) {
      // Letter avatar for people without a photo: naive text would read "WWalter Brooks".
      const face = who.photo ? `<img src="${who.photo}" alt="">` : `<span>${who.name.charAt(0)}</span>`;
      if (!avatar) {
        avatar = el(d, '<div class="lt-full-transcript__avatar"></div>');
        row.insertBefore(avatar, row.firstChild);
      }
      avatar.innerHTML = face;
      if (!name) {
        name = el(d, '<span class="lt-full-transcript__display-name"></span>');
        avatar.after(name);
      }
      name.textContent = who.name;
    } else {
      avatar?.remove();
      name?.remove();
    }
    let timeEl = row.querySelector('.lt-full-transcript__time');
    if (!timeEl) {
      timeEl = el(d, '<span class="lt-full-transcript__time"></span>');
      row.appendChild(timeEl);
    }
    timeEl.textContent = time;
    let msg = row.querySelector('.lt-full-transcript__message');
    if (!msg) {
      msg = el(d, '<div class="lt-full-transcript__message"></div>');
      row.appendChild(msg);
    }
    const t = msg.firstChild;
    if (t && t.nodeType === 3 && msg.childNodes.length === 1) {
      (t as Text).data = data;
      return t as Text;
    }
    msg.textContent = '';
    const fresh = d.createTextNode(data);
    msg.appendChild(fresh);
    return fresh;
  }

  /** A new utterance row for `who` with its first word; recycles the top row when the list is full. */
  start(who: Person, time: string, data: string) {
    const first = who.name !== this.last;
    this.last = who.name;
    const list = q(this.doc, '#full-transcription');
    const rows = list.querySelectorAll<HTMLElement>('.lt-full-transcript__item');
    const top = rows.length >= this.maxRows ? rows[0] : undefined;
    if (!top) {
      const row = this.doc.createElement('div');
      this.live = this.fill(row, who, first, time, data);
      list.appendChild(row);
    } else if (this.moveThenRewrite) {
      list.appendChild(top);
      this.live = this.fill(top, who, first, time, data);
    } else {
      top.remove();
      this.live = this.fill(top, who, first, time, data);
      list.appendChild(top);
    }
  }

  set(data: string) {
    if (this.live && this.live.data !== data) this.live.data = data;
  }
}

// ---------------------------------------------------------------------------------------------
// Script player

interface Stage {
  doc: Document;
  overlay?: Overlay;
  panel?: Panel;
  clock: () => string;
}

interface Say {
  who: Person;
  /** The final text of this utterance (what the user expects). */
  say: string;
  /** What the ASR shows while the words arrive, rewritten to `say` at the end (re-punctuation). */
  grown?: string;
  /** Overlay: the first N words show the initials bubble before the photo loads (§3.3 flapping). */
  flap?: number;
  gap?: number;
}

interface Act {
  act(st: Stage): void;
  gap?: number;
}

type Step = Say | Act;

const isSay = (s: Step): s is Say => 'who' in s;

async function perform(p: Page, st: Stage, steps: Step[]) {
  for (const s of steps) {
    if (!isSay(s)) {
      s.act(st);
      await p.sleep(s.gap ?? 300);
      continue;
    }
    const words = (s.grown ?? s.say).split(' ');
    for (let i = 0; i < words.length; i++) {
      st.overlay?.word(s.who.id, faceOf(s.who, i < (s.flap ?? 0)), words[i]!);
      if (st.panel) {
        const shown = words.slice(0, i + 1).join(' ');
        if (i === 0) st.panel.start(s.who, st.clock(), shown);
        else st.panel.set(shown);
      }
      await p.sleep(stepMs(i));
    }
    if (s.grown !== undefined) {
      st.overlay?.revise(s.who.id, faceOf(s.who), words.length, s.say.split(' '));
      st.panel?.set(s.say);
      await p.sleep(110);
    }
    await p.sleep(s.gap ?? 300);
  }
}

/** Overlay only: names are not in the DOM, so speakers are keys; no roles (self is avatar-only). */
function expectedByKey(steps: Step[]): Expected[] {
  return steps.filter(isSay).map((s) => ({ speaker: { key: s.who.id }, text: s.say }));
}

/** Panel present: names come from the rows; the local user (selfNames) is the clinician. */
function expectedByName(steps: Step[]): Expected[] {
  return steps
    .filter(isSay)
    .map((s) => (s.who.self ? { speaker: s.who.name, role: 'clinician' as const, text: s.say } : { speaker: s.who.name, text: s.say }));
}

/** Panel timestamps, 6 s apart (they must never leak into the text). */
function times(h: number, m: number, s: number, n: number): string[] {
  const pad = (x: number) => String(x).padStart(2, '0');
  const out: string[] = [];
  for (let i = 0, t = h * 3600 + m * 60 + s; i < n; i++, t += 6) {
    out.push(`${pad(Math.floor(t / 3600))}:${pad(Math.floor(t / 60) % 60)}:${pad(t % 60)}`);
  }
  return out;
}

function clockOf(list: string[]): () => string {
  let i = 0;
  return () => list[Math.min(i++, list.length - 1)]!;
}

// =============================================================================================
// Scenario 1 — overlay only, inside #webclient: interpreter triad.
// Tests: three speakers alternating fast (clinician → interpreter → patient → interpreter …) in the
// ONE rolling overlay node; the overlay flips avatar between photo (src change), photo and initials
// bubble (node swap); each returning speaker comes back with their ACCUMULATED window (§3.3), so
// their earlier words reappear in the DOM and must not be emitted again; the interpreter's long
// accumulated text rolls off the front (A3). Speakers are keys (no name in the overlay); no roles.
// Tiles (A1) let a product resolve photos to names, but any consistent names pass.

const s1Clin: Person = { id: 'clinician', name: 'Dr. Maya Patel', initials: 'MP', photo: photo('k3Jd9QpLr2uX/7f1c0a'), self: true };
const s1Pat: Person = { id: 'patient', name: 'Rosa Delgado', initials: 'RD', photo: photo('Zp0aT4mWq8Ne/2b9e44') };
const s1Int: Person = { id: 'interpreter', name: 'Luis Ortega', initials: 'LO' };

const s1Steps: Step[] = [
  { who: s1Clin, say: 'Good morning Mrs. Delgado, I am Dr. Patel. What brings you in today?', gap: 280 },
  { who: s1Int, say: 'Buenos días señora Delgado, soy la doctora Patel. ¿Qué la trae hoy?', gap: 250 },
  { who: s1Pat, say: 'Tengo dolor en el pecho desde anoche y me falta el aire.', gap: 300 },
  { who: s1Int, say: 'I have had chest pain since last night and I am short of breath.', gap: 260 },
  { who: s1Clin, say: 'Does the pain spread to your arm or jaw?', gap: 250 },
  { who: s1Int, say: '¿El dolor se extiende al brazo o a la mandíbula?', gap: 280 },
  { who: s1Pat, say: 'Sí, al brazo izquierdo.', gap: 250 },
  { who: s1Int, say: 'Yes, to the left arm.', gap: 300 },
  { who: s1Clin, say: 'Okay. I am going to order an ECG right away.', gap: 260 },
  { who: s1Int, say: 'Bien. Voy a pedir un electrocardiograma ahora mismo.', gap: 250 },
  { who: s1Pat, say: 'Gracias doctora.', gap: 280 },
  { who: s1Int, say: 'Thank you doctor.' },
];

const interpreterOverlayInFrame: Scenario = {
  name: 'zoom #webclient overlay: interpreter relays Spanish and English, three fast alternating speakers',
  url: 'https://app.zoom.us/wc/84512937610/join?fromPWA=1',
  selfNames: ['Dr. Maya Patel'],
  body: IFRAME_BODY,
  prepare(p) {
    frameDoc(p).body.innerHTML = meeting({ tiles: [s1Clin, s1Pat, s1Int], overlay: true, panel: false });
  },
  async play(p) {
    const doc = frameDoc(p);
    await perform(p, { doc, overlay: new Overlay(doc), clock: () => '' }, s1Steps);
  },
  leave(p) {
    unmount(frameDoc(p));
  },
  expected: expectedByKey(s1Steps),
};

// =============================================================================================
// Scenario 2 — transcript panel only, top document: a caregiver joins partway.
// Tests: the daughter's tile appears mid-call (A1) and she speaks; a same-speaker run is split over
// rows where only the first row has the name (__title--first) and continuation rows must inherit
// it; the letter avatar ("W") sits next to the name and must not be glued to it; timestamps must
// not leak; the virtualized list keeps 5 rows and RECYCLES the top row element for the new live
// utterance (rewritten while detached, re-appended; A5), including header rows turned into
// continuation rows and back; rows are re-punctuated / the last word re-spelled ("6" → "six") at the
// end (§3.4), hence loose. The local user's rows carry their own display name (A5) → clinician.

const s2Clin: Person = { id: 'clinician', name: 'Dr. Samuel Okafor', initials: 'SO', photo: photo('Qm7tRb2Lw9Ys/c04d1e'), self: true };
const s2Pat: Person = { id: 'patient', name: 'Walter Brooks', initials: 'WB' };
const s2Care: Person = { id: 'caregiver', name: 'Linda Brooks', initials: 'LB', photo: photo('Hx5nPe8Kd1Va/9a7b31') };
const s2Times = times(14, 2, 5, 16);

const s2Steps: Step[] = [
  { who: s2Clin, say: 'Hi Walter, how have your sugars been this week?', grown: 'hi Walter how have your sugars been this week' },
  { who: s2Pat, say: 'Mostly fine, but I forget the evening pill sometimes.' },
  { who: s2Clin, say: 'That is common. Do you use a pill organizer?', grown: 'that is common do you use a pill organizer' },
  { who: s2Pat, say: 'No, I do not.', gap: 350 },
  { act: (st) => addTile(st.doc, s2Care), gap: 450 },
  { who: s2Care, say: 'Hi, sorry I am late. This is his daughter Linda.', grown: 'hi sorry I am late this is his daughter Linda', gap: 250 },
  { who: s2Care, say: 'I can set up a weekly organizer for him.' },
  { who: s2Clin, say: 'Thank you Linda, that would really help.', gap: 250 },
  { who: s2Clin, say: 'Let us also check his sugar before dinner.' },
  { who: s2Pat, say: 'I can do that.' },
  { who: s2Care, say: 'I will remind him by phone at six.', grown: 'I will remind him by phone at 6' },
  { who: s2Clin, say: 'Perfect. We will recheck in two weeks.', grown: 'perfect we will recheck in two weeks' },
];

const caregiverJoinsPanel: Scenario = {
  name: 'zoom panel: caregiver joins partway, name only on the first row of a run, recycled rows',
  url: 'https://us04web.zoom.us/wc/71234598820/join',
  selfNames: ['Dr. Samuel Okafor'],
  body: meeting({ tiles: [s2Clin, s2Pat], overlay: false, panel: true }),
  async play(p) {
    await perform(p, { doc: p.doc, panel: new Panel(p.doc, 5, false), clock: clockOf(s2Times) }, s2Steps);
  },
  leave(p) {
    unmount(p.doc);
  },
  expected: expectedByName(s2Steps),
  loose: true,
  forbidden: [...s2Times, 'WWalter', 'LLinda'],
};

// =============================================================================================
// Scenario 3 — transcript panel only, inside #webclient: interpreted visit, the patient drops.
// Tests: three-way interpreted turns in panel rows; the patient's connection drops mid-sentence
// (her row simply stops growing and her tile is removed), the interpreter and clinician carry on,
// then she rejoins under the SAME display name (a new tile element, A1) and her new rows must be
// attributed to the same speaker as before; the ASR re-spells her trailing word ("no" → "noche")
// and re-punctuates (§3.4, loose); the list keeps 6 rows and recycles the top row by moving it to
// the bottom first and rewriting it while attached (A5). Clinician role from selfNames.

const s3Clin: Person = { id: 'clinician', name: 'Dr. Hannah Weiss', initials: 'HW', self: true };
const s3Pat: Person = { id: 'patient', name: 'Carmen Ruiz', initials: 'CR', photo: photo('Tw3eLs6Np0Qc/5e8f02') };
const s3Int: Person = { id: 'interpreter', name: 'Tomás Vega', initials: 'TV', photo: photo('Bv9cMj4Xr7Ho/3d6a90') };
const s3Times = times(9, 41, 12, 18);

const s3Steps: Step[] = [
  { who: s3Clin, say: 'Carmen, how has the new inhaler been working?', gap: 260 },
  { who: s3Int, say: 'Carmen, ¿cómo le ha funcionado el inhalador nuevo?', gap: 260 },
  { who: s3Pat, say: 'Mejor, pero todavía toso por la', gap: 150 },
  { act: (st) => removeTile(st.doc, s3Pat), gap: 500 },
  { who: s3Int, say: 'Doctor, I think we lost her connection.', gap: 260 },
  { who: s3Clin, say: 'Let us wait a moment for her to rejoin.', gap: 300 },
  { act: (st) => addTile(st.doc, s3Pat), gap: 500 },
  { who: s3Pat, say: 'Perdón, se me cortó. Todavía toso por la noche.', grown: 'Perdón se me cortó todavía toso por la no', gap: 260 },
  { who: s3Int, say: 'Sorry, I got cut off. I still cough at night.', gap: 260 },
  { who: s3Clin, say: 'Then we will add a steroid inhaler at bedtime.', gap: 260 },
  {
    who: s3Int,
    say: 'Entonces vamos a agregar un inhalador con esteroide para la noche.',
    grown: 'entonces vamos a agregar un inhalador con esteroide para la noche',
    gap: 260,
  },
  { who: s3Pat, say: 'Está bien, gracias.', gap: 260 },
  { who: s3Int, say: 'Okay, thank you.' },
];

const patientRejoinsPanelInFrame: Scenario = {
  name: 'zoom #webclient panel: interpreted visit, patient drops mid-sentence and rejoins under the same name',
  url: 'https://app.zoom.us/wc/93017746215/join',
  selfNames: ['Dr. Hannah Weiss'],
  body: IFRAME_BODY,
  prepare(p) {
    frameDoc(p).body.innerHTML = meeting({ tiles: [s3Clin, s3Pat, s3Int], overlay: false, panel: true });
  },
  async play(p) {
    const doc = frameDoc(p);
    await perform(p, { doc, panel: new Panel(doc, 6, true), clock: clockOf(s3Times) }, s3Steps);
  },
  leave(p) {
    unmount(frameDoc(p));
  },
  expected: expectedByName(s3Steps),
  loose: true,
  forbidden: [...s3Times, 'HHannah'],
};

// =============================================================================================
// Scenario 4 — overlay only, top document: the patient's connection drops and she rejoins.
// Tests: patient, husband (caregiver) and clinician (initials only, no photo) share the overlay;
// the patient's photo tile is removed when her connection drops mid-sentence and re-added when she
// rejoins; her overlay window restarts (A4) and her first words after the rejoin show the initials
// bubble "GK" before the photo loads (§3.3 flapping) — the product must keep ONE speaker for that
// turn and the same speaker as before the drop; her half sentence before the drop and the repeated
// phrase after it are both real speech. The clinician's turn is re-punctuated at the end (A6), hence
// loose. Keys only, no roles.

const s4Clin: Person = { id: 'clinician', name: 'Dr. Aaron Lee', initials: 'AL', self: true };
const s4Pat: Person = { id: 'patient', name: 'Grace Kim', initials: 'GK', photo: photo('Fr2yUk8Ze5Mb/0c3d7f') };
const s4Care: Person = { id: 'caregiver', name: 'Peter Kim', initials: 'PK', photo: photo('Nd6gWa1Js4Tq/b81e26') };

const s4Steps: Step[] = [
  { who: s4Clin, say: 'Grace, how has the swelling in your ankles been?' },
  { who: s4Pat, say: 'It goes down overnight but comes back by the afternoon.' },
  { who: s4Care, say: 'She has also been more tired than usual.' },
  { who: s4Pat, say: 'And I get winded on the', gap: 150 },
  {
    act: (st) => {
      removeTile(st.doc, s4Pat);
      st.overlay?.forget(s4Pat.id);
    },
    gap: 500,
  },
  { who: s4Clin, say: 'Peter, it looks like Grace dropped off. Is she reconnecting?' },
  { who: s4Care, say: 'Yes, she is rejoining from her phone now.' },
  { act: (st) => addTile(st.doc, s4Pat), gap: 500 },
  { who: s4Pat, say: 'Sorry about that. I get winded on the stairs now.', flap: 2 },
  {
    who: s4Clin,
    say: 'Stairs are a useful clue. I would like to adjust your water pill.',
    grown: 'stairs are a useful clue I would like to adjust your water pill',
  },
  { who: s4Care, say: 'Should she take it in the morning?' },
  { who: s4Clin, say: 'Yes, in the morning, so it does not keep her up at night.' },
  { who: s4Pat, say: 'Okay, I will start tomorrow.' },
];

const patientRejoinsOverlay: Scenario = {
  name: 'zoom overlay: patient drops and rejoins (initials bubble before photo), caregiver and clinician continue',
  url: 'https://us04web.zoom.us/wc/65540218873/join',
  selfNames: ['Dr. Aaron Lee'],
  body: meeting({ tiles: [s4Clin, s4Pat, s4Care], overlay: true, panel: false }),
  async play(p) {
    await perform(p, { doc: p.doc, overlay: new Overlay(p.doc), clock: () => '' }, s4Steps);
  },
  leave(p) {
    unmount(p.doc);
  },
  expected: expectedByKey(s4Steps),
  loose: true,
};

// =============================================================================================
// Scenario 5 — overlay AND panel together, inside #webclient: a family member leaves mid-call.
// Tests: the same speech shows in both views at once and must be captured once, named from the
// panel; the overlay first shows the status line "Captions will be shown in English (US)" with no
// avatar (assumption: status lines use the same item span) which must never become an utterance;
// the son speaks two rows (second one a nameless continuation), then leaves (tile removed) while
// the clinician and patient continue; rows are re-punctuated / re-spelled ("10" → "ten") in both
// views (A6, loose); the panel keeps 4 rows and recycles (A5). Clinician role from selfNames.

const s5Clin: Person = { id: 'clinician', name: 'Dr. Priya Nair', initials: 'PN', photo: photo('Lc8vQz3Rt6Ew/7a2b5c'), self: true };
const s5Pat: Person = { id: 'patient', name: 'Jorge Mendes', initials: 'JM' };
const s5Son: Person = { id: 'family', name: 'Rafael Mendes', initials: 'RM', photo: photo('Yk1sDf9Gh2Op/e4f601') };
const s5Times = times(16, 27, 40, 14);

const s5Steps: Step[] = [
  { who: s5Clin, say: 'Hello Jorge, I see your son Rafael joined us too.', grown: 'hello Jorge I see your son Rafael joined us too' },
  { who: s5Son, say: 'Hi doctor, I only have a few minutes before work.' },
  { who: s5Clin, say: 'No problem. Jorge, how is the new knee doing?' },
  { who: s5Pat, say: 'Much better. I walk to the mailbox every day.', grown: 'much better I walk to the mailbox every day' },
  { who: s5Son, say: 'He still skips his exercises, though.', gap: 250 },
  { who: s5Son, say: 'I have to go now. Bye, Dad.', gap: 200 },
  { act: (st) => removeTile(st.doc, s5Son), gap: 500 },
  { who: s5Clin, say: 'Thanks, Rafael. Jorge, let us go over those exercises together.' },
  { who: s5Pat, say: 'Sure, I have the sheet right here.' },
  { who: s5Clin, say: 'Great. Start with ten slow leg lifts.', grown: 'great start with 10 slow leg lifts' },
];

const familyLeavesBothInFrame: Scenario = {
  name: 'zoom #webclient overlay + panel: son leaves mid-call while clinician and patient continue',
  url: 'https://app.zoom.us/wc/58803317460/join?fromPWA=1',
  selfNames: ['Dr. Priya Nair'],
  body: IFRAME_BODY,
  prepare(p) {
    frameDoc(p).body.innerHTML = meeting({ tiles: [s5Clin, s5Pat, s5Son], overlay: true, panel: true });
  },
  async play(p) {
    const doc = frameDoc(p);
    const overlay = new Overlay(doc);
    overlay.system('Captions will be shown in English (US)');
    await p.sleep(500);
    await perform(p, { doc, overlay, panel: new Panel(doc, 4, false), clock: clockOf(s5Times) }, s5Steps);
  },
  leave(p) {
    unmount(frameDoc(p));
  },
  expected: expectedByName(s5Steps),
  loose: true,
  forbidden: [...s5Times, 'Captions will be shown', 'English (US)', 'JJorge'],
};

export const zoomScenarios: Scenario[] = [
  interpreterOverlayInFrame,
  caregiverJoinsPanel,
  patientRejoinsPanelInFrame,
  patientRejoinsOverlay,
  familyLeavesBothInFrame,
];
