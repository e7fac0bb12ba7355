// Word classes for the learned risk stage (risk-features.ts), English and Spanish, over
// normalize()d text (lower case, no accents, contractions spelt out). Why: the model learns from a
// few thousand hand-written lines, so a phrasing it never saw ("the bridge on my way to work",
// "la escopeta de mi padre") shares no n-gram with its training lines; pooled classes (a means
// word, a self-reference, a "no future" word, a partner noun, a fear word) let a new paraphrase
// reuse what synonyms taught it. Pure data; the lookup is one Map read per word and bigram.
// Indirect ideation speaks in concepts more than in death words: being absent ("not be around",
// "dejar de existir"), making it stop ("switch off", "que todo pare"), finality ("for good", "para
// siempre"), arrangements (a will, passwords, rehoming a pet), rehearsal and planning (stockpiling,
// "picked a date"), means, concealment, urges, coercive control. Words common in clinic talk
// (medication names, "plan", "looked up", "give up") are left out: medical dialogue is full of them
// and they would lift ordinary turns towards the real-speech threshold.

export type LexClass =
  | 'death' | 'self' | 'nofuture' | 'means' | 'harm' | 'kin' | 'fear' | 'control' | 'goodbye'
  | 'burden' | 'purpose' | 'hide' | 'wish' | 'revenge' | 'neg' | 'past' | 'joke' | 'body' | 'sleep' | 'other'
  | 'absence' | 'stop' | 'final' | 'plan' | 'urge' | 'aggress';

const RAW: Record<LexClass, string> = {
  death: `die dying died dead death deaths suicide suicidal kill killing killed end ending overdose overdosed alive living live
    exist existing existence funeral grave unalive overdosing perish morir muero muera muriera morirme muerte muerto muerta suicidio suicidarme
    suicidarse matar matarme mate mato acabar acabe vivir viva vivo existir entierro morirse muriendo mataria matarse
    quitarme`,
  self: `i me myself my mine yo mi mis conmigo mismo misma`,
  nofuture: `point pointless hope hopeless future anymore longer tomorrow next year forever permanent permanently trapped
    way out escape sentido esperanza futuro salida atrapado atrapada siempre manana seguir aguantar despertar wake waking
    carry keep going enough tired cansado cansada harto harta useless worthless meaningless bother rendirme rindo
    inutil
    empty hollow vacio vacia`,
  means: `pills tablets paracetamol insulin morphine methadone antidepressants sleeping box rope noose gun guns shotgun rifle
    firearm knife knives blade blades razor razors bridge cliff cliffs roof balcony train tracks platform car park engine
    garage lighter cigarette cigarettes belt hammer bat bleach pastillas caja cuerda soga pistola escopeta arma armas
    cuchillo cuchillos cuchilla cuchillas navaja puente acantilado azotea balcon tren anden vias motor mechero cigarro
    cigarros cinturon martillo bate lejia exhaust hose hosepipe fumes charcoal carbon monoxide ledge
    multistorey overdose fentanyl heroin
    stockpile stash ligature glock handgun revolver ammo ammunition bullet bullets
    manguera monoxido humo carbon cornisa
    fentanilo raticida veneno municion balas bala gatillo cargada fusca cuete
    sharpener shard shards sacapuntas`,
  harm: `cut cutting cuts hurt hurting harm harming burn burning burned burnt hit hitting hits punch punched punching scratch
    scratching stab stabbed strangle strangled choke choked beat beats beating slap slapped kick kicked push pushed
    shove shoved grab grabbed smother shake shaking bleed bleeding blood poison poisoning attack threaten threatened
    threatens hang hanging jump jumping drown cortar cortarme corto corte cortes herir dano hacerme quemar quemo
    queme pegar pega pego pegue pegaba golpe golpes golpear arano aranazos rascar rasco apunalar apunalo estrangular
    ahorcar ahorcarme tirarme saltar ahogar envenenar sangre sangrar empujo empuja agarro patea pateo amenaza amenazo carve carving carved scratched scratches banging
    starve starving purge purging rascarme morderme muerdo golpeo golpeaba pellizco quemarme marcarme
    aranarme
    lastimar lastimarme lastimo lastime lastimarlo lastimarla lastimando herirme herirlo paliza bofetada tortazo punetazo patada cachetada golpiza madrazo romperle partirle reventarle acuchillar`,
  kin: `husband wife partner boyfriend girlfriend ex dad father stepdad stepfather mum mom mother son daughter uncle brother
    sister nephew carer he she him her his boss neighbour kids children baby marido mujer pareja novio novia padre
    padrastro madre hijo hija tio hermano hermana sobrino cuidadora ella jefe vecino ninos nino nina bebe`,
  fear: `scared afraid frightened terrified fear dread unsafe safe panic miedo asustada asustado aterrada aterrado panico
    segura seguro salvo`,
  control: `allowed let permission locks locked lock checks check tracks takes took money phone passport keys wages bank
    pension controls control deja dejo permiso encierra encerrada controla llaves dinero movil sueldo pension tarjeta tracker
    gps isolates isolated forbids forbidden allowance revisa vigila vigilando rastrea
    ubicacion prohibe prohibio aislada aislado recibos obliga obligo obligaba exige
    humiliates humiliated belittles belittled jealous jealousy manipulates gaslights degrades humilla humillar humillaba jalonea jaloneo celos celoso zarandea`,
  goodbye: `goodbye goodbyes letters letter note affairs insurance despedirme despedida regalando
    regale testamento cartas carta nota seguro arreglando passwords password beneficiary executor belongings possessions
    rehome rehoming rehomed eulogy contrasenas contrasena poliza beneficiario herencia pertenencias regalar regalado
    despedirme despedi`,
  burden: `burden burdens burdening waste estorbo carga lastre molestia`,
  purpose: `purpose deliberately punish punishment deserve relief release numb numbness proposito castigo castigarme merezco alivio
    adrede`,
  hide: `hide hiding hid sleeves marks scars bruises makeup esconder escondo escondida manga marcas cicatrices moratones
    secret secrets hidden pretend pretending excuses ocultar oculto oculta secreto tapar tapo excusa excusas mangas
    maquillaje`,
  wish: `wish hope hoping want wanted rather pray ojala quiero queria quisiera prefiero rezo`,
  revenge: `pay revenge sorry regret lesson coming deserves vengarme vengar pague pagar arrepentir leccion merece`,
  neg: `not never no nobody nothing nunca jamas nada nadie tampoco`,
  past: `used ago years teenager hace anos antes pequena pequeno`,
  joke: `haha ha lol joking kidding joke jaja jajaja broma`,
  body: `arm arms wrist wrists thigh thighs legs skin stomach hand hands head throat neck brazo brazos muneca munecas
    muslo muslos piernas piel barriga mano manos cabeza cuello forearm forearms hips ankles knuckles antebrazo caderas
    tobillos nudillos`,
  sleep: `sleep asleep bed night nights noche noches dormir dormirme cama acuesto`,
  other: `someone somebody anyone everyone people alguien nadie todos gente`,
  // Indirect ideation: being absent, making it stop, for good, arranging and rehearsing.
  absence: `disappear disappeared disappearing vanish vanished vanishing gone invisible desaparecer desaparezca
    desapareciera esfumarme borrarme`,
  stop: `apagarme apagar`,
  final: `permanently forever definitivo definitiva definitivamente`,
  plan: `researched googled stockpiled stockpiling hoarding hoarded rehearsed rehearsing practised practiced stashed
    investigue busque ensaye ensayado acumulando
    `,
  urge: `urge urges impulse impulses fantasize fantasise fantasies fantasy tempted temptation
    impulso impulsos ganas fantaseo fantasear tentado tentada`,
  aggress: `yells yelling shouts shouting smashed smashes slams rage grita gritaba
    gritos insulta insultos rompe rompio`,
};

const PHRASES: [string, LexClass][] = [
  // absence
  ['not be around', 'absence'], ['not being here', 'absence'], ['no longer here', 'absence'], ['not exist', 'absence'],
  ['stop existing', 'absence'], ['cease to exist', 'absence'], ['never wake up', 'absence'], ['go away', 'absence'],
  ['ya no estar', 'absence'], ['no estar aqui', 'absence'], ['dejar de existir', 'absence'], ['no despertar', 'absence'],
  ['no despertarme', 'absence'], ['no existir', 'absence'], ['irme para siempre', 'absence'], ['not be there', 'absence'],
  // making it stop
  ['make it stop', 'stop'], ['make it all stop', 'stop'], ['switch off', 'stop'], ['turn off', 'stop'], ['shut down', 'stop'],
  ['end it', 'stop'], ['end it all', 'stop'], ['end things', 'stop'], ['be over', 'stop'], ['all be over', 'stop'],
  ['over with', 'stop'], ['que se acabe', 'stop'], ['que pare', 'stop'], ['que todo pare', 'stop'], ['acabar con todo', 'stop'],
  ['terminar con todo', 'stop'], ['acabar con esto', 'stop'], ['que se termine', 'stop'], ['poner fin', 'stop'], ['ponerle fin', 'stop'],
  ['quiet in my head', 'stop'], ['the noise stop', 'stop'],
  // futility
  ['why bother', 'nofuture'], ['no use', 'nofuture'], ['nothing matters', 'nofuture'], ['giving up', 'nofuture'],
  ['given up', 'nofuture'], ['no way out', 'nofuture'], ['only way out', 'nofuture'], ['the only way', 'nofuture'],
  ['no vale la pena', 'nofuture'], ['no tiene sentido', 'nofuture'], ['da igual', 'nofuture'], ['me rindo', 'nofuture'],
  ['tirar la toalla', 'nofuture'], ['no hay salida', 'nofuture'], ['no aguanto mas', 'nofuture'], ['ya no puedo', 'nofuture'],
  ['can not do this', 'nofuture'], ['can not take it', 'nofuture'], ['had enough', 'nofuture'], ['done with everything', 'nofuture'],
  ['tired of living', 'nofuture'], ['tired of everything', 'nofuture'], ['cansado de vivir', 'nofuture'], ['cansada de vivir', 'nofuture'],
  ['harto de todo', 'nofuture'], ['harta de todo', 'nofuture'], ['para que seguir', 'nofuture'], ['de que sirve', 'nofuture'],
  // burden
  ['easier without me', 'burden'], ['easier for everyone', 'burden'], ['in the way', 'burden'], ['miss me', 'burden'],
  ['mejor sin mi', 'burden'], ['estarian mejor', 'burden'], ['seria mas facil', 'burden'], ['me echaria de menos', 'burden'],
  ['me extranaria', 'burden'], ['se daria cuenta', 'burden'], ['even notice', 'burden'], ['drag everyone down', 'burden'],
  // finality
  ['for good', 'final'], ['once and for all', 'final'], ['one last', 'final'], ['for the last time', 'final'], ['no going back', 'final'],
  ['no coming back', 'final'], ['de una vez', 'final'], ['para siempre', 'final'], ['por ultima vez', 'final'], ['sin vuelta atras', 'final'],
  ['last goodbye', 'final'],
  // arrangements
  ['my will', 'goodbye'], ['a will', 'goodbye'], ['life insurance', 'goodbye'], ['gave away', 'goodbye'], ['given away', 'goodbye'],
  ['new home for', 'goodbye'], 
  ['said goodbye', 'goodbye'], ['say goodbye', 'goodbye'], ['left a note', 'goodbye'], ['seguro de vida', 'goodbye'],
  ['cuiden de', 'goodbye'], ['todo arreglado', 'goodbye'], ['mis papeles', 'goodbye'],
  // rehearsal and planning
  ['picked a date', 'plan'], ['set a date', 'plan'],
  ['chose a date', 'plan'], ['worked out how', 'plan'], ['figured out how', 'plan'], ['how many it would take', 'plan'],
  ['how much it would take', 'plan'], ['how to do it', 'plan'], ['have a plan', 'plan'], ['made a plan', 'plan'],
  ['tengo un plan', 'plan'], ['he buscado', 'plan'], ['como hacerlo', 'plan'], ['cuantas harian falta', 'plan'],
  ['cuanto haria falta', 'plan'], ['tengo fecha', 'plan'], ['he ido guardando', 'plan'], ['voy guardando', 'plan'],
  ['how high', 'plan'], 
  // means, as phrases
  ['hot shot', 'means'], ['sleeping pills', 'means'], ['car exhaust', 'means'], ['top floor', 'means'], 
  ['delante del', 'means'], ['bajo el tren', 'means'], ['pastillas para dormir', 'means'],
  ['no reason', 'nofuture'], ['reason to live', 'nofuture'], ['reason to stay', 'nofuture'], ['stay around', 'nofuture'],
  ['hang on', 'nofuture'], ['hold on', 'nofuture'], ['nothing left', 'nofuture'], ['nothing to lose', 'nofuture'],
  ['last resort', 'nofuture'], ['razon para vivir', 'nofuture'], ['motivo para seguir', 'nofuture'], ['nada que perder', 'nofuture'],
  ['ultimo recurso', 'nofuture'], ['checked out', 'absence'], ['check out', 'absence'], ['bow out', 'absence'], ['tap out', 'absence'],
  ['other side', 'absence'], ['be with', 'absence'], ['see her again', 'absence'], ['see him again', 'absence'], ['volver a ver', 'absence'],
  ['reunirme con', 'absence'], ['at peace', 'final'], ['en paz', 'final'], ['descansar para siempre', 'final'], ['rest forever', 'final'],
  // urges to harm others
  ['lose it', 'urge'], ['lose control', 'urge'], ['get even', 'urge'], ['get my hands on', 'urge'],
  ['perder el control', 'urge'], ['no respondo', 'urge'], ['ajustar cuentas', 'urge'], ['me las pagara', 'revenge'],
  ['me la va a pagar', 'revenge'], ['make them pay', 'revenge'], ['make her pay', 'revenge'], ['teach him a lesson', 'revenge'],
  // coercive control
  ['not allowed', 'control'], ['will not let me', 'control'], ['does not let me', 'control'], 
  ['goes through my phone', 'control'], ['reads my messages', 'control'], ['checks my phone', 'control'], ['takes my money', 'control'],
  ['no me deja', 'control'], ['no me dejan', 'control'], ['tengo que pedirle', 'control'], ['me revisa', 'control'],
  ['me quita', 'control'], ['me controla', 'control'], ['walking on eggshells', 'fear'], ['con pies de plomo', 'fear'],
  // concealment
  ['long sleeves', 'hide'], ['nobody knows', 'hide'], ['no one knows', 'hide'], ['nadie lo sabe', 'hide'], ['nadie sabe', 'hide'],
  ['feel something', 'purpose'], ['sentir algo', 'purpose'], ['hacerme dano', 'harm'],
  ['on purpose', 'purpose'], ['a proposito', 'purpose'], ['better off', 'burden'], ['without me', 'burden'], ['dead weight', 'burden'], ['sin mi', 'burden'],
  ['give away', 'goodbye'], ['giving away', 'goodbye'], ['no point', 'nofuture'], ['what is the point', 'nofuture'],
  ['can not go on', 'nofuture'], ['not be here', 'nofuture'], ['be here', 'nofuture'], ['estar aqui', 'nofuture'],
  ['no puedo mas', 'nofuture'], ['wake up', 'nofuture'], ['not wake', 'nofuture'], ['make him pay', 'revenge'],
  ['get back at', 'revenge'], ['put in hospital', 'harm'], ['take my life', 'death'], ['quitarme la vida', 'death'],
];

const WORDS = new Map<string, LexClass>();
// A word listed under two classes keeps the first (the order of RAW is the priority).
for (const [c, list] of Object.entries(RAW) as [LexClass, string][]) for (const w of list.split(/\s+/)) if (w && !WORDS.has(w)) WORDS.set(w, c);
const BIGRAMS = new Map<string, LexClass>(PHRASES.filter(([p]) => p.split(' ').length === 2));
const LONGER = PHRASES.filter(([p]) => p.split(' ').length > 2);

/** The class of each word (null if none); two-word phrases mark both words. */
export function lexClasses(ws: string[]): (LexClass | null)[] {
  const out = ws.map((w) => WORDS.get(w) ?? null);
  for (let i = 0; i + 1 < ws.length; i++) {
    const c = BIGRAMS.get(`${ws[i]} ${ws[i + 1]}`);
    if (c) out[i] = out[i + 1] = c;
  }
  return out;
}

/** Classes of the longer phrases found in the text (word-bounded). */
export function phraseClasses(text: string): LexClass[] {
  const t = ` ${text} `;
  return LONGER.filter(([p]) => t.includes(` ${p} `)).map(([, c]) => c);
}
