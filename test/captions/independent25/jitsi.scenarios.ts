// Round 25 — Jitsi Meet: timing under stress on ordinary clinician-patient calls.
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §6 "Jitsi Meet" — subtitles container `div.transcription-subtitles` (`lifted` only when alone),
//      one `<p>` per transcript message id, each holding one `<span>` whose text is
//      "<participantName>: " + (final || stable + unstable); interim text is replaced by the final in
//      the same paragraph; the name is inline with a colon separator.
//   §8.4/§8.6 (MutationObserver with characterData; YUN's note that observers/rendering are throttled
//      in background tabs) — the reason for the hidden-tab burst scenario.
//   §9 fixture checklist (word-by-word growth, re-punctuation, non-caption distractors).
//
// Assumptions where the research is silent (shared by every scenario below):
//   - URL is a meet.jit.si room; in-call markers are the usual Jitsi conference page
//     (`#videoconference_page`, `#videospace`, `#largeVideoContainer`, the toolbox with a
//     `.hangup-button[aria-label="Leave the meeting"]`). Leaving unmounts `#videoconference_page`.
//   - The subtitles container sits in `#videospace` after `#largeVideoContainer`, and is rendered only
//     while there is at least one transcript message (the component renders nothing when the message
//     map is empty), so it is created with the first caption and removed/re-created when it empties.
//   - A span update is React rewriting the span's single text node in place (characterData).
//   - A paragraph is removed ~3 s after its message became final (Jitsi drops final transcript
//     messages after a short timeout); in a hidden (throttled) tab those removals only happen in the
//     next burst.
//   - The local user's own captions carry their own display name (no "You"/"me" label); that name is
//     in selfNames, so those turns are role 'clinician'. The other participant's role is left unset.
//   - Jitsi's final is the transcriber's re-punctuated/re-cased (and number-formatted) text, so the
//     scenarios compare loosely and expect the final wording.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const REMOVE_AFTER_MS = 3000;

function body(self: string, other: string): string {
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="largeVideoWrapper"><video id="largeVideo" autoplay muted></video></div>
      </div>
      <div class="filmstrip"><div id="remoteVideos">
        <span id="localVideoContainer" class="videocontainer"><span class="displayname">${self} (me)</span></span>
        <span id="participant_5f3a91c2" class="videocontainer"><span class="displayname">${other}</span></span>
      </div></div>
    </div>
    <div id="new-toolbox" class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Mute microphone"></div>
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Stop camera"></div>
      <div class="toolbox-button toggled" role="button" tabindex="0" aria-pressed="true" aria-label="Stop subtitles"></div>
      <div class="toolbox-button" role="button" tabindex="0" aria-label="Open chat"></div>
      <div class="hangup-button" role="button" tabindex="0" aria-label="Leave the meeting"></div>
    </div></div></div>
    <div id="sideToolbarContainer" class="chat-panel" style="display:none">
      <div id="chatconversation">
        <div class="chatmessage-wrapper"><div class="chatmessage">
          <div class="display-name">${other}</div>
          <div class="usermessage">Sent you my pharmacy fax number 555 0199</div>
        </div></div>
      </div>
    </div>
  </div>
</div>`;
}

const forbidden = ['Sent you my pharmacy fax', 'Leave the meeting', 'Stop subtitles', '(me)'];

function leave(p: Page) {
  p.doc.getElementById('videoconference_page')?.remove();
}

interface Msg {
  name: string;
  t: Text;
  para: HTMLElement;
  finalAt?: number;
  scheduled?: boolean;
}

/** The Jitsi subtitles component, driven by hand: `<p><span>Name: text</span></p>` per message id. */
class Subtitles {
  private root: HTMLElement | null = null;
  private live: Msg[] = [];
  /** While the tab is hidden, removal timers only fire at the next burst (`sweep`). */
  private throttled = false;
  constructor(private p: Page) {}

  private container(): HTMLElement {
    if (this.root && this.root.isConnected) return this.root;
    const root = el<HTMLElement>(this.p.doc, '<div class="transcription-subtitles"></div>');
    q(this.p.doc, '#videospace').appendChild(root);
    this.root = root;
    return root;
  }

  open(name: string, text: string): Msg {
    const para = el<HTMLElement>(this.p.doc, '<p><span></span></p>');
    const t = this.p.doc.createTextNode(`${name}: ${text}`);
    para.firstElementChild!.appendChild(t);
    this.container().appendChild(para);
    const m: Msg = { name, t, para };
    this.live.push(m);
    return m;
  }

  set(m: Msg, text: string) {
    m.t.data = `${m.name}: ${text}`;
  }

  final(m: Msg, text: string) {
    this.set(m, text);
    m.finalAt = Date.now();
    if (!this.throttled) this.schedule(m, REMOVE_AFTER_MS);
  }

  private schedule(m: Msg, ms: number) {
    m.scheduled = true;
    this.p.win.setTimeout(() => {
      if (!this.throttled) this.drop(m);
    }, ms);
  }

  private drop(m: Msg) {
    if (!this.live.includes(m)) return;
    this.live = this.live.filter((x) => x !== m);
    m.para.remove();
    if (this.root && this.live.length === 0) {
      this.root.remove();
      this.root = null;
    }
  }

  /** Removes every paragraph whose removal timer is overdue (what a throttled tab does in a burst). */
  sweep() {
    const now = Date.now();
    for (const m of [...this.live]) if (m.finalAt !== undefined && now - m.finalAt >= REMOVE_AFTER_MS) this.drop(m);
  }

  hide() {
    this.throttled = true;
    setVisibility(this.p, true);
  }

  show() {
    this.throttled = false;
    setVisibility(this.p, false);
    this.sweep();
    const now = Date.now();
    for (const m of this.live) if (m.finalAt !== undefined) this.schedule(m, Math.max(0, m.finalAt + REMOVE_AFTER_MS - now));
  }
}

function setVisibility(p: Page, hidden: boolean) {
  Object.defineProperty(p.doc, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(p.doc, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  p.doc.dispatchEvent(new p.win.Event('visibilitychange'));
}

/** Interim growth word by word, from `from` words already shown up to the whole `text`. */
async function grow(p: Page, s: Subtitles, m: Msg, text: string, stepMs: number, from = 1) {
  const w = text.split(' ');
  for (let i = from + 1; i <= w.length; i++) {
    s.set(m, w.slice(0, i).join(' '));
    await p.sleep(stepMs);
  }
}

/** One whole message: first word opens the paragraph, interim grows, then the final replaces it. */
async function say(p: Page, s: Subtitles, name: string, interim: string, final: string, stepMs: number): Promise<Msg> {
  const m = s.open(name, interim.split(' ')[0]!);
  await p.sleep(stepMs);
  await grow(p, s, m, interim, stepMs);
  s.final(m, final);
  await p.sleep(stepMs);
  return m;
}

/** Writes landing within a few ms of each other (one throttled-tab burst). */
async function burst(p: Page, writes: (() => void)[]) {
  for (const w of writes) {
    w();
    await p.sleep(2);
  }
}

/** The interim prefixes of `text` from `from`+1 words on, as burst writes. */
function words(s: Subtitles, m: Msg, text: string, from: number): (() => void)[] {
  const w = text.split(' ');
  const out: (() => void)[] = [];
  for (let i = from + 1; i <= w.length; i++) out.push(() => s.set(m, w.slice(0, i).join(' ')));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Scenario 1 — very fast speakers (word updates every 25-50 ms), two near-simultaneous starts
// (patient then clinician 60 ms apart; clinician then patient 40 ms apart, each time the first
// starter stops first), doses spoken and re-spelled, an unstable last word revised ("to" → "Tuesday",
// "sixteen" → "sixty"), and punctuation-only writes (mid-turn comma; final that only adds punctuation).
// Assumption: overlapping speech gives two paragraphs (two message ids) growing at the same time, in
// the order they started.
const S1_SELF = 'Dr. Maya Patel';
const S1_PAT = 'Rosa Delgado';

const s1 = {
  c1: "Good morning, Rosa. I'm looking at your refill request for metoprolol.",
  p2: "Yes, I take 25 milligrams twice a day and I ran out Tuesday.",
  p3: 'And also, the pharmacy said',
  c4: 'Okay, so let me confirm the dose first.',
  p5: '25, two five, morning and night.',
  c6: 'And any dizziness',
  p7: 'Oh wait, the new bottle says 12.5 milligrams, one two point five.',
  c8: "That's half your usual dose, 12.5 instead of 25. I'll send a new prescription for 25 milligrams, 60 tablets.",
  p9: '60 tablets, okay.',
  c10: 'Sorry, I was asking about dizziness when you stand up.',
  p11: 'No, none at all.',
  c12: "Great, I've sent it to the pharmacy on Elm Street.",
};

const fastSpeakers: Scenario = {
  name: 'jitsi r25: rapid-fire refill call with 25-50 ms word updates and two near-simultaneous starts',
  url: 'https://meet.jit.si/RefillFollowUp7781',
  selfNames: [S1_SELF],
  body: body(S1_SELF, S1_PAT),
  forbidden,
  loose: true,
  leave,
  async play(p) {
    const s = new Subtitles(p);
    const C = S1_SELF;
    const P = S1_PAT;
    await say(p, s, C, "good morning Rosa I'm looking at your refill request for metoprolol", s1.c1, 30);
    await p.sleep(150);

    // Patient, 25 ms per word, last word revised from "to" to "Tuesday".
    const p2 = s.open(P, 'yes');
    await p.sleep(25);
    await grow(p, s, p2, 'yes I take twenty five milligrams twice a day and I ran out to', 25);
    s.set(p2, 'yes I take twenty five milligrams twice a day and I ran out Tuesday');
    await p.sleep(25);
    s.final(p2, s1.p2);
    await p.sleep(120);

    // Overlap A: patient starts, clinician starts 60 ms later; patient yields first.
    await Promise.all([
      (async () => {
        const m = s.open(P, 'and');
        await p.sleep(40);
        await grow(p, s, m, 'and also the pharmacy said', 40);
        s.final(m, s1.p3);
      })(),
      (async () => {
        await p.sleep(60);
        const m = s.open(C, 'okay');
        await p.sleep(35);
        await grow(p, s, m, 'okay so let', 35);
        s.set(m, 'Okay, so let'); // punctuation/case-only interim write
        await p.sleep(35);
        await grow(p, s, m, 'Okay, so let me confirm the dose first', 35, 3);
        s.final(m, s1.c4); // only adds the full stop
      })(),
    ]);
    await p.sleep(200);

    await say(p, s, P, 'twenty five two five morning and night', s1.p5, 30);
    await p.sleep(150);

    // Overlap B: clinician starts, patient starts 40 ms later; clinician stops after three words.
    await Promise.all([
      (async () => {
        const m = s.open(C, 'and');
        await p.sleep(45);
        await grow(p, s, m, 'and any dizziness', 45);
        s.final(m, s1.c6);
      })(),
      (async () => {
        await p.sleep(40);
        const m = s.open(P, 'oh');
        await p.sleep(30);
        await grow(p, s, m, 'oh wait the new bottle says twelve point five milligrams one two point five', 30);
        s.final(m, s1.p7);
      })(),
    ]);
    await p.sleep(180);

    // Long, fast dose read-out with an unstable number revised.
    const c8 = s.open(C, "that's");
    await p.sleep(25);
    await grow(
      p,
      s,
      c8,
      "that's half your usual dose twelve point five instead of twenty five I'll send a new prescription for twenty five milligrams sixteen tablets",
      25,
    );
    s.set(c8, "that's half your usual dose twelve point five instead of twenty five I'll send a new prescription for twenty five milligrams sixty tablets");
    await p.sleep(25);
    s.final(c8, s1.c8);
    await p.sleep(140);

    await say(p, s, P, 'sixty tablets okay', s1.p9, 35);
    await p.sleep(120);
    await say(p, s, C, 'sorry I was asking about dizziness when you stand up', s1.c10, 30);
    await p.sleep(160);
    await say(p, s, P, 'no none at all', s1.p11, 40);
    await p.sleep(130);
    const c12 = await say(p, s, C, "Great I've sent it to the pharmacy on Elm Street", "Great, I've sent it to the pharmacy on Elm Street", 30);
    s.set(c12, s1.c12); // punctuation-only update after the text settled
    await p.sleep(50);
  },
  expected: [
    { speaker: S1_SELF, role: 'clinician', text: s1.c1 },
    { speaker: S1_PAT, text: `${s1.p2} ${s1.p3}` },
    { speaker: S1_SELF, role: 'clinician', text: s1.c4 },
    { speaker: S1_PAT, text: s1.p5 },
    { speaker: S1_SELF, role: 'clinician', text: s1.c6 },
    { speaker: S1_PAT, text: s1.p7 },
    { speaker: S1_SELF, role: 'clinician', text: s1.c8 },
    { speaker: S1_PAT, text: s1.p9 },
    { speaker: S1_SELF, role: 'clinician', text: s1.c10 },
    { speaker: S1_PAT, text: s1.p11 },
    { speaker: S1_SELF, role: 'clinician', text: s1.c12 },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 2 — the clinician's tab goes hidden mid-turn (visibilitychange, document.hidden = true).
// Caption updates then arrive in bursts after 1.2-2.8 s gaps, each burst writing several words and
// several whole turns (open → grow → final) within a few ms, and the overdue paragraph removals also
// fire inside the bursts. Then the tab is shown again and the call goes on at normal pace.
// Assumption: throttling batches the page's own work, so a burst is many separate characterData /
// childList mutations a few ms apart (not one combined write).
const S2_SELF = 'Dr. Maya Patel';
const S2_PAT = 'James Okafor';

const s2 = {
  c1: 'Hi James, thanks for joining. How has your blood sugar been this week?',
  p2: 'Mostly around 140 in the mornings.',
  p3: 'But on Sunday it was 212 after dinner.',
  c4: '212, okay. What did you eat?',
  p5: 'Pizza and a soda, I know.',
  c6: "Okay, let's recheck your A1C on June 14th.",
  p7: 'June 14th works. Morning?',
  c8: 'Yes, 8:30 a.m., fasting.',
  p9: '8:30 fasting, got it. Should I keep taking the metformin?',
  c10: 'Yes, 500 milligrams twice daily with meals.',
  p11: '500 twice daily. Thank you, doctor.',
  c12: "You're welcome. See you on the 14th.",
};

const hiddenTabBursts: Scenario = {
  name: 'jitsi r25: hidden clinician tab delivers words and whole turns in throttled bursts',
  url: 'https://meet.jit.si/DiabetesCheckIn2291',
  selfNames: [S2_SELF],
  body: body(S2_SELF, S2_PAT),
  forbidden,
  loose: true,
  leave,
  async play(p) {
    const s = new Subtitles(p);
    const C = S2_SELF;
    const P = S2_PAT;
    await say(p, s, C, 'hi James thanks for joining how has your blood sugar been this week', s2.c1, 80);
    await p.sleep(300);
    await say(p, s, P, 'mostly around one forty in the mornings', s2.p2, 90);
    await p.sleep(250);

    const p3 = s.open(P, 'but');
    await p.sleep(90);
    await grow(p, s, p3, 'but on Sunday', 90);
    s.hide(); // clinician switches to the EHR tab
    await p.sleep(1800);

    // Burst 1: rest of the patient's turn, a whole clinician turn, the start of the next patient turn.
    let c4: Msg | undefined;
    let p5: Msg | undefined;
    await burst(p, [
      ...words(s, p3, 'but on Sunday it was two hundred twelve after dinner', 3),
      () => s.final(p3, s2.p3),
      () => (c4 = s.open(C, 'two')),
      () => s.set(c4!, 'two hundred'),
      () => s.set(c4!, 'two hundred twelve okay'),
      () => s.set(c4!, 'two hundred twelve okay what did you'),
      () => s.set(c4!, 'two hundred twelve okay what did you eat'),
      () => s.final(c4!, s2.c4),
      () => (p5 = s.open(P, 'pizza')),
      () => s.set(p5!, 'pizza and'),
    ]);
    await p.sleep(2500);

    // Burst 2: overdue removals (first two turns), patient finishes, a whole clinician turn, next start.
    let c6: Msg | undefined;
    let p7: Msg | undefined;
    await burst(p, [
      ...words(s, p5!, 'pizza and a soda I know', 2),
      () => s.final(p5!, s2.p5),
      () => s.sweep(),
      () => (c6 = s.open(C, 'okay')),
      () => s.set(c6!, "okay let's recheck"),
      () => s.set(c6!, "okay let's recheck your A1C on"),
      () => s.set(c6!, "okay let's recheck your A1C on June fourteenth"),
      () => s.final(c6!, s2.c6),
      () => (p7 = s.open(P, 'June')),
      () => s.set(p7!, 'June fourteenth'),
    ]);
    await p.sleep(1200);

    // Burst 3: patient finishes, overdue removals, a whole clinician turn.
    let c8: Msg | undefined;
    await burst(p, [
      () => s.set(p7!, 'June fourteenth works'),
      () => s.set(p7!, 'June fourteenth works morning'),
      () => s.final(p7!, s2.p7),
      () => s.sweep(),
      () => (c8 = s.open(C, 'yes')),
      () => s.set(c8!, 'yes eight thirty'),
      () => s.set(c8!, 'yes eight thirty a.m.'),
      () => s.set(c8!, 'yes eight thirty a.m. fasting'),
      () => s.final(c8!, s2.c8),
    ]);
    await p.sleep(2800); // hidden and quiet
    s.show(); // clinician comes back to the call tab
    await p.sleep(200);

    await say(p, s, P, 'eight thirty fasting got it should I keep taking the metformin', s2.p9, 100);
    await p.sleep(300);
    await say(p, s, C, 'yes five hundred milligrams twice daily with meals', s2.c10, 80);
    await p.sleep(250);
    await say(p, s, P, 'five hundred twice daily thank you doctor', s2.p11, 90);
    await p.sleep(250);
    await say(p, s, C, "you're welcome see you on the fourteenth", s2.c12, 80);
  },
  expected: [
    { speaker: S2_SELF, role: 'clinician', text: s2.c1 },
    { speaker: S2_PAT, text: `${s2.p2} ${s2.p3}` },
    { speaker: S2_SELF, role: 'clinician', text: s2.c4 },
    { speaker: S2_PAT, text: s2.p5 },
    { speaker: S2_SELF, role: 'clinician', text: s2.c6 },
    { speaker: S2_PAT, text: s2.p7 },
    { speaker: S2_SELF, role: 'clinician', text: s2.c8 },
    { speaker: S2_PAT, text: s2.p9 },
    { speaker: S2_SELF, role: 'clinician', text: s2.c10 },
    { speaker: S2_PAT, text: s2.p11 },
    { speaker: S2_SELF, role: 'clinician', text: s2.c12 },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 3 — a patient who pauses 2-4 s mid-sentence while reading out a date of birth, a member ID
// and a dose, with the ID spelled, read back, and re-spelled with a correction. Pause kinds:
//   (a) the interim text just sits unchanged for 3 s and then grows on in the same paragraph;
//   (b) the transcriber finalizes the first half, every paragraph times out, the subtitles container
//       empties and is removed, and after 3.5 s the same sentence goes on in a NEW container/paragraph;
//   (c) a 2.5 s hold on an interim number, then an unstable word revised ("micro" → "micrograms").
// Also a punctuation/case-only interim write and punctuation-only finals.
// Assumption: (b) is how a long silence looks when the transcriber closes the message (see header).
const S3_SELF = 'Dr. Samuel Reyes';
const S3_PAT = 'Linh Tran';

const s3 = {
  c1: 'Before we start, can you confirm your date of birth and member ID?',
  p2: "Sure, it's March 3rd, 1962.",
  c3: 'March 3rd, 1962. And the member ID?',
  p4a: "It's W as in William, 447092",
  p4b: "318. Sorry, that's 447092318.",
  c5: 'Let me read that back: W 447-092-318.',
  p6: 'No, the last part is 381, not 318.',
  c7: 'Got it, W 447-092-381. And your current levothyroxine dose?',
  p8: '88 micrograms on weekdays and 100 on weekends.',
  c9: "88 on weekdays, 100 on weekends. I'll keep that the same.",
  p10: 'Thank you so much.',
};

const pausesAndNumbers: Scenario = {
  name: 'jitsi r25: 2-4 s mid-sentence pauses while spelling a DOB, member ID and dose, container re-mounted',
  url: 'https://meet.jit.si/ThyroidReview5063',
  selfNames: [S3_SELF],
  body: body(S3_SELF, S3_PAT),
  forbidden,
  loose: true,
  leave,
  async play(p) {
    const s = new Subtitles(p);
    const C = S3_SELF;
    const P = S3_PAT;
    await say(p, s, C, 'before we start can you confirm your date of birth and member ID', s3.c1, 80);
    await p.sleep(350);

    // (a) 3 s hold on an interim, same paragraph.
    const p2 = s.open(P, 'sure');
    await p.sleep(110);
    await grow(p, s, p2, "sure it's March", 110);
    await p.sleep(3000);
    await grow(p, s, p2, "sure it's March third nineteen sixty two", 110, 3);
    s.final(p2, s3.p2);
    await p.sleep(400);

    await say(p, s, C, 'March third nineteen sixty two and the member ID', s3.c3, 80);
    await p.sleep(300);

    // (b) first half finalized, everything times out, container removed, sentence resumes.
    await say(p, s, P, "it's W as in William four four seven zero nine two", s3.p4a, 120);
    await p.sleep(3500);
    await say(p, s, P, "three one eight sorry that's four four seven zero nine two three one eight", s3.p4b, 100);
    await p.sleep(350);

    await say(p, s, C, 'let me read that back W four four seven zero nine two three one eight', s3.c5, 80);
    await p.sleep(300);
    await say(p, s, P, 'no the last part is three eight one not three one eight', s3.p6, 90);
    await p.sleep(300);
    await say(p, s, C, 'got it W four four seven zero nine two three eight one and your current levothyroxine dose', s3.c7, 80);
    await p.sleep(300);

    // (c) 2.5 s hold on "eighty eight", then an unstable word revised.
    const p8 = s.open(P, 'eighty');
    await p.sleep(100);
    s.set(p8, 'eighty eight');
    await p.sleep(2500);
    s.set(p8, 'eighty eight micro');
    await p.sleep(100);
    await grow(p, s, p8, 'eighty eight micrograms on weekdays and one hundred on weekends', 100, 2);
    s.final(p8, s3.p8);
    await p.sleep(350);

    const c9 = s.open(C, 'eighty');
    await p.sleep(80);
    await grow(p, s, c9, "eighty eight on weekdays one hundred on weekends I'll keep that the same", 80);
    s.set(c9, "Eighty eight on weekdays, one hundred on weekends. I'll keep that the same"); // punctuation/case only
    await p.sleep(80);
    s.final(c9, s3.c9);
    await p.sleep(300);

    const p10 = s.open(P, 'Thank');
    await p.sleep(90);
    await grow(p, s, p10, 'Thank you so much', 90);
    s.final(p10, s3.p10); // only adds the full stop
    await p.sleep(90);
  },
  expected: [
    { speaker: S3_SELF, role: 'clinician', text: s3.c1 },
    { speaker: S3_PAT, text: s3.p2 },
    { speaker: S3_SELF, role: 'clinician', text: s3.c3 },
    { speaker: S3_PAT, text: `${s3.p4a} ${s3.p4b}` },
    { speaker: S3_SELF, role: 'clinician', text: s3.c5 },
    { speaker: S3_PAT, text: s3.p6 },
    { speaker: S3_SELF, role: 'clinician', text: s3.c7 },
    { speaker: S3_PAT, text: s3.p8 },
    { speaker: S3_SELF, role: 'clinician', text: s3.c9 },
    { speaker: S3_PAT, text: s3.p10 },
  ],
};

export const jitsiScenarios: Scenario[] = [fastSpeakers, hiddenTabBursts, pausesAndNumbers];
