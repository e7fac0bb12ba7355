// What the learned risk stage trains on (models/safety/data.ts): the hand-written rounds and the
// spent evaluation sets, never the newest blind set that `npm run eval -- --safety` reports nor the
// sets kept unscored after it.
// Failures print counts only, never a line of a set.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELD_SETS, LATER_SETS, lineKey, loadTrainingItems, SPENT_SETS, spentSetDir, trainedKeys } from '../../models/safety/data';

// A short reply means what its question makes it mean: "yes" after two different questions is two
// different lines, so a line is its text and its clinician context (data.ts lineKey).
const key = lineKey;

describe('safety training data', () => {
  const items = loadTrainingItems();

  it.each([...HELD_SETS])('holds no line of the held-out set %s', (name) => {
    const blind = readFileSync(`${spentSetDir(name)}/risk.jsonl`, 'utf8').split('\n').filter((l) => l.trim())
      .map((l) => { const o = JSON.parse(l) as { text: string; context?: string }; return key(o.text, o.context); });
    expect(blind.length).toBeGreaterThan(150);
    const trained = new Set(items.map((i) => key(i.text, i.context)));
    expect(blind.filter((t) => trained.has(t)).length).toBe(0);
    expect(SPENT_SETS as readonly string[]).not.toContain(name);
  });

  it('the sets written after the model was trained are scored without the lines it trained on', () => {
    const trained = trainedKeys();
    for (const name of LATER_SETS) {
      const file = `${spentSetDir(name)}/risk.jsonl`;
      if (!existsSync(file)) continue;
      expect(HELD_SETS as readonly string[]).not.toContain(name);
      expect(SPENT_SETS as readonly string[]).not.toContain(name);
      const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; context?: string });
      // A handful at most: more would mean the set was not written apart.
      expect(lines.filter((o) => trained.has(lineKey(o.text, o.context))).length).toBeLessThanOrEqual(3);
    }
  });

  it('reads every spent set, with risk lines of all four categories in both languages', () => {
    for (const s of SPENT_SETS) expect(existsSync(`${spentSetDir(s)}/risk.jsonl`)).toBe(true);
    for (const s of SPENT_SETS) expect(items.some((i) => i.file.includes(`.set-${s}-`))).toBe(true);
    for (const y of ['suicidal', 'self-harm', 'harm-others', 'abuse'])
      for (const lang of ['en', 'es']) expect(items.filter((i) => i.y === y && i.lang === lang).length).toBeGreaterThan(100);
    expect(items.filter((i) => i.y === 'none').length).toBeGreaterThan(3000);
  });
});
