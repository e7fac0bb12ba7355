// Change talk (MI's DARN-C) in a patient utterance: desire, ability, reason, need or commitment to
// change, said in the first person and not negated. Part of the patient-side cues (cues.ts).
import { tokens } from './text';

export interface ChangeCue {
  cue: string;
  index: number;
}

/** First-person change phrases. Adverbs ("really", "just") are dropped before matching. */
const CHANGE_PHRASES = [
  'i want to', 'i wanna', "i'd like to", 'i would like to', "i'd love to", 'i would love to', 'i wish i could',
  'i need to', 'i have to', 'i really need', 'i must', 'i hope to', 'i hope i can',
  'i could', 'i can try', 'i think i can', "i'm able to", 'i am able to',
  "i'm going to", 'i am going to', "i'm gonna", 'i will', "i'll", "i'm ready to", 'i am ready to',
  'my goal is', 'i want my', 'i want', 'so that i can', 'so i can', 'because i want',
  'quiero', 'me gustaría', 'me encantaría', 'necesito', 'tengo que', 'podría', 'puedo intentar', 'voy a', 'estoy listo', 'estoy lista',
  'mi meta', 'mi objetivo', 'para poder', 'ojalá pudiera', 'ojalá pueda',
];
const SKIP = new Set(['really', 'just', 'actually', 'also', 'still', 'so', 'truly', 'realmente', 'también', 'de', 'verdad']);
/** "I want to know ..." / "I have to say" / "I'll be honest" are not change talk. */
const NOT_CHANGE_NEXT = new Set(['know', 'ask', 'say', 'tell', 'mention', 'see', 'check', 'saber', 'preguntar', 'decir', 'ver', 'go']);
const NEGATORS = new Set(['not', "don't", 'dont', "can't", 'cant', 'cannot', "won't", 'wont', 'never', 'no', 'nunca']);

export function detectChangeTalk(text: string): ChangeCue | null {
  const all = tokens(text);
  const ws: string[] = [];
  const at: number[] = [];
  all.forEach((w, i) => {
    if (!SKIP.has(w)) {
      ws.push(w);
      at.push(i);
    }
  });
  for (let i = 0; i < ws.length; i++) {
    for (const phrase of CHANGE_PHRASES) {
      const p = phrase.split(' ');
      if (!p.every((w, j) => ws[i + j] === w)) continue;
      const next = ws[i + p.length];
      // "I want to know…": not change talk, and no shorter phrase here ("i want") may claim it either.
      if (next !== undefined && NOT_CHANGE_NEXT.has(next)) break;
      if (p.length === 1 && p[0] !== 'quiero' && p[0] !== 'necesito' && p[0] !== 'podría' && next === undefined) continue;
      // "I don't want to", "I just can't", "no quiero": sustain talk, not change talk.
      const before = ws.slice(Math.max(0, i - 2), i);
      const inside = p.some((w) => NEGATORS.has(w)) || (next !== undefined && NEGATORS.has(next));
      if (inside || before.some((w) => NEGATORS.has(w) || w.endsWith("n't"))) continue;
      if (phrase === "i'll" && (next === 'be' || next === 'see' || next === 'tell')) continue;
      return { cue: p.join(' '), index: at[i]! };
    }
  }
  return null;
}
