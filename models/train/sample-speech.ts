// Draws the real-speech labelling sample (issue: labels that hold on real calls) from the four
// licence-clean corpora in ../shared/data: PriMock57, MTS-Dialog, ACI-Bench (CC BY 4.0) and
// PA-counseling (Apache-2.0). Reproducible (seeded) and stratified: rare labels (reflections,
// sympathy, goals, tasks) are a few percent of clinical talk, so turns that a cue rule flags as a
// *candidate* for one of them are over-sampled; the labellers never see which rule flagged a turn
// (labelling is blind). Every PA-counseling counsellor sentence is kept: it is the most
// counselling-like speech the project may train on.
// Each turn carries up to two previous turns (speaker + text) as `prev`, as the coach sees them live.
// Usage: npx tsx models/train/sample-speech.ts -> models/corpus/speech/sample.jsonl
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from './csv.ts';
import { mulberry32, shuffleInPlace } from './rng.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared/data');
const OUT_DIR = resolve(import.meta.dirname, '../corpus/speech');
const MAX_WORDS = 80; // live captions arrive as 1-80 word utterances

/** Per-source budget: candidates for rare labels first (up to `cand`), then a random fill to `n`. */
const PLAN = [
  { source: 'primock57', file: 'primock57/turns.csv', n: 1900, cand: 900 },
  { source: 'mts-dialog', file: 'mts-dialog/turns.csv', n: 1900, cand: 900 },
  { source: 'aci-bench', file: 'aci-bench/turns.csv', n: 2200, cand: 1100 },
] as const;

/** Candidate cues (sampling only; never shown to labellers, never used as labels). */
const CANDIDATE = [
  /\b(sounds? like|seems? like|it seems|must be|must have been|that'?s (hard|tough|difficult|a lot|frustrating|scary)|you('re| are) (feeling|worried|concerned|frustrated|scared|anxious|nervous|upset)|you feel|you felt|i can (see|hear|understand)|so you|you've been)\b/i,
  /\b(sorry|poor (thing|you)|awful|terrible|can'?t imagine|bless)\b/i,
  /\b(goal|what (would|do) you (like|want|hope)|hoping|what matters|important to you|get out of|want to be able|would like to)\b/i,
  /\b(let'?s|we'?ll|follow[- ]?up|come back|i'?ll|you'?ll|plan|schedule|book|refer|would you be willing|can you try|agree)\b/i,
  /\b(well done|great job|good for you|proud|impressive|doing (really )?well|that'?s great)\b/i,
];

export interface PrevTurn { speaker: string; text: string }
export interface SpeechTurn { id: string; source: string; dialog: string; text: string; prev: PrevTurn[] }

/** aci-bench is lower-cased and tokenised ("do n't", " ."); undo the tokenisation only. */
export function detokenise(s: string): string {
  return s.replace(/ n't\b/g, "n't").replace(/ ('s|'re|'m|'ll|'ve|'d)\b/g, '$1').replace(/ ([.,?!;:])/g, '$1').trim();
}

function wordCount(s: string): number { return s.split(/\s+/).filter(Boolean).length; }

function turnsOf(source: string, file: string): SpeechTurn[] {
  const rows = parseCsv(readFileSync(resolve(SHARED, file), 'utf8'));
  const clean = (t: string | undefined): string => (source === 'aci-bench' ? detokenise(t ?? '') : (t ?? '').trim());
  const out: SpeechTurn[] = [];
  rows.forEach((r, i) => {
    if (r.speaker !== 'clinician') return;
    const text = clean(r.text);
    const wc = wordCount(text);
    if (wc === 0 || wc > MAX_WORDS) return;
    const prev: PrevTurn[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const p = rows[j]!;
      if (p.dialog_id !== r.dialog_id) break;
      prev.unshift({ speaker: p.speaker ?? 'other', text: clean(p.text).slice(0, 400) });
    }
    out.push({ id: `${source}:${r.dialog_id}:${r.turn_index}`, source, dialog: `${source}:${r.dialog_id}`, text, prev });
  });
  return out;
}

function paTurns(): SpeechTurn[] {
  const rows = parseCsv(readFileSync(resolve(SHARED, 'pa-counseling/dialogs.csv'), 'utf8'));
  const out: SpeechTurn[] = [];
  rows.forEach((r, i) => {
    if (r.speaker !== 'counselor' || !r.utterance?.trim()) return;
    const prev: PrevTurn[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
      const p = rows[j]!;
      if (p.dialog !== r.dialog) break;
      prev.unshift({ speaker: p.speaker === 'counselor' ? 'clinician' : 'patient', text: (p.utterance ?? '').trim() });
    }
    out.push({ id: `pa-counseling:${r.dialog}:${i}`, source: 'pa-counseling', dialog: `pa-counseling:${r.dialog}`, text: r.utterance.trim(), prev });
  });
  return out;
}

export function drawSample(): SpeechTurn[] {
  const rng = mulberry32(6000);
  const picked: SpeechTurn[] = [];
  for (const { source, file, n, cand } of PLAN) {
    const all = turnsOf(source, file);
    const seen = new Set<string>();
    const isCand = (t: SpeechTurn): boolean => CANDIDATE.some((re) => re.test(t.text));
    const candidates = shuffleInPlace(all.filter(isCand), rng).slice(0, cand);
    for (const t of candidates) seen.add(t.id);
    const rest = shuffleInPlace(all.filter((t) => !seen.has(t.id)), rng).slice(0, n - candidates.length);
    picked.push(...candidates, ...rest);
  }
  picked.push(...paTurns());
  // Labellers get the turns in a seeded random order, so no source or candidate block stands out.
  return shuffleInPlace(picked, rng);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(SHARED)) { console.error(`sample-speech: ${SHARED} not found`); process.exit(1); }
  mkdirSync(OUT_DIR, { recursive: true });
  const sample = drawSample();
  writeFileSync(resolve(OUT_DIR, 'sample.jsonl'), sample.map((t) => JSON.stringify(t)).join('\n') + '\n');
  // Three labelling chunks; each gets two independent blind passes (labeller sees id, prev, text).
  mkdirSync(resolve(OUT_DIR, 'tasks'), { recursive: true });
  const k = 3;
  for (let c = 0; c < k; c++) {
    const part = sample.slice(Math.floor((c * sample.length) / k), Math.floor(((c + 1) * sample.length) / k));
    writeFileSync(resolve(OUT_DIR, `tasks/chunk-${c + 1}.jsonl`), part.map((t) => JSON.stringify({ id: t.id, prev: t.prev, text: t.text })).join('\n') + '\n');
  }
  console.error(`sample-speech: wrote ${sample.length} turns in ${k} labelling chunks`);
}
