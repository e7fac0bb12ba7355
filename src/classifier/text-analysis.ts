// The featurizer's text analysis: tokens, the cue features of the clinician's line, and features of
// the patient's previous turn and of how the line relates to it. Apart from featurize.ts, which
// hashes what this names into buckets. Pure and deterministic; changing anything here changes the
// model's input too: bump FEATURIZER.version and retrain (test/model pins a fingerprint).

import { FILLERS, LEAD, WH, AUX, LEX_OF, addClasses, PHRASE_GROUPS, content, stem, SHIFT, SHIFT_SKIP_FIRST, SHIFT_SKIP_SECOND } from './lexicon';

const ASCII = /^[\x00-\x7f]*$/;
const DIGIT = /\d/;
// Within ASCII, \p{L} is A-Z and a-z and \p{N} is 0-9: what normalise's last filter would replace.
const ASCII_DROPPED = /[^A-Za-z0-9'?!.;,\- ]/;

/** Lower-case, unify quotes/dashes, split into tokens and sentence-ending marks. */
export function normalise(text: string): string {
  // Runs of whitespace become one space: a lone ' ' is left alone rather than replaced by itself.
  return spaced(text).replace(/\s\s+|[^\S ]/g, ' ').trim();
}

/**
 * normalise() before its runs of spaces are collapsed. Its only whitespace is ' ' (the last filter
 * replaces every other kind, and an ASCII line that skips that filter has none), so splitting it on
 * ' ' and dropping empty strings gives normalise()'s tokens: tokens() saves the collapse pass.
 */
function spaced(text: string): string {
  // Each pass below runs on every utterance and its context inside the classify budget: passes that
  // cannot change the string are skipped (ASCII is NFKC already and has no curly quotes or dashes).
  const lower = text.toLowerCase();
  const ascii = ASCII.test(lower);
  let s = ascii ? lower : lower.normalize('NFKC');
  if (!ascii) s = s.replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2013\u2014]/g, ' - ');
  else if (s.includes('`')) s = s.replace(/`/g, "'");
  if (s.includes('ok') || s.includes('o.k')) s = s.replace(/\b(o\.?k\.?)\b/g, 'okay');
  if (s.includes('mm')) s = s.replace(/\bmm+[- ]?hm+\b/g, 'mm-hmm');
  if (s.includes('uh')) s = s.replace(/\buh[- ]huh\b/g, 'uh-huh');
  // ASR annotations like [inaudible], (laughs): only a line with an opening bracket can hold one.
  if (s.includes('[') || s.includes('(')) s = s.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ');
  if (DIGIT.test(s)) s = s.replace(/\d+([.,:]\d+)*/g, ' 0 '); // all numbers look alike: doses, dates, times
  // '¿' opens a Spanish question: a token of its own. Letters of any script survive (accents matter).
  s = s.replace(/[?!.;,¿¡]/g, ' $& ');
  // The Unicode-aware pass is the dearest; an ASCII line needs it only if it holds a character
  // outside the kept set (ASCII_DROPPED is that set's complement within ASCII).
  if (!ascii || ASCII_DROPPED.test(s)) s = s.replace(/[^\p{L}\p{N}'?!.;,¿\- ]+/gu, ' ');
  return s;
}

/** Word tokens with punctuation marks kept as '?', '.', ','; fillers and stutters removed. */
export function tokens(text: string): string[] {
  const raw = spaced(text).split(' ').filter((t) => t !== '' && t !== '-');
  const out: string[] = [];
  for (const t0 of raw) {
    const t = edgeMark(t0.charCodeAt(0)) || edgeMark(t0.charCodeAt(t0.length - 1)) ? t0.replace(/^'+|'+$/g, '').replace(/^-+|-+$/g, '') || t0 : t0;
    if (FILLERS.has(t)) continue;
    const prev = out[out.length - 1];
    if (t === prev && /^[a-z']+$/.test(t)) continue; // "your, your" / "it it" stutters
    if ((t === ',' || t === ';') && (prev === undefined || /^[,;.?!]$/.test(prev))) continue;
    out.push(t === '!' || t === ';' ? (t === '!' ? '.' : ',') : t);
  }
  // A false start "your, your walk": drop a word repeated right after a comma.
  const clean: string[] = [];
  for (let i = 0; i < out.length; i++) {
    if (out[i] === ',' && out[i + 1] !== undefined && out[i + 1] === clean[clean.length - 1]) { i++; continue; }
    clean.push(out[i]!);
  }
  if (!clean.some(isWord) && raw.some((t) => FILLERS.has(t) || t === 'mm-hmm')) return ['mm-hmm'];
  return clean;
}

/** An apostrophe or hyphen, which tokens() strips from the ends of a token. */
const edgeMark = (c: number): boolean => c === 39 || c === 45;
const isWord = (t: string): boolean => t !== '?' && t !== '.' && t !== ',' && t !== '¿';
// Word classes as sets rather than a regex test per word (analyse counts them on every line).
const YOU_SUBJ = new Set(['you', "you're", "you've", "you'd"]);
const YOU_DECL = new Set(['you', "you're", "you've"]);
const YOU = new Set(['you', "you're", "you've", "you'll", "you'd", 'your']);
const I = new Set(['i', "i'm", "i've", "i'll", "i'd", 'my', 'me']);
const WE = new Set(['we', "we're", "we'll", "we've", 'us', "let's"]);
const count = (ws: string[], set: Set<string>): number => {
  let n = 0;
  for (const w of ws) if (set.has(w)) n++;
  return n;
};
const nYouSubj = (ws: string[]): boolean => ws.some((w, i) => YOU_SUBJ.has(w) && !['can', 'could', 'do', 'did', 'would', 'will', 'are', 'have', 'thank'].includes(ws[i - 1] ?? ''));

function lengthBucket(n: number): string {
  return n <= 1 ? '1' : n <= 3 ? '2-3' : n <= 7 ? '4-7' : n <= 15 ? '8-15' : n <= 31 ? '16-31' : '32+';
}

/** Sentences as word lists, split on . ? and the end; `q` says whether it ended in '?'. */
function sentences(toks: string[]): Array<{ words: string[]; q: boolean }> {
  const out: Array<{ words: string[]; q: boolean }> = [];
  let cur: string[] = [];
  let opened = false; // a Spanish '¿' makes the sentence a question even when ASR drops the '?'
  for (const t of toks) {
    if (t === '.' || t === '?') { if (cur.length) out.push({ words: cur, q: t === '?' || opened }); cur = []; opened = false; }
    else if (t === '¿') opened = true;
    else if (t !== ',') cur.push(t);
  }
  if (cur.length) out.push({ words: cur, q: opened });
  return out;
}

function firstContent(words: string[]): string | undefined {
  return words.find((w) => !LEAD.has(w)) ?? words[words.length - 1];
}

export interface Analysis {
  cues: string[];
  words: string[];
  /** '<s>', the tokens without commas, '</s>': the bigram sequence. */
  seq: string[];
  ctx: string[];
  cwords: string[];
}

/** Everything but the n-gram expansion: the cue and context features and the word lists. */
export function analyse(text: string, context: string): Analysis {
  const toks = tokens(text);
  const words = toks.filter(isWord);
  const padded = ` ${toks.join(' ')} `;
  const sents = sentences(toks);
  const last = sents[sents.length - 1];
  const cues: string[] = [`len:${lengthBucket(words.length)}`, `nsent:${Math.min(sents.length, 4)}`];
  if (toks.includes('?') || toks.includes('¿')) cues.push('has_q');
  if (toks[toks.length - 1] === '?') cues.push('ends_q');
  if (sents.length > 1 && sents.some((s) => !s.q) && last?.q) cues.push('statement_then_q');
  for (const [i, s] of sents.entries()) {
    const f = firstContent(s.words);
    if (!f) continue;
    const kind = WH.has(f) ? 'wh' : AUX.has(f) ? 'aux' : LEX_OF.has(f) ? `lex_${LEX_OF.get(f)![0]}` : 'w';
    const where = i === 0 ? 'first' : i === sents.length - 1 ? 'last' : 'mid';
    cues.push(`s_${where}:${kind}`, `s_${where}_word:${f}`);
  }
  if (words[0] === 'you' || words[0] === "you're") cues.push('starts_you');
  // A statement about "you" with no question mark and no advice modal: the shape of a reflection.
  if (nYouSubj(words) && !toks.includes('?') && !/ you (should|need|have to|must|'ll|will) /.test(padded)) cues.push('decl_you');
  if (words[0] === 'i' || words[0] === "i'm") cues.push('starts_i');
  // Several declarative "you ..." sentences: the shape of a summary of the patient's account.
  const youDecl = sents.filter((s) => !s.q && s.words.some((w) => YOU_DECL.has(w))).length;
  if (youDecl >= 2) cues.push('multi_you_decl');
  const nYou = count(words, YOU);
  const nI = count(words, I);
  const nWe = count(words, WE);
  cues.push(`you:${Math.min(nYou, 3)}`, `i:${Math.min(nI, 3)}`, `we:${Math.min(nWe, 2)}`);
  if (nYou > nI) cues.push('you_gt_i'); else if (nI > nYou) cues.push('i_gt_you');
  for (const g of PHRASE_GROUPS) if (g.any.test(padded)) for (const [name, re] of g.phrases) if (re.test(padded)) cues.push(`ph:${name}`);
  const lex = new Set<string>();
  for (const w of words) addClasses(lex, w);
  for (const c of lex) cues.push(`lex:${c}`);

  const seq = ['<s>', ...toks.filter((t) => t !== ','), '</s>'];

  const cx = contextAnalysis(context);
  const ctx = cx.ctx.slice();
  if (cx.cwords.length) ctx.push(...relation(words, toks, cx, lex, cues));
  return { cues, words, seq, ctx, cwords: cx.cwords };
}

/** What analyse needs from the patient's previous turn(s): it does not depend on the clinician's line. */
interface ContextAnalysis {
  cwords: string[];
  /** The context features that come before the relation features. */
  ctx: string[];
  emo: boolean;
  /** Stems of the patient's content words. */
  stems: Set<string>;
  /** The patient's bigrams after the I->you shift, as first word -> second words. */
  shifted: Map<string, Set<string>>;
}

// Consecutive clinician lines share the patient's previous turn as their context: the last one
// analysed is kept (read-only: callers copy before changing anything).
let lastContext: { text: string; a: ContextAnalysis } | null = null;

function contextAnalysis(context: string): ContextAnalysis {
  if (lastContext?.text === context) return lastContext.a;
  const ctoks = tokens(context);
  const cwords = ctoks.filter(isWord);
  const ctx: string[] = [`len:${cwords.length === 0 ? '0' : lengthBucket(cwords.length)}`];
  if (ctoks.includes('?') || ctoks.includes('¿')) ctx.push('has_q');
  const clex = new Set<string>();
  for (const w of cwords) addClasses(clex, w);
  for (const c of clex) ctx.push(`lex:${c}`);
  const cfirst = cwords[0];
  if (cfirst && (WH.has(cfirst) || AUX.has(cfirst))) ctx.push('starts_q');
  const shifted = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < cwords.length; i++) {
    const a = SHIFT[cwords[i]!] ?? cwords[i]!, b = SHIFT[cwords[i + 1]!] ?? cwords[i + 1]!;
    let next = shifted.get(a);
    if (!next) shifted.set(a, (next = new Set()));
    next.add(b);
  }
  const a: ContextAnalysis = { cwords, ctx, emo: clex.has('emo') || clex.has('feel'), stems: new Set(content(cwords).map(stem)), shifted };
  lastContext = { text: context, a };
  return a;
}

// ---- The clinician's turn as a relation to the patient's (a reflection restates or extends it).

/** Relation features between the clinician's words and the patient's previous turn(s). */
function relation(words: string[], toks: string[], cx: ContextAnalysis, lex: Set<string>, cues: string[]): string[] {
  const out: string[] = [];
  const mine = new Set(content(words).map(stem)), theirs = cx.stems;
  let shared = 0;
  for (const w of mine) if (theirs.has(w)) shared++;
  const r = mine.size ? shared / mine.size : 0;
  const ov = shared === 0 ? '0' : r <= 0.2 ? 'low' : r <= 0.4 ? 'mid' : 'high';
  out.push(`overlap:${ov}`, `shared:${Math.min(shared, 3)}`);
  // Distinct bigrams of the clinician's words that the patient said (after the I->you shift). Words
  // hold no spaces, so a pair of words stands for the bigram string "a b" without building it.
  let sb = 0;
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!, b = words[i + 1]!;
    if (!cx.shifted.get(a)?.has(b) || (SHIFT_SKIP_FIRST.has(a) && SHIFT_SKIP_SECOND.has(b))) continue;
    let again = false;
    for (let j = 0; j < i && !again; j++) again = words[j] === a && words[j + 1] === b;
    if (!again) sb++;
  }
  out.push(`shift_bi:${Math.min(sb, 2)}`);
  // A short statement that picks up the patient's own content ("okay, so hay fever"): an echo.
  if (words.length <= 8 && !toks.includes('?') && shared > 0) out.push('short_echo');
  // Feeling words: carried over from the patient, named by the clinician only, or left unnamed.
  const emoMine = lex.has('emo') || lex.has('feel'), emoTheirs = cx.emo;
  out.push(`emo:${emoMine ? 'c' : '-'}${emoTheirs ? 'p' : '-'}`);
  // How the clinician's turn opens, crossed with how much of the patient's turn it carries.
  const asks = toks.includes('?') || toks.includes('¿');
  const open = cues.includes('ph:sounds_like') || cues.includes('ph:es_parece') ? 'sounds'
    : cues.includes('ph:so_you') || cues.includes('ph:es_osea') ? 'so_you'
      : cues.includes('decl_you') ? 'decl_you'
        : asks ? 'asks' : cues.includes('ph:you_should') || cues.includes('ph:es_debe') ? 'advise' : 'other';
  out.push(`open:${open}&ov:${ov}`, `open:${open}&emo:${emoTheirs ? 'p' : '-'}`, `open:${open}&sb:${Math.min(sb, 1)}`);
  return out;
}
