// The text the rules and the model read: normalize()d, figurative and accidental uses masked out
// (MASKS_EN / MASKS_ES), hedges dropped. Pure.
import { normalize, spellBare } from './normalize';
import { MASKS_EN } from './rules-en';
import { MASKS_ES } from './rules-es';

const MASKS: RegExp[] = [...MASKS_EN, ...MASKS_ES];
// Hedges and intensifiers carry no risk meaning; dropping them lets one rule cover
// "I (just|really|honestly) want to die". Applied after the masks.
const HEDGES = /\b(?:really|just|honestly|actually|even|literally|basically|seriously|totally|truly|genuinely|kind of|sort of|you know|pretty much|simply|kinda|sorta|like,)\s*/g;

/** `bare`: spell out apostrophe-less contractions first (the rules stage; spellBare). */
export function maskedText(text: string, bare = false): string {
  let t = bare ? spellBare(normalize(text)) : normalize(text);
  for (const m of MASKS) t = t.replace(m, ' ~ ');
  return t.replace(HEDGES, '').replace(/\s+/g, ' ');
}
