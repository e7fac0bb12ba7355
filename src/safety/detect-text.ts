// The text the rules and the model read: normalize()d, figurative and accidental uses masked out
// (MASKS_EN / MASKS_ES), hedges dropped. Pure.
import { memoLast } from './memo';
import { normalize, spellBare } from './normalize';
import { firstPersonRelay } from './relay';
import { MASKS_EN } from './masks-en';
import { MASKS_ES } from './rules-es';
import { RULE_MASKS } from './masks-rules';

const MASKS: RegExp[] = [...MASKS_EN, ...MASKS_ES];
// Hedges and intensifiers carry no risk meaning; dropping them lets one rule cover
// "I (just|really|honestly) want to die". Applied after the masks.
const HEDGES = /\b(?:really|just|honestly|actually|even|literally|basically|seriously|totally|truly|genuinely|kind of|sort of|you know|pretty much|simply|kinda|sorta|like,)\s*/g;

const normalized = (text: string, bare: boolean) => (bare ? spellBare(normalize(text)) : normalize(text));

/** `bare`: spell out apostrophe-less contractions first (the rules stage; spellBare). */
export function maskedText(text: string, bare = false): string {
  return maskNormalized(normalized(text, bare));
}

// The rules read the text with apostrophe-less contractions spelt out, the learned stage without;
// when spellBare() changes nothing (most turns) both readings mask the same string: masked once.
const maskNormalized = memoLast(maskOnce);

/** Each mask's matches replaced by "~". */
function masked(t: string, masks: readonly RegExp[]): string {
  for (const m of masks) t = t.replace(m, ' ~ ');
  return t;
}

function maskOnce(n: string): string {
  return masked(n, MASKS).replace(HEDGES, '').replace(/\s+/g, ' ');
}

/**
 * maskedText() and, when the text relays speech, the same text with it in the first person
 * (relay.ts): read beside the masked text, never instead of it, because "he says he'll take the
 * kids" may be a patient quoting an abuser as well as an interpreter speaking for the patient.
 * One normalisation serves both readings (this runs on every patient utterance).
 */
export function maskedReadings(text: string, bare = false): { masked: string; relayed: string | null } {
  const n = normalized(text, bare);
  const relayed = firstPersonRelay(n);
  const read = bare ? (t: string) => ruleMasked(maskNormalized(t)) : maskNormalized;
  return { masked: read(n), relayed: relayed === n ? null : read(relayed) };
}

/** The rules' reading also goes through RULE_MASKS (masks-rules.ts: not yet in the learned stage's text). */
function ruleMasked(t: string): string {
  const out = masked(t, RULE_MASKS);
  return out === t ? t : out.replace(/\s+/g, ' ');
}
