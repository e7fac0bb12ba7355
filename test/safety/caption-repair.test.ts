// caption-repair.ts: what a recogniser does to a word, undone for the rules only. The pure repair,
// then the detector on whole turns: a repaired risk statement fires, and a figure of speech the
// masks hold stays quiet in either clitic order. Examples written here, not copied from any set.
import { describe, expect, it } from 'vitest';
import { climbClitic, repairCaption } from '../../src/safety/caption-repair';
import { detectRisk, scanRules } from '../../src/safety/detect';
import { maskedReadings } from '../../src/safety/detect-text';
import { normalize } from '../../src/safety/normalize';

const repair = (t: string) => repairCaption(normalize(t));

describe('repairCaption', () => {
  it.each([
    ['nobody would miss me, i am tired of staying a live', 'nobody would miss me, i am tired of staying alive'],
    ['every thing feels pointless', 'everything feels pointless'],
    ['i would hurt my self?', 'i would hurt myself?'],
    ['i wrote good bye notes', 'i wrote goodbye notes'],
    ['they are better off with out me', 'they are better off without me'],
    ['quiero matar me', 'quiero matarme'],
    ['sigo cortando me los brazos', 'sigo cortandome los brazos'],
    ['estuve viendo dónde a orcarme', 'estuve viendo donde ahorcarme'],
    ['estoy arta de vivir', 'estoy harta de vivir'],
    ['me quiero, o sea, morir', 'me quiero morir'],
    ['llevo días pensando en qui tarme la vida', 'llevo dias pensando en quitarme la vida'],
  ])('%s -> %s', (raw, repaired) => {
    expect(repair(raw)).toBe(repaired);
  });

  it.each([
    // "la" and "lo" are articles too: "matar la mosca" is not "matarla".
    'voy a matar la mosca',
    // Only the joins that are one word: "any more" stays two.
    'i do not want any more of that',
    // A comma inside the pair: two words of two clauses.
    'a, live band',
    'quiero comer, me voy',
    // After a no the comma ends the denial.
    'no, pues, ya estoy mejor',
  ])('leaves "%s" as it is', (raw) => {
    expect(repair(raw)).toBe(normalize(raw));
  });
});

describe('climbClitic', () => {
  it('moves a reflexive "me" of the speaker\'s own verb after the infinitive', () => {
    expect(climbClitic('me voy a quitar la vida')).toBe('voy a quitarme la vida');
    expect(climbClitic('me quise cortar el cuello')).toBe('quise cortarme el cuello');
  });

  it('leaves somebody else\'s verb, a possibility and verbs that are not of harm', () => {
    expect(climbClitic('mi jefe me va a matar')).toBe('mi jefe me va a matar');
    expect(climbClitic('me puedo lastimar si corro')).toBe('me puedo lastimar si corro');
    expect(climbClitic('me voy a mudar')).toBe('me voy a mudar');
  });
});

describe('the detector reads repaired captions', () => {
  it.each([
    ['ya estoy cansada de estar viva, me voy a quitar la vida', 'suicidal'],
    ['me quiero cortar otra vez, ya compré las navajas', 'self-harm'],
    ['voy a disparar me con la escopeta', 'suicidal'],
    ['i keep thinking about hanging my self', 'suicidal'],
    ['pienso en tirar me del puente', 'suicidal'],
    ['ya no aguanto, pienso en qui tarme la vida', 'suicidal'],
  ])('%s', (text, category) => {
    expect(detectRisk({ text })?.category, text).toBe(category);
  });

  it.each([
    'me quiero cortar el pelo corto para el verano',
    'mi jefe me va a matar si llego tarde',
    'de tanto planchar me quiero cortar las manos, jaja',
    'me voy a cortar las uñas antes de la cita',
  ])('stays quiet on "%s"', (text) => {
    expect(scanRules(text).hit, text).toBeNull();
  });

  it('repairs the rules\' reading only: the learned stage reads the words as captioned', () => {
    const text = 'quiero matar me';
    expect(maskedReadings(text, true).masked).toBe('quiero matarme');
    expect(maskedReadings(text, true, true).masked).toBe('quiero matar me');
    expect(maskedReadings(text).masked).toBe('quiero matar me');
  });
});
