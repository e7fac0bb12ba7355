// The featurizer shared by training (models/train) and the extension: caption text (+ the patient's
// previous utterance as context) -> a sparse bag of hashed features {ids, weights} that the ONNX
// model turns into a sum of embedding rows. Pure and deterministic: no DOM, no randomness.
//
// Hash: FNV-1a 32-bit over the UTF-16 code units of "<group>:<feature>" (offset basis 2166136261,
// prime 16777619, via Math.imul), bucket = hash & (BUCKETS - 1). Changing anything here changes
// the model's input: bump FEATURIZER.version and retrain (the manifest records these params).
// The text analysis that names the features (tokens, cues, context) is in text-analysis.ts; this
// file hashes them: the reference path and the fast path.

import { analyse } from './text-analysis';

// Training (models/train/assemble.ts) tokenises with the featurizer's own tokens().
export { tokens } from './text-analysis';

export const FEATURIZER = {
  version: 5,
  hash: 'fnv1a32-utf16',
  buckets: 1 << 15,
  charNgrams: [3, 4] as const,
} as const;

export interface Features {
  /** Bucket indices, sorted ascending, unique (the ONNX input `ids`, int32 [n]). */
  ids: Int32Array;
  /** One weight per id (the ONNX input `weights`, float32 [1, n]). */
  weights: Float32Array;
}

/** FNV-1a 32-bit; `h` lets a caller continue from a prefix's state (fnv1a(b, fnv1a(a)) = fnv1a(a + b)). */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

type Bag = Map<number, number>;
function addGroup(bag: Bag, group: string, feats: string[], scale: number): void {
  if (feats.length === 0) return;
  const w = scale / Math.sqrt(feats.length); // so long utterances do not drown the cue features
  const prefix = fnv1a(`${group}:`); // hashing continues from the group's state: same as hashing "<group>:<f>"
  for (const f of feats) {
    const id = fnv1a(f, prefix) & (FEATURIZER.buckets - 1);
    bag.set(id, (bag.get(id) ?? 0) + w);
  }
}

/** Named features (before hashing) of the utterance, by group; exported for tests and debugging. */
export function featureStrings(text: string, context = ''): Record<string, string[]> {
  const a = analyse(text, context);
  const bi: string[] = [];
  const seq = a.seq;
  for (let i = 0; i + 1 < seq.length; i++) bi.push(`${seq[i]} ${seq[i + 1]}`);
  const chars: string[] = [];
  for (const w of a.words) {
    const p = `<${w}>`;
    for (const n of FEATURIZER.charNgrams) for (let i = 0; i + n <= p.length; i++) chars.push(p.slice(i, i + n));
  }
  return { cue: a.cues, w: a.words.slice(), b: bi, c: chars, x: a.ctx, xw: a.cwords.slice() };
}

// Per-group scale: cue and context summary features are binary and informative, so they enter at
// full weight; the n-gram groups are each length-normalised (1/sqrt(count)).
const GROUP_SCALE: Record<string, number> = { cue: 1, w: 1, b: 1, c: 1, x: 0.7, xw: 0.5 };

/**
 * The reference implementation: hashes the feature strings of featureStrings(). Kept for tests
 * (test/model/featurize-fast.test.ts proves featurize() bit-identical to it) and for debugging.
 */
export function featurizeReference(text: string, context?: string): Features {
  const groups = featureStrings(text, context ?? '');
  const bag: Bag = new Map();
  for (const [g, feats] of Object.entries(groups)) {
    if (g === 'cue' || g === 'x') for (const f of feats) addGroup(bag, g, [f], GROUP_SCALE[g]!);
    else addGroup(bag, g, feats, GROUP_SCALE[g]!);
  }
  const ids = Int32Array.from([...bag.keys()].sort((a, b) => a - b));
  const weights = Float32Array.from(ids, (id) => bag.get(id)!);
  return { ids, weights };
}

// ---- The fast path (what the extension and training run). Same features, same hashes, same
// float64 sums in the same order as featurizeReference, but the n-gram groups (words, bigrams,
// character n-grams: most of the features) are hashed straight from the words' character ranges
// without building a string per n-gram, and the bag is one reused float64 array indexed by bucket
// instead of a Map: a classify allocates little, so the offscreen document rarely stops for GC.
const MASK = FEATURIZER.buckets - 1;
const FNV_PRIME = 0x01000193;
const PREFIX: Record<string, number> = Object.fromEntries(['cue', 'w', 'b', 'c', 'x', 'xw'].map((g) => [g, fnv1a(`${g}:`)]));
const acc = new Float64Array(FEATURIZER.buckets);
// Which buckets are in the bag, one bit each: reading the set bits word by word gives the ids
// already sorted (sorting a typed array of the touched ids was most of featurize's own time in
// Chromium's profile of the offscreen document).
const seen = new Uint32Array(FEATURIZER.buckets >>> 5);
// Which words of `seen` are non-zero, one bit each: drain reads 32 words instead of 1,024, most of
// them zero (a line touches ~150 buckets), and so touches 128 bytes of cold memory instead of 4 KB.
const seenWords = new Uint32Array(seen.length >>> 5);
let nTouched = 0;

function add(h: number, w: number): void {
  const id = (h >>> 0) & MASK;
  if (acc[id] === 0) {
    // Every weight is > 0, so 0 means "not in the bag yet".
    const word = id >>> 5;
    seen[word]! |= 1 << (id & 31);
    seenWords[word >>> 5]! |= 1 << (word & 31);
    nTouched++;
  }
  acc[id] = acc[id]! + w;
}

/** The bag as sorted ids and float32 weights (when `out`), and cleared for the next call. */
function drain(out: Features | null): void {
  let k = 0;
  for (let s = 0; s < seenWords.length; s++) {
    let words = seenWords[s]!;
    if (words === 0) continue;
    seenWords[s] = 0;
    do {
      const lowWord = words & -words;
      const i = (s << 5) | (31 - Math.clz32(lowWord));
      let bits = seen[i]!;
      seen[i] = 0;
      do {
        const low = bits & -bits;
        const id = (i << 5) | (31 - Math.clz32(low));
        if (out) {
          out.ids[k] = id;
          out.weights[k] = acc[id]!;
          k++;
        }
        acc[id] = 0;
        bits ^= low;
      } while (bits !== 0);
      words ^= lowWord;
    } while (words !== 0);
  }
  nTouched = 0;
}

/** fnv1a over `<word>` characters [from, from + n) where index 0 is '<' and word.length + 1 is '>'. */
function hashPadded(word: string, from: number, n: number, h: number): number {
  const last = word.length + 1;
  for (let j = from; j < from + n; j++) {
    const c = j === 0 ? 60 : j === last ? 62 : word.charCodeAt(j - 1);
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

// The 3-gram hashes of the word being expanded: each 4-gram continues from the 3-gram at its start
// (FNV-1a is a running state), so a 4-gram costs one step instead of four.
let tri = new Int32Array(64);

/** The word's padded 3-grams, then its 4-grams, in featureStrings' order (the float sums' order). */
function addCharNgrams(word: string, w: number): void {
  const len = word.length + 2;
  if (len - 2 > tri.length) tri = new Int32Array(2 ** Math.ceil(Math.log2(len)));
  for (let i = 0; i + 3 <= len; i++) {
    const h = hashPadded(word, i, 3, PREFIX.c!);
    tri[i] = h;
    add(h, w);
  }
  const last = word.length + 1;
  for (let i = 0; i + 4 <= len; i++) {
    const j = i + 3; // the 4-gram's last character, in padded positions
    add(Math.imul(tri[i]! ^ (j === last ? 62 : word.charCodeAt(j - 1)), FNV_PRIME), w);
  }
}

function hashOn(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** featurize()'s result as fresh arrays the caller may keep. */
export function featurize(text: string, context?: string): Features {
  const f = featurizeShared(text, context);
  return { ids: f.ids.slice(), weights: f.weights.slice() };
}

// The classifier's buffers: one pair of arrays, grown when a line needs more, so a classification
// allocates no new ArrayBuffer (in the offscreen document's profile allocating the two result
// arrays was about half of featurize's own time).
let idsBuf = new Int32Array(1024);
let weightsBuf = new Float32Array(1024);

/**
 * featurize() as views into buffers that the next call overwrites: for the classifier session,
 * which hands them to onnxruntime (it copies them into the wasm heap) before it featurizes again.
 */
export function featurizeShared(text: string, context?: string): Features {
  const a = analyse(text, context ?? '');
  try {
    // Groups in the order of featureStrings' keys: cue, w, b, c, x, xw (the sums' order matters).
    for (const f of a.cues) add(hashOn(f, PREFIX.cue!), GROUP_SCALE.cue!);
    const words = a.words;
    if (words.length > 0) {
      const w = GROUP_SCALE.w! / Math.sqrt(words.length);
      for (const word of words) add(hashOn(word, PREFIX.w!), w);
    }
    const seq = a.seq;
    if (seq.length > 1) {
      const w = GROUP_SCALE.b! / Math.sqrt(seq.length - 1);
      for (let i = 0; i + 1 < seq.length; i++) add(hashOn(seq[i + 1]!, Math.imul(hashOn(seq[i]!, PREFIX.b!) ^ 32, FNV_PRIME)), w);
    }
    let nc = 0;
    for (const word of words) for (const n of FEATURIZER.charNgrams) nc += Math.max(0, word.length + 2 - n + 1);
    if (nc > 0) {
      const w = GROUP_SCALE.c! / Math.sqrt(nc);
      for (const word of words) addCharNgrams(word, w);
    }
    for (const f of a.ctx) add(hashOn(f, PREFIX.x!), GROUP_SCALE.x!);
    const cw = a.cwords;
    if (cw.length > 0) {
      const w = GROUP_SCALE.xw! / Math.sqrt(cw.length);
      for (const word of cw) add(hashOn(word, PREFIX.xw!), w);
    }
    if (nTouched > idsBuf.length) {
      const size = 2 ** Math.ceil(Math.log2(nTouched));
      idsBuf = new Int32Array(size);
      weightsBuf = new Float32Array(size);
    }
    const out: Features = { ids: idsBuf.subarray(0, nTouched), weights: weightsBuf.subarray(0, nTouched) };
    drain(out);
    return out;
  } finally {
    if (nTouched !== 0) drain(null); // only after a throw: leave the bag empty
  }
}
