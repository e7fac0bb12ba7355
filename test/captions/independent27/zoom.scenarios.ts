// Round 27, Zoom web client: deployment and URL variants, each on an ordinary clinician-patient call.
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §1 (cross-platform summary: Zoom URL shapes `app.zoom.us/wc/<id>/join`, `*.zoom.us/wc/<id>/…`),
//   §3.1 (URL patterns: `/wc/<8-12 digit id>/join` or `/start`, `?fromPWA=1`, `zoom.us`, vanity and
//        regional subdomains such as `us04web.zoom.us`, `app.zoom.us`; same-origin `<iframe id="webclient">`
//        vs. top-document builds detected by `#live-transcription-subtitle` / `#full-transcription` /
//        `#zmmtg-root` / `#wc-container`; in-call markers `#audioOptionMenu` and
//        `#wc-footer .footer__leave-btn-container button`),
//   §3.2 (turning captions on: "Show Captions" toolbar button in some builds),
//   §3.3 (overlay: one persistent `#live-transcription-subtitle` row, avatar `<img alt="">` or initials
//        `<span>`, text rewritten in place with a rolling ~100-150 char window, no speaker name,
//        avatar flap initials → img, returning speaker shows their ACCUMULATED window, system lines),
//   §3.4 (full transcript panel: `.lt-full-transcript__*` rows, name header only on the first row of a
//        group, letter avatar, timestamps, re-punctuation / re-spelled trailing word, recycled rows),
//   §7 (Zoom for Healthcare uses the same web client, so §3 applies),
//   §8 (noise filters: Zoom status lines, timestamps in panel rows, doubled avatar initials),
//   §9 (fixture checklist: img vs initials avatar, top-document vs iframe `#webclient`, captions off/on).
// URL forms not documented by the research (hash fragments, a Zoom-for-Healthcare-specific domain,
// self-hosted deployments, extra join parameters other than `fromPWA=1`) are deliberately not used.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 95;
const TURN_GAP = 450;

// ---------------------------------------------------------------------------------------------
// Overlay driver (§3.3): one persistent row; avatar swapped on speaker change; the text node of
// `.live-transcription-subtitle__item` rewritten in place as a rolling window (old words drop off the
// front); a speaker who comes back is shown with their accumulated tail first, then new words.
// ---------------------------------------------------------------------------------------------
const WINDOW = 130;

function tail(s: string): string {
  const words = s.split(' ');
  while (words.length > 1 && words.join(' ').length > WINDOW) words.shift();
  return words.join(' ');
}

type Avatar = { img: string } | { initials: string };

interface Overlay {
  box: HTMLElement;
  row: HTMLElement;
  text: Text;
  acc: Map<string, string>;
  cur: string | null;
}

function avatarNode(doc: Document, av: Avatar): HTMLElement {
  return 'img' in av ? el(doc, `<img src="${av.img}" alt="">`) : el(doc, `<span>${av.initials}</span>`);
}

/** Builds the overlay box inside `host`; `notice` is an optional status line shown before anyone speaks. */
function mountOverlay(doc: Document, host: Element, notice = ''): Overlay {
  const box = el(doc, `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div></div>`);
  const row = q(box, '#live-transcription-subtitle');
  const text = doc.createTextNode(notice);
  q(row, '.live-transcription-subtitle__item').appendChild(text);
  host.appendChild(box);
  return { box, row, text, acc: new Map(), cur: null };
}

function setAvatar(o: Overlay, doc: Document, av: Avatar) {
  const first = o.row.firstElementChild;
  const node = avatarNode(doc, av);
  if (first && !first.classList.contains('live-transcription-subtitle__item')) o.row.replaceChild(node, first);
  else o.row.insertBefore(node, first);
}

/**
 * One turn in the overlay. `flap` replaces the avatar (same speaker) after that many words, the way
 * the photo avatar loads a moment after the initials bubble.
 */
async function say(p: Page, o: Overlay, doc: Document, key: string, av: Avatar, sentence: string, flap?: { at: number; to: Avatar }) {
  const words = sentence.split(' ');
  const base = o.acc.get(key) ?? '';
  const join = (i: number) => [base, ...words.slice(0, i)].filter(Boolean).join(' ');
  let from = 1;
  if (o.cur !== key) {
    // Avatar swap and first text write happen together (one task), as one re-render.
    setAvatar(o, doc, av);
    if (base) {
      o.text.data = tail(base); // overlay returns showing the earlier speaker's accumulated window
      from = 1;
    } else {
      o.text.data = tail(join(1));
      from = 2;
    }
    o.cur = key;
    await p.sleep(STEP);
  }
  for (let i = from; i <= words.length; i++) {
    if (flap && i === flap.at) setAvatar(o, doc, flap.to);
    o.text.data = tail(join(i));
    await p.sleep(STEP);
  }
  o.acc.set(key, tail(join(words.length)));
  await p.sleep(TURN_GAP);
}

// ---------------------------------------------------------------------------------------------
// Scenario 1: app.zoom.us, `/wc/<id>/join?fromPWA=1`, iframe `#webclient`, photo avatars.
// ---------------------------------------------------------------------------------------------
const S1_CLIN_IMG = 'https://us05web.zoom.us/p/v2/abc123clinician/avatar.jpg';
const S1_PT_IMG = 'https://us05web.zoom.us/p/v2/def456patient/avatar.jpg';

const s1Turns: [string, string][] = [
  ['clin', 'Hello Mrs. Alvarez, can you hear me clearly on your end?'],
  ['pt', 'Yes, I can hear you fine. Good morning, doctor.'],
  ['clin', 'Good morning. How is the incision on your knee healing this week?'],
  [
    'pt',
    'It looks better than last week. The redness has mostly gone down, there is no more drainage, and I have been changing the dressing every evening like the nurse showed me.',
  ],
  ['clin', 'That sounds right. Any fever or chills since we last spoke?'],
  ['pt', 'No fever at all. Just some stiffness when I wake up.'],
  ['clin', 'Stiffness is normal. Keep doing the exercises twice a day.'],
  ['pt', 'Okay, I will. Thank you so much, doctor.'],
];

function iframeDoc(p: Page): Document {
  const frame = q<HTMLIFrameElement>(p.doc, 'iframe#webclient');
  const d = frame.contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no contentDocument');
  return d;
}

const MEETING_UI = `
  <div id="zmmtg-root">
    <div id="wc-container">
      <div class="meeting-app"><div class="video-avatar__avatar"></div></div>
      <div id="audioOptionMenu" role="menu" aria-label="Audio options"></div>
      <div id="wc-footer">
        <div class="footer__leave-btn-container"><button type="button" aria-label="Leave">Leave</button></div>
      </div>
    </div>
  </div>`;

const s1: Scenario = {
  // Tests: the main app.zoom.us host with the web-client join path and the PWA parameter that TT's
  // rules.json redirect produces from a `zoom.us/j/<id>` link (§3.1), with the meeting UI inside the
  // same-origin `<iframe id="webclient">` (§3.1) and a bottom overlay using photo avatars (alt="") for
  // both speakers (§3.3). Eight alternating turns; one patient turn is longer than the ~130-char
  // window, so its leading words roll off the front; every returning speaker first re-appears with
  // their accumulated window (§3.3 interleaving). No names are in the DOM, so speakers are {key}s and
  // no role is asserted (the overlay gives no way to tell the local user).
  // Assumptions (research silent): the iframe has no src in the fixture (about:blank, same-origin) and
  // is filled before capture starts; leaving removes the in-call markers and the caption box inside the
  // frame; the avatar URL host is illustrative (only the fact "photo avatar img" is from research).
  name: 'zoom r27: app.zoom.us /wc/<id>/join?fromPWA=1 in #webclient iframe, photo-avatar overlay',
  url: 'https://app.zoom.us/wc/81234567890/join?fromPWA=1',
  selfNames: ['Dr. Helen Ortiz'],
  body: `<div id="root"><iframe id="webclient" title="Zoom web client"></iframe></div>`,
  prepare(p) {
    const d = iframeDoc(p);
    d.body.innerHTML = MEETING_UI;
  },
  async play(p) {
    const d = iframeDoc(p);
    const o = mountOverlay(d, q(d, '#wc-container'));
    await p.sleep(200);
    for (const [who, text] of s1Turns) {
      await say(p, o, d, who, { img: who === 'clin' ? S1_CLIN_IMG : S1_PT_IMG }, text);
    }
  },
  leave(p) {
    const d = iframeDoc(p);
    d.querySelector('#audioOptionMenu')?.remove();
    d.querySelector('#wc-footer')?.remove();
    d.querySelector('.live-transcription-subtitle__box')?.remove();
  },
  expected: s1Turns.map(([who, text]) => ({ speaker: { key: who }, text })),
  forbidden: ['avatar.jpg', 'https://'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 2: regional us04web.zoom.us, `/wc/<id>/start` (host), full transcript panel in the iframe.
// ---------------------------------------------------------------------------------------------
const CLIN2 = 'Dr. Priya Raman';
const PT2 = 'Marcus Bell';
const CLIN2_IMG = 'https://us04web.zoom.us/p/v2/priya-raman/avatar.png';

interface PanelTurn {
  name: string;
  /** Continuation row of the same speaker's group: no avatar, no name header. */
  cont?: boolean;
  time: string;
  /** Words as the ASR first writes them. */
  text: string;
  /** The ASR's later rewrite of the same row (re-punctuation, re-spelled trailing word). */
  final?: string;
}

const s2Turns: PanelTurn[] = [
  { name: CLIN2, time: '14:05:02', text: 'Good afternoon Marcus, thanks for joining from home today.' },
  { name: PT2, time: '14:05:07', text: 'Hi doctor, happy to be here. The video is working fine.' },
  { name: CLIN2, time: '14:05:12', text: 'Great. How have your blood sugar readings been this past week?' },
  { name: PT2, time: '14:05:18', text: 'Mostly between one twenty and one fifty in the mornings.' },
  { name: PT2, cont: true, time: '14:05:23', text: 'A little higher after dinner though.' },
  {
    name: CLIN2,
    time: '14:05:27',
    text: 'Any dizziness, or shakiness. When you skip mea',
    final: 'Any dizziness or shakiness when you skip meals?',
  },
  { name: PT2, time: '14:05:33', text: 'No dizziness. I have been eating regular meals.' },
  { name: CLIN2, time: '14:05:38', text: 'Good. Keep taking the metformin twice a day with food.' },
  // Played in the recycled first row element (§3.4 virtualised list).
  { name: PT2, time: '14:05:44', text: 'Okay, I will. Should I book another visit next month?' },
  { name: CLIN2, time: '14:05:50', text: 'Yes, the front desk will send you a link. Take care, Marcus.' },
];

function panelAvatar(d: Document, name: string): HTMLElement {
  return name === CLIN2 ? el(d, `<img src="${CLIN2_IMG}" alt="">`) : el(d, `<span>${name.charAt(0)}</span>`);
}

function panelRow(d: Document, t: PanelTurn): { row: HTMLElement; msg: Text } {
  const row = t.cont
    ? el(d, `<div class="lt-full-transcript__item"><span class="lt-full-transcript__time">${t.time}</span><div class="lt-full-transcript__message"></div></div>`)
    : el(
        d,
        `<div class="lt-full-transcript__item lt-full-transcript__title--first"><div class="lt-full-transcript__avatar"></div><span class="lt-full-transcript__display-name">${t.name}</span><span class="lt-full-transcript__time">${t.time}</span><div class="lt-full-transcript__message"></div></div>`,
      );
  if (!t.cont) q(row, '.lt-full-transcript__avatar').appendChild(panelAvatar(d, t.name));
  const msg = d.createTextNode('');
  q(row, '.lt-full-transcript__message').appendChild(msg);
  return { row, msg };
}

async function growRow(p: Page, msg: Text, t: PanelTurn) {
  const words = t.text.split(' ');
  for (let i = 2; i <= words.length; i++) {
    msg.data = words.slice(0, i).join(' ');
    await p.sleep(STEP);
  }
  if (t.final !== undefined) {
    await p.sleep(250);
    msg.data = t.final;
    await p.sleep(STEP);
  }
  await p.sleep(TURN_GAP);
}

const s2: Scenario = {
  // Tests: a regional sub-domain (`us04web.zoom.us`, the host ZWC verified live, §3.1/§3.4) on the
  // `/wc/<id>/start` path (the host's start form that TT redirects `/s/<id>` links to), with a 10-digit
  // meeting id, inside the `#webclient` iframe, read from the full-transcript side panel whose rows
  // carry names. Covers: a same-speaker continuation row with no name header (inherit the speaker),
  // a letter avatar next to the name (must not give "MMarcus"), timestamps in every row (noise),
  // one row re-punctuated with a re-spelled trailing word ("mea" → "meals?"), and the virtualised list
  // recycling the oldest row element for a new utterance (all its text rewritten, moved to the end).
  // The clinician is the local user (selfNames) whose name is in the panel, so role=clinician is set
  // for their rows; the patient's role is left unasserted.
  // Assumptions (research silent): panel messages grow word by word through characterData; the bottom
  // overlay is not rendered in this build while the panel is open; a recycled row is moved to the end
  // of the container in the same task as its text rewrite; 9 turns + 1 continuation row.
  name: 'zoom r27: us04web.zoom.us /wc/<id>/start in #webclient iframe, full transcript panel',
  url: 'https://us04web.zoom.us/wc/8451234567/start',
  selfNames: [CLIN2],
  body: `<div id="root"><iframe id="webclient" title="Zoom web client"></iframe></div>`,
  prepare(p) {
    const d = iframeDoc(p);
    d.body.innerHTML = MEETING_UI;
    q(d, '#wc-container').appendChild(
      el(d, `<div class="transcript-panel"><div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div></div>`),
    );
  },
  async play(p) {
    const d = iframeDoc(p);
    const list = q(d, '#full-transcription');
    await p.sleep(200);
    for (let i = 0; i < s2Turns.length; i++) {
      const t = s2Turns[i]!;
      const first = t.text.split(' ')[0]!;
      let msg: Text;
      if (i === 8) {
        // Recycle the oldest (title) row element: rewrite all its parts, move it to the end.
        const row = list.firstElementChild as HTMLElement;
        const av = q(row, '.lt-full-transcript__avatar');
        av.replaceChildren(panelAvatar(d, t.name));
        q(row, '.lt-full-transcript__display-name').textContent = t.name;
        q(row, '.lt-full-transcript__time').textContent = t.time;
        const m = q(row, '.lt-full-transcript__message');
        msg = m.firstChild as Text;
        msg.data = first;
        list.appendChild(row);
      } else {
        const r = panelRow(d, t);
        msg = r.msg;
        msg.data = first;
        list.appendChild(r.row);
      }
      await p.sleep(STEP);
      await growRow(p, msg, t);
    }
  },
  leave(p) {
    const d = iframeDoc(p);
    d.querySelector('#audioOptionMenu')?.remove();
    d.querySelector('#wc-footer')?.remove();
    d.querySelector('.transcript-panel')?.remove();
  },
  expected: [
    { speaker: CLIN2, role: 'clinician', text: 'Good afternoon Marcus, thanks for joining from home today.' },
    { speaker: PT2, text: 'Hi doctor, happy to be here. The video is working fine.' },
    { speaker: CLIN2, role: 'clinician', text: 'Great. How have your blood sugar readings been this past week?' },
    { speaker: PT2, text: 'Mostly between one twenty and one fifty in the mornings. A little higher after dinner though.' },
    { speaker: CLIN2, role: 'clinician', text: 'Any dizziness or shakiness when you skip meals?' },
    { speaker: PT2, text: 'No dizziness. I have been eating regular meals.' },
    { speaker: CLIN2, role: 'clinician', text: 'Good. Keep taking the metformin twice a day with food.' },
    { speaker: PT2, text: 'Okay, I will. Should I book another visit next month?' },
    { speaker: CLIN2, role: 'clinician', text: 'Yes, the front desk will send you a link. Take care, Marcus.' },
  ],
  loose: true,
  forbidden: ['14:05', 'MMarcus', 'Live Transcription', 'avatar.png'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 3: vanity sub-domain (Zoom for Healthcare account), top-document build, initials overlay.
// ---------------------------------------------------------------------------------------------
const s3Visible: { who: 'clin' | 'pt'; av: Avatar; text: string; flap?: { at: number; to: Avatar } }[] = [];
const S3_PT_IMG = 'https://riversidehealth.zoom.us/p/v2/jordan-kim/avatar.jpg';
const S3_CLIN: Avatar = { initials: 'SW' };
const S3_PT_IMG_AV: Avatar = { img: S3_PT_IMG };
s3Visible.push(
  { who: 'clin', av: S3_CLIN, text: 'Hi Jordan, this is Doctor Whitfield. Can you see and hear me okay?' },
  // Initials bubble first, the photo avatar loads after the third word (same speaker).
  { who: 'pt', av: { initials: 'JK' }, text: 'Yes, I can. Sorry, my camera took a second to start.', flap: { at: 3, to: S3_PT_IMG_AV } },
  { who: 'clin', av: S3_CLIN, text: 'No problem. How has your asthma been since we changed the inhaler?' },
  { who: 'pt', av: S3_PT_IMG_AV, text: 'Much better. I only needed the rescue inhaler once this week.' },
);
// Captions off here. Spoken but never rendered (not expected):
//   clinician "That is great to hear. Any coughing at night?"  patient "No, none at all."
//   clinician "And are you using the spacer with it?"
const s3AfterOn: typeof s3Visible = [
  { who: 'pt', av: S3_PT_IMG_AV, text: 'Yes, I use the spacer every time, like you showed me last visit.' },
  { who: 'clin', av: S3_CLIN, text: 'Perfect. Let us keep the same dose and check again in three months.' },
  { who: 'pt', av: S3_PT_IMG_AV, text: 'Sounds good. Thank you, Doctor Whitfield.' },
  { who: 'clin', av: S3_CLIN, text: 'You are welcome, Jordan. Take care.' },
];

const NOTICE = 'Captions will be shown in English (US)';

const s3: Scenario = {
  // Tests: a vanity sub-domain of zoom.us (the `*.zoom.us/wc/<id>/…` form of §1/§3.1; a clinic's
  // Zoom for Healthcare account, which per §7 runs the same web client) on `/wc/<id>/join` with no
  // query, in a build that renders the meeting directly in the TOP document (`#zmmtg-root` /
  // `#wc-container`, no iframe, §3.1). Overlay with initials-bubble avatars (§3.3); the patient's key
  // flaps from initials "JK" to a photo `<img>` mid-turn (same speaker, must stay one utterance);
  // the Zoom status line "Captions will be shown in English (US)" sits in the caption item before
  // anyone speaks (noise, §3.3/§8); captions are turned off (the box is removed) and on again (a NEW
  // box node), and the turns spoken while off are not expected (§9). Speakers are {key}s; no role.
  // Assumptions (research silent): "riversidehealth" is a placeholder vanity name instantiating the
  // documented `*.zoom.us` wildcard (no healthcare-specific domain is documented, so none is used);
  // the status line is written into the item span with no avatar before the first speaker; after
  // re-enabling, the new box starts fresh (no accumulated windows carried over) and shows the status
  // line again; the "Show Captions" toolbar button (§3.2) is present only while captions are off;
  // on leave Zoom removes the in-call markers and shows "You have left the meeting".
  name: 'zoom r27: vanity *.zoom.us /wc/<id>/join (Zoom for Healthcare), top-document, initials overlay, captions off/on',
  url: 'https://riversidehealth.zoom.us/wc/93456781234/join',
  selfNames: ['Dr. Sam Whitfield'],
  body: MEETING_UI,
  async play(p) {
    const d = p.doc;
    const host = q(d, '#wc-container');
    let o = mountOverlay(d, host, NOTICE);
    await p.sleep(500);
    for (const t of s3Visible) await say(p, o, d, t.who, t.av, t.text, t.flap);
    // Captions off: the caption root is removed; the toolbar offers "Show Captions".
    o.box.remove();
    q(d, '#wc-footer').appendChild(el(d, `<button type="button" class="show-captions" aria-label="Show Captions">Show Captions</button>`));
    await p.sleep(1800);
    // Captions on again: a new root node.
    d.querySelector('.show-captions')?.remove();
    o = mountOverlay(d, host, NOTICE);
    await p.sleep(500);
    for (const t of s3AfterOn) await say(p, o, d, t.who, t.av, t.text, t.flap);
  },
  leave(p) {
    const d = p.doc;
    d.querySelector('#audioOptionMenu')?.remove();
    d.querySelector('#wc-footer')?.remove();
    d.querySelector('.live-transcription-subtitle__box')?.remove();
    d.querySelector('#wc-container')?.appendChild(el(d, `<div class="meeting-ended">You have left the meeting</div>`));
  },
  expected: [...s3Visible, ...s3AfterOn].map((t) => ({ speaker: { key: t.who }, text: t.text })),
  forbidden: ['Captions will be shown', 'English (US)', 'Show Captions', 'You have left', 'JK', 'SW', 'avatar.jpg'],
};

export const zoomScenarios: Scenario[] = [s1, s2, s3];
