// The work behind `npm run package`, as functions the tests can call on a temp directory.
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { buildCrx3, extensionIdFromPublicKey, loadRsaPrivateKey, publicKeyDer } from './crx3';
import { updateXml } from './update-xml';
import { zipDirectory } from './zip-dir';

export interface PackageOptions {
  distDir: string;
  outDir: string;
  repoRoot: string;
  /** PEM RSA private key; must live outside the repository. */
  keyFile?: string;
  /** URL of the .crx as it will be served, or a base URL the file name is appended to. */
  codebase?: string;
  /** Where update.xml is served; default: update.xml beside the .crx. */
  updateUrl?: string;
}

export interface PackageResult {
  version: string;
  zipPath: string;
  crxPath?: string;
  updateXmlPath?: string;
  /** Where browsers will look for update.xml (written into the CRX's manifest as update_url). */
  updateUrl?: string;
  /** Extension id derived from the signing key (only with a key). */
  id?: string;
  warnings: string[];
}

/** Resolves symlinks so `repo/link -> repo/secret.pem` or `../repo/x.pem` are caught too. */
export function isInside(child: string, parent: string): boolean {
  const real = (p: string) => {
    // A key file that does not exist yet is judged by its nearest existing parent.
    let cur = resolve(p);
    const tail: string[] = [];
    while (!existsSync(cur) && dirname(cur) !== cur) {
      tail.unshift(cur.slice(dirname(cur).length + 1));
      cur = dirname(cur);
    }
    return join(realpathSync(cur), ...tail);
  };
  const rel = relative(real(parent), real(child));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export function assertKeyOutsideRepo(keyFile: string, repoRoot: string): void {
  if (isInside(keyFile, repoRoot)) {
    throw new Error(
      `refusing to use a signing key inside the repository (${keyFile}). Keep it outside the ` +
        'work tree (e.g. ~/.config/alliance-coach/crx.pem) so it can never be committed or zipped.',
    );
  }
}

function servedUrl(href: string, what: string): URL {
  const url = new URL(href); // throws on a malformed URL, which is what we want
  // Browsers fetch a policy-installed CRX from here: plain http would let anyone on the path swap
  // it. Loopback is the one exception, for a test update server on the same machine.
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`${what} must be an https URL (http only on 127.0.0.1 / localhost, for tests)`);
  }
  return url;
}

export function crxCodebase(codebase: string, version: string): string {
  const url = servedUrl(codebase, '--codebase');
  if (url.pathname.endsWith('.crx')) return url.href;
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return new URL(`alliance-coach-${version}.crx`, url).href;
}

export function packageExtension(opts: PackageOptions): PackageResult {
  const warnings: string[] = [];
  if (opts.keyFile) assertKeyOutsideRepo(opts.keyFile, opts.repoRoot); // before any work
  const manifestPath = join(opts.distDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: build first (npx vite build)`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  const version = String(manifest.version ?? '');
  if (!/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`manifest version "${version}" is not a Chrome version`);
  const devKey = typeof manifest.key === 'string' ? manifest.key : undefined;
  mkdirSync(opts.outDir, { recursive: true });

  // Store upload: the Chrome Web Store rejects a manifest with `key` ("key field is not allowed
  // in manifest") and assigns its own id; Edge Add-ons does the same. So the store zip has none.
  const { key: _drop, update_url: _store, ...storeManifest } = manifest;
  const zipPath = join(opts.outDir, `alliance-coach-${version}-chrome.zip`);
  writeFileSync(zipPath, zipDirectory(opts.distDir, { 'manifest.json': jsonBytes(storeManifest) }));
  const result: PackageResult = { version, zipPath, warnings };
  if (!opts.keyFile) return result;

  const key = loadRsaPrivateKey(readFileSync(opts.keyFile));
  const pubDer = publicKeyDer(key);
  const pubB64 = pubDer.toString('base64');
  if (devKey !== undefined && devKey !== pubB64) {
    warnings.push(
      `the signing key is not the one behind manifest.json "key": the CRX will install as ` +
        `${extensionIdFromPublicKey(pubDer)}, not ${extensionIdFromPublicKey(Buffer.from(devKey, 'base64'))}. ` +
        'Policies must name the id printed here.',
    );
  }
  // Self-hosted CRX: Chrome rewrites `key` from the CRX header anyway; writing the signer's key
  // keeps the unpacked contents and the installed id in agreement.
  // `update_url`: Chrome takes the policy's update URL for the first install only; later update
  // checks use the installed manifest's `update_url` (unless ExtensionSettings sets
  // override_update_url), and an off-store extension without one is never updated.
  const codebase = opts.codebase ? crxCodebase(opts.codebase, version) : undefined;
  const updateUrl = codebase ? servedUrl(opts.updateUrl ?? new URL('update.xml', codebase).href, '--update-url').href : undefined;
  const crxManifest = { ...manifest, key: pubB64, ...(updateUrl ? { update_url: updateUrl } : {}) };
  const crxZip = zipDirectory(opts.distDir, { 'manifest.json': jsonBytes(crxManifest) });
  const { crx, id } = buildCrx3(crxZip, key);
  const crxPath = join(opts.outDir, `alliance-coach-${version}.crx`);
  writeFileSync(crxPath, crx);
  Object.assign(result, { crxPath, id });
  if (codebase) {
    const updateXmlPath = join(opts.outDir, 'update.xml');
    writeFileSync(updateXmlPath, updateXml(id, codebase, version));
    Object.assign(result, { updateXmlPath, updateUrl });
  } else {
    warnings.push('no --codebase given: update.xml not written (needed for ExtensionInstallForcelist)');
  }
  return result;
}

function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');
}

/**
 * Firefox: the built dist-firefox/ as one zip (an unsigned XPI). Mozilla must sign it even for
 * self-distribution: upload it to AMO as "unlisted", or `web-ext sign --channel unlisted`.
 */
export function packageFirefox(opts: { srcDir: string; outDir: string }): { version: string; zipPath: string; id: string } {
  const manifestPath = join(opts.srcDir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} not found: run \`npm run build:firefox\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    version?: string;
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id: not a Firefox build`);
  const version = String(manifest.version ?? '');
  mkdirSync(opts.outDir, { recursive: true });
  const zipPath = join(opts.outDir, `alliance-coach-${version}-firefox.zip`);
  writeFileSync(zipPath, zipDirectory(opts.srcDir));
  return { version, zipPath, id };
}
