// The DOM controller: adapter choice, health, teardown on abort, fault isolation, fallbacks.
import { describe, expect, it } from 'vitest';
import { startCapture } from '../../src/captions/capture.ts';
import { teams } from '../../src/captions/platforms/teams.ts';
import type { CaptionHealth, Utterance } from '../../src/captions/types.ts';
import { latest, loadFixture, sleep, stream, URLS, type Platform } from './helpers.ts';

function start(platform: Platform, over: Partial<Parameters<typeof startCapture>[0]> = {}) {
  const { dom, fixture } = loadFixture(platform);
  const out: Utterance[] = [];
  const health: CaptionHealth['state'][] = [];
  const ac = new AbortController();
  let ended = 0;
  const handle = startCapture({
    doc: dom.window.document,
    url: URLS[platform],
    selfNames: ['Dr. Alice Smith'],
    stableMs: 200,
    pollMs: 30,
    throttleMs: 0,
    onUtterance: (u) => out.push(u),
    onHealth: (h) => health.push(h.state),
    onCallEnded: () => ended++,
    signal: ac.signal,
    ...over,
  });
  return { dom, fixture, out, health, ac, handle, ended: () => ended };
}
const fast = { wordMs: 10, stepMs: 30, speed: 2 };

describe('startCapture', () => {
  it('does nothing on pages that are not call pages', () => {
    const { dom } = loadFixture('meet');
    const ac = new AbortController();
    for (const url of ['https://meet.google.com/', 'https://example.org/abc-defg-hij', 'https://app.zoom.us/wc/home', 'not a url']) {
      expect(startCapture({ doc: dom.window.document, url, selfNames: [], onUtterance: () => {}, onHealth: () => {}, onCallEnded: () => {}, signal: ac.signal })).toBeNull();
    }
  });

  it('returns the platform and its captions hint', () => {
    const c = start('teams');
    expect(c.handle?.platform).toBe('teams');
    expect(c.handle?.hint.key).toBe('captionsHintTeams');
    expect(c.handle?.hint.text.length).toBeGreaterThan(10);
    c.ac.abort();
  });

  it('reports waiting → captions-off → capturing as the call and captions appear', async () => {
    const c = start('teams');
    await sleep(60);
    await c.fixture.play({ setup: { cc: false }, steps: [{ do: 'pause', ms: 100 }, { do: 'cc-on' }, { speaker: 'Bob Jones', text: 'hello there' }] }, fast);
    await sleep(100);
    expect(c.health).toEqual(['waiting', 'captions-off', 'capturing']);
    c.ac.abort();
  });

  it('says layout-unknown when caption-like UI is present but unparseable', async () => {
    const c = start('jitsi');
    await c.fixture.play({ steps: [] }, fast);
    const box = c.dom.window.document.querySelector('.transcription-subtitles')!;
    const div = c.dom.window.document.createElement('div');
    div.textContent = 'Bob Jones — some caption text in a brand new layout';
    box.appendChild(div);
    await sleep(100);
    expect(c.health.at(-1)).toBe('layout-unknown');
    c.ac.abort();
  });

  it('says layout-unknown when no known root exists but caption-ish nodes do (Teams)', async () => {
    const c = start('teams');
    await c.fixture.play({ setup: { cc: false }, steps: [] }, fast);
    await sleep(80);
    expect(c.health.at(-1)).toBe('captions-off');
    const el = c.dom.window.document.createElement('div');
    el.setAttribute('data-tid', 'closed-caption-v3-surface');
    c.dom.window.document.body.appendChild(el);
    await sleep(80);
    expect(c.health.at(-1)).toBe('layout-unknown');
    c.ac.abort();
  });

  it('after abort nothing is observed, polled or emitted', async () => {
    const c = start('meet');
    c.ac.abort();
    await c.fixture.play(c.fixture.scripts.callEnd!, fast);
    await sleep(400);
    expect(c.out).toEqual([]);
    expect(c.ended()).toBe(0);
    expect(c.health).toEqual(['waiting']);
  });

  it('a throwing callback never reaches the page and does not stop capture', async () => {
    let calls = 0;
    const c = start('jitsi', {
      onUtterance: () => {
        calls++;
        throw new Error('consumer bug');
      },
      onHealth: () => {
        throw new Error('consumer bug');
      },
    });
    await c.fixture.play(c.fixture.scripts.basic!, fast);
    await sleep(500);
    expect(calls).toBe(c.fixture.expected(c.fixture.scripts.basic!).length);
    c.ac.abort();
  });

  it('keeps reading through the poll when mutation callbacks are late (hidden tab)', async () => {
    const c = start('teams', { throttleMs: 60_000 }); // observer-driven reads effectively never run
    await c.fixture.play(c.fixture.scripts.basic!, { wordMs: 40, stepMs: 80 });
    await sleep(500);
    expect(stream(latest(c.out))).toEqual(stream(c.fixture.expected(c.fixture.scripts.basic!)));
    c.ac.abort();
  });

  it('rapid CC toggling: no throw, nothing duplicated', async () => {
    const c = start('meet');
    const steps: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 12; i++) {
      steps.push({ speaker: i % 2 ? 'Bob Jones' : 'Dr. Alice Smith', self: i % 2 === 0, text: `Sentence number ${i} is here.` });
      steps.push({ do: 'cc-toggle', ms: i % 3 });
    }
    await c.fixture.play({ steps } as never, { wordMs: 4, stepMs: 8 });
    await sleep(500);
    const finals = latest(c.out);
    const keys = finals.map((u) => `${u.speaker}|${u.text}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(c.out.map((u) => `${u.id}#${u.revision}`)).size).toBe(c.out.length);
    c.ac.abort();
  });

  it('100 KB of caption text in one node: captured, no throw', async () => {
    const c = start('teams');
    await c.fixture.play({ steps: [{ speaker: 'Bob Jones', text: 'short one.' }] }, fast);
    const big = Array.from({ length: 16_000 }, (_, i) => `word${i % 500}`).join(' ');
    const textEl = c.dom.window.document.querySelector('[data-tid="closed-caption-text"]')!;
    textEl.textContent = big;
    await sleep(500);
    expect(latest(c.out).some((u) => u.text.length === big.length)).toBe(true);
    c.ac.abort();
  });

  // Finding 10: a page script can dispatch a synthetic pagehide; only the browser's own ends the call.
  it('leaving while the caption view stays on screen ends the call within about a second, at product polling', async () => {
    const c = start('teams', { pollMs: 4000, stableMs: 60_000 });
    await c.fixture.play({ steps: [{ speaker: 'Bob Jones', text: 'see you next week' }] }, fast);
    await sleep(100);
    const doc = c.dom.window.document;
    const b = doc.querySelector('#hangup-button, button[data-tid="hangup-main-btn"]')!;
    expect(b).not.toBeNull();
    // The call controls beside the captions in one container (as Zoom's #wc-container holds its
    // footer): the button sits beside an ancestor of the caption list.
    const list = teams.findRoot(doc)!.el;
    list.parentElement!.appendChild(b);
    await sleep(100);
    // A re-render that takes the button away and puts it back at once is not a call end.
    b.remove();
    list.parentElement!.appendChild(b);
    await sleep(1500);
    expect(c.ended()).toBe(0);
    b.remove(); // the user left: the button goes, the caption list stays on screen
    await sleep(1800); // one confirming poll (1 s), not two product polls (up to 8 s)
    expect(doc.body.textContent).toContain('see you next week');
    expect(c.ended()).toBe(1);
    expect(latest(c.out).map((u) => u.text)).toEqual(['see you next week']);
    c.ac.abort();
  });

  it('a synthetic (untrusted) pagehide from the page does not end the call', async () => {
    const c = start('jitsi', { stableMs: 60_000 });
    await c.fixture.play({ steps: [{ speaker: 'Bob Jones', text: 'still talking' }] }, fast);
    await sleep(60);
    c.dom.window.dispatchEvent(new c.dom.window.Event('pagehide'));
    expect(c.out).toEqual([]);
    expect(c.ended()).toBe(0);
    c.ac.abort();
  });

  it('pagehide during a call flushes and ends the call', async () => {
    const c = start('jitsi', { stableMs: 60_000, isTrusted: () => true });
    await c.fixture.play({ steps: [{ speaker: 'Bob Jones', text: 'still talking' }] }, fast);
    await sleep(60);
    expect(c.out).toEqual([]);
    c.dom.window.dispatchEvent(new c.dom.window.Event('pagehide'));
    expect(c.out.map((u) => u.text)).toEqual(['still talking']);
    expect(c.ended()).toBe(1);
    c.ac.abort();
  });
});
