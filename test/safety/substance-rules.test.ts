// Session 30: risk told inside alcohol and drug use (rules-substance.ts), and the denials and masks
// added with it. Every example is written here, not copied from any set.
import { describe, expect, it } from 'vitest';
import { statementHit } from '../../src/safety/detect';
import { RULES_SUBSTANCE } from '../../src/safety/rules-substance';
import { describeRuleCases, quiet, type RuleCase } from './rule-cases';

const SUBSTANCE: RuleCase[] = [
  ['sb-all-at-once', 'i am going to take the whole week of take homes at once on friday', 'i am going to take the whole week off at once in august'],
  ['sb-all-at-once', 'me voy a tomar las dosis de toda la semana juntas', 'me voy a tomar las vacaciones de toda la semana juntas'],
  ['sb-drink-to-death', 'my plan is drinking myself to death, literally, that is the plan', 'my uncle was drinking himself to death and we staged an intervention'],
  ['sb-drink-to-death', 'pienso tomar hasta morirme este fin', 'pienso tomar hasta el domingo nomás'],
  ['sb-od-not-accident', 'the overdose last spring was not an accident', 'the overdose last spring was in the news'],
  ['sb-no-call-next', 'la próxima vez no le aviso a nadie', 'la próxima vez le aviso a todos'],
  ['sb-no-call-next', 'i take both at night so that i never wake up', 'i take both at night so that i sleep through'],
  ['sb-wish-died', 'ojalá no me hubieran revivido en la ambulancia', 'ojalá no me hubieran cobrado la ambulancia'],
  ['sb-cut-deeper', 'i cut way deeper than i meant on saturday', 'i cut the grass on saturday'],
  ['sb-cut-deeper', 'me marqué la panza con el encendedor para no salir a comprar', 'me quemé los dedos con cerillos sin querer'],
  ['sb-knocked-over', 'my son knocked me over when i would not give him money', 'the wind knocked me over when i went for my pills'],
  ['sb-knocked-over', 'mi papá nos deja encerrados en el baño', 'mi papá nos deja jugar en el baño'],
  ['sb-child-left-to-use', 'i left my baby asleep in the car while i went to score', 'i left my baby asleep in the car while i paid for the petrol'],
  ['sb-naloxone-away', 'i gave the narcan to my cousin, gave it away on purpose', 'i keep the narcan in my bag like they told me'],
  ['sb-naloxone-away', 'no quiero que me revivan otra vez', 'no quiero que me operen otra vez'],
  ['sb-push-dose', 'i keep doing bigger shots on purpose to see', 'i keep doing bigger workouts on purpose to see'],
  ['sb-push-dose', 'i had a bit more than usual so i would drift off', 'i had a bit more than usual at the wedding'],
  ['sb-drunk-at-door', 'her ex shows up drunk at night banging on the door', 'her ex shows up late at night with pizza'],
  ['sb-food-to-pills', 'there is never food in the house because dad spends it all on beer', 'there is never food in the house because we eat out'],
  ['sb-blackout-blood', 'i woke up after the blackout with her blood on my hands', 'i woke up after the surgery with my blood pressure low'],
  ['sb-visit-wont-forget', 'once i am out i am paying him a visit he won\'t forget', 'once i am out i am paying him a visit at the care home'],
  ['sb-visit-wont-forget', 'i go looking for that neighbour and my brother has to hold me back', 'i go looking for that neighbour and my brother has to lend me a torch'],
  ['sb-pay-with-skin', 'every sober day i pay for it with my arms', 'every sober day i pay for it with my time'],
  ['sb-pay-with-skin', 'i dug into my wrist with my keys outside the bar', 'i dug into my bag for my keys outside the bar'],
];

describeRuleCases('rules-substance.ts', RULES_SUBSTANCE, SUBSTANCE);

describe('the denials and masks from the spent v42', () => {
  it('a joke put aside with "no, en serio", a trifle threat told in the past', () => {
    quiet('solo cuando pierde el equipo, jaja, no, en serio, estoy bien', '¿has tenido ideas de morirte?');
    expect(statementHit('my dad said he would kill me if i missed the game again')).toBeNull();
    expect(statementHit('my dad said he would kill me if i left him')?.category).toBe('abuse');
  });
  it('a calm that came with a decision is a warning sign; a calm after choosing a course is not', () => {
    expect(statementHit('since the relapse i feel at peace, like when you have made the decision')?.category).toBe('suicidal');
    expect(statementHit('i feel calm since i picked the course, it was a big decision')).toBeNull();
  });
});
