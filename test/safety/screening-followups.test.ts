// Session 9's rules: the screening and follow-up questions clinicians ask (context-followup.ts), the
// masks for everyday senses found on the spent sets' figurative lines, and a speaker's own "kidding"
// (detect.ts DISCLAIMER). Each example is written here, not copied from any set.
import { describe, it } from 'vitest';
import { fires, quiet } from './rule-cases';


describe('follow-up questions of the common screening instruments', () => {
  it('any answer but a denial to "how would you do it?" / "is there a date?" / "what has stopped you?"', () => {
    fires('the garage, with the car running', 'have you thought about how you might do it?');
    fires('after my daughter\'s wedding', 'is there a date you\'ve been thinking about?');
    fires('honestly just the dog', 'is anything stopping you from acting on those thoughts?');
    fires('en el rio, cerca de la casa', '¿ha pensado en algún lugar?');
    quiet('i have not thought about it at all', 'have you thought about how you might do it?');
    quiet('no, nothing like that', 'is there a date you\'ve been thinking about?');
  });

  it('a yes, a count or an ambivalent answer to plan, means, attempt and abuse items', () => {
    fires('yes i have', 'do you have a plan?');
    fires('twice, the last time in march', 'have you ever attempted before?');
    fires('un par de veces, sí', '¿tu pareja te ha pegado alguna vez?');
    fires('all of it, yeah', 'is anyone controlling your money, your phone or where you go?');
    fires('i don\'t know, maybe', 'do you think you might act on those thoughts?');
    fires('sí, a veces, cuando toma', '¿alguien en su casa le ha hecho daño o la ha amenazado?');
    fires('yeah they are', 'are those marks something you did yourself?');
  });

  it('to an abuse question, "he is in the next room" discloses', () => {
    fires('i can\'t really answer that now, he\'s in the next room', 'has anyone at home been hurting you?');
    quiet('no, i live on my own', 'has anyone at home been hurting you?');
  });

  it('does not read ordinary clinic questions as risk questions', () => {
    quiet('it\'s about a seven', 'on a scale of one to ten, how bad is the pain?');
    quiet('yes, last summer', 'have you ever tried allegra?');
    quiet('yes', 'does it hurt when i push you here?');
    quiet('a little bit', 'did you hit your head when you fell?');
    quiet('i always plan to do it', 'when are you planning to quit smoking?');
    quiet('yeah', 'we\'ve been following you for your diabetes for a while now, any changes?');
  });
});

describe('everyday senses masked (session 9)', () => {
  it('hyperbole, pets, safe storage and treatment side effects stay quiet', () => {
    quiet('i could strangle whoever designed this parking garage');
    quiet('my sister says i\'m killing myself with the 70 hour weeks');
    quiet('is there a lethal dose of ibuprofen for a dog? ours chewed the bottle');
    quiet('we keep everything in a gun safe since the grandkids started visiting');
    quiet('the deadline is hanging over me like a noose');
    quiet('mi amigo se suicidó hace años, todavía lo extraño');
    quiet('los quiero a morir a mis sobrinos');
    quiet('compré una soga para la mudanza, todo bien');
    quiet('la radioterapia me quema la piel, me dieron una crema');
    quiet('the pharmacist asked if i had thoughts of suicide on the new pill and i said no');
  });

  it('the same words still fire where they carry risk', () => {
    fires('i\'ve looked up the lethal dose of my sleeping pills');
    fires('i bought a gun last week and it\'s loaded');
    fires('i want to strangle him when he comes home drunk and i scare myself');
    fires('they asked if i had thoughts of suicide and i said no but honestly i do, every night');
    fires('my family would be better off with the life insurance money');
  });
});

describe('a speaker who takes the words back', () => {
  it('"kidding" or "figuratively" right after the words cancels the rule', () => {
    quiet('if i have to sit through one more budget meeting i\'m walking into the sea, kidding');
    quiet('me corto las venas si pierde mi equipo, es un decir');
  });

  it('"not kidding", "not in a joking way" and reported jokes do not', () => {
    fires('i want to die, not in a joking way');
    fires('i\'m not kidding, i want to kill myself');
    fires('he held my head under the water in the bath and said it was a joke');
  });
});

describe('habitual and deliberate self-harm, no planned future (session 9)', () => {
  it('fires on harm done on purpose beside an injury, habitual burns, and "not planning to recover"', () => {
    fires('the curling iron, i held it there on purpose, now there are blisters');
    fires('i\'ve been burning myself with the iron at work, little spots on my arm');
    fires('i cut on my legs after the kids are asleep');
    fires('me quemo la mano con el encendedor cada vez que me angustio');
    fires('la sostuve en la estufa a propósito, por eso la ampolla');
    fires('i\'m not planning to recover from this one, doc');
    fires('yo no pienso llegar a navidad');
  });

  it('stays quiet on accidents, denials and a question answered no', () => {
    quiet('i burned myself with the iron this morning, rushing to work');
    quiet('it wasn\'t on purpose, the pan handle was hot and i got a blister');
    quiet('la quemadura no fue a propósito, fue el comal');
    quiet('the nurse asked if the cuts were on purpose, they weren\'t, it was the fence');
    quiet('we\'re not planning on next year\'s trip yet');
  });
});

describe('session 9, second pass (from the spent v12 set)', () => {
  it('fires on cutting told as a routine, harm to a family member at home, and "me corte otra vez"', () => {
    fires('every time the landlord calls i go and cut, it is the only thing that works');
    fires('my stepdad slaps my little brother when he spills his milk');
    fires('me volví a cortar anoche');
    fires('el marido de mi tía le da cachetadas a mi abuela cuando no come');
  });

  it('stays quiet on a new job, moving rope, toy guns, bumps at work and a reported "i don\'t"', () => {
    quiet('i said goodbye to everyone at the warehouse, i got a job at the post office');
    quiet('bought a rope at the store to tie the couch onto the truck');
    quiet('compré una pistola de agua para los niños');
    quiet('los moretones son del trabajo, me pego con los estantes todo el día');
    quiet('the nurse asked me if i have thoughts of suicide because of the new pill, i don\'t, i was just surprised');
    quiet('she has a gun to my head with this deadline at work');
  });

  it('"i love you" after the words is no disclaimer unless it follows hyperbole about the same person', () => {
    fires('i am going to kill myself tonight, i love you mom');
  });
});

describe('session 10: frequency replies, reasons for living, means named in the reply', () => {
  it('a frequency is a yes ("every time", "toda la semana"), also after a stutter', () => {
    fires('every time i open the medicine cabinet', 'have you wished you were dead in the past month?');
    fires('todas las noches, doctora', '¿ha pensado en quitarse la vida?');
    fires('ye yes, more lately', 'have you been having thoughts of killing yourself?');
    fires('honestly no, not tonight', 'do you feel you can keep yourself safe tonight?');
    quiet('no, never', 'have you been having thoughts of killing yourself?');
  });

  it('"what keeps you going?" answered "nothing" discloses; a reason to live does not', () => {
    fires('honestly nothing anymore', 'what keeps you going these days?');
    fires('ya nada, la verdad', '¿qué le ayuda a seguir adelante?');
    quiet('my grandkids, mostly, and the garden', 'what keeps you going these days?');
    quiet('nothing, i just push through', 'what keeps you going at work?');
  });

  it('to a question about having the means, naming one within reach is a yes', () => {
    fires('the old shotgun in the hall closet', 'do you have access to any weapons at home?');
    fires('las pastillas de mi mamá, en el cajón', '¿tiene algo guardado con lo que podría hacerse daño?');
    quiet('my brother has a rifle but it is in a locked safe at his place', 'do you have access to any weapons at home?');
    quiet('no, nothing like that', 'do you have access to any weapons at home?');
  });

  it('a count of pills no prescription gives at once, and "me quise tirar"', () => {
    fires('last spring i swallowed about thirty of the pain pills and my roommate found me');
    fires('el sábado me quise tirar del viaducto');
    quiet('i take twelve tablets a day for my heart and my sugar');
  });

  it('stays quiet on a dated absence, a named nuisance, fasting, family history and Spanish idioms', () => {
    quiet('i will not be around next tuesday, i have jury duty');
    quiet('i just want it to stop, the ringing in my ears, it keeps me up');
    quiet('do i have to starve myself before the colonoscopy?');
    quiet('there is a history of suicide in my family, my grandfather, but i have never had those thoughts');
    quiet('la peluquera me cortó demasiado el pelo');
    quiet('me mató el tráfico de la autopista, llegué tardísimo');
    quiet('la corbata del uniforme me ahorca');
    quiet('estoy molesta con mi hermana porque no vino');
    quiet('i made myself sick on the big roller coaster at the fair');
    quiet('a cut on my shin from the rocks at the beach, it stung');
    quiet('se me quemó la leche y se me pegó todo a la olla');
    quiet('el dermatólogo me quemó un lunar y ya tiene costra');
  });

  it('counts and purging are a yes or a disclosure', () => {
    fires('three times over the weekend', 'any self harm since we last spoke?');
    fires('i go and make myself sick after every big meal');
    fires('i drank some of the bleach to make myself sick');
  });
});

describe('session 10, second pass: who, where, when and means restriction', () => {
  it('naming the person is the answer to "is anyone at home you are afraid of?" / "¿alguien le ha hecho daño?"', () => {
    fires('my stepdad', 'is there anyone at home you are afraid of?');
    fires('mi cuñado, cuando toma', '¿hay alguien en su casa que le dé miedo?');
    fires('la madre de mis hijos me amenaza por mensajes', '¿alguien la está amenazando?');
    quiet('my husband is very supportive', 'has anyone hurt you?');
    quiet('no, nobody', 'is there anyone at home you are afraid of?');
  });

  it('open questions about when, the means at hand and whom to hurt', () => {
    fires('right after the holidays', 'have you thought about when?');
    fires('the meds in the garage fridge, nobody checks', 'do you have access to anything you could use?');
    fires('al vecino de arriba', '¿a quién quiere lastimar?');
    fires('con un cúter, en los brazos', '¿cómo se lastima?');
    quiet('not really, no', 'have you thought about when?');
  });

  it('a "no" to giving up the means, and "nobody" to whom to call when it gets worse', () => {
    fires('no, i need to know it is there', 'would you be willing to let your sister keep the pills for now?');
    fires('nobody, honestly', 'if the thoughts get worse tonight, who could you call?');
    quiet('yes, my brother can hold on to it', 'would you be willing to give the rifle to your brother for now?');
    quiet('my neighbour, she is lovely', 'if the thoughts get worse tonight, who could you call?');
    quiet('nobody, i live alone', 'who could you call to help with the shopping?');
  });
});

describe('session 10, masks from the spent v14 / v15 figurative lines (general forms)', () => {
  it('stays quiet on a fright, a leaflet, a roof repair, rope for a hammock, a bet, a screening told as a topic, an old loss', () => {
    quiet('the dog barked and i jumped out of my skin');
    quiet('the insert mentions thoughts of suicide as a rare side effect, should i worry?');
    quiet('i was up on the edge of the roof to clear the leaves out of the gutter');
    quiet('até la hamaca al árbol con una cuerda nueva');
    quiet('me corto la mano si ese equipo gana la liga');
    quiet('la psicóloga me hizo las preguntas del suicidio, es lo normal, le dije que no');
    quiet('un vecino se tiró a las vías hace veinte años, todavía me acuerdo');
    quiet('me quería morir cuando se me cayó la bandeja delante de todos, qué vergüenza');
  });

  it('the same words still fire where they carry risk', () => {
    fires('he visto videos de cómo hacer el nudo y lo practiqué con la soga de la lancha');
    fires('i keep standing on the edge of the roof at night thinking about stepping off');
    fires('me quiero tirar de las vías esta semana');
  });
});

describe('session 10, third pass (from the spent v15): safety doubted, means out of reach, marks owned', () => {
  it('"safe?" echoed back, a promise limited in time, or a late "no" to "do you feel safe?"', () => {
    fires('safe? he keeps the bat by the bed', 'do you feel safe at home?');
    fires('until friday yes, after that i can\'t promise anything', 'do you feel safe until our next session?');
    fires('segura, segura, no', '¿te sientes segura en casa?');
    quiet('yes, i feel safe', 'do you feel safe at home?');
  });

  it('to a means question, a yes with the means locked away is no disclosure unless the patient has the key', () => {
    quiet('sí, la de mi hermano, en la caja fuerte, no sé la clave', '¿tienen armas en casa?');
    fires('sí, en el armario, y sé dónde está la llave', '¿tienen armas en casa?');
    fires('armas no, pero tengo el veneno para ratas en el galpón', '¿tienes armas en casa?');
  });

  it('marks the patient owns and the door story told under orders', () => {
    fires('no, those bruises i do to myself when i get angry');
    fires('las quemaduras me las hago yo, con el encendedor');
    fires('i had to tell my boss i walked into a door again');
    quiet('i walked into a door at work, so clumsy');
  });
});

describe('session 11 (from the spent v17): follow-ups that presuppose a disclosure, and words taken back', () => {
  it('an open follow-up about how close, when, how often or where it is kept is answered by anything but a denial', () => {
    fires('close. i had it all laid out', 'how close have you come?');
    quiet('no, never close', 'how close have you come?');
    fires('after my son\'s graduation', 'when were you thinking of doing this?');
    fires('most nights, around three', 'how often do these thoughts come?');
    fires('en la guantera, desde el lunes', '¿dónde guardas las pastillas ahora?');
    quiet('pretty close, two payments left', 'how close have you come to paying off the loan?');
    quiet('twice a day', 'how often do these headaches come?');
  });

  it('"is the plan still there?" answered yes discloses; a plan to do something else does not', () => {
    fires('yeah, same as before', 'you mentioned a plan last time. is it still there?');
    quiet('yes', 'you mentioned a plan to start walking, is it still on?');
  });

  it('a no to handing over the medicine discloses; being able to take a medicine is not means restriction', () => {
    fires('no, i want them near me', 'would you be willing to give the medicine to your daughter to keep?');
    quiet('sometimes i forget on weekends', 'have you been able to take your blood pressure medicine?');
  });

  it('words taken back after them: a figure of speech, a saying of others, a Spanish denial after its topic', () => {
    quiet("the queue was so long i'd kill myself, ha, figure of speech");
    fires("i want to kill myself, and that's not a figure of speech");
    fires('i want to kill myself, my sister thinks it is a figure of speech');
    quiet('this noise makes you want to shoot somebody, is what the old guys say');
    quiet('duermo mal por los turnos, eso sí, pero ganas de morirme no');
    fires('a veces tengo ganas de morirme, no sé');
    quiet('el mecánico me mató con la factura, tres mil pesos');
    quiet('the burn scars on my arm itch at night, can they laser them?');
  });
});

describe('session 11, from training round v15: the past only, and everyday neighbours', () => {
  // Session 31: to "have you ever", a yes put years back *and closed* ("not now") is a history, not a
  // disclosure that calls for the crisis steps (reply-readings.ts longPastOnly); a bare past yes is still the answer.
  it('to a question about now, a yes about the past only is a no; to "have you ever", a bare past yes is the answer', () => {
    quiet('i thought about it once, years back, but not now, not for ages', 'have you had thoughts of ending your life recently?');
    quiet('i did as a teenager, but it has been twelve years clean and no urges now', 'do you still hurt yourself?');
    quiet('once, years ago, but not now', 'have you ever had thoughts of ending your life?');
    fires('once, years ago', 'have you ever had thoughts of ending your life?');
    fires('yes, but not as often as before', 'have you had thoughts of ending your life lately?');
  });

  it('everyday neighbours stay quiet, their risk forms still fire', () => {
    quiet('my neighbour called, so i left the rest for later', 'what stopped you from finishing the garden?');
    quiet('we stood at the edge of the cliff for a selfie, the sunset was unreal');
    quiet("i'm not allowed my phone at the dinner table, that's my dad's rule");
    quiet("i'm tired of fighting the council over the parking permit");
    quiet('los moretones son por el anticoagulante, me dijo la doctora');
    quiet('la enfermera me enseñó a ponerme la inyección sin hacerme daño');
    quiet('este finde me voy a matar estudiando para el parcial');
    quiet('les escribí una carta de despedida a mis alumnos porque me trasladan a otra escuela');
    quiet('no, en casa estoy tranquila, mi esposo es un amor', '¿se siente segura en su casa?');
    fires('les escribí una carta de despedida a mis hijos');
    fires('las marcas son de golpearme contra el borde de la cama');
  });
});

describe('session 11, from the spent v18: more presupposing follow-ups, named drugs, echoed questions', () => {
  it('follow-ups about these thoughts, the pills mentioned, the knife still there, where on the body', () => {
    fires('pretty much every evening', 'how often are you having these thoughts?');
    fires('in the glovebox', 'do you have access to the pills you mentioned?');
    fires('yeah, in the drawer still', 'is the knife still in your bag?');
    fires('my stomach, where nobody looks', 'where on your body do you usually do it?');
    fires('probably not, no', 'would you tell me if things got worse?');
    quiet('yes, straight away', 'would you tell me if things got worse?');
    fires('casi todas las noches', '¿con qué frecuencia tiene estos pensamientos?');
    fires('con una cuchilla de sacapuntas', '¿con qué se hace los cortes?');
    fires('antes de navidad', '¿cuándo ha pensado hacerlo?');
  });

  it('a question echoed back, then a denial, is a denial', () => {
    quiet('¿cómo qué?, ah, no, no, nunca lo he pensado', '¿ha pensado en cómo lo haría?');
    fires('¿cómo?, pues con las pastillas de mi madre', '¿ha pensado en cómo lo haría?');
  });

  it('a named drug taken in a whole bottle; everyday burns, stings and idioms stay quiet', () => {
    fires("i'm going to take the whole bottle of my lorazepam this weekend");
    quiet('the oven burn on my wrist is blistering, should i pop it?');
    quiet('el encargado me cortó las alas con el horario nuevo');
    quiet('el cloro de la piscina me quema la piel, ¿qué crema uso?');
  });
});

describe('session 12 (from the spent v18 / v19): questions that presuppose the thoughts, the means, the act', () => {
  it('"nothing" to what stops you is a risk answer; "better" to whether the thoughts continue is a no', () => {
    fires('nothing much, to be honest', 'what stops you from acting on it?');
    fires('mis perros nomás', '¿qué es lo que le ha frenado hasta ahora?');
    fires('worse, every night this week', 'have those thoughts continued since we spoke?');
    fires('más fuertes, la verdad', '¿y esas ideas de la otra vez, cómo siguen?');
    quiet('better, they have mostly gone', 'have those thoughts continued since we spoke?');
    quiet('ya se fueron, gracias a dios', '¿siguen esas ideas?');
    quiet('mejor, ya casi no se me antoja', '¿cómo van las ganas de fumar?');
    quiet('zero, honestly', 'on a scale of zero to ten, how strong are the thoughts of suicide?');
    fires('once the house is sold', 'when do you think you might act on it?');
  });

  it('a means asked about again: anything but a denial or the means out of reach', () => {
    fires('one, in my wallet', 'do you still have the blades?');
    quiet('no, my sister took them', 'do you still have the blades?');
    fires('sí, en la caja de herramientas', '¿todavía tiene el veneno en la casa?');
    fires('in the shed, behind the mower', 'do you have access to what you would use?');
    fires('monday night, on my ankle', 'when was the last time you hurt yourself?');
    quiet('years ago, when i was a teenager', 'when was the last time you hurt yourself?');
  });

  it('safety tonight not promised; the act told before, asked about again', () => {
    fires("i'd rather not promise anything", 'are you going to be safe tonight?');
    fires('no le puedo prometer nada', '¿va a estar a salvo esta noche?');
    quiet("yes, my brother's staying over", 'are you going to be safe tonight?');
    fires('a bit less, but yes', 'you mentioned the cutting last time, are you still doing that?');
    fires('cada semana', 'me dijo que él la empujó, ¿ha vuelto a pasar?');
  });

  it('small yeses: both, a time, "just the", the means named, "depends what you call"', () => {
    fires('both, and the car keys', 'does your partner control your money or your phone?');
    fires('saturday, after the game', 'have you hurt yourself since we last spoke?');
    fires('con el encendedor', '¿se ha hecho daño esta semana?');
    fires('depende de lo que le llame pegar', '¿su pareja le ha pegado?');
    quiet('only when he drives, otherwise no, he is lovely', 'does your partner ever scare you?');
    quiet('just the usual nail biting, that is all', 'do you ever hurt yourself when you are stressed?');
  });

  it('a threat tied to leaving, or a fire with people inside, is abuse; a threat over a trifle is the idiom', () => {
    fires("he says he's going to kill me if i ever leave");
    fires('she swore she would burn the flat down with me inside');
    quiet("my dad says he'll kill me if i dent the car again");
    quiet('she said she would kill me if i told anyone about the surprise party');
  });

  it('stopping existing, no season left "for me", one\'s own eulogy, a body hoped to give up', () => {
    fires('the kindest thing i could do is stop existing');
    quiet('i just want the noise to stop existing in my head, it is the tinnitus');
    fires("there's no next summer for me");
    quiet("there's no future for me in this company, i'm applying elsewhere");
    fires("i keep rehearsing my own eulogy in the shower");
    quiet('the grief group had us write our own obituary as an exercise');
    fires("i'm hoping my heart just gives up on its own");
  });

  it('death wished for, asking not to be woken, things given away for good; insomnia stays quiet', () => {
    fires('a la muerte ya no le temo, la estoy esperando');
    fires('si un día no despierto, que no me despierten');
    quiet('quiero dejar firmado que no me reanimen si me da otro infarto');
    fires('ya repartí mis libros entre los sobrinos, ya no los voy a necesitar');
    quiet('regalé la cuna, ya no la voy a necesitar porque el niño ya creció');
    quiet("i'm not really waking up early, it's more that i can't get to sleep", 'do you tend to wake up early?');
  });

  it('algospeak in both languages, not the idioms beside it', () => {
    fires("i've been thinking about the sewer slide a lot lately");
    fires('ya me quiero desvivir');
    quiet('mi mamá se desvive por nosotros');
    quiet('my sister sent me those sewer slide memes, so dumb');
  });
});

describe('session 12, second pass (from the spent v20): more presupposing questions, notes for after, figures undone', () => {
  it('who, when, how often, how recent, with what: open questions about a disclosure', () => {
    fires('my landlord, honestly', 'who would you hurt?');
    fires('mi cuñado', '¿a quién le haría daño?');
    fires('my stepson, when he drinks', 'is anyone at home at risk from you?');
    fires('end of the month, after payday', 'is there a time frame you have been thinking about?');
    fires('para el 15', '¿ha pensado en una fecha?');
    fires('most nights now', 'how often are those thoughts coming back?');
    fires('last night', 'are the cuts recent?');
    fires('en los tobillos', '¿dónde se corta?');
    fires('el martes, con un vidrio', '¿se ha vuelto a lastimar?');
    fires('con el veneno de las ratas', '¿y con qué lo haría?');
    fires('hace un rato, mientras venía para acá', '¿cuándo fue la última vez que lo pensó?');
    fires('de morir sí, de lastimarme no', '¿ha tenido ideas de hacerse daño o de morir?');
  });

  it('notes left for after, a grave already chosen by the abuser', () => {
    fires('ya les dejé cartas para después', '¿alguien sabe cómo se siente?');
    quiet('les dejé cartas para después de la boda');
    fires('he told me he knows where to bury me');
    fires('dice que sabe dónde enterrarme');
  });

  it('the caption quoted as wrong, a question reported, a rope for a load, shame or heat: quiet', () => {
    quiet('the captions said i want to die, i said i want to dye my hair');
    quiet('el subtítulo puso me quiero matar y yo dije me quiero mudar');
    quiet('the nurse asked if the cut on my hand was on purpose, it was the mandoline');
    quiet('en urgencias me preguntaron si la herida era a propósito, fue la lata');
    quiet('i bought rope at the co-op for the tarp on the trailer');
    quiet('we learned the hangman\'s knot in sailing class, the instructor said never use it');
    quiet('me quemé la mano con la cuerda del velero');
    quiet('quería desaparecer de la vergüenza en la reunión');
    quiet('me quiero morir con este calor, 40 grados');
    quiet('i wanted to disappear after that presentation, it was so bad');
    quiet("if the drummer is late again i'm gonna strangle him, haha");
  });
});

describe('session 12, third pass (from the spent v20): plans, means kept for later, threats tied to leaving, objects on skin', () => {
  it('suicidal forms in English and Spanish, and their everyday neighbours', () => {
    fires('the lease ends in may, so may is my end date too');
    quiet('my end date at the warehouse is may 3rd, then i start the new job');
    fires('i read up on how long it takes to drown in cold water');
    quiet('i looked up how long it takes to boil an egg');
    fires("i'd walk into the sea and keep walking until it's over");
    fires('the voice keeps telling me to do it tonight');
    fires("i've got the tablets in a tin for when i'm ready");
    fires('compré veneno para ratas y en la casa no hay ratas');
    quiet('compré veneno para ratas porque el granero está lleno de ratas');
    fires('la soga que compré no es para el tendedero');
    fires('se acaba el contrato en junio y en junio también me acabo yo');
    fires('ya solo me falta animarme');
    quiet('ya solo me falta el postre, doctor');
  });

  it('abuse tied to leaving; harm planned with a list; objects used on the skin', () => {
    fires('she told me if i ever leave she will make sure i lose the kids');
    fires('dice que si lo denuncio me quita a los niños');
    fires("honestly i'm safer in my car than at home");
    fires('i keep a list of the people who laughed at me, with their shifts');
    fires('se me ocurre echarle cloro al café del jefe');
    fires("i've been using the box cutter on my thighs after work");
    fires('me paso la navaja por los muslos cuando nadie me ve');
    quiet('i poured boiling water on my hand by accident, do i need to see someone?');
  });
});


describe('session 13 (from training round v18): follow-ups after abuse, harm to others and suicidal thoughts were named', () => {
  it('abuse asked about again, control, leaving, going home: the telling answers fire, denials and safe answers do not', () => {
    fires('saturday night, after the game', 'has he hit you again since we last talked?');
    quiet('no, not since he moved out', 'has he hit you again since we last talked?');
    fires('every evening, all of it', 'does your husband go through your messages?');
    quiet('no, never', 'does your husband go through your messages?');
    fires('not really, she has the car and the cards', 'are you able to leave if you need to?');
    fires("no, i'm scared to go back", 'do you feel safe going home after this?');
    quiet('yes, my sister is staying with me this week', 'do you feel safe going home after this?');
    fires('no, solo si él viene conmigo', '¿la dejan ver a sus amigas?');
    fires('sí, me dejó morados en los brazos', '¿le ha dejado marcas?');
    quiet('no, eso nunca', '¿le ha dejado marcas?');
  });

  it('harm to others told before: who, when, the thoughts again, a child safe with the patient', () => {
    fires('my brother in law, the whole lot of them', 'who would you want to hurt?');
    fires('friday, when he finishes his shift', 'when were you thinking of confronting him?');
    fires('still there, a bit worse', 'are you still having thoughts about hurting your neighbour?');
    fires("honestly i'm not sure she is", 'is your daughter safe with you at the moment?');
    quiet('no, jamás, solo me enojo a veces', '¿ha sentido ganas de lastimar a sus hijos?');
    fires('cada noche, antes de dormir', '¿cada cuánto le vienen esas imágenes?');
  });

  it('suicidal thoughts and means already named: since when, where kept, notes, goodbyes, safe until next time', () => {
    fires('since the layoff, so about a month', 'when did these thoughts about not wanting to live start?');
    fires('desde que cerró el taller', '¿desde cuándo tiene ganas de morirse?');
    fires('in the garage, behind the paint tins', 'where is the rifle kept?');
    fires('arriba del armario', '¿dónde tiene la escopeta?');
    fires("yeah, it's on the kitchen table", 'have you written a note or a letter?');
    fires('sí, a mi hermana el domingo', '¿se ha despedido de alguien?');
    fires("i don't know, maybe not", "do you think you'll be safe until our next appointment?");
    fires("i'd rather keep them, to be honest", 'would you be willing to give the tablets to your partner to hold?');
    fires('almost did, on sunday', 'have you come close to acting on them?');
    quiet('las llevo en el bolso por si me duele la cabeza', '¿lleva encima las pastillas del dolor de cabeza?');
    quiet('i wrote a letter to the council about the bins', 'have you written to the council yet?');
  });
});

describe('session 14: fear of going home, thoughts right now, acting on it in Spanish, one person or more, means now', () => {
  it('abuse screens about fear and safety: a yes fires, a no and ordinary worries do not', () => {
    fires('yeah, he saw who i was messaging', 'are you afraid to go home after this appointment?');
    quiet('no, not at all, my mum is there', 'are you afraid to go home after this appointment?');
    fires('sí, mucho', '¿tiene miedo de volver a casa hoy?');
    quiet('no, para nada', '¿tiene miedo de volver a casa?');
    fires('a veces sí, cuando bebe', '¿le da miedo su pareja?');
    fires('yes, since he found the new flat', 'are you worried about your own safety?');
    quiet('yes, is it safe to fly with this?', 'any other questions about the procedure?');
  });

  it('a crisis check after a disclosure: "right now" with "it" fires on a yes, the same words about a treatment do not', () => {
    fires('yeah. kind of. yeah', 'are you thinking about it right now, as we talk?');
    quiet('no, not right now', 'are you thinking about it right now?');
    fires('sí. ahorita.', '¿ahorita, en este momento, lo está pensando?');
    fires('sí, ahora también', '¿tiene esos pensamientos ahora?');
    quiet('yes, the surgery, i think i want it', 'are you thinking about the surgery?');
  });

  it('acting on it (Spanish), one person or several, where the means are now', () => {
    fires('sí, creo que sí', '¿piensa actuar sobre eso?');
    quiet('no, eso no', '¿piensa actuar sobre eso?');
    fires('two. same night', "is it one person you're thinking about, or more?");
    fires('a los tres de la junta', '¿es a una persona o a varias?');
    quiet('just me, my wife is fine', 'is anyone else at home ill, or just you?');
    fires('in my pocket', 'where are the pills now?');
    quiet('in the kitchen cupboard', 'where do you keep your tablets?');
  });
});

describe('session 14 (from training round v19): Spanish follow-ups the English entries already knew', () => {
  it('with what, which day, how close, how often, what stops you, a note, what was needed, past attempts', () => {
    fires('con las pastillas del abuelo', '¿con qué ha pensado hacerlo?');
    fires('el sábado, cuando se vayan todos', '¿ya tiene pensado un día?');
    fires('muy cerca, la otra noche casi', '¿qué tan cerca se siente de hacerlo?');
    fires('casi todas las noches', '¿cada cuánto le vienen esas ideas?');
    fires('nada, la verdad', '¿qué la detiene?');
    quiet('el trabajo, no tengo tiempo', '¿qué la detiene para hacer ejercicio?');
    fires('sí, en el cajón del buró', '¿ha dejado algo escrito para sus hijos?');
    fires('sí, ya lo tengo guardado', '¿ya consiguió lo que necesitaría?');
    fires('una vez, hace dos años', '¿lo ha intentado antes?');
    quiet('no, nunca', '¿lo ha intentado antes?');
  });

  it('abuse and harm to others: violence presupposed, strangulation, forced sex, an ex who gets in, a weapon, acting on anger', () => {
    fires('los viernes, cuando cobra', '¿cuándo se pone violento?');
    fires('mi suegra, todos los días', '¿quién la trata mal?');
    fires('una vez, en la cocina', '¿le ha apretado el cuello alguna vez?');
    quiet('no, nunca me ha tocado', '¿le ha apretado el cuello alguna vez?');
    fires('sí, aunque yo no quiera', '¿la obliga a tener relaciones?');
    fires('sí, tiene copia de la llave', '¿su expareja puede entrar a su casa?');
    fires('sí, si lo vuelvo a ver', '¿usted cree que llegaría a hacerle algo?');
    fires('sí, mi vecino tiene una', '¿podría conseguir un arma?');
    fires('con el machete del rancho', '¿con qué le haría daño?');
    quiet('no, para nada, ya se me pasó', '¿con qué le haría daño?');
  });
});

describe('session 15: an act asked about again, safety tonight in Spanish, what would help, how or whom, acting on it', () => {
  it('self-harm asked about again (preterite, continuous, "since"): a yes fires, a no and eczema scratching do not', () => {
    fires('sí, el sábado', '¿se volvió a cortar?');
    quiet('no, desde la última vez no', '¿se volvió a cortar?');
    fires('a veces, cuando discutimos', '¿se sigue haciendo daño?');
    fires('twice, both on the weekend', 'have you cut since we last spoke?');
    quiet('no, not once', 'have you cut since we last spoke?');
    quiet('every night, it itches like mad', 'have you scratched since you started the cream?');
  });

  it('safe tonight (Spanish), what would help you stay safe, is anything keeping you going', () => {
    fires('no lo sé, la verdad', '¿se siente a salvo esta noche?');
    quiet('sí, estoy con mi hermana', '¿está a salvo esta noche?');
    fires('nothing, honestly', 'what would help you stay safe this weekend?');
    quiet('calling my sister, and the dog', 'what would help you stay safe this weekend?');
    fires('nada ya', '¿qué le ayudaría a mantenerse a salvo hasta el lunes?');
    fires('nada, la verdad', '¿qué lo detiene ahorita?');
  });

  it('acting on it, and how or towards whom harm to others was thought of', () => {
    fires('creo que sí', '¿usted cree que podría hacerlo?');
    quiet('no, por mis hijos no', '¿usted cree que podría hacerlo?');
    fires('with the car, on his way home', 'have you thought about how you would hurt him?');
    fires('con el bate, en el estacionamiento', '¿ha pensado en cómo le haría daño?');
    quiet('no, nunca lo he pensado', '¿ha pensado en cómo le haría daño?');
    fires('sí, la de la oficina de cobros', '¿esas ganas de lastimar son hacia alguien en particular?');
  });
});

describe('session 28 (from the spent v34): a promise to call, the wish to keep living, who first and yes after, a threat told', () => {
  it('a promise to call for help: a reply that cannot promise fires, a yes does not', () => {
    fires('i can not promise that, sorry', 'can you promise me you will call the crisis line if it gets worse?');
    quiet('yes, of course i will', 'can you promise me you will call the crisis line if it gets worse?');
    fires('no le prometo nada, perdón', '¿se compromete a llamarme si se siente en peligro?');
    quiet('sí, se lo prometo', '¿se compromete a llamarme si se siente en peligro?');
  });

  it('the wish to keep living asked outright: a no fires, a yes and where to live do not', () => {
    fires('no, ninguna, ya me quiero ir', '¿tiene ganas de seguir viviendo?');
    quiet('sí, claro, por mis nietos', '¿tiene ganas de seguir viviendo?');
    fires('no, not really', 'do you still want to live?');
    quiet('yes, of course i do', 'do you still want to live?');
    fires('yes, sometimes', 'do you sometimes not want to live?');
    quiet('no, i would rather be near my son', 'do you want to live in the city?');
  });

  it('the person first and the yes after, and a threat told as the answer', () => {
    fires('my husband, yeah, mostly on weekends', 'has anyone hurt you physically?');
    fires('mi marido sí, sobre todo los viernes', '¿alguien le ha hecho daño físicamente?');
    fires('que me mata si me voy con los niños', '¿alguna vez la ha amenazado?');
    fires('said he would take the kids and i would never see them', 'has he ever threatened you?');
    quiet('que no, nunca, es muy tranquilo', '¿alguna vez la ha amenazado?');
    fires('mi mamá nomás, pero ya ni eso', '¿qué lo ha detenido hasta ahora?');
    fires('mi papá, pero no le diga que le dije', '¿quién te hizo ese moretón?');
  });

  it('a goodbye message in Spanish, the last attempt, self-harm "still" going on, where a means is kept', () => {
    fires('sí, en el grupo de la familia, programado', '¿dejó algún mensaje de despedida?');
    quiet('no, no dejé nada', '¿dejó algún mensaje de despedida?');
    fires('hace tres semanas, con las pastillas de mi mamá', '¿cuándo fue la última vez que lo intentó?');
    quiet('hace años, cuando tenía quince', '¿cuándo fue la última vez que lo intentó?');
    fires('three weeks ago', 'when was the last time you tried?');
    fires('sí, ayer me di contra el espejo', '¿sigues golpeándote cuando te enojas?');
    quiet('no, ya no', '¿sigues golpeándote cuando te enojas?');
    fires('abajo del colchón todavía', '¿dónde guardó la cuerda?');
    quiet('my brother took it to his place', 'where do you keep the rope?');
  });
});

describe('session 28 (from the spent v35): long ago and nothing now, and three figures of the rules\' masks', () => {
  it('a yes put long ago and closed now is no, also to "ever" (session 31); something recent still fires', () => {
    quiet('maybe a passing thought years ago, nothing now', 'how about thoughts of suicide?');
    quiet('de joven sí, pero hace como quince años que no', '¿y pensamientos de quitarse la vida?');
    quiet('en la adolescencia sí, pero hace como quince años que no', '¿ha pensado en el suicidio alguna vez?');
    fires('en la adolescencia sí, y este mes otra vez', '¿ha pensado en el suicidio alguna vez?');
    fires('yes, years ago, and again last week', 'how about thoughts of suicide?');
  });

  it('the urge asked about again by its act, a means asked where it is now, thoughts "in the way you described"', () => {
    fires('cada día, cuando paso en la micro', '¿siguen las ganas de tirarse del puente que me contó?');
    fires('en el buró, cargada', 'usted me dijo que pensó en dispararse. ¿dónde está el arma?');
    fires('yeah, top of the closet', "earlier you said you'd thought of using your husband's gun on yourself. is it still in the house?");
    quiet('no, my brother took it to his place', "earlier you said you'd thought of using your husband's gun on yourself. is it still in the house?");
    fires('all the time, more since her anniversary', 'do you still think about joining your daughter in the way you described?');
    quiet('no, not anymore, the group helped', 'do you still think about joining your daughter in the way you described?');
  });

  it('when it happened, to a question whether it ever did; not to an open question naming an attempt', () => {
    fires('el año pasado, con pastillas', '¿ha intentado antes hacerse daño para morir?');
    fires('last spring, after the divorce', 'have you ever tried to end your life?');
    quiet('last month i lost my job', 'this is your third attempt to harm yourself. is anything going on that could be triggering it?');
  });

  it('a burden on nobody, never hurt me or threatened me, a burn from the pressure cooker', () => {
    quiet("no no, i'm a burden on nobody, i cook for the whole family", 'are you having thoughts that everyone would be better off without you?');
    quiet("my husband is strict about money but he's never hurt me or threatened me", 'do you feel safe at home?');
    quiet('the burn on my arm is from the pressure cooker, it is healing');
    fires('i feel like a burden to everyone, they would be better off');
  });
});
