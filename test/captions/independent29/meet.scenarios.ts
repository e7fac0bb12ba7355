// Round 29, Google Meet: multi-party telehealth visits (10-16 turns each).
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §1   cross-platform summary (Meet row: one block per turn, "You" label, characterData rewrites)
//   §2.1 URL patterns and lifecycle (meet.google.com/xxx-xxxx-xxx, `.google-symbols` `call_end`)
//   §2.2 turning captions on (`closed_caption_off` icon; region detached and replaced on CC toggle;
//        caption-language settings div `div.NmXUuc.P9KVBf[jscontroller=rRafu]`)
//   §2.3 container (`div[role=region][tabindex="0"]`, aria-label "Captions", jscontroller KPn5nb,
//        wrapper `div[jsname=dsyhDe].iOzk7`, bar ancestors `.DtJ7e` / `.hLkVuf[data-side="3"]`,
//        `main.axUSnc`, the chat live region `div[aria-live=polite].Ge9Kpc[jsname=xySENc]`)
//   §2.4 region children and 2025-26 block shape (`div.nMcdL.bj4p3b` › `div.adE6rb` (img[data-iml] +
//        `div.KcIKyf.jxFHg` › `span.NWpY1d`) + `div.ygicle.VbkSUe` with one bare text node; trailing
//        dummy div (<2 child nodes) at last-but-one and the "Jump to bottom" button `.IMKgW` last)
//   §2.5 mutation model (new block per turn, same speaker may get a new consecutive block after a
//        pause, in-place characterData growth, re-punctuation, late corrections to earlier blocks,
//        old blocks kept as scroll-back, CC toggle replaces the region)
//   §2.6 local user is the literal "You"; self name from `data-self-name` in the tiles; noise strings
//   §8   strategies (noise filters: `arrow_downward`, "Jump to bottom"; chat region is not captions)
//   §9   fixture checklist (off/on/new root, self speaker, split continuation, late revisions, chat)
//
// Shared assumptions (the research is silent on these):
// - Participant tiles: the research only says a tile carries `data-self-name` (ENC). Tiles here are
//   neutral stand-ins (`div.tile` with the display name as text) inside `main.axUSnc`; a join adds one,
//   a drop/leave removes it. Their text is never caption text.
// - When a participant leaves, their earlier caption blocks stay in the region as scroll-back history
//   (§2.5.6 says earlier blocks stay; nothing says they are removed on leave).
// - Leaving the call: the whole call UI (controls with `call_end`, caption bar, stage) is removed.
//   The root wrapper `div.call` is a neutral stand-in, not a documented Meet class.
// - Only the local user ("You", selfNames) gets a role (clinician). Remote participants' roles
//   (patient, interpreter, family, supervisor) are not derivable from the research, so no role is set.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface Who {
  name: string;
  av: string;
  iml: string;
}

const avatar = (id: string) => `https://lh3.googleusercontent.com/a/${id}=s40-p`;
const who = (name: string, id: string, iml: string): Who => ({ name, av: avatar(id), iml });
const ME = (id: string): Who => who('You', id, '1001.5');

const JUMP = '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>';
const NOISE = ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption'];

function regionHtml(inner = ''): string {
  return `<div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:Kx6tM" class="vNKgIf UDinHf">${inner}</div>`;
}

function tileHtml(name: string, self = false): string {
  return self
    ? `<div class="tile" data-self-name="${name}"><div class="tile-name">${name}</div></div>`
    : `<div class="tile" data-tile="${name}"><div class="tile-name">${name}</div></div>`;
}

function meetBody(o: { self: string; others: string[]; captionsOn: boolean; regionInner?: string; chat?: string[]; langPicker?: string }): string {
  const tiles = [tileHtml(o.self, true), ...o.others.map((n) => tileHtml(n))].join('');
  const lang = o.langPicker ? `<div class="NmXUuc P9KVBf" jscontroller="rRafu"><button><span>${o.langPicker}</span></button></div>` : '';
  const chat = (o.chat ?? []).map((m) => `<div class="chat-msg">${m}</div>`).join('');
  return `
<div class="call">
  <main class="axUSnc" style="inset: 0px 0px 136px;">
    <div class="stage">${tiles}</div>
  </main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">
      ${lang}
      <div jsname="dsyhDe" class="iOzk7">${o.captionsOn ? regionHtml(o.regionInner ?? '') : ''}</div>
    </div>
  </div>
  <div class="controls">
    <button><i class="google-symbols">${o.captionsOn ? 'closed_caption' : 'closed_caption_off'}</i></button>
    <button><i class="google-symbols">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc">${chat}</div>
</div>`;
}

const regionOf = (p: Page) => q(p.doc, 'div[role="region"][tabindex="0"]');

/** Appends a new caption block (one speaker turn) before the trailing non-caption elements. */
function addBlock(p: Page, w: Who): Text {
  const r = regionOf(p);
  const block = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${w.iml}" src="${w.av}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${w.name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const text = p.doc.createTextNode('');
  q(block, '.ygicle').appendChild(text);
  const trailing = Array.from(r.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  r.insertBefore(block, trailing);
  return text;
}

interface SpeakOpts {
  /** Re-punctuated / re-cased form written once the words are in (§2.5.3). */
  final?: string;
  ms?: number;
  /** [word index, interim word]: the ASR first shows the interim word, then rewrites it. */
  slip?: [number, string];
  /** Called after this many words are in (e.g. a late correction of an earlier block). */
  at?: [number, () => void];
}

/** One speaker turn: a new block whose single text node grows word by word (characterData). */
async function speak(p: Page, w: Who, text: string, o: SpeakOpts = {}): Promise<Text> {
  const node = addBlock(p, w);
  const words = text.split(' ');
  const ms = o.ms ?? 100;
  for (let i = 1; i <= words.length; i++) {
    if (o.slip && o.slip[0] === i - 1) {
      node.data = [...words.slice(0, i - 1), o.slip[1]].join(' ');
      await p.sleep(ms);
    }
    node.data = words.slice(0, i).join(' ');
    if (o.at && o.at[0] === i) o.at[1]();
    await p.sleep(ms);
  }
  if (o.final !== undefined) {
    node.data = o.final;
    await p.sleep(ms);
  }
  return node;
}

function addTile(p: Page, name: string) {
  q(p.doc, 'main.axUSnc .stage').appendChild(el(p.doc, tileHtml(name)));
}
function removeTile(p: Page, name: string) {
  q(p.doc, `.tile[data-tile="${name}"]`).remove();
}
function ccIcon(p: Page, text: string): HTMLElement {
  const icon = Array.from(p.doc.querySelectorAll<HTMLElement>('.google-symbols')).find((i) => i.textContent === text);
  if (!icon) throw new Error(`scenario bug: icon ${text} not found`);
  return icon;
}
/** CC off: icon flips to closed_caption_off and the region node is detached (§2.2, TT #93). */
function captionsOff(p: Page) {
  ccIcon(p, 'closed_caption').textContent = 'closed_caption_off';
  regionOf(p).remove();
}
/** CC on: icon flips back and a NEW region node is inserted into the same wrapper (§2.2). */
function captionsOn(p: Page) {
  ccIcon(p, 'closed_caption_off').textContent = 'closed_caption';
  q(p.doc, 'div[jsname="dsyhDe"].iOzk7').appendChild(el(p.doc, regionHtml()));
}
function showDummy(p: Page): HTMLElement {
  const r = regionOf(p);
  const dummy = el(p.doc, '<div></div>');
  r.insertBefore(dummy, r.querySelector('.IMKgW'));
  return dummy;
}
function leaveMeet(p: Page) {
  q(p.doc, 'div.call').remove();
}

const self = (name: string, text: string): Expected => ({ speaker: ['You', name], role: 'clinician', text });

// ---------------------------------------------------------------------------------------------
// 1. Interpreter-mediated visit.
// Tests: three-way alternation clinician ("You") → interpreter (Spanish) → patient (Spanish) →
// interpreter (English), 15 turns; accented Spanish text with ¿ and ñ; re-punctuation of the
// clinician's turns; a late correction of the patient's earlier block ("color" → "dolor") made while
// the interpreter's next block grows (§2.5.3); the interpreter's English rendering split over two
// consecutive blocks after a pause (§2.5.1), expected as one turn; "Jump to bottom" button always
// present as the last region child and the caption-language settings div in the bar (noise).
// Assumptions: the research does not say how Meet captions speech in a language other than the
// selected caption language; here the Spanish turns are captioned verbatim. The language-settings
// div is placed as the first child of `.DtJ7e`, before the block wrapper (its 2025-26 position is
// not documented; Nov 2024 had it as the first child of the container).
const S1_SELF = 'Dr. Maria Rivera';
const s1Me = ME('ACg8ocRivera');
const rosa = who('Rosa Delgado', 'ACg8ocRosaD', '2207.3');
const luis = who('Luis Ortega', 'ACg8ocLuisO', '3318.9');

const interpreterVisit: Scenario = {
  name: 'meet r29: interpreter-mediated visit, Spanish turns, late correction, split interpreter turn',
  url: 'https://meet.google.com/kqv-twmz-rpa',
  selfNames: [S1_SELF],
  body: meetBody({ self: S1_SELF, others: ['Rosa Delgado', 'Luis Ortega'], captionsOn: true, regionInner: JUMP, langPicker: 'English (United States)' }),
  async play(p) {
    await speak(p, s1Me, "good morning I'm doctor Rivera what brings you in today", { final: "Good morning, I'm Doctor Rivera. What brings you in today?", ms: 90 });
    await p.sleep(250);
    await speak(p, luis, 'Buenos días, soy la doctora Rivera. ¿Qué la trae hoy por aquí?', { ms: 90 });
    await p.sleep(250);
    const rosaFirst = await speak(p, rosa, 'Tengo color de cabeza desde hace una semana y me mareo.', { ms: 110 });
    await p.sleep(200);
    await speak(p, luis, 'she has had a headache for a week and she feels dizzy', {
      final: 'She has had a headache for a week and she feels dizzy.',
      ms: 90,
      at: [3, () => (rosaFirst.data = 'Tengo dolor de cabeza desde hace una semana y me mareo.')],
    });
    await p.sleep(250);
    await speak(p, s1Me, 'is the headache worse in the morning or at night', { final: 'Is the headache worse in the morning or at night?', ms: 80 });
    await p.sleep(250);
    await speak(p, luis, '¿El dolor es peor por la mañana o por la noche?', { ms: 90 });
    await p.sleep(250);
    await speak(p, rosa, 'Por la mañana, sobre todo cuando me levanto.', { ms: 120 });
    await p.sleep(250);
    await speak(p, luis, 'In the morning, mostly when she gets up.', { ms: 90 });
    await p.sleep(700); // pause: Meet starts a new consecutive block for the same speaker
    await speak(p, luis, 'She also says her vision gets blurry.', { ms: 90, slip: [6, 'blue'] });
    await p.sleep(250);
    await speak(p, s1Me, 'any nausea or vomiting and are you taking any medication', { final: 'Any nausea or vomiting? And are you taking any medication?', ms: 80 });
    await p.sleep(250);
    await speak(p, luis, '¿Tiene náuseas o vómitos? ¿Y toma algún medicamento?', { ms: 100 });
    await p.sleep(250);
    await speak(p, rosa, 'Náuseas un poco, y tomo losartán para la presión.', { ms: 120 });
    await p.sleep(250);
    await speak(p, luis, 'A little nausea, and she takes losartan for blood pressure.', { ms: 90 });
    await p.sleep(250);
    await speak(p, s1Me, "thank you I'd like to check her blood pressure today", { final: "Thank you. I'd like to check her blood pressure today.", ms: 80 });
    await p.sleep(250);
    await speak(p, luis, 'Gracias. Quisiera revisarle la presión hoy.', { ms: 90 });
    await p.sleep(250);
    await speak(p, rosa, 'Está bien, gracias doctora.', { ms: 130 });
  },
  leave: leaveMeet,
  expected: [
    self(S1_SELF, "Good morning, I'm Doctor Rivera. What brings you in today?"),
    { speaker: 'Luis Ortega', text: 'Buenos días, soy la doctora Rivera. ¿Qué la trae hoy por aquí?' },
    { speaker: 'Rosa Delgado', text: 'Tengo dolor de cabeza desde hace una semana y me mareo.' },
    { speaker: 'Luis Ortega', text: 'She has had a headache for a week and she feels dizzy.' },
    self(S1_SELF, 'Is the headache worse in the morning or at night?'),
    { speaker: 'Luis Ortega', text: '¿El dolor es peor por la mañana o por la noche?' },
    { speaker: 'Rosa Delgado', text: 'Por la mañana, sobre todo cuando me levanto.' },
    { speaker: 'Luis Ortega', text: 'In the morning, mostly when she gets up.' },
    { speaker: 'Luis Ortega', text: 'She also says her vision gets blurry.' },
    self(S1_SELF, 'Any nausea or vomiting? And are you taking any medication?'),
    { speaker: 'Luis Ortega', text: '¿Tiene náuseas o vómitos? ¿Y toma algún medicamento?' },
    { speaker: 'Rosa Delgado', text: 'Náuseas un poco, y tomo losartán para la presión.' },
    { speaker: 'Luis Ortega', text: 'A little nausea, and she takes losartan for blood pressure.' },
    self(S1_SELF, "Thank you. I'd like to check her blood pressure today."),
    { speaker: 'Luis Ortega', text: 'Gracias. Quisiera revisarle la presión hoy.' },
    { speaker: 'Rosa Delgado', text: 'Está bien, gracias doctora.' },
  ],
  forbidden: [...NOISE, 'English (United States)', 'Rosa Delgado', 'Luis Ortega'],
};

// ---------------------------------------------------------------------------------------------
// 2. Family carer joins mid-call.
// Tests: captions start OFF (no region) and the clinician turns them on, so the region appears as a
// new node (§2.2); patient and clinician talk, then the patient's daughter joins (new tile, a chat
// message in the separate aria-live chat region that must not become captions, §2.3) and speaks
// several turns under her own name; a slipped interim word rewritten mid-growth ("cough" →
// "coughing"); a late correction of the daughter's earlier block ("does" → "dose") while the patient
// speaks (§2.5.3); the dummy <2-child div at last-but-one and the "Jump to bottom" button appearing
// and disappearing (user scrolls up, §2.4/§2.5.6). 12 turns.
// Assumption: nothing is spoken-and-captioned before CC is on (words said while captions are off are
// not in the DOM and not expected). Chat message markup inside the chat region is not documented;
// a plain div is used.
const S2_SELF = 'Dr. Ethan Cole';
const s2Me = ME('ACg8ocCole');
const harold = who('Harold Jensen', 'ACg8ocHarJ', '4411.2');
const claire = who('Claire Jensen', 'ACg8ocClaJ', '5520.7');

const carerJoins: Scenario = {
  name: 'meet r29: family carer joins mid-call and speaks, chat distractor, CC turned on at start',
  url: 'https://meet.google.com/hbr-xqfe-nwd',
  selfNames: [S2_SELF],
  body: meetBody({ self: S2_SELF, others: ['Harold Jensen'], captionsOn: false, chat: ['Link for the visit notes is in the portal'] }),
  async play(p) {
    await p.sleep(300);
    captionsOn(p);
    await p.sleep(300);
    await speak(p, s2Me, 'hi Harold can you hear me all right now', { final: 'Hi Harold, can you hear me all right now?', ms: 90 });
    await p.sleep(250);
    await speak(p, harold, 'Yes, I can hear you fine, doctor.', { ms: 130 });
    await p.sleep(250);
    await speak(p, s2Me, 'good how has your breathing been since we changed the inhaler', { final: 'Good. How has your breathing been since we changed the inhaler?', ms: 80 });
    await p.sleep(250);
    await speak(p, harold, 'Better in the day, but I still wake up coughing.', { ms: 130, slip: [9, 'cough'] });
    // The daughter joins: a new tile and a chat line from her (chat is not captions).
    addTile(p, 'Claire Jensen');
    q(p.doc, 'div[aria-live="polite"].Ge9Kpc').appendChild(el(p.doc, '<div class="chat-msg">Sorry, joining from work</div>'));
    await p.sleep(400);
    await speak(p, claire, "hi sorry I'm late I'm his daughter I help with his medications", {
      final: "Hi, sorry I'm late. I'm his daughter, I help with his medications.",
      ms: 90,
    });
    await p.sleep(250);
    await speak(p, s2Me, 'thanks for joining is he using the inhaler twice a day', { final: 'Thanks for joining. Is he using the inhaler twice a day?', ms: 80 });
    await p.sleep(250);
    const dummy = showDummy(p);
    const claireMeds = await speak(p, claire, 'Mostly, but he forgets the evening does sometimes.', { ms: 100 });
    await p.sleep(200);
    await speak(p, harold, 'I remember it most nights, Claire.', {
      ms: 130,
      at: [2, () => (claireMeds.data = 'Mostly, but he forgets the evening dose sometimes.')],
    });
    dummy.remove();
    await p.sleep(250);
    const jump = el(p.doc, JUMP);
    regionOf(p).appendChild(jump); // user scrolled up: the button appears as the last child
    await speak(p, s2Me, "let's set a phone reminder for eight in the evening", { final: "Let's set a phone reminder for eight in the evening.", ms: 80 });
    await p.sleep(250);
    await speak(p, claire, 'I can set that up on his phone tonight.', { ms: 100 });
    jump.remove(); // back at the bottom
    await p.sleep(250);
    await speak(p, harold, 'That works for me.', { ms: 140 });
    await p.sleep(250);
    await speak(p, s2Me, "great I'll see you both in four weeks", { final: "Great. I'll see you both in four weeks.", ms: 90 });
  },
  leave: leaveMeet,
  expected: [
    self(S2_SELF, 'Hi Harold, can you hear me all right now?'),
    { speaker: 'Harold Jensen', text: 'Yes, I can hear you fine, doctor.' },
    self(S2_SELF, 'Good. How has your breathing been since we changed the inhaler?'),
    { speaker: 'Harold Jensen', text: 'Better in the day, but I still wake up coughing.' },
    { speaker: 'Claire Jensen', text: "Hi, sorry I'm late. I'm his daughter, I help with his medications." },
    self(S2_SELF, 'Thanks for joining. Is he using the inhaler twice a day?'),
    { speaker: 'Claire Jensen', text: 'Mostly, but he forgets the evening dose sometimes.' },
    { speaker: 'Harold Jensen', text: 'I remember it most nights, Claire.' },
    self(S2_SELF, "Let's set a phone reminder for eight in the evening."),
    { speaker: 'Claire Jensen', text: 'I can set that up on his phone tonight.' },
    { speaker: 'Harold Jensen', text: 'That works for me.' },
    self(S2_SELF, "Great. I'll see you both in four weeks."),
  ],
  forbidden: [...NOISE, 'joining from work', 'visit notes', 'Harold Jensen', 'Claire Jensen'],
};

// ---------------------------------------------------------------------------------------------
// 3. Patient drops mid-sentence and rejoins under the same name.
// Tests: three-party visit (clinician "You", patient, nurse care coordinator); the patient's block
// stops growing mid-sentence when she drops (her tile goes away), the half sentence is still one
// utterance; clinician and nurse talk meanwhile; she rejoins (new tile) and speaks in a NEW block
// under the same display name but with a different avatar src and data-iml (rejoined from another
// device); her later turns are attributed to the same name; dummy div at last-but-one shown and
// hidden; 13 turns.
// Assumptions: the research does not describe what Meet does to the caption region when a
// participant drops or rejoins; here her earlier blocks stay as scroll-back and nothing else in the
// region changes. The different avatar on rejoin is an assumption (a name, not an avatar, is the
// speaker).
const S3_SELF = 'Dr. Priya Nair';
const s3Me = ME('ACg8ocNair');
const aisha = who('Aisha Karimi', 'ACg8ocAishK', '6630.1');
const aishaRejoined = who('Aisha Karimi', 'ACg8ocAishPhone', '9012.4');
const tom = who('Tom Becker', 'ACg8ocTomB', '7741.8');

const dropRejoin: Scenario = {
  name: 'meet r29: patient drops mid-sentence and rejoins under the same name in a new block',
  url: 'https://meet.google.com/pzt-kmvr-gla',
  selfNames: [S3_SELF],
  body: meetBody({ self: S3_SELF, others: ['Aisha Karimi', 'Tom Becker'], captionsOn: true, regionInner: JUMP }),
  async play(p) {
    await speak(p, s3Me, "Aisha let's go over your blood sugar log from this week", { final: "Aisha, let's go over your blood sugar log from this week.", ms: 80 });
    await p.sleep(250);
    await speak(p, aisha, 'Sure, my morning numbers were mostly around one forty.', { ms: 110 });
    await p.sleep(250);
    await speak(p, tom, 'I have the log here, the highest was one eighty two on Tuesday.', { ms: 90 });
    await p.sleep(250);
    // She drops mid-sentence: the block simply stops growing and her tile disappears.
    await speak(p, aisha, 'That was the day I skipped my walk and I was going to ask about the', { ms: 110 });
    removeTile(p, 'Aisha Karimi');
    await p.sleep(900);
    await speak(p, s3Me, 'I think we lost Aisha Tom can you send her the link again', { final: 'I think we lost Aisha. Tom, can you send her the link again?', ms: 80 });
    await p.sleep(250);
    const dummy = showDummy(p);
    await speak(p, tom, 'Sending it now through the portal.', { ms: 100 });
    await p.sleep(250);
    await speak(p, s3Me, 'while we wait her A1C came back at seven point two', { final: 'While we wait, her A1C came back at seven point two.', ms: 80 });
    dummy.remove();
    await p.sleep(250);
    await speak(p, tom, "That's down from seven point eight in March.", { ms: 100 });
    // Rejoin under the same name: a new tile and, when she speaks, a new caption block.
    await p.sleep(600);
    addTile(p, 'Aisha Karimi');
    await p.sleep(300);
    await speak(p, aishaRejoined, 'sorry my Wi-Fi cut out I was asking about the evening insulin dose', {
      final: 'Sorry, my Wi-Fi cut out. I was asking about the evening insulin dose.',
      ms: 100,
    });
    await p.sleep(250);
    await speak(p, s3Me, 'no problem keep the evening dose at twelve units for now', { final: 'No problem. Keep the evening dose at twelve units for now.', ms: 80 });
    await p.sleep(250);
    await speak(p, aishaRejoined, 'Okay, twelve units. Should I still check before bed?', { ms: 110 });
    await p.sleep(250);
    await speak(p, s3Me, 'yes please check before bed and send the log on Friday', { final: 'Yes, please check before bed and send the log on Friday.', ms: 80 });
    await p.sleep(250);
    await speak(p, tom, "I'll put a reminder in the portal for Friday.", { ms: 100 });
  },
  leave: leaveMeet,
  expected: [
    self(S3_SELF, "Aisha, let's go over your blood sugar log from this week."),
    { speaker: 'Aisha Karimi', text: 'Sure, my morning numbers were mostly around one forty.' },
    { speaker: 'Tom Becker', text: 'I have the log here, the highest was one eighty two on Tuesday.' },
    { speaker: 'Aisha Karimi', text: 'That was the day I skipped my walk and I was going to ask about the' },
    self(S3_SELF, 'I think we lost Aisha. Tom, can you send her the link again?'),
    { speaker: 'Tom Becker', text: 'Sending it now through the portal.' },
    self(S3_SELF, 'While we wait, her A1C came back at seven point two.'),
    { speaker: 'Tom Becker', text: "That's down from seven point eight in March." },
    { speaker: 'Aisha Karimi', text: 'Sorry, my Wi-Fi cut out. I was asking about the evening insulin dose.' },
    self(S3_SELF, 'No problem. Keep the evening dose at twelve units for now.'),
    { speaker: 'Aisha Karimi', text: 'Okay, twelve units. Should I still check before bed?' },
    self(S3_SELF, 'Yes, please check before bed and send the log on Friday.'),
    { speaker: 'Tom Becker', text: "I'll put a reminder in the portal for Friday." },
  ],
  forbidden: [...NOISE, 'Aisha Karimi', 'Tom Becker'],
};

// ---------------------------------------------------------------------------------------------
// 4. Supervisor drops in for one line; clinician presents a screen; captions toggled off and on.
// Tests: clinician ("You") and patient talk; the clinician starts presenting and captions keep
// running in the same region; a supervising physician joins (new tile), says one line in one block
// and leaves (tile removed, block stays); presenting stops; then the clinician turns CC off (region
// detached, icon `closed_caption_off`), says a line that is therefore not captioned and not
// expected, and turns CC on again: a NEW region node in the same wrapper, and later turns land
// there (§2.2, TT #93). 13 captioned turns.
// Assumptions: the research says nothing about what changes on a Meet page while presenting. Here
// presenting adds a banner inside `main.axUSnc` (a `.google-symbols` ligature `present_to_all`,
// "You are presenting to everyone" and a "Stop presenting" button) and removes it on stop; the caption
// bar and region are untouched. The new region after CC on starts empty (no history carried over).
const S4_SELF = 'Dr. Daniel Kim';
const s4Me = ME('ACg8ocKimD');
const nora = who('Nora Patel', 'ACg8ocNoraP', '8850.6');
const helen = who('Dr. Helen Brooks', 'ACg8ocBrooksH', '9961.3');
const BANNER =
  '<div class="present-banner"><i class="google-symbols">present_to_all</i><span>You are presenting to everyone</span><button>Stop presenting</button></div>';

const supervisorAndShare: Scenario = {
  name: 'meet r29: supervisor joins for one line, clinician screen share, CC off and on (new region)',
  url: 'https://meet.google.com/wdn-ycop-ska',
  selfNames: [S4_SELF],
  body: meetBody({ self: S4_SELF, others: ['Nora Patel'], captionsOn: true, regionInner: '' }),
  async play(p) {
    await speak(p, s4Me, "Nora I'm going to share your lab results on screen", { final: "Nora, I'm going to share your lab results on screen.", ms: 80 });
    await p.sleep(250);
    await speak(p, nora, "Okay, I'm ready.", { ms: 140 });
    await p.sleep(300);
    // Start presenting.
    q(p.doc, 'main.axUSnc').insertBefore(el(p.doc, BANNER), q(p.doc, 'main.axUSnc .stage'));
    await p.sleep(300);
    await speak(p, s4Me, 'can you see the chart with your thyroid numbers', { final: 'Can you see the chart with your thyroid numbers?', ms: 80 });
    await p.sleep(250);
    await speak(p, nora, 'Yes, I see it. The line goes down in June.', { ms: 110 });
    await p.sleep(250);
    await speak(p, s4Me, 'right your TSH dropped after we raised the dose', { final: 'Right, your TSH dropped after we raised the dose.', ms: 80 });
    // The supervisor joins, says one line, and leaves.
    addTile(p, 'Dr. Helen Brooks');
    await p.sleep(500);
    await speak(p, helen, "hi Nora I'm doctor Brooks supervising today I agree with the plan", {
      final: "Hi Nora, I'm Doctor Brooks, supervising today. I agree with the plan.",
      ms: 90,
    });
    await p.sleep(400);
    removeTile(p, 'Dr. Helen Brooks');
    await p.sleep(250);
    await speak(p, nora, 'Nice to meet you. So do I keep the same dose?', { ms: 110 });
    await p.sleep(250);
    await speak(p, s4Me, 'yes keep seventy five micrograms every morning', { final: 'Yes, keep seventy five micrograms every morning.', ms: 80 });
    await p.sleep(300);
    // Stop presenting.
    q(p.doc, '.present-banner').remove();
    await p.sleep(300);
    await speak(p, nora, 'Should I take it before breakfast?', { ms: 120 });
    await p.sleep(250);
    await speak(p, s4Me, 'yes thirty minutes before breakfast with water', { final: 'Yes, thirty minutes before breakfast with water.', ms: 80 });
    await p.sleep(500);
    // CC off: "Let me pull up your pharmacy details." is said now and never captioned.
    captionsOff(p);
    await p.sleep(1500);
    captionsOn(p);
    await p.sleep(300);
    await speak(p, nora, 'The pharmacy is the one on Main Street.', { ms: 110 });
    await p.sleep(250);
    await speak(p, s4Me, "got it I'll send the refill there today", { final: "Got it, I'll send the refill there today.", ms: 80 });
    await p.sleep(250);
    await speak(p, nora, 'Thank you, Doctor Kim.', { ms: 140 });
  },
  leave: leaveMeet,
  expected: [
    self(S4_SELF, "Nora, I'm going to share your lab results on screen."),
    { speaker: 'Nora Patel', text: "Okay, I'm ready." },
    self(S4_SELF, 'Can you see the chart with your thyroid numbers?'),
    { speaker: 'Nora Patel', text: 'Yes, I see it. The line goes down in June.' },
    self(S4_SELF, 'Right, your TSH dropped after we raised the dose.'),
    { speaker: 'Dr. Helen Brooks', text: "Hi Nora, I'm Doctor Brooks, supervising today. I agree with the plan." },
    { speaker: 'Nora Patel', text: 'Nice to meet you. So do I keep the same dose?' },
    self(S4_SELF, 'Yes, keep seventy five micrograms every morning.'),
    { speaker: 'Nora Patel', text: 'Should I take it before breakfast?' },
    self(S4_SELF, 'Yes, thirty minutes before breakfast with water.'),
    { speaker: 'Nora Patel', text: 'The pharmacy is the one on Main Street.' },
    self(S4_SELF, "Got it, I'll send the refill there today."),
    { speaker: 'Nora Patel', text: 'Thank you, Doctor Kim.' },
  ],
  forbidden: [...NOISE, 'present_to_all', 'You are presenting', 'Stop presenting', 'pharmacy details', 'Nora Patel', 'Helen Brooks'],
};

export const meetScenarios: Scenario[] = [interpreterVisit, carerJoins, dropRejoin, supervisorAndShare];
