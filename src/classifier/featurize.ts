// The featurizer shared by training (models/train) and the extension: caption text (+ the patient's
// previous utterance as context) -> a sparse bag of hashed features {ids, weights} that the ONNX
// model turns into a sum of embedding rows. Pure and deterministic: no DOM, no randomness.
//
// Hash: FNV-1a 32-bit over the UTF-16 code units of "<group>:<feature>" (offset basis 2166136261,
// prime 16777619, via Math.imul), bucket = hash & (BUCKETS - 1). Changing anything here changes
// the model's input: bump FEATURIZER.version and retrain (the manifest records these params).

export const FEATURIZER = {
  version: 5,
  hash: 'fnv1a32-utf16',
  buckets: 1 << 15,
  charNgrams: [3, 4] as const,
} as const;

export interface Features {
  /** Bucket indices, sorted ascending, unique (the ONNX input `ids`, int32 [n]). */
  ids: Int32Array;
  /** One weight per id (the ONNX input `weights`, float32 [1, n]). */
  weights: Float32Array;
}

/** FNV-1a 32-bit; `h` lets a caller continue from a prefix's state (fnv1a(b, fnv1a(a)) = fnv1a(a + b)). */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ASR and spoken-language noise: fillers carry no act, so they are dropped (unless the whole
// utterance is a filler such as "mm-hmm", which is itself an acknowledgement -> `other`).
const FILLERS = new Set(['um', 'uh', 'umm', 'uhm', 'erm', 'er', 'ah', 'eh', 'hmm', 'mm', 'uh-huh', 'mhm', 'em', 'ehm', 'mmm']);
// Discourse markers skipped when finding the word a sentence really starts with ("so, how is...").
// Spanish markers too: one model codes English and Spanish captions (see MODEL_CARD.md).
const LEAD = new Set(['so', 'and', 'okay', 'ok', 'right', 'well', 'alright', 'now', 'but', 'oh', 'yeah', 'yes', 'great', 'good', 'sure', 'then', 'just', 'also', 'see', 'i', 'like',
  'entonces', 'bueno', 'pues', 'vale', 'o', 'sea', 'y', 'pero', 'mire', 'mira', 'ver', 'oiga', 'oye', 'claro', 'ya', 'okey', 'este']);
const WH = new Set(['what', 'when', 'where', 'who', 'why', 'how', 'which', 'whats', "what's", "how's", "where's", "who's",
  'qué', 'cómo', 'cuándo', 'dónde', 'quién', 'cuál', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'por qué']);
const AUX = new Set(['do', 'does', 'did', 'are', 'is', 'was', 'were', 'have', 'has', 'had', 'can', 'could', 'would', 'will', 'should', 'may', 'might', 'any', 'anything', "don't", "didn't", "doesn't", "aren't", "isn't", "haven't", "can't", "won't"]);

// Small lexicons pool synonyms the corpus cannot all show (cues, not rules: the model weighs them).
const LEX: Record<string, readonly string[]> = {
  feel: ['feel', 'feels', 'feeling', 'felt', 'feelings', 'siente', 'sientes', 'siento', 'sentir', 'sintió', 'sentido', 'sentimiento'],
  emo: ['worried', 'worry', 'worrying', 'anxious', 'scared', 'afraid', 'frightened', 'frustrated', 'frustrating', 'overwhelmed', 'overwhelming', 'exhausted', 'exhausting', 'tired', 'stressed', 'stressful', 'upset', 'angry', 'sad', 'lonely', 'alone', 'hard', 'difficult', 'tough', 'struggling', 'struggle', 'discouraged', 'hopeless', 'nervous', 'embarrassed', 'guilty', 'ashamed', 'relieved', 'proud', 'fed', 'stuck', 'draining', 'burden', 'carrying', 'uncertain', 'unsure', 'torn', 'hurt', 'hurts',
    'preocupado', 'preocupada', 'preocupa', 'preocupación', 'ansioso', 'ansiosa', 'ansiedad', 'miedo', 'asustado', 'asustada', 'frustrado', 'frustrada', 'frustrante', 'agobiado', 'agobiada', 'agotado', 'agotada', 'agotador', 'cansado', 'cansada', 'estresado', 'estresada', 'triste', 'solo', 'sola', 'difícil', 'duro', 'dura', 'desanimado', 'desanimada', 'nervioso', 'nerviosa', 'avergonzado', 'avergonzada', 'vergüenza', 'culpa', 'culpable', 'aliviado', 'aliviada', 'orgulloso', 'orgullosa', 'harto', 'harta', 'atascado', 'carga', 'enojado', 'enojada', 'rabia'],
  pity: ['poor', 'awful', 'terrible', 'horrible', 'dreadful', 'bless', 'heartbreaking', 'tragic', 'shame', 'pity', 'devastating', 'gosh', 'goodness', 'dear', 'pobre', 'pobrecito', 'pobrecita', 'pobrecillo', 'horrible', 'terrible', 'pena', 'lástima', 'horror'],
  sorry: ['sorry', 'condolences', 'sympathy', 'lamento', 'siento', 'sentido', 'pésame'],
  modal: ['should', 'need', 'needs', 'must', 'have', 'important', 'recommend', 'advise', 'avoid', 'make', 'sure', 'try', 'debe', 'debería', 'tiene', 'tienes', 'hay', 'importante', 'recomiendo', 'evitar', 'necesita', 'necesitas'],
  plan: ['plan', 'schedule', 'book', 'booking', 'appointment', 'follow', 'followup', 'referral', 'refer', 'review', 'check', 'diary', 'log', 'track', 'send', 'arrange', 'prescribe', 'prescription', 'agree', 'agreed', 'deal', 'commit', 'willing', 'step', 'steps', 'cita', 'seguimiento', 'derivar', 'derivación', 'receta', 'revisar', 'revisamos', 'diario', 'apuntar', 'anotar', 'enviar', 'mando', 'acordamos', 'quedamos', 'dispuesto', 'dispuesta', 'compromiso', 'paso', 'pasos', 'plan'],
  time: ['week', 'weeks', 'month', 'months', 'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'daily', 'twice', 'day', 'days', 'morning', 'evening', 'next', 'semana', 'semanas', 'mes', 'meses', 'mañana', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'diario', 'próxima', 'próximo'],
  goal: ['goal', 'goals', 'want', 'wants', 'hope', 'hoping', 'hopes', 'matters', 'matter', 'important', 'aim', 'aiming', 'achieve', 'different', 'success', 'looking', 'like', 'wish', 'priority', 'outcome', 'quiere', 'quieres', 'gustaría', 'quisiera', 'objetivo', 'meta', 'metas', 'conseguir', 'lograr', 'importa', 'espera', 'esperas', 'diferente', 'prioridad'],
  praise: ['great', 'well', 'brilliant', 'excellent', 'wonderful', 'fantastic', 'nice', 'good', 'perfect', 'awesome', 'bien', 'excelente', 'genial', 'estupendo', 'fenomenal', 'felicidades', 'enhorabuena', 'logrado'],
  greet: ['hi', 'hello', 'hey', 'morning', 'afternoon', 'bye', 'goodbye', 'thanks', 'thank', 'welcome', 'care', 'hola', 'buenos', 'buenas', 'días', 'tardes', 'gracias', 'adiós', 'cuídese', 'cuídate', 'bienvenido', 'bienvenida'],
  call: ['hear', 'see', 'screen', 'camera', 'mute', 'muted', 'unmute', 'connection', 'audio', 'video', 'frozen', 'lag', 'chart', 'link', 'oye', 'escucha', 'pantalla', 'cámara', 'micrófono', 'silenciado', 'conexión', 'congelado', 'enlace'],
  med: ['mg', 'milligrams', 'dose', 'tablet', 'tablets', 'medication', 'medicine', 'pills', 'blood', 'pressure', 'test', 'results', 'levels', 'scan', 'xray', 'x-ray', 'dosis', 'pastilla', 'pastillas', 'medicamento', 'medicina', 'análisis', 'resultados', 'presión', 'sangre', 'niveles', 'radiografía'],
};
const LEX_OF = new Map<string, string[]>();
for (const [cls, words] of Object.entries(LEX)) for (const w of words) LEX_OF.set(w, [...(LEX_OF.get(w) ?? []), cls]);
/** Adds the lexicon classes of `w` (most words have none: no empty array per word). */
function addClasses(to: Set<string>, w: string): void {
  const classes = LEX_OF.get(w);
  if (classes) for (const c of classes) to.add(c);
}

// Multi-word cues matched on the normalised text (padded with spaces so they match whole words).
const PHRASES: Array<[string, RegExp]> = [
  ['sounds_like', / (it |that )?sounds? like /],
  ['you_re', / you('re| are| were|'ve| have been| seem| must| might be| feel| felt| sound) /],
  ['must_be', / (must|must've|must have) (be|been) /],
  ['i_sorry', / i('m| am) (so |really |very |truly )?sorry /],
  ['sorry_hear', / sorry (to hear|about|for|that) /],
  ['i_feel', / i (feel|felt) /],
  ['cant_imagine', / (can't|cannot|can not|couldn't) (even )?imagine /],
  ['hearing', / (what )?(i'm|i am) hearing /],
  ['you_want', / you('d| would)? (like|want|hope|wish) /],
  ['lets', / (let's|let us|we'll|we will|we can|we could|shall we) /],
  ['i_will', / (i'll|i will|i'm going to|i am going to|i can send|i'll send) /],
  ['you_will', / (you'll|you will|you're going to|you are going to|can you|could you try|would you be willing|are you willing) /],
  ['you_should', / you (should|need to|have to|must|ought to|want to make sure) /],
  ['if_you', / if you /],
  ['is_it_ok', / (is it|would it be) (ok|okay|alright|all right) (if|to) /],
  ['can_you_hear', / can you (hear|see) me /],
  ['how_are_you', / how (are|have) you (doing|been)? /],
  ['what_matters', / (what|why) (matters|is important|would you like|do you want|are you hoping|would be different) /],
  ['on_one_hand', / (one hand|other hand|part of you) /],
  ['you_said', / you (said|mentioned|told me|described|were saying) /],
  ['so_you', /^ (so|and so|okay so|ok so|so it's|it's) you /],
  ['for_you', / (for you|to you|in your life) /],
  ['you_think', / you (think|thought|believe|feel like|wonder|know that|recognize|realize|see that) /],
  // Summaries and recaps are reflections (MITI); eliciting what the visit is for is goal setting.
  ['summary', / (to summari[sz]e|summari[sz]ing|to recap|just to (sort of )?(confirm|check|make sure i'?ve got|go over)|from what you'?ve (told|said|described|mentioned)|based on (your story|what you'?ve)|let me see if i'?ve got|if i'?ve got (this|that|it) right|what i'?m hearing|so far you'?ve) /],
  ['goal_elicit', / (get out of|hoping (to|for|that|i could|we could)|you'?d hoped|you hoped|were hoping|want(ed)? to achieve|the goal|our goal|your goals?|the aim|aiming|so that you can|so you can get back|looking for from|what would (make|help) you|what brings you|how can i help) /],
  ['as_well', / as well \.? $/],
  // Spanish forms of the same cues.
  ['es_parece', / (parece que|suena (a|como)|me da la impresión|por lo que (me )?(dice|cuenta|cuentas|dices)|lo que (me )?(dice|dices|está diciendo|estás diciendo)) /],
  ['es_osea', /^ (o sea que|entonces|así que|osea que)( usted| tú)? /],
  ['es_usted_siente', / (se siente|te sientes|se sintió|te sentiste|está usted|estás|ha estado|has estado|le preocupa|te preocupa|le cuesta|te cuesta) /],
  ['es_debe_ser', / (debe|debió|tiene que) (de )?(ser|haber sido|estar) /],
  ['es_lo_siento', / (lo siento|lo lamento|cuánto lo siento|siento mucho) /],
  ['es_imagin', / no (me )?(puedo |logro )?imagin/],
  ['es_que_pena', / (qué|que) (pena|horror|lástima|mal|terrible) /],
  ['es_vamos', / (vamos a|quedamos en|le voy a|te voy a|voy a (mandar|pedir|enviar|derivar)|podemos|acordamos|nos vemos) /],
  ['es_dispuesto', / (estaría|estarías) (dispuest[oa]|de acuerdo) /],
  ['es_le_parece', / (le|te) parece /],
  ['es_debe', / (tiene que|tienes que|debe|debería|deberías|hay que|es importante que|le recomiendo|te recomiendo) /],
  ['es_quiere', / (qué|que) (le |te )?(gustaría|quiere|quieres|espera|esperas|importa) /],
  ['es_me_oye', / (me (oye|escucha|oyes|escuchas|ve|ves)|se (oye|escucha)) /],
  ['es_permiso', / (le|te) (parece|importa) (bien )?si (le|te) /],
];

// The phrases six at a time in one alternation: it matches somewhere exactly when one of its
// members does, and one scan of the line costs about what one member's scan costs, so a group with
// no match (most of them, on most lines) is skipped for the price of one test (PHRASES' tests were
// half of analyse's own time in the offscreen document's profile).
const PHRASE_GROUPS = Array.from({ length: Math.ceil(PHRASES.length / 6) }, (_, i) => {
  const phrases = PHRASES.slice(i * 6, i * 6 + 6);
  return { any: new RegExp(phrases.map(([, re]) => `(?:${re.source})`).join('|')), phrases };
});

// Function words ignored when measuring how much of the patient's wording the clinician repeats
// (reflections re-use the patient's content words; questions and advice mostly do not).
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'it', "it's", 'is', 'are', 'was', 'were', 'be', 'been', 'i', "i'm", 'you', "you're", 'me', 'my', 'your', 'we', 'that', 'this', 'there', 'what', 'do', 'does', 'did', 'have', 'has', 'had', 'not', "don't", 'just', 'like', 'okay', 'yeah', 'yes', 'no', 'really', 'very', 'know', 'get', 'got', 'can', 'will', 'would', 'if', 'about', 'they', 'he', 'she', 'them', 'all', 'some', 'any', 'then', 'when', 'how', 'um', 'uh', 'mm-hmm', 'right', 'well', '0']);
const content = (ws: string[]): string[] => ws.filter((w) => w.length > 2 && !STOP.has(w));

const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, unify quotes/dashes, split into tokens and sentence-ending marks. */
export function normalise(text: string): string {
  // Each pass below runs on every utterance and its context inside the classify budget: passes that
  // cannot change the string are skipped (ASCII is NFKC already and has no curly quotes or dashes).
  const lower = text.toLowerCase();
  const ascii = ASCII.test(lower);
  let s = ascii ? lower : lower.normalize('NFKC');
  if (!ascii) s = s.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, ' - ');
  else if (s.includes('`')) s = s.replace(/`/g, "'");
  if (s.includes('ok') || s.includes('o.k')) s = s.replace(/\b(o\.?k\.?)\b/g, 'okay');
  if (s.includes('mm')) s = s.replace(/\bmm+[- ]?hm+\b/g, 'mm-hmm');
  if (s.includes('uh')) s = s.replace(/\buh[- ]huh\b/g, 'uh-huh');
  s = s.replace(/\[[^\]]*\]|\([^)]*\)/g, ' '); // ASR annotations like [inaudible], (laughs)
  s = s.replace(/\d+([.,:]\d+)*/g, ' 0 '); // all numbers look alike: doses, dates, times
  // '¿' opens a Spanish question: a token of its own. Letters of any script survive (accents matter).
  s = s.replace(/[?!.;,¿¡]/g, ' $& ').replace(/[^\p{L}\p{N}'?!.;,¿\- ]+/gu, ' ');
  // Runs of whitespace become one space: a lone ' ' is left alone rather than replaced by itself.
  return s.replace(/\s\s+|[^\S ]/g, ' ').trim();
}

/** Word tokens with punctuation marks kept as '?', '.', ','; fillers and stutters removed. */
export function tokens(text: string): string[] {
  const raw = normalise(text).split(' ').filter((t) => t !== '' && t !== '-');
  const out: string[] = [];
  for (const t0 of raw) {
    const t = edgeMark(t0.charCodeAt(0)) || edgeMark(t0.charCodeAt(t0.length - 1)) ? t0.replace(/^'+|'+$/g, '').replace(/^-+|-+$/g, '') || t0 : t0;
    if (FILLERS.has(t)) continue;
    const prev = out[out.length - 1];
    if (t === prev && /^[a-z']+$/.test(t)) continue; // "your, your" / "it it" stutters
    if ((t === ',' || t === ';') && (prev === undefined || /^[,;.?!]$/.test(prev))) continue;
    out.push(t === '!' || t === ';' ? (t === '!' ? '.' : ',') : t);
  }
  // A false start "your, your walk": drop a word repeated right after a comma.
  const clean: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === ',' && out[i + 1] !== undefined && out[i + 1] === clean[clean.length - 1]) { i++; continue; }
    clean.push(out[i]!);
  }
  if (!clean.some(isWord) && raw.some((t) => FILLERS.has(t) || t === 'mm-hmm')) return ['mm-hmm'];
  return clean;
}

/** An apostrophe or hyphen, which tokens() strips from the ends of a token. */
const edgeMark = (c: number): boolean => c === 39 || c === 45;
const isWord = (t: string): boolean => t !== '?' && t !== '.' && t !== ',' && t !== '¿';
// Word classes as sets rather than a regex test per word (analyse counts them on every line).
const YOU_SUBJ = new Set(['you', "you're", "you've", "you'd"]);
const YOU_DECL = new Set(['you', "you're", "you've"]);
const YOU = new Set(['you', "you're", "you've", "you'll", "you'd", 'your']);
const I = new Set(['i', "i'm", "i've", "i'll", "i'd", 'my', 'me']);
const WE = new Set(['we', "we're", "we'll", "we've", 'us', "let's"]);
const count = (ws: string[], set: Set<string>): number => {
  let n = 0;
  for (const w of ws) if (set.has(w)) n++;
  return n;
};
const nYouSubj = (ws: string[]): boolean => ws.some((w, i) => YOU_SUBJ.has(w) && !['can', 'could', 'do', 'did', 'would', 'will', 'are', 'have', 'thank'].includes(ws[i - 1] ?? ''));

function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : n <= 15 ? '8-15' : n <= 31 ? '16-31' : '32+';
}

/** Sentences as word lists, split on . ? and the end; `q` says whether it ended in '?'. */
function sentences(toks: string[]): Array<{ words: string[]; q: boolean }> {
  const out: Array<{ words: string[]; q: boolean }> = [];
  let cur: string[] = [];
  let opened = false; // a Spanish '¿' makes the sentence a question even when ASR drops the '?'
  for (const t of toks) {
    if (t === '.' || t === '?') { if (cur.length) out.push({ words: cur, q: t === '?' || opened }); cur = []; opened = false; }
    else if (t === '¿') opened = true;
    else if (t !== ',') cur.push(t);
  }
  if (cur.length) out.push({ words: cur, q: opened });
  return out;
}

function firstContent(words: string[]): string | undefined {
  return words.find((w) => !LEAD.has(w)) ?? words[words.length - 1];
}

type Bag = Map<number, number>;
function addGroup(bag: Bag, group: string, feats: string[], scale: number): void {
  if (feats.length === 0) return;
  const w = scale / Math.sqrt(feats.length); // so long utterances do not drown the cue features
  const prefix = fnv1a(`${group}:`); // hashing continues from the group's state: same as hashing "<group>:<f>"
  for (const f of feats) {
    const id = fnv1a(f, prefix) & (FEATURIZER.buckets - 1);
    bag.set(id, (bag.get(id) ?? 0) + w);
  }
}

/** Named features (before hashing) of the utterance, by group; exported for tests and debugging. */
export function featureStrings(text: string, context = ''): Record<string, string[]> {
  const a = analyse(text, context);
  const bi: string[] = [];
  const seq = a.seq;
  for (let i = 0; i + 1 < seq.length; i++) bi.push(`${seq[i]} ${seq[i + 1]}`);
  const chars: string[] = [];
  for (const w of a.words) {
    const p = `<${w}>`;
    for (const n of FEATURIZER.charNgrams) for (let i = 0; i + n <= p.length; i++) chars.push(p.slice(i, i + n));
  }
  return { cue: a.cues, w: a.words.slice(), b: bi, c: chars, x: a.ctx, xw: a.cwords.slice() };
}

interface Analysis {
  cues: string[];
  words: string[];
  /** '<s>', the tokens without commas, '</s>': the bigram sequence. */
  seq: string[];
  ctx: string[];
  cwords: string[];
}

/** Everything but the n-gram expansion: the cue and context features and the word lists. */
function analyse(text: string, context: string): Analysis {
  const toks = tokens(text);
  const words = toks.filter(isWord);
  const padded = ` ${toks.join(' ')} `;
  const sents = sentences(toks);
  const last = sents[sents.length - 1];
  const cues: string[] = [`len:${lengthBucket(words.length)}`, `nsent:${Math.min(sents.length, 4)}`];
  if (toks.includes('?') || toks.includes('¿')) cues.push('has_q');
  if (toks[toks.length - 1] === '?') cues.push('ends_q');
  if (sents.length > 1 && sents.some((s) => !s.q) && last?.q) cues.push('statement_then_q');
  for (const [i, s] of sents.entries()) {
    const f = firstContent(s.words);
    if (!f) continue;
    const kind = WH.has(f) ? 'wh' : AUX.has(f) ? 'aux' : LEX_OF.has(f) ? `lex_${LEX_OF.get(f)![0]}` : 'w';
    const where = i === 0 ? 'first' : i === sents.length - 1 ? 'last' : 'mid';
    cues.push(`s_${where}:${kind}`, `s_${where}_word:${f}`);
  }
  if (words[0] === 'you' || words[0] === "you're") cues.push('starts_you');
  // A statement about "you" with no question mark and no advice modal: the shape of a reflection.
  if (nYouSubj(words) && !toks.includes('?') && !/ you (should|need|have to|must|'ll|will) /.test(padded)) cues.push('decl_you');
  if (words[0] === 'i' || words[0] === "i'm") cues.push('starts_i');
  // Several declarative "you ..." sentences: the shape of a summary of the patient's account.
  const youDecl = sents.filter((s) => !s.q && s.words.some((w) => YOU_DECL.has(w))).length;
  if (youDecl >= 2) cues.push('multi_you_decl');
  const nYou = count(words, YOU);
  const nI = count(words, I);
  const nWe = count(words, WE);
  cues.push(`you:${Math.min(nYou, 3)}`, `i:${Math.min(nI, 3)}`, `we:${Math.min(nWe, 2)}`);
  if (nYou > nI) cues.push('you_gt_i'); else if (nI > nYou) cues.push('i_gt_you');
  for (const g of PHRASE_GROUPS) if (g.any.test(padded)) for (const [name, re] of g.phrases) if (re.test(padded)) cues.push(`ph:${name}`);
  const lex = new Set<string>();
  for (const w of words) addClasses(lex, w);
  for (const c of lex) cues.push(`lex:${c}`);

  const seq = ['<s>', ...toks.filter((t) => t !== ','), '</s>'];

  const cx = contextAnalysis(context);
  const ctx = cx.ctx.slice();
  if (cx.cwords.length) ctx.push(...relation(words, toks, cx, lex, cues));
  return { cues, words, seq, ctx, cwords: cx.cwords };
}

/** What analyse needs from the patient's previous turn(s): it does not depend on the clinician's line. */
interface ContextAnalysis {
  cwords: string[];
  /** The context features that come before the relation features. */
  ctx: string[];
  emo: boolean;
  /** Stems of the patient's content words. */
  stems: Set<string>;
  /** The patient's bigrams after the I->you shift, as first word -> second words. */
  shifted: Map<string, Set<string>>;
}

// Consecutive clinician lines share the patient's previous turn as their context: the last one
// analysed is kept (read-only: callers copy before changing anything).
let lastContext: { text: string; a: ContextAnalysis } | null = null;

function contextAnalysis(context: string): ContextAnalysis {
  if (lastContext?.text === context) return lastContext.a;
  const ctoks = tokens(context);
  const cwords = ctoks.filter(isWord);
  const ctx: string[] = [`len:${cwords.length === 0 ? '0' : lengthBucket(cwords.length)}`];
  if (ctoks.includes('?') || ctoks.includes('¿')) ctx.push('has_q');
  const clex = new Set<string>();
  for (const w of cwords) addClasses(clex, w);
  for (const c of clex) ctx.push(`lex:${c}`);
  const cfirst = cwords[0];
  if (cfirst && (WH.has(cfirst) || AUX.has(cfirst))) ctx.push('starts_q');
  const shifted = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < cwords.length; i++) {
    const a = SHIFT[cwords[i]!] ?? cwords[i]!, b = SHIFT[cwords[i + 1]!] ?? cwords[i + 1]!;
    let next = shifted.get(a);
    if (!next) shifted.set(a, (next = new Set()));
    next.add(b);
  }
  const a: ContextAnalysis = { cwords, ctx, emo: clex.has('emo') || clex.has('feel'), stems: new Set(content(cwords).map(stem)), shifted };
  lastContext = { text: context, a };
  return a;
}

// ---- The clinician's turn as a relation to the patient's (a reflection restates or extends it).
// Stems pool inflections without a lemmatiser ("worried"/"worry"/"worrying" -> "worri"): cheap,
// language-agnostic and fast enough for the classify budget.
const stem = (w: string): string => (w.length > 5 ? w.slice(0, 5) : w);
// The patient's first person is the clinician's second person: "i can't sleep" -> "you can't sleep".
const SHIFT: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", am: 'are', was: 'were',
  yo: 'usted', mi: 'su', mis: 'sus', conmigo: 'usted',
};
// Bigrams the I->you shift must not count: they say nothing about the patient's content.
const SHIFT_SKIP_FIRST = new Set(['you', 'your', 'usted', 'su']);
const SHIFT_SKIP_SECOND = new Set(['are', 'were', 'the', 'a']);

/** Relation features between the clinician's words and the patient's previous turn(s). */
function relation(words: string[], toks: string[], cx: ContextAnalysis, lex: Set<string>, cues: string[]): string[] {
  const out: string[] = [];
  const mine = new Set(content(words).map(stem)), theirs = cx.stems;
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  const r = mine.size ? shared / mine.size : 0;
  const ov = shared === 0 ? '0' : r <= 0.2 ? 'low' : r <= 0.4 ? 'mid' : 'high';
  out.push(`overlap:${ov}`, `shared:${Math.min(shared, 3)}`);
  // Distinct bigrams of the clinician's words that the patient said (after the I->you shift). Words
  // hold no spaces, so a pair of words stands for the bigram string "a b" without building it.
  let sb = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!, b = words[i + 1]!;
    if (!cx.shifted.get(a)?.has(b) || (SHIFT_SKIP_FIRST.has(a) && SHIFT_SKIP_SECOND.has(b))) continue;
    let again = false;
    for (let j = 0; j < i && !again; j++) again = words[j] === a && words[j + 1] === b;
    if (!again) sb++;
  }
  out.push(`shift_bi:${Math.min(sb, 2)}`);
  // A short statement that picks up the patient's own content ("okay, so hay fever"): an echo.
  if (words.length <= 8 && !toks.includes('?') && shared > 0) out.push('short_echo');
  // Feeling words: carried over from the patient, named by the clinician only, or left unnamed.
  const emoMine = lex.has('emo') || lex.has('feel'), emoTheirs = cx.emo;
  out.push(`emo:${emoMine ? 'c' : '-'}${emoTheirs ? 'p' : '-'}`);
  // How the clinician's turn opens, crossed with how much of the patient's turn it carries.
  const asks = toks.includes('?') || toks.includes('¿');
  const open = cues.includes('ph:sounds_like') || cues.includes('ph:es_parece') ? 'sounds'
    : cues.includes('ph:so_you') || cues.includes('ph:es_osea') ? 'so_you'
      : cues.includes('decl_you') ? 'decl_you'
        : asks ? 'asks' : cues.includes('ph:you_should') || cues.includes('ph:es_debe') ? 'advise' : 'other';
  out.push(`open:${open}&ov:${ov}`, `open:${open}&emo:${emoTheirs ? 'p' : '-'}`, `open:${open}&sb:${Math.min(sb, 1)}`);
  return out;
}

// Per-group scale: cue and context summary features are binary and informative, so they enter at
// full weight; the n-gram groups are each length-normalised (1/sqrt(count)).
const GROUP_SCALE: Record<string, number> = { cue: 1, w: 1, b: 1, c: 1, x: 0.7, xw: 0.5 };

/**
 * The reference implementation: hashes the feature strings of featureStrings(). Kept for tests
 * (test/model/featurize-fast.test.ts proves featurize() bit-identical to it) and for debugging.
 */
export function featurizeReference(text: string, context?: string): Features {
  const groups = featureStrings(text, context ?? '');
  const bag: Bag = new Map();
  for (const [g, feats] of Object.entries(groups)) {
    if (g === 'cue' || g === 'x') for (const f of feats) addGroup(bag, g, [f], GROUP_SCALE[g]!);
    else addGroup(bag, g, feats, GROUP_SCALE[g]!);
  }
  const ids = Int32Array.from([...bag.keys()].sort((a, b) => a - b));
  const weights = Float32Array.from(ids, (id) => bag.get(id)!);
  return { ids, weights };
}

// ---- The fast path (what the extension and training run). Same features, same hashes, same
// float64 sums in the same order as featurizeReference, but the n-gram groups (words, bigrams,
// character n-grams: most of the features) are hashed straight from the words' character ranges
// without building a string per n-gram, and the bag is one reused float64 array indexed by bucket
// instead of a Map: a classify allocates little, so the offscreen document rarely stops for GC.
const MASK = FEATURIZER.buckets - 1;
const FNV_PRIME = 0x01000193;
const PREFIX: Record<string, number> = Object.fromEntries(['cue', 'w', 'b', 'c', 'x', 'xw'].map((g) => [g, fnv1a(`${g}:`)]));
const acc = new Float64Array(FEATURIZER.buckets);
// Which buckets are in the bag, one bit each: reading the set bits word by word gives the ids
// already sorted (sorting a typed array of the touched ids was most of featurize's own time in
// Chromium's profile of the offscreen document).
const seen = new Uint32Array(FEATURIZER.buckets >>> 5);
let nTouched = 0;

function add(h: number, w: number): void {
  const id = (h >>> 0) & MASK;
  if (acc[id] === 0) {
    // Every weight is > 0, so 0 means "not in the bag yet".
    seen[id >>> 5]! |= 1 << (id & 31);
    nTouched++;
  }
  acc[id] = acc[id]! + w;
}

/** The bag as sorted ids and float32 weights (when `out`), and cleared for the next call. */
function drain(out: Features | null): void {
  let k = 0;
  for (let i = 0; i < seen.length; i++) {
    let bits = seen[i]!;
    if (bits === 0) continue;
    seen[i] = 0;
    do {
      const low = bits & -bits;
      const id = (i << 5) | (31 - Math.clz32(low));
      if (out) {
        out.ids[k] = id;
        out.weights[k] = acc[id]!;
        k++;
      }
      acc[id] = 0;
      bits ^= low;
    } while (bits !== 0);
  }
  nTouched = 0;
}

/** fnv1a over `<word>` characters [from, from + n) where index 0 is '<' and word.length + 1 is '>'. */
function hashPadded(word: string, from: number, n: number, h: number): number {
  const last = word.length + 1;
  for (let j = from; j < from + n; j++) {
    const c = j === 0 ? 60 : j === last ? 62 : word.charCodeAt(j - 1);
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

function hashOn(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** featurize()'s result as fresh arrays the caller may keep. */
export function featurize(text: string, context?: string): Features {
  const f = featurizeShared(text, context);
  return { ids: f.ids.slice(), weights: f.weights.slice() };
}

// The classifier's buffers: one pair of arrays, grown when a line needs more, so a classification
// allocates no new ArrayBuffer (in the offscreen document's profile allocating the two result
// arrays was about half of featurize's own time).
let idsBuf = new Int32Array(1024);
let weightsBuf = new Float32Array(1024);

/**
 * featurize() as views into buffers that the next call overwrites: for the classifier session,
 * which hands them to onnxruntime (it copies them into the wasm heap) before it featurizes again.
 */
export function featurizeShared(text: string, context?: string): Features {
  const a = analyse(text, context ?? '');
  try {
    // Groups in the order of featureStrings' keys: cue, w, b, c, x, xw (the sums' order matters).
    for (const f of a.cues) add(hashOn(f, PREFIX.cue!), GROUP_SCALE.cue!);
    const words = a.words;
    if (words.length > 0) {
      const w = GROUP_SCALE.w! / Math.sqrt(words.length);
      for (const word of words) add(hashOn(word, PREFIX.w!), w);
    }
    const seq = a.seq;
    if (seq.length > 1) {
      const w = GROUP_SCALE.b! / Math.sqrt(seq.length - 1);
      for (let i = 0; i + 1 < seq.length; i++) add(hashOn(seq[i + 1]!, Math.imul(hashOn(seq[i]!, PREFIX.b!) ^ 32, FNV_PRIME)), w);
    }
    let nc = 0;
    for (const word of words) for (const n of FEATURIZER.charNgrams) nc += Math.max(0, word.length + 2 - n + 1);
    if (nc > 0) {
      const w = GROUP_SCALE.c! / Math.sqrt(nc);
      for (const word of words) {
        const len = word.length + 2;
        for (const n of FEATURIZER.charNgrams) for (let i = 0; i + n <= len; i++) add(hashPadded(word, i, n, PREFIX.c!), w);
      }
    }
    for (const f of a.ctx) add(hashOn(f, PREFIX.x!), GROUP_SCALE.x!);
    const cw = a.cwords;
    if (cw.length > 0) {
      const w = GROUP_SCALE.xw! / Math.sqrt(cw.length);
      for (const word of cw) add(hashOn(word, PREFIX.xw!), w);
    }
    if (nTouched > idsBuf.length) {
      const size = 2 ** Math.ceil(Math.log2(nTouched));
      idsBuf = new Int32Array(size);
      weightsBuf = new Float32Array(size);
    }
    const out: Features = { ids: idsBuf.subarray(0, nTouched), weights: weightsBuf.subarray(0, nTouched) };
    drain(out);
    return out;
  } finally {
    if (nTouched !== 0) drain(null); // only after a throw: leave the bag empty
  }
}
