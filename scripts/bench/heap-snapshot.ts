// Reading a V8 heap snapshot (the JSON that HeapProfiler.takeHeapSnapshot streams) without ever
// naming a string node: caption text is PHI, so strings are counted by type only.

/** Self size and count per (node type, constructor name). */
export type SnapshotSummary = Map<string, { count: number; bytes: number }>;

interface Parsed {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

// Node types whose name is a constructor or a V8 internal class (safe to print); every other type
// (string, concatenated string, number, ...) is grouped under its type alone.
const NAMED = new Set(['object', 'closure', 'native', 'hidden', 'array', 'code']);

export function summariseSnapshot(json: string): SnapshotSummary {
  const snap = JSON.parse(json) as Parsed;
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = [f.indexOf('type'), f.indexOf('name'), f.indexOf('self_size')];
  const out: SnapshotSummary = new Map();
  for (let i = 0; i < snap.nodes.length; i += f.length) {
    const type = types[snap.nodes[i + iType]!]!;
    const key = NAMED.has(type) ? `${type}:${snap.strings[snap.nodes[i + iName]!]!.slice(0, 60)}` : type;
    const a = out.get(key) ?? { count: 0, bytes: 0 };
    a.count++;
    a.bytes += snap.nodes[i + iSize]!;
    out.set(key, a);
  }
  return out;
}

/**
 * Bytes in V8's `code` category: compiled code and what V8 keeps beside it (InstructionStream, Code,
 * BytecodeArray, FeedbackVector, deoptimisation data, SharedFunctionInfo, ScopeInfo...). Its size is
 * bounded by the bundle: it grows while functions tier up (Maglev, Turbofan), not with the call's data.
 */
export function codeBytes(summary: SnapshotSummary): number {
  let n = 0;
  for (const [k, v] of summary) if (k.startsWith('code:')) n += v.bytes;
  return n;
}
