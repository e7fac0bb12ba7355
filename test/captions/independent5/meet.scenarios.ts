// Google Meet scenarios, round 5: page lifecycle / structure churn and non-English, international text.
// Written only from /work/shared/research/caption-platforms.md (§1, §2, §8, §9) and the runner/kit
// contract; no product code or fixtures were read. Page shape = the doc's "Outline to build (2025–26
// shape)": div[jsname=dsyhDe].iOzk7 › div[role=region][tabindex=0] › div.nMcdL.bj4p3b blocks
// (div.adE6rb › img[data-iml] + div.KcIKyf.jxFHg › span.NWpY1d name; div.ygicle.VbkSUe › one text
// node), then trailing non-caption children (dummy div, .IMKgW "Jump to bottom" button).
import { el, grow, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Page helpers
// ---------------------------------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let imlSeq = 4100;
const avatar = (seed: string) => `https://lh3.googleusercontent.com/a/ACg8ocK${seed}=s48-c-mo`;

/** Icon ligature element (Meet icons are font ligatures; textContent is the icon name, §2.1). */
const icon = (name: string) => `<i class="google-symbols" aria-hidden="true">${name}</i>`;

/** The caption region as Meet renders it when CC is switched on (2025+ shape, §2.3/§2.4). */
function regionHtml(label = 'Captions'): string {
  return `<div tabindex="0" role="region" aria-label="${esc(label)}" jscontroller="KPn5nb" jsaction="focus:Xl1Wzf" class="vNKgIf UDinHf">
      <div class="IMKgW" style="display: none"><button aria-label="Jump to bottom" class="VfPpkd-Bz112c">${icon('arrow_downward')}Jump to bottom</button></div>
    </div>`;
}

interface CallOpts {
  self: string;
  others: string[];
  /** Whether CC is already on when the page loads. */
  captions: boolean;
  /** Caption-language picker text (bottom-left of the caption bar, §2.2). */
  lang?: string;
}

/** In-call page: tiles, caption bar (picker + block-list wrapper), control bar with call_end. */
function callBody(o: CallOpts): string {
  const tiles = [
    `<div class="dkjMxf" data-participant-id="spaces/Zq1/devices/101" data-self-name="${esc(o.self)}"><div class="XEazBc">You</div></div>`,
    ...o.others.map(
      (n, i) =>
        `<div class="dkjMxf" data-participant-id="spaces/Zq1/devices/${200 + i}"><div class="XEazBc"><span class="notranslate">${esc(n)}</span></div></div>`,
    ),
  ].join('\n');
  return `<div class="T4LgNb" jsname="a9kxte">
  <div class="crqnQb">
    <main class="axUSnc" style="inset: 16px 16px ${o.captions ? 184 : 88}px 16px">
      ${tiles}
    </main>
    <div class="hLkVuf" data-side="3">
      <div class="DtJ7e">
        <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button class="lang-btn">${esc(o.lang ?? 'English')}</button></div>
        <div jsname="dsyhDe" class="iOzk7">
          ${o.captions ? regionHtml() : ''}
        </div>
        <div jsname="APQunf" class="iOzk7" style="display: none"></div>
      </div>
    </div>
    <div class="Tmb7Fd" role="toolbar">
      <div class="u6vdEc">Follow-up visit</div>
      <button class="cc-btn" aria-label="${o.captions ? 'Turn off captions' : 'Turn on captions'}">${icon(o.captions ? 'closed_caption' : 'closed_caption_off')}</button>
      <button aria-label="Raise hand">${icon('front_hand')}</button>
      <button aria-label="Leave call" jsname="CQylAd">${icon('call_end')}</button>
    </div>
  </div>
</div>`;
}

const region = (p: Page) => q(p.doc, 'div[role="region"][tabindex="0"]');

/** Appends a new speaker block before the trailing non-caption children; returns its text node. */
function block(p: Page, name: string, seed: string, first = ''): Text {
  const r = region(p);
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${imlSeq++}.3" src="${avatar(seed)}"><div class="KcIKyf jxFHg"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  q(b, '.NWpY1d').textContent = name;
  const t = p.doc.createTextNode(first);
  q(b, '.ygicle').appendChild(t);
  const trailing = [...r.children].find((c) => !c.classList.contains('nMcdL')) ?? null;
  r.insertBefore(b, trailing);
  return t;
}

/** Continues growing `t` word by word up to `text` (which must extend the current text). */
async function more(p: Page, t: Text, text: string, final?: string, stepMs = 100) {
  const cur = t.data.trim();
  if (!text.startsWith(cur)) throw new Error(`scenario bug: "${text}" does not extend "${cur}"`);
  await grow(p, t, text, final, stepMs, cur ? cur.split(' ').length : 0);
}

/** One whole turn: a new block, growth, optional re-punctuated final form. */
async function say(p: Page, name: string, seed: string, text: string, final?: string, stepMs = 100): Promise<Text> {
  const t = block(p, name, seed);
  await more(p, t, text, final, stepMs);
  return t;
}

function setCcIcon(p: Page, on: boolean) {
  const btn = q(p.doc, 'button.cc-btn');
  btn.setAttribute('aria-label', on ? 'Turn off captions' : 'Turn on captions');
  q(btn, '.google-symbols').textContent = on ? 'closed_caption' : 'closed_caption_off';
}

/** CC off: the region node is detached (TT #93; ENC watchdog). */
function captionsOff(p: Page) {
  region(p).remove();
  setCcIcon(p, false);
  q(p.doc, 'main.axUSnc').style.inset = '16px 16px 88px 16px';
}

/** CC on: a brand-new region node is inserted into the block-list wrapper. */
function captionsOn(p: Page) {
  q(p.doc, 'div[jsname="dsyhDe"]').appendChild(el(p.doc, regionHtml()));
  setCcIcon(p, true);
  q(p.doc, 'main.axUSnc').style.inset = '16px 16px 184px 16px';
}

/** "Jump to bottom" shows when the user scrolls up in the caption history (§2.4, §2.5.6). */
function jumpButton(p: Page, visible: boolean) {
  q(region(p), '.IMKgW').style.display = visible ? '' : 'none';
}

/** The occasional dummy non-people div at the last-but-one position (§2.4). */
function dummy(p: Page, present: boolean) {
  const r = region(p);
  const existing = r.querySelector(':scope > div.dummy-slot');
  if (present && !existing) r.insertBefore(el(p.doc, '<div class="dummy-slot"></div>'), q(r, ':scope > .IMKgW'));
  if (!present && existing) existing.remove();
}

/** Leaving: the call UI (call_end, tiles, captions) is replaced by the "You left the meeting" screen. */
function leaveMeet(p: Page) {
  p.doc.body.innerHTML = `<div class="T4LgNb" jsname="a9kxte"><div class="CRFCdf">
    <h1 class="roSPhc">You left the meeting</h1>
    <button jsname="oI7Fj"><span>Rejoin</span></button>
    <button jsname="dqt8Pb"><span>Return to home screen</span></button>
    <div>Submit feedback</div>
  </div></div>`;
}

const you = (self: string) => ['You', self];
const UI_NOISE = ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption', 'front_hand', 'Follow-up visit'];

// ---------------------------------------------------------------------------------------------
// 1. CC toggled off mid-sentence and on again: the region is detached and a NEW region node appears
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.2/§2.5.7 "the region node is detached and replaced when the user toggles CC off/on"
// (TT #93), §9 "off … on again (a new root node)"; nothing spoken while off exists in the DOM.
const S1_SELF = 'Dr. Zoë van der Berg';
const S1_PT = 'Nguyễn Thị Lan';
const s1: Scenario = {
  name: 'meet r5: captions toggled off mid-sentence, then on again as a new empty region',
  url: 'https://meet.google.com/hvt-qzrk-mpa',
  selfNames: [S1_SELF],
  body: callBody({ self: S1_SELF, others: [S1_PT], captions: true }),
  async play(p) {
    await say(p, 'You', 'zvb', 'good morning Lan how have you been sleeping since we changed the dose',
      'Good morning, Lan. How have you been sleeping since we changed the dose?');
    await p.sleep(400);
    const t = await say(p, S1_PT, 'ntl', "much better actually I'm getting about six hours most nights now",
      "Much better, actually. I'm getting about six hours most nights now.");
    await more(p, t, "Much better, actually. I'm getting about six hours most nights now. But the dreams are still");
    await p.sleep(150);
    captionsOff(p); // the patient keeps talking, but nothing of it reaches the DOM
    await p.sleep(2500);
    captionsOn(p);
    await p.sleep(400);
    await say(p, 'You', 'zvb', 'sorry my captions dropped for a second you said the dreams are still vivid',
      'Sorry, my captions dropped for a second. You said the dreams are still vivid?');
    await p.sleep(350);
    const y = block(p, S1_PT, 'ntl', 'yes');
    await p.sleep(200);
    y.data = 'Yes.';
    await p.sleep(400);
    await say(p, 'You', 'zvb', "okay let's keep a sleep diary for two weeks and look at it together at the next visit",
      "Okay. Let's keep a sleep diary for two weeks and look at it together at the next visit.");
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: you(S1_SELF), role: 'clinician', text: 'Good morning, Lan. How have you been sleeping since we changed the dose?' },
    { speaker: S1_PT, role: 'patient', text: "Much better, actually. I'm getting about six hours most nights now. But the dreams are still" },
    { speaker: you(S1_SELF), role: 'clinician', text: 'Sorry, my captions dropped for a second. You said the dreams are still vivid?' },
    { speaker: S1_PT, role: 'patient', text: 'Yes.' },
    { speaker: you(S1_SELF), role: 'clinician', text: "Okay. Let's keep a sleep diary for two weeks and look at it together at the next visit." },
  ],
  forbidden: [...UI_NOISE, 'English'],
};

// ---------------------------------------------------------------------------------------------
// 2. Pre-join screen → lobby ("asking to be let in") → admitted with CC off → CC on → the visit
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.1 "while the user waits in the lobby, call_end is visible but the CC button is not yet";
// pre-join name in .awLEm; §2.2 CC icon closed_caption_off, shortcut `c`; region appears on CC on.
const S2_SELF = 'Dra. Lucía Fernández';
const S2_PT = 'Tomás Ó Briain';
const s2PreJoin = (status: string, lobby: boolean) => `<div class="T4LgNb" jsname="a9kxte">
  <div class="vgJExf">
    <div class="preview"><div class="XEazBc">Camera is starting</div>${icon('videocam')}${icon('mic')}</div>
    <div class="KjWwNd">
      <div class="awLEm">${esc(S2_SELF)}</div>
      <h2 class="p2hjYe">${status}</h2>
      ${lobby ? `<div class="lobby-note">You'll join the call when someone lets you in</div>` : `<button class="UywwFc-LgbsSe ask"><span>Ask to join</span></button><button><span>Other ways to join</span></button>`}
    </div>
  </div>
  ${lobby ? `<div class="Tmb7Fd" role="toolbar"><button aria-label="Cancel request">${icon('call_end')}</button></div>` : ''}
</div>`;
const s2: Scenario = {
  name: 'meet r5: pre-join and lobby pages, admitted with captions off, CC switched on, then the visit',
  url: 'https://meet.google.com/kqz-mwtn-rpd',
  selfNames: [S2_SELF],
  body: s2PreJoin('Ready to join?', false),
  async play(p) {
    await p.sleep(900); // pre-join: no call_end, no captions
    p.doc.body.innerHTML = s2PreJoin('Asking to be let in…', true);
    await p.sleep(1600); // lobby: call_end visible, no CC button yet
    p.doc.body.innerHTML = callBody({ self: S2_SELF, others: [S2_PT], captions: false });
    await p.sleep(1200); // in the call, the patient says hello while CC is still off: not captured
    captionsOn(p); // the user presses `c`
    await p.sleep(500);
    await say(p, S2_PT, 'tob', 'hi doctor there you are can you hear me okay now',
      'Hi, Doctor, there you are. Can you hear me okay now?');
    await p.sleep(400);
    await say(p, 'You', 'lf', "yes loud and clear sorry I was stuck in the waiting room for a minute how's the ankle",
      "Yes, loud and clear. Sorry, I was stuck in the waiting room for a minute. How's the ankle?");
    await p.sleep(450);
    await say(p, S2_PT, 'tob', 'still swollen in the evenings but I can walk on it without the brace now',
      'Still swollen in the evenings, but I can walk on it without the brace now.');
    await p.sleep(400);
    await say(p, 'You', 'lf', "that's good progress keep it raised at night and we'll check it again in two weeks",
      "That's good progress. Keep it raised at night, and we'll check it again in two weeks.");
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: S2_PT, role: 'patient', text: 'Hi, Doctor, there you are. Can you hear me okay now?' },
    { speaker: you(S2_SELF), role: 'clinician', text: "Yes, loud and clear. Sorry, I was stuck in the waiting room for a minute. How's the ankle?" },
    { speaker: S2_PT, role: 'patient', text: 'Still swollen in the evenings, but I can walk on it without the brace now.' },
    { speaker: you(S2_SELF), role: 'clinician', text: "That's good progress. Keep it raised at night, and we'll check it again in two weeks." },
  ],
  forbidden: [...UI_NOISE, 'Ready to join', 'Ask to join', 'Asking to be let in', 'lets you in', 'Camera is starting', 'videocam', 'Other ways to join'],
};

// ---------------------------------------------------------------------------------------------
// 3. A whole call captioned in Spanish: ¿ ¡ accents ñ, ASR re-casing, a one-word "Sí." turn, and a
//    late correction of the clinician's earlier block while the patient's "Sí." is on screen
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.2 caption-language picker; §2.5.2 characterData growth; §2.5.3 "Meet mutates previous
// blocks to make minor corrections"; §2.6 local user = literal "You" (UI kept in English here).
const S3_SELF = 'Dra. Ana Beltrán';
const S3_PT = 'Begoña Ibáñez Muñoz';
const s3: Scenario = {
  name: 'meet r5: whole call in Spanish with ASR rewrites, a one-word "Sí." and a late fix of an earlier block',
  url: 'https://meet.google.com/bxe-ponj-wcu',
  selfNames: [S3_SELF],
  body:
    callBody({ self: S3_SELF, others: [S3_PT], captions: true, lang: 'Spanish (Spain)' }) +
    `<aside class="R3Gmyc" aria-label="In-call messages"><div class="chat-title">In-call messages</div>
      <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div></aside>`,
  async play(p) {
    await say(p, 'You', 'ab', 'buenos días Begoña cómo sigue la rodilla esta semana',
      'Buenos días, Begoña. ¿Cómo sigue la rodilla esta semana?');
    await p.sleep(400);
    const pt = await say(p, S3_PT, 'bim', 'pues mejor pero todavía me duele al bajar las escaleras');
    pt.data = 'Pues mejor, pero todavía me duele al bajar las escaleras';
    await p.sleep(100);
    await more(p, pt, 'Pues mejor, pero todavía me duele al bajar las escaleras sobre todo por la mañana',
      'Pues mejor, pero todavía me duele al bajar las escaleras, sobre todo por la mañana.');
    await p.sleep(400);
    const q1 = block(p, 'You', 'ab');
    await more(p, q1, 'y esta haciendo los ejercicios que le dio la');
    q1.data = 'Y está haciendo los ejercicios que le dio la'; // ASR re-accents "esta" → "está"
    await p.sleep(100);
    await more(p, q1, 'Y está haciendo los ejercicios que le dio la fisio terapeuta',
      '¿Y está haciendo los ejercicios que le dio la fisio terapeuta?');
    await p.sleep(350);
    const si = block(p, S3_PT, 'bim', 'sí');
    await p.sleep(150);
    si.data = 'Sí.';
    q1.data = '¿Y está haciendo los ejercicios que le dio la fisioterapeuta?'; // late correction of an earlier block
    await p.sleep(450);
    const rx = block(p, 'You', 'ab');
    await more(p, rx, 'muy bien entonces vamos a dejar el y bu profeno');
    rx.data = 'Muy bien. Entonces vamos a dejar el ibuprofeno';
    await p.sleep(100);
    await more(p, rx, 'Muy bien. Entonces vamos a dejar el ibuprofeno solo para cuando lo necesite y la veo en un mes',
      '¡Muy bien! Entonces vamos a dejar el ibuprofeno solo para cuando lo necesite, y la veo en un mes.');
    // the clinician also drops the dose in the chat (a separate aria-live region, not captions)
    q(p.doc, 'div.Ge9Kpc').appendChild(
      el(p.doc, `<div class="Ss4fHf"><div class="poVWob">You</div><div class="MuzmKe">10:42</div><div jsname="dTKtvb"><div>Receta: ibuprofeno 600 mg cada 8 horas si hay dolor</div></div></div>`),
    );
    await p.sleep(400);
    await say(p, S3_PT, 'bim', 'vale muchas gracias doctora hasta luego', 'Vale, muchas gracias, doctora. ¡Hasta luego!');
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: you(S3_SELF), role: 'clinician', text: 'Buenos días, Begoña. ¿Cómo sigue la rodilla esta semana?' },
    { speaker: S3_PT, role: 'patient', text: 'Pues mejor, pero todavía me duele al bajar las escaleras, sobre todo por la mañana.' },
    { speaker: you(S3_SELF), role: 'clinician', text: '¿Y está haciendo los ejercicios que le dio la fisioterapeuta?' },
    { speaker: S3_PT, role: 'patient', text: 'Sí.' },
    { speaker: you(S3_SELF), role: 'clinician', text: '¡Muy bien! Entonces vamos a dejar el ibuprofeno solo para cuando lo necesite, y la veo en un mes.' },
    { speaker: S3_PT, role: 'patient', text: 'Vale, muchas gracias, doctora. ¡Hasta luego!' },
  ],
  forbidden: [...UI_NOISE, 'Spanish (Spain)', '600 mg cada 8 horas', 'Receta:', 'In-call messages'],
};

// ---------------------------------------------------------------------------------------------
// 4. Caption language switched English → Spanish mid-call; the region is replaced by a new node that
//    re-renders the existing history blocks with the same text
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.2 region replaced "sometimes on caption-language change" (TT #93); picker
// div.NmXUuc.P9KVBf[jscontroller=rRafu]; §2.5.6 earlier blocks kept as scroll-back history.
const S4_SELF = 'Dr. Marco Rossi';
const S4_PT = 'Valentina Cruz';
const s4: Scenario = {
  name: 'meet r5: caption language switched to Spanish mid-call, region re-rendered with its history',
  url: 'https://meet.google.com/ujd-fxae-kzo',
  selfNames: [S4_SELF],
  body: callBody({ self: S4_SELF, others: [S4_PT], captions: true, lang: 'English (United States)' }),
  async play(p) {
    await say(p, S4_PT, 'vc', "hi doctor sorry my English is not very good is it okay if I speak Spanish",
      "Hi, Doctor. Sorry, my English is not very good. Is it okay if I speak Spanish?");
    await p.sleep(400);
    await say(p, 'You', 'mr', 'of course let me switch the captions to Spanish so I can follow along',
      'Of course. Let me switch the captions to Spanish so I can follow along.');
    await p.sleep(500);
    // the picker opens a menu of caption languages; the user picks Spanish (Mexico)
    const menu = el(p.doc, `<div role="menu" class="JPdR6b"><ul>
      <li role="menuitemradio" aria-checked="true">English (United States)</li>
      <li role="menuitemradio">French (France)</li>
      <li role="menuitemradio">Spanish (Mexico)</li>
      <li role="menuitemradio">Spanish (Spain)</li></ul></div>`);
    p.doc.body.appendChild(menu);
    await p.sleep(600);
    menu.remove();
    q(p.doc, '.NmXUuc .lang-btn').textContent = 'Spanish (Mexico)';
    const old = region(p);
    const fresh = el(p.doc, regionHtml());
    for (const b of old.querySelectorAll(':scope > .nMcdL')) fresh.insertBefore(b.cloneNode(true), q(fresh, '.IMKgW'));
    old.replaceWith(fresh);
    await p.sleep(700);
    await say(p, S4_PT, 'vc', 'gracias doctor desde el martes tengo fiebre y me duele mucho la garganta',
      'Gracias, doctor. Desde el martes tengo fiebre y me duele mucho la garganta.');
    await p.sleep(400);
    await say(p, 'You', 'mr', 'cuánto le llegó la fiebre', '¿Cuánto le llegó la fiebre?');
    await p.sleep(400);
    const n = await say(p, S4_PT, 'vc', 'a treinta y nueve y medio anoche');
    n.data = 'A 39.5 anoche.'; // ASR turns the spoken number into digits
    await p.sleep(450);
    await say(p, 'You', 'mr', 'muy bien vamos a hacer una prueba de estreptococo hoy mismo',
      'Muy bien, vamos a hacer una prueba de estreptococo hoy mismo.');
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: S4_PT, role: 'patient', text: 'Hi, Doctor. Sorry, my English is not very good. Is it okay if I speak Spanish?' },
    { speaker: you(S4_SELF), role: 'clinician', text: 'Of course. Let me switch the captions to Spanish so I can follow along.' },
    { speaker: S4_PT, role: 'patient', text: 'Gracias, doctor. Desde el martes tengo fiebre y me duele mucho la garganta.' },
    { speaker: you(S4_SELF), role: 'clinician', text: '¿Cuánto le llegó la fiebre?' },
    { speaker: S4_PT, role: 'patient', text: 'A 39.5 anoche.' },
    { speaker: you(S4_SELF), role: 'clinician', text: 'Muy bien, vamos a hacer una prueba de estreptococo hoy mismo.' },
  ],
  forbidden: [...UI_NOISE, 'English (United States)', 'Spanish (Mexico)', 'French (France)', 'Spanish (Spain)'],
};

// ---------------------------------------------------------------------------------------------
// 5. Layout churn under live captions: chat panel with medication list, the patient presents (the
//    caption bar is re-parented into the presentation layout), "Jump to bottom" + dummy div appear,
//    the people panel replaces chat
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.3 chat is a separate live region div[aria-live=polite].Ge9Kpc[jsname=xySENc]; caption
// bar (.hLkVuf/data-side=3) takes layout space, main.axUSnc inset changes; §2.4 trailing dummy div and
// "Jump to bottom" (arrow_downward) button; §2.5.1 same speaker gets a new block after a pause.
const S5_SELF = 'Dr. Priya Raghunathan';
const S5_PT = 'Søren Ødegaard';
const s5: Scenario = {
  name: 'meet r5: chat and people panels, screen share re-parents the caption bar, jump button and dummy div',
  url: 'https://meet.google.com/rqa-mbzt-yel',
  selfNames: [S5_SELF],
  body: callBody({ self: S5_SELF, others: [S5_PT], captions: true }),
  async play(p) {
    const main = q(p.doc, 'main.axUSnc');
    await say(p, S5_PT, 'so', 'I brought the list of my medications like you asked should I read them out',
      'I brought the list of my medications like you asked. Should I read them out?');
    await p.sleep(400);
    await say(p, 'You', 'pr', "actually could you paste it in the chat that's easier for me to keep",
      "Actually, could you paste it in the chat? That's easier for me to keep.");
    // chat panel opens at the side; the stage shrinks
    const side = el(p.doc, `<aside class="R3Gmyc" aria-label="Side panel">
      <div class="chat-title">In-call messages</div>
      <div class="chat-note">Messages can only be seen by people in the call and are deleted when the call ends.</div>
      <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
      <textarea aria-label="Send a message"></textarea></aside>`);
    q(p.doc, '.crqnQb').appendChild(side);
    main.style.inset = '16px 376px 184px 16px';
    await p.sleep(300);
    await say(p, S5_PT, 'so', 'sure one second', 'Sure, one second.');
    const chat = q(side, 'div.Ge9Kpc');
    for (const line of ['Metformin 500 mg twice daily', 'Lisinopril 10 mg in the morning, atorvastatin 20 mg at night']) {
      chat.appendChild(
        el(p.doc, `<div class="Ss4fHf"><div class="poVWob">${esc(S5_PT)}</div><div class="MuzmKe">10:42 AM</div><div jsname="dTKtvb"><div>${esc(line)}</div></div></div>`),
      );
      await p.sleep(300);
    }
    await p.sleep(700); // pause → the same speaker gets a new block
    await say(p, S5_PT, 'so', "okay it's in there now there are five of them", "Okay, it's in there now. There are five of them.");
    await p.sleep(400);
    await say(p, 'You', 'pr', 'got it thank you can you also share your screen with the glucose chart',
      'Got it, thank you. Can you also share your screen with the glucose chart?');
    await p.sleep(500);
    // the patient presents: the stage is rebuilt around the presentation, the caption bar is moved into it
    const stage = el(p.doc, `<div class="presentation-layout"><div class="screen-tile"><div class="XEazBc">${esc(S5_PT)} (presenting)</div></div></div>`);
    q(p.doc, '.crqnQb').insertBefore(stage, main);
    stage.appendChild(q(p.doc, '.hLkVuf'));
    main.style.inset = '16px 376px 184px 1040px';
    await p.sleep(400);
    await say(p, S5_PT, 'so', 'okay can you see it now this is the last four weeks', 'Okay, can you see it now? This is the last four weeks.');
    await p.sleep(400);
    const t = block(p, 'You', 'pr');
    await more(p, t, 'yes I can see it your morning readings');
    jumpButton(p, true); // the clinician scrolls the caption history up to re-read
    dummy(p, true);
    await more(p, t, 'yes I can see it your morning readings look a lot steadier this month',
      'Yes, I can see it. Your morning readings look a lot steadier this month.');
    await p.sleep(400);
    await say(p, S5_PT, 'so', 'yeah the evenings are still a bit high though mostly after dinner',
      'Yeah, the evenings are still a bit high though, mostly after dinner.');
    // chat closes, people panel opens; the user clicks "Jump to bottom"
    side.replaceWith(
      el(p.doc, `<aside class="R3Gmyc" aria-label="Side panel"><div>People</div><div>In the meeting</div>
        <div role="listitem">${esc(S5_SELF)} (You)<div>Meeting host</div></div>
        <div role="listitem">${esc(S5_PT)}</div></aside>`),
    );
    jumpButton(p, false);
    dummy(p, false);
    await p.sleep(400);
    await say(p, 'You', 'pr', "that's what I'd expect let's talk about dinner timing next", "That's what I'd expect. Let's talk about dinner timing next.");
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: S5_PT, role: 'patient', text: 'I brought the list of my medications like you asked. Should I read them out?' },
    { speaker: you(S5_SELF), role: 'clinician', text: "Actually, could you paste it in the chat? That's easier for me to keep." },
    { speaker: S5_PT, role: 'patient', text: 'Sure, one second.' },
    { speaker: S5_PT, role: 'patient', text: "Okay, it's in there now. There are five of them." },
    { speaker: you(S5_SELF), role: 'clinician', text: 'Got it, thank you. Can you also share your screen with the glucose chart?' },
    { speaker: S5_PT, role: 'patient', text: 'Okay, can you see it now? This is the last four weeks.' },
    { speaker: you(S5_SELF), role: 'clinician', text: 'Yes, I can see it. Your morning readings look a lot steadier this month.' },
    { speaker: S5_PT, role: 'patient', text: 'Yeah, the evenings are still a bit high though, mostly after dinner.' },
    { speaker: you(S5_SELF), role: 'clinician', text: "That's what I'd expect. Let's talk about dinner timing next." },
  ],
  forbidden: [
    ...UI_NOISE, 'Metformin 500 mg', 'atorvastatin', 'In-call messages', 'Messages can only be seen', '(presenting)', '(You)',
    'Meeting host', 'In the meeting', '10:42 AM',
  ],
};

// ---------------------------------------------------------------------------------------------
// 6. A family member joins as a third speaker (guest with an emoji in her name) who shares the
//    patient's first name; the clinician's display name has initials
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.5.1 a new .nMcdL block per speaker turn, each carrying its own name span; §2.6 names come
// from the block's name span (local user = "You"). Roles of the two non-self speakers are left open.
const S6_SELF = 'Dr. J. R. Okafor';
const S6_PT = 'María José Peña';
const S6_FAM = 'María Peña 🌻';
const s6: Scenario = {
  name: 'meet r5: daughter joins as third speaker sharing the first name, emoji and initials in names',
  url: 'https://meet.google.com/wpe-hgsc-tnv',
  selfNames: [S6_SELF],
  body: callBody({ self: S6_SELF, others: [S6_PT], captions: true }),
  async play(p) {
    await say(p, 'You', 'jro', 'hi María José can you hear me okay', 'Hi, María José, can you hear me okay?');
    await p.sleep(400);
    await say(p, S6_PT, 'mjp', 'yes hi doctor my daughter is going to join too she helps me with the medicines',
      'Yes, hi, Doctor. My daughter is going to join too. She helps me with the medicines.');
    await p.sleep(400);
    // the host (the clinician) is asked to admit the guest
    const ask = el(p.doc, `<div role="dialog" aria-label="Someone wants to join this call" class="zkvCs">
      <div>${esc(S6_FAM)} wants to join this call</div><button><span>Deny entry</span></button><button><span>Admit</span></button></div>`);
    p.doc.body.appendChild(ask);
    await say(p, 'You', 'jro', "of course that's fine I'm letting her in now", "Of course, that's fine. I'm letting her in now.");
    await p.sleep(300);
    ask.remove();
    q(p.doc, 'main.axUSnc').appendChild(
      el(p.doc, `<div class="dkjMxf" data-participant-id="spaces/Zq1/devices/377"><div class="XEazBc"><span class="notranslate">${esc(S6_FAM)}</span></div></div>`),
    );
    await p.sleep(900);
    await say(p, S6_FAM, 'default-user', "hi sorry I'm late I'm María her daughter", "Hi, sorry I'm late. I'm María, her daughter.");
    await p.sleep(400);
    await say(p, 'You', 'jro', 'no problem María does your mom take the blood pressure pill in the morning or at night',
      'No problem, María. Does your mom take the blood pressure pill in the morning or at night?');
    await p.sleep(400);
    await say(p, S6_FAM, 'default-user', 'in the morning with breakfast', 'In the morning, with breakfast.');
    await p.sleep(350);
    await say(p, S6_PT, 'mjp', 'sometimes I forget it though', 'Sometimes I forget it, though.');
    await p.sleep(400);
    await say(p, 'You', 'jro', 'okay a pill organizer with the days of the week might really help',
      'Okay. A pill organizer with the days of the week might really help.');
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: you(S6_SELF), role: 'clinician', text: 'Hi, María José, can you hear me okay?' },
    { speaker: S6_PT, text: 'Yes, hi, Doctor. My daughter is going to join too. She helps me with the medicines.' },
    { speaker: you(S6_SELF), role: 'clinician', text: "Of course, that's fine. I'm letting her in now." },
    { speaker: S6_FAM, text: "Hi, sorry I'm late. I'm María, her daughter." },
    { speaker: you(S6_SELF), role: 'clinician', text: 'No problem, María. Does your mom take the blood pressure pill in the morning or at night?' },
    { speaker: S6_FAM, text: 'In the morning, with breakfast.' },
    { speaker: S6_PT, text: 'Sometimes I forget it, though.' },
    { speaker: you(S6_SELF), role: 'clinician', text: 'Okay. A pill organizer with the days of the week might really help.' },
  ],
  forbidden: [...UI_NOISE, 'wants to join', 'Deny entry', 'Admit'],
};

// ---------------------------------------------------------------------------------------------
// 7. A long silence mid-call (clinician looks up results), then the same speaker in a new block;
//    one-word "Yes." between long turns; an earlier block corrected during that "Yes."
// ---------------------------------------------------------------------------------------------
// Doc fact: §2.5.1 "the same speaker can also get a new consecutive block after a pause"; §2.5.6 old
// blocks stay as history; §2.5.3 late corrections of previous blocks; in-call markers stay throughout.
const S7_SELF = 'Dr. Kenji Watanabe';
const S7_PT = 'Aoife Ní Bhriain';
const s7: Scenario = {
  name: 'meet r5: long silence then the same speaker again, one-word "Yes." between long turns',
  url: 'https://meet.google.com/gmy-tdrw-xos',
  selfNames: [S7_SELF],
  body: callBody({ self: S7_SELF, others: [S7_PT], captions: true }),
  async play(p) {
    await say(p, 'You', 'kw', 'let me pull up your blood results give me one moment', 'Let me pull up your blood results, give me one moment.');
    await p.sleep(6000); // nothing said; nothing changes on the page
    await say(p, 'You', 'kw', 'okay here they are your thyroid levels are back in the normal range so the new dose is working',
      'Okay, here they are. Your thyroid levels are back in the normal range, so the new dose is working.');
    await p.sleep(400);
    await say(p, S7_PT, 'anb', "oh that's a relief", "Oh, that's a relief.");
    await p.sleep(400);
    const plan = await say(p, 'You', 'kw',
      "so will keep you on the same dose and I'd like to recheck the bloods in three months does that timing work for you",
      "So will keep you on the same dose, and I'd like to recheck the bloods in three months. Does that timing work for you?");
    await p.sleep(350);
    const yes = block(p, S7_PT, 'anb', 'yes');
    await p.sleep(200);
    yes.data = 'Yes.';
    plan.data = "So we'll keep you on the same dose, and I'd like to recheck the bloods in three months. Does that timing work for you?";
    await p.sleep(450);
    await say(p, 'You', 'kw',
      "great I'll send the lab form through the patient portal and if you notice palpitations or trouble sleeping before then message me",
      "Great. I'll send the lab form through the patient portal, and if you notice palpitations or trouble sleeping before then, message me.");
    await p.sleep(400);
    await say(p, S7_PT, 'anb', 'will do thanks doctor', 'Will do. Thanks, Doctor.');
  },
  leave: leaveMeet,
  loose: true,
  expected: [
    { speaker: you(S7_SELF), role: 'clinician', text: 'Let me pull up your blood results, give me one moment.' },
    { speaker: you(S7_SELF), role: 'clinician', text: 'Okay, here they are. Your thyroid levels are back in the normal range, so the new dose is working.' },
    { speaker: S7_PT, role: 'patient', text: "Oh, that's a relief." },
    { speaker: you(S7_SELF), role: 'clinician', text: "So we'll keep you on the same dose, and I'd like to recheck the bloods in three months. Does that timing work for you?" },
    { speaker: S7_PT, role: 'patient', text: 'Yes.' },
    { speaker: you(S7_SELF), role: 'clinician', text: "Great. I'll send the lab form through the patient portal, and if you notice palpitations or trouble sleeping before then, message me." },
    { speaker: S7_PT, role: 'patient', text: 'Will do. Thanks, Doctor.' },
  ],
  forbidden: [...UI_NOISE],
};

export const meetScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6, s7];
