// Risk told by its signs rather than named (issue 14), English and Spanish, over normalize()d,
// masked text. Session 30, from the kinds of indirect misses on the spent v41 (never a copy of a
// line): bruises placed where no one sees them, a door locked against someone at home, children
// hidden until a parent sleeps, a person's car and hours learned "for when i'm ready", anger
// "enough that i've planned how", courage waited for beside the means, poison carried, a blade
// taken into a locked bathroom, going to be with the dead "and that's it".
// Each needs the sign together with what makes it one (the hidden place, the person, the means, the
// finality), not the everyday words alone. `late`: the learned stage was trained without them.
import type { Rule } from './rules-en';

const MEANS = String.raw`(?:pills|tablets|rope|gun|pistol|rifle|bridge|poison|blade|blades|razor|knife|bottle|pastillas|cuerda|pistola|escopeta|puente|veneno|navaja|cuchillo|cuchillas|gillette|soga|lazo)`;
const ITCH = String.raw`(?:itch\w*|eczema|rash|bites?|hives|psoriasis|chickenpox|mosquito\w*|bug|picaduras?|piquetes?|comezon|picazon|ronchas?|zancudos?|mosquitos?|alergia|sarpullido|varicela|urticaria|granos?)`;

export const RULES_SIGNS: Rule[] = [
  // Abuse placed where it does not show.
  { id: 'sg-marks-hidden', category: 'abuse', late: true, re: /\b(?:marks|bruises|welts) (?:are |is )?(?:where|that) (?:(?:you|people|anyone) (?:can not|cannot|will not|would not|do not|does not)|(?:nobody|no one) (?:can|will|would|does)) see\b|\b(?:marks|bruises) where (?:it|they) (?:do not|does not|will not|won't) show\b|\b(?:marcas|moretones|morados|golpes|cardenales) (?:donde|que) no se (?:ven|notan)\b|\bme (?:pega|golpea|pegaba|golpeaba) donde no se (?:ve|nota)\b/ },
  // What the patient did to their own arms, given as why they are covered.
  { id: 'sg-did-to-my-arms', category: 'self-harm', late: true, re: /\bwhat i (?:did|do|have done|keep doing) to my (?:arms|wrists|legs|thighs|skin|stomach)\b|\blo que me (?:hice|hago|he hecho|hacia) en (?:los brazos|las munecas|las piernas|los muslos|la piel|la panza)\b/ },
  // Anger given as "enough that i've planned how".
  { id: 'sg-angry-planned-how', category: 'harm-others', late: true, re: /\b(?:angry|mad|furious|pissed|enough)\b[^.?!]{0,20}?\b(?:that |to )?(?:i have |i )?(?:planned|worked out|figured out|thought through|thought out) (?:how|exactly how|the how)\b|\btanto que ya (?:pense|planee|tengo pensado|he pensado|planeé|se) (?:como|cómo)\b/ },
  // A person's car, route or hours learned "for when i'm ready"; how easy it would be to follow them.
  { id: 'sg-schedule-ready', category: 'harm-others', late: true, re: /\b(?:learn|learning|learnt|learned|memori[sz]ing|know|knowing|watching) (?:his|her|their) (?:schedule|routine|movements|hours|shifts|route)\b[^.?!]{0,30}?\b(?:for when i am ready|when the time comes|when i am ready|for the day)\b|\b(?:aprenderme|saberme|conocer|me se|memorizar) (?:sus|los) (?:horarios|rutinas|movimientos|turnos|rutas)\b[^.?!]{0,30}?\b(?:pa|para) cuando (?:este|estes|llegue el momento)\b|\bi know (?:what|which) car (?:he|she) drives\b[^.?!]{0,40}?\b(?:what time|when) (?:he|she) (?:leaves|gets off|comes out|gets home)\b|\b(?:se|conozco) (?:que|cual) (?:carro|coche|auto|camioneta|moto) (?:maneja|tiene|usa)\b[^.?!]{0,30}?\ba que hora (?:sale|llega|entra)\b|\bhow easy it (?:would|will) be to (?:follow|get|grab|catch|run over|hurt|jump) (?:him|her|them)\b|\blo facil que (?:seria|es|sera) (?:seguirl[oa]|agarrarl[oa]|atropellarl[oa]|esperarl[oa])\b/ },
  // Someone "will not walk out of" a place, said as a threat.
  { id: 'sg-not-walk-out', category: 'harm-others', late: true, re: /\b(?:he|she|they) (?:would not|will not|is not going to|are not going to|would never) (?:be )?(?:walk(?:ing)? out|get(?:ting)? out|leav(?:e|ing)|make it out)(?: of)? (?:that|the|this|there)\b[^.?!]{0,20}?(?:put it that way|you know what i mean|if you get me|alive|in one piece|on (?:his|her|their) (?:own )?feet)|\bno (?:sale|va a salir|saldria) (?:entero|entera|viv[oa]|con vida|caminando|de pie) de\b/ },
  // Courage waited for, beside the means ("i bring the pills and wait to get brave").
  { id: 'sg-wait-brave', category: 'suicidal', late: true, re: new RegExp(String.raw`(?:(?<=\b${MEANS}\b[^?]*)|(?=[^?]*\b${MEANS}\b))\b(?:wait(?:ing)? (?:to get|for the|until i (?:get|have|find) the) (?:brave|courage|nerve|guts)|working up the (?:courage|nerve|guts)|juntar (?:el )?(?:valor|valentia)|agarrar valor|esperando (?:tener )?(?:el )?valor|esperando (?:a )?animarme)\b`) },
  // Poison carried on one's person, or taken to a grave ("llevo el veneno").
  { id: 'sg-carry-poison', category: 'suicidal', late: true, re: /\b(?:llevo|traigo|cargo|llevaba|traia|lleve|traje) (?:el|la|un|una|mi) (?:veneno|raticida|matarratas|fosfuro)\b|\bi (?:carry|bring|brought|take|took) (?:the|a|some|my) (?:poison|rat poison|weed killer|antifreeze)\b/ },
  // A life for a life, the patient's own.
  { id: 'sg-life-for-life', category: 'suicidal', late: true, re: /\b(?:una vida por otra|vida por vida|a life for a life)\b[^.?!]{0,30}?\b(?:la mia|mine|my own|yo)\b/ },
  // Pain made sure of ("so i make sure i hurt too, physically").
  { id: 'sg-make-sure-hurt', category: 'self-harm', late: true, re: /\bi (?:make sure|see to it|made sure) (?:that )?i (?:hurt|bleed|suffer|feel it)\b|\bme (?:aseguro|encargo) de (?:que me duela|sangrar|sufrir)\b/ },
  // Locked in the bathroom with a blade or the pills.
  { id: 'sg-locked-with-blade', category: 'self-harm', late: true, re: /\b(?:locked|shut) (?:myself )?in (?:the|my) (?:bathroom|toilet|loo|room|bedroom) with (?:the|a|my|his|her) (?:scissors|razor|razors|blade|blades|knife|box cutter|lighter)\b|\b(?:me encerre|encerrad[oa]|me encierro) en (?:el bano|mi cuarto|el cuarto) con (?:las tijeras|la navaja|el cuchillo|la gillette|las hojas|las cuchillas|el cuter|el encendedor)\b/ },
  // Scratching or picking until it bleeds, said without an itch ("rascándome hasta sangrar, cada noche").
  { id: 'sg-scratch-bleed', category: 'self-harm', late: true, re: new RegExp(String.raw`(?<!\b${ITCH}\b[^?]*)\b(?:rascandome|aranandome|rasgunandome|pellizcandome|mordiendome|scratch(?:ed|ing)?|pick(?:ed|ing)? at (?:my|it)|claw(?:ed|ing)?) (?:(?!${ITCH}\b)[a-z]+ ){0,3}?(?:hasta (?:sangrar|que (?:me )?sangr\w+|sacarme sangre)|(?:till|until) (?:it |they |i )?(?:bled|bleeds|bleed))\b(?![^?]*\b${ITCH}\b)`) },
  // A door locked against someone at home.
  { id: 'sg-lock-door-from', category: 'abuse', late: true, re: /\b(?:(?:le pongo|pongo|le pone|pone) (?:el )?seguro (?:a la puerta |a mi puerta |al cuarto )?|(?:cierro|atranco|trabo) (?:la|mi) puerta (?:con llave )?)(?:por|por culpa de) (?:(?:el|ella)(?=\s*(?:$|[.,;!?]|y |que |cuando ))|mi (?:tio|padrastro|papa|padre|hermano|hermanastro|primo|abuelo|suegro|cunado|esposo|marido|novio|pareja|mama|madre|madrastra|tia))\b|\bi (?:lock|wedge|barricade|put a chair against) (?:my|the) (?:bedroom )?door (?:because of|against|from|so) (?:him|her|my [a-z]+|he|she)\b/ },
  // Children hidden until a parent sleeps or leaves.
  { id: 'sg-hide-kids', category: 'abuse', late: true, re: /\bi hide (?:the (?:little ones|kids|children|baby|babies)|my (?:little )?(?:brother|sister|brothers|sisters|kids|children|son|daughter)) (?:in|under|behind) (?:the|a|my) [a-z]+ (?:till|until|when|whenever) (?:he|she|dad|mom|mum|my (?:dad|mom|mum|father|mother|stepdad))\b|\bescondo a (?:los ninos|mis hermanitos|mis hermanos|los chiquitos|mis hijos|la nena|el nene) (?:en|debajo de|detras de) (?:el|la) [a-z]+ (?:hasta que|cuando) (?:el|ella|mi (?:papa|mama|padrastro))\b/ },
  // Going to be with the dead, with finality ("then i go be with my mom, simple as that").
  { id: 'sg-go-be-with', category: 'suicidal', late: true, re: /\b(?:go be with|go and be with|go where) (?:my |her |him |them |she is|he is|they are)[^.?!]{0,25}?\b(?:simple as that|and that is (?:it|that)|that is it|and be done|tonight if i could|if i could|end of story)\b|\bme voy con (?:mi|mis) [a-z]+ y ya\b[^.?!]{0,15}?\b(?:se acabo|y ya esta|fin|listo)\b/ },
];
