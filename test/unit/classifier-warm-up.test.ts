// The classifier's JIT warm-up after loading (src/classifier/warm-up.ts): what it feeds the
// classifier and how it shares the event loop with real requests. The effect on the tail is
// measured by `npm run bench` (bench/README.md), not here.
import { describe, expect, it } from 'vitest';
import { WARM_UP, messageChannelTurn, runWarmUp, warmUpInputs } from '../../src/classifier/warm-up';
import { featureStrings } from '../../src/classifier/featurize';
import { PHRASE_GROUPS } from '../../src/classifier/lexicon';
import { detectLanguage } from '../../src/language/detect';

describe('warmUpInputs', () => {
  const xs = warmUpInputs(WARM_UP.calls);

  it('is deterministic and varied: hundreds of different lines, not one line repeated', () => {
    expect(warmUpInputs(WARM_UP.calls)).toEqual(xs);
    expect(xs).toHaveLength(WARM_UP.calls);
    expect(new Set(xs.map((x) => x.text)).size).toBeGreaterThan(500);
    expect(new Set(xs.map((x) => `${x.text}|${x.context}`)).size).toBeGreaterThan(600);
  });

  it('reaches every phrase cue of the featurizer, so each phrase test is compiled before the call', () => {
    const all = PHRASE_GROUPS.flatMap((g) => g.phrases.map(([name]) => name));
    const hit = new Set(xs.flatMap((x) => (featureStrings(x.text, x.context).cue ?? []).filter((c) => c.startsWith('ph:')).map((c) => c.slice(3))));
    expect(all.filter((n) => !hit.has(n))).toEqual([]);
  });

  it('covers both languages, lines with and without a patient turn, and long joined lines', () => {
    const langs = new Set(xs.map((x) => detectLanguage(x.text).code));
    expect(langs).toEqual(new Set(['en', 'es']));
    expect(xs.some((x) => x.context === '')).toBe(true);
    expect(xs.some((x) => x.context !== '')).toBe(true);
    expect(Math.max(...xs.map((x) => x.text.length))).toBeGreaterThan(150);
  });
});

describe('runWarmUp', () => {
  const inputs = warmUpInputs(25);

  it('classifies every input in order, one batch per event-loop turn', async () => {
    const seen: string[] = [];
    let turns = 0;
    const r = await runWarmUp(inputs, async (t) => void seen.push(t), { batch: 10, yieldTurn: async () => void turns++, busy: () => false });
    expect(seen).toEqual(inputs.map((x) => x.text));
    expect(turns).toBe(3); // 10 + 10 + 5
    expect(r.calls).toBe(25);
    expect(r.stopped).toBeUndefined();
  });

  it('waits while a real request is in flight instead of competing with it', async () => {
    let busyTurns = 4;
    const log: string[] = [];
    await runWarmUp(inputs.slice(0, 3), async () => void log.push('call'), {
      batch: 10,
      yieldTurn: async () => void log.push('turn'),
      busy: () => busyTurns-- > 0,
    });
    expect(log).toEqual(['turn', 'turn', 'turn', 'turn', 'turn', 'call', 'call', 'call']);
  });

  it('stops at the first failure and reports it without throwing', async () => {
    let n = 0;
    const r = await runWarmUp(
      inputs,
      async () => {
        if (++n === 13) throw new Error('classifier disposed');
      },
      { batch: 10, yieldTurn: async () => undefined, busy: () => false },
    );
    expect(r).toMatchObject({ calls: 12, stopped: 'classifier disposed' });
  });

  it('yields through a real MessageChannel turn', async () => {
    const turn = messageChannelTurn();
    const order: string[] = [];
    const p = turn().then(() => order.push('turn'));
    order.push('sync');
    await p;
    await turn();
    expect(order).toEqual(['sync', 'turn']);
  });
});
