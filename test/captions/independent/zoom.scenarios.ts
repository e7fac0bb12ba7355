// Zoom web client scenarios written from caption-platforms.md §3 (not from product fixtures).
import { el, q, type Page, type Scenario } from './kit.ts';

const URL = 'https://app.zoom.us/wc/84512345678/join?fromPWA=1';
const US04 = 'https://us04web.zoom.us/wc/84512345678/start';
const ALICE_SRC = 'https://us04file.zoom.us/p/xyz/alice-photo.jpg';
const TOM_SRC = 'https://us04file.zoom.us/p/xyz/tom-photo.jpg';

/** In-call marker: the leave button in the footer (§3.1). Also `#audioOptionMenu`. */
const footer = `<div id="wc-footer" class="footer"><div class="footer__inner">
  <button id="audioOptionMenu" aria-label="More audio controls">^</button>
  <div class="footer__leave-btn-container"><button class="footer__leave-btn" aria-label="Leave">Leave</button></div></div></div>`;

/** Participant tiles: name next to the avatar's parent (the lookup TT does for overlay images). */
const tiles = `<div class="gallery-video-container__main-view">
  <div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${ALICE_SRC}" alt=""></div><span class="video-avatar__avatar-footer">Dr. Alice Smith</span></div>
  <div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${TOM_SRC}" alt=""></div><span class="video-avatar__avatar-footer">Tom Baker</span></div>
  <div class="video-avatar__avatar"><div class="video-avatar__avatar-initial">DS</div><span class="video-avatar__avatar-footer">Dmitri Sokolov</span></div>
</div>`;

const overlay = `<div class="live-transcription-subtitle__box" role="presentation"></div>`;

const meetingShell = (inner: string, withTiles = true) =>
  `<div id="zmmtg-root"><div class="meeting-app"><div id="wc-container" class="meeting-client">${withTiles ? tiles : ''}${inner}${footer}</div></div></div>`;

function leave(p: Page) {
  const d = (p.doc.querySelector<HTMLIFrameElement>('iframe#webclient')?.contentDocument) ?? p.doc;
  d.getElementById('wc-footer')?.remove();
  const box = d.querySelector('.live-transcription-subtitle__box');
  if (box) box.innerHTML = `<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item">You have left the meeting</span></div>`;
}

/** The overlay's one rolling row: avatar (img or initials span) + one text span rewritten in place. */
function overlayRow(d: Document, box: Element) {
  let row = box.querySelector('#live-transcription-subtitle');
  if (!row) {
    row = el(d, `<div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div>`);
    box.appendChild(row);
  }
  const item = q(row, '.live-transcription-subtitle__item');
  const setAvatar = (who: { src?: string; initials?: string } | null) => {
    if (item.previousElementSibling) item.previousElementSibling.remove();
    if (!who) return;
    row!.insertBefore(who.src ? el(d, `<img src="${who.src}" alt="">`) : el(d, `<span>${who.initials}</span>`), item);
  };
  return { item, setAvatar };
}

/** Speaks `words` into the overlay with a ~120-char rolling window that drops leading words. */
async function roll(p: Page, item: Element, prior: string[], words: string[], stepMs = 80) {
  const all = [...prior];
  for (const w of words) {
    all.push(w);
    let shown = all.join(' ');
    while (shown.length > 120) shown = shown.slice(shown.indexOf(' ') + 1);
    item.textContent = shown;
    await p.sleep(stepMs);
  }
  return all;
}

const A1 = 'Okay so your blood pressure today is a little higher than last time and I would like to understand what has changed at home recently';
const B1 = 'I have been sleeping badly because of the new job';
const A2 = 'That makes sense and stress can raise it for a while';

const overlayOnly: Scenario = {
  name: 'zoom overlay only: img/initials avatar, system line, rolling window, interleave returns',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: meetingShell(overlay),
  async play(p) {
    const box = q(p.doc, '.live-transcription-subtitle__box');
    const row = overlayRow(p.doc, box);
    row.item.textContent = 'Captions will be shown in English (US)';
    await p.sleep(1200);
    row.setAvatar({ src: ALICE_SRC });
    const a = await roll(p, row.item, [], A1.split(' '));
    await p.sleep(300);
    row.setAvatar({ initials: 'DS' });
    row.item.textContent = '';
    await roll(p, row.item, [], B1.split(' '));
    await p.sleep(300);
    // Back to the earlier speaker: the overlay shows their accumulated tail, then new words.
    row.setAvatar({ src: ALICE_SRC });
    await roll(p, row.item, a, A2.split(' '));
  },
  leave,
  expected: [
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: A1 },
    { speaker: 'Dmitri Sokolov', role: 'patient', text: B1 },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: A2 },
  ],
  forbidden: ['Captions will be shown', 'English (US)', 'left the meeting', 'DS', 'Leave'],
  // (the speaker label may be initials: the overlay carries no name, §3.3)
};

/** The initials bubble first, the photo a moment later, same speech (§3.3 flapping). */
function flap(withTiles: boolean): Scenario {
  return {
    name: `zoom overlay: initials then photo for the same speaker, text continues (${withTiles ? 'with' : 'no'} tiles)`,
    url: US04,
    selfNames: ['Dr. Alice Smith'],
    body: meetingShell(overlay, withTiles),
    async play(p) {
      const row = overlayRow(p.doc, q(p.doc, '.live-transcription-subtitle__box'));
      row.setAvatar({ initials: 'TB' });
      const words = 'My left knee clicks when I climb the stairs at home'.split(' ');
      const first = await roll(p, row.item, [], words.slice(0, 3));
      row.setAvatar({ src: TOM_SRC });
      const all = await roll(p, row.item, first, words.slice(3));
      await p.sleep(300);
      row.setAvatar({ src: ALICE_SRC });
      row.item.textContent = '';
      await roll(p, row.item, [], 'Does it swell afterwards'.split(' '));
      await p.sleep(300);
      row.setAvatar({ src: TOM_SRC });
      await roll(p, row.item, all, 'Only a little'.split(' '));
    },
    leave,
    expected: [
      { speaker: withTiles ? 'Tom Baker' : { key: 'T' }, role: 'patient', text: 'My left knee clicks when I climb the stairs at home' },
      { speaker: withTiles ? 'Dr. Alice Smith' : { key: 'A' }, role: withTiles ? 'clinician' : 'other', text: 'Does it swell afterwards' },
      { speaker: withTiles ? 'Tom Baker' : { key: 'T' }, role: 'patient', text: 'Only a little' },
    ],
  };
}

// ---- full transcript panel (§3.4) ----

type Row = { name?: string; letter?: string; time: string; text: string };

/** A panel row. `nested` puts the --first class on a title element holding letter avatar + name. */
function panelRow(d: Document, r: Row, nested: boolean) {
  const first = r.name !== undefined;
  const avatar = r.letter ? `<div class="lt-full-transcript__avatar"><span class="lt-full-transcript__avatar-letter">${r.letter}</span></div>` : `<div class="lt-full-transcript__avatar"><img src="${ALICE_SRC}" alt=""></div>`;
  const html = nested
    ? `<div class="lt-full-transcript__item" role="listitem">${first ? `<div class="lt-full-transcript__title lt-full-transcript__title--first">${avatar}<span class="lt-full-transcript__display-name">${r.name}</span><span class="lt-full-transcript__time">${r.time}</span></div>` : `<div class="lt-full-transcript__title"><span class="lt-full-transcript__time">${r.time}</span></div>`}<div class="lt-full-transcript__message">${r.text}</div></div>`
    : `<div class="lt-full-transcript__item${first ? ' lt-full-transcript__title--first' : ''}" role="listitem">${first ? avatar + `<span class="lt-full-transcript__display-name">${r.name}</span>` : ''}<span class="lt-full-transcript__time">${r.time}</span><div class="lt-full-transcript__message">${r.text}</div></div>`;
  return el(d, html);
}

/** Appends a row whose message arrives in pieces, then is re-punctuated in place by the ASR. */
async function panelSay(p: Page, list: Element, r: Row, nested: boolean, final?: string) {
  const words = r.text.split(' ');
  const row = panelRow(list.ownerDocument, { ...r, text: words.slice(0, 2).join(' ') }, nested);
  list.appendChild(row);
  const msg = q(row, '.lt-full-transcript__message');
  for (let i = 4; i < words.length + 2; i += 2) {
    msg.textContent = words.slice(0, i).join(' ');
    await p.sleep(120);
  }
  if (final) {
    msg.textContent = final;
    await p.sleep(120);
  }
  return row;
}

/** The overlay mirrors the panel's latest line (both are on screen together). */
async function mirror(p: Page, d: Document, text: string) {
  const box = d.querySelector('.live-transcription-subtitle__box');
  if (!box) return;
  const row = overlayRow(d, box);
  row.setAvatar({ src: ALICE_SRC });
  row.item.textContent = text.slice(-120);
}

function panelScenario(name: string, url: string, nested: boolean, inIframe: boolean, late = false): Scenario {
  const panel = `<div class="lt-full-transcript-container"><div class="lt-full-transcript__header">Transcript</div>
    <div aria-label="Live Transcription List" class="new-lt-list-container lt-full-transcript" id="full-transcription" role="list"></div></div>`;
  const inner = meetingShell(overlay + panel);
  const docOf = (p: Page) => (inIframe ? p.doc.querySelector<HTMLIFrameElement>('iframe#webclient')!.contentDocument! : p.doc);
  const fill = (p: Page) => {
    docOf(p).body.innerHTML = inner;
  };
  return {
    name,
    url,
    selfNames: ['Krystian Nowak'],
    body: inIframe ? `<div id="zoom-top"><iframe id="webclient" title="Zoom web client"></iframe></div>` : inner,
    prepare: late ? undefined : fill,
    async play(p) {
      if (late) {
        await p.sleep(600);
        fill(p);
      }
      const d = docOf(p);
      const list = q(d, '#full-transcription');
      const k = { name: 'Krystian Nowak', letter: 'K' };
      await panelSay(p, list, { ...k, time: '22:08:58', text: 'Dobry wszystkim, jak mnie. Słych.' }, nested, 'Dobry wszystkim. Jak mnie słychać.');
      await mirror(p, d, 'Dobry wszystkim. Jak mnie słychać.');
      await panelSay(p, list, { time: '22:09:02', text: 'Let us start with your test results' }, nested);
      await panelSay(p, list, { name: 'Ewa Zielinska', letter: 'E', time: '22:09:10', text: 'yes I got them yesterday' }, nested, 'Yes, I got them yesterday.');
      await mirror(p, d, 'Yes, I got them yesterday.');
      await panelSay(p, list, { time: '22:09:14', text: 'but I did not understand the numbers' }, nested, 'But I did not understand the numbers.');
      await p.sleep(900);
      // Virtualised list: the top rows scroll out and their elements are reused for new lines at
      // the tail (the first keeps its name header, the second is a continuation row).
      const recycle = async (row: Element, time: string, text: string) => {
        row.remove();
        q(row, '.lt-full-transcript__message').textContent = text;
        const t = row.querySelector('.lt-full-transcript__time');
        if (t) t.textContent = time;
        list.appendChild(row);
        await mirror(p, d, text);
        await p.sleep(500);
      };
      await recycle(list.children[0]!, '22:09:21', 'That is fine, I will explain them.');
      await recycle(list.children[0]!, '22:09:25', 'The first one is your cholesterol.');
    },
    leave,
    expected: [
      { speaker: 'Krystian Nowak', role: 'clinician', text: 'Dobry wszystkim. Jak mnie słychać. Let us start with your test results' },
      { speaker: 'Ewa Zielinska', role: 'patient', text: 'Yes, I got them yesterday. But I did not understand the numbers.' },
      { speaker: 'Krystian Nowak', role: 'clinician', text: 'That is fine, I will explain them. The first one is your cholesterol.' },
    ],
    forbidden: ['KKrystian', 'EEwa', '22:0', 'Transcript', 'Leave'],
  };
}


/** Captions first on the overlay, then the user opens "View full transcript": the panel shows the
 * history already captured from the overlay, then new rows (§3.4). */
const overlayThenPanel: Scenario = {
  name: 'zoom: overlay first, then the full-transcript panel opens with history',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: meetingShell(overlay + '<div id="panel-host"></div>'),
  loose: true, // the panel's punctuation may be taken over as a revision of the overlay's line
  async play(p) {
    const row = overlayRow(p.doc, q(p.doc, '.live-transcription-subtitle__box'));
    row.setAvatar({ src: TOM_SRC });
    await roll(p, row.item, [], 'I checked my sugar twice today'.split(' '));
    await p.sleep(900);
    q(p.doc, '#panel-host').innerHTML = `<div id="full-transcription" class="lt-full-transcript" aria-label="Live Transcription List"></div>`;
    const list = q(p.doc, '#full-transcription');
    list.appendChild(panelRow(p.doc, { name: 'Tom Baker', letter: 'T', time: '09:14:02', text: 'I checked my sugar twice today.' }, false));
    await p.sleep(400);
    await panelSay(p, list, { name: 'Dr. Alice Smith', letter: 'D', time: '09:14:09', text: 'What were the numbers' }, false, 'What were the numbers?');
    row.setAvatar({ src: ALICE_SRC });
    row.item.textContent = 'What were the numbers?';
  },
  leave,
  expected: [
    { speaker: 'Tom Baker', role: 'patient', text: 'I checked my sugar twice today' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'What were the numbers?' },
  ],
  forbidden: ['09:14'],
};

export const zoomScenarios: Scenario[] = [
  overlayOnly,
  overlayThenPanel,
  flap(true),
  flap(false),
  panelScenario('zoom panel (top document, row-level --first, overlay also showing)', URL, false, false),
  panelScenario('zoom panel (top document, nested title--first, letter avatar)', US04, true, false),
  panelScenario('zoom panel inside same-origin iframe#webclient', URL, true, true),
  panelScenario('zoom panel iframe filled after capture starts', US04, false, true, true),
];
