// `npm run schema`          writes public/managed_schema.json from src/settings/catalog.ts
// `npm run schema -- --check` exits 1 if the committed file differs (or breaks Chrome's rules).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildManagedSchema, chromeSchemaErrors, schemaText } from './lib/managed-schema';

const target = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));
const errors = chromeSchemaErrors(buildManagedSchema());
if (errors.length > 0) {
  console.error(`managed schema breaks Chrome's rules:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
const text = schemaText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing file is drift too
  }
  if (current !== text) {
    console.error('public/managed_schema.json is out of date with src/settings/catalog.ts: run `npm run schema`');
    process.exit(1);
  }
  console.log('managed_schema.json is up to date');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
