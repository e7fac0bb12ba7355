// Chrome refuses to load an extension whose messages.json has a key outside [A-Za-z0-9_], and
// returns "" for a key missing from a locale without saying so: both are caught here.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../public/_locales');
const load = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));

describe('locales', () => {
  const langs = readdirSync(LOCALES);
  it('has English (the default_locale) and Spanish', () => {
    expect(langs).toEqual(expect.arrayContaining(['en', 'es']));
  });
  for (const lang of langs) {
    it(`${lang}: every key is a valid Chrome message name with a non-empty message`, () => {
      const bad = Object.entries(load(lang)).filter(([k, v]) => !/^[A-Za-z0-9_]+$/.test(k) || !v.message);
      expect(bad.map(([k]) => k)).toEqual([]);
    });
    it(`${lang}: has exactly the English keys`, () => {
      expect(Object.keys(load(lang)).sort()).toEqual(Object.keys(load('en')).sort());
    });
  }
});
