// rules-means.ts: risk told through its means and verb forms, each rule beside a neighbour that must
// stay quiet. Examples written here, not copied from any set.
import { expect, it } from 'vitest';
import { detectRisk, statementHit } from '../../src/safety/detect';
import { RULES_MEANS } from '../../src/safety/rules-means';
import { describeRuleCases, type RuleCase } from './rule-cases';

const cases: RuleCase[] = [
  ['mn-jump-height', 'i keep planning to jump off the top of the parking structure at the mall', 'we jumped off the dock into the lake all summer'],
  ['mn-jump-height', 'i might just leap from the dam one of these nights', 'if i hear that ringtone again i will jump off the top floor lol'],
  ['mn-in-front', 'i looked at the timetable, i want to lie down in front of the next freight', 'i had to step in front of the bus to wave it down'],
  ['mn-in-front', 'after finals i am going to step in front of one of those trains', 'i walked into the traffic office to pay the fine'],
  ['mn-drive-edge', 'some nights i want to drive the truck off the edge of the canyon road', 'i drove the truck off the ferry at dover'],
  ['mn-gun-own-head', 'last week i held the pistol to my head in the garage', 'the officer held the pistol to his side'],
  ['mn-gun-own-head', 'tengo la pistola de mi papá y el domingo me la puse en la sien', 'me puse la gorra en la cabeza por el sol'],
  ['mn-gun-own-head', 'after the night shift i held my service weapon under my chin for an hour', 'after the night shift i held my service weapon out for the armourer'],
  ['mn-gun-own-head', 'anoche me puse la escopeta de caza debajo de la barbilla', 'anoche me puse la bufanda de lana debajo de la barbilla'],
  ['mn-es-shoot-self', 'he pensado en dispararme con la escopeta de caza', 'se me disparó el azúcar después de la fiesta'],
  ['mn-es-want-die-gerund', 'ando queriendo morirme desde que me dejó', 'ando queriendo mudarme desde que me dejó'],
  ['mn-es-want-die-gerund', 'me la paso deseando no despertar', 'me la paso deseando que llegue el viernes'],
  ['mn-overdose-purpose', 'si recaigo me meto una sobredosis y ya', 'los domingos me meto una sobredosis de series'],
  ['mn-overdose-purpose', 'ya tengo pensada una sobredosis a propósito para el sábado', 'el médico dijo que fue una sobredosis accidental de mi vecino'],
  ['mn-own-body', 'when i panic i pinch my own arms so nobody hears me', 'i bit my own tongue by accident at dinner'],
  ['mn-es-prick-bleed', 'me pincho los dedos con un alfiler hasta sangrar', 'me pinché con un alfiler cosiendo el vestido'],
  ['mn-es-started-cut', 'en la cuarentena me empecé a cortar otra vez', 'me puse a cortar la cebolla para la cena'],
  ['mn-es-head-wall', 'me estrello la cabeza contra el espejo cuando me desespero', 'mi nieto me pegó con la cabeza jugando'],
  ['mn-poison-food', 'a veces pienso en ponerle todas sus calmantes en el caldo a mi suegro', 'le echo sal en la comida a mi papá aunque no debe'],
  ['mn-poison-food', 'i have thought about crushing sleeping pills into her coffee', 'i crush my own pills into applesauce to swallow them'],
  ['mn-weapon-head', 'i swear i am taking my cane to that nurse s face next time she is rough', 'i will take a bat to the batting cage on saturday'],
  ['mn-done-living', 'honestly i am just done living, i do not want to be here', 'i am done living like this, i am moving out of his place'],
  ['mn-es-kill-tool', 'si vuelve a entrar a mi terreno lo mato a machetazos', 'a mi nieto lo mato a besos cuando viene'],
];

describeRuleCases('rules-means.ts', RULES_MEANS, cases, () => {
  it('"killing myself on the treadmill" stays the idiom; on the anniversary it is a date', () => {
    expect(detectRisk({ text: 'i have been killing myself on the treadmill every morning' })).toBeNull();
    expect(statementHit('i am killing myself on the anniversary of the crash')?.category).toBe('suicidal');
  });
});
