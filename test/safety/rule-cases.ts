// One shape for the late rule files' tests: each rule fires on its risk reading and stays quiet on a
// neighbour, every rule has a case, and every rule is left out of the learned stage's training scan.
import { describe, expect, it } from 'vitest';
import { detectRiskRules, statementHit } from '../../src/safety/detect';
import type { Rule } from '../../src/safety/rules-en';

export type RuleCase = [id: string, fires: string, quiet: string];

export function describeRuleCases(file: string, rules: readonly Rule[], cases: readonly RuleCase[], more?: () => void): void {
  describe(file, () => {
    it.each(cases)('%s fires on its risk reading and not on its neighbour', (id, risky, safe) => {
      expect(statementHit(risky)?.rule ?? null, risky).toBe(id);
      expect(statementHit(safe), safe).toBeNull();
    });
    it('every rule has a case, and every rule is left out of the learned stage\'s training scan', () => {
      const covered = new Set(cases.map(([id]) => id));
      for (const r of rules) {
        expect(covered.has(r.id), r.id).toBe(true);
        expect(r.late, r.id).toBe(true);
      }
    });
    more?.();
  });
}

/** The rules stage on a patient reply after the clinician's turn (the shape the reply-form tests share). */
export const ruleOn = (text: string, context?: string) => detectRiskRules({ text, ...(context ? { context } : {}) });
/** The rules stage fires on the reply (the message names the reply and the question). */
export const fires = (text: string, context?: string) => expect(ruleOn(text, context), `${text} || ${context ?? ''}`).not.toBeNull();
/** The rules stage stays quiet on the reply. */
export const quiet = (text: string, context?: string) => expect(ruleOn(text, context), `${text} || ${context ?? ''}`).toBeNull();
