// Microsoft Teams, blind scenarios, round 20. Themes: a 60+ second monologue split over items,
// backchannels, dictation and spelling with digits rewritten, interleaved crosstalk, exact repeats, a
// guest shown under a device name, the guest (anonymous) DOM variant, and one run with product timing.
//
// Written only from /work/shared/research/caption-platforms.md (and the kit/runner API). Sections used:
//   §1    cross-platform summary (one list item per utterance, `[data-tid=author]`, own display name).
//   §4.1  URLs (`teams.microsoft.com/v2/`, `teams.cloud.microsoft`, `teams.live.com/light-meetings/…`).
//         In-call markers `#hangup-button` and `button[data-tid=hangup-main-btn|anon-hangup-button]`,
//         `more-button`.
//   §4.2  captions on = `[data-tid="closed-caption-renderer-wrapper"]` present (class `.f419p8h`).
//   §4.3  `closed-caption-v2-window-wrapper` › `closed-caption-v2-virtual-list-content` › list inner ›
//         nested `fui-Flex` › `fui-ChatMessageCompact` item with avatar in
//         `[data-tid=closed-captions-v2-items-renderer]`, `[data-tid=author]` and
//         `[data-tid=closed-caption-text]` (both `dir="auto"`, TMS-FIX outline). Host vs. guest DOM: the
//         guest view has no items-renderer, just `(div) › author + text` (VEXA). Atomic class hashes rotate.
//   §4.4  in-place refinement (word growth, then re-punctuation and capitalisation); one item per
//         utterance, so one speaker makes consecutive items; a new tail entry means the previous one can
//         never change again; overlapping speakers give an interleaving order (ACS); limited retention,
//         so the oldest items are removed.
//   §4.5  self captions carry the own display name, not "You" [I].
//   §8    (1 data-tid anchors, 7 superseded entry final immediately, 8 identity), §9 checklist.
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
 * What Teams shows for one caption, frame by frame. Strings are appended a few words at a time, with
 * no trailing punctuation and a lower-case first letter while the caption is partial. `{to}` rewrites
 * the whole text. `{fix, by}` rewrites the latest occurrence of a phrase ("three one two" → "312"). The
 * last frame is always `final`, the re-punctuated, capitalised text the item settles on.
 */
function frames(final: string, parts: readonly Part[] = [final], chunks: readonly number[] = WORDS): string[] {
  const draft = (s: string) => s.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
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
        out.push(draft(cur.replace(/[.,?!;:]+$/, '')));
      }
    } else if ('to' in part) {
      cur = part.to;
      out.push(draft(cur));
    } else {
      const at = cur.lastIndexOf(part.fix);
      if (at < 0) throw new Error(`scenario bug: "${part.fix}" not in "${cur}"`);
      cur = cur.slice(0, at) + part.by + cur.slice(at + part.fix.length);
      out.push(draft(cur));
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
// Teams page.

interface Who {
  name: string;
  /** Avatar image id; the guest view shows no avatar. */
  img: string;
}

interface View {
  /** Anonymous-guest DOM (VEXA): no list inner, no items-renderer, no avatar. */
  guest: boolean;
  /** Retention: the oldest items are removed beyond this many. */
  keep: number;
}

/**
 * The in-call page with captions on. The `call-root` wrapper and the chat pane's data-tids are invented
 * (the research names neither); everything in the caption tree is from §4.3.
 */
function teamsBody(v: View): string {
  const inner = v.guest ? '' : '<div class="fui-Flex ___1ccp5kb f22iagw f1vx9l62"></div>';
  const hangup = v.guest
    ? '<button id="hangup-button" data-tid="anon-hangup-button" aria-label="Leave" type="button"><svg aria-hidden="true"></svg></button>'
    : '<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave" type="button"><svg aria-hidden="true"></svg></button>';
  return `
<div id="app">
  <div class="call-root">
    <div data-tid="closed-caption-renderer-wrapper" class="f419p8h fly5x3f">
      <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___m3nq0a0">
        <div data-tid="closed-caption-v2-virtual-list-content">${inner}</div>
      </div>
    </div>
    <div id="calling-controls" role="toolbar" aria-label="Meeting controls">
      <button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" type="button"><svg aria-hidden="true"></svg></button>
      ${hangup}
    </div>
    <div data-tid="chat-pane" role="complementary" aria-label="Meeting chat"><div data-tid="chat-pane-list"></div></div>
  </div>
</div>`.replace(/>\s+</g, '><');
}

/** Appends one caption item for `who` and returns its text node. */
function item(p: Page, v: View, who: Who, first: string): Text {
  const content = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  const list = v.guest ? content : (content.firstElementChild as HTMLElement);
  const node = v.guest
    ? el(
        p.doc,
        `<div class="___k2x9pd0"><div><span dir="auto" data-tid="author" class="fui-StyledText">${who.name}</span></div><div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div>`,
      )
    : el(
        p.doc,
        `<div class="fui-Flex ___a7y1b2c"><div class="fui-Flex ___f0q3w1e"><div class="fui-Flex ___z8c5d4r">
          <div class="fui-ChatMessageCompact ___1ycvp3n">
            <div></div>
            <div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer"><span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/emea-02/beta/users/${who.img}/profilepicturev2?size=HR64x64"></span></div></div>
            <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
            <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>
              <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${who.name}</span></span></div>
              <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
            </div></div>
            <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
          </div>
        </div></div></div>`.replace(/>\s+</g, '><'),
      );
  const t = p.doc.createTextNode(first);
  q(node, '[data-tid="closed-caption-text"]').append(t);
  list.append(node);
  while (list.childElementCount > v.keep) list.firstElementChild!.remove();
  return t;
}

/** One utterance: a new item that grows, then settles on its re-punctuated final text. */
async function say(p: Page, v: View, who: Who, fr: readonly string[], speed: Speed): Promise<Text> {
  const t = item(p, v, who, fr[0]!);
  await play(p, t, fr, speed);
  return t;
}

function chat(p: Page, author: string, text: string): void {
  q(p.doc, '[data-tid="chat-pane-list"]').append(
    el(p.doc, `<div data-tid="chat-pane-item"><span data-tid="message-author-name">${author}</span><div data-tid="chat-pane-message" dir="auto">${text}</div></div>`),
  );
}

/** Leaving: optionally the user clicks the hang-up button; the call UI (markers, captions) goes away. */
function leaveTeams(p: Page, click: boolean): void {
  if (click) q<HTMLButtonElement>(p.doc, '#hangup-button').click();
  q(p.doc, '.call-root').remove();
  p.doc.body.append(el(p.doc, '<div role="main" class="call-ended"><h2>You left the meeting</h2></div>'));
}

// ------------------------------------------------------------------------------------------------
// 1. Knee-replacement discharge: a ~65-second plan (about 160 words) split over seven consecutive items
//    of the same speaker, then an explanation with "Mm-hmm." / "Yeah." backchannels. Host view.
//
// Assumptions where the research is silent:
// - A long monologue gets a new item at each sentence or breath (150–400 ms apart). Each item settles
//   on its final text before the next one appears (VEXA: the previous item never changes again).
// - Backchannels are captioned as their own short items.
// - Retention keeps the last 20 items, so the first two items are removed near the end, long after they
//   settled. The research gives "about 20–50".
// - A chat message in the meeting chat pane must not leak into the captions.
// - Leaving: the user clicks #hangup-button and the call UI goes away.

const t1 = (() => {
  const SELF = 'Dr. Ingrid Solberg';
  const DOC: Who = { name: SELF, img: '8:orgid:2f6c1a90' };
  const PAT: Who = { name: 'Kwame Mensah', img: '8:orgid:91be77d4' };
  const v: View = { guest: false, keep: 20 };
  const CHAT = 'Photo of the incision is attached';
  const MONO: [string, readonly Part[] | undefined][] = [
    ["Good. I'm going to go through your discharge plan after the knee replacement in one go, and then you can stop me with questions.", undefined],
    [
      'For pain, take acetaminophen 1000 milligrams every eight hours, and only use the oxycodone if the pain is still above six out of ten.',
      [
        'for pain take acetaminophen one thousand',
        { fix: 'one thousand', by: '1000' },
        'milligrams every eight hours and only use the oxy codone',
        { fix: 'oxy codone', by: 'oxycodone' },
        'if the pain is still above six out of ten',
      ],
    ],
    ['The blood thinner injection is once a day at the same time, in the belly, at least two inches from the belly button, for fourteen days.', undefined],
    ['Keep the dressing dry, and no baths or pools until the staples come out at your two week visit.', undefined],
    ["The physical therapist will come to the house on Monday and Thursday, and the exercises they give you matter more than anything else I've said.", undefined],
    ['And if your calf gets swollen, hot or painful, or you get short of breath, call 911 straight away, because that can be a clot.', ['and if your calf gets swollen hot or painful or you get short of breath call nine one one', { fix: 'nine one one', by: '911' }, 'straight away because that can be a clot']],
    ["I'll also put all of this in writing in the portal, so you don't need to remember every number today.", undefined],
  ];
  const T = {
    c1: 'Hello Kwame, are you able to hear me okay?',
    p2: 'Yes, loud and clear.',
    p4: "Okay, that's clear.",
    c5: 'Let me just explain why the exercises matter so much, because people often skip them.',
    p6: 'Mm-hmm.',
    c7: "In the first six weeks, scar tissue forms around the new joint, and if the knee stays stiff during that time, it's very hard to get the bend back later.",
    p8: 'Yeah.',
    c9: 'So even when it hurts, doing the bends three times a day is what gets you walking normally again.',
    p10: 'Mm-hmm.',
    c11: 'Taking the pain tablet about half an hour before the exercises makes that a lot easier.',
    p12: 'Yeah, that makes sense.',
    c13: 'Do you have someone at home to help you for the first week?',
    p14: 'My wife is off work until the 20th.',
    c15: "Perfect. Then we're done for today, and I'll see you at the two week visit.",
    p16: 'Thank you, doctor. Bye.',
  };
  const s: Scenario = {
    name: 'teams: 65-second discharge plan over seven items, then backchannels (host view)',
    url: 'https://teams.microsoft.com/v2/',
    selfNames: [SELF],
    body: teamsBody(v),
    async play(p) {
      await p.sleep(400);
      await say(p, v, DOC, frames(T.c1), FAST);
      await p.sleep(600);
      await say(p, v, PAT, frames(T.p2), FAST);
      await p.sleep(700);
      for (const [i, [text, parts]] of MONO.entries()) {
        await say(p, v, DOC, frames(text, parts ?? [text], CHUNKS), FAST);
        await p.sleep(150 + ((i * 97) % 250));
        if (i === 3) chat(p, PAT.name, CHAT);
      }
      await p.sleep(700);
      await say(p, v, PAT, frames(T.p4), FAST);
      await p.sleep(500);
      await say(p, v, DOC, frames(T.c5), FAST);
      await p.sleep(250);
      await say(p, v, PAT, frames(T.p6), FAST);
      await p.sleep(300);
      await say(p, v, DOC, frames(T.c7), FAST);
      await p.sleep(250);
      await say(p, v, PAT, frames(T.p8), FAST);
      await p.sleep(300);
      await say(p, v, DOC, frames(T.c9), FAST);
      await p.sleep(250);
      await say(p, v, PAT, frames(T.p10), FAST);
      await p.sleep(300);
      await say(p, v, DOC, frames(T.c11), FAST);
      await p.sleep(500);
      await say(p, v, PAT, frames(T.p12), FAST);
      await p.sleep(600);
      await say(p, v, DOC, frames(T.c13), FAST);
      await p.sleep(700);
      await say(p, v, PAT, frames(T.p14, ['my wife is off work until the twentieth', { fix: 'twentieth', by: '20th' }]), FAST);
      await p.sleep(500);
      await say(p, v, DOC, frames(T.c15), FAST);
      await p.sleep(600);
      await say(p, v, PAT, frames(T.p16), FAST);
    },
    leave: (p) => leaveTeams(p, true),
    expected: [
      x(SELF, 'clinician', T.c1),
      x(PAT.name, 'patient', T.p2),
      ...MONO.map(([text]) => x(SELF, 'clinician', text)),
      x(PAT.name, 'patient', T.p4),
      x(SELF, 'clinician', T.c5),
      x(PAT.name, 'patient', T.p6),
      x(SELF, 'clinician', T.c7),
      x(PAT.name, 'patient', T.p8),
      x(SELF, 'clinician', T.c9),
      x(PAT.name, 'patient', T.p10),
      x(SELF, 'clinician', T.c11),
      x(PAT.name, 'patient', T.p12),
      x(SELF, 'clinician', T.c13),
      x(PAT.name, 'patient', T.p14),
      x(SELF, 'clinician', T.c15),
      x(PAT.name, 'patient', T.p16),
    ],
    forbidden: [CHAT],
  };
  return s;
})();

// ------------------------------------------------------------------------------------------------
// 2. Starting levothyroxine: a spelled drug name, a dose schedule, a phone number, a date of birth and
//    a follow-up date, all with digits and letters rewritten; the patient cuts in mid-sentence.
//    Product timing, teams.cloud.microsoft, host view.
//
// Assumptions where the research is silent:
// - Crosstalk follows the interleaving order (§4.4, ACS/VEXA). When the patient cuts in, the doctor's
//   item settles at once on what it has so far and the patient's item appears at the tail. The rest of
//   what the doctor said during the overlap ("Or coffee…") comes as a new item after the patient's.
//   The research documents interleaving but not two items growing at the same time, so they don't here.
// - Spelled letters arrive one by one and are joined with hyphens in place. Spoken numbers become
//   digits ("three one two" → "312", "July third nineteen sixty eight" → "July 3rd, 1968").
// - Retention is not reached (16 items).
// - Leaving: the call UI goes away with no click (the organiser ended the meeting).

const t2 = (() => {
  const SELF = 'Dr. Rafael Moreno';
  const DOC: Who = { name: SELF, img: '8:orgid:5d1e0c33' };
  const PAT: Who = { name: 'Annika Virtanen', img: '8:orgid:ae40f912' };
  const v: View = { guest: false, keep: 40 };
  const T = {
    c1: "Hi Annika, I have your blood results back, and I'd like to start you on a thyroid medicine.",
    p2: 'Okay. Is it a tablet I take every day?',
    c3: "Yes, it's levothyroxine. For your notes, that's L-E-V-O-T-H-Y-R-O-X-I-N-E.",
    p4: 'Got it. And what dose?',
    c5: '50 micrograms once a day, first thing in the morning, 30 minutes before breakfast.',
    p6: 'Can I take it with my iron tablet?',
    c7: 'Or coffee. And no, keep the iron at least four hours apart from it.',
    p8: 'Okay, four hours apart.',
    c9: 'Which pharmacy should I send it to?',
    p10: 'CVS on Elm Avenue, their number is 312-555-0187.',
    c11: 'Thanks. And can you confirm your date of birth for me?',
    p12: 'July 3rd, 1968.',
    c13: "Perfect. We'll recheck your TSH in six weeks, around September 15th.",
    p14: "September 15th, I'll put it in my calendar.",
    c15: 'Great. And call us if you get palpitations or feel shaky.',
    p16: 'Will do, thank you.',
  };
  const s: Scenario = {
    name: 'teams: dictating levothyroxine, a phone number and dates, with an interleaved interruption (product timing)',
    url: 'https://teams.cloud.microsoft/',
    selfNames: [SELF],
    body: teamsBody(v),
    productTiming: true,
    async play(p) {
      await p.sleep(500);
      await say(p, v, DOC, frames(T.c1), REAL);
      await p.sleep(700);
      await say(p, v, PAT, frames(T.p2), REAL);
      await p.sleep(600);
      await say(
        p,
        v,
        DOC,
        frames(T.c3, [
          "yes it's level thyroxine",
          { to: "yes it's levothyroxine" },
          "for your notes that's L E V O",
          { fix: 'L E V O', by: 'L-E-V-O' },
          'T H Y R O',
          { fix: 'L-E-V-O T H Y R O', by: 'L-E-V-O-T-H-Y-R-O' },
          'X I N E',
          { fix: 'L-E-V-O-T-H-Y-R-O X I N E', by: 'L-E-V-O-T-H-Y-R-O-X-I-N-E' },
        ]),
        REAL,
      );
      await p.sleep(800);
      await say(p, v, PAT, frames(T.p4), REAL);
      await p.sleep(500);
      // The dose; the patient cuts in while the doctor is still talking.
      const f5 = frames(T.c5, ['fifty micrograms', { fix: 'fifty', by: '50' }, 'once a day first thing in the morning thirty minutes', { fix: 'thirty', by: '30' }, 'before breakfast']);
      const t5 = item(p, v, DOC, f5[0]!);
      await play(p, t5, f5, REAL, 1, f5.length - 1);
      await p.sleep(180);
      t5.data = T.c5; // superseded: settles at once …
      await say(p, v, PAT, frames(T.p6), REAL); // … as the patient's item appears at the tail
      await p.sleep(300);
      await say(p, v, DOC, frames(T.c7), REAL);
      await p.sleep(600);
      await say(p, v, PAT, frames(T.p8), REAL);
      await p.sleep(700);
      await say(p, v, DOC, frames(T.c9), REAL);
      await p.sleep(900);
      await say(
        p,
        v,
        PAT,
        frames(T.p10, [
          'CVS on Elm Avenue their number is three one two',
          { fix: 'three one two', by: '312' },
          'five five five',
          { fix: '312 five five five', by: '312-555' },
          'zero one eight seven',
          { fix: '312-555 zero one eight seven', by: '312-555-0187' },
        ]),
        REAL,
      );
      await p.sleep(600);
      await say(p, v, DOC, frames(T.c11), REAL);
      await p.sleep(500);
      await say(p, v, PAT, frames(T.p12, ['July third nineteen sixty eight', { fix: 'third nineteen sixty eight', by: '3rd 1968' }]), REAL);
      await p.sleep(700);
      await say(p, v, DOC, frames(T.c13, ["perfect we'll recheck your TSH in six weeks around September fifteenth", { fix: 'fifteenth', by: '15th' }]), REAL);
      await p.sleep(500);
      await say(p, v, PAT, frames(T.p14, ['September fifteenth', { fix: 'fifteenth', by: '15th' }, "I'll put it in my calendar"]), REAL);
      await p.sleep(600);
      await say(p, v, DOC, frames(T.c15), REAL);
      await p.sleep(500);
      await say(p, v, PAT, frames(T.p16), REAL);
    },
    leave: (p) => leaveTeams(p, false),
    expected: [
      x(SELF, 'clinician', T.c1),
      x(PAT.name, 'patient', T.p2),
      x(SELF, 'clinician', T.c3),
      x(PAT.name, 'patient', T.p4),
      x(SELF, 'clinician', T.c5),
      x(PAT.name, 'patient', T.p6),
      x(SELF, 'clinician', T.c7),
      x(PAT.name, 'patient', T.p8),
      x(SELF, 'clinician', T.c9),
      x(PAT.name, 'patient', T.p10),
      x(SELF, 'clinician', T.c11),
      x(PAT.name, 'patient', T.p12),
      x(SELF, 'clinician', T.c13),
      x(PAT.name, 'patient', T.p14),
      x(SELF, 'clinician', T.c15),
      x(PAT.name, 'patient', T.p16),
    ],
  };
  return s;
})();

// ------------------------------------------------------------------------------------------------
// 3. Asthma review joined as an anonymous guest (light meeting): the patient's son is on "iPhone", and
//    the doctor repeats "Can you hear me?" and "Okay." word for word later in the call. Guest DOM.
//
// Assumptions where the research is silent:
// - The anonymous light-meeting page uses the guest caption DOM (no items-renderer, no avatar) and a
//   hang-up button with both `#hangup-button` and `data-tid="anon-hangup-button"`.
// - The doctor joined anonymously, and their own captions carry the display name they typed (§4.5 [I]).
// - The son's label is the device name "iPhone" for the whole call. Nothing in the research says a
//   Teams rename shows in captions. He speaks after the patient, so the patient is the first other
//   speaker. He has no expected role.
// - Exact repeats are new items with the same text, after other speakers' items.
// - A 1.5 s audio drop before the second "Can you hear me?". Retention not reached.
// - Leaving: the user clicks the hang-up button and the call UI goes away.

const t3 = (() => {
  const SELF = 'Dr. Yusuf Demir';
  const DOC: Who = { name: SELF, img: '' };
  const PAT: Who = { name: 'Eleanor Whitfield', img: '' };
  const GST: Who = { name: 'iPhone', img: '' };
  const v: View = { guest: true, keep: 40 };
  const CHAT = 'my video will not start, audio only';
  const T = {
    c1: 'Can you hear me?',
    p2: 'Yes, doctor, I can hear you. My son is joining as well.',
    g3: "Hi, it's David. Sorry, I'm on my phone in the car park.",
    c4: 'No problem, David. Eleanor, how has the new inhaler been this week?',
    p5: 'Better, I only needed the blue one twice.',
    c6: 'Okay.',
    p7: 'But I still get breathless on the stairs at night.',
    c8: 'Can you hear me?',
    g9: 'You cut out for a moment, but we can hear you now.',
    c10: 'Sorry. I was asking whether the breathlessness ever wakes you up.',
    p11: 'Once or twice, yes.',
    c12: 'Okay.',
    g13: 'Should she be using the brown inhaler every day as well?',
    c14: 'Yes, two puffs morning and night, even when she feels well, and rinse her mouth afterwards.',
    p15: "I'll do that. Thank you, doctor.",
    c16: "I'll see you both again in four weeks.",
  };
  const s: Scenario = {
    name: 'teams: guest view, son on "iPhone", repeated "Can you hear me?" and "Okay."',
    url: 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nQ29kZSI6IjkzODQ3NTYxMDIzIn0',
    selfNames: [SELF],
    body: teamsBody(v),
    async play(p) {
      await p.sleep(400);
      await say(p, v, DOC, frames(T.c1), FAST);
      await p.sleep(800);
      await say(p, v, PAT, frames(T.p2), FAST);
      await p.sleep(600);
      await say(p, v, GST, frames(T.g3), FAST);
      await p.sleep(300);
      chat(p, GST.name, CHAT);
      await p.sleep(400);
      await say(p, v, DOC, frames(T.c4), FAST);
      await p.sleep(700);
      await say(p, v, PAT, frames(T.p5), FAST);
      await p.sleep(400);
      await say(p, v, DOC, frames(T.c6), FAST);
      await p.sleep(500);
      await say(p, v, PAT, frames(T.p7), FAST);
      await p.sleep(1500); // the doctor's audio drops out
      await say(p, v, DOC, frames(T.c8), FAST);
      await p.sleep(600);
      await say(p, v, GST, frames(T.g9), FAST);
      await p.sleep(400);
      await say(p, v, DOC, frames(T.c10), FAST);
      await p.sleep(700);
      await say(p, v, PAT, frames(T.p11), FAST);
      await p.sleep(500);
      await say(p, v, DOC, frames(T.c12), FAST);
      await p.sleep(400);
      await say(p, v, GST, frames(T.g13), FAST);
      await p.sleep(600);
      await say(p, v, DOC, frames(T.c14), FAST);
      await p.sleep(500);
      await say(p, v, PAT, frames(T.p15), FAST);
      await p.sleep(500);
      await say(p, v, DOC, frames(T.c16), FAST);
    },
    leave: (p) => leaveTeams(p, true),
    expected: [
      x(SELF, 'clinician', T.c1),
      x(PAT.name, 'patient', T.p2),
      x(GST.name, undefined, T.g3),
      x(SELF, 'clinician', T.c4),
      x(PAT.name, 'patient', T.p5),
      x(SELF, 'clinician', T.c6),
      x(PAT.name, 'patient', T.p7),
      x(SELF, 'clinician', T.c8),
      x(GST.name, undefined, T.g9),
      x(SELF, 'clinician', T.c10),
      x(PAT.name, 'patient', T.p11),
      x(SELF, 'clinician', T.c12),
      x(GST.name, undefined, T.g13),
      x(SELF, 'clinician', T.c14),
      x(PAT.name, 'patient', T.p15),
      x(SELF, 'clinician', T.c16),
    ],
    forbidden: [CHAT],
  };
  return s;
})();

export const teamsScenarios: Scenario[] = [t1, t2, t3];
