// Caption-style noise for training and for the noisy half of `npm run eval`: text the way live
// captions deliver speech (see ../shared/research/caption-platforms.md and the codebook's "Style"):
// - Teams/Zoom often drop case and punctuation; Meet punctuates but re-punctuates mid-utterance;
// - fillers and false starts survive ("um", "you know", "I- I think");
// - segmentation errs both ways: two sentences merged (an acknowledgement glued on) or one split;
// - ASR swaps sound-alike words.
// Every transform keeps the act (and so the label) of the utterance. Seeded: same rng, same text.

export type Rng = () => number;

const FILLERS_EN = ['um', 'uh', 'you know', 'like', 'i mean', 'sort of'];
const FILLERS_ES = ['eh', 'este', 'o sea', 'pues', 'bueno', 'a ver'];
const ACKS_EN = ['okay', 'right', 'mm-hmm', 'yeah', 'okay so', 'alright'];
const ACKS_ES = ['vale', 'ajá', 'bueno', 'de acuerdo', 'sí', 'ya'];
// Sound-alike swaps that ASR makes (both directions).
const SWAPS: Array<[string, string]> = [
  ['your', "you're"], ['there', 'their'], ['to', 'too'], ['know', 'no'], ['hear', 'here'],
  ['for', 'four'], ['weight', 'wait'], ['right', 'write'], ['would', 'wood'], ['then', 'than'],
  ['its', "it's"], ['were', "we're"], ['whole', 'hole'], ['week', 'weak'], ['pain', 'pane'],
  ['sí', 'si'], ['está', 'esta'], ['qué', 'que'], ['más', 'mas'], ['cómo', 'como'], ['él', 'el'], ['tú', 'tu'],
];
const SWAP = new Map<string, string>();
for (const [a, b] of SWAPS) { SWAP.set(a, b); SWAP.set(b, a); }

const pick = <T>(xs: readonly T[], rng: Rng): T => xs[Math.floor(rng() * xs.length)]!;
const isSpanish = (lang: string | undefined): boolean => lang === 'es';

/** Lower case with no punctuation at all (Teams/Zoom style). */
export function stripPunctuation(text: string): string {
  return text.toLowerCase().replace(/[.,!?;:¿¡"“”]/g, ' ').replace(/\s+/g, ' ').trim();
}

function insertFillers(ws: string[], rng: Rng, lang?: string): string[] {
  const out = ws.slice();
  const n = 1 + Math.floor(rng() * 2);
  for (let k = 0; k < n; k++) out.splice(Math.floor(rng() * (out.length + 1)), 0, pick(isSpanish(lang) ? FILLERS_ES : FILLERS_EN, rng));
  return out;
}

function falseStart(ws: string[], rng: Rng): string[] {
  if (ws.length < 3) return ws;
  const k = 1 + Math.floor(rng() * Math.min(2, ws.length - 2));
  return rng() < 0.5 ? [...ws.slice(0, k).map((w, i) => (i === k - 1 ? `${w}-` : w)), ...ws] : [...ws.slice(0, k), ...ws];
}

function asrSwaps(ws: string[], rng: Rng): string[] {
  return ws.map((w) => {
    const bare = w.toLowerCase().replace(/[.,!?;:]+$/, '');
    const alt = SWAP.get(bare);
    return alt && rng() < 0.5 ? w.replace(new RegExp(bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), alt) : w;
  });
}

/** Splits into sentences on . ? ! (keeping the mark). */
function sentencesOf(text: string): string[] {
  return text.match(/[^.?!]+[.?!]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [text];
}

/**
 * One noisy rendering of `text`. Transforms are drawn independently; a split keeps the part that
 * carries the act (the last sentence when it asks, else the longest), so the label still holds.
 */
export function captionNoise(text: string, rng: Rng, lang?: string): string {
  let t = text.trim();
  const sents = sentencesOf(t);
  if (sents.length > 1 && rng() < 0.15) {
    const last = sents[sents.length - 1]!;
    t = /[?]$/.test(last) ? last : sents.reduce((a, b) => (b.length > a.length ? b : a));
  }
  if (rng() < 0.25) t = `${pick(isSpanish(lang) ? ACKS_ES : ACKS_EN, rng)}${rng() < 0.5 ? '.' : ''} ${t}`; // merged with an acknowledgement
  let ws = t.split(/\s+/).filter(Boolean);
  if (rng() < 0.4) ws = insertFillers(ws, rng, lang);
  if (rng() < 0.25) ws = falseStart(ws, rng);
  if (rng() < 0.3) ws = asrSwaps(ws, rng);
  t = ws.join(' ');
  const style = rng();
  if (style < 0.5) t = stripPunctuation(t);
  else if (style < 0.7) t = t.toLowerCase();
  return t;
}
