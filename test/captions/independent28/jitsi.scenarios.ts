// Round 28: Jitsi Meet scenarios, written blind from /work/shared/research/caption-platforms.md only:
//   §6 (Jitsi Meet: `div.transcription-subtitles`, `lifted` class, one `<p><span>` per transcript
//       message id with the text "<participantName>: " + (final || stable + unstable), interim text
//       replaced by the final in the same paragraph, newer builds' chat-panel list
//       `#subtitles-messages-container` / `#subtitles-messages-list` with hashed classes and
//       `[name?][content][time]` items),
//   §1 (cross-platform summary, for contrast: name inline in the DOM),
//   §8 (strategies: characterData rewrites, root re-mount, noise filters, identity per element),
//   §9 (fixture checklist: captions off → on with a new root, two speakers alternating, a self
//       speaker, a same-speaker continuation split over items, word-by-word growth with
//       re-punctuation, non-caption distractors).
//
// Assumptions where the research is silent (each scenario repeats the ones it relies on):
//  - The subtitles container is rendered only while subtitles are requested and at least one
//    transcript message exists; otherwise nothing is rendered (so it appears with the first
//    message and disappears when captions are switched off or all messages have expired).
//  - A transcript message is removed 3 s after its last update (interim or final), as Jitsi's
//    subtitles middleware does; paragraphs therefore drop off the overlay a few seconds after the
//    speaker finishes, and a new message id is appended as a new `<p>` at the end.
//  - React rewrites the span's single text node in place (characterData) on each update.
//  - The local user's subtitles carry the local display name (no "You" label is documented for
//    Jitsi), so the clinician's name is in the DOM and listed in selfNames.
//  - In-call markers: `#videoconference_page` (holding `#videospace`, the filmstrip and the toolbox
//    with a "Leave the meeting" hang-up button). Leaving unmounts `#videoconference_page`; on
//    meet.jit.si the welcome page is mounted in its place. The container sits in `#videospace`.
//  - Jigasi interim hypotheses carry no punctuation; the final re-punctuates and re-cases, and an
//    unstable last word may be revised by the next interim ("a|b" in the scripts below).
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, q } from '../independent/kit.ts';

const STEP = 90;
const REMOVE_AFTER_MS = 3000;

/** A turn: speaker name as shown in the DOM, the final text, and optionally the interim script. */
type Turn = [name: string, final: string, script?: string];

/** Interim hypotheses for a turn: one word more per update; "a|b" shows a, then revises it to b. */
function interims(final: string, script?: string): string[] {
  const src = script ?? autoScript(final);
  const out: string[] = [];
  const shown: string[] = [];
  for (const tok of src.split(' ')) {
    const alts = tok.split('|');
    alts.forEach((w, k) => {
      if (k === 0) shown.push(w);
      else shown[shown.length - 1] = w;
      out.push(shown.join(' '));
    });
  }
  return out;
}

/** Interim form of a final: no punctuation, and no capital after a sentence end (except "I"). */
function autoScript(final: string): string {
  const words = final.split(' ');
  return words
    .map((w, i) => {
      let x = w.replace(/[.,?!;]/g, '');
      const prev = words[i - 1];
      if (prev && /[.?!]$/.test(prev) && !/^I($|')/.test(x)) x = x.charAt(0).toLowerCase() + x.slice(1);
      return x;
    })
    .join(' ');
}

function expectedOf(turns: Turn[], self: string): Expected[] {
  return turns.map(([name, text]) => (name === self ? { speaker: name, role: 'clinician' as const, text } : { speaker: name, text }));
}

/**
 * The Jitsi subtitles overlay as the research describes it, driven like Jitsi's redux state:
 * transcript messages by id, rendered as `div.transcription-subtitles` › `p` › `span` "Name: text".
 */
class JitsiSubtitles {
  private msgs = new Map<string, { name: string; text: string; timer?: number }>();
  private root: HTMLElement | null = null;
  private paras = new Map<string, HTMLElement>();
  private n = 0;
  requesting = true;
  lifted = false;

  constructor(
    private p: Page,
    /** Mirrors each update elsewhere (the newer builds' chat-panel list). */
    private mirror?: (id: string, name: string, text: string, interim: boolean) => void,
  ) {}

  newId(): string {
    return `msg-${++this.n}`;
  }

  update(id: string, name: string, text: string, interim: boolean) {
    const prev = this.msgs.get(id);
    if (prev?.timer !== undefined) this.p.win.clearTimeout(prev.timer);
    const m: { name: string; text: string; timer?: number } = { name, text };
    m.timer = this.p.win.setTimeout(() => {
      this.msgs.delete(id);
      this.render();
    }, REMOVE_AFTER_MS);
    this.msgs.set(id, m);
    this.mirror?.(id, name, text, interim);
    this.render();
  }

  setRequesting(on: boolean) {
    this.requesting = on;
    this.render();
  }

  setLifted(on: boolean) {
    this.lifted = on;
    this.render();
  }

  private className() {
    return this.lifted ? 'transcription-subtitles lifted' : 'transcription-subtitles';
  }

  private paragraph(id: string, full: string): HTMLElement {
    const para = el(this.p.doc, '<p><span></span></p>');
    q(para, 'span').textContent = full;
    this.paras.set(id, para);
    return para;
  }

  private render() {
    const space = this.p.doc.getElementById('videospace');
    if (!space) return; // the conference has been unmounted (left)
    if (!this.requesting || this.msgs.size === 0) {
      if (this.root) {
        this.root.remove();
        this.root = null;
        this.paras.clear();
      }
      return;
    }
    if (!this.root) {
      // A fresh container node, built with its paragraphs before it is attached.
      const root = el(this.p.doc, `<div class="${this.className()}"></div>`);
      for (const [id, m] of this.msgs) root.appendChild(this.paragraph(id, `${m.name}: ${m.text}`));
      space.appendChild(root);
      this.root = root;
      return;
    }
    if (this.root.className !== this.className()) this.root.className = this.className();
    for (const [id, para] of this.paras) {
      if (!this.msgs.has(id)) {
        para.remove();
        this.paras.delete(id);
      }
    }
    for (const [id, m] of this.msgs) {
      const full = `${m.name}: ${m.text}`;
      const para = this.paras.get(id);
      if (!para) {
        this.root.appendChild(this.paragraph(id, full));
      } else {
        const t = q(para, 'span').firstChild as Text;
        if (t.data !== full) t.data = full;
      }
    }
  }
}

/** One spoken turn: interim updates word by word, then the final in the same paragraph. */
async function say(p: Page, sub: JitsiSubtitles, turn: Turn, ms = STEP) {
  const [name, final, script] = turn;
  const id = sub.newId();
  for (const t of interims(final, script)) {
    sub.update(id, name, t, true);
    await p.sleep(ms);
  }
  sub.update(id, name, final, false);
  await p.sleep(ms);
}

async function playTurns(p: Page, sub: JitsiSubtitles, turns: Turn[], gap = 350) {
  for (const t of turns) {
    await say(p, sub, t);
    await p.sleep(gap);
  }
}

const hangup =
  '<div aria-label="Leave the meeting" class="toolbox-button" role="button" tabindex="0"><div class="hangup-button"><svg viewBox="0 0 24 24"><path d="M2 12h20"/></svg></div></div>';

function conferencePage(localName: string, remote: string[], ccPressed = true): string {
  const tiles = remote
    .map((n, i) => `<span class="videocontainer" id="participant_r${i}"><div class="displayNameContainer"><span class="displayname">${n}</span></div></span>`)
    .join('');
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="largeVideoWrapper"><video id="largeVideo" autoplay playsinline muted></video></div>
      </div>
    </div>
    <div class="filmstrip">
      <div id="remoteVideos">
        <span class="videocontainer" id="localVideoContainer"><div class="displayNameContainer"><span class="displayname" id="localDisplayName">${localName}</span></div></span>
        <div id="filmstripRemoteVideosContainer">${tiles}</div>
      </div>
    </div>
    <div class="new-toolbox visible" id="new-toolbox">
      <div class="toolbox-content"><div class="toolbox-content-items">
        <div aria-label="Mute microphone" aria-pressed="false" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg viewBox="0 0 24 24"></svg></div></div>
        <div aria-label="Stop camera" aria-pressed="false" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg viewBox="0 0 24 24"></svg></div></div>
        <div id="cc-button" aria-label="${ccPressed ? 'Stop subtitles' : 'Start subtitles'}" aria-pressed="${ccPressed}" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg viewBox="0 0 24 24"></svg></div></div>
        <div aria-label="Open chat" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg viewBox="0 0 24 24"></svg></div></div>
        ${hangup}
      </div></div>
    </div>
  </div>
</div>`;
}

/** meet.jit.si: hang up unmounts the conference and mounts the welcome page. */
function leaveToWelcome(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc
    .getElementById('react')
    ?.appendChild(el(p.doc, '<div id="welcome_page" class="welcome"><div class="header"><h1 class="header-text-title">Secure and high quality meetings</h1></div></div>'));
}

/** 8x8.vc: hang up unmounts the conference (no welcome page is assumed for JaaS rooms). */
function leaveJaaS(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
}

// ------------------------------------------------------------------------------------------------
// 1. Blood-pressure medication follow-up on meet.jit.si.
// ------------------------------------------------------------------------------------------------
const S1_SELF = 'Dr. Anita Rao';
const S1_PT = 'Tomás Ferreira';
const s1Turns: Turn[] = [
  [S1_SELF, 'Good morning, Tomás. How have you been doing since we started the lisinopril?', 'good morning Tomás how have you been doing since we started the listen|lisinopril'],
  [S1_PT, "Pretty good overall. I take it every morning with breakfast, and I haven't missed a dose.", "pretty good overall I take it every morning with breakfast and I haven't missed a does|dose"],
  [S1_SELF, 'That is great. Have you noticed any dizziness when you stand up, or a dry cough?', 'that is great have you noticed any dizziness when you stand up or a try|dry cough'],
  [S1_PT, "A little dizzy the first week, but that's gone now. No cough at all.", "a little dizzy the first weak|week but that's gone now no cough at all"],
  [S1_SELF, 'Good. What have your home blood pressure readings looked like?'],
  // Jigasi's final re-formats spoken numbers; the final replaces the interim words.
  [S1_PT, 'Mostly around 130 over 80. The highest was 142 last Monday.', 'mostly around one thirty over eighty the highest was one forty two last Monday'],
  [S1_SELF, "That's a real improvement from where you started. I'd like to keep the same dose for now."],
  [S1_PT, 'Okay. Should I keep checking it every day?'],
  [S1_SELF, 'Yes, once in the morning and once in the evening, and bring the log to your lab visit.'],
  [S1_PT, "Sounds good. I'll book the blood work for next week.", "sounds good I'll book the blood work for next weak|week"],
  [S1_SELF, "Perfect. We'll check your kidney function and potassium, and I'll see you again in three months."],
  [S1_PT, 'Thank you, doctor. Have a good day.'],
];

// ------------------------------------------------------------------------------------------------
// 2. Sleep follow-up on 8x8.vc, clinician alone first (`lifted`), then a silence long enough for
//    every message to expire (container unmounted), then a new container node.
// ------------------------------------------------------------------------------------------------
const S2_SELF = 'Dr. Samuel Okafor';
const S2_PT = 'Grace Liu';
const s2Alone: Turn = [S2_SELF, "Hi Grace, I'm on now. I'll just wait here until you connect.", "hi Grace I'm on now I'll just wait here until you connect"];
const s2Before: Turn[] = [
  [S2_PT, 'Hi, Dr. Okafor. Sorry, the link took a minute to load.', 'hi doctor Okafor sorry the link took a minute to load'],
  [S2_SELF, 'No problem at all. How has your sleep been since we moved the sertraline to the morning?', 'no problem at all how has your sleep been since we moved the sort|sertraline to the morning'],
  [S2_PT, "Better. I'm falling asleep in about half an hour now instead of two hours."],
  [S2_SELF, "That's a big change. Are you still waking up in the middle of the night?"],
  [S2_PT, 'Maybe once or twice. Actually, hold on, let me grab my sleep diary so I can give you the numbers.', 'maybe once or twice actually hold on let me grab my sleep dairy|diary so I can give you the numbers'],
];
const s2After: Turn[] = [
  [S2_PT, "Okay, I'm back. Last week I woke up twice on three nights and slept straight through the other four.", "okay I'm back last week I woke up twice on three nights and slept straight through the other for|four"],
  [S2_SELF, "That's encouraging. Are you still keeping the phone out of the bedroom?"],
  [S2_PT, 'Mostly, yes. I read for twenty minutes instead, and I stopped having coffee after lunch.'],
  [S2_SELF, "Great. Let's keep the morning dose and the same routine, and check in again in six weeks."],
  [S2_PT, 'Okay, that works for me. Thanks so much.'],
];

// ------------------------------------------------------------------------------------------------
// 3. Knee-pain follow-up on meet.jit.si: a turn split over two message ids, an answer that starts
//    before the question's final lands, and captions switched off and on again.
// ------------------------------------------------------------------------------------------------
const S3_SELF = 'Dr. Priya Natarajan';
const S3_PT = 'Robert Haines';
const s3Open: Turn[] = [
  [S3_SELF, "Hi Robert, how's the knee pain been this past month?"],
  // One answer, split by Jigasi's end-pointing into two transcript messages (two paragraphs).
  [S3_PT, "It's been up and down. Mornings are the worst, it's stiff for maybe an hour after I get up."],
  [S3_PT, 'By the afternoon it settles to about a three out of ten.', 'by the afternoon it settles to about a three out of tin|ten'],
];
const s3Question: Turn = [S3_SELF, 'And are you still taking the naproxen twice a day?', 'and are you still taking the nap|naproxen twice a day'];
const s3Answer: Turn = [S3_PT, 'Only once now, at night. It was bothering my stomach in the morning.'];
const s3BeforeOff: Turn = [
  S3_SELF,
  "Okay, that's a sensible change. Can you show me the swelling? I'll switch the captions off for a second so they don't cover the picture.",
];
const s3AfterOn: Turn[] = [
  [S3_SELF, "Okay, captions are back on. The swelling looks mild, and there's no redness, which is reassuring."],
  [S3_PT, "That's good to hear. The physical therapy exercises do seem to help."],
  [S3_SELF, "Keep doing them daily. I'd also like you to ice it for fifteen minutes after the exercises.", "keep doing them daily I'd also like you to ice it for fifty|fifteen minutes after the exercises"],
  [S3_PT, 'Will do. Should I stay on the naproxen at night?'],
  [S3_SELF, "Yes, with food, and stop it if you notice any black stools or stomach pain. Let's follow up in four weeks."],
  [S3_PT, 'Got it. Thanks, Dr. Natarajan.', 'got it thanks doctor Natarajan'],
];

// ------------------------------------------------------------------------------------------------
// 4. Mood follow-up on meet.jit.si, newer build: chat panel "Closed captions" tab open
//    (`#subtitles-messages-container` › `#subtitles-messages-list`) alongside the overlay.
// ------------------------------------------------------------------------------------------------
const S4_SELF = 'Dr. Helen Brooks';
const S4_PT = 'Marcus Bell';
const s4Turns: Turn[] = [
  [S4_SELF, 'Hi Marcus, it is good to see you. How has your mood been over the last few weeks?'],
  [S4_PT, "Honestly, a bit better. I'm getting out of bed more easily and I went back to the gym twice last week.", "honestly a bit better I'm getting out of bed more easily and I went back to the Jim|gym twice last week"],
  // Same speaker, next transcript message: in the panel it joins the same group without a name.
  [S4_PT, 'I still have some low days, mostly on Sundays.'],
  [S4_SELF, "That's real progress. On the low days, what does that look like for you?"],
  [S4_PT, "I just feel flat and I don't want to talk to anyone. It usually passes by the evening."],
  [S4_SELF, 'Have you had any thoughts of hurting yourself during those days?'],
  [S4_PT, 'No, nothing like that.'],
  [S4_SELF, 'Thank you for telling me. How about the bupropion, any side effects like trouble sleeping or headaches?', 'thank you for telling me how about the beep|bupropion any side effects like trouble sleeping or headaches'],
  [S4_PT, 'A few headaches the first week, but none since.'],
  [S4_SELF, "Good. What's one goal you'd like to work on before our next visit?"],
  [S4_PT, "I'd like to call my brother once a week. We haven't talked much this year."],
  [S4_SELF, "I love that goal. I'll send you the therapy referral today, and we'll meet again in four weeks."],
  [S4_PT, 'Sounds good. Thanks, Dr. Brooks.', 'sounds good thanks doctor Brooks'],
];

/** Hashed (tss-react style) class names of the newer chat-panel subtitles list. */
const C = {
  group: 'css-1q9x7vd',
  avatar: 'css-8mz2kf',
  messages: 'css-w4c1ra',
  message: 'css-t0p3xe',
  interim: 'css-5hj9ql',
  content: 'css-kx2m8d',
  header: 'css-q7r1vb',
  text: 'css-y3n6zc',
  time: 'css-e9d2wu',
};

const S4_START_SEC = 14 * 3600 + 14 * 60 + 5; // 2:14:05 PM
function clock(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = sec % 60;
  const h12 = ((h + 11) % 12) + 1;
  return `${h12}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')} ${h >= 12 ? 'PM' : 'AM'}`;
}
const s4Times = s4Turns.map((_, i) => clock(S4_START_SEC + i * 7));

function initials(name: string) {
  return name
    .replace(/^Dr\.\s*/, '')
    .split(' ')
    .map((w) => w.charAt(0))
    .join('')
    .toUpperCase();
}

/**
 * The newer builds' subtitles list, as §6 describes it: groups by sender, items `[name?][content][time]`
 * (the name only on a group's first item). Assumed: an item appears with the first interim chunk,
 * carries an extra "interim" class until the final, and its content text node is rewritten in place;
 * its time is the message's first-chunk time and never changes.
 */
function panelMirror(p: Page) {
  const items = new Map<string, { box: HTMLElement; text: Text }>();
  let lastSender = '';
  let lastMessages: HTMLElement | null = null;
  let count = 0;
  return (id: string, name: string, text: string, interim: boolean) => {
    const cls = interim ? `${C.message} ${C.interim}` : `${C.message} `;
    const known = items.get(id);
    if (known) {
      if (known.text.data !== text) known.text.data = text;
      if (known.box.className !== cls) known.box.className = cls;
      return;
    }
    const list = p.doc.getElementById('subtitles-messages-list');
    if (!list) return;
    const end = q(list, '#subtitles-messages-end');
    let showName = false;
    let target = lastMessages;
    if (name !== lastSender || !target) {
      const group = el(
        p.doc,
        `<div class="${C.group}"><div class="${C.avatar} avatar" data-testid="avatar"><svg class="avatar-svg" viewBox="0 0 100 100"><text x="50" y="50">${initials(name)}</text></svg></div><div class="${C.messages}"></div></div>`,
      );
      list.insertBefore(group, end);
      target = q<HTMLElement>(group, `.${C.messages}`);
      lastMessages = target;
      lastSender = name;
      showName = true;
    }
    const time = s4Times[count++] ?? clock(S4_START_SEC + count * 7);
    const box = el(
      p.doc,
      `<div class="${cls}"><div class="${C.content}">${showName ? `<div class="${C.header}">${name}</div>` : ''}<div class="${C.text}"></div><div class="${C.time}">${time}</div></div></div>`,
    );
    const textEl = q(box, `.${C.text}`);
    textEl.textContent = text;
    target.appendChild(box);
    items.set(id, { box, text: textEl.firstChild as Text });
  };
}

function chatPanel(): string {
  return `
<div id="sideToolbarContainer" class="css-2v7hnk">
  <div class="chat-header" id="chat-header"><span class="css-h1x4mw">Chat</span></div>
  <div role="tablist" class="css-9fa2qe">
    <button role="tab" id="chat-tab" aria-selected="false" class="css-r6c0tb">Chat</button>
    <button role="tab" id="cc-tab" aria-selected="true" class="css-r6c0tb">Closed captions</button>
  </div>
  <div id="chat-panel" role="tabpanel" aria-labelledby="chat-tab" class="css-0b4k1n hide">
    <div id="chatconversation">
      <div class="chatmessage-wrapper"><div class="chatmessage"><div class="display-name">${S4_PT}</div><div class="usermessage">Running 2 min late, sorry!</div><div class="timestamp">2:13:40 PM</div></div></div>
    </div>
  </div>
  <div id="subtitles-panel" role="tabpanel" aria-labelledby="cc-tab" class="css-0b4k1n">
    <div class="css-3m8s0v" id="subtitles-messages-container">
      <div class="css-u2n5k7" id="subtitles-messages-list">
        <div id="subtitles-messages-end"></div>
      </div>
    </div>
  </div>
</div>`;
}

export const jitsiScenarios: Scenario[] = [
  {
    // Tests §6's core shape taken literally: `div.transcription-subtitles` appears with the first
    // transcript message; one `<p><span>` per message id whose text is "Name: " + interim
    // (stable + unstable, growing word by word, last word sometimes revised) and is then replaced by
    // the re-punctuated final in the same paragraph (characterData). Two speakers alternate; the
    // local clinician appears under her display name (no "You"). Assumed: messages expire 3 s
    // after their last update, so older paragraphs drop off as new ones are appended.
    name: 'jitsi r28: medication follow-up, name-prefixed paragraphs, interim replaced by final',
    url: 'https://meet.jit.si/RaoClinicFollowUp-Ferreira',
    selfNames: [S1_SELF],
    body: conferencePage(S1_SELF, [S1_PT]),
    async play(p) {
      const sub = new JitsiSubtitles(p);
      await playTurns(p, sub, s1Turns);
    },
    leave: leaveToWelcome,
    expected: expectedOf(s1Turns, S1_SELF),
    forbidden: [`${S1_PT}:`, `${S1_SELF}:`, 'Leave the meeting'],
  },
  {
    // Tests §6's `lifted` class and §9's root appearing/disappearing: the clinician speaks while
    // alone (container rendered as "transcription-subtitles lifted", with Jitsi's invite box on
    // screen); the patient joins and `lifted` is dropped from the live container (attribute
    // mutation). Mid-visit the patient fetches her sleep diary: no one speaks for longer than the
    // 3 s message lifetime, every paragraph expires and the container unmounts; the next message
    // mounts a NEW container node. Assumed: the invite box text is "You are the only one in the
    // meeting" / "Invite people", and JaaS (8x8.vc) leaving just unmounts the conference.
    name: 'jitsi r28: sleep follow-up, lifted while alone, container expires and re-mounts',
    url: 'https://8x8.vc/vpaas-magic-cookie-4b7e2c9a1d3f45e6a8b0c2d4e6f8a0b2/OkaforSleepClinic',
    selfNames: [S2_SELF],
    body:
      conferencePage(S2_SELF, []) +
      '<div id="invite-more-dialog" class="invite-more-container"><div class="invite-more-header">You are the only one in the meeting</div><div class="invite-more-button" role="button" aria-label="Invite people"><span class="invite-more-button-text">Invite people</span></div></div>',
    async play(p) {
      const sub = new JitsiSubtitles(p);
      sub.lifted = true;
      await say(p, sub, s2Alone);
      await p.sleep(700);
      // Grace joins: her tile appears, the invite box goes, the container is no longer lifted.
      p.doc.getElementById('invite-more-dialog')?.remove();
      q(p.doc, '#filmstripRemoteVideosContainer').appendChild(
        el(p.doc, `<span class="videocontainer" id="participant_r0"><div class="displayNameContainer"><span class="displayname">${S2_PT}</span></div></span>`),
      );
      sub.setLifted(false);
      await p.sleep(600);
      await playTurns(p, sub, s2Before);
      // She looks for her diary: silence longer than the message lifetime.
      await p.sleep(REMOVE_AFTER_MS + 700);
      await playTurns(p, sub, s2After);
    },
    leave: leaveJaaS,
    expected: expectedOf([s2Alone, ...s2Before, ...s2After], S2_SELF),
    forbidden: ['only one in the meeting', 'Invite people', `${S2_PT}:`, `${S2_SELF}:`],
  },
  {
    // Tests §9's captions off → on with a new root, on §6's overlay: (a) the patient's answer is
    // split by the ASR into two message ids (two paragraphs, same speaker, one turn); (b) the
    // patient's next answer starts (new paragraph growing) before the clinician's question has
    // received its final, so two paragraphs are live at once; (c) the clinician turns captions off
    // (toolbar button flips to "Start subtitles", the container unmounts), the patient shows the
    // knee and both talk while captions are off (nothing rendered, not expected), then captions
    // come back and the next message mounts a new container. Assumed: speech while captions are
    // off is not displayed, and the off period outlasts the 3 s message lifetime so no earlier
    // paragraph is re-rendered.
    name: 'jitsi r28: knee pain follow-up, split answer, overlapping start, captions off and on',
    url: 'https://meet.jit.si/NatarajanOrthoFollowUp',
    selfNames: [S3_SELF],
    body: conferencePage(S3_SELF, [S3_PT]),
    async play(p) {
      const sub = new JitsiSubtitles(p);
      await say(p, sub, s3Open[0]!);
      await p.sleep(350);
      await say(p, sub, s3Open[1]!);
      await p.sleep(120); // end-pointing: a new message id right away
      await say(p, sub, s3Open[2]!);
      await p.sleep(350);

      // The question's interims, then the answer starts before the question's final arrives.
      const qId = sub.newId();
      const aId = sub.newId();
      const qSteps = interims(s3Question[1], s3Question[2]);
      const aSteps = interims(s3Answer[1], s3Answer[2]);
      for (const t of qSteps) {
        sub.update(qId, S3_SELF, t, true);
        await p.sleep(STEP);
      }
      let ai = 0;
      for (; ai < 2; ai++) {
        sub.update(aId, S3_PT, aSteps[ai]!, true);
        await p.sleep(STEP);
      }
      sub.update(qId, S3_SELF, s3Question[1], false);
      await p.sleep(STEP);
      for (; ai < aSteps.length; ai++) {
        sub.update(aId, S3_PT, aSteps[ai]!, true);
        await p.sleep(STEP);
      }
      sub.update(aId, S3_PT, s3Answer[1], false);
      await p.sleep(400);

      await say(p, sub, s3BeforeOff);
      await p.sleep(300);
      // Captions off: the toolbar button flips and the subtitles container is unmounted.
      const cc = q(p.doc, '#cc-button');
      cc.setAttribute('aria-pressed', 'false');
      cc.setAttribute('aria-label', 'Start subtitles');
      sub.setRequesting(false);
      // "It's mostly here on the inside, see how it puffs up." / "Yes, I can see it." (not shown)
      await p.sleep(REMOVE_AFTER_MS + 800);
      cc.setAttribute('aria-pressed', 'true');
      cc.setAttribute('aria-label', 'Stop subtitles');
      sub.setRequesting(true); // nothing to render until the next message arrives
      await p.sleep(400);
      await playTurns(p, sub, s3AfterOn);
    },
    leave: leaveToWelcome,
    expected: expectedOf([...s3Open, s3Question, s3Answer, s3BeforeOff, ...s3AfterOn], S3_SELF),
    forbidden: [`${S3_PT}:`, `${S3_SELF}:`],
  },
  {
    // Tests §6's newer-build chat-panel list: the side panel's "Closed captions" tab is open, so
    // every message is shown twice at once — in the overlay (`div.transcription-subtitles` › p ›
    // span "Name: text") and in `#subtitles-messages-container` › `#subtitles-messages-list`, with
    // hashed classes, grouped by sender, items `[name?][content][time]` (the name only on a
    // group's first item, so the patient's second consecutive message carries no name). Each word
    // must still be captured once, with the right speaker, and no panel time or chat-tab text.
    // Assumed: the panel item appears with the first interim chunk, has an extra interim class
    // until the final, its content text node is rewritten in place, its time never changes; a
    // hidden Chat tab holds an ordinary chat message; avatars show initials in an SVG.
    name: 'jitsi r28: mood follow-up, overlay plus chat-panel captions tab (newer build)',
    url: 'https://meet.jit.si/BrooksBehavioralHealth-Bell',
    selfNames: [S4_SELF],
    body: conferencePage(S4_SELF, [S4_PT]) + chatPanel(),
    async play(p) {
      const sub = new JitsiSubtitles(p, panelMirror(p));
      await say(p, sub, s4Turns[0]!);
      await p.sleep(350);
      await say(p, sub, s4Turns[1]!);
      await p.sleep(150); // next message id from the same speaker
      await playTurns(p, sub, s4Turns.slice(2));
    },
    leave: leaveToWelcome,
    expected: expectedOf(s4Turns, S4_SELF),
    forbidden: [...s4Times, '2:13:40 PM', 'Running 2 min late', 'Closed captions', `${S4_PT}:`, `${S4_SELF}:`],
  },
];
