// Round 23, Google Meet: the edges of a call's life and of the caption settings.
// Written blind from /work/shared/research/caption-platforms.md only. Sections used:
//   §2.1 URL patterns and lifecycle (call_end icon as the in-call marker; lobby: call_end visible
//        before the CC button; pre-join name `.awLEm`)
//   §2.2 Turning captions on (closed_caption_off icon; region detached and replaced on CC off/on and
//        sometimes on caption-language change; the caption-language picker div.NmXUuc.P9KVBf)
//   §2.3 Container (div[role=region][tabindex="0"] inside div[jsname=dsyhDe].iOzk7 inside .DtJ7e,
//        bar ancestor .hLkVuf / data-side="3"; the chat is a separate aria-live region .Ge9Kpc)
//   §2.4 Region children and block structure (2025–26 block shape, dummy div, "Jump to bottom")
//   §2.5 Mutation model (new block per turn, single text node rewritten via characterData,
//        late corrections of earlier blocks, CC toggle replaces the region)
//   §2.6 Local user "You", self-name sources
//   §8/§9 Strategies and fixture checklist (off → on gives a NEW region node; chat distractor)
// Not covered, because the research documents neither for Meet: breakout rooms / moving between
// rooms, and translated captions (§2 has no translation facts for Meet; the only translation notes
// are for Teams [U] and the Webex SDK). A Meet translation scenario would be pure invention.
// General assumptions (research silent):
//   - Leaving replaces the call UI with a "You left the meeting" screen: the call_end button, the
//     caption bar and the chat all go at once.
//   - The icon reads `closed_caption` while captions are on (the research marks this [I]).
//   - A freshly mounted region (first CC on, or after a toggle) starts empty: no earlier history.
import type { Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

const SELF = 'Dr. Maya Patel';
const YOU = [SELF, 'You'];
const AVATAR = (id: string) => `https://lh3.googleusercontent.com/a/ACg8oc${id}=s64-c`;
const JUNK = ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption', 'English (United States)', 'Spanish (Mexico)'];

const REGION = '<div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" class="vNKgIf UDinHf"></div>';
const CAPTION_BAR = (lang: string, regionHtml: string) => `
<div class="hLkVuf" data-side="3">
  <div class="DtJ7e">
    <div jsname="dsyhDe" class="iOzk7">${regionHtml}</div>
    <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button aria-label="Caption language"><span>${lang}</span></button></div>
  </div>
</div>`;
const CONTROLS = (ccOn: boolean | null) => `
<div class="Tmb7Fd" role="toolbar">
  ${ccOn === null ? '' : CC_BUTTON(ccOn)}
  <button aria-label="Leave call" class="leave"><i class="google-symbols">call_end</i></button>
</div>`;
const CC_BUTTON = (on: boolean) =>
  `<button class="cc" aria-label="${on ? 'Turn off captions' : 'Turn on captions'}"><i class="google-symbols">${on ? 'closed_caption' : 'closed_caption_off'}</i></button>`;
const CHAT = '<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>';
const TILE = (name: string, self = false) =>
  `<div class="tile"${self ? ` data-self-name="${name}"` : ''}><img data-iml="77.1" src="${AVATAR(name.length.toString())}" alt=""><div class="name">${name}</div></div>`;

/** Appends one caption block (one speaker turn) before the non-caption trailing children. */
function addBlock(p: Page, region: Element, name: string, avatarId: string): Text {
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${avatarId}.5" src="${AVATAR(avatarId)}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode('');
  b.lastElementChild!.appendChild(t);
  const trailing = Array.from(region.children).find((c) => !c.classList.contains('nMcdL'));
  region.insertBefore(b, trailing ?? null);
  return t;
}

function setCc(p: Page, on: boolean) {
  const btn = q(p.doc, 'button.cc');
  btn.setAttribute('aria-label', on ? 'Turn off captions' : 'Turn on captions');
  q(btn, 'i.google-symbols').textContent = on ? 'closed_caption' : 'closed_caption_off';
}

function chat(p: Page, who: string, text: string) {
  q(p.doc, '.Ge9Kpc').appendChild(el(p.doc, `<div class="chat-msg"><div>${who}</div><div>${text}</div></div>`));
}

/** Meet's leave: the whole call UI is swapped for the "left the meeting" screen. */
function leaveMeet(p: Page) {
  p.doc.body.innerHTML = '<div class="left-screen"><h1>You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>';
}

export const meetScenarios: Scenario[] = [
  // Tests: pre-join screen (.awLEm name) → lobby, where call_end is visible but there is no CC
  // button yet (§2.1) → admitted, CC button appears with closed_caption_off → a stretch of the call
  // with captions off (a chat message arrives) → captions turned on "minutes in" (compressed to a
  // few seconds), which mounts the caption bar and region, while the patient is mid-sentence.
  // Only the words captioned after CC on are expected; the chat text must never leak.
  // Assumptions (research silent): the lobby shows an "Asking to be let in…" line on the pre-join
  // screen; the toolbar with call_end stays the same node from lobby into the call and the CC
  // button is added to it on admission; the caption bar is mounted on the first CC on.
  {
    name: 'meet r23: lobby wait, admitted, captions switched on minutes in mid-sentence',
    url: 'https://meet.google.com/kqv-rtmw-pzd',
    selfNames: [SELF],
    body: `<div class="prejoin"><div class="awLEm">${SELF}</div><div class="status">Ready to join?</div><button>Ask to join</button></div>`,
    async play(p) {
      await p.sleep(500);
      // Lobby: asking to be let in; the leave (call_end) control is visible, the CC button is not.
      q(p.doc, '.prejoin .status').textContent = 'Asking to be let in…';
      q(p.doc, '.prejoin button').remove();
      p.doc.body.appendChild(el(p.doc, CONTROLS(null)));
      await p.sleep(1800);
      // Admitted: the pre-join screen goes, the call UI and the CC button (off) appear.
      q(p.doc, '.prejoin').remove();
      p.doc.body.insertBefore(el(p.doc, `<main class="axUSnc">${TILE('Linda Brooks')}${TILE(SELF, true)}</main>`), p.doc.body.firstChild);
      p.doc.body.appendChild(el(p.doc, CHAT));
      q(p.doc, '.Tmb7Fd').insertBefore(el(p.doc, CC_BUTTON(false)), q(p.doc, '.Tmb7Fd button.leave'));
      await p.sleep(1200);
      chat(p, 'Linda Brooks', 'sorry my camera is slow to start');
      await p.sleep(1500);
      // Captions turned on now; the patient is already mid-sentence.
      setCc(p, true);
      p.doc.body.appendChild(el(p.doc, CAPTION_BAR('English (United States)', REGION)));
      await p.sleep(400);
      const region = q(p.doc, 'div[role="region"][tabindex="0"]');
      let t = addBlock(p, region, 'Linda Brooks', '4011');
      await grow(p, t, 'and since Sunday the rash has spread to both of my arms', 'and since Sunday the rash has spread to both of my arms.', 110);
      await p.sleep(700);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Is it itchy or does it burn when you touch it', 'Is it itchy, or does it burn when you touch it?', 100);
      await p.sleep(700);
      t = addBlock(p, region, 'Linda Brooks', '4011');
      await grow(p, t, 'It itches a lot mostly at night', 'It itches a lot, mostly at night.', 120);
      await p.sleep(700);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Okay please hold your arm up to the camera for me', 'Okay. Please hold your arm up to the camera for me.', 100);
    },
    leave: leaveMeet,
    expected: [
      { speaker: 'Linda Brooks', text: 'and since Sunday the rash has spread to both of my arms.' },
      { speaker: YOU, role: 'clinician', text: 'Is it itchy, or does it burn when you touch it?' },
      { speaker: 'Linda Brooks', text: 'It itches a lot, mostly at night.' },
      { speaker: YOU, role: 'clinician', text: 'Okay. Please hold your arm up to the camera for me.' },
    ],
    forbidden: [...JUNK, 'sorry my camera', 'Asking to be let in', 'Ready to join'],
  },

  // Tests: captions switched off and on again mid-sentence, twice (§2.2, §2.5.7, §9): each CC off
  // detaches the region node; each CC on inserts a NEW region node into the same wrapper. The first
  // toggle cuts the patient mid-sentence (same speaker continues after CC on); the second cuts the
  // clinician ("You") mid-sentence and the patient speaks next. Words spoken while captions were
  // off are not in the DOM and are not expected. A chat message arrives while captions are off.
  // Assumptions (research silent): the wrapper div[jsname=dsyhDe].iOzk7 and the caption bar stay
  // mounted while captions are off (only the region is detached); the new region starts empty.
  {
    name: 'meet r23: captions off and on again mid-sentence (new region node each time)',
    url: 'https://meet.google.com/hdx-bnqe-wtc',
    selfNames: [SELF],
    body: `<main class="axUSnc">${TILE('James Okafor')}${TILE(SELF, true)}</main>${CAPTION_BAR('English (United States)', REGION)}${CHAT}${CONTROLS(true)}`,
    async play(p) {
      const wrapper = q(p.doc, 'div[jsname="dsyhDe"].iOzk7');
      let region = q(p.doc, 'div[role="region"][tabindex="0"]');
      let t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Hi James thanks for joining What brings you in today', 'Hi James, thanks for joining. What brings you in today?', 90);
      await p.sleep(700);
      t = addBlock(p, region, 'James Okafor', '5120');
      await grow(p, t, 'My chest feels tight when I walk up', undefined, 120);
      // CC off mid-sentence: the region node is detached.
      setCc(p, false);
      region.remove();
      await p.sleep(600);
      chat(p, 'James Okafor', 'I also sent you my blood pressure log');
      await p.sleep(800); // "the hill to the bus stop" is spoken here, uncaptioned
      // CC on: a new region node.
      setCc(p, true);
      region = el(p.doc, REGION);
      wrapper.appendChild(region);
      await p.sleep(250);
      t = addBlock(p, region, 'James Okafor', '5120');
      await grow(p, t, 'and it eases off after I rest for a few minutes', 'and it eases off after I rest for a few minutes.', 110);
      await p.sleep(700);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Does the tightness spread into your arm or your', undefined, 100);
      // CC off mid-sentence again, this time while the clinician speaks.
      setCc(p, false);
      region.remove();
      await p.sleep(1100); // "jaw when it happens?" spoken uncaptioned
      setCc(p, true);
      region = el(p.doc, REGION);
      wrapper.appendChild(region);
      await p.sleep(250);
      t = addBlock(p, region, 'James Okafor', '5120');
      await grow(p, t, 'No it stays right in the middle of my chest', 'No, it stays right in the middle of my chest.', 110);
      await p.sleep(700);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Thank you If it ever happens while you are resting call emergency services', 'Thank you. If it ever happens while you are resting, call emergency services.', 90);
    },
    leave: leaveMeet,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Hi James, thanks for joining. What brings you in today?' },
      { speaker: 'James Okafor', text: 'My chest feels tight when I walk up and it eases off after I rest for a few minutes.' },
      { speaker: YOU, role: 'clinician', text: 'Does the tightness spread into your arm or your' },
      { speaker: 'James Okafor', text: 'No, it stays right in the middle of my chest.' },
      { speaker: YOU, role: 'clinician', text: 'Thank you. If it ever happens while you are resting, call emergency services.' },
    ],
    forbidden: [...JUNK, 'blood pressure log', 'bus stop'],
  },

  // Tests: the caption (spoken) language changed mid-call, English → Spanish → English (§2.2).
  // The picker div.NmXUuc.P9KVBf[jscontroller=rRafu] in the caption bar changes its label. The
  // first change replaces the region node ("sometimes on caption-language change"); the change back
  // leaves the region in place (the other case), so the Spanish blocks stay as scroll-back and must
  // not be re-emitted. A late correction of an earlier Spanish block (§2.5.3) lands while the next
  // speaker grows. Accented Spanish text must come through unchanged.
  // Assumptions (research silent): the UI language stays English, so aria-label stays "Captions"
  // and the picker reads "Spanish (Mexico)"; the replaced region starts empty.
  {
    name: 'meet r23: caption language switched English to Spanish and back mid-call',
    url: 'https://meet.google.com/pwe-fjta-mrs',
    selfNames: [SELF],
    body: `<main class="axUSnc">${TILE('Rosa Delgado')}${TILE(SELF, true)}</main>${CAPTION_BAR('English (United States)', REGION)}${CHAT}${CONTROLS(true)}`,
    async play(p) {
      const wrapper = q(p.doc, 'div[jsname="dsyhDe"].iOzk7');
      const picker = q(p.doc, 'div.NmXUuc.P9KVBf span');
      let region = q(p.doc, 'div[role="region"][tabindex="0"]');
      let t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Good morning Rosa would you prefer that we continue in Spanish', 'Good morning, Rosa. Would you prefer that we continue in Spanish?', 90);
      await p.sleep(700);
      t = addBlock(p, region, 'Rosa Delgado', '6230');
      await grow(p, t, 'Yes please that is easier for me', 'Yes, please, that is easier for me.', 110);
      await p.sleep(700);
      // Caption language → Spanish: the region node is replaced.
      picker.textContent = 'Spanish (Mexico)';
      region.remove();
      region = el(p.doc, REGION);
      wrapper.appendChild(region);
      await p.sleep(500);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, '¿Dónde le duele exactamente', '¿Dónde le duele exactamente?', 110);
      await p.sleep(700);
      const rosa = addBlock(p, region, 'Rosa Delgado', '6230');
      await grow(p, rosa, 'Me duele la rodilla derecha desde hace tres semana', 'Me duele la rodilla derecha desde hace tres semana.', 110);
      await p.sleep(700);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, '¿Le duele más por la mañana o por la noche', undefined, 110);
      rosa.data = 'Me duele la rodilla derecha desde hace tres semanas.'; // late correction of the earlier block
      await p.sleep(110);
      t.data = '¿Le duele más por la mañana o por la noche?';
      await p.sleep(700);
      t = addBlock(p, region, 'Rosa Delgado', '6230');
      await grow(p, t, 'Por la noche sobre todo cuando subo escaleras', 'Por la noche, sobre todo cuando subo escaleras.', 110);
      await p.sleep(900);
      // Caption language → English again: this time the region stays, scroll-back kept.
      picker.textContent = 'English (United States)';
      await p.sleep(500);
      t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Thank you I am ordering an X-ray of your right knee today', 'Thank you. I am ordering an X-ray of your right knee today.', 90);
      await p.sleep(700);
      t = addBlock(p, region, 'Rosa Delgado', '6230');
      await grow(p, t, 'Okay thank you doctor', 'Okay, thank you, doctor.', 120);
    },
    leave: leaveMeet,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Good morning, Rosa. Would you prefer that we continue in Spanish?' },
      { speaker: 'Rosa Delgado', text: 'Yes, please, that is easier for me.' },
      { speaker: YOU, role: 'clinician', text: '¿Dónde le duele exactamente?' },
      { speaker: 'Rosa Delgado', text: 'Me duele la rodilla derecha desde hace tres semanas.' },
      { speaker: YOU, role: 'clinician', text: '¿Le duele más por la mañana o por la noche?' },
      { speaker: 'Rosa Delgado', text: 'Por la noche, sobre todo cuando subo escaleras.' },
      { speaker: YOU, role: 'clinician', text: 'Thank you. I am ordering an X-ray of your right knee today.' },
      { speaker: 'Rosa Delgado', text: 'Okay, thank you, doctor.' },
    ],
    forbidden: JUNK,
  },

  // Tests: a very short call (three turns) that ends abruptly: the patient's last turn stops
  // mid-sentence with no final punctuation and nothing else happens before the whole call UI goes
  // away in one step. Also: a late correction of the first block ("here" → "hear") while the
  // clinician speaks (§2.5.3); the trailing dummy div (<2 child nodes) and the "Jump to bottom"
  // button with its arrow_downward ligature (§2.4) appear in the region and must not leak.
  // Assumptions (research silent): captions are already on when the call UI first renders (the CC
  // setting carried over from an earlier call); the jump button is present from the start.
  {
    name: 'meet r23: very short call, three turns, ends abruptly mid-sentence',
    url: 'https://meet.google.com/zuc-kyro-bav',
    selfNames: [SELF],
    body: `<main class="axUSnc">${TILE('Priya Nair')}${TILE(SELF, true)}</main>${CAPTION_BAR(
      'English (United States)',
      REGION.replace(
        '></div>',
        '><div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div></div>',
      ),
    )}${CHAT}${CONTROLS(true)}`,
    async play(p) {
      const region = q(p.doc, 'div[role="region"][tabindex="0"]');
      const first = addBlock(p, region, 'Priya Nair', '7342');
      await grow(p, first, 'Hello Doctor can you here me my connection keeps dropping', 'Hello? Doctor, can you here me? My connection keeps dropping.', 110);
      await p.sleep(600);
      // The occasional dummy div at the last-but-one position.
      region.insertBefore(el(p.doc, '<div></div>'), q(region, '.IMKgW'));
      const t = addBlock(p, region, 'You', '9001');
      await grow(p, t, 'Yes I can hear you but your video', undefined, 100);
      first.data = 'Hello? Doctor, can you hear me? My connection keeps dropping.'; // late correction
      await grow(p, t, 'Yes I can hear you but your video is frozen', 'Yes, I can hear you, but your video is frozen.', 100, 8);
      await p.sleep(600);
      const last = addBlock(p, region, 'Priya Nair', '7342');
      await grow(p, last, 'Let me switch to my phone and call you back in', undefined, 110);
      // …and the call drops: no more captions, leave() tears everything down at once.
    },
    leave: leaveMeet,
    expected: [
      { speaker: 'Priya Nair', text: 'Hello? Doctor, can you hear me? My connection keeps dropping.' },
      { speaker: YOU, role: 'clinician', text: 'Yes, I can hear you, but your video is frozen.' },
      { speaker: 'Priya Nair', text: 'Let me switch to my phone and call you back in' },
    ],
    forbidden: JUNK,
  },
];
