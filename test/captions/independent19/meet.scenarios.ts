// Google Meet blind scenarios (round 19). Written only from /work/shared/research/caption-platforms.md:
//   §2.1 (URL shape, `.google-symbols` "call_end" as the in-call marker, CC icon ligatures),
//   §2.3 (language-neutral `div[role=region][tabindex="0"]`, `dsyhDe`/`iOzk7` wrapper, `.DtJ7e` bar,
//        `hLkVuf`/`data-side="3"`, `main.axUSnc`, chat as a separate `aria-live` region `.Ge9Kpc`),
//   §2.4 (2025–26 block shape `nMcdL bj4p3b` › `adE6rb` › img[data-iml] + `KcIKyf jxFHg` › `NWpY1d`,
//        single bare text node in `ygicle VbkSUe`; trailing dummy div and "Jump to bottom" button;
//        caption-language picker `NmXUuc P9KVBf[jscontroller=rRafu]`),
//   §2.5 (new block per speaker turn, characterData growth, revisions inside the live block and of
//        earlier blocks), §2.6 (self label is the literal "You"; `data-self-name` in tiles),
//   §8 (noise filters: icon ligatures, "Jump to bottom"; chat live region is not captions),
//   §9 (checklist: "You" speaker, growth, late revisions of earlier blocks, non-caption live regions).
import { el, q } from '../independent/kit.ts';
import type { Expected, Page, Scenario } from '../independent/kit.ts';

/** A text state, a hold in ms, or a side effect (toast, chat, a late fix of an earlier block). */
type Step = string | number | ((p: Page, nodes: Map<string, Text>) => void);

interface Turn {
  who: string;
  avatar: string;
  steps: Step[];
  /** Quiet time after the turn, before the next speaker's block appears. */
  gap: number;
  /** Keep writing into the previous block (same person, no new block). */
  same?: boolean;
  /** Register this turn's text node so a later step can revise it. */
  id?: string;
}

const YOU = 'You';

/** Deterministic spread in [lo, hi] so word updates do not tick like a metronome. */
const spread = (i: number, lo: number, hi: number) => lo + ((i * 47 + 13) % (hi - lo + 1));

/**
 * Meet-style growth of `text` after `base`: words arrive one at a time, the punctuation on the newest
 * word only shows up once the next word is heard, and the turn ends on the fully punctuated text.
 */
function more(base: string, text: string): string[] {
  const w = text.split(' ');
  const out = w.map((_, i) => {
    const s = (base ? `${base} ` : '') + w.slice(0, i + 1).join(' ');
    return s.replace(/[.,?!]$/, '');
  });
  out.push((base ? `${base} ` : '') + text);
  return out;
}
const say = (text: string) => more('', text);
/** Plain word-by-word prefixes (no punctuation games), used for raw recogniser guesses. */
function words(base: string, text: string): string[] {
  const w = text.split(' ');
  return w.map((_, i) => (base ? `${base} ` : '') + w.slice(0, i + 1).join(' '));
}

const avatarUrl = (k: string) => `https://lh3.googleusercontent.com/a/ACg8ocJ${k}x4Qm=s64-c-mo`;

function meetBody(self: string, others: string[], barExtra = ''): string {
  const tiles = [self, ...others]
    .map(
      (n, i) =>
        `<div class="oZRSLe" jsname="E2KThb"${i === 0 ? ` data-self-name="${n}"` : ''}><div class="XEazBc"><span class="zWGUib">${i === 0 ? `${n} (You)` : n}</span></div></div>`,
    )
    .join('');
  return `
<div class="T4LgNb" jscontroller="kAPMuc" data-call-root="1">
  <main class="axUSnc" style="inset: 0px 0px 176px;">
    <div class="dkjMxf">${tiles}</div>
    <div class="reaction-layer" aria-hidden="true"></div>
  </main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">
      <div class="toast-slot" aria-live="assertive"></div>
      ${barExtra}
      <div jsname="dsyhDe" class="iOzk7">
        <div tabindex="0" role="region" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:Rld2oe" class="vNKgIf UDinHf"></div>
      </div>
    </div>
  </div>
  <div class="Tmb7Fd" role="toolbar" aria-label="Call controls">
    <button aria-label="Turn off captions (c)"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
    <button aria-label="Raise hand (ctrl + alt + h)"><i class="google-symbols" aria-hidden="true">back_hand</i></button>
    <button aria-label="Send a reaction"><i class="google-symbols" aria-hidden="true">mood</i></button>
    <button aria-label="Leave call" jsname="CQylAd"><i class="google-symbols" aria-hidden="true">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
</div>`;
}

function meetBlock(doc: Document, who: string, avatar: string, first: string): { block: HTMLElement; text: Text } {
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${1200 + avatar.length * 37}.4" src="${avatarUrl(avatar)}"><div class="KcIKyf jxFHg"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  q(block, '.NWpY1d').textContent = who;
  const text = doc.createTextNode(first);
  q(block, '.ygicle').appendChild(text);
  return { block, text };
}

/** New blocks go after the existing blocks, before any trailing dummy div / jump button (§2.4). */
function insertBlock(region: Element, block: Element) {
  const tail = Array.from(region.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  region.insertBefore(block, tail);
}

async function meetPlay(p: Page, turns: Turn[], lo: number, hi: number) {
  const region = q(p.doc, 'div[role="region"][tabindex="0"]');
  const nodes = new Map<string, Text>();
  let node: Text | null = null;
  let i = 0;
  for (const t of turns) {
    let fresh = !t.same || node === null;
    for (const s of t.steps) {
      if (typeof s === 'number') {
        await p.sleep(s);
      } else if (typeof s === 'function') {
        s(p, nodes);
      } else {
        if (fresh) {
          const b = meetBlock(p.doc, t.who, t.avatar, s);
          insertBlock(region, b.block);
          node = b.text;
          fresh = false;
        } else if (node && node.data !== s) {
          node.data = s;
        }
        await p.sleep(spread(i++, lo, hi));
      }
    }
    if (t.id && node) nodes.set(t.id, node);
    await p.sleep(t.gap);
  }
}

/** Leaving Meet: the whole call UI, with the `call_end` control and the caption bar, goes away. */
function meetLeave(p: Page) {
  q(p.doc, '[data-call-root]').remove();
}

function toast(p: Page, cls: string, html: string) {
  q(p.doc, '.toast-slot').appendChild(el(p.doc, `<div class="${cls}" role="status">${html}</div>`));
}
function dropToast(p: Page, cls: string) {
  p.doc.querySelector(`.toast-slot .${cls}`)?.remove();
}
function chat(p: Page, from: string, msg: string) {
  q(p.doc, '.Ge9Kpc').appendChild(
    el(p.doc, `<div class="GDhqjd" data-sender-name="${from}"><div class="YTbUzc">${from}</div><div class="oIy2qc" data-message-text="${msg}">${msg}</div></div>`),
  );
}

// ------------------------------------------------------------------------------------------------
// Scenario 1. Assumptions where the research is silent: "Jump to bottom" and the dummy div appear
// together mid-call (the user scrolled up) and disappear together; a 3.6 s mid-sentence pause does NOT
// make Meet open a new block (the brief's premise; §2.5.1 only says a pause *can* do so); Meet rewrites
// the spoken "one forty over ninety" as digits in the same text node once the sentence ends; the own
// tile label "(You)" and `data-self-name` sit in the tiles, outside the caption region.
// ------------------------------------------------------------------------------------------------
const s1Self = 'Dr. Priya Raman';
const s1Pt = 'Marcus Bell';
const s1Pause = "I've been checking every morning after coffee and it's usually somewhere around";
const s1PauseRest = 'one forty over ninety, sometimes a bit higher on weekends.';
const s1PauseFinal = `${s1Pause} 140 over 90, sometimes a bit higher on weekends.`;

const s1: Scenario = {
  name: 'meet: hypertension check-in, rapid yes/no replies and a 3.6 s mid-sentence pause',
  url: 'https://meet.google.com/kqv-mzto-pdr',
  selfNames: [s1Self],
  body: meetBody(s1Self, [s1Pt]),
  async play(p) {
    const region = q(p.doc, 'div[role="region"][tabindex="0"]');
    const showJump = () => {
      region.appendChild(el(p.doc, '<div></div>'));
      region.appendChild(
        el(p.doc, '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Jump to bottom</button></div>'),
      );
    };
    const hideJump = () => {
      region.querySelector(':scope > .IMKgW')?.remove();
      Array.from(region.children)
        .filter((c) => !c.classList.contains('nMcdL'))
        .forEach((c) => c.remove());
    };
    await meetPlay(
      p,
      [
        { who: YOU, avatar: 'pr', steps: say("Good morning, Marcus. I'm going to run through a few quick questions about your blood pressure."), gap: 650 },
        { who: s1Pt, avatar: 'mb', steps: say('Sure, go ahead.'), gap: 400 },
        { who: YOU, avatar: 'pr', steps: say('Any headaches this week?'), gap: 300 },
        { who: s1Pt, avatar: 'mb', steps: ['No', 'No.'], gap: 250 },
        { who: YOU, avatar: 'pr', steps: say('Dizziness when you stand up?'), gap: 450 },
        { who: s1Pt, avatar: 'mb', steps: [...say('A little, yeah.'), showJump], gap: 300 },
        { who: YOU, avatar: 'pr', steps: say('Chest pain?'), gap: 350 },
        { who: s1Pt, avatar: 'mb', steps: say('No, not really.'), gap: 500 },
        { who: YOU, avatar: 'pr', steps: say("And you've been taking the lisinopril every day?"), gap: 300 },
        { who: s1Pt, avatar: 'mb', steps: ['Yes', 'Yes.'], gap: 700 },
        { who: YOU, avatar: 'pr', steps: say('Okay. What have your home readings looked like?'), gap: 900 },
        {
          who: s1Pt,
          avatar: 'mb',
          steps: [...words('', s1Pause), 3600, ...more(s1Pause, s1PauseRest), s1PauseFinal, hideJump],
          gap: 600,
        },
        { who: YOU, avatar: 'pr', steps: ['Right', 'Right.'], gap: 300 },
        { who: s1Pt, avatar: 'mb', steps: say('Is that bad?'), gap: 800 },
        {
          who: YOU,
          avatar: 'pr',
          steps: say("It's higher than I'd like, so I'm going to increase the dose and see you again in two weeks."),
          gap: 500,
        },
        { who: s1Pt, avatar: 'mb', steps: say('Okay, thanks.'), gap: 300 },
      ],
      90,
      200,
    );
  },
  leave: meetLeave,
  expected: [
    { speaker: [YOU, s1Self], role: 'clinician', text: "Good morning, Marcus. I'm going to run through a few quick questions about your blood pressure." },
    { speaker: s1Pt, role: 'patient', text: 'Sure, go ahead.' },
    { speaker: [YOU, s1Self], role: 'clinician', text: 'Any headaches this week?' },
    { speaker: s1Pt, role: 'patient', text: 'No.' },
    { speaker: [YOU, s1Self], role: 'clinician', text: 'Dizziness when you stand up?' },
    { speaker: s1Pt, role: 'patient', text: 'A little, yeah.' },
    { speaker: [YOU, s1Self], role: 'clinician', text: 'Chest pain?' },
    { speaker: s1Pt, role: 'patient', text: 'No, not really.' },
    { speaker: [YOU, s1Self], role: 'clinician', text: "And you've been taking the lisinopril every day?" },
    { speaker: s1Pt, role: 'patient', text: 'Yes.' },
    { speaker: [YOU, s1Self], role: 'clinician', text: 'Okay. What have your home readings looked like?' },
    { speaker: s1Pt, role: 'patient', text: s1PauseFinal },
    { speaker: [YOU, s1Self], role: 'clinician', text: 'Right.' },
    { speaker: s1Pt, role: 'patient', text: 'Is that bad?' },
    { speaker: [YOU, s1Self], role: 'clinician', text: "It's higher than I'd like, so I'm going to increase the dose and see you again in two weeks." },
    { speaker: s1Pt, role: 'patient', text: 'Okay, thanks.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption', 'back_hand', '(You)'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 2. Assumptions where the research is silent: join / hand-raise toasts render inside the
// caption bar body (`.DtJ7e`) right above the region, as status elements with an icon ligature; emoji
// reactions float in the tile area with the sender's name; chat messages go into the `.Ge9Kpc` live
// region (§2.3) with a sender line and a text line (inner class names invented); the recogniser
// rewrites several earlier words of the live block ("end of Chris" → "endocrinologist", "five hundred
// milligrams of met for men" → "500 mg of metformin") and, per §2.5.3, fixes an earlier, finished block
// ("Twelve units at bed time." → "12 units at bedtime.") while the next speaker is talking; the
// expected text is the corrected one. A third participant (pharmacist) gets no role.
// ------------------------------------------------------------------------------------------------
const s2Self = 'Dr. Samuel Achebe';
const s2Pt = 'Lin Zhou';
const s2Rph = 'Teresa Novak';
const s2Metformin = 'So the endocrinologist put me on 500 mg of metformin twice a day, with breakfast and dinner.';
const s2Pen = 'Hi Lin. The new pen starts at 0.25 mg once a week, on the same day each week.';

const s2: Scenario = {
  name: 'meet: diabetes medication review, recogniser rewrites earlier words and doses, toasts and chat nearby',
  url: 'https://meet.google.com/wbn-hqsa-tye',
  selfNames: [s2Self],
  body: meetBody(s2Self, [s2Pt]),
  async play(p) {
    await meetPlay(
      p,
      [
        { who: YOU, avatar: 'sa', steps: say('Hi Lin, thanks for sending your glucose log before the visit.'), gap: 700 },
        { who: s2Pt, avatar: 'lz', steps: say('No problem. The numbers were better this month, I think.'), gap: 500 },
        { who: YOU, avatar: 'sa', steps: say("They were. Remind me what you're taking right now."), gap: 1100 },
        {
          who: s2Pt,
          avatar: 'lz',
          steps: [
            ...words('', 'so the end of Chris'),
            'so the endocrinologist',
            ...words('so the endocrinologist', 'put me on five hundred milligrams of met for men'),
            'So the endocrinologist put me on 500 mg of metformin',
            ...words('So the endocrinologist put me on 500 mg of metformin', 'twice a day with breakfast and dinner'),
            s2Metformin,
          ],
          gap: 600,
        },
        { who: YOU, avatar: 'sa', steps: say('And the long-acting insulin?'), gap: 400 },
        { who: s2Pt, avatar: 'lz', id: 'units', steps: ['Twelve', 'Twelve units', 'Twelve units at', 'Twelve units at bed', 'Twelve units at bed time', 'Twelve units at bed time.'], gap: 500 },
        {
          who: YOU,
          avatar: 'sa',
          steps: [
            ...say('Good. Any lows, shaky or sweaty spells?').slice(0, 3),
            (_p, nodes) => {
              const n = nodes.get('units');
              if (n) n.data = '12 units at bedtime.';
            },
            ...say('Good. Any lows, shaky or sweaty spells?').slice(3),
          ],
          gap: 350,
        },
        { who: s2Pt, avatar: 'lz', steps: say('Once, last Tuesday.'), gap: 900 },
        {
          who: YOU,
          avatar: 'sa',
          steps: [
            (pg) => {
              toast(pg, 'join-toast', '<i class="google-symbols" aria-hidden="true">person_add</i><span>Teresa Novak joined</span>');
              q(pg.doc, '.dkjMxf').appendChild(el(pg.doc, '<div class="oZRSLe" jsname="E2KThb"><div class="XEazBc"><span class="zWGUib">Teresa Novak</span></div></div>'));
            },
            600,
            ...say("Teresa from our pharmacy just joined us, she'll go over the new pen."),
            (pg) => dropToast(pg, 'join-toast'),
          ],
          gap: 700,
        },
        {
          who: s2Rph,
          avatar: 'tn',
          steps: [
            ...words('', 'Hi Lin. The new pen starts at zero point two five milligrams'),
            'Hi Lin. The new pen starts at 0.25 mg',
            ...words('Hi Lin. The new pen starts at 0.25 mg', 'once a week on the same day each week'),
            s2Pen,
          ],
          gap: 500,
        },
        {
          who: s2Pt,
          avatar: 'lz',
          steps: [
            (pg) => toast(pg, 'hand-toast', '<i class="google-symbols" aria-hidden="true">back_hand</i><span>Lin Zhou raised a hand</span><button>View</button>'),
            800,
            ...say('Sorry, does it have to be the same day?'),
          ],
          gap: 400,
        },
        { who: s2Rph, avatar: 'tn', steps: [(pg) => dropToast(pg, 'hand-toast'), ...say('Yes, ideally.')], gap: 300 },
        { who: s2Pt, avatar: 'lz', steps: ['Okay', 'Okay.'], gap: 600 },
        {
          who: YOU,
          avatar: 'sa',
          steps: [
            ...say("I'll send the instructions in the chat.").slice(0, 4),
            (pg) => chat(pg, s2Self, 'Pen instructions: inject in the abdomen or thigh, rotate sites weekly'),
            ...say("I'll send the instructions in the chat.").slice(4),
          ],
          gap: 1200,
        },
        {
          who: s2Pt,
          avatar: 'lz',
          steps: [(pg) => chat(pg, s2Pt, 'got it, thanks!!'), 500, ...say('Got the message, thank you.')],
          gap: 500,
        },
        {
          who: YOU,
          avatar: 'sa',
          steps: [
            (pg) => q(pg.doc, '.reaction-layer').appendChild(el(pg.doc, '<div class="reaction-burst"><span class="emoji">🎉</span><span class="sender">Lin Zhou</span></div>')),
            ...say("Great, we'll check your A1C again in three months."),
          ],
          gap: 300,
        },
      ],
      90,
      200,
    );
  },
  leave: meetLeave,
  expected: [
    { speaker: [YOU, s2Self], role: 'clinician', text: 'Hi Lin, thanks for sending your glucose log before the visit.' },
    { speaker: s2Pt, role: 'patient', text: 'No problem. The numbers were better this month, I think.' },
    { speaker: [YOU, s2Self], role: 'clinician', text: "They were. Remind me what you're taking right now." },
    { speaker: s2Pt, role: 'patient', text: s2Metformin },
    { speaker: [YOU, s2Self], role: 'clinician', text: 'And the long-acting insulin?' },
    { speaker: s2Pt, role: 'patient', text: '12 units at bedtime.' },
    { speaker: [YOU, s2Self], role: 'clinician', text: 'Good. Any lows, shaky or sweaty spells?' },
    { speaker: s2Pt, role: 'patient', text: 'Once, last Tuesday.' },
    { speaker: [YOU, s2Self], role: 'clinician', text: "Teresa from our pharmacy just joined us, she'll go over the new pen." },
    { speaker: s2Rph, text: s2Pen },
    { speaker: s2Pt, role: 'patient', text: 'Sorry, does it have to be the same day?' },
    { speaker: s2Rph, text: 'Yes, ideally.' },
    { speaker: s2Pt, role: 'patient', text: 'Okay.' },
    { speaker: [YOU, s2Self], role: 'clinician', text: "I'll send the instructions in the chat." },
    { speaker: s2Pt, role: 'patient', text: 'Got the message, thank you.' },
    { speaker: [YOU, s2Self], role: 'clinician', text: "Great, we'll check your A1C again in three months." },
  ],
  forbidden: [
    'Teresa Novak joined',
    'person_add',
    'raised a hand',
    'back_hand',
    'rotate sites',
    'Pen instructions',
    'got it, thanks',
    '🎉',
    'call_end',
    'closed_caption',
    'View',
  ],
};

// ------------------------------------------------------------------------------------------------
// Scenario 3 (product timing). Assumptions where the research is silent: the UI stays English
// (aria-label "Captions", self label "You") while the caption language is Spanish, shown by the
// picker (§2.2/§2.3) inside the caption bar; Meet labels a shared laptop with its one account name
// for both people (mother and daughter), keeps a quick same-device follow-on in the SAME block and
// opens a new block after a longer pause; interim Spanish text lacks accents and inverted marks, then
// is rewritten (earlier words change) when the phrase ends; "quinientos miligramos" becomes "500 mg".
// Both people on the device are expected as the one speaker "Rosa Delgado" with the patient role.
// ------------------------------------------------------------------------------------------------
const s3Self = 'Dr. Elena Vargas';
const s3Dev = 'Rosa Delgado';
const s3T2 = 'Ay, doctora, más o menos. Me duele la rodilla cuando subo las escaleras.';
const s3T3 = "Sorry, I'm her daughter, I'm here too. She's been limping since last week.";
const s3Dose = 'Okay, entonces mejor acetaminofén, 500 mg cada ocho horas.';

const s3: Scenario = {
  name: 'meet: Spanish-speaking patient and daughter on one laptop, code-switching, product timing',
  url: 'https://meet.google.com/rte-pxoa-gmv',
  selfNames: [s3Self],
  productTiming: true,
  body: meetBody(
    s3Self,
    [s3Dev],
    '<div class="NmXUuc P9KVBf" jscontroller="rRafu"><button aria-label="Caption language"><span>Spanish (Mexico)</span><i class="google-symbols" aria-hidden="true">arrow_drop_down</i></button></div>',
  ),
  async play(p) {
    await meetPlay(
      p,
      [
        {
          who: YOU,
          avatar: 'ev',
          steps: [...words('', 'buenas tardes señora Delgado como ha estado desde la ultima cita'), 'Buenas tardes, señora Delgado. ¿Cómo ha estado desde la última cita?'],
          gap: 900,
        },
        { who: s3Dev, avatar: 'rd', steps: say(s3T2), gap: 700 },
        { who: s3Dev, avatar: 'rd', same: true, steps: more(s3T2, s3T3), gap: 800 },
        { who: YOU, avatar: 'ev', steps: [...words('', 'Thanks Ana se le hincho la rodilla'), 'Thanks, Ana. ¿Se le hinchó la rodilla?'], gap: 400 },
        { who: s3Dev, avatar: 'rd', steps: ['Sí', 'Sí, un', 'Sí, un poquito', 'Sí, un poquito.'], gap: 500 },
        { who: YOU, avatar: 'ev', steps: [...words('', 'tomo algo para el dolor'), '¿Tomó algo para el dolor?'], gap: 700 },
        {
          who: s3Dev,
          avatar: 'rd',
          steps: [
            ...words('', 'Ibuprofen like two pills in the morning pero le cayo mal al estomago'),
            'Ibuprofen, like two pills in the morning, pero le cayó mal al estómago.',
          ],
          gap: 600,
        },
        {
          who: YOU,
          avatar: 'ev',
          steps: [
            ...words('', 'Okay entonces mejor acetaminofen quinientos miligramos'),
            'Okay, entonces mejor acetaminofén, 500 mg',
            ...words('Okay, entonces mejor acetaminofén, 500 mg', 'cada ocho horas'),
            s3Dose,
          ],
          gap: 400,
        },
        { who: s3Dev, avatar: 'rd', steps: ['con', 'con comida', '¿Con comida?'], gap: 500 },
        {
          who: YOU,
          avatar: 'ev',
          steps: [
            ...say('No es necesario, pero no más de seis pastillas al día.').slice(0, 5),
            (pg) => chat(pg, s3Dev, 'la farmacia es Walgreens on Fifth Street'),
            ...say('No es necesario, pero no más de seis pastillas al día.').slice(5),
          ],
          gap: 700,
        },
        { who: s3Dev, avatar: 'rd', steps: [...words('', 'Got it mama seis maximo okay'), 'Got it. Mamá, seis máximo, ¿okay?'], gap: 1400 },
        { who: s3Dev, avatar: 'rd', steps: [...words('', 'si mija ya entendi'), 'Sí, mija, ya entendí.'], gap: 900 },
        {
          who: YOU,
          avatar: 'ev',
          steps: more('', "I'd also like an X-ray of the knee. Le voy a mandar la orden a la clínica."),
          gap: 600,
        },
        { who: s3Dev, avatar: 'rd', steps: [...words('', 'muchas gracias doctora'), 'Muchas gracias, doctora.'], gap: 300 },
        { who: YOU, avatar: 'ev', steps: [...words('', 'de nada cuidese mucho'), 'De nada. Cuídese mucho.'], gap: 200 },
      ],
      150,
      250,
    );
  },
  leave: meetLeave,
  expected: [
    { speaker: [YOU, s3Self], role: 'clinician', text: 'Buenas tardes, señora Delgado. ¿Cómo ha estado desde la última cita?' },
    { speaker: s3Dev, role: 'patient', text: s3T2 },
    { speaker: s3Dev, role: 'patient', text: s3T3 },
    { speaker: [YOU, s3Self], role: 'clinician', text: 'Thanks, Ana. ¿Se le hinchó la rodilla?' },
    { speaker: s3Dev, role: 'patient', text: 'Sí, un poquito.' },
    { speaker: [YOU, s3Self], role: 'clinician', text: '¿Tomó algo para el dolor?' },
    { speaker: s3Dev, role: 'patient', text: 'Ibuprofen, like two pills in the morning, pero le cayó mal al estómago.' },
    { speaker: [YOU, s3Self], role: 'clinician', text: s3Dose },
    { speaker: s3Dev, role: 'patient', text: '¿Con comida?' },
    { speaker: [YOU, s3Self], role: 'clinician', text: 'No es necesario, pero no más de seis pastillas al día.' },
    { speaker: s3Dev, role: 'patient', text: 'Got it. Mamá, seis máximo, ¿okay?' },
    { speaker: s3Dev, role: 'patient', text: 'Sí, mija, ya entendí.' },
    { speaker: [YOU, s3Self], role: 'clinician', text: "I'd also like an X-ray of the knee. Le voy a mandar la orden a la clínica." },
    { speaker: s3Dev, role: 'patient', text: 'Muchas gracias, doctora.' },
    { speaker: [YOU, s3Self], role: 'clinician', text: 'De nada. Cuídese mucho.' },
  ] satisfies Expected[],
  forbidden: ['Spanish (Mexico)', 'arrow_drop_down', 'Walgreens on Fifth', 'la farmacia es', 'call_end', 'closed_caption'],
};

export const meetScenarios: Scenario[] = [s1, s2, s3];
