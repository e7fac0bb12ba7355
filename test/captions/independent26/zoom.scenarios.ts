// Round 26, Zoom web client: display names as real clinics and patients have them, on ordinary
// 8-12-turn calls.
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §1   Cross-platform summary (Zoom column: overlay has no names, panel has names, rolling text)
//   §3.1 URL patterns and frame layout (/wc/<id>/join, same-origin iframe#webclient, top-document
//        builds detected by #zmmtg-root / #wc-container, in-call markers #audioOptionMenu and
//        #wc-footer .footer__leave-btn-container button)
//   §3.2 Turning captions on (More → Captions; nothing shown until then)
//   §3.3 Overlay (one persistent #live-transcription-subtitle row, first child <img alt=""> or an
//        initials <span>, text rewritten in place with old words rolling off the front, the
//        initials→img flap, the returning speaker's accumulated window, TT's tile lookup
//        img.parentElement.nextSibling, system lines such as "Captions will be shown in English (US)"
//        and "You have left the meeting")
//   §3.4 Full transcript panel (#full-transcription / [aria-label="Live Transcription List"] /
//        .new-lt-list-container, .lt-full-transcript__item rows with __avatar, __display-name,
//        __time, __message; continuation rows under one name header (__title--first); a letter
//        avatar next to the name; React-virtualised row recycling; mid-sentence re-punctuation and
//        re-spelling of the trailing word; localized panel name)
//   §8   Strategies (noise filters: status lines, panel timestamps, doubled avatar letters)
//   §9   Fixture checklist (img vs initials avatar, top document vs iframe#webclient)
//
// Names: the research documents nothing about how Zoom shows or truncates display names (no
// ellipsis rule, no pronoun field, no "Last, First" reordering, no rule for phone dial-ins or device
// names). So display names are shown verbatim as the participant set them, and NO scenario truncates
// a name with an ellipsis: the research is silent on Zoom truncation and inventing one would not be
// "following the research". Likewise silent: what the panel shows for the local user's own rows
// (assumed: their own display name, as for everyone else), which letter Zoom's letter/initials
// avatars show for a given name (assumed per scenario, stated there), and how the leave tears the
// page down (assumed: the meeting container with its in-call markers is removed and a "You have left
// the meeting" notice appears outside the caption area).
import type { Expected, Page, Scenario, SpeakerSpec } from '../independent/kit.ts';
import { el, q } from '../independent/kit.ts';

const STEP = 90; // ms between word steps
const ROW_GAP = 220; // pause between two rows of one turn
const TURN_GAP = 380; // pause between turns
const WINDOW = 120; // overlay rolling window, chars (research: about 100–150)

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------
// Page scaffolding

const IN_CALL = `<div id="audioOptionMenu"></div><div id="wc-footer"><div class="footer__leave-btn-container"><button type="button">Leave</button></div></div>`;

function frameDoc(p: Page): Document {
  const frame = q<HTMLIFrameElement>(p.doc, '#webclient');
  const d = frame.contentDocument;
  if (!d) throw new Error('scenario bug: #webclient has no contentDocument');
  return d;
}

/** Fills the same-origin #webclient iframe with the meeting UI (§3.1). */
function fillFrame(p: Page, html: string) {
  const d = frameDoc(p);
  if (!d.body) {
    d.open();
    d.write('<!doctype html><html><head><title>Zoom</title></head><body></body></html>');
    d.close();
  }
  d.body.innerHTML = html;
}

/** Assumed leave (research silent on the teardown): meeting UI incl. markers and captions goes away. */
function leaveMeeting(d: Document) {
  q(d, '#wc-container').remove();
  d.body.appendChild(el(d, `<div class="zm-leave-notice">You have left the meeting</div>`));
}

// ---------------------------------------------------------------------------------------------
// Overlay (§3.3): one persistent row, avatar first child swapped per speaker, rolling text.

interface Overlay {
  doc: Document;
  row: HTMLElement;
  item: HTMLElement;
  text: Text;
  current?: string;
  accum: Map<string, string[]>;
  seen: Set<string>;
}

function makeOverlay(doc: Document, initial: string): { box: HTMLElement; ov: Overlay } {
  const box = el(
    doc,
    `<div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle"><span class="live-transcription-subtitle__item"></span></div></div>`,
  );
  const row = q(box, '#live-transcription-subtitle');
  const item = q(box, '.live-transcription-subtitle__item');
  const text = doc.createTextNode(initial);
  item.appendChild(text);
  return { box, ov: { doc, row, item, text, accum: new Map(), seen: new Set() } };
}

/** The last words that fit in the window: old words drop off the front. */
function tail(words: string[]): string {
  let out = '';
  for (let i = words.length - 1; i >= 0; i--) {
    const next = out ? `${words[i]} ${out}` : words[i]!;
    if (next.length > WINDOW) break;
    out = next;
  }
  return out;
}

function setAvatar(ov: Overlay, html: string) {
  const av = el(ov.doc, html);
  const first = ov.row.firstChild;
  if (first && first !== ov.item) ov.row.replaceChild(av, first);
  else ov.row.insertBefore(av, ov.item);
}

// ---------------------------------------------------------------------------------------------
// Panel (§3.4): rows appended, continuation rows without a name, optional recycling.

interface Panel {
  doc: Document;
  list: HTMLElement;
  last?: string;
  clock: number; // seconds since midnight
  /** Virtualised list: once this many rows exist, the oldest row element is reused for the next. */
  pool?: number;
}

const PANEL_HTML = `<div class="full-transcription-panel"><div class="full-transcription-panel__title">Transcript</div><div aria-label="Live Transcription List" class="new-lt-list-container" id="full-transcription"></div></div>`;

function makePanel(doc: Document, host: Element, startClock: number, pool?: number): Panel {
  const wrap = el(doc, PANEL_HTML);
  host.appendChild(wrap);
  return { doc, list: q(wrap, '#full-transcription'), clock: startClock, ...(pool ? { pool } : {}) };
}

const hhmmss = (s: number) =>
  [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');

interface Person {
  /** Display name exactly as shown in the panel (and in tiles). */
  shown: string;
  /** What the scenario expects as speaker. */
  expect: SpeakerSpec;
  clinician?: boolean;
  /** Overlay first child (img alt="" or initials span). */
  overlayAvatar?: string;
  /** Overlay flap (§3.3): shown for the first two words of the first appearance, then the img. */
  overlayFirstAvatar?: string;
  /** Panel avatar inner HTML: a letter or an <img>. */
  panelAvatar?: string;
}

function panelRow(pn: Panel, who: Person, first: string): Text {
  pn.clock += 3 + (pn.list.children.length % 3);
  const time = hhmmss(pn.clock);
  const header = pn.last !== who.shown;
  pn.last = who.shown;
  const avatarInner = who.panelAvatar ?? esc(who.shown.charAt(0).toUpperCase());
  const recycle = pn.pool !== undefined && pn.list.children.length >= pn.pool;
  if (!recycle) {
    const head = header
      ? `<div class="lt-full-transcript__avatar">${avatarInner}</div><span class="lt-full-transcript__display-name">${esc(who.shown)}</span>`
      : '';
    const row = el(
      pn.doc,
      `<div class="lt-full-transcript__item${header ? ' lt-full-transcript__title--first' : ''}">${head}<span class="lt-full-transcript__time">${time}</span><div class="lt-full-transcript__message">${esc(first)}</div></div>`,
    );
    pn.list.appendChild(row);
    return q(row, '.lt-full-transcript__message').firstChild as Text;
  }
  // Recycling (§3.4 "recycles row elements for different utterances"): the oldest row element is
  // rewritten React-style (text nodes updated in place, header parts added/removed) and moved to the
  // end. Moving it in DOM order is an assumption: the research does not say whether the virtualised
  // list reorders nodes or only repositions them.
  const row = pn.list.firstElementChild as HTMLElement;
  row.remove();
  row.className = `lt-full-transcript__item${header ? ' lt-full-transcript__title--first' : ''}`;
  const timeEl = q(row, '.lt-full-transcript__time');
  const av = row.querySelector('.lt-full-transcript__avatar');
  const nm = row.querySelector('.lt-full-transcript__display-name');
  if (header) {
    if (av && nm) {
      av.innerHTML = avatarInner;
      (nm.firstChild as Text).data = who.shown;
    } else {
      row.insertBefore(el(pn.doc, `<div class="lt-full-transcript__avatar">${avatarInner}</div>`), timeEl);
      row.insertBefore(el(pn.doc, `<span class="lt-full-transcript__display-name">${esc(who.shown)}</span>`), timeEl);
    }
  } else {
    av?.remove();
    nm?.remove();
  }
  (timeEl.firstChild as Text).data = time;
  const msg = q(row, '.lt-full-transcript__message').firstChild as Text;
  msg.data = first;
  pn.list.appendChild(row);
  return msg;
}

// ---------------------------------------------------------------------------------------------
// Turns

/** A row is its spoken text, or [growing text, re-punctuated final] (panel only, §3.4). */
type Row = string | [string, string];
interface Turn {
  who: string;
  rows: Row[];
}

async function playTurns(p: Page, people: Record<string, Person>, turns: Turn[], sinks: { ov?: Overlay; pn?: Panel }) {
  const { ov, pn } = sinks;
  for (const turn of turns) {
    const who = people[turn.who];
    if (!who) throw new Error(`scenario bug: unknown speaker ${turn.who}`);
    for (const r of turn.rows) {
      const [text, final] = typeof r === 'string' ? [r, undefined] : r;
      const words = text.split(' ');
      let flapPending = false;
      if (ov && ov.current !== turn.who) {
        // Speaker change: swap the avatar; a returning speaker's accumulated window comes back.
        ov.current = turn.who;
        const firstTime = !ov.seen.has(turn.who);
        ov.seen.add(turn.who);
        flapPending = firstTime && who.overlayFirstAvatar !== undefined;
        setAvatar(ov, flapPending ? who.overlayFirstAvatar! : who.overlayAvatar!);
        const acc = ov.accum.get(turn.who) ?? [];
        ov.accum.set(turn.who, acc);
        ov.text.data = tail(acc);
        if (acc.length) await p.sleep(STEP * 2);
      }
      let msg: Text | undefined;
      for (let i = 0; i < words.length; i++) {
        if (ov) {
          const acc = ov.accum.get(turn.who)!;
          acc.push(words[i]!);
          ov.text.data = tail(acc);
          if (flapPending && i === 2) {
            setAvatar(ov, who.overlayAvatar!); // the photo loads a moment after the initials
            flapPending = false;
          }
        }
        if (pn) {
          if (i === 0) msg = panelRow(pn, who, words[0]!);
          else msg!.data = words.slice(0, i + 1).join(' ');
        }
        await p.sleep(STEP);
      }
      if (final !== undefined && msg) {
        msg.data = final;
        await p.sleep(STEP);
      }
      await p.sleep(ROW_GAP);
    }
    await p.sleep(TURN_GAP);
  }
}

function expectedFrom(people: Record<string, Person>, turns: Turn[], withRoles: boolean): Expected[] {
  return turns.map((t) => {
    const who = people[t.who]!;
    const text = t.rows.map((r) => (typeof r === 'string' ? r : r[1])).join(' ');
    return withRoles && who.clinician ? { speaker: who.expect, role: 'clinician' as const, text } : { speaker: who.expect, text };
  });
}

// =============================================================================================
// 1. Overlay only, top document.

const S1_PHOTO = 'https://us04web.zoom.us/p/v2/9f3c27a1d0e4/okafor-amara.jpg';
const s1People: Record<string, Person> = {
  clin: {
    shown: 'Dr. Amara Okafor, MD',
    expect: { key: 'clinician' },
    clinician: true,
    overlayAvatar: `<img src="${S1_PHOTO}" alt="">`,
    // Assumed initials for "Dr. Amara Okafor, MD" (research silent on Zoom's initials rule).
    overlayFirstAvatar: `<span>AO</span>`,
  },
  pat: {
    shown: 'J.R.',
    expect: { key: 'patient' },
    // Initials-only display name, no photo: assumed bubble "JR" (research silent).
    overlayAvatar: `<span>JR</span>`,
  },
};
const s1Turns: Turn[] = [
  { who: 'clin', rows: ['Good morning, this is Doctor Okafor. Can you hear me all right?'] },
  { who: 'pat', rows: ['Yes, I can hear you fine. Thanks for calling.'] },
  { who: 'clin', rows: ["Great. I'm following up on your blood pressure readings from last week."] },
  {
    who: 'pat',
    rows: [
      'They have been mostly around one forty over ninety in the mornings, a little lower at night, and I have been taking the new pill every day with breakfast like you said.',
    ],
  },
  { who: 'clin', rows: ['Any dizziness, headaches, or swelling in your ankles since you started it?'] },
  { who: 'pat', rows: ['A little dizzy when I stand up fast, but no headaches.'] },
  { who: 'clin', rows: ['That can happen early on. Stand up slowly and drink more water during the day.'] },
  { who: 'pat', rows: ['Okay, I can do that. Should I keep the same dose?'] },
  { who: 'clin', rows: ['Yes, keep the same dose and send me your readings again next Monday.'] },
  { who: 'pat', rows: ['Will do. Thank you, Doctor.'] },
];

// Participant tiles: TT's lookup takes img.parentElement.nextSibling.textContent as the name (§3.3),
// so the img's wrapper is directly followed by the name element (no whitespace node between).
// The tile class names are assumed (research gives no tile markup).
const s1Tiles =
  `<div class="gallery-video-container">` +
  `<div class="video-avatar__avatar"><div class="video-avatar__avatar-img"><img src="${S1_PHOTO}" alt=""></div><div class="video-avatar__avatar-footer"><span>Dr. Amara Okafor, MD</span></div></div>` +
  `<div class="video-avatar__avatar"><div class="video-avatar__avatar-initial">JR</div><div class="video-avatar__avatar-footer"><span>J.R.</span></div></div>` +
  `</div>`;

const zoomOverlayTitledClinicianInitialsPatient: Scenario = {
  // Tests: overlay-only capture in a top-document build (#zmmtg-root/#wc-container, no iframe) on a
  // 10-turn blood-pressure follow-up. The clinician's tile reads "Dr. Amara Okafor, MD" while
  // selfNames holds "Amara Okafor" (no title/credentials); the patient's display name is initials
  // only ("J.R.", initials bubble, no photo). Overlay has no names (§3.3), so speakers are {key}s and
  // no role is asserted. Exercises: the "Captions will be shown in English (US)" line shown in the
  // overlay before anyone speaks (assumed placement: the caption span itself, no avatar — research
  // only says such lines appear "in the same area"); the initials→photo flap on the clinician's first
  // turn (one turn, one speaker); a long patient turn whose front rolls off the ~120-char window; and
  // every returning speaker first re-showing their accumulated tail, whose words must not repeat.
  name: 'zoom26 overlay top-doc: "Dr. …, MD" tile vs plain selfName, initials-only patient, flap + rolling window',
  url: 'https://us04web.zoom.us/wc/84512345678/join',
  selfNames: ['Amara Okafor'],
  body: `<div id="zmmtg-root"><div id="wc-container">${s1Tiles}${IN_CALL}</div></div>`,
  async play(p) {
    await p.sleep(200);
    // More → Captions (§3.2): the box appears with the language notice.
    const { box, ov } = makeOverlay(p.doc, 'Captions will be shown in English (US)');
    q(p.doc, '#wc-container').insertBefore(box, q(p.doc, '#audioOptionMenu'));
    await p.sleep(700);
    await playTurns(p, s1People, s1Turns, { ov });
  },
  leave(p) {
    leaveMeeting(p.doc);
  },
  expected: expectedFrom(s1People, s1Turns, false),
  forbidden: ['Captions will be shown', 'English (US)', 'You have left', 'JR', 'MD'],
};

// =============================================================================================
// 2. Panel only, inside the same-origin #webclient iframe.

const s2People: Record<string, Person> = {
  clin: {
    shown: 'Dr. Amara Okafor, MD',
    expect: ['Dr. Amara Okafor, MD', 'Amara Okafor'],
    clinician: true,
    panelAvatar: 'D', // assumed letter avatar: first character of the display name (research silent)
  },
  pat: { shown: 'Ольга Коваленко', expect: 'Ольга Коваленко', panelAvatar: 'О' },
  son: { shown: 'Дмитрий Коваленко', expect: 'Дмитрий Коваленко', panelAvatar: 'Д' },
};
const s2Turns: Turn[] = [
  { who: 'clin', rows: ['Hello Olga, I can see you and your son on the call.', 'Is it all right if he joins us today?'] },
  { who: 'pat', rows: ['Yes, of course. Dmitry helps me with my medications.'] },
  { who: 'son', rows: ['Hi Doctor. I brought the list of everything she takes.'] },
  { who: 'clin', rows: ['Thank you, that helps. Olga, how has your breathing been since the last visit?'] },
  { who: 'pat', rows: [['Better during the day. But I still cough at nigh', 'Better during the day, but I still cough at night.']] },
  { who: 'son', rows: ['She uses the inhaler twice a day.', 'Sometimes she forgets the evening one.'] },
  { who: 'clin', rows: [["Let's set a phone reminder for the evening. Dose are you still using the spacer", "Let's set a phone reminder for the evening dose. Are you still using the spacer?"]] },
  { who: 'pat', rows: ['Yes, every time.'] },
  { who: 'clin', rows: ["Good. I'll send a refill to the same pharmacy,", "and I'd like to see you again in four weeks."] },
  { who: 'son', rows: ['Perfect, we will book it at the front desk. Thank you.'] },
];

const zoomPanelIframeCyrillicFamily: Scenario = {
  // Tests: full-transcript panel only, inside iframe#webclient (§3.1, §3.4), on a 10-turn asthma
  // follow-up. The clinician is shown as "Dr. Amara Okafor, MD" but selfNames is "Amara Okafor"
  // (without title and credentials): her rows must still be the clinician's (role asserted; speaker
  // may be the shown name or the selfName). The patient's name is in Cyrillic ("Ольга Коваленко") and
  // her son shares her surname ("Дмитрий Коваленко"): neither is the clinician, and the shared
  // surname must not merge them. Also: letter avatars next to names (no "DDr."/"ООльга" leaks),
  // timestamps in rows, continuation rows without a name (two-row turns), and Zoom's re-punctuation of
  // the growing row incl. a re-spelled trailing word ("nigh" → "night"), hence loose comparison.
  // Assumptions (research silent): rows grow word by word via characterData on the message text
  // node; the panel shows the local user's own display name on her rows; a "Transcript" heading sits
  // above the list.
  name: 'zoom26 panel in #webclient: "Dr. …, MD" vs selfName without title, Cyrillic patient + son sharing surname',
  url: 'https://app.zoom.us/wc/81234567890/join?fromPWA=1',
  selfNames: ['Amara Okafor'],
  body: `<iframe id="webclient" title="Zoom web client"></iframe>`,
  prepare(p) {
    fillFrame(p, `<div id="wc-container"><div class="meeting-app"></div>${IN_CALL}</div>`);
  },
  async play(p) {
    const d = frameDoc(p);
    await p.sleep(200);
    const pn = makePanel(d, q(d, '#wc-container'), 14 * 3600 + 31 * 60 + 5);
    await p.sleep(300);
    await playTurns(p, s2People, s2Turns, { pn });
  },
  leave(p) {
    leaveMeeting(frameDoc(p));
  },
  expected: expectedFrom(s2People, s2Turns, true),
  loose: true,
  forbidden: ['DDr.', 'ООльга', 'ДДмитрий', '14:3', 'Transcript', 'You have left'],
};

// =============================================================================================
// 3. Panel only, top document, virtualised row recycling.

const s3People: Record<string, Person> = {
  clin: {
    shown: 'Amara Okafor (she/her)',
    expect: ['Amara Okafor (she/her)', 'Amara Okafor', 'Okafor, Amara'],
    clinician: true,
    panelAvatar: 'A',
  },
  // Dial-in caller shown as their phone number. Assumed: a generic avatar image instead of a letter.
  pat: {
    shown: '+1 (415) 555-0132',
    expect: '+1 (415) 555-0132',
    panelAvatar: '<img src="https://us04web.zoom.us/wc/images/phone-avatar.png" alt="">',
  },
  sis: { shown: 'Amara Nwosu', expect: 'Amara Nwosu', panelAvatar: 'A' },
};
const s3Turns: Turn[] = [
  { who: 'clin', rows: ['Hi, this is Amara Okafor from the cardiology clinic. Who do I have on the line?'] },
  { who: 'pat', rows: ["This is Joseph. I'm calling in from my phone."] },
  { who: 'sis', rows: ["And I'm Amara too, his sister. I joined from my laptop."] },
  { who: 'clin', rows: ['Nice to meet you both. Joseph, how has the swelling in your legs been this week?'] },
  { who: 'pat', rows: [['It went down. After I started the water pill', 'It went down after I started the water pill.']] },
  { who: 'sis', rows: ['He weighs himself every morning.', 'It dropped about three pounds.'] },
  { who: 'clin', rows: ["That's a good sign.", 'Any shortness of breath when you lie flat at night?'] },
  { who: 'pat', rows: ['No, I sleep on one pillow now.'] },
  { who: 'clin', rows: [["Great. We'll repeat the blood work on Friday to check your potass", "Great. We'll repeat the blood work on Friday to check your potassium."]] },
  { who: 'sis', rows: ["I'll drive him to the lab in the morning. Thank you so much."] },
];

const zoomPanelTopDocPronounsPhoneSameFirstName: Scenario = {
  // Tests: full-transcript panel only, top-document build (§3.1), 10-turn heart-failure check-in.
  // The clinician is shown as "Amara Okafor (she/her)" (pronouns in the display name) while selfNames
  // is "Okafor, Amara" (Last, First): she must still be the clinician. The patient dialled in and is
  // shown as a phone number ("+1 (415) 555-0132"); his sister has the same first name as the
  // clinician ("Amara Nwosu", same letter avatar "A") and must keep her own name, not be folded into
  // the clinician. The virtualised list holds 4 row elements: from the 5th row on, the oldest element
  // is recycled for the new utterance (§3.4), so a row element's text is replaced wholesale and a
  // continuation row can become a header row and back. Two-row turns, re-punctuation and a re-spelled
  // trailing word ("potass" → "potassium") as in §3.4, hence loose comparison.
  // Assumptions (research silent): rows grow via characterData; recycled rows move to the end of the
  // DOM order; a dial-in shows a generic avatar image; the local user's rows show her display name.
  name: 'zoom26 panel top-doc: "(she/her)" vs "Last, First" selfName, phone-number patient, same first name, recycling',
  url: 'https://us04web.zoom.us/wc/86655443322/start',
  selfNames: ['Okafor, Amara'],
  body: `<div id="zmmtg-root"><div id="wc-container"><div class="meeting-app"></div>${IN_CALL}</div></div>`,
  async play(p) {
    await p.sleep(200);
    const pn = makePanel(p.doc, q(p.doc, '#wc-container'), 9 * 3600 + 47 * 60 + 12, 4);
    await p.sleep(300);
    await playTurns(p, s3People, s3Turns, { pn });
  },
  leave(p) {
    leaveMeeting(p.doc);
  },
  expected: expectedFrom(s3People, s3Turns, true),
  loose: true,
  forbidden: ['+1 (415)', 'AAmara', '09:4', '09:5', 'Transcript', 'You have left'],
};

// =============================================================================================
// 4. Overlay and panel together, inside the #webclient iframe.

const S4_PHOTO = 'https://app.zoom.us/p/v2/51be08c47f2a/okafor.jpg';
const s4People: Record<string, Person> = {
  clin: {
    shown: 'Okafor, Amara',
    expect: ['Okafor, Amara', 'Dr. Amara Okafor', 'Amara Okafor'],
    clinician: true,
    overlayAvatar: `<img src="${S4_PHOTO}" alt="">`,
    panelAvatar: `<img src="${S4_PHOTO}" alt="">`,
  },
  // Email-like handle as display name; assumed overlay initials "D", panel letter "D" (research silent).
  pat: { shown: 'daniel.reyes79@gmail.com', expect: 'daniel.reyes79@gmail.com', overlayAvatar: `<span>D</span>`, panelAvatar: 'D' },
  // The patient's wife joined from her phone without renaming it: a device name. Assumed initials "I".
  wife: { shown: 'iPhone (2)', expect: 'iPhone (2)', overlayAvatar: `<span>I</span>`, panelAvatar: 'I' },
};
const s4Turns: Turn[] = [
  { who: 'clin', rows: ['Hi Daniel, this is Doctor Okafor. I see someone else joined as well.'] },
  { who: 'wife', rows: ["Hi, it's Maria, his wife. I'm on my phone in the car."] },
  { who: 'pat', rows: ['She wanted to hear what you say about the knee.'] },
  { who: 'clin', rows: ['Of course. Daniel, how is the pain after the physical therapy sessions?'] },
  { who: 'pat', rows: ['Much better. I can walk to the mailbox without the cane now.'] },
  { who: 'wife', rows: ['He still limps a bit on the stairs, though.'] },
  { who: 'clin', rows: ["That's normal at this stage.", 'Keep doing the exercises twice a day.'] },
  { who: 'pat', rows: ['Should I keep icing it after the sessions?'] },
  { who: 'clin', rows: ['Yes, twenty minutes after each session, and call us if the swelling comes back.'] },
  { who: 'wife', rows: ["Thank you, Doctor. We'll call if anything changes."] },
];

const zoomBothIframeLastFirstEmailDevice: Scenario = {
  // Tests: overlay AND full-transcript panel showing the same speech at once, inside iframe#webclient,
  // 10-turn knee-rehab follow-up. Each word step rewrites the overlay's rolling window (avatar swapped
  // per speaker, a returning speaker's accumulated tail re-shown) and grows the panel row. The panel
  // carries names, the overlay none (§3.3/§3.4 "preferred because its rows carry speaker names"), so
  // a correct product attributes by the panel's names and reports each turn once, not once per
  // surface. The clinician is shown "Okafor, Amara" (Last, First) while selfNames is "Dr. Amara
  // Okafor" (with title); the patient's display name is an email-like handle; his wife is a device
  // name, "iPhone (2)". The clinician's overlay photo and panel avatar share one src.
  // Assumptions (research silent): the two surfaces update in the same tick; panel rows grow via
  // characterData; the local user's panel rows show her display name.
  name: 'zoom26 overlay+panel in #webclient: "Last, First" shown vs titled selfName, email handle, "iPhone (2)"',
  url: 'https://app.zoom.us/wc/87700112233/join',
  selfNames: ['Dr. Amara Okafor'],
  body: `<iframe id="webclient" title="Zoom web client"></iframe>`,
  prepare(p) {
    fillFrame(p, `<div id="wc-container"><div class="meeting-app"></div>${IN_CALL}</div>`);
  },
  async play(p) {
    const d = frameDoc(p);
    await p.sleep(200);
    const container = q(d, '#wc-container');
    const { box, ov } = makeOverlay(d, '');
    container.insertBefore(box, q(d, '#audioOptionMenu'));
    const pn = makePanel(d, container, 16 * 3600 + 5 * 60 + 40);
    await p.sleep(300);
    await playTurns(p, s4People, s4Turns, { ov, pn });
  },
  leave(p) {
    leaveMeeting(frameDoc(p));
  },
  expected: expectedFrom(s4People, s4Turns, true),
  forbidden: ['@gmail.com', 'iPhone (2)', 'OOkafor', '16:0', 'Transcript', 'You have left'],
};

export const zoomScenarios: Scenario[] = [
  zoomOverlayTitledClinicianInitialsPatient,
  zoomPanelIframeCyrillicFamily,
  zoomPanelTopDocPronounsPhoneSameFirstName,
  zoomBothIframeLastFirstEmailDevice,
];
