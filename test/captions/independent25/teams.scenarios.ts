// Round 25, Microsoft Teams web: timing under stress on ordinary clinician-patient calls.
//
// Written blind from /work/shared/research/caption-platforms.md only. Research sections used:
//   §1 (cross-platform summary: one list item per utterance, author in the DOM, text refined in place),
//   §4.1 (URLs, in-call markers #hangup-button / button[data-tid=hangup-main-btn|anon-hangup-button]),
//   §4.2 (captions on = [data-tid=closed-caption-renderer-wrapper] appears; the .f419p8h wrapper),
//   §4.3 (the 2026 host item outline from TMS-FIX; host vs. guest shapes from VEXA; rotating hashes;
//         no caption ids in the HTML),
//   §4.4 (in-place growth + re-punctuation through characterData; one item per utterance, the same
//         speaker may get consecutive items; partials per speaker ordered by start time (ACS PR #4462);
//         a new tail entry finalises the previous one (VEXA)),
//   §4.5 (self captions carry the user's own display name, not "You"),
//   §8 item 6 (hidden tabs throttle observers/rendering, so updates land late and in bursts).
//
// General assumptions where the research is silent:
// - React renders no whitespace text nodes, so item markup is built without them.
// - A new item arrives already holding its first word (a text node in closed-caption-text), and then
//   grows by rewriting that same text node's data.
// - Leaving the call tears down the whole call screen (toolbar with the hang-up button and the caption
//   renderer) in one go.
// - Speakers: the local user (selfNames) is the clinician, role set only on those turns; the other
//   participants' roles are not stated by any DOM rule, so no role is expected for them.
import { el, q } from '../independent/kit.ts';
import type { Expected, Page, Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// DOM builders (research §4.3 outline, host and guest variants)

const tight = (html: string) => html.replace(/>\s+</g, '><').trim();

interface Item {
  item: HTMLElement;
  text: Text;
}

function callScreen(hangup: string, captionsOn: boolean, guest = false): string {
  return tight(`
    <div id="app-root">
      <div class="fui-Flex ___callstage" data-r25="call-screen">
        <div class="fui-Flex ___video"><div class="fui-Flex ___tiles"></div></div>
        <div class="f419p8h ___capslot">${captionsOn ? captionsRoot(guest) : ''}</div>
        <div class="fui-Flex ___toolbar" role="toolbar">
          <button type="button" data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More"></button>
          ${hangup}
        </div>
      </div>
    </div>`);
}

function captionsRoot(guest: boolean): string {
  // Host: the list inner `.fui-Flex` holds the items. Guest (VEXA): items sit directly under the
  // virtual-list-content node.
  return tight(`
    <div data-tid="closed-caption-renderer-wrapper">
      <div data-tid="closed-caption-v2-window-wrapper">
        <div data-tid="closed-caption-v2-virtual-list-content">${guest ? '' : '<div class="fui-Flex ___r25list"></div>'}</div>
      </div>
    </div>`);
}

const HOST_HANGUP = '<button type="button" id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>';
const GUEST_HANGUP = '<button type="button" data-tid="anon-hangup-button" aria-label="Leave">Leave</button>';

function hostList(doc: Document): HTMLElement {
  return q(doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
}

function guestList(doc: Document): HTMLElement {
  return q(doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
}

let avatarSeq = 0;

/** One host-view utterance item, exactly the TMS-FIX shape; returns the item and its text node. */
function hostItem(doc: Document, name: string, first: string): Item {
  avatarSeq++;
  const wrap = el(
    doc,
    tight(`
    <div class="fui-Flex ___r25a"><div class="fui-Flex ___r25b"><div class="fui-Flex ___r25c">
      <div class="fui-ChatMessageCompact ___r25d">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar">
          <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
            <span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" src="https://teams.microsoft.com/api/mt/part/amer-02/beta/users/profilepicturev2/p${avatarSeq}?size=HR64x64"></span>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
        <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
          <div>
            <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>
            <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
          </div>
        </div>
        <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      </div>
    </div></div></div>`),
  );
  const text = doc.createTextNode(first);
  q(wrap, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item: wrap, text };
}

/**
 * One guest-view item. VEXA documents only "(div) > author + text" with no items-renderer; the
 * author div + text div.fui-Flex pair (TT's parent walk) is kept, everything else is my assumption.
 */
function guestItem(doc: Document, name: string, first: string): Item {
  const wrap = el(
    doc,
    tight(`
    <div class="fui-Flex ___g25a">
      <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${name}</span></span></div>
      <div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>
    </div>`),
  );
  const text = doc.createTextNode(first);
  q(wrap, '[data-tid="closed-caption-text"]').appendChild(text);
  return { item: wrap, text };
}

function leaveCall(p: Page) {
  p.doc.querySelector('[data-r25="call-screen"]')?.remove();
}

// ---------------------------------------------------------------------------------------------------
// Timing helpers

/** Word-by-word growth with a per-step delay picked from `delays` (cycled), then an optional final. */
async function growJ(p: Page, node: Text, text: string, final: string | undefined, delays: readonly number[], from = 1) {
  const words = text.split(' ');
  let k = 0;
  for (let i = from + 1; i <= words.length; i++) {
    node.data = words.slice(0, i).join(' ');
    await p.sleep(delays[k++ % delays.length]!);
  }
  if (final !== undefined) {
    node.data = final;
    await p.sleep(delays[k % delays.length]!);
  }
}

/** Explicit successive states of one text node (ASR re-spelling), one per step. */
async function states(p: Page, node: Text, list: readonly string[], ms: number) {
  for (const s of list) {
    node.data = s;
    await p.sleep(ms);
  }
}

/** Prefixes of `text` from word `from`+1 up to the end (for burst writes). */
function prefixes(text: string, from: number, to?: number): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  for (let i = from + 1; i <= (to ?? words.length); i++) out.push(words.slice(0, i).join(' '));
  return out;
}

/** A throttled flush: all writes land within a few ms (some in the same tick, some 1-3 ms apart). */
async function burst(p: Page, writes: Array<() => void>) {
  for (let i = 0; i < writes.length; i++) {
    writes[i]!();
    if (i % 2 === 1) await p.sleep(1 + (i % 3));
  }
}

function setHidden(p: Page, hidden: boolean) {
  Object.defineProperty(p.doc, 'hidden', { configurable: true, get: () => hidden });
  Object.defineProperty(p.doc, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
  p.doc.dispatchEvent(new p.win.Event('visibilitychange'));
}

const FAST = [25, 38, 31, 47, 29, 42, 35, 50, 27, 44, 33, 40] as const;
const NORMAL = [80, 110, 95, 130, 70, 120, 100, 90, 140, 85] as const;

// ---------------------------------------------------------------------------------------------------
// Scenario 1: very fast speakers

const S1_DOC = 'Dr. Priya Raman';
const S1_PT = 'Marcus Bell';
const S1_TURNS: { who: string; words: string; final: string; gapAfter: number }[] = [
  { who: S1_DOC, words: "Good morning Marcus I have your lab results here so let's go through them quickly", final: "Good morning, Marcus. I have your lab results here, so let's go through them quickly.", gapAfter: 30 },
  { who: S1_PT, words: "Sure go ahead I've been waiting all week for these honestly", final: "Sure, go ahead. I've been waiting all week for these, honestly.", gapAfter: 120 },
  { who: S1_DOC, words: 'Your cholesterol is down a lot the LDL went from one sixty to one twenty which is great', final: 'Your cholesterol is down a lot. The LDL went from 160 to 120, which is great.', gapAfter: 40 },
  { who: S1_PT, words: "Oh wow that's better than I expected", final: "Oh wow, that's better than I expected.", gapAfter: 150 },
  { who: S1_PT, words: 'so the diet is actually working then', final: 'So the diet is actually working then?', gapAfter: 25 },
  { who: S1_DOC, words: 'It is and your blood pressure looks fine too but your A1C is still a little high at seven point two', final: 'It is, and your blood pressure looks fine too, but your A1C is still a little high at 7.2.', gapAfter: 60 },
  { who: S1_PT, words: 'Okay what does that mean for the metformin', final: 'Okay, what does that mean for the metformin?', gapAfter: 35 },
  { who: S1_DOC, words: "I'd like to keep the same dose for now and recheck in three months", final: "I'd like to keep the same dose for now and recheck in three months.", gapAfter: 200 },
  { who: S1_PT, words: 'Three months got it should I book that now', final: 'Three months, got it. Should I book that now?', gapAfter: 30 },
  { who: S1_DOC, words: 'Yes the front desk can set it up before you log off today', final: 'Yes, the front desk can set it up before you log off today.', gapAfter: 45 },
  { who: S1_PT, words: 'Perfect thanks doctor', final: 'Perfect, thanks, doctor.', gapAfter: 25 },
  { who: S1_DOC, words: "You're welcome take care Marcus", final: "You're welcome. Take care, Marcus.", gapAfter: 0 },
];

/**
 * Tests: two very fast talkers whose text node is rewritten every 25-50 ms (the emphasis overrides
 * the usual 60-150 ms step), with hand-offs where the next item appears only 25-60 ms after the
 * previous item's final re-punctuation, and one same-speaker utterance split over two consecutive
 * items (§4.4). Each item ends with Teams' re-punctuation/re-spelling of the whole caption
 * ("one sixty" → "160", "seven point two" → "7.2"), which the research documents as in-place
 * refinement (§4.4); re-spelling of numbers inside that final rewrite is my assumption. Host view,
 * captions already on. Loose: Teams re-punctuates.
 */
const fastSpeakers: Scenario = {
  name: 'teams r25: very fast speakers, 25-50 ms word updates and tight hand-offs (host)',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [S1_DOC],
  body: callScreen(HOST_HANGUP, true),
  async play(p) {
    const list = hostList(p.doc);
    for (const t of S1_TURNS) {
      const first = t.words.split(' ')[0]!;
      const it = hostItem(p.doc, t.who, first);
      list.appendChild(it.item);
      await p.sleep(FAST[t.words.length % FAST.length]!);
      await growJ(p, it.text, t.words, t.final, FAST);
      if (t.gapAfter) await p.sleep(t.gapAfter);
    }
  },
  leave: leaveCall,
  loose: true,
  forbidden: ['Leave'],
  expected: S1_TURNS.map((t): Expected => (t.who === S1_DOC ? { speaker: t.who, role: 'clinician', text: t.final } : { speaker: t.who, text: t.final })),
};

// ---------------------------------------------------------------------------------------------------
// Scenario 2: hidden clinician tab, bursts

const S2_DOC = 'Dr. Samuel Osei';
const S2_PT = 'Helen Okafor';

/**
 * Tests: the clinician switches to the EHR tab, so the Teams tab is hidden (visibilityState
 * "hidden" + visibilitychange) for ~11 s and caption updates arrive in bursts after 1.1-2.6 s of
 * silence (§8 item 6: observers and rendering are throttled in background tabs). Bursts contain:
 * several words of the current item within a few ms; the end + re-punctuation of one item together
 * with the next speaker's new item; and three whole turns (a completed item, two items appended
 * already complete, a fourth appended part-way) within ~10 ms. Then the tab is visible again and
 * the call goes on at a normal pace. Captions are switched on just after the call starts (the
 * renderer wrapper appears, §4.2); nothing was said before that.
 * Assumptions (research silent): a throttled flush writes the queued intermediate states in order,
 * one characterData write each, and a whole turn that was spoken while throttled may be inserted
 * with its full text and never change afterwards. Loose: Teams re-punctuates.
 */
const hiddenTabBursts: Scenario = {
  name: 'teams r25: clinician tab hidden, captions land in bursts of words and whole turns (host)',
  url: 'https://teams.cloud.microsoft/v2/?meetingjoin=true',
  selfNames: [S2_DOC],
  body: callScreen(HOST_HANGUP, false),
  async play(p) {
    const doc = p.doc;
    await p.sleep(400);
    q(doc, '.f419p8h').insertAdjacentHTML('beforeend', captionsRoot(false));
    await p.sleep(250);
    const list = hostList(doc);
    const add = (who: string, first: string) => {
      const it = hostItem(doc, who, first);
      list.appendChild(it.item);
      return it;
    };

    // Visible: normal pace.
    const t1 = add(S2_DOC, 'Hi');
    await p.sleep(90);
    await growJ(p, t1.text, 'Hi Helen can you hear me okay', 'Hi Helen, can you hear me okay?', NORMAL);
    await p.sleep(300);
    const t2 = add(S2_PT, 'Yes');
    await p.sleep(100);
    await growJ(p, t2.text, 'Yes I can hear you fine', 'Yes, I can hear you fine.', NORMAL);
    await p.sleep(250);
    const t3w = "Great give me one second I'm just pulling up your chart";
    const t3 = add(S2_DOC, 'Great');
    await p.sleep(110);
    await growJ(p, t3.text, 'Great give me one second', undefined, NORMAL);

    // Hidden: the clinician opens the EHR in another tab.
    setHidden(p, true);
    await p.sleep(1300);
    await burst(p, [
      ...prefixes(t3w, 5).map((s) => () => void (t3.text.data = s)),
      () => void (t3.text.data = "Great, give me one second. I'm just pulling up your chart."),
    ]);
    await p.sleep(1800);
    const t4w = 'While you do that the swelling in my ankles has gotten worse';
    let t4: Item | undefined;
    await burst(p, [
      () => void (t4 = add(S2_PT, 'While')),
      ...prefixes(t4w, 1, 8).map((s) => () => void (t4!.text.data = s)),
    ]);
    await p.sleep(1400);
    let t5: Item | undefined;
    await burst(p, [
      ...prefixes(t4w, 8).map((s) => () => void (t4!.text.data = s)),
      () => void (t4!.text.data = 'While you do that, the swelling in my ankles has gotten worse.'),
      () => void (t5 = add(S2_DOC, 'How')),
      () => void (t5!.text.data = 'How long'),
      () => void (t5!.text.data = 'How long has'),
    ]);
    await p.sleep(2200);
    // Several whole turns in one flush.
    let t8: Item | undefined;
    await burst(p, [
      () => void (t5!.text.data = 'How long has it'),
      () => void (t5!.text.data = 'How long has it been like that'),
      () => void (t5!.text.data = 'How long has it been like that?'),
      () => void add(S2_PT, 'About ten days now.'),
      () => void add(S2_DOC, 'Are you still taking the furosemide?'),
      () => void (t8 = add(S2_PT, 'Yes')),
      () => void (t8!.text.data = 'Yes forty milligrams'),
      () => void (t8!.text.data = 'Yes forty milligrams every'),
    ]);
    await p.sleep(2600);
    let t9: Item | undefined;
    await burst(p, [
      () => void (t8!.text.data = 'Yes forty milligrams every morning'),
      () => void (t8!.text.data = 'Yes, 40 milligrams every morning.'),
      () => void (t9 = add(S2_DOC, 'Okay')),
      () => void (t9!.text.data = "Okay I'm"),
      () => void (t9!.text.data = "Okay I'm going to"),
    ]);
    await p.sleep(1100);

    // Visible again: the clinician is back on the call tab.
    setHidden(p, false);
    await p.sleep(60);
    await growJ(
      p,
      t9!.text,
      "Okay I'm going to increase it to forty milligrams twice a day for one week",
      "Okay, I'm going to increase it to 40 milligrams twice a day for one week.",
      NORMAL,
      4,
    );
    await p.sleep(350);
    const t10 = add(S2_PT, 'Twice');
    await p.sleep(90);
    await growJ(p, t10.text, 'Twice a day okay morning and afternoon', 'Twice a day, okay. Morning and afternoon?', NORMAL);
    await p.sleep(300);
    const t11 = add(S2_DOC, 'Yes');
    await p.sleep(100);
    await growJ(p, t11.text, "Yes not too late or you'll be up all night", "Yes, not too late, or you'll be up all night.", NORMAL);
    await p.sleep(300);
    const t12 = add(S2_PT, 'Got');
    await p.sleep(90);
    await growJ(p, t12.text, 'Got it thank you', 'Got it, thank you.', NORMAL);
  },
  leave: leaveCall,
  loose: true,
  forbidden: ['Leave'],
  expected: [
    { speaker: S2_DOC, role: 'clinician', text: 'Hi Helen, can you hear me okay?' },
    { speaker: S2_PT, text: 'Yes, I can hear you fine.' },
    { speaker: S2_DOC, role: 'clinician', text: "Great, give me one second. I'm just pulling up your chart." },
    { speaker: S2_PT, text: 'While you do that, the swelling in my ankles has gotten worse.' },
    { speaker: S2_DOC, role: 'clinician', text: 'How long has it been like that?' },
    { speaker: S2_PT, text: 'About ten days now.' },
    { speaker: S2_DOC, role: 'clinician', text: 'Are you still taking the furosemide?' },
    { speaker: S2_PT, text: 'Yes, 40 milligrams every morning.' },
    { speaker: S2_DOC, role: 'clinician', text: "Okay, I'm going to increase it to 40 milligrams twice a day for one week." },
    { speaker: S2_PT, text: 'Twice a day, okay. Morning and afternoon?' },
    { speaker: S2_DOC, role: 'clinician', text: "Yes, not too late, or you'll be up all night." },
    { speaker: S2_PT, text: 'Got it, thank you.' },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 3: mid-sentence pauses and near-simultaneous starts (guest view)

const S3_DOC = 'Dr. Lena Fischer';
const S3_PT = 'Tomás Rivera';
const S3_FAM = 'Ana Rivera';

/**
 * Tests: (a) the patient pauses 3.2 s mid-sentence and the SAME item's text node then keeps growing
 * (one utterance, must not be cut or repeated); (b) the clinician pauses 2.4 s mid-sentence and the
 * rest arrives in a NEW consecutive item from the same speaker (§4.4: the same speaker produces
 * consecutive items; which of the two Teams does after a pause is not documented, so both are
 * played); (c) two overlaps where a second speaker's item is appended 40-70 ms after the first
 * speaker's, and both items change concurrently for a moment: once the first starter yields
 * ("It's like"), once the second does ("Sorry."). Assumption: per ACS PR #4462 Teams keeps one
 * partial per speaker and orders them by start time, so the older item may still change after the
 * newer one appeared (VEXA's "previous entry never changes" read as the sequential case); the
 * expected order is the DOM/start order. Guest (anonymous) DOM shape from VEXA: no
 * items-renderer, items directly under the virtual-list-content node (assumption: a locum clinician
 * joined through the practice's light-meetings link without signing in). Three participants; only
 * the local user's role is stated. Loose: Teams re-punctuates.
 */
const pausesAndOverlaps: Scenario = {
  name: 'teams r25: 2-4 s mid-sentence pauses and speakers starting within 100 ms (guest)',
  url: 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nVXJsIjoiaHR0cHM6Ly90ZWFtcy5saXZlLmNvbSJ9',
  selfNames: [S3_DOC],
  body: callScreen(GUEST_HANGUP, true, true),
  async play(p) {
    const doc = p.doc;
    const list = guestList(doc);
    const add = (who: string, first: string) => {
      const it = guestItem(doc, who, first);
      list.appendChild(it.item);
      return it;
    };
    const turn = async (who: string, words: string, final: string, gapAfter = 300) => {
      const it = add(who, words.split(' ')[0]!);
      await p.sleep(100);
      await growJ(p, it.text, words, final, NORMAL);
      await p.sleep(gapAfter);
      return it;
    };

    await turn(S3_DOC, 'Hello Mr Rivera I see your daughter has joined as well', 'Hello, Mr. Rivera. I see your daughter has joined as well.');
    await turn(S3_FAM, "Hi doctor yes I'm here to help translate if needed", "Hi, doctor. Yes, I'm here to help translate if needed.");
    await turn(S3_DOC, 'Wonderful Mr Rivera how has the knee been since the injection', 'Wonderful. Mr. Rivera, how has the knee been since the injection?');

    // (a) 3.2 s pause mid-sentence, same item continues.
    const pw = 'It was better for about two weeks and then the pain came back at night';
    const t4 = add(S3_PT, 'It');
    await p.sleep(120);
    await growJ(p, t4.text, 'It was better for about', undefined, NORMAL);
    await p.sleep(3200);
    await growJ(p, t4.text, pw, 'It was better for about two weeks, and then the pain came back at night.', NORMAL, 5);
    await p.sleep(350);

    await turn(S3_DOC, 'Is it a sharp pain or more of an ache', 'Is it a sharp pain or more of an ache?', 200);

    // (c1) patient starts, daughter starts 70 ms later; the patient says one more word, then yields.
    const t6 = add(S3_PT, "It's");
    await p.sleep(70);
    const t7 = add(S3_FAM, 'He');
    await p.sleep(40);
    t6.text.data = "It's like";
    await p.sleep(30);
    t7.text.data = 'He says';
    await p.sleep(90);
    await growJ(
      p,
      t7.text,
      "He says it's an ache but it wakes him up around three in the morning",
      "He says it's an ache, but it wakes him up around three in the morning.",
      NORMAL,
      2,
    );
    await p.sleep(300);
    await turn(S3_PT, 'Yes every night', 'Yes, every night.', 250);

    // (c2) clinician starts, daughter starts 40 ms later and yields at once; clinician goes on.
    const cw = "Okay so I'd like to order an MRI of the knee to look at the cartilage";
    const t9 = add(S3_DOC, 'Okay');
    await p.sleep(40);
    const t10 = add(S3_FAM, 'Sorry');
    await p.sleep(35);
    t9.text.data = 'Okay so';
    await p.sleep(60);
    t10.text.data = 'Sorry.';
    await p.sleep(45);
    await growJ(p, t9.text, cw, "Okay, so I'd like to order an MRI of the knee to look at the cartilage.", NORMAL, 2);
    await p.sleep(300);
    await turn(S3_FAM, 'Will that be at the main hospital', 'Will that be at the main hospital?');

    // (b) 2.4 s pause mid-sentence, continuation in a new item of the same speaker.
    const t12 = add(S3_DOC, 'Yes');
    await p.sleep(100);
    await growJ(p, t12.text, 'Yes the MRI is at the main hospital and', 'Yes, the MRI is at the main hospital, and', NORMAL);
    await p.sleep(2400);
    await turn(S3_DOC, "you'll get a text with the appointment time", "you'll get a text with the appointment time.");

    await turn(S3_PT, 'Okay thank you doctor', 'Okay, thank you, doctor.');
    await turn(S3_FAM, "Thank you we'll watch for the text", "Thank you. We'll watch for the text.");
    await turn(S3_DOC, 'Take care both of you', 'Take care, both of you.', 0);
  },
  leave: leaveCall,
  loose: true,
  forbidden: ['Leave'],
  expected: [
    { speaker: S3_DOC, role: 'clinician', text: 'Hello, Mr. Rivera. I see your daughter has joined as well.' },
    { speaker: S3_FAM, text: "Hi, doctor. Yes, I'm here to help translate if needed." },
    { speaker: S3_DOC, role: 'clinician', text: 'Wonderful. Mr. Rivera, how has the knee been since the injection?' },
    { speaker: S3_PT, text: 'It was better for about two weeks, and then the pain came back at night.' },
    { speaker: S3_DOC, role: 'clinician', text: 'Is it a sharp pain or more of an ache?' },
    { speaker: S3_PT, text: "It's like" },
    { speaker: S3_FAM, text: "He says it's an ache, but it wakes him up around three in the morning." },
    { speaker: S3_PT, text: 'Yes, every night.' },
    { speaker: S3_DOC, role: 'clinician', text: "Okay, so I'd like to order an MRI of the knee to look at the cartilage." },
    { speaker: S3_FAM, text: 'Sorry.' },
    { speaker: S3_FAM, text: 'Will that be at the main hospital?' },
    { speaker: S3_DOC, role: 'clinician', text: 'Yes, the MRI is at the main hospital, and' },
    { speaker: S3_DOC, role: 'clinician', text: "you'll get a text with the appointment time." },
    { speaker: S3_PT, text: 'Okay, thank you, doctor.' },
    { speaker: S3_FAM, text: "Thank you. We'll watch for the text." },
    { speaker: S3_DOC, role: 'clinician', text: 'Take care, both of you.' },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 4: numbers, doses, dates re-spelled; punctuation-only updates

const S4_DOC = 'Dr. Aiko Tanaka';
const S4_PT = 'Gregory Lin';

/** Word-by-word states of `text`, from word 1. */
const wordsOf = (text: string) => prefixes(text, 0);

/**
 * Tests: dates, doses, a prescription number and a phone number that the live ASR first spells out
 * in words and then re-spells as digits/symbols in place ("nineteen sixty" → "1960" → "1962",
 * "five hundred" → "500 milligrams" → "500 mg", "four four seven" → "447", "1000" → "1,000",
 * "the fourteenth" → "the 14th of April" → "April 14th", "eight thirty" → "8:30 AM", "555 01" →
 * "555-0192"), plus punctuation-only updates that arrive 0.6-0.9 s after the words stopped (a comma
 * inserted mid-caption, a "?" or "." appended, and two punctuation-only steps on one item), and a
 * patient reading a number back fast (40 ms steps). Each must end as one utterance with the final
 * text, never as a second copy. Strict comparison (not loose): the final punctuation is part of what
 * is tested and stays in the DOM for seconds. Host view.
 * Assumptions (research silent on number formatting): Teams' in-place refinement (§4.4) re-spells
 * only the trailing number phrase of the caption; the words before it do not change, and the text
 * never shrinks by more than a few characters. Punctuation-only refinements of the tail item may
 * come late, while no successor item exists yet (VEXA: a successor finalises its predecessor).
 */
const numbersAndPunctuation: Scenario = {
  name: 'teams r25: doses, dates and long numbers spelled then re-spelled, late punctuation-only updates (host)',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_r25tanaka%40thread.v2/0?context=%7b%7d',
  selfNames: [S4_DOC],
  body: callScreen(HOST_HANGUP, true),
  async play(p) {
    const doc = p.doc;
    const list = hostList(doc);
    const add = (who: string, first: string) => {
      const it = hostItem(doc, who, first);
      list.appendChild(it.item);
      return it;
    };
    const STEP = 95;

    // 1. Clinician; punctuation-only update 800 ms after the last word.
    const a = add(S4_DOC, 'Before');
    await p.sleep(STEP);
    await states(p, a.text, wordsOf('Before we start can you confirm your date of birth').slice(1), STEP);
    await p.sleep(800);
    a.text.data = 'Before we start, can you confirm your date of birth?';
    await p.sleep(400);

    // 2. Patient: date spelled, then re-spelled; the comma comes 700 ms later.
    const b = add(S4_PT, "It's");
    await p.sleep(STEP);
    await states(
      p,
      b.text,
      [
        "It's the",
        "It's the third",
        "It's the third of",
        "It's the 3rd of March",
        "It's the 3rd of March nineteen",
        "It's the 3rd of March nineteen sixty",
        "It's the 3rd of March 1960",
        "It's the 3rd of March 1962",
      ],
      110,
    );
    await p.sleep(700);
    b.text.data = "It's the 3rd of March, 1962.";
    await p.sleep(350);

    // 3. Clinician.
    const c = add(S4_DOC, 'Thank');
    await p.sleep(STEP);
    await states(p, c.text, wordsOf('Thank you and which dose of metformin are you taking right now').slice(1), 85);
    c.text.data = 'Thank you. And which dose of metformin are you taking right now?';
    await p.sleep(450);

    // 4. Patient: dose spelled, then re-spelled with the unit abbreviated.
    const d = add(S4_PT, 'Five');
    await p.sleep(STEP);
    await states(p, d.text, ['Five hundred', '500 milligrams', '500 milligrams twice', '500 milligrams twice a', '500 milligrams twice a day'], 120);
    d.text.data = '500 mg twice a day.';
    await p.sleep(500);

    // 5. Clinician: "one thousand" → "1000" → "1,000 mg".
    const e = add(S4_DOC, 'Okay');
    await p.sleep(STEP);
    await states(
      p,
      e.text,
      [
        "Okay let's",
        "Okay let's go",
        "Okay let's go up",
        "Okay let's go up to",
        "Okay let's go up to one",
        "Okay let's go up to 1000",
        "Okay let's go up to 1000 milligrams",
        "Okay let's go up to 1000 milligrams with",
        "Okay let's go up to 1000 milligrams with dinner",
      ],
      STEP,
    );
    e.text.data = "Okay, let's go up to 1,000 mg with dinner.";
    await p.sleep(400);

    // 6. Patient: two doses in one question; the "?" comes late.
    const f = add(S4_PT, 'So');
    await p.sleep(STEP);
    await states(
      p,
      f.text,
      [
        'So one',
        'So 1000',
        'So 1000 with',
        'So 1000 with dinner',
        'So 1000 with dinner and',
        'So 1000 with dinner and five',
        'So 1000 with dinner and 500',
        'So 1000 with dinner and 500 in',
        'So 1000 with dinner and 500 in the',
        'So 1000 with dinner and 500 in the morning',
      ],
      90,
    );
    f.text.data = 'So 1,000 with dinner and 500 in the morning';
    await p.sleep(750);
    f.text.data = 'So 1,000 with dinner and 500 in the morning?';
    await p.sleep(350);

    // 7 + 8. Clinician, two consecutive items; the prescription number grows in chunks and the
    // final period arrives 900 ms after the last digit.
    const g = add(S4_DOC, 'No');
    await p.sleep(STEP);
    await states(p, g.text, ['No just', 'No just the', 'No just the 1000', 'No just the 1000 at', 'No just the 1000 at dinner'], 90);
    g.text.data = 'No, just the 1,000 at dinner.';
    await p.sleep(200);
    const h = add(S4_DOC, 'Your');
    await p.sleep(STEP);
    await states(
      p,
      h.text,
      [
        'Your new',
        'Your new prescription',
        'Your new prescription number',
        'Your new prescription number is',
        'Your new prescription number is four four',
        'Your new prescription number is 447',
        'Your new prescription number is 447 2981',
        'Your new prescription number is 447-2981',
        'Your new prescription number is 447-2981 oh',
        'Your new prescription number is 447-2981 oh six',
        'Your new prescription number is 447-2981-06',
      ],
      105,
    );
    await p.sleep(900);
    h.text.data = 'Your new prescription number is 447-2981-06.';
    await p.sleep(300);

    // 9. Patient reads it back fast, digit words re-spelled as digits.
    const i = add(S4_PT, 'Let');
    await p.sleep(40);
    await states(
      p,
      i.text,
      [
        'Let me',
        'Let me read',
        'Let me read it',
        'Let me read it back',
        'Let me read it back four',
        'Let me read it back four four',
        'Let me read it back four four seven',
        'Let me read it back 447 two',
        'Let me read it back 447 two nine',
        'Let me read it back 447 29',
        'Let me read it back 447 298',
        'Let me read it back 447 2981',
        'Let me read it back 447 2981 zero',
        'Let me read it back 447 2981 06',
      ],
      40,
    );
    i.text.data = 'Let me read it back, 447-2981-06.';
    await p.sleep(450);

    // 10. Clinician: date and time re-spelled, words reordered at the tail.
    const j = add(S4_DOC, "That's");
    await p.sleep(STEP);
    await states(
      p,
      j.text,
      [
        "That's right",
        "That's right your",
        "That's right your next",
        "That's right your next blood",
        "That's right your next blood test",
        "That's right your next blood test is",
        "That's right your next blood test is on",
        "That's right your next blood test is on the fourteenth",
        "That's right your next blood test is on the 14th of",
        "That's right your next blood test is on the 14th of April",
        "That's right your next blood test is on April 14th at",
        "That's right your next blood test is on April 14th at eight",
        "That's right your next blood test is on April 14th at eight thirty",
        "That's right your next blood test is on April 14th at 8:30",
        "That's right your next blood test is on April 14th at 8:30 AM",
      ],
      90,
    );
    j.text.data = "That's right. Your next blood test is on April 14th at 8:30 AM.";
    await p.sleep(400);

    // 11. Patient: two punctuation-only updates (commas inserted, then the period).
    const k = add(S4_PT, 'Okay');
    await p.sleep(STEP);
    await states(p, k.text, ['Okay April', 'Okay April 14th', 'Okay April 14th 8:30'], 110);
    await p.sleep(800);
    k.text.data = 'Okay, April 14th, 8:30';
    await p.sleep(700);
    k.text.data = 'Okay, April 14th, 8:30.';
    await p.sleep(350);

    // 12. Clinician: phone number.
    const l = add(S4_DOC, 'If');
    await p.sleep(STEP);
    await states(
      p,
      l.text,
      [
        ...wordsOf('If anything changes call my direct line at five five five').slice(1),
        'If anything changes call my direct line at 555',
        'If anything changes call my direct line at 555 0',
        'If anything changes call my direct line at 555 01',
        'If anything changes call my direct line at 555-0192',
      ],
      85,
    );
    l.text.data = 'If anything changes, call my direct line at 555-0192.';
    await p.sleep(400);

    // 13. Patient; the comma and period arrive 600 ms after the words.
    const m = add(S4_PT, 'Great');
    await p.sleep(STEP);
    await states(p, m.text, ['Great thank', 'Great thank you'], 100);
    await p.sleep(600);
    m.text.data = 'Great, thank you.';
  },
  leave: leaveCall,
  forbidden: ['Leave'],
  expected: [
    { speaker: S4_DOC, role: 'clinician', text: 'Before we start, can you confirm your date of birth?' },
    { speaker: S4_PT, text: "It's the 3rd of March, 1962." },
    { speaker: S4_DOC, role: 'clinician', text: 'Thank you. And which dose of metformin are you taking right now?' },
    { speaker: S4_PT, text: '500 mg twice a day.' },
    { speaker: S4_DOC, role: 'clinician', text: "Okay, let's go up to 1,000 mg with dinner." },
    { speaker: S4_PT, text: 'So 1,000 with dinner and 500 in the morning?' },
    { speaker: S4_DOC, role: 'clinician', text: 'No, just the 1,000 at dinner.' },
    { speaker: S4_DOC, role: 'clinician', text: 'Your new prescription number is 447-2981-06.' },
    { speaker: S4_PT, text: 'Let me read it back, 447-2981-06.' },
    { speaker: S4_DOC, role: 'clinician', text: "That's right. Your next blood test is on April 14th at 8:30 AM." },
    { speaker: S4_PT, text: 'Okay, April 14th, 8:30.' },
    { speaker: S4_DOC, role: 'clinician', text: 'If anything changes, call my direct line at 555-0192.' },
    { speaker: S4_PT, text: 'Great, thank you.' },
  ],
};

export const teamsScenarios: Scenario[] = [fastSpeakers, hiddenTabBursts, pausesAndOverlaps, numbersAndPunctuation];
