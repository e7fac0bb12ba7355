// Line-by-line JSONL reading with per-line validation: a bad line is reported by number and
// skipped, never fatal (the corpus is assembled from several writers; the CLIs take user files).
import { readFileSync, existsSync } from 'node:fs';
import { isLabel, type Label } from '../../src/classifier/labels';

export interface LineError { line: number; message: string }

export function readJsonl(path: string): { rows: Array<{ line: number; value: unknown }>; errors: LineError[] } {
  const rows: Array<{ line: number; value: unknown }> = [];
  const errors: LineError[] = [];
  if (!existsSync(path)) return { rows, errors };
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  lines.forEach((l, i) => {
    if (l.trim() === '') return;
    try { rows.push({ line: i + 1, value: JSON.parse(l) }); }
    catch (e) { errors.push({ line: i + 1, message: `invalid JSON (${(e as Error).message})` }); }
  });
  return { rows, errors };
}

export interface Example { text: string; label: Label; context: string }

const MAX_CHARS = 2000; // captions are 1-80 words; longer lines are concatenation accidents

/** Validates one {text, label, context?} object; returns the example or an error message. */
export function toExample(v: unknown): Example | string {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const o = v as Record<string, unknown>;
  if (typeof o.text !== 'string' || o.text.trim() === '') return '"text" must be a non-empty string';
  if (o.text.length > MAX_CHARS) return `"text" longer than ${MAX_CHARS} characters`;
  if (!isLabel(o.label)) return `"label" must be one of the seven codebook labels, got ${JSON.stringify(o.label)}`;
  if (o.context !== undefined && o.context !== null && typeof o.context !== 'string') return '"context" must be a string';
  return { text: o.text.trim(), label: o.label, context: typeof o.context === 'string' ? o.context.trim() : '' };
}

export function readExamples(path: string): { examples: Example[]; errors: LineError[] } {
  const { rows, errors } = readJsonl(path);
  const examples: Example[] = [];
  for (const { line, value } of rows) {
    const ex = toExample(value);
    if (typeof ex === 'string') errors.push({ line, message: ex }); else examples.push(ex);
  }
  return { examples, errors };
}
