// Zoom web-client scenarios for round 15 (independent15). Written only from
// /work/shared/research/caption-platforms.md (§3 Zoom, §7, §8, §9) and the kit/runner API in
// test/captions/independent/.
// Overlay (§3.3): `.live-transcription-subtitle__box` › ONE persistent `#live-transcription-subtitle`
// row › (img[alt=""] photo | initials <span>) + `span.live-transcription-subtitle__item` whose text is
// rewritten in place as a ~100–150-char rolling window (old words drop off the front); no name in the
// overlay; when the speaker changes the overlay flips, and on return it shows that speaker's
// ACCUMULATED window; a photo is named by a participant tile holding the same img src, the name being
// img.parentElement.nextSibling (§3.3, TT). Panel (§3.4): `#full-transcription.new-lt-list-container
// [aria-label="Live Transcription List"]` with `.lt-full-transcript__item` rows (avatar, display-name,
// time, message); the first row of a same-speaker group carries `lt-full-transcript__title--first` and
// the name, continuation rows carry none; the list is virtualised and recycles row elements.
// Frames (§3.1): some scenarios use the same-origin `iframe#webclient`, others the top document.
// In-call markers (§3.1): `#audioOptionMenu` and `#wc-footer .footer__leave-btn-container button`.
// Assumptions where §3 is silent are noted per scenario; common ones: the overlay row is created on the
// first caption; a photo→photo speaker change updates the img's src in place (React reuse); panel rows
// are React-reconciled (text nodes rewritten in place, header elements added/removed).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL_TOP = 'https://app.zoom.us/wc/84512345678/join';
const URL_US04 = 'https://us04web.zoom.us/wc/81234567890/join?fromPWA=1';
const photo = (id: string) => `https://us04file.zoom.us/p/v2/${id}/avatar.jpg?type=large`;
const FORBIDDEN = ['Leave', 'Audio options', 'Live Transcription List'];

type Av = { photo: string } | { initials: string };

interface Talk {
  grow: string;
  rewrites?: [string, string][];
  final?: string;
}

async function talk(p: Page, set: (s: string) => void, t: Talk | string, ms: number, want: string): Promise<void> {
  const spec: Talk = typeof t === 'string' ? { grow: t } : t;
  const pending = [...(spec.rewrites ?? [])];
  let cur = '';
  for (const w of spec.grow.split(' ')) {
    cur = cur ? `${cur} ${w}` : w;
    set(cur);
    await p.sleep(ms);
    for (let i = 0; i < pending.length; i++) {
      const [from, to] = pending[i]!;
      if (!cur.includes(from)) continue;
      cur = cur.replace(from, to);
      pending.splice(i--, 1);
      set(cur);
      await p.sleep(ms);
    }
  }
  if (pending.length) throw new Error(`scenario bug: rewrites never applied: ${JSON.stringify(pending)}`);
  if (spec.final !== undefined) {
    cur = spec.final;
    set(cur);
    await p.sleep(ms);
  }
  if (cur !== want) throw new Error(`scenario bug: screen shows "${cur}", expected text is "${want}"`);
}

// ---- page -------------------------------------------------------------------------------------------

/** A gallery tile. TT reads img.parentElement.nextSibling.textContent: the name is either a span right
 *  after the avatar wrapper or (bare) a text node there — both layouts satisfy §3.3. Class names are mine. */
function tile(av: Av, name: string, bare = false): string {
  const avatar = 'photo' in av ? `<img src="${av.photo}" alt="">` : `<span class="video-avatar__initials">${av.initials}</span>`;
  const label = bare ? name : `<span class="video-avatar__avatar-footer">${name}</span>`;
  return `<div class="gallery-video-container__video-frame"><div class="video-avatar__avatar">${avatar}</div>${label}</div>`;
}

function zoomApp(tiles: string, side = ''): string {
  return `
<div id="zmmtg-root"><div id="wc-container">
  <div class="meeting-client">
    <div class="gallery-video-container">${tiles}</div>
    <div class="live-transcription-subtitle__box"></div>
    ${side}
  </div>
  <div id="wc-footer"><div class="footer__inner">
    <button id="audioOptionMenu" aria-label="Audio options"></button>
    <div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div>
  </div></div>
</div></div>`;
}

const IFRAME_BODY = '<div class="top-shell"><iframe id="webclient" title="Zoom web client"></iframe></div>';
const frameDoc = (p: Page): Document => q<HTMLIFrameElement>(p.doc, '#webclient').contentDocument!;
const fillFrame = (html: string) => (p: Page) => {
  frameDoc(p).body.innerHTML = html;
};
const leaveTop = (p: Page) => {
  p.doc.body.innerHTML = '<div class="zm-leave-page"><h3>Thanks for joining</h3></div>';
};
const leaveFrame = (p: Page) => {
  frameDoc(p).body.innerHTML = '<div class="zm-leave-page"><h3>Thanks for joining</h3></div>';
};

function tailWindow(s: string, max: number): string {
  if (s.length <= max) return s;
  const words = s.split(' ');
  let out = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const next = out ? `${words[i]} ${out}` : words[i]!;
    if (next.length > max) break;
    out = next;
  }
  return out;
}

/** The bottom overlay: one persistent row, avatar swapped, rolling text window per speaker (§3.3). */
class Overlay {
  private acc = new Map<string, string>();
  private row: HTMLElement | null = null;
  private node: Text | null = null;
  constructor(
    private p: Page,
    private doc: () => Document,
    private max = 120,
  ) {}

  private ensureRow(): Text {
    if (!this.row || !this.node) {
      const d = this.doc();
      const row = el(d, '<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>');
      const node = d.createTextNode('');
      q(row, '.live-transcription-subtitle__item').appendChild(node);
      q(d, '.live-transcription-subtitle__box').appendChild(row);
      this.row = row;
      this.node = node;
    }
    return this.node;
  }

  private setAvatar(av: Av) {
    const d = this.doc();
    const row = this.row!;
    const first = row.firstElementChild!;
    const hasAvatar = !first.classList.contains('live-transcription-subtitle__item');
    if ('photo' in av) {
      if (hasAvatar && first.tagName === 'IMG') {
        if (first.getAttribute('src') !== av.photo) first.setAttribute('src', av.photo);
        return;
      }
      const img = el(d, `<img src="${av.photo}" alt="">`);
      if (hasAvatar) row.replaceChild(img, first);
      else row.insertBefore(img, first);
    } else {
      if (hasAvatar && first.tagName === 'SPAN') {
        if (first.textContent !== av.initials) first.textContent = av.initials;
        return;
      }
      const span = el(d, `<span>${av.initials}</span>`);
      if (hasAvatar) row.replaceChild(span, first);
      else row.insertBefore(span, first);
    }
  }

  /** A system line in the row with no avatar (assumption: §3.3 only says such lines show "in the same area"). */
  notice(text: string) {
    this.ensureRow().data = text;
  }

  show(av: Av, text: string) {
    const node = this.ensureRow();
    this.setAvatar(av);
    node.data = text;
  }

  /** Flips to `key`; on a return the speaker's accumulated window is shown first. Returns a text setter. */
  async begin(key: string, av: Av | ((step: number) => Av), ms: number): Promise<(s: string) => void> {
    const prev = this.acc.get(key) ?? '';
    const avAt = typeof av === 'function' ? av : () => av;
    if (prev) {
      this.show(avAt(0), tailWindow(prev, this.max));
      await this.p.sleep(ms);
    }
    let step = 0;
    return (s) => {
      const all = prev ? `${prev} ${s}` : s;
      this.acc.set(key, all);
      this.show(avAt(step++), tailWindow(all, this.max));
    };
  }

  async say(key: string, av: Av | ((step: number) => Av), t: Talk | string, ms: number, want: string) {
    const set = await this.begin(key, av, ms);
    await talk(this.p, set, t, ms, want);
  }
}

interface PRow {
  name: string;
  av: Av;
  time: string;
  text: string;
}
interface Slot {
  root: HTMLElement;
  head: { avatar: HTMLElement; name: Text } | null;
  timeEl: HTMLElement;
  time: Text;
  msg: Text;
}

/** The full-transcript panel (§3.4): grouped rows; with `cap`, a virtualised window of slot elements
 *  whose content is rewritten when the list scrolls (recycling). */
class Panel {
  rows: PRow[] = [];
  private slots: Slot[] = [];
  private offset = 0;
  private follow = true;
  constructor(
    private doc: () => Document,
    private list: () => HTMLElement,
    private cap = Infinity,
  ) {}

  private header(i: number) {
    return i === 0 || this.rows[i - 1]!.name !== this.rows[i]!.name;
  }

  private makeSlot(): Slot {
    const d = this.doc();
    const root = el(d, '<div class="lt-full-transcript__item" role="listitem"><span class="lt-full-transcript__time"></span><div class="lt-full-transcript__message"></div></div>');
    const timeEl = q(root, '.lt-full-transcript__time');
    const time = d.createTextNode('');
    timeEl.appendChild(time);
    const msg = d.createTextNode('');
    q(root, '.lt-full-transcript__message').appendChild(msg);
    this.list().appendChild(root);
    const slot: Slot = { root, head: null, timeEl, time, msg };
    this.slots.push(slot);
    return slot;
  }

  private setAvatar(avatar: HTMLElement, av: Av) {
    if ('photo' in av) {
      const img = avatar.querySelector('img');
      if (img) {
        if (img.getAttribute('src') !== av.photo) img.setAttribute('src', av.photo);
      } else avatar.replaceChildren(el(this.doc(), `<img src="${av.photo}" alt="">`));
    } else if (avatar.querySelector('img') || avatar.textContent !== av.initials) {
      avatar.replaceChildren(this.doc().createTextNode(av.initials)); // letter avatar (§3.4 "KKrystian")
    }
  }

  private fill(slot: Slot, i: number) {
    const r = this.rows[i]!;
    const first = this.header(i);
    slot.root.className = `lt-full-transcript__item${first ? ' lt-full-transcript__title--first' : ''}`;
    if (first) {
      if (!slot.head) {
        const d = this.doc();
        const avatar = el(d, '<div class="lt-full-transcript__avatar"></div>');
        const nameEl = el(d, '<span class="lt-full-transcript__display-name"></span>');
        const name = d.createTextNode('');
        nameEl.appendChild(name);
        slot.root.insertBefore(avatar, slot.timeEl);
        slot.root.insertBefore(nameEl, slot.timeEl);
        slot.head = { avatar, name };
      }
      this.setAvatar(slot.head.avatar, r.av);
      if (slot.head.name.data !== r.name) slot.head.name.data = r.name;
    } else if (slot.head) {
      slot.head.avatar.remove();
      slot.head.name.parentElement!.remove();
      slot.head = null;
    }
    if (slot.time.data !== r.time) slot.time.data = r.time;
    if (slot.msg.data !== r.text) slot.msg.data = r.text;
  }

  private render() {
    this.slots.forEach((s, k) => this.fill(s, this.offset + k));
  }

  add(name: string, av: Av, time: string, text = ''): number {
    this.rows.push({ name, av, time, text });
    const i = this.rows.length - 1;
    if (this.slots.length < this.cap) this.fill(this.makeSlot(), i);
    else if (this.follow) {
      this.offset = this.rows.length - this.slots.length;
      this.render();
    }
    return i;
  }

  setText(i: number, s: string) {
    this.rows[i]!.text = s;
    const slot = this.slots[i - this.offset];
    if (slot && slot.msg.data !== s) slot.msg.data = s;
  }

  /** The user scrolls the list so that row `off` is at the top (recycled slots rewritten). */
  scrollTo(off: number) {
    this.offset = Math.max(0, Math.min(off, this.rows.length - this.slots.length));
    this.follow = this.offset === this.rows.length - this.slots.length;
    this.render();
  }

  begin(name: string, av: Av, time: string): (s: string) => void {
    const i = this.add(name, av, time);
    return (s) => this.setText(i, s);
  }
}

/** hh:mm:ss from a base (e.g. '10:02:11') plus seconds. */
function clock(base: string, plus: number): string {
  const [h, m, s] = base.split(':').map(Number) as [number, number, number];
  const clockBase = h * 3600 + m * 60 + s + plus;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(clockBase / 3600) % 24)}:${pad(Math.floor(clockBase / 60) % 60)}:${pad(clockBase % 60)}`;
}

// ---------------------------------------------------------------------------------------------------
// Z1: overlay in the top document (§3.1 "Some builds…"), photo avatars named by gallery tiles (one tile
// with a name <span>, one with a bare text node after the avatar wrapper, §3.3 TT lookup); the patient's
// daughter joins after the patient has spoken and shows only an initials bubble (§3.3), so her name is
// not in the DOM (key). Each return of a speaker re-shows their accumulated window (§3.3).
const Z1 = {
  self: 'Maria Rivera',
  pt: 'Ana Torres',
  u1: 'Good morning Ana, how has the knee been since the injection last week?',
  u2: 'Much better in the mornings, but it still aches after I climb the stairs at work.',
  u3: 'Are you still taking the ibuprofen twice a day with food?',
  u4: 'Only once a day now, usually with dinner.',
  u5: "Sorry, this is her daughter Lucía, she actually forgets the evening dose quite often.",
  u6: "Thank you Lucía, that helps. Let's set a phone reminder for eight pm.",
  u7: 'Okay, I can do that.',
};
const Z1_AV = { mr: { photo: photo('mr-1a7f') }, at: { photo: photo('at-77c2') }, lt: { initials: 'LT' } };
const zoomOverlayFamily: Scenario = (() => {
  let ov: Overlay;
  return {
    name: 'zoom overlay: photo avatars named from tiles, daughter with initials bubble joins (three-person)',
    url: URL_TOP,
    selfNames: [Z1.self],
    body: zoomApp(tile(Z1_AV.mr, Z1.self) + tile(Z1_AV.at, Z1.pt, true) + tile(Z1_AV.lt, 'Lucía Torres')),
    productTiming: true,
    async play(p) {
      ov = new Overlay(p, () => p.doc, 120);
      await p.sleep(500);
      await ov.say('mr', Z1_AV.mr, Z1.u1, 220, Z1.u1);
      await p.sleep(900);
      await ov.say('at', Z1_AV.at, Z1.u2, 220, Z1.u2);
      await p.sleep(900);
      await ov.say('mr', Z1_AV.mr, Z1.u3, 220, Z1.u3);
      await p.sleep(900);
      await ov.say('at', Z1_AV.at, Z1.u4, 220, Z1.u4);
      await p.sleep(1000);
      await ov.say('lt', Z1_AV.lt, Z1.u5, 220, Z1.u5);
      await p.sleep(900);
      await ov.say('mr', Z1_AV.mr, Z1.u6, 220, Z1.u6);
      await p.sleep(900);
      await ov.say('at', Z1_AV.at, Z1.u7, 220, Z1.u7);
    },
    leave: leaveTop,
    expected: [
      { speaker: Z1.self, role: 'clinician', text: Z1.u1 },
      { speaker: Z1.pt, role: 'patient', text: Z1.u2 },
      { speaker: Z1.self, role: 'clinician', text: Z1.u3 },
      { speaker: Z1.pt, role: 'patient', text: Z1.u4 },
      { speaker: { key: 'daughter' }, role: 'other', text: Z1.u5 },
      { speaker: Z1.self, role: 'clinician', text: Z1.u6 },
      { speaker: Z1.pt, role: 'patient', text: Z1.u7 },
    ],
    forbidden: FORBIDDEN,
  };
})();

// Z2: overlay inside iframe#webclient (§3.1); very short turns in rapid alternation; the clinician has
// a photo (named by a tile), the patient only an initials bubble (key). Every flip-back re-shows the
// speaker's accumulated window, which rolls past 100 chars near the end (§3.3).
const Z2 = {
  self: 'Dr. Ben Adler',
  turns: [
    ['ba', 'Any chest pain?'],
    ['jm', 'No.'],
    ['ba', 'Shortness of breath?'],
    ['jm', 'A little.'],
    ['ba', 'When walking?'],
    ['jm', 'Yes, uphill.'],
    ['ba', 'Any swelling in your ankles?'],
    ['jm', 'No swelling.'],
    ['ba', "Okay, that's reassuring."],
    ['jm', 'Good.'],
  ] as const,
};
const Z2_AV = { ba: { photo: photo('ba-0c3d') }, jm: { initials: 'JM' } };
const zoomOverlayRapid: Scenario = (() => {
  let ov: Overlay;
  return {
    name: 'zoom overlay (iframe): rapid short turns, flip-backs re-show the accumulated rolling window',
    url: URL_US04,
    selfNames: [Z2.self],
    body: IFRAME_BODY,
    prepare: fillFrame(zoomApp(tile(Z2_AV.ba, Z2.self) + tile(Z2_AV.jm, 'Jorge Medina'))),
    async play(p) {
      ov = new Overlay(p, () => frameDoc(p), 100);
      await p.sleep(300);
      for (const [key, text] of Z2.turns) {
        await ov.say(key, Z2_AV[key], text, 100, text);
        await p.sleep(250);
      }
    },
    leave: leaveFrame,
    expected: Z2.turns.map(([key, text]) =>
      key === 'ba'
        ? { speaker: Z2.self, role: 'clinician' as const, text }
        : { speaker: { key: 'patient' }, role: 'patient' as const, text },
    ),
    forbidden: FORBIDDEN,
  };
})();

// Z3: overlay inside iframe#webclient; the clinician talks ~42 s without a pause, so the single rolling
// node drops words off the front all the time (§3.3), with recogniser rewrites inside the window that
// shorten it ("five hundred milligrams" → "500 mg", "one hundred and two" → "102"). Then the patient
// answers and the clinician's return re-shows the tail of the monologue (accumulated window, §3.3).
const Z3 = {
  self: 'Dr. Ben Adler',
  pt: 'Ruth Cohen',
  mono:
    'Okay Ruth, before we finish let me go over the plan, you are going to take the amoxicillin 500 mg three times a day ' +
    'with food for the full ten days even if you feel better after three or four days, drink plenty of water, and use ' +
    'the ibuprofen only if the ear pain keeps you up at night, if you get a fever over 102 or the swelling behind the ear ' +
    'gets worse, go straight to urgent care and call us, otherwise I will see you back here in two weeks to look at the ' +
    'eardrum again and make sure the infection has completely cleared.',
  u2: 'Got it, thank you so much.',
  u3: "You're welcome, take care of yourself.",
};
const Z3_AV = { ba: { photo: photo('ba-0c3d') }, rc: { photo: photo('rc-5e11') } };
const zoomOverlayMonologue: Scenario = (() => {
  let ov: Overlay;
  return {
    name: 'zoom overlay (iframe): clinician talks ~42 s without a pause, rolling window with rewrites',
    url: URL_US04,
    selfNames: [Z3.self],
    body: IFRAME_BODY,
    prepare: fillFrame(zoomApp(tile(Z3_AV.rc, Z3.pt) + tile(Z3_AV.ba, Z3.self))),
    productTiming: true,
    async play(p) {
      ov = new Overlay(p, () => frameDoc(p), 130);
      await p.sleep(500);
      await ov.say(
        'ba',
        Z3_AV.ba,
        {
          grow: Z3.mono.replace('500 mg', 'five hundred milligrams').replace('over 102', 'over one hundred and two'),
          rewrites: [
            ['five hundred milligrams', '500 mg'],
            ['over one hundred and two', 'over 102'],
          ],
        },
        390,
        Z3.mono,
      );
      await p.sleep(1000);
      await ov.say('rc', Z3_AV.rc, Z3.u2, 200, Z3.u2);
      await p.sleep(900);
      await ov.say('ba', Z3_AV.ba, Z3.u3, 200, Z3.u3);
    },
    leave: leaveFrame,
    expected: [
      { speaker: Z3.self, role: 'clinician', text: Z3.mono },
      { speaker: Z3.pt, role: 'patient', text: Z3.u2 },
      { speaker: Z3.self, role: 'clinician', text: Z3.u3 },
    ],
    forbidden: FORBIDDEN,
  };
})();

// Z4: overlay in the top document. A system line ("Captions will be shown in English (US)", §3.3
// SYSTEM_TEXT_PATTERN) shows first in the row with no avatar (assumption). The patient's initials bubble
// is replaced by his photo two words into his turn (flap, §3.3 SOTTO); the overlay flips to the
// clinician mid-sentence and back, showing the patient's accumulated window (§3.3 interleaving).
const Z4 = {
  self: 'Maria Rivera',
  pt: 'Daniel Kim',
  u1: 'Hi Daniel, tell me about the back pain.',
  u2: 'The pain starts in my lower back and then',
  u3: 'Go on.',
  u4: 'it shoots down my left leg, all the way to the knee.',
  u5: 'Does it get worse when you sit for a long time?',
  u6: 'Yes, driving is the worst part.',
};
const Z4_AV = { mr: { photo: photo('mr-1a7f') }, dk: { photo: photo('dk-3b90') }, dkInit: { initials: 'DK' } };
const zoomOverlayFlip: Scenario = (() => {
  let ov: Overlay;
  return {
    name: 'zoom overlay: system line, initials-then-photo flap, flip to the clinician mid-sentence and back',
    url: URL_TOP,
    selfNames: [Z4.self],
    body: zoomApp(tile(Z4_AV.dk, Z4.pt) + tile(Z4_AV.mr, Z4.self)),
    async play(p) {
      ov = new Overlay(p, () => p.doc, 120);
      await p.sleep(300);
      ov.notice('Captions will be shown in English (US)');
      await p.sleep(1200);
      await ov.say('mr', Z4_AV.mr, Z4.u1, 110, Z4.u1);
      await p.sleep(500);
      await ov.say('dk', (step) => (step < 2 ? Z4_AV.dkInit : Z4_AV.dk), Z4.u2, 110, Z4.u2);
      await ov.say('mr', Z4_AV.mr, Z4.u3, 110, Z4.u3); // interjection while Daniel's sentence is open
      await ov.say('dk', Z4_AV.dk, Z4.u4, 110, Z4.u4);
      await p.sleep(500);
      await ov.say('mr', Z4_AV.mr, Z4.u5, 110, Z4.u5);
      await p.sleep(500);
      await ov.say('dk', Z4_AV.dk, Z4.u6, 110, Z4.u6);
    },
    leave: leaveTop,
    expected: [
      { speaker: Z4.self, role: 'clinician', text: Z4.u1 },
      { speaker: Z4.pt, role: 'patient', text: Z4.u2 },
      { speaker: Z4.self, role: 'clinician', text: Z4.u3 },
      { speaker: Z4.pt, role: 'patient', text: Z4.u4 },
      { speaker: Z4.self, role: 'clinician', text: Z4.u5 },
      { speaker: Z4.pt, role: 'patient', text: Z4.u6 },
    ],
    forbidden: [...FORBIDDEN, 'Captions will be shown', 'English (US)'],
  };
})();

// Z5: Spanish call read from the full-transcript panel (§3.4) in the top document, already open with
// three rows when capture starts (history at start; assumption: it belongs to the visit). Continuation
// rows carry no name; the clinician has a letter avatar (§3.4 "KKrystian"); the last row is re-punctuated
// mid-sentence with its trailing word re-spelt, as in ZWC's example (§3.4); code-switching at the end.
// loose: Zoom re-punctuates. Localised panel title "Transcripción" (§3.4).
const Z5 = {
  self: 'Dra. Sofía Méndez',
  pt: 'Carlos Ruiz',
  h1: 'Buenos días, Carlos. ¿Cómo sigue de la tos?',
  h2: 'Buenos días, doctora. La tos está mejor.',
  h3: 'Pero todavía me cuesta dormir.',
  u1: '¿Se despierta por la tos o por otra cosa?',
  u2: 'Por la tos. Casi siempre a las tres de la mañana.',
  u3: 'Y a veces con un poco de flema.',
  u4: "Vamos a probar un jarabe por la noche, and we'll see how it goes.",
  u5: 'Le mando la receta a su farmacia.',
  u6: 'Perfecto, muchas gracias.',
};
const Z5_AV = { sm: { initials: 'S' }, cr: { photo: photo('cr-2d4a') } };
const PANEL = (title: string) =>
  `<div class="transcript-side-panel"><div class="transcript-side-panel__header">${title}</div>` +
  '<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription" role="list"></div></div>';
const zoomPanelSpanish: Scenario = (() => {
  let panel: Panel;
  return {
    name: 'zoom panel: Spanish call with history at start, grouped continuation rows, mid-sentence re-punctuation',
    url: URL_TOP,
    selfNames: [Z5.self],
    body: zoomApp(tile(Z5_AV.cr, Z5.pt) + tile({ initials: 'SM' }, Z5.self), PANEL('Transcripción')),
    productTiming: true,
    loose: true,
    prepare(p) {
      panel = new Panel(() => p.doc, () => q(p.doc, '#full-transcription'));
      panel.add(Z5.self, Z5_AV.sm, clock('09:30:02', 0), Z5.h1);
      panel.add(Z5.pt, Z5_AV.cr, clock('09:30:02', 5), Z5.h2);
      panel.add(Z5.pt, Z5_AV.cr, clock('09:30:02', 8), Z5.h3);
    },
    async play(p) {
      await p.sleep(800);
      await talk(p, panel.begin(Z5.self, Z5_AV.sm, clock('09:30:02', 14)), Z5.u1, 220, Z5.u1);
      await p.sleep(1000);
      await talk(
        p,
        panel.begin(Z5.pt, Z5_AV.cr, clock('09:30:02', 20)),
        { grow: 'Por la tos, casi. Siem a las tres de la mañana.', rewrites: [['casi. Siem', 'casi siempre']], final: Z5.u2 },
        220,
        Z5.u2,
      );
      await p.sleep(700);
      await talk(p, panel.begin(Z5.pt, Z5_AV.cr, clock('09:30:02', 27)), Z5.u3, 220, Z5.u3);
      await p.sleep(1000);
      await talk(p, panel.begin(Z5.self, Z5_AV.sm, clock('09:30:02', 33)), Z5.u4, 220, Z5.u4);
      await p.sleep(600);
      await talk(p, panel.begin(Z5.self, Z5_AV.sm, clock('09:30:02', 39)), Z5.u5, 220, Z5.u5);
      await p.sleep(1000);
      await talk(p, panel.begin(Z5.pt, Z5_AV.cr, clock('09:30:02', 44)), Z5.u6, 220, Z5.u6);
    },
    leave: leaveTop,
    expected: [
      { speaker: Z5.self, role: 'clinician', text: Z5.h1 },
      { speaker: Z5.pt, role: 'patient', text: Z5.h2 },
      { speaker: Z5.pt, role: 'patient', text: Z5.h3 },
      { speaker: Z5.self, role: 'clinician', text: Z5.u1 },
      { speaker: Z5.pt, role: 'patient', text: Z5.u2 },
      { speaker: Z5.pt, role: 'patient', text: Z5.u3 },
      { speaker: Z5.self, role: 'clinician', text: Z5.u4 },
      { speaker: Z5.self, role: 'clinician', text: Z5.u5 },
      { speaker: Z5.pt, role: 'patient', text: Z5.u6 },
    ],
    forbidden: [...FORBIDDEN, 'Transcripción', '09:30', 'SDra'],
  };
})();

// Z6: panel inside iframe#webclient, virtualised with 5 row elements that are recycled (content
// rewritten) as rows are added (§3.4 "recycles row elements"); an interpreter joins after the patient
// has spoken (three-person). The user scrolls the panel up (slots rewritten with older rows) while the
// interpreter speaks off-screen, then scrolls back to the bottom where that row appears complete.
// Assumptions: the inner scroll container div, the 5-slot window, and no auto-scroll while scrolled up.
const Z6 = {
  self: 'Dr. Ben Adler',
  pt: 'Elena Castillo',
  int: 'Jorge Ramos (Interpreter)',
  u1: 'Hello Mrs. Castillo, I have an interpreter joining us in a moment.',
  u2: 'Okay, gracias.',
  u3: "Hi doctor, this is Jorge, the Spanish interpreter, I'm on the line now.",
  u4: 'Great. Please ask her how the swelling in her feet has been.',
  u5: '¿Cómo ha estado la hinchazón de sus pies?',
  u6: 'Un poco mejor, pero en la tarde se me hinchan otra vez.',
  u7: 'Sobre todo si camino mucho.',
  u8: 'A little better, but in the afternoon they swell again, especially if she walks a lot.',
  u9: 'Tell her to keep her feet up for twenty minutes after lunch.',
  u10: 'Que levante los pies veinte minutos después del almuerzo.',
  u11: 'Está bien, lo haré.',
};
const Z6_AV = { ba: { photo: photo('ba-0c3d') }, ec: { initials: 'E' }, jr: { initials: 'J' } };
const zoomPanelRecycle: Scenario = (() => {
  let panel: Panel;
  return {
    name: 'zoom panel (iframe): virtualised rows recycled, panel scrolled up and back, interpreter joins',
    url: URL_US04,
    selfNames: [Z6.self],
    body: IFRAME_BODY,
    prepare: fillFrame(
      zoomApp(
        tile(Z6_AV.ba, Z6.self) + tile({ initials: 'EC' }, Z6.pt) + tile({ initials: 'JR' }, Z6.int),
        '<div class="transcript-side-panel"><div class="transcript-side-panel__header">Transcript</div>' +
          '<div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription">' +
          '<div class="ReactVirtualized__Grid__innerScrollContainer" role="rowgroup"></div></div></div>',
      ),
    ),
    async play(p) {
      const d = () => frameDoc(p);
      panel = new Panel(d, () => q(d(), '.ReactVirtualized__Grid__innerScrollContainer'), 5);
      const T = (n: number) => clock('14:10:00', n);
      const row = async (name: string, av: Av, at: number, text: string) => {
        await talk(p, panel.begin(name, av, T(at)), text, 100, text);
        await p.sleep(300);
      };
      await p.sleep(300);
      await row(Z6.self, Z6_AV.ba, 0, Z6.u1);
      await row(Z6.pt, Z6_AV.ec, 6, Z6.u2);
      await row(Z6.int, Z6_AV.jr, 12, Z6.u3);
      await row(Z6.self, Z6_AV.ba, 19, Z6.u4);
      await row(Z6.int, Z6_AV.jr, 25, Z6.u5);
      await row(Z6.pt, Z6_AV.ec, 30, Z6.u6); // 6th row: slots start being recycled
      await row(Z6.pt, Z6_AV.ec, 36, Z6.u7);
      panel.scrollTo(0); // user scrolls up: recycled slots show rows 1–5 again
      await p.sleep(600);
      // The interpreter speaks while the list is scrolled up: the row exists only off-screen.
      panel.add(Z6.int, Z6_AV.jr, T(41), Z6.u8);
      await p.sleep(1500);
      panel.scrollTo(Number.MAX_SAFE_INTEGER); // back to the bottom
      await p.sleep(600);
      await row(Z6.self, Z6_AV.ba, 50, Z6.u9);
      await row(Z6.int, Z6_AV.jr, 56, Z6.u10);
      await row(Z6.pt, Z6_AV.ec, 62, Z6.u11);
    },
    leave: leaveFrame,
    expected: [
      { speaker: Z6.self, role: 'clinician', text: Z6.u1 },
      { speaker: Z6.pt, role: 'patient', text: Z6.u2 },
      { speaker: Z6.int, role: 'other', text: Z6.u3 },
      { speaker: Z6.self, role: 'clinician', text: Z6.u4 },
      { speaker: Z6.int, role: 'other', text: Z6.u5 },
      { speaker: Z6.pt, role: 'patient', text: Z6.u6 },
      { speaker: Z6.pt, role: 'patient', text: Z6.u7 },
      { speaker: Z6.int, role: 'other', text: Z6.u8 },
      { speaker: Z6.self, role: 'clinician', text: Z6.u9 },
      { speaker: Z6.int, role: 'other', text: Z6.u10 },
      { speaker: Z6.pt, role: 'patient', text: Z6.u11 },
    ],
    forbidden: [...FORBIDDEN, 'Transcript', '14:10', 'EElena', 'JJorge'],
  };
})();

// Z7: view switches. The call starts on the overlay (photos named by tiles); the user opens "View full
// transcript" (§3.4): the panel appears holding every row so far, and both views then show the live
// utterance; later the user closes the panel and the overlay carries on alone. Assumptions (research
// silent): the overlay stays visible while the panel is open, and the panel holds the call's earlier rows.
const Z7 = {
  self: 'Maria Rivera',
  pt: 'Grace Liu',
  u1: 'Hi Grace, I can see your wound photo came through.',
  u2: 'Great, it looks a little red around the edges to me.',
  u3: 'A little redness is normal, is it warm to the touch?',
  u4: 'Not really, only when I press on it.',
  u5: 'Good, keep it covered and send another photo on Friday.',
  u6: 'Will do, thank you.',
};
const Z7_AV = { mr: { photo: photo('mr-1a7f') }, gl: { photo: photo('gl-6f08') } };
const zoomViewSwitch: Scenario = (() => {
  let ov: Overlay;
  return {
    name: 'zoom: overlay, then full-transcript panel opened (both live), then panel closed',
    url: URL_TOP,
    selfNames: [Z7.self],
    body: zoomApp(tile(Z7_AV.mr, Z7.self) + tile(Z7_AV.gl, Z7.pt, true)),
    productTiming: true,
    async play(p) {
      ov = new Overlay(p, () => p.doc, 120);
      const T = (n: number) => clock('16:45:20', n);
      await p.sleep(500);
      await ov.say('mr', Z7_AV.mr, Z7.u1, 220, Z7.u1);
      await p.sleep(900);
      await ov.say('gl', Z7_AV.gl, Z7.u2, 220, Z7.u2);
      await p.sleep(1500);
      // Captions → "View full transcript": the panel opens with the rows so far.
      q(p.doc, '.meeting-client').append(el(p.doc, PANEL('Transcript')));
      const panel = new Panel(() => p.doc, () => q(p.doc, '#full-transcription'));
      panel.add(Z7.self, Z7_AV.mr, T(0), Z7.u1);
      panel.add(Z7.pt, Z7_AV.gl, T(6), Z7.u2);
      await p.sleep(1500);
      const both = async (key: 'mr' | 'gl', name: string, at: number, text: string) => {
        const setO = await ov.begin(key, Z7_AV[key], 220);
        const setP = panel.begin(name, Z7_AV[key], T(at));
        await talk(p, (s) => (setO(s), setP(s)), text, 220, text);
      };
      await both('mr', Z7.self, 16, Z7.u3);
      await p.sleep(900);
      await both('gl', Z7.pt, 23, Z7.u4);
      await p.sleep(1500);
      q(p.doc, '.transcript-side-panel').remove(); // panel closed
      await p.sleep(1200);
      await ov.say('mr', Z7_AV.mr, Z7.u5, 220, Z7.u5);
      await p.sleep(900);
      await ov.say('gl', Z7_AV.gl, Z7.u6, 220, Z7.u6);
    },
    leave: leaveTop,
    expected: [
      { speaker: Z7.self, role: 'clinician', text: Z7.u1 },
      { speaker: Z7.pt, role: 'patient', text: Z7.u2 },
      { speaker: Z7.self, role: 'clinician', text: Z7.u3 },
      { speaker: Z7.pt, role: 'patient', text: Z7.u4 },
      { speaker: Z7.self, role: 'clinician', text: Z7.u5 },
      { speaker: Z7.pt, role: 'patient', text: Z7.u6 },
    ],
    forbidden: [...FORBIDDEN, 'Transcript', '16:45'],
  };
})();

export const zoomScenarios: Scenario[] = [
  zoomOverlayFamily,
  zoomOverlayRapid,
  zoomOverlayMonologue,
  zoomOverlayFlip,
  zoomPanelSpanish,
  zoomPanelRecycle,
  zoomViewSwitch,
];
