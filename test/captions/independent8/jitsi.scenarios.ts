// Round 8 (independent8): the USER INTERACTING with a Jitsi Meet call page during a call (subtitles
// toggled off and on, participants pane, chat panel with the subtitles list, re-rendered caption
// container), and long-call behaviour. Written ONLY from /work/shared/research/caption-platforms.md
// and the runner's API (test/captions/independent/kit.ts, runner.ts). No product code or fixture
// was read.
//
// Research facts used (caption-platforms.md):
// - §6 Jitsi: <div class="transcription-subtitles"> (+ class `lifted` when there is only one
//   participant), one <p> per transcript message id, each with a <span> whose text is
//   "<participantName>: " + (final || stable + unstable); the interim text is replaced by the final
//   in the same paragraph. Newer builds also list subtitles in the chat panel under
//   #subtitles-messages-container / #subtitles-messages-list with hashed classes, items
//   [name?][content][time].
// - §8.4/§8.5 observers must survive a caption root that is replaced or re-mounted; §8.11 noise;
//   §9 checklist: captions off (root removed) → on again (a NEW root node), non-caption live regions.
//
// Page model (mine, where §6 is silent): the container exists only while there is at least one
// message to show; a final message stays on screen for ~3 s and is then removed; messages spoken
// while subtitles are off are not shown at all, but messages still within their display time are
// shown again when subtitles come back on. Interim text is lower case without punctuation; the final
// is cased and punctuated (scenarios compare loosely).
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const URL_BASE = 'https://meet.jit.si/';

function jitsiShell(self: string, other: string): string {
  return `<div id="react"><div id="layout_wrapper"><div id="videoconference_page">
<div id="videospace"><div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay></video></div></div>
<div class="filmstrip"><div id="remoteVideos" class="filmstrip__videos"><span class="videocontainer" id="participant_3f2a1b"><div class="displayNameContainer"><span class="displayname" id="participant_3f2a1b_name">${other}</span></div></span><span class="videocontainer" id="localVideoContainer"><div class="displayNameContainer"><span class="displayname" id="localDisplayName">${self} (me)</span></div></span></div></div>
</div>
<div id="notifications-host" class="css-1nw2ks8-container"></div>
<div class="new-toolbox visible" id="new-toolbox"><div class="toolbox-content"><div class="toolbox-content-wrapper"><div class="toolbox-content-items">
<div aria-label="Mute microphone" aria-pressed="false" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
<div aria-label="Stop subtitles" aria-pressed="true" class="toolbox-button" id="cc-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
<div aria-label="Open chat" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
<div aria-label="Open participants pane" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
<div aria-label="Leave the meeting" class="toolbox-button hangup-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
</div></div></div></div>
</div></div><div id="side-host"></div></div>`;
}

/** Hanging up: the conference page is torn down and the welcome page is shown. */
function jitsiLeave(doc: Document) {
  const react = q(doc, '#react');
  react.innerHTML =
    '<div class="welcome" id="welcome_page"><div class="header"><h1 class="header-text-title">Secure and high quality meetings</h1><input id="enter_room_field" placeholder="Start a new meeting" type="text"></div></div>';
}

const JITSI_UI = ['Stop subtitles', 'Start subtitles', 'Leave the meeting', 'joined the meeting', 'left the meeting', '(me)', 'Secure and high quality'];

const interimOf = (final: string) =>
  final
    .toLowerCase()
    .replace(/[¿?¡!.,;:]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface JMsg {
  id: string;
  name: string;
  text: string;
  p: HTMLElement | null;
  t: Text | null;
}

interface SayOpts {
  step?: number;
  /** The unstable tail first shows `word` at word index `at`, corrected on the next update. */
  wrong?: { at: number; word: string };
  /** Called after interim word i is on the page (i from 0). */
  onWord?: (i: number) => void;
  /** Display time of the final message. */
  keepMs?: number;
}

/** The subtitles overlay (§6), plus the optional chat-panel subtitles list. */
class JitsiSubs {
  private box: HTMLElement | null = null;
  private readonly msgs = new Map<string, JMsg>();
  private lifted = false;
  private enabled = true;
  private seq = 0;
  /** Final messages, in order, for the chat panel's subtitles list. */
  readonly finals: { name: string; text: string; time: string }[] = [];
  onFinal?: (m: { name: string; text: string; time: string }) => void;
  private minute: number;

  constructor(
    private readonly p: Page,
    private readonly host: () => HTMLElement,
    clock: string,
  ) {
    const [h, m] = clock.split(':').map(Number);
    this.minute = (h ?? 0) * 60 + (m ?? 0);
  }

  private get doc() {
    return this.p.doc;
  }

  private label(m: JMsg) {
    return `${m.name}: ${m.text}`;
  }

  private para(m: JMsg) {
    m.p = this.doc.createElement('p');
    const span = this.doc.createElement('span');
    m.t = this.doc.createTextNode(this.label(m));
    span.appendChild(m.t);
    m.p.appendChild(span);
    return m.p;
  }

  private build() {
    const box = el<HTMLElement>(this.doc, `<div class="transcription-subtitles${this.lifted ? ' lifted' : ''}"></div>`);
    for (const m of this.msgs.values()) box.appendChild(this.para(m));
    return box;
  }

  private sync() {
    const want = this.enabled && this.msgs.size > 0;
    if (!want) {
      if (this.box) {
        this.box.remove();
        this.box = null;
      }
      for (const m of this.msgs.values()) m.p = m.t = null;
      return;
    }
    if (!this.box) {
      this.box = this.build();
      this.host().appendChild(this.box);
      return;
    }
    for (const m of this.msgs.values()) {
      if (!m.p) this.box.appendChild(this.para(m));
      else if (m.t!.data !== this.label(m)) m.t!.data = this.label(m);
    }
  }

  /** The toolbar's subtitles button (its label flips). */
  setEnabled(on: boolean) {
    this.enabled = on;
    const b = this.doc.getElementById('cc-button');
    if (b) {
      b.setAttribute('aria-label', on ? 'Stop subtitles' : 'Start subtitles');
      b.setAttribute('aria-pressed', String(on));
    }
    this.sync();
  }

  setLifted(on: boolean) {
    this.lifted = on;
    this.box?.classList.toggle('lifted', on);
  }

  /** React re-mounts the captions component: a new container and new paragraphs, same texts. */
  rerender() {
    if (!this.box) return;
    const nb = this.build();
    this.box.replaceWith(nb);
    this.box = nb;
  }

  private set(id: string, name: string, text: string) {
    let m = this.msgs.get(id);
    if (!m) {
      m = { id, name, text, p: null, t: null };
      this.msgs.set(id, m);
    }
    m.text = text;
    this.sync();
  }

  private remove(id: string) {
    if (!this.msgs.delete(id)) return;
    try {
      this.sync();
      for (const p of [...(this.box?.children ?? [])]) if (![...this.msgs.values()].some((m) => m.p === p)) p.remove();
    } catch {
      // the window may already be closed at the end of a run
    }
  }

  /** One transcript message: interim growth (stable + unstable), then the final in place. */
  async say(name: string, final: string, o: SayOpts = {}) {
    const step = o.step ?? 60;
    const id = `msg-${++this.seq}`;
    const words = interimOf(final).split(' ');
    const heard = this.enabled; // while subtitles are off, nothing of this message reaches the page
    for (let i = 0; i < words.length; i++) {
      if (heard) {
        if (o.wrong && o.wrong.at === i) {
          this.set(id, name, [...words.slice(0, i), o.wrong.word].join(' '));
          await this.p.sleep(step);
        }
        this.set(id, name, words.slice(0, i + 1).join(' '));
      }
      o.onWord?.(i);
      await this.p.sleep(step);
    }
    if (!heard) return;
    this.set(id, name, final);
    const h = Math.floor(this.minute / 60);
    const rec = { name, text: final, time: `${String(h).padStart(2, '0')}:${String(this.minute % 60).padStart(2, '0')}` };
    this.finals.push(rec);
    this.onFinal?.(rec);
    setTimeout(() => this.remove(id), o.keepMs ?? 3000);
  }
}

/** The chat side panel (newer builds) with its Subtitles tab: a grouped list of final messages. */
class JitsiChatPanel {
  private root: HTMLElement | null = null;
  private list: HTMLElement | null = null;
  private lastName: string | null = null;

  constructor(
    private readonly doc: Document,
    private readonly chat: { name: string; text: string; time: string }[],
  ) {}

  openMessages() {
    const items = this.chat
      .map(
        (c) =>
          `<div class="chatmessage-wrapper"><div class="chatmessage css-k2l8m1-chatMessage"><div class="display-name">${c.name}</div><div class="usermessage">${c.text}</div><div class="timestamp">${c.time}</div></div></div>`,
      )
      .join('');
    this.root = el<HTMLElement>(
      this.doc,
      `<div id="sideToolbarContainer" class="css-8b7s2a-container"><div class="css-2m0f7x-chatHeader"><div class="css-q3a9sd-title">Chat</div><div aria-label="Close" role="button" tabindex="0"></div></div><div role="tablist" class="css-z1x2c3-tabs"><button role="tab" aria-selected="true" type="button">Messages</button><button role="tab" aria-selected="false" type="button">Subtitles</button></div><div id="chat-conversation-container" class="css-p0o9i8-chatConversationContainer"><div id="chatconversation">${items}</div></div><div class="css-r5t6y7-inputContainer"><textarea placeholder="Type a message"></textarea></div></div>`,
    );
    this.doc.getElementById('side-host')!.appendChild(this.root);
  }

  /** Switches to the Subtitles tab: the list is rendered with the history. */
  showSubtitles(history: { name: string; text: string; time: string }[]) {
    if (!this.root) return;
    const tabs = this.root.querySelectorAll('[role=tab]');
    tabs[0]?.setAttribute('aria-selected', 'false');
    tabs[1]?.setAttribute('aria-selected', 'true');
    this.root.querySelector('#chat-conversation-container')?.replaceWith(
      el<HTMLElement>(
        this.doc,
        '<div id="subtitles-messages-container" class="css-4f5g6h-container"><div id="subtitles-messages-list" class="css-7j8k9l-messagesList"></div></div>',
      ),
    );
    this.list = q<HTMLElement>(this.root, '#subtitles-messages-list');
    this.lastName = null;
    for (const m of history) this.add(m);
  }

  add(m: { name: string; text: string; time: string }) {
    if (!this.list) return;
    const withName = m.name !== this.lastName;
    this.lastName = m.name;
    this.list.appendChild(
      el<HTMLElement>(
        this.doc,
        `<div class="css-a1s2d3-subtitleMessage">${withName ? `<div class="css-f4g5h6-name">${m.name}</div>` : ''}<div class="css-j7k8l9-content">${m.text}</div><div class="css-z0x9c8-timestamp">${m.time}</div></div>`,
      ),
    );
  }

  close() {
    this.root?.remove();
    this.root = this.list = null;
  }
}

function notify(doc: Document, text: string) {
  const n = el<HTMLElement>(doc, `<div class="css-9v8b7n-notification" role="alert"><div class="css-1q2w3e-content"><span>${text}</span></div></div>`);
  q(doc, '#notifications-host').appendChild(n);
  setTimeout(() => n.remove(), 1500);
}

const ex = (speaker: string, role: Expected['role'], ...texts: string[]): Expected => ({ speaker, role, text: texts.join(' ') });

// ---------------------------------------------------------------------------------------------
// J1: the clinician turns subtitles off and on twice: once right after a message (still within its
// display time, so it is shown again in the NEW container), once for longer (the clinician's own
// message spoken meanwhile never reaches the page). §6, §9 (off → root removed, on → new root).
const j1 = (() => {
  const DR = 'Dr. Nora Lindqvist';
  const PT = 'Paul Mensah';
  const T = {
    c1: 'Good morning Paul, how have you been feeling since the last visit?',
    p2: 'Honestly a bit better. The new medication seems to help with my mood.',
    p3: "But I'm still waking up at four in the morning most nights.",
    c4: 'That early waking is something we should address.',
    c5: 'Are you taking the sertraline in the morning or at night?',
    p6: 'At night, usually right before bed.',
    c7: 'Switching it to the morning might help your sleep.',
    p8: 'Okay, I can try taking it with breakfast instead.',
    c9: "Good, and let's check in again in three weeks.",
  };
  let subs: JitsiSubs;
  const s: Scenario = {
    name: 'J1 subtitles toggled off and on (message re-shown in the new container; a turn missed while off)',
    url: `${URL_BASE}LindqvistClinic-Followup`,
    selfNames: [DR],
    body: jitsiShell(DR, PT),
    async play(p) {
      subs = new JitsiSubs(p, () => q(p.doc, '#videospace'), '09:40');
      await p.sleep(200);
      await subs.say(DR, T.c1, { step: 55 });
      await p.sleep(900);
      await subs.say(PT, T.p2, { step: 65 });
      await p.sleep(350);
      await subs.say(PT, T.p3, { step: 65, wrong: { at: 9, word: 'mourning' } });
      await p.sleep(600);
      subs.setEnabled(false); // "Stop subtitles"
      await p.sleep(800);
      subs.setEnabled(true); // "Start subtitles": p2/p3 still within their display time
      await p.sleep(1200);
      await subs.say(DR, T.c4, { step: 55 });
      await p.sleep(300);
      await subs.say(DR, T.c5, { step: 55 });
      await p.sleep(900);
      await subs.say(PT, T.p6, { step: 65 });
      await p.sleep(3300); // everything has expired; the container is gone
      subs.setEnabled(false);
      await p.sleep(300);
      await subs.say(DR, T.c7, { step: 55 }); // spoken while off: never on the page
      await p.sleep(300);
      subs.setEnabled(true);
      await p.sleep(500);
      await subs.say(PT, T.p8, { step: 65 });
      await p.sleep(900);
      await subs.say(DR, T.c9, { step: 55 });
    },
    leave: (p) => jitsiLeave(p.doc),
    expected: [
      ex(DR, 'clinician', T.c1),
      ex(PT, 'patient', T.p2, T.p3),
      ex(DR, 'clinician', T.c4, T.c5),
      ex(PT, 'patient', T.p6, T.p8),
      ex(DR, 'clinician', T.c9),
    ],
    loose: true,
    forbidden: JITSI_UI,
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// J2: the participants pane is opened (names, "(Me)", "Moderator", buttons) and closed; the
// patient's connection drops (the container gets `lifted` while she is away) and she rejoins, with
// join/leave notifications; the previous speaker's final is still on screen when the next starts.
// §6 (lifted, one <p> per message), §9 (non-caption regions), §8.11.
const j2 = (() => {
  const DR = 'Dr. Omar Haddad';
  const PT = 'Grace Kim';
  const T = {
    c1: 'Hi Grace, can you hear me all right?',
    p2: 'Yes, I can hear you now. The video was frozen for a second.',
    c3: "No problem. Let's talk about the results of your thyroid test.",
    c4: 'Your TSH came back a little high this time.',
    p5: 'Oh, is that bad?',
    p6: 'Sorry, my wifi dropped. Did you say it was high?',
    c7: 'Yes, slightly high, which can explain the tiredness.',
    c8: "We'll start a low dose of levothyroxine and recheck in six weeks.",
    p9: 'Okay, that sounds good. Thank you doctor.',
  };
  const PANE = `<div class="participants_pane css-0d8f7e-container"><div class="participants_pane-content"><div class="css-h3a8e2-header"><span>Participants</span><div aria-label="Close" role="button" tabindex="0"></div></div><div class="css-m9n8b7-heading">In the meeting (2)</div><div class="css-list" id="participants-list"><div class="participant-item css-p1"><div class="css-avatar">OH</div><div class="css-name">${DR} (Me)</div><div class="css-role">Moderator</div></div><div class="participant-item css-p1"><div class="css-avatar">GK</div><div class="css-name">${PT}</div></div></div><div class="css-footer"><button type="button">Invite someone</button><button type="button">Mute all</button><button type="button">More moderation options</button></div></div></div>`;
  let subs: JitsiSubs;
  const s: Scenario = {
    name: 'J2 participants pane opened/closed; patient drops (lifted) and rejoins; overlapping paragraphs',
    url: `${URL_BASE}HaddadEndocrineTelevisit`,
    selfNames: [DR, 'Omar Haddad'],
    body: jitsiShell(DR, PT),
    async play(p) {
      subs = new JitsiSubs(p, () => q(p.doc, '#videospace'), '15:05');
      await p.sleep(100);
      notify(p.doc, `${PT} joined the meeting`);
      await p.sleep(400);
      await subs.say(DR, T.c1, { step: 55 });
      await p.sleep(800);
      await subs.say(PT, T.p2, { step: 65 });
      await p.sleep(800);
      await subs.say(DR, T.c3, { step: 55 });
      await p.sleep(200);
      q(p.doc, '#side-host').appendChild(el<HTMLElement>(p.doc, PANE)); // the clinician opens the participants pane
      await p.sleep(300);
      await subs.say(DR, T.c4, { step: 55 });
      await p.sleep(300); // c4's final still on screen while the patient starts
      await subs.say(PT, T.p5, { step: 65 });
      await p.sleep(300);
      // The patient's connection drops: only one participant left.
      p.doc.getElementById('participant_3f2a1b')?.remove();
      notify(p.doc, `${PT} left the meeting`);
      subs.setLifted(true);
      await p.sleep(1500);
      q(p.doc, '#remoteVideos').prepend(
        el<HTMLElement>(p.doc, `<span class="videocontainer" id="participant_9c0d4e"><div class="displayNameContainer"><span class="displayname" id="participant_9c0d4e_name">${PT}</span></div></span>`),
      );
      notify(p.doc, `${PT} joined the meeting`);
      subs.setLifted(false);
      await p.sleep(600);
      await subs.say(PT, T.p6, { step: 65 });
      await p.sleep(800);
      await subs.say(DR, T.c7, { step: 55 });
      await p.sleep(250);
      await subs.say(DR, T.c8, { step: 55, wrong: { at: 6, word: 'levels' } });
      await p.sleep(300);
      p.doc.querySelector('.participants_pane')?.remove(); // pane closed
      await p.sleep(600);
      await subs.say(PT, T.p9, { step: 65 });
    },
    leave: (p) => jitsiLeave(p.doc),
    expected: [
      ex(DR, 'clinician', T.c1),
      ex(PT, 'patient', T.p2),
      ex(DR, 'clinician', T.c3, T.c4),
      ex(PT, 'patient', T.p5, T.p6),
      ex(DR, 'clinician', T.c7, T.c8),
      ex(PT, 'patient', T.p9),
    ],
    loose: true,
    forbidden: [...JITSI_UI, 'Moderator', 'Invite someone', 'Mute all', 'In the meeting', '(Me)'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// J3: the page re-renders its caption container (React re-mount on layout changes: tile view toggled,
// toolbox shown/hidden): mid-interim, while a final is displayed, and twice in quick succession.
// §6, §8.5 (re-attach when the root is replaced), §9.
const j3 = (() => {
  const DR = 'Dr. Julia Stein';
  const PT = 'Victor Alves';
  const T = {
    c1: 'Victor, before we start, can you confirm your date of birth for me?',
    p2: "Sure, it's March third, nineteen fifty-eight.",
    c3: 'Thank you. How is the swelling in your legs this week?',
    p4: "It's about the same, maybe a little worse in the evenings.",
    p5: "I've been keeping my feet up like you suggested.",
    c6: 'Good. Are you weighing yourself every morning?',
    p7: 'Yes. I gained about three pounds since Monday.',
    c8: "That's worth acting on. I'll increase your furosemide to forty milligrams.",
    c9: "And I'd like you to get blood work done on Friday.",
    p10: 'Alright, Friday morning works for me.',
  };
  let subs: JitsiSubs;
  const s: Scenario = {
    name: 'J3 caption container re-mounted (mid-interim, during a final, twice in a row)',
    url: `${URL_BASE}SteinCardiologyRoom7`,
    selfNames: [DR],
    body: jitsiShell(DR, PT),
    async play(p) {
      subs = new JitsiSubs(p, () => q(p.doc, '#videospace'), '10:12');
      const tileView = () => q(p.doc, '#videoconference_page').classList.toggle('tile-view');
      await p.sleep(200);
      await subs.say(DR, T.c1, { step: 55 });
      await p.sleep(800);
      await subs.say(PT, T.p2, { step: 65 });
      await p.sleep(800);
      await subs.say(DR, T.c3, {
        step: 55,
        onWord: (i) => {
          if (i === 4) {
            tileView();
            subs.rerender();
          }
        },
      });
      await p.sleep(800);
      await subs.say(PT, T.p4, { step: 65 });
      await p.sleep(300);
      tileView();
      subs.rerender(); // c3 and p4 finals displayed, new nodes
      await p.sleep(300);
      await subs.say(PT, T.p5, { step: 65 });
      await p.sleep(800);
      await subs.say(DR, T.c6, {
        step: 55,
        onWord: (i) => {
          if (i === 1 || i === 3) subs.rerender(); // the toolbox hides and shows again
        },
      });
      await p.sleep(800);
      await subs.say(PT, T.p7, { step: 65, wrong: { at: 5, word: 'pounce' } });
      await p.sleep(800);
      await subs.say(DR, T.c8, { step: 55 });
      await p.sleep(250);
      subs.rerender();
      await subs.say(DR, T.c9, { step: 55 });
      await p.sleep(800);
      await subs.say(PT, T.p10, { step: 65 });
    },
    leave: (p) => jitsiLeave(p.doc),
    expected: [
      ex(DR, 'clinician', T.c1),
      ex(PT, 'patient', T.p2),
      ex(DR, 'clinician', T.c3),
      ex(PT, 'patient', T.p4, T.p5),
      ex(DR, 'clinician', T.c6),
      ex(PT, 'patient', T.p7),
      ex(DR, 'clinician', T.c8, T.c9),
      ex(PT, 'patient', T.p10),
    ],
    loose: true,
    forbidden: JITSI_UI,
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// J4: the clinician opens the chat panel (a chat message from the patient is there), switches to the
// Subtitles tab (the list is rendered with the history, grouped: continuation items have no name),
// keeps it open while the call goes on (finals appended to the list AND shown in the overlay), then
// closes it. §6 (newer builds: #subtitles-messages-container/#subtitles-messages-list, items
// [name?][content][time], hashed classes).
const j4 = (() => {
  const DR = 'Dr. Ben Carter';
  const PT = 'Rosa Delgado';
  const T = {
    c1: "Hi Rosa, thanks for joining. How's the new baby doing?",
    p2: "She's doing great, just not sleeping much.",
    p3: 'I wanted to ask about feeding. She spits up after almost every bottle.',
    c4: "That's very common in the first months.",
    c5: 'Is she gaining weight at her checkups?',
    p6: 'Yes, she was eight pounds two ounces on Friday.',
    c7: "Then it's most likely normal reflux and she should grow out of it.",
    c8: 'Try keeping her upright for twenty minutes after each feed.',
    p9: "Okay, we'll try that. Thank you so much.",
  };
  const CHAT = "I'm on my phone, the video keeps freezing";
  let subs: JitsiSubs;
  let panel: JitsiChatPanel;
  const s: Scenario = {
    name: 'J4 chat panel opened, Subtitles tab (history list, grouped) alongside the overlay, then closed',
    url: `${URL_BASE}CarterPediatrics-Visit`,
    selfNames: [DR, 'Ben Carter'],
    body: jitsiShell(DR, PT),
    async play(p) {
      subs = new JitsiSubs(p, () => q(p.doc, '#videospace'), '17:22');
      panel = new JitsiChatPanel(p.doc, [{ name: PT, text: CHAT, time: '17:21' }]);
      subs.onFinal = (m) => panel.add(m);
      await p.sleep(200);
      await subs.say(DR, T.c1, { step: 55 });
      await p.sleep(800);
      await subs.say(PT, T.p2, { step: 65 });
      await p.sleep(300);
      await subs.say(PT, T.p3, { step: 65 });
      await p.sleep(400);
      panel.openMessages();
      await p.sleep(700);
      panel.showSubtitles(subs.finals);
      await p.sleep(900);
      await subs.say(DR, T.c4, { step: 55 });
      await p.sleep(300);
      await subs.say(DR, T.c5, { step: 55 });
      await p.sleep(800);
      await subs.say(PT, T.p6, { step: 65 });
      await p.sleep(700);
      panel.close();
      await p.sleep(500);
      await subs.say(DR, T.c7, { step: 55 });
      await p.sleep(300);
      await subs.say(DR, T.c8, { step: 55 });
      await p.sleep(800);
      await subs.say(PT, T.p9, { step: 65 });
    },
    leave: (p) => jitsiLeave(p.doc),
    expected: [
      ex(DR, 'clinician', T.c1),
      ex(PT, 'patient', T.p2, T.p3),
      ex(DR, 'clinician', T.c4, T.c5),
      ex(PT, 'patient', T.p6),
      ex(DR, 'clinician', T.c7, T.c8),
      ex(PT, 'patient', T.p9),
    ],
    loose: true,
    forbidden: [...JITSI_UI, 'video keeps freezing', 'Type a message', 'Messages', 'Subtitles', '17:2'],
  };
  return s;
})();

// ---------------------------------------------------------------------------------------------
// J5: a longer consultation in Spanish with quick turns (up to three paragraphs on screen at once),
// the participants pane opened and closed, subtitles toggled off/on between turns (messages still on
// screen re-shown), and a container re-mount mid-interim. §6, §9.
const j5 = (() => {
  const DR = 'Dra. Carmen Ortega';
  const PT = 'Luis Herrera';
  const T = {
    c1: 'Buenas tardes, Luis. ¿Cómo ha estado la presión esta semana?',
    p2: 'Buenas tardes, doctora. Más o menos, ayer tenía ciento cincuenta de máxima.',
    c3: '¿Se está tomando el enalapril todos los días?',
    p4: 'Sí, claro, por la mañana con el desayuno.',
    c5: '¿Y la sal? ¿Ha podido reducirla en las comidas?',
    p6: 'Lo estoy intentando, pero mi esposa cocina con bastante sal.',
    p7: 'Le voy a pedir que use menos.',
    c8: 'Muy bien. También le recomiendo caminar media hora al día.',
    p9: 'Vale, puedo caminar por el parque después de comer.',
    c10: 'Perfecto. Vamos a subir el enalapril a veinte miligramos.',
    c11: 'Le veo de nuevo en un mes para revisar los análisis.',
    p12: 'De acuerdo. Muchas gracias por todo, doctora.',
  };
  const PANE = `<div class="participants_pane css-0d8f7e-container"><div class="participants_pane-content"><div class="css-h3a8e2-header"><span>Participantes</span></div><div class="css-m9n8b7-heading">En la reunión (2)</div><div class="participant-item"><div class="css-name">${DR} (Yo)</div><div class="css-role">Moderador</div></div><div class="participant-item"><div class="css-name">${PT}</div></div><div class="css-footer"><button type="button">Invitar a alguien</button><button type="button">Silenciar a todos</button></div></div></div>`;
  let subs: JitsiSubs;
  const s: Scenario = {
    name: 'J5 Spanish long consult: quick turns, participants pane, subtitles off/on, re-mount mid-interim',
    url: `${URL_BASE}ConsultaOrtegaHipertension`,
    selfNames: [DR, 'Carmen Ortega'],
    body: jitsiShell(DR, PT),
    async play(p) {
      subs = new JitsiSubs(p, () => q(p.doc, '#videospace'), '16:30');
      await p.sleep(200);
      await subs.say(DR, T.c1, { step: 50 });
      await p.sleep(500);
      await subs.say(PT, T.p2, { step: 60, wrong: { at: 9, word: 'cincuent' } });
      await p.sleep(400);
      await subs.say(DR, T.c3, { step: 50 });
      await p.sleep(300);
      q(p.doc, '#side-host').appendChild(el<HTMLElement>(p.doc, PANE));
      await subs.say(PT, T.p4, { step: 60 });
      await p.sleep(400);
      await subs.say(DR, T.c5, { step: 50 });
      await p.sleep(400);
      await subs.say(PT, T.p6, { step: 60 });
      await p.sleep(150);
      p.doc.querySelector('.participants_pane')?.remove();
      await subs.say(PT, T.p7, { step: 60 });
      await p.sleep(400);
      subs.setEnabled(false);
      await p.sleep(600);
      subs.setEnabled(true); // p6 and p7 still within their display time
      await p.sleep(500);
      await subs.say(DR, T.c8, { step: 50 });
      await p.sleep(400);
      await subs.say(PT, T.p9, { step: 60 });
      await p.sleep(400);
      await subs.say(DR, T.c10, { step: 50, onWord: (i) => i === 3 && subs.rerender() });
      await p.sleep(250);
      await subs.say(DR, T.c11, { step: 50 });
      await p.sleep(500);
      await subs.say(PT, T.p12, { step: 60 });
    },
    leave: (p) => jitsiLeave(p.doc),
    expected: [
      ex(DR, 'clinician', T.c1),
      ex(PT, 'patient', T.p2),
      ex(DR, 'clinician', T.c3),
      ex(PT, 'patient', T.p4),
      ex(DR, 'clinician', T.c5),
      ex(PT, 'patient', T.p6, T.p7),
      ex(DR, 'clinician', T.c8),
      ex(PT, 'patient', T.p9),
      ex(DR, 'clinician', T.c10, T.c11),
      ex(PT, 'patient', T.p12),
    ],
    loose: true,
    forbidden: [...JITSI_UI, 'Moderador', 'Invitar a alguien', 'Silenciar a todos', 'En la reunión', '(Yo)'],
  };
  return s;
})();

export const jitsiScenarios: Scenario[] = [j1, j2, j3, j4, j5];
