// Jitsi Meet pages built from caption-platforms.md §6 only: `.transcription-subtitles` (plus `lifted`
// with one participant) holding one <p> per transcript message id, each with a <span> whose text is
// "<participantName>: " + (final || stable + unstable); interim text is replaced by the final text in
// the same paragraph. The page chrome (toolbox, hangup) is ordinary Jitsi UI, not caption facts.
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.jit.si/ClinicFollowUp4821';
const SELF = 'Dr. Amara Okafor';

function body(lifted = false): string {
  return `
<div id="videoconference_page">
  <div id="videospace">
    <div id="localVideoContainer"><span id="localDisplayName" class="displayname">${SELF} (me)</span></div>
    <div class="transcription-subtitles${lifted ? ' lifted' : ''}"></div>
  </div>
  <div class="new-toolbox"><div class="toolbox-content">
    <div aria-label="Stop subtitles" role="button" class="toolbox-button">cc</div>
    <div aria-label="Leave the meeting" role="button" class="toolbox-button hangup-button">hangup</div>
  </div></div>
</div>`;
}

function box(p: Page): HTMLElement {
  return q(p.doc, '.transcription-subtitles');
}

/** Adds the paragraph for one transcript message; returns its span's single text node. */
function para(p: Page, name: string, first: string): Text {
  const node = el(p.doc, '<p><span></span></p>');
  const t = p.doc.createTextNode(`${name}: ${first}`);
  node.firstElementChild!.appendChild(t);
  box(p).appendChild(node);
  return t;
}

/**
 * One message: interim `stable + unstable` updates (the unstable tail is re-guessed), then the final
 * text replaces it in the same paragraph.
 */
async function message(p: Page, name: string, interim: string[], final: string, ms = 90): Promise<Text> {
  const t = para(p, name, interim[0]!);
  await p.sleep(ms);
  for (const s of interim.slice(1)) {
    t.data = `${name}: ${s}`;
    await p.sleep(ms);
  }
  t.data = `${name}: ${final}`;
  await p.sleep(ms);
  return t;
}

/** Interim states from word growth: each step adds a word. */
const growth = (s: string) => s.split(' ').map((_, i, w) => w.slice(0, i + 1).join(' '));

async function say(p: Page, name: string, words: string, final = words, ms = 90) {
  return message(p, name, growth(words), final, ms);
}

function leave(p: Page) {
  // Hanging up leaves the conference page (Jitsi shows its welcome/close page instead).
  p.doc.querySelector('#videoconference_page')?.remove();
  p.doc.body.appendChild(el(p.doc, '<div class="welcome"><h1>Thank you for using Jitsi Meet</h1></div>'));
}

export const jitsiScenarios: Scenario[] = [
  {
    name: 'two speakers: interim stable+unstable growth, then the final text in the same paragraph',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'hello can you hear me okay', 'Hello, can you hear me okay?');
      await say(p, 'Peter Lindqvist', 'yes loud and clear', 'Yes, loud and clear.');
      await say(p, SELF, 'how has the new medication been', 'How has the new medication been?');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Hello, can you hear me okay?' },
      { speaker: 'Peter Lindqvist', role: 'patient', text: 'Yes, loud and clear.' },
      { speaker: SELF, role: 'clinician', text: 'How has the new medication been?' },
    ],
  },
  {
    name: 'unstable tail re-guessed: "I have pane in my knee" becomes "I have pain in my knee"',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'what brings you in', 'What brings you in?');
      await message(p, 'Maya Thompson', ['I', 'I have', 'I have pane', 'I have pane in', 'I have pain in my', 'I have pain in my knee'], 'I have pain in my knee.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'What brings you in?' },
      { speaker: 'Maya Thompson', role: 'patient', text: 'I have pain in my knee.' },
    ],
  },
  {
    name: 'the same speaker produces consecutive paragraphs (message ids)',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'tell me about your week', 'Tell me about your week.');
      await say(p, 'Chris Doyle', 'it was busy', 'It was busy.');
      await say(p, 'Chris Doyle', 'i worked late every night', 'I worked late every night.');
      await say(p, SELF, 'how did you sleep', 'How did you sleep?');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Tell me about your week.' },
      { speaker: 'Chris Doyle', role: 'patient', text: 'It was busy. I worked late every night.' },
      { speaker: SELF, role: 'clinician', text: 'How did you sleep?' },
    ],
  },
  {
    name: 'old paragraphs are removed from the subtitles as new ones arrive',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const turns: [string, string][] = [
        [SELF, 'Any dizziness this week?'],
        ['Greta Holm', 'Only once, on Tuesday.'],
        [SELF, 'What were you doing?'],
        ['Greta Holm', 'Standing up too fast.'],
        [SELF, 'Try to stand up slowly.'],
      ];
      for (const [who, what] of turns) {
        await say(p, who, what.replace(/[.,?]/g, '').toLowerCase(), what);
        while (box(p).children.length > 2) box(p).firstElementChild!.remove();
      }
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Any dizziness this week?' },
      { speaker: 'Greta Holm', role: 'patient', text: 'Only once, on Tuesday.' },
      { speaker: SELF, role: 'clinician', text: 'What were you doing?' },
      { speaker: 'Greta Holm', role: 'patient', text: 'Standing up too fast.' },
      { speaker: SELF, role: 'clinician', text: 'Try to stand up slowly.' },
    ],
  },
  {
    name: 'two messages in flight at once: both paragraphs keep updating',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const a = para(p, 'Leo Baptiste', 'I');
      await p.sleep(90);
      a.data = 'Leo Baptiste: I also';
      await p.sleep(90);
      const b = para(p, SELF, 'sorry');
      await p.sleep(90);
      a.data = 'Leo Baptiste: I also wanted to ask';
      b.data = `${SELF}: sorry go ahead`;
      await p.sleep(90);
      a.data = 'Leo Baptiste: I also wanted to ask about my refill.';
      b.data = `${SELF}: Sorry, go ahead.`;
      await p.sleep(200);
      await say(p, SELF, 'which refill do you need', 'Which refill do you need?');
    },
    leave,
    expected: [
      { speaker: 'Leo Baptiste', role: 'patient', text: 'I also wanted to ask about my refill.' },
      { speaker: SELF, role: 'clinician', text: 'Sorry, go ahead. Which refill do you need?' },
    ],
  },
  {
    name: 'accented and non-Latin participant names, and a colon inside the spoken text',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'when do you take the tablets', 'When do you take the tablets?');
      await say(p, 'José Álvarez-Núñez', 'at 8:30 and again at night', 'At 8:30: and again at night.');
      await say(p, '王伟', '我女儿会帮我翻译', '我女儿会帮我翻译。');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'When do you take the tablets?' },
      { speaker: 'José Álvarez-Núñez', role: 'patient', text: 'At 8:30: and again at night.' },
      { speaker: '王伟', text: '我女儿会帮我翻译。' },
    ],
  },
  {
    name: 'right-to-left: Arabic name and Arabic subtitles',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'how is your appetite', 'How is your appetite?');
      await say(p, 'سارة القحطاني', 'شهيتي ضعيفة هذا الأسبوع', 'شهيتي ضعيفة هذا الأسبوع.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How is your appetite?' },
      { speaker: 'سارة القحطاني', role: 'patient', text: 'شهيتي ضعيفة هذا الأسبوع.' },
    ],
  },
  {
    name: 'subtitles stopped (container removed) and started again (a new container, lifted)',
    url: URL,
    selfNames: [SELF],
    body: body(true),
    async play(p) {
      await say(p, SELF, 'i am going to turn subtitles off', 'I am going to turn subtitles off.');
      await p.sleep(300);
      const space = q(p.doc, '#videospace');
      box(p).remove();
      await p.sleep(700);
      space.appendChild(el(p.doc, '<div class="transcription-subtitles"></div>'));
      await say(p, 'Ingrid Sørensen', 'they are back on now', 'They are back on now.');
      await say(p, SELF, 'good let us continue', 'Good, let us continue.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'I am going to turn subtitles off.' },
      { speaker: 'Ingrid Sørensen', role: 'patient', text: 'They are back on now.' },
      { speaker: SELF, role: 'clinician', text: 'Good, let us continue.' },
    ],
  },
  {
    name: 'long monologue in one message, final text replaces a long interim',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, 'Tariq Hassan', 'can i tell you what happened', 'Can I tell you what happened?');
      await say(
        p,
        SELF,
        'of course take your time i want to hear the whole story from the beginning including when the symptoms started what you tried at home and whether anything made them better or worse over the following days',
        'Of course, take your time. I want to hear the whole story from the beginning, including when the symptoms started, what you tried at home, and whether anything made them better or worse over the following days.',
        30,
      );
    },
    leave,
    expected: [
      { speaker: 'Tariq Hassan', role: 'patient', text: 'Can I tell you what happened?' },
      {
        speaker: SELF,
        role: 'clinician',
        text: 'Of course, take your time. I want to hear the whole story from the beginning, including when the symptoms started, what you tried at home, and whether anything made them better or worse over the following days.',
      },
    ],
  },
  {
    name: '8x8.vc deployment: three speakers, patient and a family member',
    url: 'https://8x8.vc/vpaas-magic-cookie-0a1b2c3d/TelehealthRoom',
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'who is with you today', 'Who is with you today?');
      await say(p, 'Eleanor Price', 'my son is here too', 'My son is here too.');
      await say(p, 'Michael Price', 'hi i help with her medications', 'Hi, I help with her medications.');
      await say(p, SELF, 'thank you that is helpful', 'Thank you, that is helpful.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Who is with you today?' },
      { speaker: 'Eleanor Price', role: 'patient', text: 'My son is here too.' },
      { speaker: 'Michael Price', role: 'other', text: 'Hi, I help with her medications.' },
      { speaker: SELF, role: 'clinician', text: 'Thank you, that is helpful.' },
    ],
  },
  {
    name: 'a message paragraph re-rendered as a new node with the same text is not a new utterance',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await say(p, SELF, 'did the swelling go down', 'Did the swelling go down?');
      await say(p, 'Nadia Rossi', 'yes mostly', 'Yes, mostly.');
      await p.sleep(300);
      // A React re-render swaps both paragraphs for fresh nodes with identical content.
      const kids = [...box(p).children];
      for (const k of kids) k.replaceWith(k.cloneNode(true));
      await p.sleep(500);
      await say(p, SELF, 'keep your leg raised in the evening', 'Keep your leg raised in the evening.');
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'Did the swelling go down?' },
      { speaker: 'Nadia Rossi', role: 'patient', text: 'Yes, mostly.' },
      { speaker: SELF, role: 'clinician', text: 'Keep your leg raised in the evening.' },
    ],
  },
  {
    name: 'newer build: subtitles are also listed in the chat panel; each word is still said once',
    url: URL,
    selfNames: [SELF],
    body: body().replace('<div class="new-toolbox">', '<div id="subtitles-messages-container"><div id="subtitles-messages-list" class="x1k9a"></div></div><div class="new-toolbox">'),
    async play(p) {
      const list = q(p.doc, '#subtitles-messages-list');
      const mirror = (name: string, text: string) =>
        list.appendChild(el(p.doc, `<div class="m2b7c"><div class="n8f1d">${name}</div><div class="c3e9a">${text}</div><div class="t0q4z">10:0${list.children.length}</div></div>`));
      await say(p, SELF, 'how was the weekend', 'How was the weekend?');
      mirror(SELF, 'How was the weekend?');
      await say(p, 'Astrid Berg', 'quiet i mostly rested', 'Quiet, I mostly rested.');
      mirror('Astrid Berg', 'Quiet, I mostly rested.');
      await p.sleep(200);
    },
    leave,
    expected: [
      { speaker: SELF, role: 'clinician', text: 'How was the weekend?' },
      { speaker: 'Astrid Berg', role: 'patient', text: 'Quiet, I mostly rested.' },
    ],
  },
];
