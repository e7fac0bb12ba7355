// Blind Google Meet caption scenarios (round 4: how live speech recognition rewrites captions, and
// conversation shapes of a real telehealth call). Written only from
// /work/shared/research/caption-platforms.md (§1, §2 Google Meet, §8, §9) and the CODEBOOK "Live
// captions" paragraph; no product code or fixtures were read.
//
// Page model used throughout (doc §2.4 "Outline to build (2025–26 shape)"):
//   .DtJ7e › div[jsname=dsyhDe].iOzk7 › div[role=region][tabindex=0][aria-label=Captions]
//     › div.nMcdL.bj4p3b (one per speaker turn)
//         › div.adE6rb (img[data-iml] googleusercontent avatar + div.KcIKyf.jxFHg › span.NWpY1d name)
//         › div.ygicle.VbkSUe holding ONE bare text node, rewritten in place (characterData, §2.5.2)
//     › trailing non-caption children: an occasional dummy div and the "Jump to bottom" button (§2.4)
// The local user is labelled with the literal "You" (§2.6). In-call marker = the `call_end` ligature
// of the leave button (§2.1); the CC button shows `closed_caption` / `closed_caption_off` (§2.2).
// Chat is a separate aria-live=polite region `.Ge9Kpc[jsname=xySENc]` (§2.3), used as a distractor.
// Leaving replaces the call UI with the "You left the meeting" screen (no call_end, no region).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// Page builders

interface Who {
  /** What the caption block shows as the name ("You" for the local user). */
  label: string;
  avatar: string;
  iml: string;
}

const avatar = (id: string) => `https://lh3.googleusercontent.com/a/ACg8oc${id}=s120-c-mo`;
const who = (label: string, id: string, iml: string): Who => ({ label, avatar: avatar(id), iml });

const ICON = (name: string) => `<i class="google-symbols notranslate" aria-hidden="true">${name}</i>`;

const JUMP_HTML =
  '<div class="IMKgW"><button class="VfPpkd-LgbsSe" jsname="lGZPsd" aria-label="Jump to bottom">' +
  `${ICON('arrow_downward')}<span class="VfPpkd-vQzf8d">Jump to bottom</span></button></div>`;
const DUMMY_HTML = '<div class="aYvTne"></div>';

/** Icon names, button labels and UI strings that must never become caption text. */
const UI_FORBIDDEN = [
  'arrow_downward',
  'Jump to bottom',
  'call_end',
  'closed_caption',
  'more_vert',
  'back_hand',
  'present_to_all',
  'videocam',
  'Leave call',
  'English (United',
  'In-call messages',
  'Caption settings',
];

function regionHtml(opts: { label?: string; trailing?: string } = {}): string {
  return (
    `<div tabindex="0" role="region" aria-label="${opts.label ?? 'Captions'}" jscontroller="KPn5nb" ` +
    `jsaction="focus:h06R8;blur:zjh6rb" class="vNKgIf UDinHf">${opts.trailing ?? ''}</div>`
  );
}

function captionBarHtml(opts: { trailing?: string; language?: string } = {}): string {
  return (
    '<div class="a4cQT hLkVuf" data-side="3" style="right: 16px; left: 16px; bottom: 80px;">' +
    '<div class="DtJ7e">' +
    `<div jsname="dsyhDe" class="iOzk7">${regionHtml({ trailing: opts.trailing })}</div>` +
    '<div class="NmXUuc P9KVBf" jscontroller="rRafu"><button class="VYBDae-Bz112c-LgbsSe" aria-label="Caption settings">' +
    `${ICON('language')}<span class="lang">${opts.language ?? 'English (United States)'}</span>` +
    `${ICON('settings')}</button></div>` +
    '</div></div>'
  );
}

function tileHtml(name: string, img: string, self: boolean): string {
  return (
    `<div class="oZRSLe" data-participant-id="spaces/x/devices/${name.length}"${self ? ` data-self-name="${name}"` : ''}>` +
    `<img class="Z0Mrsb" alt="" src="${img}">` +
    `<div class="XEazBc"><span class="zWGUib">${name}</span></div>` +
    `<button aria-label="More options for ${name}">${ICON('more_vert')}</button></div>`
  );
}

interface CallOpts {
  title: string;
  code: string;
  self: { name: string; img: string };
  others: { name: string; img: string }[];
  captionsOn: boolean;
  trailing?: string;
  chat: { from: string; time: string; text: string }[];
}

function chatMsgHtml(m: { from: string; time: string; text: string }): string {
  return (
    '<div class="Ss4fHf"><div class="QTyiie">' +
    `<div class="poVWob">${m.from}</div><div class="MuzmKe">${m.time}</div></div>` +
    `<div class="beTDc"><div class="ptNLrf"><div jsname="dTKtvb">${m.text}</div></div></div></div>`
  );
}

function callBody(o: CallOpts): string {
  const tiles = [tileHtml(o.self.name, o.self.img, true), ...o.others.map((x) => tileHtml(x.name, x.img, false))].join('');
  return (
    '<div class="T4LgNb" jsname="a4fUwd"><div class="crqnQb">' +
    `<div class="u6vdEc ouH3xe">${o.title}</div>` +
    `<main class="axUSnc" style="inset: 0px 0px ${o.captionsOn ? 152 : 80}px;">${tiles}</main>` +
    (o.captionsOn ? captionBarHtml({ trailing: o.trailing }) : '') +
    '<div class="Tmb7Fd" jscontroller="kAPMuc">' +
    `<div class="r6xAKc"><span class="lAhyH">10:42 AM</span><span class="ouH3xe">${o.code}</span></div>` +
    `<button aria-label="Turn off microphone">${ICON('mic')}</button>` +
    `<button aria-label="Turn off camera">${ICON('videocam')}</button>` +
    (o.captionsOn
      ? `<button jsname="r8qRAd" aria-label="Turn off captions" aria-pressed="true">${ICON('closed_caption')}</button>`
      : `<button jsname="r8qRAd" aria-label="Turn on captions" aria-pressed="false">${ICON('closed_caption_off')}</button>`) +
    `<button aria-label="Send a reaction">${ICON('mood')}</button>` +
    `<button aria-label="Present now">${ICON('present_to_all')}</button>` +
    `<button aria-label="Raise hand (ctrl + alt + h)">${ICON('back_hand')}</button>` +
    `<button aria-label="More options">${ICON('more_vert')}</button>` +
    `<button jsname="CQylAd" aria-label="Leave call">${ICON('call_end')}</button>` +
    `<button aria-label="Chat with everyone">${ICON('chat')}</button>` +
    '</div></div>' +
    '<div class="WUFI9b" aria-label="Side panel"><div class="z38b6">In-call messages</div>' +
    `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc">${o.chat.map(chatMsgHtml).join('')}</div></div>` +
    '</div>'
  );
}

const LEFT_HTML =
  '<div class="CRFCdf"><h1 class="roSPhc">You left the meeting</h1>' +
  '<button jsname="oI7Fj">Rejoin</button><button jsname="dqt8Pb">Return to home screen</button>' +
  '<div class="feedback">How was the audio and video?</div></div>';

/** Meet swaps the whole call UI for the "You left the meeting" screen (same URL, SPA). */
function leaveMeet(p: Page) {
  q(p.doc, '.T4LgNb').remove();
  p.doc.body.insertAdjacentHTML('beforeend', LEFT_HTML);
}

function captionRegion(p: Page): HTMLElement {
  return q(p.doc, 'div[role="region"][tabindex="0"][jscontroller="KPn5nb"]');
}

/** Appends a new speaker-turn block after the last block (before the trailing non-caption children). */
function addBlock(p: Page, w: Who, first: string): Text {
  const region = captionRegion(p);
  const block = el(
    p.doc,
    '<div class="nMcdL bj4p3b"><div class="adE6rb">' +
      `<img class="Z6byG r6DyN" alt="" data-iml="${w.iml}" src="${w.avatar}">` +
      `<div class="KcIKyf jxFHg"><span class="NWpY1d">${w.label}</span></div></div>` +
      '<div class="ygicle VbkSUe"></div></div>',
  );
  const text = p.doc.createTextNode(first);
  q(block, '.ygicle').appendChild(text);
  const blocks = Array.from(region.children).filter((c) => c.classList.contains('nMcdL'));
  const last = blocks[blocks.length - 1];
  if (last) last.after(block);
  else region.prepend(block);
  return text;
}

/** Word-by-word growth from whatever the node shows now (kit `grow`, continuing at the current length). */
async function more(p: Page, node: Text, text: string, final?: string, ms = 90) {
  const have = node.data.trim() === '' ? 0 : node.data.split(' ').length;
  await grow(p, node, text, final, ms, have);
}

/** The recogniser rewriting the caption: each state replaces the whole text node. */
async function rewrite(p: Page, node: Text, states: string[], ms = 110) {
  for (const s of states) {
    node.data = s;
    await p.sleep(ms);
  }
}

function addChat(p: Page, m: { from: string; time: string; text: string }) {
  q(p.doc, '.Ge9Kpc[jsname="xySENc"]').appendChild(el(p.doc, chatMsgHtml(m)));
}

const youOr = (self: string) => ['You', self];

// ---------------------------------------------------------------------------------------------
// 1. Numbers and units formatted in place, stutter removal, merged/split words, a late fix of an
//    earlier block. Doc §2.4 (2025–26 outline, trailing dummy + "Jump to bottom" as in TT's
//    children[len-3] model), §2.5.2–3 (characterData rewrite, revisions of earlier blocks), §2.6 ("You").

const S1_SELF = 'Dr. Priya Raman';
const S1_YOU = who('You', 'J7xQm1', '1712.4');
const S1_PAT = who('Maria Lopez', 'Kp02Zr', '1713.9');

const s1: Scenario = {
  name: 'meet: recogniser formats blood pressure and doses in place, drops a stutter, re-splits "everyday"',
  url: 'https://meet.google.com/kfr-pqzt-wmx?authuser=0',
  selfNames: [S1_SELF],
  body: callBody({
    title: 'BP follow-up – Maria Lopez',
    code: 'kfr-pqzt-wmx',
    self: { name: S1_SELF, img: S1_YOU.avatar },
    others: [{ name: 'Maria Lopez', img: S1_PAT.avatar }],
    captionsOn: true,
    trailing: DUMMY_HTML + JUMP_HTML,
    chat: [{ from: 'Maria Lopez', time: '10:40 AM', text: 'Hi doctor, I can only hear you faintly' }],
  }),
  async play(p) {
    let t = addBlock(p, S1_YOU, 'how');
    await more(p, t, 'how how have your');
    await rewrite(p, t, ['How have your']); // stutter dropped
    await more(p, t, 'How have your blood pressure readings been this week', 'How have your blood pressure readings been this week?');
    await p.sleep(450);

    t = addBlock(p, S1_PAT, 'mostly');
    await more(p, t, 'mostly around one thirty over eighty');
    await rewrite(p, t, ['mostly around 130/80', 'mostly around 130/85', 'mostly around 130/85 in the mornings']);
    await more(p, t, 'Mostly around 130/85 in the mornings, a bit higher at night', 'Mostly around 130/85 in the mornings, a bit higher at night.');
    await p.sleep(450);

    t = addBlock(p, S1_YOU, 'okay');
    await more(p, t, "okay and you're still taking the lisinopril twenty milligrams");
    await rewrite(p, t, [
      "okay and you're still taking the lisinopril 20 mg",
      "okay and you're still taking the lisinopril 20 mg once a",
      "okay and you're still taking the lisinopril 20 mg once a day",
      "Okay, and you're still taking the lisinopril 20 mg once a day?",
    ]);
    await p.sleep(400);

    const yes = addBlock(p, S1_PAT, 'yes');
    await more(p, yes, 'yes every day with breakfast', 'Yes, everyday with breakfast.'); // words merged
    await p.sleep(450);

    t = addBlock(p, S1_YOU, 'good');
    await more(p, t, "good I'd like you to go");
    yes.data = 'Yes, every day with breakfast.'; // Meet re-splits the earlier block while You talk
    await more(p, t, "good I'd like you to go up to forty milligrams");
    await rewrite(p, t, [
      "Good. I'd like you to go up to 40 mg", // sentence split by a full stop mid-caption
      "Good. I'd like you to go up to 40 mg starting",
      "Good. I'd like you to go up to 40 mg starting tomorrow.",
    ]);
    addChat(p, { from: 'Maria Lopez', time: '10:43 AM', text: 'Sending my BP diary photo now' });
    await p.sleep(400);

    t = addBlock(p, S1_PAT, 'forty');
    await more(p, t, 'forty milligrams okay');
    await rewrite(p, t, ['40 mg, okay.', '40 mg, okay. Should']);
    await more(p, t, '40 mg, okay. Should I still take it in the morning', '40 mg, okay. Should I still take it in the morning?');
    await p.sleep(400);

    t = addBlock(p, S1_YOU, 'yes');
    await more(p, t, 'yes in the morning is perfect', 'Yes, in the morning is perfect.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: youOr(S1_SELF), role: 'clinician', text: 'How have your blood pressure readings been this week?' },
    { speaker: 'Maria Lopez', role: 'patient', text: 'Mostly around 130/85 in the mornings, a bit higher at night.' },
    { speaker: youOr(S1_SELF), role: 'clinician', text: "Okay, and you're still taking the lisinopril 20 mg once a day?" },
    { speaker: 'Maria Lopez', role: 'patient', text: 'Yes, every day with breakfast.' },
    { speaker: youOr(S1_SELF), role: 'clinician', text: "Good. I'd like you to go up to 40 mg starting tomorrow." },
    { speaker: 'Maria Lopez', role: 'patient', text: '40 mg, okay. Should I still take it in the morning?' },
    { speaker: youOr(S1_SELF), role: 'clinician', text: 'Yes, in the morning is perfect.' },
  ],
  forbidden: [...UI_FORBIDDEN, 'faintly', 'BP diary'],
};

// ---------------------------------------------------------------------------------------------
// 2. Quick turn-taking with overlaps: the patient's block appears before the clinician's caption
//    gets its last word / question mark; "for" -> "four" fixed in an EARLIER block while the next
//    speaker talks; "there" -> "their", "the the" and "I I" cleaned up. Doc §2.5.1–3.

const S2_SELF = 'Dr. Daniel Okafor';
const S2_YOU = who('You', 'Bv83Lw', '2201.7');
const S2_PAT = who('Hannah Schmidt', 'Qe55Tn', '2202.2');

const s2: Scenario = {
  name: 'meet: overlapping turns, "for"->"four" fixed in an earlier block, "there"->"their", stutters removed',
  url: 'https://meet.google.com/hzv-qmne-tra',
  selfNames: [S2_SELF],
  body: callBody({
    title: 'Asthma review',
    code: 'hzv-qmne-tra',
    self: { name: S2_SELF, img: S2_YOU.avatar },
    others: [{ name: 'Hannah Schmidt', img: S2_PAT.avatar }],
    captionsOn: true,
    trailing: JUMP_HTML,
    chat: [],
  }),
  async play(p) {
    let you = addBlock(p, S2_YOU, 'how');
    await more(p, you, 'how often are you using the the');
    await rewrite(p, you, ['how often are you using the', 'how often are you using the blue', 'how often are you using the blue inhaler'], 100);
    // Hannah starts talking before the clinician's caption is punctuated.
    const h1 = addBlock(p, S2_PAT, 'about');
    await p.sleep(90);
    you.data = 'How often are you using the blue inhaler?';
    await more(p, h1, 'about for times a day');
    await more(p, h1, 'About for times a day, mostly at night', 'About for times a day, mostly at night.');
    await p.sleep(350);

    you = addBlock(p, S2_YOU, 'is');
    await more(p, you, 'is that more');
    h1.data = 'About four times a day, mostly at night.'; // late correction of the earlier block
    await more(p, you, 'is that more than before');
    const h2 = addBlock(p, S2_PAT, 'yes'); // quick reply, before the "?" lands
    await p.sleep(90);
    you.data = 'Is that more than before?';
    await more(p, h2, 'yes since the kids brought there colds home');
    await rewrite(p, h2, [
      'Yes, since the kids brought their colds home.',
      'Yes, since the kids brought their colds home. I',
      'Yes, since the kids brought their colds home. I I',
      "Yes, since the kids brought their colds home. I I've",
      "Yes, since the kids brought their colds home. I've been",
      "Yes, since the kids brought their colds home. I've been wheezing",
      "Yes, since the kids brought their colds home. I've been wheezing more.",
    ], 100);
    addChat(p, { from: 'Hannah Schmidt', time: '9:12 AM', text: 'sorry my video keeps freezing' });
    await p.sleep(400);

    you = addBlock(p, S2_YOU, 'okay');
    await more(p, you, "okay that tells me your asthma isn't well controlled");
    const h3 = addBlock(p, S2_PAT, 'is'); // she cuts in
    await p.sleep(90);
    you.data = "okay that tells me your asthma isn't well controlled right";
    await p.sleep(90);
    you.data = "Okay, that tells me your asthma isn't well controlled right now.";
    await more(p, h3, 'is that bad', 'Is that bad?', 110);
    await p.sleep(400);

    you = addBlock(p, S2_YOU, "it's");
    await more(p, you, "it's common and we can fix it we'll add a");
    await rewrite(p, you, ["It's common, and we can fix it. We'll add a"]);
    await more(p, you, "It's common, and we can fix it. We'll add a preventer inhaler twice a day", "It's common, and we can fix it. We'll add a preventer inhaler twice a day.");
    await p.sleep(350);

    const h4 = addBlock(p, S2_PAT, 'twice');
    await more(p, h4, 'twice a day okay', 'Twice a day, okay.');
  },
  leave(p) {
    p.doc.body.innerHTML = LEFT_HTML;
  },
  expected: [
    { speaker: youOr(S2_SELF), role: 'clinician', text: 'How often are you using the blue inhaler?' },
    { speaker: 'Hannah Schmidt', role: 'patient', text: 'About four times a day, mostly at night.' },
    { speaker: youOr(S2_SELF), role: 'clinician', text: 'Is that more than before?' },
    { speaker: 'Hannah Schmidt', role: 'patient', text: "Yes, since the kids brought their colds home. I've been wheezing more." },
    { speaker: youOr(S2_SELF), role: 'clinician', text: "Okay, that tells me your asthma isn't well controlled right now." },
    { speaker: 'Hannah Schmidt', role: 'patient', text: 'Is that bad?' },
    { speaker: youOr(S2_SELF), role: 'clinician', text: "It's common, and we can fix it. We'll add a preventer inhaler twice a day." },
    { speaker: 'Hannah Schmidt', role: 'patient', text: 'Twice a day, okay.' },
  ],
  forbidden: [...UI_FORBIDDEN, 'freezing'],
};

// ---------------------------------------------------------------------------------------------
// 3. Short identical-looking replies and echoes: "No." / "No, no.", a "Yes." block followed after a
//    pause by a NEW block from the same speaker that again starts "Yes", an unpunctuated "Yes" a few
//    turns later, and each side repeating the other's words ("82.5 kg"). Doc §2.5.1 (same speaker,
//    new consecutive block after a pause; GMC's two consecutive blocks), §2.5.2, CODEBOOK (sometimes
//    no final punctuation).

const S3_SELF = 'Dr. Sofia Marquez';
const S3_YOU = who('You', 'Hx19Pa', '3310.1');
const S3_PAT = who('Tom Becker', 'Wm77Dd', '3311.6');

const s3: Scenario = {
  name: 'meet: repeated short replies ("No."/"No, no.", "Yes." then a new "Yes" block), echoed numbers',
  url: 'https://meet.google.com/bwq-xkda-pol',
  selfNames: [S3_SELF],
  body: callBody({
    title: 'Heart failure check-in',
    code: 'bwq-xkda-pol',
    self: { name: S3_SELF, img: S3_YOU.avatar },
    others: [{ name: 'Tom Becker', img: S3_PAT.avatar }],
    captionsOn: true,
    trailing: JUMP_HTML,
    chat: [{ from: 'Tom Becker', time: '2:01 PM', text: 'Yes' }],
  }),
  async play(p) {
    let t = addBlock(p, S3_YOU, 'any');
    await more(p, t, 'any chest pain since we last spoke', 'Any chest pain since we last spoke?', 70);
    await p.sleep(280);
    t = addBlock(p, S3_PAT, 'no');
    await rewrite(p, t, ['No.'], 150);
    await p.sleep(280);

    t = addBlock(p, S3_YOU, 'any');
    await more(p, t, 'any swelling in your ankles', 'Any swelling in your ankles?', 70);
    await p.sleep(280);
    t = addBlock(p, S3_PAT, 'no');
    await rewrite(p, t, ['no no', 'No, no.'], 150);
    await p.sleep(280);

    t = addBlock(p, S3_YOU, 'and');
    await more(p, t, "and you're taking the water tablet every morning", "And you're taking the water tablet every morning?", 70);
    await p.sleep(280);
    t = addBlock(p, S3_PAT, 'yes');
    await rewrite(p, t, ['Yes.'], 150);
    await p.sleep(1100); // pause: Meet starts a new block for the same speaker
    t = addBlock(p, S3_PAT, 'yes');
    await more(p, t, 'yes every morning', 'Yes, every morning.');
    await p.sleep(280);

    t = addBlock(p, S3_YOU, 'and');
    await more(p, t, 'and your weight this morning', 'And your weight this morning?', 70);
    await p.sleep(280);
    t = addBlock(p, S3_PAT, 'eighty');
    await rewrite(p, t, ['eighty two', '82', '82 point', '82.5', '82.5 kilos', '82.5 kg.'], 100);
    await p.sleep(280);

    t = addBlock(p, S3_YOU, 'eighty');
    await rewrite(p, t, ['eighty two point five', '82.5', '82.5 kilos', '82.5 kg so', "82.5 kg so that's up about two kilos"], 110);
    await rewrite(p, t, ["82.5 kg so that's up about 2 kg"]);
    await more(p, t, "82.5 kg so that's up about 2 kg since last week", "82.5 kg, so that's up about 2 kg since last week.", 70);
    await p.sleep(300);
    t = addBlock(p, S3_PAT, 'is');
    await more(p, t, 'is that the fluid again', 'Is that the fluid again?', 70);
    await p.sleep(280);

    t = addBlock(p, S3_YOU, 'it');
    await more(p, t, 'it might be have you been more breathless at night');
    await rewrite(p, t, ['It might be. Have you been more breathless at night?']);
    await p.sleep(280);
    t = addBlock(p, S3_PAT, 'yes');
    await rewrite(p, t, ['Yes'], 150); // no final punctuation this time
    await p.sleep(300);

    t = addBlock(p, S3_YOU, 'okay');
    await more(p, t, "okay then I'd like you to take two water tablets each morning for three days", undefined, 70);
    await rewrite(p, t, ["Okay, then I'd like you to take two water tablets each morning for three days."]);
    await p.sleep(280);
    t = addBlock(p, S3_PAT, 'two');
    await more(p, t, 'two each morning for three days got it', 'Two each morning for three days, got it.', 70);
  },
  leave: leaveMeet,
  expected: [
    { speaker: youOr(S3_SELF), role: 'clinician', text: 'Any chest pain since we last spoke?' },
    { speaker: 'Tom Becker', role: 'patient', text: 'No.' },
    { speaker: youOr(S3_SELF), role: 'clinician', text: 'Any swelling in your ankles?' },
    { speaker: 'Tom Becker', role: 'patient', text: 'No, no.' },
    { speaker: youOr(S3_SELF), role: 'clinician', text: "And you're taking the water tablet every morning?" },
    { speaker: 'Tom Becker', role: 'patient', text: 'Yes.' },
    { speaker: 'Tom Becker', role: 'patient', text: 'Yes, every morning.' },
    { speaker: youOr(S3_SELF), role: 'clinician', text: 'And your weight this morning?' },
    { speaker: 'Tom Becker', role: 'patient', text: '82.5 kg.' },
    { speaker: youOr(S3_SELF), role: 'clinician', text: "82.5 kg, so that's up about 2 kg since last week." },
    { speaker: 'Tom Becker', role: 'patient', text: 'Is that the fluid again?' },
    { speaker: youOr(S3_SELF), role: 'clinician', text: 'It might be. Have you been more breathless at night?' },
    { speaker: 'Tom Becker', role: 'patient', text: 'Yes' },
    { speaker: youOr(S3_SELF), role: 'clinician', text: "Okay, then I'd like you to take two water tablets each morning for three days." },
    { speaker: 'Tom Becker', role: 'patient', text: 'Two each morning for three days, got it.' },
  ],
  forbidden: [...UI_FORBIDDEN],
};

// ---------------------------------------------------------------------------------------------
// 4. Three-person call (patient, daughter/carer, clinician): the carer cuts in before the
//    patient's caption is punctuated, a mis-heard word ("does" -> "dose") fixed in an earlier
//    block while the clinician talks, a stutter dropped, a dose formatted, and the carer's turn
//    split over two consecutive blocks after a pause. Doc §2.5.1–3, §2.6; loose because Meet
//    re-punctuates earlier blocks late (§2.5.3) – words are still checked exactly.

const S4_SELF = 'Dr. Aisha Karim';
const S4_YOU = who('You', 'Ra44Uu', '4120.3');
const S4_PAT = who('Robert Hayes', 'Lc08Yb', '4121.5');
const S4_CARER = who('Claire Hayes', 'Tn61Gs', '4122.8');

const s4: Scenario = {
  name: 'meet: three-way call with carer cutting in, late "does"->"dose" fix, dose formatted, split carer turn',
  url: 'https://meet.google.com/yct-wbrf-gsk?hl=en',
  selfNames: [S4_SELF],
  body: callBody({
    title: 'Diabetes medication review',
    code: 'yct-wbrf-gsk',
    self: { name: S4_SELF, img: S4_YOU.avatar },
    others: [
      { name: 'Robert Hayes', img: S4_PAT.avatar },
      { name: 'Claire Hayes', img: S4_CARER.avatar },
    ],
    captionsOn: true,
    trailing: JUMP_HTML,
    chat: [{ from: 'Claire Hayes', time: '11:02 AM', text: 'Joining from Dad\'s laptop' }],
  }),
  async play(p) {
    let you = addBlock(p, S4_YOU, 'thanks');
    await more(p, you, 'thanks for joining Claire how has your dad');
    await rewrite(p, you, ['Thanks for joining, Claire. How has your dad']);
    await more(p, you, 'Thanks for joining, Claire. How has your dad been getting on with the metformin', 'Thanks for joining, Claire. How has your dad been getting on with the metformin?');
    await p.sleep(350);

    const r1 = addBlock(p, S4_PAT, "it's");
    await more(p, r1, "it's upset my stomach a bit");
    const c1 = addBlock(p, S4_CARER, "he's"); // Claire cuts in
    await p.sleep(90);
    await more(p, c1, "he's been skipping");
    r1.data = "It's upset my stomach a bit."; // earlier block punctuated late
    await more(p, c1, "he's been skipping the evening does", "He's been skipping the evening does.");
    await p.sleep(300);

    const r2 = addBlock(p, S4_PAT, 'only');
    await more(p, r2, 'only when I I');
    await rewrite(p, r2, ['only when I', 'only when I feel', 'Only when I feel sick.']);
    await p.sleep(300);

    you = addBlock(p, S4_YOU, "that's");
    await more(p, you, "that's a common side effect we could");
    c1.data = "He's been skipping the evening dose."; // late correction of an earlier block
    await rewrite(p, you, ["That's a common side effect. We could"]);
    await more(p, you, "That's a common side effect. We could switch you to the slow release version five hundred milligrams");
    await rewrite(p, you, [
      "That's a common side effect. We could switch you to the slow release version, 500 mg",
      "That's a common side effect. We could switch you to the slow release version, 500 mg twice a",
      "That's a common side effect. We could switch you to the slow release version, 500 mg twice a day.",
    ]);
    await p.sleep(300);

    const c2 = addBlock(p, S4_CARER, 'is');
    await more(p, c2, 'is that the one you take with food', 'Is that the one you take with food?');
    await p.sleep(280);
    you = addBlock(p, S4_YOU, 'yes');
    await more(p, you, 'yes with the evening meal', 'Yes, with the evening meal.');
    await p.sleep(280);
    const r3 = addBlock(p, S4_PAT, 'with');
    await more(p, r3, 'with dinner right', 'With dinner, right?');
    await p.sleep(280);
    const c3 = addBlock(p, S4_CARER, "I'll");
    await more(p, c3, "I'll put it in his pill organiser", "I'll put it in his pill organiser.");
    await p.sleep(1100); // pause: a new consecutive block for the same speaker
    const c4 = addBlock(p, S4_CARER, 'and');
    await more(p, c4, "and I'll ring the pharmacy tomorrow", "And I'll ring the pharmacy tomorrow.");
    await p.sleep(300);
    you = addBlock(p, S4_YOU, 'perfect');
    await more(p, you, "perfect let's check in again in two weeks", "Perfect. Let's check in again in two weeks.");
  },
  leave: leaveMeet,
  expected: [
    { speaker: youOr(S4_SELF), role: 'clinician', text: 'Thanks for joining, Claire. How has your dad been getting on with the metformin?' },
    { speaker: 'Robert Hayes', text: "It's upset my stomach a bit." },
    { speaker: 'Claire Hayes', text: "He's been skipping the evening dose." },
    { speaker: 'Robert Hayes', text: 'Only when I feel sick.' },
    { speaker: youOr(S4_SELF), role: 'clinician', text: "That's a common side effect. We could switch you to the slow release version, 500 mg twice a day." },
    { speaker: 'Claire Hayes', text: 'Is that the one you take with food?' },
    { speaker: youOr(S4_SELF), role: 'clinician', text: 'Yes, with the evening meal.' },
    { speaker: 'Robert Hayes', text: 'With dinner, right?' },
    { speaker: 'Claire Hayes', text: "I'll put it in his pill organiser." },
    { speaker: 'Claire Hayes', text: "And I'll ring the pharmacy tomorrow." },
    { speaker: youOr(S4_SELF), role: 'clinician', text: "Perfect. Let's check in again in two weeks." },
  ],
  loose: true,
  forbidden: [...UI_FORBIDDEN, 'laptop'],
};

// ---------------------------------------------------------------------------------------------
// 5. A minute of speech in ONE block: the current (post-May-2025) Meet keeps one bare text node per
//    block and just keeps rewriting it, so the node grows past 800 characters; the recogniser
//    punctuates/formats each sentence as it closes and fixes a word several sentences back
//    ("harm less" -> "harmless"). Meanwhile the clinician scrolls up (the "Jump to bottom" button
//    appears, then goes) and a dummy trailing div comes and goes. Doc §2.4 (trailing children),
//    §2.5.2–3, §2.5.5 (the ~30-minute reset is NOT reached in a one-minute turn, so no shrink),
//    §2.5.6 (scroll-back), §9 (long monologue).

const S5_SELF = 'Dr. Ethan Brooks';
const S5_YOU = who('You', 'Pp31Ck', '5030.2');
const S5_PAT = who('Grace Liu', 'Ym92Fe', '5031.4');

const S5_SENTENCES: [raw: string, formatted: string][] = [
  ['so the the good news is that the scan didn\'t show anything worrying', "So the good news is that the scan didn't show anything worrying."],
  [
    "there's a small nodule on the right side of your thyroid about five millimetres across and nodules like that are really common especially as we get older",
    "There's a small nodule on the right side of your thyroid, about 5 mm across, and nodules like that are really common, especially as we get older.",
  ],
  ['most of them are completely harm less', 'Most of them are completely harm less.'],
  [
    "the guidelines say that anything under one centimetre with smooth edges like yours doesn't need a biopsy",
    "The guidelines say that anything under 1 cm with smooth edges like yours doesn't need a biopsy.",
  ],
  [
    "what I'd suggest is that we repeat the ultrasound in about twelve months just to make sure it isn't growing",
    "What I'd suggest is that we repeat the ultrasound in about 12 months, just to make sure it isn't growing.",
  ],
  [
    "in the meantime I'd like to keep an eye on your thyroid blood tests so we'll check those again in three months",
    "In the meantime, I'd like to keep an eye on your thyroid blood tests, so we'll check those again in three months.",
  ],
  [
    "your vitamin D was a little low as well so I'd recommend a supplement one thousand units once a day which you can buy over the counter",
    "Your vitamin D was a little low as well, so I'd recommend a supplement, 1000 units once a day, which you can buy over the counter.",
  ],
  [
    "if you notice any new lump in your neck trouble swallowing or a hoarse voice that doesn't go away please get in touch sooner rather than later",
    "If you notice any new lump in your neck, trouble swallowing or a hoarse voice that doesn't go away, please get in touch sooner rather than later.",
  ],
];
const S5_LONG = S5_SENTENCES.map(([, f]) => f)
  .join(' ')
  .replace('harm less', 'harmless');

const s5: Scenario = {
  name: 'meet: one-minute clinician explanation in a single ever-growing block, rewritten sentence by sentence',
  url: 'https://meet.google.com/pmd-ravc-zeq',
  selfNames: [S5_SELF],
  body: callBody({
    title: 'Ultrasound results – Grace Liu',
    code: 'pmd-ravc-zeq',
    self: { name: S5_SELF, img: S5_YOU.avatar },
    others: [{ name: 'Grace Liu', img: S5_PAT.avatar }],
    captionsOn: true,
    chat: [],
  }),
  async play(p) {
    let t = addBlock(p, S5_PAT, 'so');
    await more(p, t, 'so what did the scan show', 'So what did the scan show?');
    await p.sleep(450);

    const long = addBlock(p, S5_YOU, 'so');
    await p.sleep(100);
    const done: string[] = [];
    for (let s = 0; s < S5_SENTENCES.length; s++) {
      const [raw, formatted] = S5_SENTENCES[s]!;
      const words = raw.split(' ');
      const prefix = done.length ? `${done.join(' ')} ` : '';
      for (let n = Math.min(4, words.length); ; n = Math.min(n + 4, words.length)) {
        long.data = prefix + words.slice(0, n).join(' ');
        await p.sleep(110);
        if (n === words.length) break;
      }
      done.push(formatted);
      if (s === 4) done[2] = 'Most of them are completely harmless.'; // fixed several sentences back
      long.data = done.join(' ');
      await p.sleep(110);
      const region = captionRegion(p);
      if (s === 2) region.insertAdjacentHTML('beforeend', DUMMY_HTML + JUMP_HTML); // clinician scrolls up
      if (s === 5) {
        region.querySelector('.IMKgW')?.remove(); // back at the bottom
        region.querySelector('.aYvTne')?.remove();
      }
    }
    await p.sleep(500);

    t = addBlock(p, S5_PAT, 'okay');
    await more(p, t, 'okay so nothing to worry about for now', 'Okay, so nothing to worry about for now.');
    await p.sleep(350);
    t = addBlock(p, S5_YOU, 'nothing');
    await more(p, t, 'nothing urgent no', 'Nothing urgent, no.');
    await p.sleep(350);
    t = addBlock(p, S5_PAT, 'and');
    await more(p, t, 'and the vitamin D one thousand');
    await rewrite(p, t, ['and the vitamin D 1000', 'and the vitamin D 1000 units every', 'And the vitamin D, 1000 units every day?']);
    await p.sleep(350);
    t = addBlock(p, S5_YOU, 'every');
    await more(p, t, 'every day yes with food if you can', 'Every day, yes, with food if you can.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: 'Grace Liu', role: 'patient', text: 'So what did the scan show?' },
    { speaker: youOr(S5_SELF), role: 'clinician', text: S5_LONG },
    { speaker: 'Grace Liu', role: 'patient', text: 'Okay, so nothing to worry about for now.' },
    { speaker: youOr(S5_SELF), role: 'clinician', text: 'Nothing urgent, no.' },
    { speaker: 'Grace Liu', role: 'patient', text: 'And the vitamin D, 1000 units every day?' },
    { speaker: youOr(S5_SELF), role: 'clinician', text: 'Every day, yes, with food if you can.' },
  ],
  forbidden: [...UI_FORBIDDEN],
};

// ---------------------------------------------------------------------------------------------
// 6. Captions start OFF (no region), the clinician turns them on (a region appears), presses "c" by
//    accident mid-call (the region is detached, then a NEW region node appears, empty), and later
//    changes the caption language (the region is replaced again). Between toggles the usual
//    rewrites: sentence split by a full stop mid-caption, numbers and minutes formatted.
//    Doc §2.2 (CC button icon, `c` shortcut, region detached and replaced on toggle / language
//    change, TT #93), §2.5.7, §8.5 (re-attach), §9 (captions off, on, off, on with a new root).

const S6_SELF = 'Dr. Nadia Petrova';
const S6_YOU = who('You', 'Gd26Ho', '6401.9');
const S6_PAT = who('Samuel Owusu', 'Zs13Vk', '6402.4');

function ccButton(p: Page): HTMLElement {
  return q(p.doc, 'button[jsname="r8qRAd"]');
}

function captionsOn(p: Page, language?: string) {
  const btn = ccButton(p);
  btn.setAttribute('aria-label', 'Turn off captions');
  btn.setAttribute('aria-pressed', 'true');
  q(btn, '.google-symbols').textContent = 'closed_caption';
  q(p.doc, 'main.axUSnc').after(el(p.doc, captionBarHtml({ language })));
  q(p.doc, 'main.axUSnc').style.setProperty('inset', '0px 0px 152px');
}

function captionsOff(p: Page) {
  const btn = ccButton(p);
  btn.setAttribute('aria-label', 'Turn on captions');
  btn.setAttribute('aria-pressed', 'false');
  q(btn, '.google-symbols').textContent = 'closed_caption_off';
  q(p.doc, '.a4cQT').remove();
  q(p.doc, 'main.axUSnc').style.setProperty('inset', '0px 0px 80px');
}

const s6: Scenario = {
  name: 'meet: captions turned on late, toggled off/on by accident and language changed (region replaced each time)',
  url: 'https://meet.google.com/sne-hujt-kwd',
  selfNames: [S6_SELF],
  body: callBody({
    title: 'Knee injection follow-up',
    code: 'sne-hujt-kwd',
    self: { name: S6_SELF, img: S6_YOU.avatar },
    others: [{ name: 'Samuel Owusu', img: S6_PAT.avatar }],
    captionsOn: false,
    chat: [{ from: 'Samuel Owusu', time: '3:30 PM', text: 'Running two minutes late, sorry' }],
  }),
  async play(p) {
    await p.sleep(400);
    captionsOn(p);
    await p.sleep(300);

    let t = addBlock(p, S6_PAT, 'can');
    await more(p, t, 'can you hear me okay now', 'Can you hear me okay now?');
    await p.sleep(350);
    t = addBlock(p, S6_YOU, 'yes');
    await more(p, t, "yes loud and clear how's the knee");
    await rewrite(p, t, ["Yes, loud and clear. How's the knee"]);
    await more(p, t, "Yes, loud and clear. How's the knee since the injection", "Yes, loud and clear. How's the knee since the injection?");
    await p.sleep(350);
    t = addBlock(p, S6_PAT, 'much');
    await more(p, t, "much better I'd say it's about three out of");
    await rewrite(p, t, ["Much better. I'd say it's about 3 out of", "Much better. I'd say it's about 3 out of 10."]);
    await p.sleep(700);

    captionsOff(p); // "c" pressed while typing a note: nobody speaks while captions are off
    await p.sleep(700);
    captionsOn(p); // a NEW region node, without the old history
    await p.sleep(300);

    t = addBlock(p, S6_PAT, 'so');
    await more(p, t, 'so should I keep doing the exercises', 'So should I keep doing the exercises?');
    await p.sleep(350);
    t = addBlock(p, S6_YOU, 'yes');
    await more(p, t, 'yes twice a day ten');
    await rewrite(p, t, ['yes twice a day 10', 'yes twice a day 10 repetitions each', 'Yes, twice a day, 10 repetitions each.']);
    await p.sleep(700);

    // Caption language re-selected in the caption settings: Meet replaces the region again.
    captionsOff(p);
    captionsOn(p, 'English (United Kingdom)');
    await p.sleep(400);

    t = addBlock(p, S6_PAT, 'ten');
    await more(p, t, 'ten each got it and can I walk the dog');
    await rewrite(p, t, ['10 each, got it. And can I walk the dog?']);
    await p.sleep(350);
    t = addBlock(p, S6_YOU, 'short');
    await more(p, t, 'short walks are fine and ice it for twenty minutes');
    await rewrite(p, t, ['short walks are fine and ice it for 20 minutes', 'Short walks are fine, and ice it for 20 minutes after.']);
  },
  leave: leaveMeet,
  expected: [
    { speaker: 'Samuel Owusu', role: 'patient', text: 'Can you hear me okay now?' },
    { speaker: youOr(S6_SELF), role: 'clinician', text: "Yes, loud and clear. How's the knee since the injection?" },
    { speaker: 'Samuel Owusu', role: 'patient', text: "Much better. I'd say it's about 3 out of 10." },
    { speaker: 'Samuel Owusu', role: 'patient', text: 'So should I keep doing the exercises?' },
    { speaker: youOr(S6_SELF), role: 'clinician', text: 'Yes, twice a day, 10 repetitions each.' },
    { speaker: 'Samuel Owusu', role: 'patient', text: '10 each, got it. And can I walk the dog?' },
    { speaker: youOr(S6_SELF), role: 'clinician', text: 'Short walks are fine, and ice it for 20 minutes after.' },
  ],
  forbidden: [...UI_FORBIDDEN, 'Running two minutes'],
};

export const meetScenarios: Scenario[] = [s1, s2, s3, s4, s5, s6];
