// eld's own tables, read from the package's files: its exports map names only the detector
// entries, and ngram-scorer.ts needs the n-gram table, the byte dictionary, the separator pattern
// and the per-language average scores the detector uses. Types: eld-tables.d.ts. Pinned by
// test/unit/ngram-scorer.test.ts, which compares every verdict with eld.detect itself.
export { ngramsData } from '../../node_modules/eld/src/ngrams/extrasmall.js';
export { dictionary } from '../../node_modules/eld/src/dictionary.js';
export { separators } from '../../node_modules/eld/src/regexPatterns.js';
export { avgScore } from '../../node_modules/eld/src/avgScore.js';
