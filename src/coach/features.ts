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

let memo = new WeakMap<LabelledUtterance, Features>();
/** Entries set in `memo` since it was last replaced (tests read it: it bounds the memo's table). */
let entries = 0;
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
    entries++;
  }
  return f;
}

/**
 * Starts a new, empty memo. A WeakMap drops an entry once its utterance is gone, but its table keeps
 * the size of the most entries it ever held at once: a pass over a whole call read back from the
 * store (a checkpoint's record and metrics, a rebuild after a cold read) fills it with one entry per
 * utterance of fresh copies, so without this the worker would keep a table the size of the call
 * (issue 18: 64 KB at ~900 utterances, 128 KB at ~1200). The worker calls this after such a pass;
 * what it holds live keeps its features in the timeline, and anything else is recomputed (pure).
 */
export function forgetFeatures(): void {
  memo = new WeakMap();
  entries = 0;
}

/** How many entries the current memo was given (an operation count for tests). */
export function featureMemoEntries(): number {
  return entries;
}

/** Cues with nothing found are the shared empty ones (most utterances). */
function sharedCues(c: PatientCues): PatientCues {
  return c.emotion === null && c.changeTalk === null && c.topic === null ? NO_CUES : c;
}
