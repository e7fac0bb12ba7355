// Hostile input end to end: captions and speaker names carrying markup and script, a 100 KB caption
// and a flood of caption updates, then forged and garbage messages from an extension page. The
// extension must keep working, render page text only as text (no element injected, no dialog), and
// refuse caption messages that do not come from a content script in a call tab.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haveBrowser, launch, type Harness } from './harness';
import { storedCall } from '../../scripts/lib/stored-call';

const MEET = 'https://meet.google.com/hos-tile-inp';
const XSS_NAME = '<img src=x onerror="window.__pwned=1;alert(1)">Eve';
const XSS_TEXT = '"><script>window.__pwned=2</script><img src=x onerror=alert(3)> javascript:alert(4) \u202Eevil';

describe.skipIf(!haveBrowser())('hostile input', () => {
  let h: Harness;
  let call: Page;
  let panel: Page;
  let tabId: number;
  const dialogs: string[] = [];
  const feedTexts = () => panel.locator('.ac-feed li .ac-text').allTextContents();

  beforeAll(async () => {
    h = await launch();
    h.context.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    call = await h.openCall(MEET);
    tabId = await h.tabIdFor('meet');
    panel = await h.openPanel(tabId);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('markup and script in captions and speaker names render as text: no element, no dialog', async () => {
    await call.evaluate(async ({ name, text }) => {
      const f = (window as any).__fixture;
      await f.play({ steps: [{ speaker: name, text }, { speaker: 'Bob Jones', text: 'After the markup line.' }] }, { wordMs: 10, stepMs: 60 });
    }, { name: XSS_NAME, text: XSS_TEXT });
    await expect.poll(feedTexts, { timeout: 20_000 }).toContain('After the markup line.');
    const feed = panel.locator('.ac-feed');
    expect(await feed.locator('img, script, svg, iframe').count()).toBe(0);
    expect(await feed.locator('.ac-speaker').allTextContents()).toContain(XSS_NAME);
    expect(await feedTexts()).toContain(XSS_TEXT);
    expect(await panel.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });

  it('a 100 KB caption does not jam the pipeline: later captions still arrive', async () => {
    const size = await call.evaluate(async () => {
      const f = (window as any).__fixture;
      // 100 words of 1000 characters: one 100 KB caption, far above the protocol's 20 000-char cap.
      const words = Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(999) + '.');
      const big = words.join(' ');
      await f.play({ steps: [{ speaker: 'Bob Jones', text: big }, { speaker: 'Bob Jones', text: 'Short line after the huge one.' }] }, { wordMs: 5, stepMs: 60 });
      return big.length;
    });
    expect(size).toBeGreaterThan(100_000);
    await expect.poll(feedTexts, { timeout: 20_000 }).toContain('Short line after the huge one.');
    const longest = Math.max(...(await feedTexts()).map((t) => t.length));
    expect(longest).toBeGreaterThan(1000); // the big caption is shown (capped), not silently dropped
    expect(longest).toBeLessThanOrEqual(20_000);
  });

  it('a flood of caption updates (thousands a minute) is absorbed: every utterance stored, worker responsive', async () => {
    const t0 = Date.now();
    const { updates, utterances } = await call.evaluate(async () => {
      const f = (window as any).__fixture;
      const line = 'we talked about the inhaler and the cough at night and how the week went overall with the new plan in place okay';
      const steps = Array.from({ length: 40 }, (_, i) => ({ speaker: i % 2 ? 'Bob Jones' : 'Dr. Alice Smith', self: i % 2 === 0, text: `Flood ${i} ${line}` }));
      let updates = 0;
      const obs = new MutationObserver((m) => (updates += m.length));
      obs.observe(document.body, { subtree: true, characterData: true, childList: true });
      await f.play({ steps }, { wordMs: 3, stepMs: 5 });
      obs.disconnect();
      return { updates, utterances: steps.length };
    });
    const seconds = (Date.now() - t0) / 1000;
    console.log(`[hostile-input] flood: ${updates} DOM updates in ${seconds.toFixed(1)} s (${Math.round((updates / seconds) * 60)}/min)`);
    // The flood is set by the fixture's schedule (a word every 3 ms, 5 ms between turns: tens of
    // thousands of updates a minute nominally), so the count is asserted, not a wall-clock rate.
    expect(updates).toBeGreaterThan(400);
    await expect.poll(feedTexts, { timeout: 30_000 }).toEqual(expect.arrayContaining([expect.stringMatching(/^Flood 39 /)]));
    const live = (await storedCall(await h.serviceWorker(), tabId))?.call;
    const stored = live?.coach.utterances.filter((u) => u.text.startsWith('Flood ')).length;
    expect(stored).toBe(utterances);
  });

  it('forged caption messages from an extension page are refused; garbage does not break the worker', async () => {
    const options = await h.openExtensionPage('src/entries/options/index.html');
    const replies = await options.evaluate(async (tab) => {
      const u = { id: 'forged-1', speaker: 'Mallory', role: 'clinician', text: 'FORGEDCAPTION', startMs: 0, endMs: 1, revision: 0 };
      const forged = [
        { kind: 'cs/hello', platform: 'meet', callKey: 'forged' },
        { kind: 'cs/health', platform: 'meet', callKey: 'forged', health: { state: 'capturing' } },
        { kind: 'cs/utterance', platform: 'meet', callKey: 'forged', utterance: u },
        { kind: 'cs/call-ended', platform: 'meet', callKey: 'forged', reason: 'left' },
      ];
      const out: unknown[] = [];
      for (const m of forged) out.push(await chrome.runtime.sendMessage(m).catch((e: Error) => 'error: ' + e.message));
      const deep: any = {};
      let d = deep;
      for (let i = 0; i < 5000; i++) d = d.x = {};
      const garbage: unknown[] = [null, 0, 'x', [], { kind: 'cs/utterance' }, { kind: 'cs/utterance', __proto__: { polluted: 1 } },
        JSON.parse('{"__proto__":{"polluted":1},"kind":"cs/hello","platform":"meet","callKey":"k"}'), { kind: 'x'.repeat(4_000_000) }, deep,
        { kind: 'off/classify', text: 'FORGEDCAPTION', context: '' }, { kind: 'panel/end-call', tabId: tab }];
      let garbageReplies = 0;
      for (const g of garbage) await chrome.runtime.sendMessage(g).then(() => garbageReplies++, () => garbageReplies++);
      // A panel port with garbage, and a port under another name.
      const port = chrome.runtime.connect({ name: 'alliance-panel' });
      for (const g of [null, 42, { kind: 'panel/subscribe', tabId: -1 }, { kind: 'panel/end-call', tabId: 'x' }, { kind: 'panel/pause', tabId: tab, paused: 'yes' }]) port.postMessage(g);
      const other = chrome.runtime.connect({ name: 'something-else' });
      other.postMessage({ kind: 'panel/end-call', tabId: tab });
      // The classifier's port from a page that is not the service worker: the offscreen document
      // hangs up without answering (only the worker may ask it).
      const clf = chrome.runtime.connect({ name: 'alliance-classifier' });
      const clfReplies: unknown[] = [];
      let clfClosed = false;
      clf.onMessage.addListener((m) => clfReplies.push(m));
      clf.onDisconnect.addListener(() => { clfClosed = true; });
      clf.postMessage({ n: 0, msg: { kind: 'off/classify', text: 'FORGEDCAPTION', context: '' } });
      clf.postMessage({ n: 1, msg: { kind: 'off/status' } });
      await new Promise((r) => setTimeout(r, 300));
      port.disconnect();
      other.disconnect();
      return { out, garbageReplies, polluted: ({} as any).polluted, clfReplies, clfClosed };
    }, tabId);
    expect(replies.clfReplies).toEqual([]);
    expect(replies.clfClosed).toBe(true);
    expect(replies.out).toEqual(Array(4).fill({ ok: false, error: 'sender not allowed' }));
    expect(replies.garbageReplies).toBe(11);
    expect(replies.polluted).toBeUndefined();

    // The worker still serves: a fresh panel page gets the live call, and the call keeps capturing.
    const fresh = await h.openPanel(tabId);
    await expect.poll(() => fresh.locator('.ac-feed li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await call.evaluate(() => (window as any).__fixture.play({ steps: [{ speaker: 'Bob Jones', text: 'Still captured after the garbage.' }] }, { wordMs: 10, stepMs: 60 }));
    await expect.poll(() => fresh.locator('.ac-feed li .ac-text').allTextContents(), { timeout: 20_000 }).toContain('Still captured after the garbage.');
    expect(await fresh.locator('.ac-feed').textContent()).not.toContain('FORGEDCAPTION');
    expect(await (await h.serviceWorker()).evaluate(() => ({} as any).polluted)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(h.egress).toEqual([]);
  });
});
