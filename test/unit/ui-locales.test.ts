// Every message key the panel and the coach use must exist in both locales (and nowhere be an
// empty string). Keys are found by scanning the sources for 'panel_…' / 'coach_…' string literals,
// which is why components spell keys out in full (src/ui/panel/keys.ts) instead of building them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupFromMessages } from '../../src/ui/common/i18n';

const DIRS = ['src/ui/panel', 'src/ui/common', 'src/coach'];
const KEY = /['"`]((?:panel|coach)_[a-z0-9_]+)['"`]/g;

function sourceKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of DIRS) {
    for (const f of readdirSync(dir)) {
      if (!/\.(ts|tsx)$/.test(f)) continue;
      for (const m of readFileSync(join(dir, f), 'utf8').matchAll(KEY)) keys.add(m[1]!);
    }
  }
  return keys;
}

const load = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('locales', () => {
  const keys = sourceKeys();
  it('finds the keys used in the components and prompt rules', () => {
    expect(keys.size).toBeGreaterThan(50);
    expect(keys).toContain('panel_tally_note');
    expect(keys).toContain('coach_head_reflect');
  });

  for (const lang of ['en', 'es']) {
    it(`every used key exists in ${lang} with a non-empty message`, () => {
      const messages = load(lang);
      const missing = [...keys].filter((k) => !messages[k]?.message);
      expect(missing).toEqual([]);
    });
    it(`${lang}: named placeholders are declared`, () => {
      const messages = load(lang);
      for (const k of keys) {
        const e = messages[k]!;
        for (const m of e.message.matchAll(/\$([A-Z_]+)\$/g)) {
          expect(Object.keys(e.placeholders ?? {}).map((x) => x.toUpperCase()), `${lang}.${k}`).toContain(m[1]);
        }
      }
    });
  }

  it('en and es take the same substitutions', () => {
    const en = load('en');
    const es = load('es');
    for (const k of keys) expect(Object.keys(es[k]!.placeholders ?? {}), k).toEqual(Object.keys(en[k]!.placeholders ?? {}));
  });

  it('lookupFromMessages follows chrome.i18n placeholder rules', () => {
    const t = lookupFromMessages({ x: { message: 'A $WHO$ paid $$5 ($2)', placeholders: { who: { content: '$1' } } } });
    expect(t('x', ['nurse', 'cash'])).toBe('A nurse paid $5 (cash)');
    expect(t('missing')).toBe('');
  });
});
