// Google Meet scenarios, round 7: long calls and late starts, and other UI languages.
// Written only from /work/shared/research/caption-platforms.md (§1, §2, §8, §9) and the kit/runner
// shapes, never from the product's code or fixtures.
//
// Page shape (§2.3/§2.4 outline, 2025–26): .hLkVuf[data-side=3] › .DtJ7e › div[jsname=dsyhDe].iOzk7 ›
// div[role=region][tabindex=0][aria-label=<localized>] › N blocks div.nMcdL.bj4p3b (avatar img[data-iml]
// + .KcIKyf.jxFHg › span.NWpY1d name, then div.ygicle.VbkSUe holding one bare text node), followed by an
// occasional dummy div and the trailing "Jump to bottom" area .IMKgW. In-call marker: .google-symbols
// "call_end" (§2.1). Chat is a separate div[aria-live=polite].Ge9Kpc[jsname=xySENc] (§2.3).
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

const MEET_URL = 'https://meet.google.com/kqm-rtvb-xnz';

interface Ui {
  title: string;
  regionLabel: string;
  jumpText: string;
  captionLanguage: string;
  ccLabel: string;
  leaveLabel: string;
  selfName: string;
  otherNames: string[];
  chat: string;
}

const AVATARS: Record<string, string> = {};
let avatarSeq = 0;
function avatarFor(name: string): string {
  if (!AVATARS[name]) AVATARS[name] = `ACg8ocK${(++avatarSeq).toString(36)}xQ7pLm${name.length}Zr`;
  return AVATARS[name]!;
}

function blockHtml(name: string, text: string): string {
  return (
    `<div class="nMcdL bj4p3b"><div class="adE6rb">` +
    `<img class="Z6byG r6DyN" alt="" data-iml="${1700 + name.length}.${avatarSeq}" src="https://lh3.googleusercontent.com/a/${avatarFor(name)}=s40-p-k-no-mo">` +
    `<div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div>` +
    `<div class="ygicle VbkSUe">${text}</div></div>`
  );
}

function meetBody(ui: Ui, blocks = ''): string {
  const tiles = [
    `<div class="oZRSLe" data-self-name="${ui.selfName}"><div class="XEazBc">${ui.selfName}</div></div>`,
    ...ui.otherNames.map((n) => `<div class="oZRSLe"><div class="XEazBc">${n}</div></div>`),
  ].join('');
  return (
    `<div class="u6vdEc">${ui.title}</div>` +
    `<main class="axUSnc" style="inset: 0px 0px 168px 0px;"><div class="tiles">${tiles}</div></main>` +
    `<div class="hLkVuf" data-side="3"><div class="DtJ7e">` +
    `<div jsname="dsyhDe" class="iOzk7">` +
    `<div tabindex="0" role="region" aria-label="${ui.regionLabel}" jscontroller="KPn5nb" jsaction="focus:Ts7w9c;blur:Qr2Tnf" class="vNKgIf UDinHf">` +
    blocks +
    `<div class="IMKgW"><button aria-label="${ui.jumpText}"><i class="google-symbols" aria-hidden="true">arrow_downward</i>${ui.jumpText}</button></div>` +
    `</div></div>` +
    `<div class="NmXUuc P9KVBf" jscontroller="rRafu"><button><span>${ui.captionLanguage}</span></button></div>` +
    `</div></div>` +
    `<div class="call-controls">` +
    `<button aria-label="${ui.ccLabel}"><i class="google-symbols">closed_caption</i></button>` +
    `<button aria-label="${ui.leaveLabel}"><i class="google-symbols">call_end</i></button>` +
    `</div>` +
    `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"><div class="chat-msg">${ui.chat}</div></div>`
  );
}

function region(p: Page): HTMLElement {
  return q(p.doc, 'div[role="region"][tabindex="0"]');
}

/** First non-block child (dummy div or the jump area): new blocks go before it. */
function trailing(r: Element): Element | null {
  return Array.from(r.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
}

/** Appends a new speaker block (§2.5.1) with an empty text node and returns that node. */
function addBlock(p: Page, name: string, initial = ''): Text {
  const r = region(p);
  const b = el(p.doc, blockHtml(name, ''));
  const t = p.doc.createTextNode(initial);
  q(b, '.ygicle').appendChild(t);
  r.insertBefore(b, trailing(r));
  return t;
}

/** Text node of the i-th block already on the page. */
function blockText(p: Page, i: number): Text {
  const blocks = region(p).querySelectorAll('.nMcdL');
  const b = blocks[i];
  if (!b) throw new Error(`scenario bug: block ${i} missing`);
  return q(b, '.ygicle').firstChild as Text;
}

/** Drops the oldest blocks beyond `keep` (scroll-back retention is [U] in the doc: emulated here). */
function retain(p: Page, keep: number) {
  const blocks = region(p).querySelectorAll('.nMcdL');
  for (let i = 0; i < blocks.length - keep; i++) blocks[i]!.remove();
}

function showDummy(p: Page, on: boolean) {
  const r = region(p);
  const existing = r.querySelector(':scope > .dummy-slot');
  if (on && !existing) {
    // "a dummy non-people div element" with fewer than 2 child nodes, at the last-but-one position
    const d = el(p.doc, '<div class="dummy-slot"></div>');
    r.insertBefore(d, q(r, ':scope > .IMKgW'));
  } else if (!on && existing) existing.remove();
}

function postChat(p: Page, text: string) {
  q(p.doc, '.Ge9Kpc').appendChild(el(p.doc, `<div class="chat-msg">${text}</div>`));
}

/** Leaving: the call_end control and the caption bar go away (§2.1 in-call marker). */
function leaveMeet(p: Page) {
  p.doc.querySelector('.call-controls')?.remove();
  p.doc.querySelector('.hLkVuf')?.remove();
  p.doc.querySelector('main.axUSnc')?.remove();
}

/** ASR shape while growing: no final punctuation, lower-cased first word (then re-punctuated). */
function raw(final: string): string {
  const s = final.replace(/[.?!]+$/u, '').replace(/,/g, '');
  return /^I\b/u.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------
// 1. A long call: 44 short turns; Meet keeps only a limited scroll-back so old blocks disappear.
// ---------------------------------------------------------------------------------------------
const EN_SELF = 'Priya Raman';
const EN_SELF_SPEC = [EN_SELF, 'You'];
const EN_UI: Ui = {
  title: 'Asthma follow-up',
  regionLabel: 'Captions',
  jumpText: 'Jump to bottom',
  captionLanguage: 'English (United States)',
  ccLabel: 'Turn off captions',
  leaveLabel: 'Leave call',
  selfName: EN_SELF,
  otherNames: ['Daniel Okafor'],
  chat: 'Daniel Okafor: my pharmacy code is 4471',
};
const EN_FORBIDDEN = ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption', 'pharmacy code', 'English (United States)'];

type Turn = ['C' | 'P', string];
const LONG_CALL: Turn[] = [
  ['C', 'Hi Daniel, can you hear me?'],
  ['P', 'Yes, loud and clear.'],
  ['C', 'Great. How is the new inhaler working?'],
  ['P', 'Much better than the old one.'],
  ['C', 'Are you using it twice a day?'],
  ['P', 'Mostly, sometimes I forget at night.'],
  ['C', 'That happens to a lot of people.'],
  ['C', 'Maybe keep it next to your toothbrush.'],
  ['P', 'Good idea, I will try that.'],
  ['C', 'Any coughing at night lately?'],
  ['P', 'Only once or twice this week.'],
  ['C', 'Is there any wheezing when you climb stairs?'],
  ['P', 'A little on the third floor.'],
  ['C', 'Okay, that is fairly normal.'],
  ['P', 'Should I be worried about it?'],
  ['C', 'Not right now.'],
  ['C', 'Let us keep an eye on it though.'],
  ['P', 'Alright.'],
  ['C', 'Have you had any fevers?'],
  ['P', 'None at all.'],
  ['C', 'Chest pain or tightness?'],
  ['P', 'Just some tightness after running.'],
  ['C', 'How long does the tightness last?'],
  ['P', 'Maybe ten minutes.'],
  ['C', 'Does the rescue inhaler help it?'],
  ['P', 'Yes, within a few minutes.'],
  ['C', 'That is reassuring to hear.'],
  ['P', 'My wife says I snore more now.'],
  ['C', 'Interesting, since when?'],
  ['P', 'Since around the holidays.'],
  ['C', 'Have you gained any weight since then?'],
  ['P', 'About four kilos, I think.'],
  ['C', 'We can talk about a sleep study.'],
  ['P', 'Is that done at home?'],
  ['C', 'Usually, with a small monitor on your finger.'],
  ['P', 'That sounds easy enough.'],
  ['C', 'I will send the referral today.'],
  ['P', 'Thank you so much.'],
  ['C', 'Any other questions for me?'],
  ['P', 'What about the flu shot?'],
  ['C', 'You can get it at the pharmacy.'],
  ['P', 'Perfect, I will do that on Friday.'],
  ['C', 'See you in three months then.'],
  ['P', 'Take care, bye now.'],
];

const longCall: Scenario = {
  // §2.5.1 one block per turn (and a new same-speaker block after a pause), §2.5.6 scroll-back with
  // "Jump to bottom" and an unknown retention count, §2.4 dummy div at last-but-one: 44 turns, old blocks dropped.
  name: 'meet: long call of 44 short turns while old caption blocks fall out of the scroll-back',
  url: MEET_URL,
  selfNames: [EN_SELF],
  body: meetBody(EN_UI),
  async play(p) {
    for (let i = 0; i < LONG_CALL.length; i++) {
      const [who, text] = LONG_CALL[i]!;
      retain(p, 7);
      if (i % 11 === 5) showDummy(p, true);
      if (i % 11 === 9) showDummy(p, false);
      if (i === 20) postChat(p, 'Daniel Okafor: my pharmacy code is 4471');
      const t = addBlock(p, who === 'C' ? 'You' : 'Daniel Okafor');
      await grow(p, t, raw(text), text, 45);
      await p.sleep(who === LONG_CALL[i + 1]?.[0] ? 350 : 90);
    }
  },
  leave: leaveMeet,
  expected: LONG_CALL.map(([who, text]): Expected =>
    who === 'C' ? { speaker: EN_SELF_SPEC, role: 'clinician', text } : { speaker: 'Daniel Okafor', role: 'patient', text },
  ),
  loose: true,
  forbidden: EN_FORBIDDEN,
};

// ---------------------------------------------------------------------------------------------
// 2. Late start: the page is first seen mid-call with earlier turns already in the scroll-back.
// ---------------------------------------------------------------------------------------------
const lateStart: Scenario = {
  // §2.5.6 earlier blocks stay in the region as history; §2.5.2 the last block is still growing in
  // place when capture starts; §2.5.3 Meet later re-punctuates an earlier block.
  name: 'meet: capture starts mid-call with history on screen and the last turn still growing',
  url: MEET_URL,
  selfNames: [EN_SELF],
  body: meetBody(
    { ...EN_UI, title: 'Ankle sprain check-in', chat: 'Daniel Okafor: sorry I was late' },
    blockHtml('Daniel Okafor', 'good morning doctor can you hear me okay') +
      blockHtml('You', 'Yes, I can hear you fine. How has the ankle been since last week?') +
      blockHtml('Daniel Okafor', 'Honestly a bit better, the'),
  ),
  async play(p) {
    await p.sleep(200);
    const growing = blockText(p, 2);
    await grow(
      p,
      growing,
      'Honestly a bit better, the swelling went down after the weekend',
      'Honestly, a bit better. The swelling went down after the weekend.',
      110,
      5,
    );
    await p.sleep(150);
    const you = addBlock(p, 'You');
    await grow(p, you, "I'm glad to hear that", undefined, 100);
    // Late correction of the first (history) block while the next turn grows.
    blockText(p, 0).data = 'Good morning, doctor. Can you hear me okay?';
    await grow(
      p,
      you,
      "I'm glad to hear that are you still keeping the foot raised in the evenings",
      "I'm glad to hear that. Are you still keeping the foot raised in the evenings?",
      100,
      5,
    );
    await p.sleep(250);
    const pat = addBlock(p, 'Daniel Okafor');
    await grow(p, pat, 'yes most evenings for about an hour', 'Yes, most evenings, for about an hour.', 110);
    await p.sleep(250);
    const you2 = addBlock(p, 'You');
    await grow(p, you2, "good let's keep that going for another week", "Good. Let's keep that going for another week.", 110);
  },
  leave: leaveMeet,
  expected: [
    { speaker: 'Daniel Okafor', role: 'patient', text: 'Good morning, doctor. Can you hear me okay?' },
    { speaker: EN_SELF_SPEC, role: 'clinician', text: 'Yes, I can hear you fine. How has the ankle been since last week?' },
    { speaker: 'Daniel Okafor', role: 'patient', text: 'Honestly, a bit better. The swelling went down after the weekend.' },
    { speaker: EN_SELF_SPEC, role: 'clinician', text: "I'm glad to hear that. Are you still keeping the foot raised in the evenings?" },
    { speaker: 'Daniel Okafor', role: 'patient', text: 'Yes, most evenings, for about an hour.' },
    { speaker: EN_SELF_SPEC, role: 'clinician', text: "Good. Let's keep that going for another week." },
  ],
  loose: true,
  forbidden: [...EN_FORBIDDEN, 'sorry I was late'],
};

// ---------------------------------------------------------------------------------------------
// 3. Italian UI: region aria-label "Sottotitoli", Italian speech.
// ---------------------------------------------------------------------------------------------
const IT_SELF = 'Giulia Bianchi';
// The doc gives no Italian form of the local "You" label; "Tu" is my assumption, so no roles here.
const IT_SELF_SPEC = [IT_SELF, 'Tu'];
const IT_UI: Ui = {
  title: 'Visita di controllo',
  regionLabel: 'Sottotitoli',
  jumpText: 'Vai in fondo',
  captionLanguage: 'Italiano',
  ccLabel: 'Disattiva i sottotitoli',
  leaveLabel: 'Abbandona la chiamata',
  selfName: IT_SELF,
  otherNames: ['Marco Ferri'],
  chat: 'Marco Ferri: le mando le analisi per email',
};

const italianUi: Scenario = {
  // §2.3 localized region aria-label "Sottotitoli" (TT issue #31) with the language-neutral
  // [role=region][tabindex=0]; §2.2 caption-language picker "Italiano"; §2.5.3 late correction of an earlier block.
  name: 'meet: Italian UI (Sottotitoli) with Italian speech and a late correction',
  url: MEET_URL,
  selfNames: [IT_SELF],
  body: meetBody(IT_UI),
  async play(p) {
    const a = addBlock(p, 'Tu');
    await grow(p, a, 'buongiorno Marco come si sente oggi', 'Buongiorno Marco, come si sente oggi?', 90);
    await p.sleep(250);
    const b = addBlock(p, 'Marco Ferri');
    // Mid-growth ASR rewrite of the last word ("pietto" → "petto").
    await grow(p, b, 'non molto bene ho un dolore al pietto', undefined, 90);
    b.data = 'non molto bene ho un dolore al petto';
    await p.sleep(90);
    await grow(p, b, 'non molto bene ho un dolore al petto da tre giorni', 'Non molto bene, ho un dolore al petto da tre giorni.', 90, 8);
    await p.sleep(250);
    const c = addBlock(p, 'Tu');
    await grow(p, c, 'il dolore', undefined, 90);
    // While the next turn grows, Meet fixes a word in the previous block.
    b.data = 'Non molto bene, ho un dolore al petto da due giorni.';
    await grow(p, c, 'il dolore aumenta quando fa le scale', 'Il dolore aumenta quando fa le scale?', 90, 2);
    await p.sleep(250);
    const d = addBlock(p, 'Marco Ferri');
    await grow(p, d, 'sì soprattutto la mattina', 'Sì, soprattutto la mattina.', 90);
    postChat(p, 'Marco Ferri: le mando le analisi per email');
    await p.sleep(250);
    const e = addBlock(p, 'Tu');
    await grow(p, e, 'va bene le prescrivo un elettrocardiogramma per domani', 'Va bene, le prescrivo un elettrocardiogramma per domani.', 90);
    await p.sleep(250);
    const f = addBlock(p, 'Marco Ferri');
    await grow(p, f, 'grazie dottoressa a domani', 'Grazie dottoressa, a domani.', 90);
  },
  leave: leaveMeet,
  expected: [
    { speaker: IT_SELF_SPEC, text: 'Buongiorno Marco, come si sente oggi?' },
    { speaker: 'Marco Ferri', text: 'Non molto bene, ho un dolore al petto da due giorni.' },
    { speaker: IT_SELF_SPEC, text: 'Il dolore aumenta quando fa le scale?' },
    { speaker: 'Marco Ferri', text: 'Sì, soprattutto la mattina.' },
    { speaker: IT_SELF_SPEC, text: 'Va bene, le prescrivo un elettrocardiogramma per domani.' },
    { speaker: 'Marco Ferri', text: 'Grazie dottoressa, a domani.' },
  ],
  loose: true,
  forbidden: ['arrow_downward', 'Vai in fondo', 'call_end', 'closed_caption', 'Italiano', 'analisi per email'],
};

// ---------------------------------------------------------------------------------------------
// 4. Russian UI: the local user is "Вы"; a long stretch split into blocks, then one-word turns.
// ---------------------------------------------------------------------------------------------
const RU_SELF = 'Анна Волкова';
const RU_SELF_SPEC = [RU_SELF, 'Вы'];
const RU_UI: Ui = {
  title: 'Консультация',
  regionLabel: 'Субтитры',
  jumpText: 'Перейти вниз',
  captionLanguage: 'Русский',
  ccLabel: 'Отключить субтитры',
  leaveLabel: 'Покинуть встречу',
  selfName: RU_SELF,
  otherNames: ['Игорь Смирнов'],
  chat: 'Игорь Смирнов: ссылка на анализы',
};

const RU_MONO = [
  'Смотрите, давление у вас стало заметно ниже, чем месяц назад, и это хороший знак.',
  'Но пульс по утрам всё ещё высокий, поэтому дозу мы пока оставляем прежней.',
  'Измеряйте давление утром и вечером и записывайте цифры в дневник.',
];
const RU_QUICK: Turn[] = [
  ['P', 'Понятно.'],
  ['C', 'Вопросы?'],
  ['P', 'Никаких.'],
  ['C', 'Отлично.'],
  ['P', 'Спасибо.'],
  ['C', 'Пожалуйста.'],
];

const russianUi: Scenario = {
  // §2.6 localized self label "Вы" mapped to the self name; §2.5.1 the same speaker gets new
  // consecutive blocks after pauses; region found by role, not by its (Russian) aria-label.
  name: 'meet: Russian UI with "Вы", a long clinician stretch over three blocks, then one-word turns',
  url: MEET_URL,
  selfNames: [RU_SELF],
  body: meetBody(RU_UI),
  async play(p) {
    const q1 = addBlock(p, 'Игорь Смирнов');
    await grow(p, q1, 'доктор что показали мои последние измерения', 'Доктор, что показали мои последние измерения?', 80);
    await p.sleep(250);
    for (const line of RU_MONO) {
      const t = addBlock(p, 'Вы');
      await grow(p, t, raw(line), line, 70);
      await p.sleep(800); // a pause: Meet starts a fresh block for the same speaker
    }
    postChat(p, 'Игорь Смирнов: ссылка на анализы');
    for (const [who, word] of RU_QUICK) {
      const t = addBlock(p, who === 'C' ? 'Вы' : 'Игорь Смирнов');
      await grow(p, t, raw(word), word, 120);
      await p.sleep(220);
    }
  },
  leave: leaveMeet,
  expected: [
    { speaker: 'Игорь Смирнов', role: 'patient', text: 'Доктор, что показали мои последние измерения?' },
    ...RU_MONO.map((text): Expected => ({ speaker: RU_SELF_SPEC, role: 'clinician', text })),
    ...RU_QUICK.map(([who, text]): Expected =>
      who === 'C' ? { speaker: RU_SELF_SPEC, role: 'clinician', text } : { speaker: 'Игорь Смирнов', role: 'patient', text },
    ),
  ],
  loose: true,
  forbidden: ['arrow_downward', 'Перейти вниз', 'call_end', 'closed_caption', 'Русский', 'ссылка на анализы'],
};

// ---------------------------------------------------------------------------------------------
// 5. Network hiccup: the caption text freezes mid-sentence, then jumps ahead by many words.
// ---------------------------------------------------------------------------------------------
const FREEZE_HEAD = 'so the pain started on Tuesday evening after I got home from work and';
const FREEZE_JUMP =
  'so the pain started on Tuesday evening after I got home from work and it spread from my lower back down into my left leg by the time I went to bed and';
const FREEZE_FULL =
  'so the pain started on Tuesday evening after I got home from work and it spread from my lower back down into my left leg by the time I went to bed and it kept me awake most of the night';
const FREEZE_FINAL =
  'So the pain started on Tuesday evening after I got home from work, and it spread from my lower back down into my left leg by the time I went to bed, and it kept me awake most of the night.';

const networkFreeze: Scenario = {
  // §2.5.2 in-place characterData growth of one text node: no mutation for ~4.5 s mid-sentence,
  // then the node jumps ahead by ~20 words while the next speaker's block appears at once.
  name: 'meet: caption freeze mid-sentence, then a 20-word jump and a new block in the same tick',
  url: MEET_URL,
  selfNames: [EN_SELF],
  body: meetBody({ ...EN_UI, title: 'Back pain review', otherNames: ['Rosa Delgado'], chat: 'Rosa Delgado: can you see my screen?' }),
  async play(p) {
    const you = addBlock(p, 'You');
    await grow(p, you, 'tell me how the pain started', 'Tell me how the pain started.', 90);
    await p.sleep(250);
    const pat = addBlock(p, 'Rosa Delgado');
    await grow(p, pat, FREEZE_HEAD, undefined, 90);
    await p.sleep(4500); // network hiccup: the caption area is frozen
    pat.data = FREEZE_JUMP;
    const you2 = addBlock(p, 'You', 'that sounds');
    await p.sleep(90);
    await grow(p, pat, FREEZE_FULL, FREEZE_FINAL, 90, FREEZE_JUMP.split(' ').length);
    await grow(p, you2, 'that sounds like sciatica did you notice any numbness', 'That sounds like sciatica. Did you notice any numbness?', 90, 2);
    await p.sleep(250);
    const pat2 = addBlock(p, 'Rosa Delgado');
    await grow(p, pat2, 'some tingling in my toes', 'Some tingling in my toes.', 90);
  },
  leave: leaveMeet,
  expected: [
    { speaker: EN_SELF_SPEC, role: 'clinician', text: 'Tell me how the pain started.' },
    { speaker: 'Rosa Delgado', role: 'patient', text: FREEZE_FINAL },
    { speaker: EN_SELF_SPEC, role: 'clinician', text: 'That sounds like sciatica. Did you notice any numbness?' },
    { speaker: 'Rosa Delgado', role: 'patient', text: 'Some tingling in my toes.' },
  ],
  loose: true,
  forbidden: [...EN_FORBIDDEN, 'can you see my screen'],
};

// ---------------------------------------------------------------------------------------------
// 6. Very long monologue: Meet drops the long text of the current speaker and starts over.
// ---------------------------------------------------------------------------------------------
const MONO_1 =
  'Well it really began about three years ago when I changed jobs and started working night shifts at the warehouse, ' +
  'and at first I thought it was just the tiredness, but then the headaches came almost every afternoon, ' +
  'and my neighbour who is a nurse told me to keep a diary of what I ate and when I slept, ' +
  'so I did that for two months and brought it to my old doctor, who said it was probably stress';
const MONO_2 =
  'and he gave me some tablets that helped for a while, but this spring the headaches came back ' +
  'stronger than before and now they wake me up at night';

const monologueReset: Scenario = {
  // §2.5.5 "When the same person speaks for more than 30 min, Meet drops very long transcript for
  // current person and starts over" (the text shrinks by more than 250 chars in place); §8.9 treat as a reset.
  name: 'meet: very long monologue whose text Meet drops and restarts in the same block',
  url: MEET_URL,
  selfNames: [EN_SELF],
  body: meetBody({ ...EN_UI, title: 'Headache consult', otherNames: ['Tomasz Nowak'], chat: 'Tomasz Nowak: brb' }),
  async play(p) {
    const you = addBlock(p, 'You');
    await grow(p, you, 'can you walk me through the whole history', 'Can you walk me through the whole history?', 90);
    await p.sleep(250);
    const pat = addBlock(p, 'Tomasz Nowak');
    await grow(p, pat, MONO_1, undefined, 40);
    await p.sleep(200);
    // Meet drops the long transcript of the current speaker and starts over (shrink > 250 chars).
    await grow(p, pat, MONO_2, undefined, 60);
    await p.sleep(250);
    const you2 = addBlock(p, 'You');
    await grow(p, you2, 'thank you that history is really helpful', 'Thank you, that history is really helpful.', 90);
  },
  leave: leaveMeet,
  expected: [
    { speaker: EN_SELF_SPEC, role: 'clinician', text: 'Can you walk me through the whole history?' },
    { speaker: 'Tomasz Nowak', role: 'patient', text: MONO_1 },
    { speaker: 'Tomasz Nowak', role: 'patient', text: MONO_2 },
    { speaker: EN_SELF_SPEC, role: 'clinician', text: 'Thank you, that history is really helpful.' },
  ],
  loose: true,
  forbidden: [...EN_FORBIDDEN, 'brb'],
};

export const meetScenarios: Scenario[] = [longCall, lateStart, italianUi, russianUi, networkFreeze, monologueReset];
