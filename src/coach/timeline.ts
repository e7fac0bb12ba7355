// The live call as the coach keeps it between events: the utterances in order with their features
// (computed once per revision) and, after each utterance, what every rule has folded so far (lecture
// runs, goals and tasks, the latest labelled / lecture-breaking / patient utterance) plus the bond
// events it emitted. A new utterance at the end folds one step; a correction (a revision, a late
// label, an utterance arriving out of order) refolds from its own place onward, since everything
// before it is unchanged. So the cost per utterance is flat in the length of the call, and the
// tally equals tally.ts computeTally over the whole list (coach-incremental.property.test.ts).
//
// Not persisted: CoachState stays plain JSON (the worker may stop between events). A timeline is
// rebuilt from state.utterances in one pass when a state arrives without one (live.ts).
//
// Compaction (compact(), cold.ts): positions [0, cold) may be dropped once the store holds them.
// Their slots hold COLD, and their features, marks and index entries go, except for `pinned`
// positions that something live still reads. Nothing before `cold` ever changes while compacted:
// a step that would touch it (a correction, an utterance arriving far out of order) throws
// ColdAccess instead, and the worker redoes it on the whole call. What the talk-share rules read
// over minutes of call (start, end, who spoke, running word counts) stays for every position in
// plain number arrays (`starts`, `ends`, `clinician`, `words`, `clinicianWords`): a few bytes an
// utterance, and those rules never need the whole call read back in a fast-paced call.
import type { Label } from '../classifier/labels';
import { BondTrack, type BondEntry } from './bond-track';
import { COLD, ColdAccess } from './cold';
import { features, type Features } from './features';
import { countVisits } from './probe';
import { BACKCHANNEL_MAX_WORDS, RUN_START, closeRun, labelOf, runStep, type LectureRun, type RunFold, type TalkShare } from './runs';
import { GOAL_START, MAX_WINDOW_EVIDENCE, goalStep, goalsOf, runBondEvent, utteranceBondEvent, windowBondEvent, type GoalFold } from './tally';
import type { CoachSettings, LabelledUtterance, Tally } from './types';

/** What the rules hold after one utterance. */
export interface Mark {
  run: RunFold;
  /** The last run that ended, for the lecture prompt when no run is open. */
  lastRun: LectureRun | null;
  goal: GoalFold;
  /** Position of the latest clinician utterance with a confident label, or -1. */
  labelled: number;
  /** Position of the latest utterance that extends or ends a lecture run, or -1. */
  breaking: number;
  /** Position of the latest patient utterance of 3+ words, or -1. */
  patient: number;
  /** Bond events this utterance emitted: its own, and the run it ended. */
  emitted: readonly BondEntry[];
  /** Words so far, all and the clinician's (talk share of any stretch by subtraction). */
  words: number;
  clinicianWords: number;
}

const NONE: readonly BondEntry[] = [];
const START: Mark = { run: RUN_START, lastRun: null, goal: GOAL_START, labelled: -1, breaking: -1, patient: -1, emitted: [], words: 0, clinicianWords: 0 };

/** The settings the tally depends on; a timeline serves one such set (a change rebuilds it). */
export function tallyKey(s: CoachSettings): string {
  return `${s.assentWindowSec}|${s.lectureRunSec}|${s.talkShareWindowMin}|${s.talkShareMax}|${s.bondWindowMin}`;
}

export class Timeline {
  /** The state's own utterances array (never changed in place: a change makes a new one). */
  list: readonly LabelledUtterance[] = [];
  readonly feats: Features[] = [];
  readonly marks: Mark[] = [];
  /** Per position: start, end, 1 for a clinician's utterance (kept when the utterance is dropped). */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly clinician: number[] = [];
  /** Per position: words so far, all and the clinician's (the marks' running sums, kept when dropped). */
  private readonly words: number[] = [];
  private readonly clinicianWords: number[] = [];
  private readonly pos = new Map<string, number>();
  /** Latest end of any utterance (the tally's "now"). */
  lastEnd = -Infinity;
  /** No utterance lasts longer than this (a bound, never lowered): lets scans by end time stop early. */
  maxDur = 0;
  /** No utterance ends more than this before it starts (captions should not, but nothing forbids it). */
  maxBackwards = 0;
  readonly key: string;
  private readonly bond: BondTrack;
  /** The bond event of the run still open at the end of the call (it changes as the run grows). */
  private trailing: BondEntry | null = null;
  /** Talk-dominance events of the elapsed windows, by window number, from `winStart`. */
  private readonly windows = new Map<number, BondEntry | null>();
  private winStart = NaN;
  private winCount = 0;
  private goalsFor: GoalFold['items'] | null = null;
  private goals: Pick<Tally, 'goals' | 'tasks'> = { goals: [], tasks: [] };
  /** Positions before this are compacted; `coldLastStart`: the latest start among them. */
  cold = 0;
  coldLastStart = -Infinity;
  /** Positions before `cold` still held (see compact). */
  private pinned: number[] = [];

  constructor(list: readonly LabelledUtterance[], private readonly settings: CoachSettings) {
    this.key = tallyKey(settings);
    this.bond = new BondTrack(settings.bondWindowMin * 60_000, (id) => {
      const at = this.pos.get(id);
      if (at === undefined && this.cold > 0) throw new ColdAccess();
      return at ?? -1;
    });
    this.list = list;
    this.list.forEach((u, i) => this.pos.set(u.id, i));
    for (const u of this.list) this.noteTimes(u);
    for (const u of this.list) this.columns(this.starts.length, 0, u);
    this.feats.push(...this.list.map((u) => features(u)));
    this.refold(0);
    this.updateWindows(null);
  }

  indexOf(id: string): number | undefined {
    return this.pos.get(id);
  }

  /**
   * Take in an utterance (already stripped of a patient's label): the new list, or null when it is
   * a duplicate or an older revision. Mirrors the whole-call order (runs.ts latestById): by start,
   * ties in order of first arrival.
   */
  upsert(u: LabelledUtterance): { list: LabelledUtterance[]; prev: LabelledUtterance | undefined } | null {
    const p = this.pos.get(u.id);
    // It may be (or go) among the compacted utterances: only the whole call can tell.
    if (this.cold > 0 && ((p !== undefined && p < this.cold) || u.startMs <= this.coldLastStart)) throw new ColdAccess();
    const prev = p === undefined ? undefined : this.list[p];
    if (prev && prev.revision >= u.revision) return null;
    const list = this.list.slice();
    let from: number;
    const inPlace = prev !== undefined && prev.startMs === u.startMs;
    if (p === undefined) {
      // Usually at the end; an utterance that started earlier goes after every one starting no later.
      let at = list.length;
      while (at > 0 && this.starts[at - 1]! > u.startMs) at--;
      countVisits(list.length - at);
      list.splice(at, 0, u);
      this.columns(at, 0, u);
      this.feats.splice(at, 0, features(u));
      from = at;
    } else if (inPlace) {
      list[p] = u;
      this.columns(p, 1, u);
      this.feats[p] = features(u);
      from = p;
    } else {
      // A revision that moved: it keeps its arrival order among utterances starting at the same time.
      list.splice(p, 1);
      this.columns(p, 1);
      const f = features(u);
      this.feats.splice(p, 1);
      let at = 0;
      let a = this.cold; // every compacted utterance starts before u (checked above)
      let b = list.length;
      while (a < b) {
        const m = (a + b) >> 1;
        const x = this.starts[m]!;
        if (x < u.startMs || (x === u.startMs && (m < p))) a = m + 1;
        else b = m;
      }
      at = a;
      list.splice(at, 0, u);
      this.columns(at, 0, u);
      this.feats.splice(at, 0, f);
      from = Math.min(p, at);
    }
    if (!inPlace) {
      for (let i = from; i < list.length; i++) this.pos.set(list[i]!.id, i);
      countVisits(list.length - from);
    }
    this.list = list;
    if (prev && prev.endMs === this.lastEnd && u.endMs < prev.endMs) {
      // The latest end got earlier: find it again (rare: only a correction of the last one to end).
      this.lastEnd = -Infinity;
      for (const e of this.ends) this.lastEnd = Math.max(this.lastEnd, e);
      countVisits(list.length);
    }
    this.noteTimes(u);
    this.refold(from);
    this.updateWindows([prev?.startMs, u.startMs]);
    return { list, prev };
  }

  tally(): Tally {
    const last = this.marks.at(-1)?.goal.items ?? [];
    if (last !== this.goalsFor) {
      this.goals = goalsOf(this.marks.at(-1)?.goal ?? GOAL_START);
      this.goalsFor = last;
    }
    const changes = this.bond.changes();
    const lastAt = this.bond.lastAtMs();
    return { ...this.goals, bond: { value: lastAt === undefined ? 0 : this.bond.valueAt(Math.max(this.lastEnd, lastAt)), changes } };
  }

  /** The run open at the end of the call, else the last one that ended (runs.ts lectureRuns().at(-1)). */
  lastRun(): LectureRun | null {
    const m = this.marks.at(-1);
    if (!m) return null;
    return m.run.cur ? closeRun(m.run.cur) : m.lastRun;
  }

  /** First position whose utterance starts at or after `ms`. */
  firstStartingFrom(ms: number): number {
    let a = 0;
    let b = this.list.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.starts[m]! < ms) a = m + 1;
      else b = m;
    }
    return a;
  }

  /**
   * runs.ts talkShare() of positions [from, to), from the running sums, with the first five
   * clinician ids only (all a talk-dominance change shows).
   */
  private talkBetween(from: number, to: number): TalkShare {
    const totalWords = this.wordsBefore(to) - this.wordsBefore(from);
    const clinicianWords = this.clinicianWordsBefore(to) - this.clinicianWordsBefore(from);
    const clinicianIds: string[] = [];
    for (let j = from; j < to && clinicianIds.length < MAX_WINDOW_EVIDENCE; j++) {
      countVisits();
      if (this.clinician[j]) clinicianIds.push(this.list[j]!.id); // a dropped one: ColdAccess
    }
    return { clinicianWords, totalWords, share: totalWords > 0 ? clinicianWords / totalWords : null, clinicianIds };
  }

  /**
   * runs.ts talkShare() of the utterances ending after `sinceMs`, with the last three clinician ids
   * only. Word counts come from the running sums; only utterances near the boundary (which may end
   * on either side of it) and the last clinician ones are visited.
   */
  talkEndingAfter(sinceMs: number): TalkShare {
    const n = this.list.length;
    // Nothing starting maxDur before the boundary ends after it.
    let a = 0;
    let b = n;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.starts[m]! <= sinceMs - this.maxDur) a = m + 1;
      else b = m;
    }
    let totalWords = this.wordsBefore(n) - this.wordsBefore(a);
    let clinicianWords = this.clinicianWordsBefore(n) - this.clinicianWordsBefore(a);
    // Those starting near the boundary may still end before it.
    for (let j = a; j < n && this.starts[j]! <= sinceMs + this.maxBackwards; j++) {
      countVisits();
      if (this.ends[j]! > sinceMs) continue;
      const w = this.wordsBefore(j + 1) - this.wordsBefore(j);
      totalWords -= w;
      if (this.clinician[j]) clinicianWords -= w;
    }
    const clinicianIds: string[] = [];
    for (let j = n - 1; j >= a && clinicianIds.length < 3; j--) {
      countVisits();
      if (this.clinician[j] && this.ends[j]! > sinceMs) clinicianIds.unshift(this.list[j]!.id); // a dropped one: ColdAccess
    }
    return { clinicianWords, totalWords, share: totalWords > 0 ? clinicianWords / totalWords : null, clinicianIds };
  }

  private wordsBefore(j: number): number {
    return j > 0 ? this.words[j - 1]! : 0;
  }

  private clinicianWordsBefore(j: number): number {
    return j > 0 ? this.clinicianWords[j - 1]! : 0;
  }

  /** Replace `remove` positions at `at` with `u`'s start, end and role (none: just remove). */
  private columns(at: number, remove: number, u?: LabelledUtterance): void {
    if (u) {
      this.starts.splice(at, remove, u.startMs);
      this.ends.splice(at, remove, u.endMs);
      this.clinician.splice(at, remove, u.role === 'clinician' ? 1 : 0);
    } else {
      this.starts.splice(at, remove);
      this.ends.splice(at, remove);
      this.clinician.splice(at, remove);
    }
  }

  /**
   * Drop positions [0, upTo) (already in the store) except those in `keep`: their slots become
   * COLD and their features, marks and index entries go. The mark before `upTo` stays (a refold
   * after it starts there), and so do the marks of kept positions (the rules read them). Returns
   * the new list (the state's new utterances array), or the same one when nothing changed. A kept
   * position that is already cold stays cold: whatever reads it gets ColdAccess.
   */
  compact(upTo: number, keep: ReadonlySet<number>): readonly LabelledUtterance[] {
    upTo = Math.min(Math.max(upTo, this.cold), this.list.length);
    if (upTo === this.cold && this.pinned.every((j) => keep.has(j))) return this.list;
    const list = this.list.slice();
    const lastStart = upTo > this.cold ? list[upTo - 1]!.startMs : this.coldLastStart;
    const pinned: number[] = [];
    const drop = (j: number): void => {
      const u = list[j]!;
      if (u === COLD) return;
      this.pos.delete(u.id);
      list[j] = COLD;
      this.feats[j] = undefined as unknown as Features;
      if (j !== upTo - 1) this.marks[j] = undefined as unknown as Mark;
    };
    for (const j of this.pinned) if (keep.has(j)) pinned.push(j); else drop(j);
    // The old boundary's mark is no longer where a refold starts.
    if (this.cold > 0 && upTo > this.cold && !keep.has(this.cold - 1)) this.marks[this.cold - 1] = undefined as unknown as Mark;
    for (let j = this.cold; j < upTo; j++) {
      countVisits();
      if (keep.has(j)) pinned.push(j);
      else drop(j);
    }
    this.pinned = pinned;
    this.cold = upTo;
    this.coldLastStart = lastStart;
    this.list = list;
    return list;
  }

  private noteTimes(u: LabelledUtterance): void {
    this.lastEnd = Math.max(this.lastEnd, u.endMs);
    this.maxDur = Math.max(this.maxDur, u.endMs - u.startMs);
    this.maxBackwards = Math.max(this.maxBackwards, u.startMs - u.endMs);
  }

  /** Drop what the rules held from `from` on and fold the utterances from there again. */
  private refold(from: number): void {
    for (let j = from; j < this.marks.length; j++) for (const e of this.marks[j]!.emitted) this.bond.remove(e);
    this.marks.length = from;
    this.words.length = from;
    this.clinicianWords.length = from;
    if (this.trailing) this.bond.remove(this.trailing);
    this.trailing = null;
    let m = from > 0 ? this.marks[from - 1]! : START;
    for (let j = from; j < this.list.length; j++) {
      countVisits();
      m = this.fold(m, j);
      this.marks.push(m);
      this.words.push(m.words);
      this.clinicianWords.push(m.clinicianWords);
    }
    const open = m.run.cur ? runBondEvent(closeRun(m.run.cur), this.settings) : null;
    if (open) this.trailing = this.bond.add(open);
  }

  private fold(m: Mark, j: number): Mark {
    const u = this.list[j]!;
    const f = this.feats[j]!;
    const label: Label | undefined = labelOf(u);
    const { next: run, ended } = runStep(m.run, u, f, label);
    const goal = goalStep(m.goal, u, f, label, this.settings.assentWindowSec * 1000);
    const own = utteranceBondEvent(u, f, label);
    const endedEv = ended ? runBondEvent(ended, this.settings) : null;
    // Most utterances emit nothing: they share one empty list (a mark is kept per utterance).
    const emitted: readonly BondEntry[] = own || endedEv ? [own, endedEv].filter((e) => e !== null).map((e) => this.bond.add(e)) : NONE;
    const breaks = u.role === 'clinician' ? label !== undefined : f.words > BACKCHANNEL_MAX_WORDS || f.question;
    return {
      run, goal, emitted,
      lastRun: ended ?? m.lastRun,
      labelled: label !== undefined ? j : m.labelled,
      breaking: breaks ? j : m.breaking,
      patient: u.role === 'patient' && f.words >= 3 ? j : m.patient,
      words: m.words + f.words,
      clinicianWords: m.clinicianWords + (u.role === 'clinician' ? f.words : 0),
    };
  }

  /**
   * Talk-dominance windows (runs.ts talkWindows): fixed windows from the first utterance's start,
   * each scored once it has fully elapsed. Only the windows holding the changed start times are
   * scored again, plus any that just elapsed; a new first utterance moves every window.
   */
  private updateWindows(changedStarts: ReadonlyArray<number | undefined> | null): void {
    const W = this.settings.talkShareWindowMin * 60_000;
    const first = this.list[0];
    const count = first && W > 0 && this.lastEnd - first.startMs >= W ? Math.floor((this.lastEnd - first.startMs) / W) : 0;
    const start = first?.startMs ?? NaN;
    const redo = new Set<number>();
    if (changedStarts === null || start !== this.winStart) {
      for (const e of this.windows.values()) if (e) this.bond.remove(e);
      this.windows.clear();
      for (let k = 0; k < count; k++) redo.add(k);
    } else {
      for (const ms of changedStarts) if (ms !== undefined && ms >= start) redo.add(Math.floor((ms - start) / W));
      for (let k = this.winCount; k < count; k++) redo.add(k);
      for (let k = count; k < this.winCount; k++) redo.add(k);
    }
    this.winStart = start;
    this.winCount = count;
    for (const k of redo) {
      const old = this.windows.get(k);
      if (old) this.bond.remove(old);
      this.windows.delete(k);
      if (k >= count) continue;
      const ev = windowBondEvent({ ...this.talkBetween(this.firstStartingFrom(start + k * W), this.firstStartingFrom(start + (k + 1) * W)), endMs: start + (k + 1) * W }, this.settings);
      this.windows.set(k, ev ? this.bond.add(ev) : null);
    }
  }
}
