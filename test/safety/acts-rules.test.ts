// rules-acts.ts (session 31): first-person acts the older rules let through. Every example is written
// here, not copied from any set: each rule fires on its risk reading and stays quiet on a neighbour
// that shares its words (a game, a text message, an accident, someone else's act, a denial).
import { describe, expect, it } from 'vitest';
import { detectRisk, statementHit } from '../../src/safety/detect';
import { RULES_ACTS } from '../../src/safety/rules-acts';
import { describeRuleCases, type RuleCase } from './rule-cases';

const ACTS: RuleCase[] = [
  ['ac-hit-close', 'last night i slapped my girlfriend during the argument', 'last night i beat my girlfriend at scrabble again'],
  ['ac-hit-close', 'when the kids will not sleep i have smacked the toddler more than once', 'i hit my son up for a lift to the clinic'],
  ['ac-hit-close', 'i shoved my husband into the door frame', "i hit my husband's car backing out of the garage"],
  ['ac-es-hit-close', 'el domingo le di una cachetada a mi hijo delante de todos', 'el domingo le di las llaves a mi hijo delante de todos'],
  ['ac-es-hit-close', 'le pegué a mi esposa cuando llegué tomado', 'a mi comadre le pegaba el marido cuando llegaba tomado'],
  ['ac-throw-child', 'at four in the morning i nearly threw the baby against the wall', 'at four in the morning i nearly threw my phone against the wall'],
  ['ac-throw-child', 'me dieron ganas de aventar al bebé contra la pared', 'me dieron ganas de aventar el celular contra la pared'],
  ['ac-head-wall', 'when the voices get loud i slam my head against the bedroom wall', 'i slammed my head on the car door getting in, what an idiot'],
  ['ac-head-wall', 'cuando me desespero me doy cabezazos contra la pared del baño', 'me di con la cabeza en la repisa de la cocina sin querer'],
  ['ac-bite-pinch', 'i bite myself on the forearm when the baby will not settle', 'i pinch myself to stay awake on the night shift'],
  ['ac-bite-pinch', 'me muerdo los brazos cuando nadie me ve', 'el perro me mordió la mano jugando'],
  ['ac-kept-all-once', 'i kept every tablet they gave me so i could take them all together', 'i kept every tablet they gave me in the box they came in'],
  ['ac-kept-all-once', 'voy juntando las gotas para tomármelas todas de un jalón', 'voy juntando las gotas en un frasquito para el viaje'],
  ['ac-not-yet-through', "the rope is in the garage, i just haven't gone through with it yet", "the trip is booked, i just haven't gone through the itinerary yet"],
  ['ac-not-afraid-dying', "i'm not scared of dying anymore and that is new", "i'm not scared of flying anymore and that is new"],
  ['ac-one-too-many', 'en esta casa sobra alguien y esa soy yo', 'en esta casa sobra comida y la tiramos'],
  ['ac-one-too-many', 'one of us has to go and it is going to be me', 'one of us has to go to the pharmacy before it closes'],
  ['ac-present-plan', "i'm jumping off the bridge tonight, i've made up my mind", "i'm jumping off the bridge into the river with the kids this summer"],
  ['ac-present-plan', "i'm driving the ute into the dam after the auction", "i'm driving the ute into town after the auction"],
  ['ac-present-plan', "i'm ending it this weekend, i've written to my brother", "i'm ending it with him this weekend, i've written to my brother"],
  ['ac-present-plan', "i'm doing it tonight, the pills are in the drawer", "i'm doing it tonight, the tax return is in the drawer"],
  ['ac-our-child', 'my partner shoved our toddler into the coffee table', 'my husband beat our son at draughts again last night'],
  ['ac-es-hit-with', 'mi pareja me ha pegado con el cinturón cuando bebe', 'mi pareja me ha pegado el resfriado de la oficina'],
  ['ac-es-child-neck', 'a la nena la agarró del cuello porque no se callaba', 'a la nena le agarró la tos anoche y no se callaba'],
  ['ac-look-accident', "i'd swerve into the pylon so it looks like an accident for the insurance", "i'd swerve round the pylon, it looks like an accident spot"],
  ['ac-do-the-same', 'dos compañeros se mataron este año y estoy pensando en hacer lo mismo', 'dos compañeros se jubilaron este año y estoy pensando en hacer lo mismo'],
  ['ac-do-the-same', "my cousin killed himself in may and i've been thinking about doing the same", "my cousin killed himself in may and i've been thinking about his kids a lot"],
  ['ac-trigger', 'the rifle was in my mouth and i almost pulled the trigger', 'we almost pulled the trigger on the new tractor, then the bank said no'],
  ['ac-finish-job', "i should've died in that rollover, so i'll finish the job myself", "the builder walked off, so i'll finish the job myself"],
  ['ac-grievance-kill', 'the man who hurt my daughter gets out in june and i am going to kill him', 'the man who fixed my daughter\'s car gets paid in june and i am going to thank him'],
  ['ac-grievance-kill', 'a ese le voy a romper las piernas cuando lo vea', 'a ese le voy a romper el récord cuando lo vea'],
  ['ac-too-late', 'no se lo he dicho, y cuando se entere ya va a ser tarde', 'no se lo he dicho, y cuando se entere de la fiesta ya va a ser tarde para quejarse'],
  ['ac-too-late', 'nobody would find out until after, i made sure of that', 'nobody would find out until after the wedding, so we kept the baby news quiet'],
  ['ac-untaken-saved', 'i stopped taking the sertraline so i could save it', 'i stopped taking the sertraline because it made me sick'],
  ['ac-where-unseen', 'i only do it where my shorts cover, so nobody asks', 'i only wear the brace where my shorts cover it'],
  ['ac-blades-not-shaving', 'compré hojitas nuevas y no son para depilarme', 'compré hojitas nuevas para depilarme las piernas'],
  ['ac-touches-child', 'el pololo de mi mamá manosea a mi hija', 'el pololo de mi mamá peina a mi hija'],
  ['ac-touches-child', 'el novio de mi hermana toca a mi nena cuando la cuida', 'el novio de mi hermana nunca toca a mi nena, ni la carga'],
];

describeRuleCases('rules-acts.ts', RULES_ACTS, ACTS, () => {
  it('the idiom of banging one\'s head against a wall stays quiet', () => {
    expect(statementHit('with this insurance claim i am banging my head against a brick wall')).toBeNull();
    expect(statementHit('me doy cabezazos contra la pared con este trámite')).toBeNull();
    expect(statementHit('i bang my head on the bathroom wall when the crying starts')?.rule).toBe('ac-head-wall');
  });
  it('a negator right before the act negates it; one earlier in the line, about something else, does not', () => {
    expect(statementHit('no me doy cabezazos contra la pared, eso ya pasó')).toBeNull();
    expect(statementHit("when he won't stop crying i bang my head on the kitchen wall")?.rule).toBe('ac-head-wall');
    expect(statementHit('i never hit my wife, not once')).toBeNull();
    expect(statementHit("she won't listen so i punched my wife")?.rule).toBe('ac-hit-close');
  });
  it('the whole detector reads the act with its category, and the neighbours stay quiet', () => {
    expect(detectRisk({ text: 'i punched my partner last night and she is pregnant' })?.category).toBe('harm-others');
    expect(detectRisk({ text: 'i bite and pinch myself when the baby will not settle' })?.category).toBe('self-harm');
    expect(detectRisk({ text: 'i beat my son at chess and he sulked all evening' })).toBeNull();
  });
  it('a plan in the present tense after a trifling condition is hyperbole', () => {
    expect(statementHit("if the scale says i gained again i'm jumping off a cliff into a pool")).toBeNull();
    expect(statementHit("i'm jumping off a cliff tonight, my mind is made up")?.rule).toBe('ac-present-plan');
  });
  it('a threat over a trifle is the idiom, unless it is said to be meant and planned (masks-rules.ts)', () => {
    expect(statementHit("i'll kill her if she leaves the gate open again, honestly")).toBeNull();
    expect(statementHit("i'll kill her if she leaves with the baby again, i mean it, i've planned how")?.category).toBe('harm-others');
  });
});
