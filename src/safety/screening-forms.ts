// Screening questions as the standard instruments word them (issue 14), beyond the forms context.ts
// and the follow-ups already read: the C-SSRS screen ("...go to sleep and not wake up", "some
// intention of acting on them", "carry out this plan"), PHQ-9 item 9, HITS and HARK for a partner's
// abuse ("scream or curse at you", "kicked, hit, slapped or otherwise physically hurt", "humiliated or
// emotionally abused"), and the elder-abuse screens (EASI: food, medicines or money kept from the
// patient), in English and Spanish. Session 29: clinicians read these aloud nearly word for word, so
// they transfer to calls no one has written yet better than any patient's phrasing does.
// Read by the rules stage only (context-followup.ts), so the learned stage keeps the question
// features it was trained with. Pure regexes over normalize()d text.
import type { FollowUp } from './context-followup';

// Whom a partner-abuse question names as the one who does it.
const WHO = String.raw`(?:your |a |an |the |any )?(?:partner|ex(?: partner)?|husband|wife|spouse|boyfriend|girlfriend|he|she|they|anyone|someone|somebody|anybody|family member|caregiver|carer|parents?|dad|father|mom|mum|mother|stepdad|stepfather|son|daughter|relative)`;

export const SCREENING_FORMS: FollowUp[] = [
  // C-SSRS 1 and passive wishes: "do you ever wish you just wouldn't wake up?", "wish you could disappear".
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\bwish(?:ed)? (?:that )?you (?:[a-z]+ ){0,6}?(?:would not|could not|did not|will not|never) wake(?: up)?\b|\bwish(?:ed)? (?:that )?you could (?:just )?(?:disappear|vanish|stop existing|not exist|not be here|sleep forever|go to sleep forever)\b|\b(?:deseado|desea|deseas|gustaria|quisiera|quisieras|ganas de) (?:\w+ )?(?:desaparecer|dormir(?:se|te)? y no despertar|no despertar(?:se|te)?)\b|\b(?:terminar|acabar) con (?:su|tu) (?:propia )?vida\b|\b(?:probable|posible) (?:es )?que (?:actue|actues|lo haga|lo hagas|llegue a hacerlo)\b/ },
  // Thinking about death asked outright ("have you been thinking about death?", "¿ha pensado mucho en la
  // muerte?"), not where or how one would like to die (palliative care: "morir en casa").
  { category: 'suicidal', polarity: 'yes-is-risk', re: /^(?!.*\b(?:advance directive|living will|end of life|palliative|hospice|funeral|resuscitat\w*|dnr|directivas? anticipadas?|voluntades anticipadas|testamento|paliativ\w*|funeral|reanimacion)\b).*?(?:\b(?:been|are you|you are|you have been) thinking (?:a lot |much |so much |more )?about (?:death|dying)\b(?! (?:at|in|with) )|\bpensado (?:mucho |seguido |bastante |ultimamente )?en (?:la muerte|morir(?:se)?|matarse|matarte|quitarse la vida|quitarte la vida|suicidarse|suicidarte|no despertar)\b(?! (?:en|con) ))/ },
  // An overdose thought of as the means ("have you thought about taking an overdose?", "¿ha pensado en
  // tomarse todas las pastillas?"); not "have you ever overdosed" on a drug, asked for its history.
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\b(?:thought|thinking|thoughts) (?:about|of) (?:taking |having )?(?:an overdose|all (?:of )?(?:your|the|those) (?:pills|tablets|meds|medications?|insulin))\b|\bpensado en (?:tomarse|tomarte|tragarse|tragarte) (?:todas )?(?:las|sus|tus) (?:pastillas|medicinas|medicamentos|pildoras)\b|\bpensado en (?:una|tomar una) sobredosis\b/ },
  // C-SSRS 4-5: intention and a plan to be carried out.
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\b(?:some |any )?intention (?:of|to) (?:acting|act|carry\w*|doing|do|go\w* through)\b|\bintend (?:to )?(?:carry out|act on|go through with|do it)\b|\bcarry out (?:this|the|that|your) plan\b|\bgo through with (?:it|this|that|the plan)\b|\bintencion(?:es)? de (?:llevar\w*|hacerlo|actuar|matarse|quitarse)\b|\bllevar a cabo (?:este|el|ese|su|tu) plan\b/ },
  // HITS / HARK: a partner who insults, screams at, humiliates; being kicked, hit or hurt by someone.
  { category: 'abuse', polarity: 'yes-is-risk', re: new RegExp(String.raw`\b${WHO} (?:\w+ ){0,2}?(?:insult\w*|humiliat\w*|put\w* you down|talk\w* down to|call\w* you names|(?:scream|yell|curse|shout|swear)\w*(?: or (?:scream|yell|curse|shout|swear)\w*)? at) (?:you\b)?|\bhave you been (?:\w+ ){0,3}?(?:kicked|hit|slapped|punched|beaten|choked|strangled|raped|humiliated|emotionally abused|physically hurt|threatened)\b(?=[^?]{0,60}\bby ${WHO}\b)|\b(?:raped|forced to have (?:any kind of )?(?:sex|sexual))\b`) },
  // Made to do what one did not want; in danger (not "in danger of" something else).
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:made|make|makes|forced|forces|pressured|pressures) you (?:to )?do (?:things|something|anything) you (?:did not|do not) want\b|\b(?:feel|feeling|are you|you are|you feel) (?:\w+ ){0,2}?in danger\b(?! of)|\b(?:se siente|te sientes|esta|estas) en peligro\b(?! de)/ },
  // Elder and dependent abuse (EASI): food, medicines, money or aids kept from the patient.
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:keep\w*|kept|withh[eo]ld\w*|hid\w*|take\w*|took|prevent\w*|stop\w*) (?:[a-z]+ ){0,3}?(?:food|medicines?|medications?|meds|pills|money|pension|glasses|hearing aids?|medical care)\b[^?]{0,30}\b(?:from you|away from you|against your will)\b|\bprevent\w* you from (?:getting|having|taking|eating|seeing)\b|\b(?:sign|signing) (?:papers|documents|anything) (?:\w+ ){0,3}?against your will\b|\b(?:le|te) (?:quita|quitan|quito|quitaron|esconde|esconden|niega|niegan|retiene|retienen|ha quitado|han quitado|ha negado|han negado) (?:la |el |las |los |su |sus |tu |tus )?(?:comida|medicina|medicinas|medicamentos|pastillas|dinero|plata|pension|lentes)\b/ },
  // Spanish abuse asked in the perfect, with the object clitic ("¿su esposo la ha forzado alguna vez?"),
  // and HITS in Spanish ("¿con qué frecuencia su pareja la insulta?").
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:pareja|esposo|esposa|marido|novio|novia|ex|cuidador|cuidadora|alguien) (?:\w+ )?(?:la|lo|le|te) (?:insulta|humilla|grita|menosprecia|patea|empuja|amenaza)\b|\b(?:te|le|la|lo) (?:ha|han|habia) (?:pegado|golpeado|maltratado|amenazado|forzado|obligado|empujado|pateado|insultado|humillado|violado|abusado|encerrado)\b/ },
  // Urges to cut or hurt oneself asked about ("do you still get urges to cut?", "¿todavía tiene ganas de cortarse?").
  { category: 'self-harm', polarity: 'yes-is-risk', re: /\burges? to (?:cut|burn|hurt yourself|harm yourself|self harm|scratch yourself)\b|\bganas de (?:cortar(?:se|te)|lastimar(?:se|te)|hacer(?:se|te) dano|quemar(?:se|te)|golpear(?:se|te))\b/ },
  // Spanish self-harm asked as cuts or burns made ("¿se ha hecho cortes?", "¿se sigue cortando?").
  { category: 'self-harm', polarity: 'yes-is-risk', re: /\b(?:hecho|hace|haces|hacerse|hacerte|haciendo(?:se|te)?) (?:unos |algunos )?(?:cortes|quemaduras|heridas)\b(?! (?:en la cocina|cocinando|trabajando))|\b(?:se|te) (?:sigue |sigues )?cortando\b(?! (?:el|la|las|los|con) )/ },
  // Acting on it asked outright, after the thoughts were told ("do you think you could actually act on
  // that?"); "i'd never do it" answers it no (intent).
  { category: 'suicidal', polarity: 'yes-is-risk', intent: true, re: /\b(?:could|would|might) you (?:actually |really |ever )?act on (?:that|it|them|those|these)\b|\bdo you think you (?:could|would|might) (?:actually |really |ever )?(?:act on|go through with) (?:it|that|them|those|these)\b/ },
  // Weapons where the patient lives (not only "at home").
  { category: 'suicidal', polarity: 'yes-is-risk', means: true, re: /\b(?:any )?(?:weapons|guns|firearms) (?:where you live|where you are staying|in your (?:home|house|flat|apartment|place))\b/ },
  // Safety and fear asked as worry or threat ("¿le preocupa su seguridad esta noche?", "¿ha recibido
  // amenazas?", "¿hay algo que le dé miedo en casa?").
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\b(?:le|te) preocupa (?:su|tu) (?:propia )?seguridad\b|\b(?:worried|concerned) about (?:your own )?safety tonight\b/ },
  { category: 'abuse', polarity: 'yes-is-risk', re: /\b(?:recibido|recibe|recibes|ha tenido) amenazas\b|\b(?:been|being|getting) threatened\b|\b(?:algo|alguien) (?:en (?:su|tu) casa )?que (?:le|te) (?:de|da|den|dan) miedo\b/ },
  // How much of a means was put aside ("how many have you saved?", "¿cuántas pastillas ha ido
  // juntando?"): any amount is the yes; an open question, so only a denial answers it no.
  { category: 'suicidal', polarity: 'open', means: true, overrides: true, re: /\bhow (?:much|many)(?: [a-z]+){0,2}? (?:have you|did you|you have|you) (?:got|saved|collected|stockpiled|put aside|kept|gathered|stored|hoarded)\b|\b(?:saving|saved|stockpiling|collecting|hoarding)\b[^?]{0,50}\bhow (?:much|many)\b|\bcuant[oa]s (?:[a-z]+ )?(?:ha|has|tiene|tienes) (?:ido )?(?:juntando|guardando|guardado|juntado|acumulado|acumulando|reunido|reuniendo)\b/ },
  // The months ahead asked about in passing ("how do you see the next few months?", "¿qué planes tiene
  // para navidad?"): only a reply that sees no future in them answers with the risk ("don't really see
  // me in them", "no creo que llegue"), never "nothing much".
  { category: 'suicidal', polarity: 'none-is-risk', future: true, futureOnly: true, re: /\bhow do you see (?:the next|the coming|your|next) (?:few )?(?:days|weeks|months|year|years|future)\b|\b(?:any )?plans for (?:christmas|the holidays|new year|next year|the summer|your birthday)\b|\bplanes (?:tiene |tienes )?para (?:navidad|las fiestas|fin de ano|el ano que viene|el verano|su cumpleanos|tu cumpleanos)\b|\bcomo (?:ve|ves) (?:los proximos|el proximo|el ano|el futuro)\b/ },
  // A plan behind the thoughts ("is there a plan behind these thoughts about your ex?"): toward
  // someone named, harm to others; otherwise the patient's own.
  { category: 'harm-others', polarity: 'yes-is-risk', re: /\bplan (?:behind|detras de)\b[^?]{0,50}\b(?:your ex|tu ex|su ex|him|her|el|ella|your (?:boss|neighbou?r|landlord)|tu (?:jefe|vecino|casero)|su (?:jefe|vecino|casero))\b/ },
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\bplan (?:behind|detras de) (?:these|those|the|esos|esas|estos|estas|lo que)\b/ },
  // A note or letter asked about ("have you written anything down, like a note or a letter?").
  { category: 'suicidal', polarity: 'yes-is-risk', re: /\b(?:(?:have|did) you (?:ever |already |been )?(?:written|wrote|write|writing)|you (?:have|ve) written|(?:ha|has|haya|hayas) escrito|escribiste|escribio)\b[^?]{0,30}\b(?:a note|a letter|notes|letters|goodbye|despedida|una carta|cartas|una nota)\b/ },
  // The cuts presupposed ("did any of the cuts need medical attention?"): any answer but a denial.
  { category: 'self-harm', polarity: 'open', re: /\b(?:any of (?:the|those|your) (?:cuts|burns|wounds)|alguno de (?:los|tus|sus) (?:cortes|quemaduras|heridas)|alguna de (?:las|tus|sus) (?:quemaduras|heridas))\b/ },
  // A child's safety at home with the partner ("is your daughter safe when your partner is home?").
  { category: 'abuse', polarity: 'no-is-risk', re: /\b(?:is|are) (?:your|the) (?:daughter|son|child|children|kids|baby|grandchildren) safe\b|\b(?:tu|su) (?:hija|hijo|hijos|bebe|nena|nene|hijas) (?:esta|estan) (?:segur[oa]s?|a salvo)\b/ },
  // Someone in danger from the patient ("¿alguien corre peligro por lo que siente?"): open; the answer is who.
  { category: 'harm-others', polarity: 'open', re: /\b(?:alguien|anyone|someone|somebody) (?:corre|correria|esta|estaria|could be|might be|is|would be) (?:en )?(?:peligro|in danger|at risk) (?:por|because of|from) (?:lo que|usted|ti|you|how|what)\b/ },
];
