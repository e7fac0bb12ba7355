// The featurizer is shared by training and the extension: it must be deterministic, normalise
// caption noise, and produce sorted unique in-range ids with finite weights.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { featurize, featureStrings, fnv1a, FEATURIZER } from '../../src/classifier/featurize';
import { normalise, tokens } from '../../src/classifier/text-analysis';
import { baselineLabel } from '../../src/classifier/baseline';

describe('fnv1a', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });
});

describe('normalisation', () => {
  it('lower-cases, unifies quotes and numbers, separates punctuation', () => {
    expect(normalise('It’s 20 MG, OK?')).toBe("it's 0 mg , okay ?");
  });
  it('drops fillers and stutters but keeps a bare acknowledgement', () => {
    expect(tokens('Um, so uh your, your walk is is fine')).toEqual(['so', 'your', 'walk', 'is', 'fine']);
    expect(tokens('Mm-hmm.')).toEqual(['mm-hmm', '.']);
    expect(tokens('Um.')).toEqual(['mm-hmm']);
  });
  it('treats ASR punctuation variants alike', () => {
    expect(featurize('So how is the knee?')).toEqual(featurize('so how is the knee ?'));
    expect(featurize('um so how is the knee?')).toEqual(featurize('So, how is the knee?'));
  });
});

describe('featurize', () => {
  it('is deterministic and returns sorted unique in-range ids', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 100 }), (t, c) => {
      const a = featurize(t, c), b = featurize(t, c);
      expect(a).toEqual(b);
      expect(a.ids.length).toBe(a.weights.length);
      expect(a.ids.length).toBeGreaterThan(0); // the ONNX graph never sees an empty bag
      for (let i = 0; i < a.ids.length; i++) {
        expect(a.ids[i]).toBeGreaterThanOrEqual(0);
        expect(a.ids[i]).toBeLessThan(FEATURIZER.buckets);
        if (i) expect(a.ids[i]!).toBeGreaterThan(a.ids[i - 1]!);
        expect(Number.isFinite(a.weights[i])).toBe(true);
      }
    }), { numRuns: 200 });
  });
  it('extracts the cue features', () => {
    const f = featureStrings("I'm so sorry, it sounds like you've been exhausted?", 'I cannot sleep');
    expect(f.cue).toEqual(expect.arrayContaining(['has_q', 'ends_q', 'ph:sounds_like', 'ph:i_sorry', 'lex:emo']));
    expect(f.x).toEqual(expect.arrayContaining(['len:2-3']));
    expect(featureStrings('What would you like to be different?').cue).toEqual(expect.arrayContaining(['s_first:wh', 'ph:what_matters']));
  });
  it('uses the context', () => {
    expect(featurize('Okay.', 'Is it serious?')).not.toEqual(featurize('Okay.'));
  });
});

describe('keyword baseline', () => {
  it('labels clear codebook examples', () => {
    expect(baselineLabel("Let's book a follow-up in two weeks to review.")).toBe('task_agreement');
    expect(baselineLabel('It sounds like the nights have been exhausting.')).toBe('empathic_reflection');
    expect(baselineLabel('Oh, you poor thing.')).toBe('sympathy');
    expect(baselineLabel('Any dizziness?')).toBe('question');
    expect(baselineLabel('Hi, can you hear me okay?')).toBe('other');
  });
});
