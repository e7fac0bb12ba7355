// Frozen copy of src/coach/tally.ts at bfcad42 (the whole-call coach before it became incremental).
// Test oracle only: coach-incremental.property.test.ts checks the live coach against it, step by step.
// The goals / tasks / bond tally (CODEBOOK.md "The alliance tally"). A pure function of the latest
// revision of every utterance, recomputed on each change: a corrected utterance replaces its old
// self, so nothing is ever counted twice and every item keeps the ids of the utterances behind it.
import type { Label } from '../../../src/classifier/labels';
import { features } from '../../../src/coach/features';
import { isDominated, isLongRun, labelOf, lectureRuns, talkWindows } from './runs';
import type { BondChange, BondChangeKind, CoachSettings, EvidenceRef, LabelledUtterance, Tally, TallyItem } from '../../../src/coach/types';

// ---- goals and tasks ----

type Kind = 'goal' | 'task';
type Open =
  | { type: 'item'; item: TallyItem; atMs: number } // clinician proposal, waiting for the patient's answer
  | { type: 'elicit'; kind: Kind; uttId: string; atMs: number } // open question, waiting for the patient's proposal
  | { type: 'patient-item'; item: TallyItem; atMs: number }; // patient's answer, waiting for the clinician to confirm

function kindOf(label: Label | undefined): Kind | null {
  return label === 'goal_setting' ? 'goal' : label === 'task_agreement' ? 'task' : null;
}

function newItem(kind: Kind, u: LabelledUtterance, proposedBy: 'clinician' | 'patient', evidence: EvidenceRef[]): TallyItem {
  return { id: `${kind}:${u.id}`, kind, text: u.text, state: 'proposed', proposedBy, evidence };
}

/**
 * Goals and tasks, in one chronological pass:
 * - A clinician goal/task statement or closed question ("Would you be willing to…?") is a proposal;
 *   it becomes *agreed* if the patient's next answer within `assentWindowSec` is an assent
 *   (text.ts `classifyAssent`). A dissent closes it as proposed. A newer proposal supersedes it.
 * - A clinician open question ("What would you like to be different?") elicits: the patient's
 *   substantive answer becomes a patient-proposed item, agreed when the clinician then confirms it
 *   with a goal/task statement.
 * - A patient utterance with a proposal cue ("I'd like to…", "I could…") followed within the window
 *   by a clinician goal/task statement is a patient-proposed item, agreed at once (confirmed).
 */
export function goalsAndTasks(list: readonly LabelledUtterance[], settings: CoachSettings, overrides?: Readonly<Record<string, Label>>): { goals: TallyItem[]; tasks: TallyItem[] } {
  const windowMs = settings.assentWindowSec * 1000;
  const items: TallyItem[] = [];
  let open: Open | null = null;
  let cue: { u: LabelledUtterance; atMs: number } | null = null;

  for (const u of list) {
    if (open && u.startMs - open.atMs > windowMs) open = null;
    if (cue && u.startMs - cue.atMs > windowMs) cue = null;

    if (u.role === 'patient') {
      const f = features(u);
      const a = f.assent;
      let consumed = false;
      if (open?.type === 'item') {
        if (a === 'assent') {
          open.item.state = 'agreed';
          open.item.evidence.push({ utteranceId: u.id, why: 'assent' });
          consumed = true;
        }
        if (a !== 'neutral') open = null;
      } else if (open?.type === 'elicit' && a !== 'dissent' && f.words >= 3) {
        const item = newItem(open.kind, u, 'patient', [
          { utteranceId: open.uttId, why: 'elicited' },
          { utteranceId: u.id, why: 'patient-proposed' },
        ]);
        items.push(item);
        open = { type: 'patient-item', item, atMs: u.endMs };
        consumed = true;
      }
      if (!consumed && f.proposal) cue = { u, atMs: u.endMs };
      continue;
    }

    const kind = u.role === 'clinician' ? kindOf(labelOf(u, overrides)) : null;
    if (!kind) continue;
    const question = features(u).question;
    if (!question && open?.type === 'patient-item') {
      open.item.state = 'agreed';
      open.item.evidence.push({ utteranceId: u.id, why: 'confirmed' });
      open = null;
      continue;
    }
    if (!question && cue) {
      const item = newItem(kind, cue.u, 'patient', [
        { utteranceId: cue.u.id, why: 'patient-proposed' },
        { utteranceId: u.id, why: 'confirmed' },
      ]);
      item.state = 'agreed';
      items.push(item);
      cue = null;
      open = null;
      continue;
    }
    if (question && features(u).openElicitation) {
      open = { type: 'elicit', kind, uttId: u.id, atMs: u.endMs };
      continue;
    }
    const item = newItem(kind, u, 'clinician', [{ utteranceId: u.id, why: 'proposed' }]);
    items.push(item);
    open = { type: 'item', item, atMs: u.endMs };
  }
  return { goals: items.filter((i) => i.kind === 'goal'), tasks: items.filter((i) => i.kind === 'task') };
}

// ---- bond ----

/** Talk-dominance evidence lists at most this many clinician utterances (the window can hold dozens). */
const MAX_WINDOW_EVIDENCE = 5;

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
  const events: Array<{ kind: BondChangeKind; delta: number; atMs: number; utteranceIds: string[] }> = [];
  for (const u of list) {
    const label = labelOf(u, overrides);
    if (label === 'empathic_reflection') events.push({ kind: 'empathic-reflection', delta: 1, atMs: u.endMs, utteranceIds: [u.id] });
    if (label === 'sympathy') events.push({ kind: 'sympathy', delta: 0, atMs: u.endMs, utteranceIds: [u.id] });
    if (isAffirmationUtterance(u, overrides)) events.push({ kind: 'affirmation', delta: 1, atMs: u.endMs, utteranceIds: [u.id] });
  }
  for (const run of lectureRuns(list, overrides)) {
    if (!isLongRun(run, settings.lectureRunSec)) continue;
    events.push({ kind: 'lecture-run', delta: -1, atMs: run.endMs, utteranceIds: run.ids });
  }
  const last = list.reduce((m, u) => Math.max(m, u.endMs), -Infinity);
  for (const w of talkWindows(list, settings.talkShareWindowMin * 60_000, last)) {
    if (!isDominated(w, settings.talkShareMax)) continue;
    events.push({ kind: 'talk-dominance', delta: -1, atMs: w.endMs, utteranceIds: w.clinicianIds.slice(0, MAX_WINDOW_EVIDENCE) });
  }
  events.sort((a, b) => a.atMs - b.atMs || a.kind.localeCompare(b.kind));
  const windowMs = settings.bondWindowMin * 60_000;
  const scoreAt = (t: number) => events.reduce((sum, e) => (e.atMs <= t && e.atMs > t - windowMs ? sum + e.delta : sum), 0);
  const changes: BondChange[] = events.map((e) => ({ ...e, value: scoreAt(e.atMs) }));
  return { value: events.length ? scoreAt(Math.max(last, events[events.length - 1]!.atMs)) : 0, changes };
}

export function computeTally(list: readonly LabelledUtterance[], settings: CoachSettings, overrides?: Readonly<Record<string, Label>>): Tally {
  return { ...goalsAndTasks(list, settings, overrides), bond: bond(list, settings, overrides) };
}
