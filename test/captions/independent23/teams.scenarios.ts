// Round 23 — Microsoft Teams web (new Teams / v2): the edges of a call's life and of the caption
// settings. Written blind, from /work/shared/research/caption-platforms.md only, plus the Scenario
// API (../independent/kit.ts) and the runner (../independent/runner.ts).
//
// Research sections used:
// - §4.1 URL patterns (teams.microsoft.com /l/meetup-join/ and /v2/, teams.cloud.microsoft,
//   teams.live.com/light-meetings/launch) and in-call markers (#hangup-button,
//   button[data-tid=hangup-main-btn | anon-hangup-button], pre-join #prejoin-join-button).
// - §4.2 Turning captions on: More (button[data-tid=more-button] / #callingButtons-showMoreBtn) →
//   Language and speech (#LanguageSpeechMenuControl-id) → Show live captions (#closed-captions-button,
//   a menuitemcheckbox) for hosts; More → Captions (a direct menuitem) for guests; captions on is
//   signalled by [data-tid=closed-caption-renderer-wrapper] appearing (class .f419p8h); the spoken
//   language is set under "Caption settings → spoken language".
// - §4.3 Container/item selectors: closed-caption-renderer-wrapper › closed-caption-v2-window-wrapper ›
//   closed-caption-v2-virtual-list-content; the TMS-FIX host item outline (fui-ChatMessageCompact with
//   avatar, items-renderer around the avatar, author + closed-caption-text spans with dir="auto"); the
//   VEXA guest variant (virtual-list-content › (div) › author + text, no items-renderer); rotating
//   atomic-CSS hashes.
// - §4.4 Mutation model: one item per utterance appended at the tail, text node refined in place
//   (word growth, then re-punctuation / capitalisation), same speaker can produce consecutive items.
// - §4.5 Local user and language: self captions carry the user's display name (selfNames), dir="auto";
//   translated captions [U]: "assume the span simply shows the translated text".
// - §8 / §9: caption toggle = remove closed-caption-renderer-wrapper entirely and re-add a NEW one;
//   non-caption text (menus, dialogs, chat, lobby notice) must not leak into utterances.
//
// Not covered on purpose: breakout rooms / moving between rooms — the research says nothing about
// them for Teams, so no scenario invents a DOM for them.
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const CLIN: 'clinician' = 'clinician';

/** Atomic-CSS hash suffixes rotate (§4.3); a few fixed fake ones are enough here. */
const H = ['___1ccp5kb', '___f13qh94s', '___9bq7xd0', '___r7mm2ka'];

/** The caption root as it appears when captions are turned on (§4.2, §4.3). */
function captionRoot(doc: Document, guest = false): { root: HTMLElement; list: HTMLElement } {
  const inner = guest ? '' : `<div class="fui-Flex ${H[0]}"></div>`;
  const root = el(
    doc,
    `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ${H[1]}">` +
      `<div data-tid="closed-caption-v2-window-wrapper" class="${H[2]}">` +
      `<div data-tid="closed-caption-v2-virtual-list-content" class="${H[3]}">${inner}</div>` +
      `</div></div>`,
  );
  const content = q(root, '[data-tid="closed-caption-v2-virtual-list-content"]');
  const list = guest ? content : (content.firstElementChild as HTMLElement);
  return { root, list };
}

/** One host-view caption item (TMS-FIX outline, §4.3), no whitespace text nodes between tags. */
function hostItem(doc: Document, author: string): { item: HTMLElement; span: HTMLElement } {
  const dummy = '<i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>';
  const item = el(
    doc,
    `<div class="fui-Flex ${H[0]}"><div class="fui-Flex ${H[1]}"><div class="fui-Flex ${H[2]}">` +
      `<div class="fui-ChatMessageCompact ${H[3]}">` +
      `<div></div>` +
      `<div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">` +
      `<span role="presentation" class="fui-Avatar"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="https://teams.microsoft.com/api/mt/part/amer-02/beta/users/photo.jpg"></span>` +
      `</div></div>` +
      dummy +
      `<div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false"><div>` +
      `<div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText">${author}</span></span></div>` +
      `<div class="fui-Flex"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span></div>` +
      `</div></div>` +
      dummy +
      `</div></div></div></div>`,
  );
  return { item, span: q(item, '[data-tid="closed-caption-text"]') };
}

/** One guest-view caption item (VEXA, §4.3): a div holding the author and text atoms, no items-renderer. */
function guestItem(doc: Document, author: string): { item: HTMLElement; span: HTMLElement } {
  const item = el(
    doc,
    `<div class="fui-Flex ${H[2]}">` +
      `<span dir="auto" data-tid="author" class="fui-StyledText">${author}</span>` +
      `<span dir="auto" data-tid="closed-caption-text" class="fui-StyledText"></span>` +
      `</div>`,
  );
  return { item, span: q(item, '[data-tid="closed-caption-text"]') };
}

/**
 * One utterance (§4.4): a new item is appended at the tail with its first word, then its text node
 * grows word by word (characterData) and, if `final` is given, is re-punctuated in place.
 * Returns the text node (still live if no final was given).
 */
async function say(p: Page, list: HTMLElement, author: string, text: string, final?: string, step = 95, guest = false): Promise<Text> {
  const { item, span } = guest ? guestItem(p.doc, author) : hostItem(p.doc, author);
  const words = text.split(' ');
  const node = p.doc.createTextNode(words[0] ?? '');
  span.appendChild(node);
  list.appendChild(item);
  await p.sleep(step);
  await grow(p, node, text, final, step, 1);
  return node;
}

/** Host path to the captions toggle (§4.2): More → Language and speech → Show live captions. */
async function hostCaptionsToggle(p: Page, checked: boolean) {
  const more = q(p.doc, "button[data-tid='more-button']");
  more.setAttribute('aria-expanded', 'true');
  const menu = el(
    p.doc,
    `<div class="fui-MenuPopover ${H[0]}" role="menu"><div role="menuitem" id="LanguageSpeechMenuControl-id">Language and speech</div></div>`,
  );
  p.doc.body.appendChild(menu);
  await p.sleep(250);
  const sub = el(
    p.doc,
    `<div class="fui-MenuPopover ${H[1]}" role="menu"><div role="menuitemcheckbox" id="closed-captions-button" aria-checked="${checked}">Show live captions</div></div>`,
  );
  p.doc.body.appendChild(sub);
  await p.sleep(250);
  sub.remove();
  menu.remove();
  more.setAttribute('aria-expanded', 'false');
}

/** The call view with its control bar; `hangup` is the hangup button's attributes. */
function callStage(doc: Document, hangup: string): HTMLElement {
  return el(
    doc,
    `<div id="call-stage" class="${H[2]}">` +
      `<div class="calling-controls ${H[3]}" role="toolbar">` +
      `<button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" aria-expanded="false">More</button>` +
      `<button ${hangup} aria-label="Leave">Leave</button>` +
      `</div>` +
      `<div id="captions-slot"></div>` +
      `</div>`,
  );
}

/** Leaving (§4.1): the whole meeting view, its hangup marker and the captions with it, goes away at once. */
function leaveCall(p: Page) {
  p.doc.getElementById('call-stage')?.remove();
  p.doc.body.appendChild(el(p.doc, `<div class="post-call ${H[0]}"><h2>You left the meeting</h2></div>`));
}

// ---------------------------------------------------------------------------------------------------
// 1. Lobby / waiting room, then admitted, then captions turned on.
// Tests: nothing is captured (and the call is not considered ended) while the clinician sits on the
// pre-join screen and then in the lobby; markers appear in the research's order (pre-join
// #prejoin-join-button → hangup button → More → Language and speech → Show live captions →
// closed-caption-renderer-wrapper); the lobby notice and menu labels never leak; the self speaker is
// the clinician; a same-speaker continuation item merges into the patient's turn.
// Assumptions (research silent): Teams' lobby screen shows the call control bar with the hangup
// button (as Meet's lobby shows call_end, §2.1) but no More button and no captions; the More button
// appears once admitted. The pre-join → lobby swap is one synchronous replacement.
const lobbyAdmitted: Scenario = {
  name: 'teams r23: waits in lobby, admitted, then turns captions on',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTFk%40thread.v2/0?context=%7b%22Tid%22%3a%22c0ffee%22%7d',
  selfNames: ['Dr. Hannah Cole'],
  body:
    `<div id="prejoin-screen" class="${H[1]}"><h2>Choose your video and audio options</h2>` +
    `<input type="text" aria-label="Type your name" value="Dr. Hannah Cole">` +
    `<button id="prejoin-join-button" data-tid="prejoin-join-button">Join now</button></div>`,
  async play(p) {
    await p.sleep(700);
    // Join now → lobby ("waiting room"): control bar with hangup only.
    const lobby = el(
      p.doc,
      `<div id="call-stage" class="${H[2]}">` +
        `<div class="lobby-notice" role="status">Someone in the meeting should let you in soon</div>` +
        `<div class="calling-controls ${H[3]}" role="toolbar"><button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button></div>` +
        `<div id="captions-slot"></div>` +
        `</div>`,
    );
    q(p.doc, '#prejoin-screen').replaceWith(lobby);
    await p.sleep(2500);
    // Admitted: the lobby notice goes, the More button joins the control bar.
    q(p.doc, '.lobby-notice').remove();
    q(p.doc, '.calling-controls').insertBefore(
      el(p.doc, `<button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" aria-expanded="false">More</button>`),
      q(p.doc, '#hangup-button'),
    );
    await p.sleep(900);
    await hostCaptionsToggle(p, true);
    const { root, list } = captionRoot(p.doc);
    q(p.doc, '#captions-slot').appendChild(root);
    await p.sleep(400);

    await say(p, list, 'Dr. Hannah Cole', 'hi Marcus thanks for waiting sorry I was running a little late', 'Hi Marcus, thanks for waiting, sorry I was running a little late.');
    await p.sleep(500);
    await say(p, list, 'Marcus Lee', 'that is fine I was only in the waiting room for a minute', 'That is fine, I was only in the waiting room for a minute.');
    await p.sleep(450);
    await say(p, list, 'Dr. Hannah Cole', 'how has the new inhaler been working for you', 'How has the new inhaler been working for you?');
    await p.sleep(500);
    await say(p, list, 'Marcus Lee', 'much better I only needed it twice this week', 'Much better, I only needed it twice this week.');
    await p.sleep(350);
    await say(p, list, 'Marcus Lee', 'mostly after climbing the stairs at work', 'Mostly after climbing the stairs at work.');
    await p.sleep(500);
    await say(p, list, 'Dr. Hannah Cole', 'great let us keep the same dose for now', 'Great, let us keep the same dose for now.');
  },
  leave: leaveCall,
  expected: [
    { speaker: 'Dr. Hannah Cole', role: CLIN, text: 'Hi Marcus, thanks for waiting, sorry I was running a little late.' },
    { speaker: 'Marcus Lee', text: 'That is fine, I was only in the waiting room for a minute.' },
    { speaker: 'Dr. Hannah Cole', role: CLIN, text: 'How has the new inhaler been working for you?' },
    { speaker: 'Marcus Lee', text: 'Much better, I only needed it twice this week.' },
    { speaker: 'Marcus Lee', text: 'Mostly after climbing the stairs at work.' },
    { speaker: 'Dr. Hannah Cole', role: CLIN, text: 'Great, let us keep the same dose for now.' },
  ] satisfies Expected[],
  forbidden: ['Someone in the meeting', 'Join now', 'Choose your video', 'Language and speech', 'Show live captions', 'Leave', 'More'],
};

// ---------------------------------------------------------------------------------------------------
// 2. Captions turned on only some minutes into the call, then off and on again mid-sentence.
// Tests: a call that has run without any caption root (plus a chat distractor) is picked up when the
// renderer wrapper first appears; the first caption starts mid-sentence (the patient was already
// talking) and only the words shown are expected; turning captions off removes the whole
// closed-caption-renderer-wrapper while the clinician's item is still growing (its partial,
// un-punctuated text is expected, flushed, not lost); the words said while captions were off are never
// in the DOM and not expected; turning captions back on mounts a NEW wrapper node whose first item
// continues the clinician's sentence.
// Assumptions (research silent): "some minutes" is compressed to a few seconds of in-call time with
// no caption root; the re-mounted wrapper starts empty (no history re-shown); the partial item is not
// re-punctuated before the wrapper is removed.
const lateAndToggled: Scenario = {
  name: 'teams r23: captions on late, switched off and on mid-sentence',
  url: 'https://teams.cloud.microsoft/v2/?meetingjoin=true#/meet/31415926535?p=xYz12',
  selfNames: ['Dr. Priya Nair'],
  body:
    `<div id="call-stage" class="${H[2]}">` +
    `<div class="calling-controls ${H[3]}" role="toolbar">` +
    `<button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" aria-expanded="false">More</button>` +
    `<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>` +
    `</div>` +
    `<div id="captions-slot"></div>` +
    `</div>` +
    `<aside class="meeting-chat ${H[0]}" role="log" aria-live="polite"></aside>`,
  async play(p) {
    // Minutes into the call, captions still off: only a chat message shows up.
    await p.sleep(1500);
    q(p.doc, '.meeting-chat').appendChild(el(p.doc, `<div class="chat-line"><b>Daniel Brooks</b> sent the photo of my ankle</div>`));
    await p.sleep(1500);

    await hostCaptionsToggle(p, true);
    const first = captionRoot(p.doc);
    q(p.doc, '#captions-slot').appendChild(first.root);
    await p.sleep(300);
    await say(p, first.list, 'Daniel Brooks', 'and the swelling went down after about ten days', 'and the swelling went down after about ten days.');
    await p.sleep(500);
    await say(p, first.list, 'Dr. Priya Nair', 'that is good to hear any pain when you walk', 'That is good to hear. Any pain when you walk?');
    await p.sleep(450);
    await say(p, first.list, 'Daniel Brooks', 'only a little in the morning', 'Only a little in the morning.');
    await p.sleep(450);
    // Mid-sentence: captions switched off while this item is still growing.
    await say(p, first.list, 'Dr. Priya Nair', 'so I would like to keep the same dose and');
    await hostCaptionsToggle(p, false);
    first.root.remove();
    // "add a short course of physiotherapy" is spoken here, with captions off.
    await p.sleep(1600);
    await hostCaptionsToggle(p, true);
    const second = captionRoot(p.doc);
    q(p.doc, '#captions-slot').appendChild(second.root);
    await p.sleep(300);
    await say(p, second.list, 'Dr. Priya Nair', 'check in again in two weeks', 'Check in again in two weeks.');
    await p.sleep(500);
    await say(p, second.list, 'Daniel Brooks', 'okay that works for me', 'Okay, that works for me.');
  },
  leave: leaveCall,
  expected: [
    { speaker: 'Daniel Brooks', text: 'and the swelling went down after about ten days.' },
    { speaker: 'Dr. Priya Nair', role: CLIN, text: 'That is good to hear. Any pain when you walk?' },
    { speaker: 'Daniel Brooks', text: 'Only a little in the morning.' },
    { speaker: 'Dr. Priya Nair', role: CLIN, text: 'so I would like to keep the same dose and' },
    { speaker: 'Dr. Priya Nair', role: CLIN, text: 'Check in again in two weeks.' },
    { speaker: 'Daniel Brooks', text: 'Okay, that works for me.' },
  ] satisfies Expected[],
  forbidden: ['sent the photo', 'Language and speech', 'Show live captions', 'physiotherapy', 'Leave'],
};

// ---------------------------------------------------------------------------------------------------
// 3. Spoken (caption) language changed mid-call: English → Spanish → English.
// Tests: the clinician opens Caption settings and switches the spoken language to Spanish; captions
// then arrive in Spanish (accents, ñ, inverted ¿ added on re-punctuation) in the same list, including
// a same-speaker continuation item; later the language is switched back to English. Every word once,
// right speaker, dialog labels never leak.
// Assumptions (research silent for Teams): the caption list stays mounted across a spoken-language
// change (unlike Meet's region swap, §2.2); the settings dialog lives outside the caption root; the
// re-punctuation adds the leading "¿" to Spanish questions.
const languageSwitch: Scenario = {
  name: 'teams r23: spoken language switched English to Spanish and back',
  url: 'https://teams.microsoft.com/v2/?meetingjoin=true#/meet/27182818284?p=aBc34',
  selfNames: ['Dr. Elena Ruiz'],
  body:
    `<div id="call-stage" class="${H[2]}">` +
    `<div class="calling-controls ${H[3]}" role="toolbar">` +
    `<button id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="More" aria-expanded="false">More</button>` +
    `<button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button>` +
    `</div>` +
    `<div id="captions-slot"></div>` +
    `</div>`,
  async play(p) {
    await p.sleep(500);
    await hostCaptionsToggle(p, true);
    const { root, list } = captionRoot(p.doc);
    q(p.doc, '#captions-slot').appendChild(root);
    await p.sleep(300);

    const setLanguage = async (from: string, to: string) => {
      const dlg = el(
        p.doc,
        `<div role="dialog" aria-label="Caption settings" class="${H[1]}"><h2>Caption settings</h2>` +
          `<label id="spoken-lang-label">Spoken language</label>` +
          `<button role="combobox" aria-labelledby="spoken-lang-label">${from}</button>` +
          `<button>Confirm</button></div>`,
      );
      p.doc.body.appendChild(dlg);
      await p.sleep(400);
      q(dlg, '[role=combobox]').textContent = to;
      await p.sleep(300);
      dlg.remove();
      await p.sleep(300);
    };

    await say(p, list, 'Dr. Elena Ruiz', 'good afternoon can you tell me what brings you in today', 'Good afternoon, can you tell me what brings you in today?');
    await p.sleep(450);
    await say(p, list, 'Jorge Medina', 'sorry my English is not very good', 'Sorry, my English is not very good.');
    await p.sleep(450);
    await say(p, list, 'Dr. Elena Ruiz', 'no problem I will switch the captions to Spanish', 'No problem, I will switch the captions to Spanish.');
    await setLanguage('English (United States)', 'Spanish (Mexico)');
    await say(p, list, 'Dr. Elena Ruiz', 'qué síntomas tiene desde el lunes', '¿Qué síntomas tiene desde el lunes?');
    await p.sleep(450);
    await say(p, list, 'Jorge Medina', 'tengo fiebre y me duele mucho la garganta', 'Tengo fiebre y me duele mucho la garganta.');
    await p.sleep(350);
    await say(p, list, 'Jorge Medina', 'también me cuesta tragar por las mañanas', 'También me cuesta tragar por las mañanas.');
    await p.sleep(450);
    await say(p, list, 'Dr. Elena Ruiz', 'entiendo voy a mandarle un antibiótico y mañana lo llamo', 'Entiendo, voy a mandarle un antibiótico y mañana lo llamo.');
    await setLanguage('Spanish (Mexico)', 'English (United States)');
    await say(p, list, 'Dr. Elena Ruiz', 'I am switching the captions back to English for my notes', 'I am switching the captions back to English for my notes.');
    await p.sleep(450);
    await say(p, list, 'Jorge Medina', 'okay thank you doctor', 'Okay, thank you, doctor.');
  },
  leave: leaveCall,
  expected: [
    { speaker: 'Dr. Elena Ruiz', role: CLIN, text: 'Good afternoon, can you tell me what brings you in today?' },
    { speaker: 'Jorge Medina', text: 'Sorry, my English is not very good.' },
    { speaker: 'Dr. Elena Ruiz', role: CLIN, text: 'No problem, I will switch the captions to Spanish.' },
    { speaker: 'Dr. Elena Ruiz', role: CLIN, text: '¿Qué síntomas tiene desde el lunes?' },
    { speaker: 'Jorge Medina', text: 'Tengo fiebre y me duele mucho la garganta.' },
    { speaker: 'Jorge Medina', text: 'También me cuesta tragar por las mañanas.' },
    { speaker: 'Dr. Elena Ruiz', role: CLIN, text: 'Entiendo, voy a mandarle un antibiótico y mañana lo llamo.' },
    { speaker: 'Dr. Elena Ruiz', role: CLIN, text: 'I am switching the captions back to English for my notes.' },
    { speaker: 'Jorge Medina', text: 'Okay, thank you, doctor.' },
  ] satisfies Expected[],
  forbidden: ['Caption settings', 'Spoken language', 'Spanish (Mexico)', 'English (United States)', 'Confirm', 'Language and speech', 'Show live captions'],
};

// ---------------------------------------------------------------------------------------------------
// 4. A very short guest call (three turns) with translated captions that ends abruptly.
// Tests: an anonymous "light meeting" join on teams.live.com (button[data-tid=anon-hangup-button]),
// captions turned on via the guest path More → Captions, the guest DOM variant (author + text atoms
// in a plain div, no items-renderer, §4.3 VEXA); the patient speaks Spanish but live translation to
// English is on, so her item shows English text; the clinician's last item is still growing (never
// re-punctuated, no successor) when the call view disappears at once — its partial words must still
// be delivered, exactly once, and the call must end on leave.
// Assumptions: translated captions simply show the translated text in the same span (§4.5 [U]), with
// the same growth + re-punctuation style (§4.4); the translation language was chosen before this call,
// so there is no visible DOM for it; the guest's caption author is the typed display name with no
// "(Guest)" suffix (research silent); the guest root has the same renderer/window wrappers as the host's.
const shortGuestCall: Scenario = {
  name: 'teams r23: three-turn guest call with translated captions ends abruptly',
  url: 'https://teams.live.com/light-meetings/launch?agent=web&version=25010100000&coords=eyJtZWV0aW5nQ29kZSI6IjkzODQ2MjcxOTQifQ%3D%3D',
  selfNames: ['Dr. Omar Haddad'],
  body:
    `<div id="call-stage" class="${H[2]}">` +
    `<div class="calling-controls ${H[3]}" role="toolbar">` +
    `<button data-tid="more-button" aria-label="More" aria-expanded="false">More</button>` +
    `<button data-tid="anon-hangup-button" aria-label="Leave">Leave</button>` +
    `</div>` +
    `<div id="captions-slot"></div>` +
    `</div>`,
  async play(p) {
    await p.sleep(500);
    const more = q(p.doc, "button[data-tid='more-button']");
    more.setAttribute('aria-expanded', 'true');
    const menu = el(p.doc, `<div class="fui-MenuPopover ${H[0]}" role="menu"><div role="menuitem">Captions</div></div>`);
    p.doc.body.appendChild(menu);
    await p.sleep(300);
    menu.remove();
    more.setAttribute('aria-expanded', 'false');
    const { root, list } = captionRoot(p.doc, true);
    q(p.doc, '#captions-slot').appendChild(root);
    await p.sleep(300);

    await say(p, list, 'Dr. Omar Haddad', 'hello Mrs Alvarez can you hear me', 'Hello, Mrs. Alvarez, can you hear me?', 110, true);
    await p.sleep(500);
    // Spoken in Spanish, shown translated to English.
    await say(p, list, 'Rosa Alvarez', 'yes I can hear you but the picture keeps freezing', 'Yes, I can hear you, but the picture keeps freezing.', 110, true);
    await p.sleep(450);
    // Cut off: the connection drops mid-sentence; the item never gets its final form.
    await say(p, list, 'Dr. Omar Haddad', 'okay I will call you on your mobile number in', undefined, 110, true);
  },
  leave: leaveCall,
  expected: [
    { speaker: 'Dr. Omar Haddad', role: CLIN, text: 'Hello, Mrs. Alvarez, can you hear me?' },
    { speaker: 'Rosa Alvarez', text: 'Yes, I can hear you, but the picture keeps freezing.' },
    { speaker: 'Dr. Omar Haddad', role: CLIN, text: 'okay I will call you on your mobile number in' },
  ] satisfies Expected[],
  forbidden: ['Captions', 'Leave', 'More', 'You left the meeting'],
};

export const teamsScenarios: Scenario[] = [lobbyAdmitted, lateAndToggled, languageSwitch, shortGuestCall];
