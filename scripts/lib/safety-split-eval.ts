// The safety detector on turns the captions split at a pause (src/safety/state.ts reads the patient's
// turn so far with each new utterance). Part of `npm run -s eval -- --safety` (`splitTurns`):
//   recall             held-out risk lines (v25, v26 and the spent blind set: never trained on) of 6+
//                      words cut at the middle word: the halves alone vs the halves as the product now
//                      reads them (the second with the first before it)
//   realSpeech         held-out real patient turns cut into sentences, played in order: episodes per
//                      hour, each sentence alone vs with the turn read so far
//   ordinaryJoins      two consecutive unrelated ordinary written lines (eval/safety/ordinary/) played
//                      as one turn: how often the join opens an episode that neither line opens alone
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectRisk } from '../../src/safety/detect';
import { reduceSafety, type EarlierInTurn } from '../../src/safety/state';
import { EMPTY_SAFETY, type SafetyState } from '../../src/safety/types';
import { HELD_SETS, NEWEST_BLIND, spentSetDir, UNSCORED_SETS } from '../../models/safety/data';
import { loadPatientTurns, realSpeechHalf, wordsOf } from './patient-turns';

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Plays one patient turn, utterance by utterance, as the call service does; true if it opened an episode. */
function playTurn(parts: readonly string[], context: string | undefined, join: boolean): boolean {
  let s: SafetyState = EMPTY_SAFETY;
  parts.forEach((text, i) => {
    const prev = join ? parts.slice(Math.max(0, i - 2), i) : [];
    const earlier: EarlierInTurn | undefined = prev.length ? { ids: prev.map((_, k) => `u${i - prev.length + k}`), text: prev.join(' ') } : undefined;
    s = reduceSafety(s, { type: 'patient-utterance', id: `u${i}`, text, ...(context ? { context } : {}), ...(earlier ? { earlier } : {}), atMs: i }, true);
  });
  return s.episodes.length > 0;
}

function heldRecall() {
  const sets = HELD_SETS.filter((s) => !(UNSCORED_SETS as readonly string[]).includes(s));
  let n = 0;
  let alone = 0;
  let joined = 0;
  for (const set of sets) {
    const file = join(spentSetDir(set), 'risk.jsonl');
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as { text: string; context?: string };
      const words = c.text.split(/\s+/).filter(Boolean);
      if (words.length < 6) continue;
      const cut = Math.floor(words.length / 2);
      const parts = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
      const ctx = c.context?.trim() || undefined;
      n++;
      if (playTurn(parts, ctx, false)) alone++;
      if (playTurn(parts, ctx, true)) joined++;
    }
  }
  return { sets: sets.join(', '), newestBlind: NEWEST_BLIND, n, halvesAlone: round(alone / n), asRead: round(joined / n) };
}

function realSpeech() {
  let words = 0;
  let alone = 0;
  let joined = 0;
  for (const t of loadPatientTurns().filter((x) => realSpeechHalf(x) === 'heldout')) {
    words += wordsOf(t.text);
    const parts = t.text.match(/[^.?!]+[.?!]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [t.text];
    const ctx = t.context || undefined;
    if (playTurn(parts, ctx, false)) alone++;
    if (playTurn(parts, ctx, true)) joined++;
  }
  const hours = words / 150 / 60;
  return { half: 'heldout', hours: round(hours, 2), turnsWithEpisode: { sentencesAlone: alone, asRead: joined }, perHourAsRead: hours ? round(joined / hours) : null };
}

function ordinaryJoins(dir = 'eval/safety/ordinary') {
  if (!existsSync(dir)) return null;
  let pairs = 0;
  let opened = 0;
  for (const f of readdirSync(dir).filter((x) => /-(en|es)\.txt$/.test(x)).sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('||')[0]!.trim());
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1]!, lines[i]!];
      if (detectRisk({ text: a }) || detectRisk({ text: b })) continue;
      pairs++;
      if (playTurn([a, b], undefined, true)) opened++;
    }
  }
  return { pairs, openedByTheJoin: opened, rate: pairs ? round(opened / pairs) : null };
}

export function splitTurns() {
  return { recall: heldRecall(), realSpeech: realSpeech(), ordinaryJoins: ordinaryJoins() };
}
