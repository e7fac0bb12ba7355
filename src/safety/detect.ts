// Risk detection in the patient's speech: pure, on the device, rules only (EN and ES).
// A hit needs either a risk statement in the patient's words (masks first remove figurative and
// accidental uses: "this knee is killing me", "I cut myself shaving") or an affirmative reply to
// the clinician's direct risk question just before it. Negation in the same clause ("I'm not
// suicidal", "no quiero morir") cancels a statement. No caption text leaves this function: the hit
// names a category and a rule id.
import { replyDiscloses, riskQuestion } from './context';
import { clauses, normalize } from './normalize';
import { MASKS_EN, RULES_EN, type Rule } from './rules-en';
import { MASKS_ES, RULES_ES } from './rules-es';
import type { RiskHit } from './types';

const RULES: Rule[] = [...RULES_EN, ...RULES_ES];
const MASKS: RegExp[] = [...MASKS_EN, ...MASKS_ES];
const NEGATORS = /\b(?:not|never|no|nunca|jamas|tampoco|nobody said|nor)\b/;
const DEFAULT_NEG_WINDOW = 5;
// Hedges and intensifiers carry no risk meaning; dropping them lets one rule cover
// "I (just|really|honestly) want to die". Applied after the masks.
const HEDGES = /\b(?:really|just|honestly|actually|even|literally|basically|seriously|totally|truly|genuinely|kind of|sort of|you know|pretty much|simply|kinda|sorta|like,)\s*/g;
// A negation does not reach past these ("I can't sleep and I want to die").
const SCOPE_BREAK = /,|\b(?:and|so|because|or|then|y|porque|entonces|pero|but)\b/;

export interface DetectInput {
  /** The patient's utterance (caption text). */
  text: string;
  /** The clinician's utterance just before it, if any. */
  context?: string;
}

function negated(clause: string, index: number, window: number): boolean {
  if (window === 0) return false;
  const before = clause.slice(0, index);
  const tail = before.split(SCOPE_BREAK).pop() ?? '';
  const words = tail.trim().split(/\s+/).filter(Boolean).slice(-window);
  return NEGATORS.test(words.join(' '));
}

function mask(norm: string): string {
  let t = norm;
  for (const m of MASKS) t = t.replace(m, ' ~ ');
  return t.replace(HEDGES, '').replace(/\s+/g, ' ');
}

/** The first rule that fires on a statement, or null. */
export function statementHit(text: string): RiskHit | null {
  const masked = mask(normalize(text));
  for (const clause of clauses(masked)) {
    for (const rule of RULES) {
      const m = rule.re.exec(clause);
      if (!m) continue;
      if (negated(clause, m.index, rule.negWindow ?? DEFAULT_NEG_WINDOW)) continue;
      return { category: rule.category, via: 'statement', rule: rule.id };
    }
  }
  return null;
}

/** Risk in one patient utterance, given the clinician's previous utterance. */
export function detectRisk({ text, context }: DetectInput): RiskHit | null {
  const direct = statementHit(text);
  if (direct) return direct;
  if (!context) return null;
  const q = riskQuestion(normalize(context));
  if (!q) return null;
  return replyDiscloses(normalize(text), q) ? { category: q.category, via: 'context', rule: `ctx-${q.category}-${q.polarity}` } : null;
}
