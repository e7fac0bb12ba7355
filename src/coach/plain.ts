// Plain words for the live panel: each prompt is a short imperative headline (<= 8 words) and an
// optional short example (<= 12 words). Reflection examples are built from the patient's meaning
// (feeling family + situation, cues.ts), never from their verbatim words. Theory words (empathy,
// sympathy, MITI, ...) stay in the reason, which the panel keeps behind its disclosure.
// Keys are spelled out in full so the locale test can find them; topic paraphrases are passed as
// "@coach_topic_*" substitutions, which the panel's `t` resolves in the UI language (i18n.ts).
import type { EmotionCue, Feeling, Topic } from './cues';
import type { PromptKind } from './types';

export const HEADLINE_KEYS: Record<PromptKind, string> = {
  'reflect-sympathy': 'coach_head_reflect',
  'unreflected-emotion': 'coach_head_reflect',
  'evoke-change': 'coach_head_evoke',
  'lecture-run': 'coach_head_ask_view',
  'talk-share': 'coach_head_let_talk',
  'no-goal': 'coach_head_goal',
  'no-task': 'coach_head_task',
};

export const EXAMPLE_KEYS: Record<Exclude<PromptKind, 'reflect-sympathy' | 'unreflected-emotion'>, string> = {
  'evoke-change': 'coach_ex_evoke',
  'lecture-run': 'coach_ex_ask_view',
  'talk-share': 'coach_ex_let_talk',
  'no-goal': 'coach_ex_goal',
  'no-task': 'coach_ex_task',
};

const REFLECT_TOPIC: Record<Feeling, string> = {
  fear: 'coach_ex_fear_topic',
  tired: 'coach_ex_tired_topic',
  frustrated: 'coach_ex_frustrated_topic',
  overwhelmed: 'coach_ex_overwhelmed_topic',
  sad: 'coach_ex_sad_topic',
  shame: 'coach_ex_shame_topic',
};
const REFLECT_PLAIN: Record<Feeling, string> = {
  fear: 'coach_ex_fear',
  tired: 'coach_ex_tired',
  frustrated: 'coach_ex_frustrated',
  overwhelmed: 'coach_ex_overwhelmed',
  sad: 'coach_ex_sad',
  shame: 'coach_ex_shame',
};

export interface Example {
  key: string;
  subs: string[];
}

/** "You're worried about the nights." from the feeling family and the situation; generic without a feeling. */
export function reflectExample(emotion: EmotionCue | null, topic: Topic | null): Example {
  if (!emotion) return topic ? { key: 'coach_ex_reflect_topic', subs: [`@${topic.key}`] } : { key: 'coach_ex_reflect', subs: [] };
  return topic ? { key: REFLECT_TOPIC[emotion.feeling], subs: [`@${topic.key}`] } : { key: REFLECT_PLAIN[emotion.feeling], subs: [] };
}

/** Limits the live panel's text must respect (tested on every locale). */
export const HEADLINE_MAX_WORDS = 8;
export const EXAMPLE_MAX_WORDS = 12;
