// Patient turns of the real-speech stand-ins (PriMock57, MTS-Dialog, ACI-Bench) with the
// clinician's turn before each, for the safety detector's false-positive rate. Local files only.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fnv1a } from '../../src/safety/risk-features';

export const REAL_SPEECH_DIRS = ['primock57', 'mts-dialog', 'aci-bench'] as const;
// ../shared/data beside the repository (as CI lays it out), or $ALLIANCE_DATA.
export const DATA_ROOT = process.env.ALLIANCE_DATA ?? resolve(import.meta.dirname, '../../../shared/data');

export interface PatientTurn { corpus: string; dialog: string; text: string; context: string }

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

export function loadPatientTurns(root = DATA_ROOT): PatientTurn[] {
  const out: PatientTurn[] = [];
  for (const corpus of REAL_SPEECH_DIRS) {
    const file = `${root}/${corpus}/turns.csv`;
    if (!existsSync(file)) continue;
    const [head, ...rows] = parseCsv(readFileSync(file, 'utf8'));
    const col = (n: string) => head!.indexOf(n);
    const [d, s, t] = [col('dialog_id'), col('speaker'), col('text')];
    let lastClin = '';
    let lastDialog = '';
    for (const r of rows) {
      if (r.length < 3) continue;
      if (r[d] !== lastDialog) { lastDialog = r[d]!; lastClin = ''; }
      if (r[s] === 'patient') out.push({ corpus, dialog: r[d]!, text: r[t]!, context: lastClin });
      else if (r[s] === 'clinician') lastClin = r[t]!;
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
