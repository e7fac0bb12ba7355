// Session 29: answers that carry the risk in their form rather than a yes (how often, a number on a
// scale, who caused an injury), the instruments' own question wording, the plain late rules, and a
// negated rule that holds the learned stage back only in its own category. Every example is written
// here, not copied from any set.
import { describe, expect, it } from 'vitest';
import { detectRisk, scanRules } from '../../src/safety/detect';
import { injuryCause } from '../../src/safety/injury-cause';
import { normalize } from '../../src/safety/normalize';
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
  ['pl-jab-into-me', 'i whack myself on the legs until they bruise', 'i whacked my head on the cupboard door this morning'],
];
describeRuleCases('rules-plain.ts', RULES_PLAIN, PLAIN);

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
