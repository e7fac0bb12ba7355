// The rule scan tests runs of rules through one alternation each (detect.ts, RULE_RUNS) and tries the
// members only when the run matches. That is the same scan as testing every rule only if (a) no
// rule's regex carries flags, back-references or named groups (the alternation would change their
// meaning) and (b) on real clauses a run matches exactly when one of its members does. Both are
// checked here, (b) on every clause of every fourth hand-written training line and spent-set line
// (all of them took 80 s of CI; (a) is what makes the equivalence hold for any clause).
import { describe, expect, it } from 'vitest';
import { RULE_RUNS } from '../../src/safety/detect';
import { maskedReadings } from '../../src/safety/detect-text';
import { clauses } from '../../src/safety/normalize';
import { loadTrainingItems } from '../../models/safety/data';

describe('rule runs (one alternation per 16 rules)', () => {
  const rules = RULE_RUNS.flatMap((r) => r.rules);

  it('cover every rule once, in order, and no rule has flags, back-references or named groups', () => {
    expect(new Set(rules).size).toBe(rules.length);
    for (const r of rules) {
      expect(r.re.flags, r.id).toBe('');
      expect(/\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(r.re.source), r.id).toBe(false);
    }
  });

  it('a run matches a clause exactly when one of its rules does (every clause of every fourth training line)', () => {
    let clausesSeen = 0, runsMatched = 0;
    for (const it of loadTrainingItems().filter((_, i) => i % 4 === 0)) {
      const { masked, relayed } = maskedReadings(it.text, true);
      for (const c of relayed ? [...clauses(masked), ...clauses(relayed)] : clauses(masked)) {
        clausesSeen++;
        for (const run of RULE_RUNS) {
          const any = run.any.test(c);
          const one = run.rules.some((r) => r.re.test(c));
          if (any !== one) expect({ clause: c, any, one }).toEqual({ clause: c, any: one, one });
          if (any) runsMatched++;
        }
      }
    }
    expect(clausesSeen).toBeGreaterThan(10000);
    expect(runsMatched).toBeGreaterThan(250);
  }, 120_000);
});
