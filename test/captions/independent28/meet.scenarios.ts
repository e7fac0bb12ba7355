// Google Meet blind scenarios, round 28 ("the research taken literally").
// Written only from /work/shared/research/caption-platforms.md:
//   §1   cross-platform summary (Meet row: region root, one block per turn, "You", characterData)
//   §2.1 URL pattern meet.google.com/xxx-xxxx-xxx; in-call marker = `.google-symbols` "call_end";
//        pre-join name `.awLEm`; meeting title `.u6vdEc`
//   §2.2 CC button icon `closed_caption_off` (→ `closed_caption` when on, [I]); region detached and
//        replaced on CC off/on (TT #93); caption-language picker `div.NmXUuc.P9KVBf[jscontroller=rRafu]`
//   §2.3 `div[role=region][tabindex="0"]` with localized aria-label, jscontroller="KPn5nb";
//        wrapper `div[jsname=dsyhDe].iOzk7`; bar ancestors `.DtJ7e`, `hLkVuf`/`data-side="3"`;
//        chat is a separate `div[aria-live=polite].Ge9Kpc[jsname=xySENc]`
//   §2.4 2025–26 block `div.nMcdL.bj4p3b` › `div.adE6rb` (img.Z6byG.r6DyN[data-iml] googleusercontent
//        + `div.KcIKyf.jxFHg` › `span.NWpY1d` name) + `div.ygicle.VbkSUe` holding ONE bare text node;
//        trailing "Jump to bottom" button (`.IMKgW`, `arrow_downward`) as last child and an occasional
//        dummy div (<2 child nodes) at last-but-one
//   §2.5 new block per turn (and after a pause for the same speaker); in-place characterData growth;
//        revisions and re-punctuation, including of EARLIER blocks; scroll-back keeps old blocks;
//        CC toggle replaces the region
//   §2.6 local user labelled with the literal "You" (localized "Вы"); `data-self-name` in tiles;
//        junk strings arrow_downward / "Jump to bottom"
//   §8   (1 semantic anchors, 3 icon lookup, 5 re-attach on replaced root, 10 self-name, 11 noise)
//   §9   checklist: CC off→on→off→on with a NEW root, alternating speakers + "You" + same-speaker
//        split, characterData growth + late revisions of earlier blocks, jump button scroll-back,
//        localization ("Вы"), chat live region as a false-positive trap.
//
// General assumptions (research silent): the ASR shows the last word without punctuation and decides
// sentence punctuation/casing only when the next word arrives ("day so" → "day. So I"); sometimes two
// words arrive in one update; a new block is appended with an empty text node (the §2.5 plan); the
// caption blocks are inserted before the trailing non-caption children; on leaving, Meet replaces the
// whole call UI with its "You left the meeting" screen (the call_end icon disappears).
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Helpers (local to this file)

/** Words that keep their capital when they start a sentence in an interim. */
const PROPER = new Set(['Daniel', 'Grace', 'Chioma', 'Tom', 'Sunday', 'Sundays', 'Doctor', 'Алексей', 'Ирина']);

function lowerFirst(w: string): string {
  const bare = w.replace(/[^\p{L}'-]/gu, '');
  if (/^I('|$)/.test(bare) || PROPER.has(bare)) return w;
  return w.charAt(0).toLowerCase() + w.slice(1);
}

const END = /[.?!]$/;
const strip = (w: string) => w.replace(/[.,?!;:]+$/, '');

/**
 * The successive contents of one Meet text node while the words arrive: the last word has no
 * punctuation yet, a sentence boundary is re-punctuated/re-cased one update later, `fix[i]` is a
 * mis-recognition of that word (keyed by the word without punctuation) shown while it is among the last two words, and the final update is the
 * fully punctuated text (unless `withFinal` is false: the period comes later, see scenario 2).
 */
function interims(text: string, fix: Record<string, string> = {}, withFinal = true): string[] {
  const w = text.split(' ');
  const out: string[] = [];
  for (let n = 1; n <= w.length; n++) {
    if (n % 4 === 0 && n < w.length) continue; // two words arrive in one update
    const cur = w.slice(0, n).map((x, i) => (fix[strip(x)] !== undefined && n - 1 - i <= 1 ? fix[strip(x)]! : x));
    cur[n - 1] = strip(cur[n - 1]!);
    if (n >= 2 && END.test(w[n - 2]!)) {
      cur[n - 2] = strip(cur[n - 2]!);
      cur[n - 1] = lowerFirst(cur[n - 1]!);
    }
    out.push(cur.join(' '));
  }
  if (withFinal) out.push(text);
  return out.filter((s, i) => s !== out[i - 1]);
}

interface SayOpts {
  fix?: Record<string, string>;
  ms?: number;
  withFinal?: boolean;
  /** Runs right after the given update (e.g. Meet correcting an earlier block meanwhile). */
  during?: { step: number; run: () => void };
}

async function say(p: Page, node: Text, text: string, o: SayOpts = {}) {
  const steps = interims(text, o.fix, o.withFinal ?? true);
  for (let i = 0; i < steps.length; i++) {
    node.data = steps[i]!;
    if (o.during && o.during.step === i) o.during.run();
    await p.sleep(o.ms ?? 90);
  }
}

let iml = 1734.2;
/** One 2025–26 caption block (§2.4 outline): avatar + name wrapper, then the text div with one text node. */
function meetBlock(doc: Document, name: string, avatar: string): { block: HTMLElement; text: Text } {
  iml += 37.9;
  const block = el(
    doc,
    `<div class="nMcdL bj4p3b">
      <div class="adE6rb">
        <img class="Z6byG r6DyN" alt="" data-iml="${iml.toFixed(1)}" src="https://lh3.googleusercontent.com/a/${avatar}=s72-c">
        <div class="KcIKyf jxFHg"><span class="NWpY1d">${name}</span></div>
      </div>
      <div class="ygicle VbkSUe"></div>
    </div>`,
  );
  const text = doc.createTextNode('');
  q(block, '.ygicle').appendChild(text);
  return { block, text };
}

/** Blocks go before the trailing non-caption children (dummy div, jump button area). */
function appendBlock(region: Element, block: Element) {
  const trailing = Array.from(region.children).find((c) => !c.classList.contains('nMcdL'));
  region.insertBefore(block, trailing ?? null);
}

/** Appends a new block for `name` and lets the ASR grow it; returns the block's text node. */
async function turn(p: Page, region: Element, name: string, avatar: string, text: string, o: SayOpts = {}): Promise<Text> {
  const b = meetBlock(p.doc, name, avatar);
  appendBlock(region, b.block);
  await p.sleep(150);
  await say(p, b.text, text, o);
  return b.text;
}

const JUMP_EN = `<div class="IMKgW"><button aria-label="Jump to bottom" style="display: none"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>`;

function controls(ccOn: boolean): string {
  // Only the `.google-symbols` ligature texts are documented (§2.1/§2.2); the classes are assumed.
  return `<div class="Tmb7Fd" role="toolbar">
    <button aria-label="Turn off microphone"><i class="google-symbols">mic</i></button>
    <button aria-label="Turn off camera"><i class="google-symbols">videocam</i></button>
    <button aria-label="${ccOn ? 'Turn off captions' : 'Turn on captions'}"><i class="google-symbols">${ccOn ? 'closed_caption' : 'closed_caption_off'}</i></button>
    <button aria-label="Raise hand"><i class="google-symbols">back_hand</i></button>
    <button aria-label="More options"><i class="google-symbols">more_vert</i></button>
    <button aria-label="Leave call"><i class="google-symbols">call_end</i></button>
  </div>`;
}

const CHAT = `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`;

function leftScreen(p: Page, title = 'You left the meeting', rejoin = 'Rejoin', home = 'Return to home screen') {
  // Assumption: Meet swaps the whole call UI for its post-call screen (no call_end icon any more).
  p.doc.body.replaceChildren(el(p.doc, `<div class="CRFCdf"><h1>${title}</h1><button>${rejoin}</button><button>${home}</button></div>`));
}

const ICONS = ['arrow_downward', 'call_end', 'closed_caption', 'more_vert', 'back_hand', 'videocam'];

// ---------------------------------------------------------------------------------------------
// Scenario 1: the §2.4 2025–26 outline exactly, a blood-pressure medication follow-up.
// Tests: region `div[role=region][tabindex=0][aria-label=Captions][jscontroller=KPn5nb]` inside
// `.DtJ7e` › `div[jsname=dsyhDe].iOzk7`; alternating "You" (local clinician) and remote patient
// blocks; each block's single text node grown word by word through characterData with interim
// mis-recognitions ("listen a pill" → "lisinopril") and sentence re-punctuation; the trailing
// "Jump to bottom" button (.IMKgW, arrow_downward) shown when the user scrolls up and hidden again;
// the dummy <div> appearing at last-but-one and vanishing; a chat message in the separate
// aria-live=polite `.Ge9Kpc` region that must not become a caption; `data-self-name` in the tiles.
// Assumption: the .IMKgW area stays the last child; the button inside is display:none until the user
// scrolls up (§2.5.6 says it "appears" then).

const S1_SELF = ['Maya Patel', 'You'];
const S1_PT = 'Daniel Reyes';
const S1_TURNS: { you: boolean; text: string; fix?: Record<string, string> }[] = [
  { you: true, text: 'Hi Daniel, good to see you again. How have you been since we started the lisinopril?', fix: { lisinopril: 'listen a pill' } },
  { you: false, text: "Pretty good overall. The dizziness I had the first week is mostly gone now." },
  { you: true, text: 'That is great to hear. Have you been checking your blood pressure at home like we talked about?' },
  { you: false, text: "Yes, every morning. I put this week's numbers in the chat. Most days it's around 130 over 80." },
  { you: true, text: "Good, that's a real improvement from where we started. Any cough or swelling in your ankles?", fix: { cough: 'cuff' } },
  { you: false, text: 'No cough. My ankles were a little puffy after a long flight last week, but that went away.' },
  { you: true, text: 'Okay, that sounds like it was from the flight. Are you taking it at the same time every day?' },
  { you: false, text: 'I take it with breakfast. I did miss one dose on Sunday.' },
  { you: true, text: "One missed dose is fine, just don't double up the next day. Let's keep the same dose and recheck your labs in two weeks.", fix: { up: 'app' } },
  { you: false, text: 'Sounds good. Should I keep writing the readings down?' },
  { you: true, text: 'Yes, please keep the log and bring it to your next visit. Take care, Daniel.' },
  { you: false, text: 'Thanks, Doctor. Bye.' },
];

const s1: Scenario = {
  name: 'meet r28: 2025-26 outline, You + patient, characterData growth, jump button, dummy div, chat',
  url: 'https://meet.google.com/kvx-mfqa-pzt',
  selfNames: ['Maya Patel'],
  body: `
    <main class="axUSnc" style="inset: 0px 0px 142px">
      <div class="tile" data-self-name="Maya Patel"><div class="name">Maya Patel</div></div>
      <div class="tile"><div class="name">${S1_PT}</div></div>
    </main>
    <div class="hLkVuf" data-side="3">
      <div class="DtJ7e">
        <div jsname="dsyhDe" class="iOzk7">
          <div tabindex="0" role="region" aria-label="Captions" jscontroller="KPn5nb" jsaction="rcuQ6b:npT2md" class="vNKgIf UDinHf">${JUMP_EN}</div>
        </div>
      </div>
    </div>
    ${controls(true)}
    ${CHAT}`,
  async play(p) {
    const region = q(p.doc, 'div[role="region"][tabindex="0"]');
    const chat = q(p.doc, '.Ge9Kpc');
    const jump = q(region, '.IMKgW button');
    let dummy: HTMLElement | null = null;
    for (let i = 0; i < S1_TURNS.length; i++) {
      const t = S1_TURNS[i]!;
      const during =
        i === 5
          ? { step: 4, run: () => { jump.removeAttribute('style'); dummy = p.doc.createElement('div'); region.insertBefore(dummy, q(region, '.IMKgW')); } }
          : i === 8
            ? { step: 3, run: () => { jump.setAttribute('style', 'display: none'); dummy?.remove(); } }
            : undefined;
      await turn(p, region, t.you ? 'You' : S1_PT, t.you ? 'ACg8ocMaya1' : 'ACg8ocDan77', t.text, { fix: t.fix, ms: 85, during });
      if (i === 3) {
        chat.appendChild(el(p.doc, `<div class="GDhqjd"><div class="YTbUzc">${S1_PT}</div><div class="oIy2qc">My readings: 128/82, 131/80, 127/79</div></div>`));
      }
      await p.sleep(450);
    }
  },
  leave: (p) => leftScreen(p),
  expected: S1_TURNS.map((t): Expected => (t.you ? { speaker: S1_SELF, role: 'clinician', text: t.text } : { speaker: S1_PT, text: t.text })),
  forbidden: [...ICONS, 'Jump to bottom', '128/82', 'My readings'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 2: sleep and mood follow-up with the patient and her daughter on a second device.
// Tests §2.5.1 and §2.5.3: the same speaker gets a new consecutive block after a pause (Grace's first
// answer is split over two blocks: one turn, one utterance); Meet corrects EARLIER blocks while a
// later block grows ("trazadone" → "trazodone" in the clinician's first block while Grace answers;
// "red" → "read" in Grace's block while Chioma speaks); a block whose closing period is added only
// after the next block has started; three distinct remote/local names; scroll-back keeps every old
// block; the GMC-fixture jump-button label "Jump to the most recent captions"; meeting title
// `.u6vdEc`. Roles: only the local "You" is set (clinician); the two remote names are not resolvable
// to patient/other from the DOM alone.
// Assumption: a late correction rewrites the same text node's data (characterData) of the old block.

const S2_SELF = ['Priya Nair', 'You'];
const GRACE = 'Grace Okafor';
const CHIOMA = 'Chioma Okafor';

const s2: Scenario = {
  name: 'meet r28: same-speaker split blocks, late corrections of earlier blocks, three speakers',
  url: 'https://meet.google.com/hwd-qrbn-ksa',
  selfNames: ['Priya Nair'],
  body: `
    <div class="u6vdEc">Telehealth follow-up</div>
    <main class="axUSnc" style="inset: 0px 0px 160px">
      <div class="tile" data-self-name="Priya Nair"><div class="name">Priya Nair</div></div>
      <div class="tile"><div class="name">${GRACE}</div></div>
      <div class="tile"><div class="name">${CHIOMA}</div></div>
    </main>
    <div class="hLkVuf" data-side="3">
      <div class="DtJ7e">
        <div jsname="dsyhDe" class="iOzk7">
          <div tabindex="0" role="region" aria-label="Captions" jscontroller="KPn5nb" jsaction="rcuQ6b:npT2md" class="vNKgIf UDinHf">
            <div class="IMKgW"><button aria-label="Jump to the most recent captions" style="display: none"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>
          </div>
        </div>
      </div>
    </div>
    ${controls(true)}
    ${CHAT}`,
  async play(p) {
    const region = q(p.doc, 'div[role="region"][tabindex="0"]');
    const you = (text: string, o: SayOpts = {}) => turn(p, region, 'You', 'ACg8ocPriya', text, { ms: 85, ...o });
    const grace = (text: string, o: SayOpts = {}) => turn(p, region, GRACE, 'ACg8ocGrace', text, { ms: 85, ...o });
    const chioma = (text: string, o: SayOpts = {}) => turn(p, region, CHIOMA, 'ACg8ocChio', text, { ms: 85, ...o });

    const t1 = await you('Good afternoon, Grace. I see Chioma joined as well. How has your sleep been since we lowered the trazadone?');
    await p.sleep(500);
    await grace("It's been better, I think. I'm falling asleep faster.", {
      fix: { falling: 'following' },
      during: { step: 3, run: () => { t1.data = t1.data.replace('trazadone', 'trazodone'); } },
    });
    await p.sleep(1300); // Grace pauses; Meet starts a new block for the same speaker
    await grace("But I still wake up around three and can't get back to sleep.");
    await p.sleep(500);
    await you('How long are you usually awake when that happens?');
    await p.sleep(500);
    const t4 = await grace('Maybe an hour. Sometimes I just get up and red in the kitchen.');
    await p.sleep(500);
    const t5 = await chioma('She has also been napping in the afternoon, usually for two hours or so.', {
      withFinal: false,
      during: { step: 5, run: () => { t4.data = t4.data.replace(' red ', ' read '); } },
    });
    await p.sleep(400);
    await you("Thanks, Chioma, that's helpful. Long naps can make the night waking worse. Grace, how has your mood been?", {
      during: { step: 2, run: () => { t5.data = 'She has also been napping in the afternoon, usually for two hours or so.'; } },
    });
    await p.sleep(500);
    await grace('Honestly a bit low. I miss going to my church group since I stopped driving.');
    await p.sleep(500);
    await you('That makes sense. Would you be open to a ride service or a video group in the meantime?');
    await p.sleep(500);
    await chioma("I can drive her on Sundays. I just didn't know it mattered that much.");
    await p.sleep(500);
    await you("It really does. So let's try keeping naps under thirty minutes, and I'll see you both again in four weeks.");
    await p.sleep(500);
    await grace('All right. Thank you, Doctor.');
  },
  leave: (p) => leftScreen(p),
  expected: [
    { speaker: S2_SELF, role: 'clinician', text: 'Good afternoon, Grace. I see Chioma joined as well. How has your sleep been since we lowered the trazodone?' },
    { speaker: GRACE, text: "It's been better, I think. I'm falling asleep faster. But I still wake up around three and can't get back to sleep." },
    { speaker: S2_SELF, role: 'clinician', text: 'How long are you usually awake when that happens?' },
    { speaker: GRACE, text: 'Maybe an hour. Sometimes I just get up and read in the kitchen.' },
    { speaker: CHIOMA, text: 'She has also been napping in the afternoon, usually for two hours or so.' },
    { speaker: S2_SELF, role: 'clinician', text: "Thanks, Chioma, that's helpful. Long naps can make the night waking worse. Grace, how has your mood been?" },
    { speaker: GRACE, text: 'Honestly a bit low. I miss going to my church group since I stopped driving.' },
    { speaker: S2_SELF, role: 'clinician', text: 'That makes sense. Would you be open to a ride service or a video group in the meantime?' },
    { speaker: CHIOMA, text: "I can drive her on Sundays. I just didn't know it mattered that much." },
    { speaker: S2_SELF, role: 'clinician', text: "It really does. So let's try keeping naps under thirty minutes, and I'll see you both again in four weeks." },
    { speaker: GRACE, text: 'All right. Thank you, Doctor.' },
  ],
  forbidden: [...ICONS, 'Jump to bottom', 'Jump to the most recent captions', 'Telehealth follow-up'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 3: back-pain follow-up with the §9 CC sequence: captions off (no region) → on (a region
// appears) → off (the region is detached, TT #93) → on again (a NEW region node).
// Tests §2.2/§2.5.7/§8.5: the product must attach to a region that appears late and re-attach to the
// replacement; the CC icon ligature flips closed_caption_off ↔ closed_caption; words spoken while
// captions are off never reach the DOM and are not expected; nothing from the first region is
// repeated after the second appears; the caption-language picker `div.NmXUuc.P9KVBf[jscontroller=rRafu]`
// ("English (United States)") sits in the caption bar and must not leak.
// Assumptions: the `div[jsname=dsyhDe].iOzk7` wrapper and bar stay while captions are off and only the
// region is removed; the new region starts empty (no history re-rendered); the trailing .IMKgW area
// is part of each region.

const S3_SELF = ['Sam Whitfield', 'You'];
const TOM = 'Tom Becker';

function s3Region(doc: Document): HTMLElement {
  return el(doc, `<div tabindex="0" role="region" aria-label="Captions" jscontroller="KPn5nb" jsaction="rcuQ6b:npT2md" class="vNKgIf UDinHf">${JUMP_EN}</div>`);
}

function setCc(doc: Document, on: boolean) {
  const icon = Array.from(doc.querySelectorAll('.google-symbols')).find((i) => /^closed_caption(_off)?$/.test(i.textContent ?? ''))!;
  icon.textContent = on ? 'closed_caption' : 'closed_caption_off';
  icon.parentElement!.setAttribute('aria-label', on ? 'Turn off captions' : 'Turn on captions');
}

const s3: Scenario = {
  name: 'meet r28: captions off, on, off, on again (region detached and replaced), pain follow-up',
  url: 'https://meet.google.com/bzt-nwko-rcd',
  selfNames: ['Sam Whitfield'],
  body: `
    <main class="axUSnc" style="inset: 0px 0px 88px">
      <div class="tile" data-self-name="Sam Whitfield"><div class="name">Sam Whitfield</div></div>
      <div class="tile"><div class="name">${TOM}</div></div>
    </main>
    <div class="hLkVuf" data-side="3">
      <div class="DtJ7e">
        <div jsname="dsyhDe" class="iOzk7"></div>
        <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button><i class="google-symbols">language</i>English (United States)</button></div>
      </div>
    </div>
    ${controls(false)}
    ${CHAT}`,
  async play(p) {
    const wrap = q(p.doc, 'div[jsname="dsyhDe"]');
    // Captions off: "Can you hear me okay?" / "Yes, I can hear you." are spoken but never captioned.
    await p.sleep(1200);
    setCc(p.doc, true); // the clinician presses "c"
    let region = s3Region(p.doc);
    wrap.appendChild(region);
    await p.sleep(400);
    const you = (text: string, o: SayOpts = {}) => turn(p, region, 'You', 'ACg8ocSamW', text, { ms: 85, ...o });
    const tom = (text: string, o: SayOpts = {}) => turn(p, region, TOM, 'ACg8ocTomB', text, { ms: 85, ...o });

    await you('Okay, captions are on now. So tell me how the back pain has been this week.');
    await p.sleep(500);
    await tom("It's been about a four out of ten most days. Mornings are the worst, probably a six.");
    await p.sleep(500);
    await you('Is the naproxen helping, and are you taking it with food?', { fix: { naproxen: 'napper' } });
    await p.sleep(500);
    await tom('Yeah, I take it with dinner. It takes the edge off, but my stomach gets a little upset.');
    await p.sleep(1200);

    // Captions toggled off: the region node is detached.
    setCc(p.doc, false);
    region.remove();
    // Tom: "I also tried the heating pad in the mornings..." is spoken here, not captioned.
    await p.sleep(2000);

    // Captions on again: a new region node.
    setCc(p.doc, true);
    region = s3Region(p.doc);
    wrap.appendChild(region);
    await p.sleep(400);

    await you('Sorry, my captions went off for a moment. Could you say that last part again?');
    await p.sleep(500);
    await tom("Sure. I said the heating pad helps in the morning, and I've been doing the stretches from physical therapy.");
    await p.sleep(500);
    await you("Good. Since the naproxen is upsetting your stomach, let's switch to acetaminophen during the day.", { fix: { acetaminophen: 'a seat' } });
    await p.sleep(500);
    await tom('Okay. How much can I take?');
    await p.sleep(500);
    await you("Up to one gram three times a day, and no more than three grams in total. I'll send the instructions through the portal.");
    await p.sleep(500);
    await tom('Got it. And I should keep the physical therapy going?');
    await p.sleep(500);
    await you("Yes, twice a week. Let's check in again in a month.");
    await p.sleep(500);
    await tom('Thanks, see you then.');
  },
  leave: (p) => leftScreen(p),
  expected: [
    { speaker: S3_SELF, role: 'clinician', text: 'Okay, captions are on now. So tell me how the back pain has been this week.' },
    { speaker: TOM, text: "It's been about a four out of ten most days. Mornings are the worst, probably a six." },
    { speaker: S3_SELF, role: 'clinician', text: 'Is the naproxen helping, and are you taking it with food?' },
    { speaker: TOM, text: 'Yeah, I take it with dinner. It takes the edge off, but my stomach gets a little upset.' },
    { speaker: S3_SELF, role: 'clinician', text: 'Sorry, my captions went off for a moment. Could you say that last part again?' },
    { speaker: TOM, text: "Sure. I said the heating pad helps in the morning, and I've been doing the stretches from physical therapy." },
    { speaker: S3_SELF, role: 'clinician', text: "Good. Since the naproxen is upsetting your stomach, let's switch to acetaminophen during the day." },
    { speaker: TOM, text: 'Okay. How much can I take?' },
    { speaker: S3_SELF, role: 'clinician', text: "Up to one gram three times a day, and no more than three grams in total. I'll send the instructions through the portal." },
    { speaker: TOM, text: 'Got it. And I should keep the physical therapy going?' },
    { speaker: S3_SELF, role: 'clinician', text: "Yes, twice a week. Let's check in again in a month." },
    { speaker: TOM, text: 'Thanks, see you then.' },
  ],
  forbidden: [...ICONS, 'English (United States)', 'Jump to bottom'],
};

// ---------------------------------------------------------------------------------------------
// Scenario 4: a Russian-language depression follow-up (sertraline), Russian Meet UI.
// Tests §2.1 lifecycle (pre-join screen with the own name in `.awLEm`, then the call UI with the
// call_end icon, then captions turned on), §2.3 language-neutral `div[role=region][tabindex=0]` with a
// localized aria-label, §2.6/§9 the localized self label "Вы" (mapped to the local clinician), and
// Cyrillic ASR growth with re-punctuation/re-casing, an interim split word ("сер тралина") and one
// late re-punctuation of an earlier block ("Это помогает" gains its period while the next block grows).
// Assumptions (research silent): the Russian region label is "Субтитры" (only "Sottotitoli", "자막",
// "Phụ đề", "字幕" are documented); the user never scrolls up here, so no jump button is rendered in
// this region; the caption language is Russian, chosen in the picker; the Russian post-call screen text.

const S4_SELF = ['Ирина Соколова', 'Вы'];
const ALEX = 'Алексей Морозов';

const s4: Scenario = {
  name: 'meet r28: Russian UI, pre-join .awLEm then join, localized region label, self label "Вы"',
  url: 'https://meet.google.com/pfe-txgd-wum',
  selfNames: ['Ирина Соколова'],
  body: `
    <div class="prejoin">
      <div class="awLEm">Ирина Соколова</div>
      <div class="preview"><button aria-label="Отключить микрофон"><i class="google-symbols">mic</i></button><button aria-label="Отключить камеру"><i class="google-symbols">videocam</i></button></div>
      <button class="join">Присоединиться</button>
    </div>`,
  async play(p) {
    await p.sleep(900);
    // Joining: the pre-join screen is replaced by the call UI (call_end visible, captions still off).
    p.doc.body.replaceChildren(
      el(
        p.doc,
        `<div class="call">
          <main class="axUSnc" style="inset: 0px 0px 88px">
            <div class="tile" data-self-name="Ирина Соколова"><div class="name">Ирина Соколова</div></div>
            <div class="tile"><div class="name">${ALEX}</div></div>
          </main>
          <div class="hLkVuf" data-side="3"><div class="DtJ7e"><div jsname="dsyhDe" class="iOzk7"></div></div></div>
          <div class="Tmb7Fd" role="toolbar">
            <button aria-label="Отключить микрофон"><i class="google-symbols">mic</i></button>
            <button aria-label="Включить субтитры"><i class="google-symbols">closed_caption_off</i></button>
            <button aria-label="Покинуть встречу"><i class="google-symbols">call_end</i></button>
          </div>
          ${CHAT}
        </div>`,
      ),
    );
    await p.sleep(900);
    // Captions on ("c"): the region appears with its localized label.
    const cc = Array.from(p.doc.querySelectorAll('.google-symbols')).find((i) => i.textContent === 'closed_caption_off')!;
    cc.textContent = 'closed_caption';
    const region = el(p.doc, `<div tabindex="0" role="region" aria-label="Субтитры" jscontroller="KPn5nb" jsaction="rcuQ6b:npT2md" class="vNKgIf UDinHf"></div>`);
    q(p.doc, 'div[jsname="dsyhDe"]').appendChild(region);
    await p.sleep(400);
    const you = (text: string, o: SayOpts = {}) => turn(p, region, 'Вы', 'ACg8ocIrina', text, { ms: 90, ...o });
    const alex = (text: string, o: SayOpts = {}) => turn(p, region, ALEX, 'ACg8ocAlex', text, { ms: 90, ...o });

    await you('Здравствуйте, Алексей. Как вы себя чувствуете после увеличения дозы сертралина?', { fix: { сертралина: 'сер тралина' } });
    await p.sleep(500);
    await alex('Здравствуйте. В целом лучше, настроение ровнее. Первые дни немного тошнило, но сейчас прошло.');
    await p.sleep(500);
    await you('Хорошо. А как со сном? Получается засыпать?');
    await p.sleep(500);
    await alex('Засыпаю нормально, но просыпаюсь рано, часов в пять.');
    await p.sleep(500);
    await you('Вы по-прежнему гуляете по утрам, как мы договаривались?');
    await p.sleep(500);
    const t6 = await alex('Да, почти каждый день по полчаса. Это помогает.', { withFinal: false });
    await p.sleep(400);
    await you('Отлично. Давайте оставим дозу без изменений и созвонимся через месяц.', {
      during: { step: 2, run: () => { t6.data = 'Да, почти каждый день по полчаса. Это помогает.'; } },
    });
    await p.sleep(500);
    await alex('Хорошо. Рецепт вы отправите в аптеку?');
    await p.sleep(500);
    await you('Да, отправлю сегодня. Если станет хуже, пишите мне в любое время.');
    await p.sleep(500);
    await alex('Спасибо, до свидания.');
  },
  leave: (p) => leftScreen(p, 'Вы покинули видеовстречу', 'Подключиться снова', 'Вернуться на главный экран'),
  expected: [
    { speaker: S4_SELF, role: 'clinician', text: 'Здравствуйте, Алексей. Как вы себя чувствуете после увеличения дозы сертралина?' },
    { speaker: ALEX, text: 'Здравствуйте. В целом лучше, настроение ровнее. Первые дни немного тошнило, но сейчас прошло.' },
    { speaker: S4_SELF, role: 'clinician', text: 'Хорошо. А как со сном? Получается засыпать?' },
    { speaker: ALEX, text: 'Засыпаю нормально, но просыпаюсь рано, часов в пять.' },
    { speaker: S4_SELF, role: 'clinician', text: 'Вы по-прежнему гуляете по утрам, как мы договаривались?' },
    { speaker: ALEX, text: 'Да, почти каждый день по полчаса. Это помогает.' },
    { speaker: S4_SELF, role: 'clinician', text: 'Отлично. Давайте оставим дозу без изменений и созвонимся через месяц.' },
    { speaker: ALEX, text: 'Хорошо. Рецепт вы отправите в аптеку?' },
    { speaker: S4_SELF, role: 'clinician', text: 'Да, отправлю сегодня. Если станет хуже, пишите мне в любое время.' },
    { speaker: ALEX, text: 'Спасибо, до свидания.' },
  ],
  forbidden: [...ICONS, 'Присоединиться', 'Покинуть'],
};

export const meetScenarios: Scenario[] = [s1, s2, s3, s4];
