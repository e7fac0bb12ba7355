// Launches Debian's Chromium with the built extension (dist/) through playwright-core and serves
// fixture pages at the real platform URLs through request routing, so content scripts match exactly
// as in production and nothing touches the network. Every request that is neither a routed fixture
// nor the extension itself is aborted and recorded in `egress` (tests assert it stays empty).
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';

/** The side panel's width in Chrome: it opens at 320 CSS px (also its minimum); screenshots use it. */
export const SIDE_PANEL_WIDTH = 320;

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Which fixture folder answers which origin (a path's last segment picks a file in it, else call.html). */
export const FIXTURE_ORIGINS: Record<string, string> = {
  'https://meet.google.com': 'meet',
  'https://teams.microsoft.com': 'teams',
  'https://teams.live.com': 'teams',
  'https://teams.cloud.microsoft': 'teams',
  'https://app.zoom.us': 'zoom',
  'https://us04web.zoom.us': 'zoom',
  'https://meet.jit.si': 'jitsi',
  'https://8x8.vc': 'jitsi',
};

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  egress: string[];
  serviceWorker(): Promise<Worker>;
  openCall(url: string, opts?: { fixture?: string }): Promise<Page>;
  openPanel(tabId: number): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  tabIdFor(platform: string, opts?: { exclude?: number[] }): Promise<number>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium args (e.g. a policy directory is set through the environment, not here). */
  args?: string[];
  userDataDir?: string;
  keepUserDataDir?: boolean;
  /** Show a real window (the demo on a machine with a display); tests always run headless. */
  headed?: boolean;
  /**
   * Do not load dist/: the extension with this id arrives by itself through the browser's policy
   * (ExtensionInstallForcelist). The browser's extension system and updater must then stay on, so
   * playwright's default `--disable-extensions` and `--disable-background-networking` are dropped
   * (the latter turns off the extension updater, which is what fetches a force-installed CRX).
   */
  forceInstalledId?: string;
  /** How long to wait for the extension's service worker (a force-install downloads it first). */
  serviceWorkerTimeoutMs?: number;
}

export function haveBrowser(): boolean {
  return existsSync(CHROMIUM) && existsSync(join(DIST, 'manifest.json'));
}

function fixtureFile(folder: string, pathname: string, override?: string): string {
  const last = pathname.split('/').filter(Boolean).pop() ?? '';
  const dir = join(FIXTURES, folder);
  if (last && /^[\w.-]+\.(js|json|css|html)$/.test(last) && existsSync(join(dir, last))) return join(dir, last);
  return join(dir, override ?? 'call.html');
}

export async function launch(opts: LaunchOptions = {}): Promise<Harness> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'alliance-e2e-'));
  const forced = opts.forceInstalledId;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    ...(forced ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] } : {}),
    args: [
      ...(opts.headed ? [] : ['--headless=new']),
      ...(forced ? [] : [`--disable-extensions-except=${DIST}`, `--load-extension=${DIST}`, '--disable-background-networking']),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      ...(opts.args ?? []),
    ],
  });
  const egress: string[] = [];
  let fixtureOverride: string | undefined;
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const folder = FIXTURE_ORIGINS[url.origin];
    if (folder) {
      const file = fixtureFile(folder, url.pathname, fixtureOverride);
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'no fixture' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'text/plain', body: readFileSync(file) });
    }
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    egress.push(url.href);
    return route.abort();
  });

  const prefix = forced ? `chrome-extension://${forced}/` : 'chrome-extension://';
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith(prefix));
    return (
      existing ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(prefix),
        timeout: opts.serviceWorkerTimeoutMs ?? 30_000,
      }))
    );
  };
  const sw = await serviceWorker();
  const extensionId = new URL(sw.url()).host;

  const harness: Harness = {
    context,
    extensionId,
    userDataDir,
    egress,
    serviceWorker,
    async openCall(url, o) {
      fixtureOverride = o?.fixture;
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openPanel(tabId) {
      return harness.openExtensionPage(`src/entries/sidepanel/index.html?tab=${tabId}`);
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async tabIdFor(platform, o) {
      const deadline = Date.now() + 20_000;
      while (Date.now() < deadline) {
        const w = await serviceWorker();
        const calls = (await w.evaluate(async () => {
          const all = await chrome.storage.session.get(null);
          return Object.entries(all)
            .filter(([k]) => k.startsWith('call:'))
            .map(([, v]) => v as { tabId: number; platform: string; startedAt: number });
        })) as Array<{ tabId: number; platform: string; startedAt: number }>;
        const hit = calls
          .filter((c) => c.platform === platform && !(o?.exclude ?? []).includes(c.tabId))
          .sort((a, b) => b.startedAt - a.startedAt)[0];
        if (hit) return hit.tabId;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`no live ${platform} call registered by the extension`);
    },
    async close() {
      await context.close().catch(() => undefined);
      if (!opts.keepUserDataDir && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return harness;
}
