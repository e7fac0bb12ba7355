// Jitsi Meet blind scenarios (round 19). Written only from /work/shared/research/caption-platforms.md:
//   §6 (subtitles container `div.transcription-subtitles`, class `lifted` while only one participant
//       is present, one `<p>` per transcript message id with one `<span>` whose text is
//       "<participantName>: " + (final || stable + unstable); interim replaced by final in the same
//       paragraph),
//   §7 (telehealth products embed Jitsi; many white-label builds),
//   §8 (MutationObserver on characterData/childList; noise filters; notifications are not captions),
//   §9 (two speakers alternating, a self speaker, growth in place, non-caption live regions present).
// The research is silent on Jitsi's URL, in-call markers, notification/reaction DOM and on what
// leaving looks like; those parts are assumptions, named above each scenario.
import { el, q } from '../independent/kit.ts';
import type { Page, Scenario } from '../independent/kit.ts';

/** A text state (without the "Name: " prefix), a hold in ms, or a side effect. */
type Step = string | number | ((p: Page) => void);

interface Turn {
  who: string;
  steps: Step[];
  gap: number;
}

/** Deterministic spread in [lo, hi] so word updates do not tick like a metronome. */
const spread = (i: number, lo: number, hi: number) => lo + ((i * 47 + 13) % (hi - lo + 1));

function words(base: string, text: string): string[] {
  const w = text.split(' ');
  return w.map((_, i) => (base ? `${base} ` : '') + w.slice(0, i + 1).join(' '));
}

/** Interim (stable + unstable) is lower-case and unpunctuated, then `final` replaces it. */
function jsay(final: string, interim?: string): string[] {
  let raw = interim ?? final.replace(/[¿¡]/g, '').replace(/[.,!?;]+(?=\s|$)/g, '');
  if (interim === undefined && !/^I(\s|')/.test(raw)) raw = raw.charAt(0).toLowerCase() + raw.slice(1);
  return [...words('', raw), final];
}

// Assumed in-call page: the conference page root, the large video, the filmstrip, the toolbox with a
// hang-up button, and a notifications area; the subtitles container sits over the large video.
function jitsiBody(people: string[], alone: boolean): string {
  const tiles = people
    .map((n, i) => `<span class="videocontainer" id="participant_${i}"><span class="displayname">${n}</span></span>`)
    .join('');
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay muted playsinline></video></div></div>
      <div class="filmstrip"><div id="filmstripRemoteVideos">${tiles}</div></div>
      <div class="transcription-subtitles${alone ? ' lifted' : ''}"></div>
    </div>
    <div class="reactions-animations-container" aria-hidden="true"></div>
    <div class="notifications-container" aria-live="polite" role="log"></div>
    <div class="new-toolbox visible">
      <div class="toolbox-content"><div class="toolbox-content-items">
        <div aria-label="Mute microphone" role="button" class="toolbox-button"><span>Mute</span></div>
        <div aria-label="Raise your hand" role="button" class="toolbox-button"><span>Raise hand</span></div>
        <div aria-label="Stop subtitles" role="button" class="toolbox-button toggled"><span>CC</span></div>
        <div aria-label="Leave the meeting" role="button" class="hangup-button toolbox-button"><span>Leave</span></div>
      </div></div>
    </div>
  </div>
</div>`;
}

interface JitsiOpts {
  lo: number;
  hi: number;
  /** Keep only the newest N paragraphs (older finals are taken off the screen). */
  keep?: number;
}

async function jitsiPlay(p: Page, turns: Turn[], o: JitsiOpts) {
  const box = q(p.doc, '.transcription-subtitles');
  let i = 0;
  for (const t of turns) {
    let node: Text | null = null;
    for (const s of t.steps) {
      if (typeof s === 'number') {
        await p.sleep(s);
      } else if (typeof s === 'function') {
        s(p);
      } else {
        const full = `${t.who}: ${s}`;
        if (!node) {
          const para = el(p.doc, '<p><span></span></p>');
          node = p.doc.createTextNode(full);
          q(para, 'span').appendChild(node);
          box.appendChild(para);
          if (o.keep !== undefined) {
            while (box.children.length > o.keep) box.firstElementChild?.remove();
          }
        } else if (node.data !== full) {
          node.data = full;
        }
        await p.sleep(spread(i++, o.lo, o.hi));
      }
    }
    await p.sleep(t.gap);
  }
}

/** Leaving (assumed): the conference page, with toolbox, hang-up button and subtitles, is unmounted. */
function jitsiLeave(p: Page) {
  q(p.doc, '#videoconference_page').remove();
}

function notify(p: Page, id: string, title: string, desc = '') {
  q(p.doc, '.notifications-container').appendChild(
    el(
      p.doc,
      `<div class="notification" role="alert" data-id="${id}"><div class="notification-title">${title}</div>${desc ? `<div class="notification-description">${desc}</div>` : ''}<button aria-label="Close">×</button></div>`,
    ),
  );
}
function unnotify(p: Page, id: string) {
  p.doc.querySelector(`.notifications-container [data-id="${id}"]`)?.remove();
}

// ------------------------------------------------------------------------------------------------
// Scenario 1. Assumptions where the research is silent: URL meet.jit.si/<Room>; the local user's own
// speech is subtitled under her display name; the clinician is alone at first (`lifted`), the patient's
// arrival shows a "joined the meeting" notification and drops `lifted`; raise-hand and chat
// notifications use a "Name: text"-like title/description pair in a separate notifications log (so
// they look like subtitles but are not inside `.transcription-subtitles`); emoji reactions float in
// their own container; every short reply is its own transcript message (its own `<p>`).
// ------------------------------------------------------------------------------------------------
const j1Self = 'Dr. Farah Haddad';
const j1Pt = 'Owen Mercer';

const j1: Scenario = {
  name: 'jitsi: antidepressant follow-up, rapid short answers, join/raise-hand/reaction/chat notifications',
  url: 'https://meet.jit.si/RiversideClinicFollowUp',
  selfNames: [j1Self],
  body: jitsiBody([j1Self], true),
  async play(p) {
    await p.sleep(400);
    notify(p, 'join', `${j1Pt} joined the meeting`);
    q(p.doc, '#filmstripRemoteVideos').appendChild(el(p.doc, `<span class="videocontainer" id="participant_1"><span class="displayname">${j1Pt}</span></span>`));
    q(p.doc, '.transcription-subtitles').classList.remove('lifted');
    await p.sleep(900);
    await jitsiPlay(
      p,
      [
        { who: j1Self, steps: [(pg) => unnotify(pg, 'join'), ...jsay('Hi Owen, can you hear me okay?', 'hi Owen can you hear me okay')], gap: 600 },
        { who: j1Pt, steps: jsay('Yep, loud and clear.'), gap: 500 },
        {
          who: j1Self,
          steps: [...words('', 'great still taking the cert'), 'great still taking the sertraline', 'great still taking the sertraline every', 'great still taking the sertraline every morning', 'Great. Still taking the sertraline every morning?'],
          gap: 300,
        },
        { who: j1Pt, steps: jsay('Yes.'), gap: 250 },
        { who: j1Self, steps: jsay('Missed any doses?'), gap: 300 },
        { who: j1Pt, steps: jsay('Maybe one.'), gap: 300 },
        {
          who: j1Self,
          steps: [
            (pg) => q(pg.doc, '.reactions-animations-container').appendChild(el(pg.doc, '<div class="reaction-emoji" data-reaction="like">👍</div>')),
            ...jsay('Okay. Sleep?'),
          ],
          gap: 250,
        },
        { who: j1Pt, steps: jsay('Better.'), gap: 300 },
        { who: j1Self, steps: jsay('Appetite?'), gap: 250 },
        { who: j1Pt, steps: jsay('About the same.'), gap: 700 },
        { who: j1Self, steps: jsay('Any thoughts of hurting yourself since we last talked?'), gap: 900 },
        {
          who: j1Pt,
          steps: [(pg) => notify(pg, 'hand', `${j1Pt} raised their hand`), ...jsay('No, none.')],
          gap: 500,
        },
        {
          who: j1Self,
          steps: [
            (pg) => unnotify(pg, 'hand'),
            ...jsay("Thank you for telling me. How's your mood day to day, on a scale of one to ten?"),
          ],
          gap: 1000,
        },
        {
          who: j1Pt,
          steps: [
            (pg) => notify(pg, 'chat', `${j1Pt}:`, 'can the refill go to the Elm Street pharmacy instead'),
            ...jsay('Most days a six, some days a seven, which is honestly a lot better than in the spring.'),
          ],
          gap: 600,
        },
        { who: j1Self, steps: jsay("That's real progress. Let's keep the same dose and talk again in four weeks."), gap: 400 },
        { who: j1Pt, steps: [(pg) => unnotify(pg, 'chat'), ...jsay('Sounds good.')], gap: 200 },
      ],
      { lo: 90, hi: 200 },
    );
  },
  leave: jitsiLeave,
  expected: [
    { speaker: j1Self, role: 'clinician', text: 'Hi Owen, can you hear me okay?' },
    { speaker: j1Pt, role: 'patient', text: 'Yep, loud and clear.' },
    { speaker: j1Self, role: 'clinician', text: 'Great. Still taking the sertraline every morning?' },
    { speaker: j1Pt, role: 'patient', text: 'Yes.' },
    { speaker: j1Self, role: 'clinician', text: 'Missed any doses?' },
    { speaker: j1Pt, role: 'patient', text: 'Maybe one.' },
    { speaker: j1Self, role: 'clinician', text: 'Okay. Sleep?' },
    { speaker: j1Pt, role: 'patient', text: 'Better.' },
    { speaker: j1Self, role: 'clinician', text: 'Appetite?' },
    { speaker: j1Pt, role: 'patient', text: 'About the same.' },
    { speaker: j1Self, role: 'clinician', text: 'Any thoughts of hurting yourself since we last talked?' },
    { speaker: j1Pt, role: 'patient', text: 'No, none.' },
    { speaker: j1Self, role: 'clinician', text: "Thank you for telling me. How's your mood day to day, on a scale of one to ten?" },
    { speaker: j1Pt, role: 'patient', text: 'Most days a six, some days a seven, which is honestly a lot better than in the spring.' },
    { speaker: j1Self, role: 'clinician', text: "That's real progress. Let's keep the same dose and talk again in four weeks." },
    { speaker: j1Pt, role: 'patient', text: 'Sounds good.' },
  ],
  forbidden: ['joined the meeting', 'raised their hand', '👍', 'Elm Street pharmacy', 'refill go to', '×', 'Raise hand', 'Leave the meeting'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 2 (product timing). Assumptions where the research is silent: a white-label clinic room on
// meet.jit.si; the transcriber's interim Spanish lacks accents and inverted marks, which the final
// restores (so earlier words change at the end); spoken numbers become digits in the final
// ("ciento veinte y ciento treinta" → "120 y 130"); during a 3.5 s pause mid-sentence the message stays
// the same (no new message id), so the paragraph keeps growing afterwards; participant names with
// accents and a "Dra." title appear verbatim before the ": " separator.
// ------------------------------------------------------------------------------------------------
const j2Self = 'Dra. Lucía Márquez';
const j2Pt = 'Héctor Ruiz Peña';
const j2PauseA = 'no mucho pero cuando me pongo los zapatos de trabajo';
const j2Pause = 'No mucho, pero cuando me pongo los zapatos de trabajo me aprieta y se pone rojo alrededor.';

const j2: Scenario = {
  name: 'jitsi: Spanish/English diabetic foot check, accents restored, 3.5 s mid-sentence pause, product timing',
  url: 'https://meet.jit.si/ClinicaSanMateoTelesalud',
  selfNames: [j2Self],
  productTiming: true,
  body: jitsiBody([j2Self, j2Pt], false),
  async play(p) {
    await jitsiPlay(
      p,
      [
        { who: j2Self, steps: jsay('Buenos días, don Héctor. ¿Cómo siguen los pies?', 'buenos dias don Hector como siguen los pies'), gap: 900 },
        {
          who: j2Pt,
          steps: jsay(
            'Buenos días, doctora. Pues el pie izquierdo tiene una ampollita que no se quiere cerrar.',
            'buenos dias doctora pues el pie izquierdo tiene una ampollita que no se quiere cerrar',
          ),
          gap: 600,
        },
        { who: j2Self, steps: jsay('¿Desde cuándo?', 'desde cuando'), gap: 300 },
        { who: j2Pt, steps: jsay('Desde el domingo.'), gap: 400 },
        { who: j2Self, steps: jsay('¿Le duele?'), gap: 700 },
        {
          who: j2Pt,
          steps: [...words('', j2PauseA), 3500, ...words(j2PauseA, 'me aprieta y se pone rojo alrededor'), j2Pause],
          gap: 800,
        },
        {
          who: j2Self,
          steps: jsay('Okay. Can you show me on the camera? Acérquelo un poquito.', 'okay can you show me on the camera acerquelo un poquito'),
          gap: 1200,
        },
        { who: j2Pt, steps: jsay('¿Así está bien?', 'asi esta bien'), gap: 300 },
        { who: j2Self, steps: jsay('Sí, perfecto. Se ve limpia, sin pus.', 'si perfecto se ve limpia sin pus'), gap: 800 },
        {
          who: j2Pt,
          steps: jsay('My daughter put Neosporin on it, ¿está bien eso?', 'my daughter put neo sporting on it esta bien eso'),
          gap: 500,
        },
        {
          who: j2Self,
          steps: jsay(
            'Sí, está bien. Manténgala cubierta y use los tenis, not the work boots, por una semana.',
            'si esta bien mantengala cubierta y use los tenis not the work boots por una semana',
          ),
          gap: 400,
        },
        { who: j2Pt, steps: jsay('Ándale, está bien.', 'andale esta bien'), gap: 900 },
        { who: j2Self, steps: jsay('¿Y el azúcar? ¿Cómo le ha salido en ayunas?', 'y el azucar como le ha salido en ayunas'), gap: 600 },
        { who: j2Pt, steps: jsay('Entre 120 y 130.', 'entre ciento veinte y ciento treinta'), gap: 500 },
        {
          who: j2Self,
          steps: jsay('Muy bien. Si se pone más roja o le da fiebre, me llama ese mismo día.', 'muy bien si se pone mas roja o le da fiebre me llama ese mismo dia'),
          gap: 300,
        },
        { who: j2Pt, steps: jsay('Sí, doctora. Gracias.', 'si doctora gracias'), gap: 200 },
      ],
      { lo: 150, hi: 250 },
    );
  },
  leave: jitsiLeave,
  expected: [
    { speaker: j2Self, role: 'clinician', text: 'Buenos días, don Héctor. ¿Cómo siguen los pies?' },
    { speaker: j2Pt, role: 'patient', text: 'Buenos días, doctora. Pues el pie izquierdo tiene una ampollita que no se quiere cerrar.' },
    { speaker: j2Self, role: 'clinician', text: '¿Desde cuándo?' },
    { speaker: j2Pt, role: 'patient', text: 'Desde el domingo.' },
    { speaker: j2Self, role: 'clinician', text: '¿Le duele?' },
    { speaker: j2Pt, role: 'patient', text: j2Pause },
    { speaker: j2Self, role: 'clinician', text: 'Okay. Can you show me on the camera? Acérquelo un poquito.' },
    { speaker: j2Pt, role: 'patient', text: '¿Así está bien?' },
    { speaker: j2Self, role: 'clinician', text: 'Sí, perfecto. Se ve limpia, sin pus.' },
    { speaker: j2Pt, role: 'patient', text: 'My daughter put Neosporin on it, ¿está bien eso?' },
    { speaker: j2Self, role: 'clinician', text: 'Sí, está bien. Manténgala cubierta y use los tenis, not the work boots, por una semana.' },
    { speaker: j2Pt, role: 'patient', text: 'Ándale, está bien.' },
    { speaker: j2Self, role: 'clinician', text: '¿Y el azúcar? ¿Cómo le ha salido en ayunas?' },
    { speaker: j2Pt, role: 'patient', text: 'Entre 120 y 130.' },
    { speaker: j2Self, role: 'clinician', text: 'Muy bien. Si se pone más roja o le da fiebre, me llama ese mismo día.' },
    { speaker: j2Pt, role: 'patient', text: 'Sí, doctora. Gracias.' },
  ],
  forbidden: ['Leave the meeting', 'Raise hand', 'Mute'],
};

// ------------------------------------------------------------------------------------------------
// Scenario 3. Assumptions where the research is silent: husband and wife on one tablet are one
// Jitsi participant ("Walter Kim"), so both are subtitled under that name, each message its own `<p>`;
// the transcriber's interim (stable + unstable) can get several earlier words wrong and the final fixes
// them together with the dose ("done a pizza ten milligrams" → "donepezil, 10 mg"); the subtitles
// area shows only the newest 5 messages, older finished paragraphs are removed (seconds after they
// became final). Both people on the tablet are expected as the one speaker with the patient role.
// ------------------------------------------------------------------------------------------------
const j3Self = 'Dr. Gabriel Stone';
const j3Dev = 'Walter Kim';

const j3: Scenario = {
  name: 'jitsi: memory clinic, husband and wife on one tablet, recogniser rewrites earlier words and doses',
  url: 'https://meet.jit.si/MemoryCareVisit7731',
  selfNames: [j3Self],
  body: jitsiBody([j3Self, j3Dev], false),
  async play(p) {
    await jitsiPlay(
      p,
      [
        { who: j3Self, steps: jsay('Hello Walter, hello June. Thanks for joining on the tablet today.', 'hello Walter hello June thanks for joining on the tablet today'), gap: 800 },
        { who: j3Dev, steps: jsay('Hello, doctor.'), gap: 600 },
        { who: j3Dev, steps: jsay("Hi. He's doing okay, but the evenings are harder."), gap: 500 },
        { who: j3Self, steps: jsay('Harder how? More confused, or more restless?'), gap: 700 },
        { who: j3Dev, steps: jsay('Restless. He wanders around looking for his car keys.'), gap: 500 },
        {
          who: j3Self,
          steps: [...words('', 'is he still on the done'), 'is he still on the donepezil', 'Is he still on the donepezil?'],
          gap: 600,
        },
        {
          who: j3Dev,
          steps: [
            ...words('', 'yes the done a pizza ten'),
            'yes the donepezil ten milligrams',
            'yes the donepezil ten milligrams at',
            'yes the donepezil ten milligrams at night',
            'Yes, the donepezil, 10 mg at night.',
          ],
          gap: 400,
        },
        { who: j3Dev, steps: jsay('I take it with my tea.'), gap: 600 },
        { who: j3Self, steps: jsay("That's fine. Any trouble sleeping, Walter?", "that's fine any trouble sleeping Walter"), gap: 300 },
        { who: j3Dev, steps: jsay('No.'), gap: 400 },
        { who: j3Dev, steps: jsay("He's up at three most nights."), gap: 900 },
        {
          who: j3Self,
          steps: [
            ...words('', 'lets try moving the done up as ill to the morning and adding melatonin three'),
            "let's try moving the donepezil to the morning and adding melatonin three milligrams",
            ...words("let's try moving the donepezil to the morning and adding melatonin three milligrams", 'an hour before bed'),
            "Let's try moving the donepezil to the morning, and adding melatonin 3 mg an hour before bed.",
          ],
          gap: 700,
        },
        { who: j3Dev, steps: jsay('Morning instead of night. Okay.'), gap: 500 },
        { who: j3Self, steps: jsay('And keep the evenings calm, lights on, a familiar routine.'), gap: 400 },
        { who: j3Dev, steps: jsay('I like my routine.'), gap: 500 },
        { who: j3Self, steps: jsay("Good. We'll talk again in six weeks."), gap: 200 },
      ],
      { lo: 90, hi: 200, keep: 5 },
    );
  },
  leave: jitsiLeave,
  expected: [
    { speaker: j3Self, role: 'clinician', text: 'Hello Walter, hello June. Thanks for joining on the tablet today.' },
    { speaker: j3Dev, role: 'patient', text: 'Hello, doctor.' },
    { speaker: j3Dev, role: 'patient', text: "Hi. He's doing okay, but the evenings are harder." },
    { speaker: j3Self, role: 'clinician', text: 'Harder how? More confused, or more restless?' },
    { speaker: j3Dev, role: 'patient', text: 'Restless. He wanders around looking for his car keys.' },
    { speaker: j3Self, role: 'clinician', text: 'Is he still on the donepezil?' },
    { speaker: j3Dev, role: 'patient', text: 'Yes, the donepezil, 10 mg at night.' },
    { speaker: j3Dev, role: 'patient', text: 'I take it with my tea.' },
    { speaker: j3Self, role: 'clinician', text: "That's fine. Any trouble sleeping, Walter?" },
    { speaker: j3Dev, role: 'patient', text: 'No.' },
    { speaker: j3Dev, role: 'patient', text: "He's up at three most nights." },
    { speaker: j3Self, role: 'clinician', text: "Let's try moving the donepezil to the morning, and adding melatonin 3 mg an hour before bed." },
    { speaker: j3Dev, role: 'patient', text: 'Morning instead of night. Okay.' },
    { speaker: j3Self, role: 'clinician', text: 'And keep the evenings calm, lights on, a familiar routine.' },
    { speaker: j3Dev, role: 'patient', text: 'I like my routine.' },
    { speaker: j3Self, role: 'clinician', text: "Good. We'll talk again in six weeks." },
  ],
  forbidden: ['Leave the meeting', 'Raise hand'],
};

export const jitsiScenarios: Scenario[] = [j1, j2, j3];
