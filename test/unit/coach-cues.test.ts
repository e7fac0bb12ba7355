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

describe('emotion said in other ways (patient side)', () => {
  const feeling = (t: string) => detectEmotion(t)?.feeling ?? null;
  it('feeling frames (I feel, I have been feeling, I have been so) + a feeling word, and captions spelled as heard', () => {
    expect(feeling("I've been feeling really down.")).toBe('sad');
    expect(feeling('I feel so lost.')).toBe('sad');
    expect(feeling("I've been so lonely since I moved.")).toBe('sad');
    expect(feeling("I'm just not myself lately.")).toBe('sad');
    expect(feeling('I feel like such a burden on my kids.')).toBe('shame');
    expect(feeling('I feel bad about missing the appointments.')).toBe('shame');
    expect(feeling("I'm a mess, honestly.")).toBe('overwhelmed');
    expect(feeling("im so stressed out")).toBe('overwhelmed');
    expect(feeling("I've been on edge all week.")).toBe('fear');
    expect(feeling("I'm so tired of being in pain.")).toBe('frustrated');
    expect(feeling("I'm so tired.")).toBe('tired');
  });
  it('difficulty said of life, coping phrases, verb forms', () => {
    expect(feeling("Honestly it's been really hard since my husband passed.")).toBe('overwhelmed');
    expect(feeling('Things have been rough.')).toBe('overwhelmed');
    expect(feeling("It's all too much.")).toBe('overwhelmed');
    expect(feeling("i cant cope anymore")).toBe('overwhelmed');
    expect(feeling('I can not handle this anymore.')).toBe('overwhelmed');
    expect(feeling("I don't know what to do anymore.")).toBe('overwhelmed');
    expect(feeling("I'm having a hard time with it.")).toBe('overwhelmed');
    expect(feeling('It really worries me.')).toBe('fear');
    expect(feeling('It scares me.')).toBe('fear');
    expect(feeling('It makes me cry.')).toBe('sad');
    expect(feeling('I miss my wife so much.')).toBe('sad');
    expect(feeling('It drives me crazy.')).toBe('frustrated');
    expect(feeling('I let my family down.')).toBe('shame');
  });
  it('a negation in its own clause only, and "never been so" is no negation', () => {
    expect(detectEmotion("I'm not really that worried.")).toBeNull();
    expect(detectEmotion("It hasn't been hard.")).toBeNull();
    expect(detectEmotion("It's not that hard.")).toBeNull();
    expect(feeling("No, I'm worried.")).toBe('fear');
    expect(feeling("I don't know, I'm just so stressed.")).toBe('overwhelmed');
    expect(feeling("I've never been so scared.")).toBe('fear');
  });
  it('Spanish, with or without accents', () => {
    expect(feeling('Me siento muy sola.')).toBe('sad');
    expect(feeling('Ha sido muy difícil.')).toBe('overwhelmed');
    expect(feeling('No aguanto más.')).toBe('overwhelmed');
    expect(feeling('no se que hacer ya')).toBe('overwhelmed');
    expect(feeling('Me preocupa mucho mi hijo.')).toBe('fear');
    expect(feeling('Estoy harta de todo.')).toBe('frustrated');
    expect(feeling('Echo de menos a mi esposo.')).toBe('sad');
    expect(feeling('Me da vergüenza.')).toBe('shame');
    expect(detectEmotion('No estoy preocupada.')).toBeNull();
    expect(detectEmotion('Es difícil de decir.')).toBeNull();
    expect(detectEmotion('Es extraño a veces.')).toBeNull();
  });
  it('no prompt for medical senses, attributive "hard", facts or politeness', () => {
    for (const t of [
      "It's hard to say.", "It's hard to swallow.", 'It has been a hard few months.', "It's a hard decision.", 'It was hard as a rock.',
      'My stools have been hard.', 'My sugar was low this morning.', "I've been low on insulin.", "I'm down to one pill a day.",
      'I have an upset stomach.', 'I had a stress test last week.', 'I miss my doses sometimes.', 'I have heart failure.',
      "That's a lot of pills.", 'I eat too much bread.', 'I walk a lot.', 'I live alone.', 'My knee feels stuck.', 'My son cries at night.',
      'No worries.', "Don't worry about it.", "It's a shame about the weather.", "I can't take the pills on an empty stomach.",
      "I can't sleep.", 'I have a hard time hearing you.', "I'm struggling to breathe at night.", "I'm afraid so.", 'I hate to bother you.',
      "I'm feeling better.", "It's been good.", 'Yes, I can do that.', 'I would like to have more energy to play with my grandkids.',
    ]) expect(detectEmotion(t), t).toBeNull();
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
