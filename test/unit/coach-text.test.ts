import { describe, expect, it } from 'vitest';
import { classifyAssent, findEmotion, hasProposalCue, isOpenElicitation, isQuestion, reflectWords } from '../../src/coach/text';

describe('assent detector', () => {
  it.each(['Yes', 'yeah okay', 'Okay.', 'That sounds good', 'Definitely!', 'I can do that', 'Sure, why not', 'that works for me', 'Sí, claro', 'Vale', 'No problem, I will', 'mm-hmm'])('"%s" is assent', (s) => {
    expect(classifyAssent(s)).toBe('assent');
  });
  it.each(['No', "I'm not sure", 'not really', "Yes, but I don't think I can", 'No sé', 'nope'])('"%s" is dissent', (s) => {
    expect(classifyAssent(s)).toBe('dissent');
  });
  it.each(['My knee hurts at night', 'It was a long week and honestly the whole thing was okay'])('"%s" is neutral', (s) => {
    expect(classifyAssent(s)).toBe('neutral');
  });
});

describe('emotion lexicon', () => {
  it('finds strong feelings, including phrases and Spanish stems', () => {
    expect(findEmotion("I'm just so exhausted all the time")?.cue).toBe('exhausted');
    expect(findEmotion("honestly I can't cope with it")?.cue).toBe("can't cope");
    expect(findEmotion('estoy muy preocupada por mi hijo')?.cue).toBe('preocupada');
  });
  it('ignores negated cues and plain talk', () => {
    expect(findEmotion("I'm not worried about it")).toBeNull();
    expect(findEmotion("I don't feel anxious")).toBeNull();
    expect(findEmotion('The knee is a bit better this week')).toBeNull();
  });
});

describe('question form', () => {
  it('detects questions with or without a question mark', () => {
    expect(isQuestion('What would you like to be different?')).toBe(true);
    expect(isQuestion('so how has the knee been')).toBe(true);
    expect(isQuestion('Would you be willing to walk after dinner')).toBe(true);
    expect(isQuestion("So the goal is walking to the shop without pain.")).toBe(false);
    expect(isQuestion("You'll keep a pain diary and I'll adjust the dose.")).toBe(false);
  });
  it('tells open elicitations from closed proposals', () => {
    expect(isOpenElicitation('What would you like to get out of today?')).toBe(true);
    expect(isOpenElicitation('Would you be willing to keep a diary?')).toBe(false);
    expect(isOpenElicitation('How about we book a follow-up?')).toBe(false);
  });
  it('spots patient proposals', () => {
    expect(hasProposalCue('I just want to sleep through the night')).toBe(true);
    expect(hasProposalCue('Me gustaría dormir mejor')).toBe(true);
    expect(hasProposalCue('It hurts in the morning')).toBe(false);
  });
});

describe('reflectWords', () => {
  it('turns first person into second person and drops fillers', () => {
    expect(reflectWords("Um I'm exhausted and my son won't sleep.")).toBe("you're exhausted and your son won't sleep");
    expect(reflectWords('I was scared of the results')).toBe('you were scared of the results');
  });
  it('keeps it short around the focus word', () => {
    const long = 'so basically the thing is that after the surgery last year and all the physio I am still really scared that it will never get better';
    const out = reflectWords(long, 20);
    expect(out.split(' ').length).toBeLessThanOrEqual(14);
    expect(out).toContain('scared');
  });
});

describe('reflectWords sentence choice', () => {
  it('reflects the sentence with the feeling, not a leading "yes"', () => {
    expect(reflectWords("Yes. I'm exhausted, my son was up all night.", 2)).toBe("you're exhausted, your son was up all night");
  });
  it('without a focus, reflects the last substantive sentence', () => {
    expect(reflectWords('My knee hurts when I climb stairs. Okay.')).toBe('your knee hurts when you climb stairs');
  });
});
