// Per-utterance text features, memoised by object identity. The live coach (timeline.ts) computes
// them once per utterance revision and keeps them beside the utterance; the whole-call functions
// (metrics, the post-call tally) call features() per utterance and get the memo. Utterance objects
// are never mutated, and a WeakMap keeps no utterance alive, so the memo is invisible to callers (the
// functions stay pure). Tests count entries here (probe.ts) to prove the coach's cost is flat.
import type { LabelledUtterance } from './types';
import { findAffirmation } from './affirmation';
import { countFeatures } from './probe';
import { patientCues, type PatientCues } from './cues';
import { classifyAssent, hasProposalCue, isOpenElicitation, isQuestion, wordCount, type Assent } from './text';

export interface Features {
  words: number;
  assent: Assent;
  proposal: boolean;
  question: boolean;
  openElicitation: boolean;
  /** Emotion / change talk / situation (patient utterances; cues.ts). */
  cues: PatientCues;
  /** Affirmation phrase (clinician utterances; affirmation.ts). */
  affirmation: string | null;
}

const memo = new WeakMap<LabelledUtterance, Features>();
/** Cues of a clinician's utterance: one shared object (the features are kept per utterance; never changed). */
const NO_CUES: PatientCues = { emotion: null, changeTalk: null, topic: null };

export function features(u: LabelledUtterance): Features {
  countFeatures();
  let f = memo.get(u);
  if (!f) {
    f = {
      words: wordCount(u.text),
      assent: classifyAssent(u.text),
      proposal: hasProposalCue(u.text),
      question: isQuestion(u.text),
      openElicitation: isOpenElicitation(u.text),
      cues: u.role === 'patient' ? sharedCues(patientCues(u.text)) : NO_CUES,
      affirmation: u.role === 'clinician' ? findAffirmation(u.text) : null,
    };
    memo.set(u, f);
  }
  return f;
}

/** Cues with nothing found are the shared empty ones (most utterances). */
function sharedCues(c: PatientCues): PatientCues {
  return c.emotion === null && c.changeTalk === null && c.topic === null ? NO_CUES : c;
}
