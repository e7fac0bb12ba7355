// Language of caption lines, decided on the device: the real `eld` detector on caption-length
// lines, and the call's running vote that short lines ("okay", "sí") follow.
import { describe, it, expect } from 'vitest';
import { detectLanguage, MAX_CHARS, opening } from '../../src/language/detect';
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

describe('detectLanguage judges the opening of a long line', () => {
  const en = 'so how has the knee been this week and have you been able to do the exercises we talked about last time at the clinic with the physio';
  const es = 'entonces usted quiere volver a caminar sin dolor y poder subir las escaleras de su casa sin tener que parar a descansar cada pocos pasos';
  it('cuts at the last space within MAX_CHARS, keeping whole words', () => {
    const long = `${en} ${es}`;
    const head = opening(long);
    expect(head.length).toBeLessThanOrEqual(MAX_CHARS);
    expect(long.startsWith(head)).toBe(true);
    expect(long[head.length]).toBe(' ');
    expect(opening(en)).toBe(en);
  });
  it('never splits a surrogate pair when a long line has no space', () => {
    const head = opening('x'.repeat(MAX_CHARS - 1) + '😀'.repeat(10));
    expect(head).toBe('x'.repeat(MAX_CHARS - 1));
  });
  it('gives a long line the language of its opening', () => {
    expect(en.length).toBeGreaterThan(MAX_CHARS / 2);
    expect(detectLanguage(`${en} ${es} ${es}`)).toEqual({ code: 'en', reliable: true });
    expect(detectLanguage(`${es} ${en} ${en}`)).toEqual({ code: 'es', reliable: true });
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
