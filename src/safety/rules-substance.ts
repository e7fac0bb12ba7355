// Risk told inside alcohol and drug use (issue 14), English and Spanish, over normalize()d, masked
// text. Session 30, from the kinds of misses on the spent v42 (substance use, recovery and relapse),
// never a copy of a line: a week's take-home doses planned at once, drinking to death as the plan,
// an overdose that was no accident, no call next time, a mix taken so as not to wake, wishing the
// overdose had been the end; self-harm to get through cravings; a family member who steals the
// medicines and knocks the patient over. Recovery talk is full of "that drink almost killed me" and
// "one more hangover and i'm dead", so each needs the plan, the intent or the act with it.
// `late`: the learned stage was trained without them.
import type { Rule } from './rules-en';

const INTENT = String.raw`(?:going to|gonna|will|plan(?:ning)? to|want to|wanna|about to|i'm going to|i am going to)`;

export const RULES_SUBSTANCE: Rule[] = [
  // Many days' doses, or the whole bottle, planned at once.
  { id: 'sb-all-at-once', category: 'suicidal', late: true, re: new RegExp(String.raw`\b${INTENT} (?:take|swallow|drink|down|use) (?:my |the |all (?:my |the |of my |of the )?)?(?:whole |entire )?(?:[a-z']+ ){0,3}?(?:bottle|supply|stash|prescription|doses|take ?homes?|week'?s? worth)\b[^.?!]{0,30}?\b(?:at once|all at once|in one go|together|at the same time)\b|\b(?:me voy a tomar|voy a tomar|pienso tomar|me tomo|me quiero tomar) (?:las|todas las|toda la) (?:dosis|pastillas|metadona|botella)\b[^.?!]{0,50}?\b(?:juntas|de una vez|de un jalon|todas de golpe)\b`) },
  // Drinking to death given as the plan ("mi plan es chupar hasta morirme").
  { id: 'sb-drink-to-death', category: 'suicidal', late: true, re: /\bdrink(?:ing)? myself to death\b(?=[^?]{0,40}\b(?:literally|i mean (?:it|that)|that is the plan|the plan|for real|on purpose)\b)|\b(?:mi plan es|pienso|quiero|voy a|planeo) (?:chupar|tomar|beber|pistear|chupar) hasta (?:morirme|matarme|reventar)\b/ },
  // An overdose that "might not have been an accident".
  { id: 'sb-od-not-accident', category: 'suicidal', late: true, re: /\b(?:overdose|overdosed|od|o d|sobredosis)\b[^.?!]{0,50}?\b(?:might not have been|may not have been|was not|was not really|was never|no fue|no fue tan|no fue del todo) (?:an |un |tan |del todo )?(?:accident|accidental|accidente)\b/ },
  // No call next time ("la próxima no llamo a nadie"); "so i don't wake up".
  { id: 'sb-no-call-next', category: 'suicidal', late: true, re: /\b(?:next time|la proxima(?: vez)?)\b[^.?!]{0,25}?\b(?:i (?:will not|am not going to) call (?:anyone|anybody|nine one one|911|an ambulance)|no (?:llamo|voy a llamar|le aviso) a nadie|nobody (?:is going to|will) find me|no me van a encontrar)\b|\bso (?:that )?i (?:just )?(?:do not|will not|never) wake up\b|\b(?:pa|para) (?:ya )?no despertar(?:me)?\b/ },
  // Wishing the overdose or the night had been the end ("ojalá me hubiera muerto en esa sobredosis").
  { id: 'sb-wish-died', category: 'suicidal', late: true, re: /\bojala (?:me hubiera muerto|no hubiera despertado|no me hubieran (?:revivido|traido de vuelta|salvado)|me hubieran dejado morir)\b|\bi wish (?:they|you|he|she|the paramedics) (?:had|would have) (?:let me (?:die|go)|left me)\b/ },
  // Cutting deeper than usual; skin opened with a clip or a nail; burns with cigarettes or an iron in Spanish.
  { id: 'sb-cut-deeper', category: 'self-harm', late: true, re: /\bi cut (?:pretty |really |too |so |a bit |way )?deep(?:er)? (?:on|last|this|yesterday|than (?:usual|normal|before|i meant|i planned))\b|\b(?:scratched|cut|carved|dug|opened) (?:up )?(?:my|into my) (?:arms?|legs?|wrists?|skin|thighs?) (?:open )?with (?:a|the|my) (?:paperclip|paper clip|pen|needle|pin|safety pin|key|staple|compass|fingernail|nail)\b|\bme (?:queme|marque|quemaba|marcaba) (?:los|las|el|la|mis|mi) (?:brazos?|piernas?|muslos?|tobillos?|munecas?|manos?|panza|piel|pecho|hombros?|antebrazos?|dedos?) con (?:cigarros?|cigarrillos?|colillas?|el encendedor|un encendedor|la plancha|fosforos|cerillos|un fierro)\b(?![^.?!]*\b(?:sin querer|por accidente|accidentalmente|cocinando|planchando)\b)|\bme (?:rascaba|rasco|rasque|arrancaba) (?:las|mis) (?:cicatrices|costras|heridas) (?:[a-z]+ ){0,4}?hasta (?:abrirlas|que se abr\w+|sangrar)\b/ },
  // Someone at home knocks the patient over, or locks the family in.
  { id: 'sb-knocked-over', category: 'abuse', late: true, re: /\b(?:he|she|they|my (?:[a-z]+ )?(?:son|daughter|husband|wife|partner|boyfriend|girlfriend|brother|sister|grandson|granddaughter|father|dad|mother|mom|mum|stepdad|nephew))\b[^.?!]{0,50}?\bknocked me (?:over|down|to the (?:floor|ground))\b|\bnos (?:cierra|encierra|deja encerrad[oa]s) (?:con llave )?en (?:el|un|la) (?:cuarto|bano|sotano|casa)\b/ },
  // Session 30, second pass on the spent v42's indirect misses.
  // A child left alone while the parent goes to score or drink.
  { id: 'sb-child-left-to-use', category: 'abuse', late: true, re: /\b(?:left|leave|leaving|deje|dejo|dejando) (?:my |mi |a mi |a mis |the )?(?:[a-z]+ ){0,3}?(?:year old|kid|kids|baby|daughter|son|toddler|nena|nene|hijo|hija|hijos|bebe|nina|nino|chiquita|chiquito)\b[^.?!]{0,50}?\b(?:while i (?:went|go|was|ran) (?:in |out )?(?:to )?(?:score|scoring|buy|get (?:high|more|some)|use|using|drink|drinking|pick up|cop)|mientras (?:iba|fui|voy|salia|sali) a (?:buscar|comprar|consumir|tomar|pistear|conectar))\b/ },
  // Naloxone thrown out or given away, so as not to be revived.
  { id: 'sb-naloxone-away', category: 'suicidal', late: true, re: /\b(?:narcan|naloxone|naloxona)\b[^.?!]{0,60}?\b(?:threw (?:it|them) (?:out|away|in)|tossed|binned|gave (?:it|them) away|got rid of|la regale|la tire|la bote|lo regale|lo tire|lo bote)\b|\b(?:no quiero|i do not want|i don't want) (?:que me (?:despierten|revivan|salven|traigan de vuelta)(?: otra vez| de nuevo)?|(?:anybody|anyone|somebody|someone) (?:to )?(?:use|using) it on me|to be (?:revived|woken up|brought back)(?: again)?)\b/ },
  // A dose pushed on purpose, or "a little more than usual" to drift off; waking left to chance (not
  // "si despierto, despierto": normalize() folds the repeated word).
  { id: 'sb-push-dose', category: 'suicidal', late: true, re: /\bhow far i can push it before (?:it|my heart|i|everything) stops?\b|\b(?:bigger|larger|stronger) (?:shots|doses|hits|lines) on purpose\b|\b(?:a little|a bit|un poquito|un poco) more than (?:usual|normal)\b[^.?!]{0,30}?\b(?:peaceful|drift off|not wake|never wake|be over|go to sleep)\b|\bun poquito mas de lo de siempre\b[^.?!]{0,30}?\b(?:me quedo dormid[oa]|no despierto|y listo|y ya)\b|\bif i wake up,? i wake up\b/ },
  // A drunk or high partner or ex at the door at night, banging or kicking.
  { id: 'sb-drunk-at-door', category: 'abuse', late: true, re: /\b(?:showing up|shows up|turns up|comes|viene|llega|aparece) (?:[a-z]+ ){0,3}?(?:drunk|wasted|high|borracho|tomado|drogado|pasado)\b[^.?!]{0,40}?\b(?:banging|pounding|kicking|hammering|a patear|pateando|golpeando|aporreando)\b|\bviene a (?:patear|golpear|aporrear) (?:el porton|la puerta|la ventana)\b[^.?!]{0,40}?\b(?:borracho|tomado|drogado)\b/ },
  // No food at home because it goes on drink or pills.
  { id: 'sb-food-to-pills', category: 'abuse', late: true, re: /\b(?:never|no) food in the house\b[^.?!]{0,40}?\b(?:spends|spent|drinks|uses|sells)\b|\bnunca hay (?:nada|comida)\b[^.?!]{0,60}?\b(?:para comprar|pa comprar|se lo gasta|se lo toma|vende)\b/ },
  // Waking from a blackout with someone else's blood on one.
  { id: 'sb-blackout-blood', category: 'harm-others', late: true, re: /\b(?:woke up|wake up|came to|me desperte|desperte)\b[^.?!]{0,50}?\b(?:(?:her|his|their) blood|sangre de (?:ella|el|mi (?:esposa|mujer|pareja|novia|novio|esposo)))\b/ },
  // A visit "she won't forget" once out; someone "is gonna have an accident, i'm telling you"; held back.
  { id: 'sb-visit-wont-forget', category: 'harm-others', late: true, re: /\bpay(?:ing)? (?:her|him|them) a (?:little )?visit (?:she|he|they) (?:won't|will not|will never|is not going to|are not going to) forget\b|\b(?:is|are) (?:gonna|going to) have an accident\b[^.?!]{0,30}?\b(?:i am telling you|mark my words|you watch|one of these (?:nights|days))\b|\bgo (?:looking for|after) (?:the|my|that) [a-z]+\b[^.?!]{0,50}?\b(?:has|had|have) to (?:physically )?hold me back\b/ },
  // Sobriety paid for on the body; pain kept up to beat a craving; hands split on the wall; keys dug in.
  { id: 'sb-pay-with-skin', category: 'self-harm', late: true, re: /\b(?:pay for it|me lo cobro|lo pago)\b[^.?!]{0,10}?\b(?:with my (?:arms|skin|legs|body|wrists)|en la piel|en los brazos|con la piel|con los brazos)\b|\bif my (?:arm|arms|leg|legs|skin|hand|hands) hurts? enough\b|\b(?:knuckles|hands) (?:are )?(?:all )?(?:scabbed|busted|split|bloody|raw) (?:up )?from the wall\b|\bnudillos (?:reventados|abiertos|rotos|pelados) de (?:la pared|pegarle a la pared)\b|\b(?:dug|dig|digging) (?:at |into )?my (?:forearm|arm|arms|wrist|thigh|leg|skin) with (?:my|the|a) (?:keys?|nails?|pen|fork|scissors)\b|\bclavandome (?:las|unas|una|la) (?:llaves?|unas|tijeras|pluma|aguja)\b/ },
];
