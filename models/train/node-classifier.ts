// Node side of the classifier for the CLIs (scripts/), benches and tests: the model file from models/ and the
// wasm binary from node_modules (the same file the extension bundles), passed as bytes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { loadClassifier, type Classifier } from '../../src/classifier/session';

export const MODEL_PATH = resolve(import.meta.dirname, '../alliance-classifier.onnx');

export function nodeWasmBinary(): Uint8Array {
  const require = createRequire(import.meta.url);
  return new Uint8Array(readFileSync(require.resolve('onnxruntime-web/ort-wasm-simd-threaded.wasm')));
}

export function loadNodeClassifier(modelPath = MODEL_PATH): Promise<Classifier> {
  return loadClassifier(new Uint8Array(readFileSync(modelPath)), { binary: nodeWasmBinary() });
}
