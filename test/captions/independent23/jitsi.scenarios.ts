// Round 23: Jitsi Meet blind scenarios — the edges of a call's life and of the caption settings.
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §0  Sources (JIT = jitsi/jitsi-meet `AbstractCaptions.tsx`)
//   §6  Jitsi Meet: `div.transcription-subtitles` (+ `lifted` with one participant), one `<p>` per
//       transcript message id holding one `<span>` whose text is `"<participantName>: " +
//       (final || stable + unstable)`; interim replaced by final in the same paragraph; newer builds
//       also list subtitles in the chat panel under `#subtitles-messages-container` /
//       `#subtitles-messages-list`, hashed classes, items `[name?][content][time]`.
//   §7  (Jitsi as the base of white-label telehealth apps)
//   §8  strategies 4/5/8/11 (characterData growth, re-attach when the root is replaced, per-element
//       identity, noise filters) — what these scenarios press on.
//   §9  fixture checklist (captions off → on → off → on with a NEW root; self speaker; noise).
//   §2.1 / §2.2 (Meet) only as the analogy for lobby order and CC toggling, see assumptions.
//
// The research is silent on Jitsi URLs, in-call markers, the lobby, the local user's label, caption
// toggling, language changes, breakout rooms and translation. Assumptions shared by all three
// scenarios (each scenario lists its own on top):
//   A1. Rooms live at `https://meet.jit.si/<RoomName>`.
//   A2. In-call markers are the conference page `#videoconference_page` with its toolbox
//       (`#new-toolbox`, a "Leave the meeting" button holding `.hangup-button`) and the filmstrip
//       tiles (`.displayname`). Hanging up unmounts the conference page and the app shows the
//       welcome page at `/` (leave()).
//   A3. The subtitles container is rendered only while subtitles are requested and a message exists:
//       it is created together with its first `<p>`, and removed when subtitles are switched off.
//       Switching them on again renders a NEW container node (as §2.2/§2.5.7 documents for Meet).
//   A4. React updates the span's single text node in place (characterData), so interim growth and
//       the final rewrite both arrive as text-node rewrites; the `<p>` carries no id attribute (the
//       message id is a React key only).
//   A5. The local user's own captions carry their display name (no "You" label is documented for
//       Jitsi); the local user is the clinician.
//   A6. Finished paragraphs expire a few seconds after their final text (removed from the container
//       while newer ones remain).
// Breakout rooms and translated captions are not documented for Jitsi, so they are not played here.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const SELF = 'Dr. Priya Raman';
const STEP = 100;

/** Cumulative interim texts for a final sentence: one more word each step, no punctuation yet.
 *  `slips[i]` shows a wrong (unstable) word at position i before the next step corrects it. */
function interims(final: string, slips: Record<number, string> = {}): string[] {
  const words = final.replace(/[.,?!¿¡]/g, '').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 1; i <= words.length; i++) {
    const w = words.slice(0, i);
    const slip = slips[i - 1];
    if (slip !== undefined) w[i - 1] = slip;
    out.push(w.join(' '));
  }
  return out;
}

function subtitles(p: Page): HTMLElement | null {
  return p.doc.querySelector<HTMLElement>('.transcription-subtitles');
}

/** Appends a message paragraph, creating the container with it when absent (A3). */
function attach(p: Page, para: HTMLElement, lifted = false): void {
  const box = subtitles(p);
  if (box) {
    box.appendChild(para);
    return;
  }
  const fresh = el(p.doc, `<div class="transcription-subtitles${lifted ? ' lifted' : ''}"></div>`);
  fresh.appendChild(para);
  q(p.doc, '#videospace').appendChild(fresh);
}

/** Expires old finished paragraphs, keeping the newest `keep` (A6). */
function expire(p: Page, keep: number): void {
  const box = subtitles(p);
  while (box && box.children.length > keep) box.firstElementChild!.remove();
}

/**
 * One transcript message: a new `<p><span>Name: …</span></p>` whose text node grows with
 * stable+unstable interim text, then is rewritten to the final text (or left interim when `final`
 * is null: captions switched off or the call dropped before the transcriber finalised it).
 */
async function message(p: Page, name: string, steps: string[], final: string | null, stepMs = STEP): Promise<HTMLElement> {
  const para = el(p.doc, '<p><span></span></p>');
  const node = p.doc.createTextNode(`${name}: ${steps[0] ?? ''}`);
  para.firstElementChild!.appendChild(node);
  attach(p, para);
  await p.sleep(stepMs);
  for (const s of steps.slice(1)) {
    node.data = `${name}: ${s}`;
    await p.sleep(stepMs);
  }
  if (final !== null) {
    node.data = `${name}: ${final}`;
    await p.sleep(stepMs);
  }
  return para;
}

/** The CC toolbar button's pressed state (Jitsi's closed-caption toggle). */
function ccButton(p: Page, on: boolean): void {
  const b = q(p.doc, '[aria-label="Toggle subtitles"]');
  b.setAttribute('aria-pressed', on ? 'true' : 'false');
  b.classList.toggle('toggled', on);
}

const TOOLBOX_HANGUP =
  '<div aria-label="Leave the meeting" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon hangup-button"><svg></svg></div></div>';
const TOOLBOX_CC =
  '<div aria-label="Toggle subtitles" aria-pressed="false" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon"><svg></svg></div></div>';

function conference(remote: { id: string; name: string }, opts: { cc: boolean; sidebar?: string } = { cc: true }): string {
  return `
<div id="videoconference_page">
  ${opts.sidebar ?? ''}
  <div id="videospace">
    <div id="largeVideoContainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay></video></div></div>
    <div class="filmstrip"><div id="remoteVideos">
      <span id="localVideoContainer" class="videocontainer"><span class="displayname" id="localDisplayName">${SELF} (me)</span></span>
      <span id="participant_${remote.id}" class="videocontainer"><span class="displayname">${remote.name}</span></span>
    </div></div>
  </div>
  <div id="new-toolbox" class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
    <div aria-label="Mute" aria-pressed="false" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon"><svg></svg></div></div>
    ${opts.cc ? TOOLBOX_CC : ''}
    ${TOOLBOX_HANGUP}
  </div></div></div>
</div>`;
}

/** Hang-up the way Jitsi does (A2): the conference page unmounts, the welcome page shows at `/`. */
function hangUp(p: Page): void {
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc.body.appendChild(el(p.doc, '<div id="welcome_page" class="welcome"><h1 class="header-text-title">Start a new meeting</h1></div>'));
  p.win.history.pushState({}, '', '/');
}

// ---------------------------------------------------------------------------------------------------

const lobbyLateCaptions: Scenario = {
  // Tests: the clinician waits in the lobby (no in-call markers yet), is admitted (conference page
  // with the hang-up button first, the CC button a moment later — the order §2.1 documents for Meet's
  // lobby, assumed for Jitsi), talks for a while with captions OFF (nothing in the DOM, so nothing
  // expected), and only then turns subtitles on: the container appears with its first paragraph.
  // Four turns with interim growth, one unstable word corrected, finals rewritten in place, and old
  // paragraphs expiring (A6). A chat message and the lobby text are distractors.
  // Extra assumptions: the Jitsi lobby ("knocking") screen is `#lobby-screen.premeeting-screen` and
  // has no toolbox; admission replaces it with the conference page.
  name: 'jitsi r23: lobby wait, admitted, subtitles turned on minutes in',
  url: 'https://meet.jit.si/CardioFollowUp-Park-0415',
  selfNames: [SELF],
  body: `
<div id="react">
  <div class="premeeting-screen" id="lobby-screen">
    <div class="content">
      <div class="title">Asking to join meeting...</div>
      <div class="lobby-screen-content">
        <div class="spinner"></div>
        <span class="joining-message">You can join as soon as someone lets you in</span>
      </div>
      <input class="field" value="${SELF}" readonly>
      <div role="button" aria-label="Cancel" class="action-btn secondary">Cancel</div>
    </div>
  </div>
</div>`,
  async play(p) {
    await p.sleep(1200); // waiting in the lobby
    // Admitted: lobby screen goes, conference page with the hang-up button mounts.
    p.doc.getElementById('lobby-screen')?.remove();
    p.doc.body.appendChild(el(p.doc, conference({ id: 'a81f2c', name: 'Helen Park' }, { cc: false })));
    await p.sleep(400);
    // The CC control appears a moment later.
    q(p.doc, '.toolbox-content-items').insertBefore(el(p.doc, TOOLBOX_CC), q(p.doc, '[aria-label="Leave the meeting"]'));
    await p.sleep(300);
    // Minutes of conversation without captions (compressed); a chat message arrives meanwhile.
    q(p.doc, '#videoconference_page').appendChild(
      el(
        p.doc,
        `<div id="sideToolbarContainer"><div id="chat-conversation-container"><div class="chatmessage-wrapper"><div class="chatmessage"><div class="display-name">Helen Park</div><div class="usermessage">My home readings are in the portal now</div><div class="timestamp">09:12</div></div></div></div></div>`,
      ),
    );
    await p.sleep(1500);
    // Subtitles on: the button toggles now, the container appears with the first message.
    ccButton(p, true);
    await p.sleep(300);

    const s1 = 'Hi doctor, the dizziness started again this morning when I stood up.';
    await message(p, 'Helen Park', interims(s1, { 3: 'dizzy' }), s1);
    await p.sleep(400);

    const s2 = 'Did you take the new blood pressure pill before breakfast?';
    await message(p, SELF, interims(s2), s2);
    await p.sleep(400);

    expire(p, 1);
    const s3 = 'Yes, I took it at seven with a glass of water.';
    await message(p, 'Helen Park', interims(s3, { 3: 'them' }), s3);
    await p.sleep(400);

    expire(p, 1);
    const s4 = 'Let us lower the dose and check your readings again on Friday.';
    await message(p, SELF, interims(s4), s4);
    await p.sleep(1500);
    expire(p, 1);
  },
  leave: hangUp,
  expected: [
    { speaker: 'Helen Park', text: 'Hi doctor, the dizziness started again this morning when I stood up.' },
    { speaker: SELF, role: 'clinician', text: 'Did you take the new blood pressure pill before breakfast?' },
    { speaker: 'Helen Park', text: 'Yes, I took it at seven with a glass of water.' },
    { speaker: SELF, role: 'clinician', text: 'Let us lower the dose and check your readings again on Friday.' },
  ],
  forbidden: ['Asking to join', 'lets you in', 'portal now', '09:12', 'Start a new meeting', 'Leave the meeting'],
};

// ---------------------------------------------------------------------------------------------------

const SIDEBAR_CC = `
  <div id="sideToolbarContainer" class="css-s1d3b4r-container">
    <div role="tablist" class="css-t4b5l1-tabs">
      <div role="tab" aria-selected="false" class="css-t4b0x2-tab">Chat</div>
      <div role="tab" aria-selected="true" class="css-t4b0x2-tab">Closed captions</div>
    </div>
    <div id="subtitles-messages-container" class="css-q8m2nd-container">
      <div id="subtitles-messages-list" class="css-w3k9pl-list"></div>
    </div>
  </div>`;

/** Newer builds mirror each subtitle in the side panel as `[name?][content][time]` (§6). */
function mirror(p: Page, name: string | null, content: string, time: string): void {
  const nameDiv = name ? `<div class="css-n7a2qe-name">${name}</div>` : '';
  q(p.doc, '#subtitles-messages-list').appendChild(
    el(
      p.doc,
      `<div class="css-g5h1ty-messageGroup">${nameDiv}<div class="css-c0n7e1-content">${content}</div><div class="css-t1m3s7-timestamp">${time}</div></div>`,
    ),
  );
}

async function pickLanguage(p: Page, label: string): Promise<void> {
  // The subtitles language dialog opens from the CC button, a language is picked, it closes.
  const dlg = el(
    p.doc,
    `<div role="dialog" aria-label="Select subtitles language" class="css-d1a9g0-modal"><div class="css-h3d2r0-title">Select subtitles language</div><ul class="css-l1s7t0-list"><li role="menuitemradio" aria-checked="false">Off</li><li role="menuitemradio" aria-checked="${label === 'English'}">English</li><li role="menuitemradio" aria-checked="${label === 'Spanish'}">Spanish</li></ul></div>`,
  );
  p.doc.body.appendChild(dlg);
  await p.sleep(500);
  dlg.remove();
  await p.sleep(300);
}

const languageSwitch: Scenario = {
  // Tests: the caption language changed mid-call, English → Spanish → English, with subtitles also
  // mirrored in the side panel's closed-captions list (§6, newer builds): every word once, not twice.
  // Spanish text with accents and ¿…? punctuation; a patient turn split over two consecutive
  // messages (two `<p>`, merged as one turn); an unstable word corrected mid-growth.
  // Extra assumptions (research silent): changing the subtitles language goes through a dialog and
  // leaves the container and its paragraphs in place — new messages simply arrive in the new
  // language; the side panel gets an item only once a message is final, and omits the name on a
  // same-speaker follow-up item.
  name: 'jitsi r23: caption language English to Spanish and back, side-panel mirror',
  url: 'https://meet.jit.si/OrthoClinic-Ortiz-2291',
  selfNames: [SELF],
  body: conference({ id: '5c0e9d', name: 'Lucía Ortiz' }, { cc: true, sidebar: SIDEBAR_CC }),
  async play(p) {
    await p.sleep(300);
    ccButton(p, true);
    await p.sleep(300);

    const e1 = 'Hello Lucía, I am turning on Spanish captions for you.';
    await message(p, SELF, interims(e1), e1);
    mirror(p, SELF, e1, '14:02');
    await p.sleep(300);

    await pickLanguage(p, 'Spanish');

    expire(p, 1);
    const s1 = 'Gracias doctora, me duele la rodilla derecha desde el domingo.';
    await message(p, 'Lucía Ortiz', interims(s1, { 5: 'rodeo' }), s1);
    mirror(p, 'Lucía Ortiz', s1, '14:02');
    await p.sleep(400);

    expire(p, 1);
    const s2 = 'Entiendo. ¿Puede doblarla sin dolor?';
    await message(p, SELF, interims(s2), s2);
    mirror(p, SELF, s2, '14:03');
    await p.sleep(400);

    expire(p, 1);
    const s3a = 'Solo un poco.';
    await message(p, 'Lucía Ortiz', interims(s3a), s3a);
    mirror(p, 'Lucía Ortiz', s3a, '14:03');
    await p.sleep(250);
    const s3b = 'Camino con dificultad por la mañana.';
    await message(p, 'Lucía Ortiz', interims(s3b), s3b);
    mirror(p, null, s3b, '14:03');
    await p.sleep(400);

    await pickLanguage(p, 'English');

    expire(p, 1);
    const e2 = 'Okay, I will order an x-ray of your right knee today.';
    await message(p, SELF, interims(e2, { 5: 'eggs' }), e2);
    mirror(p, SELF, e2, '14:04');
    await p.sleep(400);

    expire(p, 1);
    const e3 = 'Thank you, doctor.';
    await message(p, 'Lucía Ortiz', interims(e3), e3);
    mirror(p, 'Lucía Ortiz', e3, '14:04');
    await p.sleep(1200);
  },
  leave: hangUp,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Hello Lucía, I am turning on Spanish captions for you.' },
    { speaker: 'Lucía Ortiz', text: 'Gracias doctora, me duele la rodilla derecha desde el domingo.' },
    { speaker: SELF, role: 'clinician', text: 'Entiendo. ¿Puede doblarla sin dolor?' },
    { speaker: 'Lucía Ortiz', text: 'Solo un poco.' },
    { speaker: 'Lucía Ortiz', text: 'Camino con dificultad por la mañana.' },
    { speaker: SELF, role: 'clinician', text: 'Okay, I will order an x-ray of your right knee today.' },
    { speaker: 'Lucía Ortiz', text: 'Thank you, doctor.' },
  ],
  forbidden: ['14:02', '14:03', '14:04', 'Select subtitles language', 'Closed captions', 'Leave the meeting'],
};

// ---------------------------------------------------------------------------------------------------

const shortCallToggleDrop: Scenario = {
  // Tests: a very short call (three turns) that ends abruptly. Subtitles are switched off in the
  // middle of the patient's sentence (the container is removed with the paragraph still interim,
  // never finalised) and back on a moment later (a NEW container node, A3); words spoken while off
  // are not in the DOM and not expected. Then the patient's connection drops mid-sentence: the tile
  // goes, the container gets `lifted` (one participant left, §6), the last patient paragraph stays
  // interim forever. The clinician says one line and hangs up.
  // Extra assumptions (research silent): after subtitles come back on, the transcriber's text for
  // the ongoing sentence continues in a new message (new `<p>`) starting from what is said after
  // re-enabling, not a replay of the whole sentence; a dropped participant's last interim paragraph
  // stays on screen until the call ends.
  name: 'jitsi r23: three-turn call, subtitles off/on mid-sentence, patient drops, abrupt end',
  url: 'https://meet.jit.si/DermFollowUp-Webb-7731',
  selfNames: [SELF],
  body: conference({ id: 'e2b7a4', name: 'Marcus Webb' }, { cc: true }),
  async play(p) {
    await p.sleep(200);
    ccButton(p, true);
    await p.sleep(300);

    const t1 = 'Hi Marcus, can you hear me?';
    await message(p, SELF, interims(t1), t1);
    await p.sleep(400);

    // Patient starts; subtitles switched off mid-sentence.
    await message(p, 'Marcus Webb', interims('Yes the rash on my arm'), null);
    await p.sleep(150);
    ccButton(p, false);
    subtitles(p)?.remove();
    await p.sleep(1000); // "has gotten a bit worse and" — spoken while subtitles are off
    ccButton(p, true);
    await p.sleep(150);
    await message(p, 'Marcus Webb', interims('spread to my elbow overnight and it'), null);
    await p.sleep(200);

    // Connection drops mid-sentence: tile removed, container lifted, paragraph left interim.
    p.doc.getElementById('participant_e2b7a4')?.remove();
    subtitles(p)?.classList.add('lifted');
    await p.sleep(800);

    const t3 = 'Marcus, I think we lost you.';
    await message(p, SELF, interims(t3), t3);
    await p.sleep(300);
  },
  leave: hangUp,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Hi Marcus, can you hear me?' },
    { speaker: 'Marcus Webb', text: 'Yes the rash on my arm' },
    { speaker: 'Marcus Webb', text: 'spread to my elbow overnight and it' },
    { speaker: SELF, role: 'clinician', text: 'Marcus, I think we lost you.' },
  ],
  forbidden: ['gotten a bit worse', 'Leave the meeting', 'Start a new meeting', '(me)'],
};

export const jitsiScenarios: Scenario[] = [lobbyLateCaptions, languageSwitch, shortCallToggleDrop];
