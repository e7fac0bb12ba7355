// The service worker's single writer of call state. Every step for one tab runs in order (a promise
// chain per tab), and the state is saved before the content script gets its ack, so a worker stopped
// between two messages loses nothing: the content script re-sends what was not acked.
import type { CaptionHealth, PlatformId, Utterance } from '../captions/types';
import type { Classification } from '../classifier/labels';
import { initCoach, reduceCoach } from '../coach/coach';
import { coldUntil } from '../coach/compact';
import type { CoachEvent, CoachSettings, LabelledUtterance } from '../coach/types';
import { activeEpisode, reduceSafety, type SafetyEvent } from '../safety/state';
import { EMPTY_SAFETY } from '../safety/types';
import { classifyChange, clinicianBefore, contextFor, labelled, newCallId, patientTurnBefore, withLanguage, type LiveCall } from './live-call';
import { HeldCalls } from './held-calls';
import { LiveSelfRoles, rolesWithSelf, type SpeakerAs } from './self-roles';

/**
 * New utterances between two checkpoints of a live call (the alarm also checkpoints every 30 s).
 * With `checkpointsHeld` (the extension) a checkpoint builds only what changed since the last one
 * (src/sessions/checkpoint.ts), so its cost does not grow with the call.
 */
export const CHECKPOINT_EVERY = 10;

export type EndReason = 'left' | 'tab-closed' | 'silence' | 'unload' | 'user' | 'replaced';

export interface CallDeps {
  now(): number;
  load(tabId: number): Promise<LiveCall | null>;
  save(call: LiveCall): Promise<void>;
  remove(tabId: number): Promise<void>;
  /** Resolves null when the model is unavailable; the utterance is then kept unlabelled. */
  classify(text: string, context: string): Promise<Classification | null>;
  coachSettings(): Promise<CoachSettings>;
  /** Whether safety mode is on (clinic policy); absent = on. */
  safetyEnabled?(): Promise<boolean>;
  /** Pushes the call's state to its panels; null = the call in this tab has ended. */
  publish(call: LiveCall | null, tabId: number, endedCallId?: string): void;
  finish(call: LiveCall, reason: EndReason): Promise<void>;
  /**
   * Stores what the call holds so far as an interrupted call, so a browser closed mid-call (which
   * wipes storage.session) still leaves a summary. The proper end replaces it.
   */
  checkpoint(call: LiveCall): Promise<void>;
  /**
   * `checkpoint` takes the call as the worker holds it (dropped utterances as COLD: it reads back
   * only what it must, src/sessions/checkpoint.ts); absent: it is given the whole call, read back.
   */
  checkpointsHeld?: boolean;
  /**
   * How many leading utterances of a call of `count` the store holds in sealed chunks (so the worker
   * may drop them from memory and read them back with `load`); absent = the worker holds every
   * utterance of the call.
   */
  stored?(count: number): number;
  /** The whole call as stored, without the store taking it for the worker's copy (absent: `load`). */
  read?(tabId: number): Promise<LiveCall | null>;
}

export class CallService {
  private chains = new Map<number, Promise<unknown>>();
  /** The worker's copy of each tab's call (compacted, read back whole when needed). */
  private held: HeldCalls;
  private deps: CallDeps;
  private selfRoles = new LiveSelfRoles();
  constructor(deps: CallDeps) {
    this.held = new HeldCalls(deps);
    // Every step loads, saves and removes through the worker's copy.
    this.deps = {
      ...deps,
      load: (tabId) => this.held.load(tabId),
      save: (call) => this.held.save(call),
      remove: async (tabId) => {
        this.held.forget(tabId);
        this.selfRoles.forget(tabId);
        await deps.remove(tabId);
      },
    };
  }

  /** Runs `step` after every earlier step for the same tab; errors do not break the chain. */
  private serial<T>(tabId: number, step: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(tabId) ?? Promise.resolve();
    const run = (): Promise<T> => step().finally(() => this.held.settle());
    const next = prev.then(run, run);
    this.chains.set(tabId, next.catch(() => undefined));
    return next;
  }

  /** The tab's call as last saved (the worker's copy; read from storage only after a restart). */
  current(tabId: number): Promise<LiveCall | null> {
    return this.deps.load(tabId);
  }

  /** The tab's call with every utterance (read back from the store when the worker dropped some). */
  currentWhole(tabId: number): Promise<LiveCall | null> {
    return this.serial(tabId, async () => {
      const call = await this.deps.load(tabId);
      return call && this.held.whole(tabId, call);
    });
  }

  /** `confirmedNames`: the clinician's own names from the options (nothing to confirm for those). */
  hello(tabId: number, platform: PlatformId, callKey: string, confirmedNames?: string[]): Promise<LiveCall> {
    return this.serial(tabId, async () => {
      const call = await this.ensure(tabId, platform, callKey);
      if (!confirmedNames || JSON.stringify(confirmedNames) === JSON.stringify(call.confirmedNames)) return call;
      return this.held.commit({ ...call, confirmedNames });
    });
  }

  health(tabId: number, platform: PlatformId, callKey: string, health: CaptionHealth): Promise<void> {
    return this.serial(tabId, async () => {
      const call = await this.ensure(tabId, platform, callKey);
      if (call.health.state === health.state) return;
      const next = await this.held.commit({ ...call, health });
      this.deps.publish(next, next.tabId);
    });
  }

  utterance(tabId: number, platform: PlatformId, callKey: string, u: Utterance): Promise<void> {
    return this.serial(tabId, async () => {
      let call = await this.ensure(tabId, platform, callKey);
      // Starting where the worker dropped old utterances, it may be one of them (a re-send, a correction).
      if (u.startMs <= coldUntil(call.coach)) call = await this.held.whole(tabId, call);
      await this.held.onCall(tabId, call, (c) => this.take(c, u));
    });
  }

  private async take(call: LiveCall, u: Utterance): Promise<void> {
    const change = classifyChange(call, u);
    if (change === 'duplicate') return;
    if (call.selfNames.length || call.assigned) u = { ...u, role: this.selfRoles.roleOf(call, u, change === 'new') };
    const c = u.role === 'clinician' ? await this.deps.classify(u.text, contextFor(call, u)) : null;
    const { call: voted, lang } = withLanguage(call, u, c);
    // Safety first: a risk disclosure pauses coaching before this utterance can raise a prompt.
    const safety = u.role === 'patient' ? await this.safetyAfter(call, { type: 'patient-utterance', id: u.id, text: u.text, context: clinicianBefore(call, u), earlier: patientTurnBefore(call, u), atMs: u.endMs }) : call.safety;
    const settings = withSafety(await this.deps.coachSettings(), safety);
    const coach = reduceCoach(call.coach, { type: 'utterance', utterance: labelled(u, c, lang, call.coach.utterances) }, settings);
    const next = await this.held.commit({ ...voted, coach, lastCaptionAt: this.deps.now(), ...(safety ? { safety } : {}) });
    this.deps.publish(next, next.tabId);
    // Inside the tab's chain, so a checkpoint can never land after (and overwrite) the final record.
    if (coach.utterances.length % CHECKPOINT_EVERY === 0 && coach.utterances.length > call.coach.utterances.length) {
      await this.checkpoint(next).catch(() => undefined);
    }
  }

  /** A coach event from the panel (prompt action, pause) or the clock (tick). */
  coachEvent(tabId: number, event: CoachEvent): Promise<void> {
    return this.serial(tabId, async () => {
      const have = await this.deps.load(tabId);
      if (!have) return;
      await this.held.onCall(tabId, have, async (call) => {
        const coach = reduceCoach(call.coach, event, withSafety(await this.deps.coachSettings(), call.safety));
        if (coach === call.coach) return;
        const next = await this.held.commit({ ...call, coach });
        this.deps.publish(next, next.tabId);
      });
    });
  }

  /** The clinician ticked a checklist item or closed safety mode (from the panel). */
  safetyEvent(tabId: number, event: Exclude<SafetyEvent, { type: 'patient-utterance' }>): Promise<void> {
    return this.serial(tabId, async () => {
      const call = await this.deps.load(tabId);
      if (!call?.safety) return;
      const safety = reduceSafety(call.safety, event, true);
      if (safety === call.safety) return;
      await this.held.onCall(tabId, call, async (c) => {
        let next: LiveCall = { ...c, safety };
        // Closing safety mode lets coaching resume at once (the coach sees the restored settings).
        if (!activeEpisode(safety)) next = { ...next, coach: reduceCoach(c.coach, { type: 'tick', nowMs: c.coach.nowMs }, await this.deps.coachSettings()) };
        next = await this.held.commit(next);
        this.deps.publish(next, tabId);
      });
    });
  }

  private async safetyAfter(call: LiveCall, event: SafetyEvent): Promise<LiveCall['safety']> {
    const enabled = this.deps.safetyEnabled ? await this.deps.safetyEnabled() : true;
    const before = call.safety ?? EMPTY_SAFETY;
    const after = reduceSafety(before, event, enabled);
    return after === before ? call.safety : after;
  }

  /**
   * The clinician picked (or confirmed) which speaker they are. Roles are recomputed for the whole
   * call, newly clinician utterances are classified, and the coach is replayed from the start with
   * the corrected utterances (so goals, tasks and bond count the right person).
   */
  setSelf(tabId: number, name: string): Promise<void> {
    return this.serial(tabId, async () => {
      const call = await this.deps.load(tabId);
      if (!call) return;
      const assigned = call.assigned ? Object.fromEntries(Object.entries(call.assigned).filter(([n, a]) => a !== 'me' && n !== name)) : undefined;
      await this.relabel(await this.held.whole(tabId, call), [name], assigned);
    });
  }

  /** Live correction: this speaker is me / the patient / an interpreter / family. Relabels the call. */
  setSpeakerRole(tabId: number, name: string, as: SpeakerAs): Promise<void> {
    return this.serial(tabId, async () => {
      const call = await this.deps.load(tabId);
      if (!call) return;
      const assigned: Record<string, SpeakerAs> = {};
      for (const [n, a] of Object.entries(call.assigned ?? {})) {
        // One "me" and one patient at a time: a new one replaces the old.
        if (n !== name && !((as === 'me' || as === 'patient') && a === as)) assigned[n] = a;
      }
      assigned[name] = as;
      const selfNames = as === 'me' ? [name] : call.selfNames.filter((n) => n !== name);
      await this.relabel(await this.held.whole(tabId, call), selfNames, assigned);
    });
  }

  private async relabel(call: LiveCall, selfNames: string[], assigned: Record<string, SpeakerAs> | undefined): Promise<void> {
    const roles = rolesWithSelf(call.coach.utterances, selfNames, assigned);
    // While safety mode is open the replayed coach stays paused, as it was live.
    const settings = withSafety(await this.deps.coachSettings(), call.safety);
    let coach = initCoach(settings, call.coach.startMs);
    let base: LiveCall = { ...call, selfNames, coach };
    if (assigned) base.assigned = assigned;
    else delete base.assigned;
    for (const old of call.coach.utterances) {
      const u = { ...old, role: roles.get(old.id) ?? old.role };
      const keep = u.role === 'clinician' && old.role === 'clinician' && (old.label || old.uncoded);
      if (keep) {
        coach = reduceCoach(coach, { type: 'utterance', utterance: u }, settings);
      } else {
        const c = u.role === 'clinician' ? await this.deps.classify(u.text, contextFor(base, u)) : null;
        const { call: voted, lang } = withLanguage(base, u, c);
        base = voted;
        coach = reduceCoach(coach, { type: 'utterance', utterance: labelled(stripLabel(u), c, lang, coach.utterances) }, settings);
      }
      base = { ...base, coach };
    }
    this.deps.publish(await this.held.commit(base), call.tabId);
  }

  /** Checkpoints every live call that has utterances (from the periodic alarm). */
  async checkpointAll(tabIds: number[]): Promise<void> {
    for (const tabId of tabIds) {
      await this.serial(tabId, async () => {
        const call = await this.deps.load(tabId);
        if (call && call.coach.utterances.length > 0) await this.checkpoint(call).catch(() => undefined);
      });
    }
  }

  private async checkpoint(call: LiveCall): Promise<void> {
    await this.deps.checkpoint(this.deps.checkpointsHeld ? call : await this.held.whole(call.tabId, call));
  }

  end(tabId: number, reason: EndReason): Promise<void> {
    return this.serial(tabId, () => this.endNow(tabId, reason));
  }

  /** Ends calls whose captions have been silent longer than `silenceMs`. */
  async endSilent(tabIds: number[], silenceMs: number): Promise<void> {
    for (const tabId of tabIds) {
      await this.serial(tabId, async () => {
        const call = await this.deps.load(tabId);
        if (call && call.coach.utterances.length > 0 && this.deps.now() - call.lastCaptionAt > silenceMs) {
          await this.endNow(tabId, 'silence');
        }
      });
    }
  }

  private async endNow(tabId: number, reason: EndReason): Promise<void> {
    const call = await this.deps.load(tabId);
    if (!call) return;
    await this.deps.finish(await this.held.whole(tabId, call), reason);
    await this.deps.remove(tabId);
    this.deps.publish(null, tabId, call.callId);
  }

  private async ensure(tabId: number, platform: PlatformId, callKey: string): Promise<LiveCall> {
    const have = await this.deps.load(tabId);
    if (have && have.callKey === callKey) return have;
    // A new page load in the same tab (rejoin, navigation) starts a new call; the old one is kept.
    if (have) await this.endNow(tabId, 'replaced');
    const startedAt = this.deps.now();
    const call: LiveCall = {
      tabId,
      callKey,
      platform,
      callId: newCallId(platform, tabId, startedAt),
      startedAt,
      lastCaptionAt: startedAt,
      health: { state: 'waiting' },
      selfNames: [],
      coach: initCoach(await this.deps.coachSettings(), startedAt),
    };
    await this.held.commit(call);
    this.deps.publish(call, call.tabId);
    return call;
  }
}

/** While safety mode is shown, coaching prompts pause (the tally keeps counting). */
function withSafety(settings: CoachSettings, safety: LiveCall['safety']): CoachSettings {
  return activeEpisode(safety) ? { ...settings, coachingEnabled: false } : settings;
}

function stripLabel<T extends LabelledUtterance>(u: T): Utterance {
  const { label: _l, scores: _s, confidence: _c, unsure: _u, lang: _g, uncoded: _x, ...rest } = u;
  return rest;
}
