// Patient emotion cues ("I'm so worried about the surgery", "it's been really hard", "no aguanto
// más"), grouped into a feeling family so the suggested reflection names the feeling in other words
// than the patient's. Part of the patient-side cues (cues.ts).
import { findEmotion, tokens } from './text';

export type Feeling = 'fear' | 'tired' | 'frustrated' | 'overwhelmed' | 'sad' | 'shame';

export interface EmotionCue {
  cue: string;
  index: number;
  feeling: Feeling;
}

/** Stems (prefix match) per feeling family; the first family whose stem starts the cue wins. */
const FAMILIES: ReadonlyArray<[Feeling, readonly string[]]> = [
  ['overwhelmed', ['overwhelm', "can't", 'cannot', 'at the end', 'hopeless', 'helpless', 'desperate', 'stressed', 'abrumad', 'desesperad', 'no puedo', 'panic']],
  ['fear', ['scared', 'afraid', 'frightened', 'terrified', 'worr', 'anxi', 'nervous', 'asustad', 'miedo', 'preocupad', 'ansi']],
  ['tired', ['exhausted', 'drained', 'worn out', 'agotad', 'cansad']],
  ['frustrated', ['frustrat', 'fed up', 'angry', 'furious', 'enojad']],
  ['shame', ['ashamed', 'embarrassed', 'guilty', 'avergonzad', 'culpable']],
  ['sad', ['lonely', 'isolated', 'depressed', 'miserable', 'devastated', 'heartbroken', 'deprimid', 'sad', 'triste']],
];

/** The shared lexicon's feeling family: the first family whose stem starts the cue. */
export function feelingOf(cue: string): Feeling {
  const c = cue.toLowerCase();
  for (const [family, stems] of FAMILIES) if (stems.some((s) => c.startsWith(s))) return family;
  return 'overwhelmed';
}

// ---- emotion beyond the shared lexicon ----
//
// The shared lexicon (text.ts, also read by the tally) holds the unmistakable feeling words. People
// mostly say feelings in other ways, and captions spell them as heard ("im so stressed", "cant
// cope", "no se que hacer"), so the patient side adds, clause by clause:
//   - more feeling words for worry / fear, frustration, overwhelm, sadness and loneliness, shame,
//     and verb forms ("it scares me", "I worry", "it gets me down", "I miss my wife");
//   - weak words only after a feeling frame: "I feel / I've been feeling" + down, low, lost, stuck,
//     alone, useless, like a failure; "I'm / I've been / I get" + a mess, on edge, tired, emotional;
//   - difficulty said of life, not of a thing: "it's been (so) hard / rough / a struggle / a lot",
//     "things are tough", "it's really hard" (not "hard to say", "hard to breathe", "a hard lump");
//   - coping phrases: "I can't cope / handle it / take it anymore / deal with", "I don't know what
//     to do", "I'm struggling", "falling apart", "at my wits' end", "having a hard time";
//   - the Spanish equivalents ("me siento sola", "ha sido muy difícil", "no aguanto", "me preocupa").
// A feeling negated in its own clause ("I'm not worried", "it hasn't been hard", "no estoy
// preocupada") is not a cue; a negation in an earlier clause ("No, I'm worried") does not reach it.
// Medical senses stay out ("upset stomach", "stress test", "feeling low" is a feeling but "my sugar
// was low" is not, "it's hard to swallow", "I miss my doses", "heart failure"): a false prompt
// mid-call costs the clinician's attention, so weak words need their frame.

/** Lower-cased tokens without accents, with the spoken / ASR spellings folded ("im", "cant", "can not"). */
function normTokens(text: string): string[] {
  const ws = tokens(text.normalize('NFD').replace(/\p{M}/gu, ''));
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w === 'can' && ws[i + 1] === 'not') {
      out.push("can't");
      i++;
    } else out.push(ASR[w] ?? w);
  }
  return out;
}
const ASR: Record<string, string> = {
  im: "i'm", ive: "i've", cant: "can't", cannot: "can't", dont: "don't", didnt: "didn't", doesnt: "doesn't", isnt: "isn't",
  wasnt: "wasn't", havent: "haven't", hasnt: "hasn't", arent: "aren't", werent: "weren't", couldnt: "couldn't", wont: "won't",
  thats: "that's", whats: "what's", its: "it's", everythings: "everything's", lifes: "life's",
};

/** Clauses: a negation or a frame never reaches across punctuation. */
function clauses(text: string): string[][] {
  return text.split(/[.,;:!?¿¡…()"“”\n]+/).map(normTokens).filter((c) => c.length > 0);
}

/** Words that may sit between a frame and the feeling ("I've been so, so tired of it", "muy sola"). */
const SOFTEN = new Set([
  'so', 'really', 'very', 'pretty', 'quite', 'super', 'extremely', 'incredibly', 'just', 'kind', 'kinda', 'sort', 'sorta', 'of',
  'a', 'bit', 'little', 'too', 'totally', 'completely', 'absolutely', 'terribly', 'awfully', 'real', 'rather', 'more', 'all',
  'always', 'honestly', 'actually', 'like', 'um', 'uh', 'getting', 'becoming', 'feeling', 'been', 'such', 'constantly', 'still',
  'muy', 'tan', 'bastante', 'un', 'poco', 'demasiado', 'realmente', 'algo', 'como', 'medio', 'mucho', 'todavia', 'siempre',
]);
const FEEL_FRAMES = ['feel', 'feeling', 'felt', 'me siento', 'me senti', 'me sentia', 'me he sentido', 'sentirme', 'me hace sentir', 'me hacen sentir'].map((f) => f.split(' '));
const SELF_FRAMES = [
  ...FEEL_FRAMES,
  ...["i'm", 'i am', 'i was', "i've been", 'i have been', 'i been', 'i get', 'i got', 'i keep getting', 'makes me', 'made me', 'making me', 'leaves me', 'left me',
    'estoy', 'estaba', 'he estado', 'ando', 'me pongo', 'me pone', 'me tiene', 'me deja', 'soy'].map((f) => f.split(' ')),
];
/** A new subject starts a new statement: a negation before it does not reach the feeling. */
const SUBJECT_START = new Set(['i', "i'm", "i've", "i'd", "i'll", "it's", 'it', "that's", 'things', 'life', 'we', 'he', 'she', 'they', 'you', 'yo']);
const CONJ = new Set(['but', 'and', 'though', 'although', 'because', 'cause', 'cuz', 'pero', 'y', 'aunque', 'porque']);
const NEG_WORDS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nunca', 'ni', 'nada', 'tampoco', 'sin']);
const isNeg = (w: string): boolean => NEG_WORDS.has(w) || w.endsWith("n't");
/** Speaker as subject or object just before ("I cry", "makes me cry"), not "the baby cries". */
const SPEAKER = new Set(['i', "i'm", "i've", "i'd", 'me', 'myself', 'been', 'yo']);

type Rule = {
  /** Token pattern: words, `stem*` prefixes, `a|b` alternatives, `?` any one word. */
  p: string[][];
  f: Feeling;
  /** Needs a frame before it: 'feel' (I feel, feeling, me siento) or 'self' (those, or I'm, I've been, I get, makes me, estoy). */
  frame?: 'feel' | 'self';
  /** The pattern carries its own negation ("can't cope"): no negation check. */
  neg?: true;
  /** The word after the match (null = end of clause) must pass this. */
  next?: (w: string | null, after: string | null) => boolean;
  /** The word just before the match must not be one of these. */
  notAfter?: readonly string[];
  /** Needs the speaker in the 4 words before (SPEAKER). */
  speaker?: true;
  /** Needs an intensifier between frame and word ("I've been so down"). */
  intense?: true;
};
const INTENSE = new Set(['so', 'really', 'very', 'pretty', 'super', 'incredibly', 'extremely', 'too', 'totally', 'completely', 'muy', 'tan', 'bastante']);

const endOr = (...ws: string[]) => (w: string | null): boolean => w === null || ws.includes(w);
const oneOf = (...ws: string[]) => (w: string | null): boolean => w !== null && ws.includes(w);
const notOneOf = (...ws: string[]) => (w: string | null): boolean => w === null || !ws.includes(w);
/** Verbs after "hard to / struggling to" that describe the body or a fact, not a feeling. */
const NOT_FEELING_VERBS = new Set([
  'say', 'tell', 'know', 'remember', 'explain', 'describe', 'believe', 'hear', 'see', 'read', 'find', 'understand', 'follow', 'imagine', 'reach',
  'answer', 'judge', 'predict', 'measure', 'notice', 'compare', 'swallow', 'breathe', 'breath', 'walk', 'sleep', 'stand', 'move', 'eat', 'chew', 'pee', 'bend', 'lift', 'climb', 'get', 'open', 'grip', 'type', 'focus', 'talk', 'speak', 'pay', 'afford',
  'saber', 'decir', 'explicar', 'entender', 'recordar', 'respirar', 'tragar', 'caminar', 'dormir', 'comer', 'ver', 'oir', 'encontrar', 'conseguir', 'creer', 'pagar',
]);
const notBodyVerb = (w: string | null, after: string | null): boolean => !((w === 'to' || w === 'de') && after !== null && NOT_FEELING_VERBS.has(after));

const rule = (pattern: string, f: Feeling, more: Omit<Rule, 'p' | 'f'> = {}): Rule => ({
  p: pattern.normalize('NFD').replace(/\p{M}/gu, '').split(' ').map((alt) => alt.split('|')),
  f,
  ...more,
});

const RULES: readonly Rule[] = [
  // fear / worry
  rule('scared|scary|scares|scaring|frightened|frightening|frightens|terrified|terrifying|terrifies|petrified|uneasy|apprehensive', 'fear'),
  rule('worry|worries|worrisome|worrying|worried', 'fear', { notAfter: ['no'] }),
  rule('anxious|anxiety|nervous|nerve-wracking|nerve-racking|panic*|dread|dreading|dreaded', 'fear'),
  rule('freaking|freaked|freaks out|me', 'fear'),
  rule('on edge', 'fear', { frame: 'self' }),
  rule("can't stop worrying|thinking|panicking", 'fear', { neg: true }),
  rule('asustad*|miedo|preocupad*|preocupa|preocupan|preocupacion|angusti*|ansios*|ansiedad|nerviosa|nervioso|aterrad*|aterra|panico|temo', 'fear'),
  // frustration (before tiredness: "tired of it" is being fed up)
  rule('frustrat*|annoyed|annoying|infuriating|infuriated|furious|angry|anger|resentful|irritable|exasperated|pissed|disappointed|disappointing', 'frustrated'),
  rule('fed up', 'frustrated'),
  rule('sick|tired of', 'frustrated', { speaker: true }),
  rule('sick and tired', 'frustrated'),
  rule('mad|irritated|cross', 'frustrated', { frame: 'self' }),
  rule('i hate', 'frustrated', { next: notOneOf('to', 'asking', 'bothering', 'myself') }),
  rule('drives|driving|drove me crazy|nuts|mad|insane', 'frustrated'),
  rule('gets|getting on my nerves', 'frustrated'),
  rule("can't stand it|this|that", 'frustrated', { neg: true }),
  rule('frustrad*|frustra|enojad*|enfadad*|enfada|harto|harta|hartos|hartas|rabia', 'frustrated'),
  // tiredness
  rule('exhausted|exhausting|drained|draining|burnout|burnt-out|burned-out', 'tired'),
  rule('worn out|down', 'tired'),
  rule('wiped out', 'tired'),
  rule('burnt|burned|burning out', 'tired'),
  rule('tired', 'tired', { frame: 'self', next: endOr('all', 'and', 'lately', 'now', 'anymore', 'constantly') }),
  rule('agotad*|agotador*', 'tired'),
  rule('cansad*', 'tired', { frame: 'self' }),
  // overwhelm, not coping
  rule('overwhelm*|stressed|stressful|swamped|hopeless|helpless|desperate', 'overwhelmed'),
  rule('stress', 'overwhelmed', { next: notOneOf('test', 'tests', 'testing', 'fracture', 'fractures', 'incontinence', 'echo', 'ulcer', 'ball') }),
  rule('stresses|stressing me', 'overwhelmed'),
  rule('struggling|struggle|struggled|struggles', 'overwhelmed', { next: notBodyVerb }),
  rule('hard|tough|rough|difficult time|times|patch|year|week|month|days', 'overwhelmed', {
    next: notOneOf('hearing', 'remembering', 'swallowing', 'breathing', 'walking', 'sleeping', 'seeing', 'reading', 'getting', 'finding', 'understanding', 'following', 'standing', 'eating'),
  }),
  rule("can't cope|deal|face", 'overwhelmed', { neg: true }),
  rule("can't handle", 'overwhelmed', { neg: true, next: notOneOf('spicy', 'dairy', 'heat', 'cold', 'lactose', 'gluten', 'caffeine', 'alcohol', 'stairs') }),
  rule("can't bear", 'overwhelmed', { neg: true, next: notOneOf('weight') }),
  rule("can't take|do it|this|that|any|much anymore|more|longer", 'overwhelmed', { neg: true }),
  rule("can't take|do it|this|that", 'overwhelmed', { neg: true, next: endOr('anymore') }),
  rule("can't keep up|going", 'overwhelmed', { neg: true }),
  rule("can't go on", 'overwhelmed', { neg: true }),
  rule("don't know what to do", 'overwhelmed', { neg: true, next: endOr('anymore', 'now', 'with') }),
  rule("don't know how to cope|handle|deal", 'overwhelmed', { neg: true }),
  rule('not coping|managing', 'overwhelmed', { neg: true, frame: 'self' }),
  rule('falling|fell apart', 'overwhelmed'),
  rule('breaking|broke down', 'overwhelmed', { speaker: true }),
  rule('losing my mind', 'overwhelmed'),
  rule('going crazy', 'overwhelmed', { speaker: true }),
  rule('end of my rope|tether', 'overwhelmed'),
  rule('wits end', 'overwhelmed'),
  rule('at a loss', 'overwhelmed', { frame: 'self' }),
  rule('barely coping|holding|hanging|managing|surviving', 'overwhelmed'),
  rule('by a thread', 'overwhelmed'),
  rule('drowning', 'overwhelmed', { speaker: true }),
  rule('out of my depth', 'overwhelmed'),
  rule('mess|wreck', 'overwhelmed', { frame: 'self' }),
  rule('giving up', 'overwhelmed', { frame: 'feel' }),
  rule('i give up', 'overwhelmed', { next: endOr('on', 'sometimes', 'honestly') }),
  rule("what's the point", 'overwhelmed'),
  rule('abrumad*|agobiad*|agobia|agobio|estresad*|estres|desesperad*|desesperacion', 'overwhelmed'),
  rule('no aguanto', 'overwhelmed', { neg: true }),
  rule('no puedo con|mas', 'overwhelmed', { neg: true }),
  rule('no se que hacer', 'overwhelmed', { neg: true, next: endOr('ya') }),
  rule('pasando|pasandola|pase|pasado mal', 'overwhelmed'),
  // sadness, loneliness
  rule('sad|sadness|unhappy|depressed|depressing|depression|miserable|lonely|loneliness|isolated|heartbroken|heartbreaking|devastated|gutted|grief|grieving|mourning|discouraged|disheartened|demoralised|demoralized|defeated', 'sad'),
  rule('upset|upsets|upsetting', 'sad', { next: notOneOf('stomach', 'tummy'), notAfter: ['stomach', 'tummy'] }),
  rule('down|low|blue|lost|stuck|trapped|alone|empty|useless|worthless|invisible', 'sad', { frame: 'feel', speaker: true }),
  rule('down|lost|stuck|trapped|alone|empty|useless|worthless', 'sad', { frame: 'self', intense: true, speaker: true, next: notOneOf('for', 'to') }),
  rule('down in the dumps', 'sad'),
  rule('gets|getting|got|brings|bringing me down', 'sad'),
  rule('emotional|teary|tearful|weepy', 'sad', { frame: 'self' }),
  rule('so|all|very|completely|totally alone', 'sad'),
  rule('cry|cries|cried|crying', 'sad', { speaker: true }),
  rule('in|into|to tears', 'sad'),
  rule('hurt|hurts my feelings', 'sad'),
  rule('breaks|broke my heart', 'sad'),
  rule('i miss him|her|them|being|having|doing|going|seeing|playing|working|walking|how|the|my|our', 'sad', {
    next: notOneOf('dose', 'doses', 'pill', 'pills', 'meds', 'medication', 'medications', 'medicine', 'insulin', 'appointment', 'appointments', 'injection', 'injections', 'shot', 'shots', 'tablets', 'bus', 'train', 'point'),
  }),
  rule('not myself', 'sad', { neg: true, frame: 'self' }),
  rule('triste|tristeza|deprimid*|depresion|desanimad*|decaid*|desconsolad*|llor*', 'sad'),
  rule('solo|sola|vacio|vacia|perdido|perdida|atrapado|atrapada|inutil', 'sad', { frame: 'feel', speaker: true }),
  rule('muy solo|sola', 'sad'),
  rule('echo de menos', 'sad'),
  rule('extrano mucho', 'sad'),
  rule('extrano a mi|mis', 'sad'),
  rule('sin ganas', 'sad'),
  // shame, guilt
  rule('ashamed|embarrassed|embarrassing|humiliated|humiliating|guilty|guilt', 'shame'),
  rule('shame', 'shame', { notAfter: ['a', 'the'] }),
  rule('failure|burden', 'shame', { frame: 'self' }),
  rule('being a burden', 'shame'),
  rule('stupid|foolish|pathetic', 'shame', { frame: 'feel', speaker: true }),
  rule('bad|terrible|awful|horrible|rotten', 'shame', { frame: 'feel', speaker: true, next: oneOf('about', 'that', 'for', 'because', 'when') }),
  rule('let myself|everyone|everybody|you|them|him|her|people down', 'shame'),
  rule('let my ? down', 'shame'),
  rule('beat|beating myself up', 'shame'),
  rule('hate myself', 'shame'),
  rule('avergonzad*|verguenza|culpable', 'shame'),
  rule('mi culpa', 'shame'),
  rule('un fracaso', 'shame', { frame: 'self' }),
  rule('una carga', 'shame', { frame: 'self' }),
];

// Difficulty said of life or of "it": "it's been so hard", "things are tough", "it's a lot",
// "ha sido muy difícil". Not attributive ("a hard decision", "a hard lump"), not of a body part.
const DIFFICULT: Record<string, Feeling> = {
  hard: 'overwhelmed', tough: 'overwhelmed', rough: 'overwhelmed', difficult: 'overwhelmed', awful: 'overwhelmed', terrible: 'overwhelmed',
  horrible: 'overwhelmed', brutal: 'overwhelmed', hell: 'overwhelmed', nightmare: 'overwhelmed', battle: 'overwhelmed', unbearable: 'overwhelmed',
  lot: 'overwhelmed', much: 'overwhelmed',
  dificil: 'overwhelmed', duro: 'overwhelmed', dura: 'overwhelmed', pesadilla: 'overwhelmed', infierno: 'overwhelmed', demasiado: 'overwhelmed',
};
/** Only as a noun phrase ("it's been a nightmare", "it's a lot"); the others only as predicates. */
const NOUNISH = new Set(['nightmare', 'battle', 'lot', 'hell', 'pesadilla', 'infierno']);
const COPULA_CONTRACTED = new Set(["it's", "that's", "everything's", "life's"]);
const COPULA = new Set(['is', 'was', 'been', 'are', 'were', 'be']);
const COPULA_ES = new Set(['sido', 'siendo', 'fue', 'estado', 'es', 'esta']);
const SUBJECTS = new Set(['it', 'this', 'that', 'things', 'life', 'everything', 'days', 'weeks', 'months', 'years', 'year', 'week', 'month', 'time', 'times', 'lately', 'recently', 'nights', 'evenings', 'mornings', 'all', 'stuff', 'work', 'home']);

function difficulty(ws: string[], i: number): boolean {
  const w = ws[i]!;
  if (!(w in DIFFICULT)) return false;
  const next = ws[i + 1] ?? null;
  const after = ws[i + 2] ?? null;
  // "too much" / "a lot": only as the whole predicate ("it's a lot", "it's too much for me").
  if (w === 'much' && ws[i - 1] !== 'too') return false;
  if ((w === 'lot' || w === 'much') && !(next === null || next === 'to' || next === 'for' || next === 'right' || next === 'lately' || next === 'going' || next === 'on' || next === 'para')) return false;
  if (w === 'lot' && ws[i - 1] !== 'a') return false;
  if (w === 'demasiado' && !(next === null || next === 'para')) return false;
  if (!notBodyVerb(next, after) || next === 'as') return false;
  let j = i - 1;
  let article = false;
  while (j >= 0 && SOFTEN.has(ws[j]!) && !COPULA.has(ws[j]!)) {
    if (ws[j] === 'a' || ws[j] === 'un' || ws[j] === 'una') article = true;
    j--;
  }
  // "a hard few months", "a hard decision": attributive, about a thing or a span, not a feeling said.
  if (article && !NOUNISH.has(w) && next !== null) return false;
  if (j < 0) return false;
  const c = ws[j]!;
  if (COPULA_CONTRACTED.has(c)) return true;
  if (COPULA_ES.has(c)) return c !== 'es' && c !== 'esta' ? true : ws.slice(j + 1, i).some((x) => x === 'muy' || x === 'tan' || x === 'bastante' || x === 'demasiado');
  if (!COPULA.has(c)) return false;
  // "It has been hard", "things have been rough", "the last few months have been tough".
  for (let k = j - 1; k >= Math.max(0, j - 4); k--) if (SUBJECTS.has(ws[k]!) || COPULA_CONTRACTED.has(ws[k]!)) return true;
  return false;
}

function matchWord(pat: string[], w: string | undefined): boolean {
  if (w === undefined) return false;
  return pat.some((alt) => alt === '?' || (alt.endsWith('*') ? w.startsWith(alt.slice(0, -1)) : w === alt));
}

/** Tokens of the pattern matched from `i`, SOFTEN words allowed inside a multi-word pattern; -1 if none. */
function matchRule(ws: string[], i: number, p: string[][]): number {
  if (!matchWord(p[0]!, ws[i])) return -1;
  let k = i + 1;
  for (let n = 1; n < p.length; n++) {
    while (k < ws.length && !matchWord(p[n]!, ws[k]) && SOFTEN.has(ws[k]!) && k - i < p.length + 2) k++;
    if (!matchWord(p[n]!, ws[k])) return -1;
    k++;
  }
  return k;
}

/** Index of the last word of a frame before `start` (only SOFTEN words between), or -1. */
function frameEnd(ws: string[], start: number, frames: string[][]): number {
  for (let j = start - 1; j >= 0; j--) {
    if (frames.some((f) => f.every((x, n) => ws[j - f.length + 1 + n] === x))) return j;
    if (!SOFTEN.has(ws[j]!)) return -1;
  }
  return -1;
}

/** A negator in the same statement before the feeling ("I'm not really worried"); "never been so" is not one. */
function negated(ws: string[], start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 5); j--) {
    const w = ws[j]!;
    if (CONJ.has(w)) return false;
    if (isNeg(w)) return !(w === 'never' && (ws[j + 1] === 'been' || ws[j + 1] === 'felt') && (ws[j + 2] === 'so' || ws[j + 2] === 'more' || ws[j + 2] === 'this'));
    if (SUBJECT_START.has(w)) return false;
  }
  return false;
}

/** Rules by their first word (exact words in a map, stems in a short list), in table order. */
const BY_FIRST = new Map<string, number[]>();
const STEMS: Array<[string, number]> = [];
RULES.forEach((r, n) => {
  for (const alt of r.p[0]!) {
    if (alt.endsWith('*')) STEMS.push([alt.slice(0, -1), n]);
    else BY_FIRST.set(alt, [...(BY_FIRST.get(alt) ?? []), n]);
  }
});

function rulesFor(w: string): Rule[] {
  const ns = [...(BY_FIRST.get(w) ?? [])];
  for (const [stem, n] of STEMS) if (w.startsWith(stem)) ns.push(n);
  return ns.length > 1 ? [...new Set(ns)].sort((a, b) => a - b).map((n) => RULES[n]!) : ns.map((n) => RULES[n]!);
}

function findFeeling(text: string): EmotionCue | null {
  let offset = 0;
  for (const ws of clauses(text)) {
    for (let i = 0; i < ws.length; i++) {
      if (difficulty(ws, i) && !negated(ws, i)) return { cue: ws[i]!, index: offset + i, feeling: DIFFICULT[ws[i]!]! };
      for (const r of rulesFor(ws[i]!)) {
        const end = matchRule(ws, i, r.p);
        if (end < 0) continue;
        if (r.next && !r.next(ws[end] ?? null, ws[end + 1] ?? null)) continue;
        if (r.notAfter?.includes(ws[i - 1] ?? '')) continue;
        if (r.frame) {
          const f = frameEnd(ws, i, r.frame === 'feel' ? FEEL_FRAMES : SELF_FRAMES);
          if (f < 0 || (r.intense && !ws.slice(f + 1, i).some((w) => INTENSE.has(w)))) continue;
        }
        if (r.speaker && !ws.slice(Math.max(0, i - 4), i).some((w) => SPEAKER.has(w))) continue;
        if (!r.neg && negated(ws, i)) continue;
        return { cue: ws.slice(i, end).join(' '), index: offset + i, feeling: r.f };
      }
    }
    offset += ws.length;
  }
  return null;
}

/**
 * A shared-lexicon hit that is no feeling here: negated further back in its statement ("I'm not
 * really that worried"; the lexicon looks two words back), or "I'm afraid so / not" (a polite yes or no).
 */
function notAFeeling(text: string, hit: { cue: string; index: number }): boolean {
  const ws = tokens(text).map((w) => ASR[w] ?? w);
  const next = ws[hit.index + 1];
  return (hit.cue === 'afraid' && (next === 'so' || next === 'not')) || (!hit.cue.split(' ').some(isNeg) && negated(ws, hit.index));
}

export function detectEmotion(text: string): EmotionCue | null {
  const hit = findEmotion(text);
  if (hit && !notAFeeling(text, hit)) return { ...hit, feeling: feelingOf(hit.cue) };
  return findFeeling(text);
}
