// Session-23 rules (issue 14): plain forms the rules missed, each next to the everyday neighbour that
// must stay quiet. Lines written for this test, not taken from any evaluation set:
// - a threat to kill a person made serious by what follows ("that's what I meant", "with my own
//   hands", "I don't care if I go to prison"), or restated when the clinician asks what it meant;
// - an urge to jump told after a question that names the bridge or the platform;
// - "finish myself" and "thinking to die" (Englishes where these are the plain words);
// - a child or an elder hit at home, told in the third person, in Spanish and English;
// - a reported threat in Spanish ("me dijo que me va a matar si lo dejo");
// - nervous laughter before a "no sé" does not take a disclosure back;
// - a person named after "who gave you those bruises?";
// - death preferred to more treatment; a painless way searched for; a weapon kept for a person.
import { describe, expect, it } from 'vitest';
import { detectRisk, detectRiskRules, scanRules, statementHit } from '../../src/safety/detect';
import { completesQuestion } from '../../src/safety/context-completes';
import { normalize } from '../../src/safety/normalize';

const fires: [string, string, string][] = [
  ['harm-others', 'en-kill-other', "i'm going to kill him, that's exactly what i meant"],
  ['harm-others', 'en-kill-other', "i'll kill him with my own two hands if he touches her again"],
  ['harm-others', 'en-kill-other', "i'm gonna kill him, i don't care if i go to prison for it"],
  ['harm-others', 'es-lo-matar', 'al vecino lo voy a matar, eso es lo que quise decir'],
  ['harm-others', 'es-lo-matar', 'a ese lo voy a matar con mis propias manos'],
  ['harm-others', 'es-lo-matar', 'lo voy a matar, me da igual acabar en la cárcel'],
  ['suicidal', 'en-finish-self', 'honestly sister i am thinking to finish myself, the pressure is too much'],
  ['suicidal', 'en-finish-self', 'some nights i just want to finish myself off'],
  ['suicidal', 'en-think-to-die', 'since the divorce i am thinking only to die, nothing else'],
  ['abuse', 'es-pega-a-ninos', 'mi pareja le pega a la nena cuando llora'],
  ['abuse', 'es-pega-a-ninos', 'el señor que la cuida le pega a mi mamá, tiene moretones'],
  ['abuse', 'es-pega-a-ninos', 'a la chiquita ya le pegó dos veces'],
  ['abuse', 'es-pega-a-ninos', 'si no le contesto el teléfono le pega a mi hijo'],
  ['abuse', 'en-abused-by', 'he hit the youngest one with a shoe last week'],
  ['abuse', 'en-abused-by', 'my stepdad slaps my little ones when i am at work'],
  ['abuse', 'es-amenaza-matar', 'me dijo que me va a matar si me voy con los niños'],
  ['suicidal', 'es-matarme', 'jaja perdón, pero sí, pienso en matarme, jaja, no sé por qué me da risa'],
  ['suicidal', 'en-want-die', "i'd rather be dead than go through another round of chemo"],
  ['suicidal', 'es-buscar-sin-dolor', 'ya busqué en internet cómo hacerlo sin dolor'],
  ['harm-others', 'en-weapon-in-case', 'i keep a knife in my bag in case my ex shows up at work'],
];

const quiet = [
  // A threat over a trifle, or said without a serious frame, stays the idiom.
  'my sister ate my cake, i am going to kill her',
  "i'm going to kill him if he's late again",
  'lo voy a matar si llega tarde otra vez',
  'mi mamá me va a matar',
  'mi mamá dijo que me va a matar si llego tarde',
  // Finishing things oneself, and dying that is not wanted.
  "i'll finish it myself tomorrow",
  'i need to finish myself the report before friday',
  'i thought to die my hair red',
  // An illness or the sun that "catches" a child, siblings' games.
  'al niño le pegó la gripa en la guardería',
  'la varicela le pega a los niños más fuerte',
  'el sol le pega a la nena en la cara por la ventana',
  // Laughter that does take it back.
  'jaja no, es broma, me mato de risa con ese programa',
  // Death preferred to a trifle.
  "i'd rather die than go to that party",
  "i'd rather be dead than wear that jumper",
  // A painless procedure looked up, a fear of a treatment.
  'busqué cómo hacerlo sin dolor, lo de la depilación',
  'me da miedo lo que me pueda hacer la quimio',
  // A tool kept for the weather.
  'i keep a shovel in the car in case it snows',
];

describe('session-23 plain forms', () => {
  for (const [cat, id, text] of fires)
    it(`fires (${id}): ${text}`, () => expect(statementHit(text)).toMatchObject({ category: cat, rule: id }));
  for (const text of quiet) it(`stays quiet: ${text}`, () => expect(statementHit(text)).toBeNull());
  it('a "no" right before the verb denies a blow; one further back does not', () => {
    expect(statementHit('no, él nunca le pega a los niños')).toBeNull();
    expect(statementHit('si no contesto, le pega a mi hermanita')).toMatchObject({ rule: 'es-pega-a-ninos' });
  });
});

describe('replies that complete the question (context-completes.ts)', () => {
  const reply = (text: string, context: string) => detectRiskRules({ text, context });
  it('a plain threat restated when asked what it meant', () => {
    expect(reply("that i'm going to kill him", 'what did you mean when you said he would regret it?')).toMatchObject({ category: 'harm-others', rule: 'ctx-restated-threat' });
    expect(reply('que la voy a matar', '¿qué quiso decir con que ya se las va a pagar?')).toMatchObject({ category: 'harm-others', rule: 'ctx-restated-threat' });
  });
  it('the same words denied, or after another question, stay quiet', () => {
    expect(reply("no, i'm not going to kill him, i was angry", 'what did you mean when you said he would regret it?')).toBeNull();
    expect(reply('no, no la voy a matar, fue un decir', '¿qué quiso decir con eso?')).toBeNull();
    expect(reply("i'm going to kill him", 'how was your weekend?')).toBeNull();
    expect(completesQuestion(normalize('ganas de tirarme'), normalize('¿qué tal el fin de semana?'))).toBeNull();
  });
  it('an urge to jump after a question that names a high place', () => {
    expect(reply('the urge to just jump', 'what goes through your mind when you are on the platform?')).toMatchObject({ category: 'suicidal', rule: 'ctx-place-jump' });
    expect(reply('pues, ganas de aventarme', '¿y qué piensa cuando está en la azotea?')).toMatchObject({ category: 'suicidal', rule: 'ctx-place-jump' });
  });
  it('a jump into water or onto a train, a fear, or a "never" stays quiet', () => {
    expect(reply('i want to jump in and swim', 'what do you do at the bridge on weekends?')).toBeNull();
    expect(reply('ganas de tirarme a la alberca', '¿qué hace en la terraza del hotel?')).toBeNull();
    expect(reply('honestly, fear of heights', 'what goes through your mind on the bridge?')).toBeNull();
    expect(reply('i never want to jump, i just hate heights', 'what goes through your mind on the bridge?')).toBeNull();
  });
  it('a person named after "who gave you those bruises?"; an accident is not', () => {
    expect(reply('my uncle, with a wooden spoon', 'who gave you those bruises?')).toMatchObject({ category: 'abuse' });
    expect(reply('mi cuñado', '¿quién le dejó esas marcas?')).toMatchObject({ category: 'abuse' });
    expect(reply('i walked into the door frame', 'who gave you those bruises?')).toBeNull();
  });
  it('the full detector agrees on a restated threat', () => {
    expect(detectRisk({ text: 'que lo voy a matar', context: '¿qué quiso decir cuando dijo que se iba a arrepentir?' })?.category).toBe('harm-others');
  });
});

describe('the reading the learned stage was trained with (scanRules asTrained)', () => {
  // train-risk.ts reads short context replies with it, so that these rules leave the model's
  // training, and so its weights, as they were (a retrain with them lost recall, masks-rules.ts).
  it('leaves out the late rules and the rules-only narrower masks', () => {
    expect(scanRules('mi esposo le pega a los niños').hit?.rule).toBe('es-pega-a-ninos');
    expect(scanRules('mi esposo le pega a los niños', true).hit).toBeNull();
    expect(scanRules('me dijo que me va a matar si lo dejo').hit?.rule).toBe('es-amenaza-matar');
    expect(scanRules('me dijo que me va a matar si lo dejo', true).hit).toBeNull();
  });
  it('reads everything else alike', () => {
    for (const text of ['i want to kill myself', 'mi esposo me pega', 'this knee is killing me'])
      expect(scanRules(text, true)).toEqual(scanRules(text));
  });
});
