// A minimal protobuf encoder for the few ONNX messages the classifier needs (ModelProto, GraphProto,
// NodeProto, TensorProto, ValueInfoProto, AttributeProto). Field numbers follow onnx/onnx.proto3.
// Written by hand so training adds no dependency and the bytes are fully deterministic.

class Writer {
  private chunks: number[] = [];
  private bufs: Uint8Array[] = [];
  private flush(): void { if (this.chunks.length) { this.bufs.push(Uint8Array.from(this.chunks)); this.chunks = []; } }
  varint(v: number | bigint): void {
    let x = BigInt.asUintN(64, BigInt(v));
    while (x >= 0x80n) { this.chunks.push(Number(x & 0x7fn) | 0x80); x >>= 7n; }
    this.chunks.push(Number(x));
  }
  tag(field: number, wire: number): void { this.varint((field << 3) | wire); }
  bytes(field: number, b: Uint8Array): void { this.tag(field, 2); this.varint(b.length); this.flush(); this.bufs.push(b); }
  string(field: number, s: string): void { this.bytes(field, new TextEncoder().encode(s)); }
  int(field: number, v: number): void { this.tag(field, 0); this.varint(v); }
  float(field: number, v: number): void {
    this.tag(field, 5);
    const b = new Uint8Array(4); new DataView(b.buffer).setFloat32(0, v, true);
    this.flush(); this.bufs.push(b);
  }
  msg(field: number, w: Writer): void { this.bytes(field, w.finish()); }
  finish(): Uint8Array {
    this.flush();
    const n = this.bufs.reduce((a, b) => a + b.length, 0);
    const out = new Uint8Array(n); let o = 0;
    for (const b of this.bufs) { out.set(b, o); o += b.length; }
    return out;
  }
}

export const DT = { FLOAT: 1, INT32: 6, INT64: 7, FLOAT16: 10 } as const;

export interface Tensor { name: string; dataType: number; dims: number[]; raw: Uint8Array }
export interface Attr { name: string; i?: number; f?: number; ints?: number[] }
export interface Node { op: string; inputs: string[]; outputs: string[]; name: string; attrs?: Attr[] }
export interface ValueInfo { name: string; elemType: number; dims: Array<number | string> }
export interface Graph {
  name: string; nodes: Node[]; initializers: Tensor[]; inputs: ValueInfo[]; outputs: ValueInfo[];
}
export interface Model {
  irVersion: number; opset: number; producer: string; producerVersion: string; docString: string;
  graph: Graph; metadata: Record<string, string>;
}

function tensor(t: Tensor): Writer {
  const w = new Writer();
  for (const d of t.dims) w.int(1, d);
  w.int(2, t.dataType);
  w.string(8, t.name);
  w.bytes(9, t.raw);
  return w;
}

function attr(a: Attr): Writer {
  const w = new Writer();
  w.string(1, a.name);
  if (a.f !== undefined) { w.float(2, a.f); w.int(20, 1); }
  else if (a.i !== undefined) { w.int(3, a.i); w.int(20, 2); }
  else if (a.ints) { for (const v of a.ints) w.int(8, v); w.int(20, 7); }
  return w;
}

function valueInfo(v: ValueInfo): Writer {
  const shape = new Writer();
  for (const d of v.dims) {
    const dim = new Writer();
    if (typeof d === 'number') dim.int(1, d); else dim.string(2, d);
    shape.msg(1, dim);
  }
  const tt = new Writer(); tt.int(1, v.elemType); tt.msg(2, shape);
  const type = new Writer(); type.msg(1, tt);
  const w = new Writer(); w.string(1, v.name); w.msg(2, type);
  return w;
}

export function encodeModel(m: Model): Uint8Array {
  const g = new Writer();
  for (const n of m.graph.nodes) {
    const w = new Writer();
    for (const i of n.inputs) w.string(1, i);
    for (const o of n.outputs) w.string(2, o);
    w.string(3, n.name); w.string(4, n.op);
    for (const a of n.attrs ?? []) w.msg(5, attr(a));
    g.msg(1, w);
  }
  g.string(2, m.graph.name);
  for (const t of m.graph.initializers) g.msg(5, tensor(t));
  for (const v of m.graph.inputs) g.msg(11, valueInfo(v));
  for (const v of m.graph.outputs) g.msg(12, valueInfo(v));
  const w = new Writer();
  w.int(1, m.irVersion);
  w.string(2, m.producer); w.string(3, m.producerVersion);
  w.string(6, m.docString);
  w.msg(7, g);
  const op = new Writer(); op.string(1, ''); op.int(2, m.opset);
  w.msg(8, op);
  for (const [k, v] of Object.entries(m.metadata).sort(([a], [b]) => a.localeCompare(b))) {
    const e = new Writer(); e.string(1, k); e.string(2, v); w.msg(14, e);
  }
  return w.finish();
}

/** float32 -> IEEE half bits (round to nearest even), for the fp16 embedding table. */
export function toHalf(v: number): number {
  const f = new Float32Array(1); const u = new Uint32Array(f.buffer); f[0] = v;
  const x = u[0]!;
  const sign = (x >>> 16) & 0x8000; let exp = ((x >>> 23) & 0xff) - 127 + 15; let mant = x & 0x7fffff;
  if (exp >= 31) return sign | 0x7c00; // overflow -> inf (weights never get there)
  if (exp <= 0) {
    if (exp < -10) return sign;
    mant |= 0x800000; const shift = 14 - exp;
    let h = mant >>> shift; const rem = mant & ((1 << shift) - 1); const half = 1 << (shift - 1);
    if (rem > half || (rem === half && (h & 1))) h++;
    return sign | h;
  }
  let h = (exp << 10) | (mant >>> 13); const rem = mant & 0x1fff;
  if (rem > 0x1000 || (rem === 0x1000 && (h & 1))) h++;
  return sign | h;
}

export function fromHalf(h: number): number {
  const s = h & 0x8000 ? -1 : 1; const e = (h >>> 10) & 0x1f; const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}
