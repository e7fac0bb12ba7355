// Relayed speech (src/safety/relay.ts): an interpreter's or relative's third-person relay is also read
// in the first person; a patient quoting someone else is left as it is. Synthetic lines.
import { describe, expect, it } from 'vitest';
import { maskedReadings } from '../../src/safety/detect-text';
import { detectRisk } from '../../src/safety/detect';
import { normalize } from '../../src/safety/normalize';
import { firstPersonRelay } from '../../src/safety/relay';

const fp = (t: string) => firstPersonRelay(normalize(t));

describe('relayed speech in the first person', () => {
  it('turns an interpreter relay into the first person, verbs agreeing', () => {
    expect(fp('she says that she wants to be with her mother in heaven')).toBe('i want to be with my mother in heaven');
    expect(fp('he is telling me, the interpreter speaking, that he hits himself when the calls come')).toBe('i hit myself when the calls come');
    expect(fp('the interpreter: she says her husband locks her in the flat')).toBe('my husband locks me in the flat');
    expect(fp('dice la intérprete que se quiere morir, que ya tiene todo listo')).toBe('me quiero morir, que ya tengo todo listo');
  });
  it('the interpreter naming the patient with a noun: "the patient says he...", "la señora dice en su idioma que..."', () => {
    expect(fp('the patient says he will hurt his brother')).toBe('i will hurt my brother');
    expect(fp('la señora dice en su idioma que quiere morir')).toBe('quiero morir');
    expect(fp('el paciente me está diciendo que se rasca hasta sangrar')).toBe('me rasco hasta sangrar');
    // A relative's report about a relative stays as it was.
    expect(fp('my mother says she is tired of the rain')).toBe(normalize('my mother says she is tired of the rain'));
  });
  it('stops at the sentence end, and a "he" relay leaves "her" (someone else) alone', () => {
    expect(fp('he says he wants to go and be with her. she is fine')).toBe('i want to go and be with her. she is fine');
  });
  it('leaves a patient quoting someone else as it was', () => {
    for (const t of ['he says he will kill me if i leave', 'mi esposo me dijo que me va a matar', 'my mum says she is dying to see the baby', 'mi mama dice que se va a morir de risa', 'he told me he would hurt the kids']) expect(fp(t)).toBe(normalize(t));
    expect(maskedReadings('the knee is sore and the cough is better').relayed).toBeNull();
  });
  it('a relayed disclosure fires; the same relay of safe talk does not', () => {
    expect(detectRisk({ text: 'she says that she has been cutting her arms again since the court date' })?.category).toBe('self-harm');
    expect(detectRisk({ text: 'la intérprete dice: dice que intentó ahorcarse la semana pasada' })?.category).toBe('suicidal');
    expect(detectRisk({ text: 'she says that she wants to get back to her garden when the knee heals' })).toBeNull();
    // The original reading still counts: a patient quoting an abuser is not lost to the relay.
    expect(detectRisk({ text: "he says he's going to burn the house down with the kids inside" })?.category).toBe('abuse');
  });
});
