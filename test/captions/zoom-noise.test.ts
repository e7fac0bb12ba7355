// Zoom fills its caption overlay with its own status lines ("Captions will be shown in English
// (US)") next to an avatar's initials. That is not an unreadable layout: health stays "capturing"
// and nothing is emitted as speech.
import { JSDOM } from 'jsdom';
import { expect, it } from 'vitest';
import { startCapture } from '../../src/captions/capture';
import type { CaptionHealth, Utterance } from '../../src/captions/types';

it.each([
  'Captions will be shown in English (US)',
  // The web client in Spanish (round 30 of the blind caption scenarios), and two other locales.
  'Los subtítulos se mostrarán en inglés (EE. UU.)',
  'Les sous-titres seront affichés en anglais (États-Unis)',
  'I sottotitoli verranno mostrati in inglese (Stati Uniti)',
])('a Zoom status line in the overlay ("%s") is neither speech nor "layout not recognised"', async (line) => {
  const dom = new JSDOM(
    `<!doctype html><body><div id="wc-footer"></div>
     <div class="live-transcription-subtitle__box"><div id="live-transcription-subtitle">
       <span>DS</span><span class="live-transcription-subtitle__item">${line}</span>
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
