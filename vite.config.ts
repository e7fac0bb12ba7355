import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

const ROOT = import.meta.dirname;
const CONTENT_ENTRY = 'src/entries/content/index.ts';
const CONTENT_OUT = 'assets/content-script.js';

// The content script ships as ONE classic script, not as @crxjs's loader that imports its chunks:
// a loader needs those chunks to be web_accessible_resources, and any web-accessible file lets a
// call page detect the extension by fetching it (finding 8). So crx() gets the manifest without
// content scripts, and this plugin builds the content script as a self-contained IIFE afterwards
// and adds it to dist/manifest.json with the manifest's own matches. No web_accessible_resources.
const { content_scripts: contentScripts, ...crxManifest } = manifest;

function contentScriptAsClassicScript(): Plugin {
  let outDir = 'dist';
  // `vite build --minify false` reaches this inner build too, so a profile of the content script
  // shows its function names (scripts/bench/profile-call.ts); the default stays minified.
  let minify: boolean | 'esbuild' | 'terser' | 'oxc' = 'esbuild';
  return {
    name: 'alliance:content-script-iife',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
      minify = c.build.minify;
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: ROOT,
        logLevel: 'warn',
        define: { 'process.env.NODE_ENV': '"production"' },
        build: {
          target: 'chrome116',
          outDir,
          emptyOutDir: false,
          sourcemap: false,
          copyPublicDir: false,
          minify,
          lib: { entry: resolve(ROOT, CONTENT_ENTRY), formats: ['iife'], name: 'allianceCoachContent', fileName: () => CONTENT_OUT },
        },
      });
      const path = join(outDir, 'manifest.json');
      const built = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      built.content_scripts = contentScripts.map((cs) => ({ ...cs, js: [CONTENT_OUT] }));
      delete built.web_accessible_resources;
      writeFileSync(path, JSON.stringify(built, null, 2));
    },
  };
}

// Pages the manifest does not name (offscreen, summary) must be build inputs of their own.
export default defineConfig({
  plugins: [preact(), crx({ manifest: crxManifest as never }), contentScriptAsClassicScript()],
  build: {
    target: 'chrome116',
    sourcemap: false,
    rollupOptions: {
      input: {
        offscreen: 'src/entries/offscreen/index.html',
        summary: 'src/entries/summary/index.html',
      },
    },
  },
  server: { port: 5173, strictPort: true },
});
