// Round 22, Google Meet: a third party on a clinical call, and people coming and going.
// Written only from /work/shared/research/caption-platforms.md. Sections used:
//   §2.1 URL patterns and lifecycle (in-call marker = icon ligature `call_end`; `.google-symbols`
//        since 2024-08-05, `.google-material-icons` / `.material-icons-extended` before that)
//   §2.3 Container selectors over time (`.a4cQT` eras incl. the Nov 2024 caption-language first child,
//        `div[jsname=dsyhDe].iOzk7` wrapper, `div[role=region][tabindex="0"]`, chat `.Ge9Kpc` distractor)
//   §2.4 Region children and block structure (block classes per era, trailing dummy div and
//        "Jump to bottom" button, the 2025-26 outline, spans vs. bare text node)
//   §2.5 Mutation model (new block per turn, same-speaker continuation blocks, characterData growth,
//        late revisions of earlier blocks, span-era appends and leading-span removal, scroll-back)
//   §2.6 Local user labelled with the literal "You", googleusercontent avatars with data-iml
//   §8 / §9 (noise filters and fixture checklist: icon ligatures, Jump to bottom, chat region)
// The local user (the "You" blocks, listed in selfNames) is the clinician; only those turns carry a
// role. Interpreter / patient / caregiver roles are not decidable from the research, so no role is set.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const MEET_URL = 'https://meet.google.com/kfh-wqpz-rtm';

/** A phrase grown word by word; a tuple is [draft while growing, final re-punctuated form]. */
type Phrase = string | [string, string];

function avatar(id: string): string {
  return `https://lh3.googleusercontent.com/a/ACg8oc${id}=s96-c`;
}

/** Inserts a caption block after the existing blocks, before the trailing non-caption children. */
function addBlock(list: Element, block: Element): void {
  const trailing = Array.from(list.children).find((c) => !c.classList.contains('bj4p3b'));
  list.insertBefore(block, trailing ?? null);
}

/** 2025-26 block (§2.4 outline): avatar+name wrapper, then a text div holding one bare text node. */
function block2026(p: Page, name: string, av: string, iml: string): { block: HTMLElement; text: Text } {
  const block = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${iml}" src="${avatar(av)}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const text = p.doc.createTextNode('');
  q(block, '.ygicle').appendChild(text);
  return { block, text };
}

/** Nov 2024 block (§2.4 table row "Nov 2024"): spans inside div[jsname=tgaKEf].bh44bd.VbkSUe. */
function blockNov2024(p: Page, name: string, av: string, iml: string): { block: HTMLElement; textDiv: HTMLElement } {
  const block = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb M6cG9d"><img class="Z6byG r6DyN" alt="" data-iml="${iml}" src="${avatar(av)}"><div class="KcIKyf jxFHg">${name}</div></div><div jsname="YSxPC" class="bYevke wY1pdd" style="height: 28.44px;"><div jsname="tgaKEf" class="bh44bd VbkSUe"></div></div></div>`,
  );
  return { block, textDiv: q(block, '[jsname="tgaKEf"]') };
}

/** Mar–Nov 2024 block (§2.4 table row "Mar–Nov 2024"): div.TBMuR.bj4p3b › div (no class) ... */
function blockTBMuR(p: Page, name: string, av: string, iml: string): { block: HTMLElement; textDiv: HTMLElement } {
  const block = el(
    p.doc,
    `<div class="TBMuR bj4p3b"><div><img class="KpxDtd r6DyN" alt="" data-iml="${iml}" src="${avatar(av)}"><div class="zs7s8d jxFHg">${name}</div></div><div jsname="YSxPC" class="Mz6pEf wY1pdd" style="height: 28.44px;"><div jsname="tgaKEf" class="iTTPOb VbkSUe"></div></div></div>`,
  );
  return { block, textDiv: q(block, '[jsname="tgaKEf"]') };
}

/**
 * Span-era growth (§2.5 item 4): each phrase is a new <span> appended (childList) whose text is then
 * edited word by word (characterData); a tuple phrase ends with its re-punctuated form.
 * Assumption (research silent): spans after the first start with a space, so the text div's
 * textContent reads as normal prose. `keepSpans`: once more spans than this exist, Meet drops the
 * leading span (the "starting parts are automatically removed" behaviour of long monologues).
 */
async function growSpans(p: Page, textDiv: Element, phrases: Phrase[], stepMs = 90, keepSpans = 0): Promise<void> {
  for (const [i, ph] of phrases.entries()) {
    const [draft, final] = typeof ph === 'string' ? [ph, undefined] : ph;
    const lead = i === 0 ? '' : ' ';
    const words = draft.split(' ');
    const span = p.doc.createElement('span');
    const node = p.doc.createTextNode(lead + words[0]);
    span.appendChild(node);
    textDiv.appendChild(span);
    await p.sleep(stepMs);
    for (let k = 2; k <= words.length; k++) {
      node.data = lead + words.slice(0, k).join(' ');
      await p.sleep(stepMs);
    }
    if (final !== undefined) {
      node.data = lead + final;
      await p.sleep(stepMs);
    }
    if (keepSpans > 0 && textDiv.children.length > keepSpans) {
      textDiv.firstElementChild?.remove();
      await p.sleep(stepMs);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Interpreter, three-way fast turns, 2025-26 layout.
// ---------------------------------------------------------------------------------------------
// Tests: a clinician ("You"), a medical interpreter (Ana Ruiz) and a Spanish-speaking patient
// (José Hernández) alternate quickly (80–120 ms between blocks), one new `.nMcdL` block per turn,
// each a single bare text node grown by characterData and finished with a re-punctuated form. The
// interpreter's first English rendering gets a late one-word correction ("tree" → "three") while the
// clinician's next block is already growing (§2.5 item 3). A dummy `<div>` appears at the
// last-but-one position mid-call and later goes away; the "Jump to bottom" button is the last child
// throughout (§2.4). A chat message arrives in the separate `.Ge9Kpc` live region (must not leak).
// Assumption (research silent): Meet's captions render the Spanish speech as the Spanish words that
// were spoken (no mixed-language garbling), accents included. Expected: every turn once, right name.
const SELF1 = 'Dr. Helen Park';
const ANA = 'Ana Ruiz';
const JOSE = 'José Hernández';

const interpreterThreeWay: Scenario = {
  name: 'meet interpreter: clinician, Spanish patient and interpreter alternate fast (2025-26 layout)',
  url: MEET_URL,
  selfNames: [SELF1],
  body: `
    <div class="u6vdEc">Cardiology follow-up</div>
    <div class="hLkVuf" data-side="3">
      <div class="DtJ7e">
        <div jsname="dsyhDe" class="iOzk7">
          <div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:x" class="vNKgIf UDinHf">
            <div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>
          </div>
        </div>
      </div>
    </div>
    <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
    <div class="controls">
      <button><i class="google-symbols">closed_caption</i></button>
      <button id="leave"><i class="google-symbols">call_end</i></button>
    </div>`,
  async play(p) {
    const region = q(p.doc, 'div[role="region"][tabindex="0"]');
    const turn = async (name: string, av: string, iml: string, draft: string, final: string) => {
      const b = block2026(p, name, av, iml);
      addBlock(region, b.block);
      await grow(p, b.text, draft, final, 80);
      return b;
    };
    await turn('You', 'Self01', '1001.1', 'Good morning I have an interpreter with us today Can you ask him what brings him in',
      'Good morning. I have an interpreter with us today. Can you ask him what brings him in?');
    await p.sleep(100);
    await turn(ANA, 'Ana002', '1002.2', 'Buenos días Qué lo trae hoy a la consulta', 'Buenos días. ¿Qué lo trae hoy a la consulta?');
    await p.sleep(90);
    await turn(JOSE, 'Jose03', '1003.3', 'Tengo dolor en el pecho desde hace tres días', 'Tengo dolor en el pecho desde hace tres días.');
    await p.sleep(110);
    const anaFirst = await turn(ANA, 'Ana002', '1002.2', 'I have had chest pain for tree days', 'I have had chest pain for tree days.');
    await p.sleep(80);
    // Clinician starts; meanwhile Meet corrects the interpreter's previous block.
    const you2 = block2026(p, 'You', 'Self01', '1001.1');
    addBlock(region, you2.block);
    await grow(p, you2.text, 'Does the pain spread', undefined, 80);
    anaFirst.text.data = 'I have had chest pain for three days.';
    await grow(p, you2.text, 'Does the pain spread to your arm or jaw', 'Does the pain spread to your arm or jaw?', 80, 4);
    await p.sleep(120);
    await turn(ANA, 'Ana002', '1002.2', 'El dolor se extiende al brazo o a la mandíbula', '¿El dolor se extiende al brazo o a la mandíbula?');
    // A dummy non-people div shows up at the last-but-one position (§2.4).
    const dummy = p.doc.createElement('div');
    region.insertBefore(dummy, q(region, '.IMKgW'));
    const chat = q(p.doc, '.Ge9Kpc');
    chat.appendChild(el(p.doc, '<div>Interpreter ID 40217 connected for Spanish</div>'));
    await p.sleep(100);
    await turn(JOSE, 'Jose03', '1003.3', 'Sí al brazo izquierdo sobre todo cuando camino', 'Sí, al brazo izquierdo, sobre todo cuando camino.');
    await p.sleep(90);
    await turn(ANA, 'Ana002', '1002.2', 'Yes to the left arm especially when I walk', 'Yes, to the left arm, especially when I walk.');
    await p.sleep(100);
    await turn('You', 'Self01', '1001.1', 'Okay Any shortness of breath', 'Okay. Any shortness of breath?');
    dummy.remove();
    await p.sleep(80);
    await turn(ANA, 'Ana002', '1002.2', 'Le falta el aire', '¿Le falta el aire?');
    await p.sleep(100);
    await turn(JOSE, 'Jose03', '1003.3', 'Un poco sí', 'Un poco, sí.');
    await p.sleep(90);
    await turn(ANA, 'Ana002', '1002.2', 'A little yes', 'A little, yes.');
    await p.sleep(120);
    await turn('You', 'Self01', '1001.1', 'Thank you I would like him to go to the emergency department now',
      'Thank you. I would like him to go to the emergency department now.');
  },
  leave(p) {
    p.doc.getElementById('leave')?.remove();
    p.doc.querySelector('.hLkVuf')?.remove();
  },
  expected: [
    { speaker: ['You', SELF1], role: 'clinician', text: 'Good morning. I have an interpreter with us today. Can you ask him what brings him in?' },
    { speaker: ANA, text: 'Buenos días. ¿Qué lo trae hoy a la consulta?' },
    { speaker: JOSE, text: 'Tengo dolor en el pecho desde hace tres días.' },
    { speaker: ANA, text: 'I have had chest pain for three days.' },
    { speaker: ['You', SELF1], role: 'clinician', text: 'Does the pain spread to your arm or jaw?' },
    { speaker: ANA, text: '¿El dolor se extiende al brazo o a la mandíbula?' },
    { speaker: JOSE, text: 'Sí, al brazo izquierdo, sobre todo cuando camino.' },
    { speaker: ANA, text: 'Yes, to the left arm, especially when I walk.' },
    { speaker: ['You', SELF1], role: 'clinician', text: 'Okay. Any shortness of breath?' },
    { speaker: ANA, text: '¿Le falta el aire?' },
    { speaker: JOSE, text: 'Un poco, sí.' },
    { speaker: ANA, text: 'A little, yes.' },
    { speaker: ['You', SELF1], role: 'clinician', text: 'Thank you. I would like him to go to the emergency department now.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption', 'Interpreter ID 40217', 'Cardiology follow-up'],
};

// ---------------------------------------------------------------------------------------------
// 2. Caregiver joins partway, Nov 2024 span layout.
// ---------------------------------------------------------------------------------------------
// Tests: the Nov 2024 container `.a4cQT` (jscontroller D1tHje, inline position style) whose first
// child is the caption-language div (`div.NmXUuc.P9KVBf[jscontroller=rRafu]`, here with its
// "English" label text) and whose second child › first child is `div.iOzk7[jsname=dsyhDe]` holding
// the blocks; the sibling `[jsname=APQunf]` is display:none (§2.3). Text arrives as spans per phrase
// (§2.5 item 4), with the last span re-punctuated in place. The clinician ("You") and the patient
// (Margaret Lee) talk; then the patient's daughter (Karen Lee) joins partway — a brand-new speaker
// name appears in the middle of the call — and her first turn is split over two consecutive blocks
// after a pause (§2.5 item 1), which the user sees as one turn. Karen also types in chat (distractor).
// Assumptions (research silent): in Nov 2024 the name is bare text in `div.KcIKyf.jxFHg` (the
// `span.NWpY1d` is only documented for 2025-26); the text wrapper is the avatar+name div's next
// sibling, as in the 2025-26 structure; a participant joining adds nothing to the caption list.
const SELF2 = 'Dr. Samuel Osei';
const MARGARET = 'Margaret Lee';
const KAREN = 'Karen Lee';

const caregiverJoins: Scenario = {
  name: 'meet caregiver joins partway through a clinician-patient call (Nov 2024 span layout)',
  url: 'https://meet.google.com/bxr-tmqe-vzn',
  selfNames: [SELF2],
  body: `
    <div class="a4cQT" jscontroller="D1tHje" style="right: 16px; left: 16px; bottom: 80px;">
      <div class="NmXUuc P9KVBf" jscontroller="rRafu"><div>English</div></div>
      <div>
        <div jsname="dsyhDe" class="iOzk7"></div>
        <div jsname="APQunf" class="iOzk7" style="display: none;"></div>
      </div>
    </div>
    <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
    <div class="controls">
      <button><i class="google-symbols">closed_caption</i></button>
      <button id="leave"><i class="google-symbols">call_end</i></button>
    </div>`,
  async play(p) {
    const list = q(p.doc, '.a4cQT div[jsname="dsyhDe"]');
    const turn = async (name: string, av: string, iml: string, phrases: Phrase[]) => {
      const b = blockNov2024(p, name, av, iml);
      addBlock(list, b.block);
      await growSpans(p, b.textDiv, phrases, 85);
    };
    await turn('You', 'Osei01', '2001.1', ['Hi Margaret', 'how have you been since we changed', ['the blood pressure pills', 'the blood pressure pills?']]);
    await p.sleep(110);
    await turn(MARGARET, 'Marg02', '2002.2', [['Oh mostly fine', 'Oh, mostly fine.'], ['I get a bit dizzy in the mornings', 'I get a bit dizzy in the mornings.']]);
    await p.sleep(100);
    await turn('You', 'Osei01', '2001.1', [['How often does the dizziness happen', 'How often does the dizziness happen?']]);
    await p.sleep(120);
    await turn(MARGARET, 'Marg02', '2002.2', [['Im not sure', "I'm not sure."], ['My daughter keeps track of that', 'My daughter keeps track of that.']]);
    // Karen joins the call here (nothing in the caption list), then starts speaking.
    await p.sleep(700);
    q(p.doc, '.Ge9Kpc').appendChild(el(p.doc, '<div>Karen here, joining from work</div>'));
    await turn(KAREN, 'Kare03', '3003.3', [['Hi sorry Im late', "Hi, sorry I'm late,"], ['this is Karen her daughter', 'this is Karen, her daughter.']]);
    // Pause, then Meet starts a new block for the same speaker.
    await p.sleep(700);
    await turn(KAREN, 'Kare03', '3003.3', ["It's been almost every morning", ['this week', 'this week.']]);
    await p.sleep(100);
    await turn('You', 'Osei01', '2001.1', [['Thanks Karen', 'Thanks, Karen.'], 'Is she taking the pill at night', ['or in the morning', 'or in the morning?']]);
    await p.sleep(90);
    await turn(KAREN, 'Kare03', '3003.3', [['In the morning with breakfast', 'In the morning, with breakfast.']]);
    await p.sleep(90);
    await turn(MARGARET, 'Marg02', '2002.2', [['And my coffee', 'And my coffee.']]);
    await p.sleep(120);
    await turn('You', 'Osei01', '2001.1', ["Let's move it to bedtime", ['and check her pressure again in two weeks', 'and check her pressure again in two weeks.']]);
  },
  leave(p) {
    p.doc.getElementById('leave')?.remove();
    p.doc.querySelector('.a4cQT')?.remove();
  },
  expected: [
    { speaker: ['You', SELF2], role: 'clinician', text: 'Hi Margaret how have you been since we changed the blood pressure pills?' },
    { speaker: MARGARET, text: 'Oh, mostly fine. I get a bit dizzy in the mornings.' },
    { speaker: ['You', SELF2], role: 'clinician', text: 'How often does the dizziness happen?' },
    { speaker: MARGARET, text: "I'm not sure. My daughter keeps track of that." },
    { speaker: KAREN, text: "Hi, sorry I'm late, this is Karen, her daughter." },
    { speaker: KAREN, text: "It's been almost every morning this week." },
    { speaker: ['You', SELF2], role: 'clinician', text: 'Thanks, Karen. Is she taking the pill at night or in the morning?' },
    { speaker: KAREN, text: 'In the morning, with breakfast.' },
    { speaker: MARGARET, text: 'And my coffee.' },
    { speaker: ['You', SELF2], role: 'clinician', text: "Let's move it to bedtime and check her pressure again in two weeks." },
  ],
  forbidden: ['call_end', 'closed_caption', 'Karen here, joining from work', 'English'],
};

// ---------------------------------------------------------------------------------------------
// 3. Patient drops mid-sentence and rejoins under the same display name, 2025-26 layout.
// ---------------------------------------------------------------------------------------------
// Tests: the patient (Daniel Kim) is cut off mid-sentence — his block simply stops growing at
// "...the itching gets worse at" — and Meet later re-punctuates that frozen block while the
// clinician is already speaking (late revision of an earlier block, §2.5 item 3). While waiting the
// clinician scrolls the caption history up, so the "Jump to bottom" button appears in the trailing
// `.IMKgW` area, and later disappears (§2.4, §2.5 item 6). Daniel rejoins under the same display
// name and repeats the cut-off words in a NEW block ("So the itching gets worse at night ..."); those
// repeated words were really said twice and must appear in both turns (no overlap de-duplication
// across turns), and the pre-drop turn must not be re-emitted.
// Assumptions (research silent): when a participant drops, their earlier blocks stay in the
// scroll-back history; a rejoin produces ordinary new blocks under the same name; the rejoined
// device shows a different avatar src (new googleusercontent URL and data-iml); while the jump
// button is hidden the `.IMKgW` area stays as an empty last child.
const SELF3 = 'Dr. Rachel Adeyemi';
const DANIEL = 'Daniel Kim';

const patientDropsAndRejoins: Scenario = {
  name: 'meet patient connection drops mid-sentence and rejoins under the same name (2025-26 layout)',
  url: 'https://meet.google.com/pzc-hnvd-qew',
  selfNames: [SELF3],
  body: `
    <div class="DtJ7e">
      <div jsname="dsyhDe" class="iOzk7">
        <div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:x" class="vNKgIf UDinHf">
          <div class="IMKgW"></div>
        </div>
      </div>
    </div>
    <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
    <div class="controls">
      <button><i class="google-symbols">closed_caption</i></button>
      <button id="leave"><i class="google-symbols">call_end</i></button>
    </div>`,
  async play(p) {
    const region = q(p.doc, 'div[role="region"][tabindex="0"]');
    const jumpArea = q(region, '.IMKgW');
    const turn = async (name: string, av: string, iml: string, draft: string, final: string) => {
      const b = block2026(p, name, av, iml);
      addBlock(region, b.block);
      await grow(p, b.text, draft, final, 85);
      return b;
    };
    await turn('You', 'Rach01', '4001.1', 'Hi Daniel Can you show me the rash on your forearm', 'Hi Daniel. Can you show me the rash on your forearm?');
    await p.sleep(110);
    // Daniel speaks, then his connection drops: the block freezes without final punctuation.
    const cut = block2026(p, DANIEL, 'Dani02', '4002.2');
    addBlock(region, cut.block);
    await grow(p, cut.text, 'Sure here it is It started last Tuesday and so the itching gets worse at', undefined, 85);
    await p.sleep(900);
    const you = block2026(p, 'You', 'Rach01', '4001.1');
    addBlock(region, you.block);
    await grow(p, you.text, 'Daniel you froze I think', undefined, 85);
    // Late revision of the frozen block.
    cut.text.data = 'Sure, here it is. It started last Tuesday, and so the itching gets worse at';
    await grow(p, you.text, "Daniel you froze I think we lost your connection I'll stay on the line",
      "Daniel, you froze. I think we lost your connection. I'll stay on the line.", 85, 5);
    // Clinician scrolls up to reread; the jump button appears, then goes away again.
    await p.sleep(400);
    jumpArea.appendChild(el(p.doc, '<button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button>'));
    await p.sleep(1200);
    jumpArea.replaceChildren();
    await p.sleep(600);
    // Daniel rejoins from another device under the same display name.
    await turn(DANIEL, 'Dani9Z', '4999.9', "Sorry about that my Wi-Fi dropped So the itching gets worse at night and keeps me awake",
      "Sorry about that, my Wi-Fi dropped. So the itching gets worse at night and keeps me awake.");
    await p.sleep(120);
    await turn('You', 'Rach01', '4001.1', "That sounds like eczema I'll send a cream to your pharmacy", "That sounds like eczema. I'll send a cream to your pharmacy.");
    await p.sleep(100);
    await turn(DANIEL, 'Dani9Z', '4999.9', 'Great thank you', 'Great, thank you.');
  },
  leave(p) {
    p.doc.getElementById('leave')?.remove();
    p.doc.querySelector('.DtJ7e')?.remove();
  },
  expected: [
    { speaker: ['You', SELF3], role: 'clinician', text: 'Hi Daniel. Can you show me the rash on your forearm?' },
    { speaker: DANIEL, text: 'Sure, here it is. It started last Tuesday, and so the itching gets worse at' },
    { speaker: ['You', SELF3], role: 'clinician', text: "Daniel, you froze. I think we lost your connection. I'll stay on the line." },
    { speaker: DANIEL, text: 'Sorry about that, my Wi-Fi dropped. So the itching gets worse at night and keeps me awake.' },
    { speaker: ['You', SELF3], role: 'clinician', text: "That sounds like eczema. I'll send a cream to your pharmacy." },
    { speaker: DANIEL, text: 'Great, thank you.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------
// 4. Interpreter leaves mid-call while the others continue, Mar–Jul 2024 layout.
// ---------------------------------------------------------------------------------------------
// Tests: the pre-Aug-2024 in-call icons (`.google-material-icons` call_end,
// `.material-icons-extended` captions icon, §2.1) and the Mar–Nov 2024 block shape
// (`div.TBMuR.bj4p3b`, `img.KpxDtd.r6DyN[data-iml]`, `div.zs7s8d.jxFHg`, text in
// `div[jsname=YSxPC].Mz6pEf.wY1pdd` › `div[jsname=tgaKEf].iTTPOb.VbkSUe` › spans, §2.4) inside
// `.a4cQT` › div › `div.iOzk7[jsname=dsyhDe]` (§2.3). A Vietnamese interpreter (Bao Nguyen) works
// for the patient (Linh Tran), then says goodbye and leaves; the patient's son (Minh Tran) and the
// clinician carry on. Old blocks — including all of the departed interpreter's — are removed from the
// front of the list as new ones arrive, and the clinician's long discharge instructions lose their
// leading spans while still growing (§2.5 item 4). Every word must still be kept exactly once.
// Assumptions (research silent / [I]): before scrollable captions (Feb 2025) only the last 3 blocks
// stay on screen; a long block drops its leading span once it holds more than 4 spans; the CC icon
// reads `closed_caption` while captions are on; leaving participants change nothing in the list
// except that their blocks age out; the text wrapper is the sibling after the classless
// avatar+name div.
const SELF4 = 'Dr. Amara Nwosu';
const BAO = 'Bao Nguyen';
const LINH = 'Linh Tran';
const MINH = 'Minh Tran';

const interpreterLeaves: Scenario = {
  name: 'meet interpreter leaves mid-call while clinician, patient and son continue (Mar–Jul 2024 layout)',
  url: 'https://meet.google.com/ytn-gfka-owd',
  selfNames: [SELF4],
  body: `
    <div class="a4cQT" jscontroller="D1tHje" style="right: 16px; left: 16px; bottom: 80px;">
      <div>
        <div jsname="dsyhDe" class="iOzk7"></div>
        <div jsname="APQunf" class="iOzk7" style="display: none;"></div>
      </div>
    </div>
    <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
    <div class="controls">
      <button><i class="material-icons-extended">closed_caption</i></button>
      <button id="leave"><i class="google-material-icons">call_end</i></button>
    </div>`,
  async play(p) {
    const list = q(p.doc, '.a4cQT div[jsname="dsyhDe"]');
    const turn = async (name: string, av: string, iml: string, phrases: Phrase[], keepSpans = 0) => {
      const b = blockTBMuR(p, name, av, iml);
      addBlock(list, b.block);
      // Pre-scrollable era: keep only the last 3 blocks on screen.
      const blocks = Array.from(list.children).filter((c) => c.classList.contains('bj4p3b'));
      for (const old of blocks.slice(0, Math.max(0, blocks.length - 3))) old.remove();
      await growSpans(p, b.textDiv, phrases, 80, keepSpans);
    };
    await turn('You', 'Amar01', '5001.1', [['Linh your scan came back normal', 'Linh, your scan came back normal,'], ['and you can go home today', 'and you can go home today.']]);
    await p.sleep(100);
    await turn(BAO, 'BaoN02', '5002.2', [['Chị Linh kết quả chụp bình thường', 'Chị Linh, kết quả chụp bình thường,'], ['hôm nay chị có thể về nhà', 'hôm nay chị có thể về nhà.']]);
    await p.sleep(100);
    await turn(LINH, 'Linh03', '5003.3', [['Cảm ơn bác sĩ', 'Cảm ơn bác sĩ.'], ['Tôi có cần uống thuốc không', 'Tôi có cần uống thuốc không?']]);
    await p.sleep(90);
    await turn(BAO, 'BaoN02', '5002.2', [['Thank you doctor', 'Thank you, doctor.'], ['Do I need to take any medicine', 'Do I need to take any medicine?'],
      ['And doctor my session ends now', 'And doctor, my session ends now,'], ['I am sorry I have to leave', 'I am sorry, I have to leave.']]);
    await p.sleep(110);
    await turn('You', 'Amar01', '5001.1', [['Of course thank you for your help', 'Of course, thank you for your help.']]);
    // Bao leaves the call here; nothing else changes in the caption list.
    await p.sleep(800);
    await turn(MINH, 'Minh04', '5004.4', [["It's okay I'm her son", "It's okay, I'm her son,"], ['I can translate the rest for her', 'I can translate the rest for her.']]);
    await p.sleep(120);
    await turn('You', 'Amar01', '5001.1', [
      ['Thank you Minh', 'Thank you, Minh.'],
      'She should take one tablet of the antibiotic',
      ['twice a day for seven days with food', 'twice a day for seven days, with food,'],
      ['and drink plenty of water', 'and drink plenty of water.'],
      'If the pain comes back',
      'or she gets a fever',
      'please bring her to the emergency room',
      ['right away', 'right away.'],
    ], 4);
    await p.sleep(100);
    await turn(MINH, 'Minh04', '5004.4', [['Okay twice a day for seven days with food', 'Okay, twice a day for seven days, with food.'], ["I'll tell her", "I'll tell her."]]);
    await p.sleep(100);
    await turn(LINH, 'Linh03', '5003.3', [['Thank you doctor', 'Thank you, doctor.']]);
  },
  leave(p) {
    p.doc.getElementById('leave')?.remove();
    p.doc.querySelector('.a4cQT')?.remove();
  },
  expected: [
    { speaker: ['You', SELF4], role: 'clinician', text: 'Linh, your scan came back normal, and you can go home today.' },
    { speaker: BAO, text: 'Chị Linh, kết quả chụp bình thường, hôm nay chị có thể về nhà.' },
    { speaker: LINH, text: 'Cảm ơn bác sĩ. Tôi có cần uống thuốc không?' },
    { speaker: BAO, text: 'Thank you, doctor. Do I need to take any medicine? And doctor, my session ends now, I am sorry, I have to leave.' },
    { speaker: ['You', SELF4], role: 'clinician', text: 'Of course, thank you for your help.' },
    { speaker: MINH, text: "It's okay, I'm her son, I can translate the rest for her." },
    {
      speaker: ['You', SELF4],
      role: 'clinician',
      text: 'Thank you, Minh. She should take one tablet of the antibiotic twice a day for seven days, with food, and drink plenty of water. If the pain comes back or she gets a fever please bring her to the emergency room right away.',
    },
    { speaker: MINH, text: "Okay, twice a day for seven days, with food. I'll tell her." },
    { speaker: LINH, text: 'Thank you, doctor.' },
  ],
  forbidden: ['call_end', 'closed_caption'],
};

export const meetScenarios: Scenario[] = [interpreterThreeWay, caregiverJoins, patientDropsAndRejoins, interpreterLeaves];
