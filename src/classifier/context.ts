// What the classifier reads as "the patient's turn" before a clinician utterance. Shared by the
// extension (the worker's live call) and training (models/train), so the model is trained on the
// context it gets live. A reflection says back what the patient just said, often after a brief
// "mm-hmm" from the clinician, so a clinician backchannel does not cut the context off.

export interface PrevTurn {
  /** 'patient', 'clinician' or anything else (an interpreter, family). */
  role: string;
  text: string;
}

/** How many turns back the context may reach (training data carries exactly this many). */
export const CONTEXT_TURNS = 2;
const BACKCHANNEL_WORDS = 3;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * The patient's words just before a clinician utterance: up to CONTEXT_TURNS turns back, patient
 * turns are kept (oldest first), a clinician backchannel of at most three words is skipped, and
 * anything else (a longer clinician turn, another speaker) ends the context.
 */
export function patientContext(prev: readonly PrevTurn[]): string {
  const out: string[] = [];
  for (let j = prev.length - 1; j >= 0 && j >= prev.length - CONTEXT_TURNS; j--) {
    const t = prev[j]!;
    if (t.role === 'patient') out.unshift(t.text.trim());
    else if (t.role === 'clinician' && words(t.text) <= BACKCHANNEL_WORDS) continue;
    else break;
  }
  return out.filter(Boolean).join(' ');
}
