import { describe, expect, it } from 'vitest';
import { detectRisk, statementHit } from '../../src/safety/detect';
import { normalize } from '../../src/safety/normalize';
import { FIGURATIVE, RISK } from './dev-cases';

describe('safety detector (dev set)', () => {
  it('has a varied dev set', () => {
    expect(RISK.length).toBeGreaterThanOrEqual(60);
    expect(FIGURATIVE.length).toBeGreaterThanOrEqual(50);
  });
  for (const c of RISK) {
    it(`fires: ${c.text}${c.context ? ` (after: ${c.context})` : ''}`, () => {
      expect(detectRisk(c)).not.toBeNull();
    });
  }
  for (const c of FIGURATIVE) {
    it(`stays quiet: ${c.text}${c.context ? ` (after: ${c.context})` : ''}`, () => {
      expect(detectRisk(c)).toBeNull();
    });
  }
});

describe('safety detector details', () => {
  it('names a category and a rule, never the words', () => {
    const hit = detectRisk({ text: 'everyone would be better off without me' })!;
    expect(hit.category).toBe('suicidal');
    expect(JSON.stringify(hit)).not.toContain('without me');
  });
  it('uses context only for the previous clinician question', () => {
    expect(detectRisk({ text: 'yes, sometimes' })).toBeNull();
    expect(detectRisk({ text: 'yes, sometimes', context: 'Have you had thoughts of killing yourself?' })).toMatchObject({ via: 'context', category: 'suicidal' });
    expect(detectRisk({ text: 'yes', context: 'Has anyone in your family had thoughts of suicide?' })).toBeNull();
  });
  it('classifies abuse and harm to others', () => {
    expect(statementHit('my husband hits me')?.category).toBe('abuse');
    expect(statementHit('I keep thinking about hurting my boss')?.category).toBe('harm-others');
    expect(statementHit("I've been cutting again")?.category).toBe('self-harm');
  });
  it('normalises caption noise', () => {
    expect(normalize("I I um don't   wanna")).toBe('i do not want to');
    expect(normalize('i do n\'t know')).toBe('i do not know');
    expect(normalize('Más daño')).toBe('mas dano');
  });
});
