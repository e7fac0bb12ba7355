// `npm run -s eval -- --cues [FILE.jsonl]`: the patient-cue detector (src/coach/cues.ts) against
// lines {"text", "lang", "emotion": bool, "changeTalk": bool} (default: the independently written
// eval/patient-cues/patient-cues.jsonl): precision / recall / F1 of each cue, overall and per language.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectChangeTalk, detectEmotion } from '../../src/coach/cues';

export const CUES_FILE = resolve(import.meta.dirname, '../../eval/patient-cues/patient-cues.jsonl');

interface CueRow { text: string; lang?: string; emotion: boolean; changeTalk: boolean }

function binary(list: CueRow[], gold: (r: CueRow) => boolean, pred: (t: string) => boolean): object {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const r of list) {
    const g = gold(r), p = pred(r.text);
    if (g && p) tp++; else if (p) fp++; else if (g) fn++; else tn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : null;
  const recall = tp + fn ? tp / (tp + fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  const r3 = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 1000);
  return { n: list.length, positives: tp + fn, tp, fp, fn, tn, precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}

export function evalCues(file = CUES_FILE): object {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as CueRow);
  const both = (list: CueRow[]): object => ({
    emotion: binary(list, (r) => r.emotion, (t) => detectEmotion(t) !== null),
    changeTalk: binary(list, (r) => r.changeTalk, (t) => detectChangeTalk(t) !== null),
  });
  const langs = [...new Set(rows.map((r) => r.lang ?? '?'))].sort();
  return { file, n: rows.length, ...both(rows), byLang: Object.fromEntries(langs.map((l) => [l, both(rows.filter((r) => (r.lang ?? '?') === l))])) };
}
