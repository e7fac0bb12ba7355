// `npm run schema`          writes public/managed_schema.json from src/settings/catalog.ts
// `npm run schema -- --check` exits 1 if the committed file differs (or breaks Chrome's rules).
import { fileURLToPath } from 'node:url';
import { writeOrCheck } from './lib/generated-file';
import { buildManagedSchema, chromeSchemaErrors, schemaText } from './lib/managed-schema';

const target = fileURLToPath(new URL('../public/managed_schema.json', import.meta.url));
const errors = chromeSchemaErrors(buildManagedSchema());
if (errors.length > 0) {
  console.error(`managed schema breaks Chrome's rules:\n  ${errors.join('\n  ')}`);
  process.exit(1);
}
writeOrCheck(target, schemaText(), 'public/managed_schema.json is out of date with src/settings/catalog.ts: run `npm run schema`');
