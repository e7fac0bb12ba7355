// Microsoft Teams web scenarios for round 5 (page lifecycle / structure churn, non-English text).
// Written only from /work/shared/research/caption-platforms.md (§1, §4, §8, §9); no product code or
// fixtures were read. DOM shapes follow §4.3 (TMS-FIX host item, VEXA guest item); mutations follow
// §4.4 (one item per utterance, text node refined in place, growth then re-punctuation).
import { el, grow, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

const AVATAR = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const WRAPPER = '[data-tid="closed-caption-renderer-wrapper"]';
const VLIST = '[data-tid="closed-caption-v2-virtual-list-content"]';

type Variant = 'host' | 'guest';

/** One caption item as the host sees it (§4.3, TMS-FIX outline). */
function hostItem(name: string, text: string): string {
  return `<div class="fui-Flex ___1ccp5kb f13qh94s"><div class="fui-Flex ___9k2lqa0"><div class="fui-Flex ___p3x0vt1">
  <div class="fui-ChatMessageCompact ___1wq0ht2 f1p9o1ba">
    <div></div>
    <div class="fui-ChatMessageCompact__avatar">
      <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer">
        <span role="presentation" class="fui-Avatar ___ezkfk70"><img class="fui-Avatar__image" aria-hidden="true" alt="" src="${AVATAR}"></span>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    <div class="fui-ChatMessageCompact__body ___r7m2z1c" tabindex="0" data-is-focusable="false">
      <div>
        <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___fmt1yz0">${name}</span></span></div>
        <div class="fui-Flex ___1bq1z3n"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___kq8w9e0">${text}</span></div>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
  </div>
</div></div></div>`;
}

/** One caption item as an anonymous guest sees it (§4.3, VEXA: no items-renderer, div > author + text). */
function guestItem(name: string, text: string): string {
  return `<div class="fui-Flex ___m1x7q2w"><span dir="auto" data-tid="author" class="fui-StyledText ___fmt1yz0">${name}</span><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___kq8w9e0">${text}</span></div>`;
}

/** The caption renderer wrapper (its appearance = captions on, §4.2), optionally pre-filled with items. */
function captionsHtml(variant: Variant, items: [string, string][] = []): string {
  const inner = items.map(([n, t]) => (variant === 'host' ? hostItem(n, t) : guestItem(n, t))).join('');
  const list = variant === 'host' ? `<div class="fui-Flex ___h0lst9a">${inner}</div>` : inner;
  return `<div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___wrp4a1c">
  <div data-tid="closed-caption-v2-window-wrapper" class="fui-Flex ___w1n7d0w">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___v2l9s8t">${list}</div>
  </div>
</div>`;
}

function listOf(p: Page, variant: Variant): HTMLElement {
  return variant === 'host' ? q(p.doc, `${VLIST} > div`) : q(p.doc, VLIST);
}

function textNodeOf(item: Element): Text {
  const span = q(item, '[data-tid="closed-caption-text"]');
  if (!span.firstChild) span.appendChild(span.ownerDocument.createTextNode(''));
  return span.firstChild as Text;
}

/** Appends a new item (new utterance) with its first word and returns its text node. */
function addItem(p: Page, variant: Variant, name: string, first: string): Text {
  const item = el(p.doc, variant === 'host' ? hostItem(name, first) : guestItem(name, first));
  listOf(p, variant).appendChild(item);
  return textNodeOf(item);
}

/** A new utterance: item appears, text grows word by word in place, then Teams re-punctuates it. */
async function say(p: Page, variant: Variant, name: string, raw: string, final?: string, upTo?: number): Promise<Text> {
  const words = raw.split(' ');
  const t = addItem(p, variant, name, words[0]!);
  await p.sleep(90);
  const partial = upTo === undefined ? raw : words.slice(0, upTo).join(' ');
  await grow(p, t, partial, upTo === undefined ? final : undefined, 90, 1);
  return t;
}

/** Current [author, text] of every caption item, in document order (pairs the two data-tid atoms). */
function snapshot(p: Page): [string, string][] {
  const authors = [...p.doc.querySelectorAll(`${VLIST} [data-tid="author"]`)];
  const texts = [...p.doc.querySelectorAll(`${VLIST} [data-tid="closed-caption-text"]`)];
  return texts.map((t, i) => [authors[i]?.textContent ?? '', t.textContent ?? '']);
}

function lastTextNode(p: Page): Text {
  const spans = p.doc.querySelectorAll(`${VLIST} [data-tid="closed-caption-text"]`);
  return textNodeOf(spans[spans.length - 1]!.parentElement!);
}

function tile(name: string): string {
  return `<div class="fui-Flex ___tile9x" role="group" aria-label="${name}"><div class="fui-Avatar"><img class="fui-Avatar__image" alt="" src="${AVATAR}"></div><span class="fui-StyledText">${name}</span></div>`;
}

interface CallOpts {
  title: string;
  people: string[];
  variant: Variant;
  captions?: boolean;
  /** Localized labels for the control bar (UI language). */
  labels?: { chat: string; people: string; more: string; leave: string };
}

/** The in-call page: header, stage with the video gallery, caption slot, side panel, control bar with hang-up (§4.1). */
function callHtml(o: CallOpts): string {
  const l = o.labels ?? { chat: 'Chat', people: 'People', more: 'More', leave: 'Leave' };
  const hangup =
    o.variant === 'host'
      ? `<div class="fui-Flex ___hup"><button id="hangup-button" data-tid="hangup-main-btn" type="button" aria-label="${l.leave} (Ctrl+Shift+H)"><span>${l.leave}</span></button><button type="button" data-tid="hangup-menu-chevron" aria-label="${l.leave} options"></button></div>`
      : `<button data-tid="anon-hangup-button" type="button" aria-label="${l.leave}"><span>${l.leave}</span></button>`;
  return `<div id="call-root" data-tid="calling-screen">
  <div data-tid="call-header" class="fui-Flex ___hdr1"><span class="fui-StyledText">${o.title}</span><span role="timer">00:12</span></div>
  <div id="call-stage" data-tid="calling-stage" class="fui-Flex ___stg1">
    <div id="gallery" data-tid="video-gallery" class="fui-Flex ___gal1">${o.people.map(tile).join('')}</div>
    <div id="caption-slot" class="___cap1">${o.captions ? captionsHtml(o.variant) : ''}</div>
  </div>
  <div id="side-panel" class="___side1"></div>
  <div id="calling-controls" role="toolbar" aria-label="Call controls" class="fui-Flex ___ctl1">
    <button data-tid="call-chat-button" type="button" aria-label="${l.chat}"><span>${l.chat}</span></button>
    <button data-tid="call-roster-button" type="button" aria-label="${l.people}"><span>${l.people}</span></button>
    <button id="callingButtons-showMoreBtn" data-tid="more-button" type="button" aria-label="${l.more}"><span>${l.more}</span></button>
    ${hangup}
  </div>
</div>`;
}

/** Host: More → Language and speech → Turn on/off live captions (§4.2); the menu is a transient distractor. */
async function hostToggleCaptions(p: Page, on: boolean, variant: Variant = 'host') {
  const menu = el(
    p.doc,
    `<div role="menu" class="fui-MenuList ___mnu1"><div role="menuitem" id="LanguageSpeechMenuControl-id">Language and speech</div>
     <div role="menu" class="fui-MenuList"><div role="menuitemcheckbox" id="closed-captions-button" aria-checked="${!on}">${on ? 'Turn on live captions' : 'Turn off live captions'}</div>
     <div role="menuitem">Caption settings</div></div></div>`,
  );
  p.doc.body.appendChild(menu);
  await p.sleep(250);
  const slot = q(p.doc, '#caption-slot');
  if (on) slot.appendChild(el(p.doc, captionsHtml(variant)));
  else p.doc.querySelector(WRAPPER)?.remove();
  menu.remove();
  await p.sleep(200);
}

/** Leaving: the calling screen (hang-up button and caption wrapper with it) is replaced by the end screen. */
function leaveCall(p: Page) {
  const root = p.doc.querySelector('#call-root');
  const end = el(
    p.doc,
    `<div data-tid="call-end-screen" class="fui-Flex ___end1"><h2>You left the meeting</h2><button type="button" data-tid="rejoin-button">Rejoin</button></div>`,
  );
  if (root) root.replaceWith(end);
  else p.doc.body.appendChild(end);
}

const END_FORBIDDEN = ['You left the meeting', 'Rejoin'];

export const teamsScenarios: Scenario[] = [
  // §4.2 + §9: captions on (wrapper appears), off (wrapper removed), on again (a NEW wrapper); speech while off is never in the DOM.
  {
    name: 'teams host: captions turned off and on again mid-call (new wrapper nodes)',
    url: 'https://teams.microsoft.com/v2/',
    selfNames: ['Dr. Priya Raman'],
    body: callHtml({ title: 'Asthma follow-up', people: ['Dr. Priya Raman', 'Tom Becker'], variant: 'host', captions: false }),
    async play(p) {
      await p.sleep(400);
      await hostToggleCaptions(p, true);
      await say(p, 'host', 'Dr. Priya Raman', 'good morning Tom how has the new inhaler been working for you', 'Good morning, Tom. How has the new inhaler been working for you?');
      await p.sleep(250);
      await say(p, 'host', 'Tom Becker', 'better I think I only needed it twice this week', 'Better, I think. I only needed it twice this week.');
      await p.sleep(250);
      await say(p, 'host', 'Dr. Priya Raman', "that's great to hear", "That's great to hear.");
      await p.sleep(500);
      await hostToggleCaptions(p, false);
      // Talking continues with captions off: nothing reaches the DOM.
      await p.sleep(2500);
      await hostToggleCaptions(p, true);
      await p.sleep(300);
      await say(p, 'host', 'Tom Becker', 'and the cough at night is mostly gone too', 'And the cough at night is mostly gone too.');
      await p.sleep(250);
      await say(p, 'host', 'Dr. Priya Raman', "okay let's keep the same dose then and check again in a month", "Okay, let's keep the same dose then and check again in a month.");
      await p.sleep(250);
      await say(p, 'host', 'Tom Becker', 'sounds good', 'Sounds good.');
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Dr. Priya Raman', role: 'clinician', text: 'Good morning, Tom. How has the new inhaler been working for you?' },
      { speaker: 'Tom Becker', role: 'patient', text: 'Better, I think. I only needed it twice this week.' },
      { speaker: 'Dr. Priya Raman', role: 'clinician', text: "That's great to hear." },
      { speaker: 'Tom Becker', role: 'patient', text: 'And the cough at night is mostly gone too.' },
      { speaker: 'Dr. Priya Raman', role: 'clinician', text: "Okay, let's keep the same dose then and check again in a month." },
      { speaker: 'Tom Becker', role: 'patient', text: 'Sounds good.' },
    ],
    forbidden: ['Turn on live captions', 'Turn off live captions', 'Language and speech', 'Caption settings', ...END_FORBIDDEN],
  },

  // §4.1 pre-join `#prejoin-join-button` and light-meetings URL, then the call; §4.2 guest toggle More → Captions; §4.3 guest item DOM (no items-renderer).
  {
    name: 'teams guest: pre-join screen and lobby, then the call with guest caption DOM',
    url: 'https://teams.live.com/light-meetings/launch?coords=eyJtZWV0aW5nQ29kZSI6IjkzODEyMzQ1Njc4In0&anon=true',
    selfNames: ['Dr. Samuel Osei'],
    body: `<div id="prejoin-root" data-tid="prejoin-screen" class="fui-Flex ___pre1">
  <h1>Choose your video and audio options</h1>
  <span class="fui-StyledText">Telehealth follow-up with Dr. Osei</span>
  <input type="text" data-tid="prejoin-display-name-input" placeholder="Type your name" value="Dr. Samuel Osei">
  <div role="switch" aria-checked="true">Camera</div><div role="switch" aria-checked="true">Microphone</div>
  <button id="prejoin-join-button" data-tid="prejoin-join-button" type="button">Join now</button>
</div>`,
    async play(p) {
      await p.sleep(1200);
      // Join now → lobby (the call is connected, waiting to be admitted).
      q(p.doc, '#prejoin-root').replaceWith(
        el(
          p.doc,
          `<div id="call-root" data-tid="lobby-screen" class="fui-Flex ___lob1">
  <p>Someone in the meeting should let you in soon</p>
  <div id="calling-controls" role="toolbar" aria-label="Call controls"><button data-tid="anon-hangup-button" type="button" aria-label="Leave"><span>Leave</span></button></div>
</div>`,
        ),
      );
      await p.sleep(2000);
      // Admitted: the calling screen replaces the lobby in one render.
      q(p.doc, '#call-root').replaceWith(el(p.doc, callHtml({ title: 'Telehealth follow-up with Dr. Osei', people: ['Dr. Samuel Osei', 'Linda Park'], variant: 'guest' })));
      await p.sleep(500);
      // Guests: More → Captions (direct toggle).
      const menu = el(p.doc, `<div role="menu" class="fui-MenuList"><div role="menuitem" data-tid="captions-menuitem">Captions</div></div>`);
      p.doc.body.appendChild(menu);
      await p.sleep(250);
      q(p.doc, '#caption-slot').appendChild(el(p.doc, captionsHtml('guest')));
      menu.remove();
      await p.sleep(300);
      await say(p, 'guest', 'Linda Park', 'hi doctor can you hear me okay', 'Hi doctor, can you hear me okay?');
      await p.sleep(250);
      await say(p, 'guest', 'Dr. Samuel Osei', "yes I can hear you fine I've got your lab results from Tuesday in front of me", "Yes, I can hear you fine. I've got your lab results from Tuesday in front of me.");
      await p.sleep(250);
      await say(p, 'guest', 'Linda Park', 'okay', 'Okay.');
      await p.sleep(250);
      await say(p, 'guest', 'Dr. Samuel Osei', 'your blood sugar numbers have come down quite a bit since we started the metformin in March', 'Your blood sugar numbers have come down quite a bit since we started the metformin in March.');
      await p.sleep(250);
      await say(p, 'guest', 'Linda Park', "oh that's good news I've been trying to walk every evening after dinner", "Oh, that's good news. I've been trying to walk every evening after dinner.");
      await p.sleep(250);
      await say(p, 'guest', 'Dr. Samuel Osei', 'keep that up any stomach upset from the tablets', 'Keep that up. Any stomach upset from the tablets?');
      await p.sleep(250);
      await say(p, 'guest', 'Linda Park', 'no', 'No.');
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Linda Park', role: 'patient', text: 'Hi doctor, can you hear me okay?' },
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: "Yes, I can hear you fine. I've got your lab results from Tuesday in front of me." },
      { speaker: 'Linda Park', role: 'patient', text: 'Okay.' },
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: 'Your blood sugar numbers have come down quite a bit since we started the metformin in March.' },
      { speaker: 'Linda Park', role: 'patient', text: "Oh, that's good news. I've been trying to walk every evening after dinner." },
      { speaker: 'Dr. Samuel Osei', role: 'clinician', text: 'Keep that up. Any stomach upset from the tablets?' },
      { speaker: 'Linda Park', role: 'patient', text: 'No.' },
    ],
    forbidden: ['Choose your video and audio options', 'Join now', 'Someone in the meeting should let you in soon', 'Type your name', 'Captions', ...END_FORBIDDEN],
  },

  // §4.4 virtualised list + LCS #5 (re-layout re-keys/reuses items) and §8.5 (root re-mounted): panels open, the list is re-rendered with its current text, a live item keeps growing in the new node.
  {
    name: 'teams host: chat and people panels re-render the caption list, once mid-utterance',
    url: 'https://teams.microsoft.com/v2/?meetingjoin=true',
    selfNames: ['Dr. Elena Fischer'],
    body: callHtml({ title: 'Cardiology check-in', people: ['Dr. Elena Fischer', 'Kofi Mensah'], variant: 'host', captions: true }),
    async play(p) {
      await p.sleep(300);
      await say(p, 'host', 'Dr. Elena Fischer', 'Kofi before we start can you confirm your date of birth for me', 'Kofi, before we start, can you confirm your date of birth for me?');
      await p.sleep(250);
      await say(p, 'host', 'Kofi Mensah', "sure it's the fourth of August nineteen sixty two", "Sure, it's the fourth of August, nineteen sixty two.");
      await p.sleep(250);
      await say(p, 'host', 'Dr. Elena Fischer', 'thank you', 'Thank you.');
      await p.sleep(250);
      const raw = 'I wanted to ask about the swelling in my ankles because it gets worse in the evening and sometimes my shoes feel tight';
      await say(p, 'host', 'Kofi Mensah', raw, undefined, 10);
      // Chat panel opens: stage shrinks, the virtual list re-mounts its items as new nodes with the current text.
      q(p.doc, '#side-panel').innerHTML = `<div data-tid="chat-pane" class="fui-Flex ___chat1" aria-label="Meeting chat">
  <div class="fui-ChatMessage ___cm1"><span class="fui-ChatMessage__author">Kofi Mensah</span><span class="fui-ChatMessage__timestamp">10:02 AM</span><div class="fui-ChatMessage__body">Sorry, running two minutes late</div></div>
  <div class="fui-ChatMessage ___cm1"><span class="fui-ChatMessage__author">Kofi Mensah</span><span class="fui-ChatMessage__timestamp">10:06 AM</span><div class="fui-ChatMessage__body">Here is the photo of my ankles from yesterday</div></div>
</div>`;
      const vlist = q(p.doc, VLIST);
      vlist.replaceWith(q(el(p.doc, captionsHtml('host', snapshot(p))), VLIST));
      await p.sleep(90);
      await grow(p, lastTextNode(p), raw, 'I wanted to ask about the swelling in my ankles because it gets worse in the evening, and sometimes my shoes feel tight.', 90, 10);
      await p.sleep(250);
      await say(p, 'host', 'Dr. Elena Fischer', 'how long has that been going on', 'How long has that been going on?');
      await p.sleep(250);
      await say(p, 'host', 'Kofi Mensah', 'about two weeks now', 'About two weeks now.');
      await p.sleep(300);
      // People panel replaces chat: this time the whole caption wrapper is re-rendered with its current items.
      q(p.doc, '#side-panel').innerHTML = `<div data-tid="roster-pane" class="___ros1"><h3>Participants (2)</h3><div role="listitem">Dr. Elena Fischer (Organizer)</div><div role="listitem">Kofi Mensah</div></div>`;
      q(p.doc, WRAPPER).replaceWith(el(p.doc, captionsHtml('host', snapshot(p))));
      await p.sleep(300);
      await say(p, 'host', 'Dr. Elena Fischer', "okay I'd like to take a look at them on camera if that's alright", "Okay, I'd like to take a look at them on camera if that's alright.");
      await p.sleep(250);
      await say(p, 'host', 'Kofi Mensah', 'yes one moment', 'Yes, one moment.');
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Dr. Elena Fischer', role: 'clinician', text: 'Kofi, before we start, can you confirm your date of birth for me?' },
      { speaker: 'Kofi Mensah', role: 'patient', text: "Sure, it's the fourth of August, nineteen sixty two." },
      { speaker: 'Dr. Elena Fischer', role: 'clinician', text: 'Thank you.' },
      { speaker: 'Kofi Mensah', role: 'patient', text: 'I wanted to ask about the swelling in my ankles because it gets worse in the evening, and sometimes my shoes feel tight.' },
      { speaker: 'Dr. Elena Fischer', role: 'clinician', text: 'How long has that been going on?' },
      { speaker: 'Kofi Mensah', role: 'patient', text: 'About two weeks now.' },
      { speaker: 'Dr. Elena Fischer', role: 'clinician', text: "Okay, I'd like to take a look at them on camera if that's alright." },
      { speaker: 'Kofi Mensah', role: 'patient', text: 'Yes, one moment.' },
    ],
    forbidden: ['running two minutes late', 'photo of my ankles', '10:02 AM', 'Participants (2)', '(Organizer)', ...END_FORBIDDEN],
  },

  // §4.5 dir="auto" spans / own display name, §4.4 in-place growth + re-punctuation (Spanish ASR fixes a misheard word), a one-word "Sí." and a long silence.
  {
    name: 'teams host: whole call in Spanish (accents, ¿ ¡ ñ, ASR rewrite, "Sí.", long silence)',
    url: 'https://teams.cloud.microsoft/v2/',
    selfNames: ['Dra. Lucía Núñez'],
    body: callHtml({
      title: 'Consulta de seguimiento',
      people: ['Dra. Lucía Núñez', 'José Ángel Peña'],
      variant: 'host',
      captions: true,
      labels: { chat: 'Chat', people: 'Personas', more: 'Más', leave: 'Salir' },
    }),
    async play(p) {
      await p.sleep(300);
      await say(p, 'host', 'Dra. Lucía Núñez', 'buenos días José Ángel cómo sigue la espalda', 'Buenos días, José Ángel. ¿Cómo sigue la espalda?');
      await p.sleep(250);
      // ASR hears "manzana", then corrects it to "mañana" and re-punctuates.
      const t = await say(p, 'host', 'José Ángel Peña', 'me duele todavía un poco sobre todo por la manzana');
      t.data = 'me duele todavía un poco sobre todo por la mañana';
      await p.sleep(150);
      t.data = 'Me duele todavía un poco, sobre todo por la mañana.';
      await p.sleep(250);
      await say(p, 'host', 'Dra. Lucía Núñez', 'está tomando el ibuprofeno cada ocho horas', '¿Está tomando el ibuprofeno cada ocho horas?');
      await p.sleep(250);
      await say(p, 'host', 'José Ángel Peña', 'sí', 'Sí.');
      await p.sleep(250);
      await say(
        p,
        'host',
        'Dra. Lucía Núñez',
        'bien quiero que siga con los ejercicios de estiramiento y que camine media hora al día aunque sea despacio',
        'Bien. Quiero que siga con los ejercicios de estiramiento y que camine media hora al día, aunque sea despacio.',
      );
      // A long pause while the patient writes it down: no mutations at all.
      await p.sleep(4000);
      await say(p, 'host', 'José Ángel Peña', 'ah una pregunta más puedo volver al gimnasio el próximo mes', '¡Ah! Una pregunta más: ¿puedo volver al gimnasio el próximo mes?');
      await p.sleep(250);
      await say(p, 'host', 'Dra. Lucía Núñez', 'sí pero empiece con poco peso y sin hacer sentadillas', 'Sí, pero empiece con poco peso y sin hacer sentadillas.');
      await p.sleep(250);
      await say(p, 'host', 'José Ángel Peña', 'perfecto muchas gracias doctora', 'Perfecto, muchas gracias, doctora.');
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Dra. Lucía Núñez', role: 'clinician', text: 'Buenos días, José Ángel. ¿Cómo sigue la espalda?' },
      { speaker: 'José Ángel Peña', role: 'patient', text: 'Me duele todavía un poco, sobre todo por la mañana.' },
      { speaker: 'Dra. Lucía Núñez', role: 'clinician', text: '¿Está tomando el ibuprofeno cada ocho horas?' },
      { speaker: 'José Ángel Peña', role: 'patient', text: 'Sí.' },
      { speaker: 'Dra. Lucía Núñez', role: 'clinician', text: 'Bien. Quiero que siga con los ejercicios de estiramiento y que camine media hora al día, aunque sea despacio.' },
      { speaker: 'José Ángel Peña', role: 'patient', text: '¡Ah! Una pregunta más: ¿puedo volver al gimnasio el próximo mes?' },
      { speaker: 'Dra. Lucía Núñez', role: 'clinician', text: 'Sí, pero empiece con poco peso y sin hacer sentadillas.' },
      { speaker: 'José Ángel Peña', role: 'patient', text: 'Perfecto, muchas gracias, doctora.' },
    ],
    forbidden: ['Salir', 'Personas', 'Consulta de seguimiento', ...END_FORBIDDEN],
  },

  // §4.2 "Caption settings → spoken language" changed mid-call (same list continues, now Spanish); an interpreter joins as a third speaker (§4.4 one item per utterance).
  {
    name: 'teams host: interpreter joins, spoken language switched to Spanish mid-call',
    url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ5ZTk4YjctMzQ1Ni00ZGQ3LWE2ODgtNzQ1NjEyMzQ1Njc4%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d',
    selfNames: ['Dr. Hannah Cole'],
    body: callHtml({ title: 'Respiratory clinic', people: ['Dr. Hannah Cole', 'Miguel Ángel Soto'], variant: 'host', captions: true }),
    async play(p) {
      await p.sleep(300);
      await say(p, 'host', 'Dr. Hannah Cole', "hello Miguel we're just waiting for the interpreter to join", "Hello Miguel, we're just waiting for the interpreter to join.");
      await p.sleep(250);
      await say(p, 'host', 'Miguel Ángel Soto', 'okay thank you', 'Okay, thank you.');
      await p.sleep(600);
      q(p.doc, '#gallery').appendChild(el(p.doc, tile('Carmen Ruiz (Interpreter)')));
      await p.sleep(400);
      await say(p, 'host', 'Carmen Ruiz (Interpreter)', 'hi this is Carmen the Spanish interpreter sorry for the delay', 'Hi, this is Carmen, the Spanish interpreter. Sorry for the delay.');
      await p.sleep(250);
      await say(
        p,
        'host',
        'Dr. Hannah Cole',
        "no problem could you ask him whether he has had any fever since his last visit I'll switch the captions to Spanish now",
        "No problem. Could you ask him whether he has had any fever since his last visit? I'll switch the captions to Spanish now.",
      );
      await p.sleep(300);
      // Caption settings dialog (More → Language and speech → Caption settings), spoken language → Español.
      const dlg = el(
        p.doc,
        `<div role="dialog" aria-modal="true" aria-label="Caption settings" class="fui-DialogSurface ___dlg1">
  <h2>Caption settings</h2><label>Spoken language</label>
  <div role="combobox" aria-expanded="false">Español (España)</div>
  <p>Choose the language everyone in the meeting is speaking.</p>
  <button type="button">Cancel</button><button type="button">Confirm</button>
</div>`,
      );
      p.doc.body.appendChild(dlg);
      await p.sleep(1200);
      dlg.remove();
      await p.sleep(400);
      await say(p, 'host', 'Carmen Ruiz (Interpreter)', 'Miguel la doctora pregunta si ha tenido fiebre desde la última visita', 'Miguel, la doctora pregunta si ha tenido fiebre desde la última visita.');
      await p.sleep(250);
      await say(p, 'host', 'Miguel Ángel Soto', 'no fiebre no pero sigo con mucha tos por las noches', 'No, fiebre no, pero sigo con mucha tos por las noches.');
      await p.sleep(250);
      await say(p, 'host', 'Carmen Ruiz (Interpreter)', 'y la tos es seca o con flemas', '¿Y la tos es seca o con flemas?');
      await p.sleep(250);
      await say(p, 'host', 'Miguel Ángel Soto', 'seca casi siempre y me despierta a las tres o cuatro de la mañana', 'Seca, casi siempre, y me despierta a las tres o cuatro de la mañana.');
      await p.sleep(250);
      await say(p, 'host', 'Dr. Hannah Cole', 'gracias Miguel', 'Gracias, Miguel.');
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Dr. Hannah Cole', role: 'clinician', text: "Hello Miguel, we're just waiting for the interpreter to join." },
      { speaker: 'Miguel Ángel Soto', text: 'Okay, thank you.' },
      { speaker: 'Carmen Ruiz (Interpreter)', text: 'Hi, this is Carmen, the Spanish interpreter. Sorry for the delay.' },
      { speaker: 'Dr. Hannah Cole', role: 'clinician', text: "No problem. Could you ask him whether he has had any fever since his last visit? I'll switch the captions to Spanish now." },
      { speaker: 'Carmen Ruiz (Interpreter)', text: 'Miguel, la doctora pregunta si ha tenido fiebre desde la última visita.' },
      { speaker: 'Miguel Ángel Soto', text: 'No, fiebre no, pero sigo con mucha tos por las noches.' },
      { speaker: 'Carmen Ruiz (Interpreter)', text: '¿Y la tos es seca o con flemas?' },
      { speaker: 'Miguel Ángel Soto', text: 'Seca, casi siempre, y me despierta a las tres o cuatro de la mañana.' },
      { speaker: 'Dr. Hannah Cole', role: 'clinician', text: 'Gracias, Miguel.' },
    ],
    forbidden: ['Caption settings', 'Spoken language', 'Español (España)', 'Choose the language everyone', 'Confirm', ...END_FORBIDDEN],
  },

  // §4.3 author span carries each display name (two people named María, one with an emoji), §4.4 one item per utterance, one-word replies, a long silence with no DOM change.
  {
    name: 'teams host: two Marías (mother and daughter), one-word replies, long silence',
    url: 'https://teams.live.com/meet/9381234567890?p=Qx7RtY2pLm',
    selfNames: ['Dr. Omar Haddad'],
    body: callHtml({ title: 'Medication review', people: ['Dr. Omar Haddad', 'María García', 'María Torres 🌻'], variant: 'host', captions: true }),
    async play(p) {
      await p.sleep(300);
      await say(p, 'host', 'Dr. Omar Haddad', 'good afternoon María I see someone else has joined as well', 'Good afternoon, María. I see someone else has joined as well.');
      await p.sleep(250);
      await say(p, 'host', 'María Torres 🌻', "hi I'm her daughter also María mom asked me to listen in because of the new medications", "Hi, I'm her daughter, also María. Mom asked me to listen in because of the new medications.");
      await p.sleep(250);
      await say(p, 'host', 'Dr. Omar Haddad', "of course that's very welcome María is it okay with you if your daughter stays on the call", "Of course, that's very welcome. María, is it okay with you if your daughter stays on the call?");
      await p.sleep(250);
      await say(p, 'host', 'María García', 'yes', 'Yes.');
      await p.sleep(250);
      await say(
        p,
        'host',
        'Dr. Omar Haddad',
        "great so the main change is that we're stopping the naproxen and starting acetaminophen instead up to three times a day",
        "Great. So the main change is that we're stopping the naproxen and starting acetaminophen instead, up to three times a day.",
      );
      // Everyone is writing it down: five seconds without a single caption mutation.
      await p.sleep(5000);
      await say(p, 'host', 'María García', 'sorry I was writing that down three times a day with food', 'Sorry, I was writing that down. Three times a day, with food?');
      await p.sleep(250);
      await say(p, 'host', 'Dr. Omar Haddad', 'with or without food is fine', 'With or without food is fine.');
      await p.sleep(250);
      await say(p, 'host', 'María Torres 🌻', 'okay', 'Okay.');
      await p.sleep(250);
      await say(p, 'host', 'María García', 'thank you doctor', 'Thank you, doctor.');
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Dr. Omar Haddad', role: 'clinician', text: 'Good afternoon, María. I see someone else has joined as well.' },
      { speaker: ['María Torres 🌻', 'María Torres'], text: "Hi, I'm her daughter, also María. Mom asked me to listen in because of the new medications." },
      { speaker: 'Dr. Omar Haddad', role: 'clinician', text: "Of course, that's very welcome. María, is it okay with you if your daughter stays on the call?" },
      { speaker: 'María García', text: 'Yes.' },
      { speaker: 'Dr. Omar Haddad', role: 'clinician', text: "Great. So the main change is that we're stopping the naproxen and starting acetaminophen instead, up to three times a day." },
      { speaker: 'María García', text: 'Sorry, I was writing that down. Three times a day, with food?' },
      { speaker: 'Dr. Omar Haddad', role: 'clinician', text: 'With or without food is fine.' },
      { speaker: ['María Torres 🌻', 'María Torres'], text: 'Okay.' },
      { speaker: 'María García', text: 'Thank you, doctor.' },
    ],
    forbidden: ['Medication review', ...END_FORBIDDEN],
  },

  // §8.5 root moved/re-mounted and §4.2 wrapper sized relative to the stage: someone presents, the same caption wrapper node is re-parented into the sharing layout (twice, mid-utterance).
  {
    name: 'teams host: screen share re-parents the caption wrapper mid-utterance and back',
    url: 'https://teams.microsoft.com/v2/',
    selfNames: ['Dr. Grace Liu'],
    body: callHtml({ title: 'Orthopaedics results', people: ['Dr. Grace Liu', "Daniel O'Brien"], variant: 'host', captions: true }),
    async play(p) {
      await p.sleep(300);
      await say(p, 'host', 'Dr. Grace Liu', "Daniel I'm going to share my screen so we can look at your scan together", "Daniel, I'm going to share my screen so we can look at your scan together.");
      await p.sleep(250);
      await say(p, 'host', "Daniel O'Brien", 'okay go ahead', 'Okay, go ahead.');
      await p.sleep(250);
      const raw1 = 'can you see it now this is the image from your knee MRI last week';
      await say(p, 'host', 'Dr. Grace Liu', raw1, undefined, 6);
      // Sharing starts: a new stage layout is built and the existing caption wrapper is moved into it.
      const share = el(
        p.doc,
        `<div id="share-layout" data-tid="content-sharing-stage" class="fui-Flex ___shr1">
  <div class="___shr2" aria-label="Dr. Grace Liu is presenting"><span>Dr. Grace Liu is presenting</span><div class="___slide">Knee MRI - sagittal view</div></div>
  <div id="share-caption-slot" class="___cap2"></div>
</div>`,
      );
      q(p.doc, '#call-stage').appendChild(share);
      q(p.doc, '#gallery').setAttribute('hidden', '');
      q(p.doc, '#share-caption-slot').appendChild(q(p.doc, WRAPPER));
      await p.sleep(90);
      await grow(p, lastTextNode(p), raw1, 'Can you see it now? This is the image from your knee MRI last week.', 90, 6);
      await p.sleep(250);
      await say(p, 'host', "Daniel O'Brien", 'yes I can see it', 'Yes, I can see it.');
      await p.sleep(250);
      await say(
        p,
        'host',
        'Dr. Grace Liu',
        'the bright area here is fluid around the joint which fits with the sprain but the ligament itself looks intact',
        'The bright area here is fluid around the joint, which fits with the sprain, but the ligament itself looks intact.',
      );
      await p.sleep(250);
      const raw2 = 'so no surgery then';
      await say(p, 'host', "Daniel O'Brien", raw2, undefined, 2);
      // Sharing stops: the wrapper goes back under the normal stage, the sharing layout is removed.
      q(p.doc, '#caption-slot').appendChild(q(p.doc, WRAPPER));
      q(p.doc, '#share-layout').remove();
      q(p.doc, '#gallery').removeAttribute('hidden');
      await p.sleep(90);
      await grow(p, lastTextNode(p), raw2, 'So no surgery then?', 90, 2);
      await p.sleep(250);
      await say(p, 'host', 'Dr. Grace Liu', "no surgery physio twice a week for six weeks and we'll see how it goes", "No surgery. Physio twice a week for six weeks, and we'll see how it goes.");
    },
    leave: leaveCall,
    loose: true,
    expected: [
      { speaker: 'Dr. Grace Liu', role: 'clinician', text: "Daniel, I'm going to share my screen so we can look at your scan together." },
      { speaker: "Daniel O'Brien", role: 'patient', text: 'Okay, go ahead.' },
      { speaker: 'Dr. Grace Liu', role: 'clinician', text: 'Can you see it now? This is the image from your knee MRI last week.' },
      { speaker: "Daniel O'Brien", role: 'patient', text: 'Yes, I can see it.' },
      { speaker: 'Dr. Grace Liu', role: 'clinician', text: 'The bright area here is fluid around the joint, which fits with the sprain, but the ligament itself looks intact.' },
      { speaker: "Daniel O'Brien", role: 'patient', text: 'So no surgery then?' },
      { speaker: 'Dr. Grace Liu', role: 'clinician', text: "No surgery. Physio twice a week for six weeks, and we'll see how it goes." },
    ],
    forbidden: ['is presenting', 'sagittal view', ...END_FORBIDDEN],
  },
];
