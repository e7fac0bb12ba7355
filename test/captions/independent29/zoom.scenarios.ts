// Round 29 — Zoom web client, multi-party telehealth visits (10-16 turns each).
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §1   Cross-platform summary (Zoom column: overlay = one rolling node, no name; panel = named rows)
//   §3.1 URL patterns and frame layout (same-origin <iframe id="webclient">, top-document builds with
//        #zmmtg-root / #wc-container, in-call markers #audioOptionMenu and
//        #wc-footer .footer__leave-btn-container button)
//   §3.2 Turning captions on (captions shown in the call; system line "Captions will be shown in …")
//   §3.3 Overlay (.live-transcription-subtitle__box › #live-transcription-subtitle › img|initials span +
//        span.live-transcription-subtitle__item; text rewritten in place, old words roll off the front;
//        returning speaker shows their ACCUMULATED window; initials bubble then <img> flap; TT's
//        img → participant tile → img.parentElement.nextSibling name lookup; system/noise lines)
//   §3.4 Full transcript panel (#full-transcription.new-lt-list-container[aria-label="Live Transcription
//        List"], .lt-full-transcript__item rows with __avatar/__display-name/__time/__message, name header
//        only on the first row of a same-speaker group (__title--first), letter avatar inside the title
//        row, React-virtualised row recycling, ASR re-punctuation and trailing-word re-spelling)
//   §8   Strategies (noise filters: Zoom status lines, panel timestamps, doubled avatar initials;
//        virtualised-list recycling = wholesale text replacement starts a new utterance)
//   §9   Fixture checklist (img vs. initials avatar, iframe vs. top document, rolling window, retention)
//
// Assumptions shared by all scenarios where the research is silent:
//   - Participant tiles: the research only says TT finds "another img with the same src elsewhere in the
//     page (a participant tile)" and reads img.parentElement.nextSibling. The tile class names below
//     (gallery-video-container__*, video-avatar__*) are invented; the img → parent → nextSibling(name)
//     shape follows TT. A participant who leaves loses their tile; a rejoin creates a new tile element.
//   - Leaving: the meeting UI (#wc-container with the footer, leave button and #audioOptionMenu, captions
//     and tiles) is torn down. The research does not describe the post-call page.
//   - When the full-transcript panel is open, the bottom overlay is assumed not rendered (the research does
//     not say whether both show at once), so panel scenarios contain the panel only.
//   - Panel rows: the message text node grows word by word (characterData) while the person speaks and is
//     re-punctuated/re-cased in place once the ASR settles (§3.4 example); hence `loose` on the panel
//     scenarios. A pause inside one person's turn starts a continuation row (no name), as §3.4 describes.
//   - Multilingual ASR: Spanish turns are assumed to be captioned as Spanish text (the research does not
//     cover mixed-language calls); speakers alternate, so every turn still has its own title row.
//   - Roles: only the local user (selfNames) gets a role (clinician), and only in the panel, where the
//     display name is in the DOM and is assumed to be the plain display name (no "You"/"(Me)" label — the
//     research is silent). In the overlay the local user is avatar/initials only (§1, §3.3), so no role is
//     asserted there and speakers are {key}s.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

// ------------------------------------------------------------------------------------------------
// Shared page pieces

const FOOTER = `<div id="wc-footer" class="footer"><div class="footer__inner"><button id="audioOptionMenu" aria-label="audio options" type="button"></button><div class="footer__leave-btn-container"><button type="button" class="footer__leave-btn">Leave</button></div></div></div>`;

/** The meeting document: the #webclient iframe's document, or the top document in top-document builds. */
function meetingDoc(p: Page): Document {
  const f = p.doc.getElementById('webclient') as HTMLIFrameElement | null;
  if (!f) return p.doc;
  const d = f.contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no contentDocument');
  return d;
}

/** Leaving tears the meeting UI down (in-call markers, captions, tiles). */
function leaveMeeting(p: Page) {
  const d = meetingDoc(p);
  d.getElementById('wc-container')?.remove();
}

/** Invented tile markup with TT's shape: img.parentElement.nextSibling is the name footer (no whitespace). */
function tileHtml(id: string, name: string, avatar: { img: string } | { initials: string }): string {
  const face =
    'img' in avatar
      ? `<div class="video-avatar__avatar"><img class="video-avatar__avatar-img" src="${avatar.img}" alt=""></div>`
      : `<div class="video-avatar__avatar"><span class="video-avatar__avatar-initials">${avatar.initials}</span></div>`;
  return `<div class="gallery-video-container__video-frame" data-tile="${id}">${face}<div class="video-avatar__avatar-footer"><span>${name}</span></div></div>`;
}

function addTile(d: Document, id: string, name: string, avatar: { img: string } | { initials: string }) {
  q(d, '.gallery-video-container__wrap').appendChild(el(d, tileHtml(id, name, avatar)));
}

function removeTile(d: Document, id: string) {
  d.querySelector(`[data-tile="${id}"]`)?.remove();
}

// ------------------------------------------------------------------------------------------------
// Overlay driver (§3.3): one persistent row; avatar swapped per speaker; rolling per-speaker window.

type OverlayAvatar = { img: string } | { initials: string };

interface OverlaySpeaker {
  id: string;
  avatar: OverlayAvatar;
}

const WINDOW_CHARS = 120;

function rollingTail(s: string, max = WINDOW_CHARS): string {
  const words = s.split(' ');
  while (words.length > 1 && words.join(' ').length > max) words.shift();
  return words.join(' ');
}

function avatarEl(d: Document, a: OverlayAvatar): Element {
  return 'img' in a ? el(d, `<img src="${a.img}" alt="">`) : el(d, `<span>${a.initials}</span>`);
}

class Overlay {
  private acc = new Map<string, string>();
  private row: HTMLElement;
  private item: HTMLElement;
  private text: Text;

  constructor(
    private p: Page,
    private d: Document,
  ) {
    this.row = q(d, '#live-transcription-subtitle');
    this.item = q(this.row, '.live-transcription-subtitle__item');
    if (!this.item.firstChild) this.item.appendChild(d.createTextNode(''));
    this.text = this.item.firstChild as Text;
  }

  private setAvatar(a: OverlayAvatar) {
    const first = this.row.firstElementChild;
    const fresh = avatarEl(this.d, a);
    if (first && first !== this.item) {
      const same =
        first.tagName === fresh.tagName &&
        (first.getAttribute('src') ?? first.textContent) === (fresh.getAttribute('src') ?? fresh.textContent);
      if (same) return;
      first.replaceWith(fresh);
    } else {
      this.row.insertBefore(fresh, this.item);
    }
  }

  /**
   * One speaker turn. A returning speaker first shows their accumulated window again (SOTTO), then
   * grows; `flapTo` swaps the avatar (initials bubble → photo) after `flapAfter` words.
   */
  async turn(who: OverlaySpeaker, sentence: string, opts: { stepMs?: number; firstAvatar?: OverlayAvatar; flapAfter?: number } = {}) {
    const stepMs = opts.stepMs ?? 90;
    const words = sentence.split(' ');
    let cur = this.acc.get(who.id) ?? '';
    this.setAvatar(opts.firstAvatar ?? who.avatar);
    if (cur) {
      this.text.data = rollingTail(cur);
      await this.p.sleep(stepMs);
    }
    for (let i = 0; i < words.length; i++) {
      if (opts.firstAvatar && i === (opts.flapAfter ?? 2)) this.setAvatar(who.avatar);
      cur = cur ? `${cur} ${words[i]}` : words[i]!;
      this.acc.set(who.id, cur);
      this.text.data = rollingTail(cur);
      await this.p.sleep(stepMs);
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Panel driver (§3.4): rows appended; name only on a group's first row; letter or photo avatar;
// timestamps; growth then in-place re-punctuation; optional retention or element recycling.

interface PanelSpeaker {
  name: string;
  avatar: { img: string } | { letter: string };
}

interface PanelOpts {
  /** Keep at most this many row elements. */
  max: number;
  /** true: reuse the oldest row element for the new row (virtualisation); false: drop the oldest row. */
  recycle: boolean;
}

/** Interim ASR form: no punctuation, lower case; the final form is written once the row settles. */
function interim(final: string): string[] {
  const raw = final.replace(/[.,?!¿¡]/g, '').toLowerCase();
  const words = raw.split(' ');
  return words.map((_, i) => words.slice(0, i + 1).join(' '));
}

class Panel {
  private lastName: string | null = null;
  private clock: number;

  constructor(
    private p: Page,
    private d: Document,
    private list: HTMLElement,
    private opts: PanelOpts,
    startSeconds: number,
  ) {
    this.clock = startSeconds;
  }

  private time(): string {
    const h = Math.floor(this.clock / 3600);
    const m = Math.floor((this.clock % 3600) / 60);
    const s = this.clock % 60;
    this.clock += 4;
    return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
  }

  private headerParts(who: PanelSpeaker): Element[] {
    const av =
      'img' in who.avatar
        ? el(this.d, `<div class="lt-full-transcript__avatar"><img src="${who.avatar.img}" alt=""></div>`)
        : el(this.d, `<div class="lt-full-transcript__avatar"><span>${who.avatar.letter}</span></div>`);
    const name = el(this.d, `<span class="lt-full-transcript__display-name">${who.name}</span>`);
    return [av, name];
  }

  /** Creates (or recycles) the row for a new utterance and returns its message text node. */
  private newRow(who: PanelSpeaker, first: string): Text {
    const title = who.name !== this.lastName;
    this.lastName = who.name;
    const stamp = this.time();
    const rows = this.list.querySelectorAll('.lt-full-transcript__item');
    if (this.opts.recycle && rows.length >= this.opts.max) {
      // Virtualisation: the row that scrolled out is reused for the new utterance; all its text is
      // rewritten (the message text node keeps its identity). Assumption: the recycled element is moved
      // to the end so DOM order matches visual order (the research does not say).
      const row = rows[0] as HTMLElement;
      row.remove();
      const msg = q(row, '.lt-full-transcript__message');
      const timeEl = q(row, '.lt-full-transcript__time');
      const oldAv = row.querySelector('.lt-full-transcript__avatar');
      const oldName = row.querySelector('.lt-full-transcript__display-name');
      if (title) {
        const [av, name] = this.headerParts(who);
        if (oldAv && oldName) {
          oldAv.replaceWith(av!);
          oldName.firstChild!.textContent = who.name; // rewrite the name text in place
        } else {
          row.insertBefore(av!, timeEl);
          row.insertBefore(name!, timeEl);
        }
        row.className = 'lt-full-transcript__item lt-full-transcript__title--first';
      } else {
        oldAv?.remove();
        oldName?.remove();
        row.className = 'lt-full-transcript__item';
      }
      timeEl.firstChild!.textContent = stamp;
      const text = msg.firstChild as Text;
      text.data = first;
      this.list.appendChild(row);
      return text;
    }
    if (rows.length >= this.opts.max) rows[0]!.remove();
    const row = el(this.d, `<div class="lt-full-transcript__item${title ? ' lt-full-transcript__title--first' : ''}"></div>`);
    if (title) for (const part of this.headerParts(who)) row.appendChild(part);
    row.appendChild(el(this.d, `<span class="lt-full-transcript__time">${stamp}</span>`));
    const msg = el(this.d, `<div class="lt-full-transcript__message"></div>`);
    const text = this.d.createTextNode(first);
    msg.appendChild(text);
    row.appendChild(msg);
    this.list.appendChild(row);
    return text;
  }

  /** One row: interim growth word by word, then the settled (re-punctuated) text in place. */
  async say(who: PanelSpeaker, final: string, opts: { steps?: string[]; stepMs?: number; settle?: boolean } = {}) {
    const stepMs = opts.stepMs ?? 90;
    const steps = opts.steps ?? interim(final);
    const text = this.newRow(who, steps[0]!);
    await this.p.sleep(stepMs);
    for (const s of steps.slice(1)) {
      text.data = s;
      await this.p.sleep(stepMs);
    }
    if (opts.settle !== false) {
      await this.p.sleep(150);
      text.data = final;
      await this.p.sleep(stepMs);
    }
  }
}

function panelShell(extraGallery: string, startOpen = true): string {
  return `<div id="wc-container" class="meeting-client">
  <div class="meeting-client-inner">
    <div class="gallery-video-container__wrap">${extraGallery}</div>
    <div class="transcript-panel">
      <div class="lt-full-transcript__header">Transcript</div>
      ${startOpen ? '<div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div>' : ''}
    </div>
  </div>
  ${FOOTER}
</div>`;
}

function overlayShell(extraGallery: string, initialItemText = ''): string {
  return `<div id="wc-container" class="meeting-client">
  <div class="meeting-client-inner">
    <div class="main-layout">
      <div class="gallery-video-container__wrap">${extraGallery}</div>
    </div>
    <div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">${initialItemText}</span></div></div>
  </div>
  ${FOOTER}
</div>`;
}

// ------------------------------------------------------------------------------------------------
// Scenario 1: interpreter-mediated visit (panel, iframe #webclient, retention of 8 rows)

const RUIZ: PanelSpeaker = { name: 'Dr. Elena Ruiz', avatar: { img: 'https://zoom.us/p/v2/ruiz-4f1a/avatar.jpg' } };
const MIGUEL: PanelSpeaker = { name: 'Miguel Torres', avatar: { letter: 'M' } };
const LUCIA: PanelSpeaker = { name: 'Lucía Fernández', avatar: { letter: 'L' } };

const interpreterTurns: [PanelSpeaker, string][] = [
  [RUIZ, 'Good morning, I am Doctor Ruiz. Lucía will interpret for us today.'],
  [LUCIA, 'Buenos días, soy la doctora Ruiz. Lucía va a interpretar hoy.'],
  [MIGUEL, 'Buenos días, doctora. Gracias por la ayuda.'],
  [LUCIA, 'Good morning, doctor. Thank you for the help.'],
  [RUIZ, 'What brings you in today?'], // continued in a second (nameless) row below
  [RUIZ, 'Please describe the pain.'],
  [LUCIA, '¿Qué lo trae hoy? Por favor, describa el dolor.'],
  [MIGUEL, 'Me duele la cabeza desde el lunes, sobre todo en la noche.'],
  [LUCIA, 'My head has hurt since Monday, especially at night.'],
  [RUIZ, 'Any fever, vomiting, or changes in your vision?'],
  [LUCIA, '¿Ha tenido fiebre, vómitos o cambios en la vista?'],
  [MIGUEL, 'No, nada de eso. Solo el dolor.'],
  [LUCIA, 'No, none of that. Only the pain.'],
  [RUIZ, 'Thank you. I will send a prescription to your pharmacy.'],
  [LUCIA, 'Gracias. Voy a mandar una receta a su farmacia.'],
];

const interpreterVisit: Scenario = {
  // Tests: three named parties alternating in the full-transcript panel (clinician = local user, patient,
  // interpreter), English and Spanish turns, one clinician turn split over a title row plus a nameless
  // continuation row (must inherit the speaker), letter avatars inside title rows (no "MMiguel"),
  // timestamps not leaking, interim → re-punctuated rows, a trailing-word re-spelling ("cabesa" →
  // "cabeza", §3.4), and retention (oldest rows removed past 8). Panel inside the #webclient iframe.
  name: 'zoom r29: interpreter-mediated visit in the transcript panel (EN/ES, three parties)',
  url: 'https://app.zoom.us/wc/81234567890/join',
  selfNames: ['Dr. Elena Ruiz'],
  body: `<div id="app-root"><iframe id="webclient" title="Zoom web client"></iframe></div>`,
  prepare(p) {
    const d = meetingDoc(p);
    d.body.innerHTML = panelShell(
      tileHtml('ruiz', 'Dr. Elena Ruiz', { img: 'https://zoom.us/p/v2/ruiz-4f1a/avatar.jpg' }) +
        tileHtml('miguel', 'Miguel Torres', { initials: 'MT' }) +
        tileHtml('lucia', 'Lucía Fernández', { initials: 'LF' }),
    );
  },
  async play(p) {
    const d = meetingDoc(p);
    const panel = new Panel(p, d, q(d, '#full-transcription'), { max: 8, recycle: false }, 10 * 3600 + 2 * 60 + 11);
    for (const [i, [who, text]] of interpreterTurns.entries()) {
      if (who === MIGUEL && text.startsWith('Me duele')) {
        // The ASR first hears "cabesa" and re-spells it once the next word arrives (§3.4).
        const steps = interim(text).map((s, k) => (k >= 4 ? s : s.replace('cabeza', 'cabesa')));
        await panel.say(who, text, { steps, stepMs: 80 });
      } else {
        await panel.say(who, text, { stepMs: 80 });
      }
      // A short pause inside the clinician's turn 5 (new nameless row), a longer one between turns.
      await p.sleep(i === 4 ? 250 : 450);
    }
  },
  leave: leaveMeeting,
  loose: true,
  expected: [
    { speaker: 'Dr. Elena Ruiz', role: 'clinician', text: 'Good morning, I am Doctor Ruiz. Lucía will interpret for us today.' },
    { speaker: 'Lucía Fernández', text: 'Buenos días, soy la doctora Ruiz. Lucía va a interpretar hoy.' },
    { speaker: 'Miguel Torres', text: 'Buenos días, doctora. Gracias por la ayuda.' },
    { speaker: 'Lucía Fernández', text: 'Good morning, doctor. Thank you for the help.' },
    { speaker: 'Dr. Elena Ruiz', role: 'clinician', text: 'What brings you in today? Please describe the pain.' },
    { speaker: 'Lucía Fernández', text: '¿Qué lo trae hoy? Por favor, describa el dolor.' },
    { speaker: 'Miguel Torres', text: 'Me duele la cabeza desde el lunes, sobre todo en la noche.' },
    { speaker: 'Lucía Fernández', text: 'My head has hurt since Monday, especially at night.' },
    { speaker: 'Dr. Elena Ruiz', role: 'clinician', text: 'Any fever, vomiting, or changes in your vision?' },
    { speaker: 'Lucía Fernández', text: '¿Ha tenido fiebre, vómitos o cambios en la vista?' },
    { speaker: 'Miguel Torres', text: 'No, nada de eso. Solo el dolor.' },
    { speaker: 'Lucía Fernández', text: 'No, none of that. Only the pain.' },
    { speaker: 'Dr. Elena Ruiz', role: 'clinician', text: 'Thank you. I will send a prescription to your pharmacy.' },
    { speaker: 'Lucía Fernández', text: 'Gracias. Voy a mandar una receta a su farmacia.' },
  ],
  forbidden: [':', 'Torres', 'Fernández', 'Elena', 'Transcript', 'MMiguel', 'LLucía', 'cabesa', 'Leave'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 2: carer joins mid-call (overlay, iframe #webclient, tiles, avatar flap, rolling windows)

const HADDAD: OverlaySpeaker = { id: 'haddad', avatar: { img: 'https://zoom.us/p/v2/haddad-77c2/avatar.jpg' } };
const WALTER: OverlaySpeaker = { id: 'walter', avatar: { initials: 'WB' } };
const GRACE: OverlaySpeaker = { id: 'grace', avatar: { img: 'https://zoom.us/p/v2/grace-19be/avatar.jpg' } };

const carerTurns: [OverlaySpeaker, string][] = [
  [HADDAD, 'Good afternoon Walter, how have you been since we changed your water pill?'],
  [WALTER, 'Not too bad, doctor, but my ankles are still swollen in the evenings.'],
  [HADDAD, 'Are you weighing yourself every morning like we discussed?'],
  [WALTER, 'I try to, but I forget some days. My daughter is joining to help.'],
  [GRACE, 'Hi doctor, this is Grace. His weight went up two pounds this week.'],
  [HADDAD, 'Thank you Grace, that is helpful. Any shortness of breath at night?'],
  [WALTER, 'A little, I have been using two pillows to sleep.'],
  [GRACE, 'He also skipped the evening dose twice because of the bathroom trips.'],
  [HADDAD, 'Let us move the second dose to early afternoon instead.'],
  [WALTER, 'That sounds easier for me.'],
  [HADDAD, 'Grace, please keep a daily weight log and send it on Friday.'],
  [GRACE, 'Will do, I will upload it to the portal.'],
];

const KEY: Record<string, Expected['speaker']> = {
  haddad: { key: 'clinician-haddad' },
  walter: { key: 'patient-walter' },
  grace: { key: 'carer-grace' },
};

const carerJoins: Scenario = {
  // Tests: the bottom overlay (no names, §3.3) with three speakers: clinician (photo avatar), patient
  // (initials bubble "WB"), and a daughter/carer who joins mid-call (new tile appears) and speaks. Her
  // first turn shows the initials bubble "GB" and the photo <img> replaces it after two words (the
  // documented flap) — still one speaker and one utterance. Speakers interleave, so each returning speaker
  // first re-shows their ACCUMULATED window, and the 120-char window drops leading words: every word
  // must come out exactly once. Assumption: the overlay stays mounted between turns; tile markup invented.
  name: 'zoom r29: carer joins mid-call and speaks (overlay, avatar flap, accumulated windows)',
  url: 'https://zoom.us/wc/87654321098/join?fromPWA=1',
  selfNames: ['Dr. Nadia Haddad'],
  body: `<iframe id="webclient" title="Zoom web client"></iframe>`,
  prepare(p) {
    const d = meetingDoc(p);
    d.body.innerHTML = overlayShell(
      tileHtml('haddad', 'Dr. Nadia Haddad', { img: 'https://zoom.us/p/v2/haddad-77c2/avatar.jpg' }) +
        tileHtml('walter', 'Walter Brooks', { initials: 'WB' }),
    );
  },
  async play(p) {
    const d = meetingDoc(p);
    const ov = new Overlay(p, d);
    let graceSpoke = false;
    for (const [who, text] of carerTurns) {
      if (who === GRACE && !graceSpoke) {
        graceSpoke = true;
        addTile(d, 'grace', 'Grace Brooks', { img: 'https://zoom.us/p/v2/grace-19be/avatar.jpg' });
        await p.sleep(500);
        await ov.turn(who, text, { firstAvatar: { initials: 'GB' }, flapAfter: 2 });
      } else {
        await ov.turn(who, text);
      }
      await p.sleep(400);
    }
  },
  leave: leaveMeeting,
  expected: carerTurns.map(([who, text]) => ({ speaker: KEY[who.id]!, text })),
  forbidden: ['WB', 'GB', 'Nadia', 'Brooks', 'Leave'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 3: patient drops and rejoins; supervisor joins, says one line, leaves (panel, recycling)

const NAIR: PanelSpeaker = { name: 'Dr. Priya Nair', avatar: { letter: 'P' } };
const JORDAN: PanelSpeaker = { name: 'Jordan Blake', avatar: { img: 'https://zoom.us/p/v2/jordan-a03d/avatar.jpg' } };
const OKAFOR: PanelSpeaker = { name: 'Dr. Samuel Okafor', avatar: { letter: 'S' } };

const dropRejoinSupervisor: Scenario = {
  // Tests: the full-transcript panel in a React-virtualised list that keeps 6 row elements and RECYCLES the
  // oldest one (all its text rewritten, message text node reused) for each new utterance (§3.4, §8.8).
  // The patient drops mid-sentence (tile removed; his row stops growing and keeps the partial sentence,
  // which was spoken and captioned, so it is expected), the clinician speaks, and the patient rejoins
  // under the same name (new tile element) and gets a new title row. A supervising clinician joins (tile
  // added), says one line and leaves (tile removed; his row stays). A patient turn and a clinician turn
  // each span a title row plus a nameless continuation row. Only the local user has a role.
  // Assumption: no system row is added to the panel when someone leaves or joins (research is silent).
  name: 'zoom r29: patient drops and rejoins, supervisor says one line (panel, recycled rows)',
  url: 'https://app.zoom.us/wc/83456789012/start',
  selfNames: ['Dr. Priya Nair'],
  body: `<iframe id="webclient" title="Zoom web client"></iframe>`,
  prepare(p) {
    const d = meetingDoc(p);
    d.body.innerHTML = panelShell(
      tileHtml('nair', 'Dr. Priya Nair', { initials: 'PN' }) +
        tileHtml('jordan', 'Jordan Blake', { img: 'https://zoom.us/p/v2/jordan-a03d/avatar.jpg' }),
    );
  },
  async play(p) {
    const d = meetingDoc(p);
    const panel = new Panel(p, d, q(d, '#full-transcription'), { max: 6, recycle: true }, 14 * 3600 + 30 * 60 + 5);
    const gap = () => p.sleep(450);
    await panel.say(NAIR, 'Hi Jordan, thanks for joining. How has the new inhaler been working?');
    await gap();
    await panel.say(JORDAN, 'Better during the day.');
    await p.sleep(250);
    await panel.say(JORDAN, 'But I still wake up coughing at night.');
    await gap();
    await panel.say(NAIR, 'How many nights a week does that happen?');
    await gap();
    // Jordan drops mid-sentence: the row stops growing (no settle), his tile disappears.
    await panel.say(JORDAN, 'Maybe three or four last week it was', { settle: false });
    await p.sleep(300);
    removeTile(d, 'jordan');
    await p.sleep(700);
    await panel.say(NAIR, 'Looks like the connection dropped. I will wait a minute for him.');
    await p.sleep(600);
    // Rejoin under the same name: a new tile element.
    addTile(d, 'jordan-2', 'Jordan Blake', { img: 'https://zoom.us/p/v2/jordan-a03d/avatar.jpg' });
    await p.sleep(500);
    await panel.say(JORDAN, 'Sorry, my internet cut out. It was worse after the cold.');
    await gap();
    await panel.say(NAIR, 'No problem. My supervisor, Doctor Okafor, is joining us briefly.');
    addTile(d, 'okafor', 'Dr. Samuel Okafor', { initials: 'SO' });
    await p.sleep(600);
    await panel.say(OKAFOR, 'Hello Jordan, I agree with stepping up to the combination inhaler tonight.');
    await p.sleep(400);
    removeTile(d, 'okafor');
    await p.sleep(300);
    await panel.say(NAIR, 'Thank you, Doctor Okafor.');
    await p.sleep(250);
    await panel.say(NAIR, 'Jordan, I will send the new prescription now.');
    await gap();
    await panel.say(JORDAN, 'Great. Should I keep using the rescue inhaler too?');
    await gap();
    await panel.say(NAIR, 'Yes, keep it with you and use it when you feel short of breath.');
    await gap();
    await panel.say(JORDAN, 'Okay, thank you so much, doctor.');
  },
  leave: leaveMeeting,
  loose: true,
  expected: [
    { speaker: 'Dr. Priya Nair', role: 'clinician', text: 'Hi Jordan, thanks for joining. How has the new inhaler been working?' },
    { speaker: 'Jordan Blake', text: 'Better during the day. But I still wake up coughing at night.' },
    { speaker: 'Dr. Priya Nair', role: 'clinician', text: 'How many nights a week does that happen?' },
    { speaker: 'Jordan Blake', text: 'maybe three or four last week it was' },
    { speaker: 'Dr. Priya Nair', role: 'clinician', text: 'Looks like the connection dropped. I will wait a minute for him.' },
    { speaker: 'Jordan Blake', text: 'Sorry, my internet cut out. It was worse after the cold.' },
    { speaker: 'Dr. Priya Nair', role: 'clinician', text: 'No problem. My supervisor, Doctor Okafor, is joining us briefly.' },
    { speaker: 'Dr. Samuel Okafor', text: 'Hello Jordan, I agree with stepping up to the combination inhaler tonight.' },
    { speaker: 'Dr. Priya Nair', role: 'clinician', text: 'Thank you, Doctor Okafor. Jordan, I will send the new prescription now.' },
    { speaker: 'Jordan Blake', text: 'Great. Should I keep using the rescue inhaler too?' },
    { speaker: 'Dr. Priya Nair', role: 'clinician', text: 'Yes, keep it with you and use it when you feel short of breath.' },
    { speaker: 'Jordan Blake', text: 'Okay, thank you so much, doctor.' },
  ],
  forbidden: [':', 'Blake', 'Samuel', 'Priya', 'Transcript', 'PDr', 'SDr', 'Leave'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 4: clinician starts and stops screen sharing while captions run (overlay, top document)

const SIDDIQUI: OverlaySpeaker = { id: 'siddiqui', avatar: { initials: 'OS' } };
const ROSA: OverlaySpeaker = { id: 'rosa', avatar: { img: 'https://us04web.zoom.us/p/v2/rosa-5d21/avatar.jpg' } };
const LUIS: OverlaySpeaker = { id: 'luis', avatar: { initials: 'LD' } };

const shareTurns: [OverlaySpeaker, string][] = [
  [SIDDIQUI, 'Rosa, I am going to share my screen to go over your lab results.'],
  [ROSA, 'Okay, I can see the page now.'],
  [SIDDIQUI, 'Your A1C came back at seven point two, down from eight last spring.'],
  [LUIS, 'That is great news, she has been walking every evening.'],
  [ROSA, 'What about my cholesterol? That number looks high.'],
  [SIDDIQUI, 'The LDL is a little high, so I suggest we start a low dose statin.'],
  [ROSA, 'Are there side effects I should watch for?'],
  [SIDDIQUI, 'Muscle aches are the main one. Call us if you notice them.'],
  [LUIS, 'Should she take it in the morning or before bed?'],
  [SIDDIQUI, 'Bedtime is best for this one. I will send it today.'],
  [ROSA, 'Thank you, doctor. See you in three months.'],
];

const SHARE_KEY: Record<string, Expected['speaker']> = {
  siddiqui: { key: 'clinician-siddiqui' },
  rosa: { key: 'patient-rosa' },
  luis: { key: 'husband-luis' },
};

const shareBanner = `<div class="sharing-status-bar" role="status" aria-live="polite"><span class="sharing-status-bar__text">You are screen sharing</span><button type="button" class="sharing-status-bar__stop">Stop Share</button></div>`;

const screenShare: Scenario = {
  // Tests: a top-document build (#zmmtg-root › #wc-container, no iframe, §3.1) with the overlay. Captions
  // start with the system line "Captions will be shown in English (US)" in the caption item (§3.3 noise;
  // assumption: it shows in the same item before anyone speaks). The clinician (initials "OS", local user)
  // starts screen sharing after their first turn and stops it after turn 8; captions keep running across
  // both layout changes. Research is silent on screen sharing, so the assumptions are: a status bar
  // (role=status, aria-live=polite: "You are screen sharing" + "Stop Share") appears, the main view gets a
  // share canvas and the tiles are re-rendered into a side strip, and the caption overlay node itself is
  // untouched; stopping removes the bar and canvas and restores the gallery. Three speakers (clinician,
  // patient with photo, husband with initials) interleave with rolling accumulated windows.
  name: 'zoom r29: clinician screen-shares while captions run (overlay, top document)',
  url: 'https://us04web.zoom.us/wc/84512367890/join?fromPWA=1',
  selfNames: ['Dr. Omar Siddiqui'],
  body: `<div id="zmmtg-root">${overlayShell(
    tileHtml('siddiqui', 'Dr. Omar Siddiqui', { initials: 'OS' }) +
      tileHtml('rosa', 'Rosa Delgado', { img: 'https://us04web.zoom.us/p/v2/rosa-5d21/avatar.jpg' }) +
      tileHtml('luis', 'Luis Delgado', { initials: 'LD' }),
    'Captions will be shown in English (US)',
  )}</div>`,
  async play(p) {
    const d = p.doc;
    const ov = new Overlay(p, d);
    await p.sleep(400);
    const startShare = () => {
      const main = q(d, '.main-layout');
      const tiles = q(d, '.gallery-video-container__wrap');
      const html = tiles.innerHTML;
      tiles.remove();
      main.appendChild(el(d, `<div class="sharing-layout"><canvas id="share-self-preview" width="640" height="360"></canvas></div>`));
      main.appendChild(el(d, `<div class="speaker-bar-container"><div class="gallery-video-container__wrap">${html}</div></div>`));
      q(d, '.meeting-client-inner').insertBefore(el(d, shareBanner), main);
    };
    const stopShare = () => {
      const strip = q(d, '.speaker-bar-container');
      const html = q(strip, '.gallery-video-container__wrap').innerHTML;
      strip.remove();
      q(d, '.sharing-layout').remove();
      q(d, '.sharing-status-bar').remove();
      q(d, '.main-layout').appendChild(el(d, `<div class="gallery-video-container__wrap">${html}</div>`));
    };
    for (const [i, [who, text]] of shareTurns.entries()) {
      await ov.turn(who, text, { stepMs: 85 });
      await p.sleep(400);
      if (i === 0) {
        startShare();
        await p.sleep(500);
      }
      if (i === 7) {
        stopShare();
        await p.sleep(500);
      }
    }
  },
  leave: leaveMeeting,
  expected: shareTurns.map(([who, text]) => ({ speaker: SHARE_KEY[who.id]!, text })),
  forbidden: ['Captions will be shown', 'English (US)', 'You are screen sharing', 'Stop Share', 'OS ', 'LD ', 'Omar', 'Delgado', 'Leave'],
};

export const zoomScenarios: Scenario[] = [interpreterVisit, carerJoins, dropRejoinSupervisor, screenShare];
