// Follow-up risk questions (issue 14): after a first disclosure clinicians ask about means, plans,
// past attempts, who hurt the patient, whether they can stay safe tonight. context.ts knows the
// screening questions; these are the follow-ups, and an open question ("who hurt you?", "where do
// you keep the blades?") is answered by any reply that is not a denial ("my husband", "under my
// mattress"). Read by the rules stage only (detect.ts): the learned stage keeps the question
// features it was trained with (risk-model.ts calls riskQuestion alone). Pure, normalize()d text.
import { replyDiscloses, riskQuestion, type Question } from './context';

type FollowUp = Omit<Question, 'polarity'> & { polarity: Question['polarity'] | 'open' };

export const FOLLOW_UPS: FollowUp[] = [
  // Open questions: the answer names a person, a place, a means, a time.
  { category: 'abuse', polarity: 'open', re: /\bwho (?:hurt|hit|did this to|did that to|touched|attacked|was it that hurt) you\b|\bquien (?:fue (?:la persona )?(?:que|quien) )?(?:te|le) (?:lastimo|pego|golpeo|hizo (?:esto|eso|dano)|toco)\b/ },
  { category: 'self-harm', polarity: 'open', re: /\bwhere do you keep (?:the|your) (?:blades?|razors?|knife|knives|lighter|scissors)\b|\bhow (?:often|many times) (?:have you|do you) (?:been )?(?:cut|cutting|scratch\w*|burn\w*|hurt\w* yourself)\b|\b(?:is there )?a way you usually do it\b/ },
  { category: 'suicidal', polarity: 'open', re: /\bhow would you do it\b|\bhow (?:would|might|could) you (?:do it|act on|end)\b|\b(?:where|when) (?:or|and) how\b|\bwhat would you use\b|\bhow did you (?:try|attempt|do it)\b|\bhow did you feel when you woke up in (?:the )?hospital\b|\bcomo lo (?:intento|intentaste|haria|harias)\b/ },
  // Yes/no follow-ups about means, plans and attempts.
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\baccess to (?:any )?(?:firearms?|guns?|weapons?|a weapon)\b|\b(?:a )?weapon you could get hold of\b|\bguns? (?:in|at) (?:the|your) (?:house|home)\b|\b(?:pills|tablets|medications?|medicines?) (?:saved|stored|stockpiled|put aside)\b|\bmedications? at home that you could use\b|\bmade (?:any )?plans?(?: to (?:act|end|do it|kill|hurt))?\??$|\bplans? to act on\b|\bact(?:ing)? on (?:it|them|these thoughts|those thoughts|the thoughts)\b|\bcome close to (?:acting|doing it|ending)\b|\bkeep yourself from acting\b|\blikely to (?:hurt|harm|kill|act)\b|\b(?:made any|any previous|any past) attempts?\b|\battempts? in the past\b|\b(?:thought|think) about where or how\b|\bpastillas guardadas\b|\b(?:ha|has) estado cerca de hacerlo\b|\bmismos pensamientos\b/ },
  { category: 'self-harm', polarity: 'yes-is-risk', re: /\b(?:scratch\w*|pick\w*) (?:or cut\w* |at your skin )?on purpose\b|\bscratching or cutting\b|\bburned yourself on purpose\b|\bstop eating as a way of punishing\b|\b(?:marks|cuts|scars) on your (?:arms|legs|wrists)\b|\bwounds? (?:still )?(?:healing|open)\b|\bcut in the last\b/ },
  { category: 'harm-others', polarity: 'yes-is-risk', re: /\bhurting other (?:drivers|people)\b|\bthought about hurting\b|\bgo round to (?:his|her|their) (?:house|place)\b|\bthoughts about the baby\b/ },
  { category: 'abuse', polarity: 'yes-is-risk', re: /\bcontrolled by your\b|\b(?:partner|husband|wife|boyfriend|girlfriend|he|she|someone|anyone) (?:\w+ )?(?:controls?|controlling) (?:you\b|your (?:money|phone|life|movements|finances))|\bfeel controlled\b|\bhands (?:around|on) your (?:neck|throat)\b|\btaken your (?:money|things|pension|benefits)\b|\buses? your money\b|\bthreatened (?:to (?:hurt|kill) )?you\b|\bviolence at home\b|\btouched you in a way\b|\bmake you feel unsafe\b|\banyone (?:in your life )?(?:who is )?hurting you\b|\b(?:te|le) (?:ha|han) (?:quitado|obligado|tocado|amenazado|golpeado|pegado|lastimado)\b|\b(?:controla|maneja) (?:su|tu) dinero\b|\busa su dinero\b|\b(?:te|le) (?:controla|amenaza)\b|\ble impida hablar\b/ },
  { category: 'suicidal', polarity: 'no-is-risk', re: /\bkeep yourself safe\b|\b(?:promise|commit|agree) (?:me )?(?:\w+ ){0,2}?(?:to )?(?:stay|keep) (?:yourself )?safe\b|\bmantenerse a salvo\b|\bpuede comprometerse\b/ },
  { category: 'abuse', polarity: 'no-is-risk', re: /\bable to go out on your own\b|\b(?:free|able) to (?:talk|speak)(?: freely)?\b|\bhave your (?:passport|documents|papers)\b|\b(?:stay|go) (?:somewhere )?safe tonight\b|\bokay for you to go back\b|\b(?:lugar seguro|hablar con libertad)\b/ },
];

// A denial opens the reply; "i don't know" is not one (to "are you likely to act on it?" it is a yes).
const DENIAL = /^(?:no|nope|nah|never|not really|not at all|nobody|no one|noone|nothing|none|nowhere|i would rather not say|nadie|nada|ninguno|ninguna|nunca)\b/;
// A yes to a yes/no follow-up that the screening replies (context.ts) do not list: a person named
// ("my dad does"), a count, "probably", "i don't know", "i haven't ruled it out".
const FOLLOW_UP_YES = /^(?:(?:yes ma'am|yes sir|mm hm|mhm)\b|(?:my|mi) (?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|mum|mom|mother|son|daughter|brother|uncle|nieto|nieta|hijo|hija|esposo|marido|pareja|novio|papa|padre|tio|hermano|padrastro)\b|(?:once|twice|a couple|a few|three times|una vez|dos veces)\b|(?:i do not know|i am not sure|not sure),? (?:probably|maybe)\b|(?:i have not|i have not really) ruled it out\b|(?:un poco|mas o menos|si)\b)/;
// To "can you stay safe tonight?": a reply that cannot promise it.
const CANNOT_PROMISE = /\b(?:can not|could not|do not think i can) (?:promise|say|agree)\b|\bnot sure i can\b|\bnowhere (?:else )?to go\b|\b(?:scared|afraid) to go back\b|\bno se lo puedo prometer\b|\bno (?:quiero|puedo) (?:volver|regresar)\b/;

/** A follow-up risk question (not a screening one: context.ts reads those), or null. */
export function followUpQuestion(clinicianNorm: string): FollowUp | null {
  if (!clinicianNorm || riskQuestion(clinicianNorm)) return null;
  if (/\b(?:family|relative|relatives|friends?|familia|familiar)\b/.test(clinicianNorm)) return null;
  return FOLLOW_UPS.find((q) => q.re.test(clinicianNorm)) ?? null;
}

/**
 * Whether the reply to a follow-up discloses: to a yes/no or open question about means, plans,
 * attempts or who, anything but an opening denial; to "can you stay safe?", a "no" (context.ts)
 * or a reply that cannot promise it.
 */
export function followUpDiscloses(replyNorm: string, q: FollowUp): boolean {
  const reply = replyNorm.replace(/^[\s,.!?]+/, '').replace(/^(?:(?:well|so|okay|ok|pues|bueno|mira|este)[\s,.]+)+/, '');
  if (!reply) return false;
  if (q.polarity === 'no-is-risk') return CANNOT_PROMISE.test(reply) || replyDiscloses(reply, q as Question);
  if (q.polarity === 'open') return !DENIAL.test(reply);
  return replyDiscloses(reply, q as Question) || (!DENIAL.test(reply) && FOLLOW_UP_YES.test(reply));
}
