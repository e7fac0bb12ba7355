// Builds dist-firefox/ from the real dist/ and runs Mozilla's linter (web-ext lint, the same
// addons-linter AMO runs on upload). Needs `vite build` first: `npm test` builds before e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFirefox } from '../../scripts/build-firefox';

const root = fileURLToPath(new URL('../../', import.meta.url));
// AC_DIST_DIR lets the lint run against another build (e.g. a probe build in a temp dir).
const dist = process.env.AC_DIST_DIR ?? join(root, 'dist');
const out = join(root, 'dist-firefox');
const hasDist = existsSync(join(dist, 'manifest.json'));

interface LintMessage { code: string; message: string; description?: string; file?: string }
interface LintReport { summary: { errors: number; warnings: number }; errors: LintMessage[]; warnings: LintMessage[] }

describe('Firefox build', () => {
  it.skipIf(!hasDist)(`web-ext lint finds no errors in dist-firefox/${hasDist ? '' : ' (skipped: dist/ absent, run `npx vite build` first)'}`, () => {
    buildFirefox(dist, out);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const script of manifest.background.scripts as string[]) expect(existsSync(join(out, script))).toBe(true);
    expect(existsSync(join(out, manifest.sidebar_action.default_panel))).toBe(true);

    const bin = join(root, 'node_modules', '.bin', 'web-ext');
    const r = spawnSync(bin, ['lint', '--source-dir', out, '--self-hosted', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      timeout: 110_000,
    });
    const report = JSON.parse(r.stdout) as LintReport;
    const fmt = (ms: LintMessage[]) => ms.map((m) => `${m.code} ${m.file ?? ''}: ${m.description ?? m.message}`).join('\n');
    expect(report.errors, fmt(report.errors)).toEqual([]);
    // Manifest-level warnings mean the rewrite missed something; code-level ones (e.g. preact's
    // own innerHTML) are reported by the linter for review and are not ours to fix here.
    // Known and accepted: data_collection_permissions is honoured from Firefox 140; 128-139 ignore it.
    const manifestWarnings = report.warnings.filter(
      (w) => w.file === 'manifest.json' && !/UNSUPPORTED_BY_MIN_VERSION$/.test(w.code) && w.code !== 'ICON_SIZE_INVALID',
    );
    expect(manifestWarnings, fmt(manifestWarnings)).toEqual([]);
  });
});
