// The training data of the learned risk stage. Hand-written lines in test/safety/train/:
//   risk-<category>[.<part>]-<lang>.txt   risk statements (category: suicidal, self-harm, harm-others,
//                                abuse; an optional .<part> names a further file of the same category)
//   ctx-<category>-<lang>.txt    replies that disclose only given the clinician's question
//   neg-<kind>-<lang>.txt        hard negatives (figurative idioms, denials, grief, medication
//                                questions, symptom talk, frustration without risk)
// One utterance a line; "reply || clinician question" gives the context; '#' starts a comment.
// Plus the real patient turns of the 'fit' half of PriMock57 / MTS-Dialog / ACI-Bench (negatives).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPatientTurns, realSpeechHalf, wordsOf } from '../../scripts/lib/patient-turns';

export const TRAIN_DIR = 'test/safety/train';
export type Kind = 'risk' | 'ctx' | 'neg' | 'real' | 'filler';
export interface Item { text: string; context?: string; y: string; kind: Kind; file: string; group: string; lang: string; words?: number }

export function loadOwn(dir = TRAIN_DIR): Item[] {
  const out: Item[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const m = /^(risk|ctx|neg)-(.+)-(en|es)\.txt$/.exec(f);
    if (!m) throw new Error(`${dir}/${f}: expected risk|ctx|neg-<name>-<en|es>.txt`);
    const [, kind, name, lang] = m as unknown as [string, 'risk' | 'ctx' | 'neg', string, string];
    readFileSync(join(dir, f), 'utf8').split('\n').forEach((line) => {
      const l = line.trim();
      if (!l || l.startsWith('#')) return;
      const [text, context] = l.split('||').map((s) => s.trim());
      out.push({ text: text!, ...(context ? { context } : {}), y: kind === 'neg' ? 'none' : name.split('.')[0]!, kind, file: f, group: `own:${text}`, lang });
    });
  }
  return out;
}

/** The writing round of a hand-written file: no part = v1, then .v2, .v3, ... */
export const roundOf = (file: string) => /\.(v\d+)-(?:en|es)\.txt$/.exec(file)?.[1] ?? 'v1';

export function loadReal(half: 'fit' | 'heldout'): Item[] {
  return loadPatientTurns()
    .filter((t) => realSpeechHalf(t) === half)
    .map((t) => ({ text: t.text, context: t.context, y: 'none', kind: 'real' as const, file: t.corpus, group: `real:${t.corpus}/${t.dialog}`, lang: 'en', words: wordsOf(t.text) }));
}

/**
 * Dialogues whose patient disclosed real risk, reviewed by hand (eval/safety/real-speech-review.json),
 * as "corpus/dialog": left out of training's negatives and reported apart by the safety eval.
 */
export function reviewedGenuine(file = 'eval/safety/real-speech-review.json'): Set<string> {
  if (!existsSync(file)) return new Set();
  const g = JSON.parse(readFileSync(file, 'utf8')).genuine as { corpus: string; dialog: string }[];
  return new Set(g.map((x) => `${x.corpus}/${x.dialog}`));
}

/**
 * The ordinary talk the writers wrapped around risk clauses to make caption-length turns ("... and
 * anyway i need a refill on the metformin"): later rounds build many lines from a small pool of such
 * openings and endings, so a model trained on the lines alone learns that medication refills and
 * sore knees go with risk, and real clinic talk (which is all refills and sore knees) then scores
 * high. Found without knowing the pool: the longest spans of a line made of word 6-grams that occur
 * in at least 6 different lines (a risk clause and its caption copies occur in at most 3). Each
 * distinct span becomes one benign training item; it is never scored or counted in any metric.
 */
export function fillerItems(items: readonly Item[], n = 6, minLines = 6): Item[] {
  const toks = items.map((i) => i.text.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ').split(/\s+/).filter(Boolean));
  const lines = new Map<string, Set<number>>();
  toks.forEach((t, li) => {
    for (let i = 0; i + n <= t.length; i++) {
      const g = t.slice(i, i + n).join(' ');
      let set = lines.get(g);
      if (!set) lines.set(g, (set = new Set()));
      set.add(li);
    }
  });
  const spans = new Map<string, string>();
  toks.forEach((t, li) => {
    const cov = new Array<boolean>(t.length).fill(false);
    for (let i = 0; i + n <= t.length; i++) if ((lines.get(t.slice(i, i + n).join(' '))?.size ?? 0) >= minLines) cov.fill(true, i, i + n);
    let start = -1;
    for (let i = 0; i <= t.length; i++) {
      if (i < t.length && cov[i]) { if (start < 0) start = i; continue; }
      if (start >= 0 && !spans.has(t.slice(start, i).join(' '))) spans.set(t.slice(start, i).join(' '), items[li]!.lang);
      start = -1;
    }
  });
  return [...spans].sort(([a], [b]) => (a < b ? -1 : 1)).map(([text, lang]) => ({ text, y: 'none', kind: 'filler' as const, file: 'filler', group: `filler:${text}`, lang }));
}

const CATEGORY: Record<string, string> = { suicidal_ideation: 'suicidal', self_harm: 'self-harm', harm_to_others: 'harm-others', abuse_or_unsafe_home: 'abuse' };

/**
 * A spent evaluation set of eval/safety/ (risk.jsonl + figurative.jsonl, the format check-set.cjs
 * checks) as training items. Risk lines with the clinician's question are context items; idioms
 * and hyperbole count as figurative negatives (the 1 % cap in train-risk.ts), the rest as hard
 * negatives of their kind. `tag` names the set in the file field ("set-v2").
 */
export function loadSpentSet(dir: string, tag: string): Item[] {
  const rows = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; lang: string; context?: string; category?: string; kind?: string });
  const risk = rows('risk.jsonl').map((r): Item => {
    const y = CATEGORY[r.category ?? ''];
    if (!y) throw new Error(`${dir}/risk.jsonl: unknown category ${r.category}`);
    const kind = r.context ? 'ctx' : 'risk';
    return { text: r.text, ...(r.context ? { context: r.context } : {}), y, kind, file: `${kind}-${y}.${tag}-${r.lang}`, group: `own:${r.text}`, lang: r.lang };
  });
  const neg = rows('figurative.jsonl').map((r): Item => {
    const kind = r.kind === 'idiom' || r.kind === 'hyperbole' ? 'figurative' : r.kind ?? 'misc';
    return { text: r.text, ...(r.context ? { context: r.context } : {}), y: 'none', kind: 'neg', file: `neg-${kind}.${tag}-${r.lang}`, group: `own:${r.text}`, lang: r.lang };
  });
  return [...risk, ...neg];
}

/**
 * The evaluation sets of eval/safety/ that have been scored once and are spent, by the name
 * holdout-set.ts uses ('first' = the files at eval/safety/ itself). Session 9 found that training on
 * them generalises (each of v8 and v9 held out in turn, the others trained on: recall 0.458 -> 0.553
 * and 0.452 -> 0.498 at the same real-speech and figurative limits). The newest set, NEWEST_BLIND, is never listed: it is the honest figure.
 * v18 stayed out in session 11 (a retrain with it fired on two ordinary real turns); in session 12, with
 * training round v16 beside it, v18 and v19 joined and real speech kept its two genuine hits only;
 * v20 joined after its final check (session 12), with training round v17; v21 in session 13; v22 in
 * session 14 (with training round v19), after real speech kept its two genuine hits only. v23 stayed
 * out in session 15: a retrain with it (and round v20) fired on one ordinary real turn. v23 and v24
 * joined in session 17 (v24 had been scored in session 15, v23 used for development). v25 stayed out in
 * session 19: a retrain with it (scored blind in session 17, then used for its rule fixes) fired on
 * two ordinary real turns (a cough that "kept going"; a smoker who will "go out one evening without
 * the wife"), so it is a development set like v23 was, and v26 became the blind set. Session 20 used
 * v25 and v26 to develop rules (not trained on: the retrain question is still open) and scored v27 once;
 * v28 (written for the typical, everyday case rather than new life contexts) waited unscored until
 * session 23, which developed rules on v25-v27 (not trained on) and scored v28 once; session 26
 * developed rules on v28 (not trained on), scored v29 (speakers and registers: non-native Englishes,
 * older and younger patients, Spanglish, nervous laughter) once, developed on v29, and scored v30 (risk
 * inside ordinary visits, written that session) once. Session 27 scored v31 (life stages and
 * settings) once, then retrained with v25-v30 joined (v31 the test): recall on v31 0.606 -> 0.589,
 * figurative false alarms 10 -> 11 of 220, thresholds as high as before (suicidal and self-harm 0.99;
 * abuse 0.89 -> 0.95). More hand-written sets do not teach the learned stage to tell real speech from
 * risk, so they stay out; v31 became a development set for rules. v32 (how people talk around it),
 * v33 (the screening conversation) and v34 (what the recogniser writes) were written that session;
 * v32 was scored once (0.607) and used for a second pass of rules, v33 scored once at the end
 * (0.706), v34 waits (LATER_SETS below). Session 28 scored v34 once, first thing: 0.733, figurative
 * 2.3 %, developed on it, scored v35 (faith, family and culture; 0.608, the same as the detector
 * at the start of that session), developed on it, and scored v36 (doorknob disclosures and the
 * patient's own questions) once at the end: 0.664 (0.661 at the start of the session), no
 * figurative false alarm. v37 (understatement, stoicism and dark humour), written then, was scored
 * once at the start of session 29 with session 28's final detector: 0.594, figurative 1.8 %, and
 * developed on; v38 (risk inside illness, pain and medicines), written then, was scored once after
 * that first batch: 0.544 (0.539 with the session's starting detector), figurative 2.3 %, and
 * developed on; v39 (risk amid money, housing, work and the law), written then, was scored once
 * after the second batch: 0.658 (0.647 with the session's starting detector), figurative 1.4 %, and
 * developed on; v40 (guarded speech when someone may be listening), written then, was scored once
 * at the end: 0.633 (0.631 with the session's starting detector), figurative 3.6 %. v41 (grief, loss
 * and anniversaries), written then, was scored once at the start of session 30 with session 29's
 * final detector: 0.575, figurative 2.7 %, and developed on; v42 (substance use, recovery and relapse),
 * written then, was scored once after that work: 0.564 (0.564 with the session's starting detector: not
 * one line of it read differently), figurative 2.7 %, and developed on. v43 (young people: school,
 * friends, phones, social media and gaming), written then, was scored once at the end of session 30:
 * 0.597 (0.594 with the session's starting detector), figurative 4.1 % (3.6 % at the start).
 * Session 30 asked session 27's question again with more data: a retrain with v25-v40 joined (about
 * 9,300 more lines; v41 the test, scored before any rule work) read v41 0.575 -> 0.561, figurative
 * false alarms 6 -> 7 of 220 and real speech 2 -> 3 hits (one ordinary turn), with the harm-to-others and abuse
 * thresholds pushed to 0.98-0.99 by the real-speech tail. So the hand-written sets stay out.
 */
export const SPENT_SETS = ['first', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', 'v11', 'v12', 'v13', 'v14', 'v15', 'v16', 'v17', 'v18', 'v19', 'v20', 'v21', 'v22', 'v23', 'v24'] as const;
/**
 * Session 31 wrote two sets before any work: v45 (service, uniforms and shift work) was scored first,
 * with session 30's final detector: 0.611, figurative 5.0 %; v44 (pregnancy, birth, the postpartum
 * year and new parenthood) second: 0.586, figurative 0.9 %. v44 was then read as a development set;
 * v45 was only ever scored in aggregate (its lines unread), so it stays the honest figure.
 * Session 32 wrote v46 (rural, remote and outdoor life) first thing and scored it once with session
 * 31's final detector (+ ac-present-plan, which reads no line of the older sets differently): 0.603,
 * figurative 2.7 %. v45 then became a development set. v46 read 0.603 after each of the session's
 * three rule batches. At the end v47 (relationships, separation and identity), written apart that
 * session, was scored once with the final detector: 0.653, figurative 2.3 % (session 31's final
 * detector read it the same, line for line). v46 is a development set from then on.
 */
export const NEWEST_BLIND = 'v47';
/** Written and never scored nor trained on: kept for the checks after NEWEST_BLIND is spent. */
export const UNSCORED_SETS: readonly string[] = [];
/**
 * Sets written after the shipped learned stage was trained (session 27). Helpers writing apart
 * sometimes write a line the training data already holds (one short line in each of v32, v33 and
 * v34). Leaving those lines out of training means a retrain, and the retrain is not a neutral act:
 * two lines fewer reshuffle the whole training order, and that retrain read 1-6 points lower on every
 * development set (v25-v31) with two more real-speech hits (closing note, session 27). So the model
 * stays as it is, and `npm run eval -- --safety` scores these sets without the lines the model
 * trained on (`trainedKeys`, reported as `leftOutAsTrained`): the figures stay blind.
 */
export const LATER_SETS = ['v32', 'v33', 'v34', 'v35', 'v36', 'v37', 'v38', 'v39', 'v40', 'v41', 'v42', 'v43', 'v44', 'v45', 'v46', 'v47'] as const;

export const spentSetDir = (name: string): string => (name === 'first' ? 'eval/safety' : `eval/safety/${name}`);

/**
 * What `npm run train:safety` trains on: the hand-written rounds (test/safety/train, and the
 * development rounds v5/v6 in test/safety/train-next) and every spent evaluation set.
 */
export function loadTrainingItems(): Item[] {
  if ((SPENT_SETS as readonly string[]).includes(NEWEST_BLIND)) throw new Error(`${NEWEST_BLIND} is the blind set: never train on it`);
  const blind = blindKeys();
  return [...loadOwn(), ...loadOwn('test/safety/train-next'), ...SPENT_SETS.flatMap((n) => loadSpentSet(spentSetDir(n), `set-${n}`))]
    .filter((i) => !blind.has(lineKey(i.text, i.context)));
}

/** A line is its text and its clinician context ("yes" after two different questions is two lines). */
export const lineKey = (text: string, context?: string): string => `${normKey(text)} || ${normKey(context ?? '')}`;
const normKey = (t: string): string => t.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The lines of every evaluation set the shipped learned stage was trained without (the development
 * sets v25-v31; the sets written after it, LATER_SETS, are handled at scoring instead), as keys only. Sets written apart can hold the same
 * short reply to the same question (session 15: a five-word reply of spent v18 is also in v24; session
 * 20: two lines of v28 are in the training rounds), so such a line is left out of training and those
 * figures stay blind.
 */
export const HELD_SETS = ['v25', 'v26', 'v27', 'v28', 'v29', 'v30', 'v31'] as const;

/** The training lines as keys (text and clinician context): what a later set's scoring leaves out. */
export function trainedKeys(): Set<string> {
  return new Set(loadTrainingItems().map((i) => lineKey(i.text, i.context)));
}

function blindKeys(): Set<string> {
  return new Set(
    HELD_SETS
      .map(spentSetDir)
      .filter((dir) => existsSync(join(dir, 'risk.jsonl')))
      .flatMap((dir) => loadSpentSet(dir, 'blind').map((i) => lineKey(i.text, i.context))),
  );
}
