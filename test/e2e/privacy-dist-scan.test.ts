// Promise 2 ("no remote code, no way in from outside"), checked on what ships: dist/ after the
// build (so this is in the e2e project, which runs after `npm run build`; no browser needed).
// Every http(s):// literal in dist must be on the allow-list below, each with the reason it is
// harmless; no eval or Function constructor; dynamic import only of extension files; the manifest
// keeps least privilege, the strict CSP, no externally_connectable, no <all_urls>, no MAIN world;
// and no source listens to other extensions (onMessageExternal / onConnectExternal).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../../scripts/lib/extension-browser';

/** URL literal -> why it may ship. Anything else found in dist/ fails the test. */
const ALLOWED_URLS: Record<string, string> = {
  // XML namespace identifiers in Preact's runtime (createElementNS); names, never fetched.
  'http://www.w3.org/2000/svg': 'XML namespace (preact)',
  'http://www.w3.org/1999/xhtml': 'XML namespace (preact)',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace (preact)',
  // Text of error/warning messages; shown, never fetched.
  'https://rolldown.rs/in-depth/bundling-cjs#require-external-modules': 'bundler require-shim error text',
  'https://web.dev/cross-origin-isolation-guide/': 'onnxruntime-web numThreads warning text',
  // Operator documentation strings compiled into onnxruntime's wasm data section. WebAssembly has no
  // network access of its own, and any fetch from its JS glue is held to connect-src 'self'.
  'https://arxiv.org/abs/1502.03167': 'onnxruntime operator doc (wasm)',
  'https://docs.nvidia.com/cuda/cublas/index.html#cublasLtOrder_t': 'onnxruntime operator doc (wasm)',
  'https://github.com/google/re2/wiki/Syntax': 'onnxruntime operator doc (wasm)',
  'https://ieeexplore.ieee.org/document/1163711': 'onnxruntime operator doc (wasm)',
  'https://tinyurl.com/sudb9s96': 'onnxruntime operator doc (wasm)',
  // eld (language detection): its licence header inside the text of a dictionary file it can write
  // in Node; a string, never fetched.
  'https://www.apache.org/licenses/LICENSE-2.0': 'licence text in eld (string literal)',
};
/** Origins of the call pages we read captions on (must equal the manifest's content script matches). */
const CALL_MATCHES = [
  'https://meet.google.com/*', 'https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*',
  'https://*.zoom.us/wc/*', 'https://meet.jit.si/*', 'https://8x8.vc/*',
];
// Finding 9: everything defaults to the extension itself; only wasm compilation and data: images are added.
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; style-src 'self'; object-src 'none'; " +
  "connect-src 'self'; frame-ancestors 'self'; form-action 'none'; base-uri 'none'";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const built = existsSync(join(DIST, 'manifest.json'));

describe.skipIf(!built)('privacy: what ships in dist/', () => {
  const all = built ? files(DIST) : [];
  const manifest = built ? JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) : {};

  it('contains no remote URL outside the justified allow-list (text and binary files)', () => {
    const found = new Map<string, Set<string>>();
    let bytes = 0;
    for (const f of all) {
      if (f.endsWith('.png') || relative(DIST, f) === 'manifest.json') continue; // icons; manifest checked below
      const text = readFileSync(f).toString('latin1'); // byte-preserving, so wasm/onnx strings show too
      bytes += text.length;
      for (const m of text.matchAll(/https?:\/\/[A-Za-z0-9._~:/?#[\]@!$&'*+,;=%-]+/g)) {
        const url = m[0].replace(/[.,;:'"`)\]]+$/, '');
        if (!found.has(url)) found.set(url, new Set());
        found.get(url)!.add(relative(DIST, f));
      }
    }
    const unexpected = [...found].filter(([u]) => !(u in ALLOWED_URLS)).map(([u, where]) => `${u} in ${[...where].join(', ')}`);
    console.log(`[dist-scan] ${all.length} files, ${bytes} bytes, ${found.size} distinct URL literals, all allow-listed: ${unexpected.length === 0}`);
    expect(unexpected).toEqual([]);
  });

  it('has no eval, no Function constructor, and dynamic import only of extension files', () => {
    const js = all.filter((f) => f.endsWith('.js') || f.endsWith('.html'));
    const bad: string[] = [];
    const imports: string[] = [];
    for (const f of js) {
      const src = readFileSync(f, 'utf8');
      for (const re of [/\beval\s*\(/g, /\bnew\s+Function\b/g, /\bFunction\s*\(\s*["'`]/g, /\bsetTimeout\s*\(\s*["'`]/g]) {
        for (const m of src.matchAll(re)) bad.push(`${relative(DIST, f)}: ${src.slice(Math.max(0, m.index - 40), m.index + 40)}`);
      }
      for (const m of src.matchAll(/\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?([^)]{0,60})/g)) imports.push(m[1]!.trim());
    }
    expect(bad).toEqual([]);
    // Relative chunk imports (vite), the content-script loader's chrome.runtime.getURL(...), and
    // onnxruntime-web's `import(e)` of its own worker module (script-src 'self' holds it to our files).
    const unexpected = imports.filter((a) => !/^["'`]\.\.?\//.test(a) && !a.startsWith('chrome.runtime.getURL(') && a !== 'e');
    expect(unexpected).toEqual([]);
  });

  it('manifest: least privilege, strict CSP, nothing reachable from outside', () => {
    const raw = readFileSync(join(DIST, 'manifest.json'), 'utf8');
    expect(raw).not.toContain('<all_urls>');
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'offscreen', 'sidePanel', 'storage']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
    for (const cs of manifest.content_scripts) {
      expect(cs.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(cs.all_frames).toBe(false);
      expect([...cs.matches].sort()).toEqual([...CALL_MATCHES].sort());
    }
    // Finding 8: nothing is web-accessible, so a call page cannot probe for the extension. The
    // content script is one classic script (vite.config.ts), not a loader importing chunks.
    expect(manifest.web_accessible_resources).toBeUndefined();
    for (const cs of manifest.content_scripts) {
      expect(cs.js).toEqual(['assets/content-script.js']);
      expect(readFileSync(join(DIST, cs.js[0]), 'utf8')).not.toMatch(/\bimport\s*\(/);
    }
    // Not in incognito windows (finding 10): a clinician's private window keeps nothing of ours.
    expect(manifest.incognito).toBe('not_allowed');
    // Every URL in the manifest is a call-page match pattern.
    for (const m of raw.matchAll(/https?:\/\/[^"]+/g)) expect(m[0]).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/[\w*/-]*$/);
  });

  it('no source or shipped file listens to other extensions or runs in the page world', () => {
    const sources = files(join(ROOT, 'src')).filter((f) => /\.(ts|tsx)$/.test(f));
    const hits: string[] = [];
    const check = (f: string, res: RegExp[]) => {
      const src = readFileSync(f, 'utf8');
      for (const re of res) if (re.test(src)) hits.push(`${relative(ROOT, f)}: ${re.source}`);
    };
    const mainWorld = [/world\s*:\s*["'`]MAIN["'`]/, /"world"\s*:\s*"MAIN"/, /ExecutionWorld\.MAIN/];
    for (const f of [...sources, join(ROOT, 'manifest.json')]) check(f, [/onMessageExternal/, /onConnectExternal/, /externally_connectable/, ...mainWorld]);
    // In dist only the MAIN-world markers: webextension-polyfill's API table names onMessageExternal
    // (a wrapper that is inert unless our code registers a listener, which the source scan rules out).
    for (const f of all.filter((x) => x.endsWith('.js'))) check(f, [/externally_connectable/, ...mainWorld]);
    expect(hits).toEqual([]);
  });
});
