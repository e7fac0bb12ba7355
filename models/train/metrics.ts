// Classification metrics shared by training, the eval CLI and the model card: per-label
// precision / recall / F1, macro-F1 and a confusion matrix (rows = gold, columns = predicted).
export interface LabelMetrics { precision: number; recall: number; f1: number; support: number }
export interface Report {
  n: number; accuracy: number; macroF1: number;
  perLabel: Record<string, LabelMetrics>;
  confusion: { labels: string[]; matrix: number[][] };
}

const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;

export function evaluate(gold: string[], pred: string[], labels: readonly string[]): Report {
  const idx = new Map(labels.map((l, i) => [l, i]));
  const m = labels.map(() => labels.map(() => 0));
  let correct = 0;
  gold.forEach((g, i) => {
    const gi = idx.get(g), pi = idx.get(pred[i]!);
    if (gi === undefined || pi === undefined) throw new Error(`unknown label ${g} / ${pred[i]}`);
    m[gi]![pi]!++;
    if (gi === pi) correct++;
  });
  const perLabel: Record<string, LabelMetrics> = {};
  let f1sum = 0, present = 0;
  labels.forEach((l, k) => {
    const tp = m[k]![k]!;
    const support = m[k]!.reduce((a, b) => a + b, 0);
    const predicted = m.reduce((a, row) => a + row[k]!, 0);
    const precision = predicted ? tp / predicted : 0, recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[l] = { precision: r4(precision), recall: r4(recall), f1: r4(f1), support };
    // Labels absent from gold and never predicted do not count toward macro-F1.
    if (support || predicted) { f1sum += f1; present++; }
  });
  return {
    n: gold.length, accuracy: r4(correct / Math.max(1, gold.length)), macroF1: r4(f1sum / Math.max(1, present)),
    perLabel, confusion: { labels: [...labels], matrix: m },
  };
}
