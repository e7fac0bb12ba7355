// Round 14 (independent14), Google Meet: ordinary clinical calls of 14–20 turns as they really look.
// Written only from /work/shared/research/caption-platforms.md (§2 Meet, §8, §9) and the test kit API
// (test/captions/independent/kit.ts, runner.ts). No product source, product fixtures or other
// scenario folders were read.
//
// DOM: the 2025–26 outline of §2.4 (div.DtJ7e › div[jsname=dsyhDe].iOzk7 › div[role=region][tabindex=0]
// › div.nMcdL.bj4p3b blocks (div.adE6rb avatar img[data-iml] + div.KcIKyf.jxFHg › span.NWpY1d name)
// + div.ygicle.VbkSUe with ONE bare text node), then the trailing dummy div / "Jump to bottom" area.
// Mutations (§2.5): a new block per speaker turn (and sometimes for the same speaker after a pause),
// text grown in place through characterData (+1–3 words a step), words/punctuation/case rewritten as
// the recogniser settles, minor late corrections of the previous block, and the region node replaced
// on CC toggle / caption-language change (§2.2, §2.5 item 7). The local user is labelled "You" (§2.6).
// The call ends when the call UI (with the `call_end` icon, §2.1) goes away.
// Roles: the extension user (selfNames) is the clinician; the other person in a 1:1 call is the
// patient (my reading of the kit's Role type; the kit does not spell it out).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const MEET = 'https://meet.google.com/kdq-rvxw-tmp';
const AV = 'https://lh3.googleusercontent.com/a/ACg8oc';

interface Who {
  label: string;
  av: string;
}

/** Cumulative states growing `prev` by the words of `add`, 1–3 words a step (§2.5 plan). */
function more(prev: string, add: string): string[] {
  const base = prev ? prev.split(' ') : [];
  const w = add.split(' ');
  const out: string[] = [];
  const pat = [2, 1, 3, 1, 2];
  for (let i = 0, k = 0; i < w.length; ) {
    i = Math.min(w.length, i + pat[k++ % pat.length]!);
    out.push([...base, ...w.slice(0, i)].join(' '));
  }
  return out;
}
const words = (text: string) => more('', text);

const DUMMY = '<div></div>';
const JUMP =
  '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>';

const regionHtml = (label: string, trailing: string) =>
  `<div role="region" tabindex="0" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:Jkpwdb" class="vNKgIf UDinHf">${trailing}</div>`;

/**
 * The call page. Assumption (research silent): the caption-language picker
 * (div.NmXUuc.P9KVBf[jscontroller=rRafu], §2.2) sits in the caption bar next to the region wrapper.
 */
function meetBody(o: { label?: string; lang?: string; trailing?: string; ui?: 'en' | 'ru' } = {}): string {
  const ru = o.ui === 'ru';
  return `
<div class="call">
  <main class="axUSnc" style="inset: 0px 0px 152px 0px"><div class="tiles"></div></main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">
      <div jsname="dsyhDe" class="iOzk7">${regionHtml(o.label ?? 'Captions', o.trailing ?? '')}</div>
      <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button class="lang">${o.lang ?? 'English (United States)'}</button></div>
    </div>
  </div>
  <div class="controls">
    <button class="cc" aria-label="${ru ? 'Отключить субтитры' : 'Turn off captions'}"><i class="google-symbols">closed_caption</i></button>
    <button aria-label="${ru ? 'Покинуть видеовстречу' : 'Leave call'}"><i class="google-symbols">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
</div>`;
}

const region = (doc: Document) => q(doc, 'div[role="region"][tabindex="0"]');

/** Appends a speaker block (with an empty text node) before the trailing non-caption children. */
function addBlock(p: Page, who: Who): Text {
  const r = region(p.doc);
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${(1000 + r.children.length * 37.5).toFixed(1)}" src="${AV}${who.av}=s64-c-mo"><div class="KcIKyf jxFHg"><span class="NWpY1d">${who.label}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode('');
  b.lastElementChild!.appendChild(t);
  const trailing = [...r.children].find((c) => !c.classList.contains('nMcdL'));
  r.insertBefore(b, trailing ?? null);
  return t;
}

async function states(p: Page, t: Text, list: string[], ms = 170) {
  for (const s of list) {
    t.data = s;
    await p.sleep(ms);
  }
}

async function turn(p: Page, who: Who, list: string[], ms = 170): Promise<Text> {
  const t = addBlock(p, who);
  await states(p, t, list, ms);
  return t;
}

function leave(p: Page) {
  p.doc.querySelector('.call')?.remove();
}

const CHROME = ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption'];

// ---------------------------------------------------------------------------------------------------

const AMARA: Who = { label: 'You', av: 'amara' };
const ZOE: Who = { label: 'Zoë Castellanos-Müller', av: 'zoe' };
const AMARA_SPK = ['Dr. Amara Okafor', 'You'];

/**
 * 20-turn blood-pressure/diabetes follow-up: quick "Yes."/"No."/"Okay." answers, numbers and doses
 * that the recogniser rewrites ("one fifty over ninety five" → "150 over 95", "five hundred
 * milligrams" → "500 mg"), lower-case interim text that gets capitals and punctuation at the end, and
 * a late correction of the clinician's block ("met for men" → "metformin") while the patient's next
 * block grows. The local user is "You". §2.4, §2.5 items 1–3, §2.6.
 */
const followUp: Scenario = {
  name: 'meet: blood-pressure follow-up with quick answers, doses reformatted, earlier block corrected',
  url: MEET,
  selfNames: ['Dr. Amara Okafor'],
  productTiming: true,
  loose: true,
  body: meetBody({ trailing: DUMMY + JUMP }),
  async play(p) {
    const gap = () => p.sleep(380);
    await turn(p, AMARA, [...words('hi zoë can you hear me okay'), 'Hi Zoë, can you hear me okay?']);
    await gap();
    await turn(p, ZOE, words('Yes, I can hear you.'));
    await gap();
    await turn(p, AMARA, [
      ...words('great have you been checking your blood pressure at home'),
      'Great. Have you been checking your blood pressure at home?',
    ]);
    await gap();
    await turn(p, ZOE, ['yes', 'Yes.']);
    await gap();
    await turn(p, AMARA, words('And what have the numbers been like?'));
    await gap();
    await turn(p, ZOE, [
      ...words('mostly around one fifty over ninety five'),
      'Mostly around 150 over 95',
      'Mostly around 150 over 95 in the',
      'Mostly around 150 over 95 in the mornings.',
    ]);
    await gap();
    await turn(p, AMARA, ['okay', 'Okay. Any', 'Okay. Any headaches?']);
    await gap();
    await turn(p, ZOE, ['No.']);
    await gap();
    await turn(p, AMARA, words('Dizziness when you stand up?'));
    await gap();
    await turn(p, ZOE, ['no', 'No.']);
    await gap();
    // The clinician's block is corrected after the patient's answer has started (§2.5 item 3).
    const q11 = await turn(p, AMARA, words('are you still taking the met for men'));
    await p.sleep(250);
    const a12 = addBlock(p, ZOE);
    a12.data = 'yes';
    await p.sleep(200);
    q11.data = 'Are you still taking the metformin?';
    await p.sleep(200);
    await states(p, a12, ['yes twice a', 'Yes, twice a day.']);
    await gap();
    await turn(p, AMARA, [
      ...words("good i'm going to increase your lisinopril to twenty milligrams"),
      "good i'm going to increase your lisinopril to 20 mg",
      "Good. I'm going to increase your lisinopril to 20 mg once a day.",
    ]);
    await gap();
    await turn(p, ZOE, ['Okay.']);
    await gap();
    await turn(p, AMARA, [
      ...words('keep the metformin at five hundred milligrams'),
      'keep the metformin at 500 mg twice a day',
      'Keep the metformin at 500 mg twice a day with food.',
    ]);
    await gap();
    await turn(p, ZOE, [...words('okay twice a day with food'), 'Okay. Twice a day with food.']);
    await gap();
    await turn(p, AMARA, words('Do you have any questions?'));
    await gap();
    await turn(p, ZOE, [...words("no i think that's everything"), "No, I think that's everything."]);
    await gap();
    await turn(p, AMARA, [...words("great i'll see you in four weeks"), "Great. I'll see you in four weeks."]);
    await gap();
    await turn(p, ZOE, words('Thank you, doctor.'));
  },
  leave,
  forbidden: CHROME,
  expected: [
    { speaker: AMARA_SPK, role: 'clinician', text: 'Hi Zoë, can you hear me okay?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Yes, I can hear you.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'Great. Have you been checking your blood pressure at home?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Yes.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'And what have the numbers been like?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Mostly around 150 over 95 in the mornings.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'Okay. Any headaches?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'No.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'Dizziness when you stand up?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'No.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'Are you still taking the metformin?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Yes, twice a day.' },
    { speaker: AMARA_SPK, role: 'clinician', text: "Good. I'm going to increase your lisinopril to 20 mg once a day." },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Okay.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'Keep the metformin at 500 mg twice a day with food.' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Okay. Twice a day with food.' },
    { speaker: AMARA_SPK, role: 'clinician', text: 'Do you have any questions?' },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: "No, I think that's everything." },
    { speaker: AMARA_SPK, role: 'clinician', text: "Great. I'll see you in four weeks." },
    { speaker: 'Zoë Castellanos-Müller', role: 'patient', text: 'Thank you, doctor.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const KWAME: Who = { label: 'You', av: 'kwame' };
const SIO: Who = { label: "Siobhán O'Connor", av: 'siobhan' };
const KWAME_SPK = ['Dr. Kwame Mensah', 'You'];

/**
 * 17-turn results call: the clinician explains atrial fibrillation at length over several blocks; the
 * patient's "Mm-hmm." blocks overlap it (the clinician's block gets its last words after her
 * backchannel block appeared), the clinician gets a second consecutive block after a pause, the user
 * scrolls up mid-explanation (the "Jump to bottom" button and a dummy div appear as the trailing
 * children) and later jumps back down. "5 milligrams" → "5 mg". §2.4 region children, §2.5 items
 * 1–3 and 6, §2.6.
 * Assumption (research silent): overlapping speech can still finish the previous block after the
 * other speaker's block was appended.
 */
const monologue: Scenario = {
  name: 'meet: long atrial-fibrillation explanation over several blocks with backchannels and scroll-back',
  url: MEET,
  selfNames: ['Dr. Kwame Mensah'],
  loose: true,
  body: meetBody(),
  async play(p) {
    const gap = () => p.sleep(350);
    await turn(p, SIO, words('Hi doctor, did you get my heart monitor results?'));
    await gap();
    await turn(p, KWAME, ['i did', 'I did, yes.']);
    await gap();
    await turn(p, SIO, ['Okay.']);
    await gap();
    const a1head =
      'So the monitor showed that your heart goes into an irregular rhythm called atrial fibrillation,';
    const a1 = await turn(p, KWAME, [
      ...words('so the monitor showed that your heart goes into an irregular rhythm called atrial fibrillation'),
      a1head,
      ...more(a1head, 'and it happened on and off for several hours on three of the seven days'),
    ]);
    // Her backchannel block appears while his last words are still being recognised.
    const mm = addBlock(p, SIO);
    mm.data = 'Mm-hmm.';
    await p.sleep(220);
    a1.data = `${a1head} and it happened on and off for several hours on three of the seven days you wore it.`;
    await p.sleep(300);
    const a2 = await turn(p, KWAME, words('The main concern with atrial fibrillation is not the palpitations themselves'));
    // The user scrolls up to re-read: the dummy div and the jump button show up as trailing children.
    region(p.doc).append(el(p.doc, DUMMY), el(p.doc, JUMP));
    await states(
      p,
      a2,
      more(
        'The main concern with atrial fibrillation is not the palpitations themselves',
        'but that blood can pool in the upper chambers of the heart and form small clots.',
      ),
    );
    await p.sleep(1100); // a pause: Meet starts a new block for the same speaker (§2.5 item 1)
    await turn(
      p,
      KWAME,
      words('Those clots can travel to the brain and cause a stroke, so the most important thing we do is lower that risk with a blood thinner.'),
    );
    await gap();
    await turn(p, SIO, ['mm', 'Mm-hmm.']);
    await gap();
    await turn(p, KWAME, [
      ...words("i'd like to start you on apixaban five milligrams twice a day"),
      "I'd like to start you on apixaban, 5 mg twice a day,",
      ...more("I'd like to start you on apixaban, 5 mg twice a day,", "morning and evening, and it's important not to skip doses."),
    ]);
    // The user clicks "Jump to bottom": the button and the dummy go away.
    region(p.doc).querySelector('.IMKgW')?.remove();
    const lastChild = region(p.doc).lastElementChild;
    if (lastChild && !lastChild.classList.contains('nMcdL')) lastChild.remove();
    await gap();
    await turn(p, SIO, ['okay', 'Okay.']);
    await gap();
    await turn(p, KWAME, words('Do you take any aspirin or ibuprofen?'));
    await gap();
    await turn(p, SIO, [...words('sometimes ibuprofen for my knee'), 'Sometimes ibuprofen for my knee.']);
    await gap();
    await turn(p, KWAME, words('Please switch to paracetamol instead.'));
    await gap();
    await turn(p, SIO, words('Okay, I can do that.'));
    await gap();
    await turn(p, KWAME, [
      ...words('any bleeding gums or dark stools call us straight away'),
      'Any bleeding gums or dark stools, call us straight away.',
    ]);
    await gap();
    await turn(p, SIO, ['yes', 'Yes, I will.']);
    await gap();
    await turn(p, KWAME, ['Any questions?']);
    await gap();
    await turn(p, SIO, ['no', 'No. Thank', 'No. Thank you.']);
  },
  leave,
  forbidden: CHROME,
  expected: [
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Hi doctor, did you get my heart monitor results?' },
    { speaker: KWAME_SPK, role: 'clinician', text: 'I did, yes.' },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Okay.' },
    {
      speaker: KWAME_SPK,
      role: 'clinician',
      text: 'So the monitor showed that your heart goes into an irregular rhythm called atrial fibrillation, and it happened on and off for several hours on three of the seven days you wore it.',
    },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Mm-hmm.' },
    {
      speaker: KWAME_SPK,
      role: 'clinician',
      text: 'The main concern with atrial fibrillation is not the palpitations themselves but that blood can pool in the upper chambers of the heart and form small clots.',
    },
    {
      speaker: KWAME_SPK,
      role: 'clinician',
      text: 'Those clots can travel to the brain and cause a stroke, so the most important thing we do is lower that risk with a blood thinner.',
    },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Mm-hmm.' },
    {
      speaker: KWAME_SPK,
      role: 'clinician',
      text: "I'd like to start you on apixaban, 5 mg twice a day, morning and evening, and it's important not to skip doses.",
    },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Okay.' },
    { speaker: KWAME_SPK, role: 'clinician', text: 'Do you take any aspirin or ibuprofen?' },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Sometimes ibuprofen for my knee.' },
    { speaker: KWAME_SPK, role: 'clinician', text: 'Please switch to paracetamol instead.' },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Okay, I can do that.' },
    { speaker: KWAME_SPK, role: 'clinician', text: 'Any bleeding gums or dark stools, call us straight away.' },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'Yes, I will.' },
    { speaker: KWAME_SPK, role: 'clinician', text: 'Any questions?' },
    { speaker: "Siobhán O'Connor", role: 'patient', text: 'No. Thank you.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const PRIYA: Who = { label: 'You', av: 'priya' };
const RENEE: Who = { label: 'Renée Fournier', av: 'renee' };
const PRIYA_SPK = ['Dr. Priya Raghunathan', 'You'];

/**
 * 16-turn dermatology call. In the middle of the patient's long answer the clinician presses CC
 * twice: the region node is detached, the words said meanwhile are never captioned, and a NEW region
 * node comes back, where the patient's turn continues in a new block. "one percent" → "1%".
 * §2.2 (region detached and replaced on toggle), §2.5 item 7, §9 (captions off/on).
 * Assumption (research silent): the replacement region starts empty (no scroll-back of old blocks).
 */
const ccToggle: Scenario = {
  name: 'meet: captions toggled off and on in the middle of the patient’s answer (new region node)',
  url: MEET,
  selfNames: ['Dr. Priya Raghunathan'],
  productTiming: true,
  loose: true,
  body: meetBody({ trailing: JUMP }),
  async play(p) {
    const gap = () => p.sleep(380);
    await turn(p, PRIYA, words('Hi Renée, thanks for sending the photos.'));
    await gap();
    await turn(p, RENEE, ['no problem', 'No problem.']);
    await gap();
    await turn(p, PRIYA, words('When did the rash start?'));
    await gap();
    await turn(p, RENEE, [...words('about ten days ago on my forearms'), 'About ten days ago, on my forearms.']);
    await gap();
    await turn(p, PRIYA, ['is it', 'Is it itchy?']);
    await gap();
    await turn(p, RENEE, ['yes', 'Yes, very.']);
    await gap();
    await turn(p, PRIYA, words('Any new soaps, detergents or medications?'));
    await gap();
    await turn(p, RENEE, [
      ...words('well i started a new laundry detergent about two weeks ago'),
      'Well, I started a new laundry detergent about two weeks ago,',
    ]);
    // CC pressed: the region is detached; "and my GP also put me on" is said while captions are off.
    const wrapper = q(p.doc, 'div[jsname="dsyhDe"]');
    q(p.doc, '.cc i').textContent = 'closed_caption_off';
    region(p.doc).remove();
    await p.sleep(1400);
    q(p.doc, '.cc i').textContent = 'closed_caption';
    wrapper.appendChild(el(p.doc, regionHtml('Captions', JUMP)));
    await p.sleep(600);
    await turn(p, RENEE, words('amoxicillin for a chest infection around the same time.'));
    await gap();
    await turn(p, PRIYA, words('Amoxicillin can cause a rash like this.'));
    await gap();
    await turn(p, RENEE, ['oh', 'Oh, really?']);
    await gap();
    await turn(p, PRIYA, [
      'yes',
      'Yes. Stop it',
      ...more('Yes. Stop it', "for now and i'll send a prescription for a hydrocortisone one percent"),
      "Yes. Stop it for now, and I'll send a prescription for a hydrocortisone 1%",
      "Yes. Stop it for now, and I'll send a prescription for a hydrocortisone 1% cream.",
    ]);
    await gap();
    await turn(p, RENEE, ['Okay.']);
    await gap();
    await turn(p, PRIYA, words('Use it twice a day for seven days.'));
    await gap();
    await turn(p, RENEE, ['twice a day', 'Twice a day. Okay.']);
    await gap();
    await turn(p, PRIYA, [...words("and i'll add amoxicillin to your allergy list"), "And I'll add amoxicillin to your allergy list."]);
    await gap();
    await turn(p, RENEE, ['Thank you.']);
  },
  leave,
  forbidden: CHROME,
  expected: [
    { speaker: PRIYA_SPK, role: 'clinician', text: 'Hi Renée, thanks for sending the photos.' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'No problem.' },
    { speaker: PRIYA_SPK, role: 'clinician', text: 'When did the rash start?' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'About ten days ago, on my forearms.' },
    { speaker: PRIYA_SPK, role: 'clinician', text: 'Is it itchy?' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'Yes, very.' },
    { speaker: PRIYA_SPK, role: 'clinician', text: 'Any new soaps, detergents or medications?' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'Well, I started a new laundry detergent about two weeks ago,' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'amoxicillin for a chest infection around the same time.' },
    { speaker: PRIYA_SPK, role: 'clinician', text: 'Amoxicillin can cause a rash like this.' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'Oh, really?' },
    {
      speaker: PRIYA_SPK,
      role: 'clinician',
      text: "Yes. Stop it for now, and I'll send a prescription for a hydrocortisone 1% cream.",
    },
    { speaker: 'Renée Fournier', role: 'patient', text: 'Okay.' },
    { speaker: PRIYA_SPK, role: 'clinician', text: 'Use it twice a day for seven days.' },
    { speaker: 'Renée Fournier', role: 'patient', text: 'Twice a day. Okay.' },
    { speaker: PRIYA_SPK, role: 'clinician', text: "And I'll add amoxicillin to your allergy list." },
    { speaker: 'Renée Fournier', role: 'patient', text: 'Thank you.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const LAURA: Who = { label: 'You', av: 'laura' };
const JOSE: Who = { label: 'José Núñez', av: 'jose' };
const LAURA_SPK = ['Dr. Laura Benítez', 'You'];

/**
 * 16-turn cough follow-up that switches to Spanish: after four English turns the clinician changes the
 * caption language in the picker at the bottom-left, Meet replaces the region node, and the rest of
 * the call is captioned in Spanish, with accents and ¿…? appearing as the recogniser settles and
 * "diez mililitros" → "10 ml". §2.2 (language picker; region replaced on language change), §2.5.
 * Assumption (research silent): the new region starts empty; picker label texts are my own.
 */
const language: Scenario = {
  name: 'meet: caption language switched to Spanish between turns (region replaced), accents settle late',
  url: MEET,
  selfNames: ['Dr. Laura Benítez'],
  productTiming: true,
  loose: true,
  body: meetBody({ trailing: DUMMY + JUMP }),
  async play(p) {
    const gap = () => p.sleep(380);
    await turn(p, LAURA, words('Good morning, Mr. Núñez.'));
    await gap();
    await turn(p, JOSE, ['good morning', 'Good morning.']);
    await gap();
    await turn(p, LAURA, [...words('would you prefer to continue in spanish'), 'Would you prefer to continue in Spanish?']);
    await gap();
    await turn(p, JOSE, ['yes please', 'Yes, please.']);
    await p.sleep(500);
    // Language picker: English → Spanish. The region node is detached and a new one inserted.
    q(p.doc, '.NmXUuc .lang').textContent = 'Spanish (Mexico)';
    const wrapper = q(p.doc, 'div[jsname="dsyhDe"]');
    region(p.doc).remove();
    await p.sleep(300);
    wrapper.appendChild(el(p.doc, regionHtml('Captions', DUMMY + JUMP)));
    await p.sleep(700);
    await turn(p, LAURA, ['perfecto', 'Perfecto. como esta', 'Perfecto. como esta la tos', 'Perfecto. ¿Cómo está la tos?']);
    await gap();
    await turn(p, JOSE, [...words('mejor pero todavía toso por la noche'), 'Mejor, pero todavía toso por la noche.']);
    await gap();
    await turn(p, LAURA, ['tiene', 'tiene fiebre', '¿Tiene fiebre?']);
    await gap();
    await turn(p, JOSE, ['No.']);
    await gap();
    await turn(p, LAURA, ['y le falta', 'y le falta el aire', '¿Y le falta el aire?']);
    await gap();
    await turn(p, JOSE, ['no', 'No.']);
    await gap();
    await turn(p, LAURA, [...words('está tomando el jarabe'), '¿Está tomando el jarabe?']);
    await gap();
    await turn(p, JOSE, ['si', 'Sí.']);
    await gap();
    await turn(p, LAURA, [
      ...words('bien siga con diez mililitros'),
      'bien siga con 10 ml tres veces',
      'Bien. Siga con 10 ml tres veces al día.',
    ]);
    await gap();
    await turn(p, JOSE, ['si de acuerdo', 'Sí, de acuerdo.']);
    await gap();
    await turn(p, LAURA, ['si empeora', 'Si empeora, llámenos.']);
    await gap();
    await turn(p, JOSE, [...words('muchas gracias doctora'), 'Muchas gracias, doctora.']);
  },
  leave,
  forbidden: [...CHROME, 'English (United States)', 'Spanish (Mexico)'],
  expected: [
    { speaker: LAURA_SPK, role: 'clinician', text: 'Good morning, Mr. Núñez.' },
    { speaker: 'José Núñez', role: 'patient', text: 'Good morning.' },
    { speaker: LAURA_SPK, role: 'clinician', text: 'Would you prefer to continue in Spanish?' },
    { speaker: 'José Núñez', role: 'patient', text: 'Yes, please.' },
    { speaker: LAURA_SPK, role: 'clinician', text: 'Perfecto. ¿Cómo está la tos?' },
    { speaker: 'José Núñez', role: 'patient', text: 'Mejor, pero todavía toso por la noche.' },
    { speaker: LAURA_SPK, role: 'clinician', text: '¿Tiene fiebre?' },
    { speaker: 'José Núñez', role: 'patient', text: 'No.' },
    { speaker: LAURA_SPK, role: 'clinician', text: '¿Y le falta el aire?' },
    { speaker: 'José Núñez', role: 'patient', text: 'No.' },
    { speaker: LAURA_SPK, role: 'clinician', text: '¿Está tomando el jarabe?' },
    { speaker: 'José Núñez', role: 'patient', text: 'Sí.' },
    { speaker: LAURA_SPK, role: 'clinician', text: 'Bien. Siga con 10 ml tres veces al día.' },
    { speaker: 'José Núñez', role: 'patient', text: 'Sí, de acuerdo.' },
    { speaker: LAURA_SPK, role: 'clinician', text: 'Si empeora, llámenos.' },
    { speaker: 'José Núñez', role: 'patient', text: 'Muchas gracias, doctora.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const OLGA: Who = { label: 'Вы', av: 'olga' };
const PYOTR: Who = { label: 'Пётр Алексеев', av: 'pyotr' };
const OLGA_SPK = ['Ольга Смирнова', 'Вы'];

/**
 * 16-turn Russian-language chest-infection follow-up in a Russian UI: the local user is "Вы", the
 * region has a Russian aria-label, the answers are short ("Да." ×2, "Нет." ×2), a dose is said
 * ("по 500 мг"), and the patient posts a chat message in the separate chat live region mid-call.
 * Text only grows (no re-punctuation), so the comparison is strict. §2.3 (localized aria-label,
 * chat region Ge9Kpc), §2.4 (dummy div), §2.6 ("Вы").
 * Assumption (research silent): the Russian aria-label is "Субтитры"; dose is shown as said.
 */
const russian: Scenario = {
  name: 'meet: Russian UI, "Вы" self label, short answers, chat message in the chat region',
  url: `${MEET}?hl=ru`,
  selfNames: ['Ольга Смирнова'],
  body: meetBody({ label: 'Субтитры', lang: 'Русский', trailing: DUMMY, ui: 'ru' }),
  async play(p) {
    const gap = () => p.sleep(350);
    await turn(p, OLGA, words('Здравствуйте, Пётр. Как вы себя чувствуете?'));
    await gap();
    await turn(p, PYOTR, words('Здравствуйте. Уже лучше.'));
    await gap();
    await turn(p, OLGA, words('Температура есть?'));
    await gap();
    await turn(p, PYOTR, ['Нет.']);
    await gap();
    await turn(p, OLGA, words('Кашель остался?'));
    await gap();
    await turn(p, PYOTR, words('Да, немного.'));
    await gap();
    await turn(p, OLGA, words('Антибиотик принимаете?'));
    await gap();
    await turn(p, PYOTR, ['Да.']);
    // The patient posts a chat message (the chat is a separate live region, not captions).
    q(p.doc, '.Ge9Kpc').appendChild(
      el(p.doc, '<div class="chat-msg"><div class="sender">Пётр Алексеев</div><div class="body">Отправил фото рецепта</div></div>'),
    );
    await gap();
    await turn(p, OLGA, words('Сколько раз в день?'));
    await gap();
    await turn(p, PYOTR, words('Два раза, по 500 мг.'));
    await gap();
    await turn(p, OLGA, words('Хорошо. Осталось три дня.'));
    await gap();
    await turn(p, PYOTR, ['Да.']);
    await gap();
    await turn(p, OLGA, words('Сыпь или расстройство желудка были?'));
    await gap();
    await turn(p, PYOTR, ['Нет.']);
    await gap();
    await turn(p, OLGA, words('Хорошо. Если температура вернётся, позвоните нам.'));
    await gap();
    await turn(p, PYOTR, words('Хорошо, спасибо.'));
  },
  leave,
  forbidden: [...CHROME, 'Отправил фото рецепта', 'Русский'],
  expected: [
    { speaker: OLGA_SPK, role: 'clinician', text: 'Здравствуйте, Пётр. Как вы себя чувствуете?' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Здравствуйте. Уже лучше.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Температура есть?' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Нет.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Кашель остался?' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Да, немного.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Антибиотик принимаете?' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Да.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Сколько раз в день?' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Два раза, по 500 мг.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Хорошо. Осталось три дня.' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Да.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Сыпь или расстройство желудка были?' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Нет.' },
    { speaker: OLGA_SPK, role: 'clinician', text: 'Хорошо. Если температура вернётся, позвоните нам.' },
    { speaker: 'Пётр Алексеев', role: 'patient', text: 'Хорошо, спасибо.' },
  ],
};

export const meetScenarios: Scenario[] = [followUp, monologue, ccToggle, language, russian];
