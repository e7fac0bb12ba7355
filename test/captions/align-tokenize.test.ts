// tokenizeAfter (the segmenter's incremental tokenising of a changed caption) must give exactly
// what tokenizing the whole text gives, whatever the previous tokens were: a growing text, a
// rewritten tail, re-spacing, or an unrelated text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findRewrittenRoll, findRoll, sameSpeech, tokenize, tokenizeAfter, wholeSaidPrefix } from '../../src/captions/align.ts';

const word = fc.constantFrom('so', 'So', 'the', 'plan', 'plan.', 'plan,', 'in', 'detail', 'naïve', 'ＡＢ', '¿qué?', 'a', 'an');
const space = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\u00a0');
const text = fc.array(fc.tuple(word, space), { maxLength: 12 }).map((ws) => ws.map(([w, s]) => w + s).join('').trimEnd());

describe('tokenizeAfter', () => {
  it('equals tokenize(text) for any previous tokens and start index', () => {
    fc.assert(
      fc.property(text, text, fc.nat(4), (prev, next, from) => {
        expect(tokenizeAfter(tokenize(prev), from, next)).toEqual(tokenize(next));
      }),
      { numRuns: 500 },
    );
  });

  it('equals tokenize(text) when the text grows or its tail is rewritten', () => {
    fc.assert(
      fc.property(text, text, fc.nat(20), (prev, tail, cut) => {
        const next = `${prev.slice(0, Math.min(cut, prev.length))}${tail}`;
        expect(tokenizeAfter(tokenize(prev), 0, next)).toEqual(tokenize(next));
      }),
      { numRuns: 500 },
    );
  });

  it('reuses the unchanged leading words (the same token objects)', () => {
    const prev = tokenize('so let me walk you through');
    const next = tokenizeAfter(prev, 0, 'so let me walk you through the plan.');
    expect(next.slice(0, 5).every((t, i) => t === prev[i])).toBe(true);
    expect(next.map((t) => t.raw)).toEqual(['so', 'let', 'me', 'walk', 'you', 'through', 'the', 'plan.']);
  });
});

describe('rewrites the aligner must see through', () => {
  const t = (s: string) => tokenize(s);
  it('a spoken number joined by "y" / "and" is one number, as its digits are', () => {
    expect(sameSpeech(t('a treinta y nueve y medio anoche'), t('A 39.5 anoche.'))).toBe(1);
    expect(sameSpeech(t('about forty and a half kilos'), t('About 40.5 kilos.'))).toBe(1);
    // "y" between words that are not numbers is a word of its own.
    expect(sameSpeech(t('pan y leche'), t('pan leche'))).toBeLessThan(1);
  });

  // Blind round 25: Meet rewrote "R X four oh seven" to "RX 407" in the block; read as another
  // utterance, the prescription number came out twice.
  it('letters spelt one by one and "oh" for zero are the code and the number a rewrite writes', () => {
    expect(sameSpeech(t('R X four oh seven'), t('RX 407'))).toBe(1);
    expect(sameSpeech(t('my M R N is nine oh two'), t('My MRN is 902.'))).toBe(1);
    // "oh" away from any number is a word; "a" and "I" beside other words are words.
    expect(sameSpeech(t('oh I see'), t('I see'))).toBeLessThan(1);
    expect(sameSpeech(t('R X four oh seven'), t('I will call the pharmacy'))).toBeLessThan(0.5);
  });

  it('a repeated phrase rolling off a full window is a roll; a stutter dropped from a short caption is not', () => {
    // Zoom's overlay (about 100-150 characters) drops "not great" off the front as a longer word
    // arrives: the rest continues, so the window rolled by 2 (round 11, Z5).
    const full = t('not great not great at all to be honest no no no more like three or four days a week mostly in the');
    expect(findRoll(full, t('not great at all to be honest no no no more like three or four days a week mostly in the afternoon'))).toBe(2);
    // Live ASR removing a stutter at the front of a short caption is a rewrite of the same words.
    expect(findRoll(t('I I have been'), t('I have been taking'))).toBe(0);
  });

  it('a window that dropped its first word while a later word was re-spelt is a roll', () => {
    const shown = t('¿Puede apoyar el pie y caminar? vale le voy a pedir una radio grafía para descartar una fractura');
    const win = t('apoyar el pie y caminar? Vale, le voy a pedir una radiografía para descartar una fractura');
    expect(findRoll(shown, win)).toBe(0); // the exact search gives up at the rewrite
    expect(findRewrittenRoll(shown, win)).toBe(1);
  });

  it('no rewritten roll for different speech, a stutter dropped at the front, or too short an anchor', () => {
    expect(findRewrittenRoll(t('so the pain started on monday and it got worse'), t('started on monday and then we went to the beach for a week'))).toBe(0);
    expect(findRewrittenRoll(t('I I have been taking the pills every day'), t('I have been taking the tablets every day'))).toBe(0);
    expect(findRewrittenRoll(t('well the knee hurts a lot'), t('knee hurts'))).toBe(0);
    // Meet restarting a block's text with new words that share a phrase is a new utterance, not a roll.
    expect(findRewrittenRoll(t("Honestly I told my sister that I don't know what to do."), t("I don't know what else I can do"))).toBe(0);
  });
});

describe('wholeSaidPrefix', () => {
  const said = (...ts: string[]) => ts.map((t) => tokenize(t).map((x) => x.norm));
  it('takes whole utterances said apart, in any order, and stops at the first word that is not one', () => {
    const history = said('Okay, that tells me it is not controlled.', 'Yes, I would like to start a daily inhaler.', 'About four times a week.');
    expect(wholeSaidPrefix(history, tokenize('Okay that tells me it is not controlled. Yes, that is fine.'))).toBe(8);
    expect(wholeSaidPrefix(history, tokenize('About four times a week. Okay, that tells me it is not controlled. Bye.'))).toBe(13);
    expect(wholeSaidPrefix(history, tokenize('Okay, that tells me it is not'))).toBe(0);
  });
});
