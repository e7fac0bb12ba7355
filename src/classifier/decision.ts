// Turns the model's calibrated probabilities into the decision the coach acts on. The temperature
// is baked into the ONNX graph, so the scores are already calibrated (fitted on real-speech dev
// turns, see models/MODEL_CARD.md); `decision.json` is written by `npm run train` beside the model
// and holds the threshold below which a label is "unsure": shown as unsure, counted as no evidence.
import decision from './decision.json';
import { LABELS, type Classification, type Scores } from './labels';

export const UNSURE_BELOW: number = decision.unsureBelow;

export function decide(probs: ArrayLike<number>, unsureBelow = UNSURE_BELOW): Classification {
  let best = 0;
  for (let k = 1; k < LABELS.length; k++) if (probs[k]! > probs[best]!) best = k;
  // Filled key by key in the labels' order (every call builds the same shape) rather than through
  // Object.fromEntries, which allocated an array per label on every classification.
  const scores = {} as Scores;
  for (let k = 0; k < LABELS.length; k++) scores[LABELS[k]!] = probs[k] ?? 0;
  const confidence = probs[best] ?? 0;
  return { label: LABELS[best]!, scores, confidence, unsure: confidence < unsureBelow };
}
