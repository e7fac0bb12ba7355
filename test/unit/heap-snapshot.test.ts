import { describe, expect, it } from 'vitest';
import { codeBytes, summariseSnapshot } from '../../scripts/bench/heap-snapshot';

// A minimal snapshot in V8's layout: nodes are flat [type, name, id, self_size, edge_count] rows.
function snapshot(rows: Array<[string, string, number]>): string {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number', 'native'];
  const strings: string[] = [];
  const nodes = rows.flatMap(([type, name, size], i) => {
    strings.push(name);
    return [types.indexOf(type), strings.length - 1, i + 1, size, 0];
  });
  return JSON.stringify({ snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [types] } }, nodes, strings });
}

describe('heap snapshot summary', () => {
  const json = snapshot([
    ['code', 'system / InstructionStream', 1000],
    ['code', 'system / BytecodeArray', 200],
    ['object', 'Utterance', 64],
    ['object', 'Utterance', 64],
    ['string', 'I feel low today (caption text)', 90],
    ['native', 'system / ExternalStringData', 500],
  ]);

  it('adds up only V8 code-category bytes as compiled code', () => {
    expect(codeBytes(summariseSnapshot(json))).toBe(1200);
  });

  it('groups objects by constructor and never names a string node (caption text is PHI)', () => {
    const s = summariseSnapshot(json);
    expect(s.get('object:Utterance')).toEqual({ count: 2, bytes: 128 });
    expect(s.get('string')).toEqual({ count: 1, bytes: 90 });
    expect([...s.keys()].some((k) => k.includes('caption'))).toBe(false);
  });
});
