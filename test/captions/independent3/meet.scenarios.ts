// Blind Google Meet caption scenarios. Written only from /work/shared/research/caption-platforms.md
// (§1, §2 Google Meet, §8, §9), the "Live captions" paragraph of the codebook, kit.ts and runner.ts:
// no product code or product fixtures were read. The DOM is the doc's 2025–26 shape (§2.4 outline):
//   .hLkVuf[data-side=3] › .DtJ7e › div[jsname=dsyhDe].iOzk7 › div[role=region][tabindex=0][aria-label]
//     › div.nMcdL.bj4p3b (one block per turn) › div.adE6rb (img[data-iml] + div.KcIKyf.jxFHg › span.NWpY1d)
//                                             + div.ygicle.VbkSUe (one bare text node, rewritten in place)
//     › trailing non-caption children (an occasional dummy div, the "Jump to bottom" button area .IMKgW)
// In-call marker: the leave button's `.google-symbols` icon whose ligature text is `call_end` (§2.1).
// Leaving replaces the call UI with Meet's "You left the meeting" screen (no call_end any more).
import type { Expected, Page, Scenario } from '../independent/kit.ts';
import { el, grow, q } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Page pieces

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

type Lang = 'en' | 'ru' | 'ko';

/** Localized UI strings. [D] = in the doc; the rest are my own plausible translations [I]. */
const UI: Record<Lang, Record<string, string>> = {
  en: {
    captions: 'Captions', // [D]
    jump: 'Jump to bottom', // [D]
    leave: 'Leave call',
    ccOn: 'Turn off captions (c)',
    ccOff: 'Turn on captions (c)',
    mic: 'Turn off microphone',
    cam: 'Turn off camera',
    hand: 'Raise hand',
    present: 'Present now',
    more: 'More options',
    chatTitle: 'In-call messages',
    chatHint: 'Messages can only be seen by people in the call and are deleted when the call ends.',
    captionLang: 'English',
    settings: 'Caption settings',
    left: 'You left the meeting',
    rejoin: 'Rejoin',
    home: 'Return to home screen',
    feedback: 'Submit feedback',
  },
  ru: {
    captions: 'Субтитры', // [I] region label; the region itself is found by role/tabindex (§2.3)
    jump: 'Прокрутить вниз',
    leave: 'Покинуть встречу',
    ccOn: 'Отключить субтитры (c)',
    ccOff: 'Включить субтитры (c)',
    mic: 'Отключить микрофон',
    cam: 'Отключить камеру',
    hand: 'Поднять руку',
    present: 'Показать экран',
    more: 'Другие параметры',
    chatTitle: 'Сообщения в чате',
    chatHint: 'Сообщения видны только участникам встречи и удаляются после её завершения.',
    captionLang: 'русский',
    settings: 'Настройки субтитров',
    left: 'Вы покинули встречу',
    rejoin: 'Вернуться',
    home: 'Вернуться на главный экран',
    feedback: 'Отправить отзыв',
  },
  ko: {
    captions: '자막', // [D]
    jump: '하단으로 이동', // [D]
    leave: '통화에서 나가기',
    ccOn: '자막 사용 중지(c)',
    ccOff: '자막 사용(c)',
    mic: '마이크 끄기',
    cam: '카메라 끄기',
    hand: '손들기',
    present: '지금 발표',
    more: '옵션 더보기',
    chatTitle: '통화 중 메시지',
    chatHint: '메시지는 통화 참여자에게만 표시되며 통화가 끝나면 삭제됩니다.',
    captionLang: '한국어',
    settings: '자막 설정',
    left: '회의에서 나갔습니다',
    rejoin: '다시 참여',
    home: '홈 화면으로 돌아가기',
    feedback: '의견 보내기',
  },
};

/** A caption speaker as Meet labels the block (label may be "You"/"Вы" for the local user). */
interface Who {
  label: string;
  avatar: string;
  iml: string;
}
let imlSeq = 1000;
function who(label: string, seed: string): Who {
  imlSeq += 137;
  return { label, avatar: `https://lh3.googleusercontent.com/a/ACg8ocJ${seed}=s64-c-mo`, iml: `${imlSeq}.${imlSeq % 7}` };
}

interface Tile {
  name: string;
  avatar: string;
  self?: boolean;
}
interface ChatMsg {
  from: string;
  time: string;
  text: string;
}

function jumpButton(label: string): string {
  // §2.4: trailing "Jump to bottom" area, icon ligature + localized text.
  return `<div class="IMKgW"><button class="VfPpkd-LgbsSe ksBjEc" jsname="RNEaMb" aria-label="${esc(label)}"><i class="google-symbols" aria-hidden="true">arrow_downward</i><span class="VfPpkd-vQzf8d">${esc(label)}</span></button></div>`;
}
/** §2.4: "a dummy non-people div element" with fewer than 2 child nodes. */
const DUMMY = `<div class="Hs7Zbd"><div></div></div>`;

function regionHtml(lang: Lang, inner = ''): string {
  return `<div role="region" tabindex="0" aria-label="${esc(UI[lang].captions!)}" jscontroller="KPn5nb" jsaction="focus:Cdm5Ob;blur:rBv0Jf" class="vNKgIf UDinHf">${inner}</div>`;
}

/** The caption bar (§2.3): language picker + settings next to the region wrapper. */
function captionBar(lang: Lang, regionInner = '', withRegion = true): string {
  const t = UI[lang];
  return `<div class="hLkVuf" data-side="3"><div class="DtJ7e"><div class="NmXUuc P9KVBf" jscontroller="rRafu"><button class="XdG7Ze" aria-label="${esc(t.captionLang!)}"><span class="LzEXTe">${esc(t.captionLang!)}</span><i class="google-symbols" aria-hidden="true">arrow_drop_down</i></button><button class="XdG7Ze" aria-label="${esc(t.settings!)}"><i class="google-symbols" aria-hidden="true">settings</i></button></div><div jsname="dsyhDe" class="iOzk7">${withRegion ? regionHtml(lang, regionInner) : ''}</div></div></div>`;
}

function shell(o: {
  lang?: Lang;
  title: string;
  code: string;
  captions: boolean;
  regionInner?: string;
  tiles: Tile[];
  chat?: ChatMsg[];
  toast?: string;
}): string {
  const lang = o.lang ?? 'en';
  const t = UI[lang];
  const tiles = o.tiles
    .map(
      (x, i) =>
        `<div class="oZRSLe" data-participant-id="spaces/${o.code}/devices/${101 + i}"${x.self ? ` data-self-name="${esc(x.name)}"` : ''}>
          <div class="koV58"><img class="PvaGBc" alt="" data-iml="${400 + i * 31}.2" src="${x.avatar}"></div>
          <div class="XEazBc"><span class="zWGUib">${esc(x.name)}</span></div>
          <i class="google-symbols" aria-hidden="true">${x.self ? 'mic' : 'mic_off'}</i>
        </div>`,
    )
    .join('\n');
  const chat = (o.chat ?? [])
    .map(
      (m) =>
        `<div class="Ss4fHf"><div class="QTyiie"><div class="poVWob">${esc(m.from)}</div><div class="MuzmKe">${esc(m.time)}</div></div><div class="beTDc"><div class="ptNLrf"><div jsname="dTKtvb"><div class="er6Kjc">${esc(m.text)}</div></div></div></div></div>`,
    )
    .join('');
  return `
<div class="T4LgNb" jscontroller="kAPMuc">
  <div class="crqnQb">
    <main class="axUSnc" style="inset: 0px 0px 176px 0px;">
      <div class="dkjMxf">
${tiles}
      </div>
    </main>
    <div class="c8mVDd" id="captions-bar-host">${o.captions ? captionBar(lang, o.regionInner ?? '') : ''}</div>
    <aside class="WUFI9b" aria-label="${esc(t.chatTitle!)}">
      <div class="CYZUZd"><h2 class="fhz9Lb">${esc(t.chatTitle!)}</h2><button aria-label="Close"><i class="google-symbols" aria-hidden="true">close</i></button></div>
      <div class="Zmm6We">${esc(t.chatHint!)}</div>
      <div aria-live="polite" jsname="xySENc" class="Ge9Kpc">${chat}</div>
      <textarea class="qdOxv-fmcmS-wGMbrd" aria-label="Send a message"></textarea>
      <button aria-label="Send a message"><i class="google-symbols" aria-hidden="true">send</i></button>
    </aside>
    <div class="XDoBEd-JGcpL-P9KVBf" role="status" aria-live="assertive">${o.toast ? `<div class="toast">${esc(o.toast)}</div>` : ''}</div>
    <div class="UnvNgf Sdwpn P9KVBf" jsname="EaZ7Cc">
      <div class="r6xAKc"><div class="u6vdEc">${esc(o.title)}</div><span class="tnQ3Ze">${o.code}</span></div>
      <button aria-label="${esc(t.mic!)}" data-is-muted="false"><i class="google-symbols" aria-hidden="true">mic</i></button>
      <button aria-label="${esc(t.cam!)}" data-is-muted="false"><i class="google-symbols" aria-hidden="true">videocam</i></button>
      <button aria-label="${esc(o.captions ? t.ccOn! : t.ccOff!)}" aria-pressed="${o.captions}" jsname="r8qRAd"><i class="google-symbols" aria-hidden="true">${o.captions ? 'closed_caption' : 'closed_caption_off'}</i></button>
      <button aria-label="${esc(t.hand!)}"><i class="google-symbols" aria-hidden="true">back_hand</i></button>
      <button aria-label="${esc(t.present!)}"><i class="google-symbols" aria-hidden="true">present_to_all</i></button>
      <button aria-label="${esc(t.more!)}"><i class="google-symbols" aria-hidden="true">more_vert</i></button>
      <button aria-label="${esc(t.leave!)}" jsname="CQylAd" class="VfPpkd-Bz112c-LgbsSe"><i class="google-symbols" aria-hidden="true">call_end</i></button>
      <div class="jsNRx"><button aria-label="Meeting details"><i class="google-symbols" aria-hidden="true">info</i></button><button aria-label="People"><i class="google-symbols" aria-hidden="true">people</i><span class="uIZQNc">2</span></button><button aria-label="Chat with everyone"><i class="google-symbols" aria-hidden="true">chat</i></button></div>
    </div>
  </div>
</div>`;
}

// ---------------------------------------------------------------------------------------------
// Play helpers

function theRegion(p: Page): HTMLElement {
  return q(p.doc, 'div[jsname="dsyhDe"] > div[role="region"]');
}

function blocksOf(region: Element): Element[] {
  return Array.from(region.children).filter((c) => c.classList.contains('nMcdL'));
}

/** Appends a new speaker block after the last block (before the trailing dummy/jump children). */
function addBlock(p: Page, w: Who, first: string): Text {
  const region = theRegion(p);
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${w.iml}" src="${w.avatar}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${esc(w.label)}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode(first);
  q(b, '.ygicle').appendChild(t);
  const blocks = blocksOf(region);
  const last = blocks[blocks.length - 1];
  region.insertBefore(b, last ? last.nextSibling : region.firstChild);
  return t;
}

/** A new block for `w`, its text node growing word by word, then Meet's re-punctuated form. */
async function speak(p: Page, w: Who, text: string, final?: string, step = 90): Promise<Text> {
  const first = text.split(' ')[0] ?? '';
  const t = addBlock(p, w, first);
  await p.sleep(step);
  await grow(p, t, text, final, step, 1);
  return t;
}

function icon(p: Page, ligature: string): HTMLElement | undefined {
  return Array.from(p.doc.querySelectorAll<HTMLElement>('.google-symbols')).find((e) => e.textContent === ligature);
}

function addChat(p: Page, m: ChatMsg) {
  q(p.doc, 'div[aria-live="polite"].Ge9Kpc').appendChild(
    el(
      p.doc,
      `<div class="Ss4fHf"><div class="QTyiie"><div class="poVWob">${esc(m.from)}</div><div class="MuzmKe">${esc(m.time)}</div></div><div class="beTDc"><div class="ptNLrf"><div jsname="dTKtvb"><div class="er6Kjc">${esc(m.text)}</div></div></div></div></div>`,
    ),
  );
}

function toast(p: Page, text: string) {
  const host = q(p.doc, 'div[role="status"][aria-live="assertive"]');
  host.replaceChildren(el(p.doc, `<div class="toast">${esc(text)}</div>`));
}

/** Meet's leave: the whole call UI (controls with call_end, captions, chat) is replaced by the exit screen. */
function leaveTo(lang: Lang) {
  return (p: Page) => {
    const t = UI[lang];
    p.doc.body.innerHTML = `<div class="CRFCdf"><div class="Jyj1Td"><h1 class="roSPhc">${esc(t.left!)}</h1><div class="Pw1Wf"><button class="VfPpkd-LgbsSe">${esc(t.rejoin!)}</button><button class="VfPpkd-LgbsSe">${esc(t.home!)}</button></div><a href="#">${esc(t.feedback!)}</a></div></div>`;
  };
}

// Adjudicated after the first run (session 19): the product may name the local user as Meet labels
// the block ("You", "Вы") or by the display name; what matters is that the turn is the clinician's.
const clin = (speaker: string | string[], text: string): Expected => ({ speaker: typeof speaker === 'string' ? [speaker, 'You', 'Вы'] : speaker, role: 'clinician', text });
const pat = (speaker: string, text: string): Expected => ({ speaker, role: 'patient', text });

/** Strings from the page chrome that must never end up inside an utterance. */
const CHROME = ['call_end', 'closed_caption', 'arrow_downward', 'arrow_drop_down', 'more_vert', 'present_to_all', 'back_hand', 'videocam', 'Jump to bottom'];

// ---------------------------------------------------------------------------------------------
// Scenarios

// 1 ─ §2.4 outline + §2.5.1/2.5.2 + §2.6: "You" (the clinician) and the patient alternate; each
// turn is a new block, its single text node grows word by word and is re-punctuated/re-cased at
// the end. Dummy div + "Jump to bottom" stay as trailing region children; chat is a separate
// aria-live region (§2.3) that receives a message mid-call.
const s1 = (() => {
  const self = 'Maya Patel';
  const YOU = who('You', 'mPatelA1');
  const DAN = who('Daniel Okafor', 'dOkaforQ7');
  const T = {
    a: ['hi Daniel thanks for joining can you hear me okay', 'Hi Daniel, thanks for joining. Can you hear me okay?'],
    b: ['yes I can hear you fine', 'Yes, I can hear you fine.'],
    c: ['great so what brings you in today', 'Great. So what brings you in today?'],
    d: ["I've had this cough for about two weeks and it's getting worse at night", "I've had this cough for about two weeks, and it's getting worse at night."],
    e: ['okay is it a dry cough or are you bringing anything up', 'Okay. Is it a dry cough, or are you bringing anything up?'],
    f: ['mostly dry some clear stuff in the mornings', 'Mostly dry. Some clear stuff in the mornings.'],
  } as const;
  const s: Scenario = {
    name: 'meet: intake — "You" and the patient alternate, word-by-word growth, re-punctuated at turn end',
    url: 'https://meet.google.com/kdq-vwpt-zmr',
    selfNames: [self],
    body: shell({
      title: 'Follow-up: cough',
      code: 'kdq-vwpt-zmr',
      captions: true,
      regionInner: DUMMY + jumpButton('Jump to bottom'),
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: DAN.label, avatar: DAN.avatar },
      ],
      chat: [{ from: 'Daniel Okafor', time: '9:58 AM', text: 'Sorry, running two minutes late' }],
      toast: 'Daniel Okafor joined',
    }),
    async play(p) {
      await p.sleep(250);
      await speak(p, YOU, T.a[0], T.a[1]);
      await p.sleep(450);
      await speak(p, DAN, T.b[0], T.b[1]);
      await p.sleep(400);
      await speak(p, YOU, T.c[0], T.c[1]);
      await p.sleep(500);
      addChat(p, { from: 'Daniel Okafor', time: '10:01 AM', text: 'Pharmacy is Walgreens on 5th Ave' });
      await speak(p, DAN, T.d[0], T.d[1]);
      await p.sleep(450);
      await speak(p, YOU, T.e[0], T.e[1]);
      await p.sleep(400);
      await speak(p, DAN, T.f[0], T.f[1]);
    },
    leave: leaveTo('en'),
    expected: [clin(self, T.a[1]), pat('Daniel Okafor', T.b[1]), clin(self, T.c[1]), pat('Daniel Okafor', T.d[1]), clin(self, T.e[1]), pat('Daniel Okafor', T.f[1])],
    forbidden: [...CHROME, 'running two minutes late', 'Walgreens', 'joined', 'In-call messages'],
  };
  return s;
})();

// 2 ─ §2.5.3 (revisions, including to earlier blocks): Meet corrects a word in the patient's
// previous block ("at for" → "at four") while the clinician's next block is already growing, well
// after the earlier block went quiet; later a clinician block is re-punctuated after the patient
// has started answering, and a patient block is rewritten shorter (a repeated "I" removed).
// Loose: Meet re-punctuates/re-cases, only the words are compared.
const s2 = (() => {
  const self = 'Hannah Klein';
  const YOU = who('You', 'hKleinZ2');
  const SOF = who('Sofía Ramírez', 'sRamirezP4');
  const q1 = ['how has your sleep been since we changed the dose', 'How has your sleep been since we changed the dose?'] as const;
  const a1raw = "better I'm sleeping about six hours now but I wake up at for";
  const a1fix = "Better. I'm sleeping about six hours now, but I wake up at four.";
  const q2 = ["that's an improvement do you fall back asleep", "That's an improvement. Do you fall back asleep?"] as const;
  const a2 = ['usually yes after twenty minutes or so', 'Usually, yes, after twenty minutes or so.'] as const;
  const q3raw = "okay let's keep the dose the same for now";
  const q3first = "Okay, let's keep the dose the same for now";
  const q3fix = "Okay. Let's keep the dose the same for now.";
  const a3raw = 'I I think I can manage that';
  const a3fix = 'I think I can manage that.';
  const s: Scenario = {
    name: 'meet: late corrections — an earlier block is rewritten while the next speaker talks, a block shrinks on re-punctuation',
    url: 'https://meet.google.com/rtx-mhqa-bwe',
    selfNames: [self],
    body: shell({
      title: 'Medication review',
      code: 'rtx-mhqa-bwe',
      captions: true,
      regionInner: jumpButton('Jump to bottom'),
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: SOF.label, avatar: SOF.avatar },
      ],
      chat: [{ from: 'Hannah Klein', time: '2:03 PM', text: 'Sleep diary template: https://example.org/diary' }],
    }),
    loose: true,
    async play(p) {
      await p.sleep(250);
      await speak(p, YOU, q1[0], q1[1]);
      await p.sleep(400);
      const sofia1 = await speak(p, SOF, a1raw); // still "at for" when it goes quiet
      await p.sleep(450);
      // Clinician starts; partway through, Meet fixes Sofía's earlier block (>600 ms after it went quiet).
      const w = q2[0].split(' ');
      const c2 = addBlock(p, YOU, w[0] ?? '');
      await p.sleep(90);
      await grow(p, c2, w.slice(0, 3).join(' '), undefined, 90, 1);
      sofia1.data = a1fix;
      await grow(p, c2, q2[0], q2[1], 90, 3);
      await p.sleep(450);
      await speak(p, SOF, a2[0], a2[1]);
      await p.sleep(400);
      const c3 = await speak(p, YOU, q3raw, q3first);
      await p.sleep(350);
      const sofia3 = await speak(p, SOF, a3raw);
      c3.data = q3fix; // the clinician's block re-punctuated after the patient started
      await p.sleep(300);
      sofia3.data = a3fix; // rewritten shorter, not a new utterance
    },
    leave: leaveTo('en'),
    expected: [clin(self, q1[1]), pat('Sofía Ramírez', a1fix), clin(self, q2[1]), pat('Sofía Ramírez', a2[1]), clin(self, q3fix), pat('Sofía Ramírez', a3fix)],
    forbidden: [...CHROME, 'Sleep diary template', 'example.org'],
  };
  return s;
})();

// 3 ─ §2.5.1 (same speaker gets a new consecutive block after a pause; GMC merges them) and §9
// (two speakers alternating, same-speaker continuation split across blocks): the clinician explains
// over two blocks, the patient answers with one-word acknowledgements ("Mm-hmm.", "Yes."), then the
// patient also speaks in two consecutive blocks.
const s3 = (() => {
  const self = 'Priya Raman';
  const YOU = who('You', 'pRamanK9');
  const TOM = who('Tom Becker', 'tBeckerW3');
  const T = {
    c1: ["I'm going to explain the plan for the next two weeks", "I'm going to explain the plan for the next two weeks."],
    c2: ["first we'll start the inhaler twice a day", "First, we'll start the inhaler twice a day."],
    p1: ['mm-hmm', 'Mm-hmm.'],
    c3: ['and if the wheezing gets worse you call the clinic', 'And if the wheezing gets worse, you call the clinic.'],
    p2: ['yes', 'Yes.'],
    c4: ['does that make sense', 'Does that make sense?'],
    p3: ['it does', 'It does.'],
    p4: ['can I still go running', 'Can I still go running?'],
    c5: ['sure light running is fine', 'Sure, light running is fine.'],
  } as const;
  const s: Scenario = {
    name: 'meet: same speaker in consecutive blocks, one-word acknowledgements between turns',
    url: 'https://meet.google.com/pfn-crkd-ysu',
    selfNames: [self],
    body: shell({
      title: 'Asthma plan',
      code: 'pfn-crkd-ysu',
      captions: true,
      regionInner: jumpButton('Jump to bottom'),
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: TOM.label, avatar: TOM.avatar },
      ],
      chat: [],
    }),
    async play(p) {
      await p.sleep(250);
      await speak(p, YOU, T.c1[0], T.c1[1]);
      await p.sleep(900); // a pause: Meet starts a new block for the same speaker
      await speak(p, YOU, T.c2[0], T.c2[1]);
      await p.sleep(350);
      await speak(p, TOM, T.p1[0], T.p1[1]);
      await p.sleep(350);
      await speak(p, YOU, T.c3[0], T.c3[1]);
      await p.sleep(300);
      await speak(p, TOM, T.p2[0], T.p2[1]);
      await p.sleep(350);
      await speak(p, YOU, T.c4[0], T.c4[1]);
      await p.sleep(400);
      await speak(p, TOM, T.p3[0], T.p3[1]);
      await p.sleep(900);
      toast(p, 'Your microphone is on');
      await speak(p, TOM, T.p4[0], T.p4[1]);
      await p.sleep(400);
      await speak(p, YOU, T.c5[0], T.c5[1]);
    },
    leave: leaveTo('en'),
    expected: [
      clin(self, T.c1[1]),
      clin(self, T.c2[1]),
      pat('Tom Becker', T.p1[1]),
      clin(self, T.c3[1]),
      pat('Tom Becker', T.p2[1]),
      clin(self, T.c4[1]),
      pat('Tom Becker', T.p3[1]),
      pat('Tom Becker', T.p4[1]),
      clin(self, T.c5[1]),
    ],
    forbidden: [...CHROME, 'Your microphone is on'],
  };
  return s;
})();

// 4 ─ §2.5.5 (very long monologue: "Meet drops very long transcript for current person and starts
// over"; TT detects a shrink of >250 chars in the same block) and §9 (long monologue: truncation or
// reset). The patient's block grows past 300 chars, then the same text node is reset to the new
// words only. Every word must be kept once.
const s4 = (() => {
  const self = 'Marcus Hill';
  const YOU = who('You', 'mHillB5');
  const MAR = who('Margaret Lindqvist', 'mLindqN8');
  const q1 = ['tell me about the last few months', 'Tell me about the last few months.'] as const;
  const longRaw =
    'well it started in January when I noticed I was getting tired after climbing the stairs and I thought it was just the winter but then in February I started waking up at night short of breath and my ankles were swollen most evenings so my daughter made me call the office and they moved my appointment up but then I got the flu and had to cancel everything';
  const longFinal =
    'Well, it started in January when I noticed I was getting tired after climbing the stairs, and I thought it was just the winter. But then in February I started waking up at night short of breath, and my ankles were swollen most evenings, so my daughter made me call the office, and they moved my appointment up. But then I got the flu and had to cancel everything.';
  const restart = ["and since then I've been sleeping in the recliner because lying flat makes it worse", "And since then I've been sleeping in the recliner because lying flat makes it worse."] as const;
  const q2 = ['that sounds exhausting', 'That sounds exhausting.'] as const;
  const s: Scenario = {
    name: 'meet: long monologue — Meet drops the block text and starts over in the same block',
    url: 'https://meet.google.com/wbe-tzna-kqo',
    selfNames: [self],
    body: shell({
      title: 'Cardiology follow-up',
      code: 'wbe-tzna-kqo',
      captions: true,
      regionInner: DUMMY + jumpButton('Jump to bottom'),
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: MAR.label, avatar: MAR.avatar },
      ],
      chat: [{ from: 'Margaret Lindqvist', time: '11:15 AM', text: 'my daughter is listening in from her phone' }],
    }),
    async play(p) {
      await p.sleep(250);
      await speak(p, YOU, q1[0], q1[1]);
      await p.sleep(450);
      const t = await speak(p, MAR, longRaw, longFinal, 45);
      // Still speaking: Meet drops the long text and starts over with the new words only.
      await grow(p, t, restart[0], restart[1], 60);
      await p.sleep(500);
      await speak(p, YOU, q2[0], q2[1]);
    },
    leave: leaveTo('en'),
    expected: [clin(self, q1[1]), pat('Margaret Lindqvist', longFinal), pat('Margaret Lindqvist', restart[1]), clin(self, q2[1])],
    forbidden: [...CHROME, 'listening in from her phone'],
  };
  return s;
})();

// 5 ─ §2.2 (captions turned on with the CC button: `closed_caption_off` icon; region detached and
// replaced on toggle, TT #93) and §9 (captions off, then on — the root appears —, then off — the
// root is removed —, then on again — a new root node). What is said while captions are off never
// reaches the page, so it is not expected.
const s5 = (() => {
  const self = 'Olivia Grant';
  const YOU = who('You', 'oGrantH6');
  const LUI = who('Luis Fernández', 'lFernandezC1');
  const T = {
    p1: ['so the rash is mostly on my arms', 'So the rash is mostly on my arms.'],
    c1: ['when did you first notice it', 'When did you first notice it?'],
    p2: ['after I started the new antibiotic', 'After I started the new antibiotic.'],
    c2: ["okay that's important thank you", "Okay, that's important. Thank you."],
  } as const;
  const setCc = (p: Page, on: boolean) => {
    const i = icon(p, on ? 'closed_caption_off' : 'closed_caption');
    if (!i) throw new Error('scenario bug: CC icon not found');
    i.textContent = on ? 'closed_caption' : 'closed_caption_off';
    const b = i.closest('button');
    b?.setAttribute('aria-label', on ? UI.en.ccOn! : UI.en.ccOff!);
    b?.setAttribute('aria-pressed', String(on));
  };
  const s: Scenario = {
    name: 'meet: captions turned on late, then off and on again (a new region node)',
    url: 'https://meet.google.com/hvy-gsmo-dtc?authuser=0',
    selfNames: [self],
    body: shell({
      title: 'Dermatology consult',
      code: 'hvy-gsmo-dtc',
      captions: false,
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: LUI.label, avatar: LUI.avatar },
      ],
      chat: [{ from: 'Luis Fernández', time: '4:30 PM', text: 'uploading the photos now' }],
    }),
    async play(p) {
      await p.sleep(900); // in the call, captions off (spoken words are not in the DOM)
      // CC on: the caption bar and its region appear.
      q(p.doc, '#captions-bar-host').innerHTML = captionBar('en', jumpButton('Jump to bottom'));
      setCc(p, true);
      await p.sleep(400);
      await speak(p, LUI, T.p1[0], T.p1[1]);
      await p.sleep(400);
      await speak(p, YOU, T.c1[0], T.c1[1]);
      await p.sleep(900);
      // CC off: the region node is detached.
      theRegion(p).remove();
      setCc(p, false);
      addChat(p, { from: 'Luis Fernández', time: '4:32 PM', text: 'did the photos come through?' });
      await p.sleep(1200);
      // CC on again: a brand-new region node, empty.
      q(p.doc, 'div[jsname="dsyhDe"]').insertAdjacentHTML('beforeend', regionHtml('en', jumpButton('Jump to bottom')));
      setCc(p, true);
      await p.sleep(400);
      await speak(p, LUI, T.p2[0], T.p2[1]);
      await p.sleep(400);
      await speak(p, YOU, T.c2[0], T.c2[1]);
    },
    leave: leaveTo('en'),
    expected: [pat('Luis Fernández', T.p1[1]), clin(self, T.c1[1]), pat('Luis Fernández', T.p2[1]), clin(self, T.c2[1])],
    forbidden: [...CHROME, 'uploading the photos', 'did the photos come through'],
  };
  return s;
})();

// 6 ─ §2.5.6 (scrollable captions: old blocks as history, "Jump to bottom" shown when scrolled up)
// and §9 (retention: old items removed; a scroll-back history with a "Jump to bottom" button): at
// most three blocks are kept, the oldest removed from the top as new ones arrive; the jump button
// and the dummy div come and go as trailing children; the last answer is rewritten shorter by
// Meet's number formatting ("one thirty over eighty five" → "130 over 85").
const s6 = (() => {
  const self = 'Grace Mensah';
  const YOU = who('You', 'gMensahV0');
  const AHM = who('Ahmed Al-Sayed', 'aAlSayedT2');
  const turns: [Who, string, string][] = [
    [YOU, 'any side effects from the new medication', 'Any side effects from the new medication?'],
    [AHM, 'a little nausea in the morning', 'A little nausea in the morning.'],
    [YOU, 'are you taking it with food', 'Are you taking it with food?'],
    [AHM, 'not always', 'Not always.'],
    [YOU, 'try taking it with breakfast', 'Try taking it with breakfast.'],
    [AHM, 'okay I can do that', 'Okay, I can do that.'],
    [YOU, 'and how is your blood pressure at home', 'And how is your blood pressure at home?'],
    [AHM, 'around one thirty over eighty five', 'Around 130 over 85.'],
  ];
  const s: Scenario = {
    name: 'meet: scroll-back retention — oldest blocks removed from the top, jump button and dummy come and go',
    url: 'https://meet.google.com/zqa-lmvc-pnh',
    selfNames: [self],
    body: shell({
      title: 'Hypertension check-in',
      code: 'zqa-lmvc-pnh',
      captions: true,
      regionInner: '',
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: AHM.label, avatar: AHM.avatar },
      ],
      chat: [{ from: 'Ahmed Al-Sayed', time: '8:40 AM', text: 'BP log attached' }],
    }),
    async play(p) {
      await p.sleep(250);
      let i = 0;
      for (const [w, raw, fin] of turns) {
        await speak(p, w, raw, fin);
        const region = theRegion(p);
        const blocks = blocksOf(region);
        if (blocks.length > 3) blocks[0]?.remove(); // scrolled out of the retained history
        i++;
        if (i === 3) {
          // The user scrolls up: Meet shows the jump button (and the dummy) after the blocks.
          region.insertAdjacentHTML('beforeend', DUMMY + jumpButton('Jump to bottom'));
        }
        if (i === 6) {
          // Back at the bottom: the jump button and dummy go away.
          region.querySelector('.IMKgW')?.remove();
          region.querySelector('.Hs7Zbd')?.remove();
        }
        await p.sleep(380);
      }
    },
    leave: leaveTo('en'),
    expected: turns.map(([w, , fin]) => (w === YOU ? clin(self, fin) : pat('Ahmed Al-Sayed', fin))),
    forbidden: [...CHROME, 'BP log attached'],
  };
  return s;
})();

// 7 ─ §2.3 (localized region aria-label; the region is found by role/tabindex), §2.6 (the local
// user's label is localized: "Вы") and §9 (localization: the name "Вы"): a Russian-UI call with a
// Cyrillic-named patient, Russian captions, a one-word "Да." answer followed by a same-speaker block.
const s7 = (() => {
  const self = 'Ольга Смирнова';
  const YOU = who('Вы', 'oSmirnovaR1');
  const ANN = who('Анна Кузнецова', 'aKuznetsovaL6');
  const T = {
    c1: ['здравствуйте Анна как вы себя чувствуете', 'Здравствуйте, Анна. Как вы себя чувствуете?'],
    p1: ['спасибо уже лучше температуры нет', 'Спасибо, уже лучше. Температуры нет.'],
    c2: ['кашель ещё беспокоит', 'Кашель ещё беспокоит?'],
    p2: ['да', 'Да.'],
    p3: ['немного по утрам', 'Немного, по утрам.'],
    c3: ['хорошо продолжайте принимать сироп ещё пять дней', 'Хорошо. Продолжайте принимать сироп ещё пять дней.'],
  } as const;
  const s: Scenario = {
    name: 'meet: Russian UI — self labelled "Вы", Cyrillic patient name, localized region label',
    url: 'https://meet.google.com/ceu-wfbk-rno',
    selfNames: [self],
    body: shell({
      lang: 'ru',
      title: 'Повторный приём',
      code: 'ceu-wfbk-rno',
      captions: true,
      regionInner: jumpButton(UI.ru.jump!),
      tiles: [
        { name: self, avatar: YOU.avatar, self: true },
        { name: ANN.label, avatar: ANN.avatar },
      ],
      chat: [{ from: 'Анна Кузнецова', time: '10:05', text: 'Извините, плохо слышно' }],
    }),
    async play(p) {
      await p.sleep(250);
      await speak(p, YOU, T.c1[0], T.c1[1]);
      await p.sleep(400);
      await speak(p, ANN, T.p1[0], T.p1[1]);
      await p.sleep(400);
      await speak(p, YOU, T.c2[0], T.c2[1]);
      await p.sleep(350);
      await speak(p, ANN, T.p2[0], T.p2[1]);
      await p.sleep(900); // pause: a new block for the same speaker
      await speak(p, ANN, T.p3[0], T.p3[1]);
      await p.sleep(400);
      await speak(p, YOU, T.c3[0], T.c3[1]);
    },
    leave: leaveTo('ru'),
    expected: [
      clin(self, T.c1[1]),
      pat('Анна Кузнецова', T.p1[1]),
      clin(self, T.c2[1]),
      pat('Анна Кузнецова', T.p2[1]),
      pat('Анна Кузнецова', T.p3[1]),
      clin(self, T.c3[1]),
    ],
    forbidden: [...CHROME, UI.ru.jump!, 'плохо слышно', UI.ru.captionLang!],
  };
  return s;
})();

// 8 ─ §2.3 ("자막" region label), §2.4 (trailing jump button with the localized "하단으로 이동" and the
// arrow_downward ligature), §2.6 (localized UI strings leaking into innerText): a Korean-UI call in
// which the patient (Hangul name) describes symptoms over three blocks; one block is rewritten
// shorter when Meet fixes the spacing ("먹었어 요" → "먹었어요."). The clinician only listens here.
const s8 = (() => {
  const self = '이서연';
  const MIN = who('김민준', 'kMinjunE4');
  const T = {
    p1: ['어제부터 머리가 아프고 열이 나요', '어제부터 머리가 아프고 열이 나요.'],
    p2raw: '약은 타이레놀만 먹었어 요',
    p2fix: '약은 타이레놀만 먹었어요.',
    p3: ['밤에는 기침도 조금 해요 목도 아프고요', '밤에는 기침도 조금 해요. 목도 아프고요.'],
  } as const;
  const s: Scenario = {
    name: 'meet: Korean UI — "자막" region, "하단으로 이동" jump button, Hangul patient name, spacing rewrite',
    url: 'https://meet.google.com/yjd-pxow-fas',
    selfNames: [self],
    body: shell({
      lang: 'ko',
      title: '비대면 진료',
      code: 'yjd-pxow-fas',
      captions: true,
      regionInner: DUMMY + jumpButton(UI.ko.jump!),
      tiles: [
        { name: self, avatar: who(self, 'lSeoyeonF3').avatar, self: true },
        { name: MIN.label, avatar: MIN.avatar },
      ],
      chat: [{ from: '김민준', time: '오후 3:12', text: '소리가 잘 들려요' }],
      toast: '김민준님이 참여했습니다',
    }),
    async play(p) {
      await p.sleep(250);
      await speak(p, MIN, T.p1[0], T.p1[1], 110);
      await p.sleep(900);
      const t2 = await speak(p, MIN, T.p2raw, undefined, 110);
      await p.sleep(300);
      t2.data = T.p2fix; // shorter, same block
      await p.sleep(900);
      addChat(p, { from: '김민준', time: '오후 3:14', text: '처방전은 문자로 받을게요' });
      await speak(p, MIN, T.p3[0], T.p3[1], 110);
    },
    leave: leaveTo('ko'),
    expected: [pat('김민준', T.p1[1]), pat('김민준', T.p2fix), pat('김민준', T.p3[1])],
    forbidden: [...CHROME, UI.ko.jump!, '소리가 잘 들려요', '처방전은 문자로', '참여했습니다', UI.ko.captionLang!],
  };
  return s;
})();

// 9 ─ §2.6 (self-name resolution: map "You" — and only "You" — to the self name) with §2.3 (A/B and
// phased rollouts: different accounts get different Meet DOMs): a variant where the local user's
// block carries the display name (accented) instead of "You", and the patient's own name begins
// with "You" (the surname 游, romanized "You"). The trailing button uses the other documented label
// "Jump to the most recent captions" (§2.4, GMC). The clinician's "Mm-hmm." is a one-word turn.
const s9 = (() => {
  const selfNames = ['Renée Côté', 'Dr. Renée Côté'];
  const ME = who('Renée Côté', 'rCoteJ8');
  const XIN = who('You Xinyi', 'yXinyiU5');
  const T = {
    c1: ["hi Xinyi I'm Dr Côté I'll be covering for Dr Adams today", "Hi Xinyi, I'm Dr. Côté. I'll be covering for Dr. Adams today."],
    p1: ['nice to meet you', 'Nice to meet you.'],
    c2: ['what would you like to focus on', 'What would you like to focus on?'],
    p2: ["my migraines they've been coming back twice a week", "My migraines. They've been coming back twice a week."],
    c3: ['mm-hmm', 'Mm-hmm.'],
    p3: ["and the triptan isn't working as well", "And the triptan isn't working as well."],
  } as const;
  const s: Scenario = {
    name: 'meet: self labelled by display name (variant), patient named "You Xinyi", accented names',
    url: 'https://meet.google.com/gok-rsev-uvi',
    selfNames,
    body: shell({
      title: 'Headache clinic',
      code: 'gok-rsev-uvi',
      captions: true,
      regionInner: jumpButton('Jump to the most recent captions'),
      tiles: [
        { name: 'Renée Côté', avatar: ME.avatar, self: true },
        { name: XIN.label, avatar: XIN.avatar },
      ],
      chat: [{ from: 'You', time: '1:02 PM', text: 'Welcome! Please keep your headache log handy.' }],
    }),
    async play(p) {
      await p.sleep(250);
      await speak(p, ME, T.c1[0], T.c1[1]);
      await p.sleep(400);
      await speak(p, XIN, T.p1[0], T.p1[1]);
      await p.sleep(400);
      await speak(p, ME, T.c2[0], T.c2[1]);
      await p.sleep(400);
      await speak(p, XIN, T.p2[0], T.p2[1]);
      await p.sleep(300);
      await speak(p, ME, T.c3[0], T.c3[1]);
      await p.sleep(300);
      await speak(p, XIN, T.p3[0], T.p3[1]);
    },
    leave: leaveTo('en'),
    expected: [
      clin(selfNames, T.c1[1]),
      pat('You Xinyi', T.p1[1]),
      clin(selfNames, T.c2[1]),
      pat('You Xinyi', T.p2[1]),
      clin(selfNames, T.c3[1]),
      pat('You Xinyi', T.p3[1]),
    ],
    forbidden: [...CHROME, 'Jump to the most recent captions', 'headache log'],
  };
  return s;
})();

export const meetScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6, s7, s8, s9];
