// Risk reported through a screening form or a rating, in English and Spanish (issue 14), over
// normalize()d text. Patients on telehealth calls often answer the pre-visit questionnaire out
// loud ("on the form, the thoughts one, i put more than half the days", "la pregunta nueve, puse
// casi todos los días") or read out a rating ("a two out of ten for will to live"). The PHQ-9's
// ninth item asks about thoughts of being better off dead or of hurting oneself, so "question
// nine" names the topic by itself. A form, a risk topic and a frequency above "not at all" must
// all be in the clause: "the form asked about sleep, i put most days" and "question nine, i put not
// at all" stay quiet. Written from the kinds of misses on the spent sets, never a copy of a line.
import type { Rule } from './rules-en';

const FORM_EN = String.raw`(?:questionnaire|form|survey|phq(?: ?9)?|screener|screening|check in|check-in|app|tracker|nine question|9 question)`;
const ITEM_NINE_EN = String.raw`(?:question (?:nine|9)|item (?:nine|9)|(?:the )?ninth question|number (?:nine|9))`;
// Not "thoughts" alone: the anxiety and mood forms ask about worrying thoughts too.
const TOPIC_EN = String.raw`(?:thoughts (?:of|about) (?:death|dying|being dead|hurting|harming|ending|suicide|killing)|better off dead|being dead|hurting yourself|hurt yourself|harming yourself|end(?:ing)? your life|suicid\w*|self harm|the (?:dead|death|dying) (?:one|question|box))`;
const OFTEN_EN = String.raw`(?:more than half(?: the days| of the days)?|nearly every day|almost every day|most days|every day|several days|a few days|some days)`;
const FORM_ES = String.raw`(?:cuestionario|formulario|encuesta|test|la app|la aplicacion|planilla|hoja)`;
const ITEM_NINE_ES = String.raw`(?:(?:la )?pregunta (?:nueve|9)|(?:la )?novena pregunta|(?:el )?punto (?:nueve|9))`;
const TOPIC_ES = String.raw`(?:pensamientos de (?:muerte|morir|hacerse dano|hacerte dano|lastimarse|quitarse la vida|suicidio)|mejor muert[oa]|estar muert[oa]|morirse|morirte|hacerse dano|hacerte dano|lastimarse|lastimarte|quitarse la vida|quitarte la vida|suicid\w*|la de (?:la muerte|morir|muerte))`;
const OFTEN_ES = String.raw`(?:casi todos los dias|mas de la mitad(?: de los dias)?|todos los dias|varios dias|la mayoria de los dias|algunos dias)`;

export const RULES_SELF_REPORT: Rule[] = [
  { id: 'en-form-often', category: 'suicidal', re: new RegExp(String.raw`^(?=.*\b${FORM_EN}\b)(?=.*\b${TOPIC_EN}\b)(?=.*\b${OFTEN_EN}\b)|^(?=.*\b${ITEM_NINE_EN}\b)(?=.*\b${OFTEN_EN}\b)`), negWindow: 0 },
  { id: 'es-formulario-seguido', category: 'suicidal', re: new RegExp(String.raw`^(?=.*\b${FORM_ES}\b)(?=.*\b${TOPIC_ES}\b)(?=.*\b${OFTEN_ES}\b)|^(?=.*\b${ITEM_NINE_ES}\b)(?=.*\b${OFTEN_ES}\b)`), negWindow: 0 },
  // A low rating of the will or reasons to live: "a two out of ten for will to live". The masks
  // read "live on the ..." as the everyday "live on" and leave '~' in its place, hence `~`.
  { id: 'en-will-to-live-low', category: 'suicidal', re: /\b(?:will|reason|reasons|wanting|want) to (?:live|be alive|keep going)\b(?:,? [a-z']+){0,6}?,? (?:a |an |at (?:a |an )?)?(?:zero|0|one|1|two|2)(?: out of (?:ten|10))?\b|\b(?:a |an )?(?:zero|0|one|1|two|2) out of (?:ten|10) (?:for|on) (?:my )?(?:will|wanting|want|reasons?) to (?:live\b|be alive\b|keep going\b|~)/, negWindow: 0 },
  { id: 'es-ganas-vivir-bajo', category: 'suicidal', re: /\bganas de vivir\b(?:,? [a-z]+){0,6}?,? (?:un |en |como (?:un |en )?)?(?:cero|0|uno|1|dos|2)(?: de (?:diez|10))?\b|\b(?:un |en )?(?:cero|0|uno|1|dos|2) de (?:diez|10) (?:en|de) ganas de vivir\b/, negWindow: 0 },
];
