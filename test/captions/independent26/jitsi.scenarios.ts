// Round 26, Jitsi Meet: display names the way real clinics and patients have them, on ordinary
// 10-12 turn calls.
//
// Written blind from /work/shared/research/caption-platforms.md only. Research sections used:
//   §6  Jitsi Meet: the `<div class="transcription-subtitles">` container, one `<p>` per transcript
//       message id, each with one `<span>` whose text is "<participantName>: " + (final || stable +
//       unstable); interim text is replaced by the final text in the same paragraph.
//   §1  cross-platform summary (unit / name-in-DOM / mutation columns, for comparison only).
//   §4.5 and §8 item 10 (self-name resolution by comparing the author with your own display name),
//       used by analogy because §6 does not say how Jitsi labels the local user.
//   §9  fixture checklist (captions off/on with a new root, same-speaker continuation over two items,
//       word-by-word characterData growth, re-punctuation, distractors).
//
// Where §6 is silent, these scenarios ASSUME (each scenario repeats the assumptions it relies on):
//   - URL: a room on the public deployment, `https://meet.jit.si/<Room>` (§6 gives no URL patterns).
//   - In-call markers: a `#videoconference_page` that holds `#videospace`, `#largeVideoContainer` and a
//     toolbox with a "Leave the meeting" hangup button. Leaving unmounts the whole conference page and
//     mounts `#welcome_page` (§6 documents no in-call markers and no leave behaviour).
//   - The subtitles container sits inside `#largeVideoContainer`; it is mounted when the first message
//     arrives and unmounted when captions are turned off or when no message is left to show (§6 gives
//     no location and no lifecycle).
//   - The `<span>` holds a single text node that is rewritten in place (characterData), as a React text
//     child is; a new message id appends a new `<p>` at the end (§6 says "one <p> per message id" but
//     not how the update is applied).
//   - The local user's own lines carry the local display name, not "You" (§6 is silent; Jitsi's
//     inline "<participantName>: " prefix is assumed to use the display name for everyone).
//   - Names: §6 documents no truncation, no ellipsis and no reformatting of display names in the
//     subtitles, so every name below is shown in full exactly as the participant typed it.
//   - Interim text is shown without end-of-word punctuation; the final adds punctuation and case.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// Page and subtitle helpers (assumed Jitsi page shape; see the header).

interface Tile {
  id: string;
  name: string;
  local?: boolean;
}

function callBody(tiles: Tile[], chat?: { from: string; text: string }): string {
  const tileHtml = tiles
    .map((t) =>
      t.local
        ? `<span id="localVideoContainer" class="videocontainer"><span class="displayname" id="localDisplayName">${t.name}</span></span>`
        : `<span id="participant_${t.id}" class="videocontainer"><span class="displayname" id="participant_${t.id}_name">${t.name}</span></span>`,
    )
    .join('');
  const chatHtml = chat
    ? `<div id="sideToolbarContainer"><div id="chatconversation">` +
      `<div class="chatmessage-wrapper"><div class="chatmessage"><div class="display-name">${chat.from}</div>` +
      `<div class="usermessage">${chat.text}</div></div></div></div></div>`
    : '';
  return (
    `<div id="react"><div id="videoconference_page">` +
    `<div id="videospace">` +
    `<div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay muted></video></div></div>` +
    `<div class="filmstrip"><div id="filmstripRemoteVideos">${tileHtml}</div></div>` +
    `</div>` +
    chatHtml +
    `<div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">` +
    `<div aria-label="Start / Stop subtitles" aria-pressed="true" class="toolbox-button" role="button" tabindex="0"></div>` +
    `<div aria-label="Leave the meeting" class="hangup-button" role="button" tabindex="0"></div>` +
    `</div></div></div>` +
    `</div></div>`
  );
}

/** Hangup: the conference page is unmounted and the welcome page is shown (assumed). */
function leaveCall(p: Page) {
  p.doc.querySelector('#videoconference_page')?.remove();
  q(p.doc, '#react').appendChild(el(p.doc, '<div id="welcome_page" class="welcome"></div>'));
}

/** Interim words: the final's words without end-of-word punctuation (assumed). */
const plainWords = (final: string) => final.split(' ').map((w) => w.replace(/[.,?!;:]+$/, ''));

class Subtitles {
  private box: HTMLElement | null = null;
  private shown: { para: HTMLElement; at: number }[] = [];
  constructor(private readonly p: Page) {}

  private mount(): HTMLElement {
    if (!this.box || !this.box.isConnected) {
      const box = el<HTMLElement>(this.p.doc, '<div class="transcription-subtitles"></div>');
      q(this.p.doc, '#largeVideoContainer').appendChild(box);
      this.box = box;
      return box;
    }
    return this.box;
  }

  /** Captions turned off: the whole container is unmounted; nothing said meanwhile is rendered. */
  off() {
    this.box?.remove();
    this.box = null;
    this.shown = [];
    this.p.doc.querySelector('[aria-label="Start / Stop subtitles"]')?.setAttribute('aria-pressed', 'false');
  }

  on() {
    this.p.doc.querySelector('[aria-label="Start / Stop subtitles"]')?.setAttribute('aria-pressed', 'true');
  }

  /** Removes final messages shown longer than `ms`; an empty container is unmounted (assumed). */
  reap(ms: number) {
    const now = Date.now();
    this.shown = this.shown.filter((s) => {
      if (now - s.at < ms) return true;
      s.para.remove();
      return false;
    });
    if (this.box && this.box.childElementCount === 0) {
      this.box.remove();
      this.box = null;
    }
  }

  /**
   * A new message id: appends `<p><span>Name: first</span></p>` and grows its text node word by word
   * (stable + unstable). `slip` shows a misheard unstable word at that index until the next word lands.
   */
  async interim(name: string, final: string, o: { step?: number; slip?: [number, string]; upTo?: number } = {}): Promise<Text> {
    const words = plainWords(final);
    const line = (i: number) => {
      const shown = words.slice(0, i);
      if (o.slip && o.slip[0] === i - 1) shown[i - 1] = o.slip[1];
      return `${name}: ${shown.join(' ')}`;
    };
    const para = el(this.p.doc, '<p><span></span></p>');
    const node = this.p.doc.createTextNode(line(1));
    q(para, 'span').appendChild(node);
    this.mount().appendChild(para);
    await this.p.sleep(o.step ?? 100);
    const last = o.upTo ?? words.length;
    for (let i = 2; i <= last; i++) {
      node.data = line(i);
      await this.p.sleep(o.step ?? 100);
    }
    return node;
  }

  /** Continues an interim message from word `from` (exclusive) to its end. */
  async resume(node: Text, name: string, final: string, from: number, step = 100) {
    const words = plainWords(final);
    for (let i = from + 1; i <= words.length; i++) {
      node.data = `${name}: ${words.slice(0, i).join(' ')}`;
      await this.p.sleep(step);
    }
  }

  /** The final result replaces the interim text in the same paragraph. */
  finalize(node: Text, name: string, final: string) {
    node.data = `${name}: ${final}`;
    const para = node.parentElement?.parentElement;
    if (para) this.shown.push({ para, at: Date.now() });
  }

  /** One whole message: interim growth, then the final, then a pause. */
  async say(name: string, final: string, o: { step?: number; slip?: [number, string]; gap?: number } = {}) {
    const node = await this.interim(name, final, o);
    await this.p.sleep(120);
    this.finalize(node, name, final);
    await this.p.sleep(o.gap ?? 400);
  }
}

type Line = [speaker: string, text: string];

// ---------------------------------------------------------------------------------------------------
// Scenario 1

const OKAFOR_MD = 'Dr. Amara Okafor, MD';
const PHONE = '+1 (555) 013-2270';
const okaforMdAnyForm = [OKAFOR_MD, 'Amara Okafor'];

const s1Lines: Line[] = [
  [OKAFOR_MD, 'Good morning, this is Dr. Okafor. Can you hear me all right?'],
  [PHONE, "Yes, I can hear you fine. I'm calling from my cell phone."],
  [OKAFOR_MD, 'Great. How has your blood pressure been since we raised the lisinopril?'],
  [PHONE, 'Mostly around one thirty over eighty in the mornings.'],
  [OKAFOR_MD, "That's a good improvement."],
  [OKAFOR_MD, 'Any dizziness when you stand up quickly?'],
  [PHONE, 'A little the first few days, but not anymore.'],
  [OKAFOR_MD, 'Two things: keep checking it daily and drink plenty of water.'],
  [PHONE, 'Okay. Should I still take the pill at night?'],
  [OKAFOR_MD, 'Yes, keep taking it at bedtime so it does not make you dizzy.'],
  [PHONE, 'Got it. Thank you, doctor.'],
];

/**
 * Tests: the clinician's display name carries a title and credentials ("Dr. Amara Okafor, MD") while
 * selfNames has the plain "Amara Okafor"; the patient dialled in and is shown only as a phone number
 * "+1 (555) 013-2270" (parentheses and a plus sign inside the "Name: " prefix). Ten turns; one clinician
 * turn is split over two message ids (two `<p>`s, one turn); a text with its own colon ("Two things:
 * ...") must not be read as a name; a misheard unstable word ("listen" → "lisinopril") is corrected
 * before the final; a chat message is a distractor.
 * Assumptions (§6 silent): URL, in-call markers and leave behaviour, container location, the local
 * user labelled with their display name (so the MD line is the clinician's), names never truncated.
 * Final messages stay on screen for the whole call here (no removal timeout emulated).
 */
const s1: Scenario = {
  name: 'jitsi r26: titled clinician "Dr. …, MD" vs plain selfName, dial-in patient shown as a phone number',
  url: 'https://meet.jit.si/OkaforBPFollowUp',
  selfNames: ['Amara Okafor'],
  body: callBody(
    [
      { id: 'local', name: OKAFOR_MD, local: true },
      { id: 'a1f3c9', name: PHONE },
    ],
    { from: OKAFOR_MD, text: 'Pharmacy fax is 555-0148' },
  ),
  async play(p) {
    const subs = new Subtitles(p);
    await subs.say(OKAFOR_MD, s1Lines[0]![1], { step: 90 });
    await subs.say(PHONE, s1Lines[1]![1], { step: 110 });
    // "lisinopril" (word index 11, the last word) is first heard as "listen"; one more interim update
    // corrects it before the final lands.
    {
      const t = s1Lines[2]![1];
      const node = await subs.interim(OKAFOR_MD, t, { step: 90, slip: [11, 'listen'] });
      node.data = `${OKAFOR_MD}: ${plainWords(t).join(' ')}`;
      await p.sleep(110);
      subs.finalize(node, OKAFOR_MD, t);
      await p.sleep(400);
    }
    await subs.say(PHONE, s1Lines[3]![1], { step: 120 });
    // One turn, two message ids.
    await subs.say(OKAFOR_MD, s1Lines[4]![1], { step: 90, gap: 250 });
    await subs.say(OKAFOR_MD, s1Lines[5]![1], { step: 90 });
    await subs.say(PHONE, s1Lines[6]![1], { step: 110 });
    await subs.say(OKAFOR_MD, s1Lines[7]![1], { step: 90 });
    await subs.say(PHONE, s1Lines[8]![1], { step: 120 });
    await subs.say(OKAFOR_MD, s1Lines[9]![1], { step: 90 });
    await subs.say(PHONE, s1Lines[10]![1], { step: 110 });
  },
  leave: leaveCall,
  expected: s1Lines.map(([who, text]): Expected =>
    who === OKAFOR_MD ? { speaker: okaforMdAnyForm, role: 'clinician', text } : { speaker: PHONE, text },
  ),
  forbidden: ['Pharmacy fax', '555-0148', 'Leave the meeting'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 2

const OKAFOR_PRONOUNS = 'Amara Okafor (she/her)';
const KIM = '김민준';
const DEVICE = 'iPhone (2)';
const okaforPronounsAnyForm = [OKAFOR_PRONOUNS, 'Amara Okafor', 'Okafor, Amara'];

const s2Before: Line[] = [
  [OKAFOR_PRONOUNS, 'Hello Mr. Kim, I can see your daughter joined as well.'],
  [KIM, 'Yes, my daughter is on her phone to help me.'],
  [DEVICE, "Hi, I'm Jisoo. I can translate if he gets stuck."],
  [OKAFOR_PRONOUNS, 'Thank you, Jisoo. Mr. Kim, how is the knee after the injection?'],
  [KIM, 'Much better, I can walk to the store now.'],
];
/** Said while captions were off: never rendered, never expected. */
const s2Unseen = 'Sorry, I turned my captions off by mistake, one moment.';
const s2After: Line[] = [
  [OKAFOR_PRONOUNS, 'Captions are back on. Any swelling in the evening?'],
  [DEVICE, 'A little swelling after long walks, he says.'],
  [KIM, 'Only after I walk a lot.'],
  [OKAFOR_PRONOUNS, 'Ice it for twenty minutes and keep the leg raised.'],
  [DEVICE, 'We will do that. Thank you so much.'],
  [OKAFOR_PRONOUNS, "You're welcome. I'll see you both in six weeks."],
];

/**
 * Tests: the clinician shows with pronouns ("Amara Okafor (she/her)") while selfNames is given as
 * "Okafor, Amara"; the patient's display name is in Hangul ("김민준") though he speaks English; his
 * daughter joined from a device left with its default name "iPhone (2)". Eleven turns; captions are
 * turned off mid-call (the container is unmounted) and back on (a new container node); what the
 * clinician said while they were off is not expected. Final messages are removed ~3 s after their final
 * and the container is unmounted when it empties, then re-mounted for the next message.
 * Assumptions (§6 silent): the removal timeout and unmount-when-empty (Jitsi keeps no scroll-back);
 * the off period (3.5 s) is longer than that timeout, so whether old finals would come back after
 * re-enabling does not arise; URL, in-call markers, container location, local display name as the
 * self label, names never truncated or transliterated.
 */
const s2: Scenario = {
  name: 'jitsi r26: clinician with pronouns vs "Last, First" selfName, Hangul patient, relative on "iPhone (2)", captions off/on',
  url: 'https://meet.jit.si/OrthoKneeCheck',
  selfNames: ['Okafor, Amara'],
  body: callBody([
    { id: 'local', name: OKAFOR_PRONOUNS, local: true },
    { id: '7be210', name: KIM },
    { id: '0c44d8', name: DEVICE },
  ]),
  async play(p) {
    const subs = new Subtitles(p);
    for (const [who, text] of s2Before) {
      subs.reap(3000);
      await subs.say(who, text, { step: who === OKAFOR_PRONOUNS ? 90 : 115 });
    }
    await p.sleep(700);
    subs.off();
    // The clinician speaks while captions are off: nothing reaches the DOM.
    void s2Unseen;
    await p.sleep(3500);
    subs.on();
    await p.sleep(300);
    for (const [who, text] of s2After) {
      subs.reap(3000);
      await subs.say(who, text, { step: who === OKAFOR_PRONOUNS ? 90 : 115 });
    }
  },
  leave: leaveCall,
  expected: [...s2Before, ...s2After].map(([who, text]): Expected =>
    who === OKAFOR_PRONOUNS ? { speaker: okaforPronounsAnyForm, role: 'clinician', text } : { speaker: who, text },
  ),
  forbidden: ['turned my captions off', 'by mistake', 'Start / Stop subtitles'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 3

const REYES = 'Dr. Daniel Reyes, DO';
const MARIA_D = 'Maria Delgado';
const LUIS_D = 'Luis Delgado';
const MARIA_C = 'Maria Chen';
const reyesAnyForm = [REYES, 'Reyes, Daniel', 'Daniel Reyes'];

const s3Lines: Line[] = [
  [REYES, 'Good afternoon. I have Maria Delgado, her son Luis, and our nurse Maria Chen on the call.'],
  [MARIA_C, "Hi Mrs. Delgado, I'm the nurse who called you last week."],
  [MARIA_D, 'Yes, I remember. Thank you for calling.'],
  [REYES, 'Mrs. Delgado, how is your breathing with the new inhaler?'],
  [MARIA_D, 'Better during the day, but I still wake up coughing.'],
  [LUIS_D, 'She wakes up two or three times a night.'],
  [REYES, 'Thanks, Luis. Are you using the spacer with it?'],
  [MARIA_D, "I don't think I have a spacer."],
  [MARIA_C, 'I can mail one today.'],
  [MARIA_C, "I'll also call to show you how to use it."],
  [REYES, "Good. Let's add a nightly dose and check again in two weeks."],
  [LUIS_D, 'Should she keep the rescue inhaler by the bed?'],
  [REYES, 'Yes, keep it by the bed and call us if she needs it more than twice a week.'],
];

/**
 * Tests: a four-person family visit. The clinician shows as "Dr. Daniel Reyes, DO" with selfNames
 * "Reyes, Daniel"; the patient "Maria Delgado" and her son "Luis Delgado" share a surname; the nurse
 * "Maria Chen" shares the patient's first name. Twelve turns; each must keep its full display name
 * (no merging of the two Marias or the two Delgados). Overlap: the son's message starts before the
 * patient's final lands in her earlier paragraph (a late final in a non-last `<p>`); the nurse's turn
 * spans two message ids. Texts mention the other participants' names ("her son Luis", "Thanks, Luis").
 * Assumptions (§6 silent): paragraph order follows message id creation; a late final may update an
 * earlier paragraph while a later one grows; finals stay on screen (no removal emulated); URL,
 * in-call markers, container location, local display name as the self label, names never truncated.
 */
const s3: Scenario = {
  name: 'jitsi r26: "Dr. …, DO" vs "Last, First" selfName, patient and son share a surname, two Marias',
  url: 'https://meet.jit.si/PulmDelgadoFamily',
  selfNames: ['Reyes, Daniel'],
  body: callBody([
    { id: 'local', name: REYES, local: true },
    { id: '19ad02', name: MARIA_D },
    { id: '5e7f31', name: LUIS_D },
    { id: 'c0ffee', name: MARIA_C },
  ]),
  async play(p) {
    const subs = new Subtitles(p);
    const step = (who: string) => (who === REYES ? 85 : who === MARIA_D ? 120 : 100);
    for (const i of [0, 1, 2, 3]) {
      const [who, text] = s3Lines[i]!;
      await subs.say(who, text, { step: step(who) });
    }
    // Turn 5 (patient) finishes its interim; the son starts; then her final lands late.
    {
      const [, tMaria] = s3Lines[4]!;
      const [, tLuis] = s3Lines[5]!;
      const mNode = await subs.interim(MARIA_D, tMaria, { step: 120 });
      await p.sleep(200);
      const lNode = await subs.interim(LUIS_D, tLuis, { step: 100, upTo: 2 });
      subs.finalize(mNode, MARIA_D, tMaria);
      await p.sleep(100);
      await subs.resume(lNode, LUIS_D, tLuis, 2, 100);
      await p.sleep(120);
      subs.finalize(lNode, LUIS_D, tLuis);
      await p.sleep(400);
    }
    for (const i of [6, 7]) {
      const [who, text] = s3Lines[i]!;
      await subs.say(who, text, { step: step(who) });
    }
    // The nurse's turn: two message ids.
    await subs.say(MARIA_C, s3Lines[8]![1], { step: 100, gap: 250 });
    await subs.say(MARIA_C, s3Lines[9]![1], { step: 100 });
    for (const i of [10, 11, 12]) {
      const [who, text] = s3Lines[i]!;
      await subs.say(who, text, { step: step(who) });
    }
  },
  leave: leaveCall,
  expected: s3Lines.map(([who, text]): Expected =>
    who === REYES ? { speaker: reyesAnyForm, role: 'clinician', text } : { speaker: who, text },
  ),
  forbidden: ['Leave the meeting'],
};

export const jitsiScenarios: Scenario[] = [s1, s2, s3];
