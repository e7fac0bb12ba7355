// Other people build dist/ on this machine while the bench runs (npm test builds it), and a build
// swapped in under a running browser breaks it mid-measurement. The bench therefore loads a private
// copy of dist/, taken once at the start. Chromium keeps the last of repeated switches, so these
// args override the launcher's own --load-extension/--disable-extensions-except.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST } from '../lib/extension-browser';

export interface DistSnapshot {
  dir: string;
  args: string[];
  dispose(): void;
}

/**
 * `isolate`: make the copy's extension pages cross-origin isolated (the two manifest keys), so
 * performance.now() in the offscreen document steps 5 µs instead of 100 µs. A measuring aid only:
 * it also gives those pages a renderer process apart from the service worker's (bench/notes/ort.md).
 */
export function snapshotDist(from = DIST, opts: { isolate?: boolean } = {}): DistSnapshot {
  const dir = join(mkdtempSync(join(tmpdir(), 'alliance-bench-dist-')), 'dist');
  cpSync(from, dir, { recursive: true });
  if (opts.isolate) {
    const path = join(dir, 'manifest.json');
    const m = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    m.cross_origin_embedder_policy = { value: 'require-corp' };
    m.cross_origin_opener_policy = { value: 'same-origin' };
    writeFileSync(path, JSON.stringify(m, null, 2));
  }
  return {
    dir,
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    dispose: () => rmSync(join(dir, '..'), { recursive: true, force: true }),
  };
}
