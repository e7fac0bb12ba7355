// Round 29, Jitsi Meet: multi-party telehealth visits (10-16 turns each).
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §6  Jitsi Meet: `div.transcription-subtitles` (plus `lifted` when there is only one
//       participant), one `<p>` per transcript message id, each with a `<span>` whose text is
//       "<participantName>: " + (final || stable + unstable); the interim text is replaced by the
//       final text in the same paragraph; newer builds also list subtitles in the side panel under
//       `#subtitles-messages-list` / `#subtitles-messages-container` with hashed classes, items
//       `[name?][content][time]`.
//   §1  cross-platform summary (unit, speaker name in DOM, text mutation column).
//   §8  strategies to test against: observer on {childList, subtree, characterData} (4), re-attach
//       when the root is replaced (5), stabilization/finalization (7), noise filters (11).
//   §9  fixture checklist: captions off/on with a new root, same-speaker continuation split over
//       blocks, non-caption regions present as distractors.
//
// Assumptions where the research is silent (each scenario repeats the ones it relies on):
//   A1 In-call page: `#videoconference_page` › `#videospace` (large video, filmstrip tiles
//      `span.videocontainer#participant_<id>` with `.displayname`, local tile "<name> (me)") and a
//      toolbox whose leave button is `div.toolbox-button[aria-label="Leave the meeting"]` ›
//      `.hangup-button`. Leaving removes the whole conference page (Jitsi navigates away).
//   A2 The subtitle span is React-rendered from one template string, so growth is a single text
//      node rewritten in place (characterData), name prefix always complete.
//   A3 The local user's captions carry her own display name (no "You" label is documented for
//      Jitsi); selfNames holds that name, and only she gets a role (clinician).
//   A4 The subtitles container is present (empty) once subtitles are requested; finished
//      paragraphs are removed a few seconds (here 3 s) after their final text.
//   A5 Participants join/leave: a tile is added/removed and a "<name> joined/left the meeting"
//      notification shows; a rejoin under the same name gets a new participant id (new tile) and a
//      new transcript message id (new `<p>`).
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, q } from '../independent/kit.ts';

const SELF = 'Dr. Maya Patel';
const STEP = 100; // ms between word steps
const GAP = 450; // ms of quiet between turns
const EXPIRE_MS = 3000; // A4

interface Tile {
  id: string;
  name: string;
}

interface Line {
  para: HTMLElement;
  node: Text;
  prefix: string;
  words: string[];
  shown: number;
}

/** When each paragraph got its final text (or went stale), for the A4 expiry. */
const finalAt = new WeakMap<Element, number>();

function tileHtml(t: Tile): string {
  return `<span id="participant_${t.id}" class="videocontainer display-avatar-only"><div class="displayNameContainer"><span class="displayname">${t.name}</span></div><div class="avatar-container"><div class="avatar userAvatar">${t.name
    .split(' ')
    .map((w) => w[0])
    .join('')
    .slice(0, 2)}</div></div></span>`;
}

function body(o: { tiles: Tile[]; sidePanel?: string }): string {
  const lifted = o.tiles.length === 0 ? ' lifted' : '';
  return `
<div id="react"><div id="layout_wrapper">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay muted playsinline></video></div></div>
      <div class="filmstrip"><div id="remoteVideos"><div id="filmstripRemoteVideosContainer">
        <span id="localVideoContainer" class="videocontainer"><div class="displayNameContainer"><span class="displayname">${SELF} (me)</span></div></span>
        ${o.tiles.map(tileHtml).join('\n        ')}
      </div></div></div>
      <div class="transcription-subtitles${lifted}"></div>
    </div>
    <div class="notifications-container"></div>
    <div id="new-toolbox" class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Mute microphone" aria-pressed="false"><div class="toolbox-icon"><svg></svg></div></div>
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Start sharing your screen" aria-pressed="false"><div class="toolbox-icon"><svg></svg></div></div>
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Stop subtitles" aria-pressed="true"><div class="toolbox-icon toggled"><svg></svg></div></div>
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Leave the meeting"><div class="toolbox-icon hangup-button"><svg></svg></div></div>
    </div></div></div>
    ${o.sidePanel ?? ''}
  </div>
</div></div>`;
}

/** A1: hanging up takes the user off the conference page. */
function hangUp(p: Page): void {
  p.doc.getElementById('videoconference_page')?.remove();
}

function subtitles(p: Page): HTMLElement {
  return q(p.doc, '.transcription-subtitles');
}

/** A4: drop paragraphs whose final text is older than EXPIRE_MS. */
function expire(p: Page): void {
  const box = p.doc.querySelector('.transcription-subtitles');
  if (!box) return;
  const now = Date.now();
  for (const para of Array.from(box.querySelectorAll('p'))) {
    const t = finalAt.get(para);
    if (t !== undefined && now - t >= EXPIRE_MS) para.remove();
  }
}

/** A new transcript message id: a new `<p><span>Name: first</span></p>` at the end. */
function open(p: Page, name: string, interim: string): Line {
  expire(p);
  const prefix = `${name}: `;
  const words = interim.split(' ');
  const para = el(p.doc, '<p><span></span></p>');
  const node = p.doc.createTextNode(prefix + words[0]!);
  q(para, 'span').appendChild(node);
  subtitles(p).appendChild(para);
  return { para, node, prefix, words, shown: 1 };
}

/** Interim growth (stable + unstable) up to `upto` words, one characterData write per step. */
async function more(p: Page, line: Line, upto = line.words.length): Promise<void> {
  for (let i = line.shown + 1; i <= upto; i++) {
    line.node.data = line.prefix + line.words.slice(0, i).join(' ');
    line.shown = i;
    await p.sleep(STEP);
  }
}

/** §6: the final text replaces the interim text in the same paragraph. */
function finish(line: Line, final: string): void {
  line.node.data = line.prefix + final;
  finalAt.set(line.para, Date.now());
}

async function say(p: Page, name: string, interim: string, final: string, onFinal?: () => void): Promise<void> {
  const line = open(p, name, interim);
  await p.sleep(STEP);
  await more(p, line);
  finish(line, final);
  onFinal?.();
  await p.sleep(GAP);
}

function notify(p: Page, text: string): HTMLElement {
  const n = el(p.doc, `<div class="notification" role="alert"><div class="notification-content"><span class="notification-title">${text}</span></div></div>`);
  q(p.doc, '.notifications-container').appendChild(n);
  return n;
}

function addTile(p: Page, t: Tile): void {
  q(p.doc, '#filmstripRemoteVideosContainer').appendChild(el(p.doc, tileHtml(t)));
}

function removeTile(p: Page, id: string): void {
  p.doc.getElementById(`participant_${id}`)?.remove();
}

// ---------------------------------------------------------------------------------------------
// 1. Interpreter-mediated visit.
// ---------------------------------------------------------------------------------------------
const ROSA = 'Rosa Delgado';
const LUCIA = 'Lucía Gómez';
const CHAT_1 = 'Mi farmacia es la de la calle Elm';

/**
 * Tests: clinician (self), patient and interpreter alternating over 12 turns, half of them in
 * Spanish (accents, inverted question marks), with interim misrecognitions corrected by the final
 * text (§6), one patient turn split over two consecutive `<p>` (new message id, same name), one
 * final that lands in the patient's paragraph after the interpreter's paragraph has already
 * started (late final of an earlier block), old paragraphs expiring (A4), and a chat message in the
 * chat panel that must not be read as a caption. Assumptions: A1-A4; the chat markup
 * (`#chatconversation` › `.chatmessage` › `.display-name` + `.usermessage`) is assumed.
 */
const interpreterVisit: Scenario = {
  name: 'jitsi interpreter-mediated visit: clinician, Spanish interpreter and patient alternate',
  url: 'https://meet.jit.si/RiversideClinicInterpreterVisit',
  selfNames: [SELF],
  body: body({
    tiles: [
      { id: '5e1a7c20', name: ROSA },
      { id: '9b3d44f1', name: LUCIA },
    ],
    sidePanel: `<div id="sideToolbarContainer"><div class="chat-panel"><div id="chatconversation"></div></div></div>`,
  }),
  async play(p) {
    await p.sleep(200);
    await say(
      p,
      SELF,
      'good morning Rosa I am doctor Patel how have you been feeling since your last visit',
      'Good morning Rosa, I am Doctor Patel. How have you been feeling since your last visit?',
    );
    await say(
      p,
      LUCIA,
      'buenos días Rosa soy la doctora Patel cómo se ha sentido desde su última visita',
      'Buenos días Rosa, soy la doctora Patel. ¿Cómo se ha sentido desde su última visita?',
    );
    // Rosa's final arrives only after Lucía's paragraph has started growing.
    const rosa = open(p, ROSA, 'me siento un poco mejor pero todavía tengo toz por la noche');
    await p.sleep(STEP);
    await more(p, rosa);
    await p.sleep(250);
    const lucia = open(p, LUCIA, 'she says she feels a little better but she still has a cough at night');
    await p.sleep(STEP);
    await more(p, lucia, 3);
    finish(rosa, 'Me siento un poco mejor, pero todavía tengo tos por la noche.');
    await more(p, lucia);
    finish(lucia, 'She says she feels a little better, but she still has a cough at night.');
    await p.sleep(GAP);
    // Rosa types in the chat (not a caption).
    q(p.doc, '#chatconversation').appendChild(
      el(
        p.doc,
        `<div class="chat-message-group remote"><div class="chatmessage-wrapper"><div class="chatmessage"><div class="replywrapper"><div class="messagecontent"><div class="display-name">${ROSA}</div><div class="usermessage">${CHAT_1}</div></div></div></div><div class="timestamp">09:12</div></div></div>`,
      ),
    );
    await say(p, SELF, 'is the cough dry or are you bringing up any mucous', 'Is the cough dry, or are you bringing up any mucus?');
    await say(p, LUCIA, 'la tos es seca o está expulsando flema', '¿La tos es seca o está expulsando flema?');
    await say(p, ROSA, 'es seca casi siempre', 'Es seca, casi siempre.');
    await p.sleep(300);
    await say(p, ROSA, 'y a veces me falta el aire cuando subo las escaleras', 'Y a veces me falta el aire cuando subo las escaleras.');
    await say(
      p,
      LUCIA,
      'it is mostly dry and sometimes she gets short of breath when she climbs the stares',
      'It is mostly dry, and sometimes she gets short of breath when she climbs the stairs.',
    );
    await say(
      p,
      SELF,
      'okay I would like to order a chest x-ray and adjust your inhaler',
      'Okay, I would like to order a chest X-ray and adjust your inhaler.',
    );
    await say(p, LUCIA, 'voy a pedir una radiografía de tórax y ajustar su inhalador', 'Voy a pedir una radiografía de tórax y ajustar su inhalador.');
    await say(p, ROSA, 'muchas gracias doctora', 'Muchas gracias, doctora.');
    await say(p, LUCIA, 'thank you very much doctor', 'Thank you very much, doctor.');
  },
  leave: hangUp,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Good morning Rosa, I am Doctor Patel. How have you been feeling since your last visit?' },
    { speaker: LUCIA, text: 'Buenos días Rosa, soy la doctora Patel. ¿Cómo se ha sentido desde su última visita?' },
    { speaker: ROSA, text: 'Me siento un poco mejor, pero todavía tengo tos por la noche.' },
    { speaker: LUCIA, text: 'She says she feels a little better, but she still has a cough at night.' },
    { speaker: SELF, role: 'clinician', text: 'Is the cough dry, or are you bringing up any mucus?' },
    { speaker: LUCIA, text: '¿La tos es seca o está expulsando flema?' },
    { speaker: ROSA, text: 'Es seca, casi siempre.' },
    { speaker: ROSA, text: 'Y a veces me falta el aire cuando subo las escaleras.' },
    { speaker: LUCIA, text: 'It is mostly dry, and sometimes she gets short of breath when she climbs the stairs.' },
    { speaker: SELF, role: 'clinician', text: 'Okay, I would like to order a chest X-ray and adjust your inhaler.' },
    { speaker: LUCIA, text: 'Voy a pedir una radiografía de tórax y ajustar su inhalador.' },
    { speaker: ROSA, text: 'Muchas gracias, doctora.' },
    { speaker: LUCIA, text: 'Thank you very much, doctor.' },
  ] satisfies Expected[],
  forbidden: [CHAT_1, '09:12', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 2. A family carer joins mid-call and speaks; the side panel mirrors the subtitles.
// ---------------------------------------------------------------------------------------------
const HAROLD = 'Harold Jensen';
const KAREN = 'Karen Jensen';

/**
 * Tests: a two-party visit that becomes three-party when the patient's daughter (carer) joins after
 * the fourth turn (new tile, join notification) and then takes part; 12 turns; one carer turn
 * split over two `<p>` (same name); finals that rewrite spoken numbers to digits ("one forty" →
 * "140"), which only the final form should keep (§6 final replaces interim); and the newer-build
 * subtitles side panel (§6 `#subtitles-messages-list`, hashed classes, items [name?][content][time])
 * open at the same time, so every caption text is on the page twice and must be captured once,
 * without the panel's timestamps. Assumptions: A1-A5; the panel lists only final messages, the
 * name is omitted on a continuation item of the same speaker, and the tab/panel markup around the
 * list is assumed.
 */
const carerJoins: Scenario = {
  name: 'jitsi family carer joins mid-call and speaks (subtitles side panel open)',
  url: 'https://8x8.vc/vpaas-magic-cookie-4f8e2a91c3d74b6e/HomeVisitFollowUp',
  selfNames: [SELF],
  body: body({
    tiles: [{ id: '2c7f9e03', name: HAROLD }],
    sidePanel: `<div id="sideToolbarContainer" class="css-1h5x2yz-container"><div class="css-9q0k2a-chatPanel">
      <div role="tablist" class="css-4t7v1b-tabs"><div role="tab" aria-selected="false">Chat</div><div role="tab" aria-selected="true">Closed captions</div></div>
      <div id="subtitles-messages-container" class="css-7tq1fe-container"><div id="subtitles-messages-list" class="css-lp3k2w-messagesList"></div></div>
    </div></div>`,
  }),
  async play(p) {
    let minute = 5;
    let lastName = '';
    const panel = (name: string, text: string) => () => {
      const showName = name !== lastName;
      lastName = name;
      const time = `14:0${minute}`;
      q(p.doc, '#subtitles-messages-list').appendChild(
        el(
          p.doc,
          `<div class="css-3n8w1e-messageGroup">${showName ? `<div class="css-0c8a2m-name">${name}</div>` : ''}<div class="css-5jz1q0-messageContent">${text}</div><div class="css-ah2ztx-timestamp">${time}</div></div>`,
        ),
      );
    };
    const turn = async (name: string, interim: string, final: string) => say(p, name, interim, final, panel(name, final));

    await p.sleep(200);
    await turn(SELF, 'hi Harold can you hear me all right', 'Hi Harold, can you hear me all right?');
    await turn(HAROLD, 'yes I can hear you but the picture is a bit frozen', 'Yes, I can hear you, but the picture is a bit frozen.');
    await turn(SELF, "that's fine how has your blood sugar been this week", "That's fine. How has your blood sugar been this week?");
    await turn(HAROLD, "I think it's been okay I don't remember the numbers", "I think it's been okay, I don't remember the numbers.");
    // Karen joins: new tile and a notification (A5).
    minute = 6;
    addTile(p, { id: 'a81d5b6e', name: KAREN });
    const joined = notify(p, `${KAREN} joined the meeting`);
    await p.sleep(600);
    await turn(KAREN, "hi doctor sorry I'm late I'm his daughter and I keep his log", "Hi doctor, sorry I'm late. I'm his daughter and I keep his log.");
    joined.remove();
    await turn(SELF, 'no problem Karen what were his morning readings', 'No problem, Karen. What were his morning readings?');
    await turn(KAREN, 'mostly between one forty and one sixty', 'Mostly between 140 and 160.');
    await p.sleep(250);
    await turn(KAREN, 'and one morning it was two hundred', 'And one morning it was 200.');
    minute = 7;
    await turn(HAROLD, 'that was the day after the birthday party', 'That was the day after the birthday party.');
    await turn(SELF, 'that explains it are you taking the met foreman twice a day', 'That explains it. Are you taking the metformin twice a day?');
    await turn(HAROLD, 'only in the morning I forget the evening one', 'Only in the morning, I forget the evening one.');
    minute = 8;
    await turn(KAREN, 'I can set an alarm on his phone for the evening dose', 'I can set an alarm on his phone for the evening dose.');
    await turn(SELF, "great let's try that and check again in two weeks", "Great, let's try that and check again in two weeks.");
  },
  leave: hangUp,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Hi Harold, can you hear me all right?' },
    { speaker: HAROLD, text: 'Yes, I can hear you, but the picture is a bit frozen.' },
    { speaker: SELF, role: 'clinician', text: "That's fine. How has your blood sugar been this week?" },
    { speaker: HAROLD, text: "I think it's been okay, I don't remember the numbers." },
    { speaker: KAREN, text: "Hi doctor, sorry I'm late. I'm his daughter and I keep his log." },
    { speaker: SELF, role: 'clinician', text: 'No problem, Karen. What were his morning readings?' },
    { speaker: KAREN, text: 'Mostly between 140 and 160.' },
    { speaker: KAREN, text: 'And one morning it was 200.' },
    { speaker: HAROLD, text: 'That was the day after the birthday party.' },
    { speaker: SELF, role: 'clinician', text: 'That explains it. Are you taking the metformin twice a day?' },
    { speaker: HAROLD, text: 'Only in the morning, I forget the evening one.' },
    { speaker: KAREN, text: 'I can set an alarm on his phone for the evening dose.' },
    { speaker: SELF, role: 'clinician', text: "Great, let's try that and check again in two weeks." },
  ] satisfies Expected[],
  forbidden: ['14:0', 'joined the meeting', 'Closed captions', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 3. The patient drops mid-sentence and rejoins under the same name; captions off and on.
// ---------------------------------------------------------------------------------------------
const TOM = 'Tom Okafor';

/**
 * Tests: the patient's connection drops while his paragraph is still interim (no final ever comes;
 * the stale paragraph stays until it expires, A4), so the words shown so far must still be captured
 * once; while he is away the clinician is the only participant and the container gains `lifted`
 * (§6); he rejoins under the same name with a new participant id (new tile, A5) and his next words
 * arrive in a new `<p>` (new message id) - same speaker, no duplicate, no merge across the
 * clinician's line in between. Later the clinician turns subtitles off and on: assumed (as §9's
 * checklist and §2's Meet behaviour suggest, and since the research is silent for Jitsi) that the
 * container is removed and a new one is inserted; what the patient says while captions are off is
 * never rendered and is not expected. 12 turns. Assumptions: A1-A5.
 */
const dropAndRejoin: Scenario = {
  name: 'jitsi patient drops mid-sentence and rejoins under the same name',
  url: 'https://meet.jit.si/NorthsidePhysioReview',
  selfNames: [SELF],
  body: body({ tiles: [{ id: '71c0de9a', name: TOM }] }),
  async play(p) {
    await p.sleep(200);
    await say(p, SELF, "hi Tom let's look at how the knee is doing after the physio", "Hi Tom, let's look at how the knee is doing after the physio.");
    await say(p, TOM, "it's better I can walk the dog again without the brace", "It's better. I can walk the dog again without the brace.");
    await say(p, SELF, 'good can you bend it fully when you sit down', 'Good. Can you bend it fully when you sit down?');
    // Tom's paragraph is still interim when his connection drops.
    const orphan = open(p, TOM, 'almost but it clicks when I');
    await p.sleep(STEP);
    await more(p, orphan);
    await p.sleep(300);
    removeTile(p, '71c0de9a');
    const left = notify(p, `${TOM} left the meeting`);
    subtitles(p).classList.add('lifted');
    finalAt.set(orphan.para, Date.now()); // stale: expires like a finished message (A4)
    await p.sleep(700);
    await say(p, SELF, 'Tom you froze I will wait a moment for you to reconnect', 'Tom, you froze. I will wait a moment for you to reconnect.');
    left.remove();
    await p.sleep(500);
    // Rejoin under the same display name: new participant id, new tile.
    addTile(p, { id: 'e4b2f817', name: TOM });
    subtitles(p).classList.remove('lifted');
    const joined = notify(p, `${TOM} joined the meeting`);
    await p.sleep(600);
    await say(p, TOM, 'sorry my wifi dropped can you hear me now', 'Sorry, my wifi dropped. Can you hear me now?');
    joined.remove();
    await say(p, SELF, 'yes I can you were saying it clicks when you squat', 'Yes, I can. You were saying it clicks when you squat.');
    await say(p, TOM, "right it clicks but it doesn't really hurt", "Right, it clicks but it doesn't really hurt.");
    // Subtitles off: the container goes away; Tom keeps talking but nothing is rendered.
    const cc = q(p.doc, '[aria-label="Stop subtitles"]');
    cc.setAttribute('aria-label', 'Start subtitles');
    cc.setAttribute('aria-pressed', 'false');
    subtitles(p).remove();
    await p.sleep(1200);
    // Subtitles on again: a new, empty container.
    cc.setAttribute('aria-label', 'Stop subtitles');
    cc.setAttribute('aria-pressed', 'true');
    q(p.doc, '#videospace').appendChild(el(p.doc, '<div class="transcription-subtitles"></div>'));
    await p.sleep(300);
    await say(p, SELF, 'clicking without pain is common keep doing the exercises', 'Clicking without pain is common. Keep doing the exercises.');
    await say(p, TOM, 'should I still ice it after the walks', 'Should I still ice it after the walks?');
    await say(p, SELF, 'yes fifteen minutes after each walk is enough', 'Yes, fifteen minutes after each walk is enough.');
    await say(p, TOM, 'okay thanks see you next month', 'Okay, thanks. See you next month.');
  },
  leave: hangUp,
  expected: [
    { speaker: SELF, role: 'clinician', text: "Hi Tom, let's look at how the knee is doing after the physio." },
    { speaker: TOM, text: "It's better. I can walk the dog again without the brace." },
    { speaker: SELF, role: 'clinician', text: 'Good. Can you bend it fully when you sit down?' },
    { speaker: TOM, text: 'almost but it clicks when I' },
    { speaker: SELF, role: 'clinician', text: 'Tom, you froze. I will wait a moment for you to reconnect.' },
    { speaker: TOM, text: 'Sorry, my wifi dropped. Can you hear me now?' },
    { speaker: SELF, role: 'clinician', text: 'Yes, I can. You were saying it clicks when you squat.' },
    { speaker: TOM, text: "Right, it clicks but it doesn't really hurt." },
    { speaker: SELF, role: 'clinician', text: 'Clicking without pain is common. Keep doing the exercises.' },
    { speaker: TOM, text: 'Should I still ice it after the walks?' },
    { speaker: SELF, role: 'clinician', text: 'Yes, fifteen minutes after each walk is enough.' },
    { speaker: TOM, text: 'Okay, thanks. See you next month.' },
  ] satisfies Expected[],
  forbidden: ['left the meeting', 'joined the meeting', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 4. A supervising clinician drops in for one line while the clinician shares her screen.
// ---------------------------------------------------------------------------------------------
const AISHA = 'Aisha Rahman';
const LEON = 'Dr. Leon Brandt';

/**
 * Tests: the clinician starts screen sharing in the middle of her own growing line and stops it
 * right after a later line while the patient's next paragraph starts, captions running throughout;
 * a supervising physician joins, says exactly one line and leaves while his paragraph is still on
 * screen. He is a clinician in real life but not the local user, so no role is expected for him
 * (only selfNames is the clinician). 12 turns. The research (§6) says nothing about what screen
 * sharing changes on a Jitsi page: assumed that the subtitles container is untouched, the toolbox
 * button flips its aria-label/aria-pressed, and a local screen-share tile is added to the
 * filmstrip (and removed on stop). Assumptions: A1-A5.
 */
const supervisorAndScreenShare: Scenario = {
  name: 'jitsi supervisor joins for one line while the clinician shares and stops sharing her screen',
  url: 'https://8x8.vc/vpaas-magic-cookie-4f8e2a91c3d74b6e/LabResultsReview',
  selfNames: [SELF],
  body: body({ tiles: [{ id: '3f62a0b4', name: AISHA }] }),
  async play(p) {
    const share = (on: boolean) => {
      const btn = q(p.doc, on ? '[aria-label="Start sharing your screen"]' : '[aria-label="Stop sharing your screen"]');
      btn.setAttribute('aria-label', on ? 'Stop sharing your screen' : 'Start sharing your screen');
      btn.setAttribute('aria-pressed', on ? 'true' : 'false');
      if (on) {
        q(p.doc, '#filmstripRemoteVideosContainer').appendChild(
          el(
            p.doc,
            `<span id="localScreenShare_container" class="videocontainer display-video"><div class="displayNameContainer"><span class="displayname">${SELF} (me)</span></div><video autoplay muted></video></span>`,
          ),
        );
      } else {
        p.doc.getElementById('localScreenShare_container')?.remove();
      }
    };

    await p.sleep(200);
    // Sharing starts while her own line is still growing.
    const first = open(p, SELF, 'Aisha I am going to share your lab results on my screen');
    await p.sleep(STEP);
    await more(p, first, 6);
    share(true);
    await more(p, first);
    finish(first, 'Aisha, I am going to share your lab results on my screen.');
    await p.sleep(GAP);
    await say(p, AISHA, 'okay I can see a table with a lot of numbers', 'Okay, I can see a table with a lot of numbers.');
    await say(p, SELF, 'your hemoglobin is eleven point two which is slightly low', 'Your hemoglobin is 11.2, which is slightly low.');
    await say(p, AISHA, "is that why I've been so tired in the afternoons", "Is that why I've been so tired in the afternoons?");
    await say(p, SELF, "it could be I've asked doctor Brandt to join for a second opinion", "It could be. I've asked Doctor Brandt to join for a second opinion.");
    // The supervisor joins, says one line and leaves.
    addTile(p, { id: 'c09e7d15', name: LEON });
    const joined = notify(p, `${LEON} joined the meeting`);
    await p.sleep(600);
    await say(
      p,
      LEON,
      'hi Aisha I agree we should get an iron panel before any supplements',
      'Hi Aisha, I agree we should get an iron panel before any supplements.',
    );
    joined.remove();
    removeTile(p, 'c09e7d15');
    const left = notify(p, `${LEON} left the meeting`);
    await p.sleep(300);
    await say(p, AISHA, 'thanks do I need to fast for that test', 'Thanks. Do I need to fast for that test?');
    left.remove();
    await say(p, SELF, "no fasting needed I'll stop sharing now", "No fasting needed. I'll stop sharing now.");
    // Sharing stops while the patient's next paragraph starts.
    const next = open(p, AISHA, 'got it can I do the blood draw on Saturday');
    await p.sleep(STEP);
    await more(p, next, 3);
    share(false);
    await more(p, next);
    finish(next, 'Got it. Can I do the blood draw on Saturday?');
    await p.sleep(GAP);
    await say(p, SELF, 'yes the lab is open until noon on Saturdays', 'Yes, the lab is open until noon on Saturdays.');
    await say(p, AISHA, "perfect I'll go first thing in the morning", "Perfect, I'll go first thing in the morning.");
    await say(p, SELF, "great I'll message you when the results are in", "Great, I'll message you when the results are in.");
  },
  leave: hangUp,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Aisha, I am going to share your lab results on my screen.' },
    { speaker: AISHA, text: 'Okay, I can see a table with a lot of numbers.' },
    { speaker: SELF, role: 'clinician', text: 'Your hemoglobin is 11.2, which is slightly low.' },
    { speaker: AISHA, text: "Is that why I've been so tired in the afternoons?" },
    { speaker: SELF, role: 'clinician', text: "It could be. I've asked Doctor Brandt to join for a second opinion." },
    { speaker: LEON, text: 'Hi Aisha, I agree we should get an iron panel before any supplements.' },
    { speaker: AISHA, text: 'Thanks. Do I need to fast for that test?' },
    { speaker: SELF, role: 'clinician', text: "No fasting needed. I'll stop sharing now." },
    { speaker: AISHA, text: 'Got it. Can I do the blood draw on Saturday?' },
    { speaker: SELF, role: 'clinician', text: 'Yes, the lab is open until noon on Saturdays.' },
    { speaker: AISHA, text: "Perfect, I'll go first thing in the morning." },
    { speaker: SELF, role: 'clinician', text: "Great, I'll message you when the results are in." },
  ] satisfies Expected[],
  forbidden: ['joined the meeting', 'left the meeting', 'sharing your screen', '(me)'],
};

export const jitsiScenarios: Scenario[] = [interpreterVisit, carerJoins, dropAndRejoin, supervisorAndScreenShare];
