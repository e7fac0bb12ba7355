// The context the classifier reads (shared by training and the live call), the decision rule over
// calibrated scores, and caption noise that keeps the act of an utterance.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { patientContext } from '../../src/classifier/context';
import { decide } from '../../src/classifier/decision';
import { LABELS } from '../../src/classifier/labels';
import { captionNoise, stripPunctuation } from '../../models/train/caption-noise';
import { mulberry32 } from '../../models/train/rng';

describe('patientContext', () => {
  it('keeps the patient turns just before, across a clinician backchannel', () => {
    expect(patientContext([{ role: 'patient', text: 'I cannot sleep' }, { role: 'clinician', text: 'mm-hmm' }])).toBe('I cannot sleep');
    expect(patientContext([{ role: 'patient', text: 'It started Monday.' }, { role: 'patient', text: 'And it is worse at night.' }])).toBe('It started Monday. And it is worse at night.');
  });
  it('stops at a real clinician turn or another speaker', () => {
    expect(patientContext([{ role: 'patient', text: 'x' }, { role: 'clinician', text: 'how long has that been going on for' }])).toBe('');
    expect(patientContext([{ role: 'patient', text: 'x' }, { role: 'other', text: 'she means the left knee' }])).toBe('');
    expect(patientContext([])).toBe('');
  });
});

describe('decide', () => {
  it('labels the top score and marks it unsure below the threshold', () => {
    const probs = [0.05, 0.05, 0.6, 0.1, 0.1, 0.05, 0.05];
    expect(decide(probs, 0.5)).toMatchObject({ label: 'lecture', confidence: 0.6, unsure: false });
    expect(decide(probs, 0.7).unsure).toBe(true);
    expect(Object.keys(decide(probs).scores)).toEqual([...LABELS]);
  });
});

describe('captionNoise', () => {
  it('is deterministic for a seed and never empties a line', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 120 }).filter((s) => /\p{L}/u.test(s)), fc.integer(), (t, seed) => {
      const a = captionNoise(t, mulberry32(seed)), b = captionNoise(t, mulberry32(seed));
      expect(a).toBe(b);
      expect(a.trim().length).toBeGreaterThan(0);
    }), { numRuns: 200 });
  });
  it('produces the platforms\' styles: lower case without punctuation, fillers, merged acknowledgements', () => {
    const outs = Array.from({ length: 200 }, (_, i) => captionNoise('It sounds like the nights have been exhausting. How are you coping?', mulberry32(i)));
    expect(outs.some((o) => o === o.toLowerCase() && !/[.?,]/.test(o))).toBe(true);
    expect(outs.some((o) => /\b(um|uh|you know|like|i mean|sort of)\b/.test(o))).toBe(true);
    expect(outs.some((o) => /^(okay|right|mm-hmm|yeah|alright)/i.test(o))).toBe(true);
    expect(stripPunctuation('¿Cómo está? Bien.')).toBe('cómo está bien');
  });
});
