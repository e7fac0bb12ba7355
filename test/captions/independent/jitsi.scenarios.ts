// Jitsi Meet scenarios written from caption-platforms.md §6 (not from product fixtures).
// `<div class="transcription-subtitles">` › one `<p>` per message id › `<span>"Name: " + text</span>`;
// interim (stable + unstable) text is replaced by the final text in the same paragraph.
import { el, q, type Page, type Scenario } from './kit.ts';

const URL = 'https://meet.jit.si/AllianceCheckup42';

/** Jitsi's toolbox hang-up button (not described in the research doc; the real web UI's shape). */
const toolbox = `<div class="new-toolbox visible"><div class="toolbox-content"><div class="toolbox-content-items">
  <div aria-label="Mute microphone" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon"><svg></svg></div></div>
  <div aria-label="Leave the meeting" class="toolbox-button" role="button" tabindex="0"><div class="toolbox-icon hangup-button"><div class="jitsi-icon"><svg></svg></div></div></div>
</div></div></div>`;

const page = (extra = '') => `<div id="videoconference_page"><div id="videospace">
  <div id="largeVideoContainer"><span class="displayname">Maria Garcia</span></div>
  <div class="transcription-subtitles lifted"></div></div>${extra}${toolbox}</div>`;

function leave(p: Page) {
  p.doc.querySelector('.hangup-button')?.closest('[role=button]')?.remove();
}

/** Interim: one text node rewritten with growing stable+unstable text; final: the span is replaced. */
async function say(p: Page, box: Element, name: string, interim: string, final: string, keepSpan = false) {
  const para = el(p.doc, '<p><span></span></p>');
  box.appendChild(para);
  const node = p.doc.createTextNode('');
  para.firstElementChild!.appendChild(node);
  const words = interim.split(' ');
  for (let i = 1; i <= words.length; i++) {
    node.data = `${name}: ${words.slice(0, i).join(' ')}`;
    await p.sleep(90);
  }
  if (keepSpan) node.data = `${name}: ${final}`;
  else para.replaceChildren(el(p.doc, `<span>${name}: ${final}</span>`));
  await p.sleep(150);
  return para;
}

const basic: Scenario = {
  name: 'jitsi: interim→final, colon inside text, old paragraphs removed',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: page(),
  async play(p) {
    const box = q(p.doc, '.transcription-subtitles');
    const p1 = await say(p, box, 'Maria Garcia', "i've been feeling dizzy since monday", "I've been feeling dizzy since Monday.");
    await p.sleep(300);
    await say(p, box, 'Dr. Alice Smith', 'your reading was 142 over 90', 'Your reading was: 142 over 90.', true);
    p1.remove(); // subtitles disappear after a timeout
    await say(p, box, 'Dr. Alice Smith', 'did you take your tablets today', 'Did you take your tablets today?');
    await say(p, box, 'Ken Ito', 'she forgot this morning', 'She forgot this morning.');
    box.firstElementChild?.remove();
  },
  leave,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: "I've been feeling dizzy since Monday." },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Your reading was: 142 over 90. Did you take your tablets today?' },
    { speaker: 'Ken Ito', role: 'other', text: 'She forgot this morning.' },
  ],
  forbidden: ['Maria Garcia:', 'Ken Ito:', 'Dr. Alice Smith:'],
};

/** Newer builds also list subtitles in the chat panel (`#subtitles-messages-list`, hashed classes,
 * items `[name?][content][time]`); the same lines must not be captured twice. */
const withPanel: Scenario = {
  name: 'jitsi: overlay plus the chat-panel subtitles list (no duplicates)',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: page(`<div class="chat-panel"><div id="subtitles-messages-container" class="css-1q2w3e"><div id="subtitles-messages-list" class="css-9k8j7h"></div></div>
    <div id="chat-conversation-container"><div class="chatmessage"><div class="display-name">Maria Garcia</div><div class="usermessage">is the link working</div></div></div></div>`),
  async play(p) {
    const box = q(p.doc, '.transcription-subtitles');
    const list = q(p.doc, '#subtitles-messages-list');
    const mirror = (name: string, text: string, time: string) =>
      list.appendChild(el(p.doc, `<div class="css-a1b2c3"><div class="css-n4m5e6">${name}</div><div class="css-c7d8e9">${text}</div><div class="css-t0m1e2">${time}</div></div>`));
    await say(p, box, 'Maria Garcia', 'the pain is sharp', 'The pain is sharp.');
    mirror('Maria Garcia', 'The pain is sharp.', '10:02');
    await say(p, box, 'Dr. Alice Smith', 'where exactly', 'Where exactly?', true);
    mirror('Dr. Alice Smith', 'Where exactly?', '10:02');
  },
  leave,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'The pain is sharp.' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Where exactly?' },
  ],
  forbidden: ['link working', '10:02'],
};

/** Two people talking at once: two interim paragraphs grow side by side, then both turn final. */
const concurrent: Scenario = {
  name: 'jitsi: two interim paragraphs at once',
  url: URL,
  selfNames: ['Dr. Alice Smith'],
  body: page(),
  async play(p) {
    const box = q(p.doc, '.transcription-subtitles');
    const mk = () => {
      const para = el(p.doc, '<p><span></span></p>');
      box.appendChild(para);
      const t = p.doc.createTextNode('');
      para.firstElementChild!.appendChild(t);
      return { para, t };
    };
    const a = mk();
    const b = mk();
    const aw = 'it started after the new medication'.split(' ');
    const bw = 'which one exactly'.split(' ');
    for (let i = 1; i <= aw.length; i++) {
      a.t.data = `Maria Garcia: ${aw.slice(0, i).join(' ')}`;
      if (i <= bw.length) b.t.data = `Dr. Alice Smith: ${bw.slice(0, i).join(' ')}`;
      await p.sleep(100);
    }
    b.para.replaceChildren(el(p.doc, '<span>Dr. Alice Smith: Which one exactly?</span>'));
    await p.sleep(100);
    a.para.replaceChildren(el(p.doc, '<span>Maria Garcia: It started after the new medication.</span>'));
  },
  leave,
  expected: [
    { speaker: 'Maria Garcia', role: 'patient', text: 'It started after the new medication.' },
    { speaker: 'Dr. Alice Smith', role: 'clinician', text: 'Which one exactly?' },
  ],
};

export const jitsiScenarios: Scenario[] = [basic, withPanel, concurrent];
