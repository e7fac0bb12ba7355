// Microsoft Teams (new Teams / v2) blind scenarios (independent21). Written only from
// /work/shared/research/caption-platforms.md, sections used:
//   §1 (cross-platform summary), §4.1 (URLs, `#hangup-button` / `data-tid=hangup-main-btn` in-call
//   markers), §4.2 (captions on = `[data-tid=closed-caption-renderer-wrapper]` appears), §4.3 (2026
//   host item: `closed-caption-v2-window-wrapper` › `closed-caption-v2-virtual-list-content` ›
//   `.fui-ChatMessageCompact` with `[data-tid=author]` and `[data-tid=closed-caption-text]`,
//   `closed-captions-v2-items-renderer` around the avatar), §4.4 (one item per utterance, same
//   speaker gets consecutive items, in-place word growth then re-punctuation, a finished item never
//   changes again), §4.5 (self captions carry the own display name), §8, §9.
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

/**
 * The live form Teams shows before re-punctuating (§4.4 "we should" → "We should ship the CC lane."):
 * trailing punctuation stripped from each word, sentence starts lower-cased (except "I", "I'm" …).
 * The word count never changes, so growth and the final form line up word for word.
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
// Teams page model (host variant, §4.3 outline).

interface TeamsPerson {
  name: string;
  role?: Role;
  avatar: string;
}

interface TeamsLine {
  who: string;
  /** Silence before this item appears (ms). */
  gap: number;
  /** What was actually said (the item's text once Teams has re-punctuated it). */
  text: string;
  /** Interim mis-hearings shown before the real words (rewritten in place). */
  misheard?: string[];
}

interface TeamsSpec {
  name: string;
  url: string;
  selfName: string;
  people: Record<string, TeamsPerson>;
  lines: TeamsLine[];
  /** ms after play starts at which the user turns captions on; undefined = already on at join. */
  captionsOnAfter?: number;
  /** A meeting-chat message already in the chat pane (must never become a caption). */
  chat?: string;
  productTiming?: boolean;
  forbidden: string[];
}

// One line: React renders no whitespace text nodes between these elements.
const WRAPPER_HTML =
  '<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___q7z2b0">' +
  '<div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___1kzz3ze">' +
  '<div data-tid="closed-caption-v2-virtual-list-content" class="___6w3zu10">' +
  '<div class="fui-Flex ___1hx3x8k"></div>' +
  '</div></div></div>';

function teamsBody(s: TeamsSpec): string {
  const tiles = Object.values(s.people)
    .map((p) => `<div class="video-tile" data-tid="video-tile"><span class="tile-name">${p.name}</span></div>`)
    .join('');
  const chat = s.chat
    ? `<div class="chat-pane" aria-label="Meeting chat"><div class="chat-message"><span class="chat-author">${s.selfName}</span><div class="chat-body">${s.chat}</div></div></div>`
    : '';
  return `
<div class="call-screen">
  <div class="call-stage">
    <div class="tiles">${tiles}</div>
    ${s.captionsOnAfter === undefined ? WRAPPER_HTML : ''}
  </div>
  <div class="call-controls" role="toolbar">
    <button data-tid="microphone-button" aria-label="Mute mic">Mic</button>
    <button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More">More</button>
    <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>
  </div>
  ${chat}
</div>`;
}

function teamsItem(doc: Document, who: TeamsPerson): { item: HTMLElement; text: Text } {
  const item = el(
    doc,
    `<div class="fui-Flex ___m8v4jd"><div class="fui-Flex ___w0u8uk"><div class="fui-Flex ___1w2k8hq">` +
      `<div class="fui-ChatMessageCompact ___1ccp5kb">` +
      `<div></div>` +
      `<div class="fui-ChatMessageCompact__avatar ___hw1qk7"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer"><span role="presentation" class="fui-Avatar ___1fq1fxa"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="${who.avatar}"></span></div></div>` +
      `<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>` +
      `<div class="fui-ChatMessageCompact__body ___f13qh94s" tabindex="0" data-is-focusable="false"><div>` +
      `<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___cjkfsz0">${who.name}</span></span></div>` +
      `<div class="fui-Flex ___1lbbyky"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___1xqkfm1"></span></div>` +
      `</div></div>` +
      `<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>` +
      `</div></div></div></div>`,
  );
  const text = doc.createTextNode('');
  q(item, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item, text };
}

function teamsScenario(s: TeamsSpec): Scenario {
  return {
    name: s.name,
    url: s.url,
    selfNames: [s.selfName],
    body: teamsBody(s),
    ...(s.productTiming ? { productTiming: true } : {}),
    forbidden: s.forbidden,
    async play(p) {
      const pc = s.productTiming ? pace(150, 250, [1, 2, 2]) : pace(90, 170, [1, 1, 2]);
      if (s.captionsOnAfter !== undefined) {
        await p.sleep(s.captionsOnAfter);
        q(p.doc, '.call-stage').appendChild(el(p.doc, WRAPPER_HTML));
      }
      const list = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
      for (const line of s.lines) {
        await p.sleep(line.gap);
        const who = s.people[line.who];
        if (!who) throw new Error(`scenario bug: unknown speaker ${line.who}`);
        const { item, text } = teamsItem(p.doc, who);
        list.appendChild(item);
        await speak(p, text, [...(line.misheard ?? []), rough(line.text)], line.text, pc);
      }
    },
    leave(p) {
      // Hanging up unmounts the call screen (hang-up button and caption wrapper) for a post-call view.
      q(p.doc, '.call-screen').remove();
      p.doc.body.appendChild(el(p.doc, '<div class="post-call"><h2>You left the meeting</h2><button>Rejoin</button></div>'));
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
 * teams: migraine follow-up on teams.microsoft.com/v2, captions switched on after joining.
 * Assumptions where the research is silent:
 * - The clinician (self) is the meeting host, so the host item shape with items-renderer is used;
 *   her captions carry her own display name (§4.5 is [I]).
 * - The caption wrapper is mounted inside the call stage when captions are turned on; the list is
 *   short (14 items), so no old items are dropped.
 * - An item is created with its first word(s) and never touched again once the next one appears.
 * - Interim words are lower-cased at sentence starts and unpunctuated, then re-punctuated at the
 *   item's end; a trailing-off item stays unpunctuated.
 * - The meeting-chat pane markup is a made-up distractor (the research does not describe it).
 */
const migraineFollowUp = teamsScenario({
  name: 'teams: migraine follow-up, captions turned on after joining',
  url: 'https://teams.microsoft.com/v2/',
  selfName: 'Dr. Marcus Lee',
  captionsOnAfter: 400,
  chat: 'Sharing the intake form link here',
  people: {
    dr: { name: 'Dr. Marcus Lee', role: 'clinician', avatar: 'https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:5d1c/profilepicturev2?size=HR64x64' },
    pt: { name: 'Janet Kowalski', role: 'patient', avatar: 'https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:9a7e/profilepicturev2?size=HR64x64' },
  },
  forbidden: ['intake form link', 'Mute mic'],
  lines: [
    { who: 'dr', gap: 400, text: 'Hi Janet, thanks for hopping on. Can you hear me alright?' },
    { who: 'pt', gap: 700, text: "Yes, hi, I can hear you. Can you hear me? My internet's been kind of" },
    {
      who: 'dr',
      gap: 500,
      misheard: ['I can hear you fine so um last time we started the suma trip'],
      text: "I can hear you fine. So, um, last time we started the sumatriptan. How's that been going?",
    },
    { who: 'pt', gap: 800, text: "It works, mostly. If I take it early it works. If I wait too long, it, uh, it doesn't really do much." },
    { who: 'pt', gap: 1200, text: 'And it makes my jaw feel tight for like twenty minutes.' },
    {
      who: 'dr',
      gap: 500,
      text: "That jaw tightness is a pretty common side effect. Is it bothersome enough that you'd want to stop it?",
    },
    { who: 'pt', gap: 700, text: 'Would you stop it, if it were you?' },
    { who: 'dr', gap: 600, text: "Honestly, if it's working and the tightness goes away on its own, I'd probably keep it." },
    { who: 'pt', gap: 600, text: "Okay. Yeah, then I'll keep it." },
    { who: 'dr', gap: 500, text: 'How many headaches are you getting a month right now?' },
    { who: 'pt', gap: 900, text: 'Um, I had four in, no, five in May. I wrote them down, hold on.' },
    { who: 'pt', gap: 1300, text: 'Five. Two of them were on the weekend, which is weird.' },
    {
      who: 'dr',
      gap: 700,
      text: "Okay, so to recap, keep the sumatriptan, take it early, keep writing the headaches down, and if you're still at four or more next month we'll talk about a daily preventive. Sound fair?",
    },
    { who: 'pt', gap: 600, text: 'Sounds fair. Thanks, Dr. Lee.' },
  ],
});

/*
 * teams: low back pain follow-up on teams.cloud.microsoft, patient lists his medicines (product timing).
 * Assumptions where the research is silent:
 * - The /v2/ path on teams.cloud.microsoft (the research lists the domain, not its paths).
 * - The clinician (self) is the host and captions were already on when the call started, so the
 *   caption wrapper is in the page from the start, empty.
 * - The patient's medication list and the clinician's closing summary each arrive as two
 *   consecutive items from the same speaker (one item per utterance, §4.4).
 * - Interim words are lower-cased at sentence starts and unpunctuated, then re-punctuated at the end.
 */
const backPainFollowUp = teamsScenario({
  name: 'teams: back pain follow-up from the car, patient lists his medicines',
  url: 'https://teams.cloud.microsoft/v2/',
  selfName: 'Dr. Aisha Rahman',
  productTiming: true,
  chat: 'Running a few minutes behind, sorry!',
  people: {
    dr: { name: 'Dr. Aisha Rahman', role: 'clinician', avatar: 'https://teams.cloud.microsoft/api/mt/part/emea-03/beta/users/8:orgid:31fb/profilepicturev2?size=HR64x64' },
    pt: { name: 'Tom Becker', role: 'patient', avatar: 'https://teams.cloud.microsoft/api/mt/part/emea-03/beta/users/8:teamsvisitor:b2c4/profilepicturev2?size=HR64x64' },
  },
  forbidden: ['Running a few minutes behind', 'Mute mic'],
  lines: [
    { who: 'dr', gap: 300, text: "Hi Tom, it's Dr. Rahman. Is now still a good time?" },
    { who: 'pt', gap: 800, text: "Yeah, yeah, now's fine. I'm just in the car, I pulled over." },
    { who: 'dr', gap: 600, text: "Okay, good. How's the back doing since you started the physical therapy?" },
    {
      who: 'pt',
      gap: 900,
      text: "It's, um, it's better in the mornings. By the end of the day it still kind of aches, you know, down the left side.",
    },
    { who: 'dr', gap: 500, text: 'Any numbness or tingling going down the leg?' },
    { who: 'pt', gap: 700, text: 'No. Well, once, but I think I just sat on it wrong.' },
    { who: 'dr', gap: 600, text: 'Okay. And what are you taking for it right now? Can you go through everything?' },
    {
      who: 'pt',
      gap: 1000,
      misheard: ["sure so ibuprofen six hundred like three times a day the cyclo Ben's a"],
      text: 'Sure. So, ibuprofen, six hundred, like three times a day. The cyclobenzaprine at night, but only some nights.',
    },
    { who: 'pt', gap: 1200, text: 'And my regular stuff, the omeprazole twenty and the, um, the sertraline fifty.' },
    { who: 'dr', gap: 600, text: 'Three times a day of ibuprofen every day, or just on the bad days?' },
    { who: 'pt', gap: 700, text: 'Every day, I guess? Is that too much?' },
    {
      who: 'dr',
      gap: 700,
      text: "It's a lot to take every day, especially long term. I'd like you to cut back to only the bad days.",
    },
    {
      who: 'dr',
      gap: 1100,
      text: "So to sum up, keep going with the PT, ibuprofen only when you need it, keep the omeprazole, and let me know right away if you get any numbness. We'll check in again in four weeks.",
    },
    { who: 'pt', gap: 600, text: 'Got it. Thanks, Doc.' },
  ],
});

export const teamsScenarios: Scenario[] = [migraineFollowUp, backPainFollowUp];
