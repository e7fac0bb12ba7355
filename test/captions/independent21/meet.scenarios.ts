// Google Meet blind scenarios (independent21). Written only from
// /work/shared/research/caption-platforms.md, sections used:
//   §1 (cross-platform summary), §2.1 (URL, `call_end` in-call marker), §2.3 (language-neutral
//   `div[role=region][tabindex="0"]` container inside `div[jsname=dsyhDe].iOzk7`), §2.4 (2025–26
//   block shape `.nMcdL.bj4p3b` › `.adE6rb` (img[data-iml] + `.KcIKyf.jxFHg` › `span.NWpY1d`) +
//   `.ygicle.VbkSUe` with ONE bare text node; trailing dummy div and "Jump to bottom" button),
//   §2.5 (new block per turn, same speaker may get a new block after a pause, characterData growth,
//   late corrections of earlier blocks), §2.6 (local user is the literal "You"; `data-self-name`),
//   §8 (noise filters, chat live region is not captions), §9 (fixture checklist).
// Nothing here was taken from the product's source or from other scenario files.
import { el, q, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Small driver helpers (kept local so this file stands alone).

interface Pace {
  wait(): number;
  words(): number;
}

/** Deterministic jitter: waits between minMs and maxMs, words added per update cycle through chunks. */
function pace(minMs: number, maxMs: number, chunks: number[]): Pace {
  let i = 0;
  let j = 0;
  return {
    wait: () => minMs + ((i++ * 37) % (maxMs - minMs + 1)),
    words: () => chunks[j++ % chunks.length] ?? 1,
  };
}

/** The live (not yet punctuated) form of a caption: trailing punctuation stripped from each word. */
function rough(text: string): string {
  return text
    .split(' ')
    .map((w) => w.replace(/[.,?!]+$/, ''))
    .join(' ');
}

/**
 * Grows `node` through each interim text word by word (continuing from the words it shares with
 * what is already shown, so a mis-hearing is rewritten in place), then shows `final` exactly.
 */
async function speak(p: Page, node: Text, interims: string[], final: string, pc: Pace): Promise<void> {
  let shown: string[] = [];
  for (const interim of interims) {
    const next = interim.split(' ');
    let n = 0;
    while (n < shown.length && n < next.length && shown[n] === next[n]) n++;
    n = Math.min(n, next.length - 1);
    while (n < next.length) {
      n = Math.min(next.length, n + pc.words());
      shown = next.slice(0, n);
      node.data = shown.join(' ');
      await p.sleep(pc.wait());
    }
  }
  if (node.data !== final) {
    node.data = final;
    await p.sleep(pc.wait());
  }
}

// ---------------------------------------------------------------------------------------------
// Meet page model (2025–26 shape, §2.4 outline).

interface MeetPerson {
  /** What Meet prints in the block's name span ("You" for the local user). */
  label: string;
  expect: Expected['speaker'];
  role?: Role;
  avatar: string;
  iml: string;
}

interface MeetLine {
  who: string;
  /** Silence before this block appears (ms). */
  gap: number;
  /** What was actually said (the block's text at the end of the call). */
  text: string;
  /** Interim mis-hearings shown before the real words (rewritten in place). */
  misheard?: string[];
  /** The block first settles on this wrong text; Meet corrects it ~0.7 s into the next block. */
  shownAs?: string;
  /** true: the user scrolls up (dummy div + "Jump to bottom" appear); false: they go away. */
  jump?: boolean;
  /** A chat message posted when this line starts (must never become a caption). */
  chat?: string;
}

interface MeetSpec {
  name: string;
  url: string;
  selfName: string;
  people: Record<string, MeetPerson>;
  tiles: string[];
  lines: MeetLine[];
  productTiming?: boolean;
  forbidden: string[];
}

const JUMP_HTML =
  '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Jump to bottom</button></div>';

function meetBody(s: MeetSpec): string {
  const tiles = s.tiles
    .map((t) =>
      t === s.selfName
        ? `<div class="tile" data-self-name="${t}"><div class="tile-name">You</div></div>`
        : `<div class="tile"><div class="tile-name">${t}</div></div>`,
    )
    .join('');
  return `
<div class="call-ui">
  <main class="axUSnc">
    <div class="tiles">${tiles}</div>
  </main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">
      <div jsname="dsyhDe" class="iOzk7">
        <div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" class="vNKgIf UDinHf"></div>
      </div>
    </div>
  </div>
  <div class="controls">
    <button aria-label="Turn off microphone"><i class="google-symbols">mic</i></button>
    <button aria-label="Turn off captions"><i class="google-symbols">closed_caption</i></button>
    <button aria-label="Leave call"><i class="google-symbols">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
</div>`;
}

function meetBlock(doc: Document, who: MeetPerson): { block: HTMLElement; text: Text } {
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${who.iml}" src="${who.avatar}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${who.label}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const text = doc.createTextNode('');
  q(block, '.ygicle').appendChild(text);
  return { block, text };
}

/** New blocks go after the existing blocks but before the trailing dummy / jump button. */
function addBlock(region: Element, block: Element): void {
  const trailing = Array.from(region.children).find((c) => !c.classList.contains('nMcdL'));
  region.insertBefore(block, trailing ?? null);
}

function setJump(doc: Document, region: Element, on: boolean): void {
  if (on) {
    region.appendChild(doc.createElement('div')); // the occasional dummy, no children
    region.appendChild(el(doc, JUMP_HTML));
  } else {
    for (const c of Array.from(region.children)) if (!c.classList.contains('nMcdL')) c.remove();
  }
}

function meetScenario(s: MeetSpec): Scenario {
  return {
    name: s.name,
    url: s.url,
    selfNames: [s.selfName],
    body: meetBody(s),
    ...(s.productTiming ? { productTiming: true } : {}),
    forbidden: s.forbidden,
    async play(p) {
      const pc = s.productTiming ? pace(150, 250, [1, 2, 2]) : pace(90, 170, [1, 1, 2]);
      const region = q(p.doc, 'div[role="region"][tabindex="0"]');
      const chat = q(p.doc, '.Ge9Kpc');
      const pending: Promise<void>[] = [];
      let prev: { node: Text; line: MeetLine } | undefined;
      for (const line of s.lines) {
        await p.sleep(line.gap);
        if (line.jump !== undefined) setJump(p.doc, region, line.jump);
        if (line.chat) chat.appendChild(el(p.doc, `<div class="chat-line">${line.chat}</div>`));
        const who = s.people[line.who];
        if (!who) throw new Error(`scenario bug: unknown speaker ${line.who}`);
        const { block, text } = meetBlock(p.doc, who);
        addBlock(region, block);
        if (prev?.line.shownAs !== undefined) {
          // Late correction of the previous block while this one grows (§2.5 item 3).
          const fix = prev;
          pending.push(p.sleep(700).then(() => void (fix.node.data = fix.line.text)));
        }
        const shown = line.shownAs ?? line.text;
        await speak(p, text, [...(line.misheard ?? []), rough(shown)], shown, pc);
        prev = { node: text, line };
      }
      await Promise.all(pending);
    },
    leave(p) {
      // Leaving unmounts the whole call UI (call_end icon, caption bar) and shows the exit screen.
      q(p.doc, '.call-ui').remove();
      p.doc.body.appendChild(
        el(p.doc, '<div class="left-call"><h1>You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>'),
      );
    },
    expected: s.lines.map((l) => {
      const who = s.people[l.who]!;
      return { speaker: who.expect, ...(who.role ? { role: who.role } : {}), text: l.text };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/*
 * meet: diabetes three-month follow-up, patient reads his pill bottles.
 * Assumptions where the research is silent:
 * - The clinician is the local user; her own blocks say "You" and the product is given her real
 *   name only through selfNames (and a tile's data-self-name), so either name is accepted.
 * - Interim text keeps Meet's capitalisation but has no punctuation until the block settles.
 * - A late correction changes one mis-heard word ("feed" → "feet") ~0.7 s into the next block.
 * - The dummy div and the "Jump to bottom" button come and go together when the user scrolls.
 * - Leaving removes the whole call UI (call_end included) and shows a "You left" screen.
 */
const diabetesFollowUp = meetScenario({
  name: 'meet: diabetes follow-up, patient reads his pill bottles',
  url: 'https://meet.google.com/qtv-mzxr-bkp',
  selfName: 'Dr. Hannah Okafor',
  tiles: ['Dr. Hannah Okafor', 'Gerald Whitfield'],
  people: {
    dr: {
      label: 'You',
      expect: ['Dr. Hannah Okafor', 'You'],
      role: 'clinician',
      avatar: 'https://lh3.googleusercontent.com/a/ACg8ocJ4hOk-afor=s192-c-mo',
      iml: '1718.4',
    },
    pt: {
      label: 'Gerald Whitfield',
      expect: 'Gerald Whitfield',
      role: 'patient',
      avatar: 'https://lh3.googleusercontent.com/a/ACg8ocGw7Whit-field=s192-c-mo',
      iml: '1722.9',
    },
  },
  forbidden: ['Jump to bottom', 'arrow_downward', 'call_end', 'closed_caption', 'Pharmacy fax'],
  lines: [
    { who: 'dr', gap: 300, text: 'Hi Gerald, can you, um, can you hear me okay?' },
    { who: 'pt', gap: 700, text: 'Yeah, I can hear you. Sorry, I was just trying to get the camera to, uh' },
    {
      who: 'dr',
      gap: 500,
      text: "No worries, you're coming through fine. So this is just our, you know, our three month check in. How have things been?",
    },
    { who: 'pt', gap: 600, text: 'Pretty good, I think. My sugars have been mostly in the one thirties in the morning.' },
    {
      who: 'pt',
      gap: 1300,
      text: 'Sometimes my feet get kind of tingly at night, though.',
      shownAs: 'Sometimes my feed get kind of tingly at night, though.',
    },
    { who: 'dr', gap: 500, text: 'Okay. And how long has that been going on, the tingling?' },
    { who: 'pt', gap: 800, text: 'Um, maybe a month? Is that, is that something I should worry about?' },
    {
      who: 'dr',
      gap: 600,
      jump: true,
      text: "It's worth keeping an eye on. Can you read me what you're taking right now, so I've got the list in front of me?",
    },
    {
      who: 'pt',
      gap: 900,
      chat: 'Pharmacy fax is 555-0142',
      misheard: ["Sure hang on I've got the bottles right here Met for men"],
      text: "Sure, hang on, I've got the bottles right here. Metformin, five hundred, twice a day. Atorvastatin, twenty at night. And lisinopril, ten in the morning.",
    },
    { who: 'dr', gap: 500, text: "And you're still on the baby aspirin?" },
    { who: 'pt', gap: 700, text: 'I take the, no, sorry, I stopped that. Doctor Patel took me off it in, uh, March I think.' },
    { who: 'dr', gap: 600, jump: false, text: "Got it, I'll update that. Any stomach trouble with the metformin?" },
    { who: 'pt', gap: 600, text: 'Not really. Once in a while if I take it without food, but' },
    {
      who: 'dr',
      gap: 900,
      text: "Okay. So just to sum up, your sugars look good, we'll keep the metformin, atorvastatin and lisinopril the same, aspirin's off the list, and I'll order a foot exam and a B12 level for the tingling. Sound okay?",
    },
    { who: 'pt', gap: 700, text: 'Yeah, that sounds good. Thanks, Doctor.' },
  ],
});

/*
 * meet: asthma check-in, the patient's daughter joins from her own laptop (product timing).
 * Assumptions where the research is silent:
 * - The nurse practitioner is the local user ("You"); the patient speaks first among the others;
 *   the daughter is a third participant with her own device and name, so no role is asserted.
 * - A late punctuation-only correction ("Mostly not always" → "Mostly. Not always") lands on the
 *   previous block ~0.7 s into the next block.
 * - The user scrolls up mid-call and never scrolls back, so the dummy div and the
 *   "Jump to bottom" button stay at the end of the region until the call ends.
 * - Chat messages land in the separate polite live region (§2.3) only.
 */
const asthmaCheckIn = meetScenario({
  name: 'meet: asthma check-in with the daughter on a second laptop',
  url: 'https://meet.google.com/hwe-pqdn-rcu',
  selfName: 'Dana Whitaker',
  tiles: ['Dana Whitaker', 'Rosa Delgado', 'Marisol Delgado'],
  productTiming: true,
  people: {
    dr: {
      label: 'You',
      expect: ['Dana Whitaker', 'You'],
      role: 'clinician',
      avatar: 'https://lh3.googleusercontent.com/a/ACg8ocDwhit4ker=s192-c-mo',
      iml: '2031.7',
    },
    pt: {
      label: 'Rosa Delgado',
      expect: 'Rosa Delgado',
      role: 'patient',
      avatar: 'https://lh3.googleusercontent.com/a/ACg8ocRdel6ado=s192-c-mo',
      iml: '2035.2',
    },
    fam: {
      label: 'Marisol Delgado',
      expect: 'Marisol Delgado',
      avatar: 'https://lh3.googleusercontent.com/a/ACg8ocMso1Del=s192-c-mo',
      iml: '2040.8',
    },
  },
  forbidden: ['Jump to bottom', 'arrow_downward', 'call_end', 'closed_caption', 'Walgreens on 5th'],
  lines: [
    { who: 'dr', gap: 300, text: "Good morning Rosa, it's Dana from the clinic. Can you see me alright?" },
    { who: 'pt', gap: 800, text: 'Morning. Yes, I see you. My daughter is on too, from her work.' },
    { who: 'fam', gap: 600, text: "Hi, sorry, I'm here. I just wanted to listen in, if that's okay." },
    {
      who: 'dr',
      gap: 500,
      text: "Of course, that's great. So Rosa, how's the breathing been since we, uh, since we switched your inhaler?",
    },
    { who: 'pt', gap: 900, text: 'Better, I think? I use the, the blue one less. Maybe two times a week instead of every day.' },
    { who: 'dr', gap: 600, jump: true, text: "That's a good sign. Any waking up at night coughing?" },
    { who: 'pt', gap: 700, text: 'Do you mean like, real coughing, or just clearing my throat?' },
    { who: 'dr', gap: 500, text: 'Real coughing, the kind that wakes you up.' },
    {
      who: 'pt',
      gap: 1000,
      misheard: ['Once last week No wait it was the weekend'],
      text: 'Once, last week. No, wait, it was the week before, when it got so cold.',
    },
    {
      who: 'fam',
      gap: 700,
      chat: 'Pharmacy is the Walgreens on 5th',
      text: 'She also ran out of the orange one for a few days, um, the pharmacy was late',
    },
    { who: 'dr', gap: 600, text: "Okay, that's helpful to know. Rosa, are you rinsing your mouth after the orange one?" },
    { who: 'pt', gap: 800, text: 'Mostly. Not always, you know.', shownAs: 'Mostly not always, you know.' },
    {
      who: 'dr',
      gap: 900,
      text: "Alright. So to summarize, things are better, keep the orange inhaler twice a day, rinse after, the blue one only as needed, and I'll send the refills early so you don't run out again. Does that work for both of you?",
    },
    { who: 'fam', gap: 600, text: 'Yes, thank you.' },
    { who: 'pt', gap: 500, text: 'Thank you, Dana.' },
  ],
});

export const meetScenarios: Scenario[] = [diabetesFollowUp, asthmaCheckIn];
