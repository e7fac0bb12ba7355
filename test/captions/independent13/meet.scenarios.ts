// Round 13, Google Meet: whole sentences that appear at once, and sentences said again.
// Written ONLY from /work/shared/research/caption-platforms.md (§2.1 in-call marker `call_end`,
// §2.4 region children / 2025–26 block outline / "Jump to bottom" + dummy trailing elements,
// §2.5 mutation model: new block per turn, same speaker may get a new block after a pause, single text
// node rewritten in place, revisions of earlier blocks, scrollable history, region replaced on CC toggle
// or caption-language change (TT #93), §2.6 literal "You" for the local user, §8.11 noise) and the
// runner's API (test/captions/independent/kit.ts, runner.ts). No product code or fixture was read.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.google.com/abc-defg-hij';
const SELF = 'Dr. Alice Smith';
/**
 * The local user's blocks are labelled with the literal "You" (§2.6). The page built here has no
 * pre-join `.awLEm` and no `data-self-name` tile (the only in-page sources of the real name, §2.6/§8.10),
 * so either the on-page label or the configured self name is a correct speaker. (Changed after the first
 * run: the first version demanded the self name, which this page never shows — my bug, not a product one.)
 */
const ME = [SELF, 'You'];
const AVATARS: Record<string, string> = {
  You: 'https://lh3.googleusercontent.com/a/self-alice',
  'Jordan Lee': 'https://lh3.googleusercontent.com/a/jordan',
  'Maria Garcia': 'https://lh3.googleusercontent.com/a/maria',
};

const JUMP = '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>';
const REGION_OPEN = '<div tabindex="0" role="region" aria-label="Captions" jscontroller="KPn5nb" class="vNKgIf UDinHf">';

const BODY = `
<div class="controls"><button aria-label="Leave call"><i class="google-symbols">call_end</i></button><button aria-label="Turn off captions"><i class="google-symbols">closed_caption</i></button></div>
<div class="DtJ7e"><div jsname="dsyhDe" class="iOzk7">${REGION_OPEN}${JUMP}</div></div></div>
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"><div>Jordan Lee: sending the photos in chat</div></div>`;

const FORBIDDEN = ['arrow_downward', 'Jump to bottom', 'sending the photos in chat'];

const region = (doc: Document) => q(doc, 'div[role="region"][tabindex="0"]');

/** First trailing (non-caption) child: the dummy div or the jump-button area (§2.4). */
function trailing(r: Element): Element | null {
  for (const c of Array.from(r.children)) if (!c.classList.contains('nMcdL')) return c;
  return null;
}

function blockEl(doc: Document, name: string, text: string): { block: HTMLElement; node: Text } {
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${1000 + name.length}.5" src="${AVATARS[name]}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const node = doc.createTextNode(text);
  block.lastElementChild!.appendChild(node);
  return { block, node };
}

/** Appends a block (before the trailing dummy/button) holding `text` in its single text node. */
function addBlock(doc: Document, name: string, text: string) {
  const r = region(doc);
  const b = blockEl(doc, name, text);
  r.insertBefore(b.block, trailing(r));
  return b;
}

/** A block that appears with its first word and grows word by word (§2.5.2). */
async function speak(p: Page, name: string, text: string, final?: string, step = 200) {
  const b = addBlock(p.doc, name, text.split(' ')[0]!);
  await p.sleep(step);
  await grow(p, b.node, text, final, step, 1);
  return b;
}

function leave(p: Page) {
  // Leaving replaces the call UI (controls and caption bar) with the post-call screen.
  q(p.doc, '.controls').remove();
  q(p.doc, '.DtJ7e').remove();
}

export const meetScenarios: Scenario[] = [
  {
    // §2.4/§2.5: self blocks are labelled "You" (§2.6). The self user's first "Can you hear me now?"
    // grows word by word; after a pause its block and the next ones leave the region (retention count
    // is [U] in §2.5.6 — I assume Meet drops the oldest blocks of a long call) and minutes later the
    // same sentence comes back as a NEW block whose text is complete in the one write that inserts it
    // (fast recogniser). A new block is new speech (§2.5.1), even with identical text.
    name: 'meet: self repeats a question after its first block left the region; second appears in one write',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    productTiming: true,
    forbidden: FORBIDDEN,
    async play(p) {
      const a1 = await speak(p, 'You', 'Can you hear me now?');
      await p.sleep(600);
      const j1 = await speak(p, 'Jordan Lee', 'your voice keeps cutting out sorry', 'Your voice keeps cutting out, sorry.');
      await p.sleep(500);
      const a2 = await speak(p, 'You', 'Let me switch to my headset.');
      await p.sleep(1500);
      // Oldest blocks dropped from the region in one go.
      a1.block.remove();
      j1.block.remove();
      await speak(p, 'Jordan Lee', 'Okay, take your time.');
      await p.sleep(400);
      a2.block.remove();
      await p.sleep(1200);
      addBlock(p.doc, 'You', 'Can you hear me now?'); // whole sentence, one write
      await p.sleep(900);
      await speak(p, 'Jordan Lee', 'yes much better now', 'Yes, much better now.');
    },
    leave,
    expected: [
      { speaker: ME, text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'Your voice keeps cutting out, sorry.' },
      { speaker: ME, text: 'Let me switch to my headset.' },
      { speaker: 'Jordan Lee', text: 'Okay, take your time.' },
      { speaker: ME, text: 'Can you hear me now?' },
      { speaker: 'Jordan Lee', text: 'Yes, much better now.' },
    ],
  },
  {
    // §2.4/§2.5.6: scroll-back history is kept, so the first "Could you repeat that please?" block is
    // still in the region when a DIFFERENT speaker says the same sentence in one write. Then a burst:
    // two new blocks inserted in the same task (a network burst; the research is silent on bursts, I
    // assume Meet can append more than one block per render), the last of which keeps growing. The
    // dummy trailing div (§2.4, "<2 child nodes") is shown during the burst.
    name: 'meet: same sentence by two speakers, then a two-block burst that keeps growing',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    forbidden: FORBIDDEN,
    async play(p) {
      await speak(p, 'You', 'Take one tablet twice a day with food.', undefined, 150);
      await p.sleep(500);
      await speak(p, 'Jordan Lee', 'Could you repeat that please?', undefined, 150);
      await p.sleep(600);
      addBlock(p.doc, 'Maria Garcia', 'Could you repeat that please?'); // same words, another speaker, one write
      await p.sleep(900);
      const r = region(p.doc);
      const dummy = p.doc.createElement('div');
      r.insertBefore(dummy, trailing(r));
      // Burst: both blocks in one task, text complete.
      addBlock(p.doc, 'You', 'One tablet, twice a day, with food.');
      const j = addBlock(p.doc, 'Jordan Lee', 'Got it, thank you.');
      await p.sleep(300);
      await grow(p, j.node, 'Got it, thank you. I will set an alarm.', undefined, 150, 4);
      dummy.remove();
      await p.sleep(500);
      await speak(p, 'Maria Garcia', 'He understands it now.', undefined, 150);
    },
    leave,
    expected: [
      { speaker: ME, text: 'Take one tablet twice a day with food.' },
      { speaker: 'Jordan Lee', text: 'Could you repeat that please?' },
      { speaker: 'Maria Garcia', text: 'Could you repeat that please?' },
      { speaker: ME, text: 'One tablet, twice a day, with food.' },
      { speaker: 'Jordan Lee', text: 'Got it, thank you. I will set an alarm.' },
      { speaker: 'Maria Garcia', text: 'He understands it now.' },
    ],
  },
  {
    // §2.5.7 / §2.2: the region node is detached and replaced on a caption-language change (TT #93).
    // The research is silent on what the new region shows; since captions are scrollable history since
    // Feb 2025 (§2.3, §2.5.6), I assume the new node re-renders the blocks it still holds (fresh nodes,
    // same names and texts). The re-render lands right after Jordan repeats "I will send it today."
    // (grown word by word in a new block), so the new region holds that sentence TWICE. Nothing in the
    // re-render is new speech.
    name: 'meet: repeated sentence grows, then the region is replaced with its history re-rendered',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    productTiming: true,
    forbidden: FORBIDDEN,
    async play(p) {
      await speak(p, 'Jordan Lee', 'i will send it today', 'I will send it today.', 220);
      await p.sleep(500);
      await speak(p, 'You', 'Please include the lab results too.', undefined, 220);
      await p.sleep(500);
      await speak(p, 'Jordan Lee', 'Sure, the lab results as well.', undefined, 220);
      await p.sleep(1500);
      await speak(p, 'You', 'Anything else before we finish?', undefined, 220);
      await p.sleep(600);
      await speak(p, 'Jordan Lee', 'i will send it today', 'I will send it today.', 220);
      await p.sleep(200);
      // Caption-language change: a new region node with the history re-rendered.
      const old = region(p.doc);
      const fresh = el(p.doc, `${REGION_OPEN}</div>`);
      for (const b of Array.from(old.querySelectorAll('.nMcdL'))) {
        const name = b.querySelector('.NWpY1d')!.textContent!;
        fresh.appendChild(blockEl(p.doc, name, b.querySelector('.VbkSUe')!.textContent!).block);
      }
      fresh.appendChild(el(p.doc, JUMP));
      old.replaceWith(fresh);
      await p.sleep(1000);
      await speak(p, 'You', 'Then we are done, take care.', undefined, 220);
    },
    leave,
    expected: [
      { speaker: 'Jordan Lee', text: 'I will send it today.' },
      { speaker: ME, text: 'Please include the lab results too.' },
      { speaker: 'Jordan Lee', text: 'Sure, the lab results as well.' },
      { speaker: ME, text: 'Anything else before we finish?' },
      { speaker: 'Jordan Lee', text: 'I will send it today.' },
      { speaker: ME, text: 'Then we are done, take care.' },
    ],
  },
  {
    // §2.5.1–3: a three-block burst after a network stall (whole texts, one task; research silent on
    // bursts — assumed), in which Jordan repeats "Can you hear me now?" while his first block with that
    // same text is still in the scroll-back history. In the same task Meet corrects an EARLIER block
    // (adds the missing full stop, §2.5.3). loose: the late correction is punctuation-only, so a product
    // may or may not pick it up; the words must still come out once each, in order.
    name: 'meet: three-block burst with a repeat of an on-screen sentence plus a late correction',
    url: URL,
    selfNames: [SELF],
    body: BODY,
    loose: true,
    forbidden: FORBIDDEN,
    async play(p) {
      await speak(p, 'Jordan Lee', 'Can you hear me now?', undefined, 160);
      await p.sleep(500);
      await speak(p, 'You', 'yes loud and clear', 'Yes, loud and clear.', 160);
      await p.sleep(500);
      const j = await speak(p, 'Jordan Lee', 'The pain started on Monday night', undefined, 160);
      await p.sleep(1500);
      addBlock(p.doc, 'You', 'Sorry, you froze for a moment.');
      addBlock(p.doc, 'Jordan Lee', 'Can you hear me now?');
      addBlock(p.doc, 'You', 'Yes, go on.');
      j.node.data = 'The pain started on Monday night.';
      await p.sleep(700);
      await speak(p, 'Jordan Lee', 'It hurts when I breathe in.', undefined, 160);
    },
    leave,
    expected: [
      { speaker: 'Jordan Lee', text: 'Can you hear me now?' },
      { speaker: ME, text: 'Yes, loud and clear.' },
      { speaker: 'Jordan Lee', text: 'The pain started on Monday night.' },
      { speaker: ME, text: 'Sorry, you froze for a moment.' },
      { speaker: 'Jordan Lee', text: 'Can you hear me now?' },
      { speaker: ME, text: 'Yes, go on.' },
      { speaker: 'Jordan Lee', text: 'It hurts when I breathe in.' },
    ],
  },
];
