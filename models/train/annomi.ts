// AnnoMI-dev (../shared/data/annomi-dev): EVALUATION AND MODEL SELECTION ONLY. Never train shipped
// weights on it, never copy its text into the repo. Its four therapist classes are compared with
// ours through the mapping in ../shared/data/README.md; the previous client utterance is context.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCsv } from './csv.ts';
import type { Label } from '../../src/classifier/labels';

export const ANNOMI_CSV = resolve(import.meta.dirname, '../../../shared/data/annomi-dev/AnnoMI-simple-dev.csv');
export const ANNOMI_CLASSES = ['reflection', 'therapist_input', 'question', 'other'] as const;
export type AnnomiClass = (typeof ANNOMI_CLASSES)[number];

export const TO_ANNOMI: Record<Label, AnnomiClass> = {
  empathic_reflection: 'reflection',
  lecture: 'therapist_input',
  goal_setting: 'therapist_input',
  task_agreement: 'therapist_input',
  question: 'question',
  sympathy: 'other',
  other: 'other',
};

export interface AnnomiTurn { transcript: string; text: string; context: string; gold: AnnomiClass }

export function loadAnnomi(path = ANNOMI_CSV): AnnomiTurn[] {
  if (!existsSync(path)) return [];
  const rows = parseCsv(readFileSync(path, 'utf8'));
  const out: AnnomiTurn[] = [];
  rows.forEach((r, i) => {
    if (r.interlocutor !== 'therapist') return;
    const gold = r.main_therapist_behaviour as AnnomiClass;
    if (!(ANNOMI_CLASSES as readonly string[]).includes(gold)) return;
    const prev = rows[i - 1];
    const context = prev && prev.transcript_id === r.transcript_id && prev.interlocutor === 'client' ? prev.utterance_text ?? '' : '';
    out.push({ transcript: r.transcript_id ?? '', text: r.utterance_text ?? '', context, gold });
  });
  return out;
}
