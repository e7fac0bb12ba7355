import { describe, expect, it } from 'vitest';
import { memoLast } from '../../src/safety/memo';
import { riskQuestion } from '../../src/safety/context';
import { normalize } from '../../src/safety/normalize';

describe('memoLast: the few-entry memo the detector uses for repeated strings', () => {
  it('calls the function once per recent input and again after the input has been evicted', () => {
    const seen: string[] = [];
    const f = memoLast((s: string) => { seen.push(s); return s.length; }, 2);
    expect([f('ab'), f('ab'), f('abc'), f('ab')]).toEqual([2, 2, 3, 2]);
    expect(seen).toEqual(['ab', 'abc']);
    f('x'); // evicts 'ab' (size 2: 'abc', 'x')
    f('ab');
    expect(seen).toEqual(['ab', 'abc', 'x', 'ab']);
  });

  it('the memoised detector functions give the same answers as fresh calls, in any order', () => {
    const qs = ['have you had thoughts of ending your life?', 'how is your knee?', 'do you feel safe at home?'];
    const first = qs.map((q) => riskQuestion(normalize(q))?.category ?? null);
    const again = [...qs].reverse().map((q) => riskQuestion(normalize(q))?.category ?? null).reverse();
    expect(again).toEqual(first);
    expect(first).toEqual(['suicidal', null, 'abuse']);
  });
});
