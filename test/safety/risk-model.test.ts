import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectRisk, detectRiskRules } from '../../src/safety/detect';
import { riskFeatures, riskFeatureStrings } from '../../src/safety/risk-features';
import { lexClasses, phraseClasses } from '../../src/safety/risk-lexicon';
import { riskModel, scoreRisk, thresholdOf, windows } from '../../src/safety/risk-model';

const ASKED = 'have you had thoughts of ending your life?';

describe('learned risk stage: inference', () => {
  it('loads a compact int8 model', () => {
    const m = riskModel();
    expect(m.classes).toEqual(['none', 'suicidal', 'self-harm', 'harm-others', 'abuse']);
    expect(m.w.length).toBe(m.buckets * m.classes.length);
    expect(m.threshold).toBeGreaterThan(0.5);
    expect(m.threshold).toBeLessThan(1);
    // 65,536 buckets x 5 classes int8, base64 (~437 KB); the budget the issue sets is 600 KB.
    expect(statSync('src/safety/risk-model.json').size).toBeLessThan(600_000);
  });

  it('reproduces golden scores', () => {
    // Scores of the committed risk-model.json; a retrain that changes them must update these.
    const golden: [string, string | undefined, number, string][] = [
      ['lately i keep thinking there is no reason for me to stay around', undefined, 0.9990910154380596, 'suicidal'],
      ['honestly the only thing that calms me is when i scratch my skin open', undefined, 0.9424834122352448, 'self-harm'],
      ['yes sometimes', ASKED, 0.9973029440387291, 'suicidal'],
      ['yes sometimes', undefined, 0, 'suicidal'],
      ['this knee is killing me', undefined, 0.00005735024709452308, 'abuse'],
      ['the cough is better and i sleep fine', undefined, 0.006172464737546179, 'abuse'],
    ];
    for (const [text, context, score, category] of golden) {
      const s = scoreRisk(text, context);
      expect(s.score).toBeCloseTo(score, 9);
      expect(s.category).toBe(category);
    }
  });

  it('pools indirect phrasings into word classes (absence, stopping, finality, plans, means), EN and ES', () => {
    // A paraphrase the model never saw shares these classes with the synonyms it was trained on.
    const cls = (t: string) => [...lexClasses(t.split(' ')), ...phraseClasses(t)].filter(Boolean);
    expect(cls('i just want to disappear')).toContain('absence');
    expect(cls('i want it to be over for good')).toEqual(expect.arrayContaining(['stop', 'final']));
    expect(cls('i have been stockpiling them')).toContain('plan');
    expect(cls('i sat in the garage with the hose')).toContain('means');
    expect(cls('quiero dejar de existir')).toContain('absence');
    expect(cls('solo quiero que todo pare')).toContain('stop');
    expect(cls('he goes through my phone every night')).toContain('control');
    expect(cls('mi esposo me humilla y me jalonea')).toContain('control');
    expect(cls('no quiero lastimarme otra vez')).toContain('harm');
    expect(cls('the knee is a bit better this week')).not.toEqual(expect.arrayContaining(['absence', 'stop', 'final', 'plan']));
  });

  it('has a threshold per risk category, the lowest of them as the single figure', () => {
    const m = riskModel();
    const cats = m.classes.slice(1);
    for (const c of cats) {
      expect(thresholdOf(m, c)).toBeGreaterThan(0.5);
      expect(thresholdOf(m, c)).toBeLessThan(1);
    }
    expect(m.threshold).toBe(Math.min(...cats.map((c) => thresholdOf(m, c))));
    expect(thresholdOf({ ...m, thresholds: {} }, 'abuse')).toBe(m.threshold);
  });

  it('a window with under three words left after masking scores only through the clinician question', () => {
    expect(scoreRisk('he really hurt my feelings').score).toBe(0);
    expect(scoreRisk('yes sometimes').score).toBe(0);
    expect(scoreRisk('yes sometimes', ASKED).score).toBeGreaterThan(0.9);
  });

  it('featurizes deterministically, with context crosses only after a risk question', () => {
    const a = riskFeatures('i keep thinking about it');
    expect(riskFeatures('i keep thinking about it')).toEqual(a);
    expect([...a.ids]).toEqual([...a.ids].sort((x, y) => x - y));
    expect(riskFeatureStrings('yes sometimes').q).toBeUndefined();
    expect(riskFeatureStrings('yes sometimes', { category: 'suicidal', polarity: 'yes-is-risk', reply: 'yes' }).q).toContain('rq:suicidal/yes-is-risk&yes');
  });

  it('scores long turns in windows, so talk about other things does not dilute a disclosure', () => {
    const filler = 'the physio has been fine and i have been doing the exercises every morning. ';
    const text = `${filler.repeat(4)}lately i keep thinking there is no reason for me to stay around. ${filler.repeat(4)}`;
    expect(windows(text).length).toBeGreaterThan(1);
    expect(scoreRisk(text).score).toBeGreaterThan(0.9);
  });

  // Speed (<= 1 ms per utterance) is a figure of `npm run bench` (Node section), not a timed test.
});

describe('learned risk stage: combination with the rules', () => {
  it('fires on an indirect statement the rules miss, naming the model and never the words', () => {
    const text = 'lately i keep thinking there is no reason for me to stay around';
    expect(detectRiskRules({ text })).toBeNull();
    const hit = detectRisk({ text })!;
    expect(hit).toEqual({ category: 'suicidal', via: 'statement', rule: 'model' });
    expect(JSON.stringify(hit)).not.toContain('reason');
  });
  it('keeps rule hits as they were', () => {
    expect(detectRisk({ text: 'i want to kill myself' })?.rule).toBe('en-kill-self');
    expect(detectRisk({ text: 'yes sometimes', context: ASKED })?.via).toBe('context');
  });
  it('a rule negation or a plain denial overrides the model', () => {
    expect(detectRisk({ text: 'i would never kill myself, i love my kids' })).toBeNull();
    expect(detectRisk({ text: 'no, never', context: ASKED })).toBeNull();
    // Even at a threshold of 0 the veto holds.
    expect(detectRisk({ text: 'i would never kill myself, i love my kids' }, 0)).toBeNull();
    expect(detectRisk({ text: 'no, never', context: ASKED }, 0)).toBeNull();
  });
  it('masked figurative speech and a bare "yes" stay quiet', () => {
    for (const text of ['this knee is killing me', 'me muero de ganas de ver a mis nietos', 'yes sometimes', 'i hurt my left wrist again']) expect(detectRisk({ text })).toBeNull();
  });
  it('the threshold decides model hits', () => {
    const text = 'i gave my cat to my neighbour because i will not be needing her';
    const s = scoreRisk(text).score;
    expect(detectRisk({ text }, s + 1e-6)).toBeNull();
    expect(detectRisk({ text }, s - 1e-6)?.rule).toBe('model');
  });
});
