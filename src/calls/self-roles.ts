// When the clinician tells the panel who is who (Teams, Zoom and Jitsi label your own captions
// with your display name, which the extension cannot always know or may guess wrong), roles are
// worked out again for the whole call with the same rule the content script uses
// (src/captions/roles.ts): self names are the clinician, the first other speaker is the patient,
// later ones are "other". Live corrections (`assigned`: me / patient / interpreter / family) win
// over every rule. A speaker the content script already knew as the clinician (Meet's "You", a
// self name read from the page) stays the clinician, unless the clinician marked someone else "me".
import { createRoleBook, normName } from '../captions/roles';
import type { Role, Utterance } from '../captions/types';

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
