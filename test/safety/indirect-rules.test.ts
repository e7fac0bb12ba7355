// Indirect risk phrasings (issue 14, src/safety/rules-indirect-*.ts): each kind fires with its
// category, and its everyday neighbour stays quiet. Synthetic lines written for this test (not
// copies of test/safety/train-next).
import { describe, expect, it } from 'vitest';
import { detectRisk, statementHit } from '../../src/safety/detect';
import { spellBare } from '../../src/safety/normalize';

const fires: [string, string][] = [
  ['abuse', 'my husband, he hurts me when he drinks'],
  ['suicidal', "i won't be here for christmas, i've made my peace with it"],
  ['suicidal', "honestly i'm a drain on everyone around me"],
  ['suicidal', 'my husband would have the insurance and be better off after'],
  ['suicidal', 'i was kind of annoyed i woke up this morning'],
  ['suicidal', "i've stopped the warfarin on purpose so if a stroke comes that's that"],
  ['suicidal', "i'm not planning to be here for the results"],
  ['suicidal', "i'd like to fade out, go quiet for good"],
  ['suicidal', "i've given myself until the end of the month"],
  ['suicidal', "i've got enough of the diazepam now to not wake"],
  ['suicidal', 'i checked whether the loft hatch would hold'],
  ['suicidal', "i've worked out the how and the where"],
  ['suicidal', 'i left something for my son to read after'],
  ['suicidal', "i've rehomed my cats and told everyone it was because of work"],
  ['suicidal', "i wouldn't actually go through with it, probably not anyway"],
  ['self-harm', 'i wear long sleeves so nobody at work can see my arms'],
  ['self-harm', 'last night i went too deep'],
  ['self-harm', 'i press a paperclip into my skin'],
  ['harm-others', "i keep a bat in the boot for when i see him"],
  ['harm-others', "i sat outside her flat for three hours with a hammer"],
  ['harm-others', 'he better watch himself'],
  ['abuse', "hell kill me if i leave, he's told me"],
  ['abuse', 'he hides my inhaler when we argue'],
  ['abuse', "i'm not allowed to drive anymore"],
  ['abuse', 'she gets me drunk so i cant say no'],
  ['suicidal', 'every night i ask the lord to take me home'],
  ['suicidal', "i'd rather be dead than be in this pain another winter"],
  ['suicidal', 'the shotgun is loaded and in the closet'],
  ['suicidal', "i don't plan on being around for my birthday"],
  ['suicidal', "i wouldn't mind being gone, honestly"],
  ['self-harm', 'i heated up a hair pin and pressed it to my thigh'],
  ['abuse', 'the carer pinches my mother when nobody is looking'],
  ['abuse', 'i told the nurse i slipped, but it was his fist'],
  ['abuse', 'i sleep with a chair under the handle now'],
  ['suicidal', 'i thought about killing myself on the way here today'],
  ['suicidal', "i've been booking a cabin so my family won't have to find me"],
  ['harm-others', "i could slip some antifreeze in her coffee"],
  ['harm-others', 'me dan ganas de envenenar a mi cunado'],
  ['self-harm', "there was blood on my sleeve from my arm again"],
  ['self-harm', 'me clavo la aguja en la mano en clase'],
  ['suicidal', "if i don't wake up after the operation, that would be fine honestly"],
  ['suicidal', 'ya estoy harta de estar viva'],
  ['suicidal', 'pienso en tirarme desde la azotea del trabajo'],
  ['suicidal', 'he ido guardando las de dormir en un frasquito'],
  ['suicidal', 'tengo todo planeado, nomas me falta el valor'],
  ['suicidal', 'le pido a diosito que ya me recoja'],
  ['suicidal', 'no me agende otra cita doctora, no va a ser necesario'],
  ['self-harm', 'me abro las heridas viejas en la noche'],
  ['harm-others', 'a ese vecino lo voy a dejar en silla de ruedas'],
  ['abuse', 'mi yerno me esconde las pastillas de la presion'],
  ['abuse', 'me da miedo volver a la casa esta noche'],
  // Session 10 (synthetic lines written here).
  ['suicidal', "they'd all breathe easier if i was six feet under, honestly"],
  ['suicidal', "i've got enough of the morphine saved to go out on my own terms"],
  ['suicidal', "i'd picked which bridge and stood there but my feet wouldn't move"],
  ['suicidal', "i keep working out how many i would need to be sure"],
  ['suicidal', 'ya elegí el puente, nada más me falta el valor'],
  ['suicidal', 'todos estarían más tranquilos si yo estuviera bajo tierra'],
  ['self-harm', 'i do the tops of my thighs so my shorts hide them, and the jeans cover it the rest of the year'],
  ['self-harm', "the nurse asked about the burns and i lied and said it was the kettle"],
  ['self-harm', "when i mess up at work i don't let myself eat until the next day, i deserve that"],
  ['self-harm', 'i pressed the hot spoon on my skin until it blistered'],
  ['abuse', 'he only hits me where the clothes cover it so nobody asks'],
  ['abuse', 'i have to send him a picture of where i am every half hour'],
  ['abuse', "i'm calling from the car because he's inside and he checks my phone"],
  ['abuse', 'he threatened to kill my dog if i leave him'],
  ['harm-others', "there's a hammer under my seat and it's for my ex if he turns up again"],
  ['harm-others', "i keep getting thoughts of dropping the baby down the stairs and they scare me"],
  ['abuse', 'mi suegro me levanta la mano cuando mi esposo no está'],
  ['abuse', 'me da pavor volver al departamento esta noche'],
];
const quiet = [
  'my knees, they hurt me on the stairs',
  "i won't be here for christmas, we're visiting my sister in ohio",
  "i won't be here next week, i'm on a work trip",
  "i'd like to be around for my grandson's wedding, that's my goal",
  "i won't be around for the appointment next week, i'm on holiday",
  "i hit my head on the floor when i fell off the ladder",
  "i've got a plan for the diet this time",
  'we made a will last year, just the usual paperwork',
  'i keep my tablets in the drawer by the bed',
  "i'd like to sleep for longer, i wake at four",
  'my wife will be fine after the surgery, she is tough',
  'i gave my old coat to charity',
  'me dan ganas de saltar de alegria',
  'voy a matar el tiempo leyendo',
  'should i take them all at once in the morning',
  "i can't stay asleep past four",
  'i cut the grass on sunday',
  'i hit my knee on the table',
  "the consultant says i'm not allowed to drive until the scan",
  'i banged my head on the shelf in the garage',
  'we wrote a goodbye card for the nurse who is retiring',
  'en el videojuego tienes que saltar del edificio',
  'i was killing myself on the treadmill this morning',
  'the dog bit me last summer on the ankle',
  "this is my last appointment here before i move, thank you",
  "i'm checking out of the hotel tomorrow",
  'thank god my daughter called me home early from work',
  "i'd rather die than sing karaoke",
  'estoy guardando dinero para el viaje',
  'no tengo miedo de volver a casa, todo bien',
  // Session 10: everyday neighbours of en-in-ground / en-own-terms / en-chosen-place / en-count-worked.
  'we picked the date for the knee replacement, the fourteenth',
  'i want to retire on my own terms, not when the company says',
  'how many of the iron tablets would i need to take a day?',
  'mi abuelo está en el cementerio de la loma, lo visitamos los domingos',
  'i put my hand on the iron by accident last week, it is healing',
  "i'm not allowed out on school nights, which is fair",
  'with my purging history the dietitian checks my potassium, i am in recovery now',
  'i wear long sleeves because my eczema flares in the sun',
  'i am not allowed to drive for six months after the seizure',
];

describe('indirect risk rules', () => {
  for (const [cat, text] of fires) it(`fires (${cat}): ${text}`, () => expect(statementHit(text)?.category).toBe(cat));
  for (const text of quiet) it(`stays quiet: ${text}`, () => expect(statementHit(text)).toBeNull());
  it('spells out a bare contraction only before a verb', () => {
    expect(spellBare('hell kill me')).toBe('he will kill me');
    expect(spellBare('it was hell at work')).toBe('it was hell at work');
    expect(spellBare('ill never know')).toBe('i will never know');
    expect(spellBare('i feel ill today')).toBe('i feel ill today');
  });
});

describe('follow-up risk questions (context-followup.ts, rules stage only)', () => {
  const reply = (text: string, context: string) => detectRisk({ text, context });
  it('an open question is answered by anything but a denial', () => {
    expect(reply('my stepfather', 'who hurt you?')?.category).toBe('abuse');
    expect(reply('nobody, i fell', 'who hurt you?')).toBeNull();
    expect(reply('in the bathroom cabinet', 'where do you keep the razors?')?.category).toBe('self-harm');
  });
  it('a yes/no follow-up needs a yes, a named person or a count', () => {
    expect(reply('yeah, a shotgun in the garage', 'do you have access to firearms?')?.category).toBe('suicidal');
    expect(reply('no, none in the house', 'do you have access to firearms?')).toBeNull();
    expect(reply('my ex did, twice', 'has anyone put their hands around your neck?')?.category).toBe('abuse');
  });
  it('"can you stay safe tonight?" is a disclosure when the patient cannot promise it', () => {
    expect(reply("i can't promise that", 'can you keep yourself safe until we talk tomorrow?')?.category).toBe('suicidal');
    expect(reply("i've nowhere else to go", 'can you stay somewhere safe tonight?')?.category).toBe('abuse');
    expect(reply('yes, i will be at my sister', 'can you stay somewhere safe tonight?')).toBeNull();
  });
  it('ordinary clinic questions are not follow-ups', () => {
    expect(reply('yes, it does', 'does the metformin control your sugars?')).toBeNull();
    expect(reply('yes, a lot', 'are you scratching yourself at night with the eczema?')).toBeNull();
  });
});
