// Pure figures for the summary page and the exports, from a stored record, with the clinician's
// label corrections (disputes) applied or not. The coach's own functions compute them, so the
// summary and the live panel cannot disagree about what a "question" or a "lecture run" is.
//
// Records kept without caption text: the coach functions read text only for word counts, question
// form and (in the goals/tasks tally) the patient's assent. Word count and question form were
// stored at build time, so a stand-in text with the same count and form feeds them exactly; assent
// cannot be recomputed, so goals/tasks come from the tally snapshot, adjusted for disputes.
// Records that kept only the clinician's lines: the patient's stand-in also says "no" when the
// utterance declined (stored at build time: lecture runs read it); goals/tasks come from the
// snapshot too, since the patient's assent and proposals need their words.
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../coach/types';
import type { Label } from '../classifier/labels';
import { computeMetrics, type CoachMetrics } from '../coach/metrics';
import { computeTally } from '../coach/tally';
import type { LabelledUtterance, Tally } from '../coach/types';
import { recordScope, type CallRecord, type StoredTallyItem, type StoredUtterance } from './record';

export { RQ_FAIR, RQ_GOOD } from '../coach/metrics';
export type { CoachMetrics };
/** The bond chart's nominal range; the score itself is an unclamped sum over a recent window (tally.ts). */
export const BOND_RANGE = { min: 0, max: 10 } as const;

/** Label corrections as the coach's override map. */
export function overridesOf(record: CallRecord): Record<string, Label> {
  return Object.fromEntries(Object.entries(record.disputes).map(([id, d]) => [id, d.label]));
}

/** A text with the stored word count, question form and dissent (`no` is a dissent word, `w` nothing). */
export function standIn(u: StoredUtterance): string {
  const words = u.dissent && u.words > 0 ? ['no', ...Array<string>(u.words - 1).fill('w')] : Array<string>(u.words).fill('w');
  return `${words.join(' ')}${u.asked ? '?' : ''}`;
}

/** The utterances as the coach sees them; text is a same-shape stand-in when it was not stored. */
export function coachUtterances(record: CallRecord): LabelledUtterance[] {
  return record.utterances.map(coachUtterance);
}

/** One stored utterance as the coach sees it. */
export function coachUtterance(u: StoredUtterance): LabelledUtterance {
  const { words: _words, asked: _asked, text, ...rest } = u;
  return { ...rest, text: text ?? standIn(u) };
}

/** Snapshot goals/tasks with disputes applied: items whose source utterance was relabelled away go. */
function snapshotItems(record: CallRecord, applyDisputes: boolean): { goals: StoredTallyItem[]; tasks: StoredTallyItem[] } {
  const snap = record.tally;
  if (!applyDisputes) return { goals: snap.goals, tasks: snap.tasks };
  const o = overridesOf(record);
  const keeps = (item: StoredTallyItem, want: Label) => {
    const src = item.id.slice(item.id.indexOf(':') + 1);
    return o[src] === undefined || o[src] === want;
  };
  const goals = snap.goals.filter((g) => keeps(g, 'goal_setting'));
  const tasks = snap.tasks.filter((t) => keeps(t, 'task_agreement'));
  // An utterance corrected *to* goal/task is counted as proposed: agreement needs the text.
  const have = new Set([...snap.goals, ...snap.tasks].map((i) => i.id.slice(i.id.indexOf(':') + 1)));
  for (const [id, label] of Object.entries(o)) {
    if (have.has(id)) continue;
    const kind = label === 'goal_setting' ? 'goal' : label === 'task_agreement' ? 'task' : null;
    if (!kind) continue;
    const item: StoredTallyItem = { id: `${kind}:${id}`, kind, state: 'proposed', proposedBy: 'clinician', evidence: [{ utteranceId: id, why: 'proposed' }] };
    (kind === 'goal' ? goals : tasks).push(item);
  }
  return { goals, tasks };
}

export interface RecordTally {
  goals: StoredTallyItem[];
  tasks: StoredTallyItem[];
  bond: Tally['bond'];
  /** False when goals/tasks come from the snapshot (no full transcript), so agreement may be stale. */
  recomputed: boolean;
}

/** Goals, tasks and bond for the record, recomputed with corrections where the text allows. */
export function recordTally(record: CallRecord, applyDisputes = true): RecordTally {
  const o = applyDisputes ? overridesOf(record) : {};
  const live = computeTally(coachUtterances(record), record.coachSettings, o);
  if (recordScope(record) === 'full') return { goals: live.goals, tasks: live.tasks, bond: live.bond, recomputed: true };
  return { ...snapshotItems(record, applyDisputes), bond: live.bond, recomputed: false };
}

/** The codebook metrics for the record (disputes applied by default). */
export function recordMetrics(record: CallRecord, applyDisputes = true): CoachMetrics {
  const m = computeMetrics(coachUtterances(record), applyDisputes ? overridesOf(record) : {}, record.coachSettings);
  if (recordScope(record) === 'full') return m;
  const { goals, tasks } = snapshotItems(record, applyDisputes);
  const count = (xs: StoredTallyItem[]) => ({ proposed: xs.length, agreed: xs.filter((x) => x.state === 'agreed').length });
  return { ...m, goals: count(goals), tasks: count(tasks) };
}

export interface SeriesPoint {
  /** ms from the start of the call's clock. */
  t: number;
  goals: number;
  goalsAgreed: number;
  tasks: number;
  tasksAgreed: number;
  bond: number;
}

/** The tally over the call: one point at the start, then one per change, for the timeline's lines. */
export function tallySeries(record: CallRecord, tally: RecordTally): SeriesPoint[] {
  const endOf = new Map(record.utterances.map((u) => [u.id, u.endMs]));
  type Ev = { at: number; key: keyof Omit<SeriesPoint, 't' | 'bond'> } | { at: number; bond: number };
  const evs: Ev[] = [];
  const items = (xs: StoredTallyItem[], made: 'goals' | 'tasks', agreed: 'goalsAgreed' | 'tasksAgreed') => {
    for (const it of xs) {
      const first = it.evidence[0];
      evs.push({ at: (first && endOf.get(first.utteranceId)) ?? record.clock.startMs, key: made });
      if (it.state !== 'agreed') continue;
      const done = [...it.evidence].reverse().find((e) => e.why === 'assent' || e.why === 'confirmed') ?? it.evidence[it.evidence.length - 1];
      evs.push({ at: (done && endOf.get(done.utteranceId)) ?? record.clock.endMs, key: agreed });
    }
  };
  items(tally.goals, 'goals', 'goalsAgreed');
  items(tally.tasks, 'tasks', 'tasksAgreed');
  for (const c of tally.bond.changes) evs.push({ at: c.atMs, bond: c.value });
  evs.sort((a, b) => a.at - b.at);
  let cur: SeriesPoint = { t: 0, goals: 0, goalsAgreed: 0, tasks: 0, tasksAgreed: 0, bond: 0 };
  const out: SeriesPoint[] = [cur];
  for (const e of evs) {
    cur = 'bond' in e ? { ...cur, bond: e.bond } : { ...cur, [e.key]: cur[e.key] + 1 };
    cur.t = Math.max(0, e.at - record.clock.startMs);
    out.push(cur);
  }
  out.push({ ...cur, t: Math.max(cur.t, record.clock.endMs - record.clock.startMs) });
  return out;
}

/** Call length in ms (wall clock). */
export function durationMs(record: Pick<CallRecord, 'startedAt' | 'endedAt'>): number {
  return Math.max(0, record.endedAt - record.startedAt);
}

/** The numbers the bond rule quotes for this call (its own coach settings; older records: defaults). */
export function bondRuleSubs(record: { coachSettings: Partial<CoachSettings> }): string[] {
  const c = { ...DEFAULT_COACH_SETTINGS, ...record.coachSettings };
  return [String(c.bondWindowMin), String(c.lectureRunSec), String(c.talkShareWindowMin)];
}
