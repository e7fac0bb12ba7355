import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionIdFromPublicKey, parseCrx3 } from '../../scripts/lib/crx3';
import { crxCodebase, isInside, packageExtension } from '../../scripts/lib/packager';
import { unzip } from '../../scripts/lib/zip-dir';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let tmp: string;
let dist: string;
let keyFile: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'ac-package-'));
  dist = join(tmp, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, '.vite'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'manifest.json'), 'utf8'));
  writeFileSync(join(dist, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dist, 'assets', 'bg.js'), 'console.log(1)');
  writeFileSync(join(dist, '.vite', 'manifest.json'), '{}');
  // Ephemeral key made for this test only, in the OS temp dir: never a real signing key.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  keyFile = join(tmp, 'test-key.pem');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run package (library)', () => {
  it('writes a store zip without `key`, and a CRX3 that parses and verifies', () => {
    const out = join(tmp, 'release');
    const r = packageExtension({ distDir: dist, outDir: out, repoRoot, keyFile, codebase: 'https://ext.clinic.example/ac/' });
    expect(r.version).toBe('0.1.0');
    expect(r.zipPath).toBe(join(out, 'alliance-coach-0.1.0-chrome.zip'));

    const storeFiles = unzip(readFileSync(r.zipPath));
    expect(Object.keys(storeFiles).sort()).toEqual(['assets/bg.js', 'manifest.json']); // no dot-dirs
    const storeManifest = JSON.parse(Buffer.from(storeFiles['manifest.json']!).toString());
    expect(storeManifest.key).toBeUndefined();
    expect(storeManifest.manifest_version).toBe(3);

    const crx = parseCrx3(readFileSync(r.crxPath!));
    expect(readFileSync(r.crxPath!).subarray(0, 4).toString()).toBe('Cr24');
    expect(crx.version).toBe(3);
    expect(crx.valid).toBe(true);
    expect(crx.id).toMatch(/^[a-p]{32}$/);
    expect(crx.id).toBe(r.id);
    expect(crx.id).toBe(extensionIdFromPublicKey(crx.publicKey));
    const inner = unzip(crx.zip);
    expect(inner['manifest.json']).toBeDefined();
    const crxManifest = JSON.parse(Buffer.from(inner['manifest.json']!).toString());
    expect(crxManifest.key).toBe(crx.publicKey.toString('base64'));
    // Later update checks use the installed manifest's update_url, not the policy's.
    expect(crxManifest.update_url).toBe('https://ext.clinic.example/ac/update.xml');
    expect(r.updateUrl).toBe('https://ext.clinic.example/ac/update.xml');
    expect(r.warnings.join(' ')).toMatch(/not the one behind manifest.json "key"/);

    const xml = readFileSync(r.updateXmlPath!, 'utf8');
    expect(xml).toContain(`appid='${r.id}'`);
    expect(xml).toContain("codebase='https://ext.clinic.example/ac/alliance-coach-0.1.0.crx'");
    expect(xml).toContain("version='0.1.0'");
    expect(xml).toContain("xmlns='http://www.google.com/update2/response'");
  });

  it('a tampered CRX no longer verifies', () => {
    const out = join(tmp, 'release2');
    const r = packageExtension({ distDir: dist, outDir: out, repoRoot, keyFile });
    const bytes = readFileSync(r.crxPath!);
    bytes[bytes.length - 30]! ^= 0xff;
    expect(parseCrx3(bytes).valid).toBe(false);
    expect(r.updateXmlPath).toBeUndefined();
  });

  it('zips are reproducible', () => {
    const a = packageExtension({ distDir: dist, outDir: join(tmp, 'a'), repoRoot });
    const b = packageExtension({ distDir: dist, outDir: join(tmp, 'b'), repoRoot });
    expect(readFileSync(a.zipPath).equals(readFileSync(b.zipPath))).toBe(true);
    expect(a.crxPath).toBeUndefined();
  });

  it('refuses a key inside the repository, even through ../ paths', () => {
    const inside = join(repoRoot, 'scripts', '..', 'no-such-key.pem');
    expect(isInside(inside, repoRoot)).toBe(true);
    expect(isInside(keyFile, repoRoot)).toBe(false);
    expect(() => packageExtension({ distDir: dist, outDir: join(tmp, 'x'), repoRoot, keyFile: inside })).toThrow(/inside the repository/);
  });

  it('codebase must be https; a base URL gets the file name appended', () => {
    expect(crxCodebase('https://a.example/x.crx', '1.2.3')).toBe('https://a.example/x.crx');
    expect(crxCodebase('https://a.example/dir', '1.2.3')).toBe('https://a.example/dir/alliance-coach-1.2.3.crx');
    expect(() => crxCodebase('http://a.example/', '1')).toThrow(/https/);
    // A local test update server is the only plain-http exception.
    expect(crxCodebase('http://127.0.0.1:8123/', '1.2.3')).toBe('http://127.0.0.1:8123/alliance-coach-1.2.3.crx');
    expect(() => crxCodebase('http://127.0.0.2/', '1')).toThrow(/https/);
  });
});

describe('npm run package (CLI)', () => {
  it('refuses a key path inside the repo before building anything', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/package.ts', '--key', join(repoRoot, 'secret.pem'), '--dist', join(tmp, 'nothing')], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ALLIANCE_CRX_KEY_FILE: '' },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refusing to use a signing key inside the repository/);
  }, 30_000);

  it('packages a given dist with the key from ALLIANCE_CRX_KEY_FILE', () => {
    const out = join(tmp, 'cli');
    const r = spawnSync('npx', ['tsx', 'scripts/package.ts', '--dist', dist, '--out', out, '--codebase', 'https://e.example/'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ALLIANCE_CRX_KEY_FILE: keyFile },
    });
    expect(r.stderr + r.stdout).toMatch(/crx:/);
    expect(r.status).toBe(0);
    expect(parseCrx3(readFileSync(join(out, 'alliance-coach-0.1.0.crx'))).valid).toBe(true);
  }, 30_000);
});
