// Word lists and phrase cues of the featurizer (text-analysis.ts): data, not logic. Changing any of
// them changes the model's input: bump FEATURIZER.version and retrain (test/model pins a fingerprint).

// ASR and spoken-language noise: fillers carry no act, so they are dropped (unless the whole
// utterance is a filler such as "mm-hmm", which is itself an acknowledgement -> `other`).
export const FILLERS = new Set(['um', 'uh', 'umm', 'uhm', 'erm', 'er', 'ah', 'eh', 'hmm', 'mm', 'uh-huh', 'mhm', 'em', 'ehm', 'mmm']);
// Discourse markers skipped when finding the word a sentence really starts with ("so, how is...").
// Spanish markers too: one model codes English and Spanish captions (see MODEL_CARD.md).
export const LEAD = new Set(['so', 'and', 'okay', 'ok', 'right', 'well', 'alright', 'now', 'but', 'oh', 'yeah', 'yes', 'great', 'good', 'sure', 'then', 'just', 'also', 'see', 'i', 'like',
  'entonces', 'bueno', 'pues', 'vale', 'o', 'sea', 'y', 'pero', 'mire', 'mira', 'ver', 'oiga', 'oye', 'claro', 'ya', 'okey', 'este']);
export const WH = new Set(['what', 'when', 'where', 'who', 'why', 'how', 'which', 'whats', "what's", "how's", "where's", "who's",
  'qué', 'cómo', 'cuándo', 'dónde', 'quién', 'cuál', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'por qué']);
export const AUX = new Set(['do', 'does', 'did', 'are', 'is', 'was', 'were', 'have', 'has', 'had', 'can', 'could', 'would', 'will', 'should', 'may', 'might', 'any', 'anything', "don't", "didn't", "doesn't", "aren't", "isn't", "haven't", "can't", "won't"]);

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
export const LEX_OF = new Map<string, string[]>();
for (const [cls, words] of Object.entries(LEX)) for (const w of words) LEX_OF.set(w, [...(LEX_OF.get(w) ?? []), cls]);
/** Adds the lexicon classes of `w` (most words have none: no empty array per word). */
export function addClasses(to: Set<string>, w: string): void {
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
export const PHRASE_GROUPS = Array.from({ length: Math.ceil(PHRASES.length / 6) }, (_, i) => {
  const phrases = PHRASES.slice(i * 6, i * 6 + 6);
  return { any: new RegExp(phrases.map(([, re]) => `(?:${re.source})`).join('|')), phrases };
});

// Function words ignored when measuring how much of the patient's wording the clinician repeats
// (reflections re-use the patient's content words; questions and advice mostly do not).
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'it', "it's", 'is', 'are', 'was', 'were', 'be', 'been', 'i', "i'm", 'you', "you're", 'me', 'my', 'your', 'we', 'that', 'this', 'there', 'what', 'do', 'does', 'did', 'have', 'has', 'had', 'not', "don't", 'just', 'like', 'okay', 'yeah', 'yes', 'no', 'really', 'very', 'know', 'get', 'got', 'can', 'will', 'would', 'if', 'about', 'they', 'he', 'she', 'them', 'all', 'some', 'any', 'then', 'when', 'how', 'um', 'uh', 'mm-hmm', 'right', 'well', '0']);
export const content = (ws: string[]): string[] => ws.filter((w) => w.length > 2 && !STOP.has(w));

// Stems pool inflections without a lemmatiser ("worried"/"worry"/"worrying" -> "worri"): cheap,
// language-agnostic and fast enough for the classify budget.
export const stem = (w: string): string => (w.length > 5 ? w.slice(0, 5) : w);
// The patient's first person is the clinician's second person: "i can't sleep" -> "you can't sleep".
export const SHIFT: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll", am: 'are', was: 'were',
  yo: 'usted', mi: 'su', mis: 'sus', conmigo: 'usted',
};
// Bigrams the I->you shift must not count: they say nothing about the patient's content.
export const SHIFT_SKIP_FIRST = new Set(['you', 'your', 'usted', 'su']);
export const SHIFT_SKIP_SECOND = new Set(['are', 'were', 'the', 'a']);
