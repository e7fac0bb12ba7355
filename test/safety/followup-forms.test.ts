// Session 31: more answers that are the yes without saying it, more follow-up questions, who caused an
// injury, and statements found only after it is too late (reply-readings.ts, context-followup.ts,
// injury-cause.ts, rules-acts.ts). Every example is written here, not copied from any set.
import { describe, it } from 'vitest';
import { fires, quiet } from './rule-cases';

describe('a yes said as "that\'s why", as thoughts grown into plans, or as a no taken back for a time', () => {
  it('fires', () => {
    fires("that's why i'm ringing from my sister's phone", 'has he ever stopped you from seeing a doctor?');
    fires('ya no son ideas, ya son planes', '¿has tenido pensamientos de quitarte la vida?');
    fires('honestly it is more than thoughts now', 'have you had thoughts of ending your life?');
    fires('no... bueno, el año pasado, pero no lo supo nadie', '¿alguna vez has intentado quitarte la vida?');
  });
  it('stays quiet on a plain no, a no with its reason, or a "that\'s why" to an ordinary question', () => {
    quiet('no, nunca, ni ideas ni planes', '¿has tenido pensamientos de quitarte la vida?');
    quiet("that's why i booked this appointment", 'how has your sleep been?');
    quiet('no, well, i was sad for a while when the dog died', 'have you had thoughts of ending your life?');
  });
});

describe('follow-up questions read by the rules', () => {
  it('fires', () => {
    fires('honestly he is safer with his gran than with me', 'is your son safe with you at the moment?');
    fires('al mayor, con el cinturón', '¿él les pega a los niños cuando toma?');
    fires('una vez, el mes pasado, le rompí el labio', '¿han llegado a las manos alguna vez?');
    fires('it is still there, i just think about it less', 'is the plan you described last time still there?');
    fires('por la noche, casi todas', '¿cada cuánto te vienen esas ideas?');
    fires('sin plata y con dos críos, ¿a dónde?', '¿tienes a dónde ir si lo necesitas?');
  });
  it('stays quiet on the denials and the safe answers', () => {
    quiet('yes, completely, she is happiest with me', 'is your son safe with you at the moment?');
    quiet('no, nunca, él ni les levanta la voz', '¿él les pega a los niños cuando toma?');
    quiet('no, nunca hemos llegado a eso', '¿han llegado a las manos alguna vez?');
    quiet("no, it's gone, i don't think about it at all", 'is the plan you described last time still there?');
    quiet('sí, con mi hermana en Quilmes, ya hablé con ella', '¿tienes a dónde ir si lo necesitas?');
  });
});

describe('who caused an injury (injury-cause.ts)', () => {
  it('a reply that sends the question to him, or will not say for fear, is abuse', () => {
    fires("same as always, you'd have to ask him", 'how did you get that bruise on your arm?');
    fires('prefiero no decir, me mata si se entera', '¿quién te hizo ese moretón?');
  });
  it('an accident told stays quiet', () => {
    quiet('nadie, me caí de la bici', '¿quién te hizo ese moretón?');
    quiet('the dog, he jumped up at me', 'how did you get that bruise on your arm?');
  });
});

describe('statements: found too late, medicine kept back, cuts where no one looks, blades not for shaving', () => {
  it('fires', () => {
    fires('no le voy a decir, cuando se entere ya va a ser tarde');
    fires('i left a note for when they find me');
    fires('i stopped taking the sertraline so i could save it');
    fires('las pastillas las ando juntando, llevo un mes sin tomarlas');
    fires('i only do it where my shorts cover, so nobody asks');
    fires('compré hojitas nuevas y no son para depilarme');
  });
  it('stays quiet on their everyday neighbours', () => {
    quiet('cuando se entere de la sorpresa ya va a ser tarde para cancelar');
    quiet('i stopped taking the statin because of the muscle aches');
    quiet('compré cuchillas nuevas para depilarme las piernas');
    quiet('i hide the spare key where nobody looks');
  });
});

// Session 32, from the spent v45 (examples written here).
describe('questions that presuppose self-harm already told, and preparations asked about', () => {
  it('fires on what is told, or on an answer that keeps the presupposition', () => {
    fires('my girlfriend thinks the dog scratched me', 'has anyone noticed the cuts on your arm?');
    fires('a week, maybe a bit less', 'how long has it been since you last cut yourself?');
    fires('digo que me quemé con el horno y ya', '¿cómo explicas las quemaduras en casa?');
    fires('gave my tools to my nephew and cancelled the phone contract', 'have you made any preparations?');
    fires('sí, dos, una para cada hijo, en el cajón', '¿ha dejado alguna carta o mensaje?');
    fires('whenever the footy goes badly, so most saturdays', 'how often does he take it out on you?');
    fires('no, nunca, bueno, una vez con el cinturón', '¿alguna vez ha intentado quitarse la vida?');
  });
  it('stays quiet on a denial, or on arrangements for something else', () => {
    quiet('no, nothing like that', 'have you made any preparations?');
    quiet('no, ninguna', '¿ha dejado alguna carta o mensaje?');
    quiet('never, he is not like that at all', 'how often does he take it out on you?');
    quiet('years, not since school', 'how long has it been since you last burned yourself?');
    quiet('my sister has them on tuesdays', 'have you made any arrangements for the kids?');
    quiet('yes, under the door, about the boiler', 'have you left a note for the landlord?');
  });
});
