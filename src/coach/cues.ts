// Patient cues the coach anticipates: emotion ("I'm so worried about the surgery") and change talk
// ("I really want to be able to walk again"). Pure and tiny, English and Spanish, so the panel can
// show the matching prompt the moment the patient's caption ends, before the clinician replies.
//
// Emotion: a strong-feeling word or phrase (text.ts EMOTION_LEXICON, negation-aware), or a feeling
// said in other ways (feeling frames, difficulty, coping phrases, Spanish; "emotion beyond the shared
// lexicon" in emotion-cue.ts), grouped into a feeling family so the suggested reflection names the feeling in
// other words than the patient's.
// Change talk (MI's DARN-C): desire, ability, reason, need or commitment to change, said in the first
// person ("I want to", "I'd like to", "I need to", "I could", "I'm going to", "quiero", "me gustaría",
// "necesito", "voy a"), not negated ("I don't want to" is sustain talk) and not about the past.
// Situation: a small topic lexicon (sleep, pain, sugar, ...) whose paraphrase goes into the example.
// Each kind lives in its own file: emotion-cue.ts, change-talk.ts, topic.ts.
import { detectEmotion, type EmotionCue } from './emotion-cue';
import { detectChangeTalk, type ChangeCue } from './change-talk';
import { detectTopic, type Topic } from './topic';

export { detectEmotion, feelingOf, type EmotionCue, type Feeling } from './emotion-cue';
export { detectChangeTalk, type ChangeCue } from './change-talk';
export { detectTopic, type Topic } from './topic';

export interface PatientCues {
  emotion: EmotionCue | null;
  changeTalk: ChangeCue | null;
  topic: Topic | null;
}

export function patientCues(text: string): PatientCues {
  return { emotion: detectEmotion(text), changeTalk: detectChangeTalk(text), topic: detectTopic(text) };
}

