// Google Meet scenarios, round 6: names the way real pages show them, and the noise real pages add.
// Written only from /work/shared/research/caption-platforms.md (§1, §2, §8, §9) and the runner and
// kit shapes, not from the product's source, fixtures or other scenario sets.
//
// The DOM is the 2025–26 outline from §2.4: a caption bar `.DtJ7e` › `div[jsname=dsyhDe].iOzk7` ›
// `div[role=region][tabindex="0"]` › one `.nMcdL.bj4p3b` block per turn (avatar img[data-iml] plus
// `.KcIKyf.jxFHg › span.NWpY1d` name, then `.ygicle.VbkSUe` holding one bare text node). Trailing
// non-caption children (a dummy div, the "Jump to bottom" button) sit after the blocks. The local user
// is labelled "You" (or a localized form) in captions (§2.6). Being in the call = a `.google-symbols`
// icon whose text is `call_end` (§2.1); leaving removes the call UI.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// Page building

interface Tile {
  name: string;
  /** Extra text shown in the tile next to the name (pronouns, "(You)", etc.). */
  extra?: string;
  self?: boolean;
}

interface BodyOpts {
  title: string;
  /** Localized aria-label of the caption region (§2.3). */
  regionLabel?: string;
  /** Text of the caption-language picker `div.NmXUuc.P9KVBf[jscontroller=rRafu]` (§2.2). */
  language?: string;
  tiles: Tile[];
  /** Participants panel lines (names as the panel shows them, possibly truncated). */
  panel?: string[];
  /** Anything else in the call UI (banners, toast containers). */
  extras?: string;
  micOn?: boolean;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function meetBody(o: BodyOpts): string {
  const tiles = o.tiles
    .map(
      (t, i) =>
        `<div class="oZRSLe" data-participant-id="spaces/k3Jq9/devices/${101 + i}"${t.self ? ` data-self-name="${esc(t.name)}"` : ''}>` +
        `<div class="koV58 Zi94Db"><img class="KpxDtd" alt="" src="https://lh3.googleusercontent.com/a/tile${i}=s96-c"></div>` +
        `<div class="jZpvw"><span class="notranslate zWGUib">${esc(t.name)}</span>${t.extra ? `<span class="Gv1mTb-aTv5jf">${esc(t.extra)}</span>` : ''}</div>` +
        `</div>`,
    )
    .join('');
  const panel = (o.panel ?? []).map((n) => `<div role="listitem" class="cxdMu"><span class="zWGUib">${esc(n)}</span></div>`).join('');
  return (
    `<div class="T4LgNb" jsname="a9u3Oc" data-call-root="1">` +
    `<div class="u6vdEc ouH3xe">${esc(o.title)}</div>` +
    (o.extras ?? '') +
    `<main class="axUSnc" style="inset: 0px 0px 168px;">${tiles}</main>` +
    `<div class="hLkVuf" data-side="3"><div class="DtJ7e">` +
    `<div class="NmXUuc P9KVBf" jscontroller="rRafu"><button class="VfPpkd-LgbsSe"><span>${esc(o.language ?? 'English')}</span><i class="google-symbols">arrow_drop_down</i></button></div>` +
    `<div jsname="dsyhDe" class="iOzk7">` +
    `<div tabindex="0" role="region" aria-label="${esc(o.regionLabel ?? 'Captions')}" jscontroller="KPn5nb" jsaction="focus:Z2Nfve" class="vNKgIf UDinHf"></div>` +
    `</div></div></div>` +
    `<div class="UnvNgf" role="toolbar">` +
    `<button jsname="hw0c9" aria-label="${o.micOn === false ? 'Turn on microphone' : 'Turn off microphone'}"><i class="google-symbols" id="mic-icon">${o.micOn === false ? 'mic_off' : 'mic'}</i></button>` +
    `<button jsname="r8qRAd" aria-label="Turn off captions"><i class="google-symbols">closed_caption</i></button>` +
    `<button jsname="CQylAd" aria-label="Leave call"><i class="google-symbols">call_end</i></button>` +
    `</div>` +
    `<aside class="R3Gmyc" aria-label="Side panel">` +
    `<div role="list" aria-label="Participants" class="AE8xFb">${panel}</div>` +
    `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>` +
    `</aside>` +
    `</div>`
  );
}

function leaveMeet(p: Page): void {
  p.doc.querySelector('[data-call-root]')?.remove();
  p.doc.body.appendChild(
    el(p.doc, '<div class="roSPhc"><h1 class="CRFCdf">You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>'),
  );
}

function region(p: Page): HTMLElement {
  return q(p.doc, 'div[role="region"][tabindex="0"]');
}

let iml = 5120;

/** Appends a caption block (before the trailing dummy / jump-button children) holding `first`. */
function addBlock(p: Page, name: string, avatar: string, first: string): Text {
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb M6cG9d"><img class="Z6byG r6DyN" alt="" data-iml="${(iml += 37)}.${iml % 10}"><div class="KcIKyf jxFHg"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  q(b, 'img').setAttribute('src', avatar);
  q(b, '.NWpY1d').textContent = name;
  const t = p.doc.createTextNode(first);
  q(b, '.ygicle').appendChild(t);
  const r = region(p);
  const tail = Array.from(r.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  r.insertBefore(b, tail);
  return t;
}

/** One turn: a new block that grows word by word, optionally ending with the ASR's rewritten form. */
async function say(p: Page, name: string, avatar: string, text: string, final?: string, stepMs = 90): Promise<Text> {
  const first = text.split(' ')[0] ?? '';
  const t = addBlock(p, name, avatar, first);
  await p.sleep(stepMs);
  await grow(p, t, text, final, stepMs, 1);
  return t;
}

/** Sets a text node through an explicit list of states (restarts, rewrites). */
async function steps(p: Page, t: Text, states: string[], stepMs = 90): Promise<void> {
  for (const s of states) {
    t.data = s;
    await p.sleep(stepMs);
  }
}

function chat(p: Page, who: string, text: string): void {
  q(p.doc, '.Ge9Kpc[jsname="xySENc"]').appendChild(
    el(p.doc, `<div class="Ss4fHf"><div class="poVWob">${esc(who)}</div><div class="MuzmKe">Now</div><div class="ptNLrf"><div jsname="dTKtvb">${esc(text)}</div></div></div>`),
  );
}

function jumpButton(label = 'Jump to bottom'): string {
  return `<div class="IMKgW"><button aria-label="${esc(label)}"><i class="google-symbols">arrow_downward</i>${esc(label)}</button></div>`;
}

const av = (id: string) => `https://lh3.googleusercontent.com/a/ACg8oc${id}=s40-c`;

// ---------------------------------------------------------------------------------------------------
// 1. Self labelled "You" while the configured name differs; patient shown "Last, First"

// §2.6: captions label the local user with the literal "You" whatever their account name is; the
// tile's data-self-name ("Ana M. Ruíz") differs from the configured name (title, middle initial,
// accent). The remote name is the display name as typed ("Okafor, Chidi"); tiles add pronouns.
const selfVsConfigured: Scenario = {
  name: 'meet names: "You" is the clinician though configured name differs; patient shown "Last, First"',
  url: 'https://meet.google.com/abc-defg-hij?authuser=1',
  selfNames: ['Dr. Ana Ruiz'],
  body: meetBody({
    title: 'Follow-up visit',
    tiles: [
      { name: 'Ana M. Ruíz', extra: '(she/her)', self: true },
      { name: 'Okafor, Chidi', extra: '(he/him)' },
    ],
    panel: ['Ana M. Ruíz (You)', 'Meeting host', 'Okafor, Chidi'],
  }),
  async play(p) {
    await say(p, 'You', av('K1aR'), 'Hi Chidi I am Dr Ruiz can you hear me okay', "Hi Chidi, I'm Dr. Ruiz. Can you hear me okay?");
    await p.sleep(250);
    await say(p, 'Okafor, Chidi', av('P7cO'), 'Yeah I can hear you good morning doctor', 'Yeah, I can hear you. Good morning, doctor.');
    await p.sleep(250);
    await say(p, 'You', av('K1aR'), 'Good morning so what brings you in today', 'Good morning. So what brings you in today?');
    await p.sleep(250);
    await say(
      p,
      'Okafor, Chidi',
      av('P7cO'),
      "Um I've had this rash on my arm for about a week now and it's getting itchy",
      "Um, I've had this rash on my arm for about a week now, and it's getting itchy.",
    );
    await p.sleep(250);
    await say(p, 'You', av('K1aR'), 'Okay is it spreading at all', 'Okay. Is it spreading at all?');
    await p.sleep(250);
    await say(p, 'Okafor, Chidi', av('P7cO'), 'A little yeah it started near my elbow', 'A little, yeah. It started near my elbow.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: ['You', 'Dr. Ana Ruiz', 'Ana M. Ruíz'], role: 'clinician', text: "Hi Chidi, I'm Dr. Ruiz. Can you hear me okay?" },
    { speaker: ['Okafor, Chidi', 'Chidi Okafor'], role: 'patient', text: 'Yeah, I can hear you. Good morning, doctor.' },
    { speaker: ['You', 'Dr. Ana Ruiz', 'Ana M. Ruíz'], role: 'clinician', text: 'Good morning. So what brings you in today?' },
    {
      speaker: ['Okafor, Chidi', 'Chidi Okafor'],
      role: 'patient',
      text: "Um, I've had this rash on my arm for about a week now, and it's getting itchy.",
    },
    { speaker: ['You', 'Dr. Ana Ruiz', 'Ana M. Ruíz'], role: 'clinician', text: 'Okay. Is it spreading at all?' },
    { speaker: ['Okafor, Chidi', 'Chidi Okafor'], role: 'patient', text: 'A little, yeah. It started near my elbow.' },
  ],
  forbidden: ['(she/her)', '(he/him)', '(You)', 'Meeting host', 'Follow-up visit', 'closed_caption', 'call_end', 'arrow_drop_down'],
};

// ---------------------------------------------------------------------------------------------------
// 2. Three people, a very long guest-typed name (whole in captions, truncated in the panel)

// §2.4/§2.5: the caption block's name span holds the whole display name; a same-speaker pause gives a
// second consecutive block (GMC "two consecutive Avery Chen blocks"). Names in the panel are
// truncated with an ellipsis; a guest typed a relation into their name.
const longNames: Scenario = {
  name: 'meet names: three people, long guest-typed name whole in captions and truncated in the panel',
  url: 'https://meet.google.com/xyz-abcd-efg',
  selfNames: ['Priya Natarajan'],
  body: meetBody({
    title: 'xyz-abcd-efg',
    tiles: [
      { name: 'Priya Natarajan', self: true },
      { name: 'Harold Bergstrom' },
      { name: "Margaret Bergstrom-Wilkinson (Harold's daughter)" },
    ],
    panel: ['Priya Natarajan (You)', 'Harold Bergstrom', 'Margaret Bergstrom-Wilkin…'],
  }),
  async play(p) {
    const marg = "Margaret Bergstrom-Wilkinson (Harold's daughter)";
    await say(p, 'You', av('Pn4x'), 'Hi everyone Margaret thanks for joining with your dad', 'Hi everyone. Margaret, thanks for joining with your dad.');
    await p.sleep(250);
    await say(
      p,
      marg,
      av('default-user'),
      "Of course he's been a bit confused since the new medication so I wanted to be here",
      "Of course. He's been a bit confused since the new medication, so I wanted to be here.",
    );
    await p.sleep(250);
    await say(p, 'Harold Bergstrom', av('Hb2q'), "I'm not confused I'm just tired", "I'm not confused. I'm just tired.");
    await p.sleep(250);
    await say(p, 'You', av('Pn4x'), "That's fair Harold how are you sleeping", "That's fair. Harold, how are you sleeping?");
    await p.sleep(250);
    await say(p, 'Harold Bergstrom', av('Hb2q'), 'Not great maybe four hours', 'Not great. Maybe 4 hours.');
    await p.sleep(900); // pause: Meet starts a second block for the same speaker
    await say(p, 'Harold Bergstrom', av('Hb2q'), 'I get up a lot to use the bathroom', 'I get up a lot to use the bathroom.');
    await p.sleep(250);
    await say(p, marg, av('default-user'), "He's up three or four times a night at least", "He's up 3 or 4 times a night, at least.");
  },
  leave: leaveMeet,
  expected: [
    { speaker: ['You', 'Priya Natarajan'], role: 'clinician', text: 'Hi everyone. Margaret, thanks for joining with your dad.' },
    {
      speaker: ["Margaret Bergstrom-Wilkinson (Harold's daughter)", 'Margaret Bergstrom-Wilkinson'],
      text: "Of course. He's been a bit confused since the new medication, so I wanted to be here.",
    },
    { speaker: 'Harold Bergstrom', text: "I'm not confused. I'm just tired." },
    { speaker: ['You', 'Priya Natarajan'], role: 'clinician', text: "That's fair. Harold, how are you sleeping?" },
    { speaker: 'Harold Bergstrom', text: 'Not great. Maybe 4 hours.' },
    { speaker: 'Harold Bergstrom', text: 'I get up a lot to use the bathroom.' },
    {
      speaker: ["Margaret Bergstrom-Wilkinson (Harold's daughter)", 'Margaret Bergstrom-Wilkinson'],
      text: "He's up 3 or 4 times a night, at least.",
    },
  ],
  forbidden: ['Bergstrom-Wilkin…', '(You)', 'xyz-abcd-efg', 'call_end'],
};

// ---------------------------------------------------------------------------------------------------
// 3. System and UI noise around the captions; a patient whose name starts with "You"

// §2.3/§2.4/§8.11: chat is a separate aria-live region (.Ge9Kpc), toasts are other live regions,
// the "Jump to bottom" button (arrow_downward ligature) and a dummy div are trailing children of the
// caption region itself; icon ligatures are text. None of it is speech. "Youssef" is not "You".
const noise: Scenario = {
  name: 'meet noise: toasts, recording banner, chat, jump button and dummy div; patient named Youssef',
  url: 'https://meet.google.com/qrs-tuvw-xyz?authuser=0',
  selfNames: ['Mei Tanaka, MD'],
  body: meetBody({
    title: 'Telehealth – Haddad',
    language: 'English (United States)',
    micOn: false,
    tiles: [{ name: 'Mei Tanaka, MD', self: true }, { name: 'Youssef Haddad' }],
    panel: ['Mei Tanaka, MD (You)', 'Meeting host', 'Youssef Haddad'],
    extras:
      `<div class="KL4X6e" role="status"><i class="google-symbols">radio_button_checked</i><span>REC</span></div>` +
      `<div class="NSvDmb" aria-live="polite" role="status" id="toasts"></div>` +
      `<div class="VfPpkd-cnG4Wd" aria-live="assertive" role="alert" id="alerts"></div>`,
  }),
  async play(p) {
    const toasts = q(p.doc, '#toasts');
    const alerts = q(p.doc, '#alerts');
    const toast = (html: string) => {
      const t = el(p.doc, `<div class="aGJE1b">${html}</div>`);
      toasts.appendChild(t);
      return t;
    };
    const joined = toast('<i class="google-symbols">person_add</i><span>Youssef Haddad joined</span>');
    alerts.appendChild(el(p.doc, '<div class="J0M6X"><span>This call is being recorded</span><button>Got it</button></div>'));
    await p.sleep(400);
    joined.remove();
    const micHint = toast('<span>Are you talking? Your mic is off.</span><i class="google-symbols">mic_off</i>');
    await p.sleep(300);
    micHint.remove();
    q(p.doc, '#mic-icon').textContent = 'mic';
    await say(
      p,
      'You',
      av('Mt9k'),
      "Thanks for joining Youssef just so you know I'm recording this visit for your chart",
      "Thanks for joining, Youssef. Just so you know, I'm recording this visit for your chart.",
    );
    await p.sleep(250);
    const pat = say(p, 'Youssef Haddad', av('Yh3d'), "That's fine can you see me my video keeps freezing", "That's fine. Can you see me? My video keeps freezing.");
    await p.sleep(300);
    chat(p, 'Youssef Haddad', 'sorry my video froze');
    await pat;
    // The clinician scrolls up: the jump button and a dummy div appear inside the region.
    const r = region(p);
    const dummy = el(p.doc, '<div><div></div></div>'); // the "dummy non-people div", < 2 child nodes
    r.appendChild(dummy);
    r.appendChild(el(p.doc, jumpButton()));
    await p.sleep(250);
    await say(p, 'You', av('Mt9k'), 'I can see you now go ahead', 'I can see you now. Go ahead.');
    const hand = toast('<i class="google-symbols">back_hand</i><span>Youssef Haddad raised a hand</span><button>View</button>');
    await p.sleep(250);
    await say(
      p,
      'Youssef Haddad',
      av('Yh3d'),
      'Oops I pressed the hand button by accident anyway the headaches are back',
      'Oops, I pressed the hand button by accident. Anyway, the headaches are back.',
    );
    hand.remove();
    await p.sleep(250);
    await say(p, 'You', av('Mt9k'), 'How often are you getting them', 'How often are you getting them?');
    // Back at the bottom: the button and the dummy go away.
    r.querySelector(':scope > .IMKgW')?.remove();
    dummy.remove();
    await p.sleep(250);
    await say(p, 'Youssef Haddad', av('Yh3d'), 'Almost every day this week', 'Almost every day this week.');
  },
  leave: leaveMeet,
  expected: [
    {
      speaker: ['You', 'Mei Tanaka, MD', 'Mei Tanaka'],
      role: 'clinician',
      text: "Thanks for joining, Youssef. Just so you know, I'm recording this visit for your chart.",
    },
    { speaker: 'Youssef Haddad', role: 'patient', text: "That's fine. Can you see me? My video keeps freezing." },
    { speaker: ['You', 'Mei Tanaka, MD', 'Mei Tanaka'], role: 'clinician', text: 'I can see you now. Go ahead.' },
    {
      speaker: 'Youssef Haddad',
      role: 'patient',
      text: 'Oops, I pressed the hand button by accident. Anyway, the headaches are back.',
    },
    { speaker: ['You', 'Mei Tanaka, MD', 'Mei Tanaka'], role: 'clinician', text: 'How often are you getting them?' },
    { speaker: 'Youssef Haddad', role: 'patient', text: 'Almost every day this week.' },
  ],
  forbidden: [
    'joined',
    'raised a hand',
    'This call is being recorded',
    'Got it',
    'Your mic is off',
    'sorry my video froze',
    'arrow_downward',
    'Jump to bottom',
    'back_hand',
    'mic_off',
    'person_add',
    'REC',
    'English (United States)',
    'Meeting host',
  ],
};

// ---------------------------------------------------------------------------------------------------
// 4. Fast bursts, back-channels between turns, a restart mid-word

// §2.5.1/§2.5.2: every speaker change appends a new block, however short the turn; the text node is
// rewritten in place, so a restart ("rad" → "does it radiate") is a rewrite of the same node.
const backChannels: Scenario = {
  name: 'meet turns: back-channels between a patient\'s clauses, fast bursts, a restart mid-word',
  url: 'https://meet.google.com/hjk-mnop-qrs',
  selfNames: ['Sam Whitaker'],
  body: meetBody({
    title: 'hjk-mnop-qrs',
    tiles: [{ name: 'Sam Whitaker', self: true }, { name: 'Tomás Ferreira' }],
  }),
  async play(p) {
    const you = (text: string, final?: string) => say(p, 'You', av('Sw1t'), text, final, 60);
    const pat = (text: string, final?: string) => say(p, 'Tomás Ferreira', av('Tf8r'), text, final, 50);
    await pat('So it started on the left side and then it kind of moved', 'So it started on the left side, and then it kind of moved');
    await p.sleep(120);
    await you('Mm-hmm', 'Mm-hmm.');
    await p.sleep(120);
    await pat("down into my lower back and it's worse at night", "down into my lower back, and it's worse at night.");
    await p.sleep(120);
    await you('Right', 'Right.');
    await p.sleep(120);
    await pat('Sometimes I wake up at like two or three', 'Sometimes I wake up at, like, 2 or 3.');
    await p.sleep(150);
    const t = addBlock(p, 'You', av('Sw1t'), 'Does');
    await p.sleep(60);
    await steps(
      p,
      t,
      [
        'Does it',
        'Does it rad',
        'Does it rad does',
        'Does it, does it',
        'Does it, does it radiate',
        'Does it, does it radiate down',
        'Does it, does it radiate down your',
        'Does it, does it radiate down your leg',
        'Does it, does it radiate down your leg?',
      ],
      70,
    );
    await p.sleep(120);
    await pat('No no not really', 'No. No, not really.');
    await p.sleep(100);
    await you('Okay', 'Okay.');
    await p.sleep(100);
    await pat('Just the back', 'Just the back.');
    await p.sleep(120);
    await you('Got it any numbness or tingling', 'Got it. Any numbness or tingling?');
    await p.sleep(120);
    await pat('Sí sí a little in the toes', 'Sí, sí, a little in the toes.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: 'Tomás Ferreira', role: 'patient', text: 'So it started on the left side, and then it kind of moved' },
    { speaker: ['You', 'Sam Whitaker'], role: 'clinician', text: 'Mm-hmm.' },
    { speaker: 'Tomás Ferreira', role: 'patient', text: "down into my lower back, and it's worse at night." },
    { speaker: ['You', 'Sam Whitaker'], role: 'clinician', text: 'Right.' },
    { speaker: 'Tomás Ferreira', role: 'patient', text: 'Sometimes I wake up at, like, 2 or 3.' },
    { speaker: ['You', 'Sam Whitaker'], role: 'clinician', text: 'Does it, does it radiate down your leg?' },
    { speaker: 'Tomás Ferreira', role: 'patient', text: 'No. No, not really.' },
    { speaker: ['You', 'Sam Whitaker'], role: 'clinician', text: 'Okay.' },
    { speaker: 'Tomás Ferreira', role: 'patient', text: 'Just the back.' },
    { speaker: ['You', 'Sam Whitaker'], role: 'clinician', text: 'Got it. Any numbness or tingling?' },
    { speaker: 'Tomás Ferreira', role: 'patient', text: 'Sí, sí, a little in the toes.' },
  ],
  loose: true,
  forbidden: ['call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------------
// 5. What the recogniser writes: numbers, doses, dates, times, phone numbers, symbols, masking

// §2.5.2/§2.5.3: growth by characterData with the ASR rewriting spelled-out numbers into digits and
// symbols at the end of a phrase, plus a late correction of an earlier block while the next grows.
// The patient's display name carries a nickname in parentheses.
const recogniserText: Scenario = {
  name: 'meet text: doses, dates, %, °, times, phone numbers and a masked word survive exactly',
  url: 'https://meet.google.com/bcd-efgh-jkm',
  selfNames: ['Hana Kim'],
  body: meetBody({
    title: 'Medication review',
    tiles: [{ name: 'Hana Kim', self: true }, { name: 'Robert (Bob) Chen' }],
  }),
  async play(p) {
    const P = 'Robert (Bob) Chen';
    await say(
      p,
      'You',
      av('Hk5m'),
      "Let's go over your medications what are you taking for the diabetes",
      "Let's go over your medications. What are you taking for the diabetes?",
    );
    await p.sleep(250);
    await say(p, P, av('Rc2b'), 'I take metformin five hundred milligrams twice a day', 'I take metformin, 500 mg twice a day.');
    await p.sleep(250);
    const gl = await say(
      p,
      'You',
      av('Hk5m'),
      'And the glipi side is that still five milligrams in the morning',
      'And the glipi side, is that still 5 mg in the morning?',
    );
    await p.sleep(250);
    const pat = say(
      p,
      P,
      av('Rc2b'),
      'Yes since March third my A1C was seven point two percent on three fourteen',
      'Yes, since March 3rd. My A1C was 7.2% on 3/14.',
    );
    await p.sleep(400);
    gl.data = 'And the glipizide, is that still 5 mg in the morning?'; // late correction of the earlier block
    await pat;
    await p.sleep(250);
    await say(p, 'You', av('Hk5m'), 'Good any fevers', 'Good. Any fevers?');
    await p.sleep(250);
    await say(
      p,
      P,
      av('Rc2b'),
      'I had one oh one point five on Sunday and it was a s*** night honestly',
      'I had 101.5 °F on Sunday, and it was a s*** night, honestly.',
    );
    await p.sleep(250);
    await say(
      p,
      'You',
      av('Hk5m'),
      'If it goes above one oh two call us at five five five zero one three four or after five thirty PM use the twenty four seven line',
      'If it goes above 102°, call us at 555-0134, or after 5:30 p.m. use the 24/7 line.',
    );
    await p.sleep(250);
    await say(p, P, av('Rc2b'), 'Okay five five five zero one three four got it', 'Okay, 555-0134. Got it.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: ['You', 'Hana Kim'], role: 'clinician', text: "Let's go over your medications. What are you taking for the diabetes?" },
    { speaker: ['Robert (Bob) Chen', 'Robert Chen'], role: 'patient', text: 'I take metformin, 500 mg twice a day.' },
    { speaker: ['You', 'Hana Kim'], role: 'clinician', text: 'And the glipizide, is that still 5 mg in the morning?' },
    { speaker: ['Robert (Bob) Chen', 'Robert Chen'], role: 'patient', text: 'Yes, since March 3rd. My A1C was 7.2% on 3/14.' },
    { speaker: ['You', 'Hana Kim'], role: 'clinician', text: 'Good. Any fevers?' },
    { speaker: ['Robert (Bob) Chen', 'Robert Chen'], role: 'patient', text: 'I had 101.5 °F on Sunday, and it was a s*** night, honestly.' },
    {
      speaker: ['You', 'Hana Kim'],
      role: 'clinician',
      text: 'If it goes above 102°, call us at 555-0134, or after 5:30 p.m. use the 24/7 line.',
    },
    { speaker: ['Robert (Bob) Chen', 'Robert Chen'], role: 'patient', text: 'Okay, 555-0134. Got it.' },
  ],
  forbidden: ['Medication review', 'call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------------
// 6. Russian UI: self labelled "Вы", patient shown "Surname Name Patronymic"

// §2.6/§9: the local user's caption label is localized ("Вы" in Russian); the region is found by
// role=region + tabindex=0 whatever its aria-label. The clinician's configured name is Latin, the
// account name Cyrillic; the patient's name is in official Russian order with patronymic.
const russianSelf: Scenario = {
  name: 'meet names: Russian UI, self labelled "Вы", patient "Смирнов Игорь Васильевич"',
  url: 'https://meet.google.com/kpq-wxyz-rst?hl=ru',
  selfNames: ['Olga Petrova'],
  body: meetBody({
    title: 'Консультация',
    regionLabel: 'Субтитры',
    language: 'Русский',
    tiles: [{ name: 'Ольга Петрова', self: true }, { name: 'Смирнов Игорь Васильевич' }],
    panel: ['Ольга Петрова (Вы)', 'Организатор встречи', 'Смирнов Игорь Васильевич'],
  }),
  async play(p) {
    const P = 'Смирнов Игорь Васильевич';
    await say(p, 'Вы', av('Op6v'), 'Здравствуйте Игорь Васильевич как вы себя чувствуете', 'Здравствуйте, Игорь Васильевич. Как вы себя чувствуете?');
    await p.sleep(250);
    const pat = say(
      p,
      P,
      av('Si4v'),
      'Здравствуйте давление опять высокое вчера было сто шестьдесят на девяносто пять',
      'Здравствуйте. Давление опять высокое, вчера было 160 на 95.',
    );
    await p.sleep(500);
    chat(p, P, 'Я отправил фото тонометра');
    await pat;
    await p.sleep(250);
    // The clinician scrolled up: the jump button appears at the end of the region.
    region(p).appendChild(el(p.doc, jumpButton('Перейти вниз')));
    await say(p, 'Вы', av('Op6v'), 'Вы принимаете лизиноприл по десять миллиграмм утром', 'Вы принимаете лизиноприл по 10 мг утром?');
    await p.sleep(250);
    await say(p, P, av('Si4v'), 'Да да каждое утро', 'Да, да, каждое утро.');
    await p.sleep(250);
    await say(p, 'Вы', av('Op6v'), 'Хорошо давайте увеличим дозу', 'Хорошо, давайте увеличим дозу.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: ['Вы', 'Olga Petrova', 'Ольга Петрова'], role: 'clinician', text: 'Здравствуйте, Игорь Васильевич. Как вы себя чувствуете?' },
    { speaker: 'Смирнов Игорь Васильевич', role: 'patient', text: 'Здравствуйте. Давление опять высокое, вчера было 160 на 95.' },
    { speaker: ['Вы', 'Olga Petrova', 'Ольга Петрова'], role: 'clinician', text: 'Вы принимаете лизиноприл по 10 мг утром?' },
    { speaker: 'Смирнов Игорь Васильевич', role: 'patient', text: 'Да, да, каждое утро.' },
    { speaker: ['Вы', 'Olga Petrova', 'Ольга Петрова'], role: 'clinician', text: 'Хорошо, давайте увеличим дозу.' },
  ],
  forbidden: ['Я отправил фото тонометра', 'arrow_downward', 'Перейти вниз', 'Организатор встречи', '(Вы)', 'Русский'],
};

export const meetScenarios: Scenario[] = [selfVsConfigured, longNames, noise, backChannels, recogniserText, russianSelf];
