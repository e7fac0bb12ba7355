// Promise 1 ("captions never leave the device") and promise 4 ("page scripts cannot reach the
// extension"), checked on the built extension during a full scripted Meet call: an independent CDP
// connection watches the network of EVERY target (call page, service worker, offscreen document,
// side panel, summary page, Chromium's own UI) and no request may go anywhere but the extension
// itself or the routed fixture origin. Positive controls prove the watcher would see a leak.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CdpWatch, REMOTE_DEBUGGING_ARG } from '../../scripts/lib/cdp-watch';
import { DIST, haveBrowser, launch, type Harness } from './harness';

/** Every file the extension ships, as a path inside the extension. */
function distPaths(dir = DIST): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? distPaths(p) : [relative(DIST, p)];
  });
}

const MEET = 'https://meet.google.com/abc-defg-hij';
const CANARY = 'CANARYegress4c81d2f7';
const FIXTURE_ORIGIN = 'https://meet.google.com';

/** Every request must stay on the device: own extension, routed fixture, or a local-only scheme. */
function isAllowed(url: string, extensionId: string): boolean {
  const u = new URL(url);
  if (u.protocol === 'chrome-extension:') return u.host === extensionId;
  if (['data:', 'blob:', 'about:', 'chrome:'].includes(u.protocol)) return true; // never the network
  return u.origin === FIXTURE_ORIGIN;
}

describe.skipIf(!haveBrowser())('privacy: zero egress during a full call (CDP on every target)', () => {
  let h: Harness;
  let cdp: CdpWatch;
  let call: Page;
  let panel: Page;
  let spoken = 0;

  beforeAll(async () => {
    h = await launch({ args: [REMOTE_DEBUGGING_ARG] });
    cdp = await CdpWatch.attach(h.userDataDir);
  });
  afterAll(async () => {
    cdp?.close();
    await h?.close();
  });

  it('a long call with labels, then leave and the summary: no request leaves the extension or the fixture', async () => {
    call = await h.openCall(MEET);
    const tabId = await h.tabIdFor('meet');
    panel = await h.openPanel(tabId);
    // Extension pages other than the classifier's document must not be handed caption text: the
    // worker talks to the classifier over a port of its own, not a runtime.sendMessage (which Chrome
    // delivers to every extension page, this panel included).
    await panel.evaluate(() => chrome.runtime.onMessage.addListener((m) => void ((window as any).__heard ??= []).push(JSON.stringify(m))));
    spoken = await call.evaluate(async (canary) => {
      const f = (window as any).__fixture;
      const s = f.scripts;
      const steps = [...s.basic.steps, ...s.corrections.steps, ...s.monologue.steps, ...s.chatNoise.steps, ...s.threeParty.steps];
      steps.push({ speaker: 'Bob Jones', text: `My pharmacy reference is ${canary} if you need it.` });
      const script = { steps };
      await f.play(script, { wordMs: 8, stepMs: 30 });
      return f.expected(script).length as number;
    }, CANARY);
    const feed = panel.locator('.ac-feed li');
    // The whole call has been processed once its last line (the canary) is in the feed. A row
    // count is only a lower bound here: on a starved CI machine the fixture's timers can stall
    // longer than the segmenter's silence rule mid-monologue, which then (correctly, as for a
    // speaker who pauses) ends the utterance there. Exact utterance lists per fixture are the
    // capture tests' job (captions-*.test.ts); this test is about egress.
    await expect.poll(() => panel.locator('.ac-feed').textContent(), { timeout: 30_000 }).toContain(CANARY);
    expect(await feed.count()).toBeGreaterThanOrEqual(spoken);
    await expect.poll(() => panel.locator('.ac-feed li[data-label]').count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(8);
    const labelled = await panel.locator('.ac-feed li[data-label] .ac-text').allTextContents();
    const heard = (await panel.evaluate(() => (window as any).__heard ?? [])) as string[];
    expect(heard.filter((m) => labelled.some((t) => m.includes(JSON.stringify(t).slice(1, -1))))).toEqual([]);

    // Leave: the call ends, the panel offers its summary, and the summary page opens from the panel.
    await call.evaluate(() => (window as any).__fixture.play({ steps: [{ do: 'leave' }] }, { stepMs: 0 }));
    const open = panel.locator('button.ac-summary');
    await expect.poll(() => panel.evaluate(() => document.querySelector('.ac-feed li') === null), { timeout: 20_000 }).toBe(true);
    const [summary] = await Promise.all([h.context.waitForEvent('page'), open.click()]);
    await summary.waitForLoadState();
    expect(summary.url()).toContain('/src/entries/summary/index.html');
    await expect.poll(() => summary.locator('body').textContent(), { timeout: 20_000 }).toContain(CANARY);

    await cdp.refresh();
    const requests = cdp.requests;
    const offending = requests.filter((r) => !isAllowed(r.url, h.extensionId));
    console.log(
      `[privacy-egress] ${requests.length} requests from ${new Set(cdp.seen.map((t) => t.targetId)).size} targets; ` +
        `by target type: ${JSON.stringify(countBy(requests, (r) => r.targetType))}; non-local schemes: ` +
        JSON.stringify(countBy(requests.filter((r) => /^(https?|wss?):/.test(r.url)), (r) => new URL(r.url).origin)),
    );
    expect(offending).toEqual([]);
    expect(h.egress).toEqual([]); // playwright's route saw nothing unrouted either

    // The watcher really covered each extension context (not just the pages playwright knows).
    const ext = `chrome-extension://${h.extensionId}/`;
    const kinds = cdp.seen.filter((t) => t.url.startsWith(ext)).map((t) => `${t.type} ${t.url.slice(ext.length).split('?')[0]}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'service_worker service-worker-loader.js',
        expect.stringMatching(/ src\/entries\/offscreen\/index\.html$/),
        'page src/entries/sidepanel/index.html',
        'page src/entries/summary/index.html',
      ]),
    );
    const from = (path: string) => requests.filter((r) => r.targetUrl.includes(path)).length;
    expect(from('offscreen/index.html')).toBeGreaterThan(0); // the model and wasm loads were seen
    expect(from('sidepanel/index.html')).toBeGreaterThan(0);
  });

  it('CSP: fetch to a remote origin from the side panel and the offscreen document is refused, with no request', async () => {
    const probe = `(async () => {
      const seen = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective + ' ' + e.blockedURI));
      const r = await fetch('https://example.org/csp-probe').then(() => 'fetched', (e) => e.name);
      await new Promise((ok) => setTimeout(ok, 100));
      return { r, seen };
    })()`;
    const fromPanel = await panel.evaluate(probe);
    const fromOffscreen = await cdp.evaluate((t) => t.url.endsWith('/src/entries/offscreen/index.html'), probe);
    for (const got of [fromPanel, fromOffscreen]) {
      expect(got).toEqual({ r: 'TypeError', seen: [expect.stringMatching(/^connect-src https:\/\/example\.org/)] });
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(cdp.requests.filter((r) => r.url.includes('example.org'))).toEqual([]);
    expect(h.egress).toEqual([]);
  });

  it('the call page cannot reach the extension: no chrome.runtime, panel not web-accessible, no caption in page storage', async () => {
    const got = await call.evaluate(async ({ id }) => {
      const c = (globalThis as any).chrome;
      let send = 'no runtime';
      if (c?.runtime?.sendMessage) {
        send = await Promise.resolve()
          .then(() => c.runtime.sendMessage(id, { kind: 'panel/end-call', tabId: 1 }))
          .then(() => 'delivered', (e: Error) => 'refused: ' + e.message);
      }
      const panelFetch = await fetch(`chrome-extension://${id}/src/entries/sidepanel/index.html`).then((r) => `status ${r.status}`, (e) => e.name);
      const summaryFetch = await fetch(`chrome-extension://${id}/src/entries/summary/index.html`).then((r) => `status ${r.status}`, (e) => e.name);
      const local = JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage });
      const dbs = await indexedDB.databases();
      return { send, panelFetch, summaryFetch, local, dbs: dbs.map((d) => d.name), html: document.documentElement.outerHTML };
    }, { id: h.extensionId });
    expect(got.send).not.toBe('delivered');
    expect(got.panelFetch).toBe('TypeError');
    expect(got.summaryFetch).toBe('TypeError');
    expect(got.local).not.toContain(CANARY);
    expect(got.dbs).toEqual([]); // the extension creates no IndexedDB in the call page's origin
    expect(got.html).not.toContain(CANARY); // the caption DOM is gone after leave and we added none
  });

  it('CSP: an image, a frame and a form post to a remote URL from the side panel are blocked, with no request (finding 9)', async () => {
    const got = await panel.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
      const img = document.createElement('img');
      img.src = 'https://example.org/csp-image.png';
      document.body.append(img);
      const frame = document.createElement('iframe');
      frame.src = 'https://example.org/csp-frame';
      document.body.append(frame);
      const form = document.createElement('form');
      form.action = 'https://example.org/csp-form';
      form.method = 'post';
      document.body.append(form);
      form.submit();
      await new Promise((ok) => setTimeout(ok, 500));
      img.remove();
      frame.remove();
      form.remove();
      return { seen, url: location.href };
    });
    expect(got.seen).toEqual(
      expect.arrayContaining([
        'img-src https://example.org/csp-image.png',
        expect.stringMatching(/^frame-src https:\/\/example\.org/),
        expect.stringMatching(/^form-action https:\/\/example\.org/),
      ]),
    );
    expect(got.url).toContain('/src/entries/sidepanel/index.html'); // the form did not navigate the panel away
    await new Promise((r) => setTimeout(r, 200));
    // Chromium announces the image before its CSP check refuses it: each such request must have
    // failed with blockedReason "csp", and nothing reached the network (playwright's route saw none).
    const announced = cdp.requests.filter((r) => r.url.startsWith('https://example.org/csp-'));
    const blocked = new Map(cdp.failures.map((f) => [f.requestId, f.blockedReason]));
    expect(announced.map((r) => `${r.url} ${blocked.get(r.requestId)}`)).toEqual(announced.map((r) => `${r.url} csp`));
    expect(h.egress).toEqual([]);
  });

  it('the call page cannot detect the extension: fetching any of its files fails (finding 8)', async () => {
    const paths = distPaths();
    expect(paths).toContain('assets/content-script.js');
    const results = await call.evaluate(async ({ id, paths }) => {
      const out: Record<string, string> = {};
      for (const p of paths) out[p] = await fetch(`chrome-extension://${id}/${p}`).then((r) => `status ${r.status}`, (e: Error) => e.name);
      return out;
    }, { id: h.extensionId, paths });
    const reachable = Object.entries(results).filter(([, r]) => r !== 'TypeError');
    console.log(`[privacy-egress] call page fetched ${paths.length} extension files: ${reachable.length} reachable`);
    expect(reachable).toEqual([]);
  });

  it('positive controls: the watcher sees a service-worker fetch and a remote request from a page', async () => {
    const sw = await h.serviceWorker();
    await sw.evaluate(() => fetch(chrome.runtime.getURL('manifest.json')).then((r) => r.status));
    await call.evaluate(() => fetch('https://example.org/watcher-control').catch(() => undefined));
    await expect.poll(() => cdp.requests.some((r) => r.targetType === 'service_worker' && r.url.endsWith('/manifest.json')), { timeout: 5000 }).toBe(true);
    await expect.poll(() => cdp.requests.some((r) => r.url === 'https://example.org/watcher-control'), { timeout: 5000 }).toBe(true);
    expect(h.egress).toContain('https://example.org/watcher-control');
  });
});

function countBy<T>(xs: T[], key: (x: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
}
