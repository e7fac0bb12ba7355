// Round 22 — Microsoft Teams (web): a third party on a clinical call, and people coming and going
// (a medical interpreter, a family member who joins partway, a patient whose connection drops and
// who rejoins under the same name, a family member who leaves while the others carry on).
//
// Written blind from /work/shared/research/caption-platforms.md only. Research sections used:
//   §1   cross-platform summary (Teams row: one list item per utterance, author in the DOM,
//        local user shown under their own display name)
//   §4.1 URL patterns (teams.microsoft.com /v2/ and /l/meetup-join/…, teams.cloud.microsoft,
//        teams.live.com/light-meetings/launch) and in-call markers (#hangup-button,
//        button[data-tid=hangup-main-btn | hangup-leave-button | anon-hangup-button])
//   §4.2 captions on = [data-tid="closed-caption-renderer-wrapper"] appears (class .f419p8h)
//   §4.3 container/item selectors: closed-caption-v2-window-wrapper › closed-caption-v2-virtual-list-content,
//        the TMS-FIX item outline (fui-ChatMessageCompact, avatar in closed-captions-v2-items-renderer,
//        [data-tid=author], [data-tid=closed-caption-text], dir="auto"), rotating ___hash classes,
//        host vs. guest (anonymous) DOM variants
//   §4.4 mutation model: a new item at the tail per utterance (the previous one never changes again),
//        in-place characterData growth then re-punctuation/capitalisation, consecutive items from the
//        same speaker, limited retention (oldest items removed, ~20–50), element recycling (LCS #5)
//   §4.5 self captions carry the user's own display name (no "You")
//   §8   strategies (data-tid anchors, WeakMap identity vs. recycled elements)
//   §9   fixture checklist (host vs. guest, captions off → on, retention)
//
// Assumptions where the research is silent (repeated in the scenario comments):
// - The research documents NO "(Guest)" / "(External)" name form for Teams caption authors (it only
//   documents the guest *viewer's* DOM variant), so guests and family members speak under plain
//   display names here; no suffix is invented.
// - The research says nothing about participant join/leave/drop in the caption list. Assumed: the
//   caption list simply stops getting items from that person, an item cut off by a dropped
//   connection keeps its last partial text, and a rejoining person's items carry the same author name.
// - Join/leave toasts ("… joined the meeting") are not documented; where used they are a plain
//   aria-live element outside the caption wrapper, as a distractor that must never be captured.
// - Leaving the call: the research lists the in-call markers but not how the page is torn down;
//   leave() removes the whole call stage (hang-up control and caption wrapper together).
// - Host item wrappers: each item sits in its own chain of three fui-Flex divs under the list inner
//   div (the outline shows one such chain); retention removes / recycles the outermost div.
// - Spoken-language handling for a Spanish speaker is not documented (§4.2 only says a wrong spoken
//   language gives garbage); assumed the caption shows the Spanish words as spoken.
import { el, grow, q } from '../independent/kit.ts';
import type { Expected, Page, Scenario } from '../independent/kit.ts';

const CLIN = 'Dr. Priya Raman';

interface Turn {
  who: string;
  /** Lower-case growth text (word by word). */
  words: string;
  /** The re-punctuated / capitalised form Teams settles on; omitted = the item stays as grown. */
  final?: string;
  step?: number;
  /** Pause after the item is done, before the next item appears. */
  gap?: number;
}

interface Item {
  outer: HTMLElement;
  author: HTMLElement;
  text: Text;
}

type AddItem = (p: Page, who: string, first: string) => Item;

function expectedFrom(turns: Turn[]): Expected[] {
  return turns.map((t) => ({
    speaker: t.who,
    ...(t.who === CLIN ? { role: 'clinician' as const } : {}),
    text: t.final ?? t.words,
  }));
}

function avatarSrc(who: string): string {
  return `https://teams.microsoft.com/api/mt/amer/beta/users/8%3aorgid%3a${encodeURIComponent(who.replace(/\W+/g, '').toLowerCase())}/profilepicturev2?size=HR64x64`;
}

/** Host view item, per the TMS-FIX outline (§4.3). */
function hostItemHtml(who: string): string {
  return `
<div class="fui-Flex ___1ccp5kb f13qh94s"><div class="fui-Flex ___nk3x9q0 f22iagw"><div class="fui-Flex ___o4t7vl f1vx9l62">
  <div class="fui-ChatMessageCompact ___1x8mruv fpg0a1e">
    <div></div>
    <div class="fui-ChatMessageCompact__avatar">
      <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
        <span role="presentation" class="fui-Avatar ___1ugxzty"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="${avatarSrc(who)}"></span>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    <div class="fui-ChatMessageCompact__body ___f9d1aa" tabindex="0" data-is-focusable="false">
      <div>
        <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___3t8wq0">${who}</span></span></div>
        <div class="fui-Flex ___m2pl7c"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___9kq1yz"></span></div>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
  </div>
</div></div></div>`;
}

/**
 * Guest (anonymous) view item: "wrapper > virtual-list-content > (div) > author + text", no
 * items-renderer (§4.3, VEXA). Assumed: author and text keep their own wrapper div / div.fui-Flex
 * as in the host item (the research gives only the data-tid atoms for this variant), no avatar.
 */
function guestItemHtml(who: string): string {
  return `
<div class="fui-Flex ___7hb2ks f1p9o1ba">
  <div><span dir="auto" data-tid="author" class="fui-StyledText ___3t8wq0">${who}</span></div>
  <div class="fui-Flex ___m2pl7c"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___9kq1yz"></span></div>
</div>`;
}

function fill(p: Page, outer: HTMLElement, first: string): Item {
  const span = q(outer, '[data-tid="closed-caption-text"]');
  const text = p.doc.createTextNode(first);
  span.appendChild(text);
  return { outer, author: q(outer, '[data-tid="author"]'), text };
}

/** Host view: items go into the list-inner div of the virtual list. */
const addHost: AddItem = (p, who, first) => {
  const list = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
  const item = fill(p, el(p.doc, hostItemHtml(who)), first);
  list.appendChild(item.outer);
  return item;
};

/** Guest view: items are direct children of the virtual list content. */
const addGuest: AddItem = (p, who, first) => {
  const list = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  const item = fill(p, el(p.doc, guestItemHtml(who)), first);
  list.appendChild(item.outer);
  return item;
};

/** One utterance: a new tail item with the first word, grown in place, then re-punctuated. */
async function say(p: Page, add: AddItem, t: Turn): Promise<void> {
  const step = t.step ?? 80;
  const words = t.words.split(' ');
  const item = add(p, t.who, words[0]!);
  await p.sleep(step);
  await grow(p, item.text, t.words, t.final, step, 1);
  await p.sleep(t.gap ?? 60);
}

async function sayAll(p: Page, add: AddItem, turns: Turn[]): Promise<void> {
  for (const t of turns) await say(p, add, t);
}

const HOST_CAPTIONS = `
<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___2kq8sd">
  <div data-tid="closed-caption-v2-window-wrapper" class="___8d0xq1 fz1a7c">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___r5t0wm">
      <div class="fui-Flex ___4bq0pe f1l02sjl"></div>
    </div>
  </div>
</div>`;

const GUEST_CAPTIONS = `
<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___2kq8sd">
  <div data-tid="closed-caption-v2-window-wrapper" class="___8d0xq1 fz1a7c">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___r5t0wm"></div>
  </div>
</div>`;

function removeStage(p: Page) {
  p.doc.getElementById('call-stage')?.remove();
}

// ---------------------------------------------------------------------------------------------
// 1. Interpreter: patient speaks Spanish, interpreter renders both ways, clinician English.
// ---------------------------------------------------------------------------------------------
const INTERP = 'Miguel Santos';
const ROSA = 'Rosa Delgado';
const interpreterTurns: Turn[] = [
  { who: CLIN, words: 'good morning Mrs Delgado what brings you in today', final: 'Good morning, Mrs. Delgado. What brings you in today?', step: 70 },
  { who: INTERP, words: 'buenos días señora Delgado qué la trae hoy', final: 'Buenos días, señora Delgado. ¿Qué la trae hoy?', step: 70, gap: 40 },
  { who: ROSA, words: 'tengo mareos desde hace tres días', final: 'Tengo mareos desde hace tres días.', step: 70, gap: 40 },
  { who: INTERP, words: 'I have been dizzy for three days', final: 'I have been dizzy for three days.', step: 60, gap: 40 },
  { who: CLIN, words: 'does the room spin or do you feel faint', final: 'Does the room spin, or do you feel faint?', step: 60, gap: 40 },
  { who: INTERP, words: 'la habitación da vueltas o se siente débil', final: '¿La habitación da vueltas o se siente débil?', step: 60, gap: 40 },
  { who: ROSA, words: 'da vueltas', final: 'Da vueltas.', step: 70, gap: 40 },
  { who: ROSA, words: 'sobre todo cuando me levanto', final: 'Sobre todo cuando me levanto.', step: 70, gap: 40 },
  { who: INTERP, words: 'the room spins mostly when I stand up', final: 'The room spins, mostly when I stand up.', step: 60, gap: 40 },
  { who: CLIN, words: 'okay', final: 'Okay.', step: 80, gap: 40 },
  { who: CLIN, words: 'any hearing loss or ringing in your ears', final: 'Any hearing loss or ringing in your ears?', step: 60, gap: 40 },
  { who: INTERP, words: 'ha perdido audición o tiene zumbido en los oídos', final: '¿Ha perdido audición o tiene zumbido en los oídos?', step: 60, gap: 40 },
  { who: ROSA, words: 'no', final: 'No.', step: 90, gap: 40 },
  { who: INTERP, words: 'no', final: 'No.', step: 90, gap: 60 },
];

/**
 * Tests: three speakers alternating fast (40 ms between items) in the host view — clinician
 * (self, English), interpreter (English↔Spanish) and patient (Spanish, accented text, ¿…?). Every
 * item is grown in place then re-punctuated (§4.4); two consecutive patient items and two consecutive
 * clinician items (one item per utterance) must read as one turn each; the identical short answer
 * "No." from the patient and then the interpreter must both survive (different speakers, not a
 * duplicate). Assumption (research silent): Spanish speech is captioned as the Spanish words.
 */
const interpreterRelay: Scenario = {
  name: 'teams r22: interpreter relays a Spanish-speaking patient, fast three-way turns (host view)',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [CLIN],
  body: `
<div id="call-stage">
  <div role="toolbar" aria-label="Meeting controls">
    <button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More">More</button>
    <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>
  </div>
  ${HOST_CAPTIONS}
</div>`,
  async play(p) {
    await sayAll(p, addHost, interpreterTurns);
  },
  leave: removeStage,
  expected: expectedFrom(interpreterTurns),
};

// ---------------------------------------------------------------------------------------------
// 2. A caregiver joins partway; captions are switched on after the call has started.
// ---------------------------------------------------------------------------------------------
const WALTER = 'Walter Brooks';
const LINDA = 'Linda Brooks';
const beforeJoin: Turn[] = [
  { who: CLIN, words: 'hi Walter how have the new blood pressure pills been', final: 'Hi Walter, how have the new blood pressure pills been?', step: 80 },
  { who: WALTER, words: 'pretty good I think', final: 'Pretty good, I think.', step: 110 },
  { who: WALTER, words: 'but I forget the evening dose sometimes', final: 'But I forget the evening dose sometimes.', step: 100, gap: 900 },
];
const afterJoin: Turn[] = [
  { who: LINDA, words: "hi sorry I'm late this is Linda his daughter", final: "Hi, sorry I'm late. This is Linda, his daughter.", step: 80 },
  { who: CLIN, words: 'welcome Linda we were just talking about his evening dose', final: 'Welcome, Linda. We were just talking about his evening dose.', step: 70 },
  { who: LINDA, words: 'he skips it about twice a week', final: 'He skips it about twice a week.', step: 80 },
  { who: WALTER, words: "that's not true", final: "That's not true.", step: 100 },
  { who: LINDA, words: 'Dad I fill the pill box I can see it', final: 'Dad, I fill the pill box. I can see it.', step: 80 },
  { who: CLIN, words: "let's try a phone alarm at eight every evening", final: "Let's try a phone alarm at eight every evening.", step: 70 },
  { who: WALTER, words: 'fine', final: 'Fine.', step: 120 },
];

/**
 * Tests: captions turned on mid-call (the renderer wrapper appears, §4.2), then a family member
 * joins partway and becomes a third author in the host-view list. Her first item must start a new
 * turn under her name (not be glued to the patient's), and the patient's two consecutive items
 * before she joins form one turn. A join toast outside the caption wrapper must never be captured.
 * Assumptions (research silent): no "(Guest)"/"(External)" suffix is documented for caption
 * authors, so she speaks under a plain display name; the toast is a plain aria-live element.
 */
const caregiverJoins: Scenario = {
  name: 'teams r22: caregiver joins partway after captions are turned on (teams.cloud.microsoft)',
  url: 'https://teams.cloud.microsoft/',
  selfNames: [CLIN],
  body: `
<div id="call-stage">
  <div role="toolbar" aria-label="Meeting controls">
    <button data-tid="more-button" aria-label="More">More</button>
    <button data-tid="hangup-leave-button" aria-label="Leave">Leave</button>
  </div>
  <div id="stage-captions-slot"></div>
</div>
<div id="toasts" aria-live="polite" role="status"></div>`,
  async play(p) {
    await p.sleep(400);
    q(p.doc, '#stage-captions-slot').appendChild(el(p.doc, HOST_CAPTIONS));
    await p.sleep(300);
    await sayAll(p, addHost, beforeJoin);
    q(p.doc, '#toasts').appendChild(el(p.doc, `<div class="fui-Toast"><span>${LINDA} joined the meeting</span></div>`));
    await p.sleep(500);
    await sayAll(p, addHost, afterJoin);
    q(p.doc, '#toasts').replaceChildren();
  },
  leave: removeStage,
  expected: expectedFrom([...beforeJoin, ...afterJoin]),
  forbidden: ['joined the meeting'],
};

// ---------------------------------------------------------------------------------------------
// 3. Guest (anonymous) view: the patient's connection drops mid-sentence, then she rejoins.
// ---------------------------------------------------------------------------------------------
const GRACE = 'Grace Okafor';
const beforeDrop: Turn[] = [
  { who: CLIN, words: 'can you describe where the pain is', final: 'Can you describe where the pain is?', step: 80 },
  { who: GRACE, words: 'it started yesterday in my chest', final: 'It started yesterday in my chest.', step: 90, gap: 50 },
  // Cut off by the dropped connection: never re-punctuated, stays as last grown.
  { who: GRACE, words: 'and now it goes down my', step: 110, gap: 1600 },
];
const whileGone: Turn[] = [
  { who: CLIN, words: 'Grace are you still there', final: 'Grace, are you still there?', step: 90, gap: 400 },
  { who: CLIN, words: 'I think we lost her connection', final: 'I think we lost her connection.', step: 80, gap: 1200 },
];
const afterRejoin: Turn[] = [
  { who: GRACE, words: 'sorry my internet cut out', final: 'Sorry, my internet cut out.', step: 90 },
  { who: GRACE, words: 'it goes down my left arm', final: 'It goes down my left arm.', step: 90 },
  { who: CLIN, words: 'okay I am calling an ambulance to your address now', final: 'Okay. I am calling an ambulance to your address now.', step: 70 },
  { who: GRACE, words: 'okay thank you', final: 'Okay, thank you.', step: 100 },
];

/**
 * Tests: the anonymous-guest DOM variant (items directly under virtual-list-content, no
 * items-renderer, §4.3) on a teams.live.com light meeting with the anon hang-up button. The patient's
 * connection drops mid-sentence: her item stops growing and is never re-punctuated (its partial text
 * is what she said), a long silence follows, the clinician speaks twice, then the patient rejoins
 * under the same display name and her new items form a new turn (and a repeated phrase "goes down
 * my" is genuinely said twice, so both must appear). Assumptions (research silent): the dropped
 * item keeps its partial text; the rejoined patient's author text is identical; guest items keep
 * the author div / text div.fui-Flex wrappers and have no avatar.
 */
const patientDropsAndRejoins: Scenario = {
  name: 'teams r22: patient drops mid-sentence and rejoins under the same name (anonymous guest view)',
  url: 'https://teams.live.com/light-meetings/launch',
  selfNames: [CLIN],
  body: `
<div id="call-stage">
  <div role="toolbar" aria-label="Meeting controls">
    <button data-tid="anon-hangup-button" aria-label="Leave">Leave</button>
  </div>
  ${GUEST_CAPTIONS}
</div>`,
  async play(p) {
    await sayAll(p, addGuest, beforeDrop);
    await sayAll(p, addGuest, whileGone);
    await sayAll(p, addGuest, afterRejoin);
  },
  leave: removeStage,
  expected: expectedFrom([...beforeDrop, ...whileGone, ...afterRejoin]),
};

// ---------------------------------------------------------------------------------------------
// 4. A family member leaves mid-call; the call goes on past the list's retention limit.
// ---------------------------------------------------------------------------------------------
const HAROLD = 'Harold Carter';
const JAMES = 'James Carter';
const withFamily: Turn[] = [
  { who: CLIN, words: 'good afternoon Harold', final: 'Good afternoon, Harold.' },
  { who: CLIN, words: 'I see your son James is with us too', final: 'I see your son James is with us too.', step: 70 },
  { who: JAMES, words: 'hi doctor', final: 'Hi, doctor.', step: 90 },
  { who: HAROLD, words: 'afternoon', final: 'Afternoon.', step: 100 },
  { who: CLIN, words: 'how is the knee since the injection', final: 'How is the knee since the injection?', step: 70 },
  { who: HAROLD, words: 'better on flat ground', final: 'Better on flat ground.', step: 90 },
  { who: HAROLD, words: 'stairs still hurt', final: 'Stairs still hurt.', step: 90 },
  { who: JAMES, words: 'he is using the cane again', final: 'He is using the cane again.', step: 80 },
  { who: CLIN, words: 'that is a good idea for now', final: 'That is a good idea for now.', step: 70 },
  { who: CLIN, words: 'any swelling at night', final: 'Any swelling at night?', step: 80 },
  { who: HAROLD, words: 'a little', final: 'A little.', step: 100 },
  { who: JAMES, words: 'I have to head out for work', final: 'I have to head out for work.', step: 80 },
  { who: JAMES, words: 'bye Dad bye doctor', final: 'Bye, Dad. Bye, doctor.', step: 90 },
  { who: CLIN, words: 'thanks James take care', final: 'Thanks, James. Take care.', step: 80, gap: 800 },
];
const afterLeft: Turn[] = [
  { who: HAROLD, words: 'he worries too much', final: 'He worries too much.', step: 90 },
  { who: CLIN, words: 'he cares about you', final: 'He cares about you.', step: 80 },
  { who: CLIN, words: "let's keep ice on it after walks", final: "Let's keep ice on it after walks.", step: 70 },
  { who: HAROLD, words: 'how long each time', final: 'How long each time?', step: 90 },
  { who: CLIN, words: 'about fifteen minutes', final: 'About fifteen minutes.', step: 80 },
  { who: HAROLD, words: 'I can do that', final: 'I can do that.', step: 90 },
  { who: CLIN, words: 'and keep doing the leg raises', final: 'And keep doing the leg raises.', step: 70 },
  { who: HAROLD, words: 'twice a day right', final: 'Twice a day, right?', step: 90 },
  { who: CLIN, words: 'yes twice a day', final: 'Yes, twice a day.', step: 80 },
  { who: HAROLD, words: 'got it', final: 'Got it.', step: 100 },
  { who: CLIN, words: 'see you in four weeks', final: 'See you in four weeks.', step: 80 },
  { who: HAROLD, words: 'thank you doctor', final: 'Thank you, doctor.', step: 90 },
];

/** Assumed retention (research: "about 20–50"; exact count unverified): the low end, 20 items. */
const RETAIN = 20;

/**
 * Tests: a family member (the patient's son) speaks several times, says goodbye and leaves; a leave
 * toast appears outside the captions; the clinician and patient carry on. The call runs to 26 items,
 * past the list's retention: from the 21st item on, the oldest item is dropped from the DOM each time
 * a new one arrives — and the first time, the oldest element is *recycled* (its author, avatar and
 * text node rewritten wholesale to the new utterance and moved to the tail, §4.4 LCS #5 / §8.8)
 * instead of a fresh element. The already-captured early turns (including the son's) must keep
 * their text and speaker; the recycled element must yield a new utterance, not a revision of the
 * first one. Assumptions (research silent): retention of 20; the leave toast is a plain aria-live
 * element; each item's three-div wrapper chain is the unit that is removed or recycled.
 */
const familyLeavesMidCall: Scenario = {
  name: 'teams r22: family member leaves mid-call, call continues past retention with a recycled item (host view)',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZjA4%40thread.v2/0?context=%7b%7d',
  selfNames: [CLIN],
  body: `
<div id="call-stage">
  <div role="toolbar" aria-label="Meeting controls">
    <button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More">More</button>
    <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>
  </div>
  ${HOST_CAPTIONS}
</div>
<div id="toasts" aria-live="polite" role="status"></div>`,
  async play(p) {
    let recycled = false;
    const addRetained: AddItem = (pg, who, first) => {
      const list = q(pg.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
      if (list.children.length >= RETAIN) {
        const oldest = list.firstElementChild as HTMLElement;
        if (!recycled) {
          recycled = true;
          // Virtualisation: reuse the oldest item's subtree for the newest utterance.
          oldest.remove();
          const author = q(oldest, '[data-tid="author"]');
          (author.firstChild as Text).data = who;
          q<HTMLImageElement>(oldest, 'img.fui-Avatar__image').src = avatarSrc(who);
          const text = q(oldest, '[data-tid="closed-caption-text"]').firstChild as Text;
          text.data = first;
          list.appendChild(oldest);
          return { outer: oldest, author, text };
        }
        oldest.remove();
      }
      return addHost(pg, who, first);
    };
    await sayAll(p, addRetained, withFamily);
    q(p.doc, '#toasts').appendChild(el(p.doc, `<div class="fui-Toast"><span>${JAMES} left the meeting</span></div>`));
    await p.sleep(400);
    await sayAll(p, addRetained, afterLeft);
  },
  leave: removeStage,
  expected: expectedFrom([...withFamily, ...afterLeft]),
  forbidden: ['left the meeting'],
};

export const teamsScenarios: Scenario[] = [interpreterRelay, caregiverJoins, patientDropsAndRejoins, familyLeavesMidCall];
