// Jitsi Meet scenarios for the blind caption set (round 6: names as real pages show them, and the
// noise real pages inject). Written only from /work/shared/research/caption-platforms.md (§1, §6, §8,
// §9) and the shared kit; no product code or fixtures were read.
//
// Platform model used (doc §6): the subtitles container is `div.transcription-subtitles` (plus
// `lifted` when the local user is alone); one `<p>` per transcript message id, each with one `<span>`
// whose text is "<participantName>: " + (final || stable + unstable). Interim text is replaced by the
// final in the same paragraph. Newer builds also list subtitles in the chat panel under
// `#subtitles-messages-container` / `#subtitles-messages-list`, hashed classes, items
// `[name?][content][time]`.
// Behaviour taken from the cited Jitsi source (AbstractCaptions/middleware, not spelled out in the
// doc): a message is removed 3 s after its last update, and the whole container is unmounted when no
// message is left (React renders null), so a later message mounts a NEW container node.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const REMOVE_AFTER_MS = 3000;

const room = (name: string) => `https://meet.jit.si/${name}`;

/** Jigasi interim hypotheses growing word by word (each one the full hypothesis so far). */
function words(text: string): string[] {
  const w = text.split(' ');
  return w.map((_, i) => w.slice(0, i + 1).join(' '));
}

interface Tile {
  id: string;
  /** What the filmstrip label shows (may be truncated or carry "(me)"). */
  label: string;
  /** Full name (title attribute, tooltips). */
  full: string;
  initials: string;
}

function tileHtml(t: Tile, local = false): string {
  return `<span id="${local ? 'localVideoContainer' : `participant_${t.id}`}" class="videocontainer${local ? '' : ' remote-video'}">
      <div class="avatar-container"><div class="avatar userAvatar"><div class="avatar-initials">${t.initials}</div></div></div>
      <div class="videocontainer__toptoolbar"><div class="connection-indicator"></div></div>
      <div class="displayNameContainer"><span class="displayname" ${local ? 'id="localDisplayName" ' : ''}title="${t.full}">${t.label}</span></div>
    </span>`;
}

/** The in-call page: conference root, stage, filmstrip, toolbox with the hangup button, side panel. */
function conference(opts: { self: Tile; remotes: Tile[]; stage?: string; side?: string; labels?: string }): string {
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="notifications-container" class="notifications-container"></div>
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="largeVideoWrapper"><video id="largeVideo" autoplay muted></video></div>
        <div class="stage-participant-label"><span class="displayname">${opts.stage ?? ''}</span></div>
      </div>
      <div class="top-indicators"><div class="circular-label-container">${opts.labels ?? ''}</div></div>
      <div class="reactions-animations-container"></div>
      <div class="filmstrip"><div id="remoteVideos"><div id="filmstripRemoteVideosContainer">
        ${opts.remotes.map((r) => tileHtml(r)).join('\n')}
        ${tileHtml(opts.self, true)}
      </div></div></div>
    </div>
    <div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
      <div class="toolbox-button" role="button" aria-label="Mute microphone" aria-pressed="false"></div>
      <div class="toolbox-button" role="button" aria-label="Stop camera" aria-pressed="false"></div>
      <div class="toolbox-button toggled" role="button" aria-label="Toggle subtitles" aria-pressed="true"></div>
      <div class="toolbox-button" role="button" aria-label="Open chat"></div>
      <div class="toolbox-button" role="button" aria-label="Raise your hand"></div>
      <div class="toolbox-button hangup-button" role="button" aria-label="Leave the meeting"></div>
    </div></div></div>
    ${opts.side ?? ''}
  </div>
</div>`;
}

/** Leaving: the conference unmounts and the app goes back to the welcome page at "/". */
function hangUp(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc.body.appendChild(
    el(p.doc, `<div id="welcome_page" class="welcome"><div class="header-text-title">Secure and high quality meetings</div><input id="enter_room_field" aria-label="Meeting name input"><button id="enter_room_button">Start meeting</button></div>`),
  );
  p.win.history.replaceState(null, '', '/');
}

/** A notification toast that disappears after `ms`. */
function toast(p: Page, title: string, description = '', ms = 2500) {
  const n = el(
    p.doc,
    `<div class="notification" role="alert" data-testid="notify.toast"><div class="title">${title}</div>${description ? `<div class="description">${description}</div>` : ''}<button aria-label="Close">×</button></div>`,
  );
  q(p.doc, '#notifications-container').appendChild(n);
  p.win.setTimeout(() => n.remove(), ms);
}

/** The subtitles list in the chat side panel of newer builds (§6): hashed classes, [name?][content][time]. */
class SubtitlesPanel {
  private lastName: string | null = null;
  private minute = 7;
  constructor(private p: Page) {}
  add(name: string, text: string) {
    const time = `14:${String(this.minute++).padStart(2, '0')}`;
    const nameDiv = name === this.lastName ? '' : `<div class="css-1q2w3e-name">${name}</div>`;
    this.lastName = name;
    q(this.p.doc, '#subtitles-messages-list').appendChild(
      el(this.p.doc, `<div class="css-9o8i7u-messageItem">${nameDiv}<div class="css-4r5t6y-content">${text}</div><div class="css-z1x2c3-timestamp">${time}</div></div>`),
    );
  }
}

/** The overlay subtitles (§6), driven message by message. */
class Subtitles {
  private box: HTMLElement | null = null;
  private readonly shown = new Set<HTMLElement>();
  private lifted: boolean;
  private readonly panel: SubtitlesPanel | undefined;
  constructor(
    private readonly p: Page,
    opts: { lifted?: boolean; panel?: SubtitlesPanel } = {},
  ) {
    this.lifted = opts.lifted ?? false;
    this.panel = opts.panel;
  }

  setLifted(v: boolean) {
    this.lifted = v;
    this.box?.classList.toggle('lifted', v);
  }

  private mount(para: HTMLElement) {
    if (this.box?.isConnected) {
      this.box.appendChild(para);
    } else {
      const box = el(this.p.doc, `<div class="transcription-subtitles${this.lifted ? ' lifted' : ''}"></div>`);
      box.appendChild(para);
      q(this.p.doc, '#videospace').appendChild(box);
      this.box = box;
    }
    this.shown.add(para);
  }

  private expire(para: HTMLElement) {
    this.p.win.setTimeout(() => {
      this.shown.delete(para);
      if (this.shown.size === 0) {
        this.box?.remove();
        this.box = null;
      } else {
        para.remove();
      }
    }, REMOVE_AFTER_MS);
  }

  /** One transcript message: "<name>: " + each interim hypothesis in turn, then the final. */
  async say(name: string, hyps: string[], final: string, stepMs = 100) {
    const doc = this.p.doc;
    const node = doc.createTextNode(`${name}: ${hyps[0] ?? ''}`);
    const para = el(doc, '<p><span></span></p>');
    para.firstElementChild!.appendChild(node);
    this.mount(para);
    for (const h of hyps.slice(1)) {
      await this.p.sleep(stepMs);
      node.data = `${name}: ${h}`;
    }
    await this.p.sleep(stepMs);
    node.data = `${name}: ${final}`;
    this.panel?.add(name, final);
    this.expire(para);
  }
}

// ---------------------------------------------------------------------------------------------------

const ANA = 'Dr. Ana Ruiz';
const JORDAN = 'Jordan Ellis (he/him)';

const pronouns: Scenario = {
  // §6: the participant name is inline before ": " — a name carrying pronouns must be split off whole.
  name: 'jitsi pronouns in the display name, doses and clock times in the text',
  url: room('RuizFollowUp-2291'),
  selfNames: [ANA],
  body: conference({
    self: { id: 'local', label: `${ANA} (me)`, full: ANA, initials: 'AR' },
    remotes: [{ id: 'a1b2c3', label: JORDAN, full: JORDAN, initials: 'JE' }],
    stage: JORDAN,
    side: `<div id="sideToolbarContainer" class="chat-panel"><div id="chatconversation">
      <div class="chat-message-group remote"><div class="chatmessage-wrapper"><div class="chatmessage">
        <div class="display-name">${JORDAN}</div><div class="usermessage">my pharmacy is the CVS on Elm St</div><div class="timestamp">09:58</div>
      </div></div></div></div>
      <textarea id="chat-input-messagebox" placeholder="Type a message"></textarea></div>`,
  }),
  async play(p) {
    const s = new Subtitles(p);
    toast(p, `${JORDAN} joined the meeting`);
    await p.sleep(400);
    await s.say(ANA, words('hi Jordan can you hear me okay'), 'Hi Jordan, can you hear me okay?');
    await p.sleep(500);
    await s.say(JORDAN, words('yeah I can hear you fine'), 'Yeah, I can hear you fine.');
    await p.sleep(600);
    await s.say(
      ANA,
      words('so the plan is amoxicillin five hundred milligrams twice a day'),
      'So the plan is amoxicillin 500 mg twice a day for 7 days.',
    );
    await p.sleep(500);
    await s.say(JORDAN, words('okay should I take it with food'), 'Okay. Should I take it with food?');
    await p.sleep(500);
    await s.say(ANA, words('yes with breakfast around 8 and with dinner around 6:30'), 'Yes, with breakfast around 8:00 and with dinner around 6:30.');
    await p.sleep(500);
    await s.say(JORDAN, words('got it thanks doctor'), 'Got it. Thanks, doctor.');
  },
  leave: hangUp,
  loose: true,
  expected: [
    { speaker: ANA, role: 'clinician', text: 'Hi Jordan, can you hear me okay?' },
    { speaker: [JORDAN, 'Jordan Ellis'], role: 'patient', text: 'Yeah, I can hear you fine.' },
    { speaker: ANA, role: 'clinician', text: 'So the plan is amoxicillin 500 mg twice a day for 7 days.' },
    { speaker: [JORDAN, 'Jordan Ellis'], role: 'patient', text: 'Okay. Should I take it with food?' },
    { speaker: ANA, role: 'clinician', text: 'Yes, with breakfast around 8:00 and with dinner around 6:30.' },
    { speaker: [JORDAN, 'Jordan Ellis'], role: 'patient', text: 'Got it. Thanks, doctor.' },
  ],
  forbidden: ['joined the meeting', '(me)', `${JORDAN}:`, `${ANA}:`, 'CVS on Elm', '09:58', 'Type a message'],
};

// ---------------------------------------------------------------------------------------------------

const BELL = 'Bell, Marcus T.';
const CHINWE_OLD = 'chinwe';
const CHINWE = 'Okafor, Chinwe';

const lastFirst: Scenario = {
  // §6: "<participantName>: " prefix — names with commas/periods, ": " inside the speech, and a
  // participant who renames mid-call (later messages carry the new participantName).
  name: 'jitsi "Last, First" names, a colon inside the speech, and a patient renaming mid-call',
  url: room('WoundCheck-Okafor'),
  selfNames: [BELL],
  body: conference({
    self: { id: 'local', label: `${BELL} (me)`, full: BELL, initials: 'BM' },
    remotes: [{ id: 'f00d42', label: CHINWE_OLD, full: CHINWE_OLD, initials: 'C' }],
    stage: CHINWE_OLD,
  }),
  async play(p) {
    const s = new Subtitles(p);
    await s.say(BELL, words('good morning is this Chinwe'), 'Good morning, is this Chinwe?');
    await p.sleep(500);
    await s.say(CHINWE_OLD, words('yes hi sorry let me fix my name'), 'Yes, hi. Sorry, let me fix my name.');
    await p.sleep(300);
    // The rename shows up in the filmstrip and on the stage label.
    for (const n of p.doc.querySelectorAll('#participant_f00d42 .displayname, .stage-participant-label .displayname')) {
      n.textContent = CHINWE;
      n.setAttribute('title', CHINWE);
    }
    q(p.doc, '#participant_f00d42 .avatar-initials').textContent = 'OC';
    await p.sleep(300);
    await s.say(
      BELL,
      words('no problem two things first keep the dressing dry second come back on the 14th at 9 15'),
      'No problem. Two things: first, keep the dressing dry; second, come back on the 14th at 9:15.',
    );
    await p.sleep(600);
    await s.say(CHINWE, words('okay the 14th at 9:15 works'), 'Okay, the 14th at 9:15 works.');
    await p.sleep(350);
    await s.say(CHINWE, words('my cell is 555 0142 if anything changes'), 'My cell is 555-0142 if anything changes.');
    await p.sleep(600);
    await s.say(BELL, words('perfect I will note that'), 'Perfect, I will note that.');
  },
  leave: hangUp,
  loose: true,
  expected: [
    { speaker: BELL, role: 'clinician', text: 'Good morning, is this Chinwe?' },
    { speaker: [CHINWE_OLD, CHINWE], role: 'patient', text: 'Yes, hi. Sorry, let me fix my name.' },
    { speaker: BELL, role: 'clinician', text: 'No problem. Two things: first, keep the dressing dry; second, come back on the 14th at 9:15.' },
    { speaker: [CHINWE_OLD, CHINWE], role: 'patient', text: 'Okay, the 14th at 9:15 works.' },
    { speaker: [CHINWE_OLD, CHINWE], role: 'patient', text: 'My cell is 555-0142 if anything changes.' },
    { speaker: BELL, role: 'clinician', text: 'Perfect, I will note that.' },
  ],
  forbidden: [`${BELL}:`, `${CHINWE}:`, `${CHINWE_OLD}:`, '(me)'],
};

// ---------------------------------------------------------------------------------------------------

const LENA = 'Dr. Lena Park';
const ROSA = 'Rosa Méndez (Guest)';
const TOMAS = 'Tomás Méndez (son)';

const threeWay: Scenario = {
  // §6: one <p> per message id, interim replaced by the final in place (here a cut-off interim whose
  // final is shorter), several paragraphs from different speakers visible at once.
  name: 'jitsi three-way call: accented guest names, back-channels, a cut-off start and restart',
  url: room('KneeReview-Mendez'),
  selfNames: [LENA],
  body: conference({
    self: { id: 'local', label: `${LENA} (me)`, full: LENA, initials: 'LP' },
    remotes: [
      { id: 'r05a11', label: ROSA, full: ROSA, initials: 'RM' },
      { id: 't0m4s2', label: TOMAS, full: TOMAS, initials: 'TM' },
    ],
    stage: ROSA,
  }),
  async play(p) {
    const s = new Subtitles(p);
    await s.say(LENA, words('Rosa how has the knee been since Friday'), 'Rosa, how has the knee been since Friday?');
    await p.sleep(500);
    await s.say(ROSA, words('better but it still hurts on the stairs'), 'Better, but it still hurts on the stairs.');
    await p.sleep(200);
    await s.say(LENA, ['mm', 'mm-hmm'], 'Mm-hmm.');
    await p.sleep(250);
    // Starts, stops mid-word; the recogniser finalises only what it is sure of, then she restarts.
    await s.say(ROSA, words("I've been taking the ibu"), "I've been taking the");
    await p.sleep(700);
    await s.say(
      ROSA,
      words("I've been taking the ibuprofen 400 milligrams every six hours"),
      "I've been taking the ibuprofen, 400 mg, every 6 hours.",
    );
    toast(p, `${TOMAS} would like to speak`, '', 2000);
    await p.sleep(600);
    await s.say(TOMAS, words('she takes it with food I make sure'), 'She takes it with food, I make sure.');
    await p.sleep(300);
    await s.say(LENA, ['right'], 'Right.');
    await p.sleep(450);
    await s.say(LENA, words('that is fine but no more than 2,400 mg a day'), 'That is fine, but no more than 2,400 mg a day.');
    await p.sleep(400);
    await s.say(ROSA, words('sí sí okay'), 'Sí, sí, okay.');
  },
  leave: hangUp,
  loose: true,
  expected: [
    { speaker: LENA, role: 'clinician', text: 'Rosa, how has the knee been since Friday?' },
    { speaker: [ROSA, 'Rosa Méndez'], text: 'Better, but it still hurts on the stairs.' },
    { speaker: LENA, role: 'clinician', text: 'Mm-hmm.' },
    { speaker: [ROSA, 'Rosa Méndez'], text: "I've been taking the" },
    { speaker: [ROSA, 'Rosa Méndez'], text: "I've been taking the ibuprofen, 400 mg, every 6 hours." },
    { speaker: [TOMAS, 'Tomás Méndez'], text: 'She takes it with food, I make sure.' },
    { speaker: LENA, role: 'clinician', text: 'Right.' },
    { speaker: LENA, role: 'clinician', text: 'That is fine, but no more than 2,400 mg a day.' },
    { speaker: [ROSA, 'Rosa Méndez'], text: 'Sí, sí, okay.' },
  ],
  forbidden: [`${LENA}:`, `${ROSA}:`, `${TOMAS}:`, 'would like to speak'],
};

// ---------------------------------------------------------------------------------------------------

const PRIYA = 'Dr. Priya Nair';
const SAM = 'Sam Okoye (they/them)';

const panelMirror: Scenario = {
  // §6 (newer builds): the same subtitles are also listed in the chat panel's subtitles list,
  // [name?][content][time] with hashed classes — each utterance must still be captured once.
  name: 'jitsi subtitles mirrored in the chat panel list, with timestamps, name-less follow-ups and chat',
  url: room('BPCheck-Okoye'),
  selfNames: [PRIYA],
  body: conference({
    self: { id: 'local', label: `${PRIYA} (me)`, full: PRIYA, initials: 'PN' },
    remotes: [{ id: '5a40c0', label: SAM, full: SAM, initials: 'SO' }],
    stage: SAM,
    side: `<div id="sideToolbarContainer" class="css-h7j8k9-chatPanel">
      <div role="tablist" class="css-a1s2d3-tabs">
        <button role="tab" aria-selected="false" id="chat-tab">Chat</button>
        <button role="tab" aria-selected="true" id="subtitles-tab">Subtitles</button>
      </div>
      <div id="chat-conversation-container" role="tabpanel" hidden>
        <div class="css-m3n4b5-messageGroup"><div class="css-v6c7x8-name">${SAM}</div>
          <div class="css-l9k8j7-content">sorry my camera froze for a sec</div><div class="css-g6f5d4-timestamp">14:05</div></div>
      </div>
      <div id="subtitles-messages-container" class="css-p1o2i3-container" role="tabpanel">
        <div id="subtitles-messages-list" class="css-u4y5t6-list"></div>
      </div>
    </div>`,
  }),
  async play(p) {
    const s = new Subtitles(p, { panel: new SubtitlesPanel(p) });
    await s.say(PRIYA, words('your blood pressure today is 140 over 90'), 'Your blood pressure today is 140/90.');
    await p.sleep(500);
    await s.say(SAM, words('is that high'), 'Is that high?');
    await p.sleep(500);
    await s.say(
      PRIYA,
      words('it is a bit high your A1c is down 20 percent though to 7.2 percent'),
      'It is a bit high. Your A1c is down 20% though, to 7.2%.',
    );
    await p.sleep(350);
    await s.say(PRIYA, words('so the diet is working'), 'So the diet is working.');
    await p.sleep(500);
    await s.say(SAM, words('great I was worried about that'), 'Great, I was worried about that.');
    await p.sleep(500);
    await s.say(PRIYA, words("let's recheck in 3 weeks"), "Let's recheck in 3 weeks.");
    await p.sleep(400);
    await s.say(SAM, words('sounds good'), 'Sounds good.');
  },
  leave: hangUp,
  loose: true,
  expected: [
    { speaker: PRIYA, role: 'clinician', text: 'Your blood pressure today is 140/90.' },
    { speaker: [SAM, 'Sam Okoye'], role: 'patient', text: 'Is that high?' },
    { speaker: PRIYA, role: 'clinician', text: 'It is a bit high. Your A1c is down 20% though, to 7.2%.' },
    { speaker: PRIYA, role: 'clinician', text: 'So the diet is working.' },
    { speaker: [SAM, 'Sam Okoye'], role: 'patient', text: 'Great, I was worried about that.' },
    { speaker: PRIYA, role: 'clinician', text: "Let's recheck in 3 weeks." },
    { speaker: [SAM, 'Sam Okoye'], role: 'patient', text: 'Sounds good.' },
  ],
  forbidden: ['14:0', '14:1', 'camera froze', `${PRIYA}:`, `${SAM}:`, 'Subtitles'],
};

// ---------------------------------------------------------------------------------------------------

const KELLY = 'Kelly Brooks, RN';
const HASSAN = 'Hassan Al-Amin';
const hassanTile = () => tileHtml({ id: 'h4554n', label: HASSAN, full: HASSAN, initials: 'HA' });

const toasts: Scenario = {
  // §6 `lifted` while alone, plus §9's non-caption UI near the captions: join/leave toasts, recording
  // label, talk-while-muted, connection warnings, reactions — none of it is speech.
  name: 'jitsi toasts, labels and reactions around the subtitles; alone (lifted), join, drop and rejoin',
  url: room('FeverCall-AlAmin'),
  selfNames: [KELLY],
  body: conference({
    self: { id: 'local', label: `${KELLY} (me)`, full: KELLY, initials: 'KB' },
    remotes: [],
    stage: `${KELLY} (me)`,
    labels: '<div class="circular-label rec" aria-label="Recording">REC</div>',
  }),
  async play(p) {
    const s = new Subtitles(p, { lifted: true });
    const remotes = q(p.doc, '#filmstripRemoteVideosContainer');
    toast(p, 'Recording started', 'The meeting is being recorded.', 1500);
    await p.sleep(300);
    await s.say(KELLY, words("okay I'm in the room just waiting for Hassan"), "Okay, I'm in the room, just waiting for Hassan.");
    await p.sleep(800);

    remotes.prepend(el(p.doc, hassanTile()));
    s.setLifted(false);
    toast(p, `${HASSAN} joined the meeting`);
    await p.sleep(500);
    await s.say(HASSAN, words('hi sorry my connection was bad'), 'Hi, sorry, my connection was bad.');
    toast(p, 'Your connection is unstable', 'Video quality may be reduced.', 2000);
    await p.sleep(500);
    await s.say(KELLY, words('no problem how is the fever'), 'No problem. How is the fever?');
    await p.sleep(500);
    q(p.doc, '.reactions-animations-container').appendChild(el(p.doc, '<div class="reaction-emoji" aria-label="Thumbs up">👍</div>'));
    await s.say(HASSAN, words('it was 38.5 this morning and the cough is worse'), 'It was 38.5 this morning, and the cough is worse.');
    await p.sleep(300);
    toast(p, 'Trying to speak?', 'You are muted.', 1500);
    await p.sleep(900);
    await s.say(KELLY, words('sorry I was on mute are you using the inhaler'), 'Sorry, I was on mute. Are you using the inhaler?');
    await p.sleep(500);
    await s.say(HASSAN, words('yes 2 puffs 4 times a day'), 'Yes, 2 puffs 4 times a day.');
    await p.sleep(400);

    // He drops and comes back.
    q(p.doc, '#participant_h4554n').remove();
    s.setLifted(true);
    toast(p, `${HASSAN} left the meeting`, '', 1500);
    await p.sleep(1200);
    remotes.prepend(el(p.doc, hassanTile()));
    s.setLifted(false);
    toast(p, `${HASSAN} joined the meeting`);
    await p.sleep(500);
    await s.say(HASSAN, words('sorry I dropped did you hear me'), 'Sorry, I dropped. Did you hear me?');
    await p.sleep(500);
    await s.say(KELLY, words('yes I heard 2 puffs 4 times a day'), 'Yes, I heard: 2 puffs, 4 times a day.');
  },
  leave: hangUp,
  loose: true,
  expected: [
    { speaker: KELLY, role: 'clinician', text: "Okay, I'm in the room, just waiting for Hassan." },
    { speaker: HASSAN, role: 'patient', text: 'Hi, sorry, my connection was bad.' },
    { speaker: KELLY, role: 'clinician', text: 'No problem. How is the fever?' },
    { speaker: HASSAN, role: 'patient', text: 'It was 38.5 this morning, and the cough is worse.' },
    { speaker: KELLY, role: 'clinician', text: 'Sorry, I was on mute. Are you using the inhaler?' },
    { speaker: HASSAN, role: 'patient', text: 'Yes, 2 puffs 4 times a day.' },
    { speaker: HASSAN, role: 'patient', text: 'Sorry, I dropped. Did you hear me?' },
    { speaker: KELLY, role: 'clinician', text: 'Yes, I heard: 2 puffs, 4 times a day.' },
  ],
  forbidden: [
    'joined the meeting',
    'left the meeting',
    'Recording started',
    'being recorded',
    'REC',
    'You are muted',
    'Trying to speak',
    'connection is unstable',
    'Video quality',
    '👍',
    `${KELLY}:`,
    `${HASSAN}:`,
  ],
};

// ---------------------------------------------------------------------------------------------------

const SEUN = 'Dr. Oluwaseun Adeyemi-Hartmann';
const MAXI = 'Maximiliana Concepción de la Vega-Thornbury (Unverified)';

const bursts: Scenario = {
  // §6 one paragraph per message id; Jitsi drops a message 3 s after its last update and unmounts the
  // container when empty, so rapid short turns then a pause make a brand-new container node.
  name: 'jitsi very long display name (truncated in the filmstrip) and rapid short bursts across a container remount',
  url: room('HeartFailureTriage'),
  selfNames: [SEUN],
  body: conference({
    self: { id: 'local', label: 'Dr. Oluwaseun Adeyemi-Ha… (me)', full: SEUN, initials: 'OA' },
    remotes: [{ id: 'm4x1m1', label: 'Maximiliana Concepción de la V…', full: MAXI, initials: 'MV' }],
    stage: MAXI,
  }),
  async play(p) {
    const s = new Subtitles(p);
    const fast = 50;
    await s.say(SEUN, words('any chest pain'), 'Any chest pain?', fast);
    await p.sleep(180);
    await s.say(MAXI, ['no'], 'No.', fast);
    await p.sleep(200);
    await s.say(SEUN, words('shortness of breath'), 'Shortness of breath?', fast);
    await p.sleep(150);
    await s.say(MAXI, words('a little on stairs'), 'A little, on stairs.', fast);
    await p.sleep(200);
    await s.say(SEUN, words('since when'), 'Since when?', fast);
    await p.sleep(180);
    await s.say(MAXI, words('since Monday maybe Sunday'), 'Since Monday, maybe Sunday.', fast);
    // Quiet long enough for every paragraph, and then the container itself, to go away.
    await p.sleep(REMOVE_AFTER_MS + 800);
    await s.say(MAXI, words('also my ankles are swollen both of them'), 'Also my ankles are swollen, both of them.', 70);
    await p.sleep(250);
    await s.say(SEUN, words('okay that matters'), 'Okay, that matters.', fast);
    await p.sleep(200);
    await s.say(MAXI, words('is it the heart'), 'Is it the heart?', fast);
    await p.sleep(300);
    await s.say(SEUN, words("it could be so let's get an echo this week"), "It could be, so let's get an echo this week.", 70);
  },
  leave: hangUp,
  loose: true,
  expected: [
    { speaker: SEUN, role: 'clinician', text: 'Any chest pain?' },
    { speaker: [MAXI, 'Maximiliana Concepción de la Vega-Thornbury'], role: 'patient', text: 'No.' },
    { speaker: SEUN, role: 'clinician', text: 'Shortness of breath?' },
    { speaker: [MAXI, 'Maximiliana Concepción de la Vega-Thornbury'], role: 'patient', text: 'A little, on stairs.' },
    { speaker: SEUN, role: 'clinician', text: 'Since when?' },
    { speaker: [MAXI, 'Maximiliana Concepción de la Vega-Thornbury'], role: 'patient', text: 'Since Monday, maybe Sunday.' },
    { speaker: [MAXI, 'Maximiliana Concepción de la Vega-Thornbury'], role: 'patient', text: 'Also my ankles are swollen, both of them.' },
    { speaker: SEUN, role: 'clinician', text: 'Okay, that matters.' },
    { speaker: [MAXI, 'Maximiliana Concepción de la Vega-Thornbury'], role: 'patient', text: 'Is it the heart?' },
    { speaker: SEUN, role: 'clinician', text: "It could be, so let's get an echo this week." },
  ],
  forbidden: ['(Unverified):', 'de la V…', 'Adeyemi-Ha…', `${SEUN}:`, '(me)'],
};

export const jitsiScenarios: Scenario[] = [pronouns, lastFirst, threeWay, panelMirror, toasts, bursts];
