// The situation a patient utterance is about (sleep, pain, sugar, ...), whose paraphrase goes into
// the prompt's example. Part of the patient-side cues (cues.ts).
import { tokens } from './text';

export interface Topic {
  /** Message key of the topic's paraphrase (coach_topic_*), e.g. "the nights" / "las noches". */
  key: string;
}

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
