// Zoom fills its caption overlay with its own status lines ("Captions will be shown in English
// (US)") next to an avatar's initials. That is not an unreadable layout: health stays "capturing"
// and nothing is emitted as speech.
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { startCapture } from '../../src/captions/capture';
import type { CaptionHealth, Utterance } from '../../src/captions/types';

it('a Zoom status line in the overlay is neither speech nor "layout not recognised"', async () => {
  const dom = new JSDOM(
    `<!doctype html><body><div id="wc-footer"></div>
     <div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle">
       <span>DS</span><span class="live-transcription-subtitle__item">Captions will be shown in English (US)</span>
     </div></div></body>`,
    { url: 'https://app.zoom.us/wc/123456789/join', pretendToBeVisual: true },
  );
  const health: CaptionHealth['state'][] = [];
  const said: Utterance[] = [];
  const ac = new AbortController();
  startCapture({
    doc: dom.window.document,
    url: 'https://app.zoom.us/wc/123456789/join',
    selfNames: [],
    pollMs: 30,
    throttleMs: 0,
    stableMs: 200,
    onUtterance: (u) => said.push(u),
    onHealth: (h) => health.push(h.state),
    onCallEnded: () => undefined,
    signal: ac.signal,
  });
  await new Promise((r) => setTimeout(r, 600));
  ac.abort();
  dom.window.close();
  expect(health).toContain('capturing');
  expect(health).not.toContain('layout-unknown');
  expect(said).toEqual([]);
});
