// Assembles models/corpus/ from the drafts other contributors write outside the repo:
//   /work/corpus-drafts/train-{1,2}.jsonl -> corpus/train/ (validated, invalid lines dropped+counted)
//   /work/corpus-drafts/heldout.jsonl     -> corpus/heldout/heldout.jsonl (final report only)
//   /work/labelling/out-{a,b}.jsonl       -> corpus/real/labelled.jsonl (pass 1 labels + turn text)
//   /work/labelling/out-c.jsonl           -> corpus/real/second-pass.jsonl (independent pass 2)
//   corpus/train/train-3-mi.jsonl (written in the repo, no draft) -> validated and filtered in place
// Training lines that duplicate a held-out text (after normalisation) are dropped so the held-out
// score is not inflated. Counts go to corpus/assembly.json. Missing inputs are reported, not fatal.
// Usage: npx tsx models/train/assemble.ts [--drafts DIR] [--labelling DIR]
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readJsonl, readExamples, type Example } from './jsonl.ts';
import { isLabel } from '../../src/classifier/labels';
import { tokens } from '../../src/classifier/featurize';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
};
const DRAFTS = arg('--drafts', '/work/corpus-drafts');
const LABELLING = arg('--labelling', '/work/labelling');
const CORPUS = resolve(import.meta.dirname, '../corpus');
const key = (t: string): string => tokens(t).join(' ');
const jsonl = (xs: unknown[]): string => xs.map((x) => JSON.stringify(x)).join('\n') + (xs.length ? '\n' : '');

const report: Record<string, unknown> = {};
const missing: string[] = [];

// Held-out first: its texts are the ones training must not contain.
const heldPath = resolve(DRAFTS, 'heldout.jsonl');
const held = readExamples(heldPath);
if (!existsSync(heldPath)) missing.push(heldPath);
const heldKeys = new Set(held.examples.map((e) => key(e.text)));
mkdirSync(resolve(CORPUS, 'heldout'), { recursive: true });
writeFileSync(resolve(CORPUS, 'heldout/heldout.jsonl'), jsonl(held.examples));
report.heldout = { kept: held.examples.length, invalid: held.errors.length };

mkdirSync(resolve(CORPUS, 'train'), { recursive: true });
const seen = new Set<string>(); // across both files: a line written twice would count double
for (const name of ['train-1.jsonl', 'train-2.jsonl']) {
  const p = resolve(DRAFTS, name);
  if (!existsSync(p)) { missing.push(p); continue; }
  const { examples, errors } = readExamples(p);
  const kept: Example[] = [];
  let leak = 0, dup = 0;
  for (const e of examples) {
    const k = key(e.text);
    if (heldKeys.has(k)) { leak++; continue; }
    if (seen.has(`${k}|${e.label}|${key(e.context)}`)) { dup++; continue; }
    seen.add(`${k}|${e.label}|${key(e.context)}`);
    kept.push(e);
  }
  writeFileSync(resolve(CORPUS, 'train', name), jsonl(kept));
  report[name] = { kept: kept.length, invalid: errors.length, droppedHeldoutOverlap: leak, droppedDuplicate: dup };
  for (const er of errors.slice(0, 5)) console.error(`assemble: ${name}:${er.line}: ${er.message}`);
}

// Files written directly in the repo (no draft outside it): the same checks, rewritten in place.
for (const name of ['train-3-mi.jsonl']) {
  const p = resolve(CORPUS, 'train', name);
  if (!existsSync(p)) { missing.push(p); continue; }
  const { examples, errors } = readExamples(p);
  const kept: Example[] = [];
  let leak = 0, dup = 0;
  for (const e of examples) {
    const k = key(e.text);
    if (heldKeys.has(k)) { leak++; continue; }
    if (seen.has(`${k}|${e.label}|${key(e.context)}`)) { dup++; continue; }
    seen.add(`${k}|${e.label}|${key(e.context)}`);
    kept.push(e);
  }
  writeFileSync(p, jsonl(kept));
  report[name] = { kept: kept.length, invalid: errors.length, droppedHeldoutOverlap: leak, droppedDuplicate: dup, source: 'in repo' };
  for (const er of errors.slice(0, 5)) console.error(`assemble: ${name}:${er.line}: ${er.message}`);
}

// Real clinician turns: join the label passes onto the sampled turns by id.
interface Turn { id: string; source: string; text: string; context: string }
const turns = new Map<string, Turn>();
for (const f of ['label-a.jsonl', 'label-b.jsonl']) {
  for (const { value } of readJsonl(resolve(LABELLING, f)).rows) {
    const o = value as Partial<Turn>;
    if (typeof o.id === 'string' && typeof o.text === 'string') {
      turns.set(o.id, { id: o.id, source: String(o.source ?? ''), text: o.text, context: String(o.context ?? '') });
    }
  }
}
function readLabels(file: string): { labels: Map<string, string>; invalid: number } {
  const p = resolve(LABELLING, file);
  if (!existsSync(p)) missing.push(p);
  const { rows, errors } = readJsonl(p);
  const labels = new Map<string, string>();
  let invalid = errors.length;
  for (const { value } of rows) {
    const o = value as { id?: unknown; label?: unknown };
    if (typeof o?.id === 'string' && turns.has(o.id) && isLabel(o.label)) labels.set(o.id, o.label);
    else invalid++;
  }
  return { labels, invalid };
}
const pass1 = new Map<string, string>();
for (const f of ['out-a.jsonl', 'out-b.jsonl']) {
  const { labels, invalid } = readLabels(f);
  for (const [k, v] of labels) pass1.set(k, v);
  report[f] = { labels: labels.size, invalid };
}
const labelled = [...turns.values()].filter((t) => pass1.has(t.id)).map((t) => ({ ...t, label: pass1.get(t.id)! }));
mkdirSync(resolve(CORPUS, 'real'), { recursive: true });
writeFileSync(resolve(CORPUS, 'real/labelled.jsonl'), jsonl(labelled));
const pass2 = readLabels('out-c.jsonl');
writeFileSync(resolve(CORPUS, 'real/second-pass.jsonl'), jsonl([...pass2.labels].map(([id, label]) => ({ id, label }))));
report['out-c.jsonl'] = { labels: pass2.labels.size, invalid: pass2.invalid };
report.realLabelled = labelled.length;
report.missingInputs = missing;

writeFileSync(resolve(CORPUS, 'assembly.json'), JSON.stringify(report, null, 2) + '\n');
console.error(`assemble: ${JSON.stringify(report)}`);
