// Session 30: risk told by its signs (rules-signs.ts) and the follow-up questions added with them
// (context-followup.ts): guns "in the home", a means that was to be handed over, how often a named
// self-harm happens, goodbyes, "not without him". Every example is written here, not copied from any set.
import { describe, it } from 'vitest';
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
];

describeRuleCases('rules-signs.ts', RULES_SIGNS, SIGNS);

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
