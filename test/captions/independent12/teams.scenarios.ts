// Round 12, Microsoft Teams: exact repeats and short turns. Written ONLY from
// /work/shared/research/caption-platforms.md and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixture was read. Sections relied on:
//   §4.1 URLs and in-call markers (`#hangup-button`, `button[data-tid=hangup-main-btn]`,
//   `anon-hangup-button`), §4.2 captions on = `[data-tid=closed-caption-renderer-wrapper]` present, the
//   toggle removes and re-adds it, §4.3 the TMS-FIX host item outline and the VEXA guest variant (no
//   items-renderer; `[data-tid=author]` + `[data-tid=closed-caption-text]` only), §4.4 one item per
//   utterance (the same speaker produces consecutive items), in-place refinement (growth then
//   re-punctuation), "a NEW entry appears at the tail: the previous one can never change again",
//   virtualised list with limited retention, "after the user resized or moved the caption window, the
//   first message was replaced by a more recent one" (element reuse), §4.5 self captions carry the
//   user's display name.
// The local user (selfNames) is the clinician; the single remote participant is the patient.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://teams.microsoft.com/v2/';
const GUEST_URL = 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nIjoxfQ';
const DOC = 'Dr. Hannah Okafor';
const PAT = 'Tom Becker';
const SELF = [DOC];
const PHOTO: Record<string, string> = {
  [DOC]: 'https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:a1/profilepicturev2?size=HR64x64',
  [PAT]: 'https://teams.microsoft.com/api/mt/part/amer-02/beta/users/8:orgid:b2/profilepicturev2?size=HR64x64',
};

const WRAPPER = `<div data-tid="closed-caption-renderer-wrapper"><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content"><div class="fui-Flex ___1kqf1c0 f22iagw"></div></div></div></div>`;
const GUEST_WRAPPER = `<div data-tid="closed-caption-renderer-wrapper"><div data-tid="closed-caption-v2-window-wrapper"><div data-tid="closed-caption-v2-virtual-list-content"></div></div></div>`;

const hostBody = (wrapper = WRAPPER) => `
<div id="app">
  <div class="calling-stage"><div class="f419p8h">${wrapper}</div></div>
  <div id="calling-controls">
    <button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More">More</button>
    <div><button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button></div>
  </div>
</div>`;
const guestBody = `
<div id="app">
  <div class="calling-stage"><div class="f419p8h">${GUEST_WRAPPER}</div></div>
  <div id="calling-controls"><button data-tid="anon-hangup-button" aria-label="Leave">Leave</button></div>
</div>`;

function leave(p: Page) {
  p.doc.querySelector('#calling-controls')?.remove();
  p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
}

interface Item {
  root: HTMLElement;
  author: Text;
  text: Text;
}

/** Host view item, per the TMS-FIX outline (§4.3). */
function hostItem(p: Page, name: string, text: string): Item {
  const root = el(
    p.doc,
    `<div class="fui-Flex ___a1b2c3d"><div class="fui-Flex ___e4f5g6h"><div class="fui-Flex ___i7j8k9l">
      <div class="fui-ChatMessageCompact ___1ccp5kb">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer"><span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="${PHOTO[name]}"></span></div></div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
        <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>
          <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText"></span></span></div>
          <div class="fui-Flex f13qh94s"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
        </div></div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      </div>
    </div></div></div>`,
  );
  return fill(p, root, name, text);
}

/** Guest view item (VEXA): author + text inside one div, no items-renderer. */
function guestItem(p: Page, name: string, text: string): Item {
  const root = el(
    p.doc,
    `<div class="fui-Flex ___q9r8s7t"><div><span dir="auto" data-tid="author" class="fui-StyledText"></span></div><div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div>`,
  );
  return fill(p, root, name, text);
}

function fill(p: Page, root: HTMLElement, name: string, text: string): Item {
  const author = p.doc.createTextNode(name);
  const t = p.doc.createTextNode(text);
  q(root, '[data-tid="author"]').appendChild(author);
  q(root, '[data-tid="closed-caption-text"]').appendChild(t);
  return { root, author, text: t };
}

function list(p: Page, guest: boolean): HTMLElement {
  const content = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  return guest ? content : (content.firstElementChild as HTMLElement);
}

/**
 * One utterance: a new item at the tail, grown in place, then re-punctuated (§4.4). `keep` = retention:
 * the oldest items are removed in the same task once there are more than `keep`.
 */
async function say(p: Page, items: Item[], name: string, raw: string, final: string, opts: { guest?: boolean; step?: number; keep?: number } = {}) {
  const step = opts.step ?? 200;
  const it = (opts.guest ? guestItem : hostItem)(p, name, raw.split(' ')[0]!);
  const l = list(p, !!opts.guest);
  l.appendChild(it.root);
  items.push(it);
  if (opts.keep !== undefined) {
    const live = [...l.children];
    for (const old of live.slice(0, Math.max(0, live.length - opts.keep))) old.remove();
  }
  await p.sleep(step);
  await grow(p, it.text, raw, final, step, 1);
  return it;
}

export const teamsScenarios: Scenario[] = [
  {
    // §4.4 "one item per utterance, not per speaker turn. The same speaker produces consecutive items":
    // the patient's three "Yes." are three consecutive items with the identical final text, each grown
    // "yes" → "Yes." in place. A fourth "Yes." follows the clinician's next question.
    name: 'teams: patient says "Yes." three times in a row, one item each (host view)',
    url: URL,
    selfNames: SELF,
    body: hostBody(),
    async play(p) {
      const items: Item[] = [];
      await say(p, items, DOC, 'has the rash spread since monday', 'Has the rash spread since Monday?', { step: 180 });
      await p.sleep(700);
      await say(p, items, PAT, 'yes', 'Yes.');
      await p.sleep(1200);
      await say(p, items, PAT, 'yes', 'Yes.');
      await p.sleep(1000);
      await say(p, items, PAT, 'yes', 'Yes.');
      await p.sleep(900);
      await say(p, items, DOC, 'to your arms as well', 'To your arms as well?', { step: 180 });
      await p.sleep(700);
      await say(p, items, PAT, 'yes', 'Yes.');
      await p.sleep(500);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'Has the rash spread since Monday?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'To your arms as well?' },
      { speaker: PAT, text: 'Yes.' },
    ],
  },
  {
    // §4.4 (LCS #5): after the user resized the caption window, "the first message was replaced by a
    // more recent one" — element reuse in the virtualised list. My model of that (the exact mechanics
    // are not documented): the list now fits two fewer items and re-renders the newest ones into the
    // existing elements by index, so element i shows item i+2 (author and text rewritten in place via
    // characterData, avatar src swapped) and the last two elements are removed. Several elements thus
    // keep "Okay." or have "Okay." extended to a longer earlier-said sentence; nothing new was said.
    // Genuine "Okay." items follow after the resize.
    name: 'teams: "Okay." alternately by both speakers, caption window resized (elements reused)',
    url: URL,
    selfNames: SELF,
    body: hostBody(),
    productTiming: true,
    async play(p) {
      const items: Item[] = [];
      await say(p, items, DOC, 'i am going to lower your dose to twenty milligrams', 'I am going to lower your dose to twenty milligrams.', { step: 220 });
      await p.sleep(1600);
      await say(p, items, PAT, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1500);
      await say(p, items, DOC, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1500);
      await say(p, items, PAT, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1500);
      await say(p, items, DOC, 'okay call me if the dizziness gets worse', 'Okay. Call me if the dizziness gets worse.', { step: 220 });
      await p.sleep(1500);
      await say(p, items, PAT, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1800);
      // Resize: elements 0..3 now show items 2..5; elements 4 and 5 are unmounted.
      const shown = items.map((it) => ({ name: it.author.data, text: it.text.data }));
      for (let i = 0; i + 2 < items.length; i++) {
        const src = shown[i + 2]!;
        items[i]!.author.data = src.name;
        items[i]!.text.data = src.text;
        q<HTMLImageElement>(items[i]!.root, 'img').src = PHOTO[src.name]!;
      }
      items[4]!.root.remove();
      items[5]!.root.remove();
      items.length = 4;
      await p.sleep(2000);
      await say(p, items, DOC, 'take care tom', 'Take care, Tom.', { step: 220 });
      await p.sleep(1500);
      await say(p, items, PAT, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1300);
      await say(p, items, PAT, 'bye', 'Bye.', { step: 250 });
      await p.sleep(1500);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'I am going to lower your dose to twenty milligrams.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Okay.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Okay. Call me if the dizziness gets worse.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Take care, Tom.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: PAT, text: 'Bye.' },
    ],
  },
  {
    // §4.3 guest (anonymous) DOM: items are plain divs with author + text, no items-renderer. The
    // patient's "Mm-hmm." backchannels are consecutive items, twice back to back (§4.4 one item per
    // utterance). §4.4 element reuse "after the user resized or moved the caption window": here the
    // user moves the window and the virtualised list re-mounts — every item is unmounted and NEW
    // elements with the same author and final text are mounted in the same order. That nothing was
    // said again is my reading of a re-mount (the research does not describe a re-mount's content).
    name: 'teams: "Mm-hmm." backchannels in the guest view, list re-mounted when the window is moved',
    url: GUEST_URL,
    selfNames: SELF,
    body: guestBody,
    async play(p) {
      const items: Item[] = [];
      const g = { guest: true, step: 180 };
      await say(p, items, DOC, 'the physiotherapy will start next tuesday', 'The physiotherapy will start next Tuesday.', g);
      await p.sleep(700);
      await say(p, items, PAT, 'mm-hmm', 'Mm-hmm.', g);
      await p.sleep(800);
      await say(p, items, DOC, 'twice a week for the first month', 'Twice a week for the first month.', g);
      await p.sleep(700);
      await say(p, items, PAT, 'mm-hmm', 'Mm-hmm.', g);
      await p.sleep(1100);
      await say(p, items, PAT, 'mm-hmm', 'Mm-hmm.', g);
      await p.sleep(1200);
      // Window moved: the list re-mounts with new elements showing the same items.
      const l = list(p, true);
      const snapshot = items.map((it) => ({ name: it.author.data, text: it.text.data }));
      l.replaceChildren(); // unmount and mount happen in one commit (same task)
      items.length = 0;
      for (const s of snapshot) {
        const it = guestItem(p, s.name, s.text);
        l.appendChild(it.root);
        items.push(it);
      }
      await p.sleep(1200);
      await say(p, items, DOC, 'and keep using the ice pack after each session', 'And keep using the ice pack after each session.', g);
      await p.sleep(700);
      await say(p, items, PAT, 'mm-hmm', 'Mm-hmm.', g);
      await p.sleep(800);
      await say(p, items, DOC, 'does that sound manageable', 'Does that sound manageable?', g);
      await p.sleep(700);
      await say(p, items, PAT, 'mm-hmm', 'Mm-hmm.', g);
      await p.sleep(500);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'The physiotherapy will start next Tuesday.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: DOC, text: 'Twice a week for the first month.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: DOC, text: 'And keep using the ice pack after each session.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: DOC, text: 'Does that sound manageable?' },
      { speaker: PAT, text: 'Mm-hmm.' },
    ],
  },
  {
    // §4.2: captions on is signalled by `closed-caption-renderer-wrapper`; turning them off removes it
    // and turning them on re-adds it (the research's mutation plan). Silent on whether history is
    // shown again after re-enabling; modelled as a new, empty wrapper (most plausible). The patient's
    // "Sí." is the last item before the toggle (wrapper removed 300 ms after its final text) and the
    // first item after it; then a third "Sí.". Spanish consult.
    name: 'teams: "Sí." right before and right after captions are toggled off and on',
    url: URL,
    selfNames: SELF,
    body: hostBody(),
    productTiming: true,
    async play(p) {
      const items: Item[] = [];
      await say(p, items, DOC, 'ha tenido fiebre esta semana', '¿Ha tenido fiebre esta semana?', { step: 220 });
      await p.sleep(1500);
      await say(p, items, PAT, 'sí', 'Sí.', { step: 250 });
      await p.sleep(300);
      q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
      await p.sleep(2200);
      q(p.doc, '.f419p8h').appendChild(el(p.doc, WRAPPER));
      await p.sleep(400);
      await say(p, items, PAT, 'sí', 'Sí.', { step: 250 });
      await p.sleep(1600);
      await say(p, items, DOC, 'más de treinta y ocho grados', '¿Más de treinta y ocho grados?', { step: 220 });
      await p.sleep(1500);
      await say(p, items, PAT, 'sí', 'Sí.', { step: 250 });
      await p.sleep(1500);
      await say(p, items, DOC, 'de acuerdo', 'De acuerdo.', { step: 220 });
      await p.sleep(1500);
    },
    leave,
    expected: [
      { speaker: DOC, text: '¿Ha tenido fiebre esta semana?' },
      { speaker: PAT, text: 'Sí.' },
      { speaker: PAT, text: 'Sí.' },
      { speaker: DOC, text: '¿Más de treinta y ocho grados?' },
      { speaker: PAT, text: 'Sí.' },
      { speaker: DOC, text: 'De acuerdo.' },
    ],
  },
  {
    // §4.4 limited retention ("the Live Caption DOM only keeps a certain number of entries"; the count
    // is unverified, §10 — I use 20, the low end of the research's "about 20–50"). The oldest item is
    // removed in the same task as the new one is appended, so when the clinician asks "Can you hear
    // me?" a second time the first "Can you hear me?" item leaves as the new one arrives, and the
    // patient's "Yes." arrives as the old "Yes." leaves. Many one-word "No." answers in between.
    name: 'teams: "Can you hear me?" twice in a long checklist, retention drops the identical old item',
    url: URL,
    selfNames: SELF,
    body: hostBody(),
    async play(p) {
      const items: Item[] = [];
      const o = { step: 150, keep: 20 };
      const turns: [string, string, string][] = [
        [DOC, 'can you hear me', 'Can you hear me?'],
        [PAT, 'yes', 'Yes.'],
        [DOC, 'any chest pain since the last visit', 'Any chest pain since the last visit?'],
        [PAT, 'no', 'No.'],
        [DOC, 'shortness of breath', 'Shortness of breath?'],
        [PAT, 'no', 'No.'],
        [DOC, 'swelling in your ankles', 'Swelling in your ankles?'],
        [PAT, 'no', 'No.'],
        [DOC, 'trouble sleeping', 'Trouble sleeping?'],
        [PAT, 'a little', 'A little.'],
        [DOC, 'headaches', 'Headaches?'],
        [PAT, 'no', 'No.'],
        [DOC, 'any new medications', 'Any new medications?'],
        [PAT, 'no', 'No.'],
        [DOC, 'still taking the aspirin', 'Still taking the aspirin?'],
        [PAT, 'yes', 'Yes.'],
        [DOC, 'every day', 'Every day?'],
        [PAT, 'yes', 'Yes.'],
        [DOC, 'good', 'Good.'],
        [PAT, 'sorry you froze for a second', 'Sorry, you froze for a second.'],
        [DOC, 'can you hear me', 'Can you hear me?'],
        [PAT, 'yes', 'Yes.'],
        [DOC, 'okay i will send the prescription', 'Okay, I will send the prescription.'],
        [PAT, 'thanks', 'Thanks.'],
      ];
      for (const [who, raw, fin] of turns) {
        await say(p, items, who, raw, fin, o);
        await p.sleep(who === PAT ? 450 : 350);
      }
      await p.sleep(300);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'Any chest pain since the last visit?' },
      { speaker: PAT, text: 'No.' },
      { speaker: DOC, text: 'Shortness of breath?' },
      { speaker: PAT, text: 'No.' },
      { speaker: DOC, text: 'Swelling in your ankles?' },
      { speaker: PAT, text: 'No.' },
      { speaker: DOC, text: 'Trouble sleeping?' },
      { speaker: PAT, text: 'A little.' },
      { speaker: DOC, text: 'Headaches?' },
      { speaker: PAT, text: 'No.' },
      { speaker: DOC, text: 'Any new medications?' },
      { speaker: PAT, text: 'No.' },
      { speaker: DOC, text: 'Still taking the aspirin?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'Every day?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'Good.' },
      { speaker: PAT, text: 'Sorry, you froze for a second.' },
      { speaker: DOC, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'Okay, I will send the prescription.' },
      { speaker: PAT, text: 'Thanks.' },
    ],
  },
];
