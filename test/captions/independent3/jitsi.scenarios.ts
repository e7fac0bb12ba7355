// Jitsi Meet caption scenarios (independent3), written blind from
// /work/shared/research/caption-platforms.md only (no product code, fixtures or other scenarios).
//
// What the doc says about Jitsi (§6, §1, §7) and what these pages are built from:
// - subtitles container `<div class="transcription-subtitles">`, with the class `lifted` when there is
//   only one participant;
// - one `<p>` per transcript message id, each with a `<span>` whose single text is
//   `"<participantName>: " + (final || stable + unstable)`: the name is inline, with a colon;
// - the interim text (stable + unstable) is replaced by the final text in the same paragraph;
// - newer builds also list the subtitles in the chat side panel, `#subtitles-messages-container` /
//   `#subtitles-messages-list`, hashed classes, items `[name?][content][time]`;
// - white-label telehealth apps embed Jitsi and keep its UI kit (§7).
// The rest of the call page (conference root, large video, filmstrip with display names, toolbox with
// the hang-up button, chat, notifications, the page shown after leaving) is ordinary Jitsi Meet web UI.
// The doc gives no rule for recognising self-hosted/white-label hosts, so every page is on meet.jit.si.
// Retention: each finished line stays a few seconds and is then removed (oldest first, from the top),
// so only the last few lines are on screen; when none is left the container itself goes away and a new
// one is created for the next line (§9: root removed, then a new root node).
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

const HOST = 'https://meet.jit.si';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------------
// Page markup

interface ChatMsg {
  from: string;
  text: string;
  time: string;
}

interface CallOpts {
  room: string;
  self: string;
  others: string[];
  chat?: ChatMsg[];
  /** CC toolbar button pressed (subtitles requested). */
  subtitlesOn?: boolean;
  timer?: string;
  /** Side panel HTML instead of the chat panel. */
  side?: string;
}

const ICON = '<svg fill="none" height="22" width="22" viewBox="0 0 24 24"><path d="M0 0h24v24H0z"></path></svg>';

function tbButton(label: string, extra = '', iconClass = 'toolbox-icon'): string {
  return `<div aria-label="${esc(label)}" ${extra} class="toolbox-button" role="button" tabindex="0"><div class="${iconClass}">${ICON}</div></div>`;
}

function remoteTile(name: string, i: number): string {
  return `<span class="videocontainer display-video" id="participant_7f3a9c${i}e"><div class="videocontainer__background"></div><div class="videocontainer__toolbar"><div class="audioindicator-container"></div></div><div class="displayNameContainer"><span class="displayname" id="participant_7f3a9c${i}e_name">${esc(name)}</span></div><div class="avatar-container"><div class="avatar avatar-initials">${esc(initials(name))}</div></div></span>`;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function chatPanel(msgs: ChatMsg[]): string {
  const items = msgs
    .map(
      (m) =>
        `<div class="chat-message-group remote"><div class="chatmessage-wrapper"><div class="chatmessage"><div class="replywrapper"><div class="messagecontent"><div class="display-name">${esc(m.from)}</div><div class="usermessage">${esc(m.text)}</div></div></div></div><div class="timestamp">${esc(m.time)}</div></div></div>`,
    )
    .join('');
  return `<div class="sideToolbarContainer" id="sideToolbarContainer"><div class="chat-panel" id="chat-panel"><div class="chat-header"><div class="chat-header-title" role="heading" aria-level="1">Messages</div><div aria-label="Close" class="jitsi-icon" role="button" tabindex="0">${ICON}</div></div><div id="chat-conversation-container"><div aria-labelledby="chat-header" id="chatconversation" aria-live="polite">${items}</div></div><div class="chat-input-container"><textarea id="usermsg" placeholder="Type a message"></textarea><div aria-label="Send" role="button" class="send-button">${ICON}</div></div></div></div>`;
}

function conference(o: CallOpts): string {
  const tiles = o.others.map((n, i) => remoteTile(n, i)).join('');
  const side = o.side ?? (o.chat ? chatPanel(o.chat) : '');
  return `<div id="react" role="main"><div id="layout_wrapper">${side}
<div class="videocontainer" id="videoconference_page">
  <div class="subject visible" id="subject"><div class="subject-info-container"><div class="subject-text">${esc(o.room)}</div><span class="subject-timer">${o.timer ?? '00:41'}</span></div></div>
  <div id="videospace">
    <div class="videocontainer" id="largeVideoContainer">
      <div id="sharedVideo"></div>
      <div id="largeVideoBackgroundContainer"></div>
      <div id="largeVideoElementsContainer"><div id="largeVideoWrapper"><video autoplay="" id="largeVideo" muted="" playsinline=""></video></div></div>
    </div>
    <div class="filmstrip">
      <div class="filmstrip__videos" id="remoteVideos"><div id="filmstripRemoteVideos"><div id="filmstripRemoteVideosContainer">${tiles}</div></div></div>
      <div class="filmstrip__videos" id="filmstripLocalVideo"><div id="filmstripLocalVideoThumbnail"><span class="videocontainer" id="localVideoContainer"><div class="videocontainer__toolbar"></div><div class="displayNameContainer"><span class="displayname" id="localDisplayName">${esc(o.self)} (me)</span></div><video autoplay="" id="localVideo_container" muted="" playsinline=""></video></span></div></div>
    </div>
  </div>
  <div id="notifications-container"></div>
  <div class="new-toolbox visible" id="new-toolbox"><div class="toolbox-content"><div class="toolbox-content-wrapper"><div class="toolbox-content-items">
    ${tbButton('Mute microphone', 'aria-pressed="false"')}
    ${tbButton('Stop camera', 'aria-pressed="false"')}
    ${tbButton('Start screen sharing', 'aria-pressed="false"')}
    ${tbButton('Open chat', `aria-pressed="${o.chat || o.side ? 'true' : 'false'}"`)}
    ${tbButton('Raise your hand', 'aria-pressed="false"')}
    ${tbButton('Toggle subtitles', `aria-pressed="${o.subtitlesOn === false ? 'false' : 'true'}" id="subtitles-toggle"`)}
    ${tbButton('More actions', 'aria-expanded="false" aria-haspopup="true"')}
    ${tbButton('Leave the meeting', '', 'hangup-button toolbox-icon')}
  </div></div></div></div>
</div>
</div></div>`;
}

const WELCOME = `<div class="welcome with-welcome-tabs" id="welcome_page"><div class="header"><div class="header-container"><h1 class="header-text-title">Secure and high quality meetings</h1><span class="header-text-subtitle">Video conferencing that is free for everyone.</span><div id="enter_room"><div class="join-meeting-container"><div class="enter-room-input-container"><form><input aria-label="Meeting name input" autofocus="" class="enter-room-input" id="enter_room_field" placeholder="Start a new meeting" type="text" value=""></form></div><button aria-disabled="false" aria-label="Start meeting" class="welcome-page-button" id="enter_room_button" tabindex="0" type="button">Start meeting</button></div></div></div></div><div class="welcome-tabs welcome-card welcome-card--blue"><div role="tablist"><div role="tab" aria-selected="true">Recent meetings</div></div></div></div>`;

const LEFT_PAGE = `<div class="css-leave-reason-page" id="leave-reason-page"><div class="css-leave-content"><h2 class="css-leave-title">You have left the meeting</h2><button aria-label="Rejoin meeting" class="css-button primary" type="button">Rejoin meeting</button></div></div>`;

/** meet.jit.si after hang-up: the conference unmounts and the app goes to the welcome page at "/". */
function leaveToWelcome(p: Page): void {
  q(p.doc, '#react').innerHTML = WELCOME;
  p.win.history.replaceState(null, '', '/');
}

/** Deployments without a welcome page: the conference unmounts and the leave page replaces it. */
function leaveToLeftPage(p: Page): void {
  q(p.doc, '#react').innerHTML = LEFT_PAGE;
}

function notify(p: Page, text: string, testId: string): HTMLElement {
  const n = el(
    p.doc,
    `<div class="notification" data-testid="${testId}" role="alert"><div class="css-notification-content"><span class="css-notification-title">${esc(text)}</span></div><div aria-label="Close" role="button" tabindex="0">${ICON}</div></div>`,
  );
  q(p.doc, '#notifications-container').appendChild(n);
  return n;
}

// ---------------------------------------------------------------------------------------------------
// Subtitles driver: one <p><span>"Name: text"</span></p> per transcript message (§6).

interface Line {
  name: string;
  para: HTMLElement;
  t: Text;
  /** The same message in the chat panel's subtitles list, if that list is open. */
  mirror?: Text;
}

class Subtitles {
  private pending: Promise<void>[] = [];
  /** Only one participant in the call: the container carries `lifted` (§6). */
  lifted = false;
  /** Mirror every message into `#subtitles-messages-list` (newer builds, §6). */
  panel = false;
  time = '14:07';
  private lastPanelSpeaker: string | undefined;

  constructor(
    private p: Page,
    private keepMs = 3000,
    private step = 110,
  ) {}

  box(): HTMLElement {
    const doc = this.p.doc;
    const found = doc.querySelector<HTMLElement>('.transcription-subtitles');
    if (found) return found;
    const b = el<HTMLElement>(doc, `<div class="transcription-subtitles${this.lifted ? ' lifted' : ''}"></div>`);
    q(doc, '#largeVideoContainer').appendChild(b);
    return b;
  }

  setLifted(on: boolean): void {
    this.lifted = on;
    const b = this.p.doc.querySelector<HTMLElement>('.transcription-subtitles');
    if (b) b.className = on ? 'transcription-subtitles lifted' : 'transcription-subtitles';
  }

  /** A new transcript message appears with its first interim words. */
  open(name: string, first: string): Line {
    const doc = this.p.doc;
    const para = el(doc, '<p><span></span></p>');
    const t = doc.createTextNode(`${name}: ${first}`);
    q(para, 'span').appendChild(t);
    this.box().appendChild(para);
    const line: Line = { name, para, t };
    if (this.panel) {
      const showName = this.lastPanelSpeaker !== name;
      this.lastPanelSpeaker = name;
      const item = el(
        doc,
        `<div class="css-1h6b1o4-subtitleMessage">${showName ? `<div class="css-9vkz3q-name">${esc(name)}</div>` : ''}<div class="css-5g0sp2-content"></div><div class="css-q1f8wl-timestamp">${esc(this.time)}</div></div>`,
      );
      const mt = doc.createTextNode(first);
      q(item, '.css-5g0sp2-content').appendChild(mt);
      q(doc, '#subtitles-messages-list').appendChild(item);
      line.mirror = mt;
    }
    return line;
  }

  /** Rewrites the message text in place (interim stable+unstable, or the final). */
  set(line: Line, text: string): void {
    line.t.data = `${line.name}: ${text}`;
    if (line.mirror) line.mirror.data = text;
  }

  /** Grows the interim text word by word from what is shown now up to `text`. */
  async more(line: Line, text: string, step = this.step): Promise<void> {
    if (line.mirror) {
      const words = text.split(' ');
      const have = line.mirror.data.split(' ').length;
      for (let i = have + 1; i <= words.length; i++) {
        this.set(line, words.slice(0, i).join(' '));
        await this.p.sleep(step);
      }
      return;
    }
    await grow(this.p, line.t, `${line.name}: ${text}`, undefined, step, line.t.data.split(' ').length);
  }

  /** The final result replaces the interim text in the same paragraph; the line leaves `keepMs` later. */
  finish(line: Line, final: string, keepMs = this.keepMs): void {
    this.set(line, final);
    this.pending.push(this.p.sleep(keepMs).then(() => this.drop(line)));
  }

  drop(line: Line): void {
    const box = line.para.parentElement;
    line.para.remove();
    // With no transcript left the Captions component renders nothing: the container goes too.
    if (box && !box.querySelector('p')) box.remove();
  }

  /** One whole message: first word, interim growth, then the final. */
  async say(name: string, interim: string, final: string, keepMs = this.keepMs): Promise<Line> {
    const words = interim.split(' ');
    const line = this.open(name, words[0]!);
    await this.p.sleep(this.step);
    await this.more(line, interim);
    this.finish(line, final, keepMs);
    await this.p.sleep(this.step);
    return line;
  }

  /** A short message that arrives already final (no interim). */
  async blurt(name: string, final: string, keepMs = this.keepMs): Promise<Line> {
    const line = this.open(name, final);
    this.finish(line, final, keepMs);
    await this.p.sleep(this.step);
    return line;
  }

  /** Waits until every finished line has timed out (and the container is gone). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }
}

function who(self: string, patient: string) {
  return {
    c: (text: string): Expected => ({ speaker: self, role: 'clinician', text }),
    pt: (text: string): Expected => ({ speaker: patient, role: 'patient', text }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Scenarios

// §6 (interim stable+unstable replaced by the final in the same <p>), §1. A two-person visit on
// meet.jit.si; the patient's interim mis-hears a word ("cost" → "cough") before the final; the patient
// gets two consecutive messages; the conference timer ticks; chat is open with a message.
const s1 = (() => {
  const self = 'Dr. Priya Raman';
  const pat = 'Tomás Ortega';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: interim lines refined to finals in a two-person visit',
    url: `${HOST}/RiverbendFamilyClinic-Raman`,
    selfNames: [self],
    body: conference({
      room: 'RiverbendFamilyClinic-Raman',
      self,
      others: [pat],
      timer: '04:10',
      chat: [{ from: pat, text: 'running two minutes late, sorry!', time: '10:02' }],
    }),
    async play(p) {
      const s = new Subtitles(p);
      const timer = q(p.doc, '.subject-timer');
      await p.sleep(200);
      await s.say(self, 'so what brings you in today', 'So, what brings you in today?');
      timer.textContent = '04:11';
      await p.sleep(400);
      const l = s.open(pat, "i've");
      await p.sleep(110);
      await s.more(l, "i've had this cost");
      s.set(l, "i've had this cough for about two weeks");
      await p.sleep(110);
      await s.more(l, "i've had this cough for about two weeks now and it's worse at night");
      s.finish(l, "I've had this cough for about two weeks now, and it's worse at night.");
      await p.sleep(110);
      timer.textContent = '04:13';
      await p.sleep(350);
      await s.say(self, 'any fever or chills', 'Any fever or chills?');
      await p.sleep(300);
      await s.say(pat, 'no fever', 'No fever.');
      await p.sleep(250);
      await s.say(pat, 'just really tired', 'Just really tired.');
      timer.textContent = '04:15';
      await p.sleep(400);
      await s.say(self, "okay let's listen to your lungs in a moment", "Okay. Let's listen to your lungs in a moment.");
      await s.settle();
    },
    leave: leaveToWelcome,
    expected: [
      c('So, what brings you in today?'),
      pt("I've had this cough for about two weeks now, and it's worse at night."),
      c('Any fever or chills?'),
      pt('No fever.'),
      pt('Just really tired.'),
      c("Okay. Let's listen to your lungs in a moment."),
    ],
    forbidden: ['Tomás Ortega:', 'Dr. Priya Raman:', 'running two minutes late', '04:1', 'Messages', 'Type a message'],
  };
  return sc;
})();

// §6 + §9 (two speakers alternating, retention: old lines removed). Quick back-and-forth with short
// acknowledgements, some arriving already final; each finished line is dropped from the top 2 s later,
// so only the last two or three paragraphs are on screen while new ones grow below them.
const s2 = (() => {
  const self = 'Dr. Sam Okafor';
  const pat = 'Beatriz Souza';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: quick back-and-forth, only the last lines stay on screen',
    url: `${HOST}/SleepClinicOkafor`,
    selfNames: [self],
    body: conference({ room: 'SleepClinicOkafor', self, others: [pat] }),
    async play(p) {
      const s = new Subtitles(p, 2000, 90);
      await p.sleep(200);
      await s.say(self, 'how many hours are you sleeping', 'How many hours are you sleeping?');
      await p.sleep(120);
      await s.say(pat, 'maybe five', 'Maybe five.');
      await p.sleep(100);
      await s.say(self, 'five', 'Five?');
      await p.sleep(80);
      await s.blurt(pat, 'Yeah.');
      await p.sleep(150);
      await s.say(self, 'and is that getting in the way of work', 'And is that getting in the way of work?');
      await p.sleep(100);
      await s.blurt(pat, 'Mm-hmm.');
      await p.sleep(350);
      await s.say(pat, 'a lot actually', 'A lot, actually.');
      await p.sleep(300);
      await s.blurt(self, 'Okay.');
      await p.sleep(200);
      await s.say(self, "so let's talk about what might help", "So let's talk about what might help.");
      await p.sleep(150);
      await s.blurt(pat, 'Sure.');
      await s.settle();
    },
    leave: leaveToWelcome,
    expected: [
      c('How many hours are you sleeping?'),
      pt('Maybe five.'),
      c('Five?'),
      pt('Yeah.'),
      c('And is that getting in the way of work?'),
      pt('Mm-hmm.'),
      pt('A lot, actually.'),
      c('Okay.'),
      c("So let's talk about what might help."),
      pt('Sure.'),
    ],
    forbidden: ['Beatriz Souza:', 'Dr. Sam Okafor:'],
  };
  return sc;
})();

// §6 (the name is inline, "<participantName>: " + text). The clinician's display name itself contains
// ": ", and the patient's words contain colons ("8:00", "said: take"), so neither the first nor the last
// colon is a safe split: the known names (self name, filmstrip names) have to decide.
const s3 = (() => {
  const self = 'Dr. Ada Lee: Cardiology';
  const pat = 'Marek Nowak';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: colon inside the clinician name and in the spoken text',
    url: `${HOST}/HeartFailureReview-Lee`,
    selfNames: [self],
    body: conference({ room: 'HeartFailureReview-Lee', self, others: [pat] }),
    async play(p) {
      const s = new Subtitles(p);
      await p.sleep(200);
      await s.say(self, 'good morning marek how have the new tablets been', 'Good morning, Marek. How have the new tablets been?');
      await p.sleep(400);
      await s.say(pat, 'fine i take them at 8:00 and again at 20:00', 'Fine. I take them at 8:00 and again at 20:00.');
      await p.sleep(250);
      await s.say(pat, 'the pharmacist said: take them with food', 'The pharmacist said: take them with food.');
      await p.sleep(400);
      await s.say(self, 'good and any dizziness when you stand up', 'Good. And any dizziness when you stand up?');
      await p.sleep(300);
      await s.say(pat, 'only once last tuesday', 'Only once, last Tuesday.');
      await s.settle();
    },
    leave: leaveToWelcome,
    expected: [
      c('Good morning, Marek. How have the new tablets been?'),
      pt('Fine. I take them at 8:00 and again at 20:00.'),
      pt('The pharmacist said: take them with food.'),
      c('Good. And any dizziness when you stand up?'),
      pt('Only once, last Tuesday.'),
    ],
    forbidden: ['Cardiology', 'Marek Nowak:'],
  };
  return sc;
})();

// §6 + §9 (captions off, then on: the root appears; then the root is removed; then a new root node)
// + §8.5 (re-attach when the root is re-mounted). Subtitles are off when the call is joined and turned
// on mid-conversation; after the first burst every line times out, the container disappears for a
// while (the toolbox also auto-hides), and the next burst comes in a brand-new container node.
const s4 = (() => {
  const self = 'Dr. Hannah Vogel';
  const pat = 'Jean-Luc Moreau';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: subtitles turned on late, container removed and re-created between bursts',
    url: `${HOST}/MedReviewVogel`,
    selfNames: [self],
    body: conference({
      room: 'MedReviewVogel',
      self,
      others: [pat],
      subtitlesOn: false,
      chat: [{ from: pat, text: 'is it ok if my daughter listens in?', time: '09:31' }],
    }),
    async play(p) {
      const s = new Subtitles(p, 1500);
      await p.sleep(700); // talking already, but nothing is shown: subtitles are off
      q(p.doc, '#subtitles-toggle').setAttribute('aria-pressed', 'true');
      await p.sleep(300);
      await s.say(pat, 'it started after i changed the dose', 'It started after I changed the dose.');
      await p.sleep(300);
      await s.say(self, 'the new dose of sertraline', 'The new dose of sertraline?');
      await p.sleep(250);
      await s.say(pat, 'yes the fifty milligram one', 'Yes, the fifty milligram one.');
      await s.settle(); // all lines gone, container removed
      q(p.doc, '#new-toolbox').className = 'new-toolbox';
      await p.sleep(900);
      await s.say(self, "okay we'll go back to twenty five for now", "Okay. We'll go back to twenty-five for now.");
      await p.sleep(300);
      await s.say(pat, "thank you that's a relief", "Thank you, that's a relief.");
      await s.settle();
    },
    leave: leaveToWelcome,
    expected: [
      pt('It started after I changed the dose.'),
      c('The new dose of sertraline?'),
      pt('Yes, the fifty milligram one.'),
      c("Okay. We'll go back to twenty-five for now."),
      pt("Thank you, that's a relief."),
    ],
    forbidden: ['my daughter', 'Jean-Luc Moreau:', 'Dr. Hannah Vogel:'],
  };
  return sc;
})();

// §6 (name inline before ": "). Accented, hyphenated clinician name; the patient's display name is the
// common word "Will", which also opens several of the lines ("Will: Will do."), so stripping the name
// by searching for it, rather than taking the prefix once, loses words. URL carries Jitsi hash config.
const s5 = (() => {
  const self = 'Dra. Inés Muñoz-Sáenz';
  const pat = 'Will';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: accented clinician name and a patient called Will',
    url: `${HOST}/RodillaSeguimiento-Munoz#config.startWithVideoMuted=false`,
    selfNames: [self],
    body: conference({ room: 'RodillaSeguimiento-Munoz', self, others: [pat] }),
    async play(p) {
      const s = new Subtitles(p, 2500);
      await p.sleep(200);
      await s.say(self, 'will how has the knee been since the injection', 'Will, how has the knee been since the injection?');
      await p.sleep(400);
      await s.say(pat, 'better but it still swells after a long walk', 'Better, but it still swells after a long walk.');
      await p.sleep(300);
      await s.say(pat, 'will the swelling go down on its own', 'Will the swelling go down on its own?');
      await p.sleep(400);
      await s.say(self, 'it should ice it for twenty minutes at a time', 'It should. Ice it for twenty minutes at a time.');
      await p.sleep(250);
      await s.say(pat, 'will do', 'Will do.');
      await p.sleep(300);
      await s.say(self, 'good see you in two weeks', 'Good. See you in two weeks.');
      await s.settle();
    },
    leave: leaveToWelcome,
    expected: [
      c('Will, how has the knee been since the injection?'),
      pt('Better, but it still swells after a long walk.'),
      pt('Will the swelling go down on its own?'),
      c('It should. Ice it for twenty minutes at a time.'),
      pt('Will do.'),
      c('Good. See you in two weeks.'),
    ],
    forbidden: ['Will: ', 'Muñoz-Sáenz:'],
  };
  return sc;
})();

// §6 (interim = stable + unstable, replaced in place; then the final) and §8.8/§8.9 (a rewrite that
// is not a prefix extension must replace, not append). The patient's interim mis-hears a word
// ("rest" → "chest"), drops its unstable tail (the text shrinks), holds still for a second mid-sentence,
// then grows again and is finalised with new punctuation; a later line changes its first word
// ("know" → "no"). Leaves through the leave page (no welcome page on this deployment).
const s6 = (() => {
  const self = 'Dr. Keith Brennan';
  const pat = 'Olga Petrenko';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: transcriber rewrites unstable words and shrinks before the final',
    url: `${HOST}/ChestPainTriage-Brennan`,
    selfNames: [self],
    body: conference({ room: 'ChestPainTriage-Brennan', self, others: [pat] }),
    async play(p) {
      const s = new Subtitles(p, 2500);
      await p.sleep(200);
      await s.say(self, 'where is the pain exactly', 'Where is the pain exactly?');
      await p.sleep(400);
      const l = s.open(pat, "it's");
      await p.sleep(110);
      await s.more(l, "it's in my rest");
      s.set(l, "it's in my chest");
      await p.sleep(110);
      await s.more(l, "it's in my chest on the left side when i");
      s.set(l, "it's in my chest on the left side"); // unstable part dropped
      await p.sleep(1000); // hesitation: the interim stays as it is
      await s.more(l, "it's in my chest on the left side when I climb the stairs");
      s.finish(l, "It's in my chest, on the left side, when I climb the stairs.");
      await p.sleep(400);
      await s.say(self, 'does it go into your arm or jaw', 'Does it go into your arm or jaw?');
      await p.sleep(300);
      const l2 = s.open(pat, 'know');
      await p.sleep(200);
      s.set(l2, 'no just');
      await p.sleep(110);
      await s.more(l2, 'no just the chest');
      s.finish(l2, 'No, just the chest.');
      await p.sleep(400);
      await s.say(self, "okay i'd like you to get an ecg today", "Okay, I'd like you to get an ECG today.");
      await s.settle();
    },
    leave: leaveToLeftPage,
    expected: [
      c('Where is the pain exactly?'),
      pt("It's in my chest, on the left side, when I climb the stairs."),
      c('Does it go into your arm or jaw?'),
      pt('No, just the chest.'),
      c("Okay, I'd like you to get an ECG today."),
    ],
    forbidden: ['Olga Petrenko:', 'Dr. Keith Brennan:', 'You have left the meeting', 'Rejoin meeting'],
  };
  return sc;
})();

// §6 (newer builds also list subtitles in the chat panel: `#subtitles-messages-container` /
// `#subtitles-messages-list`, hashed classes, items `[name?][content][time]`). The side panel is open
// on its captions tab and mirrors every message (the name only on the first of a same-speaker run,
// a time on every item) while the overlay shows the same lines: each turn must come out once, with
// no time stamps and no tab labels.
const s7 = (() => {
  const self = 'Dr. Ruth Adeyemi';
  const pat = 'Kofi Boateng';
  const { c, pt } = who(self, pat);
  const side = `<div class="css-1x9ahx2-container" id="sideToolbarContainer"><div class="css-7pb4rk-chatHeader"><span aria-level="1" role="heading">Messages</span><div aria-label="Close" role="button" tabindex="0">${ICON}</div></div><div class="css-wf9kjw-tabs" role="tablist"><div aria-selected="false" class="css-3n1t2f-tab" role="tab" tabindex="0">Chat</div><div aria-selected="true" class="css-3n1t2f-tab css-8zq2ob-selected" role="tab" tabindex="0">Closed captions</div></div><div class="css-0p9p0r-subtitlesContainer" id="subtitles-messages-container"><div class="css-4j8mzd-messagesList" id="subtitles-messages-list"></div></div></div>`;
  const sc: Scenario = {
    name: 'jitsi: captions list in the side panel mirrors the subtitles overlay',
    url: `${HOST}/DiabetesCheckin-Adeyemi`,
    selfNames: [self],
    body: conference({ room: 'DiabetesCheckin-Adeyemi', self, others: [pat], side }),
    async play(p) {
      const s = new Subtitles(p);
      s.panel = true;
      await p.sleep(200);
      await s.say(self, 'hi kofi can you hear me okay', 'Hi Kofi, can you hear me okay?');
      await p.sleep(400);
      await s.say(pat, 'yes i can hear you', 'Yes, I can hear you.');
      await p.sleep(250);
      await s.say(pat, 'sorry my camera is off', 'Sorry, my camera is off.');
      s.time = '14:08';
      await p.sleep(400);
      await s.say(self, "no problem let's start with your blood sugar readings", "No problem. Let's start with your blood sugar readings.");
      await p.sleep(300);
      await s.say(pat, 'mostly around one forty in the morning', 'Mostly around one forty in the morning.');
      await s.settle();
    },
    leave: leaveToWelcome,
    expected: [
      c('Hi Kofi, can you hear me okay?'),
      pt('Yes, I can hear you.'),
      pt('Sorry, my camera is off.'),
      c("No problem. Let's start with your blood sugar readings."),
      pt('Mostly around one forty in the morning.'),
    ],
    forbidden: ['14:07', '14:08', 'Closed captions', 'Kofi Boateng:', 'Dr. Ruth Adeyemi:'],
  };
  return sc;
})();

// §6 (`lifted` on the container while only one participant is in the call). The clinician is alone and
// speaks first (container `transcription-subtitles lifted`); the patient, whose Vietnamese name has
// stacked diacritics and ends in the common word "An", joins (tile, join notification) and the class
// drops `lifted` on the same node while the clinician's line is still shown. Leaves via the leave page.
const s8 = (() => {
  const self = 'Dr. Mei Tanaka';
  const pat = 'Nguyễn Văn An';
  const { c, pt } = who(self, pat);
  const sc: Scenario = {
    name: 'jitsi: clinician alone first (lifted), accented patient joins',
    url: `${HOST}/DermFollowUp-Tanaka`,
    selfNames: [self],
    body: conference({ room: 'DermFollowUp-Tanaka', self, others: [] }),
    async play(p) {
      const s = new Subtitles(p);
      s.lifted = true;
      await p.sleep(200);
      await s.say(self, "hello i'm online whenever you're ready", "Hello, I'm online whenever you're ready.");
      await p.sleep(900);
      q(p.doc, '#filmstripRemoteVideosContainer').appendChild(el(p.doc, remoteTile(pat, 0)));
      const n = notify(p, `${pat} joined the meeting`, 'notify.participantJoined');
      s.setLifted(false);
      await p.sleep(500);
      await s.say(pat, 'hi doctor sorry i was stuck in the lobby', 'Hi, doctor. Sorry, I was stuck in the lobby.');
      n.remove();
      await p.sleep(300);
      await s.say(self, "no worries an how's the rash on your arm", "No worries, An. How's the rash on your arm?");
      await p.sleep(300);
      await s.say(pat, "it's fading the cream is helping", "It's fading. The cream is helping.");
      await p.sleep(300);
      await s.say(self, 'great keep using it twice a day', 'Great. Keep using it twice a day.');
      await s.settle();
    },
    leave: leaveToLeftPage,
    expected: [
      c("Hello, I'm online whenever you're ready."),
      pt('Hi, doctor. Sorry, I was stuck in the lobby.'),
      c("No worries, An. How's the rash on your arm?"),
      pt("It's fading. The cream is helping."),
      c('Great. Keep using it twice a day.'),
    ],
    forbidden: ['joined the meeting', 'Nguyễn Văn An:', 'Dr. Mei Tanaka:', 'You have left the meeting'],
  };
  return sc;
})();

export const jitsiScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6, s7, s8];
