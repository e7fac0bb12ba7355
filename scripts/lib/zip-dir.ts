// Zips a build directory reproducibly (sorted entries, fixed timestamps) with fflate: pure JS,
// no native code and no dependencies, because a `zip` binary is not guaranteed on CI or on a
// clinic's build machine. Same input bytes -> same zip bytes, so a release can be re-verified.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, unzipSync, type Zippable } from 'fflate';

/** 1980-01-02: the earliest time a zip entry can hold in every time zone. */
const FIXED_MTIME = new Date('1980-01-02T00:00:00Z');

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name.startsWith('.')) continue; // .vite/, .DS_Store: build and OS litter, never shipped
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/**
 * Zip every file of `dir`; `overrides` replaces (or, with null, removes) entries by their
 * zip path, e.g. a rewritten manifest.json.
 */
export function zipDirectory(dir: string, overrides: Record<string, Uint8Array | null> = {}): Uint8Array {
  const files: Zippable = {};
  const paths = new Set([...listFiles(dir), ...Object.keys(overrides)]);
  for (const path of [...paths].sort()) {
    const override = overrides[path];
    if (override === null) continue;
    const data = override ?? new Uint8Array(readFileSync(join(dir, path)));
    // Already-compressed payloads (images, wasm is not) gain nothing from deflate.
    const level = /\.(png|jpg|jpeg|gif|webp|woff2?)$/i.test(path) ? 0 : 9;
    files[path] = [data, { level, mtime: FIXED_MTIME }];
  }
  return zipSync(files);
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
