// Round 30, Microsoft Teams: Spanish-language telehealth visits with the Teams interface in Spanish.
// These were written blind, using only /work/shared/research/caption-platforms.md and the Scenario API
// (../independent/kit.ts, ../independent/runner.ts). No product source or other fixture was read.
//
// Research sections used:
//   §1 Cross-platform summary (Teams row: one list item per utterance, author in DOM, in-place refinement)
//   §4.1 URL patterns and in-call markers (#hangup-button, hangup-main-btn, anon-hangup-button)
//   §4.2 Turning captions on (host: More › Language and speech › Show live captions [menuitemcheckbox];
//        guest: More › Captions; the caption wrapper appears/disappears with the toggle; spoken
//        language is set under Caption settings › spoken language)
//   §4.3 Container and item selectors (the 2026 TMS-FIX host item outline; host vs guest DOM from VEXA;
//        rotating atomic-CSS hashes; data-lpc-hover-target-id on the items-renderer)
//   §4.4 How the text changes (word growth then re-punctuation in one text node; a new tail entry freezes
//        the previous one; same speaker gets consecutive items; limited retention; element recycling)
//   §4.5 Local user and language (self captions carry the display name, not "You"; dir="auto")
//   §8  Strategies (items 5, 8, 9, 10) and §9 Fixture checklist (toggle off/on gives a NEW root,
//        retention, host vs guest, localisation); §10 Gaps (retention count, translated captions)
//
// Assumptions common to all four scenarios (the research is silent on them):
// - Spanish UI strings: the hang-up button's aria-label/text is "Salir", More is "Más acciones", and the
//   other toolbar labels are the usual Spanish Teams wording. data-tid values are not localised (they are
//   telemetry ids, §4.3).
// - The window wrapper carries aria-label="Subtítulos en directo". Nothing in the research says it has an
//   aria-label; the product must not need it.
// - No "Tú"/"(tú)" self marker: §4.5 says Teams captions show the local user's own display name, and no
//   source shows a "You" label (localised or not) in Teams captions. So the clinician's own captions carry
//   the display name listed in selfNames.
// - ASR re-punctuation also adds the Spanish opening marks ¿ and ¡ and re-cases the words. The words
//   themselves never change between the growing text and the final text (§4.4 documents growth plus
//   re-punctuation only).
// - On leaving, the call stage (toolbar with the hang-up button, and the caption wrapper) is unmounted.
import { el, grow, q } from '../independent/kit.ts';
import type { Expected, Page, Scenario } from '../independent/kit.ts';

/** Drops inter-tag whitespace so the DOM has no stray text nodes (React output has none). */
const compact = (html: string) => html.replace(/>\s+</g, '><').trim();

interface Turn {
  who: string;
  /** Text as it grows (words added one by one). */
  text: string;
  /** The re-punctuated, re-cased form Teams ends on (same words). */
  final?: string;
  /** Pause after the item stops changing. */
  gap?: number;
}

interface Item {
  row: HTMLElement;
  author: Text;
  text: Text;
  hover: Element | null;
}

/** Host item: the §4.3 TMS-FIX outline. The three nested fui-Flex wrappers are assumed to be per row. */
function hostItem(doc: Document, who: string, first: string, hoverId: string): Item {
  const row = el(
    doc,
    compact(`
    <div class="fui-Flex ___1ccp5kb f13qh94s">
      <div class="fui-Flex ___9xk2d1q f1uk2wqp">
        <div class="fui-Flex ___r4m0a7c fnb3b0y">
          <div class="fui-ChatMessageCompact ___w0jz3e1 f22iagw">
            <div></div>
            <div class="fui-ChatMessageCompact__avatar">
              <div class="lpcCommonWeb-hoverTarget" data-tid="closed-captions-v2-items-renderer" data-lpc-hover-target-id="${hoverId}">
                <span role="presentation" class="fui-Avatar ___q0b1c2d"><img class="fui-Avatar__image" aria-hidden="true" src="https://teams.microsoft.com/api/mt/emea/beta/users/profilepicturev2/${hoverId}"></span>
              </div>
            </div>
            <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
            <div class="fui-ChatMessageCompact__body" tabindex="0" data-is-focusable="false">
              <div>
                <div><span class="fui-ChatMessageCompact__author"><span dir="auto" data-tid="author" class="fui-StyledText ___a8l2k0w"></span></span></div>
                <div class="fui-Flex ___z7p3q1r"><span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___a8l2k0w"></span></div>
              </div>
            </div>
            <i tabindex="0" role="none" data-tabster-dummy="" aria-hidden="true"></i>
          </div>
        </div>
      </div>
    </div>`),
  );
  const author = doc.createTextNode(who);
  q(row, '[data-tid="author"]').appendChild(author);
  const text = doc.createTextNode(first);
  q(row, '[data-tid="closed-caption-text"]').appendChild(text);
  return { row, author, text, hover: q(row, '[data-tid="closed-captions-v2-items-renderer"]') };
}

/** Guest item (§4.3, VEXA): virtual-list-content › (div) › author + text; no items-renderer, no avatar. */
function guestItem(doc: Document, who: string, first: string): Item {
  const row = el(
    doc,
    compact(`
    <div class="fui-Flex ___6hq0v2s f10pi13n">
      <span dir="auto" data-tid="author" class="fui-StyledText ___a8l2k0w"></span>
      <span dir="auto" data-tid="closed-caption-text" class="fui-StyledText ___a8l2k0w"></span>
    </div>`),
  );
  const author = doc.createTextNode(who);
  q(row, '[data-tid="author"]').appendChild(author);
  const text = doc.createTextNode(first);
  q(row, '[data-tid="closed-caption-text"]').appendChild(text);
  return { row, author, text, hover: null };
}

/** Host wrapper; the list inner div (fui-Flex) holds the rows. */
const HOST_WRAPPER = compact(`
  <div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___k0d9s2e">
    <div data-tid="closed-caption-v2-window-wrapper" aria-label="Subtítulos en directo">
      <div data-tid="closed-caption-v2-virtual-list-content">
        <div class="fui-Flex ___m0x1aa2 f1ewtqcl"></div>
      </div>
    </div>
  </div>`);

/** Guest wrapper; rows sit directly in the virtual-list-content. */
const GUEST_WRAPPER = compact(`
  <div data-tid="closed-caption-renderer-wrapper" class="f419p8h ___k0d9s2e">
    <div data-tid="closed-caption-v2-window-wrapper" aria-label="Subtítulos en directo">
      <div data-tid="closed-caption-v2-virtual-list-content"></div>
    </div>
  </div>`);

const HOST_LIST = '[data-tid="closed-caption-v2-virtual-list-content"] > div';
const GUEST_LIST = '[data-tid="closed-caption-v2-virtual-list-content"]';

/** Call toolbar with Spanish labels (assumed wording); the hang-up data-tid follows §4.1. */
function toolbar(hangup: string): string {
  return compact(`
  <div role="toolbar" aria-label="Controles de la reunión" class="fui-Toolbar ___p2r8t4u">
    <button type="button" id="chat-button" aria-label="Mostrar conversación"><span>Chat</span></button>
    <button type="button" id="roster-button" aria-label="Mostrar participantes"><span>Personas</span></button>
    <button type="button" id="callingButtons-showMoreBtn" data-tid="more-button" aria-label="Más acciones"><span>Más</span></button>
    <button type="button" id="microphone-button" aria-label="Silenciar micrófono"><span>Micrófono</span></button>
    <button type="button" id="video-button" aria-label="Desactivar cámara"><span>Cámara</span></button>
    <button type="button" id="share-button" aria-label="Compartir contenido"><span>Compartir</span></button>
    ${hangup}
  </div>`);
}

const HOST_HANGUP = '<button type="button" id="hangup-button" data-tid="hangup-main-btn" aria-label="Salir"><span>Salir</span></button>';
const GUEST_HANGUP = '<button type="button" data-tid="anon-hangup-button" aria-label="Salir"><span>Salir</span></button>';

const UI_FORBIDDEN = ['Salir', 'Personas', 'Micrófono', 'Cámara', 'Compartir', 'Controles de la reunión'];

/** Appends (via mount) a new item holding the first word, then grows its text node word by word. */
async function say(p: Page, mount: (first: string) => Text, t: Turn, step = 100): Promise<void> {
  const node = mount(t.text.split(' ')[0]!);
  await p.sleep(step);
  await grow(p, node, t.text, t.final, step, 1);
  await p.sleep(t.gap ?? 300);
}

function expectedFrom(turns: Turn[], self: string): Expected[] {
  return turns.map((t) =>
    t.who === self
      ? { speaker: t.who, role: 'clinician' as const, text: t.final ?? t.text }
      : { speaker: t.who, text: t.final ?? t.text },
  );
}

/** Leaving unmounts the call stage: the toolbar (hang-up marker) and the caption wrapper go together. */
function leaveCall(p: Page): void {
  p.doc.querySelector('[role="toolbar"]')?.remove();
  p.doc.querySelector('[data-tid="closed-caption-renderer-wrapper"]')?.remove();
}

// ------------------------------------------------------------------------------------------------
// 1. Host view, Spanish UI, Spanish visit; the clinician code-switches inside her turns.
// ------------------------------------------------------------------------------------------------
const MJ = 'María José Fernández Ríos';
const JA = 'José Ángel Muñoz Castañeda';

const S1: Turn[] = [
  { who: MJ, text: 'buenos días José Ángel me oye bien', final: 'Buenos días, José Ángel. ¿Me oye bien?' },
  { who: JA, text: 'sí doctora la oigo perfectamente', final: 'Sí, doctora, la oigo perfectamente.' },
  { who: MJ, text: 'qué le trae hoy por aquí', final: '¿Qué le trae hoy por aquí?' },
  {
    who: JA,
    text: 'pues desde el lunes tengo un dolor de cabeza muy fuerte y me mareo al levantarme',
    final: 'Pues desde el lunes tengo un dolor de cabeza muy fuerte y me mareo al levantarme.',
  },
  {
    who: MJ,
    text: 'okay let me check your readings la tensión de esta mañana fue de ciento cincuenta sobre noventa verdad',
    final: 'Okay, let me check your readings. La tensión de esta mañana fue de ciento cincuenta sobre noventa, ¿verdad?',
  },
  { who: JA, text: 'sí 150 sobre 95 y ayer por la noche 160', final: 'Sí, 150 sobre 95, y ayer por la noche 160.' },
  // One turn split over two consecutive items of the same speaker (§4.4).
  { who: MJ, text: 'eso es alto', final: 'Eso es alto.', gap: 150 },
  {
    who: MJ,
    text: "I'm going to adjust the dose vamos a subir el enalapril a veinte miligramos",
    final: "I'm going to adjust the dose, vamos a subir el enalapril a veinte miligramos.",
  },
  { who: JA, text: 'y tengo que tomarla por la mañana o por la noche', final: '¿Y tengo que tomarla por la mañana o por la noche?' },
  { who: MJ, text: 'por la mañana en ayunas a partir del miércoles 5 de marzo', final: 'Por la mañana, en ayunas, a partir del miércoles 5 de marzo.' },
  { who: JA, text: 'ay qué bien porque la otra me daba mucha tos', final: '¡Ay, qué bien! Porque la otra me daba mucha tos.' },
  {
    who: MJ,
    text: 'perfect la tos es un efecto secundario común alguna pregunta más',
    final: 'Perfect. La tos es un efecto secundario común. ¿Alguna pregunta más?',
  },
  { who: JA, text: 'no eso es todo muchas gracias doctora Fernández', final: 'No, eso es todo. Muchas gracias, doctora Fernández.' },
  { who: MJ, text: 'de nada cuídese mucho y nos vemos el día doce', final: 'De nada. Cuídese mucho y nos vemos el día doce.' },
];

const hostSpanishCodeSwitch: Scenario = {
  // Tests: the current host item DOM (§4.3) on teams.microsoft.com/v2 with a Spanish interface;
  // Spanish captions with accents, ñ, ¿ and ¡ added only at re-punctuation (the growing text has no
  // opening marks, so the final form differs from the growth by more than trailing punctuation);
  // numbers said as words and as digits; a clinician who switches English↔Spanish inside one caption;
  // one clinician turn split over two consecutive items; names with two surnames; the self speaker
  // identified by display name (no "You"/"Tú" label, §4.5). Spanish toolbar labels are assumptions.
  name: 'teams es: host view, Spanish UI, code-switching clinician, ¿¡ re-punctuation',
  url: 'https://teams.microsoft.com/v2/',
  selfNames: [MJ],
  body: compact(`
    <div id="app">
      <h2 class="fui-Text ___t1t1e2">Consulta de seguimiento · Cardiología</h2>
      <div id="stage">${HOST_WRAPPER}</div>
      ${toolbar(HOST_HANGUP)}
    </div>`),
  async play(p) {
    const list = q(p.doc, HOST_LIST);
    let n = 0;
    for (const t of S1) {
      await say(p, (first) => {
        const it = hostItem(p.doc, t.who, first, `cc-es-${++n}`);
        list.appendChild(it.row);
        return it.text;
      }, t);
    }
  },
  leave: leaveCall,
  expected: expectedFrom(S1, MJ),
  forbidden: [...UI_FORBIDDEN, 'Consulta de seguimiento', 'Cardiología'],
};

// ------------------------------------------------------------------------------------------------
// 2. Guest (anonymous) view on a teams.live.com light meeting, with a short retention window.
// ------------------------------------------------------------------------------------------------
const LP = 'Dra. Lucía Peña Ibáñez';
const BS = 'Begoña Sáez Núñez';
const IG = 'Itziar Goñi Sáez';

const S2: Turn[] = [
  { who: LP, text: 'hola Begoña cómo sigue la fiebre', final: 'Hola, Begoña. ¿Cómo sigue la fiebre?' },
  { who: BS, text: 'anoche tuve 38,5 y esta mañana 37,2', final: 'Anoche tuve 38,5 y esta mañana 37,2.' },
  { who: IG, text: 'doctora she also had chills last night escalofríos muy fuertes', final: 'Doctora, she also had chills last night. Escalofríos muy fuertes.' },
  { who: LP, text: 'thank you Itziar y ha tenido tos o dolor al orinar', final: 'Thank you, Itziar. ¿Y ha tenido tos o dolor al orinar?' },
  { who: BS, text: 'un poquito de ardor desde el jueves', final: 'Un poquito de ardor desde el jueves.' },
  { who: LP, text: 'vale parece una infección de orina', final: 'Vale, parece una infección de orina.', gap: 150 },
  { who: LP, text: 'le voy a mandar fosfomicina un sobre de tres gramos esta noche', final: 'Le voy a mandar fosfomicina, un sobre de tres gramos esta noche.' },
  { who: BS, text: 'tengo que ir a la farmacia hoy mismo', final: '¿Tengo que ir a la farmacia hoy mismo?' },
  { who: LP, text: 'sí la receta electrónica ya está en su tarjeta sanitaria', final: 'Sí, la receta electrónica ya está en su tarjeta sanitaria.' },
  { who: IG, text: 'yo voy ahora mamá no te preocupes', final: 'Yo voy ahora, mamá, no te preocupes.' },
  { who: LP, text: 'y si la fiebre pasa de 39 o ve sangre en la orina vaya a urgencias', final: 'Y si la fiebre pasa de 39 o ve sangre en la orina, vaya a Urgencias.' },
  { who: BS, text: 'de acuerdo y cuándo me vuelve a llamar', final: 'De acuerdo. ¿Y cuándo me vuelve a llamar?' },
  { who: LP, text: 'el lunes 14 de abril a las nueve y media', final: 'El lunes 14 de abril, a las nueve y media.' },
  { who: BS, text: 'muchísimas gracias doctora Peña', final: '¡Muchísimas gracias, doctora Peña!' },
  { who: LP, text: 'a usted que se mejore', final: 'A usted. Que se mejore.' },
];

const guestLightMeetingRetention: Scenario = {
  // Tests: the guest DOM (§4.3 VEXA: virtual-list-content › div › author + text, no items-renderer, no
  // avatar) on a teams.live.com light meeting with the anon-hangup-button marker (§4.1); the guest turns
  // captions on through More › Captions (§4.2), so the wrapper appears during play; the list keeps only
  // the last 6 items and drops the oldest as new ones arrive (§4.4 limited retention; the real count is
  // unverified, §10, so a small one is used). The clinician joined as a guest with a typed name that has a
  // title and two accented surnames; Spanish decimals with a comma (38,5); code-switching by a relative.
  // Assumptions: the guest menu item reads "Subtítulos" and the menu is "Más acciones"; the author and text
  // spans are direct children of the row div (the research gives only "(div) > author + text").
  name: 'teams es: guest light meeting, Spanish UI, retention drops old items',
  url: 'https://teams.live.com/light-meetings/launch?anon=true',
  selfNames: [LP],
  body: compact(`
    <div id="app">
      <div id="stage"></div>
      ${toolbar(GUEST_HANGUP)}
    </div>`),
  async play(p) {
    // More › Captions (guest): a Fluent menu portal with Spanish items, then the wrapper mounts.
    const menu = el(
      p.doc,
      compact(`
      <div role="menu" aria-label="Más acciones" class="fui-MenuPopover ___b3n7m1x">
        <div role="menuitem" tabindex="-1"><span>Subtítulos</span></div>
        <div role="menuitem" tabindex="-1"><span>Configuración del dispositivo</span></div>
        <div role="menuitem" tabindex="-1"><span>Pantalla completa</span></div>
      </div>`),
    );
    p.doc.body.appendChild(menu);
    await p.sleep(300);
    menu.remove();
    q(p.doc, '#stage').appendChild(el(p.doc, GUEST_WRAPPER));
    await p.sleep(300);
    const list = q(p.doc, GUEST_LIST);
    for (const t of S2) {
      await say(p, (first) => {
        const it = guestItem(p.doc, t.who, first);
        list.appendChild(it.row);
        while (list.children.length > 6) list.firstElementChild!.remove();
        return it.text;
      }, t);
    }
  },
  leave: leaveCall,
  expected: expectedFrom(S2, LP),
  forbidden: [...UI_FORBIDDEN, 'Configuración del dispositivo', 'Pantalla completa'],
};

// ------------------------------------------------------------------------------------------------
// 3. Captions turned off and back on mid-visit through the Spanish host menu.
// ------------------------------------------------------------------------------------------------
const AI = 'Andrés Ibáñez Peñalver';
const SA = 'Sofía Álvarez Ortúzar';
const JM = 'Joaquín Muñiz Ordóñez';

const S3_BEFORE: Turn[] = [
  { who: AI, text: 'buenas tardes Sofía ya tengo los resultados de los análisis', final: 'Buenas tardes, Sofía. Ya tengo los resultados de los análisis.' },
  { who: SA, text: 'qué nervios salió todo bien', final: '¡Qué nervios! ¿Salió todo bien?' },
  {
    who: AI,
    text: 'so overall it looks good pero la hemoglobina glicosilada está en 7,2 por ciento',
    final: 'So overall it looks good, pero la hemoglobina glicosilada está en 7,2 por ciento.',
  },
  { who: SA, text: 'y eso es mucho', final: '¿Y eso es mucho?' },
  { who: AI, text: 'un poco alta el objetivo es menos de 7', final: 'Un poco alta. El objetivo es menos de 7.' },
];

const S3_AFTER: Turn[] = [
  { who: JM, text: 'perdone doctor se cortó un momento nos repite lo de la dieta', final: 'Perdone, doctor, se cortó un momento. ¿Nos repite lo de la dieta?' },
  {
    who: AI,
    text: 'claro menos pan blanco menos zumo y caminar media hora al día',
    final: 'Claro, menos pan blanco, menos zumo y caminar media hora al día.',
  },
  { who: SA, text: 'media hora vale también los fines de semana', final: 'Media hora, vale. ¿También los fines de semana?' },
  { who: AI, text: 'yes every day todos los días de la semana', final: 'Yes, every day. Todos los días de la semana.' },
  { who: JM, text: 'yo la acompaño por las mañanas', final: 'Yo la acompaño por las mañanas.' },
  { who: AI, text: 'estupendo repetimos el análisis el veintitrés de junio', final: 'Estupendo, repetimos el análisis el veintitrés de junio.', gap: 150 },
  { who: AI, text: "and we'll talk again after that", final: "And we'll talk again after that." },
  { who: SA, text: 'muy bien gracias doctor Ibáñez', final: 'Muy bien, gracias, doctor Ibáñez.' },
  { who: AI, text: 'hasta pronto Sofía y Joaquín', final: 'Hasta pronto, Sofía y Joaquín.' },
];

/** More › Idioma y voz › Mostrar subtítulos en directo (host menuitemcheckbox, §4.2), as menu portals. */
async function hostCaptionsMenu(p: Page, checked: boolean): Promise<void> {
  const more = el(
    p.doc,
    compact(`
    <div role="menu" aria-label="Más acciones" class="fui-MenuPopover ___b3n7m1x">
      <div role="menuitem" id="LanguageSpeechMenuControl-id" aria-haspopup="menu" tabindex="-1"><span>Idioma y voz</span></div>
      <div role="menuitem" tabindex="-1"><span>Configuración del dispositivo</span></div>
      <div role="menuitem" tabindex="-1"><span>Efectos de vídeo y avatares</span></div>
    </div>`),
  );
  p.doc.body.appendChild(more);
  await p.sleep(250);
  const sub = el(
    p.doc,
    compact(`
    <div role="menu" aria-label="Idioma y voz" class="fui-MenuPopover ___b3n7m1x">
      <div role="menuitemcheckbox" id="closed-captions-button" aria-checked="${checked}" tabindex="-1"><span>Mostrar subtítulos en directo</span></div>
      <div role="menuitem" tabindex="-1"><span>Mostrar transcripción</span></div>
    </div>`),
  );
  p.doc.body.appendChild(sub);
  await p.sleep(250);
  sub.remove();
  more.remove();
}

const captionsOffOnSpanishMenu: Scenario = {
  // Tests: captions start off (no wrapper), are turned on through the Spanish host menu, turned off
  // mid-visit (the whole closed-caption-renderer-wrapper is removed) and on again (a NEW wrapper node),
  // per §4.2 and §9. The call must not be treated as ended while captions are off; words spoken while
  // captions were off never reach the DOM and are not expected; the items after re-enabling are new
  // utterances. Menu portals with Spanish captions-related strings appear and vanish during the call and
  // must not be captured. Host DOM on a teams.cloud.microsoft meetup-join URL (§4.1).
  // Assumptions: the Spanish menu wording ("Idioma y voz", "Mostrar subtítulos en directo"); the re-mounted
  // wrapper starts empty (the research does not say whether Teams replays earlier captions after a toggle).
  name: 'teams es: captions off and on again via Spanish menu, new wrapper node',
  url: 'https://teams.cloud.microsoft/l/meetup-join/19%3ameeting_Y2l0YS1lbmRv%40thread.v2/0',
  selfNames: [AI],
  body: compact(`
    <div id="app">
      <h2 class="fui-Text ___t1t1e2">Revisión de análisis · Endocrinología</h2>
      <div id="stage"></div>
      ${toolbar(HOST_HANGUP)}
    </div>`),
  async play(p) {
    let n = 0;
    const run = async (turns: Turn[]) => {
      const list = q(p.doc, HOST_LIST);
      for (const t of turns) {
        await say(p, (first) => {
          const it = hostItem(p.doc, t.who, first, `cc-on-${++n}`);
          list.appendChild(it.row);
          return it.text;
        }, t);
      }
    };
    const stage = q(p.doc, '#stage');
    await p.sleep(300);
    await hostCaptionsMenu(p, false); // turn on
    stage.appendChild(el(p.doc, HOST_WRAPPER));
    await p.sleep(300);
    await run(S3_BEFORE);
    await hostCaptionsMenu(p, true); // turn off
    q(p.doc, '[data-tid="closed-caption-renderer-wrapper"]').remove();
    await p.sleep(2000); // the clinician explains the diet while captions are off: nothing in the DOM
    await hostCaptionsMenu(p, false); // on again
    stage.appendChild(el(p.doc, HOST_WRAPPER));
    await p.sleep(300);
    await run(S3_AFTER);
  },
  leave: leaveCall,
  expected: [...expectedFrom(S3_BEFORE, AI), ...expectedFrom(S3_AFTER, AI)],
  forbidden: [
    ...UI_FORBIDDEN,
    'Idioma y voz',
    'Mostrar subtítulos',
    'Mostrar transcripción',
    'Configuración del dispositivo',
    'Efectos de vídeo',
    'Revisión de análisis',
  ],
};

// ------------------------------------------------------------------------------------------------
// 4. Spoken language switched from English to Spanish mid-call; virtualised row recycling.
// ------------------------------------------------------------------------------------------------
const XO = 'Dra. Ximena Ordóñez Cañete';
const DC = 'Daniel Castañeda';
const RM = 'Rosa María Castañeda Ávila';

const S4_EN: Turn[] = [
  { who: XO, text: 'hi Daniel thanks for joining can you hear me okay', final: 'Hi Daniel, thanks for joining. Can you hear me okay?' },
  { who: DC, text: 'yes loud and clear my mom is right here with me', final: 'Yes, loud and clear. My mom is right here with me.' },
  {
    who: XO,
    text: "great since she prefers Spanish I'm switching the captions to Spanish now",
    final: "Great. Since she prefers Spanish, I'm switching the captions to Spanish now.",
  },
];

const S4_ES: Turn[] = [
  { who: XO, text: 'buenos días señora Rosa María cómo amaneció hoy', final: 'Buenos días, señora Rosa María. ¿Cómo amaneció hoy?' },
  { who: RM, text: 'ay doctora con mucho dolor en la rodilla derecha', final: 'Ay, doctora, con mucho dolor en la rodilla derecha.' },
  { who: XO, text: 'del uno al diez qué tan fuerte es el dolor', final: 'Del uno al diez, ¿qué tan fuerte es el dolor?' },
  { who: RM, text: 'como un ocho y en la noche no me deja dormir', final: 'Como un ocho, y en la noche no me deja dormir.' },
  { who: DC, text: 'desde el domingo toma ibuprofeno cada ocho horas', final: 'Desde el domingo toma ibuprofeno cada ocho horas.' },
  {
    who: XO,
    text: "okay that's helpful pero no más de tres pastillas al día por su estómago",
    final: "Okay, that's helpful, pero no más de tres pastillas al día por su estómago.",
  },
  { who: RM, text: 'ándale no sabía eso', final: '¡Ándale! No sabía eso.' },
  { who: XO, text: 'le voy a pedir una radiografía para el jueves 20 de noviembre', final: 'Le voy a pedir una radiografía para el jueves 20 de noviembre.' },
  { who: DC, text: 'perfect yo la llevo ese día', final: 'Perfect, yo la llevo ese día.' },
  { who: XO, text: 'muy bien nos vemos pronto cuídese mucho', final: 'Muy bien, nos vemos pronto. Cuídese mucho.' },
];

const spokenLanguageSwitchRecycling: Scenario = {
  // Tests: a Spanish-UI (es-MX) host call that starts with English captions and switches the spoken
  // language to Spanish through Caption settings (§4.2) while the caption wrapper stays mounted; a
  // localised settings dialog ("Configuración de subtítulos", "Idioma hablado", "Español (México)") shows
  // and closes mid-call and must not be captured. The virtualised list keeps a pool of 6 rows and, from the
  // 7th caption on, RECYCLES the oldest row for the new caption: the row is moved to the tail and its author,
  // hover id and text node are rewritten in place (§4.4 "recycle an existing item's subtree", §8.8), so
  // earlier utterances must stay intact and each recycled row must give a new utterance with its new
  // speaker. The clinician's display name carries a title and accented surnames; Mexican Spanish, ¡ ¿ and
  // code-switching by clinician and relative.
  // Assumptions (research silent, §4.5/§10): changing the spoken language neither remounts the wrapper nor
  // adds a notice inside the caption list; the dialog is a Fluent portal appended to the body; the dialog
  // wording is the usual Spanish Teams wording.
  name: 'teams es-MX: spoken language English→Spanish mid-call, recycled rows',
  url: 'https://teams.microsoft.com/meet/29384756120?p=Xq7LmN2r',
  selfNames: [XO],
  body: compact(`
    <div id="app">
      <div id="stage">${HOST_WRAPPER}</div>
      ${toolbar(HOST_HANGUP)}
    </div>`),
  async play(p) {
    const list = q(p.doc, HOST_LIST);
    const pool: Item[] = [];
    let n = 0;
    const mountFor = (t: Turn) => (first: string) => {
      const id = `cc-mx-${++n}`;
      if (pool.length < 6) {
        const it = hostItem(p.doc, t.who, first, id);
        list.appendChild(it.row);
        pool.push(it);
        return it.text;
      }
      // Recycle: the oldest row scrolls out and is re-used at the tail for the new caption.
      const it = pool.shift()!;
      list.appendChild(it.row);
      it.author.data = t.who;
      it.hover?.setAttribute('data-lpc-hover-target-id', id);
      it.text.data = first;
      pool.push(it);
      return it.text;
    };
    for (const t of S4_EN) await say(p, mountFor(t), t);
    // Más › Idioma y voz › Configuración de subtítulos: spoken language dialog.
    const dialog = el(
      p.doc,
      compact(`
      <div role="dialog" aria-modal="true" aria-label="Configuración de subtítulos" class="fui-DialogSurface ___d5s8w2q">
        <h2 class="fui-DialogTitle">Configuración de subtítulos</h2>
        <label id="spoken-lang-label">Idioma hablado</label>
        <div role="combobox" aria-labelledby="spoken-lang-label" aria-expanded="false"><span>Inglés (Estados Unidos)</span></div>
        <button type="button" class="fui-Button">Cancelar</button>
        <button type="button" class="fui-Button">Actualizar</button>
      </div>`),
    );
    p.doc.body.appendChild(dialog);
    await p.sleep(400);
    q(dialog, '[role="combobox"] > span').textContent = 'Español (México)';
    await p.sleep(400);
    dialog.remove();
    await p.sleep(300);
    for (const t of S4_ES) await say(p, mountFor(t), t);
  },
  leave: leaveCall,
  expected: [...expectedFrom(S4_EN, XO), ...expectedFrom(S4_ES, XO)],
  forbidden: [
    ...UI_FORBIDDEN,
    'Configuración de subtítulos',
    'Idioma hablado',
    'Inglés (Estados Unidos)',
    'Español (México)',
    'Cancelar',
    'Actualizar',
  ],
};

export const teamsScenarios: Scenario[] = [
  hostSpanishCodeSwitch,
  guestLightMeetingRetention,
  captionsOffOnSpanishMenu,
  spokenLanguageSwitchRecycling,
];
