import { describe, expect, it } from 'vitest';
import { coreName, createRoleBook, normName } from '../../src/captions/roles.ts';
import { PLATFORMS, adapterForUrl } from '../../src/captions/platforms/index.ts';
import { MEET_SELF_ALIASES } from '../../src/captions/platforms/meet.ts';

describe('roles', () => {
  it('self is the clinician, the first other speaker the patient, later ones other', () => {
    const r = createRoleBook({ selfNames: ['Dr. Alice Smith'] });
    expect(['Interpreter', 'Dr. Alice Smith', 'Bob', 'interpreter', 'DR. ALICE  SMITH'].map(r.roleOf)).toEqual(['patient', 'clinician', 'other', 'patient', 'clinician']);
  });

  it('a patient who renames themselves stays the patient; a newcomer while they are listed is other', () => {
    let listed = ['Dr. Kim', 'Fellow Jitster'];
    const r = createRoleBook({ selfNames: ['Dr. Kim'], present: () => listed });
    expect(r.roleOf('Fellow Jitster')).toBe('patient');
    listed = ['Dr. Kim', 'Héctor Quiñones'];
    expect(r.roleOf('Héctor Quiñones')).toBe('patient');
    // The daughter joins: the patient is still listed, so she is someone else.
    listed = ['Dr. Kim', 'Héctor Quiñones', 'Mariana Quiñones'];
    expect(['Mariana Quiñones', 'Héctor Quiñones'].map(r.roleOf)).toEqual(['other', 'patient']);
  });

  it('no rename without a participant list, or once a third person has spoken', () => {
    const bare = createRoleBook({ selfNames: ['Dr. Kim'] });
    expect(['Ann', 'Bea'].map(bare.roleOf)).toEqual(['patient', 'other']);
    let listed = ['Dr. Kim', 'Ann', 'Bea'];
    const r = createRoleBook({ selfNames: ['Dr. Kim'], present: () => listed });
    expect(['Ann', 'Bea'].map(r.roleOf)).toEqual(['patient', 'other']);
    listed = ['Dr. Kim', 'Bea', 'Cat'];
    expect(r.roleOf('Cat')).toBe('other'); // Ann left, but Bea spoke: Cat is not Ann renamed
    // A speaker missing from the list (its tile not rendered) is no rename either.
    const r2 = createRoleBook({ selfNames: ['Dr. Kim'], present: () => ['Dr. Kim'] });
    expect(['Ann', 'Dee'].map(r2.roleOf)).toEqual(['patient', 'other']);
  });

  it('a family member listed from the start is not the patient renamed when the patient drops out', () => {
    let listed = ['Dr Lee', 'Ana', 'Luis'];
    const r = createRoleBook({ selfNames: ['Dr Lee'], present: () => listed });
    expect(r.roleOf('Ana')).toBe('patient');
    listed = ['Dr Lee', 'Luis']; // Ana's connection drops
    expect(r.roleOf('Luis')).toBe('other');
    listed = ['Dr Lee', 'Ana', 'Luis'];
    expect(['Ana', 'Luis'].map(r.roleOf)).toEqual(['patient', 'other']);
  });

  it('a list that never named the patient cannot tell a rename; a renamed patient stays the patient on every later ask', () => {
    let listed = ['Dr Lee', 'guest-4521'];
    const r = createRoleBook({ selfNames: ['Dr Lee'], present: () => listed });
    expect(r.roleOf('Ana')).toBe('patient'); // captions say "Ana", the list says something else
    listed = ['Dr Lee', 'Bea'];
    expect(r.roleOf('Bea')).toBe('other');
    let names = ['Dr Kim', 'Fellow Jitster'];
    const r3 = createRoleBook({ selfNames: ['Dr Kim'], present: () => names });
    expect(r3.roleOf('Fellow Jitster')).toBe('patient');
    names = ['Dr Kim', 'Héctor'];
    expect(['Héctor', 'Fellow Jitster', 'Héctor'].map(r3.roleOf)).toEqual(['patient', 'patient', 'patient']);
  });

  it('a rename that lands before the patient\'s first answer: the list already shows only the new name', () => {
    let listed = ['Bell, Marcus T.', 'Okafor, Chinwe'];
    const r = createRoleBook({ selfNames: ['Bell, Marcus T.'], present: () => listed });
    expect(r.roleOf('chinwe')).toBe('patient');
    expect(r.roleOf('Okafor, Chinwe')).toBe('patient');
    // Two other people listed then: no way to tell which one the patient became.
    listed = ['Dr Lee', 'Bea', 'Cy'];
    const r2 = createRoleBook({ selfNames: ['Dr Lee'], present: () => listed });
    expect(['Ann', 'Bea'].map(r2.roleOf)).toEqual(['patient', 'other']);
  });

  it('accents are folded only for Latin letters; other scripts keep their marks', () => {
    const r = createRoleBook({ selfNames: ['मीना शर्मा'] });
    expect(r.roleOf('मोना शर्मा')).toBe('patient');
    expect(normName('Dra. María López')).toBe('dra. maría lópez'); // normName stays exact
  });

  it('a self name typed without accents or capitals still names the clinician', () => {
    const r = createRoleBook({ selfNames: ['dr. jose nunez'] });
    expect(['Dr. José Núñez', 'Lucía Fernández'].map(r.roleOf)).toEqual(['clinician', 'patient']);
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

describe('self markers read from the page (selectors are data in each platform file)', () => {
  it('Teams profile / self tile, Zoom "(Me)" in participants, Jitsi local tile, Meet data-self-name', async () => {
    const { JSDOM } = await import('jsdom');
    const { teams } = await import('../../src/captions/platforms/teams');
    const { zoom } = await import('../../src/captions/platforms/zoom');
    const { jitsi } = await import('../../src/captions/platforms/jitsi');
    const { meet } = await import('../../src/captions/platforms/meet');
    const doc = (html: string) => new JSDOM(`<body>${html}</body>`).window.document;
    expect(teams.readSelfName!(doc('<button data-tid="me-control-avatar-trigger"><span data-tid="me-control-displayname">Dr. Ana Ruiz</span></button>'))).toBe('Dr. Ana Ruiz');
    expect(teams.readSelfName!(doc('<div data-tid="myself-video"><div data-tid="participant-info"><span>Dr. Ana Ruiz</span></div></div>'))).toBe('Dr. Ana Ruiz');
    const people = '<span class="participants-item__name-section"><span class="participants-item__display-name">Bob Jones</span></span>'
      + '<span class="participants-item__name-section"><span class="participants-item__display-name">Dr. Ana Ruiz</span><span class="participants-item__name-label">(Me)</span></span>';
    expect(zoom.readSelfName!(doc(people))).toBe('Dr. Ana Ruiz');
    expect(zoom.readSelfName!(doc(people.replace('(Me)', '(Host)')))).toBeNull();
    expect(jitsi.readSelfName!(doc('<span id="localVideoContainer"><span id="localDisplayName">Dr. Ana Ruiz (me)</span></span>'))).toBe('Dr. Ana Ruiz');
    expect(meet.readSelfName!(doc('<div data-self-name="Dr. Ana Ruiz"></div>'))).toBe('Dr. Ana Ruiz');
    expect(teams.readSelfName!(doc('<div>nothing here</div>'))).toBeNull();
  });

  it('a self name learnt after the local user spoke first frees the patient slot', () => {
    const book = createRoleBook({ selfNames: [] });
    expect(book.roleOf('Dr. Ana Ruiz')).toBe('patient'); // not yet known
    book.addSelfName('Dr. Ana Ruiz');
    expect(book.roleOf('Dr. Ana Ruiz')).toBe('clinician');
    expect(book.roleOf('Bob Jones')).toBe('patient');
  });
});

// Blind round 26: the options page and the platform write the clinician's name in different forms.
describe('self names in another form (title, credentials, pronouns, "Last, First")', () => {
  it.each([
    ['Amara Okafor', 'Dr. Amara Okafor, MD'],
    ['Okafor, Amara', 'Amara Okafor (she/her)'],
    ['Dr. Amara Okafor', 'Okafor, Amara'],
    ['Amara Okafor', 'Dr. Amara Okafor, MD, FACP (she/her)'],
    ['Reyes, Daniel', 'Dr. Daniel Reyes, DO'],
  ])('self name %j is the clinician shown as %j', (mine, shown) => {
    expect(createRoleBook({ selfNames: [mine] }).roleOf(shown)).toBe('clinician');
  });
  it('a first name alone, another person with the same first name, and Meet (exact names) do not match', () => {
    const book = createRoleBook({ selfNames: ['Dr. Amara Okafor, MD'] });
    expect(book.roleOf('Amara Nwosu')).toBe('patient');
    expect(book.roleOf('Amara')).toBe('other');
    expect(createRoleBook({ selfNames: ['Amara Okafor'], exactNames: true }).roleOf('Dr. Amara Okafor, MD')).toBe('patient');
  });
  it('initials of the person, without the title, are the clinician\'s too', () => {
    expect(createRoleBook({ selfNames: ['Dr. Sarah Whitfield'] }).roleOf('SW')).toBe('clinician');
    expect(createRoleBook({ selfNames: ['Dr. Sarah Whitfield'] }).roleOf('JK')).toBe('patient');
  });
  it('coreName keeps the person and drops the rest', () => {
    expect(coreName('Dr. Oluwaseun Adebayo-Richardson, MD (he/him)')).toBe('oluwaseun adebayo-richardson');
    expect(coreName('Jane Doe, PA-C')).toBe('jane doe');
    expect(coreName('Okafor, Amara')).toBe('amara okafor');
    expect(coreName('Amara')).toBe('');
  });
});
