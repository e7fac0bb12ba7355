// Round 12, Jitsi Meet: exact repeats and short turns. Written ONLY from
// /work/shared/research/caption-platforms.md and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixture was read. Sections relied on:
//   §6: `<div class="transcription-subtitles">` (class `lifted` when only one participant) holding one
//   `<p>` per transcript message id, each with a `<span>` whose text is
//   `"<participantName>: " + (final || stable + unstable)` (name inline, colon separator); interim
//   text is replaced by the final text in the same paragraph; newer builds also list subtitles in the
//   chat panel under `#subtitles-messages-list` / `#subtitles-messages-container`, hashed classes,
//   items structured `[name?][content][time]`.
// Where §6 is silent I chose (and say so per scenario): the meeting page markers (`#videoconference_page`,
// the toolbox with a "Leave the meeting" hangup button) and what leaving removes; that a paragraph is
// removed a few seconds (3.5 s) after its final text; that a new message id means a new `<p>` appended
// at the end; that the local user's paragraphs carry the local display name.
// The local user (selfNames) is the clinician; the single remote participant is the patient.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.jit.si/ClinicRoom-4821';
const DOC = 'Elena Ruiz';
const PAT = 'Pablo Gómez';
const SELF = [DOC];
const REMOVE_AFTER_MS = 3500;
const FORBIDDEN = [`${DOC}:`, `${PAT}:`];

const SUBS = `<div class="transcription-subtitles"></div>`;
const body = (extra = '') => `
<div id="videoconference_page">
  <div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"></div></div>
  ${SUBS}
  <div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
    <div aria-label="Mute microphone" class="toolbox-button" role="button" tabindex="0"></div>
    <div aria-label="Leave the meeting" class="toolbox-button hangup-button" role="button" tabindex="0"></div>
  </div></div></div>
</div>${extra}`;

function leave(p: Page) {
  // Leaving unmounts the conference page (toolbox, subtitles, chat panel).
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc.querySelector('.chat-panel')?.remove();
}

const timers = new Set<ReturnType<typeof setTimeout>>();

interface Msg {
  p: HTMLParagraphElement;
  text: Text;
}

/** The current subtitles container (re-queried: it may be re-mounted). */
function subs(p: Page): HTMLElement {
  return q(p.doc, '.transcription-subtitles');
}

/** Optional chat-panel list mirroring the messages (newer builds). */
interface PanelRow {
  content: Text;
}

interface Say {
  step?: number;
  /** Also mirror into the chat-panel subtitles list, with this HH:MM time. */
  panelTime?: string;
}

let lastPanelSpeaker: string | undefined;

/**
 * One transcript message: a new `<p>` whose span grows as "Name: stable+unstable", then is replaced
 * by "Name: final"; removed REMOVE_AFTER_MS after the final text (my assumption). When panelTime is
 * given the same message also appears and grows in the chat-panel list (name only on the first of
 * consecutive messages from one speaker — "[name?]", my reading).
 */
async function say(p: Page, msgs: Msg[], name: string, raw: string, final: string, o: Say = {}): Promise<Msg> {
  const step = o.step ?? 200;
  const words = raw.split(' ');
  const para = el<HTMLParagraphElement>(p.doc, '<p><span></span></p>');
  const t = p.doc.createTextNode(`${name}: ${words[0]}`);
  para.firstElementChild!.appendChild(t);
  subs(p).appendChild(para);
  const m: Msg = { p: para, text: t };
  msgs.push(m);
  let row: PanelRow | undefined;
  if (o.panelTime !== undefined) {
    const showName = lastPanelSpeaker !== name;
    lastPanelSpeaker = name;
    const item = el(
      p.doc,
      `<div class="css-1q9kx2t-messageItem">${showName ? `<div class="css-7hd0s1-name">${name}</div>` : ''}<div class="css-0a8w3e-content"></div><div class="css-5kq2vd-time">${o.panelTime}</div></div>`,
    );
    const c = p.doc.createTextNode(words[0]!);
    q(item, '.css-0a8w3e-content').appendChild(c);
    q(p.doc, '#subtitles-messages-list').appendChild(item);
    row = { content: c };
  }
  await p.sleep(step);
  for (let i = 2; i <= words.length; i++) {
    const s = words.slice(0, i).join(' ');
    m.text.data = `${name}: ${s}`;
    if (row) row.content.data = s;
    await p.sleep(step);
  }
  m.text.data = `${name}: ${final}`;
  if (row) row.content.data = final;
  const timer = setTimeout(() => {
    timers.delete(timer);
    // The message may live in a re-mounted container by now: remove whichever paragraph holds it.
    m.p.remove();
  }, REMOVE_AFTER_MS);
  timers.add(timer);
  await p.sleep(step);
  return m;
}

const PANEL = `<div class="chat-panel"><div id="subtitles-messages-container" class="css-3m2kq1-container"><div id="subtitles-messages-list" class="css-8fz0c1-list"></div></div></div>`;

export const jitsiScenarios: Scenario[] = [
  {
    // §6 one `<p>` per transcript message id: the patient's two "Sí." are two messages, so two
    // paragraphs with the identical text "Pablo Gómez: Sí." are on screen at the same time (the first
    // is not yet removed when the second appears). A third "Sí." follows the next question. Spanish.
    name: 'jitsi: "Sí." twice in a row by the patient — two identical paragraphs on screen together',
    url: URL,
    selfNames: SELF,
    body: body(),
    async play(p) {
      const msgs: Msg[] = [];
      await say(p, msgs, DOC, 'le sigue doliendo la rodilla', '¿Le sigue doliendo la rodilla?', { step: 180 });
      await p.sleep(700);
      await say(p, msgs, PAT, 'sí', 'Sí.', { step: 250 });
      await p.sleep(1000);
      await say(p, msgs, PAT, 'sí', 'Sí.', { step: 250 });
      await p.sleep(1200);
      await say(p, msgs, DOC, 'al subir escaleras', '¿Al subir escaleras?', { step: 180 });
      await p.sleep(700);
      await say(p, msgs, PAT, 'sí', 'Sí.', { step: 250 });
      await p.sleep(900);
      await say(p, msgs, DOC, 'vale gracias', 'Vale, gracias.', { step: 180 });
      await p.sleep(600);
    },
    leave,
    expected: [
      { speaker: DOC, text: '¿Le sigue doliendo la rodilla?' },
      { speaker: PAT, text: 'Sí.' },
      { speaker: PAT, text: 'Sí.' },
      { speaker: DOC, text: '¿Al subir escaleras?' },
      { speaker: PAT, text: 'Sí.' },
      { speaker: DOC, text: 'Vale, gracias.' },
    ],
    forbidden: FORBIDDEN,
  },
  {
    // §6 interim "okay" replaced by the final "Okay." in the same paragraph; both speakers say "Okay."
    // alternately at a natural pace, so paragraphs come and go (removal 3.5 s after the final text is
    // my assumption) and at times two "…: Okay." paragraphs of different speakers are shown together.
    name: 'jitsi: "Okay." said alternately by both speakers, paragraphs removed after a timeout',
    url: URL,
    selfNames: SELF,
    body: body(),
    productTiming: true,
    async play(p) {
      const msgs: Msg[] = [];
      await say(p, msgs, DOC, 'i will send the lab form to your email', 'I will send the lab form to your email.', { step: 220 });
      await p.sleep(1500);
      await say(p, msgs, PAT, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1700);
      await say(p, msgs, DOC, 'okay', 'Okay.', { step: 250 });
      await p.sleep(1500);
      await say(p, msgs, PAT, 'okay', 'Okay.', { step: 250 });
      await p.sleep(2200);
      await say(p, msgs, DOC, 'okay bye now', 'Okay, bye now.', { step: 220 });
      await p.sleep(1500);
      await say(p, msgs, PAT, 'bye', 'Bye.', { step: 250 });
      await p.sleep(4000);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'I will send the lab form to your email.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Okay.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: DOC, text: 'Okay, bye now.' },
      { speaker: PAT, text: 'Bye.' },
    ],
    forbidden: FORBIDDEN,
  },
  {
    // The research does not describe a re-mount of the subtitles container; the plausible one I model:
    // React replaces `.transcription-subtitles` with a new node rendering the SAME current messages
    // (same text, one of them still interim and then continuing to grow in the new node). §6 `lifted`
    // class toggled (a third participant briefly joins and leaves). "Can you hear me?" is said at the
    // start and again later after the first paragraph has gone — a genuine repeat.
    name: 'jitsi: subtitles container re-mounted with the same paragraphs, "Can you hear me?" twice',
    url: URL,
    selfNames: SELF,
    body: body(),
    async play(p) {
      const msgs: Msg[] = [];
      const remount = () => {
        const old = subs(p);
        const fresh = el(p.doc, SUBS);
        fresh.className = old.className;
        // The still-displayed messages are rendered again into new paragraphs; keep growing them there.
        for (const m of msgs) {
          if (!m.p.isConnected) continue;
          const np = el<HTMLParagraphElement>(p.doc, '<p><span></span></p>');
          const nt = p.doc.createTextNode(m.text.data);
          np.firstElementChild!.appendChild(nt);
          fresh.appendChild(np);
          m.p = np;
          m.text = nt;
        }
        old.replaceWith(fresh);
      };
      await say(p, msgs, DOC, 'can you hear me', 'Can you hear me?', { step: 180 });
      await p.sleep(600);
      await say(p, msgs, PAT, 'yes', 'Yes.', { step: 250 });
      await p.sleep(500);
      remount();
      subs(p).classList.add('lifted');
      await p.sleep(900);
      subs(p).classList.remove('lifted');
      const growing = say(p, msgs, DOC, 'the picture froze for a moment', 'The picture froze for a moment.', { step: 220 });
      await p.sleep(500);
      remount(); // while the clinician's message is still interim
      await growing;
      await p.sleep(4200); // everything on screen has timed out by now
      await say(p, msgs, DOC, 'can you hear me', 'Can you hear me?', { step: 180 });
      await p.sleep(600);
      await say(p, msgs, PAT, 'yes now i can', 'Yes, now I can.', { step: 200 });
      await p.sleep(400);
      remount();
      await p.sleep(600);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: DOC, text: 'The picture froze for a moment.' },
      { speaker: DOC, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes, now I can.' },
    ],
    forbidden: FORBIDDEN,
  },
  {
    // §6 newer builds list subtitles in the chat panel (`#subtitles-messages-list`, hashed classes,
    // `[name?][content][time]`) while the overlay paragraphs are also shown: every message is on the
    // page twice and must be captured once. The patient's two back-to-back "Mm-hmm." in the same
    // minute give two panel rows that are identical ([no name] "Mm-hmm." "10:31") apart from position.
    // The closing one-word "No." paragraph leaves the overlay 3.5 s after its final text (my
    // assumption) while the panel keeps it.
    name: 'jitsi: chat-panel subtitles beside the overlay, "Mm-hmm." twice in one minute, closing "No."',
    url: URL,
    selfNames: SELF,
    body: body(PANEL),
    productTiming: true,
    async play(p) {
      const msgs: Msg[] = [];
      lastPanelSpeaker = undefined;
      await say(p, msgs, DOC, 'the x-ray shows a small fracture in the wrist', 'The X-ray shows a small fracture in the wrist.', { step: 200, panelTime: '10:31' });
      await p.sleep(1300);
      await say(p, msgs, PAT, 'mm-hmm', 'Mm-hmm.', { step: 250, panelTime: '10:31' });
      await p.sleep(1600);
      await say(p, msgs, PAT, 'mm-hmm', 'Mm-hmm.', { step: 250, panelTime: '10:31' });
      await p.sleep(1300);
      await say(p, msgs, DOC, 'you will need a cast for about six weeks', 'You will need a cast for about six weeks.', { step: 200, panelTime: '10:31' });
      await p.sleep(1300);
      await say(p, msgs, PAT, 'mm-hmm', 'Mm-hmm.', { step: 250, panelTime: '10:31' });
      await p.sleep(1300);
      await say(p, msgs, DOC, 'any questions', 'Any questions?', { step: 200, panelTime: '10:32' });
      await p.sleep(1200);
      await say(p, msgs, PAT, 'no', 'No.', { step: 250, panelTime: '10:32' });
      await p.sleep(1500);
      await say(p, msgs, DOC, 'okay see you next week', 'Okay, see you next week.', { step: 200, panelTime: '10:32' });
      await p.sleep(4000);
    },
    leave,
    expected: [
      { speaker: DOC, text: 'The X-ray shows a small fracture in the wrist.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: DOC, text: 'You will need a cast for about six weeks.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: DOC, text: 'Any questions?' },
      { speaker: PAT, text: 'No.' },
      { speaker: DOC, text: 'Okay, see you next week.' },
    ],
    forbidden: [...FORBIDDEN, '10:31', '10:32'],
  },
];
