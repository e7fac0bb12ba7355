// A committed file that a script generates: write it, or with --check fail when it differs from what
// the script would write now (CI catches an edit whose generated file was not regenerated).
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(target: string, text: string, stale: string, argv = process.argv): void {
  if (!argv.includes('--check')) {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
    return;
  }
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // a missing file is drift too
  }
  if (current !== text) {
    console.error(stale);
    process.exit(1);
  }
  console.log(`${target} is up to date`);
}
