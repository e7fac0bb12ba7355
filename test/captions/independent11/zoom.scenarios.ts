// Round 11 (independent11), Zoom web client. Written ONLY from /work/shared/research/caption-platforms.md
// (§3 Zoom, §8 strategies, §9 checklist) and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixture was read. All speech is synthetic.
//
// This round stresses: fast alternation / cut-ins on the single rolling overlay node, non-Latin and
// RTL scripts (Cyrillic, Chinese, Arabic) and emoji names, short backchannels between long turns
// (the same short word repeated as separate turns), unpunctuated lowercase captions, a long monologue
// through the rolling window, and the transcript panel and overlay both present.
//
// Research facts used:
// - §3.1 URL /wc/<id>/join on app.zoom.us / us04web.zoom.us; the meeting UI inside the same-origin
//   <iframe id="webclient"> or directly in the top document; in-call markers #audioOptionMenu and
//   #wc-footer .footer__leave-btn-container button.
// - §3.3 overlay: ONE persistent #live-transcription-subtitle inside .live-transcription-subtitle__box,
//   first child = avatar <img alt=""> or an initials <span>, then span.live-transcription-subtitle__item
//   whose text is rewritten in place as a rolling ~100-150 char window (old words drop off the front).
//   No speaker name in the overlay; the avatar src matches a participant tile's img, whose
//   img.parentElement.nextSibling text is the name (TT). The initials bubble can show a moment before
//   the avatar img loads (key flap). When speakers interleave the overlay flips away and comes back
//   showing the earlier speaker's ACCUMULATED window. System lines ("Captions will be shown in …",
//   "You have left the meeting") show in the same area.
// - §3.4 panel: [aria-label="Live Transcription List"].new-lt-list-container#full-transcription; rows
//   .lt-full-transcript__item; a first row of a group carries …__title--first with the letter avatar
//   INSIDE the title next to __display-name ("KKrystian" trap); continuation rows carry no name;
//   __time like 22:08:58; the ASR rewrites mid-sentence punctuation and re-spells the trailing word.
// - §8.9 rolling-window diffing, §8.11 noise (timestamps in panel rows, Zoom status lines), §9
//   (long monologue with the rolling window; img vs initials; top document vs iframe).
//
// My page model: the overlay keeps each speaker's accumulated words; every new word re-renders the
// speaker's tail (<= WIDTH chars). The newest word shows without its trailing punctuation until the
// next word (or the end of the phrase) arrives, which is the re-punctuation of the trailing word.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface ZP {
  name: string;
  initials: string;
  /** Panel letter avatar. */
  letter: string;
  avatar?: string;
  /** Show the initials bubble for this many words before the avatar img "loads" (§3.3 flap). */
  flapWords?: number;
}

const WIDTH = 120;
const TRAIL = /[.,!?;:。，？！،؟]+$/u;
const UI = ['Captions will be shown', 'You have left the meeting', 'Save Transcript', 'Participants', 'Leave', 'Mute', 'Transcript'];

function tile(p: ZP): string {
  const face = p.avatar ? `<img class="tile-face__img" src="${p.avatar}" alt="">` : `<span class="tile-face__initials">${p.initials}</span>`;
  // img.parentElement.nextSibling.textContent === name (the TT lookup, §3.3). No whitespace nodes.
  return `<div class="participant-tile"><div class="tile-face">${face}</div><div class="tile-name"><span>${p.name}</span></div></div>`;
}

function shell(people: ZP[]): string {
  return (
    `<div id="zmmtg-root"><div id="wc-container" class="meeting-client"><div class="meeting-client-inner">` +
    `<div id="wc-container-left" class="main-layout"><div class="gallery-video-container__wrap">${people.map(tile).join('')}</div></div>` +
    `<div id="wc-container-right" class="sidebar"></div>` +
    `<div id="wc-footer" class="footer"><div class="footer__inner">` +
    `<button id="audioOptionMenu" type="button" aria-label="Audio options"></button>` +
    `<button class="footer-button" type="button">Mute</button><button class="footer-button" type="button">Participants</button>` +
    `<button class="footer-button" type="button">Captions</button>` +
    `<div class="footer__leave-btn-container"><button class="footer__leave-btn" type="button">Leave</button></div>` +
    `</div></div></div></div></div>`
  );
}

const frameDoc = (p: Page): Document => (p.doc.getElementById('webclient') as HTMLIFrameElement).contentDocument!;

/** Leaving: the meeting UI (and with it the in-call markers) goes, a status line remains. */
function leaveZoom(d: Document) {
  d.getElementById('wc-container')?.remove();
  d.getElementById('zmmtg-root')?.appendChild(el(d, '<div class="leave-meeting"><p>You have left the meeting</p></div>'));
}

function setData(e: Element, t: string) {
  const f = e.firstChild;
  if (f && f.nodeType === 3 && !f.nextSibling) {
    if ((f as Text).data !== t) (f as Text).data = t;
  } else e.textContent = t;
}

/** The bottom overlay (§3.3): one persistent row, one speaker's rolling window at a time. */
class Overlay {
  private acc = new Map<string, string[]>();
  private said = new Map<string, number>();
  private cur: ZP | null = null;
  constructor(
    private readonly d: () => Document,
    private readonly sep = ' ',
  ) {}

  private row(): HTMLElement {
    const d = this.d();
    let box = d.querySelector('.live-transcription-subtitle__box');
    if (!box) {
      box = el(d, '<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item" dir="auto"></span></div></div>');
      q(d, '#wc-container-left').appendChild(box);
    }
    return q(box, '#live-transcription-subtitle');
  }

  private item(): HTMLElement {
    return q(this.row(), '.live-transcription-subtitle__item');
  }

  /** A status line in the caption area (no face). */
  system(text: string) {
    setData(this.item(), text);
  }

  private face(who: ZP) {
    const row = this.row();
    const d = this.d();
    const img = !!who.avatar && (this.said.get(who.name) ?? 0) >= (who.flapWords ?? 0);
    const first = row.firstElementChild!;
    const hasFace = !first.classList.contains('live-transcription-subtitle__item');
    if (img) {
      if (hasFace && first.tagName === 'IMG') {
        if (first.getAttribute('src') !== who.avatar) first.setAttribute('src', who.avatar!);
        return;
      }
      const n = el(d, `<img src="${who.avatar}" alt="">`);
      if (hasFace) row.replaceChild(n, first);
      else row.insertBefore(n, first);
    } else {
      if (hasFace && first.tagName === 'SPAN') {
        setData(first, who.initials);
        return;
      }
      const n = el(d, `<span>${who.initials}</span>`);
      if (hasFace) row.replaceChild(n, first);
      else row.insertBefore(n, first);
    }
  }

  private tail(words: string[], final: boolean): string {
    const shown = words.slice();
    if (!final && shown.length) shown[shown.length - 1] = shown[shown.length - 1]!.replace(TRAIL, '');
    const out: string[] = [];
    let len = 0;
    for (let i = shown.length - 1; i >= 0; i--) {
      const w = shown[i]!;
      const add = w.length + (out.length ? this.sep.length : 0);
      if (out.length && len + add > WIDTH) break;
      out.unshift(w);
      len += add;
    }
    return out.join(this.sep);
  }

  /** Switches the row to `who` if needed; `flash` shows the accumulated window alone first. */
  begin(who: ZP, flash = false): boolean {
    if (this.cur === who) return false;
    this.cur = who;
    if (flash) {
      const acc = this.acc.get(who.name) ?? [];
      this.face(who);
      setData(this.item(), this.tail(acc, true));
    }
    return flash;
  }

  add(who: ZP, word: string) {
    const acc = this.acc.get(who.name) ?? [];
    this.acc.set(who.name, acc);
    acc.push(word);
    this.said.set(who.name, (this.said.get(who.name) ?? 0) + 1);
    this.cur = who;
    this.face(who);
    setData(this.item(), this.tail(acc, false));
  }

  finish(who: ZP) {
    setData(this.item(), this.tail(this.acc.get(who.name) ?? [], true));
  }

  async say(p: Page, who: ZP, text: string | string[], o: { step?: number; hold?: number; flash?: boolean } = {}) {
    const step = o.step ?? 90;
    const words = Array.isArray(text) ? text : text.split(' ');
    if (this.begin(who, o.flash)) await p.sleep(step);
    for (const w of words) {
      this.add(who, w);
      await p.sleep(step);
    }
    this.finish(who);
    await p.sleep(o.hold ?? step);
  }
}

/** The full-transcript side panel (§3.4), rows appended, grouped by speaker. */
class Panel {
  private last: ZP | null = null;
  private secs: number;
  private msg: Element | null = null;
  private words: string[] = [];
  constructor(
    private readonly d: () => Document,
    clock: string,
    private readonly sep = ' ',
  ) {
    const [h, m, s] = clock.split(':').map(Number);
    this.secs = (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0);
  }

  private time(): string {
    const s = this.secs;
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(Math.floor(s / 3600) % 24)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }

  open(title = 'Transcript') {
    const d = this.d();
    q(d, '#wc-container-right').appendChild(
      el(
        d,
        `<div class="transcript-sidebar"><div class="transcript-sidebar__header"><h3>${title}</h3><input type="search" placeholder="Search transcript"></div>` +
          `<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div>` +
          `<div class="transcript-sidebar__footer"><button type="button">Save Transcript</button></div></div>`,
      ),
    );
  }

  /** Starts a new row for `who` (a group header if the speaker changed). */
  start(who: ZP, avatarImg = false) {
    const d = this.d();
    this.secs += 3;
    const first = this.last !== who;
    this.last = who;
    const av = avatarImg && who.avatar ? `<img src="${who.avatar}" alt="">` : `<span>${who.letter}</span>`;
    const row = first
      ? el(
          d,
          `<div class="lt-full-transcript__item lt-full-transcript__title--first"><div class="lt-full-transcript__title"><div class="lt-full-transcript__avatar">${av}</div><span class="lt-full-transcript__display-name">${who.name}</span></div><span class="lt-full-transcript__time">${this.time()}</span><div class="lt-full-transcript__message" dir="auto"></div></div>`,
        )
      : el(d, `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time">${this.time()}</span><div class="lt-full-transcript__message" dir="auto"></div></div>`);
    q(d, '#full-transcription').appendChild(row);
    this.msg = q(row, '.lt-full-transcript__message');
    this.words = [];
  }

  add(word: string) {
    this.words.push(word);
    setData(this.msg!, this.words.join(this.sep));
  }

  /** The ASR's later rewrite of the row (re-punctuation, trailing word re-spelled). */
  revise(text: string) {
    setData(this.msg!, text);
  }

  async row(p: Page, who: ZP, text: string, o: { interim?: string; step?: number; hold?: number } = {}) {
    const step = o.step ?? 90;
    this.start(who);
    for (const w of (o.interim ?? text).split(' ')) {
      this.add(w);
      await p.sleep(step);
    }
    this.revise(text);
    await p.sleep(o.hold ?? step);
  }
}

// ---------------------------------------------------------------------------------------------------
// Z1. Fast cut-ins between three speakers on the one overlay row (§3.3 interleaving: the overlay flips
// to whoever is talking and returns showing the earlier speaker's accumulated window; §3.1 top doc).
const z1People = {
  dr: { name: 'Dr. Maya Lin', initials: 'ML', letter: 'M', avatar: 'https://us04images.zoom.us/p/v2/maya-lin-7f3a.jpg' },
  pat: { name: 'Robert Hale', initials: 'RH', letter: 'R' },
  dau: { name: 'Jenna Hale', initials: 'JH', letter: 'J', avatar: 'https://us04images.zoom.us/p/v2/jenna-h-19c2.jpg' },
} satisfies Record<string, ZP>;
const z1Lines: [keyof typeof z1People, string, boolean?][] = [
  ['dr', 'So with the new inhaler, are you using it morning and'],
  ['pat', 'Morning, yes.'],
  ['dau', 'Not at night though, Dad.'],
  ['pat', 'I keep forgetting at night.'],
  ['dr', 'evening as well? That second puff matters most for the coughing you get at night.', true],
  ['dau', 'Could he keep it next to his toothbrush?'],
  ['dr', 'That is a great idea.'],
  ['pat', 'Fine, fine.'],
  ['dr', 'Let us try that for two weeks and then check in again.', true],
];
const z1: Scenario = {
  name: 'Z1 overlay: fast cut-ins among three speakers, accumulated windows on return',
  url: 'https://app.zoom.us/wc/84512376690/join?fromPWA=1',
  selfNames: ['Dr. Maya Lin'],
  body: shell(Object.values(z1People)),
  async play(p) {
    const ov = new Overlay(() => p.doc);
    for (const [k, text, flash] of z1Lines) await ov.say(p, z1People[k], text, { step: 80, hold: 120, flash: !!flash });
  },
  leave: (p) => leaveZoom(p.doc),
  expected: z1Lines.map(([k, text]) => ({ speaker: { key: k }, text })),
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// Z2. Backchannels between long clinician turns, meeting inside the #webclient iframe (§3.1). The
// patient's overlay window accumulates "Mm-hmm. Yes. Mm-hmm OK. Yes" (§3.3 accumulated window), so each
// short turn arrives as a growth of the same window. "Mm-hmm."/"Mm-hmm" and "Yes."/"Yes" are the same
// word said twice as separate turns (ASR punctuated them differently; exact duplicates would trip the
// runner's duplicate-utterance check, see the report).
const z2People = {
  dr: { name: 'Dr. Samuel Okoro', initials: 'SO', letter: 'S' },
  pat: { name: 'Grace Whitfield', initials: 'GW', letter: 'G', avatar: 'https://us04images.zoom.us/p/v2/gw-0a4481.png' },
} satisfies Record<string, ZP>;
const z2Lines: [keyof typeof z2People, string][] = [
  ['dr', 'Before we change anything, I want to walk you through what the blood tests showed, because a couple of the numbers moved since March and I think it helps to see the whole picture first.'],
  ['pat', 'Mm-hmm.'],
  ['dr', 'Your kidney function is stable, which is good news, but the potassium is a little on the high side, and that is most likely linked to the new blood pressure tablet we started.'],
  ['pat', 'Yes.'],
  ['dr', 'So what I would suggest is that we lower the dose by half, repeat the blood test in ten days, and keep an eye on any muscle cramps or unusual tiredness in the meantime.'],
  ['pat', 'Mm-hmm'],
  ['dr', 'If the cramps come back or you feel your heart racing, please call the clinic the same day rather than waiting for the next appointment.'],
  ['pat', 'OK.'],
  ['dr', 'And you still have the blue pill organiser from the pharmacy?'],
  ['pat', 'Yes'],
  ['dr', 'Perfect, then we are all set for today.'],
];
const z2: Scenario = {
  name: 'Z2 overlay in #webclient: one-word backchannels between long turns, same word twice',
  url: 'https://us04web.zoom.us/wc/93318820415/join',
  selfNames: ['Dr. Samuel Okoro'],
  body: '<div id="app-root"><iframe id="webclient" title="Zoom web client"></iframe></div>',
  prepare(p) {
    frameDoc(p).body.innerHTML = shell(Object.values(z2People));
  },
  async play(p) {
    const ov = new Overlay(() => frameDoc(p));
    for (const [k, text] of z2Lines) await ov.say(p, z2People[k], text, { step: 70, hold: k === 'pat' ? 250 : 350 });
  },
  leave: (p) => leaveZoom(frameDoc(p)),
  expected: z2Lines.map(([k, text]) => ({ speaker: { key: k }, text })),
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// Z3. Russian consultation read from the transcript panel in the iframe (§3.4: Cyrillic names, letter
// avatar inside the title, continuation rows without a name, the ASR re-punctuating and re-spelling the
// trailing word of a row; §3.1 iframe; §8.11 row timestamps are noise).
const z3People = {
  dr: { name: 'Ирина Соколова', initials: 'ИС', letter: 'И' },
  pat: { name: 'Дмитрий Орлов', initials: 'ДО', letter: 'Д' },
} satisfies Record<string, ZP>;
const z3Rows: [keyof typeof z3People, string, string?][] = [
  ['dr', 'Добрый день, Дмитрий. Как вы себя чувствуете после выписки?', 'Добрый день, Дмитрий, как вы себя. Чувству'],
  ['pat', 'Честно говоря, неплохо, но по ночам всё ещё кашляю.', 'Честно говоря неплохо, но по ночам всё ещё кашля'],
  ['pat', 'Особенно под утро.'],
  ['dr', 'Температура была?'],
  ['pat', 'Нет.'],
  ['dr', 'Хорошо. Продолжайте принимать сироп ещё пять дней и пейте больше тёплой воды.', 'Хорошо, продолжайте принимать сироп ещё пять дней. И пейте больше тёплой вод'],
  ['pat', 'Да.'],
  ['dr', 'Если кашель усилится, сразу звоните в клинику.'],
  ['pat', 'Да'],
  ['pat', 'Спасибо, доктор.'],
];
const z3: Scenario = {
  name: 'Z3 panel in #webclient: Cyrillic names and speech, letter avatars, re-spelled trailing words',
  url: 'https://app.zoom.us/wc/71820044913/join',
  selfNames: ['Ирина Соколова'],
  body: '<div id="app-root"><iframe id="webclient" title="Zoom"></iframe></div>',
  prepare(p) {
    frameDoc(p).body.innerHTML = shell(Object.values(z3People));
  },
  async play(p) {
    const panel = new Panel(() => frameDoc(p), '09:41:05');
    panel.open('Транскрипция');
    await p.sleep(200);
    for (const [k, text, interim] of z3Rows) await panel.row(p, z3People[k], text, { interim, step: 90, hold: 300 });
  },
  leave: (p) => leaveZoom(frameDoc(p)),
  expected: z3Rows.map(([k, text]) => ({ speaker: z3People[k].name, text })),
  forbidden: [...UI, 'Транскрипция', '09:4', 'ИИрина', 'ДДмитрий'],
};

// ---------------------------------------------------------------------------------------------------
// Z4. Mandarin call with the transcript panel open AND the overlay showing (§3.3 + §3.4 at once; every
// word must be written once). Chinese has no spaces, so the text is compared loosely (§3.4: the ASR
// re-punctuates rows). Names in Han script; the patient has a photo avatar, the doctor a letter.
const z4People = {
  dr: { name: '王伟', initials: '王伟', letter: '王' },
  pat: { name: '李娜', initials: '李娜', letter: '李', avatar: 'https://us04images.zoom.us/p/v2/lina-5c1e.jpg' },
} satisfies Record<string, ZP>;
const z4Rows: [keyof typeof z4People, string[], string?][] = [
  ['dr', ['您好，', '李女士。', '今天', '感觉', '怎么样？']],
  ['pat', ['头', '还是', '有点疼，', '尤其是', '下午。']],
  ['dr', ['止痛药', '每天', '吃', '几次？']],
  ['pat', ['两次。']],
  ['dr', ['好的，', '我们', '先', '减到', '一次，', '再', '观察', '一周。'], '好的。我们先减到一次，再观察一周。'],
  ['pat', ['好。']],
];
const z4: Scenario = {
  name: 'Z4 panel + overlay together: Mandarin, Han-script names, each word once',
  url: 'https://app.zoom.us/wc/66019283374/join',
  selfNames: ['王伟'],
  body: shell(Object.values(z4People)),
  loose: true,
  async play(p) {
    const d = () => p.doc;
    const ov = new Overlay(d, '');
    const panel = new Panel(d, '15:20:40', '');
    panel.open('转录');
    await p.sleep(150);
    for (const [k, chunks, revised] of z4Rows) {
      const who = z4People[k];
      panel.start(who, true);
      for (const c of chunks) {
        ov.add(who, c);
        panel.add(c);
        await p.sleep(110);
      }
      ov.finish(who);
      if (revised) panel.revise(revised);
      await p.sleep(400);
    }
  },
  leave: (p) => leaveZoom(p.doc),
  expected: z4Rows.map(([k, chunks, revised]) => ({ speaker: z4People[k].name, text: revised ?? chunks.join('') })),
  forbidden: [...UI, '转录', '15:2'],
};

// ---------------------------------------------------------------------------------------------------
// Z5. Lowercase captions with no punctuation at all (§3.3 rolling overlay): turn ends are visible only
// as speaker flips or silence, and repeated phrases ("not great not great", "i have been trying i have
// been trying") make naive overlap matching ambiguous. One same-speaker pause mid-turn.
const z5People = {
  dr: { name: 'Hannah Brooks', initials: 'HB', letter: 'H', avatar: 'https://us04images.zoom.us/p/v2/hb-88d0.jpg' },
  pat: { name: 'Luis Ortega', initials: 'LO', letter: 'L' },
} satisfies Record<string, ZP>;
const z5Lines: [keyof typeof z5People, string, number][] = [
  ['dr', 'ok so how have the headaches been since we last spoke', 200],
  ['pat', 'um not great not great at all to be honest', 200],
  ['dr', 'are they every day or', 150],
  ['pat', 'no no no more like three or four days a week mostly in the afternoon', 250],
  ['dr', 'and the water we talked about drinking more water', 200],
  ['pat', 'yeah yeah i have been trying i have been trying', 1500],
  ['pat', 'but it is hard to remember at work', 200],
  ['dr', 'lets set a reminder on your phone every two hours', 200],
  ['pat', 'sure i can do that', 200],
];
const z5: Scenario = {
  name: 'Z5 overlay: unpunctuated lowercase turns with repeated phrases, split only by speaker or silence',
  url: 'https://app.zoom.us/wc/50277316628/join',
  selfNames: ['Hannah Brooks'],
  body: shell(Object.values(z5People)),
  async play(p) {
    const ov = new Overlay(() => p.doc);
    for (const [k, text, hold] of z5Lines) await ov.say(p, z5People[k], text, { step: 80, hold });
  },
  leave: (p) => leaveZoom(p.doc),
  expected: z5Lines.map(([k, text]) => ({ speaker: { key: k }, text })),
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// Z6. A patient monologue of ~190 words (well over a minute of speech) through the rolling overlay
// window (§3.3, §9 "Long monologue: Zoom rolling window"), with one breath pause in the middle and the
// trailing word re-punctuated as the next word arrives.
const z6People = {
  dr: { name: 'Dr. Aaron Patel', initials: 'AP', letter: 'A', avatar: 'https://us04images.zoom.us/p/v2/apatel-2b7d.jpg' },
  pat: { name: 'Margaret Ellis', initials: 'ME', letter: 'M' },
} satisfies Record<string, ZP>;
const z6a =
  'Well, it has been up and down, honestly. The first week after we changed the tablets I felt much better, I was sleeping through the night and I even went back to my Tuesday walking group, which I had not done since the winter. Then in the second week the dizziness came back, mostly in the mornings when I got out of bed too quickly, and once I had to sit down on the kitchen floor until it passed. My neighbour found me there and she was quite worried.';
const z6b =
  'After that I started getting up more slowly, sitting on the edge of the bed first and counting to twenty, and that seemed to help a lot. The third week was better again, but my ankles were swollen by the evening, especially after long days in the garden. I kept my feet up when I could. This last week has been the best so far, apart from one bad night when my chest felt tight and I could not settle, but it went away by itself after an hour or so.';
const z6: Scenario = {
  name: 'Z6 overlay: ~190-word monologue through the rolling window with a mid-monologue pause',
  url: 'https://app.zoom.us/wc/38804417752/join',
  selfNames: ['Dr. Aaron Patel'],
  body: shell(Object.values(z6People)),
  async play(p) {
    const ov = new Overlay(() => p.doc);
    await ov.say(p, z6People.dr, 'Tell me how the last month has gone for you.', { step: 80, hold: 400 });
    await ov.say(p, z6People.pat, z6a, { step: 60, hold: 1300 });
    await ov.say(p, z6People.pat, z6b, { step: 60, hold: 400 });
    await ov.say(p, z6People.dr, 'Thank you, that is really helpful.', { step: 80 });
  },
  leave: (p) => leaveZoom(p.doc),
  expected: [
    { speaker: { key: 'dr' }, text: 'Tell me how the last month has gone for you.' },
    { speaker: { key: 'pat' }, text: `${z6a} ${z6b}` },
    { speaker: { key: 'dr' }, text: 'Thank you, that is really helpful.' },
  ],
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// Z7. Arabic (RTL) call, patient display name with an emoji; the patient's initials bubble shows first
// and the avatar img loads a few words later (§3.3 key flap), the caption area first shows the
// "Captions will be shown in …" status line (§3.3 system lines, §8.11).
const z7People = {
  dr: { name: 'د. ليلى حداد', initials: 'لح', letter: 'د' },
  pat: { name: 'Omar 🌙 Saleh', initials: 'OS', letter: 'O', avatar: 'https://us04images.zoom.us/p/v2/omar-moon-e41.jpg', flapWords: 3 },
} satisfies Record<string, ZP>;
const z7Lines: [keyof typeof z7People, string][] = [
  ['dr', 'مرحبا عمر، كيف حالك اليوم؟'],
  ['pat', 'الحمد لله، أفضل من الأسبوع الماضي بكثير.'],
  ['dr', 'هل ما زلت تشعر بالدوخة عند الوقوف؟'],
  ['pat', 'أحيانا فقط، في الصباح.'],
  ['dr', 'حسنا، سنخفض جرعة الدواء قليلا ونراك بعد أسبوعين.'],
  ['pat', 'شكرا دكتورة.'],
];
const z7: Scenario = {
  name: 'Z7 overlay: Arabic RTL speech, emoji display name, initials-then-avatar flap, status line',
  url: 'https://app.zoom.us/wc/29930174486/join',
  selfNames: ['د. ليلى حداد'],
  body: shell(Object.values(z7People)),
  async play(p) {
    const ov = new Overlay(() => p.doc);
    ov.system('Captions will be shown in Arabic');
    await p.sleep(700);
    for (const [k, text] of z7Lines) await ov.say(p, z7People[k], text, { step: 90, hold: 350 });
  },
  leave: (p) => leaveZoom(p.doc),
  expected: z7Lines.map(([k, text]): Expected => ({ speaker: { key: k }, text })),
  forbidden: UI,
};

export const zoomScenarios: Scenario[] = [z1, z2, z3, z4, z5, z6, z7];
