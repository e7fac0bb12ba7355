// The CLIs run the real model through onnxruntime-web in Node; bad lines are reported with their
// line number on stderr, the rest still run, and the exit code says something failed.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LABELS } from '../../src/classifier/labels';

const root = resolve(import.meta.dirname, '../..');
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'ac-cli-'));

describe('classify CLI', () => {
  it('labels valid lines, passes fields through, reports bad lines by number', () => {
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, [
      JSON.stringify({ id: 'a', text: 'Any chest pain?', context: 'I get breathless.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: "Let's book a follow-up in two weeks." }),
      JSON.stringify({ id: 'c' }),
    ].join('\n') + '\n');
    const r = run('classify', [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/in\.jsonl:2: invalid JSON/);
    expect(r.stderr).toMatch(/in\.jsonl:4: missing string field "text"/);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0].context).toBe('I get breathless.');
    for (const o of out) {
      expect(LABELS).toContain(o.label);
      expect(Object.keys(o.scores)).toEqual([...LABELS]);
    }
  }, 60_000);

  it('exits 2 with usage when the file is missing', () => {
    const r = run('classify', [join(dir, 'nope.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
  }, 60_000);
});

describe('eval CLI', () => {
  it('prints per-label metrics, macro-F1 and a confusion matrix', () => {
    const file = join(dir, 'gold.jsonl');
    writeFileSync(file, [
      JSON.stringify({ text: 'How has the knee been this week?', label: 'question' }),
      JSON.stringify({ text: 'Hi, can you hear me okay?', label: 'other' }),
      JSON.stringify({ text: 'bad', label: 'not_a_label' }),
    ].join('\n') + '\n');
    const r = run('eval', [file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/gold\.jsonl:3: "label" must be one of/);
    const rep = JSON.parse(r.stdout);
    expect(rep.n).toBe(2);
    expect(rep.confusion.labels).toEqual([...LABELS]);
    expect(typeof rep.macroF1).toBe('number');
    expect(Object.keys(rep.perLabel)).toEqual([...LABELS]);
  }, 60_000);
});
