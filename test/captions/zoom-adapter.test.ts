// Zoom web client adapter + capture against the Zoom fixture (overlay/panel, top/iframe, avatars).
import { describe, expect, it } from 'vitest';
import { checkGuarantees, runScenario } from './helpers.ts';
import { JSDOM } from 'jsdom';
import { panelRowsInOrder, stripLetterAvatar, zoom } from '../../src/captions/platforms/zoom.ts';
import { overlaySpeaker } from '../../src/captions/platforms/zoom-speaker.ts';

describe('zoom fixture scenarios', () => {
  for (const name of ['panel', 'iframePanel', 'panelRetention', 'recycle', 'threeParty', 'ccToggle']) {
    it(`${name}: one utterance per row, names inherited by continuation rows`, async () => {
      const r = await runScenario('zoom', name);
      checkGuarantees(r, { exactUtterances: true });
    });
  }
  for (const name of ['overlayImg', 'overlayInitials', 'iframeOverlay', 'rolling', 'threePartyOverlay']) {
    it(`${name}: rolling overlay merged without losing or repeating words`, async () => {
      const r = await runScenario('zoom', name);
      checkGuarantees(r);
    });
  }

  it('rolling window: a long turn that scrolls off the front is captured whole', async () => {
    const r = await runScenario('zoom', 'rolling');
    const first = r.finals.filter((u) => u.speaker === 'Dr. Alice Smith').map((u) => u.text).join(' ');
    expect(first.startsWith('So let me walk you through')).toBe(true);
    expect(first).toContain('wake up coughing.');
  });

  it('overlay without participant tiles: initials identify speakers, self found by initials', async () => {
    const r = await runScenario('zoom', 'overlayNoTiles');
    expect(new Set(r.finals.map((u) => u.speaker))).toEqual(new Set(['DA', 'BJ']));
    expect(r.finals.filter((u) => u.speaker === 'DA').every((u) => u.role === 'clinician')).toBe(true);
    expect(r.finals.filter((u) => u.speaker === 'BJ').every((u) => u.role === 'patient')).toBe(true);
  });

  it('overlay without tiles and photo avatars: a stable key per avatar', async () => {
    const r = await runScenario('zoom', 'overlayImgNoTiles');
    const speakers = [...new Set(r.finals.map((u) => u.speaker))];
    expect(speakers).toHaveLength(2);
    expect(speakers.every((s) => /^Speaker [0-9a-z]+$/.test(s))).toBe(true);
    const words = r.finals.flatMap((u) => u.text.split(' '));
    expect(words.length).toBe(r.expected.flatMap((e) => e.text.split(' ')).length);
  });

  it('leaving the call flushes and reports the end once', async () => {
    const r = await runScenario('zoom', 'callEnd');
    expect(r.ended).toBe(1);
    checkGuarantees(r, { exactUtterances: true });
  });

  it('strips letter avatars glued to names', () => {
    expect(stripLetterAvatar('KKrystian')).toBe('Krystian');
    expect(stripLetterAvatar('BJBob Jones')).toBe('Bob Jones');
    expect(stripLetterAvatar('DDr. Alice Smith')).toBe('Dr. Alice Smith');
    expect(stripLetterAvatar('Aaron')).toBe('Aaron');
    expect(stripLetterAvatar('JJ Abrams')).toBe('JJ Abrams');
    expect(stripLetterAvatar('Al Smith')).toBe('Al Smith');
  });

  it('matches web-client meeting URLs only', () => {
    const ok = (u: string): boolean => zoom.matchesUrl(new URL(u));
    expect(ok('https://app.zoom.us/wc/123456789/join')).toBe(true);
    expect(ok('https://us04web.zoom.us/wc/12345678901/start?fromPWA=1')).toBe(true);
    expect(ok('https://zoom.us/wc/123456789/join')).toBe(true);
    expect(ok('https://app.zoom.us/wc/home')).toBe(false);
    expect(ok('https://zoom.us/j/123456789')).toBe(false);
    expect(ok('https://zoom.us.evil.com/wc/123456789/join')).toBe(false);
  });

  it('reads virtualised panel rows in their shown order, so a recycled row does not take over a continuation', () => {
    // The list recycled the element of its oldest row for a new one and moved it down with `top`:
    // in document order the patient's continuation row would follow the clinician's new row.
    const doc = new JSDOM(
      '<div id="full-transcription">' +
        '<div class="lt-full-transcript__item" style="position:absolute;top:256px"><span class="lt-full-transcript__display-name">Dr. Sam Okafor</span><div class="lt-full-transcript__message">Any dizziness?</div></div>' +
        '<div class="lt-full-transcript__item" style="position:absolute;top:128px"><span class="lt-full-transcript__display-name">Rosa Delgado</span><div class="lt-full-transcript__message">The first one is metoprolol.</div></div>' +
        '<div class="lt-full-transcript__item" style="position:absolute;top:192px"><div class="lt-full-transcript__message">And atorvastatin at night.</div></div>' +
        '</div>',
    ).window.document;
    const root = doc.getElementById('full-transcription')!;
    const snaps = zoom.read({ el: root, kind: 'panel' }, { keyOf: (e) => e.textContent ?? '' });
    expect(snaps.map((s) => [s.speaker, s.text])).toEqual([
      ['Rosa Delgado', 'The first one is metoprolol.'],
      ['Rosa Delgado', 'And atorvastatin at night.'],
      ['Dr. Sam Okafor', 'Any dizziness?'],
    ]);
    // Rows without a position keep the document's order.
    const plain = [doc.createElement('div'), doc.createElement('div')];
    expect(panelRowsInOrder(plain)).toEqual(plain);
  });
});

describe('overlay speaker from an initials bubble', () => {
  it('names it after the one photo tile whose name has those initials, a title left out ("Dr. Elena Novak" is "EN")', () => {
    const doc = new JSDOM(
      '<div class="tile"><div class="wrap"><img src="https://zoom.us/p/elena.jpg"></div><div class="footer"><span>Dr. Elena Novak</span></div></div>' +
        '<div class="tile"><div class="wrap"><img src="https://zoom.us/p/sam.jpg"></div><div class="footer"><span>Samuel Diaz</span></div></div>' +
        '<div id="live-transcription-subtitle"><span class="initials">EN</span><span class="live-transcription-subtitle__item">Hi Samuel</span></div>',
    ).window.document;
    const root = doc.getElementById('live-transcription-subtitle')!;
    expect(overlaySpeaker(root.querySelector('.initials'), root)).toBe('Dr. Elena Novak');
    root.querySelector('.initials')!.textContent = 'SD';
    expect(overlaySpeaker(root.querySelector('.initials'), root)).toBe('Samuel Diaz');
    root.querySelector('.initials')!.textContent = 'XY';
    expect(overlaySpeaker(root.querySelector('.initials'), root)).toBe('XY');
  });

  it("takes the name in the initials' own tile, not the next participant's tile after it", () => {
    const doc = new JSDOM(
      '<div class="tile"><span class="initials">OB</span><span class="footer"><span>Dr. Oluwaseun Bakare</span></span></div>' +
        '<div class="tile"><div class="wrap"><img src="https://zoom.us/p/gosia.jpg"></div><span class="footer"><span>Małgorzata Wiśniewska</span></span></div>' +
        '<div id="live-transcription-subtitle"><span>OB</span><span class="live-transcription-subtitle__item">Hello</span></div>',
    ).window.document;
    const root = doc.getElementById('live-transcription-subtitle')!;
    expect(overlaySpeaker(root.firstElementChild, root)).toBe('Dr. Oluwaseun Bakare');
    const img = doc.createElement('img');
    img.setAttribute('src', 'https://zoom.us/p/gosia.jpg');
    root.replaceChild(img, root.firstElementChild!);
    expect(overlaySpeaker(img, root)).toBe('Małgorzata Wiśniewska');
  });

  it('reads a name that is a bare text node after the photo wrapper (TT reads nextSibling)', () => {
    const doc = new JSDOM(
      '<div class="tile"><div class="wrap"><img src="https://zoom.us/p/ana.jpg"></div> Ana Torres </div>' +
        '<div id="live-transcription-subtitle"><img src="https://zoom.us/p/ana.jpg"><span class="live-transcription-subtitle__item">Hello</span></div>',
    ).window.document;
    const root = doc.getElementById('live-transcription-subtitle')!;
    expect(overlaySpeaker(root.querySelector('img'), root)).toBe('Ana Torres');
  });
});
