// Jitsi Meet, blind scenarios, round 20. Themes: crosstalk (two paragraphs growing at once),
// backchannels, a 60+ second monologue spread over several messages, exact repeats, dictation and
// spelling, a guest whose "iPhone" label changes to a real name, and one run with product timing.
//
// Written only from /work/shared/research/caption-platforms.md (and the kit/runner API). Sections used:
//   §6    the subtitles container `<div class="transcription-subtitles">` holds one `<p>` per transcript
//         message id, each with a `<span>` whose text is `"<participantName>: " + (final || stable +
//         unstable)`. The name is inline, followed by a colon. The interim text (stable + unstable) is
//         replaced by the final text in the same paragraph. Captions need the deployment's transcriber.
//   §7    (caution) many white-label telehealth products are built on Jitsi.
//   §8    (4 MutationObserver incl. characterData, 5 re-attach when the root is replaced,
//         7 stabilisation, 9 text diffing, 10 self name = own display name), §9 checklist.
// The research has NO Jitsi URL, in-call marker, leave or retention facts. Those parts below are
// assumptions (named in each scenario comment) based on the public meet.jit.si web app.
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
 * The transcript text of one message, frame by frame (without the "Name: " prefix). Strings are
 * appended a few words at a time (stable + unstable; trailing punctuation only shows up with the next
 * word). `{to}` rewrites the whole text. `{fix, by}` rewrites the latest occurrence of a phrase (the
 * unstable tail changing: "of" → "off", "six one seven" → "617"). The last frame is always `final`.
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

function x(speaker: string | string[], role: Role | undefined, text: string): Expected {
  return role ? { speaker, role, text } : { speaker, text };
}

// ------------------------------------------------------------------------------------------------
// Jitsi page.

/**
 * ASSUMPTION (research silent): a final message disappears about 3 s after it is finalised, and the
 * container is only rendered while it holds at least one paragraph. A new container node shows up
 * with the next message.
 */
const REMOVE_AFTER_MS = 3000;

/**
 * ASSUMPTION (research silent): the public meet.jit.si layout. In-call = `#videoconference_page` with
 * `#largeVideoContainer`, the toolbox and a "Leave the meeting" hang-up button (`.hangup-button`).
 * Filmstrip names (`.displayname`, the local one with " (me)") and the chat panel are noise.
 */
function jitsiBody(selfName: string, remote: [id: string, name: string][]): string {
  const tiles = remote
    .map(([id, name]) => `<span id="participant_${id}" class="videocontainer"><span class="displayname" id="participant_${id}_name">${name}</span></span>`)
    .join('');
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay muted playsinline></video></div></div>
      <div class="filmstrip"><div id="remoteVideos">
        <span id="localVideoContainer" class="videocontainer"><span class="displayname" id="localDisplayName">${selfName} (me)</span></span>${tiles}
      </div></div>
    </div>
    <div id="new-toolbox" class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
      <div aria-label="Stop subtitles" aria-pressed="true" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon toggled"><svg></svg></div></div>
      <div aria-label="Leave the meeting" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon hangup-button"><svg></svg></div></div>
    </div></div></div>
    <div id="sideToolbarContainer"><div id="chat-conversation-container"><div id="chatconversation"></div></div></div>
  </div>
</div>`.replace(/>\s+</g, '><');
}

interface Subs {
  /** A new transcript message: a new paragraph at the end of the container. */
  add(name: string, first: string): Text;
  /** The message is final; its paragraph goes away REMOVE_AFTER_MS later. */
  done(t: Text): void;
  /** Waits until every finished paragraph has gone. */
  settle(): Promise<void>;
}

function subtitles(p: Page): Subs {
  const pending: Promise<void>[] = [];
  const root = (): HTMLElement => {
    const found = p.doc.querySelector<HTMLElement>('.transcription-subtitles');
    if (found) return found;
    const r = el<HTMLElement>(p.doc, '<div class="transcription-subtitles"></div>');
    q(p.doc, '#largeVideoContainer').append(r);
    return r;
  };
  return {
    add(name, first) {
      const para = el(p.doc, '<p><span></span></p>');
      const t = p.doc.createTextNode(`${name}: ${first}`);
      q(para, 'span').append(t);
      root().append(para);
      return t;
    },
    done(t) {
      pending.push(
        p.sleep(REMOVE_AFTER_MS).then(() => {
          (t.parentNode?.parentNode as Element | null)?.remove();
          const r = p.doc.querySelector('.transcription-subtitles');
          if (r && r.childElementCount === 0) r.remove();
        }),
      );
    },
    async settle() {
      await Promise.all(pending);
    },
  };
}

/** Rewrites a paragraph's text node with frames[from..to), waiting before each update. */
async function play(p: Page, t: Text, name: string, fr: readonly string[], speed: Speed, from = 1, to = fr.length): Promise<void> {
  for (let i = from; i < to; i++) {
    await p.sleep(pace(i, speed));
    t.data = `${name}: ${fr[i]!}`;
  }
}

/** One transcript message from `name`, interim to final. */
async function say(p: Page, s: Subs, name: string, fr: readonly string[], speed: Speed): Promise<void> {
  const t = s.add(name, fr[0]!);
  await play(p, t, name, fr, speed);
  s.done(t);
}

/**
 * Crosstalk: `a`'s message is still growing (its last `tail` frames) when `b`'s message starts, so two
 * paragraphs grow at the same time. `a` always finishes first.
 */
async function overlap(p: Page, s: Subs, a: string, fa: readonly string[], b: string, fb: readonly string[], tail: number, speed: Speed): Promise<void> {
  if (fa.length - tail <= 1 || (fb.length - 1) * speed[0] < tail * speed[1] + 300) throw new Error('scenario bug: overlap too short');
  const ta = s.add(a, fa[0]!);
  await play(p, ta, a, fa, speed, 1, fa.length - tail);
  const tb = s.add(b, fb[0]!);
  await Promise.all([
    play(p, ta, a, fa, speed, fa.length - tail).then(() => s.done(ta)),
    play(p, tb, b, fb, speed).then(() => s.done(tb)),
  ]);
}

function chat(p: Page, author: string, text: string): void {
  q(p.doc, '#chatconversation').append(
    el(p.doc, `<div class="chat-message-group remote"><div class="chatmessage"><div class="display-name">${author}</div><div class="usermessage">${text}</div></div></div>`),
  );
}

/** Leaving: optionally a click on the hang-up button; the conference page is replaced by the welcome page. */
function leaveJitsi(p: Page, click: boolean): void {
  if (click) q(p.doc, '[aria-label="Leave the meeting"]').click();
  q(p.doc, '#videoconference_page').remove();
  q(p.doc, '#react').append(el(p.doc, '<div id="welcome_page" class="welcome"><h1>Secure and high quality meetings</h1><input id="enter_room_field" aria-label="Meeting name input"></div>'));
}

// ------------------------------------------------------------------------------------------------
// 1. Asthma controller step-up: two crosstalk overlaps where both paragraphs grow together, and a
//    long explanation with "Mm-hmm." / "Yeah." backchannels.
//
// Assumptions where the research is silent:
// - URL `https://meet.jit.si/<room>`. The page and leave behaviour are those of jitsiBody/leaveJitsi.
//   Leaving here: a click on "Leave the meeting", then the conference page is replaced.
// - The local participant's messages carry their display name (no "(me)"; that is only on the tile).
// - Messages from two speakers keep their own paragraphs (one per message id) and grow side by side.
//   The paragraph order is the order in which the messages started.
// - Backchannels are their own short messages after the doctor's message has become final.
// - Final paragraphs go away ~3 s later (see REMOVE_AFTER_MS), and the container with them once empty.

const j1 = (() => {
  const SELF = 'Dr. Mei-Ling Chou';
  const PAT = 'Daniel Okoro';
  const CHAT = 'sorry, the dog is barking';
  const T = {
    c1: 'Hi Daniel, thanks for waiting. How has the wheezing been since Monday?',
    p2: "A bit better, but I'm still using the rescue inhaler at night.",
    c3: 'How many nights this week would you say?',
    p4: 'Three, maybe four nights, usually around 2 in the morning.',
    c5: "Okay, that tells me the controller dose isn't quite enough yet, so let me explain the change I'd like to make.",
    p6: 'Mm-hmm.',
    c7: 'Right now you take one puff of the steroid inhaler twice a day, and I want to double that to two puffs twice a day.',
    p8: 'Yeah.',
    c9: 'It works slowly, so you may not notice a difference for about a week, but keep going even when you feel fine.',
    p10: 'Mm-hmm.',
    c11: 'And use the spacer if you have one, because more of the medicine reaches your lungs that way.',
    p12: "I do have one, the pharmacy gave it to me last year, it's in the drawer.",
    c13: 'Great. If you need the rescue inhaler more often than every four hours, go to urgent care.',
    p14: 'Okay, more often than every four hours, got it.',
    c15: "I'll message you the written plan, and we'll talk again in two weeks.",
    p16: 'Thanks, doctor.',
  };
  const s: Scenario = {
    name: 'jitsi: asthma step-up with two crosstalk overlaps and backchannels',
    url: 'https://meet.jit.si/NorthgateFamilyClinic-Room7',
    selfNames: [SELF],
    body: jitsiBody(SELF, [['a81c2f04', PAT]]),
    async play(p) {
      const subs = subtitles(p);
      await p.sleep(400);
      await say(p, subs, SELF, frames(T.c1), FAST);
      await p.sleep(700);
      await say(p, subs, PAT, frames(T.p2), FAST);
      await p.sleep(500);
      await overlap(p, subs, SELF, frames(T.c3), PAT, frames(T.p4, ['Three, maybe four nights, usually around two', { fix: 'two', by: '2' }, 'in the morning']), 2, FAST);
      await p.sleep(600);
      await say(p, subs, SELF, frames(T.c5), FAST);
      await p.sleep(250);
      await say(p, subs, PAT, frames(T.p6), FAST);
      await p.sleep(300);
      await say(p, subs, SELF, frames(T.c7), FAST);
      await p.sleep(250);
      await say(p, subs, PAT, frames(T.p8), FAST);
      chat(p, PAT, CHAT);
      await p.sleep(300);
      await say(p, subs, SELF, frames(T.c9), FAST);
      await p.sleep(250);
      await say(p, subs, PAT, frames(T.p10), FAST);
      await p.sleep(400);
      await overlap(p, subs, SELF, frames(T.c11), PAT, frames(T.p12), 3, FAST);
      await p.sleep(700);
      await say(p, subs, SELF, frames(T.c13), FAST);
      await p.sleep(500);
      await say(p, subs, PAT, frames(T.p14), FAST);
      await p.sleep(600);
      await say(p, subs, SELF, frames(T.c15), FAST);
      await p.sleep(500);
      await say(p, subs, PAT, frames(T.p16), FAST);
      await subs.settle();
    },
    leave: (p) => leaveJitsi(p, true),
    expected: [
      x(SELF, 'clinician', T.c1),
      x(PAT, 'patient', T.p2),
      x(SELF, 'clinician', T.c3),
      x(PAT, 'patient', T.p4),
      x(SELF, 'clinician', T.c5),
      x(PAT, 'patient', T.p6),
      x(SELF, 'clinician', T.c7),
      x(PAT, 'patient', T.p8),
      x(SELF, 'clinician', T.c9),
      x(PAT, 'patient', T.p10),
      x(SELF, 'clinician', T.c11),
      x(PAT, 'patient', T.p12),
      x(SELF, 'clinician', T.c13),
      x(PAT, 'patient', T.p14),
      x(SELF, 'clinician', T.c15),
      x(PAT, 'patient', T.p16),
    ],
    forbidden: ['(me)', CHAT],
  };
  return s;
})();

// ------------------------------------------------------------------------------------------------
// 2. Leg-ulcer dressing review: a ~65-second routine (about 165 words) spread over six consecutive
//    messages of the same speaker; the patient repeats "Can you hear me?" and the nurse repeats "Okay."
//    word for word; a 4 s pause empties the subtitles, so the container goes away and comes back.
//
// Assumptions where the research is silent:
// - URL, page and leave as in jitsiBody/leaveJitsi. Leaving here: no click (the moderator ended the
//   meeting for everyone), and the conference page is replaced.
// - A long monologue becomes several transcript messages (one per sentence or breath, 150–400 ms apart),
//   each its own paragraph. Earlier ones are removed ~3 s after they are final while later ones grow.
// - The unstable tail can change inside a message ("of" → "off", "two" → "2", "thirty eight" → "38").
// - While there are no paragraphs, the container is not rendered. A new container node appears for the
//   next message.
// - The clinician's display name contains a comma ("Aaron Feld, NP").

const j2 = (() => {
  const SELF = 'Aaron Feld, NP';
  const PAT = 'Rosa Delgado';
  const MONO: [string, readonly Part[] | undefined][] = [
    ['Some pinkness right at the edge is normal while it heals, so let me go through the whole dressing routine first, and then you can hold the camera over the leg for me.', undefined],
    [
      'Every day, wash your hands, take the old dressing off gently, and if it sticks, soak it with a little saline rather than pulling it.',
      ['Every day wash your hands take the old dressing of', { fix: 'of', by: 'off' }, 'gently and if it sticks soak it with a little saline rather than pulling it'],
    ],
    ["Rinse it with the saline and pat the skin around it dry, but leave the wound bed itself slightly moist, because that's how it heals fastest.", undefined],
    ['Then put the silver foam dressing on with the shiny side down, and wrap the leg from the toes up to just below the knee, firm but not tight.', undefined],
    [
      "What I'm watching for is redness spreading more than about 2 centimeters, warmth, pus, a bad smell, or a fever over 38 degrees, and any of those means you call us the same day.",
      [
        "What I'm watching for is redness spreading more than about two",
        { fix: 'two', by: '2' },
        'centimeters warmth pus a bad smell or a fever over thirty eight',
        { fix: 'thirty eight', by: '38' },
        'degrees and any of those means you call us the same day',
      ],
    ],
    ["Keep the leg up on a pillow when you're sitting, because that brings the swelling down and helps it heal.", undefined],
  ];
  const CHAT = 'I uploaded a photo of the dressing to the portal';
  const T = {
    p1: 'Can you hear me?',
    c2: 'Yes, I can hear you. Good afternoon, Rosa.',
    p3: 'Good afternoon. The wound on my leg looks a little pink around the edges.',
    c4: 'Okay.',
    p5: 'Is that normal?',
    p7: "That's a lot to remember, but I'll write it down.",
    c8: "I'll send it to you in writing as well. Can you show me the leg now?",
    p9: 'Can you hear me?',
    c10: 'Yes, and I can see the leg now, thank you.',
    p11: 'There, can you see the edge?',
    c12: 'Okay.',
    p13: 'Does it look infected?',
    c14: 'No, it looks clean. The pink edge is just new skin growing in.',
    p15: "Oh, that's a relief.",
    c16: "Keep doing exactly what you're doing, and we'll look at it again on Friday.",
  };
  const s: Scenario = {
    name: 'jitsi: 65-second dressing routine over six messages, repeated "Can you hear me?" and "Okay."',
    url: 'https://meet.jit.si/HarborWoundCare-Telehealth',
    selfNames: [SELF],
    body: jitsiBody(SELF, [['5e0b9d71', PAT]]),
    async play(p) {
      const subs = subtitles(p);
      await p.sleep(400);
      await say(p, subs, PAT, frames(T.p1), FAST);
      await p.sleep(700);
      await say(p, subs, SELF, frames(T.c2), FAST);
      await p.sleep(500);
      await say(p, subs, PAT, frames(T.p3), FAST);
      await p.sleep(400);
      await say(p, subs, SELF, frames(T.c4), FAST);
      await p.sleep(350);
      await say(p, subs, PAT, frames(T.p5), FAST);
      await p.sleep(600);
      for (const [i, [text, parts]] of MONO.entries()) {
        await say(p, subs, SELF, frames(text, parts ?? [text], CHUNKS), FAST);
        await p.sleep(150 + ((i * 97) % 250));
        if (i === 2) chat(p, PAT, CHAT);
      }
      await p.sleep(600);
      await say(p, subs, PAT, frames(T.p7), FAST);
      await p.sleep(500);
      await say(p, subs, SELF, frames(T.c8), FAST);
      await p.sleep(4000); // the patient moves the laptop; every paragraph and the container go away
      await say(p, subs, PAT, frames(T.p9), FAST);
      await p.sleep(600);
      await say(p, subs, SELF, frames(T.c10), FAST);
      await p.sleep(800);
      await say(p, subs, PAT, frames(T.p11), FAST);
      await p.sleep(900);
      await say(p, subs, SELF, frames(T.c12), FAST);
      await p.sleep(500);
      await say(p, subs, PAT, frames(T.p13), FAST);
      await p.sleep(700);
      await say(p, subs, SELF, frames(T.c14), FAST);
      await p.sleep(400);
      await say(p, subs, PAT, frames(T.p15), FAST);
      await p.sleep(500);
      await say(p, subs, SELF, frames(T.c16), FAST);
      await subs.settle();
    },
    leave: (p) => leaveJitsi(p, false),
    expected: [
      x(PAT, 'patient', T.p1),
      x(SELF, 'clinician', T.c2),
      x(PAT, 'patient', T.p3),
      x(SELF, 'clinician', T.c4),
      x(PAT, 'patient', T.p5),
      ...MONO.map(([text]) => x(SELF, 'clinician', text)),
      x(PAT, 'patient', T.p7),
      x(SELF, 'clinician', T.c8),
      x(PAT, 'patient', T.p9),
      x(SELF, 'clinician', T.c10),
      x(PAT, 'patient', T.p11),
      x(SELF, 'clinician', T.c12),
      x(PAT, 'patient', T.p13),
      x(SELF, 'clinician', T.c14),
      x(PAT, 'patient', T.p15),
      x(SELF, 'clinician', T.c16),
    ],
    forbidden: ['(me)', CHAT],
  };
  return s;
})();

// ------------------------------------------------------------------------------------------------
// 3. Starting spironolactone: the daughter joins from her phone as "iPhone" and renames herself to
//    "Grace Lau" mid-call. A drug name spelled twice, a start date, a lab date and a phone number read
//    back, with letters and digits rewritten. Product timing.
//
// Assumptions where the research is silent:
// - URL, page and leave as in jitsiBody/leaveJitsi. Leaving here: a click on "Leave the meeting".
// - The name is inline in each message (§6), so a rename shows from the next message on. The renamed
//   guest's earlier paragraph keeps "iPhone: ", and her filmstrip name changes at the same time.
//   The DOM gives no link between the two labels, so every guest turn accepts either name. The guest
//   has no expected role. The patient speaks before her, so he is the first other speaker.
// - Spelled letters arrive one by one and are then joined with hyphens. Spoken numbers become digits in
//   the final text.
// - Final paragraphs go away ~3 s later (see REMOVE_AFTER_MS).

const j3 = (() => {
  const SELF = 'Dr. Olivia Brandt';
  const PAT = 'Henry Lau';
  const OLD = 'iPhone';
  const NEW = 'Grace Lau';
  const G = [OLD, NEW];
  const T = {
    c1: 'Hello Henry, I see someone is with you on a second device.',
    p2: 'Yes, my daughter is on her phone, she fills my pill box.',
    g3: "Hi, I'm Grace. Sorry, it says iPhone, let me fix my name.",
    c4: "No problem. Henry, your potassium came back a little low, so I'm adding a medicine that helps your body hold on to it.",
    p5: "What's it called?",
    c6: "It's called spironolactone, S-P-I-R-O-N-O-L-A-C-T-O-N-E, 25 milligrams once a day.",
    g7: "Can you spell that again slowly? I'm writing it on the box.",
    c8: 'Sure. S-P-I-R-O-N-O-L-A-C-T-O-N-E.',
    g9: 'Got it. In the morning with his other pills?',
    c10: 'Yes, in the morning with food, starting Monday, April 7th.',
    p11: 'And when is the blood test?',
    c12: "On April 21st, and the lab's direct line is 617-555-0193.",
    g13: '617-555-0193, April 21st. I have it.',
    c14: 'Perfect. Call us if he feels weak or gets muscle cramps.',
    p15: 'Thank you, doctor.',
    g16: 'Thanks, bye.',
  };
  const s: Scenario = {
    name: 'jitsi: spelling spironolactone and reading back numbers, guest renamed from "iPhone" (product timing)',
    url: 'https://meet.jit.si/RiversideCardiology-Followup12',
    selfNames: [SELF],
    body: jitsiBody(SELF, [
      ['c3f9a612', PAT],
      ['77d0e4bb', OLD],
    ]),
    productTiming: true,
    async play(p) {
      const subs = subtitles(p);
      await p.sleep(500);
      await say(p, subs, SELF, frames(T.c1), REAL);
      await p.sleep(700);
      await say(p, subs, PAT, frames(T.p2), REAL);
      await p.sleep(600);
      await say(p, subs, OLD, frames(T.g3), REAL);
      await p.sleep(400);
      q(p.doc, '#participant_77d0e4bb_name').textContent = NEW; // she renames herself
      await p.sleep(500);
      await say(p, subs, SELF, frames(T.c4), REAL);
      await p.sleep(700);
      await say(p, subs, PAT, frames(T.p5), REAL);
      await p.sleep(500);
      await say(
        p,
        subs,
        SELF,
        frames(T.c6, [
          "It's called spiro no lactone",
          { fix: 'spiro no lactone', by: 'spironolactone' },
          'S P I R O',
          { fix: 'S P I R O', by: 'S-P-I-R-O' },
          'N O L A',
          { fix: 'S-P-I-R-O N O L A', by: 'S-P-I-R-O-N-O-L-A' },
          'C T O N E',
          { fix: 'S-P-I-R-O-N-O-L-A C T O N E', by: 'S-P-I-R-O-N-O-L-A-C-T-O-N-E' },
          'twenty five milligrams once a day',
          { fix: 'twenty five', by: '25' },
        ]),
        REAL,
      );
      await p.sleep(600);
      await say(p, subs, NEW, frames(T.g7), REAL);
      await p.sleep(500);
      await say(p, subs, SELF, frames(T.c8, ['Sure. S P I R O N O L A C T O N E', { fix: 'S P I R O N O L A C T O N E', by: 'S-P-I-R-O-N-O-L-A-C-T-O-N-E' }], [1]), REAL);
      await p.sleep(600);
      await say(p, subs, NEW, frames(T.g9), REAL);
      await p.sleep(500);
      await say(p, subs, SELF, frames(T.c10, ['yes in the morning with food starting Monday April seventh', { fix: 'seventh', by: '7th' }]), REAL);
      await p.sleep(800);
      await say(p, subs, PAT, frames(T.p11), REAL);
      await p.sleep(500);
      await say(
        p,
        subs,
        SELF,
        frames(T.c12, [
          'on April twenty first',
          { fix: 'twenty first', by: '21st' },
          "and the lab's direct line is six one seven",
          { fix: 'six one seven', by: '617' },
          'five five five',
          { fix: '617 five five five', by: '617-555' },
          'zero one nine three',
          { fix: '617-555 zero one nine three', by: '617-555-0193' },
        ]),
        REAL,
      );
      await p.sleep(700);
      await say(
        p,
        subs,
        NEW,
        frames(T.g13, ['six one seven five five five', { to: '617-555' }, 'zero one nine three', { to: '617-555-0193' }, 'April twenty first', { fix: 'twenty first', by: '21st' }, 'I have it']),
        REAL,
      );
      await p.sleep(600);
      await say(p, subs, SELF, frames(T.c14), REAL);
      await p.sleep(500);
      await say(p, subs, PAT, frames(T.p15), REAL);
      await p.sleep(400);
      await say(p, subs, NEW, frames(T.g16), REAL);
      await subs.settle();
    },
    leave: (p) => leaveJitsi(p, true),
    expected: [
      x(SELF, 'clinician', T.c1),
      x(PAT, 'patient', T.p2),
      x(G, undefined, T.g3),
      x(SELF, 'clinician', T.c4),
      x(PAT, 'patient', T.p5),
      x(SELF, 'clinician', T.c6),
      x(G, undefined, T.g7),
      x(SELF, 'clinician', T.c8),
      x(G, undefined, T.g9),
      x(SELF, 'clinician', T.c10),
      x(PAT, 'patient', T.p11),
      x(SELF, 'clinician', T.c12),
      x(G, undefined, T.g13),
      x(SELF, 'clinician', T.c14),
      x(PAT, 'patient', T.p15),
      x(G, undefined, T.g16),
    ],
    forbidden: ['(me)'],
  };
  return s;
})();

export const jitsiScenarios: Scenario[] = [j1, j2, j3];
