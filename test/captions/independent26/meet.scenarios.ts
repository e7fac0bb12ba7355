// Round 26 — Google Meet blind scenarios: display names as real clinics and patients have them.
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §2.1 URL patterns and lifecycle (meet.google.com/<xxx-xxxx-xxx>; in-call = `.google-symbols`
//        "call_end"; pre-join name `.awLEm`)
//   §2.2 Turning captions on (CC icon `closed_caption_off`; `closed_caption` when on is the research's
//        own [I]; the region node is detached and replaced on CC off/on, TT #93)
//   §2.3 Container (`div[role=region][tabindex="0"]`, aria-label "Captions", jscontroller KPn5nb,
//        wrapper `div[jsname=dsyhDe].iOzk7`, bar `.DtJ7e`, `main.axUSnc`; chat is a separate
//        `div[aria-live=polite].Ge9Kpc[jsname=xySENc]`)
//   §2.4 Region children and block structure (2025–26 block `div.nMcdL.bj4p3b` › `div.adE6rb`
//        {img.Z6byG.r6DyN[data-iml] googleusercontent src, div.KcIKyf.jxFHg › span.NWpY1d} +
//        `div.ygicle.VbkSUe` holding ONE bare text node; trailing dummy div (<2 child nodes) and the
//        `.IMKgW` "Jump to bottom" button with the `arrow_downward` ligature; the outline to build)
//   §2.5 Mutation model (new block per turn, same speaker may get a new block after a pause,
//        characterData growth of the single text node, late corrections of EARLIER blocks,
//        CC toggle replaces the region)
//   §2.6 Local user and names (the local user's blocks say the literal "You"; self name sources
//        `.awLEm` / `data-self-name` in tiles; junk strings)
//   §8 / §9 (noise filters, non-caption live region as a false-positive trap)
//
// Names: §2.6 says the local user's caption blocks are labelled "You", so the clinician's styled
// display name ("Dr. Amara Okafor, MD", "Amara Okafor (she/her)") never appears in a caption block;
// it only appears in the tiles (`data-self-name`) and the selfNames are given in another form. The
// clinician is therefore expected as a {key} with role 'clinician'.
// The research is SILENT on how Meet shows or truncates display names in the caption name span
// (no ellipsis, no max length, nothing about dial-in phone numbers, pronouns or non-Latin names).
// Assumption used everywhere: the name span's textContent is the participant's full display name
// exactly as set on the account / typed by the guest / shown for a dial-in; any visual truncation is
// CSS-only (text-overflow) and does not change textContent, so no "…" is put into the DOM.
// Also silent: what Meet renders when the user leaves. Assumption: the call UI (controls with
// call_end, caption bar, tiles) is removed and a plain "You left the meeting" page is shown.
import { el, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

const REGION = 'div[role="region"][tabindex="0"]';

/** Avatars are googleusercontent URLs carrying data-iml (§2.4, §2.6). */
const avatar = (id: string) => `https://lh3.googleusercontent.com/a/ACg8oc${id}=s64-c-mo`;

function regionHtml(withJump: boolean, label = 'Captions') {
  return (
    `<div role="region" tabindex="0" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:Zpw1rd" class="vNKgIf UDinHf">` +
    (withJump ? jumpHtml() : '') +
    `</div>`
  );
}

function jumpHtml() {
  return `<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Jump to bottom</button></div>`;
}

/** Body of a Meet call page (§2.1, §2.3 outline). `ccOn=false` = no region yet (§2.2, TT #93). */
function meetBody(opts: { selfShown: string; tiles: string[]; ccOn: boolean; jump: boolean; chat: string }) {
  const tiles = opts.tiles.map((n) => `<div class="tile"><div class="name-tag">${n}</div></div>`).join('');
  return `
<main class="axUSnc" style="inset: 0px 0px 160px 0px">
  <div class="tile" data-self-name="${opts.selfShown}"><div class="name-tag">${opts.selfShown}</div></div>
  ${tiles}
</main>
<div class="hLkVuf" data-side="3">
  <div class="DtJ7e">
    <div jsname="dsyhDe" class="iOzk7">${opts.ccOn ? regionHtml(opts.jump) : ''}</div>
    <div class="NmXUuc P9KVBf" jscontroller="rRafu"></div>
  </div>
</div>
<div class="call-controls" role="toolbar" aria-label="Call controls">
  <button class="cc-btn" aria-label="Captions"><i class="google-symbols" aria-hidden="true">${opts.ccOn ? 'closed_caption' : 'closed_caption_off'}</i></button>
  <button aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>
</div>
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"><div class="chat-msg">${opts.chat}</div></div>`;
}

/** Leaving: the call UI is removed (call_end disappears) — see the header's stated assumption. */
function meetLeave(p: Page) {
  for (const sel of ['.call-controls', '.hLkVuf', 'main.axUSnc']) p.doc.querySelector(sel)?.remove();
  p.doc.body.appendChild(el(p.doc, '<div class="left-page"><h1>You left the meeting</h1></div>'));
}

/** Turning CC on: insert a fresh region into the wrapper and flip the icon (§2.2). */
function ccOn(p: Page, jump = false) {
  q(p.doc, 'div[jsname="dsyhDe"].iOzk7').prepend(el(p.doc, regionHtml(jump)));
  q(p.doc, '.cc-btn .google-symbols').textContent = 'closed_caption';
}

/** Turning CC off: the region node is detached (§2.2, TT #93). */
function ccOff(p: Page) {
  p.doc.querySelector(REGION)?.remove();
  q(p.doc, '.cc-btn .google-symbols').textContent = 'closed_caption_off';
}

let imlSeq = 4100;

/** Appends one 2025–26 block before the trailing non-caption children and returns its text node. */
function addBlock(p: Page, name: string, av: string, first: string): Text {
  const region = q(p.doc, REGION);
  const block = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${(imlSeq += 37)}.5" src="${avatar(av)}"><div class="KcIKyf jxFHg"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  q(block, 'span.NWpY1d').textContent = name; // set as text: names carry commas, parens, scripts
  const node = p.doc.createTextNode(first);
  q(block, 'div.ygicle').appendChild(node);
  const trailing = Array.from(region.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  region.insertBefore(block, trailing);
  return node;
}

interface SayOpts {
  /** Re-punctuated final form (characterData rewrite of the whole node). */
  final?: string;
  /** Something else happening on the page after word `at` (late correction, dummy div, …). */
  at?: number;
  then?: () => void;
  step?: number;
}

/** One speaker turn: a new block whose single text node grows word by word (§2.5.1–2). */
async function say(p: Page, name: string, av: string, text: string, o: SayOpts = {}): Promise<Text> {
  const words = text.split(' ');
  const step = o.step ?? 95;
  const node = addBlock(p, name, av, words[0]!);
  await p.sleep(step);
  for (let i = 2; i <= words.length; i++) {
    node.data = words.slice(0, i).join(' ');
    if (o.at === i) o.then?.();
    await p.sleep(step);
  }
  if (o.final !== undefined) {
    node.data = o.final;
    await p.sleep(step);
  }
  return node;
}

const CLIN = { key: 'clinician' } as const;

// ---------------------------------------------------------------------------------------------------
// 1. Titled clinician (shown "You"), patient + son sharing the surname, a late correction.
// ---------------------------------------------------------------------------------------------------
const familySurname: Scenario = {
  // Tests: the local clinician is labelled "You" in every caption block (§2.6) while the tiles show
  // "Dr. Amara Okafor, MD" and selfNames hold the untitled "Amara Okafor" — every "You" turn must be
  // the clinician. The patient "Rosa Delgado" and her son "Miguel Delgado" share a surname and must
  // stay two speakers. Ten turns, one late correction of an EARLIER block while the next grows
  // ("listen april" → "lisinopril", §2.5.3), one same-speaker second block after a pause (§2.5.1),
  // a trailing "Jump to bottom" button and a chat message that must not leak (§2.4, §2.3).
  name: 'meet r26: titled clinician as You, patient and son sharing a surname',
  url: 'https://meet.google.com/kqr-vbzt-mhw',
  selfNames: ['Amara Okafor'],
  body: meetBody({
    selfShown: 'Dr. Amara Okafor, MD',
    tiles: ['Rosa Delgado', 'Miguel Delgado'],
    ccOn: true,
    jump: true,
    chat: 'Miguel Delgado: sending the pharmacy fax number now',
  }),
  async play(p) {
    const ROSA = 'Rosa Delgado';
    const MIGUEL = 'Miguel Delgado';
    await say(p, 'You', 'Yk1', 'Good morning, this is Doctor Okafor. Can you both hear me okay', {
      final: 'Good morning, this is Doctor Okafor. Can you both hear me okay?',
    });
    await p.sleep(350);
    await say(p, ROSA, 'Rd2', 'Yes, we can hear you fine.');
    await p.sleep(300);
    await say(p, MIGUEL, 'Md3', "Hi doctor, I'm her son Miguel, I help with her medications.");
    await p.sleep(350);
    await say(p, 'You', 'Yk1', 'Thank you for joining. Rosa, how has your blood pressure been this week', {
      final: 'Thank you for joining. Rosa, how has your blood pressure been this week?',
    });
    await p.sleep(300);
    await say(p, ROSA, 'Rd2', 'Mostly around one forty over ninety in the mornings.');
    await p.sleep(300);
    const dose = await say(p, MIGUEL, 'Md3', 'She missed two evening doses of the listen april on Saturday.');
    await p.sleep(250);
    await say(p, 'You', 'Yk1', "That's helpful. Any dizziness or headaches", {
      final: "That's helpful. Any dizziness or headaches?",
      at: 3,
      then: () => {
        dose.data = 'She missed two evening doses of the lisinopril on Saturday.';
      },
    });
    await p.sleep(300);
    await say(p, ROSA, 'Rd2', 'A little dizzy when I stand up too quickly.');
    await p.sleep(350);
    await say(p, 'You', 'Yk1', "Let's keep the same dose and recheck in two weeks.");
    await p.sleep(900); // pause: Meet may start a new block for the same speaker (§2.5.1)
    await say(p, 'You', 'Yk1', "I'll send the lab order to your pharmacy today.");
    await p.sleep(300);
    await say(p, MIGUEL, 'Md3', 'Okay, I will set phone reminders for her evenings.');
  },
  leave: meetLeave,
  expected: [
    { speaker: CLIN, role: 'clinician', text: 'Good morning, this is Doctor Okafor. Can you both hear me okay?' },
    { speaker: 'Rosa Delgado', text: 'Yes, we can hear you fine.' },
    { speaker: 'Miguel Delgado', text: "Hi doctor, I'm her son Miguel, I help with her medications." },
    { speaker: CLIN, role: 'clinician', text: 'Thank you for joining. Rosa, how has your blood pressure been this week?' },
    { speaker: 'Rosa Delgado', text: 'Mostly around one forty over ninety in the mornings.' },
    { speaker: 'Miguel Delgado', text: 'She missed two evening doses of the lisinopril on Saturday.' },
    { speaker: CLIN, role: 'clinician', text: "That's helpful. Any dizziness or headaches?" },
    { speaker: 'Rosa Delgado', text: 'A little dizzy when I stand up too quickly.' },
    { speaker: CLIN, role: 'clinician', text: "Let's keep the same dose and recheck in two weeks." },
    { speaker: CLIN, role: 'clinician', text: "I'll send the lab order to your pharmacy today." },
    { speaker: 'Miguel Delgado', text: 'Okay, I will set phone reminders for her evenings.' },
  ],
  forbidden: ['Jump to bottom', 'arrow_downward', 'pharmacy fax', 'call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------------
// 2. Dial-in phone-number patient, two "Maria"s (one with pronouns), CC off/on mid-call.
// ---------------------------------------------------------------------------------------------------
const phoneAndTwoMarias: Scenario = {
  // Tests: selfNames given as "Okafor, Amara" (Last, First) while the tile shows
  // "Amara Okafor (she/her)" and the caption blocks say "You" (§2.6). The patient dialled in and is
  // named by a phone number; two staff share the first name "Maria" ("Maria Santos (she/her)" and
  // "Maria Chen") and must stay distinct. Captions start OFF (no region), are turned on (a region is
  // inserted), turned off mid-call (region detached) and on again (a NEW region node), per §2.2 /
  // TT #93; what is said while CC is off never reaches the DOM and is not expected.
  // Silent in the research, assumed: the dial-in participant's name span shows the number exactly as
  // "+1 617-555-0148" (format not documented); pronouns are part of the display name text; the new
  // region after CC-on starts empty (no earlier history); the "Jump to bottom" area appears and
  // disappears as a trailing child. For the pronoun name either the full display name or the name
  // without "(she/her)" is accepted.
  name: 'meet r26: dial-in phone-number patient and two Marias across a CC off/on',
  url: 'https://meet.google.com/pwx-hnfa-tcq',
  selfNames: ['Okafor, Amara'],
  body: meetBody({
    selfShown: 'Amara Okafor (she/her)',
    tiles: ['+1 617-555-0148', 'Maria Santos (she/her)', 'Maria Chen'],
    ccOn: false,
    jump: false,
    chat: 'Maria Chen: med list uploaded to the chart',
  }),
  async play(p) {
    const PHONE = '+1 617-555-0148';
    const SANTOS = 'Maria Santos (she/her)';
    const CHEN = 'Maria Chen';
    await p.sleep(400);
    ccOn(p);
    await p.sleep(300);
    await say(p, 'You', 'Ao1', 'Hello, I have you on the phone line. Can you hear me', {
      final: 'Hello, I have you on the phone line. Can you hear me?',
    });
    await p.sleep(300);
    await say(p, PHONE, 'Ph2', 'Yes doctor, I can hear you, the video would not load.');
    await p.sleep(300);
    await say(p, 'You', 'Ao1', 'That is fine. Maria Santos from nursing and Maria Chen from pharmacy are here too.');
    await p.sleep(300);
    await say(p, SANTOS, 'Ms3', 'Good afternoon, I will be scheduling your follow up visit.', {
      at: 4,
      then: () => {
        const r = q(p.doc, REGION);
        r.appendChild(el(p.doc, jumpHtml())); // the user scrolled up (§2.4, §2.5.6)
      },
    });
    await p.sleep(300);
    await say(p, CHEN, 'Mc4', 'And I reviewed your inhaler, you should rinse after each use.', {
      at: 5,
      then: () => p.doc.querySelector(`${REGION} .IMKgW`)?.remove(),
    });
    await p.sleep(400);
    // CC off: the region is detached. Whatever is said now is not captioned (not expected).
    ccOff(p);
    await p.sleep(1200);
    ccOn(p); // a NEW region node
    await p.sleep(300);
    await say(p, PHONE, 'Ph2', 'Sorry, should I still use it twice a day?');
    await p.sleep(300);
    await say(p, CHEN, 'Mc4', 'Yes, two puffs in the morning and two at night.');
    await p.sleep(300);
    await say(p, SANTOS, 'Ms3', 'I can book you for the fourteenth at ten.');
    await p.sleep(300);
    await say(p, PHONE, 'Ph2', 'The fourteenth works, thank you both.');
    await p.sleep(300);
    await say(p, 'You', 'Ao1', 'Great, call us if the wheezing gets worse before then.');
  },
  leave: meetLeave,
  expected: [
    { speaker: CLIN, role: 'clinician', text: 'Hello, I have you on the phone line. Can you hear me?' },
    { speaker: '+1 617-555-0148', text: 'Yes doctor, I can hear you, the video would not load.' },
    { speaker: CLIN, role: 'clinician', text: 'That is fine. Maria Santos from nursing and Maria Chen from pharmacy are here too.' },
    { speaker: ['Maria Santos (she/her)', 'Maria Santos'], text: 'Good afternoon, I will be scheduling your follow up visit.' },
    { speaker: 'Maria Chen', text: 'And I reviewed your inhaler, you should rinse after each use.' },
    { speaker: '+1 617-555-0148', text: 'Sorry, should I still use it twice a day?' },
    { speaker: 'Maria Chen', text: 'Yes, two puffs in the morning and two at night.' },
    { speaker: ['Maria Santos (she/her)', 'Maria Santos'], text: 'I can book you for the fourteenth at ten.' },
    { speaker: '+1 617-555-0148', text: 'The fourteenth works, thank you both.' },
    { speaker: CLIN, role: 'clinician', text: 'Great, call us if the wheezing gets worse before then.' },
  ],
  forbidden: ['Jump to bottom', 'arrow_downward', 'med list uploaded', 'call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------------
// 3. Name in another script, email-like handle of a relative, initials-only interpreter, long name.
// ---------------------------------------------------------------------------------------------------
const scriptsHandlesInitials: Scenario = {
  // Tests: a patient whose display name is in Chinese script ("王秀英"), her daughter joining from an
  // account whose display name is an email-like handle ("lily.wang92"), an interpreter shown by
  // initials only ("T.N."), and a supervising physician with a long titled name with pronouns
  // ("Dr. Oluwaseun Adebayo-Richardson, MD (he/him)"), which the research does not say Meet truncates
  // (silent: no ellipsis is put in the DOM, see header). The clinician is "You" (§2.6); selfNames are
  // the untitled "Amara Okafor" plus "Dr. Okafor" while the tile shows "Dr. Amara Okafor, MD".
  // Also: the occasional dummy div (<2 child nodes) appears and goes at the last-but-one position
  // (§2.4), a late correction of an earlier block (§2.5.3), and a same-speaker second block (§2.5.1).
  // Role is set only for the clinician; the remote physician's title does not make him the local
  // clinician. Assumed (silent): non-Latin names and handles are shown verbatim in the name span.
  name: 'meet r26: Chinese-script patient, email-like handle, initials-only interpreter, long titled name',
  url: 'https://meet.google.com/bmz-qtre-xko',
  selfNames: ['Amara Okafor', 'Dr. Okafor'],
  body: meetBody({
    selfShown: 'Dr. Amara Okafor, MD',
    tiles: ['王秀英', 'lily.wang92', 'T.N.', 'Dr. Oluwaseun Adebayo-Richardson, MD (he/him)'],
    ccOn: true,
    jump: true,
    chat: 'T.N.: interpreter ID 40172',
  }),
  async play(p) {
    const PATIENT = '王秀英';
    const LILY = 'lily.wang92';
    const TN = 'T.N.';
    const LONG = 'Dr. Oluwaseun Adebayo-Richardson, MD (he/him)';
    await say(p, 'You', 'Ok1', 'Hello everyone. Our interpreter will help today.');
    await p.sleep(300);
    await say(p, TN, 'Tn2', 'Thank you doctor, I will interpret for Mrs. Wang.');
    await p.sleep(300);
    await say(p, PATIENT, 'Wx3', 'Xie xie, my knee has been swollen since Monday.');
    await p.sleep(300);
    const lily1 = await say(p, LILY, 'Lw4', 'I am her daughter Lily, she fell on the stares at home.', {
      at: 3,
      then: () => {
        const r = q(p.doc, REGION);
        r.insertBefore(el(p.doc, '<div></div>'), r.querySelector('.IMKgW')); // dummy div (§2.4)
      },
    });
    await p.sleep(250);
    await say(p, 'You', 'Ok1', 'I am sorry to hear that. Can she put weight on it', {
      final: 'I am sorry to hear that. Can she put weight on it?',
      at: 2,
      then: () => {
        lily1.data = 'I am her daughter Lily, she fell on the stairs at home.';
      },
    });
    await p.sleep(300);
    await say(p, TN, 'Tn2', 'She says only a little, it hurts when walking.', {
      at: 4,
      then: () => {
        const r = q(p.doc, REGION);
        const dummy = Array.from(r.children).find((c) => c.tagName === 'DIV' && c.childNodes.length === 0);
        dummy?.remove();
      },
    });
    await p.sleep(300);
    await say(p, LONG, 'Oa5', 'Doctor Okafor, I would order an x-ray before we decide on anything.');
    await p.sleep(300);
    await say(p, 'You', 'Ok1', 'Agreed. Lily, can you bring her to imaging tomorrow morning', {
      final: 'Agreed. Lily, can you bring her to imaging tomorrow morning?',
    });
    await p.sleep(300);
    await say(p, LILY, 'Lw4', 'Yes, I can drive her at nine.');
    await p.sleep(900); // pause → same speaker, new block (§2.5.1)
    await say(p, LILY, 'Lw4', 'Should she keep ice on it tonight?');
    await p.sleep(300);
    await say(p, 'You', 'Ok1', 'Yes, twenty minutes at a time and keep it raised.');
  },
  leave: meetLeave,
  expected: [
    { speaker: CLIN, role: 'clinician', text: 'Hello everyone. Our interpreter will help today.' },
    { speaker: 'T.N.', text: 'Thank you doctor, I will interpret for Mrs. Wang.' },
    { speaker: '王秀英', text: 'Xie xie, my knee has been swollen since Monday.' },
    { speaker: 'lily.wang92', text: 'I am her daughter Lily, she fell on the stairs at home.' },
    { speaker: CLIN, role: 'clinician', text: 'I am sorry to hear that. Can she put weight on it?' },
    { speaker: 'T.N.', text: 'She says only a little, it hurts when walking.' },
    {
      speaker: ['Dr. Oluwaseun Adebayo-Richardson, MD (he/him)', 'Dr. Oluwaseun Adebayo-Richardson, MD', 'Dr. Oluwaseun Adebayo-Richardson'],
      text: 'Doctor Okafor, I would order an x-ray before we decide on anything.',
    },
    { speaker: CLIN, role: 'clinician', text: 'Agreed. Lily, can you bring her to imaging tomorrow morning?' },
    { speaker: 'lily.wang92', text: 'Yes, I can drive her at nine.' },
    { speaker: 'lily.wang92', text: 'Should she keep ice on it tonight?' },
    { speaker: CLIN, role: 'clinician', text: 'Yes, twenty minutes at a time and keep it raised.' },
  ],
  forbidden: ['Jump to bottom', 'arrow_downward', 'interpreter ID', 'call_end', 'closed_caption'],
};

export const meetScenarios: Scenario[] = [familySurname, phoneAndTwoMarias, scriptsHandlesInitials];
