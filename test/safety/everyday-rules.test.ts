// rules-everyday.ts: risk told in everyday words, each rule beside a neighbour that must stay quiet.
// Examples written here, not copied from any set.
import { RULES_EVERYDAY } from '../../src/safety/rules-everyday';
import { describeRuleCases, type RuleCase } from './rule-cases';

const cases: RuleCase[] = [
  ['ev-fresh-marks', 'i have fresh marks i do not want my sister to see', 'the new marks on the wall are from the movers'],
  ['ev-fresh-marks', 'en verano me da pena porque se ven las cicatrices frescas', 'las cicatrices de la cesárea ya están blancas'],
  ['ev-relapse', 'sixty days clean from the blades and i lost it on friday', 'sixty days clean from alcohol, my sponsor is proud'],
  ['ev-tool-ready', 'llevo el sacapuntas desarmado en la mochila, por si acaso', 'se me rompió el sacapuntas en clase'],
  ['ev-tool-ready', 'i take the razor from the cabinet when it gets too loud in my head', 'i take the razor to shave every morning'],
  ['ev-skin-until', 'i scratch my forearms raw when the baby screams', 'the eczema makes me scratch at night'],
  ['ev-pray-taken', 'the lord can take me any time now, i asked him to', 'god took my mother last spring, she was ninety'],
  ['ev-pray-taken', 'i told god to just carry me, i am done', 'i told god thank you for my grandson'],
  ['ev-ancestors', 'i am ready to meet my ancestors now, this life has finished me', 'i am ready to meet my in laws next week'],
  ['ev-goodbye-unknown', 'i said goodbye to my brother on sunday and he did not know that is what it was', 'i said goodbye to my brother at the airport, he flies to lagos'],
  ['ev-garage-engine', 'i sat in the car in the garage with the engine running for an hour', 'i let the car warm up in the driveway with the engine running'],
  ['ev-poison-self', 'compré veneno para mí, no para las ratas', 'compré veneno para las ratas del patio'],
  ['ev-poison-self', 'si me muero esta noche me hacen un favor', 'si me muero de hambre es culpa del ayuno de mañana'],
  ['ev-not-needing', 'cancelé el gimnasio, no voy a necesitar nada de eso ya', 'cancelé el gimnasio porque me mudo de ciudad'],
  ['ev-weapon-man', 'i will wound that man with a machete, the one who cheated my sister', 'i will cut the hedge with a machete this weekend'],
  ['ev-weapon-man', 'i will chop that man with a cutlass, i have sworn it', 'i will chop the yams with a cutlass for the party'],
  ['ev-iron-habit', 'sigo quemándome el antebrazo con la plancha del pelo cuando me agobio', 'me quemé con la plancha sin querer'],
  ['ev-fire-inside', 'le voy a prender fuego a su casa con él dentro', 'le prendimos fuego a la leña con los niños mirando'],
  ['ev-pillow-stairs', 'i have had thoughts of putting a pillow over my husband s face', 'i put a pillow under my husband s knees at night'],
  ['ev-pillow-stairs', 'i do not trust myself around the baby when she will not stop', 'i do not trust myself around chocolate'],
  ['ev-eggshells', 'i walk on eggshells at home, one wrong word and he explodes', 'i walk on eggshells around my boss at month end'],
  ['ev-hide-children', 'cuando escucho su camioneta llegar meto a los niños al cuarto y cierro con llave', 'cuando escucho la lluvia meto la ropa'],
  ['ev-shaken-thrown', 'mi suegra me zamarrea cuando no le gusta la comida', 'el perro zamarrea su juguete'],
  ['ev-shaken-thrown', 'he grabbed my wrist so hard it went purple', 'my daughter grabbed my arm when i slipped on the ice'],
  ['ev-asr-explicit', 'la verdad ya no quiero bibir así', 'quiero bibir en la playa algún día'],
];

describeRuleCases('rules-everyday.ts', RULES_EVERYDAY, cases);
