// Which risk rules can match a clause. Each rule's regular expression is run only on clauses that
// contain one of its necessary literals (rule-literals.json, written at build time by
// scripts/gen-rule-literals.ts): every match of the rule contains one of them, so skipping the rest
// changes no result. All the literals sit in one character trie, read once from each position of the
// clause: about 10 of 405 rules remain per clause, and the scan is some 25 times cheaper than the
// alternation of every rule it replaces (bench/README.md).
// A rule whose source no longer matches the fingerprint stored with its literals (edited without
// regenerating the table) is tested on every clause: slower, never wrong.

import { fnv1a } from './risk-features';

export interface IndexedRule {
  id: string;
  re: RegExp;
}

/** The generated table: per rule id, the fingerprint of the source it was made from, and its literals. */
export type LiteralTable = Record<string, { fingerprint: string; literals: string[] }>;

/** FNV-1a of the source with its length: identifies the exact regex the literals were derived from. */
export function sourceFingerprint(source: string): string {
  return `${source.length}:${fnv1a(source).toString(16)}`;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Indices of the rules one of whose literals ends here. */
  rules: number[];
}

const node = (): TrieNode => ({ next: new Map(), rules: [] });

export interface RuleIndex {
  /** Indices of the rules that may match the clause, ascending (the rules' own order). */
  candidates(clause: string): number[];
  /** Indices of the rules tested on every clause (no literals, or a stale table entry). */
  readonly unfiltered: readonly number[];
}

export function buildRuleIndex(rules: readonly IndexedRule[], table: LiteralTable): RuleIndex {
  const root = node();
  const unfiltered: number[] = [];
  rules.forEach((rule, i) => {
    const entry = table[rule.id];
    if (!entry || entry.fingerprint !== sourceFingerprint(rule.re.source) || entry.literals.length === 0) {
      unfiltered.push(i);
      return;
    }
    for (const lit of entry.literals) {
      let n = root;
      for (let k = 0; k < lit.length; k++) {
        const c = lit.charCodeAt(k);
        let m = n.next.get(c);
        if (!m) n.next.set(c, (m = node()));
        n = m;
      }
      if (!n.rules.includes(i)) n.rules.push(i);
    }
  });
  const seen = new Uint8Array(rules.length);
  return {
    unfiltered,
    candidates(clause) {
      const out = [...unfiltered];
      for (const i of unfiltered) seen[i] = 1;
      for (let start = 0; start < clause.length; start++) {
        let n: TrieNode | undefined = root;
        for (let j = start; j < clause.length; j++) {
          n = n.next.get(clause.charCodeAt(j));
          if (!n) break;
          for (const i of n.rules) {
            if (seen[i]) continue;
            seen[i] = 1;
            out.push(i);
          }
        }
      }
      for (const i of out) seen[i] = 0;
      return out.sort((a, b) => a - b);
    },
  };
}
