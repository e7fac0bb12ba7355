// Loads the training corpus and makes the train/validation split. Splits are by hash (FNV-1a of
// the text, or of the dialogue for real turns, so turns of one consultation never straddle the
// split): deterministic and stable when new lines are added. The held-out set is not read here.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readExamples, readJsonl, toExample, type Example } from './jsonl.ts';
import { fnv1a } from '../../src/classifier/featurize';
import type { Label } from '../../src/classifier/labels';

export const CORPUS = resolve(import.meta.dirname, '../corpus');
export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');

export interface Row extends Example { source: string; group: string; file?: string }

export const VAL_PCT = { synthetic: 15, real: 20 } as const;

export function loadSynthetic(): { rows: Row[]; invalid: number } {
  const dir = resolve(CORPUS, 'train');
  const rows: Row[] = [];
  let invalid = 0;
  if (!existsSync(dir)) return { rows, invalid };
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    const { examples, errors } = readExamples(resolve(dir, f));
    invalid += errors.length;
    for (const e of examples) rows.push({ ...e, source: 'synthetic', group: e.text, file: f });
  }
  return { rows, invalid };
}

export function loadReal(): Row[] {
  const rows: Row[] = [];
  for (const { value } of readJsonl(resolve(CORPUS, 'real/labelled.jsonl')).rows) {
    const o = value as { id: string; source: string };
    const e = toExample(value);
    if (typeof e === 'string') continue;
    const [src, dialog] = o.id.split(':');
    rows.push({ ...e, id: o.id, source: o.source, group: `${src}:${dialog}` } as Row);
  }
  return rows;
}

/**
 * The real-speech corpus (corpus/speech/labelled.jsonl, see assemble-speech.ts): PriMock57,
 * MTS-Dialog, ACI-Bench and PA-counseling turns, double-labelled with the codebook, split by dialogue.
 */
export interface SpeechExample extends Row { id: string; split: 'train' | 'dev' | 'test'; affirmation?: boolean }
export function loadSpeech(): SpeechExample[] {
  const p = resolve(CORPUS, 'speech/labelled.jsonl');
  if (!existsSync(p)) return [];
  const rows: SpeechExample[] = [];
  for (const { value } of readJsonl(p).rows) {
    const o = value as { id: string; source: string; dialog: string; split: 'train' | 'dev' | 'test'; affirmation?: boolean };
    const e = toExample(value);
    if (typeof e === 'string') continue;
    rows.push({ ...e, id: o.id, source: o.source, group: o.dialog, split: o.split, ...(o.affirmation ? { affirmation: true } : {}) });
  }
  return rows;
}

/**
 * The first real-turn labelling (corpus/real/labelled.jsonl, one pass, 1,360 turns): kept for
 * training only where the turn is not in the speech corpus and its dialogue is in the train split,
 * so nothing of it can leak into dev or test.
 */
export function loadRealV1(speechIds: Set<string>, splitOf: (dialog: string) => string): Row[] {
  return loadReal().filter((r) => !speechIds.has((r as Row & { id?: string }).id ?? '') && splitOf(r.group) === 'train');
}

/** Case, punctuation and accents aside, two lines that say the same words are the same line. */
export const sameLine = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim();

/**
 * Spanish lines written for the project (corpus/train-es); 15% by hash are a Spanish dev set.
 * A line that repeats one of the Spanish held-out set (eval/es) is dropped (`dropped` counts them).
 */
export function loadSpanish(heldout: readonly string[] = []): { train: Row[]; dev: Row[]; dropped: number } {
  const dir = resolve(CORPUS, 'train-es');
  const train: Row[] = [], dev: Row[] = [];
  let dropped = 0;
  if (!existsSync(dir)) return { train, dev, dropped };
  const held = new Set(heldout.map(sameLine));
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const e of readExamples(resolve(dir, f)).examples) {
      if (held.has(sameLine(e.text))) { dropped++; continue; }
      const r: Row = { ...e, source: 'spanish', group: e.text, file: f };
      (fnv1a(`es-split:${e.text}`) % 100 < 15 ? dev : train).push(r);
    }
  }
  return { train, dev, dropped };
}

export function isValidation(r: Row): boolean {
  const pct = r.source === 'synthetic' ? VAL_PCT.synthetic : VAL_PCT.real;
  return fnv1a(`split:${r.group}`) % 100 < pct;
}
