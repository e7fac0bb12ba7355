import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema, chromeSchemaErrors, policyErrors, schemaText } from '../../scripts/lib/managed-schema';
import { SETTING_KEYS } from '../../src/settings/catalog';
import { mergeSettings } from '../../src/settings/merge';

const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(fileURLToPath(new URL(p, root)), 'utf8');
const examplesDir = fileURLToPath(new URL('docs/policy-examples/', root));
const examples = readdirSync(examplesDir).filter((f) => f.endsWith('.json'));

describe('managed_schema.json', () => {
  it('the committed schema matches the catalog (run `npm run schema` if this fails)', () => {
    expect(read('public/managed_schema.json')).toBe(schemaText());
  });

  it('follows Chrome managed_schema rules', () => {
    expect(chromeSchemaErrors(buildManagedSchema())).toEqual([]);
  });

  it('the rule checker catches the mistakes Chrome rejects', () => {
    expect(chromeSchemaErrors({ type: 'array', items: { type: 'string' } })).toContain('$: top level must be type "object"');
    expect(chromeSchemaErrors({ type: 'object', additionalProperties: false })).toHaveLength(1);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: 'array' } } })).toEqual(['$.a: array without "items"']);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { description: 'x' } } })).toHaveLength(1);
    expect(chromeSchemaErrors({ type: 'object', properties: { a: { type: 'string', maxLength: 3 } } })).toHaveLength(1);
  });

  it('has one property per catalog key and nothing else', () => {
    expect(Object.keys(buildManagedSchema().properties ?? {})).toEqual(SETTING_KEYS);
  });

  it('the manifest points at it', () => {
    expect(JSON.parse(read('manifest.json')).storage.managed_schema).toBe('managed_schema.json');
  });
});

describe('sample admin policies (docs/policy-examples)', () => {
  it('there are samples', () => expect(examples.length).toBeGreaterThanOrEqual(2));
  for (const file of examples) {
    it(`${file} conforms to the schema and merges without problems`, () => {
      const policy = JSON.parse(readFileSync(`${examplesDir}/${file}`, 'utf8'));
      expect(policyErrors(buildManagedSchema(), policy)).toEqual([]);
      const m = mergeSettings({}, policy);
      expect(m.problems).toEqual([]);
      expect(m.lockedKeys.sort()).toEqual(Object.keys(policy).sort());
    });
  }

  it('the validator rejects a bad policy', () => {
    const errs = policyErrors(buildManagedSchema(), { retentionDays: '30', enabledPlatforms: ['skype'], typo: 1 });
    expect(errs).toHaveLength(3);
  });
});
