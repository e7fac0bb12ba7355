// Patient cues the coach anticipates: emotion ("I'm so worried about the surgery") and change talk
// ("I really want to be able to walk again"). Pure and tiny, English and Spanish, so the panel can
// show the matching prompt the moment the patient's caption ends, before the clinician replies.
//
// Emotion: a strong-feeling word or phrase (text.ts EMOTION_LEXICON, negation-aware), grouped into
// a feeling family so the suggested reflection names the feeling in other words than the patient's.
// Change talk (MI's DARN-C): desire, ability, reason, need or commitment to change, said in the first
// person ("I want to", "I'd like to", "I need to", "I could", "I'm going to", "quiero", "me gustaría",
// "necesito", "voy a"), not negated ("I don't want to" is sustain talk) and not about the past.
// Situation: a small topic lexicon (sleep, pain, sugar, ...) whose paraphrase goes into the example.
import { findEmotion, tokens } from './text';

export type Feeling = 'fear' | 'tired' | 'frustrated' | 'overwhelmed' | 'sad' | 'shame';

export interface EmotionCue {
  cue: string;
  index: number;
  feeling: Feeling;
}

export interface ChangeCue {
  cue: string;
  index: number;
}

export interface Topic {
  /** Message key of the topic's paraphrase (coach_topic_*), e.g. "the nights" / "las noches". */
  key: string;
}

export interface PatientCues {
  emotion: EmotionCue | null;
  changeTalk: ChangeCue | null;
  topic: Topic | null;
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

/** Extra feeling words not in the shared lexicon (kept here so the tally's lexicon stays as is). */
const EXTRA_EMOTION = ['cansado', 'cansada', 'triste', 'culpable', 'sad', 'upset', 'struggling', 'hard time', 'tough time'];

export function feelingOf(cue: string): Feeling {
  const c = cue.toLowerCase();
  for (const [family, stems] of FAMILIES) if (stems.some((s) => c.startsWith(s))) return family;
  return 'overwhelmed';
}

function findExtraEmotion(ws: string[]): { cue: string; index: number } | null {
  for (let i = 0; i < ws.length; i++) {
    for (const e of EXTRA_EMOTION) {
      const parts = e.split(' ');
      if (!parts.every((p, j) => ws[i + j] === p)) continue;
      const before = ws.slice(Math.max(0, i - 2), i);
      if (before.some((w) => w === 'not' || w === 'no' || w === 'never' || w.endsWith("n't"))) continue;
      return { cue: parts.join(' '), index: i };
    }
  }
  return null;
}

export function detectEmotion(text: string): EmotionCue | null {
  const hit = findEmotion(text) ?? findExtraEmotion(tokens(text));
  if (!hit) return null;
  const family = hit.cue === 'upset' || hit.cue === 'struggling' || hit.cue === 'hard time' || hit.cue === 'tough time' ? 'overwhelmed' : feelingOf(hit.cue);
  return { ...hit, feeling: family };
}

// ---- change talk ----

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

// ---- situation ----

const TOPICS: ReadonlyArray<[string, readonly string[]]> = [
  ['coach_topic_sleep', ['sleep', 'sleeping', 'slept', 'night', 'nights', 'insomnia', 'dormir', 'duermo', 'sueño', 'noche', 'noches']],
  ['coach_topic_pain', ['pain', 'hurts', 'hurting', 'ache', 'aches', 'knee', 'back', 'hip', 'dolor', 'duele', 'rodilla', 'espalda', 'cadera']],
  ['coach_topic_sugar', ['sugar', 'sugars', 'diabetes', 'glucose', 'a1c', 'azúcar', 'glucosa']],
  ['coach_topic_medication', ['medication', 'medications', 'medicine', 'pills', 'meds', 'insulin', 'metformin', 'medicamento', 'medicamentos', 'pastillas', 'insulina', 'medicina']],
  ['coach_topic_work', ['work', 'job', 'boss', 'shift', 'shifts', 'trabajo', 'jefe']],
  ['coach_topic_family', ['kids', 'son', 'daughter', 'husband', 'wife', 'family', 'mom', 'mother', 'father', 'dad', 'grandkids', 'grandchildren', 'children', 'hijo', 'hija', 'hijos', 'esposo', 'esposa', 'familia', 'nietos', 'madre', 'padre']],
  ['coach_topic_money', ['money', 'bills', 'afford', 'insurance', 'rent', 'dinero', 'facturas', 'pagar', 'seguro']],
  ['coach_topic_weight', ['weight', 'peso']],
  ['coach_topic_breathing', ['breath', 'breathing', 'breathe', 'cough', 'respirar', 'respiración', 'tos']],
  ['coach_topic_future', ['surgery', 'operation', 'results', 'future', 'diagnosis', 'cancer', 'cirugía', 'operación', 'resultados', 'futuro', 'diagnóstico']],
];

export function detectTopic(text: string): Topic | null {
  const ws = new Set(tokens(text));
  for (const [key, words] of TOPICS) if (words.some((w) => ws.has(w))) return { key };
  return null;
}

export function patientCues(text: string): PatientCues {
  return { emotion: detectEmotion(text), changeTalk: detectChangeTalk(text), topic: detectTopic(text) };
}
