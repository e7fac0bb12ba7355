// Caption text -> the plain form the risk rules are written against. Pure.
// Live captions are spoken language: fillers ("um"), stutters ("I I"), missing or stray
// punctuation, curly apostrophes, contractions with or without the apostrophe ("dont", "im"),
// and Spanish with or without accents. Everything is folded to lower case, accents removed,
// contractions spelt out, so each rule needs only one spelling.
import { memoLast } from './memo';

const FILLERS = /\b(?:um+|uh+|uhm+|erm+|er|ah+|hmm+|mm+|eh|mhm)\b/g;

// Order matters: the specific forms before the generic "n't".
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\bshan'?t\b/g, 'shall not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|should|could|must|need|might)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(i|you|we|they|who)'ve\b/g, '$1 have'],
  [/\bive\b/g, 'i have'],
  [/\b(i|you|he|she|we|they|it|that|there|who)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|we|they|it|that|there|who)'d\b/g, '$1 would'],
  [/\bid\b(?= (?:rather|be|like|love|never|just|do|go|want|have|kill|end|take))/g, 'i would'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(it|that|there|what|he|she|who|where|here|everything|nothing|life)'s\b/g, '$1 is'],
  [/\b(that|what|there)s\b/g, '$1 is'],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
  [/\bkinda\b/g, 'kind of'],
  [/\bsorta\b/g, 'sort of'],
  // Captions split words the recogniser hears as two: "took an over dose".
  [/\bover (dose|doses|dosed|dosing)\b/g, 'over$1'],
  [/\b(?:sui side|sue aside|sewer side|sui cide|suey side)\b/g, 'suicide'],
  [/\b(?:sui sidal|sui cidal)\b/g, 'suicidal'],
  // ...and write a homophone: "i just want to dye" (not "dye my hair").
  [/\b(want|wanted|wanting|going|ready|deserve|deserved|wish i could) to dye\b(?! (?:my|your|his|her|the|it|them|a|some|their|our))/g, '$1 to die'],
  [/\bcuz\b|\bcos\b|'cause\b/g, 'because'],
];

/** Lower case, no accents, straight apostrophes, contractions spelt out, no fillers or stutters. */
export const normalize: (text: string) => string = memoLast(normalizeOnce);

function normalizeOnce(text: string): string {
  let t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d"]/g, ' ')
    .replace(/\s+(n't|'s|'m|'re|'ve|'ll|'d)\b/g, '$1')
    .replace(/\b(gon|wan) na\b/g, '$1na');
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to as string);
  t = t
    .replace(FILLERS, ' ')
    // "you know" / "I mean" / "like," as fillers only between commas or at clause edges.
    .replace(/,\s*(?:you know|i mean|like)\s*,/g, ',')
    .replace(/[^\p{L}\p{N}'.,!?;:\s-]/gu, ' ')
    .replace(/\s*-\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Stutters and ASR repeats: "i i i have" -> "i have", "to to" -> "to".
  t = t.replace(/\b(\p{L}+)(?:[ ,]+\1\b)+/gu, '$1');
  // "can't stop thinking about" is not a negation of what follows.
  t = t.replace(/\b(?:can|could) not (?:stop|help)\b/g, 'keep');
  return t;
}

// Captions often drop the apostrophe: "hes", "shes", "hell kill me", "ill do it". Spelt out for
// the rules only (the learned stage keeps its trained features): "hell" and "ill" are words too, so
// they count as "he will" / "i will" only before a verb.
const BARE_VERB = String.raw`(?=(?:just |never |not |probably |definitely |really )?(?:kill|hurt|take|find|tell|know|leave|make|do|come|beat|shoot|get|go|be|have|put|see|call|never|end|break|lose|stab|burn|send|throw|ruin|say|sort)\b)`;
const BARE: [RegExp, string][] = [
  [/\b(he|she|it|that|there|who)s\b(?= (?:been|going|got|gonna|not|always|never|the|a|so|very|really|just|still|in|out|at|on|my|coming|trying|told|said|had|saying|taking|getting|hitting|drinking|violent|angry|scary))/g, '$1 is'],
  [new RegExp(String.raw`\b(he|she|they|we|you)ll ${BARE_VERB}`, 'g'), '$1 will '],
  [new RegExp(String.raw`\bill ${BARE_VERB}`, 'g'), 'i will '],
  [new RegExp(String.raw`\b(he|they|we|you)d ${BARE_VERB}`, 'g'), '$1 would '],
  [/\b(you|they)re\b/g, '$1 are'],
];

/** normalize()d text with apostrophe-less contractions spelt out (for the rules stage). */
export function spellBare(norm: string): string {
  let t = norm;
  for (const [re, to] of BARE) t = t.replace(re, to);
  return t.replace(/\s+/g, ' ');
}

/** Clauses: split on sentence punctuation and on "but" / "pero", where a negation stops applying. */
export function clauses(norm: string): string[] {
  return norm
    .split(/[.!?;]+|\s(?:but|pero|though|aunque)\s/)
    // Run-on captions (a minute of speech with no full stop) are cut at commas so that no rule
    // scans more than a few hundred characters (bounded time per utterance).
    .flatMap((c) => (c.length > MAX_CLAUSE ? c.split(',') : [c]))
    .flatMap((c) => (c.length > MAX_CLAUSE * 2 ? chunkWords(c, 60) : [c]))
    .map((c) => c.replace(/^[\s,:]+|[\s,:]+$/g, ''))
    .filter((c) => c.length > 0);
}

const MAX_CLAUSE = 240;

/** Overlapping windows of `n` words (a rule spans well under n/2 words). */
function chunkWords(c: string, n: number): string[] {
  const w = c.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < w.length; i += n / 2) out.push(w.slice(i, i + n).join(' '));
  return out;
}
