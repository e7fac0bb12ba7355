// When the clinician tells the panel who is who (Teams, Zoom and Jitsi label your own captions
// with your display name, which the extension cannot always know or may guess wrong), roles are
// worked out again for the whole call with the same rule the content script uses
// (src/captions/roles.ts): self names are the clinician, the first other speaker is the patient,
// later ones are "other". Live corrections (`assigned`: me / patient / interpreter / family) win
// over every rule. A speaker the content script already knew as the clinician (Meet's "You", a
// self name read from the page) stays the clinician, unless the clinician marked someone else "me".
import { createRoleBook, normName } from '../captions/roles';
import type { Role, Utterance } from '../captions/types';
import type { LiveCall } from './live-call';

export type SpeakerAs = 'me' | 'patient' | 'interpreter' | 'family';

const ROLE_OF: Record<SpeakerAs, Role> = { me: 'clinician', patient: 'patient', interpreter: 'other', family: 'other' };

export function rolesWithSelf(utterances: readonly Utterance[], selfNames: readonly string[], assigned: Readonly<Record<string, SpeakerAs>> = {}): Map<string, Role> {
  const self = new SelfRoles(selfNames, assigned);
  const roles = new Map<string, Role>();
  for (const u of [...utterances].sort((a, b) => a.startMs - b.startMs)) roles.set(u.id, self.roleOf(u));
  return roles;
}

/**
 * The roles of rolesWithSelf one utterance at a time, in start order: the role book is kept between
 * utterances, so an utterance joining the call at its end gets the role a pass over the whole call
 * would give it without that pass (the live call asks for every utterance once names are known).
 */
export class SelfRoles {
  private readonly byName: Map<string, SpeakerAs>;
  private readonly trustCaptured: boolean;
  private readonly book: ReturnType<typeof createRoleBook>;
  /** Latest start taken in: an utterance starting earlier would have come before some of them. */
  lastStart = -Infinity;

  constructor(selfNames: readonly string[], assigned: Readonly<Record<string, SpeakerAs>> = {}) {
    this.byName = new Map(Object.entries(assigned).map(([n, a]) => [normName(n), a]));
    const me = [...selfNames, ...Object.entries(assigned).filter(([, a]) => a === 'me').map(([n]) => n)];
    const patient = Object.entries(assigned).find(([, a]) => a === 'patient')?.[0];
    this.trustCaptured = ![...this.byName.values()].includes('me');
    this.book = createRoleBook({ selfNames: me, ...(patient ? { patientName: patient } : {}) });
  }

  roleOf(u: Utterance): Role {
    this.lastStart = Math.max(this.lastStart, u.startMs);
    const a = this.byName.get(normName(u.speaker));
    // Never ask the book about a known clinician: it would take them for the first other speaker.
    return a ? ROLE_OF[a] : u.role === 'clinician' && this.trustCaptured ? 'clinician' : this.book.roleOf(u.speaker);
  }
}

/** Per tab, the role book of a live call's self names so far, for utterances arriving in order. */
export class LiveSelfRoles {
  private kept = new Map<number, { callId: string; key: string; count: number; roles: SelfRoles }>();

  /**
   * rolesWithSelf's role for `u` joining `call`: from the kept book when `u` is new and starts no
   * earlier than any before it (the usual case), else from a pass over the call.
   */
  roleOf(call: LiveCall, u: Utterance, isNew: boolean): Role {
    const key = JSON.stringify([call.selfNames, call.assigned ?? null]);
    const list = call.coach.utterances;
    let kept = this.kept.get(call.tabId);
    if (kept && (kept.callId !== call.callId || kept.key !== key || kept.count !== list.length)) kept = undefined;
    if (isNew && !kept) {
      const roles = new SelfRoles(call.selfNames, call.assigned);
      for (const x of list) roles.roleOf(x); // the coach's order: by start, ties as they came
      kept = { callId: call.callId, key, count: list.length, roles };
    }
    if (!isNew || !kept || u.startMs < kept.roles.lastStart) {
      this.kept.delete(call.tabId);
      return rolesWithSelf([...list, u], call.selfNames, call.assigned).get(u.id) ?? u.role;
    }
    kept.count++;
    this.kept.set(call.tabId, kept);
    return kept.roles.roleOf(u);
  }

  forget(tabId: number): void {
    this.kept.delete(tabId);
  }
}
