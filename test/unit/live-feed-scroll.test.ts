// @vitest-environment jsdom
// The live feed keeps its newest line in view by reading scrollHeight, which makes the browser lay
// the panel out on the spot. During a call the feed sits in the closed "more" disclosure: then no
// caption may force that layout (it cost ~7 ms a caption in the bench's long call, bench/notes/m60.md);
// opening the disclosure scrolls to the newest line once, and an open feed follows new lines.
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LabelledUtterance } from '../../src/coach/types';
import { initCoach, coachView } from '../../src/coach/coach';
import { DEFAULT_COACH_SETTINGS } from '../../src/coach/types';
import { lookupFromMessages } from '../../src/ui/common/i18n';
import { Panel, type PanelModel } from '../../src/ui/panel';

const en = lookupFromMessages(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const line = (i: number): LabelledUtterance => ({ id: `u${i}`, speaker: 'Pat', role: 'patient', text: `synthetic line ${i}`, startMs: i * 1000, endMs: i * 1000 + 900, revision: 0 });
const model = (n: number): PanelModel => ({
  health: { state: 'capturing' }, platform: 'meet', classifier: { state: 'ready' }, paused: false,
  coach: coachView(initCoach(DEFAULT_COACH_SETTINGS, 0), 0), feed: Array.from({ length: n }, (_, i) => line(i)),
});

let root: HTMLElement;
let reads = 0;
const noop = (): void => undefined;
const show = (n: number): void => render(h(Panel, { model: model(n), getMessage: en, onPromptAction: noop, onPause: noop, onSelfName: noop, onSpeakerRole: noop }), root);

beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
  reads = 0;
  Object.defineProperty(HTMLElement.prototype, 'scrollHeight', { configurable: true, get: () => (reads++, 1000) });
});
afterEach(() => {
  render(null, root);
  root.remove();
  delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
});

describe('live feed scrolling', () => {
  it('forces no layout per caption while the feed is folded away; scrolls once on opening, then follows', () => {
    show(1);
    for (let n = 2; n <= 30; n++) show(n);
    const more = root.querySelector<HTMLDetailsElement>('details.ac-more')!;
    expect(more.open).toBe(false);
    expect(reads).toBe(0); // before: one forced layout per new line (30)
    more.open = true;
    more.dispatchEvent(new Event('toggle'));
    expect(reads).toBe(1);
    const list = root.querySelector<HTMLElement>('.ac-feed-list')!;
    expect(list.scrollTop).toBe(1000);
    show(31);
    expect(reads).toBe(2);
    // The hooks the tests and the bench read are unchanged.
    expect(root.querySelector('li[data-utterance-id="u30"]')!.getAttribute('data-role')).toBe('patient');
  });
});
