import { describe, expect, it } from 'vitest';
import { detectRisk, detectRiskRules, statementHit } from '../../src/safety/detect';
import { normalize } from '../../src/safety/normalize';
import { FIGURATIVE, RISK } from './dev-cases';

describe('safety detector (dev set)', () => {
  it('has a varied dev set', () => {
    expect(RISK.length).toBeGreaterThanOrEqual(60);
    expect(FIGURATIVE.length).toBeGreaterThanOrEqual(50);
  });
  for (const c of RISK) {
    it(`fires: ${c.text}${c.context ? ` (after: ${c.context})` : ''}`, () => {
      expect(detectRisk(c)).not.toBeNull();
    });
  }
  for (const c of FIGURATIVE) {
    it(`stays quiet: ${c.text}${c.context ? ` (after: ${c.context})` : ''}`, () => {
      expect(detectRisk(c)).toBeNull();
    });
  }
});

describe('safety detector details', () => {
  it('names a category and a rule, never the words', () => {
    const hit = detectRisk({ text: 'everyone would be better off without me' })!;
    expect(hit.category).toBe('suicidal');
    expect(JSON.stringify(hit)).not.toContain('without me');
  });
  it('uses context only for the previous clinician question', () => {
    expect(detectRisk({ text: 'yes, sometimes' })).toBeNull();
    expect(detectRisk({ text: 'yes, sometimes', context: 'Have you had thoughts of killing yourself?' })).toMatchObject({ via: 'context', category: 'suicidal' });
    expect(detectRisk({ text: 'yes', context: 'Has anyone in your family had thoughts of suicide?' })).toBeNull();
  });
  it('classifies abuse and harm to others', () => {
    expect(statementHit('my husband hits me')?.category).toBe('abuse');
    expect(statementHit('I keep thinking about hurting my boss')?.category).toBe('harm-others');
    expect(statementHit("I've been cutting again")?.category).toBe('self-harm');
  });
  it('normalises caption noise', () => {
    expect(normalize("I I um don't   wanna")).toBe('i do not want to');
    expect(normalize('i do n\'t know')).toBe('i do not know');
    expect(normalize('Más daño')).toBe('mas dano');
  });
});

describe('rules: round v5 fixes (context replies and everyday senses)', () => {
  const rules = (text: string, context?: string) => detectRiskRules({ text, ...(context ? { context } : {}) });
  it('a "no" that goes on to say the patient is safe answers "do you feel safe" with safe', () => {
    expect(rules('no i feel safe', 'do you feel safe at home?')).toBeNull();
    expect(rules('no, no, I feel completely safe, he is a good man', 'are you safe at home?')).toBeNull();
    // ... but a plain "no", or "not safe", or "safe most of the time" stays a disclosure.
    expect(rules('no', 'do you feel safe at home?')).toMatchObject({ via: 'context', category: 'abuse' });
    expect(rules('no, I do not feel safe there', 'do you feel safe at home?')).toMatchObject({ via: 'context' });
    expect(rules('I feel safe most of the time', 'do you feel safe at home?')).toMatchObject({ via: 'context' });
  });
  it('"but never that" is a no to the risk question, "but sometimes" is a yes', () => {
    expect(rules("I've felt down but never that", 'have you thought about suicide?')).toBeNull();
    expect(rules("I've felt down and yes, sometimes", 'have you thought about suicide?')).toMatchObject({ via: 'context' });
  });
  it('Spanish negates the verb: "no lo he pensado" is a no, "no... bueno, a veces" a yes', () => {
    expect(rules('no lo he pensado nunca de verdad', '¿has pensado en el suicidio?')).toBeNull();
    expect(rules('no se me ha pasado por la cabeza', '¿has pensado en quitarte la vida?')).toBeNull();
    expect(rules('no... bueno, a veces', '¿has pensado en quitarte la vida?')).toMatchObject({ via: 'context' });
  });
  it('"he has never put his hands on me" is not a disclosure; "he put his hands on me" is', () => {
    expect(rules("no, he's never put his hands on me")).toBeNull();
    expect(rules('he put his hands on me last night')).toMatchObject({ category: 'abuse' });
  });
  it('masks everyday senses without losing the risk reading next to them', () => {
    for (const t of [
      'the cuts on my arms are from the bramble bushes',
      'the marks on my arm are from my eczema, i scratch in my sleep',
      "i'm checking out early today for my son's parents evening",
      'mum wants to die at home rather than in the hospital',
      "i could kill him i swear he's eaten my yoghurt again",
      'when the teacher read my text out loud i wanted to disappear, so embarrassing',
      'tragame tierra me quiero morir que oso',
      'que ganas de desaparecer unos dias en la montaña sin celular',
      '¿me tomo todas las pastillas juntas o una en la mañana?',
      'mi primo se suicidó hace diez años y todavía hablamos de él',
      'el duelo de mi abuelo me pegó fuerte pero ya estoy en terapia',
    ]) expect(rules(t), t).toBeNull();
    for (const t of [
      'the cuts on my arms are from the razor',
      "i'm thinking of checking out early, for good",
      'i want to die',
      'me quiero morir',
      'quiero desaparecer para siempre',
      'me tomé todas las pastillas del frasco',
      'mi esposo me pega',
    ]) expect(rules(t), t).not.toBeNull();
  });
});

describe('topic words need some risk around them (TOPIC_MIN_SCORE)', () => {
  it('a topic word about work, study or someone else is read by the rules but not reported', () => {
    for (const t of ['i volunteer on a domestic abuse helpline on tuesdays', 'i wrote a paper on domestic violence for my criminal justice class']) {
      expect(detectRiskRules({ text: t }), t).not.toBeNull(); // the topic rule matches...
      expect(detectRisk({ text: t }), t).toBeNull(); // ...and the learned stage sees no risk around it
    }
  });
  it('the same words about the patient still fire, and an act rule is never gated', () => {
    expect(detectRisk({ text: 'he abused me for years and i am still scared of him' })).not.toBeNull();
    expect(detectRisk({ text: 'i have been self harming again since christmas' })).not.toBeNull();
    expect(detectRisk({ text: 'i want to kill myself' })).toMatchObject({ via: 'statement', category: 'suicidal' });
  });
});

/** The rules stage on one patient line, with the clinician's previous line if given. */
const rule = (text: string, context?: string) => detectRiskRules({ text, ...(context ? { context } : {}) });

// Session 7: explicit statements the masks used to swallow, and everyday talk the rules read as risk
// (found on the spent held-out sets v2-v4; these examples are written fresh, not copied from them).
describe('rules: explicit acts and threats the masks must not hide', () => {
  it('an idiom mask does not eat a wish that lasts ("wanting to die for months")', () => {
    expect(rule("i've been wanting to die for months now")?.category).toBe('suicidal');
    expect(rule('this chocolate cake is to die for')).toBeNull();
  });
  it('"last night" is not an accident: self-harm told with a time still fires', () => {
    expect(rule('i burnt myself with a lighter last week')?.category).toBe('self-harm');
    expect(rule('i cut myself last tuesday, first time in ages')?.category).toBe('self-harm');
    expect(rule('i hurt myself on purpose yesterday')?.category).toBe('self-harm');
    expect(rule('i cut myself chopping onions last night')).toBeNull();
  });
  it('a threat with a time ("when he gets out") is a threat; a trivial offence stays hyperbole', () => {
    expect(rule("i swear i'm gonna kill him when he's released")?.category).toBe('harm-others');
    expect(rule('te lo juro que la voy a matar cuando la vea')?.category).toBe('harm-others');
    expect(rule("i'll kill him if he eats my leftovers again")).toBeNull();
  });
  it('command hallucinations, a grip on the throat, arson, a cigarette put out on the skin', () => {
    expect(rule('the voice keeps telling me to hurt my neighbour')?.category).toBe('harm-others');
    expect(rule('las voces me dicen que me corte')?.category).toBe('self-harm');
    expect(rule('i grabbed my brother by the neck and squeezed')?.category).toBe('harm-others');
    expect(rule('i want to set fire to his flat')?.category).toBe('harm-others');
    expect(rule('i stubbed a cigarette out on my arm')?.category).toBe('self-harm');
    expect(rule('i bang my head against the wall over and over')?.category).toBe('self-harm');
    expect(rule('i want to strangle whoever is closest')?.category).toBe('harm-others');
  });
  it('Spanish: cuts "me hice unos cortes", a shot "le meto un tiro"', () => {
    expect(rule('anoche me hice unos cortes en la pierna')?.category).toBe('self-harm');
    expect(rule('si me vuelve a insultar le meto un balazo')?.category).toBe('harm-others');
    expect(rule('me hice unos cortes cocinando')).toBeNull();
  });
  it('captions that split a word ("over dose") and an attempt dated in years', () => {
    expect(normalize('i took an over dose')).toContain('overdose');
    expect(rule('i took an over dose in march')?.category).toBe('suicidal');
    expect(rule('i attempted three years ago')?.category).toBe('suicidal');
    expect(rule('i attempted to quit smoking two years ago')).toBeNull();
  });
});

describe('rules: explicit statements the blind sets showed missing (session 8), each with a safe neighbour', () => {
  it('a body part after "on my" is where the cut is, not the thing cut on', () => {
    expect(rule('ive been cutting myself on my arms most nights this month')?.category).toBe('self-harm');
    expect(rule('i cut myself on a tin lid making dinner')).toBeNull();
  });
  it('an act named as deliberate, whatever the tool; damage carried on until it bleeds', () => {
    expect(rule('i scrape my knuckles with the cheese grater on purpose when nobody is home')).toBeNull(); // no listed body part: left to the model
    expect(rule('i keep cutting my hands with the scissors at school on purpose')?.category).toBe('self-harm');
    expect(rule('i pick at my cuticles until they bleed every night')?.category).toBe('self-harm');
    expect(rule('i bit my lip by accident and it bled a bit')).toBeNull();
  });
  it('a drug taken to die is explicit whatever its name; "not to die" is self-harm', () => {
    expect(rule('last month i swallowed a whole strip of my codeine to end it')?.category).toBe('suicidal');
    expect(rule('i took twelve of my sleeping tablets not to die just to switch off')?.category).toBe('self-harm');
    expect(rule('i took the early train to end it sooner, the meeting i mean')).toBeNull();
    expect(rule('we took two weeks off to end it on good terms')).toBeNull();
  });
  it('a negation does not reach past a new "i" clause, unless a verb of saying governs it', () => {
    expect(rule("when the twins won't settle i scratch my arms till they bleed")?.category).toBe('self-harm');
    expect(rule("i'd never say i want to kill myself")).toBeNull();
    expect(rule("it's not like i want to die")).toBeNull();
  });
  it('stabbing by a partner is abuse; a group named by what they did is a target; a dog bite is not abuse', () => {
    expect(rule('my husband stabbed me in the arm with a pen during the row')?.category).toBe('abuse');
    expect(rule('i want to stab the boys who robbed my mum')?.category).toBe('harm-others');
    expect(rule('the neighbours dog bit me on the ankle')).toBeNull();
  });
  it('Spanish: a relative by marriage as a target, jumping from a bridge, killing with a fright is a figure', () => {
    expect(rule('voy a matar a mi suegro, ya lo tengo pensado')?.category).toBe('harm-others');
    expect(rule('si me deja me tiro de un puente')?.category).toBe('suicidal');
    expect(rule('me tiro al sofa en cuanto llego a casa')).toBeNull();
    expect(rule('vas a matar a tu madre de un disgusto')).toBeNull();
  });
});

describe('rules: harm pressed on until the body gives, abuse by neck, flame or touch (session 8, after v8)', () => {
  it('self-harm carried on until blood, a split or a bruise, and marks carved into the skin', () => {
    expect(rule('before the weigh in i jab a pencil into my thigh till there is blood')?.category).toBe('self-harm');
    expect(rule('i punched the garage door till my knuckles split')?.category).toBe('self-harm');
    expect(rule('i scratched a word into my forearm with a compass')?.category).toBe('self-harm');
    expect(rule('i pressed the bruise on my shin till it hurt to see if it healed')).toBeNull();
    expect(rule('i hold my breath till i can not anymore at swimming')).toBeNull();
  });
  it('starving to death is suicidal; a caption split of "suicide" is read whole', () => {
    expect(rule('i would rather starve myself to death than go back there')?.category).toBe('suicidal');
    expect(rule('sui side is on my mind every day')?.category).toBe('suicidal');
    expect(rule('i am starving, i skipped lunch')).toBeNull();
  });
  it('held by the neck, a lighter held to the hair, a child touched', () => {
    expect(rule('my partner pinned me to the door by my throat on friday')?.category).toBe('abuse');
    expect(rule('he held a lit cigarette to my arm while i slept')?.category).toBe('abuse');
    expect(rule('my stepdad touches my little brother when we are alone')?.category).toBe('abuse');
    expect(rule('my dad touched my son on the shoulder to wake him')).toBeNull();
  });
  it('Spanish: until it bleeds or bruises, hit with a hose or a belt, dragged by the hair, "me tiraba al metro"', () => {
    expect(rule('me clavo las unas en los brazos hasta que me sale sangre')?.category).toBe('self-harm');
    expect(rule('a mis hermanos les pega con el cinturon cuando llega borracho')?.category).toBe('abuse');
    expect(rule('mi pareja me arrastra del pelo cuando se enoja')?.category).toBe('abuse');
    expect(rule('si me corren del trabajo me tiraba al metro, se lo juro')?.category).toBe('suicidal');
    expect(rule('me rasco la picadura hasta que se me quita la comezon')).toBeNull();
  });
});

describe('rules: everyday talk that is not risk', () => {
  it('a drug leaflet, a family history, a tight deadline', () => {
    expect(rule('the leaflet warns it can cause suicidal thoughts, should i worry')).toBeNull();
    expect(rule('dicen que este medicamento puede causar pensamientos suicidas')).toBeNull();
    expect(rule('en mi familia hay antecedentes de suicidio, por eso lo menciono')).toBeNull();
    expect(rule('this mortgage is like a noose around my neck')).toBeNull();
    expect(rule('el alquiler me tiene con la soga al cuello')).toBeNull();
  });
  it('wounds from surgery or an accident, a fall, a question about someone else overdosing', () => {
    expect(rule('the cuts on my stomach from the operation are healing')).toBeNull();
    expect(rule('i slipped on the stairs and tried to catch myself and my wrist started to hurt')).toBeNull();
    expect(rule('could my mum overdose if she takes both tablets')).toBeNull();
  });
  it('"nadie me pega" is a denial; "me pega" is not', () => {
    expect(rule('no, nadie me pega en casa')).toBeNull();
    expect(rule('mi pareja me pega cuando bebe')?.category).toBe('abuse');
  });
  it('a candid "honestly, no" and a negated "he pensado" answer the risk question with no', () => {
    expect(rule("honestly no, i'd never do that", 'have you had thoughts of ending your life?')).toBeNull();
    expect(rule('no, nunca he pensado en eso', '¿ha tenido ideas de quitarse la vida?')).toBeNull();
    expect(rule('honestly, sometimes', 'have you had thoughts of ending your life?')?.via).toBe('context');
    expect(rule('no... bueno, a veces lo he pensado', '¿ha tenido ideas de quitarse la vida?')?.via).toBe('context');
  });
});

describe('indirect rules (session 7): kinds, each with a safe neighbour', () => {
  it('suicidal: cannot promise safety, "unalive", over life, painless ways, goodbyes, a voice saying end it', () => {
    expect(rule("i can't promise you i'll stay safe tonight")?.category).toBe('suicidal');
    expect(rule('been thinking about unaliving myself tbh')?.category).toBe('suicidal');
    expect(rule("i'm just done with living, honestly")?.category).toBe('suicidal');
    expect(rule('i looked up painless methods last night')?.category).toBe('suicidal');
    expect(rule('i messaged my sister goodbye and then switched my phone off')?.category).toBe('suicidal');
    expect(rule('my head keeps saying just end it already')?.category).toBe('suicidal');
    expect(rule("i'm going to make sure i'm gone before the hearing")?.category).toBe('suicidal');
    expect(rule('the only way out i can see is the easy way out')?.category).toBe('suicidal');
    expect(rule('i just want to dye, i am so tired')?.category).toBe('suicidal');
    expect(rule('i want to dye my hair red for the summer')).toBeNull();
    expect(rule("i'm done with life insurance salesmen calling me")).toBeNull();
  });
  it('self-harm: a hand over a flame, tally marks, need to hurt', () => {
    expect(rule('i held my palm over the candle to see how long i could stand it')?.category).toBe('self-harm');
    expect(rule('there are marks on my thighs, one for every time he yelled')?.category).toBe('self-harm');
    expect(rule("i'm not suicidal, i just need to feel the pain")?.category).toBe('self-harm');
    expect(rule('i burned my hand on the stove making pasta')).toBeNull();
  });
  it('harm to others and abuse: a weapon for someone, a broken order, care withheld', () => {
    expect(rule("i've got a knife in the car and it's for my ex")?.category).toBe('harm-others');
    expect(rule("he won't see it coming")?.category).toBe('harm-others');
    expect(rule('there is a restraining order and he still keeps turning up')?.category).toBe('abuse');
    expect(rule('i got a protective order, but he keeps showing up anyway')?.category).toBe('abuse');
    expect(rule('my son hides my inhaler from me when he is cross')?.category).toBe('abuse');
    expect(rule('a ese tipo lo voy a madrear cuando lo vea')?.category).toBe('harm-others');
    expect(rule('tengo miedo de volver a mi casa esta noche')?.category).toBe('abuse');
    expect(rule('me da miedo volver a casa de noche por el barrio')).toBeNull();
  });
  it('context: "are you still cutting?" / "¿tiene algún plan para hacerlo?" and hedged yeses', () => {
    expect(rule('less than before, but yeah', 'are you still cutting?')?.via).toBe('context');
    expect(rule('mas o menos, ya lo tengo pensado', '¿tiene algún plan para hacerlo?')?.via).toBe('context');
    expect(rule('no, nunca', '¿tiene algún plan para hacerlo?')).toBeNull();
  });
});

describe('rules: session 14 masks (the counterfactual past of anger, an animal bite in Spanish)', () => {
  it('"could have strangled them" is hyperbole; a threat in the present still fires', () => {
    expect(rule('the kids ate the whole cake before the party, i could have strangled them')).toBeNull();
    expect(rule("honestly i could've killed my brother for that")).toBeNull();
    expect(rule("i'm going to strangle him when he gets home, the cord is in my bag")?.category).toBe('harm-others');
  });
  it('bitten or stung by "un/una" something is an animal; a person who bites is still abuse', () => {
    expect(rule('me mordió un perico en la tienda, ¿necesito la antitetánica?')).toBeNull();
    expect(rule('me picó una avispa en el brazo y se me hinchó')).toBeNull();
    expect(rule('mi pareja me mordió el brazo anoche y me dejó marcas')?.category).toBe('abuse');
  });
});

describe('rules: session 15 (a death welcomed, a blade or cigarette told plainly, many tablets at once)', () => {
  it('"if it kills me, so be it" welcomes a death; "i\'ll finish it if it kills me" is the idiom', () => {
    expect(rule("i've stopped the inhalers. if it kills me, so be it")?.category).toBe('suicidal');
    expect(rule('and if one of these trials kills me, good')?.category).toBe('suicidal');
    expect(rule("i'm finishing this marathon if it kills me, fine")).toBeNull();
    expect(rule('this commute kills me, honestly')).toBeNull();
  });
  it('a cut or burn with a blade or a cigarette, unless an accident is said; "si X no me mata, me mato yo"', () => {
    expect(rule('el martes me corté en el baño con una navaja, no fue poco')?.category).toBe('self-harm');
    expect(rule('me quemé con el cigarro en la muñeca, varias')?.category).toBe('self-harm');
    expect(rule('me corté con la navaja afeitándome, sangró un montón')).toBeNull();
    expect(rule('me quemé con el cigarro sin querer, manejando')).toBeNull();
    expect(rule('ayer me hice daño otra vez, ya sabe cómo')?.category).toBe('self-harm');
    expect(rule('me hice daño otra vez en la rodilla jugando fútbol')).toBeNull();
    expect(rule('si el cáncer no me mata, me mato yo antes')?.category).toBe('suicidal');
  });
  it('many tablets at once is told; two at once is a dose', () => {
    expect(rule('when the shouting starts i take like nine at once')?.category).toBe('self-harm');
    expect(rule('me tomé doce de las de dormir con cerveza')?.category).toBe('self-harm');
    expect(rule('i take two at a time with food, like the label says')).toBeNull();
    expect(rule('me tomé dos pastillas para la cabeza')).toBeNull();
  });
});

describe('rules: session 17 (a weight cut, goodbyes before a move, rope for a job, a leaflet box, a piñata)', () => {
  it('cutting weight for a fight is not self-harm; cutting again is', () => {
    expect(rule("i'm cutting eight pounds for the fight, is the water load dangerous")).toBeNull();
    expect(rule('cutting weight before the weigh in makes me dizzy')).toBeNull();
    expect(rule("i've started cutting again, on my arms")?.category).toBe('self-harm');
    expect(rule('i went back to cutting last week')?.category).toBe('self-harm');
  });
  it('goodbyes told after a move or a new job are a farewell; goodbyes alone, or "not moving", still fire', () => {
    expect(rule("i'm moving to my daughter's in spain so i'm saying goodbye to everyone at the shop")).toBeNull();
    expect(rule("i've been saying goodbye to everyone, quietly, so it's easier for them after")?.category).toBe('suicidal');
    expect(rule("i'm not moving anywhere, i've just been saying goodbye to everyone")?.category).toBe('suicidal');
  });
  it('"ya no voy a estar aquí" after a move is leaving a place; with "no me regreso" it still fires', () => {
    expect(detectRisk({ text: 'que me voy a vivir con mi hija a otra ciudad, ya no voy a estar aquí en el taller', context: 'Dijo que "ya no va a estar". ¿Qué quiso decir?' })).toBeNull();
    expect(rule('si me niegan el permiso yo no me regreso, ya no voy a estar para la otra cita')?.category).toBe('suicidal');
    expect(rule('pronto ya no voy a estar aquí, y así descansan todos de mí')?.category).toBe('suicidal');
  });
  it('a rope bought or used for a practical job, and a piñata hit with the stick, are quiet', () => {
    expect(rule('compré una soga para bajar las macetas del balcón por la mudanza')).toBeNull();
    expect(rule('colgamos la piñata con una soga, y el cumpleañero le pegó con el palo hasta romperla')).toBeNull();
    expect(rule('compré una soga y la tengo en el carro')?.category).toBe('suicidal');
    expect(rule('ya tengo la soga para colgarme')?.category).toBe('suicidal');
    expect(rule('mi papá le pegaba con el palo a mi mamá cuando tomaba')?.category).toBe('abuse');
  });
  it("a drug leaflet's warning box is about the drug; the patient's own thoughts are not", () => {
    expect(rule('the leaflet for the quit smoking tablets has a box about suicidal thoughts, what should i watch for')).toBeNull();
    expect(rule("since the tablets i've had suicidal thoughts most nights")?.category).toBe('suicidal');
  });
});

describe('session 20: a plain no to the question asked, and everyday senses from ordinary patient speech', () => {
  const fires = (text: string, context?: string) => detectRisk({ text, ...(context ? { context } : {}) });
  it('a plain "no" to a direct risk question, explained, is a no; a "no, but" or a no to "are you safe?" is not', () => {
    expect(fires('no, the marks on my arms are from the rose bushes', 'Have you hurt yourself on purpose?')).toBeNull();
    expect(fires('¿matarme? no, mija, a mí me gusta mucho la vida', '¿Ha pensado en matarse?')).toBeNull();
    expect(fires('no, but last night i cut my arm again', 'Have you hurt yourself on purpose?')?.category).toBe('self-harm');
    expect(fires('no. not tonight', 'Are you going to be safe tonight?')).not.toBeNull();
    // Without the question the explanation alone is judged as said.
    expect(fires('i cut my arms last night')?.category).toBe('self-harm');
  });
  it('injuries of a trade told as such are quiet; on purpose, or without a trade, they fire', () => {
    expect(rule("i'm a hairdresser and i've cut myself with the razor more times than i can count")).toBeNull();
    expect(rule('soy peluquera y me he cortado con la navaja más veces de las que puedo contar')).toBeNull();
    expect(rule("i'm a hairdresser and i've been cutting myself on purpose with the razor")?.category).toBe('self-harm');
    expect(rule("i've cut myself with the razor more times than i can count")?.category).toBe('self-harm');
    expect(rule('soy un desastre y me corto los brazos')?.category).toBe('self-harm');
  });
  it('pain one wants to stop is pain; life or everything "for good" is not', () => {
    expect(rule('the pain in my feet from the neuropathy is like walking on glass and i just want it to stop')).toBeNull();
    expect(rule('my back aches all day and i want it to stop hurting so i can sleep')).toBeNull();
    expect(rule('i am so tired of everything, i just want it all to end')?.category).toBe('suicidal');
    expect(rule('the pain never lets up and i want it to stop for good')?.category).toBe('suicidal');
  });
  it('things given away for a move or retirement, a colleague who threw me under the bus, a retracted threat', () => {
    expect(rule("i'm giving my watch tools away to my apprentice because i'm retiring in june")).toBeNull();
    expect(rule('regalé todas mis cosas de la oficina porque me cambio de empresa')).toBeNull();
    expect(rule("i've been giving my tools away, i won't need them where i'm going")?.category).toBe('suicidal');
    expect(rule('she threw me under the bus at the staff meeting')).toBeNull();
    expect(rule("i'm gonna strangle my brother if he borrows the van again, lol, not really")).toBeNull();
    expect(rule("i'm gonna strangle my brother if he borrows the van again")?.category).toBe('harm-others');
  });
  it('a ball or a cat that hit or bit, grief that hits, a partner who made one book the visit', () => {
    expect(rule('fue la pelota en el partido, me pegó directo en el ojo')).toBeNull();
    expect(rule('mi papá falleció en marzo y hay días que me pega de la nada')).toBeNull();
    expect(rule('mi esposa me obligó a hacer esta cita porque ronco')).toBeNull();
    expect(rule('mi hermano dice que fue culpa mía por abrir la puerta, y me pega')?.category).toBe('abuse');
    expect(rule('mi esposo me obliga a darle todo mi sueldo')?.category).toBe('abuse');
  });
  it('a rifle for snakes, hopeless about the job market, shaking hands, waking up in spring', () => {
    expect(rule("i'm a rancher and we carry a rifle in the truck for snakes and coyotes")).toBeNull();
    expect(rule('i feel kind of hopeless about the job market but i keep applying')).toBeNull();
    expect(rule("the psoriasis is so bad i won't shake people's hands anymore")).toBeNull();
    expect(rule('i wish i could just go to sleep and wake up in the spring')).toBeNull();
    expect(rule('i wish i could go to sleep and not wake up')?.category).toBe('suicidal');
    expect(rule('i feel so hopeless, nothing is ever going to change')?.category).toBe('suicidal');
  });
  it('review of session 20: a qualified no, and literal risk near the new masks, still fire', () => {
    expect(fires('No. Well, he pushed me down the stairs last week.', 'Has anyone hurt you or pushed you around?')?.category).toBe('abuse');
    expect(fires("No, only when he's drunk he hits me.", 'Does your partner ever hurt you?')?.category).toBe('abuse');
    expect(fires("No, I don't want to kill myself, I just want to go to sleep and never wake up.", 'Have you had any thoughts of suicide?')?.category).toBe('suicidal');
    expect(fires('No. Bueno, mi marido me empujó ayer y me pegó.', '¿Alguien te pega en casa?')?.category).toBe('abuse');
    for (const t of [
      "I'm going to kill him, I'm not kidding.",
      'Mi marido me pega duro cuando bebe.',
      'Cuando el bebé lloraba, mi marido me pegó.',
      'Estoy regalando todo porque me voy a matar.',
      "I've been giving my things away because I'm leaving for good.",
      "I work in a kitchen and I've been so low, I cut myself again last night.",
      'Él me obliga a llamarle cada hora',
    ]) expect(rule(t), t).not.toBeNull();
  });

  it('a safe answer to "are you safe?" and a gun under padlock are quiet', () => {
    expect(fires("i don't feel unsafe, no, the neighborhood's quiet", 'Do you feel safe in your neighborhood?')).toBeNull();
    expect(fires('tengo una escopeta para los pájaros, guardada en un estuche con candado', '¿Hay armas de fuego en la casa?')).toBeNull();
    expect(fires('no, not really', 'Do you feel safe at home?')?.category).toBe('abuse');
  });
});
