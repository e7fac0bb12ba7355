// Round 17, Jitsi Meet. Written only from /work/shared/research/caption-platforms.md (§6: the
// `.transcription-subtitles` container with one <p><span> per transcript message whose text is
// "<participantName>: " + (final || stable + unstable), interim replaced by final in the same
// paragraph; newer builds' chat-panel list `#subtitles-messages-container` / `#subtitles-messages-list`
// with hashed classes and items [name?][content][time]) and the kit API.
// The research is silent on Jitsi's URL, in-call markers, when subtitle paragraphs disappear, the local
// user's label, and whether chat-list items update in place; each assumption is noted where made.
import { el, type Expected, type Page, type Role, type Scenario } from '../independent/kit.ts';

interface Person {
  name: string;
  role?: Role;
}
interface Turn {
  who: string;
  /** The final transcript text. */
  say: string;
  /** Interim: the last word is first heard as this (the unstable part), then corrected. */
  misheard?: [index: number, as: string];
}

function expectedOf(turns: Turn[], people: Record<string, Person>): Expected[] {
  return turns.map((t) => {
    const who = people[t.who]!;
    const e: Expected = { speaker: who.name, text: t.say };
    if (who.role) e.role = who.role;
    return e;
  });
}

/** Interim strings: stable words + one unstable word, without the final punctuation. */
function interims(t: Turn): string[] {
  const words = t.say.replace(/[.,?!](?=\s|$)/g, '').split(' ');
  const out: string[] = [];
  for (let k = 1; k <= words.length; k++) {
    const stable = words.slice(0, k - 1);
    if (t.misheard && t.misheard[0] === k - 1) out.push([...stable, t.misheard[1]].join(' '));
    out.push([...stable, words[k - 1]!].join(' '));
  }
  return out;
}

/** Assumption: Jitsi's toolbox hang-up button marks the call; leaving removes the conference page. */
const page = (inner: string) =>
  `<div id="videoconference_page">${inner}<div class="toolbox-content"><div class="toolbox-button hangup-button" role="button" aria-label="Leave the meeting"></div></div></div>`;
const leaveJitsi = (p: Page) => p.doc.getElementById('videoconference_page')?.remove();

// 1. Stage subtitles: hypothyroid follow-up; interim (stable + unstable) then final per paragraph;
//    the patient cuts in; old paragraphs removed (assumption: only the latest 3 stay on screen).
const j1People: Record<string, Person> = {
  C: { name: 'Dr. Maya Cohen', role: 'clinician' },
  P: { name: 'Noah Fischer', role: 'patient' },
};
const j1Turns: Turn[] = [
  { who: 'C', say: 'Hi Noah, can you hear me?' },
  { who: 'P', say: 'Yes, hi doctor.' },
  { who: 'C', say: 'Your TSH came back high, so I want to adjust the levothyroxine.', misheard: [3, 'bag'] },
  { who: 'P', say: "Um, okay. I'm on 50 micrograms right now." },
  { who: 'C', say: "Right, we'll go up to 75 micrograms.", misheard: [2, 'goal'] },
  { who: 'P', say: 'Do I still take it before breakfast?' },
  { who: 'C', say: 'Yes, thirty minutes before breakfast, with water only.' },
  { who: 'P', say: 'What about my coffee?' },
  { who: 'C', say: 'Wait at least half an hour after the pill, ideally' },
  { who: 'P', say: 'Half an hour, okay.' },
  { who: 'C', say: 'Ideally a full hour if you can.' },
  { who: 'P', say: 'Sure.' },
  { who: 'C', say: "We'll recheck in six weeks, on a Monday, no, a Tuesday morning.", misheard: [4, 'weak'] },
  { who: 'P', say: 'Tuesday is good. Thanks.' },
];
const jitsiSubtitles: Scenario = {
  name: 'jitsi stage subtitles: "Name: " + stable+unstable then final in one <p>, interruption, old paragraphs removed',
  url: 'https://meet.jit.si/ClinicFollowUp-7731',
  selfNames: ['Dr. Maya Cohen'],
  body: page('<div class="transcription-subtitles"></div>'),
  async play(p) {
    const box = p.doc.querySelector('.transcription-subtitles')!;
    for (const t of j1Turns) {
      const name = j1People[t.who]!.name;
      const para = el(p.doc, '<p><span></span></p>');
      const node = p.doc.createTextNode('');
      para.firstElementChild!.appendChild(node);
      box.appendChild(para);
      for (const s of interims(t)) {
        node.data = `${name}: ${s}`;
        await p.sleep(90);
      }
      node.data = `${name}: ${t.say}`;
      while (box.children.length > 3) box.firstElementChild!.remove();
      await p.sleep(350);
    }
  },
  leave: leaveJitsi,
  expected: expectedOf(j1Turns, j1People),
  productTiming: true,
};

// 2. Chat-panel subtitles list (newer builds): items [name?][content][time] with hashed classes; the
//    name is left out on a same-speaker follow-up item. Assumptions: items are appended with the
//    interim text and then updated in place to the final; the stage overlay is not shown.
const j2People: Record<string, Person> = {
  C: { name: 'Dr. Lucas Meyer', role: 'clinician' },
  P: { name: 'Emma Brown', role: 'patient' },
  G: { name: 'Grace Brown', role: 'other' },
};
const j2Turns: Turn[] = [
  { who: 'C', say: "Hello Emma, I'm Dr. Meyer. What's going on with your ear?" },
  { who: 'P', say: 'It has been hurting since Thursday.' },
  { who: 'G', say: 'She had a fever of 38.5 last night.' },
  { who: 'C', say: 'Thanks. Emma, any fluid coming out of the ear?' },
  { who: 'P', say: 'Uh, a little yesterday.' },
  { who: 'C', say: 'Okay. It sounds like an ear infection.' },
  { who: 'C', say: "I'll prescribe amoxicillin, 500 milligrams twice a day for ten days." },
  { who: 'G', say: 'Ten days, even if she feels better?' },
  { who: 'C', say: 'Yes, finish the whole course.' },
  { who: 'P', say: 'Can I go swimming on Saturday?' },
  { who: 'C', say: 'Not this week, sorry.' },
  { who: 'P', say: 'Okay.' },
  { who: 'C', say: 'Paracetamol is fine for the pain.' },
  { who: 'G', say: 'Thank you, doctor.' },
];
const jitsiChatList: Scenario = {
  name: 'jitsi chat-panel subtitles list: hashed classes, [name?][content][time] items, name omitted on follow-ups',
  url: 'https://meet.jit.si/PedsEarCheck-5120',
  selfNames: ['Dr. Lucas Meyer'],
  body: page(
    '<div class="css-4kq2nw-chatPanel"><div id="subtitles-messages-container" class="css-9y1mfp-container"><div id="subtitles-messages-list" class="css-p0x3wd-list"></div></div></div>',
  ),
  async play(p) {
    const list = p.doc.getElementById('subtitles-messages-list')!;
    let last: string | null = null;
    for (const [i, t] of j2Turns.entries()) {
      const name = j2People[t.who]!.name;
      const time = `14:${String(2 + Math.floor(i / 3)).padStart(2, '0')}`;
      const nameHtml = last === t.who ? '' : `<div class="css-1b7x0ha-name">${name}</div>`;
      const item = el(
        p.doc,
        `<div class="css-7gm3dr-messageItem">${nameHtml}<div class="css-kq81zd-content"></div><div class="css-3u7xfv-time">${time}</div></div>`,
      );
      const node = p.doc.createTextNode('');
      item.querySelector('.css-kq81zd-content')!.appendChild(node);
      list.appendChild(item);
      last = t.who;
      for (const s of interims(t)) {
        node.data = s;
        await p.sleep(90);
      }
      node.data = t.say;
      await p.sleep(400);
    }
  },
  leave: leaveJitsi,
  expected: expectedOf(j2Turns, j2People),
  forbidden: ['14:0', '14:1'],
};

export const jitsiScenarios: Scenario[] = [jitsiSubtitles, jitsiChatList];
