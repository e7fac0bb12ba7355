// Round 24 — Microsoft Teams web (new/v2), "a new front-end build ships mid-year".
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §1   Cross-platform summary (Teams column: root, unit, names in DOM, own display name)
//   §4.1 URL patterns and in-call markers (#hangup-button, button[data-tid=hangup-main-btn],
//        button[data-tid=anon-hangup-button], teams.live.com light meetings)
//   §4.2 Turning captions on (closed-caption-renderer-wrapper appears when captions are on;
//        the rotating `.f419p8h` wrapper class)
//   §4.3 Container and item selectors over time, the TMS-FIX 2026 item outline, atomic-CSS hashes
//        that rotate, data-lpc-hover-target-id [U], host vs. guest DOM (VEXA), data-tid atoms as the
//        most stable anchors
//   §4.4 How the text changes (in-place growth then re-punctuation, one item per utterance, a new
//        tail item finalises its predecessor, virtualised list with limited retention, element reuse
//        after the caption window is moved/resized, LCS #5)
//   §4.5 Local user carries their own display name, not "You"
//   §8   Strategies (data-tid first, re-attach when the root is replaced or re-mounted)
//   §9   Fixture checklist (captions off/on with a new root, host vs. guest, retention)
//
// Stable anchors kept in every scenario (research: "data-tid values … survived the Fluent
// class-hash rot … the most stable anchors"): [data-tid=closed-caption-renderer-wrapper] ›
// [data-tid=closed-caption-v2-window-wrapper] › [data-tid=closed-caption-v2-virtual-list-content],
// and per utterance [data-tid=author] + [data-tid=closed-caption-text], with the author before the
// text in document order. In-call markers are the documented ones from §4.1.
//
// Volatile / build-specific things varied: atomic-CSS hash classes (all rotated to values never seen
// in the research), the number of unlabelled fui-Flex wrapper divs around the list and around each
// entry, Fluent slot class names (fui-ChatMessageCompact*, fui-StyledText), dir="auto", avatar form,
// tabster dummy <i> elements, closed-captions-v2-items-renderer (host-only), data-lpc-hover-target-id,
// the mount point of the caption view, and toasts/tooltips next to the captions.
//
// Common assumptions (research silent): Teams re-punctuates, so scenarios compare loosely; growth
// text carries no punctuation until the final re-punctuation step; clinician = the local user, whose
// captions carry their own display name (§4.5 [I]); the remote participant's role is left unset.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const STEP = 95;
const GAP = 260;

/** Growth form of a caption before Teams re-punctuates it (§4.4 "word growth then re-punctuation"). */
const raw = (s: string) => s.replace(/[.,?!]/g, '');

function mount(p: Page, html: string): { node: HTMLElement; text: Text } {
  const node = el(p.doc, html);
  const span = q(node, '[data-tid="closed-caption-text"]');
  return { node, text: span.firstChild as Text };
}

/** Appends one caption item and grows it word by word, then re-punctuates it in place. */
async function speak(
  p: Page,
  list: Element,
  build: (name: string, first: string) => string,
  who: string,
  say: string,
  after?: (list: Element) => void,
) {
  const words = raw(say).split(' ');
  const item = mount(p, build(who, words[0]!));
  list.appendChild(item.node);
  after?.(list);
  await p.sleep(STEP);
  await grow(p, item.text, raw(say), say, STEP, 1);
  await p.sleep(GAP);
  return item;
}

function removeCallingScreen(p: Page) {
  // Leaving tears down the whole calling screen: hang-up button, stage and caption view go together.
  p.doc.querySelector('.___c4ll5cr')?.remove();
}

// ---------------------------------------------------------------------------------------------------
// Scenario 1 — host view, new build: rotated hashes, extra wrappers, less-stable attributes absent.
// ---------------------------------------------------------------------------------------------------
// Tests: the caption view of a build whose hash classes are all new, with ONE extra unlabelled
// wrapper div between virtual-list-content and the fui-Flex list inner, FIVE nested fui-Flex levels
// instead of four, an extra wrapper div around each entry, no tabster dummies, no
// data-lpc-hover-target-id and no dir="auto"; captions are switched on a moment after the call starts
// (the renderer-wrapper appears, §4.2). The patient's turn 4 is spread over two items (§4.4 "one item
// per utterance, not per speaker turn").
// Keeps: renderer-wrapper › window-wrapper › virtual-list-content, [data-tid=author],
// [data-tid=closed-caption-text], host-only closed-captions-v2-items-renderer around the avatar,
// #hangup-button / data-tid=hangup-main-btn.
// Varies: every ___hash / f-hash class (incl. the `.f419p8h` wrapper class), wrapper depth around
// the list and around each entry, data-lpc-hover-target-id, tabster dummies, dir attributes.
// Assumption: the avatar shows Fluent initials (a text node inside the item) instead of an image
// when the participant has no photo — research shows only the <img> form.
const s1Item = (name: string, first: string) => {
  const initials = name.replace(/^Dr\.\s*/, '').split(' ').map((w) => w[0]).join('');
  return `
  <div class="___w9q2kd1 fq0x3le">
    <div class="fui-Flex ___3bq7vza">
      <div class="fui-ChatMessageCompact ___p0r8y4n f1kz9qa">
        <div></div>
        <div class="fui-ChatMessageCompact__avatar">
          <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
            <span role="presentation" class="fui-Avatar ___u2d6h0m"><span class="fui-Avatar__initials" aria-hidden="true">${initials}</span></span>
          </div>
        </div>
        <div class="fui-ChatMessageCompact__body ___n7c1x3s" tabindex="0" data-is-focusable="false">
          <div>
            <div><span class="fui-ChatMessageCompact__author"><span data-tid="author" class="fui-StyledText ___a5v0q8j">${name}</span></span></div>
            <div class="fui-Flex ___t4m2z9c"><span data-tid="closed-caption-text" class="fui-StyledText ___e8k3r1w">${first}</span></div>
          </div>
        </div>
      </div>
    </div>
  </div>`;
};

const s1Self = 'Dr. Maya Okafor';
const s1Pat = 'Daniel Reyes';
const s1Turns: [string, string][] = [
  [s1Self, 'Good morning Daniel, can you hear me clearly?'],
  [s1Pat, 'Yes, I can hear you fine.'],
  [s1Self, 'What brings you in to see me today?'],
  [s1Pat, 'I have had a dry cough for about two weeks.'],
  [s1Pat, 'It gets worse at night when I lie down.'],
  [s1Self, 'Any fever, chills, or shortness of breath?'],
  [s1Pat, 'No fever, but I get winded on the stairs.'],
  [s1Self, 'Do you smoke or use any inhalers at home?'],
  [s1Pat, 'I quit smoking three years ago and use no inhalers.'],
];

const s1: Scenario = {
  name: 'teams r24: new build with rotated hashes, extra list and entry wrappers, no lpc id',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [s1Self],
  body: `
  <div class="fui-FluentProvider ___j6v1m0q">
    <div class="___c4ll5cr f7z2kq1">
      <div class="___hd9x0p2"><span class="___ttl3c8v">Follow-up visit</span></div>
      <div class="___st7g0ae fh2q8lm"><div class="___v1d30bx">video</div></div>
      <div class="___tb0r4ys">
        <button data-tid="more-button" id="callingButtons-showMoreBtn" aria-label="More">More</button>
        <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave" class="fui-Button ___b6q1k3d">Leave</button>
      </div>
    </div>
  </div>`,
  async play(p) {
    await p.sleep(200);
    const wrapper = el(
      p.doc,
      `<div data-tid="closed-caption-renderer-wrapper" class="f8vq2ld ___1n4w7pa">
        <div data-tid="closed-caption-v2-window-wrapper" class="___9xk2m1c">
          <div data-tid="closed-caption-v2-virtual-list-content" class="___r2d5qe0">
            <div class="___k0w1x7e">
              <div class="fui-Flex ___6y2bq9h"><div class="fui-Flex ___m1x8c0t"><div class="fui-Flex ___q5l2v7d">
                <div class="fui-Flex ___z3h9k4b"><div class="fui-Flex ___list5in"></div></div>
              </div></div></div>
            </div>
          </div>
        </div>
      </div>`,
    );
    q(p.doc, '.___st7g0ae').appendChild(wrapper);
    const list = q(wrapper, '.___list5in');
    await p.sleep(250);
    for (const [who, say] of s1Turns) await speak(p, list, s1Item, who, say);
  },
  leave: removeCallingScreen,
  expected: [
    { speaker: s1Self, role: 'clinician', text: 'Good morning Daniel, can you hear me clearly?' },
    { speaker: s1Pat, text: 'Yes, I can hear you fine.' },
    { speaker: s1Self, role: 'clinician', text: 'What brings you in to see me today?' },
    { speaker: s1Pat, text: 'I have had a dry cough for about two weeks. It gets worse at night when I lie down.' },
    { speaker: s1Self, role: 'clinician', text: 'Any fever, chills, or shortness of breath?' },
    { speaker: s1Pat, text: 'No fever, but I get winded on the stairs.' },
    { speaker: s1Self, role: 'clinician', text: 'Do you smoke or use any inhalers at home?' },
    { speaker: s1Pat, text: 'I quit smoking three years ago and use no inhalers.' },
  ],
  loose: true,
  forbidden: ['Follow-up visit', 'More', 'Leave', 'MO ', 'DR '],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 2 — the documented guest (anonymous join) layout, with a tooltip and a toast.
// ---------------------------------------------------------------------------------------------------
// Tests: the guest variant from VEXA (§4.3): wrapper › virtual-list-content › (div) › author + text,
// with NO closed-captions-v2-items-renderer, no ChatMessageCompact, no avatar and no fui-Flex list
// inner at all (the "missing wrapper" case), on a teams.live.com light-meetings URL whose in-call
// marker is button[data-tid=anon-hangup-button]. A tooltip is inserted inside the list next to the
// caption items and removed later, and a toast appears inside the renderer-wrapper next to the window.
// Keeps: the three data-tid containers, [data-tid=author], [data-tid=closed-caption-text] (the only
// atoms common to host and guest), author-before-text order, anon-hangup-button.
// Varies: hash classes, Fluent slot classes (none here), dir attributes (absent), avatar (absent),
// items-renderer (absent, host-only per VEXA), extra non-caption children in the list.
// Assumptions: the clinician joined the patient-side meeting link as a guest and typed their display
// name, which is what their own captions show (§4.5 [I]); the author and text spans sit directly in
// the per-item div (VEXA's "(div) > author + text" taken literally); the tooltip and toast texts are
// invented — the research documents neither.
const s2Item = (name: string, first: string) => `
  <div class="___g7u3e1b f0k2w9r">
    <span data-tid="author" class="___x2n8b4a">${name}</span>
    <span data-tid="closed-caption-text" class="___y9c1m6f">${first}</span>
  </div>`;

const s2Self = 'Dr. Priya Nair';
const s2Pat = 'Jordan Ellis';
const s2Turns: [string, string][] = [
  [s2Self, 'Hi Jordan, this is Dr. Nair joining from the clinic.'],
  [s2Pat, 'Hi doctor, thanks for fitting me in today.'],
  [s2Self, 'How has your blood pressure been this week?'],
  [s2Pat, 'Mostly around one thirty over eighty five.'],
  [s2Self, 'Are you still taking the lisinopril every morning?'],
  [s2Pat, 'Yes, but I missed two doses on the weekend.'],
  [s2Self, 'That is okay, try setting a daily phone reminder.'],
  [s2Pat, 'Good idea, I will start doing that tonight.'],
];

const s2Tooltip = 'Live captions may not be fully accurate';
const s2Toast = 'Your network connection is unstable';

const s2: Scenario = {
  name: 'teams r24: guest layout without items-renderer, tooltip in the list, toast beside it',
  url: 'https://teams.live.com/light-meetings/launch?anon=true',
  selfNames: [s2Self],
  body: `
  <div class="___ro0t8vb">
    <div class="___c4ll5cr f2d9m1x">
      <div class="___st4q8wz">
        <div data-tid="closed-caption-renderer-wrapper" class="fv6p1ke ___0q9x2ma">
          <div data-tid="closed-caption-v2-window-wrapper" class="___w1n4d0w">
            <div data-tid="closed-caption-v2-virtual-list-content" class="___l7s2t5e"></div>
          </div>
        </div>
      </div>
      <div class="___ctl8r3n">
        <button data-tid="anon-hangup-button" aria-label="Leave" class="___b2h7k9q">Leave</button>
      </div>
    </div>
  </div>`,
  async play(p) {
    const list = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
    const wrapper = q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]');
    await p.sleep(200);
    // Hover tooltip rendered as a sibling of the caption items; a toast beside the caption window.
    const tip = el<HTMLElement>(p.doc, `<div role="tooltip" class="___tt9p0lq"><span class="___tt1">${s2Tooltip}</span></div>`);
    const toast = el<HTMLElement>(
      p.doc,
      `<div role="status" aria-live="polite" class="___to4st2"><div>${s2Toast}</div><button aria-label="Dismiss">Dismiss</button></div>`,
    );
    for (let i = 0; i < s2Turns.length; i++) {
      const [who, say] = s2Turns[i]!;
      await speak(p, list, s2Item, who, say, (l) => {
        if (i === 3) l.appendChild(tip);
      });
      if (i === 5) {
        tip.remove();
        wrapper.insertBefore(toast, wrapper.firstChild);
      }
    }
    await p.sleep(400);
    toast.remove();
  },
  leave: removeCallingScreen,
  expected: [
    { speaker: s2Self, role: 'clinician', text: 'Hi Jordan, this is Dr. Nair joining from the clinic.' },
    { speaker: s2Pat, text: 'Hi doctor, thanks for fitting me in today.' },
    { speaker: s2Self, role: 'clinician', text: 'How has your blood pressure been this week?' },
    { speaker: s2Pat, text: 'Mostly around one thirty over eighty five.' },
    { speaker: s2Self, role: 'clinician', text: 'Are you still taking the lisinopril every morning?' },
    { speaker: s2Pat, text: 'Yes, but I missed two doses on the weekend.' },
    { speaker: s2Self, role: 'clinician', text: 'That is okay, try setting a daily phone reminder.' },
    { speaker: s2Pat, text: 'Good idea, I will start doing that tonight.' },
  ],
  loose: true,
  forbidden: [s2Tooltip, s2Toast, 'fully accurate', 'unstable', 'Dismiss', 'Leave'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 3 — caption view re-mounted under a new parent after a mid-call layout change.
// ---------------------------------------------------------------------------------------------------
// Tests: the caption view starts under the stage (TMS-FIX host layout, rotated hashes). During the
// patient's 4th turn the layout changes and Teams unmounts the whole renderer-wrapper and mounts a
// NEW one under a different parent (a side pane). The virtualised list re-renders the last retained
// entries as new elements: the clinician's finished turn 3 and the patient's in-progress turn 4,
// which then keeps growing in its new element. Every word must still come out once, in one utterance
// per turn. The new mount is from the same build but renders each entry with one fui-Flex wrapper
// fewer and without tabster dummies.
// Keeps: the three data-tid containers, [data-tid=author], [data-tid=closed-caption-text],
// items-renderer around the avatar (host view), #hangup-button.
// Varies: the mount point (parent) of the caption view, wrapper depth before vs. after the re-mount,
// hash classes, tabster dummies, data-lpc-hover-target-id (present before, absent after).
// Assumptions (research silent): a layout change re-mounts the caption view rather than moving it;
// the new mount re-renders the last two entries (LCS #5 reports element reuse after the caption
// window is moved or resized, §4.4); the in-progress entry continues growing in its re-rendered
// element; old and new mounts never coexist.
let s3Lpc = 0;
const s3ItemA = (name: string, first: string) => `
  <div class="fui-Flex ___a1h6r0p"><div class="fui-Flex ___a2k9d3e">
    <div class="fui-ChatMessageCompact ___a3m7q1z">
      <div></div>
      <div class="fui-ChatMessageCompact__avatar">
        <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="lpc-${++s3Lpc}">
          <span role="presentation" class="fui-Avatar ___a4v2b8n"><img class="fui-Avatar__image" aria-hidden="true" alt=""></span>
        </div>
      </div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
        <div>
          <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___a5s0t4u">${name}</span></span></div>
          <div class="fui-Flex ___a6w3y7g"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___a7x1c5h">${first}</span></div>
        </div>
      </div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    </div>
  </div></div>`;

const s3ItemB = (name: string, first: string) => `
  <div class="fui-Flex ___b1q8w2m">
    <div class="fui-ChatMessageCompact ___b3e5r9t">
      <div></div>
      <div class="fui-ChatMessageCompact__avatar">
        <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
          <span role="presentation" class="fui-Avatar ___b4y6u0i"><img class="fui-Avatar__image" aria-hidden="true" alt=""></span>
        </div>
      </div>
      <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
        <div>
          <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___b5o7p1a">${name}</span></span></div>
          <div class="fui-Flex ___b6s2d4f"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___b7g8h3j">${first}</span></div>
        </div>
      </div>
    </div>
  </div>`;

const s3Window = (listCls: string, hash: string) => `
  <div data-tid="closed-caption-renderer-wrapper" class="${hash}">
    <div data-tid="closed-caption-v2-window-wrapper" class="___${hash}w">
      <div data-tid="closed-caption-v2-virtual-list-content" class="___${hash}v">
        <div class="fui-Flex ${listCls}"></div>
      </div>
    </div>
  </div>`;

const s3Self = 'Dr. Samuel Ortiz';
const s3Pat = 'Linda Park';
const s3T1 = 'Hello Linda, how is the knee feeling since the injection?';
const s3T2 = 'Much better, the swelling has gone down a lot.';
const s3T3 = 'Great, are you able to climb stairs without pain?';
const s3T4 = 'Mostly yes, I only notice it going down the stairs in the evening.';
const s3After: [string, string][] = [
  [s3Self, 'That is normal this early in recovery.'],
  [s3Pat, 'Should I keep doing the exercises from physical therapy?'],
  [s3Self, 'Yes, keep doing them twice a day for six more weeks.'],
  [s3Pat, 'Okay, I will book a follow up for next month.'],
];

const s3: Scenario = {
  name: 'teams r24: caption view re-mounted under a side pane mid-turn after a layout change',
  url: 'https://teams.cloud.microsoft/v2/',
  selfNames: [s3Self],
  body: `
  <div class="fui-FluentProvider ___p9r3v6c">
    <div class="___c4ll5cr f5t1n0b">
      <div class="___m4in7st">
        <div class="___st9ge01 fm8k2rz"><div class="___vid33o">video</div></div>
      </div>
      <aside class="___si6dep4" aria-label="Side panel"></aside>
      <div class="___tb9k3le">
        <button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>
      </div>
    </div>
  </div>`,
  async play(p) {
    const first = el(p.doc, s3Window('___l1st0a', 'fx3n8q2'));
    q(p.doc, '.___st9ge01').appendChild(first);
    await p.sleep(250);
    let list = q(first, '.___l1st0a');
    await speak(p, list, s3ItemA, s3Self, s3T1);
    await speak(p, list, s3ItemA, s3Pat, s3T2);
    await speak(p, list, s3ItemA, s3Self, s3T3);
    // Turn 4 grows to "Mostly yes I only notice it going down" in the old mount …
    const words = raw(s3T4).split(' ');
    const cut = 8;
    const live = mount(p, s3ItemA(s3Pat, words[0]!));
    list.appendChild(live.node);
    await p.sleep(STEP);
    await grow(p, live.text, words.slice(0, cut).join(' '), undefined, STEP, 1);
    // … then the layout changes: the caption view is unmounted and re-mounted in the side pane.
    first.remove();
    await p.sleep(120);
    const second = el(p.doc, s3Window('___l1st0b', 'fr7c2y5'));
    list = q(second, '.___l1st0b');
    list.appendChild(mount(p, s3ItemB(s3Self, s3T3)).node); // re-rendered, already final
    const again = mount(p, s3ItemB(s3Pat, words.slice(0, cut).join(' ')));
    list.appendChild(again.node);
    q(p.doc, '.___si6dep4').appendChild(second);
    await p.sleep(STEP * 2);
    await grow(p, again.text, raw(s3T4), s3T4, STEP, cut);
    await p.sleep(GAP);
    for (const [who, say] of s3After) await speak(p, list, s3ItemB, who, say);
  },
  leave: removeCallingScreen,
  expected: [
    { speaker: s3Self, role: 'clinician', text: s3T1 },
    { speaker: s3Pat, text: s3T2 },
    { speaker: s3Self, role: 'clinician', text: s3T3 },
    { speaker: s3Pat, text: s3T4 },
    { speaker: s3Self, role: 'clinician', text: 'That is normal this early in recovery.' },
    { speaker: s3Pat, text: 'Should I keep doing the exercises from physical therapy?' },
    { speaker: s3Self, role: 'clinician', text: 'Yes, keep doing them twice a day for six more weeks.' },
    { speaker: s3Pat, text: 'Okay, I will book a follow up for next month.' },
  ],
  loose: true,
  forbidden: ['video', 'Leave', 'Side panel'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 4 — flattened build: captions toggled off and on, retention, toasts next to captions.
// ---------------------------------------------------------------------------------------------------
// Tests: a build whose items sit DIRECTLY under virtual-list-content (no fui-Flex list-inner
// wrappers), with no Fluent slot class names (only hash classes), no dir attributes, no tabster
// dummies and no data-lpc-hover-target-id, though still the host view (items-renderer around an
// initials avatar). The list keeps only the last 4 items (oldest removed, §4.4 "only keeps a certain
// number of entries"). A lobby toast is inserted inside the renderer-wrapper beside the caption window
// and later removed. Mid-call, right after the patient's 6th turn has grown (its item never gets a
// successor), the clinician turns captions off: the renderer-wrapper is removed (§4.3/§4.4 "Toggle");
// what is said while captions are off is never rendered and is not expected. Captions come back as a
// NEW renderer-wrapper with an empty list, plus a "caption settings" tooltip in the window wrapper.
// Keeps: the three data-tid containers, [data-tid=author], [data-tid=closed-caption-text],
// items-renderer (host), #hangup-button inside its parent wrapper (§4.1 "sometimes the clickable
// element is its parent").
// Varies: list-inner wrapper depth (zero), Fluent slot classes (absent), hash classes, dir attributes,
// tabster dummies, lpc id, caption root identity across the toggle, retention count.
// Assumptions (research silent): retention of 4 items (real count unverified, 20–50 suggested);
// after re-enabling, the new list starts empty (no history re-rendered); the patient's unfinished
// 6th turn shows no final punctuation (it was never re-punctuated); toast and tooltip texts invented.
const s4Item = (name: string, first: string) => {
  const initials = name.replace(/^Dr\.\s*/, '').split(' ').map((w) => w[0]).join('');
  return `
  <div class="___q1z8n4d f9e2l6s">
    <div class="___q2w5c0v">
      <div data-tid="closed-captions-v2-items-renderer" class="___q3r7b1k"><span role="presentation" class="___q4t9m2x"><span aria-hidden="true">${initials}</span></span></div>
    </div>
    <div class="___q5y3h8j" tabindex="0">
      <div><span data-tid="author" class="___q6u0g7p">${name}</span></div>
      <div class="___q7i4f1o"><span data-tid="closed-caption-text" class="___q8o2e5l">${first}</span></div>
    </div>
  </div>`;
};

const s4Wrapper = (hash: string) => `
  <div data-tid="closed-caption-renderer-wrapper" class="${hash} ___r4w${hash}">
    <div data-tid="closed-caption-v2-window-wrapper" class="___w4${hash}">
      <div data-tid="closed-caption-v2-virtual-list-content" class="___v4${hash}"></div>
    </div>
  </div>`;

const s4Self = 'Dr. Hannah Lee';
const s4Pat = 'Marcus Bell';
const s4Before: [string, string][] = [
  [s4Self, 'Hi Marcus, I have your lab results in front of me.'],
  [s4Pat, 'Okay, is everything looking alright?'],
  [s4Self, 'Your cholesterol is a little higher than last year.'],
  [s4Pat, 'I have been eating out more since I changed jobs.'],
  [s4Self, 'That makes sense, let us talk about some simple swaps.'],
];
const s4Cut = 'Sure I usually grab fast food at lunch';
const s4After: [string, string][] = [
  [s4Self, 'Packing a lunch twice a week would be a good start.'],
  [s4Pat, 'I can do that, my wife already packs hers.'],
  [s4Self, 'Perfect, we will recheck your levels in three months.'],
  [s4Pat, 'Sounds good, thank you doctor.'],
];
const s4Toast = 'Someone is waiting in the lobby';
const s4Tip = 'Caption settings';

const keepLast = (n: number) => (list: Element) => {
  while (list.children.length > n) list.firstElementChild!.remove();
};

const s4: Scenario = {
  name: 'teams r24: flattened build, retention of 4, lobby toast, captions off and on with a new root',
  url: 'https://teams.microsoft.com/v2/?meetingjoin=true',
  selfNames: [s4Self],
  body: `
  <div class="___ap9x1kq">
    <div class="___c4ll5cr fa0w3tr">
      <div class="___sg5n2ux"><div class="___vd8m4ot">video</div></div>
      <div class="___tb1a7zc">
        <div id="hangup-button" class="___hb2k8ew"><button data-tid="hangup-leave-button" aria-label="Leave">Leave</button><button aria-label="Leave options" class="___hb3">⌄</button></div>
      </div>
    </div>
  </div>`,
  async play(p) {
    const stage = q(p.doc, '.___sg5n2ux');
    const first = el(p.doc, s4Wrapper('fk1p7xw'));
    stage.appendChild(first);
    await p.sleep(250);
    let list = q(first, '[data-tid="closed-caption-v2-virtual-list-content"]');
    const toast = el<HTMLElement>(
      p.doc,
      `<div role="alert" class="___ts0k3nb"><span>${s4Toast}</span><button>Admit</button><button>View lobby</button></div>`,
    );
    for (let i = 0; i < s4Before.length; i++) {
      const [who, say] = s4Before[i]!;
      await speak(p, list, s4Item, who, say, keepLast(4));
      if (i === 1) first.insertBefore(toast, first.firstChild);
      if (i === 3) toast.remove();
    }
    // Patient's 6th turn grows, then captions are switched off before any successor appears.
    const cut = s4Cut.split(' ');
    const live = mount(p, s4Item(s4Pat, cut[0]!));
    list.appendChild(live.node);
    keepLast(4)(list);
    await p.sleep(STEP);
    await grow(p, live.text, s4Cut, undefined, STEP, 1);
    await p.sleep(200);
    first.remove(); // captions off: "and soda most afternoons" + the clinician's reply are not shown
    await p.sleep(1400);
    const second = el(p.doc, s4Wrapper('fm6b0qs'));
    stage.appendChild(second);
    list = q(second, '[data-tid="closed-caption-v2-virtual-list-content"]');
    const tip = el<HTMLElement>(p.doc, `<div role="tooltip" class="___tp7e2vd">${s4Tip}</div>`);
    q(second, '[data-tid="closed-caption-v2-window-wrapper"]').appendChild(tip);
    await p.sleep(250);
    for (let i = 0; i < s4After.length; i++) {
      const [who, say] = s4After[i]!;
      await speak(p, list, s4Item, who, say, keepLast(4));
      if (i === 1) tip.remove();
    }
  },
  leave: removeCallingScreen,
  expected: [
    { speaker: s4Self, role: 'clinician', text: 'Hi Marcus, I have your lab results in front of me.' },
    { speaker: s4Pat, text: 'Okay, is everything looking alright?' },
    { speaker: s4Self, role: 'clinician', text: 'Your cholesterol is a little higher than last year.' },
    { speaker: s4Pat, text: 'I have been eating out more since I changed jobs.' },
    { speaker: s4Self, role: 'clinician', text: 'That makes sense, let us talk about some simple swaps.' },
    { speaker: s4Pat, text: 'Sure I usually grab fast food at lunch' },
    { speaker: s4Self, role: 'clinician', text: 'Packing a lunch twice a week would be a good start.' },
    { speaker: s4Pat, text: 'I can do that, my wife already packs hers.' },
    { speaker: s4Self, role: 'clinician', text: 'Perfect, we will recheck your levels in three months.' },
    { speaker: s4Pat, text: 'Sounds good, thank you doctor.' },
  ],
  loose: true,
  forbidden: [s4Toast, 'Admit', 'View lobby', s4Tip, 'Leave', 'video'],
};

export const teamsScenarios: Scenario[] = [s1, s2, s3, s4];
