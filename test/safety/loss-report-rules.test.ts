// Session-11 rules (issue 14): risk told through a loss (rules-loss.ts), through a screening form or
// a rating (rules-self-report.ts), blows and grips in Spanish, a weapon kept "pa cuando", and the
// everyday neighbours of older rules found by training round v14's hard negatives. Each kind fires
// with its category and rule; its everyday neighbour stays quiet. Lines written for this test.
import { describe, expect, it } from 'vitest';
import { detectRiskRules, statementHit } from '../../src/safety/detect';

const fires: [string, string, string][] = [
  ['suicidal', 'en-join-dead', "my husband passed in june and i keep telling him wait for me, it won't be long"],
  ['suicidal', 'en-join-dead', "grandpa, if you're listening, i'm coming soon"],
  ['suicidal', 'es-reunirse-muerto', 'mi papá que en paz descanse, le digo guárdame un lugar, ya casi llego'],
  ['suicidal', 'es-reunirse-muerto', 'desde que se murió mi esposa le hablo en las noches, pronto estaré contigo, le digo'],
  ['suicidal', 'en-if-dies-i-go', "if my daughter doesn't make it i go with her, simple as that"],
  ['suicidal', 'es-si-muere-me-voy', 'si el niño se muere yo me voy detrás de él, eso ya lo tengo claro'],
  ['suicidal', 'en-wish-attack-fatal', 'sometimes i wish the driver had finished the job that night'],
  ['suicidal', 'es-ojala-me-hubiera', 'ojalá me hubieran matado en el asalto, de verdad se lo digo'],
  ['suicidal', 'en-form-often', "the form you sent, the hurting yourself one, i put more than half the days"],
  ['suicidal', 'en-form-often', 'question nine on the sheet, i ticked nearly every day'],
  ['suicidal', 'es-formulario-seguido', 'en el cuestionario, lo de quitarse la vida, marqué varios días'],
  ['suicidal', 'es-formulario-seguido', 'la pregunta 9 la contesté con casi todos los días'],
  ['suicidal', 'en-will-to-live-low', 'will to live this week, honestly a one out of ten'],
  ['suicidal', 'es-ganas-vivir-bajo', 'de ganas de vivir ando en un uno de diez'],
  ['abuse', 'es-me-da-golpes', 'mi cuñado me da de cachetadas si no le paso la renta'],
  ['abuse', 'es-me-da-golpes', 'cuando le contesto me agarra del cuello'],
  ['abuse', 'es-me-da-golpes', 'mi suegra me echó el café hirviendo en el brazo'],
  ['abuse', 'en-ab-takes-it-out', 'when he loses at cards he takes it out on me, with his belt mostly'],
  ['harm-others', 'es-dano-otros', 'tengo ganas de matar al encargado del taller'],
  ['harm-others', 'es-ho-arma-para', 'ando con el machete en la mochila, pa cuando lo vuelva a ver'],
];

const quiet = [
  // Death and "see you" in grief and on a call, never going to the dead.
  'my mom passed last spring, i visit her grave and tell her see you next sunday',
  "my phone died, i'm coming back on in a second",
  'dad died in 2019, i am coming back to work on monday',
  'se murió el celular, espérame tantito',
  'mi abuela murió hace años, la recuerdo con cariño, ya voy a cumplir treinta',
  // A life tied to another's, said of care, not of dying.
  "if my son gets the transplant i'm going with him to the hospital",
  // Forms about other things, and "not at all".
  'on the anxiety form, the worrying thoughts one, i put more than half the days',
  'question nine, i put not at all',
  'en el cuestionario del sueño puse casi todos los días',
  'pain is a two out of ten today',
  // Blows that are not abuse.
  'nos dieron una paliza en el fútbol, cinco a cero',
  'el bebé me da patadas toda la noche',
  'no me da cachetadas, nunca me ha tocado',
  'me dieron ganas de matar al de sistemas, tres horas sin internet',
  'quiero matar a la cucaracha del baño',
  // A knife "for when" is a kitchen knife.
  'compré un cuchillo nuevo para cuando venga mi suegra a cocinar',
  // Everyday neighbours of older rules (round v14's hard negatives, reworded).
  "i've been purging my inbox, four thousand emails",
  'the pharmacist counted my tablets wrong, i am short ten, can you send a new prescription',
  'my wife tracks my location and i track hers, we both agreed after the accident',
  "i wrote goodbye messages for my last day at the office",
  "i'm afraid to go home tonight because the heating's broken",
  'ya no quiero seguir estudiando contabilidad',
  'ya no puedo más con este tráfico',
  'estoy contando las pastillas para ver si me alcanzan hasta la receta',
  'tengo que tomar todas las pastillas juntas en la mañana',
  'me despedí de todos en la oficina, veinte años ahí',
  'el dolor de rodilla es terrible, no me deja trabajar',
  'mi mamá me revisa el celular porque tengo doce años',
];

describe('session-11 rules: loss, self-report, blows, weapons kept', () => {
  for (const [cat, id, text] of fires)
    it(`fires (${id}): ${text}`, () => expect(statementHit(text)).toMatchObject({ category: cat, rule: id }));
  for (const text of quiet) it(`stays quiet: ${text}`, () => expect(statementHit(text)).toBeNull());
});

describe('"do you feel safe?" answered no, with praise of the partner as the reason', () => {
  const reply = (text: string, context: string) => detectRiskRules({ text, context });
  it('a no followed by praise is a safe answer', () => {
    expect(reply("no, no, he's a sweetheart, honestly", 'do you feel unsafe with your partner?')).toBeNull();
    expect(reply('no, ella es muy buena conmigo', '¿se siente segura en su casa?')).toBeNull();
  });
  it('praise with a condition, or a no alone, still discloses', () => {
    expect(reply('no, él me trata bien cuando no toma', '¿se siente segura en su casa?')?.category).toBe('abuse');
    expect(reply('no, not really', 'do you feel safe at home?')?.category).toBe('abuse');
  });
});
