// Jitsi Meet scenarios, round 5: page lifecycle / structure churn and international text.
// Written only from /work/shared/research/caption-platforms.md (§1, §6, §8, §9) and the shared kit.
// Jitsi facts used (§6): `<div class="transcription-subtitles">` (+ `lifted` with one participant),
// one `<p>` per transcript message id, each `<span>` reading "<participantName>: " + (final ||
// stable + unstable); the interim is replaced by the final in the same paragraph; newer builds also
// list subtitles in the chat panel under `#subtitles-messages-container` / `#subtitles-messages-list`
// with hashed classes and `[name?][content][time]` items. §9: captions off → root removed, on again →
// a new root node; non-caption text (chat) present to catch false positives.
import type { Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

const ROOM = 'https://meet.jit.si/';

type Lang = 'en' | 'es';
interface Who {
  id: string;
  name: string;
}

const UI = {
  en: {
    mic: 'Mute microphone',
    cam: 'Stop camera',
    chat: 'Open chat',
    cc: 'Stop subtitles',
    ccOff: 'Start subtitles',
    tile: 'Enter tile view',
    leave: 'Leave the meeting',
    welcomeTitle: 'Jitsi Meet',
    welcomeSub: 'Secure and high quality meetings',
    start: 'Start meeting',
  },
  es: {
    mic: 'Silenciar micrófono',
    cam: 'Detener cámara',
    chat: 'Abrir chat',
    cc: 'Detener subtítulos',
    ccOff: 'Iniciar subtítulos',
    tile: 'Activar vista en mosaico',
    leave: 'Abandonar la reunión',
    welcomeTitle: 'Jitsi Meet',
    welcomeSub: 'Reuniones seguras y de alta calidad',
    start: 'Iniciar reunión',
  },
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function remoteTile(w: Who): string {
  return `<span id="participant_${w.id}" class="videocontainer display-video"><div class="videocontainer__background"></div><video autoplay playsinline></video><div class="videocontainer__toolbar"></div><span class="displayname" id="participant_${w.id}_name">${esc(w.name)}</span></span>`;
}

/** The in-call page: `#layout_wrapper` › `#videoconference_page` › `#videospace` + toolbox with the hang-up button. */
function conference(o: { self: string; remotes: Who[]; lang?: Lang; subject?: string; timer?: string; stage?: string }): string {
  const L = UI[o.lang ?? 'en'];
  const button = (label: string, extra = '', icon = 'toolbox-icon') =>
    `<div aria-label="${esc(label)}" role="button" tabindex="0" class="toolbox-button"${extra}><div class="${icon}"><svg viewBox="0 0 24 24"><path d="M0 0h24v24H0z"></path></svg></div></div>`;
  return `
<div id="layout_wrapper">
  <div id="videoconference_page" class="">
    <div class="subject visible"><div class="subject-info-container"><div class="subject-text">${esc(o.subject ?? 'Consulta')}</div>${
      o.timer ? `<span class="subject-timer">${o.timer}</span>` : ''
    }</div></div>
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="etherpad"></div>
        <div id="dominantSpeaker"></div>
        <div id="largeVideoElementsContainer"><div id="largeVideoBackgroundContainer"></div><div id="largeVideoWrapper"><video id="largeVideo" autoplay playsinline muted></video></div></div>
        ${o.stage !== undefined ? `<div class="stage-participant-label"><span class="tss-3m1b2x-badge">${esc(o.stage)}</span></div>` : ''}
      </div>
      <div class="filmstrip" id="filmstrip">
        <div id="remoteVideos" class="filmstrip__videos">
          <div id="filmstripLocalVideo"><div id="filmstripLocalVideoThumbnail"><span id="localVideoContainer" class="videocontainer"><video id="localVideo_container" autoplay muted playsinline></video><span class="displayname" id="localDisplayName">${esc(o.self)}</span></span></div></div>
          <div id="filmstripRemoteVideos"><div id="filmstripRemoteVideosContainer">${o.remotes.map(remoteTile).join('')}</div></div>
        </div>
      </div>
    </div>
    <div class="new-toolbox visible" id="new-toolbox">
      <div class="toolbox-content"><div class="toolbox-content-wrapper"><div class="toolbox-content-items">
        ${button(L.mic, ' aria-pressed="false"')}
        ${button(L.cam, ' aria-pressed="false"')}
        ${button(L.chat, ' id="chat-button"')}
        ${button(L.cc, ' aria-pressed="true" id="cc-button"')}
        ${button(L.tile, ' aria-pressed="false"')}
        ${button(L.leave, '', 'toolbox-icon hangup-button')}
      </div></div></div>
    </div>
  </div>
</div>`;
}

/** What hanging up leaves: the whole conference unmounted, the welcome page rendered in `#react`. */
function hangUp(p: Page, lang: Lang = 'en') {
  const L = UI[lang];
  q(p.doc, '#react').innerHTML = `<div class="welcome" id="welcome_page"><div class="header"><div class="header-container"><h1 class="header-text-title">${L.welcomeTitle}</h1><span class="header-text-subtitle">${L.welcomeSub}</span><div id="enter_room"><input id="enter_room_field" type="text" value=""><button id="enter_room_button" class="welcome-page-button">${L.start}</button></div></div></div></div>`;
}

/** Mounts a (new) `.transcription-subtitles` container the way the Captions component does once a message exists. */
function mountCaptions(p: Page, parent = '#largeVideoContainer', lifted = false): HTMLElement {
  const box = el(p.doc, `<div class="transcription-subtitles${lifted ? ' lifted' : ''}"></div>`);
  q(p.doc, parent).appendChild(box);
  return box;
}

function addParagraph(p: Page, box: Element, name: string, text: string): Text {
  const para = p.doc.createElement('p');
  const span = p.doc.createElement('span');
  span.textContent = `${name}: ${text}`;
  para.appendChild(span);
  box.appendChild(para);
  return span.firstChild as Text;
}

/**
 * One transcript message: a new `<p>` whose span reads "Name: stable+unstable", updated as interim
 * results arrive, then replaced in place by the final. `interim` as a string grows word by word;
 * as an array it is the sequence of interim results (the unstable tail may be rewritten).
 */
async function speak(p: Page, box: Element, name: string, interim: string | string[], final: string, step = 110): Promise<Text> {
  if (typeof interim === 'string') {
    const first = interim.split(' ')[0]!;
    const node = addParagraph(p, box, name, first);
    await p.sleep(step);
    await grow(p, node, `${name}: ${interim}`, `${name}: ${final}`, step, `${name}:`.split(' ').length + 1);
    return node;
  }
  const node = addParagraph(p, box, name, interim[0]!);
  await p.sleep(step);
  for (const s of interim.slice(1)) {
    node.data = `${name}: ${s}`;
    await p.sleep(step);
  }
  node.data = `${name}: ${final}`;
  await p.sleep(step);
  return node;
}

/** React re-render into a new container: every current message re-created as new nodes with its current text. */
function remountCaptions(p: Page, old: HTMLElement, parent: string, lifted = false): { box: HTMLElement; nodes: Text[] } {
  const texts = [...old.querySelectorAll('p > span')].map((s) => s.textContent ?? '');
  old.remove();
  const box = mountCaptions(p, parent, lifted);
  const nodes = texts.map((t) => {
    const para = p.doc.createElement('p');
    const span = p.doc.createElement('span');
    span.textContent = t;
    para.appendChild(span);
    box.appendChild(para);
    return span.firstChild as Text;
  });
  return { box, nodes };
}

function addRemote(p: Page, w: Who) {
  q(p.doc, '#filmstripRemoteVideosContainer').appendChild(el(p.doc, remoteTile(w)));
}

// ---------------------------------------------------------------------------------------------------

const prejoinEs = (room: string, self: string) => `
<div id="react">
  <div class="premeeting-screen" id="lobby-screen">
    <div class="tss-9k2d1a-container"><div class="content">
      <div class="tss-1p0x7c-title">${esc(room)}</div>
      <div id="preview" class="video-preview"><video autoplay muted playsinline></video></div>
      <div class="prejoin-input-area">
        <input id="premeeting-name-input" class="field" placeholder="Introduzca su nombre" value="${esc(self)}">
        <div class="action-btn primary" data-testid="prejoin.joinMeeting" role="button" tabindex="0">Unirse a la reunión</div>
      </div>
      <div class="toolbox-content-items">
        <div aria-label="Silenciar micrófono" role="button" class="toolbox-button"><div class="toolbox-icon"><svg></svg></div></div>
        <div aria-label="Detener cámara" role="button" class="toolbox-button"><div class="toolbox-icon"><svg></svg></div></div>
      </div>
    </div></div>
  </div>
</div>`;

const s1Self = 'Dra. Lucía Fernández';
const s1Pat: Who = { id: '4f1a9c2e', name: 'Rosa Ibáñez' };

// §6 + §9 lifecycle: pre-join screen (no in-call markers), then the call; `lifted` while the clinician is
// alone and dropped when the patient is admitted from the lobby; a whole consult in Spanish with ASR
// interim→final rewrites that add accents, ¿ ¡ and punctuation in the same paragraph.
const prejoinLobbySpanish: Scenario = {
  name: 'jitsi: pre-join screen and lobby knock, then a whole consult in Spanish with accent-adding finals',
  url: `${ROOM}ConsultaFernandez`,
  selfNames: [s1Self],
  body: prejoinEs('ConsultaFernandez', s1Self),
  async play(p) {
    await p.sleep(900); // still on the pre-join screen
    q(p.doc, '#react').innerHTML = conference({ self: s1Self, remotes: [], lang: 'es', subject: 'ConsultaFernandez' });
    await p.sleep(500);
    // Alone in the room: the container carries `lifted`.
    const box = mountCaptions(p, '#largeVideoContainer', true);
    await speak(p, box, s1Self, 'probando el micrófono un momento', 'Probando el micrófono, un momento.');
    await p.sleep(700);
    // Lobby knock notification for the moderator, then admit.
    const note = el(
      p.doc,
      `<div class="tss-5v1q8e-container" role="alert" data-testid="notify.participantWantsToJoin"><div class="tss-5v1q8e-content"><span class="tss-5v1q8e-title">Rosa Ibáñez quiere unirse a la reunión</span><div class="tss-5v1q8e-actions"><button type="button">Admitir</button><button type="button">Rechazar</button></div></div></div>`,
    );
    q(p.doc, '#videoconference_page').appendChild(note);
    await p.sleep(800);
    note.remove();
    addRemote(p, s1Pat);
    box.classList.remove('lifted');
    await p.sleep(300);
    await speak(p, box, s1Pat.name, ['hola', 'hola doctora', 'hola doctora buenos días'], '¡Hola, doctora! Buenos días.');
    await speak(p, box, s1Self, 'buenos días rosa cuénteme cómo ha estado esta semana', 'Buenos días, Rosa. Cuénteme, ¿cómo ha estado esta semana?');
    await speak(
      p,
      box,
      s1Pat.name,
      [
        'no se',
        'no se si la pastilla',
        'no se si la pastilla me esta asiendo',
        'no se si la pastilla me esta haciendo efecto porque',
        'no se si la pastilla me esta haciendo efecto porque sigo durmiendo mal',
      ],
      'No sé si la pastilla me está haciendo efecto, porque sigo durmiendo mal.',
      160,
    );
    await speak(p, box, s1Self, 'cuántas horas duerme por la noche más o menos', '¿Cuántas horas duerme por la noche, más o menos?');
    await speak(
      p,
      box,
      s1Pat.name,
      'unas cuatro horas me despierto a las tres de la mañana y ya no me duermo',
      'Unas cuatro horas. Me despierto a las tres de la mañana y ya no me duermo.',
    );
    await speak(
      p,
      box,
      s1Self,
      'vale vamos a ajustar la dosis y lo revisamos en dos semanas le parece bien',
      'Vale. Vamos a ajustar la dosis y lo revisamos en dos semanas, ¿le parece bien?',
    );
    await speak(p, box, s1Pat.name, ['si perfecto', 'si perfecto muchas gracias doctora'], 'Sí, perfecto. Muchas gracias, doctora.');
  },
  leave: (p) => hangUp(p, 'es'),
  loose: true,
  expected: [
    { speaker: s1Self, role: 'clinician', text: 'Probando el micrófono, un momento.' },
    { speaker: s1Pat.name, role: 'patient', text: '¡Hola, doctora! Buenos días.' },
    { speaker: s1Self, role: 'clinician', text: 'Buenos días, Rosa. Cuénteme, ¿cómo ha estado esta semana?' },
    { speaker: s1Pat.name, role: 'patient', text: 'No sé si la pastilla me está haciendo efecto, porque sigo durmiendo mal.' },
    { speaker: s1Self, role: 'clinician', text: '¿Cuántas horas duerme por la noche, más o menos?' },
    { speaker: s1Pat.name, role: 'patient', text: 'Unas cuatro horas. Me despierto a las tres de la mañana y ya no me duermo.' },
    { speaker: s1Self, role: 'clinician', text: 'Vale. Vamos a ajustar la dosis y lo revisamos en dos semanas, ¿le parece bien?' },
    { speaker: s1Pat.name, role: 'patient', text: 'Sí, perfecto. Muchas gracias, doctora.' },
  ],
  forbidden: ['Unirse a la reunión', 'Introduzca su nombre', 'quiere unirse', 'Admitir', 'Rechazar'],
};

// ---------------------------------------------------------------------------------------------------

const s2Self = 'Dr. Ana Ruiz';
const s2Pat: Who = { id: 'b83e0d17', name: 'Ana Beltrán' };

// §9 "captions off, then on, then off, then on again (a new root node)": in Jitsi the
// `.transcription-subtitles` container is unmounted when subtitles are stopped; speech while off never
// reaches the DOM; turning them on mounts a fresh container. Clinician and patient share a first name.
const offAndOnAgain: Scenario = {
  name: 'jitsi: subtitles stopped and restarted twice (new container each time), clinician and patient both named Ana',
  url: `${ROOM}RuizFollowUp`,
  selfNames: [s2Self],
  body: `<div id="react">${conference({ self: s2Self, remotes: [s2Pat], subject: 'RuizFollowUp' })}</div>`,
  async play(p) {
    const ccButton = () => q(p.doc, '#cc-button');
    const stop = (box: HTMLElement) => {
      box.remove();
      ccButton().setAttribute('aria-pressed', 'false');
      ccButton().setAttribute('aria-label', UI.en.ccOff);
    };
    const start = () => {
      ccButton().setAttribute('aria-pressed', 'true');
      ccButton().setAttribute('aria-label', UI.en.cc);
    };
    let box = mountCaptions(p);
    await speak(
      p,
      box,
      s2Pat.name,
      "hi Dr. Ruiz sorry the wi-fi at my mom's place is terrible",
      "Hi, Dr. Ruiz, sorry, the Wi-Fi at my mom's place is terrible.",
    );
    await speak(
      p,
      box,
      s2Self,
      'no problem Ana I can hear you fine now how has the knee been since the injection',
      'No problem, Ana. I can hear you fine now. How has the knee been since the injection?',
    );
    await speak(
      p,
      box,
      s2Pat.name,
      'better I walked to the pharmacy on Saturday without the cane',
      'Better. I walked to the pharmacy on Saturday without the cane.',
    );
    await p.sleep(400);
    stop(box); // off: the patient keeps talking, none of it is rendered
    await p.sleep(1800);
    start();
    await p.sleep(400);
    box = mountCaptions(p); // a new node
    await speak(
      p,
      box,
      s2Self,
      'sorry I had the captions off for a second can you repeat the part about the swelling',
      'Sorry, I had the captions off for a second. Can you repeat the part about the swelling?',
    );
    await speak(
      p,
      box,
      s2Pat.name,
      ["yes it swells up", "yes it swells up in the evening mostly after", "yes it swells up in the evening mostly after I've been standing at work"],
      "Yes, it swells up in the evening, mostly after I've been standing at work.",
      150,
    );
    await p.sleep(300);
    stop(box);
    await p.sleep(1200);
    start();
    await p.sleep(300);
    box = mountCaptions(p); // yet another new node
    await speak(
      p,
      box,
      s2Self,
      "okay keep icing it twice a day and let's recheck in four weeks",
      "Okay. Keep icing it twice a day, and let's recheck in four weeks.",
    );
    await speak(p, box, s2Pat.name, 'will do thanks Dr. Ruiz', 'Will do. Thanks, Dr. Ruiz.');
  },
  leave: (p) => hangUp(p),
  loose: true,
  expected: [
    { speaker: s2Pat.name, role: 'patient', text: "Hi, Dr. Ruiz, sorry, the Wi-Fi at my mom's place is terrible." },
    { speaker: s2Self, role: 'clinician', text: 'No problem, Ana. I can hear you fine now. How has the knee been since the injection?' },
    { speaker: s2Pat.name, role: 'patient', text: 'Better. I walked to the pharmacy on Saturday without the cane.' },
    { speaker: s2Self, role: 'clinician', text: 'Sorry, I had the captions off for a second. Can you repeat the part about the swelling?' },
    { speaker: s2Pat.name, role: 'patient', text: "Yes, it swells up in the evening, mostly after I've been standing at work." },
    { speaker: s2Self, role: 'clinician', text: "Okay. Keep icing it twice a day, and let's recheck in four weeks." },
    { speaker: s2Pat.name, role: 'patient', text: 'Will do. Thanks, Dr. Ruiz.' },
  ],
};

// ---------------------------------------------------------------------------------------------------

const s3Self = 'Dr. J. R. Okafor';
const s3Pat: Who = { id: '0c6d52aa', name: "Siobhán O'Connor" };

function sidePanel(p: Page): HTMLElement {
  const panel = el(
    p.doc,
    `<div id="sideToolbarContainer" class="tss-2h7c0q-container">
      <div class="chat-header" id="chat-header"><div role="tablist" class="tss-2h7c0q-tabs"><div role="tab" aria-selected="true" id="chat-tab" class="tss-2h7c0q-tab">Chat</div><div role="tab" aria-selected="false" id="cc-tab" class="tss-2h7c0q-tab">Closed captions</div></div><div role="button" aria-label="Close" class="jitsi-icon"><svg></svg></div></div>
      <div id="chat-conversation-container" class="tss-2h7c0q-chatConversationContainer">
        <div id="chatconversation" aria-live="polite" class="tss-2h7c0q-chatConversation">
          <div class="chat-message-group remote"><div class="chatmessage-wrapper"><div class="chatmessage"><div class="replywrapper"><div class="messagecontent"><div class="display-name">${esc(
            s3Pat.name,
          )}</div><div class="usermessage">sorry camera frozen, is audio ok?</div></div></div></div><div class="timestamp">10:41</div></div></div>
          <div class="chat-message-group local"><div class="chatmessage-wrapper"><div class="chatmessage"><div class="replywrapper"><div class="messagecontent"><div class="usermessage">Intake form before we start: https://forms.example.org/intake</div></div></div></div><div class="timestamp">10:42</div></div></div>
        </div>
        <div class="chat-input-container"><textarea id="chat-input-messagebox" placeholder="Type a message"></textarea></div>
      </div>
    </div>`,
  );
  q(p.doc, '#layout_wrapper').insertBefore(panel, q(p.doc, '#videoconference_page'));
  return panel;
}

/** `[name?][content][time]` item in the chat panel's subtitles list (hashed classes). */
function subtitleItem(p: Page, list: Element, name: string | null, text: string, time: string) {
  const item = el(
    p.doc,
    `<div class="tss-7wq1n4-messageContainer">${name ? `<div class="tss-7wq1n4-name"></div>` : ''}<div class="tss-7wq1n4-messageContent"></div><div class="tss-7wq1n4-timestamp">${time}</div></div>`,
  );
  if (name) item.querySelector('.tss-7wq1n4-name')!.textContent = name;
  q(item, '.tss-7wq1n4-messageContent').textContent = text;
  list.appendChild(item);
}

// §6 newer builds: subtitles are also listed in the chat panel (`#subtitles-messages-container` ›
// `#subtitles-messages-list`, `[name?][content][time]`, name omitted for a same-speaker follow-up);
// the panel also holds real chat (§9 non-caption text). The same captions sit twice in the DOM while
// the panel is open; a caption containing ": " tests the "<name>: " split.
const chatPanelSubtitlesList: Scenario = {
  name: 'jitsi: chat panel opened on the closed-captions tab (history re-listed with timestamps) plus real chat',
  url: `${ROOM}OkaforAsthmaReview`,
  selfNames: [s3Self],
  body: `<div id="react">${conference({ self: s3Self, remotes: [s3Pat], subject: 'OkaforAsthmaReview' })}</div>`,
  async play(p) {
    const box = mountCaptions(p);
    const finals: [string, string][] = [];
    let list: HTMLElement | null = null;
    let lastListed: string | null = null;
    let minute = 43;
    const say = async (name: string, interim: string | string[], final: string) => {
      await speak(p, box, name, interim, final);
      finals.push([name, final]);
      if (list) {
        subtitleItem(p, list, lastListed === name ? null : name, final, `10:${minute++}`);
        lastListed = name;
      }
    };
    await say(s3Pat.name, 'hi can you hear me okay my camera keeps freezing', 'Hi, can you hear me okay? My camera keeps freezing.');
    const panel = sidePanel(p); // chat tab first
    await p.sleep(600);
    await say(
      s3Self,
      "I can hear you fine two things today your inhaler and the cough that's been keeping you up",
      "I can hear you fine. Two things today: your inhaler, and the cough that's been keeping you up.",
    );
    // Switch to the closed-captions tab: chat unmounted, subtitles list rendered with the history.
    q(panel, '#chat-tab').setAttribute('aria-selected', 'false');
    q(panel, '#cc-tab').setAttribute('aria-selected', 'true');
    q(panel, '#chat-conversation-container').remove();
    const container = el(p.doc, `<div id="subtitles-messages-container" class="tss-7wq1n4-container"><div id="subtitles-messages-list" class="tss-7wq1n4-list"></div></div>`);
    panel.appendChild(container);
    const listEl = q<HTMLElement>(container, '#subtitles-messages-list');
    list = listEl;
    for (const [name, text] of finals) {
      subtitleItem(p, listEl, lastListed === name ? null : name, text, `10:${minute++}`);
      lastListed = name;
    }
    await p.sleep(500);
    await say(
      s3Pat.name,
      'the cough is worse at night I use the blue inhaler maybe three times a week',
      'The cough is worse at night. I use the blue inhaler maybe three times a week.',
    );
    await say(s3Pat.name, ["sometimes more", "sometimes more when it's cold"], "Sometimes more when it's cold.");
    await say(s3Self, 'okay are you using the spacer with it', 'Okay. Are you using the spacer with it?');
    await say(s3Pat.name, ['not really', 'not really no'], 'Not really, no.');
    panel.remove(); // panel closed
    await p.sleep(400);
    await say(
      s3Self,
      "let's try it with the spacer and I'll send a new prescription to your pharmacy",
      "Let's try it with the spacer, and I'll send a new prescription to your pharmacy.",
    );
  },
  leave: (p) => hangUp(p),
  loose: true,
  expected: [
    { speaker: s3Pat.name, role: 'patient', text: 'Hi, can you hear me okay? My camera keeps freezing.' },
    { speaker: s3Self, role: 'clinician', text: "I can hear you fine. Two things today: your inhaler, and the cough that's been keeping you up." },
    { speaker: s3Pat.name, role: 'patient', text: 'The cough is worse at night. I use the blue inhaler maybe three times a week.' },
    { speaker: s3Pat.name, role: 'patient', text: "Sometimes more when it's cold." },
    { speaker: s3Self, role: 'clinician', text: 'Okay. Are you using the spacer with it?' },
    { speaker: s3Pat.name, role: 'patient', text: 'Not really, no.' },
    { speaker: s3Self, role: 'clinician', text: "Let's try it with the spacer, and I'll send a new prescription to your pharmacy." },
  ],
  forbidden: ['camera frozen, is audio ok', 'forms.example.org', 'Intake form before', '10:4', 'Closed captions', 'Type a message'],
};

// ---------------------------------------------------------------------------------------------------

const s4Self = 'Dr. Priya Natarajan';
const s4Pat: Who = { id: '7e22c9b0', name: 'Kwame Mensah-Bonsu' };

// Layout churn around the §6 container: the patient presents, tile view and the participants pane
// re-render the Captions component into a new `.transcription-subtitles` node holding the current
// messages (finals and a half-grown interim), and the interim keeps growing in the new node.
const layoutChurnRemount: Scenario = {
  name: 'jitsi: screen share, tile view and participants pane re-mount the captions mid-sentence',
  url: `${ROOM}NatarajanDiabetesClinic`,
  selfNames: [s4Self],
  body: `<div id="react">${conference({ self: s4Self, remotes: [s4Pat], subject: 'NatarajanDiabetesClinic', stage: s4Pat.name })}</div>`,
  async play(p) {
    const stage = () => q(p.doc, '.stage-participant-label span');
    let box = mountCaptions(p);
    await speak(
      p,
      box,
      s4Pat.name,
      "morning doctor I've got the glucose log open if you want to see it",
      "Morning, doctor. I've got the glucose log open if you want to see it.",
    );
    stage().textContent = s4Self;
    await speak(
      p,
      box,
      s4Self,
      'great could you share your screen so we can look at it together',
      'Great. Could you share your screen so we can look at it together?',
    );
    // The patient presents: a screen-share tile joins the filmstrip, the stage follows the presenter,
    // and the toolbox auto-hides.
    addRemote(p, { id: `${s4Pat.id}-v1`, name: `${s4Pat.name} (screen)` });
    q(p.doc, '#largeVideo').setAttribute('data-source', 'screen');
    stage().textContent = s4Pat.name;
    q(p.doc, '#new-toolbox').classList.remove('visible');
    await p.sleep(400);
    // The patient starts talking; half-way through, the clinician switches to tile view.
    const full = 'so these are the morning readings mostly between 140 and 160 and after dinner it goes up to about 200';
    const name = s4Pat.name;
    let node = addParagraph(p, box, name, 'so');
    await p.sleep(110);
    const nameWords = `${name}:`.split(' ').length;
    const words = full.split(' ');
    await grow(p, node, `${name}: ${words.slice(0, 9).join(' ')}`, undefined, 110, nameWords + 1);
    q(p.doc, '#videoconference_page').classList.add('tile-view');
    let r = remountCaptions(p, box, '#videospace');
    box = r.box;
    node = r.nodes[r.nodes.length - 1]!;
    await p.sleep(200);
    await grow(p, node, `${name}: ${full}`, `${name}: So these are the morning readings, mostly between 140 and 160, and after dinner it goes up to about 200.`, 110, nameWords + 9);
    q(p.doc, '#new-toolbox').classList.add('visible');
    await speak(
      p,
      box,
      s4Self,
      'okay those fasting numbers are a bit high when do you take the metformin',
      'Okay, those fasting numbers are a bit high. When do you take the metformin?',
    );
    // Clinician opens the participants pane while the patient answers; tile view off again → the
    // stage layout re-renders the captions back into the large-video container.
    const pane = el(
      p.doc,
      `<div class="participants_pane" id="participants-pane"><div class="tss-0a9f3e-header"><span>Participants (2)</span></div><div class="tss-0a9f3e-list"><div class="tss-0a9f3e-item" id="participant-item-local"><span class="tss-0a9f3e-name">${esc(
        s4Self,
      )} (Me)</span><span class="tss-0a9f3e-role">Moderator</span></div><div class="tss-0a9f3e-item" id="participant-item-${s4Pat.id}"><span class="tss-0a9f3e-name">${esc(
        s4Pat.name,
      )}</span></div></div><div role="button" class="tss-0a9f3e-footer">Invite someone</div></div>`,
    );
    const answer = 'with breakfast sometimes I forget the evening one';
    node = addParagraph(p, box, name, 'with');
    await p.sleep(110);
    await grow(p, node, `${name}: ${answer.split(' ').slice(0, 3).join(' ')}`, undefined, 110, nameWords + 1);
    q(p.doc, '#layout_wrapper').appendChild(pane);
    q(p.doc, '#videoconference_page').classList.remove('tile-view');
    r = remountCaptions(p, box, '#largeVideoContainer');
    box = r.box;
    node = r.nodes[r.nodes.length - 1]!;
    await p.sleep(200);
    await grow(p, node, `${name}: ${answer}`, `${name}: With breakfast. Sometimes I forget the evening one.`, 110, nameWords + 3);
    // Screen share stops.
    q(p.doc, `#participant_${s4Pat.id}-v1`).remove();
    q(p.doc, '#largeVideo').removeAttribute('data-source');
    stage().textContent = s4Self;
    await speak(p, box, s4Self, "let's set a phone reminder for the evening dose then", "Let's set a phone reminder for the evening dose, then.");
  },
  leave: (p) => hangUp(p),
  loose: true,
  expected: [
    { speaker: s4Pat.name, role: 'patient', text: "Morning, doctor. I've got the glucose log open if you want to see it." },
    { speaker: s4Self, role: 'clinician', text: 'Great. Could you share your screen so we can look at it together?' },
    {
      speaker: s4Pat.name,
      role: 'patient',
      text: 'So these are the morning readings, mostly between 140 and 160, and after dinner it goes up to about 200.',
    },
    { speaker: s4Self, role: 'clinician', text: 'Okay, those fasting numbers are a bit high. When do you take the metformin?' },
    { speaker: s4Pat.name, role: 'patient', text: 'With breakfast. Sometimes I forget the evening one.' },
    { speaker: s4Self, role: 'clinician', text: "Let's set a phone reminder for the evening dose, then." },
  ],
  forbidden: ['(Me)', 'Moderator', 'Participants (2)', 'Invite someone', '(screen)'],
};

// ---------------------------------------------------------------------------------------------------

const s5Self = 'Dr. Daniel Kim';
const s5PatOld = 'Fellow Jitster';
const s5Pat: Who = { id: '2d90be41', name: 'Héctor Quiñones' };
const s5Daughter: Who = { id: '9a3f06c8', name: 'Mariana Quiñones' };

// §6 "<participantName>: " is the name at the time of each message: the patient joins with Jitsi's
// default name, renames himself (new messages carry the new name), then his daughter joins as a third
// speaker and interprets; Spanish and English lines side by side, names with accents and ñ.
const renameAndInterpreter: Scenario = {
  name: 'jitsi: patient renamed from the default name, daughter joins as a third speaker and interprets (Spanish/English)',
  url: `${ROOM}KimCardiologyIntake`,
  selfNames: [s5Self],
  body: `<div id="react">${conference({ self: s5Self, remotes: [{ id: s5Pat.id, name: s5PatOld }], subject: 'KimCardiologyIntake' })}</div>`,
  async play(p) {
    const box = mountCaptions(p);
    await speak(p, box, s5PatOld, "hello is this Dr. Kim's appointment", "Hello? Is this Dr. Kim's appointment?");
    await speak(
      p,
      box,
      s5Self,
      "yes hi I see you as fellow jitster could you put your name in so I know who I'm talking to",
      "Yes, hi. I see you as Fellow Jitster. Could you put your name in so I know who I'm talking to?",
    );
    await p.sleep(600);
    q(p.doc, `#participant_${s5Pat.id}_name`).textContent = s5Pat.name; // rename
    await p.sleep(400);
    await speak(
      p,
      box,
      s5Pat.name,
      'sorry now it says Héctor Quiñones my daughter is going to join to help me with the English',
      'Sorry. Now it says Héctor Quiñones. My daughter is going to join to help me with the English.',
    );
    // Third participant joins (join notification is not caption text).
    addRemote(p, s5Daughter);
    const note = el(
      p.doc,
      `<div class="tss-5v1q8e-container" role="alert"><div class="tss-5v1q8e-content"><span class="tss-5v1q8e-title">Mariana Quiñones joined the meeting</span></div></div>`,
    );
    q(p.doc, '#videoconference_page').appendChild(note);
    await p.sleep(700);
    note.remove();
    await speak(
      p,
      box,
      s5Daughter.name,
      "hi doctor I'm his daughter he's been having chest pain when he goes up the stairs",
      "Hi, doctor, I'm his daughter. He's been having chest pain when he goes up the stairs.",
    );
    await speak(p, box, s5Pat.name, ['si', 'si en el pecho', 'si en el pecho aquí'], 'Sí, en el pecho, aquí.');
    await speak(
      p,
      box,
      s5Self,
      'how long does the pain last and does it go away when he rests',
      'How long does the pain last, and does it go away when he rests?',
    );
    await speak(
      p,
      box,
      s5Daughter.name,
      'papá pregunta cuánto te dura el dolor y si se te quita cuando descansas',
      'Papá, pregunta cuánto te dura el dolor y si se te quita cuando descansas.',
    );
    await speak(
      p,
      box,
      s5Pat.name,
      ['unos cinco', 'unos cinco minutos', 'unos cinco minutos si se me quita', 'unos cinco minutos sí se me quita sentado'],
      'Unos cinco minutos. Sí, se me quita sentado.',
      150,
    );
    await speak(
      p,
      box,
      s5Daughter.name,
      'about five minutes and it goes away when he sits down',
      'About five minutes, and it goes away when he sits down.',
    );
    await speak(
      p,
      box,
      s5Self,
      "okay I want him to get an ECG this week I'll put the order in now",
      "Okay. I want him to get an ECG this week. I'll put the order in now.",
    );
  },
  leave: (p) => hangUp(p),
  loose: true,
  expected: [
    { speaker: [s5PatOld, s5Pat.name], role: 'patient', text: "Hello? Is this Dr. Kim's appointment?" },
    { speaker: s5Self, role: 'clinician', text: "Yes, hi. I see you as Fellow Jitster. Could you put your name in so I know who I'm talking to?" },
    { speaker: s5Pat.name, role: 'patient', text: 'Sorry. Now it says Héctor Quiñones. My daughter is going to join to help me with the English.' },
    { speaker: s5Daughter.name, text: "Hi, doctor, I'm his daughter. He's been having chest pain when he goes up the stairs." },
    { speaker: s5Pat.name, text: 'Sí, en el pecho, aquí.' },
    { speaker: s5Self, role: 'clinician', text: 'How long does the pain last, and does it go away when he rests?' },
    { speaker: s5Daughter.name, text: 'Papá, pregunta cuánto te dura el dolor y si se te quita cuando descansas.' },
    { speaker: s5Pat.name, text: 'Unos cinco minutos. Sí, se me quita sentado.' },
    { speaker: s5Daughter.name, text: 'About five minutes, and it goes away when he sits down.' },
    { speaker: s5Self, role: 'clinician', text: "Okay. I want him to get an ECG this week. I'll put the order in now." },
  ],
  forbidden: ['joined the meeting'],
};

// ---------------------------------------------------------------------------------------------------

const s6Self = 'Dr. Samuel Adeyemi';
const s6Pat: Who = { id: 'e51c77f3', name: 'Carmen Díaz 🌸' };

// §6 one `<p>` per message id (a long turn spans several paragraphs) and §9 root removed / new root:
// one-word replies between long turns, old final lines dropping out, the container unmounting during
// a long silence and a new one mounting when speech resumes; a ticking "mm:ss" meeting timer and an
// emoji in the patient's display name.
const silenceAndOneWordReplies: Scenario = {
  name: 'jitsi: long turns with one-word replies, lines expire, container gone through a long silence, then speech again',
  url: `${ROOM}AdeyemiHypertension`,
  selfNames: [s6Self],
  body: `<div id="react">${conference({ self: s6Self, remotes: [s6Pat], subject: 'AdeyemiHypertension', timer: '12:34' })}</div>`,
  async play(p) {
    const timer = q(p.doc, '.subject-timer').firstChild as Text;
    let secs = 12 * 60 + 34;
    const iv = p.win.setInterval(() => {
      secs++;
      timer.data = `${String(Math.floor(secs / 60)).padStart(2, '0')}:${String(secs % 60).padStart(2, '0')}`;
    }, 1000);
    try {
      let box = mountCaptions(p);
      const expire = async (n: number) => {
        for (let i = 0; i < n; i++) {
          box.querySelector('p')?.remove();
          await p.sleep(250);
        }
      };
      await speak(
        p,
        box,
        s6Self,
        'so the plan is to start the new blood pressure tablet at the lowest dose',
        'So the plan is to start the new blood pressure tablet at the lowest dose.',
      );
      await speak(
        p,
        box,
        s6Self,
        'you take it once a day in the morning with a glass of water',
        'You take it once a day in the morning, with a glass of water.',
      );
      await expire(1);
      await speak(
        p,
        box,
        s6Self,
        'for the first week you might feel a bit dizzy when you stand up quickly does that make sense',
        'For the first week you might feel a bit dizzy when you stand up quickly. Does that make sense?',
      );
      await speak(p, box, s6Pat.name, ['yes'], 'Yes.');
      await speak(
        p,
        box,
        s6Self,
        'good and I would like you to check your pressure at home every evening and write the numbers down',
        'Good. And I would like you to check your pressure at home every evening and write the numbers down.',
      );
      await expire(2);
      await speak(
        p,
        box,
        s6Self,
        'if it is over 180 on the top number two days in a row call the clinic',
        'If it is over 180 on the top number two days in a row, call the clinic.',
      );
      await speak(p, box, s6Pat.name, ['okay'], 'Okay.');
      // Silence: the remaining final lines time out one by one and the container unmounts.
      await p.sleep(800);
      while (box.querySelector('p')) await expire(1);
      box.remove();
      await p.sleep(4000);
      box = mountCaptions(p); // speech again: a new container
      await speak(
        p,
        box,
        s6Pat.name,
        'sorry I was writing it all down can I take the tablet with my coffee',
        'Sorry, I was writing it all down. Can I take the tablet with my coffee?',
      );
      await speak(p, box, s6Self, 'coffee is fine just not with grapefruit juice', 'Coffee is fine, just not with grapefruit juice.');
    } finally {
      p.win.clearInterval(iv);
    }
  },
  leave: (p) => hangUp(p),
  loose: true,
  expected: [
    {
      speaker: s6Self,
      role: 'clinician',
      text:
        'So the plan is to start the new blood pressure tablet at the lowest dose. You take it once a day in the morning, with a glass of water. For the first week you might feel a bit dizzy when you stand up quickly. Does that make sense?',
    },
    { speaker: s6Pat.name, role: 'patient', text: 'Yes.' },
    {
      speaker: s6Self,
      role: 'clinician',
      text:
        'Good. And I would like you to check your pressure at home every evening and write the numbers down. If it is over 180 on the top number two days in a row, call the clinic.',
    },
    { speaker: s6Pat.name, role: 'patient', text: 'Okay.' },
    { speaker: s6Pat.name, role: 'patient', text: 'Sorry, I was writing it all down. Can I take the tablet with my coffee?' },
    { speaker: s6Self, role: 'clinician', text: 'Coffee is fine, just not with grapefruit juice.' },
  ],
  forbidden: ['12:3', '12:4', '12:5', '13:0'],
};

export const jitsiScenarios: Scenario[] = [
  prejoinLobbySpanish,
  offAndOnAgain,
  chatPanelSubtitlesList,
  layoutChurnRemount,
  renameAndInterpreter,
  silenceAndOneWordReplies,
];
