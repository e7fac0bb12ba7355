// Microsoft Teams web: blind scenarios for round 27 (deployment and URL variants).
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §1  Cross-platform summary (Teams column: domains, root, unit, author in DOM, in-place refinement)
//   §4.1 URL patterns (teams.microsoft.com / teams.live.com / teams.cloud.microsoft; /v2/,
//        /l/meetup-join/…, light-meetings/launch; in-call markers #hangup-button and
//        button[data-tid=hangup-main-btn | anon-hangup-button | …])
//   §4.2 Turning captions on (captions on = [data-tid=closed-caption-renderer-wrapper] appears;
//        guest vs host menu paths)
//   §4.3 Container and item selectors (TMS-FIX item outline; host vs guest DOM per VEXA)
//   §4.4 How the text changes (word growth then re-punctuation in the same text node; one item per
//        utterance, same speaker may get consecutive items; virtualised list drops old items)
//   §4.5 Local user (self captions carry the own display name, not "You")
//   §9  Fixture checklist (captions off → on → off → new root; host vs guest; retention)
// The research documents no government, regional, healthcare or self-hosted Teams domains, so none
// is used here. General assumptions (research silent):
//   - Each list row is wrapped in the three nested fui-Flex divs of the TMS-FIX outline (one set per item).
//   - Leaving the call unmounts the calling screen: the hang-up control(s) and the caption wrapper are
//     removed together (modelled by removing the stage element that holds them).
//   - A new caption item appears with its first recognised word already in its text node.
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface Turn {
  who: string;
  /** What the recogniser shows while the words arrive (lower case, no punctuation). */
  said: string;
  /** The re-punctuated, re-cased form Teams settles on. */
  final: string;
}

type Maker = (doc: Document, name: string, first: string) => { row: HTMLElement; text: Text };

const AVATAR = 'data:image/png;base64,iVBORw0KGgo=';

/** Host view item (TMS-FIX outline): items-renderer around the avatar, author + text in the body. */
const hostItem: Maker = (doc, name, first) => {
  const row = el(
    doc,
    `<div class="fui-Flex ___1ccp5kb"><div class="fui-Flex ___f13qh94s"><div class="fui-Flex ___r7k2m1q">
      <div class="fui-ChatMessageCompact ___9xk3l0p">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar">
          <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
            <span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="${AVATAR}"></span>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy aria-hidden="true"></i>
        <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
          <div>
            <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>
            <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${first}</span></div>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy aria-hidden="true"></i>
      </div>
    </div></div></div>`,
  );
  return { row, text: q(row, '[data-tid="closed-caption-text"]').firstChild as Text };
};

/**
 * Guest (anonymous) view item (VEXA): virtual-list-content > (div) > author + text, no items-renderer
 * and no avatar. Assumption: the author and text spans keep the same small wrapper divs as in the
 * host view (the research gives only the atoms for the guest view).
 */
const guestItem: Maker = (doc, name, first) => {
  const row = el(
    doc,
    `<div class="fui-Flex ___g4t8w2e">
      <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>
      <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText">${first}</span></div>
    </div>`,
  );
  return { row, text: q(row, '[data-tid="closed-caption-text"]').firstChild as Text };
};

/** The caption wrapper as it appears when captions are turned on (host: with the list-inner div). */
function captionRoot(doc: Document, withListInner: boolean): HTMLElement {
  return el(
    doc,
    `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h">
      <div data-tid="closed-caption-v2-window-wrapper">
        <div data-tid="closed-caption-v2-virtual-list-content">${withListInner ? '<div class="fui-Flex ___l1st1nr"></div>' : ''}</div>
      </div>
    </div>`,
  );
}

/** Where new rows go: the list-inner div (host) or the virtual list itself (guest). */
function listOf(root: ParentNode, withListInner: boolean): HTMLElement {
  const content = q(root, '[data-tid="closed-caption-v2-virtual-list-content"]');
  return withListInner ? (content.firstElementChild as HTMLElement) : content;
}

/** Appends one item, grows it word by word (characterData), then re-punctuates it in place. */
async function speak(p: Page, list: HTMLElement, make: Maker, t: Turn, stepMs: number, gapMs: number) {
  const words = t.said.split(' ');
  const { row, text } = make(p.doc, t.who, words[0]!);
  list.appendChild(row);
  await p.sleep(stepMs);
  await grow(p, text, t.said, t.final, stepMs, 1);
  await p.sleep(gapMs);
  return row;
}

function expectedOf(turns: Turn[], self: string): Expected[] {
  return turns.map((t) => (t.who === self ? { speaker: t.who, role: 'clinician' as const, text: t.final } : { speaker: t.who, text: t.final }));
}

function removeStage(p: Page) {
  p.doc.getElementById('call-stage')?.remove();
}

// ---------------------------------------------------------------------------------------------------
// 1. teams.cloud.microsoft/v2/ — the new domain (LCS manifest, 2026-01-28) with the /v2/ web-client
//    path, host view exactly as TMS-FIX ("mirrors a live teams.cloud.microsoft caption item").
// ---------------------------------------------------------------------------------------------------
const S1_SELF = 'Dr. Priya Raman';
const S1_PT = 'Marcus Bell';
const s1Turns: Turn[] = [
  { who: S1_SELF, said: 'good morning marcus thanks for joining on teams today', final: 'Good morning, Marcus. Thanks for joining on Teams today.' },
  { who: S1_PT, said: 'morning doctor happy to be here', final: 'Morning, doctor. Happy to be here.' },
  { who: S1_SELF, said: 'how has the new blood pressure medication been treating you', final: 'How has the new blood pressure medication been treating you?' },
  { who: S1_PT, said: 'mostly fine but i get a little dizzy when i stand up', final: 'Mostly fine, but I get a little dizzy when I stand up.' },
  // Same speaker, next item (one item per utterance, §4.4): merged with the previous entry.
  { who: S1_PT, said: 'usually in the morning right after breakfast', final: 'Usually in the morning, right after breakfast.' },
  { who: S1_SELF, said: 'that can happen with this dose have you been checking your readings at home', final: 'That can happen with this dose. Have you been checking your readings at home?' },
  { who: S1_PT, said: 'yes they are around one thirty over eighty five', final: 'Yes, they are around one thirty over eighty five.' },
  { who: S1_SELF, said: 'okay let us lower the dose to ten milligrams and recheck in two weeks', final: 'Okay, let us lower the dose to ten milligrams and recheck in two weeks.' },
  { who: S1_PT, said: 'sounds good thank you doctor', final: 'Sounds good. Thank you, doctor.' },
];

/**
 * Tests: the teams.cloud.microsoft domain on the /v2/ web-client path; new Teams renders in the top
 * document (§4.1); in-call marker button[data-tid=hangup-main-btn]; host view items with the
 * items-renderer around the avatar; growth + re-punctuation; a patient turn split over two
 * consecutive items; self captions carry the clinician's display name (§4.5).
 * Assumption: captions were already on when capture starts (wrapper present in the initial page).
 */
const cloudV2Host: Scenario = {
  name: 'teams cloud.microsoft /v2/ host view, follow-up on blood pressure',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: [S1_SELF],
  body: `<div id="call-stage">
    <div role="toolbar"><button data-tid="hangup-main-btn" aria-label="Leave">Leave</button></div>
    <div data-tid="closed-caption-renderer-wrapper" class="f419p8h">
      <div data-tid="closed-caption-v2-window-wrapper">
        <div data-tid="closed-caption-v2-virtual-list-content"><div class="fui-Flex ___l1st1nr"></div></div>
      </div>
    </div>
  </div>`,
  async play(p) {
    const list = listOf(p.doc, true);
    for (const t of s1Turns) await speak(p, list, hostItem, t, 90, 450);
  },
  leave: removeStage,
  expected: expectedOf(s1Turns, S1_SELF),
  forbidden: ['Leave'],
};

// ---------------------------------------------------------------------------------------------------
// 2. teams.live.com/light-meetings/launch — anonymous "light meetings" (consumer Teams), guest DOM.
// ---------------------------------------------------------------------------------------------------
const S2_SELF = 'Dr. Omar Haddad';
const S2_PT = 'Lucia Ferreira';
const s2Turns: Turn[] = [
  { who: S2_PT, said: 'hi doctor haddad can you hear me okay', final: 'Hi, Doctor Haddad. Can you hear me okay?' },
  { who: S2_SELF, said: 'yes i can hear you clearly how is your ankle doing', final: 'Yes, I can hear you clearly. How is your ankle doing?' },
  { who: S2_PT, said: 'the swelling went down but it still hurts on the stairs', final: 'The swelling went down, but it still hurts on the stairs.' },
  { who: S2_SELF, said: 'are you still wearing the brace during the day', final: 'Are you still wearing the brace during the day?' },
  { who: S2_PT, said: 'only when i go out walking', final: 'Only when I go out walking.' },
  { who: S2_SELF, said: 'please wear it all day for one more week and keep icing it at night', final: 'Please wear it all day for one more week, and keep icing it at night.' },
  { who: S2_PT, said: 'okay i will do that thanks', final: 'Okay, I will do that. Thanks.' },
];

/**
 * Tests: the teams.live.com domain with the anonymous light-meetings launch path (§4.1), joined as a
 * guest: in-call marker button[data-tid=anon-hangup-button], guest caption DOM without the
 * items-renderer (VEXA, §4.3); captions off at first and turned on by the guest's More → Captions
 * (the wrapper appears, §4.2); the virtualised list drops its oldest rows once more than three are
 * shown (§4.4 retention). The clinician is the anonymous guest here, the patient hosts the meeting.
 * Assumptions: the launch URL carries a query string (the research gives only the path; "?p=…" is a
 * placeholder token, not a documented parameter); the retention count (3) is unverified (§10).
 */
const liveLightGuest: Scenario = {
  name: 'teams live.com light-meetings guest view, ankle sprain check-in',
  url: 'https://teams.live.com/light-meetings/launch?p=Kq7TzR2xW9',
  selfNames: [S2_SELF],
  body: `<div id="call-stage">
    <div role="toolbar"><button data-tid="anon-hangup-button" aria-label="Leave">Leave</button></div>
  </div>`,
  async play(p) {
    await p.sleep(250);
    const root = captionRoot(p.doc, false);
    q(p.doc, '#call-stage').appendChild(root);
    await p.sleep(250);
    const list = listOf(root, false);
    for (const t of s2Turns) {
      await speak(p, list, guestItem, t, 90, 450);
      while (list.children.length > 3) list.firstElementChild!.remove();
    }
  },
  leave: removeStage,
  expected: expectedOf(s2Turns, S2_SELF),
  forbidden: ['Leave'],
};

// ---------------------------------------------------------------------------------------------------
// 3. teams.microsoft.com/l/meetup-join/… — a join link with extra parameters, host view, CC toggled.
// ---------------------------------------------------------------------------------------------------
const S3_SELF = 'Dr. Hannah Cole';
const S3_PT = 'Sam Ortiz';
const s3Before: Turn[] = [
  { who: S3_SELF, said: 'hi sam i have your lab results here', final: 'Hi Sam, I have your lab results here.' },
  { who: S3_PT, said: 'great is everything okay', final: 'Great. Is everything okay?' },
  { who: S3_SELF, said: 'your cholesterol is a bit high but your thyroid looks normal', final: 'Your cholesterol is a bit high, but your thyroid looks normal.' },
];
// While captions are off Sam says "sorry my screen froze for a second": nothing is rendered, not expected.
const s3After: Turn[] = [
  { who: S3_PT, said: 'what should i change in my diet', final: 'What should I change in my diet?' },
  { who: S3_SELF, said: 'cut back on fried food and add more fiber like oats and beans', final: 'Cut back on fried food and add more fiber, like oats and beans.' },
  { who: S3_PT, said: 'i can do that should i come back for another test', final: 'I can do that. Should I come back for another test?' },
  { who: S3_SELF, said: 'yes let us repeat the panel in three months', final: 'Yes, let us repeat the panel in three months.' },
];

/**
 * Tests: the classic teams.microsoft.com domain reached through a /l/meetup-join/… join link that
 * carries extra parameters (§4.1), host view; in-call marker #hangup-button whose clickable parent is
 * followed by a sibling BUTTON (TT note, §4.1); captions off → on (wrapper appears) → off (wrapper
 * removed) → on again with a brand-new wrapper (§4.2, §9). Words said while captions were off are
 * never rendered and are not expected.
 * Assumptions: the thread id / "?context=…" query of the join link follow the usual Teams link shape
 * (the research only gives "/l/meetup-join/…"); the page URL stays the join link during the call; a
 * re-enabled caption list starts empty.
 */
const meetupJoinToggle: Scenario = {
  name: 'teams microsoft.com meetup-join link with context query, captions toggled mid-call',
  url:
    'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ1ZTk2YjEtMmQ0Ni00%40thread.v2/0' +
    '?context=%7b%22Tid%22%3a%2272f988bf-0000-0000-0000-2d7cd011db47%22%2c%22Oid%22%3a%228b2a0000-1111-2222-3333-444455556666%22%7d',
  selfNames: [S3_SELF],
  body: `<div id="call-stage">
    <div role="toolbar">
      <div class="hangup-group"><button id="hangup-button" aria-label="Leave">Leave</button><button aria-label="Leave options"></button></div>
    </div>
  </div>`,
  async play(p) {
    const stage = q(p.doc, '#call-stage');
    await p.sleep(200);
    let root = captionRoot(p.doc, true);
    stage.appendChild(root);
    await p.sleep(250);
    for (const t of s3Before) await speak(p, listOf(root, true), hostItem, t, 90, 450);
    // Captions off: the wrapper is removed entirely (§4.4 mutation plan "Toggle").
    await p.sleep(600);
    root.remove();
    await p.sleep(1500);
    // Captions on again: a new wrapper node.
    root = captionRoot(p.doc, true);
    stage.appendChild(root);
    await p.sleep(300);
    for (const t of s3After) await speak(p, listOf(root, true), hostItem, t, 90, 450);
  },
  leave: removeStage,
  expected: [...expectedOf(s3Before, S3_SELF), ...expectedOf(s3After, S3_SELF)],
  forbidden: ['Leave', 'screen froze'],
};

export const teamsScenarios: Scenario[] = [cloudV2Host, liveLightGuest, meetupJoinToggle];
