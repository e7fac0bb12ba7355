// Round 13, Jitsi Meet: whole sentences that appear at once, and sentences said again.
// Written ONLY from /work/shared/research/caption-platforms.md (§6: `div.transcription-subtitles`, plus
// class `lifted` when there is only one participant; one `<p>` per transcript message id, each with a
// `<span>` whose text is "<participantName>: " + (final || stable + unstable); interim replaced by final
// in the same paragraph; §7 note that white-label apps embed Jitsi) and the runner's API
// (test/captions/independent/kit.ts, runner.ts). No product code or fixture was read.
// Where §6 is silent I chose the most plausible behaviour, said so below:
//  - in-call markers: the conference page `#videoconference_page` with the toolbox hang-up button;
//    leaving unmounts the conference page and returns to the welcome page;
//  - a final subtitle paragraph is removed a few seconds after it is finalised (a timeout);
//  - the span holds one text node that is rewritten in place (React text update);
//  - the local participant's subtitles carry the local display name.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.jit.si/ClinicRoom4242';
const SELF = 'Dr. Alice Smith';

const BODY = `
<div id="videoconference_page"><div id="largeVideoContainer" class="videocontainer"><div id="largeVideoWrapper"><video id="largeVideo" autoplay></video></div></div>
<div class="transcription-subtitles"></div>
<div class="filmstrip"><span class="displayname">Jordan Lee</span><span class="displayname">Dr. Alice Smith (me)</span></div>
<div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items"><div aria-label="Toggle mute audio" role="button" class="toolbox-button"></div><div aria-label="Leave the meeting" role="button" class="toolbox-button hangup-button"></div></div></div></div></div>`;

const FORBIDDEN = ['Jordan Lee:', 'Dr. Alice Smith:', 'Sam Lee:'];

interface Para {
  p: HTMLElement;
  node: Text;
}

const subs = (doc: Document) => q(doc, '.transcription-subtitles');

/** A new paragraph (new message id) whose span already holds `name: text` (one write). */
function add(doc: Document, name: string, text: string): Para {
  const para = el(doc, '<p><span></span></p>');
  const node = doc.createTextNode(`${name}: ${text}`);
  para.firstElementChild!.appendChild(node);
  subs(doc).appendChild(para);
  return { p: para, node };
}

/** Interim stable+unstable grows word by word, then the final replaces it in the same paragraph. */
async function say(pg: Page, name: string, interim: string, final: string, step = 200): Promise<Para> {
  const words = interim.split(' ');
  const para = add(pg.doc, name, words[0]!);
  await pg.sleep(step);
  for (let i = 2; i <= words.length; i++) {
    para.node.data = `${name}: ${words.slice(0, i).join(' ')}`;
    await pg.sleep(step);
  }
  para.node.data = `${name}: ${final}`;
  await pg.sleep(step);
  return para;
}

function leave(p: Page) {
  q(p.doc, '#videoconference_page').remove();
  p.doc.body.appendChild(el(p.doc, '<div class="welcome" id="welcome_page"><h1>Start a new meeting</h1></div>'));
  p.win.history.pushState({}, '', '/');
}

export const jitsiScenarios: Scenario[] = [
  {
    // Jordan's first "Can you hear me now?" (interim → final) times out and is removed. Later he says it
    // again: a new paragraph that arrives final-only, whole, in one write — and, with no answer, a
    // SECOND identical paragraph of his 1.2 s later while the first repeat is still shown (two
    // identical <p> on screen at once, both new speech).
    name: 'jitsi: question repeated after its paragraph timed out, then twice in a row on screen',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    productTiming: true,
    forbidden: FORBIDDEN,
    async play(p) {
      const j1 = await say(p, 'Jordan Lee', 'can you hear me now', 'Can you hear me now?');
      await p.sleep(500);
      const a1 = await say(p, SELF, 'yes i hear you fine', 'Yes, I hear you fine.');
      await p.sleep(1500);
      j1.p.remove(); // timeout
      await p.sleep(600);
      a1.p.remove();
      const a2 = await say(p, SELF, 'tell me about the headaches', 'Tell me about the headaches.');
      await p.sleep(400);
      const j2 = await say(p, 'Jordan Lee', 'they come every afternoon', 'They come every afternoon.');
      await p.sleep(2000);
      a2.p.remove();
      await p.sleep(400);
      j2.p.remove();
      await p.sleep(1500);
      add(p.doc, 'Jordan Lee', 'Can you hear me now?');
      await p.sleep(1200);
      add(p.doc, 'Jordan Lee', 'Can you hear me now?');
      await p.sleep(800);
      await say(p, SELF, 'yes you dropped for a moment', 'Yes, you dropped for a moment.');
    },
    leave,
    expected: [
      { speaker: 'Jordan Lee', text: 'Can you hear me now?' },
      { speaker: SELF, text: 'Yes, I hear you fine.' },
      { speaker: SELF, text: 'Tell me about the headaches.' },
      { speaker: 'Jordan Lee', text: 'They come every afternoon.' },
      { speaker: 'Jordan Lee', text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'Can you hear me now?' },
      { speaker: SELF, text: 'Yes, you dropped for a moment.' },
    ],
  },
  {
    // The same sentence "Could you repeat that please?" by two speakers; the second one (Sam) arrives in
    // a burst together with Jordan's next sentence — two new paragraphs appended in the same task, both
    // already final (overlapping speakers; §6 gives one <p> per message id, so two messages can land
    // together). Alice's identical paragraph is still on screen when Sam's appears.
    name: 'jitsi: same sentence by two speakers, the second in a two-paragraph burst',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    forbidden: FORBIDDEN,
    async play(p) {
      await say(p, 'Jordan Lee', 'the rash is spreading', 'The rash is spreading.', 150);
      await p.sleep(400);
      await say(p, SELF, 'could you repeat that please', 'Could you repeat that please?', 150);
      await p.sleep(400);
      await say(p, 'Jordan Lee', 'i said the rash is spreading', 'I said the rash is spreading.', 150);
      await p.sleep(500);
      add(p.doc, 'Sam Lee', 'Could you repeat that please?');
      add(p.doc, 'Jordan Lee', 'It is on my arm now.');
      await p.sleep(800);
      await say(p, SELF, 'thank you i will take a look', 'Thank you, I will take a look.', 150);
    },
    leave,
    expected: [
      { speaker: 'Jordan Lee', text: 'The rash is spreading.' },
      { speaker: SELF, text: 'Could you repeat that please?' },
      { speaker: 'Jordan Lee', text: 'I said the rash is spreading.' },
      { speaker: 'Sam Lee', text: 'Could you repeat that please?' },
      { speaker: 'Jordan Lee', text: 'It is on my arm now.' },
      { speaker: SELF, text: 'Thank you, I will take a look.' },
    ],
  },
  {
    // Alice's "I will send it today." times out; later she says it again, grown word by word (interim)
    // then final. Right after, Jordan drops out briefly: only one participant is left, so the container
    // gets the `lifted` class (§6), and loses it when he rejoins — a re-render of the subtitles view
    // while the repeated sentence is still shown. Nothing in it is new speech.
    name: 'jitsi: repeated sentence grows, then the subtitles container is lifted and lowered',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    productTiming: true,
    forbidden: FORBIDDEN,
    async play(p) {
      const a1 = await say(p, SELF, 'i will send it today', 'I will send it today.');
      await p.sleep(400);
      const j1 = await say(p, 'Jordan Lee', 'okay to the email on file', 'Okay, to the email on file?');
      await p.sleep(400);
      const a2 = await say(p, SELF, 'yes the same address', 'Yes, the same address.');
      await p.sleep(1500);
      a1.p.remove();
      await p.sleep(300);
      j1.p.remove();
      await p.sleep(300);
      a2.p.remove();
      await p.sleep(800);
      await say(p, 'Jordan Lee', 'and the blood test form', 'And the blood test form?');
      await p.sleep(500);
      await say(p, SELF, 'i will send it today', 'I will send it today.');
      await p.sleep(200);
      subs(p.doc).classList.add('lifted');
      await p.sleep(900);
      subs(p.doc).classList.remove('lifted');
      await p.sleep(500);
      await say(p, 'Jordan Lee', 'sorry i lost you for a second', 'Sorry, I lost you for a second.');
      await p.sleep(400);
      await say(p, SELF, 'no problem the form is on its way', 'No problem, the form is on its way.');
    },
    leave,
    expected: [
      { speaker: SELF, text: 'I will send it today.' },
      { speaker: 'Jordan Lee', text: 'Okay, to the email on file?' },
      { speaker: SELF, text: 'Yes, the same address.' },
      { speaker: 'Jordan Lee', text: 'And the blood test form?' },
      { speaker: SELF, text: 'I will send it today.' },
      { speaker: 'Jordan Lee', text: 'Sorry, I lost you for a second.' },
      { speaker: SELF, text: 'No problem, the form is on its way.' },
    ],
  },
];
