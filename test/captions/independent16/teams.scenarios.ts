// Microsoft Teams (new/v2) scenarios for round 16. Written only from
// /work/shared/research/caption-platforms.md (§4.1 URLs + hang-up markers, §4.2 the
// closed-caption-renderer-wrapper appears when captions are on, §4.3 the TMS-FIX item outline and the
// host vs. guest variants, §4.4 in-place refinement by characterData then re-punctuation, one item per
// utterance, retention/virtualisation and recycled items, §4.5 own display name, §8/§9) and the kit
// API. The research mentions no "(Guest)"/"(External)" name decoration, so none is used.
import { el, grow, q, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

const URL = 'https://teams.microsoft.com/v2/';
const SELF = 'Dr. Priya Raman';
const HANGUP =
  '<div id="calling-controls"><button id="hangup-button" data-tid="hangup-main-btn" type="button" aria-label="Leave">Leave</button></div>';
const WRAPPER =
  '<div data-tid="closed-caption-renderer-wrapper" class="f419p8h"><div data-tid="closed-caption-v2-window-wrapper">' +
  '<div data-tid="closed-caption-v2-virtual-list-content"><div class="fui-Flex ___1ccp5kb"></div></div></div></div>';
const body = (captionsOn = true) => `<div id="app"><div class="calling-stage">${captionsOn ? WRAPPER : ''}</div>${HANGUP}</div>`;

// Assumption: leaving removes the calling controls and the caption renderer.
const leave = (p: Page) => {
  p.doc.getElementById('calling-controls')?.remove();
  p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
};

const listInner = (p: Page) => q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');

/** Host-view item (TMS-FIX outline); returns the per-item wrapper and the caption text node. */
function hostItem(p: Page, name: string, first: string): { item: HTMLElement; text: Text } {
  const src = `https://teams.microsoft.com/api/avatar/${encodeURIComponent(name)}`;
  const item = el(
    p.doc,
    '<div class="fui-Flex ___a1"><div class="fui-Flex ___a2"><div class="fui-Flex ___a3"><div class="fui-ChatMessageCompact ___a4">' +
      '<div></div><div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">' +
      `<span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="${src}"></span></div></div>` +
      '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>' +
      '<div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>' +
      `<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>` +
      '<div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>' +
      '</div></div><i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i></div></div></div></div>',
  );
  const text = p.doc.createTextNode(first);
  q(item, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item, text };
}

/**
 * Guest-view item (VEXA: virtual-list-content > (div) > author + text, no items-renderer).
 * Assumption: author and text spans each sit in their own div, as in the host body.
 */
function guestItem(p: Page, name: string, first: string): { item: HTMLElement; text: Text } {
  const item = el(
    p.doc,
    `<div class="fui-Flex ___g1"><div><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></div>` +
      '<div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div></div>',
  );
  const text = p.doc.createTextNode(first);
  q(item, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item, text };
}

interface Line {
  who: string;
  raw: string; // what grows word by word
  final?: string; // the re-punctuated form Teams settles on
}
const said = (l: Line) => l.final ?? l.raw;

async function speak(p: Page, l: Line, step: number, make = hostItem, into: HTMLElement = listInner(p)) {
  const words = l.raw.split(' ');
  const { item, text } = make(p, l.who, words[0]!);
  into.appendChild(item);
  await p.sleep(step);
  await grow(p, text, l.raw, l.final, step, 1);
  return item;
}

const expectFrom = (lines: Line[], roles: Record<string, Role | undefined>): Expected[] =>
  lines.map((l) => ({ speaker: l.who, ...(roles[l.who] ? { role: roles[l.who] } : {}), text: said(l) }));

// ---------------------------------------------------------------------------------------------
// 1. A 34-item call. The DOM keeps only the latest 20 items (oldest removed, §4.4 retention), and
// once the list recycles the oldest item's subtree for a new utterance (§4.4 virtualisation: "the
// first message was replaced by a more recent one"). Every utterance once, in order.
const PAT1 = 'Helen Brooks';
const longLines: Line[] = [];
{
  const topics = [
    ['How have you been sleeping since the last visit?', 'Better, about six hours most nights.'],
    ['Any trouble falling asleep?', 'Only when I drink coffee after lunch.'],
    ['How many cups a day now?', 'Two in the morning and sometimes one later.'],
    ['Let us keep it to mornings only.', 'Okay, I can do that.'],
    ['How is the back pain?', 'It flares up after gardening.'],
    ['Are you using the heat pad?', 'Yes, every evening for twenty minutes.'],
    ['Any numbness in your legs?', 'No numbness, just stiffness.'],
    ['Did the physiotherapy referral come through?', 'They called me on Friday.'],
    ['When is your first session?', 'Next Wednesday at nine.'],
    ['Good, bring the exercise sheet with you.', 'I printed it already.'],
    ['How is your mood overall?', 'A bit low when the pain is bad.'],
    ['Would you like to talk to someone about that?', 'Maybe, I will think about it.'],
    ['I will send you the counselling number.', 'Thank you, that would help.'],
    ['Any questions about your medications?', 'Can I take ibuprofen with the new tablets?'],
    ['Yes, but with food and not more than three a day.', 'Understood, with food.'],
    ['Then we will talk again in four weeks.', 'Sounds good, thanks doctor.'],
    ['Take care Helen.', 'Bye for now.'],
  ];
  for (const [c, pt] of topics) {
    longLines.push({ who: SELF, raw: c! });
    longLines.push({ who: PAT1, raw: pt! });
  }
}
const longRetention: Scenario = {
  name: 'teams: 34-item call with retention of 20 items and one recycled item',
  url: URL,
  selfNames: [SELF],
  body: body(),
  async play(p) {
    const inner = listInner(p);
    for (let i = 0; i < longLines.length; i++) {
      const l = longLines[i]!;
      if (i === 24) {
        // Recycle: the oldest item's subtree is moved to the tail and rewritten wholesale.
        const oldest = inner.firstElementChild as HTMLElement;
        inner.appendChild(oldest);
        q(oldest, '[data-tid="author"]').textContent = l.who;
        const words = l.raw.split(' ');
        const t = q(oldest, '[data-tid="closed-caption-text"]').firstChild as Text;
        t.data = words[0]!;
        await p.sleep(80);
        await grow(p, t, l.raw, l.final, 80, 1);
      } else await speak(p, l, 80);
      while (inner.children.length > 20) inner.firstElementChild!.remove();
      await p.sleep(250);
    }
  },
  leave,
  expected: expectFrom(longLines, { [SELF]: 'clinician', [PAT1]: 'patient' }),
};

// ---------------------------------------------------------------------------------------------
// 2. Three people named Sam: the patient Sam Delgado, his father Sam Delgado Sr. and a nurse Sam
// Whitfield. Same first names must not merge speakers or roles. Host view, consecutive same-speaker
// items, growth then re-punctuation.
const SAM = 'Sam Delgado';
const SAM_SR = 'Sam Delgado Sr.';
const NURSE = 'Sam Whitfield';
const sameFirst: Line[] = [
  { who: SELF, raw: 'hi Sam thanks for joining how is the asthma', final: 'Hi Sam, thanks for joining. How is the asthma?' },
  { who: SAM, raw: 'mostly fine I used the rescue inhaler twice', final: 'Mostly fine. I used the rescue inhaler twice.' },
  { who: SAM, raw: 'both times during football practice', final: 'Both times during football practice.' },
  { who: SAM_SR, raw: 'this is his dad he also coughs at night', final: 'This is his dad, he also coughs at night.' },
  { who: NURSE, raw: 'doctor his peak flow readings are in the chart', final: 'Doctor, his peak flow readings are in the chart.' },
  { who: SELF, raw: 'thank you Sam I see them', final: 'Thank you Sam, I see them.' },
  { who: SAM, raw: 'do I need a new inhaler', final: 'Do I need a new inhaler?' },
  { who: SELF, raw: 'yes a preventer to use every morning', final: 'Yes, a preventer to use every morning.' },
];
const sameFirstName: Scenario = {
  name: 'teams: patient, his father and a nurse all named Sam',
  url: URL,
  selfNames: [SELF],
  body: body(),
  productTiming: true,
  loose: true,
  async play(p) {
    for (const l of sameFirst) {
      await speak(p, l, 200);
      await p.sleep(900);
    }
  },
  leave,
  expected: expectFrom(sameFirst, { [SELF]: 'clinician', [SAM]: 'patient', [SAM_SR]: 'other', [NURSE]: 'other' }),
};

// ---------------------------------------------------------------------------------------------
// 3. The clinician joined from a browser link as a guest, so the page has the guest DOM (no
// items-renderer, §4.3 VEXA). Refinement: word growth, then re-punctuation and capitalisation (VEXA's
// "we should" → "We should ship the CC lane."). A new item at the tail means the previous is final.
// Items sit directly under virtual-list-content here (the guest path has no list-inner div).
const PAT3 = 'Oliver Grant';
const guestLines: Line[] = [
  { who: SELF, raw: 'so what brings you in today', final: 'So, what brings you in today?' },
  { who: PAT3, raw: 'i have had a rash on my arm for a week', final: 'I have had a rash on my arm for a week.' },
  { who: PAT3, raw: 'it itches more at night', final: 'It itches more at night.' },
  { who: SELF, raw: 'can you hold it up to the camera', final: 'Can you hold it up to the camera?' },
  { who: PAT3, raw: 'sure is this ok', final: 'Sure, is this OK?' },
  { who: SELF, raw: 'that looks like contact dermatitis', final: 'That looks like contact dermatitis.' },
];
const guestView: Scenario = {
  name: 'teams: guest-view DOM with growth then re-punctuation',
  url: 'https://teams.live.com/light-meetings/launch?coords=abc',
  selfNames: [SELF],
  body: body(),
  productTiming: true,
  loose: true,
  async play(p) {
    listInner(p).remove();
    for (const l of guestLines) {
      await speak(p, l, 200, guestItem, q<HTMLElement>(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]'));
      await p.sleep(900);
    }
  },
  leave,
  expected: expectFrom(guestLines, { [SELF]: 'clinician', [PAT3]: 'patient' }),
};

// ---------------------------------------------------------------------------------------------
// 4. Captions turned off and on twice: the renderer wrapper is removed, then a NEW wrapper is added
// (§4.4 toggle plan, §9). What is said while captions are off is never shown, so it is not expected.
// Assumption (research silent): a re-added wrapper starts empty (no history).
const PAT4 = 'Aisha Bello';
const beforeOff: Line[] = [
  { who: SELF, raw: 'Morning Aisha, how is the new diet going?' },
  { who: PAT4, raw: 'Pretty well, I cut out sugary drinks.' },
];
const hidden: Line = { who: PAT4, raw: 'And I walk to work most days now.' };
const afterOn: Line[] = [
  { who: SELF, raw: 'Sorry, my captions were off for a moment.' },
  { who: PAT4, raw: 'No worries, I said I walk to work now.' },
];
const afterOn2: Line[] = [
  { who: SELF, raw: 'Your sugar levels look much better.' },
  { who: PAT4, raw: 'That is a relief to hear.' },
];
const captionsToggle: Scenario = {
  name: 'teams: captions turned off and on again (new wrapper each time)',
  url: URL,
  selfNames: [SELF],
  body: body(false),
  productTiming: true,
  async play(p) {
    const stage = q(p.doc, '.calling-stage');
    await p.sleep(800);
    stage.appendChild(el(p.doc, WRAPPER));
    for (const l of beforeOff) {
      await speak(p, l, 200);
      await p.sleep(900);
    }
    await p.sleep(1500);
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
    await p.sleep(1500);
    void hidden; // said while captions are off: nothing in the DOM
    stage.appendChild(el(p.doc, WRAPPER));
    for (const l of afterOn) {
      await speak(p, l, 200);
      await p.sleep(900);
    }
    await p.sleep(1500);
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
    await p.sleep(1200);
    stage.appendChild(el(p.doc, WRAPPER));
    for (const l of afterOn2) {
      await speak(p, l, 200);
      await p.sleep(900);
    }
  },
  leave,
  expected: expectFrom([...beforeOff, ...afterOn, ...afterOn2], { [SELF]: 'clinician', [PAT4]: 'patient' }),
};

export const teamsScenarios: Scenario[] = [longRetention, sameFirstName, guestView, captionsToggle];
