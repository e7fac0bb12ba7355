import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, loaderTarget, toFirefoxManifest } from '../../scripts/lib/firefox-manifest';

const source = JSON.parse(readFileSync(fileURLToPath(new URL('../../manifest.json', import.meta.url)), 'utf8'));
// What crxjs writes into dist/manifest.json (checked on a real build): the worker is a loader.
const built = { ...source, background: { service_worker: 'service-worker-loader.js', type: 'module' },
  web_accessible_resources: [{ matches: ['https://meet.google.com/*'], resources: ['assets/x.js'], use_dynamic_url: false }] };
const files: Record<string, string> = {
  'service-worker-loader.js': "import './assets/index.ts-SSXhEU7X.js';\n",
  'assets/index.ts-SSXhEU7X.js': 'console.log(1)',
  'src/entries/sidepanel/index.html': '<!doctype html>',
};
const readFile = (p: string) => files[p] ?? null;

describe('Firefox manifest rewrite', () => {
  const { manifest: ff, notes } = toFirefoxManifest({ manifest: built, readFile });

  it('runs the real background module as an event page script', () => {
    expect(ff.background).toEqual({ scripts: ['assets/index.ts-SSXhEU7X.js'], type: 'module' });
    expect(notes.join()).toMatch(/loader/);
  });

  it('keeps the worker file when it is not a loader', () => {
    const m = toFirefoxManifest({ manifest: { ...source, background: { service_worker: 'bg.js' } }, readFile: () => 'self.x=1' });
    expect(m.manifest.background).toEqual({ scripts: ['bg.js'], type: 'module' });
  });

  it('turns the side panel into a sidebar and drops Chrome-only keys', () => {
    expect(ff.side_panel).toBeUndefined();
    expect(ff.sidebar_action).toMatchObject({ default_panel: 'src/entries/sidepanel/index.html', default_title: '__MSG_actionTitle__' });
    expect(ff.permissions).toEqual(['storage', 'alarms']);
    expect(ff.storage).toBeUndefined();
    expect(ff.key).toBeUndefined();
    expect(ff.minimum_chrome_version).toBeUndefined();
    expect((ff.web_accessible_resources as object[])[0]).not.toHaveProperty('use_dynamic_url');
  });

  it('finds the panel page when the manifest names none (per-tab panels)', () => {
    const { side_panel: _omit, ...noPanel } = built;
    const m = toFirefoxManifest({ manifest: noPanel, readFile });
    expect(m.manifest.sidebar_action).toMatchObject({ default_panel: 'src/entries/sidepanel/index.html' });
  });

  it('declares the gecko id, minimum version and no data collection', () => {
    expect(ff.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('leaves everything else (content scripts, CSP, options) as built, and the input untouched', () => {
    expect(ff.content_scripts).toEqual(built.content_scripts);
    expect(ff.content_security_policy).toEqual(source.content_security_policy);
    expect(ff.options_ui).toEqual(source.options_ui);
    expect(built.key).toBe(source.key);
    expect(ff).not.toHaveProperty('host_permissions');
  });

  it('parses crxjs loaders only', () => {
    expect(loaderTarget("import './assets/a.js';")).toBe('assets/a.js');
    expect(loaderTarget('import "./assets/a.js"\n')).toBe('assets/a.js');
    expect(loaderTarget("import './a.js'; console.log(1)")).toBeNull();
  });
});
