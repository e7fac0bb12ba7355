// Round 14 (independent14), Jitsi Meet (the base of many white-label telehealth apps): ordinary
// clinical calls of 14–21 turns. Written only from /work/shared/research/caption-platforms.md (§6 Jitsi,
// §7, §8) and the test kit API (test/captions/independent/kit.ts, runner.ts). No product source,
// product fixtures or other scenario folders were read.
//
// DOM (§6): div.transcription-subtitles (+ class `lifted` while only one participant is present) ›
// one <p> per transcript message id › <span> whose text is "<participantName>: " + (final || stable +
// unstable). Interim text (stable + unstable) is replaced by the final text in the same paragraph.
// Newer builds also list subtitles in the chat panel under #subtitles-messages-container ›
// #subtitles-messages-list, hashed classes, items structured [name?][content][time].
// Assumptions (the research is silent on these):
// - URL https://meet.jit.si/<Room>; in-call markers are the conference page and its toolbox with a
//   "Leave the meeting" hang-up button; leaving removes the conference page.
// - The span holds one text node, updated in place (characterData) as the interim text changes.
// - A final paragraph is removed ~3.5 s after it became final (subtitles do not stay forever).
// - Self captions carry the user's own display name (no "You" form is documented for Jitsi).
// - The chat-panel list shows only final messages; the name is shown on the first of a run of items
//   by the same person.
// Roles: the extension user (selfNames) is the clinician; the other person in a 1:1 call is the
// patient (no role is asserted for a renamed participant).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const RETAIN_MS = 3500;

function jitsiBody(): string {
  return `
<div id="videoconference_page" class="videoconference">
  <div id="videospace">
    <div id="largeVideoContainer" class="videocontainer"></div>
  </div>
  <div class="transcription-subtitles"></div>
  <div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
    <div aria-label="Open chat" role="button" tabindex="0" class="toolbox-button chat-button"></div>
    <div aria-label="Stop subtitles" role="button" tabindex="0" class="toolbox-button"></div>
    <div aria-label="Leave the meeting" role="button" tabindex="0" class="toolbox-button hangup-button"></div>
  </div></div></div>
</div>`;
}

function leave(p: Page) {
  p.doc.querySelector('#videoconference_page')?.remove();
}

interface Msg {
  para: HTMLElement;
  text: Text;
  name: string;
  finalAt: number | null;
}

/** The subtitles container plus (optionally) the chat panel's subtitles list. */
class Subs {
  private msgs: Msg[] = [];
  finals: { name: string; text: string; time: string }[] = [];
  private panelList: HTMLElement | null = null;
  private minute = 0;
  constructor(private p: Page) {}

  private box() {
    return q(this.p.doc, '.transcription-subtitles');
  }

  /** Drops final paragraphs older than RETAIN_MS (assumption, see header). */
  private sweep() {
    const now = Date.now();
    for (const m of this.msgs) {
      if (m.finalAt !== null && now - m.finalAt > RETAIN_MS && m.para.isConnected) m.para.remove();
    }
  }

  add(name: string, text: string): Msg {
    this.sweep();
    const para = el(this.p.doc, '<p><span></span></p>');
    const t = this.p.doc.createTextNode(`${name}: ${text}`);
    para.firstElementChild!.appendChild(t);
    this.box().appendChild(para);
    const m = { para, text: t, name, finalAt: null };
    this.msgs.push(m);
    return m;
  }

  set(m: Msg, text: string) {
    this.sweep();
    m.text.data = `${m.name}: ${text}`;
  }

  final(m: Msg, text: string) {
    this.set(m, text);
    m.finalAt = Date.now();
    const time = `10:4${Math.min(9, Math.floor(this.minute++ / 3))}`;
    this.finals.push({ name: m.name, text, time });
    if (this.panelList) this.appendPanelItem(this.finals.length - 1);
  }

  private appendPanelItem(i: number) {
    const f = this.finals[i]!;
    const prev = this.finals[i - 1];
    const item = el(
      this.p.doc,
      `<div class="css-k9s2a1-messageGroup">${prev && prev.name === f.name ? '' : '<div class="css-q1w2e3-name"></div>'}<div class="css-r4t5y6-content"></div><div class="css-u7i8o9-time">${f.time}</div></div>`,
    );
    item.querySelector('.css-q1w2e3-name')?.append(f.name);
    q(item, '.css-r4t5y6-content').append(f.text);
    this.panelList!.appendChild(item);
  }

  /** The user opens the chat panel: the subtitles list shows every final message so far. */
  openPanel() {
    const panel = el(
      this.p.doc,
      '<div id="sideToolbarContainer" class="css-1cbq8v5-container"><div class="css-6z4lc5-header">Chat</div><div id="subtitles-messages-container" class="css-8c2xe1-container"><div id="subtitles-messages-list" class="css-y0v6zh-list"></div></div></div>',
    );
    q(this.p.doc, '#videoconference_page').appendChild(panel);
    this.panelList = q<HTMLElement>(panel, '#subtitles-messages-list');
    for (let i = 0; i < this.finals.length; i++) this.appendPanelItem(i);
  }
}

/** One message: interim states (stable + unstable) shown in turn, then the final text. */
async function jsay(p: Page, s: Subs, name: string, interims: string[], final: string, ms = 160) {
  const m = s.add(name, interims[0] ?? final);
  await p.sleep(ms);
  for (const x of interims.slice(1)) {
    s.set(m, x);
    await p.sleep(ms);
  }
  s.final(m, final);
  await p.sleep(ms);
}

/** Cumulative word states of `text` without its final punctuation (a simple interim), 1–2 words a step. */
function interim(text: string): string[] {
  const w = text.replace(/[.?!]$/, '').split(' ');
  const out: string[] = [];
  for (let i = 0, k = 0; i < w.length; ) {
    i = Math.min(w.length, i + (k++ % 2 === 0 ? 1 : 2));
    out.push(w.slice(0, i).join(' '));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

const LUKASZ = 'Dr. Łukasz Wójcik';
const INES = 'Inés Fernández';

/**
 * 19-message urinary-infection consult: quick "Yes."/"No." answers, interim text where the unstable
 * tail is rewritten ("a urine in fact" → "a urine infection", "pen a sill in" → "Penicillin."),
 * lower-case interims capitalised and punctuated in the final, doses and times in figures
 * ("one hundred milligrams" → "100 mg", "forty eight hours" → "48 hours"), the clinician's "Okay."
 * followed by a second message of the same turn, and old paragraphs disappearing. §6.
 */
const uti: Scenario = {
  name: 'jitsi: urinary-infection consult, unstable interim tails rewritten, finals with figures',
  url: 'https://meet.jit.si/RiverbendClinicRoom4',
  selfNames: [LUKASZ],
  productTiming: true,
  loose: true,
  body: jitsiBody(),
  async play(p) {
    const s = new Subs(p);
    const gap = () => p.sleep(350);
    const L = (i: string[], f: string) => jsay(p, s, LUKASZ, i, f);
    const I = (i: string[], f: string) => jsay(p, s, INES, i, f);
    await L(['hello', 'hello inés what', 'hello inés what can i do', 'hello inés what can i do for you today'], 'Hello Inés, what can I do for you today?');
    await gap();
    await I(
      ['i think', 'i think i have a', 'i think i have a urine in fact', 'i think i have a urine infection again'],
      'I think I have a urine infection again.',
    );
    await gap();
    await L(['burning', 'burning when you pass', 'burning when you pass urine'], 'Burning when you pass urine?');
    await gap();
    await I(['yes'], 'Yes.');
    await gap();
    await L(['going', 'going more often'], 'Going more often?');
    await gap();
    await I(['yes', 'yes all the time'], 'Yes, all the time.');
    await gap();
    await L(['any fever', 'any fever or back pain'], 'Any fever or back pain?');
    await gap();
    await I(['no'], 'No.');
    await gap();
    await L(['any chance', 'any chance you could be', 'any chance you could be pregnant'], 'Any chance you could be pregnant?');
    await gap();
    await I(['no'], 'No.');
    await gap();
    await L(['any allergies', 'any allergies to antibiotics'], 'Any allergies to antibiotics?');
    await gap();
    await I(['pen', 'pen a sill', 'pen a sill in'], 'Penicillin.');
    await gap();
    await L(['okay'], 'Okay.');
    await p.sleep(120);
    await L(
      [
        "i'll prescribe",
        "i'll prescribe nitro",
        "i'll prescribe nitrofurantoin one hundred",
        "i'll prescribe nitrofurantoin one hundred milligrams twice a day",
        "i'll prescribe nitrofurantoin one hundred milligrams twice a day for three days",
      ],
      "I'll prescribe nitrofurantoin, 100 mg twice a day for three days.",
    );
    await gap();
    await I(['okay'], 'Okay.');
    await gap();
    await L(
      [
        'drink plenty',
        'drink plenty of water and',
        "drink plenty of water and if it's not better in forty",
        "drink plenty of water and if it's not better in forty eight hours",
        "drink plenty of water and if it's not better in forty eight hours call us",
      ],
      "Drink plenty of water, and if it's not better in 48 hours, call us.",
    );
    await gap();
    await I(['okay', 'okay thank you'], 'Okay, thank you.');
    await gap();
    await L(["you're welcome", "you're welcome take care"], "You're welcome, take care.");
    await gap();
    await I(['bye'], 'Bye.');
  },
  leave,
  expected: [
    { speaker: LUKASZ, role: 'clinician', text: 'Hello Inés, what can I do for you today?' },
    { speaker: INES, role: 'patient', text: 'I think I have a urine infection again.' },
    { speaker: LUKASZ, role: 'clinician', text: 'Burning when you pass urine?' },
    { speaker: INES, role: 'patient', text: 'Yes.' },
    { speaker: LUKASZ, role: 'clinician', text: 'Going more often?' },
    { speaker: INES, role: 'patient', text: 'Yes, all the time.' },
    { speaker: LUKASZ, role: 'clinician', text: 'Any fever or back pain?' },
    { speaker: INES, role: 'patient', text: 'No.' },
    { speaker: LUKASZ, role: 'clinician', text: 'Any chance you could be pregnant?' },
    { speaker: INES, role: 'patient', text: 'No.' },
    { speaker: LUKASZ, role: 'clinician', text: 'Any allergies to antibiotics?' },
    { speaker: INES, role: 'patient', text: 'Penicillin.' },
    { speaker: LUKASZ, role: 'clinician', text: 'Okay.' },
    { speaker: LUKASZ, role: 'clinician', text: "I'll prescribe nitrofurantoin, 100 mg twice a day for three days." },
    { speaker: INES, role: 'patient', text: 'Okay.' },
    { speaker: LUKASZ, role: 'clinician', text: "Drink plenty of water, and if it's not better in 48 hours, call us." },
    { speaker: INES, role: 'patient', text: 'Okay, thank you.' },
    { speaker: LUKASZ, role: 'clinician', text: "You're welcome, take care." },
    { speaker: INES, role: 'patient', text: 'Bye.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const THANDI = 'Dr. Thandiwe Nkosi';
const JURGEN = 'Jürgen Schäfer';

/**
 * 14-turn new-diabetes call: the clinician's long explanation comes as several messages; the
 * patient's "Mm-hmm." paragraph starts while her second message is still interim (two interim
 * paragraphs at once) and becomes final first; "fifty eight" → "58", "five hundred milligrams" →
 * "500 mg". Then the patient's connection drops (the container gets `lifted`: only one participant
 * left) and he rejoins (`lifted` removed) before asking her to repeat. §6 (one <p> per message id,
 * interim → final in place, `lifted`).
 */
const diabetes: Scenario = {
  name: 'jitsi: new-diabetes explanation over several messages, overlapping backchannel, patient drops and rejoins',
  url: 'https://meet.jit.si/NkosiFamilyPractice',
  selfNames: [THANDI],
  loose: true,
  body: jitsiBody(),
  async play(p) {
    const s = new Subs(p);
    const gap = () => p.sleep(350);
    const T = (i: string[], f: string) => jsay(p, s, THANDI, i, f);
    const J = (i: string[], f: string) => jsay(p, s, JURGEN, i, f);
    await T(interim('hi jürgen your blood test results are back'), 'Hi Jürgen, your blood test results are back.');
    await gap();
    await J(['okay'], 'Okay.');
    await gap();
    await T(
      [
        'your',
        'your h b a one c',
        'your HbA1c was fifty',
        'your HbA1c was fifty eight which means',
        'your HbA1c was 58 which means you have type two',
        'your HbA1c was 58 which means you have type 2 diabetes',
      ],
      'Your HbA1c was 58, which means you have type 2 diabetes.',
    );
    await p.sleep(150);
    // Her next message is still interim when his backchannel paragraph appears and is finalised.
    const b = "that sounds worrying but it's very common and with a few changes we can bring it down a lot";
    const steps = interim(b);
    const m = s.add(THANDI, steps[0]!);
    await p.sleep(160);
    let mm: ReturnType<Subs['add']> | null = null;
    for (let i = 1; i < steps.length; i++) {
      s.set(m, steps[i]!);
      if (i === 4) mm = s.add(JURGEN, 'mm');
      if (i === 6) s.final(mm!, 'Mm-hmm.');
      await p.sleep(160);
    }
    s.final(m, "That sounds worrying, but it's very common, and with a few changes we can bring it down a lot.");
    await p.sleep(300);
    await T(
      [
        "i'd like you",
        "i'd like you to start metformin",
        "i'd like you to start metformin five hundred milligrams",
        "i'd like you to start metformin 500 mg once a day",
        "i'd like you to start metformin 500 mg once a day with your evening meal",
        "i'd like you to start metformin 500 mg once a day with your evening meal for the first week",
      ],
      "I'd like you to start metformin, 500 mg once a day with your evening meal for the first week.",
    );
    await p.sleep(150);
    await T(interim("then we'll go up to twice a day if your stomach is okay with it"), "Then we'll go up to twice a day if your stomach is okay with it.");
    // His connection drops: only one participant left → `lifted`; he rejoins 1.5 s later.
    const box = q(p.doc, '.transcription-subtitles');
    box.classList.add('lifted');
    await p.sleep(1500);
    box.classList.remove('lifted');
    await p.sleep(500);
    await J(interim('sorry you cut out twice a day after a week'), 'Sorry, you cut out. Twice a day after a week?');
    await gap();
    await T(['yes', 'yes exactly'], 'Yes, exactly.');
    await gap();
    await J(['okay'], 'Okay.');
    await gap();
    await T(interim("i'll also refer you to a diabetes education course"), "I'll also refer you to a diabetes education course.");
    await gap();
    await J(['is that', 'is that online'], 'Is that online?');
    await gap();
    await T(['yes'], 'Yes.');
    await gap();
    await J(['okay', 'okay good'], 'Okay, good.');
    await gap();
    await T(['any', 'any questions'], 'Any questions?');
    await gap();
    await J(['no', 'no thank you'], 'No, thank you.');
  },
  leave,
  expected: [
    { speaker: THANDI, role: 'clinician', text: 'Hi Jürgen, your blood test results are back.' },
    { speaker: JURGEN, role: 'patient', text: 'Okay.' },
    { speaker: THANDI, role: 'clinician', text: 'Your HbA1c was 58, which means you have type 2 diabetes.' },
    {
      speaker: THANDI,
      role: 'clinician',
      text: "That sounds worrying, but it's very common, and with a few changes we can bring it down a lot.",
    },
    { speaker: JURGEN, role: 'patient', text: 'Mm-hmm.' },
    {
      speaker: THANDI,
      role: 'clinician',
      text: "I'd like you to start metformin, 500 mg once a day with your evening meal for the first week.",
    },
    { speaker: THANDI, role: 'clinician', text: "Then we'll go up to twice a day if your stomach is okay with it." },
    { speaker: JURGEN, role: 'patient', text: 'Sorry, you cut out. Twice a day after a week?' },
    { speaker: THANDI, role: 'clinician', text: 'Yes, exactly.' },
    { speaker: JURGEN, role: 'patient', text: 'Okay.' },
    { speaker: THANDI, role: 'clinician', text: "I'll also refer you to a diabetes education course." },
    { speaker: JURGEN, role: 'patient', text: 'Is that online?' },
    { speaker: THANDI, role: 'clinician', text: 'Yes.' },
    { speaker: JURGEN, role: 'patient', text: 'Okay, good.' },
    { speaker: THANDI, role: 'clinician', text: 'Any questions?' },
    { speaker: JURGEN, role: 'patient', text: 'No, thank you.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const AIGERIM = 'Dr. Aigerim Sultanova';
const FRANCOIS = 'François Lévesque';

/**
 * 16-turn sleep consultation. While the patient is in the middle of an answer the clinician opens the
 * chat panel, whose subtitles list now shows every final message so far (names on the first item of a
 * run, times on every item) and then each new final as well, while the overlay goes on. Interims are
 * plain prefixes; only the final adds punctuation ("sleep io" → "Sleepio" is the one rewrite), so the
 * comparison is strict. §6 (subtitles container; chat-panel subtitles list).
 */
const sleep: Scenario = {
  name: 'jitsi: sleep consultation, chat panel with the subtitles list opened mid-answer',
  url: 'https://meet.jit.si/SultanovaSleepClinic',
  selfNames: [AIGERIM],
  productTiming: true,
  body: jitsiBody(),
  async play(p) {
    const s = new Subs(p);
    const gap = () => p.sleep(350);
    const A = (f: string, i = interim(f)) => jsay(p, s, AIGERIM, i, f);
    const F = (f: string, i = interim(f)) => jsay(p, s, FRANCOIS, i, f);
    await A('Bonjour François, how has your sleep been?', interim('Bonjour François how has your sleep been?'));
    await gap();
    await F('Not great, honestly.', ['Not', 'Not great', 'Not great honestly']);
    await gap();
    await A('How many hours are you getting?');
    await gap();
    await F('Maybe four or five.');
    await gap();
    await A('Are you falling asleep okay?');
    await gap();
    await F("No, it takes me an hour or more.", ['No', 'No it takes', 'No it takes me an hour', 'No it takes me an hour or more']);
    await gap();
    await A('And waking in the night?');
    await gap();
    await F('Yes, around three.', ['Yes', 'Yes around three']);
    await gap();
    await A('Are you drinking coffee after lunch?');
    await gap();
    // His answer; the chat panel is opened while it is still interim.
    const f = "Yes, two or three cups in the afternoon, because I'm so tired at work.";
    const steps = interim("Yes two or three cups in the afternoon because I'm so tired at work");
    const m = s.add(FRANCOIS, steps[0]!);
    await p.sleep(160);
    for (let i = 1; i < steps.length; i++) {
      s.set(m, steps[i]!);
      if (i === 3) s.openPanel();
      await p.sleep(160);
    }
    s.final(m, f);
    await gap();
    await A("Let's try cutting out caffeine after midday.");
    await gap();
    await F('Okay.', ['Okay']);
    await gap();
    await A(
      "And I'll send you a link to a sleep program called Sleepio.",
      ['And', "And I'll send", "And I'll send you a link", "And I'll send you a link to a sleep", "And I'll send you a link to a sleep program called", "And I'll send you a link to a sleep program called sleep io"],
    );
    await gap();
    await F('Okay, thanks.', ['Okay', 'Okay thanks']);
    await gap();
    await A("Let's talk again in three weeks.");
    await gap();
    await F('Merci, doctor.', ['Merci', 'Merci doctor']);
  },
  leave,
  forbidden: ['10:4', 'Chat'],
  expected: [
    { speaker: AIGERIM, role: 'clinician', text: 'Bonjour François, how has your sleep been?' },
    { speaker: FRANCOIS, role: 'patient', text: 'Not great, honestly.' },
    { speaker: AIGERIM, role: 'clinician', text: 'How many hours are you getting?' },
    { speaker: FRANCOIS, role: 'patient', text: 'Maybe four or five.' },
    { speaker: AIGERIM, role: 'clinician', text: 'Are you falling asleep okay?' },
    { speaker: FRANCOIS, role: 'patient', text: 'No, it takes me an hour or more.' },
    { speaker: AIGERIM, role: 'clinician', text: 'And waking in the night?' },
    { speaker: FRANCOIS, role: 'patient', text: 'Yes, around three.' },
    { speaker: AIGERIM, role: 'clinician', text: 'Are you drinking coffee after lunch?' },
    { speaker: FRANCOIS, role: 'patient', text: "Yes, two or three cups in the afternoon, because I'm so tired at work." },
    { speaker: AIGERIM, role: 'clinician', text: "Let's try cutting out caffeine after midday." },
    { speaker: FRANCOIS, role: 'patient', text: 'Okay.' },
    { speaker: AIGERIM, role: 'clinician', text: "And I'll send you a link to a sleep program called Sleepio." },
    { speaker: FRANCOIS, role: 'patient', text: 'Okay, thanks.' },
    { speaker: AIGERIM, role: 'clinician', text: "Let's talk again in three weeks." },
    { speaker: FRANCOIS, role: 'patient', text: 'Merci, doctor.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const HEMI = 'Dr. Hemi Walker';
const FAMILY = 'Pōmare family';
const AROHA = 'Aroha Pōmare';

/**
 * 21-turn child ear-pain call: the parent joined under a shared device name ("Pōmare family") and
 * renames herself to "Aroha Pōmare" after introducing herself, so later paragraphs carry the new name
 * (a speaker label that changes). Quick answers, a backchannel between two of the clinician's
 * messages, "five mils" → "5 ml", macrons in names and in te reo greetings. §6.
 * Assumption (research silent): a rename affects only messages rendered after it.
 */
const earache: Scenario = {
  name: 'jitsi: child ear-pain call, parent renames herself mid-call, backchannel between messages',
  url: 'https://meet.jit.si/WalkerWhanauHealth',
  selfNames: [HEMI],
  productTiming: true,
  loose: true,
  body: jitsiBody(),
  async play(p) {
    const s = new Subs(p);
    const gap = () => p.sleep(350);
    let parent = FAMILY;
    const H = (f: string, i = interim(f).map((x) => x.toLowerCase())) => jsay(p, s, HEMI, i, f);
    const P = (f: string, i = interim(f).map((x) => x.toLowerCase())) => jsay(p, s, parent, i, f);
    await H('Kia ora, can you hear me?', ['kia ora', 'kia ora can you hear me']);
    await gap();
    await P('Yes, we can.', ['yes', 'yes we can']);
    await gap();
    await H("Great. Who's with me today?", ['great', "great who's with", "great who's with me today"]);
    await gap();
    await P("It's Aroha, I'm Mere's mum.", ["it's", "it's aroha", "it's aroha i'm mary's", "it's aroha i'm mere's mum"]);
    await gap();
    await H("Thanks, Aroha. What's been happening with Mere?", ['thanks', 'thanks aroha', "thanks aroha what's been", "thanks aroha what's been happening with mere"]);
    await gap();
    await P("She's had ear pain since Saturday and a temperature.");
    // She renames herself in the participants pane; new messages carry the new name.
    parent = AROHA;
    await gap();
    await H('Is she eating and drinking?');
    await gap();
    await P('Drinking, yes. Not eating much.');
    await gap();
    await H('Any discharge from the ear?');
    await gap();
    await P('No.', ['no']);
    await gap();
    await H('Has she had ibuprofen?');
    await gap();
    await P('Yes, 5 ml this morning.', ['yes', 'yes five', 'yes five mils', 'yes five mils this morning']);
    await gap();
    await H('Okay.', ['okay']);
    await p.sleep(120);
    await H('It sounds like a middle ear infection.');
    await P('Mm-hmm.', ['mm']);
    await p.sleep(150);
    await H('Most get better on their own in three days, so keep up the pain relief and fluids.');
    await gap();
    await P('Okay.', ['okay']);
    await gap();
    await H("If she's not better by Thursday, bring her in so I can look in her ear.");
    await gap();
    await P("Yes, we'll do that.");
    await gap();
    await H('Ka kite.', ['ka kite']);
    await gap();
    await P('Thank you, bye.');
  },
  leave,
  expected: [
    { speaker: HEMI, role: 'clinician', text: 'Kia ora, can you hear me?' },
    { speaker: [FAMILY, AROHA], text: 'Yes, we can.' },
    { speaker: HEMI, role: 'clinician', text: "Great. Who's with me today?" },
    { speaker: [FAMILY, AROHA], text: "It's Aroha, I'm Mere's mum." },
    { speaker: HEMI, role: 'clinician', text: "Thanks, Aroha. What's been happening with Mere?" },
    { speaker: [FAMILY, AROHA], text: "She's had ear pain since Saturday and a temperature." },
    { speaker: HEMI, role: 'clinician', text: 'Is she eating and drinking?' },
    { speaker: AROHA, text: 'Drinking, yes. Not eating much.' },
    { speaker: HEMI, role: 'clinician', text: 'Any discharge from the ear?' },
    { speaker: AROHA, text: 'No.' },
    { speaker: HEMI, role: 'clinician', text: 'Has she had ibuprofen?' },
    { speaker: AROHA, text: 'Yes, 5 ml this morning.' },
    { speaker: HEMI, role: 'clinician', text: 'Okay.' },
    { speaker: HEMI, role: 'clinician', text: 'It sounds like a middle ear infection.' },
    { speaker: AROHA, text: 'Mm-hmm.' },
    { speaker: HEMI, role: 'clinician', text: 'Most get better on their own in three days, so keep up the pain relief and fluids.' },
    { speaker: AROHA, text: 'Okay.' },
    { speaker: HEMI, role: 'clinician', text: "If she's not better by Thursday, bring her in so I can look in her ear." },
    { speaker: AROHA, text: "Yes, we'll do that." },
    { speaker: HEMI, role: 'clinician', text: 'Ka kite.' },
    { speaker: AROHA, text: 'Thank you, bye.' },
  ],
};

export const jitsiScenarios: Scenario[] = [uti, diabetes, sleep, earache];
