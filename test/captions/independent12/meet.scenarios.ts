// Round 12, Google Meet: exact repeats and short turns. Written ONLY from
// /work/shared/research/caption-platforms.md and the runner's API (test/captions/independent/kit.ts,
// runner.ts). No product code or product fixture was read. Sections relied on:
//   §2.1 in-call marker (`.google-symbols` "call_end"), §2.2 CC icon and "the region node is detached and
//   replaced when the user toggles CC off/on" (TT #93), §2.3 `div[role=region][tabindex="0"]` inside
//   `div[jsname=dsyhDe].iOzk7` inside `.DtJ7e`, the chat live region as a distractor, §2.4 the 2025-26
//   block outline (`.nMcdL.bj4p3b` › `.adE6rb` (img[data-iml] + `.KcIKyf.jxFHg` › `span.NWpY1d`) +
//   `.ygicle.VbkSUe` with a single text node), the trailing "Jump to bottom" button (last child) and the
//   occasional dummy div (last but one), §2.5 new block per speaker turn, a new block for the same speaker
//   after a pause, in-place characterData growth, late revisions of EARLIER blocks, scroll-back history
//   (retention count [U]), §2.6 the literal "You" label for the local user.
// The local user (selfNames) is the clinician; the single remote participant is the patient.
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.google.com/kfp-wqzx-rtd';
const DOC = 'Dr. Hannah Okafor';
const SELF = [DOC];
const YOU: Expected['speaker'] = ['You', DOC];
const PAT = 'Sam Patel';
const AVATAR: Record<string, string> = { You: 'ACg8ocK-self01', [PAT]: 'ACg8ocJ-sam77' };
const FORBIDDEN = ['arrow_downward', 'Jump to bottom', 'closed_caption', 'call_end', 'chat message'];

const JUMP = `<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols" aria-hidden="true">arrow_downward</i>Jump to bottom</button></div>`;
const REGION = `<div tabindex="0" role="region" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:Nq0Xxf" class="vNKgIf UDinHf">${JUMP}</div>`;

const BODY = `
<div class="crqnQb">
  <div class="tile" data-self-name="${DOC}"><div class="zWGUib">${DOC}</div></div>
  <div class="tile"><div class="zWGUib">${PAT}</div></div>
  <div class="DtJ7e"><div jsname="dsyhDe" class="iOzk7">${REGION}</div><div jsname="APQunf" class="iOzk7" style="display:none"></div></div>
  <div class="Tmb7Fd">
    <button aria-label="Turn off captions"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
    <button aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"><div>chat message: link to the lab form</div></div>
</div>`;

function region(p: Page): HTMLElement {
  return q(p.doc, 'div[role="region"][tabindex="0"]');
}

let iml = 1200;
/**
 * Appends a caption block before the trailing non-caption children (dummy div, jump button), with its
 * first word already in the single text node. `keep` = retention: drop the oldest blocks in the same
 * task so the block count stays at `keep` (retention is [U] in §2.5.6; this is my choice).
 */
function addBlock(p: Page, name: string, first: string, keep?: number): Text {
  const r = region(p);
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${(iml += 37.5).toFixed(1)}" src="https://lh3.googleusercontent.com/a/${AVATAR[name]}=s40-p"><div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode(first);
  q(b, '.ygicle').appendChild(t);
  const trailing = [...r.children].find((c) => !c.classList.contains('nMcdL')) ?? null;
  r.insertBefore(b, trailing);
  if (keep !== undefined) {
    const blocks = [...r.children].filter((c) => c.classList.contains('nMcdL'));
    for (const old of blocks.slice(0, Math.max(0, blocks.length - keep))) old.remove();
  }
  return t;
}

/** One speaker turn: a new block that grows word by word, optionally ending in a re-punctuated form. */
async function say(p: Page, name: string, raw: string, final?: string, step = 200, keep?: number): Promise<Text> {
  const t = addBlock(p, name, raw.split(' ')[0]!, keep);
  await p.sleep(step);
  await grow(p, t, raw, final, step, 1);
  return t;
}

/** The occasional dummy `<div>` with fewer than 2 child nodes at the last-but-one position (§2.4). */
function dummy(p: Page, on: boolean) {
  const r = region(p);
  const existing = [...r.children].find((c) => c.tagName === 'DIV' && !c.className && c.childNodes.length < 2);
  if (on && !existing) r.insertBefore(el(p.doc, '<div></div>'), q(r, '.IMKgW'));
  if (!on && existing) existing.remove();
}

function ccIcon(p: Page): HTMLElement {
  return [...p.doc.querySelectorAll<HTMLElement>('.google-symbols')].find((i) => i.textContent!.startsWith('closed_caption'))!;
}

function leave(p: Page) {
  // Leaving: the call controls (with call_end) and the caption bar go away.
  p.doc.querySelector('.Tmb7Fd')?.remove();
  p.doc.querySelector('.DtJ7e')?.remove();
}

export const meetScenarios: Scenario[] = [
  {
    // §2.5.1: "The same speaker can also get a new consecutive block after a pause" — the patient says
    // "Yes." three times with pauses, so three consecutive blocks carry the identical text "Yes.".
    // §2.5.3: Meet rewrites EARLIER blocks; here it rewrites two of them to the very same text (a
    // characterData record that changes nothing), which must not count as said again. A fourth
    // "Yes." after the clinician's next question is a genuine repeat.
    name: 'meet: three "Yes." blocks in a row from the patient, earlier blocks re-written unchanged',
    url: URL,
    selfNames: SELF,
    body: BODY,
    async play(p) {
      const q1 = await say(p, 'You', 'have you been taking the tablets every morning', 'Have you been taking the tablets every morning?', 180);
      await p.sleep(700);
      const y1 = await say(p, PAT, 'yes', 'Yes.');
      await p.sleep(1400);
      const y2 = await say(p, PAT, 'yes', 'Yes.');
      y1.data = 'Yes.';
      q1.data = 'Have you been taking the tablets every morning?';
      await p.sleep(1400);
      await say(p, PAT, 'yes', 'Yes.');
      await p.sleep(900);
      y2.data = 'Yes.';
      await say(p, 'You', 'and the ones at night', 'And the ones at night?', 180);
      await p.sleep(700);
      await say(p, PAT, 'yes', 'Yes.');
      await p.sleep(600);
      y1.data = 'Yes.';
    },
    leave,
    expected: [
      { speaker: YOU, text: 'Have you been taking the tablets every morning?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: YOU, text: 'And the ones at night?' },
      { speaker: PAT, text: 'Yes.' },
    ],
    forbidden: FORBIDDEN,
  },
  {
    // §2.5.1 one block per speaker turn; §2.5.3 a block's "okay" is re-punctuated to "Okay." only
    // after the next speaker's block has appeared (a late revision of an earlier block); §2.4 the dummy
    // div comes and goes at the last-but-one position. Both speakers say "Okay." alternately, so four
    // blocks show the identical final text; each one was said once.
    name: 'meet: "Okay." said alternately by both speakers, re-punctuated late, dummy div comes and goes',
    url: URL,
    selfNames: SELF,
    body: BODY,
    productTiming: true,
    async play(p) {
      await say(p, 'You', 'so we will repeat the blood test in two weeks', 'So we will repeat the blood test in two weeks.', 240);
      await p.sleep(1600);
      const a = await say(p, PAT, 'okay', undefined, 250);
      await p.sleep(1700);
      const b = await say(p, 'You', 'okay', undefined, 250);
      await p.sleep(400);
      a.data = 'Okay.';
      dummy(p, true);
      await p.sleep(1500);
      const c = await say(p, PAT, 'okay', undefined, 250);
      await p.sleep(350);
      b.data = 'Okay.';
      await p.sleep(1600);
      const d = await say(p, 'You', 'okay', 'Okay.', 250);
      await p.sleep(300);
      c.data = 'Okay.';
      dummy(p, false);
      await p.sleep(1800);
      await say(p, PAT, 'okay take care', 'Okay, take care.', 250);
      d.data = 'Okay.';
      await p.sleep(1800);
      await say(p, 'You', 'bye', 'Bye.', 250);
      await p.sleep(1500);
    },
    leave,
    expected: [
      { speaker: YOU, text: 'So we will repeat the blood test in two weeks.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: YOU, text: 'Okay.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: YOU, text: 'Okay.' },
      { speaker: PAT, text: 'Okay, take care.' },
      { speaker: YOU, text: 'Bye.' },
    ],
    forbidden: FORBIDDEN,
  },
  {
    // §2.2 / §2.5.7: toggling CC off detaches the region node and toggling it on inserts a NEW
    // role=region node. The research is silent on whether the new region shows earlier history; the
    // most plausible behaviour (and the one modelled) is that it starts empty. The patient's "Yes." is
    // the last block before the toggle (the region goes 250 ms after its final text) and the patient
    // says "Yes." again as the first block after it. "Can you hear me?" is said twice, minutes apart.
    // Whatever was said while captions were off is not on the page and is not expected.
    name: 'meet: "Yes." right before and right after a CC toggle, "Can you hear me?" twice',
    url: URL,
    selfNames: SELF,
    body: BODY,
    async play(p) {
      await say(p, 'You', 'can you hear me', 'Can you hear me?', 200);
      await p.sleep(800);
      await say(p, PAT, 'yes', 'Yes.');
      await p.sleep(900);
      await say(p, 'You', 'did you bring your readings', 'Did you bring your readings?', 200);
      await p.sleep(700);
      await say(p, PAT, 'yes', 'Yes.');
      await p.sleep(250);
      // CC off: the region is detached, the icon flips.
      region(p).remove();
      ccIcon(p).textContent = 'closed_caption_off';
      await p.sleep(1800);
      // CC on: a new, empty region node.
      ccIcon(p).textContent = 'closed_caption';
      q(p.doc, 'div[jsname="dsyhDe"]').appendChild(el(p.doc, REGION));
      await p.sleep(300);
      await say(p, PAT, 'yes', 'Yes.');
      await p.sleep(1200);
      await say(p, 'You', 'can you hear me', 'Can you hear me?', 200);
      await p.sleep(800);
      await say(p, PAT, 'yes i can hear you', 'Yes, I can hear you.', 200);
      await p.sleep(400);
    },
    leave,
    expected: [
      { speaker: YOU, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: YOU, text: 'Did you bring your readings?' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: PAT, text: 'Yes.' },
      { speaker: YOU, text: 'Can you hear me?' },
      { speaker: PAT, text: 'Yes, I can hear you.' },
    ],
    forbidden: FORBIDDEN,
  },
  {
    // §2.5.6 scroll-back history; how many blocks are retained is [U], so I model a cap of 6 blocks:
    // appending a block drops the oldest in the same task, so the block count does not change when a
    // short "Mm-hmm." arrives while an older "Mm-hmm." leaves. Two "Mm-hmm." blocks in a row (a pause
    // between them, §2.5.1) and the closing one-word "No." test short turns at the retention edge.
    // §2.4 the dummy div appears and goes while this happens.
    name: 'meet: "Mm-hmm." backchannels while retention drops the oldest blocks',
    url: URL,
    selfNames: SELF,
    body: BODY,
    productTiming: true,
    async play(p) {
      const K = 6;
      await say(p, 'You', 'your scan came back mostly normal', 'Your scan came back mostly normal.', 200, K);
      await p.sleep(1200);
      await say(p, PAT, 'mm-hmm', 'Mm-hmm.', 250, K);
      await p.sleep(1300);
      await say(p, 'You', 'there is a small cyst on the left kidney', 'There is a small cyst on the left kidney.', 200, K);
      await p.sleep(1200);
      await say(p, PAT, 'mm-hmm', 'Mm-hmm.', 250, K);
      await p.sleep(1300);
      await say(p, 'You', 'it is very common and usually harmless', 'It is very common and usually harmless.', 200, K);
      await p.sleep(1200);
      await say(p, PAT, 'mm-hmm', 'Mm-hmm.', 250, K);
      dummy(p, true);
      await p.sleep(1600);
      await say(p, PAT, 'mm-hmm', 'Mm-hmm.', 250, K); // 7th block: the first one is dropped now
      await p.sleep(1300);
      await say(p, 'You', 'we will check it again in six months', 'We will check it again in six months.', 200, K);
      dummy(p, false);
      await p.sleep(1200);
      await say(p, PAT, 'okay', 'Okay.', 250, K);
      await p.sleep(1300);
      await say(p, 'You', 'any questions for me', 'Any questions for me?', 200, K);
      await p.sleep(1100);
      await say(p, PAT, 'no', 'No.', 250, K); // drops the block holding an earlier "Mm-hmm."
      await p.sleep(1500);
    },
    leave,
    expected: [
      { speaker: YOU, text: 'Your scan came back mostly normal.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: YOU, text: 'There is a small cyst on the left kidney.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: YOU, text: 'It is very common and usually harmless.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: PAT, text: 'Mm-hmm.' },
      { speaker: YOU, text: 'We will check it again in six months.' },
      { speaker: PAT, text: 'Okay.' },
      { speaker: YOU, text: 'Any questions for me?' },
      { speaker: PAT, text: 'No.' },
    ],
    forbidden: FORBIDDEN,
  },
];
