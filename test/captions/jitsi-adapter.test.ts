// Jitsi adapter + capture against the Jitsi fixture.
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

  it('matches rooms on meet.jit.si and 8x8.vc, not the landing pages', () => {
    const ok = (u: string): boolean => jitsi.matchesUrl(new URL(u));
    expect(ok('https://meet.jit.si/ClinicRoom42')).toBe(true);
    expect(ok('https://8x8.vc/vpaas-magic-cookie-abc/Room')).toBe(true);
    expect(ok('https://meet.jit.si/')).toBe(false);
    expect(ok('https://jit.si.example.com/Room')).toBe(false);
  });
});
