// Writes the trained Net as an ONNX graph that onnxruntime-web runs with cheap ops only:
//   ids int32 [n] --Gather(emb fp16 [B,D])--> [n,D] --Cast f32--> g
//   weights f32 [1,n] --MatMul(g)--> [1,D] --Add b1--> --Relu--> --MatMul W2--> --Add b2--> --Mul 1/T--> --Softmax--> scores [1,7]
// The embedding table is stored as float16 (half the bytes, so twice the hash buckets fit in the
// 2 MB budget); only the n gathered rows are cast per call. Opset 17, IR version 8.
import { encodeModel, DT, toHalf, fromHalf, type Tensor } from './onnx-writer.ts';
import type { Net } from './net.ts';

export const OPSET = 17;
export const IR_VERSION = 8;
export const INPUTS = { ids: 'ids', weights: 'weights' } as const;
export const OUTPUT = 'scores';

/** Rounds the embedding table to the float16 values the ONNX file stores, so TS metrics = ORT's. */
export function roundEmbeddingsToHalf(net: Net): void {
  for (let i = 0; i < net.E.length; i++) net.E[i] = fromHalf(toHalf(net.E[i]!));
}

function f32(name: string, dims: number[], data: Float32Array): Tensor {
  const raw = new Uint8Array(data.length * 4);
  const dv = new DataView(raw.buffer);
  data.forEach((v, i) => dv.setFloat32(i * 4, v, true));
  return { name, dataType: DT.FLOAT, dims, raw };
}

/** `temperature` divides the logits before the softmax (calibration fitted on real dev turns). */
export function exportOnnx(net: Net, metadata: Record<string, string>, temperature = 1): Uint8Array {
  const half = new Uint8Array(net.E.length * 2);
  const dv = new DataView(half.buffer);
  for (let i = 0; i < net.E.length; i++) dv.setUint16(i * 2, toHalf(net.E[i]!), true);
  return encodeModel({
    irVersion: IR_VERSION,
    opset: OPSET,
    producer: 'alliance-coach models/train',
    producerVersion: '1',
    docString: 'Alliance Coach utterance classifier: hashed n-gram embedding bag + ReLU layer + softmax.',
    metadata,
    graph: {
      name: 'alliance_classifier',
      initializers: [
        { name: 'emb', dataType: DT.FLOAT16, dims: [net.buckets, net.dim], raw: half },
        f32('b1', [net.dim], net.b1),
        f32('W2', [net.dim, net.classes], net.W2),
        f32('b2', [net.classes], net.b2),
        f32('inv_t', [], Float32Array.of(1 / temperature)),
      ],
      nodes: [
        { op: 'Gather', name: 'gather', inputs: ['emb', INPUTS.ids], outputs: ['rows16'], attrs: [{ name: 'axis', i: 0 }] },
        { op: 'Cast', name: 'cast', inputs: ['rows16'], outputs: ['rows'], attrs: [{ name: 'to', i: DT.FLOAT }] },
        { op: 'MatMul', name: 'bag', inputs: [INPUTS.weights, 'rows'], outputs: ['bagged'] },
        { op: 'Add', name: 'add_b1', inputs: ['bagged', 'b1'], outputs: ['h0'] },
        { op: 'Relu', name: 'relu', inputs: ['h0'], outputs: ['h'] },
        { op: 'MatMul', name: 'out', inputs: ['h', 'W2'], outputs: ['z0'] },
        { op: 'Add', name: 'add_b2', inputs: ['z0', 'b2'], outputs: ['logits'] },
        { op: 'Mul', name: 'temperature', inputs: ['logits', 'inv_t'], outputs: ['scaled'] },
        { op: 'Softmax', name: 'softmax', inputs: ['scaled'], outputs: [OUTPUT], attrs: [{ name: 'axis', i: -1 }] },
      ],
      inputs: [
        { name: INPUTS.ids, elemType: DT.INT32, dims: ['n'] },
        { name: INPUTS.weights, elemType: DT.FLOAT, dims: [1, 'n'] },
      ],
      outputs: [{ name: OUTPUT, elemType: DT.FLOAT, dims: [1, net.classes] }],
    },
  });
}
