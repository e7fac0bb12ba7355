/**
 * Jitsi Meet: independent scenarios, round 18.
 *
 * Written only from /work/shared/research/caption-platforms.md and the scenario kit/runner. No product
 * source and no other scenario or fixture files were read. Research sections used:
 *   §6    the subtitles container div.transcription-subtitles (class `lifted` when only one participant), one <p>
 *         per transcript message id holding a <span> whose text is "<participantName>: " + (final || stable +
 *         unstable); interim text replaced by the final text in the same paragraph; Jigasi transcriber required
 *   §7    telehealth products often embed Jitsi (white-label), so meet.jit.si rooms stand in for them
 *   §8    re-attach when the root is re-mounted; polling safety net; stabilisation; identity per element
 *   §9    fixture checklist (root re-mounted, same-speaker continuation over several items, retention)
 * The research is silent on Jitsi URLs, in-call markers, leaving, paragraph removal and layout changes; every
 * scenario states what it assumes about those.
 *
 * Common assumptions (all three scenarios):
 *   - URL https://meet.jit.si/<Room>; in-call page #videoconference_page with the toolbox hang-up button
 *     ([aria-label="Leave the meeting"] › .hangup-button); leaving removes the conference page, shows the welcome
 *     page and moves the URL to "/" (history.pushState).
 *   - The subtitles container lives in #largeVideoContainer and stays mounted while subtitles are on, even when
 *     it has no paragraphs.
 *   - Interim text is lower-case without punctuation; the final text (punctuated) replaces it in the same span
 *     text node (characterData); a finished paragraph is removed about 3 s after its final text.
 *   - The local participant's subtitles carry the local display name (no "You" label).
 */
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const tight = (html: string): string => html.replace(/>\s+</g, '><').trim();

/** Word-update intervals: fast runs 95–200 ms, product-timing runs 150–250 ms. */
const FAST = [120, 95, 175, 140, 110, 200, 130, 155, 100, 185];
const REAL = [200, 165, 235, 180, 150, 250, 190, 215, 170, 225];

const interim = (final: string): string => final.replace(/[.,?!;:]/g, '').replace(/^./, (c) => c.toLowerCase());

interface Para {
  p: HTMLElement;
  text: Text;
  name: string;
}

function jitsiBody(o: { self: string; others: string[]; chatFrom: string; chat: string }): string {
  const tile = (n: string, i: number) =>
    `<span id="participant_${(0x5a3c + i).toString(16)}" class="videocontainer"><span class="displayname">${n}</span></span>`;
  return tight(`<div id="react" class="jitsi-meet">
    <div id="videoconference_page">
      <div id="videospace">
        <div id="largeVideoContainer" class="videocontainer">
          <div id="largeVideoBackgroundContainer"></div>
          <div id="largeVideoWrapper"><video id="largeVideo" autoplay="" playsinline="" muted=""></video></div>
          <div class="transcription-subtitles"></div>
        </div>
        <div class="filmstrip">
          <div id="filmstripRemoteVideos">${o.others.map(tile).join('')}</div>
          <span id="localVideoContainer" class="videocontainer"><span class="displayname">${o.self} (me)</span></span>
        </div>
      </div>
      <div class="new-toolbox visible" id="new-toolbox"><div class="toolbox-content"><div class="toolbox-content-items">
        <div aria-pressed="true" aria-label="Stop subtitles" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon toggled"><svg></svg></div></div>
        <div aria-pressed="false" aria-label="Start sharing your screen" role="button" tabindex="0" class="toolbox-button share"><div class="toolbox-icon"><svg></svg></div></div>
        <div aria-label="Leave the meeting" role="button" tabindex="0" class="toolbox-button"><div class="toolbox-icon hangup-button"><svg></svg></div></div>
      </div></div></div>
      <div id="notifications-container" class="notifications-container"></div>
      <div id="sideToolbarContainer" class="chat-container">
        <div id="chatconversation"><div class="chatmessage-wrapper"><div class="chatmessage">
          <div class="display-name">${o.chatFrom}</div><div class="usermessage">${o.chat}</div><div class="timestamp">10:42</div>
        </div></div></div>
      </div>
    </div>
  </div>`);
}

function jitsiLeave(p: Page): void {
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc.getElementById('react')?.append(
    el(p.doc, tight('<div id="welcome_page" class="welcome"><h1 class="header-text-title">Secure and high quality meetings</h1><button id="enter_room_button">Start meeting</button></div>')),
  );
  p.win.history.pushState({}, '', '/');
}

function notify(p: Page, text: string): HTMLElement {
  const n = el(p.doc, tight(`<div class="notification" role="alert"><span class="title">${text}</span></div>`));
  q(p.doc, '#notifications-container').append(n);
  return n;
}

/** Drives Jitsi's subtitles component (§6). */
class JitsiCall {
  private readonly paras = new Map<number, Para>();
  private n = 0;
  private k = 0;

  constructor(
    private readonly pg: Page,
    private readonly steps: number[],
    private readonly keepMs = 3000,
  ) {}

  pause(ms: number): Promise<void> {
    return this.pg.sleep(ms);
  }

  private tick(): Promise<void> {
    return this.pg.sleep(this.steps[this.k++ % this.steps.length]!);
  }

  box(): HTMLElement {
    return q(this.pg.doc, '.transcription-subtitles');
  }

  /** A new transcript message id → a new paragraph. */
  open(name: string, body: string): number {
    const doc = this.pg.doc;
    const id = ++this.n;
    const para = doc.createElement('p');
    const span = doc.createElement('span');
    const text = doc.createTextNode(`${name}: ${body}`);
    span.append(text);
    para.append(span);
    this.box().append(para);
    this.paras.set(id, { p: para, text, name });
    return id;
  }

  set(id: number, body: string): void {
    const e = this.paras.get(id);
    if (e) e.text.data = `${e.name}: ${body}`;
  }

  /** The final result replaces the interim text; the paragraph goes away a few seconds later. */
  finalize(id: number, final: string): void {
    this.set(id, final);
    this.pg.win.setTimeout(() => this.drop(id), this.keepMs);
  }

  drop(id: number): void {
    this.paras.get(id)?.p.remove();
    this.paras.delete(id);
  }

  /**
   * One message: interim growth (stable + unstable; `wrong` shows a misheard unstable last word at that step,
   * corrected on the next), then the final text unless `hold` (the caller finalizes later).
   */
  async say(
    name: string,
    final: string,
    opts: { hook?: (i: number) => unknown; wrong?: [number, string]; hold?: boolean } = {},
  ): Promise<number> {
    const words = interim(final).split(' ');
    const id = this.open(name, words[0]!);
    await opts.hook?.(1);
    await this.tick();
    for (let i = 2; i <= words.length; i++) {
      const shown = opts.wrong && opts.wrong[0] === i ? [...words.slice(0, i - 1), opts.wrong[1]] : words.slice(0, i);
      this.set(id, shown.join(' '));
      await opts.hook?.(i);
      await this.tick();
    }
    if (!opts.hold) {
      this.finalize(id, final);
      await this.tick();
    }
    return id;
  }

  /** The container is re-mounted: a new node whose paragraphs are fresh copies of the current ones. */
  remount(): void {
    const old = this.box();
    const fresh = old.cloneNode(false) as HTMLElement;
    for (const e of this.paras.values()) {
      const c = e.p.cloneNode(true) as HTMLElement;
      fresh.append(c);
      e.p = c;
      e.text = c.firstChild!.firstChild as Text;
    }
    old.replaceWith(fresh);
  }

  lifted(on: boolean): void {
    this.box().classList.toggle('lifted', on);
  }
}

function setSharing(p: Page, on: boolean): void {
  const btn = q(p.doc, '.toolbox-button.share');
  btn.setAttribute('aria-pressed', String(on));
  btn.setAttribute('aria-label', on ? 'Stop sharing your screen' : 'Start sharing your screen');
  q(p.doc, '#largeVideoContainer').classList.toggle('screen-share', on);
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Asthma action plan shown by screen share, with the patient's mother on the call. Assumptions (research silent
//    on layouts): starting a screen share swaps the large video and RE-MOUNTS the subtitles container, copying the
//    paragraphs still on screen, including the clinician's in-progress interim paragraph (which keeps growing in
//    the copy); stopping the share re-mounts it again the same way. One unstable word is misheard ("control") and
//    corrected. The teenage patient speaks first after the clinician, so the mother gets no role.
// ---------------------------------------------------------------------------------------------------------------
function screenShareScenario(): Scenario {
  const DR = 'Dr. Hana Okafor';
  const BEN = 'Ben Carter';
  const RUTH = 'Ruth Carter';
  const t = {
    hi: 'Hi Ben, hi Ruth. How has the breathing been since we changed the inhaler?',
    better: 'Better. I only needed the blue one twice this month.',
    night: 'He had one bad night after soccer practice, but that was it.',
    share: "That's good progress. I'll share his updated action plan so we can look at it together.",
    green: 'The green zone means he takes the controller every morning and evening.',
    fine: 'Even if I feel fine?',
    good: "Yes, even on good days. That's what keeps the swelling down.",
    soccer: 'Should he use the blue inhaler before soccer?',
    puffs: 'Yes, two puffs about fifteen minutes before practice.',
    okay: 'Okay.',
    stopped: "I've stopped sharing. Ben, any coughing at night?",
    no: 'No.',
    portal: "Great. Ruth, I'll send the plan to the portal so you can print it.",
    fridge: "Thank you, it's going on the fridge.",
    bye: 'See you both in three months.',
  };
  return {
    name: 'jitsi18: screen share re-mounts the subtitles container mid-utterance, stop re-mounts it again',
    url: 'https://meet.jit.si/MapleClinicPeds-4821',
    selfNames: [DR],
    body: jitsiBody({ self: DR, others: [BEN, RUTH], chatFrom: RUTH, chat: 'we are on the tablet today' }),
    async play(p) {
      const j = new JitsiCall(p, FAST);
      await j.say(DR, t.hi);
      await j.pause(800);
      await j.say(BEN, t.better);
      await j.pause(500);
      await j.say(RUTH, t.night);
      await j.pause(600);
      await j.say(DR, t.share);
      await j.pause(900);
      await j.say(DR, t.green, {
        wrong: [8, 'control'],
        hook: (i) => {
          if (i !== 4) return;
          setSharing(p, true);
          j.remount();
        },
      });
      await j.pause(700);
      await j.say(BEN, t.fine);
      await j.pause(400);
      await j.say(DR, t.good);
      await j.pause(600);
      await j.say(RUTH, t.soccer);
      await j.pause(450);
      await j.say(DR, t.puffs);
      await j.pause(500);
      await j.say(BEN, t.okay);
      await j.pause(1200);
      setSharing(p, false);
      j.remount();
      await j.pause(800);
      await j.say(DR, t.stopped);
      await j.pause(500);
      await j.say(BEN, t.no);
      await j.pause(600);
      await j.say(DR, t.portal);
      await j.pause(400);
      await j.say(RUTH, t.fridge);
      await j.pause(700);
      await j.say(DR, t.bye);
    },
    leave: jitsiLeave,
    expected: [
      { speaker: DR, role: 'clinician', text: t.hi },
      { speaker: BEN, role: 'patient', text: t.better },
      { speaker: RUTH, text: t.night },
      { speaker: DR, role: 'clinician', text: t.share },
      { speaker: DR, role: 'clinician', text: t.green },
      { speaker: BEN, role: 'patient', text: t.fine },
      { speaker: DR, role: 'clinician', text: t.good },
      { speaker: RUTH, text: t.soccer },
      { speaker: DR, role: 'clinician', text: t.puffs },
      { speaker: BEN, role: 'patient', text: t.okay },
      { speaker: DR, role: 'clinician', text: t.stopped },
      { speaker: BEN, role: 'patient', text: t.no },
      { speaker: DR, role: 'clinician', text: t.portal },
      { speaker: RUTH, text: t.fridge },
      { speaker: DR, role: 'clinician', text: t.bye },
    ] satisfies Expected[],
    forbidden: ['(me)', 'on the tablet today', 'Start meeting', '10:42'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Postpartum check on a bad line. Assumptions: a stalled interim stays unchanged for 2.4 s, then keeps growing in
//    the same paragraph; "Can you hear me?" is said twice by each person as alternating messages; when the patient
//    drops, a notification (outside the subtitles) appears and the container gets `lifted` (only one participant
//    left, §6); on rejoin `lifted` is removed and the patient's new messages carry the same name. The clinician's
//    two messages around the drop are one merged turn for the runner.
// ---------------------------------------------------------------------------------------------------------------
function poorConnectionScenario(): Scenario {
  const DR = 'Dr. Omar Haddad';
  const GRACE = 'Grace Kim';
  const t = {
    hi: 'Hi Grace, how are you and the baby doing this week?',
    feeding: "We're okay. She's feeding every three hours, and I'm finally getting a little more sleep.",
    hear: 'Can you hear me?',
    choppy: 'The connection is choppy, Grace. If you drop, just use the same link to come back.',
    wait: "She dropped, I'll wait here for a minute.",
    router: 'Sorry about that, I moved closer to the router.',
    incision: 'No problem. How is your incision healing?',
    sore: "It's fine, just a little sore when I stand up.",
    fever: 'Any fever or heavy bleeding?',
    no: 'No.',
    mood: 'And how has your mood been?',
    teary: 'Some teary days, but my husband is helping a lot.',
    normal: "That's normal in the first weeks. Let's check in again at your six week visit.",
  };
  return {
    name: 'jitsi18: poor connection (stalled interim, can-you-hear-me x2 each, patient drops and rejoins)',
    url: 'https://meet.jit.si/RiversideOBVirtual-2290',
    selfNames: [DR],
    body: jitsiBody({ self: DR, others: [GRACE], chatFrom: GRACE, chat: 'my video keeps freezing' }),
    async play(p) {
      const j = new JitsiCall(p, FAST);
      await j.say(DR, t.hi);
      await j.pause(900);
      // Interim words: we're(1) okay(2) she's(3) feeding(4) every(5) three(6) hours(7) and(8) I'm(9) → stall.
      await j.say(GRACE, t.feeding, {
        hook: async (i) => {
          if (i === 9) await j.pause(2400);
        },
      });
      await j.pause(1300);
      await j.say(DR, t.hear);
      await j.pause(1100);
      await j.say(GRACE, t.hear);
      await j.pause(900);
      await j.say(DR, t.hear);
      await j.pause(1200);
      await j.say(GRACE, t.hear);
      await j.pause(700);
      await j.say(DR, t.choppy);
      await j.pause(600);
      const weak = notify(p, 'Grace Kim is having connectivity issues');
      await j.pause(800);
      weak.remove();
      q(p.doc, '#filmstripRemoteVideos').replaceChildren();
      const left = notify(p, 'Grace Kim left the meeting');
      j.lifted(true);
      await j.pause(1000);
      await j.say(DR, t.wait);
      await j.pause(1500);
      left.remove();
      q(p.doc, '#filmstripRemoteVideos').append(
        el(p.doc, '<span id="participant_9b71" class="videocontainer"><span class="displayname">Grace Kim</span></span>'),
      );
      const joined = notify(p, 'Grace Kim joined the meeting');
      j.lifted(false);
      await j.pause(900);
      await j.say(GRACE, t.router);
      joined.remove();
      await j.pause(500);
      await j.say(DR, t.incision);
      await j.pause(400);
      await j.say(GRACE, t.sore);
      await j.pause(600);
      await j.say(DR, t.fever);
      await j.pause(350);
      await j.say(GRACE, t.no);
      await j.pause(500);
      await j.say(DR, t.mood);
      await j.pause(700);
      await j.say(GRACE, t.teary);
      await j.pause(600);
      await j.say(DR, t.normal);
    },
    leave: jitsiLeave,
    expected: [
      { speaker: DR, role: 'clinician', text: t.hi },
      { speaker: GRACE, role: 'patient', text: t.feeding },
      { speaker: DR, role: 'clinician', text: t.hear },
      { speaker: GRACE, role: 'patient', text: t.hear },
      { speaker: DR, role: 'clinician', text: t.hear },
      { speaker: GRACE, role: 'patient', text: t.hear },
      { speaker: DR, role: 'clinician', text: t.choppy },
      { speaker: DR, role: 'clinician', text: t.wait },
      { speaker: GRACE, role: 'patient', text: t.router },
      { speaker: DR, role: 'clinician', text: t.incision },
      { speaker: GRACE, role: 'patient', text: t.sore },
      { speaker: DR, role: 'clinician', text: t.fever },
      { speaker: GRACE, role: 'patient', text: t.no },
      { speaker: DR, role: 'clinician', text: t.mood },
      { speaker: GRACE, role: 'patient', text: t.teary },
      { speaker: DR, role: 'clinician', text: t.normal },
    ] satisfies Expected[],
    forbidden: ['(me)', 'connectivity issues', 'left the meeting', 'joined the meeting', 'keeps freezing', '10:42'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Low-back pain history, product timing (150–250 ms per word). Assumptions: the patient's long account arrives
//    as two messages; the clinician's "Mm-hmm." is its own message that appears while the patient's first message
//    is still interim, and that first message gets its final text just after (overlap; expected order follows who
//    started first); finished paragraphs are removed ~3 s after their final text, so the earliest ones disappear
//    while the second long message is still growing (retention). One-word answers from the patient.
// ---------------------------------------------------------------------------------------------------------------
function backchannelScenario(): Scenario {
  const DR = 'Dr. Laura Mendes';
  const FRANK = 'Frank Delgado';
  const t = {
    hi: "Hi Frank, I'm Dr. Mendes. What's going on with your back?",
    lift: 'About three weeks ago I was lifting a bag of cement out of the truck and felt something pull low on the right side.',
    mmhmm: 'Mm-hmm.',
    morning: 'The next morning I could barely get out of bed, and now the pain runs down the back of my leg to the knee, especially when I sit in the car.',
    isee: 'I see.',
    heat: "I've been taking ibuprofen and using a heating pad, which helps a little.",
    numb: 'Any numbness in your foot?',
    no: 'No.',
    heels: 'Can you stand on your heels and then your toes?',
    yes: 'Yes.',
    nerve: 'Good. This sounds like a pinched nerve, and most of these get better with physical therapy.',
    okay: 'Okay.',
    referral: "I'll send a referral today, and call us right away if your leg gets weak.",
    thanks: 'Thanks, doctor.',
  };
  return {
    name: 'jitsi18: long patient account with overlapping backchannel while old paragraphs expire (product timing)',
    url: 'https://meet.jit.si/SpineCareTelehealth-7734',
    selfNames: [DR],
    productTiming: true,
    body: jitsiBody({ self: DR, others: [FRANK], chatFrom: FRANK, chat: 'can you see me ok' }),
    async play(p) {
      const j = new JitsiCall(p, REAL);
      await j.say(DR, t.hi);
      await j.pause(800);
      const lift = await j.say(FRANK, t.lift, { hold: true });
      await j.pause(150);
      await j.say(DR, t.mmhmm);
      j.finalize(lift, t.lift);
      await j.pause(450);
      await j.say(FRANK, t.morning);
      await j.pause(300);
      await j.say(DR, t.isee);
      await j.pause(400);
      await j.say(FRANK, t.heat);
      await j.pause(700);
      await j.say(DR, t.numb);
      await j.pause(450);
      await j.say(FRANK, t.no);
      await j.pause(600);
      await j.say(DR, t.heels);
      await j.pause(900);
      await j.say(FRANK, t.yes);
      await j.pause(500);
      await j.say(DR, t.nerve);
      await j.pause(400);
      await j.say(FRANK, t.okay);
      await j.pause(600);
      await j.say(DR, t.referral);
      await j.pause(500);
      await j.say(FRANK, t.thanks);
    },
    leave: jitsiLeave,
    expected: [
      { speaker: DR, role: 'clinician', text: t.hi },
      { speaker: FRANK, role: 'patient', text: t.lift },
      { speaker: DR, role: 'clinician', text: t.mmhmm },
      { speaker: FRANK, role: 'patient', text: t.morning },
      { speaker: DR, role: 'clinician', text: t.isee },
      { speaker: FRANK, role: 'patient', text: t.heat },
      { speaker: DR, role: 'clinician', text: t.numb },
      { speaker: FRANK, role: 'patient', text: t.no },
      { speaker: DR, role: 'clinician', text: t.heels },
      { speaker: FRANK, role: 'patient', text: t.yes },
      { speaker: DR, role: 'clinician', text: t.nerve },
      { speaker: FRANK, role: 'patient', text: t.okay },
      { speaker: DR, role: 'clinician', text: t.referral },
      { speaker: FRANK, role: 'patient', text: t.thanks },
    ] satisfies Expected[],
    forbidden: ['(me)', 'can you see me ok', '10:42'],
  };
}

export const jitsiScenarios: Scenario[] = [screenShareScenario(), poorConnectionScenario(), backchannelScenario()];
