// Features of the learned risk stage (src/safety/risk-model.ts), shared by training
// (models/safety/train-risk.ts) and the extension. Pure and deterministic.
// Input: the patient's text after maskedText() (normalised, figurative uses masked, hedges dropped)
// and, when the clinician's previous turn is a direct risk question (context.ts), crosses of that
// question's category with the first words of the reply, so "yes, sometimes" after "have you
// thought of ending your life?" can score while "yes, sometimes" alone cannot.
// Version 2 adds features that carry over to paraphrases (a new phrasing of a known risk shares few
// exact n-grams with the training lines): word classes (risk-lexicon.ts) alone, in ordered pairs
// within a clause, after a negation and beside a figurative mask; crude word stems; and skip-bigrams
// (one word skipped) within a clause.
// Version 3: more word classes (absence, making it stop, finality, arrangements, plans, urges; see
// risk-lexicon.ts) and the class pairs weighted x2 against the surface n-grams, so an unseen
// phrasing's concept pair ("plan" then "means") counts for more than its rare words do. Measured on
// rounds v5/v6 (test/safety/train-next, not trained on then; models/safety/check-next.ts): recall
// 0.4555 -> 0.4801 at the same real-speech false positives (hard negatives 23 -> 23); the classes
// alone at x1 gave 0.4564; classes and pairs at x2, or pairs at x3, gained a little more recall but
// one more real-speech false positive; "self"/"kin" co-occurrence with each class lost recall.
// Hash: FNV-1a 32-bit of "<group>:<feature>", bucket = hash & (buckets - 1).
import { lexClasses, phraseClasses } from './risk-lexicon';

export const RISK_FEATURES = { version: 3, buckets: 1 << 16, charNgrams: [3, 4] as number[], trigrams: false, floor: 1, pairSpan: 6, negSpan: 3 };

export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface SparseFeatures { ids: number[]; weights: number[] }

/** The reply's affirmative/denial shape after a risk question (from context.ts), as a feature. */
export interface QuestionContext { category: string; polarity: string; reply: 'yes' | 'no' | 'other' }

const words = (t: string) => t.replace(/[.,!?;:]/g, ' ').split(/\s+/).filter((w) => w && w !== '~');

function lenBucket(n: number): string {
  return n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 12 ? '6-12' : n <= 30 ? '13-30' : '31+';
}

/** Named features by group (before hashing). `masked` is maskedText(text). */
export function riskFeatureStrings(masked: string, q?: QuestionContext | null): Record<string, string[]> {
  const ws = words(masked);
  const seq = ['<s>', ...ws, '</s>'];
  const bi: string[] = [];
  for (let i = 0; i + 1 < seq.length; i++) bi.push(`${seq[i]} ${seq[i + 1]}`);
  const tri: string[] = [];
  if (RISK_FEATURES.trigrams) for (let i = 0; i + 2 < seq.length; i++) tri.push(`${seq[i]} ${seq[i + 1]} ${seq[i + 2]}`);
  const ch: string[] = [];
  for (const w of ws) {
    const p = `<${w}>`;
    for (const n of RISK_FEATURES.charNgrams) for (let i = 0; i + n <= p.length; i++) ch.push(p.slice(i, i + n));
  }
  const out: Record<string, string[]> = { w: ws, b: bi, t: tri, c: ch, len: [lenBucket(ws.length)], ...lexicalFeatures(masked), s: ws.map(stem).filter((x): x is string => x !== null) };
  if (masked.includes('~')) out.mask = ['masked'];
  if (q) {
    const head = ws.slice(0, 6);
    const k = `${q.category}/${q.polarity}`;
    out.q = [`rq:${k}`, `rq:${k}&${q.reply}`, `rq&${q.reply}`, `rq&len:${lenBucket(ws.length)}`];
    out.qx = [...head.map((w) => `${k}&w:${w}`), ...head.slice(0, -1).map((w, i) => `${k}&b:${w} ${head[i + 1]}`), ...head.map((w) => `${q.polarity}&w:${w}`)];
  }
  return out;
}

// Clause edges for the class pairs and skip-bigrams: punctuation and the connectives where a new
// thought starts.
const CLAUSE_BREAK = /^(?:[.,!?;:]|and|but|so|because|y|pero|porque|entonces)$/;

/** Word-class features (risk-lexicon.ts) and skip-bigrams, clause by clause. */
function lexicalFeatures(masked: string): { l: string[]; lp: string[]; sk: string[] } {
  const toks = masked.replace(/([.,!?;:])/g, ' $1 ').split(/\s+/).filter(Boolean);
  const l = new Set<string>(phraseClasses(masked).map((c) => `L:${c}`)), lp = new Set<string>(), sk: string[] = [];
  const hasMask = toks.includes('~');
  let clause: string[] = [];
  const flush = () => {
    const cls = lexClasses(clause);
    cls.forEach((c, i) => {
      if (!c) return;
      l.add(`L:${c}`);
      if (hasMask && c !== 'neg') l.add(`~&${c}`);
      if (c !== 'neg' && cls.slice(Math.max(0, i - RISK_FEATURES.negSpan), i).includes('neg')) l.add(`neg&${c}`);
      for (let j = i + 1; j < Math.min(cls.length, i + 1 + RISK_FEATURES.pairSpan); j++) if (cls[j] && cls[j] !== c) lp.add(`${c}>${cls[j]}`);
    });
    for (let i = 0; i + 2 < clause.length; i++) sk.push(`${clause[i]} _ ${clause[i + 2]}`);
    clause = [];
  };
  for (const t of toks) {
    if (CLAUSE_BREAK.test(t)) flush();
    if (!/^[.,!?;:~]$/.test(t)) clause.push(t);
  }
  flush();
  return { l: [...l], lp: [...lp], sk };
}

// A crude stem shared by English and Spanish inflections ("cutting"/"cuts", "cortarme"/"corto"):
// the word without a common ending, kept only when at least four letters remain.
const ENDING = /(?:ingly|ing|edly|ed|es|s|ly|ments?|ation|arme|erme|irme|arse|ando|iendo|ado|ido|ada|ida|aba|ar|er|ir|os|as|o|a|e)$/;
function stem(w: string): string | null {
  const s = w.replace(ENDING, '');
  return s.length >= 4 && s !== w ? s : w.length >= 4 ? w : null;
}

const SCALE: Record<string, number> = { w: 1, b: 1, t: 1, c: 1, len: 0.5, mask: 0.5, q: 1, qx: 1, l: 1, lp: 2, s: 0.7, sk: 0.7 };
const SINGLE = new Set(['len', 'mask', 'q']);

export function riskFeatures(masked: string, q?: QuestionContext | null, buckets = RISK_FEATURES.buckets): SparseFeatures {
  const bag = new Map<number, number>();
  for (const [g, fs] of Object.entries(riskFeatureStrings(masked, q))) {
    if (!fs.length) continue;
    const w = SINGLE.has(g) ? SCALE[g]! : SCALE[g]! / Math.sqrt(Math.max(fs.length, RISK_FEATURES.floor));
    const prefix = fnv1a(`${g}:`);
    for (const f of fs) {
      const id = fnv1a(f, prefix) & (buckets - 1);
      bag.set(id, (bag.get(id) ?? 0) + w);
    }
  }
  const ids = [...bag.keys()].sort((a, b) => a - b);
  return { ids, weights: ids.map((i) => bag.get(i)!) };
}
