// Blind caption scenarios for Jitsi Meet (meet.jit.si, 8x8.vc / JaaS and the white-label telehealth
// apps built on it). Written only from /work/shared/research/caption-platforms.md (§1, §6, §7, §8,
// §9) and the kit's types; no product code, fixtures or other scenario files were read.
//
// The Jitsi facts these pages follow (§6):
// - captions render in `<div class="transcription-subtitles">` (plus `lifted` while the user is the
//   only participant), one `<p>` per transcript message id, each holding one `<span>` whose text is
//   "<participantName>: " + (final || stable + unstable): the name is inline, with a colon;
// - the interim text (stable + unstable) is replaced by the final in the same paragraph, so the
//   final may rewrite words anywhere in the line (numbers and units formatted, stutters dropped,
//   words re-recognised, merged or split, case and punctuation added);
// - newer builds also list the subtitles in the chat panel under `#subtitles-messages-container` /
//   `#subtitles-messages-list`, items `[name?][content][time]` with hashed classes;
// - §9: captions toggled off and on give a new root node; §8: chat and other live regions must not
//   be taken for captions.
// The in-call markers (`#videoconference_page`, `#new-toolbox` with the `.hangup-button` "Leave the
// meeting") and the pages shown after hanging up are general Jitsi knowledge, not from the doc.
import { el, grow, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

const SUBS = '.transcription-subtitles';
const JAAS = 'https://8x8.vc/vpaas-magic-cookie-5c1e9a07d2b84f3e8a61c4b0f27d9e13';

// ---------------------------------------------------------------------------------------------
// Page pieces
// ---------------------------------------------------------------------------------------------

const ICON = '<svg fill="none" height="22" width="22" viewBox="0 0 22 22"><path d="M2 2h18v18H2z"></path></svg>';

function button(label: string, extra = '', cls = 'toolbox-button'): string {
  return `<div aria-label="${label}" ${extra} class="${cls}" role="button" tabindex="0"><div class="toolbox-icon">${ICON}</div></div>`;
}

let tileSeq = 0;
function tile(name: string): string {
  const id = `participant_${(0x3a7f10 + ++tileSeq * 7919).toString(16)}`;
  return `<span class="videocontainer display-video" id="${id}"><div class="videocontainer__background"></div><div class="displayNameContainer"><span class="displayname" id="${id}_name">${name}</span></div><div class="videocontainer__toolbar"><div class="audioMuted toolbar-icon">${ICON}</div></div></span>`;
}

interface Room {
  subject: string;
  /** Local display name (the tile shows "<name> (me)"). */
  self: string;
  remotes: string[];
  /** `lifted` on the subtitles box while the local user is alone (§6). */
  lifted?: boolean;
  /** Side panel (chat / closed-caption list) HTML, rendered next to the conference page. */
  side?: string;
}

function conference(r: Room): string {
  return `
<div id="react"><div id="layout_wrapper">
  ${r.side ?? ''}
  <div id="videoconference_page" class="">
    <div class="details-container"><div class="subject visible"><div class="subject-info-container">
      <div class="subject-text">${r.subject}</div><span class="subject-timer">04:12</span>
    </div></div></div>
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="largeVideoBackgroundContainer"></div>
        <div id="largeVideoElementsContainer"><div id="largeVideoWrapper"><video autoplay id="largeVideo" muted playsinline></video></div></div>
        <div class="transcription-subtitles${r.lifted ? ' lifted' : ''}"></div>
      </div>
      <div class="filmstrip"><div id="remoteVideos"><div id="filmstripRemoteVideos"><div id="filmstripRemoteVideosContainer">${r.remotes.map(tile).join('')}</div></div>
        <span id="localVideoContainer" class="videocontainer"><div class="displayNameContainer"><span id="localDisplayName" class="displayname">${r.self} (me)</span></div></span>
      </div></div>
    </div>
    <div class="new-toolbox visible" id="new-toolbox"><div class="toolbox-content"><div class="toolbox-content-wrapper"><div class="toolbox-content-items">
      ${button('Mute microphone', 'aria-pressed="false"')}
      ${button('Stop camera', 'aria-pressed="false"')}
      ${button('Open chat', 'aria-pressed="false"')}
      ${button('Stop subtitles', 'aria-pressed="true"')}
      ${button('Open participants pane', 'aria-pressed="false"')}
      ${button('More actions', 'aria-expanded="false"')}
      <div aria-label="Leave the meeting" class="toolbox-button hangup-button" role="button" tabindex="0"><div class="toolbox-icon hangup-button">${ICON}</div></div>
    </div></div></div></div>
  </div>
  <div class="notifications-container" id="notifications-container"></div>
</div></div>`;
}

/** A chat side panel with messages (not captions). */
function chatPanel(messages: [name: string, text: string, time: string][]): string {
  return `<div id="sideToolbarContainer" class="chat-panel"><div class="chat-header"><span>Chat</span><div aria-label="Close" role="button" tabindex="0">${ICON}</div></div>
  <div id="chat-conversation-container"><div id="chatconversation" aria-live="polite">${messages.map(chatItem).join('')}</div></div>
  <div id="chat-input"><textarea placeholder="Type a message"></textarea><button aria-label="Send">Send</button></div></div>`;
}

function chatItem([name, text, time]: [string, string, string]): string {
  return `<div class="chat-message-group remote"><div class="chatmessage-wrapper"><div class="chatmessage"><div class="replywrapper"><div class="messagecontent"><div class="display-name">${name}</div><div class="usermessage">${text}</div></div></div></div><div class="timestamp">${time}</div></div></div>`;
}

function toast(p: Page, text: string): HTMLElement {
  const n = el(p.doc, `<div class="notification" role="alert" aria-live="polite"><div class="notification-title">${text}</div><div aria-label="Dismiss" role="button" tabindex="0">${ICON}</div></div>`);
  q(p.doc, '#notifications-container').appendChild(n);
  return n;
}

/** The conference timer ticks every second (characterData outside the captions). */
function ticker(p: Page, start = 4 * 60 + 12): () => void {
  let s = start;
  const id = p.win.setInterval(() => {
    s++;
    const n = p.doc.querySelector('.subject-timer');
    if (n) n.textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  }, 1000);
  return () => p.win.clearInterval(id);
}

/** Hanging up unmounts the whole conference (toolbox, subtitles, panels). */
function hangUp(p: Page, after: string, path?: string) {
  p.doc.getElementById('layout_wrapper')?.remove();
  if (path) p.win.history.pushState({}, '', path);
  q(p.doc, '#react').appendChild(el(p.doc, after));
}

// ---------------------------------------------------------------------------------------------
// Caption paragraphs (§6)
// ---------------------------------------------------------------------------------------------

/** The span text: "<participantName>: " + text. */
const say = (name: string, text: string) => `${name}: ${text}`;

/** Appends one `<p><span>` (a new transcript message id) to the current subtitles box. */
function line(p: Page, name: string, first: string): Text {
  const para = el(p.doc, '<p><span></span></p>');
  const t = p.doc.createTextNode(say(name, first));
  q(para, 'span').appendChild(t);
  q(p.doc, SUBS).appendChild(para);
  return t;
}

function show(t: Text, name: string, text: string) {
  t.data = say(name, text);
}

/** Interim updates (each step = stable + unstable as shown), then the final, in the same node. */
async function interim(p: Page, t: Text, name: string, steps: string[], final: string, ms = 130) {
  for (const s of steps) {
    show(t, name, s);
    await p.sleep(ms);
  }
  show(t, name, final);
  await p.sleep(ms);
}

/** A new message whose interim only grows word by word before the final replaces it. */
async function turn(p: Page, name: string, spoken: string, final: string, ms = 110): Promise<Text> {
  const first = spoken.split(' ')[0]!;
  const t = line(p, name, first);
  await p.sleep(ms);
  const prefixWords = `${name}:`.split(' ').length;
  await grow(p, t, say(name, spoken), say(name, final), ms, prefixWords + 1);
  return t;
}

/** A new message with interim rewrites (stutters, re-recognised words) before the final. */
async function spoken(p: Page, name: string, steps: string[], final: string, ms = 130): Promise<Text> {
  const t = line(p, name, steps[0]!);
  await p.sleep(ms);
  await interim(p, t, name, steps.slice(1), final, ms);
  return t;
}

// ---------------------------------------------------------------------------------------------
// 1. Blood-pressure review: interim → final with numbers and units formatted; `lifted` while alone
// ---------------------------------------------------------------------------------------------

const PR = 'Dr. Priya Raman';
const TB = 'Tom Becker';

// §6 (interim stable+unstable replaced by final in the same <p>; inline "Name: "; `lifted` while
// alone), §9 (word-by-word growth, re-punctuation), §8.11 (timer, toasts and toolbox labels are noise).
const bpReview: Scenario = {
  name: 'jitsi: blood-pressure review, numbers and units formatted by the final (130/85, 20 mg)',
  url: 'https://meet.jit.si/RamanClinicBPReview',
  selfNames: [PR],
  body: conference({ subject: 'RamanClinicBPReview', self: PR, remotes: [], lifted: true }),
  async play(p) {
    const stop = ticker(p);
    await spoken(p, PR, ['okay', "okay I'm just", "okay I'm just waiting for", "okay I'm just waiting for tom to join"], "Okay, I'm just waiting for Tom to join.");
    await p.sleep(450);
    // Tom joins: his tile, a toast, and the subtitles box is no longer lifted.
    q(p.doc, '#filmstripRemoteVideosContainer').appendChild(el(p.doc, tile(TB)));
    const joined = toast(p, `${TB} joined the meeting`);
    q(p.doc, SUBS).classList.remove('lifted');
    await p.sleep(450);
    await turn(p, PR, 'hi tom can you hear me', 'Hi Tom, can you hear me?');
    await p.sleep(300);
    await spoken(p, TB, ['yes', 'yes I can', 'yes I can here you', 'yes I can hear you fine'], 'Yes, I can hear you fine.');
    joined.remove();
    await p.sleep(300);
    await turn(p, PR, 'great what was your blood pressure this morning', 'Great. What was your blood pressure this morning?');
    await p.sleep(300);
    await spoken(p, TB, ['it was', 'it was one thirty', 'it was one thirty over', 'it was one thirty over eighty', 'it was one thirty over eighty five'], 'It was 130/85.');
    await p.sleep(300);
    await spoken(
      p,
      PR,
      [
        "that's a little",
        "that's a little high are you still",
        "that's a little high are you still taking the lice",
        "that's a little high are you still taking the lisinopril twenty",
        "that's a little high are you still taking the lisinopril twenty milligrams",
      ],
      "That's a little high. Are you still taking the lisinopril, 20 mg?",
    );
    await p.sleep(300);
    // "Yes" twice in a row inside one message, and the clinician's words repeated back.
    await spoken(p, TB, ['yes', 'yes yes', 'yes yes twenty', 'yes yes twenty milligrams every', 'yes yes twenty milligrams every morning'], 'Yes, yes, 20 mg every morning.');
    await p.sleep(300);
    await spoken(p, PR, ["okay let's", "okay let's recheck it", "okay let's recheck it in two weeks"], "Okay, let's recheck it in 2 weeks.");
    await p.sleep(300);
    await spoken(p, TB, ['two weeks', 'two weeks sounds good'], 'Two weeks, sounds good.');
    stop();
  },
  leave(p) {
    // meet.jit.si: the conference unmounts and the welcome page comes back at the site root.
    hangUp(
      p,
      `<div class="welcome with-welcome-page" id="welcome_page"><div class="header"><h1 class="header-text-title">Secure and high quality meetings</h1>
        <div id="enter_room"><input id="enter_room_field" aria-label="Meeting name input" placeholder="Start a new meeting"><button id="enter_room_button" aria-label="Start meeting">Start meeting</button></div></div></div>`,
      '/',
    );
  },
  expected: [
    { speaker: PR, role: 'clinician', text: "Okay, I'm just waiting for Tom to join." },
    { speaker: PR, role: 'clinician', text: 'Hi Tom, can you hear me?' },
    { speaker: TB, role: 'patient', text: 'Yes, I can hear you fine.' },
    { speaker: PR, role: 'clinician', text: 'Great. What was your blood pressure this morning?' },
    { speaker: TB, role: 'patient', text: 'It was 130/85.' },
    { speaker: PR, role: 'clinician', text: "That's a little high. Are you still taking the lisinopril, 20 mg?" },
    { speaker: TB, role: 'patient', text: 'Yes, yes, 20 mg every morning.' },
    { speaker: PR, role: 'clinician', text: "Okay, let's recheck it in 2 weeks." },
    { speaker: TB, role: 'patient', text: 'Two weeks, sounds good.' },
  ],
  forbidden: [`${PR}:`, `${TB}:`, 'joined the meeting', 'Leave the meeting', 'Stop subtitles', 'RamanClinicBPReview', '04:', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 2. Medication review: the final rewrites words in the middle of the line
// ---------------------------------------------------------------------------------------------

const LH = 'Dr. Lena Hoffmann';
const MW = 'Marcus Webb';

// §6 (final replaces stable+unstable in place: stutters "the the"/"I I" removed, "for for days" →
// "for four days", "there" → "their", "every day" → "everyday", "dinner time" → "dinnertime",
// "anymore" → "any more"; a ": " inside the spoken text after the "Name: " prefix), §8.8 (the final
// is not a prefix extension of the interim, yet it is the same utterance), §9 / §8 (chat panel open,
// a chat message arriving mid-call).
const medReview: Scenario = {
  name: 'jitsi: medication review, final rewrites mid-line words (stutter, for→four, there→their, every day→everyday)',
  url: `${JAAS}/HoffmannMedReview`,
  selfNames: [LH],
  body: conference({
    subject: 'HoffmannMedReview',
    self: LH,
    remotes: [MW],
    side: chatPanel([[MW, 'Running 2 min late, sorry!', '09:58']]),
  }),
  async play(p) {
    const stop = ticker(p, 2 * 60 + 40);
    await spoken(p, LH, ['so how', 'so how have the', 'so how have the the', 'so how have the the new tablets', 'so how have the the new tablets been'], 'So how have the new tablets been?');
    await p.sleep(300);
    await spoken(
      p,
      MW,
      ['I', 'I I', 'I I have taken them', 'I I have taken them every day', 'I I have taken them every day for for', 'I I have taken them every day for for days now'],
      'I have taken them every day for four days now.',
    );
    await p.sleep(300);
    await spoken(p, LH, ['and did you', 'and did you write down there', 'and did you write down there doses'], 'And did you write down their doses?');
    await p.sleep(300);
    await spoken(
      p,
      MW,
      ['yes my list', 'yes my list says metformin', 'yes my list says metformin five hundred', 'yes my list says metformin five hundred milligrams twice a day'],
      'Yes, my list says: metformin 500 mg twice a day.',
    );
    q(p.doc, '#chatconversation').appendChild(el(p.doc, chatItem([MW, 'I also sent a photo of the box', '10:03'])));
    await p.sleep(300);
    await spoken(p, LH, ['good and you', 'good and you take it with food', 'good and you take it with food every day'], 'Good. And you take it with food everyday?');
    await p.sleep(300);
    await spoken(p, MW, ['yeah with breakfast', 'yeah with breakfast and dinner', 'yeah with breakfast and dinner time'], 'Yeah, with breakfast and dinnertime.');
    await p.sleep(300);
    await spoken(
      p,
      LH,
      ['perfect then you', "perfect then you don't need the", "perfect then you don't need the glipizide", "perfect then you don't need the glipizide anymore"],
      "Perfect. Then you don't need the glipizide any more.",
    );
    await p.sleep(300);
    await spoken(p, MW, ['great', 'great thank you'], 'Great, thank you.');
    stop();
  },
  leave(p) {
    // JaaS: the conference unmounts and a "left the meeting" page is shown in its place.
    hangUp(p, '<div class="leave-reason-page"><h1>You have left the meeting</h1><button class="rejoin-button" type="button">Rejoin meeting</button></div>');
  },
  expected: [
    { speaker: LH, role: 'clinician', text: 'So how have the new tablets been?' },
    { speaker: MW, role: 'patient', text: 'I have taken them every day for four days now.' },
    { speaker: LH, role: 'clinician', text: 'And did you write down their doses?' },
    { speaker: MW, role: 'patient', text: 'Yes, my list says: metformin 500 mg twice a day.' },
    { speaker: LH, role: 'clinician', text: 'Good. And you take it with food everyday?' },
    { speaker: MW, role: 'patient', text: 'Yeah, with breakfast and dinnertime.' },
    { speaker: LH, role: 'clinician', text: "Perfect. Then you don't need the glipizide any more." },
    { speaker: MW, role: 'patient', text: 'Great, thank you.' },
  ],
  forbidden: [`${LH}:`, `${MW}:`, 'Running 2 min late', 'photo of the box', 'Leave the meeting', 'Type a message', '09:58', '10:03', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 3. Quick turn-taking: the patient's message starts before the clinician's is final
// ---------------------------------------------------------------------------------------------

const JA = 'Jo Adeyemi, NP';
const SM = 'Sofia Marquez';

// §6 (one <p> per message id, so two speakers' interim lines are live at once and the earlier
// one's final lands after the later one appeared), §9 (two speakers alternating, a same-speaker
// continuation split over messages), §8.7 (stabilisation per paragraph). Short replies come back a
// few turns apart ("Yes." / "Yes, I did." / "Yes, this morning too."; "No." / "No, no headaches."),
// and a reply repeats the clinician's words. The toolbox auto-hides (class only) mid-call.
const quickTurns: Scenario = {
  name: 'jitsi: quick turn-taking, overlapping interim lines and repeated short replies',
  url: 'https://meet.jit.si/AdeyemiNPFollowUp',
  selfNames: [JA],
  body: conference({ subject: 'AdeyemiNPFollowUp', self: JA, remotes: [SM] }),
  async play(p) {
    const stop = ticker(p, 60);
    await turn(p, JA, 'did you take the tablets yesterday', 'Did you take the tablets yesterday?');
    await p.sleep(250);
    await spoken(p, SM, ['yes'], 'Yes.');
    await p.sleep(450);
    // Same speaker, a new message: the same short word again, then more.
    await spoken(p, SM, ['yes', 'yes I did'], 'Yes, I did.');
    await p.sleep(250);

    // Overlap 1: Sofia answers while "and this morning" is still interim.
    const c3 = line(p, JA, 'and');
    await p.sleep(120);
    show(c3, JA, 'and this');
    const p4 = line(p, SM, 'yes');
    await p.sleep(120);
    show(c3, JA, 'and this morning');
    await p.sleep(120);
    show(p4, SM, 'yes this');
    show(c3, JA, 'And this morning?');
    await p.sleep(120);
    show(p4, SM, 'yes this morning');
    await p.sleep(120);
    show(p4, SM, 'yes this morning too');
    await p.sleep(120);
    show(p4, SM, 'Yes, this morning too.');
    await p.sleep(400);

    q(p.doc, '#new-toolbox').classList.remove('visible');
    await turn(p, JA, 'any dizziness when you stand up', 'Any dizziness when you stand up?');
    await p.sleep(250);
    await spoken(p, SM, ['no'], 'No.');
    await p.sleep(300);

    // Overlap 2.
    const c7 = line(p, JA, 'any');
    await p.sleep(120);
    show(c7, JA, 'any headaches');
    await p.sleep(100);
    const p8 = line(p, SM, 'no');
    await p.sleep(100);
    show(c7, JA, 'Any headaches?');
    await p.sleep(120);
    show(p8, SM, 'no no');
    await p.sleep(120);
    show(p8, SM, 'no no headaches');
    await p.sleep(120);
    show(p8, SM, 'No, no headaches.');
    await p.sleep(400);

    // Overlap 3: the clinician keeps talking after Sofia's "okay" appeared; she repeats the words.
    const c9 = line(p, JA, 'so');
    await p.sleep(120);
    show(c9, JA, 'so keep taking them');
    await p.sleep(120);
    const p10 = line(p, SM, 'okay');
    await p.sleep(120);
    show(c9, JA, 'so keep taking them at the same');
    await p.sleep(100);
    show(p10, SM, 'okay same');
    await p.sleep(100);
    show(c9, JA, 'so keep taking them at the same time each day');
    await p.sleep(100);
    show(p10, SM, 'okay same time');
    await p.sleep(100);
    show(c9, JA, 'So keep taking them at the same time each day.');
    await p.sleep(120);
    show(p10, SM, 'okay same time each day');
    await p.sleep(120);
    show(p10, SM, 'Okay, same time each day.');
    await p.sleep(400);

    q(p.doc, '#new-toolbox').classList.add('visible');
    await turn(p, JA, 'see you in a month sofia', 'See you in a month, Sofia.');
    await p.sleep(250);
    await spoken(p, SM, ['thanks', 'thanks you too', 'thanks you too bye'], 'Thanks, you too. Bye.');
    stop();
  },
  leave(p) {
    // meet.jit.si: the conference unmounts behind the post-call feedback dialog.
    hangUp(
      p,
      '<div role="dialog" aria-modal="true" aria-label="Rate your meeting experience" class="feedback-dialog"><h2>How was your call?</h2><div class="star-rating">☆☆☆☆☆</div><button type="button">Cancel</button><button type="button">Submit</button></div>',
    );
  },
  expected: [
    { speaker: JA, role: 'clinician', text: 'Did you take the tablets yesterday?' },
    { speaker: SM, role: 'patient', text: 'Yes.' },
    { speaker: SM, role: 'patient', text: 'Yes, I did.' },
    { speaker: JA, role: 'clinician', text: 'And this morning?' },
    { speaker: SM, role: 'patient', text: 'Yes, this morning too.' },
    { speaker: JA, role: 'clinician', text: 'Any dizziness when you stand up?' },
    { speaker: SM, role: 'patient', text: 'No.' },
    { speaker: JA, role: 'clinician', text: 'Any headaches?' },
    { speaker: SM, role: 'patient', text: 'No, no headaches.' },
    { speaker: JA, role: 'clinician', text: 'So keep taking them at the same time each day.' },
    { speaker: SM, role: 'patient', text: 'Okay, same time each day.' },
    { speaker: JA, role: 'clinician', text: 'See you in a month, Sofia.' },
    { speaker: SM, role: 'patient', text: 'Thanks, you too. Bye.' },
  ],
  forbidden: [`${JA}:`, `${SM}:`, 'Leave the meeting', 'Stop subtitles', 'AdeyemiNPFollowUp', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 4. Three people: patient, daughter interpreting, clinician
// ---------------------------------------------------------------------------------------------

const SO = 'Dr. Samuel Okafor';
const IV = 'Irina Volkova';
const KV = 'Katya Volkova (daughter)';

// §6 (every paragraph carries its own "Name: ", so three speakers are told apart by name; a ": "
// inside the spoken text, "8:30" formatted from "eight thirty", "two kilos" → "2 kg"; a carer's line
// that starts before the clinician's is final), §9 (more than two speakers). Roles are given only for
// the clinician, as the brief asks for calls with three or more people.
const threeWay: Scenario = {
  name: 'jitsi: three-person call, patient with her daughter interpreting, overlapping final',
  url: `${JAAS}/OkaforHeartFailureClinic`,
  selfNames: [SO],
  body: conference({ subject: 'Okafor heart failure clinic', self: SO, remotes: [IV, KV] }),
  async play(p) {
    const stop = ticker(p, 9 * 60 + 5);
    await spoken(
      p,
      SO,
      ['good afternoon', 'good afternoon irina how has the', 'good afternoon irina how has the swelling in your', 'good afternoon irina how has the swelling in your ankles been'],
      'Good afternoon, Irina. How has the swelling in your ankles been?',
    );
    await p.sleep(300);
    await spoken(p, IV, ['better', 'better I think little', 'better I think little bit'], 'Better, I think. Little bit.');
    await p.sleep(250);
    await spoken(
      p,
      KV,
      ['she says', "she says it's better in the morning", "she says it's better in the morning but by evening", "she says it's better in the morning but by evening her shoes are tight"],
      "She says: it's better in the morning, but by evening her shoes are tight.",
    );
    await p.sleep(300);
    await spoken(p, SO, ['and is she', 'and is she taking there', 'and is she taking the water tablet', 'and is she taking the water tablet every morning'], 'And is she taking the water tablet every morning?');
    await p.sleep(250);
    await spoken(p, KV, ['yes at', 'yes at eight thirty', 'yes at eight thirty with her tea'], 'Yes, at 8:30 with her tea.');
    await p.sleep(250);
    await spoken(p, IV, ['yes every', 'yes every morning'], 'Yes, every morning.');
    await p.sleep(300);

    // Katya's "okay" appears before the clinician's final.
    const c7 = line(p, SO, 'good');
    await p.sleep(120);
    show(c7, SO, "good I'd like you to weigh her");
    await p.sleep(120);
    show(c7, SO, "good I'd like you to weigh her every day and tell me");
    await p.sleep(120);
    show(c7, SO, "good I'd like you to weigh her every day and tell me if it goes up by two");
    await p.sleep(120);
    const k8 = line(p, KV, 'okay');
    await p.sleep(120);
    show(c7, SO, "good I'd like you to weigh her every day and tell me if it goes up by two kilos");
    await p.sleep(120);
    show(c7, SO, "Good. I'd like you to weigh her every day and tell me if it goes up by 2 kg.");
    await p.sleep(120);
    show(k8, KV, 'okay every day');
    await p.sleep(120);
    show(k8, KV, 'okay every day we have scales');
    await p.sleep(120);
    show(k8, KV, 'Okay, every day. We have scales.');
    await p.sleep(400);

    await spoken(p, IV, ['thank you', 'thank you doctor'], 'Thank you, doctor.');
    await p.sleep(250);
    await spoken(p, SO, ["you're welcome", "you're welcome take care both", "you're welcome take care both of you"], "You're welcome. Take care, both of you.");
    stop();
  },
  leave(p) {
    hangUp(p, '<div class="leave-reason-page"><h1>You have left the meeting</h1><p>Thank you for using the clinic video service.</p><button type="button">Rejoin meeting</button></div>');
  },
  expected: [
    { speaker: SO, role: 'clinician', text: 'Good afternoon, Irina. How has the swelling in your ankles been?' },
    { speaker: IV, text: 'Better, I think. Little bit.' },
    { speaker: KV, text: "She says: it's better in the morning, but by evening her shoes are tight." },
    { speaker: SO, role: 'clinician', text: 'And is she taking the water tablet every morning?' },
    { speaker: KV, text: 'Yes, at 8:30 with her tea.' },
    { speaker: IV, text: 'Yes, every morning.' },
    { speaker: SO, role: 'clinician', text: "Good. I'd like you to weigh her every day and tell me if it goes up by 2 kg." },
    { speaker: KV, text: 'Okay, every day. We have scales.' },
    { speaker: IV, text: 'Thank you, doctor.' },
    { speaker: SO, role: 'clinician', text: "You're welcome. Take care, both of you." },
  ],
  forbidden: [`${SO}:`, `${IV}:`, `${KV}:`, 'Leave the meeting', 'Stop subtitles', 'Okafor heart failure clinic', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 5. A minute-long history from the patient in one message
// ---------------------------------------------------------------------------------------------

const HC = 'Dr. Hannah Cole';
const GP = 'Gary Pritchard';

const GARY_SPOKEN =
  "well it it started about three weeks ago I was lifting a box of tiles in the garage and I felt something go in my lower back on the right side and at first I thought it was nothing so I carried on but the next morning I could hardly get out of bed and since then it has been bad every day it is worst in the morning and when I sit for more than twenty minutes and it sort of shoots down the back of my right leg to the knee sometimes as far as the ankle I have been taking ibuprofen four hundred milligrams three times a day and paracetamol one gram in between which takes the edge off but it does not last and I have not been sleeping well because I cannot find a comfortable position I also had to take five days off work which is a problem because I'm self employed";

const GARY_FINAL =
  "Well, it started about 3 weeks ago. I was lifting a box of tiles in the garage and I felt something go in my lower back on the right side. And at first I thought it was nothing, so I carried on, but the next morning I could hardly get out of bed, and since then it has been bad every day. It is worst in the morning and when I sit for more than 20 minutes, and it sort of shoots down the back of my right leg to the knee, sometimes as far as the ankle. I have been taking ibuprofen 400 mg three times a day and paracetamol 1 g in between, which takes the edge off, but it does not last, and I have not been sleeping well because I cannot find a comfortable position. I also had to take 5 days off work, which is a problem because I'm self-employed.";

/** Interim steps for a long message: 3 words at a time; a misheard unstable tail is shown first. */
function longInterim(text: string, chunk: number, mishear: Record<string, string>): string[] {
  const words = text.split(' ');
  const steps: string[] = [];
  for (let prev = 0; prev < words.length; ) {
    const n = Math.min(prev + chunk, words.length);
    const tail = words.slice(prev, n);
    const wrong = tail.map((w) => (Object.hasOwn(mishear, w) ? mishear[w]! : w));
    if (wrong.join(' ') !== tail.join(' ')) steps.push([...words.slice(0, prev), ...wrong].join(' '));
    steps.push(words.slice(0, n).join(' '));
    prev = n;
  }
  return steps;
}

// §6 (one message's interim grows for a minute of speech; its unstable tail is re-recognised —
// "garbage" → "garage", "i be profen" → "ibuprofen", "para set a mall" → "paracetamol", "shelf" →
// "self" — and the final rewrites it with formatted numbers and a dropped stutter, so it is shorter
// in places and not a prefix extension), §9 (long monologue), §8.9 (a shrink is not a reset here).
const longHistory: Scenario = {
  name: 'jitsi: one-minute patient history in a single message, final reformats the whole line',
  url: 'https://meet.jit.si/ColeClinicIntake',
  selfNames: [HC],
  body: conference({
    subject: 'ColeClinicIntake',
    self: HC,
    remotes: [GP],
    side: chatPanel([[GP, 'Can you see my screen? My camera is off.', '14:20']]),
  }),
  async play(p) {
    const stop = ticker(p, 3 * 60);
    await turn(p, HC, 'so gary tell me about the back pain from the start', 'So, Gary, tell me about the back pain from the start.');
    await p.sleep(350);
    const steps = longInterim(GARY_SPOKEN, 3, { garage: 'garbage', ibuprofen: 'i be profen', paracetamol: 'para set a mall', self: 'shelf' });
    await spoken(p, GP, steps, GARY_FINAL, 100);
    await p.sleep(400);
    await spoken(p, HC, ['okay that', 'okay that sounds like it could be', 'okay that sounds like it could be psyche', 'okay that sounds like it could be sciatica'], 'Okay, that sounds like it could be sciatica.');
    await p.sleep(250);
    await spoken(p, HC, ["let's go through", "let's go through a few questions"], "Let's go through a few questions.");
    await p.sleep(300);
    await spoken(p, GP, ['sure', 'sure go ahead'], 'Sure, go ahead.');
    stop();
  },
  leave(p) {
    hangUp(
      p,
      `<div class="welcome with-welcome-page" id="welcome_page"><h1 class="header-text-title">Secure and high quality meetings</h1><button id="enter_room_button">Start meeting</button></div>`,
      '/',
    );
  },
  expected: [
    { speaker: HC, role: 'clinician', text: 'So, Gary, tell me about the back pain from the start.' },
    { speaker: GP, role: 'patient', text: GARY_FINAL },
    { speaker: HC, role: 'clinician', text: 'Okay, that sounds like it could be sciatica.' },
    { speaker: HC, role: 'clinician', text: "Let's go through a few questions." },
    { speaker: GP, role: 'patient', text: 'Sure, go ahead.' },
  ],
  forbidden: [`${HC}:`, `${GP}:`, 'Can you see my screen', 'Leave the meeting', 'ColeClinicIntake', '14:20', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 6. Newer build: closed-caption list in the chat panel, old lines expire, CC off and on again
// ---------------------------------------------------------------------------------------------

const AH = 'Amir Haddad';
const BL = 'Beth Lawson';

const ccPanel = `<div id="sideToolbarContainer" class="chat-panel css-1p2vmhx-chatPanel">
  <div class="chat-header"><span>Chat</span><div aria-label="Close" role="button" tabindex="0">${ICON}</div></div>
  <div role="tablist" class="css-y4lq0k-tabs"><button role="tab" aria-selected="false">Chat</button><button role="tab" aria-selected="true">Closed captions</button></div>
  <div id="subtitles-messages-container" class="css-9h2kf1-container"><div id="subtitles-messages-list" class="css-1w5pl3n-messagesList"></div></div>
</div>`;

/** A closed-caption list item `[name?][content][time]`; consecutive items of one speaker omit the name. */
function ccItem(p: Page, name: string | null, text: string, time: string) {
  const who = name ? `<div class="css-7a3kqp-name">${name}</div>` : '';
  q(p.doc, '#subtitles-messages-list').appendChild(
    el(p.doc, `<div class="css-q0x2d5-messageGroup">${who}<div class="css-m19u2b-content">${text}</div><div class="css-4cq1xr-time">${time}</div></div>`),
  );
}

// §6 (newer builds mirror the subtitles in the chat panel, `#subtitles-messages-list`, items
// `[name?][content][time]`, hashed classes: the same words must be captured once; "h b a one c" →
// "HbA1c" merged by the final), §9 (captions off → root removed, on again → a NEW root; a
// same-speaker continuation over two messages), §8.5 (re-attach to the new root). Old paragraphs
// leave the overlay a few seconds after their final (Jitsi expires shown transcripts; not in the doc).
// The captions show the display name without the "Dr." title, so selfNames lists both forms.
const ccPanelToggle: Scenario = {
  name: 'jitsi: newer build with the closed-caption list in the chat panel, old lines expire, CC off and on',
  url: `${JAAS}/HaddadDiabetesReview`,
  selfNames: ['Dr. Amir Haddad', AH],
  body: conference({ subject: 'HaddadDiabetesReview', self: AH, remotes: [BL], side: ccPanel }),
  async play(p) {
    const stop = ticker(p, 31 * 60 + 2);
    const c1 = await spoken(p, AH, ['hi beth', "hi beth I've got your", "hi beth I've got your blood results back"], "Hi Beth, I've got your blood results back.");
    ccItem(p, AH, "Hi Beth, I've got your blood results back.", '10:31');
    await p.sleep(300);
    const p2 = await spoken(p, BL, ['okay how', 'okay how do they look'], 'Okay, how do they look?');
    ccItem(p, BL, 'Okay, how do they look?', '10:31');
    await p.sleep(300);
    await spoken(p, AH, ['your h', 'your h b a one c', 'your h b a one c is forty eight', 'your h b a one c is forty eight which is in range'], 'Your HbA1c is 48, which is in range.');
    ccItem(p, AH, 'Your HbA1c is 48, which is in range.', '10:32');
    await p.sleep(250);
    await spoken(p, AH, ['your cholesterol', 'your cholesterol is a bit high though'], 'Your cholesterol is a bit high though.');
    ccItem(p, null, 'Your cholesterol is a bit high though.', '10:32');
    await p.sleep(300);
    // The first two lines expire from the overlay (the panel keeps them).
    c1.parentElement!.parentElement!.remove();
    p2.parentElement!.parentElement!.remove();
    await p.sleep(200);
    await spoken(p, BL, ['what does', 'what does that mean for me'], 'What does that mean for me?');
    ccItem(p, BL, 'What does that mean for me?', '10:32');
    await p.sleep(800);

    // Captions off: the subtitles box unmounts; nothing is captioned while off.
    q(p.doc, SUBS).remove();
    const cc = q(p.doc, '[aria-label="Stop subtitles"]');
    cc.setAttribute('aria-label', 'Start subtitles');
    cc.setAttribute('aria-pressed', 'false');
    await p.sleep(900);
    // Captions on again: a new box node.
    cc.setAttribute('aria-label', 'Stop subtitles');
    cc.setAttribute('aria-pressed', 'true');
    q(p.doc, '#largeVideoContainer').appendChild(el(p.doc, '<div class="transcription-subtitles"></div>'));
    await p.sleep(400);
    await spoken(p, AH, ['sorry I', 'sorry I turned the captions off', 'sorry I turned the captions off by mistake'], 'Sorry, I turned the captions off by mistake.');
    ccItem(p, AH, 'Sorry, I turned the captions off by mistake.', '10:33');
    await p.sleep(250);
    await spoken(p, AH, ['we can start with', 'we can start with diet changes and', 'we can start with diet changes and recheck in three months'], 'We can start with diet changes and recheck in 3 months.');
    ccItem(p, null, 'We can start with diet changes and recheck in 3 months.', '10:33');
    await p.sleep(300);
    await spoken(p, BL, ['alright three months', 'alright three months it is'], 'Alright, 3 months it is.');
    ccItem(p, BL, 'Alright, 3 months it is.', '10:33');
    stop();
  },
  leave(p) {
    hangUp(p, '<div class="leave-reason-page"><h1>You have left the meeting</h1><button type="button">Rejoin meeting</button></div>');
  },
  expected: [
    { speaker: AH, role: 'clinician', text: "Hi Beth, I've got your blood results back." },
    { speaker: BL, role: 'patient', text: 'Okay, how do they look?' },
    { speaker: AH, role: 'clinician', text: 'Your HbA1c is 48, which is in range.' },
    { speaker: AH, role: 'clinician', text: 'Your cholesterol is a bit high though.' },
    { speaker: BL, role: 'patient', text: 'What does that mean for me?' },
    { speaker: AH, role: 'clinician', text: 'Sorry, I turned the captions off by mistake.' },
    { speaker: AH, role: 'clinician', text: 'We can start with diet changes and recheck in 3 months.' },
    { speaker: BL, role: 'patient', text: 'Alright, 3 months it is.' },
  ],
  forbidden: [`${AH}:`, `${BL}:`, '10:31', '10:32', '10:33', 'Closed captions', 'Stop subtitles', 'Start subtitles', 'Leave the meeting', '(me)'],
};

export const jitsiScenarios: Scenario[] = [bpReview, medReview, quickTurns, threeWay, longHistory, ccPanelToggle];
