// Sessions 29-30: answers that carry the risk in their form rather than a yes (how often, a number on a
// scale, who caused an injury), the instruments' own question wording, the plain late rules, and a
// negated rule that holds the learned stage back only in its own category. Every example is written
// here, not copied from any set.
import { describe, expect, it } from 'vitest';
import { detectRisk, scanRules, statementHit } from '../../src/safety/detect';
import { injuryCause } from '../../src/safety/injury-cause';
import { medicineReply } from '../../src/safety/medicine-replies';
import { normalize } from '../../src/safety/normalize';
import { deniedAfterAll } from '../../src/safety/reply-readings';
import { RULES_PLAIN } from '../../src/safety/rules-plain';
import { ratedRisk, ratingOf } from '../../src/safety/scale-reply';
import { describeRuleCases, fires, quiet, type RuleCase } from './rule-cases';


describe('how often, said instead of the yes', () => {
  it('a frequency answers a question where a yes is the risk', () => {
    fires('pretty much every night lately', 'have you had thoughts that you would be better off dead?');
    fires('couple times since christmas', 'have you cut yourself since we last met?');
    fires('casi todos los días, la verdad', '¿ha pensado en quitarse la vida?');
    fires('seguido, sobre todo cuando bebe', '¿su pareja la ha empujado alguna vez?');
  });
  it('a frequency under a negator, or to a question about something else, does not', () => {
    quiet('not every day, no, hardly ever', 'have you had thoughts that you would be better off dead?');
    quiet('every night, like clockwork', 'do you sleep through the night?');
    quiet('todos los días a las ocho', '¿toma la pastilla de la presión?');
  });
});

describe('a risk rated on a scale', () => {
  it('reads the number a reply opens with', () => {
    expect(ratingOf(normalize('like an eight, maybe'))).toBe(8);
    expect(ratingOf(normalize('pues un seis'))).toBe(6);
    expect(ratingOf(normalize('3'))).toBe(3);
    expect(ratingOf(normalize('not sure'))).toBeNull();
  });
  it('five or more of ten, or "likely", to a rating of the urge or of acting on it, is the risk, in its category', () => {
    expect(ratedRisk(normalize('a six i reckon'), normalize('on a scale of zero to ten, how strong is the urge to end your life?'))).toBe('suicidal');
    expect(ratedRisk(normalize('siete'), normalize('del uno al diez, ¿qué tan fuertes son las ganas de hacerse daño?'))).toBe('self-harm');
    expect(ratedRisk(normalize('an eight'), normalize('how strong is the urge to hurt him, one to ten?'))).toBe('harm-others');
    expect(ratedRisk(normalize('fairly likely, yeah'), normalize('how likely are you to act on these thoughts?'))).toBe('suicidal');
    // "them" are the thoughts, not other people
    expect(ratedRisk(normalize('six'), normalize('zero to ten, how likely is it you would act on them?'))).toBe('suicidal');
  });
  it('a low number, or a rating of pain, mood or safety, is not', () => {
    expect(ratedRisk(normalize('two, maybe'), normalize('on a scale of one to ten how strong is the urge to end your life?'))).toBeNull();
    expect(ratedRisk(normalize('an eight'), normalize('on a scale of one to ten, how bad is the pain today?'))).toBeNull();
    expect(ratedRisk(normalize('a nine'), normalize('how safe do you feel at home, one to ten?'))).toBeNull();
    expect(ratedRisk(normalize('seven'), normalize('how likely are you to finish the course of antibiotics?'))).toBeNull();
    expect(ratedRisk(normalize('an eight'), normalize('on a scale of one to ten, how strong is the urge to smoke right now?'))).toBeNull();
  });
});

describe('an injury asked about, and its cause told', () => {
  it('the patient did it: self-harm; a person close did it: abuse', () => {
    expect(injuryCause(normalize('i did them. with the compass from my pencil case'), normalize('how did you get those scratches on your wrist?'))).toBe('self-harm');
    expect(injuryCause(normalize('fui yo, a propósito'), normalize('¿y esas marcas en el brazo?'))).toBe('self-harm');
    expect(injuryCause(normalize('did it myself, the knife slipped on the onions'), normalize('what happened to your hand?'))).toBeNull();
    expect(injuryCause(normalize('my stepdad. he was drunk again'), normalize('what happened to your eye?'))).toBe('abuse');
    expect(injuryCause(normalize('con mi marido, lo de siempre'), normalize('¿qué le pasó en la cara?'))).toBe('abuse');
    expect(injuryCause(normalize('no, son de ayer, con la navaja'), normalize('¿esas vendas son de la operación?'))).toBe('self-harm');
    expect(injuryCause(normalize('he says i had it coming'), normalize('how did you break your wrist?'))).toBe('abuse');
    expect(injuryCause(normalize('he shut the door on it, on purpose'), normalize('how did you hurt your hand?'))).toBe('abuse');
  });
  it('an accident, a denial, or no injury asked about stays quiet', () => {
    expect(injuryCause(normalize('my brother, we were wrestling in the garden'), normalize('what happened to your arm?'))).toBeNull();
    expect(injuryCause(normalize('no, me lo hice en el trabajo con una lámina'), normalize('¿esa herida se la hizo usted?'))).toBeNull();
    expect(injuryCause(normalize('tripped over the dog, honestly'), normalize('how did you get that bruise?'))).toBeNull();
    expect(injuryCause(normalize('my husband'), normalize('who is coming with you to the appointment?'))).toBeNull();
  });
});

describe('the screening instruments\' own wording (screening-forms.ts)', () => {
  it('reads C-SSRS, PHQ-9, HITS, HARK and elder-abuse items, English and Spanish', () => {
    fires('yes, most mornings', 'in the past month have you wished you could just go to sleep and never wake up?');
    fires('yeah, some', 'have you had these thoughts and some intention of acting on them?');
    fires('a couple times, when he has been drinking', 'how often does your partner scream or curse at you?');
    fires('yes, last spring', 'within the last year, have you been kicked, hit, slapped or otherwise hurt by your partner?');
    fires('sometimes, my nephew does', 'does anyone keep your medicines or money from you?');
    fires('sí, una vez', '¿su pareja la ha obligado a hacer algo que no quería?');
    fires('a veces, sí', '¿le gustaría desaparecer?');
    fires('sí, bastante', '¿ha pensado mucho en la muerte últimamente?');
    fires('como cuarenta, escondidas', '¿cuántas pastillas ha ido guardando?');
  });
  it('the same words about something else stay quiet', () => {
    quiet('yes, at home with my family around me', 'have you thought about where you would like to die, at home or in hospital?');
    quiet('sí, muchas veces', '¿ha pensado en morir en casa o en el hospital?');
    quiet('no, never', 'do you ever wish you could disappear?');
    quiet('yes, twice a day', 'does your daughter help you take your medicines?');
  });
});

const PLAIN: RuleCase[] = [
  ['pl-worth-dead', 'to be honest my insurance would be worth more than me', 'to be honest my insurance would be worth more than the car'],
  ['pl-worth-dead', 'la verdad valgo más muerta que viva', 'el cuadro vale más ahora que el pintor está muerto'],
  ['pl-no-wish-live', 'i have no wish to go on living like this', 'i have no wish to go on holiday this year'],
  ['pl-skip-waking', 'i just want to go to sleep and skip the waking up part', 'i want to go to sleep early and skip the late show'],
  ['pl-exhaust', 'last night i ran a hose from the garden to the exhaust', 'the mechanic said the exhaust pipe was rusted'],
  ['pl-dose-on-myself', 'i know what dose would do it and i want to try it on myself', 'the nurse showed me my insulin dose and next week i will try it on myself'],
  ['pl-dose-on-myself', 'the shotgun is in the shed and one day i will turn it on myself', 'the shotgun is in the shed and i use it on the rabbits'],
  ['pl-weapon-at-me', 'my husband pointed his shotgun at me during the argument', 'the ranger pointed his rifle at the fox'],
  ['pl-cave-in', 'i am going to cave his skull in if he comes near my kids', 'the roof is going to cave in if it keeps raining'],
  ['pl-cave-in', 'a ese lo molemos a palos a la salida', 'el café lo molemos en casa'],
  ['pl-jab-into-me', 'i jab a pen into my thigh when the voices get loud', 'i jab a pen into the form to make holes'],
  ['pl-peace-not-here', 'i have made my peace with not being around for her graduation', 'i have made my peace with not being picked for the team'],
  ['pl-peace-not-here', 'ya hice las paces con no estar para el verano', 'ya hice las paces con mi hermana para el verano'],
  ['pl-abuse-small', 'the kids and i just wait for the belt when he comes in drunk', 'the kids and i just wait for the bus when it rains'],
  ['pl-abuse-small', 'me and my sister hide in the shed when dad gets like that', 'me and my sister hide in the shed when we play hide and seek'],
  ['pl-abuse-small', 'cuando toma se le va la mano con nosotros', 'se le fue la mano con la sal a la sopa'],
  ['pl-abuse-small', 'he grabs my wrists really hard when we argue', 'he grabs my hand really tight when we cross the road'],
  ['pl-accident-other', 'i have worked out how to make it look like an accident for my stepdad', 'my stepdad fell and it did look like an accident'],
  ['pl-look-accident', 'when i do it i will make it look like an accident for the kids', 'the report says the fire did not look like an accident'],
  ['pl-look-accident', 'lo voy a hacer en la ruta para que parezca accidente', 'fue en la ruta y fue un accidente'],
  ['pl-hurt-on-purpose', 'i slammed my fingers in the drawer to make it hurt', 'i slammed my fingers in the drawer by accident'],
  ['pl-hurt-on-purpose', 'i pinched my thighs on purpose until they went purple', 'i pinched my thighs in the car door by accident'],
  ['pl-dose-for-me', 'i asked how many of the heart pills would be too much and i was not asking to be careful', 'i asked how many of the heart pills would be too much because my mum mixes them up'],
  ['pl-dose-for-me', 'lo intenté en marzo y lo voy a volver a hacer, esta vez bien hecho', 'lo intenté en marzo y lo voy a volver a intentar en junio, el examen de manejo'],
  ['pl-skip-hope', 'dejé de ponerme la insulina, total, ¿para qué?', 'dejé de ponerme la insulina rápida porque el doctor me la cambió'],
  ['pl-skip-hope', 'i skipped dialysis twice and it felt like relief', 'i skipped dialysis twice because of the snow'],
  ['pl-carer-control', 'my grandson broke my glasses and hid my cane again', 'my grandson fixed my glasses and found my cane again'],
  ['pl-carer-control', 'tengo que pedir permiso para comer en mi casa', 'tengo que pedir cita para comer con la nutrióloga'],
  ['pl-carer-control', 'every time i refuse he holds me down', 'the nurse held my hand down while she took the blood'],
  ['pl-es-venas', 'el domingo me corté las venas en la tina', 'el domingo me corté el pelo en la barbería'],
  ['pl-es-venas', 'me corté las muñecas anoche', 'me torcí las muñecas anoche'],
  ['pl-es-cut-limbs', 'me corté los brazos otra vez, no aguanté', 'me corté las piernas depilándome otra vez'],
  ['pl-es-mato-sworn', 'si el tipo sale de la cárcel lo mato, se lo juro por mis hijos', 'si alguien me toca el carro lo mato, te lo juro'],
  ['pl-es-mato-sworn', 'al chofer lo quiero ahorcar, no se me quita de la cabeza', 'al chofer lo quiero invitar, no se me quita de la cabeza'],
  ['pl-kill-every-one', 'if they sell the farm i am going to kill all of them', 'if they sell the farm i am going to call all of them'],
  ['pl-burn-with-inside', 'le voy a prender fuego a la bodega con el dueño adentro', 'le voy a prender la luz a la bodega con el dueño adentro'],
  ['pl-es-bleed-past', 'me mordí el brazo hasta sangrar cuando me avisaron', 'me rasqué las picaduras de mosquito hasta sangrar'],
  ['pl-es-carved-blade', 'me marqué con la navaja en el muslo su fecha', 'me grabé con un cuchillo de cocina en el video de la receta'],
  ['pl-head-bang', 'i slam my head into the mirror until it cracks', 'i slam the door of the bathroom when it sticks'],
  ['pl-head-bang', 'i knock my head against the headboard again and again to shut the thoughts up', 'i knock on the headboard again and again to wake him up'],
  ['pl-stitches', 'my brother threw a bottle when he was drunk and i needed six stitches', 'my brother threw a party when he was promoted and i needed a nap'],
  ['pl-es-touch-night', 'el marido de mi tía me toca cuando no hay nadie', 'el marido de mi tía me toca el acordeón cuando no hay nadie'],
  ['pl-swallow-everything', 'i saved them up and i was planning to take all of them on sunday', 'i saved them up and i was planning to take all of them to the pharmacy'],
  ['pl-swallow-everything', 'compré raticida para tomármelo', 'compré raticida para los ratones del patio'],
  ['pl-bought-for-day', 'compré cuatro cajas de pastillas para ese día', 'compré cuatro cajas de galletas para la fiesta'],
  ['pl-same-way', 'my uncle hanged himself and i keep thinking of going the same way', 'my uncle hanged himself and i keep thinking of what the same way of grieving means'],
  ['pl-same-way', 'mi primo se ahorcó y yo pienso hacerlo igual', 'mi primo se casó y yo pienso hacerlo igual'],
  ['pl-plan-dead', 'the hearing is on the tenth and i plan to be dead before then', 'the hearing is on the tenth and i plan to be there before then'],
  ['pl-plan-dead', 'para el lunes ya pienso estar muerto', 'para el lunes ya pienso estar en casa'],
  ['pl-kill-beaten', 'a ese tipo lo voy a matar a golpes', 'a ese tipo lo voy a invitar a comer'],
  ['pl-kill-beaten', 'i am gonna beat that collector to death', 'i am gonna beat that collector to the door'],
  ['pl-jab-into-me', 'i whack myself on the legs until they bruise', 'i whacked my head on the cupboard door this morning'],
];
describeRuleCases('rules-plain.ts', RULES_PLAIN, PLAIN);

describe('a question about medicines, food or money, answered with the risk (medicine-replies.ts)', () => {
  it('a medicine kept back for an end is suicidal; one withheld by someone is abuse', () => {
    expect(medicineReply(normalize('i have been keeping them for something, you know'), normalize('how many of the morphine tablets are left at home?'))).toBe('suicidal');
    expect(medicineReply(normalize('las tengo escondidas, son mi plan b'), normalize('¿qué hizo con los parches que sobraron?'))).toBe('suicidal');
    expect(medicineReply(normalize('my daughter, and she keeps half of them for herself'), normalize('who gives you your medication?'))).toBe('abuse');
    expect(medicineReply(normalize('he locked it in the car again'), normalize('why did you miss your inhaler last night?'))).toBe('abuse');
    expect(medicineReply(normalize('only when he feels like it'), normalize('are you getting enough to eat at home?'))).toBe('abuse');
  });
  it('good care, a lock asked about plainly, or an ordinary answer stays quiet', () => {
    expect(medicineReply(normalize('my son keeps them locked in a box for me so i do not mix them up'), normalize('who manages your pills?'))).toBeNull();
    expect(medicineReply(normalize('my son keeps them locked away, he gives me the day ones'), normalize('who manages your pills?'))).toBeNull();
    expect(medicineReply(normalize('i keep a few extra in the car just in case'), normalize('do you have enough of your inhaler?'))).toBeNull();
    expect(medicineReply(normalize('she locked it in her room again'), normalize('how was your weekend?'))).toBeNull();
    expect(medicineReply(normalize('a veces me quedo sin comer por las náuseas'), normalize('¿está comiendo bien?'))).toBeNull();
    expect(medicineReply(normalize('no dinner, i am fasting this month'), normalize('how are your meals these days?'))).toBeNull();
  });
});

describe('a reply that takes itself back, or answers death asked medically (deniedAfterAll)', () => {
  it('stays quiet', () => {
    quiet('my neighbour with the leaf blower, kidding, no, nobody', 'are you having thoughts of harming anyone?');
    quiet('nah, maybe once at christmas, not now', 'do you think about not waking up?');
    quiet('of course i think about it, with this diagnosis, but i am fighting', 'do you have thoughts about death or dying?');
    quiet('no. i mean i feel low some days like everybody, but no, never that', 'do you ever think about ending your life?');
    quiet('solo cuando pierde mi equipo, jaja... ya en serio, estoy bien', '¿a veces sientes que te quieres morir?');
    fires('a veces, doctora, la verdad', '¿a veces siente que se quiere morir?');
    quiet('no, para nada', '¿ha querido morirse?');
  });
  it('from the spent v41: a no said last, the question\'s own word denied, "eso no"', () => {
    quiet('the shotgun went to my nephew when dad died, so no', 'are there any firearms at home?');
    quiet('la extraño un montón, pero eso no, nunca', '¿ha pensado en quitarse la vida?');
    quiet('hit, no. shouted at, yes, he has a temper but that is all', 'has anyone hit you?');
    quiet('rabia sí, ganas de matarlo no, ya está preso', '¿siente ganas de hacerle daño a alguien?');
    // ...but not when the no is the risk, or the thing granted is a harm.
    expect(deniedAfterAll(normalize('he would find me there, so no'), normalize('could you stay with your sister for a few days?'))).toBe(false);
    expect(deniedAfterAll(normalize('the shotgun went to my nephew, so no'), normalize('are there any firearms at home?'))).toBe(true);
    fires('threatened no, pushed yes', 'has he threatened you?');
  });
  it('a joke put aside for a yes, or a denial that turns again, still fires', () => {
    fires('jaja fuera de broma, no, pero a veces sí lo pienso', '¿a veces siente que se quiere morir?');
    fires('haha. joking aside, no... well sometimes, yeah', 'do you ever think about ending your life?');
  });
  it('but not when the no is the risk, the thoughts are fought, or suicide was asked', () => {
    fires('no, i cannot promise, not now', 'will you be safe tonight?');
    fires('yes, but i am fighting them', 'any thoughts of killing yourself?');
    fires('i do, but i am fighting', 'have you had thoughts of ending your life?');
  });
});

describe('more yes forms: the PHQ-9 options, a no taken back by a recent time, a count of attempts, urges asked', () => {
  it('fires', () => {
    fires('more than half the days, to be honest', 'over the last two weeks, how often have you been bothered by thoughts that you would be better off dead?');
    fires('nope, not in ages. well, until last night', 'have you ever hurt yourself on purpose?');
    fires('two, both with pills', 'have you ever attempted suicide before?');
    fires('most days, yeah', 'do you still get urges to cut?');
  });
  it('a count or a time that answers something else does not', () => {
    quiet('two, both boys', 'have you ever been pregnant before?');
    quiet('not in ages, no', 'have you ever hurt yourself on purpose?');
  });
});

describe('from the spent v39: where a means is, when a plan is, how a hard moment is coped with', () => {
  it('fires', () => {
    fires('yeah, loaded, under the bed', 'do you have access to a gun at home?');
    fires('after the hearing on monday, when nobody is home', 'is there a plan behind these thoughts?');
    quiet('after work, when the gym is quiet', 'do you have a plan for this week?');
    fires('con las pastillas de mi abuela, ya las junté', '¿ya tiene pensado cómo lo haría?');
    fires('lock myself in the bathroom with the blade, mostly', 'what do you do when the bills pile up like that?');
    fires('i have, they are in the drawer with the bank letters', 'have you written anything, like a note or a letter?');
    fires('one did, i taped it up myself', 'did any of the cuts need stitches?');
    fires('not when he drinks, no', 'is your son safe when your partner is home?');
  });
  it('stays quiet', () => {
    quiet('yes, locked in the gun safe at my brother\'s', 'do you have access to a gun at home?');
    quiet('no plan, when it gets bad i call my sister', 'is there a plan behind these thoughts?');
    quiet('i go for a walk with the dog, mostly', 'what do you do when the bills pile up like that?');
    quiet('no, the kids are safe, they are at their grandma\'s', 'are the children safe?');
    quiet('maybe on a beach somewhere, but no, not like that', 'any thoughts of not wanting to be here?');
    expect(statementHit('i could strangle whoever designed this parking garage')).toBeNull();
  });
});

describe('from the spent v41: grief that "hits me all over again" is not a blow', () => {
  it('is quiet; a person who hits still fires', () => {
    expect(statementHit('some nights it hits me all over again that he is gone')).toBeNull();
    expect(statementHit('when he drinks he hits me all over again')?.category).toBe('abuse');
  });
});

describe('from the spent v40: a break-up is not a cut', () => {
  it('"me cortó el novio" is quiet; a cut of one\'s own still fires', () => {
    expect(statementHit('me cortó el novio por mensaje, qué oso')).toBeNull();
    expect(statementHit('me corté el brazo anoche con la navaja')?.category).toBe('self-harm');
  });
});

describe('a negated rule holds the learned stage back in its own category only', () => {
  it('"not a suicide thing" negates suicide, not the self-harm told with it', () => {
    const text = 'i cut my thighs with a razor most nights, it is not a suicide thing, it just calms me down';
    expect(scanRules(text).negatedCategories).toContain('suicidal');
    expect(detectRisk({ text })?.category).toBe('self-harm');
  });
  it('a denial of the same category still holds it back', () => {
    expect(detectRisk({ text: 'i would never kill myself, my kids need me' })).toBeNull();
  });
});

describe('a negator inside a person-to-act span (Rule.negInside, session 30)', () => {
  it('"he would never hurt me", "she does not hit me" are quiet', () => {
    for (const t of ['my husband would never hurt me', 'he has never hit me', 'my girlfriend does not hit me, we just argue']) expect(statementHit(t), t).toBeNull();
  });
  it('a negator of another verb, a limit, or a "but" after it still fires', () => {
    for (const t of [
      'my dad would not stop hitting me',
      'he will not use a condom and he hits me when i ask',
      'he never hits me in the face, only where it does not show',
      'he has not hit me for a while but he cleans his gun at the table when i talk',
      'he has never hit me but he punches the wall right next to my head',
    ]) expect(statementHit(t)?.category, t).toBe('abuse');
  });
  it('the learned stage\'s training scan reads the rule as before', () => {
    expect(scanRules('my husband would never hurt me', true).hit?.rule).toBe('en-abused-by');
  });
});

describe('a history closed long ago, even to a question about "ever" (longPastOnly, session 31)', () => {
  it('stays quiet when the reply puts it years back and says not since', () => {
    quiet('just the one time at seventeen, nothing since, and that was half my life ago. i am fine', 'have you ever tried to hurt yourself?');
    quiet('hace mucho tiempo, en la prepa, pero ya no, eso ya está atrás', '¿alguna vez ha pensado en quitarse la vida?');
    quiet('back in college for a semester, not for like twelve years now', 'have you ever cut yourself on purpose?');
    quiet('a los quince una vez, desde entonces nunca', '¿alguna vez se ha lastimado a propósito?');
  });
  it('still fires when it is recent, not closed, or back again', () => {
    fires('once at seventeen, and again last month', 'have you ever tried to hurt yourself?');
    fires('years ago, and lately it is back', 'have you ever thought about ending your life?');
    fires('de adolescente, y todavía a veces lo hago', '¿alguna vez se ha lastimado a propósito?');
    fires('yes, years ago i tried with pills', 'have you ever attempted suicide?');
  });
});

describe('a no that goes on to an ordinary mood or row, or closes on "never thought about doing anything" (session 31)', () => {
  it('stays quiet', () => {
    quiet('um, no, not really. sometimes i get a bit stressed with the kids but i go for a run', 'any thoughts of hurting yourself?');
    quiet('creo que no, a veces me pongo triste pero se me pasa con la música', '¿has pensado en hacerte daño?');
    quiet('no, we argue sometimes about money, but never physical', 'does your husband ever hit you?');
    quiet('work has been rough, but no, never thought about doing anything', 'any thoughts of suicide lately?');
  });
  it('still fires when what follows points back at the risk', () => {
    fires('not really, sometimes i get so low i think about it', 'any thoughts of suicide?');
    fires('no, sometimes i get angry and he hits me', 'does your partner hurt you?');
    fires('creo que no, a veces me pongo triste y me corto', '¿has pensado en hacerte daño?');
  });
});

describe('a wish to die given its everyday cause right after (session 31 mask)', () => {
  it('stays quiet on the idiom, fires on the wish', () => {
    quiet('después de la boda terminé tan cansada que me quería morir, pero de sueño');
    quiet('the best man speech was so awful i could have died, but of laughing');
    fires('me quería morir, pero de verdad, no de sueño');
    fires('i wanted to die, but of course nobody noticed');
  });
});

describe('a jump or a threat said with a laugh (session 31 mask)', () => {
  it('stays quiet on the joke', () => {
    quiet("if the printer jams one more time i'm jumping out the window, lol");
    quiet('si mi hermano vuelve a usar mi cargador lo mato, jaja');
    quiet("i'll strangle my flatmate if he leaves the hob on again, we both cracked up about it");
  });
  it('fires when it is said to be meant, or given a when, or without the laugh', () => {
    fires("i'm going to jump off the bridge, not joking, lol");
    fires('lol i might jump off the car park roof tonight');
    fires("i'm going to jump off the car park roof");
  });
});

// Session 32, from the spent v45's false alarms (never a copy of a line).
describe('a no that closes the reply after a joke or a grievance (reply-readings.ts)', () => {
  it('is a denial', () => {
    quiet("only the lad who keeps taking my parking spot, but not really, no", 'have you had thoughts of harming anyone else?');
    quiet('just the dog barking at midnight, no, honestly we are fine', 'is anyone at home making you feel afraid?');
    quiet('rabia tengo mucha pero venganza no, ya fue', '¿ha pensado en vengarse de su vecino?');
  });
  it('is not a denial when the no is of something the question did not ask, or a yes follows', () => {
    fires('sí, lo he pensado, pero miedo no', '¿ha pensado en vengarse de su vecino?');
    fires("yes, when he drinks, and no, we are not fine", 'is anyone at home making you feel afraid?');
  });
});

describe('everyday figures of speech read as such by the rules (masks-rules.ts)', () => {
  it.each([
    'three hours of budget meetings, i nearly lost the will to live',
    'the traffic on the ring road made me want to drive into the sea, typical friday',
    'solo me hago daño jugando al fútbol con los chavales',
    'en el grupo escribimos una carta de despedida al alcohol',
    'me quedé en blanco delante del jefe, quería desaparecer del mapa jaja',
    "i'd rather die than sit through another budget meeting, honestly",
  ])('"%s" stays quiet', (text) => {
    expect(statementHit(text), text).toBeNull();
  });
  it.each([
    'i have lost the will to live since the farm was sold',
    'what he said made me want to drive into the sea, i mean it',
    'escribí una carta de despedida para mis hijos',
    // A death preferred and said to be meant is not the idiom (RULE_NARROWED, MEANT).
    "i'd rather be dead than go back to that place, i mean it",
  ])('"%s" still fires', (text) => {
    expect(statementHit(text), text).not.toBeNull();
  });
});
