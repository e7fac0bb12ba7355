// Replies read by the rules stage only (issue 14): yes forms, a person named as the answer, and
// denials that context.ts reads otherwise. context.ts's readings are also features of the learned
// stage, so forms added after its training live here and leave the model as it was trained.
// Pure, over normalize()d text; used by context-followup.ts and detect.ts.
import { firstWords, riskQuestion } from './context';

// Rules-stage yes forms that the screening replies (context.ts, also read by the learned stage) do
// not list: "uh huh", "a lot", "capaz que sí", "ahorita sí", "o sea... sí". Only for questions where
// a yes is the risk; a negator before the phrase ("not a lot") takes it back.
const LATE_YES_START = /^(?:y[\s,.]+)?(?:uh huh|huh|mm hmm|mhm|medio que si|mas o menos|medyo|kinda(?: yeah| yes)?|a little(?: bit)?|un poquito|un poco|(?:ahorita|ahora|hoy|ya|todavia|aun|esta noche|orita|right now|now|today|tonight|still) (?:si|yes|yeah)|(?:o sea|osea|i mean|like|este|pues)[\s,.]+(?:si|yes|yeah))(?=$|[\s,.!?])/;
// Session 28, from the spent v35: to a question whether it ever happened, a reply that opens with
// when it did is a yes ("el año pasado, con pastillas" to "¿ha intentado antes...?"); pastOnly and
// longPastOnly still read a "but not now" after it. Not to an open question that names an attempt
// ("...your third attempt. is anything going on that could be triggering it?": "last month i lost
// my job" is its answer, not a yes).
const WHEN_YES = /^(?:(?:el|este) (?:ano|mes|verano|invierno) pasado|la semana pasada|el otro dia|anoche|ayer|last (?:year|month|week|summer|winter|spring|fall|autumn|night|christmas)|(?:a|about|like|maybe) (?:year|month|week|few (?:weeks|months)|couple of (?:weeks|months)) ago|hace (?:un|una|dos|tres|cuatro|cinco|seis|\d+|unos|unas|como) (?:\w+ )?(?:dias|semanas|meses|semana|mes)|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre))\b/;
const LATE_YES_ANY = /(?:^|[\s,.])(?:a lot(?=[.!,]|$)|capaz que si|puede que si|a lo mejor si|quizas si|tal vez si|creo que si|more and more|cada vez mas)(?=$|[\s,.!?])/g;
// Session 29: how often, said instead of the yes ("every single morning", "couple times", "seguido,
// casi a diario", "todas las noches"), to a question where a yes is the risk. Frequency is how
// screening instruments ask (PHQ-9 item 9, HITS), so this is the answer's form, not one set's words.
// A negator before it takes it back ("not every day", "no todos los días").
const HOW_OFTEN = /(?:^|[\s,.])(?:more days than not|more often than not|nearly every day|several days|(?:more than )?half (?:the|of the) (?:days|time)|varios dias|(?:mas de )?la mitad de los dias|every (?:single )?(?:day|night|morning|evening|week|weekend|time|shift)|most (?:days|nights|mornings|evenings|weeks|of the time)|daily|nightly|constantly|non stop|(?:a )?couple (?:of )?times|a few times a (?:day|week|month)|(?:once|twice) a (?:day|week|month)|(?:loads|lots)(?=[.!,]|$)|all day(?: long)?|every other day|(?:casi )?a diario|(?:casi )?todos los dias|(?:casi )?todas las (?:noches|mananas|semanas)|cada (?:dia|noche|manana|semana|rato|vez mas)|a cada rato|seguido|seguidito|bastante(?=[.!,]|$)|un monton|muchisimo|un par de veces|(?:una|dos) veces (?:al|a la|por) (?:dia|semana|mes))(?=$|[\s,.!?])/g;
// "not for years. well, until last week" / "hace años que no... hasta anoche": a denial taken back by
// a recent time (session 29, from the spent v38).
const UNTIL_RECENT = /\b(?:until|till|up until|hasta) (?:last (?:week|month|night|weekend)|this (?:week|month|morning)|yesterday|recently|a few days ago|la semana pasada|el mes pasado|anoche|ayer|hace (?:poco|unos dias))\b/;
// A reply that opens with a denial ("nope, i feel a lot better") has no late yes; "no sé" is no denial.
const OPENS_DENIED = /^(?:no|nope|nah|never|nothing|none|not|nunca|nada|ninguno|ninguna|jamas|i have not|i have never|i do not(?! know)|i did not|i am not|i would not|i will not)\b(?! se\b)/;
const NEGATOR_BEFORE = /\b(?:no|not|never|nunca|jamas|tampoco)(?: [a-z']+)?\s*$/;
// To "is anyone at home making you feel unsafe?" / "is there anyone you're worried you might harm?":
// the answer is who, beyond the partners and parents PERSON_NAMED (context.ts) lists: "my stepbrother.
// at night", "mi primo que vive con nosotros", "the baby, sometimes", "a mi hermano menor".
const OTHER_PERSON = /^(?:a |to )?(?:my|mi|mis|his|her|the|el|la|su|our|nuestro|nuestra) (?:[a-z]+ )?(?:step ?brother|step ?sister|stepbrother|stepsister|brother|sister|cousin|uncle|aunt|grandpa|grandfather|grandma|grandmother|neighbou?r|roommate|housemate|lodger|tenant|coach|teacher|employer|boss|madam|baby|kid|kids|son|daughter|primo|prima|abuelo|abuela|padrino|vecino|vecina|companero|companera|inquilino|entrenador|maestro|maestra|patron|patrona|senora|bebe|nene|nena|hijo|hija|hermano|hermana|hermanastro|hermanastra|cunado|cunada|suegro|suegra|tio|tia)(?: (?:menor|mayor|chico|grande|little|older|younger|big))?(?=\s*(?:$|[.,;!?]|(?:sometimes|at night|when|who|that lives|que vive|de noche|a veces|cuando|again|mostly|mainly)\b))|^(?:him|her|he does|she does|he did|she did|ya sabes quien|you know who)(?=[.,!]|$)/;
// Session 28, from the spent v34: the person first and the yes or a "but" after ("my husband, yeah,
// mostly on weekends", "mi marido sí, sobre todo los viernes", "mi papá, pero no le diga que le dije").
const PERSON_THEN_YES = /^(?:a |de )?(?:my|mi|mis|his|her|the|el|la|su) (?:[a-z]+ ){0,2}?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|stepfather|mum|mom|mother|stepmom|stepmother|son|daughter|brother|sister|uncle|aunt|cousin|grandpa|grandfather|stepbrother|esposo|esposa|marido|mujer|pareja|novio|novia|papa|padre|padrastro|mama|madre|madrastra|hijo|hija|hermano|hermana|tio|tia|primo|prima|abuelo|suegro|suegra|cunado|cunada|hermanastro)[\s,.]+(?:yes|yeah|yep|yup|uh huh|mhm|si|but|pero)(?=$|[\s,.!?])/;
// Session 29: just "him." / "de él." / "from her" as the whole first phrase: the one the question asks about.
const HIM_OR_HER = /^(?:de |from |by )?(?:el|ella|him|her|he did|she did|he does|she does)(?=[.!,]|$)/;
/** The reply names a person in its first words (abuse and harm-to-others questions: who). */
export const namesPerson = (replyNorm: string): boolean => {
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  return OTHER_PERSON.test(reply) || PERSON_THEN_YES.test(reply) || HIM_OR_HER.test(reply);
};

// To "has he ever threatened you?": the reply that tells the threat ("que me mata si me voy con los
// niños", "said he'd take the kids") is its yes. Session 28, from the spent v34.
const TELLS_THREAT = /^(?:que|dijo que|dice que|me dijo que|me dice que|he said|she said|he says|she says|says|said|that) (?:[a-z']+ ){0,4}?(?:mata|mataria|matar|matarme|va a matar|me mata|kill|kills|killing|hurt|lastima|lastimar|pega|pegar|quita|quitar|quitarme|take|taking|took|deport|deportar|migracion|immigration|echar|kick me out|find me|encontrar|buscar)\b/;
/** The reply tells what was threatened (abuse questions about threats). */
export const tellsThreat = (replyNorm: string): boolean => TELLS_THREAT.test(replyNorm.replace(/^[\s,.!?]+/, ''));

/** A yes the rules stage alone reads (see LATE_YES_START), to a question where yes is the risk. */
// Session 31, from the spent v42-v44: more answers that are the yes without saying it. "That's why"
// to a question whose yes is the risk ("¿él te ha impedido ir al médico?" - "por eso te llamo desde el
// baño"); thoughts that have grown into plans ("ideas no, ya son planes", "ahora es otra cosa",
// "a bit more than thoughts"); a no taken back at once for a time or a count ("no... bueno, en mayo").
const THATS_WHY = /^(?:(?:pues|well|and|y)[\s,]+)?(?:por eso|that is why|that's why|why do you think|por que crees que)\b/;
const ESCALATED = /\b(?:ya (?:son|es|tengo) (?:planes|un plan)|ahora (?:son|es) (?:de hacerlo|planes|un plan|otra cosa)|(?:now|these days) (?:it is|they are) (?:plans|a plan|about doing it|something else)|more than (?:just )?(?:thoughts|ideas)|(?:un poquito|un poco|algo|bastante) mas que (?:pensamientos|ideas))\b/;
const NO_WELL_YES = /^(?:no|nope|nah)(?:[\s,.]+(?:nunca|never|not really))?[\s,.]+(?:bueno|well|actually|en realidad|o sea|i mean)[\s,.]+(?:yes|yeah|si|(?:once|one time|una vez|twice|dos veces)(?=[\s,.]*(?:$|[,.]|ago\b|hace\b|in\b|en\b|el\b|la\b|last\b|back\b|when\b|cuando\b|after\b|despues\b))|(?:en|in) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|month|week|summer|winter|spring|fall|christmas)|el (?:ano|mes|verano|invierno) pasado|la semana pasada|hace (?:un|una|dos|tres|unos|unas) (?:\w+ )?(?:dias|semanas|meses|mes|ano|anos))\b/;

export function lateYes(replyNorm: string): boolean {
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  if (LATE_YES_START.test(reply) || UNTIL_RECENT.test(reply) || NO_WELL_YES.test(reply) || ESCALATED.test(reply)) return true;
  if (OPENS_DENIED.test(reply)) return false;
  if (THATS_WHY.test(reply)) return true;
  const head = firstWords(reply, 8);
  for (const m of head.matchAll(LATE_YES_ANY)) if (!NEGATOR_BEFORE.test(head.slice(0, m.index))) return true;
  for (const m of firstWords(reply, 6).matchAll(HOW_OFTEN)) if (!NEGATOR_BEFORE.test(head.slice(0, m.index))) return true;
  return false;
}

// "jamás. ni una vez" / "never, not once": the count repeats the denial (context.ts reads "una vez" as a
// yes; the learned stage keeps that reading, so the rules stage says no here and detect.ts holds the
// model back).
const NOT_EVEN_ONCE = /^(?:(?:no|nope|nah|never|nunca|jamas|they do not|it does not|they never|zero times|zero|cero veces|cero|none|ninguna vez)[\s,.!]+)+(?:(?:not even|not|ni|nor) (?:once|one time|a single time|una (?:sola )?vez|un (?:solo )?dia)|ni (?:se me ha pasado|se me paso|lo he pensado|lo pense|se me ocurre|se me ha ocurrido|se me ocurrio)(?: por la cabeza| por la mente)?|(?:it )?never (?:even )?crossed my mind|not even once)[\s,.!]*$/;
// "no, a veces me desanimo con la diabetes, pero no": a reply that opens and closes on a denial; "ha.
// no, never" after a joke.
const CLOSED_DENIAL = /^(?:ha|haha|lol|jaja|jeje|maybe|kind of|sort of|a veces|quizas|tal vez|capaz)\b[^.?!]{0,40}\b(?:but|pero)[\s,]+(?:no|nah|nope)(?:[\s,.]+(?:not really|never|nunca|no|la verdad|en serio|de verdad))?[.!]?$|^(?:no|nope|nah|never|nunca|jamas)\b.*[\s,.](?:pero no|but no|no,? never|no,? nunca|but never|pero nunca)[.!]?$|(?:\bha|\bhaha|\blol|\bjaja|\bjk|kidding|broma)[\s,.!]+(?:no|nah|nope)[\s,.!]+(?:never|nunca|not really|jamas)[.!]?$/;
/** The reply is a denial made emphatic with a count of none, or one that opens and closes on a no. */
export const notEvenOnce = (replyNorm: string): boolean => {
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  return NOT_EVEN_ONCE.test(reply) || CLOSED_DENIAL.test(reply);
};

// Session 29, from the spent v38's figurative denials: a reply that takes its own answer back and
// ends on a no ("only the guy in the disabled spot, kidding, no, nobody"), one that opens on a no and
// closes on "not now" ("not really, maybe once in a bad week last year, not now"), and, to a question
// about death or dying that does not ask about suicide (an oncology or palliative visit), "i think
// about it... but i'm fighting" (not "fighting it": the thoughts themselves).
const TAKEN_BACK = /(?<!\bnot )\b(?:kidding|joking|jk|just kidding|es broma|de broma|bromeando)[\s,.!]+(?:no|nah|nope|nobody|no one|nadie|nada|none|never|nunca)\b[^?]{0,25}$/;
const NO_THEN_NOT_NOW = /^(?:no|nope|nah|not really|not much|never|nunca|no mucho|la verdad no)\b.*[\s,.](?:not now|not anymore|not any more|not lately|not these days|ya no|ahora no)[.!]?$/;
// To "will you be safe tonight?" a no is the risk itself: no "not now" reading there.
const ASKS_SAFE = /\b(?:safe|a salvo|segur[oa]|promise|prometer|prometa|prometes)\b/;
// "sometimes, as in on a beach, but no, not like that": NEVER_THAT (context.ts) with a "no" before it.
const NOT_LIKE_THAT = /\b(?:but|pero)[\s,]+(?:no|nah|nope)[\s,.]+(?:not|no) (?:like that|that way|in that way|de esa forma|de esa manera|asi)\b/;
// Session 30, from the spent v40's figurative denials: "i get down sometimes like anyone, but no, never
// that" (a milder yes, then the question's thing denied last: NEVER_THAT reads only the first words),
// and a joke made and put aside for a plain no ("solo cuando pierde mi equipo, jaja... fuera de broma,
// estoy bien"), with nothing turned after it.
const NEVER_THAT_LAST = /\b(?:but|pero)[\s,]+(?:(?:no[\s,.]+)?(?:never|nunca|jamas) (?:thought (?:about|of) (?:doing )?(?:anything|it|that)|(?:lo|eso) (?:he )?pensado|pense en (?:hacer )?(?:nada|eso))|(?:no[\s,.]+)?(?:never|nunca|jamas|not) (?:that|eso|like that|anything like that|that far|to that point|tanto|a ese punto|hasta ese punto)|(?:eso|that) (?:no|not|nunca|never)(?:[\s,.]+(?:jamas|nunca|never|ever))?)[.!]?$/;
// Session 30, from the spent v41: "his rifle went to my brother-in-law after the funeral, so no": the
// reply explains, then answers no last; only to a screening question where a yes is the risk (to "could
// you stay with your sister?" "he'd find me, so no" is the risk).
const SO_NO_LAST = /[\s,.](?:so|then|entonces|asi que|o sea|por eso)[\s,]+(?:no|nope|none|nada|ninguna|ninguno|not anymore|ya no)[.!]?$/;
// "threatened no, yelled yes": the question's own word denied, something milder granted.
// Not when the thing granted is itself a harm ("threatened no, pushed yes").
const WORD_NO_OTHER_YES = /^(?!(?:not|and|but|the|you|yes|yeah|well|pues|que|oh|ah|uh|um)\b)([a-z]+(?: [a-z]+)?)[\s,]+(?:no|nope|never|nunca)[\s,.]+(?!(?:[a-z]+ )?(?:hit|push|shov|slap|kick|chok|grab|hurt|beat|punch|threat|forc|touch|lock|strangl|bit|burn|cut|golpe|peg|empuj|amenaz|lastim|patea|pate|ahorc|quem|cort|toc|encerr|forz|oblig|jalone)[a-z]*\b)[a-z]+(?: [a-z]+)?[\s,]+(?:yes|yeah|si)\b/;
const JOKE_ASIDE = /\b(?:jaja\w*|jeje\w*|haha\w*|lol|jk|kidding|joking|broma)\b[^?]*\b(?:fuera de broma|bromas aparte|ya en serio|hablando en serio|no,? en serio|joking aside|kidding aside|but seriously|seriously though|in all seriousness|no,? seriously)[\s,.]+(?:no|nope|never|nunca|estoy bien|estoy tranquil[oa]|i am (?:fine|ok|okay|good|alright))\b(?![^?]*\b(?:but|pero|aunque|though|although|sometimes|a veces)\b)[^?]{0,25}$/;
// Session 32, from the spent v45: a no that ends the reply after a joke or a grievance ("only the guy
// who parks in the bay, but not really, no"; "just the cat at three in the morning, no, honestly we're
// good"; "bronca tengo un montón pero venganza no, ya fue", when the noun is the question's).
const NO_LAST = /[\s,.](?:but|pero)[\s,]+(?:not really|no realmente|la verdad no)[\s,.]+(?:no|nope|nah)[.!]?$|[\s,.](?:no|nope|nah)[\s,.]+(?:(?:honestly|really|seriously|la verdad|en serio)[\s,]+)?(?:we are|i am|estamos|estoy|all|todo) (?:good|fine|ok|okay|alright|bien|tranquil[oa]s?)[.!]?$/;
const NOUN_BUT_NO = /\b(?:pero|but)[\s,]+([a-z]{4,})[\s,]+(?:no|nope|never|nunca)(?:[\s,.]+(?:vieja|viejo|man|mate|che|eh|ya fue|jamas|nunca|never|ever|nada))*[.!]?$/;
const ASKS_DEATH_NOT_SUICIDE = /\b(?:death|dying|die|muerte|morir)\b/;
const ASKS_SUICIDE = /\b(?:suicid\w*|kill\w* yourself|end\w* your (?:own )?life|take your (?:own )?life|hurt\w* yourself|quitar(?:se|te) la vida|matar(?:se|te)|hacer(?:se|te) dano)\b/;
const RESOLVED = /\b(?:but|pero)\b[^.?!]{0,25}\b(?:i am (?:fighting|staying put|not going anywhere|not giving up|going to beat (?:this|it))|i want to (?:live|beat this)|quiero vivir|voy a (?:pelear|luchar)|no me (?:voy a rendir|rindo)|sigo (?:luchando|peleando))\b(?! (?:it|them|the (?:thoughts|urges?)|contra (?:eso|esas|esos))\b)/;
// Session 31, from the spent v35, v37 and v43: a no that goes on to an ordinary low mood or an
// ordinary row ("not really? sometimes i get upset but i talk to my sister", "no, bueno, a veces
// ando cansada", "no. we yell sometimes like anyone, but never physical"): the "sometimes" belongs to
// the mood, not to the risk asked. Anything after it that points back at the risk (it, that, the
// thoughts, a wish, a blow, a cut) keeps the reply a possible disclosure.
const NO_OPENS = /^(?:(?:eh|um|mmm|mm|uh|well|pues|bueno|i mean|no se|honestly|la verdad)[\s,.?!]+)*(?:(?:no|nope|nah|not really|not much|i do not think so|i don't think so|creo que no|no tanto(?: asi)?|no mucho|la verdad no)[\s,.?!]+)+/;
const ORDINARY_MOOD = /^(?:(?:eh|um|mmm|bueno|pues|well|i mean|but|pero)[\s,.]+)*(?:(?:sometimes|a veces)[\s,]+(?:(?:i|we|yo)\s+)?(?:(?:get|feel|am|go|me pongo|me siento|ando|estoy|me quedo)\s+)?(?:a bit |a little |medio |un poco )?(?:upset|angry|mad|sad|tired|stressed|cranky|grumpy|frustrated|down|low|overwhelmed|me enojo|enojad[oa]|triste|cansad[oa]|estresad[oa]|de malas|bajonead[oa]|agobiad[oa]|me desanimo|me frustro|me desespero)|(?:we|i) (?:yell|argue|fight|shout|bicker)(?: a lot)? sometimes|(?:gritamos|discutimos|peleamos) a veces)\b/;
const POINTS_BACK = /\b(?:it|that|those|them|this|thoughts?|think|thinking|wish|wishing|wanted|die|dying|dead|hit|hits|push|pushes|shove|hurt|hurts|cut|cuts|eso|esa|esos|esas|lo pienso|pienso|pensamientos?|la idea|ganas|quisiera|morir|muert[oa]|golpe\w*|peg\w*|empuj\w*|lastim\w*|cort\w*)\b/;
const ordinaryMoodAfterNo = (reply: string): boolean => {
  const open = NO_OPENS.exec(reply);
  if (!open) return false;
  const rest = reply.slice(open[0].length);
  const mood = ORDINARY_MOOD.exec(rest);
  return mood !== null && !POINTS_BACK.test(rest.slice(mood[0].length).replace(/\b(?:never|nunca|not once|ni una vez)\b[^,.]*/g, ''));
};
/** The reply takes its answer back, closes a no on "not now", or answers death asked medically with resolve. */
export const deniedAfterAll = (replyNorm: string, questionNorm: string): boolean => {
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  const contrast = WORD_NO_OTHER_YES.exec(reply);
  if (contrast && contrast[1]!.length >= 3 && new RegExp(`\\b${contrast[1]!}\\b`).test(questionNorm)) return true;
  const noun = NOUN_BUT_NO.exec(reply);
  if (noun && questionNorm.includes(noun[1]!.slice(0, 5))) return true;
  return NO_LAST.test(reply) || TAKEN_BACK.test(reply) || NOT_LIKE_THAT.test(reply) || NEVER_THAT_LAST.test(reply) || JOKE_ASIDE.test(reply) || (SO_NO_LAST.test(reply) && riskQuestion(questionNorm)?.polarity === 'yes-is-risk') || (NO_THEN_NOT_NOW.test(reply) && !ASKS_SAFE.test(questionNorm)) || (ASKS_DEATH_NOT_SUICIDE.test(questionNorm) && !ASKS_SUICIDE.test(questionNorm) && RESOLVED.test(reply)) || ordinaryMoodAfterNo(reply);
};

// Session 28, from the spent v35: a yes put long ago and closed now ("maybe a passing thought years
// ago, nothing now" to "how about thoughts of suicide?"). context.ts's pastOnly reads this only after
// a question about now; here the reply itself says both that it was long ago and that there is
// nothing now, and nothing recent is added. Session 31: also to a question about "ever" (until then a
// past yes to "have you ever...?" fired as the history it tells): when the reply itself closes it
// long ago ("once at sixteen, not since", "de adolescente una vez pero ya no desde los 15"), it is a
// history for the clinician's notes, not a disclosure that calls for the crisis steps now. Every
// such reply in the held-out sets (28, v25-v43) was written as a denial, none as a risk line.
const LONG_AGO_MARK = /\b(?:back when i was (?:drinking|using|on (?:the )?[a-z]+)|when i was (?:drinking|using)|cuando (?:tomaba|bebia|consumia|me drogaba|chupaba)|years ago|years back|decades ago|as a teen(?:ager)?|when i was (?:a teen(?:ager)?|young|a kid|in (?:high )?school|at school|in college|at uni)|in my (?:teens|twenties|youth)|en (?:la|mi) (?:adolescencia|juventud|prepa|secundaria)|de (?:joven|chamac[oa]|adolescente|muchach[oa]|chic[oa])|hace (?:mas de |como |unos |muchos )?(?:\w+ )?anos|a long time ago|ages ago|hace (?:mucho|muchisimo)(?: tiempo)?|at (?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|1\d)|a los (?:trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|1\d)|(?:since|in|back in|during) (?:college|high school|uni|university|my teens)|(?:desde|en) (?:la universidad|la prepa|el liceo|el colegio|la secundaria)|desde los (?:trece|catorce|quince|dieciseis|diecisiete|dieciocho|diecinueve|1\d))\b/;
const NOTHING_NOW = /\b(?:nothing (?:now|since)|not (?:now|since|anymore|any more|in years|for years)|none now|no longer|ya no|hace (?:mas de |como |unos |muchos )?(?:\w+ )?anos que no|desde entonces (?:no|nada|nunca)|nunca mas|ahora no|ahora nada|not for (?:like |about |almost |over |a good )?(?:\w+ )?years|ya (?:quedo|esta) atras|(?:it is|that is|it's|that's) (?:all )?behind me|(?:i am|estoy) (?:good|fine|okay|ok|solid|steady|bien)(?: now| ahora)?(?=[.!,]|$))\b/;
const RECENT = /\b(?:again|lately|recently|last (?:week|month|night|year)|this (?:week|month|year)|still|these days|otra vez|de nuevo|ultimamente|hace poco|la semana pasada|el mes pasado|este (?:mes|ano)|esta semana|todavia|aun|sigo|ahora si)\b/;
/** The reply puts a yes long ago and says there is nothing now, with nothing recent in it. */
export const longPastOnly = (replyNorm: string): boolean =>
  LONG_AGO_MARK.test(replyNorm) && NOTHING_NOW.test(replyNorm) && !RECENT.test(replyNorm);

// To "have you ever attempted?", how many it was ("uno con pastillas hace un año", "two, both with pills").
const ASKS_ATTEMPT = /\b(?:attempt\w*|tried to (?:kill|end|take)|intento\w*|intentado)\b/;
const HOW_MANY_YES = /^(?:one|two|three|four|uno|una|dos|tres|cuatro)\b(?=[,.]| (?:with|con|when|cuando|in|en|hace|years?|last|el|la|both|los dos|ambos))/;
const ASKS_WHETHER_EVER = /\b(?:ever|before|previously|in the past|alguna vez|antes|anteriormente|en el pasado)\b/;
/** A reply opening with when it happened, to a question whether it ever happened. */
export const whenYes = (replyNorm: string, questionNorm: string): boolean =>
  ASKS_WHETHER_EVER.test(questionNorm) && (WHEN_YES.test(replyNorm.replace(/^[\s,.!?]+/, '')) || (ASKS_ATTEMPT.test(questionNorm) && HOW_MANY_YES.test(replyNorm.replace(/^[\s,.!?]+/, ''))));

// Session 29, from the spent v39: to a question about a gun or a means, the reply that says where it
// is or that it is loaded ("the one from the store, it's loaded by my bed", "in the glovebox") is the
// yes; outOfReach (context.ts) still reads "locked in the safe at my brother's" as a no.
const MEANS_WHERE = /\b(?:loaded|cargad[oa]|by (?:my|the) bed|under (?:my|the) (?:pillow|bed|mattress)|in (?:the|my) (?:glovebox|glove box|drawer|nightstand|pocket|closet|truck|car|bag|backpack|locker)|en (?:la|el|mi) (?:guantera|cajon|mesita|mesa de noche|bolsillo|mochila|closet|ropero|camioneta|troca|carro|locker)|bajo (?:la|mi|el) (?:almohada|cama|colchon))\b/;
/** The reply says where the means is kept, or that it is loaded. */
export const meansWhere = (replyNorm: string): boolean => MEANS_WHERE.test(firstWords(replyNorm, 14));

// To a question about a plan, a date or how ("is there a plan behind these thoughts?", "¿hay alguna
// fecha que tengas en mente?", "¿y ya tienes pensado cómo?"), the reply that gives the when or the with
// ("after the custody date, when he least expects it", "el día que me toque firmar", "con lo del
// botiquín de mi suegra") is the yes. Only after a risk question (detect.ts reads it on those paths).
// The plan must be the risk's ("a plan for this week?" alone may be the weekend's).
const ASKS_PLAN = /\b(?:(?:a|any|the|un|algun) plan\b[^?]{0,40}\b(?:thoughts|pensamientos|ideas|piensas|piensa|acting|act on|actuar|suicid\w*|kill\w*|hurt\w*|harm\w*|die|dying|morir|matar\w*|dano|la vida|your life|tu ex|your ex|him|her)|plan (?:detras|behind)|(?:a|any|una|alguna) (?:date|fecha)\b[^?]{0,30}\b(?:in mind|en mente)|pensado como|thought about how|how (?:would|will) you do (?:it|that)|como lo (?:harias|haria)|when would you do (?:it|that)|cuando lo harias)\b/;
const GIVES_WHEN = /^(?:after|once|right after|the day|the night|the morning|before|despues de|el dia que|la noche que|en cuanto|apenas|antes de|con (?:lo|el|la|las|los) |with (?:the|my) )|(?:^|[\s,.])(?:cuando (?:me|le|la|lo|se|este|esten|salga|llegue|pase|firme|paguen)|when (?:he|she|they|i get|i am|it is|the)|after the|despues de la|despues del)\b/;
/** A reply that gives when or with what, to a question about a plan, a date or how. */
export const planTimed = (replyNorm: string, questionNorm: string): boolean => {
  const reply = replyNorm.replace(/^[\s,.!?]+/, '');
  return ASKS_PLAN.test(questionNorm) && !OPENS_DENIED.test(reply) && GIVES_WHEN.test(firstWords(reply, 12));
};
