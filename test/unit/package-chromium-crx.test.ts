// Cross-check against the reference implementation: Chromium's own --pack-extension, given the
// same key and the zip it produced, must yield the same bytes our CRX3 writer does.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCrx3, loadRsaPrivateKey, parseCrx3 } from '../../scripts/lib/crx3';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('CRX3 writer vs Chromium --pack-extension', () => {
  const hasChromium = existsSync(CHROMIUM);
  it.skipIf(!hasChromium)(`produces byte-identical CRX3 files${hasChromium ? '' : ` (skipped: no Chromium at ${CHROMIUM})`}`, () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ac-crx-ref-'));
    try {
      mkdirSync(join(tmp, 'ext'));
      writeFileSync(join(tmp, 'ext', 'manifest.json'), '{"manifest_version":3,"name":"x","version":"1.0"}');
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      writeFileSync(join(tmp, 'k.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
      const r = spawnSync(CHROMIUM, ['--headless=new', '--no-sandbox', `--user-data-dir=${join(tmp, 'profile')}`,
        `--pack-extension=${join(tmp, 'ext')}`, `--pack-extension-key=${join(tmp, 'k.pem')}`], { timeout: 60_000 });
      expect(existsSync(join(tmp, 'ext.crx')), String(r.stderr)).toBe(true);
      const reference = readFileSync(join(tmp, 'ext.crx'));
      const parsed = parseCrx3(reference);
      expect(parsed.valid).toBe(true);
      const ours = buildCrx3(parsed.zip, loadRsaPrivateKey(readFileSync(join(tmp, 'k.pem'))));
      expect(ours.id).toBe(parsed.id);
      expect(ours.crx.equals(reference)).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 90_000);
});
