// `npm run package:firefox` = vite build, build-firefox, then this:
//   release/alliance-coach-<version>-firefox.zip   the Firefox add-on, unsigned (an XPI is a zip).
// Mozilla signs it (AMO "unlisted" for self-distribution): upload it on addons.mozilla.org, or
// `npx web-ext sign --source-dir dist-firefox --channel unlisted` with your AMO API credentials.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageFirefox } from './lib/packager';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const arg = (n: string) => (argv.includes(n) ? argv[argv.indexOf(n) + 1] : undefined);
try {
  const r = packageFirefox({
    srcDir: resolve(arg('--src') ?? join(repoRoot, 'dist-firefox')),
    outDir: resolve(arg('--out') ?? join(repoRoot, 'release')),
  });
  console.log(`firefox add-on (unsigned): ${r.zipPath}\nid: ${r.id}  version: ${r.version}`);
  console.log('sign it: upload to addons.mozilla.org as unlisted, or `npx web-ext sign --source-dir dist-firefox --channel unlisted`');
} catch (e) {
  console.error(`package-firefox: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
