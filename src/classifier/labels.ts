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
  /** Calibrated probabilities (temperature fitted on real-speech dev turns), never raw softmax. */
  scores: Scores;
  /** The top calibrated probability. */
  confidence: number;
  /** Below the dev-chosen threshold: shown as unsure and counted by the coach as no evidence. */
  unsure: boolean;
  /** The caption language detected on the device (ISO 639-1, '' = nothing to judge). */
  lang?: string;
  /** Whether that detection is reliable on its own (long enough line); else the call's vote decides. */
  langReliable?: boolean;
}
