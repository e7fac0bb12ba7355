// An injury asked about, and its cause told (issue 14): "what happened to your hand?" - "did it
// myself, on purpose"; "¿qué te pasó en el labio?" - "lo de siempre con mi papá". The question names no
// risk, so neither the screening questions nor the follow-ups read it; the reply alone says whether
// the patient did it (self-harm) or a person close to them did (abuse). An accident told stays an
// accident. Session 29. Rules stage only; pure, over normalize()d text.
import { PERSON_NAMED } from './context';
import type { RiskCategory } from './types';

const PART = String.raw`(?:hand|hands|arm|arms|wrist|wrists|face|eye|lip|neck|leg|legs|thigh|thighs|stomach|belly|head|cheek|nose|ribs?|back|shoulder|knuckles|bruises?|black eye|marks?|cuts?|scars?|burns?|scratches|bandage|injur(?:y|ies))`;
const PARTE = String.raw`(?:mano|manos|brazo|brazos|muneca|munecas|cara|ojo|labio|cuello|pierna|piernas|muslo|muslos|panza|barriga|estomago|cabeza|mejilla|nariz|costillas|espalda|hombro|nudillos|marca|marcas|moreton|moretones|morado|morados|corte|cortes|cicatriz|cicatrices|quemadura|quemaduras|herida|heridas|venda|vendaje|golpe|golpes|rasgunos)`;
const ASKS_INJURY = new RegExp(String.raw`\b(?:what happened (?:to|with) (?:your|that|those|the) (?:\w+ )?${PART}|how did you (?:get|do) (?:that|this|those|these|the|your) (?:\w+ )?${PART}|where did (?:that|this|those|these|the) (?:\w+ )?${PART} come from|(?:any|those|these) (?:new )?(?:injuries|marks|bruises|cuts|burns|scratches))\b|\b(?:que|como) (?:(?:le|te|se) )?(?:paso|hizo|hiciste) (?:en |con |a )?(?:el|la|los|las|tu|su|tus|sus|esa|ese|esas|esos) ${PARTE}\b|\b(?:y )?(?:esa|ese|esas|esos) ${PARTE}\b[^?]{0,20}\?|\bcomo se (?:hizo|hiciste) (?:esa|ese|esas|esos|eso)\b`);
// The patient did it: "me. they came from me", "i did those, not the job", "fui yo", "me lo hice yo".
// Not "did it myself" or "me lo hice" alone: that is how an accident is owned too ("did it myself,
// with the mandoline").
const SELF_DONE = /^(?:me|myself|yo|yo mism[oa]|fui yo|it was me|that was me)(?=[.!,]|$)|\b(?:on purpose|deliberately|a proposito|adrede|aposta)\b|\b(?:i did (?:those|these|them)(?: to myself| myself)?(?=[.!,]|$| not)|(?:they|those|these) (?:came|come|were) from me|me (?:las|los) hice yo|yo me (?:las|los) hice)\b/;
// Someone close did it: the person named first ("my dad", "her boyfriend"), or "con mi papá".
const PERSON_FIRST = /^(?:(?:lo de siempre|the usual|same as always|como siempre)[\s,.]+)?(?:con |from |por )?/;
const ACCIDENT = /^(?:no|nope|nah|not|que va|nunca|no no)\b|\b(?:at work|on the job|on site|en la obra|en el trabajo|trabajando|cooking|cocinando|shaving|afeitando|accident\w*|by mistake|playing|game|match|wrestling|ball|dog|cat|horse|bike|fell|fall|tripped|toy|teething|toddler|baby|mandoline|knife slipped|juguete|bebe|sin querer|jugando|partido|pelota|perro|gato|caballo|bici|me cai|se cayo|tropece|accidente)\b/;

/** The category of the injury's cause the reply tells (self-harm or abuse), or null. */
export function injuryCause(replyNorm: string, questionNorm: string): RiskCategory | null {
  if (!ASKS_INJURY.test(questionNorm)) return null;
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  if (ACCIDENT.test(reply)) return null;
  if (SELF_DONE.test(reply)) return 'self-harm';
  return PERSON_NAMED.test(reply.replace(PERSON_FIRST, '')) ? 'abuse' : null;
}
