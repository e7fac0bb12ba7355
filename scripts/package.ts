// `npm run package [-- --build] [--key FILE] [--codebase URL] [--update-url URL] [--out DIR] [--dist DIR]`
//   release/alliance-coach-<version>-chrome.zip   for the Chrome Web Store / Edge Add-ons (no `key`)
//   with a key (--key or ALLIANCE_CRX_KEY_FILE, outside the repo):
//   release/alliance-coach-<version>.crx           CRX3 signed with that key, for self-hosting
//   release/update.xml                             gupdate manifest for ExtensionInstallForcelist
//                                                  (served at --update-url, default beside the .crx)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { schemaText } from './lib/managed-schema';
import { assertKeyOutsideRepo, packageExtension } from './lib/packager';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

function main(): number {
  const keyFile = arg('--key') ?? process.env.ALLIANCE_CRX_KEY_FILE ?? undefined;
  const distDir = resolve(arg('--dist') ?? join(repoRoot, 'dist'));
  const outDir = resolve(arg('--out') ?? join(repoRoot, 'release'));
  if (keyFile) assertKeyOutsideRepo(keyFile, repoRoot); // refuse before spending a build on it

  // A stale schema would ship policies the catalog no longer understands.
  if (readFileSync(join(repoRoot, 'public/managed_schema.json'), 'utf8') !== schemaText()) {
    console.error('public/managed_schema.json is out of date: run `npm run schema` first');
    return 1;
  }
  if (argv.includes('--build') || !existsSync(join(distDir, 'manifest.json'))) {
    console.log('building (npx vite build)...');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (r.status !== 0) return r.status ?? 1;
  }
  const res = packageExtension({ distDir, outDir, repoRoot, keyFile, codebase: arg('--codebase'), updateUrl: arg('--update-url') });
  for (const w of res.warnings) console.warn(`warning: ${w}`);
  console.log(`store zip: ${res.zipPath}`);
  if (res.crxPath) console.log(`crx:       ${res.crxPath}\nid:        ${res.id}`);
  if (res.updateXmlPath) {
    console.log(`update:    ${res.updateXmlPath}`);
    console.log(`ExtensionInstallForcelist entry: ${res.id};${res.updateUrl}`);
  }
  return 0;
}

try {
  process.exit(main());
} catch (e) {
  console.error(`package: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
