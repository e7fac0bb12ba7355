// Round 30, Jitsi Meet: visits held in Spanish, with the Jitsi interface in Spanish.
//
// Written only from /work/shared/research/caption-platforms.md, sections used:
//   §6 "Jitsi Meet" (the subtitles container `div.transcription-subtitles`, plus `lifted` while only
//      one participant is in the call; one `<p>` per transcript message id, holding one `<span>` whose
//      text is "<participantName>: " + (final || stable + unstable); interim text replaced by the final
//      text in the same paragraph; the newer chat-panel list `#subtitles-messages-list` /
//      `#subtitles-messages-container` with hashed classes and items `[name?][content][time]`),
//   §7 (white-label telehealth apps embed the Jitsi UI kit, so its caption DOM applies),
//   §8.4/§8.5 (observe childList + characterData; re-attach when the caption root is re-mounted),
//   §9 (fixture checklist: toggle off/on gives a new root, self speaker, same-speaker continuation,
//      word-by-word growth with revision, localization, non-caption distractors).
//
// Assumptions where the research is silent (repeated in the scenario comments where they matter):
// - URL: `https://meet.jit.si/<room>` (the public Jitsi deployment). The UI language can be pinned
//   with Jitsi's URL-hash config override `#config.defaultLanguage="es"`.
// - In-call markers: `#videoconference_page` › `#videospace` (tiles) and `#new-toolbox` with a hang-up
//   button (`.hangup-button`, Spanish aria-label "Abandonar la reunión"). Leaving removes the
//   conference page, shows the welcome page and moves the URL to `/` (what meet.jit.si does after a
//   hang-up when no close page is configured).
// - The subtitles container sits inside `#videospace`, after the large video.
// - The local user's captions carry the local display name (the transcript's participantName); the
//   research documents no "You"/"Tú" caption label for Jitsi. The local tile shows the localized
//   "(yo)" marker next to the name; that is a tile, not a caption.
// - React updates the span's single text node in place (characterData); a new message id appends a
//   new `<p>` (childList); Jitsi drops a final paragraph a few seconds after it became final.
// - Spanish UI strings ("Activar o desactivar subtítulos", "Abandonar la reunión", "Subtítulos",
//   "Idioma de los subtítulos") are my guesses at the localized labels.
import { el, q, type Expected, type Page, type Scenario } from '../independent/kit.ts';

// ---------------------------------------------------------------------------------------------------
// Page pieces

interface BodyOpts {
  self: string;
  /** Remote participants already in the call (tiles). */
  others?: string[];
  /** Chat panel contents (distractors), and whether the subtitles tab list is present. */
  chat?: { from: string; text: string }[];
  subtitlesTab?: boolean;
  /** Pre-built subtitles container inside #videospace (research §6), possibly `lifted`. */
  container?: 'none' | 'plain' | 'lifted';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function tile(name: string, local = false): string {
  return local
    ? `<span id="localVideoContainer" class="videocontainer"><span class="displayname" id="localDisplayName">${esc(name)} (yo)</span></span>`
    : `<span class="videocontainer" id="participant_${esc(name.replace(/\W+/g, '').toLowerCase())}"><span class="displayname">${esc(name)}</span></span>`;
}

function jitsiBody(o: BodyOpts): string {
  const container =
    o.container === 'plain'
      ? '<div class="transcription-subtitles"></div>'
      : o.container === 'lifted'
        ? '<div class="transcription-subtitles lifted"></div>'
        : '';
  const chat = (o.chat ?? [])
    .map(
      (m) =>
        `<div class="chatmessage-wrapper"><div class="chatmessage"><div class="display-name">${esc(m.from)}</div><div class="usermessage">${esc(m.text)}</div><div class="timestamp">16:01</div></div></div>`,
    )
    .join('');
  const tabs = o.subtitlesTab
    ? `<div role="tablist" aria-label="Chat y subtítulos"><div role="tab" aria-selected="false">Chat</div><div role="tab" aria-selected="true">Subtítulos</div></div>
       <div id="subtitles-messages-container" class="css-7hq2zd-container"><div id="subtitles-messages-list" class="css-1r9yoe2-messagesList"></div></div>`
    : '';
  return `
<div id="react">
  <div id="videoconference_page">
    <div id="videospace">
      <div id="largeVideoContainer" class="videocontainer"><video id="largeVideo" muted></video></div>
      <div class="filmstrip" id="remoteVideos">
        ${tile(o.self, true)}
        ${(o.others ?? []).map((n) => tile(n)).join('')}
      </div>
      ${container}
    </div>
    <div id="sideToolbarContainer" aria-label="Panel de chat">
      <div id="chatconversation">${chat}</div>
      ${tabs}
    </div>
    <div id="new-toolbox" class="new-toolbox visible">
      <div class="toolbox-content-items">
        <div class="toolbox-button" role="button" aria-label="Activar o desactivar el micrófono" aria-pressed="false"><div class="toolbox-icon"></div></div>
        <div class="toolbox-button" role="button" aria-label="Activar o desactivar subtítulos" aria-pressed="true" id="cc-button"><div class="toolbox-icon toggled"></div></div>
        <div class="toolbox-button" role="button" aria-label="Abandonar la reunión"><div class="toolbox-icon hangup-button"></div></div>
      </div>
    </div>
  </div>
</div>`;
}

/** Hang-up: the conference page goes, the welcome page comes, the URL becomes `/` (assumption). */
function jitsiLeave(p: Page): void {
  p.doc.getElementById('videoconference_page')?.remove();
  p.doc
    .getElementById('react')
    ?.append(el(p.doc, '<div id="welcome_page" class="welcome"><h1>Videoconferencias seguras y de alta calidad</h1><button>Empezar reunión</button></div>'));
  p.win.history.pushState({}, '', '/');
}

// ---------------------------------------------------------------------------------------------------
// Subtitles driver (research §6)

/** Word prefixes of `s` from `from` words up to all of it (interim growth). */
function w(s: string, from = 1): string[] {
  const words = s.split(' ');
  const out: string[] = [];
  for (let i = Math.max(1, from); i <= words.length; i++) out.push(words.slice(0, i).join(' '));
  return out;
}

/**
 * Interim segments: each later segment continues from the previous one's word count, so its first
 * step rewrites the last (unstable) word ("el cuatro" → "el catorce").
 */
function interimSteps(segments: string[]): string[] {
  const out: string[] = [];
  let prev = 1;
  for (const seg of segments) {
    out.push(...w(seg, out.length === 0 ? 1 : prev));
    prev = seg.split(' ').length;
  }
  return out;
}

interface Para {
  p: HTMLElement;
  t: Text;
  name: string;
}

/** The newer chat-panel subtitles list: items `[name?][content][time]` (research §6). */
class SubtitlesPanel {
  private last = '';
  private minute = 2;
  constructor(private readonly pg: Page) {}
  add(name: string, text: string): void {
    const doc = this.pg.doc;
    const list = doc.getElementById('subtitles-messages-list');
    if (!list) return;
    const item = doc.createElement('div');
    item.className = 'css-3k1v8w-subtitleMessage';
    // Assumption: like chat, a run of messages from the same speaker shows the name only once.
    if (name !== this.last) {
      const n = doc.createElement('div');
      n.className = 'css-9fq0xa-name';
      n.textContent = name;
      item.append(n);
    }
    const c = doc.createElement('div');
    c.className = 'css-5b2mzr-content';
    c.textContent = text;
    const t = doc.createElement('div');
    t.className = 'css-0p6hcj-timestamp';
    t.textContent = `16:${String(this.minute).padStart(2, '0')}`;
    this.minute++;
    item.append(c, t);
    list.append(item);
    this.last = name;
  }
}

interface SubsOpts {
  /** A final paragraph is removed this long after it became final. */
  keepMs: number;
  /** The container exists only while it has paragraphs (re-mounted as a new node). */
  unmountWhenEmpty: boolean;
  /** Only one participant in the call: container carries `lifted`. */
  solo?: boolean;
  panel?: SubtitlesPanel;
}

class Subs {
  private box: HTMLElement | null = null;
  private done: { p: HTMLElement; at: number }[] = [];
  private solo: boolean;
  constructor(
    private readonly pg: Page,
    private readonly o: SubsOpts,
  ) {
    this.solo = o.solo ?? false;
    this.box = pg.doc.querySelector<HTMLElement>('.transcription-subtitles');
  }
  private mount(): HTMLElement {
    if (this.box && this.box.isConnected) return this.box;
    this.box = el<HTMLElement>(this.pg.doc, `<div class="transcription-subtitles${this.solo ? ' lifted' : ''}"></div>`);
    q(this.pg.doc, '#videospace').append(this.box);
    return this.box;
  }
  /** Captions off / language change: the whole container goes (its paragraphs with it). */
  unmount(): void {
    this.box?.remove();
    this.box = null;
    this.done = [];
  }
  setSolo(solo: boolean): void {
    this.solo = solo;
    this.box?.classList.toggle('lifted', solo);
  }
  start(name: string, first: string): Para {
    const box = this.mount();
    const p = el(this.pg.doc, '<p><span></span></p>');
    const t = this.pg.doc.createTextNode(`${name}: ${first}`);
    p.firstElementChild!.append(t);
    box.append(p);
    return { p, t, name };
  }
  async grow(para: Para, steps: string[], ms: number): Promise<void> {
    for (const s of steps) {
      para.t.data = `${para.name}: ${s}`;
      await this.wait(ms);
    }
  }
  final(para: Para, text: string): void {
    para.t.data = `${para.name}: ${text}`;
    this.done.push({ p: para.p, at: Date.now() });
    this.o.panel?.add(para.name, text);
  }
  private expire(): void {
    const now = Date.now();
    this.done = this.done.filter((d) => {
      if (now - d.at < this.o.keepMs) return true;
      d.p.remove();
      return false;
    });
    if (this.o.unmountWhenEmpty && this.box && this.box.childElementCount === 0) this.unmount();
  }
  async wait(ms: number): Promise<void> {
    await this.pg.sleep(ms);
    this.expire();
  }
}

// ---------------------------------------------------------------------------------------------------
// Scripts: turns (one transcript message each) and page actions

interface Turn {
  who: string;
  /** Interim (stable + unstable) segments, see interimSteps. */
  interim: string[];
  final: string;
  ms?: number;
  /** The final text lands only after the next turn's paragraph has started growing. */
  late?: boolean;
}
type Act = Turn | ((s: Subs, p: Page) => Promise<void> | void);

async function playScript(p: Page, subs: Subs, script: Act[]): Promise<void> {
  let pending: { para: Para; text: string } | null = null;
  for (const item of script) {
    if (typeof item === 'function') {
      await item(subs, p);
      continue;
    }
    const ms = item.ms ?? 90;
    const steps = interimSteps(item.interim);
    const para = subs.start(item.who, steps[0] ?? '');
    await subs.wait(ms);
    if (pending) {
      // The previous speaker's final arrives while this paragraph grows (one message id each).
      await subs.grow(para, steps.slice(1, 3), ms);
      subs.final(pending.para, pending.text);
      pending = null;
      await subs.grow(para, steps.slice(3), ms);
    } else {
      await subs.grow(para, steps.slice(1), ms);
    }
    if (item.late) {
      pending = { para, text: item.final };
      continue;
    }
    await subs.wait(220);
    subs.final(para, item.final);
    await subs.wait(380);
  }
  if (pending) {
    subs.final(pending.para, pending.text);
    await subs.wait(300);
  }
}

function expectedOf(self: string, script: Act[]): Expected[] {
  return script
    .filter((a): a is Turn => typeof a !== 'function')
    .map((t) => (t.who === self ? { speaker: t.who, role: 'clinician' as const, text: t.final } : { speaker: t.who, text: t.final }));
}

// ---------------------------------------------------------------------------------------------------
// Scenario 1

const S1_SELF = 'Dra. María José Fernández Ríos';
const S1_PAT = 'José Ángel Núñez Peña';
const s1Script: Act[] = [
  {
    who: S1_SELF,
    interim: ['probando probando uno dos tres se oye bien'],
    final: 'Probando, probando: uno, dos, tres. ¿Se oye bien?',
  },
  (s, p) => {
    // The patient joins: a remote tile appears and the container loses `lifted` (research §6).
    q(p.doc, '#remoteVideos').insertAdjacentHTML('beforeend', tile(S1_PAT));
    s.setSolo(false);
  },
  (s) => s.wait(400),
  { who: S1_PAT, interim: ['hola doctora sí la oigo perfectamente'], final: '¡Hola, doctora! Sí, la oigo perfectamente.' },
  { who: S1_SELF, interim: ['buenas tardes José Ángel qué le pasa cuénteme'], final: 'Buenas tardes, José Ángel. ¿Qué le pasa? Cuénteme.' },
  {
    who: S1_PAT,
    interim: [
      'pues desde el cuatro',
      'pues desde el catorce de marzo tengo fiebre unos treinta y ocho y medio y me duele mucho la garganta',
    ],
    final: 'Pues desde el catorce de marzo tengo fiebre, unos treinta y ocho y medio, y me duele mucho la garganta.',
    ms: 75,
  },
  { who: S1_SELF, interim: ['ha tomado algo para la fiebre paracetamol ibuprofeno'], final: '¿Ha tomado algo para la fiebre? ¿Paracetamol, ibuprofeno?' },
  {
    who: S1_PAT,
    interim: ['paracetamol de un gramo cada ocho horas pero no me baja del todo'],
    final: 'Paracetamol de un gramo cada ocho horas, pero no me baja del todo.',
  },
  { who: S1_SELF, interim: ['vale tiene tos o dificultad para respirar'], final: 'Vale. ¿Tiene tos o dificultad para respirar?' },
  { who: S1_PAT, interim: ['tos sí un poco por las noches respirar bien'], final: 'Tos sí, un poco por las noches. Respirar, bien.' },
  {
    who: S1_SELF,
    interim: ['alguna alergia a medicamentos que yo deba saber'],
    final: '¿Alguna alergia a medicamentos que yo deba saber?',
  },
  {
    who: S1_PAT,
    interim: ['ninguna que yo sepa ah y tengo cuarenta y dos años nací en mil novecientos ochenta y tres'],
    final: 'Ninguna, que yo sepa. Ah, y tengo cuarenta y dos años, nací en mil novecientos ochenta y tres.',
    ms: 75,
  },
  {
    who: S1_SELF,
    interim: [
      'bien le explico dos cosas primero le voy a pedir un análisis segundo siga con el para',
      'bien le explico dos cosas primero le voy a pedir un análisis segundo siga con el paracetamol y beba mucha agua',
    ],
    final: 'Bien. Le explico dos cosas: primero, le voy a pedir un análisis; segundo, siga con el paracetamol y beba mucha agua.',
    ms: 75,
  },
  { who: S1_PAT, interim: ['muchísimas gracias doctora cuándo vuelvo a llamar'], final: '¡Muchísimas gracias, doctora! ¿Cuándo vuelvo a llamar?' },
  {
    who: S1_SELF,
    interim: ['el lunes veinte a las diez y media que se mejore José Ángel'],
    final: 'El lunes veinte a las diez y media. ¡Que se mejore, José Ángel!',
  },
];

// ---------------------------------------------------------------------------------------------------
// Scenario 2

const S2_SELF = 'Dr. Andrés Muñoz Gallego';
const S2_PAT = 'Begoña Iturbe Sáenz';
const s2Script: Act[] = [
  {
    who: S2_SELF,
    interim: ['good morning Begoña perdone buenos días me escucha bien'],
    final: 'Good morning, Begoña. Perdone, buenos días. ¿Me escucha bien?',
  },
  {
    who: S2_PAT,
    interim: ['sí doctor le escucho un poco entrecortado pero bien'],
    final: 'Sí, doctor, le escucho. Un poco entrecortado, pero bien.',
  },
  {
    who: S2_SELF,
    interim: ['okay great vamos a revisar los resultados del análisis the ones from last week de acuerdo'],
    final: 'Okay, great. Vamos a revisar los resultados del análisis, the ones from last week, ¿de acuerdo?',
    ms: 75,
  },
  { who: S2_PAT, interim: ['de acuerdo me los hice el martes tres de junio'], final: 'De acuerdo. Me los hice el martes tres de junio.' },
  // One clinician turn spread over two transcript messages (two paragraphs, same speaker).
  {
    who: S2_SELF,
    interim: ['so your glucose en ayunas está en ciento veintiséis'],
    final: 'So, your glucose en ayunas está en ciento veintiséis,',
  },
  {
    who: S2_SELF,
    interim: ['which is a bit high un poquito alta nada grave'],
    final: 'which is a bit high. Un poquito alta, nada grave.',
    late: true,
  },
  { who: S2_PAT, interim: ['y eso qué significa tengo diabetes'], final: '¿Y eso qué significa? ¿Tengo diabetes?' },
  {
    who: S2_SELF,
    interim: [
      'not necessarily es prediabetes let me explain hay que cuidar la dieta y caminar unos treinta minutos al día',
    ],
    final: 'Not necessarily. Es prediabetes, let me explain: hay que cuidar la dieta y caminar unos treinta minutos al día.',
    ms: 75,
  },
  // The final formats the numbers ("diez mil" → "10.000", Spanish thousands dot).
  {
    who: S2_PAT,
    interim: ['ya camino doctor unos diez mil pasos bueno ocho mil'],
    final: 'Ya camino, doctor, unos 10.000 pasos. Bueno, 8.000.',
  },
  {
    who: S2_SELF,
    interim: ['perfect that is great y la tensión take it now if you can'],
    final: "Perfect, that's great. ¿Y la tensión? Take it now if you can.",
  },
  {
    who: S2_PAT,
    interim: ['ahora mismo me sale ciento treinta y cinco sobre ochenta y cinco y el pulso setenta y dos'],
    final: 'Ahora mismo. Me sale 135 sobre 85, y el pulso 72.',
    ms: 75,
  },
  {
    who: S2_SELF,
    interim: ['un poquito alta también I will send you the referral la derivación a nutrición por el portal'],
    final: "Un poquito alta también. I'll send you the referral, la derivación a nutrición, por el portal.",
    ms: 75,
  },
  { who: S2_PAT, interim: ['genial muchas gracias doctor Muñoz'], final: '¡Genial! Muchas gracias, doctor Muñoz.' },
  {
    who: S2_SELF,
    interim: ['de nada Begoña take care y nos vemos en tres meses'],
    final: 'De nada, Begoña. Take care, y nos vemos en tres meses.',
  },
];

// ---------------------------------------------------------------------------------------------------
// Scenario 3

const S3_SELF = 'Dra. Itziar Peñalosa Ibáñez';
const S3_PAT = 'Ana Sofía Gutiérrez de la Cruz';
const S3_DAU = 'Mª Lucía Gutiérrez-Ochoa';
const s3Script: Act[] = [
  {
    who: S3_SELF,
    interim: ['buenos días Ana Sofía veo que viene acompañada quién está con usted'],
    final: 'Buenos días, Ana Sofía. Veo que viene acompañada, ¿quién está con usted?',
  },
  { who: S3_DAU, interim: ['soy su hija Lucía le ayudo con la tableta'], final: 'Soy su hija, Lucía. Le ayudo con la tableta.' },
  {
    who: S3_PAT,
    interim: ['doctora me caí el sábado en la cocina y me duele la muñeca derecha'],
    final: 'Doctora, me caí el sábado en la cocina y me duele la muñeca derecha.',
  },
  {
    who: S3_SELF,
    interim: ['vaya puede mover los dedos enséñemelos a la cámara por favor'],
    final: '¡Vaya! ¿Puede mover los dedos? Enséñemelos a la cámara, por favor.',
  },
  // Silence: every paragraph expires, the container unmounts; the next message mounts a new one.
  (s) => s.wait(3200),
  { who: S3_PAT, interim: ['sí los muevo pero me duele al girarla así'], final: 'Sí, los muevo, pero me duele al girarla así.' },
  { who: S3_SELF, interim: ['se le ha hinchado tiene algún moratón'], final: '¿Se le ha hinchado? ¿Tiene algún moratón?' },
  {
    who: S3_DAU,
    interim: ['un poco hinchada sí está y morada por este lado'],
    final: 'Un poco hinchada sí está, y morada por este lado.',
  },
  async (s, p) => {
    // Captions off (CC button): the container goes at once. Ana Sofía answers while captions are off
    // ("Me tomé un ibuprofeno…" the first time); nothing reaches the page, so nothing is expected.
    await s.wait(400);
    q(p.doc, '#cc-button').setAttribute('aria-pressed', 'false');
    s.unmount();
    await s.wait(2200);
    q(p.doc, '#cc-button').setAttribute('aria-pressed', 'true');
    await s.wait(500);
  },
  {
    who: S3_SELF,
    interim: ['perdonen había desactivado los subtítulos sin querer me repite lo último Ana Sofía'],
    final: 'Perdonen, había desactivado los subtítulos sin querer. ¿Me repite lo último, Ana Sofía?',
  },
  {
    who: S3_PAT,
    interim: ['que me tomé un ibuprofeno de seiscientos a las ocho de la mañana'],
    final: 'Que me tomé un ibuprofeno de seiscientos a las ocho de la mañana.',
  },
  {
    who: S3_SELF,
    interim: ['bien necesito una radiografía hoy mismo le hago el volante ahora'],
    final: 'Bien. Necesito una radiografía hoy mismo; le hago el volante ahora.',
  },
  { who: S3_DAU, interim: ['a qué hospital la llevo al de la paz'], final: '¿A qué hospital la llevo? ¿Al de La Paz?' },
  {
    who: S3_SELF,
    interim: ['sí a urgencias de la paz y pónganle hielo veinte minutos cada dos horas'],
    final: 'Sí, a urgencias de La Paz. Y pónganle hielo, veinte minutos cada dos horas.',
  },
  { who: S3_PAT, interim: ['gracias doctora hasta luego'], final: '¡Gracias, doctora! Hasta luego.' },
];

// ---------------------------------------------------------------------------------------------------
// Scenario 4

const S4_SELF = 'Dr. Joaquín Ortúzar Benítez';
const S4_PAT = 'Rosario Chávez Ñuflo';
const S4_SON = 'Kevin Chávez';

/** Caption-language dialog: opens, the option is picked, the container is re-mounted (assumption). */
function changeCaptionLanguage(to: 'en' | 'es') {
  return async (s: Subs, p: Page) => {
    const dialog = el(
      p.doc,
      `<div role="dialog" aria-label="Idioma de los subtítulos" class="modal-dialog">
         <h2>Idioma de los subtítulos</h2>
         <div role="radiogroup">
           <div role="radio" aria-checked="${to === 'es'}">Español (España)</div>
           <div role="radio" aria-checked="${to === 'en'}">Inglés (English)</div>
         </div>
         <button>Aceptar</button>
       </div>`,
    );
    p.doc.body.append(dialog);
    await s.wait(500);
    s.unmount();
    dialog.remove();
    await s.wait(1200);
  };
}

const s4Script: Act[] = [
  {
    who: S4_SELF,
    interim: ['buenas tardes doña Rosario cómo sigue de la tos'],
    final: 'Buenas tardes, doña Rosario. ¿Cómo sigue de la tos?',
  },
  {
    who: S4_PAT,
    interim: ['mejor doctor gracias a Dios ya casi no toso por la noche'],
    final: 'Mejor, doctor, gracias a Dios. Ya casi no toso por la noche.',
  },
  {
    who: S4_SON,
    interim: ['hola doctor soy Kevin el hijo mi español no es muy bueno puedo hablar en inglés'],
    final: 'Hola, doctor. Soy Kevin, el hijo. Mi español no es muy bueno; ¿puedo hablar en inglés?',
    ms: 75,
  },
  {
    who: S4_SELF,
    interim: ['claro que sí cambio el idioma de los subtítulos a inglés un momento'],
    final: 'Claro que sí. Cambio el idioma de los subtítulos a inglés, un momento.',
  },
  changeCaptionLanguage('en'),
  {
    who: S4_SON,
    interim: ['thanks she has been taking the inhaler twice a day but she forgets the evening dose sometimes'],
    final: "Thanks. She's been taking the inhaler twice a day, but she forgets the evening dose sometimes.",
    ms: 75,
  },
  {
    who: S4_SELF,
    interim: ['okay that is common try an alarm at nine pm la alarma del móvil every day'],
    final: "Okay, that's common. Try an alarm at 9 p.m., la alarma del móvil, every day.",
  },
  { who: S4_SON, interim: ['got it and the cough syrup should she keep taking it'], final: 'Got it. And the cough syrup, should she keep taking it?' },
  {
    who: S4_SELF,
    interim: ['no she can stop it only the inhaler two puffs in the morning and two at night'],
    final: 'No, she can stop it. Only the inhaler, two puffs in the morning and two at night.',
    ms: 75,
  },
  {
    who: S4_SELF,
    interim: ['let me switch the captions back to Spanish for your mother'],
    final: 'Let me switch the captions back to Spanish for your mother.',
  },
  changeCaptionLanguage('es'),
  {
    who: S4_SELF,
    interim: [
      'doña Rosario ya se lo he explicado a Kevin solo el inhalador dos inhalaciones por la mañana y dos por la noche',
    ],
    final: 'Doña Rosario, ya se lo he explicado a Kevin: solo el inhalador, dos inhalaciones por la mañana y dos por la noche.',
    ms: 70,
  },
  { who: S4_PAT, interim: ['y el jarabe lo dejo me quedan dos botes'], final: '¿Y el jarabe lo dejo? Me quedan dos botes.' },
  { who: S4_SELF, interim: ['sí déjelo tiene alguna otra pregunta'], final: 'Sí, déjelo. ¿Tiene alguna otra pregunta?' },
  {
    who: S4_PAT,
    interim: ['no ninguna que Dios se lo pague doctor Ortúzar'],
    final: 'No, ninguna. ¡Que Dios se lo pague, doctor Ortúzar!',
  },
  {
    who: S4_SELF,
    interim: ['un abrazo Rosario nos vemos el quince de julio'],
    final: 'Un abrazo, Rosario. Nos vemos el quince de julio.',
  },
];

// ---------------------------------------------------------------------------------------------------

export const jitsiScenarios: Scenario[] = [
  {
    // Tests: a visit wholly in Spanish with a Spanish Jitsi UI (URL-hash `defaultLanguage="es"`,
    // Spanish aria-labels, a "(yo)" self marker on the local tile, which is not a caption). Two-surname
    // accented names go into the inline "<name>: " prefix (§6) and captions carry ¿ ¡ ñ and accents.
    // One turn has ": " inside its text ("Probando, probando: uno…", "dos cosas: primero…"), so
    // only the first ": " splits name from text. Interim stable+unstable text grows and its unstable
    // tail is rewritten ("el cuatro" → "el catorce"), then the final replaces it in the same <p>.
    // Numbers and dates are said the Spanish way. The container exists from the start with `lifted`
    // (clinician alone) and loses it when the patient joins (§6).
    // Assumptions (research silent): container present while empty; a final <p> is dropped ~3 s
    // later; the local user's captions carry the display name; the chat message is not a caption.
    name: 'jitsi-es: Spanish UI, accented two-surname names, ¿¡ñ captions, colon inside text, lifted → two participants',
    url: 'https://meet.jit.si/ConsultaMedicinaGeneral#config.defaultLanguage=%22es%22',
    selfNames: [S1_SELF],
    body: jitsiBody({
      self: S1_SELF,
      container: 'lifted',
      chat: [{ from: S1_SELF, text: 'Bienvenido a la consulta, en un momento le atiendo.' }],
    }),
    async play(p) {
      const subs = new Subs(p, { keepMs: 3000, unmountWhenEmpty: false, solo: true });
      await playScript(p, subs, s1Script);
    },
    leave: jitsiLeave,
    expected: expectedOf(S1_SELF, s1Script),
    forbidden: ['Bienvenido a la consulta', 'Abandonar la reunión', '(yo)', 'Activar o desactivar'],
  },
  {
    // Tests: a clinician who code-switches between English and Spanish inside a turn ("So, your
    // glucose en ayunas está en ciento veintiséis"), one clinician turn spread over two transcript
    // messages (two consecutive <p> of the same speaker: one turn), and a late final: the clinician's
    // second message becomes final only after the patient's <p> has started growing (each message id
    // keeps its own paragraph, §6). Finals reformat spoken numbers as digits the Spanish way
    // ("diez mil" → "10.000", "ciento treinta y cinco sobre ochenta y cinco" → "135 sobre 85"), so the
    // final text differs in words from the interim one; only the final is expected.
    // Assumptions (research silent): the final's formatting replaces the interim in the same text
    // node; paragraphs stay until ~3 s after their final; the container is present from the start.
    name: 'jitsi-es: English/Spanish code-switching clinician, split message, late final, Spanish digit formatting',
    url: 'https://meet.jit.si/RevisionAnaliticaIturbe',
    selfNames: [S2_SELF],
    body: jitsiBody({
      self: S2_SELF,
      others: [S2_PAT],
      container: 'plain',
      chat: [{ from: S2_PAT, text: 'Le adjunto el PDF de los resultados.' }],
    }),
    async play(p) {
      const subs = new Subs(p, { keepMs: 3000, unmountWhenEmpty: false });
      await playScript(p, subs, s2Script);
    },
    leave: jitsiLeave,
    expected: expectedOf(S2_SELF, s2Script),
    forbidden: ['PDF de los resultados', 'Abandonar la reunión', '(yo)'],
  },
  {
    // Tests: three people (clinician, patient with a particle surname "Gutiérrez de la Cruz", daughter
    // "Mª Lucía Gutiérrez-Ochoa" with ª and a hyphenated surname). The container is mounted with the
    // first transcript and unmounted when its last paragraph expires; after a silence a NEW
    // container node is mounted (§8.5 re-attach). Then the clinician switches captions off in the
    // Spanish toolbar: the container is removed at once, the patient speaks while captions are off
    // (not shown, not expected), and after captions are back on the next message mounts another new
    // container (§9 toggle checklist). The call must not count as ended while captions are gone.
    // Assumptions (research silent): Jitsi renders the container only while it holds paragraphs; a
    // final <p> is dropped ~2.5 s later; the CC toggle is `aria-pressed` on a button labelled
    // "Activar o desactivar subtítulos".
    name: 'jitsi-es: three speakers, container unmounts when empty and on captions off, re-mounts as a new node',
    url: 'https://meet.jit.si/UrgenciasTraumatologia',
    selfNames: [S3_SELF],
    body: jitsiBody({ self: S3_SELF, others: [S3_PAT, S3_DAU], container: 'none' }),
    async play(p) {
      const subs = new Subs(p, { keepMs: 2500, unmountWhenEmpty: true });
      await playScript(p, subs, s3Script);
    },
    leave: jitsiLeave,
    expected: expectedOf(S3_SELF, s3Script),
    forbidden: ['Abandonar la reunión', '(yo)', 'Activar o desactivar'],
  },
  {
    // Tests: the caption language changed mid-call (Spanish → English for the patient's son, then
    // back to Spanish), with the newer chat-panel subtitles list open at the same time (§6:
    // `#subtitles-messages-container` › `#subtitles-messages-list`, hashed classes, items
    // [name?][content][time]). Every word must come out once although each final is shown both on
    // stage and in the panel; panel timestamps ("16:02"…) and the Spanish dialog and tab labels are
    // not speech. Names with ñ as the first letter of a surname ("Chávez Ñuflo").
    // Assumptions (research silent): changing the caption language opens a dialog and re-mounts the
    // stage container (paragraphs cleared, next message in a new node; nothing is shown during the
    // switch); the panel gets an item when a message becomes final and omits the name for a run of
    // the same speaker (like chat); paragraphs on stage are dropped ~3 s after their final.
    name: 'jitsi-es: caption language switched es → en → es mid-call, subtitles panel list alongside the stage captions',
    url: 'https://meet.jit.si/ControlAsmaChavez#config.defaultLanguage=%22es%22',
    selfNames: [S4_SELF],
    body: jitsiBody({
      self: S4_SELF,
      others: [S4_PAT, S4_SON],
      container: 'none',
      subtitlesTab: true,
      chat: [{ from: S4_SON, text: 'Sorry, I joined from my phone.' }],
    }),
    async play(p) {
      const subs = new Subs(p, { keepMs: 3000, unmountWhenEmpty: true, panel: new SubtitlesPanel(p) });
      await playScript(p, subs, s4Script);
    },
    leave: jitsiLeave,
    expected: expectedOf(S4_SELF, s4Script),
    forbidden: ['Español (España)', 'Inglés (English)', 'Aceptar', '16:02', '16:05', 'joined from my phone'],
  },
];
