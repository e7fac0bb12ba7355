// Session 30: risk told by its signs (rules-signs.ts), inside grief (rules-grief.ts), and the follow-up questions added with them
// (context-followup.ts): guns "in the home", a means that was to be handed over, how often a named
// self-harm happens, goodbyes, "not without him". Every example is written here, not copied from any set.
import { describe, expect, it } from 'vitest';
import { statementHit } from '../../src/safety/detect';
import { RULES_GRIEF } from '../../src/safety/rules-grief';
import { RULES_SIGNS } from '../../src/safety/rules-signs';
import { describeRuleCases, fires, quiet, type RuleCase } from './rule-cases';

const SIGNS: RuleCase[] = [
  ['sg-marks-hidden', 'he is careful, the bruises are where nobody can see', 'the bruises are where the nurse put the drip'],
  ['sg-marks-hidden', 'tengo moretones donde no se ven', 'tengo moretones donde me pusieron el suero'],
  ['sg-did-to-my-arms', 'i wear hoodies so nobody sees what i did to my wrists', 'i wear hoodies so nobody sees what i did to my hair'],
  ['sg-did-to-my-arms', 'por lo que me hago en las piernas uso pantalón', 'por el frío que hace en las piernas uso pantalón'],
  ['sg-angry-planned-how', 'mad enough that i have worked out how', 'mad enough that i have worked out the budget'],
  ['sg-angry-planned-how', 'tanto que ya planeé cómo', 'tanto que ya planeé la fiesta'],
  ['sg-schedule-ready', 'i have been learning her routine, for when i am ready', 'i have been learning her recipes, for when i am ready'],
  ['sg-schedule-ready', 'sé qué camioneta maneja y a qué hora sale del taller', 'sé qué camioneta quiero y a qué hora abre el taller'],
  ['sg-schedule-ready', 'i think about how easy it would be to run over him', 'i think about how easy it would be to run the shop'],
  ['sg-not-walk-out', 'if he shows up she will not walk out of there, put it that way', 'if it rains she will not walk out of there without a coat'],
  ['sg-not-walk-out', 'ese no sale vivo de la audiencia', 'ese no sale temprano de la audiencia'],
  ['sg-wait-brave', 'i sit in the car with the pills and wait to get brave', 'i sit in the car before the interview and wait to get brave'],
  ['sg-carry-poison', 'siempre traigo el veneno en la bolsa', 'siempre traigo el paraguas en la bolsa'],
  ['sg-life-for-life', 'es una vida por otra, y esa es la mía', 'es una vida tranquila, y esa es la mía'],
  ['sg-make-sure-hurt', 'when i mess up i make sure i hurt for it', 'when i mess up i make sure i apologise for it'],
  ['sg-locked-with-blade', 'i locked myself in the bathroom with a razor last night', 'i locked myself in the bathroom with a book last night'],
  ['sg-scratch-bleed', 'me la paso rascándome hasta sangrar cuando pienso en ella', 'me la paso rascándome hasta sangrar por la varicela'],
  ['sg-scratch-bleed', 'i scratched till it bled, that was the only thing that helped', 'i scratched the mosquito bites till they bled'],
  ['sg-lock-door-from', 'pongo el seguro a la puerta por mi padrastro', 'pongo el seguro a la puerta por el viento'],
  ['sg-lock-door-from', 'i lock my bedroom door because of my stepbrother', 'i lock my bedroom door because of the cat'],
  ['sg-hide-kids', 'i hide my brothers under the bed until dad falls asleep', 'i hide my brothers\' presents under the bed until christmas'],
  ['sg-go-be-with', 'i would just go be with my dad, and that is it', 'i would just go be with my dad at the lake, it is nice there'],
  ['sg-do-what-court-wont', 'the police did nothing, so somebody has to do what the law will not', 'the police did nothing, so somebody has to call the council'],
  ['sg-do-what-court-wont', 'alguien tiene que hacerle pagar lo que hizo, y capaz que sea yo', 'alguien tiene que hacerle pagar la cuenta, y capaz que sea yo el que pague'],
  ['sg-watch-back', 'my cousin is posting lies, i told him to watch his back', 'my cousin is doing deadlifts, i told him to watch his form'],
  ['sg-watch-back', 'i think about when i finally get that driver alone', 'i think about when i finally get the house alone'],
  ['sg-watch-alone', 'me estaciono frente a su casa en las noches a ver si está solo', 'me estaciono frente a su casa en las noches a ver si hay luz'],
  ['sg-end-up-like', 'he said i would end up like my brother, in the ground', 'he said i would end up like my brother, in the navy'],
  ['sg-end-up-like', 'si hablo con un abogado algo le puede pasar a mi hija', 'si hablo con un abogado me cobra mucho'],
  ['sg-cry-about', 'he said he would give me something to cry about, and he did', 'he said the film would give me something to cry about'],
  ['sg-cry-about', 'ando esperando el golpe todo el día', 'ando esperando el camión todo el día'],
  ['sg-sleep-outside', 'my aunt makes me sleep in the shed when she has guests', 'my aunt makes me sleep in the spare room when she has guests'],
  ['sg-need-permission', 'i need permission to call my own mother now', 'i need a new phone to call my own mother now'],
  ['sg-pension-taken', 'my son-in-law takes my pension every month and i never see it', 'my son-in-law takes my pension to the bank every month'],
  ['sg-pension-taken', 'mi hijo se queda con mi pensión', 'mi hijo se queda con mi perro los fines de semana'],
  ['sg-cover-what-done', 'i wear sunglasses to hide what my husband did', 'i wear sunglasses to hide what the allergy did'],
  ['sg-blade-kept-used', 'i keep a razor blade in my phone case and when it gets bad i use it', 'i keep a razor in the bathroom and i use it on sundays'],
  ['sg-blade-kept-used', 'traigo una navaja en la mochila y cuando se pone feo la uso', 'traigo una navaja en la mochila para pelar fruta'],
  ['sg-till-raw', 'i scrub my hands till my knuckles are bloody', 'i scrub the pans till they are shiny'],
  ['sg-till-raw', 'me arranco el pelo a mechones cuando estoy sola', 'me corto el pelo a mechones cuando estoy sola'],
  ['sg-arms-lines', 'tengo las piernas llenas de cortaditas', 'tengo las piernas llenas de piquetes de zancudo'],
  ['sg-calm-decided', 'le mandé a mi hermana gracias por todo y después apagué el celular', 'le mandé a mi hermana gracias por todo y después le llevé pan'],
  ['sg-calm-decided', 'i am not going to be a burden to my kids much longer', 'i am not going to be a burden to my kids, i have savings'],
  ['sg-arms-cut', 'tengo los muslos cortados y me da miedo la clase de natación', 'tengo los muslos cansados y me da miedo la clase de natación'],
  ['sg-out-for-coming-out', 'my mom kicked me out for being trans', 'my mom kicked me out of the kitchen for being nosy'],
  ['sg-out-for-coming-out', 'me corrieron de mi casa cuando dije que soy lesbiana', 'me corrieron de mi casa cuando dije que iba a una fiesta'],
  ['sg-adult-secret', 'a guy from discord, he is like thirty, told me not to tell my mom we talk', 'a guy from discord, he is like thirty, told me to tell my mom about the tournament'],
  ['sg-adult-secret', 'my stepdad has been making me do things since i was nine', 'my stepdad has been making me do chores since i was nine'],
  ['sg-pact', 'we made a pact to end it together after finals', 'we made a pact to study together after finals'],
  ['sg-only-reason-alive', 'the only reason i have not ended it is my little sister', 'the only reason i have not ended the lease is my little sister'],
  ['sg-only-reason-alive', 'la única razón por la que no me he matado es mi hermanita', 'la única razón por la que no me he mudado es mi hermanita'],
  ['sg-said-today-kill', 'le escribí a mi novio que hoy me mataba', 'le escribí a mi novio que hoy me cambiaba'],
  ['sg-es-stitches', 'mi papá cuando toma me tira lo que sea y me pusieron tres puntos en la ceja', 'mi papá cuando juega me tira la pelota y me pusieron tres goles en la cancha'],
  // Session 32 (rules written from the kinds of the spent v45's misses; examples written here).
  ['sg-wall-by-head', 'he never touches me, he punches the cupboard right next to my head', 'he punches the wall in the garage when the footy is on'],
  ['sg-ready-to-run', 'the kids and i sleep in our clothes in case dad comes home angry', 'the kids and i sleep in our clothes when we go camping'],
  ['sg-ready-to-run', 'tengo la maleta lista por si llega borracho mi marido', 'tengo la maleta lista para el viaje a Lima'],
  ['sg-cover-story', 'i told the nurse i fell again, i am running out of doors to walk into', 'i am running out of doors to paint in this house'],
  ['sg-sleeves-hands', 'long sleeves all summer, hiding his hands on my arms', 'long sleeves all summer, hiding the sunburn'],
  ['sg-where-i-am', 'she gets her sister to ring round and check where i am', 'she checks where i am on the app and i check her, we agreed'],
  ['sg-hear-him-come', 'cuando oigo la camioneta de él me pongo a temblar', 'cuando oigo la camioneta del pan salgo a comprar'],
  ['sg-work-safer', 'hago horas extra con tal de no estar en casa cuando él descansa', 'hago horas extra para pagar la casa cuando él descansa'],
  ['sg-cannot-leave', 'he keeps the car keys on him so i cannot leave', 'he keeps the car keys on the hook so i can find them'],
  ['sg-reopen', 'i pick the scabs open myself every night', 'the nurse picked the stitches out on tuesday'],
  ['sg-meant-it', 'that lump on my forehead from the door, i kind of meant it', 'that lump on my forehead from the door, i meant to get it looked at'],
  ['sg-my-usual', 'after the funeral i went home and did my usual with the razor', 'after the funeral i went home and did my usual with the crossword'],
  ['sg-eat-gun', 'some nights i think about eating my gun', 'some nights i think about cleaning my gun'],
  ['sg-one-bullet', 'one bullet kept aside in my bedside drawer', 'one bullet point kept aside for the meeting agenda'],
  ['sg-better-off-payout', 'the kids would be better off with the death in service money', 'the kids would be better off with a tutor'],
  ['sg-turn-wheel', 'on the coast road it would be so easy to just turn the wheel', 'on the coast road it would be so easy to just stop for chips'],
  ['sg-es-hasten', 'ya cumplí con todos y quiero adelantar la partida', 'ya cumplí con todos y quiero adelantar el viaje'],
  ['sg-eyes-shut-riding', 'manejo la moto por la autopista cerrando los ojos un rato', 'en la clase de yoga estoy cerrando los ojos un rato'],
  ['sg-picks-beating', 'i keep picking fights in the pub so i get a hiding', 'i keep picking fights with the crossword and losing'],
  ['sg-weapon-shown', 'i carry my knife to the handovers just so she knows', 'i carry my flask to the handovers just so i stay warm'],
  ['sg-pulled-off', 'it took four lads to pull me off him at the mart', 'it took four lads to pull the tractor out of the ditch'],
  ['sg-lucky-unarmed', "he's lucky i wasn't carrying when he said that", "he's lucky i wasn't driving when he said that"],
  ['sg-nothing-to-lose', 'the bank manager should be worried, i have nothing left to lose', 'the bank manager should be pleased, we have paid off the loan'],
  ['sg-names-crossed', 'tengo una lista con los nombres de los que me traicionaron y los voy tachando', 'tengo una lista con los nombres de los invitados y los voy tachando'],
  ['sg-hide-from-him', 'the boys and i lock ourselves in the bedroom until he calms down', 'the boys and i lock ourselves in the bedroom to play video games'],
  ['sg-hide-from-him', 'los niños se esconden en el ropero cuando oyen la camioneta', 'los niños se esconden en el ropero cuando juegan a las escondidas'],
  ['sg-broke-my-bone', 'my boyfriend broke my nose in the summer', 'my boyfriend fixed my bike in the summer'],
  ['sg-not-home-if-found', 'si se entera de esta llamada mejor no vuelvo a casa', 'si se entera de la fiesta sorpresa llego tarde a casa'],
  ['sg-armed-wait', 'i waited by his locker with my baton for an hour', 'i waited by his locker with my coffee for an hour'],
  ['sg-weapon-to-head', 'le puse el cuchillo en el cuello y se calló', 'le puse el collar en el cuello y se calló'],
  ['sg-in-a-bag', 'a ese lo quiero ver en una bolsa', 'a ese lo quiero ver en una boda'],
  ['sg-join-the-dead', 'since the lads died in the crash i think i should join them', 'since the lads joined the union i think i should join them'],
  ['sg-nerve-drunk', 'a few drinks first so i do not chicken out', 'a few drinks first so i do not get bored at the wedding'],
  ['sg-reckless-see', 'manejo sin cinturón y rápido a ver qué pasa', 'manejo con cinturón y despacio a ver qué pasa con el tráfico'],
  ['sg-reckless-bends', 'no helmet on the quad and i take the bends fast on purpose', 'new helmet on the quad and i take the bends slowly'],
  ['sg-es-cigarette', 'me apagué un cigarro en la muñeca, sin querer queriendo', 'me apagué un cigarro antes de entrar a la consulta'],
  ['sg-hurt-just-enough', 'i go behind the shed and hurt myself, just enough to feel it', 'i hurt my back behind the shed, just enough to need a rest'],
  ['sg-emergency-exit', 'ni loca le doy las pastillas, son mi salida de emergencia', 'ni loca le doy las pastillas, son de mi mamá'],
  ['sg-not-plan-past', "i haven't renewed the lease, i don't plan on being around in march", "i haven't renewed the lease, i don't plan on staying in this flat"],
  ['sg-not-plan-past', 'la audiencia es el lunes y no pienso llegar a esa fecha', 'la audiencia es el lunes y no pienso llegar tarde a esa cita'],
  ['sg-no-return', "some nights i think about walking into the bush and not coming back", "some nights i think about walking into the bush and camping out"],
  ['sg-looked-up', "i've been looking up which bridges have no railings", "i've been looking up which bridges have bike lanes"],
  ['sg-so-nobody-has-to', 'i labelled every box so nobody has to sort my stuff', 'i labelled every box so nobody has to guess the kitchen drawers'],
  ['sg-slam-hand', 'i slam my hand in the drawer on purpose when i mess up', 'i slammed my hand in the drawer by accident when i was cooking'],
  ['sg-es-own-blows', 'cuando me equivoco me doy golpes en la frente con el puño', 'cuando me equivoco me doy cuenta enseguida'],
  ['sg-es-own-blows', 'los moratones no son de la bici, me los hago yo', 'los tamales no son de la tienda, me los hago yo'],
  ['sg-pain-calms', 'seeing the blood is the only thing that calms me down', 'a cup of tea is the only thing that calms me down'],
  ['sg-pain-calms', 'i cut a little, just to feel something', 'i went skydiving, just to feel something new'],
];

const GRIEF: RuleCase[] = [
  ['ls-ground-beside', 'i would sooner be in the ground beside her', 'i would sooner be in the garden beside her'],
  ['ls-ground-beside', 'parada en el andén pienso un paso y ya estoy con mi hermano', 'parada en el andén pienso en el paso de mi hermano'],
  ['ls-waste-away', 'i have stopped eating, maybe i get to her quicker', 'i have stopped eating late, maybe i get to sleep quicker'],
  ['ls-tell-take-me', 'every night i keep telling god to just take me', 'every night i keep telling god to just take care of them'],
  ['ls-soon-with-you', 'le digo a su foto: pronto estoy contigo, y no es un decir', 'le digo a mi hija: pronto estoy contigo, salgo a las seis'],
  ['ls-my-turn', 'my uncle killed himself at fifty and i am fifty now, i am next', 'my uncle retired at fifty and i am fifty now, i am next'],
  ['ls-my-turn', 'it should have been me driving, and i am going to make that right', 'it should have been me driving, the roads were icy'],
  ['ls-give-away-no-need', 'estoy regalando mis libros, total ya pa qué los quiero', 'estoy regalando mis libros, ya no caben en la casa'],
  ['ls-opioid-in-case', 'guardé la morfina de mi esposo, por si acaso', 'devolví la morfina de mi esposo a la farmacia'],
];

describeRuleCases('rules-signs.ts', RULES_SIGNS, SIGNS);
describeRuleCases('rules-grief.ts', RULES_GRIEF, GRIEF);

describe('follow-ups from the spent v41 (context-followup.ts)', () => {
  it('a gun "in the home", in either language and either order', () => {
    fires('yeah, my husband\'s pistol, in the nightstand', 'are there any guns in the home?');
    fires('sí, la escopeta de mi abuelo', '¿hay armas en la casa?');
    quiet('no, none at all', 'are there any firearms in the home?');
    quiet('no, ninguna, nunca hemos tenido', '¿alguien en casa tiene armas?');
  });
  it('a means to be handed over as agreed: a no is the risk', () => {
    fires('no, i put them in my sock drawer', 'did you get rid of the pills like we discussed?');
    fires('no, la escondí en el ropero', '¿le entregó la pistola a su hermano como acordamos?');
    quiet('yes, my son took them on saturday', 'did you hand over the pills like we agreed?');
  });
  it('how often a self-harm named earlier happens: anything but better or stopped', () => {
    fires('twice this week, worse after the court date', 'how often is the cutting happening now?');
    quiet('better, honestly, not since the group started', 'how often is the cutting happening now?');
  });
  it('goodbyes asked about: what was done, not an explained no', () => {
    fires('i wrote to my sister and my old coach', 'you said you have been saying goodbye to people?');
    quiet('no, we are moving house, that is all', 'you mentioned giving your things away?');
  });
  it('"not without him" answers whether the patient may go out alone', () => {
    fires('not without his mother', 'are you allowed to leave the house on your own?');
    fires('solo con mi suegra', '¿puede salir de la casa cuando quiere?');
    quiet('yes, of course, i go to the market every day', 'are you allowed to leave the house on your own?');
  });
  it('the usted form of the raised-blades question', () => {
    fires('escondí un par en el costurero', '¿todavía tiene las hojitas de afeitar?');
  });
});

describe('masks from the spent v43 (young people)', () => {
  it('a death wish over the wifi or the pizza, a game kill, "me toca ser" are quiet', () => {
    expect(statementHit('kms the wifi dropped again during ranked')).toBeNull();
    expect(statementHit('me quiero morir, lleva una hora cargando')).toBeNull();
    expect(statementHit('in fortnite i kill everyone in the lobby')).toBeNull();
    expect(statementHit('en el among us siempre me toca ser impostor')).toBeNull();
  });
  it('but not with a method, a "for real", or a reflexive', () => {
    expect(statementHit('i want to die and the wifi is down so i cannot even look up how to do it')?.category).toBe('suicidal');
    expect(statementHit('after fortnite i am going to shoot them all for real')?.category).toBe('harm-others');
    expect(statementHit('we met on minecraft and agreed to kill ourselves the same day')?.category).toBe('suicidal');
  });
});
