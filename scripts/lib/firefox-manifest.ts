// Rewrites the built Chrome manifest (dist/manifest.json) into a Firefox MV3 one. Pure, so the
// rules are unit-tested without a build. Why each rule:
// - Firefox MV3 has no background.service_worker; it runs event pages from background.scripts
//   (mozilla/web-ext#2532). crxjs emits `service-worker-loader.js` that only does
//   `import './assets/<bg>.js'`; we point scripts at that real module (type: module, Firefox 112+).
// - No sidePanel API in Firefox: the same page becomes sidebar_action.default_panel.
// - `offscreen` does not exist: on Firefox the classifier runs in the background page itself,
//   which has a DOM (the background entry feature-detects `chrome.offscreen`).
// - storage.managed_schema makes Firefox warn and it does no schema checks anyway; policy comes
//   from policies.json "3rdparty" and is re-validated by src/settings/merge.ts.
// - `key` / minimum_chrome_version are Chrome-only; gecko.id is required to sign;
//   data_collection_permissions needs Firefox >= 128 (older ones refuse the key).

export const GECKO_ID = 'alliance-coach@alliance-coach.example';
export const GECKO_MIN_VERSION = '128.0';
const CHROME_ONLY_PERMISSIONS = new Set(['sidePanel', 'offscreen']);
const DEFAULT_PANEL = 'src/entries/sidepanel/index.html';

type Json = Record<string, unknown>;

/** `import './assets/x.js';` (crxjs's loader) -> 'assets/x.js'; anything else -> null. */
export function loaderTarget(loaderSource: string): string | null {
  const m = /^\s*import\s+['"](\.\/)?([^'"]+)['"];?\s*$/.exec(loaderSource);
  return m ? m[2]! : null;
}

export interface FirefoxInput {
  manifest: Json;
  /** Reads a file of the built extension (for the service-worker loader); null if absent. */
  readFile: (path: string) => string | null;
}

export function toFirefoxManifest({ manifest, readFile }: FirefoxInput): { manifest: Json; notes: string[] } {
  const notes: string[] = [];
  const out: Json = structuredClone(manifest);

  const bg = out.background as Json | undefined;
  if (bg && typeof bg.service_worker === 'string') {
    const sw = bg.service_worker;
    const target = loaderTarget(readFile(sw) ?? '');
    const script = target && readFile(target) !== null ? target : sw;
    if (script !== sw) notes.push(`background: ${sw} is a loader; using its module ${script}`);
    out.background = { scripts: [script], type: 'module' };
  }

  const panel = (out.side_panel as Json | undefined)?.default_path;
  delete out.side_panel;
  const panelPath = typeof panel === 'string' ? panel : readFile(DEFAULT_PANEL) !== null ? DEFAULT_PANEL : null;
  if (panelPath) {
    const action = out.action as Json | undefined;
    out.sidebar_action = {
      default_panel: panelPath,
      ...(action?.default_title ? { default_title: action.default_title } : {}),
      ...(action?.default_icon ? { default_icon: action.default_icon } : {}),
      // The panel should open when the user asks, not on every install/startup.
      open_at_install: false,
    };
  } else {
    notes.push('no side panel page found: sidebar_action not set');
  }

  if (Array.isArray(out.permissions)) {
    out.permissions = out.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.has(String(p)));
  }
  const storage = out.storage as Json | undefined;
  if (storage) {
    delete storage.managed_schema;
    if (Object.keys(storage).length === 0) delete out.storage;
  }
  delete out.key;
  delete out.minimum_chrome_version;

  // Firefox does not know use_dynamic_url (crxjs may add it, false) and lint warns on it.
  if (Array.isArray(out.web_accessible_resources)) {
    for (const war of out.web_accessible_resources as Json[]) delete war.use_dynamic_url;
  }

  const bss = (out.browser_specific_settings as Json | undefined) ?? {};
  out.browser_specific_settings = {
    ...bss,
    gecko: {
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
  };
  return { manifest: out, notes };
}
