import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };

// Pages the manifest does not name (offscreen, summary) must be build inputs of their own.
export default defineConfig({
  plugins: [preact(), crx({ manifest: manifest as never })],
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
