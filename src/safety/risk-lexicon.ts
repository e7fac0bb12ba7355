// Word classes for the learned risk stage (risk-features.ts), English and Spanish, over
// normalize()d text (lower case, no accents, contractions spelt out). Why: the model learns from a
// few thousand hand-written lines, so a phrasing it never saw ("the bridge on my way to work",
// "la escopeta de mi padre") shares no n-gram with its training lines; pooled classes (a means
// word, a self-reference, a "no future" word, a partner noun, a fear word) let a new paraphrase
// reuse what synonyms taught it. Pure data; the lookup is one Map read per word and bigram.

export type LexClass =
  | 'death' | 'self' | 'nofuture' | 'means' | 'harm' | 'kin' | 'fear' | 'control' | 'goodbye'
  | 'burden' | 'purpose' | 'hide' | 'wish' | 'revenge' | 'neg' | 'past' | 'joke' | 'body' | 'sleep' | 'other';

const RAW: Record<LexClass, string> = {
  death: `die dying died dead death deaths suicide suicidal kill killing killed end ending overdose overdosed alive living live
    exist existing existence funeral grave gone morir muero muera muriera morirme muerte muerto muerta suicidio suicidarme
    suicidarse matar matarme mate mato acabar acabe vivir viva vivo existir entierro desaparecer disappear`,
  self: `i me myself my mine yo mi mis conmigo mismo misma`,
  nofuture: `point pointless hope hopeless future anymore longer tomorrow next year forever permanent permanently trapped
    way out escape sentido esperanza futuro salida atrapado atrapada siempre manana seguir aguantar despertar wake waking
    carry keep going enough tired cansado cansada harto harta`,
  means: `pills tablets paracetamol insulin morphine methadone antidepressants sleeping box rope noose gun guns shotgun rifle
    firearm knife knives blade blades razor razors bridge cliff cliffs roof balcony train tracks platform car park engine
    garage lighter cigarette cigarettes belt hammer bat bleach pastillas caja cuerda soga pistola escopeta arma armas
    cuchillo cuchillos cuchilla cuchillas navaja puente acantilado azotea balcon tren anden vias motor mechero cigarro
    cigarros cinturon martillo bate lejia`,
  harm: `cut cutting cuts hurt hurting harm harming burn burning burned burnt hit hitting hits punch punched punching scratch
    scratching stab stabbed strangle strangled choke choked beat beats beating slap slapped kick kicked push pushed
    shove shoved grab grabbed smother shake shaking bleed bleeding blood poison poisoning attack threaten threatened
    threatens hang hanging jump jumping drown cortar cortarme corto corte cortes herir dano hacerme quemar quemo
    queme pegar pega pego pegue pegaba golpe golpes golpear arano aranazos rascar rasco apunalar apunalo estrangular
    ahorcar ahorcarme tirarme saltar ahogar envenenar sangre sangrar empujo empuja agarro patea pateo amenaza amenazo`,
  kin: `husband wife partner boyfriend girlfriend ex dad father stepdad stepfather mum mom mother son daughter uncle brother
    sister nephew carer he she him her his boss neighbour kids children baby marido mujer pareja novio novia padre
    padrastro madre hijo hija tio hermano hermana sobrino cuidadora ella jefe vecino ninos nino nina bebe`,
  fear: `scared afraid frightened terrified fear dread unsafe safe panic miedo asustada asustado aterrada aterrado panico
    segura seguro salvo`,
  control: `allowed let permission locks locked lock checks check tracks takes took money phone passport keys wages bank
    pension controls control deja dejo permiso encierra encerrada controla llaves dinero movil sueldo pension tarjeta`,
  goodbye: `goodbye goodbyes letters letter note affairs insurance despedirme despedida regalando
    regale testamento cartas carta nota seguro arreglando`,
  burden: `burden waste estorbo carga`,
  purpose: `purpose deliberately punish punishment deserve relief release proposito castigo castigarme merezco alivio`,
  hide: `hide hiding hid sleeves marks scars bruises makeup esconder escondo escondida manga marcas cicatrices moratones`,
  wish: `wish hope hoping want wanted rather pray ojala quiero queria quisiera prefiero rezo`,
  revenge: `pay revenge sorry regret lesson coming deserves vengarme vengar pague pagar arrepentir leccion merece`,
  neg: `not never no nobody nothing nunca jamas nada nadie tampoco`,
  past: `used ago years teenager hace anos antes pequena pequeno`,
  joke: `haha ha lol joking kidding joke jaja jajaja broma`,
  body: `arm arms wrist wrists thigh thighs legs skin stomach hand hands head throat neck brazo brazos muneca munecas
    muslo muslos piernas piel barriga mano manos cabeza cuello`,
  sleep: `sleep asleep bed night nights noche noches dormir dormirme cama acuesto`,
  other: `someone somebody anyone everyone people alguien nadie todos gente`,
};

const PHRASES: [string, LexClass][] = [
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
