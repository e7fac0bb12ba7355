// Microsoft Teams scenarios written from caption-platforms.md §4 (not from product fixtures).
// Only the data-tid atoms are treated as stable; Fluent class hashes are invented and differ.
import { el, grow, q, type Page, type Scenario } from './kit.ts';

const HOST_URL = 'https://teams.microsoft.com/v2/';
const GUEST_URL = 'https://teams.live.com/light-meetings/launch?agent=web&version=26010100';
const CLOUD_URL = 'https://teams.cloud.microsoft/';

const stage = (hangup: string) => `
  <div id="app"><div data-tid="calling-stage" class="___r7x2k0"><div class="fui-Flex ___q1"><span>Maria Garcia</span></div></div>
  <div data-tid="call-controls" class="___zz9">
    <button data-tid="microphone-button" aria-label="Mute">Mic</button>
    ${hangup}
  </div>
  <div id="cc-host"></div></div>`;

const wrapperV2 = `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___t0p"><div data-tid="closed-caption-v2-window-wrapper" class="___w1a">
  <div data-tid="closed-caption-v2-virtual-list-content" class="___v9q"><div class="fui-Flex ___1mm8b2 f22iagw" id="list-inner"></div></div></div></div>`;

/** Host view item (TMS-FIX outline): avatar with the items-renderer hover target, author + text. */
function hostItem(p: Page, name: string, initials?: string) {
  const avatar = initials
    ? `<span role="presentation" class="fui-Avatar ___8xk2"><span class="fui-Avatar__initials ___a1" aria-hidden="true">${initials}</span></span>`
    : `<span role="presentation" class="fui-Avatar ___8xk2"><img class="fui-Avatar__image" aria-hidden="true" src="https://teams.microsoft.com/api/mt/part/x/profilepicturev2/${encodeURIComponent(name)}"></span>`;
  const wrap = el(p.doc, `<div class="fui-Flex ___5p0r"><div class="fui-Flex ___h2"><div class="fui-Flex ___k8">
    <div class="fui-ChatMessageCompact ___91jw0 f3rmtva">
      <div></div>
      <div class="fui-ChatMessageCompact__avatar"><div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="${Math.random().toString(36).slice(2)}">${avatar}</div></div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
      <div class="fui-ChatMessageCompact__body ___b0" tabindex="0" data-is-focusable="false"><div>
        <div><span class="fui-ChatMessageCompact__author ___au"><span dir="auto" data-tid="author" class="fui-StyledText ___st">${name}</span></span></div>
        <div class="fui-Flex ___tx"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___st"></span></div>
      </div></div>
      <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    </div></div></div></div>`);
  const text = p.doc.createTextNode('');
  q(wrap, '[data-tid=closed-caption-text]').appendChild(text);
  return { wrap, text };
}

/** Guest (anonymous) view: no items-renderer, just a div with author + text (VEXA). */
function guestItem(p: Page, name: string) {
  const wrap = el(p.doc, `<div class="___g7c1 fx0a"><div class="___n3"><span dir="auto" data-tid="author" class="fui-Text">${name}</span></div>
    <div class="___m4"><span dir="auto" data-tid="closed-caption-text" class="fui-Text"></span></div></div>`);
  const text = p.doc.createTextNode('');
  q(wrap, '[data-tid=closed-caption-text]').appendChild(text);
  return { wrap, text };
}

const leaveAll = (p: Page) => {
  p.doc.querySelectorAll('[data-tid=call-controls] button[data-tid*=hangup], #hangup-button').forEach((b) => b.remove());
};

const host: Scenario = {
  name: 'teams host: captions turned on, growth + re-punctuation, same-speaker items, virtualised removal',
  url: HOST_URL,
  selfNames: ['Dr. Alice Smith'],
  body: stage(`<div><button id="hangup-button" data-tid="hangup-main-btn" aria-label="Leave">Leave</button><button aria-label="Leave options">v</button></div>`),
  async play(p) {
    await p.sleep(400); // in the call, captions still off
    q(p.doc, '#cc-host').innerHTML = wrapperV2;
    const list = q(p.doc, '#list-inner');
    const say = async (name: string, text: string, final: string, initials?: string) => {
      const it = hostItem(p, name, initials);
      list.appendChild(it.wrap);
      await grow(p, it.text, text, final);
      return it;
    };
    await say('Dr. Alice Smith', 'we should start with your medication list', 'We should start with your medication list.');
    await say('Maria Garcia', 'i take metformin twice a day', 'I take metformin twice a day.', 'MG');
    await say('Maria Garcia', 'and lisinopril in the morning', 'And lisinopril in the morning.', 'MG');
    await say('Dr. Alice Smith', 'any side effects', 'Any side effects?');
    await say('Ken Ito', 'she gets dizzy sometimes', 'She gets dizzy sometimes.');
    // Virtualised list keeps only the last few entries: the oldest are removed.
    list.firstElementChild!.remove();
    list.firstElementChild!.remove();
    await p.sleep(200);
    await say('Maria Garcia', 'only when i stand up fast', 'Only when I stand up fast.', 'MG');
    list.firstElementChild!.remove();
  },
  leave: leaveAll,
  expected: [
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'We should start with your medication list.' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'I take metformin twice a day. And lisinopril in the morning.' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Any side effects?' },
    { speaker: 'Ken Ito', role: 'other', text: 'She gets dizzy sometimes.' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'Only when I stand up fast.' },
  ],
  forbidden: ['MG', 'Leave', 'Mute'],
};

const guest: Scenario = {
  name: 'teams guest (light meeting): no items-renderer, anon hangup button',
  url: GUEST_URL,
  selfNames: ['Dr. Alice Smith'],
  body: stage(`<button data-tid="anon-hangup-button" aria-label="Leave">Leave</button>`) ,
  prepare(p) {
    q(p.doc, '#cc-host').innerHTML = wrapperV2.replace('<div class="fui-Flex ___1mm8b2 f22iagw" id="list-inner"></div>', '<div id="list-inner"></div>');
  },
  async play(p) {
    const list = q(p.doc, '#list-inner');
    const a = guestItem(p, 'Maria Garcia');
    list.appendChild(a.wrap);
    await grow(p, a.text, 'can you hear me now', 'Can you hear me now?');
    const b = guestItem(p, 'Dr. Alice Smith');
    list.appendChild(b.wrap);
    await grow(p, b.text, 'yes loud and clear', 'Yes, loud and clear.');
    const c = guestItem(p, 'Dr. Alice Smith');
    list.appendChild(c.wrap);
    await grow(p, c.text, 'how is the wound healing', 'How is the wound healing?');
  },
  leave: leaveAll,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'Can you hear me now?' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Yes, loud and clear. How is the wound healing?' },
  ],
};

/** ~late May 2025: `[data-tid=closed-captions-renderer]` container with Fluent v9 items (§4.3). */
const renderer2025: Scenario = {
  name: 'teams mid-2025: closed-captions-renderer container, #hangup-button',
  url: CLOUD_URL,
  selfNames: ['Dr. Alice Smith'],
  body: stage(`<button id="hangup-button" aria-label="Hang up">Hang up</button>`),
  prepare(p) {
    q(p.doc, '#cc-host').innerHTML = `<div data-tid="closed-captions-renderer" class="___rr1"><div class="fui-Flex ___x" id="list-inner"></div></div>`;
  },
  async play(p) {
    const list = q(p.doc, '#list-inner');
    const a = hostItem(p, 'Dr. Alice Smith');
    list.appendChild(a.wrap);
    await grow(p, a.text, 'let us look at your sugar readings', 'Let us look at your sugar readings.');
    const b = hostItem(p, 'Maria Garcia', 'MG');
    list.appendChild(b.wrap);
    await grow(p, b.text, 'they were high this week', 'They were high this week.');
  },
  leave: leaveAll,
  expected: [
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Let us look at your sugar readings.' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'They were high this week.' },
  ],
  forbidden: ['MG', 'Hang up'],
};

/** Feb 2024 new Teams: same container, Fluent Northstar `.ui-chat__item` items (§4.3, LCS 11e91fd). */
const northstar2024: Scenario = {
  name: 'teams early 2024: closed-captions-renderer with ui-chat__item',
  url: HOST_URL,
  selfNames: ['Dr. Alice Smith'],
  body: stage(`<button id="hangup-button" aria-label="Leave">Leave</button>`),
  prepare(p) {
    q(p.doc, '#cc-host').innerHTML = `<div data-tid="closed-captions-renderer"><div class="ui-chat" id="list-inner"></div></div>`;
  },
  async play(p) {
    const list = q(p.doc, '#list-inner');
    const mk = (name: string) => {
      const it = el(p.doc, `<div class="ui-chat__item"><div class="ui-chat__item__message"><div class="fui-Flex"><div class="ui-chat__message">
        <div class="ui-chat__message__header"><span class="ui-chat__message__author">${name}</span></div>
        <span class="fui-StyledText"></span></div></div></div></div>`);
      list.appendChild(it);
      const t = p.doc.createTextNode('');
      q(it, '.fui-StyledText').appendChild(t);
      return t;
    };
    await grow(p, mk('Maria Garcia'), 'my knee is still swollen', 'My knee is still swollen.');
    await grow(p, mk('Dr. Alice Smith'), 'keep it elevated', 'Keep it elevated.');
  },
  leave: leaveAll,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'My knee is still swollen.' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Keep it elevated.' },
  ],
};

/** An item's subtree is recycled for a different utterance (virtualisation, §4.4 / §8.8). */
const recycle: Scenario = {
  name: 'teams: recycled item element shows a new utterance; captions toggled off and on',
  url: HOST_URL,
  selfNames: ['Dr. Alice Smith'],
  body: stage(`<button data-tid="hangup-leave-button" aria-label="Leave">Leave</button>`),
  prepare(p) {
    q(p.doc, '#cc-host').innerHTML = wrapperV2;
  },
  async play(p) {
    let list = q(p.doc, '#list-inner');
    const a = hostItem(p, 'Maria Garcia');
    list.appendChild(a.wrap);
    await grow(p, a.text, 'the swelling went down', 'The swelling went down.');
    const b = hostItem(p, 'Dr. Alice Smith');
    list.appendChild(b.wrap);
    await grow(p, b.text, 'good keep the bandage on', 'Good, keep the bandage on.');
    await p.sleep(900);
    // Recycle the first item for a new utterance by a different speaker, moved to the tail.
    q(a.wrap, '[data-tid=author]').textContent = 'Dr. Alice Smith';
    a.text.data = '';
    list.appendChild(a.wrap);
    await grow(p, a.text, 'and change it every two days', 'And change it every two days.');
    await p.sleep(900);
    // Captions off: the whole wrapper goes; on again: a new wrapper, empty list.
    q(p.doc, '[data-tid=closed-caption-renderer-wrapper]').remove();
    await p.sleep(700);
    q(p.doc, '#cc-host').innerHTML = wrapperV2;
    list = q(p.doc, '#list-inner');
    await p.sleep(300);
    const c = hostItem(p, 'Maria Garcia');
    list.appendChild(c.wrap);
    await grow(p, c.text, 'okay thank you', 'Okay, thank you.');
  },
  leave: leaveAll,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'The swelling went down.' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Good, keep the bandage on. And change it every two days.' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'Okay, thank you.' },
  ],
};

/** Overlapping speakers: a second item appears while the first still grows (§4.4 interleaving). */
const overlap: Scenario = {
  name: 'teams: two items growing at the same time (overlapping speakers)',
  url: HOST_URL,
  selfNames: ['Dr. Alice Smith'],
  body: stage(`<button data-tid="hangup-main-btn" aria-label="Leave">Leave</button>`),
  prepare(p) {
    q(p.doc, '#cc-host').innerHTML = wrapperV2;
  },
  async play(p) {
    const list = q(p.doc, '#list-inner');
    const a = hostItem(p, 'Maria Garcia');
    list.appendChild(a.wrap);
    a.text.data = 'the tablets make me';
    await p.sleep(120);
    const b = hostItem(p, 'Dr. Alice Smith');
    list.appendChild(b.wrap);
    const aw = 'the tablets make me feel sick in the morning'.split(' ');
    const bw = 'sorry go on'.split(' ');
    for (let i = 0; i < 5; i++) {
      a.text.data = aw.slice(0, 5 + i).join(' ');
      if (i < bw.length) b.text.data = bw.slice(0, i + 1).join(' ');
      await p.sleep(110);
    }
    a.text.data = 'The tablets make me feel sick in the morning.';
    b.text.data = 'Sorry, go on.';
  },
  leave: leaveAll,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'The tablets make me feel sick in the morning.' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Sorry, go on.' },
  ],
};

export const teamsScenarios: Scenario[] = [host, guest, renderer2025, northstar2024, recycle, overlap];
