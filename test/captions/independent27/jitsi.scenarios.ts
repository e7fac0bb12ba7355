// Jitsi Meet blind scenarios, round 27 (deployment and URL variants).
//
// Written only from /work/shared/research/caption-platforms.md:
//   §6  Jitsi Meet: `div.transcription-subtitles` (+ `lifted` with one participant), one <p> per
//       transcript message id, a <span> reading "<participantName>: " + (final || stable + unstable),
//       interim replaced by final in the same paragraph, the newer chat-panel list under
//       `#subtitles-messages-list` / `#subtitles-messages-container` with hashed classes and items
//       `[name?][content][time]`, captions coming from the deployment's own Jigasi transcriber.
//   §7  (caution) white-label telehealth products embedding an SDK keep that SDK's caption DOM.
//   §8  (4, 8, 9, 11) characterData growth, per-element identity, timestamps as noise.
//   §9  fixture checklist (two speakers, self speaker, same-speaker continuation, growth/revision).
//
// What the research does NOT give for Jitsi, and the assumptions taken here:
//   - URLs: §6 documents no domain, sub-domain, path, query or hash form for Jitsi at all. Its only
//     deployment fact is that Jitsi is self-hosted ("the deployment's Jigasi transcriber", "the base
//     of many white-label telehealth apps"). So no public Jitsi domain is used; each scenario is a
//     self-hosted deployment on an IANA-reserved example domain (RFC 2606) standing for "some
//     clinic's own Jitsi host", with the room name as the single path segment. No query or hash
//     parameters are used, because none are documented.
//   - In-call markers: none are documented. The body is a neutral call stage (video tiles plus the
//     subtitles container; the wrapper ids/classes are placeholders, not Jitsi facts), and leaving
//     unmounts the whole conference UI.
//   - The local user's own subtitles carry their own display name (§6 says `participantName`, with
//     no "You" label documented). That name is in selfNames, so those turns are role 'clinician'.
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, q } from '../independent/kit.ts';

const STEP = 90;

/**
 * One transcript message id: appends a <p><span> to the subtitles container and grows its single
 * text node "<name>: <stable + unstable>" word by word (characterData), then replaces it with the
 * final text in the same paragraph (§6). A token "a|b" shows the unstable tail as "a" first, then
 * revised to "b" before the next word arrives.
 */
async function say(p: Page, root: Element, name: string, interim: string, final: string, stepMs = STEP) {
  const para = p.doc.createElement('p');
  const span = p.doc.createElement('span');
  const node = p.doc.createTextNode('');
  span.appendChild(node);
  para.appendChild(span);
  const shown: string[] = [];
  let attached = false;
  for (const token of interim.split(' ')) {
    const alts = token.split('|');
    for (const alt of alts) {
      node.data = `${name}: ${[...shown, alt].join(' ')}`;
      if (!attached) {
        root.appendChild(para);
        attached = true;
      }
      await p.sleep(stepMs);
    }
    shown.push(alts[alts.length - 1]!);
  }
  node.data = `${name}: ${final}`;
  await p.sleep(stepMs);
  return para;
}

/** Leaving the conference unmounts the whole call UI (assumption: no documented in-call marker). */
function unmountCall(p: Page) {
  p.doc.body.replaceChildren();
}

// ------------------------------------------------------------------------------------------------
// 1. Apex self-hosted domain; the `lifted` single-participant variant, then the patient joins.
// ------------------------------------------------------------------------------------------------
const ORTIZ = 'Dr. Lena Ortiz';
const BELL = 'Marcus Bell';

const liftedThenJoin: Scenario = {
  // Tests: a self-hosted Jitsi deployment on an apex domain (room as the only path segment). The
  // subtitles container starts as `transcription-subtitles lifted` while the clinician is alone
  // (§6), the clinician speaks, then the patient joins and `lifted` is dropped from the same
  // container. One patient turn is split over two message ids (two <p>), which must read as one turn.
  // Assumption (silent research): the container is already mounted, empty, when captions are on.
  name: 'jitsi self-hosted apex domain: lifted container while alone, then patient joins',
  url: 'https://example.org/OrtizFollowUp',
  selfNames: [ORTIZ],
  body: `
    <div id="call-root">
      <div class="stage"><div class="tile"><video autoplay muted></video><span class="tile-name">${ORTIZ}</span></div></div>
      <div class="transcription-subtitles lifted"></div>
    </div>`,
  async play(p) {
    const subs = q(p.doc, '.transcription-subtitles');
    await say(p, subs, ORTIZ, "Hi Marcus, I'm in the room whenever you're ready to join", "Hi Marcus, I'm in the room whenever you're ready to join.");
    await p.sleep(700);
    // The patient joins: a second tile appears and the container is no longer `lifted`.
    q(p.doc, '.stage').appendChild(el(p.doc, `<div class="tile"><video autoplay></video><span class="tile-name">${BELL}</span></div>`));
    subs.classList.remove('lifted');
    await p.sleep(400);
    await say(p, subs, BELL, 'Hi doctor, sorry, the link took a minute to open', 'Hi doctor, sorry, the link took a minute to open.');
    await p.sleep(450);
    await say(p, subs, ORTIZ, 'No problem. How has your blood pressure been this week', 'No problem. How has your blood pressure been this week?');
    await p.sleep(450);
    await say(p, subs, BELL, 'Mostly around one thirty over eighty in the mornings', 'Mostly around one thirty over eighty in the mornings.');
    await p.sleep(200);
    await say(p, subs, BELL, 'A bit higher after work, though', 'A bit higher after work, though.');
    await p.sleep(450);
    await say(p, subs, ORTIZ, "That's reasonable. Are you still taking the lisinopril every day", "That's reasonable. Are you still taking the lisinopril every day?");
    await p.sleep(450);
    await say(p, subs, BELL, 'Yes, every morning with breakfast', 'Yes, every morning with breakfast.');
    await p.sleep(450);
    await say(p, subs, ORTIZ, "Good. Let's keep the same dose and check again in a month", "Good. Let's keep the same dose and check again in a month.");
    await p.sleep(450);
    await say(p, subs, BELL, 'Sounds good, thank you', 'Sounds good, thank you.');
  },
  leave: unmountCall,
  expected: [
    { speaker: ORTIZ, role: 'clinician', text: "Hi Marcus, I'm in the room whenever you're ready to join." },
    { speaker: BELL, text: 'Hi doctor, sorry, the link took a minute to open.' },
    { speaker: ORTIZ, role: 'clinician', text: 'No problem. How has your blood pressure been this week?' },
    { speaker: BELL, text: 'Mostly around one thirty over eighty in the mornings.' },
    { speaker: BELL, text: 'A bit higher after work, though.' },
    { speaker: ORTIZ, role: 'clinician', text: "That's reasonable. Are you still taking the lisinopril every day?" },
    { speaker: BELL, text: 'Yes, every morning with breakfast.' },
    { speaker: ORTIZ, role: 'clinician', text: "Good. Let's keep the same dose and check again in a month." },
    { speaker: BELL, text: 'Sounds good, thank you.' },
  ] satisfies Expected[],
  forbidden: [`${ORTIZ}:`, `${BELL}:`],
};

// ------------------------------------------------------------------------------------------------
// 2. Sub-domain self-hosted deployment; container mounted with the first subtitle; interim
//    stable + unstable revisions replaced by a re-cased, re-punctuated final.
// ------------------------------------------------------------------------------------------------
const NAND = 'Dr. Priya Nand';
const OKAFOR = 'Grace Okafor';

const subdomainInterimFinal: Scenario = {
  // Tests: a clinic's Jitsi on a nested sub-domain with a hyphenated room name. No subtitles
  // container exists until the first subtitle arrives (assumption: §6 does not say whether an empty
  // container is rendered; here it is mounted together with its first <p>). Each message grows as
  // lower-case interim text whose unstable tail is revised ("head" → "headaches"), then the same
  // paragraph is replaced by the final, re-cased and re-punctuated (§6). A time "4:15" inside the
  // text must not be mistaken for the "Name: " separator.
  name: 'jitsi self-hosted sub-domain: container mounts with first subtitle, interim → final',
  url: 'https://video.clinic.example.com/bell-derm-consult',
  selfNames: [NAND],
  body: `
    <div id="call-root">
      <div class="stage">
        <div class="tile"><video autoplay muted></video><span class="tile-name">${NAND}</span></div>
        <div class="tile"><video autoplay></video><span class="tile-name">${OKAFOR}</span></div>
      </div>
    </div>`,
  async play(p) {
    const subs = el(p.doc, '<div class="transcription-subtitles"></div>');
    q(p.doc, '#call-root').appendChild(subs);
    await say(p, subs, NAND, 'good afternoon grace what brings you in today', 'Good afternoon, Grace. What brings you in today?');
    await p.sleep(450);
    await say(p, subs, OKAFOR, "i've been getting head|headaches most after|afternoons for about two weeks", "I've been getting headaches most afternoons for about two weeks.");
    await p.sleep(450);
    await say(p, subs, NAND, 'are they worse with screens or bright light', 'Are they worse with screens or bright light?');
    await p.sleep(450);
    await say(p, subs, OKAFOR, 'a little yes and i skip|skipped lunch a lot lately', 'A little, yes. And I skipped lunch a lot lately.');
    await p.sleep(450);
    await say(p, subs, NAND, "let's book a follow up visit for friday at 4:15", "Let's book a follow up visit for Friday at 4:15.");
    await p.sleep(450);
    await say(p, subs, OKAFOR, 'okay friday works for me', 'Okay, Friday works for me.');
    await p.sleep(450);
    await say(p, subs, NAND, "great drink more water too and we'll see how it goes", "Great. Drink more water too, and we'll see how it goes.");
    await p.sleep(450);
    await say(p, subs, OKAFOR, 'will do thanks doctor', 'Will do, thanks, doctor.');
  },
  leave: unmountCall,
  expected: [
    { speaker: NAND, role: 'clinician', text: 'Good afternoon, Grace. What brings you in today?' },
    { speaker: OKAFOR, text: "I've been getting headaches most afternoons for about two weeks." },
    { speaker: NAND, role: 'clinician', text: 'Are they worse with screens or bright light?' },
    { speaker: OKAFOR, text: 'A little, yes. And I skipped lunch a lot lately.' },
    { speaker: NAND, role: 'clinician', text: "Let's book a follow up visit for Friday at 4:15." },
    { speaker: OKAFOR, text: 'Okay, Friday works for me.' },
    { speaker: NAND, role: 'clinician', text: "Great. Drink more water too, and we'll see how it goes." },
    { speaker: OKAFOR, text: 'Will do, thanks, doctor.' },
  ] satisfies Expected[],
  forbidden: [`${NAND}:`, `${OKAFOR}:`],
};

// ------------------------------------------------------------------------------------------------
// 3. Another self-hosted deployment running a newer build: the chat panel's subtitles list mirrors
//    the overlay, with hashed classes, an optional name, and a time per item.
// ------------------------------------------------------------------------------------------------
const WHITFIELD = 'Dr. Sam Whitfield';
const DELGADO = 'Rosa Delgado';
const CHAT_LINE = 'Intake form for new patients, please complete before Friday';

const newerBuildChatPanel: Scenario = {
  // Tests: a newer Jitsi build (§6) on a third self-hosted host, where every subtitle is shown both
  // in `div.transcription-subtitles` and in the chat panel's `#subtitles-messages-list` (hashed
  // classes, items `[name?][content][time]`). Every word must come out once, not once per view;
  // the item times and an ordinary chat message must never leak into an utterance.
  // Assumptions (silent research): `#subtitles-messages-container` wraps `#subtitles-messages-list`;
  // a panel item is added once its message is final; the name is omitted on an item that follows
  // an item by the same speaker (as chat groups do); the ordinary chat list is a sibling of the
  // subtitles list inside the same panel; hashed class names are made up in the `css-<hash>-<n>` style.
  name: 'jitsi self-hosted newer build: chat-panel subtitles list mirrors the overlay',
  url: 'https://telehealth.example.net/WhitfieldIntake7',
  selfNames: [WHITFIELD],
  body: `
    <div id="call-root">
      <div class="stage">
        <div class="tile"><video autoplay muted></video><span class="tile-name">${WHITFIELD}</span></div>
        <div class="tile"><video autoplay></video><span class="tile-name">${DELGADO}</span></div>
      </div>
      <div class="transcription-subtitles"></div>
      <div class="css-7fk2q1-chatPanel">
        <div class="css-p03xz9-chatList"></div>
        <div id="subtitles-messages-container" class="css-r8c1m4-container">
          <div id="subtitles-messages-list" class="css-b5t0y2-list"></div>
        </div>
      </div>
    </div>`,
  async play(p) {
    const subs = q(p.doc, '.transcription-subtitles');
    const list = q(p.doc, '#subtitles-messages-list');
    let lastSpeaker = '';
    let minute = 14;
    const turn = async (name: string, interim: string, final: string) => {
      await say(p, subs, name, interim, final);
      const nameDiv = name === lastSpeaker ? '' : `<div class="css-4hq9wd-name">${name}</div>`;
      list.appendChild(
        el(p.doc, `<div class="css-x1v7ke-item">${nameDiv}<div class="css-m2s8pa-content">${final}</div><div class="css-9jd3ln-time">09:${minute}</div></div>`),
      );
      lastSpeaker = name;
      minute++;
      await p.sleep(450);
    };
    await turn(WHITFIELD, 'Hi Rosa, can you see and hear me okay', 'Hi Rosa, can you see and hear me okay?');
    await turn(DELGADO, 'Yes, I can hear you fine', 'Yes, I can hear you fine.');
    await turn(WHITFIELD, 'Great. I just sent the intake form link in the chat', 'Great. I just sent the intake form link in the chat.');
    q(p.doc, '.css-p03xz9-chatList').appendChild(
      el(p.doc, `<div class="css-c6ed0q-chatMessage"><div class="css-4hq9wd-name">${WHITFIELD}</div><div class="css-m2s8pa-content">${CHAT_LINE}</div><div class="css-9jd3ln-time">09:16</div></div>`),
    );
    await p.sleep(200);
    await turn(DELGADO, "Got it, I'll fill it out after the call", "Got it, I'll fill it out after the call.");
    await turn(DELGADO, 'Should I list my allergy to penicillin there', 'Should I list my allergy to penicillin there?');
    await turn(WHITFIELD, 'Yes, please list penicillin and any reaction you had', 'Yes, please list penicillin and any reaction you had.');
    await turn(DELGADO, 'It was a rash, years ago', 'It was a rash, years ago.');
    await turn(WHITFIELD, "Thanks, that's helpful. We'll go over it next visit", "Thanks, that's helpful. We'll go over it next visit.");
  },
  leave: unmountCall,
  expected: [
    { speaker: WHITFIELD, role: 'clinician', text: 'Hi Rosa, can you see and hear me okay?' },
    { speaker: DELGADO, text: 'Yes, I can hear you fine.' },
    { speaker: WHITFIELD, role: 'clinician', text: 'Great. I just sent the intake form link in the chat.' },
    { speaker: DELGADO, text: "Got it, I'll fill it out after the call." },
    { speaker: DELGADO, text: 'Should I list my allergy to penicillin there?' },
    { speaker: WHITFIELD, role: 'clinician', text: 'Yes, please list penicillin and any reaction you had.' },
    { speaker: DELGADO, text: 'It was a rash, years ago.' },
    { speaker: WHITFIELD, role: 'clinician', text: "Thanks, that's helpful. We'll go over it next visit." },
  ] satisfies Expected[],
  forbidden: [CHAT_LINE, '09:1', '09:2', `${WHITFIELD}:`, `${DELGADO}:`],
};

export const jitsiScenarios: Scenario[] = [liftedThenJoin, subdomainInterimFinal, newerBuildChatPanel];
