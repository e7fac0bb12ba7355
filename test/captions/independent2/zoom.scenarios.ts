// Zoom web client pages built from caption-platforms.md §3 only: the in-call markers and the
// same-origin #webclient iframe (§3.1), the rolling overlay without names (§3.3) and the full
// transcript panel with grouped, recycled rows (§3.4).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://app.zoom.us/wc/84512345678/join?fromPWA=1';
const SELF = 'Dr. Wei Chen';

const CONTROLS = `<div id="audioOptionMenu"></div><div id="wc-footer"><div class="footer__leave-btn-container"><button class="footer__leave-btn">Leave</button></div></div>`;
const OVERLAY = `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"></div></div>`;
const PANEL = `<div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription"></div>`;

interface Who {
  name: string;
  /** A photo avatar URL, or null for an initials bubble. */
  src: string | null;
}

const initials = (n: string) =>
  n
    .replace(/^Dr\.\s*/, '')
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** Participant tiles: the avatar img's parent's next sibling holds the name (§3.3, TT lookup). */
function tiles(people: Who[]): string {
  return `<div class="gallery-video-container__wrap">${people
    .map(
      (w) =>
        `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img">${w.src ? `<img src="${w.src}" alt="">` : `<span>${initials(w.name)}</span>`}</div><div class="video-avatar__avatar-footer"><span>${w.name}</span></div></div>`,
    )
    .join('')}</div>`;
}

function pageHtml(extra: string, people: Who[] = []): string {
  return `<div id="zmmtg-root"><div id="wc-container">${tiles(people)}${extra}${CONTROLS}</div></div>`;
}

/** The document holding the meeting UI (top document or the #webclient iframe). */
function ui(p: Page): Document {
  const f = p.doc.querySelector<HTMLIFrameElement>('iframe#webclient');
  return f?.contentDocument ?? p.doc;
}

function row(p: Page): HTMLElement {
  return q(ui(p), '#live-transcription-subtitle');
}

/** Shows speaker `w` in the overlay row: swaps the avatar (img or initials) and sets the text. */
function show(p: Page, w: Who, text: string) {
  const d = ui(p);
  const r = row(p);
  const want = w.src ? `IMG:${w.src}` : `SPAN:${initials(w.name)}`;
  const first = r.firstElementChild;
  const have = first ? (first.tagName === 'IMG' ? `IMG:${first.getAttribute('src')}` : first.tagName === 'SPAN' && !first.classList.contains('live-transcription-subtitle__item') ? `SPAN:${first.textContent}` : '') : '';
  if (have !== want) {
    if (have) first!.remove();
    const av = w.src ? el(d, `<img src="${w.src}" alt="">`) : el(d, `<span>${initials(w.name)}</span>`);
    r.insertBefore(av, r.firstChild);
  }
  let item = r.querySelector('.live-transcription-subtitle__item');
  if (!item) {
    item = d.createElement('span');
    item.className = 'live-transcription-subtitle__item';
    r.appendChild(item);
  }
  if (item.firstChild && item.firstChild.nodeType === 3) (item.firstChild as Text).data = text;
  else item.textContent = text;
}

/** The rolling window: the trailing words that fit in `max` characters. */
function windowOf(words: string[], max: number): string {
  let out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const next = [words[i]!, ...out];
    if (next.join(' ').length > max) break;
    out = next;
  }
  return out.join(' ');
}

/** Speaks `text` word by word in the overlay; `before` = this speaker's accumulated earlier words. */
async function speak(p: Page, w: Who, text: string, before = '', max = 120, ms = 80) {
  const prior = before ? before.split(' ') : [];
  const words = text.split(' ');
  for (let i = 1; i <= words.length; i++) {
    show(p, w, windowOf([...prior, ...words.slice(0, i)], max));
    await p.sleep(ms);
  }
}

function leave(p: Page) {
  const d = ui(p);
  d.querySelector('#wc-footer')?.remove();
  d.querySelector('#audioOptionMenu')?.remove();
  d.querySelector('.live-transcription-subtitle__box')?.remove();
  d.querySelector('#full-transcription')?.remove();
}

const ANA: Who = { name: 'Ana Souza', src: 'https://us04images.zoom.us/p/v2/ana.jpg' };
const DOC_IMG: Who = { name: SELF, src: 'https://us04images.zoom.us/p/v2/wei.jpg' };
const DOC_INI: Who = { name: SELF, src: null };
const RAJ: Who = { name: 'Raj Mehta', src: null };

// ---- full transcript panel ---------------------------------------------------------------------

let clock = 36000;
const stamp = () => {
  clock += 4;
  const h = Math.floor(clock / 3600);
  const m = Math.floor((clock % 3600) / 60);
  const s = clock % 60;
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
};

/** Appends a panel row; a name header only when the speaker changes (§3.4), returns the message div. */
function panelRow(p: Page, name: string | null, text: string, letterAvatar = true): HTMLElement {
  const d = ui(p);
  const panel = q(d, '#full-transcription');
  const r = el(
    d,
    name === null
      ? `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time">${stamp()}</span><div class="lt-full-transcript__message"></div></div>`
      : `<div class="lt-full-transcript__item lt-full-transcript__title--first"><div class="lt-full-transcript__title"><div class="lt-full-transcript__avatar">${letterAvatar ? `<span class="lt-full-transcript__avatar-letter">${name.replace(/^Dr\.\s*/, '')[0]}</span>` : '<img src="https://us04images.zoom.us/p/v2/x.jpg" alt="">'}</div><span class="lt-full-transcript__display-name"></span><span class="lt-full-transcript__time">${stamp()}</span></div><div class="lt-full-transcript__message"></div></div>`,
  );
  if (name !== null) q(r, '.lt-full-transcript__display-name').textContent = name;
  const msg = q(r, '.lt-full-transcript__message');
  msg.textContent = text;
  panel.appendChild(r);
  return msg;
}

/** Grows a panel row's message word by word (the ASR revises the last row in place). */
async function growRow(p: Page, msg: HTMLElement, text: string, final?: string, ms = 80) {
  const words = text.split(' ');
  for (let i = 1; i <= words.length; i++) {
    (msg.firstChild as Text).data = words.slice(0, i).join(' ');
    await p.sleep(ms);
  }
  if (final !== undefined) {
    (msg.firstChild as Text).data = final;
    await p.sleep(ms);
  }
}

/** Panel turns: a header row for a new speaker, continuation rows otherwise. */
async function panelTurns(p: Page, turns: [string, string][]) {
  let last = '';
  for (const [who, what] of turns) {
    const msg = panelRow(p, who === last ? null : who, what.split(' ')[0]!);
    last = who;
    await growRow(p, msg, what);
  }
}

const NOISE = ['Connecting', 'Captions will be shown', 'English (US)', 'You have left the meeting', 'Leave'];

export const zoomScenarios: Scenario[] = [
  {
    name: 'overlay in the top document: two speakers with photo avatars named by their tiles',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [DOC_IMG, ANA]),
    async play(p) {
      await speak(p, DOC_IMG, 'Hello Ana, how was your week?');
      await p.sleep(400);
      await speak(p, ANA, 'Pretty good, the new dose seems to help.');
      await p.sleep(400);
      await speak(p, DOC_IMG, 'Any side effects at all?', 'Hello Ana, how was your week?');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Hello Ana, how was your week?' },
      { speaker: 'Ana Souza', role: 'patient', text: 'Pretty good, the new dose seems to help.' },
      { speaker: SELF, role: 'clinician', text: 'Any side effects at all?' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'overlay inside the same-origin #webclient iframe',
    url: 'https://us04web.zoom.us/wc/91234567890/join',
    selfNames: [SELF],
    body: '<div id="app-shell"><iframe id="webclient"></iframe></div>',
    prepare(p) {
      const d = p.doc.querySelector<HTMLIFrameElement>('#webclient')!.contentDocument!;
      d.body.innerHTML = pageHtml(OVERLAY, [RAJ, DOC_INI]);
    },
    async play(p) {
      await speak(p, RAJ, 'I ran out of my inhaler on Monday.');
      await p.sleep(400);
      await speak(p, DOC_INI, 'I will send a new prescription today.');
    },
    leave,
    expected: [
      { speaker: { key: 'raj' }, text: 'I ran out of my inhaler on Monday.' },
      { speaker: { key: 'doc' }, text: 'I will send a new prescription today.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'overlay rolling window: a long monologue whose first words drop off the front',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [ANA]),
    async play(p) {
      await speak(
        p,
        ANA,
        'So last Tuesday I went back to work for the first time since the surgery and by lunchtime my back was aching so badly that I had to sit in my car for twenty minutes before I could drive home and the next morning I could barely get out of bed',
        '',
        110,
        40,
      );
    },
    leave,
    expected: [
      {
        speaker: { key: 'ana' },
        text: 'So last Tuesday I went back to work for the first time since the surgery and by lunchtime my back was aching so badly that I had to sit in my car for twenty minutes before I could drive home and the next morning I could barely get out of bed',
      },
    ],
    textOnly: true,
    forbidden: NOISE,
  },
  {
    name: 'overlay interleaving: the earlier speaker returns showing their accumulated window',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [ANA, DOC_INI]),
    async play(p) {
      const a1 = 'My left ankle is swollen';
      await speak(p, ANA, a1);
      await p.sleep(300);
      await speak(p, DOC_INI, 'Since when?');
      await p.sleep(300);
      await speak(p, ANA, 'since I twisted it on Friday.', a1);
    },
    leave,
    expected: [
      { speaker: { key: 'ana' }, text: 'My left ankle is swollen' },
      { speaker: { key: 'doc' }, text: 'Since when?' },
      { speaker: { key: 'ana' }, text: 'since I twisted it on Friday.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'overlay avatar flap: the initials bubble is replaced by the photo a moment later',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [ANA]),
    async play(p) {
      const words = 'The rash spread to both arms overnight.'.split(' ');
      show(p, { name: ANA.name, src: null }, words[0]!);
      await p.sleep(80);
      show(p, { name: ANA.name, src: null }, words.slice(0, 2).join(' '));
      await p.sleep(150);
      for (let i = 3; i <= words.length; i++) {
        show(p, ANA, words.slice(0, i).join(' '));
        await p.sleep(80);
      }
    },
    leave,
    expected: [{ speaker: { key: 'ana' }, text: 'The rash spread to both arms overnight.' }],
    forbidden: NOISE,
  },
  {
    name: 'overlay system lines (connecting, caption language) are not speech',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [RAJ]),
    async play(p) {
      const item = el(ui(p), '<span class="live-transcription-subtitle__item">Connecting</span>');
      row(p).appendChild(item);
      await p.sleep(300);
      item.textContent = 'Captions will be shown in English (US)';
      await p.sleep(400);
      item.remove();
      await speak(p, RAJ, 'The pharmacy said it needs a new authorization.');
    },
    leave(p) {
      const r = ui(p).querySelector('#live-transcription-subtitle');
      if (r) r.replaceChildren(el(ui(p), '<span class="live-transcription-subtitle__item">You have left the meeting</span>'));
      leave(p);
    },
    expected: [{ speaker: { key: 'raj' }, text: 'The pharmacy said it needs a new authorization.' }],
    textOnly: true,
    forbidden: NOISE,
  },
  {
    name: 'overlay captions turned off (box removed) and on again (a new box)',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [ANA, DOC_INI]),
    async play(p) {
      await speak(p, ANA, 'Is it normal to feel this tired?');
      await p.sleep(300);
      ui(p).querySelector('.live-transcription-subtitle__box')!.remove();
      await p.sleep(700);
      q(ui(p), '#wc-container').appendChild(el(ui(p), OVERLAY));
      await speak(p, DOC_INI, 'For the first two weeks, yes.');
    },
    leave,
    expected: [
      { speaker: { key: 'ana' }, text: 'Is it normal to feel this tired?' },
      { speaker: { key: 'doc' }, text: 'For the first two weeks, yes.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'overlay re-punctuation: Zoom rewrites punctuation and the trailing word in place',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [ANA]),
    async play(p) {
      for (const t of ['I think', 'I think the new', 'I think the new pills. Are', 'I think the new pills are work', 'I think the new pills are working.', 'I think the new pills are working. Mostly.']) {
        show(p, ANA, t);
        await p.sleep(100);
      }
    },
    leave,
    expected: [{ speaker: { key: 'ana' }, text: 'I think the new pills are working. Mostly.' }],
    loose: true,
    forbidden: NOISE,
  },
  {
    name: 'transcript panel: name headers, continuation rows without a name, letter avatars, timestamps',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(PANEL + OVERLAY),
    async play(p) {
      await panelTurns(p, [
        [SELF, 'Good afternoon Krystian.'],
        [SELF, 'What would you like to focus on today?'],
        ['Krystian Nowak', 'My sleep mostly.'],
        ['Krystian Nowak', 'I wake up every two hours.'],
        [SELF, 'Let us start there.'],
      ]);
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Good afternoon Krystian. What would you like to focus on today?' },
      { speaker: 'Krystian Nowak', role: 'patient', text: 'My sleep mostly. I wake up every two hours.' },
      { speaker: SELF, role: 'clinician', text: 'Let us start there.' },
    ],
    forbidden: [...NOISE, 'KKrystian', 'WDr', '10:00'],
  },
  {
    name: 'transcript panel in Polish: the ASR re-punctuates and re-spells the last row',
    url: URL,
    selfNames: ['Dr. Zofia Wiśniewska'],
    body: pageHtml(PANEL.replace('Live Transcription List', 'Transkrypcja')),
    async play(p) {
      const m = panelRow(p, 'Paweł Żółkiewski', 'Dobry');
      await growRow(p, m, 'Dobry wszystkim, jak mnie. Słych.', 'Dobry wszystkim. Jak mnie słychać.');
      await p.sleep(300);
      const m2 = panelRow(p, 'Dr. Zofia Wiśniewska', 'Słyszę');
      await growRow(p, m2, 'Słyszę pana bardzo dobrze.');
    },
    leave,
    expected: [
      { speaker: 'Paweł Żółkiewski', role: 'patient', text: 'Dobry wszystkim. Jak mnie słychać.' },
      { speaker: 'Dr. Zofia Wiśniewska', role: 'clinician', text: 'Słyszę pana bardzo dobrze.' },
    ],
  },
  {
    name: 'transcript panel is virtualised: a row element is recycled for a later utterance',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(PANEL),
    async play(p) {
      await panelTurns(p, [
        [SELF, 'Did the physical therapy help?'],
        ['Lena Vogel', 'A little, the stiffness is less.'],
      ]);
      await p.sleep(400);
      // Scrolling: the first row element is reused at the bottom for a new utterance.
      const panel = q(ui(p), '#full-transcription');
      const reused = panel.firstElementChild as HTMLElement;
      panel.appendChild(reused);
      q(reused, '.lt-full-transcript__display-name').textContent = SELF;
      q(reused, '.lt-full-transcript__time').textContent = stamp();
      const msg = q(reused, '.lt-full-transcript__message');
      (msg.firstChild as Text).data = 'Keep';
      await growRow(p, msg, 'Keep doing the exercises twice a day.');
      await panelTurns(p, [['Lena Vogel', 'I will, thank you.']]);
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Did the physical therapy help?' },
      { speaker: 'Lena Vogel', role: 'patient', text: 'A little, the stiffness is less.' },
      { speaker: SELF, role: 'clinician', text: 'Keep doing the exercises twice a day.' },
      { speaker: 'Lena Vogel', role: 'patient', text: 'I will, thank you.' },
    ],
  },
  {
    name: 'panel open while the overlay also shows the same words: each word once',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(PANEL + OVERLAY, [ANA, DOC_INI]),
    async play(p) {
      const turns: [Who, string][] = [
        [ANA, 'I have been checking my pressure at home.'],
        [DOC_INI, 'What readings are you getting?'],
        [ANA, 'Around one thirty over eighty five.'],
      ];
      for (const [w, text] of turns) {
        const msg = panelRow(p, w.name, text.split(' ')[0]!);
        const words = text.split(' ');
        for (let i = 1; i <= words.length; i++) {
          const part = words.slice(0, i).join(' ');
          (msg.firstChild as Text).data = part;
          show(p, w, part);
          await p.sleep(80);
        }
        await p.sleep(200);
      }
    },
    leave,
    expected: [
      { speaker: 'Ana Souza', role: 'patient', text: 'I have been checking my pressure at home.' },
      { speaker: SELF, role: 'clinician', text: 'What readings are you getting?' },
      { speaker: 'Ana Souza', role: 'patient', text: 'Around one thirty over eighty five.' },
    ],
  },
  {
    name: 'meeting started with /wc/<id>/start on a vanity subdomain, right-to-left speech',
    url: 'https://clinic-example.zoom.us/wc/98765432101/start',
    selfNames: [SELF],
    body: pageHtml(PANEL),
    async play(p) {
      await panelTurns(p, [
        [SELF, 'How is the breathing today?'],
        ['נועה לוי', 'הנשימה קצת יותר טובה היום.'],
      ]);
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How is the breathing today?' },
      { speaker: 'נועה לוי', role: 'patient', text: 'הנשימה קצת יותר טובה היום.' },
    ],
  },
  {
    name: 'transcript panel drops its top rows: continuation rows outlive their name header',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(PANEL),
    async play(p) {
      const panel = q(ui(p), '#full-transcription');
      const turns: [string, string][] = [
        [SELF, 'Let us go over the plan.'],
        ['Hugo Laurent', 'Okay.'],
        ['Hugo Laurent', 'I have my notes here.'],
        ['Hugo Laurent', 'The first thing is the diet.'],
        ['Hugo Laurent', 'The second is the walking.'],
        [SELF, 'Good, start with the diet.'],
      ];
      let last = '';
      for (const [who, what] of turns) {
        const msg = panelRow(p, who === last ? null : who, what.split(' ')[0]!);
        last = who;
        await growRow(p, msg, what);
        while (panel.children.length > 2) panel.firstElementChild!.remove();
      }
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Let us go over the plan.' },
      { speaker: 'Hugo Laurent', role: 'patient', text: 'Okay. I have my notes here. The first thing is the diet. The second is the walking.' },
      { speaker: SELF, role: 'clinician', text: 'Good, start with the diet.' },
    ],
  },
  {
    name: 'overlay interleaving after a long monologue: the return shows an already rolled window',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY, [ANA, DOC_INI]),
    async play(p) {
      const a1 = 'I wanted to tell you that since we changed the dose I have been sleeping through the night most days and the morning headaches are almost gone';
      await speak(p, ANA, a1, '', 100, 40);
      await p.sleep(300);
      await speak(p, DOC_INI, 'That is great news.');
      await p.sleep(300);
      await speak(p, ANA, 'except on Mondays.', a1, 100);
    },
    leave,
    expected: [
      { speaker: { key: 'ana' }, text: 'I wanted to tell you that since we changed the dose I have been sleeping through the night most days and the morning headaches are almost gone' },
      { speaker: { key: 'doc' }, text: 'That is great news.' },
      { speaker: { key: 'ana' }, text: 'except on Mondays.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'the transcript panel opens while the overlay runs: history once, the row the overlay never showed kept',
    url: URL,
    selfNames: [SELF],
    body: pageHtml(OVERLAY + '<div id="side-panel"></div>', [ANA, DOC_IMG]),
    async play(p) {
      await speak(p, ANA, 'My sugar was high twice this week.');
      await p.sleep(700);
      // "View full transcript": the panel renders the history, and the doctor's reply is already in
      // it before the overlay shows it (the overlay lags the panel).
      q(ui(p), '#side-panel').innerHTML = PANEL;
      panelRow(p, 'Ana Souza', 'My sugar was high twice this week.');
      panelRow(p, SELF, 'How high were the readings?');
      await p.sleep(500);
      const m = panelRow(p, 'Ana Souza', 'Around');
      await growRow(p, m, 'Around two hundred after dinner.');
    },
    leave,
    expected: [
      { speaker: 'Ana Souza', role: 'patient', text: 'My sugar was high twice this week.' },
      { speaker: SELF, role: 'clinician', text: 'How high were the readings?' },
      { speaker: 'Ana Souza', role: 'patient', text: 'Around two hundred after dinner.' },
    ],
    loose: true,
  },
];
