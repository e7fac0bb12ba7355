// Independent caption scenarios, round 10: Microsoft Teams (new Teams, web). This round stresses
// overlapping speech, non-Latin scripts (Devanagari, Chinese) with `dir=auto` and emoji names,
// tiny backchannel items, unpunctuated captions in the guest DOM, a long monologue in a virtualised
// list that drops its oldest items, and item recycling.
// Written ONLY from /work/shared/research/caption-platforms.md (§4, §8, §9) and the runner's API
// (test/captions/independent/kit.ts, runner.ts). No product code or fixtures were read. All speech is
// synthetic. Research sections used are cited per scenario.
//
// Page model (§4.1, §4.2, §4.3 outline, §4.4, §4.5):
//  - in call while `button[data-tid=hangup-main-btn]#hangup-button` (host) or
//    `button[data-tid=anon-hangup-button]` (guest) exists (§4.1); leave() removes the call screen.
//  - `[data-tid=closed-caption-renderer-wrapper].f419p8h` › `[data-tid=closed-caption-v2-window-wrapper]`
//    › `[data-tid=closed-caption-v2-virtual-list-content]` (§4.2, §4.3).
//  - host item: nested `.fui-Flex` › `.fui-ChatMessageCompact` (stub div, avatar with
//    `[data-tid=closed-captions-v2-items-renderer]`, tabster dummies, body › author `[data-tid=author]`
//    + `div.fui-Flex` › `[data-tid=closed-caption-text]`) — the TMS-FIX outline (§4.3).
//    guest item: `virtual-list-content` › div › author + text, no items-renderer (§4.3 VEXA).
//  - one item per utterance; its text node grows word by word and is then re-punctuated (§4.4).
//  - self captions carry the clinician's own display name, not "You" (§4.5).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 55;

// ---------------------------------------------------------------------------------------------
// Page

interface TeamsOpts {
  self: string;
  others: string[];
  guest?: boolean;
}

let hashN = 0;
const hash = () => `___${(0x1a2b3c + (hashN += 7919)).toString(36)}`;

function teamsBody(o: TeamsOpts): string {
  const tiles = [o.self, ...o.others]
    .map((n, i) => `<div data-tid="video-tile" data-cid="tile-${i}" class="fui-Flex ${hash()}"><span class="fui-StyledText ${hash()}">${n}</span></div>`)
    .join('');
  const hangup = o.guest
    ? `<button type="button" data-tid="anon-hangup-button" aria-label="Leave" class="fui-Button ${hash()}">Leave</button>`
    : `<button type="button" id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave (Ctrl+Shift+H)" class="fui-Button ${hash()}">Leave</button>`;
  return `
<div id="app" class="fui-FluentProvider ${hash()}">
  <div data-tid="calling-screen" class="fui-Flex ${hash()}">
    <div data-tid="calling-stage" class="fui-Flex ${hash()}">${tiles}</div>
    <div data-tid="closed-caption-renderer-wrapper" class="f419p8h ${hash()}">
      <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ${hash()}">
        <div data-tid="closed-caption-v2-virtual-list-content" class="${hash()}">${o.guest ? '' : `<div class="fui-Flex ${hash()} f13qh94s"></div>`}</div>
      </div>
    </div>
    <div role="toolbar" data-tid="calling-unified-bar" class="fui-Flex ${hash()}">
      <button type="button" id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" class="fui-Button ${hash()}">More</button>
      <button type="button" data-tid="toggle-mute" aria-label="Mute" class="fui-Button ${hash()}">Mic</button>
      <button type="button" data-tid="toggle-video" aria-label="Turn camera off" class="fui-Button ${hash()}">Camera</button>
      ${hangup}
    </div>
  </div>
</div>`;
}

function teamsLeave(p: Page) {
  q(p.doc, '[data-tid="calling-screen"]').remove();
}

const listOf = (doc: Document, guest: boolean) =>
  guest ? q(doc, '[data-tid="closed-caption-v2-virtual-list-content"]') : q(doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');

let pic = 40;
/** Appends one caption item at the tail (§4.3/§4.4) with its first words; returns the text node. */
function addItem(doc: Document, name: string, first: string, guest = false): Text {
  const item = guest
    ? el(
        doc,
        `<div class="fui-Flex ${hash()}"><div><span dir="auto" data-tid="author" class="fui-StyledText ${hash()}">${name}</span></div><div class="fui-Flex ${hash()}"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ${hash()}"></span></div></div>`,
      )
    : el(
        doc,
        `<div class="fui-Flex ${hash()}"><div class="fui-Flex ${hash()}"><div class="fui-Flex ${hash()}"><div class="fui-ChatMessageCompact ${hash()}"><div></div><div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="lpc-${(pic += 3)}"><span role="presentation" class="fui-Avatar ${hash()}"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/emea/beta/users/8:orgid:0f3c${pic}a7e/profilepicturev2?size=HR64x64"></span></div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i><div class="fui-ChatMessageCompact__body ${hash()}" tabindex="0" data-is-focusable="false"><div><div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ${hash()}">${name}</span></span></div><div class="fui-Flex ${hash()}"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ${hash()}"></span></div></div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i></div></div></div></div>`,
      );
  const text = doc.createTextNode(first);
  q(item, '[data-tid="closed-caption-text"]').appendChild(text);
  listOf(doc, guest).appendChild(item);
  return text;
}

// ---------------------------------------------------------------------------------------------
// Timelines

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

interface LaneOpts {
  step?: number;
  guest?: boolean;
  /** Pieces are joined with this (a space for spaced scripts, '' for Chinese). */
  joiner?: string;
  /** Interim pieces; defaults to the interim split on spaces. */
  pieces?: string[];
}

/** One item appended at `start`, grown piece by piece, then re-punctuated to `final` (§4.4). */
function lane(doc: Document, name: string, start: number, interim: string, final: string | undefined, o: LaneOpts = {}): Ev[] {
  const step = o.step ?? STEP;
  const joiner = o.joiner ?? ' ';
  const pieces = o.pieces ?? interim.split(' ');
  let node: Text | undefined;
  const evs: Ev[] = [[start, () => (node = addItem(doc, name, pieces[0]!, o.guest))]];
  for (let i = 2; i <= pieces.length; i++) evs.push([start + (i - 1) * step, () => (node!.data = pieces.slice(0, i).join(joiner))]);
  if (final !== undefined) evs.push([start + pieces.length * step, () => (node!.data = final)]);
  return evs;
}

const say = (p: Page, name: string, interim: string, final?: string, o: LaneOpts = {}) => play(p, lane(p.doc, name, 0, interim, final, o));

/** Chinese has no spaces: the recogniser's growth is shown two characters at a time. */
function chunks(s: string, n = 2): string[] {
  const cs = Array.from(s);
  const out: string[] = [];
  for (let i = 0; i < cs.length; i += n) out.push(cs.slice(i, i + n).join(''));
  return out;
}

const sayZh = (p: Page, name: string, interim: string, final: string) =>
  play(p, lane(p.doc, name, 0, interim, final, { joiner: '', pieces: chunks(interim), step: 70 }));

// =============================================================================================
// T1. Two people talking over each other.
// Research: §4.4 — ACS (Teams-family UI): partial captions of several speakers exist at once
// ("No matter how many 'Partial' captions come, we only pick first one according to start time";
// "Overlapping speakers therefore produce an interleaving order") → first overlap: the patient's item
// keeps growing after the clinician's item appeared below it, and the clinician finishes first [I:
// the DOM form of concurrent partials]. VEXA ("A NEW entry appears at the tail: the previous one
// can never change again") → second overlap: the interrupted question is left unfinished in its item
// and its rest arrives as a new item after the patient's reply. §4.5 (own display name on self items).
const t1Doc = { self: 'Dr. Rebecca Stein', patient: 'Olumide Adeyemi' };

const t1: Scenario = {
  name: 'teams overlap: two items grow at once, then an interrupted question resumes in a new item',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t1Doc.self],
  body: teamsBody({ self: t1Doc.self, others: [t1Doc.patient] }),
  async play(p) {
    await play(p, [
      ...lane(
        p.doc,
        t1Doc.patient,
        0,
        'i have been getting these dizzy spells when i stand up quickly especially first thing in the morning',
        'I have been getting these dizzy spells when I stand up quickly, especially first thing in the morning.',
        { step: 80 },
      ),
      ...lane(p.doc, t1Doc.self, 8 * 80 + 40, 'how long do they last', 'How long do they last?', { step: 80 }),
    ]);
    await p.sleep(500);
    await say(p, t1Doc.patient, 'only a few seconds and then it passes', 'Only a few seconds, and then it passes.');
    await p.sleep(400);
    await say(p, t1Doc.self, 'have you ever actually fainted', 'Have you ever actually fainted');
    await say(p, t1Doc.patient, 'no never', 'No, never.');
    await say(p, t1Doc.self, 'or fallen over', 'Or fallen over?');
    await p.sleep(200);
    await say(p, t1Doc.patient, 'no i just hold on to the kitchen counter until it settles', 'No. I just hold on to the kitchen counter until it settles.');
    await p.sleep(400);
    await say(
      p,
      t1Doc.self,
      'that sounds like a drop in blood pressure when you stand so let us check it lying and standing',
      'That sounds like a drop in blood pressure when you stand, so let us check it lying and standing.',
    );
  },
  leave: teamsLeave,
  expected: [
    {
      speaker: t1Doc.patient,
      role: 'patient',
      text: 'I have been getting these dizzy spells when I stand up quickly, especially first thing in the morning.',
    },
    { speaker: t1Doc.self, role: 'clinician', text: 'How long do they last?' },
    { speaker: t1Doc.patient, role: 'patient', text: 'Only a few seconds, and then it passes.' },
    { speaker: t1Doc.self, role: 'clinician', text: 'Have you ever actually fainted' },
    { speaker: t1Doc.patient, role: 'patient', text: 'No, never.' },
    { speaker: t1Doc.self, role: 'clinician', text: 'Or fallen over?' },
    { speaker: t1Doc.patient, role: 'patient', text: 'No. I just hold on to the kitchen counter until it settles.' },
    {
      speaker: t1Doc.self,
      role: 'clinician',
      text: 'That sounds like a drop in blood pressure when you stand, so let us check it lying and standing.',
    },
  ],
};

// =============================================================================================
// T2. Hindi (Devanagari) captions; the clinician's own display name is in Devanagari (Teams shows
// the self name, not "You"); the patient's display name contains an emoji; the clinician says two
// utterances in a row (two items, same speaker).
// Research: §4.3 (author/text `data-tid` atoms), §4.4 (growth then re-punctuation; one item per
// utterance, same speaker can have consecutive items), §4.5 (self captions carry the own display
// name; author and text spans are `dir="auto"`), §4.2 (spoken language is a caption setting).
const t2Doc = { self: 'डॉ. प्रिया शर्मा', patient: 'Rahul 🏏 Verma' };

const t2: Scenario = {
  name: 'teams hindi captions, devanagari clinician name, emoji patient name',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t2Doc.self],
  body: teamsBody({ self: t2Doc.self, others: [t2Doc.patient] }),
  async play(p) {
    await say(p, t2Doc.self, 'नमस्ते राहुल आज आपकी तबीयत कैसी है', 'नमस्ते राहुल, आज आपकी तबीयत कैसी है?');
    await p.sleep(300);
    await say(p, t2Doc.patient, 'नमस्ते डॉक्टर कल रात से गले में बहुत दर्द है', 'नमस्ते डॉक्टर, कल रात से गले में बहुत दर्द है।');
    await p.sleep(300);
    await say(p, t2Doc.self, 'क्या आपको बुखार भी है', 'क्या आपको बुखार भी है?');
    await p.sleep(300);
    await say(p, t2Doc.patient, 'हाँ थोड़ा सा लगभग सौ डिग्री', 'हाँ, थोड़ा सा, लगभग सौ डिग्री।');
    await p.sleep(300);
    await say(p, t2Doc.self, 'ठीक है गरम पानी से गरारे कीजिए और खूब पानी पीजिए', 'ठीक है, गरम पानी से गरारे कीजिए और खूब पानी पीजिए।');
    await p.sleep(700);
    await say(p, t2Doc.self, 'अगर तीन दिन में आराम न मिले तो फिर से कॉल कीजिए', 'अगर तीन दिन में आराम न मिले तो फिर से कॉल कीजिए।');
    await p.sleep(300);
    await say(p, t2Doc.patient, 'ठीक है धन्यवाद', 'ठीक है, धन्यवाद।');
  },
  leave: teamsLeave,
  expected: [
    { speaker: t2Doc.self, role: 'clinician', text: 'नमस्ते राहुल, आज आपकी तबीयत कैसी है?' },
    { speaker: t2Doc.patient, role: 'patient', text: 'नमस्ते डॉक्टर, कल रात से गले में बहुत दर्द है।' },
    { speaker: t2Doc.self, role: 'clinician', text: 'क्या आपको बुखार भी है?' },
    { speaker: t2Doc.patient, role: 'patient', text: 'हाँ, थोड़ा सा, लगभग सौ डिग्री।' },
    { speaker: t2Doc.self, role: 'clinician', text: 'ठीक है, गरम पानी से गरारे कीजिए और खूब पानी पीजिए।' },
    { speaker: t2Doc.self, role: 'clinician', text: 'अगर तीन दिन में आराम न मिले तो फिर से कॉल कीजिए।' },
    { speaker: t2Doc.patient, role: 'patient', text: 'ठीक है, धन्यवाद।' },
  ],
};

// =============================================================================================
// T3. Mandarin captions (no spaces between words; growth arrives a few characters at a time, then
// Chinese punctuation is added), a clinician with a Chinese display name, and the patient's son
// whose display name carries a ZWJ emoji sequence (🧑‍💻); a Latin letter inside Chinese text.
// Research: §4.3 (author/text atoms), §4.4 (in-place growth then re-punctuation; one item per
// utterance), §4.5 (self name; `dir="auto"`), §4.2 (spoken-language setting).
const t3Doc = { self: '陈静', patient: '王建国', son: 'David 🧑‍💻 Wang' };

const t3: Scenario = {
  name: 'teams mandarin captions, chinese clinician name, ZWJ emoji in a relative name',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t3Doc.self],
  body: teamsBody({ self: t3Doc.self, others: [t3Doc.patient, t3Doc.son] }),
  async play(p) {
    await sayZh(p, t3Doc.self, '王先生您好今天哪里不舒服', '王先生，您好，今天哪里不舒服？');
    await p.sleep(300);
    await sayZh(p, t3Doc.patient, '医生您好我这几天晚上老是咳嗽睡不好觉', '医生您好，我这几天晚上老是咳嗽，睡不好觉。');
    await p.sleep(300);
    await sayZh(p, t3Doc.son, '他以前抽了三十年烟去年才戒掉', '他以前抽了三十年烟，去年才戒掉。');
    await p.sleep(300);
    await sayZh(p, t3Doc.self, '咳嗽的时候有痰吗是什么颜色的', '咳嗽的时候有痰吗？是什么颜色的？');
    await p.sleep(300);
    await sayZh(p, t3Doc.patient, '有一点白色的早上多一些', '有一点，白色的，早上多一些。');
    await p.sleep(300);
    await sayZh(p, t3Doc.self, '好的我给您开一个胸部X光检查', '好的，我给您开一个胸部X光检查。');
  },
  leave: teamsLeave,
  expected: [
    { speaker: t3Doc.self, role: 'clinician', text: '王先生，您好，今天哪里不舒服？' },
    { speaker: t3Doc.patient, text: '医生您好，我这几天晚上老是咳嗽，睡不好觉。' },
    { speaker: t3Doc.son, text: '他以前抽了三十年烟，去年才戒掉。' },
    { speaker: t3Doc.self, role: 'clinician', text: '咳嗽的时候有痰吗？是什么颜色的？' },
    { speaker: t3Doc.patient, text: '有一点，白色的，早上多一些。' },
    { speaker: t3Doc.self, role: 'clinician', text: '好的，我给您开一个胸部X光检查。' },
  ],
};

// =============================================================================================
// T4. Spanish call: the clinician explains bowel preparation in long items; the patient's one-word
// backchannels ("Sí.", "Vale.", "Ajá.", "¿Sí?", "OK.") each get their own tiny item squeezed between
// them, "Sí." said twice as separate turns, byte for byte. (The helper wrote the second as "¿Sí?"
// because the runner then rejected identical final texts; the runner now allows a text as often as
// the scenario expects it, and the repeat was made identical afterwards.)
// Research: §4.4 (one item per utterance however short; a new item at the tail supersedes the one
// before; growth then re-punctuation), §4.5 (self display name).
const t4Doc = { self: 'Dra. Lucía Romero', patient: 'Carmen Ruiz' };

const t4: Scenario = {
  name: 'teams spanish backchannels: Sí / Vale / Ajá / ¿Sí? / OK between long items',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t4Doc.self],
  body: teamsBody({ self: t4Doc.self, others: [t4Doc.patient] }),
  async play(p) {
    const c = (i: string, f: string) => say(p, t4Doc.self, i, f);
    const b = async (i: string, f: string) => {
      await p.sleep(90);
      await say(p, t4Doc.patient, i, f);
      await p.sleep(120);
    };
    await c(
      'carmen le voy a explicar cómo preparar el intestino para la colonoscopia del jueves',
      'Carmen, le voy a explicar cómo preparar el intestino para la colonoscopia del jueves.',
    );
    await b('sí', 'Sí.');
    await c(
      'tres días antes deje de comer fruta con semillas verdura cruda y pan integral',
      'Tres días antes, deje de comer fruta con semillas, verdura cruda y pan integral.',
    );
    await b('vale', 'Vale.');
    await c(
      'el miércoles por la tarde tome el primer sobre disuelto en un litro de agua fría',
      'El miércoles por la tarde, tome el primer sobre disuelto en un litro de agua fría.',
    );
    await b('ajá', 'Ajá.');
    await c('y el jueves a las seis de la mañana tome el segundo sobre', 'Y el jueves a las seis de la mañana, tome el segundo sobre.');
    await b('sí', 'Sí.');
    await c('sí tiene que terminarlo cuatro horas antes de la prueba', 'Sí, tiene que terminarlo cuatro horas antes de la prueba.');
    await b('ok', 'OK.');
    await c(
      'y venga acompañada porque no podrá conducir después de la sedación',
      'Y venga acompañada, porque no podrá conducir después de la sedación.',
    );
    await p.sleep(200);
    await say(p, t4Doc.patient, 'muy bien muchas gracias doctora', 'Muy bien, muchas gracias, doctora.');
  },
  leave: teamsLeave,
  expected: [
    { speaker: t4Doc.self, role: 'clinician', text: 'Carmen, le voy a explicar cómo preparar el intestino para la colonoscopia del jueves.' },
    { speaker: t4Doc.patient, role: 'patient', text: 'Sí.' },
    { speaker: t4Doc.self, role: 'clinician', text: 'Tres días antes, deje de comer fruta con semillas, verdura cruda y pan integral.' },
    { speaker: t4Doc.patient, role: 'patient', text: 'Vale.' },
    { speaker: t4Doc.self, role: 'clinician', text: 'El miércoles por la tarde, tome el primer sobre disuelto en un litro de agua fría.' },
    { speaker: t4Doc.patient, role: 'patient', text: 'Ajá.' },
    { speaker: t4Doc.self, role: 'clinician', text: 'Y el jueves a las seis de la mañana, tome el segundo sobre.' },
    { speaker: t4Doc.patient, role: 'patient', text: 'Sí.' },
    { speaker: t4Doc.self, role: 'clinician', text: 'Sí, tiene que terminarlo cuatro horas antes de la prueba.' },
    { speaker: t4Doc.patient, role: 'patient', text: 'OK.' },
    { speaker: t4Doc.self, role: 'clinician', text: 'Y venga acompañada, porque no podrá conducir después de la sedación.' },
    { speaker: t4Doc.patient, role: 'patient', text: 'Muy bien, muchas gracias, doctora.' },
  ],
};

// =============================================================================================
// T5. Unpunctuated, uncapitalised captions in the GUEST DOM (the clinician joined a light meeting
// anonymously): the text only ever grows, no re-punctuation step, so turn ends are known only from
// a new item (speaker change, or the same speaker again after silence).
// Research: §4.1 (teams.live.com light meetings; `anon-hangup-button`), §4.3 (guest variant:
// virtual-list-content › div › author + text, no items-renderer; pairing by document order),
// §4.4 (one item per utterance, same speaker consecutive items, word growth). That no
// re-punctuation ever arrives is my assumption [I] (the growth phase of §4.4 without its last step).
const t5Doc = { self: 'Dr. Noah Friedman', patient: 'Beatriz Santos' };

const t5: Scenario = {
  name: 'teams guest DOM, unpunctuated lowercase captions, turns only by new items',
  url: 'https://teams.live.com/light-meetings/launch?meetingCode=9384120575&coords=eyJtIjoiMSJ9',
  selfNames: [t5Doc.self],
  body: teamsBody({ self: t5Doc.self, others: [t5Doc.patient], guest: true }),
  async play(p) {
    const g = { guest: true };
    await say(p, t5Doc.self, 'morning beatriz how is the wound on your shin looking today', undefined, g);
    await p.sleep(250);
    await say(p, t5Doc.patient, 'it is a lot less red than it was on monday', undefined, g);
    await p.sleep(1100);
    await say(p, t5Doc.patient, 'but there is still a bit of yellow stuff on the dressing', undefined, g);
    await p.sleep(250);
    await say(p, t5Doc.self, 'is that yellow stuff thick or more watery', undefined, g);
    await p.sleep(250);
    await say(p, t5Doc.patient, 'more watery and it does not smell', undefined, g);
    await p.sleep(300);
    await say(p, t5Doc.self, 'that sounds like normal healing so keep changing the dressing every two days', undefined, g);
    await p.sleep(250);
    await say(p, t5Doc.patient, 'ok will do thanks', undefined, g);
    await p.sleep(1000);
    await say(p, t5Doc.self, 'and send me a photo on friday', undefined, g);
  },
  leave: teamsLeave,
  expected: [
    { speaker: t5Doc.self, role: 'clinician', text: 'morning beatriz how is the wound on your shin looking today' },
    { speaker: t5Doc.patient, role: 'patient', text: 'it is a lot less red than it was on monday' },
    { speaker: t5Doc.patient, role: 'patient', text: 'but there is still a bit of yellow stuff on the dressing' },
    { speaker: t5Doc.self, role: 'clinician', text: 'is that yellow stuff thick or more watery' },
    { speaker: t5Doc.patient, role: 'patient', text: 'more watery and it does not smell' },
    { speaker: t5Doc.self, role: 'clinician', text: 'that sounds like normal healing so keep changing the dressing every two days' },
    { speaker: t5Doc.patient, role: 'patient', text: 'ok will do thanks' },
    { speaker: t5Doc.self, role: 'clinician', text: 'and send me a photo on friday' },
  ],
};

// =============================================================================================
// T6. A long monologue (26 utterances, ~300 words, about two minutes of speech) from the clinician,
// one item per utterance, in a virtualised list that only keeps the newest 20 items: the oldest
// items (the patient's opening line, then the monologue's start) are removed from the DOM while
// the monologue goes on. Every word must still be captured once.
// Research: §4.4 ("The Live Caption DOM only keeps a certain number of entries"; one item per
// utterance; same speaker consecutive items), §4.4 mutation plan ("Remove the oldest items once
// there are more than about 20–50"), §9 (retention: old items removed).
const t6Doc = { self: 'Dr. Kwame Asante', patient: 'Ingrid Solberg' };
const t6Lines = [
  'Ingrid, your blood results came back and they confirm type 2 diabetes.',
  'I know that can feel like a lot to hear, so let me go slowly.',
  'Your HbA1c was 58, and anything above 48 counts as diabetes.',
  'The good news is that we have caught it fairly early.',
  'The first step is a tablet called metformin, starting with one a day.',
  'Take it with your evening meal, because that reduces the stomach upset.',
  'After two weeks, if you are coping well, we go up to two a day.',
  'Some people get loose stools at first, and that usually settles within a month.',
  'If it does not settle, ring the surgery and we can switch to the slow release version.',
  'Alongside the tablet, diet makes the biggest difference of anything we can do.',
  'I am referring you to a free course run by the diabetes nurses.',
  'It is six sessions, once a week, and you can join online from home.',
  'They cover food labels, portion sizes and how to plan meals you actually enjoy.',
  'You do not have to give up bread or rice completely, just have smaller portions.',
  'Try to walk for thirty minutes most days, even if you split it up.',
  'We will also check your feet once a year, because diabetes can affect the nerves.',
  'Keep an eye out for any cuts or blisters that are slow to heal.',
  'You will get an eye screening invitation in the post within the next few months.',
  'That is a photograph of the back of the eye and it does not hurt.',
  'Please go to it, because early changes there have no symptoms at all.',
  'We will repeat the HbA1c blood test in three months to see how things are going.',
  'I will also check your kidney function and cholesterol at the same time.',
  'If you ever feel very thirsty, are passing a lot of urine or losing weight quickly, call us.',
  'You are not on anything that causes low sugars, so you do not need a glucose meter.',
  'I will send you a letter summarising everything we have talked about today.',
  'And there is a leaflet and a website link in the patient app as well.',
];
const unpunct = (s: string) => s.replace(/[.,?!]/g, '').replace(/^./, (c) => c.toLowerCase());

/** Virtualised list: drop the oldest item wrappers beyond `max` (§4.4). */
function keepNewest(doc: Document, max: number) {
  const list = listOf(doc, false);
  while (list.children.length > max) list.firstElementChild!.remove();
}

const t6: Scenario = {
  name: 'teams long monologue over 26 items while the list drops its oldest items (keeps 20)',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t6Doc.self],
  body: teamsBody({ self: t6Doc.self, others: [t6Doc.patient] }),
  async play(p) {
    await say(p, t6Doc.patient, 'hello doctor i got your message about the results', 'Hello, doctor, I got your message about the results.');
    await p.sleep(300);
    for (const line of t6Lines) {
      await say(p, t6Doc.self, unpunct(line), line, { step: 28 });
      keepNewest(p.doc, 20);
      await p.sleep(110);
    }
    await p.sleep(300);
    await say(
      p,
      t6Doc.patient,
      'that is a lot to take in but i think i have got the main points',
      'That is a lot to take in, but I think I have got the main points.',
    );
    keepNewest(p.doc, 20);
    await p.sleep(250);
    await say(p, t6Doc.self, 'good and you can message me with any questions this week', 'Good, and you can message me with any questions this week.');
    keepNewest(p.doc, 20);
  },
  leave: teamsLeave,
  expected: [
    { speaker: t6Doc.patient, role: 'patient', text: 'Hello, doctor, I got your message about the results.' },
    ...t6Lines.map((text) => ({ speaker: t6Doc.self, role: 'clinician' as const, text })),
    { speaker: t6Doc.patient, role: 'patient', text: 'That is a lot to take in, but I think I have got the main points.' },
    { speaker: t6Doc.self, role: 'clinician', text: 'Good, and you can message me with any questions this week.' },
  ],
};

// =============================================================================================
// T7 (own choice). The clinician resizes the caption window mid-call and the virtualised list
// RECYCLES its oldest item element for the newest utterance: the first item's subtree (same element,
// same text nodes) is moved to the tail and its author and caption text are overwritten in place,
// then the new utterance grows in it. The first utterance was on screen and must be kept, and the
// new one must come out as its own utterance with the new speaker.
// Research: §4.4 (LCS #5: after resizing/moving the caption window "the first message was replaced
// by a more recent one" — element reuse or keying trouble; mutation plan "Sometimes recycle an
// existing item's subtree to new content (virtualisation)"), §8.8 (virtualised lists recycle
// elements; detect a wholesale replacement and start a new utterance; recycled nodes keep stamped
// attributes).
const t7Doc = { self: 'Dr. Farah Siddiqui', patient: 'Luca Moretti' };

const t7: Scenario = {
  name: 'teams caption window resized: oldest item element recycled for the newest utterance',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t7Doc.self],
  body: teamsBody({ self: t7Doc.self, others: [t7Doc.patient] }),
  async play(p) {
    await say(
      p,
      t7Doc.self,
      'good afternoon luca i can see you have been sent over from the fracture clinic',
      'Good afternoon, Luca. I can see you have been sent over from the fracture clinic.',
    );
    await p.sleep(300);
    await say(
      p,
      t7Doc.patient,
      'yes i broke my wrist skiing in january and the cast came off last week',
      'Yes, I broke my wrist skiing in January, and the cast came off last week.',
    );
    await p.sleep(300);
    await say(p, t7Doc.self, 'how much movement have you got back so far', 'How much movement have you got back so far?');
    await p.sleep(300);
    await say(
      p,
      t7Doc.patient,
      'i can bend it forward a bit but turning my palm up really hurts',
      'I can bend it forward a bit, but turning my palm up really hurts.',
    );
    await p.sleep(300);
    await say(p, t7Doc.self, 'that is very common after six weeks in plaster', 'That is very common after six weeks in plaster.');
    await p.sleep(700);
    // Resize: the oldest item's element is reused for the patient's next utterance.
    const list = listOf(p.doc, false);
    const oldest = list.firstElementChild as HTMLElement;
    const author = q(oldest, '[data-tid="author"]').firstChild as Text;
    const text = q(oldest, '[data-tid="closed-caption-text"]').firstChild as Text;
    oldest.remove();
    author.data = t7Doc.patient;
    text.data = 'should';
    list.appendChild(oldest);
    await p.sleep(STEP);
    const words = 'should i be wearing the splint at night as well'.split(' ');
    for (let i = 2; i <= words.length; i++) {
      text.data = words.slice(0, i).join(' ');
      await p.sleep(STEP);
    }
    text.data = 'Should I be wearing the splint at night as well?';
    await p.sleep(300);
    await say(
      p,
      t7Doc.self,
      'only for the first two weeks then just when you are doing anything heavy',
      'Only for the first two weeks, then just when you are doing anything heavy.',
    );
    await p.sleep(300);
    await say(p, t7Doc.patient, 'okay that is good to know', 'Okay, that is good to know.');
  },
  leave: teamsLeave,
  expected: [
    { speaker: t7Doc.self, role: 'clinician', text: 'Good afternoon, Luca. I can see you have been sent over from the fracture clinic.' },
    { speaker: t7Doc.patient, role: 'patient', text: 'Yes, I broke my wrist skiing in January, and the cast came off last week.' },
    { speaker: t7Doc.self, role: 'clinician', text: 'How much movement have you got back so far?' },
    { speaker: t7Doc.patient, role: 'patient', text: 'I can bend it forward a bit, but turning my palm up really hurts.' },
    { speaker: t7Doc.self, role: 'clinician', text: 'That is very common after six weeks in plaster.' },
    { speaker: t7Doc.patient, role: 'patient', text: 'Should I be wearing the splint at night as well?' },
    { speaker: t7Doc.self, role: 'clinician', text: 'Only for the first two weeks, then just when you are doing anything heavy.' },
    { speaker: t7Doc.patient, role: 'patient', text: 'Okay, that is good to know.' },
  ],
};

export const teamsScenarios: Scenario[] = [t1, t2, t3, t4, t5, t6, t7];
