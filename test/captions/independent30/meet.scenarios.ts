// Round 30, Google Meet: Spanish-language telehealth visits with a localised Meet interface.
//
// Written from /work/shared/research/caption-platforms.md only. Research sections used:
//   §1   Cross-platform summary (Meet row: region root, one block per turn, localised "You")
//   §2.1 URL patterns and lifecycle (meet.google.com/xxx-xxxx-xxx, `.google-symbols` "call_end" = in call)
//   §2.2 Turning captions on (CC icon `closed_caption_off`/`closed_caption`; region detached and replaced
//        on CC toggle and sometimes on caption-language change; the caption-language picker
//        `div.NmXUuc.P9KVBf[jscontroller=rRafu]`, e.g. "English (India)"; `?hl=` pins the UI language)
//   §2.3 Container (`div[role=region][tabindex="0"]` with a localised aria-label: "Sottotitoli" is
//        documented; the `div[jsname=dsyhDe].iOzk7` wrapper; `.DtJ7e` / `hLkVuf` / `data-side="3"` bar;
//        `main.axUSnc`; the chat live region `div[aria-live=polite].Ge9Kpc[jsname=xySENc]`)
//   §2.4 Region children and block structure (2025–26 block `div.nMcdL.bj4p3b › div.adE6rb › img[data-iml]
//        + div.KcIKyf.jxFHg › span.NWpY1d`, text `div.ygicle.VbkSUe` holding ONE bare text node; trailing
//        dummy div and the "Jump to bottom" `.IMKgW` button with the `arrow_downward` ligature)
//   §2.5 Mutation model (new block per speaker turn, same speaker may get a new block after a pause,
//        characterData growth of the single text node, live rewrites of words/punctuation, late minor
//        corrections of EARLIER blocks, region replaced on CC toggle / language change)
//   §2.6 Local user, names, language quirks (local user labelled with the localised literal "You";
//        `data-self-name` in the tiles; googleusercontent avatars with `data-iml`; a " (You)" suffix
//        probably from participant tiles [U])
//   §8   Strategies (items 1, 3, 10, 11: semantic anchors, icon-text lookup, localised self-name
//        resolution, noise filters) and §9 (fixture checklist: localisation, toggle, chat distractor)
//
// Assumptions where the research is silent (each scenario repeats the ones it relies on):
//   A1 The Spanish Meet UI labels the local user's caption block "Tú" (the localised literal "You"),
//      the region aria-label is "Subtítulos", the jump button reads "Ir al final", the CC button's
//      aria-label is "Desactivar subtítulos"/"Activar subtítulos", the leave button "Salir de la llamada".
//   A2 The participant tile of the local user shows "<display name> (tú)" and carries
//      `data-self-name="<display name>"`; tiles are outside the caption region.
//   A3 The caption-language picker sits in the caption bar, outside the region, before the
//      `dsyhDe` wrapper, and shows the language name ("Español (España)").
//   A4 When the region is replaced (CC toggle, caption-language change), the new region starts empty:
//      earlier blocks are not re-rendered into it.
//   A5 Leaving replaces the whole in-call UI (leave button included) with a "left the call" screen.
//   A6 The speaker label of the local user may come out as the localised label or as the configured
//      self name; either is accepted, but the role must be clinician. Only the local user has a role:
//      the research has no rule that makes any other participant's role unambiguous.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

interface MeetLocale {
  hl: string;
  region: string;
  self: string;
  selfTag: string;
  jump: string;
  ccOn: string;
  ccOff: string;
  leave: string;
  left: string;
  rejoin: string;
  langLabel: string;
}

const ES: MeetLocale = {
  hl: 'es',
  region: 'Subtítulos',
  self: 'Tú',
  selfTag: 'tú',
  jump: 'Ir al final',
  ccOn: 'Desactivar subtítulos',
  ccOff: 'Activar subtítulos',
  leave: 'Salir de la llamada',
  left: 'Has salido de la llamada',
  rejoin: 'Volver a unirte',
  langLabel: 'Idioma de los subtítulos',
};

const IT: MeetLocale = {
  hl: 'it',
  region: 'Sottotitoli',
  self: 'Tu',
  selfTag: 'tu',
  jump: 'Vai in fondo',
  ccOn: 'Disattiva sottotitoli',
  ccOff: 'Attiva sottotitoli',
  leave: 'Abbandona la chiamata',
  left: 'Hai abbandonato la chiamata',
  rejoin: 'Partecipa di nuovo',
  langLabel: 'Lingua dei sottotitoli',
};

const AV = (id: string) => `https://lh3.googleusercontent.com/a/ACg8oc${id}=s64-c-mo`;
const STEP = 100;

interface Person {
  name: string;
  av: string;
}

function regionHtml(L: MeetLocale): string {
  return `<div tabindex="0" role="region" aria-label="${L.region}" jscontroller="KPn5nb" jsaction="focus:Jt1EX;blur:O22p3e" class="vNKgIf UDinHf"></div>`;
}

function tile(p: Person, label: string, selfName?: string): string {
  const self = selfName ? ` data-self-name="${selfName}"` : '';
  return `<div class="oZRSLe" data-participant-id="spaces/${p.av}/devices/1"${self}><img alt="" src="${AV(p.av)}"><div class="zWGUib">${label}</div></div>`;
}

function meetBody(L: MeetLocale, me: Person, others: Person[], captionLang: string): string {
  return `
<div class="T4LgNb" jsname="a4fUwd">
  <main class="axUSnc" style="inset: 0px 0px 148px 0px;">
    ${tile(me, `${me.name} (${L.selfTag})`, me.name)}
    ${others.map((o) => tile(o, o.name)).join('\n    ')}
  </main>
  <div class="hLkVuf" data-side="3">
    <div class="DtJ7e">
      <div class="NmXUuc P9KVBf" jscontroller="rRafu"><button aria-label="${L.langLabel}: ${captionLang}"><span class="lang">${captionLang}</span><i class="google-symbols">arrow_drop_down</i></button></div>
      <div jsname="dsyhDe" class="iOzk7">
        ${regionHtml(L)}
      </div>
    </div>
  </div>
  <div class="Tmb7Fd" role="toolbar">
    <button class="cc" aria-label="${L.ccOn}" aria-pressed="true"><i class="google-symbols">closed_caption</i></button>
    <button class="end" aria-label="${L.leave}"><i class="google-symbols">call_end</i></button>
  </div>
  <div aria-live="polite" jsname="xySENc" class="Ge9Kpc"></div>
</div>`;
}

const region = (p: Page) => q(p.doc, 'div[role="region"][tabindex="0"]');

/** Appends a caption block (before any trailing dummy / jump button) with an empty text node. */
function addBlock(p: Page, label: string, av: string): Text {
  const b = el(
    p.doc,
    `<div class="nMcdL bj4p3b"><div class="adE6rb"><img class="Z6byG r6DyN" alt="" data-iml="1734.2" src="${AV(av)}"><div class="KcIKyf jxFHg"><span class="NWpY1d">${label}</span></div></div><div class="ygicle VbkSUe"></div></div>`,
  );
  const t = p.doc.createTextNode('');
  q(b, '.ygicle').appendChild(t);
  const r = region(p);
  const trailing = Array.from(r.children).find((c) => !c.classList.contains('nMcdL'));
  r.insertBefore(b, trailing ?? null);
  return t;
}

/** Adds words one by one to the text node (characterData rewrites of the whole string). */
async function words(p: Page, t: Text, text: string, step = STEP) {
  for (const w of text.split(' ')) {
    t.data = t.data ? `${t.data} ${w}` : w;
    await p.sleep(step);
  }
}

/** Meet's live rewrite of the current string (punctuation, casing, digits, a re-heard word). */
async function rewrite(p: Page, t: Text, text: string, step = STEP) {
  t.data = text;
  await p.sleep(step);
}

/** A whole turn: new block, word-by-word growth, optional final rewrite, then a pause. */
async function say(p: Page, label: string, av: string, growth: string, final?: string, pause = 300): Promise<Text> {
  const t = addBlock(p, label, av);
  await words(p, t, growth);
  if (final !== undefined) await rewrite(p, t, final);
  await p.sleep(pause);
  return t;
}

function showJump(p: Page, L: MeetLocale) {
  region(p).appendChild(
    el(p.doc, `<div class="IMKgW"><button aria-label="${L.jump}"><i class="google-symbols">arrow_downward</i>${L.jump}</button></div>`),
  );
}
function hideJump(p: Page) {
  p.doc.querySelector('div[role="region"] .IMKgW')?.remove();
}
function showDummy(p: Page) {
  const r = region(p);
  const jump = r.querySelector(':scope > .IMKgW');
  r.insertBefore(p.doc.createElement('div'), jump);
}
function hideDummy(p: Page) {
  const d = Array.from(region(p).children).find((c) => c.tagName === 'DIV' && c.childNodes.length === 0);
  d?.remove();
}

function setCcIcon(p: Page, L: MeetLocale, on: boolean) {
  const btn = q(p.doc, 'button.cc');
  btn.setAttribute('aria-label', on ? L.ccOn : L.ccOff);
  btn.setAttribute('aria-pressed', on ? 'true' : 'false');
  q(btn, '.google-symbols').textContent = on ? 'closed_caption' : 'closed_caption_off';
}

/** CC off: the region node is detached (§2.2, TT #93). */
function captionsOff(p: Page, L: MeetLocale) {
  region(p).remove();
  setCcIcon(p, L, false);
}
/** CC on again: a NEW region node (A4: it starts empty). */
function captionsOn(p: Page, L: MeetLocale) {
  q(p.doc, 'div[jsname="dsyhDe"].iOzk7').appendChild(el(p.doc, regionHtml(L)));
  setCcIcon(p, L, true);
}
/** Caption-language change: picker text changes and the region node is replaced (§2.2, §2.5 item 7). */
function changeCaptionLanguage(p: Page, L: MeetLocale, lang: string) {
  const old = region(p);
  const fresh = el(p.doc, regionHtml(L));
  old.replaceWith(fresh);
  const btn = q(p.doc, '.NmXUuc.P9KVBf button');
  btn.setAttribute('aria-label', `${L.langLabel}: ${lang}`);
  q(btn, '.lang').textContent = lang;
}

function chat(p: Page, sender: string, text: string) {
  q(p.doc, 'div[aria-live="polite"].Ge9Kpc').appendChild(
    el(p.doc, `<div class="Ss4fHf"><div class="poVWob">${sender}</div><div class="ptNLrf"><div jsname="dTKtvb">${text}</div></div></div>`),
  );
}

/** A5: the in-call UI (with the call_end button and the caption bar) is replaced by the left screen. */
function leaveMeet(p: Page, L: MeetLocale) {
  q(p.doc, '.T4LgNb').remove();
  p.doc.body.appendChild(el(p.doc, `<div class="CRFCdf"><h1>${L.left}</h1><button>${L.rejoin}</button></div>`));
}

const clin = (speaker: string[], text: string): Expected => ({ speaker, role: 'clinician', text });
const other = (speaker: string, text: string): Expected => ({ speaker, text });

// ---------------------------------------------------------------------------------------------------
// Scenario 1
// ---------------------------------------------------------------------------------------------------
const S1_ME: Person = { name: 'María José Fernández Ríos', av: 'MjFr01' };
const S1_PT: Person = { name: 'José Ángel Núñez Peña', av: 'JaNp02' };
const S1_SELF = [ES.self, S1_ME.name];

// Tests: a whole visit in Spanish with the Meet UI in Spanish (?hl=es): region aria-label
// "Subtítulos", the local clinician's blocks labelled "Tú" (A1, A6), accents, ñ, ¿ and ¡ in the text,
// numbers and dates the Spanish way (decimal comma "38,5", "martes 14 de mayo", "diez y media"), live
// rewrites of the growing string into punctuated/digit form, a same-speaker second block after a
// pause, a late minor correction of an EARLIER block ("receptar" → "recetar") while the next block
// grows, the Spanish jump button with its `arrow_downward` ligature and a trailing dummy div after the
// blocks, and a Spanish chat message in the separate aria-live chat region (must not leak).
// Assumptions: A1–A3, A5, A6 from the header.
const s1: Scenario = {
  name: 'meet-es r30: Spanish visit, Spanish UI, "Tú" self label, late correction, jump button',
  url: `https://meet.google.com/qkv-ranz-mpo?hl=${ES.hl}`,
  selfNames: [S1_ME.name],
  body: meetBody(ES, S1_ME, [S1_PT], 'Español (España)'),
  async play(p) {
    const me = (g: string, f?: string, pause?: number) => say(p, ES.self, S1_ME.av, g, f, pause);
    const pt = (g: string, f?: string, pause?: number) => say(p, S1_PT.name, S1_PT.av, g, f, pause);

    await me('Buenos días José Ángel me escucha bien', 'Buenos días, José Ángel. ¿Me escucha bien?');
    await pt('Sí doctora la escucho perfectamente', 'Sí, doctora, la escucho perfectamente.');
    await me('desde cuándo tiene la tos', '¿Desde cuándo tiene la tos?');
    await pt('Desde el tres de marzo más o menos empezó un lunes', 'Desde el 3 de marzo, más o menos. Empezó un lunes.');
    showJump(p, ES); // the clinician scrolled up in the caption history
    await me('ha tenido fiebre', '¿Ha tenido fiebre?');
    await pt('Sí anoche llegué a treinta y ocho con cinco grados qué mal lo pasé', 'Sí, anoche llegué a 38,5 grados. ¡Qué mal lo pasé!', 700);
    // Same speaker, new block after a pause (§2.5 item 1).
    await pt('Y hoy por la mañana tenía treinta y siete con ocho', 'Y hoy por la mañana tenía 37,8.');
    const rx = await me(
      'Vale le voy a receptar paracetamol de un gramo cada ocho horas',
      'Vale. Le voy a receptar paracetamol de un gramo cada ocho horas.',
      200,
    );
    // The patient starts; meanwhile Meet corrects one word of the previous (clinician's) block.
    const q9 = addBlock(p, S1_PT.name, S1_PT.av);
    await words(p, q9, 'Lo tomo con');
    rx.data = 'Vale. Le voy a recetar paracetamol de un gramo cada ocho horas.';
    await words(p, q9, 'comida o en ayunas');
    await rewrite(p, q9, '¿Lo tomo con comida o en ayunas?');
    await p.sleep(300);
    chat(p, S1_PT.name, '¿Me puede mandar la receta por aquí?');
    await me('Con comida y beba mucha agua unos dos litros al día', 'Con comida. Y beba mucha agua, unos dos litros al día.');
    hideJump(p);
    await pt('De acuerdo cuándo vuelvo a verla', 'De acuerdo. ¿Cuándo vuelvo a verla?');
    showDummy(p);
    await me('El martes catorce de mayo a las diez y media le viene bien', 'El martes 14 de mayo a las diez y media. ¿Le viene bien?');
    hideDummy(p);
    await pt('Sí perfecto muchísimas gracias doctora', 'Sí, perfecto. Muchísimas gracias, doctora.');
    await me('De nada que se mejore pronto José Ángel', 'De nada. ¡Que se mejore pronto, José Ángel!');
  },
  leave: (p) => leaveMeet(p, ES),
  expected: [
    clin(S1_SELF, 'Buenos días, José Ángel. ¿Me escucha bien?'),
    other(S1_PT.name, 'Sí, doctora, la escucho perfectamente.'),
    clin(S1_SELF, '¿Desde cuándo tiene la tos?'),
    other(S1_PT.name, 'Desde el 3 de marzo, más o menos. Empezó un lunes.'),
    clin(S1_SELF, '¿Ha tenido fiebre?'),
    other(S1_PT.name, 'Sí, anoche llegué a 38,5 grados. ¡Qué mal lo pasé!'),
    other(S1_PT.name, 'Y hoy por la mañana tenía 37,8.'),
    clin(S1_SELF, 'Vale. Le voy a recetar paracetamol de un gramo cada ocho horas.'),
    other(S1_PT.name, '¿Lo tomo con comida o en ayunas?'),
    clin(S1_SELF, 'Con comida. Y beba mucha agua, unos dos litros al día.'),
    other(S1_PT.name, 'De acuerdo. ¿Cuándo vuelvo a verla?'),
    clin(S1_SELF, 'El martes 14 de mayo a las diez y media. ¿Le viene bien?'),
    other(S1_PT.name, 'Sí, perfecto. Muchísimas gracias, doctora.'),
    clin(S1_SELF, 'De nada. ¡Que se mejore pronto, José Ángel!'),
  ],
  forbidden: ['arrow_downward', 'Ir al final', 'mandar la receta por aquí', '(tú)', 'Español (España)', 'closed_caption', 'call_end'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 2
// ---------------------------------------------------------------------------------------------------
const S2_ME: Person = { name: 'Andrés Muñoz Gutiérrez', av: 'AmGu11' };
const S2_PT: Person = { name: 'Pilar Ibáñez Castaño', av: 'PiCa12' };
const S2_DA: Person = { name: 'Sofía Castaño Ibáñez', av: 'SoCi13' };
const S2_SELF = [ES.self, S2_ME.name];

// Tests: a clinician who code-switches between English and Spanish inside one turn ("Okay, that's a
// bit high. Vamos a subir…"), a bilingual daughter who does the same, a Spanish-speaking patient,
// three speakers whose names carry two surnames with accents and ñ, and a CC toggle in the middle:
// the region node is detached (CC icon becomes `closed_caption_off`, aria-label "Activar subtítulos"),
// the clinician keeps talking while captions are off (those words are not in the DOM and are not
// expected), then CC is turned on again and a NEW, empty region node appears (§2.2 TT #93; A4) where
// the visit continues. Digits with the Spanish thousands point ("1.000 miligramos").
// Assumptions: A1–A6 from the header; the CC button has no click handler here, so a product that
// clicks it to re-enable captions changes nothing.
const s2: Scenario = {
  name: 'meet-es r30: code-switching clinician, two-surname names, CC off/on replaces the region',
  url: `https://meet.google.com/dhu-pwtc-xeb?hl=${ES.hl}&authuser=0`,
  selfNames: [S2_ME.name],
  body: meetBody(ES, S2_ME, [S2_PT, S2_DA], 'Español (México)'),
  async play(p) {
    const me = (g: string, f?: string, pause?: number) => say(p, ES.self, S2_ME.av, g, f, pause);
    const pt = (g: string, f?: string, pause?: number) => say(p, S2_PT.name, S2_PT.av, g, f, pause);
    const da = (g: string, f?: string, pause?: number) => say(p, S2_DA.name, S2_DA.av, g, f, pause);

    await me('Hi Sofía hola Pilar can you both hear me me oyen bien', 'Hi Sofía, hola Pilar. Can you both hear me? ¿Me oyen bien?');
    await da('Yes we can hear you mi madre también le oye', 'Yes, we can hear you. Mi madre también le oye.');
    await pt('Sí doctor le oigo muy bien', 'Sí, doctor, le oigo muy bien.');
    await me('Perfecto so Pilar cómo va el azúcar esta semana', 'Perfecto. So, Pilar, ¿cómo va el azúcar esta semana?');
    await pt('Por la mañana está en ciento cuarenta más o menos', 'Por la mañana está en 140, más o menos.', 400);

    // Captions off: the clinician says "Let me check your last labs, un momento" — not shown, not expected.
    captionsOff(p, ES);
    await p.sleep(1500);
    captionsOn(p, ES);
    await p.sleep(400);

    await me(
      'okay that is a bit high vamos a subir la metformina a mil miligramos',
      "Okay, that's a bit high. Vamos a subir la metformina a 1.000 miligramos.",
    );
    await da('Sorry is that twice a day dos veces al día', 'Sorry, is that twice a day? ¿Dos veces al día?');
    await me('Yes twice a day con el desayuno y con la cena', 'Yes, twice a day, con el desayuno y con la cena.');
    await pt('Y la insulina la sigo igual', '¿Y la insulina la sigo igual?');
    await me(
      'Sí la insulina igual ten units at night diez unidades por la noche',
      'Sí, la insulina igual, ten units at night, diez unidades por la noche.',
    );
    await da('Got it le apunto todo mamá', 'Got it. Le apunto todo, mamá.');
    await pt('Ay gracias hija y gracias doctor Muñoz', '¡Ay, gracias, hija! Y gracias, doctor Muñoz.');
    await me('De nada nos vemos el dos de junio take care', 'De nada. Nos vemos el 2 de junio. Take care!');
  },
  leave: (p) => leaveMeet(p, ES),
  expected: [
    clin(S2_SELF, 'Hi Sofía, hola Pilar. Can you both hear me? ¿Me oyen bien?'),
    other(S2_DA.name, 'Yes, we can hear you. Mi madre también le oye.'),
    other(S2_PT.name, 'Sí, doctor, le oigo muy bien.'),
    clin(S2_SELF, 'Perfecto. So, Pilar, ¿cómo va el azúcar esta semana?'),
    other(S2_PT.name, 'Por la mañana está en 140, más o menos.'),
    clin(S2_SELF, "Okay, that's a bit high. Vamos a subir la metformina a 1.000 miligramos."),
    other(S2_DA.name, 'Sorry, is that twice a day? ¿Dos veces al día?'),
    clin(S2_SELF, 'Yes, twice a day, con el desayuno y con la cena.'),
    other(S2_PT.name, '¿Y la insulina la sigo igual?'),
    clin(S2_SELF, 'Sí, la insulina igual, ten units at night, diez unidades por la noche.'),
    other(S2_DA.name, 'Got it. Le apunto todo, mamá.'),
    other(S2_PT.name, '¡Ay, gracias, hija! Y gracias, doctor Muñoz.'),
    clin(S2_SELF, 'De nada. Nos vemos el 2 de junio. Take care!'),
  ],
  forbidden: ['closed_caption', 'call_end', '(tú)', 'Español (México)', 'Let me check your last labs'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 3
// ---------------------------------------------------------------------------------------------------
const S3_ME: Person = { name: 'Ramón Ibáñez Soto', av: 'RaIs21' };
const S3_PT: Person = { name: 'Ana Sofía Peña Ruiz', av: 'AsPr22' };
const S3_HU: Person = { name: "Michael O'Neill", av: 'MiOn23' };
const S3_SELF = [ES.self, S3_ME.name];

// Tests: the caption (spoken) language changed mid-call. The UI is Spanish throughout; the visit
// starts with captions in English ("Inglés (Estados Unidos)") while the clinician talks with the
// patient's English-speaking husband, then the clinician switches the caption language to Spanish:
// the picker text changes and the region node is replaced by a new, empty one (§2.2: "sometimes on
// caption-language change", §2.5 item 7; A3, A4). Nothing is said during the switch. The conversation
// continues in Spanish in the new region with the patient (two given names, two surnames) and the
// husband (apostrophe in the name, mixing Spanish and English), with Spanish numbers ("Del 1 al 10",
// "3 de mayo"). The picker text and the old region's history must not be duplicated or leak.
// Assumptions: A1–A6 from the header.
const s3: Scenario = {
  name: 'meet-es r30: caption language English → Spanish mid-call replaces the region',
  url: `https://meet.google.com/tzb-kqoa-lws?hl=${ES.hl}`,
  selfNames: [S3_ME.name],
  body: meetBody(ES, S3_ME, [S3_PT, S3_HU], 'Inglés (Estados Unidos)'),
  async play(p) {
    const me = (g: string, f?: string, pause?: number) => say(p, ES.self, S3_ME.av, g, f, pause);
    const pt = (g: string, f?: string, pause?: number) => say(p, S3_PT.name, S3_PT.av, g, f, pause);
    const hu = (g: string, f?: string, pause?: number) => say(p, S3_HU.name, S3_HU.av, g, f, pause);

    await me('Good afternoon Michael is Ana Sofía with you today', 'Good afternoon, Michael. Is Ana Sofía with you today?');
    await hu("Yes she's right here her English isn't great though", "Yes, she's right here. Her English isn't great, though.");
    await me("No problem I'll switch the captions to Spanish", "No problem, I'll switch the captions to Spanish.", 500);

    changeCaptionLanguage(p, ES, 'Español (España)');
    await p.sleep(800);

    await me('Hola Ana Sofía cómo se encuentra hoy', 'Hola, Ana Sofía. ¿Cómo se encuentra hoy?');
    await pt(
      'Regular doctor me duele la rodilla derecha desde hace dos semanas',
      'Regular, doctor. Me duele la rodilla derecha desde hace dos semanas.',
    );
    await me('Del uno al diez cuánto le duele', 'Del 1 al 10, ¿cuánto le duele?');
    await pt('Un siete por las noches un ocho', 'Un 7. Por las noches, un 8.');
    await hu('Se cayó el tres de mayo en la escalera', 'Se cayó el 3 de mayo, en la escalera.');
    await me('Entiendo vamos a pedir una resonancia magnética', 'Entiendo. Vamos a pedir una resonancia magnética.');
    await pt('Y eso cuánto tarda una semana', '¿Y eso cuánto tarda? ¿Una semana?');
    await me(
      'Unos diez días mientras tanto hielo veinte minutos tres veces al día',
      'Unos diez días. Mientras tanto, hielo veinte minutos tres veces al día.',
    );
    await pt('Muy bien muchas gracias doctor Ibáñez', 'Muy bien. Muchas gracias, doctor Ibáñez.');
    await hu('Thank you doctor gracias', 'Thank you, doctor. Gracias.');
  },
  leave: (p) => leaveMeet(p, ES),
  expected: [
    clin(S3_SELF, 'Good afternoon, Michael. Is Ana Sofía with you today?'),
    other(S3_HU.name, "Yes, she's right here. Her English isn't great, though."),
    clin(S3_SELF, "No problem, I'll switch the captions to Spanish."),
    clin(S3_SELF, 'Hola, Ana Sofía. ¿Cómo se encuentra hoy?'),
    other(S3_PT.name, 'Regular, doctor. Me duele la rodilla derecha desde hace dos semanas.'),
    clin(S3_SELF, 'Del 1 al 10, ¿cuánto le duele?'),
    other(S3_PT.name, 'Un 7. Por las noches, un 8.'),
    other(S3_HU.name, 'Se cayó el 3 de mayo, en la escalera.'),
    clin(S3_SELF, 'Entiendo. Vamos a pedir una resonancia magnética.'),
    other(S3_PT.name, '¿Y eso cuánto tarda? ¿Una semana?'),
    clin(S3_SELF, 'Unos diez días. Mientras tanto, hielo veinte minutos tres veces al día.'),
    other(S3_PT.name, 'Muy bien. Muchas gracias, doctor Ibáñez.'),
    other(S3_HU.name, 'Thank you, doctor. Gracias.'),
  ],
  forbidden: ['Inglés (Estados Unidos)', 'Español (España)', 'arrow_drop_down', 'closed_caption', 'call_end', '(tú)'],
};

// ---------------------------------------------------------------------------------------------------
// Scenario 4
// ---------------------------------------------------------------------------------------------------
const S4_ME: Person = { name: 'Nuria Sáenz Olmedo', av: 'NuSo31' };
const S4_PT: Person = { name: 'Íñigo Echeverría Zubizarreta', av: 'InEz32' };
const S4_SELF = [IT.self, S4_ME.name];

// Tests: a non-Spanish UI locale for a Spanish visit: a Spanish-speaking clinician working in Italy
// whose Meet UI is Italian (?hl=it). Region aria-label "Sottotitoli" (documented in §2.3), the local
// user's blocks labelled "Tu" (the Italian localised "You" — an assumption, like "Vai in fondo" for the
// jump button and the Italian CC/leave aria-labels), the tile "Nuria Sáenz Olmedo (tu)" with
// data-self-name (A2). Heavy live ASR rewriting of Spanish captions: a mis-heard word re-spelled
// mid-growth ("en a la pril" → "enalapril"), spoken numbers turned into digits ("ciento treinta y
// cinco sobre ochenta y cinco" → "135/85", "sábado veintiuno" → "sábado 21"), the same patient
// getting a second consecutive block after a pause, and a late correction of an EARLIER clinician
// block ("milímetros" → "miligramos") while the patient's next block grows. A trailing dummy div and
// the Italian jump button sit after the blocks for part of the visit. Patient name with Í, ñ and two
// surnames. Assumptions: Italian strings as listed above; A3–A6 from the header.
const s4: Scenario = {
  name: 'meet-it r30: Spanish visit under an Italian UI ("Sottotitoli", "Tu"), live ASR rewrites',
  url: `https://meet.google.com/wpe-hcsa-vno?hl=${IT.hl}`,
  selfNames: [S4_ME.name],
  body: meetBody(IT, S4_ME, [S4_PT], 'Spagnolo (Spagna)'),
  async play(p) {
    const me = (g: string, f?: string, pause?: number) => say(p, IT.self, S4_ME.av, g, f, pause);
    const pt = (g: string, f?: string, pause?: number) => say(p, S4_PT.name, S4_PT.av, g, f, pause);

    await me('Buenas tardes Íñigo qué tal la tensión esta semana', 'Buenas tardes, Íñigo. ¿Qué tal la tensión esta semana?');
    await pt('Ayer por la tarde tenía ciento treinta y cinco sobre ochenta y cinco', 'Ayer por la tarde tenía 135/85.', 700);
    await pt('Y esta mañana ciento veintiocho sobre ochenta y dos', 'Y esta mañana, 128/82.');

    // Mid-growth re-spelling of a mis-heard word.
    const t4 = addBlock(p, IT.self, S4_ME.av);
    await words(p, t4, 'Eso está mejor se toma el en a la');
    await rewrite(p, t4, 'Eso está mejor se toma el enalapril');
    await words(p, t4, 'todos los días');
    await rewrite(p, t4, 'Eso está mejor. ¿Se toma el enalapril todos los días?');
    await p.sleep(300);

    showDummy(p);
    showJump(p, IT);
    await pt('Sí todas las mañanas a las ocho menos cuarto', 'Sí, todas las mañanas, a las ocho menos cuarto.');
    await me('Y los mareos de los que me habló', '¿Y los mareos de los que me habló?');
    await pt('Ya casi no solo uno el sábado veintiuno', 'Ya casi no. Solo uno el sábado 21.');
    hideDummy(p);
    const dose = await me(
      'Muy bien vamos a mantener la dosis de diez milímetros',
      'Muy bien. Vamos a mantener la dosis de 10 milímetros.',
      200,
    );
    // The patient starts; Meet corrects the earlier clinician block.
    const t9 = addBlock(p, S4_PT.name, S4_PT.av);
    await words(p, t9, 'Vale y la');
    dose.data = 'Muy bien. Vamos a mantener la dosis de 10 miligramos.';
    await words(p, t9, 'analítica cuándo me la hago');
    await rewrite(p, t9, 'Vale. ¿Y la analítica cuándo me la hago?');
    await p.sleep(300);
    hideJump(p);
    chat(p, S4_ME.name, 'Le dejo aquí el enlace de la cita');
    await me('En junio antes del día quince le llegará una cita por SMS', 'En junio, antes del día 15. Le llegará una cita por SMS.');
    await pt('Estupendo muchas gracias doctora Sáenz', '¡Estupendo! Muchas gracias, doctora Sáenz.');
    await me('A usted hasta pronto', 'A usted. ¡Hasta pronto!');
  },
  leave: (p) => leaveMeet(p, IT),
  expected: [
    clin(S4_SELF, 'Buenas tardes, Íñigo. ¿Qué tal la tensión esta semana?'),
    other(S4_PT.name, 'Ayer por la tarde tenía 135/85.'),
    other(S4_PT.name, 'Y esta mañana, 128/82.'),
    clin(S4_SELF, 'Eso está mejor. ¿Se toma el enalapril todos los días?'),
    other(S4_PT.name, 'Sí, todas las mañanas, a las ocho menos cuarto.'),
    clin(S4_SELF, '¿Y los mareos de los que me habló?'),
    other(S4_PT.name, 'Ya casi no. Solo uno el sábado 21.'),
    clin(S4_SELF, 'Muy bien. Vamos a mantener la dosis de 10 miligramos.'),
    other(S4_PT.name, 'Vale. ¿Y la analítica cuándo me la hago?'),
    clin(S4_SELF, 'En junio, antes del día 15. Le llegará una cita por SMS.'),
    other(S4_PT.name, '¡Estupendo! Muchas gracias, doctora Sáenz.'),
    clin(S4_SELF, 'A usted. ¡Hasta pronto!'),
  ],
  forbidden: ['arrow_downward', 'Vai in fondo', 'Spagnolo (Spagna)', '(tu)', 'enlace de la cita', 'closed_caption', 'call_end'],
};

export const meetScenarios: Scenario[] = [s1, s2, s3, s4];
