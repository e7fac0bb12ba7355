// Round 17, Microsoft Teams (new Teams, 2025–26). Written only from
// /work/shared/research/caption-platforms.md (§4.1 URLs and hang-up markers, §4.2 wrapper, §4.3 item
// outline and host-vs-guest DOM, §4.4 in-place refinement, one item per utterance, retention and
// recycling, §4.5 own display name, §9) and the kit API. Expected utterances are what was said: the
// last (re-punctuated) text of each caption item.
import { el, grow, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

interface Person {
  name: string;
  img: string;
  role?: Role;
}
interface Turn {
  who: string;
  /** Teams' final, re-punctuated caption. The growing words are this without punctuation (§4.4). */
  say: string;
  before?: (p: Page) => void | Promise<void>;
}

/** "we should ship the" style growth: drop sentence punctuation and the leading capital. */
function rough(final: string): string {
  const s = final.replace(/[.,?!](?=\s|$)/g, '');
  return s.startsWith('I ') || s.startsWith("I'") ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function expectedOf(turns: Turn[], people: Record<string, Person>): Expected[] {
  return turns.map((t) => {
    const who = people[t.who]!;
    const e: Expected = { speaker: who.name, text: t.say };
    if (who.role) e.role = who.role;
    return e;
  });
}

const wrapperHtml = `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h"><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content"><div class="fui-Flex ___1ccp5kb"></div></div></div></div>`;
const guestWrapperHtml = `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h"><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content"></div></div></div>`;

/** §4.3 host item (TMS-FIX outline), inside three nested fui-Flex divs. */
function hostItem(doc: Document, who: Person) {
  const item = el(
    doc,
    `<div class="fui-Flex ___f13qh94s"><div class="fui-Flex ___a8k2mq1"><div class="fui-Flex ___n7c0rz4"><div class="fui-ChatMessageCompact ___m3xq0pa"><div></div><div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer"><span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="${who.img}"></span></div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i><div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div><div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${who.name}</span></span></div><div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i></div></div></div></div>`,
  );
  const node = doc.createTextNode('');
  item.querySelector('[data-tid="closed-caption-text"]')!.appendChild(node);
  return { item, node };
}

/** §4.3 guest item: virtual-list-content › (div) › author + text, no items-renderer.
 *  Assumption: author and text are the div's direct children (the research gives only "> author + text"). */
function guestItem(doc: Document, who: Person) {
  const item = el(
    doc,
    `<div class="___q0lx2b1"><span dir="auto" data-tid="author" class="fui-StyledText">${who.name}</span><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>`,
  );
  const node = doc.createTextNode('');
  item.querySelector('[data-tid="closed-caption-text"]')!.appendChild(node);
  return { item, node };
}

async function playTeams(
  p: Page,
  turns: Turn[],
  people: Record<string, Person>,
  opts: { guest?: boolean; keep?: number; recycleAt?: number[] },
) {
  for (const [i, t] of turns.entries()) {
    await t.before?.(p);
    const who = people[t.who]!;
    const list = opts.guest
      ? p.doc.querySelector<HTMLElement>('[data-tid="closed-caption-v2-virtual-list-content"]')!
      : p.doc.querySelector<HTMLElement>('[data-tid="closed-caption-v2-virtual-list-content"] > div')!;
    let node: Text;
    if (opts.recycleAt?.includes(i) && list.children.length > 0) {
      // Virtualisation (§4.4, §8.8): the oldest item's subtree is reused for the new utterance.
      const reused = list.firstElementChild as HTMLElement;
      list.appendChild(reused);
      reused.querySelector('[data-tid="author"]')!.textContent = who.name;
      reused.querySelector('img')?.setAttribute('src', who.img);
      const text = reused.querySelector('[data-tid="closed-caption-text"]')!;
      node = text.firstChild as Text;
      node.data = '';
    } else {
      const made = opts.guest ? guestItem(p.doc, who) : hostItem(p.doc, who);
      list.appendChild(made.item);
      node = made.node;
      // Retention (§4.4): only the last `keep` items stay in the DOM.
      if (opts.keep) while (list.children.length > opts.keep) list.firstElementChild!.remove();
    }
    const r = rough(t.say);
    await grow(p, node, r, r === t.say ? undefined : t.say, 90);
    await p.sleep(350);
  }
}

const hostMarkers = `<div id="calling-controls"><button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button></div>`;
function leaveHost(p: Page) {
  p.doc.getElementById('calling-controls')?.remove();
  p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
}

// 1. Host view: diabetes review, growth then re-punctuation, patient cuts in mid-sentence,
//    consecutive items from the same speaker.
const t1People: Record<string, Person> = {
  C: { name: 'Dr. Priya Nair', img: 'https://eu.teams.microsoft.com/avatar/pnair.jpg', role: 'clinician' },
  P: { name: "James O'Connor", img: 'https://eu.teams.microsoft.com/avatar/joconnor.jpg', role: 'patient' },
};
const t1Turns: Turn[] = [
  { who: 'C', say: 'Good afternoon James, can you hear me all right?' },
  { who: 'P', say: 'Yes, loud and clear.' },
  { who: 'C', say: 'Your A1C came back at 7.8, which is up from 7.1 in March.' },
  { who: 'P', say: 'Yeah, um, the holidays were rough.' },
  { who: 'C', say: "That's understandable. Are you taking the metformin 1000 milligrams twice a day?" },
  { who: 'P', say: 'Mostly once a day, uh, it upsets my stomach.' },
  { who: 'C', say: 'We could switch you to the extended release version, which is usually' },
  { who: 'P', say: 'Is that the one you take with dinner?' },
  { who: 'C', say: 'Exactly, one dose with dinner.' },
  { who: 'C', say: "That's usually much easier on the stomach." },
  { who: 'P', say: "Okay, let's try it." },
  { who: 'C', say: "I'll also order a foot exam and an eye check." },
  { who: 'P', say: 'Sure.' },
  { who: 'C', say: 'Any questions before we wrap up?' },
  { who: 'P', say: "No, I think that's everything. Thanks." },
];
const teamsHost: Scenario = {
  name: 'teams host view: items-renderer avatar, word growth then re-punctuation, interruption, same-speaker items',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: ['Dr. Priya Nair'],
  body: `${hostMarkers}${wrapperHtml}`,
  play: (p) => playTeams(p, t1Turns, t1People, {}),
  leave: leaveHost,
  expected: expectedOf(t1Turns, t1People),
  loose: true, // Teams re-punctuates and re-cases each item in place (§4.4)
};

// 2. Guest (anonymous) view: asthma visit with a nurse who joins the conversation later.
const t2People: Record<string, Person> = {
  C: { name: 'Dr. Samuel Reyes', img: '', role: 'clinician' },
  P: { name: 'Olivia Grant', img: '', role: 'patient' },
  N: { name: 'Kim Tran', img: '', role: 'other' },
};
const t2Turns: Turn[] = [
  { who: 'C', say: "Hi Olivia, I'm Dr. Reyes, I'm covering for Dr. Patel today." },
  { who: 'P', say: 'Hi, nice to meet you.' },
  { who: 'C', say: 'How often are you using the albuterol inhaler?' },
  { who: 'P', say: 'Um, like three or four times a week, mostly at night.' },
  { who: 'C', say: 'And the Flovent, two puffs morning and evening?' },
  { who: 'P', say: 'Only in the morning, honestly.' },
  { who: 'N', say: 'Doctor, her peak flow this morning was 310, which is about 70 percent of her best.' },
  { who: 'C', say: 'Thanks Kim.' },
  { who: 'C', say: 'Olivia, that tells me we should take the evening dose seriously.' },
  { who: 'P', say: "Okay, I'll set an alarm." },
  { who: 'C', say: 'Use the spacer, and rinse your mouth after each dose.' },
  { who: 'P', say: 'Got it.' },
  { who: 'N', say: "I'll email her the action plan." },
  { who: 'C', say: "Perfect. Let's check in again in four weeks." },
  { who: 'P', say: 'Thank you.' },
];
const teamsGuest: Scenario = {
  name: 'teams guest view: no items-renderer, author + text pairs only, three speakers',
  url: 'https://teams.live.com/light-meetings/launch?coords=abc',
  selfNames: ['Dr. Samuel Reyes'],
  body: `<div id="calling-controls"><button data-tid="anon-hangup-button" aria-label="Leave">Leave</button></div>${guestWrapperHtml}`,
  play: (p) => playTeams(p, t2Turns, t2People, { guest: true }),
  leave: leaveHost,
  expected: expectedOf(t2Turns, t2People),
  productTiming: true,
};

// 3. Host view on teams.cloud.microsoft: retention (assumption: 6 items kept, the research gives no
//    count), an item recycled for a new utterance, captions toggled off/on (wrapper removed and re-added).
const t3People: Record<string, Person> = {
  C: { name: 'Dr. Elena Petrova', img: 'https://teams.cloud.microsoft/avatar/epetrova.jpg', role: 'clinician' },
  P: { name: 'Carlos Mendes', img: 'https://teams.cloud.microsoft/avatar/cmendes.jpg', role: 'patient' },
  A: { name: 'Ana Mendes', img: 'https://teams.cloud.microsoft/avatar/amendes.jpg', role: 'other' },
};
const t3Turns: Turn[] = [
  { who: 'C', say: "Hello Mr. Mendes, it's Dr. Petrova. Can you see me?" },
  { who: 'P', say: 'Yes, I see you.' },
  { who: 'C', say: 'How have you been since you left the hospital?' },
  { who: 'P', say: 'Tired, uh, but walking a bit more every day.' },
  { who: 'A', say: 'He walks to the corner and back twice a day.' },
  { who: 'C', say: "That's great progress." },
  { who: 'C', say: 'Are you taking the warfarin 5 milligrams every evening?' },
  { who: 'P', say: "Yes, at six o'clock." },
  {
    who: 'C',
    say: 'Sorry, my captions dropped for a second. Your last INR was 2.4, which is right in range.',
    before: async (p) => {
      p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')!.remove();
      await p.sleep(900);
      p.doc.body.appendChild(el(p.doc, wrapperHtml));
      await p.sleep(200);
    },
  },
  { who: 'A', say: 'Should he keep avoiding spinach?' },
  { who: 'C', say: 'No need to avoid it, just keep the amount steady from week to week.' },
  { who: 'P', say: 'Okay, steady.' },
  { who: 'C', say: "We'll recheck the INR on Thursday, no, Friday morning." },
  { who: 'A', say: "Friday works, I'll drive him." },
  { who: 'C', say: 'Great, see you both then.' },
];
const teamsRetention: Scenario = {
  name: 'teams host view (cloud.microsoft): oldest items dropped, an item recycled, captions toggled off/on',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: ['Dr. Elena Petrova'],
  body: `${hostMarkers}${wrapperHtml}`,
  play: (p) => playTeams(p, t3Turns, t3People, { keep: 6, recycleAt: [6, 13] }),
  leave: leaveHost,
  expected: expectedOf(t3Turns, t3People),
  productTiming: true,
};

export const teamsScenarios: Scenario[] = [teamsHost, teamsGuest, teamsRetention];
