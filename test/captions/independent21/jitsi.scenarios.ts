// Jitsi Meet blind scenarios (independent21). Written only from
// /work/shared/research/caption-platforms.md, sections used:
//   §6 (subtitles container `div.transcription-subtitles`, one `<p>` per transcript message id with
//   a `<span>` reading "<participantName>: " + (final || stable + unstable); interim text replaced
//   by the final text in the same paragraph), §7 (Jitsi as the base of white-label telehealth
//   apps), §8 (semantic anchors, noise filters), §9 (fixture checklist: alternating speakers,
//   self speaker, same-speaker continuation, word growth).
// The research has no Jitsi URL, in-call marker or leave behaviour; those are assumptions, named
// above each scenario. Nothing here was taken from the product's source or from other scenario files.
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

/**
 * The interim (stable + unstable) form: trailing punctuation stripped from each word and sentence
 * starts lower-cased (except "I", "I'm" …). The word count never changes.
 */
function rough(text: string): string {
  let start = true;
  return text
    .split(' ')
    .map((w) => {
      let bare = w.replace(/[.,?!]+$/, '');
      if (start && !/^I(?:'|$)/.test(bare)) bare = bare.charAt(0).toLowerCase() + bare.slice(1);
      start = /[.?!]$/.test(w) && !/^(?:Dr|Mr|Mrs|Ms)\.$/.test(w);
      return bare;
    })
    .join(' ');
}

/**
 * Grows `node` (after a fixed `prefix`) through each interim text word by word, continuing from the
 * words it shares with what is already shown, then shows `prefix + final` exactly.
 */
async function speak(p: Page, node: Text, prefix: string, interims: string[], final: string, pc: Pace): Promise<void> {
  let shown: string[] = [];
  for (const interim of interims) {
    const next = interim.split(' ');
    let n = 0;
    while (n < shown.length && n < next.length && shown[n] === next[n]) n++;
    n = Math.min(n, next.length - 1);
    while (n < next.length) {
      n = Math.min(next.length, n + pc.words());
      shown = next.slice(0, n);
      node.data = prefix + shown.join(' ');
      await p.sleep(pc.wait());
    }
  }
  if (node.data !== prefix + final) {
    node.data = prefix + final;
    await p.sleep(pc.wait());
  }
}

// ---------------------------------------------------------------------------------------------
// Jitsi page model.

/** How long a final subtitle stays on screen before Jitsi drops its paragraph (assumption). */
const REMOVE_AFTER_MS = 3000;

interface JitsiPerson {
  name: string;
  role?: Role;
}

interface JitsiLine {
  who: string;
  /** Silence before this transcript message starts (ms). */
  gap: number;
  /** What was actually said (the paragraph's final text, without the "Name: " prefix). */
  text: string;
  /** Interim mis-hearings (unstable words) shown before the real words. */
  misheard?: string[];
}

interface JitsiSpec {
  name: string;
  url: string;
  selfName: string;
  people: Record<string, JitsiPerson>;
  lines: JitsiLine[];
  /** A chat message already in the (closed) chat panel; must never become a caption. */
  chat?: string;
  productTiming?: boolean;
  forbidden: string[];
}

function jitsiBody(s: JitsiSpec): string {
  const thumbs = Object.values(s.people)
    .map(
      (p) =>
        `<span class="videocontainer"><div class="videocontainer__toolbar"></div><span class="displayname">${p.name === s.selfName ? `${p.name} (me)` : p.name}</span></span>`,
    )
    .join('');
  const chat = s.chat
    ? `<div id="sideToolbarContainer" class="chat-panel"><div id="chatconversation"><div class="chatmessage"><div class="display-name">${Object.values(s.people).find((p) => p.name !== s.selfName)?.name ?? ''}</div><div class="usermessage">${s.chat}</div></div></div></div>`
    : '';
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer"><video id="largeVideo" autoplay></video></div>
      <div class="filmstrip"><div id="filmstripRemoteVideosContainer">${thumbs}</div></div>
    </div>
    <div class="transcription-subtitles"></div>
    <div id="new-toolbox" class="new-toolbox visible">
      <div class="toolbox-content"><div class="toolbox-content-items">
        <div class="toolbox-button" role="button" tabindex="0" aria-label="Mute microphone"></div>
        <div class="toolbox-button" role="button" tabindex="0" aria-label="Stop camera"></div>
        <div class="toolbox-button" role="button" tabindex="0" aria-label="Open chat"></div>
        <div class="hangup-button" role="button" tabindex="0" aria-label="Leave the meeting"></div>
      </div></div>
    </div>
    ${chat}
  </div>
</div>`;
}

function jitsiScenario(s: JitsiSpec): Scenario {
  return {
    name: s.name,
    url: s.url,
    selfNames: [s.selfName],
    body: jitsiBody(s),
    ...(s.productTiming ? { productTiming: true } : {}),
    forbidden: s.forbidden,
    async play(p) {
      const pc = s.productTiming ? pace(150, 250, [1, 2, 2]) : pace(90, 170, [1, 1, 2]);
      const box = q(p.doc, '.transcription-subtitles');
      const pending: Promise<void>[] = [];
      for (const line of s.lines) {
        await p.sleep(line.gap);
        const who = s.people[line.who];
        if (!who) throw new Error(`scenario bug: unknown speaker ${line.who}`);
        // One <p><span>Name: text</span></p> per transcript message; React keeps the span's single
        // text node and rewrites its value (characterData) as the message grows.
        const para = p.doc.createElement('p');
        const span = p.doc.createElement('span');
        const text = p.doc.createTextNode('');
        span.appendChild(text);
        para.appendChild(span);
        box.appendChild(para);
        const prefix = `${who.name}: `;
        await speak(p, text, prefix, [...(line.misheard ?? []), rough(line.text)], line.text, pc);
        pending.push(p.sleep(REMOVE_AFTER_MS).then(() => para.remove()));
      }
      await Promise.all(pending);
    },
    leave(p) {
      // Hanging up leaves the conference page (toolbox with the hang-up button, subtitles, video)
      // for the welcome page.
      q(p.doc, '#videoconference_page').remove();
      q(p.doc, '#react').appendChild(
        el(p.doc, '<div id="welcome_page" class="welcome"><h1>Secure and high quality meetings</h1><button>Start meeting</button></div>'),
      );
    },
    expected: s.lines.map((l): Expected => {
      const who = s.people[l.who]!;
      return { speaker: who.name, ...(who.role ? { role: who.role } : {}), text: l.text };
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/*
 * jitsi: blood pressure check on meet.jit.si, patient reads his medication list.
 * Assumptions where the research is silent:
 * - URL shape https://meet.jit.si/<room>; in-call markers are the conference page
 *   (#videoconference_page) with its toolbox hang-up button ("Leave the meeting").
 * - The clinician's own captions carry her display name (no "You"-style label).
 * - The subtitles container is present (empty) for the whole call; each transcript message is a new
 *   paragraph appended at the end, and a final paragraph is removed about 3 s after it settles.
 * - Interim text is lower-case at sentence starts and unpunctuated; the final text replaces it in
 *   the same text node. A pause gives the same speaker a new message (paragraph).
 * - Leaving replaces the conference page with the welcome page.
 */
const bloodPressureCheck = jitsiScenario({
  name: 'jitsi: blood pressure check, patient reads his medication list',
  url: 'https://meet.jit.si/RiversideClinic-BPcheck-0412',
  selfName: 'Dr. Priya Raman',
  chat: 'I sent the BP log by email yesterday',
  people: {
    dr: { name: 'Dr. Priya Raman', role: 'clinician' },
    pt: { name: 'Walter Nguyen', role: 'patient' },
  },
  forbidden: ['sent the BP log', '(me)', 'Leave the meeting'],
  lines: [
    { who: 'dr', gap: 300, text: 'Hello Walter, can you hear me?' },
    { who: 'pt', gap: 900, text: 'Hello? Yes. Yes, I hear you now, I had the, uh, the sound off.' },
    { who: 'dr', gap: 500, text: 'Perfect. So I got your home blood pressure log, thank you for sending that.' },
    { who: 'pt', gap: 700, text: 'Oh good. Were the numbers okay? They looked high to me some days.' },
    {
      who: 'dr',
      gap: 600,
      text: "A few of them were, yes. Before we get into that, can you tell me all the medicines you're taking now?",
    },
    {
      who: 'pt',
      gap: 1200,
      misheard: ['okay let me get my list am low the pain'],
      text: 'Okay, let me get my list. Amlodipine, five milligrams, one in the morning. Hydrochlorothiazide, twelve and a half. Um, metoprolol, twenty five, twice a day.',
    },
    { who: 'pt', gap: 1000, text: "And a vitamin D, and the eye drops at night, but those aren't for blood pressure." },
    { who: 'dr', gap: 600, text: "That's helpful. Are you taking the metoprolol both times every day?" },
    { who: 'pt', gap: 800, text: "Mostly. Sometimes I forget the evening one, if I'm out, you know" },
    { who: 'dr', gap: 600, text: 'That happens. Do you use a pill box at all?' },
    { who: 'pt', gap: 700, text: "I have one. I just, I don't really use it." },
    {
      who: 'dr',
      gap: 800,
      text: "Okay. So here's what I'm thinking. Your numbers are a little high, mostly on the days you miss the evening dose. Let's keep everything the same for now, try the pill box, and recheck in two weeks. Does that sound reasonable?",
    },
    { who: 'pt', gap: 700, text: 'Yes, doctor. Two weeks.' },
  ],
});

/*
 * jitsi: pediatric nurse follow-up call with a parent about an ear infection (product timing).
 * Assumptions where the research is silent:
 * - Same URL, in-call marker, paragraph lifetime (~3 s after final) and leave behaviour as above.
 * - The nurse is the local user and her captions carry her display name; the parent is the
 *   first other speaker (role patient), speaking for her child who is not on the call.
 * - The parent's "hold on" aside and its follow-up after a long pause are two messages
 *   (paragraphs) from the same speaker.
 */
const earInfectionFollowUp = jitsiScenario({
  name: 'jitsi: nurse follow-up with a parent about an ear infection',
  url: 'https://meet.jit.si/NorthsidePeds-followup-7731',
  selfName: 'Kelly Brandt',
  productTiming: true,
  people: {
    dr: { name: 'Kelly Brandt', role: 'clinician' },
    pt: { name: 'Monica Alvarez', role: 'patient' },
  },
  forbidden: ['(me)', 'Leave the meeting'],
  lines: [
    { who: 'dr', gap: 300, text: 'Hi, is this Monica? This is Kelly, the nurse from Northside Pediatrics.' },
    { who: 'pt', gap: 800, text: "Hi, yes, it's me. Sorry, hold on, let me, um, let me turn this down." },
    { who: 'pt', gap: 1400, text: 'Okay, sorry about that. The TV was on.' },
    { who: 'dr', gap: 500, text: "No problem at all. I'm just calling to see how Sofia's doing on the antibiotic." },
    { who: 'pt', gap: 800, text: "She's a lot better. The fever went away, I think, Tuesday? No, Monday night." },
    { who: 'dr', gap: 600, text: 'Oh good. Is she still pulling at her ear?' },
    { who: 'pt', gap: 700, text: "Not really. Should she still be taking all of it, even if she's better?" },
    { who: 'dr', gap: 600, text: 'Yes, please finish the whole bottle, even if she seems totally fine.' },
    {
      who: 'pt',
      gap: 900,
      misheard: ["okay it's the pink one the uh a moxie"],
      text: "Okay. It's the pink one, the, uh, amoxicillin, five milliliters twice a day. We have like three days left.",
    },
    { who: 'dr', gap: 600, text: "That's right. Any rash, or diarrhea?" },
    { who: 'pt', gap: 700, text: 'A little bit of, um, loose stool at first, but that stopped' },
    {
      who: 'dr',
      gap: 900,
      text: "Okay, that's common and it sounds like it's settled. So, to recap, finish the amoxicillin, call us if the fever comes back or she gets a rash, and we'll see her for the ear check in about two weeks.",
    },
    { who: 'pt', gap: 600, text: 'Perfect. Thank you so much, Kelly.' },
  ],
});

export const jitsiScenarios: Scenario[] = [bloodPressureCheck, earInfectionFollowUp];
