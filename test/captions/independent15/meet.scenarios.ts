// Google Meet scenarios for round 15 (independent15). Written only from
// /work/shared/research/caption-platforms.md (§2 Meet, §8, §9) and the kit/runner API in
// test/captions/independent/. The pages use the 2025–26 block shape of §2.4 ("Outline to build"):
// region[role=region][tabindex=0] › div.nMcdL.bj4p3b › (div.adE6rb › img[data-iml] + div.jxFHg ›
// span.NWpY1d name) + div.ygicle.VbkSUe › ONE text node, grown by characterData (§2.5 points 1–3),
// trailing "Jump to bottom" area (§2.4), the chat as a separate aria-live region (§2.3), the local
// user labelled "You" (§2.6) and `call_end` as the in-call marker (§2.1).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const SELF = 'Dr. Lena Ortiz';
/** The local user's blocks say "You" (§2.6); the product may report that label or the self name. */
const YOU = ['You', SELF];
const URL_A = 'https://meet.google.com/kpq-rvzt-mna';
const URL_B = 'https://meet.google.com/wzd-hfqa-otc';
const avatar = (id: string) => `https://lh3.googleusercontent.com/a/ACg8oc${id}=s64-c`;
const AV: Record<string, string> = {
  You: avatar('LenaOrtiz7'),
  'Samuel Okafor': avatar('SamOk31'),
  'Grace Okafor': avatar('GrOk902'),
  'Carmen Herrera': avatar('CaHe55'),
  'Tomás Silva': avatar('ToSi18'),
  'Helen Park': avatar('HePa64'),
  'Peter Lindqvist': avatar('PeLi23'),
};

const FORBIDDEN = ['Jump to bottom', 'arrow_downward', 'call_end', 'closed_caption', 'more_vert'];

/** How one utterance reaches the screen: word growth, in-flight rewrites, an optional final form. */
interface Talk {
  grow: string;
  /** [from, to]: applied (as its own DOM write) as soon as `from` is on screen. */
  rewrites?: [string, string][];
  final?: string;
}

async function talk(p: Page, set: (s: string) => void, t: Talk | string, ms: number, want: string): Promise<void> {
  const spec: Talk = typeof t === 'string' ? { grow: t } : t;
  const pending = [...(spec.rewrites ?? [])];
  let cur = '';
  for (const w of spec.grow.split(' ')) {
    cur = cur ? `${cur} ${w}` : w;
    set(cur);
    await p.sleep(ms);
    for (let i = 0; i < pending.length; i++) {
      const [from, to] = pending[i]!;
      if (!cur.includes(from)) continue;
      cur = cur.replace(from, to);
      pending.splice(i--, 1);
      set(cur);
      await p.sleep(ms);
    }
  }
  if (pending.length) throw new Error(`scenario bug: rewrites never applied: ${JSON.stringify(pending)}`);
  if (spec.final !== undefined) {
    cur = spec.final;
    set(cur);
    await p.sleep(ms);
  }
  if (cur !== want) throw new Error(`scenario bug: screen shows "${cur}", expected text is "${want}"`);
}

let iml = 4100;
function blockHtml(name: string, text: string): string {
  const src = AV[name] ?? avatar('x');
  // No whitespace between tags: the text div's previousSibling must be the avatar+name wrapper (§2.4).
  return (
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${iml++}.5" src="${src}">` +
    `<div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe">${text}</div></div>`
  );
}

const JUMP =
  '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Jump to bottom</button></div>';

function regionHtml(blocks = '', label = 'Captions'): string {
  return `<div tabindex="0" role="region" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:Jt1EX" class="vNKgIf UDinHf">${blocks}${JUMP}</div>`;
}

function meetBody(region: string, langPicker = ''): string {
  return `
<div class="T4LgNb">
  <main class="axUSnc" style="inset: 0px 0px 148px;">
    <div class="tile" data-participant-id="spaces/x/devices/1"><div class="name">Lena Ortiz</div></div>
  </main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">${langPicker}<div jsname="dsyhDe" class="iOzk7">${region}</div></div>
  </div>
  <div class="controls" role="toolbar">
    <button aria-label="Turn off captions"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
    <button aria-label="More options"><i class="google-symbols" aria-hidden="true">more_vert</i></button>
    <button aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
</div>`;
}

/** Appends a new block before the trailing non-caption children (dummy div, jump area); returns its text node. */
function addBlock(p: Page, name: string): Text {
  const region = q(p.doc, '[role="region"][tabindex="0"]');
  const block = el(p.doc, blockHtml(name, ''));
  const node = p.doc.createTextNode('');
  q(block, '.VbkSUe').appendChild(node);
  const trailing = Array.from(region.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  region.insertBefore(block, trailing);
  return node;
}

async function turn(p: Page, name: string, t: Talk | string, ms: number, want: string): Promise<Text> {
  const node = addBlock(p, name);
  await talk(p, (s) => (node.data = s), t, ms, want);
  return node;
}

function chat(p: Page, text: string) {
  q(p.doc, '.Ge9Kpc').append(el(p.doc, `<div class="chat-message"><span class="sender">Lena Ortiz</span>${text}</div>`));
}

function leave(p: Page) {
  // Leaving removes the whole call UI, including the call_end control (§2.1).
  p.doc.body.innerHTML = '<div class="leave-screen"><h1>You left the meeting</h1><button>Rejoin</button></div>';
}

// ---------------------------------------------------------------------------------------------------
// M1: the user starts capture with captions already running (two blocks of scroll-back history,
// §2.5 point 6), then the patient's wife joins after the patient has spoken (three-person call).
// A dummy <2-child div appears and goes at the last-but-one position (§2.4); a chat message lands in
// the separate chat live region (§2.3). Assumption (research silent): history on screen at start is
// part of the visit and should be captured.
const M1 = {
  h1: 'Good afternoon Mr. Okafor, can you hear me all right?',
  h2: 'Yes doctor, I can hear you fine.',
  u1: 'I saw your blood pressure log, the morning readings are still high.',
  u2: 'I know, I have been feeling dizzy when I stand up too.',
  u3: "Hello doctor, I'm his wife Grace. He nearly fell yesterday in the kitchen.",
  u4: 'Thank you Grace, that is important. Did he hit his head?',
  u5: 'No, he caught the edge of the counter.',
  u6: 'It was only for a second or two.',
};
const meetHistoryFamily: Scenario = {
  name: 'meet: joined with captions running (history at start), wife joins after the patient',
  url: URL_A,
  selfNames: [SELF],
  body: meetBody(regionHtml(blockHtml('You', M1.h1) + blockHtml('Samuel Okafor', M1.h2))),
  productTiming: true,
  async play(p) {
    await p.sleep(800);
    await turn(p, 'You', M1.u1, 220, M1.u1);
    await p.sleep(900);
    const region = q(p.doc, '[role="region"]');
    const dummy = el(p.doc, '<div></div>');
    region.insertBefore(dummy, region.lastElementChild);
    await turn(p, 'Samuel Okafor', M1.u2, 220, M1.u2);
    dummy.remove();
    await p.sleep(700);
    await turn(p, 'Grace Okafor', M1.u3, 200, M1.u3);
    chat(p, 'Pharmacy hours: 8am to 9pm');
    await p.sleep(800);
    await turn(p, 'You', M1.u4, 200, M1.u4);
    await p.sleep(800);
    await turn(p, 'Grace Okafor', M1.u5, 200, M1.u5);
    await p.sleep(600);
    await turn(p, 'Samuel Okafor', M1.u6, 200, M1.u6);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: M1.h1 },
    { speaker: 'Samuel Okafor', role: 'patient', text: M1.h2 },
    { speaker: YOU, role: 'clinician', text: M1.u1 },
    { speaker: 'Samuel Okafor', role: 'patient', text: M1.u2 },
    { speaker: 'Grace Okafor', role: 'other', text: M1.u3 },
    { speaker: YOU, role: 'clinician', text: M1.u4 },
    { speaker: 'Grace Okafor', role: 'other', text: M1.u5 },
    { speaker: 'Samuel Okafor', role: 'patient', text: M1.u6 },
  ],
  forbidden: [...FORBIDDEN, 'Pharmacy hours'],
};

// M2: Spanish-speaking patient. After one English exchange the clinician changes the caption language
// in the picker (div.NmXUuc.P9KVBf[jscontroller=rRafu], §2.2); the region node is detached and a new
// one inserted (§2.2, §2.5 point 7). The rest of the call is Spanish with English code-switching.
// Assumption (research silent): the replacement region starts empty.
const M2 = {
  u1: 'Hello Mrs. Herrera, I will switch the captions to Spanish for you.',
  u2: 'Thank you doctor, that is much easier for me.',
  u3: 'Muy bien. ¿Cómo ha estado su azúcar esta semana?',
  u4: 'Más o menos. En la mañana sale alto, like one eighty, pero en la noche está bien.',
  u5: 'Okay, ¿y está tomando la metformina con el desayuno?',
  u6: 'Sí, todos los días, except on Sundays when I sleep late.',
};
const meetLanguageSwitch: Scenario = {
  name: 'meet: caption language switched to Spanish mid-call (region replaced), code-switching',
  url: URL_B,
  selfNames: [SELF],
  body: meetBody(
    regionHtml(),
    '<div class="NmXUuc P9KVBf" jscontroller="rRafu"><button aria-label="Caption language">English (United States)</button></div>',
  ),
  productTiming: true,
  async play(p) {
    await p.sleep(500);
    await turn(p, 'You', M2.u1, 200, M2.u1);
    await p.sleep(800);
    await turn(p, 'Carmen Herrera', M2.u2, 200, M2.u2);
    await p.sleep(1500);
    // Language change: picker label changes, the region is detached and a new one is inserted.
    q(p.doc, '.NmXUuc button').textContent = 'Spanish (Mexico)';
    const old = q(p.doc, '[role="region"]');
    const wrapper = old.parentElement!;
    old.remove();
    await p.sleep(700);
    wrapper.append(el(p.doc, regionHtml()));
    await p.sleep(600);
    await turn(p, 'You', M2.u3, 220, M2.u3);
    await p.sleep(800);
    await turn(p, 'Carmen Herrera', M2.u4, 220, M2.u4);
    await p.sleep(800);
    await turn(p, 'You', M2.u5, 220, M2.u5);
    await p.sleep(800);
    await turn(p, 'Carmen Herrera', M2.u6, 220, M2.u6);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: M2.u1 },
    { speaker: 'Carmen Herrera', role: 'patient', text: M2.u2 },
    { speaker: YOU, role: 'clinician', text: M2.u3 },
    { speaker: 'Carmen Herrera', role: 'patient', text: M2.u4 },
    { speaker: YOU, role: 'clinician', text: M2.u5 },
    { speaker: 'Carmen Herrera', role: 'patient', text: M2.u6 },
  ],
  forbidden: [...FORBIDDEN, 'English (United States)', 'Spanish (Mexico)'],
};

// M3: very short turns in rapid alternation; Meet corrects EARLIER blocks while the next block grows
// (§2.5 point 3): "Any allergy?" → "Any allergies?" (longer), "Pencil in." → "Penicillin." (words
// merged, shorter), "Yes, everytime." → "Yes, every time." (word split, longer).
const M3 = {
  u1: 'Any allergies?',
  u2: 'Penicillin.',
  u3: 'What happens?',
  u4: 'Hives.',
  u5: 'How fast?',
  u6: 'Within an hour.',
  u7: 'Every single time?',
  u8: 'Yes, every time.',
  u9: 'Okay, noted.',
  u10: 'Thanks.',
};
const meetRapidCorrections: Scenario = {
  name: 'meet: rapid one-word turns with late corrections of earlier blocks (merged/split words)',
  url: URL_A,
  selfNames: [SELF],
  body: meetBody(regionHtml()),
  async play(p) {
    await p.sleep(300);
    const a = await turn(p, 'You', 'Any allergy?', 100, 'Any allergy?');
    await p.sleep(250);
    const b = addBlock(p, 'Tomás Silva');
    b.data = 'Pencil';
    await p.sleep(100);
    a.data = M3.u1; // correction of the previous block while this one grows
    b.data = 'Pencil in.';
    await p.sleep(300);
    await turn(p, 'You', M3.u3, 100, M3.u3);
    b.data = M3.u2; // late correction, two blocks back
    await p.sleep(250);
    await turn(p, 'Tomás Silva', M3.u4, 100, M3.u4);
    await p.sleep(250);
    await turn(p, 'You', M3.u5, 100, M3.u5);
    await p.sleep(250);
    await turn(p, 'Tomás Silva', M3.u6, 100, M3.u6);
    await p.sleep(250);
    await turn(p, 'You', M3.u7, 100, M3.u7);
    await p.sleep(250);
    const h = await turn(p, 'Tomás Silva', 'Yes, everytime.', 100, 'Yes, everytime.');
    await p.sleep(250);
    const i = addBlock(p, 'You');
    i.data = 'Okay,';
    await p.sleep(100);
    h.data = M3.u8;
    i.data = M3.u9;
    await p.sleep(300);
    await turn(p, 'Tomás Silva', M3.u10, 100, M3.u10);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: M3.u1 },
    { speaker: 'Tomás Silva', role: 'patient', text: M3.u2 },
    { speaker: YOU, role: 'clinician', text: M3.u3 },
    { speaker: 'Tomás Silva', role: 'patient', text: M3.u4 },
    { speaker: YOU, role: 'clinician', text: M3.u5 },
    { speaker: 'Tomás Silva', role: 'patient', text: M3.u6 },
    { speaker: YOU, role: 'clinician', text: M3.u7 },
    { speaker: 'Tomás Silva', role: 'patient', text: M3.u8 },
    { speaker: YOU, role: 'clinician', text: M3.u9 },
    { speaker: 'Tomás Silva', role: 'patient', text: M3.u10 },
  ],
  forbidden: FORBIDDEN,
};

// M4: the patient talks for ~45 s without a pause in one block (single text node growing, §2.5 point 2,
// with an in-flight rewrite "one hundred and one" → "101"), then continues in a second consecutive block
// after a short pause (§2.5 point 1). Then the user toggles CC off and on: the region is removed and a
// NEW region node inserted (§2.2, §2.5 point 7). Assumption: the new region starts empty.
const M4 = {
  u1: 'Tell me everything that happened since the surgery.',
  mono:
    'So the first two days after the surgery were fine, I was sore but the nurses kept the pain under control, ' +
    'and then on the third day I started getting this sharp pain on the right side whenever I took a deep breath, ' +
    'and by the evening I had a fever of about 101, so my husband drove me back to the emergency room where they did ' +
    'a chest x-ray and some blood work, and they said it might be a small infection near the incision, so they gave me ' +
    'antibiotics through the IV overnight and sent me home the next afternoon with pills that I am supposed to take ' +
    'three times a day for ten days.',
  u3: 'Sorry, that was a lot.',
  u4: 'Not at all, that is exactly what I needed to hear.',
  u5: 'Okay, good.',
};
const meetMonologueToggle: Scenario = {
  name: 'meet: patient talks ~45 s without a pause, then CC toggled off and on (new region node)',
  url: URL_B,
  selfNames: [SELF],
  body: meetBody(regionHtml()),
  productTiming: true,
  async play(p) {
    await p.sleep(400);
    await turn(p, 'You', M4.u1, 200, M4.u1);
    await p.sleep(700);
    await turn(
      p,
      'Helen Park',
      { grow: M4.mono.replace('about 101,', 'about one hundred and one,'), rewrites: [['about one hundred and one,', 'about 101,']] },
      360,
      M4.mono,
    );
    await p.sleep(1200);
    await turn(p, 'Helen Park', M4.u3, 200, M4.u3);
    await p.sleep(1500);
    // CC off: icon flips, region detached; CC on: a new region node.
    const icon = q(p.doc, '.controls .google-symbols');
    icon.textContent = 'closed_caption_off';
    const old = q(p.doc, '[role="region"]');
    const wrapper = old.parentElement!;
    old.remove();
    await p.sleep(1500);
    icon.textContent = 'closed_caption';
    wrapper.append(el(p.doc, regionHtml()));
    await p.sleep(600);
    await turn(p, 'You', M4.u4, 200, M4.u4);
    await p.sleep(800);
    await turn(p, 'Helen Park', M4.u5, 200, M4.u5);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: M4.u1 },
    { speaker: 'Helen Park', role: 'patient', text: M4.mono },
    { speaker: 'Helen Park', role: 'patient', text: M4.u3 },
    { speaker: YOU, role: 'clinician', text: M4.u4 },
    { speaker: 'Helen Park', role: 'patient', text: M4.u5 },
  ],
  forbidden: FORBIDDEN,
};

// M5: recogniser rewrites in the live block and late punctuation in an earlier block (§2.5 point 3):
// "one hundred forty two over ninety one" → "142 over 91" (shorter), "seventy eight I think" →
// "78, I think." (shorter), "amlo dipine" → "amlodipine" (merged), question marks and full stops added
// after the block looked finished. A chat message arrives meanwhile (§2.3). loose: Meet itself
// re-punctuates.
const M5 = {
  u1: 'What did the home monitor read this morning?',
  u2: '142 over 91.',
  u3: 'And your heart rate?',
  u4: '78, I think.',
  u5: 'Are you taking the amlodipine at night?',
  u6: 'Yes, every night with my dinner.',
};
const meetDigitsPunctuation: Scenario = {
  name: 'meet: numbers rewritten to digits, merged words, punctuation added late to an earlier block',
  url: URL_A,
  selfNames: [SELF],
  body: meetBody(regionHtml()),
  loose: true,
  async play(p) {
    await p.sleep(300);
    const a = await turn(p, 'You', 'What did the home monitor read this morning', 110, 'What did the home monitor read this morning');
    await p.sleep(300);
    const b = addBlock(p, 'Peter Lindqvist');
    a.data = M5.u1; // late question mark on the previous block
    await talk(
      p,
      (s) => (b.data = s),
      { grow: 'one hundred forty two over ninety one', rewrites: [['one hundred forty two over ninety one', '142 over 91']] },
      110,
      '142 over 91',
    );
    await p.sleep(300);
    const c = addBlock(p, 'You');
    c.data = 'And';
    await p.sleep(110);
    b.data = M5.u2; // late full stop, one block back
    await talk(p, (s) => (c.data = s), { grow: 'And your heart rate', final: M5.u3 }, 110, M5.u3);
    chat(p, 'Sent the BP log PDF');
    await p.sleep(300);
    await turn(p, 'Peter Lindqvist', { grow: 'seventy eight I think', rewrites: [['seventy eight I think', '78 I think']], final: M5.u4 }, 110, M5.u4);
    await p.sleep(300);
    await turn(
      p,
      'You',
      { grow: 'Are you taking the amlo dipine at night', rewrites: [['amlo dipine', 'amlodipine']], final: M5.u5 },
      110,
      M5.u5,
    );
    await p.sleep(300);
    await turn(p, 'Peter Lindqvist', { grow: 'Yes every night with my dinner', final: M5.u6 }, 110, M5.u6);
  },
  leave,
  expected: [
    { speaker: YOU, role: 'clinician', text: M5.u1 },
    { speaker: 'Peter Lindqvist', role: 'patient', text: M5.u2 },
    { speaker: YOU, role: 'clinician', text: M5.u3 },
    { speaker: 'Peter Lindqvist', role: 'patient', text: M5.u4 },
    { speaker: YOU, role: 'clinician', text: M5.u5 },
    { speaker: 'Peter Lindqvist', role: 'patient', text: M5.u6 },
  ],
  forbidden: [...FORBIDDEN, 'BP log PDF'],
};

export const meetScenarios: Scenario[] = [
  meetHistoryFamily,
  meetLanguageSwitch,
  meetRapidCorrections,
  meetMonologueToggle,
  meetDigitsPunctuation,
];
