// Session 26's rules-stage readings of replies to clinicians' questions (context-followup.ts,
// context-completes.ts): question forms the screening list skipped, yes forms only the rules read,
// and replies that complete a coping or injury question. Each example is written here, not copied
// from any set; each rule has a quiet neighbour that would fire if the rule were too broad.
import { describe, expect, it } from 'vitest';
import { detectRisk } from '../../src/safety/detect';
import { fires, quiet } from './rule-cases';
import { lateYes } from '../../src/safety/reply-readings';


describe('a family "better off without you" asks about the patient', () => {
  it('a yes to it discloses, in English and Spanish', () => {
    fires('most days, yeah', 'do you ever feel your kids and your family would be better off without you?');
    fires('sí, bastante seguido', '¿ha sentido que su familia estaría mejor sin usted?');
  });
  it('a no stays quiet, and a question about a relative\'s history is still not about the patient', () => {
    quiet('no, they need me', 'do you feel your family would be better off without you?');
    quiet('yes, my uncle, years ago', 'has anyone in your family died by suicide?');
  });
});

describe('clarifying questions, saved medicines, things given away, a future', () => {
  it('"do you mean tired of living?" answered yes', () => {
    fires('yes. that is it', 'when you say you are done with it all, do you mean tired of living?');
    fires('pues sí, a eso mismo', 'cuando dice que ya no aguanta, ¿se refiere a no seguir viviendo?');
    quiet('no no, just tired of the job', 'when you say you are done, do you mean tired of living?');
  });
  it('medicines saved up, and belongings given away', () => {
    fires('a whole drawer of them, yes', 'are there pills at home that you have been stockpiling?');
    fires('unas cajas, en el closet, sí', '¿ha estado juntando pastillas?');
    fires('my watch and the fishing rods, yeah', 'have you given away any of your things lately?');
    quiet('no, i take them as prescribed', 'are there pills at home that you have been saving?');
    quiet('no, i keep everything', 'have you been giving away any of your things?');
  });
  it('a future the patient cannot see', () => {
    fires('i do not. i cannot picture myself there', 'where do you see yourself this time next year?');
    fires('ninguno', '¿ve algún futuro para usted?');
    quiet('back at work, i hope', 'where do you see yourself this time next year?');
  });
  it('removing the means from the home, answered no', () => {
    fires('no, i want it near me', 'could your brother hold on to the gun for a while?');
    fires('no, la prefiero aquí', '¿podemos sacar la pistola de la casa por un tiempo?');
    quiet('yes, he can take it tomorrow', 'could your brother hold on to the gun for a while?');
  });
});

describe('"is there anything stopping you?" presupposes the thoughts', () => {
  it('a bare no and a reason both confirm them; a disavowal does not', () => {
    fires('no. not really', 'is there anything stopping you from acting on those thoughts?');
    fires('only my cat, i suppose', 'is there anything stopping you from acting on those thoughts?');
    fires('nomás mis nietos', '¿hay algo que le impida hacerlo?');
    quiet('i would never actually do it', 'is there anything stopping you from acting on those thoughts?');
    quiet('i do not have those thoughts anymore', 'is there anything stopping you from acting on those thoughts?');
  });
});

describe('another person\'s self-harm or violence, revenge', () => {
  it('a parent\'s yes about a child fires; a no does not', () => {
    fires('yes, there were plasters on her arm again', 'has your daughter been cutting herself again?');
    fires('yes, he told his friend. he named names', 'has your son said he wants to hurt other kids?');
    quiet('no, that was the cat', 'has your daughter been hurting herself?');
  });
  it('getting back at someone, every day', () => {
    fires('every day, i know his routine', 'do you still think about getting back at him?');
    quiet('no, i let that go', 'do you still think about getting back at him?');
  });
  it('how deep the cuts were this time, not a cooking accident', () => {
    fires('worse than last month', 'how bad were the cuts this time?');
    quiet('pretty deep, it needed stitches', 'how deep was the cut from the mandoline?');
  });
});

describe('yes forms the rules stage alone reads (lateYes)', () => {
  it('reads "uh huh", "a lot", "capaz que sí", "ahorita sí", "o sea... sí"', () => {
    for (const r of ['uh huh. a lot', 'honestly? a lot.', 'no se, capaz que si', 'ahorita si, por eso llame', 'o sea... si. ya casi']) expect(lateYes(r), r).toBe(true);
  });
  it('not after a denial, and not "a lot better"', () => {
    for (const r of ['nope, i feel a lot better', 'not a lot', 'no, i have a lot to live for', 'i cried a lot but no']) expect(lateYes(r), r).toBe(false);
  });
  it('so a plain screening question answered "uh huh" fires', () => {
    fires('uh huh. like a lot', 'have you been thinking about death more than usual?');
    quiet('nope, a lot better these days', 'have you had any thoughts of not wanting to be here?');
  });
});

describe('replies that complete a coping or injury question', () => {
  it('the tool or the act as the answer to "what do you do when...?"', () => {
    fires('the razor. on my thighs', 'when it gets that bad, what do you do?');
    fires('lo del encendedor, como siempre', '¿qué hace cuando se siente así?');
    fires('i bang my head on the door until it stops', 'how do you cope when you are that angry?');
    quiet('i grab my lighter and go out for a smoke', 'what do you do when you get stressed?');
    quiet('i would punch my legs, not anymore, now i go running', 'what do you do to cope?');
  });
  it('an injury done to oneself, or a cover story named as one', () => {
    fires('yo misma, doctora', '¿qué le pasó en el brazo?');
    fires('i did it to myself', 'what happened to your wrist?');
    fires('i walked into a door. that is what i always say', 'what happened to your eye?');
    quiet('i did it myself, slicing bread, by accident', 'what happened to your hand?');
    quiet('i fell off my bike', 'what happened to your arm?');
  });
});

describe('a denial counted as none, and everyday senses the rules now read through (session 26)', () => {
  it('"jamás. ni una vez" / "never, not once" is a no, whole detector included', () => {
    quiet('nunca. ni una vez', '¿alguna vez ha intentado quitarse la vida?');
    quiet('no, never. not once', 'have you ever tried to hurt yourself?');
    expect(detectRisk({ text: 'jamás, ni una vez', context: '¿ha pensado en quitarse la vida?' })).toBeNull();
    fires('no... bueno, una vez', '¿alguna vez ha intentado quitarse la vida?');
  });
  it('grief that "hit hard", a beating in a game, a burning inside, a course, a family party', () => {
    quiet('cuando falleció mi suegra me pegó bien duro, todavía la extraño');
    quiet('en el fifa le voy a dar una paliza a mi primo');
    quiet('con la fiebre siento que me quemo por dentro');
    quiet('en el trabajo nos enseñaron a detectar a alumnos con ideas de suicidio');
    quiet('we had a training on how to support students with suicidal thoughts');
    quiet('mi suegra me obliga a ir a misa cada domingo, qué flojera');
  });
  it('the same words still fire where they are the patient\'s own', () => {
    fires('mi esposo me pegó bien duro anoche');
    fires('me obliga a tener relaciones cuando no quiero');
  });
});

describe('session 26, second pass: intent, frequency, means named, going home, who', () => {
  it('"did you mean it?" about a jump or a weapon: a yes fires, a disavowal does not', () => {
    fires('yeah. i did mean it', 'did you mean it when you said you would jump off the car park?');
    fires('sí, lo decía en serio', '¿lo decías en serio lo de la pistola?');
    quiet('i was furious yeah but i would never actually do anything', 'did you mean it when you said you would hurt him?');
  });
  it('how often the thoughts come, and cutting asked about in the present', () => {
    fires('most evenings, to be honest', 'how often do you think about dying these days?');
    fires('casi diario', '¿con qué frecuencia piensas en morirte?');
    quiet('never, not really', 'how often do you think about dying these days?');
    fires('dos veces por semana', '¿cada cuánto te estás cortando ahora?');
  });
  it('the means asked about after it was named', () => {
    fires('in my bedside drawer', 'you said you thought about an overdose. where are they now?');
    fires('sí, en el cajón', 'dijiste que pensaste en usarla contra ti. ¿la tienes cerca?');
    quiet('no, my brother took them', 'you said you thought about an overdose. do you still have them at home?');
  });
  it('safe to go home, safe from yourself, whom you might harm', () => {
    fires('no. he has my phone password', 'is it safe for you to go home after this?');
    quiet('yes, he is away this week', 'is it safe for you to go home after this?');
    fires('no sé. creo que no', '¿estás a salvo de ti misma esta noche?');
    fires('my little brother, when he winds me up', 'is there anyone you are worried you might hurt?');
    quiet('no, nobody', 'is there anyone you are worried you might hurt?');
  });
  it('abuse by an employer or a relative, and who: beyond partners and parents', () => {
    fires('sometimes, when she is stressed', 'does your employer ever hit you?');
    fires('my stepbrother. at night', 'is anyone at home making you feel unsafe?');
    quiet('my uncle is strict but he would never hurt anyone', 'is anyone at home making you feel unsafe?');
  });
  it('a stockpile\'s purpose, a bruise explained by a pronoun, a "fix" that was an act', () => {
    fires('for when i cannot take it any more', 'you mentioned stockpiling your tablets. what are they for?');
    fires('him. last weekend', 'where did the bruises on your arm come from?');
    quiet('the gym, i dropped a weight', 'where did the bruises on your arm come from?');
    fires('used the blade, like before', 'when you said you handled it on sunday, what did you do?');
    quiet('i called my sponsor and went to bed', 'when you said you handled it on sunday, what did you do?');
  });
});

describe('denials that open and close on a no, and kills in a game (session 26, from the spent v30)', () => {
  it('a no at both ends, a joke then "no, never", "zero times, not even once", "ni se me ha pasado"', () => {
    quiet('no, a veces me canso del trabajo, pero no', '¿ha tenido pensamientos de que la vida no vale la pena?');
    quiet('only the neighbour s dog, ha. no, never', 'do you ever have thoughts of harming other people?');
    expect(detectRisk({ text: 'it does not. zero times, not even once', context: 'how often do thoughts of suicide come up for you?' })).toBeNull();
    quiet('jamás, ni se me ha pasado', '¿alguna vez ha intentado quitarse la vida?');
    fires('sí, a veces, pero no tengo plan', '¿ha tenido pensamientos de que la vida no vale la pena?');
    fires('only my stepdad. honestly, yes', 'do you ever have thoughts of harming other people?');
  });
  it('killed in a game is a game', () => {
    quiet('mi hermano me mató diez veces en el fortnite anoche');
    quiet('he killed me like twenty times in call of duty, it was embarrassing');
    fires('mi hermano me pega cuando mis papás no están');
  });
});

describe('session 27, from the spent v31: harm asked without an object, a plan alone, marks going on', () => {
  it('whom the patient might hurt, asked without naming anyone: a person named or a yes fires', () => {
    fires('my sister s boyfriend, honestly', 'is there anyone you re worried you might hurt?');
    fires('a mi cuñado, sí', '¿se le ha ocurrido hacerle daño a otra persona?');
    fires('a mi vecino, ya le rompí la nariz una vez', '¿hay alguien a quien temas lastimar?');
    quiet('no, nobody, i am just tired', 'is there anyone you re worried you might hurt?');
    // "who are you worried you might hurt?" stays the open question it was.
    fires('the landlord, if he turns the water off', 'who are you worried you might hurt?');
  });
  it('a plan asked on its own: a place, a time or a means answers it; a plan for the weekend is not one', () => {
    fires('the overpass by the mall, next friday', 'okay. and is there a plan?');
    fires('el sábado, en el puente del río', '¿tienes algo pensado?');
    quiet('no, no plan, just the thoughts', 'okay. and is there a plan?');
    quiet('the beach with my cousins', 'is there a plan for the weekend?');
  });
  it('marks, cuts or covering up asked about, answered with the act going on', () => {
    fires('mostly, except the new ones i keep opening', 'are the cuts on your arm healing?');
    fires('para que no se vean las de ayer y las de hoy', '¿por qué usas manga larga en verano?');
    fires('five days ago, razor this time', 'how long has it been since the last time?');
    quiet('yes, the stitches come out on friday', 'are the cuts from the surgery healing?');
    quiet('porque me da frío el aire acondicionado', '¿por qué usas manga larga en verano?');
  });
  it('sexual coercion and fights that come to blows, asked without naming the act', () => {
    fires('my boyfriend, when i say no', 'has anyone ever made you do something sexual you did not want to do?');
    fires('sí, la semana pasada le rompí el labio', '¿y cuando discuten llegan a los golpes?');
    quiet('no, nunca, solo gritos', '¿y cuando discuten llegan a los golpes?');
  });
  it('an injury explained by who got angry', () => {
    fires('he got drunk again on friday', 'how did you get that bruise on your arm?');
    fires('mi esposo se enojó porque llegué tarde', '¿qué le pasó en el ojo?');
    quiet('i walked into the cupboard door', 'how did you get that bruise on your arm?');
  });
  it('a past-only yes may be told with commas: "once, years ago, not now"', () => {
    expect(detectRisk({ text: 'maybe once, years ago, not now', context: 'any thoughts of suicide lately?' })).toBeNull();
    expect(detectRisk({ text: 'once years ago, not now, but last night yes', context: 'any thoughts of suicide lately?' })).not.toBeNull();
  });
});
