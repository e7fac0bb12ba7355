// Drives Debian's firefox-esr over WebDriver BiDi (puppeteer-core, never a downloaded browser) with
// the Firefox build (dist-firefox/) installed by BiDi's webExtension.install, and serves fixture
// pages at the real platform URLs through request interception, as the Chromium harness does.
//
// What Firefox allows (checked on firefox-esr 153):
// - webExtension.install loads an unsigned add-on directory as a temporary add-on;
// - policies.json ExtensionSettings force-installs the packaged zip from a file:// install_url
//   (the AddonManager reports source "enterprise-policy"); unsigned only because ESR honours
//   xpinstall.signatures.required=false, which the test sets: a clinic's XPI is signed by Mozilla;
// - request interception answers https://meet.google.com/... from a fixture (no network, no TLS);
// - browsingContext.navigate refuses moz-extension:// URLs ("not allowed in this context"), so an
//   extension page is opened from the chrome scope (needs --remote-allow-system-access), after
//   which scripts evaluate in it like in any tab;
// - the moz-extension UUID is random per profile unless fixed by `extensions.webextensions.uuids`.
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from './firefox-manifest';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIXED_UUID = '6f1d3b52-5a8e-4c55-9d1c-0a11ce0c0ac1';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

export interface FirefoxHarness {
  browser: Browser;
  egress: string[];
  /** Opens a page at a platform URL served from test/fixtures/<folder>/. */
  openCall(url: string, fixturesDir: string): Promise<Page>;
  /** Opens one of the extension's own pages (e.g. src/entries/options/index.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Where the AddonManager says the add-on came from ("enterprise-policy", "temporary-addon", ...). */
  installSource(): Promise<string | null>;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  origins: Record<string, string>;
  /** Install this unpacked add-on over BiDi; omit when policies.json force-installs it. */
  addonDir?: string;
}

export async function launchFirefox(opts: FirefoxLaunchOptions): Promise<FirefoxHarness> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // Test builds are unsigned (ESR only; release Firefox ignores this).
      'xpinstall.signatures.required': false,
    },
    timeout: 60_000,
  });
  try {
    if (opts.addonDir) await browser.installExtension(opts.addonDir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const egress: string[] = [];
  // puppeteer-core's BiDi connection, for the two commands it has no API for.
  const send = (method: string, params: object) =>
    (browser as unknown as { connection: { send(m: string, p: object): Promise<{ result: any }> } }).connection.send(method, params);

  return {
    browser,
    egress,
    async openCall(url, fixturesDir) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const u = new URL(req.url());
        const folder = opts.origins[u.origin];
        if (folder) {
          const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
          const named = join(fixturesDir, folder, last);
          const file = /^[\w.-]+\.(js|json|css|html)$/.test(last) && existsSync(named) ? named : join(fixturesDir, folder, 'call.html');
          void req.respond({ status: 200, contentType: TYPES[extname(file)] ?? 'text/plain', body: readFileSync(file) });
        } else if (u.protocol === 'moz-extension:' || u.protocol === 'data:' || u.protocol === 'blob:') {
          void req.continue();
        } else {
          egress.push(req.url());
          void req.abort();
        }
      });
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const url = `moz-extension://${FIXED_UUID}/${path}`;
      const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const chromeWindow = tree.result.contexts[0].context as string;
      // A policy install may still be under way: wait until the AddonManager has it running.
      await send('script.evaluate', {
        expression: `(async () => {
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          for (let i = 0; i < 100; i++) {
            const a = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
            if (a && a.isActive) return true;
            await new Promise((r) => setTimeout(r, 200));
          }
          throw new Error('add-on not installed');
        })()`,
        target: { context: chromeWindow },
        awaitPromise: true,
      });
      await send('script.evaluate', {
        expression: `(() => {
          const w = Services.wm.getMostRecentWindow('navigator:browser');
          w.gBrowser.selectedTab = w.gBrowser.addTab(${JSON.stringify(url)}, {
            triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
        })()`,
        target: { context: chromeWindow },
        awaitPromise: false,
      });
      // puppeteer may still report the new tab as about:blank: ask each page where it is.
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        for (const p of (await browser.pages()).reverse()) {
          const href = await p.evaluate(() => location.href).catch(() => '');
          if (href === url && (await p.evaluate(() => document.readyState).catch(() => '')) === 'complete') return p;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`extension page ${path} did not open`);
    },
    async installSource() {
      const tree = await send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const r = await send('script.evaluate', {
        expression: `(async () => {
          const { AddonManager } = ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
          const a = await AddonManager.getAddonByID(${JSON.stringify(GECKO_ID)});
          return a?.installTelemetryInfo?.source ?? null;
        })()`,
        target: { context: tree.result.contexts[0].context },
        awaitPromise: true,
      });
      return (r.result?.result?.value as string | undefined) ?? null;
    },
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}
