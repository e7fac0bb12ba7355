// Round 25: Google Meet scenarios for timing under stress on an ordinary clinician-patient call.
// Written blind from /work/shared/research/caption-platforms.md only (no product code, no other
// fixture). Research sections used:
//   §2.1 URL patterns and lifecycle (meet.google.com/xxx-xxxx-xxx, in-call marker = `.google-symbols`
//        icon whose text is `call_end`)
//   §2.2 Turning captions on (`closed_caption_off` / `closed_caption` icon ligatures)
//   §2.3 Container selectors over time (`div[role=region][tabindex="0"]`, localized aria-label,
//        `jscontroller="KPn5nb"`, wrapper `div[jsname=dsyhDe].iOzk7`, bar `.DtJ7e`, chat region
//        `div[aria-live=polite].Ge9Kpc[jsname=xySENc]` is NOT captions)
//   §2.4 Region children and block structure (blocks then trailing dummy div / "Jump to bottom"
//        button; the 2025–26 block outline; the Nov 2024 → May 2025 block classes; May 2025 "spans
//        removed: bare text node")
//   §2.5 Mutation model (new block per turn, in-place characterData growth of one text node, late
//        revisions of earlier blocks, consecutive same-speaker blocks after a pause)
//   §2.6 Local user shown as literal "You" (localized "Вы"), self name from selfNames
//   §8.6 Background tabs: observers and rendering are throttled when the tab is hidden (YUN)
//   §8.11 Noise filters (`arrow_downward`, "Jump to bottom")
//
// Common assumptions (the research is silent):
// - Captions are already on when capture starts: the CC icon reads `closed_caption` and the region is
//   present and empty; blocks appear as people speak.
// - Leaving the call: Meet replaces the whole in-call UI (leave button with `call_end`, caption bar,
//   chat) by a "You left the meeting" screen on the same URL. `leaveMeet` does exactly that.
// - A new block appears with its first word(s) already in its text node; later words rewrite that
//   same text node (characterData).
// - Background-tab throttling: while the clinician's tab is hidden (document.hidden = true,
//   visibilitychange fired) Meet's own updates run late, so after a 1–3 s gap the queued updates land
//   together: either a few ms apart or all in one task (several words, or several whole turns, some
//   of them skipping their intermediate states).
// - When two people start talking within 100 ms, Meet appends a block for each in the order they
//   started and grows both text nodes concurrently.
// - ASR re-spells numbers, doses and dates in place ("five hundred" → "500", "milligrams" → "mg",
//   "fourth" → "4th") and re-punctuates; the expected text is the final DOM text of each block.
import { el, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.google.com/kqv-hxzp-rtm';

/** Word-step pauses (ms) for a very fast speaker (25–50 ms). */
const FAST = [25, 40, 30, 50, 35, 45, 28, 38] as const;
/** Word-step pauses (ms) for an ordinary speaker (60–150 ms). */
const NORMAL = [80, 120, 65, 140, 95, 110, 70, 150, 85] as const;

type Shape = 'gmc' | 'may25';

/** Growth states: `prefix` followed by each further word of `more`. */
function w(prefix: string, more: string): string[] {
  const out: string[] = [];
  let cur = prefix;
  for (const word of more.split(' ')) {
    cur = cur ? `${cur} ${word}` : word;
    out.push(cur);
  }
  return out;
}

function region(p: Page): HTMLElement {
  const r = p.doc.querySelector<HTMLElement>('[data-r25-call] div[role="region"][tabindex="0"]');
  if (!r) throw new Error('scenario bug: caption region not found');
  return r;
}

let imlSeq = 4100;
/**
 * One caption block (speaker turn).
 * - 'gmc': the 2025–26 outline of §2.4 (name in `span.NWpY1d`, text div `.ygicle.VbkSUe`).
 * - 'may25': the Nov 2024 classes (`adE6rb.M6cG9d`, name bare in `div.KcIKyf.jxFHg`) after the May
 *   2025 change that removed spans; the text div keeps `jsname="tgaKEf"` (its 2025+ presence is [U]).
 */
function makeBlock(p: Page, shape: Shape, name: string, avatar: string, first: string): { block: HTMLElement; text: Text } {
  const img = `<img class="Z6byG r6DyN" alt="" data-iml="${imlSeq++}.5" src="https://lh3.googleusercontent.com/a/${avatar}">`;
  const html =
    shape === 'gmc'
      ? `<div class="nMcdL bj4p3b"><div class="adE6rb">${img}<div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`
      : `<div class="nMcdL bj4p3b"><div class="adE6rb M6cG9d">${img}<div class="KcIKyf jxFHg">${name}</div></div><div jsname="tgaKEf" class="ygicle VbkSUe"></div></div>`;
  const block = el(p.doc, html);
  const text = p.doc.createTextNode(first);
  block.lastElementChild!.appendChild(text);
  return { block, text };
}

/** Appends a block after the last caption block, i.e. before the trailing dummy div / jump button. */
function addBlock(p: Page, shape: Shape, name: string, avatar: string, first: string): Text {
  const r = region(p);
  const { block, text } = makeBlock(p, shape, name, avatar, first);
  const blocks = Array.from(r.children).filter((c) => c.classList.contains('bj4p3b'));
  const last = blocks[blocks.length - 1];
  r.insertBefore(block, last ? last.nextSibling : r.firstChild);
  return text;
}

/** Rewrites one text node through `states` (characterData), pausing per `pace` after each. */
async function say(p: Page, node: Text, states: readonly string[], pace: readonly number[]) {
  for (let i = 0; i < states.length; i++) {
    node.data = states[i]!;
    await p.sleep(pace[i % pace.length]!);
  }
}

/** A whole turn: a new block with the first state, then in-place growth through the rest. */
async function turn(p: Page, shape: Shape, name: string, avatar: string, states: readonly string[], pace: readonly number[]) {
  const text = addBlock(p, shape, name, avatar, states[0]!);
  await p.sleep(pace[0]!);
  await say(p, text, states.slice(1), pace.slice(1).concat(pace.slice(0, 1)));
  return text;
}

interface Track {
  shape: Shape;
  name: string;
  avatar: string;
  states: readonly string[];
  /** ms after the interleave starts at which this speaker's block appears. */
  start: number;
  pace: readonly number[];
}

/** Two (or more) speakers whose blocks grow at the same time, merged on one timeline. */
async function interleave(p: Page, tracks: readonly Track[]) {
  const events: { at: number; order: number; run: () => void }[] = [];
  let order = 0;
  for (const t of tracks) {
    let node: Text | null = null;
    let at = t.start;
    t.states.forEach((s, i) => {
      events.push({
        at,
        order: order++,
        run: () => {
          if (i === 0) node = addBlock(p, t.shape, t.name, t.avatar, s);
          else node!.data = s;
        },
      });
      at += t.pace[i % t.pace.length]!;
    });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let now = 0;
  for (const e of events) {
    if (e.at > now) {
      await p.sleep(e.at - now);
      now = e.at;
    }
    e.run();
  }
  await p.sleep(60);
}

/** Applies queued updates as a background tab does: `gapMs` apart (0 = all in one task). */
async function burst(p: Page, ops: readonly (() => void)[], gapMs: number) {
  for (const op of ops) {
    op();
    if (gapMs > 0) await p.sleep(gapMs);
  }
}

/** Simulates the clinician switching away from / back to the Meet tab. */
function setHidden(p: Page, hidden: boolean) {
  Object.defineProperty(p.doc, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(p.doc, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  p.doc.dispatchEvent(new p.win.Event('visibilitychange'));
}

function chat(p: Page, line: string) {
  const box = p.doc.querySelector('[jsname="xySENc"]');
  box?.appendChild(el(p.doc, `<div class="chat-msg">${line}</div>`));
}

function toggleDummy(p: Page, on: boolean) {
  const r = region(p);
  const kids = Array.from(r.children);
  const existing = kids.find((c) => c.classList.contains('r25-dummy'));
  if (on && !existing) {
    const jump = kids.find((c) => c.classList.contains('IMKgW')) ?? null;
    r.insertBefore(el(p.doc, '<div class="r25-dummy"></div>'), jump);
  } else if (!on && existing) existing.remove();
}

function meetBody(opts: { label: string; title: string; jump?: string; dummy?: boolean }): string {
  const trailing =
    (opts.dummy ? '<div class="r25-dummy"></div>' : '') +
    (opts.jump
      ? `<div class="IMKgW"><button aria-label="${opts.jump}"><i class="google-symbols">arrow_downward</i>${opts.jump}</button></div>`
      : '');
  return `
<div data-r25-call="1">
  <div class="u6vdEc">${opts.title}</div>
  <div class="DtJ7e">
    <div jsname="dsyhDe" class="iOzk7">
      <div role="region" tabindex="0" aria-label="${opts.label}" jscontroller="KPn5nb" class="vNKgIf UDinHf">${trailing}</div>
    </div>
  </div>
  <div class="controls">
    <button aria-label="Turn off captions"><i class="google-symbols">closed_caption</i></button>
    <button aria-label="Leave call"><i class="google-symbols">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
</div>`;
}

/** Meet swaps the in-call UI for the "You left the meeting" screen; the `call_end` icon is gone. */
function leaveMeet(p: Page) {
  p.doc.querySelector('[data-r25-call]')?.remove();
  p.doc.body.appendChild(
    el(p.doc, '<div class="left-screen"><h1>You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>'),
  );
}

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Scenario 1
// Tests: very fast speakers (word updates every 25–50 ms) on the 2025–26 block shape (§2.4 outline),
// with numbers, doses, dates and a phone number spelled out and then re-spelled as digits in place,
// punctuation-only final updates, a late correction of an earlier block while the next one grows
// (§2.5.3), a dummy div appearing and going, the "Jump to bottom" button and a chat message that must
// never leak. 10 turns, "You" = the clinician.
// ─────────────────────────────────────────────────────────────────────────────────────────────────
const S1_SELF = 'Dr. Maya Patel';
const S1_PT = 'Jordan Reyes';
const S1_YOU: Expected['speaker'] = ['You', S1_SELF];

const s1: Scenario = {
  name: 'meet r25: very fast speakers re-spelling doses, dates and phone numbers',
  url: URL,
  selfNames: [S1_SELF],
  body: meetBody({ label: 'Captions', title: 'Diabetes follow-up', jump: 'Jump to bottom' }),
  async play(p) {
    const g = (name: string, av: string, states: string[], pace: readonly number[] = FAST) => turn(p, 'gmc', name, av, states, pace);
    await g('You', 'self-mp', [
      ...w('', 'Good morning Jordan can you confirm your date of birth for me'),
      'Good morning, Jordan. Can you confirm your date of birth for me?',
    ]);
    await p.sleep(450);
    await g(S1_PT, 'pt-jr', [
      ...w('', "Sure it's March fourth"),
      "Sure it's March 4th",
      ...w("Sure it's March 4th", 'nineteen sixty'),
      "Sure it's March 4th 1960",
      "Sure it's March 4th 1968",
      "Sure, it's March 4th, 1968.",
    ]);
    await p.sleep(380);
    await g('You', 'self-mp', [
      ...w('', "Thank you and you're still taking metformin how much"),
      "Thank you. And you're still taking metformin, how much?",
    ]);
    await p.sleep(300);
    toggleDummy(p, true);
    const t4 = '500 mg twice a day. And lisinopril 10';
    await g(S1_PT, 'pt-jr', [
      ...w('', 'Five hundred'),
      '500',
      ...w('500', 'milligrams twice a day'),
      '500 milligrams twice a day.',
      '500 mg twice a day.',
      ...w('500 mg twice a day.', 'And lisinopril ten'),
      t4,
      ...w(t4, 'milligrams in the morning'),
      '500 mg twice a day. And lisinopril 10 mg in the morning.',
    ]);
    toggleDummy(p, false);
    await p.sleep(520);
    const t5 = 'Okay. Your pharmacy number on file is';
    await g('You', 'self-mp', [
      'Okay',
      'Okay.',
      ...w('Okay.', 'Your pharmacy number on file is five five five'),
      `${t5} 555`,
      `${t5} 555 oh`,
      `${t5} 555-0`,
      `${t5} 555-01`,
      `${t5} 555-0148`,
      ...w(`${t5} 555-0148`, 'is that right'),
      `${t5} 555-0148, is that right?`,
    ]);
    await p.sleep(350);
    const t6 = await g(S1_PT, 'pt-jr', [
      ...w('', 'No it changed'),
      'No, it changed.',
      ...w('No, it changed.', "It's five five five"),
      "No, it changed. It's 555",
      "No, it changed. It's 555-01",
      "No, it changed. It's 555-0192",
      "No, it changed. It's 555-0192.",
    ]);
    await p.sleep(300);
    // Turn 7 grows while Meet corrects one word of turn 6 (a late revision of an earlier block).
    const t7 = addBlock(p, 'gmc', 'You', 'self-mp', 'Got');
    await p.sleep(35);
    await say(p, t7, ['Got it', 'Got it,'], FAST);
    t6.data = "No, that changed. It's 555-0192.";
    await say(
      p,
      t7,
      [
        ...w('Got it,', 'five five five'),
        'Got it, 555',
        'Got it, 555-0192',
        'Got it, 555-0192.',
        ...w('Got it, 555-0192.', "I'll update that When was your last a one c"),
        "Got it, 555-0192. I'll update that. When was your last A1C?",
      ],
      FAST,
    );
    await p.sleep(400);
    await g(S1_PT, 'pt-jr', [
      ...w('', 'I think January twenty second'),
      'I think January 22nd',
      ...w('I think January 22nd', 'twenty twenty five'),
      'I think January 22nd 2025',
      'I think January 22nd, 2025.',
      ...w('I think January 22nd, 2025.', 'It was seven point two'),
      'I think January 22nd, 2025. It was 7.2',
      'I think January 22nd, 2025. It was 7.2.',
    ]);
    await p.sleep(330);
    chat(p, `${S1_SELF}: lab order sent to your portal`);
    await g('You', 'self-mp', [
      ...w('', "That's good let's keep the same doses and recheck on April fifteenth"),
      "That's good let's keep the same doses and recheck on April 15th",
      "That's good. Let's keep the same doses and recheck on April 15th.",
    ]);
    await p.sleep(420);
    await g(S1_PT, 'pt-jr', [...w('', 'Sounds good thank you'), 'Sounds good, thank you.', 'Sounds good. Thank you.']);
  },
  leave: leaveMeet,
  expected: [
    { speaker: S1_YOU, role: 'clinician', text: 'Good morning, Jordan. Can you confirm your date of birth for me?' },
    { speaker: S1_PT, text: "Sure, it's March 4th, 1968." },
    { speaker: S1_YOU, role: 'clinician', text: "Thank you. And you're still taking metformin, how much?" },
    { speaker: S1_PT, text: '500 mg twice a day. And lisinopril 10 mg in the morning.' },
    { speaker: S1_YOU, role: 'clinician', text: 'Okay. Your pharmacy number on file is 555-0148, is that right?' },
    { speaker: S1_PT, text: "No, that changed. It's 555-0192." },
    { speaker: S1_YOU, role: 'clinician', text: "Got it, 555-0192. I'll update that. When was your last A1C?" },
    { speaker: S1_PT, text: 'I think January 22nd, 2025. It was 7.2.' },
    { speaker: S1_YOU, role: 'clinician', text: "That's good. Let's keep the same doses and recheck on April 15th." },
    { speaker: S1_PT, text: 'Sounds good. Thank you.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'lab order sent', 'Diabetes follow-up'],
};

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Scenario 2
// Tests: the clinician's tab is hidden for ~9 s, so caption updates arrive in bursts after 1–3 s
// gaps (§8.6): several words of one block a few ms apart; the end of a turn plus two whole new turns
// in ONE task (one of them only ever seen with its final text); a turn finishing, two more whole turns
// and a late correction landing 2 ms apart; then the tab becomes visible and the burst-started turn
// keeps growing normally. Russian UI (§2.3/§2.6): self label "Вы", localized region aria-label,
// trailing dummy div and a localized jump button. 12 turns.
// Assumptions: the Russian aria-label "Субтитры" and the jump-button text "Перейти вниз" are my guesses
// (the research documents only "Вы" for Russian); the captions themselves are English.
// ─────────────────────────────────────────────────────────────────────────────────────────────────
const S2_SELF = 'Dr. Sam Whitfield';
const S2_PT = 'Elena Sokolova';
const S2_YOU: Expected['speaker'] = ['Вы', S2_SELF];

const s2: Scenario = {
  name: 'meet r25: hidden clinician tab delivers captions in bursts',
  url: URL,
  selfNames: [S2_SELF],
  body: meetBody({ label: 'Субтитры', title: 'Asthma check-in', jump: 'Перейти вниз', dummy: true }),
  async play(p) {
    const g = (name: string, av: string, states: string[]) => turn(p, 'gmc', name, av, states, NORMAL);
    await g('Вы', 'self-sw', [
      ...w('', 'Hi Elena I can see you now how is the new inhaler working'),
      'Hi Elena, I can see you now. How is the new inhaler working?',
    ]);
    await p.sleep(500);
    await g(S2_PT, 'pt-es', [...w('', 'Much better I use it twice a day'), 'Much better, I use it twice a day.']);
    await p.sleep(450);
    await g('Вы', 'self-sw', [
      ...w('', 'Good any night time coughing since the fourteenth'),
      'Good any night time coughing since the 14th',
      'Good. Any night time coughing since the 14th?',
    ]);
    await p.sleep(300);

    // The clinician switches to the EHR tab: Meet's updates are now throttled.
    setHidden(p, true);
    await p.sleep(1600);
    // Burst A: the patient's new block and five more words, 1 ms apart.
    let t4: Text | null = null;
    await burst(
      p,
      [
        () => (t4 = addBlock(p, 'gmc', S2_PT, 'pt-es', 'Only')),
        ...w('Only', 'once maybe on the').map((s) => () => (t4!.data = s)),
      ],
      1,
    );
    await p.sleep(2400);
    // Burst B, all in one task: turn 4 ends (re-spelled, re-punctuated), turn 5 appears whole,
    // turn 6 appears with its first words.
    let t6: Text | null = null;
    await burst(
      p,
      [
        () => (t4!.data = 'Only once maybe on the sixteenth'),
        () => (t4!.data = 'Only once, maybe on the 16th'),
        () => (t4!.data = 'Only once, maybe on the 16th.'),
        () => addBlock(p, 'gmc', 'Вы', 'self-sw', 'Okay, and are you still using the rescue inhaler?'),
        () => (t6 = addBlock(p, 'gmc', S2_PT, 'pt-es', 'About')),
        () => (t6!.data = 'About two'),
        () => (t6!.data = 'About two puffs'),
      ],
      0,
    );
    await p.sleep(1200);
    // Burst C, 2 ms apart: turn 6 ends, turns 7 and 8 land whole, then Meet corrects turn 7.
    let t7: Text | null = null;
    await burst(
      p,
      [
        () => (t6!.data = 'About 2 puffs'),
        () => (t6!.data = 'About 2 puffs a week'),
        () => (t6!.data = 'About 2 puffs a week.'),
        () => (t7 = addBlock(p, 'gmc', 'Вы', 'self-sw', "That's fine I'm going to keep you on two hundred")),
        () => (t7!.data = "That's fine I'm going to keep you on 200"),
        () => (t7!.data = "That's fine. I'm going to keep you on 250 micrograms."),
        () => addBlock(p, 'gmc', S2_PT, 'pt-es', 'Okay, that works for me.'),
        () => (t7!.data = "That's fine. I'm going to keep you on 250 mcg."),
      ],
      2,
    );
    await p.sleep(2800);
    // Burst D, 1 ms apart: the clinician starts turn 9 (the tab is still hidden).
    let t9: Text | null = null;
    await burst(
      p,
      [() => (t9 = addBlock(p, 'gmc', 'Вы', 'self-sw', 'One')), ...w('One', 'more thing your refill').map((s) => () => (t9!.data = s))],
      1,
    );
    await p.sleep(900);
    // Back on the Meet tab: turn 9 keeps growing at a normal pace.
    setHidden(p, false);
    toggleDummy(p, false);
    await say(
      p,
      t9!,
      [
        ...w('One more thing your refill', 'is due on the thirtieth so I will send it today'),
        'One more thing your refill is due on the 30th so I will send it today',
        "One more thing, your refill is due on the 30th, so I'll send it today.",
      ],
      NORMAL,
    );
    await p.sleep(450);
    await g(S2_PT, 'pt-es', [
      ...w('', 'Thank you the pharmacy is the one on Oak Street'),
      'Thank you. The pharmacy is the one on Oak Street.',
    ]);
    toggleDummy(p, true);
    await p.sleep(400);
    await g('Вы', 'self-sw', [...w('', 'Perfect see you in three months'), 'Perfect. See you in three months.']);
    toggleDummy(p, false);
    await p.sleep(350);
    await g(S2_PT, 'pt-es', [...w('', 'Bye thanks doctor'), 'Bye, thanks, doctor.']);
  },
  leave: leaveMeet,
  expected: [
    { speaker: S2_YOU, role: 'clinician', text: 'Hi Elena, I can see you now. How is the new inhaler working?' },
    { speaker: S2_PT, text: 'Much better, I use it twice a day.' },
    { speaker: S2_YOU, role: 'clinician', text: 'Good. Any night time coughing since the 14th?' },
    { speaker: S2_PT, text: 'Only once, maybe on the 16th.' },
    { speaker: S2_YOU, role: 'clinician', text: 'Okay, and are you still using the rescue inhaler?' },
    { speaker: S2_PT, text: 'About 2 puffs a week.' },
    { speaker: S2_YOU, role: 'clinician', text: "That's fine. I'm going to keep you on 250 mcg." },
    { speaker: S2_PT, text: 'Okay, that works for me.' },
    { speaker: S2_YOU, role: 'clinician', text: "One more thing, your refill is due on the 30th, so I'll send it today." },
    { speaker: S2_PT, text: 'Thank you. The pharmacy is the one on Oak Street.' },
    { speaker: S2_YOU, role: 'clinician', text: 'Perfect. See you in three months.' },
    { speaker: S2_PT, text: 'Bye, thanks, doctor.' },
  ],
  forbidden: ['arrow_downward', 'Перейти вниз', 'Asthma check-in'],
};

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Scenario 3
// Tests: speakers who pause 2–4 s mid-sentence and then go on: (a) in the same text node, with a
// punctuation-only update during the pause that is rewritten when speech resumes ("headaches." →
// "headaches, mostly …"); (b) the clinician pausing mid-question; (c) a pause after which Meet puts
// the rest of the sentence in a NEW consecutive block of the same speaker (§2.5.1, GMC fixture);
// (d) a late correction of the previous block during a pause. Block shape: the Nov 2024 classes after
// the May 2025 "spans removed" change (§2.4), name as bare text in `div.KcIKyf.jxFHg`, a dummy div at
// last-but-one and the "Jump to bottom" button last (Feb–Nov 2025). 10 turns (11 blocks).
// Assumption: the continuation block after a pause starts with a capital, as Meet starts a new caption
// segment; the user expects both blocks as one turn (merged with a space).
// ─────────────────────────────────────────────────────────────────────────────────────────────────
const S3_SELF = 'Dr. Priya Raman';
const S3_PT = 'Tom Becker';
const S3_YOU: Expected['speaker'] = ['You', S3_SELF];

const s3: Scenario = {
  name: 'meet r25: mid-sentence pauses of 2-4 s and same-speaker continuation blocks',
  url: URL,
  selfNames: [S3_SELF],
  body: meetBody({ label: 'Captions', title: 'Headache consult', jump: 'Jump to bottom', dummy: true }),
  async play(p) {
    const g = (name: string, av: string, states: string[]) => turn(p, 'may25', name, av, states, NORMAL);
    await g('You', 'self-pr', [...w('', 'Hi Tom what brings you in today'), 'Hi Tom, what brings you in today?']);
    await p.sleep(500);
    // (a) pause in the same node, with a punctuation-only update while silent.
    const t2 = await g(S3_PT, 'pt-tb', w('', "I've been getting these headaches"));
    await p.sleep(700);
    t2.data = "I've been getting these headaches.";
    await p.sleep(2600);
    await say(
      p,
      t2,
      [
        "I've been getting these headaches, mostly",
        ...w("I've been getting these headaches, mostly", 'in the evenings after work'),
        "I've been getting these headaches, mostly in the evenings after work.",
      ],
      NORMAL,
    );
    await p.sleep(450);
    await g('You', 'self-pr', [...w('', 'When did they start'), 'When did they start?']);
    await p.sleep(400);
    await g(S3_PT, 'pt-tb', [
      ...w('', 'Around February tenth'),
      'Around February 10th',
      ...w('Around February 10th', 'maybe the eleventh'),
      'Around February 10th maybe the 11th',
      'Around February 10th, maybe the 11th.',
    ]);
    await p.sleep(500);
    // (b) the clinician pauses 2.2 s mid-question.
    const t5 = await g('You', 'self-pr', w('', 'And how much ibuprofen are you taking'));
    await p.sleep(2200);
    await say(p, t5, ['And how much ibuprofen are you taking each', 'And how much ibuprofen are you taking each time?'], NORMAL);
    await p.sleep(400);
    // (c) a 3.5 s pause, then the rest lands in a new block of the same speaker.
    const t6 = await g(S3_PT, 'pt-tb', [
      ...w('', 'Usually two'),
      'Usually 2',
      ...w('Usually 2', 'tablets so four hundred'),
      'Usually 2 tablets so 400',
      'Usually 2 tablets, so 400',
    ]);
    await p.sleep(800);
    t6.data = 'Usually 2 tablets, so 400.';
    await p.sleep(2700);
    await g(S3_PT, 'pt-tb', [
      ...w('', 'Milligrams maybe three times a day'),
      'Milligrams, maybe 3 times a day',
      'Milligrams, maybe 3 times a day.',
    ]);
    toggleDummy(p, false);
    await p.sleep(450);
    const t7 = await g('You', 'self-pr', [
      ...w('', 'Okay that is twelve hundred'),
      'Okay that is 1200',
      ...w('Okay that is 1200', 'milligrams a day which is a lot'),
      "Okay, that's 1,200 milligrams a day, which is a lot.",
    ]);
    await p.sleep(400);
    // (d) the patient pauses 2.8 s; meanwhile Meet corrects the clinician's previous block.
    const t8 = await g(S3_PT, 'pt-tb', w('', 'Yeah I'));
    await p.sleep(900);
    t7.data = "Okay, that's 1,200 mg a day, which is a lot.";
    toggleDummy(p, true);
    await p.sleep(1900);
    await say(p, t8, [...w('Yeah I', 'figured it was too much'), 'Yeah, I figured it was too much.'], NORMAL);
    await p.sleep(450);
    await g('You', 'self-pr', [
      ...w('', "Let's cut back and start a headache diary from today March third"),
      "Let's cut back and start a headache diary from today March 3rd",
      "Let's cut back and start a headache diary from today, March 3rd.",
    ]);
    await p.sleep(400);
    await g(S3_PT, 'pt-tb', [...w('', 'Okay I can do that'), 'Okay, I can do that.']);
  },
  leave: leaveMeet,
  expected: [
    { speaker: S3_YOU, role: 'clinician', text: 'Hi Tom, what brings you in today?' },
    { speaker: S3_PT, text: "I've been getting these headaches, mostly in the evenings after work." },
    { speaker: S3_YOU, role: 'clinician', text: 'When did they start?' },
    { speaker: S3_PT, text: 'Around February 10th, maybe the 11th.' },
    { speaker: S3_YOU, role: 'clinician', text: 'And how much ibuprofen are you taking each time?' },
    { speaker: S3_PT, text: 'Usually 2 tablets, so 400.' },
    { speaker: S3_PT, text: 'Milligrams, maybe 3 times a day.' },
    { speaker: S3_YOU, role: 'clinician', text: "Okay, that's 1,200 mg a day, which is a lot." },
    { speaker: S3_PT, text: 'Yeah, I figured it was too much.' },
    { speaker: S3_YOU, role: 'clinician', text: "Let's cut back and start a headache diary from today, March 3rd." },
    { speaker: S3_PT, text: 'Okay, I can do that.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'Headache consult'],
};

// ─────────────────────────────────────────────────────────────────────────────────────────────────
// Scenario 4
// Tests: two people starting to talk within 100 ms of each other, twice (clinician first by 60 ms,
// then patient first by 45 ms), with both blocks growing concurrently at 25–50 ms per word; the one
// who started first also stops first, so the expected order is the DOM order either way. Plus very
// fast speakers elsewhere, a long prescription number spelled digit by digit and re-spelled, a
// percentage and a dose re-spelled, and punctuation-only updates. 2025–26 shape (§2.4 outline) with
// the jump button and a chat message. 13 turns.
// Assumption: Meet appends one block per speaker in the order they started (§2.5.1 is silent about
// overlapping speech).
// ─────────────────────────────────────────────────────────────────────────────────────────────────
const S4_SELF = 'Dr. Lena Ortiz';
const S4_PT = 'Marcus Hill';
const S4_YOU: Expected['speaker'] = ['You', S4_SELF];

const s4: Scenario = {
  name: 'meet r25: overlapping starts within 100 ms and fast spelled numbers',
  url: URL,
  selfNames: [S4_SELF],
  body: meetBody({ label: 'Captions', title: 'Dermatology follow-up', jump: 'Jump to bottom' }),
  async play(p) {
    const g = (name: string, av: string, states: string[]) => turn(p, 'gmc', name, av, states, FAST);
    await g('You', 'self-lo', [...w('', "Hi Marcus how's the rash since we started the cream"), "Hi Marcus, how's the rash since we started the cream?"]);
    await p.sleep(400);
    await g(S4_PT, 'pt-mh', [
      ...w('', 'It got better for a while but then it came back'),
      'It got better for a while, but then it came back.',
    ]);
    await p.sleep(350);
    await g('You', 'self-lo', [
      ...w('', 'Are you using the point one'),
      'Are you using the 0.1',
      'Are you using the 0.1 percent',
      'Are you using the 0.1%',
      ...w('Are you using the 0.1%', 'cream twice daily'),
      'Are you using the 0.1% cream twice daily?',
    ]);
    await p.sleep(300);
    await g(S4_PT, 'pt-mh', [
      ...w('', 'Yes the tube says triamcinolone point one percent'),
      'Yes the tube says triamcinolone 0.1%',
      'Yes, the tube says triamcinolone 0.1%.',
    ]);
    await p.sleep(500);
    // Overlap 1: the clinician starts, the patient 60 ms later; the clinician yields first.
    await interleave(p, [
      { shape: 'gmc', name: 'You', avatar: 'self-lo', start: 0, pace: [40, 45, 35, 50], states: [...w('', 'Sorry go ahead'), 'Sorry, go ahead.'] },
      {
        shape: 'gmc',
        name: S4_PT,
        avatar: 'pt-mh',
        start: 60,
        pace: FAST,
        states: [
          ...w('', 'Actually I wanted to mention it came back on Sunday the twenty third'),
          'Actually I wanted to mention it came back on Sunday the 23rd',
          'Actually, I wanted to mention it came back on Sunday the 23rd.',
          'Actually, I wanted to mention it came back on Sunday, the 23rd.',
        ],
      },
    ]);
    await p.sleep(400);
    await g('You', 'self-lo', [
      ...w('', 'Thanks did you change anything that week like a soap or detergent'),
      'Thanks. Did you change anything that week, like a soap or detergent?',
    ]);
    await p.sleep(320);
    await g(S4_PT, 'pt-mh', [
      ...w('', 'New detergent I think I bought it on the twentieth'),
      'New detergent I think I bought it on the 20th',
      'New detergent, I think. I bought it on the 20th.',
    ]);
    await p.sleep(380);
    chat(p, `${S4_PT}: photo_of_rash.jpg`);
    const rx = 'That could be it. Your prescription number is RX';
    await g('You', 'self-lo', [
      ...w('', 'That could be it your prescription number is RX four'),
      'That could be it. Your prescription number is RX four',
      `${rx} 4`,
      `${rx} 4 oh`,
      `${rx} 40`,
      `${rx} 407`,
      `${rx} 4072`,
      `${rx} 40722`,
      `${rx} 407229`,
      `${rx} 4072291`,
      `${rx} 4072291.`,
    ]);
    await p.sleep(450);
    // Overlap 2: the patient starts, the clinician 45 ms later; the patient stops first.
    await interleave(p, [
      {
        shape: 'gmc',
        name: S4_PT,
        avatar: 'pt-mh',
        start: 0,
        pace: [30, 45, 35, 40],
        states: [...w('', 'Wait can you repeat that'), 'Wait, can you repeat that?'],
      },
      {
        shape: 'gmc',
        name: 'You',
        avatar: 'self-lo',
        start: 45,
        pace: FAST,
        states: [
          ...w('', 'R X four oh seven'),
          'RX 407',
          ...w('RX 407', 'two two nine one'),
          'RX 4072291',
          ...w('RX 4072291', "I'll also put it in the portal"),
          "RX 4072291. I'll also put it in the portal.",
        ],
      },
    ]);
    await p.sleep(400);
    await g(S4_PT, 'pt-mh', [...w('', 'Got it thanks doctor'), 'Got it, thanks doctor.', 'Got it. Thanks, doctor.']);
    await p.sleep(300);
    await g('You', 'self-lo', [...w('', 'Take care Marcus'), 'Take care, Marcus.']);
  },
  leave: leaveMeet,
  expected: [
    { speaker: S4_YOU, role: 'clinician', text: "Hi Marcus, how's the rash since we started the cream?" },
    { speaker: S4_PT, text: 'It got better for a while, but then it came back.' },
    { speaker: S4_YOU, role: 'clinician', text: 'Are you using the 0.1% cream twice daily?' },
    { speaker: S4_PT, text: 'Yes, the tube says triamcinolone 0.1%.' },
    { speaker: S4_YOU, role: 'clinician', text: 'Sorry, go ahead.' },
    { speaker: S4_PT, text: 'Actually, I wanted to mention it came back on Sunday, the 23rd.' },
    { speaker: S4_YOU, role: 'clinician', text: 'Thanks. Did you change anything that week, like a soap or detergent?' },
    { speaker: S4_PT, text: 'New detergent, I think. I bought it on the 20th.' },
    { speaker: S4_YOU, role: 'clinician', text: 'That could be it. Your prescription number is RX 4072291.' },
    { speaker: S4_PT, text: 'Wait, can you repeat that?' },
    { speaker: S4_YOU, role: 'clinician', text: "RX 4072291. I'll also put it in the portal." },
    { speaker: S4_PT, text: 'Got it. Thanks, doctor.' },
    { speaker: S4_YOU, role: 'clinician', text: 'Take care, Marcus.' },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'photo_of_rash', 'Dermatology follow-up'],
};

export const meetScenarios: Scenario[] = [s1, s2, s3, s4];
