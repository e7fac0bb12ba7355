// docs/ADMIN.md repeats the catalog for administrators; this keeps the two from drifting apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extensionIdFromPublicKey } from '../../scripts/lib/crx3';
import { GECKO_ID } from '../../scripts/lib/firefox-manifest';
import { CATALOG, SETTING_KEYS } from '../../src/settings/catalog';

const read = (p: string) => readFileSync(fileURLToPath(new URL(`../../${p}`, import.meta.url)), 'utf8');
const doc = read('docs/ADMIN.md');
const rows = doc.split('\n').filter((l) => l.startsWith('| `'));

describe('docs/ADMIN.md', () => {
  it('names the id the manifest key gives, and the Firefox id', () => {
    const id = extensionIdFromPublicKey(Buffer.from(JSON.parse(read('manifest.json')).key, 'base64'));
    expect(id).toBe('hkpaneogcmnboopmmdfanfnlgapabgjc');
    expect(doc).toContain(id);
    expect(doc).toContain(GECKO_ID);
  });

  it('documents every key with its range and whether it is admin only', () => {
    for (const key of SETTING_KEYS) {
      const row = rows.find((r) => r.includes(`\`${key}\``));
      expect(row, key).toBeDefined();
      const spec = CATALOG[key];
      if (spec.type === 'integer') expect(row, key).toContain(`${spec.min}-${spec.max}`);
      expect(row!.includes(`\`${key}\` (admin only)`), key).toBe(!spec.userEditable);
    }
  });

  it('lists every manifest permission in the rationale', () => {
    for (const p of JSON.parse(read('manifest.json')).permissions as string[]) expect(doc).toContain(`| \`${p}\` |`);
  });
});
