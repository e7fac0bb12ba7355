// Affirmations (CODEBOOK.md: `other` with the sub-kind `affirmation`): genuine praise of the
// patient's effort, strengths or intentions ("You've done really well", "That took courage",
// "Great job keeping up with the walks"). Until the model outputs the sub-kind, the coach finds them
// from text cues in clinician utterances labelled `other` (confident labels only, see runs.ts).
import { tokens } from './text';

/** Word sequences; `*` matches any one word ("you've done * well" = "really", "so", "very"). */
const CUES: readonly string[] = [
  "you've done well", "you've done * well", 'you have done well', 'you have done * well', 'you did well', 'you did * well',
  'you did great', 'you did a great job', 'you did a good job', "you're doing well", "you're doing * well", "you're doing great",
  'you are doing well', 'you are doing great', 'great job', 'good job', 'well done', 'nice work', 'great work',
  'that took courage', 'that takes courage', 'that took a lot of courage', 'took real courage',
  "that's a big step", 'that is a big step', "that's a real achievement", "that's quite an achievement", "that's impressive",
  "you've worked hard", "you've worked really hard", "you've put in a lot", 'you should be proud', 'i admire',
  "you've made real progress", "you've made great progress", "you've made a lot of progress", 'you kept at it', "you've stuck with",
  'ha hecho un gran trabajo', 'lo ha hecho muy bien', 'lo has hecho muy bien', 'muy bien hecho', 'buen trabajo', 'gran trabajo',
  'eso requiere valor', 'eso requirió valor', 'eso tomó valor', 'debería estar orgulloso', 'debería estar orgullosa', 'ha avanzado mucho',
];
const NEGATED = new Set(['not', "haven't", "didn't", "aren't", 'no', 'never']);

function at(ws: string[], i: number, cue: string[]): boolean {
  return cue.every((c, j) => ws[i + j] !== undefined && (c === '*' || ws[i + j] === c));
}

/** The affirmation phrase in `text`, or null. "You haven't done well" is no affirmation. */
export function findAffirmation(text: string): string | null {
  const ws = tokens(text);
  for (let i = 0; i < ws.length; i++) {
    for (const raw of CUES) {
      const cue = raw.split(' ');
      if (!at(ws, i, cue)) continue;
      if (ws.slice(Math.max(0, i - 1), i + cue.length).some((w) => NEGATED.has(w))) continue;
      return ws.slice(i, i + cue.length).join(' ');
    }
  }
  return null;
}

export function isAffirmation(text: string): boolean {
  return findAffirmation(text) !== null;
}
