// Microsoft Teams web scenarios, round 7: long calls with limited retention and recycled list items,
// capture starting mid-call, and non-English UIs. Written only from
// /work/shared/research/caption-platforms.md (§1, §4, §8, §9); no product source or fixtures read.
import { el, grow, q, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------
// DOM builders (§4.3: data-tid atoms, Fluent v9 ChatMessageCompact items, rotating atomic hashes)
// ---------------------------------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let hoverSeq = 4100;
const avatar = (name: string) => `https://teams.microsoft.com/api/mt/part/emea-02/beta/users/${encodeURIComponent(name)}/profilepicturev2?size=HR64x64`;

/** Host view item (§4.3 TMS-FIX outline): items-renderer wraps the avatar, author + text in the body. */
function hostRowHtml(name: string, text: string): string {
  const id = `lpc-${hoverSeq++}`;
  return `<div class="fui-Flex ___1ccp5kb f13qh94s"><div class="fui-Flex ___9f2ad1c"><div class="fui-Flex ___s0m3h4x">
  <div class="fui-ChatMessageCompact ___p4k2rr7 f1x9a2b">
    <div></div>
    <div class="fui-ChatMessageCompact__avatar">
      <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="${id}">
        <span role="presentation" class="fui-Avatar ___1q2w3e4"><img class="fui-Avatar__image" aria-hidden="true" src="${esc(avatar(name))}"></span>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
    <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
      <div>
        <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___a8d3f0">${esc(name)}</span></span></div>
        <div class="fui-Flex ___t7y6u5i"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___b2c9e1">${esc(text)}</span></div>
      </div>
    </div>
    <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
  </div>
</div></div></div>`;
}

/** Guest (anonymous join) item (§4.3 VEXA): virtual-list-content > (div) > author + text, no items-renderer. */
function guestRowHtml(name: string, text: string): string {
  return `<div class="fui-Flex ___g5h6j7k"><span dir="auto" data-tid="author" class="fui-StyledText ___a8d3f0">${esc(name)}</span><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___b2c9e1">${esc(text)}</span></div>`;
}

/** Captions on = closed-caption-renderer-wrapper present (§4.2); v2 window wrapper and virtual list (§4.3). */
function captionsHtml(rows: string, guest: boolean): string {
  const inner = guest ? rows : `<div class="fui-Flex ___l1s7n3r">${rows}</div>`;
  return `<div class="f419p8h ___w0r4pp3" data-tid="closed-caption-renderer-wrapper">
  <div data-tid="closed-caption-v2-window-wrapper" class="___v2w1n">
    <div data-tid="closed-caption-v2-virtual-list-content" class="___vl9c0n">${inner}</div>
  </div>
</div>`;
}

interface Ui {
  more: string;
  leave: string;
  captionsMenu: string;
  chatButton: string;
  chatAuthor: string;
  chatText: string;
  guest?: boolean;
}

/** In-call page: call controls with hangup markers (§4.1), stage, captions, and a meeting-chat distractor. */
function pageHtml(ui: Ui, rows = ''): string {
  const hangup = ui.guest
    ? `<button type="button" data-tid="anon-hangup-button" aria-label="${esc(ui.leave)}"><span>${esc(ui.leave)}</span></button>`
    : `<div><button type="button" id="hangup-button" data-tid="hangup-main-btn" aria-label="${esc(ui.leave)}"><span>${esc(ui.leave)}</span></button><button type="button" data-tid="hangup-leave-button" aria-label="${esc(ui.leave)}"></button></div>`;
  return `<div data-tid="calling-screen" id="calling-screen">
  <div role="toolbar" data-tid="calling-unified-bar">
    <button type="button" data-tid="chat-button" aria-label="${esc(ui.chatButton)}"><span>${esc(ui.chatButton)}</span></button>
    <button type="button" id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="${esc(ui.more)}"><span>${esc(ui.more)}</span></button>
    <div role="menu" hidden><div role="menuitemcheckbox" id="closed-captions-button" aria-checked="true">${esc(ui.captionsMenu)}</div></div>
    ${hangup}
  </div>
  <div data-tid="calling-stage" class="___st4g3"><div class="fui-Flex ___video"><video muted></video></div></div>
  ${captionsHtml(rows, !!ui.guest)}
  <div data-tid="chat-pane" role="complementary">
    <div data-tid="message-pane-list-viewport" aria-live="polite">
      <div class="fui-ChatMessage ___c7h4t" data-tid="chat-pane-message">
        <span class="fui-ChatMessage__author">${esc(ui.chatAuthor)}</span>
        <div class="fui-ChatMessage__body"><div dir="auto">${esc(ui.chatText)}</div></div>
      </div>
    </div>
  </div>
</div>`;
}

/** Leaving (§4.1): the call screen with its hangup buttons and the caption wrapper goes away. */
function leaveCall(p: Page) {
  p.doc.querySelector('[data-tid="calling-screen"]')?.remove();
  p.doc.body.appendChild(el(p.doc, '<div data-tid="post-call-screen"><button type="button" data-tid="rejoin-button">↻</button></div>'));
}

interface Item {
  row: HTMLElement;
  author: HTMLElement;
  text: Text;
}

interface Call {
  guest: boolean;
  /** Retention (§4.4): at most this many items stay in the DOM. */
  keep: number;
  /** Virtualisation (§4.4, §8.8): past `keep`, the oldest item's subtree is reused for the new caption. */
  recycle?: boolean;
}

function listOf(p: Page, guest: boolean): HTMLElement {
  const content = q(p.doc, '[data-tid="closed-caption-v2-virtual-list-content"]');
  return guest ? content : q(content, ':scope > div');
}

function itemOf(row: HTMLElement): Item {
  const author = q(row, '[data-tid="author"]');
  const span = q(row, '[data-tid="closed-caption-text"]');
  return { row, author, text: span.firstChild as Text };
}

/** A new caption item at the tail of the list, holding its first word(s). */
function addItem(p: Page, call: Call, name: string, first: string): Item {
  const list = listOf(p, call.guest);
  if (call.recycle && list.children.length >= call.keep) {
    const row = list.firstElementChild as HTMLElement;
    const it = itemOf(row);
    const nameNode = it.author.firstChild as Text;
    if (nameNode.data !== name) nameNode.data = name;
    const img = row.querySelector('img');
    if (img) img.setAttribute('src', avatar(name));
    it.text.data = first; // the old caption's text node is rewritten wholesale (keeps its stale hover id)
    list.appendChild(row);
    return it;
  }
  const row = el(p.doc, call.guest ? guestRowHtml(name, first) : hostRowHtml(name, first));
  list.appendChild(row);
  while (list.children.length > call.keep) list.firstElementChild!.remove();
  return itemOf(row);
}

/** The platform's interim form: no punctuation, lower-case start (§4.4 "we should" → "We should ship …"). */
function rawOf(final: string): string {
  const r = final.replace(/[.,?!;:¿¡。、？！]/g, ' ').replace(/\s+/g, ' ').trim();
  return r.charAt(0).toLowerCase() + r.slice(1);
}

/** One utterance: item appears, grows word by word in place, then is re-punctuated (§4.4). */
async function say(p: Page, call: Call, name: string, final: string, step = 60): Promise<Item> {
  const raw = rawOf(final);
  const first = raw.split(' ')[0]!;
  const it = addItem(p, call, name, first);
  await p.sleep(step);
  await grow(p, it.text, raw, final, step, 1);
  return it;
}

/** Japanese has no spaces: the text grows a few characters at a time, then gets 、。？ inserted. */
async function sayJa(p: Page, call: Call, name: string, final: string, step = 70): Promise<void> {
  const raw = final.replace(/[、。？！]/g, '');
  const it = addItem(p, call, name, raw.slice(0, 2));
  await p.sleep(step);
  for (let n = 5; n < raw.length + 3; n += 3) {
    it.text.data = raw.slice(0, Math.min(n, raw.length));
    await p.sleep(step);
  }
  it.text.data = final;
  await p.sleep(step);
}

type Turn = [who: 'C' | 'P', text: string];

function expectTurns(turns: Turn[], clinician: string, patient: string) {
  return turns.map(([who, text]) =>
    who === 'C' ? { speaker: clinician, role: 'clinician' as const, text } : { speaker: patient, role: 'patient' as const, text },
  );
}

async function playTurns(p: Page, call: Call, turns: Turn[], clinician: string, patient: string, step: number, gap: number) {
  for (const [who, text] of turns) {
    await say(p, call, who === 'C' ? clinician : patient, text, step);
    await p.sleep(gap);
  }
}

// ---------------------------------------------------------------------------------------------
// 1. Long call, 46 short turns, oldest items dropped past 20
// ---------------------------------------------------------------------------------------------

const LONG_C = 'Dr. Priya Raman';
const LONG_P = 'Marcus Bell';
const LONG_TURNS: Turn[] = [
  ['C', 'Good morning, Marcus.'],
  ['P', 'Morning, doctor.'],
  ['C', 'How have the new tablets been?'],
  ['P', 'Mostly fine, I think.'],
  ['C', 'Any dizziness when you stand up?'],
  ['P', 'A little, first thing in the morning.'],
  ['C', 'Does it pass quickly?'],
  ['P', 'Within a minute or so.'],
  ['C', 'Are you drinking enough water?'],
  ['P', 'Probably not, to be honest.'],
  ['C', 'Aim for about two litres a day.'],
  ['P', 'Okay, I can try that.'],
  ['C', 'What about your sleep?'],
  ['P', 'Better since we changed the timing.'],
  ['C', 'You take it in the evening now?'],
  ['P', 'Yes, with dinner.'],
  ['C', 'Good, keep doing that.'],
  ['P', 'My ankles were swollen last week.'],
  ['C', 'Both ankles or just one?'],
  ['P', 'Both, mainly by the evening.'],
  ['C', 'Did it settle overnight?'],
  ['P', 'It was gone by the morning.'],
  ['C', 'That can happen with amlodipine.'],
  ['P', 'Is it something to worry about?'],
  ['C', "Not usually, but we'll keep an eye on it."],
  ['P', 'Should I raise my legs?'],
  ['C', 'Yes, that helps in the evenings.'],
  ['P', 'What about compression socks?'],
  ['C', "They're worth a try as well."],
  ['P', 'My blood pressure readings are lower now.'],
  ['C', 'What numbers are you seeing?'],
  ['P', 'Around one thirty over eighty.'],
  ['C', "That's a real improvement."],
  ['P', 'The machine sometimes gives errors.'],
  ['C', 'Sit still for five minutes first.'],
  ['P', 'I usually measure straight after walking.'],
  ['C', 'That will push the numbers up.'],
  ['P', "Right, I'll wait next time."],
  ['C', 'Bring the readings to your next visit.'],
  ['P', 'Should I book that now?'],
  ['C', 'In about six weeks.'],
  ['P', "I'll call the front desk."],
  ['C', 'Any other questions for me today?'],
  ['P', 'No, that covers everything.'],
  ['C', 'Take care, Marcus.'],
  ['P', 'Thanks, bye.'],
];
const EN_UI: Ui = {
  more: 'More',
  leave: 'Leave',
  captionsMenu: 'Turn on live captions',
  chatButton: 'Chat',
  chatAuthor: LONG_P,
  chatText: 'Here is my readings spreadsheet',
};

const longCall: Scenario = {
  // §4.4 "the Live Caption DOM only keeps a certain number of entries" + one item per utterance; §9 retention.
  name: 'teams long call: 46 short turns, oldest items removed past 20',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [LONG_C],
  body: pageHtml(EN_UI),
  async play(p) {
    await playTurns(p, { guest: false, keep: 20 }, LONG_TURNS, LONG_C, LONG_P, 40, 150);
  },
  leave: leaveCall,
  expected: expectTurns(LONG_TURNS, LONG_C, LONG_P),
  loose: true,
  forbidden: ['Here is my readings spreadsheet', 'Turn on live captions', 'Leave'],
};

// ---------------------------------------------------------------------------------------------
// 2. Recycled list items (Portuguese UI, English speech)
// ---------------------------------------------------------------------------------------------

const REC_C = 'Dra. Beatriz Costa';
const REC_P = 'Daniel Okafor';
const REC_TURNS: Turn[] = [
  ['C', 'Hi Daniel, can you hear me okay?'],
  ['P', 'Loud and clear.'],
  ['C', "How's the knee since the surgery?"],
  ['P', 'Stiff in the mornings, but improving.'],
  ['C', 'Can you fully straighten it yet?'],
  ['P', "Almost, there's a little gap left."],
  ['C', 'How far can you bend it?'],
  ['P', "About ninety degrees, I'd say."],
  ['C', "That's right on track for week four."],
  ['P', 'The swelling comes back after walking.'],
  ['C', 'How long are your walks?'],
  ['P', 'Twenty minutes around the block.'],
  ['C', 'Try two shorter walks instead.'],
  ['P', 'Should I still ice it afterwards?'],
  ['C', 'Yes, fifteen minutes with a towel underneath.'],
  ['P', 'I ran out of the pain tablets.'],
  ['C', 'Are you still needing them every day?'],
  ['P', 'Only at night, really.'],
  ['C', 'Paracetamol at bedtime should be enough.'],
  ['P', 'When can I drive again?'],
  ['C', 'Once you can do an emergency stop comfortably.'],
  ['P', 'My insurance asked for a letter.'],
  ['C', "I'll write one this week."],
  ['P', 'Can I go back to the gym?'],
  ['C', 'Stationary bike only for now.'],
  ['P', 'No squats then.'],
  ['C', 'Not until we review you in clinic.'],
  ['P', 'Fair enough.'],
  ['C', "Keep up the exercises, you're doing well."],
  ['P', 'Thanks, see you next month.'],
];
const PT_UI: Ui = {
  more: 'Mais ações',
  leave: 'Sair',
  captionsMenu: 'Ativar legendas ao vivo',
  chatButton: 'Chat',
  chatAuthor: REC_P,
  chatText: 'Vou mandar a foto do joelho',
};

const recycled: Scenario = {
  // §4.4 virtualised list: LCS #5 "first message was replaced by a more recent one" (element reuse); §8.8 recycled nodes keep stale ids.
  name: 'teams long call in a Portuguese UI: virtual list recycles the oldest item for each new caption',
  url: 'https://teams.microsoft.com/_#/meet/19:meeting_NzQ1ZjM2@thread.v2?culture=pt-br',
  selfNames: [REC_C],
  body: pageHtml(PT_UI),
  async play(p) {
    await playTurns(p, { guest: false, keep: 8, recycle: true }, REC_TURNS, REC_C, REC_P, 45, 160);
  },
  leave: leaveCall,
  expected: expectTurns(REC_TURNS, REC_C, REC_P),
  loose: true,
  forbidden: ['Vou mandar a foto do joelho', 'Ativar legendas ao vivo', 'Mais ações', 'Sair'],
};

// ---------------------------------------------------------------------------------------------
// 3. Late start (Italian UI, Italian speech): history already on screen, last item still growing
// ---------------------------------------------------------------------------------------------

const IT_C = 'Dott.ssa Giulia Romano';
const IT_P = 'Marco Esposito';
const IT_HISTORY: Turn[] = [
  ['C', 'Buongiorno Marco, mi sente bene?'],
  ['P', 'Sì, la sento benissimo.'],
  ['C', "Come va il ginocchio dopo l'infiltrazione?"],
  ['P', 'Meglio, ma la sera fa ancora male.'],
];
const IT_PARTIAL_FINAL = 'Quanto dura il dolore di solito?';
const IT_PARTIAL_SHOWN = 'quanto dura il dolore';
const IT_AFTER: Turn[] = [
  ['P', "Più o meno un'ora."],
  ['C', "Prende ancora l'antinfiammatorio?"],
  ['P', 'Solo quando il dolore è forte.'],
  ['C', 'Va bene, continui così per ora.'],
  ['P', 'Posso tornare a correre?'],
  ['C', 'Aspetterei ancora due settimane.'],
  ['P', 'E la bicicletta?'],
  ['C', 'La bicicletta va benissimo, senza salite.'],
  ['P', 'Perfetto, grazie dottoressa.'],
  ['C', 'Ci sentiamo tra un mese.'],
  ['P', 'Arrivederci.'],
];
const IT_UI: Ui = {
  more: 'Altre azioni',
  leave: 'Abbandona',
  captionsMenu: 'Attiva i sottotitoli in tempo reale',
  chatButton: 'Chat',
  chatAuthor: IT_P,
  chatText: 'Le mando la risonanza via email',
};

const lateStart: Scenario = {
  // §4.3 items carry author + text (attributable history) and §4.4 in-place refinement/retention: capture starts mid-call.
  name: 'teams late start in an Italian UI: four finished items and one growing item already on screen',
  url: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjE4NzQ2%40thread.v2/0?context=%7b%7d&culture=it-it',
  selfNames: [IT_C],
  body: pageHtml(
    IT_UI,
    IT_HISTORY.map(([w, t]) => hostRowHtml(w === 'C' ? IT_C : IT_P, t)).join('') + hostRowHtml(IT_C, IT_PARTIAL_SHOWN),
  ),
  async play(p) {
    const rows = p.doc.querySelectorAll('[data-tid="closed-caption-text"]');
    const live = rows[rows.length - 1]!.firstChild as Text;
    await p.sleep(200);
    await grow(p, live, rawOf(IT_PARTIAL_FINAL), IT_PARTIAL_FINAL, 80, IT_PARTIAL_SHOWN.split(' ').length);
    await p.sleep(200);
    await playTurns(p, { guest: false, keep: 6 }, IT_AFTER, IT_C, IT_P, 60, 200);
  },
  leave: leaveCall,
  expected: [...expectTurns(IT_HISTORY, IT_C, IT_P), ...expectTurns([['C', IT_PARTIAL_FINAL], ...IT_AFTER], IT_C, IT_P)],
  loose: true,
  forbidden: ['Le mando la risonanza', 'Attiva i sottotitoli in tempo reale', 'Abbandona', 'Altre azioni'],
};

// ---------------------------------------------------------------------------------------------
// 4. French UI, French speech, accented names, one turn split over two items
// ---------------------------------------------------------------------------------------------

const FR_C = 'Dr Hélène Lefèvre';
const FR_P = 'Noémie Girard';
const FR_TURNS: Turn[] = [
  ['C', "Bonjour madame Girard, comment allez-vous aujourd'hui ?"],
  ['P', 'Bof, je suis très fatiguée depuis une semaine.'],
  ['C', 'Vous avez de la fièvre ?'],
  ['P', 'Un peu le soir, trente-huit environ.'],
  ['C', 'Est-ce que vous toussez ?'],
  ['P', 'Oui, surtout la nuit.'],
  ['P', "Et j'ai mal à la gorge en avalant."],
  ['C', "D'accord, depuis combien de jours exactement ?"],
  ['P', 'Cinq ou six jours, je crois.'],
  ['C', 'Je vais vous prescrire une prise de sang.'],
  ['P', 'Il faut être à jeun ?'],
  ['C', "Non, ce n'est pas nécessaire."],
  ['P', 'Très bien, merci docteur.'],
  ['C', 'Rappelez-moi si la fièvre augmente.'],
];
const FR_UI: Ui = {
  more: "Plus d'actions",
  leave: 'Quitter',
  captionsMenu: 'Activer les sous-titres en direct',
  chatButton: 'Conversation',
  chatAuthor: FR_P,
  chatText: 'Voici ma carte Vitale en pièce jointe',
};

const french: Scenario = {
  // §4.5 self captions carry the display name (no "You"), dir="auto" spans; §4.4 one item per utterance, same speaker consecutive.
  name: 'teams French UI: French speech, accented display names, retention of 6 items',
  url: 'https://teams.cloud.microsoft/v2/?culture=fr-fr',
  selfNames: [FR_C],
  body: pageHtml(FR_UI),
  async play(p) {
    await playTurns(p, { guest: false, keep: 6 }, FR_TURNS, FR_C, FR_P, 70, 250);
  },
  leave: leaveCall,
  expected: expectTurns(FR_TURNS, FR_C, FR_P),
  loose: true,
  forbidden: ['Voici ma carte Vitale', 'Activer les sous-titres en direct', 'Quitter', "Plus d'actions"],
};

// ---------------------------------------------------------------------------------------------
// 5. German UI, guest (anonymous) DOM, German speech, light-meetings URL
// ---------------------------------------------------------------------------------------------

const DE_C = 'Dr. Jürgen Weiß';
const DE_P = 'Anna Müller';
const DE_TURNS: Turn[] = [
  ['C', 'Guten Tag, Frau Müller, können Sie mich hören?'],
  ['P', 'Ja, ich höre Sie gut.'],
  ['C', 'Wie geht es Ihrem Rücken seit letzter Woche?'],
  ['P', 'Etwas besser, aber morgens ist er steif.'],
  ['C', 'Wie lange dauert die Steifigkeit?'],
  ['P', 'Ungefähr eine halbe Stunde.'],
  ['C', 'Machen Sie die Übungen aus der Physiotherapie?'],
  ['P', 'Jeden Tag, meistens am Abend.'],
  ['C', 'Sehr gut, das ist wichtig.'],
  ['P', 'Darf ich wieder schwimmen gehen?'],
  ['C', 'Ja, Rückenschwimmen ist sogar ideal.'],
  ['P', 'Und wie ist es mit Gartenarbeit?'],
  ['C', 'Nicht zu schwer heben, bitte.'],
  ['P', 'Brauche ich noch das Ibuprofen?'],
  ['C', 'Nur bei Bedarf, höchstens dreimal täglich.'],
  ['P', 'Alles klar, vielen Dank.'],
  ['C', 'Wir sehen uns in vier Wochen wieder.'],
  ['P', 'Auf Wiederhören.'],
];
const DE_UI: Ui = {
  more: 'Weitere Aktionen',
  leave: 'Verlassen',
  captionsMenu: 'Untertitel',
  chatButton: 'Chat',
  chatAuthor: DE_P,
  chatText: 'Ich schicke Ihnen den Befund',
  guest: true,
};

const germanGuest: Scenario = {
  // §4.3 guest DOM (no items-renderer, author + text pairs by document order), §4.1 anon-hangup-button and light-meetings URL.
  name: 'teams German UI as anonymous guest: 18 turns, guest DOM, oldest items removed past 10',
  url: 'https://teams.live.com/light-meetings/launch?p=Qm7xKc2Lr9&culture=de-de',
  selfNames: [DE_C],
  body: pageHtml(DE_UI),
  async play(p) {
    await playTurns(p, { guest: true, keep: 10 }, DE_TURNS, DE_C, DE_P, 55, 200);
  },
  leave: leaveCall,
  expected: expectTurns(DE_TURNS, DE_C, DE_P),
  loose: true,
  forbidden: ['Ich schicke Ihnen den Befund', 'Weitere Aktionen', 'Verlassen'],
};

// ---------------------------------------------------------------------------------------------
// 6. Japanese UI, Japanese speech (no spaces; punctuation inserted at the end)
// ---------------------------------------------------------------------------------------------

const JA_C = '山田 花子';
const JA_P = '佐藤 健';
const JA_TURNS: Turn[] = [
  ['C', '佐藤さん、こんにちは。聞こえますか？'],
  ['P', 'はい、よく聞こえます。'],
  ['C', 'その後、頭痛はいかがですか？'],
  ['P', '先週よりだいぶ良くなりました。'],
  ['C', '薬は毎日飲んでいますか？'],
  ['P', '朝と夜に飲んでいます。'],
  ['C', '眠気は出ていませんか？'],
  ['P', '少しだけ昼間に眠くなります。'],
  ['C', 'では、夜の分だけ続けましょう。'],
  ['P', 'わかりました。ありがとうございます。'],
  ['C', '二週間後にまたお話ししましょう。'],
  ['P', 'よろしくお願いします。'],
];
const JA_UI: Ui = {
  more: 'その他の操作',
  leave: '退出',
  captionsMenu: 'ライブ キャプションをオンにする',
  chatButton: 'チャット',
  chatAuthor: JA_P,
  chatText: '検査結果の写真を送ります',
};

const japanese: Scenario = {
  // §4.4 in-place growth then re-punctuation (here 、。？ inserted mid-text), §4.5 display-name authors, dir="auto".
  name: 'teams Japanese UI: Japanese speech grown by characters, punctuation inserted on finalisation',
  url: 'https://teams.cloud.microsoft/v2/?culture=ja-jp',
  selfNames: [JA_C],
  body: pageHtml(JA_UI),
  async play(p) {
    const call: Call = { guest: false, keep: 8 };
    for (const [who, text] of JA_TURNS) {
      await sayJa(p, call, who === 'C' ? JA_C : JA_P, text, 70);
      await p.sleep(220);
    }
  },
  leave: leaveCall,
  expected: expectTurns(JA_TURNS, JA_C, JA_P),
  loose: true,
  forbidden: ['検査結果の写真を送ります', 'ライブ キャプション', 'その他の操作', '退出'],
};

// ---------------------------------------------------------------------------------------------
// 7. Long same-speaker stretch over several items, a network freeze mid-item, then one-word turns
// ---------------------------------------------------------------------------------------------

const HIC_C = 'Dr. Samuel Ortiz';
const HIC_P = 'Leah Whitfield';
const HIC_FROZEN = 'it lasted maybe twenty minutes and';
const HIC_JUMP = 'it lasted maybe twenty minutes and then it eased off when I sat down and had some water';
const HIC_FINAL = 'It lasted maybe twenty minutes, and then it eased off when I sat down and had some water.';
const HIC_BEFORE: Turn[] = [
  ['C', 'So tell me what happened over the weekend.'],
  ['P', 'Well, on Saturday I was fine until about lunchtime.'],
  ['P', 'Then I started getting this pressure in my chest, kind of like a tight band.'],
];
const HIC_AFTER: Turn[] = [
  ['P', 'It came back on Sunday evening, but shorter.'],
  ['C', 'Did you feel it in your arm or jaw?'],
  ['P', 'No, just the chest.'],
  ['C', 'Breathless?'],
  ['P', 'Slightly.'],
  ['C', 'Sweaty?'],
  ['P', 'No.'],
  ['C', 'Nauseous?'],
  ['P', 'Nope.'],
  ['C', "I'd like you to get an ECG today."],
  ['P', 'Today?'],
  ['C', 'Yes, this afternoon.'],
  ['P', 'Alright.'],
];

const hiccup: Scenario = {
  // §4.4 one item per utterance (same speaker, consecutive items) + in-place text node updates; a stalled item then jumps ahead.
  name: 'teams monologue over four items with a 5 s freeze mid-item, then rapid one-word turns',
  url: 'https://teams.microsoft.com/meet/2841937465012?p=Xq7bLm3WzT',
  selfNames: [HIC_C],
  body: pageHtml({ ...EN_UI, chatAuthor: HIC_P, chatText: 'Sorry my wifi is terrible today' }),
  async play(p) {
    const call: Call = { guest: false, keep: 12 };
    await playTurns(p, call, HIC_BEFORE, HIC_C, HIC_P, 70, 120);
    const words = HIC_FROZEN.split(' ');
    const it = addItem(p, call, HIC_P, words[0]!);
    await p.sleep(70);
    await grow(p, it.text, HIC_FROZEN, undefined, 70, 1);
    await p.sleep(5000); // network hiccup: nothing in the caption area changes
    it.text.data = HIC_JUMP; // many words arrive at once
    await p.sleep(150);
    it.text.data = HIC_FINAL;
    await p.sleep(120);
    await playTurns(p, call, HIC_AFTER, HIC_C, HIC_P, 60, 90);
  },
  leave: leaveCall,
  expected: [...expectTurns(HIC_BEFORE, HIC_C, HIC_P), { speaker: HIC_P, role: 'patient', text: HIC_FINAL }, ...expectTurns(HIC_AFTER, HIC_C, HIC_P)],
  loose: true,
  forbidden: ['Sorry my wifi is terrible today', 'Turn on live captions', 'Leave'],
};

export const teamsScenarios: Scenario[] = [longCall, recycled, lateStart, french, germanGuest, japanese, hiccup];
