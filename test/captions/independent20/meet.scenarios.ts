// Google Meet, blind scenarios, round 20. Themes: crosstalk, a 60+ second monologue with a Meet reset,
// dictation and spelling, exact repeats of earlier turns, a guest shown under a device name,
// backchannels, and one run with product timing.
//
// Written only from /work/shared/research/caption-platforms.md (and the kit/runner API). Sections used:
//   §1    cross-platform summary (one block per turn kept as scroll-back, "You" label, characterData).
//   §2.1  meeting URL shape `meet.google.com/xxx-xxxx-xxx`. In-call marker = `.google-symbols` icon whose
//         text is `call_end` (the leave button). CC icon ligature `closed_caption`.
//   §2.3  caption root `div[role=region][tabindex="0"]` (aria-label "Captions", jscontroller KPn5nb)
//         inside `div[jsname=dsyhDe].iOzk7`. Bar ancestors `.DtJ7e` and `hLkVuf`/`data-side="3"`,
//         `main.axUSnc`. The chat is a separate `div[aria-live=polite].Ge9Kpc[jsname=xySENc]` and is NOT
//         captions. Caption-language div `NmXUuc P9KVBf[jscontroller=rRafu]`.
//   §2.4  2025–26 block: `div.nMcdL.bj4p3b` › `div.adE6rb` › (`img.r6DyN[data-iml]` googleusercontent
//         avatar + `div.KcIKyf.jxFHg` › `span.NWpY1d` name), then `div.ygicle.VbkSUe` holding ONE bare text
//         node. Trailing children after the blocks: an occasional dummy div (fewer than 2 child nodes) and
//         the "Jump to bottom" button (`.IMKgW`, icon `arrow_downward`).
//   §2.5  a new block per speaker turn; the same speaker can get a new consecutive block after a pause;
//         growth by characterData; ASR rewrites words and punctuation; Meet also corrects EARLIER
//         blocks; a very long monologue is dropped and starts over (the live text shrinks by > 250 chars).
//   §2.6  the local user's captions are labelled with the literal "You"; `data-self-name` in tiles.
//   §8    (3 icon lookup, 9 shrink > 250 = reset, 10 self-name mapping, 11 noise strings), §9 checklist.
import { el, q, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

// ------------------------------------------------------------------------------------------------
// Shared helpers (kept local so this file stands alone).

type Part = string | { to: string } | { fix: string; by: string };
type Speed = readonly [number, number];

/** Word updates ~90–200 ms apart (fast runs) or 150–250 ms apart (product-timing runs). */
const FAST: Speed = [90, 200];
const REAL: Speed = [150, 250];
/** Words added per update: mostly one, sometimes two. Long monologues arrive in bigger chunks. */
const WORDS: readonly number[] = [1, 1, 2, 1, 1, 1, 2, 1];
const CHUNKS: readonly number[] = [2, 1, 3, 2, 1, 2];

/**
 * What the recogniser shows for one caption, frame by frame. Strings are appended a few words at a
 * time (trailing punctuation only shows up with the next word). `{to}` rewrites the whole text.
 * `{fix, by}` rewrites the latest occurrence of a phrase ("five five five" → "555"). The last frame is
 * always `final`, the text the caption settles on.
 */
function frames(final: string, parts: readonly Part[] = [final], chunks: readonly number[] = WORDS): string[] {
  const out: string[] = [];
  let cur = '';
  let k = 0;
  for (const part of parts) {
    if (typeof part === 'string') {
      const ws = part.split(' ').filter(Boolean);
      for (let i = 0; i < ws.length; ) {
        const n = chunks[k++ % chunks.length]!;
        cur = [cur, ...ws.slice(i, i + n)].filter(Boolean).join(' ');
        i += n;
        out.push(cur.replace(/[.,?!;:]+$/, ''));
      }
    } else if ('to' in part) {
      cur = part.to;
      out.push(cur);
    } else {
      const at = cur.lastIndexOf(part.fix);
      if (at < 0) throw new Error(`scenario bug: "${part.fix}" not in "${cur}"`);
      cur = cur.slice(0, at) + part.by + cur.slice(at + part.fix.length);
      out.push(cur);
    }
  }
  if (out[out.length - 1] !== final) out.push(final);
  return out;
}

/** Deterministic jitter inside [lo, hi]. */
function pace(i: number, [lo, hi]: Speed): number {
  return lo + Math.round((((i * 37 + 11) % 17) / 16) * (hi - lo));
}

/** Rewrites the text node with frames[from..to), waiting before each update. */
async function play(p: Page, node: Text, fr: readonly string[], speed: Speed, from = 1, to = fr.length): Promise<void> {
  for (let i = from; i < to; i++) {
    await p.sleep(pace(i, speed));
    node.data = fr[i]!;
  }
}

function x(speaker: string | string[], role: Role | undefined, text: string): Expected {
  return role ? { speaker, role, text } : { speaker, text };
}

// ------------------------------------------------------------------------------------------------
// Meet page.

interface Who {
  name: string;
  avatar: string;
}

const photo = (id: string) => `https://lh3.googleusercontent.com/a/${id}=s40-p-k-no-mo`;

const MEET_NOISE = ['arrow_downward', 'Jump to bottom', 'English (United Kingdom)', 'call_end', 'closed_caption'];

/** The in-call page with captions already on (§2.3/§2.4 outline). The outer `T4LgNb` wrapper is invented. */
function meetBody(selfName: string): string {
  return `
<div class="T4LgNb" jsname="a3MCYe">
  <main class="axUSnc" style="inset: 0px 0px 142px;">
    <div class="oZRSLe" data-self-name="${selfName}" data-participant-id="spaces/xk2/devices/1"></div>
  </main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">
      <div jsname="dsyhDe" class="iOzk7">
        <div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:Fcc3qd" class="vNKgIf UDinHf">
          <div class="IMKgW"><button class="VfPpkd-LgbsSe" aria-label="Jump to bottom" style="display: none;"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Jump to bottom</button></div>
        </div>
      </div>
      <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button aria-label="Caption language">English (United Kingdom)</button></div>
    </div>
  </div>
  <div class="Tmb7Fd" role="toolbar" aria-label="Call controls">
    <button aria-label="Turn off captions (c)" aria-pressed="true"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
    <button aria-label="Leave call" jsname="CQylAd"><i class="google-symbols" aria-hidden="true">call_end</i></button>
  </div>
  <aside aria-label="In-call messages"><div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div></aside>
</div>`.replace(/>\s+</g, '><');
}

function region(p: Page): HTMLElement {
  return q(p.doc, 'div[role="region"][tabindex="0"]');
}

let iml = 1700;

/** Appends a speaker block before the trailing non-caption children; returns its text node. */
function block(p: Page, who: Who, first: string): Text {
  const r = region(p);
  iml += 37;
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${iml}.5" src="${who.avatar}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${who.name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode(first);
  q(b, '.ygicle').append(t);
  r.insertBefore(b, Array.from(r.children).find((c) => !c.classList.contains('nMcdL')) ?? null);
  return t;
}

async function say(p: Page, who: Who, fr: readonly string[], speed: Speed): Promise<Text> {
  const t = block(p, who, fr[0]!);
  await play(p, t, fr, speed);
  return t;
}

/**
 * Crosstalk: `a` (already on screen) is still talking for its last `tail` frames when `b` starts in a
 * new block, so both blocks grow at the same time. `a` always finishes first.
 */
async function overlap(p: Page, ta: Text, fa: readonly string[], from: number, b: Who, fb: readonly string[], tail: number, speed: Speed): Promise<Text> {
  if (fa.length - tail <= from || (fb.length - 1) * speed[0] < tail * speed[1] + 300) throw new Error('scenario bug: overlap too short');
  await play(p, ta, fa, speed, from, fa.length - tail);
  const tb = block(p, b, fb[0]!);
  await Promise.all([play(p, ta, fa, speed, fa.length - tail), play(p, tb, fb, speed)]);
  return tb;
}

/** The occasional dummy child (fewer than 2 child nodes) just before the jump button. */
function dummy(p: Page, on: boolean): void {
  const r = region(p);
  const d = Array.from(r.children).find((c) => c.className === '');
  if (on && !d) r.insertBefore(p.doc.createElement('div'), q(r, '.IMKgW'));
  if (!on) d?.remove();
}

/** "Jump to bottom" shows while the user has scrolled the captions up. */
function jump(p: Page, on: boolean): void {
  q(p.doc, '.IMKgW button').style.display = on ? '' : 'none';
}

function chat(p: Page, author: string, text: string): void {
  q(p.doc, 'div[aria-live="polite"].Ge9Kpc').append(
    el(p.doc, `<div class="Ss4fHf"><div class="poVWob">${author}</div><div jsname="dTKtvb"><div>${text}</div></div></div>`),
  );
}

/** Leaving: optionally the user clicks the call_end button; the call UI then goes away. */
function leaveMeet(p: Page, click: boolean): void {
  if (click) q<HTMLButtonElement>(p.doc, 'button[aria-label="Leave call"]').click();
  q(p.doc, '.T4LgNb').remove();
  p.doc.body.append(el(p.doc, '<div role="main"><h1>You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>'));
}

// ------------------------------------------------------------------------------------------------
// 1. Blood-pressure follow-up: three crosstalk overlaps, exact repeats, a late correction.
//
// Assumptions where the research is silent:
// - During crosstalk the earlier speaker's block (no longer the last block) keeps growing while the
//   newer block grows below it. The research documents corrections of earlier blocks (§2.5.3), not
//   simultaneous growth.
// - An exact repeat ("Can you hear me?", "Okay.") from the same speaker gets its own new block like any
//   other turn.
// - The local user's blocks say "You" and the product may report either "You" or the self name.
// - The late correction of an earlier block ("skip" → "skipped") happens while the next block grows.
// - Leaving: the user clicks the call_end button and the whole call UI is replaced by a "left" screen.

const m1 = (() => {
  const SELF = 'Dr. Amara Lindqvist';
  const YOU: Who = { name: 'You', avatar: photo('ACg8ocLq3Xa') };
  const PAT: Who = { name: 'Tomás Castillo', avatar: photo('ACg8ocT77cb') };
  const C = [SELF, 'You'];
  const P = PAT.name;
  const CHAT = 'Sending a photo of my BP log now';
  const P7_HEARD = 'But on Saturday it went up to 160 after I skip my morning pill.';
  const T = {
    p1: 'Can you hear me?',
    c2: 'Yes, I can hear you fine. Good morning, Mr. Castillo.',
    p3: 'Good morning. Sorry, the camera took a while to start.',
    c4: 'No problem at all. I wanted to go over the blood pressure log you sent in last week.',
    p5: 'Yes, I have it right here, most mornings were around 135 over 85.',
    c6: 'Okay.',
    p7: 'But on Saturday it went up to 160 after I skipped my morning pill.',
    c8: "That's useful to know. Did you have any headache, chest pain or blurred vision that day?",
    p9: 'Just a mild headache in the afternoon, and it was gone by the evening.',
    c10: 'Okay.',
    p11: 'Can you hear me?',
    c12: 'Yes, you froze for a second, but I can hear you now.',
    p13: 'Sorry about that. So what should I do about the pills?',
    c14: "Keep taking the amlodipine every morning, and set a phone alarm so you don't miss a dose.",
    p15: "Okay, I can do that, I'll set it on my phone tonight. Thank you, doctor.",
    c16: "You're welcome. Let's check in again in two weeks.",
  };
  const s: Scenario = {
    name: 'meet: blood-pressure follow-up with crosstalk, repeated "Okay." and "Can you hear me?"',
    url: 'https://meet.google.com/kqd-vmnx-tpe',
    selfNames: [SELF],
    body: meetBody(SELF),
    async play(p) {
      await p.sleep(400);
      await say(p, PAT, frames(T.p1), FAST);
      await p.sleep(700);
      await say(p, YOU, frames(T.c2), FAST);
      await p.sleep(500);
      await say(p, PAT, frames(T.p3), FAST);
      await p.sleep(300);
      chat(p, PAT.name, CHAT);
      await p.sleep(600);
      // Crosstalk 1: the patient answers before the doctor has finished the sentence.
      const f4 = frames(T.c4);
      const f5 = frames(T.p5, ['Yes, I have it right here, most mornings were around one thirty five', { fix: 'one thirty five', by: '135' }, 'over eighty five', { fix: 'eighty five', by: '85' }]);
      await overlap(p, block(p, YOU, f4[0]!), f4, 1, PAT, f5, 4, FAST);
      await p.sleep(400);
      await say(p, YOU, frames(T.c6), FAST);
      await p.sleep(350);
      const t7 = await say(p, PAT, frames(P7_HEARD, ['But on Saturday it went up to one sixty', { fix: 'one sixty', by: '160' }, 'after I skip my morning pill']), FAST);
      await p.sleep(500);
      // The doctor's question; Meet corrects the patient's previous block meanwhile; crosstalk 2.
      const f8 = frames(T.c8);
      const t8 = block(p, YOU, f8[0]!);
      await play(p, t8, f8, FAST, 1, 5);
      t7.data = T.p7;
      await overlap(p, t8, f8, 5, PAT, frames(T.p9), 3, FAST);
      await p.sleep(600);
      await say(p, YOU, frames(T.c10), FAST);
      // The patient's video freezes; a dummy child shows up meanwhile.
      await p.sleep(900);
      dummy(p, true);
      await p.sleep(600);
      await say(p, PAT, frames(T.p11), FAST);
      dummy(p, false);
      await p.sleep(600);
      await say(p, YOU, frames(T.c12), FAST);
      // The doctor scrolls the captions up to reread the readings.
      jump(p, true);
      await p.sleep(500);
      await say(p, PAT, frames(T.p13), FAST);
      jump(p, false);
      await p.sleep(700);
      // Crosstalk 3.
      const f14 = frames(T.c14);
      await overlap(p, block(p, YOU, f14[0]!), f14, 1, PAT, frames(T.p15), 3, FAST);
      await p.sleep(600);
      await say(p, YOU, frames(T.c16), FAST);
    },
    leave: (p) => leaveMeet(p, true),
    expected: [
      x(P, 'patient', T.p1),
      x(C, 'clinician', T.c2),
      x(P, 'patient', T.p3),
      x(C, 'clinician', T.c4),
      x(P, 'patient', T.p5),
      x(C, 'clinician', T.c6),
      x(P, 'patient', T.p7),
      x(C, 'clinician', T.c8),
      x(P, 'patient', T.p9),
      x(C, 'clinician', T.c10),
      x(P, 'patient', T.p11),
      x(C, 'clinician', T.c12),
      x(P, 'patient', T.p13),
      x(C, 'clinician', T.c14),
      x(P, 'patient', T.p15),
      x(C, 'clinician', T.c16),
    ],
    forbidden: [...MEET_NOISE, CHAT],
  };
  return s;
})();

// ------------------------------------------------------------------------------------------------
// 2. Heart-failure medicines: a ~75-second monologue (about 180 words at a speaking pace) that Meet
//    drops and restarts mid-block, then an explanation with "Mm-hmm." / "Yeah." backchannels.
//
// Assumptions where the research is silent:
// - The reset is compressed in time. The research says Meet restarts after about 30 minutes of one
//   speaker. Here the block's text node shrinks from ~470 characters to the next two words (a shrink
//   of well over 250 characters), keeps the same block and the same node, and goes on from there. The
//   dropped part is never shown again.
// - Each backchannel is its own block and appears after the doctor's block has stopped changing; the
//   doctor's next words then go into a new "You" block.
// - A dummy child appears in the region during the monologue.
// - Leaving: the call UI is removed with no click (e.g. the host ended the call).

const m2 = (() => {
  const SELF = 'Dr. Samuel Adeyemi';
  const YOU: Who = { name: 'You', avatar: photo('ACg8ocK0sa1') };
  const PAT: Who = { name: "Margaret O'Brien", avatar: photo('ACg8ocM9ob2') };
  const C = [SELF, 'You'];
  const P = PAT.name;
  const A1 =
    "Great. So the echo showed your heart is pumping a bit weaker than it should, and we're starting two new medicines today, so I'll walk you through the whole plan before you ask anything. The first one is a water pill called furosemide, forty";
  const A2 =
    "milligrams, which you take once in the morning with breakfast. It will make you pass more urine for a few hours, so avoid taking it late in the day or you'll be up all night. The second one is a low dose of a beta blocker called bisoprolol,";
  const MONO_A = `${A1.replace(/forty$/, '40')} ${A2}`;
  const MONO_B =
    'and that one we start very low and increase slowly every two weeks, because it can make you feel tired or a bit dizzy at first. Every morning, after you use the bathroom and before you eat, please weigh yourself and write the number down. If your weight goes up by more than two pounds in a day or five pounds in a week, call the clinic that same day, because it usually means fluid is building up again. And keep the salt low and try to stay under about two liters of fluid a day.';
  const T = {
    c1: 'Hi Margaret, thanks for joining. Is now still a good time to talk?',
    p2: "Yes, it's fine, I'm sitting at the kitchen table.",
    p4: "Okay, that's a lot, but I think I follow.",
    c5: "It is a lot, and I'll send all of it in writing after the call. The part I care about most is the daily weight,",
    p6: 'Mm-hmm.',
    c7: 'because the scale tells us about extra fluid days before your ankles or your breathing do.',
    p8: 'Yeah.',
    c9: 'So if you need more pillows to sleep, or you wake up at night short of breath,',
    p10: 'Mm-hmm.',
    c11: "that's another reason to call us the same day, even on a weekend.",
    p12: 'Yeah.',
    c13: 'Do you have a bathroom scale at home?',
    p14: 'I do, my daughter bought me one last year.',
    c15: "Perfect. Start tomorrow morning, and we'll see you in clinic in two weeks.",
    p16: "Thank you, doctor. I'll start tomorrow.",
  };
  const s: Scenario = {
    name: 'meet: 75-second heart-failure monologue that Meet resets, then backchannels',
    url: 'https://meet.google.com/rfx-bwqa-nhu',
    selfNames: [SELF],
    body: meetBody(SELF),
    async play(p) {
      await p.sleep(400);
      await say(p, YOU, frames(T.c1), FAST);
      await p.sleep(600);
      await say(p, PAT, frames(T.p2), FAST);
      await p.sleep(700);
      // The monologue: one block, growing in chunks; then Meet drops the text and starts over.
      const fa = frames(MONO_A, [A1, { fix: 'forty', by: '40' }, A2], CHUNKS);
      const tm = block(p, YOU, fa[0]!);
      const half = Math.floor(fa.length / 2);
      await play(p, tm, fa, FAST, 1, half);
      dummy(p, true);
      await play(p, tm, fa, FAST, half);
      const fb = frames(MONO_B, [MONO_B], CHUNKS);
      await play(p, tm, fb, FAST, 0, 8); // frame 0 is the reset: ~470 chars shrink to "and that"
      dummy(p, false);
      await play(p, tm, fb, FAST, 8);
      await p.sleep(900);
      await say(p, PAT, frames(T.p4), FAST);
      await p.sleep(500);
      await say(p, YOU, frames(T.c5), FAST);
      await p.sleep(250);
      await say(p, PAT, frames(T.p6), FAST);
      await p.sleep(300);
      await say(p, YOU, frames(T.c7), FAST);
      await p.sleep(250);
      await say(p, PAT, frames(T.p8), FAST);
      await p.sleep(300);
      await say(p, YOU, frames(T.c9), FAST);
      await p.sleep(250);
      await say(p, PAT, frames(T.p10), FAST);
      await p.sleep(300);
      await say(p, YOU, frames(T.c11), FAST);
      await p.sleep(600);
      await say(p, PAT, frames(T.p12), FAST);
      await p.sleep(500);
      await say(p, YOU, frames(T.c13), FAST);
      await p.sleep(700);
      await say(p, PAT, frames(T.p14), FAST);
      await p.sleep(500);
      await say(p, YOU, frames(T.c15), FAST);
      await p.sleep(600);
      await say(p, PAT, frames(T.p16), FAST);
    },
    leave: (p) => leaveMeet(p, false),
    expected: [
      x(C, 'clinician', T.c1),
      x(P, 'patient', T.p2),
      x(C, 'clinician', MONO_A),
      x(C, 'clinician', MONO_B),
      x(P, 'patient', T.p4),
      x(C, 'clinician', T.c5),
      x(P, 'patient', T.p6),
      x(C, 'clinician', T.c7),
      x(P, 'patient', T.p8),
      x(C, 'clinician', T.c9),
      x(P, 'patient', T.p10),
      x(C, 'clinician', T.c11),
      x(P, 'patient', T.p12),
      x(C, 'clinician', T.c13),
      x(P, 'patient', T.p14),
      x(C, 'clinician', T.c15),
      x(P, 'patient', T.p16),
    ],
    forbidden: [...MEET_NOISE],
  };
  return s;
})();

// ------------------------------------------------------------------------------------------------
// 3. Anticoagulant check with the patient's daughter on "iPhone": spelled drug names, a phone number,
//    dates, a dose schedule; the recogniser rewrites letters and digits. Product timing.
//
// Assumptions where the research is silent:
// - A guest who joined from a phone shows under the device name "iPhone" for the whole call. The
//   research says nothing about renames in Meet, so the label never changes here. The guest speaks
//   after the patient, so the patient is the first other speaker. The guest has no expected role.
// - The guest's avatar is a googleusercontent default picture with `data-iml`, like the others.
// - Spelled letters first appear as separate letters and are then joined with hyphens. Spoken numbers
//   are rewritten to digits ("two oh six" → "206", "nine thirty" → "9:30"), inside the same text node.
// - The doctor's "Which pharmacy…?" comes after a pause as a new consecutive "You" block (§2.5.1).
// - Leaving: the user clicks call_end and the call UI goes away.

const m3 = (() => {
  const SELF = 'Dr. Leila Haddad';
  const YOU: Who = { name: 'You', avatar: photo('ACg8ocH4dd1') };
  const PAT: Who = { name: 'Walter Brennan', avatar: photo('ACg8ocW8br3') };
  const GST: Who = { name: 'iPhone', avatar: 'https://lh3.googleusercontent.com/a/default-user=s40-p' };
  const C = [SELF, 'You'];
  const P = PAT.name;
  const G = GST.name;
  const T = {
    c1: 'Hi Walter, I can see someone else has joined the call as well.',
    p2: "That's my daughter Carla, she's on her phone at work.",
    g3: "Hi doctor, I'm the one who sorts out his pills every week.",
    c4: "That's really helpful, thank you. Walter, which blood thinner are you taking right now?",
    p5: "It's the one that starts with an E, I can never say it.",
    g6: "It's Eliquis, E-L-I-Q-U-I-S, 5 milligrams.",
    c7: 'Twice a day, morning and evening?',
    g8: 'Yes, at 8 in the morning and 8 at night.',
    c9: "Good. I'm adding metoprolol, that's M-E-T-O-P-R-O-L-O-L, 25 milligrams twice a day with food.",
    p10: 'Will that make me dizzy?',
    c11a: 'It can at first, so stand up slowly for the first week.',
    c11b: 'Which pharmacy should I send it to?',
    g12: 'The Walgreens on Pine Street, their number is 206-555-0142.',
    c13: 'Got it. And your next blood test is on March 14th, is that right?',
    p14: 'March 14th, yes, at 9:30.',
    c15: "Perfect. I'll send the prescription now, and Carla, please call us if he feels lightheaded.",
    g16: 'Will do. Thank you so much.',
  };
  const s: Scenario = {
    name: 'meet: spelled drug names, phone number and dates with a guest on "iPhone" (product timing)',
    url: 'https://meet.google.com/hzu-pqte-wca',
    selfNames: [SELF],
    body: meetBody(SELF),
    productTiming: true,
    async play(p) {
      await p.sleep(500);
      await say(p, YOU, frames(T.c1), REAL);
      await p.sleep(700);
      await say(p, PAT, frames(T.p2), REAL);
      await p.sleep(600);
      await say(p, GST, frames(T.g3), REAL);
      await p.sleep(800);
      await say(p, YOU, frames(T.c4), REAL);
      await p.sleep(900);
      await say(p, PAT, frames(T.p5), REAL);
      await p.sleep(500);
      await say(
        p,
        GST,
        frames(T.g6, [
          "it's a lick was",
          { to: "it's Eliquis" },
          'E L I',
          { fix: 'E L I', by: 'E-L-I' },
          'Q U',
          { fix: 'E-L-I Q U', by: 'E-L-I-Q-U' },
          'I S',
          { fix: 'E-L-I-Q-U I S', by: 'E-L-I-Q-U-I-S' },
          'five milligrams',
          { fix: 'five', by: '5' },
        ]),
        REAL,
      );
      await p.sleep(600);
      await say(p, YOU, frames(T.c7), REAL);
      await p.sleep(400);
      await say(p, GST, frames(T.g8, ['yes at eight in the morning', { fix: 'eight', by: '8' }, 'and eight at night', { fix: 'eight', by: '8' }]), REAL);
      await p.sleep(1000);
      await say(
        p,
        YOU,
        frames(T.c9, [
          "good I'm adding metro pole",
          { to: "good I'm adding metoprolol" },
          "that's M E T O",
          { fix: 'M E T O', by: 'M-E-T-O' },
          'P R O',
          { fix: 'M-E-T-O P R O', by: 'M-E-T-O-P-R-O' },
          'L O L',
          { fix: 'M-E-T-O-P-R-O L O L', by: 'M-E-T-O-P-R-O-L-O-L' },
          'twenty five milligrams',
          { fix: 'twenty five', by: '25' },
          'twice a day with food',
        ]),
        REAL,
      );
      await p.sleep(700);
      await say(p, PAT, frames(T.p10), REAL);
      await p.sleep(500);
      await say(p, YOU, frames(T.c11a), REAL);
      await p.sleep(1100); // pause, then a new consecutive "You" block
      await say(p, YOU, frames(T.c11b), REAL);
      await p.sleep(1200);
      await say(
        p,
        GST,
        frames(T.g12, [
          'the Walgreens on Pine Street their number is two oh six',
          { fix: 'two oh six', by: '206' },
          'five five five',
          { fix: '206 five five five', by: '206-555' },
          'oh one four two',
          { fix: '206-555 oh one four two', by: '206-555-0142' },
        ]),
        REAL,
      );
      await p.sleep(600);
      await say(p, YOU, frames(T.c13, ['got it and your next blood test is on March fourteenth', { fix: 'fourteenth', by: '14th' }, 'is that right']), REAL);
      await p.sleep(500);
      await say(p, PAT, frames(T.p14, ['March fourteenth', { fix: 'fourteenth', by: '14th' }, 'yes at nine thirty', { fix: 'nine thirty', by: '9:30' }]), REAL);
      await p.sleep(700);
      await say(p, YOU, frames(T.c15), REAL);
      await p.sleep(500);
      await say(p, GST, frames(T.g16), REAL);
    },
    leave: (p) => leaveMeet(p, true),
    expected: [
      x(C, 'clinician', T.c1),
      x(P, 'patient', T.p2),
      x(G, undefined, T.g3),
      x(C, 'clinician', T.c4),
      x(P, 'patient', T.p5),
      x(G, undefined, T.g6),
      x(C, 'clinician', T.c7),
      x(G, undefined, T.g8),
      x(C, 'clinician', T.c9),
      x(P, 'patient', T.p10),
      x(C, 'clinician', T.c11a),
      x(C, 'clinician', T.c11b),
      x(G, undefined, T.g12),
      x(C, 'clinician', T.c13),
      x(P, 'patient', T.p14),
      x(C, 'clinician', T.c15),
      x(G, undefined, T.g16),
    ],
    forbidden: [...MEET_NOISE],
  };
  return s;
})();

export const meetScenarios: Scenario[] = [m1, m2, m3];
