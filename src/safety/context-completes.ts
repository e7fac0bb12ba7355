// Replies that complete the clinician's question (issue 14): the question names what the reply
// leaves out. Pure, normalize()d text, read by the rules stage (detect.ts) like context-followup.ts.
// - "What did you mean when you said he'd regret it?" answered "that I'm going to kill him": said
//   alone, "I'm going to kill him" is usually hyperbole (no rule reads it bare); restated when asked
//   what it meant, it is the meaning.
// - "What goes through your mind on the bridge?" answered "wanting to jump": the place is in the
//   question, the urge in the reply.
import type { RiskCategory } from './types';

interface Completion {
  category: RiskCategory;
  rule: string;
  question: RegExp;
  reply: RegExp;
  /** The reply puts it out of the question ("i used to..."). */
  unless?: RegExp;
}

// Said right before the verb, it denies it: "no, i am not going to kill him", "no lo voy a matar".
const NOT = String.raw`(?:not|never|no|nunca|jamas|ni|nor)`;
// Killing a person, the plain forms the statement rules leave to hyperbole.
const KILL_PERSON = String.raw`(?:going to|gonna|will|i would|want to|wanted to|about to) (?:kill|murder|stab|shoot|strangle) (?:him|her|them|that (?:man|woman|guy)|the (?:man|woman|guy))\b|\b(?:lo|la|los|las) (?:voy a|iba a|quiero|queria|pienso|voy a ir a) matar\b|\b(?:voy a|iba a|quiero|queria|pienso) matarl[oa]s?\b`;
// A jump or a fall told as an urge or a thought, not "jump on the train" or "tirarme en la cama".
const JUMP_URGE = String.raw`(?:want|wanted|wanting|urge|urges|feel like|felt like|thinking (?:of|about)|thought (?:of|about)|tempted|ganas de|pienso en|pensando en|pense en|quisiera|quiero|queria|se me ocurre|me dan ganas de|me entran ganas de)\b(?: [a-z]+){0,5}? (?:to )?(?:jump|jumping|throw myself|throwing myself|step off|stepping off|let go|letting go|tirarme|aventarme|lanzarme|arrojarme|saltar|echarme|dejarme caer|soltarme)\b(?! (?:on|onto|in|into|at|over|up|out of bed|a la cama|en la cama|al sofa|en el sofa|a la piscina|a la alberca|al agua|a dormir|en paracaidas|con paracaidas)\b)`;

// Session 26. A question about coping or about what the patient does when upset, answered with a
// self-harm act or tool ("the lighter thing", "me doy contra la pared"): the question makes it a habit.
const COPING_Q = /\b(?:handled|handle|dealt with|sorted|took care of|punish|punished|punishing|fix|fixed)\b[^?]{0,60}\b(?:what (?:did|do) you do|what does that look like|what did that look like|what happened)\b|\b(?:lo |la )?(?:resolviste|resolvio|resolvi|arreglaste|arreglo|castigas|castiga|castigaste)\b[^?]{0,60}\b(?:que hiciste|que hizo|que haces|que hace|como es eso)\b|\bwhen\b[^?]{0,50}\bwhat do you (?:usually |normally )?do\??$|\bcuando\b[^?]{0,50}\bque (?:hace|haces)\??$|\bwhat do you (?:usually |normally )?do (?:to cope|when (?:you|it|that|things|the))\b|\bhow do you (?:cope|deal with (?:it|that|them)|calm (?:yourself )?down|get through (?:it|them))\b|\bque (?:hace|haces) (?:usted )?(?:cuando|para (?:calmarse|calmarte|aguantar|sobrellevar))\b|\bcomo (?:lo |la |los )?(?:maneja|manejas|sobrelleva|sobrellevas|aguanta|aguantas)\b/;
// The tool only as the answer itself ("the lighter thing", "lo del encendedor"): "i grab my lighter and
// go out for a smoke" names a lighter in passing. The act ("cut myself", "me doy contra la pared")
// anywhere, but not told as the past ("i used to cut myself").
const HARM_TOOL_FIRST = String.raw`^(?:(?:lo (?:mismo )?de siempre|the usual|same as always|honestly|well|um|uh|pues)[\s,.]+)*(?:the |my |a |el |la |un |una |lo del? |lo de la )?(?:lighter|blades?|razors?|box cutter|encendedor|cuchillas?|navaja|cuter|cutter)\b(?! (?:fluid|for|to light|para prender|para encender))`;
const HARM_ACT = String.raw`\b(?:cut|cutting|burn|burning|scratch|scratching|hit|hitting|bang|banging|punch|punching|bite|biting) (?:myself|my (?:arms?|legs?|wrists?|head|thighs?|skin|hands?))\b|\bused (?:the|a|my) (?:blade|razor|lighter|sharpener)\b|\bme (?:corto|corte|quemo|queme|pego|pegue|golpeo|golpee|rasguno|arano|muerdo|mordi)\b|\bme doy (?:contra|de golpes|golpes|cabezazos)\b`;
const PAST_HABIT = /\b(?:used to|solia|anymore|any more|ya no|no longer|antes (?:me|lo))\b/;
// A question about an injury answered "i did it myself" / "yo solita" / "that's what i'm supposed to say".
const INJURY_Q = /\b(?:where did|how did you get) (?:the|those|these|that|this|your) (?:[a-z]+ )?(?:bruises?|marks?|cuts?|burns?|black eye|injur\w+|scratch\w*)\b|\bcomo (?:te|se) hiciste (?:esa|ese|esas|esos|la|el|las|los) (?:herida|heridas|moreton|moretones|marca|marcas|corte|cortes|golpe|golpes)\b|\bwhat happened (?:to|with|on) your (?:arms?|wrists?|forearms?|legs?|thighs?|eye|face|neck|hands?|lip)\b|\b(?:did|does) (?:that|this|the) (?:bruise|mark|cut|burn|black eye|injury)\b[^?]{0,30}\b(?:from|come from)\b|\bque (?:le|te) paso (?:en )?(?:el|la|los|las)? ?(?:brazo|antebrazo|muneca|munecas|pierna|piernas|ojo|cara|cuello|mano|labio)\b|\b(?:eso|esa|ese|esas|esos) (?:del?|de la|marcas?|moretones?|heridas?|cortes?)\b[^?]{0,30}\bque (?:le|te) paso\b|\b(?:y )?(?:esas|esos) (?:marcas|moretones|morados|heridas|cortes) (?:en|del|de la)\b/;
const SELF_DONE = String.raw`(?:yo solit[oa]|yo mism[oa]|me (?:lo|la|los|las) hice (?:yo|sol[oa])|i did (?:it|that|this|them) (?:to )?myself|(?:did|do) it on purpose)\b(?![^.]{0,30}\b(?:accident|accidente|sin querer|chopping|cooking|cocinando|cortando (?:la|el|las|los) (?!venas))\b)`;
const COVER_STORY = String.raw`(?:that is what i (?:am supposed to|have to|always|usually) (?:say|tell)|what i am supposed to say|eso (?:es lo que )?(?:digo siempre|siempre digo)|eso (?:tengo|debo) (?:que )?decir|es lo que (?:tengo|debo) (?:que )?decir|that is what i tell (?:people|everyone)|or so i (?:say|tell people))`;

// Session 27, from the spent v31: a question about marks, cuts, burns, bandages or covering up
// ("are the cuts healing okay?", "why the long sleeves in this heat?", "how long since the last
// time?") answered with the act going on: new ones, this time's tool, hiding this week's, doing it
// oneself. The question alone is ordinary care; the reply's own words make it a habit.
const MARKS_Q = new RegExp(String.raw`${INJURY_Q.source}|\b(?:cuts|marks|burns|scars|scratches|cortes|cortadas|marcas|quemaduras|cicatrices|heridas|moretones)\b|\b(?:long sleeves|manga larga|mangas largas|band aids|plasters|curitas|bandages|vendas|vendaje|first aid|primeros auxilios|botiquin|punish yourself|te castigas|se castiga|the last time|la ultima vez)\b|\b(?:que|q) (?:le|te) paso (?:a|en|con) (?:tus|sus|su|tu|la|el|los|las) (?:lentes|anteojos|gafas|ojo|ojos|cara|brazo|brazos|muneca|munecas|pierna|piernas|mano|manos|cuello|labio|diente|dientes)\b`);
const HARM_GOING_ON = String.raw`(?:i did (?:it|that|this|them)\b(?!,? (?:by accident|accidentally|at work|cooking|gardening|playing|at the gym|on the))|(?:eso |esto )?me (?:lo|la|los|las) hice yo\b|lo que me hago\b|(?:las|los) de esta semana\b|i keep (?:opening|reopening|picking|doing|cutting|burning|scratching)\b|i only do it (?:where|on|under|when)\b|para que no se vean\b|para tapar (?:lo que|las|los)\b|so (?:nobody|no one|they|people|my (?:mom|mum|dad|parents)) (?:can not|do not|will not|cannot|won't|don't) see\b|from doing it\b|de (?:tanto )?hacermelo\b|(?:head banging|banging my head)\b|(?:knife|blade|razor|lighter|stove|coil|iron|scissors|tijera|cuchillo|navaja|encendedor|gillette) (?:this|that|each|every) time\b|(?:a few|unos|un par de) (?:seconds|segundos) (?:each|every|cada) (?:time|vez)\b)`;
// Whom the patient is afraid of, or who got angry, said in the reply to an injury question ("same as
// last time, he didn't like dinner", "fue el domingo, él se enojó por la cena").
const ANGRY_PERSON = String.raw`\b(?:he|she|el|ella|my (?:husband|boyfriend|partner|dad|father|stepdad|ex|son|brother)|mi (?:esposo|marido|novio|pareja|papa|padre|padrastro|ex|hijo|hermano))\b (?:did not like|didn't like|got (?:mad|angry|drunk)|was (?:angry|mad|drunk)|lost (?:it|his temper|her temper)|se enojo|se puso (?:bravo|brava|furioso|furiosa|como loco|como loca|mal)|se emborracho|estaba (?:borracho|borracha|tomado|tomada|enojado|enojada))\b`;

const COMPLETIONS: Completion[] = [
  {
    category: 'harm-others',
    rule: 'ctx-restated-threat',
    question: /\bwhat (?:did|do) you mean\b|\bwhat (?:were|are) you (?:going|planning|thinking of doing) to do\b|\bque (?:quiso|quisiste|quiere|quieres|queria|querias) decir\b|\ba que (?:se refiere|te refieres|se referia|te referias)\b/,
    reply: new RegExp(String.raw`(?<!\b${NOT} )\b(?:${KILL_PERSON})`),
  },
  {
    category: 'suicidal',
    rule: 'ctx-place-jump',
    question: /\b(?:bridge|balcony|roof|rooftop|ledge|cliff|railway|train tracks|the tracks|platform|overpass|flyover|car park roof|top floor|puente|balcon|azotea|terraza|cornisa|acantilado|barranco|vias del tren|las vias|anden|paso elevado|ultimo piso)\b/,
    reply: new RegExp(String.raw`(?<!\b${NOT} )\b${JUMP_URGE}`),
  },
  { category: 'self-harm', rule: 'ctx-coping-harm', question: COPING_Q, reply: new RegExp(String.raw`${HARM_TOOL_FIRST}|(?<!\b${NOT} (?:[a-z]+ )?)${HARM_ACT}`), unless: PAST_HABIT },
  { category: 'self-harm', rule: 'ctx-injury-self-done', question: INJURY_Q, reply: new RegExp(String.raw`(?<!\b${NOT} )\b${SELF_DONE}`) },
  { category: 'abuse', rule: 'ctx-injury-cover-story', question: INJURY_Q, reply: new RegExp(String.raw`\b${COVER_STORY}\b`) },
  { category: 'abuse', rule: 'ctx-injury-person', question: INJURY_Q, reply: /^(?:him|her|he did|she did|ya sabes quien|you know who|(?:fue )?(?:el|ella)(?=[.,!]|$)|(?:my|mi) (?:husband|boyfriend|partner|dad|father|stepdad|ex|brother|esposo|marido|novio|pareja|papa|padre|padrastro|ex|hermano)(?=[.,!]|$| (?:did|hizo|me)\b))/ },
  { category: 'self-harm', rule: 'ctx-marks-going-on', question: MARKS_Q, reply: new RegExp(String.raw`(?<!\b${NOT} )\b${HARM_GOING_ON}`), unless: /\b(?:accident|accidentally|by mistake|sin querer|accidente|cooking|cocinando|slicing|chopping|gardening|cortando (?:pan|cebolla|verdura|carne))\b/ },
  { category: 'abuse', rule: 'ctx-injury-angry-person', question: MARKS_Q, reply: new RegExp(ANGRY_PERSON) },
  // "You mentioned stockpiling your medication. What's that for?" answered "for when i've had enough".
  { category: 'suicidal', rule: 'ctx-stockpile-purpose', question: /\b(?:stockpil\w*|saving (?:up )?(?:your |the )?(?:pills|tablets|meds|medication)|guardas? (?:las )?pastillas|guardando (?:las )?pastillas|juntando pastillas)\b[^?]{0,60}\b(?:what (?:is|are) (?:that|those|they|it) for|para que (?:son|es|las)|why)\b/, reply: /\b(?:for when|in case|just in case|para cuando|por si (?:acaso|un dia|algun dia)?|por las dudas)\b/ },
];

/** The category the reply completes from the question, or null. Both arguments normalize()d. */
export function completesQuestion(replyNorm: string, contextNorm: string): { category: RiskCategory; rule: string } | null {
  for (const c of COMPLETIONS) if (c.question.test(contextNorm) && c.reply.test(replyNorm) && !c.unless?.test(replyNorm)) return { category: c.category, rule: c.rule };
  return null;
}
