// Small, documented text heuristics over caption text (English plus a little Spanish).
// Captions are ASR output: no reliable punctuation or casing, disfluencies, apostrophes of either
// kind. These detectors are deliberately tiny and transparent so the panel can explain them.

const FILLERS = new Set(['so', 'and', 'okay', 'ok', 'um', 'uh', 'erm', 'well', 'now', 'alright', 'right', 'but', 'y', 'bueno', 'pues', 'entonces']);

/** Lower-cased word tokens; keeps apostrophes inside words (don't, I'm) and accented letters. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2019\u2018]/g, "'")
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);
}

export function wordCount(text: string): number {
  return tokens(text).length;
}

function firstContent(ws: string[]): string[] {
  let i = 0;
  while (i < ws.length - 1 && FILLERS.has(ws[i]!)) i++;
  return ws.slice(i);
}

function startsWith(ws: string[], phrase: string): boolean {
  const p = phrase.split(' ');
  return p.every((w, i) => ws[i] === w);
}

function containsPhrase(ws: string[], phrase: string, within = ws.length): number {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= Math.min(ws.length, within + p.length - 1); i++) {
    if (p.every((w, j) => ws[i + j] === w)) return i;
  }
  return -1;
}

// ---- questions by form ----

const WH = ['what', 'how', 'why', 'when', 'where', 'which', 'who', 'whom', 'whose', 'qué', 'cómo', 'cuál', 'cuáles', 'cuándo', 'dónde', 'quién', 'por qué'];
const AUX = ['would', 'could', 'can', 'will', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'should', 'shall', 'may', 'might', 'puede', 'podría', 'podemos', 'quiere', 'le parece', 'está'];

/** Phrased as a question: a question mark, or (ASR often drops it) a leading wh-word/auxiliary. */
export function isQuestion(text: string): boolean {
  if (/[?¿]/.test(text)) return true;
  const ws = firstContent(tokens(text));
  return [...WH, ...AUX].some((w) => startsWith(ws, w));
}

/**
 * An open elicitation ("What would you like to be different?", "Tell me what matters") asks the
 * patient to propose; a closed proposal ("Would you be willing to walk after dinner?",
 * "How about we book a follow-up?") is itself the proposal and waits for assent.
 */
export function isOpenElicitation(text: string): boolean {
  const ws = firstContent(tokens(text));
  if (startsWith(ws, 'how about') || startsWith(ws, 'what about') || startsWith(ws, 'qué tal')) return false;
  if (['tell me', "let's talk about", 'cuénteme', 'dígame'].some((p) => startsWith(ws, p))) return true;
  return WH.some((w) => startsWith(ws, w));
}

// ---- assent ----

export type Assent = 'assent' | 'dissent' | 'neutral';

// Phrases with "no"/"not" that still agree; removed before the dissent check.
const POSITIVE_WITH_NO = ["don't mind", "can't wait", 'no problem', 'no worries', 'why not', 'no doubt', 'not a problem', 'sin problema', 'cómo no'];
const DISSENT = ['no', 'nope', 'not sure', 'not really', "don't know", "dont know", "i can't", "i cannot", "won't", 'not yet', 'not', 'nah', 'no sé', 'no creo', 'tal vez no', 'no puedo'];
const ASSENT = [
  'yes', 'yeah', 'yep', 'yup', 'ok', 'okay', 'sure', 'definitely', 'absolutely', 'of course',
  'sounds good', 'sounds great', 'that works', 'works for me', 'i can do that', "i'll do that",
  "i'll try", "let's do it", "let's do that", 'deal', 'agreed', 'i agree', 'alright', 'all right',
  'good idea', 'perfect', 'mm-hmm', 'uh-huh', 'fine',
  'sí', 'si', 'vale', 'claro', 'de acuerdo', 'perfecto', 'está bien', 'me parece bien', 'por supuesto',
  'puedo hacerlo', 'lo intentaré', 'bueno',
];
/** Assent must come early: "okay" in word 12 is a filler, not an answer. */
const ASSENT_WITHIN_WORDS = 5;

/**
 * Patient assent detector. Dissent wins if any dissent phrase appears anywhere (after removing
 * "no problem"-style positives), so "yes, but I'm not sure" is dissent. Otherwise an assent phrase in
 * the first five words is assent ("Okay, I can do that", "sí, vale"). Everything else is neutral.
 */
export function classifyAssent(text: string): Assent {
  let ws = tokens(text);
  for (const p of POSITIVE_WITH_NO) {
    let i: number;
    while ((i = containsPhrase(ws, p)) >= 0) ws = [...ws.slice(0, i), 'okay', ...ws.slice(i + p.split(' ').length)];
  }
  const negated = ws.some((w) => w.endsWith("n't"));
  if (negated || DISSENT.some((p) => containsPhrase(ws, p) >= 0)) return 'dissent';
  if (ASSENT.some((p) => containsPhrase(ws, p, ASSENT_WITHIN_WORDS) >= 0)) return 'assent';
  return 'neutral';
}

// ---- patient proposals ----

const PROPOSAL_CUES = [
  'i want', "i'd like", 'i would like', "i'd love", 'i wanna', 'i need to', 'i hope', 'my goal',
  'i could', 'i can try', "i'll try", 'i will', "i'm going to", 'maybe i', 'i think i should',
  'quiero', 'me gustaría', 'mi meta', 'mi objetivo', 'podría', 'voy a', 'intentaré',
];

const ADVERBS = new Set(['just', 'really', 'actually', 'also', 'still', 'realmente', 'también']);

/** A patient utterance that puts forward a goal or a step of their own ("I'd like to sleep through"). */
export function hasProposalCue(text: string): boolean {
  // Adverbs that sit inside the cue ("I just want", "I'd really like") are dropped first.
  const ws = tokens(text).filter((w) => !ADVERBS.has(w));
  return PROPOSAL_CUES.some((p) => containsPhrase(ws, p) >= 0);
}

// ---- emotion words ----

/**
 * Strong-feeling lexicon. Entries are word sequences; a trailing `*` matches a stem (worr* ->
 * worried, worrying). A match preceded within two words by a negation ("not", "never", "no",
 * any "n't") is ignored, so "I'm not worried" is no cue, while "can't cope" is its own entry.
 */
export const EMOTION_LEXICON: readonly string[] = [
  'scared', 'afraid', 'frightened', 'terrified', 'worried', 'worrying', 'anxious', 'anxiety', 'nervous', 'panicking', 'panic',
  'exhausted', 'drained', 'worn out', 'frustrated', 'frustrating', 'overwhelmed', 'overwhelming',
  'hopeless', 'helpless', 'desperate', 'angry', 'furious', 'fed up', 'ashamed', 'embarrassed', 'guilty',
  'lonely', 'isolated', 'depressed', 'miserable', 'devastated', 'heartbroken', 'stressed',
  "can't cope", 'cannot cope', "can't take it", "can't do this anymore", 'at the end of my rope',
  'asustad*', 'miedo', 'preocupad*', 'agotad*', 'frustrad*', 'abrumad*', 'desesperad*', 'enojad*',
  'avergonzad*', 'ansios*', 'ansiedad', 'deprimid*', 'no puedo más',
];
const NEGATIONS = new Set(['not', 'never', 'no', 'nunca', 'ni']);

function matchAt(ws: string[], i: number, entry: string[]): boolean {
  return entry.every((e, j) => {
    const w = ws[i + j];
    if (w === undefined) return false;
    return e.endsWith('*') ? w.startsWith(e.slice(0, -1)) : w === e;
  });
}

/** The first non-negated emotion cue in the text and its word index, or null. */
export function findEmotion(text: string): { cue: string; index: number } | null {
  const ws = tokens(text);
  for (let i = 0; i < ws.length; i++) {
    for (const raw of EMOTION_LEXICON) {
      const entry = raw.split(' ');
      if (!matchAt(ws, i, entry)) continue;
      const before = ws.slice(Math.max(0, i - 2), i);
      const selfNegating = entry[0] === 'no' || entry.some((e) => e.endsWith("n't"));
      if (!selfNegating && before.some((w) => NEGATIONS.has(w) || w.endsWith("n't"))) continue;
      return { cue: ws.slice(i, i + entry.length).join(' '), index: i };
    }
  }
  return null;
}

// ---- reflection phrasing ----

const SWAP: Record<string, string> = {
  i: 'you', "i'm": "you're", im: "you're", "i've": "you've", "i'd": "you'd", "i'll": "you'll",
  me: 'you', my: 'your', mine: 'yours', myself: 'yourself', am: 'are',
};
const SPEECH_FILLERS = new Set(['um', 'uh', 'erm', 'uhm', 'hmm', 'mm']);
const MAX_REFLECT_WORDS = 14;

/**
 * The sentence holding the focus word (else the last one with 3+ words), as whitespace words plus
 * the token offset of its first word, so "Yes. I'm exhausted…" reflects "I'm exhausted…", not "Yes".
 */
function pickSentence(text: string, focusWord: number | undefined): { words: string[]; offset: number } {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((x) => x.trim());
  let offset = 0;
  let fallback = { words: text.split(/\s+/).filter(Boolean), offset: 0 };
  for (const sentence of sentences) {
    const n = tokens(sentence).length;
    const here = { words: sentence.split(/\s+/).filter(Boolean), offset };
    if (focusWord !== undefined && focusWord >= offset && focusWord < offset + n) return here;
    if (n >= 3) fallback = here;
    offset += n;
  }
  return fallback;
}

/**
 * Lightly turn the patient's words into a reflection clause: first person becomes second person
 * ("I'm exhausted and my son won't sleep" -> "you're exhausted and your son won't sleep"), fillers
 * drop, and it is cut to ~14 words around `focusWord` (the emotion cue) so the prompt stays short.
 */
export function reflectWords(text: string, focusWord?: number): string {
  const raw = pickSentence(text.replace(/[\u2019\u2018]/g, "'"), focusWord);
  focusWord = Math.max(0, (focusWord ?? 0) - raw.offset);
  const kept = raw.words.filter((w) => !SPEECH_FILLERS.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')));
  const start = Math.max(0, Math.min(focusWord - 4, kept.length - MAX_REFLECT_WORDS));
  const slice = kept.slice(start, start + MAX_REFLECT_WORDS);
  const out = slice.map((w, idx) => {
    const m = /^([^\p{L}']*)([\p{L}']+)([^\p{L}']*)$/u.exec(w);
    if (!m) return w;
    const lower = m[2]!.toLowerCase();
    // "I was" -> "you were": the only verb agreement worth the complexity.
    if (lower === 'was' && slice[idx - 1]?.toLowerCase() === 'i') return `${m[1]}were${m[3]}`;
    const swapped = SWAP[lower];
    return swapped ? `${m[1]}${swapped}${m[3]}` : w;
  });
  return out.join(' ').replace(/[.!?,;:]+$/, '').replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());
}
