// Round 17, Google Meet. Written only from /work/shared/research/caption-platforms.md (§2.1 in-call
// icons, §2.3 container periods, §2.4 block table and 2025–26 outline, §2.5 mutation model, §2.6 "You"
// and localized labels, §9 checklist) and the kit API (test/captions/independent/kit.ts, runner.ts).
// Each scenario is a 14–15 turn clinical call on one of Meet's caption layouts. Expected utterances are
// what the people in the script said (the last text the page showed for each block).
import { el, type Expected, type Page, type Role, type Scenario, type SpeakerSpec } from '../independent/kit.ts';

const AV = (id: string) => `https://lh3.googleusercontent.com/a/${id}=s40-p`;

/** §2.1/§8.3: the leave button is the `.google-symbols` ligature `call_end` (since Aug 2024). */
const controls = `<div class="Tmb7Fd" id="call-controls">
  <button aria-label="Turn off captions"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
  <button aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>
</div>`;

/** Leaving: the controls and the caption bar go away (the page turns into the "you left" screen). */
function leaveMeet(p: Page) {
  p.doc.getElementById('call-controls')?.remove();
  p.doc.getElementById('cap-bar')?.remove();
}

interface Person {
  label: string; // what the block's name element shows
  img: string;
  expect: SpeakerSpec;
  role?: Role;
}

/** One turn = one new caption block. `say` may hold `| ` phrase breaks (span era: one span each). */
interface Turn {
  who: string;
  say: string;
  /** Text-node era: Meet's last rewrite of the block (re-punctuation/re-casing). */
  final?: string;
  /** Text-node era: late correction of the previous block, applied while this block grows. */
  fixPrev?: string;
  /** Span era: leading spans Meet drops once the block holds more than this many (§2.5.4). */
  dropAfter?: number;
  /** Run before this turn starts (distractors, toggles). */
  before?: (p: Page) => void | Promise<void>;
}

function expectedOf(turns: Turn[], people: Record<string, Person>): Expected[] {
  const out: Expected[] = turns.map((t) => {
    const who = people[t.who]!;
    const e: Expected = { speaker: who.expect, text: t.final ?? t.say.replace(/\| /g, ' ') };
    if (who.role) e.role = who.role;
    return e;
  });
  turns.forEach((t, i) => {
    if (t.fixPrev && i > 0) out[i - 1]!.text = t.fixPrev;
  });
  return out;
}

const STEP = 90;

/** Span era (2024): phrases arrive as appended `<span>`s whose text is then edited (§2.5.4). */
async function playSpanEra(
  p: Page,
  turns: Turn[],
  mkBlock: (who: string) => { block: HTMLElement; textDiv: HTMLElement },
  list: () => HTMLElement,
) {
  for (const t of turns) {
    await t.before?.(p);
    const { block, textDiv } = mkBlock(t.who);
    list().appendChild(block);
    const phrases = t.say.split('|');
    for (const [pi, phrase] of phrases.entries()) {
      const lead = pi > 0 ? ' ' : ''; // assumption: later spans carry their own leading space
      const words = phrase.trim().split(' ');
      const span = p.doc.createElement('span');
      const node = p.doc.createTextNode(lead + words[0]);
      span.appendChild(node);
      textDiv.appendChild(span);
      await p.sleep(STEP);
      for (let k = 2; k <= words.length; k++) {
        node.data = lead + words.slice(0, k).join(' ');
        await p.sleep(STEP);
      }
      if (t.dropAfter && textDiv.children.length > t.dropAfter) textDiv.firstElementChild?.remove();
    }
    await p.sleep(350);
  }
}

/** Text-node era (May 2025 →): one bare text node per block, rewritten in place (§2.5.2–3). */
async function playTextEra(
  p: Page,
  turns: Turn[],
  mkBlock: (who: string) => { block: HTMLElement; node: Text },
  insert: (block: HTMLElement) => void,
) {
  let prev: Text | null = null;
  for (const t of turns) {
    await t.before?.(p);
    const { block, node } = mkBlock(t.who);
    insert(block);
    const words = t.say.split(' ');
    for (let k = 1; k <= words.length; k++) {
      node.data = words.slice(0, k).join(' ');
      if (k === Math.min(2, words.length) && t.fixPrev && prev) prev.data = t.fixPrev;
      await p.sleep(STEP);
    }
    if (t.final !== undefined) {
      node.data = t.final;
      await p.sleep(STEP);
    }
    prev = node;
    await p.sleep(350);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Mar–Nov 2024 layout (span era), hypertension follow-up with the patient's wife joining.
// ---------------------------------------------------------------------------------------------
const m24People: Record<string, Person> = {
  C: { label: 'You', img: AV('hokafor'), expect: ['You', 'Dr. Hannah Okafor'], role: 'clinician' },
  P: { label: 'Marcus Bell', img: AV('mbell'), expect: 'Marcus Bell', role: 'patient' },
  L: { label: 'Lena Bell', img: AV('lbell'), expect: 'Lena Bell', role: 'other' },
};
const m24Turns: Turn[] = [
  { who: 'C', say: 'Good morning Marcus,| can you hear me okay?' },
  { who: 'P', say: 'Yes,| I can hear you fine.' },
  { who: 'C', say: 'Great.| So this is your three month check on the blood pressure.| How have the home readings been?' },
  {
    who: 'P',
    say: 'Um,| mostly around one forty over ninety| in the mornings,| uh,| a bit lower at night,| maybe one thirty over eighty five.',
    dropAfter: 4,
  },
  { who: 'C', say: 'And are you still taking the lisinopril,| ten milligrams| once a day?' },
  { who: 'P', say: 'Every morning, yes.' },
  { who: 'C', say: 'Any cough| or dizziness when you stand up?' },
  { who: 'P', say: 'No.' },
  { who: 'L', say: 'He did get dizzy once on Sunday,| no,| Saturday,| after gardening.' },
  { who: 'C', say: 'Thanks Lena.| Was that a hot day,| or did he skip lunch?' },
  { who: 'L', say: 'A hot day, I think.' },
  { who: 'P', say: 'I was fine after some water.' },
  { who: 'C', say: "Okay.| I'd like to go up to twenty milligrams,| and let's check your kidney function| in two weeks." },
  { who: 'P', say: 'Sure,| that works.' },
  { who: 'C', say: "Great,| I'll send the lab order today." },
];

/** §2.4 Mar–Nov 2024 row: block › div(no class: avatar + name) + text wrapper › text div › spans.
 *  Assumption: the no-class div wraps avatar and name, like `.adE6rb` in the Nov 2024 row. */
function block2024(doc: Document, who: Person) {
  const block = el(
    doc,
    `<div class="TBMuR bj4p3b"><div><img class="KpxDtd r6DyN" alt="" data-iml="${Math.floor(Math.random() * 9000) + 1000}.4" src="${who.img}"><div class="zs7s8d jxFHg">${who.label}</div></div><div jsname="YSxPC" class="Mz6pEf wY1pdd" style="height:28.44px"><div jsname="tgaKEf" class="iTTPOb VbkSUe"></div></div></div>`,
  );
  return { block, textDiv: block.querySelector<HTMLElement>('[jsname="tgaKEf"]')! };
}

const meet2024: Scenario = {
  name: 'meet Mar–Nov 2024 layout: .a4cQT › div › iOzk7[dsyhDe], TBMuR blocks, phrase spans, leading spans dropped',
  url: 'https://meet.google.com/kqz-hwpd-rtm',
  selfNames: ['Dr. Hannah Okafor'],
  body: `${controls}
<div id="cap-bar"><div class="a4cQT" jscontroller="D1tHje" style="right:16px; left:16px; bottom:80px"><div>
  <div class="iOzk7" jsname="dsyhDe"></div>
  <div class="iOzk7" jsname="APQunf" style="display:none"></div>
</div></div></div>`,
  play: (p) =>
    playSpanEra(p, m24Turns, (w) => block2024(p.doc, m24People[w]!), () => p.doc.querySelector<HTMLElement>('[jsname="dsyhDe"]')!),
  leave: leaveMeet,
  expected: expectedOf(m24Turns, m24People),
  forbidden: ['call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------
// 2. Nov 2024 layout (caption-language div first in .a4cQT), migraine review, patient interrupts.
// ---------------------------------------------------------------------------------------------
const mNovPeople: Record<string, Person> = {
  C: { label: 'You', img: AV('rortiz'), expect: ['You', 'Dr. Rafael Ortiz'], role: 'clinician' },
  P: { label: 'Priya Shah', img: AV('pshah'), expect: 'Priya Shah', role: 'patient' },
};
const mNovTurns: Turn[] = [
  { who: 'C', say: 'Hi Priya,| thanks for joining.| How are the headaches this month?' },
  { who: 'P', say: 'Better,| um,| maybe four or five days| instead of ten.' },
  { who: 'C', say: "That's a good drop.| And the sumatriptan,| how many tablets| did you need?" },
  { who: 'P', say: 'Uh,| six,| no wait,| eight tablets total.' },
  { who: 'C', say: "Eight is fine.| Just don't take more than two| in twenty four hours,| and keep" },
  { who: 'P', say: 'Sorry,| can I take it with ibuprofen?' },
  { who: 'C', say: 'Yes,| you can take four hundred milligrams of ibuprofen with it.' },
  { who: 'P', say: 'Okay.' },
  { who: 'C', say: 'Are you still on the propranolol,| forty milligrams twice daily?' },
  { who: 'P', say: 'Yes,| but I missed a few doses on Monday,| no,| Tuesday| and Wednesday.' },
  { who: 'C', say: 'Try a pill box,| it really helps.' },
  { who: 'P', say: 'Good idea.' },
  { who: 'C', say: "Let's meet again in six weeks." },
  { who: 'P', say: 'Thank you doctor,| bye.' },
];

/** §2.4 Nov 2024 row: nMcdL.bj4p3b › adE6rb.M6cG9d(img.Z6byG, KcIKyf name) + YSxPC.bYevke › tgaKEf.bh44bd › spans. */
function blockNov2024(doc: Document, who: Person) {
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb M6cG9d"><img class="Z6byG r6DyN" alt="" data-iml="2231.7" src="${who.img}"><div class="KcIKyf jxFHg">${who.label}</div></div><div jsname="YSxPC" class="bYevke wY1pdd"><div jsname="tgaKEf" class="bh44bd VbkSUe"></div></div></div>`,
  );
  return { block, textDiv: block.querySelector<HTMLElement>('[jsname="tgaKEf"]')! };
}

const meetNov2024: Scenario = {
  name: 'meet Nov 2024 layout: caption-language div first in .a4cQT, nMcdL/adE6rb/KcIKyf blocks with spans',
  url: 'https://meet.google.com/tbe-mxqa-pfn',
  selfNames: ['Dr. Rafael Ortiz'],
  body: `${controls}
<div id="cap-bar"><div class="a4cQT" jscontroller="D1tHje" style="right:16px; left:16px; bottom:80px">
  <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button aria-label="Caption language">English (India)</button></div>
  <div>
    <div class="iOzk7" jsname="dsyhDe"></div>
    <div class="iOzk7" jsname="APQunf" style="display:none"></div>
  </div>
</div></div>`,
  play: (p) =>
    playSpanEra(p, mNovTurns, (w) => blockNov2024(p.doc, mNovPeople[w]!), () => p.doc.querySelector<HTMLElement>('[jsname="dsyhDe"]')!),
  leave: leaveMeet,
  expected: expectedOf(mNovTurns, mNovPeople),
  productTiming: true,
  forbidden: ['English (India)', 'call_end'],
};

// ---------------------------------------------------------------------------------------------
// 2025–26 region layout (shared by the next two).
// ---------------------------------------------------------------------------------------------
function region2025(doc: Document, label: string, jump: string) {
  return el(
    doc,
    `<div tabindex="0" role="region" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:Zf1Ny" class="vNKgIf UDinHf"><div class="IMKgW"><button aria-label="${jump}"><i class="google-symbols" aria-hidden="true">arrow_downward</i>${jump}</button></div></div>`,
  );
}
function bar2025(label: string, jump: string) {
  return `<div id="cap-bar" class="hLkVuf" data-side="3"><div class="DtJ7e"><div jsname="dsyhDe" class="iOzk7"><div tabindex="0" role="region" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:Zf1Ny" class="vNKgIf UDinHf"><div class="IMKgW"><button aria-label="${jump}"><i class="google-symbols" aria-hidden="true">arrow_downward</i>${jump}</button></div></div></div></div></div>`;
}
/** §2.4 outline: nMcdL.bj4p3b › adE6rb(img[data-iml], KcIKyf › span.NWpY1d) + ygicle.VbkSUe (bare text node). */
function block2025(doc: Document, who: Person) {
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="4410.2" src="${who.img}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${who.label}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const node = doc.createTextNode('');
  block.querySelector('.ygicle')!.appendChild(node);
  return { block, node };
}
/** Blocks go before the trailing non-caption children (dummy div, jump-button area). */
function insertBlock(doc: Document) {
  return (block: HTMLElement) => {
    const region = doc.querySelector<HTMLElement>('[role="region"][tabindex="0"]')!;
    const trail = [...region.children].find((c) => !c.classList.contains('nMcdL')) ?? null;
    region.insertBefore(block, trail);
  };
}

// 3. 2025–26 English: cough, late correction of an earlier block, same-speaker second block,
//    dummy div, chat distractor.
const m25People: Record<string, Person> = {
  C: { label: 'You', img: AV('asmith'), expect: ['You', 'Dr. Alice Smith'], role: 'clinician' },
  P: { label: 'Tom Becker', img: AV('tbecker'), expect: 'Tom Becker', role: 'patient' },
};
const m25Turns: Turn[] = [
  { who: 'C', say: 'Hi Tom, how long have you had the cough?' },
  { who: 'P', say: 'About two weeks now.' },
  { who: 'C', say: 'Is it dry, or are you bringing anything up?' },
  { who: 'P', say: 'um some yellow stuff in the mornings', final: 'Um, some yellow stuff in the mornings.' },
  { who: 'C', say: 'Any fever?' },
  { who: 'P', say: 'It was a hundred in one on Friday.' },
  {
    who: 'C',
    say: 'Okay. And any shortness of breath when you climb stairs?',
    fixPrev: 'It was a hundred and one on Friday.',
  },
  { who: 'P', say: 'A little, yeah.' },
  {
    who: 'P',
    say: 'Mostly at night when I lie down.',
    before: async (p) => {
      // a pause, then Meet starts a second block for the same speaker (§2.5.1); a dummy div shows up
      await p.sleep(600);
      insertBlock(p.doc)(el(p.doc, '<div></div>'));
    },
  },
  {
    who: 'C',
    say: "I'm going to start you on amoxicillin, uh, five hundred milligrams three times a day for seven days.",
    before: (p) => p.doc.querySelector('[role="region"] > div:not(.nMcdL):not(.IMKgW)')?.remove(),
  },
  { who: 'P', say: 'Seven days, got it.' },
  { who: 'C', say: 'If the fever comes back above a hundred and two, call us.' },
  { who: 'P', say: 'Will do.' },
  {
    who: 'C',
    say: "I've put the pharmacy details in the chat.",
    before: (p) => {
      p.doc
        .querySelector('.Ge9Kpc')!
        .appendChild(el(p.doc, '<div class="chat-msg"><div>You</div><div>Pharmacy: Greenway Drugs, 14 Elm Street</div></div>'));
    },
  },
  { who: 'P', say: 'Thanks, doctor.' },
];

const meet2025: Scenario = {
  name: 'meet 2025–26 region layout (English): bare text node, late fix of an earlier block, dummy div, chat region',
  url: 'https://meet.google.com/ahv-pqzr-wke',
  selfNames: ['Dr. Alice Smith'],
  body: `${controls}
<main class="axUSnc" style="inset: 0px 0px 160px 0px"></main>
${bar2025('Captions', 'Jump to bottom')}
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`,
  play: (p) => playTextEra(p, m25Turns, (w) => block2025(p.doc, m25People[w]!), insertBlock(p.doc)),
  leave: leaveMeet,
  expected: expectedOf(m25Turns, m25People),
  productTiming: true,
  forbidden: ['arrow_downward', 'Jump to bottom', 'Greenway', 'Pharmacy:'],
};

// 4. 2025–26 layout in a Russian UI: "Вы" for the self label (§2.6, §9), CC toggled off/on mid-call
//    so the region node is replaced (§2.3, TT #93). Assumptions: the Russian region label
//    "Субтитры" and jump text "Перейти вниз" (the research lists neither).
const mRuPeople: Record<string, Person> = {
  C: { label: 'Вы', img: AV('ivolkova'), expect: ['Вы', 'Ирина Волкова'], role: 'clinician' },
  P: { label: 'Павел Соколов', img: AV('psokolov'), expect: 'Павел Соколов', role: 'patient' },
};
const mRuTurns: Turn[] = [
  { who: 'C', say: 'Здравствуйте, Павел. Как вы себя чувствуете после операции?' },
  { who: 'P', say: 'Э-э, в целом неплохо, но колено ещё болит.' },
  { who: 'C', say: 'По шкале от одного до десяти?' },
  { who: 'P', say: 'Примерно шесть.' },
  { who: 'C', say: 'Вы принимаете ибупрофен четыреста миллиграммов?' },
  { who: 'P', say: 'Да, три раза в день, нет, два раза.' },
  { who: 'C', say: 'Хорошо. Отёк есть?' },
  { who: 'P', say: 'Небольшой, вечером.' },
  {
    who: 'C',
    say: 'Итак, продолжаем. Делайте упражнения дважды в день.',
    before: async (p) => {
      // CC off: the region is detached; CC on: a new region node (empty history) is inserted.
      const region = p.doc.querySelector('[role="region"][tabindex="0"]')!;
      const parent = region.parentElement!;
      region.remove();
      await p.sleep(900);
      parent.appendChild(region2025(p.doc, 'Субтитры', 'Перейти вниз'));
      await p.sleep(200);
    },
  },
  { who: 'P', say: 'Хорошо, а ходить можно без костылей?' },
  { who: 'C', say: 'Пока нет, ещё две недели с костылями.' },
  { who: 'P', say: 'Понял.' },
  { who: 'C', say: 'Следующий приём через десять дней.' },
  { who: 'P', say: 'Спасибо, до свидания.' },
];

const meetRu: Scenario = {
  name: 'meet 2025–26 layout, Russian UI: "Вы" self label, localized region label, region replaced on CC toggle',
  url: 'https://meet.google.com/rcw-nmbt-yxs?hl=ru',
  selfNames: ['Ирина Волкова'],
  body: `${controls}
${bar2025('Субтитры', 'Перейти вниз')}
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`,
  play: (p) => playTextEra(p, mRuTurns, (w) => block2025(p.doc, mRuPeople[w]!), insertBlock(p.doc)),
  leave: leaveMeet,
  expected: expectedOf(mRuTurns, mRuPeople),
  forbidden: ['arrow_downward', 'Перейти вниз'],
};

export const meetScenarios: Scenario[] = [meet2024, meetNov2024, meet2025, meetRu];
