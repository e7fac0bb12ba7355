// Other people build dist/ on this machine while the bench runs (npm test builds it), and a build
// swapped in under a running browser breaks it mid-measurement. The bench therefore loads a private
// copy of dist/, taken once at the start. Chromium keeps the last of repeated switches, so these
// args override the launcher's own --load-extension/--disable-extensions-except.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../lib/extension-browser';

export interface DistSnapshot {
  dir: string;
  args: string[];
  dispose(): void;
}

export function snapshotDist(): DistSnapshot {
  const dir = join(mkdtempSync(join(tmpdir(), 'alliance-bench-dist-')), 'dist');
  cpSync(DIST, dir, { recursive: true });
  return {
    dir,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    dispose: () => rmSync(join(dir, '..'), { recursive: true, force: true }),
  };
}
