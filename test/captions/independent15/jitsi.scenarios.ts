// Jitsi Meet scenarios for round 15 (independent15). Written only from
// /work/shared/research/caption-platforms.md (§6 Jitsi, §8, §9) and the kit/runner API in
// test/captions/independent/. Per §6: `div.transcription-subtitles` (plus `lifted` while only one
// participant is in the room) holds one <p> per transcript message, each with a <span> whose text is
// "<participantName>: " + (final || stable + unstable); the interim text is replaced by the final one in
// the same paragraph.
// Assumptions where §6 is silent: the call URL is meet.jit.si/<room>; the span's text is one text node
// rewritten in place; the in-call marker is the conference page (#videoconference_page with a hangup
// button) and leaving removes it; the local user's lines carry the user's own display name; Jitsi drops
// old paragraphs some seconds after they are final (J2 only).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const FORBIDDEN = ['Leave the meeting', 'Toggle microphone'];

interface Talk {
  grow: string;
  rewrites?: [string, string][];
  final?: string;
}

async function talk(p: Page, set: (s: string) => void, t: Talk | string, ms: number, want: string): Promise<void> {
  const spec: Talk = typeof t === 'string' ? { grow: t } : t;
  const pending = [...(spec.rewrites ?? [])];
  let cur = '';
  for (const w of spec.grow.split(' ')) {
    cur = cur ? `${cur} ${w}` : w;
    set(cur);
    await p.sleep(ms);
    for (let i = 0; i < pending.length; i++) {
      const [from, to] = pending[i]!;
      if (!cur.includes(from)) continue;
      cur = cur.replace(from, to);
      pending.splice(i--, 1);
      set(cur);
      await p.sleep(ms);
    }
  }
  if (pending.length) throw new Error(`scenario bug: rewrites never applied: ${JSON.stringify(pending)}`);
  if (spec.final !== undefined) {
    cur = spec.final;
    set(cur);
    await p.sleep(ms);
  }
  if (cur !== want) throw new Error(`scenario bug: screen shows "${cur}", expected text is "${want}"`);
}

const para = (name: string, text: string) => `<p><span>${name}: ${text}</span></p>`;

function jitsiBody(self: string, paras = '', lifted = false): string {
  return `
<div id="videoconference_page">
  <div id="videospace"><div id="largeVideoContainer"></div>
    <div class="filmstrip"><span class="displayname">${self} (me)</span></div>
  </div>
  <div class="transcription-subtitles${lifted ? ' lifted' : ''}">${paras}</div>
  <div class="new-toolbox"><div class="toolbox-content">
    <div aria-label="Toggle microphone" role="button" class="toolbox-button"></div>
    <div aria-label="Leave the meeting" role="button" class="toolbox-button hangup-button"></div>
  </div></div>
</div>`;
}

/** Appends a message paragraph; returns a setter for its "name: text" span. */
function addPara(p: Page, name: string): { set: (s: string) => void; p: HTMLElement } {
  const box = q(p.doc, '.transcription-subtitles');
  const node = p.doc.createTextNode(`${name}: `);
  const pe = el(p.doc, '<p><span></span></p>');
  q(pe, 'span').appendChild(node);
  box.appendChild(pe);
  return { set: (s) => (node.data = `${name}: ${s}`), p: pe };
}

async function say(p: Page, name: string, t: Talk | string, ms: number, want: string) {
  const m = addPara(p, name);
  await talk(p, m.set, t, ms, want);
  return m.p;
}

function leave(p: Page) {
  p.doc.body.innerHTML = '<div class="leave-page">You have left the meeting</div>';
}

// ---------------------------------------------------------------------------------------------------
// J1: Spanish-speaking patient; an interpreter joins after the patient has spoken (three-person call).
// Each message grows as stable+unstable (the unstable tail is re-guessed) and is then replaced by its
// final in the same <p> (§6), sometimes shorter ("misses" → "Mrs.", "tres" → "3", dangling "y"
// dropped). The interpreter's display name has parentheses. loose: the final re-punctuates/re-cases.
const J1 = {
  self: 'Dr. Omar Haddad',
  pt: 'Rosa Delgado',
  int: 'Marta (intérprete)',
  u1: 'Good morning, Mrs. Delgado. What brings you in today?',
  u2: 'Buenos días, doctor. Tengo dolor de cabeza desde hace 3 días.',
  u3: "Hello doctor, I'm Marta, the interpreter. She says she has had a headache for three days.",
  u4: 'Thank you. Ask her if she has noticed any changes in her vision.',
  u5: '¿Ha notado algún cambio en la vista?',
  u6: 'No, pero la luz me molesta mucho.',
  u7: 'No, but the light bothers her a lot.',
};
const jitsiInterpreter: Scenario = {
  name: 'jitsi: interim stable+unstable replaced by shorter finals, interpreter joins after the patient',
  url: 'https://meet.jit.si/ClinicaHaddad-Consulta7',
  selfNames: [J1.self],
  body: jitsiBody(J1.self),
  loose: true,
  async play(p) {
    await p.sleep(300);
    await say(p, J1.self, { grow: 'good morning misses delgado what brings you in to', rewrites: [['in to', 'in today']], final: J1.u1 }, 110, J1.u1);
    await p.sleep(400);
    await say(
      p,
      J1.pt,
      { grow: 'buenos días doctor tengo dolor de cabe sa desde hace tres días y', rewrites: [['cabe sa', 'cabeza']], final: J1.u2 },
      110,
      J1.u2,
    );
    await p.sleep(500);
    await say(
      p,
      J1.int,
      { grow: "hello doctor i'm marta the interpreter she says she has had a headache for three days", final: J1.u3 },
      100,
      J1.u3,
    );
    await p.sleep(400);
    await say(
      p,
      J1.self,
      { grow: 'thank you ask her if she has noticed any change is in her vision', rewrites: [['change is', 'changes']], final: J1.u4 },
      100,
      J1.u4,
    );
    await p.sleep(400);
    await say(p, J1.int, { grow: 'ha notado algún cambio en la vista', final: J1.u5 }, 100, J1.u5);
    await p.sleep(400);
    await say(p, J1.pt, { grow: 'no pero la luz me molesta mucho', final: J1.u6 }, 100, J1.u6);
    await p.sleep(400);
    await say(p, J1.int, { grow: 'no but the light bothers her a lot', final: J1.u7 }, 100, J1.u7);
  },
  leave,
  expected: [
    { speaker: J1.self, role: 'clinician', text: J1.u1 },
    { speaker: J1.pt, role: 'patient', text: J1.u2 },
    { speaker: J1.int, role: 'other', text: J1.u3 },
    { speaker: J1.self, role: 'clinician', text: J1.u4 },
    { speaker: J1.int, role: 'other', text: J1.u5 },
    { speaker: J1.pt, role: 'patient', text: J1.u6 },
    { speaker: J1.int, role: 'other', text: J1.u7 },
  ],
  forbidden: FORBIDDEN,
};

// J2: the clinician is alone at first (container has `lifted`, §6); the patient joins and `lifted` is
// removed (the one UI event); then very short turns in rapid alternation. Final paragraphs are removed
// a few seconds later (assumption: Jitsi expires old subtitles; §6 is silent on retention).
const J2 = {
  self: 'Dr. Aisha Bello',
  pt: "Kevin O'Brien",
  u1: "Hello, I'm in the room now, waiting for you.",
  u2: "Hi, sorry I'm late.",
  u3: 'No problem. Any fever?',
  u4: 'No.',
  u5: 'Cough?',
  u6: 'A bit, mostly dry.',
  u7: 'Any phlegm?',
  u8: 'None.',
  u9: 'Sleeping okay?',
  u10: 'Not really.',
};
const jitsiLiftedRapid: Scenario = {
  name: "jitsi: 'lifted' removed when the patient joins, rapid short turns, old lines expire",
  url: 'https://meet.jit.si/BelloTelehealthRoom',
  selfNames: [J2.self],
  body: jitsiBody(J2.self, '', true),
  productTiming: true,
  async play(p) {
    const expire = (pe: HTMLElement) => setTimeout(() => pe.remove(), 3500);
    await p.sleep(600);
    expire(await say(p, J2.self, J2.u1, 220, J2.u1));
    await p.sleep(2500);
    q(p.doc, '.transcription-subtitles').classList.remove('lifted');
    await p.sleep(1200);
    const turns: [string, string][] = [
      [J2.pt, J2.u2],
      [J2.self, J2.u3],
      [J2.pt, J2.u4],
      [J2.self, J2.u5],
      [J2.pt, J2.u6],
      [J2.self, J2.u7],
      [J2.pt, J2.u8],
      [J2.self, J2.u9],
      [J2.pt, J2.u10],
    ];
    for (const [who, text] of turns) {
      expire(await say(p, who, text, 170, text));
      await p.sleep(300);
    }
    await p.sleep(3600); // let the last lines expire before the call ends
  },
  leave,
  expected: [
    { speaker: J2.self, role: 'clinician', text: J2.u1 },
    { speaker: J2.pt, role: 'patient', text: J2.u2 },
    { speaker: J2.self, role: 'clinician', text: J2.u3 },
    { speaker: J2.pt, role: 'patient', text: J2.u4 },
    { speaker: J2.self, role: 'clinician', text: J2.u5 },
    { speaker: J2.pt, role: 'patient', text: J2.u6 },
    { speaker: J2.self, role: 'clinician', text: J2.u7 },
    { speaker: J2.pt, role: 'patient', text: J2.u8 },
    { speaker: J2.self, role: 'clinician', text: J2.u9 },
    { speaker: J2.pt, role: 'patient', text: J2.u10 },
  ],
  forbidden: FORBIDDEN,
};

// J3: the user starts capture with two final paragraphs already on screen (history at start); the
// patient then talks for ~42 s without a pause in ONE message whose interim (lower-case, unstable tail
// re-guessed) is finally replaced by a punctuated final (§6). Assumption: history on screen at start
// belongs to the visit. loose: the final re-punctuates/re-cases the interim.
const J3 = {
  self: 'Dr. Aisha Bello',
  pt: 'Nadia Rahman',
  h1: "Thanks for waiting, I've got your scan results here.",
  h2: "Okay, I'm ready.",
  u1: 'Before I go through them, tell me how the pain has been.',
  monoGrow:
    'well the pain has been mostly in the upper right side under my ribs and it usually starts about an hour after dinner ' +
    'especially if I eat something fatty like fried chicken or pizza and it lasts for two or three hours and sometimes it ' +
    'goes around to my back between my shoulder blades and last Saturday it was so bad that I threw up twice and could not ' +
    'sleep at all so I sat up on the couch with a heating pad until about four in the morning and since then I have been ' +
    'eating mostly soup and toast and it has been a little better',
  mono:
    'Well, the pain has been mostly in the upper right side under my ribs, and it usually starts about an hour after dinner, ' +
    'especially if I eat something fatty like fried chicken or pizza, and it lasts for two or three hours. Sometimes it ' +
    'goes around to my back between my shoulder blades, and last Saturday it was so bad that I threw up twice and could not ' +
    'sleep at all, so I sat up on the couch with a heating pad until about four in the morning. Since then I have been ' +
    'eating mostly soup and toast, and it has been a little better.',
  u3: 'Thank you, that matches what the scan shows.',
};
const jitsiHistoryMonologue: Scenario = {
  name: 'jitsi: history at start, patient talks ~42 s in one interim message, then the final',
  url: 'https://meet.jit.si/BelloFollowUp-Rahman',
  selfNames: [J3.self],
  body: jitsiBody(J3.self, para(J3.self, J3.h1) + para(J3.pt, J3.h2)),
  productTiming: true,
  loose: true,
  async play(p) {
    await p.sleep(800);
    await say(p, J3.self, { grow: 'before I go through them tell me how the pain has been', final: J3.u1 }, 200, J3.u1);
    await p.sleep(900);
    await say(
      p,
      J3.pt,
      {
        grow: J3.monoGrow.replace('fried chicken', 'fried chick in').replace('threw up', 'through up'),
        rewrites: [
          ['fried chick in', 'fried chicken'],
          ['through up', 'threw up'],
        ],
        final: J3.mono,
      },
      400,
      J3.mono,
    );
    await p.sleep(1000);
    await say(p, J3.self, { grow: 'thank you that matches what the scan shows', final: J3.u3 }, 200, J3.u3);
  },
  leave,
  expected: [
    { speaker: J3.self, role: 'clinician', text: J3.h1 },
    { speaker: J3.pt, role: 'patient', text: J3.h2 },
    { speaker: J3.self, role: 'clinician', text: J3.u1 },
    { speaker: J3.pt, role: 'patient', text: J3.mono },
    { speaker: J3.self, role: 'clinician', text: J3.u3 },
  ],
  forbidden: FORBIDDEN,
};

export const jitsiScenarios: Scenario[] = [jitsiInterpreter, jitsiLiftedRapid, jitsiHistoryMonologue];
