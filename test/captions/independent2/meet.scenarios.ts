// Google Meet pages built from caption-platforms.md §2 only (2025–26 region/block shape, §2.4 outline;
// mutation model §2.5; self and localisation §2.6).
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

const URL = 'https://meet.google.com/kzp-wmqa-tnd';
const SELF = 'Dr. Alice Smith';
const YOU = ['You', SELF];

/** The caption region: blocks, then the trailing "Jump to bottom" area (§2.4). */
function regionHtml(label: string, jump: string | null): string {
  const button = jump === null ? '' : `<div class="IMKgW"><button aria-label="${jump}"><i class="google-symbols" aria-hidden="true">arrow_downward</i>${jump}</button></div>`;
  return `<div role="region" tabindex="0" aria-label="${label}" jscontroller="KPn5nb" jsaction="focus:x" class="vNKgIf UDinHf">${button}</div>`;
}

function body(label = 'Captions', jump: string | null = 'Jump to bottom'): string {
  return `
<div class="crqnQb">
  <div class="u6vdEc">Follow-up visit</div>
  <div class="Tmb7Fd">
    <button aria-label="Turn off captions"><i class="google-symbols" aria-hidden="true">closed_caption</i></button>
    <button aria-label="Leave call" jsname="CQylAd"><i class="google-symbols" aria-hidden="true">call_end</i></button>
  </div>
</div>
<div class="hLkVuf" data-side="3"><div class="DtJ7e"><div jsname="dsyhDe" class="iOzk7">${regionHtml(label, jump)}</div></div></div>
<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`;
}

function region(p: Page): HTMLElement {
  return q(p.doc, '[role="region"][tabindex="0"]');
}

let avatarSeq = 0;
/** Appends one speaker-turn block with an empty text node before the trailing non-caption children. */
function block(p: Page, name: string, into = region(p)): Text {
  const id = (avatarSeq++ % 9000) + 1000;
  const b = el(p.doc, `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${id}.5" src="https://lh3.googleusercontent.com/a/ACg8oc${id}=s32-c"><div class="KcIKyf jxFHg"><span class="NWpY1d"></span></div></div><div class="ygicle VbkSUe"></div></div>`);
  q(b, '.NWpY1d').textContent = name;
  const text = p.doc.createTextNode('');
  q(b, '.ygicle').appendChild(text);
  const trailing = [...into.children].find((c) => !c.classList.contains('nMcdL'));
  into.insertBefore(b, trailing ?? null);
  return text;
}

/** Sets the text node to each string in turn (ASR rewrites, not only growth). */
async function steps(p: Page, node: Text, texts: string[], ms = 90) {
  for (const t of texts) {
    node.data = t;
    await p.sleep(ms);
  }
}

/** Leaving: Meet swaps the call UI for the "You left the meeting" screen. */
function leave(p: Page) {
  p.doc.body.innerHTML = '<div class="CRFCdf"><h1>You left the meeting</h1><button>Rejoin</button><button>Return to home screen</button></div>';
}

/** Turning CC off detaches the region; turning it on inserts a new region node (§2.2, §2.5.7). */
function replaceRegion(p: Page, label = 'Captions', jump: string | null = 'Jump to bottom'): HTMLElement {
  const wrap = q(p.doc, '[jsname="dsyhDe"]');
  region(p).remove();
  wrap.appendChild(el(p.doc, regionHtml(label, jump)));
  return region(p);
}

const NOISE = ['arrow_downward', 'Jump to bottom', 'call_end', 'closed_caption'];

export const meetScenarios: Scenario[] = [
  {
    name: 'You and a patient alternate, word by word, with the chat region and jump button present',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const chat = q(p.doc, '.Ge9Kpc');
      await grow(p, block(p, 'You'), 'Good morning. What brings you in today?');
      chat.appendChild(el(p.doc, '<div class="chat-msg">Chat: my camera is frozen sorry</div>'));
      await grow(p, block(p, 'Marcus Lee'), 'I have had a cough for about two weeks now.');
      await grow(p, block(p, 'You'), 'Is it worse at night or in the morning?');
      await grow(p, block(p, 'Marcus Lee'), 'Mostly at night, it keeps me awake.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Good morning. What brings you in today?' },
      { speaker: 'Marcus Lee', role: 'patient', text: 'I have had a cough for about two weeks now.' },
      { speaker: YOU, role: 'clinician', text: 'Is it worse at night or in the morning?' },
      { speaker: 'Marcus Lee', role: 'patient', text: 'Mostly at night, it keeps me awake.' },
    ],
    forbidden: [...NOISE, 'camera is frozen', 'Chat:'],
  },
  {
    name: 'ASR rewrites the last words and punctuation while the block grows',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'How are your medications going?');
      await steps(p, block(p, 'Priya Raman'), [
        'I',
        'I so',
        'I so w',
        'I so want to',
        'I so want to organ',
        'I so want to organ. ize',
        'I just want to organize',
        'I just want to organize my pills',
        'I just want to organize my pills better.',
      ]);
      await grow(p, block(p, 'You'), 'A weekly pill box could help with that.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'How are your medications going?' },
      { speaker: 'Priya Raman', role: 'patient', text: 'I just want to organize my pills better.' },
      { speaker: YOU, role: 'clinician', text: 'A weekly pill box could help with that.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'Meet corrects a word in an earlier block while the next speaker talks',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      const a = block(p, 'Owen Brooks');
      await grow(p, a, 'My chest feels tight when I climb stairs');
      const b = block(p, 'You');
      await grow(p, b, 'When did you first', undefined, 90);
      a.data = 'My chest feels tight when I climb the stairs.';
      await grow(p, b, 'When did you first notice the tightness?', undefined, 90, 4);
    },
    leave,
    expected: [
      { speaker: 'Owen Brooks', role: 'patient', text: 'My chest feels tight when I climb the stairs.' },
      { speaker: YOU, role: 'clinician', text: 'When did you first notice the tightness?' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'the same speaker continues in a new block after a pause',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Tell me about your sleep.');
      await grow(p, block(p, 'Hannah Weiss'), 'I fall asleep fine.');
      await p.sleep(900);
      await grow(p, block(p, 'Hannah Weiss'), 'But I wake up at three and cannot get back to sleep.');
      await grow(p, block(p, 'You'), 'That sounds exhausting.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Tell me about your sleep.' },
      { speaker: 'Hannah Weiss', role: 'patient', text: 'I fall asleep fine.' },
      { speaker: 'Hannah Weiss', role: 'patient', text: 'But I wake up at three and cannot get back to sleep.' },
      { speaker: YOU, role: 'clinician', text: 'That sounds exhausting.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'CC toggled off (region detached) and on again (a new, empty region node)',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Can you hear me clearly?');
      await grow(p, block(p, 'Tomás Rivera'), 'Yes, I can hear you fine.');
      await p.sleep(200);
      region(p).remove();
      await p.sleep(700);
      const wrap = q(p.doc, '[jsname="dsyhDe"]');
      wrap.appendChild(el(p.doc, regionHtml('Captions', 'Jump to bottom')));
      await grow(p, block(p, 'You'), 'Great, the captions are back on.');
      await grow(p, block(p, 'Tomás Rivera'), 'My knee has been swelling again.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Can you hear me clearly?' },
      { speaker: 'Tomás Rivera', role: 'patient', text: 'Yes, I can hear you fine.' },
      { speaker: YOU, role: 'clinician', text: 'Great, the captions are back on.' },
      { speaker: 'Tomás Rivera', role: 'patient', text: 'My knee has been swelling again.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'caption language change replaces the region, which re-renders the earlier blocks',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Would you prefer captions in Spanish?');
      await grow(p, block(p, 'Lucía Fernández'), 'Yes please, that would help.');
      await p.sleep(300);
      // The new region shows the history again (same blocks, new nodes), then speech continues.
      const r = replaceRegion(p);
      block(p, 'You', r).data = 'Would you prefer captions in Spanish?';
      block(p, 'Lucía Fernández', r).data = 'Yes please, that would help.';
      await p.sleep(700);
      await grow(p, block(p, 'You', r), 'Claro, seguimos en español.');
      await grow(p, block(p, 'Lucía Fernández', r), 'Me duele la espalda desde el lunes.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Would you prefer captions in Spanish?' },
      { speaker: 'Lucía Fernández', role: 'patient', text: 'Yes please, that would help.' },
      { speaker: YOU, role: 'clinician', text: 'Claro, seguimos en español.' },
      { speaker: 'Lucía Fernández', role: 'patient', text: 'Me duele la espalda desde el lunes.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'Russian UI: "Субтитры" region, "Вы" is you, a Cyrillic patient name',
    url: `${URL}?hl=ru`,
    selfNames: ['Анна Петрова'],
    body: body('Субтитры', 'Перейти вниз'),
    async play(p) {
      await grow(p, block(p, 'Вы'), 'Здравствуйте, как вы себя чувствуете?');
      await grow(p, block(p, 'Алексей Смирнов'), 'Голова болит уже третий день.');
      await grow(p, block(p, 'Вы'), 'Давление измеряли?');
    },
    leave,
    expected: [
      { speaker: ['Вы', 'Анна Петрова'], role: 'clinician', text: 'Здравствуйте, как вы себя чувствуете?' },
      { speaker: 'Алексей Смирнов', role: 'patient', text: 'Голова болит уже третий день.' },
      { speaker: ['Вы', 'Анна Петрова'], role: 'clinician', text: 'Давление измеряли?' },
    ],
    forbidden: ['Перейти вниз', 'arrow_downward'],
  },
  {
    name: 'Italian UI "Sottotitoli": you, a patient and an interpreter with accented names',
    url: URL,
    selfNames: [SELF],
    body: body('Sottotitoli', 'Vai in fondo'),
    async play(p) {
      await grow(p, block(p, 'You'), 'Please ask how long the rash has been there.');
      await grow(p, block(p, 'Nicolò Ferrà'), 'Da quanto tempo ha questa eruzione?');
      await grow(p, block(p, 'Giulia Bèrtoli'), 'Da circa una settimana.');
      await grow(p, block(p, 'Nicolò Ferrà'), 'About one week.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Please ask how long the rash has been there.' },
      { speaker: 'Nicolò Ferrà', text: 'Da quanto tempo ha questa eruzione?' },
      { speaker: 'Giulia Bèrtoli', text: 'Da circa una settimana.' },
      { speaker: 'Nicolò Ferrà', text: 'About one week.' },
    ],
    forbidden: ['Vai in fondo', 'arrow_downward'],
  },
  {
    name: 'Korean UI "자막": Hangul names and text, localized jump button',
    url: URL,
    selfNames: [SELF],
    body: body('자막', '하단으로 이동'),
    async play(p) {
      await grow(p, block(p, 'You'), 'How is the new inhaler working?');
      await grow(p, block(p, '김민준'), '숨쉬기가 훨씬 편해졌어요 감사합니다');
      await grow(p, block(p, 'You'), 'I am glad to hear that.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'How is the new inhaler working?' },
      { speaker: '김민준', role: 'patient', text: '숨쉬기가 훨씬 편해졌어요 감사합니다' },
      { speaker: YOU, role: 'clinician', text: 'I am glad to hear that.' },
    ],
    forbidden: ['하단으로 이동', 'arrow_downward'],
  },
  {
    name: 'right-to-left: an Arabic-speaking patient with an Arabic name',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Where exactly is the pain?');
      await grow(p, block(p, 'فاطمة الزهراء'), 'الألم في الجانب الأيمن من بطني');
      await grow(p, block(p, 'You'), 'Does it move anywhere?');
      await grow(p, block(p, 'فاطمة الزهراء'), 'لا، يبقى في نفس المكان.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Where exactly is the pain?' },
      { speaker: 'فاطمة الزهراء', role: 'patient', text: 'الألم في الجانب الأيمن من بطني' },
      { speaker: YOU, role: 'clinician', text: 'Does it move anywhere?' },
      { speaker: 'فاطمة الزهراء', role: 'patient', text: 'لا، يبقى في نفس المكان.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'long monologue: Meet drops the long transcript and starts over in the same block',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Tell me everything that happened.');
      const t = block(p, 'Grace Okoye');
      const first =
        'It started on Saturday morning when I woke up with a headache that would not go away and then by the afternoon I felt dizzy every time I stood up so I lay down for a while and drank some water but it did not help at all and by the evening I was shaking';
      await grow(p, t, first, undefined, 25);
      // The block's text is dropped and starts over with the new words only.
      await grow(p, t, 'so my sister drove me to urgent care that night.', undefined, 60);
      await grow(p, block(p, 'You'), 'Thank you, that is very helpful.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Tell me everything that happened.' },
      {
        speaker: 'Grace Okoye',
        role: 'patient',
        text: 'It started on Saturday morning when I woke up with a headache that would not go away and then by the afternoon I felt dizzy every time I stood up so I lay down for a while and drank some water but it did not help at all and by the evening I was shaking so my sister drove me to urgent care that night.',
      },
      { speaker: YOU, role: 'clinician', text: 'Thank you, that is very helpful.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'span era: phrases arrive as spans and leading spans drop off in a long monologue',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Go ahead, I am listening.');
      const t = block(p, 'Daniel Kim');
      const div = t.parentElement!;
      t.remove();
      const phrases = ['I have been', 'feeling anxious', 'at work lately', 'especially before', 'big meetings with', 'my manager and', 'my heart races.'];
      for (let i = 0; i < phrases.length; i++) {
        const s = p.doc.createElement('span');
        s.textContent = i === 0 ? phrases[i]! : ` ${phrases[i]}`;
        div.appendChild(s);
        if (i >= 4) div.firstElementChild!.remove(); // leading phrases roll off
        await p.sleep(150);
      }
      await grow(p, block(p, 'You'), 'That sounds really stressful.');
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Go ahead, I am listening.' },
      {
        speaker: 'Daniel Kim',
        role: 'patient',
        text: 'I have been feeling anxious at work lately especially before big meetings with my manager and my heart races.',
      },
      { speaker: YOU, role: 'clinician', text: 'That sounds really stressful.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'dummy div and jump button come and go; old blocks scroll out of the top of the region',
    url: URL,
    selfNames: [SELF],
    body: body('Captions', null),
    async play(p) {
      const r = region(p);
      const turns: [string, string][] = [
        ['You', 'Have you been checking your blood sugar?'],
        ['Sam Patel', 'Yes, twice a day like you said.'],
        ['You', 'What numbers are you seeing?'],
        ['Sam Patel', 'Mostly around one hundred and forty.'],
        ['You', 'That is better than last month.'],
        ['Sam Patel', 'I have been walking after dinner.'],
      ];
      for (let i = 0; i < turns.length; i++) {
        const [who, what] = turns[i]!;
        if (i === 2) r.appendChild(el(p.doc, '<div></div>'));
        if (i === 3) r.appendChild(el(p.doc, '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>'));
        if (i === 5) r.querySelector(':scope > div:not(.nMcdL):not(.IMKgW)')?.remove();
        await grow(p, block(p, who), what);
        if (i >= 3) r.querySelector('.nMcdL')?.remove();
      }
    },
    leave,
    expected: [
      { speaker: YOU, role: 'clinician', text: 'Have you been checking your blood sugar?' },
      { speaker: 'Sam Patel', role: 'patient', text: 'Yes, twice a day like you said.' },
      { speaker: YOU, role: 'clinician', text: 'What numbers are you seeing?' },
      { speaker: 'Sam Patel', role: 'patient', text: 'Mostly around one hundred and forty.' },
      { speaker: YOU, role: 'clinician', text: 'That is better than last month.' },
      { speaker: 'Sam Patel', role: 'patient', text: 'I have been walking after dinner.' },
    ],
    forbidden: NOISE,
  },
  {
    name: 'interleaved speakers: the patient talks over you and both blocks keep growing',
    url: URL,
    selfNames: [SELF],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'Elena Novak'), 'I stopped taking the');
      const you = block(p, 'You');
      await grow(p, you, 'Sorry, which one');
      // Elena's earlier block still receives its last words.
      const first = region(p).querySelector('.nMcdL .ygicle')!.firstChild as Text;
      first.data = 'I stopped taking the blood pressure pills.';
      await grow(p, you, 'Sorry, which one did you stop?', undefined, 90, 3);
      await grow(p, block(p, 'Elena Novak'), 'The small white ones, they made me dizzy.');
    },
    leave,
    expected: [
      { speaker: 'Elena Novak', role: 'patient', text: 'I stopped taking the blood pressure pills.' },
      { speaker: YOU, role: 'clinician', text: 'Sorry, which one did you stop?' },
      { speaker: 'Elena Novak', role: 'patient', text: 'The small white ones, they made me dizzy.' },
    ],
    forbidden: NOISE,
  },
  {
    name: '2024 layout: .a4cQT bar without a region, a caption-language div first, phrases as spans',
    url: URL,
    selfNames: [SELF],
    body: `
<div class="Tmb7Fd"><button aria-label="Leave call"><i class="google-material-icons" aria-hidden="true">call_end</i></button></div>
<div class="a4cQT" jscontroller="D1tHje" style="right:16px; left:16px; bottom:80px">
  <div class="NmXUuc P9KVBf" jscontroller="rRafu"><span>English</span></div>
  <div><div jsname="dsyhDe" class="iOzk7"></div><div jsname="APQunf" class="iOzk7" style="display:none"></div></div>
</div>`,
    async play(p) {
      const list = q(p.doc, '.a4cQT [jsname="dsyhDe"]');
      const say = async (name: string, phrases: string[]) => {
        const b = el(p.doc, `<div class="TBMuR bj4p3b"><div><img class="KpxDtd r6DyN" data-iml="77.1" src="https://lh3.googleusercontent.com/a/old"><div class="zs7s8d jxFHg"></div></div><div jsname="YSxPC" class="Mz6pEf wY1pdd" style="height:28.44px"><div jsname="tgaKEf" class="iTTPOb VbkSUe"></div></div></div>`);
        q(b, '.zs7s8d').textContent = name;
        list.appendChild(b);
        const text = q(b, '[jsname="tgaKEf"]');
        for (const [i, ph] of phrases.entries()) {
          const span = p.doc.createElement('span');
          span.textContent = i === 0 ? ph : ` ${ph}`;
          text.appendChild(span);
          await p.sleep(120);
        }
      };
      await say('You', ['How is the', 'swelling today?']);
      await say('Ruth Abebe', ['It went down', 'a lot after', 'the ice packs.']);
    },
    leave(p) {
      p.doc.querySelector('.Tmb7Fd')?.remove();
    },
    expected: [
      { speaker: YOU, role: 'clinician', text: 'How is the swelling today?' },
      { speaker: 'Ruth Abebe', role: 'patient', text: 'It went down a lot after the ice packs.' },
    ],
    forbidden: ['English', 'call_end'],
  },
  {
    name: '"You" is the clinician even when no name was configured',
    url: URL,
    selfNames: [],
    body: body(),
    async play(p) {
      await grow(p, block(p, 'You'), 'Shall we review your goals?');
      await grow(p, block(p, 'Ines Duarte'), 'Yes, I wrote them down.');
    },
    leave,
    expected: [
      { speaker: 'You', role: 'clinician', text: 'Shall we review your goals?' },
      { speaker: 'Ines Duarte', role: 'patient', text: 'Yes, I wrote them down.' },
    ],
    forbidden: NOISE,
  },
];
