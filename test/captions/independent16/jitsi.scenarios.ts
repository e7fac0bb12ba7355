// Jitsi Meet scenarios for round 16. Written only from /work/shared/research/caption-platforms.md
// (§6: `<div class="transcription-subtitles">` holding one `<p>` per transcript message id, each with
// a `<span>` whose text is "<participantName>: " + (final || stable + unstable); interim replaced by
// final in the same paragraph) and the kit API. The research is silent on Jitsi's in-call markers,
// leaving, the self label and how long paragraphs stay; the assumptions are:
// - the conference lives in `#videoconference_page` with a toolbox hang-up button, and leaving
//   removes it and navigates to the welcome page (same origin, `/`);
// - the local user's subtitles carry their display name like anyone else's;
// - a paragraph is removed a few seconds after its final text arrives;
// - the span's text is rewritten in place (one text node, characterData).
import { el, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.jit.si/NorthsideClinicFollowUp';
const SELF = 'Dr. Omar Haddad';
const body =
  '<div id="videoconference_page"><div id="largeVideoContainer"></div><div class="transcription-subtitles"></div>' +
  '<div class="toolbox-content"><div class="toolbox-button hangup-button" role="button" aria-label="Leave the meeting"></div></div></div>';

const leave = (p: Page) => {
  p.doc.getElementById('videoconference_page')?.remove();
  p.win.history.pushState({}, '', '/');
};

interface Msg {
  who: string;
  /** Successive interim states: [stable, unstable] pairs. */
  interim: [string, string][];
  final: string;
}

/** Shows one message: a new <p><span>, interim rewrites, then the final; returns the paragraph. */
async function show(p: Page, m: Msg, step: number): Promise<HTMLElement> {
  const para = el(p.doc, '<p><span></span></p>');
  const t = p.doc.createTextNode('');
  para.firstElementChild!.appendChild(t);
  const [s0, u0] = m.interim[0]!;
  t.data = `${m.who}: ${s0}${u0}`;
  q(p.doc, '.transcription-subtitles').appendChild(para);
  await p.sleep(step);
  for (const [s, u] of m.interim.slice(1)) {
    t.data = `${m.who}: ${s}${u}`;
    await p.sleep(step);
  }
  t.data = `${m.who}: ${m.final}`;
  await p.sleep(step);
  return para;
}

/** Builds interim states that grow word by word; the last `unstableWords` words are unstable. */
function interimOf(text: string, unstableWords = 2): [string, string][] {
  const words = text.split(' ');
  const out: [string, string][] = [];
  for (let i = 1; i <= words.length; i++) {
    const cut = Math.max(0, i - unstableWords);
    const stable = words.slice(0, cut).join(' ');
    const unstable = words.slice(cut, i).join(' ');
    out.push([stable ? `${stable} ` : '', unstable]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 1. Clinician, patient and the patient's interpreter. Interim text grows (stable + unstable, with
// the unstable tail misheard then fixed), the final re-punctuates and re-cases, and each paragraph is
// removed about 3 s after its final. Roles: the interpreter speaks after the patient, so 'other'.
const PAT = 'Fatima Noor';
const INTERP = 'Leyla Aydin';
const j1: Msg[] = [
  { who: SELF, interim: interimOf('good morning fatima how are you feeling today'), final: 'Good morning Fatima, how are you feeling today?' },
  {
    who: PAT,
    interim: [
      ['', 'i have'],
      ['i have ', 'been dizzy'],
      ['i have been ', 'dizzy in the mourning'],
      ['i have been dizzy ', 'in the mornings'],
      ['i have been dizzy in the mornings ', 'for a week'],
    ],
    final: 'I have been dizzy in the mornings for a week.',
  },
  { who: INTERP, interim: interimOf('she means when she gets out of bed'), final: 'She means when she gets out of bed.' },
  { who: SELF, interim: interimOf('does the room spin or do you feel faint'), final: 'Does the room spin, or do you feel faint?' },
  { who: PAT, interim: interimOf('more faint like everything goes grey'), final: 'More faint, like everything goes grey.' },
];
const jitsiInterim: Scenario = {
  name: 'jitsi: interim stable+unstable growth, final replaces it, paragraphs expire',
  url: URL,
  selfNames: [SELF],
  body,
  productTiming: true,
  loose: true,
  async play(p) {
    for (const m of j1) {
      const para = await show(p, m, 220);
      setTimeout(() => para.remove(), 3000);
      await p.sleep(1000);
    }
    await p.sleep(3000);
  },
  leave,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Good morning Fatima, how are you feeling today?' },
    { speaker: PAT, role: 'patient', text: 'I have been dizzy in the mornings for a week.' },
    { speaker: INTERP, role: 'other', text: 'She means when she gets out of bed.' },
    { speaker: SELF, role: 'clinician', text: 'Does the room spin, or do you feel faint?' },
    { speaker: PAT, role: 'patient', text: 'More faint, like everything goes grey.' },
  ],
  forbidden: ['Fatima Noor:', 'Dr. Omar Haddad:', 'Leyla Aydin:'],
};

// ---------------------------------------------------------------------------------------------
// 2. Several paragraphs on screen at once (older ones not yet expired), the same speaker with two
// consecutive messages, and caption text that itself contains ": " (only the first ": " separates the
// name). Finals equal the last interim text, so no loose comparison.
const PAT2 = 'Ben Carter';
const j2: Msg[] = [
  { who: SELF, interim: interimOf('Ben, the new plan is: one tablet at night.'), final: 'Ben, the new plan is: one tablet at night.' },
  { who: PAT2, interim: interimOf('Only one?'), final: 'Only one?' },
  { who: PAT2, interim: interimOf('The label still says: two tablets daily.'), final: 'The label still says: two tablets daily.' },
  { who: SELF, interim: interimOf('I will send the pharmacy a corrected label.'), final: 'I will send the pharmacy a corrected label.' },
  { who: PAT2, interim: interimOf('Thanks, I will pick it up Friday.'), final: 'Thanks, I will pick it up Friday.' },
];
const jitsiStacked: Scenario = {
  name: 'jitsi: stacked paragraphs, same speaker twice, colon inside the caption text',
  url: URL,
  selfNames: [SELF],
  body,
  async play(p) {
    const shown: HTMLElement[] = [];
    for (const m of j2) {
      shown.push(await show(p, m, 90));
      // Keep at most three paragraphs on screen; the oldest expires.
      if (shown.length > 3) shown.shift()!.remove();
      await p.sleep(700);
    }
    await p.sleep(800);
    for (const s of shown) s.remove();
  },
  leave,
  expected: [
    { speaker: SELF, role: 'clinician', text: 'Ben, the new plan is: one tablet at night.' },
    { speaker: PAT2, role: 'patient', text: 'Only one? The label still says: two tablets daily.' },
    { speaker: SELF, role: 'clinician', text: 'I will send the pharmacy a corrected label.' },
    { speaker: PAT2, role: 'patient', text: 'Thanks, I will pick it up Friday.' },
  ],
  forbidden: ['Ben Carter:', 'Dr. Omar Haddad:'],
};

export const jitsiScenarios: Scenario[] = [jitsiInterim, jitsiStacked];
