/**
 * Google Meet: independent scenarios, round 18.
 *
 * Written only from /work/shared/research/caption-platforms.md and the scenario kit/runner. No product
 * source and no other scenario or fixture files were read. Research sections used:
 *   §1    cross-platform summary (one block per speaker turn, kept as scroll-back; literal "You" self label)
 *   §2.1  URL shape meet.google.com/xxx-xxxx-xxx; the in-call marker is the `.google-symbols` icon "call_end"
 *   §2.2  CC toggle / caption-language change detaches the region and puts in a new one (TT #93); the caption
 *         language picker div.NmXUuc.P9KVBf[jscontroller=rRafu] sits in the caption bar
 *   §2.3  div[role=region][tabindex="0"] with a localized aria-label; wrapper div.iOzk7[jsname=dsyhDe]; bar
 *         ancestors .DtJ7e and .hLkVuf[data-side="3"]; main.axUSnc inline inset; the chat live region
 *         div[aria-live=polite].Ge9Kpc[jsname=xySENc] is NOT captions; "customizable caption styling" (Jun 2025)
 *   §2.4  region children = blocks, then an occasional dummy div (<2 child nodes), then the "Jump to bottom"
 *         button (.IMKgW, ligature arrow_downward); 2025–26 block outline
 *         nMcdL.bj4p3b › adE6rb (img[data-iml] + KcIKyf.jxFHg › span.NWpY1d) + ygicle.VbkSUe (one bare text node)
 *   §2.5  new block per speaker turn, same speaker can get a new block after a pause, characterData growth,
 *         minor corrections of EARLIER blocks, scroll-back history, region replaced on toggle/language change
 *   §2.6  "You" and the localized "Вы"; data-self-name on tiles; noise strings (arrow_downward, Jump to bottom)
 *   §8    re-attach when the root is replaced/re-mounted, noise filters, self-name resolution
 *   §9    fixture checklist (history, re-mounted root, localization, chat live region as a distractor)
 */
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

/** Real pages have no whitespace text nodes between elements (the research's sibling walks rely on it). */
const tight = (html: string): string => html.replace(/>\s+</g, '><').trim();

/** Word-update intervals: fast runs 95–200 ms, product-timing runs 150–250 ms. */
const FAST = [95, 150, 120, 185, 105, 140, 170, 115, 200, 130];
const REAL = [170, 215, 160, 240, 185, 150, 225, 195, 250, 175];

const REGION = 'div[role="region"][tabindex="0"]';

interface Who {
  label: string; // what the caption block shows as the name ("You" / "Вы" for the local user)
  avatar: string;
  iml: string;
}
interface Block {
  el: HTMLElement;
  text: Text;
}
interface Ui {
  captions: string; // localized region aria-label
  jump: string; // localized "Jump to bottom"
  lang: string; // caption language shown in the picker
}

const EN: Ui = { captions: 'Captions', jump: 'Jump to bottom', lang: 'English' };

function regionWrapHtml(ui: Ui): string {
  return `<div jsname="dsyhDe" class="iOzk7">
    <div role="region" tabindex="0" aria-label="${ui.captions}" jscontroller="KPn5nb" jsaction="focus:Yl4Xdb" class="vNKgIf UDinHf">
      <div class="IMKgW" style="display: none;"><button class="VfPpkd-LgbsSe" aria-label="${ui.jump}"><i class="google-symbols" aria-hidden="true">arrow_downward</i>${ui.jump}</button></div>
    </div>
  </div>`;
}

function captionBarHtml(ui: Ui): string {
  return tight(`<div class="hLkVuf" data-side="3"><div class="DtJ7e">
    <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button class="langPick" aria-haspopup="listbox"><span class="langName">${ui.lang}</span><i class="google-symbols" aria-hidden="true">arrow_drop_down</i></button></div>
    ${regionWrapHtml(ui)}
  </div></div>`);
}

function tileHtml(name: string, n: number, self = false): string {
  return `<div class="dkjMxf" ${self ? `data-self-name="${name}" ` : ''}data-participant-id="spaces/c4Zx/devices/${n}"><div class="jJz7Fb"><span class="zWGUib">${name}</span></div></div>`;
}

function meetBody(o: { self: string; others: string[]; ui: Ui; chatFrom: string; chat: string }): string {
  return tight(`<div class="T4LgNb" jsname="a9uCHb">
    <main class="axUSnc" style="inset: 0px 0px 168px;">
      ${tileHtml(o.self, 1, true)}
      ${o.others.map((n, i) => tileHtml(n, i + 2)).join('')}
    </main>
    ${captionBarHtml(o.ui)}
    <div class="Tmb7Fd" role="toolbar">
      <button class="cc" aria-pressed="true"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
      <button class="present"><i class="google-symbols" aria-hidden="true">present_to_all</i></button>
      <button class="leave" jsname="CQylAd"><i class="google-symbols" aria-hidden="true">call_end</i></button>
    </div>
    <aside class="R3Gmyc">
      <div aria-live="polite" jsname="xySENc" class="Ge9Kpc">
        <div class="Ss4fHf"><div class="poVWob">${o.chatFrom}</div><div class="ptNLrf"><div jsname="dTKtvb"><div>${o.chat}</div></div></div></div>
      </div>
    </aside>
  </div>`);
}

/** Leaving: Meet swaps the whole call UI for its "left the meeting" screen (assumption: same URL). */
function meetLeave(p: Page, leftText: string): void {
  p.doc.querySelector('.T4LgNb')?.remove();
  p.doc.body.append(el(p.doc, tight(`<div class="CRFCdf"><h1 class="roSPhc">${leftText}</h1><button class="rejoin">Rejoin</button><button class="home">Return to home screen</button></div>`)));
}

function removeTile(p: Page, name: string): void {
  for (const t of Array.from(p.doc.querySelectorAll('.dkjMxf'))) if (t.textContent === name) t.remove();
}

/** Drives the caption region like Meet does (§2.4/§2.5). */
class MeetCall {
  readonly blocks: Block[] = [];
  private k = 0;
  private dummyEl: HTMLElement | null = null;

  constructor(
    private readonly p: Page,
    private readonly steps: number[],
  ) {}

  region(): HTMLElement {
    return q(this.p.doc, REGION);
  }

  pause(ms: number): Promise<void> {
    return this.p.sleep(ms);
  }

  private tick(): Promise<void> {
    return this.p.sleep(this.steps[this.k++ % this.steps.length]!);
  }

  /** Appends a block for a new turn (before the dummy div / jump button), with its first word. */
  open(who: Who, first: string): Block {
    const doc = this.p.doc;
    const b = el(
      doc,
      tight(`<div class="nMcdL bj4p3b"><div class="adE6rb">
        <img class="Z6byG r6DyN" alt="" data-iml="${who.iml}" src="https://lh3.googleusercontent.com/a/${who.avatar}=s40-p">
        <div class="KcIKyf jxFHg"><span class="NWpY1d">${who.label}</span></div>
      </div><div class="ygicle VbkSUe"></div></div>`),
    );
    const text = doc.createTextNode(first);
    q(b, '.ygicle').appendChild(text);
    const region = this.region();
    const tail = Array.from(region.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
    region.insertBefore(b, tail);
    const block = { el: b, text };
    this.blocks.push(block);
    return block;
  }

  /** One turn: a new block, then the single text node rewritten word by word (characterData). */
  async say(who: Who, sentence: string, hook?: (i: number, b: Block) => unknown): Promise<Block> {
    const words = sentence.split(' ');
    const b = this.open(who, words[0]!);
    await hook?.(1, b);
    await this.tick();
    for (let i = 2; i <= words.length; i++) {
      b.text.data = words.slice(0, i).join(' ');
      await hook?.(i, b);
      await this.tick();
    }
    return b;
  }

  /** A late correction of an already written block (§2.5 item 3). */
  revise(b: Block, text: string): void {
    b.text.data = text;
  }

  dummy(on: boolean): void {
    if (on && !this.dummyEl) {
      this.dummyEl = this.p.doc.createElement('div');
      this.region().insertBefore(this.dummyEl, q(this.region(), '.IMKgW'));
    } else if (!on && this.dummyEl) {
      this.dummyEl.remove();
      this.dummyEl = null;
    }
  }

  jump(show: boolean): void {
    q(this.region(), '.IMKgW').style.display = show ? '' : 'none';
  }

  /** Scroll-back retention: the oldest block leaves the region while at least `keep` remain. */
  dropOldest(keep: number): void {
    const bs = Array.from(this.region().children).filter((c) => c.classList.contains('nMcdL'));
    if (bs.length > keep) bs[0]!.remove();
  }

  /** Re-render of the whole caption list (new wrapper/region/blocks, same settled text). */
  remountWithHistory(textStyle: string): void {
    const wrap = q(this.p.doc, 'div.iOzk7[jsname="dsyhDe"]');
    const fresh = wrap.cloneNode(true) as HTMLElement;
    for (const t of Array.from(fresh.querySelectorAll('.ygicle'))) t.setAttribute('style', textStyle);
    const oldBlocks = Array.from(wrap.querySelectorAll<HTMLElement>('.nMcdL'));
    const newBlocks = Array.from(fresh.querySelectorAll<HTMLElement>('.nMcdL'));
    for (const b of this.blocks) {
      const i = oldBlocks.indexOf(b.el);
      if (i < 0) continue;
      b.el = newBlocks[i]!;
      b.text = q(b.el, '.ygicle').firstChild as Text;
    }
    wrap.replaceWith(fresh);
  }

  /** The region node is detached and a new, empty one takes its place (§2.2, TT #93). */
  replaceRegionEmpty(ui: Ui): void {
    const wrap = q(this.p.doc, 'div.iOzk7[jsname="dsyhDe"]');
    wrap.replaceWith(el(this.p.doc, tight(regionWrapHtml(ui))));
    this.dummyEl = null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Presenting lab results. Assumptions (research silent on presentation layouts): starting to present moves the
//    existing caption bar (same nodes, region included) into the presentation layout, mid-turn; stopping the
//    presentation throws that layout away and Meet mounts a NEW caption bar whose region starts empty (like the CC
//    toggle in §2.2). The "You are presenting" banner is plain page text outside the region. The patient is the
//    first non-self speaker; the husband gets no role. A late "tree" → "three" correction lands on the patient's
//    earlier block while the clinician's next block grows (§2.5 item 3).
// ---------------------------------------------------------------------------------------------------------------
function presentingScenario(): Scenario {
  const SELF = 'Dr. Daniel Brooks';
  const YOU = ['You', SELF];
  const you: Who = { label: 'You', avatar: 'ACg8ocKbr00ks', iml: '1187.4' };
  const aisha: Who = { label: 'Aisha Karim', avatar: 'ACg8ocIk4rimA', iml: '1190.2' };
  const omar: Who = { label: 'Omar Karim', avatar: 'ACg8ocIk4rimO', iml: '1191.9' };
  const t = {
    hi: 'Hi Aisha, thanks for joining. Your blood work came back and I would like to go over it together.',
    sure: 'Sure. My husband Omar is here with me, he helps me with my medications.',
    hello: 'Hello doctor, nice to meet you.',
    share: "Nice to meet you too. I'm going to share my screen so you can both see the numbers.",
    ready: "Okay, we're ready whenever you are.",
    a1c: 'This first line is your A1C, which is eight point two percent.',
    higher: 'Is that a lot higher than last time?',
    march: 'It was seven point four in March, so it has gone up.',
    ranOutHeard: 'I ran out of the metformin for about tree weeks in the summer.',
    ranOut: 'I ran out of the metformin for about three weeks in the summer.',
    explain: 'That would explain part of it. Are you taking it twice a day now?',
    yes: 'Yes.',
    reminders: 'She takes it with breakfast and dinner, and I set reminders on her phone.',
    stop: "That's really helpful. I'll stop sharing now.",
    dose: 'Do I need to change the dose?',
    notYet: "Not yet. Let's recheck it in three months and keep the reminders going.",
    thanks: 'Thank you, doctor.',
  };
  return {
    name: 'meet18: clinician presents lab results, caption bar moved then re-mounted empty',
    url: 'https://meet.google.com/kqt-vbmw-rxa',
    selfNames: [SELF],
    body: meetBody({ self: SELF, others: ['Aisha Karim', 'Omar Karim'], ui: EN, chatFrom: 'Omar Karim', chat: 'pharmacy fax number is 555 0142' }),
    async play(p) {
      const m = new MeetCall(p, FAST);
      await m.say(you, t.hi);
      await m.pause(700);
      await m.say(aisha, t.sure);
      await m.pause(500);
      await m.say(omar, t.hello);
      await m.pause(400);
      await m.say(you, t.share);
      await m.pause(900);
      await m.say(aisha, t.ready, (i) => {
        if (i !== 3) return;
        // Presentation starts: the caption bar moves into the presentation layout mid-turn.
        const main = q(p.doc, 'main.axUSnc');
        const layout = el(
          p.doc,
          tight(`<div class="Yk1hcd" data-layout="presentation">
            <div class="pHsCke" role="status">You are presenting<button class="stopPres">Stop presenting</button></div>
            <div class="dkjMxf" data-participant-id="spaces/c4Zx/devices/1/presentation"><span class="zWGUib">Dr. Daniel Brooks (Presentation)</span></div>
          </div>`),
        );
        main.prepend(layout);
        layout.append(q(p.doc, '.hLkVuf'));
        main.setAttribute('style', 'inset: 0px;');
      });
      await m.pause(600);
      await m.say(you, t.a1c);
      await m.pause(450);
      await m.say(aisha, t.higher);
      await m.pause(300);
      await m.say(you, t.march);
      await m.pause(800);
      const ran = await m.say(aisha, t.ranOutHeard);
      await m.pause(350);
      await m.say(you, t.explain, (i) => {
        if (i === 4) m.revise(ran, t.ranOut);
        if (i === 7) m.dummy(true);
      });
      await m.pause(300);
      await m.say(aisha, t.yes);
      await m.pause(500);
      m.dummy(false);
      await m.say(omar, t.reminders);
      await m.pause(700);
      await m.say(you, t.stop);
      await m.pause(800);
      // Presentation stops: the layout (with the moved bar and its region) goes away, a new bar is mounted.
      q(p.doc, '[data-layout="presentation"]').remove();
      q(p.doc, '.Tmb7Fd').before(el(p.doc, captionBarHtml(EN)));
      q(p.doc, 'main.axUSnc').setAttribute('style', 'inset: 0px 0px 168px;');
      await m.pause(600);
      await m.say(aisha, t.dose);
      await m.pause(400);
      await m.say(you, t.notYet);
      await m.pause(500);
      await m.say(aisha, t.thanks);
    },
    leave: (p) => meetLeave(p, 'You left the meeting'),
    expected: [
      { speaker: YOU, role: 'clinician', text: t.hi },
      { speaker: 'Aisha Karim', role: 'patient', text: t.sure },
      { speaker: 'Omar Karim', text: t.hello },
      { speaker: YOU, role: 'clinician', text: t.share },
      { speaker: 'Aisha Karim', role: 'patient', text: t.ready },
      { speaker: YOU, role: 'clinician', text: t.a1c },
      { speaker: 'Aisha Karim', role: 'patient', text: t.higher },
      { speaker: YOU, role: 'clinician', text: t.march },
      { speaker: 'Aisha Karim', role: 'patient', text: t.ranOut },
      { speaker: YOU, role: 'clinician', text: t.explain },
      { speaker: 'Aisha Karim', role: 'patient', text: t.yes },
      { speaker: 'Omar Karim', text: t.reminders },
      { speaker: YOU, role: 'clinician', text: t.stop },
      { speaker: 'Aisha Karim', role: 'patient', text: t.dose },
      { speaker: YOU, role: 'clinician', text: t.notYet },
      { speaker: 'Aisha Karim', role: 'patient', text: t.thanks },
    ] satisfies Expected[],
    forbidden: ['arrow_downward', 'Jump to bottom', 'arrow_drop_down', 'You are presenting', 'Stop presenting', '(Presentation)', 'fax number', 'call_end'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Poor connection, Russian UI. Assumptions: the Russian region aria-label is "Субтитры" and the jump button reads
//    "Перейти вниз" (research lists other locales only); the local label "Вы" is documented (§2.6). A stalled
//    caption resumes in the SAME block's text node (no new block) after 2.3 s of silence. "Can you hear me?" is said
//    twice by each person as alternating turns (each a new block). When the patient drops, his earlier blocks stay
//    as scroll-back history and a toast (plain page text outside the region) appears; after rejoining, his captions
//    come in a new block with the same name. The clinician's two consecutive blocks (before/after the drop) are one
//    merged turn for the runner.
// ---------------------------------------------------------------------------------------------------------------
function poorConnectionScenario(): Scenario {
  const SELF = 'Dr. Elena Sokolova';
  const YOU = ['Вы', SELF];
  const RU: Ui = { captions: 'Субтитры', jump: 'Перейти вниз', lang: 'English' };
  const you: Who = { label: 'Вы', avatar: 'ACg8ocLs0kol', iml: '2210.6' };
  const marcus: Who = { label: 'Marcus Reid', avatar: 'ACg8ocJre1d', iml: '2214.1' };
  const marcusAgain: Who = { label: 'Marcus Reid', avatar: 'ACg8ocJre1d', iml: '2397.8' };
  const t = {
    hi: 'Good afternoon Marcus, this is Dr. Sokolova. How is the new inhaler working?',
    better: "It's better during the day, but at night I still wake up coughing around three in the morning.",
    howMany: 'How many nights a week does that happen?',
    four: 'Maybe four nights a week.',
    hear: 'Can you hear me?',
    breaking: "Marcus, you're breaking up. If we get cut off, I'll stay on this link.",
    dropped: "Looks like he dropped, I'll wait a minute for him to come back.",
    back: "Sorry, I'm back. I switched from the Wi-Fi to my phone data.",
    noProblem: 'No problem. You said about four nights a week?',
    yes: 'Yes.',
    rescue: 'Do you use the rescue inhaler on those nights?',
    once: 'Usually just once, and then I can get back to sleep.',
    plan: "Okay, I'd like to add a controller inhaler and see you again in four weeks.",
  };
  return {
    name: 'meet18: poor connection (stall, can-you-hear-me x2 each, patient drops and rejoins), Russian UI',
    url: 'https://meet.google.com/pwd-hzrt-kmc?hl=ru',
    selfNames: [SELF],
    body: meetBody({ self: SELF, others: ['Marcus Reid'], ui: RU, chatFrom: 'Marcus Reid', chat: 'wifi is really bad here today' }),
    async play(p) {
      const m = new MeetCall(p, FAST);
      await m.say(you, t.hi);
      await m.pause(800);
      // The patient's caption freezes after "still" (index 10) and resumes in the same text node.
      await m.say(marcus, t.better, async (i) => {
        if (i === 10) await m.pause(2300);
      });
      await m.pause(600);
      await m.say(you, t.howMany);
      await m.pause(1200);
      await m.say(marcus, t.four);
      await m.pause(1400);
      await m.say(you, t.hear);
      await m.pause(1100);
      await m.say(marcus, t.hear);
      await m.pause(900);
      await m.say(you, t.hear);
      await m.pause(1000);
      await m.say(marcus, t.hear);
      await m.pause(700);
      await m.say(you, t.breaking);
      await m.pause(500);
      // Patient drops.
      removeTile(p, 'Marcus Reid');
      const toast = el(p.doc, '<div class="NSvDmb" role="status">Marcus Reid покинул видеовстречу</div>');
      p.doc.body.append(toast);
      await m.pause(1500);
      await m.say(you, t.dropped);
      await m.pause(900);
      toast.remove();
      await m.pause(600);
      // Patient rejoins; the user has scrolled up, so the jump button shows.
      q(p.doc, 'main.axUSnc').insertAdjacentHTML('beforeend', tight(tileHtml('Marcus Reid', 3)));
      const toast2 = el(p.doc, '<div class="NSvDmb" role="status">Marcus Reid присоединился к видеовстрече</div>');
      p.doc.body.append(toast2);
      m.jump(true);
      await m.pause(900);
      await m.say(marcusAgain, t.back);
      await m.pause(500);
      toast2.remove();
      await m.say(you, t.noProblem);
      await m.pause(400);
      await m.say(marcusAgain, t.yes);
      await m.pause(500);
      m.jump(false);
      await m.say(you, t.rescue);
      await m.pause(600);
      await m.say(marcusAgain, t.once);
      await m.pause(700);
      await m.say(you, t.plan);
    },
    leave: (p) => meetLeave(p, 'Вы покинули видеовстречу'),
    expected: [
      { speaker: YOU, role: 'clinician', text: t.hi },
      { speaker: 'Marcus Reid', role: 'patient', text: t.better },
      { speaker: YOU, role: 'clinician', text: t.howMany },
      { speaker: 'Marcus Reid', role: 'patient', text: t.four },
      { speaker: YOU, role: 'clinician', text: t.hear },
      { speaker: 'Marcus Reid', role: 'patient', text: t.hear },
      { speaker: YOU, role: 'clinician', text: t.hear },
      { speaker: 'Marcus Reid', role: 'patient', text: t.hear },
      { speaker: YOU, role: 'clinician', text: t.breaking },
      { speaker: YOU, role: 'clinician', text: t.dropped },
      { speaker: 'Marcus Reid', role: 'patient', text: t.back },
      { speaker: YOU, role: 'clinician', text: t.noProblem },
      { speaker: 'Marcus Reid', role: 'patient', text: t.yes },
      { speaker: YOU, role: 'clinician', text: t.rescue },
      { speaker: 'Marcus Reid', role: 'patient', text: t.once },
      { speaker: YOU, role: 'clinician', text: t.plan },
    ] satisfies Expected[],
    forbidden: ['arrow_downward', 'Перейти вниз', 'покинул', 'присоединился', 'wifi is really bad', 'call_end', 'arrow_drop_down'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Caption settings changed mid-call. Assumptions: changing the caption font size (caption styling, §2.3 Jun
//    2025) re-renders the caption list: a new wrapper/region whose blocks are fresh nodes carrying the same settled
//    text, done 300 ms after the clinician's last word (so that block may not be stable yet). Switching the caption
//    language to Spanish replaces the region with a new EMPTY one (§2.2, TT #93) and the picker text changes; from
//    then on captions are Spanish. The settings dialog is page text outside the region. UI stays English ("You").
// ---------------------------------------------------------------------------------------------------------------
function settingsScenario(): Scenario {
  const SELF = 'Dr. Sofia Herrera';
  const YOU = ['You', SELF];
  const ES: Ui = { captions: 'Captions', jump: 'Jump to bottom', lang: 'Español (México)' };
  const you: Who = { label: 'You', avatar: 'ACg8ocHherr3ra', iml: '3051.2' };
  const luis: Who = { label: 'Luis Ortega', avatar: 'ACg8ocLort3ga', iml: '3055.7' };
  const t = {
    hello: "Hello Mr. Ortega, I'm Dr. Herrera. How are you feeling since the surgery?",
    red: 'Pretty good, but the incision is a little red on one side.',
    bigger: "Let me make the captions bigger so they're easier to read.",
    thanks: "Thank you, that's much better.",
    drainage: 'Is there any drainage or fever?',
    fluid: 'No fever. Just a little clear fluid on the bandage this morning.',
    spanish: 'Would you prefer to continue in Spanish?',
    please: 'Yes, please, that would be easier for me.',
    muyBien: 'Muy bien. ¿Cuándo empezó el enrojecimiento?',
    dias: 'Hace dos días, más o menos.',
    duele: '¿Le duele más que antes?',
    no: 'No.',
    crema: 'Voy a enviar una crema antibiótica a su farmacia.',
    gracias: 'Perfecto, gracias doctora.',
    foto: 'Mándeme una foto de la herida mañana por el portal.',
    si: 'Sí, claro.',
  };
  const dialog = (p: Page) =>
    el(
      p.doc,
      tight(`<div role="dialog" aria-label="Caption settings" class="uW2Fw">
        <h2>Captions</h2>
        <div class="row"><span>Caption language</span><span>English</span></div>
        <div class="row"><span>Font size</span><span>Large</span></div>
        <div class="row"><span>Font color</span><span>White</span></div>
      </div>`),
    );
  return {
    name: 'meet18: caption font size re-renders history, caption language switch replaces the region',
    url: 'https://meet.google.com/hbf-qyxn-tds',
    selfNames: [SELF],
    body: meetBody({ self: SELF, others: ['Luis Ortega'], ui: EN, chatFrom: 'Luis Ortega', chat: 'my daughter is helping me with the laptop' }),
    async play(p) {
      const m = new MeetCall(p, FAST);
      await m.say(you, t.hello);
      await m.pause(700);
      await m.say(luis, t.red);
      await m.pause(500);
      await m.say(you, t.bigger);
      await m.pause(300);
      const d1 = dialog(p);
      p.doc.body.append(d1);
      m.remountWithHistory('font-size: 28px; line-height: 36px;');
      await m.pause(800);
      d1.remove();
      await m.pause(300);
      await m.say(luis, t.thanks);
      await m.pause(600);
      await m.say(you, t.drainage);
      await m.pause(450);
      await m.say(luis, t.fluid);
      await m.pause(700);
      await m.say(you, t.spanish);
      await m.pause(500);
      await m.say(luis, t.please);
      await m.pause(900);
      const d2 = dialog(p);
      p.doc.body.append(d2);
      q(p.doc, '.langName').textContent = ES.lang;
      m.replaceRegionEmpty(ES);
      await m.pause(700);
      d2.remove();
      await m.pause(400);
      await m.say(you, t.muyBien);
      await m.pause(600);
      await m.say(luis, t.dias);
      await m.pause(500);
      await m.say(you, t.duele);
      await m.pause(350);
      await m.say(luis, t.no);
      await m.pause(600);
      await m.say(you, t.crema);
      await m.pause(400);
      await m.say(luis, t.gracias);
      await m.pause(700);
      await m.say(you, t.foto);
      await m.pause(450);
      await m.say(luis, t.si);
    },
    leave: (p) => meetLeave(p, 'You left the meeting'),
    expected: [
      { speaker: YOU, role: 'clinician', text: t.hello },
      { speaker: 'Luis Ortega', role: 'patient', text: t.red },
      { speaker: YOU, role: 'clinician', text: t.bigger },
      { speaker: 'Luis Ortega', role: 'patient', text: t.thanks },
      { speaker: YOU, role: 'clinician', text: t.drainage },
      { speaker: 'Luis Ortega', role: 'patient', text: t.fluid },
      { speaker: YOU, role: 'clinician', text: t.spanish },
      { speaker: 'Luis Ortega', role: 'patient', text: t.please },
      { speaker: YOU, role: 'clinician', text: t.muyBien },
      { speaker: 'Luis Ortega', role: 'patient', text: t.dias },
      { speaker: YOU, role: 'clinician', text: t.duele },
      { speaker: 'Luis Ortega', role: 'patient', text: t.no },
      { speaker: YOU, role: 'clinician', text: t.crema },
      { speaker: 'Luis Ortega', role: 'patient', text: t.gracias },
      { speaker: YOU, role: 'clinician', text: t.foto },
      { speaker: 'Luis Ortega', role: 'patient', text: t.si },
    ] satisfies Expected[],
    forbidden: ['arrow_downward', 'Jump to bottom', 'arrow_drop_down', 'Español', 'Font size', 'Caption language', 'daughter is helping', 'call_end'],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. Long history with backchannels, product timing (150–250 ms per word). Assumptions: the scroll-back keeps only
//    a handful of blocks late in a long call, so the OLDEST blocks are removed one at a time while the patient's
//    long turn grows (research: retained count is [U]). The clinician's "Mm-hmm."/"Okay."/"Right." are separate
//    "You" blocks; the patient's continuation after a backchannel is a new block; the patient's first long block
//    only gets its closing period after the "Mm-hmm." block appeared (a late correction, §2.5 item 3). The user has
//    scrolled up for part of the call, so "Jump to bottom" shows; a dummy div comes and goes.
// ---------------------------------------------------------------------------------------------------------------
function longHistoryScenario(): Scenario {
  const SELF = 'Dr. Nadia Bloom';
  const YOU = ['You', SELF];
  const you: Who = { label: 'You', avatar: 'ACg8ocNbl00m', iml: '4410.3' };
  const george: Who = { label: 'George Whitfield', avatar: 'ACg8ocGwh1t', iml: '4418.9' };
  const t = {
    morning: 'Good morning George, what brings you in today?',
    walkHeard:
      'Well, it started about a month ago. I was walking the dog up the hill behind our house and felt a tightness in my chest, like a band across it, and I had to stop for a couple of minutes before it went away',
    walk: 'Well, it started about a month ago. I was walking the dog up the hill behind our house and felt a tightness in my chest, like a band across it, and I had to stop for a couple of minutes before it went away.',
    mmhmm: 'Mm-hmm.',
    since: "Since then it's happened five or six times, always when I'm carrying groceries or climbing the stairs at work, and it goes away when I rest.",
    okay: 'Okay.',
    brother: 'My brother had a heart attack at fifty-eight, so my wife said I had to call.',
    resting: "She was right. Do you ever get the pain when you're resting?",
    no: 'No.',
    breath: 'Shortness of breath?',
    sometimes: 'Sometimes.',
    smoke: 'Do you smoke?',
    quit: 'I quit ten years ago, but before that I smoked about a pack a day for twenty years, and I still have a cigar at weddings, maybe twice a year.',
    right: 'Right.',
    serious: 'Is this something serious?',
    angina: 'It could be angina, so I want you to have a stress test this week, and if the pain comes on at rest, call nine one one.',
    understood: 'Understood.',
  };
  return {
    name: 'meet18: long patient history with clinician backchannels while old blocks are dropped (product timing)',
    url: 'https://meet.google.com/vzn-cqpe-ydo',
    selfNames: [SELF],
    productTiming: true,
    body: meetBody({ self: SELF, others: ['George Whitfield'], ui: EN, chatFrom: 'George Whitfield', chat: 'sorry my camera is off, I am in the car park' }),
    async play(p) {
      const m = new MeetCall(p, REAL);
      await m.say(you, t.morning);
      await m.pause(700);
      const g1 = await m.say(george, t.walkHeard, (i) => {
        if (i === 20) m.jump(true);
      });
      await m.pause(250);
      await m.say(you, t.mmhmm);
      m.revise(g1, t.walk);
      await m.pause(400);
      await m.say(george, t.since, (i) => {
        if (i === 12) m.dummy(true);
        if (i === 22) m.dummy(false);
      });
      await m.pause(300);
      await m.say(you, t.okay);
      await m.pause(350);
      await m.say(george, t.brother);
      await m.pause(600);
      await m.say(you, t.resting);
      await m.pause(400);
      await m.say(george, t.no);
      await m.pause(500);
      await m.say(you, t.breath);
      await m.pause(450);
      await m.say(george, t.sometimes);
      await m.pause(500);
      await m.say(you, t.smoke);
      await m.pause(600);
      await m.say(george, t.quit, (i) => {
        if (i % 3 === 0) m.dropOldest(5);
      });
      await m.pause(300);
      await m.say(you, t.right);
      await m.pause(500);
      m.jump(false);
      await m.say(george, t.serious);
      await m.pause(700);
      await m.say(you, t.angina, (i) => {
        if (i % 5 === 0) m.dropOldest(4);
      });
      await m.pause(500);
      await m.say(george, t.understood);
    },
    leave: (p) => meetLeave(p, 'You left the meeting'),
    expected: [
      { speaker: YOU, role: 'clinician', text: t.morning },
      { speaker: 'George Whitfield', role: 'patient', text: t.walk },
      { speaker: YOU, role: 'clinician', text: t.mmhmm },
      { speaker: 'George Whitfield', role: 'patient', text: t.since },
      { speaker: YOU, role: 'clinician', text: t.okay },
      { speaker: 'George Whitfield', role: 'patient', text: t.brother },
      { speaker: YOU, role: 'clinician', text: t.resting },
      { speaker: 'George Whitfield', role: 'patient', text: t.no },
      { speaker: YOU, role: 'clinician', text: t.breath },
      { speaker: 'George Whitfield', role: 'patient', text: t.sometimes },
      { speaker: YOU, role: 'clinician', text: t.smoke },
      { speaker: 'George Whitfield', role: 'patient', text: t.quit },
      { speaker: YOU, role: 'clinician', text: t.right },
      { speaker: 'George Whitfield', role: 'patient', text: t.serious },
      { speaker: YOU, role: 'clinician', text: t.angina },
      { speaker: 'George Whitfield', role: 'patient', text: t.understood },
    ] satisfies Expected[],
    forbidden: ['arrow_downward', 'Jump to bottom', 'arrow_drop_down', 'camera is off', 'call_end'],
  };
}

export const meetScenarios: Scenario[] = [presentingScenario(), poorConnectionScenario(), settingsScenario(), longHistoryScenario()];
