// `npm run package:firefox` (library part): dist-firefox/ becomes one reproducible zip (an unsigned
// XPI) whose manifest is the Firefox one; a Chrome build is refused.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/firefox-manifest';
import { packageFirefox } from '../../scripts/lib/packager';
import { unzip } from '../../scripts/lib/zip-dir';

const tmp = mkdtempSync(join(tmpdir(), 'ac-package-ff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function fakeBuild(name: string, manifest: object): string {
  const dir = join(tmp, name);
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'assets', 'bg.js'), 'void 0');
  return dir;
}

describe('npm run package:firefox (library)', () => {
  it('zips dist-firefox reproducibly, named by version, manifest untouched', () => {
    const src = fakeBuild('ff', { manifest_version: 3, version: '1.2.3', browser_specific_settings: { gecko: { id: GECKO_ID } } });
    const a = packageFirefox({ srcDir: src, outDir: join(tmp, 'a') });
    const b = packageFirefox({ srcDir: src, outDir: join(tmp, 'b') });
    expect(a.zipPath).toBe(join(tmp, 'a', 'alliance-coach-1.2.3-firefox.zip'));
    expect(a.id).toBe(GECKO_ID);
    expect(readFileSync(a.zipPath).equals(readFileSync(b.zipPath))).toBe(true);
    const files = unzip(readFileSync(a.zipPath));
    expect(Object.keys(files).sort()).toEqual(['assets/bg.js', 'manifest.json']);
  });

  it('refuses a Chrome build (no gecko id)', () => {
    const src = fakeBuild('chrome', { manifest_version: 3, version: '1.0' });
    expect(() => packageFirefox({ srcDir: src, outDir: join(tmp, 'c') })).toThrow(/gecko\.id/);
  });
});
