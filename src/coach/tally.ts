// The goals / tasks / bond tally (CODEBOOK.md "The alliance tally"). A pure function of the latest
// revision of every utterance: a corrected utterance replaces its old self, so nothing is ever
// counted twice and every item keeps the ids of the utterances behind it. The rules are written as
// steps (goalStep, the bond events) so the live coach (timeline.ts) can fold them one utterance at a
// time; computeTally folds them over a whole call (post-call summary, disputes).
import type { Label } from '../classifier/labels';
import { features, type Features } from './features';
import { isDominated, isLongRun, labelOf, lectureRuns, talkWindows, type LectureRun, type TalkShare } from './runs';
import type { BondChange, CoachSettings, EvidenceRef, LabelledUtterance, Tally, TallyItem } from './types';

// ---- goals and tasks ----

type Kind = 'goal' | 'task';
type Open =
  | { type: 'item'; item: TallyItem; atMs: number } // clinician proposal, waiting for the patient's answer
  | { type: 'elicit'; kind: Kind; uttId: string; atMs: number } // open question, waiting for the patient's proposal
  | { type: 'patient-item'; item: TallyItem; atMs: number }; // patient's answer, waiting for the clinician to confirm

/**
 * The goals-and-tasks fold between two utterances. Immutable (items are replaced, never changed),
 * so the live coach can keep one per utterance and refold from any point after a correction.
 */
export interface GoalFold {
  items: readonly TallyItem[];
  open: Open | null;
  cue: { u: LabelledUtterance; atMs: number } | null;
}

export const GOAL_START: GoalFold = { items: [], open: null, cue: null };

function kindOf(label: Label | undefined): Kind | null {
  return label === 'goal_setting' ? 'goal' : label === 'task_agreement' ? 'task' : null;
}

function newItem(kind: Kind, u: LabelledUtterance, proposedBy: 'clinician' | 'patient', evidence: EvidenceRef[]): TallyItem {
  return { id: `${kind}:${u.id}`, kind, text: u.text, state: 'proposed', proposedBy, evidence };
}

/** The open item, agreed with one more piece of evidence (a new object in place of the old one). */
function agree(items: readonly TallyItem[], item: TallyItem, ev: EvidenceRef): readonly TallyItem[] {
  const agreed: TallyItem = { ...item, state: 'agreed', evidence: [...item.evidence, ev] };
  return items.map((i) => (i === item ? agreed : i));
}

/**
 * Goals and tasks, one utterance of a chronological pass (`f` = features(u), `label` = its label):
 * - A clinician goal/task statement or closed question ("Would you be willing to…?") is a proposal;
 *   it becomes *agreed* if the patient's next answer within `assentWindowSec` is an assent
 *   (text.ts `classifyAssent`). A dissent closes it as proposed. A newer proposal supersedes it.
 * - A clinician open question ("What would you like to be different?") elicits: the patient's
 *   substantive answer becomes a patient-proposed item, agreed when the clinician then confirms it
 *   with a goal/task statement.
 * - A patient utterance with a proposal cue ("I'd like to…", "I could…") followed within the window
 *   by a clinician goal/task statement is a patient-proposed item, agreed at once (confirmed).
 */
export function goalStep(g: GoalFold, u: LabelledUtterance, f: Features, label: Label | undefined, windowMs: number): GoalFold {
  let { items, open, cue } = g;
  if (open && u.startMs - open.atMs > windowMs) open = null;
  if (cue && u.startMs - cue.atMs > windowMs) cue = null;

  if (u.role === 'patient') {
    const a = f.assent;
    let consumed = false;
    if (open?.type === 'item') {
      if (a === 'assent') {
        items = agree(items, open.item, { utteranceId: u.id, why: 'assent' });
        consumed = true;
      }
      if (a !== 'neutral') open = null;
    } else if (open?.type === 'elicit' && a !== 'dissent' && f.words >= 3) {
      const item = newItem(open.kind, u, 'patient', [
        { utteranceId: open.uttId, why: 'elicited' },
        { utteranceId: u.id, why: 'patient-proposed' },
      ]);
      items = [...items, item];
      open = { type: 'patient-item', item, atMs: u.endMs };
      consumed = true;
    }
    if (!consumed && f.proposal) cue = { u, atMs: u.endMs };
    return items === g.items && open === g.open && cue === g.cue ? g : { items, open, cue };
  }

  const kind = u.role === 'clinician' ? kindOf(label) : null;
  if (!kind) return open === g.open && cue === g.cue ? g : { items, open, cue };
  const question = f.question;
  if (!question && open?.type === 'patient-item') {
    return { items: agree(items, open.item, { utteranceId: u.id, why: 'confirmed' }), open: null, cue };
  }
  if (!question && cue) {
    const item = newItem(kind, cue.u, 'patient', [
      { utteranceId: cue.u.id, why: 'patient-proposed' },
      { utteranceId: u.id, why: 'confirmed' },
    ]);
    return { items: [...items, { ...item, state: 'agreed' }], open: null, cue: null };
  }
  if (question && f.openElicitation) return { items, open: { type: 'elicit', kind, uttId: u.id, atMs: u.endMs }, cue };
  const item = newItem(kind, u, 'clinician', [{ utteranceId: u.id, why: 'proposed' }]);
  return { items: [...items, item], open: { type: 'item', item, atMs: u.endMs }, cue };
}

/** The tally's goals and tasks as of a fold. */
export function goalsOf(g: GoalFold): { goals: TallyItem[]; tasks: TallyItem[] } {
  return { goals: g.items.filter((i) => i.kind === 'goal'), tasks: g.items.filter((i) => i.kind === 'task') };
}

/** Goals and tasks of a whole call (goalStep over every utterance). */
export function goalsAndTasks(list: readonly LabelledUtterance[], settings: CoachSettings, overrides?: Readonly<Record<string, Label>>): { goals: TallyItem[]; tasks: TallyItem[] } {
  const windowMs = settings.assentWindowSec * 1000;
  let g = GOAL_START;
  for (const u of list) g = goalStep(g, u, features(u), labelOf(u, overrides), windowMs);
  return goalsOf(g);
}

// ---- bond ----

/** Talk-dominance evidence lists at most this many clinician utterances (the window can hold dozens). */
export const MAX_WINDOW_EVIDENCE = 5;

/** An affirmation: a confident `other` with the model's sub-kind, or the text cues of affirmation.ts. */
export function isAffirmationUtterance(u: LabelledUtterance, overrides?: Readonly<Record<string, Label>>): boolean {
  return labelOf(u, overrides) === 'other' && (u.subKind === 'affirmation' || features(u).affirmation !== null);
}

/**
 * Bond (one sentence for the panel and the summary): over the last `bondWindowMin` minutes,
 * +1 for each empathic reflection and each affirmation, 0 for sympathy (shown, not counted), −1 for
 * each run of unrequested information reaching `lectureRunSec` seconds of clinician talk, −1 for
 * each `talkShareWindowMin` window where the clinician spoke more than `talkShareMax` of the words.
 * The score is the plain sum of those changes inside the window: no clamping, so it never depends
 * on the order of events. Information the patient asked for, information after asking permission
 * and results disclosure are not unrequested (runs.ts). Only confident labels count (labelOf).
 */
export function bond(list: readonly LabelledUtterance[], settings: CoachSettings, overrides?: Readonly<Record<string, Label>>): Tally['bond'] {
  const events: BondEvent[] = [];
  for (const u of list) {
    const e = utteranceBondEvent(u, features(u), labelOf(u, overrides));
    if (e) events.push(e);
  }
  for (const run of lectureRuns(list, overrides)) {
    const e = runBondEvent(run, settings);
    if (e) events.push(e);
  }
  const last = list.reduce((m, u) => Math.max(m, u.endMs), -Infinity);
  for (const w of talkWindows(list, settings.talkShareWindowMin * 60_000, last)) {
    const e = windowBondEvent(w, settings);
    if (e) events.push(e);
  }
  events.sort(byTime);
  const windowMs = settings.bondWindowMin * 60_000;
  const scoreAt = (t: number) => events.reduce((sum, e) => (e.atMs <= t && e.atMs > t - windowMs ? sum + e.delta : sum), 0);
  const changes: BondChange[] = events.map((e) => ({ ...e, value: scoreAt(e.atMs) }));
  return { value: events.length ? scoreAt(Math.max(last, events[events.length - 1]!.atMs)) : 0, changes };
}

/** A bond change before its score is known. */
export type BondEvent = Omit<BondChange, 'value'>;

/** Bond events in time order; among equal times by kind (then the order they were found in). */
export const byTime = (a: BondEvent, b: BondEvent): number => a.atMs - b.atMs || a.kind.localeCompare(b.kind);

/** What one utterance does to the bond on its own: a reflection, an affirmation or a sympathy. */
export function utteranceBondEvent(u: LabelledUtterance, f: Features, label: Label | undefined): BondEvent | null {
  if (label === 'empathic_reflection') return { kind: 'empathic-reflection', delta: 1, atMs: u.endMs, utteranceIds: [u.id] };
  if (label === 'sympathy') return { kind: 'sympathy', delta: 0, atMs: u.endMs, utteranceIds: [u.id] };
  if (label === 'other' && (u.subKind === 'affirmation' || f.affirmation !== null)) return { kind: 'affirmation', delta: 1, atMs: u.endMs, utteranceIds: [u.id] };
  return null;
}

/** A long run of unrequested information wears the bond. */
export function runBondEvent(run: LectureRun, settings: CoachSettings): BondEvent | null {
  return isLongRun(run, settings.lectureRunSec) ? { kind: 'lecture-run', delta: -1, atMs: run.endMs, utteranceIds: run.ids } : null;
}

/** A talk window the clinician dominated wears the bond. */
export function windowBondEvent(w: TalkShare & { endMs: number }, settings: CoachSettings): BondEvent | null {
  return isDominated(w, settings.talkShareMax) ? { kind: 'talk-dominance', delta: -1, atMs: w.endMs, utteranceIds: w.clinicianIds.slice(0, MAX_WINDOW_EVIDENCE) } : null;
}

export function computeTally(list: readonly LabelledUtterance[], settings: CoachSettings, overrides?: Readonly<Record<string, Label>>): Tally {
  return { ...goalsAndTasks(list, settings, overrides), bond: bond(list, settings, overrides) };
}
