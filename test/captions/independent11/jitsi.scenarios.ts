// Round 11 (independent11), Jitsi Meet. Written ONLY from /work/shared/research/caption-platforms.md
// (§6 Jitsi, §8 strategies, §9 checklist) and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixture was read. All speech is synthetic.
//
// Research facts used (§6):
// - div.transcription-subtitles (plus class "lifted" while only one participant is in the room) holds
//   one <p> per transcript message id; each <p> has a <span> whose text is
//   "<participantName>: " + (final || stable + unstable): the name is inline with a colon separator.
// - Interim text (stable + unstable) is then replaced by the final text in the same paragraph.
// - Newer builds also list subtitles in the chat panel under #subtitles-messages-list /
//   #subtitles-messages-container, hashed classes, items structured [name?][content][time].
// - Captions need the deployment's transcriber (Jigasi); several messages can be live at once
//   (one <p> per message id), so overlapping speakers give several growing <p> lines.
// §8.4/8.6 (observer + polling), §8.11 (timestamps are noise), §9 (two speakers alternating, self
// speaker, same-speaker continuation over several items, word-by-word growth).
//
// My page model (not in the research, kept minimal): the conference lives in #videoconference_page
// with a filmstrip of display names and a toolbox; leaving removes the conference page, shows the
// welcome page and moves the URL to "/". Interim text is the final text without punctuation, growing
// one word per tick; `slips` puts a misheard word in the unstable tail until the next word lands.
// Paragraphs are not removed during the call (the research says nothing about their removal).
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface Tile {
  name: string;
  self?: boolean;
  id: string;
}

function shell(tiles: Tile[], o: { lifted?: boolean; subtitles?: boolean } = {}): string {
  const self = tiles.find((t) => t.self)!;
  const remote = tiles
    .filter((t) => !t.self)
    .map((t) => `<span class="videocontainer" id="participant_${t.id}"><div class="videocontainer__toolbar"></div><span class="displayname">${t.name}</span></span>`)
    .join('');
  const subs = o.subtitles === false ? '' : `<div class="transcription-subtitles${o.lifted ? ' lifted' : ''}"></div>`;
  return (
    `<div id="react"><div id="videoconference_page"><div id="videospace">` +
    `<div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" muted></video></div>${subs}</div>` +
    `<div class="filmstrip"><div id="filmstripLocalVideo"><span id="localVideoContainer" class="videocontainer"><span id="localDisplayName" class="displayname">${self.name}</span></span></div>` +
    `<div id="filmstripRemoteVideosContainer">${remote}</div></div>` +
    `</div><div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">` +
    `<div aria-label="Mute" role="button" class="toolbox-button"></div>` +
    `<div aria-label="Stop subtitles" role="button" class="toolbox-button"></div>` +
    `<div aria-label="Open chat" role="button" class="toolbox-button"></div>` +
    `<div aria-label="Leave the meeting" role="button" class="toolbox-button hangup-button"></div>` +
    `</div></div></div><div id="sideToolbarContainer"></div></div></div>`
  );
}

function leaveJitsi(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc.getElementById('react')?.appendChild(el(p.doc, '<div id="welcome_page" class="welcome"><h1>Secure and high quality meetings</h1><button>Start meeting</button></div>'));
  p.win.history.pushState({}, '', '/');
}

const UI = ['Stop subtitles', 'Leave the meeting', 'Start meeting', 'Mute', 'Open chat'];

interface Line {
  name: string;
  t: Text;
}

class Subs {
  constructor(private readonly p: Page) {}
  box(): HTMLElement {
    const found = this.p.doc.querySelector<HTMLElement>('.transcription-subtitles');
    if (found) return found;
    const b = el<HTMLElement>(this.p.doc, '<div class="transcription-subtitles"></div>');
    q(this.p.doc, '#largeVideoContainer').appendChild(b);
    return b;
  }
  open(name: string, text: string): Line {
    const para = el(this.p.doc, '<p><span></span></p>');
    const span = q(para, 'span');
    const t = this.p.doc.createTextNode(`${name}: ${text}`);
    span.appendChild(t);
    this.box().appendChild(para);
    return { name, t };
  }
  set(l: Line, text: string) {
    const v = `${l.name}: ${text}`;
    if (l.t.data !== v) l.t.data = v;
  }
}

interface Say {
  who: string;
  /** Final text. */
  text: string;
  /** Tick (relative to the batch) at which the first interim word shows. */
  at?: number;
  /** Word index -> misheard form shown while that word is the unstable tail. */
  slips?: Record<number, string>;
  /** Called when this message's final text lands. */
  onFinal?: (text: string) => void;
}

const strip = (w: string) => w.replace(/[.,!?;:¿¡।؟،"“”]+/gu, '');

/**
 * Plays a batch of messages; each grows one word per tick from its `at`, then its final replaces the
 * interim on the tick after its last word. Throws if a later-starting message would finalise before an
 * earlier one (the expected order is start order, so the scenario must not be ambiguous).
 */
async function speak(p: Page, subs: Subs, says: Say[], step = 90) {
  const st = says.map((s) => ({ s, words: s.text.split(' '), n: 0, line: null as Line | null, done: false }));
  const ends = st.map((x) => (x.s.at ?? 0) + x.words.length);
  for (let i = 1; i < ends.length; i++) {
    if ((st[i]!.s.at ?? 0) < (st[i - 1]!.s.at ?? 0) || ends[i]! <= ends[i - 1]!) throw new Error(`scenario bug: "${says[i]!.text}" would finalise out of order`);
  }
  for (let tick = 0; st.some((x) => !x.done); tick++) {
    for (const x of st) {
      if (x.done || tick < (x.s.at ?? 0)) continue;
      if (x.n < x.words.length) {
        x.n++;
        const shown = x.words.slice(0, x.n).map(strip);
        const slip = x.s.slips?.[x.n - 1];
        if (slip !== undefined) shown[x.n - 1] = slip;
        const t = shown.join(' ');
        if (!x.line) x.line = subs.open(x.s.who, t);
        else subs.set(x.line, t);
      } else {
        subs.set(x.line!, x.s.text);
        x.s.onFinal?.(x.s.text);
        x.done = true;
      }
    }
    await p.sleep(step);
  }
}

/** Sequential turns: [speaker, final text, pause after ms]. */
async function turns(p: Page, subs: Subs, list: [string, string, number][], step = 90) {
  for (const [who, text, pause] of list) {
    await speak(p, subs, [{ who, text }], step);
    await p.sleep(pause);
  }
}

// ---------------------------------------------------------------------------------------------------
// J1. Three people cutting in on each other: several <p> lines growing at the same time (§6: one <p>
// per message id, interim -> final in place). The partner's display name is Cyrillic.
const j1: Scenario = {
  name: 'J1 overlapping <p> lines: three speakers cutting in, several interims growing at once',
  url: 'https://meet.jit.si/WellnessFollowUp-2207',
  selfNames: ['Dr. Nadia Rahman'],
  body: shell([
    { name: 'Dr. Nadia Rahman', self: true, id: 'local' },
    { name: 'Kevin Marsh', id: 'a81f' },
    { name: 'Олена Марш', id: 'b03c' },
  ]),
  async play(p) {
    const s = new Subs(p);
    await speak(p, s, [
      { who: 'Dr. Nadia Rahman', text: 'How many times did you wake up last night?' },
      { who: 'Kevin Marsh', text: 'Twice, I think.', at: 7 },
      { who: 'Олена Марш', text: 'No, it was three times, love.', at: 9 },
    ]);
    await p.sleep(150);
    await speak(p, s, [
      { who: 'Kevin Marsh', text: 'Was it? I only remember the one at four.' },
      { who: 'Dr. Nadia Rahman', text: 'That is quite common with this medication.', at: 6, slips: { 3: 'comment' } },
      { who: 'Олена Марш', text: 'He was up walking around.', at: 9 },
      { who: 'Kevin Marsh', text: 'Only to the kitchen.', at: 11 },
    ]);
    await p.sleep(200);
    await speak(p, s, [
      { who: 'Dr. Nadia Rahman', text: 'Let us move the evening dose to six o clock and see if the nights settle down.' },
      { who: 'Kevin Marsh', text: 'Six works for me.', at: 16 },
    ]);
  },
  leave: leaveJitsi,
  expected: [
    { speaker: 'Dr. Nadia Rahman', text: 'How many times did you wake up last night?' },
    { speaker: 'Kevin Marsh', text: 'Twice, I think.' },
    { speaker: 'Олена Марш', text: 'No, it was three times, love.' },
    { speaker: 'Kevin Marsh', text: 'Was it? I only remember the one at four.' },
    { speaker: 'Dr. Nadia Rahman', text: 'That is quite common with this medication.' },
    { speaker: 'Олена Марш', text: 'He was up walking around.' },
    { speaker: 'Kevin Marsh', text: 'Only to the kitchen.' },
    { speaker: 'Dr. Nadia Rahman', text: 'Let us move the evening dose to six o clock and see if the nights settle down.' },
    { speaker: 'Kevin Marsh', text: 'Six works for me.' },
  ],
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// J2. A display name that itself contains ": " ("Parent: Ana Ruiz") and one with an emoji
// ("Mateo 🦖"): the span text is "Parent: Ana Ruiz: …" (§6 name inline with a colon separator), so the
// name cannot be split off at the first colon; the filmstrip shows the full display names.
const j2: Scenario = {
  name: 'J2 display name containing ": " and an emoji display name',
  url: 'https://meet.jit.si/PaedsDermClinic-Room3',
  selfNames: ['Dr. Julia Weber'],
  body: shell([
    { name: 'Dr. Julia Weber', self: true, id: 'local' },
    { name: 'Parent: Ana Ruiz', id: '5e21' },
    { name: 'Mateo 🦖', id: '77d0' },
  ]),
  async play(p) {
    await turns(p, new Subs(p), [
      ['Dr. Julia Weber', 'Hi Mateo, hi Ana. What brings you in today?', 300],
      ['Parent: Ana Ruiz', 'He has had a rash on both arms since Sunday.', 250],
      ['Mateo 🦖', 'It is really itchy!', 300],
      ['Dr. Julia Weber', 'Has he started any new soap or food recently?', 300],
      ['Parent: Ana Ruiz', 'We switched to a new washing powder last week.', 250],
      ['Dr. Julia Weber', 'That could well be it. Go back to the old powder and use a plain moisturiser twice a day.', 300],
      ['Mateo 🦖', 'Can I still go swimming?', 250],
      ['Dr. Julia Weber', 'Yes, you can.', 250],
      ['Parent: Ana Ruiz', 'Thank you, doctor.', 200],
    ]);
  },
  leave: leaveJitsi,
  expected: [
    { speaker: 'Dr. Julia Weber', text: 'Hi Mateo, hi Ana. What brings you in today?' },
    { speaker: 'Parent: Ana Ruiz', text: 'He has had a rash on both arms since Sunday.' },
    { speaker: 'Mateo 🦖', text: 'It is really itchy!' },
    { speaker: 'Dr. Julia Weber', text: 'Has he started any new soap or food recently?' },
    { speaker: 'Parent: Ana Ruiz', text: 'We switched to a new washing powder last week.' },
    { speaker: 'Dr. Julia Weber', text: 'That could well be it. Go back to the old powder and use a plain moisturiser twice a day.' },
    { speaker: 'Mateo 🦖', text: 'Can I still go swimming?' },
    { speaker: 'Dr. Julia Weber', text: 'Yes, you can.' },
    { speaker: 'Parent: Ana Ruiz', text: 'Thank you, doctor.' },
  ],
  forbidden: [...UI, 'Ana Ruiz:', 'Parent:'],
};

// ---------------------------------------------------------------------------------------------------
// J3. Short backchannels from the patient between long clinician turns, each its own message <p>
// (§6). "Sí."/"Sí" and "Yes."/"Yes" are the same word as separate turns (punctuated differently by the
// ASR; exact duplicates would trip the runner's duplicate check). One long clinician turn is split by
// the transcriber into two messages.
const j3Turns: [string, string, number][] = [
  ['Dr. Kofi Mensah', 'Lucía, I have looked at the scan from last Thursday and the good news is that the fracture is healing in the right position, so we will not need to operate.', 200],
  ['Lucía Fernández', 'Mm-hmm.', 200],
  ['Dr. Kofi Mensah', 'The cast will need to stay on for another three weeks, and during that time it is important that you keep it dry and do not put any weight on the foot at all.', 150],
  ['Dr. Kofi Mensah', 'The crutches should make that easier once you get used to them.', 200],
  ['Lucía Fernández', 'Sí.', 200],
  ['Dr. Kofi Mensah', 'If you notice your toes turning pale or blue, or the pain suddenly gets much worse, that is a reason to come straight to the emergency department.', 200],
  ['Lucía Fernández', 'Yes.', 200],
  ['Dr. Kofi Mensah', 'For the pain, you can keep taking the paracetamol as before, up to four times a day, with at least four hours between doses.', 200],
  ['Lucía Fernández', 'Sí', 200],
  ['Dr. Kofi Mensah', 'And we will see you again in the fracture clinic in three weeks to take the cast off.', 200],
  ['Lucía Fernández', 'OK', 200],
  ['Dr. Kofi Mensah', 'Do you have any questions for me before we finish?', 200],
  ['Lucía Fernández', 'Yes', 150],
  ['Lucía Fernández', 'Can I take a shower with a plastic bag over the cast?', 200],
];
const j3: Scenario = {
  name: 'J3 backchannels (Mm-hmm., Sí., Yes., OK) between long turns, same word twice',
  url: 'https://meet.jit.si/OrthoFollowUp-LF',
  selfNames: ['Dr. Kofi Mensah'],
  body: shell([
    { name: 'Dr. Kofi Mensah', self: true, id: 'local' },
    { name: 'Lucía Fernández', id: 'c4a9' },
  ]),
  async play(p) {
    await turns(p, new Subs(p), j3Turns, 70);
  },
  leave: leaveJitsi,
  expected: j3Turns.map(([who, text]): Expected => ({ speaker: who, text })),
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// J4. A transcriber that emits lowercase text without punctuation (interims and finals alike, §6 final
// replaces stable + unstable), so turn ends are known only from the speaker or a pause. A misheard
// word in the unstable tail is corrected by the final; the patient continues in a second message.
const j4Turns: [string, string, number, Record<number, string>?][] = [
  ['Dr. Amy Chen', 'good morning ravi how is the knee doing', 200],
  ['Ravi Kumar', 'better better than last week', 1200],
  ['Ravi Kumar', 'but the stairs are still hard', 200],
  ['Dr. Amy Chen', 'are you doing the exercises every day', 200],
  ['Ravi Kumar', 'most days yeah most days', 200],
  ['Dr. Amy Chen', 'try to do them twice a day for the next two weeks', 200, { 7: 'four' }],
  ['Ravi Kumar', 'ok i can do that', 200],
  ['Dr. Amy Chen', 'great see you in two weeks then', 200, { 2: 'ewe' }],
];
const j4: Scenario = {
  name: 'J4 lowercase unpunctuated captions: turn ends only from speaker change or pause',
  url: 'https://meet.jit.si/PhysioCheckIn-RK',
  selfNames: ['Dr. Amy Chen'],
  body: shell([
    { name: 'Dr. Amy Chen', self: true, id: 'local' },
    { name: 'Ravi Kumar', id: '19be' },
  ]),
  async play(p) {
    const s = new Subs(p);
    for (const [who, text, pause, slips] of j4Turns) {
      await speak(p, s, [{ who, text, slips }], 90);
      await p.sleep(pause);
    }
  },
  leave: leaveJitsi,
  expected: j4Turns.map(([who, text]): Expected => ({ speaker: who, text })),
  forbidden: [...UI, 'four', 'ewe'],
};

// ---------------------------------------------------------------------------------------------------
// J5. Long patient monologue (~180 words, well over a minute) that the transcriber splits into six
// messages, each interim -> final in its own <p> (§6). Starts with the clinician alone in the room
// (subtitles container "lifted", §6), the patient joins and the class goes away.
const j5Parts = [
  'So it started about six weeks ago, a dull ache low down on the right side of my back, and at first I thought I had just pulled something lifting boxes at work.',
  'It was worse in the mornings and eased off a bit once I was moving around, so I did not think much of it and just took ibuprofen when it bothered me.',
  'Then about three weeks ago it started going down into my right leg, a kind of burning feeling along the back of the thigh and sometimes all the way to the ankle.',
  'Sitting is the worst, especially driving, and after about twenty minutes in the car I have to pull over and walk around for a bit before I can carry on.',
  'I have also noticed some tingling in the toes on that foot, mostly at night, and a couple of times my foot felt a bit weak when I was climbing the stairs.',
  'I have not had any problems with my bladder or anything like that, and I have not had a fever, but I am worried because it is not getting better on its own.',
];
const j5: Scenario = {
  name: 'J5 long monologue: six interim->final messages from one speaker (~180 words), lifted box at start',
  url: 'https://meet.jit.si/SpineClinic-Delgado',
  selfNames: ['Dr. Elena Rossi'],
  body: shell([{ name: 'Dr. Elena Rossi', self: true, id: 'local' }], { lifted: true }),
  async play(p) {
    await p.sleep(400);
    q(p.doc, '#filmstripRemoteVideosContainer').appendChild(
      el(p.doc, '<span class="videocontainer" id="participant_d2f7"><div class="videocontainer__toolbar"></div><span class="displayname">Frank Delgado</span></span>'),
    );
    q(p.doc, '.transcription-subtitles').classList.remove('lifted');
    await p.sleep(300);
    const s = new Subs(p);
    await speak(p, s, [{ who: 'Dr. Elena Rossi', text: 'Frank, tell me about the pain over the last few weeks.' }]);
    await p.sleep(500);
    const slips: Record<number, string>[] = [{ 14: 'write' }, {}, { 3: 'weak' }, {}, { 25: 'week' }, {}];
    for (let i = 0; i < j5Parts.length; i++) {
      await speak(p, s, [{ who: 'Frank Delgado', text: j5Parts[i]!, slips: slips[i] }], 60);
      await p.sleep(i === 2 ? 900 : 150);
    }
    await p.sleep(300);
    await speak(p, s, [{ who: 'Dr. Elena Rossi', text: 'Thank you, that gives me a clear picture.' }]);
  },
  leave: leaveJitsi,
  expected: [
    { speaker: 'Dr. Elena Rossi', text: 'Frank, tell me about the pain over the last few weeks.' },
    ...j5Parts.map((text): Expected => ({ speaker: 'Frank Delgado', text })),
    { speaker: 'Dr. Elena Rossi', text: 'Thank you, that gives me a clear picture.' },
  ],
  forbidden: [...UI, 'write'],
};

// ---------------------------------------------------------------------------------------------------
// J6. Hebrew (RTL) call with Hebrew display names (one with the ״ gershayim of "ד״ר"), quick
// alternation with a one-word reply; the patient starts talking while the doctor's final is still
// pending (two <p> growing at once, §6).
const j6: Scenario = {
  name: 'J6 Hebrew RTL names and speech, quick alternation with overlap',
  url: 'https://meet.jit.si/MirpaaKlalit-4419',
  selfNames: ['ד״ר מיכל אברהם'],
  body: shell([
    { name: 'ד״ר מיכל אברהם', self: true, id: 'local' },
    { name: 'יוסי כהן', id: '0b6e' },
  ]),
  async play(p) {
    const s = new Subs(p);
    const D = 'ד״ר מיכל אברהם';
    const Y = 'יוסי כהן';
    await speak(p, s, [
      { who: D, text: 'שלום יוסי, איך אתה מרגיש היום?' },
      { who: Y, text: 'יותר טוב, תודה. הכאב בגב ירד.', at: 5 },
    ]);
    await p.sleep(200);
    await speak(p, s, [{ who: D, text: 'אתה עדיין לוקח את הכדורים?' }]);
    await p.sleep(150);
    await speak(p, s, [{ who: Y, text: 'כן.' }]);
    await p.sleep(150);
    await speak(p, s, [
      { who: D, text: 'יופי. תמשיך עוד שבוע ואז נפסיק בהדרגה.' },
      { who: Y, text: 'בסדר, תודה רבה.', at: 7 },
    ]);
  },
  leave: leaveJitsi,
  expected: [
    { speaker: 'ד״ר מיכל אברהם', text: 'שלום יוסי, איך אתה מרגיש היום?' },
    { speaker: 'יוסי כהן', text: 'יותר טוב, תודה. הכאב בגב ירד.' },
    { speaker: 'ד״ר מיכל אברהם', text: 'אתה עדיין לוקח את הכדורים?' },
    { speaker: 'יוסי כהן', text: 'כן.' },
    { speaker: 'ד״ר מיכל אברהם', text: 'יופי. תמשיך עוד שבוע ואז נפסיק בהדרגה.' },
    { speaker: 'יוסי כהן', text: 'בסדר, תודה רבה.' },
  ],
  forbidden: UI,
};

// ---------------------------------------------------------------------------------------------------
// J7. Hindi call with the chat panel's subtitles list open as well as the on-video subtitles (§6
// newer builds: #subtitles-messages-container, hashed classes, items [name?][content][time]; the name
// is left out on consecutive items of one speaker). A chat message sits in the panel too. Every word
// must be written once; the item times are noise (§8.11). Patient name has an emoji.
const j7Turns: [string, string][] = [
  ['डॉ. अनिल मेहता', 'नमस्ते नेहा जी, आज आप कैसा महसूस कर रही हैं?'],
  ['नेहा गुप्ता 🌸', 'पहले से बेहतर हूँ, लेकिन रात को नींद कम आती है।'],
  ['नेहा गुप्ता 🌸', 'दिन में थकान भी रहती है।'],
  ['डॉ. अनिल मेहता', 'क्या आप दवा समय पर ले रही हैं?'],
  ['नेहा गुप्ता 🌸', 'हाँ।'],
  ['डॉ. अनिल मेहता', 'ठीक है, हम अगले हफ्ते फिर बात करेंगे।'],
];
const j7: Scenario = {
  name: 'J7 Hindi: chat-panel subtitles list and on-video subtitles both present, emoji name',
  url: 'https://meet.jit.si/SehatClinic-NG',
  selfNames: ['डॉ. अनिल मेहता'],
  body: shell([
    { name: 'डॉ. अनिल मेहता', self: true, id: 'local' },
    { name: 'नेहा गुप्ता 🌸', id: '3f9a' },
  ]),
  prepare(p) {
    q(p.doc, '#sideToolbarContainer').appendChild(
      el(
        p.doc,
        `<div class="css-8kq2pd-chatPanel" id="chat-panel"><div role="tablist"><button role="tab" aria-selected="false">Chat</button><button role="tab" aria-selected="true">Closed captions</button></div>` +
          `<div id="chatconversation" class="css-1w0bxa-messages" hidden><div class="css-a9x1k-chatMessage"><div class="css-0z2xq-displayName">नेहा गुप्ता 🌸</div><div class="css-7yq1m-messageText">मैंने रिपोर्ट की फोटो भेज दी है</div><div class="css-4rj6c-timestamp">10:38</div></div></div>` +
          `<div id="subtitles-messages-container" class="css-f31lx-container"><div id="subtitles-messages-list" class="css-m2bq8-list"></div></div></div>`,
      ),
    );
  },
  async play(p) {
    const s = new Subs(p);
    let last = '';
    let minute = 40;
    const list = q(p.doc, '#subtitles-messages-list');
    for (const [who, text] of j7Turns) {
      const sameAsLast = who === last;
      last = who;
      const time = `10:${minute++}`;
      await speak(p, s, [
        {
          who,
          text,
          onFinal: (final) => {
            list.appendChild(
              el(
                p.doc,
                `<div class="css-q7x0r-subtitleMessage">${sameAsLast ? '' : `<div class="css-2h6pz-name">${who}</div>`}<div class="css-kz31c-text">${final}</div><div class="css-9bd0e-time">${time}</div></div>`,
              ),
            );
          },
        },
      ]);
      await p.sleep(300);
    }
  },
  leave: leaveJitsi,
  expected: j7Turns.map(([who, text]): Expected => ({ speaker: who, text })),
  forbidden: [...UI, 'रिपोर्ट', '10:4', '10:38', 'Closed captions'],
};

export const jitsiScenarios: Scenario[] = [j1, j2, j3, j4, j5, j6, j7];
