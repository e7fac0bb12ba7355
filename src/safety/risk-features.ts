// Features of the learned risk stage (src/safety/risk-model.ts), shared by training
// (models/safety/train-risk.ts) and the extension. Pure and deterministic.
// Input: the patient's text after maskedText() (normalised, figurative uses masked, hedges dropped)
// and, when the clinician's previous turn is a direct risk question (context.ts), crosses of that
// question's category with the first words of the reply, so "yes, sometimes" after "have you
// thought of ending your life?" can score while "yes, sometimes" alone cannot.
// Hash: FNV-1a 32-bit of "<group>:<feature>", bucket = hash & (buckets - 1).

export const RISK_FEATURES = { version: 1, buckets: 1 << 15, charNgrams: [3, 4] as number[], trigrams: false, floor: 1 };

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
  const out: Record<string, string[]> = { w: ws, b: bi, t: tri, c: ch, len: [lenBucket(ws.length)] };
  if (masked.includes('~')) out.mask = ['masked'];
  if (q) {
    const head = ws.slice(0, 6);
    const k = `${q.category}/${q.polarity}`;
    out.q = [`rq:${k}`, `rq:${k}&${q.reply}`, `rq&${q.reply}`, `rq&len:${lenBucket(ws.length)}`];
    out.qx = [...head.map((w) => `${k}&w:${w}`), ...head.slice(0, -1).map((w, i) => `${k}&b:${w} ${head[i + 1]}`), ...head.map((w) => `${q.polarity}&w:${w}`)];
  }
  return out;
}

const SCALE: Record<string, number> = { w: 1, b: 1, t: 1, c: 1, len: 0.5, mask: 0.5, q: 1, qx: 1 };
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
