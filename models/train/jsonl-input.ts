// Reads a user-supplied JSONL file for the CLIs: each line is parsed and checked on its own; a bad
// line is reported on stderr with its number and skipped, and the caller exits non-zero at the end.
import { readFileSync } from 'node:fs';

export interface InputLine { line: number; obj: Record<string, unknown>; text: string; context: string }

export function readInputLines(path: string, cli: string, check?: (o: Record<string, unknown>) => string | undefined): { lines: InputLine[]; failed: number } {
  const src = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8');
  const lines: InputLine[] = [];
  let failed = 0;
  const fail = (n: number, msg: string): void => { failed++; console.error(`${cli}: ${path}:${n}: ${msg}`); };
  src.split(/\r?\n/).forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === '') return;
    let v: unknown;
    try { v = JSON.parse(raw); } catch (e) { fail(n, `invalid JSON (${(e as Error).message})`); return; }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) { fail(n, 'expected a JSON object'); return; }
    const obj = v as Record<string, unknown>;
    if (typeof obj.text !== 'string') { fail(n, 'missing string field "text"'); return; }
    if (obj.context !== undefined && obj.context !== null && typeof obj.context !== 'string') { fail(n, '"context" must be a string'); return; }
    const problem = check?.(obj);
    if (problem) { fail(n, problem); return; }
    lines.push({ line: n, obj, text: obj.text, context: typeof obj.context === 'string' ? obj.context : '' });
  });
  return { lines, failed };
}
