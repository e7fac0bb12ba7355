// Round 26, Microsoft Teams web: display names as real clinics and patients have them, on ordinary
// 10-12 turn calls.
//
// Written only from /work/shared/research/caption-platforms.md. The research sections used are:
//   §1   Cross-platform summary (Teams column: the item unit, the name is in `[data-tid=author]`, the local user
//        is shown by their own display name, text is refined in place)
//   §4.1 URL patterns and in-call markers (`#hangup-button`, `button[data-tid=hangup-main-btn]`,
//        `button[data-tid=anon-hangup-button]`, the `teams.live.com/light-meetings/launch` guest URL)
//   §4.2 Turning captions on (`[data-tid=closed-caption-renderer-wrapper]` appears when captions are on)
//   §4.3 Container and item selectors (the 2026 TMS-FIX item outline, host vs. guest DOM from VEXA,
//        `dir="auto"` on the author and text spans)
//   §4.4 How the text changes (a text node grows word by word, then is re-punctuated and capitalised;
//        one item per utterance, with consecutive items for one speaker; only some entries are retained)
//   §4.5 Local user and language (self captions show your display name, not "You"; `dir="auto"`)
//   §8   Strategies (items 8 and 10: identity of items, and comparing the author with your own display name)
//   §9   Fixture checklist (Teams host vs. guest, the caption toggle, retention)
//
// Names. Research §4 does NOT document how Teams formats or truncates display names. It has no ellipsis
// rule, no "Last, First" rule, no pronoun rule, and does not say how PSTN dial-in or guest names are
// shown. Its only name facts are that the author span holds the display name (§4.3), that the local
// user's captions show their own display name (§4.5 [I]), and that the author span carries `dir="auto"` (§4.3/§4.5).
// So these scenarios:
//   - put each name into `[data-tid=author]` exactly as the participant would display it. The forms
//     used are a title with credentials, pronouns, an org-directory "Last, First", a phone number, an
//     email address and Arabic script. These are realistic Teams names, but the research does not document them.
//   - never put an ellipsis into the DOM text. With no documented truncation rule, I assume any
//     on-screen truncation of a long name is CSS-only (text-overflow), so textContent keeps the full
//     name. Scenario 4 carries a long titled name to exercise this.
//   - give the clinician's selfNames in a different form from the DOM name. A correct product still
//     recognises its own user, so those turns expect role 'clinician' and accept either the DOM
//     name or the selfNames form as the speaker. No other participant gets a role: §4.5 only tells us who the local user is.
//
// Text. Each item grows from a lowercase, unpunctuated partial to a capitalised, punctuated final form
// (§4.4 "word growth then re-punctuation"). `loose` is set because Teams itself re-punctuates and
// re-cases. Expected text is the final form.
import { el, grow, q, type Expected, type Page, type Scenario, type SpeakerSpec } from '../independent/kit.ts';

const STEP_MS = 95; // between word steps
const GAP_MS = 280; // between items

type Variant = 'host' | 'guest';

/** §4.2/§4.3: renderer wrapper › window wrapper › virtual list content. The host view adds a fui-Flex list inner. */
function wrapperHtml(v: Variant): string {
  const inner = v === 'host' ? '<div class="fui-Flex ___1ccp5kb f13qh94s"></div>' : '';
  return (
    '<div data-tid="closed-caption-renderer-wrapper">' +
    '<div data-tid="closed-caption-v2-window-wrapper">' +
    `<div data-tid="closed-caption-v2-virtual-list-content">${inner}</div>` +
    '</div></div>'
  );
}

/** §4.3 host item (TMS-FIX outline): three fui-Flex wrappers › ChatMessageCompact › avatar (items-renderer) + body. */
const HOST_ITEM = [
  '<div class="fui-Flex ___r7kt1v0"><div class="fui-Flex ___8dk2q10"><div class="fui-Flex ___1ccp5kb">',
  '<div class="fui-ChatMessageCompact ___m3pq1n0">',
  '<div></div>',
  '<div class="fui-ChatMessageCompact__avatar">',
  '<div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">',
  '<span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="https://teams.microsoft.com/api/avatar/profilepicture.jpg"></span>',
  '</div></div>',
  '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>',
  '<div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>',
  '<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText"></span></span></div>',
  '<div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>',
  '</div></div>',
  '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>',
  '</div>',
  '</div></div></div>',
].join('');

/**
 * §4.3 guest item (VEXA): virtual-list-content › (div) › author + text, with no items-renderer and no avatar.
 * The research gives only "(div) › author + text". I assume the author and text spans sit in the
 * same div wrappers as in the host body, because TT's parent walk from §4.3 expects that.
 */
const GUEST_ITEM = [
  '<div class="fui-Flex ___x1c9q0a">',
  '<div><span dir="auto" data-tid="author" class="fui-StyledText"></span></div>',
  '<div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>',
  '</div>',
].join('');

/** The lowercase, unpunctuated partial that Teams shows before re-punctuating (§4.4). */
function partial(final: string): string {
  const s = final.replace(/[.,?!;:]/g, '').replace(/\s+/g, ' ').trim();
  return /^I\b/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function listOf(p: Page, v: Variant): HTMLElement {
  return v === 'host'
    ? q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div')
    : q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
}

/** Appends one caption item with the first word, grows it word by word, then re-punctuates it. */
async function say(p: Page, v: Variant, name: string, final: string, keep?: number) {
  const list = listOf(p, v);
  const item = el(p.doc, v === 'host' ? HOST_ITEM : GUEST_ITEM);
  q(item, '[data-tid="author"]').textContent = name;
  const words = partial(final);
  const node = p.doc.createTextNode(words.split(' ')[0]!);
  q(item, '[data-tid="closed-caption-text"]').appendChild(node);
  list.appendChild(item);
  // §4.4 retention: "the Live Caption DOM only keeps a certain number of entries". The count is [U],
  // so I assume a small one to force removals during an ordinary call.
  if (keep !== undefined) while (list.children.length > keep) list.firstElementChild!.remove();
  await p.sleep(STEP_MS);
  await grow(p, node, words, final, STEP_MS, 1);
  await p.sleep(GAP_MS);
}

interface Line {
  who: string;
  text: string;
}

/** One expected entry per item (consecutive same-speaker items are merged by the runner). */
function expectedFor(lines: Line[], self: string, selfNames: string[]): Expected[] {
  return lines.map((l) => {
    if (l.who === self) return { speaker: [self, ...selfNames] as SpeakerSpec, role: 'clinician' as const, text: l.text };
    return { speaker: l.who, text: l.text };
  });
}

function callBody(v: Variant, withCaptions: boolean): string {
  // §4.1 in-call markers. Hosts use #hangup-button / hangup-main-btn; anonymous guests use anon-hangup-button.
  const hangup =
    v === 'host'
      ? '<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>'
      : '<button data-tid="anon-hangup-button" aria-label="Leave">Leave</button>';
  return (
    '<div class="call-stage">' +
    '<div class="calling-controls">' +
    '<button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More options">More</button>' +
    hangup +
    '</div>' +
    `<div class="captions-slot">${withCaptions ? wrapperHtml(v) : ''}</div>` +
    '</div>'
  );
}

/** The user leaves: the call stage, with its hang-up button and caption wrapper, goes away (§4.1 markers vanish). */
function leaveCall(p: Page) {
  p.doc.querySelector('.call-stage')?.remove();
}

// ---------------------------------------------------------------------------------------------------
// 1. Titled clinician + PSTN phone-number patient.
// ---------------------------------------------------------------------------------------------------
// Tests: the clinician's author shows "Dr. Amara Okafor, MD", but selfNames holds only "Amara Okafor"
// (no title, no credentials). The patient dialled in by phone, so their author is a phone number. The research says
// nothing on how Teams shows PSTN callers. I assume the E.164-style number "+1 415-555-0142"
// appears verbatim in `[data-tid=author]`, with the same avatar markup. Captions are off at first
// and turned on when play() starts: the renderer wrapper appears (§4.2). One clinician turn is split
// over two consecutive items (§4.4). Host view, teams.microsoft.com/v2.
const S1_SELF = 'Dr. Amara Okafor, MD';
const S1_SELF_NAMES = ['Amara Okafor'];
const S1_PHONE = '+1 415-555-0142';
const S1_LINES: Line[] = [
  { who: S1_SELF, text: 'Good morning, can you hear me all right on the phone line?' },
  { who: S1_PHONE, text: 'Yes, I can hear you fine, thanks for calling.' },
  { who: S1_SELF, text: 'Great. I have your blood work back from last week.' },
  { who: S1_SELF, text: 'Your cholesterol came down quite a bit since March.' },
  { who: S1_PHONE, text: 'Oh that is good news, I have been walking every day.' },
  { who: S1_SELF, text: 'It shows. Are you still taking the atorvastatin at night?' },
  { who: S1_PHONE, text: 'Yes, ten milligrams every night with dinner.' },
  { who: S1_SELF, text: 'Keep that going and we will recheck in six months.' },
  { who: S1_PHONE, text: 'Okay, should I book that with the front desk?' },
  { who: S1_SELF, text: 'Yes, they will send you a text with the date.' },
  { who: S1_PHONE, text: 'Perfect, thank you so much, doctor.' },
];

const s1: Scenario = {
  name: 'teams r26: titled "Dr. …, MD" self (selfNames without title) and a phone-number dial-in patient',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: S1_SELF_NAMES,
  body: callBody('host', false),
  async play(p) {
    await p.sleep(200);
    q(p.doc, '.captions-slot').innerHTML = wrapperHtml('host'); // captions turned on
    await p.sleep(200);
    for (const l of S1_LINES) await say(p, 'host', l.who, l.text);
  },
  leave: leaveCall,
  expected: expectedFor(S1_LINES, S1_SELF, S1_SELF_NAMES),
  loose: true,
  forbidden: ['Leave', 'More', S1_SELF, S1_PHONE, 'profilepicture'],
};

// ---------------------------------------------------------------------------------------------------
// 2. Org-directory "Last, First" clinician + patient and mother with the same surname.
// ---------------------------------------------------------------------------------------------------
// Tests: the clinician's author is the org directory's "Okafor, Amara", while selfNames holds
// "Dr. Amara Okafor" (first-last with a title). The research does not document Teams showing
// "Last, First"; I assume the directory display name appears verbatim. The comma inside the name must
// not split it. The teen patient "Daniel Nguyen" and his mother "Linh Nguyen" share a surname and must
// stay two speakers. 12 turns. The list keeps only the newest 5 items, and older ones are removed
// while the call goes on (§4.4 retention; the count is [U] and my assumption). Captions are already
// on when capture starts. Host view.
const S2_SELF = 'Okafor, Amara';
const S2_SELF_NAMES = ['Dr. Amara Okafor'];
const S2_DANIEL = 'Daniel Nguyen';
const S2_LINH = 'Linh Nguyen';
const S2_LINES: Line[] = [
  { who: S2_SELF, text: 'Hi Daniel, hi there, thanks for joining from home today.' },
  { who: S2_LINH, text: "Hi doctor, I'm his mom, I'll sit in if that's okay." },
  { who: S2_SELF, text: 'Of course. Daniel, how has the asthma been this month?' },
  { who: S2_DANIEL, text: 'Mostly fine, but I needed my inhaler after soccer twice.' },
  { who: S2_LINH, text: 'He also coughed a lot at night last week.' },
  { who: S2_SELF, text: 'Was that cough worse when he was lying down?' },
  { who: S2_DANIEL, text: 'Yeah, it kind of kept me up.' },
  { who: S2_SELF, text: "Okay, I'd like to add a daily controller inhaler." },
  { who: S2_LINH, text: 'Is that safe to take every day for a teenager?' },
  { who: S2_SELF, text: "Yes, it's a low dose steroid and very commonly used." },
  { who: S2_DANIEL, text: 'Do I still bring the blue one to practice?' },
  { who: S2_SELF, text: 'Yes, keep the rescue inhaler with you at every game.' },
];

const s2: Scenario = {
  name: 'teams r26: "Last, First" directory self (selfNames "Dr. First Last"), patient and mother sharing a surname, retention',
  url: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  selfNames: S2_SELF_NAMES,
  body: callBody('host', true),
  async play(p) {
    for (const l of S2_LINES) await say(p, 'host', l.who, l.text, 5);
  },
  leave: leaveCall,
  expected: expectedFor(S2_LINES, S2_SELF, S2_SELF_NAMES),
  loose: true,
  forbidden: ['Leave', 'More', S2_SELF, S2_DANIEL, S2_LINH],
};

// ---------------------------------------------------------------------------------------------------
// 3. Guest view: clinician with pronouns, two participants both named Maria, captions toggled.
// ---------------------------------------------------------------------------------------------------
// Tests: the clinician joined the visit anonymously (teams.live.com light meeting, §4.1), so the page
// has the guest DOM with no items-renderer (§4.3 VEXA). The author holds the name he typed, "Rafael
// Mendes (he/him)", while selfNames holds "Dr. Rafael Mendes". The patient "Maria Alvarez" and the
// interpreter "Maria Ferreira" share a first name and must stay two speakers. Halfway through, captions are
// turned off (the renderer wrapper is removed, §4.2/§4.4 toggle) and back on (a NEW wrapper). While
// they were off the clinician asked "Did you fall or twist it?". That was never in the DOM and is not
// expected. Assumption (research silent): the re-added wrapper starts empty, with no replayed history.
const S3_SELF = 'Rafael Mendes (he/him)';
const S3_SELF_NAMES = ['Dr. Rafael Mendes'];
const S3_PATIENT = 'Maria Alvarez';
const S3_INTERP = 'Maria Ferreira';
const S3_BEFORE: Line[] = [
  { who: S3_SELF, text: "Hello, I'm Doctor Mendes, can everyone hear me?" },
  { who: S3_INTERP, text: "Yes, I'm the interpreter, and the patient is here with me." },
  { who: S3_PATIENT, text: 'Hello doctor, thank you for seeing me.' },
  { who: S3_SELF, text: 'What brings you in today?' },
  { who: S3_PATIENT, text: 'My knee has been swollen since Tuesday.' },
];
const S3_AFTER: Line[] = [
  { who: S3_PATIENT, text: 'No, it just started hurting after a long walk.' },
  { who: S3_INTERP, text: 'She also says it feels warm in the evening.' },
  { who: S3_SELF, text: 'Thank you. Can you bend it all the way?' },
  { who: S3_PATIENT, text: 'Only halfway, then it hurts too much.' },
  { who: S3_SELF, text: "I'd like an x-ray and some blood tests this week." },
  { who: S3_INTERP, text: 'She understands and will go tomorrow morning.' },
];

const s3: Scenario = {
  name: 'teams r26: guest view, "(he/him)" self (selfNames "Dr. …"), two participants named Maria, captions off and on',
  url: 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nIjoiMTIzIn0',
  selfNames: S3_SELF_NAMES,
  body: callBody('guest', true),
  async play(p) {
    for (const l of S3_BEFORE) await say(p, 'guest', l.who, l.text);
    await p.sleep(400);
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove(); // captions off
    await p.sleep(1500); // "Did you fall or twist it?" is said here, uncaptioned
    q(p.doc, '.captions-slot').innerHTML = wrapperHtml('guest'); // captions on: a new wrapper
    await p.sleep(300);
    for (const l of S3_AFTER) await say(p, 'guest', l.who, l.text);
  },
  leave: leaveCall,
  expected: expectedFor([...S3_BEFORE, ...S3_AFTER], S3_SELF, S3_SELF_NAMES),
  loose: true,
  forbidden: ['Leave', 'More', '(he/him)', S3_PATIENT, S3_INTERP, 'twist'],
};

// ---------------------------------------------------------------------------------------------------
// 4. Long titled clinician name + Arabic-script patient + email-handle family member.
// ---------------------------------------------------------------------------------------------------
// Tests: the clinician's author is the long "Dr. Amara Okafor, MD, FACP (she/her)", and selfNames is
// "Okafor, Amara" (Last, First). The research has no Teams truncation rule, so per the header the
// full name stays in textContent (no ellipsis in the DOM). The patient's display name is in Arabic
// script, "فاطمة الزهراء". The author span's `dir="auto"` is documented (§4.3/§4.5); her speech is
// in English. Her son joined with a consumer Microsoft account that shows his email address as the
// display name. The research does not document this; I assume it appears verbatim. One clinician turn
// is split over two items. Host view, teams.cloud.microsoft.
const S4_SELF = 'Dr. Amara Okafor, MD, FACP (she/her)';
const S4_SELF_NAMES = ['Okafor, Amara'];
const S4_PATIENT = 'فاطمة الزهراء';
const S4_SON = 'omar.haddad87@outlook.com';
const S4_LINES: Line[] = [
  { who: S4_SELF, text: 'Good afternoon, Omar, is your mother with you today?' },
  { who: S4_SON, text: "Yes, she's right here, I'll help translate if needed." },
  { who: S4_PATIENT, text: 'Hello doctor, I am feeling a little better.' },
  { who: S4_SELF, text: "I'm glad. How is your blood sugar in the mornings?" },
  { who: S4_PATIENT, text: 'Around one forty most days.' },
  { who: S4_SON, text: 'Sometimes higher after she eats a late dinner.' },
  { who: S4_SELF, text: "That makes sense. Let's move dinner a bit earlier." },
  { who: S4_SELF, text: 'And we can increase the metformin to twice daily.' },
  { who: S4_PATIENT, text: 'Will that upset my stomach again?' },
  { who: S4_SELF, text: 'Take it with food and it should be much easier.' },
  { who: S4_SON, text: "Okay, we will try that and call if it's a problem." },
  { who: S4_SELF, text: "Sounds good, I'll see you both in three months." },
];

const s4: Scenario = {
  name: 'teams r26: long "Dr. …, MD, FACP (she/her)" self (selfNames "Last, First"), Arabic-script patient, email-handle son',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: S4_SELF_NAMES,
  body: callBody('host', true),
  async play(p) {
    for (const l of S4_LINES) await say(p, 'host', l.who, l.text);
  },
  leave: leaveCall,
  expected: expectedFor(S4_LINES, S4_SELF, S4_SELF_NAMES),
  loose: true,
  forbidden: ['Leave', 'More', 'FACP', '(she/her)', S4_PATIENT, S4_SON, '…'],
};

export const teamsScenarios: Scenario[] = [s1, s2, s3, s4];
