// Shared sequence helpers for the tally, the prompt rules and the metrics, so all three agree on
// what a "lecture run" and a "talk-dominance window" are.
import type { Label } from '../classifier/labels';
import type { LabelledUtterance } from './types';
import { features } from './features';

/** Keep the highest revision of each id, ordered by startMs (ties: original arrival order). */
export function latestById(list: readonly LabelledUtterance[]): LabelledUtterance[] {
  const best = new Map<string, { u: LabelledUtterance; order: number }>();
  list.forEach((u, order) => {
    const prev = best.get(u.id);
    if (!prev) best.set(u.id, { u, order });
    else if (u.revision > prev.u.revision) best.set(u.id, { u, order: prev.order });
  });
  return [...best.values()].sort((a, b) => a.u.startMs - b.u.startMs || a.order - b.order).map((x) => x.u);
}

/**
 * Effective label: an override (a disputed label settled by the user) wins; only clinicians have
 * labels; an unsure label (below the calibrated threshold) or an uncoded language is no evidence.
 */
export function labelOf(u: LabelledUtterance, overrides?: Readonly<Record<string, Label>>): Label | undefined {
  if (u.role !== 'clinician') return undefined;
  const settled = overrides?.[u.id];
  if (settled) return settled;
  return u.unsure || u.uncoded ? undefined : u.label;
}

/** Patient backchannels ("mm-hmm", "okay", "right") up to this length do not break a lecture run. */
export const BACKCHANNEL_MAX_WORDS = 3;

export interface LectureRun {
  ids: string[];
  count: number;
  /** From the first lecture's start to the last one's end. */
  seconds: number;
  startMs: number;
  endMs: number;
}

/**
 * Lecture runs: maximal sequences of clinician `lecture` utterances. A clinician utterance with any
 * other label, or a non-clinician utterance longer than a backchannel, ends the run; unlabelled
 * clinician utterances (classifier not ready) neither extend nor break it.
 */
export function lectureRuns(list: readonly LabelledUtterance[], overrides?: Readonly<Record<string, Label>>): LectureRun[] {
  const runs: LectureRun[] = [];
  let cur: LabelledUtterance[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    const first = cur[0]!;
    const last = cur[cur.length - 1]!;
    runs.push({ ids: cur.map((u) => u.id), count: cur.length, seconds: Math.max(0, (last.endMs - first.startMs) / 1000), startMs: first.startMs, endMs: last.endMs });
    cur = [];
  };
  for (const u of list) {
    if (u.role === 'clinician') {
      const label = labelOf(u, overrides);
      if (label === 'lecture') cur.push(u);
      else if (label !== undefined) flush();
    } else if (features(u).words > BACKCHANNEL_MAX_WORDS) {
      flush();
    }
  }
  flush();
  return runs;
}

export function isLongRun(run: LectureRun, count: number, seconds: number): boolean {
  return run.count >= count || run.seconds >= seconds;
}

/** Fewer words than this in a window is too little speech to judge who dominates. */
export const MIN_WINDOW_WORDS = 30;

export interface TalkShare {
  clinicianWords: number;
  totalWords: number;
  share: number | null;
  clinicianIds: string[];
}

export function talkShare(list: readonly LabelledUtterance[]): TalkShare {
  let clinicianWords = 0;
  let totalWords = 0;
  const clinicianIds: string[] = [];
  for (const u of list) {
    const n = features(u).words;
    totalWords += n;
    if (u.role === 'clinician') {
      clinicianWords += n;
      clinicianIds.push(u.id);
    }
  }
  return { clinicianWords, totalWords, share: totalWords > 0 ? clinicianWords / totalWords : null, clinicianIds };
}

export function isDominated(t: TalkShare, max: number): boolean {
  return t.totalWords >= MIN_WINDOW_WORDS && t.share !== null && t.share > max;
}

/**
 * Fixed, non-overlapping windows of `windowMs` from the first utterance's start; an utterance belongs
 * to the window its start falls in. Only windows that have fully elapsed by `untilMs` are returned,
 * so a window never flips from dominated to not as the call goes on.
 */
export function talkWindows(list: readonly LabelledUtterance[], windowMs: number, untilMs: number): Array<TalkShare & { endMs: number }> {
  const first = list[0];
  if (!first || windowMs <= 0) return [];
  const out: Array<TalkShare & { endMs: number }> = [];
  for (let start = first.startMs; start + windowMs <= untilMs; start += windowMs) {
    const inside = list.filter((u) => u.startMs >= start && u.startMs < start + windowMs);
    out.push({ ...talkShare(inside), endMs: start + windowMs });
  }
  return out;
}
