// Context: a clinician's direct risk question followed by the patient's "yes, sometimes" is a
// disclosure even though the reply holds no risk words. Pure; works on normalize()d text.
import type { RiskCategory } from './types';
import { lexClasses } from './risk-lexicon';
import { memoLast } from './memo';

interface Question {
  category: RiskCategory;
  re: RegExp;
  /** 'yes-is-risk' (have you had thoughts of suicide?) or 'no-is-risk' (do you feel safe at home?). */
  polarity: 'yes-is-risk' | 'no-is-risk';
  /** The question asks whether the patient has or keeps something (means, access): see MEANS_Q. */
  means?: true;
}

const QUESTIONS: Question[] = [
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\b(?:suicid\w*|kill(?:ing)? yourself|end(?:ing)? your (?:own )?life|take your (?:own )?life|taking your (?:own )?life|thoughts? (?:of|about) (?:death|dying|ending|not being|killing|not waking|not wanting|wanting to die|being dead)|wish(?:ed)? (?:you were|you could be|you was) dead|better off dead|better off without you|(?:not )?want(?:ing|ed)? to (?:die|live|be alive|be here|wake up)|life (?:is|was|is not|was not) (?:not )?worth living|not worth living|(?:go to sleep|fall asleep) and not wake|wish you (?:would not|could not|did not) wake|plan (?:to|for) (?:end|kill|how)|pills to (?:end|hurt)|(?:gun|firearm|weapon)s? (?:at home|in the house|in your home)|access to (?:a )?(?:gun|firearm|weapon|pills)|how often do you (?:have|get) (?:these|those) thoughts|acted on (?:those|these|them)|(?:tried|attempted) to (?:hurt|harm|kill|end) (?:yourself|your life)|plan (?:to|for|of) (?:end|ending|kill|killing|hurt|hurting|harm|how you would|doing it|suicide|die|dying))\b/ },
  { category: 'self-harm', polarity: 'yes-is-risk', re: /\b(?:hurt(?:ing)? yourself|harm(?:ing)? yourself|self harm\w*|cut(?:ting)? yourself|(?:still|been|are you|you still) cutting|the (?:cutting|burning) (?:getting|gotten|been|is|has|still)|burn(?:ing)? yourself|injur\w* yourself on purpose)\b/ },
  { category: 'harm-others', polarity: 'yes-is-risk', re: /\b(?:hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?) (?:someone|somebody|anyone|anybody|others|other people|the baby|your baby|him|her|them|your (?:kids|children|partner|husband|wife))\b/ },
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:(?:he|she|they|anyone|someone|somebody|anybody|your (?:partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mother|mom|mum|parents?|stepdad|stepfather|carer|caregiver|son|daughter|family member)) (?:\w+ ){0,2}?(?:hit|hits|hitting|hurt|hurts|hurting|threaten\w*|abus\w*|forc\w*|push\w*|kick\w*|slap\w*|chok\w*|grab\w*|control\w*|scare\w*|frighten\w*|touch\w*) you\b|afraid of (?:him|her|them|your|anyone)|scared of (?:him|her|them|your|anyone)|(?:anyone|someone|somebody) (?:at home |in your (?:home|house|life) )?(?:that |who )?(?:you are|you feel|makes you feel|makes you) (?:afraid|scared|frightened|unsafe)|frightened of (?:him|her|your|anyone)|(?:someone|anyone|anybody) (?:hurting|hurt|hit|threaten\w*|harm\w*|abus\w*|frighten\w*) you|(?:domestic|partner) (?:violence|abuse)|unsafe (?:at home|in your relationship|with))/ },
  { category: 'abuse', polarity: 'no-is-risk', re: /\b(?:feel|feeling|are you|you are|you) (?:\w+ )?safe(?: (?:at home|where you live|with|in your|living|there|going home|now|right now|in your relationship|in your home))?\b/ },
  // Spanish
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\b(?:suicid\w*|quitarte la vida|quitarse la vida|matarte|matarse|(?:pensamientos|ideas) (?:de|sobre) (?:muerte|morir|quitarte|suicid\w*|no despertar|hacerte dano)|ganas de morir|no querer vivir|querer morir|quieres morir|(?:mejor|estar) muert[oa]|la vida no vale la pena|no despertar|un plan para|algun plan para|acceso a (?:armas|pastillas|un arma|algun arma|alguna arma|algun tipo de arma)|(?:armas?|pistolas?|escopetas?|armas de fuego) (?:en (?:la |su |tu )?casa|guardadas?))\b/ },
  { category: 'self-harm', polarity: 'yes-is-risk', re: /\b(?:hacerte dano|hacerse dano|lastimarte|lastimarse|lastimandote|lastimandose|cortandote|cortandose|haciendote dano|autolesion\w*|te has hecho dano a proposito|se ha hecho dano a proposito)\b/ },
  { category: 'harm-others', polarity: 'yes-is-risk', re: /\b(?:hacerle dano a (?:alguien|otros|otra persona|tu bebe)|lastimar a (?:alguien|otros)|matar a alguien)\b/ },
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:(?:te|le) (?:pega|golpea|maltrata|amenaza|hace dano|lastima|obliga|empuja|controla)|miedo (?:de|a) (?:el|ella|tu (?:pareja|esposo|marido))|alguien (?:en (?:su|tu) casa )?que (?:le|te) (?:de|da|haga sentir|hace sentir) (?:miedo|insegur[oa])|violencia (?:en casa|domestica))\b/ },
  { category: 'abuse', polarity: 'no-is-risk', re: /\b(?:te sientes segur[oa]|se siente segur[oa]|estas segur[oa] (?:en (?:tu )?casa|con el|con ella)|(?:seguro|segura) en (?:tu )?casa)\b/ },
  // Session 14: fear of going home or of the partner, and worry for one's own safety, as abuse screens
  // ask them ("are you afraid to go home?", "¿tiene miedo de volver a casa?", "¿le da miedo su pareja?").
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:afraid|scared|frightened|fearful) (?:to go|of going|about going) (?:back )?home\b|\b(?:worried|concerned|afraid|scared|fearful) (?:about|for) your (?:own )?safety\b|\bmade you feel unsafe\b|\b(?:miedo|temor) (?:de|a) (?:volver|regresar|ir) a (?:su |tu |la )?casa\b|\b(?:le|te) (?:da|dan) miedo (?:su|tu) (?:pareja|esposo|marido|novio|novia|esposa|mujer|ex)\b|\bpreocupad[oa] por (?:su|tu) (?:propia )?seguridad\b/ },
];

/** Questions about someone else's history ("anyone in your family…") are not about the patient. */
const ABOUT_OTHERS = /\b(?:family|relative|relatives|anyone you know|someone you know|friends?|parents|familia|familiar|familiares|alguien que conozca|conocido)\b/;
// A confirmation of a denial ("you're not feeling suicidal, right?"): "yes" means no risk.
const NOT_A_QUESTION = /\b(?:not (?:\w+ ){0,2}?suicidal|no suicidal|no risk|never suicidal|you (?:are|have|have been|do|were) not|no (?:thoughts|plans) of|denied|denies)\b/;

export type { Question };

/** The screening question the clinician's turn asks, or null (memoised: several stages ask it). */
export const riskQuestion: (clinicianNorm: string) => Question | null = memoLast(riskQuestionOnce);

function riskQuestionOnce(clinicianNorm: string): Question | null {
  if (!clinicianNorm || ABOUT_OTHERS.test(clinicianNorm) || NOT_A_QUESTION.test(clinicianNorm)) return null;
  // The safety question is checked last: "are you safe?" inside a suicide question asks about suicide.
  const q = QUESTIONS.find((q) => q.polarity === 'yes-is-risk' && q.re.test(clinicianNorm)) ?? QUESTIONS.find((q) => q.re.test(clinicianNorm)) ?? null;
  return q && q.polarity === 'yes-is-risk' && MEANS_Q.test(clinicianNorm) ? { ...q, means: true } : q;
}

// A risk question about having or keeping something ("do you have access to a gun?", "¿ha guardado
// algo con lo que podría hacerse daño?"): the reply often just names the thing ("the charcoal for
// the grill"), which is a yes.
const MEANS_Q = /\b(?:access to|have (?:any|a|got)|got (?:any|a)|keep(?:ing)?|kept|saved|saving|stored|put aside|at home|in the house|guardad[oa]s?|guardando|(?:tiene|tienes|tienen|tenes|hay) (?:a mano|acceso|en (?:la )?casa|algo|armas?|pastillas|algun arma|alguna arma)|(?:algo|anything|something) (?:con (?:lo )?que|you could|to) )/;
// ...unless it says the thing is out of reach or out of mind ("in a locked safe at his brother's",
// "my son took it", "and i'm not thinking of using it").
const OUT_OF_REACH = /\b(?:locked|lock box|lockbox|safe|not (?:here|in the house|at home|mine)|no longer|got rid|took (?:it|them)|moved (?:it|them)|gave (?:it|them) (?:away|to)|not thinking|not planning|bajo (?:llave|candado)|con (?:llave|candado)|caja fuerte|armero|no (?:esta|estan) en (?:la )?casa|se queda en el (?:cuartel|trabajo|cuartelillo)|(?:en (?:la )?casa )?no (?:tengo|hay) nada|se (?:la|lo|las|los) llevo|ya no (?:la|lo|las|los) tengo|no (?:estoy|ando) pensando|no pienso en (?:nada de )?eso)\b/;
// ...but knowing the code or where the key is puts it back within reach.
const KNOWS_KEY = /(?<!\bno )\b(?:i know|i have|i got|se|tengo|conozco) (?:where )?(?:the |la |el )?(?:code|key|keys|combination|clave|llave|llaves|combinacion)\b/;
/** A means question answered with the means out of reach: not a disclosure, even after a yes. */
export const outOfReach = (reply: string): boolean => OUT_OF_REACH.test(reply) && !KNOWS_KEY.test(reply);
/** The reply names a means (risk-lexicon.ts) in its first words, within reach. */
const namesMeans = (reply: string): boolean =>
  !outOfReach(reply) && lexClasses(firstWords(reply, 12).replace(/[.,!?;:]/g, ' ').split(/\s+/).filter(Boolean)).includes('means');

const NEG_START = /^(?:cero|zero|0|no|nope|nah|never|i was not|i will not|i would not(?! call it| say no| rule it out)|probably not|not really|not at all|not that|not anymore|not any more|not now|not lately|not recently|i do not think so|i have not|i do not|i did not|i am not|nothing like that|god no|absolutely not|definitely not|of course not|no way|nunca|para nada|jamas|en absoluto|claro que no|no no|none|ninguno|ninguna|tampoco)\b/;
// To "is anyone hurting you?" / "¿hay alguien que le dé miedo?", the answer is often just who: "my
// husband", "el padre de mis hijos", "mi mamá, con el palo de la escoba".
export const PERSON_NAMED = /^(?:(?:a |de )?(?:my|mi|his|her|the|el|la|su) (?:[a-z]+ ){0,3}?(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|stepdad|stepfather|mum|mom|mother|stepmom|stepmother|son|daughter|brother|sister|uncle|aunt|grandson|granddaughter|nephew|niece|carer|caregiver|landlord|boss|esposo|esposa|marido|mujer|pareja|novio|novia|ex|papa|padre|padrastro|mama|madre|madrastra|mami|hijo|hija|hermano|hermana|tio|tia|nieto|nieta|sobrino|sobrina|suegro|suegra|cunado|cunada|cuidador|cuidadora|patron|jefe|viejo|vieja))(?: (?:de|of) (?:mis|mi|my) [a-z]+)?(?=\s*(?:$|[.,;!?]|(?:does|did|has|had|sometimes|mostly|mainly|when|whenever|with|con|cuando|a veces|ahora|ayer|yesterday|again|too|also|tambien|y|and|me|le|la|lo|les|hits|hit|hurts|hurt|yells|threatens|threatened|pushes|pushed|grabs|grabbed|takes|took|controls|keeps|kept|will|would|is the one|es el que|es la que)\b))/;
/** A yes at the start of the reply. */
const START_AFFIRM = /^(?:(?:she|he|they) (?:says?|said) (?:yes|yeah|si|sometimes|a veces)|dice que si|i might|i could|possibly|yes|yeah|yep|yup|yea|uh huh|sometimes|some times|at times|occasionally|a few times|a couple of times|a couple times|once or twice|more than once|a little|a bit|kind of|sort of|maybe|i guess|i suppose|honestly|to be honest|if i am honest|if i am being honest|every day|a lot|all the time|quite a bit|quite a lot|quite often|lately|recently|now and then|every now and then|on and off|off and on|more often than|i have|i do|i did|i had|i was|i think so|i would say so|well yes|well yeah|right|true|correct|exactly|definitely|absolutely|he does|she does|he has|she has|they do|they have|it has|mostly|probably|last week|last night|yesterday|this week|si|claro|pues si|a veces|de vez en cuando|un poco|la verdad|alguna vez|algunas veces|ultimamente|todos los dias|mucho|bastante|he pensado|lo he pensado|se me ha pasado|se me pasa|creo que si|tal vez|quizas|puede ser|casi todos los dias|cada vez mas|anoche|la semana pasada|every time|every single (?:day|night|time)|every morning|all week|all day|all night|always|constantly|daily|nightly|non ?stop|most of the time|toda la semana|todo el dia|todo el tiempo|todas las noches|cada noche|cada dia|cada semana|every week|weekly|cada manana|cada vez que|siempre|a diario|both|all of (?:it|them|that)|all three|all of the above|everything|todo(?! (?:bien|esta bien|tranquilo|en orden|normal|perfecto|muy bien))|todos|todas|ambos|ambas|los dos|las dos|the same|same as (?:before|ever|always|last time)|igual(?! no)|lo mismo|diario|casi diario|almost daily|nearly every day|some nights|some days|most days|bad nights|on bad (?:days|nights)|algunas noches|algunos dias)(?=$|[\s,.!?])(?! not| never)/;
/** A yes anywhere in the first words ("I mean, it has crossed my mind"). */
const ANY_AFFIRM = /(?:^|[\s,])(?:(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|\d+|multiple|many|countless) times|(?:tres|cuatro|cinco|seis|siete|ocho|nueve|diez|\d+) veces|once|twice|una vez|dos veces|a ratos|no digo que no|no te digo que no|i would not say no|menos que antes|un par de veces|unas veces|varias veces|muchas veces|mas de una vez|una vez nomas|a couple of times|a couple times|several times|loads of times|most nights|every night now|most weekends|all the time|i am thinking about it|puede ser|maybe|sometimes|at times|occasionally|once or twice|a few times|more than once|every day|every night|most days|some days|lately|crossed my mind|cross my mind|i have thought|i think about it|i thought about it|i have been thinking|every so often|now and then|here and there|ok yes|okay yes|fine yes|alright yes|less than before|not as (?:much|often) as before|lo tengo pensado|ya lo pense|lo he planeado|not often|rarely|more than i would like|more than i care to|more than i should|more often than i would like|too often|a veces|de vez en cuando|he pensado|lo he pensado|se me ha pasado|se me pasa|ultimamente|todos los dias|depends (?:on )?what you (?:call|mean)|depende (?:de )?(?:lo )?que (?:le |te |usted )?(?:llame|llamas|entienda|entiendas|entiende)|i would not call it|no (?:le|lo) llamaria|(?:does|would) (?:it|that) count|cuentan?(?= si|\?)|some nights|algunas noches|pero si(?=[.!,]|$)|casi siempre|depends on the day|depende del dia|lo pienso|si lo pienso)(?=$|[\s,.!?])/;
// "all three, yeah" / "ya se como lo haria, si": the yes comes last.
const END_AFFIRM = /[\s,.](?:yeah|yes|yep|si)[.!]?$/;
// "uh. at the pool, yeah. i sank to the bottom": a yes closing a clause in the first words (not "yeah,
// no", not after an opening denial: replyDiscloses reads it only when the reply opens otherwise).
// Not a bare "sí": "pero despertar sí" contrasts another thing ("los que se van, esos sí").
const MID_YES = /(?:^|[\s,.])(?:yeah|yes|yep|claro|por supuesto)(?=[.!,]|$)(?![\s,.]+(?:no|nah|never|nunca|not|que no)\b)/;
// "de la mía, sí" / "the second one, yes": a short phrase, then the yes, within the first four words.
const EARLY_SI = /^(?:[a-z']+ ){0,2}[a-z']+, si(?=[.!,]|$)|^(?:de|a|en|con|por|para) [a-z']+(?: [a-z']+)? si(?=[.!,]|$)/;
// "el domingo. ya está" / "this morning, on the bus": a time named first answers "when?" and "have you?"
// alike; "just the burns" / "nomás cuando me lo merezco": a yes that makes it small.
const TIME_OR_SMALL_YES = /^(?:this (?:morning|afternoon|evening|week)|last (?:night|week|weekend)|tonight|today|yesterday|(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|hoy|anoche|ayer|esta (?:manana|noche|semana)|just the|only the|just when|only when|nomas (?:las|los|la|el|unos|unas|cuando)|solo (?:las|los|unos|unas|cuando))\b(?!,? (?:no|not|never|nunca|nothing|nada)\b)/;
// ...unless it closes the rest off: "only when he drives, otherwise no", "solo las tijeras de podar, nada más".
const ONLY_THAT = /\b(?:otherwise (?:no|not|never)|other than that(?:,)? no|apart from that(?:,)? no|nothing else|that is all|that's all|eso es todo|fuera de eso(?:,)? no|aparte de eso(?:,)? no|nada mas)\b/;
// To a self-harm question, "con la plancha" / "with my razor": the means named first.
const WITH_MEANS = /^(?:con|with) (?:la|el|un|una|las|los|a|an|the|my|mi|mis) /;
// To an abuse question, "i can't answer that now, he's here": the person is in the room.
const ABUSER_NEAR = /\b(?:(?:he|she|they) (?:is|are) (?:here|in the (?:next|other) room|right here|listening|next to me|home)|(?:el|ella) (?:esta|estan) aqui|me (?:esta|estan) escuchando|(?:can not|could not) (?:talk|answer|say)(?: (?:that|about it|now|right now|much))?|no puedo (?:contestar|hablar|decir))\b/;
// "a veces en broma, pero nunca de verdad" / "only as a joke, never for real": a no.
const JOKE_ONLY = /\b(?:en broma|de broma|as a joke|jokingly|joking)\b(?=[^]{0,40}\b(?:nunca|never|no|not) (?:de verdad|en serio|for real|seriously|really)\b)/;
const TURN = /^[\s,.]*(?:but|pero|well|although|though|bueno|i mean|except|only|apart from|not really|not much|mas o menos)\b/;
const UNSURE = /\b(?:i (?:[a-z]+ )?do not know|not (?:always|really|all the time|completely|totally|sure|exactly|entirely|very)|sometimes|not when|depends|it depends|i am not sure|i guess|mostly|most of the time|kind of|sort of|i think so but|no siempre|a veces|no se|no mucho|mas o menos|depende|casi siempre|no del todo|no tanto|no exactamente)\b/;

// "Honestly, no" / "la verdad, no": a candour opener before a denial is not itself a yes.
const CANDOUR_NO = /^(?:honestly|to be honest|truthfully|in all honesty|la verdad|sinceramente|francamente)[\s,.]+(?=(?:no|nope|nah|never|not|nunca|jamas)\b)/;
// A yes phrase under a negation ("no, nunca he pensado en eso", "i have never thought about it")
// is a denial: a negator within the two words before it.
const NEGATED_BEFORE = /\b(?:no|not|never|nunca|jamas|tampoco|nada)(?: [a-z']+)?\s*$/;
// Built once: it runs on every patient reply to a risk question (matchAll copies it, so no state leaks).
const ANY_AFFIRM_ALL = new RegExp(ANY_AFFIRM.source, 'g');
function affirmIn(s: string): boolean {
  for (const m of s.matchAll(ANY_AFFIRM_ALL)) if (!NEGATED_BEFORE.test(s.slice(0, m.index))) return true;
  return false;
}

/** The first n words of a reply. */
export const firstWords = (s: string, n: number) => s.split(/\s+/).filter(Boolean).slice(0, n).join(' ');
// "No, I feel safe" to "do you feel safe at home?": the "no" answers some other worry of the
// clinician's, the rest says plainly the patient is safe (not "not safe", not "safe-ish").
// Also praise of the partner or family given as the reason ("not at all, he's a sweetheart", "no, él es
// muy bueno conmigo"): the "no" denies the worry behind the question.
const SAFE_SAID = /\b(?:i (?:feel|am|do feel) (?:completely |totally |perfectly |very |quite |really )?safe|i (?:do not|never) feel unsafe|i am not in (?:any )?(?:danger|trouble)|no (?:estoy|me siento) en peligro|no me siento insegur[oa]|(?:me siento|estoy) (?:muy |bien |completamente )?(?:segur[oa]|tranquil[oa]|a gusto)|(?:he|she|they) (?:is|are) (?:a sweetheart|an angel|wonderful|lovely|so good to me|very good to me|really good to me|the kindest|so gentle)|(?:he|she|they) (?:treat|treats) me (?:so |really |very )?(?:well|right|like a queen|like gold)|(?:el|ella) es (?:muy |tan )?(?:buen[oa]|lind[oa]|carinos[oa]) conmigo|me trata (?:muy |super )?bien|es un (?:amor|pan|santo|angel))\b(?! (?:most|some|sometimes|when|unless|except|mas o menos|a veces|casi|cuando|hasta que|until|till|if|si)\b)/;
const SAFE_DOUBTED = /\b(?:not|never|no longer|do not|no me siento|no estoy)\b(?: [a-z']+){0,2}? (?:safe|segur[oa])\b/;
// "I've felt down but never that" / "not to that point": a yes to something milder, a no to the
// question.
const NEVER_THAT = /\b(?:but|though|although|pero)\s+(?:never|not|nunca|no)\s+(?:that|like that|to that point|that far|that bad|anything like that|eso|tanto|a ese punto|hasta ese punto)\b/;
// Spanish negates the verb itself: "no lo he pensado", "no se me ha pasado": the affirmative phrase
// that follows "no" is the denied one.
const ES_NEGATED_VERB = /^(?:lo |me |se me |la )?(?:he|ha|has|han|habia|pasa|paso)\b/;
// To "do you feel safe?": the word echoed back as a question ("safe?", "¿segura?"), or a promise
// limited in time ("nothing will happen before next week, after that i can't promise anything").
const SAFE_DOUBT = /^(?:safe|segur[oa]|a salvo)\?|\b(?:can not|could not|do not think i can) promise\b|\bno (?:se lo |te lo |le )?(?:puedo prometer|prometo nada)\b/;
// "seguro, seguro, no" / "safe, honestly, no": the "no" comes after the word it answers.
const EARLY_NO = /^(?:[a-z']+[\s,.]+){1,3}no\b(?! (?:problem|worries|doubt|issues?|one|body|se)\b)/;
/** The reply's opening words say plainly that the patient is safe. */
const saysSafe = (head: string): boolean => SAFE_SAID.test(head) && !SAFE_DOUBTED.test(head);

// A stuttered start the recogniser wrote as fragments ("ye yes", "s si", "n no"): normalize() folds
// exact repeats, not a fragment before its word. A fragment that is a word of its own is no stutter:
// "no, not tonight" keeps its "no".
const STUTTER = /^(?!(?:no|si|ya|yo|mi|me|he|we|so|it|is|in|on|at|to|do|go|my|an|and|i|a|y|o|un|el|la|lo|le|se|te|tu|su|es|en|de|not|but|the|yes|why|how|who)[\s,.])([a-z]{1,3})[\s,.]+(?=\1[a-z])/;
/** The reply without leading punctuation, openers ("well", "pues"), a stutter or a candour opener. */
export const replyOf = (replyNorm: string): string =>
  replyNorm.replace(/^[\s,.!?]+/, '').replace(/^(?:(?:well|so|okay|ok|i mean|pues|bueno|mira|este|doctor|doctora|hmm|um|uh|eh|ah|er)[\s,.]+)+/, '').replace(STUTTER, '').replace(CANDOUR_NO, '');

// To a question about now ("recently", "still", "these days"), a yes that is only about the past and
// says so ("i thought about it once years ago but not now", "ten years clean, no urges now", "once,
// years back, not now") is a no.
// Not to "have you ever...?": there a past episode is the answer.
const ASKS_NOW = /\b(?:recently|lately|still|right now|now|these days|this week|past (?:two |2 |few )?(?:weeks?|days|month)|currently|at the moment|since (?:we|our|last)|ultimamente|todavia|aun|ahora|ahorita|esta semana|estos dias)\b/;
const PAST_ONLY = /\b(?:but|though|pero)\b[^.?!]{0,40}?\b(?:not (?:now|anymore|any more|lately|recently|these days|for (?:a long time|years|ages))|(?:no|none|zero) (?:urges|thoughts) (?:now|anymore|any more|lately|these days)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|months) (?:clean|free|without)|ya no|hace (?:anos|mucho) que no)\b|\b(?:ago|years back|back then|once|as a teen(?:ager)?|when i was (?:young|younger|a teen(?:ager)?|a kid|in (?:school|college))|de joven|de chic[oa]|hace (?:anos|mucho|tiempo))\b[^.?!]{0,30}?,\s*(?:not now|not anymore|not any more|not lately|not these days|ya no|ahora no)\b(?![^.?!]{0,30}\b(?:but|except|only|pero|salvo|excepto|solo)\b)/;

/** The reply says the risk was in the past only, to a question about now. */
export const pastOnly = (replyNorm: string, questionNorm: string): boolean => ASKS_NOW.test(questionNorm) && saysPastOnly(replyNorm);

/** The reply puts the risk in the past only ("once, years back, but not now"), whatever was asked. */
export const saysPastOnly = (replyNorm: string): boolean => PAST_ONLY.test(replyNorm);

/** Whether the patient's reply (normalize()d) to `q` discloses risk. */
export function replyDiscloses(replyNorm: string, q: Question): boolean {
  const reply = replyOf(replyNorm);
  if (!reply) return false;
  const head = firstWords(reply, 10);
  if (q.polarity === 'no-is-risk') {
    if (UNSURE.test(head) || SAFE_DOUBT.test(reply)) return true;
    if (saysSafe(head)) return false;
    return (NEG_START.test(reply) || EARLY_NO.test(reply)) && !/^no (?:problem|worries|doubt|issues?)\b/.test(reply);
  }
  if (NEVER_THAT.test(head) || JOKE_ONLY.test(reply) || (q.means === true && outOfReach(reply))) return false;
  const neg = reply.match(NEG_START);
  if (neg) {
    // "No, never" stays no; "No... well, sometimes" / "Not really, sometimes" is a yes.
    const rest = reply.slice(neg[0].length);
    if (neg[0] === 'no' && ES_NEGATED_VERB.test(rest.trim())) return false;
    const soon = firstWords(rest, 6);
    return affirmIn(soon) || (TURN.test(rest) && affirmIn(firstWords(rest, 10)));
  }
  return START_AFFIRM.test(reply) || affirmIn(firstWords(reply, 8)) || END_AFFIRM.test(reply) || MID_YES.test(firstWords(reply, 10)) || EARLY_SI.test(reply) || (TIME_OR_SMALL_YES.test(reply) && !ONLY_THAT.test(reply)) || (q.category === 'self-harm' && WITH_MEANS.test(reply)) || (q.category === 'abuse' && (ABUSER_NEAR.test(reply) || PERSON_NAMED.test(reply))) || (q.means === true && namesMeans(reply));
}

/** The reply opens with a plain denial ("no, never", "nunca") and no later yes: the rules' "no". */
export function replyDenies(replyNorm: string, q: Question): boolean {
  const reply = replyOf(replyNorm);
  const head = firstWords(reply, 10);
  if (q.polarity === 'no-is-risk') {
    if (UNSURE.test(head)) return false;
    return saysSafe(head) || /^(?:yes|yeah|yep|si|claro|of course|absolutely|definitely|totally|i do|i am|completely|very safe|muy segur[oa]|por supuesto)\b/.test(reply);
  }
  return (NEG_START.test(reply) || NEVER_THAT.test(head)) && !replyDiscloses(replyNorm, q);
}
