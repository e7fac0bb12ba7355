// Google Meet scenarios for round 16. Written only from /work/shared/research/caption-platforms.md
// (§2.1 meeting URL + `call_end` icon as the in-call marker, §2.3/§2.4 the 2025–26 region
// `div[role=region][tabindex="0"]` inside `div[jsname=dsyhDe].iOzk7`, blocks `.nMcdL.bj4p3b` ›
// `.adE6rb` (img[data-iml] + `.KcIKyf.jxFHg` › `span.NWpY1d`) + `.ygicle.VbkSUe` holding one text node,
// trailing dummy div and "Jump to bottom" area `.IMKgW`, the chat live region as a distractor; §2.5
// block per turn, characterData growth, corrections of earlier blocks, scroll-back history; §2.6 the
// local user labelled "You") and the kit API. Assumptions are noted per scenario.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.google.com/kfa-mzpq-wrt';
const SELF = 'Dr. Alice Smith';
const YOU = ['You', SELF];

const body = (regionLabel = 'Captions') =>
  '<div class="call-root"><main class="axUSnc"><div class="tiles"></div></main>' +
  '<div class="hLkVuf"><div class="DtJ7e"><div jsname="dsyhDe" class="iOzk7">' +
  `<div role="region" tabindex="0" aria-label="${regionLabel}" jscontroller="KPn5nb" class="vNKgIf UDinHf"></div>` +
  '</div></div></div>' +
  '<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>' +
  '<div class="controls"><button aria-label="Turn off captions"><i class="google-symbols">closed_caption</i></button>' +
  '<button aria-label="Leave call"><i class="google-symbols">call_end</i></button></div></div>';

// Assumption: leaving tears down the call UI (leave button, captions) and shows the exit page.
const leave = (p: Page) => {
  q(p.doc, '.call-root').remove();
  p.doc.body.appendChild(el(p.doc, '<div class="roSPhc">You left the meeting</div>'));
};

const region = (p: Page) => q(p.doc, 'div[role="region"][tabindex="0"]');
const avatar = (who: string) => `https://lh3.googleusercontent.com/a/${who.replace(/\W+/g, '').toLowerCase()}=s64`;
const JUMP =
  '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>';

/** Appends a block before any trailing non-caption children; returns its text node. */
function block(p: Page, name: string, first: string, img = avatar(name)): Text {
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${(Math.random() * 9999).toFixed(1)}" src="${img}">` +
      `<div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode(first);
  q(b, '.ygicle').appendChild(t);
  const r = region(p);
  const trailing = [...r.children].find((c) => !c.classList.contains('nMcdL'));
  r.insertBefore(b, trailing ?? null);
  return t;
}

async function say(p: Page, name: string, text: string, step: number, final?: string, img?: string): Promise<Text> {
  const t = block(p, name, text.split(' ')[0]!, img);
  await p.sleep(step);
  await grow(p, t, text, final, step, 1);
  return t;
}

// ---------------------------------------------------------------------------------------------
// 1. A long call (14 blocks) that stays as scroll-back history. Mid-call the user scrolls up: the
// dummy div and the "Jump to bottom" area appear as trailing children while the patient keeps
// talking; Meet corrects the previous block while the next grows; then the user jumps back (area
// removed). Assumption (research silent on retention): all blocks stay in the region.
const PAT = 'Maria Lopez';
const longCall: Scenario = {
  name: 'meet: long call with scroll-back history, jump to bottom and late corrections',
  url: URL,
  selfNames: [SELF],
  body: body(),
  productTiming: true,
  async play(p) {
    const turns: [string, string][] = [
      ['You', 'Hello Maria, what would you like to go over today?'],
      [PAT, 'My blood sugar readings from the last month.'],
      ['You', 'Sure, what is the typical fasting number?'],
      [PAT, 'Usually around one hundred and ten.'],
      ['You', 'And after dinner?'],
      [PAT, 'Sometimes up to one eighty if I eat pasta.'],
      ['You', 'That is common with large portions.'],
    ];
    for (const [n, t] of turns) {
      await say(p, n, t, 180);
      await p.sleep(900);
    }
    // The user scrolls back up to re-read: trailing dummy + jump button appear.
    region(p).appendChild(el(p.doc, '<div></div>'));
    region(p).appendChild(el(p.doc, JUMP));
    const a = await say(p, PAT, 'Should I cut pasta out completely', 180);
    // While the next block grows, Meet corrects the previous one (a late revision).
    const b = block(p, 'You', 'Not');
    a.data = 'Should I cut pasta out completely?';
    await p.sleep(180);
    await grow(p, b, 'Not completely, just smaller portions with vegetables.', undefined, 180, 1);
    await p.sleep(900);
    const c = await say(p, PAT, 'I can try a smaller plate I guess', 180);
    await p.sleep(400);
    c.data = 'I can try a smaller plate, I guess.';
    await p.sleep(900);
    // Jump back to the bottom: the trailing elements go away.
    q(p.doc, '.IMKgW').remove();
    region(p).lastElementChild!.remove();
    await p.sleep(500);
    const more: [string, string][] = [
      ['You', 'Also please check your feet every evening.'],
      [PAT, 'Okay, I will ask my husband to help.'],
      ['You', 'Great, I will see you again in three months.'],
      [PAT, 'Thank you doctor.'],
    ];
    for (const [n, t] of more) {
      await say(p, n, t, 180);
      await p.sleep(900);
    }
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: 'Hello Maria, what would you like to go over today?' },
    { speaker: PAT, role: 'patient', text: 'My blood sugar readings from the last month.' },
    { speaker: YOU, role: 'clinician', text: 'Sure, what is the typical fasting number?' },
    { speaker: PAT, role: 'patient', text: 'Usually around one hundred and ten.' },
    { speaker: YOU, role: 'clinician', text: 'And after dinner?' },
    { speaker: PAT, role: 'patient', text: 'Sometimes up to one eighty if I eat pasta.' },
    { speaker: YOU, role: 'clinician', text: 'That is common with large portions.' },
    { speaker: PAT, role: 'patient', text: 'Should I cut pasta out completely?' },
    { speaker: YOU, role: 'clinician', text: 'Not completely, just smaller portions with vegetables.' },
    { speaker: PAT, role: 'patient', text: 'I can try a smaller plate, I guess.' },
    { speaker: YOU, role: 'clinician', text: 'Also please check your feet every evening.' },
    { speaker: PAT, role: 'patient', text: 'Okay, I will ask my husband to help.' },
    { speaker: YOU, role: 'clinician', text: 'Great, I will see you again in three months.' },
    { speaker: PAT, role: 'patient', text: 'Thank you doctor.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'You left the meeting'],
};

// ---------------------------------------------------------------------------------------------
// 2. The patient speaks first, then two family members (daughter, husband) join in; the patient gets
// two consecutive blocks after a pause (§2.5 item 1). A chat message in the separate polite live
// region must not appear. The trailing dummy div + jump area are present throughout (§2.4).
const ANA = 'Ana Lopez';
const JORGE = 'Jorge Lopez';
const family: Scenario = {
  name: 'meet: patient plus two family members, consecutive patient blocks, chat distractor',
  url: URL,
  selfNames: [SELF],
  body: body(),
  async play(p) {
    region(p).appendChild(el(p.doc, '<div></div>'));
    region(p).appendChild(el(p.doc, JUMP));
    await say(p, 'You', 'Hi Maria, I see you have company today.', 90);
    await p.sleep(700);
    await say(p, PAT, 'Yes, my daughter and my husband are here.', 90);
    await p.sleep(900);
    await say(p, PAT, 'They help me with the medicines.', 90);
    await p.sleep(700);
    await say(p, ANA, 'Hi, I am Ana. I fill her pill box every Sunday.', 90);
    await p.sleep(500);
    q(p.doc, '.Ge9Kpc').appendChild(el(p.doc, '<div class="chat-msg">Pharmacy fax is 555 0199</div>'));
    await p.sleep(400);
    await say(p, JORGE, 'And I make sure she takes the evening ones.', 90);
    await p.sleep(700);
    await say(p, 'You', 'That is wonderful support. Maria, any side effects?', 90);
    await p.sleep(700);
    await say(p, PAT, 'Just a dry mouth sometimes.', 90);
    await p.sleep(700);
    await say(p, ANA, 'She drinks more water now because of that.', 90);
    await p.sleep(700);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: 'Hi Maria, I see you have company today.' },
    { speaker: PAT, role: 'patient', text: 'Yes, my daughter and my husband are here. They help me with the medicines.' },
    { speaker: ANA, role: 'other', text: 'Hi, I am Ana. I fill her pill box every Sunday.' },
    { speaker: JORGE, role: 'other', text: 'And I make sure she takes the evening ones.' },
    { speaker: YOU, role: 'clinician', text: 'That is wonderful support. Maria, any side effects?' },
    { speaker: PAT, role: 'patient', text: 'Just a dry mouth sometimes.' },
    { speaker: ANA, role: 'other', text: 'She drinks more water now because of that.' },
  ],
  forbidden: ['Pharmacy fax', '555 0199', 'arrow_downward', 'Jump to bottom', 'You left the meeting'],
};

// ---------------------------------------------------------------------------------------------
// 3. The patient joined as "mlopez86" and renames herself to "Maria Lopez" mid-call. Assumption
// (research silent on renames): only new blocks carry the new name, earlier blocks keep the old one,
// and the avatar src stays the same. She is still the patient; a later pharmacist is 'other'.
const OLD = 'mlopez86';
const PHARM = 'Kevin Tran';
const rename: Scenario = {
  name: 'meet: patient renames from a handle to her real name mid-call',
  url: URL,
  selfNames: [SELF],
  body: body(),
  productTiming: true,
  async play(p) {
    const img = avatar('maria-lopez-photo');
    region(p).appendChild(el(p.doc, JUMP));
    await say(p, 'You', 'Hello, can you confirm your name for me?', 180);
    await p.sleep(900);
    await say(p, OLD, 'Sorry, that is my old account name, I am Maria Lopez.', 180, undefined, img);
    await p.sleep(900);
    await say(p, 'You', 'No problem, you can rename yourself in the menu.', 180);
    await p.sleep(900);
    await say(p, PAT, 'Done, is that better now?', 180, undefined, img);
    await p.sleep(900);
    await say(p, 'You', 'Perfect. I asked our pharmacist to join us.', 180);
    await p.sleep(900);
    await say(p, PHARM, 'Hi Maria, I have your refill ready for pickup.', 180);
    await p.sleep(900);
    await say(p, PAT, 'Great, I will come by tomorrow.', 180, undefined, img);
    await p.sleep(900);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: 'Hello, can you confirm your name for me?' },
    { speaker: [OLD, PAT], role: 'patient', text: 'Sorry, that is my old account name, I am Maria Lopez.' },
    { speaker: YOU, role: 'clinician', text: 'No problem, you can rename yourself in the menu.' },
    { speaker: PAT, role: 'patient', text: 'Done, is that better now?' },
    { speaker: YOU, role: 'clinician', text: 'Perfect. I asked our pharmacist to join us.' },
    { speaker: PHARM, role: 'other', text: 'Hi Maria, I have your refill ready for pickup.' },
    { speaker: PAT, role: 'patient', text: 'Great, I will come by tomorrow.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'You left the meeting'],
};

export const meetScenarios: Scenario[] = [longCall, family, rename];
