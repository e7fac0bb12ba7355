// rules-around.ts: risk talked around rather than named, each rule beside a neighbour that must stay
// quiet. Examples written here, not copied from any set.
import { expect, it } from 'vitest';
import { statementHit } from '../../src/safety/detect';
import { RULES_AROUND, RULES_TURN } from '../../src/safety/rules-around';
import { describeRuleCases, type RuleCase } from './rule-cases';

const cases: RuleCase[] = [
  ['ar-means-for-me', 'i sleep with the pistol under my pillow and it is not for intruders', 'i keep the pistol in the safe, my son shoots at the club'],
  ['ar-means-for-me', 'guardé unas ampollas del hospital y son para mí', 'guardé unas ampollas de vitamina para mi mamá'],
  ['ar-means-knowing', 'i bought new razors and they are not for my legs, you can guess the rest', 'i bought new razors for my legs, the old ones were dull'],
  ['ar-means-knowing', 'dejé la navaja en el baño, ya sabes', 'dejé la navaja de afeitar en el baño de tu papá'],
  ['ar-means-when', 'there is a box cutter in my desk for when the thoughts get loud', 'there is a box cutter in my desk for the parcels'],
  ['ar-swap-blade', 'i traded the bottle for the razor, not sure that is better', 'i traded the bottle for sparkling water, six months now'],
  ['ar-es-small-cuts', 'cuando me peleo con mi mamá me hago rayitas en las piernas', 'me hago rayitos en el pelo para el verano'],
  ['ar-all-the-medicine', 'i asked the pharmacy for all of my pills at once so i can end it', 'i asked the pharmacy for all of my pills in a blister pack'],
  ['ar-enough-not-wake', 'tengo guardado lo suficiente pa no despertar', 'tengo guardado lo suficiente pa la renta'],
  ['ar-place-differently', 'since the divorce i look at the bridge by my work differently', 'since the repairs i look at the bridge by my work and it looks great'],
  ['ar-almost-stayed', 'i went out on the roof last night and almost did not come back in', 'i went out on the roof to fix the gutter and came back in for lunch'],
  ['ar-ready-now', 'i paid for my headstone last week, so i am ready', 'i paid for my dad s headstone last week, it looks lovely'],
  ['ar-gone-by-then', 'si mi hermana no me encuentra el lunes es porque ya no estoy', 'si mi hermana no me encuentra el lunes es porque estoy en el trabajo'],
  ['ar-get-why-now', 'my uncle shot himself when i was twelve and now i get why', 'my uncle shot himself in the foot hunting, we still laugh about it'],
  ['ar-join-them', 'my whole crew is gone, it is about time i go be with them', 'my whole crew is gone on holiday, it is quiet at the depot'],
  ['ar-locked-outside', 'my stepdad puts a bolt on my door from the outside at night', 'the shed has a bolt on the door from the outside for the wind'],
  ['ar-door-barred', 'i wedge a chair under my bedroom door when he drinks', 'i put a chair by my bedroom door for my clothes'],
  ['ar-made-to-kneel', 'para darme dinero del súper me hace arrodillarme', 'para rezar me arrodillo en la iglesia'],
  ['ar-keys-phone', 'me esconde las llaves y el celular cuando se va al trabajo', 'me escondo las llaves en la maceta cuando salgo a correr'],
  ['ar-sign-over', 'my grandson will not take me to the doctor unless i sign over my pension', 'my grandson will not take me to the doctor on sundays'],
  ['ar-list-where-live', 'i wrote a list of names from that shift and i know where they live', 'i wrote a list of names for the wedding invitations'],
  ['ar-waiting-weapon', 'si vuelven a entrar al campo los espero con la escopeta', 'si vuelven a entrar al campo los espero con un asado'],
  ['ar-catch-alone', 'el que me robó vive cerca, un día de estos lo agarro solo', 'el que me robó vive cerca, la policía ya sabe'],
  ['ar-shut-for-good', 'i will shut him up for good if he talks again', 'i will shut the shop early if it rains again'],
  ['ar-again', 'me lastimé de nuevo anoche, ya sabe cómo', 'me corté otra vez el pelo, muy corto'],
  ['ar-again', 'cut again last night. sorry', 'i cut the grass again on saturday'],
  ['ar-climbed-to-jump', 'subí al techo del edificio para tirarme y me arrepentí', 'subí al techo del edificio para arreglar la antena'],
  ['ar-do-the-same', 'my cousin hanged himself in may and sometimes i think i should do the same', 'my cousin hanged himself in may and i think about him every day'],
  ['ar-searched-how', 'anoche busqué en el celu cómo suicidarse sin que duela', 'anoche busqué en el celu cómo hacer pan sin levadura'],
  ['ar-drink-bleach', 'cuando me odio tomo un poquito de lavandina', 'cuando limpio uso un poquito de lavandina'],
  ['ar-hypothetical-mine', 'what if someone burns their arm with a lighter to calm down, because that is what i have been doing', 'what if someone burns their arm on the stove, should they use ice'],
  ['ar-zebra', 'tengo más cortes en las piernas que una cebra', 'mi gato tiene más rayas que una cebra'],
  ['ar-shoot-at', 'tengo ganas de ir a la oficina y balear al jefe', 'tengo ganas de ir a la oficina y saludar al jefe'],
  ['ar-only-thing-works', 'the only thing that helps is cutting, honestly', 'the only thing that helps is walking, honestly'],
  ['ar-gun-in-mouth', 'last night i sat with my dad s gun in my mouth for an hour', 'last night i had a mint in my mouth for an hour'],
  ['ar-hanging-image', 'me imagino colgada de la viga del galpón', 'me imagino colgada del brazo de mi novio en la boda'],
  ['ar-carved-word', 'me escribí "gorda" en la pierna con un alfiler', 'me escribí la fecha en la mano con un bolígrafo'],
  ['ar-rest-forever', 'a morirme, pues, a descansar para siempre', 'me quiero jubilar y descansar, viajar, lo que sea'],
  ['ar-rest-forever', 'some days i just want to rest forever and not deal with any of it', 'i could rest for ten hours after a night shift'],
  ['ar-honour-kill', 'mi tío dice que hay que matarla para lavar la honra de la familia y yo le doy la razón', 'mi tío dice que hay que lavar la ropa de la familia el sábado'],
  ['ar-honour-kill', 'my cousins say we have to kill her to restore the family honour', 'it is an honour to kill time with you all'],
  ['ar-es-burn-house', 'le voy a quemar la casa a ese desgraciado, ya tengo la gasolina', 'voy a quemar las calorías de la cena en el gimnasio'],
  ['ar-head-door', 'cuando me desespero me doy cabezazos contra el espejo', 'me doy cabezazos contra la pared con este trámite'],
  ['ar-down-stairs', 'mi marido me tiró por las escaleras el domingo', 'mi marido me ayudó por las escaleras el domingo'],
];

describeRuleCases('rules-around.ts', RULES_AROUND, cases, () => {
  it('a killing threat with its seriousness in the next sentence is read over the whole turn; bare, it stays hyperbole', () => {
    expect(statementHit('i want to kill my stepdad. i mean it. i have thought about it for years')?.rule).toBe('ar-kill-serious');
    expect(statementHit('lo voy a matar. no es broma, doctora')?.rule).toBe('ar-kill-serious');
    expect(statementHit('i am going to kill my brother, he ate my fries')).toBeNull();
    expect(statementHit('i am going to murder that rooster one of these mornings, i mean it')).toBeNull();
    expect(statementHit('i am not going to kill him. i mean it, i would never')).toBeNull();
    expect(RULES_TURN.every((r) => r.late)).toBe(true);
  });
  it('a cover story undone in the next breath, or long sleeves and "don\'t ask", read over the whole turn', () => {
    expect(statementHit('i say the scratches are from the dog. but we never had a dog')?.rule).toBe('ar-cover-story');
    expect(statementHit('llevo manga larga en agosto, no me pregunte')?.rule).toBe('ar-cover-story');
    expect(statementHit('the scratches are from the dog, she jumps up when i get home')).toBeNull();
    expect(statementHit('llevo manga larga en agosto porque me quemo con el sol')).toBeNull();
  });
  it('things given away then "won\'t be needing them", and closing up "me included", read over the whole turn', () => {
    expect(statementHit('i handed my camera gear over to my niece last week. she loved it. i will not be needing it')?.rule).toBe('ar-gave-not-needing');
    expect(statementHit('i gave my winter coats to the shelter, i won\'t be needing them in arizona')).toBeNull();
    expect(statementHit('after this last order i shut everything down. and i mean everything, me included')?.rule).toBe('ar-me-included');
    expect(statementHit('cierro la tienda en marzo. me jubilo y me voy con mis nietos')).toBeNull();
  });
  it('a door locked from outside for a parent with dementia is care, not confinement', () => {
    expect(statementHit('the front door locks from the outside because of my dad s dementia')).toBeNull();
  });
});
