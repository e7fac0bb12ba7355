// Masks the rules stage reads through but the learned stage does not (yet): everyday senses found
// in session 20 on the spent sets' figurative lines and on the ordinary patient speech of
// eval/safety/ordinary/. The learned stage's text is its training text: a retrain with these masks in
// it moved three category thresholds (harm to others 0.92 -> 0.98, abuse 0.89 -> 0.94), read 0.597
// instead of 0.619 on the development set v26 and fired on one ordinary held-out real turn, so they
// stay here until a retrain can take them without that (models/safety/experiments/README.md).
// Applied after MASKS_EN / MASKS_ES, on the rules' reading only (detect-text.ts). Over normalize()d
// text with hedges already dropped.
import { MASKS_EN } from './masks-en';
import { MASKS_ES } from './rules-es';

// A laugh anywhere in the turn (before or after), with nothing in it saying it is meant or when.
const LAUGHED = String.raw`(?=(?:[^?]*\b(?:lol|lmao|haha\w*|jaja\w*|jeje\w*|xd|cracked up|we laughed|nos reimos|nos cagamos de risa)\b|(?<=\b(?:lol|lmao|haha\w*|jaja\w*|jeje\w*|xd)\b[^?]*)))(?![^?]*\b(?:for real|not joking|not kidding|i mean it|i am serious|de verdad|no es broma|hablo en serio|lo digo en serio|tonight|tomorrow|this weekend|esta noche|manana|already picked|ya elegi|ya escogi)\b)(?<!\b(?:for real|not joking|not kidding|i mean it|i am serious|de verdad|no es broma|hablo en serio|lo digo en serio)\b[^?]*)`;

export const RULE_MASKS: RegExp[] = [
  // Session 31: a jump or a threat made in the same breath as a laugh ("i'm gonna jump off the roof,
  // lol", "a mi cuñado lo mato, jaja", "i'll strangle him, we both cracked up"). In 20 sets written
  // apart, none of the risk lines joins the two; 36 figurative lines do. Not when it is said to be
  // meant ("not joking", "de verdad", "no es broma"), and never a wish to die or a method of one's own
  // said with a laugh: dark humour about those is often the disclosure.
  new RegExp(String.raw`(?:\b(?:jump|jumped|jumping)(?: (?:off|out of|out|in|into|from))?|\b(?:throw|threw|throwing) myself|\b(?:tirarme|aventarme|lanzarme|me tiro|me aviento)|\b(?:kill|murder|strangle|throttle) (?:him|her|them|my (?:brother|sister|husband|wife|boss|roommate|flatmate|cousin|son|daughter|mum|mom|dad|neighbou?r|brother in law)|the (?:cat|dog|plumber))|\b(?:lo|la|los|las) (?:mato|ahorco|estrangulo)|\b(?:matarlo|matarla|ahorcarlo|ahorcarla|estrangularlo|estrangularla))\b${LAUGHED}`, 'g'),
  // Session 31, from the spent v27: a wish to die said and then given its everyday cause ("terminé
  // tan molida que me quería morir, pero de sueño", "i could have died, but of laughing"): the cause
  // names the idiom ("morirse de sueño"), so the death word is not the speaker's wish.
  /\b(?:me (?:quiero|queria|quise|iba a) morir|me moria|queria morirme|i (?:wanted|want|could have|could) (?:to )?die)[\s,.]+(?:pero|but) (?:de|of|from) (?:sueno|risa|hambre|calor|frio|verguenza|cansancio|aburrimiento|sleepiness|tiredness|laughing|laughter|hunger|the heat|boredom|embarrassment)\b/g,
  // Session 23: a threat over a trifle ("mi mamá dijo que me va a matar si llego tarde"), now that the
  // rules read a reported "me va a matar" as a threat (RULE_NARROWED below).
  /\bme (?:va|van) a matar si (?:llego tarde|no (?:limpio|lavo|hago|recojo|saco|llego|paso|apruebo|le (?:llamo|marco|contesto) a tiempo)|se entera (?:de|que) (?:rompi|perdi|choque|gaste|reprobe)|repruebo|rompo|pierdo|choco|gasto|se me olvida)\b/g,
  // Session 29, from the spent v38: the same trifle in English ("she'll strangle me if i don't wear the
  // compression socks", "he'll kill me if i'm late") and pills one is afraid of ("scared of them if
  // anything, i take half"). Not "if i leave", "if i tell", "if i call the police": those stay threats.
  /\b(?:kill|strangle|murder|throttle|skin) me if i (?:am late|(?:do not|forget to|forget|skip|miss) (?:wear|take|do|eat|check|use|walk|exercise|bring|pick up|put on|finish|clean|go to (?:the |my )?(?:doctor|clinic|gym|appointment|physio)))\b/g,
  /\b(?:scared|afraid|frightened|wary) of (?:them|it|those|these)(?: if anything)?(?=[^.?!]{0,40}\bi (?:take|took|only take|only took) (?:half|less|fewer|one|them|it)\b)/g,
  // Session 29, from the spent v39: rage at whoever made a thing ("i could strangle whoever built the
  // unemployment website").
  /\b(?:strangle|kill|murder|throttle|shoot) (?:whoever|the (?:guy|person|idiot|genius|people) (?:who|that)) (?:built|designed|made|invented|wrote|came up with|thought up|programmed|approved|decided)\b/g,
  // Session 20, from the spent sets' figurative lines and the hand-written ordinary patient speech
  // (eval/safety/ordinary/): a colleague who "threw me under the bus", pain one wants to stop
  // ("i just want it to stop hurting"), things given away for a reason said in the same breath.
  /\b(?:throw|throws|threw|thrown|throwing) (?:me|us|him|her|them|my [a-z]+) under the bus\b/g,
  /\bwant (?:it|this|the pain|them) to stop (?:hurting|aching|itching|burning|throbbing|bleeding|spinning|ringing|swelling|tingling|cramping)\b/g,
  /\bgiv(?:e|es|ing|en)\b[^.?!]{0,60}?\baway\b[^.?!]{0,40}?\b(?:because|since|as|now that|cause|cos) (?:i am|we are|i will be|we will be|i|we) (?:retiring|retire|retired|moving (?:house|home|to|in with|abroad|out)|relocating|transferring|downsizing|decluttering|emigrating|starting (?:a |my )?new (?:job|school|house|flat)|going (?:back )?to (?:grad school|college|university|uni)|changing jobs)\b(?![^.?!]{0,40}\b(?:for good|forever|for ever|permanently|anyway|soon won't|won't need))/g,
  // Injuries of one's trade told as such ("i'm a hairdresser and i've cut myself with the razor more
  // times than i can count"): not when done on purpose.
  /\b(?:cut|cutting|cuts|burn|burns|burned|burnt|burning|stab|stabbed|stabbing|prick|pricked|pricking|nick|nicked) myself\b(?<=\b(?:i am an?|i work as an?|my job is|i have been an?) (?:[a-z']+ ){0,2}?(?:hairdresser|barber|stylist|beautician|chef|cook|line cook|butcher|baker|seamstress|tailor|welder|carpenter|joiner|glassblower|potter|mechanic|plumber|electrician|roofer|fisherman|gardener|landscaper|florist|machinist|jeweller|jeweler|tattoo artist|nail tech|farmer|rancher)\b[^.?!,]{0,100})(?![^.?!]{0,60}\b(?:on purpose|deliberately|intentionally|to feel|to punish|because i deserve|to cope|again))/g,
  // Pain one wants gone ("the pain in my feet ... i just want it to stop"), not life: not "for good".
  /\bwant (?:it|this|them) to stop\b(?<=\b(?:pain|pains|ache|aches|aching|migraines?|headaches?|neuropathy|itch|itching|itchy|cramps?|nausea|tinnitus|vertigo|dizziness|cough|coughing|hot flushes|hot flashes|hiccups)\b(?! of\b)[^.?!]{0,120})(?! (?:all|everything|for good|forever|permanently|for ever))/g,
  /\bhopeless (?:about|at) (?:finding|getting|passing|fixing|learning|losing|selling|buying|the (?:job|housing|rental|property) market|the market|this (?:job|housing) market)\b/g,
  /\b(?:go to sleep|sleep|hibernate) (?:and|till|until) (?:wake up|waking up) (?:in|when|after|on|at|next)\b/g,
  /\bshake (?:people's|peoples|someone's|anyone's|anybody's|his|her|their|your) hands?\b/g,
  /\b(?:rifle|gun|shotgun|machete|knife)\b(?=[^.?!]{0,40}\bfor (?:snakes|coyotes|foxes|pests|vermin|predators|wolves|hogs|boar|bears|hunting|clearing|brush|the brush|the farm|the ranch|work|the cattle|the stock|the livestock)\b)/g,
  // ...also when the retraction closes the sentence: "i'm gonna strangle my brother if he borrows
  // the van again, lol, not really".
  /\b(?:gonna|going to|will|i will|could|would) (?:strangle|kill|murder|throttle|smother) (?:him|her|them|my [a-z]+)\b(?=[^.?!]{0,80}?,? (?:(?:haha|hahaha|lol|lmao),? (?:not(?: really)?|kidding|jk)|not really|jk|(?<!\bnot |\bno |\bam not )kidding)\s*[.!]?\s*$)/g,
  // Injuries of one's trade ("soy peluquera y me he cortado con la navaja", "trabajo en un restaurante
  // de sushi y me corto con los cuchillos"), not on purpose; a ball, a door or an animal that hit or
  // bit; grief that "hits" ("hay días que me pega"); the partner who made one book this visit.
  /\bme (?:he |ha )?(?:corto|corte|cortado|cortando|quemo|queme|quemado|quemando|pincho|pinche|pinchado)\b(?<=\b(?:soy|trabajo de|trabajo como|mi trabajo es) (?:[a-z]+ ){0,2}?(?:peluquer[oa]|barber[oa]|estilista|cociner[oa]|chef|carnicer[oa]|panader[oa]|costurer[oa]|modista|sastre|soldador[a]?|carpinter[oa]|albanil|mecanic[oa]|plomer[oa]|electricista|pescador[a]?|jardiner[oa]|herrer[oa]|joyer[oa]|vidrier[oa]|alfarer[oa]|tatuador[a]?|manicurista|agricultor[a]?)\b[^.?!,]{0,100})(?![^.?!]{0,60}\b(?:a proposito|adrede|para sentir|me lo merezco|para castigarme|otra vez|de nuevo))/g,
  /\b(?:la pelota|el balon|la bola|un balonazo|la puerta|una rama|el perro|la perra|el gato|la gata|la vaca|el caballo|una piedra|la ola)\b(?: en (?:el|la) [a-z]+(?: de [a-z]+)?)?,? me (?:pego|pega|golpeo|golpea|mordio|muerde|pateo|patea)\b/g,
  /\b(?:la tristeza|el bajon|la nostalgia|el duelo|la pena|el recuerdo)\b(?: [a-z]+){0,3}? me pega\b|\bme pega (?:fuerte |duro )?(?:la tristeza|el bajon|la nostalgia|el duelo|la pena)\b|\bme pega de la nada\b(?<=\b(?:fallecio|murio|se murio|perdi a|el duelo|la muerte de)\b[^.?!]{0,80})/g,
  /\bme (?:obligo|obliga|obligaron|obligan|hizo|hicieron) (?:a )?(?:venir (?:a (?:la consulta|consulta|esta cita|la cita|ver(?:le|la|lo)))|hacer (?:esta|la|una) cita|sacar (?:la|una|esta) cita|pedir (?:la|una|esta) cita|ir al (?:medico|doctor|dentista))\b/g,
  /\b(?:regal\w*|di|doy|dando|deje|dejo|dejando)\b[^.?!]{0,60}?\bporque (?:me|nos) (?:cambio de|cambiamos de|mudo|mudamos|jubilo|jubilamos|retiro del|traslado|trasladan|voy a vivir|vamos a vivir)\b(?![^.?!]{0,40}\b(?:para siempre|ya no (?:voy a|vuelvo)|no voy a volver))/g,
  /\b(?:el|los|la|las) (?:subtitulos?|transcripcion|captions?)\b (?:dice|dicen|puso|pusieron|escribio|salio|sale|decia)\b[^.?!]{0,60}?(?=,? (?:y |pero )?(?:yo )?dije\b)/g,
  // Session 26, from the spent v29's figurative lines: grief that "hit me hard" in Spanish, a beating
  // given in a game, a burning felt inside (heartburn, fever), helping someone with suicidal thoughts
  // as a course or a job, and being made to go to a family gathering.
  /\b(?:se (?:murio|muere|fue)|fallecio|falleci\w+|su muerte|la muerte|la noticia|el diagnostico|la perdida|perderl[oa]s?|el divorcio|la despedida|el duelo)\b[^.?!]{0,50}?\bme (?:pego|pega|golpeo|golpea) (?:durisimo|duro|fuerte|bien duro|muy duro|muy fuerte|mucho|gacho|en el alma|horrible)\b/g,
  /\b(?:en el|en la|en los|al|jugando(?: al)?) (?:fifa|futbol|fut|play|playstation|videojuegos?|juego|partido|ajedrez|domino|cartas|basquet|basket|tenis|ping pong|mario kart|fortnite|xbox|nintendo|monopoly|uno|free fire|call of duty|minecraft|roblox|valorant|among us|the game|the match)\b[^?!]{0,40}?\b(?:dar|doy|di|dio|dimos|damos|voy a dar|va a dar|le voy a dar) (?:una )?paliza\b|\b(?:dar|doy|di|dio|dimos|damos|voy a dar|le voy a dar) (?:una )?paliza\b[^?!]{0,40}?\b(?:en el|en la|al|jugando(?: al)?) (?:fifa|futbol|fut|play|playstation|videojuegos?|juego|partido|ajedrez|domino|cartas|basquet|basket|tenis|ping pong|mario kart|fortnite|xbox|nintendo|monopoly|uno|free fire|call of duty|minecraft|roblox|valorant|among us|the game|the match)\b/g,
  /\b(?:me (?:mato|mataron|mata|matan)|killed me|kills me|kill me)\b[^.?!]{0,40}?\b(?:en el|en la|in|on|at) (?:fifa|futbol|fut|play|playstation|videojuegos?|juego|partido|ajedrez|domino|cartas|basquet|basket|tenis|ping pong|mario kart|fortnite|xbox|nintendo|monopoly|uno|free fire|call of duty|minecraft|roblox|valorant|among us|the game|the match)\b|\b(?:en el|en la|in|on|at) (?:fifa|futbol|fut|play|playstation|videojuegos?|juego|partido|ajedrez|domino|cartas|basquet|basket|tenis|ping pong|mario kart|fortnite|xbox|nintendo|monopoly|uno|free fire|call of duty|minecraft|roblox|valorant|among us|the game|the match)\b[^.?!]{0,40}?\b(?:me (?:mato|mataron|mata|matan)|killed me|kills me)\b/g,
  /\b(?:siento|sentia|senti) (?:que|como si|como que) me (?:quemo|quemara|estuviera quemando)\b(?: (?:por dentro|el pecho|la garganta|el estomago|viv[oa]))?|\bme quemo por dentro\b/g,
  /\b(?:ayudar|apoyar|acompanar|atender|tratar|detectar|identificar|hablar con|escuchar) (?:a )?(?:alguien|personas|una persona|gente|pacientes|los pacientes|alumnos|jovenes|adolescentes) (?:con|que (?:tiene|tienen|tenga|tengan)) (?:ideas|pensamientos|ideacion|riesgo|conducta|conductas) (?:de |del? )?(?:suicidio|suicidas?)\b|\b(?:help|helping|support|supporting|spot|spotting|talk to|talking to|recogni[sz]e|recogni[sz]ing|identify|identifying) (?:someone|people|a person|patients|students|clients|callers|teens) (?:with|who (?:has|have|is having|are having)|having) (?:suicidal (?:thoughts|ideation|feelings)|thoughts of (?:suicide|self harm|killing themselves))\b/g,
  /\bme (?:obliga|obligan|obligaba|obligaban|obligo|obligaron) a ir a (?:la |otra |una |las |los |el |mas )?(?:misa|reunion\w*|fiesta\w*|boda\w*|escuela|clases?|comidas?|cenas?|iglesia|gimnasio|dentista|doctor|medico|posadas?|cumpleanos|bautizos?|convivios?|casa de (?:mi|mis|la|el|los) [a-z]+)\b/g,
  // Session 27, from the spent v31's figurative lines: an "overdose" of paperwork or coffee, a
  // relative's overdose told as their story, a threat over a mood taken back with love after a "but"
  // (the clause split hides it from detect.ts FOND), a rifle sighted in for the season.
  /\b(?:overdose|overdosed|overdosing|an overdose|una sobredosis|sobredosis) (?:of|on|de) (?:paperwork|work|meetings|emails|e mails|forms|admin|charting|sugar|caffeine|coffee|chocolate|candy|sweets|tv|netflix|information|news|screen time|cuteness|love|papeleo|trabajo|reuniones|correos|formularios|tramites|azucar|cafeina|cafe|tinto|mate|chocolate|dulces?|series|tele|television|netflix|informacion|noticias|pantallas?|ternura|amor|memes)\b/g,
  /\b(?:my|his|her|our|a|mi|su|un|una) (?:cousin|brother|sister|friend|buddy|son|daughter|dad|father|mum|mom|mother|uncle|aunt|nephew|niece|husband|wife|partner|neighbou?r|coworker|classmate|patient|primo|prima|hermano|hermana|amigo|amiga|hijo|hija|papa|padre|mama|madre|tio|tia|sobrino|sobrina|esposo|esposa|vecino|vecina|companero|companera|paciente)\b(?: [a-z']+){0,3}? (?:died|almost died|nearly died|passed away|was hospitali[sz]ed|ended up in (?:the )?(?:hospital|icu|er)|murio|casi se muere|casi muere|fallecio|acabo en (?:el hospital|urgencias|la uci)) (?:of|from|after|with|de|por|tras) (?:an |a |una )?(?:overdose|sobredosis)\b/g,
  /\bcould (?:strangle|kill|murder|throttle|smother) (?:her|him|them|my [a-z]+)\b(?=[^.?!]{0,40}?\bbut (?:i )?(?:love|adore) (?:her|him|them)\b)/g,
  /\b(?:rifle|gun|shotgun|scope|bow) (?:sighted|zeroed) in\b|\b(?:sight|sighted|sighting|zero|zeroed|zeroing) in (?:my|the|his|a) (?:rifle|gun|shotgun|scope|bow)\b/g,
  // Death thought of calmly, with no wish to bring it closer (an older patient's answer).
  /\b(?:pienso|pensar|pensando|penso) en la muerte\b(?=[^.?!]{0,60}\bsin (?:ganas|intencion|prisa|apuro) de (?:apurarla|adelantarla|buscarla|provocarla|acelerarla)\b)|\b(?:think|thinking|thought) about (?:death|dying)\b(?=[^.?!]{0,60}\b(?:without|not) (?:wanting|any wish|any plan|trying) to (?:hurry|rush|speed up|bring on|bring forward|hasten) it\b)/g,
  // From the spent v32: working oneself to death in Argentine and Spanish slang ("me mato laburando"),
  // and "es hombre muerto" said over the last empanada.
  /\bme (?:mato|estoy matando|vivo matando|mate) (?:laburando|chambeando|currando|trabajando como|estudiando para)\b/g,
  /\b(?:es|eres|sos|esta|estas|sera|seras) (?:hombre|mujer) muert[oa]\b/g,
  // A haircut or a knee hurt "again" (es-cortarme-otra-vez read "me corté otra vez el pelo").
  /\bme (?:corte|lastime|queme|golpee) (?:otra vez|de nuevo)\b(?= (?:el|la|los|las|mi|mis) (?:pelo|cabello|flequillo|barba|unas|rodilla|rodillas|tobillo|dedo|dedos|mano|pie|pies|espalda|hombro|lengua)\b| (?:jugando|entrenando|cocinando|en el trabajo|con (?:el horno|la sarten|la plancha del pelo|la olla)))/g,
  // Session 28, from the spent v35's figurative lines: a burden "on nobody"; "never hurt me or
  // threatened me" (the "or" ends a negation's reach for the rules, not here); a burn or a cut told
  // with the kitchen or workshop thing it came from.
  /\b(?:a )?burden (?:on|to|for) (?:nobody|no one|noone)\b|\bnot a burden (?:on|to|for) (?:anybody|anyone|anybody else|anyone else)\b/g,
  /\b(?:never|not|no|nunca) (?:[a-z']+ ){0,3}?(?:hurt|hit|threatened|touched|pushed|harmed|beat|beaten|slapped) (?:me|us)(?: or (?:[a-z']+ ){0,2}?(?:hurt|hit|threatened|touched|pushed|harmed|beat|beaten|slapped|scared) (?:me|us|the kids))+\b/g,
  /\b(?:the )?(?:burn|burns|cut|cuts|scar|scars|blister|blisters) on my (?:[a-z]+ ){0,2}?(?:is|are|was|were|came) from (?:the|a|my) (?:pressure cooker|oven|stove|iron|kettle|pan|frying pan|grill|barbecue|bbq|fryer|cooker|curling iron|hair straightener|straighteners|steam|radiator|exhaust|motorbike|bike|dog|cat|fall|kitchen|mandoline|grater|saw|chisel|knife at work)\b/g,
  // Session 28: cutting off one's own hands or head as a figure of fed-up-ness ("de tanto fregar me
  // quiero cortar las manos"), now that the rules read "me quiero cortar" as "quiero cortarme".
  /\bcortarme (?:las manos|la mano|la cabeza|la lengua|los brazos|las piernas)\b(?! (?:con|por|para|otra vez|de nuevo))/g,
  // Session 30, from the spent v43 (young people): a death wish over the wifi or the pizza, and the
  // violence of a video game ("en el among us los apuñalo a todos").
  /\b(?:kms|i (?:wanna|want to|am going to|am gonna) (?:die|kill myself)|me voy a matar|me quiero morir|me muero)\b(?![^?]*\b(?:how to|hacerlo|pills|pastillas|plan|rope|cuerda|bridge|puente|for real|de verdad|en serio)\b)(?=[^?]{0,50}\b(?:wifi|wi fi|loading|cargando|lag|lagging|pizza|pineapple|pina|buffering|battery|bateria)\b)|(?<=\b(?:wifi|wi fi|loading|cargando|lag|lagging|pizza|pineapple|pina|buffering|battery|bateria)\b[^?]{0,50})\b(?:kms|i (?:wanna|want to|am going to|am gonna) (?:die|kill myself)|me voy a matar|me quiero morir|me muero)\b(?![^?]*\b(?:how to|hacerlo|pills|pastillas|plan|rope|cuerda|bridge|puente|for real|de verdad|en serio)\b)/g,
  /(?<=\b(?:among us|free fire|fortnite|minecraft|roblox|call of duty|warzone|gta|valorant|overwatch|apex|pubg|ranked|en el juego|in the game|in game)\b[^.?!]{0,60})\b(?:kill(?:s|ed|ing)?|shoot(?:s|ing)?|shot|stab(?:s|bed|bing)?|snip\w*|mato|mate|matar(?:lo|la|los|las)?|apunal(?:o|e|a|an|ando)|apunalo|dispar\w*|acuchill\w*)\b(?! (?:myself|ourselves|me|himself|herself|themselves)\b)(?![^.?!]*\b(?:for real|irl|in real life|de verdad|en la vida real|en serio|not in the game|no en el juego)\b)/g,
  // "Me toca ser impostor", "me toca cocinar": my turn, not a touch (es-lastima).
  /\bme toca (?:ser|hacer|ir|pagar|trabajar|cocinar|limpiar|lavar|cuidar|estudiar|jugar|esperar|turno|el turno)\b/g,
  // Session 30, from the spent v42: the trifle told in the past ("she'd kill me if i missed her birthday").
  /\b(?:kill|strangle|murder|throttle|skin) me if i (?:missed|forgot|was late|broke|lost|ate|spent|failed|crashed|dented|spoiled|scratched|got (?:a )?(?:b|c|d|f|bad))\b/g,
  // Session 30, from the spent v41: grief or a realisation that "hits me all over again" (en-abused-by).
  /\b(?:it|that|reality|the (?:grief|loss|news|realization|realisation|truth|memory|sadness)) (?:just |really |suddenly )?(?:hits|hit) me (?:all over again|like (?:a|an) [a-z]+|out of nowhere|that (?:she|he|they|it) (?:is|was|are|were)|(?:she|he|they) (?:is|are) (?:gone|dead|not coming back))\b/g,
  // Session 30, from the spent v40: "me cortó la novia" is a break-up (cortar con alguien), not a cut.
  /\bme (?:corto|corta|ha cortado|corte) (?:la|el|mi) (?:novia|novio|pareja|chava|chavo|jeva|polola|pololo|enamorada|enamorado|morra|morro)\b/g,
  // Session 32, from the spent v45: boredom that "almost" took the will to live (a talk, a meeting,
  // hold music); a trifle that "made me want to" drive into the sea; hurt at a sport; a farewell
  // letter to an addiction (a therapy exercise); wanting to vanish with a laugh (embarrassment).
  /\b(?:almost|nearly|about to|practically) (?:lost|lose|losing) the will to live\b|\blost the will to live\b(?<=\b(?:powerpoints?|meetings?|lectures?|conference|training|paperwork|queue|hold music|on hold|traffic|webinar|sermon|seminar|class|forms|briefing|admin)\b[^.?!]{0,80})/g,
  /(?<=\b(?:traffic|queue|queues|meeting|meetings|commute|m\d+|motorway|rush hour|paperwork|powerpoint|the match|the game|that song|hold music|the weather|the rain|monday|mondays|roadworks|the referee|the ref|the forms|the printer|the wifi)\b[^.?!]{0,60})\bmade me want to\b(?![^.?!]{0,60}\b(?:for real|not joking|i mean it)\b)/g,
  /\bme (?:hago|hice|he hecho|hacia) dano (?:jugando|entrenando|corriendo|en el (?:gym|gimnasio|partido|futbol|entreno)|haciendo (?:deporte|ejercicio|pesas)|al (?:padel|futbol|tenis|correr|entrenar))\b/g,
  /\b(?:carta|cartas) de despedida (?:a|al|para) (?:la|el|mi|mis|los|las)? ?(?:adiccion|alcohol|droga|drogas|vicio|vicios|cigarro|tabaco|bebida|trago|pasado|miedo|miedos|enfermedad|cancer|depresion|ansiedad|version de mi)\b|\b(?:goodbye|farewell) letters? to (?:my |the )?(?:addiction|drinking|booze|bottle|alcohol|drugs|habit|old self|past|fear|fears|illness|cancer|depression|anxiety|eating disorder)\b/g,
  /\b(?:queria|quise|quiero|me queria|wanted to|want to) (?:desaparecer|disappear)(?: del mapa| off the face of the earth)?\b(?=[^?]*\b(?:jaja\w*|jeje\w*|haha\w*|lol|que verguenza|de la verguenza|so embarrassing|tierra tragame|the ground to swallow me)\b)/g,
];

/** The shared mask whose source starts with `start`, and the rules' narrower form of it. */
function narrowed(list: readonly RegExp[], start: string, edit: (source: string) => string): [RegExp, RegExp] {
  const broad = list.find((m) => m.source.startsWith(start));
  if (!broad) throw new Error(`masks-rules: no shared mask starts with ${start}`);
  const source = edit(broad.source);
  if (source === broad.source) throw new Error(`masks-rules: the edit left ${start} as it was`);
  return [broad, new RegExp(source, broad.flags)];
}

// Death preferred to more treatment is not the idiom of a party one would rather die than go to.
// Session 32: nor is death preferred and then said to be meant ("...than go back to that ward, i mean
// it literally", "i've thought about how", "i'm telling you straight"): in 9 sets written apart every
// such line was a risk line, and no figurative line of any set says one of these after the idiom.
const MEANT = String.raw`(?![^?]{0,120}\b(?:i mean (?:it|that)|i have thought about how|i have thought about it|really dead|(?:i am )?telling you straight|i will be dead before|finishing it|not joking|no joke|i am serious|for real)\b)`;
const TREATMENT = String.raw`(?!(?:[a-z']+ ){0,6}?(?:chemo\w*|dialysis|radiation|radiotherapy|treatments?|operations?|surgery|transplant|amputation|infusions?)\b)`;

/**
 * Shared masks (MASKS_EN / MASKS_ES) that the rules stage reads through in a narrower form, for the
 * same reason as RULE_MASKS: the learned stage's text is its training text, and a retrain with these
 * (session 23) moved the harm-to-others and abuse thresholds (0.92 -> 0.94, 0.89 -> 0.93), lost three
 * lines each on the development sets v25 and v26 and fired on two ordinary real turns.
 * - "i'd rather be dead than go through another round of chemo" is not masked as hyperbole;
 * - "killing myself on the anniversary" is a date chosen, not "killing myself on the treadmill";
 * - "me pego con la cabeza contra la pared" is one's own head, not a child's that hit one;
 * - "me dijo que me va a matar si lo dejo" is a reported threat (es-amenaza-matar), not the idiom
 *   "mi mamá me va a matar".
 */
export const RULE_NARROWED: readonly [RegExp, RegExp][] = [
  narrowed(MASKS_EN, String.raw`\b(?:rather|sooner) (?:die|be dead) than `, (s) => s.replace(' than ', ` than ${TREATMENT}${MEANT}`)),
  narrowed(MASKS_EN, String.raw`\brather die than `, (s) => s.replace(' than ', ` than ${TREATMENT}${MEANT}`)),
  // Session 27: "killing myself on the treadmill" is the idiom; "killing myself on the anniversary of
  // the crash" is a date chosen (a miss of the spent v31).
  narrowed(MASKS_EN, String.raw`\b(?:kill|killing|killed|kills) (?:myself|me) (?:laughing`, (s) => s.replace(String.raw`on (?!the way\b)`, String.raw`on (?!(?:the way|the (?:anniversary|day|date|night|eve|weekend|drive|road|commute|ride|bridge|tracks)|my (?:birthday|anniversary|[a-z]+ s birthday))\b)`)),
  // "i'll off myself if one more thing breaks" is the idiom; "..., but lately i'm not joking" is not.
  narrowed(MASKS_EN, String.raw`\b(?:shoot|kill|hang|off) myself if `, (s) => s + String.raw`(?![^.?!]{0,80}\b(?:not joking|not kidding|i mean it|for real this time))`),
  // "me pegó con la cabeza" (a child's head, by accident) is masked; "me pego con la cabeza contra la
  // pared" is the patient's own head against a wall (mn-es-head-wall).
  narrowed(MASKS_ES, String.raw`\bme (?:pego|pega|golpeo|dio) con (?:un|una|el|la|su) (?:juguete`, (s) => s + String.raw`(?! contra\b)`),
  // Session 31: "i'll kill him if he leaves me with the twins again" is the idiom; the same said with
  // "i mean it, i've planned how" is a threat (a miss of the spent v44).
  narrowed(MASKS_EN, String.raw`\b(?:going to|will|could|might|would) (?:kill|murder|strangle|throttle) `, (s) => s + String.raw`(?![^?]{0,100}\b(?:i mean it|i have planned (?:how|it)|i have it (?:all )?planned|for real|not joking|i am not joking|no joke)\b)`),
  // Session 29: "beat him to it" is the idiom; "i'm gonna beat him to death" is not (a miss of the spent v39).
  narrowed(MASKS_EN, String.raw`\b(?:beat|beats) (?:me|us|him|her|them|you) (?:at|in|to)\b`, (s) => s.replace(String.raw`(?:at|in|to)\b`, String.raw`(?:at|in|to)\b(?! death| a pulp)`)),
  narrowed(MASKS_ES, String.raw`\bme (?:va|van) a matar\b`, (s) => String.raw`(?<!\b(?:dijo|dice|decia|ha dicho|amenazo|amenaza|amenazaba|grito|gritaba|escribio|juro|jura|juraba)(?: [a-z]+){0,2}? que )` + s),
];
