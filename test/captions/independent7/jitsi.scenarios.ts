// Jitsi Meet scenarios, round 7 (long calls, late starts, other UI languages). Written only from
// /work/shared/research/caption-platforms.md §1, §6, §8, §9 and the CODEBOOK "Live captions"
// paragraph: `.transcription-subtitles` (+ `lifted` when alone) holds one <p><span> per transcript
// message id, the span text is "<participantName>: " + (final || stable + unstable), and the interim
// is replaced by the final in the same paragraph. Lines are dropped 3 s after their last update (the
// JIT source's REMOVE_AFTER_MS clearer), so long calls keep only the last few lines on screen.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL_BASE = 'https://meet.jit.si/';
/** Jitsi clears a transcript message this long after its last update. */
const EXPIRE_MS = 3000;

interface Labels {
  lang: string;
  mic: string;
  cam: string;
  subs: string;
  chat: string;
  hangup: string;
  transcribing: string;
  me: string;
  chatTitle: string;
  send: string;
  welcome: string;
}

const EN: Labels = {
  lang: 'en',
  mic: 'Mute',
  cam: 'Stop camera',
  subs: 'Stop subtitles',
  chat: 'Open chat',
  hangup: 'Leave the meeting',
  transcribing: 'Transcribing',
  me: '(me)',
  chatTitle: 'Chat',
  send: 'Send',
  welcome: 'Start meeting',
};
const FR: Labels = {
  lang: 'fr',
  mic: 'Couper le micro',
  cam: 'Arrêter la caméra',
  subs: 'Désactiver les sous-titres',
  chat: 'Ouvrir le chat',
  hangup: 'Quitter la réunion',
  transcribing: 'Transcription en cours',
  me: '(moi)',
  chatTitle: 'Discussion',
  send: 'Envoyer',
  welcome: 'Démarrer la réunion',
};
const DE: Labels = {
  lang: 'de',
  mic: 'Mikrofon stummschalten',
  cam: 'Kamera ausschalten',
  subs: 'Untertitel ausschalten',
  chat: 'Chat öffnen',
  hangup: 'Konferenz verlassen',
  transcribing: 'Transkription läuft',
  me: '(ich)',
  chatTitle: 'Chat',
  send: 'Senden',
  welcome: 'Konferenz starten',
};
const PT: Labels = {
  lang: 'pt-BR',
  mic: 'Silenciar microfone',
  cam: 'Desligar câmera',
  subs: 'Desativar legendas',
  chat: 'Abrir bate-papo',
  hangup: 'Sair da reunião',
  transcribing: 'Transcrevendo',
  me: '(eu)',
  chatTitle: 'Bate-papo',
  send: 'Enviar',
  welcome: 'Iniciar reunião',
};
const JA: Labels = {
  lang: 'ja',
  mic: 'マイクをミュート',
  cam: 'カメラを停止',
  subs: '字幕を停止',
  chat: 'チャットを開く',
  hangup: '会議から退出',
  transcribing: '文字起こし中',
  me: '(自分)',
  chatTitle: 'チャット',
  send: '送信',
  welcome: '会議を開始',
};

interface ChatMsg {
  name: string;
  text: string;
  time: string;
}

function chatItem(m: ChatMsg): string {
  return `<div class="chatmessage-wrapper"><div class="chatmessage"><div class="replywrapper"><div class="messagecontent"><div class="display-name">${m.name}</div><div class="usermessage">${m.text}</div></div></div></div><div class="timestamp">${m.time}</div></div>`;
}

/** The in-call page: large video, subtitles overlay, filmstrip, toolbox with hangup, chat side panel. */
function conference(o: {
  l: Labels;
  self: string;
  others: string[];
  subtitles?: string;
  lifted?: boolean;
  chat?: ChatMsg[];
  /** Extra panel content (newer builds: subtitles list in the chat panel). */
  panelExtra?: string;
}): string {
  const remote = o.others
    .map((n, i) => `<span id="participant_${(0xa1f0 + i).toString(16)}" class="videocontainer"><div class="videocontainer__background"></div><video autoplay playsinline></video><div class="videocontainer__toolbar"></div><span class="displayname">${n}</span></span>`)
    .join('');
  const btn = (label: string, extra = '') =>
    `<div aria-label="${label}" aria-pressed="false" class="toolbox-button ${extra}" role="button" tabindex="0"><div class="toolbox-icon"><div class="jitsi-icon"><svg height="20" width="20" viewBox="0 0 20 20"><path d="M0 0h20v20H0z"></path></svg></div></div></div>`;
  return `<div id="react" lang="${o.l.lang}">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer">
        <div id="sharedVideo"></div>
        <div id="largeVideoBackgroundContainer"></div>
        <div id="largeVideoWrapper"><video id="largeVideo" autoplay playsinline muted></video></div>
      </div>
      <div class="transcription-subtitles${o.lifted ? ' lifted' : ''}">${o.subtitles ?? ''}</div>
      <div class="subject visible"><div class="subject-info-container"><div class="subject-text">${o.l === JA ? '診察室' : 'Clinic room'}</div><span class="subject-timer">12:04</span></div><div class="recording-label"><span class="transcription-label">${o.l.transcribing}</span></div></div>
      <div class="filmstrip">
        <div id="remoteVideos"><div id="filmstripRemoteVideos"><div id="filmstripRemoteVideosContainer">${remote}</div></div></div>
        <span id="localVideoContainer" class="videocontainer"><video id="localVideo_container" autoplay playsinline muted></video><span class="displayname">${o.self} ${o.l.me}</span></span>
      </div>
    </div>
    <div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-wrapper"><div class="toolbox-content-items">
      ${btn(o.l.mic, 'audio-preview')}${btn(o.l.cam, 'video-preview')}${btn(o.l.chat)}${btn(o.l.subs, 'toggled')}${btn(o.l.hangup, 'hangup-button')}
    </div></div></div></div>
    <div id="sideToolbarContainer" class="chat-container">
      <div class="chat-header"><span>${o.l.chatTitle}</span></div>
      <div id="chatconversation">${(o.chat ?? []).map(chatItem).join('')}</div>
      ${o.panelExtra ?? ''}
      <div id="chat-input"><textarea id="chat-input-messagebox" placeholder="${o.l.chatTitle}"></textarea><button aria-label="${o.l.send}">${o.l.send}</button></div>
    </div>
  </div>
</div>`;
}

/** Hanging up: the conference page is torn down and the app routes back to its welcome page. */
function hangUp(p: Page, l: Labels) {
  p.doc.getElementById('videoconference_page')?.remove();
  const react = q(p.doc, '#react');
  react.appendChild(el(p.doc, `<div id="welcome_page" class="welcome"><div class="welcome-page-button">${l.welcome}</div></div>`));
  p.win.history.replaceState(null, '', '/');
}

const box = (p: Page) => q(p.doc, '.transcription-subtitles');

/**
 * One transcript message: a new <p><span> whose text is "<name>: " + interim, grown chunk by chunk
 * (characterData on the span's one text node), then replaced by the final; the whole paragraph is
 * dropped EXPIRE_MS after its last update. Returns the paragraph.
 */
async function say(
  p: Page,
  name: string,
  interim: string,
  final: string,
  o: { step?: number; expire?: number | false } = {},
): Promise<HTMLElement> {
  const step = o.step ?? 70;
  const prefix = `${name}:`;
  const from = prefix.split(' ').length + 1;
  const node = p.doc.createTextNode(`${prefix} ${interim.split(' ')[0]}`);
  const para = el(p.doc, '<p><span></span></p>');
  para.firstElementChild!.appendChild(node);
  box(p).appendChild(para);
  await p.sleep(step);
  await grow(p, node, `${prefix} ${interim}`, `${prefix} ${final}`, step, from);
  if (o.expire !== false) p.win.setTimeout(() => para.remove(), o.expire ?? EXPIRE_MS);
  return para;
}

/** Grows a text node through whole-string snapshots (for scripts without spaces, e.g. Japanese). */
async function growChars(p: Page, node: Text, snapshots: string[], stepMs = 110) {
  for (const s of snapshots) {
    node.data = s;
    await p.sleep(stepMs);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Long call: 44 short alternating turns; each line expires 3 s after its final, so the overlay
//    never holds more than a handful of lines and every early element is gone by the end.

const LONG_DR = 'Dr. Priya Nair';
const LONG_PT = 'Marcus Bell';
const longTurns: [string, string, string][] = [
  [LONG_DR, 'hi Marcus can you hear me', 'Hi Marcus, can you hear me?'],
  [LONG_PT, 'yes loud and clear', 'Yes, loud and clear.'],
  [LONG_DR, 'great this is the asthma follow up', 'Great, this is the asthma follow-up.'],
  [LONG_PT, 'okay sounds good', 'Okay, sounds good.'],
  [LONG_DR, 'how is your breathing this week', 'How is your breathing this week?'],
  [LONG_PT, 'better than last month', 'Better than last month.'],
  [LONG_DR, 'any wheezing at night', 'Any wheezing at night?'],
  [LONG_PT, 'maybe twice', 'Maybe twice.'],
  [LONG_DR, 'which nights were those', 'Which nights were those?'],
  [LONG_PT, 'monday and thursday I think', 'Monday and Thursday, I think.'],
  [LONG_DR, 'was it cold outside', 'Was it cold outside?'],
  [LONG_PT, 'very cold both times', 'Very cold both times.'],
  [LONG_DR, 'did you use the rescue inhaler', 'Did you use the rescue inhaler?'],
  [LONG_PT, 'two puffs each night', 'Two puffs each night.'],
  [LONG_DR, 'and did that settle it', 'And did that settle it?'],
  [LONG_PT, 'within ten minutes', 'Within ten minutes.'],
  [LONG_DR, 'good what about the daily one', 'Good. What about the daily one?'],
  [LONG_PT, 'every morning after breakfast', 'Every morning after breakfast.'],
  [LONG_DR, 'are you rinsing your mouth after', 'Are you rinsing your mouth after?'],
  [LONG_PT, 'most days yes', 'Most days, yes.'],
  [LONG_DR, 'try to make that every day', 'Try to make that every day.'],
  [LONG_PT, 'I will set a reminder', 'I will set a reminder.'],
  [LONG_DR, 'any chest tightness with exercise', 'Any chest tightness with exercise?'],
  [LONG_PT, 'only on the stairs at work', 'Only on the stairs at work.'],
  [LONG_DR, 'how many flights', 'How many flights?'],
  [LONG_PT, 'four floors', 'Four floors.'],
  [LONG_DR, 'do you stop halfway', 'Do you stop halfway?'],
  [LONG_PT, 'sometimes on the third', 'Sometimes on the third.'],
  [LONG_DR, 'is that new since winter', 'Is that new since winter?'],
  [LONG_PT, 'it started in december', 'It started in December.'],
  [LONG_DR, 'any fever or cough with it', 'Any fever or cough with it?'],
  [LONG_PT, 'a dry cough now and then', 'A dry cough now and then.'],
  [LONG_DR, 'anyone smoking at home', 'Anyone smoking at home?'],
  [LONG_PT, 'my brother outside on the porch', 'My brother, outside on the porch.'],
  [LONG_DR, 'that can still matter', 'That can still matter.'],
  [LONG_PT, 'I will talk to him', "I'll talk to him."],
  [LONG_DR, 'let us check your peak flow diary', "Let's check your peak flow diary."],
  [LONG_PT, 'mostly around four hundred', 'Mostly around four hundred.'],
  [LONG_DR, 'lowest reading', 'Lowest reading?'],
  [LONG_PT, 'three twenty on monday', 'Three twenty on Monday.'],
  [LONG_DR, 'I want to step up the preventer dose', 'I want to step up the preventer dose.'],
  [LONG_PT, 'for how long', 'For how long?'],
  [LONG_DR, 'eight weeks then we review', 'Eight weeks, then we review.'],
  [LONG_PT, 'perfect thank you doctor', 'Perfect, thank you, doctor.'],
];

const longChat: ChatMsg[] = [{ name: LONG_DR, text: 'Reminder: bring your peak flow diary', time: '09:58' }];

const longCall: Scenario = {
  // §6 one <p> per message id, name inline with colon, final replaces interim; lines expire (JIT REMOVE_AFTER_MS).
  name: 'jitsi long call: 44 short turns, lines expire 3 s after final',
  url: `${URL_BASE}AsthmaReview-NairBell`,
  selfNames: [LONG_DR],
  body: conference({ l: EN, self: LONG_DR, others: [], lifted: true, chat: longChat }),
  async play(p) {
    await p.sleep(300);
    // The patient joins: thumbnail appears, the overlay loses `lifted`.
    q(p.doc, '#filmstripRemoteVideosContainer').appendChild(
      el(p.doc, `<span id="participant_7c21" class="videocontainer"><span class="displayname">${LONG_PT}</span></span>`),
    );
    box(p).classList.remove('lifted');
    await p.sleep(200);
    for (const [i, [who, interim, final]] of longTurns.entries()) {
      await say(p, who, interim, final, { step: 55 });
      await p.sleep(120);
      if (i === 20) {
        q(p.doc, '#chatconversation').insertAdjacentHTML('beforeend', chatItem({ name: LONG_PT, text: 'sorry my dog is barking', time: '10:06' }));
      }
    }
  },
  leave: (p) => hangUp(p, EN),
  expected: longTurns.map(([who, , final]) => ({ speaker: who, role: who === LONG_DR ? 'clinician' : 'patient', text: final })),
  loose: true,
  forbidden: ['Reminder', 'bring your peak flow diary', 'dog is barking', 'Leave the meeting', 'Transcribing', '(me)', 'Stop subtitles'],
};

// ---------------------------------------------------------------------------------------------
// 2. Late start: the overlay already holds three lines (two finals, one interim mid-growth) when the
//    page is first seen. Jitsi keeps only the last ~3 s, so these are the live tail of the call.

const LS_DR = 'Dr. Owen Hartley';
const LS_PT = 'Grace Mensah';
const late: Scenario = {
  // §6 paragraph structure, interim→final in place; §9 capture of what is already on screen.
  name: 'jitsi late start: overlay already holds lines, interim keeps growing',
  url: `${URL_BASE}hartley-followup-0412`,
  selfNames: [LS_DR],
  body: conference({
    l: EN,
    self: LS_DR,
    others: [LS_PT],
    subtitles:
      `<p><span>${LS_DR}: And the rash on your forearm, is it still itchy?</span></p>` +
      `<p><span>${LS_PT}: Less than before, the cream helps.</span></p>` +
      `<p><span>${LS_DR}: good and are you putting it on</span></p>`,
    chat: [
      { name: LS_PT, text: 'photo of the rash attached', time: '14:11' },
      { name: LS_DR, text: 'Thanks, got it', time: '14:12' },
    ],
  }),
  async play(p) {
    const paras = box(p).querySelectorAll('p');
    const first = paras[0]!;
    const second = paras[1]!;
    const live = paras[2]!.firstElementChild!.firstChild as Text;
    // The older finals expire on Jitsi's timer while the clinician keeps talking.
    p.win.setTimeout(() => first.remove(), 400);
    p.win.setTimeout(() => second.remove(), 1500);
    await grow(
      p,
      live,
      `${LS_DR}: good and are you putting it on twice a day`,
      `${LS_DR}: Good, and are you putting it on twice a day?`,
      90,
      `${LS_DR}: good and are you putting it on`.split(' ').length,
    );
    p.win.setTimeout(() => live.parentElement?.parentElement?.remove(), EXPIRE_MS);
    await p.sleep(250);
    await say(p, LS_PT, 'mornings yes but I forget at night', 'Mornings, yes, but I forget at night.');
    await p.sleep(200);
    await say(p, LS_DR, 'try keeping the tube by your toothbrush', 'Try keeping the tube by your toothbrush.');
    await p.sleep(200);
    await say(p, LS_PT, 'that is a good idea', "That's a good idea.");
    await p.sleep(200);
    await say(p, LS_DR, 'we will check it again in two weeks', "We'll check it again in two weeks.");
  },
  leave: (p) => hangUp(p, EN),
  expected: [
    { speaker: LS_DR, role: 'clinician', text: 'And the rash on your forearm, is it still itchy?' },
    { speaker: LS_PT, role: 'patient', text: 'Less than before, the cream helps.' },
    { speaker: LS_DR, role: 'clinician', text: 'Good, and are you putting it on twice a day?' },
    { speaker: LS_PT, role: 'patient', text: 'Mornings, yes, but I forget at night.' },
    { speaker: LS_DR, role: 'clinician', text: 'Try keeping the tube by your toothbrush.' },
    { speaker: LS_PT, role: 'patient', text: "That's a good idea." },
    { speaker: LS_DR, role: 'clinician', text: "We'll check it again in two weeks." },
  ],
  loose: true,
  forbidden: ['photo of the rash', 'Thanks, got it', 'Leave the meeting', '(me)', 'Transcribing'],
};

// ---------------------------------------------------------------------------------------------
// 3. French UI, French speech: accented names and words, apostrophes, one ASR word rewrite on final.

const FR_DR = 'Dr Camille Martin';
const FR_PT = 'Élodie Fournier';
const french: Scenario = {
  // §6 "<participantName>: " prefix is not localized; §9 localization (labels in the UI language).
  name: 'jitsi French UI: French speech, accented names, localized labels',
  url: `${URL_BASE}consultation-martin-fournier`,
  selfNames: [FR_DR],
  body: conference({
    l: FR,
    self: FR_DR,
    others: [FR_PT],
    chat: [{ name: FR_PT, text: 'Rappel : ordonnance à renouveler', time: '16:02' }],
  }),
  async play(p) {
    await say(p, FR_DR, 'bonjour madame Fournier comment allez-vous aujourd’hui', 'Bonjour madame Fournier, comment allez-vous aujourd’hui ?');
    await p.sleep(200);
    await say(p, FR_PT, 'pas très bien j’ai des mots de tête depuis trois jours', 'Pas très bien, j’ai des maux de tête depuis trois jours.');
    await p.sleep(200);
    await say(p, FR_DR, 'est-ce que la douleur est plutôt le matin ou le soir', 'Est-ce que la douleur est plutôt le matin ou le soir ?');
    await p.sleep(150);
    q(p.doc, '#chatconversation').insertAdjacentHTML('beforeend', chatItem({ name: FR_DR, text: 'Je vous envoie le questionnaire', time: '16:04' }));
    await say(p, FR_PT, 'surtout le soir après l’écran', 'Surtout le soir, après l’écran.');
    await p.sleep(200);
    await say(p, FR_DR, 'd’accord on va essayer du paracétamol et des pauses régulières', 'D’accord, on va essayer du paracétamol et des pauses régulières.');
    await p.sleep(200);
    await say(p, FR_PT, 'très bien merci docteur', 'Très bien, merci docteur.');
  },
  leave: (p) => hangUp(p, FR),
  expected: [
    { speaker: FR_DR, role: 'clinician', text: 'Bonjour madame Fournier, comment allez-vous aujourd’hui ?' },
    { speaker: FR_PT, role: 'patient', text: 'Pas très bien, j’ai des maux de tête depuis trois jours.' },
    { speaker: FR_DR, role: 'clinician', text: 'Est-ce que la douleur est plutôt le matin ou le soir ?' },
    { speaker: FR_PT, role: 'patient', text: 'Surtout le soir, après l’écran.' },
    { speaker: FR_DR, role: 'clinician', text: 'D’accord, on va essayer du paracétamol et des pauses régulières.' },
    { speaker: FR_PT, role: 'patient', text: 'Très bien, merci docteur.' },
  ],
  loose: true,
  forbidden: ['Rappel', 'ordonnance à renouveler', 'questionnaire', 'Quitter la réunion', 'Transcription en cours', '(moi)', 'Désactiver les sous-titres'],
};

// ---------------------------------------------------------------------------------------------
// 4. German UI, German speech: the patient's long stretch arrives as four consecutive transcript
//    messages (four <p>, same name), then a quick exchange of one-word turns.

const DE_DR = 'Dr. Anna Vogel';
const DE_PT = 'Jürgen Weiß';
const deStretch: [string, string][] = [
  ['also angefangen hat es vor ungefähr drei Wochen beim Joggen im Park', 'Also, angefangen hat es vor ungefähr drei Wochen beim Joggen im Park.'],
  ['erst war es nur ein Ziehen im rechten Knie', 'Erst war es nur ein Ziehen im rechten Knie.'],
  ['dann wurde es jeden Tag ein bisschen schlimmer vor allem beim Treppensteigen', 'Dann wurde es jeden Tag ein bisschen schlimmer, vor allem beim Treppensteigen.'],
  ['und seit letztem Wochenende ist das Knie auch leicht geschwollen', 'Und seit letztem Wochenende ist das Knie auch leicht geschwollen.'],
];
const deQuick: [string, string, string][] = [
  [DE_DR, 'verstanden', 'Verstanden.'],
  [DE_PT, 'genau', 'Genau.'],
  [DE_DR, 'nachts', 'Nachts?'],
  [DE_PT, 'manchmal', 'Manchmal.'],
  [DE_DR, 'Fieber', 'Fieber?'],
  [DE_PT, 'nein', 'Nein.'],
  [DE_DR, 'gut', 'Gut.'],
  [DE_PT, 'danke', 'Danke.'],
];
const german: Scenario = {
  // §6 one <p> per message id (a long turn = several <p> with the same name); §9 same-speaker continuation.
  name: 'jitsi German UI: long turn split over four paragraphs, then one-word turns',
  url: `${URL_BASE}Sprechstunde-Vogel`,
  selfNames: [DE_DR],
  body: conference({
    l: DE,
    self: DE_DR,
    others: [DE_PT],
    chat: [{ name: DE_DR, text: 'Hinweis: bitte Kamera auf das Knie richten', time: '08:31' }],
  }),
  async play(p) {
    await say(p, DE_DR, 'Herr Weiß erzählen Sie mal wie das mit dem Knie angefangen hat', 'Herr Weiß, erzählen Sie mal, wie das mit dem Knie angefangen hat.');
    await p.sleep(250);
    for (const [interim, final] of deStretch) {
      await say(p, DE_PT, interim, final, { step: 65 });
      await p.sleep(60);
    }
    await p.sleep(300);
    for (const [who, interim, final] of deQuick) {
      await say(p, who, interim, final, { step: 150 });
      await p.sleep(180);
    }
    await p.sleep(200);
    await say(p, DE_DR, 'dann machen wir nächste Woche ein MRT', 'Dann machen wir nächste Woche ein MRT.');
  },
  leave: (p) => hangUp(p, DE),
  expected: [
    { speaker: DE_DR, role: 'clinician', text: 'Herr Weiß, erzählen Sie mal, wie das mit dem Knie angefangen hat.' },
    ...deStretch.map(([, final]) => ({ speaker: DE_PT, role: 'patient' as const, text: final })),
    ...deQuick.map(([who, , final]) => ({ speaker: who, role: who === DE_DR ? ('clinician' as const) : ('patient' as const), text: final })),
    { speaker: DE_DR, role: 'clinician', text: 'Dann machen wir nächste Woche ein MRT.' },
  ],
  loose: true,
  forbidden: ['Hinweis', 'Kamera auf das Knie', 'Konferenz verlassen', 'Transkription läuft', '(ich)', 'Untertitel ausschalten'],
};

// ---------------------------------------------------------------------------------------------
// 5. Network hiccup (Portuguese UI, English speech): the patient's interim stalls mid-sentence for
//    2.6 s (under Jitsi's 3 s clearer, so the line stays), then jumps ahead many words at once; the
//    clinician's reply, said during the hiccup, lands already final in one mutation.

const PT_DR = 'Dra. Beatriz Souza';
const PT_PT = 'Daniel Okafor';
const hiccup: Scenario = {
  // §6 interim (stable + unstable) replaced in place by a longer text and then the final; §8.7 stabilisation must not cut the turn.
  name: 'jitsi Portuguese UI: network freeze mid-sentence, then text jumps ahead',
  url: `${URL_BASE}ClinicaSouza-retorno`,
  selfNames: [PT_DR],
  body: conference({
    l: PT,
    self: PT_DR,
    others: [PT_PT],
    chat: [{ name: PT_DR, text: 'Link do formulário: clinica.example/form', time: '11:20' }],
  }),
  async play(p) {
    await say(p, PT_DR, 'so tell me about the back pain', 'So, tell me about the back pain.');
    await p.sleep(300);
    const prefix = `${PT_PT}:`;
    const node = p.doc.createTextNode(`${prefix} so`);
    const para = el(p.doc, '<p><span></span></p>');
    para.firstElementChild!.appendChild(node);
    box(p).appendChild(para);
    await p.sleep(80);
    await grow(p, node, `${prefix} so the pain started on`, undefined, 80, prefix.split(' ').length + 1);
    // Freeze: no transcript updates arrive for 2.6 s.
    await p.sleep(2600);
    node.data = `${prefix} so the pain started on Monday after I lifted the heavy boxes at work and it has not really gone away since`;
    await p.sleep(150);
    await grow(
      p,
      node,
      `${prefix} so the pain started on Monday after I lifted the heavy boxes at work and it has not really gone away since then`,
      `${prefix} So the pain started on Monday after I lifted the heavy boxes at work, and it has not really gone away since then.`,
      80,
      `${prefix} so the pain started on Monday after I lifted the heavy boxes at work and it has not really gone away since`.split(' ').length,
    );
    p.win.setTimeout(() => para.remove(), EXPIRE_MS);
    // The clinician's reply was transcribed during the hiccup and arrives already final.
    const reply = el(p.doc, `<p><span>${PT_DR}: Does it go down into your leg at all?</span></p>`);
    box(p).appendChild(reply);
    p.win.setTimeout(() => reply.remove(), EXPIRE_MS);
    await p.sleep(500);
    await say(p, PT_PT, 'no it stays in the lower back', 'No, it stays in the lower back.');
    await p.sleep(200);
    await say(p, PT_DR, 'okay let us start with some gentle stretches', "Okay, let's start with some gentle stretches.");
  },
  leave: (p) => hangUp(p, PT),
  expected: [
    { speaker: PT_DR, role: 'clinician', text: 'So, tell me about the back pain.' },
    { speaker: PT_PT, role: 'patient', text: 'So the pain started on Monday after I lifted the heavy boxes at work, and it has not really gone away since then.' },
    { speaker: PT_DR, role: 'clinician', text: 'Does it go down into your leg at all?' },
    { speaker: PT_PT, role: 'patient', text: 'No, it stays in the lower back.' },
    { speaker: PT_DR, role: 'clinician', text: "Okay, let's start with some gentle stretches." },
  ],
  loose: true,
  forbidden: ['formulário', 'clinica.example', 'Sair da reunião', 'Transcrevendo', '(eu)', 'Desativar legendas'],
};

// ---------------------------------------------------------------------------------------------
// 6. Long freeze: the stalled interim gets no update for 4 s, so Jitsi's 3 s clearer removes its
//    paragraph; when the connection recovers the same message comes back, fuller, in a new <p>.

const LF_DR = 'Dr. Helen Brooks';
const LF_PT = 'Ravi Patel';
const longFreeze: Scenario = {
  // §6 + JIT clearer: a message not updated for 3 s is removed, a later result for it renders a new <p>.
  name: 'jitsi long freeze: stalled interim line cleared, then returns fuller in a new paragraph',
  url: `${URL_BASE}brooks-cardiology-review`,
  selfNames: [LF_DR],
  body: conference({ l: EN, self: LF_DR, others: [LF_PT] }),
  async play(p) {
    await say(p, LF_DR, 'how have your ankles been', 'How have your ankles been?');
    await p.sleep(300);
    const prefix = `${LF_PT}:`;
    const node = p.doc.createTextNode(`${prefix} the`);
    const stalled = el(p.doc, '<p><span></span></p>');
    stalled.firstElementChild!.appendChild(node);
    box(p).appendChild(stalled);
    await p.sleep(80);
    await grow(p, node, `${prefix} the swelling in my left ankle gets`, undefined, 80, prefix.split(' ').length + 1);
    // No updates: after 3 s Jitsi drops the stale message.
    await p.sleep(EXPIRE_MS);
    stalled.remove();
    await p.sleep(1000);
    // Recovered: the next interim for the same message id renders a fresh paragraph.
    const node2 = p.doc.createTextNode(`${prefix} the swelling in my left ankle gets worse by the evening`);
    const back = el(p.doc, '<p><span></span></p>');
    back.firstElementChild!.appendChild(node2);
    box(p).appendChild(back);
    await p.sleep(120);
    await grow(
      p,
      node2,
      `${prefix} the swelling in my left ankle gets worse by the evening especially after a long shift`,
      `${prefix} The swelling in my left ankle gets worse by the evening, especially after a long shift.`,
      90,
      `${prefix} the swelling in my left ankle gets worse by the evening`.split(' ').length,
    );
    p.win.setTimeout(() => back.remove(), EXPIRE_MS);
    await p.sleep(250);
    await say(p, LF_DR, 'are you still taking the water tablet', 'Are you still taking the water tablet?');
    await p.sleep(200);
    await say(p, LF_PT, 'yes one every morning', 'Yes, one every morning.');
  },
  leave: (p) => hangUp(p, EN),
  expected: [
    { speaker: LF_DR, role: 'clinician', text: 'How have your ankles been?' },
    { speaker: LF_PT, role: 'patient', text: 'The swelling in my left ankle gets worse by the evening, especially after a long shift.' },
    { speaker: LF_DR, role: 'clinician', text: 'Are you still taking the water tablet?' },
    { speaker: LF_PT, role: 'patient', text: 'Yes, one every morning.' },
  ],
  loose: true,
  forbidden: ['Leave the meeting', 'Transcribing', '(me)'],
};

// ---------------------------------------------------------------------------------------------
// 7. Japanese UI, Japanese speech, newer build with the chat panel's subtitles list open: every
//    final also appears there as [name?][content][time], the name omitted on consecutive items from
//    the same speaker. Each utterance must still come out once.

const JA_DR = '山田 太郎';
const JA_PT = '佐藤 花子';
const jaTurns: [string, string[], string][] = [
  [JA_DR, ['こんにちは', 'こんにちは今日は', 'こんにちは今日はどうされましたか'], 'こんにちは、今日はどうされましたか。'],
  [JA_PT, ['昨日から', '昨日から喉が', '昨日から喉が痛くて'], '昨日から喉が痛くて。'],
  [JA_PT, ['熱も', '熱も少し', '熱も少しあります'], '熱も少しあります。'],
  [JA_DR, ['何度', '何度ぐらい', '何度ぐらいですか'], '何度ぐらいですか。'],
  [JA_PT, ['三十七度', '三十七度八分でした'], '三十七度八分でした。'],
  [JA_DR, ['分かりました', '分かりました水分を', '分かりました水分をしっかり取ってください'], '分かりました。水分をしっかり取ってください。'],
];
const japanese: Scenario = {
  // §6 overlay paragraphs plus the newer chat-panel list #subtitles-messages-list ([name?][content][time], hashed classes).
  name: 'jitsi Japanese UI: Japanese speech with the chat-panel subtitles list mirroring the overlay',
  url: `${URL_BASE}sato-shinsatsu`,
  selfNames: [JA_DR],
  body: conference({
    l: JA,
    self: JA_DR,
    others: [JA_PT],
    chat: [{ name: JA_PT, text: '保険証の写真を送ります', time: '19:02' }],
    panelExtra: '<div id="subtitles-messages-container" class="css-1x9q2ab-container"><div id="subtitles-messages-list" class="css-7hd3kq-list"></div></div>',
  }),
  async play(p) {
    const list = q(p.doc, '#subtitles-messages-list');
    let lastSpeaker = '';
    let minute = 4;
    for (const [who, snaps, final] of jaTurns) {
      const prefix = `${who}: `;
      const node = p.doc.createTextNode(prefix + snaps[0]);
      const para = el(p.doc, '<p><span></span></p>');
      para.firstElementChild!.appendChild(node);
      box(p).appendChild(para);
      await p.sleep(110);
      await growChars(p, node, [...snaps.slice(1).map((s) => prefix + s), prefix + final]);
      p.win.setTimeout(() => para.remove(), EXPIRE_MS);
      const nameHtml = who === lastSpeaker ? '' : `<div class="css-2kq9f1-name">${who}</div>`;
      list.appendChild(
        el(p.doc, `<div class="css-9f2mzd-item">${nameHtml}<div class="css-4hs0vd-content">${final}</div><div class="css-l3x8a2-time">19:0${minute}</div></div>`),
      );
      lastSpeaker = who;
      minute++;
      await p.sleep(220);
    }
  },
  leave: (p) => hangUp(p, JA),
  expected: jaTurns.map(([who, , final]) => ({ speaker: who, role: who === JA_DR ? 'clinician' : 'patient', text: final })),
  loose: true,
  forbidden: ['保険証', '会議から退出', '文字起こし中', '(自分)', '字幕を停止', '19:04', '19:05'],
};

export const jitsiScenarios: Scenario[] = [longCall, late, french, german, hiccup, longFreeze, japanese];
