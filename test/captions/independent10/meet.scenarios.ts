// Independent caption scenarios, round 10: Google Meet. This round stresses overlapping speech,
// non-Latin / right-to-left scripts and emoji names, tiny backchannel turns, unpunctuated captions,
// a very long monologue with Meet's reset, and numbers that the recogniser rewrites.
// Written ONLY from /work/shared/research/caption-platforms.md (§2, §8, §9) and the runner's API
// (test/captions/independent/kit.ts, runner.ts). No product code or fixtures were read. All speech is
// synthetic. Research sections used are cited per scenario.
//
// Page model (§2.1, §2.3, §2.4 "Outline to build", §2.5, §2.6):
//  - in call while a `.google-symbols` icon reads `call_end` (§2.1); leave() takes the call UI away.
//  - caption bar `.hLkVuf[data-side=3]` › `.DtJ7e` › caption-language div (§2.2) + `div[jsname=dsyhDe].iOzk7`
//    › `div[role=region][tabindex=0]` (aria-label localised, §2.3).
//  - one `.nMcdL.bj4p3b` block per speaker turn: `.adE6rb` (img[data-iml] + `.KcIKyf.jxFHg` › span name)
//    then `div.ygicle.VbkSUe` with ONE bare text node rewritten in place (characterData) (§2.4, §2.5).
//  - the local user (the clinician) is labelled with a literal "You" / localised "Вы" (§2.6); the real
//    name is in `data-self-name` on the self tile (§2.6) and in selfNames.
//  - chat is the separate `div[aria-live=polite].Ge9Kpc[jsname=xySENc]` (§2.3, §9).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 55;

interface Person {
  name: string;
  avatar: string;
}

/** Meet shows the local user as "You" (or a localised form, §2.6); either that label or the real name is right. */
const me = (self: string, label = 'You'): string[] => [self, label];

// ---------------------------------------------------------------------------------------------
// Page

interface MeetOpts {
  title: string;
  self: string;
  others: string[];
  youLabel?: string;
  regionLabel?: string;
  langPicker?: string;
  extra?: string;
}

function meetBody(o: MeetOpts): string {
  const tiles = o.others
    .map(
      (n, i) =>
        `<div class="oZRSLe" data-participant-id="spaces/Qm4x/devices/${411 + i}" data-requested-participant-id="r${411 + i}"><div class="XEazBc"><span class="zWGUib">${n}</span></div></div>`,
    )
    .join('');
  return `
<div class="T4LgNb" jsname="a9kV6d">
  <div class="crqnQb" jsname="NeC6gb">
    <div class="u6vdEc ouH3xe">${o.title}</div>
    <main class="axUSnc" jsname="gyiJ4e" style="inset: 0px 0px 150px 0px;">
      <div class="dkjMxf" jsname="E2KThb">${tiles}<div class="oZRSLe" data-participant-id="spaces/Qm4x/devices/410" data-self-name="${o.self}"><div class="XEazBc"><span class="zWGUib">${o.youLabel ?? 'You'}</span></div></div></div>
    </main>
    <div class="hLkVuf" data-side="3" style="height: 150px;">
      <div class="DtJ7e">
        <div class="NmXUuc P9KVBf" jscontroller="rRafu">${o.langPicker ?? ''}</div>
        <div jsname="dsyhDe" class="iOzk7"><div role="region" tabindex="0" aria-label="${o.regionLabel ?? 'Captions'}" jscontroller="KPn5nb" jsaction="focus:Wn8Btb;blur:P7O7bd" class="vNKgIf UDinHf"></div></div>
      </div>
    </div>
    <div class="Tmb7Fd" role="toolbar">
      <button jsname="hw0c9" aria-label="Turn off microphone"><i class="google-symbols" aria-hidden="true">mic</i></button>
      <button jsname="psRWwc" aria-label="Turn off camera"><i class="google-symbols" aria-hidden="true">videocam</i></button>
      <button jsname="r8qRAd" aria-label="Turn off captions" aria-pressed="true"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
      <button jsname="CQylAd" aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>
    </div>
    ${o.extra ?? ''}
  </div>
</div>
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`;
}

function meetLeave(p: Page) {
  q(p.doc, '.T4LgNb').remove();
  p.doc.body.appendChild(el(p.doc, `<div class="CRFCdf"><h1>You left the meeting</h1><button>Rejoin</button></div>`));
}

const regionOf = (doc: Document) => q(doc, 'div[role="region"][tabindex="0"]');

let iml = 7310;
/** Appends a caption block for a new turn before any trailing non-caption children (§2.4). */
function addBlock(doc: Document, who: Person, first: string): Text {
  const reg = regionOf(doc);
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${(iml += 29)}.7" src="https://lh3.googleusercontent.com/a/${who.avatar}=s40-p"><div class="KcIKyf jxFHg"><span class="NWpY1d">${who.name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const text = doc.createTextNode(first);
  block.lastElementChild!.appendChild(text);
  const trailing = Array.from(reg.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  reg.insertBefore(block, trailing);
  return text;
}

function chat(p: Page, from: string, msg: string) {
  q(p.doc, '.Ge9Kpc').appendChild(
    el(p.doc, `<div class="Ss4fHf"><div class="poVWob">${from}</div><div jsname="dTKtvb"><div>${msg}</div></div></div>`),
  );
}

// ---------------------------------------------------------------------------------------------
// Timelines: several caption blocks can change in the same time window (overlapping speech).

type Ev = [number, () => void];

async function play(p: Page, evs: Ev[]) {
  const sorted = evs.map(([t, f], i) => ({ t, f, i })).sort((a, b) => a.t - b.t || a.i - b.i);
  let now = 0;
  for (const e of sorted) {
    if (e.t > now) {
      await p.sleep(e.t - now);
      now = e.t;
    }
    e.f();
  }
}

interface Ref {
  node?: Text;
}

/**
 * One block opened at `start` and grown word by word every `step` ms (characterData, §2.5.2), then
 * re-punctuated to `final` (§2.5.3). `ref.node` receives the text node.
 */
function lane(doc: Document, who: Person, start: number, interim: string, final?: string, step = STEP, ref: Ref = {}): Ev[] {
  const words = interim.split(' ');
  const evs: Ev[] = [[start, () => (ref.node = addBlock(doc, who, words[0]!))]];
  for (let i = 2; i <= words.length; i++) evs.push([start + (i - 1) * step, () => (ref.node!.data = words.slice(0, i).join(' '))]);
  if (final !== undefined) evs.push([start + words.length * step, () => (ref.node!.data = final)]);
  return evs;
}

/** A single turn said on its own; resolves with the block's text node. */
async function say(p: Page, who: Person, interim: string, final?: string, step = STEP): Promise<Text> {
  const ref: Ref = {};
  await play(p, lane(p.doc, who, 0, interim, final, step, ref));
  return ref.node!;
}

// =============================================================================================
// M1. Two people talking over each other.
// Research: §2.5.1 (a block per speaker turn), §2.5.2 (in-place growth of each block's text node),
// §2.5.3 ("Meet mutates previous blocks" — an earlier block keeps changing after a later block
// appeared; that the earlier block keeps *growing* while both people talk is my inference [I]),
// §2.6 ("You"). The patient starts, the clinician cuts in with a question that finishes first while the
// patient's sentence keeps growing; later the clinician's long question is overlapped by a short
// answer that finishes while the question continues.
const m1Doc = { self: 'Dr. Helen Okafor', patient: 'Marcus Lindqvist' };
const m1You: Person = { name: 'You', avatar: 'ACg8ocHokafor7' };
const m1Pat: Person = { name: m1Doc.patient, avatar: 'ALm5wu0MLind2' };

const m1: Scenario = {
  name: 'meet overlap: two blocks grow at once, the interrupter finishes first',
  url: 'https://meet.google.com/kvt-rwqa-mzp',
  selfNames: [m1Doc.self],
  body: meetBody({ title: 'Follow-up: abdominal pain', self: m1Doc.self, others: [m1Doc.patient] }),
  async play(p) {
    // Patient's sentence and the clinician's interruption, interleaved word by word.
    await play(p, [
      ...lane(
        p.doc,
        m1Pat,
        0,
        'so the pain started on tuesday after i carried the shopping up the stairs and it has been getting worse every evening since then',
        'So the pain started on Tuesday after I carried the shopping up the stairs, and it has been getting worse every evening since then.',
        80,
      ),
      ...lane(p.doc, m1You, 680, 'sorry was that the left side or the right side', 'Sorry, was that the left side or the right side?', 80),
    ]);
    await p.sleep(500);
    await say(p, m1Pat, 'oh the right side just under the ribs', 'Oh, the right side, just under the ribs.');
    await p.sleep(400);
    // The clinician's long question; the patient answers over its second half and stops first.
    await play(p, [
      ...lane(
        p.doc,
        m1You,
        0,
        'okay thank you does it hurt when you take a deep breath or when you lie flat at night',
        'Okay, thank you. Does it hurt when you take a deep breath, or when you lie flat at night?',
        80,
      ),
      ...lane(p.doc, m1Pat, 12 * 80 + 40, 'no not really', 'No, not really.', 80),
    ]);
    await p.sleep(700);
    await say(p, m1Pat, 'lying flat is fine i sleep on two pillows anyway', 'Lying flat is fine, I sleep on two pillows anyway.');
  },
  leave: meetLeave,
  expected: [
    {
      speaker: m1Doc.patient,
      role: 'patient',
      text: 'So the pain started on Tuesday after I carried the shopping up the stairs, and it has been getting worse every evening since then.',
    },
    { speaker: me(m1Doc.self), role: 'clinician', text: 'Sorry, was that the left side or the right side?' },
    { speaker: m1Doc.patient, role: 'patient', text: 'Oh, the right side, just under the ribs.' },
    {
      speaker: me(m1Doc.self),
      role: 'clinician',
      text: 'Okay, thank you. Does it hurt when you take a deep breath, or when you lie flat at night?',
    },
    { speaker: m1Doc.patient, role: 'patient', text: 'No, not really.' },
    { speaker: m1Doc.patient, role: 'patient', text: 'Lying flat is fine, I sleep on two pillows anyway.' },
  ],
};

// =============================================================================================
// M2. Arabic (right-to-left) captions, a clinician whose display name is Hebrew, a relative whose
// display name mixes Arabic and an emoji, and a Latin acronym inside RTL speech.
// Research: §2.2 (caption-language picker `div.NmXUuc.P9KVBf[jscontroller=rRafu]` at the bar's bottom
// left, language chosen there; picker text is not a caption), §2.4/§2.5 (blocks, growth,
// re-punctuation), §2.6 ("You" for the local user whatever their name; `data-self-name`).
const m2Doc = { self: 'ד״ר יעל בן-דוד', patient: 'ليلى منصور', daughter: 'نور 🌼 منصور' };
const m2You: Person = { name: 'You', avatar: 'ACg8ocYbd01' };
const m2Pat: Person = { name: m2Doc.patient, avatar: 'ALm5wu0Laila9' };
const m2Dau: Person = { name: m2Doc.daughter, avatar: 'ALm5wu0Nour44' };

const m2: Scenario = {
  name: 'meet arabic RTL captions, hebrew-named clinician, emoji relative',
  url: 'https://meet.google.com/hbq-nsyt-ezd',
  selfNames: [m2Doc.self],
  body: meetBody({
    title: 'متابعة ضغط الدم',
    self: m2Doc.self,
    others: [m2Doc.patient, m2Doc.daughter],
    langPicker: `<div class="ZAc0pb"><button class="VfPpkd-LgbsSe" aria-label="Caption language">Arabic (Egypt)</button></div>`,
  }),
  async play(p) {
    await say(p, m2You, 'صباح الخير يا ليلى كيف تشعرين اليوم', 'صباح الخير يا ليلى، كيف تشعرين اليوم؟');
    await p.sleep(350);
    await say(p, m2Pat, 'الحمد لله أفضل قليلاً لكن الدوخة ما زالت تأتيني في الصباح', 'الحمد لله، أفضل قليلاً، لكن الدوخة ما زالت تأتيني في الصباح.');
    await p.sleep(300);
    await say(p, m2Dau, 'أمي تنسى أحياناً أن تأخذ حبة الضغط', 'أمي تنسى أحياناً أن تأخذ حبة الضغط.');
    await p.sleep(350);
    await say(p, m2You, 'هل تقيسين الضغط في البيت', 'هل تقيسين الضغط في البيت؟');
    await p.sleep(300);
    await say(p, m2Pat, 'نعم أمس كان مئة وخمسين على تسعين', 'نعم، أمس كان مئة وخمسين على تسعين.');
    await p.sleep(400);
    await say(
      p,
      m2You,
      'سأرسل لك جدولاً لتسجيل القراءات وسنحجز لك تخطيط ECG يوم الأحد',
      'سأرسل لك جدولاً لتسجيل القراءات، وسنحجز لك تخطيط ECG يوم الأحد.',
    );
  },
  leave: meetLeave,
  forbidden: ['Arabic (Egypt)', 'Caption language', 'call_end'],
  expected: [
    { speaker: me(m2Doc.self), role: 'clinician', text: 'صباح الخير يا ليلى، كيف تشعرين اليوم؟' },
    { speaker: m2Doc.patient, text: 'الحمد لله، أفضل قليلاً، لكن الدوخة ما زالت تأتيني في الصباح.' },
    { speaker: m2Doc.daughter, text: 'أمي تنسى أحياناً أن تأخذ حبة الضغط.' },
    { speaker: me(m2Doc.self), role: 'clinician', text: 'هل تقيسين الضغط في البيت؟' },
    { speaker: m2Doc.patient, text: 'نعم، أمس كان مئة وخمسين على تسعين.' },
    { speaker: me(m2Doc.self), role: 'clinician', text: 'سأرسل لك جدولاً لتسجيل القراءات، وسنحجز لك تخطيط ECG يوم الأحد.' },
  ],
};

// =============================================================================================
// M3. Russian UI: Cyrillic speech, the local clinician labelled "Вы", a localised region aria-label, a
// patient whose name ends in an emoji, and a localised "jump to bottom" button + dummy div that
// appear in the region while the call goes on; a chat message with a file name.
// Research: §2.3 (region found by role/tabindex, aria-label localised; chat is a separate live
// region), §2.4 (trailing "Jump to bottom" button with the `arrow_downward` ligature + localised text,
// occasional dummy div with <2 child nodes; blocks are inserted before them), §2.6 ("Вы" (ru) as
// the local label), §8.11 (icon ligatures / jump text are noise), §9 (localisation, chat region).
const m3Doc = { self: 'Д-р Анна Волкова', patient: 'Тимур Алиев 🐻' };
const m3You: Person = { name: 'Вы', avatar: 'ACg8ocAVolk3' };
const m3Pat: Person = { name: m3Doc.patient, avatar: 'ALm5wu0Timur6' };

const m3: Scenario = {
  name: 'meet russian UI: "Вы", cyrillic speech, emoji name, localised jump button',
  url: 'https://meet.google.com/pzw-kdfe-tua?hl=ru',
  selfNames: [m3Doc.self],
  body: meetBody({
    title: 'Контроль после операции',
    self: m3Doc.self,
    others: [m3Doc.patient],
    youLabel: 'Вы',
    regionLabel: 'Субтитры',
  }),
  async play(p) {
    await say(p, m3You, 'тимур расскажите как прошла первая неделя после выписки', 'Тимур, расскажите, как прошла первая неделя после выписки?');
    await p.sleep(350);
    await say(p, m3Pat, 'в целом нормально но шов немного покраснел и чешется', 'В целом нормально, но шов немного покраснел и чешется.');
    // The clinician scrolls up to re-read: the jump button and a dummy div appear at the end (§2.4).
    const reg = regionOf(p.doc);
    reg.appendChild(el(p.doc, `<div class="Ux9Yfe"></div>`));
    reg.appendChild(
      el(
        p.doc,
        `<div class="IMKgW"><button aria-label="Перейти к последним субтитрам"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Перейти вниз</button></div>`,
      ),
    );
    await p.sleep(300);
    await say(p, m3You, 'температура поднималась выше тридцати восьми', 'Температура поднималась выше тридцати восьми?');
    await p.sleep(300);
    await say(p, m3Pat, 'нет максимум тридцать семь и два один раз вечером', 'Нет, максимум тридцать семь и два, один раз вечером.');
    await p.sleep(300);
    await say(
      p,
      m3You,
      'хорошо пришлите пожалуйста фото шва в чат я посмотрю сегодня',
      'Хорошо, пришлите, пожалуйста, фото шва в чат, я посмотрю сегодня.',
    );
    chat(p, m3Doc.patient, 'шов_день7.jpg');
    // Back at the bottom: the jump button goes away again.
    q(reg, '.IMKgW').remove();
    await p.sleep(400);
    await say(p, m3Pat, 'отправил только что', 'Отправил только что.');
  },
  leave: meetLeave,
  forbidden: ['Перейти', 'arrow_downward', 'шов_день7', 'call_end'],
  expected: [
    { speaker: me(m3Doc.self, 'Вы'), role: 'clinician', text: 'Тимур, расскажите, как прошла первая неделя после выписки?' },
    { speaker: m3Doc.patient, role: 'patient', text: 'В целом нормально, но шов немного покраснел и чешется.' },
    { speaker: me(m3Doc.self, 'Вы'), role: 'clinician', text: 'Температура поднималась выше тридцати восьми?' },
    { speaker: m3Doc.patient, role: 'patient', text: 'Нет, максимум тридцать семь и два, один раз вечером.' },
    { speaker: me(m3Doc.self, 'Вы'), role: 'clinician', text: 'Хорошо, пришлите, пожалуйста, фото шва в чат, я посмотрю сегодня.' },
    { speaker: m3Doc.patient, role: 'patient', text: 'Отправил только что.' },
  ],
};

// =============================================================================================
// M4. Tiny backchannels from the patient squeezed between the clinician's long turns, one of them
// said over the clinician, one splitting a clinician sentence, and the same word ("Yes") as two
// separate turns. (Two backchannel turns with byte-identical text cannot be expressed: the runner
// rejects identical final texts as duplicates, so the repeat differs in punctuation, as ASR does.)
// Research: §2.5.1 (every speaker change appends a new block, however short the turn; the same
// speaker after a pause can get a new block), §2.5.2/§2.5.3 (growth and re-punctuation; an earlier
// block still changing while a later one exists), §2.6 ("You").
const m4Doc = { self: 'Dr. Tomás Herrera', patient: 'Grace Mbeki' };
const m4You: Person = { name: 'You', avatar: 'ACg8ocTHerr5' };
const m4Pat: Person = { name: m4Doc.patient, avatar: 'ALm5wu0GMbek8' };

const m4: Scenario = {
  name: 'meet backchannels: Mm-hmm / Yes / OK squeezed between long turns',
  url: 'https://meet.google.com/dxe-pomn-qlr',
  selfNames: [m4Doc.self],
  body: meetBody({ title: 'Asthma review', self: m4Doc.self, others: [m4Doc.patient] }),
  async play(p) {
    await say(
      p,
      m4You,
      'so this new inhaler works a little differently from the blue one you have been using',
      'So this new inhaler works a little differently from the blue one you have been using.',
    );
    await p.sleep(120);
    await say(p, m4Pat, 'mm-hmm', 'Mm-hmm.');
    await p.sleep(150);
    await say(
      p,
      m4You,
      'it is a preventer so you take it every morning and every evening even on days when your chest feels completely fine',
      'It is a preventer, so you take it every morning and every evening, even on days when your chest feels completely fine.',
    );
    await p.sleep(100);
    await say(p, m4Pat, 'yes', 'Yes.');
    await p.sleep(200);
    // The patient's "OK" lands mid-instruction: the clinician's next words go into a new block.
    await say(p, m4You, 'first shake it and breathe all the way out', 'First, shake it and breathe all the way out.');
    await say(p, m4Pat, 'ok', 'OK.');
    await p.sleep(80);
    // The patient's "Mhm" is said over the clinician, whose block keeps growing after it appears.
    await play(p, [
      ...lane(
        p.doc,
        m4You,
        0,
        'then seal your lips around the mouthpiece and breathe in slowly as you press down once and hold your breath for about ten seconds if you can',
        'Then seal your lips around the mouthpiece and breathe in slowly as you press down once, and hold your breath for about ten seconds if you can.',
        60,
      ),
      ...lane(p.doc, m4Pat, 18 * 60 + 20, 'mhm', 'Mhm.', 60),
    ]);
    await p.sleep(300);
    await say(p, m4You, 'and the last thing is', 'And the last thing is');
    await p.sleep(1100); // the clinician looks for their notes
    await say(p, m4Pat, 'yes', 'Yes?');
    await p.sleep(200);
    await say(
      p,
      m4You,
      'sorry i lost my notes for a second rinse your mouth with water afterwards because that stops a thrush infection',
      'Sorry, I lost my notes for a second. Rinse your mouth with water afterwards, because that stops a thrush infection.',
    );
    await p.sleep(150);
    await say(p, m4Pat, 'ok thank you doctor', 'OK, thank you, doctor.');
  },
  leave: meetLeave,
  expected: [
    {
      speaker: me(m4Doc.self),
      role: 'clinician',
      text: 'So this new inhaler works a little differently from the blue one you have been using.',
    },
    { speaker: m4Doc.patient, role: 'patient', text: 'Mm-hmm.' },
    {
      speaker: me(m4Doc.self),
      role: 'clinician',
      text: 'It is a preventer, so you take it every morning and every evening, even on days when your chest feels completely fine.',
    },
    { speaker: m4Doc.patient, role: 'patient', text: 'Yes.' },
    { speaker: me(m4Doc.self), role: 'clinician', text: 'First, shake it and breathe all the way out.' },
    { speaker: m4Doc.patient, role: 'patient', text: 'OK.' },
    {
      speaker: me(m4Doc.self),
      role: 'clinician',
      text: 'Then seal your lips around the mouthpiece and breathe in slowly as you press down once, and hold your breath for about ten seconds if you can.',
    },
    { speaker: m4Doc.patient, role: 'patient', text: 'Mhm.' },
    { speaker: me(m4Doc.self), role: 'clinician', text: 'And the last thing is' },
    { speaker: m4Doc.patient, role: 'patient', text: 'Yes?' },
    {
      speaker: me(m4Doc.self),
      role: 'clinician',
      text: 'Sorry, I lost my notes for a second. Rinse your mouth with water afterwards, because that stops a thrush infection.',
    },
    { speaker: m4Doc.patient, role: 'patient', text: 'OK, thank you, doctor.' },
  ],
};

// =============================================================================================
// M5. Captions with no punctuation and no capitals at all (the recogniser never re-punctuates), so
// the only turn boundaries are speaker changes and, for the same speaker, a new block after silence.
// Research: §2.5.1 (new block per speaker change; the same speaker after a pause may get a new
// consecutive block), §2.5.2 (growth only, characterData). That Meet can deliver captions with no
// punctuation at all (e.g. a caption language without auto-punctuation) is my assumption [I]; §8.7
// (ZWC "2.5 s mid-sentence") shows extensions must finalise text that never gets a full stop.
const m5Doc = { self: 'Dr. Sanjay Patel', patient: 'Eleanor Voss' };
const m5You: Person = { name: 'You', avatar: 'ACg8ocSPat11' };
const m5Pat: Person = { name: m5Doc.patient, avatar: 'ALm5wu0EVos2' };

const m5: Scenario = {
  name: 'meet unpunctuated lowercase captions: turns known only by speaker change or silence',
  url: 'https://meet.google.com/ryb-ukte-wcn',
  selfNames: [m5Doc.self],
  body: meetBody({ title: 'Headache follow-up', self: m5Doc.self, others: [m5Doc.patient] }),
  async play(p) {
    await say(p, m5You, 'hi eleanor can you hear me okay');
    await p.sleep(250);
    await say(p, m5Pat, 'yes i can hear you fine');
    await p.sleep(250);
    await say(p, m5You, 'good so how have the headaches been since we changed the dose');
    await p.sleep(300);
    await say(p, m5Pat, 'a bit better i would say maybe three a week instead of every day');
    await p.sleep(1200); // silence; the same speaker goes on in a new block
    await say(p, m5Pat, 'but i still get one most mornings when i wake up');
    await p.sleep(300);
    await say(p, m5You, 'okay that pattern makes me want to check your blood pressure in the mornings');
    await p.sleep(250);
    await say(p, m5Pat, 'i have a cuff at home so i can do that for a week');
  },
  leave: meetLeave,
  expected: [
    { speaker: me(m5Doc.self), role: 'clinician', text: 'hi eleanor can you hear me okay' },
    { speaker: m5Doc.patient, role: 'patient', text: 'yes i can hear you fine' },
    { speaker: me(m5Doc.self), role: 'clinician', text: 'good so how have the headaches been since we changed the dose' },
    { speaker: m5Doc.patient, role: 'patient', text: 'a bit better i would say maybe three a week instead of every day' },
    { speaker: m5Doc.patient, role: 'patient', text: 'but i still get one most mornings when i wake up' },
    {
      speaker: me(m5Doc.self),
      role: 'clinician',
      text: 'okay that pattern makes me want to check your blood pressure in the mornings',
    },
    { speaker: m5Doc.patient, role: 'patient', text: 'i have a cuff at home so i can do that for a week' },
  ],
};

// =============================================================================================
// M6. A very long monologue (about 330 words, two minutes of speech) in ONE block whose text node
// keeps growing, until Meet "drops very long transcript for current person and starts over": the
// same text node shrinks to just the newest words and grows again. Every word said must be kept
// once. (Meet does this after ~30 min; the time is compressed here, the shape is what matters.)
// Research: §2.5.2 (single text node rewritten), §2.5.3 (re-punctuation as sentences close),
// §2.5.5 (drop-and-start-over; TT detects a shrink of more than 250 chars), §2.5.6 (earlier blocks
// stay as scroll-back), §8.9 (shrink treated as a reset), §9 ("Long monologue: Meet truncation or reset").
const m6Doc = { self: 'Dr. Miriam Feld', patient: 'Arturo Benedetti' };
const m6You: Person = { name: 'You', avatar: 'ACg8ocMFeld0' };
const m6Pat: Person = { name: m6Doc.patient, avatar: 'ALm5wu0ABene7' };

const m6Before = [
  'It really started about three years ago when I noticed I was getting out of breath on the hill up to the bus stop.',
  'At first I put it down to getting older and not walking as much as I used to.',
  'Then last winter I had a chest infection that lasted nearly six weeks, and I never quite bounced back from it.',
  'My GP gave me two courses of antibiotics and a steroid inhaler, which helped a little but not much.',
  'Since the spring I have also noticed my ankles swelling by the evening, especially after a long day on my feet.',
  'I sleep with three pillows now, because if I lie flat I wake up coughing and feeling like I cannot get enough air.',
  'My wife says I snore much more than I used to, and sometimes she hears me stop breathing for a few seconds.',
  'I gave up smoking eleven years ago, but before that I smoked about twenty a day for most of my adult life.',
  'I worked in a joinery workshop for thirty years, so there was a lot of sawdust and varnish fumes around.',
  'I take amlodipine for my blood pressure and a statin, and I was started on a water tablet in June.',
  'The water tablet makes me go to the toilet a lot in the morning, so I sometimes skip it when I have to go out.',
  'I have lost a bit of weight without trying, maybe four kilos since Christmas, and my appetite is not what it was.',
  'There is no chest pain as such, more a tightness when I climb the stairs or carry the shopping bags.',
  'My brother had heart failure in his sixties, so I suppose that is what is worrying me the most.',
];
const m6After = [
  'The other thing I wanted to mention is that I feel dizzy when I stand up quickly from the sofa.',
  'It only lasts a few seconds, but last week I had to grab the door frame to steady myself.',
  'I have not fallen, and I have not blacked out, but my wife wanted me to tell you about it.',
];

const bare = (w: string) => w.replace(/[.,?!]/g, '');

/** Grows sentence after sentence into one text node: interim words unpunctuated, each sentence
 * re-punctuated when it closes (§2.5.2/§2.5.3). */
async function growSentences(p: Page, node: Text, sentences: string[], step: number, firstWordShown: boolean) {
  let done = '';
  for (const [si, s] of sentences.entries()) {
    const ws = s.split(' ');
    const startAt = si === 0 && firstWordShown ? 2 : 1;
    for (let i = startAt; i <= ws.length; i++) {
      node.data = (done ? `${done} ` : '') + ws.slice(0, i).map(bare).join(' ');
      await p.sleep(step);
    }
    done = done ? `${done} ${s}` : s;
    node.data = done;
    await p.sleep(step);
  }
}

const m6: Scenario = {
  name: 'meet long monologue: one block grows past a minute of speech, then Meet drops it and starts over',
  url: 'https://meet.google.com/fnq-vjzb-hsa',
  selfNames: [m6Doc.self],
  body: meetBody({ title: 'Breathlessness — new patient', self: m6Doc.self, others: [m6Doc.patient] }),
  async play(p) {
    await say(
      p,
      m6You,
      'arturo take your time and tell me the whole story from the beginning',
      'Arturo, take your time and tell me the whole story from the beginning.',
    );
    await p.sleep(400);
    const node = addBlock(p.doc, m6Pat, bare(m6Before[0]!.split(' ')[0]!));
    await p.sleep(30);
    await growSentences(p, node, m6Before, 30, true);
    await p.sleep(60);
    // Meet drops the long transcript of the current speaker and starts over in the same block (§2.5.5).
    node.data = bare(m6After[0]!.split(' ')[0]!);
    await p.sleep(30);
    await growSentences(p, node, m6After, 30, true);
    await p.sleep(600);
    await say(
      p,
      m6You,
      'thank you arturo that is a really clear history i would like to arrange a heart scan and some blood tests this week',
      'Thank you, Arturo, that is a really clear history. I would like to arrange a heart scan and some blood tests this week.',
    );
  },
  leave: meetLeave,
  expected: [
    { speaker: me(m6Doc.self), role: 'clinician', text: 'Arturo, take your time and tell me the whole story from the beginning.' },
    { speaker: m6Doc.patient, role: 'patient', text: [...m6Before, ...m6After].join(' ') },
    {
      speaker: me(m6Doc.self),
      role: 'clinician',
      text: 'Thank you, Arturo, that is a really clear history. I would like to arrange a heart scan and some blood tests this week.',
    },
  ],
};

// =============================================================================================
// M7 (own choice). Medication reconciliation: the recogniser rewrites spoken numbers into digits and
// units mid-utterance ("five hundred milligrams" → "500 mg", "march the fourteenth twenty twenty
// six" → "March 14th, 2026"), so the text gets SHORTER while it grows; Meet also corrects a word in
// the patient's earlier block ("fruit" → "food") while the clinician's next block is growing; the
// patient types the dose into the chat.
// Research: §2.5.3 ("Live ASR rewrites words and punctuation mid-utterance"; "Meet mutates previous
// blocks to make minor corrections"; GMC: keeps updating the element after it was written),
// §2.5 mutation plan ("While B grows, change one word in A's text"), §2.3/§9 (chat region is not
// captions), §8.7 (GMC rewrites the already-written entry when Meet revises it).
const m7Doc = { self: 'Dr. Aisha Rahman', patient: 'Kenji Watanabe' };
const m7You: Person = { name: 'You', avatar: 'ACg8ocARah22' };
const m7Pat: Person = { name: m7Doc.patient, avatar: 'ALm5wu0KWat3' };

const m7: Scenario = {
  name: 'meet numbers rewritten to digits mid-utterance, earlier block corrected later, chat dose',
  url: 'https://meet.google.com/tgm-xcwa-opb',
  selfNames: [m7Doc.self],
  body: meetBody({ title: 'Medication review', self: m7Doc.self, others: [m7Doc.patient] }),
  async play(p) {
    await say(
      p,
      m7You,
      'kenji can you read me what it says on the metformin box',
      'Kenji, can you read me what it says on the metformin box?',
    );
    await p.sleep(350);
    const pat = await say(p, m7Pat, 'it says metformin five hundred milligrams');
    pat.data = 'It says metformin 500 mg'; // number normalised: the text shrinks
    await p.sleep(STEP);
    const rest = 'take one tablet twice a day with fruit'.split(' ');
    for (let i = 1; i <= rest.length; i++) {
      pat.data = `It says metformin 500 mg ${rest.slice(0, i).join(' ')}`;
      await p.sleep(STEP);
    }
    pat.data = 'It says metformin 500 mg, take one tablet twice a day with fruit.';
    await p.sleep(300);
    chat(p, m7Doc.patient, 'Metformin 500mg 1 tab BD');
    // The clinician's next question grows while Meet corrects "fruit" → "food" in the earlier block.
    const ref: Ref = {};
    await play(p, [
      ...lane(p.doc, m7You, 0, 'and when was it dispensed', 'And when was it dispensed?', STEP, ref),
      [2 * STEP + 10, () => (pat.data = 'It says metformin 500 mg, take one tablet twice a day with food.')],
    ]);
    await p.sleep(350);
    const date = await say(p, m7Pat, 'march the fourteenth twenty twenty six');
    date.data = 'March 14th 2026';
    await p.sleep(STEP);
    date.data = 'March 14th, 2026.';
    await p.sleep(400);
    await say(
      p,
      m7You,
      'that is the same as the hospital letter so please carry on with that dose',
      "That's the same as the hospital letter, so please carry on with that dose.",
    );
    await p.sleep(250);
    await say(p, m7Pat, 'will do i will put the box back in the cupboard', "Will do, I'll put the box back in the cupboard.");
  },
  leave: meetLeave,
  forbidden: ['1 tab BD'],
  expected: [
    { speaker: me(m7Doc.self), role: 'clinician', text: 'Kenji, can you read me what it says on the metformin box?' },
    { speaker: m7Doc.patient, role: 'patient', text: 'It says metformin 500 mg, take one tablet twice a day with food.' },
    { speaker: me(m7Doc.self), role: 'clinician', text: 'And when was it dispensed?' },
    { speaker: m7Doc.patient, role: 'patient', text: 'March 14th, 2026.' },
    { speaker: me(m7Doc.self), role: 'clinician', text: "That's the same as the hospital letter, so please carry on with that dose." },
    { speaker: m7Doc.patient, role: 'patient', text: "Will do, I'll put the box back in the cupboard." },
  ],
};

export const meetScenarios: Scenario[] = [m1, m2, m3, m4, m5, m6, m7];
