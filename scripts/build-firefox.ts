// `npx tsx scripts/build-firefox.ts [--dist DIR] [--out DIR]`, after `vite build`:
// copies dist/ to dist-firefox/ and rewrites the manifest for Firefox (rules and reasons in
// lib/firefox-manifest.ts). Same sources, same bundles: only the manifest differs.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toFirefoxManifest } from './lib/firefox-manifest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export function buildFirefox(distDir: string, outDir: string): string[] {
  const manifestPath = join(distDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run \`npx vite build\` first`);
  rmSync(outDir, { recursive: true, force: true });
  // Dot-directories (.vite/) are build metadata, not extension files.
  cpSync(distDir, outDir, { recursive: true, filter: (src) => !/[\\/]\.[^\\/]+$/.test(src) });
  const readFile = (p: string) => {
    const full = join(outDir, p);
    return existsSync(full) ? readFileSync(full, 'utf8') : null;
  };
  const { manifest, notes } = toFirefoxManifest({ manifest: JSON.parse(readFileSync(manifestPath, 'utf8')), readFile });
  // Chrome's managed schema is useless on Firefox; drop the file too.
  rmSync(join(outDir, 'managed_schema.json'), { force: true });
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return notes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
  try {
    const out = resolve(arg('--out') ?? join(repoRoot, 'dist-firefox'));
    for (const note of buildFirefox(resolve(arg('--dist') ?? join(repoRoot, 'dist')), out)) console.log(note);
    console.log(`Firefox build: ${out}`);
  } catch (e) {
    console.error(`build-firefox: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
