// Independent caption scenarios, round 9: the USER INTERACTING with the Google Meet call page during
// a call (CC toggled off/on, caption language changed, side panels, scroll-back, caption styling,
// pinning and screen sharing). Written ONLY from /work/shared/research/caption-platforms.md and the
// runner's API (test/captions/independent/kit.ts, runner.ts). No product code or product fixtures
// were read. Research sections used are cited per scenario.
//
// Page model used everywhere (§2.3, §2.4 "Outline to build", §2.5, §2.6):
//  - in-call marker: `.google-symbols` leave icon whose text is `call_end` (§2.1); leave() removes the
//    call UI and shows the "You left the meeting" page.
//  - caption bar `.hLkVuf[data-side=3]` › `.DtJ7e` › (caption-language div `div.NmXUuc.P9KVBf[jscontroller=rRafu]`,
//    §2.2) + `div[jsname=dsyhDe].iOzk7` › `div[role=region][tabindex=0][aria-label=Captions]`.
//  - one `.nMcdL.bj4p3b` block per speaker turn: `.adE6rb` (img[data-iml] + `.KcIKyf.jxFHg` › span name)
//    then `div.ygicle.VbkSUe` holding ONE bare text node rewritten in place (characterData) (§2.4, §2.5).
//  - the local user (the clinician) is labelled "You" (§2.6); the chat is a separate
//    `div[aria-live=polite].Ge9Kpc[jsname=xySENc]` (§2.3, §9).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 60;

/** Meet labels the local user "You" (§2.6); the product may resolve it to the self name. */
const you = (self: string): string[] => [self, 'You'];

function region(doc: Document): HTMLElement {
  return el(
    doc,
    `<div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:Wn8Btb;blur:P7O7bd" class="vNKgIf UDinHf"></div>`,
  );
}

function captionBar(langPicker = ''): string {
  return `<div class="hLkVuf" data-side="3" style="height: 164px;">
  <div class="DtJ7e">
    <div class="NmXUuc P9KVBf" jscontroller="rRafu">${langPicker}</div>
    <div jsname="dsyhDe" class="iOzk7">
      <div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:Wn8Btb;blur:P7O7bd" class="vNKgIf UDinHf"></div>
    </div>
  </div>
</div>`;
}

interface MeetPage {
  self: string;
  patient: string;
  title: string;
  langPicker?: string;
  /** extra markup inside the call container (panels, banners) */
  extra?: string;
}

function meetBody(o: MeetPage): string {
  return `
<div class="T4LgNb" jsname="a9kV6d">
  <div class="crqnQb" jsname="NeC6gb">
    <div class="u6vdEc ouH3xe">${o.title}</div>
    <main class="axUSnc" jsname="gyiJ4e" style="inset: 0px 0px 164px 0px;">
      <div class="dkjMxf" jsname="E2KThb">
        <div class="oZRSLe" data-participant-id="spaces/AAQA/devices/201" data-requested-participant-id="p201">
          <div class="XEazBc"><span class="zWGUib">${o.patient}</span></div>
          <div class="Iho3oc"><i class="google-symbols" aria-hidden="true">mic_off</i></div>
        </div>
        <div class="oZRSLe" data-participant-id="spaces/AAQA/devices/200" data-self-name="${o.self}">
          <div class="XEazBc"><span class="zWGUib">You</span></div>
        </div>
      </div>
    </main>
    ${captionBar(o.langPicker)}
    <div class="Tmb7Fd" role="toolbar" aria-label="Call controls">
      <span class="r6xAKc">10:42 AM | ${o.title}</span>
      <button aria-label="Turn off microphone" jsname="hw0c9"><i class="google-symbols" aria-hidden="true">mic</i></button>
      <button aria-label="Turn off camera" jsname="psRWwc"><i class="google-symbols" aria-hidden="true">videocam</i></button>
      <button aria-label="Turn off captions" aria-pressed="true" jsname="r8qRAd" data-cc><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
      <button aria-label="Present now" jsname="hNGZQc"><i class="google-symbols" aria-hidden="true">present_to_all</i></button>
      <button aria-label="More options" jsname="NakZHc"><i class="google-symbols" aria-hidden="true">more_vert</i></button>
      <button aria-label="Leave call" jsname="CQylAd"><i class="google-symbols" aria-hidden="true">call_end</i></button>
      <button aria-label="Chat with everyone" jsname="A5il2e" data-panel="chat"><i class="google-symbols" aria-hidden="true">chat</i></button>
      <button aria-label="People" jsname="A5il2e" data-panel="people"><i class="google-symbols" aria-hidden="true">people</i><div class="uIZQNc">2</div></button>
    </div>
    ${o.extra ?? ''}
  </div>
</div>
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`;
}

function meetLeave(p: Page) {
  q(p.doc, '.T4LgNb').remove();
  p.doc.body.appendChild(
    el(
      p.doc,
      `<div class="CRFCdf"><h1 class="roSPhc">You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>`,
    ),
  );
}

const curRegion = (doc: Document) => q(doc, 'div[role="region"][tabindex="0"]');

let iml = 2200;
/** Appends a caption block before any trailing non-caption children (§2.4), first word shown. */
function addBlock(reg: HTMLElement, name: string, avatar: string, first: string): Text {
  const doc = reg.ownerDocument;
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${(iml += 37)}.4" src="https://lh3.googleusercontent.com/a/${avatar}=s40-p"><div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const text = doc.createTextNode(first);
  block.lastElementChild!.appendChild(text);
  const trailing = Array.from(reg.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  reg.insertBefore(block, trailing);
  return text;
}

/** A new block for one turn, grown word by word (characterData), then re-punctuated (§2.5). */
async function say(p: Page, reg: HTMLElement, name: string, avatar: string, words: string, final?: string, step = STEP): Promise<Text> {
  const node = addBlock(reg, name, avatar, words.split(' ')[0]!);
  await p.sleep(step);
  await grow(p, node, words, final, step, 1);
  return node;
}

function press(p: Page, key: string, extra: KeyboardEventInit = {}) {
  p.doc.body.dispatchEvent(new p.win.KeyboardEvent('keydown', { key, bubbles: true, ...extra }));
  p.doc.body.dispatchEvent(new p.win.KeyboardEvent('keyup', { key, bubbles: true, ...extra }));
}

function ccIcon(p: Page, on: boolean) {
  const b = q(p.doc, 'button[data-cc]');
  b.setAttribute('aria-label', on ? 'Turn off captions' : 'Turn on captions');
  b.setAttribute('aria-pressed', String(on));
  q(b, '.google-symbols').textContent = on ? 'closed_caption' : 'closed_caption_off';
}

const COMMON_FORBIDDEN = ['call_end', 'closed_caption', 'present_to_all', 'more_vert', 'You left the meeting', 'mic_off'];

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M1 — §2.2 (keyboard `c`, region detached and replaced on CC toggle, TT #93), §2.5.1/2/7, §2.6, §9
// The user presses `c` while the patient is mid-sentence; the region node is removed; words spoken
// while captions are off never appear; pressing `c` again mounts a NEW region and the patient's
// continuing speech starts a fresh block there.
const m1 = {
  self: 'Dr. Maria Lopez',
  patient: 'Jordan Reyes',
  c1: ['good morning jordan I can see you now how have you been since we increased the blood pressure medicine', 'Good morning, Jordan. I can see you now. How have you been since we increased the blood pressure medicine?'],
  p1partial: 'mostly okay but I have been feeling dizzy when I stand',
  p2: ['especially in the mornings and once I almost fell in the kitchen', 'especially in the mornings, and once I almost fell in the kitchen.'],
  c2: ['that sounds like your pressure drops when you stand do you check it at home', 'That sounds like your pressure drops when you stand. Do you check it at home?'],
  p3: ['yes it was ninety five over sixty this morning', 'Yes, it was ninety-five over sixty this morning.'],
  c3: ["okay let's lower the dose to half a tablet and recheck in two weeks", "Okay, let's lower the dose to half a tablet and recheck in two weeks."],
} as const;
const meetCcKeyboardToggle: Scenario = {
  name: 'meet: user presses c mid-sentence, region replaced on re-enable',
  url: 'https://meet.google.com/kqv-mxbd-ruw',
  selfNames: [m1.self, 'Maria Lopez'],
  body: meetBody({ self: m1.self, patient: m1.patient, title: 'BP follow-up' }),
  loose: true,
  forbidden: COMMON_FORBIDDEN,
  async play(p) {
    let reg = curRegion(p.doc);
    await say(p, reg, 'You', 'ACg8ocSelfML', m1.c1[0], m1.c1[1]);
    await p.sleep(500);
    const words = m1.p1partial.split(' ');
    const node = addBlock(reg, m1.patient, 'ACg8ocJReyes', words[0]!);
    await p.sleep(STEP);
    await grow(p, node, m1.p1partial, undefined, 70, 1);
    // user presses `c`: captions off → the region is detached (§2.2, §2.5.7)
    press(p, 'c');
    reg.remove();
    ccIcon(p, false);
    await p.sleep(1600); // patient keeps talking, nothing is captioned
    press(p, 'c');
    reg = region(p.doc);
    q(p.doc, '[jsname="dsyhDe"]').appendChild(reg);
    ccIcon(p, true);
    await p.sleep(250);
    await say(p, reg, m1.patient, 'ACg8ocJReyes', m1.p2[0], m1.p2[1], 65);
    await p.sleep(600);
    await say(p, reg, 'You', 'ACg8ocSelfML', m1.c2[0], m1.c2[1]);
    await p.sleep(500);
    await say(p, reg, m1.patient, 'ACg8ocJReyes', m1.p3[0], m1.p3[1]);
    await p.sleep(450);
    await say(p, reg, 'You', 'ACg8ocSelfML', m1.c3[0], m1.c3[1]);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m1.self), role: 'clinician', text: m1.c1[1] },
    { speaker: m1.patient, role: 'patient', text: m1.p1partial },
    { speaker: m1.patient, role: 'patient', text: m1.p2[1] },
    { speaker: you(m1.self), role: 'clinician', text: m1.c2[1] },
    { speaker: m1.patient, role: 'patient', text: m1.p3[1] },
    { speaker: you(m1.self), role: 'clinician', text: m1.c3[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M2 — §2.2 (CC button click; ENC watchdog "caption region removed (captions toggled off)"),
// §2.3 (caption bar ancestors `.hLkVuf[data-side=3]`, `main.axUSnc` inset includes bar height),
// §2.5.1 (same speaker new block after a pause), §2.6, §9 (off → on → off → on, a NEW root each time).
// The user clicks the CC button twice during the call; the whole caption bar is torn down and
// rebuilt each time. The second "off" lands while the clinician is mid-sentence.
const m2 = {
  self: 'Dr. Nadia Hassan',
  patient: 'Robert Kim',
  c1: ['hi robert I have your lab results from tuesday in front of me', 'Hi Robert, I have your lab results from Tuesday in front of me.'],
  p1: ['great I was hoping the sugar number came down', 'Great, I was hoping the sugar number came down.'],
  c2: ['it did your A1C went from eight point two to seven point one', 'It did. Your A1C went from eight point two to seven point one.'],
  p2a: ['I have been walking every evening after dinner', 'I have been walking every evening after dinner.'],
  p2b: ['and I cut back on the orange juice', 'And I cut back on the orange juice.'],
  c3partial: 'that really shows keep the metformin at the',
  c3b: ['and we will recheck it in three months', 'And we will recheck it in three months.'],
  p3: ['sounds good do I still need to check my feet every day', 'Sounds good. Do I still need to check my feet every day?'],
  c4: ['yes every day and tell me right away about any sores', 'Yes, every day, and tell me right away about any sores.'],
} as const;
function m2Off(p: Page) {
  q(p.doc, 'button[data-cc]').click();
  q(p.doc, '.hLkVuf').remove();
  q(p.doc, 'main.axUSnc').setAttribute('style', 'inset: 0px 0px 88px 0px;');
  ccIcon(p, false);
}
function m2On(p: Page): HTMLElement {
  q(p.doc, 'button[data-cc]').click();
  const bar = el(p.doc, captionBar());
  q(p.doc, 'main.axUSnc').after(bar);
  q(p.doc, 'main.axUSnc').setAttribute('style', 'inset: 0px 0px 164px 0px;');
  ccIcon(p, true);
  return curRegion(p.doc);
}
const meetCcButtonTwice: Scenario = {
  name: 'meet: CC button clicked off/on twice, caption bar rebuilt, second off mid-sentence',
  url: 'https://meet.google.com/hzt-pwqa-dne?authuser=0',
  selfNames: [m2.self, 'Nadia Hassan'],
  body: meetBody({ self: m2.self, patient: m2.patient, title: 'Diabetes check-in' }),
  loose: true,
  forbidden: COMMON_FORBIDDEN,
  async play(p) {
    let reg = curRegion(p.doc);
    await say(p, reg, 'You', 'ACg8ocNHassan', m2.c1[0], m2.c1[1]);
    await p.sleep(450);
    await say(p, reg, m2.patient, 'ACg8ocRKim', m2.p1[0], m2.p1[1]);
    await p.sleep(400);
    await say(p, reg, 'You', 'ACg8ocNHassan', m2.c2[0], m2.c2[1]);
    await p.sleep(300);
    m2Off(p);
    await p.sleep(1400); // "that is the best it has been in years" — not captioned
    reg = m2On(p);
    await p.sleep(300);
    await say(p, reg, m2.patient, 'ACg8ocRKim', m2.p2a[0], m2.p2a[1]);
    await p.sleep(900); // pause → Meet starts a new block for the same speaker
    await say(p, reg, m2.patient, 'ACg8ocRKim', m2.p2b[0], m2.p2b[1]);
    await p.sleep(500);
    const words = m2.c3partial.split(' ');
    const node = addBlock(reg, 'You', 'ACg8ocNHassan', words[0]!);
    await p.sleep(STEP);
    await grow(p, node, m2.c3partial, undefined, STEP, 1);
    m2Off(p);
    await p.sleep(1200); // "same dose" said while off
    reg = m2On(p);
    await p.sleep(200);
    await say(p, reg, 'You', 'ACg8ocNHassan', m2.c3b[0], m2.c3b[1]);
    await p.sleep(500);
    await say(p, reg, m2.patient, 'ACg8ocRKim', m2.p3[0], m2.p3[1]);
    await p.sleep(450);
    await say(p, reg, 'You', 'ACg8ocNHassan', m2.c4[0], m2.c4[1]);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m2.self), role: 'clinician', text: m2.c1[1] },
    { speaker: m2.patient, role: 'patient', text: m2.p1[1] },
    { speaker: you(m2.self), role: 'clinician', text: m2.c2[1] },
    { speaker: m2.patient, role: 'patient', text: m2.p2a[1] },
    { speaker: m2.patient, role: 'patient', text: m2.p2b[1] },
    { speaker: you(m2.self), role: 'clinician', text: m2.c3partial },
    { speaker: you(m2.self), role: 'clinician', text: m2.c3b[1] },
    { speaker: m2.patient, role: 'patient', text: m2.p3[1] },
    { speaker: you(m2.self), role: 'clinician', text: m2.c4[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M3 — §2.2 (caption-language picker at bottom-left of the caption bar, `div.NmXUuc.P9KVBf
// [jscontroller=rRafu]`; region "sometimes" replaced on caption-language change, TT #93), §2.5,
// §2.6. Spanish spoken while captions are set to English comes out as
// English-looking garbage (what the page shows is what is expected). The user opens the picker,
// chooses Spanish (Mexico); the region is replaced; the visit continues in Spanish.
const m3 = {
  self: 'Dr. Elena Castillo',
  patient: 'Lucía Fernández',
  c1: ['hi lucia can you hear me all right', 'Hi Lucia, can you hear me all right?'],
  p1: ['see doctor low ego bean', 'See, doctor, low ego bean.'],
  c2: ['let me switch the captions to spanish so this works better for us', 'Let me switch the captions to Spanish so this works better for us.'],
  c3: ['listo cómo sigue la tos desde la semana pasada', 'Listo. ¿Cómo sigue la tos desde la semana pasada?'],
  p2: ['mucho mejor ya casi no toso en la noche pero todavía me canso al caminar', 'Mucho mejor, ya casi no toso en la noche, pero todavía me canso al caminar.'],
  c4: ['vamos a pedir una radiografía de tórax para estar seguros', 'Vamos a pedir una radiografía de tórax para estar seguros.'],
  p3: ['está bien doctora tengo que ir en ayunas', 'Está bien, doctora. ¿Tengo que ir en ayunas?'],
  c5: ['no no es necesario puede comer normal', 'No, no es necesario. Puede comer normal.'],
} as const;
const M3_PICKER = `<button class="VfPpkd-LgbsSe" jsname="Ne3sFf" aria-haspopup="listbox" aria-label="Meeting language: English (United States)"><i class="google-symbols" aria-hidden="true">language</i><span class="VfPpkd-vQzf8d">English (United States)</span><i class="google-symbols" aria-hidden="true">arrow_drop_down</i></button>`;
const meetCaptionLanguageChange: Scenario = {
  name: 'meet: user switches caption language to Spanish, region replaced',
  url: 'https://meet.google.com/pbn-ztyc-ofa',
  selfNames: [m3.self, 'Elena Castillo'],
  body: meetBody({ self: m3.self, patient: m3.patient, title: 'Consulta de seguimiento', langPicker: M3_PICKER }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'English (United States)', 'Spanish (Mexico)', 'Spanish (Spain)', 'arrow_drop_down', 'Meeting language', 'French (France)'],
  async play(p) {
    let reg = curRegion(p.doc);
    await say(p, reg, 'You', 'ACg8ocECast', m3.c1[0], m3.c1[1]);
    await p.sleep(500);
    await say(p, reg, m3.patient, 'ACg8ocLFern', m3.p1[0], m3.p1[1], 80);
    await p.sleep(500);
    await say(p, reg, 'You', 'ACg8ocECast', m3.c2[0], m3.c2[1]);
    await p.sleep(300);
    // user opens the caption-language picker: a listbox pops up (outside the region)
    q(p.doc, '.NmXUuc button').click();
    const menu = el(
      p.doc,
      `<div class="JPdR6b" role="listbox" aria-label="Meeting language" tabindex="-1">
        <div role="option" aria-selected="true" data-value="en-US"><span>English (United States)</span></div>
        <div role="option" aria-selected="false" data-value="es-ES"><span>Spanish (Spain)</span></div>
        <div role="option" aria-selected="false" data-value="es-MX"><span>Spanish (Mexico)</span></div>
        <div role="option" aria-selected="false" data-value="fr-FR"><span>French (France)</span></div>
      </div>`,
    );
    p.doc.body.appendChild(menu);
    await p.sleep(700);
    q(menu, '[data-value="es-MX"]').click();
    q(menu, '[data-value="es-MX"]').setAttribute('aria-selected', 'true');
    await p.sleep(120);
    menu.remove();
    const label = q(p.doc, '.NmXUuc .VfPpkd-vQzf8d');
    label.textContent = 'Spanish (Mexico)';
    q(p.doc, '.NmXUuc button').setAttribute('aria-label', 'Meeting language: Spanish (Mexico)');
    // the region node is detached and a new one mounted (TT #93)
    reg.remove();
    reg = region(p.doc);
    q(p.doc, '[jsname="dsyhDe"]').appendChild(reg);
    await p.sleep(400);
    await say(p, reg, 'You', 'ACg8ocECast', m3.c3[0], m3.c3[1]);
    await p.sleep(500);
    await say(p, reg, m3.patient, 'ACg8ocLFern', m3.p2[0], m3.p2[1], 70);
    await p.sleep(450);
    await say(p, reg, 'You', 'ACg8ocECast', m3.c4[0], m3.c4[1]);
    await p.sleep(450);
    await say(p, reg, m3.patient, 'ACg8ocLFern', m3.p3[0], m3.p3[1]);
    await p.sleep(400);
    await say(p, reg, 'You', 'ACg8ocECast', m3.c5[0], m3.c5[1]);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m3.self), role: 'clinician', text: m3.c1[1] },
    { speaker: m3.patient, role: 'patient', text: m3.p1[1] },
    { speaker: you(m3.self), role: 'clinician', text: m3.c2[1] },
    { speaker: you(m3.self), role: 'clinician', text: m3.c3[1] },
    { speaker: m3.patient, role: 'patient', text: m3.p2[1] },
    { speaker: you(m3.self), role: 'clinician', text: m3.c4[1] },
    { speaker: m3.patient, role: 'patient', text: m3.p3[1] },
    { speaker: you(m3.self), role: 'clinician', text: m3.c5[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M4 — §2.3 (chat is a SEPARATE `div[aria-live=polite].Ge9Kpc[jsname=xySENc]`; `main.axUSnc` inline
// inset and the caption bar react to layout), §2.4, §2.5, §2.6 (" (You)" suffix in participant
// lists [U]), §8.11, §9 (non-caption live region present). The user opens the chat panel while the
// patient is sending messages, types and sends a chat message, switches to the People panel, then
// closes the side panel. The caption region itself stays put.
const m4 = {
  self: 'Dr. Maria Lopez',
  patient: 'Jordan Reyes',
  c1: ['hi jordan thanks for sending the photos how is the rash on your forearm today', 'Hi Jordan, thanks for sending the photos. How is the rash on your forearm today?'],
  p1: ['honestly about the same it spread a little toward my elbow', 'Honestly, about the same. It spread a little toward my elbow.'],
  c2: ['I see them now the second one is a little out of focus but that is okay is it itchy or painful', 'I see them now. The second one is a little out of focus, but that is okay. Is it itchy or painful?'],
  p2: ['mostly itchy especially at night when I am trying to sleep', 'Mostly itchy, especially at night when I am trying to sleep.'],
  c3: ['I just put the instructions in the chat use the hydrocortisone cream twice a day for two weeks', 'I just put the instructions in the chat. Use the hydrocortisone cream twice a day for two weeks.'],
  p3: ['okay should I stop using the scented lotion I bought', 'Okay. Should I stop using the scented lotion I bought?'],
  c4: ['yes stop the scented lotion for now and send me a photo in a week', 'Yes, stop the scented lotion for now and send me a photo in a week.'],
  p4: ['will do thank you doctor', 'Will do. Thank you, doctor.'],
} as const;
function chatMsg(doc: Document, sender: string, time: string, text: string): HTMLElement {
  return el(
    doc,
    `<div class="Ss4fHf" jsname="Ypafjf"><div class="QTyiie"><div class="poVWob">${sender}</div><div class="MuzmKe">${time}</div></div><div class="beTDc"><div class="ptNLrf"><div jsname="dTKtvb"><div>${text}</div></div></div></div></div>`,
  );
}
const meetSidePanels: Scenario = {
  name: 'meet: user opens chat, sends a message, switches to People, closes panel',
  url: 'https://meet.google.com/wfs-gmde-jke',
  selfNames: [m4.self, 'Maria Lopez'],
  body: meetBody({ self: m4.self, patient: m4.patient, title: 'Dermatology follow-up' }),
  loose: true,
  forbidden: [
    ...COMMON_FORBIDDEN,
    'Uploaded 2 photos to the portal',
    'sorry 2nd pic is blurry',
    'thin layer 2x daily',
    'In-call messages',
    'Meeting host',
    'Send a message',
    'Contributors',
    'Messages can only be seen',
  ],
  async play(p) {
    const reg = curRegion(p.doc);
    const main = q(p.doc, 'main.axUSnc');
    const bar = q(p.doc, '.hLkVuf');
    await say(p, reg, 'You', 'ACg8ocSelfML', m4.c1[0], m4.c1[1]);
    await p.sleep(450);
    await say(p, reg, m4.patient, 'ACg8ocJReyes', m4.p1[0], m4.p1[1]);
    await p.sleep(250);
    // user opens the chat panel: side panel appears, main and caption bar are re-laid out
    q(p.doc, 'button[data-panel="chat"]').click();
    p.doc.querySelector('.Ge9Kpc')?.remove();
    const panel = el(
      p.doc,
      `<aside class="R3Gmyc qwU8Me" jsname="b0t70b" aria-label="Side panel">
        <div class="CYZUZd"><h2 class="xFd6Fe">In-call messages</h2><button aria-label="Close"><i class="google-symbols" aria-hidden="true">close</i></button></div>
        <div class="Mo2RKf">Messages can only be seen by people in the call and are deleted when the call ends.</div>
        <div aria-live="polite" jsname="xySENc" class="Ge9Kpc z38b6"></div>
        <div class="BC4V9b"><textarea aria-label="Send a message" placeholder="Send a message"></textarea><button aria-label="Send a message"><i class="google-symbols" aria-hidden="true">send</i></button></div>
      </aside>`,
    );
    q(p.doc, '.crqnQb').appendChild(panel);
    const chat = q(panel, '.Ge9Kpc');
    chat.appendChild(chatMsg(p.doc, m4.patient, '10:39 AM', 'Uploaded 2 photos to the portal this morning'));
    main.setAttribute('style', 'inset: 0px 376px 164px 0px;');
    bar.setAttribute('style', 'height: 164px; right: 376px;');
    await p.sleep(200);
    // clinician speaks while a chat message arrives mid-growth
    const words = m4.c2[0].split(' ');
    const node = addBlock(reg, 'You', 'ACg8ocSelfML', words[0]!);
    await p.sleep(STEP);
    await grow(p, node, words.slice(0, 9).join(' '), undefined, STEP, 1);
    chat.appendChild(chatMsg(p.doc, m4.patient, '10:43 AM', 'sorry 2nd pic is blurry'));
    await grow(p, node, m4.c2[0], m4.c2[1], STEP, 9);
    await p.sleep(450);
    await say(p, reg, m4.patient, 'ACg8ocJReyes', m4.p2[0], m4.p2[1]);
    await p.sleep(300);
    // user types in the chat box and sends
    const ta = q<HTMLTextAreaElement>(panel, 'textarea');
    for (const part of ['Hydro', 'Hydrocortisone 1% cream,', 'Hydrocortisone 1% cream, thin layer 2x daily x 14 days']) {
      ta.value = part;
      ta.dispatchEvent(new p.win.Event('input', { bubbles: true }));
      await p.sleep(120);
    }
    q(panel, 'button[aria-label="Send a message"]').click();
    chat.appendChild(chatMsg(p.doc, 'You', '10:44 AM', 'Hydrocortisone 1% cream, thin layer 2x daily x 14 days'));
    ta.value = '';
    await p.sleep(200);
    await say(p, reg, 'You', 'ACg8ocSelfML', m4.c3[0], m4.c3[1]);
    await p.sleep(300);
    // user switches to the People panel: panel content replaced
    q(p.doc, 'button[data-panel="people"]').click();
    panel.innerHTML = `<div class="CYZUZd"><h2 class="xFd6Fe">People</h2><button aria-label="Close"><i class="google-symbols" aria-hidden="true">close</i></button></div>
      <div class="AE8xFb"><button aria-label="Add people"><i class="google-symbols" aria-hidden="true">person_add</i>Add people</button></div>
      <div role="list" aria-label="Participants"><div class="Bh6sJb">In the meeting</div><div class="Bh6sJb">Contributors</div>
        <div role="listitem" aria-label="${m4.self}"><img src="https://lh3.googleusercontent.com/a/ACg8ocSelfML=s40-p" alt=""><span class="zWGUib">${m4.self}</span><span class="NnTWjc">(You)</span><div class="d93U2d">Meeting host</div></div>
        <div role="listitem" aria-label="${m4.patient}"><img src="https://lh3.googleusercontent.com/a/ACg8ocJReyes=s40-p" alt=""><span class="zWGUib">${m4.patient}</span><i class="google-symbols" aria-hidden="true">mic_off</i></div>
      </div>`;
    await p.sleep(200);
    await say(p, reg, m4.patient, 'ACg8ocJReyes', m4.p3[0], m4.p3[1]);
    await p.sleep(450);
    await say(p, reg, 'You', 'ACg8ocSelfML', m4.c4[0], m4.c4[1]);
    await p.sleep(250);
    // user closes the side panel
    panel.remove();
    main.setAttribute('style', 'inset: 0px 0px 164px 0px;');
    bar.setAttribute('style', 'height: 164px;');
    p.doc.body.appendChild(el(p.doc, `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`));
    await p.sleep(300);
    await say(p, reg, m4.patient, 'ACg8ocJReyes', m4.p4[0], m4.p4[1]);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m4.self), role: 'clinician', text: m4.c1[1] },
    { speaker: m4.patient, role: 'patient', text: m4.p1[1] },
    { speaker: you(m4.self), role: 'clinician', text: m4.c2[1] },
    { speaker: m4.patient, role: 'patient', text: m4.p2[1] },
    { speaker: you(m4.self), role: 'clinician', text: m4.c3[1] },
    { speaker: m4.patient, role: 'patient', text: m4.p3[1] },
    { speaker: you(m4.self), role: 'clinician', text: m4.c4[1] },
    { speaker: m4.patient, role: 'patient', text: m4.p4[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M5 — §2.4 (region children: blocks then trailing dummy div (<2 child nodes) and the "Jump to
// bottom" button with `arrow_downward`, `.IMKgW`), §2.5.3 (Meet corrects EARLIER blocks),
// §2.5.6 (scrollable captions keep history; the button appears when the user scrolls up),
// §2.6/§8.11 (junk strings). The user scrolls up to re-read; while scrolled up Meet corrects an
// earlier patient block and keeps appending new blocks before the trailing elements; the user
// clicks "Jump to bottom" and the trailing elements go away.
const m5 = {
  self: 'Dr. Oliver Grant',
  patient: 'Sofia Marino',
  c1: ['good morning sofia it has been ten days since the knee surgery how is the pain', 'Good morning, Sofia. It has been ten days since the knee surgery. How is the pain?'],
  p1: ['much better the swelling went down after I started icing it tree times a day', 'Much better. The swelling went down after I started icing it tree times a day.'],
  p1fixed: 'Much better. The swelling went down after I started icing it three times a day.',
  c2: ['that is great are you still taking the oxycodone', 'That is great. Are you still taking the oxycodone?'],
  p2: ['no just ibuprofen now maybe twice a day', 'No, just ibuprofen now, maybe twice a day.'],
  c3: ['good can you bend the knee past ninety degrees yet', 'Good. Can you bend the knee past ninety degrees yet?'],
  p3: ['almost my physical therapist measured eighty five on friday', 'Almost. My physical therapist measured eighty-five on Friday.'],
  c4: ['that is right on track keep doing the exercises twice a day', 'That is right on track. Keep doing the exercises twice a day.'],
  p4: ['I will thanks doctor grant', 'I will, thanks, Doctor Grant.'],
} as const;
const meetScrollBack: Scenario = {
  name: 'meet: user scrolls captions back, earlier block corrected, Jump to bottom',
  url: 'https://meet.google.com/rjc-uwex-qmo',
  selfNames: [m5.self, 'Oliver Grant'],
  body: meetBody({ self: m5.self, patient: m5.patient, title: 'Post-op visit' }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'Jump to bottom', 'arrow_downward', 'Jump to the most recent captions'],
  async play(p) {
    const reg = curRegion(p.doc);
    await say(p, reg, 'You', 'ACg8ocOGrant', m5.c1[0], m5.c1[1]);
    await p.sleep(450);
    const p1 = await say(p, reg, m5.patient, 'ACg8ocSMarino', m5.p1[0], m5.p1[1]);
    await p.sleep(350);
    // clinician starts answering; meanwhile the user scrolls the caption region up to re-read
    const words = m5.c2[0].split(' ');
    const c2 = addBlock(reg, 'You', 'ACg8ocOGrant', words[0]!);
    await p.sleep(STEP);
    await grow(p, c2, words.slice(0, 3).join(' '), undefined, STEP, 1);
    reg.dispatchEvent(new p.win.Event('wheel', { bubbles: true }));
    reg.dispatchEvent(new p.win.Event('scroll'));
    reg.appendChild(el(p.doc, `<div></div>`));
    reg.appendChild(
      el(
        p.doc,
        `<div class="IMKgW"><button class="VYBDae-Bz112c-LgbsSe" aria-label="Jump to bottom"><i class="google-symbols" aria-hidden="true">arrow_downward</i><span>Jump to bottom</span></button></div>`,
      ),
    );
    await grow(p, c2, words.slice(0, 5).join(' '), undefined, STEP, 3);
    // Meet corrects the earlier patient block while the user is reading it (§2.5.3)
    p1.data = m5.p1fixed;
    await grow(p, c2, m5.c2[0], m5.c2[1], STEP, 5);
    await p.sleep(450);
    await say(p, reg, m5.patient, 'ACg8ocSMarino', m5.p2[0], m5.p2[1]);
    await p.sleep(450);
    await say(p, reg, 'You', 'ACg8ocOGrant', m5.c3[0], m5.c3[1]);
    await p.sleep(300);
    // user clicks "Jump to bottom": the trailing elements go away
    q(reg, '.IMKgW button').click();
    q(reg, '.IMKgW').remove();
    const dummy = Array.from(reg.children).find((c) => !c.classList.contains('nMcdL'));
    dummy?.remove();
    await p.sleep(300);
    await say(p, reg, m5.patient, 'ACg8ocSMarino', m5.p3[0], m5.p3[1]);
    await p.sleep(450);
    await say(p, reg, 'You', 'ACg8ocOGrant', m5.c4[0], m5.c4[1]);
    await p.sleep(450);
    await say(p, reg, m5.patient, 'ACg8ocSMarino', m5.p4[0], m5.p4[1]);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m5.self), role: 'clinician', text: m5.c1[1] },
    { speaker: m5.patient, role: 'patient', text: m5.p1fixed },
    { speaker: you(m5.self), role: 'clinician', text: m5.c2[1] },
    { speaker: m5.patient, role: 'patient', text: m5.p2[1] },
    { speaker: you(m5.self), role: 'clinician', text: m5.c3[1] },
    { speaker: m5.patient, role: 'patient', text: m5.p3[1] },
    { speaker: you(m5.self), role: 'clinician', text: m5.c4[1] },
    { speaker: m5.patient, role: 'patient', text: m5.p4[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M6 — §2.3 ("customizable caption styling", Jun 2025), §2.4, §2.5, §2.6. The user opens
// More options → Settings → Captions and enlarges/recolours the captions while people talk: a
// settings dialog (with its own preview text) appears outside the region, and the region/text divs
// receive inline style attribute changes. No caption node is replaced.
const m6 = {
  self: 'Dr. Hannah Cole',
  patient: 'Walter Jenkins',
  c1: ['hello mister jenkins can you hear me okay', 'Hello, Mister Jenkins. Can you hear me okay?'],
  p1: ['a little faint doctor but I can read the words on the screen', 'A little faint, doctor, but I can read the words on the screen.'],
  c2: ['good I made the captions bigger on my side too let us talk about the dizziness', 'Good. I made the captions bigger on my side too. Let us talk about the dizziness.'],
  p2: ['it only happens now when I turn over in bed', 'It only happens now when I turn over in bed.'],
  c3: ['that sounds like positional vertigo I will show you an exercise that can help', 'That sounds like positional vertigo. I will show you an exercise that can help.'],
  p3: ['all right I am ready', 'All right, I am ready.'],
} as const;
const meetCaptionStyle: Scenario = {
  name: 'meet: user opens caption settings and restyles captions mid-call',
  url: 'https://meet.google.com/xdu-qken-bvp?hl=en',
  selfNames: [m6.self, 'Hannah Cole'],
  body: meetBody({ self: m6.self, patient: m6.patient, title: 'Geriatrics video visit' }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'Captions will look like this', 'Font size', 'Font color', 'Background opacity', 'format_size'],
  async play(p) {
    const reg = curRegion(p.doc);
    await say(p, reg, 'You', 'ACg8ocHCole', m6.c1[0], m6.c1[1]);
    await p.sleep(450);
    await say(p, reg, m6.patient, 'ACg8ocWJenk', m6.p1[0], m6.p1[1], 75);
    await p.sleep(250);
    // More options → Settings → Captions tab
    q(p.doc, 'button[aria-label="More options"]').click();
    const menu = el(
      p.doc,
      `<ul class="VfPpkd-StrnGf-rymPhb" role="menu" aria-label="Call options"><li role="menuitem"><i class="google-symbols" aria-hidden="true">settings</i><span>Settings</span></li><li role="menuitem"><i class="google-symbols" aria-hidden="true">report</i><span>Report a problem</span></li></ul>`,
    );
    p.doc.body.appendChild(menu);
    await p.sleep(300);
    menu.remove();
    const dlg = el(
      p.doc,
      `<div role="dialog" aria-label="Settings" aria-modal="true" class="uW2Fw-Sx9Kwc">
        <div role="tablist"><button role="tab">Audio</button><button role="tab">Video</button><button role="tab" aria-selected="true"><i class="google-symbols" aria-hidden="true">closed_caption</i>Captions</button></div>
        <div role="tabpanel">
          <div class="caption-style-preview" aria-hidden="true"><span class="NWpY1d">Preview</span><div class="ygicle">Captions will look like this</div></div>
          <label><i class="google-symbols" aria-hidden="true">format_size</i>Font size<select><option>Default</option><option>Large</option><option>Huge</option></select></label>
          <label>Font color<select><option>White</option><option>Yellow</option></select></label>
          <label>Background opacity<select><option>75%</option><option>100%</option></select></label>
        </div>
      </div>`,
    );
    p.doc.body.appendChild(dlg);
    await p.sleep(200);
    // clinician talks while restyling
    const words = m6.c2[0].split(' ');
    const c2 = addBlock(reg, 'You', 'ACg8ocHCole', words[0]!);
    await p.sleep(STEP);
    await grow(p, c2, words.slice(0, 6).join(' '), undefined, STEP, 1);
    q<HTMLSelectElement>(dlg, 'select').selectedIndex = 1;
    reg.setAttribute('style', 'font-size: 28px; line-height: 36px;');
    for (const t of Array.from(reg.querySelectorAll('.ygicle'))) t.setAttribute('style', 'font-size: 28px; line-height: 36px;');
    await grow(p, c2, words.slice(0, 11).join(' '), undefined, STEP, 6);
    dlg.querySelectorAll('select')[1]!.selectedIndex = 1;
    for (const t of Array.from(reg.querySelectorAll('.ygicle'))) t.setAttribute('style', 'font-size: 28px; line-height: 36px; color: rgb(255, 235, 59);');
    await grow(p, c2, m6.c2[0], m6.c2[1], STEP, 11);
    await p.sleep(400);
    const p2 = await say(p, reg, m6.patient, 'ACg8ocWJenk', m6.p2[0], m6.p2[1], 75);
    p2.parentElement!.setAttribute('style', 'font-size: 28px; line-height: 36px; color: rgb(255, 235, 59);');
    await p.sleep(300);
    dlg.remove();
    await p.sleep(200);
    const c3 = await say(p, reg, 'You', 'ACg8ocHCole', m6.c3[0], m6.c3[1]);
    c3.parentElement!.setAttribute('style', 'font-size: 28px; line-height: 36px; color: rgb(255, 235, 59);');
    await p.sleep(450);
    await say(p, reg, m6.patient, 'ACg8ocWJenk', m6.p3[0], m6.p3[1], 75);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m6.self), role: 'clinician', text: m6.c1[1] },
    { speaker: m6.patient, role: 'patient', text: m6.p1[1] },
    { speaker: you(m6.self), role: 'clinician', text: m6.c2[1] },
    { speaker: m6.patient, role: 'patient', text: m6.p2[1] },
    { speaker: you(m6.self), role: 'clinician', text: m6.c3[1] },
    { speaker: m6.patient, role: 'patient', text: m6.p3[1] },
  ],
};

// ────────────────────────────────────────────────────────────────────────────────────────────────
// M7 — §2.3 (caption-bar ancestors and `main.axUSnc` inline inset react to layout), §2.4, §2.5.1
// (same speaker, new block after a pause), §2.6 (self tile `data-self-name`, "You"), §8.11.
// The clinician pins the patient's tile, then presents the screen (presenting banner, a
// presentation tile, tiles reshuffled), talks through results, and stops presenting.
const m7 = {
  self: 'Dr. Ethan Brooks',
  patient: 'Priya Shah',
  c1: ['hi priya I want to walk you through your thyroid results today', 'Hi Priya, I want to walk you through your thyroid results today.'],
  p1: ['sure I have been curious since the nurse called', 'Sure, I have been curious since the nurse called.'],
  c2: ['let me share my screen so you can see the numbers', 'Let me share my screen so you can see the numbers.'],
  c3: ['your TSH is a little high this time but your free T4 is normal', 'Your TSH is a little high this time, but your free T4 is normal.'],
  p2: ['so does that mean I need medication', 'So does that mean I need medication?'],
  c4: ['not yet we will repeat the test in six weeks and watch for symptoms', 'Not yet. We will repeat the test in six weeks and watch for symptoms.'],
  p3: ['okay that makes sense thank you', 'Okay, that makes sense. Thank you.'],
  c5: ["you're welcome take care", "You're welcome. Take care."],
} as const;
const meetPinAndPresent: Scenario = {
  name: 'meet: clinician pins the patient and presents the screen',
  url: 'https://meet.google.com/tyo-vbnq-hza',
  selfNames: [m7.self, 'Ethan Brooks'],
  body: meetBody({ self: m7.self, patient: m7.patient, title: 'Lab results review' }),
  loose: true,
  forbidden: [...COMMON_FORBIDDEN, 'push_pin', 'You are presenting to everyone', 'Stop presenting', '(Presentation)', 'Unpin', 'keep_off'],
  async play(p) {
    const reg = curRegion(p.doc);
    const main = q(p.doc, 'main.axUSnc');
    const bar = q(p.doc, '.hLkVuf');
    await say(p, reg, 'You', 'ACg8ocEBrooks', m7.c1[0], m7.c1[1]);
    await p.sleep(450);
    // user pins the patient's tile while she answers
    const words = m7.p1[0].split(' ');
    const p1 = addBlock(reg, m7.patient, 'ACg8ocPShah', words[0]!);
    await p.sleep(STEP);
    await grow(p, p1, words.slice(0, 4).join(' '), undefined, STEP, 1);
    const tiles = q(p.doc, '.dkjMxf');
    const patientTile = q(tiles, '[data-requested-participant-id="p201"]');
    patientTile.classList.add('pinned');
    patientTile.appendChild(el(p.doc, `<div class="pin-badge"><i class="google-symbols" aria-hidden="true">push_pin</i><button aria-label="Unpin ${m7.patient}"><i class="google-symbols" aria-hidden="true">keep_off</i>Unpin</button></div>`));
    tiles.insertBefore(patientTile, tiles.firstChild);
    await grow(p, p1, m7.p1[0], m7.p1[1], STEP, 4);
    await p.sleep(400);
    await say(p, reg, 'You', 'ACg8ocEBrooks', m7.c2[0], m7.c2[1]);
    // user clicks Present now → presenting layout
    q(p.doc, 'button[aria-label="Present now"]').click();
    await p.sleep(400);
    const banner = el(
      p.doc,
      `<div class="Rc2vTb" role="status"><i class="google-symbols" aria-hidden="true">present_to_all</i><span>You are presenting to everyone</span><button aria-label="Stop presenting">Stop presenting</button></div>`,
    );
    main.prepend(banner);
    const presTile = el(
      p.doc,
      `<div class="oZRSLe presentation" data-participant-id="spaces/AAQA/devices/200/presentation"><div class="XEazBc"><span class="zWGUib">${m7.self} (Presentation)</span></div></div>`,
    );
    tiles.insertBefore(presTile, tiles.firstChild);
    main.setAttribute('style', 'inset: 0px 0px 196px 0px;');
    bar.setAttribute('style', 'height: 132px; left: 16px; right: 256px;');
    await p.sleep(900); // pause → a new "You" block
    await say(p, reg, 'You', 'ACg8ocEBrooks', m7.c3[0], m7.c3[1]);
    await p.sleep(450);
    await say(p, reg, m7.patient, 'ACg8ocPShah', m7.p2[0], m7.p2[1]);
    await p.sleep(400);
    await say(p, reg, 'You', 'ACg8ocEBrooks', m7.c4[0], m7.c4[1]);
    await p.sleep(200);
    // stop presenting
    q(banner, 'button').click();
    banner.remove();
    presTile.remove();
    main.setAttribute('style', 'inset: 0px 0px 164px 0px;');
    bar.setAttribute('style', 'height: 164px;');
    await p.sleep(300);
    await say(p, reg, m7.patient, 'ACg8ocPShah', m7.p3[0], m7.p3[1]);
    await p.sleep(400);
    await say(p, reg, 'You', 'ACg8ocEBrooks', m7.c5[0], m7.c5[1]);
  },
  leave: meetLeave,
  expected: [
    { speaker: you(m7.self), role: 'clinician', text: m7.c1[1] },
    { speaker: m7.patient, role: 'patient', text: m7.p1[1] },
    { speaker: you(m7.self), role: 'clinician', text: m7.c2[1] },
    { speaker: you(m7.self), role: 'clinician', text: m7.c3[1] },
    { speaker: m7.patient, role: 'patient', text: m7.p2[1] },
    { speaker: you(m7.self), role: 'clinician', text: m7.c4[1] },
    { speaker: m7.patient, role: 'patient', text: m7.p3[1] },
    { speaker: you(m7.self), role: 'clinician', text: m7.c5[1] },
  ],
};

export const meetScenarios: Scenario[] = [
  meetCcKeyboardToggle,
  meetCcButtonTwice,
  meetCaptionLanguageChange,
  meetSidePanels,
  meetScrollBack,
  meetCaptionStyle,
  meetPinAndPresent,
];
