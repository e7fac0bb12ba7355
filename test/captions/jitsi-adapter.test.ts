// Jitsi adapter + capture against the Jitsi fixture.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkGuarantees, runScenario } from './helpers.ts';
import { jitsi, splitNameLine } from '../../src/captions/platforms/jitsi.ts';

describe('jitsi', () => {
  for (const name of ['basic', 'threeParty', 'ccToggle']) {
    it(`${name}: one utterance per paragraph, names split from "Name: text"`, async () => {
      const r = await runScenario('jitsi', name);
      checkGuarantees(r, { exactUtterances: true });
    });
  }

  it('leaving the call flushes and reports the end once', async () => {
    const r = await runScenario('jitsi', 'callEnd');
    expect(r.ended).toBe(1);
    checkGuarantees(r, { exactUtterances: true });
  });

  it('splits the inline name at the first ": "', () => {
    expect(splitNameLine('Bob Jones: it hurts: a lot')).toEqual(['Bob Jones', 'it hurts: a lot']);
    expect(splitNameLine('no name here')).toEqual(['', 'no name here']);
  });

  it('splits after a known display name that itself holds ": "', () => {
    const names = ['Dr. Ada Lee: Cardiology'];
    expect(splitNameLine('Dr. Ada Lee: Cardiology: Good morning.', names)).toEqual(['Dr. Ada Lee: Cardiology', 'Good morning.']);
    expect(splitNameLine('Marek Nowak: at 8: 00, she said: take them', names)).toEqual(['Marek Nowak', 'at 8: 00, she said: take them']);
    expect(splitNameLine('Dr. Ada Lee: Cardiology', names)).toEqual(['Dr. Ada Lee', 'Cardiology']); // no text after the name yet
  });

  it('reads a name with ": " from the filmstrip, so its lines keep the whole name', () => {
    const document = new JSDOM(`<span class="displayname" id="localDisplayName">Dr. Ada Lee: Cardiology (me)</span>
      <div class="transcription-subtitles"><p><span>Dr. Ada Lee: Cardiology: How are the tablets?</span></p><p><span>Marek Nowak: Fine: no dizziness.</span></p></div>`).window.document;
    const root = jitsi.findRoot(document)!;
    const snaps = jitsi.read(root, { keyOf: (el) => String(Array.from(el.parentNode!.children).indexOf(el)) });
    expect(snaps.map((s) => [s.speaker, s.text])).toEqual([
      ['Dr. Ada Lee: Cardiology', 'How are the tablets?'],
      ['Marek Nowak', 'Fine: no dizziness.'],
    ]);
  });

  it('matches rooms on meet.jit.si and 8x8.vc, not the landing pages', () => {
    const ok = (u: string): boolean => jitsi.matchesUrl(new URL(u));
    expect(ok('https://meet.jit.si/ClinicRoom42')).toBe(true);
    expect(ok('https://8x8.vc/vpaas-magic-cookie-abc/Room')).toBe(true);
    expect(ok('https://meet.jit.si/')).toBe(false);
    expect(ok('https://jit.si.example.com/Room')).toBe(false);
  });
});

describe("jitsi chat panel's subtitles list", () => {
  const page = (items: string) =>
    new JSDOM(`<div class="css-a1-chat"><div id="subtitles-messages-container"><div id="subtitles-messages-list" class="css-b2">${items}</div></div></div>`).window.document;
  const item = (name: string | null, text: string, time = '14:02') =>
    `<div class="css-c3">${name === null ? '' : `<div class="css-d4">${name}</div>`}<div class="css-e5">${text}</div><div class="css-f6">${time}</div></div>`;
  const ctx = () => {
    const keys = new Map<Element, string>();
    return { keyOf: (el: Element) => keys.get(el) ?? (keys.set(el, `k${keys.size + 1}`), `k${keys.size}`) };
  };

  it('is read by position: name, text, no time; a follow-up inherits the name', () => {
    const doc = page(item('Dr. Lucas Meyer', 'Any fluid from the ear?') + item('Emma Brown', 'A little,', '2:03 PM') + item(null, 'yesterday only.'));
    const root = jitsi.findRoot(doc)!;
    expect(root.kind).toBe('list');
    expect(jitsi.read(root, ctx()).map((s) => [s.speaker, s.text])).toEqual([
      ['Dr. Lucas Meyer', 'Any fluid from the ear?'],
      ['Emma Brown', 'A little,'],
      ['Emma Brown', 'yesterday only.'],
    ]);
  });

  it('keeps the speaker of a follow-up item after its named item has left the list', () => {
    const doc = page(item('Emma Brown', 'It hurts.') + item(null, 'Mostly at night.'));
    const root = jitsi.findRoot(doc)!;
    const c = ctx();
    jitsi.read(root, c);
    root.el.firstElementChild!.remove();
    expect(jitsi.read(root, c).map((s) => [s.speaker, s.text])).toEqual([['Emma Brown', 'Mostly at night.']]);
  });

  it('is preferred to the stage subtitles while the panel is open (the stage comes and goes with each paragraph)', () => {
    const doc = page(item('Emma Brown', 'It hurts.'));
    doc.body.insertAdjacentHTML('beforeend', '<div class="transcription-subtitles"><p><span>Emma Brown: It hurts.</span></p></div>');
    expect(jitsi.findRoot(doc)!.kind).toBe('list');
    doc.getElementById('subtitles-messages-container')!.remove(); // panel closed
    expect(jitsi.findRoot(doc)!.kind).toBe('subtitles');
  });
});
