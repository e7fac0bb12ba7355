import { describe, expect, it } from 'vitest';
import { createRoleBook, normName } from '../../src/captions/roles.ts';
import { PLATFORMS, adapterForUrl } from '../../src/captions/platforms/index.ts';
import { MEET_SELF_ALIASES } from '../../src/captions/platforms/meet.ts';

describe('roles', () => {
  it('self is the clinician, the first other speaker the patient, later ones other', () => {
    const r = createRoleBook({ selfNames: ['Dr. Alice Smith'] });
    expect(['Interpreter', 'Dr. Alice Smith', 'Bob', 'interpreter', 'DR. ALICE  SMITH'].map(r.roleOf)).toEqual(['patient', 'clinician', 'other', 'patient', 'clinician']);
  });

  it('a named patient wins over order', () => {
    const r = createRoleBook({ selfNames: ['Alice'], patientName: 'Bob Jones' });
    expect(['María', 'bob jones', 'Alice'].map(r.roleOf)).toEqual(['other', 'patient', 'clinician']);
  });

  it('Meet "You" in many UI languages is the clinician', () => {
    const r = createRoleBook({ selfNames: [...MEET_SELF_ALIASES] });
    for (const you of ['You', 'Вы', 'Tú', 'Vous', 'Sie', 'Du', 'Voi', 'Você', 'あなた', '你', '您', '나', 'Anda']) expect(r.roleOf(you)).toBe('clinician');
  });

  it('names learnt later, decorations, and initials', () => {
    const r = createRoleBook({ selfNames: [] });
    r.addSelfName('Dr. Alice Smith');
    expect(r.roleOf('Dr. Alice Smith (Host)')).toBe('clinician');
    expect(r.roleOf('DAS')).toBe('clinician');
    expect(r.roleOf('DS')).toBe('clinician');
    expect(r.roleOf('BJ')).toBe('patient');
    expect(normName(' Bob\u00a0 Jones (You) ')).toBe('bob jones');
  });

  it('odd names never throw', () => {
    const r = createRoleBook({ selfNames: ['', '   ', '<b>x</b>'] });
    expect(r.roleOf('')).toBe('patient');
    expect(r.roleOf('<b>x</b>')).toBe('clinician');
  });
});

describe('platform list', () => {
  it('is explicit and ordered, one adapter per platform', () => {
    expect(PLATFORMS.map((p) => p.id)).toEqual(['meet', 'teams', 'zoom', 'jitsi']);
    for (const p of PLATFORMS) expect(p.captionsHint.key).toMatch(/^captionsHint/);
  });

  it('routes URLs to adapters', () => {
    expect(adapterForUrl('https://meet.google.com/abc-defg-hij')?.id).toBe('meet');
    expect(adapterForUrl('https://teams.cloud.microsoft/')?.id).toBe('teams');
    expect(adapterForUrl('https://us04web.zoom.us/wc/123456789/join')?.id).toBe('zoom');
    expect(adapterForUrl('https://8x8.vc/tenant/room')?.id).toBe('jitsi');
    expect(adapterForUrl('http://meet.google.com/abc-defg-hij')).toBeNull();
    expect(adapterForUrl('::')).toBeNull();
  });
});
