// Language of caption lines, decided on the device: the real `eld` detector on caption-length
// lines, and the call's running vote that short lines ("okay", "sí") follow.
import { describe, it, expect } from 'vitest';
import { detectLanguage } from '../../src/language/detect';
import { callLanguage, isCoded, utteranceLanguage, vote } from '../../src/language/call-language';

describe('detectLanguage (eld, on caption-length lines)', () => {
  it.each([
    ['so how has the knee been this week', 'en'],
    ['it sounds like the nights have been really hard', 'en'],
    ['um so uh you been taking the tablets every morning', 'en'],
    ['entonces usted quiere volver a caminar sin dolor', 'es'],
    ['¿cómo ha estado la rodilla esta semana?', 'es'],
    ['vale de acuerdo nos vemos la semana que viene', 'es'],
    ['bonjour comment allez-vous aujourd hui docteur', 'fr'],
    ['wie geht es ihnen heute mit dem knie', 'de'],
  ])('%s -> %s', (text, code) => {
    const d = detectLanguage(text);
    expect(d.code).toBe(code);
    expect(d.reliable).toBe(true);
  });
  it('does not trust one- to three-word lines', () => {
    for (const t of ['okay', 'sí a veces', 'mm-hmm', 'right okay']) expect(detectLanguage(t).reliable).toBe(false);
    expect(detectLanguage('').code).toBe('');
  });
  it('counts unspaced scripts by characters, so a Chinese line can be reliable', () => {
    const d = detectLanguage('我的膝盖很疼已经两个星期了晚上睡不着觉');
    expect(d.code).toBe('zh');
    expect(d.reliable).toBe(true);
  });
});

describe('call language vote', () => {
  it('short lines take the call language; a reliable line decides itself', () => {
    let v = vote({}, { code: 'es', reliable: true }, 8);
    v = vote(v, { code: 'en', reliable: false }, 1); // "okay" does not vote
    expect(callLanguage(v)).toBe('es');
    expect(utteranceLanguage(v, { code: 'tl', reliable: false })).toBe('es');
    expect(utteranceLanguage(v, { code: 'fr', reliable: true })).toBe('fr');
  });
  it('defaults to English before anything reliable was heard', () => {
    expect(utteranceLanguage({}, { code: 'pt', reliable: false })).toBe('en');
    expect(utteranceLanguage({}, { code: 'es', reliable: false })).toBe('es');
  });
  it('codes English and Spanish only', () => {
    expect(isCoded('en') && isCoded('es')).toBe(true);
    expect(isCoded('fr') || isCoded('zh') || isCoded('')).toBe(false);
  });
});
