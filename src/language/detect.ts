// On-device language detection of caption text with `eld` (Efficient Language Detector,
// Apache-2.0), through ngram-scorer.ts (eld's verdicts, fewer allocations). Its "extrasmall" n-gram
// set (~1 MB of JS, loaded only in the classifier's host document) tells English from Spanish
// reliably on lines of four words or more; shorter lines ("okay", "sí", "no") are left to the
// call's running vote (call-language.ts).
import { detectEld } from './ngram-scorer';

export interface Detected {
  /** ISO 639-1 code, or '' when the text has no letters to judge. */
  code: string;
  /** eld's own verdict, and at least MIN_WORDS words: short caption lines are often ambiguous. */
  reliable: boolean;
}

export const MIN_WORDS = 4;

/**
 * Only the opening of a line is judged: eld itself stops after ~350 bytes, and on the corpus the
 * first 160 characters give the same code and the same reliability as the whole line (every one of
 * 1,467 English and Spanish lines longer than that, and even at 120), at about half the cost on
 * long lines (language detection runs inside the classify budget on every utterance).
 */
export const MAX_CHARS = 160;

/** The text up to the last space within MAX_CHARS (a whole word), never splitting a surrogate pair. */
export function opening(text: string): string {
  if (text.length <= MAX_CHARS) return text;
  const space = text.lastIndexOf(' ', MAX_CHARS);
  if (space > 0) return text.slice(0, space);
  const high = text.charCodeAt(MAX_CHARS - 1);
  return text.slice(0, high >= 0xd800 && high < 0xdc00 ? MAX_CHARS - 1 : MAX_CHARS);
}

/** Whitespace-separated words that contain a letter. */
function wordCount(text: string): number {
  // Scripts written without spaces (Chinese, Japanese, Thai) count about one word per two characters.
  const spaced = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const unspaced = (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu) ?? []).length;
  return Math.max(spaced, Math.floor(unspaced / 2));
}

const ASCII = /^[\x00-\x7f]*$/;

/** wordCount for ASCII text (most caption lines) in one pass, without building the words. */
function asciiWords(text: string): number {
  let words = 0;
  let letter = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (letter) words++;
      letter = false;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) letter = true;
  }
  return words;
}

export function detectLanguage(line: string): Detected {
  const text = opening(line);
  const words = ASCII.test(text) ? asciiWords(text) : wordCount(text);
  if (words === 0) return { code: '', reliable: false };
  // eld's reliability check is only worth running when the line is long enough to be trusted.
  return detectEld(text, words >= MIN_WORDS);
}
