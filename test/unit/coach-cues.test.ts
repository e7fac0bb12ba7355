import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findAffirmation } from '../../src/coach/affirmation';
import { detectChangeTalk, detectEmotion, detectTopic, patientCues } from '../../src/coach/cues';
import { EXAMPLE_KEYS, EXAMPLE_MAX_WORDS, HEADLINE_KEYS, HEADLINE_MAX_WORDS, reflectExample } from '../../src/coach/plain';
import { lookupFromMessages, makeT } from '../../src/ui/common/i18n';

describe('patient cues (pure)', () => {
  it('emotion, with its feeling family, negation-aware, English and Spanish', () => {
    expect(detectEmotion("I'm so worried about the surgery")).toMatchObject({ cue: 'worried', feeling: 'fear' });
    expect(detectEmotion('Honestly I am exhausted')).toMatchObject({ feeling: 'tired' });
    expect(detectEmotion("I just can't cope with it anymore")).toMatchObject({ feeling: 'overwhelmed' });
    expect(detectEmotion('Estoy muy preocupada por mi hijo')).toMatchObject({ feeling: 'fear' });
    expect(detectEmotion("I'm not worried at all")).toBeNull();
    expect(detectEmotion('The knee is a bit better this week')).toBeNull();
  });
  it('change talk: desire, ability, need, commitment; not sustain talk', () => {
    expect(detectChangeTalk('I really want to be able to walk to the shop again')?.cue).toBe('i want to');
    expect(detectChangeTalk("I'd like to get my sugars down")?.cue).toBe("i'd like to");
    expect(detectChangeTalk("I'm going to start walking after dinner")).not.toBeNull();
    expect(detectChangeTalk('Quiero poder jugar con mis nietos')?.cue).toBe('quiero');
    expect(detectChangeTalk("I don't want to change anything")).toBeNull();
    expect(detectChangeTalk('I want to know what the results mean')).toBeNull();
    expect(detectChangeTalk('It has been a hard week')).toBeNull();
  });
  it('situation from a small topic lexicon', () => {
    expect(detectTopic("I can't sleep, the nights are endless")?.key).toBe('coach_topic_sleep');
    expect(detectTopic('Me duele mucho la rodilla')?.key).toBe('coach_topic_pain');
    expect(detectTopic('It is just a lot')).toBeNull();
    expect(patientCues('I feel so frustrated, I check my sugar every day and it is still high.')).toMatchObject({
      emotion: { feeling: 'frustrated' }, topic: { key: 'coach_topic_sugar' },
    });
  });
});

describe('affirmations (pure)', () => {
  it('finds praise of effort and strengths, not negated praise or plain talk', () => {
    expect(findAffirmation("You've done really well this week.")).toBe("you've done really well");
    expect(findAffirmation('That took courage.')).toBe('that took courage');
    expect(findAffirmation('Great job keeping up with the walks.')).toBe('great job');
    expect(findAffirmation('Lo ha hecho muy bien.')).not.toBeNull();
    expect(findAffirmation("You haven't done well with the diet.")).toBeNull();
    expect(findAffirmation('Let me pull up your chart.')).toBeNull();
  });
});

describe('plain words in every locale', () => {
  const words = (s: string) => s.replace(/[“”«»"]/g, '').split(/\s+/).filter(Boolean).length;
  const feelings = ['fear', 'tired', 'frustrated', 'overwhelmed', 'sad', 'shame'] as const;
  const topics = ['sleep', 'pain', 'sugar', 'medication', 'work', 'family', 'money', 'weight', 'breathing', 'future'];
  for (const lang of ['en', 'es']) {
    const t = makeT(lookupFromMessages(JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8'))));
    it(`${lang}: headlines <= ${HEADLINE_MAX_WORDS} words, examples <= ${EXAMPLE_MAX_WORDS} words, no theory words`, () => {
      for (const key of Object.values(HEADLINE_KEYS)) {
        expect(t(key)).not.toBe(key);
        expect(words(t(key)), key).toBeLessThanOrEqual(HEADLINE_MAX_WORDS);
      }
      const examples = [...Object.values(EXAMPLE_KEYS).map((k) => t(k))];
      for (const f of feelings) {
        examples.push(t(reflectExample({ cue: 'x', index: 0, feeling: f }, null).key));
        for (const topic of topics) {
          const ex = reflectExample({ cue: 'x', index: 0, feeling: f }, { key: `coach_topic_${topic}` });
          examples.push(t(ex.key, ex.subs));
        }
      }
      for (const e of examples) {
        expect(e).not.toMatch(/coach_|@|\$/);
        expect(words(e), e).toBeLessThanOrEqual(EXAMPLE_MAX_WORDS);
      }
      const live = [...Object.values(HEADLINE_KEYS).map((k) => t(k)), ...examples].join(' ').toLowerCase();
      for (const theory of ['empath', 'sympath', 'compasi', 'miti', 'alliance', 'alianza', 'reflection', 'reflejo empático', 'change talk']) expect(live).not.toContain(theory);
    });
  }
  it('the example names the feeling in other words than the patient used', () => {
    const t = makeT(lookupFromMessages(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8'))));
    const said = "I'm exhausted, my son was up all night again.";
    const c = patientCues(said);
    const ex = reflectExample(c.emotion, c.topic);
    expect(t(ex.key, ex.subs)).toBe('“You\'re worn down by the nights.”');
  });
});

describe('a Spanish moment, end to end through the coach', () => {
  it('a Spanish worry prompts "Refleje lo que siente" with an example in Spanish, in other words', async () => {
    const { initCoach, reduceCoach, coachView } = await import('../../src/coach/coach');
    const { coachSettings } = await import('../../src/coach/types');
    const S = coachSettings();
    const said = 'Estoy muy preocupada por la operación de la rodilla.';
    const s = reduceCoach(initCoach(S, 0), { type: 'utterance', utterance: { id: 'p1', speaker: 'Ana', role: 'patient', text: said, startMs: 0, endMs: 3000, revision: 0 } }, S);
    const prompt = coachView(s, 3000, S).prompt!;
    const t = makeT(lookupFromMessages(JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8'))));
    expect(t(prompt.headlineKey)).toBe('Refleje lo que siente');
    const ex = t(prompt.suggestionKey, prompt.suggestionSubs);
    expect(ex).toBe('«Con el dolor, le preocupa lo que pueda pasar.»');
    expect(ex).not.toContain('preocupada');
  });
});
