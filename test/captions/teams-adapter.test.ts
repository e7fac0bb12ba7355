// Microsoft Teams adapter + capture against the Teams fixture (host and guest DOMs).
import { describe, expect, it } from 'vitest';
import { checkGuarantees, runScenario } from './helpers.ts';
import { teams } from '../../src/captions/platforms/teams.ts';

describe('teams fixture scenarios', () => {
  for (const name of ['basic', 'guest', 'retention', 'recycle', 'longItem', 'threeParty', 'ccToggle', 'rtl']) {
    it(`${name}: one utterance per item, every word once, right speaker and role`, async () => {
      const r = await runScenario('teams', name);
      checkGuarantees(r, { exactUtterances: true });
      expect(r.health).toContain('capturing');
    });
  }

  it('re-punctuation is folded into the utterance, not emitted as noise', async () => {
    const r = await runScenario('teams', 'basic');
    // Interim text is lower-case and unpunctuated; the final must carry the re-punctuated form.
    expect(r.finals[0]?.text).toBe('Hi Bob, thanks for joining today. How have you been feeling?');
  });

  it('with no self name configured, the local user is found on the page (profile, self tile)', async () => {
    for (const name of ['basic', 'guest']) {
      const r = await runScenario('teams', name, { selfNames: [] });
      expect(r.finals.filter((u) => u.role === 'clinician').map((u) => u.speaker), name).not.toHaveLength(0);
      for (const u of r.finals) expect(u.role, `${name}: ${u.speaker}`).toBe(u.speaker === 'Dr. Alice Smith' ? 'clinician' : u.speaker === 'Bob Jones' ? 'patient' : 'other');
    }
  });

  it('leaving the call flushes and reports the end once', async () => {
    const r = await runScenario('teams', 'callEnd');
    checkGuarantees(r, { exactUtterances: true });
    expect(r.ended).toBe(1);
  });

  it('matches the three Teams hosts', () => {
    for (const u of ['https://teams.microsoft.com/v2/', 'https://teams.live.com/light-meetings/launch', 'https://teams.cloud.microsoft/']) {
      expect(teams.matchesUrl(new URL(u))).toBe(true);
    }
    expect(teams.matchesUrl(new URL('https://teams.example.com/'))).toBe(false);
  });
});
