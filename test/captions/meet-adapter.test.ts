// Google Meet adapter + capture against the Meet fixture (jsdom, real timers, fast playback).
import { describe, expect, it } from 'vitest';
import { checkGuarantees, loadFixture, runScenario, URLS } from './helpers.ts';
import { meet } from '../../src/captions/platforms/meet.ts';

describe('meet fixture scenarios', () => {
  for (const name of ['basic', 'threeParty', 'retention', 'chatNoise', 'localized', 'prejoin', 'ccToggle']) {
    it(`${name}: every word once, in order, right speaker and role, one utterance per block`, async () => {
      const r = await runScenario('meet', name);
      checkGuarantees(r, { exactUtterances: true });
      expect(r.health).toContain('capturing');
    });
  }

  it('late corrections of earlier blocks come back as revision+1 of the same id', async () => {
    const r = await runScenario('meet', 'corrections');
    checkGuarantees(r, { exactUtterances: true });
    const revised = r.all.filter((u) => u.revision > 0);
    expect(revised.length).toBeGreaterThanOrEqual(2);
    expect(revised.map((u) => u.text).join(' ')).toContain('wheezing or whistling');
    expect(new Set(r.finals.map((u) => u.id)).size).toBe(r.expected.length);
  });

  it('long monologue reset: the text restarting in the same block loses and repeats nothing', async () => {
    const r = await runScenario('meet', 'monologue');
    checkGuarantees(r);
    expect(r.finals.filter((u) => u.speaker === 'You').length).toBeGreaterThanOrEqual(2); // split at the reset
  });

  // Finding 10: names a guest can choose must not make them the clinician on Meet.
  it.each(['Ty', 'Du', 'U', 'Dr. Alice Smith (Host)'])('a guest named %j on an English page is not the clinician', async (guest) => {
    {
      const r = await runScenario(
        'meet',
        { steps: [{ speaker: guest, text: 'Hello doctor I am the patient here today' }, { speaker: 'Dr. Alice Smith', self: true, text: 'Good morning how can I help you' }] } as never,
        { selfNames: ['Dr. Alice Smith'] },
      );
      expect(r.finals.filter((u) => u.speaker === guest).map((u) => u.role)).toEqual(['patient']);
      expect(r.finals.filter((u) => u.speaker === 'You').map((u) => u.role)).toEqual(['clinician']);
    }
  }, 20_000);

  it('the chat live region is never read as captions', async () => {
    const r = await runScenario('meet', 'chatNoise');
    expect(r.all.some((u) => /leaflet link|thanks!/.test(u.text))).toBe(false);
  });

  it('localised UI: region labelled "Sottotitoli", self labelled "Tu" counts as the clinician', async () => {
    const r = await runScenario('meet', 'localized', { selfNames: [] });
    expect(r.finals.some((u) => u.speaker === 'Tu')).toBe(true);
    expect(r.finals.filter((u) => u.speaker === 'Tu').every((u) => u.role === 'clinician')).toBe(true);
    expect(r.finals.find((u) => u.speaker === 'Giulia Rossi')?.role).toBe('patient');
  });

  it('CC toggled off and on (new region node with history re-rendered): nothing duplicated', async () => {
    const r = await runScenario('meet', 'ccToggle');
    checkGuarantees(r, { exactUtterances: true });
    expect(r.health.filter((h) => h === 'captions-off').length).toBeGreaterThanOrEqual(2);
  });

  it('the pre-join name (.awLEm) becomes a self name', async () => {
    const { fixture } = loadFixture('meet');
    const script = { ...fixture.scripts.prejoin!, setup: { prejoin: true, selfLabel: 'Dr. Alice Smith' } };
    const r = await runScenario('meet', script, { selfNames: [], before: () => new Promise((res) => setTimeout(res, 80)) });
    const own = r.finals.filter((u) => u.speaker === 'Dr. Alice Smith');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((u) => u.role === 'clinician')).toBe(true);
  });

  it('leaving the call flushes and reports the end once', async () => {
    const r = await runScenario('meet', 'callEnd');
    checkGuarantees(r, { exactUtterances: true });
    expect(r.ended).toBe(1);
    expect(r.health.at(-1)).toBe('waiting');
  });
});

describe('meet adapter details', () => {
  it('matches meeting URLs only', () => {
    const ok = (u: string): boolean => meet.matchesUrl(new URL(u));
    expect(ok(URLS.meet)).toBe(true);
    expect(ok('https://meet.google.com/abc-defg-hij?authuser=1')).toBe(true);
    expect(ok('https://meet.google.com/')).toBe(false);
    expect(ok('https://meet.google.com/landing')).toBe(false);
    expect(ok('https://meet.google.com/new')).toBe(false);
    expect(ok('https://evil.example/abc-defg-hij')).toBe(false);
  });

  it('a page with only the chat live region has no caption root', () => {
    const { dom } = loadFixture('meet');
    const d = dom.window.document;
    d.body.textContent = '';
    const chat = d.createElement('div');
    chat.setAttribute('aria-live', 'polite');
    chat.setAttribute('role', 'region');
    chat.setAttribute('tabindex', '0');
    chat.className = 'Ge9Kpc';
    chat.textContent = 'Bob Jones: see you';
    d.body.appendChild(chat);
    expect(meet.findRoot(d)).toBeNull();
  });

  it('skips the jump button, dummy divs and icon ligatures', () => {
    const { dom } = loadFixture('meet');
    const d = dom.window.document;
    d.body.textContent = '';
    const region = d.createElement('div');
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    region.setAttribute('aria-label', 'Captions');
    const block = d.createElement('div');
    const head = d.createElement('div');
    const img = d.createElement('img');
    img.setAttribute('data-iml', '1');
    const name = d.createElement('span');
    name.className = 'NWpY1d';
    name.textContent = 'Bob';
    head.append(img, name);
    const text = d.createElement('div');
    text.className = 'VbkSUe';
    const icon = d.createElement('i');
    icon.className = 'google-symbols';
    icon.textContent = 'mic';
    text.append('It hurts', icon);
    block.append(head, text);
    const dummy = d.createElement('div');
    const jump = d.createElement('div');
    const btn = d.createElement('button');
    btn.textContent = 'Jump to bottom';
    jump.append(btn);
    region.append(block, dummy, jump);
    d.body.append(region);
    let n = 0;
    const snaps = meet.read(meet.findRoot(d)!, { keyOf: () => `k${++n}` });
    expect(snaps).toEqual([{ blockKey: 'k1', speaker: 'Bob', text: 'It hurts' }]);
  });

  // Blind round 24: a build that wraps the blocks in one list div inside the region.
  it('a list div inside the region becomes the root once it holds two blocks', () => {
    const { dom } = loadFixture('meet');
    const d = dom.window.document;
    d.body.innerHTML = '<div role="region" tabindex="0" aria-label="Captions"><div class="Xq1"></div><div></div></div>';
    const region = d.querySelector('[role="region"]')!;
    const list = region.firstElementChild!;
    const block = (who: string, said: string) =>
      `<div class="Bk2"><div class="Hd3"><img data-iml="1"><span class="NWpY1d">${who}</span></div><div class="VbkSUe">${said}</div></div>`;
    expect(meet.findRoot(d)!.el).toBe(region); // empty list div: indistinguishable from the dummy div
    list.innerHTML = block('Bob', 'It hurts');
    expect(meet.findRoot(d)!.el).toBe(region); // one block: reading the list div as it reads the same
    list.insertAdjacentHTML('beforeend', block('You', 'Where does it hurt?'));
    const root = meet.findRoot(d)!;
    expect(root.el).toBe(list);
    let n = 0;
    expect(meet.read(root, { keyOf: () => `k${++n}` }).map((x) => `${x.speaker}: ${x.text}`)).toEqual(['Bob: It hurts', 'You: Where does it hurt?']);
    // Per-entry wrappers are blocks of the region, not a list.
    d.body.innerHTML = `<div role="region" tabindex="0" aria-label="Captions"><div class="W">${block('Bob', 'It hurts')}</div><div class="W">${block('You', 'Where?')}</div></div>`;
    expect(meet.findRoot(d)!.el).toBe(d.querySelector('[role="region"]'));
  });
});
