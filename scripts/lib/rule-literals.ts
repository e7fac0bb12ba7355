// Necessary literals of a risk rule: a short list of strings such that every match of the rule's
// regular expression contains at least one of them. The detector (src/safety/rule-index.ts) tests a
// clause against a rule only when one of these strings occurs in it: most clauses contain none of a
// rule's strings, and a substring lookup is far cheaper than running a few hundred regular
// expressions. Build time only (regjsparser stays out of the extension); the result is committed as
// src/safety/rule-literals.json and drift-tested.
//
// Soundness, node by node: a zero-width assertion (\b, ^, lookaround) consumes nothing, so the text
// on either side of it is contiguous in the match; a run of elements that can each match only a few
// fixed strings matches one of their concatenations; a repeated element with min >= 1 contains its
// body's match; an alternation needs one of its branches' strings. Anything else (\w, ., a range, a
// back-reference, a flag) gives no constraint, and a rule left with none is always tested.
import regjsparser from 'regjsparser';
import type { RootNode } from 'regjsparser';
import { sourceFingerprint } from '../../src/safety/rule-index';
import { RULES } from '../../src/safety/rules';

// Upper bound on the strings one fixed run may expand to ("(?:kill|end) (?:myself|my self)" is 4).
const MAX_EXPANSION = 64;
// A prefix of a necessary string is necessary too: keep a short one, the lookup reads fewer characters.
const MAX_LENGTH = 10;
// Shorter strings ("i ", "me") occur in almost every clause and would filter nothing.
const MIN_LENGTH = 3;
// Below this length a set is worth choosing only when no set of longer strings exists.
const GOOD_LENGTH = 4;

type Node = RootNode<{ lookbehind: true }>;
type Strings = string[];

const cross = (a: Strings, b: Strings): Strings | null =>
  a.length * b.length > MAX_EXPANSION ? null : a.flatMap((x) => b.map((y) => x + y));

const body = (nodes: Node[]): Node =>
  nodes.length === 1 ? nodes[0]! : ({ type: 'alternative', body: nodes, range: [0, 0], raw: '' } as Node);

const zeroWidth = (n: Node): boolean =>
  n.type === 'anchor' || (n.type === 'group' && n.behavior !== 'normal' && n.behavior !== 'ignore');

/** Every string the node can match, when that is a short list; null otherwise. */
function fixed(n: Node): Strings | null {
  if (zeroWidth(n)) return [''];
  switch (n.type) {
    case 'value':
      return [String.fromCodePoint(n.codePoint)];
    case 'characterClass': {
      if (n.negative || n.body.length > 8) return null;
      const out: Strings = [];
      for (const m of n.body) {
        if (m.type !== 'value') return null;
        out.push(String.fromCodePoint(m.codePoint));
      }
      return out;
    }
    case 'group':
      return fixed(body(n.body));
    case 'disjunction': {
      const out: Strings = [];
      for (const b of n.body) {
        const f = fixed(b);
        if (!f || out.length + f.length > MAX_EXPANSION) return null;
        out.push(...f);
      }
      return out;
    }
    case 'alternative': {
      let acc: Strings | null = [''];
      for (const e of n.body) {
        const f = fixed(e);
        acc = f && cross(acc, f);
        if (!acc) return null;
      }
      return acc;
    }
    case 'quantifier': {
      if (n.max === undefined || n.max > 2) return null;
      const f = fixed(n.body[0]);
      if (!f) return null;
      const out = new Set<string>();
      let acc: Strings | null = [''];
      for (let k = 0; k <= n.max; k++) {
        if (k >= n.min) acc.forEach((s) => out.add(s));
        if (k < n.max && !(acc = cross(acc, f))) return null;
      }
      return [...out];
    }
    default:
      return null;
  }
}

const shortest = (s: Strings): number => Math.min(...s.map((x) => x.length));
// Longer strings filter more; with both long enough, fewer strings are cheaper to look up.
const worth = (s: Strings): number => {
  const m = shortest(s);
  return (m >= GOOD_LENGTH ? 1e6 : m * 1e4) - s.length * 10 + Math.min(m, MAX_LENGTH);
};
const nonEmpty = (s: Strings | null): s is Strings => !!s && s.length > 0 && shortest(s) > 0;

/** Strings one of which every match of the node contains; null when there is no such list. */
function needed(n: Node): Strings | null {
  switch (n.type) {
    case 'disjunction': {
      const out = new Set<string>();
      for (const b of n.body) {
        const s = needed(b);
        if (!s) return null;
        s.forEach((x) => out.add(x));
      }
      return [...out];
    }
    case 'group':
      return zeroWidth(n) ? null : needed(body(n.body));
    case 'quantifier':
      return n.min >= 1 ? needed(n.body[0]) : null;
    case 'alternative': {
      // Candidates: each maximal run of fixed elements (all its concatenations), each fixed element
      // alone, and what each other element needs. The most selective one is kept.
      const candidates: Strings[] = [];
      let run: Strings = [''];
      const closeRun = () => {
        if (nonEmpty(run)) candidates.push(run);
        run = [''];
      };
      for (const e of n.body) {
        const f = fixed(e);
        if (!f) {
          closeRun();
          const s = needed(e);
          if (s) candidates.push(s);
          continue;
        }
        if (nonEmpty(f)) candidates.push(f);
        const longer = cross(run, f);
        if (longer) run = longer;
        else {
          closeRun();
          run = f;
        }
      }
      closeRun();
      return candidates.reduce<Strings | null>((best, c) => (!best || worth(c) > worth(best) ? c : best), null);
    }
    default: {
      const f = fixed(n);
      return nonEmpty(f) ? f : null;
    }
  }
}

/**
 * The rule's necessary literals, shortened and without redundant members, or null when the rule
 * must be tested on every clause (flags, no literal of at least MIN_LENGTH, or a source the parser
 * does not read).
 */
export function ruleLiterals(re: RegExp): string[] | null {
  if (re.flags !== '') return null; // case-insensitive or unicode-set matching breaks a plain lookup
  let tree: Node;
  try {
    tree = regjsparser.parse(re.source, '', { lookbehind: true });
  } catch {
    return null;
  }
  const s = needed(tree);
  if (!s || shortest(s) < MIN_LENGTH) return null;
  // A string that contains a kept shorter one adds nothing: the shorter one occurs wherever it does.
  const kept: string[] = [];
  for (const x of [...new Set(s.map((x) => x.slice(0, MAX_LENGTH)))].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    if (!kept.some((k) => x.includes(k))) kept.push(x);
  }
  return kept;
}

/** The committed table (src/safety/rule-literals.json): one line per rule, in the rules' order. */
export function ruleLiteralTableText(rules: readonly { id: string; re: RegExp }[] = RULES): string {
  const lines = rules.map((r) => {
    const entry = { fingerprint: sourceFingerprint(r.re.source), literals: ruleLiterals(r.re) ?? [] };
    return `  ${JSON.stringify(r.id)}: ${JSON.stringify(entry)}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
