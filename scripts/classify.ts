// npm run -s classify -- FILE.jsonl   (FILE may be "-" for stdin)
// Each input line: {"text": ..., "context"?: ...} plus any other fields, which are passed through.
// Prints one JSON line per valid input adding "label" and "scores" (probabilities by label), using
// the same featurizer and onnxruntime-web (wasm) path as the extension. Exit 1 if any line failed.
import { existsSync } from 'node:fs';
import { loadNodeClassifier } from '../models/train/node-classifier.ts';
import { readInputLines } from '../models/train/jsonl-input.ts';

const file = process.argv[2];
if (!file || (file !== '-' && !existsSync(file))) {
  console.error(file ? `classify: ${file}: no such file` : 'usage: npm run -s classify -- FILE.jsonl');
  process.exit(2);
}
const { lines, failed } = readInputLines(file, 'classify');
const clf = await loadNodeClassifier();
const out: string[] = [];
for (const l of lines) {
  const { label, scores } = await clf.classify(l.text, l.context);
  out.push(JSON.stringify({ ...l.obj, label, scores }));
}
await clf.dispose();
if (out.length) process.stdout.write(out.join('\n') + '\n');
process.exitCode = failed ? 1 : 0;
