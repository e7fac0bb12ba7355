// An injury asked about, and its cause told (issue 14): "what happened to your hand?" - "did it
// myself, on purpose"; "¿qué te pasó en el labio?" - "lo de siempre con mi papá". The question names no
// risk, so neither the screening questions nor the follow-ups read it; the reply alone says whether
// the patient did it (self-harm) or a person close to them did (abuse). An accident told stays an
// accident. Session 29. Rules stage only; pure, over normalize()d text.
import { firstWords, PERSON_NAMED } from './context';
import type { RiskCategory } from './types';

const PART = String.raw`(?:bandages?|finger|fingers|forearms?|eyebrow|hand|hands|arm|arms|wrist|wrists|face|eye|lip|neck|leg|legs|thigh|thighs|stomach|belly|head|cheek|nose|ribs?|back|shoulder|knuckles|bruises?|black eye|marks?|cuts?|scars?|burns?|scratches|bandage|injur(?:y|ies))`;
const PARTE = String.raw`(?:vendajes|vendas|dedo|ceja|mano|manos|brazo|brazos|muneca|munecas|cara|ojo|labio|cuello|pierna|piernas|muslo|muslos|panza|barriga|estomago|cabeza|mejilla|nariz|costillas|espalda|hombro|nudillos|marca|marcas|moreton|moretones|morado|morados|corte|cortes|cicatriz|cicatrices|quemadura|quemaduras|herida|heridas|venda|vendaje|golpe|golpes|rasgunos)`;
const ASKS_INJURY_ONLY = new RegExp(String.raw`\b(?:what happened (?:to|with) (?:your|that|those|the) (?:\w+ )?${PART}|how did you (?:get|do|break|hurt|cut|burn|bruise|injure|fracture|sprain) (?:that|this|those|these|the|your) (?:\w+ )?${PART}|how did (?:the|that|your) (?:wound|cut|burn|sore|incision|stitches) (?:\w+ )?(?:open|get infected|reopen)|why (?:did|is|are) (?:the|that|your) (?:wound|cut|burn|sore|incision|stitches) (?:\w+ )?(?:open|infected|reopen\w*)|where did (?:that|this|those|these|the) (?:\w+ )?${PART} come from|(?:any|those|these) (?:new )?(?:injuries|marks|bruises|cuts|burns|scratches))\b|\b(?:que|como) (?:(?:le|te|se) )?(?:paso|hizo|hiciste) (?:en |con |a )?(?:el|la|los|las|tu|su|tus|sus|esa|ese|esas|esos) ${PARTE}\b|\b(?:y )?(?:esa|ese|esas|esos) ${PARTE}\b[^?]{0,40}\?|\bcomo se (?:hizo|hiciste) (?:esa|ese|esas|esos|eso)\b|\bcomo se (?:fracturo|rompio|quebro|lastimo|corto|quemo|golpeo|lesiono) (?:el|la|los|las|su|esa|ese)\b|\bpor que se (?:volvio a )?(?:abrir|abrio|infectar|infecto) (?:la|su|esa) (?:herida|cortada|quemadura|cicatriz)\b`);
// A benign cause proposed ("are those bandages from the surgery?", "¿esos vendajes son de la cirugía?"):
// there a "no" rejects the benign cause, it does not deny the injury.
const PROPOSES_CAUSE = new RegExp(String.raw`\b(?:are|is) (?:those|these|that|this) (?:\w+ )?${PART} from\b|\b(?:esos|esas|ese|esa|estos|estas) (?:\w+ )?${PARTE} (?:son|es) de\b`);
// The patient did it: "me. they came from me", "i did those, not the job", "fui yo", "me lo hice yo".
// Not "did it myself" or "me lo hice" alone: that is how an accident is owned too ("did it myself,
// with the mandoline").
const PURPOSE = /\b(?:on purpose|deliberately|a proposito|adrede|aposta)\b/;
// "he shut it on my fingers, like on purpose": the purpose is someone else's.
const THEIR_PURPOSE = /\b(?:he|she|they|el|ella)\b[^.?!]{0,60}\b(?:on purpose|deliberately|a proposito|adrede)\b/;
const SELF_DONE = /^(?:me|myself|yo|yo mism[oa]|fui yo|it was me|that was me)(?=[.!,]|$)|\b(?:i did (?:those|these|them)(?: to myself| myself)?(?=[.!,]|$| not)|(?:they|those|these) (?:came|come|were) from me|me (?:las|los) hice yo|yo me (?:las|los) hice)\b/;
// ...or told through a sharp means or a fist against the wall, or a wound kept open on purpose.
const SELF_MEANS = /^(?:(?:a |the |my )?(?:kitchen knife|knife|razor|blade|box cutter|cuchillo|cuchilla|navaja|gillette|cuter)\b)|\b(?:con (?:el|la|un|una|mis|las) (?:cuter|cuchilla|navaja|gillette|tijeras|encendedor|plancha|estufa|cigarro)|with (?:a|the|my) (?:blade|razor|box cutter|lighter|cigarette|compass)|contra la pared|against the wall|a punetazos|i keep picking at it|me la abro yo|i want it open)\b/;
// The patient told it was deserved, or that he says so ("él dice que me lo busqué"): someone did it.
// ...or angered: "con la plancha, cuando se enoja".
const ANGERED = /\b(?:cuando se (?:enoja|emborracha|pone (?:mal|bravo|loco))|when (?:he|she) (?:gets )?(?:angry|mad|drunk|pissed))\b/;
const DESERVED = /\b(?:me lo busque|me lo merezco|me lo merecia|i deserved it|i asked for it|i had it coming|says i (?:deserved|asked for) it)\b/;
// "he found out i opened my own account": why he did it, told instead of who.
const HE_REACTED = /^(?:he|she|el|ella) (?:found out|saw|caught|got (?:mad|angry|drunk)|was (?:drunk|angry|mad)|se entero|me vio|me cacho|se enojo|llego (?:tomado|borracho))\b/;
// A hard moment and how the patient copes with it, asked ("what do you do when the collectors' calls
// get too much?", "¿qué hiciste la noche que te llegó el requerimiento?"): the reply that tells an act
// of self-harm ("lock the bathroom door and get my kit out", "me quemé, como siempre").
const ASKS_COPING = /\b(?:what do you do (?:when|after|if)|what did you do (?:when|after|that night|the night)|how (?:are|have) you (?:been )?(?:managing|coping|dealing)|que (?:haces|hace|hiciste|hizo) (?:cuando|despues|la noche|esa noche)|como (?:estas|esta|has estado|ha estado) (?:manejando|llevando|lidiando))\b/;
const SELF_ACT = /\b(?:(?:con|with) (?:el|la|mi|my|the|a) (?:cuter|navaja|cuchilla|gillette|blade|razor|lighter|encendedor|box cutter)|get my kit out|(?:opened|open|opening) up (?:my )?(?:old )?(?:scars|cuts)|me (?:quemo|queme|corto|corte|golpeo|lastimo|rasguno|muerdo)\b(?! (?:el pelo|las unas|con (?:la|el) (?:estufa|horno|sarten|comal))))/;
// Someone close did it: the person named first ("my dad", "her boyfriend"), or "con mi papá".
const PERSON_FIRST = /^(?:(?:lo de siempre|the usual|same as always|como siempre)[\s,.]+)?(?:con |from |por )?/;
const OPENS_NO = /^(?:no|nope|nah|not|que va|nunca|no no)\b/;
// An ordinary cause told, unless negated ("not cooking though").
const ACCIDENT = /(?<!\b(?:not|no|ni) )\b(?:at work|on the job|on site|en la obra|en el trabajo|trabajando|cooking|cocinando|shaving|afeitando|accident\w*|by mistake|playing|game|match|wrestling|ball|dog|cat|horse|bike|fell|fall|tripped|toy|teething|toddler|baby|mandoline|knife slipped|juguete|bebe|sin querer|jugando|partido|pelota|perro|gato|caballo|bici|me cai|se cayo|tropece|accidente)\b/;

// Session 31, from the spent v42 and v44: who caused it, asked ("¿quién te hizo esa marca?"); and a
// reply that sends the question to him or will not say for fear ("the usual way, you'd have to ask
// him", "prefiero no decir, me mata si se entera", "i'd rather not say in case he's listening").
const ASKS_WHO = /\b(?:who (?:did|gave you|caused|left) (?:that|this|those|these|the)\b|quien (?:te|le) (?:hizo|dejo|causo|dio) (?:esa|esas|ese|esos|eso|esta|estas|la|las|el|los)\b)/;
const POINTS_TO_HIM = /\b(?:(?:you would|you'd|you will|you'll|you) (?:have to |need to |could )?ask (?:him|her|my (?:husband|partner|boyfriend|wife|girlfriend|dad|stepdad))|(?:preguntale|preguntele|pregunte|preguntenle) a (?:el|ella|mi (?:marido|esposo|pareja|novio|viejo))|me mata si se entera|(?:in case|because) (?:he|she) (?:is|might be|could be) listening|(?:i would|i'd) rather not say\b[^.?!]{0,30}\b(?:he|she|him|her)\b|prefiero no decir\b[^.?!]{0,30}\b(?:el|ella|se entera|me mata))/;

/** The category of the injury's cause the reply tells (self-harm or abuse), or null. */
export function injuryCause(replyNorm: string, questionNorm: string): RiskCategory | null {
  if (ASKS_COPING.test(questionNorm)) return SELF_ACT.test(firstWords(replyNorm, 14)) ? 'self-harm' : null;
  const proposes = PROPOSES_CAUSE.test(questionNorm);
  const who = ASKS_WHO.test(questionNorm);
  if (!proposes && !who && !ASKS_INJURY_ONLY.test(questionNorm)) return null;
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  if ((!proposes && OPENS_NO.test(reply)) || ACCIDENT.test(reply)) return null;
  if (SELF_DONE.test(reply)) return 'self-harm';
  if (POINTS_TO_HIM.test(reply)) return 'abuse';
  if (THEIR_PURPOSE.test(reply) || HE_REACTED.test(reply) || DESERVED.test(reply) || ANGERED.test(reply) || PERSON_NAMED.test(reply.replace(PERSON_FIRST, ''))) return 'abuse';
  return PURPOSE.test(reply) || SELF_MEANS.test(reply) ? 'self-harm' : null;
}
