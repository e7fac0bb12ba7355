// Patient turns of the real-speech stand-ins (PriMock57, MTS-Dialog, ACI-Bench) with the
// clinician's turn before each, for the safety detector's false-positive rate. Local files only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fnv1a } from '../../src/safety/risk-features';
import { parseCsv } from '../../models/train/csv.ts';

export const REAL_SPEECH_DIRS = ['primock57', 'mts-dialog', 'aci-bench'] as const;
// ../shared/data beside the repository (as CI lays it out), or $ALLIANCE_DATA.
export const DATA_ROOT = process.env.ALLIANCE_DATA ?? resolve(import.meta.dirname, '../../../shared/data');

export interface PatientTurn { corpus: string; dialog: string; text: string; context: string }

export function loadPatientTurns(root = DATA_ROOT): PatientTurn[] {
  const out: PatientTurn[] = [];
  for (const corpus of REAL_SPEECH_DIRS) {
    const file = `${root}/${corpus}/turns.csv`;
    if (!existsSync(file)) continue;
    let lastClin = '';
    let lastDialog = '';
    for (const r of parseCsv(readFileSync(file, 'utf8'))) {
      if (r.dialog_id === undefined || r.speaker === undefined || r.text === undefined) continue;
      if (r.dialog_id !== lastDialog) { lastDialog = r.dialog_id; lastClin = ''; }
      if (r.speaker === 'patient') out.push({ corpus, dialog: r.dialog_id, text: r.text, context: lastClin });
      else if (r.speaker === 'clinician') lastClin = r.text;
    }
  }
  return out;
}

export const wordsOf = (t: string) => t.split(/\s+/).filter(Boolean).length;

/**
 * The fixed split of the real-speech dialogues used by the learned risk stage: 'fit' dialogues may
 * be training negatives (models/safety/train-risk.ts); 'heldout' dialogues are only ever scored
 * (false positives per hour). By FNV-1a of "corpus/dialog", so a dialogue never straddles halves.
 */
export const realSpeechHalf = (t: { corpus: string; dialog: string }): 'fit' | 'heldout' =>
  (fnv1a(`${t.corpus}/${t.dialog}`) & 1) === 0 ? 'fit' : 'heldout';
