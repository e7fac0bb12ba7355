// `npm run docs:img` (after `npm run demo`): copies the demo screenshots the pilot kit uses from
// demo-output/ into docs/img/, so every picture in docs/ is what the extension really rendered.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** demo-output file -> docs/img file (names used by docs/PILOT.md). */
export const DOC_IMAGES: Record<string, string> = {
  'panel-2-sympathy.png': 'pilot-panel-prompt.png',
  'panel-6-end-of-call.png': 'pilot-panel-end-of-call.png',
  'summary.png': 'pilot-summary.png',
};

const missing = Object.keys(DOC_IMAGES).filter((f) => !existsSync(join(root, 'demo-output', f)));
if (missing.length) {
  console.error(`docs-images: ${missing.join(', ')} not in demo-output/: run \`npm run demo\` first`);
  process.exit(1);
}
mkdirSync(join(root, 'docs/img'), { recursive: true });
for (const [from, to] of Object.entries(DOC_IMAGES)) {
  copyFileSync(join(root, 'demo-output', from), join(root, 'docs/img', to));
  console.log(`docs/img/${to} <- demo-output/${from}`);
}
