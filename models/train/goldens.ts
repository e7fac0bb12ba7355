// Records the released model's scores for a fixed set of utterances in test/model/goldens.json;
// test/model/golden.test.ts reruns the model through onnxruntime-web and compares within 1e-4.
// Run after every retrain: npx tsx models/train/goldens.ts
import { writeFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { loadNodeClassifier, MODEL_PATH } from './node-classifier.ts';

// The codebook's own examples and hard cases plus caption-style noise (no corpus text).
export const GOLDEN_INPUTS: Array<{ text: string; context?: string }> = [
  { text: "I'm so sorry, it sounds like these nights have been exhausting for you.", context: 'I have not slept properly in weeks.' },
  { text: "I'm so sorry to hear that." },
  { text: 'That must be hard.', context: 'My husband does not help at all.' },
  { text: "Oh no, that's terrible, you poor thing, I can't imagine." },
  { text: 'What would you like to get out of today?' },
  { text: 'Would you be willing to walk ten minutes after dinner?' },
  { text: 'Would it be okay if I shared what we know about sleep?' },
  { text: "So what I'm hearing is you want to be able to play with your grandkids again." },
  { text: 'Mm-hmm.' },
  { text: 'You need to cut down on salt.' },
  { text: "Let's book a follow-up in two weeks to review." },
  { text: 'How has the knee been this week?' },
  { text: 'Hi, can you hear me okay?' },
  { text: "You've done really well this week." },
  { text: 'um so uh you you been taking the the tablets every morning', context: 'yeah mostly' },
  { text: 'your blood tests came back and your cholesterol is a bit high' },
  { text: '' },
  { text: 'OK.' },
  // Spanish: one model codes both languages (the codebook's hard cases, in Spanish).
  { text: 'lo siento mucho, parece que estas noches han sido agotadoras para usted', context: 'no duermo nada desde hace semanas' },
  { text: 'ay pobrecita, qué horror, lo siento mucho' },
  { text: '¿qué le gustaría conseguir con el tratamiento?' },
  { text: 'entonces quedamos en que camina diez minutos después de cenar y lo revisamos en dos semanas' },
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const clf = await loadNodeClassifier();
  const cases = [];
  for (const g of GOLDEN_INPUTS) cases.push({ ...g, ...(await clf.classify(g.text, g.context)) });
  await clf.dispose();
  const sha256 = createHash('sha256').update(readFileSync(MODEL_PATH)).digest('hex');
  const out = resolve(import.meta.dirname, '../../test/model/goldens.json');
  writeFileSync(out, JSON.stringify({ modelSha256: sha256, tolerance: 1e-4, cases }, null, 2) + '\n');
  console.error(`goldens: ${cases.length} cases for model ${sha256.slice(0, 12)} -> ${out}`);
}
