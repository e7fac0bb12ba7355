// Round 28: Microsoft Teams scenarios, written blind from /work/shared/research/caption-platforms.md
// with the research taken literally. The sections used:
//   §1 cross-platform summary (Teams column: one list item per utterance, name in
//      [data-tid=author], own display name for self, text refined in place)
//   §4.1 URL patterns (teams.cloud.microsoft, teams.live.com light meetings, teams.microsoft.com
//      /v2/ and /l/meetup-join/…) and in-call markers (#hangup-button with its split-button sibling,
//      button[data-tid=hangup-main-btn | hangup-leave-button | anon-hangup-button], pre-join
//      #prejoin-join-button)
//   §4.2 turning captions on (host: More → Language and speech → live captions; guest: More →
//      Captions; keyboard Alt+Shift+C; "on" = [data-tid=closed-caption-renderer-wrapper] appears;
//      the .f419p8h wrapper)
//   §4.3 the current (2026, TMS-FIX) item outline for the host view, and VEXA's guest (anonymous)
//      variant without closed-captions-v2-items-renderer; dir="auto" on author and text; no caption
//      ids in the HTML; rotating atomic-CSS hash classes
//   §4.4 mutation model: in-place refinement ("word growth then re-punctuation"), one item per
//      utterance (same speaker → consecutive items), a new tail item means the previous one is final,
//      virtualised list with limited retention and element reuse
//   §4.5 self captions carry the user's own display name (not "You"); dir="auto"
//   §8.1/8.4/8.5/8.8/8.10 (data-tid atoms, characterData observation, root re-mount, recycled
//      elements = wholesale text replacement → new utterance, self-name by display name)
//   §9 checklist (captions off → on → off → on with a new root; alternating speakers, self speaker,
//      same-speaker continuation split across items; growth + re-punctuation; retention; host vs.
//      guest structural variants; a non-caption region present to catch false positives)
//
// General assumptions where the research is silent:
// - Interim text is shown without punctuation and with a lower-case sentence start, and the final
//   re-punctuation capitalises and punctuates it (literally the VEXA example "we should" → … →
//   "We should ship the CC lane."). Words themselves do not change on re-punctuation, except the
//   one mid-growth word revision in scenario 1 (an ASR partial → final fix, cf. ACS PR #4462).
// - Every item shows its author, also for consecutive items of the same speaker (LCS output
//   samples list a name per item).
// - Leaving the call tears down the whole call UI (controls with the hang-up button and the caption
//   wrapper) at once; the research lists the markers but not the leave animation.
// The local user (selfNames) is the clinician; only the clinician's role is asserted (§4.5 rule).
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

type Who = 'C' | 'P';
interface Turn {
  who: Who;
  /** One string per Teams caption item (one item per utterance, §4.4); the final, re-punctuated form. */
  items: string[];
  /** Interim mis-recognitions: while growing, `word` is first shown as `fix[word]`, then corrected. */
  fix?: Record<string, string>;
}

// Word-step pacing (60-150 ms) and growth chunks (Teams interims grow by one or two words).
const PACE = [90, 120, 70, 140, 100, 80, 125, 65, 110, 150];
const CHUNK = [1, 2, 1, 1, 2, 1, 1, 2];

/** The interim form of a final caption: no punctuation, lower-case sentence starts (except "I…"). */
function interimOf(final: string): string {
  const out: string[] = [];
  let sentenceStart = true;
  for (const w of final.split(' ')) {
    let bare = w.replace(/[.,?!;:]/g, '');
    if (sentenceStart && !/^I(?:'|$)/.test(bare)) bare = bare.charAt(0).toLowerCase() + bare.slice(1);
    out.push(bare);
    sentenceStart = /[.?!]$/.test(w) && w !== 'Dr.';
  }
  return out.join(' ');
}

/** Grows one caption's text node in place (characterData), then re-punctuates it (§4.4). */
async function speak(p: Page, node: Text, final: string, fix: Record<string, string> = {}) {
  const words = interimOf(final).split(' ');
  let n = node.data ? node.data.split(' ').length : 0;
  let step = 0;
  while (n < words.length) {
    let next = Math.min(words.length, n + CHUNK[step % CHUNK.length]!);
    for (let k = n; k < next; k++) {
      if (fix[words[k]!] !== undefined) {
        next = k + 1;
        break;
      }
    }
    const wrong = fix[words[next - 1]!];
    if (wrong !== undefined) {
      node.data = [...words.slice(0, next - 1), wrong].join(' ');
      await p.sleep(PACE[(step + 5) % PACE.length]!);
    }
    node.data = words.slice(0, next).join(' ');
    await p.sleep(PACE[step % PACE.length]!);
    n = next;
    step++;
  }
  node.data = final;
  await p.sleep(100);
}

/** Adds one caption item for `name` whose text starts with `first`; returns its text node. */
type AddItem = (p: Page, name: string, first: string) => Text;

async function playTurns(
  p: Page,
  turns: Turn[],
  names: Record<Who, string>,
  add: AddItem,
  before?: (turnIndex: number) => Promise<void>,
) {
  for (let i = 0; i < turns.length; i++) {
    const t = turns[i]!;
    if (before) await before(i);
    for (let j = 0; j < t.items.length; j++) {
      const final = t.items[j]!;
      const node = add(p, names[t.who], interimOf(final).split(' ')[0]!);
      await p.sleep(PACE[(i + j) % PACE.length]!);
      await speak(p, node, final, t.fix);
      // A short pause inside a turn (Teams starts a new item), a longer one between speakers.
      await p.sleep(j < t.items.length - 1 ? 380 : 600);
    }
  }
}

function expectedOf(turns: Turn[], names: Record<Who, string>): Expected[] {
  return turns.map((t) => ({
    speaker: names[t.who],
    ...(t.who === 'C' ? { role: 'clinician' as const } : {}),
    text: t.items.join(' '),
  }));
}

// ---- DOM builders (§4.3). No whitespace between elements: the parent walk from the text span's
// div.fui-Flex to its previousSibling (the author div) must hold as on the real page.

const HASH = {
  renderer: 'f419p8h ___9r2rgo f1l02sjl',
  window: '___1fw8k5r f22iagw',
  virtual: '___tllo9s f1vx9l62',
  listInner: 'fui-Flex ___1ccp5kb f13qh94s',
  rowA: 'fui-Flex ___m7yb3c f22iagw',
  rowB: 'fui-Flex ___1y9hkez f1p9o1ba',
  rowC: 'fui-Flex ___9l3n5x fly5x3f',
  item: 'fui-ChatMessageCompact ___1kjf3vc f1rqyxcv',
  body: 'fui-ChatMessageCompact__body ___p8dj1x',
  flex: 'fui-Flex ___rvo7ys f22iagw',
  styled: 'fui-StyledText ___1h2ddl6 fy9rknc',
};

function avatarSrc(name: string): string {
  return `/api/mt/part/amer-02/beta/users/profilepicturev2?displayname=${encodeURIComponent(name)}&amp;size=HR64x64`;
}

/** Captions-on root: renderer wrapper › v2 window wrapper › virtual list content (› list inner for host). */
function captionRootHtml(host: boolean): string {
  return (
    `<div data-tid="closed-caption-renderer-wrapper" class="${HASH.renderer}">` +
    `<div data-tid="closed-caption-v2-window-wrapper" class="${HASH.window}">` +
    `<div data-tid="closed-caption-v2-virtual-list-content" class="${HASH.virtual}">` +
    (host ? `<div class="${HASH.listInner}"></div>` : '') +
    `</div></div></div>`
  );
}

/** The host-view item exactly as the TMS-FIX outline (2026, teams.cloud.microsoft). */
function hostRowHtml(name: string, first: string): string {
  return (
    `<div class="${HASH.rowA}"><div class="${HASH.rowB}"><div class="${HASH.rowC}">` +
    `<div class="${HASH.item}">` +
    `<div></div>` +
    `<div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">` +
    `<span role="presentation" class="fui-Avatar ___q1kk8x"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="${avatarSrc(name)}"></span>` +
    `</div></div>` +
    `<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>` +
    `<div class="${HASH.body}" tabindex="0" data-is-focusable="false"><div>` +
    `<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="${HASH.styled}">${name}</span></span></div>` +
    `<div class="${HASH.flex}"><span dir="auto" data-tid="closed-caption-text" class="${HASH.styled}">${first}</span></div>` +
    `</div></div>` +
    `<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>` +
    `</div>` +
    `</div></div></div>`
  );
}

/** The guest (anonymous) item per VEXA: virtual-list-content › (div) › author + text, no items-renderer. */
function guestRowHtml(name: string, first: string): string {
  return (
    `<div>` +
    `<span dir="auto" data-tid="author" class="${HASH.styled}">${name}</span>` +
    `<span dir="auto" data-tid="closed-caption-text" class="${HASH.styled}">${first}</span>` +
    `</div>`
  );
}

function textOf(row: Element): Text {
  return q(row, '[data-tid="closed-caption-text"]').firstChild as Text;
}
function authorOf(row: Element): Text {
  return q(row, '[data-tid="author"]').firstChild as Text;
}

/** Appends a host item to the current list inner (re-queried: the root may have been re-mounted). */
const addHostItem: AddItem = (p, name, first) => {
  const inner = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
  const row = el(p.doc, hostRowHtml(name, first));
  inner.appendChild(row);
  return textOf(row);
};

const addGuestItem: AddItem = (p, name, first) => {
  const list = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  const row = el(p.doc, guestRowHtml(name, first));
  list.appendChild(row);
  return textOf(row);
};

// =================================================================================================
// 1. Host view, teams.cloud.microsoft, the 2026 item outline — a blood-pressure medication follow-up.
// =================================================================================================
// Tests: the current (TMS-FIX) host item with items-renderer around the avatar, author and text
// spans with dir="auto", no caption ids; captions already on when capture starts (renderer wrapper
// present, empty list); one item per turn growing word by word in place (characterData) and then
// re-punctuated; one mid-growth ASR revision ("lisa" → "lisinopril"); the self speaker shown by its
// display name (§4.5), so the clinician role follows from selfNames; in-call marker
// button[data-tid=hangup-main-btn]. A meeting-chat pane (research silent on Teams chat markup:
// assumed Fluent `fui-ChatMessage`, no caption data-tids) gets a new message mid-call and must never
// be captured.
const s1Names: Record<Who, string> = { C: 'Dr. Priya Raman', P: 'Marcus Bell' };
const s1Turns: Turn[] = [
  {
    who: 'C',
    items: ['Good morning, Marcus. How have you been doing on the lisinopril since our last visit?'],
    fix: { lisinopril: 'lisa' },
  },
  { who: 'P', items: ['Pretty good overall. I take it every morning with breakfast.'] },
  { who: 'C', items: ['Great. Have you noticed any dizziness when you stand up quickly?'] },
  { who: 'P', items: ['A little in the first week, but that has mostly gone away now.'] },
  { who: 'C', items: ["That's common early on. What have your home blood pressure readings looked like?"] },
  { who: 'P', items: ["They've been much better, usually right in the range you gave me."] },
  { who: 'C', items: ['Excellent. Any dry cough or swelling in your lips or face?'] },
  { who: 'P', items: ['No cough, and no swelling at all.'] },
  { who: 'C', items: ["Good. Let's keep the same dose and recheck your kidney labs next week."] },
  { who: 'P', items: ['Okay. Should I keep logging my readings every day?'] },
  { who: 'C', items: ['Yes, please, and bring the log to your next appointment.'] },
  { who: 'P', items: ['Will do. Thank you, doctor.'] },
];

const hostCloud: Scenario = {
  name: 'teams cloud 2026 host item: medication follow-up, growth then re-punctuation, self by display name',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: ['Dr. Priya Raman'],
  body:
    `<div id="app">` +
    `<div id="meeting-root">` +
    `<div id="stage">${captionRootHtml(true)}</div>` +
    `<div role="toolbar" aria-label="Meeting controls">` +
    `<button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More"></button>` +
    `<button data-tid="hangup-main-btn" aria-label="Leave"></button>` +
    `</div>` +
    `</div>` +
    `<div id="chat-pane" role="complementary" aria-label="Meeting chat"><div id="chat-log" role="log" aria-live="polite">` +
    `<div class="fui-ChatMessage ___4dl0kp"><div class="fui-ChatMessage__author">Dr. Priya Raman</div>` +
    `<div class="fui-ChatMessage__body">Lab order sent to the Elm Street lab.</div></div>` +
    `</div></div>` +
    `</div>`,
  async play(p) {
    await playTurns(p, s1Turns, s1Names, addHostItem, async (i) => {
      if (i === 6) {
        // The patient types into the meeting chat between turns (not a caption).
        q(p.doc, '#chat-log').appendChild(
          el(
            p.doc,
            `<div class="fui-ChatMessage ___4dl0kp"><div class="fui-ChatMessage__author">Marcus Bell</div>` +
              `<div class="fui-ChatMessage__body">Sorry, my camera keeps freezing</div></div>`,
          ),
        );
        await p.sleep(300);
      }
    });
  },
  leave(p) {
    p.doc.getElementById('meeting-root')?.remove();
  },
  expected: expectedOf(s1Turns, s1Names),
  loose: true,
  forbidden: ['Lab order sent', 'camera keeps freezing', 'Elm Street'],
};

// =================================================================================================
// 2. Guest (anonymous) view on teams.live.com light meetings — a sleep follow-up.
// =================================================================================================
// Tests: VEXA's guest DOM — virtual-list-content › (div) › author + text, with NO
// closed-captions-v2-items-renderer and no ChatMessageCompact, so only the [data-tid=author] /
// [data-tid=closed-caption-text] atoms pair name and text (by document order); captions turned on
// via the guest menu More → Captions (a plain menuitem), then the wrapper appears; "one item per
// utterance": most turns are split over two consecutive items of the same speaker, each growing and
// re-punctuated, and each turn must come out once with all its words; in-call marker
// button[data-tid=anon-hangup-button].
// Assumptions (research silent): the guest view also has the closed-caption-renderer-wrapper and
// window wrapper above virtual-list-content; "(div)" is one plain div per item; the clinician joined
// this visit (scheduled from the patient's care-home tenant) as an anonymous guest under their own
// display name, which is what the captions show for them.
const s2Names: Record<Who, string> = { C: 'Dr. Lena Ortiz', P: 'Walter Hughes' };
const s2Turns: Turn[] = [
  { who: 'C', items: ["Hi Walter, it's Dr. Ortiz. Can you hear me okay?"] },
  { who: 'P', items: ['Yes, I can hear you fine.'] },
  {
    who: 'C',
    items: ['Good. Last time we talked about your trouble falling asleep.', 'How has that been going with the new routine?'],
  },
  {
    who: 'P',
    items: ["Better, I think. I'm in bed at the same time most nights.", 'But I still wake up early and lie there for an hour.'],
  },
  { who: 'C', items: ['Are you still having coffee in the afternoon?'] },
  { who: 'P', items: ['Only one cup in the morning now.', 'I stopped the evening tea too.'] },
  { who: 'C', items: ["That's a real change.", 'When you wake up at night, are you looking at your phone?'] },
  { who: 'P', items: ['Sometimes, yes. I check the time and then I start scrolling.'] },
  {
    who: 'C',
    items: ["Let's try keeping the phone out of the bedroom for the next two weeks.", 'And keep the sleep diary going.'],
  },
  { who: 'P', items: ['Okay, I can do that.', 'Should I still take the melatonin?'] },
  {
    who: 'C',
    items: ['Yes, keep the melatonin at the same dose, an hour before bed.', "We'll review the diary at your next visit."],
  },
  { who: 'P', items: ['Sounds good. Thanks, Dr. Ortiz.'] },
];

const guestLight: Scenario = {
  name: 'teams guest (anonymous) light meeting: no items-renderer, same speaker split over consecutive items',
  url: 'https://teams.live.com/light-meetings/launch?agent=web&version=25091100100&coords=eyJtZWV0aW5nQ29kZSI6IjkzODQ3MjYxMDU1In0%3D',
  selfNames: ['Dr. Lena Ortiz'],
  body:
    `<div id="app">` +
    `<div id="meeting-root">` +
    `<div id="stage"></div>` +
    `<div role="toolbar" aria-label="Meeting controls">` +
    `<button data-tid="more-button" aria-label="More"></button>` +
    `<button data-tid="anon-hangup-button" aria-label="Leave"></button>` +
    `</div>` +
    `</div>` +
    `</div>`,
  async play(p) {
    // Guest path: More → Captions (direct menuitem toggle), then the caption root appears.
    const menu = el(p.doc, `<div role="menu" aria-label="More options"><div role="menuitem">Captions</div></div>`);
    q(p.doc, '#meeting-root').appendChild(menu);
    await p.sleep(250);
    menu.remove();
    q(p.doc, '#stage').appendChild(el(p.doc, captionRootHtml(false)));
    await p.sleep(400);
    await playTurns(p, s2Turns, s2Names, addGuestItem);
  },
  leave(p) {
    p.doc.getElementById('meeting-root')?.remove();
  },
  expected: expectedOf(s2Turns, s2Names),
  loose: true,
  forbidden: ['More options'],
};

// =================================================================================================
// 3. Pre-join → in call, captions on → off → on (new root) — a mood and knee-pain follow-up.
// =================================================================================================
// Tests: the lifecycle markers of §4.1/§4.2 and the §9 toggle: the page starts on the pre-join
// screen (#prejoin-join-button, no hang-up) and joins (pre-join removed, #hangup-button appears as a
// split button with a sibling BUTTON); captions are off until the host path More → Language and
// speech (div#LanguageSpeechMenuControl-id) → div#closed-captions-button is used, upon which
// [data-tid=closed-caption-renderer-wrapper] appears; after four turns the same menu turns captions
// off and the whole renderer wrapper is removed; two turns are spoken while captions are off (not in
// the DOM, so not expected); captions are turned on again and a NEW wrapper node with an empty list
// appears, and the visit continues there. Host item shape, growth + re-punctuation throughout.
// Assumptions (research silent): a re-mounted caption root starts empty (Teams does not replay the
// earlier captions into it); the menu item's label reads "Turn on/off live captions" (LCS wording).
const s3Names: Record<Who, string> = { C: 'Dr. Samuel Okafor', P: 'Rosa Delgado' };
const s3Before: Turn[] = [
  { who: 'C', items: ['Hi Rosa, good to see you again. How has your mood been these past few weeks?'] },
  { who: 'P', items: ['Up and down, honestly. The mornings are the hardest part.'] },
  { who: 'C', items: ['Thanks for telling me. Are you still walking after lunch like we planned?'] },
  { who: 'P', items: ['Most days, yes, unless my knee is acting up.'] },
];
// While captions are off: Rosa: "It was pretty bad on Tuesday." Dr. Okafor: "I see." (not expected)
const s3After: Turn[] = [
  { who: 'C', items: ['Sorry, my captions dropped for a moment. How bad is the knee pain today compared to last month?'] },
  { who: 'P', items: ['A bit better than last month. The ice and the stretches help.'] },
  { who: 'C', items: ["That's good to hear. Any side effects from the new antidepressant dose?"] },
  { who: 'P', items: ['Some trouble sleeping the first week, but that settled down.'] },
  { who: 'C', items: ["Okay. Let's keep the current dose and check in again in a month."] },
  { who: 'P', items: ['That works for me. Thank you, doctor.'] },
];

async function toggleCaptionsViaMenu(p: Page, on: boolean) {
  const menu = el(
    p.doc,
    `<div role="menu" aria-label="More actions">` +
      `<div id="LanguageSpeechMenuControl-id" role="menuitem" aria-haspopup="menu">Language and speech</div>` +
      `</div>`,
  );
  q(p.doc, '#meeting-root').appendChild(menu);
  await p.sleep(200);
  menu.appendChild(
    el(
      p.doc,
      `<div role="menu" aria-label="Language and speech">` +
        `<div id="closed-captions-button" role="menuitemcheckbox" aria-checked="${on ? 'false' : 'true'}">` +
        `${on ? 'Turn on live captions' : 'Turn off live captions'}</div></div>`,
    ),
  );
  await p.sleep(200);
  menu.remove();
  if (on) q(p.doc, '#stage').appendChild(el(p.doc, captionRootHtml(true)));
  else q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
}

const toggleV2: Scenario = {
  name: 'teams v2 pre-join → join, captions on → off → on with a new root; words while off not expected',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: ['Dr. Samuel Okafor'],
  body:
    `<div id="app">` +
    `<div id="prejoin-screen"><input aria-label="Type your name" value="Dr. Samuel Okafor">` +
    `<button id="prejoin-join-button">Join now</button></div>` +
    `</div>`,
  async play(p) {
    await p.sleep(500);
    // Join: the pre-join screen is replaced by the call UI (no captions yet).
    p.doc.getElementById('prejoin-screen')?.remove();
    q(p.doc, '#app').appendChild(
      el(
        p.doc,
        `<div id="meeting-root">` +
          `<div id="stage"></div>` +
          `<div role="toolbar" aria-label="Meeting controls">` +
          `<button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More"></button>` +
          `<div class="fui-SplitButton"><button id="hangup-button" aria-label="Leave"></button>` +
          `<button aria-label="Leave options"></button></div>` +
          `</div>` +
          `</div>`,
      ),
    );
    await p.sleep(700);
    await toggleCaptionsViaMenu(p, true);
    await p.sleep(400);
    await playTurns(p, s3Before, s3Names, addHostItem);
    await toggleCaptionsViaMenu(p, false);
    await p.sleep(2500); // two short turns spoken with captions off
    await toggleCaptionsViaMenu(p, true);
    await p.sleep(400);
    await playTurns(p, s3After, s3Names, addHostItem);
  },
  leave(p) {
    p.doc.getElementById('meeting-root')?.remove();
  },
  expected: expectedOf([...s3Before, ...s3After], s3Names),
  loose: true,
  forbidden: ['live captions', 'Language and speech', 'Join now', 'pretty bad on Tuesday'],
};

// =================================================================================================
// 4. Virtualised list: retention drops the oldest rows and recycles a row — a diabetes goals review.
// =================================================================================================
// Tests: §4.4 "the Live Caption DOM only keeps a certain number of entries" and element reuse
// (LCS #5), §8.8 wholesale text replacement of a recycled element = a new utterance. Captions are
// turned on with the keyboard shortcut (no menu DOM: the wrapper simply appears). Host item shape.
// 25 items over 14 turns (one item per utterance, most turns two items). Once the list holds 20 rows,
// each new item either removes the oldest row and appends a fresh one, or RECYCLES the oldest row:
// the same element is moved to the tail and its author and text are rewritten (the text node
// replaced wholesale with the new utterance's first word, then grown in place). Every item must come
// out exactly once: evicted rows must not vanish from the transcript, recycled rows must neither
// overwrite the earlier utterance nor glue the new words onto it. In-call marker
// button[data-tid=hangup-leave-button]; URL is a /l/meetup-join/ link on teams.microsoft.com.
// Assumptions: the exact retention count is unverified (§10); 20 is the low end of the research's
// "about 20–50". How the recycled element is updated (move, then rewrite author, avatar and text in
// one task) is my assumption.
const s4Names: Record<Who, string> = { C: 'Dr. Nadia Kim', P: 'Tom Fischer' };
const s4Turns: Turn[] = [
  { who: 'C', items: ['Hi Tom, thanks for logging on.', "Today I'd like to go over the goals we set in March."] },
  { who: 'P', items: ['Sure. I printed out my list.', 'I have it right here.'] },
  { who: 'C', items: ['Great. The first goal was walking every day after dinner.', 'How is that going?'] },
  { who: 'P', items: ["I'm walking most days now.", 'My neighbor comes with me, which helps.'] },
  { who: 'C', items: ["That's wonderful.", 'And the second goal was cutting back on soda.'] },
  { who: 'P', items: ['I switched to sparkling water.', 'I still have a soda on the weekends, though.'] },
  { who: 'C', items: ["That's a big improvement.", 'Your last blood sugar average came down as well.'] },
  { who: 'P', items: ["Really? That's good to hear."] },
  { who: 'C', items: ['It is.', "I'd like to add one new goal for the next few months."] },
  { who: 'P', items: ['Okay, what are you thinking?'] },
  { who: 'C', items: ['Checking your feet every evening for any cuts or blisters.', "It's important with diabetes."] },
  { who: 'P', items: ['I can do that before bed.', 'Do I need to call if I find something?'] },
  { who: 'C', items: ['Yes, call the clinic the same day.', "I'll send the goals to your portal after the visit."] },
  { who: 'P', items: ['Perfect. Thanks, Dr. Kim.'] },
];

const RETAIN = 20;

function makeVirtualAdd(): AddItem {
  let evictions = 0;
  return (p, name, first) => {
    const inner = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"] > div');
    if (inner.children.length >= RETAIN) {
      const oldest = inner.firstElementChild as HTMLElement;
      evictions++;
      if (evictions % 2 === 0) {
        // Recycle: the scrolled-off row is reused for the new utterance at the tail.
        inner.appendChild(oldest);
        authorOf(oldest).data = name;
        q<HTMLImageElement>(oldest, 'img.fui-Avatar__image').setAttribute(
          'src',
          avatarSrc(name).replace(/&amp;/g, '&'),
        );
        const text = textOf(oldest);
        text.data = first;
        return text;
      }
      oldest.remove();
    }
    const row = el(p.doc, hostRowHtml(name, first));
    inner.appendChild(row);
    return textOf(row);
  };
}

const virtualRetention: Scenario = {
  name: 'teams virtualised list: oldest rows evicted and recycled for new items during a goals review',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjM4ZTJhYjEtOGQ0Zi00YzE2LWI5MmEtZDc0YjU3OWQ1MmE3%40thread.v2/0?context=%7b%22Tid%22%3a%22b7f3c2d1-5e4a-4c3b-9a8d-1f2e3d4c5b6a%22%7d',
  selfNames: ['Dr. Nadia Kim'],
  body:
    `<div id="app">` +
    `<div id="meeting-root">` +
    `<div id="stage"></div>` +
    `<div role="toolbar" aria-label="Meeting controls">` +
    `<button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More"></button>` +
    `<button data-tid="hangup-leave-button" aria-label="Leave"></button>` +
    `</div>` +
    `</div>` +
    `</div>`,
  async play(p) {
    await p.sleep(400);
    // Alt+Shift+C: captions turn on, the renderer wrapper appears with an empty list.
    q(p.doc, '#stage').appendChild(el(p.doc, captionRootHtml(true)));
    await p.sleep(400);
    await playTurns(p, s4Turns, s4Names, makeVirtualAdd());
  },
  leave(p) {
    p.doc.getElementById('meeting-root')?.remove();
  },
  expected: expectedOf(s4Turns, s4Names),
  loose: true,
};

export const teamsScenarios: Scenario[] = [hostCloud, guestLight, toggleV2, virtualRetention];
