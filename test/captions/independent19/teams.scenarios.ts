// Microsoft Teams blind scenarios (round 19). Written only from /work/shared/research/caption-platforms.md:
//   §4.1 (URL shapes on teams.microsoft.com / teams.live.com light meetings / teams.cloud.microsoft;
//        in-call markers `#hangup-button`, `button[data-tid=hangup-main-btn | anon-hangup-button]`),
//   §4.2 (`closed-caption-renderer-wrapper` present while captions are on; `.f419p8h` wrapper class),
//   §4.3 (2026 host item outline from TMS-FIX: `closed-caption-v2-window-wrapper` ›
//        `closed-caption-v2-virtual-list-content` › fui-Flex nest › `fui-ChatMessageCompact` with the
//        avatar `closed-captions-v2-items-renderer`, `[data-tid=author]`, `[data-tid=closed-caption-text]`;
//        guest variant without items-renderer; rotating atomic-CSS class hashes; `dir="auto"`),
//   §4.4 (one item per utterance, in-place word growth then re-punctuation/capitalisation, a new tail
//        item finalises the previous one; consecutive items from one speaker),
//   §4.5 (self captions carry the user's own display name, not "You"),
//   §8 (data-tid atoms as anchors), §9 (host vs guest variants, growth + re-punctuation).
import { el, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

/** A text state, a hold in ms, or a side effect (toast, lobby, chat). */
type Step = string | number | ((p: Page) => void);

interface Turn {
  who: string;
  steps: Step[];
  gap: number;
}

/** Deterministic spread in [lo, hi] so word updates do not tick like a metronome. */
const spread = (i: number, lo: number, hi: number) => lo + ((i * 47 + 13) % (hi - lo + 1));

function words(base: string, text: string): string[] {
  const w = text.split(' ');
  return w.map((_, i) => (base ? `${base} ` : '') + w.slice(0, i + 1).join(' '));
}

/**
 * Teams-style refinement (§4.4): the interim is unpunctuated with a lower-case first word, grows word by
 * word, then the final re-punctuated, capitalised text replaces it in the same node.
 */
function tsay(final: string, interim?: string): string[] {
  let raw = interim ?? final.replace(/[¿¡]/g, '').replace(/[.,!?;:]+(?=\s|$)/g, '');
  if (interim === undefined && !/^I(\s|')/.test(raw)) raw = raw.charAt(0).toLowerCase() + raw.slice(1);
  return [...words('', raw), final];
}

const hashes = ['___1ccp5kb f22iagw', '___3dt5ld0 f1l02sjl', '___1r7nw8k fly5x3f', '___m9x1yv f13qh94s'];

function hostItem(doc: Document, who: string, first: string, n: number): { item: HTMLElement; text: Text } {
  const h = (k: number) => hashes[(n + k) % hashes.length] ?? '';
  const item = el(
    doc,
    `<div class="fui-Flex ${h(0)}"><div class="fui-Flex ${h(1)}"><div class="fui-Flex ${h(2)}">
      <div class="fui-ChatMessageCompact ${h(3)}">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar">
          <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="cc-${4100 + n}">
            <span role="presentation" class="fui-Avatar ${h(1)}"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/emea-02/beta/users/8:orgid:${who.length}${n}/profilepicturev2?size=HR64x64"></span>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
        <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
          <div>
            <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ${h(2)}"></span></span></div>
            <div class="fui-Flex ${h(0)}"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ${h(3)}"></span></div>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      </div>
    </div></div></div>`,
  );
  q(item, '[data-tid="author"]').textContent = who;
  const text = doc.createTextNode(first);
  q(item, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item, text };
}

function guestItem(doc: Document, who: string, first: string, n: number): { item: HTMLElement; text: Text } {
  const item = el(
    doc,
    `<div class="fui-Flex ${hashes[n % hashes.length] ?? ''}"><div><span dir="auto" data-tid="author" class="fui-StyledText"></span></div><div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div>`,
  );
  q(item, '[data-tid="author"]').textContent = who;
  const text = doc.createTextNode(first);
  q(item, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item, text };
}

function teamsBody(opts: { guest: boolean; people: string[] }): string {
  const tiles = opts.people
    .map((n) => `<div data-tid="video-tile" data-stream-type="Video"><div data-tid="participant-name"><span>${n}</span></div></div>`)
    .join('');
  const hangup = opts.guest
    ? '<button id="hangup-button" data-tid="anon-hangup-button" aria-label="Leave (Ctrl+Shift+H)" type="button"><span>Leave</span></button>'
    : '<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave (Ctrl+Shift+H)" type="button"><span>Leave</span></button>';
  return `
<div id="app" class="app-layout">
  <div data-call-root="1" class="ts-calling-screen">
    <div data-tid="calling-stage">
      <div data-tid="video-gallery">${tiles}</div>
      <div data-tid="reactions-overlay" aria-hidden="true"></div>
      <div data-tid="toast-host" aria-live="polite"></div>
      <div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___1h7tgn4">
        <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___6u2xk0">
          <div data-tid="closed-caption-v2-virtual-list-content" class="___e7q8v1">${opts.guest ? '' : '<div class="fui-Flex ___1x6q5pl f22iagw"></div>'}</div>
        </div>
      </div>
    </div>
    <div id="calling-unified-bar" role="toolbar" aria-label="Meeting controls">
      <button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" type="button"><span>More</span></button>
      <button data-tid="raise-hand-button" aria-label="Raise your hand (Ctrl+Shift+K)" type="button"><span>Raise</span></button>
      <button data-tid="reactions-button" aria-label="React" type="button"><span>React</span></button>
      ${hangup}
    </div>
  </div>
</div>`;
}

async function teamsPlay(p: Page, turns: Turn[], guest: boolean, lo: number, hi: number) {
  const list = guest
    ? q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]')
    : q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
  let n = 0;
  let i = 0;
  for (const t of turns) {
    let node: Text | null = null;
    for (const s of t.steps) {
      if (typeof s === 'number') {
        await p.sleep(s);
      } else if (typeof s === 'function') {
        s(p);
      } else {
        if (!node) {
          const made = guest ? guestItem(p.doc, t.who, s, n++) : hostItem(p.doc, t.who, s, n++);
          list.appendChild(made.item);
          node = made.text;
        } else if (node.data !== s) {
          node.data = s;
        }
        await p.sleep(spread(i++, lo, hi));
      }
    }
    await p.sleep(t.gap);
  }
}

/** Leaving: the calling screen with the hang-up button and the caption wrapper is torn down. */
function teamsLeave(p: Page) {
  q(p.doc, '[data-call-root]').remove();
}

function toast(p: Page, kind: string, html: string) {
  q(p.doc, '[data-tid="toast-host"]').appendChild(el(p.doc, `<div data-tid="toast-${kind}" role="alert" class="fui-Toast ___9zq1b"><div class="fui-Toast__body">${html}</div></div>`));
}
function dropToast(p: Page, kind: string) {
  p.doc.querySelector(`[data-tid="toast-${kind}"]`)?.remove();
}

// ------------------------------------------------------------------------------------------------
// Scenario 1. Host view on teams.microsoft.com/v2. Assumptions where the research is silent: each
// one-word reply ("No.", "Nope.", "Here?") is its own caption item; the hand-raise toast, the floating
// reaction and the chat preview toast live in the calling stage next to (not inside) the caption
// wrapper, with invented data-tid values; initials are not used (photo avatars, as in TMS-FIX).
// ------------------------------------------------------------------------------------------------
const t1Self = 'Dr. Hannah Okafor';
const t1Pt = 'Derek Lindqvist';

const t1: Scenario = {
  name: 'teams: post-op wound check, rapid one-word replies, hand-raise, reaction and chat toasts',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [t1Self],
  body: teamsBody({ guest: false, people: [t1Self, t1Pt] }),
  async play(p) {
    await teamsPlay(
      p,
      [
        { who: t1Self, steps: tsay('Hi Derek, can you angle the camera so I can see the incision?'), gap: 800 },
        { who: t1Pt, steps: tsay('Like this?'), gap: 300 },
        { who: t1Self, steps: tsay('A little lower.'), gap: 250 },
        { who: t1Pt, steps: tsay('Here?'), gap: 300 },
        {
          who: t1Self,
          steps: [
            ...tsay('Perfect.'),
            (pg) => q(pg.doc, '[data-tid="reactions-overlay"]').appendChild(el(pg.doc, '<div class="reaction-bubble"><span>👍</span><span>Derek Lindqvist</span></div>')),
          ],
          gap: 600,
        },
        { who: t1Pt, steps: tsay("It's been itchy but not painful."), gap: 500 },
        { who: t1Self, steps: tsay('Any drainage on the dressing?'), gap: 300 },
        {
          who: t1Pt,
          steps: [
            (pg) => toast(pg, 'raise-hand', '<span>Derek Lindqvist raised their hand</span><button type="button">Lower hand</button>'),
            200,
            ...tsay('No.'),
          ],
          gap: 250,
        },
        { who: t1Self, steps: [(pg) => dropToast(pg, 'raise-hand'), ...tsay('Fever or chills?')], gap: 300 },
        { who: t1Pt, steps: tsay('Nope.'), gap: 400 },
        { who: t1Self, steps: tsay('Redness spreading out from the edges?'), gap: 350 },
        { who: t1Pt, steps: tsay("Not that I've noticed."), gap: 700 },
        {
          who: t1Self,
          steps: [
            ...tsay('Good, it is healing nicely. Keep it dry for three more days, then you can shower normally.').slice(0, 6),
            (pg) => toast(pg, 'chat', '<strong>Derek Lindqvist</strong><span>sent a photo from this morning</span><button type="button">Reply</button>'),
            ...tsay('Good, it is healing nicely. Keep it dry for three more days, then you can shower normally.').slice(6),
          ],
          gap: 400,
        },
        { who: t1Pt, steps: tsay('Great.'), gap: 600 },
        { who: t1Self, steps: [(pg) => dropToast(pg, 'chat'), ...tsay('Call us if it opens up or you see any pus.')], gap: 300 },
        { who: t1Pt, steps: tsay('Will do, thanks.'), gap: 200 },
      ],
      false,
      90,
      200,
    );
  },
  leave: teamsLeave,
  expected: [
    { speaker: t1Self, role: 'clinician', text: 'Hi Derek, can you angle the camera so I can see the incision?' },
    { speaker: t1Pt, role: 'patient', text: 'Like this?' },
    { speaker: t1Self, role: 'clinician', text: 'A little lower.' },
    { speaker: t1Pt, role: 'patient', text: 'Here?' },
    { speaker: t1Self, role: 'clinician', text: 'Perfect.' },
    { speaker: t1Pt, role: 'patient', text: "It's been itchy but not painful." },
    { speaker: t1Self, role: 'clinician', text: 'Any drainage on the dressing?' },
    { speaker: t1Pt, role: 'patient', text: 'No.' },
    { speaker: t1Self, role: 'clinician', text: 'Fever or chills?' },
    { speaker: t1Pt, role: 'patient', text: 'Nope.' },
    { speaker: t1Self, role: 'clinician', text: 'Redness spreading out from the edges?' },
    { speaker: t1Pt, role: 'patient', text: "Not that I've noticed." },
    { speaker: t1Self, role: 'clinician', text: 'Good, it is healing nicely. Keep it dry for three more days, then you can shower normally.' },
    { speaker: t1Pt, role: 'patient', text: 'Great.' },
    { speaker: t1Self, role: 'clinician', text: 'Call us if it opens up or you see any pus.' },
    { speaker: t1Pt, role: 'patient', text: 'Will do, thanks.' },
  ],
  forbidden: ['raised their hand', 'Lower hand', '👍', 'photo from this morning', 'Reply', 'Raise your hand', '(Ctrl+Shift+H)'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 2 (product timing). Guest (anonymous) view on a teams.live.com light meeting: items are
// `(div) > author + text` with no items-renderer (§4.3, VEXA). Assumptions where the research is
// silent: the clinician joined as a guest and the guest hang-up button also carries
// id="hangup-button"; a 3.5 s mid-sentence pause keeps the SAME item growing (no new item); the final
// refinement rewrites spoken doses as numerals ("three point four" → "3.4", "five milligram" → "5 mg",
// "two point five milligrams" → "2.5 mg") and can change several earlier words at once
// ("amox so lend" → "amoxicillin").
// ------------------------------------------------------------------------------------------------
const t2Self = 'Dr. Tomás Ibarra';
const t2Pt = 'Gloria Pennington';
const t2Inr = 'Gloria, your INR came back at 3.4 this morning, which is a bit above our target.';
const t2PauseA = "I'm taking the five milligram tablets on Monday Wednesday and Friday and on the other days I take";
const t2Pause = "I'm taking the 5 mg tablets on Monday, Wednesday and Friday, and on the other days I take the 2.5, I think. Let me check the bottle.";
const t2Plan = "Okay. Skip tonight's dose, then take 2.5 mg every day this week, and we'll recheck on Friday.";

const t2: Scenario = {
  name: 'teams: warfarin review as a guest, dose numerals rewritten, 3.5 s mid-sentence pause, product timing',
  url: 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nVXJsIjoiaHR0cHM6Ly90ZWFtcy5saXZlLmNvbS9tZWV0LzkzODQ3MTIwNTUifQ',
  selfNames: [t2Self],
  productTiming: true,
  body: teamsBody({ guest: true, people: [t2Self, t2Pt] }),
  async play(p) {
    await teamsPlay(
      p,
      [
        {
          who: t2Self,
          steps: [
            ...words('', 'Gloria your INR came back at three point four this morning'),
            'Gloria, your INR came back at 3.4 this morning',
            ...words('Gloria, your INR came back at 3.4 this morning', 'which is a bit above our target'),
            t2Inr,
          ],
          gap: 900,
        },
        { who: t2Pt, steps: tsay('Oh. Is that from the antibiotics?'), gap: 600 },
        { who: t2Self, steps: [...words('', 'probably amox so lend can push it up'), 'Probably, amoxicillin can push it up.'], gap: 800 },
        {
          who: t2Pt,
          steps: [...words('', t2PauseA), 3500, ...words(t2PauseA, 'the two and a half I think let me check the bottle'), t2Pause],
          gap: 1300,
        },
        { who: t2Self, steps: tsay('Take your time.'), gap: 1500 },
        { who: t2Pt, steps: [...words('', 'yes two point five milligrams'), 'Yes, 2.5 mg.'], gap: 600 },
        {
          who: t2Self,
          steps: [
            ...words('', "okay skip tonight's dose then take two point five milligrams every day this week"),
            "Okay. Skip tonight's dose, then take 2.5 mg every day this week",
            ...words("Okay. Skip tonight's dose, then take 2.5 mg every day this week", "and we'll recheck on Friday"),
            t2Plan,
          ],
          gap: 500,
        },
        { who: t2Pt, steps: tsay('Skip tonight.'), gap: 250 },
        { who: t2Self, steps: tsay('Right.'), gap: 300 },
        { who: t2Pt, steps: tsay('And then the small one every day.'), gap: 400 },
        { who: t2Self, steps: tsay('Exactly. Any bleeding gums or dark stools?'), gap: 500 },
        { who: t2Pt, steps: tsay('No, nothing like that.'), gap: 600 },
        { who: t2Self, steps: tsay('Good. Keep your greens about the same as usual.'), gap: 400 },
        { who: t2Pt, steps: tsay('Will do. See you Friday.', 'will do see you Friday'), gap: 200 },
      ],
      true,
      150,
      250,
    );
  },
  leave: teamsLeave,
  expected: [
    { speaker: t2Self, role: 'clinician', text: t2Inr },
    { speaker: t2Pt, role: 'patient', text: 'Oh. Is that from the antibiotics?' },
    { speaker: t2Self, role: 'clinician', text: 'Probably, amoxicillin can push it up.' },
    { speaker: t2Pt, role: 'patient', text: t2Pause },
    { speaker: t2Self, role: 'clinician', text: 'Take your time.' },
    { speaker: t2Pt, role: 'patient', text: 'Yes, 2.5 mg.' },
    { speaker: t2Self, role: 'clinician', text: t2Plan },
    { speaker: t2Pt, role: 'patient', text: 'Skip tonight.' },
    { speaker: t2Self, role: 'clinician', text: 'Right.' },
    { speaker: t2Pt, role: 'patient', text: 'And then the small one every day.' },
    { speaker: t2Self, role: 'clinician', text: 'Exactly. Any bleeding gums or dark stools?' },
    { speaker: t2Pt, role: 'patient', text: 'No, nothing like that.' },
    { speaker: t2Self, role: 'clinician', text: 'Good. Keep your greens about the same as usual.' },
    { speaker: t2Pt, role: 'patient', text: 'Will do. See you Friday.' },
  ],
  forbidden: ['(Ctrl+Shift+H)', 'Raise your hand', 'More'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 3. Host view on teams.cloud.microsoft. Assumptions where the research is silent: a mother
// and child on one laptop appear under the single account name "Keisha Reynolds", each utterance
// still its own item (so consecutive items share the author); the lobby notice ("waiting in the
// lobby" + Admit), the "joined" toast and a chat preview toast are alerts in the calling stage, not
// in the caption wrapper; the respiratory therapist who joins mid-call gets no role. Both people on
// the shared device are expected as one speaker with the patient role.
// ------------------------------------------------------------------------------------------------
const t3Self = 'Dr. Naomi Feld';
const t3Dev = 'Keisha Reynolds';
const t3Rt = 'Chris Faulkner';

const t3: Scenario = {
  name: 'teams: pediatric asthma, mother and child share one laptop, lobby, joined and chat toasts',
  url: 'https://teams.cloud.microsoft/v2/?meetingjoin=true#/meet/9381452267?p=Xy7Qw3Lm',
  selfNames: [t3Self],
  body: teamsBody({ guest: false, people: [t3Self, t3Dev] }),
  async play(p) {
    await teamsPlay(
      p,
      [
        { who: t3Self, steps: tsay("Hi Keisha, hi Jaylen! How's the breathing been since we switched inhalers?"), gap: 900 },
        { who: t3Dev, steps: tsay("Better at night. He's only woken up coughing once this week."), gap: 700 },
        { who: t3Dev, steps: tsay('I did the puffer before soccer!'), gap: 600 },
        { who: t3Self, steps: tsay("That's great, Jaylen. Did you use the spacer?"), gap: 300 },
        { who: t3Dev, steps: tsay('Yeah.'), gap: 500 },
        { who: t3Dev, steps: tsay('Most of the time. At school he forgets it.'), gap: 600 },
        {
          who: t3Self,
          steps: [
            (pg) => toast(pg, 'lobby', '<span>Chris Faulkner is waiting in the lobby.</span><button type="button">Admit</button><button type="button">View lobby</button>'),
            ...tsay('Okay. The school nurse can keep a spacer there for him.'),
          ],
          gap: 800,
        },
        {
          who: t3Self,
          steps: [
            (pg) => {
              dropToast(pg, 'lobby');
              toast(pg, 'joined', '<span>Chris Faulkner joined the meeting</span>');
              q(pg.doc, '[data-tid="video-gallery"]').appendChild(
                el(pg.doc, '<div data-tid="video-tile" data-stream-type="Video"><div data-tid="participant-name"><span>Chris Faulkner</span></div></div>'),
              );
            },
            ...tsay('Our respiratory therapist Chris is joining to check his technique.'),
            (pg) => dropToast(pg, 'joined'),
          ],
          gap: 900,
        },
        { who: t3Rt, steps: tsay('Hey buddy, can you show me how you shake it first?'), gap: 600 },
        { who: t3Dev, steps: tsay('Like this?'), gap: 400 },
        { who: t3Rt, steps: tsay('Perfect. Now breathe out all the way, then take a slow breath in and count to ten.'), gap: 700 },
        {
          who: t3Dev,
          steps: [
            (pg) => toast(pg, 'chat', '<strong>Keisha Reynolds</strong><span>can you send the school form too</span>'),
            ...tsay('He rushes the count.'),
          ],
          gap: 500,
        },
        { who: t3Rt, steps: tsay("That's really common. A slow count makes a big difference."), gap: 800 },
        {
          who: t3Self,
          steps: [(pg) => dropToast(pg, 'chat'), ...tsay("Let's keep the controller at two puffs twice a day and recheck in a month.")],
          gap: 500,
        },
        { who: t3Dev, steps: tsay('Sounds good, thank you.'), gap: 200 },
      ],
      false,
      90,
      200,
    );
  },
  leave: teamsLeave,
  expected: [
    { speaker: t3Self, role: 'clinician', text: "Hi Keisha, hi Jaylen! How's the breathing been since we switched inhalers?" },
    { speaker: t3Dev, role: 'patient', text: "Better at night. He's only woken up coughing once this week." },
    { speaker: t3Dev, role: 'patient', text: 'I did the puffer before soccer!' },
    { speaker: t3Self, role: 'clinician', text: "That's great, Jaylen. Did you use the spacer?" },
    { speaker: t3Dev, role: 'patient', text: 'Yeah.' },
    { speaker: t3Dev, role: 'patient', text: 'Most of the time. At school he forgets it.' },
    { speaker: t3Self, role: 'clinician', text: 'Okay. The school nurse can keep a spacer there for him.' },
    { speaker: t3Self, role: 'clinician', text: 'Our respiratory therapist Chris is joining to check his technique.' },
    { speaker: t3Rt, text: 'Hey buddy, can you show me how you shake it first?' },
    { speaker: t3Dev, role: 'patient', text: 'Like this?' },
    { speaker: t3Rt, text: 'Perfect. Now breathe out all the way, then take a slow breath in and count to ten.' },
    { speaker: t3Dev, role: 'patient', text: 'He rushes the count.' },
    { speaker: t3Rt, text: "That's really common. A slow count makes a big difference." },
    { speaker: t3Self, role: 'clinician', text: "Let's keep the controller at two puffs twice a day and recheck in a month." },
    { speaker: t3Dev, role: 'patient', text: 'Sounds good, thank you.' },
  ],
  forbidden: ['waiting in the lobby', 'Admit', 'View lobby', 'joined the meeting', 'school form', '(Ctrl+Shift+H)'],
};

export const teamsScenarios: Scenario[] = [t1, t2, t3];
