// A risk rated on a scale (issue 14): "how likely are you to act on these thoughts, one to ten?" -
// "seven. eight on a bad night". Safety planning and the C-SSRS follow-ups ask for a number, and the
// number is the whole reply, so no yes form reads it. Session 29. Rules stage only; pure, over
// normalize()d text.
import type { RiskCategory } from './types';

const ASKS_RATING = /\b(?:scale|one to ten|1 to 10|zero to ten|0 to 10|out of (?:ten|10)|del (?:uno|1|cero|0) al (?:diez|10)|de (?:uno|1|cero|0) a (?:diez|10)|how likely|how strong|how intense|how close|how bad|que tan (?:probable|fuerte|intens[oa]s?|cerca|fuertes)|cuan (?:probable|fuerte))\b/;
// What is rated must be the risk itself: not pain, mood or sleep, and not how safe the patient feels
// (there a low number is the risk; not read here).
const RATES_RISK = /\b(?:act on|acting on|urges?|(?:those|these|the) thoughts|suicid\w*|kill\w*|end(?:ing)? (?:it|your life)|hurt(?:ing)? (?:yourself|him|her|them|someone|somebody|anyone)|harm(?:ing)? (?:yourself|him|her|them|someone|somebody|anyone)|ganas de (?:morir|matar\w*|hacer\w*|quitar\w*|lastimar\w*)|(?:esas|estas|las) ideas|(?:esos|estos|los) pensamientos|matar\w*|hacer(?:se|te|le) dano|lastimar\w*|quitar(?:se|te) la vida|actuar|actue|actues|impulsos?)\b/;
// Nor an urge to smoke, drink, eat, gamble or scratch (cessation and itch scales ask the same way).
const NOT_RISK = /\b(?:safe|safety|segur[oa]|seguridad|a salvo|pain|dolor|mood|animo|sleep|sueno|anxiety|ansiedad|cravings?|antojos?|hungry|hambre|smok\w*|cigar\w*|vap\w*|drink\w*|alcohol|booze|fumar|beber|tomar|comer|eat\w*|binge\w*|gambl\w*|apostar|jugar|scratch\w*|itch\w*|rascar\w*|picor|comezon|use again|using|relapse|recaer|consumir)\b/;
const OTHERS = /\b(?:(?:hurt|harm|kill|attack|go after)\w* (?:him|her|them|someone|somebody|anyone|others|other people)|(?:a )?(?:alguien|otros|otra persona)\b|matarlo|matarla|lastimarlo|lastimarla|hacerle dano)\b/;
const SELF_HARM = /\b(?:cut\w*|burn\w*|hurt(?:ing)? yourself|harm(?:ing)? yourself|cortar\w*|quemar\w*|hacer(?:se|te) dano|lastimar(?:se|te))\b/;

const NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  cero: 0, uno: 1, un: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};
// Openers before the number: "like an eight", "i'd say a six", "honestly, seven", "pues un ocho".
const OPENER = /^(?:(?:um|uh|er|hmm|honestly|probably|maybe|like|about|around|i would say|i guess|i think|maybe a|pues|bueno|este|como|yo diria|diria que|le diria que|creo que|un|una|a|an|solid|a solid|un buen)[\s,.]+)*/;
// "pretty likely", "fifty fifty", "muy probable", "alta": the likelihood said in words.
const LIKELY = /^(?:(?:pretty|quite|very|fairly|more than) likely|likely|fifty fifty|50 50|high|(?:muy|bastante) probable|probable|alta|alto|bastante alta)\b(?![^.]{0,12}\b(?:not|no)\b)/;

/** The number a reply opens with, 0-10, or null. */
export function ratingOf(replyNorm: string): number | null {
  const m = /^([a-z]+|\d{1,2})\b/.exec(replyNorm.replace(/^[\s,.!?]+/, '').replace(OPENER, ''));
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBERS[m[1]!];
  return n !== undefined && n <= 10 ? n : null;
}

/** The category of a risk the clinician asked to rate and the reply rates at five or more of ten (or "likely"), else null. */
export function ratedRisk(replyNorm: string, questionNorm: string): RiskCategory | null {
  if (!ASKS_RATING.test(questionNorm) || !RATES_RISK.test(questionNorm) || NOT_RISK.test(questionNorm)) return null;
  const n = ratingOf(replyNorm);
  if ((n === null || n < 5) && !LIKELY.test(replyNorm.replace(/^[\s,.!?]+/, ''))) return null;
  return OTHERS.test(questionNorm) ? 'harm-others' : SELF_HARM.test(questionNorm) ? 'self-harm' : 'suicidal';
}
