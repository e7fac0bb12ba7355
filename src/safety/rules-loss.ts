// Suicidal risk told through a loss, in English and Spanish (issue 14), over normalize()d text:
//   - talking to someone who has died about joining them ("mom, i'm coming", "abuela, guárdeme un
//     lugar", "espérame, ya voy");
//   - a life tied to another's ("if my boy dies i die", "si se muere me voy detrás");
//   - wishing an attack had been fatal ("i wish he'd pulled the trigger", "el milagro hubiera sido
//     no salir").
// Written from the kinds of misses left on the spent sets (never a copy of a line). Grief talk is
// full of the dead and of "see you", so a reunion counts only beside a sign the person is dead, and
// only in the words of going to them (coming, joining, wait for me, save me a place), never "i
// visit her grave every sunday" or "i'll see you next week, mom". A death wish on a past attack
// needs the attacker finishing it ("pulled the trigger", "killed me"), not fear of the attacker.
import type { Rule } from './rules-en';

// Signs, in the same clause, that the person spoken to or about is dead. Not "dead", "gone", "can
// you hear me" or "my phone died": on a video call those are batteries, errands and the line.
const DEVICE = String.raw`(?:phone|battery|laptop|computer|tablet|internet|wifi|signal|car|engine|connection|camera|mic|screen)`;
const DEAD_EN = String.raw`(?:passed away|(?<!${DEVICE} )(?:passed|died)|grave|cemetery|heaven|buried|if you are listening|late (?:wife|husband|son|daughter|mom|mum|dad|mother|father))(?! (?:on|out|by|the|a|my|your|in a|down)\b)`;
// Going to them: never "coming back", "coming in", "with you in a second".
const REUNION_EN = String.raw`(?:i am (?:coming|on my way)(?: to (?:you|see you|be with you|join you))?(?: soon| now)?(?! (?:back|in|over|up|down|out|right|to the|home|round|around|with)\b)|i am almost there|i will (?:be with|join|come to) (?:you|her|him|them)(?: soon| again| before| there)?(?! in a)|i am going to (?:come see|come to|be with|join) (?:you|her|him|them)(?! in a| at| on| for| next| tomorrow)|wait for me(?! (?:to|at|in|outside|downstairs)\b)|save me a (?:seat|place|spot)(?! (?:at|in|on)\b)|(?:i will )?see you soon(?! (?:at|next|on|for|in)\b))`;
const DEAD_ES = String.raw`(?:murio|se murio|se me murio|fallecio|difunt[oa]|que en paz descanse|en el cielo|desde el cielo|cementerio|panteon|tumba)(?! (?:el|la|mi) (?:celular|telefono|bateria|compu|computadora|laptop|internet|senal|carro|coche|camara)\b)`;
const REUNION_ES = String.raw`(?:ya (?:voy|mero llego|casi llego)(?: pa alla| para alla| contigo| con usted)?(?! (?:a|al|para la|pa la|por)\b)|(?:esperame|espereme|esperenme)(?! (?:tantito|un|una|aqui|ahi|abajo|afuera)\b)|(?:guardame|guardeme|guardenme) (?:un )?(?:lugar|lugarcito|sitio)|(?:pronto|prontito) (?:estare|estoy|voy a estar) (?:contigo|con usted|con ustedes|con (?:el|ella))|nos vemos (?:pronto|prontito)(?! (?:en|el|la)\b)|me voy (?:contigo|con usted|con (?:el|ella))|me quiero ir con (?:el|ella|ellos|usted))`;

const W = String.raw`(?:,? [a-z0-9']+)`;

export const RULES_LOSS: Rule[] = [
  // Reunion with the dead, either order within the clause.
  { id: 'en-join-dead', category: 'suicidal', re: new RegExp(String.raw`\b${DEAD_EN}\b${W}{0,14}?,? ${REUNION_EN}\b|\b${REUNION_EN}\b${W}{0,10}?,? (?:since|now that|after) (?:you|she|he|they) (?:passed|died|went|left us)\b`), negWindow: 0 },
  { id: 'es-reunirse-muerto', category: 'suicidal', re: new RegExp(String.raw`\b${DEAD_ES}\b${W}{0,14}?,? ${REUNION_ES}\b|\b${REUNION_ES}\b${W}{0,10}?,? (?:desde que (?:se murio|se fue|fallecio|ya no esta))\b`), negWindow: 0 },
  // A life tied to another's: "if my boy dies i die", "si se muere me voy detrás".
  { id: 'en-if-dies-i-go', category: 'suicidal', re: /\bif (?:my|the) (?:boy|girl|son|daughter|baby|kid|child|husband|wife|partner|mom|mum|dad) (?:dies|does not make it|doesn't make it|goes)\b,? (?:then )?i (?:die|go (?:too|with (?:him|her)|after (?:him|her))|am going (?:too|with (?:him|her))|am not staying)\b|\bif the (?:scan|results?|biopsy) (?:is|are|comes back) bad,? i (?:go|am going|die) (?:with (?:her|him)|too)\b/, negWindow: 0 },
  { id: 'es-si-muere-me-voy', category: 'suicidal', re: /\bsi (?:mi \w+ |el nino |la nina |se )?(?:se )?(?:me )?muere,? (?:yo )?(?:me muero|me voy (?:detras|con (?:el|ella)|tras (?:el|ella))|me voy yo tambien|me mato)\b|\b(?:se iba|me voy|me iria|me ire) detras de (?:el|ella|su hijo|su hija|mi hijo|mi hija)\b/, negWindow: 0 },
  // Wishing an attack had been fatal.
  { id: 'en-wish-attack-fatal', category: 'suicidal', re: /\bi wish (?:he|she|they|the (?:guy|man|robber|driver)) (?:had|would have|would) (?:pulled the trigger|shot me|killed me|finished me off|finished the job|done it)\b|\bi would have been (?:happier|better off|relieved) if (?:he|she|they|the guy) had (?:done it|pulled the trigger|killed me|shot me)\b|\bthat was supposed to be my time\b/, negWindow: 0 },
  { id: 'es-ojala-me-hubiera', category: 'suicidal', re: /\bojala (?:me hubiera|me hubieran|hubiera|hubieran) (?:matado|disparado|rematado|jalado el gatillo)\b|\bel milagro (?:hubiera sido|habria sido|seria) no salir\b/, negWindow: 0 },
];
