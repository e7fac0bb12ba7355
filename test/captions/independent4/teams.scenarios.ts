// Blind Microsoft Teams web scenarios (round 4: how live speech recognition rewrites captions, and
// conversation shapes of a real telehealth call). Written only from
// /work/shared/research/caption-platforms.md (§1, §4, §8, §9), the CODEBOOK "Live captions" note,
// independent/kit.ts, independent/runner.ts and src/captions/types.ts. No product code, fixtures or
// other scenario files were read.
//
// Teams facts used throughout (doc §4):
// - call pages on teams.microsoft.com / teams.live.com / teams.cloud.microsoft (§4.1), in the top
//   document (new Teams), in-call marker = the hang-up button (`#hangup-button`,
//   `button[data-tid=hangup-main-btn | anon-hangup-button]`), pre-join = `#prejoin-join-button`;
// - captions root `[data-tid=closed-caption-renderer-wrapper]` › `closed-caption-v2-window-wrapper`
//   › `closed-caption-v2-virtual-list-content` › list inner › one row per utterance (§4.3);
// - host rows: `fui-ChatMessageCompact` with the avatar inside `closed-captions-v2-items-renderer`;
//   guest (anonymous) rows: a bare `div` › author + text, no items-renderer (§4.3, VEXA);
// - the text node of `[data-tid=closed-caption-text]` is refined in place (characterData): word
//   growth, then re-punctuation/re-casing (§4.4); the recogniser's own rewrites (numbers, stutters,
//   homophones, merged words, a full stop mid-caption) arrive the same way;
// - one item per utterance, so a speaker's turn can span several consecutive items (§4.4);
// - self captions carry the clinician's own display name, not "You" (§4.5);
// - no caption ids in the DOM, virtualised list with limited retention and element reuse (§4.3, §4.4).
//
// Judgement calls (see the report): runner.ts rejects two final utterances with equal text, so a
// reply said twice is never byte-identical across two turns here ("Yes." / "Yes, yes, I can do that." /
// "No." / "No, no fever."); the retention cap is lower than the doc's 20–50 (count unverified, §10);
// overlapping speakers keep refining the earlier item after the next one appears (ACS interleaving,
// §4.4), which contradicts VEXA's "previous one can never change again" — a real call does both.
import { el, grow, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// DOM builders (Fluent v9 markup has no whitespace text between tags; atomic class hashes rotate)

const tight = (html: string) => html.replace(/>\s+</g, '><').trim();

type Avatar = { img: string } | { initials: string };

function avatarHtml(a: Avatar): string {
  return 'img' in a
    ? `<span role="presentation" class="fui-Avatar ___1v6y3yw f1ewtqcl"><img class="fui-Avatar__image ___9tx7rz" aria-hidden="true" alt="" src="${a.img}"></span>`
    : `<span role="img" class="fui-Avatar ___1v6y3yw f1ewtqcl" aria-hidden="true"><span class="fui-Avatar__initials ___zoeu3v">${a.initials}</span></span>`;
}

let hoverSeq = 4100;

/** A host-view caption row (TMS-FIX outline, §4.3). */
function hostRow(doc: Document, name: string, avatar: Avatar): HTMLElement {
  hoverSeq += 7;
  return el(
    doc,
    tight(`
    <div class="fui-Flex ___1wjj8q5 f22iagw"><div class="fui-Flex ___12y3d7i"><div class="fui-Flex ___f4xm0b">
      <div class="fui-ChatMessageCompact ___1ccp5kb f13qh94s">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar">
          <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="lpc-${hoverSeq}">
            ${avatarHtml(avatar)}
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
        <div class="fui-ChatMessageCompact__body ___x8d1ka" tabindex="0" data-is-focusable="false">
          <div>
            <div><span class="fui-ChatMessageCompact__author ___1rxv0sx"><span dir="auto" data-tid="author" class="fui-StyledText ___1vwb8mk">${name}</span></span></div>
            <div class="fui-Flex ___6nn2vb"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___1vwb8mk"></span></div>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      </div>
    </div></div></div>`),
  );
}

/** A guest-view caption row: (div) › author + text, no items-renderer (VEXA, §4.3). */
function guestRow(doc: Document, name: string): HTMLElement {
  return el(
    doc,
    tight(`
    <div class="___m1vq0c f1u2x4qm">
      <div><span dir="auto" data-tid="author" class="fui-StyledText ___1vwb8mk">${name}</span></div>
      <div class="fui-Flex ___6nn2vb"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___1vwb8mk"></span></div>
    </div>`),
  );
}

function captionsHtml(): string {
  return tight(`
  <div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___1ybqbf1">
    <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___9x2kfe" style="height: 43%">
      <div data-tid="closed-caption-v2-virtual-list-content" class="___f3ah8u">
        <div class="fui-Flex ___1e3tq3q f1l02sjl"></div>
      </div>
      <button type="button" data-tid="closed-captions-settings-button" aria-label="Open captions settings" class="fui-Button ___9ys3mn"><svg class="fui-Icon-regular" aria-hidden="true" viewBox="0 0 20 20"><path d="M10 2a8 8 0 1 0 0 16"></path></svg></button>
    </div>
  </div>`);
}

const list = (doc: Document) => q(doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
const rows = (doc: Document) => Array.from(list(doc).children) as HTMLElement[];

/** Appends a new, empty caption row at the tail and returns its text node. */
function addItem(p: Page, row: HTMLElement): Text {
  const span = q(row, '[data-tid="closed-caption-text"]');
  const node = p.doc.createTextNode('');
  span.appendChild(node);
  list(p.doc).appendChild(row);
  return node;
}

const hostItem = (p: Page, name: string, avatar: Avatar) => addItem(p, hostRow(p.doc, name, avatar));
const guestItem = (p: Page, name: string) => addItem(p, guestRow(p.doc, name));

/** Virtualised list: drops the oldest rows beyond `max` (§4.4 retention). */
function prune(p: Page, max: number) {
  const rs = rows(p.doc);
  for (let i = 0; i < rs.length - max; i++) rs[i]!.remove();
}

/**
 * Plays one caption's recogniser stages on its text node.
 * - a string without "|": grows word by word from the words it shares with what is shown;
 * - "head | tail": the recogniser rewrites the shown text to `head` at once, then `tail` grows;
 * - a number: the speaker pauses (ms) with the caption still partial;
 * `final` is the re-punctuated, re-cased form Teams settles on.
 */
async function speak(p: Page, node: Text, stages: (string | number)[], final?: string, step = 80) {
  for (const stage of stages) {
    if (typeof stage === 'number') {
      await p.sleep(stage);
      continue;
    }
    if (stage.includes('|')) {
      const [head, tail] = stage.split('|').map((s) => s.trim()) as [string, string];
      node.data = head;
      await p.sleep(step);
      if (tail) await grow(p, node, `${head} ${tail}`, undefined, step, head.split(' ').length);
      continue;
    }
    const cur = node.data ? node.data.split(' ') : [];
    const words = stage.split(' ');
    let k = 0;
    while (k < cur.length && k < words.length && cur[k] === words[k]) k++;
    if (k >= words.length) k = words.length - 1;
    await grow(p, node, stage, undefined, step, k);
  }
  if (final !== undefined) {
    node.data = final;
    await p.sleep(step);
  }
}

// ---------------------------------------------------------------------------------------------
// Page shells

function hostControls(): string {
  return tight(`
  <div data-tid="calling-controls" role="toolbar" aria-label="Meeting controls" class="fui-Toolbar ___1kyz8a9">
    <button type="button" data-tid="chat-button" aria-label="Chat"><span>Chat</span></button>
    <button type="button" data-tid="roster-button" aria-label="People"><span>People</span></button>
    <button type="button" data-tid="raise-hand-button" aria-label="Raise hand"><span>Raise</span></button>
    <button type="button" data-tid="reaction-button" aria-label="React"><span>React</span></button>
    <button type="button" data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More actions"><span>More</span></button>
    <button type="button" data-tid="toggle-video" id="video-button" aria-label="Turn camera off"><span>Camera</span></button>
    <button type="button" data-tid="toggle-mute" id="microphone-button" aria-label="Mute mic"><span>Mic</span></button>
    <button type="button" data-tid="share-button" aria-label="Share content"><span>Share</span></button>
    <button type="button" id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave (Ctrl+Shift+H)"><span>Leave</span></button>
  </div>`);
}

function anonControls(): string {
  return tight(`
  <div data-tid="calling-controls" role="toolbar" aria-label="Meeting controls" class="fui-Toolbar ___1kyz8a9">
    <button type="button" data-tid="chat-button" aria-label="Chat"><span>Chat</span></button>
    <button type="button" data-tid="more-button" aria-label="More actions"><span>More</span></button>
    <button type="button" data-tid="toggle-video" aria-label="Turn camera off"><span>Camera</span></button>
    <button type="button" data-tid="toggle-mute" aria-label="Mute mic"><span>Mic</span></button>
    <button type="button" id="hangup-button" data-tid="anon-hangup-button" aria-label="Leave"><span>Leave</span></button>
  </div>`);
}

function tiles(names: string[]): string {
  return `<div data-tid="calling-stage" class="fui-Flex ___5u0v4k">${names
    .map((n) => `<div data-tid="video-tile" role="group" aria-label="${n}, video is on"><span data-tid="participant-name" class="fui-Text">${n}</span></div>`)
    .join('')}</div>`;
}

function chatPane(messages: [string, string][], system: string[] = []): string {
  const sys = system.map((s) => `<div data-tid="chat-pane-control-message" class="fui-Text">${s}</div>`).join('');
  const msgs = messages
    .map(
      ([who, body]) =>
        `<div data-tid="chat-pane-message" class="fui-ChatMessage"><span data-tid="message-author-name" class="fui-Text">${who}</span><time>10:02</time><div data-tid="chat-pane-message-body"><p>${body}</p></div></div>`,
    )
    .join('');
  return `<div data-tid="chat-pane" role="log" aria-live="polite" aria-label="Meeting chat">${sys}${msgs}</div>`;
}

function callScreen(o: { title: string; controls: string; tiles: string[]; captions: boolean; chat: string }): string {
  return tight(`
  <div data-tid="calling-screen" class="fui-Flex ___8cyx4k">
    <div data-tid="call-header" class="fui-Flex"><span data-tid="meeting-title">${o.title}</span><span data-tid="call-duration" role="timer">08:41</span></div>
    ${o.controls}
    ${tiles(o.tiles)}
    ${o.captions ? captionsHtml() : ''}
    ${o.chat}
  </div>`);
}

function appShell(inner: string): string {
  return tight(`
  <div id="app" class="app-layout">
    <nav data-tid="app-bar" aria-label="App bar"><button type="button" aria-label="Activity">Activity</button><button type="button" aria-label="Calendar">Calendar</button><button type="button" aria-label="Calls">Calls</button></nav>
    <main id="app-main">${inner}</main>
  </div>`);
}

/** Leaving: Teams swaps the calling screen (and its hang-up button, captions) for the post-call screen. */
function leaveCall(p: Page) {
  q(p.doc, '[data-tid="calling-screen"]').remove();
  q(p.doc, '#app-main').appendChild(
    el(
      p.doc,
      tight(`
      <div data-tid="post-call-screen" class="fui-Flex">
        <h2>You left the meeting</h2>
        <span data-tid="post-call-duration">Call duration 14:26</span>
        <button type="button" data-tid="rejoin-button">Rejoin</button>
        <button type="button" data-tid="dismiss-button">Dismiss</button>
      </div>`),
    ),
  );
}

const img = (id: string): Avatar => ({ img: `https://teams.microsoft.com/api/mt/part/emea-02/beta/users/8:orgid:${id}/profilepicturev2?size=HR64x64` });
const CONTROL_LABELS = ['Leave', 'Raise', 'People', 'React', 'Camera', 'Share', 'Rejoin', 'Dismiss'];

// ---------------------------------------------------------------------------------------------
// Scenarios

// 1. §4.3 host item (TMS-FIX), §4.4 in-place refinement, §4.5 self = own display name, §1.
//    The recogniser formats numbers mid-caption ("one thirty over eighty five" -> "130/85",
//    "twenty milligrams" -> "20 mg"), drops a stutter ("the the"), splits a caption in two with a
//    full stop, and the patient's last reply repeats the clinician's words.
const S1_DR = 'Dr. Maya Patel';
const S1_PT = 'Jordan Lee (Guest)';
const s1: Scenario = {
  name: 'teams: host view, BP and dose figures reformatted in place',
  url: 'https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_MzYwNWQ4ZjEtNmE4Yi00@thread.v2/0',
  selfNames: [S1_DR],
  body: appShell(
    callScreen({
      title: 'Hypertension follow-up',
      controls: hostControls(),
      tiles: [S1_PT, S1_DR],
      captions: true,
      chat: chatPane([[S1_PT, 'I can upload my readings to the portal after this']], ['Meeting started', 'Jordan Lee (Guest) joined the meeting']),
    }),
  ),
  async play(p) {
    const dr = img('7f1c2a90');
    const pt: Avatar = { initials: 'JL' };
    let n = hostItem(p, S1_DR, dr);
    await speak(p, n, ['how have your blood pressure readings been since we changed the dose'], 'How have your blood pressure readings been since we changed the dose?');
    await p.sleep(300);
    n = hostItem(p, S1_PT, pt);
    await speak(
      p,
      n,
      [
        "they've been better the the",
        "they've been better the last one was one thirty over eighty five",
        "they've been better the last one was 130/85 | this morning",
      ],
      "They've been better. The last one was 130/85 this morning.",
    );
    await p.sleep(300);
    n = hostItem(p, S1_DR, dr);
    await speak(
      p,
      n,
      ["good and you're still taking the lisinopril twenty milligrams", "good and you're still taking the lisinopril 20 mg | once a day"],
      "Good, and you're still taking the lisinopril 20 mg once a day?",
    );
    await p.sleep(250);
    n = hostItem(p, S1_PT, pt);
    await speak(p, n, ['yes'], 'Yes.');
    await p.sleep(300);
    n = hostItem(p, S1_DR, dr);
    await speak(p, n, ['any dizziness when you stand up'], 'Any dizziness when you stand up?');
    await p.sleep(300);
    n = hostItem(p, S1_PT, pt);
    await speak(p, n, ['no not really only once last week'], 'No, not really, only once last week.');
    await p.sleep(300);
    n = hostItem(p, S1_DR, dr);
    await speak(p, n, ["okay then we'll keep it at twenty milligrams", "okay then we'll keep it at 20 mg |"], "Okay, then we'll keep it at 20 mg.");
    await p.sleep(250);
    n = hostItem(p, S1_PT, pt);
    await speak(p, n, ['twenty milligrams okay', '20 mg okay |'], '20 mg, okay.');
  },
  leave: leaveCall,
  expected: [
    { speaker: S1_DR, role: 'clinician', text: 'How have your blood pressure readings been since we changed the dose?' },
    { speaker: [S1_PT, 'Jordan Lee'], role: 'patient', text: "They've been better. The last one was 130/85 this morning." },
    { speaker: S1_DR, role: 'clinician', text: "Good, and you're still taking the lisinopril 20 mg once a day?" },
    { speaker: [S1_PT, 'Jordan Lee'], role: 'patient', text: 'Yes.' },
    { speaker: S1_DR, role: 'clinician', text: 'Any dizziness when you stand up?' },
    { speaker: [S1_PT, 'Jordan Lee'], role: 'patient', text: 'No, not really, only once last week.' },
    { speaker: S1_DR, role: 'clinician', text: "Okay, then we'll keep it at 20 mg." },
    { speaker: [S1_PT, 'Jordan Lee'], role: 'patient', text: '20 mg, okay.' },
  ],
  forbidden: ['I can upload my readings', 'joined the meeting', 'Meeting started', 'JL', 'Hypertension follow-up', '08:41', ...CONTROL_LABELS],
};

// 2. §4.1 anonymous "light meeting" on teams.live.com, §4.3 guest DOM (author + text, no
//    items-renderer, VEXA), §4.4 refinement. The recogniser removes "I I", replaces a homophone in
//    the middle ("to" -> "two", "there" -> "their"), merges "every day" -> "everyday", turns
//    "h b a one c" into "HbA1c" and "three" into "3"; "Yes, yes" is a real repetition and stays.
const S2_DR = 'Dr. Ben Carter';
const S2_PT = 'Sofia Alvarez (Guest)';
const s2: Scenario = {
  name: 'teams: anonymous light meeting (guest DOM), homophones and merged words corrected mid-caption',
  url: 'https://teams.live.com/light-meetings/launch?agent=web&version=25091400300&coords=eyJtZWV0aW5nVXJsIjoiaHR0cHM6Ly90ZWFtcy5saXZlLmNvbS9tZWV0LzkzODIifQ%3D%3D',
  selfNames: [S2_DR],
  body: appShell(
    callScreen({
      title: 'Diabetes review',
      controls: anonControls(),
      tiles: [S2_PT, S2_DR],
      captions: true,
      chat: chatPane([[S2_PT, 'sorry my camera is a bit dark']], ['Your camera is turned off']),
    }),
  ),
  async play(p) {
    let n = guestItem(p, S2_DR);
    await speak(p, n, ['so how are you getting on with the metformin'], 'So how are you getting on with the metformin?');
    await p.sleep(300);
    n = guestItem(p, S2_PT);
    await speak(
      p,
      n,
      ['i i take it to', 'i take it to | times a day with food but i i', 'i take it two times a day with food but i | sometimes forget the evening one'],
      'I take it two times a day with food, but I sometimes forget the evening one.',
    );
    await p.sleep(300);
    n = guestItem(p, S2_DR);
    await speak(p, n, ["that's really common is there a particular reason"], "That's really common. Is there a particular reason?");
    await p.sleep(300);
    n = guestItem(p, S2_PT);
    await speak(
      p,
      n,
      [
        "mostly it's work i'm on late shifts and the tablets stay at home in there",
        "mostly it's work i'm on late shifts and the tablets stay at home in their | box",
      ],
      "Mostly it's work. I'm on late shifts and the tablets stay at home in their box.",
    );
    await p.sleep(300);
    n = guestItem(p, S2_DR);
    await speak(
      p,
      n,
      ["could you keep a strip in your bag so it's an every day", "could you keep a strip in your bag so it's an everyday | thing"],
      "Could you keep a strip in your bag so it's an everyday thing?",
    );
    await p.sleep(250);
    n = guestItem(p, S2_PT);
    await speak(p, n, ['yes yes i can do that'], 'Yes, yes, I can do that.');
    await p.sleep(300);
    n = guestItem(p, S2_DR);
    await speak(
      p,
      n,
      ["great and we'll check your h b a one c", "great and we'll check your HbA1c | again in three months", "great and we'll check your HbA1c again in 3 months |"],
      "Great, and we'll check your HbA1c again in 3 months.",
    );
    await p.sleep(250);
    n = guestItem(p, S2_PT);
    await speak(p, n, ['okay three months', 'okay 3 months |'], 'Okay, 3 months.');
  },
  leave: leaveCall,
  expected: [
    { speaker: S2_DR, role: 'clinician', text: 'So how are you getting on with the metformin?' },
    { speaker: [S2_PT, 'Sofia Alvarez'], role: 'patient', text: 'I take it two times a day with food, but I sometimes forget the evening one.' },
    { speaker: S2_DR, role: 'clinician', text: "That's really common. Is there a particular reason?" },
    { speaker: [S2_PT, 'Sofia Alvarez'], role: 'patient', text: "Mostly it's work. I'm on late shifts and the tablets stay at home in their box." },
    { speaker: S2_DR, role: 'clinician', text: "Could you keep a strip in your bag so it's an everyday thing?" },
    { speaker: [S2_PT, 'Sofia Alvarez'], role: 'patient', text: 'Yes, yes, I can do that.' },
    { speaker: S2_DR, role: 'clinician', text: "Great, and we'll check your HbA1c again in 3 months." },
    { speaker: [S2_PT, 'Sofia Alvarez'], role: 'patient', text: 'Okay, 3 months.' },
  ],
  forbidden: ['sorry my camera', 'Your camera is turned off', 'Diabetes review', ...CONTROL_LABELS],
};

// 3. §4.3 host items, §4.4 "overlapping speakers produce an interleaving order" (ACS: items ordered
//    by start time, the earlier partial still refined after the next item appears), §4.5, §1.
//    Three people: clinician (self), patient (Guest) and his daughter/carer (External, another
//    tenant). The carer cuts in before the patient's caption is final, the clinician before the
//    carer's; "three or for" -> "three or four", "two puffs" -> "2 puffs".
const S3_DR = 'Dr. Samuel Okafor';
const S3_PT = 'Arthur Brooks (Guest)';
const S3_CA = 'Helen Brooks (External)';
const s3: Scenario = {
  name: 'teams: three-person call with carer, overlapping turns refined out of order',
  url: 'https://teams.cloud.microsoft/v2/?meetingjoin=true#/l/meetup-join/19:meeting_ZDk1YjM0MmQtYzE2Zi00@thread.v2/0?context=%7b%22Tid%22%3a%22b1d6%22%7d',
  selfNames: [S3_DR],
  body: appShell(
    callScreen({
      title: 'COPD review – Arthur Brooks',
      controls: hostControls(),
      tiles: [S3_PT, S3_CA, S3_DR],
      captions: true,
      chat: chatPane([[S3_CA, 'His inhaler list is in the attached photo']], ['Helen Brooks (External) joined the meeting']),
    }),
  ),
  async play(p) {
    const dr = img('0b93e6d1');
    const pt: Avatar = { initials: 'AB' };
    const ca = img('e55a41c7');
    let n = hostItem(p, S3_DR, dr);
    await speak(p, n, ['arthur how has your breathing been this week'], 'Arthur, how has your breathing been this week?');
    await p.sleep(300);
    // Patient, then the carer cuts in before his caption is final.
    const ptN = hostItem(p, S3_PT, pt);
    await speak(p, ptN, ['not too bad i get puffed on the']);
    const caN = hostItem(p, S3_CA, ca);
    await Promise.all([
      (async () => {
        await p.sleep(120);
        await speak(p, ptN, ['not too bad i get puffed on the stairs'], 'Not too bad. I get puffed on the stairs.', 110);
      })(),
      speak(p, caN, ["he's been using the blue inhaler three or for", "he's been using the blue inhaler three or four | times a day"]),
    ]);
    // The clinician starts before the carer's caption gets its punctuation.
    const drN = hostItem(p, S3_DR, dr);
    await Promise.all([
      (async () => {
        await p.sleep(200);
        caN.data = "He's been using the blue inhaler three or four times a day.";
      })(),
      speak(p, drN, ['is that more than usual'], 'Is that more than usual?'),
    ]);
    await p.sleep(300);
    n = hostItem(p, S3_PT, pt);
    await speak(p, n, ['a bit more yes'], 'A bit more, yes.');
    await p.sleep(200);
    n = hostItem(p, S3_CA, ca);
    await speak(p, n, ['it used to be once a day at most'], 'It used to be once a day at most.');
    await p.sleep(300);
    n = hostItem(p, S3_DR, dr);
    await speak(
      p,
      n,
      ["okay i'd like to increase your preventer inhaler to two puffs", "okay i'd like to increase your preventer inhaler to 2 puffs | twice a day"],
      "Okay, I'd like to increase your preventer inhaler to 2 puffs twice a day.",
    );
    await p.sleep(300);
    n = hostItem(p, S3_PT, pt);
    await speak(p, n, ['two puffs twice a day right', '2 puffs twice a day right |'], '2 puffs twice a day, right?');
    await p.sleep(200);
    n = hostItem(p, S3_CA, ca);
    await speak(p, n, ["i'll write that down for him"], "I'll write that down for him.");
  },
  leave: leaveCall,
  expected: [
    { speaker: S3_DR, role: 'clinician', text: 'Arthur, how has your breathing been this week?' },
    { speaker: [S3_PT, 'Arthur Brooks'], text: 'Not too bad. I get puffed on the stairs.' },
    { speaker: [S3_CA, 'Helen Brooks'], text: "He's been using the blue inhaler three or four times a day." },
    { speaker: S3_DR, role: 'clinician', text: 'Is that more than usual?' },
    { speaker: [S3_PT, 'Arthur Brooks'], text: 'A bit more, yes.' },
    { speaker: [S3_CA, 'Helen Brooks'], text: 'It used to be once a day at most.' },
    { speaker: S3_DR, role: 'clinician', text: "Okay, I'd like to increase your preventer inhaler to 2 puffs twice a day." },
    { speaker: [S3_PT, 'Arthur Brooks'], text: '2 puffs twice a day, right?' },
    { speaker: [S3_CA, 'Helen Brooks'], text: "I'll write that down for him." },
  ],
  forbidden: ['His inhaler list', 'joined the meeting', 'AB', 'HB', 'COPD review', ...CONTROL_LABELS],
};

// 4. §4.4 one item per utterance + partials forced final after ~10 s (ACS): a minute-long history
//    from the patient arrives as five consecutive items of the same speaker, each grown and
//    re-punctuated, one with a hesitation pause while still partial; §4.4 retention: the virtual
//    list drops the oldest rows (cap lower than the doc's 20–50, count unverified §10); §9 long
//    monologue. Numbers/abbreviations formatted ("two weeks" -> "2 weeks", "a and e" -> "A&E",
//    "e c g" -> "ECG", "nine nine nine" -> "999").
const S4_DR = 'Dr. Lena Hoffmann';
const S4_PT = 'Marcus Green (External)';
const s4: Scenario = {
  name: 'teams: minute-long chest-pain history split across items, oldest rows scrolled out',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGE0ZTgxYzMtMzQ5OS00%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf%22%2c%22Oid%22%3a%22a3c1%22%7d',
  selfNames: [S4_DR],
  body: appShell(
    callScreen({
      title: 'Urgent GP appointment',
      controls: hostControls(),
      tiles: [S4_PT, S4_DR],
      captions: true,
      chat: chatPane([[S4_DR, 'Please keep your phone nearby in case we get cut off']], ['Recording has not started']),
    }),
  ),
  async play(p) {
    const dr = img('49d2bb03');
    const pt = img('c8e07f12');
    const CAP = 10;
    const item = (name: string, a: Avatar) => {
      const node = hostItem(p, name, a);
      prune(p, CAP);
      return node;
    };
    let n = item(S4_DR, dr);
    await speak(p, n, ['tell me about the chest pain from the start'], 'Tell me about the chest pain, from the start.', 70);
    await p.sleep(300);
    // The monologue: five items, no gap to speak of between them.
    n = item(S4_PT, pt);
    await speak(
      p,
      n,
      [
        'it started about two weeks ago',
        'it started about 2 weeks ago | i was walking up the hill to the bus stop and i got this tight feeling right in the middle of my chest like a band pulling across it',
      ],
      'It started about 2 weeks ago. I was walking up the hill to the bus stop and I got this tight feeling right in the middle of my chest, like a band pulling across it.',
      30,
    );
    n = item(S4_PT, pt);
    await speak(
      p,
      n,
      ['it went after maybe five minutes', "it went after maybe 5 minutes | when i stopped and sat on the wall so i didn't think much of it and i carried on to work as normal that day"],
      "It went after maybe 5 minutes when I stopped and sat on the wall, so I didn't think much of it, and I carried on to work as normal that day.",
      30,
    );
    n = item(S4_PT, pt);
    await speak(
      p,
      n,
      [
        'then it happened again on the saturday when i was carrying the shopping in from the car and',
        700,
        'then it happened again on the saturday when i was carrying the shopping in from the car and that time it went down my left arm a bit and i felt sick and sweaty',
      ],
      'Then it happened again on the Saturday when I was carrying the shopping in from the car, and that time it went down my left arm a bit and I felt sick and sweaty.',
      30,
    );
    n = item(S4_PT, pt);
    await speak(
      p,
      n,
      ['my wife wanted me to go to a and e', "my wife wanted me to go to A&E | but it settled again after i sat down so i thought i'd just mention it today instead of making a fuss"],
      "My wife wanted me to go to A&E, but it settled again after I sat down, so I thought I'd just mention it today instead of making a fuss.",
      30,
    );
    n = item(S4_PT, pt);
    await speak(
      p,
      n,
      ["since then it's come on maybe three or four times always when i'm doing something never when i'm resting or in bed at night"],
      "Since then it's come on maybe three or four times, always when I'm doing something, never when I'm resting or in bed at night.",
      30,
    );
    await p.sleep(300);
    n = item(S4_DR, dr);
    await speak(
      p,
      n,
      ['okay that pattern pain on exertion that eases with rest is something i want to look at today'],
      'Okay. That pattern, pain on exertion that eases with rest, is something I want to look at today.',
      55,
    );
    await p.sleep(250);
    n = item(S4_PT, pt);
    await speak(p, n, ['right'], 'Right.', 55);
    await p.sleep(250);
    n = item(S4_DR, dr);
    await speak(p, n, ["i'm going to arrange an e c g", "i'm going to arrange an ECG | and some bloods this afternoon"], "I'm going to arrange an ECG and some bloods this afternoon.", 55);
    await p.sleep(250);
    n = item(S4_PT, pt);
    await speak(p, n, ['this afternoon okay'], 'This afternoon, okay.', 55);
    await p.sleep(250);
    n = item(S4_DR, dr);
    await speak(
      p,
      n,
      [
        'and if it comes on at rest or lasts more than fifteen minutes',
        'and if it comes on at rest or lasts more than 15 minutes | call nine nine nine',
        'and if it comes on at rest or lasts more than 15 minutes call 999 |',
      ],
      'And if it comes on at rest or lasts more than 15 minutes, call 999.',
      55,
    );
    await p.sleep(250);
    n = item(S4_PT, pt);
    await speak(p, n, ['i will'], 'I will.', 55);
  },
  leave: leaveCall,
  expected: [
    { speaker: S4_DR, role: 'clinician', text: 'Tell me about the chest pain, from the start.' },
    {
      speaker: [S4_PT, 'Marcus Green'],
      role: 'patient',
      text: 'It started about 2 weeks ago. I was walking up the hill to the bus stop and I got this tight feeling right in the middle of my chest, like a band pulling across it.',
    },
    {
      speaker: [S4_PT, 'Marcus Green'],
      role: 'patient',
      text: "It went after maybe 5 minutes when I stopped and sat on the wall, so I didn't think much of it, and I carried on to work as normal that day.",
    },
    {
      speaker: [S4_PT, 'Marcus Green'],
      role: 'patient',
      text: 'Then it happened again on the Saturday when I was carrying the shopping in from the car, and that time it went down my left arm a bit and I felt sick and sweaty.',
    },
    {
      speaker: [S4_PT, 'Marcus Green'],
      role: 'patient',
      text: "My wife wanted me to go to A&E, but it settled again after I sat down, so I thought I'd just mention it today instead of making a fuss.",
    },
    {
      speaker: [S4_PT, 'Marcus Green'],
      role: 'patient',
      text: "Since then it's come on maybe three or four times, always when I'm doing something, never when I'm resting or in bed at night.",
    },
    { speaker: S4_DR, role: 'clinician', text: 'Okay. That pattern, pain on exertion that eases with rest, is something I want to look at today.' },
    { speaker: [S4_PT, 'Marcus Green'], role: 'patient', text: 'Right.' },
    { speaker: S4_DR, role: 'clinician', text: "I'm going to arrange an ECG and some bloods this afternoon." },
    { speaker: [S4_PT, 'Marcus Green'], role: 'patient', text: 'This afternoon, okay.' },
    { speaker: S4_DR, role: 'clinician', text: 'And if it comes on at rest or lasts more than 15 minutes, call 999.' },
    { speaker: [S4_PT, 'Marcus Green'], role: 'patient', text: 'I will.' },
  ],
  forbidden: ['keep your phone nearby', 'Recording has not started', 'Urgent GP appointment', ...CONTROL_LABELS],
};

// 5. §4.1 pre-join (#prejoin-join-button) then in call, §4.2 host menu More → Language and speech →
//    Show live captions (the root appears), §9 captions off (root removed) and on again (a NEW root
//    with an empty list); §4.4 refinement: "ten thirty" -> "10:30", "there" -> "their", full stops
//    splitting a long reply into sentences.
const S5_DR = 'Dr. Aisha Rahman';
const S5_PT = 'Tom Fischer (Guest)';
const S5_MENU = (items: string) =>
  tight(`<div role="menu" data-tid="more-options-menu" class="fui-MenuPopover">${items}</div>`);
const s5: Scenario = {
  name: 'teams: pre-join, captions switched on from the menu, off and on again (new root)',
  url: 'https://teams.microsoft.com/meet/2438719365021?p=Qx7rTbP2aLm9cW',
  selfNames: [S5_DR],
  body: appShell(
    tight(`
    <div data-tid="prejoin-screen" class="fui-Flex">
      <h1>Choose your video and audio options</h1>
      <div data-tid="prejoin-display-name">Dr. Aisha Rahman</div>
      <button type="button" id="prejoin-join-button" data-tid="prejoin-join-button">Join now</button>
    </div>`),
  ),
  async play(p) {
    const dr = img('3a7d0e55');
    const pt: Avatar = { initials: 'TF' };
    const main = q(p.doc, '#app-main');
    await p.sleep(400);
    q(p.doc, '[data-tid="prejoin-screen"]').remove();
    main.appendChild(
      el(
        p.doc,
        callScreen({
          title: 'Mental health check-in',
          controls: hostControls(),
          tiles: [S5_PT, S5_DR],
          captions: false,
          chat: chatPane([], ['Tom Fischer (Guest) joined the meeting']),
        }),
      ),
    );
    const screen = q(p.doc, '[data-tid="calling-screen"]');
    const captionsOn = async () => {
      const menu = el(p.doc, S5_MENU('<div role="menuitem" id="LanguageSpeechMenuControl-id">Language and speech</div>'));
      screen.appendChild(menu);
      await p.sleep(200);
      menu.appendChild(el(p.doc, '<div role="menuitemcheckbox" aria-checked="false" id="closed-captions-button">Show live captions</div>'));
      await p.sleep(200);
      menu.remove();
      q(screen, '[data-tid="calling-stage"]').after(el(p.doc, captionsHtml()));
      await p.sleep(200);
    };
    await p.sleep(400);
    await captionsOn();
    let n = hostItem(p, S5_DR, dr);
    await speak(p, n, ['can you hear me okay tom'], 'Can you hear me okay, Tom?', 70);
    await p.sleep(300);
    n = hostItem(p, S5_PT, pt);
    await speak(p, n, ['yes i can hear you fine'], 'Yes, I can hear you fine.', 70);
    await p.sleep(300);
    n = hostItem(p, S5_DR, dr);
    await speak(p, n, ['great how has your mood been since our last appointment'], 'Great. How has your mood been since our last appointment?', 70);
    await p.sleep(300);
    n = hostItem(p, S5_PT, pt);
    await speak(
      p,
      n,
      ['up and down to be honest the first week was hard but the last few days have been better'],
      'Up and down, to be honest. The first week was hard, but the last few days have been better.',
      70,
    );
    // Captions switched off (the whole renderer goes), nobody speaks, then on again.
    await p.sleep(900);
    const menu = el(p.doc, S5_MENU('<div role="menuitem" id="LanguageSpeechMenuControl-id">Language and speech</div>'));
    screen.appendChild(menu);
    await p.sleep(200);
    menu.appendChild(el(p.doc, '<div role="menuitemcheckbox" aria-checked="true" id="closed-captions-button">Hide live captions</div>'));
    await p.sleep(200);
    menu.remove();
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
    await p.sleep(700);
    await captionsOn();
    n = hostItem(p, S5_DR, dr);
    await speak(p, n, ['and how are you sleeping'], 'And how are you sleeping?', 70);
    await p.sleep(300);
    n = hostItem(p, S5_PT, pt);
    await speak(
      p,
      n,
      ["better i've been going to bed at ten thirty", "better i've been going to bed at 10:30 | and getting up around seven"],
      "Better. I've been going to bed at 10:30 and getting up around seven.",
      70,
    );
    await p.sleep(300);
    n = hostItem(p, S5_DR, dr);
    await speak(
      p,
      n,
      ["and the kids are they still staying at there dad's", "and the kids are they still staying at their dad's | on weekends"],
      "And the kids, are they still staying at their dad's on weekends?",
      70,
    );
    await p.sleep(250);
    n = hostItem(p, S5_PT, pt);
    await speak(p, n, ['yes every other weekend'], 'Yes, every other weekend.', 70);
  },
  leave: leaveCall,
  expected: [
    { speaker: S5_DR, role: 'clinician', text: 'Can you hear me okay, Tom?' },
    { speaker: [S5_PT, 'Tom Fischer'], role: 'patient', text: 'Yes, I can hear you fine.' },
    { speaker: S5_DR, role: 'clinician', text: 'Great. How has your mood been since our last appointment?' },
    { speaker: [S5_PT, 'Tom Fischer'], role: 'patient', text: 'Up and down, to be honest. The first week was hard, but the last few days have been better.' },
    { speaker: S5_DR, role: 'clinician', text: 'And how are you sleeping?' },
    { speaker: [S5_PT, 'Tom Fischer'], role: 'patient', text: "Better. I've been going to bed at 10:30 and getting up around seven." },
    { speaker: S5_DR, role: 'clinician', text: "And the kids, are they still staying at their dad's on weekends?" },
    { speaker: [S5_PT, 'Tom Fischer'], role: 'patient', text: 'Yes, every other weekend.' },
  ],
  forbidden: [
    'Show live captions',
    'Hide live captions',
    'Language and speech',
    'Join now',
    'Choose your video',
    'joined the meeting',
    'Mental health check-in',
    'TF',
    ...CONTROL_LABELS,
  ],
};

// 6. §4.4 virtualised list with element reuse (LCS #5: after the caption window is resized "the
//    first message was replaced by a more recent one") and §8.8 (a wholesale text replacement in a
//    recycled row is a new utterance; ids like data-lpc-hover-target-id stay with the element, §4.3
//    [U]); rapid short turn-taking with one overlap (the patient answers before "Fever?" is
//    punctuated); "No, no fever." keeps its deliberate repetition; "out of ten" -> "out of 10"; the
//    patient's reply repeats the clinician's words.
const S6_DR = 'Dr. Owen Price';
const S6_PT = 'Grace Kim';
const s6: Scenario = {
  name: 'teams: quick post-op check, caption window resized and rows recycled',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [S6_DR],
  body: appShell(
    callScreen({
      title: 'Wound check',
      controls: hostControls(),
      tiles: [S6_PT, S6_DR],
      captions: true,
      chat: chatPane([[S6_PT, 'photo of the dressing.jpg']], ['Grace Kim joined the meeting']),
    }),
  ),
  async play(p) {
    const dr = img('91f4c6a8');
    const pt = img('2d6b7e30');
    let recycling = false;
    // A new caption: a fresh row, or (after the resize) the top row re-used at the tail.
    const item = (name: string, a: Avatar): Text => {
      if (!recycling) return hostItem(p, name, a);
      const row = rows(p.doc)[0]!;
      row.remove();
      q(row, '[data-tid="author"]').textContent = name;
      const node = q(row, '[data-tid="closed-caption-text"]').firstChild as Text;
      node.data = '';
      list(p.doc).appendChild(row);
      return node;
    };
    const turn = async (name: string, a: Avatar, stages: string[], final: string, gap = 200) => {
      const n = item(name, a);
      await speak(p, n, stages, final, 70);
      await p.sleep(gap);
    };
    await turn(S6_DR, dr, ["hi grace how's the wound looking today"], "Hi Grace, how's the wound looking today?", 300);
    await turn(S6_PT, pt, ['much better'], 'Much better.');
    await turn(S6_DR, dr, ['any redness'], 'Any redness?');
    await turn(S6_PT, pt, ['a little around the bottom stitch'], 'A little, around the bottom stitch.');
    await turn(S6_DR, dr, ['any discharge or smell'], 'Any discharge or smell?');
    await turn(S6_PT, pt, ['no'], 'No.', 500);
    // The clinician drags the caption window smaller: from now on the list re-uses its top rows.
    q(p.doc, '[data-tid="closed-caption-v2-window-wrapper"]').setAttribute('style', 'height: 20%');
    recycling = true;
    await p.sleep(300);
    // "Fever?" overlaps the answer: the patient's row appears before the question is punctuated.
    const drN = item(S6_DR, dr);
    await speak(p, drN, ['fever'], undefined, 70);
    const ptN = item(S6_PT, pt);
    await Promise.all([
      (async () => {
        await p.sleep(150);
        drN.data = 'Fever?';
      })(),
      speak(p, ptN, ['no no fever'], 'No, no fever.', 90),
    ]);
    await p.sleep(200);
    await turn(S6_DR, dr, ['and the pain out of ten', 'and the pain out of 10 |'], 'And the pain, out of 10?');
    await turn(S6_PT, pt, ['two out of ten', '2 out of 10 |'], '2 out of 10.');
    await turn(S6_DR, dr, ["good keep the dressing dry and i'll see you friday"], "Good. Keep the dressing dry and I'll see you Friday.");
    await turn(S6_PT, pt, ['friday thank you'], 'Friday. Thank you.');
  },
  leave: leaveCall,
  expected: [
    { speaker: S6_DR, role: 'clinician', text: "Hi Grace, how's the wound looking today?" },
    { speaker: S6_PT, role: 'patient', text: 'Much better.' },
    { speaker: S6_DR, role: 'clinician', text: 'Any redness?' },
    { speaker: S6_PT, role: 'patient', text: 'A little, around the bottom stitch.' },
    { speaker: S6_DR, role: 'clinician', text: 'Any discharge or smell?' },
    { speaker: S6_PT, role: 'patient', text: 'No.' },
    { speaker: S6_DR, role: 'clinician', text: 'Fever?' },
    { speaker: S6_PT, role: 'patient', text: 'No, no fever.' },
    { speaker: S6_DR, role: 'clinician', text: 'And the pain, out of 10?' },
    { speaker: S6_PT, role: 'patient', text: '2 out of 10.' },
    { speaker: S6_DR, role: 'clinician', text: "Good. Keep the dressing dry and I'll see you Friday." },
    { speaker: S6_PT, role: 'patient', text: 'Friday. Thank you.' },
  ],
  forbidden: ['photo of the dressing', 'joined the meeting', 'Wound check', ...CONTROL_LABELS],
};

export const teamsScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6];
