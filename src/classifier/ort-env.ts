// The only module that touches `ort.env`. Settings verified on Chromium and Node 20 (see
// ../shared/design/ARCHITECTURE.md): one wasm thread, no proxy worker, and `wasmPaths` as an
// object naming the bundled .wasm file (a string prefix or the non-bundled build breaks in MV3).
import * as ort from 'onnxruntime-web/wasm';

/**
 * Where the ort-wasm-simd-threaded.wasm binary comes from.
 * - Extension: `{ url: runtime.getURL(<bundled .wasm asset>) }` (set as `wasmPaths: { wasm: url }`).
 * - Node: `{ binary: <bytes of node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.wasm> }`,
 *   because this build loads the wasm with fetch(), which Node 20 cannot do for file: URLs.
 */
export type WasmSource = { url: string } | { binary: Uint8Array };

let configured: WasmSource | undefined;

/** Configures onnxruntime-web once per JS realm, before the first session is created. */
export function configureOrt(wasm: WasmSource): typeof ort {
  if (configured === undefined) {
    ort.env.wasm.numThreads = 1;
    ort.env.wasm.proxy = false;
    if ('url' in wasm) ort.env.wasm.wasmPaths = { wasm: wasm.url };
    else ort.env.wasm.wasmBinary = wasm.binary;
    ort.env.logLevel = 'error';
    configured = wasm;
  } else if ('url' in wasm && 'url' in configured && wasm.url !== configured.url) {
    throw new Error('onnxruntime-web is already configured with a different wasm URL');
  }
  return ort;
}
