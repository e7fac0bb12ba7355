// What a speech recogniser does to a word, undone for the rules. Pure.
// Live captions split one word into two ("i'm tired of being a live", "every thing", "good by
// letters"), write a Spanish verb apart from its clitic ("voy a matar me", "estoy cortando me"), and
// drop or swap letters that sound alike in Spanish ("a orcarme", "arto de todo"). The rules are
// written against the dictionary form, so these turns were read as nothing at all. Only the rules
// stage reads the repaired text: the learned stage keeps the features it was trained on.

// One word heard as two or three. Only words the rules use, and only joins that make no
// everyday phrase into another word ("any more" stays: "no more pills, any more of them").
const JOINED = [
  'alive', 'another', 'everything', 'everyone', 'everybody', 'goodbye', 'goodbyes', 'forever', 'tonight',
  'without', 'someone', 'somebody', 'anyone', 'anybody', 'permanently', 'myself', 'yourself', 'himself',
  'herself', 'themselves', 'overdose', 'overdosed', 'suicide', 'suicidal', 'nobody',
  // Spanish infinitives with their clitic, heard apart inside the word ("qui tarme la vida").
  'quitarme', 'matarme', 'suicidarme', 'ahorcarme', 'envenenarme', 'desaparecer',
];
// Spoken forms that are not the word split in two: "good by letters", "me self".
const RESPELT_EN: [RegExp, string][] = [
  [/\bgood (?:bye|by|bi)(s?)\b/g, 'goodbye$1'],
  [/\bme self\b/g, 'myself'],
];

// Spanish verbs of harm and leaving whose clitic the caption writes apart: "matar me" ->
// "matarme", "cortando me" -> "cortandome" (accents are already gone: normalize()).
const ES_VERBS = [
  'mat', 'suicid', 'cort', 'lastim', 'ahorc', 'colg', 'tir', 'avent', 'lanz', 'arroj', 'dispar', 'envenen',
  'mor', 'mur', 'quit', 'hac', 'peg', 'quem', 'ray', 'golpe', 'desaparec', 'dorm', 'durm', 'tom', 'clav',
  'her', 'hir', 'raj', 'ahog', 'dan', 'castig', 'desangr', 'intoxic', 'acab', 'despid', 'mutil', 'aran',
  'rasgun', 'defend', 'hund', 'ech', 'destru', 'desquit', 'veng', 'escap', 'larg',
];
// Only the clitics that are never an article: "voy a matar la mosca" keeps its "la".
const ES_CLITIC = new RegExp(String.raw`\b((?:${ES_VERBS.join('|')})(?:ar|er|ir|ando|iendo|yendo)|ir|yendo) (me|te|se|nos|le|les)\b`, 'g');
// Spanish sound-alike spellings of the words rules key on (h is silent; b/v, ll/y sound alike).
const RESPELT_ES: [RegExp, string][] = [
  [/\b(?:a ?orc|orc)(ar|arme|arse|arte|ado|ada|o|a|aron|arlo|arla)\b/g, 'ahorc$1'],
  [/\bart(os?|as?)\b/g, 'hart$1'],
  [/\bre ?(?:v|b)olver\b/g, 'revolver'],
  [/\bbeneno\b/g, 'veneno'],
  [/\bboy a\b/g, 'voy a'],
  // Spoken "pa" / "pal" for "para" / "para el", only before Spanish words ("my pa" stays English).
  [/\bpa'? (?=(?:siempre|que|no|el|la|los|las|mi|mis|su|sus|eso|esto|ver|nada|todo|usar\w*|defender\w*|matar\w*|hacer\w*|tomar\w*|acabar\w*|dormir\w*|morir\w*)\b)/g, 'para '],
  [/\bpal (?=\p{L})/gu, 'para el '],
];

// Spanish puts a reflexive "me" before the verb that governs the infinitive or after the
// infinitive, with one meaning: "me voy a quitar la vida" is "voy a quitarme la vida". The rules are
// written for the second order. Only with a verb that is plainly the speaker's ("mi jefe me va a
// matar" is somebody else's verb), not "puedo" (an accident: "me puedo lastimar"), and only for the
// verbs of harm above. Read after the masks (climbClitic), so a masked figure of speech stays masked.
const CLIMBED = new RegExp(
  String.raw`\bme (voy a|quiero|quise|pienso|debo|necesito|intente|intento|trate de|trato de|tengo que|volvi a|vuelvo a|empece a|acabo de) ((?:${ES_VERBS.join('|')})(?:ar|er|ir))\b`,
  'g',
);

// A filler said between commas inside a phrase ("me quiero, o sea, morir", "i want to, like, end
// it"): the rules read through it. Not after a no, where the comma ends the denial ("no, pues, ...").
const COMMA_FILLER = /\b(?!(?:no|not|nope|nah|never|nunca|jamas)\b)(\p{L}+),\s*(?:o sea|este|pues|bueno|digamos|como que|sabes|viste|mira|tipo|like|you know|i mean|i guess|kind of|sort of|well)\s*,\s*/gu;

const JOIN_SET = new Set(JOINED);
const CLITIC_APART = /(?:ar|er|ir|ndo) (?:me|te|se|nos|le|les)\b/;

/** normalize()d text with split words joined, clitics rejoined and sound-alike spellings fixed. */
export function repairCaption(norm: string): string {
  let t = norm;
  for (const [re, to] of RESPELT_EN) t = t.replace(re, to);
  for (const [re, to] of RESPELT_ES) t = t.replace(re, to);
  // Cheap tests first: most turns have no clitic written apart and no comma.
  if (CLITIC_APART.test(t)) t = t.replace(ES_CLITIC, '$1$2');
  if (t.includes(',')) t = t.replace(COMMA_FILLER, '$1 ');
  return joinSplitWords(t);
}

/** Masked text with a reflexive "me" moved after its infinitive (CLIMBED). */
export const climbClitic = (masked: string): string => masked.replace(CLIMBED, '$1 $2me');

/** Two or three adjacent words whose letters make one of JOINED: written as that word. */
function joinSplitWords(t: string): string {
  const words = t.split(' ');
  let changed = false;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = HEADS.has(words[i]!) ? joinAt(words, i) : 1;
    if (n > 1) changed = true;
    out.push(n > 1 ? words.slice(i, i + n).join('') : words[i]!);
    i += n - 1;
  }
  return changed ? out.join(' ') : t;
}

/** How many words from `i` make one of JOINED (3, 2), else 1. Punctuation may end the last only ("hang my self?"). */
function joinAt(words: readonly string[], i: number): number {
  const [a, b, c] = [words[i]!, words[i + 1], words[i + 2]];
  if (b === undefined || !LETTERS.test(a)) return 1;
  if (c !== undefined && LETTERS.test(b) && JOIN_SET.has(a + b + c.replace(TRAILING, ''))) return 3;
  return JOIN_SET.has(a + b.replace(TRAILING, '')) ? 2 : 1;
}

const LETTERS = /^\p{L}+$/u;
const TRAILING = /[^\p{L}]+$/u;
// Every first part a split of a JOINED word can start with: most words are not one, and skip the join.
const HEADS = new Set(JOINED.flatMap((w) => Array.from({ length: w.length - 1 }, (_, k) => w.slice(0, k + 1))));
