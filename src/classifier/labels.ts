// The seven codebook labels (../shared/design/CODEBOOK.md), in the model's output order.
// The order is part of the released model: models/labels.json must match it (tested).
export const LABELS = [
  'empathic_reflection',
  'sympathy',
  'lecture',
  'goal_setting',
  'task_agreement',
  'question',
  'other',
] as const;

export type Label = (typeof LABELS)[number];

/** When two acts are equally present, the first in this order wins (codebook). */
export const PRIORITY: readonly Label[] = [
  'task_agreement',
  'goal_setting',
  'empathic_reflection',
  'sympathy',
  'lecture',
  'question',
  'other',
];

export function isLabel(x: unknown): x is Label {
  return typeof x === 'string' && (LABELS as readonly string[]).includes(x);
}

export type Scores = Record<Label, number>;

export interface Classification {
  label: Label;
  scores: Scores;
}
