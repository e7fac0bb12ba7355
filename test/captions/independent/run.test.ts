// Runs the independent scenarios (written from the research doc, not from product fixtures)
// against the public capture API in jsdom, with small real delays.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { startCapture } from '../../../src/captions/capture.ts';
import { meetScenarios } from './meet.scenarios.ts';
import { teamsScenarios } from './teams.scenarios.ts';
import { zoomScenarios } from './zoom.scenarios.ts';
import { jitsiScenarios } from './jitsi.scenarios.ts';
import { runScenarioGroups } from './runner.ts';

runScenarioGroups('independent', [
  ['meet', meetScenarios],
  ['teams', teamsScenarios],
  ['zoom', zoomScenarios],
  ['jitsi', jitsiScenarios],
]);

describe('independent: non-call pages', () => {
  it.each([
    'https://meet.google.com/',
    'https://meet.google.com/landing',
    'https://app.zoom.us/wc/home',
    'https://example.org/wc/84512345678/join',
  ])('%s is not a call page', (url) => {
    const dom = new JSDOM('<body></body>', { url });
    const h = startCapture({
      doc: dom.window.document,
      url,
      selfNames: [],
      onUtterance: () => {},
      onHealth: () => {},
      onCallEnded: () => {},
      signal: new AbortController().signal,
    });
    expect(h).toBeNull();
    dom.window.close();
  });
});
