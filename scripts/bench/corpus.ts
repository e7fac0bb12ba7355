// Caption-style utterances to time: the clinician texts of the corpus (held-out, real transcripts,
// training), each with the patient line before it. Deduplicated so a scripted call never repeats a
// text (the e2e bench joins fixture renders to panel rows by text), and capped in length so the
// segmenter's max-open/max-chars rules do not split them (a split would break that join).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../models/corpus');

export interface Item {
  text: string;
  context: string;
}

function readJsonl(file: string): Item[] {
  const out: Item[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text?: unknown; context?: unknown };
    if (typeof o.text === 'string') out.push({ text: o.text, context: typeof o.context === 'string' ? o.context : '' });
  }
  return out;
}

/** All corpus items, real transcripts first (the most caption-like), in file order: deterministic. */
export function loadCorpus(dir = CORPUS_DIR, maxChars = 300): Item[] {
  const files = [join(dir, 'real/labelled.jsonl'), join(dir, 'heldout/heldout.jsonl')];
  const train = join(dir, 'train');
  for (const f of readdirSync(train).sort()) if (f.endsWith('.jsonl')) files.push(join(train, f));
  const seen = new Set<string>();
  const items: Item[] = [];
  for (const f of files) {
    for (const it of readJsonl(f)) {
      const text = it.text.replace(/\s+/g, ' ').trim();
      const key = text.toLowerCase();
      if (!text || text.length > maxChars || seen.has(key)) continue;
      seen.add(key);
      items.push({ text, context: it.context.replace(/\s+/g, ' ').trim().slice(0, maxChars) });
    }
  }
  return items;
}

/** `n` items cycling through the corpus (thousands of timings over a few thousand texts). */
export function cycle(items: readonly Item[], n: number, offset = 0): Item[] {
  return Array.from({ length: n }, (_, i) => items[(i + offset) % items.length]!);
}
