// Risk detection in the patient's speech: pure, on the device, EN and ES. Two stages: rules, then a
// learned model (risk-model.ts) for the indirect phrasings rules do not generalise to.
// A hit needs either a risk statement in the patient's words (masks first remove figurative and
// accidental uses: "this knee is killing me", "I cut myself shaving") or an affirmative reply to
// the clinician's direct risk question just before it. Negation in the same clause ("I'm not
// suicidal", "no quiero morir") cancels a statement. No caption text leaves this function: the hit
// names a category and a rule id ("model" for the learned stage).
// Combination: a rule hit wins; else the model fires when its score reaches the threshold of its
// category chosen in training (risk-model.json; a threshold passed in applies to every category),
// unless the rules say no: a rule matched but was negated in its clause ("i would never kill
// myself"), or the reply plainly denies the clinician's risk question.
// Figurative uses are masked before either stage reads the text.
import { outOfReach, pastOnly, replyDenies, replyDiscloses, riskQuestion } from './context';
import { injuryCause } from './injury-cause';
import { medicineReply } from './medicine-replies';
import { ratedRisk } from './scale-reply';
import { followUpDiscloses, followUpQuestion } from './context-followup';
import { deniedAfterAll, lateYes, longPastOnly, meansWhere, namesPerson, notEvenOnce, planTimed, tellsThreat, whenYes } from './reply-readings';
import { completesQuestion } from './context-completes';
import { maskedReadings } from './detect-text';
import { clauses, normalize } from './normalize';
import { riskModel, scoreRisk, thresholdOf } from './risk-model';
import { buildRuleIndex } from './rule-index';
import LITERALS from './rule-literals.json';
import { RULES } from './rules';
import { RULES_TURN } from './rules-around';
import type { RiskHit } from './types';

// A rule is run only on clauses holding one of its necessary literals (rule-index.ts): the same
// hits as running every rule, about a twenty-fifth of the regexp work.
const RULE_INDEX = buildRuleIndex(RULES, LITERALS);
const NEGATORS = /\b(?:not|never|no|nunca|jamas|tampoco|nobody said|nor)\b/;
const DEFAULT_NEG_WINDOW = 5;
// A negation does not reach past these ("I can't sleep and I want to die").
// Nor past a new "i" that starts the next clause ("when the baby will not stop crying i dig my nails
// in"), unless a verb of saying or thinking governs it ("i would never say i want to die", "not like
// i want to").
const SCOPE_BREAK = /,|\b(?:and|so|because|or|then|y|porque|entonces|pero|but)\b|(?<!\b(?:think|thought|know|knew|say|said|saying|believe|feel|felt|mean|meant|guess|sure|if|that|like|want|wanted|ever|swear|wish|hope|do|does|did|am|was|will|would|could|can|should|not|never|no)) (?=i\b)/;

export interface DetectInput {
  /** The patient's utterance (caption text). */
  text: string;
  /** The clinician's utterance just before it, if any. */
  context?: string;
}

// The speaker takes the words back right after them: "i'm gonna walk into the sea, kidding", "i could
// strangle her, figuratively", "me corto las venas, dice mi tio, es su forma de hablar". Read in the
// rest of the clause after the match (up to ~60 characters). Not "i'm not kidding" / "no es broma",
// and not laughter alone: nervous laughter after a real disclosure is common ("..., jaja, no sé por qué me
// río" is still a disclosure: a "no" that starts another clause is not a retraction).
const DISCLAIMER = /^[^.?!]{0,60}?\b(?:(?<!\bnot (?:in )?(?:a )?)(?:kidding|joking)|jk|figuratively|not literally|(?<!\b(?:not|no|never) (?:like |as |just )?(?:a |just a )?)(?<!\b(?:said|says|say|think|thinks|thought|claims|claimed|calls|called|told me|tells me) (?:that|it) (?:is|was) (?:a |just a )?)figure of speech|is (?:just )?what (?:they|people|everyone|the (?:[a-z]+ ){0,2}?(?:guys|lads|crew|girls|men|women|boys)) (?:say|says)|(?:lol|lmao|haha|jaja|jajaja|ja),? (?:no|not really)\b(?! (?:se|sabe|sabes|idea|clue|puedo|entiendo|i know|why|por que)\b)|(?<!\bno )es (?:broma|un decir|su forma de hablar|una forma de hablar|mi forma de hablar)|de broma|bromeando|(?<!\b(?:said|says|say|think|thinks|thought|claims|claimed|calls|called|told me|tells me) )(?:that|it) (?:is|was) (?:a |just a )?(?:figure of speech|joke)|no,? that is awful|lovingly|affectionately|con carino|de carino|not my life|no mi vida)/;
// "i'm going to strangle him, love him": affection after a threat takes it back; after words about
// oneself ("..., i love you mom") it may be a goodbye, so only for harm to others.
const FOND = /^[^.?!]{0,30}?\b(?:i )?love (?:him|her|them)\b/;

// A Spanish denial put after its topic: "ganas de morirme no", "pensamientos de hacerme daño, no",
// "ganas de lastimarlo no, ya pusimos la queja" (session 30: the clause may go on, unless it turns).
// Only after a noun phrase: after a verb ("me quiero morir, ¿no?") the "no" is a tag question.
const TOPIC_FIRST = /^(?:ganas|pensamientos|ideas|intenciones|planes|deseos) de\b/;
// The same noun phrase just before a match that starts inside it ("ideas de suicidio no").
const TOPIC_LEAD = /(?:^|[\s,.])(?:ganas|pensamientos|ideas|intenciones|planes|deseos) de (?:[a-z]+ )?$/;
const POSTPOSED_NO = /^\s*,?\s*(?:no|eso no|tampoco|para nada|nunca)\s*(?:$|[,.;]\s*(?!(?:pero|aunque|sino|bueno|but|though)\b))/;

function disclaimed(clause: string, match: RegExpExecArray, category: string): boolean {
  const after = clause.slice(match.index + match[0].length);
  return DISCLAIMER.test(after) || (category === 'harm-others' && FOND.test(after)) || ((TOPIC_FIRST.test(match[0]) || TOPIC_LEAD.test(clause.slice(0, match.index))) && POSTPOSED_NO.test(after));
}

// Session 30: "my husband would never hurt me", "he does not hit me": a negator inside a person-to-act
// span (Rule.negInside), unless what follows limits it ("never hit me in the face", "never this hard
// before"), or the negator is not the act's ("would not stop hitting me", "not only hits me").
const INSIDE_NEGATOR = /\b(?:never|not|no longer|nunca|jamas)\b(?! (?:only|just|even|stop\w*|quit\w*|let up|deja\w*|para\b)\b)/;
const LIMITED_AFTER = /^[^.?!]{0,40}?\b(?:in the face|where it (?:shows|does not show)|this (?:hard|bad|much)|like this|before|until|till|except|only|unless|in front of|anymore|any more|again|since|for a while|lately|recently|yet|when (?:he|she|they) (?:is|are|gets?) (?:sober|calm))\b/;

// The negator must sit next to the act (the last words of the span): in "he won't use protection and
// he hits me" it belongs to another verb. And "he's never hit me, but he punches the wall by my head"
// goes on past the clause's end to what he does instead.
const TURNS_AFTER = /^[\s,]*(?:but|pero|though|aunque)\b/;

function negatedInside(clause: string, match: RegExpExecArray, turn: string): boolean {
  const tail = match[0].trim().split(/\s+/).slice(-5).join(' ');
  if (!INSIDE_NEGATOR.test(tail) || LIMITED_AFTER.test(clause.slice(match.index + match[0].length))) return false;
  const at = turn.indexOf(clause);
  return at < 0 || !TURNS_AFTER.test(turn.slice(at + clause.length));
}

function negated(clause: string, index: number, window: number): boolean {
  if (window === 0) return false;
  const before = clause.slice(0, index);
  const tail = before.split(SCOPE_BREAK).pop() ?? '';
  const words = tail.trim().split(/\s+/).filter(Boolean).slice(-window);
  return NEGATORS.test(words.join(' '));
}

/**
 * The first rule that fires on a statement (or null), and whether some rule matched but was negated.
 * A topic rule (Rule.topic) is returned only when no other rule fires, with `topic` set: the caller
 * decides with the learned stage whether the word was about the patient (detectRisk).
 */
export interface RuleScan {
  hit: RiskHit | null;
  /** Some rule matched but was negated or taken back in its clause. */
  negated: boolean;
  /** The categories of those negated rules (a self-harm line saying "it's not a suicide thing" negates only suicide). */
  negatedCategories?: RiskHit['category'][];
  topic?: true;
}

export function scanRules(text: string, asTrained = false): RuleScan {
  const { masked, relayed, climbed } = maskedReadings(text, true, asTrained);
  let neg = false;
  const negCats: RiskHit['category'][] = [];
  let topicHit: RiskHit | null = null;
  // The turn as said, as relayed in the first person, and with a reflexive "me" moved (detect-text.ts).
  const turns = relayed ? [masked, relayed] : [masked];
  for (const reading of climbed ? [...turns, climbed] : turns) {
    for (const clause of clauses(reading)) {
      for (const i of RULE_INDEX.candidates(clause)) {
        const rule = RULES[i]!;
        if (asTrained && rule.late) continue;
        const m = rule.re.exec(clause);
        if (!m) continue;
        if (negated(clause, m.index, rule.negWindow ?? DEFAULT_NEG_WINDOW) || disclaimed(clause, m, rule.category) || (!asTrained && rule.negInside === true && negatedInside(clause, m, reading))) { neg = true; negCats.push(rule.category); continue; }
        const hit: RiskHit = { category: rule.category, via: 'statement', rule: rule.id };
        if (!rule.topic) return { hit, negated: neg, negatedCategories: negCats };
        topicHit ??= hit;
      }
    }
  }
  if (!topicHit && !asTrained) {
    // The few rules whose two signals sit in different sentences ("i'm going to kill him. i mean
    // it."), read over the whole turn (rules-around.ts RULES_TURN; all late), and over the turn as an
    // interpreter relays it ("the patient says he will kill him, he is very serious").
    for (const rule of RULES_TURN) {
      for (const reading of turns) {
        const m = rule.re.exec(reading);
        if (!m) continue;
        if (negated(reading, m.index, rule.negWindow ?? DEFAULT_NEG_WINDOW)) { neg = true; negCats.push(rule.category); continue; }
        return { hit: { category: rule.category, via: 'statement', rule: rule.id }, negated: neg, negatedCategories: negCats };
      }
    }
  }
  return topicHit ? { hit: topicHit, negated: neg, negatedCategories: negCats, topic: true } : { hit: null, negated: neg, negatedCategories: negCats };
}

/**
 * The least learned-stage score at which a topic word counts. Set on rounds v5/v6 (not trained on then,
 * test/safety/train-next): topic-rule hits on their risk lines nearly all score above it, their
 * hard negatives ("i volunteer on a domestic abuse helpline", "i wrote a paper on domestic
 * violence") below it.
 */
export const TOPIC_MIN_SCORE = 0.02;

/** The first rule that fires on a statement, or null. */
export function statementHit(text: string): RiskHit | null {
  return scanRules(text).hit;
}

/** The rules alone (the first stage). */
export function detectRiskRules({ text, context }: DetectInput, scan = scanRules(text)): RiskHit | null {
  if (scan.hit) return scan.hit;
  if (!context) return null;
  const ctx = normalize(context);
  const reply = normalize(text);
  if (pastOnly(reply, ctx) || notEvenOnce(reply) || longPastOnly(reply) || deniedAfterAll(reply, ctx)) return null;
  const done = completesQuestion(reply, ctx);
  if (done) return { category: done.category, via: 'context', rule: done.rule };
  // Replies that tell the risk whatever the question's own words: a rating, an injury's cause, a
  // medicine kept back or withheld (scale-reply.ts, injury-cause.ts, medicine-replies.ts).
  const told = ratedRisk(reply, ctx) ?? injuryCause(reply, ctx) ?? medicineReply(reply, ctx);
  if (told) return { category: told, via: 'context', rule: `ctx-told-${told}` };
  // A follow-up that presupposes the disclosure is read first (followUpQuestion), then the screening
  // questions, then the other follow-ups.
  const f = followUpQuestion(ctx);
  const q = f?.overrides === true ? null : riskQuestion(ctx);
  if (q) return replyDiscloses(reply, q) || (q.polarity === 'yes-is-risk' && !(q.means === true && outOfReach(reply)) && (lateYes(reply) || whenYes(reply, ctx) || planTimed(reply, ctx) || (q.means === true && meansWhere(reply)) || ((q.category === 'abuse' || q.category === 'harm-others') && namesPerson(reply)) || (q.category === 'abuse' && tellsThreat(reply)))) ? { category: q.category, via: 'context', rule: `ctx-${q.category}-${q.polarity}` } : null;
  const fYes = f && (followUpDiscloses(reply, f) || (f.polarity !== 'no-is-risk' && f.polarity !== 'none-is-risk' && !(f.means === true && outOfReach(reply)) && (planTimed(reply, ctx) || (f.means === true && meansWhere(reply)))));
  return f && fYes ? { category: f.category, via: 'context', rule: `ctx-followup-${f.category}-${f.polarity}` } : null;
}

// "No, ..." with nothing turned after it: the reply explains itself rather than taking the no back.
// Anything that turns or qualifies the no ("no, but...", "no. well, he pushed me", "no, only when he's
// drunk", "no, i just want to sleep and never wake up"): the rest may be a disclosure.
const TURNED = /\b(?:but|though|although|except|unless|until|well|only|just|sometimes|when|whenever|still|again|anymore|any more|not anymore|pero|aunque|sino|salvo|excepto|sin embargo|hasta que|bueno|pues|solo|nomas|a veces|cuando|todavia|otra vez|de nuevo|ya no)\b/;
// The rest of the reply explains the risk words away: where the marks come from, who the one that
// "obliges" is ("no, the marks are from the skate laces", "no, el único que me obliga es el despertador").
const EXPLAINED = /\b(?:(?:are|is|was|were) (?:all )?from|(?:are|is|was|were) (?:just |only )?(?:the|my|a|an) [a-z]+|because of|(?:son|es|fue|fueron) (?:de|del|por|el|la|los|las|un|una)|el unico que|la unica que)\b/;
// "¿matarme? no, mija": the question's word echoed back before the no.
const ECHO = /^\s*¿?[a-z' ]{1,24}\?\s*(?=(?:no|nope|nah|never|nunca|jamas)\b)/;
/**
 * A statement hit in a reply that plainly denies the clinician's direct risk question of the same
 * category, and only repeats or explains the risk words ("have you hurt yourself on purpose?" - "no,
 * the marks on my arms are from the skate laces"; "¿ha pensado en matarse?" - "¿matarme? no, mija,
 * me gusta la vida"): the words are the question's, not a disclosure. Narrow on purpose: a reply
 * that turns or qualifies its no, or a hit of another category, still fires.
 */
function deniesAsked(reply: string, ctx: string, category: string): boolean {
  const q = riskQuestion(ctx);
  if (!q || q.polarity !== 'yes-is-risk' || q.category !== category || TURNED.test(reply)) return false;
  const echoed = ECHO.test(reply);
  if (!echoed && !EXPLAINED.test(reply)) return false;
  return replyDenies(echoed ? reply.replace(ECHO, '') : reply, q);
}

/** Risk in one patient utterance, given the clinician's previous utterance: rules, then the model. */
export function detectRisk(input: DetectInput, threshold?: number): RiskHit | null {
  const scan = scanRules(input.text);
  if (scan.hit && input.context && deniesAsked(normalize(input.text), normalize(input.context), scan.hit.category)) return null;
  const s = scan.topic ? scoreRisk(input.text, input.context) : null;
  // A topic word the learned stage sees no risk around is talk about the topic: the context rule
  // (a yes to the clinician's question) may still fire.
  const ruled = detectRiskRules(input, s && s.statementScore < TOPIC_MIN_SCORE ? { hit: null, negated: scan.negated } : scan);
  if (ruled) return ruled;
  const scored = s ?? scoreRisk(input.text, input.context);
  // A negated rule holds the learned stage back only in its own category: "i slice my legs... it's not
  // a suicide thing" negates suicide, not the self-harm it tells (session 29).
  if (scan.negated && (scan.negatedCategories ?? []).includes(scored.category)) return null;
  if (input.context) {
    const reply = normalize(input.text);
    const ctx = normalize(input.context);
    if (pastOnly(reply, ctx) || notEvenOnce(reply) || longPastOnly(reply) || deniedAfterAll(reply, ctx)) return null;
  }
  return modelHit(scored, threshold);
}

function modelHit(s: ReturnType<typeof scoreRisk>, threshold?: number): RiskHit | null {
  const t = threshold ?? thresholdOf(riskModel(), s.category);
  if (s.denied || s.score < t) return null;
  return { category: s.category, via: s.statementScore >= t ? 'statement' : 'context', rule: 'model' };
}

/**
 * Loads the risk model and runs the whole check once on a harmless line, at the worker's start-up,
 * so that a patient's first utterance after a worker restart does not pay for it. The rules'
 * regular expressions are left to compile when a clause first reaches them (1-1.5 ms each in Node):
 * the literal index gives an utterance about ten rules, so no utterance pays for all 405 (0.5 s
 * compiled up front), and rules no call needs are never compiled.
 */
export function warmUpDetector(): void {
  riskModel();
  detectRisk({ text: 'the knee is a bit better this week, thank you, y la espalda tambien', context: 'have you had any thoughts of suicide?' });
}
