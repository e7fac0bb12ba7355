// Round 27 – Google Meet, deployment and URL variants. Written blind from
// /work/shared/research/caption-platforms.md only. Sections used:
//   §2.1 URL patterns and lifecycle (meet.google.com/<xxx-xxxx-xxx>, call_end in-call marker, .u6vdEc title,
//        .awLEm pre-join name), §2.2 Turning captions on (closed_caption_off icon, region replaced on CC toggle,
//        `?hl=en` UI-language pin, caption-language picker div.NmXUuc.P9KVBf[jscontroller=rRafu]),
//   §2.3 Container (role=region tabindex=0, localized aria-label, dsyhDe/iOzk7 wrapper, .DtJ7e bar, chat
//        live region .Ge9Kpc[jsname=xySENc], GMC `[aria-label="Captions"] › .nMcdL › .NWpY1d / .ygIcle`),
//   §2.4 Region children and block structure (2025–26 block outline, trailing "Jump to bottom" .IMKgW and dummy div,
//        GMC "Jump to the most recent captions"), §2.5 Mutation model (new block per turn, characterData growth,
//        late corrections of earlier blocks, same-speaker continuation blocks, CC toggle replaces region),
//   §2.6 Local user ("You", localized "Вы", data-self-name), §8 strategies 10–11 (self-name resolution, noise),
//   §9 fixture checklist.
// Meet is documented on ONE domain only (meet.google.com); the research names no vanity, regional, government,
// healthcare, PWA or self-hosted Meet deployment, so none is used. The URL variants are the documented ones:
// the bare meeting-code path and the `?hl=` UI-language query parameter (§2.2).
// General assumption (research silent): leaving the call removes the control bar holding the `call_end` icon and
// the caption bar, and Meet shows a "left the meeting" screen instead.
import { el, grow, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

const AVATAR = 'https://lh3.googleusercontent.com/a/ACg8ocK';

/** The call-control bar: CC toggle + leave button, icons are font ligatures (§2.1/§2.2). */
const controls = (ccOn: boolean) => `
  <div class="Tmb7Fd" role="toolbar">
    <button aria-label="Captions"><i class="google-symbols" aria-hidden="true">${ccOn ? 'closed_caption' : 'closed_caption_off'}</i></button>
    <button aria-label="Leave call"><i class="google-symbols" aria-hidden="true">call_end</i></button>
  </div>`;

const chat = `<div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>`;

interface BlockOpts {
  textClass?: string;
  iml?: string;
}

/** Appends one caption block (one speaker turn) before the region's trailing non-caption children (§2.4). */
function addBlock(p: Page, region: Element, name: string, first: string, opts: BlockOpts = {}): Text {
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="${opts.iml ?? '4411.7'}" src="${AVATAR}${Math.abs(hash(name))}=s64-c"><div class="KcIKyf jxFHg"><span class="NWpY1d"></span></div></div><div class="${opts.textClass ?? 'ygicle'} VbkSUe"></div></div>`,
  );
  q(b, '.NWpY1d').textContent = name;
  const t = p.doc.createTextNode(first);
  q(b, '.VbkSUe').appendChild(t);
  const trailing = Array.from(region.children).find((c) => !c.classList.contains('nMcdL')) ?? null;
  region.insertBefore(b, trailing);
  return t;
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

/** Speaks one turn: new block, then word-by-word characterData growth, then an optional re-punctuated final. */
async function say(p: Page, region: Element, name: string, raw: string, final?: string, opts: BlockOpts = {}, stepMs = 90) {
  const t = addBlock(p, region, name, raw.split(' ')[0]!, opts);
  await p.sleep(stepMs);
  await grow(p, t, raw, final, stepMs, 1);
  return t;
}

function leaveMeet(p: Page) {
  p.doc.querySelectorAll('.google-symbols').forEach((i) => {
    if (i.textContent === 'call_end') i.closest('[role=toolbar]')?.remove();
  });
  p.doc.querySelector('.DtJ7e')?.remove();
  p.doc.body.appendChild(el(p.doc, '<div class="CRFCdf"><h1>You left the meeting</h1></div>'));
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Canonical join link, 2025–26 page.
// ---------------------------------------------------------------------------------------------------------------
const selfA = 'Dr. Priya Nair';
const youA: Expected['speaker'] = [selfA, 'You'];

const canonical: Scenario = {
  // Tests: the bare documented URL form https://meet.google.com/<xxx-xxxx-xxx> (§2.1) with the full 2025–26 page:
  // .DtJ7e › dsyhDe.iOzk7 › role=region[aria-label=Captions][jscontroller=KPn5nb], the local clinician labelled
  // "You" (→ clinician role), a remote patient, characterData growth with re-punctuation, a late correction of an
  // earlier block while the next speaker talks (§2.5.3), a same-speaker continuation block after a pause (§2.5.1),
  // the "Jump to bottom" button and a dummy div coming and going at the end of the region (§2.4), the meeting
  // title .u6vdEc and a chat message in the separate polite live region (must not be captured).
  name: 'meet r27: canonical meet.google.com/abc-defg-hij join link, 2025-26 region, You + patient',
  url: 'https://meet.google.com/abc-defg-hij',
  selfNames: [selfA],
  body: `
    <div class="u6vdEc">Follow-up visit – Okafor</div>
    <main class="axUSnc" style="inset: 0px 0px 120px 0px">
      <div class="video-tiles"><div class="tile">Daniel Okafor</div><div class="tile">You</div></div>
    </main>
    <div class="hLkVuf" data-side="3">
      <div class="DtJ7e">
        <div jsname="dsyhDe" class="iOzk7">
          <div role="region" tabindex="0" aria-label="Captions" jscontroller="KPn5nb" jsaction="focus:x" class="vNKgIf UDinHf"></div>
        </div>
      </div>
    </div>
    ${controls(true)}
    ${chat}`,
  async play(p) {
    const region = q(p.doc, 'div[role=region][tabindex="0"]');
    const first = await say(p, region, 'You', 'Good morning Dan what brings you in today', 'Good morning, Dan. What brings you in today?');
    await p.sleep(350);
    // Daniel starts; midway Meet corrects the previous block ("Dan" → "Daniel").
    const t2 = addBlock(p, region, 'Daniel Okafor', 'I');
    await p.sleep(90);
    await grow(p, t2, 'I have had a sore throat and', undefined, 90, 1);
    first.data = 'Good morning, Daniel. What brings you in today?';
    await p.sleep(90);
    await grow(p, t2, 'I have had a sore throat and a mild fever since Sunday', 'I have had a sore throat and a mild fever since Sunday.', 90, 6);
    await p.sleep(350);
    await say(p, region, 'You', 'How high has the fever been', 'How high has the fever been?');
    await p.sleep(350);
    await say(p, region, 'Daniel Okafor', 'About thirty eight point five last night', 'About thirty-eight point five last night.');
    // A pause, then Meet opens a new consecutive block for the same speaker.
    await p.sleep(900);
    await say(p, region, 'Daniel Okafor', 'It goes down with paracetamol', 'It goes down with paracetamol.');
    // The user scrolls up: the dummy div and the "Jump to bottom" button appear after the blocks.
    region.appendChild(el(p.doc, '<div></div>'));
    region.appendChild(
      el(p.doc, '<div class="IMKgW"><button aria-label="Jump to bottom"><i class="google-symbols">arrow_downward</i>Jump to bottom</button></div>'),
    );
    q(p.doc, '.Ge9Kpc').appendChild(el(p.doc, '<div class="chat-msg"><span>Daniel Okafor</span><span>Sent a photo of my insurance card</span></div>'));
    await p.sleep(350);
    await say(p, region, 'You', 'Any trouble swallowing or breathing', 'Any trouble swallowing or breathing?');
    await p.sleep(350);
    await say(p, region, 'Daniel Okafor', 'Swallowing hurts but breathing is fine', 'Swallowing hurts, but breathing is fine.');
    // Back at the bottom: the trailing button and dummy go away.
    Array.from(region.children).filter((c) => !c.classList.contains('nMcdL')).forEach((c) => c.remove());
    await p.sleep(350);
    await say(
      p,
      region,
      'You',
      'Let us do a throat swab today and I will call you with the result',
      "Let's do a throat swab today, and I will call you with the result.",
    );
  },
  leave: leaveMeet,
  expected: [
    { speaker: youA, role: 'clinician', text: 'Good morning, Daniel. What brings you in today?' },
    { speaker: 'Daniel Okafor', text: 'I have had a sore throat and a mild fever since Sunday.' },
    { speaker: youA, role: 'clinician', text: 'How high has the fever been?' },
    { speaker: 'Daniel Okafor', text: 'About thirty-eight point five last night.' },
    { speaker: 'Daniel Okafor', text: 'It goes down with paracetamol.' },
    { speaker: youA, role: 'clinician', text: 'Any trouble swallowing or breathing?' },
    { speaker: 'Daniel Okafor', text: 'Swallowing hurts, but breathing is fine.' },
    { speaker: youA, role: 'clinician', text: "Let's do a throat swab today, and I will call you with the result." },
  ],
  forbidden: ['arrow_downward', 'Jump to bottom', 'insurance card', 'Follow-up visit', 'call_end', 'closed_caption'],
};

// ---------------------------------------------------------------------------------------------------------------
// 2. Join link with the documented `?hl=en` UI-language parameter, GMC page variant, CC toggled off/on.
// ---------------------------------------------------------------------------------------------------------------
const selfB = 'Dr. Samuel Reyes';
const youB: Expected['speaker'] = [selfB, 'You'];
const newRegionHtml = '<div role="region" tabindex="0" aria-label="Captions"></div>';

const hlEnToggle: Scenario = {
  // Tests: the join link with a query string, https://meet.google.com/kfr-wqzt-mnb?hl=en (§2.2: `?hl=en` pins the
  // UI to English, captions stay English), on the GMC 2025–26 variant (§2.3 last row / GMC fixture):
  // dsyhDe.iOzk7 › [role=region][aria-label="Captions"] (no jscontroller) › .nMcdL.bj4p3b with text div spelled
  // `ygIcle` and the "Jump to the most recent captions" button. Mid-call the user turns CC off: the region node is
  // removed and the icon becomes closed_caption_off; a patient turn spoken while off never reaches the DOM and is not
  // expected; CC on inserts a NEW region node (§2.2, §2.5.7) and capture must continue on it.
  // Assumption (research silent): the re-inserted region starts empty (no re-rendered history).
  name: 'meet r27: join link with ?hl=en query, GMC region variant, captions toggled off and on',
  url: 'https://meet.google.com/kfr-wqzt-mnb?hl=en',
  selfNames: [selfB],
  body: `
    <div class="u6vdEc">kfr-wqzt-mnb</div>
    <div class="DtJ7e">
      <div jsname="dsyhDe" class="iOzk7">${newRegionHtml}</div>
    </div>
    ${controls(true)}
    ${chat}`,
  async play(p) {
    const opts: BlockOpts = { textClass: 'ygIcle', iml: '902.3' };
    let region = q(p.doc, 'div[role=region][tabindex="0"]');
    await say(p, region, 'You', 'Hi Maria can you hear me okay', 'Hi Maria, can you hear me okay?', opts);
    await p.sleep(350);
    await say(p, region, 'Maria Lopez', 'Yes I can hear you fine', 'Yes, I can hear you fine.', opts);
    await p.sleep(350);
    await say(p, region, 'You', 'Good how has your blood pressure been this week', 'Good. How has your blood pressure been this week?', opts);
    await p.sleep(350);
    await say(p, region, 'Maria Lopez', 'Mostly around one thirty over eighty five in the mornings', 'Mostly around 130 over 85 in the mornings.', opts);
    region.appendChild(
      el(p.doc, '<div class="IMKgW"><button aria-label="Jump to the most recent captions"><i class="google-symbols">arrow_downward</i></button></div>'),
    );
    await p.sleep(900);
    // CC off ("c" / CC button): the region is detached, the icon flips.
    region.remove();
    q(p.doc, '[role=toolbar] .google-symbols').textContent = 'closed_caption_off';
    await p.sleep(1800); // Maria keeps talking while captions are off – nothing in the DOM.
    // CC on: a brand-new region node.
    q(p.doc, '[role=toolbar] .google-symbols').textContent = 'closed_caption';
    q(p.doc, 'div[jsname=dsyhDe]').appendChild(el(p.doc, newRegionHtml));
    region = q(p.doc, 'div[role=region][tabindex="0"]');
    await p.sleep(400);
    await say(p, region, 'You', 'Sorry my captions were off could you repeat that', 'Sorry, my captions were off. Could you repeat that?', opts);
    await p.sleep(350);
    await say(p, region, 'Maria Lopez', 'I said the headaches have stopped since the new dose', 'I said the headaches have stopped since the new dose.', opts);
    await p.sleep(350);
    await say(p, region, 'You', 'That is great news keep taking it every morning', 'That is great news. Keep taking it every morning.', opts);
    await p.sleep(350);
    await say(p, region, 'Maria Lopez', 'Will do thank you doctor', 'Will do, thank you, doctor.', opts);
  },
  leave: leaveMeet,
  expected: [
    { speaker: youB, role: 'clinician', text: 'Hi Maria, can you hear me okay?' },
    { speaker: 'Maria Lopez', text: 'Yes, I can hear you fine.' },
    { speaker: youB, role: 'clinician', text: 'Good. How has your blood pressure been this week?' },
    { speaker: 'Maria Lopez', text: 'Mostly around 130 over 85 in the mornings.' },
    { speaker: youB, role: 'clinician', text: 'Sorry, my captions were off. Could you repeat that?' },
    { speaker: 'Maria Lopez', text: 'I said the headaches have stopped since the new dose.' },
    { speaker: youB, role: 'clinician', text: 'That is great news. Keep taking it every morning.' },
    { speaker: 'Maria Lopez', text: 'Will do, thank you, doctor.' },
  ],
  forbidden: ['arrow_downward', 'Jump to the most recent captions', 'closed_caption', 'kfr-wqzt-mnb'],
};

// ---------------------------------------------------------------------------------------------------------------
// 3. Join link with a non-English `?hl=` value: Russian UI, self label "Вы", three participants.
// ---------------------------------------------------------------------------------------------------------------
const selfC = 'Ирина Волкова';
const youC: Expected['speaker'] = [selfC, 'Вы'];

const hlRuLocalized: Scenario = {
  // Tests: https://meet.google.com/pqr-stuv-wxy?hl=ru – the documented `?hl=` parameter (§2.2) with a non-English
  // value, and the page variant that goes with it: a localized region (the language-neutral role=region tabindex=0
  // is the anchor, §2.3/§8.1), the local user's captions labelled "Вы" (§2.6, localized "You") and resolved to the
  // self name given by `data-self-name` in the tiles (§2.6, ENC) → clinician role; a remote patient and a remote
  // relative (no role asserted for either); Russian captions grown by characterData then re-punctuated; the
  // caption-language picker div.NmXUuc.P9KVBf[jscontroller=rRafu] in the caption bar (§2.2) and a dummy trailing
  // div (§2.4) that must not be read as captions.
  // Assumptions (research silent): `?hl=ru` works like the documented `?hl=en`; the Russian region aria-label is
  // "Субтитры"; the Russian "Jump to bottom" text is unknown, so no jump button is rendered; the picker shows
  // "Русский" for Russian captions.
  name: 'meet r27: join link with ?hl=ru, localized region and "Вы" self label, three speakers',
  url: 'https://meet.google.com/pqr-stuv-wxy?hl=ru',
  selfNames: [selfC],
  body: `
    <div class="u6vdEc">Контрольный приём</div>
    <main class="axUSnc">
      <div class="tile" data-self-name="${selfC}">Ирина Волкова</div>
      <div class="tile">Олег Смирнов</div>
      <div class="tile">Анна Смирнова</div>
    </main>
    <div class="DtJ7e">
      <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button>Русский</button></div>
      <div jsname="dsyhDe" class="iOzk7">
        <div role="region" tabindex="0" aria-label="Субтитры" jscontroller="KPn5nb" class="vNKgIf UDinHf"></div>
      </div>
    </div>
    ${controls(true)}
    ${chat}`,
  async play(p) {
    const region = q(p.doc, 'div[role=region][tabindex="0"]');
    await say(
      p,
      region,
      'Вы',
      'Здравствуйте Олег как вы себя чувствуете после выписки',
      'Здравствуйте, Олег. Как вы себя чувствуете после выписки?',
    );
    await p.sleep(350);
    await say(p, region, 'Олег Смирнов', 'Лучше но по ночам ещё бывает одышка', 'Лучше, но по ночам ещё бывает одышка.');
    region.appendChild(el(p.doc, '<div></div>'));
    await p.sleep(350);
    await say(p, region, 'Вы', 'Сколько подушек вы подкладываете когда спите', 'Сколько подушек вы подкладываете, когда спите?');
    await p.sleep(350);
    await say(p, region, 'Олег Смирнов', 'Две иногда три', 'Две, иногда три.');
    await p.sleep(350);
    await say(p, region, 'Анна Смирнова', 'Доктор он ещё забывает принимать мочегонное', 'Доктор, он ещё забывает принимать мочегонное.');
    await p.sleep(350);
    await say(p, region, 'Вы', 'Анна спасибо давайте поставим напоминание на телефоне', 'Анна, спасибо. Давайте поставим напоминание на телефоне.');
    await p.sleep(350);
    await say(p, region, 'Олег Смирнов', 'Хорошо я согласен', 'Хорошо, я согласен.');
    await p.sleep(350);
    await say(p, region, 'Вы', 'Я пришлю новый рецепт и жду вас через неделю', 'Я пришлю новый рецепт и жду вас через неделю.');
  },
  leave: leaveMeet,
  expected: [
    { speaker: youC, role: 'clinician', text: 'Здравствуйте, Олег. Как вы себя чувствуете после выписки?' },
    { speaker: 'Олег Смирнов', text: 'Лучше, но по ночам ещё бывает одышка.' },
    { speaker: youC, role: 'clinician', text: 'Сколько подушек вы подкладываете, когда спите?' },
    { speaker: 'Олег Смирнов', text: 'Две, иногда три.' },
    { speaker: 'Анна Смирнова', text: 'Доктор, он ещё забывает принимать мочегонное.' },
    { speaker: youC, role: 'clinician', text: 'Анна, спасибо. Давайте поставим напоминание на телефоне.' },
    { speaker: 'Олег Смирнов', text: 'Хорошо, я согласен.' },
    { speaker: youC, role: 'clinician', text: 'Я пришлю новый рецепт и жду вас через неделю.' },
  ],
  forbidden: ['Русский', 'Контрольный приём', 'call_end', 'closed_caption'],
};

export const meetScenarios: Scenario[] = [canonical, hlEnToggle, hlRuLocalized];
