// Google Meet scenarios written from caption-platforms.md §2 (not from product fixtures).
// Rotating class tokens are deliberately different from the doc's outline; only the tokens the doc
// reports as stable (bj4p3b, jxFHg, VbkSUe, r6DyN, data-iml, googleusercontent src) and the ARIA
// region are kept.
import { el, grow, q, type Page, type Scenario } from './kit.ts';

const URL = 'https://meet.google.com/kfr-mxpq-zta';
const AVATAR = (n: number) => `https://lh3.googleusercontent.com/a/ACg8oc${n}xQ=s64-c`;

/** In-call marker: the leave button whose icon ligature is `call_end` (§2.1). */
const controls = (iconClass = 'google-symbols') => `
  <div class="Tmb7Fd" jsname="Xx7aWc">
    <button class="VYBDae-Bz112c" aria-label="Turn off captions"><i class="${iconClass}" aria-hidden="true">closed_caption</i></button>
    <button class="VYBDae-Bz112c hNGZQc" aria-label="Leave call" id="leave"><i class="${iconClass} notranslate" aria-hidden="true">call_end</i></button>
  </div>`;

/** The chat is a separate live region and must never be read as captions (§2.3). */
const chat = `<aside class="WUFI9b"><div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div></aside>`;

/** 2025–26 caption bar (§2.3/§2.4), with extra wrappers above the region. */
function bar2026(label: string) {
  return `
  <main class="axUSnc" style="inset: 0px 0px 160px">
    <div class="R3Gmyc"><div class="zWGUib">Maria Garcia</div></div>
  </main>
  <div class="hLkVuf" data-side="3"><div class="DtJ7e"><div class="pV3nEd">
    <div jsname="dsyhDe" class="iOzk7"><div class="q8xbVd">
      <div role="region" tabindex="0" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:Qf9Wbe" class="xR4mGe fWq2Qc"></div>
    </div></div>
    <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button><span>English</span><i class="google-symbols">arrow_drop_down</i></button></div>
  </div></div></div>`;
}

/** One 2025–26 block: avatar+name wrapper, then a text div with a single (initially empty) text node. */
function block2026(p: Page, name: string, n: number, nameWrap = false) {
  const nameHtml = nameWrap ? `<div class="sZ3wq"><span class="Lq0Rb">${name}</span></div>` : `<span class="Lq0Rb">${name}</span>`;
  const b = el(p.doc, `<div class="kTq9Xe bj4p3b"><div class="Wn8oHd">
      <img class="Pf2iRe r6DyN" alt="" data-iml="${1700 + n}.3" src="${AVATAR(n)}">
      <div class="VmZ2sd jxFHg">${nameHtml}</div></div><div class="hB7uTc VbkSUe"></div></div>`);
  const text = p.doc.createTextNode('');
  b.lastElementChild!.appendChild(text);
  return { b, text };
}

/** New blocks go before the trailing dummy div / "Jump to bottom" button when those are shown. */
function append(region: Element, b: Element) {
  const trailing = [...region.children].find((c) => !c.classList.contains('bj4p3b'));
  region.insertBefore(b, trailing ?? null);
}

function jumpButton(p: Page, label: string) {
  return el(p.doc, `<div class="IMKgW"><button class="VfPpkd-LgbsSe" aria-label="${label}"><i class="google-symbols" aria-hidden="true">arrow_downward</i><span>${label}</span></button></div>`);
}

function leave(p: Page) {
  p.doc.getElementById('leave')?.remove();
}

const basic: Scenario = {
  name: 'meet 2026: You + two others, growth, late correction, dummy div, jump button, chat',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: controls() + bar2026('Captions') + chat,
  async play(p) {
    const region = q(p.doc, '[role=region]');
    const chatBox = q(p.doc, '.Ge9Kpc');
    const you = block2026(p, 'You', 1);
    append(region, you.b);
    await grow(p, you.text, 'Hi Maria thanks for joining today', 'Hi Maria, thanks for joining today.');
    chatBox.appendChild(el(p.doc, `<div class="Ss4fHf"><div class="poVWob">Maria Garcia</div><div class="oIy2qc">sorry my camera is off</div></div>`));
    const maria = block2026(p, 'Maria Garcia', 2);
    append(region, maria.b);
    await grow(p, maria.text, 'Thanks doctor I have had a cough', undefined, 90);
    await p.sleep(700);
    // Late correction of the earlier block while the next speaker talks (§2.5.3).
    you.text.data = 'Hi Maria, thank you for joining today.';
    await grow(p, maria.text, 'Thanks doctor I have had a cough for about two weeks', 'Thanks doctor, I have had a cough for about two weeks.', 90, 7);
    region.appendChild(el(p.doc, '<div class="Ur4Bfe"></div>'));
    region.appendChild(jumpButton(p, 'Jump to bottom'));
    await p.sleep(900);
    const maria2 = block2026(p, 'Maria Garcia', 2);
    append(region, maria2.b);
    await grow(p, maria2.text, 'It gets worse at night.');
    const sam = block2026(p, 'Sam Lee', 3, true);
    append(region, sam.b);
    await grow(p, sam.text, 'Sorry to interrupt the audio dropped for a second', 'Sorry to interrupt, the audio dropped for a second.');
    region.lastElementChild!.remove();
    const you2 = block2026(p, 'You', 1);
    append(region, you2.b);
    await grow(p, you2.text, 'Does the cough bring anything up?');
    chatBox.appendChild(el(p.doc, `<div class="Ss4fHf"><div class="poVWob">You</div><div class="oIy2qc">link to the form</div></div>`));
  },
  leave,
  expected: [
    { speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: 'Hi Maria, thank you for joining today.' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'Thanks doctor, I have had a cough for about two weeks. It gets worse at night.' },
    { speaker: 'Sam Lee', role: 'other', text: 'Sorry to interrupt, the audio dropped for a second.' },
    { speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: 'Does the cough bring anything up?' },
  ],
  forbidden: ['camera is off', 'link to the form', 'arrow_downward', 'Jump to bottom', 'call_end', 'English', 'arrow_drop_down'],
};

/** Localized region labels (§2.3): Sottotitoli / 자막 / 字幕, Korean jump-button text (§2.4). */
function localized(label: string, jump: string, a: [string, string], b: [string, string]): Scenario {
  return {
    name: `meet 2026 localized aria-label "${label}"`,
    url: URL,
    selfNames: ['Dr. Alice Smith'],
    body: controls() + bar2026(label) + chat,
    async play(p) {
      const region = q(p.doc, '[role=region]');
      region.appendChild(jumpButton(p, jump));
      const x = block2026(p, a[0], 4);
      append(region, x.b);
      await grow(p, x.text, a[1]);
      const y = block2026(p, b[0], 5);
      append(region, y.b);
      await grow(p, y.text, b[1]);
    },
    leave,
    expected: [
      { speaker: a[0], role: 'patient', text: a[1] },
      { speaker: b[0], role: 'other', text: b[1] },
    ],
    forbidden: ['arrow_downward', jump],
  };
}

/** Localized "You" forms (§2.6): Вы (ru), Anda (id). */
function selfForm(youForm: string): Scenario {
  return {
    name: `meet 2026 self labelled "${youForm}"`,
    url: URL,
    selfNames: ['Dr. Alice Smith'],
    body: controls() + bar2026('Captions') + chat,
    async play(p) {
      const region = q(p.doc, '[role=region]');
      const x = block2026(p, 'Olga Petrova', 6);
      append(region, x.b);
      await grow(p, x.text, 'My chest feels tight in the mornings');
      const y = block2026(p, youForm, 1);
      append(region, y.b);
      await grow(p, y.text, 'How long does it last each time');
    },
    leave,
    expected: [
      { speaker: 'Olga Petrova', role: 'patient', text: 'My chest feels tight in the mornings' },
      { speaker: [youForm, 'You', 'Dr. Alice Smith'], role: 'clinician', text: 'How long does it last each time' },
    ],
  };
}

/** Span era (Mar–Nov 2024, §2.3/§2.4): `.a4cQT` › div › `.iOzk7[jsname=dsyhDe]` › `div.TBMuR.bj4p3b`
 * blocks whose text is `<span>`s; new spans are appended, the last one edited, and for a long
 * monologue leading spans are dropped (§2.5.4). Icons were `.google-material-icons` before Aug 2024. */
function spanBlock2024(p: Page, name: string, n: number) {
  const b = el(p.doc, `<div class="TBMuR bj4p3b"><div><img class="KpxDtd r6DyN" alt="" data-iml="${900 + n}" src="${AVATAR(n)}"><div class="zs7s8d jxFHg">${name}</div></div>
    <div jsname="YSxPC" class="Mz6pEf wY1pdd" style="height: 28.44px;"><div jsname="tgaKEf" class="iTTPOb VbkSUe"></div></div></div>`);
  return { b, text: q(b, '.VbkSUe') };
}

async function speakSpans(p: Page, textDiv: Element, phrases: string[], dropAfter = 0, dropCount = 0) {
  for (let i = 0; i < phrases.length; i++) {
    const words = phrases[i]!.split(' ');
    const span = p.doc.createElement('span');
    textDiv.appendChild(span);
    for (let w = 1; w <= words.length; w++) {
      span.textContent = (i ? ' ' : '') + words.slice(0, w).join(' ');
      await p.sleep(70);
    }
    if (dropCount && i === dropAfter) for (let d = 0; d < dropCount; d++) textDiv.firstElementChild?.remove();
  }
}

const MONOLOGUE = [
  'Well it started about three weeks ago',
  'when I was helping my brother move house',
  'and I lifted a heavy box the wrong way',
  'then the pain went down my left leg',
  'and now it wakes me up most nights',
  'I tried ibuprofen but it only helps a little',
  'and sitting at work makes it much worse',
];

const spans2024: Scenario = {
  name: 'meet 2024 span era: .a4cQT / TBMuR / iTTPOb spans, leading spans dropped',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: controls('google-material-icons') + `
    <div class="a4cQT" jscontroller="D1tHje" style="right: 16px; left: 16px; bottom: 80px;">
      <div><div jsname="dsyhDe" class="iOzk7"></div><div jsname="APQunf" class="iOzk7" style="display: none;"></div></div>
    </div>` + chat,
  async play(p) {
    const list = q(p.doc, '[jsname=dsyhDe]');
    const a = spanBlock2024(p, 'You', 1);
    list.appendChild(a.b);
    await speakSpans(p, a.text, ['Tell me about the back pain']);
    const b = spanBlock2024(p, 'Tom Baker', 7);
    list.appendChild(b.b);
    await speakSpans(p, b.text, MONOLOGUE, 4, 3);
    const last = b.text.lastElementChild!;
    last.textContent = ' and sitting at work makes it much worse.';
  },
  leave,
  expected: [
    { speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: 'Tell me about the back pain' },
    { speaker: 'Tom Baker', role: 'patient', text: MONOLOGUE.join(' ') + '.' },
  ],
};

/** Nov 2024 – May 2025: a caption-language div first in `.a4cQT`, then (from Feb 2025) an ARIA region;
 * blocks `.nMcdL`-style with a `YSxPC` wrapper around span text. */
const spans2025: Scenario = {
  name: 'meet early 2025: region + span text + caption-language div',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: controls() + `
    <div class="a4cQT" jscontroller="D1tHje">
      <div class="NmXUuc P9KVBf" jscontroller="rRafu"></div>
      <div><div jsname="dsyhDe" class="iOzk7"><div role="region" tabindex="0" aria-label="Captions" class="pQ4wZe"></div></div></div>
    </div>` + chat,
  async play(p) {
    const region = q(p.doc, '[role=region]');
    const mk = (name: string, n: number) => {
      const b = el(p.doc, `<div class="Zk3Ppe bj4p3b"><div class="adE6rb M6cG9d"><img class="Z6byG r6DyN" data-iml="${n}" src="${AVATAR(n)}"><div class="KcIKyf jxFHg">${name}</div></div>
        <div jsname="YSxPC" class="bYevke wY1pdd"><div jsname="tgaKEf" class="bh44bd VbkSUe"></div></div></div>`);
      region.appendChild(b);
      return q(b, '.VbkSUe');
    };
    await speakSpans(p, mk('Priya Nair', 8), ['I ran out of my inhaler', 'last Tuesday']);
    await speakSpans(p, mk('You', 1), ['Okay I will send a new prescription']);
  },
  leave,
  expected: [
    { speaker: 'Priya Nair', role: 'patient', text: 'I ran out of my inhaler last Tuesday' },
    { speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: 'Okay I will send a new prescription' },
  ],
};

/** CC toggled off and on: the region node is detached and a new one inserted (§2.2, §2.5.7). */
const toggle: Scenario = {
  name: 'meet 2026: CC off/on replaces the region node',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: controls() + bar2026('Captions') + chat,
  async play(p) {
    let region = q(p.doc, '[role=region]');
    const x = block2026(p, 'Maria Garcia', 2);
    append(region, x.b);
    await grow(p, x.text, 'The rash is on both arms now');
    await p.sleep(300);
    const holder = region.parentElement!;
    region.remove();
    await p.sleep(800);
    region = el(p.doc, `<div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" class="xR4mGe fWq2Qc"></div>`);
    holder.appendChild(region);
    await p.sleep(400);
    const y = block2026(p, 'You', 1);
    append(region, y.b);
    await grow(p, y.text, 'Is it itchy or painful');
    const z = block2026(p, 'Maria Garcia', 2);
    append(region, z.b);
    await grow(p, z.text, 'Mostly itchy');
  },
  leave,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'The rash is on both arms now' },
    { speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: 'Is it itchy or painful' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'Mostly itchy' },
  ],
};

/** Very long monologue: Meet drops the long text and starts over in the same block (§2.5.5). */
const LONG = 'So the plan is that you take the first tablet with breakfast and the second one with dinner and if you notice any dizziness or swelling in your ankles you stop and call the clinic straight away and we will also book a blood test for next week to check your kidney function and potassium and then we meet again in a month to see how the numbers look';
const reset: Scenario = {
  name: 'meet 2026: long monologue text drops and restarts in the same block',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: controls() + bar2026('Captions') + chat,
  async play(p) {
    const region = q(p.doc, '[role=region]');
    const x = block2026(p, 'You', 1);
    append(region, x.b);
    const words = LONG.split(' ');
    x.text.data = words.slice(0, 50).join(' ');
    await p.sleep(100);
    await grow(p, x.text, LONG, undefined, 40, 50);
    await grow(p, x.text, 'Does that sound okay');
  },
  leave,
  expected: [{ speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: LONG + ' Does that sound okay' }],
};

/** Caption-language change can also replace the region (§2.2); the new node may re-render the
 * scroll-back it had (unverified), which must not be captured twice. */
const remount: Scenario = {
  name: 'meet 2026: region re-mounted with its history (language change)',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: controls() + bar2026('Captions') + chat,
  async play(p) {
    const region = q(p.doc, '[role=region]');
    const x = block2026(p, 'Maria Garcia', 2);
    append(region, x.b);
    await grow(p, x.text, 'I also get headaches in the afternoon');
    const y = block2026(p, 'You', 1);
    append(region, y.b);
    await grow(p, y.text, 'How often is that');
    await p.sleep(900);
    const copy = region.cloneNode(true) as Element;
    region.replaceWith(copy);
    await p.sleep(500);
    const z = block2026(p, 'Maria Garcia', 2);
    append(copy, z.b);
    await grow(p, z.text, 'Almost every day');
  },
  leave,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'I also get headaches in the afternoon' },
    { speaker: ['You', 'Dr. Alice Smith'], role: 'clinician', text: 'How often is that' },
    { speaker: 'Maria Garcia', role: 'patient', text: 'Almost every day' },
  ],
};

export const meetScenarios: Scenario[] = [
  basic,
  localized('Sottotitoli', 'Vai in fondo', ['Marco Rossi', 'Ho mal di testa da ieri sera'], ['Luca Verdi', 'Posso tradurre per lui']),
  localized('자막', '하단으로 이동', ['김민준', '어제부터 열이 나요'], ['이서연', '약은 아직 안 먹었어요']),
  localized('字幕', 'Jump to the most recent captions', ['Yuki Tanaka', 'The cough is dry'], ['Ken Ito', 'I am her son']),
  selfForm('Вы'),
  selfForm('Anda'),
  spans2024,
  spans2025,
  toggle,
  reset,
  remount,
];
