// The detector runs a rule only on clauses that hold one of its necessary literals (rule-index.ts,
// rule-literals.json). That skips no hit only if every match of every rule contains one of its
// literals. Checked three ways: the extractor on small cases whose answer is known; fast-check
// strings generated from each rule's own regex; and every clause of every fourth training line, where
// each rule that matches must be among the clause's candidates. The committed table must also be the
// one the rules give today (a stale entry is safe but slow).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import regjsparser from 'regjsparser';
import { describe, expect, it } from 'vitest';
import { ruleLiteralTableText, ruleLiterals } from '../../scripts/lib/rule-literals';
import { maskedReadings } from '../../src/safety/detect-text';
import { clauses } from '../../src/safety/normalize';
import { buildRuleIndex, sourceFingerprint, type LiteralTable } from '../../src/safety/rule-index';
import LITERALS from '../../src/safety/rule-literals.json';
import { RULES } from '../../src/safety/rules';
import { loadTrainingItems } from '../../models/safety/data';

const INDEX = buildRuleIndex(RULES, LITERALS);

describe('necessary literals of a regex', () => {
  it('joins fixed runs, keeps the most selective run, and drops redundant strings', () => {
    expect(ruleLiterals(/\b(?:kill|end) (?:myself|my self)\b/)).toEqual(['myself', 'my self']);
    expect(ruleLiterals(/\bsuicid(?:e|al)\b/)).toEqual(['suicide', 'suicidal']);
    // an optional word is not required: "sad" alone is, and "very sad" adds nothing to it
    expect(ruleLiterals(/\b(?:very )?sad\b/)).toEqual(['sad']);
    // lookarounds and \b consume nothing, so the words either side of them are contiguous
    expect(ruleLiterals(/\b(?<!not )want(?= )\b to die\b/)).toEqual(['want to di']);
  });

  it('gives up where a match need contain no literal: optional, open-ended, flagged or short', () => {
    expect(ruleLiterals(/\b(?:pills)?\w+ ending\b|\bgone\b/)).toEqual(['gone', ' ending']);
    expect(ruleLiterals(/\b(?:pills)?\w+\b|\bgone\b/)).toBeNull();
    expect(ruleLiterals(/.+ i\b/)).toBeNull(); // " i" is in nearly every clause
    expect(ruleLiterals(/\bkill myself\b/i)).toBeNull();
    expect(ruleLiterals(/(?:cut){1,3}/)).toEqual(['cut']);
    expect(ruleLiterals(/(?:cut)?/)).toBeNull();
  });
});

describe('rule index', () => {
  it('the committed table is the one the rules give today (run `npm run rules:literals`)', () => {
    expect(readFileSync('src/safety/rule-literals.json', 'utf8')).toBe(ruleLiteralTableText());
  });

  it('every rule id is unique, and all but a few rules have literals', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(INDEX.unfiltered.map((i) => RULES[i]!.id)).toEqual(['en-form-often', 'es-formulario-seguido']);
  });

  it('a rule edited after the table was made is tested on every clause', () => {
    const rules = [{ id: 'a', re: /\bpills\b/ }, { id: 'b', re: /\bbridge\b/ }];
    const table: LiteralTable = {
      a: { fingerprint: sourceFingerprint('\\bpills\\b'), literals: ['pills'] },
      b: { fingerprint: sourceFingerprint('\\bbridges?\\b'), literals: ['bridges'] },
    };
    const index = buildRuleIndex(rules, table);
    expect(index.unfiltered).toEqual([1]);
    expect(index.candidates('i stood on the bridge')).toEqual([1]);
    expect(index.candidates('i counted the pills')).toEqual([0, 1]);
  });

  it('candidates are ascending and unique, so rules are still tried in their order', () => {
    const c = INDEX.candidates('i want to kill myself, i have the pills and the rope, quiero morir');
    expect(c.length).toBeGreaterThan(4);
    expect(c).toEqual([...new Set(c)].sort((a, b) => a - b));
  });

  it('every string a rule matches holds one of its literals (fast-check, strings generated from each rule)', () => {
    for (const [i, rule] of RULES.entries()) {
      if (INDEX.unfiltered.includes(i)) continue;
      // fast-check cannot generate through \b or lookarounds; without them the regex matches a
      // superset of the rule's matches, and the literals were read with them transparent anyway.
      const open = new RegExp(withoutAssertions(rule.re.source));
      fc.assert(
        fc.property(fc.stringMatching(open), (s) => INDEX.candidates(s).includes(i)),
        { numRuns: 25, seed: i },
      );
    }
  }, 120_000);

  it('on real clauses, every rule that matches is a candidate (every fourth training line)', () => {
    let clausesSeen = 0, hits = 0;
    for (const item of loadTrainingItems().filter((_, i) => i % 4 === 0)) {
      const { masked, relayed } = maskedReadings(item.text, true);
      for (const c of relayed ? [...clauses(masked), ...clauses(relayed)] : clauses(masked)) {
        clausesSeen++;
        const cands = new Set(INDEX.candidates(c));
        for (const [i, rule] of RULES.entries()) {
          if (!rule.re.test(c)) continue;
          hits++;
          if (!cands.has(i)) expect({ clause: c, rule: rule.id }).toBeUndefined();
        }
      }
    }
    expect(clausesSeen).toBeGreaterThan(10000);
    expect(hits).toBeGreaterThan(250);
  }, 120_000);
});

/** The source with every zero-width assertion (\b, ^, $, lookaround) cut out. */
function withoutAssertions(source: string): string {
  const cuts: [number, number][] = [];
  const visit = (n: { type: string; behavior?: string; range: [number, number]; body?: unknown }): void => {
    if (n.type === 'anchor' || (n.type === 'group' && n.behavior !== 'normal' && n.behavior !== 'ignore')) {
      cuts.push(n.range);
      return;
    }
    if (Array.isArray(n.body)) n.body.forEach((b) => visit(b));
  };
  visit(regjsparser.parse(source, '', { lookbehind: true }) as never);
  let out = source;
  for (const [a, b] of cuts.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + out.slice(b);
  return out;
}
