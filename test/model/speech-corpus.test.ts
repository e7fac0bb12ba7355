// The real-speech corpus is what the shipped figures rest on: these are its structural promises
// (size, double labelling with provenance per row, a test split by dialogue that training and
// selection never see) checked on the committed files.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LABELS } from '../../src/classifier/labels';
import { splitOf, CODES } from '../../models/train/assemble-speech';
import { loadSpeech } from '../../models/train/data';

const dir = resolve(import.meta.dirname, '../../models/corpus/speech');
const rows = readFileSync(resolve(dir, 'labelled.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const agreement = JSON.parse(readFileSync(resolve(dir, 'agreement.json'), 'utf8'));

describe('real-speech corpus', () => {
  it('holds at least 6,000 labelled clinician turns with a codebook label each', () => {
    expect(rows.length).toBeGreaterThanOrEqual(6000);
    for (const r of rows) expect(LABELS).toContain(r.label);
  });

  it('records who labelled each row and how: two blind pass codes, agreed or adjudicated', () => {
    for (const r of rows) {
      expect(Object.keys(CODES)).toContain(r.passA);
      expect(Object.keys(CODES)).toContain(r.passB);
      expect(['agreed', 'adjudicated']).toContain(r.by);
      if (r.by === 'agreed') expect((CODES[r.passA] as { label: string }).label).toBe(r.label);
    }
    expect(agreement.doublyLabelled).toBeGreaterThanOrEqual(rows.length);
    for (const l of LABELS) expect(typeof agreement.perLabelKappa[l].kappa).toBe('number');
  });

  it('has a test split of at least 1,200 turns whose dialogues appear nowhere else', () => {
    const test = rows.filter((r) => r.split === 'test');
    expect(test.length).toBeGreaterThanOrEqual(1200);
    const testDialogs = new Set(test.map((r) => r.dialog));
    for (const r of rows) {
      expect(r.split).toBe(splitOf(r.dialog)); // the split is a function of the dialogue alone
      if (r.split !== 'test') expect(testDialogs.has(r.dialog)).toBe(false);
    }
  });

  it('is what training loads, split for split', () => {
    const loaded = loadSpeech();
    expect(loaded.length).toBe(rows.length);
    expect(loaded.filter((r) => r.split === 'test').length).toBe(rows.filter((r) => r.split === 'test').length);
  });
});
