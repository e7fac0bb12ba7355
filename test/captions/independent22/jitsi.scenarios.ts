// Jitsi Meet scenarios, round 22: a third party on a clinical call, and people coming and going
// (a medical interpreter, a caregiver who joins partway, a patient who drops and rejoins under the
// same display name, a family member who leaves while the others carry on).
//
// Research used (/work/shared/research/caption-platforms.md):
// - §6 Jitsi Meet: the subtitles container `<div class="transcription-subtitles">` (plus the class
//   `lifted` when there is only one participant), one `<p>` per transcript message id, each with a
//   `<span>` whose text is "<participantName>: " + (final || stable + unstable); interim text is then
//   replaced by the final in the same paragraph. Newer builds also list subtitles in the chat panel
//   under `#subtitles-messages-container` / `#subtitles-messages-list`, hashed classes, items
//   structured [name?][content][time].
// - §7 (telehealth products embedding Jitsi), §8 items 4, 5, 8 and 11 (observe the root, re-attach
//   when it is re-mounted, per-element identity, noise filters), §9 checklist (alternating speakers,
//   the self speaker, a same-speaker continuation, non-caption live regions as distractors).
//
// Assumptions where the research is silent (repeated in a scenario's comment where they matter):
// - URL: a meet.jit.si room, `https://meet.jit.si/<Room>`.
// - In-call page: `#videoconference_page` holding `#videospace` (`#largeVideoContainer`, a filmstrip
//   of `.videocontainer` tiles with `.displayname`) and the toolbox, whose "Leave the meeting"
//   `.toolbox-button` carries a `.hangup-button` icon. Hanging up unmounts all of
//   `#videoconference_page`; that is what `leave(p)` does.
// - The overlay container is appended inside `#videospace`.
// - The `<span>` holds one text node that is rewritten in place (React updates a single string child
//   through nodeValue), so interim growth and the final replacement arrive as characterData.
// - A paragraph is removed about 3 s after its last update, and the container is not rendered at all
//   while there are no transcripts (it is removed, and a NEW container node is mounted later).
// - The local user's captions carry the local display name (no "You" label is documented for Jitsi);
//   the local user (selfNames) is the clinician.
// - Join/leave toasts (`role="alert"`), chat messages and the toolbox are not captions.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

/** Assumed Jitsi clear timer: a transcript paragraph disappears this long after its last update. */
const REMOVE_AFTER_MS = 3000;

function conferencePage(tiles: string, sidePanel = ''): string {
  return `
<div id="react" role="main">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="largeVideoBackgroundContainer"></div>
        <div id="largeVideoWrapper"><video id="largeVideo" autoplay playsinline muted></video></div>
      </div>
      <div class="filmstrip">
        <div id="remoteVideos"><div class="remote-videos"><div id="filmstripRemoteVideosContainer">${tiles}</div></div></div>
      </div>
    </div>
    ${sidePanel}
    <div id="notifications-container"></div>
    <div class="new-toolbox visible" id="new-toolbox">
      <div class="toolbox-content"><div class="toolbox-content-wrapper"><div class="toolbox-content-items">
        <div aria-label="Mute microphone" aria-pressed="false" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
        <div aria-label="Stop subtitles" aria-pressed="true" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon toggled"><svg></svg></div></div>
        <div aria-label="Leave the meeting" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon hangup-button"><svg></svg></div></div>
      </div></div></div>
    </div>
  </div>
</div>`;
}

function tile(id: string, name: string): string {
  return `<span class="videocontainer display-video" id="participant_${id}"><div class="displayNameContainer"><span class="displayname" id="participant_${id}_name">${name}</span></div></span>`;
}

function localTile(name: string): string {
  return `<span class="videocontainer" id="localVideoContainer"><div class="displayNameContainer"><span class="displayname" id="localDisplayName">${name}</span></div></span>`;
}

function addTile(p: Page, id: string, name: string) {
  q(p.doc, '#filmstripRemoteVideosContainer').appendChild(el(p.doc, tile(id, name)));
}

function removeTile(p: Page, id: string) {
  p.doc.getElementById(`participant_${id}`)?.remove();
}

/** Hanging up: the conference unmounts (assumption, see header). */
function hangUp(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
}

/** Anything that shows transcript messages by id: the on-stage overlay or the CC panel. */
abstract class Sink {
  private readonly toasts: { n: Element; at: number }[] = [];

  constructor(protected readonly pg: Page) {}

  abstract set(id: string, name: string, text: string): void;

  protected sweep(now: number) {
    while (this.toasts.length && now - this.toasts[0]!.at >= 2500) this.toasts.shift()!.n.remove();
  }

  /** A join/leave toast (assumed markup, `role="alert"`); it goes away after ~2.5 s. */
  toast(text: string) {
    const n = el(this.pg.doc, `<div class="notification" role="alert"><div class="notification-title">${text}</div></div>`);
    q(this.pg.doc, '#notifications-container').appendChild(n);
    this.toasts.push({ n, at: Date.now() });
  }

  async wait(ms: number) {
    let left = ms;
    while (left > 0) {
      const step = Math.min(left, 150);
      await this.pg.sleep(step);
      left -= step;
      this.sweep(Date.now());
    }
  }

  /** Interim growth word by word (stable + unstable), then the final in the same message. */
  async say(id: string, name: string, interim: string, final?: string, stepMs = 90, from = 0) {
    const words = interim.split(' ');
    for (let i = from + 1; i <= words.length; i++) {
      this.set(id, name, words.slice(0, i).join(' '));
      await this.wait(stepMs);
    }
    if (final !== undefined) {
      this.set(id, name, final);
      await this.wait(stepMs);
    }
  }
}

interface Para {
  p: HTMLParagraphElement;
  text: Text;
  last: number;
}

/**
 * The on-stage subtitles (§6): `div.transcription-subtitles` › `p` › `span` "Name: text", one
 * paragraph per message id, in first-seen order. Assumed (silent research): paragraphs expire
 * REMOVE_AFTER_MS after their last update; the container unmounts when it has no paragraphs and a new
 * container node mounts with the next transcript.
 */
class Overlay extends Sink {
  private container: HTMLElement | null = null;
  private readonly paras = new Map<string, Para>();
  private lifted = false;

  private cls() {
    return this.lifted ? 'transcription-subtitles lifted' : 'transcription-subtitles';
  }

  /** `lifted` when only one participant is in the call (§6): a class change on the live node. */
  setLifted(v: boolean) {
    this.lifted = v;
    if (this.container) this.container.className = this.cls();
  }

  set(id: string, name: string, text: string) {
    const doc = this.pg.doc;
    const line = `${name}: ${text}`;
    let para = this.paras.get(id);
    if (!para) {
      if (!this.container) {
        this.container = doc.createElement('div');
        this.container.className = this.cls();
        q(doc, '#videospace').appendChild(this.container);
      }
      const p = doc.createElement('p');
      const span = doc.createElement('span');
      const t = doc.createTextNode(line);
      span.appendChild(t);
      p.appendChild(span);
      this.container.appendChild(p);
      para = { p, text: t, last: Date.now() };
      this.paras.set(id, para);
    } else if (para.text.data !== line) {
      para.text.data = line;
    }
    para.last = Date.now();
  }

  protected override sweep(now: number) {
    super.sweep(now);
    for (const [id, para] of this.paras) {
      if (now - para.last >= REMOVE_AFTER_MS) {
        para.p.remove();
        this.paras.delete(id);
      }
    }
    if (this.paras.size === 0 && this.container) {
      this.container.remove();
      this.container = null;
    }
  }
}

/**
 * The chat panel's closed-captions list (§6): `#subtitles-messages-container` ›
 * `#subtitles-messages-list` › items [name?][content][time] with hashed classes. Assumed (silent
 * research): tss-react style classes `css-<hash>-<label>`; an item per message id whose content text
 * node is rewritten in place from interim to final; the name is left out when an item continues the
 * previous item's speaker (chat-style grouping); the local user's items show the local display name;
 * items are kept as history (no expiry).
 */
class CCPanel extends Sink {
  private readonly items = new Map<string, Text>();
  private lastSpeaker: string | null = null;
  private minute = 2;

  set(id: string, name: string, text: string) {
    const doc = this.pg.doc;
    const node = this.items.get(id);
    if (node) {
      if (node.data !== text) node.data = text;
      return;
    }
    const item = doc.createElement('div');
    item.className = 'css-q9x1m3-subtitleMessage';
    if (name !== this.lastSpeaker) {
      const who = doc.createElement('div');
      who.className = 'css-h2v6p8-participantName';
      who.textContent = name;
      item.appendChild(who);
    }
    const content = doc.createElement('div');
    content.className = 'css-k5n0c7-messageContent';
    const t = doc.createTextNode(text);
    content.appendChild(t);
    item.appendChild(content);
    const time = doc.createElement('div');
    time.className = 'css-z3w8f4-timestamp';
    time.textContent = `14:${String(this.minute).padStart(2, '0')}`;
    if (this.items.size % 3 === 2) this.minute++;
    item.appendChild(time);
    q(doc, '#subtitles-messages-list').appendChild(item);
    this.items.set(id, t);
    this.lastSpeaker = name;
  }
}

const FORBIDDEN_COMMON = ['joined the meeting', 'left the meeting', 'Leave the meeting', 'Stop subtitles'];

// ---------------------------------------------------------------------------------------------
// 1. Interpreter, fast three-way alternation (on-stage overlay).
// ---------------------------------------------------------------------------------------------
const DR_BROOKS = 'Dr. Hannah Brooks';
const ROSA = 'Rosa Díaz';
const LUIS = 'Luis Ortega (Interpreter)';

/** [speaker, interim as it grows, final]. */
const s1Script: [string, string, string][] = [
  [DR_BROOKS, 'Good morning Mrs Díaz we are just waiting for the interpreter', 'Good morning, Mrs. Díaz, we are just waiting for the interpreter.'],
  [LUIS, 'Buenos días señora Díaz soy su intérprete', 'Buenos días, señora Díaz, soy su intérprete.'],
  [DR_BROOKS, 'What brings you in today', 'What brings you in today?'],
  [LUIS, 'Qué la trae hoy', '¿Qué la trae hoy?'],
  [ROSA, 'Tengo tos y me falta el aire desde el lunes', 'Tengo tos y me falta el aire desde el lunes.'],
  [LUIS, 'I have a cough and I am short of breath since Monday', 'I have a cough and I am short of breath since Monday.'],
  [DR_BROOKS, 'Any fever or chest pain', 'Any fever or chest pain?'],
  [LUIS, 'Tiene fiebre o dolor de pecho', '¿Tiene fiebre o dolor de pecho?'],
  [ROSA, 'Sí fiebre anoche', 'Sí, fiebre anoche.'],
  [LUIS, 'Yes fever last night', 'Yes, fever last night.'],
  [ROSA, 'Y me duele aquí al toser', 'Y me duele aquí al toser.'],
  [LUIS, 'And it hurts here when I cough', 'And it hurts here when I cough.'],
  [DR_BROOKS, 'Okay I will order a chest x-ray today', 'Okay, I will order a chest X-ray today.'],
  [LUIS, 'Bien voy a pedir una radiografía de tórax hoy', 'Bien, voy a pedir una radiografía de tórax hoy.'],
  [ROSA, 'Gracias doctora', 'Gracias, doctora.'],
  [LUIS, 'Thank you doctor', 'Thank you, doctor.'],
];
/** Index of the patient turn whose final lands after the interpreter's paragraph has appeared. */
const S1_LATE_FINAL = 4;

/**
 * Tests: a medical interpreter between a Spanish-speaking patient and the English-speaking clinician
 * (the local user), turns alternating fast among three on the on-stage subtitles (§6), 120-250 ms
 * apart. The interpreter joins after the clinician's first line (new filmstrip tile plus a
 * "joined the meeting" toast, which is not a caption). Up to three paragraphs are on screen at once
 * and old ones expire while the call goes on. Once, the interpreter starts rendering before the
 * patient's final lands in her paragraph (the transcriber's final lags), so an earlier paragraph is
 * finalised while a later one grows: it must stay the patient's own turn, in the order the turns began.
 * Spanish text keeps its accents and ¿ punctuation; the display name "Luis Ortega (Interpreter)" is
 * kept as shown. Only the clinician gets a role (the patient/interpreter split is not in the DOM).
 * Assumptions: see the header (single text node per span, ~3 s expiry, own display name for self).
 */
const interpreterRelay: Scenario = {
  name: 'jitsi: interpreter relays Spanish patient and English clinician in fast three-way turns',
  url: 'https://meet.jit.si/ClinicVisitRoom22',
  selfNames: [DR_BROOKS],
  body: conferencePage(tile('7f3a91c2', ROSA) + localTile(DR_BROOKS)),
  async play(p) {
    const s = new Overlay(p);
    const gaps = [180, 120, 250, 140, 200];
    for (let i = 0; i < s1Script.length; i++) {
      const [who, interim, final] = s1Script[i]!;
      const id = `msg-${i}`;
      if (i === 1) {
        addTile(p, 'c41e08b5', LUIS);
        s.toast(`${LUIS} joined the meeting`);
        await s.wait(500);
      }
      if (i === S1_LATE_FINAL) {
        const [nWho, nInterim, nFinal] = s1Script[i + 1]!;
        const nId = `msg-${i + 1}`;
        await s.say(id, who, interim); // patient's interim, no final yet
        await s.wait(120);
        await s.say(nId, nWho, nInterim.split(' ').slice(0, 2).join(' ')); // interpreter starts
        s.set(id, who, final); // the patient's late final, in her own paragraph
        await s.wait(90);
        await s.say(nId, nWho, nInterim, nFinal, 90, 2);
        await s.wait(gaps[i % gaps.length]!);
        i++;
        continue;
      }
      await s.say(id, who, interim, final);
      await s.wait(gaps[i % gaps.length]!);
    }
  },
  leave: hangUp,
  expected: s1Script.map(([who, , final]): Expected => (who === DR_BROOKS ? { speaker: who, role: 'clinician', text: final } : { speaker: who, text: final })),
  forbidden: FORBIDDEN_COMMON,
};

// ---------------------------------------------------------------------------------------------
// 2. Patient drops mid-sentence and rejoins; daughter (caregiver) joins partway (on-stage overlay).
// ---------------------------------------------------------------------------------------------
const DR_OKAFOR = 'Dr. Samuel Okafor';
const MARGARET = 'Margaret Chen';
const LILY = 'Lily Chen';

/**
 * Tests: a patient whose connection drops mid-sentence and who rejoins under the same display name
 * (new participant id, new tile), and a caregiver (her daughter) who joins partway and speaks at once.
 * - The patient's last message never gets a final: its interim words ("... every morning but") are all
 *   the captions ever showed, so they must be kept, once, as hers.
 * - While the clinician is alone the container carries `lifted` (§6: one participant), a class change
 *   on the live node; then every paragraph expires, the container unmounts, and the clinician's next
 *   line mounts a NEW `div.transcription-subtitles lifted` (assumed: nothing is rendered with no
 *   transcripts). That gap is not the end of the call (the in-call page is still there).
 * - After the rejoin `lifted` is dropped; the rejoined patient is the same speaker "Margaret Chen".
 * - Join/leave toasts are not captions.
 * Assumptions: the dropped participant is removed ~0.4 s after her captions stop (real Jitsi may show
 * a "connection interrupted" tile for longer); ~3 s paragraph expiry; own display name for self.
 */
const dropAndRejoin: Scenario = {
  name: 'jitsi: patient drops mid-sentence and rejoins under the same name, daughter joins partway',
  url: 'https://meet.jit.si/BloodPressureFollowUp',
  selfNames: [DR_OKAFOR],
  body: conferencePage(tile('b52d7e10', MARGARET) + localTile(DR_OKAFOR)),
  async play(p) {
    const s = new Overlay(p);
    await s.say('a1', DR_OKAFOR, 'Hello Mrs Chen how are you feeling since we changed the blood pressure pills', 'Hello, Mrs. Chen, how are you feeling since we changed the blood pressure pills?');
    await s.wait(200);
    await s.say('a2', MARGARET, 'A little tired', 'A little tired.');
    await s.wait(150);
    await s.say('a3', MARGARET, 'I have been taking them every morning but'); // connection drops: no final
    await s.wait(400);
    removeTile(p, 'b52d7e10');
    s.toast(`${MARGARET} left the meeting`);
    s.setLifted(true); // only the clinician is left
    await s.wait(3200); // her paragraph expires; the empty container unmounts
    await s.say('a4', DR_OKAFOR, 'Mrs Chen I think we lost you I will wait a minute for you to reconnect', 'Mrs. Chen, I think we lost you. I will wait a minute for you to reconnect.');
    await s.wait(1200);
    addTile(p, '0e9f4a67', MARGARET); // same display name, new participant id
    s.toast(`${MARGARET} joined the meeting`);
    s.setLifted(false);
    await s.wait(500);
    await s.say('a5', MARGARET, 'Sorry doctor my internet cut out I take them every morning but they make me dizzy', 'Sorry, doctor, my internet cut out. I take them every morning, but they make me dizzy.');
    await s.wait(400);
    addTile(p, '1d7c3b88', LILY);
    s.toast(`${LILY} joined the meeting`);
    await s.wait(300);
    await s.say('a6', DR_OKAFOR, 'How often does the dizziness happen', 'How often does the dizziness happen?');
    await s.wait(150);
    await s.say('a7', LILY, 'Hi doctor I am Lily her daughter she got dizzy three times this week', 'Hi, doctor, I am Lily, her daughter. She got dizzy three times this week.');
    await s.wait(150);
    await s.say('a8', MARGARET, 'Mostly when I stand up', 'Mostly when I stand up.');
    await s.wait(150);
    await s.say('a9', DR_OKAFOR, 'Thank you both let us lower the dose and recheck on Friday', 'Thank you both. Let us lower the dose and recheck on Friday.');
  },
  leave: hangUp,
  expected: [
    { speaker: DR_OKAFOR, role: 'clinician', text: 'Hello, Mrs. Chen, how are you feeling since we changed the blood pressure pills?' },
    { speaker: MARGARET, text: 'A little tired.' },
    { speaker: MARGARET, text: 'I have been taking them every morning but' },
    { speaker: DR_OKAFOR, role: 'clinician', text: 'Mrs. Chen, I think we lost you. I will wait a minute for you to reconnect.' },
    { speaker: MARGARET, text: 'Sorry, doctor, my internet cut out. I take them every morning, but they make me dizzy.' },
    { speaker: DR_OKAFOR, role: 'clinician', text: 'How often does the dizziness happen?' },
    { speaker: LILY, text: 'Hi, doctor, I am Lily, her daughter. She got dizzy three times this week.' },
    { speaker: MARGARET, text: 'Mostly when I stand up.' },
    { speaker: DR_OKAFOR, role: 'clinician', text: 'Thank you both. Let us lower the dose and recheck on Friday.' },
  ],
  forbidden: FORBIDDEN_COMMON,
};

// ---------------------------------------------------------------------------------------------
// 3. Spouse leaves mid-call while the others continue (chat panel closed-captions list).
// ---------------------------------------------------------------------------------------------
const DR_RAMAN = 'Dr. Priya Raman';
const WALTER = 'Walter Grant';
const EVELYN = 'Evelyn Grant';

const ccSidePanel = `
<div id="sideToolbarContainer" class="css-5x1kqd-container">
  <div role="tablist" class="css-7c2m0r-tabs">
    <button role="tab" aria-selected="false" id="chat-tab" class="css-p1z8w3-tab">Messages</button>
    <button role="tab" aria-selected="true" id="cc-tab" class="css-p1z8w3-tab">Closed captions</button>
  </div>
  <div id="chat-conversation-container" role="tabpanel" hidden>
    <div id="chatconversation">
      <div class="chatmessage-wrapper"><div class="chatmessage"><div class="display-name">${EVELYN}</div><div class="usermessage">Pharmacy fax is 555 0199</div><div class="timestamp">13:58</div></div></div>
    </div>
  </div>
  <div id="subtitles-messages-container" role="tabpanel" class="css-8n3kq1-container">
    <div id="subtitles-messages-list" class="css-0b7r2x-messagesList"></div>
  </div>
</div>`;

/**
 * Tests: a three-party visit (clinician = local user, patient, his wife on her own device) read from
 * the chat panel's closed-captions list (§6 newer builds: `#subtitles-messages-container` ›
 * `#subtitles-messages-list`, hashed classes, items [name?][content][time]). The wife leaves mid-call
 * (tile removed, "left the meeting" toast) and the transcriber's final for her goodbye lands after she
 * has gone; the patient and clinician carry on. Her items stay in the list as history.
 * Also: the patient speaks two consecutive messages, the second without a name (it must inherit his);
 * an interim word is re-spelled by the final ("coffin" → "coughing"); the time column, the tab labels
 * and the hidden chat tab's message are not captions.
 * Assumptions (research silent): on-stage subtitles are not rendered while the CC tab is open (no
 * `.transcription-subtitles` in this page); the panel markup/grouping described on class CCPanel; the
 * item's content text node grows in place from interim to final.
 */
const spouseLeaves: Scenario = {
  name: 'jitsi CC panel: spouse leaves mid-call while patient and clinician continue',
  url: 'https://meet.jit.si/AsthmaCheckInGrant',
  selfNames: [DR_RAMAN],
  body: conferencePage(tile('4a8e2c19', WALTER) + tile('93b0f6d2', EVELYN) + localTile(DR_RAMAN), ccSidePanel),
  async play(p) {
    const s = new CCPanel(p);
    await s.say('c1', DR_RAMAN, 'Hi Walter hi Evelyn how has the new inhaler been working', 'Hi, Walter. Hi, Evelyn. How has the new inhaler been working?');
    await s.wait(200);
    await s.say('c2', WALTER, 'Better during the day but I still wake up coffin at night', 'Better during the day, but I still wake up coughing at night.');
    await s.wait(250);
    await s.say('c3', WALTER, 'Maybe twice a week', 'Maybe twice a week.');
    await s.wait(150);
    await s.say('c4', EVELYN, 'It is more like four nights a week honestly', 'It is more like four nights a week, honestly.');
    await s.wait(200);
    await s.say('c5', DR_RAMAN, 'Thank you Evelyn Walter do you use it before bed', 'Thank you, Evelyn. Walter, do you use it before bed?');
    await s.wait(150);
    await s.say('c6', EVELYN, 'Sorry I have to go pick up our grandson bye Walter');
    await s.wait(150);
    removeTile(p, '93b0f6d2');
    s.toast(`${EVELYN} left the meeting`);
    await s.wait(250);
    s.set('c6', EVELYN, 'Sorry, I have to go pick up our grandson. Bye, Walter.'); // final after she left
    await s.wait(400);
    await s.say('c7', WALTER, 'No only in the morning', 'No, only in the morning.');
    await s.wait(200);
    await s.say('c8', DR_RAMAN, 'Let us add a dose at bedtime and check again in two weeks', 'Let us add a dose at bedtime and check again in two weeks.');
    await s.wait(150);
    await s.say('c9', WALTER, 'Okay will do', 'Okay, will do.');
    await s.wait(150);
    await s.say('c10', DR_RAMAN, 'Take care Walter', 'Take care, Walter.');
  },
  leave: hangUp,
  expected: [
    { speaker: DR_RAMAN, role: 'clinician', text: 'Hi, Walter. Hi, Evelyn. How has the new inhaler been working?' },
    { speaker: WALTER, text: 'Better during the day, but I still wake up coughing at night.' },
    { speaker: WALTER, text: 'Maybe twice a week.' },
    { speaker: EVELYN, text: 'It is more like four nights a week, honestly.' },
    { speaker: DR_RAMAN, role: 'clinician', text: 'Thank you, Evelyn. Walter, do you use it before bed?' },
    { speaker: EVELYN, text: 'Sorry, I have to go pick up our grandson. Bye, Walter.' },
    { speaker: WALTER, text: 'No, only in the morning.' },
    { speaker: DR_RAMAN, role: 'clinician', text: 'Let us add a dose at bedtime and check again in two weeks.' },
    { speaker: WALTER, text: 'Okay, will do.' },
    { speaker: DR_RAMAN, role: 'clinician', text: 'Take care, Walter.' },
  ],
  forbidden: [...FORBIDDEN_COMMON, '14:0', '13:58', 'Closed captions', 'Messages', '555 0199', 'Pharmacy fax'],
};

export const jitsiScenarios: Scenario[] = [interpreterRelay, dropAndRejoin, spouseLeaves];
