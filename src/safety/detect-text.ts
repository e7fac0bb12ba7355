// The text the rules and the model read: normalize()d, figurative and accidental uses masked out
// (MASKS_EN / MASKS_ES), hedges dropped. Pure.
import { memoLast } from './memo';
import { normalize, spellBare } from './normalize';
import { climbClitic, repairCaption } from './caption-repair';
import { firstPersonRelay } from './relay';
import { MASKS_EN } from './masks-en';
import { MASKS_ES } from './rules-es';
import { RULE_MASKS, RULE_NARROWED } from './masks-rules';

const MASKS: RegExp[] = [...MASKS_EN, ...MASKS_ES];
// The rules' list: the same masks, a few in a narrower form (masks-rules.ts, RULE_NARROWED).
const NARROWER = new Map(RULE_NARROWED);
const RULES_MASKS: RegExp[] = MASKS.map((m) => NARROWER.get(m) ?? m);
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

function maskOnce(n: string, masks: readonly RegExp[] = MASKS): string {
  return masked(n, masks).replace(HEDGES, '').replace(/\s+/g, ' ');
}

// Where no shared mask that the rules read narrower matches, both lists mask alike: masked once.
const rulesMaskNormalized = memoLast((n: string) => (RULE_NARROWED.some(([broad]) => n.search(broad) >= 0) ? maskOnce(n, RULES_MASKS) : maskNormalized(n)));

/**
 * maskedText() and, when the text relays speech, the same text with it in the first person
 * (relay.ts): read beside the masked text, never instead of it, because "he says he'll take the
 * kids" may be a patient quoting an abuser as well as an interpreter speaking for the patient.
 * One normalisation serves both readings (this runs on every patient utterance). `asTrained`: the
 * rules' reading as the learned stage was trained with it (no RULE_NARROWED; train-risk.ts).
 */
export function maskedReadings(text: string, bare = false, asTrained = false): { masked: string; relayed: string | null; climbed: string | null } {
  // The rules read recogniser splits and respellings repaired (caption-repair.ts); the reading the
  // learned stage was trained with does not.
  const n = bare && !asTrained ? repairCaption(normalized(text, bare)) : normalized(text, bare);
  const relayed = firstPersonRelay(n);
  const read = bare ? (t: string) => ruleMasked(asTrained ? maskNormalized(t) : rulesMaskNormalized(t)) : maskNormalized;
  const masked = read(n);
  return { masked, relayed: relayed === n ? null : read(relayed), climbed: bare && !asTrained ? climbedReading(masked) : null };
}

/**
 * The rules' third reading: the masked text with a reflexive "me" moved after its infinitive
 * (climbClitic), masked again so that both orders meet the masks ("me voy a cortar el pelo"). Beside
 * the masked text, not instead of it: the rules written for the first order keep reading it.
 */
function climbedReading(masked: string): string | null {
  const climbed = climbClitic(masked);
  return climbed === masked ? null : ruleMasked(rulesMaskNormalized(climbed));
}

/** The rules' reading also goes through RULE_MASKS (masks-rules.ts: not yet in the learned stage's text). */
function ruleMasked(t: string): string {
  const out = masked(t, RULE_MASKS);
  return out === t ? t : out.replace(/\s+/g, ' ');
}
